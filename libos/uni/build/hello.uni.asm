
build/hello.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00005197          	auipc	gp,0x5
80400004:	89818193          	add	gp,gp,-1896 # 80404898 <__global_pointer$>
80400008:	00014117          	auipc	sp,0x14
8040000c:	10810113          	add	sp,sp,264 # 80414110 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00004297          	auipc	t0,0x4
80400016:	09e28293          	add	t0,t0,158 # 804040b0 <panicking>
8040001a:	00017317          	auipc	t1,0x17
8040001e:	5c630313          	add	t1,t1,1478 # 804175e0 <__bss_end>
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
8040009a:	5e0080e7          	jalr	1504(ra) # 80400676 <uni_runtime_start>
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
804000b4:	cbe080e7          	jalr	-834(ra) # 80400d6e <getpid>
804000b8:	85aa                	mv	a1,a0
804000ba:	80403537          	lui	a0,0x80403
804000be:	00050513          	mv	a0,a0
804000c2:	00001097          	auipc	ra,0x1
804000c6:	60a080e7          	jalr	1546(ra) # 804016cc <printf>
804000ca:	4785                	li	a5,1
804000cc:	0327d263          	bge	a5,s2,804000f0 <main+0x50>
804000d0:	0491                	add	s1,s1,4
804000d2:	4405                	li	s0,1
804000d4:	804039b7          	lui	s3,0x80403
804000d8:	4090                	lw	a2,0(s1)
804000da:	85a2                	mv	a1,s0
804000dc:	01498513          	add	a0,s3,20 # 80403014 <strnlen+0x4c>
804000e0:	0405                	add	s0,s0,1
804000e2:	00001097          	auipc	ra,0x1
804000e6:	5ea080e7          	jalr	1514(ra) # 804016cc <printf>
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
80400114:	4f8080e7          	jalr	1272(ra) # 80400608 <uni_mfn_to_virt>
80400118:	c939                	beqz	a0,8040016e <console_init+0x6e>
8040011a:	5c10                	lw	a2,56(s0)
8040011c:	85aa                	mv	a1,a0
8040011e:	804016b7          	lui	a3,0x80401
80400122:	80416537          	lui	a0,0x80416
80400126:	33450513          	add	a0,a0,820 # 80416334 <cons>
8040012a:	96268693          	add	a3,a3,-1694 # 80400962 <pv_block>
8040012e:	00001097          	auipc	ra,0x1
80400132:	84e080e7          	jalr	-1970(ra) # 8040097c <pvcons_init>
80400136:	5c08                	lw	a0,56(s0)
80400138:	804015b7          	lui	a1,0x80401
8040013c:	4601                	li	a2,0
8040013e:	a8658593          	add	a1,a1,-1402 # 80400a86 <cons_event>
80400142:	00000097          	auipc	ra,0x0
80400146:	6c8080e7          	jalr	1736(ra) # 8040080a <evtchn_bind>
8040014a:	02054a63          	bltz	a0,8040017e <console_init+0x7e>
8040014e:	4422                	lw	s0,8(sp)
80400150:	40b2                	lw	ra,12(sp)
80400152:	804047b7          	lui	a5,0x80404
80400156:	4705                	li	a4,1
80400158:	80401537          	lui	a0,0x80401
8040015c:	0ce7a223          	sw	a4,196(a5) # 804040c4 <ready>
80400160:	a8850513          	add	a0,a0,-1400 # 80400a88 <uni_console_drain>
80400164:	0141                	add	sp,sp,16
80400166:	00000317          	auipc	t1,0x0
8040016a:	2f630067          	jr	758(t1) # 8040045c <uni_at_shutdown>
8040016e:	80403537          	lui	a0,0x80403
80400172:	33050513          	add	a0,a0,816 # 80403330 <names.0+0x40>
80400176:	00000097          	auipc	ra,0x0
8040017a:	336080e7          	jalr	822(ra) # 804004ac <uni_panic>
8040017e:	80403537          	lui	a0,0x80403
80400182:	36450513          	add	a0,a0,868 # 80403364 <names.0+0x74>
80400186:	00000097          	auipc	ra,0x0
8040018a:	326080e7          	jalr	806(ra) # 804004ac <uni_panic>

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
804001be:	770080e7          	jalr	1904(ra) # 8040092a <evtchn_bind_virq>
804001c2:	02054363          	bltz	a0,804001e8 <time_init+0x5a>
804001c6:	0c842503          	lw	a0,200(s0)
804001ca:	804015b7          	lui	a1,0x80401
804001ce:	4601                	li	a2,0
804001d0:	aca58593          	add	a1,a1,-1334 # 80400aca <timer_event>
804001d4:	00000097          	auipc	ra,0x0
804001d8:	636080e7          	jalr	1590(ra) # 8040080a <evtchn_bind>
804001dc:	00054663          	bltz	a0,804001e8 <time_init+0x5a>
804001e0:	40b2                	lw	ra,12(sp)
804001e2:	4422                	lw	s0,8(sp)
804001e4:	0141                	add	sp,sp,16
804001e6:	8082                	ret
804001e8:	80403537          	lui	a0,0x80403
804001ec:	38050513          	add	a0,a0,896 # 80403380 <names.0+0x90>
804001f0:	00000097          	auipc	ra,0x0
804001f4:	2bc080e7          	jalr	700(ra) # 804004ac <uni_panic>

804001f8 <memory_init>:
804001f8:	804047b7          	lui	a5,0x80404
804001fc:	0b87a683          	lw	a3,184(a5) # 804040b8 <uni_start_info>
80400200:	804047b7          	lui	a5,0x80404
80400204:	0c07a603          	lw	a2,192(a5) # 804040c0 <pv_shared_info>
80400208:	5ed8                	lw	a4,60(a3)
8040020a:	42bc                	lw	a5,64(a3)
8040020c:	528c                	lw	a1,32(a3)
8040020e:	6685                	lui	a3,0x1
80400210:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
80400212:	9736                	add	a4,a4,a3
80400214:	07b2                	sll	a5,a5,0xc
80400216:	97ba                	add	a5,a5,a4
80400218:	76fd                	lui	a3,0xfffff
8040021a:	8ff5                	and	a5,a5,a3
8040021c:	800008b7          	lui	a7,0x80000
80400220:	804046b7          	lui	a3,0x80404
80400224:	1116a023          	sw	a7,256(a3) # 80404100 <low_next>
80400228:	804046b7          	lui	a3,0x80404
8040022c:	804008b7          	lui	a7,0x80400
80400230:	00080737          	lui	a4,0x80
80400234:	0f16ae23          	sw	a7,252(a3) # 804040fc <low_end>
80400238:	804046b7          	lui	a3,0x80404
8040023c:	14462803          	lw	a6,324(a2)
80400240:	972e                	add	a4,a4,a1
80400242:	0ef6aa23          	sw	a5,244(a3) # 804040f4 <brk>
80400246:	804046b7          	lui	a3,0x80404
8040024a:	1141                	add	sp,sp,-16
8040024c:	15462603          	lw	a2,340(a2)
80400250:	0732                	sll	a4,a4,0xc
80400252:	0ef6ac23          	sw	a5,248(a3) # 804040f8 <heap_start>
80400256:	804047b7          	lui	a5,0x80404
8040025a:	c422                	sw	s0,8(sp)
8040025c:	0ee7a823          	sw	a4,240(a5) # 804040f0 <top>
80400260:	80404437          	lui	s0,0x80404
80400264:	804047b7          	lui	a5,0x80404
80400268:	0d07ae23          	sw	a6,220(a5) # 804040dc <revoke_seen>
8040026c:	0e040593          	add	a1,s0,224 # 804040e0 <revoke_port>
80400270:	804047b7          	lui	a5,0x80404
80400274:	4541                	li	a0,16
80400276:	c606                	sw	ra,12(sp)
80400278:	0cc7ac23          	sw	a2,216(a5) # 804040d8 <revoked_seen>
8040027c:	00000097          	auipc	ra,0x0
80400280:	6ae080e7          	jalr	1710(ra) # 8040092a <evtchn_bind_virq>
80400284:	02054363          	bltz	a0,804002aa <memory_init+0xb2>
80400288:	0e042503          	lw	a0,224(s0)
8040028c:	804015b7          	lui	a1,0x80401
80400290:	4601                	li	a2,0
80400292:	acc58593          	add	a1,a1,-1332 # 80400acc <revoke_event>
80400296:	00000097          	auipc	ra,0x0
8040029a:	574080e7          	jalr	1396(ra) # 8040080a <evtchn_bind>
8040029e:	00054663          	bltz	a0,804002aa <memory_init+0xb2>
804002a2:	40b2                	lw	ra,12(sp)
804002a4:	4422                	lw	s0,8(sp)
804002a6:	0141                	add	sp,sp,16
804002a8:	8082                	ret
804002aa:	80403537          	lui	a0,0x80403
804002ae:	3a050513          	add	a0,a0,928 # 804033a0 <names.0+0xb0>
804002b2:	00000097          	auipc	ra,0x0
804002b6:	1fa080e7          	jalr	506(ra) # 804004ac <uni_panic>
	...

804002bc <uni_trap_entry>:
804002bc:	7175                	add	sp,sp,-144
804002be:	c206                	sw	ra,4(sp)
804002c0:	c60e                	sw	gp,12(sp)
804002c2:	c812                	sw	tp,16(sp)
804002c4:	ca16                	sw	t0,20(sp)
804002c6:	cc1a                	sw	t1,24(sp)
804002c8:	ce1e                	sw	t2,28(sp)
804002ca:	d022                	sw	s0,32(sp)
804002cc:	d226                	sw	s1,36(sp)
804002ce:	d42a                	sw	a0,40(sp)
804002d0:	d62e                	sw	a1,44(sp)
804002d2:	d832                	sw	a2,48(sp)
804002d4:	da36                	sw	a3,52(sp)
804002d6:	dc3a                	sw	a4,56(sp)
804002d8:	de3e                	sw	a5,60(sp)
804002da:	c0c2                	sw	a6,64(sp)
804002dc:	c2c6                	sw	a7,68(sp)
804002de:	c4ca                	sw	s2,72(sp)
804002e0:	c6ce                	sw	s3,76(sp)
804002e2:	c8d2                	sw	s4,80(sp)
804002e4:	cad6                	sw	s5,84(sp)
804002e6:	ccda                	sw	s6,88(sp)
804002e8:	cede                	sw	s7,92(sp)
804002ea:	d0e2                	sw	s8,96(sp)
804002ec:	d2e6                	sw	s9,100(sp)
804002ee:	d4ea                	sw	s10,104(sp)
804002f0:	d6ee                	sw	s11,108(sp)
804002f2:	d8f2                	sw	t3,112(sp)
804002f4:	daf6                	sw	t4,116(sp)
804002f6:	dcfa                	sw	t5,120(sp)
804002f8:	defe                	sw	t6,124(sp)
804002fa:	09010293          	add	t0,sp,144
804002fe:	c416                	sw	t0,8(sp)
80400300:	00004297          	auipc	t0,0x4
80400304:	dc02a283          	lw	t0,-576(t0) # 804040c0 <pv_shared_info>
80400308:	0202a303          	lw	t1,32(t0)
8040030c:	c11a                	sw	t1,128(sp)
8040030e:	0242a303          	lw	t1,36(t0)
80400312:	c31a                	sw	t1,132(sp)
80400314:	0282a303          	lw	t1,40(t0)
80400318:	c51a                	sw	t1,136(sp)
8040031a:	02c2a303          	lw	t1,44(t0)
8040031e:	c71a                	sw	t1,140(sp)
80400320:	850a                	mv	a0,sp
80400322:	00000097          	auipc	ra,0x0
80400326:	1e4080e7          	jalr	484(ra) # 80400506 <uni_trap>
8040032a:	00004297          	auipc	t0,0x4
8040032e:	d962a283          	lw	t0,-618(t0) # 804040c0 <pv_shared_info>
80400332:	430a                	lw	t1,128(sp)
80400334:	0262a023          	sw	t1,32(t0)
80400338:	433a                	lw	t1,140(sp)
8040033a:	0262a623          	sw	t1,44(t0)
8040033e:	4316                	lw	t1,68(sp)
80400340:	0262ac23          	sw	t1,56(t0)
80400344:	4092                	lw	ra,4(sp)
80400346:	41b2                	lw	gp,12(sp)
80400348:	4242                	lw	tp,16(sp)
8040034a:	42d2                	lw	t0,20(sp)
8040034c:	4362                	lw	t1,24(sp)
8040034e:	43f2                	lw	t2,28(sp)
80400350:	5402                	lw	s0,32(sp)
80400352:	5492                	lw	s1,36(sp)
80400354:	5522                	lw	a0,40(sp)
80400356:	55b2                	lw	a1,44(sp)
80400358:	5642                	lw	a2,48(sp)
8040035a:	56d2                	lw	a3,52(sp)
8040035c:	5762                	lw	a4,56(sp)
8040035e:	57f2                	lw	a5,60(sp)
80400360:	4806                	lw	a6,64(sp)
80400362:	4926                	lw	s2,72(sp)
80400364:	49b6                	lw	s3,76(sp)
80400366:	4a46                	lw	s4,80(sp)
80400368:	4ad6                	lw	s5,84(sp)
8040036a:	4b66                	lw	s6,88(sp)
8040036c:	4bf6                	lw	s7,92(sp)
8040036e:	5c06                	lw	s8,96(sp)
80400370:	5c96                	lw	s9,100(sp)
80400372:	5d26                	lw	s10,104(sp)
80400374:	5db6                	lw	s11,108(sp)
80400376:	5e46                	lw	t3,112(sp)
80400378:	5ed6                	lw	t4,116(sp)
8040037a:	5f66                	lw	t5,120(sp)
8040037c:	5ff6                	lw	t6,124(sp)
8040037e:	6149                	add	sp,sp,144
80400380:	48dd                	li	a7,23
80400382:	00000073          	ecall
80400386:	a001                	j	80400386 <uni_trap_entry+0xca>

80400388 <hex>:
80400388:	03000793          	li	a5,48
8040038c:	00f50023          	sb	a5,0(a0)
80400390:	80403637          	lui	a2,0x80403
80400394:	07800793          	li	a5,120
80400398:	00f500a3          	sb	a5,1(a0)
8040039c:	00250693          	add	a3,a0,2
804003a0:	4771                	li	a4,28
804003a2:	02860613          	add	a2,a2,40 # 80403028 <strnlen+0x60>
804003a6:	5871                	li	a6,-4
804003a8:	00e5d7b3          	srl	a5,a1,a4
804003ac:	8bbd                	and	a5,a5,15
804003ae:	97b2                	add	a5,a5,a2
804003b0:	0007c783          	lbu	a5,0(a5)
804003b4:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
804003b6:	0685                	add	a3,a3,1
804003b8:	fef68fa3          	sb	a5,-1(a3)
804003bc:	ff0716e3          	bne	a4,a6,804003a8 <hex+0x20>
804003c0:	00050523          	sb	zero,10(a0)
804003c4:	8082                	ret

804003c6 <run_hooks>:
804003c6:	1141                	add	sp,sp,-16
804003c8:	c422                	sw	s0,8(sp)
804003ca:	80404437          	lui	s0,0x80404
804003ce:	0b442783          	lw	a5,180(s0) # 804040b4 <nhooks>
804003d2:	c606                	sw	ra,12(sp)
804003d4:	c226                	sw	s1,4(sp)
804003d6:	c385                	beqz	a5,804003f6 <run_hooks+0x30>
804003d8:	804144b7          	lui	s1,0x80414
804003dc:	11048493          	add	s1,s1,272 # 80414110 <hooks>
804003e0:	17fd                	add	a5,a5,-1
804003e2:	00279713          	sll	a4,a5,0x2
804003e6:	9726                	add	a4,a4,s1
804003e8:	4318                	lw	a4,0(a4)
804003ea:	0af42a23          	sw	a5,180(s0)
804003ee:	9702                	jalr	a4
804003f0:	0b442783          	lw	a5,180(s0)
804003f4:	f7f5                	bnez	a5,804003e0 <run_hooks+0x1a>
804003f6:	40b2                	lw	ra,12(sp)
804003f8:	4422                	lw	s0,8(sp)
804003fa:	4492                	lw	s1,4(sp)
804003fc:	0141                	add	sp,sp,16
804003fe:	8082                	ret

80400400 <early_puts>:
80400400:	00054783          	lbu	a5,0(a0)
80400404:	872a                	mv	a4,a0
80400406:	c79d                	beqz	a5,80400434 <early_puts+0x34>
80400408:	4781                	li	a5,0
8040040a:	0785                	add	a5,a5,1
8040040c:	00f706b3          	add	a3,a4,a5
80400410:	0006c683          	lbu	a3,0(a3)
80400414:	fafd                	bnez	a3,8040040a <early_puts+0xa>
80400416:	40000693          	li	a3,1024
8040041a:	4501                	li	a0,0
8040041c:	863a                	mv	a2,a4
8040041e:	48c9                	li	a7,18
80400420:	85be                	mv	a1,a5
80400422:	00f6f463          	bgeu	a3,a5,8040042a <early_puts+0x2a>
80400426:	40000593          	li	a1,1024
8040042a:	00000073          	ecall
8040042e:	8f8d                	sub	a5,a5,a1
80400430:	972e                	add	a4,a4,a1
80400432:	f7e5                	bnez	a5,8040041a <early_puts+0x1a>
80400434:	8082                	ret

80400436 <uni_early_write>:
80400436:	87ae                	mv	a5,a1
80400438:	872a                	mv	a4,a0
8040043a:	c185                	beqz	a1,8040045a <uni_early_write+0x24>
8040043c:	40000693          	li	a3,1024
80400440:	4501                	li	a0,0
80400442:	863a                	mv	a2,a4
80400444:	48c9                	li	a7,18
80400446:	85be                	mv	a1,a5
80400448:	00f6f463          	bgeu	a3,a5,80400450 <uni_early_write+0x1a>
8040044c:	40000593          	li	a1,1024
80400450:	00000073          	ecall
80400454:	8f8d                	sub	a5,a5,a1
80400456:	972e                	add	a4,a4,a1
80400458:	f7e5                	bnez	a5,80400440 <uni_early_write+0xa>
8040045a:	8082                	ret

8040045c <uni_at_shutdown>:
8040045c:	804046b7          	lui	a3,0x80404
80400460:	0b46a783          	lw	a5,180(a3) # 804040b4 <nhooks>
80400464:	4721                	li	a4,8
80400466:	00e78f63          	beq	a5,a4,80400484 <uni_at_shutdown+0x28>
8040046a:	80414737          	lui	a4,0x80414
8040046e:	00279613          	sll	a2,a5,0x2
80400472:	11070713          	add	a4,a4,272 # 80414110 <hooks>
80400476:	0785                	add	a5,a5,1
80400478:	9732                	add	a4,a4,a2
8040047a:	c308                	sw	a0,0(a4)
8040047c:	0af6aa23          	sw	a5,180(a3)
80400480:	4501                	li	a0,0
80400482:	8082                	ret
80400484:	557d                	li	a0,-1
80400486:	8082                	ret

80400488 <uni_poweroff>:
80400488:	1141                	add	sp,sp,-16
8040048a:	c422                	sw	s0,8(sp)
8040048c:	c606                	sw	ra,12(sp)
8040048e:	842a                	mv	s0,a0
80400490:	00000097          	auipc	ra,0x0
80400494:	f36080e7          	jalr	-202(ra) # 804003c6 <run_hooks>
80400498:	67c1                	lui	a5,0x10
8040049a:	00841593          	sll	a1,s0,0x8
8040049e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804004a0:	8dfd                	and	a1,a1,a5
804004a2:	4509                	li	a0,2
804004a4:	48f5                	li	a7,29
804004a6:	00000073          	ecall
804004aa:	bfe5                	j	804004a2 <uni_poweroff+0x1a>

804004ac <uni_panic>:
804004ac:	804047b7          	lui	a5,0x80404
804004b0:	0b07a703          	lw	a4,176(a5) # 804040b0 <panicking>
804004b4:	1141                	add	sp,sp,-16
804004b6:	c422                	sw	s0,8(sp)
804004b8:	c606                	sw	ra,12(sp)
804004ba:	842a                	mv	s0,a0
804004bc:	cf0d                	beqz	a4,804004f6 <uni_panic+0x4a>
804004be:	80403537          	lui	a0,0x80403
804004c2:	03c50513          	add	a0,a0,60 # 8040303c <strnlen+0x74>
804004c6:	00000097          	auipc	ra,0x0
804004ca:	f3a080e7          	jalr	-198(ra) # 80400400 <early_puts>
804004ce:	8522                	mv	a0,s0
804004d0:	00000097          	auipc	ra,0x0
804004d4:	f30080e7          	jalr	-208(ra) # 80400400 <early_puts>
804004d8:	80403537          	lui	a0,0x80403
804004dc:	04c50513          	add	a0,a0,76 # 8040304c <strnlen+0x84>
804004e0:	00000097          	auipc	ra,0x0
804004e4:	f20080e7          	jalr	-224(ra) # 80400400 <early_puts>
804004e8:	4509                	li	a0,2
804004ea:	10300593          	li	a1,259
804004ee:	48f5                	li	a7,29
804004f0:	00000073          	ecall
804004f4:	bfd5                	j	804004e8 <uni_panic+0x3c>
804004f6:	4705                	li	a4,1
804004f8:	0ae7a823          	sw	a4,176(a5)
804004fc:	00000097          	auipc	ra,0x0
80400500:	eca080e7          	jalr	-310(ra) # 804003c6 <run_hooks>
80400504:	bf6d                	j	804004be <uni_panic+0x12>

80400506 <uni_trap>:
80400506:	08452703          	lw	a4,132(a0)
8040050a:	800007b7          	lui	a5,0x80000
8040050e:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
80400510:	00f71663          	bne	a4,a5,8040051c <uni_trap+0x16>
80400514:	00000317          	auipc	t1,0x0
80400518:	31a30067          	jr	794(t1) # 8040082e <evtchn_do_upcall>
8040051c:	804047b7          	lui	a5,0x80404
80400520:	0b07a703          	lw	a4,176(a5) # 804040b0 <panicking>
80400524:	7139                	add	sp,sp,-64
80400526:	dc22                	sw	s0,56(sp)
80400528:	de06                	sw	ra,60(sp)
8040052a:	842a                	mv	s0,a0
8040052c:	c771                	beqz	a4,804005f8 <uni_trap+0xf2>
8040052e:	80403537          	lui	a0,0x80403
80400532:	05850513          	add	a0,a0,88 # 80403058 <strnlen+0x90>
80400536:	00000097          	auipc	ra,0x0
8040053a:	eca080e7          	jalr	-310(ra) # 80400400 <early_puts>
8040053e:	08442703          	lw	a4,132(s0)
80400542:	47bd                	li	a5,15
80400544:	0ae7e563          	bltu	a5,a4,804005ee <uni_trap+0xe8>
80400548:	804037b7          	lui	a5,0x80403
8040054c:	070a                	sll	a4,a4,0x2
8040054e:	2f078793          	add	a5,a5,752 # 804032f0 <names.0>
80400552:	97ba                	add	a5,a5,a4
80400554:	4388                	lw	a0,0(a5)
80400556:	00000097          	auipc	ra,0x0
8040055a:	eaa080e7          	jalr	-342(ra) # 80400400 <early_puts>
8040055e:	80403537          	lui	a0,0x80403
80400562:	07050513          	add	a0,a0,112 # 80403070 <strnlen+0xa8>
80400566:	00000097          	auipc	ra,0x0
8040056a:	e9a080e7          	jalr	-358(ra) # 80400400 <early_puts>
8040056e:	08442583          	lw	a1,132(s0)
80400572:	0068                	add	a0,sp,12
80400574:	00000097          	auipc	ra,0x0
80400578:	e14080e7          	jalr	-492(ra) # 80400388 <hex>
8040057c:	00000097          	auipc	ra,0x0
80400580:	e84080e7          	jalr	-380(ra) # 80400400 <early_puts>
80400584:	80403537          	lui	a0,0x80403
80400588:	07c50513          	add	a0,a0,124 # 8040307c <strnlen+0xb4>
8040058c:	00000097          	auipc	ra,0x0
80400590:	e74080e7          	jalr	-396(ra) # 80400400 <early_puts>
80400594:	08042583          	lw	a1,128(s0)
80400598:	0828                	add	a0,sp,24
8040059a:	00000097          	auipc	ra,0x0
8040059e:	dee080e7          	jalr	-530(ra) # 80400388 <hex>
804005a2:	00000097          	auipc	ra,0x0
804005a6:	e5e080e7          	jalr	-418(ra) # 80400400 <early_puts>
804005aa:	80403537          	lui	a0,0x80403
804005ae:	08850513          	add	a0,a0,136 # 80403088 <strnlen+0xc0>
804005b2:	00000097          	auipc	ra,0x0
804005b6:	e4e080e7          	jalr	-434(ra) # 80400400 <early_puts>
804005ba:	08842583          	lw	a1,136(s0)
804005be:	1048                	add	a0,sp,36
804005c0:	00000097          	auipc	ra,0x0
804005c4:	dc8080e7          	jalr	-568(ra) # 80400388 <hex>
804005c8:	00000097          	auipc	ra,0x0
804005cc:	e38080e7          	jalr	-456(ra) # 80400400 <early_puts>
804005d0:	80403537          	lui	a0,0x80403
804005d4:	04c50513          	add	a0,a0,76 # 8040304c <strnlen+0x84>
804005d8:	00000097          	auipc	ra,0x0
804005dc:	e28080e7          	jalr	-472(ra) # 80400400 <early_puts>
804005e0:	4509                	li	a0,2
804005e2:	10300593          	li	a1,259
804005e6:	48f5                	li	a7,29
804005e8:	00000073          	ecall
804005ec:	bfd5                	j	804005e0 <uni_trap+0xda>
804005ee:	80403537          	lui	a0,0x80403
804005f2:	05050513          	add	a0,a0,80 # 80403050 <strnlen+0x88>
804005f6:	b785                	j	80400556 <uni_trap+0x50>
804005f8:	4705                	li	a4,1
804005fa:	0ae7a823          	sw	a4,176(a5)
804005fe:	00000097          	auipc	ra,0x0
80400602:	dc8080e7          	jalr	-568(ra) # 804003c6 <run_hooks>
80400606:	b725                	j	8040052e <uni_trap+0x28>

80400608 <uni_mfn_to_virt>:
80400608:	804047b7          	lui	a5,0x80404
8040060c:	0b87a783          	lw	a5,184(a5) # 804040b8 <uni_start_info>
80400610:	4701                	li	a4,0
80400612:	0207a803          	lw	a6,32(a5)
80400616:	43ec                	lw	a1,68(a5)
80400618:	8642                	mv	a2,a6
8040061a:	a029                	j	80400624 <uni_mfn_to_virt+0x1c>
8040061c:	4294                	lw	a3,0(a3)
8040061e:	04a6e763          	bltu	a3,a0,8040066c <uni_mfn_to_virt+0x64>
80400622:	863e                	mv	a2,a5
80400624:	40e607b3          	sub	a5,a2,a4
80400628:	8385                	srl	a5,a5,0x1
8040062a:	97ba                	add	a5,a5,a4
8040062c:	00279693          	sll	a3,a5,0x2
80400630:	96ae                	add	a3,a3,a1
80400632:	fec765e3          	bltu	a4,a2,8040061c <uni_mfn_to_virt+0x14>
80400636:	00e80863          	beq	a6,a4,80400646 <uni_mfn_to_virt+0x3e>
8040063a:	00271793          	sll	a5,a4,0x2
8040063e:	97ae                	add	a5,a5,a1
80400640:	439c                	lw	a5,0(a5)
80400642:	00a78f63          	beq	a5,a0,80400660 <uni_mfn_to_virt+0x58>
80400646:	4701                	li	a4,0
80400648:	00081663          	bnez	a6,80400654 <uni_mfn_to_virt+0x4c>
8040064c:	a01d                	j	80400672 <uni_mfn_to_virt+0x6a>
8040064e:	0705                	add	a4,a4,1
80400650:	02e80163          	beq	a6,a4,80400672 <uni_mfn_to_virt+0x6a>
80400654:	419c                	lw	a5,0(a1)
80400656:	0591                	add	a1,a1,4
80400658:	fea79be3          	bne	a5,a0,8040064e <uni_mfn_to_virt+0x46>
8040065c:	00e80b63          	beq	a6,a4,80400672 <uni_mfn_to_virt+0x6a>
80400660:	0732                	sll	a4,a4,0xc
80400662:	800007b7          	lui	a5,0x80000
80400666:	00f70533          	add	a0,a4,a5
8040066a:	8082                	ret
8040066c:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400670:	bf55                	j	80400624 <uni_mfn_to_virt+0x1c>
80400672:	4501                	li	a0,0
80400674:	8082                	ret

