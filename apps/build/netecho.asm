
build/netecho.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00009197          	auipc	gp,0x9
   10004:	81818193          	add	gp,gp,-2024 # 18818 <__global_pointer$>
   10008:	00008217          	auipc	tp,0x8
   1000c:	01020213          	add	tp,tp,16 # 18018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	27e040ef          	jal	14292 <__libc_init_array>
   10018:	8522                	mv	a0,s0
   1001a:	85a6                	mv	a1,s1
   1001c:	2021                	jal	10024 <main>
   1001e:	2d2040ef          	jal	142f0 <exit>
   10022:	a001                	j	10022 <_start+0x22>

00010024 <main>:
   10024:	714d                	add	sp,sp,-336
   10026:	14812423          	sw	s0,328(sp)
   1002a:	14912223          	sw	s1,324(sp)
   1002e:	14112623          	sw	ra,332(sp)
   10032:	15212023          	sw	s2,320(sp)
   10036:	13312e23          	sw	s3,316(sp)
   1003a:	13412c23          	sw	s4,312(sp)
   1003e:	13512a23          	sw	s5,308(sp)
   10042:	13612823          	sw	s6,304(sp)
   10046:	13712623          	sw	s7,300(sp)
   1004a:	13812423          	sw	s8,296(sp)
   1004e:	13912223          	sw	s9,292(sp)
   10052:	13a12023          	sw	s10,288(sp)
   10056:	11b12e23          	sw	s11,284(sp)
   1005a:	4785                	li	a5,1
   1005c:	842a                	mv	s0,a0
   1005e:	84ae                	mv	s1,a1
   10060:	12a7cb63          	blt	a5,a0,10196 <main+0x172>
   10064:	69dd                	lui	s3,0x17
   10066:	fff50413          	add	s0,a0,-1
   1006a:	00458493          	add	s1,a1,4
   1006e:	d282                	sw	zero,100(sp)
   10070:	1d898993          	add	s3,s3,472 # 171d8 <__riscv_restore_0+0xdea>
   10074:	695d                	lui	s2,0x17
   10076:	18490593          	add	a1,s2,388 # 17184 <__riscv_restore_0+0xd96>
   1007a:	854e                	mv	a0,s3
   1007c:	1fe040ef          	jal	1427a <strcmp>
   10080:	c909                	beqz	a0,10092 <main+0x6e>
   10082:	65dd                	lui	a1,0x17
   10084:	18c58593          	add	a1,a1,396 # 1718c <__riscv_restore_0+0xd9e>
   10088:	854e                	mv	a0,s3
   1008a:	1f0040ef          	jal	1427a <strcmp>
   1008e:	1a051c63          	bnez	a0,10246 <main+0x222>
   10092:	4501                	li	a0,0
   10094:	503000ef          	jal	10d96 <inet_up>
   10098:	10054c63          	bltz	a0,101b0 <main+0x18c>
   1009c:	18490593          	add	a1,s2,388
   100a0:	854e                	mv	a0,s3
   100a2:	1d8040ef          	jal	1427a <strcmp>
   100a6:	ed31                	bnez	a0,10102 <main+0xde>
   100a8:	4505                	li	a0,1
   100aa:	00855763          	bge	a0,s0,100b8 <main+0x94>
   100ae:	40c8                	lw	a0,4(s1)
   100b0:	4629                	li	a2,10
   100b2:	4581                	li	a1,0
   100b4:	312040ef          	jal	143c6 <strtoul>
   100b8:	055000ef          	jal	1090c <serve>
   100bc:	842a                	mv	s0,a0
   100be:	1a054463          	bltz	a0,10266 <main+0x242>
   100c2:	5796                	lw	a5,100(sp)
   100c4:	10079963          	bnez	a5,101d6 <main+0x1b2>
   100c8:	14c12083          	lw	ra,332(sp)
   100cc:	8522                	mv	a0,s0
   100ce:	14812403          	lw	s0,328(sp)
   100d2:	14412483          	lw	s1,324(sp)
   100d6:	14012903          	lw	s2,320(sp)
   100da:	13c12983          	lw	s3,316(sp)
   100de:	13812a03          	lw	s4,312(sp)
   100e2:	13412a83          	lw	s5,308(sp)
   100e6:	13012b03          	lw	s6,304(sp)
   100ea:	12c12b83          	lw	s7,300(sp)
   100ee:	12812c03          	lw	s8,296(sp)
   100f2:	12412c83          	lw	s9,292(sp)
   100f6:	12012d03          	lw	s10,288(sp)
   100fa:	11c12d83          	lw	s11,284(sp)
   100fe:	6171                	add	sp,sp,336
   10100:	8082                	ret
   10102:	147d                	add	s0,s0,-1
   10104:	4785                	li	a5,1
   10106:	1687d063          	bge	a5,s0,10266 <main+0x242>
   1010a:	40c8                	lw	a0,4(s1)
   1010c:	18ac                	add	a1,sp,120
   1010e:	3e1000ef          	jal	10cee <inet_parse>
   10112:	14054a63          	bltz	a0,10266 <main+0x242>
   10116:	4488                	lw	a0,8(s1)
   10118:	4629                	li	a2,10
   1011a:	4581                	li	a1,0
   1011c:	2aa040ef          	jal	143c6 <strtoul>
   10120:	4789                	li	a5,2
   10122:	d0aa                	sw	a0,96(sp)
   10124:	491d                	li	s2,7
   10126:	14f41763          	bne	s0,a5,10274 <main+0x250>
   1012a:	65dd                	lui	a1,0x17
   1012c:	19858593          	add	a1,a1,408 # 17198 <__riscv_restore_0+0xdaa>
   10130:	854e                	mv	a0,s3
   10132:	148040ef          	jal	1427a <strcmp>
   10136:	14050663          	beqz	a0,10282 <main+0x25e>
   1013a:	5566                	lw	a0,120(sp)
   1013c:	659d                	lui	a1,0x7
   1013e:	53058593          	add	a1,a1,1328 # 7530 <errno+0x7530>
   10142:	0f9010ef          	jal	11a3a <inet_resolve>
   10146:	66054b63          	bltz	a0,107bc <main+0x798>
   1014a:	695d                	lui	s2,0x17
   1014c:	18c90593          	add	a1,s2,396 # 1718c <__riscv_restore_0+0xd9e>
   10150:	854e                	mv	a0,s3
   10152:	128040ef          	jal	1427a <strcmp>
   10156:	2a051463          	bnez	a0,103fe <main+0x3da>
   1015a:	011c                	add	a5,sp,128
   1015c:	02000613          	li	a2,32
   10160:	4581                	li	a1,0
   10162:	853e                	mv	a0,a5
   10164:	0044aa03          	lw	s4,4(s1)
   10168:	59e6                	lw	s3,120(sp)
   1016a:	d4be                	sw	a5,104(sp)
   1016c:	4485                	li	s1,1
   1016e:	0fc040ef          	jal	1426a <memset>
   10172:	5786                	lw	a5,96(sp)
   10174:	447a                	lw	s0,156(sp)
   10176:	2697ec63          	bltu	a5,s1,103ee <main+0x3ca>
   1017a:	01049593          	sll	a1,s1,0x10
   1017e:	3e800613          	li	a2,1000
   10182:	81c1                	srl	a1,a1,0x10
   10184:	854e                	mv	a0,s3
   10186:	5c5010ef          	jal	11f4a <inet_ping>
   1018a:	20055c63          	bgez	a0,103a2 <main+0x37e>
   1018e:	0405                	add	s0,s0,1
   10190:	cf22                	sw	s0,156(sp)
   10192:	0485                	add	s1,s1,1
   10194:	bff9                	j	10172 <main+0x14e>
   10196:	41c8                	lw	a0,4(a1)
   10198:	65dd                	lui	a1,0x17
   1019a:	18058593          	add	a1,a1,384 # 17180 <__riscv_restore_0+0xd92>
   1019e:	0dc040ef          	jal	1427a <strcmp>
   101a2:	c10d                	beqz	a0,101c4 <main+0x1a0>
   101a4:	147d                	add	s0,s0,-1
   101a6:	0491                	add	s1,s1,4
   101a8:	d282                	sw	zero,100(sp)
   101aa:	0004a983          	lw	s3,0(s1)
   101ae:	b5d9                	j	10074 <main+0x50>
   101b0:	25c010ef          	jal	1140c <inet_strerror>
   101b4:	85aa                	mv	a1,a0
   101b6:	655d                	lui	a0,0x17
   101b8:	19c50513          	add	a0,a0,412 # 1719c <__riscv_restore_0+0xdae>
   101bc:	17a040ef          	jal	14336 <printf>
   101c0:	4405                	li	s0,1
   101c2:	b719                	j	100c8 <main+0xa4>
   101c4:	4785                	li	a5,1
   101c6:	1479                	add	s0,s0,-2
   101c8:	d2be                	sw	a5,100(sp)
   101ca:	04a1                	add	s1,s1,8
   101cc:	fc79                	bnez	s0,101aa <main+0x186>
   101ce:	69dd                	lui	s3,0x17
   101d0:	1d898993          	add	s3,s3,472 # 171d8 <__riscv_restore_0+0xdea>
   101d4:	b545                	j	10074 <main+0x50>
   101d6:	0108                	add	a0,sp,128
   101d8:	535000ef          	jal	10f0c <inet_stats>
   101dc:	10412783          	lw	a5,260(sp)
   101e0:	c4be                	sw	a5,72(sp)
   101e2:	47ee                	lw	a5,216(sp)
   101e4:	c2be                	sw	a5,68(sp)
   101e6:	47ea                	lw	a5,152(sp)
   101e8:	c0be                	sw	a5,64(sp)
   101ea:	47aa                	lw	a5,136(sp)
   101ec:	de3e                	sw	a5,60(sp)
   101ee:	579e                	lw	a5,228(sp)
   101f0:	dc3e                	sw	a5,56(sp)
   101f2:	47ce                	lw	a5,208(sp)
   101f4:	da3e                	sw	a5,52(sp)
   101f6:	478e                	lw	a5,192(sp)
   101f8:	d83e                	sw	a5,48(sp)
   101fa:	579a                	lw	a5,164(sp)
   101fc:	d63e                	sw	a5,44(sp)
   101fe:	57ce                	lw	a5,240(sp)
   10200:	d43e                	sw	a5,40(sp)
   10202:	57be                	lw	a5,236(sp)
   10204:	d23e                	sw	a5,36(sp)
   10206:	10012783          	lw	a5,256(sp)
   1020a:	d03e                	sw	a5,32(sp)
   1020c:	57fe                	lw	a5,252(sp)
   1020e:	ce3e                	sw	a5,28(sp)
   10210:	57ee                	lw	a5,248(sp)
   10212:	cc3e                	sw	a5,24(sp)
   10214:	57de                	lw	a5,244(sp)
   10216:	ca3e                	sw	a5,20(sp)
   10218:	578e                	lw	a5,224(sp)
   1021a:	c83e                	sw	a5,16(sp)
   1021c:	47fe                	lw	a5,220(sp)
   1021e:	c63e                	sw	a5,12(sp)
   10220:	58ea                	lw	a7,184(sp)
   10222:	453e                	lw	a0,204(sp)
   10224:	580a                	lw	a6,160(sp)
   10226:	47fa                	lw	a5,156(sp)
   10228:	c42a                	sw	a0,8(sp)
   1022a:	452e                	lw	a0,200(sp)
   1022c:	474a                	lw	a4,144(sp)
   1022e:	46ba                	lw	a3,140(sp)
   10230:	c22a                	sw	a0,4(sp)
   10232:	557a                	lw	a0,188(sp)
   10234:	461a                	lw	a2,132(sp)
   10236:	458a                	lw	a1,128(sp)
   10238:	c02a                	sw	a0,0(sp)
   1023a:	655d                	lui	a0,0x17
   1023c:	38450513          	add	a0,a0,900 # 17384 <__riscv_restore_0+0xf96>
   10240:	0f6040ef          	jal	14336 <printf>
   10244:	b551                	j	100c8 <main+0xa4>
   10246:	65dd                	lui	a1,0x17
   10248:	19458593          	add	a1,a1,404 # 17194 <__riscv_restore_0+0xda6>
   1024c:	854e                	mv	a0,s3
   1024e:	02c040ef          	jal	1427a <strcmp>
   10252:	e40500e3          	beqz	a0,10092 <main+0x6e>
   10256:	65dd                	lui	a1,0x17
   10258:	19858593          	add	a1,a1,408 # 17198 <__riscv_restore_0+0xdaa>
   1025c:	854e                	mv	a0,s3
   1025e:	01c040ef          	jal	1427a <strcmp>
   10262:	e20508e3          	beqz	a0,10092 <main+0x6e>
   10266:	655d                	lui	a0,0x17
   10268:	33050513          	add	a0,a0,816 # 17330 <__riscv_restore_0+0xf42>
   1026c:	0ca040ef          	jal	14336 <printf>
   10270:	4409                	li	s0,2
   10272:	bd99                	j	100c8 <main+0xa4>
   10274:	44c8                	lw	a0,12(s1)
   10276:	4629                	li	a2,10
   10278:	4581                	li	a1,0
   1027a:	14c040ef          	jal	143c6 <strtoul>
   1027e:	892a                	mv	s2,a0
   10280:	b56d                	j	1012a <main+0x106>
   10282:	40d4                	lw	a3,4(s1)
   10284:	011c                	add	a5,sp,128
   10286:	665d                	lui	a2,0x17
   10288:	874a                	mv	a4,s2
   1028a:	5466                	lw	s0,120(sp)
   1028c:	1ac60613          	add	a2,a2,428 # 171ac <__riscv_restore_0+0xdbe>
   10290:	45d9                	li	a1,22
   10292:	853e                	mv	a0,a5
   10294:	d4be                	sw	a5,104(sp)
   10296:	0c6040ef          	jal	1435c <snprintf>
   1029a:	01091593          	sll	a1,s2,0x10
   1029e:	661d                	lui	a2,0x7
   102a0:	53060613          	add	a2,a2,1328 # 7530 <errno+0x7530>
   102a4:	81c1                	srl	a1,a1,0x10
   102a6:	8522                	mv	a0,s0
   102a8:	5dc020ef          	jal	12884 <tcp_connect>
   102ac:	892a                	mv	s2,a0
   102ae:	52054f63          	bltz	a0,107ec <main+0x7c8>
   102b2:	c8102af3          	rdtimeh	s5
   102b6:	c01024f3          	rdtime	s1
   102ba:	c81027f3          	rdtimeh	a5
   102be:	fefa9ae3          	bne	s5,a5,102b2 <main+0x28e>
   102c2:	5786                	lw	a5,96(sp)
   102c4:	3a078563          	beqz	a5,1066e <main+0x64a>
   102c8:	6415                	lui	s0,0x5
   102ca:	9e378bb7          	lui	s7,0x9e378
   102ce:	4d01                	li	s10,0
   102d0:	4b01                	li	s6,0
   102d2:	e2040413          	add	s0,s0,-480 # 4e20 <errno+0x4e20>
   102d6:	69e1                	lui	s3,0x18
   102d8:	f9200a13          	li	s4,-110
   102dc:	9b1b8b93          	add	s7,s7,-1615 # 9e3779b1 <_end+0x9e314529>
   102e0:	5786                	lw	a5,96(sp)
   102e2:	46fb6463          	bltu	s6,a5,1074a <main+0x726>
   102e6:	38fd7763          	bgeu	s10,a5,10674 <main+0x650>
   102ea:	5786                	lw	a5,96(sp)
   102ec:	6611                	lui	a2,0x4
   102ee:	965a                	add	a2,a2,s6
   102f0:	41a787b3          	sub	a5,a5,s10
   102f4:	41a60633          	sub	a2,a2,s10
   102f8:	00c7f363          	bgeu	a5,a2,102fe <main+0x2da>
   102fc:	863e                	mv	a2,a5
   102fe:	44060963          	beqz	a2,10750 <main+0x72c>
   10302:	6785                	lui	a5,0x1
   10304:	00c7f363          	bgeu	a5,a2,1030a <main+0x2e6>
   10308:	6605                	lui	a2,0x1
   1030a:	9e378837          	lui	a6,0x9e378
   1030e:	9b180813          	add	a6,a6,-1615 # 9e3779b1 <_end+0x9e314529>
   10312:	030d0733          	mul	a4,s10,a6
   10316:	65e5                	lui	a1,0x19
   10318:	4781                	li	a5,0
   1031a:	05c58893          	add	a7,a1,92 # 1905c <buf>
   1031e:	00f886b3          	add	a3,a7,a5
   10322:	01875513          	srl	a0,a4,0x18
   10326:	00a68023          	sb	a0,0(a3)
   1032a:	0785                	add	a5,a5,1 # 1001 <errno+0x1001>
   1032c:	9742                	add	a4,a4,a6
   1032e:	fec7e8e3          	bltu	a5,a2,1031e <main+0x2fa>
   10332:	05c58593          	add	a1,a1,92
   10336:	854a                	mv	a0,s2
   10338:	676020ef          	jal	129ae <tcp_send>
   1033c:	3e054b63          	bltz	a0,10732 <main+0x70e>
   10340:	5786                	lw	a5,96(sp)
   10342:	9d2a                	add	s10,s10,a0
   10344:	3fa78263          	beq	a5,s10,10728 <main+0x704>
   10348:	40050463          	beqz	a0,10750 <main+0x72c>
   1034c:	65e1                	lui	a1,0x18
   1034e:	4681                	li	a3,0
   10350:	6605                	lui	a2,0x1
   10352:	05c58593          	add	a1,a1,92 # 1805c <rbuf>
   10356:	854a                	mv	a0,s2
   10358:	7aa020ef          	jal	12b02 <tcp_recv>
   1035c:	f9200793          	li	a5,-110
   10360:	f8f500e3          	beq	a0,a5,102e0 <main+0x2bc>
   10364:	4aa05c63          	blez	a0,1081c <main+0x7f8>
   10368:	016505b3          	add	a1,a0,s6
   1036c:	037b0733          	mul	a4,s6,s7
   10370:	865a                	mv	a2,s6
   10372:	05c98513          	add	a0,s3,92 # 1805c <rbuf>
   10376:	a021                	j	1037e <main+0x35a>
   10378:	0605                	add	a2,a2,1 # 1001 <errno+0x1001>
   1037a:	42b60263          	beq	a2,a1,1079e <main+0x77a>
   1037e:	416607b3          	sub	a5,a2,s6
   10382:	97aa                	add	a5,a5,a0
   10384:	0007c683          	lbu	a3,0(a5)
   10388:	01875793          	srl	a5,a4,0x18
   1038c:	975e                	add	a4,a4,s7
   1038e:	fef685e3          	beq	a3,a5,10378 <main+0x354>
   10392:	55a6                	lw	a1,104(sp)
   10394:	655d                	lui	a0,0x17
   10396:	24450513          	add	a0,a0,580 # 17244 <__riscv_restore_0+0xe56>
   1039a:	79d030ef          	jal	14336 <printf>
   1039e:	4405                	li	s0,1
   103a0:	a4fd                	j	1068e <main+0x66a>
   103a2:	46ea                	lw	a3,152(sp)
   103a4:	41f55713          	sra	a4,a0,0x1f
   103a8:	c689                	beqz	a3,103b2 <main+0x38e>
   103aa:	479a                	lw	a5,132(sp)
   103ac:	458a                	lw	a1,128(sp)
   103ae:	2af77b63          	bgeu	a4,a5,10664 <main+0x640>
   103b2:	85aa                	mv	a1,a0
   103b4:	87ba                	mv	a5,a4
   103b6:	463a                	lw	a2,140(sp)
   103b8:	c12e                	sw	a1,128(sp)
   103ba:	c33e                	sw	a5,132(sp)
   103bc:	482a                	lw	a6,136(sp)
   103be:	02e66563          	bltu	a2,a4,103e8 <main+0x3c4>
   103c2:	02c70163          	beq	a4,a2,103e4 <main+0x3c0>
   103c6:	47ca                	lw	a5,144(sp)
   103c8:	45da                	lw	a1,148(sp)
   103ca:	0685                	add	a3,a3,1
   103cc:	953e                	add	a0,a0,a5
   103ce:	00f537b3          	sltu	a5,a0,a5
   103d2:	972e                	add	a4,a4,a1
   103d4:	97ba                	add	a5,a5,a4
   103d6:	c542                	sw	a6,136(sp)
   103d8:	c732                	sw	a2,140(sp)
   103da:	c92a                	sw	a0,144(sp)
   103dc:	cb3e                	sw	a5,148(sp)
   103de:	cd36                	sw	a3,152(sp)
   103e0:	0485                	add	s1,s1,1
   103e2:	bb41                	j	10172 <main+0x14e>
   103e4:	fea871e3          	bgeu	a6,a0,103c6 <main+0x3a2>
   103e8:	882a                	mv	a6,a0
   103ea:	863a                	mv	a2,a4
   103ec:	bfe9                	j	103c6 <main+0x3a2>
   103ee:	5626                	lw	a2,104(sp)
   103f0:	85d2                	mv	a1,s4
   103f2:	18c90513          	add	a0,s2,396
   103f6:	2989                	jal	10848 <rtt_print>
   103f8:	00803433          	snez	s0,s0
   103fc:	b1d9                	j	100c2 <main+0x9e>
   103fe:	40dc                	lw	a5,4(s1)
   10400:	4501                	li	a0,0
   10402:	5ae6                	lw	s5,120(sp)
   10404:	d6be                	sw	a5,108(sp)
   10406:	547010ef          	jal	1214c <udp_bind>
   1040a:	ccaa                	sw	a0,88(sp)
   1040c:	30054463          	bltz	a0,10714 <main+0x6f0>
   10410:	011c                	add	a5,sp,128
   10412:	853e                	mv	a0,a5
   10414:	02000613          	li	a2,32
   10418:	4581                	li	a1,0
   1041a:	d4be                	sw	a5,104(sp)
   1041c:	64f030ef          	jal	1426a <memset>
   10420:	9e3784b7          	lui	s1,0x9e378
   10424:	ccccd7b7          	lui	a5,0xccccd
   10428:	4b05                	li	s6,1
   1042a:	9b148493          	add	s1,s1,-1615 # 9e3779b1 <_end+0x9e314529>
   1042e:	ccd78d93          	add	s11,a5,-819 # cccccccd <_end+0xccc69845>
   10432:	6be1                	lui	s7,0x18
   10434:	5786                	lw	a5,96(sp)
   10436:	3767e663          	bltu	a5,s6,107a2 <main+0x77e>
   1043a:	deda                	sw	s6,124(sp)
   1043c:	4785                	li	a5,1
   1043e:	32fb0f63          	beq	s6,a5,1077c <main+0x758>
   10442:	18500413          	li	s0,389
   10446:	028b0433          	mul	s0,s6,s0
   1044a:	18fc                	add	a5,sp,124
   1044c:	cebe                	sw	a5,92(sp)
   1044e:	85be                	mv	a1,a5
   10450:	67e5                	lui	a5,0x19
   10452:	05c78513          	add	a0,a5,92 # 1905c <buf>
   10456:	5bd00793          	li	a5,1469
   1045a:	4611                	li	a2,4
   1045c:	02f47433          	remu	s0,s0,a5
   10460:	5cf030ef          	jal	1422e <memcpy>
   10464:	4791                	li	a5,4
   10466:	0411                	add	s0,s0,4
   10468:	02f40963          	beq	s0,a5,1049a <main+0x476>
   1046c:	5776                	lw	a4,124(sp)
   1046e:	67e5                	lui	a5,0x19
   10470:	78dde6b7          	lui	a3,0x78dde
   10474:	02970733          	mul	a4,a4,s1
   10478:	05c78793          	add	a5,a5,92 # 1905c <buf>
   1047c:	4611                	li	a2,4
   1047e:	6c468693          	add	a3,a3,1732 # 78dde6c4 <_end+0x78d7b23c>
   10482:	8e1d                	sub	a2,a2,a5
   10484:	9736                	add	a4,a4,a3
   10486:	01875693          	srl	a3,a4,0x18
   1048a:	00d78223          	sb	a3,4(a5)
   1048e:	0785                	add	a5,a5,1
   10490:	00f606b3          	add	a3,a2,a5
   10494:	9726                	add	a4,a4,s1
   10496:	fe86e8e3          	bltu	a3,s0,10486 <main+0x462>
   1049a:	c8102d73          	rdtimeh	s10
   1049e:	c0102973          	rdtime	s2
   104a2:	c81027f3          	rdtimeh	a5
   104a6:	fefd1ae3          	bne	s10,a5,1049a <main+0x476>
   104aa:	4566                	lw	a0,88(sp)
   104ac:	67e5                	lui	a5,0x19
   104ae:	8722                	mv	a4,s0
   104b0:	05c78693          	add	a3,a5,92 # 1905c <buf>
   104b4:	461d                	li	a2,7
   104b6:	85d6                	mv	a1,s5
   104b8:	57f010ef          	jal	12236 <udp_sendto>
   104bc:	00055763          	bgez	a0,104ca <main+0x4a6>
   104c0:	47fa                	lw	a5,156(sp)
   104c2:	0b05                	add	s6,s6,1
   104c4:	0785                	add	a5,a5,1
   104c6:	cf3e                	sw	a5,156(sp)
   104c8:	b7b5                	j	10434 <main+0x410>
   104ca:	c81025f3          	rdtimeh	a1
   104ce:	c0102573          	rdtime	a0
   104d2:	c81027f3          	rdtimeh	a5
   104d6:	fef59ae3          	bne	a1,a5,104ca <main+0x4a6>
   104da:	4629                	li	a2,10
   104dc:	4681                	li	a3,0
   104de:	037050ef          	jal	15d14 <__udivdi3>
   104e2:	000f4e37          	lui	t3,0xf4
   104e6:	240e0e13          	add	t3,t3,576 # f4240 <_end+0x90db8>
   104ea:	01c509b3          	add	s3,a0,t3
   104ee:	00a9b533          	sltu	a0,s3,a0
   104f2:	ccccd7b7          	lui	a5,0xccccd
   104f6:	00b50c33          	add	s8,a0,a1
   104fa:	4a15                	li	s4,5
   104fc:	ccc78c93          	add	s9,a5,-820 # cccccccc <_end+0xccc69844>
   10500:	c81027f3          	rdtimeh	a5
   10504:	c01026f3          	rdtime	a3
   10508:	c8102773          	rdtimeh	a4
   1050c:	fee79ae3          	bne	a5,a4,10500 <main+0x4dc>
   10510:	00f68733          	add	a4,a3,a5
   10514:	00d73633          	sltu	a2,a4,a3
   10518:	9732                	add	a4,a4,a2
   1051a:	03477733          	remu	a4,a4,s4
   1051e:	40e68733          	sub	a4,a3,a4
   10522:	00e6b6b3          	sltu	a3,a3,a4
   10526:	8f95                	sub	a5,a5,a3
   10528:	03970633          	mul	a2,a4,s9
   1052c:	03b787b3          	mul	a5,a5,s11
   10530:	03b736b3          	mulhu	a3,a4,s11
   10534:	97b2                	add	a5,a5,a2
   10536:	03b70733          	mul	a4,a4,s11
   1053a:	97b6                	add	a5,a5,a3
   1053c:	01f79693          	sll	a3,a5,0x1f
   10540:	8385                	srl	a5,a5,0x1
   10542:	8305                	srl	a4,a4,0x1
   10544:	8f55                	or	a4,a4,a3
   10546:	2587f763          	bgeu	a5,s8,10794 <main+0x770>
   1054a:	c81027f3          	rdtimeh	a5
   1054e:	c01025f3          	rdtime	a1
   10552:	c8102773          	rdtimeh	a4
   10556:	fee79ae3          	bne	a5,a4,1054a <main+0x526>
   1055a:	00f58733          	add	a4,a1,a5
   1055e:	00b736b3          	sltu	a3,a4,a1
   10562:	9736                	add	a4,a4,a3
   10564:	03477733          	remu	a4,a4,s4
   10568:	3e800613          	li	a2,1000
   1056c:	4681                	li	a3,0
   1056e:	40e58733          	sub	a4,a1,a4
   10572:	00e5b5b3          	sltu	a1,a1,a4
   10576:	40b785b3          	sub	a1,a5,a1
   1057a:	03970533          	mul	a0,a4,s9
   1057e:	03b585b3          	mul	a1,a1,s11
   10582:	03b737b3          	mulhu	a5,a4,s11
   10586:	95aa                	add	a1,a1,a0
   10588:	03b70533          	mul	a0,a4,s11
   1058c:	95be                	add	a1,a1,a5
   1058e:	01f59793          	sll	a5,a1,0x1f
   10592:	8185                	srl	a1,a1,0x1
   10594:	40bc05b3          	sub	a1,s8,a1
   10598:	8105                	srl	a0,a0,0x1
   1059a:	8d5d                	or	a0,a0,a5
   1059c:	40a98533          	sub	a0,s3,a0
   105a0:	00a9b7b3          	sltu	a5,s3,a0
   105a4:	8d9d                	sub	a1,a1,a5
   105a6:	76e050ef          	jal	15d14 <__udivdi3>
   105aa:	00150793          	add	a5,a0,1
   105ae:	46f6                	lw	a3,92(sp)
   105b0:	4566                	lw	a0,88(sp)
   105b2:	07610713          	add	a4,sp,118
   105b6:	6605                	lui	a2,0x1
   105b8:	05cb8593          	add	a1,s7,92 # 1805c <rbuf>
   105bc:	581010ef          	jal	1233c <udp_recvfrom>
   105c0:	f00540e3          	bltz	a0,104c0 <main+0x49c>
   105c4:	57f6                	lw	a5,124(sp)
   105c6:	f2fa9de3          	bne	s5,a5,10500 <main+0x4dc>
   105ca:	07615783          	lhu	a5,118(sp)
   105ce:	471d                	li	a4,7
   105d0:	f2e798e3          	bne	a5,a4,10500 <main+0x4dc>
   105d4:	f28516e3          	bne	a0,s0,10500 <main+0x4dc>
   105d8:	67e5                	lui	a5,0x19
   105da:	8622                	mv	a2,s0
   105dc:	05cb8593          	add	a1,s7,92
   105e0:	05c78513          	add	a0,a5,92 # 1905c <buf>
   105e4:	52d030ef          	jal	14310 <memcmp>
   105e8:	fd01                	bnez	a0,10500 <main+0x4dc>
   105ea:	c81025f3          	rdtimeh	a1
   105ee:	c0102573          	rdtime	a0
   105f2:	c81027f3          	rdtimeh	a5
   105f6:	fef59ae3          	bne	a1,a5,105ea <main+0x5c6>
   105fa:	4629                	li	a2,10
   105fc:	4681                	li	a3,0
   105fe:	716050ef          	jal	15d14 <__udivdi3>
   10602:	87aa                	mv	a5,a0
   10604:	842e                	mv	s0,a1
   10606:	4629                	li	a2,10
   10608:	854a                	mv	a0,s2
   1060a:	4681                	li	a3,0
   1060c:	85ea                	mv	a1,s10
   1060e:	893e                	mv	s2,a5
   10610:	704050ef          	jal	15d14 <__udivdi3>
   10614:	466a                	lw	a2,152(sp)
   10616:	40a90733          	sub	a4,s2,a0
   1061a:	00e93933          	sltu	s2,s2,a4
   1061e:	40b407b3          	sub	a5,s0,a1
   10622:	412787b3          	sub	a5,a5,s2
   10626:	1a060b63          	beqz	a2,107dc <main+0x7b8>
   1062a:	469a                	lw	a3,132(sp)
   1062c:	450a                	lw	a0,128(sp)
   1062e:	1ad7e763          	bltu	a5,a3,107dc <main+0x7b8>
   10632:	1af68363          	beq	a3,a5,107d8 <main+0x7b4>
   10636:	45ba                	lw	a1,140(sp)
   10638:	c12a                	sw	a0,128(sp)
   1063a:	c336                	sw	a3,132(sp)
   1063c:	48aa                	lw	a7,136(sp)
   1063e:	1af5e463          	bltu	a1,a5,107e6 <main+0x7c2>
   10642:	1ab78063          	beq	a5,a1,107e2 <main+0x7be>
   10646:	46ca                	lw	a3,144(sp)
   10648:	455a                	lw	a0,148(sp)
   1064a:	0605                	add	a2,a2,1 # 1001 <errno+0x1001>
   1064c:	9736                	add	a4,a4,a3
   1064e:	00d736b3          	sltu	a3,a4,a3
   10652:	97aa                	add	a5,a5,a0
   10654:	97b6                	add	a5,a5,a3
   10656:	c546                	sw	a7,136(sp)
   10658:	c72e                	sw	a1,140(sp)
   1065a:	c93a                	sw	a4,144(sp)
   1065c:	cb3e                	sw	a5,148(sp)
   1065e:	cd32                	sw	a2,152(sp)
   10660:	0b05                	add	s6,s6,1
   10662:	bbc9                	j	10434 <main+0x410>
   10664:	d4e799e3          	bne	a5,a4,103b6 <main+0x392>
   10668:	d4b577e3          	bgeu	a0,a1,103b6 <main+0x392>
   1066c:	b399                	j	103b2 <main+0x38e>
   1066e:	854a                	mv	a0,s2
   10670:	606020ef          	jal	12c76 <tcp_shutdown>
   10674:	6695                	lui	a3,0x5
   10676:	65e1                	lui	a1,0x18
   10678:	e2068693          	add	a3,a3,-480 # 4e20 <errno+0x4e20>
   1067c:	6605                	lui	a2,0x1
   1067e:	05c58593          	add	a1,a1,92 # 1805c <rbuf>
   10682:	854a                	mv	a0,s2
   10684:	47e020ef          	jal	12b02 <tcp_recv>
   10688:	842a                	mv	s0,a0
   1068a:	18051e63          	bnez	a0,10826 <main+0x802>
   1068e:	c81029f3          	rdtimeh	s3
   10692:	c0102a73          	rdtime	s4
   10696:	c81027f3          	rdtimeh	a5
   1069a:	fef99ae3          	bne	s3,a5,1068e <main+0x66a>
   1069e:	854a                	mv	a0,s2
   106a0:	676020ef          	jal	12d16 <tcp_close>
   106a4:	e041                	bnez	s0,10724 <main+0x700>
   106a6:	14054f63          	bltz	a0,10804 <main+0x7e0>
   106aa:	4629                	li	a2,10
   106ac:	4681                	li	a3,0
   106ae:	8552                	mv	a0,s4
   106b0:	85ce                	mv	a1,s3
   106b2:	662050ef          	jal	15d14 <__udivdi3>
   106b6:	87ae                	mv	a5,a1
   106b8:	892a                	mv	s2,a0
   106ba:	4629                	li	a2,10
   106bc:	4681                	li	a3,0
   106be:	8526                	mv	a0,s1
   106c0:	85d6                	mv	a1,s5
   106c2:	84be                	mv	s1,a5
   106c4:	650050ef          	jal	15d14 <__udivdi3>
   106c8:	40a90633          	sub	a2,s2,a0
   106cc:	00c93933          	sltu	s2,s2,a2
   106d0:	40b48733          	sub	a4,s1,a1
   106d4:	41270733          	sub	a4,a4,s2
   106d8:	00e667b3          	or	a5,a2,a4
   106dc:	4681                	li	a3,0
   106de:	c39d                	beqz	a5,10704 <main+0x6e0>
   106e0:	5506                	lw	a0,96(sp)
   106e2:	000f47b7          	lui	a5,0xf4
   106e6:	24078793          	add	a5,a5,576 # f4240 <_end+0x90db8>
   106ea:	02f535b3          	mulhu	a1,a0,a5
   106ee:	86ba                	mv	a3,a4
   106f0:	02f507b3          	mul	a5,a0,a5
   106f4:	01659513          	sll	a0,a1,0x16
   106f8:	81a9                	srl	a1,a1,0xa
   106fa:	83a9                	srl	a5,a5,0xa
   106fc:	8d5d                	or	a0,a0,a5
   106fe:	616050ef          	jal	15d14 <__udivdi3>
   10702:	86aa                	mv	a3,a0
   10704:	5606                	lw	a2,96(sp)
   10706:	55a6                	lw	a1,104(sp)
   10708:	655d                	lui	a0,0x17
   1070a:	2c450513          	add	a0,a0,708 # 172c4 <__riscv_restore_0+0xed6>
   1070e:	429030ef          	jal	14336 <printf>
   10712:	ba45                	j	100c2 <main+0x9e>
   10714:	4f9000ef          	jal	1140c <inet_strerror>
   10718:	85aa                	mv	a1,a0
   1071a:	655d                	lui	a0,0x17
   1071c:	31c50513          	add	a0,a0,796 # 1731c <__riscv_restore_0+0xf2e>
   10720:	417030ef          	jal	14336 <printf>
   10724:	4405                	li	s0,1
   10726:	ba71                	j	100c2 <main+0x9e>
   10728:	854a                	mv	a0,s2
   1072a:	54c020ef          	jal	12c76 <tcp_shutdown>
   1072e:	c0055de3          	bgez	a0,10348 <main+0x324>
   10732:	4db000ef          	jal	1140c <inet_strerror>
   10736:	55a6                	lw	a1,104(sp)
   10738:	86aa                	mv	a3,a0
   1073a:	655d                	lui	a0,0x17
   1073c:	866a                	mv	a2,s10
   1073e:	1dc50513          	add	a0,a0,476 # 171dc <__riscv_restore_0+0xdee>
   10742:	3f5030ef          	jal	14336 <printf>
   10746:	4405                	li	s0,1
   10748:	b799                	j	1068e <main+0x66a>
   1074a:	5786                	lw	a5,96(sp)
   1074c:	b8fd6fe3          	bltu	s10,a5,102ea <main+0x2c6>
   10750:	86a2                	mv	a3,s0
   10752:	6605                	lui	a2,0x1
   10754:	05c98593          	add	a1,s3,92
   10758:	854a                	mv	a0,s2
   1075a:	3a8020ef          	jal	12b02 <tcp_recv>
   1075e:	c14513e3          	bne	a0,s4,10364 <main+0x340>
   10762:	4ab000ef          	jal	1140c <inet_strerror>
   10766:	862a                	mv	a2,a0
   10768:	5706                	lw	a4,96(sp)
   1076a:	55a6                	lw	a1,104(sp)
   1076c:	655d                	lui	a0,0x17
   1076e:	86da                	mv	a3,s6
   10770:	21050513          	add	a0,a0,528 # 17210 <__riscv_restore_0+0xe22>
   10774:	3c3030ef          	jal	14336 <printf>
   10778:	4405                	li	s0,1
   1077a:	bf11                	j	1068e <main+0x66a>
   1077c:	18fc                	add	a5,sp,124
   1077e:	cebe                	sw	a5,92(sp)
   10780:	85be                	mv	a1,a5
   10782:	67e5                	lui	a5,0x19
   10784:	4611                	li	a2,4
   10786:	05c78513          	add	a0,a5,92 # 1905c <buf>
   1078a:	2a5030ef          	jal	1422e <memcpy>
   1078e:	5c000413          	li	s0,1472
   10792:	b9e9                	j	1046c <main+0x448>
   10794:	d2fc16e3          	bne	s8,a5,104c0 <main+0x49c>
   10798:	db3769e3          	bltu	a4,s3,1054a <main+0x526>
   1079c:	b315                	j	104c0 <main+0x49c>
   1079e:	8b32                	mv	s6,a2
   107a0:	b681                	j	102e0 <main+0x2bc>
   107a2:	4566                	lw	a0,88(sp)
   107a4:	4d7010ef          	jal	1247a <udp_close>
   107a8:	5626                	lw	a2,104(sp)
   107aa:	55b6                	lw	a1,108(sp)
   107ac:	655d                	lui	a0,0x17
   107ae:	19450513          	add	a0,a0,404 # 17194 <__riscv_restore_0+0xda6>
   107b2:	2859                	jal	10848 <rtt_print>
   107b4:	447a                	lw	s0,156(sp)
   107b6:	00803433          	snez	s0,s0
   107ba:	b221                	j	100c2 <main+0x9e>
   107bc:	40c4                	lw	s1,4(s1)
   107be:	44f000ef          	jal	1140c <inet_strerror>
   107c2:	86aa                	mv	a3,a0
   107c4:	655d                	lui	a0,0x17
   107c6:	8626                	mv	a2,s1
   107c8:	85ce                	mv	a1,s3
   107ca:	30850513          	add	a0,a0,776 # 17308 <__riscv_restore_0+0xf1a>
   107ce:	4405                	li	s0,1
   107d0:	367030ef          	jal	14336 <printf>
   107d4:	8efff06f          	j	100c2 <main+0x9e>
   107d8:	e4a77fe3          	bgeu	a4,a0,10636 <main+0x612>
   107dc:	853a                	mv	a0,a4
   107de:	86be                	mv	a3,a5
   107e0:	bd99                	j	10636 <main+0x612>
   107e2:	e6e8f2e3          	bgeu	a7,a4,10646 <main+0x622>
   107e6:	88ba                	mv	a7,a4
   107e8:	85be                	mv	a1,a5
   107ea:	bdb1                	j	10646 <main+0x622>
   107ec:	421000ef          	jal	1140c <inet_strerror>
   107f0:	55a6                	lw	a1,104(sp)
   107f2:	862a                	mv	a2,a0
   107f4:	655d                	lui	a0,0x17
   107f6:	1b450513          	add	a0,a0,436 # 171b4 <__riscv_restore_0+0xdc6>
   107fa:	33d030ef          	jal	14336 <printf>
   107fe:	4405                	li	s0,1
   10800:	8c3ff06f          	j	100c2 <main+0x9e>
   10804:	409000ef          	jal	1140c <inet_strerror>
   10808:	55a6                	lw	a1,104(sp)
   1080a:	862a                	mv	a2,a0
   1080c:	655d                	lui	a0,0x17
   1080e:	2a050513          	add	a0,a0,672 # 172a0 <__riscv_restore_0+0xeb2>
   10812:	325030ef          	jal	14336 <printf>
   10816:	4405                	li	s0,1
   10818:	8abff06f          	j	100c2 <main+0x9e>
   1081c:	f139                	bnez	a0,10762 <main+0x73e>
   1081e:	665d                	lui	a2,0x17
   10820:	16460613          	add	a2,a2,356 # 17164 <__riscv_restore_0+0xd76>
   10824:	b791                	j	10768 <main+0x744>
   10826:	00a05d63          	blez	a0,10840 <main+0x81c>
   1082a:	665d                	lui	a2,0x17
   1082c:	17460613          	add	a2,a2,372 # 17174 <__riscv_restore_0+0xd86>
   10830:	55a6                	lw	a1,104(sp)
   10832:	655d                	lui	a0,0x17
   10834:	26850513          	add	a0,a0,616 # 17268 <__riscv_restore_0+0xe7a>
   10838:	2ff030ef          	jal	14336 <printf>
   1083c:	4405                	li	s0,1
   1083e:	bd81                	j	1068e <main+0x66a>
   10840:	3cd000ef          	jal	1140c <inet_strerror>
   10844:	862a                	mv	a2,a0
   10846:	b7ed                	j	10830 <main+0x80c>

00010848 <rtt_print>:
   10848:	1141                	add	sp,sp,-16
   1084a:	c422                	sw	s0,8(sp)
   1084c:	c606                	sw	ra,12(sp)
   1084e:	c226                	sw	s1,4(sp)
   10850:	00054703          	lbu	a4,0(a0)
   10854:	07000793          	li	a5,112
   10858:	4e14                	lw	a3,24(a2)
   1085a:	8432                	mv	s0,a2
   1085c:	862e                	mv	a2,a1
   1085e:	02f70763          	beq	a4,a5,1088c <rtt_print+0x44>
   10862:	675d                	lui	a4,0x17
   10864:	00870713          	add	a4,a4,8 # 17008 <__riscv_restore_0+0xc1a>
   10868:	4c5c                	lw	a5,28(s0)
   1086a:	85aa                	mv	a1,a0
   1086c:	655d                	lui	a0,0x17
   1086e:	01c50513          	add	a0,a0,28 # 1701c <__riscv_restore_0+0xc2e>
   10872:	2c5030ef          	jal	14336 <printf>
   10876:	4c10                	lw	a2,24(s0)
   10878:	ee11                	bnez	a2,10894 <rtt_print+0x4c>
   1087a:	4422                	lw	s0,8(sp)
   1087c:	40b2                	lw	ra,12(sp)
   1087e:	4492                	lw	s1,4(sp)
   10880:	655d                	lui	a0,0x17
   10882:	38050513          	add	a0,a0,896 # 17380 <__riscv_restore_0+0xf92>
   10886:	0141                	add	sp,sp,16
   10888:	2af0306f          	j	14336 <printf>
   1088c:	675d                	lui	a4,0x17
   1088e:	00070713          	mv	a4,a4
   10892:	bfd9                	j	10868 <rtt_print+0x20>
   10894:	4808                	lw	a0,16(s0)
   10896:	484c                	lw	a1,20(s0)
   10898:	4681                	li	a3,0
   1089a:	4404                	lw	s1,8(s0)
   1089c:	478050ef          	jal	15d14 <__udivdi3>
   108a0:	400c                	lw	a1,0(s0)
   108a2:	862a                	mv	a2,a0
   108a4:	655d                	lui	a0,0x17
   108a6:	86a6                	mv	a3,s1
   108a8:	03c50513          	add	a0,a0,60 # 1703c <__riscv_restore_0+0xc4e>
   108ac:	28b030ef          	jal	14336 <printf>
   108b0:	b7e9                	j	1087a <rtt_print+0x32>

000108b2 <serve_end>:
   108b2:	1101                	add	sp,sp,-32
   108b4:	cc22                	sw	s0,24(sp)
   108b6:	842a                	mv	s0,a0
   108b8:	4948                	lw	a0,20(a0)
   108ba:	ca26                	sw	s1,20(sp)
   108bc:	84ae                	mv	s1,a1
   108be:	c84a                	sw	s2,16(sp)
   108c0:	c64e                	sw	s3,12(sp)
   108c2:	ce06                	sw	ra,28(sp)
   108c4:	01840913          	add	s2,s0,24
   108c8:	44e020ef          	jal	12d16 <tcp_close>
   108cc:	02842983          	lw	s3,40(s0)
   108d0:	e499                	bnez	s1,108de <serve_end+0x2c>
   108d2:	00054763          	bltz	a0,108e0 <serve_end+0x2e>
   108d6:	66dd                	lui	a3,0x17
   108d8:	55468693          	add	a3,a3,1364 # 17554 <__riscv_restore_0+0x1166>
   108dc:	a029                	j	108e6 <serve_end+0x34>
   108de:	8526                	mv	a0,s1
   108e0:	32d000ef          	jal	1140c <inet_strerror>
   108e4:	86aa                	mv	a3,a0
   108e6:	655d                	lui	a0,0x17
   108e8:	864e                	mv	a2,s3
   108ea:	85ca                	mv	a1,s2
   108ec:	06850513          	add	a0,a0,104 # 17068 <__riscv_restore_0+0xc7a>
   108f0:	247030ef          	jal	14336 <printf>
   108f4:	405c                	lw	a5,4(s0)
   108f6:	577d                	li	a4,-1
   108f8:	40f2                	lw	ra,28(sp)
   108fa:	0785                	add	a5,a5,1
   108fc:	c858                	sw	a4,20(s0)
   108fe:	c05c                	sw	a5,4(s0)
   10900:	4462                	lw	s0,24(sp)
   10902:	44d2                	lw	s1,20(sp)
   10904:	4942                	lw	s2,16(sp)
   10906:	49b2                	lw	s3,12(sp)
   10908:	6105                	add	sp,sp,32
   1090a:	8082                	ret

0001090c <serve>:
   1090c:	716d                	add	sp,sp,-272
   1090e:	57fd                	li	a5,-1
   10910:	dfce                	sw	s3,252(sp)
   10912:	10112623          	sw	ra,268(sp)
   10916:	10812423          	sw	s0,264(sp)
   1091a:	10912223          	sw	s1,260(sp)
   1091e:	11212023          	sw	s2,256(sp)
   10922:	ddd2                	sw	s4,248(sp)
   10924:	dbd6                	sw	s5,244(sp)
   10926:	d9da                	sw	s6,240(sp)
   10928:	d7de                	sw	s7,236(sp)
   1092a:	d5e2                	sw	s8,232(sp)
   1092c:	89aa                	mv	s3,a0
   1092e:	ce02                	sw	zero,28(sp)
   10930:	d002                	sw	zero,32(sp)
   10932:	d202                	sw	zero,36(sp)
   10934:	d402                	sw	zero,40(sp)
   10936:	d802                	sw	zero,48(sp)
   10938:	da02                	sw	zero,52(sp)
   1093a:	dc02                	sw	zero,56(sp)
   1093c:	de02                	sw	zero,60(sp)
   1093e:	c082                	sw	zero,64(sp)
   10940:	c282                	sw	zero,68(sp)
   10942:	cc2a                	sw	a0,24(sp)
   10944:	d63e                	sw	a5,44(sp)
   10946:	c81027f3          	rdtimeh	a5
   1094a:	c01026f3          	rdtime	a3
   1094e:	c8102773          	rdtimeh	a4
   10952:	fee79ae3          	bne	a5,a4,10946 <serve+0x3a>
   10956:	00f68733          	add	a4,a3,a5
   1095a:	00d73633          	sltu	a2,a4,a3
   1095e:	9732                	add	a4,a4,a2
   10960:	4615                	li	a2,5
   10962:	02c77733          	remu	a4,a4,a2
   10966:	ccccd637          	lui	a2,0xccccd
   1096a:	ccd60493          	add	s1,a2,-819 # cccccccd <_end+0xccc69845>
   1096e:	ccc60613          	add	a2,a2,-820
   10972:	451d                	li	a0,7
   10974:	40e68733          	sub	a4,a3,a4
   10978:	00e6b6b3          	sltu	a3,a3,a4
   1097c:	8f95                	sub	a5,a5,a3
   1097e:	02c70633          	mul	a2,a4,a2
   10982:	029787b3          	mul	a5,a5,s1
   10986:	029736b3          	mulhu	a3,a4,s1
   1098a:	97b2                	add	a5,a5,a2
   1098c:	02970733          	mul	a4,a4,s1
   10990:	97b6                	add	a5,a5,a3
   10992:	01f79693          	sll	a3,a5,0x1f
   10996:	8385                	srl	a5,a5,0x1
   10998:	c6be                	sw	a5,76(sp)
   1099a:	8305                	srl	a4,a4,0x1
   1099c:	8f55                	or	a4,a4,a3
   1099e:	c4ba                	sw	a4,72(sp)
   109a0:	7ac010ef          	jal	1214c <udp_bind>
   109a4:	87aa                	mv	a5,a0
   109a6:	451d                	li	a0,7
   109a8:	d23e                	sw	a5,36(sp)
   109aa:	5a7010ef          	jal	12750 <tcp_listen>
   109ae:	5712                	lw	a4,36(sp)
   109b0:	d42a                	sw	a0,40(sp)
   109b2:	16074763          	bltz	a4,10b20 <serve+0x214>
   109b6:	16054463          	bltz	a0,10b1e <serve+0x212>
   109ba:	230d                	jal	10edc <inet_addr>
   109bc:	002c                	add	a1,sp,8
   109be:	2685                	jal	10d1e <inet_format>
   109c0:	85aa                	mv	a1,a0
   109c2:	655d                	lui	a0,0x17
   109c4:	469d                	li	a3,7
   109c6:	461d                	li	a2,7
   109c8:	0c850513          	add	a0,a0,200 # 170c8 <__riscv_restore_0+0xcda>
   109cc:	03938ab7          	lui	s5,0x3938
   109d0:	001e8a37          	lui	s4,0x1e8
   109d4:	163030ef          	jal	14336 <printf>
   109d8:	ccccd937          	lui	s2,0xccccd
   109dc:	6ffa8a93          	add	s5,s5,1791 # 39386ff <_end+0x38d5277>
   109e0:	47fa0a13          	add	s4,s4,1151 # 1e847f <_end+0x184ff7>
   109e4:	6461                	lui	s0,0x18
   109e6:	6b5d                	lui	s6,0x17
   109e8:	08c8                	add	a0,sp,84
   109ea:	230d                	jal	10f0c <inet_stats>
   109ec:	5646                	lw	a2,112(sp)
   109ee:	c81027f3          	rdtimeh	a5
   109f2:	c01026f3          	rdtime	a3
   109f6:	c8102773          	rdtimeh	a4
   109fa:	fee79ae3          	bne	a5,a4,109ee <serve+0xe2>
   109fe:	00f68733          	add	a4,a3,a5
   10a02:	00d735b3          	sltu	a1,a4,a3
   10a06:	972e                	add	a4,a4,a1
   10a08:	4595                	li	a1,5
   10a0a:	02b77733          	remu	a4,a4,a1
   10a0e:	ccc90593          	add	a1,s2,-820 # cccccccc <_end+0xccc69844>
   10a12:	4562                	lw	a0,24(sp)
   10a14:	40e68733          	sub	a4,a3,a4
   10a18:	00e6b6b3          	sltu	a3,a3,a4
   10a1c:	8f95                	sub	a5,a5,a3
   10a1e:	029787b3          	mul	a5,a5,s1
   10a22:	02b706b3          	mul	a3,a4,a1
   10a26:	029735b3          	mulhu	a1,a4,s1
   10a2a:	97b6                	add	a5,a5,a3
   10a2c:	02970733          	mul	a4,a4,s1
   10a30:	97ae                	add	a5,a5,a1
   10a32:	01f79693          	sll	a3,a5,0x1f
   10a36:	45b6                	lw	a1,76(sp)
   10a38:	8385                	srl	a5,a5,0x1
   10a3a:	8f8d                	sub	a5,a5,a1
   10a3c:	8305                	srl	a4,a4,0x1
   10a3e:	8f55                	or	a4,a4,a3
   10a40:	46a6                	lw	a3,72(sp)
   10a42:	40d706b3          	sub	a3,a4,a3
   10a46:	00d73733          	sltu	a4,a4,a3
   10a4a:	8f99                	sub	a5,a5,a4
   10a4c:	16051e63          	bnez	a0,10bc8 <serve+0x2bc>
   10a50:	10060463          	beqz	a2,10b58 <serve+0x24c>
   10a54:	10079563          	bnez	a5,10b5e <serve+0x252>
   10a58:	10da6363          	bltu	s4,a3,10b5e <serve+0x252>
   10a5c:	4b81                	li	s7,0
   10a5e:	a819                	j	10a74 <serve+0x168>
   10a60:	00615603          	lhu	a2,6(sp)
   10a64:	45d6                	lw	a1,84(sp)
   10a66:	5512                	lw	a0,36(sp)
   10a68:	0b85                	add	s7,s7,1
   10a6a:	7cc010ef          	jal	12236 <udp_sendto>
   10a6e:	5782                	lw	a5,32(sp)
   10a70:	0785                	add	a5,a5,1
   10a72:	d03e                	sw	a5,32(sp)
   10a74:	5512                	lw	a0,36(sp)
   10a76:	00610713          	add	a4,sp,6
   10a7a:	08d4                	add	a3,sp,84
   10a7c:	4781                	li	a5,0
   10a7e:	6605                	lui	a2,0x1
   10a80:	05c40593          	add	a1,s0,92 # 1805c <rbuf>
   10a84:	0b9010ef          	jal	1233c <udp_recvfrom>
   10a88:	05c40693          	add	a3,s0,92
   10a8c:	872a                	mv	a4,a0
   10a8e:	fc0559e3          	bgez	a0,10a60 <serve+0x154>
   10a92:	5532                	lw	a0,44(sp)
   10a94:	0e054c63          	bltz	a0,10b8c <serve+0x280>
   10a98:	4681                	li	a3,0
   10a9a:	6605                	lui	a2,0x1
   10a9c:	05c40593          	add	a1,s0,92
   10aa0:	062020ef          	jal	12b02 <tcp_recv>
   10aa4:	f9200793          	li	a5,-110
   10aa8:	8c2a                	mv	s8,a0
   10aaa:	0ef50863          	beq	a0,a5,10b9a <serve+0x28e>
   10aae:	12a05863          	blez	a0,10bde <serve+0x2d2>
   10ab2:	5532                	lw	a0,44(sp)
   10ab4:	8662                	mv	a2,s8
   10ab6:	05c40593          	add	a1,s0,92
   10aba:	6f5010ef          	jal	129ae <tcp_send>
   10abe:	12a05063          	blez	a0,10bde <serve+0x2d2>
   10ac2:	11854e63          	blt	a0,s8,10bde <serve+0x2d2>
   10ac6:	4786                	lw	a5,64(sp)
   10ac8:	97e2                	add	a5,a5,s8
   10aca:	c0be                	sw	a5,64(sp)
   10acc:	c81027f3          	rdtimeh	a5
   10ad0:	c01026f3          	rdtime	a3
   10ad4:	c8102773          	rdtimeh	a4
   10ad8:	fee79ae3          	bne	a5,a4,10acc <serve+0x1c0>
   10adc:	00f68733          	add	a4,a3,a5
   10ae0:	00d73633          	sltu	a2,a4,a3
   10ae4:	9732                	add	a4,a4,a2
   10ae6:	4615                	li	a2,5
   10ae8:	02c77733          	remu	a4,a4,a2
   10aec:	ccc90613          	add	a2,s2,-820
   10af0:	40e68733          	sub	a4,a3,a4
   10af4:	00e6b6b3          	sltu	a3,a3,a4
   10af8:	8f95                	sub	a5,a5,a3
   10afa:	029787b3          	mul	a5,a5,s1
   10afe:	02c706b3          	mul	a3,a4,a2
   10b02:	02973633          	mulhu	a2,a4,s1
   10b06:	97b6                	add	a5,a5,a3
   10b08:	02970733          	mul	a4,a4,s1
   10b0c:	97b2                	add	a5,a5,a2
   10b0e:	01f79693          	sll	a3,a5,0x1f
   10b12:	8385                	srl	a5,a5,0x1
   10b14:	c6be                	sw	a5,76(sp)
   10b16:	8305                	srl	a4,a4,0x1
   10b18:	8f55                	or	a4,a4,a3
   10b1a:	c4ba                	sw	a4,72(sp)
   10b1c:	b5f1                	j	109e8 <serve+0xdc>
   10b1e:	872a                	mv	a4,a0
   10b20:	853a                	mv	a0,a4
   10b22:	0eb000ef          	jal	1140c <inet_strerror>
   10b26:	862a                	mv	a2,a0
   10b28:	655d                	lui	a0,0x17
   10b2a:	459d                	li	a1,7
   10b2c:	0a450513          	add	a0,a0,164 # 170a4 <__riscv_restore_0+0xcb6>
   10b30:	007030ef          	jal	14336 <printf>
   10b34:	4405                	li	s0,1
   10b36:	10c12083          	lw	ra,268(sp)
   10b3a:	8522                	mv	a0,s0
   10b3c:	10812403          	lw	s0,264(sp)
   10b40:	10412483          	lw	s1,260(sp)
   10b44:	10012903          	lw	s2,256(sp)
   10b48:	59fe                	lw	s3,252(sp)
   10b4a:	5a6e                	lw	s4,248(sp)
   10b4c:	5ade                	lw	s5,244(sp)
   10b4e:	5b4e                	lw	s6,240(sp)
   10b50:	5bbe                	lw	s7,236(sp)
   10b52:	5c2e                	lw	s8,232(sp)
   10b54:	6151                	add	sp,sp,272
   10b56:	8082                	ret
   10b58:	e399                	bnez	a5,10b5e <serve+0x252>
   10b5a:	f0daf1e3          	bgeu	s5,a3,10a5c <serve+0x150>
   10b5e:	57b2                	lw	a5,44(sp)
   10b60:	08098763          	beqz	s3,10bee <serve+0x2e2>
   10b64:	4472                	lw	s0,28(sp)
   10b66:	01343433          	sltu	s0,s0,s3
   10b6a:	0807df63          	bgez	a5,10c08 <serve+0x2fc>
   10b6e:	08c8                	add	a0,sp,84
   10b70:	2e71                	jal	10f0c <inet_stats>
   10b72:	45f2                	lw	a1,28(sp)
   10b74:	5602                	lw	a2,32(sp)
   10b76:	46ea                	lw	a3,152(sp)
   10b78:	c059                	beqz	s0,10bfe <serve+0x2f2>
   10b7a:	675d                	lui	a4,0x17
   10b7c:	09070713          	add	a4,a4,144 # 17090 <__riscv_restore_0+0xca2>
   10b80:	655d                	lui	a0,0x17
   10b82:	12050513          	add	a0,a0,288 # 17120 <__riscv_restore_0+0xd32>
   10b86:	7b0030ef          	jal	14336 <printf>
   10b8a:	b775                	j	10b36 <serve+0x22a>
   10b8c:	5522                	lw	a0,40(sp)
   10b8e:	4581                	li	a1,0
   10b90:	455010ef          	jal	127e4 <tcp_accept>
   10b94:	d62a                	sw	a0,44(sp)
   10b96:	00055b63          	bgez	a0,10bac <serve+0x2a0>
   10b9a:	f20b99e3          	bnez	s7,10acc <serve+0x1c0>
   10b9e:	06400513          	li	a0,100
   10ba2:	786000ef          	jal	11328 <inet_poll>
   10ba6:	e4a051e3          	blez	a0,109e8 <serve+0xdc>
   10baa:	b70d                	j	10acc <serve+0x1c0>
   10bac:	4601                	li	a2,0
   10bae:	08cc                	add	a1,sp,84
   10bb0:	318020ef          	jal	12ec8 <tcp_peer>
   10bb4:	4556                	lw	a0,84(sp)
   10bb6:	180c                	add	a1,sp,48
   10bb8:	229d                	jal	10d1e <inet_format>
   10bba:	180c                	add	a1,sp,48
   10bbc:	0fcb0513          	add	a0,s6,252 # 170fc <__riscv_restore_0+0xd0e>
   10bc0:	c082                	sw	zero,64(sp)
   10bc2:	774030ef          	jal	14336 <printf>
   10bc6:	b719                	j	10acc <serve+0x1c0>
   10bc8:	4772                	lw	a4,28(sp)
   10bca:	f8a77ae3          	bgeu	a4,a0,10b5e <serve+0x252>
   10bce:	fbc1                	bnez	a5,10b5e <serve+0x252>
   10bd0:	039387b7          	lui	a5,0x3938
   10bd4:	6ff78793          	add	a5,a5,1791 # 39386ff <_end+0x38d5277>
   10bd8:	f8d7e3e3          	bltu	a5,a3,10b5e <serve+0x252>
   10bdc:	b541                	j	10a5c <serve+0x150>
   10bde:	00152593          	slti	a1,a0,1
   10be2:	40b005b3          	neg	a1,a1
   10be6:	8de9                	and	a1,a1,a0
   10be8:	0828                	add	a0,sp,24
   10bea:	31e1                	jal	108b2 <serve_end>
   10bec:	b5c5                	j	10acc <serve+0x1c0>
   10bee:	0007dc63          	bgez	a5,10c06 <serve+0x2fa>
   10bf2:	08c8                	add	a0,sp,84
   10bf4:	2e21                	jal	10f0c <inet_stats>
   10bf6:	45f2                	lw	a1,28(sp)
   10bf8:	5602                	lw	a2,32(sp)
   10bfa:	46ea                	lw	a3,152(sp)
   10bfc:	4401                	li	s0,0
   10bfe:	675d                	lui	a4,0x17
   10c00:	1d870713          	add	a4,a4,472 # 171d8 <__riscv_restore_0+0xdea>
   10c04:	bfb5                	j	10b80 <serve+0x274>
   10c06:	4401                	li	s0,0
   10c08:	f9200593          	li	a1,-110
   10c0c:	0828                	add	a0,sp,24
   10c0e:	3155                	jal	108b2 <serve_end>
   10c10:	bfb9                	j	10b6e <serve+0x262>

00010c12 <run_timers>:
   10c12:	1141                	add	sp,sp,-16
   10c14:	c04a                	sw	s2,0(sp)
   10c16:	c606                	sw	ra,12(sp)
   10c18:	c422                	sw	s0,8(sp)
   10c1a:	c226                	sw	s1,4(sp)
   10c1c:	892a                	mv	s2,a0
   10c1e:	c8102473          	rdtimeh	s0
   10c22:	c01024f3          	rdtime	s1
   10c26:	c81027f3          	rdtimeh	a5
   10c2a:	fef41ae3          	bne	s0,a5,10c1e <run_timers+0xc>
   10c2e:	864a                	mv	a2,s2
   10c30:	8526                	mv	a0,s1
   10c32:	85a2                	mv	a1,s0
   10c34:	4f5000ef          	jal	11928 <inet_arp_timers>
   10c38:	872a                	mv	a4,a0
   10c3a:	87ae                	mv	a5,a1
   10c3c:	8526                	mv	a0,s1
   10c3e:	85a2                	mv	a1,s0
   10c40:	864a                	mv	a2,s2
   10c42:	84ba                	mv	s1,a4
   10c44:	843e                	mv	s0,a5
   10c46:	22e030ef          	jal	13e74 <inet_tcp_timers>
   10c4a:	87ae                	mv	a5,a1
   10c4c:	872a                	mv	a4,a0
   10c4e:	85a2                	mv	a1,s0
   10c50:	8526                	mv	a0,s1
   10c52:	0087ec63          	bltu	a5,s0,10c6a <run_timers+0x58>
   10c56:	00f40863          	beq	s0,a5,10c66 <run_timers+0x54>
   10c5a:	40b2                	lw	ra,12(sp)
   10c5c:	4422                	lw	s0,8(sp)
   10c5e:	4492                	lw	s1,4(sp)
   10c60:	4902                	lw	s2,0(sp)
   10c62:	0141                	add	sp,sp,16
   10c64:	8082                	ret
   10c66:	fe977ae3          	bgeu	a4,s1,10c5a <run_timers+0x48>
   10c6a:	40b2                	lw	ra,12(sp)
   10c6c:	4422                	lw	s0,8(sp)
   10c6e:	4492                	lw	s1,4(sp)
   10c70:	4902                	lw	s2,0(sp)
   10c72:	853a                	mv	a0,a4
   10c74:	85be                	mv	a1,a5
   10c76:	0141                	add	sp,sp,16
   10c78:	8082                	ret

00010c7a <parse_addr>:
   10c7a:	4110                	lw	a2,0(a0)
   10c7c:	4e81                	li	t4,0
   10c7e:	4e01                	li	t3,0
   10c80:	48a5                	li	a7,9
   10c82:	0ff00313          	li	t1,255
   10c86:	4f11                	li	t5,4
   10c88:	02e00f93          	li	t6,46
   10c8c:	00064783          	lbu	a5,0(a2) # 1000 <errno+0x1000>
   10c90:	fd078793          	add	a5,a5,-48
   10c94:	0ff7f793          	zext.b	a5,a5
   10c98:	04f8e563          	bltu	a7,a5,10ce2 <parse_addr+0x68>
   10c9c:	4681                	li	a3,0
   10c9e:	a031                	j	10caa <parse_addr+0x30>
   10ca0:	00f706b3          	add	a3,a4,a5
   10ca4:	0605                	add	a2,a2,1
   10ca6:	02d34e63          	blt	t1,a3,10ce2 <parse_addr+0x68>
   10caa:	00064703          	lbu	a4,0(a2)
   10cae:	00269793          	sll	a5,a3,0x2
   10cb2:	97b6                	add	a5,a5,a3
   10cb4:	fd070713          	add	a4,a4,-48
   10cb8:	0ff77813          	zext.b	a6,a4
   10cbc:	0786                	sll	a5,a5,0x1
   10cbe:	ff08f1e3          	bgeu	a7,a6,10ca0 <parse_addr+0x26>
   10cc2:	0e22                	sll	t3,t3,0x8
   10cc4:	c110                	sw	a2,0(a0)
   10cc6:	0e85                	add	t4,t4,1
   10cc8:	01c6ee33          	or	t3,a3,t3
   10ccc:	01ee8d63          	beq	t4,t5,10ce6 <parse_addr+0x6c>
   10cd0:	00160793          	add	a5,a2,1
   10cd4:	c11c                	sw	a5,0(a0)
   10cd6:	00064703          	lbu	a4,0(a2)
   10cda:	01f71463          	bne	a4,t6,10ce2 <parse_addr+0x68>
   10cde:	863e                	mv	a2,a5
   10ce0:	b775                	j	10c8c <parse_addr+0x12>
   10ce2:	5529                	li	a0,-22
   10ce4:	8082                	ret
   10ce6:	01c5a023          	sw	t3,0(a1)
   10cea:	4501                	li	a0,0
   10cec:	8082                	ret

00010cee <inet_parse>:
   10cee:	7179                	add	sp,sp,-48
   10cf0:	d606                	sw	ra,44(sp)
   10cf2:	d422                	sw	s0,40(sp)
   10cf4:	c62a                	sw	a0,12(sp)
   10cf6:	c115                	beqz	a0,10d1a <inet_parse+0x2c>
   10cf8:	842e                	mv	s0,a1
   10cfa:	0068                	add	a0,sp,12
   10cfc:	086c                	add	a1,sp,28
   10cfe:	3fb5                	jal	10c7a <parse_addr>
   10d00:	00054d63          	bltz	a0,10d1a <inet_parse+0x2c>
   10d04:	47b2                	lw	a5,12(sp)
   10d06:	0007c783          	lbu	a5,0(a5)
   10d0a:	eb81                	bnez	a5,10d1a <inet_parse+0x2c>
   10d0c:	47f2                	lw	a5,28(sp)
   10d0e:	4501                	li	a0,0
   10d10:	c01c                	sw	a5,0(s0)
   10d12:	50b2                	lw	ra,44(sp)
   10d14:	5422                	lw	s0,40(sp)
   10d16:	6145                	add	sp,sp,48
   10d18:	8082                	ret
   10d1a:	5529                	li	a0,-22
   10d1c:	bfdd                	j	10d12 <inet_parse+0x24>

00010d1e <inet_format>:
   10d1e:	88aa                	mv	a7,a0
   10d20:	46e1                	li	a3,24
   10d22:	00d8d7b3          	srl	a5,a7,a3
   10d26:	852e                	mv	a0,a1
   10d28:	872e                	mv	a4,a1
   10d2a:	0ff7f793          	zext.b	a5,a5
   10d2e:	06300593          	li	a1,99
   10d32:	4829                	li	a6,10
   10d34:	4f25                	li	t5,9
   10d36:	06400e93          	li	t4,100
   10d3a:	02e00e13          	li	t3,46
   10d3e:	04f5f563          	bgeu	a1,a5,10d88 <inet_format+0x6a>
   10d42:	03d7d633          	divu	a2,a5,t4
   10d46:	00170313          	add	t1,a4,1
   10d4a:	03060613          	add	a2,a2,48
   10d4e:	00c70023          	sb	a2,0(a4)
   10d52:	0307d633          	divu	a2,a5,a6
   10d56:	00130713          	add	a4,t1,1
   10d5a:	03067633          	remu	a2,a2,a6
   10d5e:	03060613          	add	a2,a2,48
   10d62:	00c30023          	sb	a2,0(t1)
   10d66:	0307f7b3          	remu	a5,a5,a6
   10d6a:	03078793          	add	a5,a5,48
   10d6e:	00f70023          	sb	a5,0(a4)
   10d72:	ce99                	beqz	a3,10d90 <inet_format+0x72>
   10d74:	16e1                	add	a3,a3,-8
   10d76:	00d8d7b3          	srl	a5,a7,a3
   10d7a:	01c700a3          	sb	t3,1(a4)
   10d7e:	0ff7f793          	zext.b	a5,a5
   10d82:	0709                	add	a4,a4,2
   10d84:	faf5efe3          	bltu	a1,a5,10d42 <inet_format+0x24>
   10d88:	fcff7fe3          	bgeu	t5,a5,10d66 <inet_format+0x48>
   10d8c:	833a                	mv	t1,a4
   10d8e:	b7d1                	j	10d52 <inet_format+0x34>
   10d90:	000700a3          	sb	zero,1(a4)
   10d94:	8082                	ret

00010d96 <inet_up>:
   10d96:	7179                	add	sp,sp,-48
   10d98:	d422                	sw	s0,40(sp)
   10d9a:	d226                	sw	s1,36(sp)
   10d9c:	d04a                	sw	s2,32(sp)
   10d9e:	84aa                	mv	s1,a0
   10da0:	83418513          	add	a0,gp,-1996 # 1804c <inet_mac>
   10da4:	d606                	sw	ra,44(sp)
   10da6:	ce4e                	sw	s3,28(sp)
   10da8:	cc52                	sw	s4,24(sp)
   10daa:	8201a023          	sw	zero,-2016(gp) # 18038 <inet_self>
   10dae:	358030ef          	jal	14106 <net_info>
   10db2:	12054363          	bltz	a0,10ed8 <inet_up+0x142>
   10db6:	c626                	sw	s1,12(sp)
   10db8:	c4cd                	beqz	s1,10e62 <inet_up+0xcc>
   10dba:	002c                	add	a1,sp,8
   10dbc:	0068                	add	a0,sp,12
   10dbe:	3d75                	jal	10c7a <parse_addr>
   10dc0:	10054763          	bltz	a0,10ece <inet_up+0x138>
   10dc4:	4732                	lw	a4,12(sp)
   10dc6:	02f00793          	li	a5,47
   10dca:	4441                	li	s0,16
   10dcc:	00074683          	lbu	a3,0(a4)
   10dd0:	0af68d63          	beq	a3,a5,10e8a <inet_up+0xf4>
   10dd4:	0e069d63          	bnez	a3,10ece <inet_up+0x138>
   10dd8:	02000793          	li	a5,32
   10ddc:	8f81                	sub	a5,a5,s0
   10dde:	49a2                	lw	s3,8(sp)
   10de0:	5a7d                	li	s4,-1
   10de2:	00fa1a33          	sll	s4,s4,a5
   10de6:	fffa4713          	not	a4,s4
   10dea:	013777b3          	and	a5,a4,s3
   10dee:	0e078263          	beqz	a5,10ed2 <inet_up+0x13c>
   10df2:	0ee78063          	beq	a5,a4,10ed2 <inet_up+0x13c>
   10df6:	6571                	lui	a0,0x1c
   10df8:	08c00613          	li	a2,140
   10dfc:	4581                	li	a1,0
   10dfe:	85c50513          	add	a0,a0,-1956 # 1b85c <inet_counters>
   10e02:	468030ef          	jal	1426a <memset>
   10e06:	0c5000ef          	jal	116ca <inet_arp_reset>
   10e0a:	545000ef          	jal	11b4e <inet_ip_reset>
   10e0e:	31a010ef          	jal	12128 <inet_udp_reset>
   10e12:	1cd020ef          	jal	137de <inet_tcp_reset>
   10e16:	81c1a783          	lw	a5,-2020(gp) # 18034 <inet_link_filter>
   10e1a:	c789                	beqz	a5,10e24 <inet_up+0x8e>
   10e1c:	854e                	mv	a0,s3
   10e1e:	9782                	jalr	a5
   10e20:	02054963          	bltz	a0,10e52 <inet_up+0xbc>
   10e24:	8141ac23          	sw	s4,-2024(gp) # 18030 <netmask>
   10e28:	0014b493          	seqz	s1,s1
   10e2c:	8081aa23          	sw	s0,-2028(gp) # 1802c <prefix_len>
   10e30:	8331a023          	sw	s3,-2016(gp) # 18038 <inet_self>
   10e34:	8291a823          	sw	s1,-2000(gp) # 18048 <address_derived>
   10e38:	c81027f3          	rdtimeh	a5
   10e3c:	c01026f3          	rdtime	a3
   10e40:	c8102773          	rdtimeh	a4
   10e44:	fee79ae3          	bne	a5,a4,10e38 <inet_up+0xa2>
   10e48:	82d1a423          	sw	a3,-2008(gp) # 18040 <mac_checked>
   10e4c:	82f1a623          	sw	a5,-2004(gp) # 18044 <mac_checked+0x4>
   10e50:	4501                	li	a0,0
   10e52:	50b2                	lw	ra,44(sp)
   10e54:	5422                	lw	s0,40(sp)
   10e56:	5492                	lw	s1,36(sp)
   10e58:	5902                	lw	s2,32(sp)
   10e5a:	49f2                	lw	s3,28(sp)
   10e5c:	4a62                	lw	s4,24(sp)
   10e5e:	6145                	add	sp,sp,48
   10e60:	8082                	ret
   10e62:	83418413          	add	s0,gp,-1996 # 1804c <inet_mac>
   10e66:	00445703          	lhu	a4,4(s0)
   10e6a:	0a0009b7          	lui	s3,0xa000
   10e6e:	7a41                	lui	s4,0xffff0
   10e70:	00871793          	sll	a5,a4,0x8
   10e74:	8321                	srl	a4,a4,0x8
   10e76:	8fd9                	or	a5,a5,a4
   10e78:	07c2                	sll	a5,a5,0x10
   10e7a:	83c1                	srl	a5,a5,0x10
   10e7c:	0137e9b3          	or	s3,a5,s3
   10e80:	6741                	lui	a4,0x10
   10e82:	c44e                	sw	s3,8(sp)
   10e84:	177d                	add	a4,a4,-1 # ffff <errno+0xffff>
   10e86:	4441                	li	s0,16
   10e88:	b79d                	j	10dee <inet_up+0x58>
   10e8a:	00174783          	lbu	a5,1(a4)
   10e8e:	46a5                	li	a3,9
   10e90:	0705                	add	a4,a4,1
   10e92:	fd078793          	add	a5,a5,-48
   10e96:	0ff7f793          	zext.b	a5,a5
   10e9a:	4401                	li	s0,0
   10e9c:	4525                	li	a0,9
   10e9e:	4879                	li	a6,30
   10ea0:	00f6f863          	bgeu	a3,a5,10eb0 <inet_up+0x11a>
   10ea4:	a02d                	j	10ece <inet_up+0x138>
   10ea6:	00f60433          	add	s0,a2,a5
   10eaa:	0705                	add	a4,a4,1
   10eac:	02884163          	blt	a6,s0,10ece <inet_up+0x138>
   10eb0:	00074683          	lbu	a3,0(a4)
   10eb4:	00241793          	sll	a5,s0,0x2
   10eb8:	97a2                	add	a5,a5,s0
   10eba:	fd068613          	add	a2,a3,-48
   10ebe:	0ff67593          	zext.b	a1,a2
   10ec2:	0786                	sll	a5,a5,0x1
   10ec4:	feb571e3          	bgeu	a0,a1,10ea6 <inet_up+0x110>
   10ec8:	c63a                	sw	a4,12(sp)
   10eca:	f00415e3          	bnez	s0,10dd4 <inet_up+0x3e>
   10ece:	5529                	li	a0,-22
   10ed0:	b749                	j	10e52 <inet_up+0xbc>
   10ed2:	f9d00513          	li	a0,-99
   10ed6:	bfb5                	j	10e52 <inet_up+0xbc>
   10ed8:	5535                	li	a0,-19
   10eda:	bfa5                	j	10e52 <inet_up+0xbc>

00010edc <inet_addr>:
   10edc:	8201a503          	lw	a0,-2016(gp) # 18038 <inet_self>
   10ee0:	8082                	ret

00010ee2 <inet_on_link>:
   10ee2:	8201a703          	lw	a4,-2016(gp) # 18038 <inet_self>
   10ee6:	87aa                	mv	a5,a0
   10ee8:	4501                	li	a0,0
   10eea:	c305                	beqz	a4,10f0a <inet_on_link+0x28>
   10eec:	00f70f63          	beq	a4,a5,10f0a <inet_on_link+0x28>
   10ef0:	8181a683          	lw	a3,-2024(gp) # 18030 <netmask>
   10ef4:	8f3d                	xor	a4,a4,a5
   10ef6:	8f75                	and	a4,a4,a3
   10ef8:	eb09                	bnez	a4,10f0a <inet_on_link+0x28>
   10efa:	fff6c693          	not	a3,a3
   10efe:	8ff5                	and	a5,a5,a3
   10f00:	c789                	beqz	a5,10f0a <inet_on_link+0x28>
   10f02:	8e9d                	sub	a3,a3,a5
   10f04:	00d03533          	snez	a0,a3
   10f08:	8082                	ret
   10f0a:	8082                	ret

00010f0c <inet_stats>:
   10f0c:	67f1                	lui	a5,0x1c
   10f0e:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   10f12:	08c78713          	add	a4,a5,140
   10f16:	0007a883          	lw	a7,0(a5)
   10f1a:	0047a803          	lw	a6,4(a5)
   10f1e:	478c                	lw	a1,8(a5)
   10f20:	47d0                	lw	a2,12(a5)
   10f22:	4b94                	lw	a3,16(a5)
   10f24:	01152023          	sw	a7,0(a0)
   10f28:	01052223          	sw	a6,4(a0)
   10f2c:	c50c                	sw	a1,8(a0)
   10f2e:	c550                	sw	a2,12(a0)
   10f30:	c914                	sw	a3,16(a0)
   10f32:	07d1                	add	a5,a5,20
   10f34:	0551                	add	a0,a0,20
   10f36:	fee790e3          	bne	a5,a4,10f16 <inet_stats+0xa>
   10f3a:	8082                	ret

00010f3c <inet_next_port>:
   10f3c:	6761                	lui	a4,0x18
   10f3e:	02072783          	lw	a5,32(a4) # 18020 <n.0>
   10f42:	76f1                	lui	a3,0xffffc
   10f44:	01279513          	sll	a0,a5,0x12
   10f48:	8149                	srl	a0,a0,0x12
   10f4a:	9536                	add	a0,a0,a3
   10f4c:	0785                	add	a5,a5,1
   10f4e:	0542                	sll	a0,a0,0x10
   10f50:	02f72023          	sw	a5,32(a4)
   10f54:	8141                	srl	a0,a0,0x10
   10f56:	8082                	ret

00010f58 <inet_frame_get>:
   10f58:	1141                	add	sp,sp,-16
   10f5a:	c226                	sw	s1,4(sp)
   10f5c:	c04a                	sw	s2,0(sp)
   10f5e:	64f1                	lui	s1,0x1c
   10f60:	c422                	sw	s0,8(sp)
   10f62:	c606                	sw	ra,12(sp)
   10f64:	81018913          	add	s2,gp,-2032 # 18028 <busy>
   10f68:	4411                	li	s0,4
   10f6a:	85c48493          	add	s1,s1,-1956 # 1b85c <inet_counters>
   10f6e:	874a                	mv	a4,s2
   10f70:	4781                	li	a5,0
   10f72:	00074683          	lbu	a3,0(a4)
   10f76:	0705                	add	a4,a4,1
   10f78:	ce89                	beqz	a3,10f92 <inet_frame_get+0x3a>
   10f7a:	0785                	add	a5,a5,1
   10f7c:	fe879be3          	bne	a5,s0,10f72 <inet_frame_get+0x1a>
   10f80:	0884a783          	lw	a5,136(s1)
   10f84:	4505                	li	a0,1
   10f86:	0785                	add	a5,a5,1
   10f88:	08f4a423          	sw	a5,136(s1)
   10f8c:	15c030ef          	jal	140e8 <sleep_ms>
   10f90:	bff9                	j	10f6e <inet_frame_get+0x16>
   10f92:	00179513          	sll	a0,a5,0x1
   10f96:	993e                	add	s2,s2,a5
   10f98:	953e                	add	a0,a0,a5
   10f9a:	4785                	li	a5,1
   10f9c:	00f90023          	sb	a5,0(s2)
   10fa0:	40b2                	lw	ra,12(sp)
   10fa2:	4422                	lw	s0,8(sp)
   10fa4:	67e9                	lui	a5,0x1a
   10fa6:	0526                	sll	a0,a0,0x9
   10fa8:	05c78793          	add	a5,a5,92 # 1a05c <frames>
   10fac:	4492                	lw	s1,4(sp)
   10fae:	4902                	lw	s2,0(sp)
   10fb0:	953e                	add	a0,a0,a5
   10fb2:	0141                	add	sp,sp,16
   10fb4:	8082                	ret

00010fb6 <inet_frame_put>:
   10fb6:	67e9                	lui	a5,0x1a
   10fb8:	6689                	lui	a3,0x2
   10fba:	05c78793          	add	a5,a5,92 # 1a05c <frames>
   10fbe:	80068693          	add	a3,a3,-2048 # 1800 <errno+0x1800>
   10fc2:	81018713          	add	a4,gp,-2032 # 18028 <busy>
   10fc6:	96be                	add	a3,a3,a5
   10fc8:	00f50863          	beq	a0,a5,10fd8 <inet_frame_put+0x22>
   10fcc:	60078793          	add	a5,a5,1536
   10fd0:	0705                	add	a4,a4,1
   10fd2:	fed79be3          	bne	a5,a3,10fc8 <inet_frame_put+0x12>
   10fd6:	8082                	ret
   10fd8:	00070023          	sb	zero,0(a4)
   10fdc:	bfc5                	j	10fcc <inet_frame_put+0x16>

00010fde <inet_eth_send>:
   10fde:	1141                	add	sp,sp,-16
   10fe0:	c04a                	sw	s2,0(sp)
   10fe2:	8932                	mv	s2,a2
   10fe4:	4619                	li	a2,6
   10fe6:	c606                	sw	ra,12(sp)
   10fe8:	c422                	sw	s0,8(sp)
   10fea:	c226                	sw	s1,4(sp)
   10fec:	842a                	mv	s0,a0
   10fee:	00e68493          	add	s1,a3,14
   10ff2:	23c030ef          	jal	1422e <memcpy>
   10ff6:	4619                	li	a2,6
   10ff8:	83418593          	add	a1,gp,-1996 # 1804c <inet_mac>
   10ffc:	00640513          	add	a0,s0,6
   11000:	22e030ef          	jal	1422e <memcpy>
   11004:	00895793          	srl	a5,s2,0x8
   11008:	00f40623          	sb	a5,12(s0)
   1100c:	012406a3          	sb	s2,13(s0)
   11010:	03b00793          	li	a5,59
   11014:	0297f563          	bgeu	a5,s1,1103e <inet_eth_send+0x60>
   11018:	85a6                	mv	a1,s1
   1101a:	8522                	mv	a0,s0
   1101c:	0f6030ef          	jal	14112 <net_send>
   11020:	02054a63          	bltz	a0,11054 <inet_eth_send+0x76>
   11024:	67f1                	lui	a5,0x1c
   11026:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   1102a:	43d8                	lw	a4,4(a5)
   1102c:	4501                	li	a0,0
   1102e:	0705                	add	a4,a4,1
   11030:	c3d8                	sw	a4,4(a5)
   11032:	40b2                	lw	ra,12(sp)
   11034:	4422                	lw	s0,8(sp)
   11036:	4492                	lw	s1,4(sp)
   11038:	4902                	lw	s2,0(sp)
   1103a:	0141                	add	sp,sp,16
   1103c:	8082                	ret
   1103e:	03c00613          	li	a2,60
   11042:	8e05                	sub	a2,a2,s1
   11044:	00940533          	add	a0,s0,s1
   11048:	4581                	li	a1,0
   1104a:	220030ef          	jal	1426a <memset>
   1104e:	03c00493          	li	s1,60
   11052:	b7d9                	j	11018 <inet_eth_send+0x3a>
   11054:	f9c00513          	li	a0,-100
   11058:	bfe9                	j	11032 <inet_eth_send+0x54>

0001105a <inet_wait>:
   1105a:	7179                	add	sp,sp,-48
   1105c:	d422                	sw	s0,40(sp)
   1105e:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11062:	d04a                	sw	s2,32(sp)
   11064:	ce4e                	sw	s3,28(sp)
   11066:	d606                	sw	ra,44(sp)
   11068:	d226                	sw	s1,36(sp)
   1106a:	cc52                	sw	s4,24(sp)
   1106c:	ca56                	sw	s5,20(sp)
   1106e:	89aa                	mv	s3,a0
   11070:	892e                	mv	s2,a1
   11072:	24078563          	beqz	a5,112bc <inet_wait+0x262>
   11076:	c81027f3          	rdtimeh	a5
   1107a:	c01026f3          	rdtime	a3
   1107e:	c8102773          	rdtimeh	a4
   11082:	fee79ae3          	bne	a5,a4,11076 <inet_wait+0x1c>
   11086:	8281a703          	lw	a4,-2008(gp) # 18040 <mac_checked>
   1108a:	82c1a603          	lw	a2,-2004(gp) # 18044 <mac_checked+0x4>
   1108e:	40e68733          	sub	a4,a3,a4
   11092:	00e6b533          	sltu	a0,a3,a4
   11096:	40c78633          	sub	a2,a5,a2
   1109a:	12a61d63          	bne	a2,a0,111d4 <inet_wait+0x17a>
   1109e:	000f4637          	lui	a2,0xf4
   110a2:	23f60613          	add	a2,a2,575 # f423f <_end+0x90db7>
   110a6:	12e66763          	bltu	a2,a4,111d4 <inet_wait+0x17a>
   110aa:	6af1                	lui	s5,0x1c
   110ac:	81018493          	add	s1,gp,-2032 # 18028 <busy>
   110b0:	4411                	li	s0,4
   110b2:	85ca8a93          	add	s5,s5,-1956 # 1b85c <inet_counters>
   110b6:	8a26                	mv	s4,s1
   110b8:	8726                	mv	a4,s1
   110ba:	4781                	li	a5,0
   110bc:	00074683          	lbu	a3,0(a4)
   110c0:	0705                	add	a4,a4,1
   110c2:	ce89                	beqz	a3,110dc <inet_wait+0x82>
   110c4:	0785                	add	a5,a5,1
   110c6:	fe879be3          	bne	a5,s0,110bc <inet_wait+0x62>
   110ca:	088aa783          	lw	a5,136(s5)
   110ce:	4505                	li	a0,1
   110d0:	0785                	add	a5,a5,1
   110d2:	08faa423          	sw	a5,136(s5)
   110d6:	012030ef          	jal	140e8 <sleep_ms>
   110da:	bff1                	j	110b6 <inet_wait+0x5c>
   110dc:	00179a93          	sll	s5,a5,0x1
   110e0:	9abe                	add	s5,s5,a5
   110e2:	6469                	lui	s0,0x1a
   110e4:	0aa6                	sll	s5,s5,0x9
   110e6:	05c40413          	add	s0,s0,92 # 1a05c <frames>
   110ea:	9aa2                	add	s5,s5,s0
   110ec:	94be                	add	s1,s1,a5
   110ee:	8556                	mv	a0,s5
   110f0:	4785                	li	a5,1
   110f2:	00f48023          	sb	a5,0(s1)
   110f6:	3e31                	jal	10c12 <run_timers>
   110f8:	0cb97963          	bgeu	s2,a1,111ca <inet_wait+0x170>
   110fc:	854e                	mv	a0,s3
   110fe:	85ca                	mv	a1,s2
   11100:	c81027f3          	rdtimeh	a5
   11104:	c01026f3          	rdtime	a3
   11108:	c8102773          	rdtimeh	a4
   1110c:	fee79ae3          	bne	a5,a4,11100 <inet_wait+0xa6>
   11110:	80c1a483          	lw	s1,-2036(gp) # 18024 <pollers>
   11114:	0ab7f163          	bgeu	a5,a1,111b6 <inet_wait+0x15c>
   11118:	6609                	lui	a2,0x2
   1111a:	70f60613          	add	a2,a2,1807 # 270f <errno+0x270f>
   1111e:	962a                	add	a2,a2,a0
   11120:	00a63733          	sltu	a4,a2,a0
   11124:	972e                	add	a4,a4,a1
   11126:	40d60533          	sub	a0,a2,a3
   1112a:	00a635b3          	sltu	a1,a2,a0
   1112e:	40f707b3          	sub	a5,a4,a5
   11132:	6609                	lui	a2,0x2
   11134:	4681                	li	a3,0
   11136:	71060613          	add	a2,a2,1808 # 2710 <errno+0x2710>
   1113a:	40b785b3          	sub	a1,a5,a1
   1113e:	3d7040ef          	jal	15d14 <__udivdi3>
   11142:	86aa                	mv	a3,a0
   11144:	10049d63          	bnez	s1,1125e <inet_wait+0x204>
   11148:	3e800713          	li	a4,1000
   1114c:	3e800613          	li	a2,1000
   11150:	00148793          	add	a5,s1,1
   11154:	80f1a623          	sw	a5,-2036(gp) # 18024 <pollers>
   11158:	14058563          	beqz	a1,112a2 <inet_wait+0x248>
   1115c:	60000593          	li	a1,1536
   11160:	8556                	mv	a0,s5
   11162:	7bb020ef          	jal	1411c <net_recv>
   11166:	80c1a783          	lw	a5,-2036(gp) # 18024 <pollers>
   1116a:	fff50713          	add	a4,a0,-1
   1116e:	84aa                	mv	s1,a0
   11170:	17fd                	add	a5,a5,-1
   11172:	80f1a623          	sw	a5,-2036(gp) # 18024 <pollers>
   11176:	5e900793          	li	a5,1513
   1117a:	0ce7f163          	bgeu	a5,a4,1123c <inet_wait+0x1e2>
   1117e:	8556                	mv	a0,s5
   11180:	a93ff0ef          	jal	10c12 <run_timers>
   11184:	6709                	lui	a4,0x2
   11186:	80070713          	add	a4,a4,-2048 # 1800 <errno+0x1800>
   1118a:	87a2                	mv	a5,s0
   1118c:	9722                	add	a4,a4,s0
   1118e:	0afa8463          	beq	s5,a5,11236 <inet_wait+0x1dc>
   11192:	60078793          	add	a5,a5,1536
   11196:	0a05                	add	s4,s4,1 # ffff0001 <_end+0xfff8cb79>
   11198:	fee79be3          	bne	a5,a4,1118e <inet_wait+0x134>
   1119c:	1204c063          	bltz	s1,112bc <inet_wait+0x262>
   111a0:	00902533          	sgtz	a0,s1
   111a4:	50b2                	lw	ra,44(sp)
   111a6:	5422                	lw	s0,40(sp)
   111a8:	5492                	lw	s1,36(sp)
   111aa:	5902                	lw	s2,32(sp)
   111ac:	49f2                	lw	s3,28(sp)
   111ae:	4a62                	lw	s4,24(sp)
   111b0:	4ad2                	lw	s5,20(sp)
   111b2:	6145                	add	sp,sp,48
   111b4:	8082                	ret
   111b6:	00f59463          	bne	a1,a5,111be <inet_wait+0x164>
   111ba:	f4a6efe3          	bltu	a3,a0,11118 <inet_wait+0xbe>
   111be:	00148793          	add	a5,s1,1
   111c2:	80f1a623          	sw	a5,-2036(gp) # 18024 <pollers>
   111c6:	4601                	li	a2,0
   111c8:	bf51                	j	1115c <inet_wait+0x102>
   111ca:	f3259be3          	bne	a1,s2,11100 <inet_wait+0xa6>
   111ce:	f2a9f9e3          	bgeu	s3,a0,11100 <inet_wait+0xa6>
   111d2:	b72d                	j	110fc <inet_wait+0xa2>
   111d4:	0028                	add	a0,sp,8
   111d6:	82d1a423          	sw	a3,-2008(gp) # 18040 <mac_checked>
   111da:	82f1a623          	sw	a5,-2004(gp) # 18044 <mac_checked+0x4>
   111de:	729020ef          	jal	14106 <net_info>
   111e2:	ec0544e3          	bltz	a0,110aa <inet_wait+0x50>
   111e6:	4619                	li	a2,6
   111e8:	83418593          	add	a1,gp,-1996 # 1804c <inet_mac>
   111ec:	0028                	add	a0,sp,8
   111ee:	122030ef          	jal	14310 <memcmp>
   111f2:	ea050ce3          	beqz	a0,110aa <inet_wait+0x50>
   111f6:	4619                	li	a2,6
   111f8:	002c                	add	a1,sp,8
   111fa:	83418513          	add	a0,gp,-1996 # 1804c <inet_mac>
   111fe:	030030ef          	jal	1422e <memcpy>
   11202:	21e1                	jal	116ca <inet_arp_reset>
   11204:	8301a703          	lw	a4,-2000(gp) # 18048 <address_derived>
   11208:	00c15783          	lhu	a5,12(sp)
   1120c:	e8070fe3          	beqz	a4,110aa <inet_wait+0x50>
   11210:	00879493          	sll	s1,a5,0x8
   11214:	83a1                	srl	a5,a5,0x8
   11216:	8cdd                	or	s1,s1,a5
   11218:	81c1a703          	lw	a4,-2020(gp) # 18034 <inet_link_filter>
   1121c:	04c2                	sll	s1,s1,0x10
   1121e:	80c1                	srl	s1,s1,0x10
   11220:	0a0007b7          	lui	a5,0xa000
   11224:	8cdd                	or	s1,s1,a5
   11226:	c709                	beqz	a4,11230 <inet_wait+0x1d6>
   11228:	8526                	mv	a0,s1
   1122a:	9702                	jalr	a4
   1122c:	e6054fe3          	bltz	a0,110aa <inet_wait+0x50>
   11230:	8291a023          	sw	s1,-2016(gp) # 18038 <inet_self>
   11234:	bd9d                	j	110aa <inet_wait+0x50>
   11236:	000a0023          	sb	zero,0(s4)
   1123a:	bfa1                	j	11192 <inet_wait+0x138>
   1123c:	6971                	lui	s2,0x1c
   1123e:	85c90913          	add	s2,s2,-1956 # 1b85c <inet_counters>
   11242:	00092783          	lw	a5,0(s2)
   11246:	4735                	li	a4,13
   11248:	0785                	add	a5,a5,1 # a000001 <_end+0x9f9cb79>
   1124a:	00f92023          	sw	a5,0(s2)
   1124e:	00a76b63          	bltu	a4,a0,11264 <inet_wait+0x20a>
   11252:	00892783          	lw	a5,8(s2)
   11256:	0785                	add	a5,a5,1
   11258:	00f92423          	sw	a5,8(s2)
   1125c:	b70d                	j	1117e <inet_wait+0x124>
   1125e:	4729                	li	a4,10
   11260:	4629                	li	a2,10
   11262:	b5fd                	j	11150 <inet_wait+0xf6>
   11264:	00cad783          	lhu	a5,12(s5)
   11268:	4619                	li	a2,6
   1126a:	00879993          	sll	s3,a5,0x8
   1126e:	83a1                	srl	a5,a5,0x8
   11270:	00f9e9b3          	or	s3,s3,a5
   11274:	09c2                	sll	s3,s3,0x10
   11276:	83418593          	add	a1,gp,-1996 # 1804c <inet_mac>
   1127a:	8556                	mv	a0,s5
   1127c:	0109d993          	srl	s3,s3,0x10
   11280:	090030ef          	jal	14310 <memcmp>
   11284:	e11d                	bnez	a0,112aa <inet_wait+0x250>
   11286:	6785                	lui	a5,0x1
   11288:	80678793          	add	a5,a5,-2042 # 806 <errno+0x806>
   1128c:	02f98b63          	beq	s3,a5,112c2 <inet_wait+0x268>
   11290:	80098993          	add	s3,s3,-2048 # 9fff800 <_end+0x9f9c378>
   11294:	fa099fe3          	bnez	s3,11252 <inet_wait+0x1f8>
   11298:	85a6                	mv	a1,s1
   1129a:	8556                	mv	a0,s5
   1129c:	269000ef          	jal	11d04 <inet_ip_input>
   112a0:	bdf9                	j	1117e <inet_wait+0x124>
   112a2:	ead76de3          	bltu	a4,a3,1115c <inet_wait+0x102>
   112a6:	862a                	mv	a2,a0
   112a8:	bd55                	j	1115c <inet_wait+0x102>
   112aa:	65e1                	lui	a1,0x18
   112ac:	4619                	li	a2,6
   112ae:	ce458593          	add	a1,a1,-796 # 17ce4 <broadcast>
   112b2:	8556                	mv	a0,s5
   112b4:	05c030ef          	jal	14310 <memcmp>
   112b8:	d579                	beqz	a0,11286 <inet_wait+0x22c>
   112ba:	bf61                	j	11252 <inet_wait+0x1f8>
   112bc:	f9c00513          	li	a0,-100
   112c0:	b5d5                	j	111a4 <inet_wait+0x14a>
   112c2:	85a6                	mv	a1,s1
   112c4:	8556                	mv	a0,s5
   112c6:	21a1                	jal	1170e <inet_arp_input>
   112c8:	bd5d                	j	1117e <inet_wait+0x124>

000112ca <inet_block>:
   112ca:	1101                	add	sp,sp,-32
   112cc:	cc22                	sw	s0,24(sp)
   112ce:	ca26                	sw	s1,20(sp)
   112d0:	c84a                	sw	s2,16(sp)
   112d2:	c64e                	sw	s3,12(sp)
   112d4:	c452                	sw	s4,8(sp)
   112d6:	ce06                	sw	ra,28(sp)
   112d8:	89aa                	mv	s3,a0
   112da:	892e                	mv	s2,a1
   112dc:	8a32                	mv	s4,a2
   112de:	84b6                	mv	s1,a3
   112e0:	4401                	li	s0,0
   112e2:	a039                	j	112f0 <inet_block+0x26>
   112e4:	8552                	mv	a0,s4
   112e6:	85a6                	mv	a1,s1
   112e8:	3b8d                	jal	1105a <inet_wait>
   112ea:	4405                	li	s0,1
   112ec:	02054663          	bltz	a0,11318 <inet_block+0x4e>
   112f0:	854a                	mv	a0,s2
   112f2:	9982                	jalr	s3
   112f4:	e115                	bnez	a0,11318 <inet_block+0x4e>
   112f6:	d47d                	beqz	s0,112e4 <inet_block+0x1a>
   112f8:	c81027f3          	rdtimeh	a5
   112fc:	c0102873          	rdtime	a6
   11300:	c8102773          	rdtimeh	a4
   11304:	fee79ae3          	bne	a5,a4,112f8 <inet_block+0x2e>
   11308:	fc97eee3          	bltu	a5,s1,112e4 <inet_block+0x1a>
   1130c:	00f49463          	bne	s1,a5,11314 <inet_block+0x4a>
   11310:	fd486ae3          	bltu	a6,s4,112e4 <inet_block+0x1a>
   11314:	f9200513          	li	a0,-110
   11318:	40f2                	lw	ra,28(sp)
   1131a:	4462                	lw	s0,24(sp)
   1131c:	44d2                	lw	s1,20(sp)
   1131e:	4942                	lw	s2,16(sp)
   11320:	49b2                	lw	s3,12(sp)
   11322:	4a22                	lw	s4,8(sp)
   11324:	6105                	add	sp,sp,32
   11326:	8082                	ret

00011328 <inet_poll>:
   11328:	1141                	add	sp,sp,-16
   1132a:	c606                	sw	ra,12(sp)
   1132c:	c422                	sw	s0,8(sp)
   1132e:	c226                	sw	s1,4(sp)
   11330:	c8102773          	rdtimeh	a4
   11334:	c01027f3          	rdtime	a5
   11338:	c81026f3          	rdtimeh	a3
   1133c:	fed71ae3          	bne	a4,a3,11330 <inet_poll+0x8>
   11340:	6689                	lui	a3,0x2
   11342:	71068693          	add	a3,a3,1808 # 2710 <errno+0x2710>
   11346:	02d504b3          	mul	s1,a0,a3
   1134a:	02d53533          	mulhu	a0,a0,a3
   1134e:	94be                	add	s1,s1,a5
   11350:	00f4b7b3          	sltu	a5,s1,a5
   11354:	972a                	add	a4,a4,a0
   11356:	00e78433          	add	s0,a5,a4
   1135a:	8526                	mv	a0,s1
   1135c:	85a2                	mv	a1,s0
   1135e:	39f5                	jal	1105a <inet_wait>
   11360:	ed19                	bnez	a0,1137e <inet_poll+0x56>
   11362:	c81027f3          	rdtimeh	a5
   11366:	c01026f3          	rdtime	a3
   1136a:	c8102773          	rdtimeh	a4
   1136e:	fee79ae3          	bne	a5,a4,11362 <inet_poll+0x3a>
   11372:	fe87e4e3          	bltu	a5,s0,1135a <inet_poll+0x32>
   11376:	00f41463          	bne	s0,a5,1137e <inet_poll+0x56>
   1137a:	fe96e0e3          	bltu	a3,s1,1135a <inet_poll+0x32>
   1137e:	40b2                	lw	ra,12(sp)
   11380:	4422                	lw	s0,8(sp)
   11382:	4492                	lw	s1,4(sp)
   11384:	0141                	add	sp,sp,16
   11386:	8082                	ret

00011388 <inet_sum>:
   11388:	4785                	li	a5,1
   1138a:	86aa                	mv	a3,a0
   1138c:	8532                	mv	a0,a2
   1138e:	02b7fe63          	bgeu	a5,a1,113ca <inet_sum+0x42>
   11392:	ffe58613          	add	a2,a1,-2
   11396:	9a79                	and	a2,a2,-2
   11398:	0609                	add	a2,a2,2
   1139a:	9636                	add	a2,a2,a3
   1139c:	0016c783          	lbu	a5,1(a3)
   113a0:	0006c703          	lbu	a4,0(a3)
   113a4:	0689                	add	a3,a3,2
   113a6:	07a2                	sll	a5,a5,0x8
   113a8:	8fd9                	or	a5,a5,a4
   113aa:	00879713          	sll	a4,a5,0x8
   113ae:	83a1                	srl	a5,a5,0x8
   113b0:	8fd9                	or	a5,a5,a4
   113b2:	07c2                	sll	a5,a5,0x10
   113b4:	83c1                	srl	a5,a5,0x10
   113b6:	953e                	add	a0,a0,a5
   113b8:	fec692e3          	bne	a3,a2,1139c <inet_sum+0x14>
   113bc:	8985                	and	a1,a1,1
   113be:	c589                	beqz	a1,113c8 <inet_sum+0x40>
   113c0:	00064783          	lbu	a5,0(a2)
   113c4:	07a2                	sll	a5,a5,0x8
   113c6:	953e                	add	a0,a0,a5
   113c8:	8082                	ret
   113ca:	8636                	mv	a2,a3
   113cc:	bfcd                	j	113be <inet_sum+0x36>

000113ce <inet_fold>:
   113ce:	01055713          	srl	a4,a0,0x10
   113d2:	cb11                	beqz	a4,113e6 <inet_fold+0x18>
   113d4:	67c1                	lui	a5,0x10
   113d6:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   113d8:	8d7d                	and	a0,a0,a5
   113da:	953a                	add	a0,a0,a4
   113dc:	01055713          	srl	a4,a0,0x10
   113e0:	c319                	beqz	a4,113e6 <inet_fold+0x18>
   113e2:	8d7d                	and	a0,a0,a5
   113e4:	0505                	add	a0,a0,1
   113e6:	fff54513          	not	a0,a0
   113ea:	0542                	sll	a0,a0,0x10
   113ec:	8141                	srl	a0,a0,0x10
   113ee:	8082                	ret

000113f0 <inet_pseudo_sum>:
   113f0:	6741                	lui	a4,0x10
   113f2:	177d                	add	a4,a4,-1 # ffff <errno+0xffff>
   113f4:	9636                	add	a2,a2,a3
   113f6:	0105d793          	srl	a5,a1,0x10
   113fa:	97b2                	add	a5,a5,a2
   113fc:	8df9                	and	a1,a1,a4
   113fe:	01055693          	srl	a3,a0,0x10
   11402:	97ae                	add	a5,a5,a1
   11404:	97b6                	add	a5,a5,a3
   11406:	8d79                	and	a0,a0,a4
   11408:	953e                	add	a0,a0,a5
   1140a:	8082                	ret

0001140c <inet_strerror>:
   1140c:	41f55793          	sra	a5,a0,0x1f
   11410:	8d3d                	xor	a0,a0,a5
   11412:	8d1d                	sub	a0,a0,a5
   11414:	07100793          	li	a5,113
   11418:	00a7c963          	blt	a5,a0,1142a <inet_strerror+0x1e>
   1141c:	67dd                	lui	a5,0x17
   1141e:	050a                	sll	a0,a0,0x2
   11420:	61478793          	add	a5,a5,1556 # 17614 <CSWTCH.81>
   11424:	97aa                	add	a5,a5,a0
   11426:	4388                	lw	a0,0(a5)
   11428:	8082                	ret
   1142a:	655d                	lui	a0,0x17
   1142c:	4bc50513          	add	a0,a0,1212 # 174bc <__riscv_restore_0+0x10ce>
   11430:	8082                	ret

00011432 <find>:
   11432:	67f5                	lui	a5,0x1d
   11434:	0b878313          	add	t1,a5,184 # 1d0b8 <cache>
   11438:	4681                	li	a3,0
   1143a:	0b878793          	add	a5,a5,184
   1143e:	4809                	li	a6,2
   11440:	48a1                	li	a7,8
   11442:	a809                	j	11454 <find+0x22>
   11444:	c701                	beqz	a4,1144c <find+0x1a>
   11446:	4398                	lw	a4,0(a5)
   11448:	04a70563          	beq	a4,a0,11492 <find+0x60>
   1144c:	0685                	add	a3,a3,1
   1144e:	07e1                	add	a5,a5,24
   11450:	03168963          	beq	a3,a7,11482 <find+0x50>
   11454:	00a7c703          	lbu	a4,10(a5)
   11458:	ff0716e3          	bne	a4,a6,11444 <find+0x12>
   1145c:	c8102773          	rdtimeh	a4
   11460:	c01025f3          	rdtime	a1
   11464:	c8102673          	rdtimeh	a2
   11468:	fec71ae3          	bne	a4,a2,1145c <find+0x2a>
   1146c:	4bd0                	lw	a2,20(a5)
   1146e:	fcc76ce3          	bltu	a4,a2,11446 <find+0x14>
   11472:	00e60a63          	beq	a2,a4,11486 <find+0x54>
   11476:	00078523          	sb	zero,10(a5)
   1147a:	0685                	add	a3,a3,1
   1147c:	07e1                	add	a5,a5,24
   1147e:	fd169be3          	bne	a3,a7,11454 <find+0x22>
   11482:	4501                	li	a0,0
   11484:	8082                	ret
   11486:	4b98                	lw	a4,16(a5)
   11488:	fee5f7e3          	bgeu	a1,a4,11476 <find+0x44>
   1148c:	4398                	lw	a4,0(a5)
   1148e:	faa71fe3          	bne	a4,a0,1144c <find+0x1a>
   11492:	00169793          	sll	a5,a3,0x1
   11496:	97b6                	add	a5,a5,a3
   11498:	078e                	sll	a5,a5,0x3
   1149a:	00f30533          	add	a0,t1,a5
   1149e:	8082                	ret

000114a0 <take_slot>:
   114a0:	67f5                	lui	a5,0x1d
   114a2:	0c27c703          	lbu	a4,194(a5) # 1d0c2 <cache+0xa>
   114a6:	66f5                	lui	a3,0x1d
   114a8:	0b868793          	add	a5,a3,184 # 1d0b8 <cache>
   114ac:	0c078593          	add	a1,a5,192
   114b0:	c731                	beqz	a4,114fc <take_slot+0x5c>
   114b2:	0b868693          	add	a3,a3,184
   114b6:	4809                	li	a6,2
   114b8:	4305                	li	t1,1
   114ba:	8536                	mv	a0,a3
   114bc:	07e1                	add	a5,a5,24
   114be:	06b78663          	beq	a5,a1,1152a <take_slot+0x8a>
   114c2:	00a7c703          	lbu	a4,10(a5)
   114c6:	86be                	mv	a3,a5
   114c8:	cf31                	beqz	a4,11524 <take_slot+0x84>
   114ca:	00a54603          	lbu	a2,10(a0)
   114ce:	03070a63          	beq	a4,a6,11502 <take_slot+0x62>
   114d2:	fec715e3          	bne	a4,a2,114bc <take_slot+0x1c>
   114d6:	01452883          	lw	a7,20(a0)
   114da:	4bd8                	lw	a4,20(a5)
   114dc:	03177663          	bgeu	a4,a7,11508 <take_slot+0x68>
   114e0:	07e1                	add	a5,a5,24
   114e2:	04b78363          	beq	a5,a1,11528 <take_slot+0x88>
   114e6:	00a7c703          	lbu	a4,10(a5)
   114ea:	853e                	mv	a0,a5
   114ec:	cf0d                	beqz	a4,11526 <take_slot+0x86>
   114ee:	00a6c603          	lbu	a2,10(a3)
   114f2:	8536                	mv	a0,a3
   114f4:	86be                	mv	a3,a5
   114f6:	fd071ee3          	bne	a4,a6,114d2 <take_slot+0x32>
   114fa:	a021                	j	11502 <take_slot+0x62>
   114fc:	0b868513          	add	a0,a3,184
   11500:	8082                	ret
   11502:	fc6618e3          	bne	a2,t1,114d2 <take_slot+0x32>
   11506:	bf55                	j	114ba <take_slot+0x1a>
   11508:	00e89763          	bne	a7,a4,11516 <take_slot+0x76>
   1150c:	01052883          	lw	a7,16(a0)
   11510:	4b98                	lw	a4,16(a5)
   11512:	fd1767e3          	bltu	a4,a7,114e0 <take_slot+0x40>
   11516:	07e1                	add	a5,a5,24
   11518:	00b78963          	beq	a5,a1,1152a <take_slot+0x8a>
   1151c:	00a7c703          	lbu	a4,10(a5)
   11520:	86be                	mv	a3,a5
   11522:	f755                	bnez	a4,114ce <take_slot+0x2e>
   11524:	853e                	mv	a0,a5
   11526:	8082                	ret
   11528:	8536                	mv	a0,a3
   1152a:	00a54703          	lbu	a4,10(a0)
   1152e:	4785                	li	a5,1
   11530:	fef71be3          	bne	a4,a5,11526 <take_slot+0x86>
   11534:	67f1                	lui	a5,0x1c
   11536:	6705                	lui	a4,0x1
   11538:	4110                	lw	a2,0(a0)
   1153a:	8e878793          	add	a5,a5,-1816 # 1b8e8 <waiting>
   1153e:	7d070713          	add	a4,a4,2000 # 17d0 <errno+0x17d0>
   11542:	973e                	add	a4,a4,a5
   11544:	43d4                	lw	a3,4(a5)
   11546:	ce81                	beqz	a3,1155e <take_slot+0xbe>
   11548:	4394                	lw	a3,0(a5)
   1154a:	00d61a63          	bne	a2,a3,1155e <take_slot+0xbe>
   1154e:	66f1                	lui	a3,0x1c
   11550:	85c68693          	add	a3,a3,-1956 # 1b85c <inet_counters>
   11554:	4e8c                	lw	a1,24(a3)
   11556:	0007a223          	sw	zero,4(a5)
   1155a:	0585                	add	a1,a1,1
   1155c:	ce8c                	sw	a1,24(a3)
   1155e:	5f478793          	add	a5,a5,1524
   11562:	fef711e3          	bne	a4,a5,11544 <take_slot+0xa4>
   11566:	8082                	ret

00011568 <learn>:
   11568:	1101                	add	sp,sp,-32
   1156a:	cc22                	sw	s0,24(sp)
   1156c:	c84a                	sw	s2,16(sp)
   1156e:	c64e                	sw	s3,12(sp)
   11570:	ce06                	sw	ra,28(sp)
   11572:	ca26                	sw	s1,20(sp)
   11574:	89ae                	mv	s3,a1
   11576:	00450913          	add	s2,a0,4
   1157a:	842a                	mv	s0,a0
   1157c:	85b2                	mv	a1,a2
   1157e:	01352023          	sw	s3,0(a0)
   11582:	4619                	li	a2,6
   11584:	854a                	mv	a0,s2
   11586:	4a9020ef          	jal	1422e <memcpy>
   1158a:	4789                	li	a5,2
   1158c:	00f40523          	sb	a5,10(s0)
   11590:	c81027f3          	rdtimeh	a5
   11594:	c01026f3          	rdtime	a3
   11598:	c8102773          	rdtimeh	a4
   1159c:	fee79ae3          	bne	a5,a4,11590 <learn+0x28>
   115a0:	23c34737          	lui	a4,0x23c34
   115a4:	60070713          	add	a4,a4,1536 # 23c34600 <_end+0x23bd1178>
   115a8:	9736                	add	a4,a4,a3
   115aa:	00d736b3          	sltu	a3,a4,a3
   115ae:	96be                	add	a3,a3,a5
   115b0:	64f1                	lui	s1,0x1c
   115b2:	6785                	lui	a5,0x1
   115b4:	c818                	sw	a4,16(s0)
   115b6:	c854                	sw	a3,20(s0)
   115b8:	8e848493          	add	s1,s1,-1816 # 1b8e8 <waiting>
   115bc:	6471                	lui	s0,0x1c
   115be:	7d978793          	add	a5,a5,2009 # 17d9 <errno+0x17d9>
   115c2:	8f140413          	add	s0,s0,-1807 # 1b8f1 <waiting+0x9>
   115c6:	94be                	add	s1,s1,a5
   115c8:	ffb42683          	lw	a3,-5(s0)
   115cc:	c689                	beqz	a3,115d6 <learn+0x6e>
   115ce:	ff742783          	lw	a5,-9(s0)
   115d2:	01378d63          	beq	a5,s3,115ec <learn+0x84>
   115d6:	5f440413          	add	s0,s0,1524
   115da:	fe9417e3          	bne	s0,s1,115c8 <learn+0x60>
   115de:	40f2                	lw	ra,28(sp)
   115e0:	4462                	lw	s0,24(sp)
   115e2:	44d2                	lw	s1,20(sp)
   115e4:	4942                	lw	s2,16(sp)
   115e6:	49b2                	lw	s3,12(sp)
   115e8:	6105                	add	sp,sp,32
   115ea:	8082                	ret
   115ec:	4785                	li	a5,1
   115ee:	6605                	lui	a2,0x1
   115f0:	8522                	mv	a0,s0
   115f2:	80060613          	add	a2,a2,-2048 # 800 <errno+0x800>
   115f6:	85ca                	mv	a1,s2
   115f8:	fe042da3          	sw	zero,-5(s0)
   115fc:	fef40fa3          	sb	a5,-1(s0)
   11600:	9dfff0ef          	jal	10fde <inet_eth_send>
   11604:	fe040fa3          	sb	zero,-1(s0)
   11608:	b7f9                	j	115d6 <learn+0x6e>

0001160a <send_arp>:
   1160a:	1101                	add	sp,sp,-32
   1160c:	ce06                	sw	ra,28(sp)
   1160e:	cc22                	sw	s0,24(sp)
   11610:	ca26                	sw	s1,20(sp)
   11612:	c84a                	sw	s2,16(sp)
   11614:	c64e                	sw	s3,12(sp)
   11616:	842a                	mv	s0,a0
   11618:	00050723          	sb	zero,14(a0)
   1161c:	4505                	li	a0,1
   1161e:	00a407a3          	sb	a0,15(s0)
   11622:	4521                	li	a0,8
   11624:	00a40823          	sb	a0,16(s0)
   11628:	4519                	li	a0,6
   1162a:	87ae                	mv	a5,a1
   1162c:	00a40923          	sb	a0,18(s0)
   11630:	4511                	li	a0,4
   11632:	8932                	mv	s2,a2
   11634:	83418593          	add	a1,gp,-1996 # 1804c <inet_mac>
   11638:	4619                	li	a2,6
   1163a:	00a409a3          	sb	a0,19(s0)
   1163e:	00f40aa3          	sb	a5,21(s0)
   11642:	000408a3          	sb	zero,17(s0)
   11646:	00040a23          	sb	zero,20(s0)
   1164a:	01640513          	add	a0,s0,22
   1164e:	84ba                	mv	s1,a4
   11650:	89b6                	mv	s3,a3
   11652:	3dd020ef          	jal	1422e <memcpy>
   11656:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   1165a:	4619                	li	a2,6
   1165c:	85ce                	mv	a1,s3
   1165e:	0187d513          	srl	a0,a5,0x18
   11662:	0107d693          	srl	a3,a5,0x10
   11666:	0087d713          	srl	a4,a5,0x8
   1166a:	00a40e23          	sb	a0,28(s0)
   1166e:	00d40ea3          	sb	a3,29(s0)
   11672:	00e40f23          	sb	a4,30(s0)
   11676:	00f40fa3          	sb	a5,31(s0)
   1167a:	02040513          	add	a0,s0,32
   1167e:	3b1020ef          	jal	1422e <memcpy>
   11682:	0184d693          	srl	a3,s1,0x18
   11686:	0104d713          	srl	a4,s1,0x10
   1168a:	0084d793          	srl	a5,s1,0x8
   1168e:	6605                	lui	a2,0x1
   11690:	02d40323          	sb	a3,38(s0)
   11694:	02e403a3          	sb	a4,39(s0)
   11698:	02f40423          	sb	a5,40(s0)
   1169c:	029404a3          	sb	s1,41(s0)
   116a0:	46f1                	li	a3,28
   116a2:	80660613          	add	a2,a2,-2042 # 806 <errno+0x806>
   116a6:	85ca                	mv	a1,s2
   116a8:	8522                	mv	a0,s0
   116aa:	935ff0ef          	jal	10fde <inet_eth_send>
   116ae:	e519                	bnez	a0,116bc <send_arp+0xb2>
   116b0:	67f1                	lui	a5,0x1c
   116b2:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   116b6:	4b98                	lw	a4,16(a5)
   116b8:	0705                	add	a4,a4,1
   116ba:	cb98                	sw	a4,16(a5)
   116bc:	40f2                	lw	ra,28(sp)
   116be:	4462                	lw	s0,24(sp)
   116c0:	44d2                	lw	s1,20(sp)
   116c2:	4942                	lw	s2,16(sp)
   116c4:	49b2                	lw	s3,12(sp)
   116c6:	6105                	add	sp,sp,32
   116c8:	8082                	ret

000116ca <inet_arp_reset>:
   116ca:	6575                	lui	a0,0x1d
   116cc:	1141                	add	sp,sp,-16
   116ce:	0c000613          	li	a2,192
   116d2:	4581                	li	a1,0
   116d4:	0b850513          	add	a0,a0,184 # 1d0b8 <cache>
   116d8:	c606                	sw	ra,12(sp)
   116da:	391020ef          	jal	1426a <memset>
   116de:	67f1                	lui	a5,0x1c
   116e0:	8e878793          	add	a5,a5,-1816 # 1b8e8 <waiting>
   116e4:	6705                	lui	a4,0x1
   116e6:	973e                	add	a4,a4,a5
   116e8:	00078423          	sb	zero,8(a5)
   116ec:	5e078e23          	sb	zero,1532(a5)
   116f0:	be070823          	sb	zero,-1040(a4) # bf0 <errno+0xbf0>
   116f4:	1e070223          	sb	zero,484(a4)
   116f8:	40b2                	lw	ra,12(sp)
   116fa:	0007a223          	sw	zero,4(a5)
   116fe:	5e07ac23          	sw	zero,1528(a5)
   11702:	be072623          	sw	zero,-1044(a4)
   11706:	1e072023          	sw	zero,480(a4)
   1170a:	0141                	add	sp,sp,16
   1170c:	8082                	ret

0001170e <inet_arp_input>:
   1170e:	67f1                	lui	a5,0x1c
   11710:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   11714:	47d8                	lw	a4,12(a5)
   11716:	0705                	add	a4,a4,1
   11718:	c7d8                	sw	a4,12(a5)
   1171a:	02900713          	li	a4,41
   1171e:	0eb77063          	bgeu	a4,a1,117fe <inet_arp_input+0xf0>
   11722:	7179                	add	sp,sp,-48
   11724:	d422                	sw	s0,40(sp)
   11726:	d606                	sw	ra,44(sp)
   11728:	d226                	sw	s1,36(sp)
   1172a:	d04a                	sw	s2,32(sp)
   1172c:	ce4e                	sw	s3,28(sp)
   1172e:	00f54703          	lbu	a4,15(a0)
   11732:	00e54603          	lbu	a2,14(a0)
   11736:	10000693          	li	a3,256
   1173a:	0722                	sll	a4,a4,0x8
   1173c:	8f51                	or	a4,a4,a2
   1173e:	842a                	mv	s0,a0
   11740:	00d70c63          	beq	a4,a3,11758 <inet_arp_input+0x4a>
   11744:	4798                	lw	a4,8(a5)
   11746:	0705                	add	a4,a4,1
   11748:	c798                	sw	a4,8(a5)
   1174a:	50b2                	lw	ra,44(sp)
   1174c:	5422                	lw	s0,40(sp)
   1174e:	5492                	lw	s1,36(sp)
   11750:	5902                	lw	s2,32(sp)
   11752:	49f2                	lw	s3,28(sp)
   11754:	6145                	add	sp,sp,48
   11756:	8082                	ret
   11758:	01154703          	lbu	a4,17(a0)
   1175c:	01054603          	lbu	a2,16(a0)
   11760:	46a1                	li	a3,8
   11762:	0722                	sll	a4,a4,0x8
   11764:	8f51                	or	a4,a4,a2
   11766:	fcd71fe3          	bne	a4,a3,11744 <inet_arp_input+0x36>
   1176a:	01254683          	lbu	a3,18(a0)
   1176e:	4719                	li	a4,6
   11770:	fce69ae3          	bne	a3,a4,11744 <inet_arp_input+0x36>
   11774:	01354683          	lbu	a3,19(a0)
   11778:	4711                	li	a4,4
   1177a:	fce695e3          	bne	a3,a4,11744 <inet_arp_input+0x36>
   1177e:	01c54483          	lbu	s1,28(a0)
   11782:	01d54503          	lbu	a0,29(a0)
   11786:	02644783          	lbu	a5,38(s0)
   1178a:	02744583          	lbu	a1,39(s0)
   1178e:	01f44303          	lbu	t1,31(s0)
   11792:	01e44603          	lbu	a2,30(s0)
   11796:	0542                	sll	a0,a0,0x10
   11798:	01544683          	lbu	a3,21(s0)
   1179c:	02944883          	lbu	a7,41(s0)
   117a0:	02844703          	lbu	a4,40(s0)
   117a4:	04e2                	sll	s1,s1,0x18
   117a6:	8cc9                	or	s1,s1,a0
   117a8:	05c2                	sll	a1,a1,0x10
   117aa:	01444803          	lbu	a6,20(s0)
   117ae:	07e2                	sll	a5,a5,0x18
   117b0:	0622                	sll	a2,a2,0x8
   117b2:	8fcd                	or	a5,a5,a1
   117b4:	0064e4b3          	or	s1,s1,t1
   117b8:	8cd1                	or	s1,s1,a2
   117ba:	06a2                	sll	a3,a3,0x8
   117bc:	0117e7b3          	or	a5,a5,a7
   117c0:	0722                	sll	a4,a4,0x8
   117c2:	4619                	li	a2,6
   117c4:	01640593          	add	a1,s0,22
   117c8:	0028                	add	a0,sp,8
   117ca:	0106e9b3          	or	s3,a3,a6
   117ce:	00e7e933          	or	s2,a5,a4
   117d2:	25d020ef          	jal	1422e <memcpy>
   117d6:	e885                	bnez	s1,11806 <inet_arp_input+0xf8>
   117d8:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   117dc:	f6f917e3          	bne	s2,a5,1174a <inet_arp_input+0x3c>
   117e0:	8526                	mv	a0,s1
   117e2:	f00ff0ef          	jal	10ee2 <inet_on_link>
   117e6:	e91d                	bnez	a0,1181c <inet_arp_input+0x10e>
   117e8:	10000793          	li	a5,256
   117ec:	f4f99fe3          	bne	s3,a5,1174a <inet_arp_input+0x3c>
   117f0:	0034                	add	a3,sp,8
   117f2:	8726                	mv	a4,s1
   117f4:	8636                	mv	a2,a3
   117f6:	4589                	li	a1,2
   117f8:	8522                	mv	a0,s0
   117fa:	3d01                	jal	1160a <send_arp>
   117fc:	b7b9                	j	1174a <inet_arp_input+0x3c>
   117fe:	4798                	lw	a4,8(a5)
   11800:	0705                	add	a4,a4,1
   11802:	c798                	sw	a4,8(a5)
   11804:	8082                	ret
   11806:	8526                	mv	a0,s1
   11808:	312d                	jal	11432 <find>
   1180a:	d579                	beqz	a0,117d8 <inet_arp_input+0xca>
   1180c:	0030                	add	a2,sp,8
   1180e:	85a6                	mv	a1,s1
   11810:	3ba1                	jal	11568 <learn>
   11812:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11816:	f2f91ae3          	bne	s2,a5,1174a <inet_arp_input+0x3c>
   1181a:	b7f9                	j	117e8 <inet_arp_input+0xda>
   1181c:	3151                	jal	114a0 <take_slot>
   1181e:	0030                	add	a2,sp,8
   11820:	85a6                	mv	a1,s1
   11822:	3399                	jal	11568 <learn>
   11824:	b7d1                	j	117e8 <inet_arp_input+0xda>

00011826 <inet_arp_output>:
   11826:	1101                	add	sp,sp,-32
   11828:	c256                	sw	s5,4(sp)
   1182a:	8aaa                	mv	s5,a0
   1182c:	8532                	mv	a0,a2
   1182e:	ca26                	sw	s1,20(sp)
   11830:	c64e                	sw	s3,12(sp)
   11832:	c452                	sw	s4,8(sp)
   11834:	ce06                	sw	ra,28(sp)
   11836:	cc22                	sw	s0,24(sp)
   11838:	c84a                	sw	s2,16(sp)
   1183a:	89b2                	mv	s3,a2
   1183c:	8a2e                	mv	s4,a1
   1183e:	3ed5                	jal	11432 <find>
   11840:	84aa                	mv	s1,a0
   11842:	c511                	beqz	a0,1184e <inet_arp_output+0x28>
   11844:	00a54703          	lbu	a4,10(a0)
   11848:	4789                	li	a5,2
   1184a:	0af70e63          	beq	a4,a5,11906 <inet_arp_output+0xe0>
   1184e:	67f1                	lui	a5,0x1c
   11850:	8e878913          	add	s2,a5,-1816 # 1b8e8 <waiting>
   11854:	4801                	li	a6,0
   11856:	8e878793          	add	a5,a5,-1816
   1185a:	4711                	li	a4,4
   1185c:	0047a883          	lw	a7,4(a5)
   11860:	04089163          	bnez	a7,118a2 <inet_arp_output+0x7c>
   11864:	0087c683          	lbu	a3,8(a5)
   11868:	ee8d                	bnez	a3,118a2 <inet_arp_output+0x7c>
   1186a:	5f400793          	li	a5,1524
   1186e:	02f80433          	mul	s0,a6,a5
   11872:	00ea0613          	add	a2,s4,14
   11876:	85d6                	mv	a1,s5
   11878:	00940513          	add	a0,s0,9
   1187c:	954a                	add	a0,a0,s2
   1187e:	9922                	add	s2,s2,s0
   11880:	1af020ef          	jal	1422e <memcpy>
   11884:	01392023          	sw	s3,0(s2)
   11888:	01492223          	sw	s4,4(s2)
   1188c:	c88d                	beqz	s1,118be <inet_arp_output+0x98>
   1188e:	4501                	li	a0,0
   11890:	40f2                	lw	ra,28(sp)
   11892:	4462                	lw	s0,24(sp)
   11894:	44d2                	lw	s1,20(sp)
   11896:	4942                	lw	s2,16(sp)
   11898:	49b2                	lw	s3,12(sp)
   1189a:	4a22                	lw	s4,8(sp)
   1189c:	4a92                	lw	s5,4(sp)
   1189e:	6105                	add	sp,sp,32
   118a0:	8082                	ret
   118a2:	0805                	add	a6,a6,1
   118a4:	5f478793          	add	a5,a5,1524
   118a8:	fae81ae3          	bne	a6,a4,1185c <inet_arp_output+0x36>
   118ac:	67f1                	lui	a5,0x1c
   118ae:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   118b2:	4f98                	lw	a4,24(a5)
   118b4:	f9c00513          	li	a0,-100
   118b8:	0705                	add	a4,a4,1
   118ba:	cf98                	sw	a4,24(a5)
   118bc:	bfd1                	j	11890 <inet_arp_output+0x6a>
   118be:	36cd                	jal	114a0 <take_slot>
   118c0:	10100793          	li	a5,257
   118c4:	01352023          	sw	s3,0(a0)
   118c8:	00f51523          	sh	a5,10(a0)
   118cc:	c81027f3          	rdtimeh	a5
   118d0:	c01026f3          	rdtime	a3
   118d4:	c8102773          	rdtimeh	a4
   118d8:	fee79ae3          	bne	a5,a4,118cc <inet_arp_output+0xa6>
   118dc:	00989737          	lui	a4,0x989
   118e0:	68070713          	add	a4,a4,1664 # 989680 <_end+0x9261f8>
   118e4:	9736                	add	a4,a4,a3
   118e6:	00d736b3          	sltu	a3,a4,a3
   118ea:	96be                	add	a3,a3,a5
   118ec:	c954                	sw	a3,20(a0)
   118ee:	6661                	lui	a2,0x18
   118f0:	66e1                	lui	a3,0x18
   118f2:	c918                	sw	a4,16(a0)
   118f4:	cec68693          	add	a3,a3,-788 # 17cec <none.0>
   118f8:	874e                	mv	a4,s3
   118fa:	cf460613          	add	a2,a2,-780 # 17cf4 <all.1>
   118fe:	4585                	li	a1,1
   11900:	8556                	mv	a0,s5
   11902:	3321                	jal	1160a <send_arp>
   11904:	b769                	j	1188e <inet_arp_output+0x68>
   11906:	4462                	lw	s0,24(sp)
   11908:	40f2                	lw	ra,28(sp)
   1190a:	44d2                	lw	s1,20(sp)
   1190c:	4942                	lw	s2,16(sp)
   1190e:	49b2                	lw	s3,12(sp)
   11910:	86d2                	mv	a3,s4
   11912:	00450593          	add	a1,a0,4
   11916:	4a22                	lw	s4,8(sp)
   11918:	8556                	mv	a0,s5
   1191a:	4a92                	lw	s5,4(sp)
   1191c:	6605                	lui	a2,0x1
   1191e:	80060613          	add	a2,a2,-2048 # 800 <errno+0x800>
   11922:	6105                	add	sp,sp,32
   11924:	ebaff06f          	j	10fde <inet_eth_send>

00011928 <inet_arp_timers>:
   11928:	7139                	add	sp,sp,-64
   1192a:	dc22                	sw	s0,56(sp)
   1192c:	6475                	lui	s0,0x1d
   1192e:	da26                	sw	s1,52(sp)
   11930:	0b840413          	add	s0,s0,184 # 1d0b8 <cache>
   11934:	009894b7          	lui	s1,0x989
   11938:	d84a                	sw	s2,48(sp)
   1193a:	d64e                	sw	s3,44(sp)
   1193c:	d452                	sw	s4,40(sp)
   1193e:	d256                	sw	s5,36(sp)
   11940:	d05a                	sw	s6,32(sp)
   11942:	ce5e                	sw	s7,28(sp)
   11944:	cc62                	sw	s8,24(sp)
   11946:	ca66                	sw	s9,20(sp)
   11948:	c86a                	sw	s10,16(sp)
   1194a:	c66e                	sw	s11,12(sp)
   1194c:	de06                	sw	ra,60(sp)
   1194e:	89aa                	mv	s3,a0
   11950:	8bae                	mv	s7,a1
   11952:	8932                	mv	s2,a2
   11954:	0c040c93          	add	s9,s0,192
   11958:	5d7d                	li	s10,-1
   1195a:	5b7d                	li	s6,-1
   1195c:	4c05                	li	s8,1
   1195e:	4d91                	li	s11,4
   11960:	68048493          	add	s1,s1,1664 # 989680 <_end+0x9261f8>
   11964:	6ae1                	lui	s5,0x18
   11966:	6a61                	lui	s4,0x18
   11968:	00a44783          	lbu	a5,10(s0)
   1196c:	05879f63          	bne	a5,s8,119ca <inet_arp_timers+0xa2>
   11970:	485c                	lw	a5,20(s0)
   11972:	4818                	lw	a4,16(s0)
   11974:	04fbe763          	bltu	s7,a5,119c2 <inet_arp_timers+0x9a>
   11978:	01779463          	bne	a5,s7,11980 <inet_arp_timers+0x58>
   1197c:	04e9e363          	bltu	s3,a4,119c2 <inet_arp_timers+0x9a>
   11980:	00b44783          	lbu	a5,11(s0)
   11984:	06fdec63          	bltu	s11,a5,119fc <inet_arp_timers+0xd4>
   11988:	0785                	add	a5,a5,1
   1198a:	00f405a3          	sb	a5,11(s0)
   1198e:	c81027f3          	rdtimeh	a5
   11992:	c01026f3          	rdtime	a3
   11996:	c8102773          	rdtimeh	a4
   1199a:	fee79ae3          	bne	a5,a4,1198e <inet_arp_timers+0x66>
   1199e:	00968833          	add	a6,a3,s1
   119a2:	00d836b3          	sltu	a3,a6,a3
   119a6:	4018                	lw	a4,0(s0)
   119a8:	97b6                	add	a5,a5,a3
   119aa:	c85c                	sw	a5,20(s0)
   119ac:	ceca8693          	add	a3,s5,-788 # 17cec <none.0>
   119b0:	cf4a0613          	add	a2,s4,-780 # 17cf4 <all.1>
   119b4:	4585                	li	a1,1
   119b6:	854a                	mv	a0,s2
   119b8:	01042823          	sw	a6,16(s0)
   119bc:	31b9                	jal	1160a <send_arp>
   119be:	4818                	lw	a4,16(s0)
   119c0:	485c                	lw	a5,20(s0)
   119c2:	0367ea63          	bltu	a5,s6,119f6 <inet_arp_timers+0xce>
   119c6:	02fb0663          	beq	s6,a5,119f2 <inet_arp_timers+0xca>
   119ca:	0461                	add	s0,s0,24
   119cc:	f9941ee3          	bne	s0,s9,11968 <inet_arp_timers+0x40>
   119d0:	50f2                	lw	ra,60(sp)
   119d2:	5462                	lw	s0,56(sp)
   119d4:	54d2                	lw	s1,52(sp)
   119d6:	5942                	lw	s2,48(sp)
   119d8:	59b2                	lw	s3,44(sp)
   119da:	5a22                	lw	s4,40(sp)
   119dc:	5a92                	lw	s5,36(sp)
   119de:	4bf2                	lw	s7,28(sp)
   119e0:	4c62                	lw	s8,24(sp)
   119e2:	4cd2                	lw	s9,20(sp)
   119e4:	4db2                	lw	s11,12(sp)
   119e6:	856a                	mv	a0,s10
   119e8:	85da                	mv	a1,s6
   119ea:	4d42                	lw	s10,16(sp)
   119ec:	5b02                	lw	s6,32(sp)
   119ee:	6121                	add	sp,sp,64
   119f0:	8082                	ret
   119f2:	fda77ce3          	bgeu	a4,s10,119ca <inet_arp_timers+0xa2>
   119f6:	8d3a                	mv	s10,a4
   119f8:	8b3e                	mv	s6,a5
   119fa:	bfc1                	j	119ca <inet_arp_timers+0xa2>
   119fc:	6671                	lui	a2,0x1c
   119fe:	85c60613          	add	a2,a2,-1956 # 1b85c <inet_counters>
   11a02:	4a58                	lw	a4,20(a2)
   11a04:	67f1                	lui	a5,0x1c
   11a06:	400c                	lw	a1,0(s0)
   11a08:	0705                	add	a4,a4,1
   11a0a:	ca58                	sw	a4,20(a2)
   11a0c:	6705                	lui	a4,0x1
   11a0e:	8e878793          	add	a5,a5,-1816 # 1b8e8 <waiting>
   11a12:	7d070713          	add	a4,a4,2000 # 17d0 <errno+0x17d0>
   11a16:	973e                	add	a4,a4,a5
   11a18:	43d4                	lw	a3,4(a5)
   11a1a:	ca89                	beqz	a3,11a2c <inet_arp_timers+0x104>
   11a1c:	4394                	lw	a3,0(a5)
   11a1e:	00d59763          	bne	a1,a3,11a2c <inet_arp_timers+0x104>
   11a22:	4e14                	lw	a3,24(a2)
   11a24:	0007a223          	sw	zero,4(a5)
   11a28:	0685                	add	a3,a3,1
   11a2a:	ce14                	sw	a3,24(a2)
   11a2c:	5f478793          	add	a5,a5,1524
   11a30:	fef714e3          	bne	a4,a5,11a18 <inet_arp_timers+0xf0>
   11a34:	00040523          	sb	zero,10(s0)
   11a38:	bf49                	j	119ca <inet_arp_timers+0xa2>

00011a3a <inet_resolve>:
   11a3a:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11a3e:	10078263          	beqz	a5,11b42 <inet_resolve+0x108>
   11a42:	7179                	add	sp,sp,-48
   11a44:	d422                	sw	s0,40(sp)
   11a46:	d226                	sw	s1,36(sp)
   11a48:	d606                	sw	ra,44(sp)
   11a4a:	d04a                	sw	s2,32(sp)
   11a4c:	ce4e                	sw	s3,28(sp)
   11a4e:	cc52                	sw	s4,24(sp)
   11a50:	ca56                	sw	s5,20(sp)
   11a52:	c85a                	sw	s6,16(sp)
   11a54:	c65e                	sw	s7,12(sp)
   11a56:	c462                	sw	s8,8(sp)
   11a58:	84aa                	mv	s1,a0
   11a5a:	842e                	mv	s0,a1
   11a5c:	c86ff0ef          	jal	10ee2 <inet_on_link>
   11a60:	0e050463          	beqz	a0,11b48 <inet_resolve+0x10e>
   11a64:	c81027f3          	rdtimeh	a5
   11a68:	c01026f3          	rdtime	a3
   11a6c:	c8102773          	rdtimeh	a4
   11a70:	fee79ae3          	bne	a5,a4,11a64 <inet_resolve+0x2a>
   11a74:	6709                	lui	a4,0x2
   11a76:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   11a7a:	02e40933          	mul	s2,s0,a4
   11a7e:	00989a37          	lui	s4,0x989
   11a82:	10100b93          	li	s7,257
   11a86:	680a0a13          	add	s4,s4,1664 # 989680 <_end+0x9261f8>
   11a8a:	6b61                	lui	s6,0x18
   11a8c:	6ae1                	lui	s5,0x18
   11a8e:	4989                	li	s3,2
   11a90:	02e43433          	mulhu	s0,s0,a4
   11a94:	9936                	add	s2,s2,a3
   11a96:	00d936b3          	sltu	a3,s2,a3
   11a9a:	97a2                	add	a5,a5,s0
   11a9c:	00f68433          	add	s0,a3,a5
   11aa0:	8526                	mv	a0,s1
   11aa2:	991ff0ef          	jal	11432 <find>
   11aa6:	c129                	beqz	a0,11ae8 <inet_resolve+0xae>
   11aa8:	00a54783          	lbu	a5,10(a0)
   11aac:	09378963          	beq	a5,s3,11b3e <inet_resolve+0x104>
   11ab0:	c81027f3          	rdtimeh	a5
   11ab4:	c01026f3          	rdtime	a3
   11ab8:	c8102773          	rdtimeh	a4
   11abc:	fee79ae3          	bne	a5,a4,11ab0 <inet_resolve+0x76>
   11ac0:	0687f863          	bgeu	a5,s0,11b30 <inet_resolve+0xf6>
   11ac4:	854a                	mv	a0,s2
   11ac6:	85a2                	mv	a1,s0
   11ac8:	d92ff0ef          	jal	1105a <inet_wait>
   11acc:	fc055ae3          	bgez	a0,11aa0 <inet_resolve+0x66>
   11ad0:	50b2                	lw	ra,44(sp)
   11ad2:	5422                	lw	s0,40(sp)
   11ad4:	5492                	lw	s1,36(sp)
   11ad6:	5902                	lw	s2,32(sp)
   11ad8:	49f2                	lw	s3,28(sp)
   11ada:	4a62                	lw	s4,24(sp)
   11adc:	4ad2                	lw	s5,20(sp)
   11ade:	4b42                	lw	s6,16(sp)
   11ae0:	4bb2                	lw	s7,12(sp)
   11ae2:	4c22                	lw	s8,8(sp)
   11ae4:	6145                	add	sp,sp,48
   11ae6:	8082                	ret
   11ae8:	c70ff0ef          	jal	10f58 <inet_frame_get>
   11aec:	8c2a                	mv	s8,a0
   11aee:	9b3ff0ef          	jal	114a0 <take_slot>
   11af2:	c104                	sw	s1,0(a0)
   11af4:	01751523          	sh	s7,10(a0)
   11af8:	c81027f3          	rdtimeh	a5
   11afc:	c01026f3          	rdtime	a3
   11b00:	c8102773          	rdtimeh	a4
   11b04:	fee79ae3          	bne	a5,a4,11af8 <inet_resolve+0xbe>
   11b08:	01468733          	add	a4,a3,s4
   11b0c:	00d736b3          	sltu	a3,a4,a3
   11b10:	96be                	add	a3,a3,a5
   11b12:	c918                	sw	a4,16(a0)
   11b14:	c954                	sw	a3,20(a0)
   11b16:	8726                	mv	a4,s1
   11b18:	8562                	mv	a0,s8
   11b1a:	cecb0693          	add	a3,s6,-788 # 17cec <none.0>
   11b1e:	cf4a8613          	add	a2,s5,-780 # 17cf4 <all.1>
   11b22:	4585                	li	a1,1
   11b24:	ae7ff0ef          	jal	1160a <send_arp>
   11b28:	8562                	mv	a0,s8
   11b2a:	c8cff0ef          	jal	10fb6 <inet_frame_put>
   11b2e:	b749                	j	11ab0 <inet_resolve+0x76>
   11b30:	00f41463          	bne	s0,a5,11b38 <inet_resolve+0xfe>
   11b34:	f926e8e3          	bltu	a3,s2,11ac4 <inet_resolve+0x8a>
   11b38:	f8f00513          	li	a0,-113
   11b3c:	bf51                	j	11ad0 <inet_resolve+0x96>
   11b3e:	4501                	li	a0,0
   11b40:	bf41                	j	11ad0 <inet_resolve+0x96>
   11b42:	f9c00513          	li	a0,-100
   11b46:	8082                	ret
   11b48:	f9b00513          	li	a0,-101
   11b4c:	b751                	j	11ad0 <inet_resolve+0x96>

00011b4e <inet_ip_reset>:
   11b4e:	6575                	lui	a0,0x1d
   11b50:	1141                	add	sp,sp,-16
   11b52:	06000613          	li	a2,96
   11b56:	4581                	li	a1,0
   11b58:	17850513          	add	a0,a0,376 # 1d178 <pings>
   11b5c:	c606                	sw	ra,12(sp)
   11b5e:	70c020ef          	jal	1426a <memset>
   11b62:	40b2                	lw	ra,12(sp)
   11b64:	82019d23          	sh	zero,-1990(gp) # 18052 <next_id>
   11b68:	0141                	add	sp,sp,16
   11b6a:	8082                	ret

00011b6c <inet_ip_output>:
   11b6c:	1101                	add	sp,sp,-32
   11b6e:	cc22                	sw	s0,24(sp)
   11b70:	842a                	mv	s0,a0
   11b72:	852e                	mv	a0,a1
   11b74:	ca26                	sw	s1,20(sp)
   11b76:	c84a                	sw	s2,16(sp)
   11b78:	c64e                	sw	s3,12(sp)
   11b7a:	ce06                	sw	ra,28(sp)
   11b7c:	892e                	mv	s2,a1
   11b7e:	89b2                	mv	s3,a2
   11b80:	84b6                	mv	s1,a3
   11b82:	b60ff0ef          	jal	10ee2 <inet_on_link>
   11b86:	c561                	beqz	a0,11c4e <inet_ip_output+0xe2>
   11b88:	83a1d703          	lhu	a4,-1990(gp) # 18052 <next_id>
   11b8c:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11b90:	04d1                	add	s1,s1,20
   11b92:	00875293          	srl	t0,a4,0x8
   11b96:	04000813          	li	a6,64
   11b9a:	0187df93          	srl	t6,a5,0x18
   11b9e:	0107df13          	srl	t5,a5,0x10
   11ba2:	0087de93          	srl	t4,a5,0x8
   11ba6:	0084d393          	srl	t2,s1,0x8
   11baa:	01895e13          	srl	t3,s2,0x18
   11bae:	01095313          	srl	t1,s2,0x10
   11bb2:	04500093          	li	ra,69
   11bb6:	00895513          	srl	a0,s2,0x8
   11bba:	00170893          	add	a7,a4,1
   11bbe:	00140723          	sb	ra,14(s0)
   11bc2:	00e409a3          	sb	a4,19(s0)
   11bc6:	00f40ea3          	sb	a5,29(s0)
   11bca:	4601                	li	a2,0
   11bcc:	45d1                	li	a1,20
   11bce:	00740823          	sb	t2,16(s0)
   11bd2:	009408a3          	sb	s1,17(s0)
   11bd6:	00540923          	sb	t0,18(s0)
   11bda:	01040a23          	sb	a6,20(s0)
   11bde:	01040b23          	sb	a6,22(s0)
   11be2:	01340ba3          	sb	s3,23(s0)
   11be6:	01f40d23          	sb	t6,26(s0)
   11bea:	01e40da3          	sb	t5,27(s0)
   11bee:	01d40e23          	sb	t4,28(s0)
   11bf2:	01c40f23          	sb	t3,30(s0)
   11bf6:	00640fa3          	sb	t1,31(s0)
   11bfa:	02a40023          	sb	a0,32(s0)
   11bfe:	032400a3          	sb	s2,33(s0)
   11c02:	000407a3          	sb	zero,15(s0)
   11c06:	00040aa3          	sb	zero,21(s0)
   11c0a:	00040c23          	sb	zero,24(s0)
   11c0e:	00040ca3          	sb	zero,25(s0)
   11c12:	00e40513          	add	a0,s0,14
   11c16:	83119d23          	sh	a7,-1990(gp) # 18052 <next_id>
   11c1a:	f6eff0ef          	jal	11388 <inet_sum>
   11c1e:	fb0ff0ef          	jal	113ce <inet_fold>
   11c22:	00855793          	srl	a5,a0,0x8
   11c26:	00f40c23          	sb	a5,24(s0)
   11c2a:	67f1                	lui	a5,0x1c
   11c2c:	00a40ca3          	sb	a0,25(s0)
   11c30:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   11c34:	5398                	lw	a4,32(a5)
   11c36:	8522                	mv	a0,s0
   11c38:	4462                	lw	s0,24(sp)
   11c3a:	40f2                	lw	ra,28(sp)
   11c3c:	49b2                	lw	s3,12(sp)
   11c3e:	864a                	mv	a2,s2
   11c40:	85a6                	mv	a1,s1
   11c42:	4942                	lw	s2,16(sp)
   11c44:	44d2                	lw	s1,20(sp)
   11c46:	0705                	add	a4,a4,1
   11c48:	d398                	sw	a4,32(a5)
   11c4a:	6105                	add	sp,sp,32
   11c4c:	bee9                	j	11826 <inet_arp_output>
   11c4e:	40f2                	lw	ra,28(sp)
   11c50:	4462                	lw	s0,24(sp)
   11c52:	44d2                	lw	s1,20(sp)
   11c54:	4942                	lw	s2,16(sp)
   11c56:	49b2                	lw	s3,12(sp)
   11c58:	f9b00513          	li	a0,-101
   11c5c:	6105                	add	sp,sp,32
   11c5e:	8082                	ret

00011c60 <icmp_output>:
   11c60:	1141                	add	sp,sp,-16
   11c62:	c606                	sw	ra,12(sp)
   11c64:	c422                	sw	s0,8(sp)
   11c66:	c226                	sw	s1,4(sp)
   11c68:	c04a                	sw	s2,0(sp)
   11c6a:	84b2                	mv	s1,a2
   11c6c:	842a                	mv	s0,a0
   11c6e:	4601                	li	a2,0
   11c70:	892e                	mv	s2,a1
   11c72:	02050223          	sb	zero,36(a0)
   11c76:	85a6                	mv	a1,s1
   11c78:	020502a3          	sb	zero,37(a0)
   11c7c:	02250513          	add	a0,a0,34
   11c80:	f08ff0ef          	jal	11388 <inet_sum>
   11c84:	f4aff0ef          	jal	113ce <inet_fold>
   11c88:	00855793          	srl	a5,a0,0x8
   11c8c:	02a402a3          	sb	a0,37(s0)
   11c90:	02f40223          	sb	a5,36(s0)
   11c94:	86a6                	mv	a3,s1
   11c96:	4605                	li	a2,1
   11c98:	85ca                	mv	a1,s2
   11c9a:	8522                	mv	a0,s0
   11c9c:	3dc1                	jal	11b6c <inet_ip_output>
   11c9e:	e519                	bnez	a0,11cac <icmp_output+0x4c>
   11ca0:	67f1                	lui	a5,0x1c
   11ca2:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   11ca6:	5fd8                	lw	a4,60(a5)
   11ca8:	0705                	add	a4,a4,1
   11caa:	dfd8                	sw	a4,60(a5)
   11cac:	40b2                	lw	ra,12(sp)
   11cae:	4422                	lw	s0,8(sp)
   11cb0:	4492                	lw	s1,4(sp)
   11cb2:	4902                	lw	s2,0(sp)
   11cb4:	0141                	add	sp,sp,16
   11cb6:	8082                	ret

00011cb8 <inet_icmp_unreachable>:
   11cb8:	1141                	add	sp,sp,-16
   11cba:	c422                	sw	s0,8(sp)
   11cbc:	4100                	lw	s0,0(a0)
   11cbe:	c226                	sw	s1,4(sp)
   11cc0:	c04a                	sw	s2,0(sp)
   11cc2:	84aa                	mv	s1,a0
   11cc4:	892e                	mv	s2,a1
   11cc6:	4671                	li	a2,28
   11cc8:	00e40593          	add	a1,s0,14
   11ccc:	02a40513          	add	a0,s0,42
   11cd0:	c606                	sw	ra,12(sp)
   11cd2:	572020ef          	jal	14244 <memmove>
   11cd6:	478d                	li	a5,3
   11cd8:	02f40123          	sb	a5,34(s0)
   11cdc:	032401a3          	sb	s2,35(s0)
   11ce0:	02040323          	sb	zero,38(s0)
   11ce4:	020403a3          	sb	zero,39(s0)
   11ce8:	02040423          	sb	zero,40(s0)
   11cec:	020404a3          	sb	zero,41(s0)
   11cf0:	4422                	lw	s0,8(sp)
   11cf2:	44cc                	lw	a1,12(s1)
   11cf4:	4088                	lw	a0,0(s1)
   11cf6:	40b2                	lw	ra,12(sp)
   11cf8:	4492                	lw	s1,4(sp)
   11cfa:	4902                	lw	s2,0(sp)
   11cfc:	02400613          	li	a2,36
   11d00:	0141                	add	sp,sp,16
   11d02:	bfb9                	j	11c60 <icmp_output>

00011d04 <inet_ip_input>:
   11d04:	7139                	add	sp,sp,-64
   11d06:	d64e                	sw	s3,44(sp)
   11d08:	69f1                	lui	s3,0x1c
   11d0a:	85c98993          	add	s3,s3,-1956 # 1b85c <inet_counters>
   11d0e:	01c9a783          	lw	a5,28(s3)
   11d12:	de06                	sw	ra,60(sp)
   11d14:	dc22                	sw	s0,56(sp)
   11d16:	da26                	sw	s1,52(sp)
   11d18:	d84a                	sw	s2,48(sp)
   11d1a:	d452                	sw	s4,40(sp)
   11d1c:	d256                	sw	s5,36(sp)
   11d1e:	d05a                	sw	s6,32(sp)
   11d20:	0785                	add	a5,a5,1
   11d22:	00f9ae23          	sw	a5,28(s3)
   11d26:	15c9                	add	a1,a1,-14
   11d28:	46cd                	li	a3,19
   11d2a:	02b6e163          	bltu	a3,a1,11d4c <inet_ip_input+0x48>
   11d2e:	0289a783          	lw	a5,40(s3)
   11d32:	0785                	add	a5,a5,1
   11d34:	02f9a423          	sw	a5,40(s3)
   11d38:	50f2                	lw	ra,60(sp)
   11d3a:	5462                	lw	s0,56(sp)
   11d3c:	54d2                	lw	s1,52(sp)
   11d3e:	5942                	lw	s2,48(sp)
   11d40:	59b2                	lw	s3,44(sp)
   11d42:	5a22                	lw	s4,40(sp)
   11d44:	5a92                	lw	s5,36(sp)
   11d46:	5b02                	lw	s6,32(sp)
   11d48:	6121                	add	sp,sp,64
   11d4a:	8082                	ret
   11d4c:	01154783          	lbu	a5,17(a0)
   11d50:	01054603          	lbu	a2,16(a0)
   11d54:	00e54703          	lbu	a4,14(a0)
   11d58:	07a2                	sll	a5,a5,0x8
   11d5a:	8fd1                	or	a5,a5,a2
   11d5c:	00879493          	sll	s1,a5,0x8
   11d60:	83a1                	srl	a5,a5,0x8
   11d62:	8cdd                	or	s1,s1,a5
   11d64:	00f77913          	and	s2,a4,15
   11d68:	04c2                	sll	s1,s1,0x10
   11d6a:	8311                	srl	a4,a4,0x4
   11d6c:	4791                	li	a5,4
   11d6e:	842a                	mv	s0,a0
   11d70:	090a                	sll	s2,s2,0x2
   11d72:	80c1                	srl	s1,s1,0x10
   11d74:	faf71de3          	bne	a4,a5,11d2e <inet_ip_input+0x2a>
   11d78:	fb26fbe3          	bgeu	a3,s2,11d2e <inet_ip_input+0x2a>
   11d7c:	fb24e9e3          	bltu	s1,s2,11d2e <inet_ip_input+0x2a>
   11d80:	fa95e7e3          	bltu	a1,s1,11d2e <inet_ip_input+0x2a>
   11d84:	00e50a13          	add	s4,a0,14
   11d88:	4601                	li	a2,0
   11d8a:	85ca                	mv	a1,s2
   11d8c:	8552                	mv	a0,s4
   11d8e:	dfaff0ef          	jal	11388 <inet_sum>
   11d92:	e3cff0ef          	jal	113ce <inet_fold>
   11d96:	16051063          	bnez	a0,11ef6 <inet_ip_input+0x1f2>
   11d9a:	01544783          	lbu	a5,21(s0)
   11d9e:	01444703          	lbu	a4,20(s0)
   11da2:	07a2                	sll	a5,a5,0x8
   11da4:	8fd9                	or	a5,a5,a4
   11da6:	00879713          	sll	a4,a5,0x8
   11daa:	83a1                	srl	a5,a5,0x8
   11dac:	8fd9                	or	a5,a5,a4
   11dae:	07ca                	sll	a5,a5,0x12
   11db0:	14079963          	bnez	a5,11f02 <inet_ip_input+0x1fe>
   11db4:	01e44783          	lbu	a5,30(s0)
   11db8:	01f44683          	lbu	a3,31(s0)
   11dbc:	02144583          	lbu	a1,33(s0)
   11dc0:	02044703          	lbu	a4,32(s0)
   11dc4:	07e2                	sll	a5,a5,0x18
   11dc6:	06c2                	sll	a3,a3,0x10
   11dc8:	8fd5                	or	a5,a5,a3
   11dca:	8201a603          	lw	a2,-2016(gp) # 18038 <inet_self>
   11dce:	8fcd                	or	a5,a5,a1
   11dd0:	0722                	sll	a4,a4,0x8
   11dd2:	8fd9                	or	a5,a5,a4
   11dd4:	10c79b63          	bne	a5,a2,11eea <inet_ip_input+0x1e6>
   11dd8:	47d1                	li	a5,20
   11dda:	02240a93          	add	s5,s0,34
   11dde:	412484b3          	sub	s1,s1,s2
   11de2:	04f91963          	bne	s2,a5,11e34 <inet_ip_input+0x130>
   11de6:	01a44783          	lbu	a5,26(s0)
   11dea:	01b44703          	lbu	a4,27(s0)
   11dee:	01d44583          	lbu	a1,29(s0)
   11df2:	01c44683          	lbu	a3,28(s0)
   11df6:	0742                	sll	a4,a4,0x10
   11df8:	07e2                	sll	a5,a5,0x18
   11dfa:	8fd9                	or	a5,a5,a4
   11dfc:	8fcd                	or	a5,a5,a1
   11dfe:	06a2                	sll	a3,a3,0x8
   11e00:	01744703          	lbu	a4,23(s0)
   11e04:	8fd5                	or	a5,a5,a3
   11e06:	cc3e                	sw	a5,24(sp)
   11e08:	c622                	sw	s0,12(sp)
   11e0a:	c856                	sw	s5,16(sp)
   11e0c:	ca26                	sw	s1,20(sp)
   11e0e:	ce32                	sw	a2,28(sp)
   11e10:	4799                	li	a5,6
   11e12:	08f70f63          	beq	a4,a5,11eb0 <inet_ip_input+0x1ac>
   11e16:	47c5                	li	a5,17
   11e18:	0af70063          	beq	a4,a5,11eb8 <inet_ip_input+0x1b4>
   11e1c:	4785                	li	a5,1
   11e1e:	02f70463          	beq	a4,a5,11e46 <inet_ip_input+0x142>
   11e22:	0349a783          	lw	a5,52(s3)
   11e26:	4589                	li	a1,2
   11e28:	0068                	add	a0,sp,12
   11e2a:	0785                	add	a5,a5,1
   11e2c:	02f9aa23          	sw	a5,52(s3)
   11e30:	3561                	jal	11cb8 <inet_icmp_unreachable>
   11e32:	b719                	j	11d38 <inet_ip_input+0x34>
   11e34:	8626                	mv	a2,s1
   11e36:	012a05b3          	add	a1,s4,s2
   11e3a:	8556                	mv	a0,s5
   11e3c:	408020ef          	jal	14244 <memmove>
   11e40:	8201a603          	lw	a2,-2016(gp) # 18038 <inet_self>
   11e44:	b74d                	j	11de6 <inet_ip_input+0xe2>
   11e46:	0389a783          	lw	a5,56(s3)
   11e4a:	471d                	li	a4,7
   11e4c:	0785                	add	a5,a5,1
   11e4e:	02f9ac23          	sw	a5,56(s3)
   11e52:	06977663          	bgeu	a4,s1,11ebe <inet_ip_input+0x1ba>
   11e56:	4601                	li	a2,0
   11e58:	85a6                	mv	a1,s1
   11e5a:	8556                	mv	a0,s5
   11e5c:	d2cff0ef          	jal	11388 <inet_sum>
   11e60:	d6eff0ef          	jal	113ce <inet_fold>
   11e64:	ed29                	bnez	a0,11ebe <inet_ip_input+0x1ba>
   11e66:	02244783          	lbu	a5,34(s0)
   11e6a:	4721                	li	a4,8
   11e6c:	04e78f63          	beq	a5,a4,11eca <inet_ip_input+0x1c6>
   11e70:	ec0794e3          	bnez	a5,11d38 <inet_ip_input+0x34>
   11e74:	02744783          	lbu	a5,39(s0)
   11e78:	02644703          	lbu	a4,38(s0)
   11e7c:	07a2                	sll	a5,a5,0x8
   11e7e:	8fd9                	or	a5,a5,a4
   11e80:	6719                	lui	a4,0x6
   11e82:	84570713          	add	a4,a4,-1979 # 5845 <errno+0x5845>
   11e86:	eae799e3          	bne	a5,a4,11d38 <inet_ip_input+0x34>
   11e8a:	67f5                	lui	a5,0x1d
   11e8c:	4662                	lw	a2,24(sp)
   11e8e:	17878793          	add	a5,a5,376 # 1d178 <pings>
   11e92:	06078693          	add	a3,a5,96
   11e96:	0067c703          	lbu	a4,6(a5)
   11e9a:	c719                	beqz	a4,11ea8 <inet_ip_input+0x1a4>
   11e9c:	0077c703          	lbu	a4,7(a5)
   11ea0:	e701                	bnez	a4,11ea8 <inet_ip_input+0x1a4>
   11ea2:	4398                	lw	a4,0(a5)
   11ea4:	06c70563          	beq	a4,a2,11f0e <inet_ip_input+0x20a>
   11ea8:	07e1                	add	a5,a5,24
   11eaa:	fef696e3          	bne	a3,a5,11e96 <inet_ip_input+0x192>
   11eae:	b569                	j	11d38 <inet_ip_input+0x34>
   11eb0:	0068                	add	a0,sp,12
   11eb2:	0d8010ef          	jal	12f8a <inet_tcp_input>
   11eb6:	b549                	j	11d38 <inet_ip_input+0x34>
   11eb8:	0068                	add	a0,sp,12
   11eba:	23f5                	jal	124a6 <inet_udp_input>
   11ebc:	bdb5                	j	11d38 <inet_ip_input+0x34>
   11ebe:	0409a783          	lw	a5,64(s3)
   11ec2:	0785                	add	a5,a5,1
   11ec4:	04f9a023          	sw	a5,64(s3)
   11ec8:	bd85                	j	11d38 <inet_ip_input+0x34>
   11eca:	02344783          	lbu	a5,35(s0)
   11ece:	e60795e3          	bnez	a5,11d38 <inet_ip_input+0x34>
   11ed2:	02040123          	sb	zero,34(s0)
   11ed6:	0449a783          	lw	a5,68(s3)
   11eda:	4652                	lw	a2,20(sp)
   11edc:	45e2                	lw	a1,24(sp)
   11ede:	4532                	lw	a0,12(sp)
   11ee0:	0785                	add	a5,a5,1
   11ee2:	04f9a223          	sw	a5,68(s3)
   11ee6:	3bad                	jal	11c60 <icmp_output>
   11ee8:	bd81                	j	11d38 <inet_ip_input+0x34>
   11eea:	0309a783          	lw	a5,48(s3)
   11eee:	0785                	add	a5,a5,1
   11ef0:	02f9a823          	sw	a5,48(s3)
   11ef4:	b591                	j	11d38 <inet_ip_input+0x34>
   11ef6:	0249a783          	lw	a5,36(s3)
   11efa:	0785                	add	a5,a5,1
   11efc:	02f9a223          	sw	a5,36(s3)
   11f00:	bd25                	j	11d38 <inet_ip_input+0x34>
   11f02:	02c9a783          	lw	a5,44(s3)
   11f06:	0785                	add	a5,a5,1
   11f08:	02f9a623          	sw	a5,44(s3)
   11f0c:	b535                	j	11d38 <inet_ip_input+0x34>
   11f0e:	02944703          	lbu	a4,41(s0)
   11f12:	02844583          	lbu	a1,40(s0)
   11f16:	0047d503          	lhu	a0,4(a5)
   11f1a:	0722                	sll	a4,a4,0x8
   11f1c:	8f4d                	or	a4,a4,a1
   11f1e:	00871593          	sll	a1,a4,0x8
   11f22:	8321                	srl	a4,a4,0x8
   11f24:	8f4d                	or	a4,a4,a1
   11f26:	0742                	sll	a4,a4,0x10
   11f28:	8341                	srl	a4,a4,0x10
   11f2a:	f6e51fe3          	bne	a0,a4,11ea8 <inet_ip_input+0x1a4>
   11f2e:	4705                	li	a4,1
   11f30:	00e783a3          	sb	a4,7(a5)
   11f34:	c8102773          	rdtimeh	a4
   11f38:	c0102573          	rdtime	a0
   11f3c:	c81025f3          	rdtimeh	a1
   11f40:	feb71ae3          	bne	a4,a1,11f34 <inet_ip_input+0x230>
   11f44:	cb88                	sw	a0,16(a5)
   11f46:	cbd8                	sw	a4,20(a5)
   11f48:	b785                	j	11ea8 <inet_ip_input+0x1a4>

00011f4a <inet_ping>:
   11f4a:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11f4e:	1a078b63          	beqz	a5,12104 <inet_ping+0x1ba>
   11f52:	7179                	add	sp,sp,-48
   11f54:	d422                	sw	s0,40(sp)
   11f56:	ce4e                	sw	s3,28(sp)
   11f58:	ca56                	sw	s5,20(sp)
   11f5a:	d606                	sw	ra,44(sp)
   11f5c:	d226                	sw	s1,36(sp)
   11f5e:	d04a                	sw	s2,32(sp)
   11f60:	cc52                	sw	s4,24(sp)
   11f62:	c85a                	sw	s6,16(sp)
   11f64:	c65e                	sw	s7,12(sp)
   11f66:	89aa                	mv	s3,a0
   11f68:	8aae                	mv	s5,a1
   11f6a:	8432                	mv	s0,a2
   11f6c:	f77fe0ef          	jal	10ee2 <inet_on_link>
   11f70:	18050d63          	beqz	a0,1210a <inet_ping+0x1c0>
   11f74:	67f5                	lui	a5,0x1d
   11f76:	17878b13          	add	s6,a5,376 # 1d178 <pings>
   11f7a:	4b81                	li	s7,0
   11f7c:	17878793          	add	a5,a5,376
   11f80:	4691                	li	a3,4
   11f82:	0067c703          	lbu	a4,6(a5)
   11f86:	07e1                	add	a5,a5,24
   11f88:	c305                	beqz	a4,11fa8 <inet_ping+0x5e>
   11f8a:	0b85                	add	s7,s7,1
   11f8c:	fedb9be3          	bne	s7,a3,11f82 <inet_ping+0x38>
   11f90:	5521                	li	a0,-24
   11f92:	50b2                	lw	ra,44(sp)
   11f94:	5422                	lw	s0,40(sp)
   11f96:	5492                	lw	s1,36(sp)
   11f98:	5902                	lw	s2,32(sp)
   11f9a:	49f2                	lw	s3,28(sp)
   11f9c:	4a62                	lw	s4,24(sp)
   11f9e:	4ad2                	lw	s5,20(sp)
   11fa0:	4b42                	lw	s6,16(sp)
   11fa2:	4bb2                	lw	s7,12(sp)
   11fa4:	6145                	add	sp,sp,48
   11fa6:	8082                	ret
   11fa8:	c81027f3          	rdtimeh	a5
   11fac:	c01026f3          	rdtime	a3
   11fb0:	c8102773          	rdtimeh	a4
   11fb4:	fee79ae3          	bne	a5,a4,11fa8 <inet_ping+0x5e>
   11fb8:	6709                	lui	a4,0x2
   11fba:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   11fbe:	02e404b3          	mul	s1,s0,a4
   11fc2:	02e43433          	mulhu	s0,s0,a4
   11fc6:	94b6                	add	s1,s1,a3
   11fc8:	00d4b6b3          	sltu	a3,s1,a3
   11fcc:	97a2                	add	a5,a5,s0
   11fce:	00f68433          	add	s0,a3,a5
   11fd2:	f87fe0ef          	jal	10f58 <inet_frame_get>
   11fd6:	46a1                	li	a3,8
   11fd8:	02d50123          	sb	a3,34(a0)
   11fdc:	04500693          	li	a3,69
   11fe0:	02d50323          	sb	a3,38(a0)
   11fe4:	05800693          	li	a3,88
   11fe8:	008ad713          	srl	a4,s5,0x8
   11fec:	02a50793          	add	a5,a0,42
   11ff0:	02d503a3          	sb	a3,39(a0)
   11ff4:	46c1                	li	a3,16
   11ff6:	8a2a                	mv	s4,a0
   11ff8:	020501a3          	sb	zero,35(a0)
   11ffc:	02e50423          	sb	a4,40(a0)
   12000:	035504a3          	sb	s5,41(a0)
   12004:	06250613          	add	a2,a0,98
   12008:	8e9d                	sub	a3,a3,a5
   1200a:	00f68733          	add	a4,a3,a5
   1200e:	00e78023          	sb	a4,0(a5)
   12012:	0785                	add	a5,a5,1
   12014:	fec79be3          	bne	a5,a2,1200a <inet_ping+0xc0>
   12018:	c81027f3          	rdtimeh	a5
   1201c:	c01026f3          	rdtime	a3
   12020:	c8102773          	rdtimeh	a4
   12024:	fee79ae3          	bne	a5,a4,12018 <inet_ping+0xce>
   12028:	001b9913          	sll	s2,s7,0x1
   1202c:	995e                	add	s2,s2,s7
   1202e:	090e                	sll	s2,s2,0x3
   12030:	995a                	add	s2,s2,s6
   12032:	00092223          	sw	zero,4(s2)
   12036:	4705                	li	a4,1
   12038:	00f92623          	sw	a5,12(s2)
   1203c:	04000613          	li	a2,64
   12040:	85ce                	mv	a1,s3
   12042:	8552                	mv	a0,s4
   12044:	00e90323          	sb	a4,6(s2)
   12048:	00d92423          	sw	a3,8(s2)
   1204c:	00092823          	sw	zero,16(s2)
   12050:	00092a23          	sw	zero,20(s2)
   12054:	01392023          	sw	s3,0(s2)
   12058:	01591223          	sh	s5,4(s2)
   1205c:	c05ff0ef          	jal	11c60 <icmp_output>
   12060:	8552                	mv	a0,s4
   12062:	f55fe0ef          	jal	10fb6 <inet_frame_put>
   12066:	00794783          	lbu	a5,7(s2)
   1206a:	e79d                	bnez	a5,12098 <inet_ping+0x14e>
   1206c:	c81027f3          	rdtimeh	a5
   12070:	c01026f3          	rdtime	a3
   12074:	c8102773          	rdtimeh	a4
   12078:	fee79ae3          	bne	a5,a4,1206c <inet_ping+0x122>
   1207c:	8526                	mv	a0,s1
   1207e:	85a2                	mv	a1,s0
   12080:	0687f963          	bgeu	a5,s0,120f2 <inet_ping+0x1a8>
   12084:	fd7fe0ef          	jal	1105a <inet_wait>
   12088:	00794783          	lbu	a5,7(s2)
   1208c:	e791                	bnez	a5,12098 <inet_ping+0x14e>
   1208e:	fc055fe3          	bgez	a0,1206c <inet_ping+0x122>
   12092:	00090323          	sb	zero,6(s2)
   12096:	bdf5                	j	11f92 <inet_ping+0x48>
   12098:	01092703          	lw	a4,16(s2)
   1209c:	00892683          	lw	a3,8(s2)
   120a0:	00c92603          	lw	a2,12(s2)
   120a4:	01492783          	lw	a5,20(s2)
   120a8:	40d706b3          	sub	a3,a4,a3
   120ac:	00d73733          	sltu	a4,a4,a3
   120b0:	8f91                	sub	a5,a5,a2
   120b2:	8f99                	sub	a5,a5,a4
   120b4:	00f68733          	add	a4,a3,a5
   120b8:	00d73633          	sltu	a2,a4,a3
   120bc:	9732                	add	a4,a4,a2
   120be:	4615                	li	a2,5
   120c0:	02c77733          	remu	a4,a4,a2
   120c4:	ccccd637          	lui	a2,0xccccd
   120c8:	ccd60613          	add	a2,a2,-819 # cccccccd <_end+0xccc69845>
   120cc:	00090323          	sb	zero,6(s2)
   120d0:	40e68733          	sub	a4,a3,a4
   120d4:	00e6b6b3          	sltu	a3,a3,a4
   120d8:	40d78533          	sub	a0,a5,a3
   120dc:	02c50533          	mul	a0,a0,a2
   120e0:	02c736b3          	mulhu	a3,a4,a2
   120e4:	02c707b3          	mul	a5,a4,a2
   120e8:	9536                	add	a0,a0,a3
   120ea:	057e                	sll	a0,a0,0x1f
   120ec:	8385                	srl	a5,a5,0x1
   120ee:	8d5d                	or	a0,a0,a5
   120f0:	b54d                	j	11f92 <inet_ping+0x48>
   120f2:	00f41463          	bne	s0,a5,120fa <inet_ping+0x1b0>
   120f6:	f896e7e3          	bltu	a3,s1,12084 <inet_ping+0x13a>
   120fa:	00090323          	sb	zero,6(s2)
   120fe:	f9200513          	li	a0,-110
   12102:	bd41                	j	11f92 <inet_ping+0x48>
   12104:	f9c00513          	li	a0,-100
   12108:	8082                	ret
   1210a:	f9b00513          	li	a0,-101
   1210e:	b551                	j	11f92 <inet_ping+0x48>

00012110 <has_datagram>:
   12110:	00054783          	lbu	a5,0(a0)
   12114:	cb81                	beqz	a5,12124 <has_datagram+0x14>
   12116:	415c                	lw	a5,4(a0)
   12118:	4518                	lw	a4,8(a0)
   1211a:	40e78533          	sub	a0,a5,a4
   1211e:	00a03533          	snez	a0,a0
   12122:	8082                	ret
   12124:	4501                	li	a0,0
   12126:	8082                	ret

00012128 <inet_udp_reset>:
   12128:	67f5                	lui	a5,0x1d
   1212a:	1d878793          	add	a5,a5,472 # 1d1d8 <socks>
   1212e:	6605                	lui	a2,0x1
   12130:	668d                	lui	a3,0x3
   12132:	6711                	lui	a4,0x4
   12134:	963e                	add	a2,a2,a5
   12136:	96be                	add	a3,a3,a5
   12138:	973e                	add	a4,a4,a5
   1213a:	00078023          	sb	zero,0(a5)
   1213e:	72060623          	sb	zero,1836(a2) # 172c <errno+0x172c>
   12142:	e4068c23          	sb	zero,-424(a3) # 2e58 <errno+0x2e58>
   12146:	58070223          	sb	zero,1412(a4) # 4584 <errno+0x4584>
   1214a:	8082                	ret

0001214c <udp_bind>:
   1214c:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   12150:	cff9                	beqz	a5,1222e <udp_bind+0xe2>
   12152:	1101                	add	sp,sp,-32
   12154:	c64e                	sw	s3,12(sp)
   12156:	ce06                	sw	ra,28(sp)
   12158:	cc22                	sw	s0,24(sp)
   1215a:	ca26                	sw	s1,20(sp)
   1215c:	c84a                	sw	s2,16(sp)
   1215e:	69f5                	lui	s3,0x1d
   12160:	e531                	bnez	a0,121ac <udp_bind+0x60>
   12162:	00023437          	lui	s0,0x23
   12166:	6485                	lui	s1,0x1
   12168:	6911                	lui	s2,0x4
   1216a:	1d898993          	add	s3,s3,472 # 1d1d8 <socks>
   1216e:	e8840413          	add	s0,s0,-376 # 22e88 <inet_tcbs>
   12172:	72c48493          	add	s1,s1,1836 # 172c <errno+0x172c>
   12176:	dc7fe0ef          	jal	10f3c <inet_next_port>
   1217a:	87ce                	mv	a5,s3
   1217c:	0007c703          	lbu	a4,0(a5)
   12180:	c709                	beqz	a4,1218a <udp_bind+0x3e>
   12182:	0027d703          	lhu	a4,2(a5)
   12186:	00a70663          	beq	a4,a0,12192 <udp_bind+0x46>
   1218a:	97a6                	add	a5,a5,s1
   1218c:	fe8798e3          	bne	a5,s0,1217c <udp_bind+0x30>
   12190:	e505                	bnez	a0,121b8 <udp_bind+0x6c>
   12192:	197d                	add	s2,s2,-1 # 3fff <errno+0x3fff>
   12194:	fe0911e3          	bnez	s2,12176 <udp_bind+0x2a>
   12198:	40f2                	lw	ra,28(sp)
   1219a:	4462                	lw	s0,24(sp)
   1219c:	f9e00793          	li	a5,-98
   121a0:	44d2                	lw	s1,20(sp)
   121a2:	4942                	lw	s2,16(sp)
   121a4:	49b2                	lw	s3,12(sp)
   121a6:	853e                	mv	a0,a5
   121a8:	6105                	add	sp,sp,32
   121aa:	8082                	ret
   121ac:	00023437          	lui	s0,0x23
   121b0:	1d898993          	add	s3,s3,472
   121b4:	e8840413          	add	s0,s0,-376 # 22e88 <inet_tcbs>
   121b8:	6605                	lui	a2,0x1
   121ba:	874e                	mv	a4,s3
   121bc:	87ce                	mv	a5,s3
   121be:	72c60613          	add	a2,a2,1836 # 172c <errno+0x172c>
   121c2:	0007c683          	lbu	a3,0(a5)
   121c6:	c689                	beqz	a3,121d0 <udp_bind+0x84>
   121c8:	0027d683          	lhu	a3,2(a5)
   121cc:	fca686e3          	beq	a3,a0,12198 <udp_bind+0x4c>
   121d0:	97b2                	add	a5,a5,a2
   121d2:	fe8798e3          	bne	a5,s0,121c2 <udp_bind+0x76>
   121d6:	6605                	lui	a2,0x1
   121d8:	4781                	li	a5,0
   121da:	72c60613          	add	a2,a2,1836 # 172c <errno+0x172c>
   121de:	4591                	li	a1,4
   121e0:	00074683          	lbu	a3,0(a4)
   121e4:	9732                	add	a4,a4,a2
   121e6:	ce89                	beqz	a3,12200 <udp_bind+0xb4>
   121e8:	0785                	add	a5,a5,1
   121ea:	feb79be3          	bne	a5,a1,121e0 <udp_bind+0x94>
   121ee:	40f2                	lw	ra,28(sp)
   121f0:	4462                	lw	s0,24(sp)
   121f2:	57a1                	li	a5,-24
   121f4:	44d2                	lw	s1,20(sp)
   121f6:	4942                	lw	s2,16(sp)
   121f8:	49b2                	lw	s3,12(sp)
   121fa:	853e                	mv	a0,a5
   121fc:	6105                	add	sp,sp,32
   121fe:	8082                	ret
   12200:	6705                	lui	a4,0x1
   12202:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   12206:	02e78733          	mul	a4,a5,a4
   1220a:	99ba                	add	s3,s3,a4
   1220c:	4705                	li	a4,1
   1220e:	00e98023          	sb	a4,0(s3)
   12212:	40f2                	lw	ra,28(sp)
   12214:	4462                	lw	s0,24(sp)
   12216:	00a99123          	sh	a0,2(s3)
   1221a:	0009a423          	sw	zero,8(s3)
   1221e:	0009a223          	sw	zero,4(s3)
   12222:	44d2                	lw	s1,20(sp)
   12224:	4942                	lw	s2,16(sp)
   12226:	49b2                	lw	s3,12(sp)
   12228:	853e                	mv	a0,a5
   1222a:	6105                	add	sp,sp,32
   1222c:	8082                	ret
   1222e:	f9c00793          	li	a5,-100
   12232:	853e                	mv	a0,a5
   12234:	8082                	ret

00012236 <udp_sendto>:
   12236:	1101                	add	sp,sp,-32
   12238:	c84a                	sw	s2,16(sp)
   1223a:	ce06                	sw	ra,28(sp)
   1223c:	cc22                	sw	s0,24(sp)
   1223e:	ca26                	sw	s1,20(sp)
   12240:	c64e                	sw	s3,12(sp)
   12242:	c452                	sw	s4,8(sp)
   12244:	c256                	sw	s5,4(sp)
   12246:	478d                	li	a5,3
   12248:	595d                	li	s2,-9
   1224a:	0ca7e763          	bltu	a5,a0,12318 <udp_sendto+0xe2>
   1224e:	6785                	lui	a5,0x1
   12250:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   12254:	02f507b3          	mul	a5,a0,a5
   12258:	6475                	lui	s0,0x1d
   1225a:	1d840413          	add	s0,s0,472 # 1d1d8 <socks>
   1225e:	595d                	li	s2,-9
   12260:	943e                	add	s0,s0,a5
   12262:	00044783          	lbu	a5,0(s0)
   12266:	cbcd                	beqz	a5,12318 <udp_sendto+0xe2>
   12268:	5c000793          	li	a5,1472
   1226c:	84ba                	mv	s1,a4
   1226e:	0ce7e463          	bltu	a5,a4,12336 <udp_sendto+0x100>
   12272:	8a32                	mv	s4,a2
   12274:	89ae                	mv	s3,a1
   12276:	8ab6                	mv	s5,a3
   12278:	ce1fe0ef          	jal	10f58 <inet_frame_get>
   1227c:	00245783          	lhu	a5,2(s0)
   12280:	00848913          	add	s2,s1,8
   12284:	842a                	mv	s0,a0
   12286:	00895713          	srl	a4,s2,0x8
   1228a:	0087d513          	srl	a0,a5,0x8
   1228e:	008a5693          	srl	a3,s4,0x8
   12292:	02e40323          	sb	a4,38(s0)
   12296:	8626                	mv	a2,s1
   12298:	85d6                	mv	a1,s5
   1229a:	02a40123          	sb	a0,34(s0)
   1229e:	02f401a3          	sb	a5,35(s0)
   122a2:	02d40223          	sb	a3,36(s0)
   122a6:	034402a3          	sb	s4,37(s0)
   122aa:	032403a3          	sb	s2,39(s0)
   122ae:	02040423          	sb	zero,40(s0)
   122b2:	020404a3          	sb	zero,41(s0)
   122b6:	02a40513          	add	a0,s0,42
   122ba:	775010ef          	jal	1422e <memcpy>
   122be:	8201a503          	lw	a0,-2016(gp) # 18038 <inet_self>
   122c2:	86ca                	mv	a3,s2
   122c4:	4645                	li	a2,17
   122c6:	85ce                	mv	a1,s3
   122c8:	928ff0ef          	jal	113f0 <inet_pseudo_sum>
   122cc:	862a                	mv	a2,a0
   122ce:	85ca                	mv	a1,s2
   122d0:	02240513          	add	a0,s0,34
   122d4:	8b4ff0ef          	jal	11388 <inet_sum>
   122d8:	8f6ff0ef          	jal	113ce <inet_fold>
   122dc:	c921                	beqz	a0,1232c <udp_sendto+0xf6>
   122de:	00855793          	srl	a5,a0,0x8
   122e2:	0ff7f793          	zext.b	a5,a5
   122e6:	0ff57513          	zext.b	a0,a0
   122ea:	02a404a3          	sb	a0,41(s0)
   122ee:	86ca                	mv	a3,s2
   122f0:	02f40423          	sb	a5,40(s0)
   122f4:	4645                	li	a2,17
   122f6:	85ce                	mv	a1,s3
   122f8:	8522                	mv	a0,s0
   122fa:	873ff0ef          	jal	11b6c <inet_ip_output>
   122fe:	892a                	mv	s2,a0
   12300:	8522                	mv	a0,s0
   12302:	cb5fe0ef          	jal	10fb6 <inet_frame_put>
   12306:	00094963          	bltz	s2,12318 <udp_sendto+0xe2>
   1230a:	67f1                	lui	a5,0x1c
   1230c:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   12310:	47f8                	lw	a4,76(a5)
   12312:	8926                	mv	s2,s1
   12314:	0705                	add	a4,a4,1
   12316:	c7f8                	sw	a4,76(a5)
   12318:	40f2                	lw	ra,28(sp)
   1231a:	4462                	lw	s0,24(sp)
   1231c:	44d2                	lw	s1,20(sp)
   1231e:	49b2                	lw	s3,12(sp)
   12320:	4a22                	lw	s4,8(sp)
   12322:	4a92                	lw	s5,4(sp)
   12324:	854a                	mv	a0,s2
   12326:	4942                	lw	s2,16(sp)
   12328:	6105                	add	sp,sp,32
   1232a:	8082                	ret
   1232c:	0ff00513          	li	a0,255
   12330:	0ff00793          	li	a5,255
   12334:	bf5d                	j	122ea <udp_sendto+0xb4>
   12336:	fa600913          	li	s2,-90
   1233a:	bff9                	j	12318 <udp_sendto+0xe2>

0001233c <udp_recvfrom>:
   1233c:	7179                	add	sp,sp,-48
   1233e:	d422                	sw	s0,40(sp)
   12340:	d606                	sw	ra,44(sp)
   12342:	842a                	mv	s0,a0
   12344:	d226                	sw	s1,36(sp)
   12346:	d04a                	sw	s2,32(sp)
   12348:	ce4e                	sw	s3,28(sp)
   1234a:	cc52                	sw	s4,24(sp)
   1234c:	ca56                	sw	s5,20(sp)
   1234e:	c85a                	sw	s6,16(sp)
   12350:	c65e                	sw	s7,12(sp)
   12352:	450d                	li	a0,3
   12354:	10856f63          	bltu	a0,s0,12472 <udp_recvfrom+0x136>
   12358:	6485                	lui	s1,0x1
   1235a:	72c48493          	add	s1,s1,1836 # 172c <errno+0x172c>
   1235e:	029404b3          	mul	s1,s0,s1
   12362:	6af5                	lui	s5,0x1d
   12364:	1d8a8a93          	add	s5,s5,472 # 1d1d8 <socks>
   12368:	8b2e                	mv	s6,a1
   1236a:	893a                	mv	s2,a4
   1236c:	8bb2                	mv	s7,a2
   1236e:	89b6                	mv	s3,a3
   12370:	009a85b3          	add	a1,s5,s1
   12374:	0005c703          	lbu	a4,0(a1)
   12378:	0e070d63          	beqz	a4,12472 <udp_recvfrom+0x136>
   1237c:	c8102873          	rdtimeh	a6
   12380:	c0102373          	rdtime	t1
   12384:	c81028f3          	rdtimeh	a7
   12388:	ff181ae3          	bne	a6,a7,1237c <udp_recvfrom+0x40>
   1238c:	6709                	lui	a4,0x2
   1238e:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   12392:	02e78633          	mul	a2,a5,a4
   12396:	6549                	lui	a0,0x12
   12398:	11050513          	add	a0,a0,272 # 12110 <has_datagram>
   1239c:	02e7b7b3          	mulhu	a5,a5,a4
   123a0:	961a                	add	a2,a2,t1
   123a2:	00663333          	sltu	t1,a2,t1
   123a6:	983e                	add	a6,a6,a5
   123a8:	010306b3          	add	a3,t1,a6
   123ac:	f1ffe0ef          	jal	112ca <inet_block>
   123b0:	0a054663          	bltz	a0,1245c <udp_recvfrom+0x120>
   123b4:	6705                	lui	a4,0x1
   123b6:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   123ba:	02e40733          	mul	a4,s0,a4
   123be:	00ea87b3          	add	a5,s5,a4
   123c2:	0007c683          	lbu	a3,0(a5)
   123c6:	c6d5                	beqz	a3,12472 <udp_recvfrom+0x136>
   123c8:	0047aa03          	lw	s4,4(a5)
   123cc:	5c800793          	li	a5,1480
   123d0:	003a7a13          	and	s4,s4,3
   123d4:	02fa07b3          	mul	a5,s4,a5
   123d8:	97ba                	add	a5,a5,a4
   123da:	97d6                	add	a5,a5,s5
   123dc:	0127d603          	lhu	a2,18(a5)
   123e0:	08cbeb63          	bltu	s7,a2,12476 <udp_recvfrom+0x13a>
   123e4:	5c800b93          	li	s7,1480
   123e8:	037a0bb3          	mul	s7,s4,s7
   123ec:	04d1                	add	s1,s1,20
   123ee:	855a                	mv	a0,s6
   123f0:	94de                	add	s1,s1,s7
   123f2:	009a85b3          	add	a1,s5,s1
   123f6:	639010ef          	jal	1422e <memcpy>
   123fa:	00098d63          	beqz	s3,12414 <udp_recvfrom+0xd8>
   123fe:	6785                	lui	a5,0x1
   12400:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   12404:	02f407b3          	mul	a5,s0,a5
   12408:	9bbe                	add	s7,s7,a5
   1240a:	9bd6                	add	s7,s7,s5
   1240c:	00cba783          	lw	a5,12(s7)
   12410:	00f9a023          	sw	a5,0(s3)
   12414:	02090163          	beqz	s2,12436 <udp_recvfrom+0xfa>
   12418:	6705                	lui	a4,0x1
   1241a:	5c800793          	li	a5,1480
   1241e:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   12422:	02fa07b3          	mul	a5,s4,a5
   12426:	02e40733          	mul	a4,s0,a4
   1242a:	97ba                	add	a5,a5,a4
   1242c:	97d6                	add	a5,a5,s5
   1242e:	0107d783          	lhu	a5,16(a5)
   12432:	00f91023          	sh	a5,0(s2)
   12436:	6785                	lui	a5,0x1
   12438:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   1243c:	02f40433          	mul	s0,s0,a5
   12440:	5c800793          	li	a5,1480
   12444:	02fa0a33          	mul	s4,s4,a5
   12448:	008a8733          	add	a4,s5,s0
   1244c:	435c                	lw	a5,4(a4)
   1244e:	0785                	add	a5,a5,1
   12450:	c35c                	sw	a5,4(a4)
   12452:	9a22                	add	s4,s4,s0
   12454:	014a87b3          	add	a5,s5,s4
   12458:	0127d503          	lhu	a0,18(a5)
   1245c:	50b2                	lw	ra,44(sp)
   1245e:	5422                	lw	s0,40(sp)
   12460:	5492                	lw	s1,36(sp)
   12462:	5902                	lw	s2,32(sp)
   12464:	49f2                	lw	s3,28(sp)
   12466:	4a62                	lw	s4,24(sp)
   12468:	4ad2                	lw	s5,20(sp)
   1246a:	4b42                	lw	s6,16(sp)
   1246c:	4bb2                	lw	s7,12(sp)
   1246e:	6145                	add	sp,sp,48
   12470:	8082                	ret
   12472:	555d                	li	a0,-9
   12474:	b7e5                	j	1245c <udp_recvfrom+0x120>
   12476:	865e                	mv	a2,s7
   12478:	b7b5                	j	123e4 <udp_recvfrom+0xa8>

0001247a <udp_close>:
   1247a:	478d                	li	a5,3
   1247c:	02a7e363          	bltu	a5,a0,124a2 <udp_close+0x28>
   12480:	6785                	lui	a5,0x1
   12482:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   12486:	02f507b3          	mul	a5,a0,a5
   1248a:	6775                	lui	a4,0x1d
   1248c:	1d870713          	add	a4,a4,472 # 1d1d8 <socks>
   12490:	555d                	li	a0,-9
   12492:	97ba                	add	a5,a5,a4
   12494:	0007c703          	lbu	a4,0(a5)
   12498:	c711                	beqz	a4,124a4 <udp_close+0x2a>
   1249a:	00078023          	sb	zero,0(a5)
   1249e:	4501                	li	a0,0
   124a0:	8082                	ret
   124a2:	555d                	li	a0,-9
   124a4:	8082                	ret

000124a6 <inet_udp_input>:
   124a6:	1101                	add	sp,sp,-32
   124a8:	cc22                	sw	s0,24(sp)
   124aa:	6471                	lui	s0,0x1c
   124ac:	85c40413          	add	s0,s0,-1956 # 1b85c <inet_counters>
   124b0:	443c                	lw	a5,72(s0)
   124b2:	4514                	lw	a3,8(a0)
   124b4:	c64e                	sw	s3,12(sp)
   124b6:	ce06                	sw	ra,28(sp)
   124b8:	ca26                	sw	s1,20(sp)
   124ba:	c84a                	sw	s2,16(sp)
   124bc:	c452                	sw	s4,8(sp)
   124be:	0785                	add	a5,a5,1
   124c0:	c43c                	sw	a5,72(s0)
   124c2:	471d                	li	a4,7
   124c4:	00452983          	lw	s3,4(a0)
   124c8:	08d77c63          	bgeu	a4,a3,12560 <inet_udp_input+0xba>
   124cc:	0059c783          	lbu	a5,5(s3)
   124d0:	0049c603          	lbu	a2,4(s3)
   124d4:	07a2                	sll	a5,a5,0x8
   124d6:	8fd1                	or	a5,a5,a2
   124d8:	00879913          	sll	s2,a5,0x8
   124dc:	83a1                	srl	a5,a5,0x8
   124de:	00f96933          	or	s2,s2,a5
   124e2:	0942                	sll	s2,s2,0x10
   124e4:	01095913          	srl	s2,s2,0x10
   124e8:	07277c63          	bgeu	a4,s2,12560 <inet_udp_input+0xba>
   124ec:	0726ea63          	bltu	a3,s2,12560 <inet_udp_input+0xba>
   124f0:	0079c783          	lbu	a5,7(s3)
   124f4:	0069c703          	lbu	a4,6(s3)
   124f8:	84aa                	mv	s1,a0
   124fa:	07a2                	sll	a5,a5,0x8
   124fc:	8fd9                	or	a5,a5,a4
   124fe:	12079363          	bnez	a5,12624 <inet_udp_input+0x17e>
   12502:	0039c783          	lbu	a5,3(s3)
   12506:	0029c683          	lbu	a3,2(s3)
   1250a:	6775                	lui	a4,0x1d
   1250c:	07a2                	sll	a5,a5,0x8
   1250e:	8fd5                	or	a5,a5,a3
   12510:	00879613          	sll	a2,a5,0x8
   12514:	83a1                	srl	a5,a5,0x8
   12516:	8e5d                	or	a2,a2,a5
   12518:	0642                	sll	a2,a2,0x10
   1251a:	6585                	lui	a1,0x1
   1251c:	1d870893          	add	a7,a4,472 # 1d1d8 <socks>
   12520:	8241                	srl	a2,a2,0x10
   12522:	1d870713          	add	a4,a4,472
   12526:	4781                	li	a5,0
   12528:	72c58593          	add	a1,a1,1836 # 172c <errno+0x172c>
   1252c:	4811                	li	a6,4
   1252e:	00074683          	lbu	a3,0(a4)
   12532:	c689                	beqz	a3,1253c <inet_udp_input+0x96>
   12534:	00275683          	lhu	a3,2(a4)
   12538:	02c68f63          	beq	a3,a2,12576 <inet_udp_input+0xd0>
   1253c:	0785                	add	a5,a5,1
   1253e:	972e                	add	a4,a4,a1
   12540:	ff0797e3          	bne	a5,a6,1252e <inet_udp_input+0x88>
   12544:	487c                	lw	a5,84(s0)
   12546:	40f2                	lw	ra,28(sp)
   12548:	4942                	lw	s2,16(sp)
   1254a:	0785                	add	a5,a5,1
   1254c:	c87c                	sw	a5,84(s0)
   1254e:	4462                	lw	s0,24(sp)
   12550:	49b2                	lw	s3,12(sp)
   12552:	4a22                	lw	s4,8(sp)
   12554:	8526                	mv	a0,s1
   12556:	44d2                	lw	s1,20(sp)
   12558:	458d                	li	a1,3
   1255a:	6105                	add	sp,sp,32
   1255c:	f5cff06f          	j	11cb8 <inet_icmp_unreachable>
   12560:	541c                	lw	a5,40(s0)
   12562:	0785                	add	a5,a5,1
   12564:	d41c                	sw	a5,40(s0)
   12566:	40f2                	lw	ra,28(sp)
   12568:	4462                	lw	s0,24(sp)
   1256a:	44d2                	lw	s1,20(sp)
   1256c:	4942                	lw	s2,16(sp)
   1256e:	49b2                	lw	s3,12(sp)
   12570:	4a22                	lw	s4,8(sp)
   12572:	6105                	add	sp,sp,32
   12574:	8082                	ret
   12576:	6705                	lui	a4,0x1
   12578:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   1257c:	02e787b3          	mul	a5,a5,a4
   12580:	460d                	li	a2,3
   12582:	00f88a33          	add	s4,a7,a5
   12586:	008a2703          	lw	a4,8(s4)
   1258a:	004a2683          	lw	a3,4(s4)
   1258e:	40d706b3          	sub	a3,a4,a3
   12592:	00d67d63          	bgeu	a2,a3,125ac <inet_udp_input+0x106>
   12596:	4c3c                	lw	a5,88(s0)
   12598:	40f2                	lw	ra,28(sp)
   1259a:	44d2                	lw	s1,20(sp)
   1259c:	0785                	add	a5,a5,1
   1259e:	cc3c                	sw	a5,88(s0)
   125a0:	4462                	lw	s0,24(sp)
   125a2:	4942                	lw	s2,16(sp)
   125a4:	49b2                	lw	s3,12(sp)
   125a6:	4a22                	lw	s4,8(sp)
   125a8:	6105                	add	sp,sp,32
   125aa:	8082                	ret
   125ac:	5c800693          	li	a3,1480
   125b0:	8b0d                	and	a4,a4,3
   125b2:	02d70733          	mul	a4,a4,a3
   125b6:	00c4a303          	lw	t1,12(s1)
   125ba:	01478513          	add	a0,a5,20
   125be:	ff890613          	add	a2,s2,-8
   125c2:	01061813          	sll	a6,a2,0x10
   125c6:	0642                	sll	a2,a2,0x10
   125c8:	00898593          	add	a1,s3,8
   125cc:	8241                	srl	a2,a2,0x10
   125ce:	97ba                	add	a5,a5,a4
   125d0:	00f886b3          	add	a3,a7,a5
   125d4:	0066a623          	sw	t1,12(a3)
   125d8:	0019c683          	lbu	a3,1(s3)
   125dc:	0009c303          	lbu	t1,0(s3)
   125e0:	953a                	add	a0,a0,a4
   125e2:	00869713          	sll	a4,a3,0x8
   125e6:	00676733          	or	a4,a4,t1
   125ea:	00871693          	sll	a3,a4,0x8
   125ee:	8321                	srl	a4,a4,0x8
   125f0:	8f55                	or	a4,a4,a3
   125f2:	0742                	sll	a4,a4,0x10
   125f4:	66f5                	lui	a3,0x1d
   125f6:	1e868693          	add	a3,a3,488 # 1d1e8 <socks+0x10>
   125fa:	8341                	srl	a4,a4,0x10
   125fc:	97b6                	add	a5,a5,a3
   125fe:	01076733          	or	a4,a4,a6
   12602:	c398                	sw	a4,0(a5)
   12604:	9546                	add	a0,a0,a7
   12606:	429010ef          	jal	1422e <memcpy>
   1260a:	008a2783          	lw	a5,8(s4)
   1260e:	40f2                	lw	ra,28(sp)
   12610:	4462                	lw	s0,24(sp)
   12612:	0785                	add	a5,a5,1
   12614:	00fa2423          	sw	a5,8(s4)
   12618:	44d2                	lw	s1,20(sp)
   1261a:	4942                	lw	s2,16(sp)
   1261c:	49b2                	lw	s3,12(sp)
   1261e:	4a22                	lw	s4,8(sp)
   12620:	6105                	add	sp,sp,32
   12622:	8082                	ret
   12624:	490c                	lw	a1,16(a0)
   12626:	4548                	lw	a0,12(a0)
   12628:	86ca                	mv	a3,s2
   1262a:	4645                	li	a2,17
   1262c:	dc5fe0ef          	jal	113f0 <inet_pseudo_sum>
   12630:	862a                	mv	a2,a0
   12632:	85ca                	mv	a1,s2
   12634:	854e                	mv	a0,s3
   12636:	d53fe0ef          	jal	11388 <inet_sum>
   1263a:	d95fe0ef          	jal	113ce <inet_fold>
   1263e:	ec0502e3          	beqz	a0,12502 <inet_udp_input+0x5c>
   12642:	483c                	lw	a5,80(s0)
   12644:	0785                	add	a5,a5,1
   12646:	c83c                	sw	a5,80(s0)
   12648:	bf39                	j	12566 <inet_udp_input+0xc0>

0001264a <first_child>:
   1264a:	000237b7          	lui	a5,0x23
   1264e:	e8878713          	add	a4,a5,-376 # 22e88 <inet_tcbs>
   12652:	40e505b3          	sub	a1,a0,a4
   12656:	000406b7          	lui	a3,0x40
   1265a:	ff010737          	lui	a4,0xff010
   1265e:	859d                	sra	a1,a1,0x7
   12660:	f0170713          	add	a4,a4,-255 # ff00ff01 <_end+0xfefaca79>
   12664:	e8878793          	add	a5,a5,-376
   12668:	40068693          	add	a3,a3,1024 # 40400 <inet_tcbs+0x1d578>
   1266c:	6621                	lui	a2,0x8
   1266e:	02e585b3          	mul	a1,a1,a4
   12672:	96be                	add	a3,a3,a5
   12674:	4501                	li	a0,0
   12676:	4811                	li	a6,4
   12678:	08060613          	add	a2,a2,128 # 8080 <errno+0x8080>
   1267c:	a021                	j	12684 <first_child+0x3a>
   1267e:	97b2                	add	a5,a5,a2
   12680:	02f68463          	beq	a3,a5,126a8 <first_child+0x5e>
   12684:	0007c703          	lbu	a4,0(a5)
   12688:	fee87be3          	bgeu	a6,a4,1267e <first_child+0x34>
   1268c:	00378703          	lb	a4,3(a5)
   12690:	feb717e3          	bne	a4,a1,1267e <first_child+0x34>
   12694:	c511                	beqz	a0,126a0 <first_child+0x56>
   12696:	0107a883          	lw	a7,16(a5)
   1269a:	4918                	lw	a4,16(a0)
   1269c:	fee8f1e3          	bgeu	a7,a4,1267e <first_child+0x34>
   126a0:	853e                	mv	a0,a5
   126a2:	97b2                	add	a5,a5,a2
   126a4:	fef690e3          	bne	a3,a5,12684 <first_child+0x3a>
   126a8:	8082                	ret

000126aa <accept_ready>:
   126aa:	00054703          	lbu	a4,0(a0)
   126ae:	4789                	li	a5,2
   126b0:	00f71a63          	bne	a4,a5,126c4 <accept_ready+0x1a>
   126b4:	1141                	add	sp,sp,-16
   126b6:	c606                	sw	ra,12(sp)
   126b8:	3f49                	jal	1264a <first_child>
   126ba:	40b2                	lw	ra,12(sp)
   126bc:	00a03533          	snez	a0,a0
   126c0:	0141                	add	sp,sp,16
   126c2:	8082                	ret
   126c4:	555d                	li	a0,-9
   126c6:	8082                	ret

000126c8 <connected>:
   126c8:	00054783          	lbu	a5,0(a0)
   126cc:	4705                	li	a4,1
   126ce:	00e78963          	beq	a5,a4,126e0 <connected+0x18>
   126d2:	ffd78513          	add	a0,a5,-3
   126d6:	00253513          	sltiu	a0,a0,2
   126da:	00154513          	xor	a0,a0,1
   126de:	8082                	ret
   126e0:	00451503          	lh	a0,4(a0)
   126e4:	fe054de3          	bltz	a0,126de <connected+0x16>
   126e8:	f9800513          	li	a0,-104
   126ec:	8082                	ret

000126ee <send_ready>:
   126ee:	4174                	lw	a3,68(a0)
   126f0:	6711                	lui	a4,0x4
   126f2:	87aa                	mv	a5,a0
   126f4:	00e6ec63          	bltu	a3,a4,1270c <send_ready+0x1e>
   126f8:	00054703          	lbu	a4,0(a0)
   126fc:	4505                	li	a0,1
   126fe:	00a70863          	beq	a4,a0,1270e <send_ready+0x20>
   12702:	0017c503          	lbu	a0,1(a5)
   12706:	8109                	srl	a0,a0,0x2
   12708:	8905                	and	a0,a0,1
   1270a:	8082                	ret
   1270c:	4505                	li	a0,1
   1270e:	8082                	ret

00012710 <recv_ready>:
   12710:	4578                	lw	a4,76(a0)
   12712:	87aa                	mv	a5,a0
   12714:	e719                	bnez	a4,12722 <recv_ready+0x12>
   12716:	00154703          	lbu	a4,1(a0)
   1271a:	4505                	li	a0,1
   1271c:	8b41                	and	a4,a4,16
   1271e:	c701                	beqz	a4,12726 <recv_ready+0x16>
   12720:	8082                	ret
   12722:	4505                	li	a0,1
   12724:	8082                	ret
   12726:	0007c503          	lbu	a0,0(a5)
   1272a:	157d                	add	a0,a0,-1
   1272c:	00153513          	seqz	a0,a0
   12730:	8082                	ret

00012732 <closed>:
   12732:	00154783          	lbu	a5,1(a0)
   12736:	00054703          	lbu	a4,0(a0)
   1273a:	8ba1                	and	a5,a5,8
   1273c:	c791                	beqz	a5,12748 <closed+0x16>
   1273e:	47ad                	li	a5,11
   12740:	4505                	li	a0,1
   12742:	00f70363          	beq	a4,a5,12748 <closed+0x16>
   12746:	8082                	ret
   12748:	177d                	add	a4,a4,-1 # 3fff <errno+0x3fff>
   1274a:	00173513          	seqz	a0,a4
   1274e:	8082                	ret

00012750 <tcp_listen>:
   12750:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   12754:	c3c9                	beqz	a5,127d6 <tcp_listen+0x86>
   12756:	1141                	add	sp,sp,-16
   12758:	c226                	sw	s1,4(sp)
   1275a:	c606                	sw	ra,12(sp)
   1275c:	c422                	sw	s0,8(sp)
   1275e:	84aa                	mv	s1,a0
   12760:	cd35                	beqz	a0,127dc <tcp_listen+0x8c>
   12762:	000237b7          	lui	a5,0x23
   12766:	000406b7          	lui	a3,0x40
   1276a:	e8878413          	add	s0,a5,-376 # 22e88 <inet_tcbs>
   1276e:	40068693          	add	a3,a3,1024 # 40400 <inet_tcbs+0x1d578>
   12772:	6621                	lui	a2,0x8
   12774:	e8878793          	add	a5,a5,-376
   12778:	96a2                	add	a3,a3,s0
   1277a:	4589                	li	a1,2
   1277c:	08060613          	add	a2,a2,128 # 8080 <errno+0x8080>
   12780:	a021                	j	12788 <tcp_listen+0x38>
   12782:	97b2                	add	a5,a5,a2
   12784:	02f68163          	beq	a3,a5,127a6 <tcp_listen+0x56>
   12788:	0007c703          	lbu	a4,0(a5)
   1278c:	feb71be3          	bne	a4,a1,12782 <tcp_listen+0x32>
   12790:	0067d703          	lhu	a4,6(a5)
   12794:	fe9717e3          	bne	a4,s1,12782 <tcp_listen+0x32>
   12798:	40b2                	lw	ra,12(sp)
   1279a:	4422                	lw	s0,8(sp)
   1279c:	4492                	lw	s1,4(sp)
   1279e:	f9e00513          	li	a0,-98
   127a2:	0141                	add	sp,sp,16
   127a4:	8082                	ret
   127a6:	086010ef          	jal	1382c <inet_tcb_alloc>
   127aa:	87aa                	mv	a5,a0
   127ac:	c915                	beqz	a0,127e0 <tcp_listen+0x90>
   127ae:	40850433          	sub	s0,a0,s0
   127b2:	ff010737          	lui	a4,0xff010
   127b6:	f0170713          	add	a4,a4,-255 # ff00ff01 <_end+0xfefaca79>
   127ba:	841d                	sra	s0,s0,0x7
   127bc:	02e40533          	mul	a0,s0,a4
   127c0:	10200713          	li	a4,258
   127c4:	00e79023          	sh	a4,0(a5)
   127c8:	00979323          	sh	s1,6(a5)
   127cc:	40b2                	lw	ra,12(sp)
   127ce:	4422                	lw	s0,8(sp)
   127d0:	4492                	lw	s1,4(sp)
   127d2:	0141                	add	sp,sp,16
   127d4:	8082                	ret
   127d6:	f9c00513          	li	a0,-100
   127da:	8082                	ret
   127dc:	5529                	li	a0,-22
   127de:	b7fd                	j	127cc <tcp_listen+0x7c>
   127e0:	5521                	li	a0,-24
   127e2:	b7ed                	j	127cc <tcp_listen+0x7c>

000127e4 <tcp_accept>:
   127e4:	479d                	li	a5,7
   127e6:	08a7ed63          	bltu	a5,a0,12880 <tcp_accept+0x9c>
   127ea:	1141                	add	sp,sp,-16
   127ec:	c422                	sw	s0,8(sp)
   127ee:	00851413          	sll	s0,a0,0x8
   127f2:	c226                	sw	s1,4(sp)
   127f4:	942a                	add	s0,s0,a0
   127f6:	000234b7          	lui	s1,0x23
   127fa:	e8848493          	add	s1,s1,-376 # 22e88 <inet_tcbs>
   127fe:	041e                	sll	s0,s0,0x7
   12800:	c606                	sw	ra,12(sp)
   12802:	9426                	add	s0,s0,s1
   12804:	00044703          	lbu	a4,0(s0)
   12808:	4789                	li	a5,2
   1280a:	882e                	mv	a6,a1
   1280c:	06f71863          	bne	a4,a5,1287c <tcp_accept+0x98>
   12810:	c81027f3          	rdtimeh	a5
   12814:	c01026f3          	rdtime	a3
   12818:	c8102773          	rdtimeh	a4
   1281c:	fee79ae3          	bne	a5,a4,12810 <tcp_accept+0x2c>
   12820:	6709                	lui	a4,0x2
   12822:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   12826:	02e80633          	mul	a2,a6,a4
   1282a:	6549                	lui	a0,0x12
   1282c:	85a2                	mv	a1,s0
   1282e:	6aa50513          	add	a0,a0,1706 # 126aa <accept_ready>
   12832:	02e83833          	mulhu	a6,a6,a4
   12836:	9636                	add	a2,a2,a3
   12838:	00d636b3          	sltu	a3,a2,a3
   1283c:	97c2                	add	a5,a5,a6
   1283e:	96be                	add	a3,a3,a5
   12840:	a8bfe0ef          	jal	112ca <inet_block>
   12844:	02054763          	bltz	a0,12872 <tcp_accept+0x8e>
   12848:	8522                	mv	a0,s0
   1284a:	3501                	jal	1264a <first_child>
   1284c:	00154683          	lbu	a3,1(a0)
   12850:	409504b3          	sub	s1,a0,s1
   12854:	ff0107b7          	lui	a5,0xff010
   12858:	f0178793          	add	a5,a5,-255 # ff00ff01 <_end+0xfefaca79>
   1285c:	849d                	sra	s1,s1,0x7
   1285e:	872a                	mv	a4,a0
   12860:	0016e693          	or	a3,a3,1
   12864:	02f48533          	mul	a0,s1,a5
   12868:	57fd                	li	a5,-1
   1286a:	00f701a3          	sb	a5,3(a4)
   1286e:	00d700a3          	sb	a3,1(a4)
   12872:	40b2                	lw	ra,12(sp)
   12874:	4422                	lw	s0,8(sp)
   12876:	4492                	lw	s1,4(sp)
   12878:	0141                	add	sp,sp,16
   1287a:	8082                	ret
   1287c:	555d                	li	a0,-9
   1287e:	bfd5                	j	12872 <tcp_accept+0x8e>
   12880:	555d                	li	a0,-9
   12882:	8082                	ret

00012884 <tcp_connect>:
   12884:	12058163          	beqz	a1,129a6 <tcp_connect+0x122>
   12888:	7179                	add	sp,sp,-48
   1288a:	ce4e                	sw	s3,28(sp)
   1288c:	c85a                	sw	s6,16(sp)
   1288e:	c65e                	sw	s7,12(sp)
   12890:	d606                	sw	ra,44(sp)
   12892:	d422                	sw	s0,40(sp)
   12894:	d226                	sw	s1,36(sp)
   12896:	d04a                	sw	s2,32(sp)
   12898:	cc52                	sw	s4,24(sp)
   1289a:	ca56                	sw	s5,20(sp)
   1289c:	c462                	sw	s8,8(sp)
   1289e:	c266                	sw	s9,4(sp)
   128a0:	8bae                	mv	s7,a1
   128a2:	89aa                	mv	s3,a0
   128a4:	8b32                	mv	s6,a2
   128a6:	c8102cf3          	rdtimeh	s9
   128aa:	c0102973          	rdtime	s2
   128ae:	c81027f3          	rdtimeh	a5
   128b2:	fefc9ae3          	bne	s9,a5,128a6 <tcp_connect+0x22>
   128b6:	85da                	mv	a1,s6
   128b8:	854e                	mv	a0,s3
   128ba:	980ff0ef          	jal	11a3a <inet_resolve>
   128be:	0c054263          	bltz	a0,12982 <tcp_connect+0xfe>
   128c2:	76b000ef          	jal	1382c <inet_tcb_alloc>
   128c6:	8aaa                	mv	s5,a0
   128c8:	c16d                	beqz	a0,129aa <tcp_connect+0x126>
   128ca:	4785                	li	a5,1
   128cc:	00023a37          	lui	s4,0x23
   128d0:	000634b7          	lui	s1,0x63
   128d4:	6421                	lui	s0,0x8
   128d6:	00f500a3          	sb	a5,1(a0)
   128da:	e88a0a13          	add	s4,s4,-376 # 22e88 <inet_tcbs>
   128de:	28848493          	add	s1,s1,648 # 63288 <out_buf>
   128e2:	4c09                	li	s8,2
   128e4:	08040413          	add	s0,s0,128 # 8080 <errno+0x8080>
   128e8:	e54fe0ef          	jal	10f3c <inet_next_port>
   128ec:	87d2                	mv	a5,s4
   128ee:	4601                	li	a2,0
   128f0:	a021                	j	128f8 <tcp_connect+0x74>
   128f2:	97a2                	add	a5,a5,s0
   128f4:	02978863          	beq	a5,s1,12924 <tcp_connect+0xa0>
   128f8:	0007c703          	lbu	a4,0(a5)
   128fc:	db7d                	beqz	a4,128f2 <tcp_connect+0x6e>
   128fe:	0067d683          	lhu	a3,6(a5)
   12902:	fea698e3          	bne	a3,a0,128f2 <tcp_connect+0x6e>
   12906:	09870b63          	beq	a4,s8,1299c <tcp_connect+0x118>
   1290a:	47d8                	lw	a4,12(a5)
   1290c:	fee993e3          	bne	s3,a4,128f2 <tcp_connect+0x6e>
   12910:	0087d703          	lhu	a4,8(a5)
   12914:	97a2                	add	a5,a5,s0
   12916:	41770733          	sub	a4,a4,s7
   1291a:	00173713          	seqz	a4,a4
   1291e:	8e59                	or	a2,a2,a4
   12920:	fc979ce3          	bne	a5,s1,128f8 <tcp_connect+0x74>
   12924:	f271                	bnez	a2,128e8 <tcp_connect+0x64>
   12926:	862a                	mv	a2,a0
   12928:	86de                	mv	a3,s7
   1292a:	470d                	li	a4,3
   1292c:	85ce                	mv	a1,s3
   1292e:	8556                	mv	a0,s5
   12930:	75f000ef          	jal	1388e <inet_tcp_start>
   12934:	e24fe0ef          	jal	10f58 <inet_frame_get>
   12938:	85aa                	mv	a1,a0
   1293a:	842a                	mv	s0,a0
   1293c:	8556                	mv	a0,s5
   1293e:	27a010ef          	jal	13bb8 <inet_tcp_output>
   12942:	8522                	mv	a0,s0
   12944:	e72fe0ef          	jal	10fb6 <inet_frame_put>
   12948:	6789                	lui	a5,0x2
   1294a:	71078793          	add	a5,a5,1808 # 2710 <errno+0x2710>
   1294e:	02fb0633          	mul	a2,s6,a5
   12952:	6549                	lui	a0,0x12
   12954:	85d6                	mv	a1,s5
   12956:	6c850513          	add	a0,a0,1736 # 126c8 <connected>
   1295a:	02fb3b33          	mulhu	s6,s6,a5
   1295e:	964a                	add	a2,a2,s2
   12960:	012636b3          	sltu	a3,a2,s2
   12964:	9cda                	add	s9,s9,s6
   12966:	96e6                	add	a3,a3,s9
   12968:	963fe0ef          	jal	112ca <inet_block>
   1296c:	02054a63          	bltz	a0,129a0 <tcp_connect+0x11c>
   12970:	414a87b3          	sub	a5,s5,s4
   12974:	ff010537          	lui	a0,0xff010
   12978:	879d                	sra	a5,a5,0x7
   1297a:	f0150513          	add	a0,a0,-255 # ff00ff01 <_end+0xfefaca79>
   1297e:	02a78533          	mul	a0,a5,a0
   12982:	50b2                	lw	ra,44(sp)
   12984:	5422                	lw	s0,40(sp)
   12986:	5492                	lw	s1,36(sp)
   12988:	5902                	lw	s2,32(sp)
   1298a:	49f2                	lw	s3,28(sp)
   1298c:	4a62                	lw	s4,24(sp)
   1298e:	4ad2                	lw	s5,20(sp)
   12990:	4b42                	lw	s6,16(sp)
   12992:	4bb2                	lw	s7,12(sp)
   12994:	4c22                	lw	s8,8(sp)
   12996:	4c92                	lw	s9,4(sp)
   12998:	6145                	add	sp,sp,48
   1299a:	8082                	ret
   1299c:	4605                	li	a2,1
   1299e:	bf91                	j	128f2 <tcp_connect+0x6e>
   129a0:	000a8023          	sb	zero,0(s5)
   129a4:	bff9                	j	12982 <tcp_connect+0xfe>
   129a6:	5529                	li	a0,-22
   129a8:	8082                	ret
   129aa:	5521                	li	a0,-24
   129ac:	bfd9                	j	12982 <tcp_connect+0xfe>

000129ae <tcp_send>:
   129ae:	715d                	add	sp,sp,-80
   129b0:	c686                	sw	ra,76(sp)
   129b2:	c4a2                	sw	s0,72(sp)
   129b4:	c2a6                	sw	s1,68(sp)
   129b6:	c0ca                	sw	s2,64(sp)
   129b8:	de4e                	sw	s3,60(sp)
   129ba:	dc52                	sw	s4,56(sp)
   129bc:	da56                	sw	s5,52(sp)
   129be:	d85a                	sw	s6,48(sp)
   129c0:	d65e                	sw	s7,44(sp)
   129c2:	d462                	sw	s8,40(sp)
   129c4:	d266                	sw	s9,36(sp)
   129c6:	d06a                	sw	s10,32(sp)
   129c8:	ce6e                	sw	s11,28(sp)
   129ca:	c22a                	sw	a0,4(sp)
   129cc:	479d                	li	a5,7
   129ce:	12a7e863          	bltu	a5,a0,12afe <tcp_send+0x150>
   129d2:	00851713          	sll	a4,a0,0x8
   129d6:	00a70433          	add	s0,a4,a0
   129da:	00023b37          	lui	s6,0x23
   129de:	e88b0793          	add	a5,s6,-376 # 22e88 <inet_tcbs>
   129e2:	041e                	sll	s0,s0,0x7
   129e4:	00878b33          	add	s6,a5,s0
   129e8:	c63a                	sw	a4,12(sp)
   129ea:	000b4703          	lbu	a4,0(s6)
   129ee:	c43e                	sw	a5,8(sp)
   129f0:	555d                	li	a0,-9
   129f2:	0fd77693          	and	a3,a4,253
   129f6:	c6e9                	beqz	a3,12ac0 <tcp_send+0x112>
   129f8:	001b4683          	lbu	a3,1(s6)
   129fc:	8a85                	and	a3,a3,1
   129fe:	c2e9                	beqz	a3,12ac0 <tcp_send+0x112>
   12a00:	08040413          	add	s0,s0,128
   12a04:	6911                	lui	s2,0x4
   12a06:	4a85                	li	s5,1
   12a08:	89ae                	mv	s3,a1
   12a0a:	84b2                	mv	s1,a2
   12a0c:	943e                	add	s0,s0,a5
   12a0e:	4d01                	li	s10,0
   12a10:	fff90b93          	add	s7,s2,-1 # 3fff <errno+0x3fff>
   12a14:	6c49                	lui	s8,0x12
   12a16:	09570463          	beq	a4,s5,12a9e <tcp_send+0xf0>
   12a1a:	001b4683          	lbu	a3,1(s6)
   12a1e:	8a91                	and	a3,a3,4
   12a20:	eee9                	bnez	a3,12afa <tcp_send+0x14c>
   12a22:	4795                	li	a5,5
   12a24:	00f70563          	beq	a4,a5,12a2e <tcp_send+0x80>
   12a28:	46a1                	li	a3,8
   12a2a:	0cd71863          	bne	a4,a3,12afa <tcp_send+0x14c>
   12a2e:	044b2503          	lw	a0,68(s6)
   12a32:	41a48db3          	sub	s11,s1,s10
   12a36:	40a90733          	sub	a4,s2,a0
   12a3a:	01b77363          	bgeu	a4,s11,12a40 <tcp_send+0x92>
   12a3e:	8dba                	mv	s11,a4
   12a40:	040b2703          	lw	a4,64(s6)
   12a44:	01a98cb3          	add	s9,s3,s10
   12a48:	953a                	add	a0,a0,a4
   12a4a:	01757533          	and	a0,a0,s7
   12a4e:	40a90a33          	sub	s4,s2,a0
   12a52:	014df363          	bgeu	s11,s4,12a58 <tcp_send+0xaa>
   12a56:	8a6e                	mv	s4,s11
   12a58:	8652                	mv	a2,s4
   12a5a:	85e6                	mv	a1,s9
   12a5c:	9522                	add	a0,a0,s0
   12a5e:	7d0010ef          	jal	1422e <memcpy>
   12a62:	414d8633          	sub	a2,s11,s4
   12a66:	014c85b3          	add	a1,s9,s4
   12a6a:	8522                	mv	a0,s0
   12a6c:	7c2010ef          	jal	1422e <memcpy>
   12a70:	044b2703          	lw	a4,68(s6)
   12a74:	9d6e                	add	s10,s10,s11
   12a76:	976e                	add	a4,a4,s11
   12a78:	04eb2223          	sw	a4,68(s6)
   12a7c:	060d9163          	bnez	s11,12ade <tcp_send+0x130>
   12a80:	07a48b63          	beq	s1,s10,12af6 <tcp_send+0x148>
   12a84:	567d                	li	a2,-1
   12a86:	56fd                	li	a3,-1
   12a88:	85da                	mv	a1,s6
   12a8a:	6eec0513          	add	a0,s8,1774 # 126ee <send_ready>
   12a8e:	83dfe0ef          	jal	112ca <inet_block>
   12a92:	02054463          	bltz	a0,12aba <tcp_send+0x10c>
   12a96:	000b4703          	lbu	a4,0(s6)
   12a9a:	f95710e3          	bne	a4,s5,12a1a <tcp_send+0x6c>
   12a9e:	47b2                	lw	a5,12(sp)
   12aa0:	4712                	lw	a4,4(sp)
   12aa2:	00e78a33          	add	s4,a5,a4
   12aa6:	47a2                	lw	a5,8(sp)
   12aa8:	0a1e                	sll	s4,s4,0x7
   12aaa:	01478b33          	add	s6,a5,s4
   12aae:	004b1503          	lh	a0,4(s6)
   12ab2:	00054463          	bltz	a0,12aba <tcp_send+0x10c>
   12ab6:	f9500513          	li	a0,-107
   12aba:	000d0363          	beqz	s10,12ac0 <tcp_send+0x112>
   12abe:	856a                	mv	a0,s10
   12ac0:	40b6                	lw	ra,76(sp)
   12ac2:	4426                	lw	s0,72(sp)
   12ac4:	4496                	lw	s1,68(sp)
   12ac6:	4906                	lw	s2,64(sp)
   12ac8:	59f2                	lw	s3,60(sp)
   12aca:	5a62                	lw	s4,56(sp)
   12acc:	5ad2                	lw	s5,52(sp)
   12ace:	5b42                	lw	s6,48(sp)
   12ad0:	5bb2                	lw	s7,44(sp)
   12ad2:	5c22                	lw	s8,40(sp)
   12ad4:	5c92                	lw	s9,36(sp)
   12ad6:	5d02                	lw	s10,32(sp)
   12ad8:	4df2                	lw	s11,28(sp)
   12ada:	6161                	add	sp,sp,80
   12adc:	8082                	ret
   12ade:	c7afe0ef          	jal	10f58 <inet_frame_get>
   12ae2:	8daa                	mv	s11,a0
   12ae4:	85aa                	mv	a1,a0
   12ae6:	855a                	mv	a0,s6
   12ae8:	0d0010ef          	jal	13bb8 <inet_tcp_output>
   12aec:	856e                	mv	a0,s11
   12aee:	cc8fe0ef          	jal	10fb6 <inet_frame_put>
   12af2:	f9a499e3          	bne	s1,s10,12a84 <tcp_send+0xd6>
   12af6:	8526                	mv	a0,s1
   12af8:	b7e1                	j	12ac0 <tcp_send+0x112>
   12afa:	5501                	li	a0,-32
   12afc:	bf7d                	j	12aba <tcp_send+0x10c>
   12afe:	555d                	li	a0,-9
   12b00:	b7c1                	j	12ac0 <tcp_send+0x112>

00012b02 <tcp_recv>:
   12b02:	479d                	li	a5,7
   12b04:	0aa7ea63          	bltu	a5,a0,12bb8 <tcp_recv+0xb6>
   12b08:	7179                	add	sp,sp,-48
   12b0a:	c85a                	sw	s6,16(sp)
   12b0c:	00851b13          	sll	s6,a0,0x8
   12b10:	d04a                	sw	s2,32(sp)
   12b12:	cc52                	sw	s4,24(sp)
   12b14:	00ab0933          	add	s2,s6,a0
   12b18:	00023a37          	lui	s4,0x23
   12b1c:	091e                	sll	s2,s2,0x7
   12b1e:	e88a0a13          	add	s4,s4,-376 # 22e88 <inet_tcbs>
   12b22:	ca56                	sw	s5,20(sp)
   12b24:	012a0ab3          	add	s5,s4,s2
   12b28:	000ac783          	lbu	a5,0(s5)
   12b2c:	ce4e                	sw	s3,28(sp)
   12b2e:	d606                	sw	ra,44(sp)
   12b30:	d422                	sw	s0,40(sp)
   12b32:	d226                	sw	s1,36(sp)
   12b34:	c65e                	sw	s7,12(sp)
   12b36:	0fd7f793          	and	a5,a5,253
   12b3a:	89aa                	mv	s3,a0
   12b3c:	555d                	li	a0,-9
   12b3e:	c3b5                	beqz	a5,12ba2 <tcp_recv+0xa0>
   12b40:	001ac783          	lbu	a5,1(s5)
   12b44:	842e                	mv	s0,a1
   12b46:	84b2                	mv	s1,a2
   12b48:	8b85                	and	a5,a5,1
   12b4a:	cfa1                	beqz	a5,12ba2 <tcp_recv+0xa0>
   12b4c:	c81027f3          	rdtimeh	a5
   12b50:	c0102873          	rdtime	a6
   12b54:	c8102773          	rdtimeh	a4
   12b58:	fee79ae3          	bne	a5,a4,12b4c <tcp_recv+0x4a>
   12b5c:	6709                	lui	a4,0x2
   12b5e:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   12b62:	02e68633          	mul	a2,a3,a4
   12b66:	6549                	lui	a0,0x12
   12b68:	85d6                	mv	a1,s5
   12b6a:	71050513          	add	a0,a0,1808 # 12710 <recv_ready>
   12b6e:	02e6b733          	mulhu	a4,a3,a4
   12b72:	9642                	add	a2,a2,a6
   12b74:	010636b3          	sltu	a3,a2,a6
   12b78:	97ba                	add	a5,a5,a4
   12b7a:	96be                	add	a3,a3,a5
   12b7c:	f4efe0ef          	jal	112ca <inet_block>
   12b80:	02054163          	bltz	a0,12ba2 <tcp_recv+0xa0>
   12b84:	013b07b3          	add	a5,s6,s3
   12b88:	079e                	sll	a5,a5,0x7
   12b8a:	97d2                	add	a5,a5,s4
   12b8c:	47e8                	lw	a0,76(a5)
   12b8e:	e51d                	bnez	a0,12bbc <tcp_recv+0xba>
   12b90:	0017c703          	lbu	a4,1(a5)
   12b94:	4501                	li	a0,0
   12b96:	8b41                	and	a4,a4,16
   12b98:	e709                	bnez	a4,12ba2 <tcp_recv+0xa0>
   12b9a:	00479503          	lh	a0,4(a5)
   12b9e:	0c055963          	bgez	a0,12c70 <tcp_recv+0x16e>
   12ba2:	50b2                	lw	ra,44(sp)
   12ba4:	5422                	lw	s0,40(sp)
   12ba6:	5492                	lw	s1,36(sp)
   12ba8:	5902                	lw	s2,32(sp)
   12baa:	49f2                	lw	s3,28(sp)
   12bac:	4a62                	lw	s4,24(sp)
   12bae:	4ad2                	lw	s5,20(sp)
   12bb0:	4b42                	lw	s6,16(sp)
   12bb2:	4bb2                	lw	s7,12(sp)
   12bb4:	6145                	add	sp,sp,48
   12bb6:	8082                	ret
   12bb8:	555d                	li	a0,-9
   12bba:	8082                	ret
   12bbc:	8baa                	mv	s7,a0
   12bbe:	00a4f363          	bgeu	s1,a0,12bc4 <tcp_recv+0xc2>
   12bc2:	8ba6                	mv	s7,s1
   12bc4:	013b07b3          	add	a5,s6,s3
   12bc8:	079e                	sll	a5,a5,0x7
   12bca:	97d2                	add	a5,a5,s4
   12bcc:	47ac                	lw	a1,72(a5)
   12bce:	6491                	lui	s1,0x4
   12bd0:	fff48713          	add	a4,s1,-1 # 3fff <errno+0x3fff>
   12bd4:	08048793          	add	a5,s1,128
   12bd8:	8df9                	and	a1,a1,a4
   12bda:	993e                	add	s2,s2,a5
   12bdc:	8c8d                	sub	s1,s1,a1
   12bde:	9952                	add	s2,s2,s4
   12be0:	009bf363          	bgeu	s7,s1,12be6 <tcp_recv+0xe4>
   12be4:	84de                	mv	s1,s7
   12be6:	8626                	mv	a2,s1
   12be8:	95ca                	add	a1,a1,s2
   12bea:	8522                	mv	a0,s0
   12bec:	642010ef          	jal	1422e <memcpy>
   12bf0:	9b4e                	add	s6,s6,s3
   12bf2:	409b8633          	sub	a2,s7,s1
   12bf6:	85ca                	mv	a1,s2
   12bf8:	00940533          	add	a0,s0,s1
   12bfc:	0b1e                	sll	s6,s6,0x7
   12bfe:	630010ef          	jal	1422e <memcpy>
   12c02:	9a5a                	add	s4,s4,s6
   12c04:	048a2783          	lw	a5,72(s4)
   12c08:	04ca2703          	lw	a4,76(s4)
   12c0c:	8556                	mv	a0,s5
   12c0e:	97de                	add	a5,a5,s7
   12c10:	07ca                	sll	a5,a5,0x12
   12c12:	83c9                	srl	a5,a5,0x12
   12c14:	41770733          	sub	a4,a4,s7
   12c18:	04fa2423          	sw	a5,72(s4)
   12c1c:	04ea2623          	sw	a4,76(s4)
   12c20:	038a2403          	lw	s0,56(s4)
   12c24:	4f5000ef          	jal	13918 <inet_tcp_rcv_wnd>
   12c28:	001a4703          	lbu	a4,1(s4)
   12c2c:	01077793          	and	a5,a4,16
   12c30:	ef95                	bnez	a5,12c6c <tcp_recv+0x16a>
   12c32:	000a4683          	lbu	a3,0(s4)
   12c36:	4791                	li	a5,4
   12c38:	02d7fa63          	bgeu	a5,a3,12c6c <tcp_recv+0x16a>
   12c3c:	03ca2783          	lw	a5,60(s4)
   12c40:	6685                	lui	a3,0x1
   12c42:	b6768693          	add	a3,a3,-1177 # b67 <errno+0xb67>
   12c46:	40f407b3          	sub	a5,s0,a5
   12c4a:	97aa                	add	a5,a5,a0
   12c4c:	02f6f063          	bgeu	a3,a5,12c6c <tcp_recv+0x16a>
   12c50:	00276713          	or	a4,a4,2
   12c54:	00ea00a3          	sb	a4,1(s4)
   12c58:	b00fe0ef          	jal	10f58 <inet_frame_get>
   12c5c:	842a                	mv	s0,a0
   12c5e:	85aa                	mv	a1,a0
   12c60:	8556                	mv	a0,s5
   12c62:	757000ef          	jal	13bb8 <inet_tcp_output>
   12c66:	8522                	mv	a0,s0
   12c68:	b4efe0ef          	jal	10fb6 <inet_frame_put>
   12c6c:	855e                	mv	a0,s7
   12c6e:	bf15                	j	12ba2 <tcp_recv+0xa0>
   12c70:	f9500513          	li	a0,-107
   12c74:	b73d                	j	12ba2 <tcp_recv+0xa0>

00012c76 <tcp_shutdown>:
   12c76:	471d                	li	a4,7
   12c78:	08a76b63          	bltu	a4,a0,12d0e <tcp_shutdown+0x98>
   12c7c:	00851593          	sll	a1,a0,0x8
   12c80:	00a58733          	add	a4,a1,a0
   12c84:	000236b7          	lui	a3,0x23
   12c88:	e8868693          	add	a3,a3,-376 # 22e88 <inet_tcbs>
   12c8c:	071e                	sll	a4,a4,0x7
   12c8e:	9736                	add	a4,a4,a3
   12c90:	00074803          	lbu	a6,0(a4)
   12c94:	87aa                	mv	a5,a0
   12c96:	555d                	li	a0,-9
   12c98:	0fd87613          	and	a2,a6,253
   12c9c:	ce25                	beqz	a2,12d14 <tcp_shutdown+0x9e>
   12c9e:	00174603          	lbu	a2,1(a4)
   12ca2:	00167893          	and	a7,a2,1
   12ca6:	06088763          	beqz	a7,12d14 <tcp_shutdown+0x9e>
   12caa:	00467513          	and	a0,a2,4
   12cae:	e135                	bnez	a0,12d12 <tcp_shutdown+0x9c>
   12cb0:	4515                	li	a0,5
   12cb2:	00a80c63          	beq	a6,a0,12cca <tcp_shutdown+0x54>
   12cb6:	4521                	li	a0,8
   12cb8:	04a80963          	beq	a6,a0,12d0a <tcp_shutdown+0x94>
   12cbc:	00471503          	lh	a0,4(a4)
   12cc0:	04054a63          	bltz	a0,12d14 <tcp_shutdown+0x9e>
   12cc4:	f9500513          	li	a0,-107
   12cc8:	8082                	ret
   12cca:	4719                	li	a4,6
   12ccc:	95be                	add	a1,a1,a5
   12cce:	00466613          	or	a2,a2,4
   12cd2:	1141                	add	sp,sp,-16
   12cd4:	0622                	sll	a2,a2,0x8
   12cd6:	059e                	sll	a1,a1,0x7
   12cd8:	c606                	sw	ra,12(sp)
   12cda:	c422                	sw	s0,8(sp)
   12cdc:	c226                	sw	s1,4(sp)
   12cde:	00b68433          	add	s0,a3,a1
   12ce2:	00c767b3          	or	a5,a4,a2
   12ce6:	00f41023          	sh	a5,0(s0)
   12cea:	a6efe0ef          	jal	10f58 <inet_frame_get>
   12cee:	84aa                	mv	s1,a0
   12cf0:	85aa                	mv	a1,a0
   12cf2:	8522                	mv	a0,s0
   12cf4:	6c5000ef          	jal	13bb8 <inet_tcp_output>
   12cf8:	8526                	mv	a0,s1
   12cfa:	abcfe0ef          	jal	10fb6 <inet_frame_put>
   12cfe:	40b2                	lw	ra,12(sp)
   12d00:	4422                	lw	s0,8(sp)
   12d02:	4492                	lw	s1,4(sp)
   12d04:	4501                	li	a0,0
   12d06:	0141                	add	sp,sp,16
   12d08:	8082                	ret
   12d0a:	4729                	li	a4,10
   12d0c:	b7c1                	j	12ccc <tcp_shutdown+0x56>
   12d0e:	555d                	li	a0,-9
   12d10:	8082                	ret
   12d12:	4501                	li	a0,0
   12d14:	8082                	ret

00012d16 <tcp_close>:
   12d16:	479d                	li	a5,7
   12d18:	12a7eb63          	bltu	a5,a0,12e4e <tcp_close+0x138>
   12d1c:	7179                	add	sp,sp,-48
   12d1e:	ce4e                	sw	s3,28(sp)
   12d20:	00851993          	sll	s3,a0,0x8
   12d24:	d226                	sw	s1,36(sp)
   12d26:	cc52                	sw	s4,24(sp)
   12d28:	000234b7          	lui	s1,0x23
   12d2c:	00a98a33          	add	s4,s3,a0
   12d30:	d04a                	sw	s2,32(sp)
   12d32:	0a1e                	sll	s4,s4,0x7
   12d34:	e8848913          	add	s2,s1,-376 # 22e88 <inet_tcbs>
   12d38:	d422                	sw	s0,40(sp)
   12d3a:	d606                	sw	ra,44(sp)
   12d3c:	ca56                	sw	s5,20(sp)
   12d3e:	c85a                	sw	s6,16(sp)
   12d40:	c65e                	sw	s7,12(sp)
   12d42:	c462                	sw	s8,8(sp)
   12d44:	01490633          	add	a2,s2,s4
   12d48:	00064703          	lbu	a4,0(a2)
   12d4c:	4789                	li	a5,2
   12d4e:	842a                	mv	s0,a0
   12d50:	10f70263          	beq	a4,a5,12e54 <tcp_close+0x13e>
   12d54:	0fd77693          	and	a3,a4,253
   12d58:	57dd                	li	a5,-9
   12d5a:	cee9                	beqz	a3,12e34 <tcp_close+0x11e>
   12d5c:	00164683          	lbu	a3,1(a2)
   12d60:	0016f593          	and	a1,a3,1
   12d64:	c9e1                	beqz	a1,12e34 <tcp_close+0x11e>
   12d66:	4785                	li	a5,1
   12d68:	0af70763          	beq	a4,a5,12e16 <tcp_close+0x100>
   12d6c:	1775                	add	a4,a4,-3
   12d6e:	0ff77713          	zext.b	a4,a4
   12d72:	0ae7f263          	bgeu	a5,a4,12e16 <tcp_close+0x100>
   12d76:	3701                	jal	12c76 <tcp_shutdown>
   12d78:	c81027f3          	rdtimeh	a5
   12d7c:	c01026f3          	rdtime	a3
   12d80:	c8102773          	rdtimeh	a4
   12d84:	fee79ae3          	bne	a5,a4,12d78 <tcp_close+0x62>
   12d88:	11e1a637          	lui	a2,0x11e1a
   12d8c:	30060613          	add	a2,a2,768 # 11e1a300 <_end+0x11db6e78>
   12d90:	9636                	add	a2,a2,a3
   12d92:	00d636b3          	sltu	a3,a2,a3
   12d96:	6549                	lui	a0,0x12
   12d98:	96be                	add	a3,a3,a5
   12d9a:	014905b3          	add	a1,s2,s4
   12d9e:	73250513          	add	a0,a0,1842 # 12732 <closed>
   12da2:	d28fe0ef          	jal	112ca <inet_block>
   12da6:	87aa                	mv	a5,a0
   12da8:	0e054c63          	bltz	a0,12ea0 <tcp_close+0x18a>
   12dac:	008987b3          	add	a5,s3,s0
   12db0:	079e                	sll	a5,a5,0x7
   12db2:	97ca                	add	a5,a5,s2
   12db4:	0017c683          	lbu	a3,1(a5)
   12db8:	0007c603          	lbu	a2,0(a5)
   12dbc:	00479783          	lh	a5,4(a5)
   12dc0:	00898733          	add	a4,s3,s0
   12dc4:	071e                	sll	a4,a4,0x7
   12dc6:	9af9                	and	a3,a3,-2
   12dc8:	974a                	add	a4,a4,s2
   12dca:	00d700a3          	sb	a3,1(a4)
   12dce:	4685                	li	a3,1
   12dd0:	04d60863          	beq	a2,a3,12e20 <tcp_close+0x10a>
   12dd4:	ffd60713          	add	a4,a2,-3
   12dd8:	0ff77713          	zext.b	a4,a4
   12ddc:	04e6f263          	bgeu	a3,a4,12e20 <tcp_close+0x10a>
   12de0:	471d                	li	a4,7
   12de2:	04e61463          	bne	a2,a4,12e2a <tcp_close+0x114>
   12de6:	c8102773          	rdtimeh	a4
   12dea:	c0102673          	rdtime	a2
   12dee:	c81026f3          	rdtimeh	a3
   12df2:	fed71ae3          	bne	a4,a3,12de6 <tcp_close+0xd0>
   12df6:	08f0d6b7          	lui	a3,0x8f0d
   12dfa:	18068693          	add	a3,a3,384 # 8f0d180 <_end+0x8ea9cf8>
   12dfe:	96b2                	add	a3,a3,a2
   12e00:	99a2                	add	s3,s3,s0
   12e02:	099e                	sll	s3,s3,0x7
   12e04:	00c6b633          	sltu	a2,a3,a2
   12e08:	994e                	add	s2,s2,s3
   12e0a:	963a                	add	a2,a2,a4
   12e0c:	04d92c23          	sw	a3,88(s2)
   12e10:	04c92e23          	sw	a2,92(s2)
   12e14:	a819                	j	12e2a <tcp_close+0x114>
   12e16:	00461783          	lh	a5,4(a2)
   12e1a:	9af9                	and	a3,a3,-2
   12e1c:	00d600a3          	sb	a3,1(a2)
   12e20:	944e                	add	s0,s0,s3
   12e22:	041e                	sll	s0,s0,0x7
   12e24:	944a                	add	s0,s0,s2
   12e26:	00040023          	sb	zero,0(s0)
   12e2a:	0017a713          	slti	a4,a5,1
   12e2e:	40e00733          	neg	a4,a4
   12e32:	8ff9                	and	a5,a5,a4
   12e34:	50b2                	lw	ra,44(sp)
   12e36:	5422                	lw	s0,40(sp)
   12e38:	5492                	lw	s1,36(sp)
   12e3a:	5902                	lw	s2,32(sp)
   12e3c:	49f2                	lw	s3,28(sp)
   12e3e:	4a62                	lw	s4,24(sp)
   12e40:	4ad2                	lw	s5,20(sp)
   12e42:	4b42                	lw	s6,16(sp)
   12e44:	4bb2                	lw	s7,12(sp)
   12e46:	4c22                	lw	s8,8(sp)
   12e48:	853e                	mv	a0,a5
   12e4a:	6145                	add	sp,sp,48
   12e4c:	8082                	ret
   12e4e:	57dd                	li	a5,-9
   12e50:	853e                	mv	a0,a5
   12e52:	8082                	ret
   12e54:	ff0107b7          	lui	a5,0xff010
   12e58:	407a5a13          	sra	s4,s4,0x7
   12e5c:	f0178793          	add	a5,a5,-255 # ff00ff01 <_end+0xfefaca79>
   12e60:	02fa0a33          	mul	s4,s4,a5
   12e64:	00040ab7          	lui	s5,0x40
   12e68:	400a8a93          	add	s5,s5,1024 # 40400 <inet_tcbs+0x1d578>
   12e6c:	6b21                	lui	s6,0x8
   12e6e:	e8848493          	add	s1,s1,-376
   12e72:	9aca                	add	s5,s5,s2
   12e74:	4b89                	li	s7,2
   12e76:	080b0b13          	add	s6,s6,128 # 8080 <errno+0x8080>
   12e7a:	0004c783          	lbu	a5,0(s1)
   12e7e:	00fbf663          	bgeu	s7,a5,12e8a <tcp_close+0x174>
   12e82:	00348783          	lb	a5,3(s1)
   12e86:	03478663          	beq	a5,s4,12eb2 <tcp_close+0x19c>
   12e8a:	94da                	add	s1,s1,s6
   12e8c:	ff5497e3          	bne	s1,s5,12e7a <tcp_close+0x164>
   12e90:	008987b3          	add	a5,s3,s0
   12e94:	079e                	sll	a5,a5,0x7
   12e96:	97ca                	add	a5,a5,s2
   12e98:	00078023          	sb	zero,0(a5)
   12e9c:	4781                	li	a5,0
   12e9e:	bf59                	j	12e34 <tcp_close+0x11e>
   12ea0:	00898733          	add	a4,s3,s0
   12ea4:	071e                	sll	a4,a4,0x7
   12ea6:	974a                	add	a4,a4,s2
   12ea8:	00174683          	lbu	a3,1(a4)
   12eac:	00074603          	lbu	a2,0(a4)
   12eb0:	bf01                	j	12dc0 <tcp_close+0xaa>
   12eb2:	8a6fe0ef          	jal	10f58 <inet_frame_get>
   12eb6:	8c2a                	mv	s8,a0
   12eb8:	85e2                	mv	a1,s8
   12eba:	8526                	mv	a0,s1
   12ebc:	6a9000ef          	jal	13d64 <inet_tcp_abort>
   12ec0:	8562                	mv	a0,s8
   12ec2:	8f4fe0ef          	jal	10fb6 <inet_frame_put>
   12ec6:	b7d1                	j	12e8a <tcp_close+0x174>

00012ec8 <tcp_peer>:
   12ec8:	471d                	li	a4,7
   12eca:	87aa                	mv	a5,a0
   12ecc:	04a76663          	bltu	a4,a0,12f18 <tcp_peer+0x50>
   12ed0:	00851813          	sll	a6,a0,0x8
   12ed4:	00a80733          	add	a4,a6,a0
   12ed8:	000236b7          	lui	a3,0x23
   12edc:	e8868693          	add	a3,a3,-376 # 22e88 <inet_tcbs>
   12ee0:	071e                	sll	a4,a4,0x7
   12ee2:	9736                	add	a4,a4,a3
   12ee4:	00074883          	lbu	a7,0(a4)
   12ee8:	555d                	li	a0,-9
   12eea:	0fd8f893          	and	a7,a7,253
   12eee:	02088663          	beqz	a7,12f1a <tcp_peer+0x52>
   12ef2:	00174883          	lbu	a7,1(a4)
   12ef6:	0018f893          	and	a7,a7,1
   12efa:	02088063          	beqz	a7,12f1a <tcp_peer+0x52>
   12efe:	c199                	beqz	a1,12f04 <tcp_peer+0x3c>
   12f00:	4758                	lw	a4,12(a4)
   12f02:	c198                	sw	a4,0(a1)
   12f04:	ca01                	beqz	a2,12f14 <tcp_peer+0x4c>
   12f06:	983e                	add	a6,a6,a5
   12f08:	081e                	sll	a6,a6,0x7
   12f0a:	96c2                	add	a3,a3,a6
   12f0c:	0086d783          	lhu	a5,8(a3)
   12f10:	00f61023          	sh	a5,0(a2)
   12f14:	4501                	li	a0,0
   12f16:	8082                	ret
   12f18:	555d                	li	a0,-9
   12f1a:	8082                	ret

00012f1c <reply_reset>:
   12f1c:	45dc                	lw	a5,12(a1)
   12f1e:	0047f713          	and	a4,a5,4
   12f22:	e33d                	bnez	a4,12f88 <reply_reset+0x6c>
   12f24:	0005d683          	lhu	a3,0(a1)
   12f28:	0025d703          	lhu	a4,2(a1)
   12f2c:	7179                	add	sp,sp,-48
   12f2e:	06c2                	sll	a3,a3,0x10
   12f30:	8f55                	or	a4,a4,a3
   12f32:	c03a                	sw	a4,0(sp)
   12f34:	4711                	li	a4,4
   12f36:	c63a                	sw	a4,12(sp)
   12f38:	d606                	sw	ra,44(sp)
   12f3a:	c202                	sw	zero,4(sp)
   12f3c:	c402                	sw	zero,8(sp)
   12f3e:	c802                	sw	zero,16(sp)
   12f40:	ca02                	sw	zero,20(sp)
   12f42:	cc02                	sw	zero,24(sp)
   12f44:	ce02                	sw	zero,28(sp)
   12f46:	0107f713          	and	a4,a5,16
   12f4a:	e70d                	bnez	a4,12f74 <reply_reset+0x58>
   12f4c:	49d0                	lw	a2,20(a1)
   12f4e:	41d8                	lw	a4,4(a1)
   12f50:	0017f693          	and	a3,a5,1
   12f54:	8385                	srl	a5,a5,0x1
   12f56:	9732                	add	a4,a4,a2
   12f58:	454c                	lw	a1,12(a0)
   12f5a:	9736                	add	a4,a4,a3
   12f5c:	4108                	lw	a0,0(a0)
   12f5e:	8b85                	and	a5,a5,1
   12f60:	97ba                	add	a5,a5,a4
   12f62:	c43e                	sw	a5,8(sp)
   12f64:	860a                	mv	a2,sp
   12f66:	47d1                	li	a5,20
   12f68:	c63e                	sw	a5,12(sp)
   12f6a:	1c1000ef          	jal	1392a <inet_tcp_emit>
   12f6e:	50b2                	lw	ra,44(sp)
   12f70:	6145                	add	sp,sp,48
   12f72:	8082                	ret
   12f74:	459c                	lw	a5,8(a1)
   12f76:	454c                	lw	a1,12(a0)
   12f78:	4108                	lw	a0,0(a0)
   12f7a:	860a                	mv	a2,sp
   12f7c:	c23e                	sw	a5,4(sp)
   12f7e:	1ad000ef          	jal	1392a <inet_tcp_emit>
   12f82:	50b2                	lw	ra,44(sp)
   12f84:	6145                	add	sp,sp,48
   12f86:	8082                	ret
   12f88:	8082                	ret

00012f8a <inet_tcp_input>:
   12f8a:	711d                	add	sp,sp,-96
   12f8c:	c2d6                	sw	s5,68(sp)
   12f8e:	6af1                	lui	s5,0x1c
   12f90:	85ca8a93          	add	s5,s5,-1956 # 1b85c <inet_counters>
   12f94:	05caa783          	lw	a5,92(s5)
   12f98:	c8ca                	sw	s2,80(sp)
   12f9a:	00852903          	lw	s2,8(a0)
   12f9e:	cca2                	sw	s0,88(sp)
   12fa0:	0785                	add	a5,a5,1
   12fa2:	ce86                	sw	ra,92(sp)
   12fa4:	caa6                	sw	s1,84(sp)
   12fa6:	c6ce                	sw	s3,76(sp)
   12fa8:	c4d2                	sw	s4,72(sp)
   12faa:	c0da                	sw	s6,64(sp)
   12fac:	de5e                	sw	s7,60(sp)
   12fae:	dc62                	sw	s8,56(sp)
   12fb0:	da66                	sw	s9,52(sp)
   12fb2:	d86a                	sw	s10,48(sp)
   12fb4:	d66e                	sw	s11,44(sp)
   12fb6:	04faae23          	sw	a5,92(s5)
   12fba:	47cd                	li	a5,19
   12fbc:	4140                	lw	s0,4(a0)
   12fbe:	5127f563          	bgeu	a5,s2,134c8 <inet_tcp_input+0x53e>
   12fc2:	00c44483          	lbu	s1,12(s0)
   12fc6:	8091                	srl	s1,s1,0x4
   12fc8:	048a                	sll	s1,s1,0x2
   12fca:	4e97ff63          	bgeu	a5,s1,134c8 <inet_tcp_input+0x53e>
   12fce:	4e996d63          	bltu	s2,s1,134c8 <inet_tcp_input+0x53e>
   12fd2:	490c                	lw	a1,16(a0)
   12fd4:	8a2a                	mv	s4,a0
   12fd6:	4548                	lw	a0,12(a0)
   12fd8:	86ca                	mv	a3,s2
   12fda:	4619                	li	a2,6
   12fdc:	c14fe0ef          	jal	113f0 <inet_pseudo_sum>
   12fe0:	862a                	mv	a2,a0
   12fe2:	85ca                	mv	a1,s2
   12fe4:	8522                	mv	a0,s0
   12fe6:	ba2fe0ef          	jal	11388 <inet_sum>
   12fea:	be4fe0ef          	jal	113ce <inet_fold>
   12fee:	56051163          	bnez	a0,13550 <inet_tcp_input+0x5c6>
   12ff2:	00144703          	lbu	a4,1(s0)
   12ff6:	00344783          	lbu	a5,3(s0)
   12ffa:	00f44683          	lbu	a3,15(s0)
   12ffe:	00e44883          	lbu	a7,14(s0)
   13002:	00044f03          	lbu	t5,0(s0)
   13006:	00244e83          	lbu	t4,2(s0)
   1300a:	00444903          	lbu	s2,4(s0)
   1300e:	00544e03          	lbu	t3,5(s0)
   13012:	00844983          	lbu	s3,8(s0)
   13016:	00944303          	lbu	t1,9(s0)
   1301a:	0722                	sll	a4,a4,0x8
   1301c:	07a2                	sll	a5,a5,0x8
   1301e:	06a2                	sll	a3,a3,0x8
   13020:	0116e6b3          	or	a3,a3,a7
   13024:	00744803          	lbu	a6,7(s0)
   13028:	00644503          	lbu	a0,6(s0)
   1302c:	01e76733          	or	a4,a4,t5
   13030:	01d7e7b3          	or	a5,a5,t4
   13034:	00b44583          	lbu	a1,11(s0)
   13038:	00a44603          	lbu	a2,10(s0)
   1303c:	00871b13          	sll	s6,a4,0x8
   13040:	00879893          	sll	a7,a5,0x8
   13044:	8321                	srl	a4,a4,0x8
   13046:	83a1                	srl	a5,a5,0x8
   13048:	00869b93          	sll	s7,a3,0x8
   1304c:	008a2d03          	lw	s10,8(s4)
   13050:	82a1                	srl	a3,a3,0x8
   13052:	0962                	sll	s2,s2,0x18
   13054:	0e42                	sll	t3,t3,0x10
   13056:	09e2                	sll	s3,s3,0x18
   13058:	0342                	sll	t1,t1,0x10
   1305a:	00d44c83          	lbu	s9,13(s0)
   1305e:	00eb6b33          	or	s6,s6,a4
   13062:	00f8e8b3          	or	a7,a7,a5
   13066:	00dbebb3          	or	s7,s7,a3
   1306a:	01c96933          	or	s2,s2,t3
   1306e:	0069e9b3          	or	s3,s3,t1
   13072:	01096933          	or	s2,s2,a6
   13076:	00851713          	sll	a4,a0,0x8
   1307a:	00861793          	sll	a5,a2,0x8
   1307e:	00b9e9b3          	or	s3,s3,a1
   13082:	0b42                	sll	s6,s6,0x10
   13084:	08c2                	sll	a7,a7,0x10
   13086:	0bc2                	sll	s7,s7,0x10
   13088:	00f9e9b3          	or	s3,s3,a5
   1308c:	010b5b13          	srl	s6,s6,0x10
   13090:	0108d893          	srl	a7,a7,0x10
   13094:	00e96933          	or	s2,s2,a4
   13098:	010bdb93          	srl	s7,s7,0x10
   1309c:	409d0d33          	sub	s10,s10,s1
   130a0:	00940db3          	add	s11,s0,s1
   130a4:	cc02                	sw	zero,24(sp)
   130a6:	01611023          	sh	s6,0(sp)
   130aa:	01111123          	sh	a7,2(sp)
   130ae:	c24a                	sw	s2,4(sp)
   130b0:	c44e                	sw	s3,8(sp)
   130b2:	c666                	sw	s9,12(sp)
   130b4:	c85e                	sw	s7,16(sp)
   130b6:	ca6a                	sw	s10,20(sp)
   130b8:	ce6e                	sw	s11,28(sp)
   130ba:	47d1                	li	a5,20
   130bc:	8c66                	mv	s8,s9
   130be:	4805                	li	a6,1
   130c0:	4689                	li	a3,2
   130c2:	4511                	li	a0,4
   130c4:	02f48763          	beq	s1,a5,130f2 <inet_tcp_input+0x168>
   130c8:	00f405b3          	add	a1,s0,a5
   130cc:	0005c603          	lbu	a2,0(a1)
   130d0:	c20d                	beqz	a2,130f2 <inet_tcp_input+0x168>
   130d2:	00178713          	add	a4,a5,1
   130d6:	19060763          	beq	a2,a6,13264 <inet_tcp_input+0x2da>
   130da:	00977c63          	bgeu	a4,s1,130f2 <inet_tcp_input+0x168>
   130de:	9722                	add	a4,a4,s0
   130e0:	00074703          	lbu	a4,0(a4)
   130e4:	00e87763          	bgeu	a6,a4,130f2 <inet_tcp_input+0x168>
   130e8:	14d60963          	beq	a2,a3,1323a <inet_tcp_input+0x2b0>
   130ec:	97ba                	add	a5,a5,a4
   130ee:	fc97ede3          	bltu	a5,s1,130c8 <inet_tcp_input+0x13e>
   130f2:	06caa703          	lw	a4,108(s5)
   130f6:	004cf493          	and	s1,s9,4
   130fa:	000237b7          	lui	a5,0x23
   130fe:	009036b3          	snez	a3,s1
   13102:	00040637          	lui	a2,0x40
   13106:	9736                	add	a4,a4,a3
   13108:	e8878513          	add	a0,a5,-376 # 22e88 <inet_tcbs>
   1310c:	40060613          	add	a2,a2,1024 # 40400 <inet_tcbs+0x1d578>
   13110:	66a1                	lui	a3,0x8
   13112:	00ca2803          	lw	a6,12(s4)
   13116:	e8878313          	add	t1,a5,-376
   1311a:	06eaa623          	sw	a4,108(s5)
   1311e:	962a                	add	a2,a2,a0
   13120:	e8878793          	add	a5,a5,-376
   13124:	4401                	li	s0,0
   13126:	4589                	li	a1,2
   13128:	08068693          	add	a3,a3,128 # 8080 <errno+0x8080>
   1312c:	a801                	j	1313c <inet_tcp_input+0x1b2>
   1312e:	0067d703          	lhu	a4,6(a5)
   13132:	13170d63          	beq	a4,a7,1326c <inet_tcp_input+0x2e2>
   13136:	97b6                	add	a5,a5,a3
   13138:	02c78063          	beq	a5,a2,13158 <inet_tcp_input+0x1ce>
   1313c:	0007c703          	lbu	a4,0(a5)
   13140:	fee5e7e3          	bltu	a1,a4,1312e <inet_tcp_input+0x1a4>
   13144:	feb719e3          	bne	a4,a1,13136 <inet_tcp_input+0x1ac>
   13148:	0067d703          	lhu	a4,6(a5)
   1314c:	ff1715e3          	bne	a4,a7,13136 <inet_tcp_input+0x1ac>
   13150:	843e                	mv	s0,a5
   13152:	97b6                	add	a5,a5,a3
   13154:	fec794e3          	bne	a5,a2,1313c <inet_tcp_input+0x1b2>
   13158:	22040a63          	beqz	s0,1338c <inet_tcp_input+0x402>
   1315c:	00044783          	lbu	a5,0(s0)
   13160:	4709                	li	a4,2
   13162:	14e78f63          	beq	a5,a4,132c0 <inet_tcp_input+0x336>
   13166:	470d                	li	a4,3
   13168:	20e78363          	beq	a5,a4,1336e <inet_tcp_input+0x3e4>
   1316c:	4711                	li	a4,4
   1316e:	002cfb13          	and	s6,s9,2
   13172:	00e79763          	bne	a5,a4,13180 <inet_tcp_input+0x1f6>
   13176:	000b0563          	beqz	s6,13180 <inet_tcp_input+0x1f6>
   1317a:	585c                	lw	a5,52(s0)
   1317c:	32f90e63          	beq	s2,a5,134b8 <inet_tcp_input+0x52e>
   13180:	8522                	mv	a0,s0
   13182:	2f59                	jal	13918 <inet_tcp_rcv_wnd>
   13184:	001cf693          	and	a3,s9,1
   13188:	5c18                	lw	a4,56(s0)
   1318a:	016037b3          	snez	a5,s6
   1318e:	97b6                	add	a5,a5,a3
   13190:	97ea                	add	a5,a5,s10
   13192:	40e906b3          	sub	a3,s2,a4
   13196:	c7e5                	beqz	a5,1327e <inet_tcp_input+0x2f4>
   13198:	c96d                	beqz	a0,1328a <inet_tcp_input+0x300>
   1319a:	00a6e863          	bltu	a3,a0,131aa <inet_tcp_input+0x220>
   1319e:	fff90613          	add	a2,s2,-1
   131a2:	97b2                	add	a5,a5,a2
   131a4:	8f99                	sub	a5,a5,a4
   131a6:	0ea7f263          	bgeu	a5,a0,1328a <inet_tcp_input+0x300>
   131aa:	1606c763          	bltz	a3,13318 <inet_tcp_input+0x38e>
   131ae:	01a57663          	bgeu	a0,s10,131ba <inet_tcp_input+0x230>
   131b2:	ffec7c13          	and	s8,s8,-2
   131b6:	ca2a                	sw	a0,20(sp)
   131b8:	c662                	sw	s8,12(sp)
   131ba:	004c7713          	and	a4,s8,4
   131be:	00044783          	lbu	a5,0(s0)
   131c2:	1c071a63          	bnez	a4,13396 <inet_tcp_input+0x40c>
   131c6:	002c7713          	and	a4,s8,2
   131ca:	e379                	bnez	a4,13290 <inet_tcp_input+0x306>
   131cc:	010c7713          	and	a4,s8,16
   131d0:	c771                	beqz	a4,1329c <inet_tcp_input+0x312>
   131d2:	4711                	li	a4,4
   131d4:	38e78463          	beq	a5,a4,1355c <inet_tcp_input+0x5d2>
   131d8:	5018                	lw	a4,32(s0)
   131da:	413706b3          	sub	a3,a4,s3
   131de:	0a06c963          	bltz	a3,13290 <inet_tcp_input+0x306>
   131e2:	4c1c                	lw	a5,24(s0)
   131e4:	413786b3          	sub	a3,a5,s3
   131e8:	3e06c263          	bltz	a3,135cc <inet_tcp_input+0x642>
   131ec:	48f98b63          	beq	s3,a5,13682 <inet_tcp_input+0x6f8>
   131f0:	541c                	lw	a5,40(s0)
   131f2:	4912                	lw	s2,4(sp)
   131f4:	41278733          	sub	a4,a5,s2
   131f8:	38074b63          	bltz	a4,1358e <inet_tcp_input+0x604>
   131fc:	39278463          	beq	a5,s2,13584 <inet_tcp_input+0x5fa>
   13200:	00144683          	lbu	a3,1(s0)
   13204:	00044783          	lbu	a5,0(s0)
   13208:	0086f713          	and	a4,a3,8
   1320c:	38071d63          	bnez	a4,135a6 <inet_tcp_input+0x61c>
   13210:	44d2                	lw	s1,20(sp)
   13212:	001c7c13          	and	s8,s8,1
   13216:	009c6733          	or	a4,s8,s1
   1321a:	c349                	beqz	a4,1329c <inet_tcp_input+0x312>
   1321c:	00144683          	lbu	a3,1(s0)
   13220:	5c18                	lw	a4,56(s0)
   13222:	0026e693          	or	a3,a3,2
   13226:	00d400a3          	sb	a3,1(s0)
   1322a:	48e90563          	beq	s2,a4,136b4 <inet_tcp_input+0x72a>
   1322e:	080aa703          	lw	a4,128(s5)
   13232:	0705                	add	a4,a4,1
   13234:	08eaa023          	sw	a4,128(s5)
   13238:	a095                	j	1329c <inet_tcp_input+0x312>
   1323a:	eaa719e3          	bne	a4,a0,130ec <inet_tcp_input+0x162>
   1323e:	00478613          	add	a2,a5,4
   13242:	eac4e5e3          	bltu	s1,a2,130ec <inet_tcp_input+0x162>
   13246:	0035c603          	lbu	a2,3(a1)
   1324a:	0025c583          	lbu	a1,2(a1)
   1324e:	97ba                	add	a5,a5,a4
   13250:	0622                	sll	a2,a2,0x8
   13252:	8e4d                	or	a2,a2,a1
   13254:	00861593          	sll	a1,a2,0x8
   13258:	8221                	srl	a2,a2,0x8
   1325a:	8e4d                	or	a2,a2,a1
   1325c:	0642                	sll	a2,a2,0x10
   1325e:	8241                	srl	a2,a2,0x10
   13260:	cc32                	sw	a2,24(sp)
   13262:	b571                	j	130ee <inet_tcp_input+0x164>
   13264:	87ba                	mv	a5,a4
   13266:	e697e1e3          	bltu	a5,s1,130c8 <inet_tcp_input+0x13e>
   1326a:	b561                	j	130f2 <inet_tcp_input+0x168>
   1326c:	0087d703          	lhu	a4,8(a5)
   13270:	ed6713e3          	bne	a4,s6,13136 <inet_tcp_input+0x1ac>
   13274:	47d8                	lw	a4,12(a5)
   13276:	ece810e3          	bne	a6,a4,13136 <inet_tcp_input+0x1ac>
   1327a:	843e                	mv	s0,a5
   1327c:	b5c5                	j	1315c <inet_tcp_input+0x1d2>
   1327e:	00a6b7b3          	sltu	a5,a3,a0
   13282:	e119                	bnez	a0,13288 <inet_tcp_input+0x2fe>
   13284:	0016b793          	seqz	a5,a3
   13288:	f38d                	bnez	a5,131aa <inet_tcp_input+0x220>
   1328a:	00044783          	lbu	a5,0(s0)
   1328e:	e499                	bnez	s1,1329c <inet_tcp_input+0x312>
   13290:	00144703          	lbu	a4,1(s0)
   13294:	00276713          	or	a4,a4,2
   13298:	00e400a3          	sb	a4,1(s0)
   1329c:	4709                	li	a4,2
   1329e:	0af76563          	bltu	a4,a5,13348 <inet_tcp_input+0x3be>
   132a2:	40f6                	lw	ra,92(sp)
   132a4:	4466                	lw	s0,88(sp)
   132a6:	44d6                	lw	s1,84(sp)
   132a8:	4946                	lw	s2,80(sp)
   132aa:	49b6                	lw	s3,76(sp)
   132ac:	4a26                	lw	s4,72(sp)
   132ae:	4a96                	lw	s5,68(sp)
   132b0:	4b06                	lw	s6,64(sp)
   132b2:	5bf2                	lw	s7,60(sp)
   132b4:	5c62                	lw	s8,56(sp)
   132b6:	5cd2                	lw	s9,52(sp)
   132b8:	5d42                	lw	s10,48(sp)
   132ba:	5db2                	lw	s11,44(sp)
   132bc:	6125                	add	sp,sp,96
   132be:	8082                	ret
   132c0:	f0ed                	bnez	s1,132a2 <inet_tcp_input+0x318>
   132c2:	010cf793          	and	a5,s9,16
   132c6:	efc5                	bnez	a5,1337e <inet_tcp_input+0x3f4>
   132c8:	002cfc93          	and	s9,s9,2
   132cc:	fc0c8be3          	beqz	s9,132a2 <inet_tcp_input+0x318>
   132d0:	406404b3          	sub	s1,s0,t1
   132d4:	ff0107b7          	lui	a5,0xff010
   132d8:	849d                	sra	s1,s1,0x7
   132da:	f0178793          	add	a5,a5,-255 # ff00ff01 <_end+0xfefaca79>
   132de:	02f484b3          	mul	s1,s1,a5
   132e2:	6721                	lui	a4,0x8
   132e4:	4681                	li	a3,0
   132e6:	4589                	li	a1,2
   132e8:	08070713          	add	a4,a4,128 # 8080 <errno+0x8080>
   132ec:	00054783          	lbu	a5,0(a0)
   132f0:	00f5f863          	bgeu	a1,a5,13300 <inet_tcp_input+0x376>
   132f4:	00350783          	lb	a5,3(a0)
   132f8:	8f85                	sub	a5,a5,s1
   132fa:	0017b793          	seqz	a5,a5
   132fe:	96be                	add	a3,a3,a5
   13300:	953a                	add	a0,a0,a4
   13302:	fea615e3          	bne	a2,a0,132ec <inet_tcp_input+0x362>
   13306:	478d                	li	a5,3
   13308:	1cd7f663          	bgeu	a5,a3,134d4 <inet_tcp_input+0x54a>
   1330c:	084aa783          	lw	a5,132(s5)
   13310:	0785                	add	a5,a5,1
   13312:	08faa223          	sw	a5,132(s5)
   13316:	b771                	j	132a2 <inet_tcp_input+0x318>
   13318:	41270933          	sub	s2,a4,s2
   1331c:	000b0663          	beqz	s6,13328 <inet_tcp_input+0x39e>
   13320:	ffdcfc13          	and	s8,s9,-3
   13324:	c662                	sw	s8,12(sp)
   13326:	197d                	add	s2,s2,-1
   13328:	87ea                	mv	a5,s10
   1332a:	17a96563          	bltu	s2,s10,13494 <inet_tcp_input+0x50a>
   1332e:	9dbe                	add	s11,s11,a5
   13330:	40fd0d33          	sub	s10,s10,a5
   13334:	ce6e                	sw	s11,28(sp)
   13336:	ca6a                	sw	s10,20(sp)
   13338:	c23a                	sw	a4,4(sp)
   1333a:	bd95                	j	131ae <inet_tcp_input+0x224>
   1333c:	4701                	li	a4,0
   1333e:	e489                	bnez	s1,13348 <inet_tcp_input+0x3be>
   13340:	002cfc93          	and	s9,s9,2
   13344:	060c9463          	bnez	s9,133ac <inet_tcp_input+0x422>
   13348:	8522                	mv	a0,s0
   1334a:	4466                	lw	s0,88(sp)
   1334c:	000a2583          	lw	a1,0(s4)
   13350:	40f6                	lw	ra,92(sp)
   13352:	44d6                	lw	s1,84(sp)
   13354:	4946                	lw	s2,80(sp)
   13356:	49b6                	lw	s3,76(sp)
   13358:	4a26                	lw	s4,72(sp)
   1335a:	4a96                	lw	s5,68(sp)
   1335c:	4b06                	lw	s6,64(sp)
   1335e:	5bf2                	lw	s7,60(sp)
   13360:	5c62                	lw	s8,56(sp)
   13362:	5cd2                	lw	s9,52(sp)
   13364:	5d42                	lw	s10,48(sp)
   13366:	5db2                	lw	s11,44(sp)
   13368:	6125                	add	sp,sp,96
   1336a:	04f0006f          	j	13bb8 <inet_tcp_output>
   1336e:	010cf793          	and	a5,s9,16
   13372:	d7e9                	beqz	a5,1333c <inet_tcp_input+0x3b2>
   13374:	485c                	lw	a5,20(s0)
   13376:	413787b3          	sub	a5,a5,s3
   1337a:	1007cf63          	bltz	a5,13498 <inet_tcp_input+0x50e>
   1337e:	858a                	mv	a1,sp
   13380:	8552                	mv	a0,s4
   13382:	b9bff0ef          	jal	12f1c <reply_reset>
   13386:	00044783          	lbu	a5,0(s0)
   1338a:	bf09                	j	1329c <inet_tcp_input+0x312>
   1338c:	858a                	mv	a1,sp
   1338e:	8552                	mv	a0,s4
   13390:	b8dff0ef          	jal	12f1c <reply_reset>
   13394:	b739                	j	132a2 <inet_tcp_input+0x318>
   13396:	4711                	li	a4,4
   13398:	f9800593          	li	a1,-104
   1339c:	12e78363          	beq	a5,a4,134c2 <inet_tcp_input+0x538>
   133a0:	8522                	mv	a0,s0
   133a2:	209000ef          	jal	13daa <inet_tcp_fail>
   133a6:	00044783          	lbu	a5,0(s0)
   133aa:	bdcd                	j	1329c <inet_tcp_input+0x312>
   133ac:	4662                	lw	a2,24(sp)
   133ae:	00190793          	add	a5,s2,1
   133b2:	03242a23          	sw	s2,52(s0)
   133b6:	dc5c                	sw	a5,60(s0)
   133b8:	dc1c                	sw	a5,56(s0)
   133ba:	21800693          	li	a3,536
   133be:	c205                	beqz	a2,133de <inet_tcp_input+0x454>
   133c0:	5b400793          	li	a5,1460
   133c4:	5b400693          	li	a3,1460
   133c8:	00c7eb63          	bltu	a5,a2,133de <inet_tcp_input+0x454>
   133cc:	04000793          	li	a5,64
   133d0:	86b2                	mv	a3,a2
   133d2:	00f67463          	bgeu	a2,a5,133da <inet_tcp_input+0x450>
   133d6:	04000693          	li	a3,64
   133da:	06c2                	sll	a3,a3,0x10
   133dc:	82c1                	srl	a3,a3,0x10
   133de:	00144783          	lbu	a5,1(s0)
   133e2:	00d41523          	sh	a3,10(s0)
   133e6:	03742823          	sw	s7,48(s0)
   133ea:	0027e793          	or	a5,a5,2
   133ee:	03742223          	sw	s7,36(s0)
   133f2:	03242423          	sw	s2,40(s0)
   133f6:	03342623          	sw	s3,44(s0)
   133fa:	00f400a3          	sb	a5,1(s0)
   133fe:	14070363          	beqz	a4,13544 <inet_tcp_input+0x5ba>
   13402:	5c30                	lw	a2,120(s0)
   13404:	5c6c                	lw	a1,124(s0)
   13406:	00b667b3          	or	a5,a2,a1
   1340a:	e79d                	bnez	a5,13438 <inet_tcp_input+0x4ae>
   1340c:	83c1a783          	lw	a5,-1988(gp) # 18054 <established>
   13410:	4801                	li	a6,0
   13412:	4695                	li	a3,5
   13414:	0785                	add	a5,a5,1
   13416:	82f1ae23          	sw	a5,-1988(gp) # 18054 <established>
   1341a:	c81c                	sw	a5,16(s0)
   1341c:	4781                	li	a5,0
   1341e:	01342c23          	sw	s3,24(s0)
   13422:	00d40023          	sb	a3,0(s0)
   13426:	00040123          	sb	zero,2(s0)
   1342a:	c83c                	sw	a5,80(s0)
   1342c:	05042a23          	sw	a6,84(s0)
   13430:	dc3c                	sw	a5,120(s0)
   13432:	07042e23          	sw	a6,124(s0)
   13436:	bf09                	j	13348 <inet_tcp_input+0x3be>
   13438:	c81027f3          	rdtimeh	a5
   1343c:	c01026f3          	rdtime	a3
   13440:	c8102773          	rdtimeh	a4
   13444:	fee79ae3          	bne	a5,a4,13438 <inet_tcp_input+0x4ae>
   13448:	40c68633          	sub	a2,a3,a2
   1344c:	00c6b6b3          	sltu	a3,a3,a2
   13450:	8f8d                	sub	a5,a5,a1
   13452:	8f95                	sub	a5,a5,a3
   13454:	00f60733          	add	a4,a2,a5
   13458:	00c736b3          	sltu	a3,a4,a2
   1345c:	9736                	add	a4,a4,a3
   1345e:	4695                	li	a3,5
   13460:	02d77733          	remu	a4,a4,a3
   13464:	ccccd6b7          	lui	a3,0xccccd
   13468:	ccd68693          	add	a3,a3,-819 # cccccccd <_end+0xccc69845>
   1346c:	8522                	mv	a0,s0
   1346e:	40e60733          	sub	a4,a2,a4
   13472:	00e63633          	sltu	a2,a2,a4
   13476:	8f91                	sub	a5,a5,a2
   13478:	02d787b3          	mul	a5,a5,a3
   1347c:	02d73633          	mulhu	a2,a4,a3
   13480:	02d70733          	mul	a4,a4,a3
   13484:	97b2                	add	a5,a5,a2
   13486:	07fe                	sll	a5,a5,0x1f
   13488:	00175593          	srl	a1,a4,0x1
   1348c:	8ddd                	or	a1,a1,a5
   1348e:	16f000ef          	jal	13dfc <inet_tcp_rtt_sample>
   13492:	bfad                	j	1340c <inet_tcp_input+0x482>
   13494:	87ca                	mv	a5,s2
   13496:	bd61                	j	1332e <inet_tcp_input+0x3a4>
   13498:	501c                	lw	a5,32(s0)
   1349a:	40f987b3          	sub	a5,s3,a5
   1349e:	eef040e3          	bgtz	a5,1337e <inet_tcp_input+0x3f4>
   134a2:	4705                	li	a4,1
   134a4:	e8048ee3          	beqz	s1,13340 <inet_tcp_input+0x3b6>
   134a8:	f9100593          	li	a1,-111
   134ac:	8522                	mv	a0,s0
   134ae:	0fd000ef          	jal	13daa <inet_tcp_fail>
   134b2:	00044783          	lbu	a5,0(s0)
   134b6:	b3dd                	j	1329c <inet_tcp_input+0x312>
   134b8:	cc0494e3          	bnez	s1,13180 <inet_tcp_input+0x1f6>
   134bc:	485c                	lw	a5,20(s0)
   134be:	cc5c                	sw	a5,28(s0)
   134c0:	b561                	j	13348 <inet_tcp_input+0x3be>
   134c2:	f9100593          	li	a1,-111
   134c6:	bde9                	j	133a0 <inet_tcp_input+0x416>
   134c8:	068aa783          	lw	a5,104(s5)
   134cc:	0785                	add	a5,a5,1
   134ce:	06faa423          	sw	a5,104(s5)
   134d2:	bbc1                	j	132a2 <inet_tcp_input+0x318>
   134d4:	2ea1                	jal	1382c <inet_tcb_alloc>
   134d6:	8c2a                	mv	s8,a0
   134d8:	c175                	beqz	a0,135bc <inet_tcp_input+0x632>
   134da:	00645603          	lhu	a2,6(s0)
   134de:	00ca2583          	lw	a1,12(s4)
   134e2:	4711                	li	a4,4
   134e4:	86da                	mv	a3,s6
   134e6:	2665                	jal	1388e <inet_tcp_start>
   134e8:	4762                	lw	a4,24(sp)
   134ea:	00190793          	add	a5,s2,1
   134ee:	02fc2e23          	sw	a5,60(s8)
   134f2:	02fc2c23          	sw	a5,56(s8)
   134f6:	009c01a3          	sb	s1,3(s8)
   134fa:	032c2a23          	sw	s2,52(s8)
   134fe:	21800793          	li	a5,536
   13502:	c305                	beqz	a4,13522 <inet_tcp_input+0x598>
   13504:	5b400693          	li	a3,1460
   13508:	5b400793          	li	a5,1460
   1350c:	00e6eb63          	bltu	a3,a4,13522 <inet_tcp_input+0x598>
   13510:	87ba                	mv	a5,a4
   13512:	04000713          	li	a4,64
   13516:	00e7f463          	bgeu	a5,a4,1351e <inet_tcp_input+0x594>
   1351a:	04000793          	li	a5,64
   1351e:	07c2                	sll	a5,a5,0x10
   13520:	83c1                	srl	a5,a5,0x10
   13522:	000a2583          	lw	a1,0(s4)
   13526:	8562                	mv	a0,s8
   13528:	00fc1523          	sh	a5,10(s8)
   1352c:	037c2823          	sw	s7,48(s8)
   13530:	037c2223          	sw	s7,36(s8)
   13534:	032c2423          	sw	s2,40(s8)
   13538:	033c2623          	sw	s3,44(s8)
   1353c:	2db5                	jal	13bb8 <inet_tcp_output>
   1353e:	00044783          	lbu	a5,0(s0)
   13542:	bba9                	j	1329c <inet_tcp_input+0x312>
   13544:	485c                	lw	a5,20(s0)
   13546:	4711                	li	a4,4
   13548:	00e40023          	sb	a4,0(s0)
   1354c:	cc5c                	sw	a5,28(s0)
   1354e:	bbed                	j	13348 <inet_tcp_input+0x3be>
   13550:	064aa783          	lw	a5,100(s5)
   13554:	0785                	add	a5,a5,1
   13556:	06faa223          	sw	a5,100(s5)
   1355a:	b3a1                	j	132a2 <inet_tcp_input+0x318>
   1355c:	4c1c                	lw	a5,24(s0)
   1355e:	40f98733          	sub	a4,s3,a5
   13562:	e0e05ee3          	blez	a4,1337e <inet_tcp_input+0x3f4>
   13566:	5018                	lw	a4,32(s0)
   13568:	413706b3          	sub	a3,a4,s3
   1356c:	e006c9e3          	bltz	a3,1337e <inet_tcp_input+0x3f4>
   13570:	83c1a683          	lw	a3,-1988(gp) # 18054 <established>
   13574:	4595                	li	a1,5
   13576:	00b40023          	sb	a1,0(s0)
   1357a:	0685                	add	a3,a3,1
   1357c:	82d1ae23          	sw	a3,-1988(gp) # 18054 <established>
   13580:	c814                	sw	a3,16(s0)
   13582:	b18d                	j	131e4 <inet_tcp_input+0x25a>
   13584:	545c                	lw	a5,44(s0)
   13586:	413787b3          	sub	a5,a5,s3
   1358a:	c6f04be3          	bgtz	a5,13200 <inet_tcp_input+0x276>
   1358e:	581c                	lw	a5,48(s0)
   13590:	03742223          	sw	s7,36(s0)
   13594:	0177f363          	bgeu	a5,s7,1359a <inet_tcp_input+0x610>
   13598:	87de                	mv	a5,s7
   1359a:	d81c                	sw	a5,48(s0)
   1359c:	03242423          	sw	s2,40(s0)
   135a0:	03342623          	sw	s3,44(s0)
   135a4:	b9b1                	j	13200 <inet_tcp_input+0x276>
   135a6:	4719                	li	a4,6
   135a8:	14e78b63          	beq	a5,a4,136fe <inet_tcp_input+0x774>
   135ac:	4725                	li	a4,9
   135ae:	1ee78f63          	beq	a5,a4,137ac <inet_tcp_input+0x822>
   135b2:	4729                	li	a4,10
   135b4:	c4e79ee3          	bne	a5,a4,13210 <inet_tcp_input+0x286>
   135b8:	4581                	li	a1,0
   135ba:	b3dd                	j	133a0 <inet_tcp_input+0x416>
   135bc:	084aa703          	lw	a4,132(s5)
   135c0:	00044783          	lbu	a5,0(s0)
   135c4:	0705                	add	a4,a4,1
   135c6:	08eaa223          	sw	a4,132(s5)
   135ca:	b9c9                	j	1329c <inet_tcp_input+0x312>
   135cc:	484c                	lw	a1,20(s0)
   135ce:	40f986b3          	sub	a3,s3,a5
   135d2:	4070                	lw	a2,68(s0)
   135d4:	40f587b3          	sub	a5,a1,a5
   135d8:	0017b793          	seqz	a5,a5
   135dc:	8e9d                	sub	a3,a3,a5
   135de:	85b2                	mv	a1,a2
   135e0:	00c6f363          	bgeu	a3,a2,135e6 <inet_tcp_input+0x65c>
   135e4:	85b6                	mv	a1,a3
   135e6:	403c                	lw	a5,64(s0)
   135e8:	8e0d                	sub	a2,a2,a1
   135ea:	c070                	sw	a2,68(s0)
   135ec:	97ae                	add	a5,a5,a1
   135ee:	07ca                	sll	a5,a5,0x12
   135f0:	83c9                	srl	a5,a5,0x12
   135f2:	c03c                	sw	a5,64(s0)
   135f4:	00d5f863          	bgeu	a1,a3,13604 <inet_tcp_input+0x67a>
   135f8:	00144783          	lbu	a5,1(s0)
   135fc:	0087e793          	or	a5,a5,8
   13600:	00f400a3          	sb	a5,1(s0)
   13604:	5c28                	lw	a0,120(s0)
   13606:	5c74                	lw	a3,124(s0)
   13608:	00d567b3          	or	a5,a0,a3
   1360c:	c791                	beqz	a5,13618 <inet_tcp_input+0x68e>
   1360e:	583c                	lw	a5,112(s0)
   13610:	413787b3          	sub	a5,a5,s3
   13614:	02f05963          	blez	a5,13646 <inet_tcp_input+0x6bc>
   13618:	4c5c                	lw	a5,28(s0)
   1361a:	01342c23          	sw	s3,24(s0)
   1361e:	413787b3          	sub	a5,a5,s3
   13622:	0007d463          	bgez	a5,1362a <inet_tcp_input+0x6a0>
   13626:	01342e23          	sw	s3,28(s0)
   1362a:	4781                	li	a5,0
   1362c:	4801                	li	a6,0
   1362e:	00040123          	sb	zero,2(s0)
   13632:	06040623          	sb	zero,108(s0)
   13636:	c83c                	sw	a5,80(s0)
   13638:	05042a23          	sw	a6,84(s0)
   1363c:	bae98ae3          	beq	s3,a4,131f0 <inet_tcp_input+0x266>
   13640:	8522                	mv	a0,s0
   13642:	21f1                	jal	13b0e <inet_tcp_arm>
   13644:	b675                	j	131f0 <inet_tcp_input+0x266>
   13646:	c8102773          	rdtimeh	a4
   1364a:	c01027f3          	rdtime	a5
   1364e:	c8102673          	rdtimeh	a2
   13652:	fec71ae3          	bne	a4,a2,13646 <inet_tcp_input+0x6bc>
   13656:	40a78533          	sub	a0,a5,a0
   1365a:	8f15                	sub	a4,a4,a3
   1365c:	00a7b7b3          	sltu	a5,a5,a0
   13660:	40f705b3          	sub	a1,a4,a5
   13664:	4629                	li	a2,10
   13666:	4681                	li	a3,0
   13668:	6ac020ef          	jal	15d14 <__udivdi3>
   1366c:	85aa                	mv	a1,a0
   1366e:	8522                	mv	a0,s0
   13670:	78c000ef          	jal	13dfc <inet_tcp_rtt_sample>
   13674:	4781                	li	a5,0
   13676:	4801                	li	a6,0
   13678:	5018                	lw	a4,32(s0)
   1367a:	dc3c                	sw	a5,120(s0)
   1367c:	07042e23          	sw	a6,124(s0)
   13680:	bf61                	j	13618 <inet_tcp_input+0x68e>
   13682:	4652                	lw	a2,20(sp)
   13684:	001c7793          	and	a5,s8,1
   13688:	5054                	lw	a3,36(s0)
   1368a:	8fd1                	or	a5,a5,a2
   1368c:	ebe1                	bnez	a5,1375c <inet_tcp_input+0x7d2>
   1368e:	0cdb9763          	bne	s7,a3,1375c <inet_tcp_input+0x7d2>
   13692:	0d370563          	beq	a4,s3,1375c <inet_tcp_input+0x7d2>
   13696:	06c44783          	lbu	a5,108(s0)
   1369a:	470d                	li	a4,3
   1369c:	0785                	add	a5,a5,1
   1369e:	0ff7f793          	zext.b	a5,a5
   136a2:	06f40623          	sb	a5,108(s0)
   136a6:	10e78863          	beq	a5,a4,137b6 <inet_tcp_input+0x82c>
   136aa:	b40693e3          	bnez	a3,131f0 <inet_tcp_input+0x266>
   136ae:	00040123          	sb	zero,2(s0)
   136b2:	be3d                	j	131f0 <inet_tcp_input+0x266>
   136b4:	ffb78693          	add	a3,a5,-5
   136b8:	0ff6f693          	zext.b	a3,a3
   136bc:	4609                	li	a2,2
   136be:	0ad67263          	bgeu	a2,a3,13762 <inet_tcp_input+0x7d8>
   136c2:	bc049de3          	bnez	s1,1329c <inet_tcp_input+0x312>
   136c6:	bc0c0be3          	beqz	s8,1329c <inet_tcp_input+0x312>
   136ca:	00144683          	lbu	a3,1(s0)
   136ce:	0106f613          	and	a2,a3,16
   136d2:	bc0615e3          	bnez	a2,1329c <inet_tcp_input+0x312>
   136d6:	0705                	add	a4,a4,1
   136d8:	0106e693          	or	a3,a3,16
   136dc:	dc18                	sw	a4,56(s0)
   136de:	00d400a3          	sb	a3,1(s0)
   136e2:	4715                	li	a4,5
   136e4:	0ee78963          	beq	a5,a4,137d6 <inet_tcp_input+0x84c>
   136e8:	4719                	li	a4,6
   136ea:	0ee78263          	beq	a5,a4,137ce <inet_tcp_input+0x844>
   136ee:	471d                	li	a4,7
   136f0:	bae796e3          	bne	a5,a4,1329c <inet_tcp_input+0x312>
   136f4:	8522                	mv	a0,s0
   136f6:	2dc1                	jal	13dc6 <inet_tcp_time_wait>
   136f8:	00044783          	lbu	a5,0(s0)
   136fc:	b645                	j	1329c <inet_tcp_input+0x312>
   136fe:	479d                	li	a5,7
   13700:	00f40023          	sb	a5,0(s0)
   13704:	0016f793          	and	a5,a3,1
   13708:	cb8d                	beqz	a5,1373a <inet_tcp_input+0x7b0>
   1370a:	4781                	li	a5,0
   1370c:	4701                	li	a4,0
   1370e:	44d2                	lw	s1,20(sp)
   13710:	001c7c13          	and	s8,s8,1
   13714:	cc3c                	sw	a5,88(s0)
   13716:	cc78                	sw	a4,92(s0)
   13718:	0184e7b3          	or	a5,s1,s8
   1371c:	c20786e3          	beqz	a5,13348 <inet_tcp_input+0x3be>
   13720:	5c1c                	lw	a5,56(s0)
   13722:	0026e693          	or	a3,a3,2
   13726:	00d400a3          	sb	a3,1(s0)
   1372a:	03278c63          	beq	a5,s2,13762 <inet_tcp_input+0x7d8>
   1372e:	080aa783          	lw	a5,128(s5)
   13732:	0785                	add	a5,a5,1
   13734:	08faa023          	sw	a5,128(s5)
   13738:	b901                	j	13348 <inet_tcp_input+0x3be>
   1373a:	c8102673          	rdtimeh	a2
   1373e:	c0102773          	rdtime	a4
   13742:	c81027f3          	rdtimeh	a5
   13746:	fef61ae3          	bne	a2,a5,1373a <inet_tcp_input+0x7b0>
   1374a:	08f0d7b7          	lui	a5,0x8f0d
   1374e:	18078793          	add	a5,a5,384 # 8f0d180 <_end+0x8ea9cf8>
   13752:	97ba                	add	a5,a5,a4
   13754:	00e7b733          	sltu	a4,a5,a4
   13758:	9732                	add	a4,a4,a2
   1375a:	bf55                	j	1370e <inet_tcp_input+0x784>
   1375c:	06040623          	sb	zero,108(s0)
   13760:	b7a9                	j	136aa <inet_tcp_input+0x720>
   13762:	4428                	lw	a0,72(s0)
   13764:	4478                	lw	a4,76(s0)
   13766:	6911                	lui	s2,0x4
   13768:	fff90793          	add	a5,s2,-1 # 3fff <errno+0x3fff>
   1376c:	953a                	add	a0,a0,a4
   1376e:	8d7d                	and	a0,a0,a5
   13770:	08090993          	add	s3,s2,128
   13774:	40a90933          	sub	s2,s2,a0
   13778:	4af2                	lw	s5,28(sp)
   1377a:	99a2                	add	s3,s3,s0
   1377c:	0124f363          	bgeu	s1,s2,13782 <inet_tcp_input+0x7f8>
   13780:	8926                	mv	s2,s1
   13782:	864a                	mv	a2,s2
   13784:	85d6                	mv	a1,s5
   13786:	954e                	add	a0,a0,s3
   13788:	2a7000ef          	jal	1422e <memcpy>
   1378c:	41248633          	sub	a2,s1,s2
   13790:	012a85b3          	add	a1,s5,s2
   13794:	854e                	mv	a0,s3
   13796:	299000ef          	jal	1422e <memcpy>
   1379a:	4474                	lw	a3,76(s0)
   1379c:	5c18                	lw	a4,56(s0)
   1379e:	00044783          	lbu	a5,0(s0)
   137a2:	96a6                	add	a3,a3,s1
   137a4:	9726                	add	a4,a4,s1
   137a6:	c474                	sw	a3,76(s0)
   137a8:	dc18                	sw	a4,56(s0)
   137aa:	bf31                	j	136c6 <inet_tcp_input+0x73c>
   137ac:	8522                	mv	a0,s0
   137ae:	2d21                	jal	13dc6 <inet_tcp_time_wait>
   137b0:	00044783          	lbu	a5,0(s0)
   137b4:	bcb1                	j	13210 <inet_tcp_input+0x286>
   137b6:	078aa783          	lw	a5,120(s5)
   137ba:	4581                	li	a1,0
   137bc:	4601                	li	a2,0
   137be:	0785                	add	a5,a5,1
   137c0:	01342e23          	sw	s3,28(s0)
   137c4:	dc2c                	sw	a1,120(s0)
   137c6:	dc70                	sw	a2,124(s0)
   137c8:	06faac23          	sw	a5,120(s5)
   137cc:	bdf9                	j	136aa <inet_tcp_input+0x720>
   137ce:	47a5                	li	a5,9
   137d0:	00f40023          	sb	a5,0(s0)
   137d4:	be95                	j	13348 <inet_tcp_input+0x3be>
   137d6:	47a1                	li	a5,8
   137d8:	00f40023          	sb	a5,0(s0)
   137dc:	b6b5                	j	13348 <inet_tcp_input+0x3be>

000137de <inet_tcp_reset>:
   137de:	000237b7          	lui	a5,0x23
   137e2:	e8878793          	add	a5,a5,-376 # 22e88 <inet_tcbs>
   137e6:	68a1                	lui	a7,0x8
   137e8:	6841                	lui	a6,0x10
   137ea:	6561                	lui	a0,0x18
   137ec:	000205b7          	lui	a1,0x20
   137f0:	00028637          	lui	a2,0x28
   137f4:	000306b7          	lui	a3,0x30
   137f8:	00038737          	lui	a4,0x38
   137fc:	98be                	add	a7,a7,a5
   137fe:	983e                	add	a6,a6,a5
   13800:	953e                	add	a0,a0,a5
   13802:	95be                	add	a1,a1,a5
   13804:	963e                	add	a2,a2,a5
   13806:	96be                	add	a3,a3,a5
   13808:	973e                	add	a4,a4,a5
   1380a:	00078023          	sb	zero,0(a5)
   1380e:	08088023          	sb	zero,128(a7) # 8080 <errno+0x8080>
   13812:	10080023          	sb	zero,256(a6) # 10100 <main+0xdc>
   13816:	18050023          	sb	zero,384(a0) # 18180 <rbuf+0x124>
   1381a:	20058023          	sb	zero,512(a1) # 20200 <socks+0x3028>
   1381e:	28060023          	sb	zero,640(a2) # 28280 <inet_tcbs+0x53f8>
   13822:	30068023          	sb	zero,768(a3) # 30300 <inet_tcbs+0xd478>
   13826:	38070023          	sb	zero,896(a4) # 38380 <inet_tcbs+0x154f8>
   1382a:	8082                	ret

0001382c <inet_tcb_alloc>:
   1382c:	1141                	add	sp,sp,-16
   1382e:	000237b7          	lui	a5,0x23
   13832:	6621                	lui	a2,0x8
   13834:	c422                	sw	s0,8(sp)
   13836:	c606                	sw	ra,12(sp)
   13838:	e8878413          	add	s0,a5,-376 # 22e88 <inet_tcbs>
   1383c:	4701                	li	a4,0
   1383e:	e8878793          	add	a5,a5,-376
   13842:	08060613          	add	a2,a2,128 # 8080 <errno+0x8080>
   13846:	45a1                	li	a1,8
   13848:	0007c683          	lbu	a3,0(a5)
   1384c:	97b2                	add	a5,a5,a2
   1384e:	ca91                	beqz	a3,13862 <inet_tcb_alloc+0x36>
   13850:	0705                	add	a4,a4,1
   13852:	feb71be3          	bne	a4,a1,13848 <inet_tcb_alloc+0x1c>
   13856:	4401                	li	s0,0
   13858:	40b2                	lw	ra,12(sp)
   1385a:	8522                	mv	a0,s0
   1385c:	4422                	lw	s0,8(sp)
   1385e:	0141                	add	sp,sp,16
   13860:	8082                	ret
   13862:	00871793          	sll	a5,a4,0x8
   13866:	97ba                	add	a5,a5,a4
   13868:	079e                	sll	a5,a5,0x7
   1386a:	943e                	add	s0,s0,a5
   1386c:	8522                	mv	a0,s0
   1386e:	08000613          	li	a2,128
   13872:	4581                	li	a1,0
   13874:	1f7000ef          	jal	1426a <memset>
   13878:	4785                	li	a5,1
   1387a:	00f40023          	sb	a5,0(s0)
   1387e:	57fd                	li	a5,-1
   13880:	40b2                	lw	ra,12(sp)
   13882:	00f401a3          	sb	a5,3(s0)
   13886:	8522                	mv	a0,s0
   13888:	4422                	lw	s0,8(sp)
   1388a:	0141                	add	sp,sp,16
   1388c:	8082                	ret

0001388e <inet_tcp_start>:
   1388e:	21800793          	li	a5,536
   13892:	00f51523          	sh	a5,10(a0)
   13896:	3e800793          	li	a5,1000
   1389a:	c54c                	sw	a1,12(a0)
   1389c:	00c51323          	sh	a2,6(a0)
   138a0:	00d51423          	sh	a3,8(a0)
   138a4:	00e50023          	sb	a4,0(a0)
   138a8:	d53c                	sw	a5,104(a0)
   138aa:	c81027f3          	rdtimeh	a5
   138ae:	c01025f3          	rdtime	a1
   138b2:	c8102773          	rdtimeh	a4
   138b6:	fee79ae3          	bne	a5,a4,138aa <inet_tcp_start+0x1c>
   138ba:	00f58733          	add	a4,a1,a5
   138be:	00b73833          	sltu	a6,a4,a1
   138c2:	9742                	add	a4,a4,a6
   138c4:	4815                	li	a6,5
   138c6:	03077733          	remu	a4,a4,a6
   138ca:	ccccd837          	lui	a6,0xccccd
   138ce:	ccd80893          	add	a7,a6,-819 # cccccccd <_end+0xccc69845>
   138d2:	ccc80813          	add	a6,a6,-820
   138d6:	0642                	sll	a2,a2,0x10
   138d8:	8e55                	or	a2,a2,a3
   138da:	40e58733          	sub	a4,a1,a4
   138de:	00e5b5b3          	sltu	a1,a1,a4
   138e2:	8f8d                	sub	a5,a5,a1
   138e4:	03070833          	mul	a6,a4,a6
   138e8:	031787b3          	mul	a5,a5,a7
   138ec:	031736b3          	mulhu	a3,a4,a7
   138f0:	97c2                	add	a5,a5,a6
   138f2:	97b6                	add	a5,a5,a3
   138f4:	03170733          	mul	a4,a4,a7
   138f8:	9e3786b7          	lui	a3,0x9e378
   138fc:	9b168693          	add	a3,a3,-1615 # 9e3779b1 <_end+0x9e314529>
   13900:	07f6                	sll	a5,a5,0x1d
   13902:	02d60633          	mul	a2,a2,a3
   13906:	830d                	srl	a4,a4,0x3
   13908:	8f5d                	or	a4,a4,a5
   1390a:	00e607b3          	add	a5,a2,a4
   1390e:	c95c                	sw	a5,20(a0)
   13910:	d11c                	sw	a5,32(a0)
   13912:	cd5c                	sw	a5,28(a0)
   13914:	cd1c                	sw	a5,24(a0)
   13916:	8082                	ret

00013918 <inet_tcp_rcv_wnd>:
   13918:	4578                	lw	a4,76(a0)
   1391a:	6511                	lui	a0,0x4
   1391c:	67c1                	lui	a5,0x10
   1391e:	8d19                	sub	a0,a0,a4
   13920:	00f56463          	bltu	a0,a5,13928 <inet_tcp_rcv_wnd+0x10>
   13924:	fff78513          	add	a0,a5,-1 # ffff <errno+0xffff>
   13928:	8082                	ret

0001392a <inet_tcp_emit>:
   1392a:	00065783          	lhu	a5,0(a2)
   1392e:	1101                	add	sp,sp,-32
   13930:	cc22                	sw	s0,24(sp)
   13932:	ca26                	sw	s1,20(sp)
   13934:	c84a                	sw	s2,16(sp)
   13936:	c64e                	sw	s3,12(sp)
   13938:	c452                	sw	s4,8(sp)
   1393a:	ce06                	sw	ra,28(sp)
   1393c:	0087d713          	srl	a4,a5,0x8
   13940:	00c62903          	lw	s2,12(a2)
   13944:	02e50123          	sb	a4,34(a0) # 4022 <errno+0x4022>
   13948:	02f501a3          	sb	a5,35(a0)
   1394c:	00265783          	lhu	a5,2(a2)
   13950:	842a                	mv	s0,a0
   13952:	84b2                	mv	s1,a2
   13954:	0087d713          	srl	a4,a5,0x8
   13958:	02e50223          	sb	a4,36(a0)
   1395c:	02f502a3          	sb	a5,37(a0)
   13960:	425c                	lw	a5,4(a2)
   13962:	0906                	sll	s2,s2,0x1
   13964:	00497913          	and	s2,s2,4
   13968:	0107d613          	srl	a2,a5,0x10
   1396c:	0087d693          	srl	a3,a5,0x8
   13970:	0187d513          	srl	a0,a5,0x18
   13974:	02c403a3          	sb	a2,39(s0)
   13978:	02d40423          	sb	a3,40(s0)
   1397c:	02a40323          	sb	a0,38(s0)
   13980:	02f404a3          	sb	a5,41(s0)
   13984:	449c                	lw	a5,8(s1)
   13986:	0951                	add	s2,s2,20
   13988:	00291713          	sll	a4,s2,0x2
   1398c:	02e40723          	sb	a4,46(s0)
   13990:	0187d613          	srl	a2,a5,0x18
   13994:	0087d713          	srl	a4,a5,0x8
   13998:	0107d693          	srl	a3,a5,0x10
   1399c:	02e40623          	sb	a4,44(s0)
   139a0:	02c40523          	sb	a2,42(s0)
   139a4:	02d405a3          	sb	a3,43(s0)
   139a8:	02f406a3          	sb	a5,45(s0)
   139ac:	44dc                	lw	a5,12(s1)
   139ae:	89ae                	mv	s3,a1
   139b0:	02240a13          	add	s4,s0,34
   139b4:	02f407a3          	sb	a5,47(s0)
   139b8:	489c                	lw	a5,16(s1)
   139ba:	02040923          	sb	zero,50(s0)
   139be:	020409a3          	sb	zero,51(s0)
   139c2:	0087d713          	srl	a4,a5,0x8
   139c6:	02f408a3          	sb	a5,49(s0)
   139ca:	02e40823          	sb	a4,48(s0)
   139ce:	02040a23          	sb	zero,52(s0)
   139d2:	02040aa3          	sb	zero,53(s0)
   139d6:	44dc                	lw	a5,12(s1)
   139d8:	8b89                	and	a5,a5,2
   139da:	cf91                	beqz	a5,139f6 <inet_tcp_emit+0xcc>
   139dc:	4789                	li	a5,2
   139de:	02f40b23          	sb	a5,54(s0)
   139e2:	4791                	li	a5,4
   139e4:	02f40ba3          	sb	a5,55(s0)
   139e8:	4c9c                	lw	a5,24(s1)
   139ea:	0087d713          	srl	a4,a5,0x8
   139ee:	02e40c23          	sb	a4,56(s0)
   139f2:	02f40ca3          	sb	a5,57(s0)
   139f6:	48dc                	lw	a5,20(s1)
   139f8:	8201a503          	lw	a0,-2016(gp) # 18038 <inet_self>
   139fc:	993e                	add	s2,s2,a5
   139fe:	86ca                	mv	a3,s2
   13a00:	4619                	li	a2,6
   13a02:	85ce                	mv	a1,s3
   13a04:	9edfd0ef          	jal	113f0 <inet_pseudo_sum>
   13a08:	862a                	mv	a2,a0
   13a0a:	85ca                	mv	a1,s2
   13a0c:	8552                	mv	a0,s4
   13a0e:	97bfd0ef          	jal	11388 <inet_sum>
   13a12:	9bdfd0ef          	jal	113ce <inet_fold>
   13a16:	00855793          	srl	a5,a0,0x8
   13a1a:	02a409a3          	sb	a0,51(s0)
   13a1e:	02f40923          	sb	a5,50(s0)
   13a22:	86ca                	mv	a3,s2
   13a24:	4619                	li	a2,6
   13a26:	85ce                	mv	a1,s3
   13a28:	8522                	mv	a0,s0
   13a2a:	942fe0ef          	jal	11b6c <inet_ip_output>
   13a2e:	ed09                	bnez	a0,13a48 <inet_tcp_emit+0x11e>
   13a30:	44dc                	lw	a5,12(s1)
   13a32:	6771                	lui	a4,0x1c
   13a34:	85c70713          	add	a4,a4,-1956 # 1b85c <inet_counters>
   13a38:	5334                	lw	a3,96(a4)
   13a3a:	5b30                	lw	a2,112(a4)
   13a3c:	8389                	srl	a5,a5,0x2
   13a3e:	8b85                	and	a5,a5,1
   13a40:	0685                	add	a3,a3,1
   13a42:	97b2                	add	a5,a5,a2
   13a44:	d334                	sw	a3,96(a4)
   13a46:	db3c                	sw	a5,112(a4)
   13a48:	40f2                	lw	ra,28(sp)
   13a4a:	4462                	lw	s0,24(sp)
   13a4c:	44d2                	lw	s1,20(sp)
   13a4e:	4942                	lw	s2,16(sp)
   13a50:	49b2                	lw	s3,12(sp)
   13a52:	4a22                	lw	s4,8(sp)
   13a54:	6105                	add	sp,sp,32
   13a56:	8082                	ret

00013a58 <send_segment>:
   13a58:	7139                	add	sp,sp,-64
   13a5a:	dc22                	sw	s0,56(sp)
   13a5c:	842a                	mv	s0,a0
   13a5e:	00845803          	lhu	a6,8(s0)
   13a62:	00655503          	lhu	a0,6(a0)
   13a66:	68c1                	lui	a7,0x10
   13a68:	04c42e03          	lw	t3,76(s0)
   13a6c:	fff88313          	add	t1,a7,-1 # ffff <errno+0xffff>
   13a70:	0842                	sll	a6,a6,0x10
   13a72:	00657533          	and	a0,a0,t1
   13a76:	01056533          	or	a0,a0,a6
   13a7a:	6811                	lui	a6,0x4
   13a7c:	d84a                	sw	s2,48(sp)
   13a7e:	d64e                	sw	s3,44(sp)
   13a80:	de06                	sw	ra,60(sp)
   13a82:	da26                	sw	s1,52(sp)
   13a84:	d452                	sw	s4,40(sp)
   13a86:	d256                	sw	s5,36(sp)
   13a88:	c402                	sw	zero,8(sp)
   13a8a:	ce02                	sw	zero,28(sp)
   13a8c:	c02a                	sw	a0,0(sp)
   13a8e:	c232                	sw	a2,4(sp)
   13a90:	c636                	sw	a3,12(sp)
   13a92:	41c80833          	sub	a6,a6,t3
   13a96:	89ae                	mv	s3,a1
   13a98:	893e                	mv	s2,a5
   13a9a:	01186363          	bltu	a6,a7,13aa0 <send_segment+0x48>
   13a9e:	881a                	mv	a6,t1
   13aa0:	5b400793          	li	a5,1460
   13aa4:	c842                	sw	a6,16(sp)
   13aa6:	ca4a                	sw	s2,20(sp)
   13aa8:	cc3e                	sw	a5,24(sp)
   13aaa:	8ac1                	and	a3,a3,16
   13aac:	ca99                	beqz	a3,13ac2 <send_segment+0x6a>
   13aae:	5c14                	lw	a3,56(s0)
   13ab0:	00144783          	lbu	a5,1(s0)
   13ab4:	9836                	add	a6,a6,a3
   13ab6:	9bf5                	and	a5,a5,-3
   13ab8:	c436                	sw	a3,8(sp)
   13aba:	03042e23          	sw	a6,60(s0)
   13abe:	00f400a3          	sb	a5,1(s0)
   13ac2:	4034                	lw	a3,64(s0)
   13ac4:	6491                	lui	s1,0x4
   13ac6:	fff48793          	add	a5,s1,-1 # 3fff <errno+0x3fff>
   13aca:	9736                	add	a4,a4,a3
   13acc:	8f7d                	and	a4,a4,a5
   13ace:	8c99                	sub	s1,s1,a4
   13ad0:	08040a93          	add	s5,s0,128
   13ad4:	03698a13          	add	s4,s3,54
   13ad8:	00997363          	bgeu	s2,s1,13ade <send_segment+0x86>
   13adc:	84ca                	mv	s1,s2
   13ade:	00ea85b3          	add	a1,s5,a4
   13ae2:	8626                	mv	a2,s1
   13ae4:	8552                	mv	a0,s4
   13ae6:	27a1                	jal	1422e <memcpy>
   13ae8:	40990633          	sub	a2,s2,s1
   13aec:	85d6                	mv	a1,s5
   13aee:	009a0533          	add	a0,s4,s1
   13af2:	2f35                	jal	1422e <memcpy>
   13af4:	444c                	lw	a1,12(s0)
   13af6:	860a                	mv	a2,sp
   13af8:	854e                	mv	a0,s3
   13afa:	3d05                	jal	1392a <inet_tcp_emit>
   13afc:	50f2                	lw	ra,60(sp)
   13afe:	5462                	lw	s0,56(sp)
   13b00:	54d2                	lw	s1,52(sp)
   13b02:	5942                	lw	s2,48(sp)
   13b04:	59b2                	lw	s3,44(sp)
   13b06:	5a22                	lw	s4,40(sp)
   13b08:	5a92                	lw	s5,36(sp)
   13b0a:	6121                	add	sp,sp,64
   13b0c:	8082                	ret

00013b0e <inet_tcp_arm>:
   13b0e:	00254603          	lbu	a2,2(a0)
   13b12:	553c                	lw	a5,104(a0)
   13b14:	ce11                	beqz	a2,13b30 <inet_tcp_arm+0x22>
   13b16:	6689                	lui	a3,0x2
   13b18:	f3f68693          	add	a3,a3,-193 # 1f3f <errno+0x1f3f>
   13b1c:	00f6ea63          	bltu	a3,a5,13b30 <inet_tcp_arm+0x22>
   13b20:	4701                	li	a4,0
   13b22:	a019                	j	13b28 <inet_tcp_arm+0x1a>
   13b24:	00f6e663          	bltu	a3,a5,13b30 <inet_tcp_arm+0x22>
   13b28:	0705                	add	a4,a4,1
   13b2a:	0786                	sll	a5,a5,0x1
   13b2c:	fec71ce3          	bne	a4,a2,13b24 <inet_tcp_arm+0x16>
   13b30:	6709                	lui	a4,0x2
   13b32:	f4070713          	add	a4,a4,-192 # 1f40 <errno+0x1f40>
   13b36:	00f77363          	bgeu	a4,a5,13b3c <inet_tcp_arm+0x2e>
   13b3a:	87ba                	mv	a5,a4
   13b3c:	c8102773          	rdtimeh	a4
   13b40:	c0102673          	rdtime	a2
   13b44:	c81026f3          	rdtimeh	a3
   13b48:	fed71ae3          	bne	a4,a3,13b3c <inet_tcp_arm+0x2e>
   13b4c:	6589                	lui	a1,0x2
   13b4e:	71058593          	add	a1,a1,1808 # 2710 <errno+0x2710>
   13b52:	02b786b3          	mul	a3,a5,a1
   13b56:	02b7b7b3          	mulhu	a5,a5,a1
   13b5a:	96b2                	add	a3,a3,a2
   13b5c:	00c6b633          	sltu	a2,a3,a2
   13b60:	c934                	sw	a3,80(a0)
   13b62:	973e                	add	a4,a4,a5
   13b64:	963a                	add	a2,a2,a4
   13b66:	c970                	sw	a2,84(a0)
   13b68:	8082                	ret

00013b6a <sent>:
   13b6a:	5114                	lw	a3,32(a0)
   13b6c:	40d587b3          	sub	a5,a1,a3
   13b70:	95b2                	add	a1,a1,a2
   13b72:	0207cb63          	bltz	a5,13ba8 <sent+0x3e>
   13b76:	5d3c                	lw	a5,120(a0)
   13b78:	5d78                	lw	a4,124(a0)
   13b7a:	8fd9                	or	a5,a5,a4
   13b7c:	ef81                	bnez	a5,13b94 <sent+0x2a>
   13b7e:	d92c                	sw	a1,112(a0)
   13b80:	c81027f3          	rdtimeh	a5
   13b84:	c0102673          	rdtime	a2
   13b88:	c8102773          	rdtimeh	a4
   13b8c:	fee79ae3          	bne	a5,a4,13b80 <sent+0x16>
   13b90:	dd30                	sw	a2,120(a0)
   13b92:	dd7c                	sw	a5,124(a0)
   13b94:	cd4c                	sw	a1,28(a0)
   13b96:	8e8d                	sub	a3,a3,a1
   13b98:	0006d363          	bgez	a3,13b9e <sent+0x34>
   13b9c:	d10c                	sw	a1,32(a0)
   13b9e:	493c                	lw	a5,80(a0)
   13ba0:	4978                	lw	a4,84(a0)
   13ba2:	8fd9                	or	a5,a5,a4
   13ba4:	cb89                	beqz	a5,13bb6 <sent+0x4c>
   13ba6:	8082                	ret
   13ba8:	67f1                	lui	a5,0x1c
   13baa:	85c78793          	add	a5,a5,-1956 # 1b85c <inet_counters>
   13bae:	5bf8                	lw	a4,116(a5)
   13bb0:	0705                	add	a4,a4,1
   13bb2:	dbf8                	sw	a4,116(a5)
   13bb4:	b7c5                	j	13b94 <sent+0x2a>
   13bb6:	bfa1                	j	13b0e <inet_tcp_arm>

00013bb8 <inet_tcp_output>:
   13bb8:	7179                	add	sp,sp,-48
   13bba:	d422                	sw	s0,40(sp)
   13bbc:	cc52                	sw	s4,24(sp)
   13bbe:	d606                	sw	ra,44(sp)
   13bc0:	d226                	sw	s1,36(sp)
   13bc2:	d04a                	sw	s2,32(sp)
   13bc4:	ce4e                	sw	s3,28(sp)
   13bc6:	ca56                	sw	s5,20(sp)
   13bc8:	c85a                	sw	s6,16(sp)
   13bca:	c65e                	sw	s7,12(sp)
   13bcc:	00054483          	lbu	s1,0(a0)
   13bd0:	4705                	li	a4,1
   13bd2:	842a                	mv	s0,a0
   13bd4:	ffd48793          	add	a5,s1,-3
   13bd8:	0ff7f793          	zext.b	a5,a5
   13bdc:	8a2e                	mv	s4,a1
   13bde:	10f77f63          	bgeu	a4,a5,13cfc <inet_tcp_output+0x144>
   13be2:	4791                	li	a5,4
   13be4:	0697f763          	bgeu	a5,s1,13c52 <inet_tcp_output+0x9a>
   13be8:	00144683          	lbu	a3,1(s0)
   13bec:	0086f793          	and	a5,a3,8
   13bf0:	e7b9                	bnez	a5,13c3e <inet_tcp_output+0x86>
   13bf2:	01c42983          	lw	s3,28(s0)
   13bf6:	4c10                	lw	a2,24(s0)
   13bf8:	407c                	lw	a5,68(s0)
   13bfa:	40c98ab3          	sub	s5,s3,a2
   13bfe:	0557e063          	bltu	a5,s5,13c3e <inet_tcp_output+0x86>
   13c02:	504c                	lw	a1,36(s0)
   13c04:	41360633          	sub	a2,a2,s3
   13c08:	00c784b3          	add	s1,a5,a2
   13c0c:	4701                	li	a4,0
   13c0e:	00baf463          	bgeu	s5,a1,13c16 <inet_tcp_output+0x5e>
   13c12:	00b60733          	add	a4,a2,a1
   13c16:	00a45783          	lhu	a5,10(s0)
   13c1a:	00f4f363          	bgeu	s1,a5,13c20 <inet_tcp_output+0x68>
   13c1e:	87a6                	mv	a5,s1
   13c20:	0206f613          	and	a2,a3,32
   13c24:	c211                	beqz	a2,13c28 <inet_tcp_output+0x70>
   13c26:	cb69                	beqz	a4,13cf8 <inet_tcp_output+0x140>
   13c28:	893e                	mv	s2,a5
   13c2a:	00f77363          	bgeu	a4,a5,13c30 <inet_tcp_output+0x78>
   13c2e:	893a                	mv	s2,a4
   13c30:	0046f713          	and	a4,a3,4
   13c34:	c319                	beqz	a4,13c3a <inet_tcp_output+0x82>
   13c36:	03248963          	beq	s1,s2,13c68 <inet_tcp_output+0xb0>
   13c3a:	08091163          	bnez	s2,13cbc <inet_tcp_output+0x104>
   13c3e:	8a89                	and	a3,a3,2
   13c40:	e6ad                	bnez	a3,13caa <inet_tcp_output+0xf2>
   13c42:	483c                	lw	a5,80(s0)
   13c44:	4878                	lw	a4,84(s0)
   13c46:	8fd9                	or	a5,a5,a4
   13c48:	e789                	bnez	a5,13c52 <inet_tcp_output+0x9a>
   13c4a:	4c58                	lw	a4,28(s0)
   13c4c:	4c1c                	lw	a5,24(s0)
   13c4e:	0ef70463          	beq	a4,a5,13d36 <inet_tcp_output+0x17e>
   13c52:	50b2                	lw	ra,44(sp)
   13c54:	5422                	lw	s0,40(sp)
   13c56:	5492                	lw	s1,36(sp)
   13c58:	5902                	lw	s2,32(sp)
   13c5a:	49f2                	lw	s3,28(sp)
   13c5c:	4a62                	lw	s4,24(sp)
   13c5e:	4ad2                	lw	s5,20(sp)
   13c60:	4b42                	lw	s6,16(sp)
   13c62:	4bb2                	lw	s7,12(sp)
   13c64:	6145                	add	sp,sp,48
   13c66:	8082                	ret
   13c68:	4b05                	li	s6,1
   13c6a:	00f4f763          	bgeu	s1,a5,13c78 <inet_tcp_output+0xc0>
   13c6e:	581c                	lw	a5,48(s0)
   13c70:	8385                	srl	a5,a5,0x1
   13c72:	00f97363          	bgeu	s2,a5,13c78 <inet_tcp_output+0xc0>
   13c76:	d661                	beqz	a2,13c3e <inet_tcp_output+0x86>
   13c78:	fdf6f693          	and	a3,a3,-33
   13c7c:	00d400a3          	sb	a3,1(s0)
   13c80:	01690633          	add	a2,s2,s6
   13c84:	85ce                	mv	a1,s3
   13c86:	8522                	mv	a0,s0
   13c88:	8bda                	mv	s7,s6
   13c8a:	35c5                	jal	13b6a <sent>
   13c8c:	04091463          	bnez	s2,13cd4 <inet_tcp_output+0x11c>
   13c90:	010b6693          	or	a3,s6,16
   13c94:	4781                	li	a5,0
   13c96:	8756                	mv	a4,s5
   13c98:	864e                	mv	a2,s3
   13c9a:	85d2                	mv	a1,s4
   13c9c:	8522                	mv	a0,s0
   13c9e:	dbbff0ef          	jal	13a58 <send_segment>
   13ca2:	00144683          	lbu	a3,1(s0)
   13ca6:	8a89                	and	a3,a3,2
   13ca8:	dec9                	beqz	a3,13c42 <inet_tcp_output+0x8a>
   13caa:	4c50                	lw	a2,28(s0)
   13cac:	4781                	li	a5,0
   13cae:	4701                	li	a4,0
   13cb0:	46c1                	li	a3,16
   13cb2:	85d2                	mv	a1,s4
   13cb4:	8522                	mv	a0,s0
   13cb6:	da3ff0ef          	jal	13a58 <send_segment>
   13cba:	b761                	j	13c42 <inet_tcp_output+0x8a>
   13cbc:	4b01                	li	s6,0
   13cbe:	faf968e3          	bltu	s2,a5,13c6e <inet_tcp_output+0xb6>
   13cc2:	fdf6f693          	and	a3,a3,-33
   13cc6:	00d400a3          	sb	a3,1(s0)
   13cca:	864a                	mv	a2,s2
   13ccc:	85ce                	mv	a1,s3
   13cce:	8522                	mv	a0,s0
   13cd0:	3d69                	jal	13b6a <sent>
   13cd2:	4b81                	li	s7,0
   13cd4:	46e1                	li	a3,24
   13cd6:	01248363          	beq	s1,s2,13cdc <inet_tcp_output+0x124>
   13cda:	46c1                	li	a3,16
   13cdc:	87ca                	mv	a5,s2
   13cde:	8756                	mv	a4,s5
   13ce0:	0176e6b3          	or	a3,a3,s7
   13ce4:	864e                	mv	a2,s3
   13ce6:	85d2                	mv	a1,s4
   13ce8:	8522                	mv	a0,s0
   13cea:	d6fff0ef          	jal	13a58 <send_segment>
   13cee:	ee0b0de3          	beqz	s6,13be8 <inet_tcp_output+0x30>
   13cf2:	00144683          	lbu	a3,1(s0)
   13cf6:	bf45                	j	13ca6 <inet_tcp_output+0xee>
   13cf8:	4705                	li	a4,1
   13cfa:	b73d                	j	13c28 <inet_tcp_output+0x70>
   13cfc:	01452903          	lw	s2,20(a0)
   13d00:	4d5c                	lw	a5,28(a0)
   13d02:	f52798e3          	bne	a5,s2,13c52 <inet_tcp_output+0x9a>
   13d06:	4605                	li	a2,1
   13d08:	85ca                	mv	a1,s2
   13d0a:	3585                	jal	13b6a <sent>
   13d0c:	4791                	li	a5,4
   13d0e:	4689                	li	a3,2
   13d10:	04f48863          	beq	s1,a5,13d60 <inet_tcp_output+0x1a8>
   13d14:	8522                	mv	a0,s0
   13d16:	5422                	lw	s0,40(sp)
   13d18:	50b2                	lw	ra,44(sp)
   13d1a:	5492                	lw	s1,36(sp)
   13d1c:	49f2                	lw	s3,28(sp)
   13d1e:	4ad2                	lw	s5,20(sp)
   13d20:	4b42                	lw	s6,16(sp)
   13d22:	4bb2                	lw	s7,12(sp)
   13d24:	864a                	mv	a2,s2
   13d26:	85d2                	mv	a1,s4
   13d28:	5902                	lw	s2,32(sp)
   13d2a:	4a62                	lw	s4,24(sp)
   13d2c:	4781                	li	a5,0
   13d2e:	4701                	li	a4,0
   13d30:	6145                	add	sp,sp,48
   13d32:	d27ff06f          	j	13a58 <send_segment>
   13d36:	407c                	lw	a5,68(s0)
   13d38:	f0078de3          	beqz	a5,13c52 <inet_tcp_output+0x9a>
   13d3c:	00144783          	lbu	a5,1(s0)
   13d40:	8ba1                	and	a5,a5,8
   13d42:	f00798e3          	bnez	a5,13c52 <inet_tcp_output+0x9a>
   13d46:	8522                	mv	a0,s0
   13d48:	5422                	lw	s0,40(sp)
   13d4a:	50b2                	lw	ra,44(sp)
   13d4c:	5492                	lw	s1,36(sp)
   13d4e:	5902                	lw	s2,32(sp)
   13d50:	49f2                	lw	s3,28(sp)
   13d52:	4a62                	lw	s4,24(sp)
   13d54:	4ad2                	lw	s5,20(sp)
   13d56:	4b42                	lw	s6,16(sp)
   13d58:	4bb2                	lw	s7,12(sp)
   13d5a:	6145                	add	sp,sp,48
   13d5c:	db3ff06f          	j	13b0e <inet_tcp_arm>
   13d60:	46c9                	li	a3,18
   13d62:	bf4d                	j	13d14 <inet_tcp_output+0x15c>

00013d64 <inet_tcp_abort>:
   13d64:	00054703          	lbu	a4,0(a0)
   13d68:	1141                	add	sp,sp,-16
   13d6a:	c422                	sw	s0,8(sp)
   13d6c:	c606                	sw	ra,12(sp)
   13d6e:	478d                	li	a5,3
   13d70:	842a                	mv	s0,a0
   13d72:	02e7e563          	bltu	a5,a4,13d9c <inet_tcp_abort+0x38>
   13d76:	00144783          	lbu	a5,1(s0)
   13d7a:	f9800713          	li	a4,-104
   13d7e:	00e41223          	sh	a4,4(s0)
   13d82:	8b85                	and	a5,a5,1
   13d84:	00f40023          	sb	a5,0(s0)
   13d88:	4681                	li	a3,0
   13d8a:	4701                	li	a4,0
   13d8c:	40b2                	lw	ra,12(sp)
   13d8e:	cc34                	sw	a3,88(s0)
   13d90:	cc78                	sw	a4,92(s0)
   13d92:	c834                	sw	a3,80(s0)
   13d94:	c878                	sw	a4,84(s0)
   13d96:	4422                	lw	s0,8(sp)
   13d98:	0141                	add	sp,sp,16
   13d9a:	8082                	ret
   13d9c:	4d50                	lw	a2,28(a0)
   13d9e:	4781                	li	a5,0
   13da0:	4701                	li	a4,0
   13da2:	46d1                	li	a3,20
   13da4:	cb5ff0ef          	jal	13a58 <send_segment>
   13da8:	b7f9                	j	13d76 <inet_tcp_abort+0x12>

00013daa <inet_tcp_fail>:
   13daa:	00154783          	lbu	a5,1(a0)
   13dae:	4681                	li	a3,0
   13db0:	4701                	li	a4,0
   13db2:	8b85                	and	a5,a5,1
   13db4:	00b51223          	sh	a1,4(a0)
   13db8:	cd34                	sw	a3,88(a0)
   13dba:	cd78                	sw	a4,92(a0)
   13dbc:	c934                	sw	a3,80(a0)
   13dbe:	c978                	sw	a4,84(a0)
   13dc0:	00f50023          	sb	a5,0(a0)
   13dc4:	8082                	ret

00013dc6 <inet_tcp_time_wait>:
   13dc6:	47ad                	li	a5,11
   13dc8:	00f50023          	sb	a5,0(a0)
   13dcc:	4801                	li	a6,0
   13dce:	4781                	li	a5,0
   13dd0:	c93c                	sw	a5,80(a0)
   13dd2:	05052a23          	sw	a6,84(a0)
   13dd6:	c81027f3          	rdtimeh	a5
   13dda:	c01026f3          	rdtime	a3
   13dde:	c8102773          	rdtimeh	a4
   13de2:	fee79ae3          	bne	a5,a4,13dd6 <inet_tcp_time_wait+0x10>
   13de6:	00989737          	lui	a4,0x989
   13dea:	68070713          	add	a4,a4,1664 # 989680 <_end+0x9261f8>
   13dee:	9736                	add	a4,a4,a3
   13df0:	00d736b3          	sltu	a3,a4,a3
   13df4:	96be                	add	a3,a3,a5
   13df6:	cd38                	sw	a4,88(a0)
   13df8:	cd74                	sw	a3,92(a0)
   13dfa:	8082                	ret

00013dfc <inet_tcp_rtt_sample>:
   13dfc:	e191                	bnez	a1,13e00 <inet_tcp_rtt_sample+0x4>
   13dfe:	4585                	li	a1,1
   13e00:	513c                	lw	a5,96(a0)
   13e02:	e3b1                	bnez	a5,13e46 <inet_tcp_rtt_sample+0x4a>
   13e04:	0015d793          	srl	a5,a1,0x1
   13e08:	d12c                	sw	a1,96(a0)
   13e0a:	d17c                	sw	a5,100(a0)
   13e0c:	078a                	sll	a5,a5,0x2
   13e0e:	3e800713          	li	a4,1000
   13e12:	00e7f463          	bgeu	a5,a4,13e1a <inet_tcp_rtt_sample+0x1e>
   13e16:	3e800793          	li	a5,1000
   13e1a:	3e758593          	add	a1,a1,999
   13e1e:	000316b7          	lui	a3,0x31
   13e22:	97ae                	add	a5,a5,a1
   13e24:	d3f68693          	add	a3,a3,-705 # 30d3f <inet_tcbs+0xdeb7>
   13e28:	0c800713          	li	a4,200
   13e2c:	00f6fb63          	bgeu	a3,a5,13e42 <inet_tcp_rtt_sample+0x46>
   13e30:	3e800713          	li	a4,1000
   13e34:	02e7d733          	divu	a4,a5,a4
   13e38:	6789                	lui	a5,0x2
   13e3a:	f4078793          	add	a5,a5,-192 # 1f40 <errno+0x1f40>
   13e3e:	02e7e863          	bltu	a5,a4,13e6e <inet_tcp_rtt_sample+0x72>
   13e42:	d538                	sw	a4,104(a0)
   13e44:	8082                	ret
   13e46:	40f58633          	sub	a2,a1,a5
   13e4a:	00f5f463          	bgeu	a1,a5,13e52 <inet_tcp_rtt_sample+0x56>
   13e4e:	40b78633          	sub	a2,a5,a1
   13e52:	5174                	lw	a3,100(a0)
   13e54:	00379713          	sll	a4,a5,0x3
   13e58:	8f1d                	sub	a4,a4,a5
   13e5a:	00169793          	sll	a5,a3,0x1
   13e5e:	97b6                	add	a5,a5,a3
   13e60:	97b2                	add	a5,a5,a2
   13e62:	95ba                	add	a1,a1,a4
   13e64:	8389                	srl	a5,a5,0x2
   13e66:	818d                	srl	a1,a1,0x3
   13e68:	d17c                	sw	a5,100(a0)
   13e6a:	d12c                	sw	a1,96(a0)
   13e6c:	b745                	j	13e0c <inet_tcp_rtt_sample+0x10>
   13e6e:	873e                	mv	a4,a5
   13e70:	d538                	sw	a4,104(a0)
   13e72:	8082                	ret

00013e74 <inet_tcp_timers>:
   13e74:	7179                	add	sp,sp,-48
   13e76:	d422                	sw	s0,40(sp)
   13e78:	d226                	sw	s1,36(sp)
   13e7a:	00023437          	lui	s0,0x23
   13e7e:	000404b7          	lui	s1,0x40
   13e82:	d04a                	sw	s2,32(sp)
   13e84:	e8840413          	add	s0,s0,-376 # 22e88 <inet_tcbs>
   13e88:	40048493          	add	s1,s1,1024 # 40400 <inet_tcbs+0x1d578>
   13e8c:	6921                	lui	s2,0x8
   13e8e:	ce4e                	sw	s3,28(sp)
   13e90:	cc52                	sw	s4,24(sp)
   13e92:	ca56                	sw	s5,20(sp)
   13e94:	c85a                	sw	s6,16(sp)
   13e96:	c65e                	sw	s7,12(sp)
   13e98:	c462                	sw	s8,8(sp)
   13e9a:	d606                	sw	ra,44(sp)
   13e9c:	8baa                	mv	s7,a0
   13e9e:	8b2e                	mv	s6,a1
   13ea0:	8c32                	mv	s8,a2
   13ea2:	94a2                	add	s1,s1,s0
   13ea4:	5afd                	li	s5,-1
   13ea6:	5a7d                	li	s4,-1
   13ea8:	4989                	li	s3,2
   13eaa:	08090913          	add	s2,s2,128 # 8080 <errno+0x8080>
   13eae:	00044783          	lbu	a5,0(s0)
   13eb2:	02f9f463          	bgeu	s3,a5,13eda <inet_tcp_timers+0x66>
   13eb6:	05042803          	lw	a6,80(s0)
   13eba:	4878                	lw	a4,84(s0)
   13ebc:	00e866b3          	or	a3,a6,a4
   13ec0:	ce95                	beqz	a3,13efc <inet_tcp_timers+0x88>
   13ec2:	06eb7b63          	bgeu	s6,a4,13f38 <inet_tcp_timers+0xc4>
   13ec6:	05842883          	lw	a7,88(s0)
   13eca:	4c74                	lw	a3,92(s0)
   13ecc:	00d8e633          	or	a2,a7,a3
   13ed0:	ee0d                	bnez	a2,13f0a <inet_tcp_timers+0x96>
   13ed2:	13476363          	bltu	a4,s4,13ff8 <inet_tcp_timers+0x184>
   13ed6:	10ea0f63          	beq	s4,a4,13ff4 <inet_tcp_timers+0x180>
   13eda:	944a                	add	s0,s0,s2
   13edc:	fc9419e3          	bne	s0,s1,13eae <inet_tcp_timers+0x3a>
   13ee0:	50b2                	lw	ra,44(sp)
   13ee2:	5422                	lw	s0,40(sp)
   13ee4:	5492                	lw	s1,36(sp)
   13ee6:	5902                	lw	s2,32(sp)
   13ee8:	49f2                	lw	s3,28(sp)
   13eea:	4b42                	lw	s6,16(sp)
   13eec:	4bb2                	lw	s7,12(sp)
   13eee:	4c22                	lw	s8,8(sp)
   13ef0:	8556                	mv	a0,s5
   13ef2:	85d2                	mv	a1,s4
   13ef4:	4ad2                	lw	s5,20(sp)
   13ef6:	4a62                	lw	s4,24(sp)
   13ef8:	6145                	add	sp,sp,48
   13efa:	8082                	ret
   13efc:	05842883          	lw	a7,88(s0)
   13f00:	4c74                	lw	a3,92(s0)
   13f02:	00d8e333          	or	t1,a7,a3
   13f06:	fc030ae3          	beqz	t1,13eda <inet_tcp_timers+0x66>
   13f0a:	0adb7763          	bgeu	s6,a3,13fb8 <inet_tcp_timers+0x144>
   13f0e:	00e867b3          	or	a5,a6,a4
   13f12:	ebed                	bnez	a5,14004 <inet_tcp_timers+0x190>
   13f14:	00d8e7b3          	or	a5,a7,a3
   13f18:	d3e9                	beqz	a5,13eda <inet_tcp_timers+0x66>
   13f1a:	0146f863          	bgeu	a3,s4,13f2a <inet_tcp_timers+0xb6>
   13f1e:	8ac6                	mv	s5,a7
   13f20:	8a36                	mv	s4,a3
   13f22:	944a                	add	s0,s0,s2
   13f24:	f89415e3          	bne	s0,s1,13eae <inet_tcp_timers+0x3a>
   13f28:	bf65                	j	13ee0 <inet_tcp_timers+0x6c>
   13f2a:	fada18e3          	bne	s4,a3,13eda <inet_tcp_timers+0x66>
   13f2e:	fb58f6e3          	bgeu	a7,s5,13eda <inet_tcp_timers+0x66>
   13f32:	8ac6                	mv	s5,a7
   13f34:	8a36                	mv	s4,a3
   13f36:	b7f5                	j	13f22 <inet_tcp_timers+0xae>
   13f38:	01671463          	bne	a4,s6,13f40 <inet_tcp_timers+0xcc>
   13f3c:	f90be5e3          	bltu	s7,a6,13ec6 <inet_tcp_timers+0x52>
   13f40:	00244703          	lbu	a4,2(s0)
   13f44:	4681                	li	a3,0
   13f46:	4601                	li	a2,0
   13f48:	c874                	sw	a3,84(s0)
   13f4a:	c830                	sw	a2,80(s0)
   13f4c:	469d                	li	a3,7
   13f4e:	0ce6e263          	bltu	a3,a4,14012 <inet_tcp_timers+0x19e>
   13f52:	0705                	add	a4,a4,1
   13f54:	17f5                	add	a5,a5,-3
   13f56:	00e40123          	sb	a4,2(s0)
   13f5a:	4681                	li	a3,0
   13f5c:	4701                	li	a4,0
   13f5e:	dc78                	sw	a4,124(s0)
   13f60:	dc34                	sw	a3,120(s0)
   13f62:	0ff7f793          	zext.b	a5,a5
   13f66:	4705                	li	a4,1
   13f68:	0af77363          	bgeu	a4,a5,1400e <inet_tcp_timers+0x19a>
   13f6c:	4c18                	lw	a4,24(s0)
   13f6e:	00144783          	lbu	a5,1(s0)
   13f72:	85e2                	mv	a1,s8
   13f74:	8522                	mv	a0,s0
   13f76:	0207e793          	or	a5,a5,32
   13f7a:	00f400a3          	sb	a5,1(s0)
   13f7e:	cc58                	sw	a4,28(s0)
   13f80:	c39ff0ef          	jal	13bb8 <inet_tcp_output>
   13f84:	00144783          	lbu	a5,1(s0)
   13f88:	05842883          	lw	a7,88(s0)
   13f8c:	4c74                	lw	a3,92(s0)
   13f8e:	fdf7f793          	and	a5,a5,-33
   13f92:	00f400a3          	sb	a5,1(s0)
   13f96:	00d8e7b3          	or	a5,a7,a3
   13f9a:	cbf9                	beqz	a5,14070 <inet_tcp_timers+0x1fc>
   13f9c:	00044783          	lbu	a5,0(s0)
   13fa0:	0edb7363          	bgeu	s6,a3,14086 <inet_tcp_timers+0x212>
   13fa4:	4709                	li	a4,2
   13fa6:	f2f77ae3          	bgeu	a4,a5,13eda <inet_tcp_timers+0x66>
   13faa:	05042803          	lw	a6,80(s0)
   13fae:	4878                	lw	a4,84(s0)
   13fb0:	05842883          	lw	a7,88(s0)
   13fb4:	4c74                	lw	a3,92(s0)
   13fb6:	bfa1                	j	13f0e <inet_tcp_timers+0x9a>
   13fb8:	01669463          	bne	a3,s6,13fc0 <inet_tcp_timers+0x14c>
   13fbc:	f51be9e3          	bltu	s7,a7,13f0e <inet_tcp_timers+0x9a>
   13fc0:	4701                	li	a4,0
   13fc2:	4681                	li	a3,0
   13fc4:	cc78                	sw	a4,92(s0)
   13fc6:	cc34                	sw	a3,88(s0)
   13fc8:	472d                	li	a4,11
   13fca:	08e78263          	beq	a5,a4,1404e <inet_tcp_timers+0x1da>
   13fce:	00144703          	lbu	a4,1(s0)
   13fd2:	8b05                	and	a4,a4,1
   13fd4:	fb61                	bnez	a4,13fa4 <inet_tcp_timers+0x130>
   13fd6:	f9200793          	li	a5,-110
   13fda:	00f41223          	sh	a5,4(s0)
   13fde:	4801                	li	a6,0
   13fe0:	4781                	li	a5,0
   13fe2:	c83c                	sw	a5,80(s0)
   13fe4:	05042a23          	sw	a6,84(s0)
   13fe8:	00040023          	sb	zero,0(s0)
   13fec:	944a                	add	s0,s0,s2
   13fee:	ec9410e3          	bne	s0,s1,13eae <inet_tcp_timers+0x3a>
   13ff2:	b5fd                	j	13ee0 <inet_tcp_timers+0x6c>
   13ff4:	ef5873e3          	bgeu	a6,s5,13eda <inet_tcp_timers+0x66>
   13ff8:	944a                	add	s0,s0,s2
   13ffa:	8ac2                	mv	s5,a6
   13ffc:	8a3a                	mv	s4,a4
   13ffe:	ea9418e3          	bne	s0,s1,13eae <inet_tcp_timers+0x3a>
   14002:	bdf9                	j	13ee0 <inet_tcp_timers+0x6c>
   14004:	07477c63          	bgeu	a4,s4,1407c <inet_tcp_timers+0x208>
   14008:	8ac2                	mv	s5,a6
   1400a:	8a3a                	mv	s4,a4
   1400c:	b721                	j	13f14 <inet_tcp_timers+0xa0>
   1400e:	4858                	lw	a4,20(s0)
   14010:	bfb9                	j	13f6e <inet_tcp_timers+0xfa>
   14012:	6771                	lui	a4,0x1c
   14014:	85c70713          	add	a4,a4,-1956 # 1b85c <inet_counters>
   14018:	5f74                	lw	a3,124(a4)
   1401a:	4611                	li	a2,4
   1401c:	0685                	add	a3,a3,1
   1401e:	df74                	sw	a3,124(a4)
   14020:	06f66863          	bltu	a2,a5,14090 <inet_tcp_timers+0x21c>
   14024:	f9200713          	li	a4,-110
   14028:	00144783          	lbu	a5,1(s0)
   1402c:	00e41223          	sh	a4,4(s0)
   14030:	4705                	li	a4,1
   14032:	4681                	li	a3,0
   14034:	00e40023          	sb	a4,0(s0)
   14038:	4701                	li	a4,0
   1403a:	cc34                	sw	a3,88(s0)
   1403c:	cc78                	sw	a4,92(s0)
   1403e:	c834                	sw	a3,80(s0)
   14040:	c878                	sw	a4,84(s0)
   14042:	8b85                	and	a5,a5,1
   14044:	e8079be3          	bnez	a5,13eda <inet_tcp_timers+0x66>
   14048:	00040023          	sb	zero,0(s0)
   1404c:	b745                	j	13fec <inet_tcp_timers+0x178>
   1404e:	00144783          	lbu	a5,1(s0)
   14052:	4705                	li	a4,1
   14054:	00e40023          	sb	a4,0(s0)
   14058:	4681                	li	a3,0
   1405a:	4701                	li	a4,0
   1405c:	00041223          	sh	zero,4(s0)
   14060:	c834                	sw	a3,80(s0)
   14062:	c878                	sw	a4,84(s0)
   14064:	8b85                	and	a5,a5,1
   14066:	d3c9                	beqz	a5,13fe8 <inet_tcp_timers+0x174>
   14068:	944a                	add	s0,s0,s2
   1406a:	e49412e3          	bne	s0,s1,13eae <inet_tcp_timers+0x3a>
   1406e:	bd8d                	j	13ee0 <inet_tcp_timers+0x6c>
   14070:	00044783          	lbu	a5,0(s0)
   14074:	4709                	li	a4,2
   14076:	e6f772e3          	bgeu	a4,a5,13eda <inet_tcp_timers+0x66>
   1407a:	bf05                	j	13faa <inet_tcp_timers+0x136>
   1407c:	e8ea1ce3          	bne	s4,a4,13f14 <inet_tcp_timers+0xa0>
   14080:	e9587ae3          	bgeu	a6,s5,13f14 <inet_tcp_timers+0xa0>
   14084:	b751                	j	14008 <inet_tcp_timers+0x194>
   14086:	f3669de3          	bne	a3,s6,13fc0 <inet_tcp_timers+0x14c>
   1408a:	f11bede3          	bltu	s7,a7,13fa4 <inet_tcp_timers+0x130>
   1408e:	bf0d                	j	13fc0 <inet_tcp_timers+0x14c>
   14090:	4c50                	lw	a2,28(s0)
   14092:	4781                	li	a5,0
   14094:	4701                	li	a4,0
   14096:	46d1                	li	a3,20
   14098:	85e2                	mv	a1,s8
   1409a:	8522                	mv	a0,s0
   1409c:	9bdff0ef          	jal	13a58 <send_segment>
   140a0:	b751                	j	14024 <inet_tcp_timers+0x1b0>

000140a2 <write>:
   140a2:	4889                	li	a7,2
   140a4:	00000073          	ecall
   140a8:	00054363          	bltz	a0,140ae <write+0xc>
   140ac:	8082                	ret
   140ae:	fff54793          	not	a5,a0
   140b2:	02500693          	li	a3,37
   140b6:	4715                	li	a4,5
   140b8:	00f6e863          	bltu	a3,a5,140c8 <write+0x26>
   140bc:	675d                	lui	a4,0x17
   140be:	7dc70713          	add	a4,a4,2012 # 177dc <CSWTCH.24>
   140c2:	97ba                	add	a5,a5,a4
   140c4:	00078703          	lb	a4,0(a5)
   140c8:	00e22023          	sw	a4,0(tp) # 0 <errno>
   140cc:	557d                	li	a0,-1
   140ce:	8082                	ret

000140d0 <_exit>:
   140d0:	1141                	add	sp,sp,-16
   140d2:	c422                	sw	s0,8(sp)
   140d4:	c606                	sw	ra,12(sp)
   140d6:	842a                	mv	s0,a0
   140d8:	2a29                	jal	141f2 <ulib_flush_stdout>
   140da:	8522                	mv	a0,s0
   140dc:	4581                	li	a1,0
   140de:	4601                	li	a2,0
   140e0:	4885                	li	a7,1
   140e2:	00000073          	ecall
   140e6:	a001                	j	140e6 <_exit+0x16>

000140e8 <sleep_ms>:
   140e8:	1141                	add	sp,sp,-16
   140ea:	c422                	sw	s0,8(sp)
   140ec:	c606                	sw	ra,12(sp)
   140ee:	842a                	mv	s0,a0
   140f0:	2209                	jal	141f2 <ulib_flush_stdout>
   140f2:	8522                	mv	a0,s0
   140f4:	4581                	li	a1,0
   140f6:	4601                	li	a2,0
   140f8:	4899                	li	a7,6
   140fa:	00000073          	ecall
   140fe:	40b2                	lw	ra,12(sp)
   14100:	4422                	lw	s0,8(sp)
   14102:	0141                	add	sp,sp,16
   14104:	8082                	ret

00014106 <net_info>:
   14106:	4581                	li	a1,0
   14108:	4601                	li	a2,0
   1410a:	48c1                	li	a7,16
   1410c:	00000073          	ecall
   14110:	8082                	ret

00014112 <net_send>:
   14112:	4601                	li	a2,0
   14114:	48c5                	li	a7,17
   14116:	00000073          	ecall
   1411a:	8082                	ret

0001411c <net_recv>:
   1411c:	1141                	add	sp,sp,-16
   1411e:	c422                	sw	s0,8(sp)
   14120:	c226                	sw	s1,4(sp)
   14122:	c04a                	sw	s2,0(sp)
   14124:	c606                	sw	ra,12(sp)
   14126:	892a                	mv	s2,a0
   14128:	84ae                	mv	s1,a1
   1412a:	8432                	mv	s0,a2
   1412c:	20d9                	jal	141f2 <ulib_flush_stdout>
   1412e:	854a                	mv	a0,s2
   14130:	85a6                	mv	a1,s1
   14132:	8622                	mv	a2,s0
   14134:	48c9                	li	a7,18
   14136:	00000073          	ecall
   1413a:	40b2                	lw	ra,12(sp)
   1413c:	4422                	lw	s0,8(sp)
   1413e:	4492                	lw	s1,4(sp)
   14140:	4902                	lw	s2,0(sp)
   14142:	0141                	add	sp,sp,16
   14144:	8082                	ret

00014146 <stdout_flush>:
   14146:	1141                	add	sp,sp,-16
   14148:	c04a                	sw	s2,0(sp)
   1414a:	c422                	sw	s0,8(sp)
   1414c:	8401a403          	lw	s0,-1984(gp) # 18058 <out_len>
   14150:	c606                	sw	ra,12(sp)
   14152:	c226                	sw	s1,4(sp)
   14154:	cc19                	beqz	s0,14172 <stdout_flush+0x2c>
   14156:	000634b7          	lui	s1,0x63
   1415a:	28848493          	add	s1,s1,648 # 63288 <out_buf>
   1415e:	a019                	j	14164 <stdout_flush+0x1e>
   14160:	94aa                	add	s1,s1,a0
   14162:	c801                	beqz	s0,14172 <stdout_flush+0x2c>
   14164:	8622                	mv	a2,s0
   14166:	85a6                	mv	a1,s1
   14168:	4505                	li	a0,1
   1416a:	3f25                	jal	140a2 <write>
   1416c:	8c09                	sub	s0,s0,a0
   1416e:	fea049e3          	bgtz	a0,14160 <stdout_flush+0x1a>
   14172:	40b2                	lw	ra,12(sp)
   14174:	4422                	lw	s0,8(sp)
   14176:	8401a023          	sw	zero,-1984(gp) # 18058 <out_len>
   1417a:	4492                	lw	s1,4(sp)
   1417c:	4902                	lw	s2,0(sp)
   1417e:	4501                	li	a0,0
   14180:	0141                	add	sp,sp,16
   14182:	8082                	ret

00014184 <stdout_put>:
   14184:	1101                	add	sp,sp,-32
   14186:	c64e                	sw	s3,12(sp)
   14188:	8401a783          	lw	a5,-1984(gp) # 18058 <out_len>
   1418c:	ca26                	sw	s1,20(sp)
   1418e:	000634b7          	lui	s1,0x63
   14192:	28848493          	add	s1,s1,648 # 63288 <out_buf>
   14196:	cc22                	sw	s0,24(sp)
   14198:	c84a                	sw	s2,16(sp)
   1419a:	00178413          	add	s0,a5,1
   1419e:	ce06                	sw	ra,28(sp)
   141a0:	97a6                	add	a5,a5,s1
   141a2:	00a78023          	sb	a0,0(a5)
   141a6:	8481a023          	sw	s0,-1984(gp) # 18058 <out_len>
   141aa:	47a9                	li	a5,10
   141ac:	892a                	mv	s2,a0
   141ae:	00f50e63          	beq	a0,a5,141ca <stdout_put+0x46>
   141b2:	20000793          	li	a5,512
   141b6:	00f40b63          	beq	s0,a5,141cc <stdout_put+0x48>
   141ba:	40f2                	lw	ra,28(sp)
   141bc:	4462                	lw	s0,24(sp)
   141be:	44d2                	lw	s1,20(sp)
   141c0:	49b2                	lw	s3,12(sp)
   141c2:	854a                	mv	a0,s2
   141c4:	4942                	lw	s2,16(sp)
   141c6:	6105                	add	sp,sp,32
   141c8:	8082                	ret
   141ca:	c811                	beqz	s0,141de <stdout_put+0x5a>
   141cc:	8622                	mv	a2,s0
   141ce:	85a6                	mv	a1,s1
   141d0:	4505                	li	a0,1
   141d2:	3dc1                	jal	140a2 <write>
   141d4:	8c09                	sub	s0,s0,a0
   141d6:	00a05463          	blez	a0,141de <stdout_put+0x5a>
   141da:	94aa                	add	s1,s1,a0
   141dc:	f865                	bnez	s0,141cc <stdout_put+0x48>
   141de:	40f2                	lw	ra,28(sp)
   141e0:	4462                	lw	s0,24(sp)
   141e2:	8401a023          	sw	zero,-1984(gp) # 18058 <out_len>
   141e6:	44d2                	lw	s1,20(sp)
   141e8:	49b2                	lw	s3,12(sp)
   141ea:	854a                	mv	a0,s2
   141ec:	4942                	lw	s2,16(sp)
   141ee:	6105                	add	sp,sp,32
   141f0:	8082                	ret

000141f2 <ulib_flush_stdout>:
   141f2:	1141                	add	sp,sp,-16
   141f4:	c04a                	sw	s2,0(sp)
   141f6:	c422                	sw	s0,8(sp)
   141f8:	8401a403          	lw	s0,-1984(gp) # 18058 <out_len>
   141fc:	c606                	sw	ra,12(sp)
   141fe:	c226                	sw	s1,4(sp)
   14200:	cc19                	beqz	s0,1421e <ulib_flush_stdout+0x2c>
   14202:	000634b7          	lui	s1,0x63
   14206:	28848493          	add	s1,s1,648 # 63288 <out_buf>
   1420a:	a019                	j	14210 <ulib_flush_stdout+0x1e>
   1420c:	94aa                	add	s1,s1,a0
   1420e:	c801                	beqz	s0,1421e <ulib_flush_stdout+0x2c>
   14210:	8622                	mv	a2,s0
   14212:	85a6                	mv	a1,s1
   14214:	4505                	li	a0,1
   14216:	3571                	jal	140a2 <write>
   14218:	8c09                	sub	s0,s0,a0
   1421a:	fea049e3          	bgtz	a0,1420c <ulib_flush_stdout+0x1a>
   1421e:	40b2                	lw	ra,12(sp)
   14220:	4422                	lw	s0,8(sp)
   14222:	8401a023          	sw	zero,-1984(gp) # 18058 <out_len>
   14226:	4492                	lw	s1,4(sp)
   14228:	4902                	lw	s2,0(sp)
   1422a:	0141                	add	sp,sp,16
   1422c:	8082                	ret

0001422e <memcpy>:
   1422e:	832a                	mv	t1,a0
   14230:	ca09                	beqz	a2,14242 <memcpy+0x14>
   14232:	00058383          	lb	t2,0(a1)
   14236:	00730023          	sb	t2,0(t1)
   1423a:	167d                	add	a2,a2,-1
   1423c:	0305                	add	t1,t1,1
   1423e:	0585                	add	a1,a1,1
   14240:	fa6d                	bnez	a2,14232 <memcpy+0x4>
   14242:	8082                	ret

00014244 <memmove>:
   14244:	c215                	beqz	a2,14268 <memmove+0x24>
   14246:	832a                	mv	t1,a0
   14248:	4685                	li	a3,1
   1424a:	00b56763          	bltu	a0,a1,14258 <memmove+0x14>
   1424e:	56fd                	li	a3,-1
   14250:	fff60713          	add	a4,a2,-1
   14254:	933a                	add	t1,t1,a4
   14256:	95ba                	add	a1,a1,a4
   14258:	00058383          	lb	t2,0(a1)
   1425c:	00730023          	sb	t2,0(t1)
   14260:	167d                	add	a2,a2,-1
   14262:	9336                	add	t1,t1,a3
   14264:	95b6                	add	a1,a1,a3
   14266:	fa6d                	bnez	a2,14258 <memmove+0x14>
   14268:	8082                	ret

0001426a <memset>:
   1426a:	832a                	mv	t1,a0
   1426c:	c611                	beqz	a2,14278 <memset+0xe>
   1426e:	00b30023          	sb	a1,0(t1)
   14272:	167d                	add	a2,a2,-1
   14274:	0305                	add	t1,t1,1
   14276:	fe65                	bnez	a2,1426e <memset+0x4>
   14278:	8082                	ret

0001427a <strcmp>:
   1427a:	00054603          	lbu	a2,0(a0)
   1427e:	0005c683          	lbu	a3,0(a1)
   14282:	0505                	add	a0,a0,1
   14284:	0585                	add	a1,a1,1
   14286:	00d61363          	bne	a2,a3,1428c <strcmp+0x12>
   1428a:	fa65                	bnez	a2,1427a <strcmp>
   1428c:	40d60533          	sub	a0,a2,a3
   14290:	8082                	ret

00014292 <__libc_init_array>:
   14292:	138022ef          	jal	t0,163ca <__riscv_save_0>
   14296:	64e1                	lui	s1,0x18
   14298:	6461                	lui	s0,0x18
   1429a:	d0848793          	add	a5,s1,-760 # 17d08 <__fini_array_end>
   1429e:	d0840413          	add	s0,s0,-760 # 17d08 <__fini_array_end>
   142a2:	8c1d                	sub	s0,s0,a5
   142a4:	8409                	sra	s0,s0,0x2
   142a6:	d0848493          	add	s1,s1,-760
   142aa:	4901                	li	s2,0
   142ac:	02891863          	bne	s2,s0,142dc <__libc_init_array+0x4a>
   142b0:	00000793          	li	a5,0
   142b4:	c789                	beqz	a5,142be <__libc_init_array+0x2c>
   142b6:	00000097          	auipc	ra,0x0
   142ba:	000000e7          	jalr	zero # 0 <errno>
   142be:	64e1                	lui	s1,0x18
   142c0:	6461                	lui	s0,0x18
   142c2:	d0848793          	add	a5,s1,-760 # 17d08 <__fini_array_end>
   142c6:	d0840413          	add	s0,s0,-760 # 17d08 <__fini_array_end>
   142ca:	8c1d                	sub	s0,s0,a5
   142cc:	8409                	sra	s0,s0,0x2
   142ce:	d0848493          	add	s1,s1,-760
   142d2:	4901                	li	s2,0
   142d4:	00891963          	bne	s2,s0,142e6 <__libc_init_array+0x54>
   142d8:	1160206f          	j	163ee <__riscv_restore_0>
   142dc:	409c                	lw	a5,0(s1)
   142de:	0905                	add	s2,s2,1
   142e0:	0491                	add	s1,s1,4
   142e2:	9782                	jalr	a5
   142e4:	b7e1                	j	142ac <__libc_init_array+0x1a>
   142e6:	409c                	lw	a5,0(s1)
   142e8:	0905                	add	s2,s2,1
   142ea:	0491                	add	s1,s1,4
   142ec:	9782                	jalr	a5
   142ee:	b7dd                	j	142d4 <__libc_init_array+0x42>

000142f0 <exit>:
   142f0:	0da022ef          	jal	t0,163ca <__riscv_save_0>
   142f4:	00000793          	li	a5,0
   142f8:	842a                	mv	s0,a0
   142fa:	c791                	beqz	a5,14306 <exit+0x16>
   142fc:	4581                	li	a1,0
   142fe:	00000097          	auipc	ra,0x0
   14302:	000000e7          	jalr	zero # 0 <errno>
   14306:	131010ef          	jal	15c36 <__libc_fini_array>
   1430a:	8522                	mv	a0,s0
   1430c:	dc5ff0ef          	jal	140d0 <_exit>

00014310 <memcmp>:
   14310:	4701                	li	a4,0
   14312:	00e61463          	bne	a2,a4,1431a <memcmp+0xa>
   14316:	4501                	li	a0,0
   14318:	8082                	ret
   1431a:	00e507b3          	add	a5,a0,a4
   1431e:	0705                	add	a4,a4,1
   14320:	00e586b3          	add	a3,a1,a4
   14324:	0007c783          	lbu	a5,0(a5)
   14328:	fff6c683          	lbu	a3,-1(a3)
   1432c:	fed783e3          	beq	a5,a3,14312 <memcmp+0x2>
   14330:	40d78533          	sub	a0,a5,a3
   14334:	8082                	ret

00014336 <printf>:
   14336:	7139                	add	sp,sp,-64
   14338:	da3e                	sw	a5,52(sp)
   1433a:	67e1                	lui	a5,0x18
   1433c:	d22e                	sw	a1,36(sp)
   1433e:	85aa                	mv	a1,a0
   14340:	cfc7a503          	lw	a0,-772(a5) # 17cfc <stdout>
   14344:	d432                	sw	a2,40(sp)
   14346:	1050                	add	a2,sp,36
   14348:	ce06                	sw	ra,28(sp)
   1434a:	d636                	sw	a3,44(sp)
   1434c:	d83a                	sw	a4,48(sp)
   1434e:	dc42                	sw	a6,56(sp)
   14350:	de46                	sw	a7,60(sp)
   14352:	c632                	sw	a2,12(sp)
   14354:	2e95                	jal	146c8 <__d_vfprintf>
   14356:	40f2                	lw	ra,28(sp)
   14358:	6121                	add	sp,sp,64
   1435a:	8082                	ret

0001435c <snprintf>:
   1435c:	711d                	add	sp,sp,-96
   1435e:	dc22                	sw	s0,56(sp)
   14360:	da26                	sw	s1,52(sp)
   14362:	d84a                	sw	s2,48(sp)
   14364:	84aa                	mv	s1,a0
   14366:	842e                	mv	s0,a1
   14368:	8932                	mv	s2,a2
   1436a:	4581                	li	a1,0
   1436c:	02000613          	li	a2,32
   14370:	0808                	add	a0,sp,16
   14372:	cabe                	sw	a5,84(sp)
   14374:	de06                	sw	ra,60(sp)
   14376:	c6b6                	sw	a3,76(sp)
   14378:	c8ba                	sw	a4,80(sp)
   1437a:	ccc2                	sw	a6,88(sp)
   1437c:	cec6                	sw	a7,92(sp)
   1437e:	35f5                	jal	1426a <memset>
   14380:	4789                	li	a5,2
   14382:	00f10a23          	sb	a5,20(sp)
   14386:	67d9                	lui	a5,0x16
   14388:	c8678793          	add	a5,a5,-890 # 15c86 <__file_str_put>
   1438c:	cc3e                	sw	a5,24(sp)
   1438e:	d226                	sw	s1,36(sp)
   14390:	4781                	li	a5,0
   14392:	c809                	beqz	s0,143a4 <snprintf+0x48>
   14394:	80000737          	lui	a4,0x80000
   14398:	87a2                	mv	a5,s0
   1439a:	00877463          	bgeu	a4,s0,143a2 <snprintf+0x46>
   1439e:	800007b7          	lui	a5,0x80000
   143a2:	17fd                	add	a5,a5,-1 # 7fffffff <_end+0x7ff9cb77>
   143a4:	94be                	add	s1,s1,a5
   143a6:	00f0                	add	a2,sp,76
   143a8:	85ca                	mv	a1,s2
   143aa:	0808                	add	a0,sp,16
   143ac:	d426                	sw	s1,40(sp)
   143ae:	c632                	sw	a2,12(sp)
   143b0:	2e21                	jal	146c8 <__d_vfprintf>
   143b2:	c401                	beqz	s0,143ba <snprintf+0x5e>
   143b4:	5792                	lw	a5,36(sp)
   143b6:	00078023          	sb	zero,0(a5)
   143ba:	50f2                	lw	ra,60(sp)
   143bc:	5462                	lw	s0,56(sp)
   143be:	54d2                	lw	s1,52(sp)
   143c0:	5942                	lw	s2,48(sp)
   143c2:	6125                	add	sp,sp,96
   143c4:	8082                	ret

000143c6 <strtoul>:
   143c6:	02400793          	li	a5,36
   143ca:	882a                	mv	a6,a0
   143cc:	00c7e563          	bltu	a5,a2,143d6 <strtoul+0x10>
   143d0:	4785                	li	a5,1
   143d2:	00f61a63          	bne	a2,a5,143e6 <strtoul+0x20>
   143d6:	4759                	li	a4,22
   143d8:	00e22023          	sw	a4,0(tp) # 0 <errno>
   143dc:	c199                	beqz	a1,143e2 <strtoul+0x1c>
   143de:	0105a023          	sw	a6,0(a1)
   143e2:	4501                	li	a0,0
   143e4:	8082                	ret
   143e6:	0ff67893          	zext.b	a7,a2
   143ea:	4e11                	li	t3,4
   143ec:	02000313          	li	t1,32
   143f0:	00054783          	lbu	a5,0(a0)
   143f4:	00150713          	add	a4,a0,1
   143f8:	ff778693          	add	a3,a5,-9
   143fc:	0ff6f693          	zext.b	a3,a3
   14400:	08de7c63          	bgeu	t3,a3,14498 <strtoul+0xd2>
   14404:	08678a63          	beq	a5,t1,14498 <strtoul+0xd2>
   14408:	02b00693          	li	a3,43
   1440c:	08d78863          	beq	a5,a3,1449c <strtoul+0xd6>
   14410:	02d00313          	li	t1,45
   14414:	4681                	li	a3,0
   14416:	00679763          	bne	a5,t1,14424 <strtoul+0x5e>
   1441a:	4685                	li	a3,1
   1441c:	00154783          	lbu	a5,1(a0)
   14420:	00250713          	add	a4,a0,2
   14424:	03000513          	li	a0,48
   14428:	06a79f63          	bne	a5,a0,144a6 <strtoul+0xe0>
   1442c:	00074503          	lbu	a0,0(a4) # 80000000 <_end+0x7ff9cb78>
   14430:	07800313          	li	t1,120
   14434:	02056513          	or	a0,a0,32
   14438:	06651463          	bne	a0,t1,144a0 <strtoul+0xda>
   1443c:	c601                	beqz	a2,14444 <strtoul+0x7e>
   1443e:	4641                	li	a2,16
   14440:	00c89763          	bne	a7,a2,1444e <strtoul+0x88>
   14444:	00174783          	lbu	a5,1(a4)
   14448:	883a                	mv	a6,a4
   1444a:	48c1                	li	a7,16
   1444c:	0709                	add	a4,a4,2
   1444e:	4501                	li	a0,0
   14450:	03900613          	li	a2,57
   14454:	00f67963          	bgeu	a2,a5,14466 <strtoul+0xa0>
   14458:	17fd                	add	a5,a5,-1
   1445a:	0207e793          	or	a5,a5,32
   1445e:	fda78793          	add	a5,a5,-38
   14462:	0ff7f793          	zext.b	a5,a5
   14466:	fd078793          	add	a5,a5,-48
   1446a:	0ff7f793          	zext.b	a5,a5
   1446e:	0317ff63          	bgeu	a5,a7,144ac <strtoul+0xe6>
   14472:	03153833          	mulhu	a6,a0,a7
   14476:	03150533          	mul	a0,a0,a7
   1447a:	00081863          	bnez	a6,1448a <strtoul+0xc4>
   1447e:	97aa                	add	a5,a5,a0
   14480:	00a7b833          	sltu	a6,a5,a0
   14484:	853e                	mv	a0,a5
   14486:	00080463          	beqz	a6,1448e <strtoul+0xc8>
   1448a:	0026e693          	or	a3,a3,2
   1448e:	00074783          	lbu	a5,0(a4)
   14492:	883a                	mv	a6,a4
   14494:	0705                	add	a4,a4,1
   14496:	bf7d                	j	14454 <strtoul+0x8e>
   14498:	853a                	mv	a0,a4
   1449a:	bf99                	j	143f0 <strtoul+0x2a>
   1449c:	4681                	li	a3,0
   1449e:	bfbd                	j	1441c <strtoul+0x56>
   144a0:	f65d                	bnez	a2,1444e <strtoul+0x88>
   144a2:	48a1                	li	a7,8
   144a4:	b76d                	j	1444e <strtoul+0x88>
   144a6:	f645                	bnez	a2,1444e <strtoul+0x88>
   144a8:	48a9                	li	a7,10
   144aa:	b755                	j	1444e <strtoul+0x88>
   144ac:	0016f793          	and	a5,a3,1
   144b0:	c399                	beqz	a5,144b6 <strtoul+0xf0>
   144b2:	40a00533          	neg	a0,a0
   144b6:	8a89                	and	a3,a3,2
   144b8:	c691                	beqz	a3,144c4 <strtoul+0xfe>
   144ba:	02200713          	li	a4,34
   144be:	00e22023          	sw	a4,0(tp) # 0 <errno>
   144c2:	557d                	li	a0,-1
   144c4:	c199                	beqz	a1,144ca <strtoul+0x104>
   144c6:	0105a023          	sw	a6,0(a1)
   144ca:	8082                	ret

000144cc <__ultoa_invert>:
   144cc:	6d7012ef          	jal	t0,163a2 <__riscv_save_10>
   144d0:	2006f793          	and	a5,a3,512
   144d4:	89aa                	mv	s3,a0
   144d6:	8a2e                	mv	s4,a1
   144d8:	8932                	mv	s2,a2
   144da:	84b6                	mv	s1,a3
   144dc:	02700b13          	li	s6,39
   144e0:	c781                	beqz	a5,144e8 <__ultoa_invert+0x1c>
   144e2:	dff6f493          	and	s1,a3,-513
   144e6:	4b1d                	li	s6,7
   144e8:	41f4da93          	sra	s5,s1,0x1f
   144ec:	4ca5                	li	s9,9
   144ee:	8626                	mv	a2,s1
   144f0:	86d6                	mv	a3,s5
   144f2:	854e                	mv	a0,s3
   144f4:	85d2                	mv	a1,s4
   144f6:	37d010ef          	jal	16072 <__umoddi3>
   144fa:	85d2                	mv	a1,s4
   144fc:	0ff57413          	zext.b	s0,a0
   14500:	8626                	mv	a2,s1
   14502:	854e                	mv	a0,s3
   14504:	86d6                	mv	a3,s5
   14506:	00f010ef          	jal	15d14 <__udivdi3>
   1450a:	8c4e                	mv	s8,s3
   1450c:	8bd2                	mv	s7,s4
   1450e:	89aa                	mv	s3,a0
   14510:	8a2e                	mv	s4,a1
   14512:	008cf563          	bgeu	s9,s0,1451c <__ultoa_invert+0x50>
   14516:	945a                	add	s0,s0,s6
   14518:	0ff47413          	zext.b	s0,s0
   1451c:	0905                	add	s2,s2,1
   1451e:	03040413          	add	s0,s0,48
   14522:	fe890fa3          	sb	s0,-1(s2)
   14526:	015be663          	bltu	s7,s5,14532 <__ultoa_invert+0x66>
   1452a:	fd7a92e3          	bne	s5,s7,144ee <__ultoa_invert+0x22>
   1452e:	fc9c70e3          	bgeu	s8,s1,144ee <__ultoa_invert+0x22>
   14532:	854a                	mv	a0,s2
   14534:	6a70106f          	j	163da <__riscv_restore_10>

00014538 <skip_to_arg>:
   14538:	66b012ef          	jal	t0,163a2 <__riscv_save_10>
   1453c:	4305                	li	t1,1
   1453e:	02500f13          	li	t5,37
   14542:	88aa                	mv	a7,a0
   14544:	00c34463          	blt	t1,a2,1454c <skip_to_arg+0x14>
   14548:	6930106f          	j	163da <__riscv_restore_10>
   1454c:	87c6                	mv	a5,a7
   1454e:	88be                	mv	a7,a5
   14550:	0007c703          	lbu	a4,0(a5)
   14554:	0785                	add	a5,a5,1
   14556:	db6d                	beqz	a4,14548 <skip_to_arg+0x10>
   14558:	ffe71be3          	bne	a4,t5,1454e <skip_to_arg+0x16>
   1455c:	0007c703          	lbu	a4,0(a5)
   14560:	0889                	add	a7,a7,2
   14562:	ffe705e3          	beq	a4,t5,1454c <skip_to_arg+0x14>
   14566:	6ecd                	lui	t4,0x13
   14568:	4681                	li	a3,0
   1456a:	4e01                	li	t3,0
   1456c:	4781                	li	a5,0
   1456e:	42fd                	li	t0,31
   14570:	06c00f93          	li	t6,108
   14574:	07400393          	li	t2,116
   14578:	07a00413          	li	s0,122
   1457c:	06800493          	li	s1,104
   14580:	06a00913          	li	s2,106
   14584:	04c00993          	li	s3,76
   14588:	4a25                	li	s4,9
   1458a:	02400a93          	li	s5,36
   1458e:	07f00b13          	li	s6,127
   14592:	4bc1                	li	s7,16
   14594:	889e8e93          	add	t4,t4,-1911 # 12889 <tcp_connect+0x5>
   14598:	04f2e263          	bltu	t0,a5,145dc <skip_to_arg+0xa4>
   1459c:	fe070813          	add	a6,a4,-32
   145a0:	0ff87813          	zext.b	a6,a6
   145a4:	030bf163          	bgeu	s7,a6,145c6 <skip_to_arg+0x8e>
   145a8:	fd070813          	add	a6,a4,-48
   145ac:	0ff87813          	zext.b	a6,a6
   145b0:	4c25                	li	s8,9
   145b2:	050c6563          	bltu	s8,a6,145fc <skip_to_arg+0xc4>
   145b6:	47a9                	li	a5,10
   145b8:	02f687b3          	mul	a5,a3,a5
   145bc:	00f806b3          	add	a3,a6,a5
   145c0:	02000793          	li	a5,32
   145c4:	a039                	j	145d2 <skip_to_arg+0x9a>
   145c6:	010ed833          	srl	a6,t4,a6
   145ca:	00187813          	and	a6,a6,1
   145ce:	00080963          	beqz	a6,145e0 <skip_to_arg+0xa8>
   145d2:	0008c703          	lbu	a4,0(a7)
   145d6:	0885                	add	a7,a7,1
   145d8:	f361                	bnez	a4,14598 <skip_to_arg+0x60>
   145da:	a8b1                	j	14636 <skip_to_arg+0xfe>
   145dc:	04fb6363          	bltu	s6,a5,14622 <skip_to_arg+0xea>
   145e0:	fd070813          	add	a6,a4,-48
   145e4:	0ff87813          	zext.b	a6,a6
   145e8:	fd0a77e3          	bgeu	s4,a6,145b6 <skip_to_arg+0x7e>
   145ec:	03571563          	bne	a4,s5,14616 <skip_to_arg+0xde>
   145f0:	0a0e0063          	beqz	t3,14690 <skip_to_arg+0x158>
   145f4:	0a668063          	beq	a3,t1,14694 <skip_to_arg+0x15c>
   145f8:	4681                	li	a3,0
   145fa:	bfe1                	j	145d2 <skip_to_arg+0x9a>
   145fc:	0fb77813          	and	a6,a4,251
   14600:	02a00c13          	li	s8,42
   14604:	ff880ae3          	beq	a6,s8,145f8 <skip_to_arg+0xc0>
   14608:	06c00813          	li	a6,108
   1460c:	01071d63          	bne	a4,a6,14626 <skip_to_arg+0xee>
   14610:	0807e793          	or	a5,a5,128
   14614:	bf7d                	j	145d2 <skip_to_arg+0x9a>
   14616:	0fb77813          	and	a6,a4,251
   1461a:	02a00c13          	li	s8,42
   1461e:	fd880de3          	beq	a6,s8,145f8 <skip_to_arg+0xc0>
   14622:	05f70663          	beq	a4,t6,1466e <skip_to_arg+0x136>
   14626:	02efef63          	bltu	t6,a4,14664 <skip_to_arg+0x12c>
   1462a:	04970863          	beq	a4,s1,1467a <skip_to_arg+0x142>
   1462e:	05270e63          	beq	a4,s2,1468a <skip_to_arg+0x152>
   14632:	05370c63          	beq	a4,s3,1468a <skip_to_arg+0x152>
   14636:	f00e09e3          	beqz	t3,14548 <skip_to_arg+0x10>
   1463a:	f06e15e3          	bne	t3,t1,14544 <skip_to_arg+0xc>
   1463e:	02076893          	or	a7,a4,32
   14642:	f9b88813          	add	a6,a7,-101
   14646:	0ff87813          	zext.b	a6,a6
   1464a:	4e09                	li	t3,2
   1464c:	4194                	lw	a3,0(a1)
   1464e:	010e7663          	bgeu	t3,a6,1465a <skip_to_arg+0x122>
   14652:	06100813          	li	a6,97
   14656:	05089263          	bne	a7,a6,1469a <skip_to_arg+0x162>
   1465a:	069d                	add	a3,a3,7
   1465c:	9ae1                	and	a3,a3,-8
   1465e:	00868713          	add	a4,a3,8
   14662:	a091                	j	146a6 <skip_to_arg+0x16e>
   14664:	f67707e3          	beq	a4,t2,145d2 <skip_to_arg+0x9a>
   14668:	f68705e3          	beq	a4,s0,145d2 <skip_to_arg+0x9a>
   1466c:	b7e9                	j	14636 <skip_to_arg+0xfe>
   1466e:	0807f713          	and	a4,a5,128
   14672:	df59                	beqz	a4,14610 <skip_to_arg+0xd8>
   14674:	2007e793          	or	a5,a5,512
   14678:	bf61                	j	14610 <skip_to_arg+0xd8>
   1467a:	1007f713          	and	a4,a5,256
   1467e:	c319                	beqz	a4,14684 <skip_to_arg+0x14c>
   14680:	2007e793          	or	a5,a5,512
   14684:	1007e793          	or	a5,a5,256
   14688:	b7a9                	j	145d2 <skip_to_arg+0x9a>
   1468a:	2807e793          	or	a5,a5,640
   1468e:	b791                	j	145d2 <skip_to_arg+0x9a>
   14690:	8e36                	mv	t3,a3
   14692:	b79d                	j	145f8 <skip_to_arg+0xc0>
   14694:	06300713          	li	a4,99
   14698:	b75d                	j	1463e <skip_to_arg+0x106>
   1469a:	06300813          	li	a6,99
   1469e:	01071763          	bne	a4,a6,146ac <skip_to_arg+0x174>
   146a2:	00468713          	add	a4,a3,4
   146a6:	c198                	sw	a4,0(a1)
   146a8:	0305                	add	t1,t1,1
   146aa:	bd61                	j	14542 <skip_to_arg+0xa>
   146ac:	07300813          	li	a6,115
   146b0:	ff0709e3          	beq	a4,a6,146a2 <skip_to_arg+0x16a>
   146b4:	0807f813          	and	a6,a5,128
   146b8:	00468713          	add	a4,a3,4
   146bc:	fe0805e3          	beqz	a6,146a6 <skip_to_arg+0x16e>
   146c0:	2007f793          	and	a5,a5,512
   146c4:	d3ed                	beqz	a5,146a6 <skip_to_arg+0x16e>
   146c6:	bf51                	j	1465a <skip_to_arg+0x122>

000146c8 <__d_vfprintf>:
   146c8:	4d3012ef          	jal	t0,1639a <__riscv_save_12>
   146cc:	00454783          	lbu	a5,4(a0)
   146d0:	7139                	add	sp,sp,-64
   146d2:	c02a                	sw	a0,0(sp)
   146d4:	c42e                	sw	a1,8(sp)
   146d6:	c632                	sw	a2,12(sp)
   146d8:	8b89                	and	a5,a5,2
   146da:	00852a03          	lw	s4,8(a0)
   146de:	c785                	beqz	a5,14706 <__d_vfprintf+0x3e>
   146e0:	d232                	sw	a2,36(sp)
   146e2:	87ae                	mv	a5,a1
   146e4:	4401                	li	s0,0
   146e6:	0007c903          	lbu	s2,0(a5)
   146ea:	00090f63          	beqz	s2,14708 <__d_vfprintf+0x40>
   146ee:	02500713          	li	a4,37
   146f2:	00e90f63          	beq	s2,a4,14710 <__d_vfprintf+0x48>
   146f6:	0785                	add	a5,a5,1
   146f8:	c23e                	sw	a5,4(sp)
   146fa:	4582                	lw	a1,0(sp)
   146fc:	854a                	mv	a0,s2
   146fe:	0405                	add	s0,s0,1
   14700:	9a02                	jalr	s4
   14702:	280550e3          	bgez	a0,15182 <__d_vfprintf+0xaba>
   14706:	547d                	li	s0,-1
   14708:	8522                	mv	a0,s0
   1470a:	6121                	add	sp,sp,64
   1470c:	4cb0106f          	j	163d6 <__riscv_restore_12>
   14710:	0017c903          	lbu	s2,1(a5)
   14714:	00278713          	add	a4,a5,2
   14718:	c23a                	sw	a4,4(sp)
   1471a:	02500793          	li	a5,37
   1471e:	fcf90ee3          	beq	s2,a5,146fa <__d_vfprintf+0x32>
   14722:	64e1                	lui	s1,0x18
   14724:	4a81                	li	s5,0
   14726:	4d01                	li	s10,0
   14728:	4b01                	li	s6,0
   1472a:	4d81                	li	s11,0
   1472c:	06c00993          	li	s3,108
   14730:	07400b93          	li	s7,116
   14734:	07a00c13          	li	s8,122
   14738:	06800c93          	li	s9,104
   1473c:	81448493          	add	s1,s1,-2028 # 17814 <CSWTCH.24+0x38>
   14740:	47fd                	li	a5,31
   14742:	07b7e163          	bltu	a5,s11,147a4 <__d_vfprintf+0xdc>
   14746:	fe090793          	add	a5,s2,-32
   1474a:	0ff7f793          	zext.b	a5,a5
   1474e:	4741                	li	a4,16
   14750:	00f76663          	bltu	a4,a5,1475c <__d_vfprintf+0x94>
   14754:	078a                	sll	a5,a5,0x2
   14756:	97a6                	add	a5,a5,s1
   14758:	439c                	lw	a5,0(a5)
   1475a:	8782                	jr	a5
   1475c:	fd090793          	add	a5,s2,-48
   14760:	0ff7f793          	zext.b	a5,a5
   14764:	4725                	li	a4,9
   14766:	06f76463          	bltu	a4,a5,147ce <__d_vfprintf+0x106>
   1476a:	46a9                	li	a3,10
   1476c:	02db06b3          	mul	a3,s6,a3
   14770:	00f68b33          	add	s6,a3,a5
   14774:	020ded93          	or	s11,s11,32
   14778:	a019                	j	1477e <__d_vfprintf+0xb6>
   1477a:	001ded93          	or	s11,s11,1
   1477e:	4792                	lw	a5,4(sp)
   14780:	0007c903          	lbu	s2,0(a5)
   14784:	0785                	add	a5,a5,1
   14786:	c23e                	sw	a5,4(sp)
   14788:	fa091ce3          	bnez	s2,14740 <__d_vfprintf+0x78>
   1478c:	a0ed                	j	14876 <__d_vfprintf+0x1ae>
   1478e:	002ded93          	or	s11,s11,2
   14792:	004ded93          	or	s11,s11,4
   14796:	b7e5                	j	1477e <__d_vfprintf+0xb6>
   14798:	008ded93          	or	s11,s11,8
   1479c:	b7cd                	j	1477e <__d_vfprintf+0xb6>
   1479e:	010ded93          	or	s11,s11,16
   147a2:	bff1                	j	1477e <__d_vfprintf+0xb6>
   147a4:	07f00793          	li	a5,127
   147a8:	0bb7e963          	bltu	a5,s11,1485a <__d_vfprintf+0x192>
   147ac:	fd090693          	add	a3,s2,-48
   147b0:	0ff6f693          	zext.b	a3,a3
   147b4:	47a5                	li	a5,9
   147b6:	00d7ec63          	bltu	a5,a3,147ce <__d_vfprintf+0x106>
   147ba:	040df613          	and	a2,s11,64
   147be:	87b6                	mv	a5,a3
   147c0:	d64d                	beqz	a2,1476a <__d_vfprintf+0xa2>
   147c2:	47a9                	li	a5,10
   147c4:	02fd07b3          	mul	a5,s10,a5
   147c8:	00d78d33          	add	s10,a5,a3
   147cc:	bf4d                	j	1477e <__d_vfprintf+0xb6>
   147ce:	02a00793          	li	a5,42
   147d2:	02f91663          	bne	s2,a5,147fe <__d_vfprintf+0x136>
   147d6:	fa0a94e3          	bnez	s5,1477e <__d_vfprintf+0xb6>
   147da:	5692                	lw	a3,36(sp)
   147dc:	040df793          	and	a5,s11,64
   147e0:	00468613          	add	a2,a3,4
   147e4:	4294                	lw	a3,0(a3)
   147e6:	d232                	sw	a2,36(sp)
   147e8:	c399                	beqz	a5,147ee <__d_vfprintf+0x126>
   147ea:	8d36                	mv	s10,a3
   147ec:	bf49                	j	1477e <__d_vfprintf+0xb6>
   147ee:	8b36                	mv	s6,a3
   147f0:	f806d2e3          	bgez	a3,14774 <__d_vfprintf+0xac>
   147f4:	40d00b33          	neg	s6,a3
   147f8:	028ded93          	or	s11,s11,40
   147fc:	b749                	j	1477e <__d_vfprintf+0xb6>
   147fe:	02e00793          	li	a5,46
   14802:	00f91963          	bne	s2,a5,14814 <__d_vfprintf+0x14c>
   14806:	040df793          	and	a5,s11,64
   1480a:	ee079fe3          	bnez	a5,14708 <__d_vfprintf+0x40>
   1480e:	040ded93          	or	s11,s11,64
   14812:	b7b5                	j	1477e <__d_vfprintf+0xb6>
   14814:	02400793          	li	a5,36
   14818:	04f91163          	bne	s2,a5,1485a <__d_vfprintf+0x192>
   1481c:	120a8d63          	beqz	s5,14956 <__d_vfprintf+0x28e>
   14820:	47b2                	lw	a5,12(sp)
   14822:	d23e                	sw	a5,36(sp)
   14824:	040df793          	and	a5,s11,64
   14828:	ef89                	bnez	a5,14842 <__d_vfprintf+0x17a>
   1482a:	4522                	lw	a0,8(sp)
   1482c:	865a                	mv	a2,s6
   1482e:	104c                	add	a1,sp,36
   14830:	d09ff0ef          	jal	14538 <skip_to_arg>
   14834:	5792                	lw	a5,36(sp)
   14836:	00478693          	add	a3,a5,4
   1483a:	0007ab03          	lw	s6,0(a5)
   1483e:	d236                	sw	a3,36(sp)
   14840:	bf3d                	j	1477e <__d_vfprintf+0xb6>
   14842:	4522                	lw	a0,8(sp)
   14844:	866a                	mv	a2,s10
   14846:	104c                	add	a1,sp,36
   14848:	cf1ff0ef          	jal	14538 <skip_to_arg>
   1484c:	5792                	lw	a5,36(sp)
   1484e:	00478693          	add	a3,a5,4
   14852:	0007ad03          	lw	s10,0(a5)
   14856:	d236                	sw	a3,36(sp)
   14858:	b71d                	j	1477e <__d_vfprintf+0xb6>
   1485a:	0d390b63          	beq	s2,s3,14930 <__d_vfprintf+0x268>
   1485e:	0d29e463          	bltu	s3,s2,14926 <__d_vfprintf+0x25e>
   14862:	0d990f63          	beq	s2,s9,14940 <__d_vfprintf+0x278>
   14866:	06a00793          	li	a5,106
   1486a:	0ef90363          	beq	s2,a5,14950 <__d_vfprintf+0x288>
   1486e:	04c00793          	li	a5,76
   14872:	0cf90f63          	beq	s2,a5,14950 <__d_vfprintf+0x288>
   14876:	000a8963          	beqz	s5,14888 <__d_vfprintf+0x1c0>
   1487a:	47b2                	lw	a5,12(sp)
   1487c:	4522                	lw	a0,8(sp)
   1487e:	8656                	mv	a2,s5
   14880:	104c                	add	a1,sp,36
   14882:	d23e                	sw	a5,36(sp)
   14884:	cb5ff0ef          	jal	14538 <skip_to_arg>
   14888:	000d5963          	bgez	s10,1489a <__d_vfprintf+0x1d2>
   1488c:	fbfdf813          	and	a6,s11,-65
   14890:	01081d93          	sll	s11,a6,0x10
   14894:	010ddd93          	srl	s11,s11,0x10
   14898:	4d01                	li	s10,0
   1489a:	02096c93          	or	s9,s2,32
   1489e:	f9bc8793          	add	a5,s9,-101
   148a2:	0ff7f793          	zext.b	a5,a5
   148a6:	4709                	li	a4,2
   148a8:	0af77d63          	bgeu	a4,a5,14962 <__d_vfprintf+0x29a>
   148ac:	06100793          	li	a5,97
   148b0:	68fc9f63          	bne	s9,a5,14f4e <__d_vfprintf+0x886>
   148b4:	5792                	lw	a5,36(sp)
   148b6:	6a89                	lui	s5,0x2
   148b8:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   148bc:	079d                	add	a5,a5,7
   148be:	9be1                	and	a5,a5,-8
   148c0:	0047ab83          	lw	s7,4(a5)
   148c4:	0007a883          	lw	a7,0(a5)
   148c8:	00878713          	add	a4,a5,8
   148cc:	414bd993          	sra	s3,s7,0x14
   148d0:	00cb9c13          	sll	s8,s7,0xc
   148d4:	7ff9f993          	and	s3,s3,2047
   148d8:	00cc5c93          	srl	s9,s8,0xc
   148dc:	015deab3          	or	s5,s11,s5
   148e0:	0119e533          	or	a0,s3,a7
   148e4:	fff94913          	not	s2,s2
   148e8:	0ac2                	sll	s5,s5,0x10
   148ea:	d23a                	sw	a4,36(sp)
   148ec:	019567b3          	or	a5,a0,s9
   148f0:	02097913          	and	s2,s2,32
   148f4:	010ada93          	srl	s5,s5,0x10
   148f8:	86c6                	mv	a3,a7
   148fa:	8c66                	mv	s8,s9
   148fc:	040df813          	and	a6,s11,64
   14900:	01fbdb93          	srl	s7,s7,0x1f
   14904:	ebdd                	bnez	a5,149ba <__d_vfprintf+0x2f2>
   14906:	03000793          	li	a5,48
   1490a:	0ffbfb93          	zext.b	s7,s7
   1490e:	02f106a3          	sb	a5,45(sp)
   14912:	03710623          	sb	s7,44(sp)
   14916:	24080d63          	beqz	a6,14b70 <__d_vfprintf+0x4a8>
   1491a:	47b1                	li	a5,12
   1491c:	4981                	li	s3,0
   1491e:	0da7d263          	bge	a5,s10,149e2 <__d_vfprintf+0x31a>
   14922:	4d35                	li	s10,13
   14924:	aa85                	j	14a94 <__d_vfprintf+0x3cc>
   14926:	e5790ce3          	beq	s2,s7,1477e <__d_vfprintf+0xb6>
   1492a:	e5890ae3          	beq	s2,s8,1477e <__d_vfprintf+0xb6>
   1492e:	b7a1                	j	14876 <__d_vfprintf+0x1ae>
   14930:	080df793          	and	a5,s11,128
   14934:	c399                	beqz	a5,1493a <__d_vfprintf+0x272>
   14936:	200ded93          	or	s11,s11,512
   1493a:	080ded93          	or	s11,s11,128
   1493e:	b581                	j	1477e <__d_vfprintf+0xb6>
   14940:	100df793          	and	a5,s11,256
   14944:	c399                	beqz	a5,1494a <__d_vfprintf+0x282>
   14946:	200ded93          	or	s11,s11,512
   1494a:	100ded93          	or	s11,s11,256
   1494e:	bd05                	j	1477e <__d_vfprintf+0xb6>
   14950:	280ded93          	or	s11,s11,640
   14954:	b52d                	j	1477e <__d_vfprintf+0xb6>
   14956:	875a                	mv	a4,s6
   14958:	4d01                	li	s10,0
   1495a:	4b01                	li	s6,0
   1495c:	8aba                	mv	s5,a4
   1495e:	4d81                	li	s11,0
   14960:	bd39                	j	1477e <__d_vfprintf+0xb6>
   14962:	5792                	lw	a5,36(sp)
   14964:	fff94913          	not	s2,s2
   14968:	02097913          	and	s2,s2,32
   1496c:	079d                	add	a5,a5,7
   1496e:	9be1                	and	a5,a5,-8
   14970:	00878713          	add	a4,a5,8
   14974:	4388                	lw	a0,0(a5)
   14976:	43cc                	lw	a1,4(a5)
   14978:	d23a                	sw	a4,36(sp)
   1497a:	040df793          	and	a5,s11,64
   1497e:	20078d63          	beqz	a5,14b98 <__d_vfprintf+0x4d0>
   14982:	06500793          	li	a5,101
   14986:	20fc9b63          	bne	s9,a5,14b9c <__d_vfprintf+0x4d4>
   1498a:	6785                	lui	a5,0x1
   1498c:	001d0613          	add	a2,s10,1
   14990:	00fdedb3          	or	s11,s11,a5
   14994:	0ff67613          	zext.b	a2,a2
   14998:	4701                	li	a4,0
   1499a:	4781                	li	a5,0
   1499c:	4345                	li	t1,17
   1499e:	0ff67693          	zext.b	a3,a2
   149a2:	00c37363          	bgeu	t1,a2,149a8 <__d_vfprintf+0x2e0>
   149a6:	46c5                	li	a3,17
   149a8:	1030                	add	a2,sp,40
   149aa:	30d000ef          	jal	154b6 <__dtoa_engine>
   149ae:	0ff57b93          	zext.b	s7,a0
   149b2:	59a2                	lw	s3,40(sp)
   149b4:	8aee                	mv	s5,s11
   149b6:	4c09                	li	s8,2
   149b8:	aa01                	j	14ac8 <__d_vfprintf+0x400>
   149ba:	03100793          	li	a5,49
   149be:	00099563          	bnez	s3,149c8 <__d_vfprintf+0x300>
   149c2:	03000793          	li	a5,48
   149c6:	4985                	li	s3,1
   149c8:	0ffbfb93          	zext.b	s7,s7
   149cc:	02f106a3          	sb	a5,45(sp)
   149d0:	03710623          	sb	s7,44(sp)
   149d4:	c0198993          	add	s3,s3,-1023
   149d8:	18080363          	beqz	a6,14b5e <__d_vfprintf+0x496>
   149dc:	47b1                	li	a5,12
   149de:	19a7c263          	blt	a5,s10,14b62 <__d_vfprintf+0x49a>
   149e2:	4335                	li	t1,13
   149e4:	41a30333          	sub	t1,t1,s10
   149e8:	00231d93          	sll	s11,t1,0x2
   149ec:	fffd8613          	add	a2,s11,-1
   149f0:	4505                	li	a0,1
   149f2:	4581                	li	a1,0
   149f4:	ca46                	sw	a7,20(sp)
   149f6:	c836                	sw	a3,16(sp)
   149f8:	2ca010ef          	jal	15cc2 <__ashldi3>
   149fc:	84aa                	mv	s1,a0
   149fe:	872e                	mv	a4,a1
   14a00:	00171793          	sll	a5,a4,0x1
   14a04:	85aa                	mv	a1,a0
   14a06:	01f4d513          	srl	a0,s1,0x1f
   14a0a:	00149e13          	sll	t3,s1,0x1
   14a0e:	8fc9                	or	a5,a5,a0
   14a10:	40f00c33          	neg	s8,a5
   14a14:	01c03533          	snez	a0,t3
   14a18:	48d2                	lw	a7,20(sp)
   14a1a:	41c00833          	neg	a6,t3
   14a1e:	40ac0c33          	sub	s8,s8,a0
   14a22:	fffe0513          	add	a0,t3,-1
   14a26:	001e3e13          	seqz	t3,t3
   14a2a:	41c787b3          	sub	a5,a5,t3
   14a2e:	0197f7b3          	and	a5,a5,s9
   14a32:	01157533          	and	a0,a0,a7
   14a36:	02f74663          	blt	a4,a5,14a62 <__d_vfprintf+0x39a>
   14a3a:	46c2                	lw	a3,16(sp)
   14a3c:	00e79463          	bne	a5,a4,14a44 <__d_vfprintf+0x37c>
   14a40:	02a5e163          	bltu	a1,a0,14a62 <__d_vfprintf+0x39a>
   14a44:	8546                	mv	a0,a7
   14a46:	866e                	mv	a2,s11
   14a48:	85e6                	mv	a1,s9
   14a4a:	ce3a                	sw	a4,28(sp)
   14a4c:	cc42                	sw	a6,24(sp)
   14a4e:	ca36                	sw	a3,20(sp)
   14a50:	c846                	sw	a7,16(sp)
   14a52:	298010ef          	jal	15cea <__ashrdi3>
   14a56:	8905                	and	a0,a0,1
   14a58:	48c2                	lw	a7,16(sp)
   14a5a:	46d2                	lw	a3,20(sp)
   14a5c:	4862                	lw	a6,24(sp)
   14a5e:	4772                	lw	a4,28(sp)
   14a60:	c94d                	beqz	a0,14b12 <__d_vfprintf+0x44a>
   14a62:	00988533          	add	a0,a7,s1
   14a66:	01153db3          	sltu	s11,a0,a7
   14a6a:	9766                	add	a4,a4,s9
   14a6c:	00ed8cb3          	add	s9,s11,a4
   14a70:	001007b7          	lui	a5,0x100
   14a74:	86aa                	mv	a3,a0
   14a76:	08fcce63          	blt	s9,a5,14b12 <__d_vfprintf+0x44a>
   14a7a:	02d14783          	lbu	a5,45(sp)
   14a7e:	0785                	add	a5,a5,1 # 100001 <_end+0x9cb79>
   14a80:	02f106a3          	sb	a5,45(sp)
   14a84:	40000793          	li	a5,1024
   14a88:	0af98163          	beq	s3,a5,14b2a <__d_vfprintf+0x462>
   14a8c:	00a87533          	and	a0,a6,a0
   14a90:	019c7c33          	and	s8,s8,s9
   14a94:	05700613          	li	a2,87
   14a98:	1034                	add	a3,sp,40
   14a9a:	4735                	li	a4,13
   14a9c:	45a5                	li	a1,9
   14a9e:	41260633          	sub	a2,a2,s2
   14aa2:	01cc1813          	sll	a6,s8,0x1c
   14aa6:	00f57793          	and	a5,a0,15
   14aaa:	8111                	srl	a0,a0,0x4
   14aac:	00a86533          	or	a0,a6,a0
   14ab0:	404c5c13          	sra	s8,s8,0x4
   14ab4:	e7e1                	bnez	a5,14b7c <__d_vfprintf+0x4b4>
   14ab6:	0ced5563          	bge	s10,a4,14b80 <__d_vfprintf+0x4b8>
   14aba:	177d                	add	a4,a4,-1
   14abc:	16fd                	add	a3,a3,-1
   14abe:	f375                	bnez	a4,14aa2 <__d_vfprintf+0x3da>
   14ac0:	4c05                	li	s8,1
   14ac2:	4bb9                	li	s7,14
   14ac4:	07000c93          	li	s9,112
   14ac8:	00998713          	add	a4,s3,9
   14acc:	46c9                	li	a3,18
   14ace:	87ce                	mv	a5,s3
   14ad0:	06e6e863          	bltu	a3,a4,14b40 <__d_vfprintf+0x478>
   14ad4:	02c14703          	lbu	a4,44(sp)
   14ad8:	00177d93          	and	s11,a4,1
   14adc:	8b31                	and	a4,a4,12
   14ade:	120d9963          	bnez	s11,14c10 <__d_vfprintf+0x548>
   14ae2:	002af793          	and	a5,s5,2
   14ae6:	12079163          	bnez	a5,14c08 <__d_vfprintf+0x540>
   14aea:	004af793          	and	a5,s5,4
   14aee:	cfe9                	beqz	a5,14bc8 <__d_vfprintf+0x500>
   14af0:	12071463          	bnez	a4,14c18 <__d_vfprintf+0x550>
   14af4:	02000713          	li	a4,32
   14af8:	678d                	lui	a5,0x3
   14afa:	00faf7b3          	and	a5,s5,a5
   14afe:	1c079163          	bnez	a5,14cc0 <__d_vfprintf+0x5f8>
   14b02:	000d1363          	bnez	s10,14b08 <__d_vfprintf+0x440>
   14b06:	4d05                	li	s10,1
   14b08:	103c                	add	a5,sp,40
   14b0a:	97de                	add	a5,a5,s7
   14b0c:	03000693          	li	a3,48
   14b10:	aa8d                	j	14c82 <__d_vfprintf+0x5ba>
   14b12:	0106f6b3          	and	a3,a3,a6
   14b16:	018cfcb3          	and	s9,s9,s8
   14b1a:	40000793          	li	a5,1024
   14b1e:	04f99c63          	bne	s3,a5,14b76 <__d_vfprintf+0x4ae>
   14b22:	0196ecb3          	or	s9,a3,s9
   14b26:	040c8063          	beqz	s9,14b66 <__d_vfprintf+0x49e>
   14b2a:	008beb93          	or	s7,s7,8
   14b2e:	03710623          	sb	s7,44(sp)
   14b32:	40000993          	li	s3,1024
   14b36:	4bb9                	li	s7,14
   14b38:	07000c93          	li	s9,112
   14b3c:	40000793          	li	a5,1024
   14b40:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   14b44:	0c600693          	li	a3,198
   14b48:	4c09                	li	s8,2
   14b4a:	f8e6f5e3          	bgeu	a3,a4,14ad4 <__d_vfprintf+0x40c>
   14b4e:	3e778793          	add	a5,a5,999
   14b52:	7ce00c13          	li	s8,1998
   14b56:	00fc3c33          	sltu	s8,s8,a5
   14b5a:	0c0d                	add	s8,s8,3
   14b5c:	bfa5                	j	14ad4 <__d_vfprintf+0x40c>
   14b5e:	4d01                	li	s10,0
   14b60:	bf6d                	j	14b1a <__d_vfprintf+0x452>
   14b62:	4d35                	li	s10,13
   14b64:	bf5d                	j	14b1a <__d_vfprintf+0x452>
   14b66:	004beb93          	or	s7,s7,4
   14b6a:	03710623          	sb	s7,44(sp)
   14b6e:	b7e1                	j	14b36 <__d_vfprintf+0x46e>
   14b70:	4981                	li	s3,0
   14b72:	4d01                	li	s10,0
   14b74:	b705                	j	14a94 <__d_vfprintf+0x3cc>
   14b76:	8536                	mv	a0,a3
   14b78:	8c66                	mv	s8,s9
   14b7a:	bf29                	j	14a94 <__d_vfprintf+0x3cc>
   14b7c:	00f5ea63          	bltu	a1,a5,14b90 <__d_vfprintf+0x4c8>
   14b80:	03078793          	add	a5,a5,48
   14b84:	00f68923          	sb	a5,18(a3)
   14b88:	f2ed59e3          	bge	s10,a4,14aba <__d_vfprintf+0x3f2>
   14b8c:	8d3a                	mv	s10,a4
   14b8e:	b735                	j	14aba <__d_vfprintf+0x3f2>
   14b90:	97b2                	add	a5,a5,a2
   14b92:	0ff7f793          	zext.b	a5,a5
   14b96:	b7fd                	j	14b84 <__d_vfprintf+0x4bc>
   14b98:	4d19                	li	s10,6
   14b9a:	b3e5                	j	14982 <__d_vfprintf+0x2ba>
   14b9c:	06600793          	li	a5,102
   14ba0:	00fc9963          	bne	s9,a5,14bb2 <__d_vfprintf+0x4ea>
   14ba4:	6789                	lui	a5,0x2
   14ba6:	00fdedb3          	or	s11,s11,a5
   14baa:	4705                	li	a4,1
   14bac:	87ea                	mv	a5,s10
   14bae:	4645                	li	a2,17
   14bb0:	b3f5                	j	1499c <__d_vfprintf+0x2d4>
   14bb2:	0ffd7793          	zext.b	a5,s10
   14bb6:	0ffd7613          	zext.b	a2,s10
   14bba:	e391                	bnez	a5,14bbe <__d_vfprintf+0x4f6>
   14bbc:	4605                	li	a2,1
   14bbe:	4701                	li	a4,0
   14bc0:	4781                	li	a5,0
   14bc2:	06500c93          	li	s9,101
   14bc6:	bbd9                	j	1499c <__d_vfprintf+0x2d4>
   14bc8:	db05                	beqz	a4,14af8 <__d_vfprintf+0x430>
   14bca:	478d                	li	a5,3
   14bcc:	0967d063          	bge	a5,s6,14c4c <__d_vfprintf+0x584>
   14bd0:	008afa93          	and	s5,s5,8
   14bd4:	ffdb0493          	add	s1,s6,-3
   14bd8:	000a9f63          	bnez	s5,14bf6 <__d_vfprintf+0x52e>
   14bdc:	94a2                	add	s1,s1,s0
   14bde:	4582                	lw	a1,0(sp)
   14be0:	02000513          	li	a0,32
   14be4:	0405                	add	s0,s0,1
   14be6:	9a02                	jalr	s4
   14be8:	b0054fe3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14bec:	fe8499e3          	bne	s1,s0,14bde <__d_vfprintf+0x516>
   14bf0:	4481                	li	s1,0
   14bf2:	020d9e63          	bnez	s11,14c2e <__d_vfprintf+0x566>
   14bf6:	02c14783          	lbu	a5,44(sp)
   14bfa:	8ba1                	and	a5,a5,8
   14bfc:	efa5                	bnez	a5,14c74 <__d_vfprintf+0x5ac>
   14bfe:	69e1                	lui	s3,0x18
   14c00:	80498993          	add	s3,s3,-2044 # 17804 <CSWTCH.24+0x28>
   14c04:	8c22                	mv	s8,s0
   14c06:	a8b1                	j	14c62 <__d_vfprintf+0x59a>
   14c08:	eb15                	bnez	a4,14c3c <__d_vfprintf+0x574>
   14c0a:	02b00713          	li	a4,43
   14c0e:	b5ed                	j	14af8 <__d_vfprintf+0x430>
   14c10:	eb0d                	bnez	a4,14c42 <__d_vfprintf+0x57a>
   14c12:	02d00713          	li	a4,45
   14c16:	b5cd                	j	14af8 <__d_vfprintf+0x430>
   14c18:	02000d93          	li	s11,32
   14c1c:	4791                	li	a5,4
   14c1e:	0367d563          	bge	a5,s6,14c48 <__d_vfprintf+0x580>
   14c22:	008afa93          	and	s5,s5,8
   14c26:	ffcb0493          	add	s1,s6,-4
   14c2a:	fa0a89e3          	beqz	s5,14bdc <__d_vfprintf+0x514>
   14c2e:	4582                	lw	a1,0(sp)
   14c30:	856e                	mv	a0,s11
   14c32:	0405                	add	s0,s0,1
   14c34:	9a02                	jalr	s4
   14c36:	fc0550e3          	bgez	a0,14bf6 <__d_vfprintf+0x52e>
   14c3a:	b4f1                	j	14706 <__d_vfprintf+0x3e>
   14c3c:	02b00d93          	li	s11,43
   14c40:	bff1                	j	14c1c <__d_vfprintf+0x554>
   14c42:	02d00d93          	li	s11,45
   14c46:	bfd9                	j	14c1c <__d_vfprintf+0x554>
   14c48:	4481                	li	s1,0
   14c4a:	b7d5                	j	14c2e <__d_vfprintf+0x566>
   14c4c:	4481                	li	s1,0
   14c4e:	b765                	j	14bf6 <__d_vfprintf+0x52e>
   14c50:	4582                	lw	a1,0(sp)
   14c52:	41250533          	sub	a0,a0,s2
   14c56:	0ff57513          	zext.b	a0,a0
   14c5a:	0c05                	add	s8,s8,1
   14c5c:	9a02                	jalr	s4
   14c5e:	aa0544e3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14c62:	408c07b3          	sub	a5,s8,s0
   14c66:	97ce                	add	a5,a5,s3
   14c68:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   14c6c:	f175                	bnez	a0,14c50 <__d_vfprintf+0x588>
   14c6e:	8462                	mv	s0,s8
   14c70:	94e2                	add	s1,s1,s8
   14c72:	ad39                	j	15290 <__d_vfprintf+0xbc8>
   14c74:	69e1                	lui	s3,0x18
   14c76:	80898993          	add	s3,s3,-2040 # 17808 <CSWTCH.24+0x2c>
   14c7a:	b769                	j	14c04 <__d_vfprintf+0x53c>
   14c7c:	1bfd                	add	s7,s7,-1
   14c7e:	0ffbfb93          	zext.b	s7,s7
   14c82:	000b8763          	beqz	s7,14c90 <__d_vfprintf+0x5c8>
   14c86:	0047c603          	lbu	a2,4(a5)
   14c8a:	17fd                	add	a5,a5,-1
   14c8c:	fed608e3          	beq	a2,a3,14c7c <__d_vfprintf+0x5b4>
   14c90:	010af693          	and	a3,s5,16
   14c94:	87ea                	mv	a5,s10
   14c96:	e291                	bnez	a3,14c9a <__d_vfprintf+0x5d2>
   14c98:	87de                	mv	a5,s7
   14c9a:	56f1                	li	a3,-4
   14c9c:	0ed9cc63          	blt	s3,a3,14d94 <__d_vfprintf+0x6cc>
   14ca0:	0fa9da63          	bge	s3,s10,14d94 <__d_vfprintf+0x6cc>
   14ca4:	6689                	lui	a3,0x2
   14ca6:	00dae6b3          	or	a3,s5,a3
   14caa:	01069a93          	sll	s5,a3,0x10
   14cae:	010ada93          	srl	s5,s5,0x10
   14cb2:	4d01                	li	s10,0
   14cb4:	00f9d663          	bge	s3,a5,14cc0 <__d_vfprintf+0x5f8>
   14cb8:	00198893          	add	a7,s3,1
   14cbc:	41178d33          	sub	s10,a5,a7
   14cc0:	6d89                	lui	s11,0x2
   14cc2:	01bafdb3          	and	s11,s5,s11
   14cc6:	0c0d8a63          	beqz	s11,14d9a <__d_vfprintf+0x6d2>
   14cca:	87ce                	mv	a5,s3
   14ccc:	0009d363          	bgez	s3,14cd2 <__d_vfprintf+0x60a>
   14cd0:	4781                	li	a5,0
   14cd2:	0785                	add	a5,a5,1
   14cd4:	c311                	beqz	a4,14cd8 <__d_vfprintf+0x610>
   14cd6:	0785                	add	a5,a5,1
   14cd8:	0c0d0963          	beqz	s10,14daa <__d_vfprintf+0x6e2>
   14cdc:	001d0693          	add	a3,s10,1
   14ce0:	97b6                	add	a5,a5,a3
   14ce2:	4481                	li	s1,0
   14ce4:	0167d463          	bge	a5,s6,14cec <__d_vfprintf+0x624>
   14ce8:	40fb04b3          	sub	s1,s6,a5
   14cec:	009af793          	and	a5,s5,9
   14cf0:	e789                	bnez	a5,14cfa <__d_vfprintf+0x632>
   14cf2:	94a2                	add	s1,s1,s0
   14cf4:	0c849063          	bne	s1,s0,14db4 <__d_vfprintf+0x6ec>
   14cf8:	4481                	li	s1,0
   14cfa:	c719                	beqz	a4,14d08 <__d_vfprintf+0x640>
   14cfc:	4582                	lw	a1,0(sp)
   14cfe:	853a                	mv	a0,a4
   14d00:	0405                	add	s0,s0,1
   14d02:	9a02                	jalr	s4
   14d04:	a00541e3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14d08:	00bad793          	srl	a5,s5,0xb
   14d0c:	8b85                	and	a5,a5,1
   14d0e:	c395                	beqz	a5,14d32 <__d_vfprintf+0x66a>
   14d10:	4582                	lw	a1,0(sp)
   14d12:	03000513          	li	a0,48
   14d16:	9a02                	jalr	s4
   14d18:	9e0547e3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14d1c:	07800513          	li	a0,120
   14d20:	4582                	lw	a1,0(sp)
   14d22:	41250533          	sub	a0,a0,s2
   14d26:	0f857513          	and	a0,a0,248
   14d2a:	0409                	add	s0,s0,2
   14d2c:	9a02                	jalr	s4
   14d2e:	9c054ce3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14d32:	008af793          	and	a5,s5,8
   14d36:	e791                	bnez	a5,14d42 <__d_vfprintf+0x67a>
   14d38:	8b22                	mv	s6,s0
   14d3a:	9426                	add	s0,s0,s1
   14d3c:	09641663          	bne	s0,s6,14dc8 <__d_vfprintf+0x700>
   14d40:	4481                	li	s1,0
   14d42:	0c0d8f63          	beqz	s11,14e20 <__d_vfprintf+0x758>
   14d46:	8cce                	mv	s9,s3
   14d48:	0009d363          	bgez	s3,14d4e <__d_vfprintf+0x686>
   14d4c:	4c81                	li	s9,0
   14d4e:	41998db3          	sub	s11,s3,s9
   14d52:	41a00d33          	neg	s10,s10
   14d56:	5b7d                	li	s6,-1
   14d58:	03000513          	li	a0,48
   14d5c:	017df663          	bgeu	s11,s7,14d68 <__d_vfprintf+0x6a0>
   14d60:	103c                	add	a5,sp,40
   14d62:	97ee                	add	a5,a5,s11
   14d64:	0057c503          	lbu	a0,5(a5)
   14d68:	1cfd                	add	s9,s9,-1
   14d6a:	00140c13          	add	s8,s0,1
   14d6e:	07acc563          	blt	s9,s10,14dd8 <__d_vfprintf+0x710>
   14d72:	4582                	lw	a1,0(sp)
   14d74:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   14d76:	9a02                	jalr	s4
   14d78:	980547e3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14d7c:	016c9a63          	bne	s9,s6,14d90 <__d_vfprintf+0x6c8>
   14d80:	4582                	lw	a1,0(sp)
   14d82:	02e00513          	li	a0,46
   14d86:	9a02                	jalr	s4
   14d88:	96054fe3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14d8c:	00240c13          	add	s8,s0,2
   14d90:	8462                	mv	s0,s8
   14d92:	b7d9                	j	14d58 <__d_vfprintf+0x690>
   14d94:	fff78d13          	add	s10,a5,-1
   14d98:	b725                	j	14cc0 <__d_vfprintf+0x5f8>
   14d9a:	00bad693          	srl	a3,s5,0xb
   14d9e:	8a85                	and	a3,a3,1
   14da0:	478d                	li	a5,3
   14da2:	c291                	beqz	a3,14da6 <__d_vfprintf+0x6de>
   14da4:	4795                	li	a5,5
   14da6:	97e2                	add	a5,a5,s8
   14da8:	b735                	j	14cd4 <__d_vfprintf+0x60c>
   14daa:	010af693          	and	a3,s5,16
   14dae:	da95                	beqz	a3,14ce2 <__d_vfprintf+0x61a>
   14db0:	0785                	add	a5,a5,1
   14db2:	bf05                	j	14ce2 <__d_vfprintf+0x61a>
   14db4:	4582                	lw	a1,0(sp)
   14db6:	02000513          	li	a0,32
   14dba:	c83a                	sw	a4,16(sp)
   14dbc:	9a02                	jalr	s4
   14dbe:	4742                	lw	a4,16(sp)
   14dc0:	0405                	add	s0,s0,1
   14dc2:	f20559e3          	bgez	a0,14cf4 <__d_vfprintf+0x62c>
   14dc6:	b281                	j	14706 <__d_vfprintf+0x3e>
   14dc8:	4582                	lw	a1,0(sp)
   14dca:	03000513          	li	a0,48
   14dce:	0b05                	add	s6,s6,1
   14dd0:	9a02                	jalr	s4
   14dd2:	f60555e3          	bgez	a0,14d3c <__d_vfprintf+0x674>
   14dd6:	ba05                	j	14706 <__d_vfprintf+0x3e>
   14dd8:	033c9063          	bne	s9,s3,14df8 <__d_vfprintf+0x730>
   14ddc:	02d14703          	lbu	a4,45(sp)
   14de0:	03500793          	li	a5,53
   14de4:	00e7e863          	bltu	a5,a4,14df4 <__d_vfprintf+0x72c>
   14de8:	00f71863          	bne	a4,a5,14df8 <__d_vfprintf+0x730>
   14dec:	02c14783          	lbu	a5,44(sp)
   14df0:	8bc1                	and	a5,a5,16
   14df2:	e399                	bnez	a5,14df8 <__d_vfprintf+0x730>
   14df4:	03100513          	li	a0,49
   14df8:	4582                	lw	a1,0(sp)
   14dfa:	9a02                	jalr	s4
   14dfc:	900545e3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14e00:	010afa93          	and	s5,s5,16
   14e04:	e60a85e3          	beqz	s5,14c6e <__d_vfprintf+0x5a6>
   14e08:	57fd                	li	a5,-1
   14e0a:	e6fc92e3          	bne	s9,a5,14c6e <__d_vfprintf+0x5a6>
   14e0e:	4582                	lw	a1,0(sp)
   14e10:	00240c13          	add	s8,s0,2
   14e14:	02e00513          	li	a0,46
   14e18:	9a02                	jalr	s4
   14e1a:	e4055ae3          	bgez	a0,14c6e <__d_vfprintf+0x5a6>
   14e1e:	b0e5                	j	14706 <__d_vfprintf+0x3e>
   14e20:	02d14503          	lbu	a0,45(sp)
   14e24:	03100793          	li	a5,49
   14e28:	00f50763          	beq	a0,a5,14e36 <__d_vfprintf+0x76e>
   14e2c:	02c14783          	lbu	a5,44(sp)
   14e30:	9bbd                	and	a5,a5,-17
   14e32:	02f10623          	sb	a5,44(sp)
   14e36:	4582                	lw	a1,0(sp)
   14e38:	9a02                	jalr	s4
   14e3a:	8c0546e3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14e3e:	0da05a63          	blez	s10,14f12 <__d_vfprintf+0x84a>
   14e42:	4582                	lw	a1,0(sp)
   14e44:	02e00513          	li	a0,46
   14e48:	0409                	add	s0,s0,2
   14e4a:	9a02                	jalr	s4
   14e4c:	8a054de3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14e50:	4a85                	li	s5,1
   14e52:	4785                	li	a5,1
   14e54:	0405                	add	s0,s0,1
   14e56:	03000513          	li	a0,48
   14e5a:	017af863          	bgeu	s5,s7,14e6a <__d_vfprintf+0x7a2>
   14e5e:	02078793          	add	a5,a5,32
   14e62:	1018                	add	a4,sp,32
   14e64:	97ba                	add	a5,a5,a4
   14e66:	fed7c503          	lbu	a0,-19(a5)
   14e6a:	4582                	lw	a1,0(sp)
   14e6c:	9a02                	jalr	s4
   14e6e:	88054ce3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14e72:	0a85                	add	s5,s5,1
   14e74:	0ffafa93          	zext.b	s5,s5
   14e78:	87d6                	mv	a5,s5
   14e7a:	fd5d5de3          	bge	s10,s5,14e54 <__d_vfprintf+0x78c>
   14e7e:	4582                	lw	a1,0(sp)
   14e80:	412c8533          	sub	a0,s9,s2
   14e84:	0ff57513          	zext.b	a0,a0
   14e88:	9a02                	jalr	s4
   14e8a:	86054ee3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14e8e:	0009ca63          	bltz	s3,14ea2 <__d_vfprintf+0x7da>
   14e92:	02b00513          	li	a0,43
   14e96:	00099a63          	bnez	s3,14eaa <__d_vfprintf+0x7e2>
   14e9a:	02c14783          	lbu	a5,44(sp)
   14e9e:	8bc1                	and	a5,a5,16
   14ea0:	c789                	beqz	a5,14eaa <__d_vfprintf+0x7e2>
   14ea2:	413009b3          	neg	s3,s3
   14ea6:	02d00513          	li	a0,45
   14eaa:	4582                	lw	a1,0(sp)
   14eac:	9a02                	jalr	s4
   14eae:	84054ce3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14eb2:	4791                	li	a5,4
   14eb4:	06fc1e63          	bne	s8,a5,14f30 <__d_vfprintf+0x868>
   14eb8:	3e800913          	li	s2,1000
   14ebc:	0329c533          	div	a0,s3,s2
   14ec0:	4582                	lw	a1,0(sp)
   14ec2:	040d                	add	s0,s0,3
   14ec4:	03050513          	add	a0,a0,48
   14ec8:	0ff57513          	zext.b	a0,a0
   14ecc:	9a02                	jalr	s4
   14ece:	82054ce3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14ed2:	0329e9b3          	rem	s3,s3,s2
   14ed6:	06400913          	li	s2,100
   14eda:	4582                	lw	a1,0(sp)
   14edc:	0405                	add	s0,s0,1
   14ede:	0329c533          	div	a0,s3,s2
   14ee2:	03050513          	add	a0,a0,48
   14ee6:	0ff57513          	zext.b	a0,a0
   14eea:	9a02                	jalr	s4
   14eec:	80054de3          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14ef0:	0329e9b3          	rem	s3,s3,s2
   14ef4:	4929                	li	s2,10
   14ef6:	4582                	lw	a1,0(sp)
   14ef8:	0405                	add	s0,s0,1
   14efa:	0329c533          	div	a0,s3,s2
   14efe:	03050513          	add	a0,a0,48
   14f02:	0ff57513          	zext.b	a0,a0
   14f06:	9a02                	jalr	s4
   14f08:	fe054f63          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14f0c:	0329e9b3          	rem	s3,s3,s2
   14f10:	a03d                	j	14f3e <__d_vfprintf+0x876>
   14f12:	010afa93          	and	s5,s5,16
   14f16:	000a9463          	bnez	s5,14f1e <__d_vfprintf+0x856>
   14f1a:	0405                	add	s0,s0,1
   14f1c:	b78d                	j	14e7e <__d_vfprintf+0x7b6>
   14f1e:	4582                	lw	a1,0(sp)
   14f20:	02e00513          	li	a0,46
   14f24:	0409                	add	s0,s0,2
   14f26:	9a02                	jalr	s4
   14f28:	f4055be3          	bgez	a0,14e7e <__d_vfprintf+0x7b6>
   14f2c:	fdaff06f          	j	14706 <__d_vfprintf+0x3e>
   14f30:	478d                	li	a5,3
   14f32:	0409                	add	s0,s0,2
   14f34:	fafc01e3          	beq	s8,a5,14ed6 <__d_vfprintf+0x80e>
   14f38:	4785                	li	a5,1
   14f3a:	fafc1de3          	bne	s8,a5,14ef4 <__d_vfprintf+0x82c>
   14f3e:	03098513          	add	a0,s3,48
   14f42:	4582                	lw	a1,0(sp)
   14f44:	00140c13          	add	s8,s0,1
   14f48:	0ff57513          	zext.b	a0,a0
   14f4c:	b5f1                	j	14e18 <__d_vfprintf+0x750>
   14f4e:	f9d90793          	add	a5,s2,-99
   14f52:	0ff7f793          	zext.b	a5,a5
   14f56:	4749                	li	a4,18
   14f58:	1ef76d63          	bltu	a4,a5,15152 <__d_vfprintf+0xa8a>
   14f5c:	6761                	lui	a4,0x18
   14f5e:	078a                	sll	a5,a5,0x2
   14f60:	85870713          	add	a4,a4,-1960 # 17858 <CSWTCH.24+0x7c>
   14f64:	97ba                	add	a5,a5,a4
   14f66:	439c                	lw	a5,0(a5)
   14f68:	8782                	jr	a5
   14f6a:	5792                	lw	a5,36(sp)
   14f6c:	4485                	li	s1,1
   14f6e:	02810993          	add	s3,sp,40
   14f72:	00478713          	add	a4,a5,4
   14f76:	439c                	lw	a5,0(a5)
   14f78:	d23a                	sw	a4,36(sp)
   14f7a:	02f10423          	sb	a5,40(sp)
   14f7e:	008df813          	and	a6,s11,8
   14f82:	04080d63          	beqz	a6,14fdc <__d_vfprintf+0x914>
   14f86:	4901                	li	s2,0
   14f88:	05249c63          	bne	s1,s2,14fe0 <__d_vfprintf+0x918>
   14f8c:	00940c33          	add	s8,s0,s1
   14f90:	409b04b3          	sub	s1,s6,s1
   14f94:	b9e9                	j	14c6e <__d_vfprintf+0x5a6>
   14f96:	5792                	lw	a5,36(sp)
   14f98:	00478713          	add	a4,a5,4
   14f9c:	d23a                	sw	a4,36(sp)
   14f9e:	0007a983          	lw	s3,0(a5)
   14fa2:	00099563          	bnez	s3,14fac <__d_vfprintf+0x8e4>
   14fa6:	69e1                	lui	s3,0x18
   14fa8:	80c98993          	add	s3,s3,-2036 # 1780c <CSWTCH.24+0x30>
   14fac:	040df793          	and	a5,s11,64
   14fb0:	55fd                	li	a1,-1
   14fb2:	c391                	beqz	a5,14fb6 <__d_vfprintf+0x8ee>
   14fb4:	85ea                	mv	a1,s10
   14fb6:	854e                	mv	a0,s3
   14fb8:	4b7000ef          	jal	15c6e <strnlen>
   14fbc:	84aa                	mv	s1,a0
   14fbe:	b7c1                	j	14f7e <__d_vfprintf+0x8b6>
   14fc0:	4582                	lw	a1,0(sp)
   14fc2:	02000513          	li	a0,32
   14fc6:	9a02                	jalr	s4
   14fc8:	f2054f63          	bltz	a0,14706 <__d_vfprintf+0x3e>
   14fcc:	197d                	add	s2,s2,-1
   14fce:	ff24e9e3          	bltu	s1,s2,14fc0 <__d_vfprintf+0x8f8>
   14fd2:	945a                	add	s0,s0,s6
   14fd4:	41240433          	sub	s0,s0,s2
   14fd8:	8b4a                	mv	s6,s2
   14fda:	b775                	j	14f86 <__d_vfprintf+0x8be>
   14fdc:	895a                	mv	s2,s6
   14fde:	bfc5                	j	14fce <__d_vfprintf+0x906>
   14fe0:	012987b3          	add	a5,s3,s2
   14fe4:	4582                	lw	a1,0(sp)
   14fe6:	0007c503          	lbu	a0,0(a5)
   14fea:	0905                	add	s2,s2,1
   14fec:	9a02                	jalr	s4
   14fee:	f8055de3          	bgez	a0,14f88 <__d_vfprintf+0x8c0>
   14ff2:	f14ff06f          	j	14706 <__d_vfprintf+0x3e>
   14ff6:	080df713          	and	a4,s11,128
   14ffa:	5792                	lw	a5,36(sp)
   14ffc:	cf49                	beqz	a4,15096 <__d_vfprintf+0x9ce>
   14ffe:	200df713          	and	a4,s11,512
   15002:	c359                	beqz	a4,15088 <__d_vfprintf+0x9c0>
   15004:	079d                	add	a5,a5,7
   15006:	9be1                	and	a5,a5,-8
   15008:	4388                	lw	a0,0(a5)
   1500a:	43cc                	lw	a1,4(a5)
   1500c:	00878713          	add	a4,a5,8
   15010:	d23a                	sw	a4,36(sp)
   15012:	fefdf993          	and	s3,s11,-17
   15016:	09c2                	sll	s3,s3,0x10
   15018:	0109d993          	srl	s3,s3,0x10
   1501c:	0805dd63          	bgez	a1,150b6 <__d_vfprintf+0x9ee>
   15020:	00a037b3          	snez	a5,a0
   15024:	40b005b3          	neg	a1,a1
   15028:	8d9d                	sub	a1,a1,a5
   1502a:	40a00533          	neg	a0,a0
   1502e:	4009e993          	or	s3,s3,1024
   15032:	02810a93          	add	s5,sp,40
   15036:	46a9                	li	a3,10
   15038:	8656                	mv	a2,s5
   1503a:	c92ff0ef          	jal	144cc <__ultoa_invert>
   1503e:	0409f793          	and	a5,s3,64
   15042:	41550ab3          	sub	s5,a0,s5
   15046:	c7f5                	beqz	a5,15132 <__d_vfprintf+0xa6a>
   15048:	ffe9f793          	and	a5,s3,-2
   1504c:	07c2                	sll	a5,a5,0x10
   1504e:	83c1                	srl	a5,a5,0x10
   15050:	19aad563          	bge	s5,s10,151da <__d_vfprintf+0xb12>
   15054:	16090c63          	beqz	s2,151cc <__d_vfprintf+0xb04>
   15058:	0109fc13          	and	s8,s3,16
   1505c:	84ea                	mv	s1,s10
   1505e:	89be                	mv	s3,a5
   15060:	060c0a63          	beqz	s8,150d4 <__d_vfprintf+0xa0c>
   15064:	0489                	add	s1,s1,2
   15066:	0089f793          	and	a5,s3,8
   1506a:	18079a63          	bnez	a5,151fe <__d_vfprintf+0xb36>
   1506e:	0019f793          	and	a5,s3,1
   15072:	cb89                	beqz	a5,15084 <__d_vfprintf+0x9bc>
   15074:	8d56                	mv	s10,s5
   15076:	0164d763          	bge	s1,s6,15084 <__d_vfprintf+0x9bc>
   1507a:	409b04b3          	sub	s1,s6,s1
   1507e:	01548d33          	add	s10,s1,s5
   15082:	84da                	mv	s1,s6
   15084:	8ba6                	mv	s7,s1
   15086:	a2ad                	j	151f0 <__d_vfprintf+0xb28>
   15088:	4388                	lw	a0,0(a5)
   1508a:	00478713          	add	a4,a5,4
   1508e:	d23a                	sw	a4,36(sp)
   15090:	41f55593          	sra	a1,a0,0x1f
   15094:	bfbd                	j	15012 <__d_vfprintf+0x94a>
   15096:	00478713          	add	a4,a5,4
   1509a:	4388                	lw	a0,0(a5)
   1509c:	d23a                	sw	a4,36(sp)
   1509e:	100df793          	and	a5,s11,256
   150a2:	d7fd                	beqz	a5,15090 <__d_vfprintf+0x9c8>
   150a4:	200df793          	and	a5,s11,512
   150a8:	c781                	beqz	a5,150b0 <__d_vfprintf+0x9e8>
   150aa:	0562                	sll	a0,a0,0x18
   150ac:	8561                	sra	a0,a0,0x18
   150ae:	b7cd                	j	15090 <__d_vfprintf+0x9c8>
   150b0:	0542                	sll	a0,a0,0x10
   150b2:	8541                	sra	a0,a0,0x10
   150b4:	bff1                	j	15090 <__d_vfprintf+0x9c8>
   150b6:	00b567b3          	or	a5,a0,a1
   150ba:	ffa5                	bnez	a5,15032 <__d_vfprintf+0x96a>
   150bc:	040df793          	and	a5,s11,64
   150c0:	dbad                	beqz	a5,15032 <__d_vfprintf+0x96a>
   150c2:	f60d18e3          	bnez	s10,15032 <__d_vfprintf+0x96a>
   150c6:	feedf993          	and	s3,s11,-18
   150ca:	09c2                	sll	s3,s3,0x10
   150cc:	0109d993          	srl	s3,s3,0x10
   150d0:	4a81                	li	s5,0
   150d2:	4481                	li	s1,0
   150d4:	4069fc13          	and	s8,s3,1030
   150d8:	f80c07e3          	beqz	s8,15066 <__d_vfprintf+0x99e>
   150dc:	0485                	add	s1,s1,1
   150de:	4c01                	li	s8,0
   150e0:	b759                	j	15066 <__d_vfprintf+0x99e>
   150e2:	fefdf813          	and	a6,s11,-17
   150e6:	01081d93          	sll	s11,a6,0x10
   150ea:	010ddd93          	srl	s11,s11,0x10
   150ee:	46a9                	li	a3,10
   150f0:	080df713          	and	a4,s11,128
   150f4:	5792                	lw	a5,36(sp)
   150f6:	c355                	beqz	a4,1519a <__d_vfprintf+0xad2>
   150f8:	200df713          	and	a4,s11,512
   150fc:	cb49                	beqz	a4,1518e <__d_vfprintf+0xac6>
   150fe:	079d                	add	a5,a5,7
   15100:	9be1                	and	a5,a5,-8
   15102:	4388                	lw	a0,0(a5)
   15104:	43cc                	lw	a1,4(a5)
   15106:	00878713          	add	a4,a5,8
   1510a:	d23a                	sw	a4,36(sp)
   1510c:	00b567b3          	or	a5,a0,a1
   15110:	e7cd                	bnez	a5,151ba <__d_vfprintf+0xaf2>
   15112:	fe9df993          	and	s3,s11,-23
   15116:	09c2                	sll	s3,s3,0x10
   15118:	040df793          	and	a5,s11,64
   1511c:	0109d993          	srl	s3,s3,0x10
   15120:	c3dd                	beqz	a5,151c6 <__d_vfprintf+0xafe>
   15122:	0a0d1263          	bnez	s10,151c6 <__d_vfprintf+0xafe>
   15126:	fe8df993          	and	s3,s11,-24
   1512a:	09c2                	sll	s3,s3,0x10
   1512c:	0109d993          	srl	s3,s3,0x10
   15130:	4a81                	li	s5,0
   15132:	0109fc13          	and	s8,s3,16
   15136:	0a0c0463          	beqz	s8,151de <__d_vfprintf+0xb16>
   1513a:	001a8493          	add	s1,s5,1
   1513e:	f20904e3          	beqz	s2,15066 <__d_vfprintf+0x99e>
   15142:	84d6                	mv	s1,s5
   15144:	b705                	j	15064 <__d_vfprintf+0x99c>
   15146:	010ded93          	or	s11,s11,16
   1514a:	46c1                	li	a3,16
   1514c:	07800913          	li	s2,120
   15150:	b745                	j	150f0 <__d_vfprintf+0xa28>
   15152:	07800793          	li	a5,120
   15156:	00fc9a63          	bne	s9,a5,1516a <__d_vfprintf+0xaa2>
   1515a:	05800793          	li	a5,88
   1515e:	46c1                	li	a3,16
   15160:	f8f918e3          	bne	s2,a5,150f0 <__d_vfprintf+0xa28>
   15164:	21000693          	li	a3,528
   15168:	b761                	j	150f0 <__d_vfprintf+0xa28>
   1516a:	4582                	lw	a1,0(sp)
   1516c:	02500513          	li	a0,37
   15170:	9a02                	jalr	s4
   15172:	d8054a63          	bltz	a0,14706 <__d_vfprintf+0x3e>
   15176:	4582                	lw	a1,0(sp)
   15178:	854a                	mv	a0,s2
   1517a:	9a02                	jalr	s4
   1517c:	d8054563          	bltz	a0,14706 <__d_vfprintf+0x3e>
   15180:	0409                	add	s0,s0,2
   15182:	4792                	lw	a5,4(sp)
   15184:	d62ff06f          	j	146e6 <__d_vfprintf+0x1e>
   15188:	46a1                	li	a3,8
   1518a:	4901                	li	s2,0
   1518c:	b795                	j	150f0 <__d_vfprintf+0xa28>
   1518e:	4388                	lw	a0,0(a5)
   15190:	00478713          	add	a4,a5,4
   15194:	d23a                	sw	a4,36(sp)
   15196:	4581                	li	a1,0
   15198:	bf95                	j	1510c <__d_vfprintf+0xa44>
   1519a:	00478713          	add	a4,a5,4
   1519e:	4388                	lw	a0,0(a5)
   151a0:	d23a                	sw	a4,36(sp)
   151a2:	100df793          	and	a5,s11,256
   151a6:	dbe5                	beqz	a5,15196 <__d_vfprintf+0xace>
   151a8:	200df793          	and	a5,s11,512
   151ac:	c781                	beqz	a5,151b4 <__d_vfprintf+0xaec>
   151ae:	0ff57513          	zext.b	a0,a0
   151b2:	b7d5                	j	15196 <__d_vfprintf+0xace>
   151b4:	0542                	sll	a0,a0,0x10
   151b6:	8141                	srl	a0,a0,0x10
   151b8:	bff9                	j	15196 <__d_vfprintf+0xace>
   151ba:	ff9df813          	and	a6,s11,-7
   151be:	01081993          	sll	s3,a6,0x10
   151c2:	0109d993          	srl	s3,s3,0x10
   151c6:	02810a93          	add	s5,sp,40
   151ca:	b5bd                	j	15038 <__d_vfprintf+0x970>
   151cc:	fee9f993          	and	s3,s3,-18
   151d0:	09c2                	sll	s3,s3,0x10
   151d2:	0109d993          	srl	s3,s3,0x10
   151d6:	84ea                	mv	s1,s10
   151d8:	bdf5                	j	150d4 <__d_vfprintf+0xa0c>
   151da:	89be                	mv	s3,a5
   151dc:	bf99                	j	15132 <__d_vfprintf+0xa6a>
   151de:	84d6                	mv	s1,s5
   151e0:	bdd5                	j	150d4 <__d_vfprintf+0xa0c>
   151e2:	4582                	lw	a1,0(sp)
   151e4:	02000513          	li	a0,32
   151e8:	9a02                	jalr	s4
   151ea:	d0054e63          	bltz	a0,14706 <__d_vfprintf+0x3e>
   151ee:	0b85                	add	s7,s7,1
   151f0:	ff6bc9e3          	blt	s7,s6,151e2 <__d_vfprintf+0xb1a>
   151f4:	409404b3          	sub	s1,s0,s1
   151f8:	01748433          	add	s0,s1,s7
   151fc:	84de                	mv	s1,s7
   151fe:	020c0363          	beqz	s8,15224 <__d_vfprintf+0xb5c>
   15202:	4582                	lw	a1,0(sp)
   15204:	03000513          	li	a0,48
   15208:	9a02                	jalr	s4
   1520a:	ce054e63          	bltz	a0,14706 <__d_vfprintf+0x3e>
   1520e:	04090d63          	beqz	s2,15268 <__d_vfprintf+0xba0>
   15212:	4582                	lw	a1,0(sp)
   15214:	0409                	add	s0,s0,2
   15216:	854a                	mv	a0,s2
   15218:	9a02                	jalr	s4
   1521a:	ce054663          	bltz	a0,14706 <__d_vfprintf+0x3e>
   1521e:	8c22                	mv	s8,s0
   15220:	9d22                	add	s10,s10,s0
   15222:	a81d                	j	15258 <__d_vfprintf+0xb90>
   15224:	4069f793          	and	a5,s3,1030
   15228:	dbfd                	beqz	a5,1521e <__d_vfprintf+0xb56>
   1522a:	0029f793          	and	a5,s3,2
   1522e:	02000513          	li	a0,32
   15232:	c399                	beqz	a5,15238 <__d_vfprintf+0xb70>
   15234:	02b00513          	li	a0,43
   15238:	4009f993          	and	s3,s3,1024
   1523c:	00098463          	beqz	s3,15244 <__d_vfprintf+0xb7c>
   15240:	02d00513          	li	a0,45
   15244:	4582                	lw	a1,0(sp)
   15246:	0405                	add	s0,s0,1
   15248:	bfc1                	j	15218 <__d_vfprintf+0xb50>
   1524a:	4582                	lw	a1,0(sp)
   1524c:	03000513          	li	a0,48
   15250:	0c05                	add	s8,s8,1
   15252:	9a02                	jalr	s4
   15254:	ca054963          	bltz	a0,14706 <__d_vfprintf+0x3e>
   15258:	418d07b3          	sub	a5,s10,s8
   1525c:	fefac7e3          	blt	s5,a5,1524a <__d_vfprintf+0xb82>
   15260:	8456                	mv	s0,s5
   15262:	e409                	bnez	s0,1526c <__d_vfprintf+0xba4>
   15264:	9c56                	add	s8,s8,s5
   15266:	b32d                	j	14f90 <__d_vfprintf+0x8c8>
   15268:	0405                	add	s0,s0,1
   1526a:	bf55                	j	1521e <__d_vfprintf+0xb56>
   1526c:	147d                	add	s0,s0,-1
   1526e:	103c                	add	a5,sp,40
   15270:	97a2                	add	a5,a5,s0
   15272:	4582                	lw	a1,0(sp)
   15274:	0007c503          	lbu	a0,0(a5)
   15278:	9a02                	jalr	s4
   1527a:	fe0554e3          	bgez	a0,15262 <__d_vfprintf+0xb9a>
   1527e:	c88ff06f          	j	14706 <__d_vfprintf+0x3e>
   15282:	4582                	lw	a1,0(sp)
   15284:	02000513          	li	a0,32
   15288:	0405                	add	s0,s0,1
   1528a:	9a02                	jalr	s4
   1528c:	c6054d63          	bltz	a0,14706 <__d_vfprintf+0x3e>
   15290:	408487b3          	sub	a5,s1,s0
   15294:	fef047e3          	bgtz	a5,15282 <__d_vfprintf+0xbba>
   15298:	b5ed                	j	15182 <__d_vfprintf+0xaba>

0001529a <mulShiftAll64>:
   1529a:	108012ef          	jal	t0,163a2 <__riscv_save_10>
   1529e:	84b2                	mv	s1,a2
   152a0:	00159913          	sll	s2,a1,0x1
   152a4:	4210                	lw	a2,0(a2)
   152a6:	8ab6                	mv	s5,a3
   152a8:	89be                	mv	s3,a5
   152aa:	40d4                	lw	a3,4(s1)
   152ac:	01f55793          	srl	a5,a0,0x1f
   152b0:	1141                	add	sp,sp,-16
   152b2:	0127e933          	or	s2,a5,s2
   152b6:	00151413          	sll	s0,a0,0x1
   152ba:	8522                	mv	a0,s0
   152bc:	85ca                	mv	a1,s2
   152be:	8bba                	mv	s7,a4
   152c0:	870a                	mv	a4,sp
   152c2:	8b42                	mv	s6,a6
   152c4:	0fd000ef          	jal	15bc0 <__umul128>
   152c8:	44d4                	lw	a3,12(s1)
   152ca:	4490                	lw	a2,8(s1)
   152cc:	0038                	add	a4,sp,8
   152ce:	8caa                	mv	s9,a0
   152d0:	8c2e                	mv	s8,a1
   152d2:	8522                	mv	a0,s0
   152d4:	85ca                	mv	a1,s2
   152d6:	0eb000ef          	jal	15bc0 <__umul128>
   152da:	4682                	lw	a3,0(sp)
   152dc:	4712                	lw	a4,4(sp)
   152de:	4785                	li	a5,1
   152e0:	00d50933          	add	s2,a0,a3
   152e4:	00a93533          	sltu	a0,s2,a0
   152e8:	95ba                	add	a1,a1,a4
   152ea:	00b50433          	add	s0,a0,a1
   152ee:	00e46763          	bltu	s0,a4,152fc <mulShiftAll64+0x62>
   152f2:	00871463          	bne	a4,s0,152fa <mulShiftAll64+0x60>
   152f6:	00d96363          	bltu	s2,a3,152fc <mulShiftAll64+0x62>
   152fa:	4781                	li	a5,0
   152fc:	4622                	lw	a2,8(sp)
   152fe:	4732                	lw	a4,12(sp)
   15300:	963e                	add	a2,a2,a5
   15302:	00f637b3          	sltu	a5,a2,a5
   15306:	00e786b3          	add	a3,a5,a4
   1530a:	4098                	lw	a4,0(s1)
   1530c:	40dc                	lw	a5,4(s1)
   1530e:	c432                	sw	a2,8(sp)
   15310:	9766                	add	a4,a4,s9
   15312:	97e2                	add	a5,a5,s8
   15314:	019735b3          	sltu	a1,a4,s9
   15318:	95be                	add	a1,a1,a5
   1531a:	c636                	sw	a3,12(sp)
   1531c:	4785                	li	a5,1
   1531e:	0185e763          	bltu	a1,s8,1532c <mulShiftAll64+0x92>
   15322:	00bc1463          	bne	s8,a1,1532a <mulShiftAll64+0x90>
   15326:	01976363          	bltu	a4,s9,1532c <mulShiftAll64+0x92>
   1532a:	4781                	li	a5,0
   1532c:	4498                	lw	a4,8(s1)
   1532e:	44c8                	lw	a0,12(s1)
   15330:	fbfa8a13          	add	s4,s5,-65
   15334:	974a                	add	a4,a4,s2
   15336:	9522                	add	a0,a0,s0
   15338:	012735b3          	sltu	a1,a4,s2
   1533c:	95aa                	add	a1,a1,a0
   1533e:	00e78533          	add	a0,a5,a4
   15342:	00f537b3          	sltu	a5,a0,a5
   15346:	95be                	add	a1,a1,a5
   15348:	4785                	li	a5,1
   1534a:	0085e763          	bltu	a1,s0,15358 <mulShiftAll64+0xbe>
   1534e:	00b41463          	bne	s0,a1,15356 <mulShiftAll64+0xbc>
   15352:	01256363          	bltu	a0,s2,15358 <mulShiftAll64+0xbe>
   15356:	4781                	li	a5,0
   15358:	963e                	add	a2,a2,a5
   1535a:	00f637b3          	sltu	a5,a2,a5
   1535e:	8752                	mv	a4,s4
   15360:	96be                	add	a3,a3,a5
   15362:	0ab000ef          	jal	15c0c <__shiftright128>
   15366:	00aba023          	sw	a0,0(s7)
   1536a:	00bba223          	sw	a1,4(s7)
   1536e:	4785                	li	a5,1
   15370:	48a2                	lw	a7,8(sp)
   15372:	4832                	lw	a6,12(sp)
   15374:	40cc                	lw	a1,4(s1)
   15376:	4488                	lw	a0,8(s1)
   15378:	44d8                	lw	a4,12(s1)
   1537a:	06fb1763          	bne	s6,a5,153e8 <mulShiftAll64+0x14e>
   1537e:	40a906b3          	sub	a3,s2,a0
   15382:	00d93633          	sltu	a2,s2,a3
   15386:	40e407b3          	sub	a5,s0,a4
   1538a:	8f91                	sub	a5,a5,a2
   1538c:	4505                	li	a0,1
   1538e:	00bc6863          	bltu	s8,a1,1539e <mulShiftAll64+0x104>
   15392:	01859563          	bne	a1,s8,1539c <mulShiftAll64+0x102>
   15396:	4098                	lw	a4,0(s1)
   15398:	00ece363          	bltu	s9,a4,1539e <mulShiftAll64+0x104>
   1539c:	4501                	li	a0,0
   1539e:	40a68533          	sub	a0,a3,a0
   153a2:	00a6b6b3          	sltu	a3,a3,a0
   153a6:	40d785b3          	sub	a1,a5,a3
   153aa:	4605                	li	a2,1
   153ac:	00b46763          	bltu	s0,a1,153ba <mulShiftAll64+0x120>
   153b0:	00859463          	bne	a1,s0,153b8 <mulShiftAll64+0x11e>
   153b4:	00a96363          	bltu	s2,a0,153ba <mulShiftAll64+0x120>
   153b8:	4601                	li	a2,0
   153ba:	40c88633          	sub	a2,a7,a2
   153be:	00c8b6b3          	sltu	a3,a7,a2
   153c2:	8752                	mv	a4,s4
   153c4:	40d806b3          	sub	a3,a6,a3
   153c8:	045000ef          	jal	15c0c <__shiftright128>
   153cc:	4622                	lw	a2,8(sp)
   153ce:	46b2                	lw	a3,12(sp)
   153d0:	00a9a023          	sw	a0,0(s3)
   153d4:	00b9a223          	sw	a1,4(s3)
   153d8:	8752                	mv	a4,s4
   153da:	854a                	mv	a0,s2
   153dc:	85a2                	mv	a1,s0
   153de:	02f000ef          	jal	15c0c <__shiftright128>
   153e2:	0141                	add	sp,sp,16
   153e4:	7f70006f          	j	163da <__riscv_restore_10>
   153e8:	01fcd793          	srl	a5,s9,0x1f
   153ec:	001c1613          	sll	a2,s8,0x1
   153f0:	8e5d                	or	a2,a2,a5
   153f2:	01f95693          	srl	a3,s2,0x1f
   153f6:	00141793          	sll	a5,s0,0x1
   153fa:	001c9e93          	sll	t4,s9,0x1
   153fe:	8fd5                	or	a5,a5,a3
   15400:	00191313          	sll	t1,s2,0x1
   15404:	4e05                	li	t3,1
   15406:	01866763          	bltu	a2,s8,15414 <mulShiftAll64+0x17a>
   1540a:	00cc1463          	bne	s8,a2,15412 <mulShiftAll64+0x178>
   1540e:	019ee363          	bltu	t4,s9,15414 <mulShiftAll64+0x17a>
   15412:	4e01                	li	t3,0
   15414:	9e1a                	add	t3,t3,t1
   15416:	006e3333          	sltu	t1,t3,t1
   1541a:	933e                	add	t1,t1,a5
   1541c:	4785                	li	a5,1
   1541e:	00b66863          	bltu	a2,a1,1542e <mulShiftAll64+0x194>
   15422:	00c59563          	bne	a1,a2,1542c <mulShiftAll64+0x192>
   15426:	4094                	lw	a3,0(s1)
   15428:	00dee363          	bltu	t4,a3,1542e <mulShiftAll64+0x194>
   1542c:	4781                	li	a5,0
   1542e:	40fe07b3          	sub	a5,t3,a5
   15432:	00fe35b3          	sltu	a1,t3,a5
   15436:	40b305b3          	sub	a1,t1,a1
   1543a:	40a78533          	sub	a0,a5,a0
   1543e:	00a7b7b3          	sltu	a5,a5,a0
   15442:	8d99                	sub	a1,a1,a4
   15444:	01f8d693          	srl	a3,a7,0x1f
   15448:	8d9d                	sub	a1,a1,a5
   1544a:	00181793          	sll	a5,a6,0x1
   1544e:	8fd5                	or	a5,a5,a3
   15450:	fc0a8713          	add	a4,s5,-64
   15454:	0886                	sll	a7,a7,0x1
   15456:	4685                	li	a3,1
   15458:	00836763          	bltu	t1,s0,15466 <mulShiftAll64+0x1cc>
   1545c:	00641463          	bne	s0,t1,15464 <mulShiftAll64+0x1ca>
   15460:	012e6363          	bltu	t3,s2,15466 <mulShiftAll64+0x1cc>
   15464:	4681                	li	a3,0
   15466:	96c6                	add	a3,a3,a7
   15468:	0116b8b3          	sltu	a7,a3,a7
   1546c:	98be                	add	a7,a7,a5
   1546e:	4605                	li	a2,1
   15470:	00b36763          	bltu	t1,a1,1547e <mulShiftAll64+0x1e4>
   15474:	00659463          	bne	a1,t1,1547c <mulShiftAll64+0x1e2>
   15478:	00ae6363          	bltu	t3,a0,1547e <mulShiftAll64+0x1e4>
   1547c:	4601                	li	a2,0
   1547e:	40c68633          	sub	a2,a3,a2
   15482:	00c6b6b3          	sltu	a3,a3,a2
   15486:	40d886b3          	sub	a3,a7,a3
   1548a:	bf3d                	j	153c8 <mulShiftAll64+0x12e>

0001548c <div10>:
   1548c:	73f002ef          	jal	t0,163ca <__riscv_save_0>
   15490:	67e1                	lui	a5,0x18
   15492:	d007a603          	lw	a2,-768(a5) # 17d00 <stdout+0x4>
   15496:	d047a683          	lw	a3,-764(a5)
   1549a:	1141                	add	sp,sp,-16
   1549c:	0038                	add	a4,sp,8
   1549e:	722000ef          	jal	15bc0 <__umul128>
   154a2:	45b2                	lw	a1,12(sp)
   154a4:	47a2                	lw	a5,8(sp)
   154a6:	01d59513          	sll	a0,a1,0x1d
   154aa:	838d                	srl	a5,a5,0x3
   154ac:	8d5d                	or	a0,a0,a5
   154ae:	818d                	srl	a1,a1,0x3
   154b0:	0141                	add	sp,sp,16
   154b2:	73d0006f          	j	163ee <__riscv_restore_0>

000154b6 <__dtoa_engine>:
   154b6:	6e5002ef          	jal	t0,1639a <__riscv_save_12>
   154ba:	715d                	add	sp,sp,-80
   154bc:	8bb6                	mv	s7,a3
   154be:	001006b7          	lui	a3,0x100
   154c2:	c43a                	sw	a4,8(sp)
   154c4:	c63e                	sw	a5,12(sp)
   154c6:	01f5d713          	srl	a4,a1,0x1f
   154ca:	fff68d93          	add	s11,a3,-1 # fffff <_end+0x9cb77>
   154ce:	0145d793          	srl	a5,a1,0x14
   154d2:	00bdfdb3          	and	s11,s11,a1
   154d6:	c03a                	sw	a4,0(sp)
   154d8:	7ff7f413          	and	s0,a5,2047
   154dc:	84aa                	mv	s1,a0
   154de:	8ab2                	mv	s5,a2
   154e0:	00ade733          	or	a4,s11,a0
   154e4:	e405                	bnez	s0,1550c <__dtoa_engine+0x56>
   154e6:	e331                	bnez	a4,1552a <__dtoa_engine+0x74>
   154e8:	03000793          	li	a5,48
   154ec:	00f602a3          	sb	a5,5(a2)
   154f0:	4782                	lw	a5,0(sp)
   154f2:	00060323          	sb	zero,6(a2)
   154f6:	00062023          	sw	zero,0(a2)
   154fa:	0027e993          	or	s3,a5,2
   154fe:	01360223          	sb	s3,4(a2)
   15502:	4405                	li	s0,1
   15504:	8522                	mv	a0,s0
   15506:	6161                	add	sp,sp,80
   15508:	6cf0006f          	j	163d6 <__riscv_restore_12>
   1550c:	7ff00613          	li	a2,2047
   15510:	0ac41263          	bne	s0,a2,155b4 <__dtoa_engine+0xfe>
   15514:	4782                	lw	a5,0(sp)
   15516:	0047e793          	or	a5,a5,4
   1551a:	c701                	beqz	a4,15522 <__dtoa_engine+0x6c>
   1551c:	4782                	lw	a5,0(sp)
   1551e:	0087e793          	or	a5,a5,8
   15522:	00fa8223          	sb	a5,4(s5)
   15526:	4401                	li	s0,0
   15528:	bff1                	j	15504 <__dtoa_engine+0x4e>
   1552a:	00157793          	and	a5,a0,1
   1552e:	c23e                	sw	a5,4(sp)
   15530:	002d9993          	sll	s3,s11,0x2
   15534:	01e55793          	srl	a5,a0,0x1e
   15538:	0137e9b3          	or	s3,a5,s3
   1553c:	00251c13          	sll	s8,a0,0x2
   15540:	892a                	mv	s2,a0
   15542:	bcc00413          	li	s0,-1076
   15546:	4805                	li	a6,1
   15548:	4d05                	li	s10,1
   1554a:	408004b3          	neg	s1,s0
   1554e:	8526                	mv	a0,s1
   15550:	ca42                	sw	a6,20(sp)
   15552:	25b1                	jal	15b9e <__log10Pow5>
   15554:	fff42793          	slti	a5,s0,-1
   15558:	40f50b33          	sub	s6,a0,a5
   1555c:	416484b3          	sub	s1,s1,s6
   15560:	8526                	mv	a0,s1
   15562:	25b1                	jal	15bae <__pow5bits>
   15564:	f8350693          	add	a3,a0,-125
   15568:	40db06b3          	sub	a3,s6,a3
   1556c:	8526                	mv	a0,s1
   1556e:	008c                	add	a1,sp,64
   15570:	c836                	sw	a3,16(sp)
   15572:	2125                	jal	1599a <__double_computePow5>
   15574:	4852                	lw	a6,20(sp)
   15576:	46c2                	lw	a3,16(sp)
   15578:	181c                	add	a5,sp,48
   1557a:	1038                	add	a4,sp,40
   1557c:	0090                	add	a2,sp,64
   1557e:	854a                	mv	a0,s2
   15580:	85ee                	mv	a1,s11
   15582:	d19ff0ef          	jal	1529a <mulShiftAll64>
   15586:	4785                	li	a5,1
   15588:	008b0a33          	add	s4,s6,s0
   1558c:	84ae                	mv	s1,a1
   1558e:	842a                	mv	s0,a0
   15590:	1367e663          	bltu	a5,s6,156bc <__dtoa_engine+0x206>
   15594:	4792                	lw	a5,4(sp)
   15596:	4985                	li	s3,1
   15598:	0e078963          	beqz	a5,1568a <__dtoa_engine+0x1d4>
   1559c:	57a2                	lw	a5,40(sp)
   1559e:	5732                	lw	a4,44(sp)
   155a0:	4985                	li	s3,1
   155a2:	fff78693          	add	a3,a5,-1
   155a6:	0017b793          	seqz	a5,a5
   155aa:	40f707b3          	sub	a5,a4,a5
   155ae:	d436                	sw	a3,40(sp)
   155b0:	d63e                	sw	a5,44(sp)
   155b2:	a07d                	j	15660 <__dtoa_engine+0x1aa>
   155b4:	01b6edb3          	or	s11,a3,s11
   155b8:	00157693          	and	a3,a0,1
   155bc:	c236                	sw	a3,4(sp)
   155be:	002d9993          	sll	s3,s11,0x2
   155c2:	01e55693          	srl	a3,a0,0x1e
   155c6:	bcb40413          	add	s0,s0,-1077
   155ca:	892a                	mv	s2,a0
   155cc:	0136e9b3          	or	s3,a3,s3
   155d0:	00251c13          	sll	s8,a0,0x2
   155d4:	4d05                	li	s10,1
   155d6:	e709                	bnez	a4,155e0 <__dtoa_engine+0x12a>
   155d8:	7fe7f793          	and	a5,a5,2046
   155dc:	0017bd13          	seqz	s10,a5
   155e0:	886a                	mv	a6,s10
   155e2:	f60444e3          	bltz	s0,1554a <__dtoa_engine+0x94>
   155e6:	8522                	mv	a0,s0
   155e8:	2365                	jal	15b90 <__log10Pow2>
   155ea:	00442793          	slti	a5,s0,4
   155ee:	0017c793          	xor	a5,a5,1
   155f2:	40f50a33          	sub	s4,a0,a5
   155f6:	8552                	mv	a0,s4
   155f8:	2b5d                	jal	15bae <__pow5bits>
   155fa:	07c50693          	add	a3,a0,124
   155fe:	408a0433          	sub	s0,s4,s0
   15602:	96a2                	add	a3,a3,s0
   15604:	008c                	add	a1,sp,64
   15606:	8552                	mv	a0,s4
   15608:	c836                	sw	a3,16(sp)
   1560a:	2169                	jal	15a94 <__double_computeInvPow5>
   1560c:	46c2                	lw	a3,16(sp)
   1560e:	181c                	add	a5,sp,48
   15610:	8526                	mv	a0,s1
   15612:	886a                	mv	a6,s10
   15614:	1038                	add	a4,sp,40
   15616:	0090                	add	a2,sp,64
   15618:	85ee                	mv	a1,s11
   1561a:	c81ff0ef          	jal	1529a <mulShiftAll64>
   1561e:	47d5                	li	a5,21
   15620:	842a                	mv	s0,a0
   15622:	84ae                	mv	s1,a1
   15624:	0947ea63          	bltu	a5,s4,156b8 <__dtoa_engine+0x202>
   15628:	67e1                	lui	a5,0x18
   1562a:	d047a683          	lw	a3,-764(a5) # 17d04 <stdout+0x8>
   1562e:	d007a603          	lw	a2,-768(a5)
   15632:	1838                	add	a4,sp,56
   15634:	8562                	mv	a0,s8
   15636:	85ce                	mv	a1,s3
   15638:	2361                	jal	15bc0 <__umul128>
   1563a:	57e2                	lw	a5,56(sp)
   1563c:	56f2                	lw	a3,60(sp)
   1563e:	5da2                	lw	s11,40(sp)
   15640:	8389                	srl	a5,a5,0x2
   15642:	06fa                	sll	a3,a3,0x1e
   15644:	8fd5                	or	a5,a5,a3
   15646:	4695                	li	a3,5
   15648:	02f687b3          	mul	a5,a3,a5
   1564c:	5932                	lw	s2,44(sp)
   1564e:	01879b63          	bne	a5,s8,15664 <__dtoa_engine+0x1ae>
   15652:	85ce                	mv	a1,s3
   15654:	8562                	mv	a0,s8
   15656:	2619                	jal	1595c <__pow5Factor>
   15658:	01453733          	sltu	a4,a0,s4
   1565c:	00174993          	xor	s3,a4,1
   15660:	4d01                	li	s10,0
   15662:	a025                	j	1568a <__dtoa_engine+0x1d4>
   15664:	4792                	lw	a5,4(sp)
   15666:	e79d                	bnez	a5,15694 <__dtoa_engine+0x1de>
   15668:	fffc0793          	add	a5,s8,-1
   1566c:	41a78533          	sub	a0,a5,s10
   15670:	001c3593          	seqz	a1,s8
   15674:	00a7b7b3          	sltu	a5,a5,a0
   15678:	40b985b3          	sub	a1,s3,a1
   1567c:	8d9d                	sub	a1,a1,a5
   1567e:	2cf9                	jal	1595c <__pow5Factor>
   15680:	01453933          	sltu	s2,a0,s4
   15684:	00194d13          	xor	s10,s2,1
   15688:	4981                	li	s3,0
   1568a:	47a2                	lw	a5,8(sp)
   1568c:	10079263          	bnez	a5,15790 <__dtoa_engine+0x2da>
   15690:	8b5e                	mv	s6,s7
   15692:	a049                	j	15714 <__dtoa_engine+0x25e>
   15694:	002c0513          	add	a0,s8,2
   15698:	018535b3          	sltu	a1,a0,s8
   1569c:	95ce                	add	a1,a1,s3
   1569e:	2c7d                	jal	1595c <__pow5Factor>
   156a0:	01453533          	sltu	a0,a0,s4
   156a4:	00154513          	xor	a0,a0,1
   156a8:	40ad8533          	sub	a0,s11,a0
   156ac:	00adbdb3          	sltu	s11,s11,a0
   156b0:	41b90733          	sub	a4,s2,s11
   156b4:	d42a                	sw	a0,40(sp)
   156b6:	d63a                	sw	a4,44(sp)
   156b8:	4981                	li	s3,0
   156ba:	b75d                	j	15660 <__dtoa_engine+0x1aa>
   156bc:	03e00793          	li	a5,62
   156c0:	ff67ece3          	bltu	a5,s6,156b8 <__dtoa_engine+0x202>
   156c4:	865a                	mv	a2,s6
   156c6:	557d                	li	a0,-1
   156c8:	55fd                	li	a1,-1
   156ca:	2be5                	jal	15cc2 <__ashldi3>
   156cc:	fff54513          	not	a0,a0
   156d0:	fff5c593          	not	a1,a1
   156d4:	0135f5b3          	and	a1,a1,s3
   156d8:	01857533          	and	a0,a0,s8
   156dc:	00b56733          	or	a4,a0,a1
   156e0:	00173993          	seqz	s3,a4
   156e4:	bfb5                	j	15660 <__dtoa_engine+0x1aa>
   156e6:	02d50833          	mul	a6,a0,a3
   156ea:	0785                	add	a5,a5,1
   156ec:	02b536b3          	mulhu	a3,a0,a1
   156f0:	02b505b3          	mul	a1,a0,a1
   156f4:	96c2                	add	a3,a3,a6
   156f6:	00d4e663          	bltu	s1,a3,15702 <__dtoa_engine+0x24c>
   156fa:	fe9696e3          	bne	a3,s1,156e6 <__dtoa_engine+0x230>
   156fe:	feb474e3          	bgeu	s0,a1,156e6 <__dtoa_engine+0x230>
   15702:	4732                	lw	a4,12(sp)
   15704:	97d2                	add	a5,a5,s4
   15706:	97ba                	add	a5,a5,a4
   15708:	00f04363          	bgtz	a5,1570e <__dtoa_engine+0x258>
   1570c:	4785                	li	a5,1
   1570e:	8b3e                	mv	s6,a5
   15710:	f8fbc0e3          	blt	s7,a5,15690 <__dtoa_engine+0x1da>
   15714:	4c81                	li	s9,0
   15716:	4901                	li	s2,0
   15718:	4c01                	li	s8,0
   1571a:	5522                	lw	a0,40(sp)
   1571c:	55b2                	lw	a1,44(sp)
   1571e:	d6fff0ef          	jal	1548c <div10>
   15722:	57c2                	lw	a5,48(sp)
   15724:	8dae                	mv	s11,a1
   15726:	55d2                	lw	a1,52(sp)
   15728:	c82a                	sw	a0,16(sp)
   1572a:	853e                	mv	a0,a5
   1572c:	ca3e                	sw	a5,20(sp)
   1572e:	d5fff0ef          	jal	1548c <div10>
   15732:	832a                	mv	t1,a0
   15734:	88ae                	mv	a7,a1
   15736:	4ea9                	li	t4,10
   15738:	01b5e763          	bltu	a1,s11,15746 <__dtoa_engine+0x290>
   1573c:	08bd9663          	bne	s11,a1,157c8 <__dtoa_engine+0x312>
   15740:	47c2                	lw	a5,16(sp)
   15742:	08f57363          	bgeu	a0,a5,157c8 <__dtoa_engine+0x312>
   15746:	8522                	mv	a0,s0
   15748:	85a6                	mv	a1,s1
   1574a:	ce46                	sw	a7,28(sp)
   1574c:	cc1a                	sw	t1,24(sp)
   1574e:	d3fff0ef          	jal	1548c <div10>
   15752:	4362                	lw	t1,24(sp)
   15754:	4ea9                	li	t4,10
   15756:	001cb693          	seqz	a3,s9
   1575a:	026e8833          	mul	a6,t4,t1
   1575e:	00d9f9b3          	and	s3,s3,a3
   15762:	47d2                	lw	a5,20(sp)
   15764:	48f2                	lw	a7,28(sp)
   15766:	d66e                	sw	s11,44(sp)
   15768:	d81a                	sw	t1,48(sp)
   1576a:	da46                	sw	a7,52(sp)
   1576c:	0905                	add	s2,s2,1
   1576e:	84ae                	mv	s1,a1
   15770:	02ae86b3          	mul	a3,t4,a0
   15774:	40f80833          	sub	a6,a6,a5
   15778:	47c2                	lw	a5,16(sp)
   1577a:	00183813          	seqz	a6,a6
   1577e:	010d7d33          	and	s10,s10,a6
   15782:	d43e                	sw	a5,40(sp)
   15784:	40d406b3          	sub	a3,s0,a3
   15788:	0ff6fc93          	zext.b	s9,a3
   1578c:	842a                	mv	s0,a0
   1578e:	b771                	j	1571a <__dtoa_engine+0x264>
   15790:	45a9                	li	a1,10
   15792:	4681                	li	a3,0
   15794:	4785                	li	a5,1
   15796:	4529                	li	a0,10
   15798:	bfb9                	j	156f6 <__dtoa_engine+0x240>
   1579a:	030e8f33          	mul	t5,t4,a6
   1579e:	0505                	add	a0,a0,1
   157a0:	02beb833          	mulhu	a6,t4,a1
   157a4:	02be85b3          	mul	a1,t4,a1
   157a8:	987a                	add	a6,a6,t5
   157aa:	0104e663          	bltu	s1,a6,157b6 <__dtoa_engine+0x300>
   157ae:	fe9816e3          	bne	a6,s1,1579a <__dtoa_engine+0x2e4>
   157b2:	feb474e3          	bgeu	s0,a1,1579a <__dtoa_engine+0x2e4>
   157b6:	00ab5d63          	bge	s6,a0,157d0 <__dtoa_engine+0x31a>
   157ba:	000b1563          	bnez	s6,157c4 <__dtoa_engine+0x30e>
   157be:	009465b3          	or	a1,s0,s1
   157c2:	c599                	beqz	a1,157d0 <__dtoa_engine+0x31a>
   157c4:	4c05                	li	s8,1
   157c6:	b741                	j	15746 <__dtoa_engine+0x290>
   157c8:	45a9                	li	a1,10
   157ca:	4801                	li	a6,0
   157cc:	4505                	li	a0,1
   157ce:	bff1                	j	157aa <__dtoa_engine+0x2f4>
   157d0:	060d0163          	beqz	s10,15832 <__dtoa_engine+0x37c>
   157d4:	4da9                	li	s11,10
   157d6:	5342                	lw	t1,48(sp)
   157d8:	55d2                	lw	a1,52(sp)
   157da:	851a                	mv	a0,t1
   157dc:	c81a                	sw	t1,16(sp)
   157de:	cafff0ef          	jal	1548c <div10>
   157e2:	ce2e                	sw	a1,28(sp)
   157e4:	02ad85b3          	mul	a1,s11,a0
   157e8:	4342                	lw	t1,16(sp)
   157ea:	882a                	mv	a6,a0
   157ec:	cc42                	sw	a6,24(sp)
   157ee:	04659263          	bne	a1,t1,15832 <__dtoa_engine+0x37c>
   157f2:	5522                	lw	a0,40(sp)
   157f4:	55b2                	lw	a1,44(sp)
   157f6:	0905                	add	s2,s2,1
   157f8:	c95ff0ef          	jal	1548c <div10>
   157fc:	ca2a                	sw	a0,20(sp)
   157fe:	c82e                	sw	a1,16(sp)
   15800:	8522                	mv	a0,s0
   15802:	85a6                	mv	a1,s1
   15804:	c89ff0ef          	jal	1548c <div10>
   15808:	001cb693          	seqz	a3,s9
   1580c:	00d9f9b3          	and	s3,s3,a3
   15810:	02ad86b3          	mul	a3,s11,a0
   15814:	4e52                	lw	t3,20(sp)
   15816:	4342                	lw	t1,16(sp)
   15818:	4862                	lw	a6,24(sp)
   1581a:	48f2                	lw	a7,28(sp)
   1581c:	d472                	sw	t3,40(sp)
   1581e:	d61a                	sw	t1,44(sp)
   15820:	d842                	sw	a6,48(sp)
   15822:	da46                	sw	a7,52(sp)
   15824:	84ae                	mv	s1,a1
   15826:	40d406b3          	sub	a3,s0,a3
   1582a:	0ff6fc93          	zext.b	s9,a3
   1582e:	842a                	mv	s0,a0
   15830:	b75d                	j	157d6 <__dtoa_engine+0x320>
   15832:	9952                	add	s2,s2,s4
   15834:	0c098563          	beqz	s3,158fe <__dtoa_engine+0x448>
   15838:	4715                	li	a4,5
   1583a:	0cec9263          	bne	s9,a4,158fe <__dtoa_engine+0x448>
   1583e:	00147713          	and	a4,s0,1
   15842:	e35d                	bnez	a4,158e8 <__dtoa_engine+0x432>
   15844:	000c1963          	bnez	s8,15856 <__dtoa_engine+0x3a0>
   15848:	5742                	lw	a4,48(sp)
   1584a:	00871563          	bne	a4,s0,15854 <__dtoa_engine+0x39e>
   1584e:	5752                	lw	a4,52(sp)
   15850:	0c970963          	beq	a4,s1,15922 <__dtoa_engine+0x46c>
   15854:	4701                	li	a4,0
   15856:	943a                	add	s0,s0,a4
   15858:	00e435b3          	sltu	a1,s0,a4
   1585c:	95a6                	add	a1,a1,s1
   1585e:	8a2e                	mv	s4,a1
   15860:	84a2                	mv	s1,s0
   15862:	4629                	li	a2,10
   15864:	4681                	li	a3,0
   15866:	4c05                	li	s8,1
   15868:	4529                	li	a0,10
   1586a:	00d5e663          	bltu	a1,a3,15876 <__dtoa_engine+0x3c0>
   1586e:	0ab69c63          	bne	a3,a1,15926 <__dtoa_engine+0x470>
   15872:	0ac47a63          	bgeu	s0,a2,15926 <__dtoa_engine+0x470>
   15876:	cf15                	beqz	a4,158b2 <__dtoa_engine+0x3fc>
   15878:	038b5d63          	bge	s6,s8,158b2 <__dtoa_engine+0x3fc>
   1587c:	47a2                	lw	a5,8(sp)
   1587e:	cf91                	beqz	a5,1589a <__dtoa_engine+0x3e4>
   15880:	4732                	lw	a4,12(sp)
   15882:	012c07b3          	add	a5,s8,s2
   15886:	00f70b33          	add	s6,a4,a5
   1588a:	000b5363          	bgez	s6,15890 <__dtoa_engine+0x3da>
   1588e:	4b01                	li	s6,0
   15890:	016bd363          	bge	s7,s6,15896 <__dtoa_engine+0x3e0>
   15894:	8b5e                	mv	s6,s7
   15896:	018b5e63          	bge	s6,s8,158b2 <__dtoa_engine+0x3fc>
   1589a:	00540513          	add	a0,s0,5
   1589e:	00853433          	sltu	s0,a0,s0
   158a2:	4629                	li	a2,10
   158a4:	4681                	li	a3,0
   158a6:	95a2                	add	a1,a1,s0
   158a8:	21b5                	jal	15d14 <__udivdi3>
   158aa:	84aa                	mv	s1,a0
   158ac:	8a2e                	mv	s4,a1
   158ae:	0905                	add	s2,s2,1
   158b0:	1c7d                	add	s8,s8,-1
   158b2:	87da                	mv	a5,s6
   158b4:	016c5363          	bge	s8,s6,158ba <__dtoa_engine+0x404>
   158b8:	87e2                	mv	a5,s8
   158ba:	01079413          	sll	s0,a5,0x10
   158be:	0942                	sll	s2,s2,0x10
   158c0:	8441                	sra	s0,s0,0x10
   158c2:	41095913          	sra	s2,s2,0x10
   158c6:	9922                	add	s2,s2,s0
   158c8:	008a8b33          	add	s6,s5,s0
   158cc:	197d                	add	s2,s2,-1
   158ce:	4b81                	li	s7,0
   158d0:	8c5a                	mv	s8,s6
   158d2:	1b7d                	add	s6,s6,-1
   158d4:	068bc263          	blt	s7,s0,15938 <__dtoa_engine+0x482>
   158d8:	4782                	lw	a5,0(sp)
   158da:	000c02a3          	sb	zero,5(s8)
   158de:	012aa023          	sw	s2,0(s5)
   158e2:	00fa8223          	sb	a5,4(s5)
   158e6:	b939                	j	15504 <__dtoa_engine+0x4e>
   158e8:	4705                	li	a4,1
   158ea:	f60c16e3          	bnez	s8,15856 <__dtoa_engine+0x3a0>
   158ee:	5742                	lw	a4,48(sp)
   158f0:	00871563          	bne	a4,s0,158fa <__dtoa_engine+0x444>
   158f4:	5752                	lw	a4,52(sp)
   158f6:	00970c63          	beq	a4,s1,1590e <__dtoa_engine+0x458>
   158fa:	4705                	li	a4,1
   158fc:	bfa9                	j	15856 <__dtoa_engine+0x3a0>
   158fe:	000c1d63          	bnez	s8,15918 <__dtoa_engine+0x462>
   15902:	5742                	lw	a4,48(sp)
   15904:	00871a63          	bne	a4,s0,15918 <__dtoa_engine+0x462>
   15908:	5752                	lw	a4,52(sp)
   1590a:	00971763          	bne	a4,s1,15918 <__dtoa_engine+0x462>
   1590e:	4792                	lw	a5,4(sp)
   15910:	4705                	li	a4,1
   15912:	f3b1                	bnez	a5,15856 <__dtoa_engine+0x3a0>
   15914:	f40d01e3          	beqz	s10,15856 <__dtoa_engine+0x3a0>
   15918:	005cb693          	sltiu	a3,s9,5
   1591c:	0016c713          	xor	a4,a3,1
   15920:	bf1d                	j	15856 <__dtoa_engine+0x3a0>
   15922:	4c91                	li	s9,4
   15924:	b7ed                	j	1590e <__dtoa_engine+0x458>
   15926:	02d50833          	mul	a6,a0,a3
   1592a:	0c05                	add	s8,s8,1
   1592c:	02c536b3          	mulhu	a3,a0,a2
   15930:	02c50633          	mul	a2,a0,a2
   15934:	96c2                	add	a3,a3,a6
   15936:	bf15                	j	1586a <__dtoa_engine+0x3b4>
   15938:	4629                	li	a2,10
   1593a:	4681                	li	a3,0
   1593c:	8526                	mv	a0,s1
   1593e:	85d2                	mv	a1,s4
   15940:	2f0d                	jal	16072 <__umoddi3>
   15942:	03050513          	add	a0,a0,48
   15946:	00ab02a3          	sb	a0,5(s6)
   1594a:	85d2                	mv	a1,s4
   1594c:	8526                	mv	a0,s1
   1594e:	4629                	li	a2,10
   15950:	4681                	li	a3,0
   15952:	26c9                	jal	15d14 <__udivdi3>
   15954:	84aa                	mv	s1,a0
   15956:	8a2e                	mv	s4,a1
   15958:	0b85                	add	s7,s7,1
   1595a:	bfa5                	j	158d2 <__dtoa_engine+0x41c>

0001595c <__pow5Factor>:
   1595c:	ccccd737          	lui	a4,0xccccd
   15960:	333336b7          	lui	a3,0x33333
   15964:	87aa                	mv	a5,a0
   15966:	ccd70613          	add	a2,a4,-819 # cccccccd <_end+0xccc69845>
   1596a:	4501                	li	a0,0
   1596c:	ccc70713          	add	a4,a4,-820
   15970:	33368693          	add	a3,a3,819 # 33333333 <_end+0x332cfeab>
   15974:	02c585b3          	mul	a1,a1,a2
   15978:	02e78833          	mul	a6,a5,a4
   1597c:	982e                	add	a6,a6,a1
   1597e:	02c7b5b3          	mulhu	a1,a5,a2
   15982:	95c2                	add	a1,a1,a6
   15984:	02c787b3          	mul	a5,a5,a2
   15988:	00b6e863          	bltu	a3,a1,15998 <__pow5Factor+0x3c>
   1598c:	00d59463          	bne	a1,a3,15994 <__pow5Factor+0x38>
   15990:	00f5e463          	bltu	a1,a5,15998 <__pow5Factor+0x3c>
   15994:	0505                	add	a0,a0,1
   15996:	bff9                	j	15974 <__pow5Factor+0x18>
   15998:	8082                	ret

0001599a <__double_computePow5>:
   1599a:	209002ef          	jal	t0,163a2 <__riscv_save_10>
   1599e:	47e9                	li	a5,26
   159a0:	02f55b33          	divu	s6,a0,a5
   159a4:	69e1                	lui	s3,0x18
   159a6:	8a898b93          	add	s7,s3,-1880 # 178a8 <DOUBLE_POW5_SPLIT2>
   159aa:	1101                	add	sp,sp,-32
   159ac:	892e                	mv	s2,a1
   159ae:	02f577b3          	remu	a5,a0,a5
   159b2:	004b1713          	sll	a4,s6,0x4
   159b6:	9bba                	add	s7,s7,a4
   159b8:	e395                	bnez	a5,159dc <__double_computePow5+0x42>
   159ba:	000ba703          	lw	a4,0(s7)
   159be:	004ba783          	lw	a5,4(s7)
   159c2:	c198                	sw	a4,0(a1)
   159c4:	c1dc                	sw	a5,4(a1)
   159c6:	008ba503          	lw	a0,8(s7)
   159ca:	00cba583          	lw	a1,12(s7)
   159ce:	00a92423          	sw	a0,8(s2)
   159d2:	00b92623          	sw	a1,12(s2)
   159d6:	6105                	add	sp,sp,32
   159d8:	2030006f          	j	163da <__riscv_restore_10>
   159dc:	8a898993          	add	s3,s3,-1880
   159e0:	078e                	sll	a5,a5,0x3
   159e2:	97ce                	add	a5,a5,s3
   159e4:	0d07aa03          	lw	s4,208(a5)
   159e8:	0d47aa83          	lw	s5,212(a5)
   159ec:	008ba603          	lw	a2,8(s7)
   159f0:	00cba683          	lw	a3,12(s7)
   159f4:	0818                	add	a4,sp,16
   159f6:	85d6                	mv	a1,s5
   159f8:	842a                	mv	s0,a0
   159fa:	8552                	mv	a0,s4
   159fc:	22d1                	jal	15bc0 <__umul128>
   159fe:	000ba603          	lw	a2,0(s7)
   15a02:	004ba683          	lw	a3,4(s7)
   15a06:	84aa                	mv	s1,a0
   15a08:	8c2e                	mv	s8,a1
   15a0a:	0838                	add	a4,sp,24
   15a0c:	8552                	mv	a0,s4
   15a0e:	85d6                	mv	a1,s5
   15a10:	2a45                	jal	15bc0 <__umul128>
   15a12:	47e2                	lw	a5,24(sp)
   15a14:	4772                	lw	a4,28(sp)
   15a16:	8aaa                	mv	s5,a0
   15a18:	94be                	add	s1,s1,a5
   15a1a:	00f4ba33          	sltu	s4,s1,a5
   15a1e:	9c3a                	add	s8,s8,a4
   15a20:	9a62                	add	s4,s4,s8
   15a22:	00ea6663          	bltu	s4,a4,15a2e <__double_computePow5+0x94>
   15a26:	01471d63          	bne	a4,s4,15a40 <__double_computePow5+0xa6>
   15a2a:	00f4fb63          	bgeu	s1,a5,15a40 <__double_computePow5+0xa6>
   15a2e:	47c2                	lw	a5,16(sp)
   15a30:	46d2                	lw	a3,20(sp)
   15a32:	00178713          	add	a4,a5,1
   15a36:	00f737b3          	sltu	a5,a4,a5
   15a3a:	97b6                	add	a5,a5,a3
   15a3c:	c83a                	sw	a4,16(sp)
   15a3e:	ca3e                	sw	a5,20(sp)
   15a40:	8522                	mv	a0,s0
   15a42:	c62e                	sw	a1,12(sp)
   15a44:	22ad                	jal	15bae <__pow5bits>
   15a46:	8baa                	mv	s7,a0
   15a48:	4569                	li	a0,26
   15a4a:	02ab0533          	mul	a0,s6,a0
   15a4e:	2285                	jal	15bae <__pow5bits>
   15a50:	45b2                	lw	a1,12(sp)
   15a52:	40ab8733          	sub	a4,s7,a0
   15a56:	8626                	mv	a2,s1
   15a58:	86d2                	mv	a3,s4
   15a5a:	8556                	mv	a0,s5
   15a5c:	c43a                	sw	a4,8(sp)
   15a5e:	227d                	jal	15c0c <__shiftright128>
   15a60:	00445793          	srl	a5,s0,0x4
   15a64:	078a                	sll	a5,a5,0x2
   15a66:	99be                	add	s3,s3,a5
   15a68:	1a09a783          	lw	a5,416(s3)
   15a6c:	0406                	sll	s0,s0,0x1
   15a6e:	8879                	and	s0,s0,30
   15a70:	0087d7b3          	srl	a5,a5,s0
   15a74:	8b8d                	and	a5,a5,3
   15a76:	953e                	add	a0,a0,a5
   15a78:	00f537b3          	sltu	a5,a0,a5
   15a7c:	4722                	lw	a4,8(sp)
   15a7e:	4642                	lw	a2,16(sp)
   15a80:	46d2                	lw	a3,20(sp)
   15a82:	97ae                	add	a5,a5,a1
   15a84:	00a92023          	sw	a0,0(s2)
   15a88:	00f92223          	sw	a5,4(s2)
   15a8c:	8526                	mv	a0,s1
   15a8e:	85d2                	mv	a1,s4
   15a90:	2ab5                	jal	15c0c <__shiftright128>
   15a92:	bf35                	j	159ce <__double_computePow5+0x34>

00015a94 <__double_computeInvPow5>:
   15a94:	10f002ef          	jal	t0,163a2 <__riscv_save_10>
   15a98:	4b69                	li	s6,26
   15a9a:	01950793          	add	a5,a0,25
   15a9e:	0367d7b3          	divu	a5,a5,s6
   15aa2:	6ae1                	lui	s5,0x18
   15aa4:	8a8a8493          	add	s1,s5,-1880 # 178a8 <DOUBLE_POW5_SPLIT2>
   15aa8:	1f848493          	add	s1,s1,504
   15aac:	1101                	add	sp,sp,-32
   15aae:	8a2e                	mv	s4,a1
   15ab0:	03678b33          	mul	s6,a5,s6
   15ab4:	0792                	sll	a5,a5,0x4
   15ab6:	94be                	add	s1,s1,a5
   15ab8:	40ab0733          	sub	a4,s6,a0
   15abc:	00ab1f63          	bne	s6,a0,15ada <__double_computeInvPow5+0x46>
   15ac0:	4098                	lw	a4,0(s1)
   15ac2:	40dc                	lw	a5,4(s1)
   15ac4:	c198                	sw	a4,0(a1)
   15ac6:	c1dc                	sw	a5,4(a1)
   15ac8:	4488                	lw	a0,8(s1)
   15aca:	44cc                	lw	a1,12(s1)
   15acc:	00aa2423          	sw	a0,8(s4)
   15ad0:	00ba2623          	sw	a1,12(s4)
   15ad4:	6105                	add	sp,sp,32
   15ad6:	1050006f          	j	163da <__riscv_restore_10>
   15ada:	8a8a8a93          	add	s5,s5,-1880
   15ade:	070e                	sll	a4,a4,0x3
   15ae0:	9756                	add	a4,a4,s5
   15ae2:	0d072903          	lw	s2,208(a4)
   15ae6:	0d472983          	lw	s3,212(a4)
   15aea:	4490                	lw	a2,8(s1)
   15aec:	44d4                	lw	a3,12(s1)
   15aee:	0818                	add	a4,sp,16
   15af0:	85ce                	mv	a1,s3
   15af2:	842a                	mv	s0,a0
   15af4:	854a                	mv	a0,s2
   15af6:	20e9                	jal	15bc0 <__umul128>
   15af8:	4090                	lw	a2,0(s1)
   15afa:	40d4                	lw	a3,4(s1)
   15afc:	8c2a                	mv	s8,a0
   15afe:	00163793          	seqz	a5,a2
   15b02:	8bae                	mv	s7,a1
   15b04:	0838                	add	a4,sp,24
   15b06:	8e9d                	sub	a3,a3,a5
   15b08:	854a                	mv	a0,s2
   15b0a:	85ce                	mv	a1,s3
   15b0c:	167d                	add	a2,a2,-1
   15b0e:	284d                	jal	15bc0 <__umul128>
   15b10:	47e2                	lw	a5,24(sp)
   15b12:	4772                	lw	a4,28(sp)
   15b14:	89aa                	mv	s3,a0
   15b16:	9c3e                	add	s8,s8,a5
   15b18:	00fc3933          	sltu	s2,s8,a5
   15b1c:	9bba                	add	s7,s7,a4
   15b1e:	995e                	add	s2,s2,s7
   15b20:	00e96663          	bltu	s2,a4,15b2c <__double_computeInvPow5+0x98>
   15b24:	01271d63          	bne	a4,s2,15b3e <__double_computeInvPow5+0xaa>
   15b28:	00fc7b63          	bgeu	s8,a5,15b3e <__double_computeInvPow5+0xaa>
   15b2c:	47c2                	lw	a5,16(sp)
   15b2e:	46d2                	lw	a3,20(sp)
   15b30:	00178713          	add	a4,a5,1
   15b34:	00f737b3          	sltu	a5,a4,a5
   15b38:	97b6                	add	a5,a5,a3
   15b3a:	c83a                	sw	a4,16(sp)
   15b3c:	ca3e                	sw	a5,20(sp)
   15b3e:	855a                	mv	a0,s6
   15b40:	c62e                	sw	a1,12(sp)
   15b42:	20b5                	jal	15bae <__pow5bits>
   15b44:	8b2a                	mv	s6,a0
   15b46:	8522                	mv	a0,s0
   15b48:	209d                	jal	15bae <__pow5bits>
   15b4a:	45b2                	lw	a1,12(sp)
   15b4c:	40ab0733          	sub	a4,s6,a0
   15b50:	8662                	mv	a2,s8
   15b52:	86ca                	mv	a3,s2
   15b54:	854e                	mv	a0,s3
   15b56:	c43a                	sw	a4,8(sp)
   15b58:	2855                	jal	15c0c <__shiftright128>
   15b5a:	00445793          	srl	a5,s0,0x4
   15b5e:	078a                	sll	a5,a5,0x2
   15b60:	9abe                	add	s5,s5,a5
   15b62:	2e8aa783          	lw	a5,744(s5)
   15b66:	0406                	sll	s0,s0,0x1
   15b68:	8879                	and	s0,s0,30
   15b6a:	0087d7b3          	srl	a5,a5,s0
   15b6e:	8b8d                	and	a5,a5,3
   15b70:	0785                	add	a5,a5,1
   15b72:	953e                	add	a0,a0,a5
   15b74:	00f537b3          	sltu	a5,a0,a5
   15b78:	4722                	lw	a4,8(sp)
   15b7a:	4642                	lw	a2,16(sp)
   15b7c:	46d2                	lw	a3,20(sp)
   15b7e:	97ae                	add	a5,a5,a1
   15b80:	00aa2023          	sw	a0,0(s4)
   15b84:	00fa2223          	sw	a5,4(s4)
   15b88:	8562                	mv	a0,s8
   15b8a:	85ca                	mv	a1,s2
   15b8c:	2041                	jal	15c0c <__shiftright128>
   15b8e:	bf3d                	j	15acc <__double_computeInvPow5+0x38>

00015b90 <__log10Pow2>:
   15b90:	67cd                	lui	a5,0x13
   15b92:	44178793          	add	a5,a5,1089 # 13441 <inet_tcp_input+0x4b7>
   15b96:	02f50533          	mul	a0,a0,a5
   15b9a:	8149                	srl	a0,a0,0x12
   15b9c:	8082                	ret

00015b9e <__log10Pow5>:
   15b9e:	000b37b7          	lui	a5,0xb3
   15ba2:	efb78793          	add	a5,a5,-261 # b2efb <_end+0x4fa73>
   15ba6:	02f50533          	mul	a0,a0,a5
   15baa:	8151                	srl	a0,a0,0x14
   15bac:	8082                	ret

00015bae <__pow5bits>:
   15bae:	001297b7          	lui	a5,0x129
   15bb2:	34f78793          	add	a5,a5,847 # 12934f <_end+0xc5ec7>
   15bb6:	02f50533          	mul	a0,a0,a5
   15bba:	814d                	srl	a0,a0,0x13
   15bbc:	0505                	add	a0,a0,1
   15bbe:	8082                	ret

00015bc0 <__umul128>:
   15bc0:	02c537b3          	mulhu	a5,a0,a2
   15bc4:	832e                	mv	t1,a1
   15bc6:	02c585b3          	mul	a1,a1,a2
   15bca:	02c33833          	mulhu	a6,t1,a2
   15bce:	95be                	add	a1,a1,a5
   15bd0:	00f5b7b3          	sltu	a5,a1,a5
   15bd4:	97c2                	add	a5,a5,a6
   15bd6:	02a68833          	mul	a6,a3,a0
   15bda:	02a6b8b3          	mulhu	a7,a3,a0
   15bde:	95c2                	add	a1,a1,a6
   15be0:	0105b833          	sltu	a6,a1,a6
   15be4:	98c2                	add	a7,a7,a6
   15be6:	02d30833          	mul	a6,t1,a3
   15bea:	02d33333          	mulhu	t1,t1,a3
   15bee:	983e                	add	a6,a6,a5
   15bf0:	011806b3          	add	a3,a6,a7
   15bf4:	00f837b3          	sltu	a5,a6,a5
   15bf8:	0106b833          	sltu	a6,a3,a6
   15bfc:	c314                	sw	a3,0(a4)
   15bfe:	979a                	add	a5,a5,t1
   15c00:	983e                	add	a6,a6,a5
   15c02:	02c50533          	mul	a0,a0,a2
   15c06:	01072223          	sw	a6,4(a4)
   15c0a:	8082                	ret

00015c0c <__shiftright128>:
   15c0c:	7a4002ef          	jal	t0,163b0 <__riscv_save_4>
   15c10:	8a2a                	mv	s4,a0
   15c12:	8532                	mv	a0,a2
   15c14:	04000613          	li	a2,64
   15c18:	8e19                	sub	a2,a2,a4
   15c1a:	89ae                	mv	s3,a1
   15c1c:	85b6                	mv	a1,a3
   15c1e:	843a                	mv	s0,a4
   15c20:	204d                	jal	15cc2 <__ashldi3>
   15c22:	892a                	mv	s2,a0
   15c24:	84ae                	mv	s1,a1
   15c26:	8622                	mv	a2,s0
   15c28:	8552                	mv	a0,s4
   15c2a:	85ce                	mv	a1,s3
   15c2c:	20bd                	jal	15c9a <__lshrdi3>
   15c2e:	00a96533          	or	a0,s2,a0
   15c32:	8dc5                	or	a1,a1,s1
   15c34:	af45                	j	163e4 <__riscv_restore_4>

00015c36 <__libc_fini_array>:
   15c36:	794002ef          	jal	t0,163ca <__riscv_save_0>
   15c3a:	67e1                	lui	a5,0x18
   15c3c:	6461                	lui	s0,0x18
   15c3e:	d0878713          	add	a4,a5,-760 # 17d08 <__fini_array_end>
   15c42:	d0840413          	add	s0,s0,-760 # 17d08 <__fini_array_end>
   15c46:	8c19                	sub	s0,s0,a4
   15c48:	8409                	sra	s0,s0,0x2
   15c4a:	d0878493          	add	s1,a5,-760
   15c4e:	e809                	bnez	s0,15c60 <__libc_fini_array+0x2a>
   15c50:	00000793          	li	a5,0
   15c54:	c789                	beqz	a5,15c5e <__libc_fini_array+0x28>
   15c56:	00000097          	auipc	ra,0x0
   15c5a:	000000e7          	jalr	zero # 0 <errno>
   15c5e:	af41                	j	163ee <__riscv_restore_0>
   15c60:	147d                	add	s0,s0,-1
   15c62:	00241793          	sll	a5,s0,0x2
   15c66:	97a6                	add	a5,a5,s1
   15c68:	439c                	lw	a5,0(a5)
   15c6a:	9782                	jalr	a5
   15c6c:	b7cd                	j	15c4e <__libc_fini_array+0x18>

00015c6e <strnlen>:
   15c6e:	95aa                	add	a1,a1,a0
   15c70:	87aa                	mv	a5,a0
   15c72:	00b78563          	beq	a5,a1,15c7c <strnlen+0xe>
   15c76:	0007c703          	lbu	a4,0(a5)
   15c7a:	e701                	bnez	a4,15c82 <strnlen+0x14>
   15c7c:	40a78533          	sub	a0,a5,a0
   15c80:	8082                	ret
   15c82:	0785                	add	a5,a5,1
   15c84:	b7fd                	j	15c72 <strnlen+0x4>

00015c86 <__file_str_put>:
   15c86:	49dc                	lw	a5,20(a1)
   15c88:	4d98                	lw	a4,24(a1)
   15c8a:	00e78763          	beq	a5,a4,15c98 <__file_str_put+0x12>
   15c8e:	00178713          	add	a4,a5,1
   15c92:	c9d8                	sw	a4,20(a1)
   15c94:	00a78023          	sb	a0,0(a5)
   15c98:	8082                	ret

00015c9a <__lshrdi3>:
   15c9a:	ca19                	beqz	a2,15cb0 <__lshrdi3+0x16>
   15c9c:	02000793          	li	a5,32
   15ca0:	8f91                	sub	a5,a5,a2
   15ca2:	00f04863          	bgtz	a5,15cb2 <__lshrdi3+0x18>
   15ca6:	1601                	add	a2,a2,-32
   15ca8:	00c5d533          	srl	a0,a1,a2
   15cac:	4701                	li	a4,0
   15cae:	85ba                	mv	a1,a4
   15cb0:	8082                	ret
   15cb2:	00c5d733          	srl	a4,a1,a2
   15cb6:	00c55533          	srl	a0,a0,a2
   15cba:	00f595b3          	sll	a1,a1,a5
   15cbe:	8d4d                	or	a0,a0,a1
   15cc0:	b7fd                	j	15cae <__lshrdi3+0x14>

00015cc2 <__ashldi3>:
   15cc2:	ca19                	beqz	a2,15cd8 <__ashldi3+0x16>
   15cc4:	02000793          	li	a5,32
   15cc8:	8f91                	sub	a5,a5,a2
   15cca:	00f04863          	bgtz	a5,15cda <__ashldi3+0x18>
   15cce:	1601                	add	a2,a2,-32
   15cd0:	00c515b3          	sll	a1,a0,a2
   15cd4:	4701                	li	a4,0
   15cd6:	853a                	mv	a0,a4
   15cd8:	8082                	ret
   15cda:	00c51733          	sll	a4,a0,a2
   15cde:	00c595b3          	sll	a1,a1,a2
   15ce2:	00f55533          	srl	a0,a0,a5
   15ce6:	8dc9                	or	a1,a1,a0
   15ce8:	b7fd                	j	15cd6 <__ashldi3+0x14>

00015cea <__ashrdi3>:
   15cea:	ce01                	beqz	a2,15d02 <__ashrdi3+0x18>
   15cec:	02000793          	li	a5,32
   15cf0:	8f91                	sub	a5,a5,a2
   15cf2:	00f04963          	bgtz	a5,15d04 <__ashrdi3+0x1a>
   15cf6:	1601                	add	a2,a2,-32
   15cf8:	41f5d713          	sra	a4,a1,0x1f
   15cfc:	40c5d533          	sra	a0,a1,a2
   15d00:	85ba                	mv	a1,a4
   15d02:	8082                	ret
   15d04:	40c5d733          	sra	a4,a1,a2
   15d08:	00c55533          	srl	a0,a0,a2
   15d0c:	00f595b3          	sll	a1,a1,a5
   15d10:	8d4d                	or	a0,a0,a1
   15d12:	b7fd                	j	15d00 <__ashrdi3+0x16>

00015d14 <__udivdi3>:
   15d14:	88aa                	mv	a7,a0
   15d16:	832e                	mv	t1,a1
   15d18:	8732                	mv	a4,a2
   15d1a:	882a                	mv	a6,a0
   15d1c:	87ae                	mv	a5,a1
   15d1e:	20069663          	bnez	a3,15f2a <__udivdi3+0x216>
   15d22:	00002597          	auipc	a1,0x2
   15d26:	ec258593          	add	a1,a1,-318 # 17be4 <__clz_tab>
   15d2a:	0cc37163          	bgeu	t1,a2,15dec <__udivdi3+0xd8>
   15d2e:	66c1                	lui	a3,0x10
   15d30:	0ad67763          	bgeu	a2,a3,15dde <__udivdi3+0xca>
   15d34:	10063693          	sltiu	a3,a2,256
   15d38:	0016c693          	xor	a3,a3,1
   15d3c:	068e                	sll	a3,a3,0x3
   15d3e:	00d65533          	srl	a0,a2,a3
   15d42:	95aa                	add	a1,a1,a0
   15d44:	0005c583          	lbu	a1,0(a1)
   15d48:	02000513          	li	a0,32
   15d4c:	96ae                	add	a3,a3,a1
   15d4e:	40d505b3          	sub	a1,a0,a3
   15d52:	00d50b63          	beq	a0,a3,15d68 <__udivdi3+0x54>
   15d56:	00b317b3          	sll	a5,t1,a1
   15d5a:	00d8d6b3          	srl	a3,a7,a3
   15d5e:	00b61733          	sll	a4,a2,a1
   15d62:	8fd5                	or	a5,a5,a3
   15d64:	00b89833          	sll	a6,a7,a1
   15d68:	01075593          	srl	a1,a4,0x10
   15d6c:	02b7d333          	divu	t1,a5,a1
   15d70:	01071613          	sll	a2,a4,0x10
   15d74:	8241                	srl	a2,a2,0x10
   15d76:	02b7f7b3          	remu	a5,a5,a1
   15d7a:	851a                	mv	a0,t1
   15d7c:	026608b3          	mul	a7,a2,t1
   15d80:	01079693          	sll	a3,a5,0x10
   15d84:	01085793          	srl	a5,a6,0x10
   15d88:	8fd5                	or	a5,a5,a3
   15d8a:	0117fc63          	bgeu	a5,a7,15da2 <__udivdi3+0x8e>
   15d8e:	97ba                	add	a5,a5,a4
   15d90:	fff30513          	add	a0,t1,-1
   15d94:	00e7e763          	bltu	a5,a4,15da2 <__udivdi3+0x8e>
   15d98:	0117f563          	bgeu	a5,a7,15da2 <__udivdi3+0x8e>
   15d9c:	ffe30513          	add	a0,t1,-2
   15da0:	97ba                	add	a5,a5,a4
   15da2:	411787b3          	sub	a5,a5,a7
   15da6:	02b7d8b3          	divu	a7,a5,a1
   15daa:	0842                	sll	a6,a6,0x10
   15dac:	01085813          	srl	a6,a6,0x10
   15db0:	02b7f7b3          	remu	a5,a5,a1
   15db4:	031606b3          	mul	a3,a2,a7
   15db8:	07c2                	sll	a5,a5,0x10
   15dba:	00f86833          	or	a6,a6,a5
   15dbe:	87c6                	mv	a5,a7
   15dc0:	00d87b63          	bgeu	a6,a3,15dd6 <__udivdi3+0xc2>
   15dc4:	983a                	add	a6,a6,a4
   15dc6:	fff88793          	add	a5,a7,-1
   15dca:	00e86663          	bltu	a6,a4,15dd6 <__udivdi3+0xc2>
   15dce:	00d87463          	bgeu	a6,a3,15dd6 <__udivdi3+0xc2>
   15dd2:	ffe88793          	add	a5,a7,-2
   15dd6:	0542                	sll	a0,a0,0x10
   15dd8:	8d5d                	or	a0,a0,a5
   15dda:	4581                	li	a1,0
   15ddc:	8082                	ret
   15dde:	01000537          	lui	a0,0x1000
   15de2:	46c1                	li	a3,16
   15de4:	f4a66de3          	bltu	a2,a0,15d3e <__udivdi3+0x2a>
   15de8:	46e1                	li	a3,24
   15dea:	bf91                	j	15d3e <__udivdi3+0x2a>
   15dec:	4681                	li	a3,0
   15dee:	ca09                	beqz	a2,15e00 <__udivdi3+0xec>
   15df0:	67c1                	lui	a5,0x10
   15df2:	08f67f63          	bgeu	a2,a5,15e90 <__udivdi3+0x17c>
   15df6:	10063693          	sltiu	a3,a2,256
   15dfa:	0016c693          	xor	a3,a3,1
   15dfe:	068e                	sll	a3,a3,0x3
   15e00:	00d657b3          	srl	a5,a2,a3
   15e04:	95be                	add	a1,a1,a5
   15e06:	0005c783          	lbu	a5,0(a1)
   15e0a:	97b6                	add	a5,a5,a3
   15e0c:	02000693          	li	a3,32
   15e10:	40f685b3          	sub	a1,a3,a5
   15e14:	08f69563          	bne	a3,a5,15e9e <__udivdi3+0x18a>
   15e18:	40c307b3          	sub	a5,t1,a2
   15e1c:	4585                	li	a1,1
   15e1e:	01075893          	srl	a7,a4,0x10
   15e22:	0317de33          	divu	t3,a5,a7
   15e26:	01071613          	sll	a2,a4,0x10
   15e2a:	8241                	srl	a2,a2,0x10
   15e2c:	01085693          	srl	a3,a6,0x10
   15e30:	0317f7b3          	remu	a5,a5,a7
   15e34:	8572                	mv	a0,t3
   15e36:	03c60333          	mul	t1,a2,t3
   15e3a:	07c2                	sll	a5,a5,0x10
   15e3c:	8fd5                	or	a5,a5,a3
   15e3e:	0067fc63          	bgeu	a5,t1,15e56 <__udivdi3+0x142>
   15e42:	97ba                	add	a5,a5,a4
   15e44:	fffe0513          	add	a0,t3,-1
   15e48:	00e7e763          	bltu	a5,a4,15e56 <__udivdi3+0x142>
   15e4c:	0067f563          	bgeu	a5,t1,15e56 <__udivdi3+0x142>
   15e50:	ffee0513          	add	a0,t3,-2
   15e54:	97ba                	add	a5,a5,a4
   15e56:	406787b3          	sub	a5,a5,t1
   15e5a:	0317d333          	divu	t1,a5,a7
   15e5e:	0842                	sll	a6,a6,0x10
   15e60:	01085813          	srl	a6,a6,0x10
   15e64:	0317f7b3          	remu	a5,a5,a7
   15e68:	026606b3          	mul	a3,a2,t1
   15e6c:	07c2                	sll	a5,a5,0x10
   15e6e:	00f86833          	or	a6,a6,a5
   15e72:	879a                	mv	a5,t1
   15e74:	00d87b63          	bgeu	a6,a3,15e8a <__udivdi3+0x176>
   15e78:	983a                	add	a6,a6,a4
   15e7a:	fff30793          	add	a5,t1,-1
   15e7e:	00e86663          	bltu	a6,a4,15e8a <__udivdi3+0x176>
   15e82:	00d87463          	bgeu	a6,a3,15e8a <__udivdi3+0x176>
   15e86:	ffe30793          	add	a5,t1,-2
   15e8a:	0542                	sll	a0,a0,0x10
   15e8c:	8d5d                	or	a0,a0,a5
   15e8e:	8082                	ret
   15e90:	010007b7          	lui	a5,0x1000
   15e94:	46c1                	li	a3,16
   15e96:	f6f665e3          	bltu	a2,a5,15e00 <__udivdi3+0xec>
   15e9a:	46e1                	li	a3,24
   15e9c:	b795                	j	15e00 <__udivdi3+0xec>
   15e9e:	00b61733          	sll	a4,a2,a1
   15ea2:	00f356b3          	srl	a3,t1,a5
   15ea6:	01075513          	srl	a0,a4,0x10
   15eaa:	00b31333          	sll	t1,t1,a1
   15eae:	00f8d7b3          	srl	a5,a7,a5
   15eb2:	0067e7b3          	or	a5,a5,t1
   15eb6:	02a6d333          	divu	t1,a3,a0
   15eba:	01071613          	sll	a2,a4,0x10
   15ebe:	8241                	srl	a2,a2,0x10
   15ec0:	00b89833          	sll	a6,a7,a1
   15ec4:	02a6f6b3          	remu	a3,a3,a0
   15ec8:	026608b3          	mul	a7,a2,t1
   15ecc:	01069593          	sll	a1,a3,0x10
   15ed0:	0107d693          	srl	a3,a5,0x10
   15ed4:	8ecd                	or	a3,a3,a1
   15ed6:	859a                	mv	a1,t1
   15ed8:	0116fc63          	bgeu	a3,a7,15ef0 <__udivdi3+0x1dc>
   15edc:	96ba                	add	a3,a3,a4
   15ede:	fff30593          	add	a1,t1,-1
   15ee2:	00e6e763          	bltu	a3,a4,15ef0 <__udivdi3+0x1dc>
   15ee6:	0116f563          	bgeu	a3,a7,15ef0 <__udivdi3+0x1dc>
   15eea:	ffe30593          	add	a1,t1,-2
   15eee:	96ba                	add	a3,a3,a4
   15ef0:	411686b3          	sub	a3,a3,a7
   15ef4:	02a6d8b3          	divu	a7,a3,a0
   15ef8:	07c2                	sll	a5,a5,0x10
   15efa:	83c1                	srl	a5,a5,0x10
   15efc:	02a6f6b3          	remu	a3,a3,a0
   15f00:	03160633          	mul	a2,a2,a7
   15f04:	06c2                	sll	a3,a3,0x10
   15f06:	8fd5                	or	a5,a5,a3
   15f08:	86c6                	mv	a3,a7
   15f0a:	00c7fc63          	bgeu	a5,a2,15f22 <__udivdi3+0x20e>
   15f0e:	97ba                	add	a5,a5,a4
   15f10:	fff88693          	add	a3,a7,-1
   15f14:	00e7e763          	bltu	a5,a4,15f22 <__udivdi3+0x20e>
   15f18:	00c7f563          	bgeu	a5,a2,15f22 <__udivdi3+0x20e>
   15f1c:	ffe88693          	add	a3,a7,-2
   15f20:	97ba                	add	a5,a5,a4
   15f22:	05c2                	sll	a1,a1,0x10
   15f24:	8f91                	sub	a5,a5,a2
   15f26:	8dd5                	or	a1,a1,a3
   15f28:	bddd                	j	15e1e <__udivdi3+0x10a>
   15f2a:	14d5e163          	bltu	a1,a3,1606c <__udivdi3+0x358>
   15f2e:	67c1                	lui	a5,0x10
   15f30:	02f6ff63          	bgeu	a3,a5,15f6e <__udivdi3+0x25a>
   15f34:	1006b713          	sltiu	a4,a3,256
   15f38:	00174713          	xor	a4,a4,1
   15f3c:	070e                	sll	a4,a4,0x3
   15f3e:	00e6d5b3          	srl	a1,a3,a4
   15f42:	00002797          	auipc	a5,0x2
   15f46:	ca278793          	add	a5,a5,-862 # 17be4 <__clz_tab>
   15f4a:	97ae                	add	a5,a5,a1
   15f4c:	0007c783          	lbu	a5,0(a5)
   15f50:	97ba                	add	a5,a5,a4
   15f52:	02000713          	li	a4,32
   15f56:	40f705b3          	sub	a1,a4,a5
   15f5a:	02f71163          	bne	a4,a5,15f7c <__udivdi3+0x268>
   15f5e:	4505                	li	a0,1
   15f60:	e666eee3          	bltu	a3,t1,15ddc <__udivdi3+0xc8>
   15f64:	00c8b533          	sltu	a0,a7,a2
   15f68:	00154513          	xor	a0,a0,1
   15f6c:	8082                	ret
   15f6e:	010007b7          	lui	a5,0x1000
   15f72:	4741                	li	a4,16
   15f74:	fcf6e5e3          	bltu	a3,a5,15f3e <__udivdi3+0x22a>
   15f78:	4761                	li	a4,24
   15f7a:	b7d1                	j	15f3e <__udivdi3+0x22a>
   15f7c:	00f65733          	srl	a4,a2,a5
   15f80:	00b696b3          	sll	a3,a3,a1
   15f84:	8ed9                	or	a3,a3,a4
   15f86:	00f35733          	srl	a4,t1,a5
   15f8a:	00b31333          	sll	t1,t1,a1
   15f8e:	00f8d7b3          	srl	a5,a7,a5
   15f92:	0067e7b3          	or	a5,a5,t1
   15f96:	0106d313          	srl	t1,a3,0x10
   15f9a:	02675eb3          	divu	t4,a4,t1
   15f9e:	01069813          	sll	a6,a3,0x10
   15fa2:	01085813          	srl	a6,a6,0x10
   15fa6:	00b61633          	sll	a2,a2,a1
   15faa:	02677733          	remu	a4,a4,t1
   15fae:	03d80e33          	mul	t3,a6,t4
   15fb2:	01071513          	sll	a0,a4,0x10
   15fb6:	0107d713          	srl	a4,a5,0x10
   15fba:	8f49                	or	a4,a4,a0
   15fbc:	8576                	mv	a0,t4
   15fbe:	01c77c63          	bgeu	a4,t3,15fd6 <__udivdi3+0x2c2>
   15fc2:	9736                	add	a4,a4,a3
   15fc4:	fffe8513          	add	a0,t4,-1
   15fc8:	00d76763          	bltu	a4,a3,15fd6 <__udivdi3+0x2c2>
   15fcc:	01c77563          	bgeu	a4,t3,15fd6 <__udivdi3+0x2c2>
   15fd0:	ffee8513          	add	a0,t4,-2
   15fd4:	9736                	add	a4,a4,a3
   15fd6:	41c70733          	sub	a4,a4,t3
   15fda:	02675e33          	divu	t3,a4,t1
   15fde:	07c2                	sll	a5,a5,0x10
   15fe0:	83c1                	srl	a5,a5,0x10
   15fe2:	02677733          	remu	a4,a4,t1
   15fe6:	03c80833          	mul	a6,a6,t3
   15fea:	0742                	sll	a4,a4,0x10
   15fec:	8fd9                	or	a5,a5,a4
   15fee:	8772                	mv	a4,t3
   15ff0:	0107fc63          	bgeu	a5,a6,16008 <__udivdi3+0x2f4>
   15ff4:	97b6                	add	a5,a5,a3
   15ff6:	fffe0713          	add	a4,t3,-1
   15ffa:	00d7e763          	bltu	a5,a3,16008 <__udivdi3+0x2f4>
   15ffe:	0107f563          	bgeu	a5,a6,16008 <__udivdi3+0x2f4>
   16002:	ffee0713          	add	a4,t3,-2
   16006:	97b6                	add	a5,a5,a3
   16008:	0542                	sll	a0,a0,0x10
   1600a:	6e41                	lui	t3,0x10
   1600c:	8d59                	or	a0,a0,a4
   1600e:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   16012:	00d57733          	and	a4,a0,a3
   16016:	410787b3          	sub	a5,a5,a6
   1601a:	8ef1                	and	a3,a3,a2
   1601c:	01055813          	srl	a6,a0,0x10
   16020:	8241                	srl	a2,a2,0x10
   16022:	02d70333          	mul	t1,a4,a3
   16026:	02d806b3          	mul	a3,a6,a3
   1602a:	02c70733          	mul	a4,a4,a2
   1602e:	02c80833          	mul	a6,a6,a2
   16032:	00d70633          	add	a2,a4,a3
   16036:	01035713          	srl	a4,t1,0x10
   1603a:	9732                	add	a4,a4,a2
   1603c:	00d77363          	bgeu	a4,a3,16042 <__udivdi3+0x32e>
   16040:	9872                	add	a6,a6,t3
   16042:	01075693          	srl	a3,a4,0x10
   16046:	96c2                	add	a3,a3,a6
   16048:	02d7e063          	bltu	a5,a3,16068 <__udivdi3+0x354>
   1604c:	d8d797e3          	bne	a5,a3,15dda <__udivdi3+0xc6>
   16050:	67c1                	lui	a5,0x10
   16052:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   16054:	8f7d                	and	a4,a4,a5
   16056:	0742                	sll	a4,a4,0x10
   16058:	00f37333          	and	t1,t1,a5
   1605c:	00b898b3          	sll	a7,a7,a1
   16060:	971a                	add	a4,a4,t1
   16062:	4581                	li	a1,0
   16064:	d6e8fce3          	bgeu	a7,a4,15ddc <__udivdi3+0xc8>
   16068:	157d                	add	a0,a0,-1 # ffffff <_end+0xf9cb77>
   1606a:	bb85                	j	15dda <__udivdi3+0xc6>
   1606c:	4581                	li	a1,0
   1606e:	4501                	li	a0,0
   16070:	8082                	ret

00016072 <__umoddi3>:
   16072:	8832                	mv	a6,a2
   16074:	87aa                	mv	a5,a0
   16076:	872e                	mv	a4,a1
   16078:	1a069363          	bnez	a3,1621e <__umoddi3+0x1ac>
   1607c:	00002897          	auipc	a7,0x2
   16080:	b6888893          	add	a7,a7,-1176 # 17be4 <__clz_tab>
   16084:	0ac5f663          	bgeu	a1,a2,16130 <__umoddi3+0xbe>
   16088:	66c1                	lui	a3,0x10
   1608a:	08d67c63          	bgeu	a2,a3,16122 <__umoddi3+0xb0>
   1608e:	10063693          	sltiu	a3,a2,256
   16092:	0016c693          	xor	a3,a3,1
   16096:	068e                	sll	a3,a3,0x3
   16098:	00d65333          	srl	t1,a2,a3
   1609c:	989a                	add	a7,a7,t1
   1609e:	0008c883          	lbu	a7,0(a7)
   160a2:	02000313          	li	t1,32
   160a6:	96c6                	add	a3,a3,a7
   160a8:	40d308b3          	sub	a7,t1,a3
   160ac:	00d30b63          	beq	t1,a3,160c2 <__umoddi3+0x50>
   160b0:	01159733          	sll	a4,a1,a7
   160b4:	00d556b3          	srl	a3,a0,a3
   160b8:	01161833          	sll	a6,a2,a7
   160bc:	8f55                	or	a4,a4,a3
   160be:	011517b3          	sll	a5,a0,a7
   160c2:	01085613          	srl	a2,a6,0x10
   160c6:	02c756b3          	divu	a3,a4,a2
   160ca:	01081513          	sll	a0,a6,0x10
   160ce:	8141                	srl	a0,a0,0x10
   160d0:	02c77733          	remu	a4,a4,a2
   160d4:	02a686b3          	mul	a3,a3,a0
   160d8:	01071593          	sll	a1,a4,0x10
   160dc:	0107d713          	srl	a4,a5,0x10
   160e0:	8f4d                	or	a4,a4,a1
   160e2:	00d77863          	bgeu	a4,a3,160f2 <__umoddi3+0x80>
   160e6:	9742                	add	a4,a4,a6
   160e8:	01076563          	bltu	a4,a6,160f2 <__umoddi3+0x80>
   160ec:	00d77363          	bgeu	a4,a3,160f2 <__umoddi3+0x80>
   160f0:	9742                	add	a4,a4,a6
   160f2:	8f15                	sub	a4,a4,a3
   160f4:	02c756b3          	divu	a3,a4,a2
   160f8:	02c77733          	remu	a4,a4,a2
   160fc:	02a686b3          	mul	a3,a3,a0
   16100:	07c2                	sll	a5,a5,0x10
   16102:	0742                	sll	a4,a4,0x10
   16104:	83c1                	srl	a5,a5,0x10
   16106:	8fd9                	or	a5,a5,a4
   16108:	00d7f863          	bgeu	a5,a3,16118 <__umoddi3+0xa6>
   1610c:	97c2                	add	a5,a5,a6
   1610e:	0107e563          	bltu	a5,a6,16118 <__umoddi3+0xa6>
   16112:	00d7f363          	bgeu	a5,a3,16118 <__umoddi3+0xa6>
   16116:	97c2                	add	a5,a5,a6
   16118:	8f95                	sub	a5,a5,a3
   1611a:	0117d533          	srl	a0,a5,a7
   1611e:	4581                	li	a1,0
   16120:	8082                	ret
   16122:	01000337          	lui	t1,0x1000
   16126:	46c1                	li	a3,16
   16128:	f66668e3          	bltu	a2,t1,16098 <__umoddi3+0x26>
   1612c:	46e1                	li	a3,24
   1612e:	b7ad                	j	16098 <__umoddi3+0x26>
   16130:	4681                	li	a3,0
   16132:	ca09                	beqz	a2,16144 <__umoddi3+0xd2>
   16134:	6741                	lui	a4,0x10
   16136:	06e67463          	bgeu	a2,a4,1619e <__umoddi3+0x12c>
   1613a:	10063693          	sltiu	a3,a2,256
   1613e:	0016c693          	xor	a3,a3,1
   16142:	068e                	sll	a3,a3,0x3
   16144:	00d65733          	srl	a4,a2,a3
   16148:	98ba                	add	a7,a7,a4
   1614a:	0008c703          	lbu	a4,0(a7)
   1614e:	9736                	add	a4,a4,a3
   16150:	02000693          	li	a3,32
   16154:	40e688b3          	sub	a7,a3,a4
   16158:	04e69a63          	bne	a3,a4,161ac <__umoddi3+0x13a>
   1615c:	40c58733          	sub	a4,a1,a2
   16160:	01085593          	srl	a1,a6,0x10
   16164:	02b75633          	divu	a2,a4,a1
   16168:	01081513          	sll	a0,a6,0x10
   1616c:	8141                	srl	a0,a0,0x10
   1616e:	0107d693          	srl	a3,a5,0x10
   16172:	02b77733          	remu	a4,a4,a1
   16176:	02a60633          	mul	a2,a2,a0
   1617a:	0742                	sll	a4,a4,0x10
   1617c:	8f55                	or	a4,a4,a3
   1617e:	00c77863          	bgeu	a4,a2,1618e <__umoddi3+0x11c>
   16182:	9742                	add	a4,a4,a6
   16184:	01076563          	bltu	a4,a6,1618e <__umoddi3+0x11c>
   16188:	00c77363          	bgeu	a4,a2,1618e <__umoddi3+0x11c>
   1618c:	9742                	add	a4,a4,a6
   1618e:	8f11                	sub	a4,a4,a2
   16190:	02b756b3          	divu	a3,a4,a1
   16194:	02b77733          	remu	a4,a4,a1
   16198:	02a686b3          	mul	a3,a3,a0
   1619c:	b795                	j	16100 <__umoddi3+0x8e>
   1619e:	01000737          	lui	a4,0x1000
   161a2:	46c1                	li	a3,16
   161a4:	fae660e3          	bltu	a2,a4,16144 <__umoddi3+0xd2>
   161a8:	46e1                	li	a3,24
   161aa:	bf69                	j	16144 <__umoddi3+0xd2>
   161ac:	01161833          	sll	a6,a2,a7
   161b0:	00e5d6b3          	srl	a3,a1,a4
   161b4:	011517b3          	sll	a5,a0,a7
   161b8:	011595b3          	sll	a1,a1,a7
   161bc:	00e55733          	srl	a4,a0,a4
   161c0:	01085513          	srl	a0,a6,0x10
   161c4:	8f4d                	or	a4,a4,a1
   161c6:	02a6d5b3          	divu	a1,a3,a0
   161ca:	01081313          	sll	t1,a6,0x10
   161ce:	01035313          	srl	t1,t1,0x10
   161d2:	02a6f6b3          	remu	a3,a3,a0
   161d6:	026585b3          	mul	a1,a1,t1
   161da:	01069613          	sll	a2,a3,0x10
   161de:	01075693          	srl	a3,a4,0x10
   161e2:	8ed1                	or	a3,a3,a2
   161e4:	00b6f863          	bgeu	a3,a1,161f4 <__umoddi3+0x182>
   161e8:	96c2                	add	a3,a3,a6
   161ea:	0106e563          	bltu	a3,a6,161f4 <__umoddi3+0x182>
   161ee:	00b6f363          	bgeu	a3,a1,161f4 <__umoddi3+0x182>
   161f2:	96c2                	add	a3,a3,a6
   161f4:	8e8d                	sub	a3,a3,a1
   161f6:	02a6d633          	divu	a2,a3,a0
   161fa:	0742                	sll	a4,a4,0x10
   161fc:	8341                	srl	a4,a4,0x10
   161fe:	02a6f6b3          	remu	a3,a3,a0
   16202:	02660633          	mul	a2,a2,t1
   16206:	06c2                	sll	a3,a3,0x10
   16208:	8f55                	or	a4,a4,a3
   1620a:	00c77863          	bgeu	a4,a2,1621a <__umoddi3+0x1a8>
   1620e:	9742                	add	a4,a4,a6
   16210:	01076563          	bltu	a4,a6,1621a <__umoddi3+0x1a8>
   16214:	00c77363          	bgeu	a4,a2,1621a <__umoddi3+0x1a8>
   16218:	9742                	add	a4,a4,a6
   1621a:	8f11                	sub	a4,a4,a2
   1621c:	b791                	j	16160 <__umoddi3+0xee>
   1621e:	16d5ed63          	bltu	a1,a3,16398 <__umoddi3+0x326>
   16222:	6841                	lui	a6,0x10
   16224:	0506f763          	bgeu	a3,a6,16272 <__umoddi3+0x200>
   16228:	1006b813          	sltiu	a6,a3,256
   1622c:	00184813          	xor	a6,a6,1
   16230:	080e                	sll	a6,a6,0x3
   16232:	0106d333          	srl	t1,a3,a6
   16236:	00002897          	auipc	a7,0x2
   1623a:	9ae88893          	add	a7,a7,-1618 # 17be4 <__clz_tab>
   1623e:	989a                	add	a7,a7,t1
   16240:	0008c883          	lbu	a7,0(a7)
   16244:	02000313          	li	t1,32
   16248:	98c2                	add	a7,a7,a6
   1624a:	41130833          	sub	a6,t1,a7
   1624e:	03131963          	bne	t1,a7,16280 <__umoddi3+0x20e>
   16252:	00b6e463          	bltu	a3,a1,1625a <__umoddi3+0x1e8>
   16256:	00c56b63          	bltu	a0,a2,1626c <__umoddi3+0x1fa>
   1625a:	40c50633          	sub	a2,a0,a2
   1625e:	40d586b3          	sub	a3,a1,a3
   16262:	00c53733          	sltu	a4,a0,a2
   16266:	87b2                	mv	a5,a2
   16268:	40e68733          	sub	a4,a3,a4
   1626c:	853e                	mv	a0,a5
   1626e:	85ba                	mv	a1,a4
   16270:	8082                	ret
   16272:	010008b7          	lui	a7,0x1000
   16276:	4841                	li	a6,16
   16278:	fb16ede3          	bltu	a3,a7,16232 <__umoddi3+0x1c0>
   1627c:	4861                	li	a6,24
   1627e:	bf55                	j	16232 <__umoddi3+0x1c0>
   16280:	011657b3          	srl	a5,a2,a7
   16284:	010696b3          	sll	a3,a3,a6
   16288:	8edd                	or	a3,a3,a5
   1628a:	0115d733          	srl	a4,a1,a7
   1628e:	0106de13          	srl	t3,a3,0x10
   16292:	03c75f33          	divu	t5,a4,t3
   16296:	01069313          	sll	t1,a3,0x10
   1629a:	01035313          	srl	t1,t1,0x10
   1629e:	010597b3          	sll	a5,a1,a6
   162a2:	011555b3          	srl	a1,a0,a7
   162a6:	8ddd                	or	a1,a1,a5
   162a8:	0105d793          	srl	a5,a1,0x10
   162ac:	01061633          	sll	a2,a2,a6
   162b0:	01051533          	sll	a0,a0,a6
   162b4:	03c77733          	remu	a4,a4,t3
   162b8:	03e30eb3          	mul	t4,t1,t5
   162bc:	0742                	sll	a4,a4,0x10
   162be:	8fd9                	or	a5,a5,a4
   162c0:	877a                	mv	a4,t5
   162c2:	01d7fc63          	bgeu	a5,t4,162da <__umoddi3+0x268>
   162c6:	97b6                	add	a5,a5,a3
   162c8:	ffff0713          	add	a4,t5,-1
   162cc:	00d7e763          	bltu	a5,a3,162da <__umoddi3+0x268>
   162d0:	01d7f563          	bgeu	a5,t4,162da <__umoddi3+0x268>
   162d4:	ffef0713          	add	a4,t5,-2
   162d8:	97b6                	add	a5,a5,a3
   162da:	41d787b3          	sub	a5,a5,t4
   162de:	03c7deb3          	divu	t4,a5,t3
   162e2:	05c2                	sll	a1,a1,0x10
   162e4:	81c1                	srl	a1,a1,0x10
   162e6:	03c7f7b3          	remu	a5,a5,t3
   162ea:	8e76                	mv	t3,t4
   162ec:	03d30333          	mul	t1,t1,t4
   162f0:	07c2                	sll	a5,a5,0x10
   162f2:	8ddd                	or	a1,a1,a5
   162f4:	0065fc63          	bgeu	a1,t1,1630c <__umoddi3+0x29a>
   162f8:	95b6                	add	a1,a1,a3
   162fa:	fffe8e13          	add	t3,t4,-1
   162fe:	00d5e763          	bltu	a1,a3,1630c <__umoddi3+0x29a>
   16302:	0065f563          	bgeu	a1,t1,1630c <__umoddi3+0x29a>
   16306:	ffee8e13          	add	t3,t4,-2
   1630a:	95b6                	add	a1,a1,a3
   1630c:	01071793          	sll	a5,a4,0x10
   16310:	6f41                	lui	t5,0x10
   16312:	01c7e7b3          	or	a5,a5,t3
   16316:	406585b3          	sub	a1,a1,t1
   1631a:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   1631e:	0067f733          	and	a4,a5,t1
   16322:	01065e13          	srl	t3,a2,0x10
   16326:	83c1                	srl	a5,a5,0x10
   16328:	00667333          	and	t1,a2,t1
   1632c:	02670eb3          	mul	t4,a4,t1
   16330:	02678333          	mul	t1,a5,t1
   16334:	03c70733          	mul	a4,a4,t3
   16338:	03c787b3          	mul	a5,a5,t3
   1633c:	00670e33          	add	t3,a4,t1
   16340:	010ed713          	srl	a4,t4,0x10
   16344:	9772                	add	a4,a4,t3
   16346:	00677363          	bgeu	a4,t1,1634c <__umoddi3+0x2da>
   1634a:	97fa                	add	a5,a5,t5
   1634c:	01075313          	srl	t1,a4,0x10
   16350:	979a                	add	a5,a5,t1
   16352:	6341                	lui	t1,0x10
   16354:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   16356:	00677733          	and	a4,a4,t1
   1635a:	0742                	sll	a4,a4,0x10
   1635c:	006efeb3          	and	t4,t4,t1
   16360:	9776                	add	a4,a4,t4
   16362:	00f5e663          	bltu	a1,a5,1636e <__umoddi3+0x2fc>
   16366:	00f59b63          	bne	a1,a5,1637c <__umoddi3+0x30a>
   1636a:	00e57963          	bgeu	a0,a4,1637c <__umoddi3+0x30a>
   1636e:	40c70633          	sub	a2,a4,a2
   16372:	00c73333          	sltu	t1,a4,a2
   16376:	969a                	add	a3,a3,t1
   16378:	8732                	mv	a4,a2
   1637a:	8f95                	sub	a5,a5,a3
   1637c:	40e50733          	sub	a4,a0,a4
   16380:	00e53533          	sltu	a0,a0,a4
   16384:	8d9d                	sub	a1,a1,a5
   16386:	8d89                	sub	a1,a1,a0
   16388:	011598b3          	sll	a7,a1,a7
   1638c:	01075733          	srl	a4,a4,a6
   16390:	00e8e533          	or	a0,a7,a4
   16394:	0105d5b3          	srl	a1,a1,a6
   16398:	8082                	ret

0001639a <__riscv_save_12>:
   1639a:	7139                	add	sp,sp,-64
   1639c:	4301                	li	t1,0
   1639e:	c66e                	sw	s11,12(sp)
   163a0:	a019                	j	163a6 <__riscv_save_10+0x4>

000163a2 <__riscv_save_10>:
   163a2:	7139                	add	sp,sp,-64
   163a4:	5341                	li	t1,-16
   163a6:	c86a                	sw	s10,16(sp)
   163a8:	ca66                	sw	s9,20(sp)
   163aa:	cc62                	sw	s8,24(sp)
   163ac:	ce5e                	sw	s7,28(sp)
   163ae:	a019                	j	163b4 <__riscv_save_4+0x4>

000163b0 <__riscv_save_4>:
   163b0:	7139                	add	sp,sp,-64
   163b2:	5301                	li	t1,-32
   163b4:	d05a                	sw	s6,32(sp)
   163b6:	d256                	sw	s5,36(sp)
   163b8:	d452                	sw	s4,40(sp)
   163ba:	d64e                	sw	s3,44(sp)
   163bc:	d84a                	sw	s2,48(sp)
   163be:	da26                	sw	s1,52(sp)
   163c0:	dc22                	sw	s0,56(sp)
   163c2:	de06                	sw	ra,60(sp)
   163c4:	40610133          	sub	sp,sp,t1
   163c8:	8282                	jr	t0

000163ca <__riscv_save_0>:
   163ca:	1141                	add	sp,sp,-16
   163cc:	c04a                	sw	s2,0(sp)
   163ce:	c226                	sw	s1,4(sp)
   163d0:	c422                	sw	s0,8(sp)
   163d2:	c606                	sw	ra,12(sp)
   163d4:	8282                	jr	t0

000163d6 <__riscv_restore_12>:
   163d6:	4db2                	lw	s11,12(sp)
   163d8:	0141                	add	sp,sp,16

000163da <__riscv_restore_10>:
   163da:	4d02                	lw	s10,0(sp)
   163dc:	4c92                	lw	s9,4(sp)
   163de:	4c22                	lw	s8,8(sp)
   163e0:	4bb2                	lw	s7,12(sp)
   163e2:	0141                	add	sp,sp,16

000163e4 <__riscv_restore_4>:
   163e4:	4b02                	lw	s6,0(sp)
   163e6:	4a92                	lw	s5,4(sp)
   163e8:	4a22                	lw	s4,8(sp)
   163ea:	49b2                	lw	s3,12(sp)
   163ec:	0141                	add	sp,sp,16

000163ee <__riscv_restore_0>:
   163ee:	4902                	lw	s2,0(sp)
   163f0:	4492                	lw	s1,4(sp)
   163f2:	4422                	lw	s0,8(sp)
   163f4:	40b2                	lw	ra,12(sp)
   163f6:	0141                	add	sp,sp,16
   163f8:	8082                	ret