80400676 <uni_runtime_start>:
80400676:	804037b7          	lui	a5,0x80403
8040067a:	1141                	add	sp,sp,-16
8040067c:	80404737          	lui	a4,0x80404
80400680:	09478793          	add	a5,a5,148 # 80403094 <strnlen+0xcc>
80400684:	c422                	sw	s0,8(sp)
80400686:	0aa72c23          	sw	a0,184(a4) # 804040b8 <uni_start_info>
8040068a:	c606                	sw	ra,12(sp)
8040068c:	c226                	sw	s1,4(sp)
8040068e:	c04a                	sw	s2,0(sp)
80400690:	842a                	mv	s0,a0
80400692:	01878593          	add	a1,a5,24
80400696:	872a                	mv	a4,a0
80400698:	00074603          	lbu	a2,0(a4)
8040069c:	0007c683          	lbu	a3,0(a5)
804006a0:	0ed61f63          	bne	a2,a3,8040079e <uni_runtime_start+0x128>
804006a4:	0785                	add	a5,a5,1
804006a6:	0705                	add	a4,a4,1
804006a8:	feb798e3          	bne	a5,a1,80400698 <uni_runtime_start+0x22>
804006ac:	4501                	li	a0,0
804006ae:	4581                	li	a1,0
804006b0:	48c5                	li	a7,17
804006b2:	00000073          	ecall
804006b6:	4785                	li	a5,1
804006b8:	8141                	srl	a0,a0,0x10
804006ba:	10f51263          	bne	a0,a5,804007be <uni_runtime_start+0x148>
804006be:	4519                	li	a0,6
804006c0:	00000073          	ecall
804006c4:	8909                	and	a0,a0,2
804006c6:	10050463          	beqz	a0,804007ce <uni_runtime_start+0x158>
804006ca:	5008                	lw	a0,32(s0)
804006cc:	04042803          	lw	a6,64(s0)
804006d0:	03c42883          	lw	a7,60(s0)
804006d4:	442c                	lw	a1,72(s0)
804006d6:	00080637          	lui	a2,0x80
804006da:	00c50733          	add	a4,a0,a2
804006de:	00c81793          	sll	a5,a6,0xc
804006e2:	00c71693          	sll	a3,a4,0xc
804006e6:	01178733          	add	a4,a5,a7
804006ea:	0cc59263          	bne	a1,a2,804007ae <uni_runtime_start+0x138>
804006ee:	804177b7          	lui	a5,0x80417
804006f2:	5e078793          	add	a5,a5,1504 # 804175e0 <__bss_end>
804006f6:	0af46c63          	bltu	s0,a5,804007ae <uni_runtime_start+0x138>
804006fa:	0a88ea63          	bltu	a7,s0,804007ae <uni_runtime_start+0x138>
804006fe:	0a080863          	beqz	a6,804007ae <uni_runtime_start+0x138>
80400702:	0ae6e663          	bltu	a3,a4,804007ae <uni_runtime_start+0x138>
80400706:	0aa5e463          	bltu	a1,a0,804007ae <uni_runtime_start+0x138>
8040070a:	5048                	lw	a0,36(s0)
8040070c:	00000097          	auipc	ra,0x0
80400710:	0d2080e7          	jalr	210(ra) # 804007de <evtchn_init>
80400714:	80400537          	lui	a0,0x80400
80400718:	2bc50513          	add	a0,a0,700 # 804002bc <uni_trap_entry>
8040071c:	4581                	li	a1,0
8040071e:	4891                	li	a7,4
80400720:	00000073          	ecall
80400724:	06054563          	bltz	a0,8040078e <uni_runtime_start+0x118>
80400728:	80414937          	lui	s2,0x80414
8040072c:	13090593          	add	a1,s2,304 # 80414130 <cmdline>
80400730:	13090693          	add	a3,s2,304
80400734:	4781                	li	a5,0
80400736:	20000613          	li	a2,512
8040073a:	a039                	j	80400748 <uni_runtime_start+0xd2>
8040073c:	00e68023          	sb	a4,0(a3)
80400740:	0785                	add	a5,a5,1
80400742:	0685                	add	a3,a3,1
80400744:	00c78763          	beq	a5,a2,80400752 <uni_runtime_start+0xdc>
80400748:	00f40733          	add	a4,s0,a5
8040074c:	04c74703          	lbu	a4,76(a4)
80400750:	f775                	bnez	a4,8040073c <uni_runtime_start+0xc6>
80400752:	97ae                	add	a5,a5,a1
80400754:	80404437          	lui	s0,0x80404
80400758:	804044b7          	lui	s1,0x80404
8040075c:	00078023          	sb	zero,0(a5)
80400760:	0a848493          	add	s1,s1,168 # 804040a8 <__init_array_end>
80400764:	09c40793          	add	a5,s0,156 # 8040409c <__init_array_start>
80400768:	0097f963          	bgeu	a5,s1,8040077a <uni_runtime_start+0x104>
8040076c:	09c40413          	add	s0,s0,156
80400770:	401c                	lw	a5,0(s0)
80400772:	0411                	add	s0,s0,4
80400774:	9782                	jalr	a5
80400776:	fe946de3          	bltu	s0,s1,80400770 <uni_runtime_start+0xfa>
8040077a:	13090513          	add	a0,s2,304
8040077e:	00000097          	auipc	ra,0x0
80400782:	5f4080e7          	jalr	1524(ra) # 80400d72 <uni_main>
80400786:	00000097          	auipc	ra,0x0
8040078a:	d02080e7          	jalr	-766(ra) # 80400488 <uni_poweroff>
8040078e:	80403537          	lui	a0,0x80403
80400792:	16850513          	add	a0,a0,360 # 80403168 <strnlen+0x1a0>
80400796:	00000097          	auipc	ra,0x0
8040079a:	d16080e7          	jalr	-746(ra) # 804004ac <uni_panic>
8040079e:	80403537          	lui	a0,0x80403
804007a2:	0ac50513          	add	a0,a0,172 # 804030ac <strnlen+0xe4>
804007a6:	00000097          	auipc	ra,0x0
804007aa:	d06080e7          	jalr	-762(ra) # 804004ac <uni_panic>
804007ae:	80403537          	lui	a0,0x80403
804007b2:	14050513          	add	a0,a0,320 # 80403140 <strnlen+0x178>
804007b6:	00000097          	auipc	ra,0x0
804007ba:	cf6080e7          	jalr	-778(ra) # 804004ac <uni_panic>
804007be:	80403537          	lui	a0,0x80403
804007c2:	0dc50513          	add	a0,a0,220 # 804030dc <strnlen+0x114>
804007c6:	00000097          	auipc	ra,0x0
804007ca:	ce6080e7          	jalr	-794(ra) # 804004ac <uni_panic>
804007ce:	80403537          	lui	a0,0x80403
804007d2:	11850513          	add	a0,a0,280 # 80403118 <strnlen+0x150>
804007d6:	00000097          	auipc	ra,0x0
804007da:	cd6080e7          	jalr	-810(ra) # 804004ac <uni_panic>

804007de <evtchn_init>:
804007de:	80404737          	lui	a4,0x80404
804007e2:	804147b7          	lui	a5,0x80414
804007e6:	33478793          	add	a5,a5,820 # 80414334 <handlers>
804007ea:	0ca72023          	sw	a0,192(a4) # 804040c0 <pv_shared_info>
804007ee:	6709                	lui	a4,0x2
804007f0:	973e                	add	a4,a4,a5
804007f2:	0007a023          	sw	zero,0(a5)
804007f6:	0007a223          	sw	zero,4(a5)
804007fa:	07a1                	add	a5,a5,8
804007fc:	fee79be3          	bne	a5,a4,804007f2 <evtchn_init+0x14>
80400800:	804047b7          	lui	a5,0x80404
80400804:	0a07ae23          	sw	zero,188(a5) # 804040bc <stray>
80400808:	8082                	ret

8040080a <evtchn_bind>:
8040080a:	fff50713          	add	a4,a0,-1
8040080e:	3fe00793          	li	a5,1022
80400812:	00e7ec63          	bltu	a5,a4,8040082a <evtchn_bind+0x20>
80400816:	804147b7          	lui	a5,0x80414
8040081a:	050e                	sll	a0,a0,0x3
8040081c:	33478793          	add	a5,a5,820 # 80414334 <handlers>
80400820:	97aa                	add	a5,a5,a0
80400822:	c3d0                	sw	a2,4(a5)
80400824:	c38c                	sw	a1,0(a5)
80400826:	4501                	li	a0,0
80400828:	8082                	ret
8040082a:	5529                	li	a0,-22
8040082c:	8082                	ret

8040082e <evtchn_do_upcall>:
8040082e:	7179                	add	sp,sp,-48
80400830:	804047b7          	lui	a5,0x80404
80400834:	c65e                	sw	s7,12(sp)
80400836:	0c07ab83          	lw	s7,192(a5) # 804040c0 <pv_shared_info>
8040083a:	cc52                	sw	s4,24(sp)
8040083c:	80414a37          	lui	s4,0x80414
80400840:	c85a                	sw	s6,16(sp)
80400842:	c462                	sw	s8,8(sp)
80400844:	c266                	sw	s9,4(sp)
80400846:	d606                	sw	ra,44(sp)
80400848:	d422                	sw	s0,40(sp)
8040084a:	d226                	sw	s1,36(sp)
8040084c:	d04a                	sw	s2,32(sp)
8040084e:	ce4e                	sw	s3,28(sp)
80400850:	ca56                	sw	s5,20(sp)
80400852:	4c81                	li	s9,0
80400854:	004b8c13          	add	s8,s7,4
80400858:	334a0a13          	add	s4,s4,820 # 80414334 <handlers>
8040085c:	80404b37          	lui	s6,0x80404
80400860:	000b8023          	sb	zero,0(s7)
80400864:	0330000f          	fence	rw,rw
80400868:	8ae6                	mv	s5,s9
8040086a:	0f50000f          	fence	iorw,ow
8040086e:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400872:	4985                	li	s3,1
80400874:	080a8163          	beqz	s5,804008f6 <evtchn_do_upcall+0xc8>
80400878:	8556                	mv	a0,s5
8040087a:	00000097          	auipc	ra,0x0
8040087e:	730080e7          	jalr	1840(ra) # 80400faa <__ctzsi2>
80400882:	01050413          	add	s0,a0,16
80400886:	040a                	sll	s0,s0,0x2
80400888:	08040913          	add	s2,s0,128
8040088c:	fffa8793          	add	a5,s5,-1
80400890:	00fafab3          	and	s5,s5,a5
80400894:	945e                	add	s0,s0,s7
80400896:	995e                	add	s2,s2,s7
80400898:	00551493          	sll	s1,a0,0x5
8040089c:	401c                	lw	a5,0(s0)
8040089e:	0ff0000f          	fence
804008a2:	00092503          	lw	a0,0(s2)
804008a6:	fff54513          	not	a0,a0
804008aa:	8d7d                	and	a0,a0,a5
804008ac:	d561                	beqz	a0,80400874 <evtchn_do_upcall+0x46>
804008ae:	00000097          	auipc	ra,0x0
804008b2:	6fc080e7          	jalr	1788(ra) # 80400faa <__ctzsi2>
804008b6:	00a997b3          	sll	a5,s3,a0
804008ba:	fff7c793          	not	a5,a5
804008be:	0f50000f          	fence	iorw,ow
804008c2:	64f4202f          	amoand.w.aq	zero,a5,(s0)
804008c6:	9526                	add	a0,a0,s1
804008c8:	00351793          	sll	a5,a0,0x3
804008cc:	97d2                	add	a5,a5,s4
804008ce:	4398                	lw	a4,0(a5)
804008d0:	cf09                	beqz	a4,804008ea <evtchn_do_upcall+0xbc>
804008d2:	43cc                	lw	a1,4(a5)
804008d4:	9702                	jalr	a4
804008d6:	401c                	lw	a5,0(s0)
804008d8:	0ff0000f          	fence
804008dc:	00092503          	lw	a0,0(s2)
804008e0:	fff54513          	not	a0,a0
804008e4:	8d7d                	and	a0,a0,a5
804008e6:	f561                	bnez	a0,804008ae <evtchn_do_upcall+0x80>
804008e8:	b771                	j	80400874 <evtchn_do_upcall+0x46>
804008ea:	0bcb2783          	lw	a5,188(s6) # 804040bc <stray>
804008ee:	0785                	add	a5,a5,1
804008f0:	0afb2e23          	sw	a5,188(s6)
804008f4:	b765                	j	8040089c <evtchn_do_upcall+0x6e>
804008f6:	000bc783          	lbu	a5,0(s7)
804008fa:	f3bd                	bnez	a5,80400860 <evtchn_do_upcall+0x32>
804008fc:	50b2                	lw	ra,44(sp)
804008fe:	5422                	lw	s0,40(sp)
80400900:	5492                	lw	s1,36(sp)
80400902:	5902                	lw	s2,32(sp)
80400904:	49f2                	lw	s3,28(sp)
80400906:	4a62                	lw	s4,24(sp)
80400908:	4ad2                	lw	s5,20(sp)
8040090a:	4b42                	lw	s6,16(sp)
8040090c:	4bb2                	lw	s7,12(sp)
8040090e:	4c22                	lw	s8,8(sp)
80400910:	4c92                	lw	s9,4(sp)
80400912:	6145                	add	sp,sp,48
80400914:	8082                	ret

80400916 <evtchn_send>:
80400916:	1141                	add	sp,sp,-16
80400918:	c62a                	sw	a0,12(sp)
8040091a:	006c                	add	a1,sp,12
8040091c:	4511                	li	a0,4
8040091e:	02000893          	li	a7,32
80400922:	00000073          	ecall
80400926:	0141                	add	sp,sp,16
80400928:	8082                	ret

8040092a <evtchn_bind_virq>:
8040092a:	1141                	add	sp,sp,-16
8040092c:	86ae                	mv	a3,a1
8040092e:	c22a                	sw	a0,4(sp)
80400930:	c402                	sw	zero,8(sp)
80400932:	c602                	sw	zero,12(sp)
80400934:	4505                	li	a0,1
80400936:	004c                	add	a1,sp,4
80400938:	02000893          	li	a7,32
8040093c:	00000073          	ecall
80400940:	00054b63          	bltz	a0,80400956 <evtchn_bind_virq+0x2c>
80400944:	4732                	lw	a4,12(sp)
80400946:	cb11                	beqz	a4,8040095a <evtchn_bind_virq+0x30>
80400948:	c298                	sw	a4,0(a3)
8040094a:	3fe00793          	li	a5,1022
8040094e:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80400950:	00e7e763          	bltu	a5,a4,8040095e <evtchn_bind_virq+0x34>
80400954:	4501                	li	a0,0
80400956:	0141                	add	sp,sp,16
80400958:	8082                	ret
8040095a:	872a                	mv	a4,a0
8040095c:	b7f5                	j	80400948 <evtchn_bind_virq+0x1e>
8040095e:	5529                	li	a0,-22
80400960:	bfdd                	j	80400956 <evtchn_bind_virq+0x2c>

80400962 <pv_block>:
80400962:	4505                	li	a0,1
80400964:	4581                	li	a1,0
80400966:	48f5                	li	a7,29
80400968:	00000073          	ecall
8040096c:	804047b7          	lui	a5,0x80404
80400970:	0c07a783          	lw	a5,192(a5) # 804040c0 <pv_shared_info>
80400974:	4705                	li	a4,1
80400976:	00e780a3          	sb	a4,1(a5)
8040097a:	8082                	ret

8040097c <pvcons_init>:
8040097c:	c10c                	sw	a1,0(a0)
8040097e:	c150                	sw	a2,4(a0)
80400980:	c514                	sw	a3,8(a0)
80400982:	8082                	ret

80400984 <pvcons_put>:
80400984:	00052803          	lw	a6,0(a0)
80400988:	6785                	lui	a5,0x1
8040098a:	00f80733          	add	a4,a6,a5
8040098e:	c0872503          	lw	a0,-1016(a4)
80400992:	c0c72883          	lw	a7,-1012(a4)
80400996:	0330000f          	fence	rw,rw
8040099a:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
8040099e:	953e                	add	a0,a0,a5
804009a0:	41150533          	sub	a0,a0,a7
804009a4:	02a7ee63          	bltu	a5,a0,804009e0 <pvcons_put+0x5c>
804009a8:	04a66463          	bltu	a2,a0,804009f0 <pvcons_put+0x6c>
804009ac:	c11d                	beqz	a0,804009d2 <pvcons_put+0x4e>
804009ae:	872e                	mv	a4,a1
804009b0:	00a58633          	add	a2,a1,a0
804009b4:	40b885b3          	sub	a1,a7,a1
804009b8:	00074683          	lbu	a3,0(a4)
804009bc:	00e587b3          	add	a5,a1,a4
804009c0:	7ff7f793          	and	a5,a5,2047
804009c4:	97c2                	add	a5,a5,a6
804009c6:	40d78023          	sb	a3,1024(a5)
804009ca:	0705                	add	a4,a4,1
804009cc:	fec716e3          	bne	a4,a2,804009b8 <pvcons_put+0x34>
804009d0:	98aa                	add	a7,a7,a0
804009d2:	0110000f          	fence	w,w
804009d6:	6785                	lui	a5,0x1
804009d8:	983e                	add	a6,a6,a5
804009da:	c1182623          	sw	a7,-1012(a6)
804009de:	8082                	ret
804009e0:	4501                	li	a0,0
804009e2:	0110000f          	fence	w,w
804009e6:	6785                	lui	a5,0x1
804009e8:	983e                	add	a6,a6,a5
804009ea:	c1182623          	sw	a7,-1012(a6)
804009ee:	8082                	ret
804009f0:	8532                	mv	a0,a2
804009f2:	fd55                	bnez	a0,804009ae <pvcons_put+0x2a>
804009f4:	bff9                	j	804009d2 <pvcons_put+0x4e>

804009f6 <pvcons_write>:
804009f6:	c621                	beqz	a2,80400a3e <pvcons_write+0x48>
804009f8:	1141                	add	sp,sp,-16
804009fa:	c422                	sw	s0,8(sp)
804009fc:	c226                	sw	s1,4(sp)
804009fe:	c04a                	sw	s2,0(sp)
80400a00:	c606                	sw	ra,12(sp)
80400a02:	8432                	mv	s0,a2
80400a04:	892a                	mv	s2,a0
80400a06:	84ae                	mv	s1,a1
80400a08:	a021                	j	80400a10 <pvcons_write+0x1a>
80400a0a:	00892783          	lw	a5,8(s2)
80400a0e:	9782                	jalr	a5
80400a10:	8622                	mv	a2,s0
80400a12:	85a6                	mv	a1,s1
80400a14:	854a                	mv	a0,s2
80400a16:	00000097          	auipc	ra,0x0
80400a1a:	f6e080e7          	jalr	-146(ra) # 80400984 <pvcons_put>
80400a1e:	87aa                	mv	a5,a0
80400a20:	00492503          	lw	a0,4(s2)
80400a24:	8c1d                	sub	s0,s0,a5
80400a26:	94be                	add	s1,s1,a5
80400a28:	00000097          	auipc	ra,0x0
80400a2c:	eee080e7          	jalr	-274(ra) # 80400916 <evtchn_send>
80400a30:	fc69                	bnez	s0,80400a0a <pvcons_write+0x14>
80400a32:	40b2                	lw	ra,12(sp)
80400a34:	4422                	lw	s0,8(sp)
80400a36:	4492                	lw	s1,4(sp)
80400a38:	4902                	lw	s2,0(sp)
80400a3a:	0141                	add	sp,sp,16
80400a3c:	8082                	ret
80400a3e:	8082                	ret

80400a40 <pvcons_drain>:
80400a40:	411c                	lw	a5,0(a0)
80400a42:	1141                	add	sp,sp,-16
80400a44:	c226                	sw	s1,4(sp)
80400a46:	6485                	lui	s1,0x1
80400a48:	97a6                	add	a5,a5,s1
80400a4a:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80400a4e:	c087a783          	lw	a5,-1016(a5)
80400a52:	c606                	sw	ra,12(sp)
80400a54:	c422                	sw	s0,8(sp)
80400a56:	02f70363          	beq	a4,a5,80400a7c <pvcons_drain+0x3c>
80400a5a:	842a                	mv	s0,a0
80400a5c:	4148                	lw	a0,4(a0)
80400a5e:	00000097          	auipc	ra,0x0
80400a62:	eb8080e7          	jalr	-328(ra) # 80400916 <evtchn_send>
80400a66:	a019                	j	80400a6c <pvcons_drain+0x2c>
80400a68:	441c                	lw	a5,8(s0)
80400a6a:	9782                	jalr	a5
80400a6c:	401c                	lw	a5,0(s0)
80400a6e:	97a6                	add	a5,a5,s1
80400a70:	c0c7a703          	lw	a4,-1012(a5)
80400a74:	c087a783          	lw	a5,-1016(a5)
80400a78:	fef718e3          	bne	a4,a5,80400a68 <pvcons_drain+0x28>
80400a7c:	40b2                	lw	ra,12(sp)
80400a7e:	4422                	lw	s0,8(sp)
80400a80:	4492                	lw	s1,4(sp)
80400a82:	0141                	add	sp,sp,16
80400a84:	8082                	ret

80400a86 <cons_event>:
80400a86:	8082                	ret

80400a88 <uni_console_drain>:
80400a88:	804047b7          	lui	a5,0x80404
80400a8c:	0c47a783          	lw	a5,196(a5) # 804040c4 <ready>
80400a90:	e391                	bnez	a5,80400a94 <uni_console_drain+0xc>
80400a92:	8082                	ret
80400a94:	80416537          	lui	a0,0x80416
80400a98:	33450513          	add	a0,a0,820 # 80416334 <cons>
80400a9c:	00000317          	auipc	t1,0x0
80400aa0:	fa430067          	jr	-92(t1) # 80400a40 <pvcons_drain>

80400aa4 <uni_console_write>:
80400aa4:	804047b7          	lui	a5,0x80404
80400aa8:	0c47a703          	lw	a4,196(a5) # 804040c4 <ready>
80400aac:	862e                	mv	a2,a1
80400aae:	cb11                	beqz	a4,80400ac2 <uni_console_write+0x1e>
80400ab0:	85aa                	mv	a1,a0
80400ab2:	80416537          	lui	a0,0x80416
80400ab6:	33450513          	add	a0,a0,820 # 80416334 <cons>
80400aba:	00000317          	auipc	t1,0x0
80400abe:	f3c30067          	jr	-196(t1) # 804009f6 <pvcons_write>
80400ac2:	00000317          	auipc	t1,0x0
80400ac6:	97430067          	jr	-1676(t1) # 80400436 <uni_early_write>

80400aca <timer_event>:
80400aca:	8082                	ret

80400acc <revoke_event>:
80400acc:	7155                	add	sp,sp,-208
80400ace:	804047b7          	lui	a5,0x80404
80400ad2:	dd52                	sw	s4,184(sp)
80400ad4:	0c07aa03          	lw	s4,192(a5) # 804040c0 <pv_shared_info>
80400ad8:	db56                	sw	s5,180(sp)
80400ada:	c786                	sw	ra,204(sp)
80400adc:	144a2a83          	lw	s5,324(s4)
80400ae0:	c5a2                	sw	s0,200(sp)
80400ae2:	c3a6                	sw	s1,196(sp)
80400ae4:	c1ca                	sw	s2,192(sp)
80400ae6:	df4e                	sw	s3,188(sp)
80400ae8:	d95a                	sw	s6,176(sp)
80400aea:	d75e                	sw	s7,172(sp)
80400aec:	d562                	sw	s8,168(sp)
80400aee:	d366                	sw	s9,164(sp)
80400af0:	d16a                	sw	s10,160(sp)
80400af2:	cf6e                	sw	s11,156(sp)
80400af4:	0220000f          	fence	r,r
80400af8:	80404737          	lui	a4,0x80404
80400afc:	0dc72783          	lw	a5,220(a4) # 804040dc <revoke_seen>
80400b00:	148a2b83          	lw	s7,328(s4)
80400b04:	03578263          	beq	a5,s5,80400b28 <revoke_event+0x5c>
80400b08:	80416db7          	lui	s11,0x80416
80400b0c:	340d8d93          	add	s11,s11,832 # 80416340 <revoke_stats>
80400b10:	000da783          	lw	a5,0(s11)
80400b14:	804046b7          	lui	a3,0x80404
80400b18:	0986a683          	lw	a3,152(a3) # 80404098 <cooperate>
80400b1c:	0785                	add	a5,a5,1
80400b1e:	0d572e23          	sw	s5,220(a4)
80400b22:	00fda023          	sw	a5,0(s11)
80400b26:	e6e9                	bnez	a3,80400bf0 <revoke_event+0x124>
80400b28:	80404737          	lui	a4,0x80404
80400b2c:	154a2683          	lw	a3,340(s4)
80400b30:	0d872783          	lw	a5,216(a4) # 804040d8 <revoked_seen>
80400b34:	08d78f63          	beq	a5,a3,80400bd2 <revoke_event+0x106>
80400b38:	80416db7          	lui	s11,0x80416
80400b3c:	340d8d93          	add	s11,s11,832 # 80416340 <revoke_stats>
80400b40:	008da783          	lw	a5,8(s11)
80400b44:	0cd72c23          	sw	a3,216(a4)
80400b48:	0785                	add	a5,a5,1
80400b4a:	00fda423          	sw	a5,8(s11)
80400b4e:	0220000f          	fence	r,r
80400b52:	158a2b03          	lw	s6,344(s4)
80400b56:	060b0e63          	beqz	s6,80400bd2 <revoke_event+0x106>
80400b5a:	80416ab7          	lui	s5,0x80416
80400b5e:	80417cb7          	lui	s9,0x80417
80400b62:	15ca0a13          	add	s4,s4,348
80400b66:	4981                	li	s3,0
80400b68:	354a8a93          	add	s5,s5,852 # 80416354 <slot_mfn>
80400b6c:	354c8c93          	add	s9,s9,852 # 80417354 <argv.1>
80400b70:	80404bb7          	lui	s7,0x80404
80400b74:	80404937          	lui	s2,0x80404
80400b78:	6d05                	lui	s10,0x1
80400b7a:	000a2c03          	lw	s8,0(s4)
80400b7e:	8456                	mv	s0,s5
80400b80:	f00004b7          	lui	s1,0xf0000
80400b84:	a029                	j	80400b8e <revoke_event+0xc2>
80400b86:	0411                	add	s0,s0,4
80400b88:	94ea                	add	s1,s1,s10
80400b8a:	028c8c63          	beq	s9,s0,80400bc2 <revoke_event+0xf6>
80400b8e:	401c                	lw	a5,0(s0)
80400b90:	ff879be3          	bne	a5,s8,80400b86 <revoke_event+0xba>
80400b94:	0e8ba703          	lw	a4,232(s7) # 804040e8 <slots_used>
80400b98:	010da783          	lw	a5,16(s11)
80400b9c:	0e492683          	lw	a3,228(s2) # 804040e4 <revoke_hook>
80400ba0:	177d                	add	a4,a4,-1
80400ba2:	0785                	add	a5,a5,1
80400ba4:	00042023          	sw	zero,0(s0)
80400ba8:	0eeba423          	sw	a4,232(s7)
80400bac:	00fda823          	sw	a5,16(s11)
80400bb0:	8526                	mv	a0,s1
80400bb2:	4605                	li	a2,1
80400bb4:	85e2                	mv	a1,s8
80400bb6:	dae1                	beqz	a3,80400b86 <revoke_event+0xba>
80400bb8:	0411                	add	s0,s0,4
80400bba:	9682                	jalr	a3
80400bbc:	94ea                	add	s1,s1,s10
80400bbe:	fc8c98e3          	bne	s9,s0,80400b8e <revoke_event+0xc2>
80400bc2:	0985                	add	s3,s3,1
80400bc4:	013b0763          	beq	s6,s3,80400bd2 <revoke_event+0x106>
80400bc8:	02000793          	li	a5,32
80400bcc:	0a11                	add	s4,s4,4
80400bce:	faf996e3          	bne	s3,a5,80400b7a <revoke_event+0xae>
80400bd2:	40be                	lw	ra,204(sp)
80400bd4:	442e                	lw	s0,200(sp)
80400bd6:	449e                	lw	s1,196(sp)
80400bd8:	490e                	lw	s2,192(sp)
80400bda:	59fa                	lw	s3,188(sp)
80400bdc:	5a6a                	lw	s4,184(sp)
80400bde:	5ada                	lw	s5,180(sp)
80400be0:	5b4a                	lw	s6,176(sp)
80400be2:	5bba                	lw	s7,172(sp)
80400be4:	5c2a                	lw	s8,168(sp)
80400be6:	5c9a                	lw	s9,164(sp)
80400be8:	5d0a                	lw	s10,160(sp)
80400bea:	4dfa                	lw	s11,156(sp)
80400bec:	6169                	add	sp,sp,208
80400bee:	8082                	ret
80400bf0:	f20b8ce3          	beqz	s7,80400b28 <revoke_event+0x5c>
80400bf4:	80417937          	lui	s2,0x80417
80400bf8:	6485                	lui	s1,0x1
80400bfa:	6b21                	lui	s6,0x8
80400bfc:	35090913          	add	s2,s2,848 # 80417350 <slot_mfn+0xffc>
80400c00:	f03ff9b7          	lui	s3,0xf03ff
80400c04:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80400c06:	4401                	li	s0,0
80400c08:	7d7d                	lui	s10,0xfffff
80400c0a:	80404e37          	lui	t3,0x80404
80400c0e:	80404337          	lui	t1,0x80404
80400c12:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80400c14:	80404cb7          	lui	s9,0x80404
80400c18:	02000813          	li	a6,32
80400c1c:	00092c03          	lw	s8,0(s2)
80400c20:	060c0a63          	beqz	s8,80400c94 <revoke_event+0x1c8>
80400c24:	0e4e2783          	lw	a5,228(t3) # 804040e4 <revoke_hook>
80400c28:	cb99                	beqz	a5,80400c3e <revoke_event+0x172>
80400c2a:	4601                	li	a2,0
80400c2c:	85e2                	mv	a1,s8
80400c2e:	854e                	mv	a0,s3
80400c30:	9782                	jalr	a5
80400c32:	02000813          	li	a6,32
80400c36:	80404337          	lui	t1,0x80404
80400c3a:	80404e37          	lui	t3,0x80404
80400c3e:	0ec32783          	lw	a5,236(t1) # 804040ec <window_l1>
80400c42:	c402                	sw	zero,8(sp)
80400c44:	0048                	add	a0,sp,4
80400c46:	07b2                	sll	a5,a5,0xc
80400c48:	8fc5                	or	a5,a5,s1
80400c4a:	c23e                	sw	a5,4(sp)
80400c4c:	4585                	li	a1,1
80400c4e:	4601                	li	a2,0
80400c50:	86da                	mv	a3,s6
80400c52:	4885                	li	a7,1
80400c54:	00000073          	ecall
80400c58:	ed15                	bnez	a0,80400c94 <revoke_event+0x1c8>
80400c5a:	0e8ca703          	lw	a4,232(s9) # 804040e8 <slots_used>
80400c5e:	00241793          	sll	a5,s0,0x2
80400c62:	09078793          	add	a5,a5,144
80400c66:	978a                	add	a5,a5,sp
80400c68:	177d                	add	a4,a4,-1
80400c6a:	f987a023          	sw	s8,-128(a5)
80400c6e:	00092023          	sw	zero,0(s2)
80400c72:	0eeca423          	sw	a4,232(s9)
80400c76:	00140793          	add	a5,s0,1
80400c7a:	c48d                	beqz	s1,80400ca4 <revoke_event+0x1d8>
80400c7c:	0377f463          	bgeu	a5,s7,80400ca4 <revoke_event+0x1d8>
80400c80:	1971                	add	s2,s2,-4
80400c82:	14f1                	add	s1,s1,-4
80400c84:	99ea                	add	s3,s3,s10
80400c86:	03078063          	beq	a5,a6,80400ca6 <revoke_event+0x1da>
80400c8a:	00092c03          	lw	s8,0(s2)
80400c8e:	843e                	mv	s0,a5
80400c90:	f80c1ae3          	bnez	s8,80400c24 <revoke_event+0x158>
80400c94:	c499                	beqz	s1,80400ca2 <revoke_event+0x1d6>
80400c96:	01747663          	bgeu	s0,s7,80400ca2 <revoke_event+0x1d6>
80400c9a:	1971                	add	s2,s2,-4
80400c9c:	14f1                	add	s1,s1,-4
80400c9e:	99ea                	add	s3,s3,s10
80400ca0:	bfb5                	j	80400c1c <revoke_event+0x150>
80400ca2:	87a2                	mv	a5,s0
80400ca4:	cf81                	beqz	a5,80400cbc <revoke_event+0x1f0>
80400ca6:	0818                	add	a4,sp,16
80400ca8:	c23e                	sw	a5,4(sp)
80400caa:	c43a                	sw	a4,8(sp)
80400cac:	c602                	sw	zero,12(sp)
80400cae:	4505                	li	a0,1
80400cb0:	004c                	add	a1,sp,4
80400cb2:	03000893          	li	a7,48
80400cb6:	00000073          	ecall
80400cba:	cd19                	beqz	a0,80400cd8 <revoke_event+0x20c>
80400cbc:	450d                	li	a0,3
80400cbe:	85d6                	mv	a1,s5
80400cc0:	03000893          	li	a7,48
80400cc4:	00000073          	ecall
80400cc8:	e60510e3          	bnez	a0,80400b28 <revoke_event+0x5c>
80400ccc:	004da783          	lw	a5,4(s11)
80400cd0:	0785                	add	a5,a5,1
80400cd2:	00fda223          	sw	a5,4(s11)
80400cd6:	bd89                	j	80400b28 <revoke_event+0x5c>
80400cd8:	00cda703          	lw	a4,12(s11)
80400cdc:	97ba                	add	a5,a5,a4
80400cde:	00fda623          	sw	a5,12(s11)
80400ce2:	bfe9                	j	80400cbc <revoke_event+0x1f0>

80400ce4 <write>:
80400ce4:	1141                	add	sp,sp,-16
80400ce6:	c606                	sw	ra,12(sp)
80400ce8:	c422                	sw	s0,8(sp)
80400cea:	47bd                	li	a5,15
80400cec:	00a7eb63          	bltu	a5,a0,80400d02 <write+0x1e>
80400cf0:	80404737          	lui	a4,0x80404
80400cf4:	00070713          	mv	a4,a4
80400cf8:	00351793          	sll	a5,a0,0x3
80400cfc:	97ba                	add	a5,a5,a4
80400cfe:	4398                	lw	a4,0(a5)
80400d00:	ef11                	bnez	a4,80400d1c <write+0x38>
80400d02:	4725                	li	a4,9
80400d04:	000007b7          	lui	a5,0x0
80400d08:	004787b3          	add	a5,a5,tp
80400d0c:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80400d10:	547d                	li	s0,-1
80400d12:	40b2                	lw	ra,12(sp)
80400d14:	8522                	mv	a0,s0
80400d16:	4422                	lw	s0,8(sp)
80400d18:	0141                	add	sp,sp,16
80400d1a:	8082                	ret
80400d1c:	8432                	mv	s0,a2
80400d1e:	04064663          	bltz	a2,80400d6a <write+0x86>
80400d22:	4505                	li	a0,1
80400d24:	02a70b63          	beq	a4,a0,80400d5a <write+0x76>
80400d28:	80404737          	lui	a4,0x80404
80400d2c:	10472703          	lw	a4,260(a4) # 80404104 <fs>
80400d30:	43c8                	lw	a0,4(a5)
80400d32:	475c                	lw	a5,12(a4)
80400d34:	9782                	jalr	a5
80400d36:	842a                	mv	s0,a0
80400d38:	fc055de3          	bgez	a0,80400d12 <write+0x2e>
80400d3c:	fff54413          	not	s0,a0
80400d40:	02500793          	li	a5,37
80400d44:	4715                	li	a4,5
80400d46:	fa87efe3          	bltu	a5,s0,80400d04 <write+0x20>
80400d4a:	804037b7          	lui	a5,0x80403
80400d4e:	3c478793          	add	a5,a5,964 # 804033c4 <CSWTCH.40>
80400d52:	97a2                	add	a5,a5,s0
80400d54:	00078703          	lb	a4,0(a5)
80400d58:	b775                	j	80400d04 <write+0x20>
80400d5a:	86ae                	mv	a3,a1
80400d5c:	8536                	mv	a0,a3
80400d5e:	85b2                	mv	a1,a2
80400d60:	00000097          	auipc	ra,0x0
80400d64:	d44080e7          	jalr	-700(ra) # 80400aa4 <uni_console_write>
80400d68:	b76d                	j	80400d12 <write+0x2e>
80400d6a:	4759                	li	a4,22
80400d6c:	bf61                	j	80400d04 <write+0x20>

80400d6e <getpid>:
80400d6e:	4505                	li	a0,1
80400d70:	8082                	ret

80400d72 <uni_main>:
80400d72:	1141                	add	sp,sp,-16
80400d74:	c606                	sw	ra,12(sp)
80400d76:	c422                	sw	s0,8(sp)
80400d78:	80417837          	lui	a6,0x80417
80400d7c:	00054603          	lbu	a2,0(a0)
80400d80:	872a                	mv	a4,a0
80400d82:	02000693          	li	a3,32
80400d86:	4501                	li	a0,0
80400d88:	45a5                	li	a1,9
80400d8a:	35480813          	add	a6,a6,852 # 80417354 <argv.1>
80400d8e:	02d60b63          	beq	a2,a3,80400dc4 <uni_main+0x52>
80400d92:	02b60963          	beq	a2,a1,80400dc4 <uni_main+0x52>
80400d96:	c231                	beqz	a2,80400dda <uni_main+0x68>
80400d98:	06d50a63          	beq	a0,a3,80400e0c <uni_main+0x9a>
80400d9c:	00251793          	sll	a5,a0,0x2
80400da0:	97c2                	add	a5,a5,a6
80400da2:	c398                	sw	a4,0(a5)
80400da4:	00074603          	lbu	a2,0(a4)
80400da8:	0505                	add	a0,a0,1
80400daa:	87b2                	mv	a5,a2
80400dac:	d26d                	beqz	a2,80400d8e <uni_main+0x1c>
80400dae:	02d78363          	beq	a5,a3,80400dd4 <uni_main+0x62>
80400db2:	02b78163          	beq	a5,a1,80400dd4 <uni_main+0x62>
80400db6:	00174783          	lbu	a5,1(a4)
80400dba:	0705                	add	a4,a4,1
80400dbc:	fbed                	bnez	a5,80400dae <uni_main+0x3c>
80400dbe:	4601                	li	a2,0
80400dc0:	fcd619e3          	bne	a2,a3,80400d92 <uni_main+0x20>
80400dc4:	00170793          	add	a5,a4,1
80400dc8:	00174603          	lbu	a2,1(a4)
80400dcc:	00070023          	sb	zero,0(a4)
80400dd0:	873e                	mv	a4,a5
80400dd2:	bf75                	j	80400d8e <uni_main+0x1c>
80400dd4:	00074603          	lbu	a2,0(a4)
80400dd8:	bf5d                	j	80400d8e <uni_main+0x1c>
80400dda:	804175b7          	lui	a1,0x80417
80400dde:	35458713          	add	a4,a1,852 # 80417354 <argv.1>
80400de2:	00251793          	sll	a5,a0,0x2
80400de6:	97ba                	add	a5,a5,a4
80400de8:	35458593          	add	a1,a1,852
80400dec:	0007a023          	sw	zero,0(a5)
80400df0:	fffff097          	auipc	ra,0xfffff
80400df4:	2b0080e7          	jalr	688(ra) # 804000a0 <main>
80400df8:	842a                	mv	s0,a0
80400dfa:	00000097          	auipc	ra,0x0
80400dfe:	0f0080e7          	jalr	240(ra) # 80400eea <ulib_flush_stdout>
80400e02:	40b2                	lw	ra,12(sp)
80400e04:	8522                	mv	a0,s0
80400e06:	4422                	lw	s0,8(sp)
80400e08:	0141                	add	sp,sp,16
80400e0a:	8082                	ret
80400e0c:	80403537          	lui	a0,0x80403
80400e10:	3ec50513          	add	a0,a0,1004 # 804033ec <msg.0>
80400e14:	45e1                	li	a1,24
80400e16:	00000097          	auipc	ra,0x0
80400e1a:	c8e080e7          	jalr	-882(ra) # 80400aa4 <uni_console_write>
80400e1e:	4409                	li	s0,2
80400e20:	40b2                	lw	ra,12(sp)
80400e22:	8522                	mv	a0,s0
80400e24:	4422                	lw	s0,8(sp)
80400e26:	0141                	add	sp,sp,16
80400e28:	8082                	ret

80400e2a <stdout_flush>:
80400e2a:	1141                	add	sp,sp,-16
80400e2c:	c04a                	sw	s2,0(sp)
80400e2e:	80404937          	lui	s2,0x80404
80400e32:	c422                	sw	s0,8(sp)
80400e34:	10892403          	lw	s0,264(s2) # 80404108 <out_len>
80400e38:	c606                	sw	ra,12(sp)
80400e3a:	c226                	sw	s1,4(sp)
80400e3c:	c015                	beqz	s0,80400e60 <stdout_flush+0x36>
80400e3e:	804174b7          	lui	s1,0x80417
80400e42:	3d848493          	add	s1,s1,984 # 804173d8 <out_buf>
80400e46:	a019                	j	80400e4c <stdout_flush+0x22>
80400e48:	94aa                	add	s1,s1,a0
80400e4a:	c819                	beqz	s0,80400e60 <stdout_flush+0x36>
80400e4c:	8622                	mv	a2,s0
80400e4e:	85a6                	mv	a1,s1
80400e50:	4505                	li	a0,1
80400e52:	00000097          	auipc	ra,0x0
80400e56:	e92080e7          	jalr	-366(ra) # 80400ce4 <write>
80400e5a:	8c09                	sub	s0,s0,a0
80400e5c:	fea046e3          	bgtz	a0,80400e48 <stdout_flush+0x1e>
80400e60:	40b2                	lw	ra,12(sp)
80400e62:	4422                	lw	s0,8(sp)
80400e64:	10092423          	sw	zero,264(s2)
80400e68:	4492                	lw	s1,4(sp)
80400e6a:	4902                	lw	s2,0(sp)
80400e6c:	4501                	li	a0,0
80400e6e:	0141                	add	sp,sp,16
80400e70:	8082                	ret

80400e72 <stdout_put>:
80400e72:	1101                	add	sp,sp,-32
80400e74:	c64e                	sw	s3,12(sp)
80400e76:	804049b7          	lui	s3,0x80404
80400e7a:	1089a783          	lw	a5,264(s3) # 80404108 <out_len>
80400e7e:	ca26                	sw	s1,20(sp)
80400e80:	804174b7          	lui	s1,0x80417
80400e84:	3d848493          	add	s1,s1,984 # 804173d8 <out_buf>
80400e88:	cc22                	sw	s0,24(sp)
80400e8a:	c84a                	sw	s2,16(sp)
80400e8c:	00178413          	add	s0,a5,1
80400e90:	ce06                	sw	ra,28(sp)
80400e92:	97a6                	add	a5,a5,s1
80400e94:	00a78023          	sb	a0,0(a5)
80400e98:	1089a423          	sw	s0,264(s3)
80400e9c:	47a9                	li	a5,10
80400e9e:	892a                	mv	s2,a0
80400ea0:	00f50e63          	beq	a0,a5,80400ebc <stdout_put+0x4a>
80400ea4:	20000793          	li	a5,512
80400ea8:	00f40b63          	beq	s0,a5,80400ebe <stdout_put+0x4c>
80400eac:	40f2                	lw	ra,28(sp)
80400eae:	4462                	lw	s0,24(sp)
80400eb0:	44d2                	lw	s1,20(sp)
80400eb2:	49b2                	lw	s3,12(sp)
80400eb4:	854a                	mv	a0,s2
80400eb6:	4942                	lw	s2,16(sp)
80400eb8:	6105                	add	sp,sp,32
80400eba:	8082                	ret
80400ebc:	cc09                	beqz	s0,80400ed6 <stdout_put+0x64>
80400ebe:	8622                	mv	a2,s0
80400ec0:	85a6                	mv	a1,s1
80400ec2:	4505                	li	a0,1
80400ec4:	00000097          	auipc	ra,0x0
80400ec8:	e20080e7          	jalr	-480(ra) # 80400ce4 <write>
80400ecc:	8c09                	sub	s0,s0,a0
80400ece:	00a05463          	blez	a0,80400ed6 <stdout_put+0x64>
80400ed2:	94aa                	add	s1,s1,a0
80400ed4:	f46d                	bnez	s0,80400ebe <stdout_put+0x4c>
80400ed6:	40f2                	lw	ra,28(sp)
80400ed8:	4462                	lw	s0,24(sp)
80400eda:	1009a423          	sw	zero,264(s3)
80400ede:	44d2                	lw	s1,20(sp)
80400ee0:	49b2                	lw	s3,12(sp)
80400ee2:	854a                	mv	a0,s2
80400ee4:	4942                	lw	s2,16(sp)
80400ee6:	6105                	add	sp,sp,32
80400ee8:	8082                	ret

80400eea <ulib_flush_stdout>:
80400eea:	1141                	add	sp,sp,-16
80400eec:	c04a                	sw	s2,0(sp)
80400eee:	80404937          	lui	s2,0x80404
80400ef2:	c422                	sw	s0,8(sp)
80400ef4:	10892403          	lw	s0,264(s2) # 80404108 <out_len>
80400ef8:	c606                	sw	ra,12(sp)
80400efa:	c226                	sw	s1,4(sp)
80400efc:	c015                	beqz	s0,80400f20 <ulib_flush_stdout+0x36>
80400efe:	804174b7          	lui	s1,0x80417
80400f02:	3d848493          	add	s1,s1,984 # 804173d8 <out_buf>
80400f06:	a019                	j	80400f0c <ulib_flush_stdout+0x22>
80400f08:	94aa                	add	s1,s1,a0
80400f0a:	c819                	beqz	s0,80400f20 <ulib_flush_stdout+0x36>
80400f0c:	8622                	mv	a2,s0
80400f0e:	85a6                	mv	a1,s1
80400f10:	4505                	li	a0,1
80400f12:	00000097          	auipc	ra,0x0
80400f16:	dd2080e7          	jalr	-558(ra) # 80400ce4 <write>
80400f1a:	8c09                	sub	s0,s0,a0
80400f1c:	fea046e3          	bgtz	a0,80400f08 <ulib_flush_stdout+0x1e>
80400f20:	40b2                	lw	ra,12(sp)
80400f22:	4422                	lw	s0,8(sp)
80400f24:	10092423          	sw	zero,264(s2)
80400f28:	4492                	lw	s1,4(sp)
80400f2a:	4902                	lw	s2,0(sp)
80400f2c:	0141                	add	sp,sp,16
80400f2e:	8082                	ret

80400f30 <__lshrdi3>:
80400f30:	ca19                	beqz	a2,80400f46 <__lshrdi3+0x16>
80400f32:	02000793          	li	a5,32
80400f36:	8f91                	sub	a5,a5,a2
80400f38:	00f04863          	bgtz	a5,80400f48 <__lshrdi3+0x18>
80400f3c:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
80400f3e:	00c5d533          	srl	a0,a1,a2
80400f42:	4701                	li	a4,0
80400f44:	85ba                	mv	a1,a4
80400f46:	8082                	ret
80400f48:	00c5d733          	srl	a4,a1,a2
80400f4c:	00c55533          	srl	a0,a0,a2
80400f50:	00f595b3          	sll	a1,a1,a5
80400f54:	8d4d                	or	a0,a0,a1
80400f56:	b7fd                	j	80400f44 <__lshrdi3+0x14>

80400f58 <__ashldi3>:
80400f58:	ca19                	beqz	a2,80400f6e <__ashldi3+0x16>
80400f5a:	02000793          	li	a5,32
80400f5e:	8f91                	sub	a5,a5,a2
80400f60:	00f04863          	bgtz	a5,80400f70 <__ashldi3+0x18>
80400f64:	1601                	add	a2,a2,-32
80400f66:	00c515b3          	sll	a1,a0,a2
80400f6a:	4701                	li	a4,0
80400f6c:	853a                	mv	a0,a4
80400f6e:	8082                	ret
80400f70:	00c51733          	sll	a4,a0,a2
80400f74:	00c595b3          	sll	a1,a1,a2
80400f78:	00f55533          	srl	a0,a0,a5
80400f7c:	8dc9                	or	a1,a1,a0
80400f7e:	b7fd                	j	80400f6c <__ashldi3+0x14>

80400f80 <__ashrdi3>:
80400f80:	ce01                	beqz	a2,80400f98 <__ashrdi3+0x18>
80400f82:	02000793          	li	a5,32
80400f86:	8f91                	sub	a5,a5,a2
80400f88:	00f04963          	bgtz	a5,80400f9a <__ashrdi3+0x1a>
80400f8c:	1601                	add	a2,a2,-32
80400f8e:	41f5d713          	sra	a4,a1,0x1f
80400f92:	40c5d533          	sra	a0,a1,a2
80400f96:	85ba                	mv	a1,a4
80400f98:	8082                	ret
80400f9a:	40c5d733          	sra	a4,a1,a2
80400f9e:	00c55533          	srl	a0,a0,a2
80400fa2:	00f595b3          	sll	a1,a1,a5
80400fa6:	8d4d                	or	a0,a0,a1
80400fa8:	b7fd                	j	80400f96 <__ashrdi3+0x16>

80400faa <__ctzsi2>:
80400faa:	40a007b3          	neg	a5,a0
80400fae:	8d7d                	and	a0,a0,a5
80400fb0:	67c1                	lui	a5,0x10
80400fb2:	02f57363          	bgeu	a0,a5,80400fd8 <__ctzsi2+0x2e>
80400fb6:	10053793          	sltiu	a5,a0,256
80400fba:	0017c793          	xor	a5,a5,1
80400fbe:	078e                	sll	a5,a5,0x3
80400fc0:	00f55533          	srl	a0,a0,a5
80400fc4:	00003717          	auipc	a4,0x3
80400fc8:	81070713          	add	a4,a4,-2032 # 804037d4 <__clz_tab>
80400fcc:	972a                	add	a4,a4,a0
80400fce:	00074503          	lbu	a0,0(a4)
80400fd2:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80400fd4:	953e                	add	a0,a0,a5
80400fd6:	8082                	ret
80400fd8:	01000737          	lui	a4,0x1000
80400fdc:	47c1                	li	a5,16
80400fde:	fee561e3          	bltu	a0,a4,80400fc0 <__ctzsi2+0x16>
80400fe2:	47e1                	li	a5,24
80400fe4:	bff1                	j	80400fc0 <__ctzsi2+0x16>

80400fe6 <__udivdi3>:
80400fe6:	88aa                	mv	a7,a0
80400fe8:	832e                	mv	t1,a1
80400fea:	8732                	mv	a4,a2
80400fec:	882a                	mv	a6,a0
80400fee:	87ae                	mv	a5,a1
80400ff0:	20069663          	bnez	a3,804011fc <__udivdi3+0x216>
80400ff4:	00002597          	auipc	a1,0x2
80400ff8:	7e058593          	add	a1,a1,2016 # 804037d4 <__clz_tab>
80400ffc:	0cc37163          	bgeu	t1,a2,804010be <__udivdi3+0xd8>
80401000:	66c1                	lui	a3,0x10
80401002:	0ad67763          	bgeu	a2,a3,804010b0 <__udivdi3+0xca>
80401006:	10063693          	sltiu	a3,a2,256
8040100a:	0016c693          	xor	a3,a3,1
8040100e:	068e                	sll	a3,a3,0x3
80401010:	00d65533          	srl	a0,a2,a3
80401014:	95aa                	add	a1,a1,a0
80401016:	0005c583          	lbu	a1,0(a1)
8040101a:	02000513          	li	a0,32
8040101e:	96ae                	add	a3,a3,a1
80401020:	40d505b3          	sub	a1,a0,a3
80401024:	00d50b63          	beq	a0,a3,8040103a <__udivdi3+0x54>
80401028:	00b317b3          	sll	a5,t1,a1
8040102c:	00d8d6b3          	srl	a3,a7,a3
80401030:	00b61733          	sll	a4,a2,a1
80401034:	8fd5                	or	a5,a5,a3
80401036:	00b89833          	sll	a6,a7,a1
8040103a:	01075593          	srl	a1,a4,0x10
8040103e:	02b7d333          	divu	t1,a5,a1
80401042:	01071613          	sll	a2,a4,0x10
80401046:	8241                	srl	a2,a2,0x10
80401048:	02b7f7b3          	remu	a5,a5,a1
8040104c:	851a                	mv	a0,t1
8040104e:	026608b3          	mul	a7,a2,t1
80401052:	01079693          	sll	a3,a5,0x10
80401056:	01085793          	srl	a5,a6,0x10
8040105a:	8fd5                	or	a5,a5,a3
8040105c:	0117fc63          	bgeu	a5,a7,80401074 <__udivdi3+0x8e>
80401060:	97ba                	add	a5,a5,a4
80401062:	fff30513          	add	a0,t1,-1
80401066:	00e7e763          	bltu	a5,a4,80401074 <__udivdi3+0x8e>
8040106a:	0117f563          	bgeu	a5,a7,80401074 <__udivdi3+0x8e>
8040106e:	ffe30513          	add	a0,t1,-2
80401072:	97ba                	add	a5,a5,a4
80401074:	411787b3          	sub	a5,a5,a7
80401078:	02b7d8b3          	divu	a7,a5,a1
8040107c:	0842                	sll	a6,a6,0x10
8040107e:	01085813          	srl	a6,a6,0x10
80401082:	02b7f7b3          	remu	a5,a5,a1
80401086:	031606b3          	mul	a3,a2,a7
8040108a:	07c2                	sll	a5,a5,0x10
8040108c:	00f86833          	or	a6,a6,a5
80401090:	87c6                	mv	a5,a7
80401092:	00d87b63          	bgeu	a6,a3,804010a8 <__udivdi3+0xc2>
80401096:	983a                	add	a6,a6,a4
80401098:	fff88793          	add	a5,a7,-1 # 803fffff <errno+0x803fffff>
8040109c:	00e86663          	bltu	a6,a4,804010a8 <__udivdi3+0xc2>
804010a0:	00d87463          	bgeu	a6,a3,804010a8 <__udivdi3+0xc2>
804010a4:	ffe88793          	add	a5,a7,-2
804010a8:	0542                	sll	a0,a0,0x10
804010aa:	8d5d                	or	a0,a0,a5
804010ac:	4581                	li	a1,0
804010ae:	8082                	ret
804010b0:	01000537          	lui	a0,0x1000
804010b4:	46c1                	li	a3,16
804010b6:	f4a66de3          	bltu	a2,a0,80401010 <__udivdi3+0x2a>
804010ba:	46e1                	li	a3,24
804010bc:	bf91                	j	80401010 <__udivdi3+0x2a>
804010be:	4681                	li	a3,0
804010c0:	ca09                	beqz	a2,804010d2 <__udivdi3+0xec>
804010c2:	67c1                	lui	a5,0x10
804010c4:	08f67f63          	bgeu	a2,a5,80401162 <__udivdi3+0x17c>
804010c8:	10063693          	sltiu	a3,a2,256
804010cc:	0016c693          	xor	a3,a3,1
804010d0:	068e                	sll	a3,a3,0x3
804010d2:	00d657b3          	srl	a5,a2,a3
804010d6:	95be                	add	a1,a1,a5
804010d8:	0005c783          	lbu	a5,0(a1)
804010dc:	97b6                	add	a5,a5,a3
804010de:	02000693          	li	a3,32
804010e2:	40f685b3          	sub	a1,a3,a5
804010e6:	08f69563          	bne	a3,a5,80401170 <__udivdi3+0x18a>
804010ea:	40c307b3          	sub	a5,t1,a2
804010ee:	4585                	li	a1,1
804010f0:	01075893          	srl	a7,a4,0x10
804010f4:	0317de33          	divu	t3,a5,a7
804010f8:	01071613          	sll	a2,a4,0x10
804010fc:	8241                	srl	a2,a2,0x10
804010fe:	01085693          	srl	a3,a6,0x10
80401102:	0317f7b3          	remu	a5,a5,a7
80401106:	8572                	mv	a0,t3
80401108:	03c60333          	mul	t1,a2,t3
8040110c:	07c2                	sll	a5,a5,0x10
8040110e:	8fd5                	or	a5,a5,a3
80401110:	0067fc63          	bgeu	a5,t1,80401128 <__udivdi3+0x142>
80401114:	97ba                	add	a5,a5,a4
80401116:	fffe0513          	add	a0,t3,-1 # 80403fff <stdout+0x71b>
8040111a:	00e7e763          	bltu	a5,a4,80401128 <__udivdi3+0x142>
8040111e:	0067f563          	bgeu	a5,t1,80401128 <__udivdi3+0x142>
80401122:	ffee0513          	add	a0,t3,-2
80401126:	97ba                	add	a5,a5,a4
80401128:	406787b3          	sub	a5,a5,t1
8040112c:	0317d333          	divu	t1,a5,a7
80401130:	0842                	sll	a6,a6,0x10
80401132:	01085813          	srl	a6,a6,0x10
80401136:	0317f7b3          	remu	a5,a5,a7
8040113a:	026606b3          	mul	a3,a2,t1
8040113e:	07c2                	sll	a5,a5,0x10
80401140:	00f86833          	or	a6,a6,a5
80401144:	879a                	mv	a5,t1
80401146:	00d87b63          	bgeu	a6,a3,8040115c <__udivdi3+0x176>
8040114a:	983a                	add	a6,a6,a4
8040114c:	fff30793          	add	a5,t1,-1
80401150:	00e86663          	bltu	a6,a4,8040115c <__udivdi3+0x176>
80401154:	00d87463          	bgeu	a6,a3,8040115c <__udivdi3+0x176>
80401158:	ffe30793          	add	a5,t1,-2
8040115c:	0542                	sll	a0,a0,0x10
8040115e:	8d5d                	or	a0,a0,a5
80401160:	8082                	ret
80401162:	010007b7          	lui	a5,0x1000
80401166:	46c1                	li	a3,16
80401168:	f6f665e3          	bltu	a2,a5,804010d2 <__udivdi3+0xec>
8040116c:	46e1                	li	a3,24
8040116e:	b795                	j	804010d2 <__udivdi3+0xec>
80401170:	00b61733          	sll	a4,a2,a1
80401174:	00f356b3          	srl	a3,t1,a5
80401178:	01075513          	srl	a0,a4,0x10
8040117c:	00b31333          	sll	t1,t1,a1
80401180:	00f8d7b3          	srl	a5,a7,a5
80401184:	0067e7b3          	or	a5,a5,t1
80401188:	02a6d333          	divu	t1,a3,a0
8040118c:	01071613          	sll	a2,a4,0x10
80401190:	8241                	srl	a2,a2,0x10
80401192:	00b89833          	sll	a6,a7,a1
80401196:	02a6f6b3          	remu	a3,a3,a0
8040119a:	026608b3          	mul	a7,a2,t1
8040119e:	01069593          	sll	a1,a3,0x10
804011a2:	0107d693          	srl	a3,a5,0x10
804011a6:	8ecd                	or	a3,a3,a1
804011a8:	859a                	mv	a1,t1
804011aa:	0116fc63          	bgeu	a3,a7,804011c2 <__udivdi3+0x1dc>
804011ae:	96ba                	add	a3,a3,a4
804011b0:	fff30593          	add	a1,t1,-1
804011b4:	00e6e763          	bltu	a3,a4,804011c2 <__udivdi3+0x1dc>
804011b8:	0116f563          	bgeu	a3,a7,804011c2 <__udivdi3+0x1dc>
804011bc:	ffe30593          	add	a1,t1,-2
804011c0:	96ba                	add	a3,a3,a4
804011c2:	411686b3          	sub	a3,a3,a7
804011c6:	02a6d8b3          	divu	a7,a3,a0
804011ca:	07c2                	sll	a5,a5,0x10
804011cc:	83c1                	srl	a5,a5,0x10
804011ce:	02a6f6b3          	remu	a3,a3,a0
804011d2:	03160633          	mul	a2,a2,a7
804011d6:	06c2                	sll	a3,a3,0x10
804011d8:	8fd5                	or	a5,a5,a3
804011da:	86c6                	mv	a3,a7
804011dc:	00c7fc63          	bgeu	a5,a2,804011f4 <__udivdi3+0x20e>
804011e0:	97ba                	add	a5,a5,a4
804011e2:	fff88693          	add	a3,a7,-1
804011e6:	00e7e763          	bltu	a5,a4,804011f4 <__udivdi3+0x20e>
804011ea:	00c7f563          	bgeu	a5,a2,804011f4 <__udivdi3+0x20e>
804011ee:	ffe88693          	add	a3,a7,-2
804011f2:	97ba                	add	a5,a5,a4
804011f4:	05c2                	sll	a1,a1,0x10
804011f6:	8f91                	sub	a5,a5,a2
804011f8:	8dd5                	or	a1,a1,a3
804011fa:	bddd                	j	804010f0 <__udivdi3+0x10a>
804011fc:	14d5e163          	bltu	a1,a3,8040133e <__udivdi3+0x358>
80401200:	67c1                	lui	a5,0x10
80401202:	02f6ff63          	bgeu	a3,a5,80401240 <__udivdi3+0x25a>
80401206:	1006b713          	sltiu	a4,a3,256
8040120a:	00174713          	xor	a4,a4,1
8040120e:	070e                	sll	a4,a4,0x3
80401210:	00e6d5b3          	srl	a1,a3,a4
80401214:	00002797          	auipc	a5,0x2
80401218:	5c078793          	add	a5,a5,1472 # 804037d4 <__clz_tab>
8040121c:	97ae                	add	a5,a5,a1
8040121e:	0007c783          	lbu	a5,0(a5)
80401222:	97ba                	add	a5,a5,a4
80401224:	02000713          	li	a4,32
80401228:	40f705b3          	sub	a1,a4,a5
8040122c:	02f71163          	bne	a4,a5,8040124e <__udivdi3+0x268>
80401230:	4505                	li	a0,1
80401232:	e666eee3          	bltu	a3,t1,804010ae <__udivdi3+0xc8>
80401236:	00c8b533          	sltu	a0,a7,a2
8040123a:	00154513          	xor	a0,a0,1
8040123e:	8082                	ret
80401240:	010007b7          	lui	a5,0x1000
80401244:	4741                	li	a4,16
80401246:	fcf6e5e3          	bltu	a3,a5,80401210 <__udivdi3+0x22a>
8040124a:	4761                	li	a4,24
8040124c:	b7d1                	j	80401210 <__udivdi3+0x22a>
8040124e:	00f65733          	srl	a4,a2,a5
80401252:	00b696b3          	sll	a3,a3,a1
80401256:	8ed9                	or	a3,a3,a4
80401258:	00f35733          	srl	a4,t1,a5
8040125c:	00b31333          	sll	t1,t1,a1
80401260:	00f8d7b3          	srl	a5,a7,a5
80401264:	0067e7b3          	or	a5,a5,t1
80401268:	0106d313          	srl	t1,a3,0x10
8040126c:	02675eb3          	divu	t4,a4,t1
80401270:	01069813          	sll	a6,a3,0x10
80401274:	01085813          	srl	a6,a6,0x10
80401278:	00b61633          	sll	a2,a2,a1
8040127c:	02677733          	remu	a4,a4,t1
80401280:	03d80e33          	mul	t3,a6,t4
80401284:	01071513          	sll	a0,a4,0x10
80401288:	0107d713          	srl	a4,a5,0x10
8040128c:	8f49                	or	a4,a4,a0
8040128e:	8576                	mv	a0,t4
80401290:	01c77c63          	bgeu	a4,t3,804012a8 <__udivdi3+0x2c2>
80401294:	9736                	add	a4,a4,a3
80401296:	fffe8513          	add	a0,t4,-1
8040129a:	00d76763          	bltu	a4,a3,804012a8 <__udivdi3+0x2c2>
8040129e:	01c77563          	bgeu	a4,t3,804012a8 <__udivdi3+0x2c2>
804012a2:	ffee8513          	add	a0,t4,-2
804012a6:	9736                	add	a4,a4,a3
804012a8:	41c70733          	sub	a4,a4,t3
804012ac:	02675e33          	divu	t3,a4,t1
804012b0:	07c2                	sll	a5,a5,0x10
804012b2:	83c1                	srl	a5,a5,0x10
804012b4:	02677733          	remu	a4,a4,t1
804012b8:	03c80833          	mul	a6,a6,t3
804012bc:	0742                	sll	a4,a4,0x10
804012be:	8fd9                	or	a5,a5,a4
804012c0:	8772                	mv	a4,t3
804012c2:	0107fc63          	bgeu	a5,a6,804012da <__udivdi3+0x2f4>
804012c6:	97b6                	add	a5,a5,a3
804012c8:	fffe0713          	add	a4,t3,-1
804012cc:	00d7e763          	bltu	a5,a3,804012da <__udivdi3+0x2f4>
804012d0:	0107f563          	bgeu	a5,a6,804012da <__udivdi3+0x2f4>
804012d4:	ffee0713          	add	a4,t3,-2
804012d8:	97b6                	add	a5,a5,a3
804012da:	0542                	sll	a0,a0,0x10
804012dc:	6e41                	lui	t3,0x10
804012de:	8d59                	or	a0,a0,a4
804012e0:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804012e4:	00d57733          	and	a4,a0,a3
804012e8:	410787b3          	sub	a5,a5,a6
804012ec:	8ef1                	and	a3,a3,a2
804012ee:	01055813          	srl	a6,a0,0x10
804012f2:	8241                	srl	a2,a2,0x10
804012f4:	02d70333          	mul	t1,a4,a3
804012f8:	02d806b3          	mul	a3,a6,a3
804012fc:	02c70733          	mul	a4,a4,a2
80401300:	02c80833          	mul	a6,a6,a2
80401304:	00d70633          	add	a2,a4,a3
80401308:	01035713          	srl	a4,t1,0x10
8040130c:	9732                	add	a4,a4,a2
8040130e:	00d77363          	bgeu	a4,a3,80401314 <__udivdi3+0x32e>
80401312:	9872                	add	a6,a6,t3
80401314:	01075693          	srl	a3,a4,0x10
80401318:	96c2                	add	a3,a3,a6
8040131a:	02d7e063          	bltu	a5,a3,8040133a <__udivdi3+0x354>
8040131e:	d8d797e3          	bne	a5,a3,804010ac <__udivdi3+0xc6>
80401322:	67c1                	lui	a5,0x10
80401324:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80401326:	8f7d                	and	a4,a4,a5
80401328:	0742                	sll	a4,a4,0x10
8040132a:	00f37333          	and	t1,t1,a5
8040132e:	00b898b3          	sll	a7,a7,a1
80401332:	971a                	add	a4,a4,t1
80401334:	4581                	li	a1,0
80401336:	d6e8fce3          	bgeu	a7,a4,804010ae <__udivdi3+0xc8>
8040133a:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
8040133c:	bb85                	j	804010ac <__udivdi3+0xc6>
8040133e:	4581                	li	a1,0
80401340:	4501                	li	a0,0
80401342:	8082                	ret

80401344 <__umoddi3>:
80401344:	8832                	mv	a6,a2
80401346:	87aa                	mv	a5,a0
80401348:	872e                	mv	a4,a1
8040134a:	1a069363          	bnez	a3,804014f0 <__umoddi3+0x1ac>
8040134e:	00002897          	auipc	a7,0x2
80401352:	48688893          	add	a7,a7,1158 # 804037d4 <__clz_tab>
80401356:	0ac5f663          	bgeu	a1,a2,80401402 <__umoddi3+0xbe>
8040135a:	66c1                	lui	a3,0x10
8040135c:	08d67c63          	bgeu	a2,a3,804013f4 <__umoddi3+0xb0>
80401360:	10063693          	sltiu	a3,a2,256
80401364:	0016c693          	xor	a3,a3,1
80401368:	068e                	sll	a3,a3,0x3
8040136a:	00d65333          	srl	t1,a2,a3
8040136e:	989a                	add	a7,a7,t1
80401370:	0008c883          	lbu	a7,0(a7)
80401374:	02000313          	li	t1,32
80401378:	96c6                	add	a3,a3,a7
8040137a:	40d308b3          	sub	a7,t1,a3
8040137e:	00d30b63          	beq	t1,a3,80401394 <__umoddi3+0x50>
80401382:	01159733          	sll	a4,a1,a7
80401386:	00d556b3          	srl	a3,a0,a3
8040138a:	01161833          	sll	a6,a2,a7
8040138e:	8f55                	or	a4,a4,a3
80401390:	011517b3          	sll	a5,a0,a7
80401394:	01085613          	srl	a2,a6,0x10
80401398:	02c756b3          	divu	a3,a4,a2
8040139c:	01081513          	sll	a0,a6,0x10
804013a0:	8141                	srl	a0,a0,0x10
804013a2:	02c77733          	remu	a4,a4,a2
804013a6:	02a686b3          	mul	a3,a3,a0
804013aa:	01071593          	sll	a1,a4,0x10
804013ae:	0107d713          	srl	a4,a5,0x10
804013b2:	8f4d                	or	a4,a4,a1
804013b4:	00d77863          	bgeu	a4,a3,804013c4 <__umoddi3+0x80>
804013b8:	9742                	add	a4,a4,a6
804013ba:	01076563          	bltu	a4,a6,804013c4 <__umoddi3+0x80>
804013be:	00d77363          	bgeu	a4,a3,804013c4 <__umoddi3+0x80>
804013c2:	9742                	add	a4,a4,a6
804013c4:	8f15                	sub	a4,a4,a3
804013c6:	02c756b3          	divu	a3,a4,a2
804013ca:	02c77733          	remu	a4,a4,a2
804013ce:	02a686b3          	mul	a3,a3,a0
804013d2:	07c2                	sll	a5,a5,0x10
804013d4:	0742                	sll	a4,a4,0x10
804013d6:	83c1                	srl	a5,a5,0x10
804013d8:	8fd9                	or	a5,a5,a4
804013da:	00d7f863          	bgeu	a5,a3,804013ea <__umoddi3+0xa6>
804013de:	97c2                	add	a5,a5,a6
804013e0:	0107e563          	bltu	a5,a6,804013ea <__umoddi3+0xa6>
804013e4:	00d7f363          	bgeu	a5,a3,804013ea <__umoddi3+0xa6>
804013e8:	97c2                	add	a5,a5,a6
804013ea:	8f95                	sub	a5,a5,a3
804013ec:	0117d533          	srl	a0,a5,a7
804013f0:	4581                	li	a1,0
804013f2:	8082                	ret
804013f4:	01000337          	lui	t1,0x1000
804013f8:	46c1                	li	a3,16
804013fa:	f66668e3          	bltu	a2,t1,8040136a <__umoddi3+0x26>
804013fe:	46e1                	li	a3,24
80401400:	b7ad                	j	8040136a <__umoddi3+0x26>
80401402:	4681                	li	a3,0
80401404:	ca09                	beqz	a2,80401416 <__umoddi3+0xd2>
80401406:	6741                	lui	a4,0x10
80401408:	06e67463          	bgeu	a2,a4,80401470 <__umoddi3+0x12c>
8040140c:	10063693          	sltiu	a3,a2,256
80401410:	0016c693          	xor	a3,a3,1
80401414:	068e                	sll	a3,a3,0x3
80401416:	00d65733          	srl	a4,a2,a3
8040141a:	98ba                	add	a7,a7,a4
8040141c:	0008c703          	lbu	a4,0(a7)
80401420:	9736                	add	a4,a4,a3
80401422:	02000693          	li	a3,32
80401426:	40e688b3          	sub	a7,a3,a4
8040142a:	04e69a63          	bne	a3,a4,8040147e <__umoddi3+0x13a>
8040142e:	40c58733          	sub	a4,a1,a2
80401432:	01085593          	srl	a1,a6,0x10
80401436:	02b75633          	divu	a2,a4,a1
8040143a:	01081513          	sll	a0,a6,0x10
8040143e:	8141                	srl	a0,a0,0x10
80401440:	0107d693          	srl	a3,a5,0x10
80401444:	02b77733          	remu	a4,a4,a1
80401448:	02a60633          	mul	a2,a2,a0
8040144c:	0742                	sll	a4,a4,0x10
8040144e:	8f55                	or	a4,a4,a3
80401450:	00c77863          	bgeu	a4,a2,80401460 <__umoddi3+0x11c>
80401454:	9742                	add	a4,a4,a6
80401456:	01076563          	bltu	a4,a6,80401460 <__umoddi3+0x11c>
8040145a:	00c77363          	bgeu	a4,a2,80401460 <__umoddi3+0x11c>
8040145e:	9742                	add	a4,a4,a6
80401460:	8f11                	sub	a4,a4,a2
80401462:	02b756b3          	divu	a3,a4,a1
80401466:	02b77733          	remu	a4,a4,a1
8040146a:	02a686b3          	mul	a3,a3,a0
8040146e:	b795                	j	804013d2 <__umoddi3+0x8e>
80401470:	01000737          	lui	a4,0x1000
80401474:	46c1                	li	a3,16
80401476:	fae660e3          	bltu	a2,a4,80401416 <__umoddi3+0xd2>
8040147a:	46e1                	li	a3,24
8040147c:	bf69                	j	80401416 <__umoddi3+0xd2>
8040147e:	01161833          	sll	a6,a2,a7
80401482:	00e5d6b3          	srl	a3,a1,a4
80401486:	011517b3          	sll	a5,a0,a7
8040148a:	011595b3          	sll	a1,a1,a7
8040148e:	00e55733          	srl	a4,a0,a4
80401492:	01085513          	srl	a0,a6,0x10
80401496:	8f4d                	or	a4,a4,a1
80401498:	02a6d5b3          	divu	a1,a3,a0
8040149c:	01081313          	sll	t1,a6,0x10
804014a0:	01035313          	srl	t1,t1,0x10
804014a4:	02a6f6b3          	remu	a3,a3,a0
804014a8:	026585b3          	mul	a1,a1,t1
804014ac:	01069613          	sll	a2,a3,0x10
804014b0:	01075693          	srl	a3,a4,0x10
804014b4:	8ed1                	or	a3,a3,a2
804014b6:	00b6f863          	bgeu	a3,a1,804014c6 <__umoddi3+0x182>
804014ba:	96c2                	add	a3,a3,a6
804014bc:	0106e563          	bltu	a3,a6,804014c6 <__umoddi3+0x182>
804014c0:	00b6f363          	bgeu	a3,a1,804014c6 <__umoddi3+0x182>
804014c4:	96c2                	add	a3,a3,a6
804014c6:	8e8d                	sub	a3,a3,a1
804014c8:	02a6d633          	divu	a2,a3,a0
804014cc:	0742                	sll	a4,a4,0x10
804014ce:	8341                	srl	a4,a4,0x10
804014d0:	02a6f6b3          	remu	a3,a3,a0
804014d4:	02660633          	mul	a2,a2,t1
804014d8:	06c2                	sll	a3,a3,0x10
804014da:	8f55                	or	a4,a4,a3
804014dc:	00c77863          	bgeu	a4,a2,804014ec <__umoddi3+0x1a8>
804014e0:	9742                	add	a4,a4,a6
804014e2:	01076563          	bltu	a4,a6,804014ec <__umoddi3+0x1a8>
804014e6:	00c77363          	bgeu	a4,a2,804014ec <__umoddi3+0x1a8>
804014ea:	9742                	add	a4,a4,a6
804014ec:	8f11                	sub	a4,a4,a2
804014ee:	b791                	j	80401432 <__umoddi3+0xee>
804014f0:	16d5ed63          	bltu	a1,a3,8040166a <__umoddi3+0x326>
804014f4:	6841                	lui	a6,0x10
804014f6:	0506f763          	bgeu	a3,a6,80401544 <__umoddi3+0x200>
804014fa:	1006b813          	sltiu	a6,a3,256
804014fe:	00184813          	xor	a6,a6,1
80401502:	080e                	sll	a6,a6,0x3
80401504:	0106d333          	srl	t1,a3,a6
80401508:	00002897          	auipc	a7,0x2
8040150c:	2cc88893          	add	a7,a7,716 # 804037d4 <__clz_tab>
80401510:	989a                	add	a7,a7,t1
80401512:	0008c883          	lbu	a7,0(a7)
80401516:	02000313          	li	t1,32
8040151a:	98c2                	add	a7,a7,a6
8040151c:	41130833          	sub	a6,t1,a7
80401520:	03131963          	bne	t1,a7,80401552 <__umoddi3+0x20e>
80401524:	00b6e463          	bltu	a3,a1,8040152c <__umoddi3+0x1e8>
80401528:	00c56b63          	bltu	a0,a2,8040153e <__umoddi3+0x1fa>
8040152c:	40c50633          	sub	a2,a0,a2
80401530:	40d586b3          	sub	a3,a1,a3
80401534:	00c53733          	sltu	a4,a0,a2
80401538:	87b2                	mv	a5,a2
8040153a:	40e68733          	sub	a4,a3,a4
8040153e:	853e                	mv	a0,a5
80401540:	85ba                	mv	a1,a4
80401542:	8082                	ret
80401544:	010008b7          	lui	a7,0x1000
80401548:	4841                	li	a6,16
8040154a:	fb16ede3          	bltu	a3,a7,80401504 <__umoddi3+0x1c0>
8040154e:	4861                	li	a6,24
80401550:	bf55                	j	80401504 <__umoddi3+0x1c0>
80401552:	011657b3          	srl	a5,a2,a7
80401556:	010696b3          	sll	a3,a3,a6
8040155a:	8edd                	or	a3,a3,a5
8040155c:	0115d733          	srl	a4,a1,a7
80401560:	0106de13          	srl	t3,a3,0x10
80401564:	03c75f33          	divu	t5,a4,t3
80401568:	01069313          	sll	t1,a3,0x10
8040156c:	01035313          	srl	t1,t1,0x10
80401570:	010597b3          	sll	a5,a1,a6
80401574:	011555b3          	srl	a1,a0,a7
80401578:	8ddd                	or	a1,a1,a5
8040157a:	0105d793          	srl	a5,a1,0x10
8040157e:	01061633          	sll	a2,a2,a6
80401582:	01051533          	sll	a0,a0,a6
80401586:	03c77733          	remu	a4,a4,t3
8040158a:	03e30eb3          	mul	t4,t1,t5
8040158e:	0742                	sll	a4,a4,0x10
80401590:	8fd9                	or	a5,a5,a4
80401592:	877a                	mv	a4,t5
80401594:	01d7fc63          	bgeu	a5,t4,804015ac <__umoddi3+0x268>
80401598:	97b6                	add	a5,a5,a3
8040159a:	ffff0713          	add	a4,t5,-1
8040159e:	00d7e763          	bltu	a5,a3,804015ac <__umoddi3+0x268>
804015a2:	01d7f563          	bgeu	a5,t4,804015ac <__umoddi3+0x268>
804015a6:	ffef0713          	add	a4,t5,-2
804015aa:	97b6                	add	a5,a5,a3
804015ac:	41d787b3          	sub	a5,a5,t4
804015b0:	03c7deb3          	divu	t4,a5,t3
804015b4:	05c2                	sll	a1,a1,0x10
804015b6:	81c1                	srl	a1,a1,0x10
804015b8:	03c7f7b3          	remu	a5,a5,t3
804015bc:	8e76                	mv	t3,t4
804015be:	03d30333          	mul	t1,t1,t4
804015c2:	07c2                	sll	a5,a5,0x10
804015c4:	8ddd                	or	a1,a1,a5
804015c6:	0065fc63          	bgeu	a1,t1,804015de <__umoddi3+0x29a>
804015ca:	95b6                	add	a1,a1,a3
804015cc:	fffe8e13          	add	t3,t4,-1
804015d0:	00d5e763          	bltu	a1,a3,804015de <__umoddi3+0x29a>
804015d4:	0065f563          	bgeu	a1,t1,804015de <__umoddi3+0x29a>
804015d8:	ffee8e13          	add	t3,t4,-2
804015dc:	95b6                	add	a1,a1,a3
804015de:	01071793          	sll	a5,a4,0x10
804015e2:	6f41                	lui	t5,0x10
804015e4:	01c7e7b3          	or	a5,a5,t3
804015e8:	406585b3          	sub	a1,a1,t1
804015ec:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804015f0:	0067f733          	and	a4,a5,t1
804015f4:	01065e13          	srl	t3,a2,0x10
804015f8:	83c1                	srl	a5,a5,0x10
804015fa:	00667333          	and	t1,a2,t1
804015fe:	02670eb3          	mul	t4,a4,t1
80401602:	02678333          	mul	t1,a5,t1
80401606:	03c70733          	mul	a4,a4,t3
8040160a:	03c787b3          	mul	a5,a5,t3
8040160e:	00670e33          	add	t3,a4,t1
80401612:	010ed713          	srl	a4,t4,0x10
80401616:	9772                	add	a4,a4,t3
80401618:	00677363          	bgeu	a4,t1,8040161e <__umoddi3+0x2da>
8040161c:	97fa                	add	a5,a5,t5
8040161e:	01075313          	srl	t1,a4,0x10
80401622:	979a                	add	a5,a5,t1
80401624:	6341                	lui	t1,0x10
80401626:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80401628:	00677733          	and	a4,a4,t1
8040162c:	0742                	sll	a4,a4,0x10
8040162e:	006efeb3          	and	t4,t4,t1
80401632:	9776                	add	a4,a4,t4
80401634:	00f5e663          	bltu	a1,a5,80401640 <__umoddi3+0x2fc>
80401638:	00f59b63          	bne	a1,a5,8040164e <__umoddi3+0x30a>
8040163c:	00e57963          	bgeu	a0,a4,8040164e <__umoddi3+0x30a>
80401640:	40c70633          	sub	a2,a4,a2
80401644:	00c73333          	sltu	t1,a4,a2
80401648:	969a                	add	a3,a3,t1
8040164a:	8732                	mv	a4,a2
8040164c:	8f95                	sub	a5,a5,a3
8040164e:	40e50733          	sub	a4,a0,a4
80401652:	00e53533          	sltu	a0,a0,a4
80401656:	8d9d                	sub	a1,a1,a5
80401658:	8d89                	sub	a1,a1,a0
8040165a:	011598b3          	sll	a7,a1,a7
8040165e:	01075733          	srl	a4,a4,a6
80401662:	00e8e533          	or	a0,a7,a4
80401666:	0105d5b3          	srl	a1,a1,a6
8040166a:	8082                	ret

8040166c <__riscv_save_12>:
8040166c:	7139                	add	sp,sp,-64
8040166e:	4301                	li	t1,0
80401670:	c66e                	sw	s11,12(sp)
80401672:	a019                	j	80401678 <__riscv_save_10+0x4>

80401674 <__riscv_save_10>:
80401674:	7139                	add	sp,sp,-64
80401676:	5341                	li	t1,-16
80401678:	c86a                	sw	s10,16(sp)
8040167a:	ca66                	sw	s9,20(sp)
8040167c:	cc62                	sw	s8,24(sp)
8040167e:	ce5e                	sw	s7,28(sp)
80401680:	a019                	j	80401686 <__riscv_save_4+0x4>

80401682 <__riscv_save_4>:
80401682:	7139                	add	sp,sp,-64
80401684:	5301                	li	t1,-32
80401686:	d05a                	sw	s6,32(sp)
80401688:	d256                	sw	s5,36(sp)
8040168a:	d452                	sw	s4,40(sp)
8040168c:	d64e                	sw	s3,44(sp)
8040168e:	d84a                	sw	s2,48(sp)
80401690:	da26                	sw	s1,52(sp)
80401692:	dc22                	sw	s0,56(sp)
80401694:	de06                	sw	ra,60(sp)
80401696:	40610133          	sub	sp,sp,t1
8040169a:	8282                	jr	t0

8040169c <__riscv_save_0>:
8040169c:	1141                	add	sp,sp,-16
8040169e:	c04a                	sw	s2,0(sp)
804016a0:	c226                	sw	s1,4(sp)
804016a2:	c422                	sw	s0,8(sp)
804016a4:	c606                	sw	ra,12(sp)
804016a6:	8282                	jr	t0

804016a8 <__riscv_restore_12>:
804016a8:	4db2                	lw	s11,12(sp)
804016aa:	0141                	add	sp,sp,16

804016ac <__riscv_restore_10>:
804016ac:	4d02                	lw	s10,0(sp)
804016ae:	4c92                	lw	s9,4(sp)
804016b0:	4c22                	lw	s8,8(sp)
804016b2:	4bb2                	lw	s7,12(sp)
804016b4:	0141                	add	sp,sp,16

804016b6 <__riscv_restore_4>:
804016b6:	4b02                	lw	s6,0(sp)
804016b8:	4a92                	lw	s5,4(sp)
804016ba:	4a22                	lw	s4,8(sp)
804016bc:	49b2                	lw	s3,12(sp)
804016be:	0141                	add	sp,sp,16

804016c0 <__riscv_restore_0>:
804016c0:	4902                	lw	s2,0(sp)
804016c2:	4492                	lw	s1,4(sp)
804016c4:	4422                	lw	s0,8(sp)
804016c6:	40b2                	lw	ra,12(sp)
804016c8:	0141                	add	sp,sp,16
804016ca:	8082                	ret

804016cc <printf>:
804016cc:	7139                	add	sp,sp,-64
804016ce:	da3e                	sw	a5,52(sp)
804016d0:	804047b7          	lui	a5,0x80404
804016d4:	d22e                	sw	a1,36(sp)
804016d6:	85aa                	mv	a1,a0
804016d8:	8e47a503          	lw	a0,-1820(a5) # 804038e4 <stdout>
804016dc:	d432                	sw	a2,40(sp)
804016de:	1050                	add	a2,sp,36
804016e0:	ce06                	sw	ra,28(sp)
804016e2:	d636                	sw	a3,44(sp)
804016e4:	d83a                	sw	a4,48(sp)
804016e6:	dc42                	sw	a6,56(sp)
804016e8:	de46                	sw	a7,60(sp)
804016ea:	c632                	sw	a2,12(sp)
804016ec:	00000097          	auipc	ra,0x0
804016f0:	222080e7          	jalr	546(ra) # 8040190e <__d_vfprintf>
804016f4:	40f2                	lw	ra,28(sp)
804016f6:	6121                	add	sp,sp,64
804016f8:	8082                	ret

804016fa <__ultoa_invert>:
804016fa:	00000317          	auipc	t1,0x0
804016fe:	f7a302e7          	jalr	t0,-134(t1) # 80401674 <__riscv_save_10>
80401702:	2006f793          	and	a5,a3,512
80401706:	89aa                	mv	s3,a0
80401708:	8a2e                	mv	s4,a1
8040170a:	8932                	mv	s2,a2
8040170c:	84b6                	mv	s1,a3
8040170e:	02700b13          	li	s6,39
80401712:	c781                	beqz	a5,8040171a <__ultoa_invert+0x20>
80401714:	dff6f493          	and	s1,a3,-513
80401718:	4b1d                	li	s6,7
8040171a:	41f4da93          	sra	s5,s1,0x1f
8040171e:	4ca5                	li	s9,9
80401720:	8626                	mv	a2,s1
80401722:	86d6                	mv	a3,s5
80401724:	854e                	mv	a0,s3
80401726:	85d2                	mv	a1,s4
80401728:	00000097          	auipc	ra,0x0
8040172c:	c1c080e7          	jalr	-996(ra) # 80401344 <__umoddi3>
80401730:	85d2                	mv	a1,s4
80401732:	0ff57413          	zext.b	s0,a0
80401736:	8626                	mv	a2,s1
80401738:	854e                	mv	a0,s3
8040173a:	86d6                	mv	a3,s5
8040173c:	00000097          	auipc	ra,0x0
80401740:	8aa080e7          	jalr	-1878(ra) # 80400fe6 <__udivdi3>
80401744:	8c4e                	mv	s8,s3
80401746:	8bd2                	mv	s7,s4
80401748:	89aa                	mv	s3,a0
8040174a:	8a2e                	mv	s4,a1
8040174c:	008cf563          	bgeu	s9,s0,80401756 <__ultoa_invert+0x5c>
80401750:	945a                	add	s0,s0,s6
80401752:	0ff47413          	zext.b	s0,s0
80401756:	0905                	add	s2,s2,1
80401758:	03040413          	add	s0,s0,48
8040175c:	fe890fa3          	sb	s0,-1(s2)
80401760:	015be663          	bltu	s7,s5,8040176c <__ultoa_invert+0x72>
80401764:	fb7a9ee3          	bne	s5,s7,80401720 <__ultoa_invert+0x26>
80401768:	fa9c7ce3          	bgeu	s8,s1,80401720 <__ultoa_invert+0x26>
8040176c:	854a                	mv	a0,s2
8040176e:	00000317          	auipc	t1,0x0
80401772:	f3e30067          	jr	-194(t1) # 804016ac <__riscv_restore_10>

80401776 <skip_to_arg>:
80401776:	00000317          	auipc	t1,0x0
8040177a:	efe302e7          	jalr	t0,-258(t1) # 80401674 <__riscv_save_10>
8040177e:	4305                	li	t1,1
80401780:	02500f13          	li	t5,37
80401784:	88aa                	mv	a7,a0
80401786:	00c34663          	blt	t1,a2,80401792 <skip_to_arg+0x1c>
8040178a:	00000317          	auipc	t1,0x0
8040178e:	f2230067          	jr	-222(t1) # 804016ac <__riscv_restore_10>
80401792:	87c6                	mv	a5,a7
80401794:	88be                	mv	a7,a5
80401796:	0007c703          	lbu	a4,0(a5)
8040179a:	0785                	add	a5,a5,1
8040179c:	d77d                	beqz	a4,8040178a <skip_to_arg+0x14>
8040179e:	ffe71be3          	bne	a4,t5,80401794 <skip_to_arg+0x1e>
804017a2:	0007c703          	lbu	a4,0(a5)
804017a6:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804017a8:	ffe705e3          	beq	a4,t5,80401792 <skip_to_arg+0x1c>
804017ac:	6ecd                	lui	t4,0x13
804017ae:	4681                	li	a3,0
804017b0:	4e01                	li	t3,0
804017b2:	4781                	li	a5,0
804017b4:	42fd                	li	t0,31
804017b6:	06c00f93          	li	t6,108
804017ba:	07400393          	li	t2,116
804017be:	07a00413          	li	s0,122
804017c2:	06800493          	li	s1,104
804017c6:	06a00913          	li	s2,106
804017ca:	04c00993          	li	s3,76
804017ce:	4a25                	li	s4,9
804017d0:	02400a93          	li	s5,36
804017d4:	07f00b13          	li	s6,127
804017d8:	4bc1                	li	s7,16
804017da:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
804017de:	04f2e263          	bltu	t0,a5,80401822 <skip_to_arg+0xac>
804017e2:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
804017e6:	0ff87813          	zext.b	a6,a6
804017ea:	030bf163          	bgeu	s7,a6,8040180c <skip_to_arg+0x96>
804017ee:	fd070813          	add	a6,a4,-48
804017f2:	0ff87813          	zext.b	a6,a6
804017f6:	4c25                	li	s8,9
804017f8:	050c6563          	bltu	s8,a6,80401842 <skip_to_arg+0xcc>
804017fc:	47a9                	li	a5,10
804017fe:	02f687b3          	mul	a5,a3,a5
80401802:	00f806b3          	add	a3,a6,a5
80401806:	02000793          	li	a5,32
8040180a:	a039                	j	80401818 <skip_to_arg+0xa2>
8040180c:	010ed833          	srl	a6,t4,a6
80401810:	00187813          	and	a6,a6,1
80401814:	00080963          	beqz	a6,80401826 <skip_to_arg+0xb0>
80401818:	0008c703          	lbu	a4,0(a7)
8040181c:	0885                	add	a7,a7,1
8040181e:	f361                	bnez	a4,804017de <skip_to_arg+0x68>
80401820:	a8b1                	j	8040187c <skip_to_arg+0x106>
80401822:	04fb6363          	bltu	s6,a5,80401868 <skip_to_arg+0xf2>
80401826:	fd070813          	add	a6,a4,-48
8040182a:	0ff87813          	zext.b	a6,a6
8040182e:	fd0a77e3          	bgeu	s4,a6,804017fc <skip_to_arg+0x86>
80401832:	03571563          	bne	a4,s5,8040185c <skip_to_arg+0xe6>
80401836:	0a0e0063          	beqz	t3,804018d6 <skip_to_arg+0x160>
8040183a:	0a668063          	beq	a3,t1,804018da <skip_to_arg+0x164>
8040183e:	4681                	li	a3,0
80401840:	bfe1                	j	80401818 <skip_to_arg+0xa2>
80401842:	0fb77813          	and	a6,a4,251
80401846:	02a00c13          	li	s8,42
8040184a:	ff880ae3          	beq	a6,s8,8040183e <skip_to_arg+0xc8>
8040184e:	06c00813          	li	a6,108
80401852:	01071d63          	bne	a4,a6,8040186c <skip_to_arg+0xf6>
80401856:	0807e793          	or	a5,a5,128
8040185a:	bf7d                	j	80401818 <skip_to_arg+0xa2>
8040185c:	0fb77813          	and	a6,a4,251
80401860:	02a00c13          	li	s8,42
80401864:	fd880de3          	beq	a6,s8,8040183e <skip_to_arg+0xc8>
80401868:	05f70663          	beq	a4,t6,804018b4 <skip_to_arg+0x13e>
8040186c:	02efef63          	bltu	t6,a4,804018aa <skip_to_arg+0x134>
80401870:	04970863          	beq	a4,s1,804018c0 <skip_to_arg+0x14a>
80401874:	05270e63          	beq	a4,s2,804018d0 <skip_to_arg+0x15a>
80401878:	05370c63          	beq	a4,s3,804018d0 <skip_to_arg+0x15a>
8040187c:	f00e07e3          	beqz	t3,8040178a <skip_to_arg+0x14>
80401880:	f06e13e3          	bne	t3,t1,80401786 <skip_to_arg+0x10>
80401884:	02076893          	or	a7,a4,32
80401888:	f9b88813          	add	a6,a7,-101
8040188c:	0ff87813          	zext.b	a6,a6
80401890:	4e09                	li	t3,2
80401892:	4194                	lw	a3,0(a1)
80401894:	010e7663          	bgeu	t3,a6,804018a0 <skip_to_arg+0x12a>
80401898:	06100813          	li	a6,97
8040189c:	05089263          	bne	a7,a6,804018e0 <skip_to_arg+0x16a>
804018a0:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804018a2:	9ae1                	and	a3,a3,-8
804018a4:	00868713          	add	a4,a3,8
804018a8:	a091                	j	804018ec <skip_to_arg+0x176>
804018aa:	f67707e3          	beq	a4,t2,80401818 <skip_to_arg+0xa2>
804018ae:	f68705e3          	beq	a4,s0,80401818 <skip_to_arg+0xa2>
804018b2:	b7e9                	j	8040187c <skip_to_arg+0x106>
804018b4:	0807f713          	and	a4,a5,128
804018b8:	df59                	beqz	a4,80401856 <skip_to_arg+0xe0>
804018ba:	2007e793          	or	a5,a5,512
804018be:	bf61                	j	80401856 <skip_to_arg+0xe0>
804018c0:	1007f713          	and	a4,a5,256
804018c4:	c319                	beqz	a4,804018ca <skip_to_arg+0x154>
804018c6:	2007e793          	or	a5,a5,512
804018ca:	1007e793          	or	a5,a5,256
804018ce:	b7a9                	j	80401818 <skip_to_arg+0xa2>
804018d0:	2807e793          	or	a5,a5,640
804018d4:	b791                	j	80401818 <skip_to_arg+0xa2>
804018d6:	8e36                	mv	t3,a3
804018d8:	b79d                	j	8040183e <skip_to_arg+0xc8>
804018da:	06300713          	li	a4,99
804018de:	b75d                	j	80401884 <skip_to_arg+0x10e>
804018e0:	06300813          	li	a6,99
804018e4:	01071763          	bne	a4,a6,804018f2 <skip_to_arg+0x17c>
804018e8:	00468713          	add	a4,a3,4
804018ec:	c198                	sw	a4,0(a1)
804018ee:	0305                	add	t1,t1,1
804018f0:	bd51                	j	80401784 <skip_to_arg+0xe>
804018f2:	07300813          	li	a6,115
804018f6:	ff0709e3          	beq	a4,a6,804018e8 <skip_to_arg+0x172>
804018fa:	0807f813          	and	a6,a5,128
804018fe:	00468713          	add	a4,a3,4
80401902:	fe0805e3          	beqz	a6,804018ec <skip_to_arg+0x176>
80401906:	2007f793          	and	a5,a5,512
8040190a:	d3ed                	beqz	a5,804018ec <skip_to_arg+0x176>
8040190c:	bf51                	j	804018a0 <skip_to_arg+0x12a>

8040190e <__d_vfprintf>:
8040190e:	00000317          	auipc	t1,0x0
80401912:	d5e302e7          	jalr	t0,-674(t1) # 8040166c <__riscv_save_12>
80401916:	00454783          	lbu	a5,4(a0)
8040191a:	7139                	add	sp,sp,-64
8040191c:	c02a                	sw	a0,0(sp)
8040191e:	c42e                	sw	a1,8(sp)
80401920:	c632                	sw	a2,12(sp)
80401922:	8b89                	and	a5,a5,2
80401924:	00852a03          	lw	s4,8(a0)
80401928:	c785                	beqz	a5,80401950 <__d_vfprintf+0x42>
8040192a:	d232                	sw	a2,36(sp)
8040192c:	87ae                	mv	a5,a1
8040192e:	4401                	li	s0,0
80401930:	0007c903          	lbu	s2,0(a5)
80401934:	00090f63          	beqz	s2,80401952 <__d_vfprintf+0x44>
80401938:	02500713          	li	a4,37
8040193c:	02e90163          	beq	s2,a4,8040195e <__d_vfprintf+0x50>
80401940:	0785                	add	a5,a5,1
80401942:	c23e                	sw	a5,4(sp)
80401944:	4582                	lw	a1,0(sp)
80401946:	854a                	mv	a0,s2
80401948:	0405                	add	s0,s0,1
8040194a:	9a02                	jalr	s4
8040194c:	2a0557e3          	bgez	a0,804023fa <__d_vfprintf+0xaec>
80401950:	547d                	li	s0,-1
80401952:	8522                	mv	a0,s0
80401954:	6121                	add	sp,sp,64
80401956:	00000317          	auipc	t1,0x0
8040195a:	d5230067          	jr	-686(t1) # 804016a8 <__riscv_restore_12>
8040195e:	0017c903          	lbu	s2,1(a5)
80401962:	00278713          	add	a4,a5,2
80401966:	c23a                	sw	a4,4(sp)
80401968:	02500793          	li	a5,37
8040196c:	fcf90ce3          	beq	s2,a5,80401944 <__d_vfprintf+0x36>
80401970:	804034b7          	lui	s1,0x80403
80401974:	4a81                	li	s5,0
80401976:	4d01                	li	s10,0
80401978:	4b01                	li	s6,0
8040197a:	4d81                	li	s11,0
8040197c:	06c00993          	li	s3,108
80401980:	07400b93          	li	s7,116
80401984:	07a00c13          	li	s8,122
80401988:	06800c93          	li	s9,104
8040198c:	40848493          	add	s1,s1,1032 # 80403408 <msg.0+0x1c>
80401990:	47fd                	li	a5,31
80401992:	07b7e163          	bltu	a5,s11,804019f4 <__d_vfprintf+0xe6>
80401996:	fe090793          	add	a5,s2,-32
8040199a:	0ff7f793          	zext.b	a5,a5
8040199e:	4741                	li	a4,16
804019a0:	00f76663          	bltu	a4,a5,804019ac <__d_vfprintf+0x9e>
804019a4:	078a                	sll	a5,a5,0x2
804019a6:	97a6                	add	a5,a5,s1
804019a8:	439c                	lw	a5,0(a5)
804019aa:	8782                	jr	a5
804019ac:	fd090793          	add	a5,s2,-48
804019b0:	0ff7f793          	zext.b	a5,a5
804019b4:	4725                	li	a4,9
804019b6:	06f76463          	bltu	a4,a5,80401a1e <__d_vfprintf+0x110>
804019ba:	46a9                	li	a3,10
804019bc:	02db06b3          	mul	a3,s6,a3
804019c0:	00f68b33          	add	s6,a3,a5
804019c4:	020ded93          	or	s11,s11,32
804019c8:	a019                	j	804019ce <__d_vfprintf+0xc0>
804019ca:	001ded93          	or	s11,s11,1
804019ce:	4792                	lw	a5,4(sp)
804019d0:	0007c903          	lbu	s2,0(a5)
804019d4:	0785                	add	a5,a5,1
804019d6:	c23e                	sw	a5,4(sp)
804019d8:	fa091ce3          	bnez	s2,80401990 <__d_vfprintf+0x82>
804019dc:	a8cd                	j	80401ace <__d_vfprintf+0x1c0>
804019de:	002ded93          	or	s11,s11,2
804019e2:	004ded93          	or	s11,s11,4
804019e6:	b7e5                	j	804019ce <__d_vfprintf+0xc0>
804019e8:	008ded93          	or	s11,s11,8
804019ec:	b7cd                	j	804019ce <__d_vfprintf+0xc0>
804019ee:	010ded93          	or	s11,s11,16
804019f2:	bff1                	j	804019ce <__d_vfprintf+0xc0>
804019f4:	07f00793          	li	a5,127
804019f8:	0bb7ed63          	bltu	a5,s11,80401ab2 <__d_vfprintf+0x1a4>
804019fc:	fd090693          	add	a3,s2,-48
80401a00:	0ff6f693          	zext.b	a3,a3
80401a04:	47a5                	li	a5,9
80401a06:	00d7ec63          	bltu	a5,a3,80401a1e <__d_vfprintf+0x110>
80401a0a:	040df613          	and	a2,s11,64
80401a0e:	87b6                	mv	a5,a3
80401a10:	d64d                	beqz	a2,804019ba <__d_vfprintf+0xac>
80401a12:	47a9                	li	a5,10
80401a14:	02fd07b3          	mul	a5,s10,a5
80401a18:	00d78d33          	add	s10,a5,a3
80401a1c:	bf4d                	j	804019ce <__d_vfprintf+0xc0>
80401a1e:	02a00793          	li	a5,42
80401a22:	02f91663          	bne	s2,a5,80401a4e <__d_vfprintf+0x140>
80401a26:	fa0a94e3          	bnez	s5,804019ce <__d_vfprintf+0xc0>
80401a2a:	5692                	lw	a3,36(sp)
80401a2c:	040df793          	and	a5,s11,64
80401a30:	00468613          	add	a2,a3,4
80401a34:	4294                	lw	a3,0(a3)
80401a36:	d232                	sw	a2,36(sp)
80401a38:	c399                	beqz	a5,80401a3e <__d_vfprintf+0x130>
80401a3a:	8d36                	mv	s10,a3
80401a3c:	bf49                	j	804019ce <__d_vfprintf+0xc0>
80401a3e:	8b36                	mv	s6,a3
80401a40:	f806d2e3          	bgez	a3,804019c4 <__d_vfprintf+0xb6>
80401a44:	40d00b33          	neg	s6,a3
80401a48:	028ded93          	or	s11,s11,40
80401a4c:	b749                	j	804019ce <__d_vfprintf+0xc0>
80401a4e:	02e00793          	li	a5,46
80401a52:	00f91963          	bne	s2,a5,80401a64 <__d_vfprintf+0x156>
80401a56:	040df793          	and	a5,s11,64
80401a5a:	ee079ce3          	bnez	a5,80401952 <__d_vfprintf+0x44>
80401a5e:	040ded93          	or	s11,s11,64
80401a62:	b7b5                	j	804019ce <__d_vfprintf+0xc0>
80401a64:	02400793          	li	a5,36
80401a68:	04f91563          	bne	s2,a5,80401ab2 <__d_vfprintf+0x1a4>
80401a6c:	140a8363          	beqz	s5,80401bb2 <__d_vfprintf+0x2a4>
80401a70:	47b2                	lw	a5,12(sp)
80401a72:	d23e                	sw	a5,36(sp)
80401a74:	040df793          	and	a5,s11,64
80401a78:	ef99                	bnez	a5,80401a96 <__d_vfprintf+0x188>
80401a7a:	4522                	lw	a0,8(sp)
80401a7c:	865a                	mv	a2,s6
80401a7e:	104c                	add	a1,sp,36
80401a80:	00000097          	auipc	ra,0x0
80401a84:	cf6080e7          	jalr	-778(ra) # 80401776 <skip_to_arg>
80401a88:	5792                	lw	a5,36(sp)
80401a8a:	00478693          	add	a3,a5,4
80401a8e:	0007ab03          	lw	s6,0(a5)
80401a92:	d236                	sw	a3,36(sp)
80401a94:	bf2d                	j	804019ce <__d_vfprintf+0xc0>
80401a96:	4522                	lw	a0,8(sp)
80401a98:	866a                	mv	a2,s10
80401a9a:	104c                	add	a1,sp,36
80401a9c:	00000097          	auipc	ra,0x0
80401aa0:	cda080e7          	jalr	-806(ra) # 80401776 <skip_to_arg>
80401aa4:	5792                	lw	a5,36(sp)
80401aa6:	00478693          	add	a3,a5,4
80401aaa:	0007ad03          	lw	s10,0(a5)
80401aae:	d236                	sw	a3,36(sp)
80401ab0:	bf39                	j	804019ce <__d_vfprintf+0xc0>
80401ab2:	0d390d63          	beq	s2,s3,80401b8c <__d_vfprintf+0x27e>
80401ab6:	0d29e663          	bltu	s3,s2,80401b82 <__d_vfprintf+0x274>
80401aba:	0f990163          	beq	s2,s9,80401b9c <__d_vfprintf+0x28e>
80401abe:	06a00793          	li	a5,106
80401ac2:	0ef90563          	beq	s2,a5,80401bac <__d_vfprintf+0x29e>
80401ac6:	04c00793          	li	a5,76
80401aca:	0ef90163          	beq	s2,a5,80401bac <__d_vfprintf+0x29e>
80401ace:	000a8b63          	beqz	s5,80401ae4 <__d_vfprintf+0x1d6>
80401ad2:	47b2                	lw	a5,12(sp)
80401ad4:	4522                	lw	a0,8(sp)
80401ad6:	8656                	mv	a2,s5
80401ad8:	104c                	add	a1,sp,36
80401ada:	d23e                	sw	a5,36(sp)
80401adc:	00000097          	auipc	ra,0x0
80401ae0:	c9a080e7          	jalr	-870(ra) # 80401776 <skip_to_arg>
80401ae4:	000d5963          	bgez	s10,80401af6 <__d_vfprintf+0x1e8>
80401ae8:	fbfdf813          	and	a6,s11,-65
80401aec:	01081d93          	sll	s11,a6,0x10
80401af0:	010ddd93          	srl	s11,s11,0x10
80401af4:	4d01                	li	s10,0
80401af6:	02096c93          	or	s9,s2,32
80401afa:	f9bc8793          	add	a5,s9,-101
80401afe:	0ff7f793          	zext.b	a5,a5
80401b02:	4709                	li	a4,2
80401b04:	0af77d63          	bgeu	a4,a5,80401bbe <__d_vfprintf+0x2b0>
80401b08:	06100793          	li	a5,97
80401b0c:	6afc9763          	bne	s9,a5,804021ba <__d_vfprintf+0x8ac>
80401b10:	5792                	lw	a5,36(sp)
80401b12:	6a89                	lui	s5,0x2
80401b14:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80401b18:	079d                	add	a5,a5,7
80401b1a:	9be1                	and	a5,a5,-8
80401b1c:	0047ab83          	lw	s7,4(a5)
80401b20:	0007a883          	lw	a7,0(a5)
80401b24:	00878713          	add	a4,a5,8
80401b28:	414bd993          	sra	s3,s7,0x14
80401b2c:	00cb9c13          	sll	s8,s7,0xc
80401b30:	7ff9f993          	and	s3,s3,2047
80401b34:	00cc5c93          	srl	s9,s8,0xc
80401b38:	015deab3          	or	s5,s11,s5
80401b3c:	0119e533          	or	a0,s3,a7
80401b40:	fff94913          	not	s2,s2
80401b44:	0ac2                	sll	s5,s5,0x10
80401b46:	d23a                	sw	a4,36(sp)
80401b48:	019567b3          	or	a5,a0,s9
80401b4c:	02097913          	and	s2,s2,32
80401b50:	010ada93          	srl	s5,s5,0x10
80401b54:	86c6                	mv	a3,a7
80401b56:	8c66                	mv	s8,s9
80401b58:	040df813          	and	a6,s11,64
80401b5c:	01fbdb93          	srl	s7,s7,0x1f
80401b60:	efcd                	bnez	a5,80401c1a <__d_vfprintf+0x30c>
80401b62:	03000793          	li	a5,48
80401b66:	0ffbfb93          	zext.b	s7,s7
80401b6a:	02f106a3          	sb	a5,45(sp)
80401b6e:	03710623          	sb	s7,44(sp)
80401b72:	26080363          	beqz	a6,80401dd8 <__d_vfprintf+0x4ca>
80401b76:	47b1                	li	a5,12
80401b78:	4981                	li	s3,0
80401b7a:	0da7d463          	bge	a5,s10,80401c42 <__d_vfprintf+0x334>
80401b7e:	4d35                	li	s10,13
80401b80:	aab5                	j	80401cfc <__d_vfprintf+0x3ee>
80401b82:	e57906e3          	beq	s2,s7,804019ce <__d_vfprintf+0xc0>
80401b86:	e58904e3          	beq	s2,s8,804019ce <__d_vfprintf+0xc0>
80401b8a:	b791                	j	80401ace <__d_vfprintf+0x1c0>
80401b8c:	080df793          	and	a5,s11,128
80401b90:	c399                	beqz	a5,80401b96 <__d_vfprintf+0x288>
80401b92:	200ded93          	or	s11,s11,512
80401b96:	080ded93          	or	s11,s11,128
80401b9a:	bd15                	j	804019ce <__d_vfprintf+0xc0>
80401b9c:	100df793          	and	a5,s11,256
80401ba0:	c399                	beqz	a5,80401ba6 <__d_vfprintf+0x298>
80401ba2:	200ded93          	or	s11,s11,512
80401ba6:	100ded93          	or	s11,s11,256
80401baa:	b515                	j	804019ce <__d_vfprintf+0xc0>
80401bac:	280ded93          	or	s11,s11,640
80401bb0:	bd39                	j	804019ce <__d_vfprintf+0xc0>
80401bb2:	875a                	mv	a4,s6
80401bb4:	4d01                	li	s10,0
80401bb6:	4b01                	li	s6,0
80401bb8:	8aba                	mv	s5,a4
80401bba:	4d81                	li	s11,0
80401bbc:	bd09                	j	804019ce <__d_vfprintf+0xc0>
80401bbe:	5792                	lw	a5,36(sp)
80401bc0:	fff94913          	not	s2,s2
80401bc4:	02097913          	and	s2,s2,32
80401bc8:	079d                	add	a5,a5,7
80401bca:	9be1                	and	a5,a5,-8
80401bcc:	00878713          	add	a4,a5,8
80401bd0:	4388                	lw	a0,0(a5)
80401bd2:	43cc                	lw	a1,4(a5)
80401bd4:	d23a                	sw	a4,36(sp)
80401bd6:	040df793          	and	a5,s11,64
80401bda:	22078363          	beqz	a5,80401e00 <__d_vfprintf+0x4f2>
80401bde:	06500793          	li	a5,101
80401be2:	22fc9163          	bne	s9,a5,80401e04 <__d_vfprintf+0x4f6>
80401be6:	6785                	lui	a5,0x1
80401be8:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe7a21>
80401bec:	00fdedb3          	or	s11,s11,a5
80401bf0:	0ff67613          	zext.b	a2,a2
80401bf4:	4701                	li	a4,0
80401bf6:	4781                	li	a5,0
80401bf8:	4345                	li	t1,17
80401bfa:	0ff67693          	zext.b	a3,a2
80401bfe:	00c37363          	bgeu	t1,a2,80401c04 <__d_vfprintf+0x2f6>
80401c02:	46c5                	li	a3,17
80401c04:	1030                	add	a2,sp,40
80401c06:	00001097          	auipc	ra,0x1
80401c0a:	b52080e7          	jalr	-1198(ra) # 80402758 <__dtoa_engine>
80401c0e:	0ff57b93          	zext.b	s7,a0
80401c12:	59a2                	lw	s3,40(sp)
80401c14:	8aee                	mv	s5,s11
80401c16:	4c09                	li	s8,2
80401c18:	aa21                	j	80401d30 <__d_vfprintf+0x422>
80401c1a:	03100793          	li	a5,49
80401c1e:	00099563          	bnez	s3,80401c28 <__d_vfprintf+0x31a>
80401c22:	03000793          	li	a5,48
80401c26:	4985                	li	s3,1
80401c28:	0ffbfb93          	zext.b	s7,s7
80401c2c:	02f106a3          	sb	a5,45(sp)
80401c30:	03710623          	sb	s7,44(sp)
80401c34:	c0198993          	add	s3,s3,-1023
80401c38:	18080763          	beqz	a6,80401dc6 <__d_vfprintf+0x4b8>
80401c3c:	47b1                	li	a5,12
80401c3e:	19a7c663          	blt	a5,s10,80401dca <__d_vfprintf+0x4bc>
80401c42:	4335                	li	t1,13
80401c44:	41a30333          	sub	t1,t1,s10
80401c48:	00231d93          	sll	s11,t1,0x2
80401c4c:	fffd8613          	add	a2,s11,-1
80401c50:	4505                	li	a0,1
80401c52:	4581                	li	a1,0
80401c54:	ca46                	sw	a7,20(sp)
80401c56:	c836                	sw	a3,16(sp)
80401c58:	fffff097          	auipc	ra,0xfffff
80401c5c:	300080e7          	jalr	768(ra) # 80400f58 <__ashldi3>
80401c60:	84aa                	mv	s1,a0
80401c62:	872e                	mv	a4,a1
80401c64:	00171793          	sll	a5,a4,0x1
80401c68:	85aa                	mv	a1,a0
80401c6a:	01f4d513          	srl	a0,s1,0x1f
80401c6e:	00149e13          	sll	t3,s1,0x1
80401c72:	8fc9                	or	a5,a5,a0
80401c74:	40f00c33          	neg	s8,a5
80401c78:	01c03533          	snez	a0,t3
80401c7c:	48d2                	lw	a7,20(sp)
80401c7e:	41c00833          	neg	a6,t3
80401c82:	40ac0c33          	sub	s8,s8,a0
80401c86:	fffe0513          	add	a0,t3,-1
80401c8a:	001e3e13          	seqz	t3,t3
80401c8e:	41c787b3          	sub	a5,a5,t3
80401c92:	0197f7b3          	and	a5,a5,s9
80401c96:	01157533          	and	a0,a0,a7
80401c9a:	02f74863          	blt	a4,a5,80401cca <__d_vfprintf+0x3bc>
80401c9e:	46c2                	lw	a3,16(sp)
80401ca0:	00e79463          	bne	a5,a4,80401ca8 <__d_vfprintf+0x39a>
80401ca4:	02a5e363          	bltu	a1,a0,80401cca <__d_vfprintf+0x3bc>
80401ca8:	8546                	mv	a0,a7
80401caa:	866e                	mv	a2,s11
80401cac:	85e6                	mv	a1,s9
80401cae:	ce3a                	sw	a4,28(sp)
80401cb0:	cc42                	sw	a6,24(sp)
80401cb2:	ca36                	sw	a3,20(sp)
80401cb4:	c846                	sw	a7,16(sp)
80401cb6:	fffff097          	auipc	ra,0xfffff
80401cba:	2ca080e7          	jalr	714(ra) # 80400f80 <__ashrdi3>
80401cbe:	8905                	and	a0,a0,1
80401cc0:	48c2                	lw	a7,16(sp)
80401cc2:	46d2                	lw	a3,20(sp)
80401cc4:	4862                	lw	a6,24(sp)
80401cc6:	4772                	lw	a4,28(sp)
80401cc8:	c94d                	beqz	a0,80401d7a <__d_vfprintf+0x46c>
80401cca:	00988533          	add	a0,a7,s1
80401cce:	01153db3          	sltu	s11,a0,a7
80401cd2:	9766                	add	a4,a4,s9
80401cd4:	00ed8cb3          	add	s9,s11,a4
80401cd8:	001007b7          	lui	a5,0x100
80401cdc:	86aa                	mv	a3,a0
80401cde:	08fcce63          	blt	s9,a5,80401d7a <__d_vfprintf+0x46c>
80401ce2:	02d14783          	lbu	a5,45(sp)
80401ce6:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80401ce8:	02f106a3          	sb	a5,45(sp)
80401cec:	40000793          	li	a5,1024
80401cf0:	0af98163          	beq	s3,a5,80401d92 <__d_vfprintf+0x484>
80401cf4:	00a87533          	and	a0,a6,a0
80401cf8:	019c7c33          	and	s8,s8,s9
80401cfc:	05700613          	li	a2,87
80401d00:	1034                	add	a3,sp,40
80401d02:	4735                	li	a4,13
80401d04:	45a5                	li	a1,9
80401d06:	41260633          	sub	a2,a2,s2
80401d0a:	01cc1813          	sll	a6,s8,0x1c
80401d0e:	00f57793          	and	a5,a0,15
80401d12:	8111                	srl	a0,a0,0x4
80401d14:	00a86533          	or	a0,a6,a0
80401d18:	404c5c13          	sra	s8,s8,0x4
80401d1c:	e7e1                	bnez	a5,80401de4 <__d_vfprintf+0x4d6>
80401d1e:	0ced5563          	bge	s10,a4,80401de8 <__d_vfprintf+0x4da>
80401d22:	177d                	add	a4,a4,-1
80401d24:	16fd                	add	a3,a3,-1
80401d26:	f375                	bnez	a4,80401d0a <__d_vfprintf+0x3fc>
80401d28:	4c05                	li	s8,1
80401d2a:	4bb9                	li	s7,14
80401d2c:	07000c93          	li	s9,112
80401d30:	00998713          	add	a4,s3,9
80401d34:	46c9                	li	a3,18
80401d36:	87ce                	mv	a5,s3
80401d38:	06e6e863          	bltu	a3,a4,80401da8 <__d_vfprintf+0x49a>
80401d3c:	02c14703          	lbu	a4,44(sp)
80401d40:	00177d93          	and	s11,a4,1
80401d44:	8b31                	and	a4,a4,12
80401d46:	120d9a63          	bnez	s11,80401e7a <__d_vfprintf+0x56c>
80401d4a:	002af793          	and	a5,s5,2
80401d4e:	12079263          	bnez	a5,80401e72 <__d_vfprintf+0x564>
80401d52:	004af793          	and	a5,s5,4
80401d56:	cfe9                	beqz	a5,80401e30 <__d_vfprintf+0x522>
80401d58:	12071563          	bnez	a4,80401e82 <__d_vfprintf+0x574>
80401d5c:	02000713          	li	a4,32
80401d60:	678d                	lui	a5,0x3
80401d62:	00faf7b3          	and	a5,s5,a5
80401d66:	1c079363          	bnez	a5,80401f2c <__d_vfprintf+0x61e>
80401d6a:	000d1363          	bnez	s10,80401d70 <__d_vfprintf+0x462>
80401d6e:	4d05                	li	s10,1
80401d70:	103c                	add	a5,sp,40
80401d72:	97de                	add	a5,a5,s7
80401d74:	03000693          	li	a3,48
80401d78:	aa9d                	j	80401eee <__d_vfprintf+0x5e0>
80401d7a:	0106f6b3          	and	a3,a3,a6
80401d7e:	018cfcb3          	and	s9,s9,s8
80401d82:	40000793          	li	a5,1024
80401d86:	04f99c63          	bne	s3,a5,80401dde <__d_vfprintf+0x4d0>
80401d8a:	0196ecb3          	or	s9,a3,s9
80401d8e:	040c8063          	beqz	s9,80401dce <__d_vfprintf+0x4c0>
80401d92:	008beb93          	or	s7,s7,8
80401d96:	03710623          	sb	s7,44(sp)
80401d9a:	40000993          	li	s3,1024
80401d9e:	4bb9                	li	s7,14
80401da0:	07000c93          	li	s9,112
80401da4:	40000793          	li	a5,1024
80401da8:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80401dac:	0c600693          	li	a3,198
80401db0:	4c09                	li	s8,2
80401db2:	f8e6f5e3          	bgeu	a3,a4,80401d3c <__d_vfprintf+0x42e>
80401db6:	3e778793          	add	a5,a5,999
80401dba:	7ce00c13          	li	s8,1998
80401dbe:	00fc3c33          	sltu	s8,s8,a5
80401dc2:	0c0d                	add	s8,s8,3
80401dc4:	bfa5                	j	80401d3c <__d_vfprintf+0x42e>
80401dc6:	4d01                	li	s10,0
80401dc8:	bf6d                	j	80401d82 <__d_vfprintf+0x474>
80401dca:	4d35                	li	s10,13
80401dcc:	bf5d                	j	80401d82 <__d_vfprintf+0x474>
80401dce:	004beb93          	or	s7,s7,4
80401dd2:	03710623          	sb	s7,44(sp)
80401dd6:	b7e1                	j	80401d9e <__d_vfprintf+0x490>
80401dd8:	4981                	li	s3,0
80401dda:	4d01                	li	s10,0
80401ddc:	b705                	j	80401cfc <__d_vfprintf+0x3ee>
80401dde:	8536                	mv	a0,a3
80401de0:	8c66                	mv	s8,s9
80401de2:	bf29                	j	80401cfc <__d_vfprintf+0x3ee>
80401de4:	00f5ea63          	bltu	a1,a5,80401df8 <__d_vfprintf+0x4ea>
80401de8:	03078793          	add	a5,a5,48
80401dec:	00f68923          	sb	a5,18(a3)
80401df0:	f2ed59e3          	bge	s10,a4,80401d22 <__d_vfprintf+0x414>
80401df4:	8d3a                	mv	s10,a4
80401df6:	b735                	j	80401d22 <__d_vfprintf+0x414>
80401df8:	97b2                	add	a5,a5,a2
80401dfa:	0ff7f793          	zext.b	a5,a5
80401dfe:	b7fd                	j	80401dec <__d_vfprintf+0x4de>
80401e00:	4d19                	li	s10,6
80401e02:	bbf1                	j	80401bde <__d_vfprintf+0x2d0>
80401e04:	06600793          	li	a5,102
80401e08:	00fc9963          	bne	s9,a5,80401e1a <__d_vfprintf+0x50c>
80401e0c:	6789                	lui	a5,0x2
80401e0e:	00fdedb3          	or	s11,s11,a5
80401e12:	4705                	li	a4,1
80401e14:	87ea                	mv	a5,s10
80401e16:	4645                	li	a2,17
80401e18:	b3c5                	j	80401bf8 <__d_vfprintf+0x2ea>
80401e1a:	0ffd7793          	zext.b	a5,s10
80401e1e:	0ffd7613          	zext.b	a2,s10
80401e22:	e391                	bnez	a5,80401e26 <__d_vfprintf+0x518>
80401e24:	4605                	li	a2,1
80401e26:	4701                	li	a4,0
80401e28:	4781                	li	a5,0
80401e2a:	06500c93          	li	s9,101
80401e2e:	b3e9                	j	80401bf8 <__d_vfprintf+0x2ea>
80401e30:	db05                	beqz	a4,80401d60 <__d_vfprintf+0x452>
80401e32:	478d                	li	a5,3
80401e34:	0967d163          	bge	a5,s6,80401eb6 <__d_vfprintf+0x5a8>
80401e38:	008afa93          	and	s5,s5,8
80401e3c:	ffdb0493          	add	s1,s6,-3
80401e40:	000a9f63          	bnez	s5,80401e5e <__d_vfprintf+0x550>
80401e44:	94a2                	add	s1,s1,s0
80401e46:	4582                	lw	a1,0(sp)
80401e48:	02000513          	li	a0,32
80401e4c:	0405                	add	s0,s0,1
80401e4e:	9a02                	jalr	s4
80401e50:	b00540e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401e54:	fe8499e3          	bne	s1,s0,80401e46 <__d_vfprintf+0x538>
80401e58:	4481                	li	s1,0
80401e5a:	020d9f63          	bnez	s11,80401e98 <__d_vfprintf+0x58a>
80401e5e:	02c14783          	lbu	a5,44(sp)
80401e62:	8ba1                	and	a5,a5,8
80401e64:	efad                	bnez	a5,80401ede <__d_vfprintf+0x5d0>
80401e66:	804049b7          	lui	s3,0x80404
80401e6a:	8d498993          	add	s3,s3,-1836 # 804038d4 <__clz_tab+0x100>
80401e6e:	8c22                	mv	s8,s0
80401e70:	a8b1                	j	80401ecc <__d_vfprintf+0x5be>
80401e72:	eb15                	bnez	a4,80401ea6 <__d_vfprintf+0x598>
80401e74:	02b00713          	li	a4,43
80401e78:	b5e5                	j	80401d60 <__d_vfprintf+0x452>
80401e7a:	eb0d                	bnez	a4,80401eac <__d_vfprintf+0x59e>
80401e7c:	02d00713          	li	a4,45
80401e80:	b5c5                	j	80401d60 <__d_vfprintf+0x452>
80401e82:	02000d93          	li	s11,32
80401e86:	4791                	li	a5,4
80401e88:	0367d563          	bge	a5,s6,80401eb2 <__d_vfprintf+0x5a4>
80401e8c:	008afa93          	and	s5,s5,8
80401e90:	ffcb0493          	add	s1,s6,-4
80401e94:	fa0a88e3          	beqz	s5,80401e44 <__d_vfprintf+0x536>
80401e98:	4582                	lw	a1,0(sp)
80401e9a:	856e                	mv	a0,s11
80401e9c:	0405                	add	s0,s0,1
80401e9e:	9a02                	jalr	s4
80401ea0:	fa055fe3          	bgez	a0,80401e5e <__d_vfprintf+0x550>
80401ea4:	b475                	j	80401950 <__d_vfprintf+0x42>
80401ea6:	02b00d93          	li	s11,43
80401eaa:	bff1                	j	80401e86 <__d_vfprintf+0x578>
80401eac:	02d00d93          	li	s11,45
80401eb0:	bfd9                	j	80401e86 <__d_vfprintf+0x578>
80401eb2:	4481                	li	s1,0
80401eb4:	b7d5                	j	80401e98 <__d_vfprintf+0x58a>
80401eb6:	4481                	li	s1,0
80401eb8:	b75d                	j	80401e5e <__d_vfprintf+0x550>
80401eba:	4582                	lw	a1,0(sp)
80401ebc:	41250533          	sub	a0,a0,s2
80401ec0:	0ff57513          	zext.b	a0,a0
80401ec4:	0c05                	add	s8,s8,1
80401ec6:	9a02                	jalr	s4
80401ec8:	a80544e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401ecc:	408c07b3          	sub	a5,s8,s0
80401ed0:	97ce                	add	a5,a5,s3
80401ed2:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80401ed6:	f175                	bnez	a0,80401eba <__d_vfprintf+0x5ac>
80401ed8:	8462                	mv	s0,s8
80401eda:	94e2                	add	s1,s1,s8
80401edc:	a535                	j	80402508 <__d_vfprintf+0xbfa>
80401ede:	804049b7          	lui	s3,0x80404
80401ee2:	8d898993          	add	s3,s3,-1832 # 804038d8 <__clz_tab+0x104>
80401ee6:	b761                	j	80401e6e <__d_vfprintf+0x560>
80401ee8:	1bfd                	add	s7,s7,-1
80401eea:	0ffbfb93          	zext.b	s7,s7
80401eee:	000b8763          	beqz	s7,80401efc <__d_vfprintf+0x5ee>
80401ef2:	0047c603          	lbu	a2,4(a5)
80401ef6:	17fd                	add	a5,a5,-1
80401ef8:	fed608e3          	beq	a2,a3,80401ee8 <__d_vfprintf+0x5da>
80401efc:	010af693          	and	a3,s5,16
80401f00:	87ea                	mv	a5,s10
80401f02:	e291                	bnez	a3,80401f06 <__d_vfprintf+0x5f8>
80401f04:	87de                	mv	a5,s7
80401f06:	56f1                	li	a3,-4
80401f08:	0ed9cc63          	blt	s3,a3,80402000 <__d_vfprintf+0x6f2>
80401f0c:	0fa9da63          	bge	s3,s10,80402000 <__d_vfprintf+0x6f2>
80401f10:	6689                	lui	a3,0x2
80401f12:	00dae6b3          	or	a3,s5,a3
80401f16:	01069a93          	sll	s5,a3,0x10
80401f1a:	010ada93          	srl	s5,s5,0x10
80401f1e:	4d01                	li	s10,0
80401f20:	00f9d663          	bge	s3,a5,80401f2c <__d_vfprintf+0x61e>
80401f24:	00198893          	add	a7,s3,1
80401f28:	41178d33          	sub	s10,a5,a7
80401f2c:	6d89                	lui	s11,0x2
80401f2e:	01bafdb3          	and	s11,s5,s11
80401f32:	0c0d8a63          	beqz	s11,80402006 <__d_vfprintf+0x6f8>
80401f36:	87ce                	mv	a5,s3
80401f38:	0009d363          	bgez	s3,80401f3e <__d_vfprintf+0x630>
80401f3c:	4781                	li	a5,0
80401f3e:	0785                	add	a5,a5,1
80401f40:	c311                	beqz	a4,80401f44 <__d_vfprintf+0x636>
80401f42:	0785                	add	a5,a5,1
80401f44:	0c0d0963          	beqz	s10,80402016 <__d_vfprintf+0x708>
80401f48:	001d0693          	add	a3,s10,1
80401f4c:	97b6                	add	a5,a5,a3
80401f4e:	4481                	li	s1,0
80401f50:	0167d463          	bge	a5,s6,80401f58 <__d_vfprintf+0x64a>
80401f54:	40fb04b3          	sub	s1,s6,a5
80401f58:	009af793          	and	a5,s5,9
80401f5c:	e789                	bnez	a5,80401f66 <__d_vfprintf+0x658>
80401f5e:	94a2                	add	s1,s1,s0
80401f60:	0c849063          	bne	s1,s0,80402020 <__d_vfprintf+0x712>
80401f64:	4481                	li	s1,0
80401f66:	c719                	beqz	a4,80401f74 <__d_vfprintf+0x666>
80401f68:	4582                	lw	a1,0(sp)
80401f6a:	853a                	mv	a0,a4
80401f6c:	0405                	add	s0,s0,1
80401f6e:	9a02                	jalr	s4
80401f70:	9e0540e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401f74:	00bad793          	srl	a5,s5,0xb
80401f78:	8b85                	and	a5,a5,1
80401f7a:	c395                	beqz	a5,80401f9e <__d_vfprintf+0x690>
80401f7c:	4582                	lw	a1,0(sp)
80401f7e:	03000513          	li	a0,48
80401f82:	9a02                	jalr	s4
80401f84:	9c0546e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401f88:	07800513          	li	a0,120
80401f8c:	4582                	lw	a1,0(sp)
80401f8e:	41250533          	sub	a0,a0,s2
80401f92:	0f857513          	and	a0,a0,248
80401f96:	0409                	add	s0,s0,2
80401f98:	9a02                	jalr	s4
80401f9a:	9a054be3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401f9e:	008af793          	and	a5,s5,8
80401fa2:	e791                	bnez	a5,80401fae <__d_vfprintf+0x6a0>
80401fa4:	8b22                	mv	s6,s0
80401fa6:	9426                	add	s0,s0,s1
80401fa8:	09641663          	bne	s0,s6,80402034 <__d_vfprintf+0x726>
80401fac:	4481                	li	s1,0
80401fae:	0c0d8f63          	beqz	s11,8040208c <__d_vfprintf+0x77e>
80401fb2:	8cce                	mv	s9,s3
80401fb4:	0009d363          	bgez	s3,80401fba <__d_vfprintf+0x6ac>
80401fb8:	4c81                	li	s9,0
80401fba:	41998db3          	sub	s11,s3,s9
80401fbe:	41a00d33          	neg	s10,s10
80401fc2:	5b7d                	li	s6,-1
80401fc4:	03000513          	li	a0,48
80401fc8:	017df663          	bgeu	s11,s7,80401fd4 <__d_vfprintf+0x6c6>
80401fcc:	103c                	add	a5,sp,40
80401fce:	97ee                	add	a5,a5,s11
80401fd0:	0057c503          	lbu	a0,5(a5)
80401fd4:	1cfd                	add	s9,s9,-1
80401fd6:	00140c13          	add	s8,s0,1
80401fda:	07acc563          	blt	s9,s10,80402044 <__d_vfprintf+0x736>
80401fde:	4582                	lw	a1,0(sp)
80401fe0:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80401fe2:	9a02                	jalr	s4
80401fe4:	960546e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401fe8:	016c9a63          	bne	s9,s6,80401ffc <__d_vfprintf+0x6ee>
80401fec:	4582                	lw	a1,0(sp)
80401fee:	02e00513          	li	a0,46
80401ff2:	9a02                	jalr	s4
80401ff4:	94054ee3          	bltz	a0,80401950 <__d_vfprintf+0x42>
80401ff8:	00240c13          	add	s8,s0,2
80401ffc:	8462                	mv	s0,s8
80401ffe:	b7d9                	j	80401fc4 <__d_vfprintf+0x6b6>
80402000:	fff78d13          	add	s10,a5,-1
80402004:	b725                	j	80401f2c <__d_vfprintf+0x61e>
80402006:	00bad693          	srl	a3,s5,0xb
8040200a:	8a85                	and	a3,a3,1
8040200c:	478d                	li	a5,3
8040200e:	c291                	beqz	a3,80402012 <__d_vfprintf+0x704>
80402010:	4795                	li	a5,5
80402012:	97e2                	add	a5,a5,s8
80402014:	b735                	j	80401f40 <__d_vfprintf+0x632>
80402016:	010af693          	and	a3,s5,16
8040201a:	da95                	beqz	a3,80401f4e <__d_vfprintf+0x640>
8040201c:	0785                	add	a5,a5,1
8040201e:	bf05                	j	80401f4e <__d_vfprintf+0x640>
80402020:	4582                	lw	a1,0(sp)
80402022:	02000513          	li	a0,32
80402026:	c83a                	sw	a4,16(sp)
80402028:	9a02                	jalr	s4
8040202a:	4742                	lw	a4,16(sp)
8040202c:	0405                	add	s0,s0,1
8040202e:	f20559e3          	bgez	a0,80401f60 <__d_vfprintf+0x652>
80402032:	ba39                	j	80401950 <__d_vfprintf+0x42>
80402034:	4582                	lw	a1,0(sp)
80402036:	03000513          	li	a0,48
8040203a:	0b05                	add	s6,s6,1
8040203c:	9a02                	jalr	s4
8040203e:	f60555e3          	bgez	a0,80401fa8 <__d_vfprintf+0x69a>
80402042:	b239                	j	80401950 <__d_vfprintf+0x42>
80402044:	033c9063          	bne	s9,s3,80402064 <__d_vfprintf+0x756>
80402048:	02d14703          	lbu	a4,45(sp)
8040204c:	03500793          	li	a5,53
80402050:	00e7e863          	bltu	a5,a4,80402060 <__d_vfprintf+0x752>
80402054:	00f71863          	bne	a4,a5,80402064 <__d_vfprintf+0x756>
80402058:	02c14783          	lbu	a5,44(sp)
8040205c:	8bc1                	and	a5,a5,16
8040205e:	e399                	bnez	a5,80402064 <__d_vfprintf+0x756>
80402060:	03100513          	li	a0,49
80402064:	4582                	lw	a1,0(sp)
80402066:	9a02                	jalr	s4
80402068:	8e0544e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
8040206c:	010afa93          	and	s5,s5,16
80402070:	e60a84e3          	beqz	s5,80401ed8 <__d_vfprintf+0x5ca>
80402074:	57fd                	li	a5,-1
80402076:	e6fc91e3          	bne	s9,a5,80401ed8 <__d_vfprintf+0x5ca>
8040207a:	4582                	lw	a1,0(sp)
8040207c:	00240c13          	add	s8,s0,2
80402080:	02e00513          	li	a0,46
80402084:	9a02                	jalr	s4
80402086:	e40559e3          	bgez	a0,80401ed8 <__d_vfprintf+0x5ca>
8040208a:	b0d9                	j	80401950 <__d_vfprintf+0x42>
8040208c:	02d14503          	lbu	a0,45(sp)
80402090:	03100793          	li	a5,49
80402094:	00f50763          	beq	a0,a5,804020a2 <__d_vfprintf+0x794>
80402098:	02c14783          	lbu	a5,44(sp)
8040209c:	9bbd                	and	a5,a5,-17
8040209e:	02f10623          	sb	a5,44(sp)
804020a2:	4582                	lw	a1,0(sp)
804020a4:	9a02                	jalr	s4
804020a6:	8a0545e3          	bltz	a0,80401950 <__d_vfprintf+0x42>
804020aa:	0da05a63          	blez	s10,8040217e <__d_vfprintf+0x870>
804020ae:	4582                	lw	a1,0(sp)
804020b0:	02e00513          	li	a0,46
804020b4:	0409                	add	s0,s0,2
804020b6:	9a02                	jalr	s4
804020b8:	88054ce3          	bltz	a0,80401950 <__d_vfprintf+0x42>
804020bc:	4a85                	li	s5,1
804020be:	4785                	li	a5,1
804020c0:	0405                	add	s0,s0,1
804020c2:	03000513          	li	a0,48
804020c6:	017af863          	bgeu	s5,s7,804020d6 <__d_vfprintf+0x7c8>
804020ca:	02078793          	add	a5,a5,32
804020ce:	1018                	add	a4,sp,32
804020d0:	97ba                	add	a5,a5,a4
804020d2:	fed7c503          	lbu	a0,-19(a5)
804020d6:	4582                	lw	a1,0(sp)
804020d8:	9a02                	jalr	s4
804020da:	86054be3          	bltz	a0,80401950 <__d_vfprintf+0x42>
804020de:	0a85                	add	s5,s5,1
804020e0:	0ffafa93          	zext.b	s5,s5
804020e4:	87d6                	mv	a5,s5
804020e6:	fd5d5de3          	bge	s10,s5,804020c0 <__d_vfprintf+0x7b2>
804020ea:	4582                	lw	a1,0(sp)
804020ec:	412c8533          	sub	a0,s9,s2
804020f0:	0ff57513          	zext.b	a0,a0
804020f4:	9a02                	jalr	s4
804020f6:	84054de3          	bltz	a0,80401950 <__d_vfprintf+0x42>
804020fa:	0009ca63          	bltz	s3,8040210e <__d_vfprintf+0x800>
804020fe:	02b00513          	li	a0,43
80402102:	00099a63          	bnez	s3,80402116 <__d_vfprintf+0x808>
80402106:	02c14783          	lbu	a5,44(sp)
8040210a:	8bc1                	and	a5,a5,16
8040210c:	c789                	beqz	a5,80402116 <__d_vfprintf+0x808>
8040210e:	413009b3          	neg	s3,s3
80402112:	02d00513          	li	a0,45
80402116:	4582                	lw	a1,0(sp)
80402118:	9a02                	jalr	s4
8040211a:	82054be3          	bltz	a0,80401950 <__d_vfprintf+0x42>
8040211e:	4791                	li	a5,4
80402120:	06fc1e63          	bne	s8,a5,8040219c <__d_vfprintf+0x88e>
80402124:	3e800913          	li	s2,1000
80402128:	0329c533          	div	a0,s3,s2
8040212c:	4582                	lw	a1,0(sp)
8040212e:	040d                	add	s0,s0,3
80402130:	03050513          	add	a0,a0,48
80402134:	0ff57513          	zext.b	a0,a0
80402138:	9a02                	jalr	s4
8040213a:	80054be3          	bltz	a0,80401950 <__d_vfprintf+0x42>
8040213e:	0329e9b3          	rem	s3,s3,s2
80402142:	06400913          	li	s2,100
80402146:	4582                	lw	a1,0(sp)
80402148:	0405                	add	s0,s0,1
8040214a:	0329c533          	div	a0,s3,s2
8040214e:	03050513          	add	a0,a0,48
80402152:	0ff57513          	zext.b	a0,a0
80402156:	9a02                	jalr	s4
80402158:	fe054c63          	bltz	a0,80401950 <__d_vfprintf+0x42>
8040215c:	0329e9b3          	rem	s3,s3,s2
80402160:	4929                	li	s2,10
80402162:	4582                	lw	a1,0(sp)
80402164:	0405                	add	s0,s0,1
80402166:	0329c533          	div	a0,s3,s2
8040216a:	03050513          	add	a0,a0,48
8040216e:	0ff57513          	zext.b	a0,a0
80402172:	9a02                	jalr	s4
80402174:	fc054e63          	bltz	a0,80401950 <__d_vfprintf+0x42>
80402178:	0329e9b3          	rem	s3,s3,s2
8040217c:	a03d                	j	804021aa <__d_vfprintf+0x89c>
8040217e:	010afa93          	and	s5,s5,16
80402182:	000a9463          	bnez	s5,8040218a <__d_vfprintf+0x87c>
80402186:	0405                	add	s0,s0,1
80402188:	b78d                	j	804020ea <__d_vfprintf+0x7dc>
8040218a:	4582                	lw	a1,0(sp)
8040218c:	02e00513          	li	a0,46
80402190:	0409                	add	s0,s0,2
80402192:	9a02                	jalr	s4
80402194:	f4055be3          	bgez	a0,804020ea <__d_vfprintf+0x7dc>
80402198:	fb8ff06f          	j	80401950 <__d_vfprintf+0x42>
8040219c:	478d                	li	a5,3
8040219e:	0409                	add	s0,s0,2
804021a0:	fafc01e3          	beq	s8,a5,80402142 <__d_vfprintf+0x834>
804021a4:	4785                	li	a5,1
804021a6:	fafc1de3          	bne	s8,a5,80402160 <__d_vfprintf+0x852>
804021aa:	03098513          	add	a0,s3,48
804021ae:	4582                	lw	a1,0(sp)
804021b0:	00140c13          	add	s8,s0,1
804021b4:	0ff57513          	zext.b	a0,a0
804021b8:	b5f1                	j	80402084 <__d_vfprintf+0x776>
804021ba:	f9d90793          	add	a5,s2,-99
804021be:	0ff7f793          	zext.b	a5,a5
804021c2:	4749                	li	a4,18
804021c4:	20f76363          	bltu	a4,a5,804023ca <__d_vfprintf+0xabc>
804021c8:	80403737          	lui	a4,0x80403
804021cc:	078a                	sll	a5,a5,0x2
804021ce:	44c70713          	add	a4,a4,1100 # 8040344c <msg.0+0x60>
804021d2:	97ba                	add	a5,a5,a4
804021d4:	439c                	lw	a5,0(a5)
804021d6:	8782                	jr	a5
804021d8:	5792                	lw	a5,36(sp)
804021da:	4485                	li	s1,1
804021dc:	02810993          	add	s3,sp,40
804021e0:	00478713          	add	a4,a5,4
804021e4:	439c                	lw	a5,0(a5)
804021e6:	d23a                	sw	a4,36(sp)
804021e8:	02f10423          	sb	a5,40(sp)
804021ec:	008df813          	and	a6,s11,8
804021f0:	06080063          	beqz	a6,80402250 <__d_vfprintf+0x942>
804021f4:	4901                	li	s2,0
804021f6:	05249f63          	bne	s1,s2,80402254 <__d_vfprintf+0x946>
804021fa:	00940c33          	add	s8,s0,s1
804021fe:	409b04b3          	sub	s1,s6,s1
80402202:	b9d9                	j	80401ed8 <__d_vfprintf+0x5ca>
80402204:	5792                	lw	a5,36(sp)
80402206:	00478713          	add	a4,a5,4
8040220a:	d23a                	sw	a4,36(sp)
8040220c:	0007a983          	lw	s3,0(a5)
80402210:	00099663          	bnez	s3,8040221c <__d_vfprintf+0x90e>
80402214:	804049b7          	lui	s3,0x80404
80402218:	8dc98993          	add	s3,s3,-1828 # 804038dc <__clz_tab+0x108>
8040221c:	040df793          	and	a5,s11,64
80402220:	55fd                	li	a1,-1
80402222:	c391                	beqz	a5,80402226 <__d_vfprintf+0x918>
80402224:	85ea                	mv	a1,s10
80402226:	854e                	mv	a0,s3
80402228:	00001097          	auipc	ra,0x1
8040222c:	da0080e7          	jalr	-608(ra) # 80402fc8 <strnlen>
80402230:	84aa                	mv	s1,a0
80402232:	bf6d                	j	804021ec <__d_vfprintf+0x8de>
80402234:	4582                	lw	a1,0(sp)
80402236:	02000513          	li	a0,32
8040223a:	9a02                	jalr	s4
8040223c:	f0054a63          	bltz	a0,80401950 <__d_vfprintf+0x42>
80402240:	197d                	add	s2,s2,-1
80402242:	ff24e9e3          	bltu	s1,s2,80402234 <__d_vfprintf+0x926>
80402246:	945a                	add	s0,s0,s6
80402248:	41240433          	sub	s0,s0,s2
8040224c:	8b4a                	mv	s6,s2
8040224e:	b75d                	j	804021f4 <__d_vfprintf+0x8e6>
80402250:	895a                	mv	s2,s6
80402252:	bfc5                	j	80402242 <__d_vfprintf+0x934>
80402254:	012987b3          	add	a5,s3,s2
80402258:	4582                	lw	a1,0(sp)
8040225a:	0007c503          	lbu	a0,0(a5)
8040225e:	0905                	add	s2,s2,1
80402260:	9a02                	jalr	s4
80402262:	f8055ae3          	bgez	a0,804021f6 <__d_vfprintf+0x8e8>
80402266:	eeaff06f          	j	80401950 <__d_vfprintf+0x42>
8040226a:	080df713          	and	a4,s11,128
8040226e:	5792                	lw	a5,36(sp)
80402270:	cf59                	beqz	a4,8040230e <__d_vfprintf+0xa00>
80402272:	200df713          	and	a4,s11,512
80402276:	c749                	beqz	a4,80402300 <__d_vfprintf+0x9f2>
80402278:	079d                	add	a5,a5,7
8040227a:	9be1                	and	a5,a5,-8
8040227c:	4388                	lw	a0,0(a5)
8040227e:	43cc                	lw	a1,4(a5)
80402280:	00878713          	add	a4,a5,8
80402284:	d23a                	sw	a4,36(sp)
80402286:	fefdf993          	and	s3,s11,-17
8040228a:	09c2                	sll	s3,s3,0x10
8040228c:	0109d993          	srl	s3,s3,0x10
80402290:	0805df63          	bgez	a1,8040232e <__d_vfprintf+0xa20>
80402294:	00a037b3          	snez	a5,a0
80402298:	40b005b3          	neg	a1,a1
8040229c:	8d9d                	sub	a1,a1,a5
8040229e:	40a00533          	neg	a0,a0
804022a2:	4009e993          	or	s3,s3,1024
804022a6:	02810a93          	add	s5,sp,40
804022aa:	46a9                	li	a3,10
804022ac:	8656                	mv	a2,s5
804022ae:	fffff097          	auipc	ra,0xfffff
804022b2:	44c080e7          	jalr	1100(ra) # 804016fa <__ultoa_invert>
804022b6:	0409f793          	and	a5,s3,64
804022ba:	41550ab3          	sub	s5,a0,s5
804022be:	c7f5                	beqz	a5,804023aa <__d_vfprintf+0xa9c>
804022c0:	ffe9f793          	and	a5,s3,-2
804022c4:	07c2                	sll	a5,a5,0x10
804022c6:	83c1                	srl	a5,a5,0x10
804022c8:	19aad563          	bge	s5,s10,80402452 <__d_vfprintf+0xb44>
804022cc:	16090c63          	beqz	s2,80402444 <__d_vfprintf+0xb36>
804022d0:	0109fc13          	and	s8,s3,16
804022d4:	84ea                	mv	s1,s10
804022d6:	89be                	mv	s3,a5
804022d8:	060c0a63          	beqz	s8,8040234c <__d_vfprintf+0xa3e>
804022dc:	0489                	add	s1,s1,2
804022de:	0089f793          	and	a5,s3,8
804022e2:	18079a63          	bnez	a5,80402476 <__d_vfprintf+0xb68>
804022e6:	0019f793          	and	a5,s3,1
804022ea:	cb89                	beqz	a5,804022fc <__d_vfprintf+0x9ee>
804022ec:	8d56                	mv	s10,s5
804022ee:	0164d763          	bge	s1,s6,804022fc <__d_vfprintf+0x9ee>
804022f2:	409b04b3          	sub	s1,s6,s1
804022f6:	01548d33          	add	s10,s1,s5
804022fa:	84da                	mv	s1,s6
804022fc:	8ba6                	mv	s7,s1
804022fe:	a2ad                	j	80402468 <__d_vfprintf+0xb5a>
80402300:	4388                	lw	a0,0(a5)
80402302:	00478713          	add	a4,a5,4
80402306:	d23a                	sw	a4,36(sp)
80402308:	41f55593          	sra	a1,a0,0x1f
8040230c:	bfad                	j	80402286 <__d_vfprintf+0x978>
8040230e:	00478713          	add	a4,a5,4
80402312:	4388                	lw	a0,0(a5)
80402314:	d23a                	sw	a4,36(sp)
80402316:	100df793          	and	a5,s11,256
8040231a:	d7fd                	beqz	a5,80402308 <__d_vfprintf+0x9fa>
8040231c:	200df793          	and	a5,s11,512
80402320:	c781                	beqz	a5,80402328 <__d_vfprintf+0xa1a>
80402322:	0562                	sll	a0,a0,0x18
80402324:	8561                	sra	a0,a0,0x18
80402326:	b7cd                	j	80402308 <__d_vfprintf+0x9fa>
80402328:	0542                	sll	a0,a0,0x10
8040232a:	8541                	sra	a0,a0,0x10
8040232c:	bff1                	j	80402308 <__d_vfprintf+0x9fa>
8040232e:	00b567b3          	or	a5,a0,a1
80402332:	fbb5                	bnez	a5,804022a6 <__d_vfprintf+0x998>
80402334:	040df793          	and	a5,s11,64
80402338:	d7bd                	beqz	a5,804022a6 <__d_vfprintf+0x998>
8040233a:	f60d16e3          	bnez	s10,804022a6 <__d_vfprintf+0x998>
8040233e:	feedf993          	and	s3,s11,-18
80402342:	09c2                	sll	s3,s3,0x10
80402344:	0109d993          	srl	s3,s3,0x10
80402348:	4a81                	li	s5,0
8040234a:	4481                	li	s1,0
8040234c:	4069fc13          	and	s8,s3,1030
80402350:	f80c07e3          	beqz	s8,804022de <__d_vfprintf+0x9d0>
80402354:	0485                	add	s1,s1,1
80402356:	4c01                	li	s8,0
80402358:	b759                	j	804022de <__d_vfprintf+0x9d0>
8040235a:	fefdf813          	and	a6,s11,-17
8040235e:	01081d93          	sll	s11,a6,0x10
80402362:	010ddd93          	srl	s11,s11,0x10
80402366:	46a9                	li	a3,10
80402368:	080df713          	and	a4,s11,128
8040236c:	5792                	lw	a5,36(sp)
8040236e:	c355                	beqz	a4,80402412 <__d_vfprintf+0xb04>
80402370:	200df713          	and	a4,s11,512
80402374:	cb49                	beqz	a4,80402406 <__d_vfprintf+0xaf8>
80402376:	079d                	add	a5,a5,7
80402378:	9be1                	and	a5,a5,-8
8040237a:	4388                	lw	a0,0(a5)
8040237c:	43cc                	lw	a1,4(a5)
8040237e:	00878713          	add	a4,a5,8
80402382:	d23a                	sw	a4,36(sp)
80402384:	00b567b3          	or	a5,a0,a1
80402388:	e7cd                	bnez	a5,80402432 <__d_vfprintf+0xb24>
8040238a:	fe9df993          	and	s3,s11,-23
8040238e:	09c2                	sll	s3,s3,0x10
80402390:	040df793          	and	a5,s11,64
80402394:	0109d993          	srl	s3,s3,0x10
80402398:	c3dd                	beqz	a5,8040243e <__d_vfprintf+0xb30>
8040239a:	0a0d1263          	bnez	s10,8040243e <__d_vfprintf+0xb30>
8040239e:	fe8df993          	and	s3,s11,-24
804023a2:	09c2                	sll	s3,s3,0x10
804023a4:	0109d993          	srl	s3,s3,0x10
804023a8:	4a81                	li	s5,0
804023aa:	0109fc13          	and	s8,s3,16
804023ae:	0a0c0463          	beqz	s8,80402456 <__d_vfprintf+0xb48>
804023b2:	001a8493          	add	s1,s5,1
804023b6:	f20904e3          	beqz	s2,804022de <__d_vfprintf+0x9d0>
804023ba:	84d6                	mv	s1,s5
804023bc:	b705                	j	804022dc <__d_vfprintf+0x9ce>
804023be:	010ded93          	or	s11,s11,16
804023c2:	46c1                	li	a3,16
804023c4:	07800913          	li	s2,120
804023c8:	b745                	j	80402368 <__d_vfprintf+0xa5a>
804023ca:	07800793          	li	a5,120
804023ce:	00fc9a63          	bne	s9,a5,804023e2 <__d_vfprintf+0xad4>
804023d2:	05800793          	li	a5,88
804023d6:	46c1                	li	a3,16
804023d8:	f8f918e3          	bne	s2,a5,80402368 <__d_vfprintf+0xa5a>
804023dc:	21000693          	li	a3,528
804023e0:	b761                	j	80402368 <__d_vfprintf+0xa5a>
804023e2:	4582                	lw	a1,0(sp)
804023e4:	02500513          	li	a0,37
804023e8:	9a02                	jalr	s4
804023ea:	d6054363          	bltz	a0,80401950 <__d_vfprintf+0x42>
804023ee:	4582                	lw	a1,0(sp)
804023f0:	854a                	mv	a0,s2
804023f2:	9a02                	jalr	s4
804023f4:	d4054e63          	bltz	a0,80401950 <__d_vfprintf+0x42>
804023f8:	0409                	add	s0,s0,2
804023fa:	4792                	lw	a5,4(sp)
804023fc:	d34ff06f          	j	80401930 <__d_vfprintf+0x22>
80402400:	46a1                	li	a3,8
80402402:	4901                	li	s2,0
80402404:	b795                	j	80402368 <__d_vfprintf+0xa5a>
80402406:	4388                	lw	a0,0(a5)
80402408:	00478713          	add	a4,a5,4
8040240c:	d23a                	sw	a4,36(sp)
8040240e:	4581                	li	a1,0
80402410:	bf95                	j	80402384 <__d_vfprintf+0xa76>
80402412:	00478713          	add	a4,a5,4
80402416:	4388                	lw	a0,0(a5)
80402418:	d23a                	sw	a4,36(sp)
8040241a:	100df793          	and	a5,s11,256
8040241e:	dbe5                	beqz	a5,8040240e <__d_vfprintf+0xb00>
80402420:	200df793          	and	a5,s11,512
80402424:	c781                	beqz	a5,8040242c <__d_vfprintf+0xb1e>
80402426:	0ff57513          	zext.b	a0,a0
8040242a:	b7d5                	j	8040240e <__d_vfprintf+0xb00>
8040242c:	0542                	sll	a0,a0,0x10
8040242e:	8141                	srl	a0,a0,0x10
80402430:	bff9                	j	8040240e <__d_vfprintf+0xb00>
80402432:	ff9df813          	and	a6,s11,-7
80402436:	01081993          	sll	s3,a6,0x10
8040243a:	0109d993          	srl	s3,s3,0x10
8040243e:	02810a93          	add	s5,sp,40
80402442:	b5ad                	j	804022ac <__d_vfprintf+0x99e>
80402444:	fee9f993          	and	s3,s3,-18
80402448:	09c2                	sll	s3,s3,0x10
8040244a:	0109d993          	srl	s3,s3,0x10
8040244e:	84ea                	mv	s1,s10
80402450:	bdf5                	j	8040234c <__d_vfprintf+0xa3e>
80402452:	89be                	mv	s3,a5
80402454:	bf99                	j	804023aa <__d_vfprintf+0xa9c>
80402456:	84d6                	mv	s1,s5
80402458:	bdd5                	j	8040234c <__d_vfprintf+0xa3e>
8040245a:	4582                	lw	a1,0(sp)
8040245c:	02000513          	li	a0,32
80402460:	9a02                	jalr	s4
80402462:	ce054763          	bltz	a0,80401950 <__d_vfprintf+0x42>
80402466:	0b85                	add	s7,s7,1
80402468:	ff6bc9e3          	blt	s7,s6,8040245a <__d_vfprintf+0xb4c>
8040246c:	409404b3          	sub	s1,s0,s1
80402470:	01748433          	add	s0,s1,s7
80402474:	84de                	mv	s1,s7
80402476:	020c0363          	beqz	s8,8040249c <__d_vfprintf+0xb8e>
8040247a:	4582                	lw	a1,0(sp)
8040247c:	03000513          	li	a0,48
80402480:	9a02                	jalr	s4
80402482:	cc054763          	bltz	a0,80401950 <__d_vfprintf+0x42>
80402486:	04090d63          	beqz	s2,804024e0 <__d_vfprintf+0xbd2>
8040248a:	4582                	lw	a1,0(sp)
8040248c:	0409                	add	s0,s0,2
8040248e:	854a                	mv	a0,s2
80402490:	9a02                	jalr	s4
80402492:	ca054f63          	bltz	a0,80401950 <__d_vfprintf+0x42>
80402496:	8c22                	mv	s8,s0
80402498:	9d22                	add	s10,s10,s0
8040249a:	a81d                	j	804024d0 <__d_vfprintf+0xbc2>
8040249c:	4069f793          	and	a5,s3,1030
804024a0:	dbfd                	beqz	a5,80402496 <__d_vfprintf+0xb88>
804024a2:	0029f793          	and	a5,s3,2
804024a6:	02000513          	li	a0,32
804024aa:	c399                	beqz	a5,804024b0 <__d_vfprintf+0xba2>
804024ac:	02b00513          	li	a0,43
804024b0:	4009f993          	and	s3,s3,1024
804024b4:	00098463          	beqz	s3,804024bc <__d_vfprintf+0xbae>
804024b8:	02d00513          	li	a0,45
804024bc:	4582                	lw	a1,0(sp)
804024be:	0405                	add	s0,s0,1
804024c0:	bfc1                	j	80402490 <__d_vfprintf+0xb82>
804024c2:	4582                	lw	a1,0(sp)
804024c4:	03000513          	li	a0,48
804024c8:	0c05                	add	s8,s8,1
804024ca:	9a02                	jalr	s4
804024cc:	c8054263          	bltz	a0,80401950 <__d_vfprintf+0x42>
804024d0:	418d07b3          	sub	a5,s10,s8
804024d4:	fefac7e3          	blt	s5,a5,804024c2 <__d_vfprintf+0xbb4>
804024d8:	8456                	mv	s0,s5
804024da:	e409                	bnez	s0,804024e4 <__d_vfprintf+0xbd6>
804024dc:	9c56                	add	s8,s8,s5
804024de:	b305                	j	804021fe <__d_vfprintf+0x8f0>
804024e0:	0405                	add	s0,s0,1
804024e2:	bf55                	j	80402496 <__d_vfprintf+0xb88>
804024e4:	147d                	add	s0,s0,-1
804024e6:	103c                	add	a5,sp,40
804024e8:	97a2                	add	a5,a5,s0
804024ea:	4582                	lw	a1,0(sp)
804024ec:	0007c503          	lbu	a0,0(a5)
804024f0:	9a02                	jalr	s4
804024f2:	fe0554e3          	bgez	a0,804024da <__d_vfprintf+0xbcc>
804024f6:	c5aff06f          	j	80401950 <__d_vfprintf+0x42>
804024fa:	4582                	lw	a1,0(sp)
804024fc:	02000513          	li	a0,32
80402500:	0405                	add	s0,s0,1
80402502:	9a02                	jalr	s4
80402504:	c4054663          	bltz	a0,80401950 <__d_vfprintf+0x42>
80402508:	408487b3          	sub	a5,s1,s0
8040250c:	fef047e3          	bgtz	a5,804024fa <__d_vfprintf+0xbec>
80402510:	b5ed                	j	804023fa <__d_vfprintf+0xaec>

80402512 <mulShiftAll64>:
80402512:	fffff317          	auipc	t1,0xfffff
80402516:	162302e7          	jalr	t0,354(t1) # 80401674 <__riscv_save_10>
8040251a:	84b2                	mv	s1,a2
8040251c:	00159913          	sll	s2,a1,0x1
80402520:	4210                	lw	a2,0(a2)
80402522:	8ab6                	mv	s5,a3
80402524:	89be                	mv	s3,a5
80402526:	40d4                	lw	a3,4(s1)
80402528:	01f55793          	srl	a5,a0,0x1f
8040252c:	1141                	add	sp,sp,-16
8040252e:	0127e933          	or	s2,a5,s2
80402532:	00151413          	sll	s0,a0,0x1
80402536:	8522                	mv	a0,s0
80402538:	85ca                	mv	a1,s2
8040253a:	8bba                	mv	s7,a4
8040253c:	870a                	mv	a4,sp
8040253e:	8b42                	mv	s6,a6
80402540:	00001097          	auipc	ra,0x1
80402544:	9fc080e7          	jalr	-1540(ra) # 80402f3c <__umul128>
80402548:	44d4                	lw	a3,12(s1)
8040254a:	4490                	lw	a2,8(s1)
8040254c:	0038                	add	a4,sp,8
8040254e:	8caa                	mv	s9,a0
80402550:	8c2e                	mv	s8,a1
80402552:	8522                	mv	a0,s0
80402554:	85ca                	mv	a1,s2
80402556:	00001097          	auipc	ra,0x1
8040255a:	9e6080e7          	jalr	-1562(ra) # 80402f3c <__umul128>
8040255e:	4682                	lw	a3,0(sp)
80402560:	4712                	lw	a4,4(sp)
80402562:	4785                	li	a5,1
80402564:	00d50933          	add	s2,a0,a3
80402568:	00a93533          	sltu	a0,s2,a0
8040256c:	95ba                	add	a1,a1,a4
8040256e:	00b50433          	add	s0,a0,a1
80402572:	00e46763          	bltu	s0,a4,80402580 <mulShiftAll64+0x6e>
80402576:	00871463          	bne	a4,s0,8040257e <mulShiftAll64+0x6c>
8040257a:	00d96363          	bltu	s2,a3,80402580 <mulShiftAll64+0x6e>
8040257e:	4781                	li	a5,0
80402580:	4622                	lw	a2,8(sp)
80402582:	4732                	lw	a4,12(sp)
80402584:	963e                	add	a2,a2,a5
80402586:	00f637b3          	sltu	a5,a2,a5
8040258a:	00e786b3          	add	a3,a5,a4
8040258e:	4098                	lw	a4,0(s1)
80402590:	40dc                	lw	a5,4(s1)
80402592:	c432                	sw	a2,8(sp)
80402594:	9766                	add	a4,a4,s9
80402596:	97e2                	add	a5,a5,s8
80402598:	019735b3          	sltu	a1,a4,s9
8040259c:	95be                	add	a1,a1,a5
8040259e:	c636                	sw	a3,12(sp)
804025a0:	4785                	li	a5,1
804025a2:	0185e763          	bltu	a1,s8,804025b0 <mulShiftAll64+0x9e>
804025a6:	00bc1463          	bne	s8,a1,804025ae <mulShiftAll64+0x9c>
804025aa:	01976363          	bltu	a4,s9,804025b0 <mulShiftAll64+0x9e>
804025ae:	4781                	li	a5,0
804025b0:	4498                	lw	a4,8(s1)
804025b2:	44c8                	lw	a0,12(s1)
804025b4:	fbfa8a13          	add	s4,s5,-65
804025b8:	974a                	add	a4,a4,s2
804025ba:	9522                	add	a0,a0,s0
804025bc:	012735b3          	sltu	a1,a4,s2
804025c0:	95aa                	add	a1,a1,a0
804025c2:	00e78533          	add	a0,a5,a4
804025c6:	00f537b3          	sltu	a5,a0,a5
804025ca:	95be                	add	a1,a1,a5
804025cc:	4785                	li	a5,1
804025ce:	0085e763          	bltu	a1,s0,804025dc <mulShiftAll64+0xca>
804025d2:	00b41463          	bne	s0,a1,804025da <mulShiftAll64+0xc8>
804025d6:	01256363          	bltu	a0,s2,804025dc <mulShiftAll64+0xca>
804025da:	4781                	li	a5,0
804025dc:	963e                	add	a2,a2,a5
804025de:	00f637b3          	sltu	a5,a2,a5
804025e2:	8752                	mv	a4,s4
804025e4:	96be                	add	a3,a3,a5
804025e6:	00001097          	auipc	ra,0x1
804025ea:	9a2080e7          	jalr	-1630(ra) # 80402f88 <__shiftright128>
804025ee:	00aba023          	sw	a0,0(s7)
804025f2:	00bba223          	sw	a1,4(s7)
804025f6:	4785                	li	a5,1
804025f8:	48a2                	lw	a7,8(sp)
804025fa:	4832                	lw	a6,12(sp)
804025fc:	40cc                	lw	a1,4(s1)
804025fe:	4488                	lw	a0,8(s1)
80402600:	44d8                	lw	a4,12(s1)
80402602:	06fb1d63          	bne	s6,a5,8040267c <mulShiftAll64+0x16a>
80402606:	40a906b3          	sub	a3,s2,a0
8040260a:	00d93633          	sltu	a2,s2,a3
8040260e:	40e407b3          	sub	a5,s0,a4
80402612:	8f91                	sub	a5,a5,a2
80402614:	4505                	li	a0,1
80402616:	00bc6863          	bltu	s8,a1,80402626 <mulShiftAll64+0x114>
8040261a:	01859563          	bne	a1,s8,80402624 <mulShiftAll64+0x112>
8040261e:	4098                	lw	a4,0(s1)
80402620:	00ece363          	bltu	s9,a4,80402626 <mulShiftAll64+0x114>
80402624:	4501                	li	a0,0
80402626:	40a68533          	sub	a0,a3,a0
8040262a:	00a6b6b3          	sltu	a3,a3,a0
8040262e:	40d785b3          	sub	a1,a5,a3
80402632:	4605                	li	a2,1
80402634:	00b46763          	bltu	s0,a1,80402642 <mulShiftAll64+0x130>
80402638:	00859463          	bne	a1,s0,80402640 <mulShiftAll64+0x12e>
8040263c:	00a96363          	bltu	s2,a0,80402642 <mulShiftAll64+0x130>
80402640:	4601                	li	a2,0
80402642:	40c88633          	sub	a2,a7,a2
80402646:	00c8b6b3          	sltu	a3,a7,a2
8040264a:	8752                	mv	a4,s4
8040264c:	40d806b3          	sub	a3,a6,a3
80402650:	00001097          	auipc	ra,0x1
80402654:	938080e7          	jalr	-1736(ra) # 80402f88 <__shiftright128>
80402658:	4622                	lw	a2,8(sp)
8040265a:	46b2                	lw	a3,12(sp)
8040265c:	00a9a023          	sw	a0,0(s3)
80402660:	00b9a223          	sw	a1,4(s3)
80402664:	8752                	mv	a4,s4
80402666:	854a                	mv	a0,s2
80402668:	85a2                	mv	a1,s0
8040266a:	00001097          	auipc	ra,0x1
8040266e:	91e080e7          	jalr	-1762(ra) # 80402f88 <__shiftright128>
80402672:	0141                	add	sp,sp,16
80402674:	fffff317          	auipc	t1,0xfffff
80402678:	03830067          	jr	56(t1) # 804016ac <__riscv_restore_10>
8040267c:	01fcd793          	srl	a5,s9,0x1f
80402680:	001c1613          	sll	a2,s8,0x1
80402684:	8e5d                	or	a2,a2,a5
80402686:	01f95693          	srl	a3,s2,0x1f
8040268a:	00141793          	sll	a5,s0,0x1
8040268e:	001c9e93          	sll	t4,s9,0x1
80402692:	8fd5                	or	a5,a5,a3
80402694:	00191313          	sll	t1,s2,0x1
80402698:	4e05                	li	t3,1
8040269a:	01866763          	bltu	a2,s8,804026a8 <mulShiftAll64+0x196>
8040269e:	00cc1463          	bne	s8,a2,804026a6 <mulShiftAll64+0x194>
804026a2:	019ee363          	bltu	t4,s9,804026a8 <mulShiftAll64+0x196>
804026a6:	4e01                	li	t3,0
804026a8:	9e1a                	add	t3,t3,t1
804026aa:	006e3333          	sltu	t1,t3,t1
804026ae:	933e                	add	t1,t1,a5
804026b0:	4785                	li	a5,1
804026b2:	00b66863          	bltu	a2,a1,804026c2 <mulShiftAll64+0x1b0>
804026b6:	00c59563          	bne	a1,a2,804026c0 <mulShiftAll64+0x1ae>
804026ba:	4094                	lw	a3,0(s1)
804026bc:	00dee363          	bltu	t4,a3,804026c2 <mulShiftAll64+0x1b0>
804026c0:	4781                	li	a5,0
804026c2:	40fe07b3          	sub	a5,t3,a5
804026c6:	00fe35b3          	sltu	a1,t3,a5
804026ca:	40b305b3          	sub	a1,t1,a1
804026ce:	40a78533          	sub	a0,a5,a0
804026d2:	00a7b7b3          	sltu	a5,a5,a0
804026d6:	8d99                	sub	a1,a1,a4
804026d8:	01f8d693          	srl	a3,a7,0x1f
804026dc:	8d9d                	sub	a1,a1,a5
804026de:	00181793          	sll	a5,a6,0x1
804026e2:	8fd5                	or	a5,a5,a3
804026e4:	fc0a8713          	add	a4,s5,-64
804026e8:	0886                	sll	a7,a7,0x1
804026ea:	4685                	li	a3,1
804026ec:	00836763          	bltu	t1,s0,804026fa <mulShiftAll64+0x1e8>
804026f0:	00641463          	bne	s0,t1,804026f8 <mulShiftAll64+0x1e6>
804026f4:	012e6363          	bltu	t3,s2,804026fa <mulShiftAll64+0x1e8>
804026f8:	4681                	li	a3,0
804026fa:	96c6                	add	a3,a3,a7
804026fc:	0116b8b3          	sltu	a7,a3,a7
80402700:	98be                	add	a7,a7,a5
80402702:	4605                	li	a2,1
80402704:	00b36763          	bltu	t1,a1,80402712 <mulShiftAll64+0x200>
80402708:	00659463          	bne	a1,t1,80402710 <mulShiftAll64+0x1fe>
8040270c:	00ae6363          	bltu	t3,a0,80402712 <mulShiftAll64+0x200>
80402710:	4601                	li	a2,0
80402712:	40c68633          	sub	a2,a3,a2
80402716:	00c6b6b3          	sltu	a3,a3,a2
8040271a:	40d886b3          	sub	a3,a7,a3
8040271e:	bf0d                	j	80402650 <mulShiftAll64+0x13e>

80402720 <div10>:
80402720:	fffff317          	auipc	t1,0xfffff
80402724:	f7c302e7          	jalr	t0,-132(t1) # 8040169c <__riscv_save_0>
80402728:	804047b7          	lui	a5,0x80404
8040272c:	8e87a603          	lw	a2,-1816(a5) # 804038e8 <stdout+0x4>
80402730:	8ec7a683          	lw	a3,-1812(a5)
80402734:	1141                	add	sp,sp,-16
80402736:	0038                	add	a4,sp,8
80402738:	00001097          	auipc	ra,0x1
8040273c:	804080e7          	jalr	-2044(ra) # 80402f3c <__umul128>
80402740:	45b2                	lw	a1,12(sp)
80402742:	47a2                	lw	a5,8(sp)
80402744:	01d59513          	sll	a0,a1,0x1d
80402748:	838d                	srl	a5,a5,0x3
8040274a:	8d5d                	or	a0,a0,a5
8040274c:	818d                	srl	a1,a1,0x3
8040274e:	0141                	add	sp,sp,16
80402750:	fffff317          	auipc	t1,0xfffff
80402754:	f7030067          	jr	-144(t1) # 804016c0 <__riscv_restore_0>

80402758 <__dtoa_engine>:
80402758:	fffff317          	auipc	t1,0xfffff
8040275c:	f14302e7          	jalr	t0,-236(t1) # 8040166c <__riscv_save_12>
80402760:	715d                	add	sp,sp,-80
80402762:	8bb6                	mv	s7,a3
80402764:	001006b7          	lui	a3,0x100
80402768:	c43a                	sw	a4,8(sp)
8040276a:	c63e                	sw	a5,12(sp)
8040276c:	01f5d713          	srl	a4,a1,0x1f
80402770:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80402774:	0145d793          	srl	a5,a1,0x14
80402778:	00bdfdb3          	and	s11,s11,a1
8040277c:	c03a                	sw	a4,0(sp)
8040277e:	7ff7f413          	and	s0,a5,2047
80402782:	84aa                	mv	s1,a0
80402784:	8ab2                	mv	s5,a2
80402786:	00ade733          	or	a4,s11,a0
8040278a:	e415                	bnez	s0,804027b6 <__dtoa_engine+0x5e>
8040278c:	e721                	bnez	a4,804027d4 <__dtoa_engine+0x7c>
8040278e:	03000793          	li	a5,48
80402792:	00f602a3          	sb	a5,5(a2)
80402796:	4782                	lw	a5,0(sp)
80402798:	00060323          	sb	zero,6(a2)
8040279c:	00062023          	sw	zero,0(a2)
804027a0:	0027e993          	or	s3,a5,2
804027a4:	01360223          	sb	s3,4(a2)
804027a8:	4405                	li	s0,1
804027aa:	8522                	mv	a0,s0
804027ac:	6161                	add	sp,sp,80
804027ae:	fffff317          	auipc	t1,0xfffff
804027b2:	efa30067          	jr	-262(t1) # 804016a8 <__riscv_restore_12>
804027b6:	7ff00613          	li	a2,2047
804027ba:	0ac41d63          	bne	s0,a2,80402874 <__dtoa_engine+0x11c>
804027be:	4782                	lw	a5,0(sp)
804027c0:	0047e793          	or	a5,a5,4
804027c4:	c701                	beqz	a4,804027cc <__dtoa_engine+0x74>
804027c6:	4782                	lw	a5,0(sp)
804027c8:	0087e793          	or	a5,a5,8
804027cc:	00fa8223          	sb	a5,4(s5)
804027d0:	4401                	li	s0,0
804027d2:	bfe1                	j	804027aa <__dtoa_engine+0x52>
804027d4:	00157793          	and	a5,a0,1
804027d8:	c23e                	sw	a5,4(sp)
804027da:	002d9993          	sll	s3,s11,0x2
804027de:	01e55793          	srl	a5,a0,0x1e
804027e2:	0137e9b3          	or	s3,a5,s3
804027e6:	00251c13          	sll	s8,a0,0x2
804027ea:	892a                	mv	s2,a0
804027ec:	bcc00413          	li	s0,-1076
804027f0:	4805                	li	a6,1
804027f2:	4d05                	li	s10,1
804027f4:	408004b3          	neg	s1,s0
804027f8:	8526                	mv	a0,s1
804027fa:	ca42                	sw	a6,20(sp)
804027fc:	00000097          	auipc	ra,0x0
80402800:	71e080e7          	jalr	1822(ra) # 80402f1a <__log10Pow5>
80402804:	fff42793          	slti	a5,s0,-1
80402808:	40f50b33          	sub	s6,a0,a5
8040280c:	416484b3          	sub	s1,s1,s6
80402810:	8526                	mv	a0,s1
80402812:	00000097          	auipc	ra,0x0
80402816:	718080e7          	jalr	1816(ra) # 80402f2a <__pow5bits>
8040281a:	f8350693          	add	a3,a0,-125
8040281e:	40db06b3          	sub	a3,s6,a3
80402822:	8526                	mv	a0,s1
80402824:	008c                	add	a1,sp,64
80402826:	c836                	sw	a3,16(sp)
80402828:	00000097          	auipc	ra,0x0
8040282c:	492080e7          	jalr	1170(ra) # 80402cba <__double_computePow5>
80402830:	4852                	lw	a6,20(sp)
80402832:	46c2                	lw	a3,16(sp)
80402834:	181c                	add	a5,sp,48
80402836:	1038                	add	a4,sp,40
80402838:	0090                	add	a2,sp,64
8040283a:	854a                	mv	a0,s2
8040283c:	85ee                	mv	a1,s11
8040283e:	00000097          	auipc	ra,0x0
80402842:	cd4080e7          	jalr	-812(ra) # 80402512 <mulShiftAll64>
80402846:	4785                	li	a5,1
80402848:	008b0a33          	add	s4,s6,s0
8040284c:	84ae                	mv	s1,a1
8040284e:	842a                	mv	s0,a0
80402850:	1567ee63          	bltu	a5,s6,804029ac <__dtoa_engine+0x254>
80402854:	4792                	lw	a5,4(sp)
80402856:	4985                	li	s3,1
80402858:	10078e63          	beqz	a5,80402974 <__dtoa_engine+0x21c>
8040285c:	57a2                	lw	a5,40(sp)
8040285e:	5732                	lw	a4,44(sp)
80402860:	4985                	li	s3,1
80402862:	fff78693          	add	a3,a5,-1
80402866:	0017b793          	seqz	a5,a5
8040286a:	40f707b3          	sub	a5,a4,a5
8040286e:	d436                	sw	a3,40(sp)
80402870:	d63e                	sw	a5,44(sp)
80402872:	a8c9                	j	80402944 <__dtoa_engine+0x1ec>
80402874:	01b6edb3          	or	s11,a3,s11
80402878:	00157693          	and	a3,a0,1
8040287c:	c236                	sw	a3,4(sp)
8040287e:	002d9993          	sll	s3,s11,0x2
80402882:	01e55693          	srl	a3,a0,0x1e
80402886:	bcb40413          	add	s0,s0,-1077
8040288a:	892a                	mv	s2,a0
8040288c:	0136e9b3          	or	s3,a3,s3
80402890:	00251c13          	sll	s8,a0,0x2
80402894:	4d05                	li	s10,1
80402896:	e709                	bnez	a4,804028a0 <__dtoa_engine+0x148>
80402898:	7fe7f793          	and	a5,a5,2046
8040289c:	0017bd13          	seqz	s10,a5
804028a0:	886a                	mv	a6,s10
804028a2:	f40449e3          	bltz	s0,804027f4 <__dtoa_engine+0x9c>
804028a6:	8522                	mv	a0,s0
804028a8:	00000097          	auipc	ra,0x0
804028ac:	664080e7          	jalr	1636(ra) # 80402f0c <__log10Pow2>
804028b0:	00442793          	slti	a5,s0,4
804028b4:	0017c793          	xor	a5,a5,1
804028b8:	40f50a33          	sub	s4,a0,a5
804028bc:	8552                	mv	a0,s4
804028be:	00000097          	auipc	ra,0x0
804028c2:	66c080e7          	jalr	1644(ra) # 80402f2a <__pow5bits>
804028c6:	07c50693          	add	a3,a0,124
804028ca:	408a0433          	sub	s0,s4,s0
804028ce:	96a2                	add	a3,a3,s0
804028d0:	008c                	add	a1,sp,64
804028d2:	8552                	mv	a0,s4
804028d4:	c836                	sw	a3,16(sp)
804028d6:	00000097          	auipc	ra,0x0
804028da:	50c080e7          	jalr	1292(ra) # 80402de2 <__double_computeInvPow5>
804028de:	46c2                	lw	a3,16(sp)
804028e0:	181c                	add	a5,sp,48
804028e2:	8526                	mv	a0,s1
804028e4:	886a                	mv	a6,s10
804028e6:	1038                	add	a4,sp,40
804028e8:	0090                	add	a2,sp,64
804028ea:	85ee                	mv	a1,s11
804028ec:	00000097          	auipc	ra,0x0
804028f0:	c26080e7          	jalr	-986(ra) # 80402512 <mulShiftAll64>
804028f4:	47d5                	li	a5,21
804028f6:	842a                	mv	s0,a0
804028f8:	84ae                	mv	s1,a1
804028fa:	0b47e763          	bltu	a5,s4,804029a8 <__dtoa_engine+0x250>
804028fe:	804047b7          	lui	a5,0x80404
80402902:	8ec7a683          	lw	a3,-1812(a5) # 804038ec <stdout+0x8>
80402906:	8e87a603          	lw	a2,-1816(a5)
8040290a:	1838                	add	a4,sp,56
8040290c:	8562                	mv	a0,s8
8040290e:	85ce                	mv	a1,s3
80402910:	00000097          	auipc	ra,0x0
80402914:	62c080e7          	jalr	1580(ra) # 80402f3c <__umul128>
80402918:	57e2                	lw	a5,56(sp)
8040291a:	56f2                	lw	a3,60(sp)
8040291c:	5da2                	lw	s11,40(sp)
8040291e:	8389                	srl	a5,a5,0x2
80402920:	06fa                	sll	a3,a3,0x1e
80402922:	8fd5                	or	a5,a5,a3
80402924:	4695                	li	a3,5
80402926:	02f687b3          	mul	a5,a3,a5
8040292a:	5932                	lw	s2,44(sp)
8040292c:	01879e63          	bne	a5,s8,80402948 <__dtoa_engine+0x1f0>
80402930:	85ce                	mv	a1,s3
80402932:	8562                	mv	a0,s8
80402934:	00000097          	auipc	ra,0x0
80402938:	348080e7          	jalr	840(ra) # 80402c7c <__pow5Factor>
8040293c:	01453733          	sltu	a4,a0,s4
80402940:	00174993          	xor	s3,a4,1
80402944:	4d01                	li	s10,0
80402946:	a03d                	j	80402974 <__dtoa_engine+0x21c>
80402948:	4792                	lw	a5,4(sp)
8040294a:	eb95                	bnez	a5,8040297e <__dtoa_engine+0x226>
8040294c:	fffc0793          	add	a5,s8,-1
80402950:	41a78533          	sub	a0,a5,s10
80402954:	001c3593          	seqz	a1,s8
80402958:	00a7b7b3          	sltu	a5,a5,a0
8040295c:	40b985b3          	sub	a1,s3,a1
80402960:	8d9d                	sub	a1,a1,a5
80402962:	00000097          	auipc	ra,0x0
80402966:	31a080e7          	jalr	794(ra) # 80402c7c <__pow5Factor>
8040296a:	01453933          	sltu	s2,a0,s4
8040296e:	00194d13          	xor	s10,s2,1
80402972:	4981                	li	s3,0
80402974:	47a2                	lw	a5,8(sp)
80402976:	10079e63          	bnez	a5,80402a92 <__dtoa_engine+0x33a>
8040297a:	8b5e                	mv	s6,s7
8040297c:	a079                	j	80402a0a <__dtoa_engine+0x2b2>
8040297e:	002c0513          	add	a0,s8,2
80402982:	018535b3          	sltu	a1,a0,s8
80402986:	95ce                	add	a1,a1,s3
80402988:	00000097          	auipc	ra,0x0
8040298c:	2f4080e7          	jalr	756(ra) # 80402c7c <__pow5Factor>
80402990:	01453533          	sltu	a0,a0,s4
80402994:	00154513          	xor	a0,a0,1
80402998:	40ad8533          	sub	a0,s11,a0
8040299c:	00adbdb3          	sltu	s11,s11,a0
804029a0:	41b90733          	sub	a4,s2,s11
804029a4:	d42a                	sw	a0,40(sp)
804029a6:	d63a                	sw	a4,44(sp)
804029a8:	4981                	li	s3,0
804029aa:	bf69                	j	80402944 <__dtoa_engine+0x1ec>
804029ac:	03e00793          	li	a5,62
804029b0:	ff67ece3          	bltu	a5,s6,804029a8 <__dtoa_engine+0x250>
804029b4:	865a                	mv	a2,s6
804029b6:	557d                	li	a0,-1
804029b8:	55fd                	li	a1,-1
804029ba:	ffffe097          	auipc	ra,0xffffe
804029be:	59e080e7          	jalr	1438(ra) # 80400f58 <__ashldi3>
804029c2:	fff54513          	not	a0,a0
804029c6:	fff5c593          	not	a1,a1
804029ca:	0135f5b3          	and	a1,a1,s3
804029ce:	01857533          	and	a0,a0,s8
804029d2:	00b56733          	or	a4,a0,a1
804029d6:	00173993          	seqz	s3,a4
804029da:	b7ad                	j	80402944 <__dtoa_engine+0x1ec>
804029dc:	02d50833          	mul	a6,a0,a3
804029e0:	0785                	add	a5,a5,1
804029e2:	02b536b3          	mulhu	a3,a0,a1
804029e6:	02b505b3          	mul	a1,a0,a1
804029ea:	96c2                	add	a3,a3,a6
804029ec:	00d4e663          	bltu	s1,a3,804029f8 <__dtoa_engine+0x2a0>
804029f0:	fe9696e3          	bne	a3,s1,804029dc <__dtoa_engine+0x284>
804029f4:	feb474e3          	bgeu	s0,a1,804029dc <__dtoa_engine+0x284>
804029f8:	4732                	lw	a4,12(sp)
804029fa:	97d2                	add	a5,a5,s4
804029fc:	97ba                	add	a5,a5,a4
804029fe:	00f04363          	bgtz	a5,80402a04 <__dtoa_engine+0x2ac>
80402a02:	4785                	li	a5,1
80402a04:	8b3e                	mv	s6,a5
80402a06:	f6fbcae3          	blt	s7,a5,8040297a <__dtoa_engine+0x222>
80402a0a:	4c81                	li	s9,0
80402a0c:	4901                	li	s2,0
80402a0e:	4c01                	li	s8,0
80402a10:	5522                	lw	a0,40(sp)
80402a12:	55b2                	lw	a1,44(sp)
80402a14:	00000097          	auipc	ra,0x0
80402a18:	d0c080e7          	jalr	-756(ra) # 80402720 <div10>
80402a1c:	57c2                	lw	a5,48(sp)
80402a1e:	8dae                	mv	s11,a1
80402a20:	55d2                	lw	a1,52(sp)
80402a22:	c82a                	sw	a0,16(sp)
80402a24:	853e                	mv	a0,a5
80402a26:	ca3e                	sw	a5,20(sp)
80402a28:	00000097          	auipc	ra,0x0
80402a2c:	cf8080e7          	jalr	-776(ra) # 80402720 <div10>
80402a30:	832a                	mv	t1,a0
80402a32:	88ae                	mv	a7,a1
80402a34:	4ea9                	li	t4,10
80402a36:	01b5e763          	bltu	a1,s11,80402a44 <__dtoa_engine+0x2ec>
80402a3a:	08bd9863          	bne	s11,a1,80402aca <__dtoa_engine+0x372>
80402a3e:	47c2                	lw	a5,16(sp)
80402a40:	08f57563          	bgeu	a0,a5,80402aca <__dtoa_engine+0x372>
80402a44:	8522                	mv	a0,s0
80402a46:	85a6                	mv	a1,s1
80402a48:	ce46                	sw	a7,28(sp)
80402a4a:	cc1a                	sw	t1,24(sp)
80402a4c:	00000097          	auipc	ra,0x0
80402a50:	cd4080e7          	jalr	-812(ra) # 80402720 <div10>
80402a54:	4362                	lw	t1,24(sp)
80402a56:	4ea9                	li	t4,10
80402a58:	001cb693          	seqz	a3,s9
80402a5c:	026e8833          	mul	a6,t4,t1
80402a60:	00d9f9b3          	and	s3,s3,a3
80402a64:	47d2                	lw	a5,20(sp)
80402a66:	48f2                	lw	a7,28(sp)
80402a68:	d66e                	sw	s11,44(sp)
80402a6a:	d81a                	sw	t1,48(sp)
80402a6c:	da46                	sw	a7,52(sp)
80402a6e:	0905                	add	s2,s2,1
80402a70:	84ae                	mv	s1,a1
80402a72:	02ae86b3          	mul	a3,t4,a0
80402a76:	40f80833          	sub	a6,a6,a5
80402a7a:	47c2                	lw	a5,16(sp)
80402a7c:	00183813          	seqz	a6,a6
80402a80:	010d7d33          	and	s10,s10,a6
80402a84:	d43e                	sw	a5,40(sp)
80402a86:	40d406b3          	sub	a3,s0,a3
80402a8a:	0ff6fc93          	zext.b	s9,a3
80402a8e:	842a                	mv	s0,a0
80402a90:	b741                	j	80402a10 <__dtoa_engine+0x2b8>
80402a92:	45a9                	li	a1,10
80402a94:	4681                	li	a3,0
80402a96:	4785                	li	a5,1
80402a98:	4529                	li	a0,10
80402a9a:	bf89                	j	804029ec <__dtoa_engine+0x294>
80402a9c:	030e8f33          	mul	t5,t4,a6
80402aa0:	0505                	add	a0,a0,1
80402aa2:	02beb833          	mulhu	a6,t4,a1
80402aa6:	02be85b3          	mul	a1,t4,a1
80402aaa:	987a                	add	a6,a6,t5
80402aac:	0104e663          	bltu	s1,a6,80402ab8 <__dtoa_engine+0x360>
80402ab0:	fe9816e3          	bne	a6,s1,80402a9c <__dtoa_engine+0x344>
80402ab4:	feb474e3          	bgeu	s0,a1,80402a9c <__dtoa_engine+0x344>
80402ab8:	00ab5d63          	bge	s6,a0,80402ad2 <__dtoa_engine+0x37a>
80402abc:	000b1563          	bnez	s6,80402ac6 <__dtoa_engine+0x36e>
80402ac0:	009465b3          	or	a1,s0,s1
80402ac4:	c599                	beqz	a1,80402ad2 <__dtoa_engine+0x37a>
80402ac6:	4c05                	li	s8,1
80402ac8:	bfb5                	j	80402a44 <__dtoa_engine+0x2ec>
80402aca:	45a9                	li	a1,10
80402acc:	4801                	li	a6,0
80402ace:	4505                	li	a0,1
80402ad0:	bff1                	j	80402aac <__dtoa_engine+0x354>
80402ad2:	060d0763          	beqz	s10,80402b40 <__dtoa_engine+0x3e8>
80402ad6:	4da9                	li	s11,10
80402ad8:	5342                	lw	t1,48(sp)
80402ada:	55d2                	lw	a1,52(sp)
80402adc:	851a                	mv	a0,t1
80402ade:	c81a                	sw	t1,16(sp)
80402ae0:	00000097          	auipc	ra,0x0
80402ae4:	c40080e7          	jalr	-960(ra) # 80402720 <div10>
80402ae8:	ce2e                	sw	a1,28(sp)
80402aea:	02ad85b3          	mul	a1,s11,a0
80402aee:	4342                	lw	t1,16(sp)
80402af0:	882a                	mv	a6,a0
80402af2:	cc42                	sw	a6,24(sp)
80402af4:	04659663          	bne	a1,t1,80402b40 <__dtoa_engine+0x3e8>
80402af8:	5522                	lw	a0,40(sp)
80402afa:	55b2                	lw	a1,44(sp)
80402afc:	0905                	add	s2,s2,1
80402afe:	00000097          	auipc	ra,0x0
80402b02:	c22080e7          	jalr	-990(ra) # 80402720 <div10>
80402b06:	ca2a                	sw	a0,20(sp)
80402b08:	c82e                	sw	a1,16(sp)
80402b0a:	8522                	mv	a0,s0
80402b0c:	85a6                	mv	a1,s1
80402b0e:	00000097          	auipc	ra,0x0
80402b12:	c12080e7          	jalr	-1006(ra) # 80402720 <div10>
80402b16:	001cb693          	seqz	a3,s9
80402b1a:	00d9f9b3          	and	s3,s3,a3
80402b1e:	02ad86b3          	mul	a3,s11,a0
80402b22:	4e52                	lw	t3,20(sp)
80402b24:	4342                	lw	t1,16(sp)
80402b26:	4862                	lw	a6,24(sp)
80402b28:	48f2                	lw	a7,28(sp)
80402b2a:	d472                	sw	t3,40(sp)
80402b2c:	d61a                	sw	t1,44(sp)
80402b2e:	d842                	sw	a6,48(sp)
80402b30:	da46                	sw	a7,52(sp)
80402b32:	84ae                	mv	s1,a1
80402b34:	40d406b3          	sub	a3,s0,a3
80402b38:	0ff6fc93          	zext.b	s9,a3
80402b3c:	842a                	mv	s0,a0
80402b3e:	bf69                	j	80402ad8 <__dtoa_engine+0x380>
80402b40:	9952                	add	s2,s2,s4
80402b42:	0c098863          	beqz	s3,80402c12 <__dtoa_engine+0x4ba>
80402b46:	4715                	li	a4,5
80402b48:	0cec9563          	bne	s9,a4,80402c12 <__dtoa_engine+0x4ba>
80402b4c:	00147713          	and	a4,s0,1
80402b50:	e755                	bnez	a4,80402bfc <__dtoa_engine+0x4a4>
80402b52:	000c1963          	bnez	s8,80402b64 <__dtoa_engine+0x40c>
80402b56:	5742                	lw	a4,48(sp)
80402b58:	00871563          	bne	a4,s0,80402b62 <__dtoa_engine+0x40a>
80402b5c:	5752                	lw	a4,52(sp)
80402b5e:	0c970c63          	beq	a4,s1,80402c36 <__dtoa_engine+0x4de>
80402b62:	4701                	li	a4,0
80402b64:	943a                	add	s0,s0,a4
80402b66:	00e435b3          	sltu	a1,s0,a4
80402b6a:	95a6                	add	a1,a1,s1
80402b6c:	8a2e                	mv	s4,a1
80402b6e:	84a2                	mv	s1,s0
80402b70:	4629                	li	a2,10
80402b72:	4681                	li	a3,0
80402b74:	4c05                	li	s8,1
80402b76:	4529                	li	a0,10
80402b78:	00d5e663          	bltu	a1,a3,80402b84 <__dtoa_engine+0x42c>
80402b7c:	0ab69f63          	bne	a3,a1,80402c3a <__dtoa_engine+0x4e2>
80402b80:	0ac47d63          	bgeu	s0,a2,80402c3a <__dtoa_engine+0x4e2>
80402b84:	c329                	beqz	a4,80402bc6 <__dtoa_engine+0x46e>
80402b86:	058b5063          	bge	s6,s8,80402bc6 <__dtoa_engine+0x46e>
80402b8a:	47a2                	lw	a5,8(sp)
80402b8c:	cf91                	beqz	a5,80402ba8 <__dtoa_engine+0x450>
80402b8e:	4732                	lw	a4,12(sp)
80402b90:	012c07b3          	add	a5,s8,s2
80402b94:	00f70b33          	add	s6,a4,a5
80402b98:	000b5363          	bgez	s6,80402b9e <__dtoa_engine+0x446>
80402b9c:	4b01                	li	s6,0
80402b9e:	016bd363          	bge	s7,s6,80402ba4 <__dtoa_engine+0x44c>
80402ba2:	8b5e                	mv	s6,s7
80402ba4:	038b5163          	bge	s6,s8,80402bc6 <__dtoa_engine+0x46e>
80402ba8:	00540513          	add	a0,s0,5
80402bac:	00853433          	sltu	s0,a0,s0
80402bb0:	4629                	li	a2,10
80402bb2:	4681                	li	a3,0
80402bb4:	95a2                	add	a1,a1,s0
80402bb6:	ffffe097          	auipc	ra,0xffffe
80402bba:	430080e7          	jalr	1072(ra) # 80400fe6 <__udivdi3>
80402bbe:	84aa                	mv	s1,a0
80402bc0:	8a2e                	mv	s4,a1
80402bc2:	0905                	add	s2,s2,1
80402bc4:	1c7d                	add	s8,s8,-1
80402bc6:	87da                	mv	a5,s6
80402bc8:	016c5363          	bge	s8,s6,80402bce <__dtoa_engine+0x476>
80402bcc:	87e2                	mv	a5,s8
80402bce:	01079413          	sll	s0,a5,0x10
80402bd2:	0942                	sll	s2,s2,0x10
80402bd4:	8441                	sra	s0,s0,0x10
80402bd6:	41095913          	sra	s2,s2,0x10
80402bda:	9922                	add	s2,s2,s0
80402bdc:	008a8b33          	add	s6,s5,s0
80402be0:	197d                	add	s2,s2,-1
80402be2:	4b81                	li	s7,0
80402be4:	8c5a                	mv	s8,s6
80402be6:	1b7d                	add	s6,s6,-1
80402be8:	068bc263          	blt	s7,s0,80402c4c <__dtoa_engine+0x4f4>
80402bec:	4782                	lw	a5,0(sp)
80402bee:	000c02a3          	sb	zero,5(s8)
80402bf2:	012aa023          	sw	s2,0(s5)
80402bf6:	00fa8223          	sb	a5,4(s5)
80402bfa:	be45                	j	804027aa <__dtoa_engine+0x52>
80402bfc:	4705                	li	a4,1
80402bfe:	f60c13e3          	bnez	s8,80402b64 <__dtoa_engine+0x40c>
80402c02:	5742                	lw	a4,48(sp)
80402c04:	00871563          	bne	a4,s0,80402c0e <__dtoa_engine+0x4b6>
80402c08:	5752                	lw	a4,52(sp)
80402c0a:	00970c63          	beq	a4,s1,80402c22 <__dtoa_engine+0x4ca>
80402c0e:	4705                	li	a4,1
80402c10:	bf91                	j	80402b64 <__dtoa_engine+0x40c>
80402c12:	000c1d63          	bnez	s8,80402c2c <__dtoa_engine+0x4d4>
80402c16:	5742                	lw	a4,48(sp)
80402c18:	00871a63          	bne	a4,s0,80402c2c <__dtoa_engine+0x4d4>
80402c1c:	5752                	lw	a4,52(sp)
80402c1e:	00971763          	bne	a4,s1,80402c2c <__dtoa_engine+0x4d4>
80402c22:	4792                	lw	a5,4(sp)
80402c24:	4705                	li	a4,1
80402c26:	ff9d                	bnez	a5,80402b64 <__dtoa_engine+0x40c>
80402c28:	f20d0ee3          	beqz	s10,80402b64 <__dtoa_engine+0x40c>
80402c2c:	005cb693          	sltiu	a3,s9,5
80402c30:	0016c713          	xor	a4,a3,1
80402c34:	bf05                	j	80402b64 <__dtoa_engine+0x40c>
80402c36:	4c91                	li	s9,4
80402c38:	b7ed                	j	80402c22 <__dtoa_engine+0x4ca>
80402c3a:	02d50833          	mul	a6,a0,a3
80402c3e:	0c05                	add	s8,s8,1
80402c40:	02c536b3          	mulhu	a3,a0,a2
80402c44:	02c50633          	mul	a2,a0,a2
80402c48:	96c2                	add	a3,a3,a6
80402c4a:	b73d                	j	80402b78 <__dtoa_engine+0x420>
80402c4c:	4629                	li	a2,10
80402c4e:	4681                	li	a3,0
80402c50:	8526                	mv	a0,s1
80402c52:	85d2                	mv	a1,s4
80402c54:	ffffe097          	auipc	ra,0xffffe
80402c58:	6f0080e7          	jalr	1776(ra) # 80401344 <__umoddi3>
80402c5c:	03050513          	add	a0,a0,48
80402c60:	00ab02a3          	sb	a0,5(s6)
80402c64:	85d2                	mv	a1,s4
80402c66:	8526                	mv	a0,s1
80402c68:	4629                	li	a2,10
80402c6a:	4681                	li	a3,0
80402c6c:	ffffe097          	auipc	ra,0xffffe
80402c70:	37a080e7          	jalr	890(ra) # 80400fe6 <__udivdi3>
80402c74:	84aa                	mv	s1,a0
80402c76:	8a2e                	mv	s4,a1
80402c78:	0b85                	add	s7,s7,1
80402c7a:	b7b5                	j	80402be6 <__dtoa_engine+0x48e>

80402c7c <__pow5Factor>:
80402c7c:	ccccd737          	lui	a4,0xccccd
80402c80:	333336b7          	lui	a3,0x33333
80402c84:	87aa                	mv	a5,a0
80402c86:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b56ed>
80402c8a:	4501                	li	a0,0
80402c8c:	ccc70713          	add	a4,a4,-820
80402c90:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80402c94:	02c585b3          	mul	a1,a1,a2
80402c98:	02e78833          	mul	a6,a5,a4
80402c9c:	982e                	add	a6,a6,a1
80402c9e:	02c7b5b3          	mulhu	a1,a5,a2
80402ca2:	95c2                	add	a1,a1,a6
80402ca4:	02c787b3          	mul	a5,a5,a2
80402ca8:	00b6e863          	bltu	a3,a1,80402cb8 <__pow5Factor+0x3c>
80402cac:	00d59463          	bne	a1,a3,80402cb4 <__pow5Factor+0x38>
80402cb0:	00f5e463          	bltu	a1,a5,80402cb8 <__pow5Factor+0x3c>
80402cb4:	0505                	add	a0,a0,1
80402cb6:	bff9                	j	80402c94 <__pow5Factor+0x18>
80402cb8:	8082                	ret

80402cba <__double_computePow5>:
80402cba:	fffff317          	auipc	t1,0xfffff
80402cbe:	9ba302e7          	jalr	t0,-1606(t1) # 80401674 <__riscv_save_10>
80402cc2:	47e9                	li	a5,26
80402cc4:	02f55b33          	divu	s6,a0,a5
80402cc8:	804039b7          	lui	s3,0x80403
80402ccc:	49898b93          	add	s7,s3,1176 # 80403498 <DOUBLE_POW5_SPLIT2>
80402cd0:	1101                	add	sp,sp,-32
80402cd2:	892e                	mv	s2,a1
80402cd4:	02f577b3          	remu	a5,a0,a5
80402cd8:	004b1713          	sll	a4,s6,0x4
80402cdc:	9bba                	add	s7,s7,a4
80402cde:	e785                	bnez	a5,80402d06 <__double_computePow5+0x4c>
80402ce0:	000ba703          	lw	a4,0(s7)
80402ce4:	004ba783          	lw	a5,4(s7)
80402ce8:	c198                	sw	a4,0(a1)
80402cea:	c1dc                	sw	a5,4(a1)
80402cec:	008ba503          	lw	a0,8(s7)
80402cf0:	00cba583          	lw	a1,12(s7)
80402cf4:	00a92423          	sw	a0,8(s2)
80402cf8:	00b92623          	sw	a1,12(s2)
80402cfc:	6105                	add	sp,sp,32
80402cfe:	fffff317          	auipc	t1,0xfffff
80402d02:	9ae30067          	jr	-1618(t1) # 804016ac <__riscv_restore_10>
80402d06:	49898993          	add	s3,s3,1176
80402d0a:	078e                	sll	a5,a5,0x3
80402d0c:	97ce                	add	a5,a5,s3
80402d0e:	0d07aa03          	lw	s4,208(a5)
80402d12:	0d47aa83          	lw	s5,212(a5)
80402d16:	008ba603          	lw	a2,8(s7)
80402d1a:	00cba683          	lw	a3,12(s7)
80402d1e:	0818                	add	a4,sp,16
80402d20:	85d6                	mv	a1,s5
80402d22:	842a                	mv	s0,a0
80402d24:	8552                	mv	a0,s4
80402d26:	00000097          	auipc	ra,0x0
80402d2a:	216080e7          	jalr	534(ra) # 80402f3c <__umul128>
80402d2e:	000ba603          	lw	a2,0(s7)
80402d32:	004ba683          	lw	a3,4(s7)
80402d36:	84aa                	mv	s1,a0
80402d38:	8c2e                	mv	s8,a1
80402d3a:	0838                	add	a4,sp,24
80402d3c:	8552                	mv	a0,s4
80402d3e:	85d6                	mv	a1,s5
80402d40:	00000097          	auipc	ra,0x0
80402d44:	1fc080e7          	jalr	508(ra) # 80402f3c <__umul128>
80402d48:	47e2                	lw	a5,24(sp)
80402d4a:	4772                	lw	a4,28(sp)
80402d4c:	8aaa                	mv	s5,a0
80402d4e:	94be                	add	s1,s1,a5
80402d50:	00f4ba33          	sltu	s4,s1,a5
80402d54:	9c3a                	add	s8,s8,a4
80402d56:	9a62                	add	s4,s4,s8
80402d58:	00ea6663          	bltu	s4,a4,80402d64 <__double_computePow5+0xaa>
80402d5c:	01471d63          	bne	a4,s4,80402d76 <__double_computePow5+0xbc>
80402d60:	00f4fb63          	bgeu	s1,a5,80402d76 <__double_computePow5+0xbc>
80402d64:	47c2                	lw	a5,16(sp)
80402d66:	46d2                	lw	a3,20(sp)
80402d68:	00178713          	add	a4,a5,1
80402d6c:	00f737b3          	sltu	a5,a4,a5
80402d70:	97b6                	add	a5,a5,a3
80402d72:	c83a                	sw	a4,16(sp)
80402d74:	ca3e                	sw	a5,20(sp)
80402d76:	8522                	mv	a0,s0
80402d78:	c62e                	sw	a1,12(sp)
80402d7a:	00000097          	auipc	ra,0x0
80402d7e:	1b0080e7          	jalr	432(ra) # 80402f2a <__pow5bits>
80402d82:	8baa                	mv	s7,a0
80402d84:	4569                	li	a0,26
80402d86:	02ab0533          	mul	a0,s6,a0
80402d8a:	00000097          	auipc	ra,0x0
80402d8e:	1a0080e7          	jalr	416(ra) # 80402f2a <__pow5bits>
80402d92:	45b2                	lw	a1,12(sp)
80402d94:	40ab8733          	sub	a4,s7,a0
80402d98:	8626                	mv	a2,s1
80402d9a:	86d2                	mv	a3,s4
80402d9c:	8556                	mv	a0,s5
80402d9e:	c43a                	sw	a4,8(sp)
80402da0:	00000097          	auipc	ra,0x0
80402da4:	1e8080e7          	jalr	488(ra) # 80402f88 <__shiftright128>
80402da8:	00445793          	srl	a5,s0,0x4
80402dac:	078a                	sll	a5,a5,0x2
80402dae:	99be                	add	s3,s3,a5
80402db0:	1a09a783          	lw	a5,416(s3)
80402db4:	0406                	sll	s0,s0,0x1
80402db6:	8879                	and	s0,s0,30
80402db8:	0087d7b3          	srl	a5,a5,s0
80402dbc:	8b8d                	and	a5,a5,3
80402dbe:	953e                	add	a0,a0,a5
80402dc0:	00f537b3          	sltu	a5,a0,a5
80402dc4:	4722                	lw	a4,8(sp)
80402dc6:	4642                	lw	a2,16(sp)
80402dc8:	46d2                	lw	a3,20(sp)
80402dca:	97ae                	add	a5,a5,a1
80402dcc:	00a92023          	sw	a0,0(s2)
80402dd0:	00f92223          	sw	a5,4(s2)
80402dd4:	8526                	mv	a0,s1
80402dd6:	85d2                	mv	a1,s4
80402dd8:	00000097          	auipc	ra,0x0
80402ddc:	1b0080e7          	jalr	432(ra) # 80402f88 <__shiftright128>
80402de0:	bf11                	j	80402cf4 <__double_computePow5+0x3a>

80402de2 <__double_computeInvPow5>:
80402de2:	fffff317          	auipc	t1,0xfffff
80402de6:	892302e7          	jalr	t0,-1902(t1) # 80401674 <__riscv_save_10>
80402dea:	4b69                	li	s6,26
80402dec:	01950793          	add	a5,a0,25
80402df0:	0367d7b3          	divu	a5,a5,s6
80402df4:	80403ab7          	lui	s5,0x80403
80402df8:	498a8493          	add	s1,s5,1176 # 80403498 <DOUBLE_POW5_SPLIT2>
80402dfc:	1f848493          	add	s1,s1,504
80402e00:	1101                	add	sp,sp,-32
80402e02:	8a2e                	mv	s4,a1
80402e04:	03678b33          	mul	s6,a5,s6
80402e08:	0792                	sll	a5,a5,0x4
80402e0a:	94be                	add	s1,s1,a5
80402e0c:	40ab0733          	sub	a4,s6,a0
80402e10:	02ab1163          	bne	s6,a0,80402e32 <__double_computeInvPow5+0x50>
80402e14:	4098                	lw	a4,0(s1)
80402e16:	40dc                	lw	a5,4(s1)
80402e18:	c198                	sw	a4,0(a1)
80402e1a:	c1dc                	sw	a5,4(a1)
80402e1c:	4488                	lw	a0,8(s1)
80402e1e:	44cc                	lw	a1,12(s1)
80402e20:	00aa2423          	sw	a0,8(s4)
80402e24:	00ba2623          	sw	a1,12(s4)
80402e28:	6105                	add	sp,sp,32
80402e2a:	fffff317          	auipc	t1,0xfffff
80402e2e:	88230067          	jr	-1918(t1) # 804016ac <__riscv_restore_10>
80402e32:	498a8a93          	add	s5,s5,1176
80402e36:	070e                	sll	a4,a4,0x3
80402e38:	9756                	add	a4,a4,s5
80402e3a:	0d072903          	lw	s2,208(a4)
80402e3e:	0d472983          	lw	s3,212(a4)
80402e42:	4490                	lw	a2,8(s1)
80402e44:	44d4                	lw	a3,12(s1)
80402e46:	0818                	add	a4,sp,16
80402e48:	85ce                	mv	a1,s3
80402e4a:	842a                	mv	s0,a0
80402e4c:	854a                	mv	a0,s2
80402e4e:	00000097          	auipc	ra,0x0
80402e52:	0ee080e7          	jalr	238(ra) # 80402f3c <__umul128>
80402e56:	4090                	lw	a2,0(s1)
80402e58:	40d4                	lw	a3,4(s1)
80402e5a:	8c2a                	mv	s8,a0
80402e5c:	00163793          	seqz	a5,a2
80402e60:	8bae                	mv	s7,a1
80402e62:	0838                	add	a4,sp,24
80402e64:	8e9d                	sub	a3,a3,a5
80402e66:	854a                	mv	a0,s2
80402e68:	85ce                	mv	a1,s3
80402e6a:	167d                	add	a2,a2,-1
80402e6c:	00000097          	auipc	ra,0x0
80402e70:	0d0080e7          	jalr	208(ra) # 80402f3c <__umul128>
80402e74:	47e2                	lw	a5,24(sp)
80402e76:	4772                	lw	a4,28(sp)
80402e78:	89aa                	mv	s3,a0
80402e7a:	9c3e                	add	s8,s8,a5
80402e7c:	00fc3933          	sltu	s2,s8,a5
80402e80:	9bba                	add	s7,s7,a4
80402e82:	995e                	add	s2,s2,s7
80402e84:	00e96663          	bltu	s2,a4,80402e90 <__double_computeInvPow5+0xae>
80402e88:	01271d63          	bne	a4,s2,80402ea2 <__double_computeInvPow5+0xc0>
80402e8c:	00fc7b63          	bgeu	s8,a5,80402ea2 <__double_computeInvPow5+0xc0>
80402e90:	47c2                	lw	a5,16(sp)
80402e92:	46d2                	lw	a3,20(sp)
80402e94:	00178713          	add	a4,a5,1
80402e98:	00f737b3          	sltu	a5,a4,a5
80402e9c:	97b6                	add	a5,a5,a3
80402e9e:	c83a                	sw	a4,16(sp)
80402ea0:	ca3e                	sw	a5,20(sp)
80402ea2:	855a                	mv	a0,s6
80402ea4:	c62e                	sw	a1,12(sp)
80402ea6:	00000097          	auipc	ra,0x0
80402eaa:	084080e7          	jalr	132(ra) # 80402f2a <__pow5bits>
80402eae:	8b2a                	mv	s6,a0
80402eb0:	8522                	mv	a0,s0
80402eb2:	00000097          	auipc	ra,0x0
80402eb6:	078080e7          	jalr	120(ra) # 80402f2a <__pow5bits>
80402eba:	45b2                	lw	a1,12(sp)
80402ebc:	40ab0733          	sub	a4,s6,a0
80402ec0:	8662                	mv	a2,s8
80402ec2:	86ca                	mv	a3,s2
80402ec4:	854e                	mv	a0,s3
80402ec6:	c43a                	sw	a4,8(sp)
80402ec8:	00000097          	auipc	ra,0x0
80402ecc:	0c0080e7          	jalr	192(ra) # 80402f88 <__shiftright128>
80402ed0:	00445793          	srl	a5,s0,0x4
80402ed4:	078a                	sll	a5,a5,0x2
80402ed6:	9abe                	add	s5,s5,a5
80402ed8:	2e8aa783          	lw	a5,744(s5)
80402edc:	0406                	sll	s0,s0,0x1
80402ede:	8879                	and	s0,s0,30
80402ee0:	0087d7b3          	srl	a5,a5,s0
80402ee4:	8b8d                	and	a5,a5,3
80402ee6:	0785                	add	a5,a5,1
80402ee8:	953e                	add	a0,a0,a5
80402eea:	00f537b3          	sltu	a5,a0,a5
80402eee:	4722                	lw	a4,8(sp)
80402ef0:	4642                	lw	a2,16(sp)
80402ef2:	46d2                	lw	a3,20(sp)
80402ef4:	97ae                	add	a5,a5,a1
80402ef6:	00aa2023          	sw	a0,0(s4)
80402efa:	00fa2223          	sw	a5,4(s4)
80402efe:	8562                	mv	a0,s8
80402f00:	85ca                	mv	a1,s2
80402f02:	00000097          	auipc	ra,0x0
80402f06:	086080e7          	jalr	134(ra) # 80402f88 <__shiftright128>
80402f0a:	bf19                	j	80402e20 <__double_computeInvPow5+0x3e>

80402f0c <__log10Pow2>:
80402f0c:	67cd                	lui	a5,0x13
80402f0e:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80402f12:	02f50533          	mul	a0,a0,a5
80402f16:	8149                	srl	a0,a0,0x12
80402f18:	8082                	ret

80402f1a <__log10Pow5>:
80402f1a:	000b37b7          	lui	a5,0xb3
80402f1e:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80402f22:	02f50533          	mul	a0,a0,a5
80402f26:	8151                	srl	a0,a0,0x14
80402f28:	8082                	ret

80402f2a <__pow5bits>:
80402f2a:	001297b7          	lui	a5,0x129
80402f2e:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80402f32:	02f50533          	mul	a0,a0,a5
80402f36:	814d                	srl	a0,a0,0x13
80402f38:	0505                	add	a0,a0,1
80402f3a:	8082                	ret

80402f3c <__umul128>:
80402f3c:	02c537b3          	mulhu	a5,a0,a2
80402f40:	832e                	mv	t1,a1
80402f42:	02c585b3          	mul	a1,a1,a2
80402f46:	02c33833          	mulhu	a6,t1,a2
80402f4a:	95be                	add	a1,a1,a5
80402f4c:	00f5b7b3          	sltu	a5,a1,a5
80402f50:	97c2                	add	a5,a5,a6
80402f52:	02a68833          	mul	a6,a3,a0
80402f56:	02a6b8b3          	mulhu	a7,a3,a0
80402f5a:	95c2                	add	a1,a1,a6
80402f5c:	0105b833          	sltu	a6,a1,a6
80402f60:	98c2                	add	a7,a7,a6
80402f62:	02d30833          	mul	a6,t1,a3
80402f66:	02d33333          	mulhu	t1,t1,a3
80402f6a:	983e                	add	a6,a6,a5
80402f6c:	011806b3          	add	a3,a6,a7
80402f70:	00f837b3          	sltu	a5,a6,a5
80402f74:	0106b833          	sltu	a6,a3,a6
80402f78:	c314                	sw	a3,0(a4)
80402f7a:	979a                	add	a5,a5,t1
80402f7c:	983e                	add	a6,a6,a5
80402f7e:	02c50533          	mul	a0,a0,a2
80402f82:	01072223          	sw	a6,4(a4)
80402f86:	8082                	ret

80402f88 <__shiftright128>:
80402f88:	ffffe317          	auipc	t1,0xffffe
80402f8c:	6fa302e7          	jalr	t0,1786(t1) # 80401682 <__riscv_save_4>
80402f90:	8a2a                	mv	s4,a0
80402f92:	8532                	mv	a0,a2
80402f94:	04000613          	li	a2,64
80402f98:	8e19                	sub	a2,a2,a4
80402f9a:	89ae                	mv	s3,a1
80402f9c:	85b6                	mv	a1,a3
80402f9e:	843a                	mv	s0,a4
80402fa0:	ffffe097          	auipc	ra,0xffffe
80402fa4:	fb8080e7          	jalr	-72(ra) # 80400f58 <__ashldi3>
80402fa8:	892a                	mv	s2,a0
80402faa:	84ae                	mv	s1,a1
80402fac:	8622                	mv	a2,s0
80402fae:	8552                	mv	a0,s4
80402fb0:	85ce                	mv	a1,s3
80402fb2:	ffffe097          	auipc	ra,0xffffe
80402fb6:	f7e080e7          	jalr	-130(ra) # 80400f30 <__lshrdi3>
80402fba:	00a96533          	or	a0,s2,a0
80402fbe:	8dc5                	or	a1,a1,s1
80402fc0:	ffffe317          	auipc	t1,0xffffe
80402fc4:	6f630067          	jr	1782(t1) # 804016b6 <__riscv_restore_4>

80402fc8 <strnlen>:
80402fc8:	95aa                	add	a1,a1,a0
80402fca:	87aa                	mv	a5,a0
80402fcc:	00b78563          	beq	a5,a1,80402fd6 <strnlen+0xe>
80402fd0:	0007c703          	lbu	a4,0(a5)
80402fd4:	e701                	bnez	a4,80402fdc <strnlen+0x14>
80402fd6:	40a78533          	sub	a0,a5,a0
80402fda:	8082                	ret
80402fdc:	0785                	add	a5,a5,1
80402fde:	b7fd                	j	80402fcc <strnlen+0x4>
