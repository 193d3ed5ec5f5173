
build/netecho.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00009197          	auipc	gp,0x9
   10004:	81818193          	add	gp,gp,-2024 # 18818 <__global_pointer$>
   10008:	00008217          	auipc	tp,0x8
   1000c:	01020213          	add	tp,tp,16 # 18018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	1ba040ef          	jal	141ce <__libc_init_array>
   10018:	8522                	mv	a0,s0
   1001a:	85a6                	mv	a1,s1
   1001c:	2021                	jal	10024 <main>
   1001e:	20e040ef          	jal	1422c <exit>
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
   10070:	1d898993          	add	s3,s3,472 # 171d8 <__riscv_restore_0+0xeae>
   10074:	695d                	lui	s2,0x17
   10076:	18490593          	add	a1,s2,388 # 17184 <__riscv_restore_0+0xe5a>
   1007a:	854e                	mv	a0,s3
   1007c:	13a040ef          	jal	141b6 <strcmp>
   10080:	c909                	beqz	a0,10092 <main+0x6e>
   10082:	65dd                	lui	a1,0x17
   10084:	18c58593          	add	a1,a1,396 # 1718c <__riscv_restore_0+0xe62>
   10088:	854e                	mv	a0,s3
   1008a:	12c040ef          	jal	141b6 <strcmp>
   1008e:	1a051c63          	bnez	a0,10246 <main+0x222>
   10092:	4501                	li	a0,0
   10094:	501000ef          	jal	10d94 <inet_up>
   10098:	10054c63          	bltz	a0,101b0 <main+0x18c>
   1009c:	18490593          	add	a1,s2,388
   100a0:	854e                	mv	a0,s3
   100a2:	114040ef          	jal	141b6 <strcmp>
   100a6:	ed31                	bnez	a0,10102 <main+0xde>
   100a8:	4505                	li	a0,1
   100aa:	00855763          	bge	a0,s0,100b8 <main+0x94>
   100ae:	40c8                	lw	a0,4(s1)
   100b0:	4629                	li	a2,10
   100b2:	4581                	li	a1,0
   100b4:	24e040ef          	jal	14302 <strtoul>
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
   1010e:	3df000ef          	jal	10cec <inet_parse>
   10112:	14054a63          	bltz	a0,10266 <main+0x242>
   10116:	4488                	lw	a0,8(s1)
   10118:	4629                	li	a2,10
   1011a:	4581                	li	a1,0
   1011c:	1e6040ef          	jal	14302 <strtoul>
   10120:	4789                	li	a5,2
   10122:	d0aa                	sw	a0,96(sp)
   10124:	491d                	li	s2,7
   10126:	14f41763          	bne	s0,a5,10274 <main+0x250>
   1012a:	65dd                	lui	a1,0x17
   1012c:	19858593          	add	a1,a1,408 # 17198 <__riscv_restore_0+0xe6e>
   10130:	854e                	mv	a0,s3
   10132:	084040ef          	jal	141b6 <strcmp>
   10136:	14050663          	beqz	a0,10282 <main+0x25e>
   1013a:	5566                	lw	a0,120(sp)
   1013c:	659d                	lui	a1,0x7
   1013e:	53058593          	add	a1,a1,1328 # 7530 <errno+0x7530>
   10142:	039010ef          	jal	1197a <inet_resolve>
   10146:	66054b63          	bltz	a0,107bc <main+0x798>
   1014a:	695d                	lui	s2,0x17
   1014c:	18c90593          	add	a1,s2,396 # 1718c <__riscv_restore_0+0xe62>
   10150:	854e                	mv	a0,s3
   10152:	064040ef          	jal	141b6 <strcmp>
   10156:	2a051463          	bnez	a0,103fe <main+0x3da>
   1015a:	011c                	add	a5,sp,128
   1015c:	02000613          	li	a2,32
   10160:	4581                	li	a1,0
   10162:	853e                	mv	a0,a5
   10164:	0044aa03          	lw	s4,4(s1)
   10168:	59e6                	lw	s3,120(sp)
   1016a:	d4be                	sw	a5,104(sp)
   1016c:	4485                	li	s1,1
   1016e:	038040ef          	jal	141a6 <memset>
   10172:	5786                	lw	a5,96(sp)
   10174:	447a                	lw	s0,156(sp)
   10176:	2697ec63          	bltu	a5,s1,103ee <main+0x3ca>
   1017a:	01049593          	sll	a1,s1,0x10
   1017e:	3e800613          	li	a2,1000
   10182:	81c1                	srl	a1,a1,0x10
   10184:	854e                	mv	a0,s3
   10186:	505010ef          	jal	11e8a <inet_ping>
   1018a:	20055c63          	bgez	a0,103a2 <main+0x37e>
   1018e:	0405                	add	s0,s0,1
   10190:	cf22                	sw	s0,156(sp)
   10192:	0485                	add	s1,s1,1
   10194:	bff9                	j	10172 <main+0x14e>
   10196:	41c8                	lw	a0,4(a1)
   10198:	65dd                	lui	a1,0x17
   1019a:	18058593          	add	a1,a1,384 # 17180 <__riscv_restore_0+0xe56>
   1019e:	018040ef          	jal	141b6 <strcmp>
   101a2:	c10d                	beqz	a0,101c4 <main+0x1a0>
   101a4:	147d                	add	s0,s0,-1
   101a6:	0491                	add	s1,s1,4
   101a8:	d282                	sw	zero,100(sp)
   101aa:	0004a983          	lw	s3,0(s1)
   101ae:	b5d9                	j	10074 <main+0x50>
   101b0:	19c010ef          	jal	1134c <inet_strerror>
   101b4:	85aa                	mv	a1,a0
   101b6:	655d                	lui	a0,0x17
   101b8:	19c50513          	add	a0,a0,412 # 1719c <__riscv_restore_0+0xe72>
   101bc:	0b6040ef          	jal	14272 <printf>
   101c0:	4405                	li	s0,1
   101c2:	b719                	j	100c8 <main+0xa4>
   101c4:	4785                	li	a5,1
   101c6:	1479                	add	s0,s0,-2
   101c8:	d2be                	sw	a5,100(sp)
   101ca:	04a1                	add	s1,s1,8
   101cc:	fc79                	bnez	s0,101aa <main+0x186>
   101ce:	69dd                	lui	s3,0x17
   101d0:	1d898993          	add	s3,s3,472 # 171d8 <__riscv_restore_0+0xeae>
   101d4:	b545                	j	10074 <main+0x50>
   101d6:	0108                	add	a0,sp,128
   101d8:	509000ef          	jal	10ee0 <inet_stats>
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
   1023c:	38450513          	add	a0,a0,900 # 17384 <__riscv_restore_0+0x105a>
   10240:	032040ef          	jal	14272 <printf>
   10244:	b551                	j	100c8 <main+0xa4>
   10246:	65dd                	lui	a1,0x17
   10248:	19458593          	add	a1,a1,404 # 17194 <__riscv_restore_0+0xe6a>
   1024c:	854e                	mv	a0,s3
   1024e:	769030ef          	jal	141b6 <strcmp>
   10252:	e40500e3          	beqz	a0,10092 <main+0x6e>
   10256:	65dd                	lui	a1,0x17
   10258:	19858593          	add	a1,a1,408 # 17198 <__riscv_restore_0+0xe6e>
   1025c:	854e                	mv	a0,s3
   1025e:	759030ef          	jal	141b6 <strcmp>
   10262:	e20508e3          	beqz	a0,10092 <main+0x6e>
   10266:	655d                	lui	a0,0x17
   10268:	33050513          	add	a0,a0,816 # 17330 <__riscv_restore_0+0x1006>
   1026c:	006040ef          	jal	14272 <printf>
   10270:	4409                	li	s0,2
   10272:	bd99                	j	100c8 <main+0xa4>
   10274:	44c8                	lw	a0,12(s1)
   10276:	4629                	li	a2,10
   10278:	4581                	li	a1,0
   1027a:	088040ef          	jal	14302 <strtoul>
   1027e:	892a                	mv	s2,a0
   10280:	b56d                	j	1012a <main+0x106>
   10282:	40d4                	lw	a3,4(s1)
   10284:	011c                	add	a5,sp,128
   10286:	665d                	lui	a2,0x17
   10288:	874a                	mv	a4,s2
   1028a:	5466                	lw	s0,120(sp)
   1028c:	1ac60613          	add	a2,a2,428 # 171ac <__riscv_restore_0+0xe82>
   10290:	45d9                	li	a1,22
   10292:	853e                	mv	a0,a5
   10294:	d4be                	sw	a5,104(sp)
   10296:	002040ef          	jal	14298 <snprintf>
   1029a:	01091593          	sll	a1,s2,0x10
   1029e:	661d                	lui	a2,0x7
   102a0:	53060613          	add	a2,a2,1328 # 7530 <errno+0x7530>
   102a4:	81c1                	srl	a1,a1,0x10
   102a6:	8522                	mv	a0,s0
   102a8:	51a020ef          	jal	127c2 <tcp_connect>
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
   102dc:	9b1b8b93          	add	s7,s7,-1615 # 9e3779b1 <_end+0x9e314539>
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
   1030e:	9b180813          	add	a6,a6,-1615 # 9e3779b1 <_end+0x9e314539>
   10312:	030d0733          	mul	a4,s10,a6
   10316:	65e5                	lui	a1,0x19
   10318:	4781                	li	a5,0
   1031a:	04c58893          	add	a7,a1,76 # 1904c <buf>
   1031e:	00f886b3          	add	a3,a7,a5
   10322:	01875513          	srl	a0,a4,0x18
   10326:	00a68023          	sb	a0,0(a3)
   1032a:	0785                	add	a5,a5,1 # 1001 <errno+0x1001>
   1032c:	9742                	add	a4,a4,a6
   1032e:	fec7e8e3          	bltu	a5,a2,1031e <main+0x2fa>
   10332:	04c58593          	add	a1,a1,76
   10336:	854a                	mv	a0,s2
   10338:	5b4020ef          	jal	128ec <tcp_send>
   1033c:	3e054b63          	bltz	a0,10732 <main+0x70e>
   10340:	5786                	lw	a5,96(sp)
   10342:	9d2a                	add	s10,s10,a0
   10344:	3fa78263          	beq	a5,s10,10728 <main+0x704>
   10348:	40050463          	beqz	a0,10750 <main+0x72c>
   1034c:	65e1                	lui	a1,0x18
   1034e:	4681                	li	a3,0
   10350:	6605                	lui	a2,0x1
   10352:	04c58593          	add	a1,a1,76 # 1804c <rbuf>
   10356:	854a                	mv	a0,s2
   10358:	6e8020ef          	jal	12a40 <tcp_recv>
   1035c:	f9200793          	li	a5,-110
   10360:	f8f500e3          	beq	a0,a5,102e0 <main+0x2bc>
   10364:	4aa05c63          	blez	a0,1081c <main+0x7f8>
   10368:	016505b3          	add	a1,a0,s6
   1036c:	037b0733          	mul	a4,s6,s7
   10370:	865a                	mv	a2,s6
   10372:	04c98513          	add	a0,s3,76 # 1804c <rbuf>
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
   10396:	24450513          	add	a0,a0,580 # 17244 <__riscv_restore_0+0xf1a>
   1039a:	6d9030ef          	jal	14272 <printf>
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
   10406:	485010ef          	jal	1208a <udp_bind>
   1040a:	ccaa                	sw	a0,88(sp)
   1040c:	30054463          	bltz	a0,10714 <main+0x6f0>
   10410:	011c                	add	a5,sp,128
   10412:	853e                	mv	a0,a5
   10414:	02000613          	li	a2,32
   10418:	4581                	li	a1,0
   1041a:	d4be                	sw	a5,104(sp)
   1041c:	58b030ef          	jal	141a6 <memset>
   10420:	9e3784b7          	lui	s1,0x9e378
   10424:	ccccd7b7          	lui	a5,0xccccd
   10428:	4b05                	li	s6,1
   1042a:	9b148493          	add	s1,s1,-1615 # 9e3779b1 <_end+0x9e314539>
   1042e:	ccd78d93          	add	s11,a5,-819 # cccccccd <_end+0xccc69855>
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
   10452:	04c78513          	add	a0,a5,76 # 1904c <buf>
   10456:	5bd00793          	li	a5,1469
   1045a:	4611                	li	a2,4
   1045c:	02f47433          	remu	s0,s0,a5
   10460:	50b030ef          	jal	1416a <memcpy>
   10464:	4791                	li	a5,4
   10466:	0411                	add	s0,s0,4
   10468:	02f40963          	beq	s0,a5,1049a <main+0x476>
   1046c:	5776                	lw	a4,124(sp)
   1046e:	67e5                	lui	a5,0x19
   10470:	78dde6b7          	lui	a3,0x78dde
   10474:	02970733          	mul	a4,a4,s1
   10478:	04c78793          	add	a5,a5,76 # 1904c <buf>
   1047c:	4611                	li	a2,4
   1047e:	6c468693          	add	a3,a3,1732 # 78dde6c4 <_end+0x78d7b24c>
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
   104b0:	04c78693          	add	a3,a5,76 # 1904c <buf>
   104b4:	461d                	li	a2,7
   104b6:	85d6                	mv	a1,s5
   104b8:	4bd010ef          	jal	12174 <udp_sendto>
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
   104de:	772050ef          	jal	15c50 <__udivdi3>
   104e2:	000f4e37          	lui	t3,0xf4
   104e6:	240e0e13          	add	t3,t3,576 # f4240 <_end+0x90dc8>
   104ea:	01c509b3          	add	s3,a0,t3
   104ee:	00a9b533          	sltu	a0,s3,a0
   104f2:	ccccd7b7          	lui	a5,0xccccd
   104f6:	00b50c33          	add	s8,a0,a1
   104fa:	4a15                	li	s4,5
   104fc:	ccc78c93          	add	s9,a5,-820 # cccccccc <_end+0xccc69854>
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
   105a6:	6aa050ef          	jal	15c50 <__udivdi3>
   105aa:	00150793          	add	a5,a0,1
   105ae:	46f6                	lw	a3,92(sp)
   105b0:	4566                	lw	a0,88(sp)
   105b2:	07610713          	add	a4,sp,118
   105b6:	6605                	lui	a2,0x1
   105b8:	04cb8593          	add	a1,s7,76 # 1804c <rbuf>
   105bc:	4bf010ef          	jal	1227a <udp_recvfrom>
   105c0:	f00540e3          	bltz	a0,104c0 <main+0x49c>
   105c4:	57f6                	lw	a5,124(sp)
   105c6:	f2fa9de3          	bne	s5,a5,10500 <main+0x4dc>
   105ca:	07615783          	lhu	a5,118(sp)
   105ce:	471d                	li	a4,7
   105d0:	f2e798e3          	bne	a5,a4,10500 <main+0x4dc>
   105d4:	f28516e3          	bne	a0,s0,10500 <main+0x4dc>
   105d8:	67e5                	lui	a5,0x19
   105da:	8622                	mv	a2,s0
   105dc:	04cb8593          	add	a1,s7,76
   105e0:	04c78513          	add	a0,a5,76 # 1904c <buf>
   105e4:	469030ef          	jal	1424c <memcmp>
   105e8:	fd01                	bnez	a0,10500 <main+0x4dc>
   105ea:	c81025f3          	rdtimeh	a1
   105ee:	c0102573          	rdtime	a0
   105f2:	c81027f3          	rdtimeh	a5
   105f6:	fef59ae3          	bne	a1,a5,105ea <main+0x5c6>
   105fa:	4629                	li	a2,10
   105fc:	4681                	li	a3,0
   105fe:	652050ef          	jal	15c50 <__udivdi3>
   10602:	87aa                	mv	a5,a0
   10604:	842e                	mv	s0,a1
   10606:	4629                	li	a2,10
   10608:	854a                	mv	a0,s2
   1060a:	4681                	li	a3,0
   1060c:	85ea                	mv	a1,s10
   1060e:	893e                	mv	s2,a5
   10610:	640050ef          	jal	15c50 <__udivdi3>
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
   10670:	544020ef          	jal	12bb4 <tcp_shutdown>
   10674:	6695                	lui	a3,0x5
   10676:	65e1                	lui	a1,0x18
   10678:	e2068693          	add	a3,a3,-480 # 4e20 <errno+0x4e20>
   1067c:	6605                	lui	a2,0x1
   1067e:	04c58593          	add	a1,a1,76 # 1804c <rbuf>
   10682:	854a                	mv	a0,s2
   10684:	3bc020ef          	jal	12a40 <tcp_recv>
   10688:	842a                	mv	s0,a0
   1068a:	18051e63          	bnez	a0,10826 <main+0x802>
   1068e:	c81029f3          	rdtimeh	s3
   10692:	c0102a73          	rdtime	s4
   10696:	c81027f3          	rdtimeh	a5
   1069a:	fef99ae3          	bne	s3,a5,1068e <main+0x66a>
   1069e:	854a                	mv	a0,s2
   106a0:	5b4020ef          	jal	12c54 <tcp_close>
   106a4:	e041                	bnez	s0,10724 <main+0x700>
   106a6:	14054f63          	bltz	a0,10804 <main+0x7e0>
   106aa:	4629                	li	a2,10
   106ac:	4681                	li	a3,0
   106ae:	8552                	mv	a0,s4
   106b0:	85ce                	mv	a1,s3
   106b2:	59e050ef          	jal	15c50 <__udivdi3>
   106b6:	87ae                	mv	a5,a1
   106b8:	892a                	mv	s2,a0
   106ba:	4629                	li	a2,10
   106bc:	4681                	li	a3,0
   106be:	8526                	mv	a0,s1
   106c0:	85d6                	mv	a1,s5
   106c2:	84be                	mv	s1,a5
   106c4:	58c050ef          	jal	15c50 <__udivdi3>
   106c8:	40a90633          	sub	a2,s2,a0
   106cc:	00c93933          	sltu	s2,s2,a2
   106d0:	40b48733          	sub	a4,s1,a1
   106d4:	41270733          	sub	a4,a4,s2
   106d8:	00e667b3          	or	a5,a2,a4
   106dc:	4681                	li	a3,0
   106de:	c39d                	beqz	a5,10704 <main+0x6e0>
   106e0:	5506                	lw	a0,96(sp)
   106e2:	000f47b7          	lui	a5,0xf4
   106e6:	24078793          	add	a5,a5,576 # f4240 <_end+0x90dc8>
   106ea:	02f535b3          	mulhu	a1,a0,a5
   106ee:	86ba                	mv	a3,a4
   106f0:	02f507b3          	mul	a5,a0,a5
   106f4:	01659513          	sll	a0,a1,0x16
   106f8:	81a9                	srl	a1,a1,0xa
   106fa:	83a9                	srl	a5,a5,0xa
   106fc:	8d5d                	or	a0,a0,a5
   106fe:	552050ef          	jal	15c50 <__udivdi3>
   10702:	86aa                	mv	a3,a0
   10704:	5606                	lw	a2,96(sp)
   10706:	55a6                	lw	a1,104(sp)
   10708:	655d                	lui	a0,0x17
   1070a:	2c450513          	add	a0,a0,708 # 172c4 <__riscv_restore_0+0xf9a>
   1070e:	365030ef          	jal	14272 <printf>
   10712:	ba45                	j	100c2 <main+0x9e>
   10714:	439000ef          	jal	1134c <inet_strerror>
   10718:	85aa                	mv	a1,a0
   1071a:	655d                	lui	a0,0x17
   1071c:	31c50513          	add	a0,a0,796 # 1731c <__riscv_restore_0+0xff2>
   10720:	353030ef          	jal	14272 <printf>
   10724:	4405                	li	s0,1
   10726:	ba71                	j	100c2 <main+0x9e>
   10728:	854a                	mv	a0,s2
   1072a:	48a020ef          	jal	12bb4 <tcp_shutdown>
   1072e:	c0055de3          	bgez	a0,10348 <main+0x324>
   10732:	41b000ef          	jal	1134c <inet_strerror>
   10736:	55a6                	lw	a1,104(sp)
   10738:	86aa                	mv	a3,a0
   1073a:	655d                	lui	a0,0x17
   1073c:	866a                	mv	a2,s10
   1073e:	1dc50513          	add	a0,a0,476 # 171dc <__riscv_restore_0+0xeb2>
   10742:	331030ef          	jal	14272 <printf>
   10746:	4405                	li	s0,1
   10748:	b799                	j	1068e <main+0x66a>
   1074a:	5786                	lw	a5,96(sp)
   1074c:	b8fd6fe3          	bltu	s10,a5,102ea <main+0x2c6>
   10750:	86a2                	mv	a3,s0
   10752:	6605                	lui	a2,0x1
   10754:	04c98593          	add	a1,s3,76
   10758:	854a                	mv	a0,s2
   1075a:	2e6020ef          	jal	12a40 <tcp_recv>
   1075e:	c14513e3          	bne	a0,s4,10364 <main+0x340>
   10762:	3eb000ef          	jal	1134c <inet_strerror>
   10766:	862a                	mv	a2,a0
   10768:	5706                	lw	a4,96(sp)
   1076a:	55a6                	lw	a1,104(sp)
   1076c:	655d                	lui	a0,0x17
   1076e:	86da                	mv	a3,s6
   10770:	21050513          	add	a0,a0,528 # 17210 <__riscv_restore_0+0xee6>
   10774:	2ff030ef          	jal	14272 <printf>
   10778:	4405                	li	s0,1
   1077a:	bf11                	j	1068e <main+0x66a>
   1077c:	18fc                	add	a5,sp,124
   1077e:	cebe                	sw	a5,92(sp)
   10780:	85be                	mv	a1,a5
   10782:	67e5                	lui	a5,0x19
   10784:	4611                	li	a2,4
   10786:	04c78513          	add	a0,a5,76 # 1904c <buf>
   1078a:	1e1030ef          	jal	1416a <memcpy>
   1078e:	5c000413          	li	s0,1472
   10792:	b9e9                	j	1046c <main+0x448>
   10794:	d2fc16e3          	bne	s8,a5,104c0 <main+0x49c>
   10798:	db3769e3          	bltu	a4,s3,1054a <main+0x526>
   1079c:	b315                	j	104c0 <main+0x49c>
   1079e:	8b32                	mv	s6,a2
   107a0:	b681                	j	102e0 <main+0x2bc>
   107a2:	4566                	lw	a0,88(sp)
   107a4:	415010ef          	jal	123b8 <udp_close>
   107a8:	5626                	lw	a2,104(sp)
   107aa:	55b6                	lw	a1,108(sp)
   107ac:	655d                	lui	a0,0x17
   107ae:	19450513          	add	a0,a0,404 # 17194 <__riscv_restore_0+0xe6a>
   107b2:	2859                	jal	10848 <rtt_print>
   107b4:	447a                	lw	s0,156(sp)
   107b6:	00803433          	snez	s0,s0
   107ba:	b221                	j	100c2 <main+0x9e>
   107bc:	40c4                	lw	s1,4(s1)
   107be:	38f000ef          	jal	1134c <inet_strerror>
   107c2:	86aa                	mv	a3,a0
   107c4:	655d                	lui	a0,0x17
   107c6:	8626                	mv	a2,s1
   107c8:	85ce                	mv	a1,s3
   107ca:	30850513          	add	a0,a0,776 # 17308 <__riscv_restore_0+0xfde>
   107ce:	4405                	li	s0,1
   107d0:	2a3030ef          	jal	14272 <printf>
   107d4:	8efff06f          	j	100c2 <main+0x9e>
   107d8:	e4a77fe3          	bgeu	a4,a0,10636 <main+0x612>
   107dc:	853a                	mv	a0,a4
   107de:	86be                	mv	a3,a5
   107e0:	bd99                	j	10636 <main+0x612>
   107e2:	e6e8f2e3          	bgeu	a7,a4,10646 <main+0x622>
   107e6:	88ba                	mv	a7,a4
   107e8:	85be                	mv	a1,a5
   107ea:	bdb1                	j	10646 <main+0x622>
   107ec:	361000ef          	jal	1134c <inet_strerror>
   107f0:	55a6                	lw	a1,104(sp)
   107f2:	862a                	mv	a2,a0
   107f4:	655d                	lui	a0,0x17
   107f6:	1b450513          	add	a0,a0,436 # 171b4 <__riscv_restore_0+0xe8a>
   107fa:	279030ef          	jal	14272 <printf>
   107fe:	4405                	li	s0,1
   10800:	8c3ff06f          	j	100c2 <main+0x9e>
   10804:	349000ef          	jal	1134c <inet_strerror>
   10808:	55a6                	lw	a1,104(sp)
   1080a:	862a                	mv	a2,a0
   1080c:	655d                	lui	a0,0x17
   1080e:	2a050513          	add	a0,a0,672 # 172a0 <__riscv_restore_0+0xf76>
   10812:	261030ef          	jal	14272 <printf>
   10816:	4405                	li	s0,1
   10818:	8abff06f          	j	100c2 <main+0x9e>
   1081c:	f139                	bnez	a0,10762 <main+0x73e>
   1081e:	665d                	lui	a2,0x17
   10820:	16460613          	add	a2,a2,356 # 17164 <__riscv_restore_0+0xe3a>
   10824:	b791                	j	10768 <main+0x744>
   10826:	00a05d63          	blez	a0,10840 <main+0x81c>
   1082a:	665d                	lui	a2,0x17
   1082c:	17460613          	add	a2,a2,372 # 17174 <__riscv_restore_0+0xe4a>
   10830:	55a6                	lw	a1,104(sp)
   10832:	655d                	lui	a0,0x17
   10834:	26850513          	add	a0,a0,616 # 17268 <__riscv_restore_0+0xf3e>
   10838:	23b030ef          	jal	14272 <printf>
   1083c:	4405                	li	s0,1
   1083e:	bd81                	j	1068e <main+0x66a>
   10840:	30d000ef          	jal	1134c <inet_strerror>
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
   10864:	00870713          	add	a4,a4,8 # 17008 <__riscv_restore_0+0xcde>
   10868:	4c5c                	lw	a5,28(s0)
   1086a:	85aa                	mv	a1,a0
   1086c:	655d                	lui	a0,0x17
   1086e:	01c50513          	add	a0,a0,28 # 1701c <__riscv_restore_0+0xcf2>
   10872:	201030ef          	jal	14272 <printf>
   10876:	4c10                	lw	a2,24(s0)
   10878:	ee11                	bnez	a2,10894 <rtt_print+0x4c>
   1087a:	4422                	lw	s0,8(sp)
   1087c:	40b2                	lw	ra,12(sp)
   1087e:	4492                	lw	s1,4(sp)
   10880:	655d                	lui	a0,0x17
   10882:	38050513          	add	a0,a0,896 # 17380 <__riscv_restore_0+0x1056>
   10886:	0141                	add	sp,sp,16
   10888:	1eb0306f          	j	14272 <printf>
   1088c:	675d                	lui	a4,0x17
   1088e:	00070713          	mv	a4,a4
   10892:	bfd9                	j	10868 <rtt_print+0x20>
   10894:	4808                	lw	a0,16(s0)
   10896:	484c                	lw	a1,20(s0)
   10898:	4681                	li	a3,0
   1089a:	4404                	lw	s1,8(s0)
   1089c:	3b4050ef          	jal	15c50 <__udivdi3>
   108a0:	400c                	lw	a1,0(s0)
   108a2:	862a                	mv	a2,a0
   108a4:	655d                	lui	a0,0x17
   108a6:	86a6                	mv	a3,s1
   108a8:	03c50513          	add	a0,a0,60 # 1703c <__riscv_restore_0+0xd12>
   108ac:	1c7030ef          	jal	14272 <printf>
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
   108c8:	38c020ef          	jal	12c54 <tcp_close>
   108cc:	02842983          	lw	s3,40(s0)
   108d0:	e499                	bnez	s1,108de <serve_end+0x2c>
   108d2:	00054763          	bltz	a0,108e0 <serve_end+0x2e>
   108d6:	66dd                	lui	a3,0x17
   108d8:	55468693          	add	a3,a3,1364 # 17554 <__riscv_restore_0+0x122a>
   108dc:	a029                	j	108e6 <serve_end+0x34>
   108de:	8526                	mv	a0,s1
   108e0:	26d000ef          	jal	1134c <inet_strerror>
   108e4:	86aa                	mv	a3,a0
   108e6:	655d                	lui	a0,0x17
   108e8:	864e                	mv	a2,s3
   108ea:	85ca                	mv	a1,s2
   108ec:	06850513          	add	a0,a0,104 # 17068 <__riscv_restore_0+0xd3e>
   108f0:	183030ef          	jal	14272 <printf>
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
   1096a:	ccd60493          	add	s1,a2,-819 # cccccccd <_end+0xccc69855>
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
   109a0:	6ea010ef          	jal	1208a <udp_bind>
   109a4:	87aa                	mv	a5,a0
   109a6:	451d                	li	a0,7
   109a8:	d23e                	sw	a5,36(sp)
   109aa:	4e5010ef          	jal	1268e <tcp_listen>
   109ae:	5712                	lw	a4,36(sp)
   109b0:	d42a                	sw	a0,40(sp)
   109b2:	16074763          	bltz	a4,10b20 <serve+0x214>
   109b6:	16054463          	bltz	a0,10b1e <serve+0x212>
   109ba:	29dd                	jal	10eb0 <inet_addr>
   109bc:	002c                	add	a1,sp,8
   109be:	2eb9                	jal	10d1c <inet_format>
   109c0:	85aa                	mv	a1,a0
   109c2:	655d                	lui	a0,0x17
   109c4:	469d                	li	a3,7
   109c6:	461d                	li	a2,7
   109c8:	0c850513          	add	a0,a0,200 # 170c8 <__riscv_restore_0+0xd9e>
   109cc:	03938ab7          	lui	s5,0x3938
   109d0:	001e8a37          	lui	s4,0x1e8
   109d4:	09f030ef          	jal	14272 <printf>
   109d8:	ccccd937          	lui	s2,0xccccd
   109dc:	6ffa8a93          	add	s5,s5,1791 # 39386ff <_end+0x38d5287>
   109e0:	47fa0a13          	add	s4,s4,1151 # 1e847f <_end+0x185007>
   109e4:	6461                	lui	s0,0x18
   109e6:	6b5d                	lui	s6,0x17
   109e8:	08c8                	add	a0,sp,84
   109ea:	29dd                	jal	10ee0 <inet_stats>
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
   10a0e:	ccc90593          	add	a1,s2,-820 # cccccccc <_end+0xccc69854>
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
   10a4c:	16051d63          	bnez	a0,10bc6 <serve+0x2ba>
   10a50:	10060463          	beqz	a2,10b58 <serve+0x24c>
   10a54:	10079563          	bnez	a5,10b5e <serve+0x252>
   10a58:	10da6363          	bltu	s4,a3,10b5e <serve+0x252>
   10a5c:	4b81                	li	s7,0
   10a5e:	a819                	j	10a74 <serve+0x168>
   10a60:	00615603          	lhu	a2,6(sp)
   10a64:	45d6                	lw	a1,84(sp)
   10a66:	5512                	lw	a0,36(sp)
   10a68:	0b85                	add	s7,s7,1
   10a6a:	70a010ef          	jal	12174 <udp_sendto>
   10a6e:	5782                	lw	a5,32(sp)
   10a70:	0785                	add	a5,a5,1
   10a72:	d03e                	sw	a5,32(sp)
   10a74:	5512                	lw	a0,36(sp)
   10a76:	00610713          	add	a4,sp,6
   10a7a:	08d4                	add	a3,sp,84
   10a7c:	4781                	li	a5,0
   10a7e:	6605                	lui	a2,0x1
   10a80:	04c40593          	add	a1,s0,76 # 1804c <rbuf>
   10a84:	7f6010ef          	jal	1227a <udp_recvfrom>
   10a88:	04c40693          	add	a3,s0,76
   10a8c:	872a                	mv	a4,a0
   10a8e:	fc0559e3          	bgez	a0,10a60 <serve+0x154>
   10a92:	5532                	lw	a0,44(sp)
   10a94:	0e054c63          	bltz	a0,10b8c <serve+0x280>
   10a98:	4681                	li	a3,0
   10a9a:	6605                	lui	a2,0x1
   10a9c:	04c40593          	add	a1,s0,76
   10aa0:	7a1010ef          	jal	12a40 <tcp_recv>
   10aa4:	f9200793          	li	a5,-110
   10aa8:	8c2a                	mv	s8,a0
   10aaa:	0ef50863          	beq	a0,a5,10b9a <serve+0x28e>
   10aae:	12a05763          	blez	a0,10bdc <serve+0x2d0>
   10ab2:	5532                	lw	a0,44(sp)
   10ab4:	8662                	mv	a2,s8
   10ab6:	04c40593          	add	a1,s0,76
   10aba:	633010ef          	jal	128ec <tcp_send>
   10abe:	10a05f63          	blez	a0,10bdc <serve+0x2d0>
   10ac2:	11854d63          	blt	a0,s8,10bdc <serve+0x2d0>
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
   10b22:	02b000ef          	jal	1134c <inet_strerror>
   10b26:	862a                	mv	a2,a0
   10b28:	655d                	lui	a0,0x17
   10b2a:	459d                	li	a1,7
   10b2c:	0a450513          	add	a0,a0,164 # 170a4 <__riscv_restore_0+0xd7a>
   10b30:	742030ef          	jal	14272 <printf>
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
   10b60:	08098663          	beqz	s3,10bec <serve+0x2e0>
   10b64:	4472                	lw	s0,28(sp)
   10b66:	01343433          	sltu	s0,s0,s3
   10b6a:	0807de63          	bgez	a5,10c06 <serve+0x2fa>
   10b6e:	08c8                	add	a0,sp,84
   10b70:	2e85                	jal	10ee0 <inet_stats>
   10b72:	45f2                	lw	a1,28(sp)
   10b74:	5602                	lw	a2,32(sp)
   10b76:	46ea                	lw	a3,152(sp)
   10b78:	c051                	beqz	s0,10bfc <serve+0x2f0>
   10b7a:	675d                	lui	a4,0x17
   10b7c:	09070713          	add	a4,a4,144 # 17090 <__riscv_restore_0+0xd66>
   10b80:	655d                	lui	a0,0x17
   10b82:	12050513          	add	a0,a0,288 # 17120 <__riscv_restore_0+0xdf6>
   10b86:	6ec030ef          	jal	14272 <printf>
   10b8a:	b775                	j	10b36 <serve+0x22a>
   10b8c:	5522                	lw	a0,40(sp)
   10b8e:	4581                	li	a1,0
   10b90:	393010ef          	jal	12722 <tcp_accept>
   10b94:	d62a                	sw	a0,44(sp)
   10b96:	00055a63          	bgez	a0,10baa <serve+0x29e>
   10b9a:	f20b99e3          	bnez	s7,10acc <serve+0x1c0>
   10b9e:	06400513          	li	a0,100
   10ba2:	25d9                	jal	11268 <inet_poll>
   10ba4:	e4a052e3          	blez	a0,109e8 <serve+0xdc>
   10ba8:	b715                	j	10acc <serve+0x1c0>
   10baa:	4601                	li	a2,0
   10bac:	08cc                	add	a1,sp,84
   10bae:	258020ef          	jal	12e06 <tcp_peer>
   10bb2:	4556                	lw	a0,84(sp)
   10bb4:	180c                	add	a1,sp,48
   10bb6:	229d                	jal	10d1c <inet_format>
   10bb8:	180c                	add	a1,sp,48
   10bba:	0fcb0513          	add	a0,s6,252 # 170fc <__riscv_restore_0+0xdd2>
   10bbe:	c082                	sw	zero,64(sp)
   10bc0:	6b2030ef          	jal	14272 <printf>
   10bc4:	b721                	j	10acc <serve+0x1c0>
   10bc6:	4772                	lw	a4,28(sp)
   10bc8:	f8a77be3          	bgeu	a4,a0,10b5e <serve+0x252>
   10bcc:	fbc9                	bnez	a5,10b5e <serve+0x252>
   10bce:	039387b7          	lui	a5,0x3938
   10bd2:	6ff78793          	add	a5,a5,1791 # 39386ff <_end+0x38d5287>
   10bd6:	f8d7e4e3          	bltu	a5,a3,10b5e <serve+0x252>
   10bda:	b549                	j	10a5c <serve+0x150>
   10bdc:	00152593          	slti	a1,a0,1
   10be0:	40b005b3          	neg	a1,a1
   10be4:	8de9                	and	a1,a1,a0
   10be6:	0828                	add	a0,sp,24
   10be8:	31e9                	jal	108b2 <serve_end>
   10bea:	b5cd                	j	10acc <serve+0x1c0>
   10bec:	0007dc63          	bgez	a5,10c04 <serve+0x2f8>
   10bf0:	08c8                	add	a0,sp,84
   10bf2:	24fd                	jal	10ee0 <inet_stats>
   10bf4:	45f2                	lw	a1,28(sp)
   10bf6:	5602                	lw	a2,32(sp)
   10bf8:	46ea                	lw	a3,152(sp)
   10bfa:	4401                	li	s0,0
   10bfc:	675d                	lui	a4,0x17
   10bfe:	1d870713          	add	a4,a4,472 # 171d8 <__riscv_restore_0+0xeae>
   10c02:	bfbd                	j	10b80 <serve+0x274>
   10c04:	4401                	li	s0,0
   10c06:	f9200593          	li	a1,-110
   10c0a:	0828                	add	a0,sp,24
   10c0c:	315d                	jal	108b2 <serve_end>
   10c0e:	b785                	j	10b6e <serve+0x262>

00010c10 <run_timers>:
   10c10:	1141                	add	sp,sp,-16
   10c12:	c04a                	sw	s2,0(sp)
   10c14:	c606                	sw	ra,12(sp)
   10c16:	c422                	sw	s0,8(sp)
   10c18:	c226                	sw	s1,4(sp)
   10c1a:	892a                	mv	s2,a0
   10c1c:	c8102473          	rdtimeh	s0
   10c20:	c01024f3          	rdtime	s1
   10c24:	c81027f3          	rdtimeh	a5
   10c28:	fef41ae3          	bne	s0,a5,10c1c <run_timers+0xc>
   10c2c:	864a                	mv	a2,s2
   10c2e:	8526                	mv	a0,s1
   10c30:	85a2                	mv	a1,s0
   10c32:	437000ef          	jal	11868 <inet_arp_timers>
   10c36:	872a                	mv	a4,a0
   10c38:	87ae                	mv	a5,a1
   10c3a:	8526                	mv	a0,s1
   10c3c:	85a2                	mv	a1,s0
   10c3e:	864a                	mv	a2,s2
   10c40:	84ba                	mv	s1,a4
   10c42:	843e                	mv	s0,a5
   10c44:	16c030ef          	jal	13db0 <inet_tcp_timers>
   10c48:	87ae                	mv	a5,a1
   10c4a:	872a                	mv	a4,a0
   10c4c:	85a2                	mv	a1,s0
   10c4e:	8526                	mv	a0,s1
   10c50:	0087ec63          	bltu	a5,s0,10c68 <run_timers+0x58>
   10c54:	00f40863          	beq	s0,a5,10c64 <run_timers+0x54>
   10c58:	40b2                	lw	ra,12(sp)
   10c5a:	4422                	lw	s0,8(sp)
   10c5c:	4492                	lw	s1,4(sp)
   10c5e:	4902                	lw	s2,0(sp)
   10c60:	0141                	add	sp,sp,16
   10c62:	8082                	ret
   10c64:	fe977ae3          	bgeu	a4,s1,10c58 <run_timers+0x48>
   10c68:	40b2                	lw	ra,12(sp)
   10c6a:	4422                	lw	s0,8(sp)
   10c6c:	4492                	lw	s1,4(sp)
   10c6e:	4902                	lw	s2,0(sp)
   10c70:	853a                	mv	a0,a4
   10c72:	85be                	mv	a1,a5
   10c74:	0141                	add	sp,sp,16
   10c76:	8082                	ret

00010c78 <parse_addr>:
   10c78:	4110                	lw	a2,0(a0)
   10c7a:	4e81                	li	t4,0
   10c7c:	4e01                	li	t3,0
   10c7e:	48a5                	li	a7,9
   10c80:	0ff00313          	li	t1,255
   10c84:	4f11                	li	t5,4
   10c86:	02e00f93          	li	t6,46
   10c8a:	00064783          	lbu	a5,0(a2) # 1000 <errno+0x1000>
   10c8e:	fd078793          	add	a5,a5,-48
   10c92:	0ff7f793          	zext.b	a5,a5
   10c96:	04f8e563          	bltu	a7,a5,10ce0 <parse_addr+0x68>
   10c9a:	4681                	li	a3,0
   10c9c:	a031                	j	10ca8 <parse_addr+0x30>
   10c9e:	00f706b3          	add	a3,a4,a5
   10ca2:	0605                	add	a2,a2,1
   10ca4:	02d34e63          	blt	t1,a3,10ce0 <parse_addr+0x68>
   10ca8:	00064703          	lbu	a4,0(a2)
   10cac:	00269793          	sll	a5,a3,0x2
   10cb0:	97b6                	add	a5,a5,a3
   10cb2:	fd070713          	add	a4,a4,-48
   10cb6:	0ff77813          	zext.b	a6,a4
   10cba:	0786                	sll	a5,a5,0x1
   10cbc:	ff08f1e3          	bgeu	a7,a6,10c9e <parse_addr+0x26>
   10cc0:	0e22                	sll	t3,t3,0x8
   10cc2:	c110                	sw	a2,0(a0)
   10cc4:	0e85                	add	t4,t4,1
   10cc6:	01c6ee33          	or	t3,a3,t3
   10cca:	01ee8d63          	beq	t4,t5,10ce4 <parse_addr+0x6c>
   10cce:	00160793          	add	a5,a2,1
   10cd2:	c11c                	sw	a5,0(a0)
   10cd4:	00064703          	lbu	a4,0(a2)
   10cd8:	01f71463          	bne	a4,t6,10ce0 <parse_addr+0x68>
   10cdc:	863e                	mv	a2,a5
   10cde:	b775                	j	10c8a <parse_addr+0x12>
   10ce0:	5529                	li	a0,-22
   10ce2:	8082                	ret
   10ce4:	01c5a023          	sw	t3,0(a1)
   10ce8:	4501                	li	a0,0
   10cea:	8082                	ret

00010cec <inet_parse>:
   10cec:	7179                	add	sp,sp,-48
   10cee:	d606                	sw	ra,44(sp)
   10cf0:	d422                	sw	s0,40(sp)
   10cf2:	c62a                	sw	a0,12(sp)
   10cf4:	c115                	beqz	a0,10d18 <inet_parse+0x2c>
   10cf6:	842e                	mv	s0,a1
   10cf8:	0068                	add	a0,sp,12
   10cfa:	086c                	add	a1,sp,28
   10cfc:	3fb5                	jal	10c78 <parse_addr>
   10cfe:	00054d63          	bltz	a0,10d18 <inet_parse+0x2c>
   10d02:	47b2                	lw	a5,12(sp)
   10d04:	0007c783          	lbu	a5,0(a5)
   10d08:	eb81                	bnez	a5,10d18 <inet_parse+0x2c>
   10d0a:	47f2                	lw	a5,28(sp)
   10d0c:	4501                	li	a0,0
   10d0e:	c01c                	sw	a5,0(s0)
   10d10:	50b2                	lw	ra,44(sp)
   10d12:	5422                	lw	s0,40(sp)
   10d14:	6145                	add	sp,sp,48
   10d16:	8082                	ret
   10d18:	5529                	li	a0,-22
   10d1a:	bfdd                	j	10d10 <inet_parse+0x24>

00010d1c <inet_format>:
   10d1c:	88aa                	mv	a7,a0
   10d1e:	46e1                	li	a3,24
   10d20:	00d8d7b3          	srl	a5,a7,a3
   10d24:	852e                	mv	a0,a1
   10d26:	872e                	mv	a4,a1
   10d28:	0ff7f793          	zext.b	a5,a5
   10d2c:	06300593          	li	a1,99
   10d30:	4829                	li	a6,10
   10d32:	4f25                	li	t5,9
   10d34:	06400e93          	li	t4,100
   10d38:	02e00e13          	li	t3,46
   10d3c:	04f5f563          	bgeu	a1,a5,10d86 <inet_format+0x6a>
   10d40:	03d7d633          	divu	a2,a5,t4
   10d44:	00170313          	add	t1,a4,1
   10d48:	03060613          	add	a2,a2,48
   10d4c:	00c70023          	sb	a2,0(a4)
   10d50:	0307d633          	divu	a2,a5,a6
   10d54:	00130713          	add	a4,t1,1
   10d58:	03067633          	remu	a2,a2,a6
   10d5c:	03060613          	add	a2,a2,48
   10d60:	00c30023          	sb	a2,0(t1)
   10d64:	0307f7b3          	remu	a5,a5,a6
   10d68:	03078793          	add	a5,a5,48
   10d6c:	00f70023          	sb	a5,0(a4)
   10d70:	ce99                	beqz	a3,10d8e <inet_format+0x72>
   10d72:	16e1                	add	a3,a3,-8
   10d74:	00d8d7b3          	srl	a5,a7,a3
   10d78:	01c700a3          	sb	t3,1(a4)
   10d7c:	0ff7f793          	zext.b	a5,a5
   10d80:	0709                	add	a4,a4,2
   10d82:	faf5efe3          	bltu	a1,a5,10d40 <inet_format+0x24>
   10d86:	fcff7fe3          	bgeu	t5,a5,10d64 <inet_format+0x48>
   10d8a:	833a                	mv	t1,a4
   10d8c:	b7d1                	j	10d50 <inet_format+0x34>
   10d8e:	000700a3          	sb	zero,1(a4)
   10d92:	8082                	ret

00010d94 <inet_up>:
   10d94:	7179                	add	sp,sp,-48
   10d96:	d04a                	sw	s2,32(sp)
   10d98:	d422                	sw	s0,40(sp)
   10d9a:	d226                	sw	s1,36(sp)
   10d9c:	842a                	mv	s0,a0
   10d9e:	82418513          	add	a0,gp,-2012 # 1803c <inet_mac>
   10da2:	d606                	sw	ra,44(sp)
   10da4:	ce4e                	sw	s3,28(sp)
   10da6:	8201a023          	sw	zero,-2016(gp) # 18038 <inet_self>
   10daa:	298030ef          	jal	14042 <net_info>
   10dae:	0e054f63          	bltz	a0,10eac <inet_up+0x118>
   10db2:	c622                	sw	s0,12(sp)
   10db4:	c051                	beqz	s0,10e38 <inet_up+0xa4>
   10db6:	002c                	add	a1,sp,8
   10db8:	0068                	add	a0,sp,12
   10dba:	3d7d                	jal	10c78 <parse_addr>
   10dbc:	0e054363          	bltz	a0,10ea2 <inet_up+0x10e>
   10dc0:	4732                	lw	a4,12(sp)
   10dc2:	02f00793          	li	a5,47
   10dc6:	4441                	li	s0,16
   10dc8:	00074683          	lbu	a3,0(a4)
   10dcc:	08f68a63          	beq	a3,a5,10e60 <inet_up+0xcc>
   10dd0:	eae9                	bnez	a3,10ea2 <inet_up+0x10e>
   10dd2:	02000793          	li	a5,32
   10dd6:	8f81                	sub	a5,a5,s0
   10dd8:	4922                	lw	s2,8(sp)
   10dda:	59fd                	li	s3,-1
   10ddc:	00f999b3          	sll	s3,s3,a5
   10de0:	fff9c713          	not	a4,s3
   10de4:	012777b3          	and	a5,a4,s2
   10de8:	cfdd                	beqz	a5,10ea6 <inet_up+0x112>
   10dea:	0ae78e63          	beq	a5,a4,10ea6 <inet_up+0x112>
   10dee:	6571                	lui	a0,0x1c
   10df0:	08c00613          	li	a2,140
   10df4:	4581                	li	a1,0
   10df6:	84c50513          	add	a0,a0,-1972 # 1b84c <inet_counters>
   10dfa:	3ac030ef          	jal	141a6 <memset>
   10dfe:	00d000ef          	jal	1160a <inet_arp_reset>
   10e02:	48d000ef          	jal	11a8e <inet_ip_reset>
   10e06:	260010ef          	jal	12066 <inet_udp_reset>
   10e0a:	113020ef          	jal	1371c <inet_tcp_reset>
   10e0e:	81c1a783          	lw	a5,-2020(gp) # 18034 <inet_link_filter>
   10e12:	c789                	beqz	a5,10e1c <inet_up+0x88>
   10e14:	854a                	mv	a0,s2
   10e16:	9782                	jalr	a5
   10e18:	00054963          	bltz	a0,10e2a <inet_up+0x96>
   10e1c:	8131ac23          	sw	s3,-2024(gp) # 18030 <netmask>
   10e20:	8081aa23          	sw	s0,-2028(gp) # 1802c <prefix_len>
   10e24:	8321a023          	sw	s2,-2016(gp) # 18038 <inet_self>
   10e28:	4501                	li	a0,0
   10e2a:	50b2                	lw	ra,44(sp)
   10e2c:	5422                	lw	s0,40(sp)
   10e2e:	5492                	lw	s1,36(sp)
   10e30:	5902                	lw	s2,32(sp)
   10e32:	49f2                	lw	s3,28(sp)
   10e34:	6145                	add	sp,sp,48
   10e36:	8082                	ret
   10e38:	82418913          	add	s2,gp,-2012 # 1803c <inet_mac>
   10e3c:	00495703          	lhu	a4,4(s2)
   10e40:	0a000937          	lui	s2,0xa000
   10e44:	79c1                	lui	s3,0xffff0
   10e46:	00871793          	sll	a5,a4,0x8
   10e4a:	8321                	srl	a4,a4,0x8
   10e4c:	8fd9                	or	a5,a5,a4
   10e4e:	07c2                	sll	a5,a5,0x10
   10e50:	83c1                	srl	a5,a5,0x10
   10e52:	0127e933          	or	s2,a5,s2
   10e56:	6741                	lui	a4,0x10
   10e58:	c44a                	sw	s2,8(sp)
   10e5a:	177d                	add	a4,a4,-1 # ffff <errno+0xffff>
   10e5c:	4441                	li	s0,16
   10e5e:	b769                	j	10de8 <inet_up+0x54>
   10e60:	00174783          	lbu	a5,1(a4)
   10e64:	46a5                	li	a3,9
   10e66:	0705                	add	a4,a4,1
   10e68:	fd078793          	add	a5,a5,-48
   10e6c:	0ff7f793          	zext.b	a5,a5
   10e70:	4401                	li	s0,0
   10e72:	4525                	li	a0,9
   10e74:	4879                	li	a6,30
   10e76:	00f6f863          	bgeu	a3,a5,10e86 <inet_up+0xf2>
   10e7a:	a025                	j	10ea2 <inet_up+0x10e>
   10e7c:	00f60433          	add	s0,a2,a5
   10e80:	0705                	add	a4,a4,1
   10e82:	02884063          	blt	a6,s0,10ea2 <inet_up+0x10e>
   10e86:	00074683          	lbu	a3,0(a4)
   10e8a:	00241793          	sll	a5,s0,0x2
   10e8e:	97a2                	add	a5,a5,s0
   10e90:	fd068613          	add	a2,a3,-48
   10e94:	0ff67593          	zext.b	a1,a2
   10e98:	0786                	sll	a5,a5,0x1
   10e9a:	feb571e3          	bgeu	a0,a1,10e7c <inet_up+0xe8>
   10e9e:	c63a                	sw	a4,12(sp)
   10ea0:	f805                	bnez	s0,10dd0 <inet_up+0x3c>
   10ea2:	5529                	li	a0,-22
   10ea4:	b759                	j	10e2a <inet_up+0x96>
   10ea6:	f9d00513          	li	a0,-99
   10eaa:	b741                	j	10e2a <inet_up+0x96>
   10eac:	5535                	li	a0,-19
   10eae:	bfb5                	j	10e2a <inet_up+0x96>

00010eb0 <inet_addr>:
   10eb0:	8201a503          	lw	a0,-2016(gp) # 18038 <inet_self>
   10eb4:	8082                	ret

00010eb6 <inet_on_link>:
   10eb6:	8201a703          	lw	a4,-2016(gp) # 18038 <inet_self>
   10eba:	87aa                	mv	a5,a0
   10ebc:	4501                	li	a0,0
   10ebe:	c305                	beqz	a4,10ede <inet_on_link+0x28>
   10ec0:	00f70f63          	beq	a4,a5,10ede <inet_on_link+0x28>
   10ec4:	8181a683          	lw	a3,-2024(gp) # 18030 <netmask>
   10ec8:	8f3d                	xor	a4,a4,a5
   10eca:	8f75                	and	a4,a4,a3
   10ecc:	eb09                	bnez	a4,10ede <inet_on_link+0x28>
   10ece:	fff6c693          	not	a3,a3
   10ed2:	8ff5                	and	a5,a5,a3
   10ed4:	c789                	beqz	a5,10ede <inet_on_link+0x28>
   10ed6:	8e9d                	sub	a3,a3,a5
   10ed8:	00d03533          	snez	a0,a3
   10edc:	8082                	ret
   10ede:	8082                	ret

00010ee0 <inet_stats>:
   10ee0:	67f1                	lui	a5,0x1c
   10ee2:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   10ee6:	08c78713          	add	a4,a5,140
   10eea:	0007a883          	lw	a7,0(a5)
   10eee:	0047a803          	lw	a6,4(a5)
   10ef2:	478c                	lw	a1,8(a5)
   10ef4:	47d0                	lw	a2,12(a5)
   10ef6:	4b94                	lw	a3,16(a5)
   10ef8:	01152023          	sw	a7,0(a0)
   10efc:	01052223          	sw	a6,4(a0)
   10f00:	c50c                	sw	a1,8(a0)
   10f02:	c550                	sw	a2,12(a0)
   10f04:	c914                	sw	a3,16(a0)
   10f06:	07d1                	add	a5,a5,20
   10f08:	0551                	add	a0,a0,20
   10f0a:	fee790e3          	bne	a5,a4,10eea <inet_stats+0xa>
   10f0e:	8082                	ret

00010f10 <inet_next_port>:
   10f10:	6761                	lui	a4,0x18
   10f12:	02072783          	lw	a5,32(a4) # 18020 <n.0>
   10f16:	76f1                	lui	a3,0xffffc
   10f18:	01279513          	sll	a0,a5,0x12
   10f1c:	8149                	srl	a0,a0,0x12
   10f1e:	9536                	add	a0,a0,a3
   10f20:	0785                	add	a5,a5,1
   10f22:	0542                	sll	a0,a0,0x10
   10f24:	02f72023          	sw	a5,32(a4)
   10f28:	8141                	srl	a0,a0,0x10
   10f2a:	8082                	ret

00010f2c <inet_frame_get>:
   10f2c:	1141                	add	sp,sp,-16
   10f2e:	c226                	sw	s1,4(sp)
   10f30:	c04a                	sw	s2,0(sp)
   10f32:	64f1                	lui	s1,0x1c
   10f34:	c422                	sw	s0,8(sp)
   10f36:	c606                	sw	ra,12(sp)
   10f38:	81018913          	add	s2,gp,-2032 # 18028 <busy>
   10f3c:	4411                	li	s0,4
   10f3e:	84c48493          	add	s1,s1,-1972 # 1b84c <inet_counters>
   10f42:	874a                	mv	a4,s2
   10f44:	4781                	li	a5,0
   10f46:	00074683          	lbu	a3,0(a4)
   10f4a:	0705                	add	a4,a4,1
   10f4c:	ce89                	beqz	a3,10f66 <inet_frame_get+0x3a>
   10f4e:	0785                	add	a5,a5,1
   10f50:	fe879be3          	bne	a5,s0,10f46 <inet_frame_get+0x1a>
   10f54:	0884a783          	lw	a5,136(s1)
   10f58:	4505                	li	a0,1
   10f5a:	0785                	add	a5,a5,1
   10f5c:	08f4a423          	sw	a5,136(s1)
   10f60:	0c4030ef          	jal	14024 <sleep_ms>
   10f64:	bff9                	j	10f42 <inet_frame_get+0x16>
   10f66:	00179513          	sll	a0,a5,0x1
   10f6a:	993e                	add	s2,s2,a5
   10f6c:	953e                	add	a0,a0,a5
   10f6e:	4785                	li	a5,1
   10f70:	00f90023          	sb	a5,0(s2) # a000000 <_end+0x9f9cb88>
   10f74:	40b2                	lw	ra,12(sp)
   10f76:	4422                	lw	s0,8(sp)
   10f78:	67e9                	lui	a5,0x1a
   10f7a:	0526                	sll	a0,a0,0x9
   10f7c:	04c78793          	add	a5,a5,76 # 1a04c <frames>
   10f80:	4492                	lw	s1,4(sp)
   10f82:	4902                	lw	s2,0(sp)
   10f84:	953e                	add	a0,a0,a5
   10f86:	0141                	add	sp,sp,16
   10f88:	8082                	ret

00010f8a <inet_frame_put>:
   10f8a:	67e9                	lui	a5,0x1a
   10f8c:	6689                	lui	a3,0x2
   10f8e:	04c78793          	add	a5,a5,76 # 1a04c <frames>
   10f92:	80068693          	add	a3,a3,-2048 # 1800 <errno+0x1800>
   10f96:	81018713          	add	a4,gp,-2032 # 18028 <busy>
   10f9a:	96be                	add	a3,a3,a5
   10f9c:	00f50863          	beq	a0,a5,10fac <inet_frame_put+0x22>
   10fa0:	60078793          	add	a5,a5,1536
   10fa4:	0705                	add	a4,a4,1
   10fa6:	fed79be3          	bne	a5,a3,10f9c <inet_frame_put+0x12>
   10faa:	8082                	ret
   10fac:	00070023          	sb	zero,0(a4)
   10fb0:	bfc5                	j	10fa0 <inet_frame_put+0x16>

00010fb2 <inet_eth_send>:
   10fb2:	1141                	add	sp,sp,-16
   10fb4:	c04a                	sw	s2,0(sp)
   10fb6:	8932                	mv	s2,a2
   10fb8:	4619                	li	a2,6
   10fba:	c606                	sw	ra,12(sp)
   10fbc:	c422                	sw	s0,8(sp)
   10fbe:	c226                	sw	s1,4(sp)
   10fc0:	842a                	mv	s0,a0
   10fc2:	00e68493          	add	s1,a3,14
   10fc6:	1a4030ef          	jal	1416a <memcpy>
   10fca:	4619                	li	a2,6
   10fcc:	82418593          	add	a1,gp,-2012 # 1803c <inet_mac>
   10fd0:	00640513          	add	a0,s0,6
   10fd4:	196030ef          	jal	1416a <memcpy>
   10fd8:	00895793          	srl	a5,s2,0x8
   10fdc:	00f40623          	sb	a5,12(s0)
   10fe0:	012406a3          	sb	s2,13(s0)
   10fe4:	03b00793          	li	a5,59
   10fe8:	0297f563          	bgeu	a5,s1,11012 <inet_eth_send+0x60>
   10fec:	85a6                	mv	a1,s1
   10fee:	8522                	mv	a0,s0
   10ff0:	05e030ef          	jal	1404e <net_send>
   10ff4:	02054a63          	bltz	a0,11028 <inet_eth_send+0x76>
   10ff8:	67f1                	lui	a5,0x1c
   10ffa:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   10ffe:	43d8                	lw	a4,4(a5)
   11000:	4501                	li	a0,0
   11002:	0705                	add	a4,a4,1
   11004:	c3d8                	sw	a4,4(a5)
   11006:	40b2                	lw	ra,12(sp)
   11008:	4422                	lw	s0,8(sp)
   1100a:	4492                	lw	s1,4(sp)
   1100c:	4902                	lw	s2,0(sp)
   1100e:	0141                	add	sp,sp,16
   11010:	8082                	ret
   11012:	03c00613          	li	a2,60
   11016:	8e05                	sub	a2,a2,s1
   11018:	00940533          	add	a0,s0,s1
   1101c:	4581                	li	a1,0
   1101e:	188030ef          	jal	141a6 <memset>
   11022:	03c00493          	li	s1,60
   11026:	b7d9                	j	10fec <inet_eth_send+0x3a>
   11028:	f9c00513          	li	a0,-100
   1102c:	bfe9                	j	11006 <inet_eth_send+0x54>

0001102e <inet_wait>:
   1102e:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11032:	1c078963          	beqz	a5,11204 <inet_wait+0x1d6>
   11036:	1101                	add	sp,sp,-32
   11038:	ca26                	sw	s1,20(sp)
   1103a:	c256                	sw	s5,4(sp)
   1103c:	6af1                	lui	s5,0x1c
   1103e:	cc22                	sw	s0,24(sp)
   11040:	c84a                	sw	s2,16(sp)
   11042:	c64e                	sw	s3,12(sp)
   11044:	ce06                	sw	ra,28(sp)
   11046:	c452                	sw	s4,8(sp)
   11048:	89aa                	mv	s3,a0
   1104a:	892e                	mv	s2,a1
   1104c:	81018493          	add	s1,gp,-2032 # 18028 <busy>
   11050:	4411                	li	s0,4
   11052:	84ca8a93          	add	s5,s5,-1972 # 1b84c <inet_counters>
   11056:	8a26                	mv	s4,s1
   11058:	8726                	mv	a4,s1
   1105a:	4781                	li	a5,0
   1105c:	00074683          	lbu	a3,0(a4)
   11060:	0705                	add	a4,a4,1
   11062:	ce89                	beqz	a3,1107c <inet_wait+0x4e>
   11064:	0785                	add	a5,a5,1
   11066:	fe879be3          	bne	a5,s0,1105c <inet_wait+0x2e>
   1106a:	088aa783          	lw	a5,136(s5)
   1106e:	4505                	li	a0,1
   11070:	0785                	add	a5,a5,1
   11072:	08faa423          	sw	a5,136(s5)
   11076:	7af020ef          	jal	14024 <sleep_ms>
   1107a:	bff1                	j	11056 <inet_wait+0x28>
   1107c:	00179a93          	sll	s5,a5,0x1
   11080:	9abe                	add	s5,s5,a5
   11082:	6469                	lui	s0,0x1a
   11084:	0aa6                	sll	s5,s5,0x9
   11086:	04c40413          	add	s0,s0,76 # 1a04c <frames>
   1108a:	9aa2                	add	s5,s5,s0
   1108c:	94be                	add	s1,s1,a5
   1108e:	8556                	mv	a0,s5
   11090:	4785                	li	a5,1
   11092:	00f48023          	sb	a5,0(s1)
   11096:	3ead                	jal	10c10 <run_timers>
   11098:	0cb97763          	bgeu	s2,a1,11166 <inet_wait+0x138>
   1109c:	854e                	mv	a0,s3
   1109e:	85ca                	mv	a1,s2
   110a0:	c81027f3          	rdtimeh	a5
   110a4:	c01026f3          	rdtime	a3
   110a8:	c8102773          	rdtimeh	a4
   110ac:	fee79ae3          	bne	a5,a4,110a0 <inet_wait+0x72>
   110b0:	80c1a483          	lw	s1,-2036(gp) # 18024 <pollers>
   110b4:	08b7ff63          	bgeu	a5,a1,11152 <inet_wait+0x124>
   110b8:	6609                	lui	a2,0x2
   110ba:	70f60613          	add	a2,a2,1807 # 270f <errno+0x270f>
   110be:	962a                	add	a2,a2,a0
   110c0:	00a63733          	sltu	a4,a2,a0
   110c4:	972e                	add	a4,a4,a1
   110c6:	40d60533          	sub	a0,a2,a3
   110ca:	00a635b3          	sltu	a1,a2,a0
   110ce:	40f707b3          	sub	a5,a4,a5
   110d2:	6609                	lui	a2,0x2
   110d4:	4681                	li	a3,0
   110d6:	71060613          	add	a2,a2,1808 # 2710 <errno+0x2710>
   110da:	40b785b3          	sub	a1,a5,a1
   110de:	373040ef          	jal	15c50 <__udivdi3>
   110e2:	86aa                	mv	a3,a0
   110e4:	e8d5                	bnez	s1,11198 <inet_wait+0x16a>
   110e6:	3e800713          	li	a4,1000
   110ea:	3e800613          	li	a2,1000
   110ee:	00148793          	add	a5,s1,1
   110f2:	80f1a623          	sw	a5,-2036(gp) # 18024 <pollers>
   110f6:	0e058c63          	beqz	a1,111ee <inet_wait+0x1c0>
   110fa:	60000593          	li	a1,1536
   110fe:	8556                	mv	a0,s5
   11100:	759020ef          	jal	14058 <net_recv>
   11104:	80c1a783          	lw	a5,-2036(gp) # 18024 <pollers>
   11108:	fff50713          	add	a4,a0,-1
   1110c:	84aa                	mv	s1,a0
   1110e:	17fd                	add	a5,a5,-1
   11110:	80f1a623          	sw	a5,-2036(gp) # 18024 <pollers>
   11114:	5e900793          	li	a5,1513
   11118:	04e7ff63          	bgeu	a5,a4,11176 <inet_wait+0x148>
   1111c:	8556                	mv	a0,s5
   1111e:	3ccd                	jal	10c10 <run_timers>
   11120:	6709                	lui	a4,0x2
   11122:	80070713          	add	a4,a4,-2048 # 1800 <errno+0x1800>
   11126:	87a2                	mv	a5,s0
   11128:	9722                	add	a4,a4,s0
   1112a:	04fa8363          	beq	s5,a5,11170 <inet_wait+0x142>
   1112e:	60078793          	add	a5,a5,1536
   11132:	0a05                	add	s4,s4,1
   11134:	fef71be3          	bne	a4,a5,1112a <inet_wait+0xfc>
   11138:	0a04cf63          	bltz	s1,111f6 <inet_wait+0x1c8>
   1113c:	00902533          	sgtz	a0,s1
   11140:	40f2                	lw	ra,28(sp)
   11142:	4462                	lw	s0,24(sp)
   11144:	44d2                	lw	s1,20(sp)
   11146:	4942                	lw	s2,16(sp)
   11148:	49b2                	lw	s3,12(sp)
   1114a:	4a22                	lw	s4,8(sp)
   1114c:	4a92                	lw	s5,4(sp)
   1114e:	6105                	add	sp,sp,32
   11150:	8082                	ret
   11152:	00f59463          	bne	a1,a5,1115a <inet_wait+0x12c>
   11156:	f6a6e1e3          	bltu	a3,a0,110b8 <inet_wait+0x8a>
   1115a:	00148793          	add	a5,s1,1
   1115e:	80f1a623          	sw	a5,-2036(gp) # 18024 <pollers>
   11162:	4601                	li	a2,0
   11164:	bf59                	j	110fa <inet_wait+0xcc>
   11166:	f3259de3          	bne	a1,s2,110a0 <inet_wait+0x72>
   1116a:	f2a9fbe3          	bgeu	s3,a0,110a0 <inet_wait+0x72>
   1116e:	b73d                	j	1109c <inet_wait+0x6e>
   11170:	000a0023          	sb	zero,0(s4)
   11174:	bf6d                	j	1112e <inet_wait+0x100>
   11176:	6971                	lui	s2,0x1c
   11178:	84c90913          	add	s2,s2,-1972 # 1b84c <inet_counters>
   1117c:	00092783          	lw	a5,0(s2)
   11180:	4735                	li	a4,13
   11182:	0785                	add	a5,a5,1
   11184:	00f92023          	sw	a5,0(s2)
   11188:	00a76b63          	bltu	a4,a0,1119e <inet_wait+0x170>
   1118c:	00892783          	lw	a5,8(s2)
   11190:	0785                	add	a5,a5,1
   11192:	00f92423          	sw	a5,8(s2)
   11196:	b759                	j	1111c <inet_wait+0xee>
   11198:	4729                	li	a4,10
   1119a:	4629                	li	a2,10
   1119c:	bf89                	j	110ee <inet_wait+0xc0>
   1119e:	00cad783          	lhu	a5,12(s5)
   111a2:	4619                	li	a2,6
   111a4:	00879993          	sll	s3,a5,0x8
   111a8:	83a1                	srl	a5,a5,0x8
   111aa:	00f9e9b3          	or	s3,s3,a5
   111ae:	09c2                	sll	s3,s3,0x10
   111b0:	82418593          	add	a1,gp,-2012 # 1803c <inet_mac>
   111b4:	8556                	mv	a0,s5
   111b6:	0109d993          	srl	s3,s3,0x10
   111ba:	092030ef          	jal	1424c <memcmp>
   111be:	ed19                	bnez	a0,111dc <inet_wait+0x1ae>
   111c0:	6785                	lui	a5,0x1
   111c2:	80678793          	add	a5,a5,-2042 # 806 <errno+0x806>
   111c6:	02f98b63          	beq	s3,a5,111fc <inet_wait+0x1ce>
   111ca:	80098993          	add	s3,s3,-2048 # fffef800 <_end+0xfff8c388>
   111ce:	fa099fe3          	bnez	s3,1118c <inet_wait+0x15e>
   111d2:	85a6                	mv	a1,s1
   111d4:	8556                	mv	a0,s5
   111d6:	26f000ef          	jal	11c44 <inet_ip_input>
   111da:	b789                	j	1111c <inet_wait+0xee>
   111dc:	65e1                	lui	a1,0x18
   111de:	4619                	li	a2,6
   111e0:	ce458593          	add	a1,a1,-796 # 17ce4 <broadcast>
   111e4:	8556                	mv	a0,s5
   111e6:	066030ef          	jal	1424c <memcmp>
   111ea:	d979                	beqz	a0,111c0 <inet_wait+0x192>
   111ec:	b745                	j	1118c <inet_wait+0x15e>
   111ee:	f0d766e3          	bltu	a4,a3,110fa <inet_wait+0xcc>
   111f2:	862a                	mv	a2,a0
   111f4:	b719                	j	110fa <inet_wait+0xcc>
   111f6:	f9c00513          	li	a0,-100
   111fa:	b799                	j	11140 <inet_wait+0x112>
   111fc:	85a6                	mv	a1,s1
   111fe:	8556                	mv	a0,s5
   11200:	21b9                	jal	1164e <inet_arp_input>
   11202:	bf29                	j	1111c <inet_wait+0xee>
   11204:	f9c00513          	li	a0,-100
   11208:	8082                	ret

0001120a <inet_block>:
   1120a:	1101                	add	sp,sp,-32
   1120c:	cc22                	sw	s0,24(sp)
   1120e:	ca26                	sw	s1,20(sp)
   11210:	c84a                	sw	s2,16(sp)
   11212:	c64e                	sw	s3,12(sp)
   11214:	c452                	sw	s4,8(sp)
   11216:	ce06                	sw	ra,28(sp)
   11218:	89aa                	mv	s3,a0
   1121a:	892e                	mv	s2,a1
   1121c:	8a32                	mv	s4,a2
   1121e:	84b6                	mv	s1,a3
   11220:	4401                	li	s0,0
   11222:	a039                	j	11230 <inet_block+0x26>
   11224:	8552                	mv	a0,s4
   11226:	85a6                	mv	a1,s1
   11228:	3519                	jal	1102e <inet_wait>
   1122a:	4405                	li	s0,1
   1122c:	02054663          	bltz	a0,11258 <inet_block+0x4e>
   11230:	854a                	mv	a0,s2
   11232:	9982                	jalr	s3
   11234:	e115                	bnez	a0,11258 <inet_block+0x4e>
   11236:	d47d                	beqz	s0,11224 <inet_block+0x1a>
   11238:	c81027f3          	rdtimeh	a5
   1123c:	c0102873          	rdtime	a6
   11240:	c8102773          	rdtimeh	a4
   11244:	fee79ae3          	bne	a5,a4,11238 <inet_block+0x2e>
   11248:	fc97eee3          	bltu	a5,s1,11224 <inet_block+0x1a>
   1124c:	00f49463          	bne	s1,a5,11254 <inet_block+0x4a>
   11250:	fd486ae3          	bltu	a6,s4,11224 <inet_block+0x1a>
   11254:	f9200513          	li	a0,-110
   11258:	40f2                	lw	ra,28(sp)
   1125a:	4462                	lw	s0,24(sp)
   1125c:	44d2                	lw	s1,20(sp)
   1125e:	4942                	lw	s2,16(sp)
   11260:	49b2                	lw	s3,12(sp)
   11262:	4a22                	lw	s4,8(sp)
   11264:	6105                	add	sp,sp,32
   11266:	8082                	ret

00011268 <inet_poll>:
   11268:	1141                	add	sp,sp,-16
   1126a:	c606                	sw	ra,12(sp)
   1126c:	c422                	sw	s0,8(sp)
   1126e:	c226                	sw	s1,4(sp)
   11270:	c8102773          	rdtimeh	a4
   11274:	c01027f3          	rdtime	a5
   11278:	c81026f3          	rdtimeh	a3
   1127c:	fed71ae3          	bne	a4,a3,11270 <inet_poll+0x8>
   11280:	6689                	lui	a3,0x2
   11282:	71068693          	add	a3,a3,1808 # 2710 <errno+0x2710>
   11286:	02d504b3          	mul	s1,a0,a3
   1128a:	02d53533          	mulhu	a0,a0,a3
   1128e:	94be                	add	s1,s1,a5
   11290:	00f4b7b3          	sltu	a5,s1,a5
   11294:	972a                	add	a4,a4,a0
   11296:	00e78433          	add	s0,a5,a4
   1129a:	8526                	mv	a0,s1
   1129c:	85a2                	mv	a1,s0
   1129e:	3b41                	jal	1102e <inet_wait>
   112a0:	ed19                	bnez	a0,112be <inet_poll+0x56>
   112a2:	c81027f3          	rdtimeh	a5
   112a6:	c01026f3          	rdtime	a3
   112aa:	c8102773          	rdtimeh	a4
   112ae:	fee79ae3          	bne	a5,a4,112a2 <inet_poll+0x3a>
   112b2:	fe87e4e3          	bltu	a5,s0,1129a <inet_poll+0x32>
   112b6:	00f41463          	bne	s0,a5,112be <inet_poll+0x56>
   112ba:	fe96e0e3          	bltu	a3,s1,1129a <inet_poll+0x32>
   112be:	40b2                	lw	ra,12(sp)
   112c0:	4422                	lw	s0,8(sp)
   112c2:	4492                	lw	s1,4(sp)
   112c4:	0141                	add	sp,sp,16
   112c6:	8082                	ret

000112c8 <inet_sum>:
   112c8:	4785                	li	a5,1
   112ca:	86aa                	mv	a3,a0
   112cc:	8532                	mv	a0,a2
   112ce:	02b7fe63          	bgeu	a5,a1,1130a <inet_sum+0x42>
   112d2:	ffe58613          	add	a2,a1,-2
   112d6:	9a79                	and	a2,a2,-2
   112d8:	0609                	add	a2,a2,2
   112da:	9636                	add	a2,a2,a3
   112dc:	0016c783          	lbu	a5,1(a3)
   112e0:	0006c703          	lbu	a4,0(a3)
   112e4:	0689                	add	a3,a3,2
   112e6:	07a2                	sll	a5,a5,0x8
   112e8:	8fd9                	or	a5,a5,a4
   112ea:	00879713          	sll	a4,a5,0x8
   112ee:	83a1                	srl	a5,a5,0x8
   112f0:	8fd9                	or	a5,a5,a4
   112f2:	07c2                	sll	a5,a5,0x10
   112f4:	83c1                	srl	a5,a5,0x10
   112f6:	953e                	add	a0,a0,a5
   112f8:	fec692e3          	bne	a3,a2,112dc <inet_sum+0x14>
   112fc:	8985                	and	a1,a1,1
   112fe:	c589                	beqz	a1,11308 <inet_sum+0x40>
   11300:	00064783          	lbu	a5,0(a2)
   11304:	07a2                	sll	a5,a5,0x8
   11306:	953e                	add	a0,a0,a5
   11308:	8082                	ret
   1130a:	8636                	mv	a2,a3
   1130c:	bfcd                	j	112fe <inet_sum+0x36>

0001130e <inet_fold>:
   1130e:	01055713          	srl	a4,a0,0x10
   11312:	cb11                	beqz	a4,11326 <inet_fold+0x18>
   11314:	67c1                	lui	a5,0x10
   11316:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   11318:	8d7d                	and	a0,a0,a5
   1131a:	953a                	add	a0,a0,a4
   1131c:	01055713          	srl	a4,a0,0x10
   11320:	c319                	beqz	a4,11326 <inet_fold+0x18>
   11322:	8d7d                	and	a0,a0,a5
   11324:	0505                	add	a0,a0,1
   11326:	fff54513          	not	a0,a0
   1132a:	0542                	sll	a0,a0,0x10
   1132c:	8141                	srl	a0,a0,0x10
   1132e:	8082                	ret

00011330 <inet_pseudo_sum>:
   11330:	6741                	lui	a4,0x10
   11332:	177d                	add	a4,a4,-1 # ffff <errno+0xffff>
   11334:	9636                	add	a2,a2,a3
   11336:	0105d793          	srl	a5,a1,0x10
   1133a:	97b2                	add	a5,a5,a2
   1133c:	8df9                	and	a1,a1,a4
   1133e:	01055693          	srl	a3,a0,0x10
   11342:	97ae                	add	a5,a5,a1
   11344:	97b6                	add	a5,a5,a3
   11346:	8d79                	and	a0,a0,a4
   11348:	953e                	add	a0,a0,a5
   1134a:	8082                	ret

0001134c <inet_strerror>:
   1134c:	41f55793          	sra	a5,a0,0x1f
   11350:	8d3d                	xor	a0,a0,a5
   11352:	8d1d                	sub	a0,a0,a5
   11354:	07100793          	li	a5,113
   11358:	00a7c963          	blt	a5,a0,1136a <inet_strerror+0x1e>
   1135c:	67dd                	lui	a5,0x17
   1135e:	050a                	sll	a0,a0,0x2
   11360:	61478793          	add	a5,a5,1556 # 17614 <CSWTCH.75>
   11364:	97aa                	add	a5,a5,a0
   11366:	4388                	lw	a0,0(a5)
   11368:	8082                	ret
   1136a:	655d                	lui	a0,0x17
   1136c:	4bc50513          	add	a0,a0,1212 # 174bc <__riscv_restore_0+0x1192>
   11370:	8082                	ret

00011372 <find>:
   11372:	67f5                	lui	a5,0x1d
   11374:	0a878313          	add	t1,a5,168 # 1d0a8 <cache>
   11378:	4681                	li	a3,0
   1137a:	0a878793          	add	a5,a5,168
   1137e:	4809                	li	a6,2
   11380:	48a1                	li	a7,8
   11382:	a809                	j	11394 <find+0x22>
   11384:	c701                	beqz	a4,1138c <find+0x1a>
   11386:	4398                	lw	a4,0(a5)
   11388:	04a70563          	beq	a4,a0,113d2 <find+0x60>
   1138c:	0685                	add	a3,a3,1
   1138e:	07e1                	add	a5,a5,24
   11390:	03168963          	beq	a3,a7,113c2 <find+0x50>
   11394:	00a7c703          	lbu	a4,10(a5)
   11398:	ff0716e3          	bne	a4,a6,11384 <find+0x12>
   1139c:	c8102773          	rdtimeh	a4
   113a0:	c01025f3          	rdtime	a1
   113a4:	c8102673          	rdtimeh	a2
   113a8:	fec71ae3          	bne	a4,a2,1139c <find+0x2a>
   113ac:	4bd0                	lw	a2,20(a5)
   113ae:	fcc76ce3          	bltu	a4,a2,11386 <find+0x14>
   113b2:	00e60a63          	beq	a2,a4,113c6 <find+0x54>
   113b6:	00078523          	sb	zero,10(a5)
   113ba:	0685                	add	a3,a3,1
   113bc:	07e1                	add	a5,a5,24
   113be:	fd169be3          	bne	a3,a7,11394 <find+0x22>
   113c2:	4501                	li	a0,0
   113c4:	8082                	ret
   113c6:	4b98                	lw	a4,16(a5)
   113c8:	fee5f7e3          	bgeu	a1,a4,113b6 <find+0x44>
   113cc:	4398                	lw	a4,0(a5)
   113ce:	faa71fe3          	bne	a4,a0,1138c <find+0x1a>
   113d2:	00169793          	sll	a5,a3,0x1
   113d6:	97b6                	add	a5,a5,a3
   113d8:	078e                	sll	a5,a5,0x3
   113da:	00f30533          	add	a0,t1,a5
   113de:	8082                	ret

000113e0 <take_slot>:
   113e0:	67f5                	lui	a5,0x1d
   113e2:	0b27c703          	lbu	a4,178(a5) # 1d0b2 <cache+0xa>
   113e6:	66f5                	lui	a3,0x1d
   113e8:	0a868793          	add	a5,a3,168 # 1d0a8 <cache>
   113ec:	0c078593          	add	a1,a5,192
   113f0:	c731                	beqz	a4,1143c <take_slot+0x5c>
   113f2:	0a868693          	add	a3,a3,168
   113f6:	4809                	li	a6,2
   113f8:	4305                	li	t1,1
   113fa:	8536                	mv	a0,a3
   113fc:	07e1                	add	a5,a5,24
   113fe:	06b78663          	beq	a5,a1,1146a <take_slot+0x8a>
   11402:	00a7c703          	lbu	a4,10(a5)
   11406:	86be                	mv	a3,a5
   11408:	cf31                	beqz	a4,11464 <take_slot+0x84>
   1140a:	00a54603          	lbu	a2,10(a0)
   1140e:	03070a63          	beq	a4,a6,11442 <take_slot+0x62>
   11412:	fec715e3          	bne	a4,a2,113fc <take_slot+0x1c>
   11416:	01452883          	lw	a7,20(a0)
   1141a:	4bd8                	lw	a4,20(a5)
   1141c:	03177663          	bgeu	a4,a7,11448 <take_slot+0x68>
   11420:	07e1                	add	a5,a5,24
   11422:	04b78363          	beq	a5,a1,11468 <take_slot+0x88>
   11426:	00a7c703          	lbu	a4,10(a5)
   1142a:	853e                	mv	a0,a5
   1142c:	cf0d                	beqz	a4,11466 <take_slot+0x86>
   1142e:	00a6c603          	lbu	a2,10(a3)
   11432:	8536                	mv	a0,a3
   11434:	86be                	mv	a3,a5
   11436:	fd071ee3          	bne	a4,a6,11412 <take_slot+0x32>
   1143a:	a021                	j	11442 <take_slot+0x62>
   1143c:	0a868513          	add	a0,a3,168
   11440:	8082                	ret
   11442:	fc6618e3          	bne	a2,t1,11412 <take_slot+0x32>
   11446:	bf55                	j	113fa <take_slot+0x1a>
   11448:	00e89763          	bne	a7,a4,11456 <take_slot+0x76>
   1144c:	01052883          	lw	a7,16(a0)
   11450:	4b98                	lw	a4,16(a5)
   11452:	fd1767e3          	bltu	a4,a7,11420 <take_slot+0x40>
   11456:	07e1                	add	a5,a5,24
   11458:	00b78963          	beq	a5,a1,1146a <take_slot+0x8a>
   1145c:	00a7c703          	lbu	a4,10(a5)
   11460:	86be                	mv	a3,a5
   11462:	f755                	bnez	a4,1140e <take_slot+0x2e>
   11464:	853e                	mv	a0,a5
   11466:	8082                	ret
   11468:	8536                	mv	a0,a3
   1146a:	00a54703          	lbu	a4,10(a0)
   1146e:	4785                	li	a5,1
   11470:	fef71be3          	bne	a4,a5,11466 <take_slot+0x86>
   11474:	67f1                	lui	a5,0x1c
   11476:	6705                	lui	a4,0x1
   11478:	4110                	lw	a2,0(a0)
   1147a:	8d878793          	add	a5,a5,-1832 # 1b8d8 <waiting>
   1147e:	7d070713          	add	a4,a4,2000 # 17d0 <errno+0x17d0>
   11482:	973e                	add	a4,a4,a5
   11484:	43d4                	lw	a3,4(a5)
   11486:	ce81                	beqz	a3,1149e <take_slot+0xbe>
   11488:	4394                	lw	a3,0(a5)
   1148a:	00d61a63          	bne	a2,a3,1149e <take_slot+0xbe>
   1148e:	66f1                	lui	a3,0x1c
   11490:	84c68693          	add	a3,a3,-1972 # 1b84c <inet_counters>
   11494:	4e8c                	lw	a1,24(a3)
   11496:	0007a223          	sw	zero,4(a5)
   1149a:	0585                	add	a1,a1,1
   1149c:	ce8c                	sw	a1,24(a3)
   1149e:	5f478793          	add	a5,a5,1524
   114a2:	fef711e3          	bne	a4,a5,11484 <take_slot+0xa4>
   114a6:	8082                	ret

000114a8 <learn>:
   114a8:	1101                	add	sp,sp,-32
   114aa:	cc22                	sw	s0,24(sp)
   114ac:	c84a                	sw	s2,16(sp)
   114ae:	c64e                	sw	s3,12(sp)
   114b0:	ce06                	sw	ra,28(sp)
   114b2:	ca26                	sw	s1,20(sp)
   114b4:	89ae                	mv	s3,a1
   114b6:	00450913          	add	s2,a0,4
   114ba:	842a                	mv	s0,a0
   114bc:	85b2                	mv	a1,a2
   114be:	01352023          	sw	s3,0(a0)
   114c2:	4619                	li	a2,6
   114c4:	854a                	mv	a0,s2
   114c6:	4a5020ef          	jal	1416a <memcpy>
   114ca:	4789                	li	a5,2
   114cc:	00f40523          	sb	a5,10(s0)
   114d0:	c81027f3          	rdtimeh	a5
   114d4:	c01026f3          	rdtime	a3
   114d8:	c8102773          	rdtimeh	a4
   114dc:	fee79ae3          	bne	a5,a4,114d0 <learn+0x28>
   114e0:	23c34737          	lui	a4,0x23c34
   114e4:	60070713          	add	a4,a4,1536 # 23c34600 <_end+0x23bd1188>
   114e8:	9736                	add	a4,a4,a3
   114ea:	00d736b3          	sltu	a3,a4,a3
   114ee:	96be                	add	a3,a3,a5
   114f0:	64f1                	lui	s1,0x1c
   114f2:	6785                	lui	a5,0x1
   114f4:	c818                	sw	a4,16(s0)
   114f6:	c854                	sw	a3,20(s0)
   114f8:	8d848493          	add	s1,s1,-1832 # 1b8d8 <waiting>
   114fc:	6471                	lui	s0,0x1c
   114fe:	7d978793          	add	a5,a5,2009 # 17d9 <errno+0x17d9>
   11502:	8e140413          	add	s0,s0,-1823 # 1b8e1 <waiting+0x9>
   11506:	94be                	add	s1,s1,a5
   11508:	ffb42683          	lw	a3,-5(s0)
   1150c:	c689                	beqz	a3,11516 <learn+0x6e>
   1150e:	ff742783          	lw	a5,-9(s0)
   11512:	01378d63          	beq	a5,s3,1152c <learn+0x84>
   11516:	5f440413          	add	s0,s0,1524
   1151a:	fe9417e3          	bne	s0,s1,11508 <learn+0x60>
   1151e:	40f2                	lw	ra,28(sp)
   11520:	4462                	lw	s0,24(sp)
   11522:	44d2                	lw	s1,20(sp)
   11524:	4942                	lw	s2,16(sp)
   11526:	49b2                	lw	s3,12(sp)
   11528:	6105                	add	sp,sp,32
   1152a:	8082                	ret
   1152c:	4785                	li	a5,1
   1152e:	6605                	lui	a2,0x1
   11530:	8522                	mv	a0,s0
   11532:	80060613          	add	a2,a2,-2048 # 800 <errno+0x800>
   11536:	85ca                	mv	a1,s2
   11538:	fe042da3          	sw	zero,-5(s0)
   1153c:	fef40fa3          	sb	a5,-1(s0)
   11540:	a73ff0ef          	jal	10fb2 <inet_eth_send>
   11544:	fe040fa3          	sb	zero,-1(s0)
   11548:	b7f9                	j	11516 <learn+0x6e>

0001154a <send_arp>:
   1154a:	1101                	add	sp,sp,-32
   1154c:	ce06                	sw	ra,28(sp)
   1154e:	cc22                	sw	s0,24(sp)
   11550:	ca26                	sw	s1,20(sp)
   11552:	c84a                	sw	s2,16(sp)
   11554:	c64e                	sw	s3,12(sp)
   11556:	842a                	mv	s0,a0
   11558:	00050723          	sb	zero,14(a0)
   1155c:	4505                	li	a0,1
   1155e:	00a407a3          	sb	a0,15(s0)
   11562:	4521                	li	a0,8
   11564:	00a40823          	sb	a0,16(s0)
   11568:	4519                	li	a0,6
   1156a:	87ae                	mv	a5,a1
   1156c:	00a40923          	sb	a0,18(s0)
   11570:	4511                	li	a0,4
   11572:	8932                	mv	s2,a2
   11574:	82418593          	add	a1,gp,-2012 # 1803c <inet_mac>
   11578:	4619                	li	a2,6
   1157a:	00a409a3          	sb	a0,19(s0)
   1157e:	00f40aa3          	sb	a5,21(s0)
   11582:	000408a3          	sb	zero,17(s0)
   11586:	00040a23          	sb	zero,20(s0)
   1158a:	01640513          	add	a0,s0,22
   1158e:	84ba                	mv	s1,a4
   11590:	89b6                	mv	s3,a3
   11592:	3d9020ef          	jal	1416a <memcpy>
   11596:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   1159a:	4619                	li	a2,6
   1159c:	85ce                	mv	a1,s3
   1159e:	0187d513          	srl	a0,a5,0x18
   115a2:	0107d693          	srl	a3,a5,0x10
   115a6:	0087d713          	srl	a4,a5,0x8
   115aa:	00a40e23          	sb	a0,28(s0)
   115ae:	00d40ea3          	sb	a3,29(s0)
   115b2:	00e40f23          	sb	a4,30(s0)
   115b6:	00f40fa3          	sb	a5,31(s0)
   115ba:	02040513          	add	a0,s0,32
   115be:	3ad020ef          	jal	1416a <memcpy>
   115c2:	0184d693          	srl	a3,s1,0x18
   115c6:	0104d713          	srl	a4,s1,0x10
   115ca:	0084d793          	srl	a5,s1,0x8
   115ce:	6605                	lui	a2,0x1
   115d0:	02d40323          	sb	a3,38(s0)
   115d4:	02e403a3          	sb	a4,39(s0)
   115d8:	02f40423          	sb	a5,40(s0)
   115dc:	029404a3          	sb	s1,41(s0)
   115e0:	46f1                	li	a3,28
   115e2:	80660613          	add	a2,a2,-2042 # 806 <errno+0x806>
   115e6:	85ca                	mv	a1,s2
   115e8:	8522                	mv	a0,s0
   115ea:	9c9ff0ef          	jal	10fb2 <inet_eth_send>
   115ee:	e519                	bnez	a0,115fc <send_arp+0xb2>
   115f0:	67f1                	lui	a5,0x1c
   115f2:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   115f6:	4b98                	lw	a4,16(a5)
   115f8:	0705                	add	a4,a4,1
   115fa:	cb98                	sw	a4,16(a5)
   115fc:	40f2                	lw	ra,28(sp)
   115fe:	4462                	lw	s0,24(sp)
   11600:	44d2                	lw	s1,20(sp)
   11602:	4942                	lw	s2,16(sp)
   11604:	49b2                	lw	s3,12(sp)
   11606:	6105                	add	sp,sp,32
   11608:	8082                	ret

0001160a <inet_arp_reset>:
   1160a:	6575                	lui	a0,0x1d
   1160c:	1141                	add	sp,sp,-16
   1160e:	0c000613          	li	a2,192
   11612:	4581                	li	a1,0
   11614:	0a850513          	add	a0,a0,168 # 1d0a8 <cache>
   11618:	c606                	sw	ra,12(sp)
   1161a:	38d020ef          	jal	141a6 <memset>
   1161e:	67f1                	lui	a5,0x1c
   11620:	8d878793          	add	a5,a5,-1832 # 1b8d8 <waiting>
   11624:	6705                	lui	a4,0x1
   11626:	973e                	add	a4,a4,a5
   11628:	00078423          	sb	zero,8(a5)
   1162c:	5e078e23          	sb	zero,1532(a5)
   11630:	be070823          	sb	zero,-1040(a4) # bf0 <errno+0xbf0>
   11634:	1e070223          	sb	zero,484(a4)
   11638:	40b2                	lw	ra,12(sp)
   1163a:	0007a223          	sw	zero,4(a5)
   1163e:	5e07ac23          	sw	zero,1528(a5)
   11642:	be072623          	sw	zero,-1044(a4)
   11646:	1e072023          	sw	zero,480(a4)
   1164a:	0141                	add	sp,sp,16
   1164c:	8082                	ret

0001164e <inet_arp_input>:
   1164e:	67f1                	lui	a5,0x1c
   11650:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   11654:	47d8                	lw	a4,12(a5)
   11656:	0705                	add	a4,a4,1
   11658:	c7d8                	sw	a4,12(a5)
   1165a:	02900713          	li	a4,41
   1165e:	0eb77063          	bgeu	a4,a1,1173e <inet_arp_input+0xf0>
   11662:	7179                	add	sp,sp,-48
   11664:	d422                	sw	s0,40(sp)
   11666:	d606                	sw	ra,44(sp)
   11668:	d226                	sw	s1,36(sp)
   1166a:	d04a                	sw	s2,32(sp)
   1166c:	ce4e                	sw	s3,28(sp)
   1166e:	00f54703          	lbu	a4,15(a0)
   11672:	00e54603          	lbu	a2,14(a0)
   11676:	10000693          	li	a3,256
   1167a:	0722                	sll	a4,a4,0x8
   1167c:	8f51                	or	a4,a4,a2
   1167e:	842a                	mv	s0,a0
   11680:	00d70c63          	beq	a4,a3,11698 <inet_arp_input+0x4a>
   11684:	4798                	lw	a4,8(a5)
   11686:	0705                	add	a4,a4,1
   11688:	c798                	sw	a4,8(a5)
   1168a:	50b2                	lw	ra,44(sp)
   1168c:	5422                	lw	s0,40(sp)
   1168e:	5492                	lw	s1,36(sp)
   11690:	5902                	lw	s2,32(sp)
   11692:	49f2                	lw	s3,28(sp)
   11694:	6145                	add	sp,sp,48
   11696:	8082                	ret
   11698:	01154703          	lbu	a4,17(a0)
   1169c:	01054603          	lbu	a2,16(a0)
   116a0:	46a1                	li	a3,8
   116a2:	0722                	sll	a4,a4,0x8
   116a4:	8f51                	or	a4,a4,a2
   116a6:	fcd71fe3          	bne	a4,a3,11684 <inet_arp_input+0x36>
   116aa:	01254683          	lbu	a3,18(a0)
   116ae:	4719                	li	a4,6
   116b0:	fce69ae3          	bne	a3,a4,11684 <inet_arp_input+0x36>
   116b4:	01354683          	lbu	a3,19(a0)
   116b8:	4711                	li	a4,4
   116ba:	fce695e3          	bne	a3,a4,11684 <inet_arp_input+0x36>
   116be:	01c54483          	lbu	s1,28(a0)
   116c2:	01d54503          	lbu	a0,29(a0)
   116c6:	02644783          	lbu	a5,38(s0)
   116ca:	02744583          	lbu	a1,39(s0)
   116ce:	01f44303          	lbu	t1,31(s0)
   116d2:	01e44603          	lbu	a2,30(s0)
   116d6:	0542                	sll	a0,a0,0x10
   116d8:	01544683          	lbu	a3,21(s0)
   116dc:	02944883          	lbu	a7,41(s0)
   116e0:	02844703          	lbu	a4,40(s0)
   116e4:	04e2                	sll	s1,s1,0x18
   116e6:	8cc9                	or	s1,s1,a0
   116e8:	05c2                	sll	a1,a1,0x10
   116ea:	01444803          	lbu	a6,20(s0)
   116ee:	07e2                	sll	a5,a5,0x18
   116f0:	0622                	sll	a2,a2,0x8
   116f2:	8fcd                	or	a5,a5,a1
   116f4:	0064e4b3          	or	s1,s1,t1
   116f8:	8cd1                	or	s1,s1,a2
   116fa:	06a2                	sll	a3,a3,0x8
   116fc:	0117e7b3          	or	a5,a5,a7
   11700:	0722                	sll	a4,a4,0x8
   11702:	4619                	li	a2,6
   11704:	01640593          	add	a1,s0,22
   11708:	0028                	add	a0,sp,8
   1170a:	0106e9b3          	or	s3,a3,a6
   1170e:	00e7e933          	or	s2,a5,a4
   11712:	259020ef          	jal	1416a <memcpy>
   11716:	e885                	bnez	s1,11746 <inet_arp_input+0xf8>
   11718:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   1171c:	f6f917e3          	bne	s2,a5,1168a <inet_arp_input+0x3c>
   11720:	8526                	mv	a0,s1
   11722:	f94ff0ef          	jal	10eb6 <inet_on_link>
   11726:	e91d                	bnez	a0,1175c <inet_arp_input+0x10e>
   11728:	10000793          	li	a5,256
   1172c:	f4f99fe3          	bne	s3,a5,1168a <inet_arp_input+0x3c>
   11730:	0034                	add	a3,sp,8
   11732:	8726                	mv	a4,s1
   11734:	8636                	mv	a2,a3
   11736:	4589                	li	a1,2
   11738:	8522                	mv	a0,s0
   1173a:	3d01                	jal	1154a <send_arp>
   1173c:	b7b9                	j	1168a <inet_arp_input+0x3c>
   1173e:	4798                	lw	a4,8(a5)
   11740:	0705                	add	a4,a4,1
   11742:	c798                	sw	a4,8(a5)
   11744:	8082                	ret
   11746:	8526                	mv	a0,s1
   11748:	312d                	jal	11372 <find>
   1174a:	d579                	beqz	a0,11718 <inet_arp_input+0xca>
   1174c:	0030                	add	a2,sp,8
   1174e:	85a6                	mv	a1,s1
   11750:	3ba1                	jal	114a8 <learn>
   11752:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11756:	f2f91ae3          	bne	s2,a5,1168a <inet_arp_input+0x3c>
   1175a:	b7f9                	j	11728 <inet_arp_input+0xda>
   1175c:	3151                	jal	113e0 <take_slot>
   1175e:	0030                	add	a2,sp,8
   11760:	85a6                	mv	a1,s1
   11762:	3399                	jal	114a8 <learn>
   11764:	b7d1                	j	11728 <inet_arp_input+0xda>

00011766 <inet_arp_output>:
   11766:	1101                	add	sp,sp,-32
   11768:	c256                	sw	s5,4(sp)
   1176a:	8aaa                	mv	s5,a0
   1176c:	8532                	mv	a0,a2
   1176e:	ca26                	sw	s1,20(sp)
   11770:	c64e                	sw	s3,12(sp)
   11772:	c452                	sw	s4,8(sp)
   11774:	ce06                	sw	ra,28(sp)
   11776:	cc22                	sw	s0,24(sp)
   11778:	c84a                	sw	s2,16(sp)
   1177a:	89b2                	mv	s3,a2
   1177c:	8a2e                	mv	s4,a1
   1177e:	3ed5                	jal	11372 <find>
   11780:	84aa                	mv	s1,a0
   11782:	c511                	beqz	a0,1178e <inet_arp_output+0x28>
   11784:	00a54703          	lbu	a4,10(a0)
   11788:	4789                	li	a5,2
   1178a:	0af70e63          	beq	a4,a5,11846 <inet_arp_output+0xe0>
   1178e:	67f1                	lui	a5,0x1c
   11790:	8d878913          	add	s2,a5,-1832 # 1b8d8 <waiting>
   11794:	4801                	li	a6,0
   11796:	8d878793          	add	a5,a5,-1832
   1179a:	4711                	li	a4,4
   1179c:	0047a883          	lw	a7,4(a5)
   117a0:	04089163          	bnez	a7,117e2 <inet_arp_output+0x7c>
   117a4:	0087c683          	lbu	a3,8(a5)
   117a8:	ee8d                	bnez	a3,117e2 <inet_arp_output+0x7c>
   117aa:	5f400793          	li	a5,1524
   117ae:	02f80433          	mul	s0,a6,a5
   117b2:	00ea0613          	add	a2,s4,14
   117b6:	85d6                	mv	a1,s5
   117b8:	00940513          	add	a0,s0,9
   117bc:	954a                	add	a0,a0,s2
   117be:	9922                	add	s2,s2,s0
   117c0:	1ab020ef          	jal	1416a <memcpy>
   117c4:	01392023          	sw	s3,0(s2)
   117c8:	01492223          	sw	s4,4(s2)
   117cc:	c88d                	beqz	s1,117fe <inet_arp_output+0x98>
   117ce:	4501                	li	a0,0
   117d0:	40f2                	lw	ra,28(sp)
   117d2:	4462                	lw	s0,24(sp)
   117d4:	44d2                	lw	s1,20(sp)
   117d6:	4942                	lw	s2,16(sp)
   117d8:	49b2                	lw	s3,12(sp)
   117da:	4a22                	lw	s4,8(sp)
   117dc:	4a92                	lw	s5,4(sp)
   117de:	6105                	add	sp,sp,32
   117e0:	8082                	ret
   117e2:	0805                	add	a6,a6,1
   117e4:	5f478793          	add	a5,a5,1524
   117e8:	fae81ae3          	bne	a6,a4,1179c <inet_arp_output+0x36>
   117ec:	67f1                	lui	a5,0x1c
   117ee:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   117f2:	4f98                	lw	a4,24(a5)
   117f4:	f9c00513          	li	a0,-100
   117f8:	0705                	add	a4,a4,1
   117fa:	cf98                	sw	a4,24(a5)
   117fc:	bfd1                	j	117d0 <inet_arp_output+0x6a>
   117fe:	36cd                	jal	113e0 <take_slot>
   11800:	10100793          	li	a5,257
   11804:	01352023          	sw	s3,0(a0)
   11808:	00f51523          	sh	a5,10(a0)
   1180c:	c81027f3          	rdtimeh	a5
   11810:	c01026f3          	rdtime	a3
   11814:	c8102773          	rdtimeh	a4
   11818:	fee79ae3          	bne	a5,a4,1180c <inet_arp_output+0xa6>
   1181c:	00989737          	lui	a4,0x989
   11820:	68070713          	add	a4,a4,1664 # 989680 <_end+0x926208>
   11824:	9736                	add	a4,a4,a3
   11826:	00d736b3          	sltu	a3,a4,a3
   1182a:	96be                	add	a3,a3,a5
   1182c:	c954                	sw	a3,20(a0)
   1182e:	6661                	lui	a2,0x18
   11830:	66e1                	lui	a3,0x18
   11832:	c918                	sw	a4,16(a0)
   11834:	cec68693          	add	a3,a3,-788 # 17cec <none.0>
   11838:	874e                	mv	a4,s3
   1183a:	cf460613          	add	a2,a2,-780 # 17cf4 <all.1>
   1183e:	4585                	li	a1,1
   11840:	8556                	mv	a0,s5
   11842:	3321                	jal	1154a <send_arp>
   11844:	b769                	j	117ce <inet_arp_output+0x68>
   11846:	4462                	lw	s0,24(sp)
   11848:	40f2                	lw	ra,28(sp)
   1184a:	44d2                	lw	s1,20(sp)
   1184c:	4942                	lw	s2,16(sp)
   1184e:	49b2                	lw	s3,12(sp)
   11850:	86d2                	mv	a3,s4
   11852:	00450593          	add	a1,a0,4
   11856:	4a22                	lw	s4,8(sp)
   11858:	8556                	mv	a0,s5
   1185a:	4a92                	lw	s5,4(sp)
   1185c:	6605                	lui	a2,0x1
   1185e:	80060613          	add	a2,a2,-2048 # 800 <errno+0x800>
   11862:	6105                	add	sp,sp,32
   11864:	f4eff06f          	j	10fb2 <inet_eth_send>

00011868 <inet_arp_timers>:
   11868:	7139                	add	sp,sp,-64
   1186a:	dc22                	sw	s0,56(sp)
   1186c:	6475                	lui	s0,0x1d
   1186e:	da26                	sw	s1,52(sp)
   11870:	0a840413          	add	s0,s0,168 # 1d0a8 <cache>
   11874:	009894b7          	lui	s1,0x989
   11878:	d84a                	sw	s2,48(sp)
   1187a:	d64e                	sw	s3,44(sp)
   1187c:	d452                	sw	s4,40(sp)
   1187e:	d256                	sw	s5,36(sp)
   11880:	d05a                	sw	s6,32(sp)
   11882:	ce5e                	sw	s7,28(sp)
   11884:	cc62                	sw	s8,24(sp)
   11886:	ca66                	sw	s9,20(sp)
   11888:	c86a                	sw	s10,16(sp)
   1188a:	c66e                	sw	s11,12(sp)
   1188c:	de06                	sw	ra,60(sp)
   1188e:	89aa                	mv	s3,a0
   11890:	8bae                	mv	s7,a1
   11892:	8932                	mv	s2,a2
   11894:	0c040c93          	add	s9,s0,192
   11898:	5d7d                	li	s10,-1
   1189a:	5b7d                	li	s6,-1
   1189c:	4c05                	li	s8,1
   1189e:	4d91                	li	s11,4
   118a0:	68048493          	add	s1,s1,1664 # 989680 <_end+0x926208>
   118a4:	6ae1                	lui	s5,0x18
   118a6:	6a61                	lui	s4,0x18
   118a8:	00a44783          	lbu	a5,10(s0)
   118ac:	05879f63          	bne	a5,s8,1190a <inet_arp_timers+0xa2>
   118b0:	485c                	lw	a5,20(s0)
   118b2:	4818                	lw	a4,16(s0)
   118b4:	04fbe763          	bltu	s7,a5,11902 <inet_arp_timers+0x9a>
   118b8:	01779463          	bne	a5,s7,118c0 <inet_arp_timers+0x58>
   118bc:	04e9e363          	bltu	s3,a4,11902 <inet_arp_timers+0x9a>
   118c0:	00b44783          	lbu	a5,11(s0)
   118c4:	06fdec63          	bltu	s11,a5,1193c <inet_arp_timers+0xd4>
   118c8:	0785                	add	a5,a5,1
   118ca:	00f405a3          	sb	a5,11(s0)
   118ce:	c81027f3          	rdtimeh	a5
   118d2:	c01026f3          	rdtime	a3
   118d6:	c8102773          	rdtimeh	a4
   118da:	fee79ae3          	bne	a5,a4,118ce <inet_arp_timers+0x66>
   118de:	00968833          	add	a6,a3,s1
   118e2:	00d836b3          	sltu	a3,a6,a3
   118e6:	4018                	lw	a4,0(s0)
   118e8:	97b6                	add	a5,a5,a3
   118ea:	c85c                	sw	a5,20(s0)
   118ec:	ceca8693          	add	a3,s5,-788 # 17cec <none.0>
   118f0:	cf4a0613          	add	a2,s4,-780 # 17cf4 <all.1>
   118f4:	4585                	li	a1,1
   118f6:	854a                	mv	a0,s2
   118f8:	01042823          	sw	a6,16(s0)
   118fc:	31b9                	jal	1154a <send_arp>
   118fe:	4818                	lw	a4,16(s0)
   11900:	485c                	lw	a5,20(s0)
   11902:	0367ea63          	bltu	a5,s6,11936 <inet_arp_timers+0xce>
   11906:	02fb0663          	beq	s6,a5,11932 <inet_arp_timers+0xca>
   1190a:	0461                	add	s0,s0,24
   1190c:	f9941ee3          	bne	s0,s9,118a8 <inet_arp_timers+0x40>
   11910:	50f2                	lw	ra,60(sp)
   11912:	5462                	lw	s0,56(sp)
   11914:	54d2                	lw	s1,52(sp)
   11916:	5942                	lw	s2,48(sp)
   11918:	59b2                	lw	s3,44(sp)
   1191a:	5a22                	lw	s4,40(sp)
   1191c:	5a92                	lw	s5,36(sp)
   1191e:	4bf2                	lw	s7,28(sp)
   11920:	4c62                	lw	s8,24(sp)
   11922:	4cd2                	lw	s9,20(sp)
   11924:	4db2                	lw	s11,12(sp)
   11926:	856a                	mv	a0,s10
   11928:	85da                	mv	a1,s6
   1192a:	4d42                	lw	s10,16(sp)
   1192c:	5b02                	lw	s6,32(sp)
   1192e:	6121                	add	sp,sp,64
   11930:	8082                	ret
   11932:	fda77ce3          	bgeu	a4,s10,1190a <inet_arp_timers+0xa2>
   11936:	8d3a                	mv	s10,a4
   11938:	8b3e                	mv	s6,a5
   1193a:	bfc1                	j	1190a <inet_arp_timers+0xa2>
   1193c:	6671                	lui	a2,0x1c
   1193e:	84c60613          	add	a2,a2,-1972 # 1b84c <inet_counters>
   11942:	4a58                	lw	a4,20(a2)
   11944:	67f1                	lui	a5,0x1c
   11946:	400c                	lw	a1,0(s0)
   11948:	0705                	add	a4,a4,1
   1194a:	ca58                	sw	a4,20(a2)
   1194c:	6705                	lui	a4,0x1
   1194e:	8d878793          	add	a5,a5,-1832 # 1b8d8 <waiting>
   11952:	7d070713          	add	a4,a4,2000 # 17d0 <errno+0x17d0>
   11956:	973e                	add	a4,a4,a5
   11958:	43d4                	lw	a3,4(a5)
   1195a:	ca89                	beqz	a3,1196c <inet_arp_timers+0x104>
   1195c:	4394                	lw	a3,0(a5)
   1195e:	00d59763          	bne	a1,a3,1196c <inet_arp_timers+0x104>
   11962:	4e14                	lw	a3,24(a2)
   11964:	0007a223          	sw	zero,4(a5)
   11968:	0685                	add	a3,a3,1
   1196a:	ce14                	sw	a3,24(a2)
   1196c:	5f478793          	add	a5,a5,1524
   11970:	fef714e3          	bne	a4,a5,11958 <inet_arp_timers+0xf0>
   11974:	00040523          	sb	zero,10(s0)
   11978:	bf49                	j	1190a <inet_arp_timers+0xa2>

0001197a <inet_resolve>:
   1197a:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   1197e:	10078263          	beqz	a5,11a82 <inet_resolve+0x108>
   11982:	7179                	add	sp,sp,-48
   11984:	d422                	sw	s0,40(sp)
   11986:	d226                	sw	s1,36(sp)
   11988:	d606                	sw	ra,44(sp)
   1198a:	d04a                	sw	s2,32(sp)
   1198c:	ce4e                	sw	s3,28(sp)
   1198e:	cc52                	sw	s4,24(sp)
   11990:	ca56                	sw	s5,20(sp)
   11992:	c85a                	sw	s6,16(sp)
   11994:	c65e                	sw	s7,12(sp)
   11996:	c462                	sw	s8,8(sp)
   11998:	84aa                	mv	s1,a0
   1199a:	842e                	mv	s0,a1
   1199c:	d1aff0ef          	jal	10eb6 <inet_on_link>
   119a0:	0e050463          	beqz	a0,11a88 <inet_resolve+0x10e>
   119a4:	c81027f3          	rdtimeh	a5
   119a8:	c01026f3          	rdtime	a3
   119ac:	c8102773          	rdtimeh	a4
   119b0:	fee79ae3          	bne	a5,a4,119a4 <inet_resolve+0x2a>
   119b4:	6709                	lui	a4,0x2
   119b6:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   119ba:	02e40933          	mul	s2,s0,a4
   119be:	00989a37          	lui	s4,0x989
   119c2:	10100b93          	li	s7,257
   119c6:	680a0a13          	add	s4,s4,1664 # 989680 <_end+0x926208>
   119ca:	6b61                	lui	s6,0x18
   119cc:	6ae1                	lui	s5,0x18
   119ce:	4989                	li	s3,2
   119d0:	02e43433          	mulhu	s0,s0,a4
   119d4:	9936                	add	s2,s2,a3
   119d6:	00d936b3          	sltu	a3,s2,a3
   119da:	97a2                	add	a5,a5,s0
   119dc:	00f68433          	add	s0,a3,a5
   119e0:	8526                	mv	a0,s1
   119e2:	991ff0ef          	jal	11372 <find>
   119e6:	c129                	beqz	a0,11a28 <inet_resolve+0xae>
   119e8:	00a54783          	lbu	a5,10(a0)
   119ec:	09378963          	beq	a5,s3,11a7e <inet_resolve+0x104>
   119f0:	c81027f3          	rdtimeh	a5
   119f4:	c01026f3          	rdtime	a3
   119f8:	c8102773          	rdtimeh	a4
   119fc:	fee79ae3          	bne	a5,a4,119f0 <inet_resolve+0x76>
   11a00:	0687f863          	bgeu	a5,s0,11a70 <inet_resolve+0xf6>
   11a04:	854a                	mv	a0,s2
   11a06:	85a2                	mv	a1,s0
   11a08:	e26ff0ef          	jal	1102e <inet_wait>
   11a0c:	fc055ae3          	bgez	a0,119e0 <inet_resolve+0x66>
   11a10:	50b2                	lw	ra,44(sp)
   11a12:	5422                	lw	s0,40(sp)
   11a14:	5492                	lw	s1,36(sp)
   11a16:	5902                	lw	s2,32(sp)
   11a18:	49f2                	lw	s3,28(sp)
   11a1a:	4a62                	lw	s4,24(sp)
   11a1c:	4ad2                	lw	s5,20(sp)
   11a1e:	4b42                	lw	s6,16(sp)
   11a20:	4bb2                	lw	s7,12(sp)
   11a22:	4c22                	lw	s8,8(sp)
   11a24:	6145                	add	sp,sp,48
   11a26:	8082                	ret
   11a28:	d04ff0ef          	jal	10f2c <inet_frame_get>
   11a2c:	8c2a                	mv	s8,a0
   11a2e:	9b3ff0ef          	jal	113e0 <take_slot>
   11a32:	c104                	sw	s1,0(a0)
   11a34:	01751523          	sh	s7,10(a0)
   11a38:	c81027f3          	rdtimeh	a5
   11a3c:	c01026f3          	rdtime	a3
   11a40:	c8102773          	rdtimeh	a4
   11a44:	fee79ae3          	bne	a5,a4,11a38 <inet_resolve+0xbe>
   11a48:	01468733          	add	a4,a3,s4
   11a4c:	00d736b3          	sltu	a3,a4,a3
   11a50:	96be                	add	a3,a3,a5
   11a52:	c918                	sw	a4,16(a0)
   11a54:	c954                	sw	a3,20(a0)
   11a56:	8726                	mv	a4,s1
   11a58:	8562                	mv	a0,s8
   11a5a:	cecb0693          	add	a3,s6,-788 # 17cec <none.0>
   11a5e:	cf4a8613          	add	a2,s5,-780 # 17cf4 <all.1>
   11a62:	4585                	li	a1,1
   11a64:	ae7ff0ef          	jal	1154a <send_arp>
   11a68:	8562                	mv	a0,s8
   11a6a:	d20ff0ef          	jal	10f8a <inet_frame_put>
   11a6e:	b749                	j	119f0 <inet_resolve+0x76>
   11a70:	00f41463          	bne	s0,a5,11a78 <inet_resolve+0xfe>
   11a74:	f926e8e3          	bltu	a3,s2,11a04 <inet_resolve+0x8a>
   11a78:	f8f00513          	li	a0,-113
   11a7c:	bf51                	j	11a10 <inet_resolve+0x96>
   11a7e:	4501                	li	a0,0
   11a80:	bf41                	j	11a10 <inet_resolve+0x96>
   11a82:	f9c00513          	li	a0,-100
   11a86:	8082                	ret
   11a88:	f9b00513          	li	a0,-101
   11a8c:	b751                	j	11a10 <inet_resolve+0x96>

00011a8e <inet_ip_reset>:
   11a8e:	6575                	lui	a0,0x1d
   11a90:	1141                	add	sp,sp,-16
   11a92:	06000613          	li	a2,96
   11a96:	4581                	li	a1,0
   11a98:	16850513          	add	a0,a0,360 # 1d168 <pings>
   11a9c:	c606                	sw	ra,12(sp)
   11a9e:	708020ef          	jal	141a6 <memset>
   11aa2:	40b2                	lw	ra,12(sp)
   11aa4:	82019523          	sh	zero,-2006(gp) # 18042 <next_id>
   11aa8:	0141                	add	sp,sp,16
   11aaa:	8082                	ret

00011aac <inet_ip_output>:
   11aac:	1101                	add	sp,sp,-32
   11aae:	cc22                	sw	s0,24(sp)
   11ab0:	842a                	mv	s0,a0
   11ab2:	852e                	mv	a0,a1
   11ab4:	ca26                	sw	s1,20(sp)
   11ab6:	c84a                	sw	s2,16(sp)
   11ab8:	c64e                	sw	s3,12(sp)
   11aba:	ce06                	sw	ra,28(sp)
   11abc:	892e                	mv	s2,a1
   11abe:	89b2                	mv	s3,a2
   11ac0:	84b6                	mv	s1,a3
   11ac2:	bf4ff0ef          	jal	10eb6 <inet_on_link>
   11ac6:	c561                	beqz	a0,11b8e <inet_ip_output+0xe2>
   11ac8:	82a1d703          	lhu	a4,-2006(gp) # 18042 <next_id>
   11acc:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11ad0:	04d1                	add	s1,s1,20
   11ad2:	00875293          	srl	t0,a4,0x8
   11ad6:	04000813          	li	a6,64
   11ada:	0187df93          	srl	t6,a5,0x18
   11ade:	0107df13          	srl	t5,a5,0x10
   11ae2:	0087de93          	srl	t4,a5,0x8
   11ae6:	0084d393          	srl	t2,s1,0x8
   11aea:	01895e13          	srl	t3,s2,0x18
   11aee:	01095313          	srl	t1,s2,0x10
   11af2:	04500093          	li	ra,69
   11af6:	00895513          	srl	a0,s2,0x8
   11afa:	00170893          	add	a7,a4,1
   11afe:	00140723          	sb	ra,14(s0)
   11b02:	00e409a3          	sb	a4,19(s0)
   11b06:	00f40ea3          	sb	a5,29(s0)
   11b0a:	4601                	li	a2,0
   11b0c:	45d1                	li	a1,20
   11b0e:	00740823          	sb	t2,16(s0)
   11b12:	009408a3          	sb	s1,17(s0)
   11b16:	00540923          	sb	t0,18(s0)
   11b1a:	01040a23          	sb	a6,20(s0)
   11b1e:	01040b23          	sb	a6,22(s0)
   11b22:	01340ba3          	sb	s3,23(s0)
   11b26:	01f40d23          	sb	t6,26(s0)
   11b2a:	01e40da3          	sb	t5,27(s0)
   11b2e:	01d40e23          	sb	t4,28(s0)
   11b32:	01c40f23          	sb	t3,30(s0)
   11b36:	00640fa3          	sb	t1,31(s0)
   11b3a:	02a40023          	sb	a0,32(s0)
   11b3e:	032400a3          	sb	s2,33(s0)
   11b42:	000407a3          	sb	zero,15(s0)
   11b46:	00040aa3          	sb	zero,21(s0)
   11b4a:	00040c23          	sb	zero,24(s0)
   11b4e:	00040ca3          	sb	zero,25(s0)
   11b52:	00e40513          	add	a0,s0,14
   11b56:	83119523          	sh	a7,-2006(gp) # 18042 <next_id>
   11b5a:	f6eff0ef          	jal	112c8 <inet_sum>
   11b5e:	fb0ff0ef          	jal	1130e <inet_fold>
   11b62:	00855793          	srl	a5,a0,0x8
   11b66:	00f40c23          	sb	a5,24(s0)
   11b6a:	67f1                	lui	a5,0x1c
   11b6c:	00a40ca3          	sb	a0,25(s0)
   11b70:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   11b74:	5398                	lw	a4,32(a5)
   11b76:	8522                	mv	a0,s0
   11b78:	4462                	lw	s0,24(sp)
   11b7a:	40f2                	lw	ra,28(sp)
   11b7c:	49b2                	lw	s3,12(sp)
   11b7e:	864a                	mv	a2,s2
   11b80:	85a6                	mv	a1,s1
   11b82:	4942                	lw	s2,16(sp)
   11b84:	44d2                	lw	s1,20(sp)
   11b86:	0705                	add	a4,a4,1
   11b88:	d398                	sw	a4,32(a5)
   11b8a:	6105                	add	sp,sp,32
   11b8c:	bee9                	j	11766 <inet_arp_output>
   11b8e:	40f2                	lw	ra,28(sp)
   11b90:	4462                	lw	s0,24(sp)
   11b92:	44d2                	lw	s1,20(sp)
   11b94:	4942                	lw	s2,16(sp)
   11b96:	49b2                	lw	s3,12(sp)
   11b98:	f9b00513          	li	a0,-101
   11b9c:	6105                	add	sp,sp,32
   11b9e:	8082                	ret

00011ba0 <icmp_output>:
   11ba0:	1141                	add	sp,sp,-16
   11ba2:	c606                	sw	ra,12(sp)
   11ba4:	c422                	sw	s0,8(sp)
   11ba6:	c226                	sw	s1,4(sp)
   11ba8:	c04a                	sw	s2,0(sp)
   11baa:	84b2                	mv	s1,a2
   11bac:	842a                	mv	s0,a0
   11bae:	4601                	li	a2,0
   11bb0:	892e                	mv	s2,a1
   11bb2:	02050223          	sb	zero,36(a0)
   11bb6:	85a6                	mv	a1,s1
   11bb8:	020502a3          	sb	zero,37(a0)
   11bbc:	02250513          	add	a0,a0,34
   11bc0:	f08ff0ef          	jal	112c8 <inet_sum>
   11bc4:	f4aff0ef          	jal	1130e <inet_fold>
   11bc8:	00855793          	srl	a5,a0,0x8
   11bcc:	02a402a3          	sb	a0,37(s0)
   11bd0:	02f40223          	sb	a5,36(s0)
   11bd4:	86a6                	mv	a3,s1
   11bd6:	4605                	li	a2,1
   11bd8:	85ca                	mv	a1,s2
   11bda:	8522                	mv	a0,s0
   11bdc:	3dc1                	jal	11aac <inet_ip_output>
   11bde:	e519                	bnez	a0,11bec <icmp_output+0x4c>
   11be0:	67f1                	lui	a5,0x1c
   11be2:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   11be6:	5fd8                	lw	a4,60(a5)
   11be8:	0705                	add	a4,a4,1
   11bea:	dfd8                	sw	a4,60(a5)
   11bec:	40b2                	lw	ra,12(sp)
   11bee:	4422                	lw	s0,8(sp)
   11bf0:	4492                	lw	s1,4(sp)
   11bf2:	4902                	lw	s2,0(sp)
   11bf4:	0141                	add	sp,sp,16
   11bf6:	8082                	ret

00011bf8 <inet_icmp_unreachable>:
   11bf8:	1141                	add	sp,sp,-16
   11bfa:	c422                	sw	s0,8(sp)
   11bfc:	4100                	lw	s0,0(a0)
   11bfe:	c226                	sw	s1,4(sp)
   11c00:	c04a                	sw	s2,0(sp)
   11c02:	84aa                	mv	s1,a0
   11c04:	892e                	mv	s2,a1
   11c06:	4671                	li	a2,28
   11c08:	00e40593          	add	a1,s0,14
   11c0c:	02a40513          	add	a0,s0,42
   11c10:	c606                	sw	ra,12(sp)
   11c12:	56e020ef          	jal	14180 <memmove>
   11c16:	478d                	li	a5,3
   11c18:	02f40123          	sb	a5,34(s0)
   11c1c:	032401a3          	sb	s2,35(s0)
   11c20:	02040323          	sb	zero,38(s0)
   11c24:	020403a3          	sb	zero,39(s0)
   11c28:	02040423          	sb	zero,40(s0)
   11c2c:	020404a3          	sb	zero,41(s0)
   11c30:	4422                	lw	s0,8(sp)
   11c32:	44cc                	lw	a1,12(s1)
   11c34:	4088                	lw	a0,0(s1)
   11c36:	40b2                	lw	ra,12(sp)
   11c38:	4492                	lw	s1,4(sp)
   11c3a:	4902                	lw	s2,0(sp)
   11c3c:	02400613          	li	a2,36
   11c40:	0141                	add	sp,sp,16
   11c42:	bfb9                	j	11ba0 <icmp_output>

00011c44 <inet_ip_input>:
   11c44:	7139                	add	sp,sp,-64
   11c46:	d64e                	sw	s3,44(sp)
   11c48:	69f1                	lui	s3,0x1c
   11c4a:	84c98993          	add	s3,s3,-1972 # 1b84c <inet_counters>
   11c4e:	01c9a783          	lw	a5,28(s3)
   11c52:	de06                	sw	ra,60(sp)
   11c54:	dc22                	sw	s0,56(sp)
   11c56:	da26                	sw	s1,52(sp)
   11c58:	d84a                	sw	s2,48(sp)
   11c5a:	d452                	sw	s4,40(sp)
   11c5c:	d256                	sw	s5,36(sp)
   11c5e:	d05a                	sw	s6,32(sp)
   11c60:	0785                	add	a5,a5,1
   11c62:	00f9ae23          	sw	a5,28(s3)
   11c66:	15c9                	add	a1,a1,-14
   11c68:	46cd                	li	a3,19
   11c6a:	02b6e163          	bltu	a3,a1,11c8c <inet_ip_input+0x48>
   11c6e:	0289a783          	lw	a5,40(s3)
   11c72:	0785                	add	a5,a5,1
   11c74:	02f9a423          	sw	a5,40(s3)
   11c78:	50f2                	lw	ra,60(sp)
   11c7a:	5462                	lw	s0,56(sp)
   11c7c:	54d2                	lw	s1,52(sp)
   11c7e:	5942                	lw	s2,48(sp)
   11c80:	59b2                	lw	s3,44(sp)
   11c82:	5a22                	lw	s4,40(sp)
   11c84:	5a92                	lw	s5,36(sp)
   11c86:	5b02                	lw	s6,32(sp)
   11c88:	6121                	add	sp,sp,64
   11c8a:	8082                	ret
   11c8c:	01154783          	lbu	a5,17(a0)
   11c90:	01054603          	lbu	a2,16(a0)
   11c94:	00e54703          	lbu	a4,14(a0)
   11c98:	07a2                	sll	a5,a5,0x8
   11c9a:	8fd1                	or	a5,a5,a2
   11c9c:	00879493          	sll	s1,a5,0x8
   11ca0:	83a1                	srl	a5,a5,0x8
   11ca2:	8cdd                	or	s1,s1,a5
   11ca4:	00f77913          	and	s2,a4,15
   11ca8:	04c2                	sll	s1,s1,0x10
   11caa:	8311                	srl	a4,a4,0x4
   11cac:	4791                	li	a5,4
   11cae:	842a                	mv	s0,a0
   11cb0:	090a                	sll	s2,s2,0x2
   11cb2:	80c1                	srl	s1,s1,0x10
   11cb4:	faf71de3          	bne	a4,a5,11c6e <inet_ip_input+0x2a>
   11cb8:	fb26fbe3          	bgeu	a3,s2,11c6e <inet_ip_input+0x2a>
   11cbc:	fb24e9e3          	bltu	s1,s2,11c6e <inet_ip_input+0x2a>
   11cc0:	fa95e7e3          	bltu	a1,s1,11c6e <inet_ip_input+0x2a>
   11cc4:	00e50a13          	add	s4,a0,14
   11cc8:	4601                	li	a2,0
   11cca:	85ca                	mv	a1,s2
   11ccc:	8552                	mv	a0,s4
   11cce:	dfaff0ef          	jal	112c8 <inet_sum>
   11cd2:	e3cff0ef          	jal	1130e <inet_fold>
   11cd6:	16051063          	bnez	a0,11e36 <inet_ip_input+0x1f2>
   11cda:	01544783          	lbu	a5,21(s0)
   11cde:	01444703          	lbu	a4,20(s0)
   11ce2:	07a2                	sll	a5,a5,0x8
   11ce4:	8fd9                	or	a5,a5,a4
   11ce6:	00879713          	sll	a4,a5,0x8
   11cea:	83a1                	srl	a5,a5,0x8
   11cec:	8fd9                	or	a5,a5,a4
   11cee:	07ca                	sll	a5,a5,0x12
   11cf0:	14079963          	bnez	a5,11e42 <inet_ip_input+0x1fe>
   11cf4:	01e44783          	lbu	a5,30(s0)
   11cf8:	01f44683          	lbu	a3,31(s0)
   11cfc:	02144583          	lbu	a1,33(s0)
   11d00:	02044703          	lbu	a4,32(s0)
   11d04:	07e2                	sll	a5,a5,0x18
   11d06:	06c2                	sll	a3,a3,0x10
   11d08:	8fd5                	or	a5,a5,a3
   11d0a:	8201a603          	lw	a2,-2016(gp) # 18038 <inet_self>
   11d0e:	8fcd                	or	a5,a5,a1
   11d10:	0722                	sll	a4,a4,0x8
   11d12:	8fd9                	or	a5,a5,a4
   11d14:	10c79b63          	bne	a5,a2,11e2a <inet_ip_input+0x1e6>
   11d18:	47d1                	li	a5,20
   11d1a:	02240a93          	add	s5,s0,34
   11d1e:	412484b3          	sub	s1,s1,s2
   11d22:	04f91963          	bne	s2,a5,11d74 <inet_ip_input+0x130>
   11d26:	01a44783          	lbu	a5,26(s0)
   11d2a:	01b44703          	lbu	a4,27(s0)
   11d2e:	01d44583          	lbu	a1,29(s0)
   11d32:	01c44683          	lbu	a3,28(s0)
   11d36:	0742                	sll	a4,a4,0x10
   11d38:	07e2                	sll	a5,a5,0x18
   11d3a:	8fd9                	or	a5,a5,a4
   11d3c:	8fcd                	or	a5,a5,a1
   11d3e:	06a2                	sll	a3,a3,0x8
   11d40:	01744703          	lbu	a4,23(s0)
   11d44:	8fd5                	or	a5,a5,a3
   11d46:	cc3e                	sw	a5,24(sp)
   11d48:	c622                	sw	s0,12(sp)
   11d4a:	c856                	sw	s5,16(sp)
   11d4c:	ca26                	sw	s1,20(sp)
   11d4e:	ce32                	sw	a2,28(sp)
   11d50:	4799                	li	a5,6
   11d52:	08f70f63          	beq	a4,a5,11df0 <inet_ip_input+0x1ac>
   11d56:	47c5                	li	a5,17
   11d58:	0af70063          	beq	a4,a5,11df8 <inet_ip_input+0x1b4>
   11d5c:	4785                	li	a5,1
   11d5e:	02f70463          	beq	a4,a5,11d86 <inet_ip_input+0x142>
   11d62:	0349a783          	lw	a5,52(s3)
   11d66:	4589                	li	a1,2
   11d68:	0068                	add	a0,sp,12
   11d6a:	0785                	add	a5,a5,1
   11d6c:	02f9aa23          	sw	a5,52(s3)
   11d70:	3561                	jal	11bf8 <inet_icmp_unreachable>
   11d72:	b719                	j	11c78 <inet_ip_input+0x34>
   11d74:	8626                	mv	a2,s1
   11d76:	012a05b3          	add	a1,s4,s2
   11d7a:	8556                	mv	a0,s5
   11d7c:	404020ef          	jal	14180 <memmove>
   11d80:	8201a603          	lw	a2,-2016(gp) # 18038 <inet_self>
   11d84:	b74d                	j	11d26 <inet_ip_input+0xe2>
   11d86:	0389a783          	lw	a5,56(s3)
   11d8a:	471d                	li	a4,7
   11d8c:	0785                	add	a5,a5,1
   11d8e:	02f9ac23          	sw	a5,56(s3)
   11d92:	06977663          	bgeu	a4,s1,11dfe <inet_ip_input+0x1ba>
   11d96:	4601                	li	a2,0
   11d98:	85a6                	mv	a1,s1
   11d9a:	8556                	mv	a0,s5
   11d9c:	d2cff0ef          	jal	112c8 <inet_sum>
   11da0:	d6eff0ef          	jal	1130e <inet_fold>
   11da4:	ed29                	bnez	a0,11dfe <inet_ip_input+0x1ba>
   11da6:	02244783          	lbu	a5,34(s0)
   11daa:	4721                	li	a4,8
   11dac:	04e78f63          	beq	a5,a4,11e0a <inet_ip_input+0x1c6>
   11db0:	ec0794e3          	bnez	a5,11c78 <inet_ip_input+0x34>
   11db4:	02744783          	lbu	a5,39(s0)
   11db8:	02644703          	lbu	a4,38(s0)
   11dbc:	07a2                	sll	a5,a5,0x8
   11dbe:	8fd9                	or	a5,a5,a4
   11dc0:	6719                	lui	a4,0x6
   11dc2:	84570713          	add	a4,a4,-1979 # 5845 <errno+0x5845>
   11dc6:	eae799e3          	bne	a5,a4,11c78 <inet_ip_input+0x34>
   11dca:	67f5                	lui	a5,0x1d
   11dcc:	4662                	lw	a2,24(sp)
   11dce:	16878793          	add	a5,a5,360 # 1d168 <pings>
   11dd2:	06078693          	add	a3,a5,96
   11dd6:	0067c703          	lbu	a4,6(a5)
   11dda:	c719                	beqz	a4,11de8 <inet_ip_input+0x1a4>
   11ddc:	0077c703          	lbu	a4,7(a5)
   11de0:	e701                	bnez	a4,11de8 <inet_ip_input+0x1a4>
   11de2:	4398                	lw	a4,0(a5)
   11de4:	06c70563          	beq	a4,a2,11e4e <inet_ip_input+0x20a>
   11de8:	07e1                	add	a5,a5,24
   11dea:	fef696e3          	bne	a3,a5,11dd6 <inet_ip_input+0x192>
   11dee:	b569                	j	11c78 <inet_ip_input+0x34>
   11df0:	0068                	add	a0,sp,12
   11df2:	0d6010ef          	jal	12ec8 <inet_tcp_input>
   11df6:	b549                	j	11c78 <inet_ip_input+0x34>
   11df8:	0068                	add	a0,sp,12
   11dfa:	23ed                	jal	123e4 <inet_udp_input>
   11dfc:	bdb5                	j	11c78 <inet_ip_input+0x34>
   11dfe:	0409a783          	lw	a5,64(s3)
   11e02:	0785                	add	a5,a5,1
   11e04:	04f9a023          	sw	a5,64(s3)
   11e08:	bd85                	j	11c78 <inet_ip_input+0x34>
   11e0a:	02344783          	lbu	a5,35(s0)
   11e0e:	e60795e3          	bnez	a5,11c78 <inet_ip_input+0x34>
   11e12:	02040123          	sb	zero,34(s0)
   11e16:	0449a783          	lw	a5,68(s3)
   11e1a:	4652                	lw	a2,20(sp)
   11e1c:	45e2                	lw	a1,24(sp)
   11e1e:	4532                	lw	a0,12(sp)
   11e20:	0785                	add	a5,a5,1
   11e22:	04f9a223          	sw	a5,68(s3)
   11e26:	3bad                	jal	11ba0 <icmp_output>
   11e28:	bd81                	j	11c78 <inet_ip_input+0x34>
   11e2a:	0309a783          	lw	a5,48(s3)
   11e2e:	0785                	add	a5,a5,1
   11e30:	02f9a823          	sw	a5,48(s3)
   11e34:	b591                	j	11c78 <inet_ip_input+0x34>
   11e36:	0249a783          	lw	a5,36(s3)
   11e3a:	0785                	add	a5,a5,1
   11e3c:	02f9a223          	sw	a5,36(s3)
   11e40:	bd25                	j	11c78 <inet_ip_input+0x34>
   11e42:	02c9a783          	lw	a5,44(s3)
   11e46:	0785                	add	a5,a5,1
   11e48:	02f9a623          	sw	a5,44(s3)
   11e4c:	b535                	j	11c78 <inet_ip_input+0x34>
   11e4e:	02944703          	lbu	a4,41(s0)
   11e52:	02844583          	lbu	a1,40(s0)
   11e56:	0047d503          	lhu	a0,4(a5)
   11e5a:	0722                	sll	a4,a4,0x8
   11e5c:	8f4d                	or	a4,a4,a1
   11e5e:	00871593          	sll	a1,a4,0x8
   11e62:	8321                	srl	a4,a4,0x8
   11e64:	8f4d                	or	a4,a4,a1
   11e66:	0742                	sll	a4,a4,0x10
   11e68:	8341                	srl	a4,a4,0x10
   11e6a:	f6e51fe3          	bne	a0,a4,11de8 <inet_ip_input+0x1a4>
   11e6e:	4705                	li	a4,1
   11e70:	00e783a3          	sb	a4,7(a5)
   11e74:	c8102773          	rdtimeh	a4
   11e78:	c0102573          	rdtime	a0
   11e7c:	c81025f3          	rdtimeh	a1
   11e80:	feb71ae3          	bne	a4,a1,11e74 <inet_ip_input+0x230>
   11e84:	cb88                	sw	a0,16(a5)
   11e86:	cbd8                	sw	a4,20(a5)
   11e88:	b785                	j	11de8 <inet_ip_input+0x1a4>

00011e8a <inet_ping>:
   11e8a:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   11e8e:	1a078a63          	beqz	a5,12042 <inet_ping+0x1b8>
   11e92:	7179                	add	sp,sp,-48
   11e94:	d422                	sw	s0,40(sp)
   11e96:	ce4e                	sw	s3,28(sp)
   11e98:	ca56                	sw	s5,20(sp)
   11e9a:	d606                	sw	ra,44(sp)
   11e9c:	d226                	sw	s1,36(sp)
   11e9e:	d04a                	sw	s2,32(sp)
   11ea0:	cc52                	sw	s4,24(sp)
   11ea2:	c85a                	sw	s6,16(sp)
   11ea4:	c65e                	sw	s7,12(sp)
   11ea6:	89aa                	mv	s3,a0
   11ea8:	8aae                	mv	s5,a1
   11eaa:	8432                	mv	s0,a2
   11eac:	80aff0ef          	jal	10eb6 <inet_on_link>
   11eb0:	18050c63          	beqz	a0,12048 <inet_ping+0x1be>
   11eb4:	67f5                	lui	a5,0x1d
   11eb6:	16878b13          	add	s6,a5,360 # 1d168 <pings>
   11eba:	4b81                	li	s7,0
   11ebc:	16878793          	add	a5,a5,360
   11ec0:	4691                	li	a3,4
   11ec2:	0067c703          	lbu	a4,6(a5)
   11ec6:	07e1                	add	a5,a5,24
   11ec8:	c305                	beqz	a4,11ee8 <inet_ping+0x5e>
   11eca:	0b85                	add	s7,s7,1
   11ecc:	fedb9be3          	bne	s7,a3,11ec2 <inet_ping+0x38>
   11ed0:	5521                	li	a0,-24
   11ed2:	50b2                	lw	ra,44(sp)
   11ed4:	5422                	lw	s0,40(sp)
   11ed6:	5492                	lw	s1,36(sp)
   11ed8:	5902                	lw	s2,32(sp)
   11eda:	49f2                	lw	s3,28(sp)
   11edc:	4a62                	lw	s4,24(sp)
   11ede:	4ad2                	lw	s5,20(sp)
   11ee0:	4b42                	lw	s6,16(sp)
   11ee2:	4bb2                	lw	s7,12(sp)
   11ee4:	6145                	add	sp,sp,48
   11ee6:	8082                	ret
   11ee8:	c81027f3          	rdtimeh	a5
   11eec:	c01026f3          	rdtime	a3
   11ef0:	c8102773          	rdtimeh	a4
   11ef4:	fee79ae3          	bne	a5,a4,11ee8 <inet_ping+0x5e>
   11ef8:	6709                	lui	a4,0x2
   11efa:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   11efe:	02e404b3          	mul	s1,s0,a4
   11f02:	02e43433          	mulhu	s0,s0,a4
   11f06:	94b6                	add	s1,s1,a3
   11f08:	00d4b6b3          	sltu	a3,s1,a3
   11f0c:	97a2                	add	a5,a5,s0
   11f0e:	00f68433          	add	s0,a3,a5
   11f12:	81aff0ef          	jal	10f2c <inet_frame_get>
   11f16:	46a1                	li	a3,8
   11f18:	02d50123          	sb	a3,34(a0)
   11f1c:	04500693          	li	a3,69
   11f20:	02d50323          	sb	a3,38(a0)
   11f24:	05800693          	li	a3,88
   11f28:	008ad713          	srl	a4,s5,0x8
   11f2c:	02a50793          	add	a5,a0,42
   11f30:	02d503a3          	sb	a3,39(a0)
   11f34:	46c1                	li	a3,16
   11f36:	8a2a                	mv	s4,a0
   11f38:	020501a3          	sb	zero,35(a0)
   11f3c:	02e50423          	sb	a4,40(a0)
   11f40:	035504a3          	sb	s5,41(a0)
   11f44:	06250613          	add	a2,a0,98
   11f48:	8e9d                	sub	a3,a3,a5
   11f4a:	00f68733          	add	a4,a3,a5
   11f4e:	00e78023          	sb	a4,0(a5)
   11f52:	0785                	add	a5,a5,1
   11f54:	fec79be3          	bne	a5,a2,11f4a <inet_ping+0xc0>
   11f58:	c81027f3          	rdtimeh	a5
   11f5c:	c01026f3          	rdtime	a3
   11f60:	c8102773          	rdtimeh	a4
   11f64:	fee79ae3          	bne	a5,a4,11f58 <inet_ping+0xce>
   11f68:	001b9913          	sll	s2,s7,0x1
   11f6c:	995e                	add	s2,s2,s7
   11f6e:	090e                	sll	s2,s2,0x3
   11f70:	995a                	add	s2,s2,s6
   11f72:	00092223          	sw	zero,4(s2)
   11f76:	4705                	li	a4,1
   11f78:	00f92623          	sw	a5,12(s2)
   11f7c:	04000613          	li	a2,64
   11f80:	85ce                	mv	a1,s3
   11f82:	8552                	mv	a0,s4
   11f84:	00e90323          	sb	a4,6(s2)
   11f88:	00d92423          	sw	a3,8(s2)
   11f8c:	00092823          	sw	zero,16(s2)
   11f90:	00092a23          	sw	zero,20(s2)
   11f94:	01392023          	sw	s3,0(s2)
   11f98:	01591223          	sh	s5,4(s2)
   11f9c:	3111                	jal	11ba0 <icmp_output>
   11f9e:	8552                	mv	a0,s4
   11fa0:	febfe0ef          	jal	10f8a <inet_frame_put>
   11fa4:	00794783          	lbu	a5,7(s2)
   11fa8:	e79d                	bnez	a5,11fd6 <inet_ping+0x14c>
   11faa:	c81027f3          	rdtimeh	a5
   11fae:	c01026f3          	rdtime	a3
   11fb2:	c8102773          	rdtimeh	a4
   11fb6:	fee79ae3          	bne	a5,a4,11faa <inet_ping+0x120>
   11fba:	8526                	mv	a0,s1
   11fbc:	85a2                	mv	a1,s0
   11fbe:	0687f963          	bgeu	a5,s0,12030 <inet_ping+0x1a6>
   11fc2:	86cff0ef          	jal	1102e <inet_wait>
   11fc6:	00794783          	lbu	a5,7(s2)
   11fca:	e791                	bnez	a5,11fd6 <inet_ping+0x14c>
   11fcc:	fc055fe3          	bgez	a0,11faa <inet_ping+0x120>
   11fd0:	00090323          	sb	zero,6(s2)
   11fd4:	bdfd                	j	11ed2 <inet_ping+0x48>
   11fd6:	01092703          	lw	a4,16(s2)
   11fda:	00892683          	lw	a3,8(s2)
   11fde:	00c92603          	lw	a2,12(s2)
   11fe2:	01492783          	lw	a5,20(s2)
   11fe6:	40d706b3          	sub	a3,a4,a3
   11fea:	00d73733          	sltu	a4,a4,a3
   11fee:	8f91                	sub	a5,a5,a2
   11ff0:	8f99                	sub	a5,a5,a4
   11ff2:	00f68733          	add	a4,a3,a5
   11ff6:	00d73633          	sltu	a2,a4,a3
   11ffa:	9732                	add	a4,a4,a2
   11ffc:	4615                	li	a2,5
   11ffe:	02c77733          	remu	a4,a4,a2
   12002:	ccccd637          	lui	a2,0xccccd
   12006:	ccd60613          	add	a2,a2,-819 # cccccccd <_end+0xccc69855>
   1200a:	00090323          	sb	zero,6(s2)
   1200e:	40e68733          	sub	a4,a3,a4
   12012:	00e6b6b3          	sltu	a3,a3,a4
   12016:	40d78533          	sub	a0,a5,a3
   1201a:	02c50533          	mul	a0,a0,a2
   1201e:	02c736b3          	mulhu	a3,a4,a2
   12022:	02c707b3          	mul	a5,a4,a2
   12026:	9536                	add	a0,a0,a3
   12028:	057e                	sll	a0,a0,0x1f
   1202a:	8385                	srl	a5,a5,0x1
   1202c:	8d5d                	or	a0,a0,a5
   1202e:	b555                	j	11ed2 <inet_ping+0x48>
   12030:	00f41463          	bne	s0,a5,12038 <inet_ping+0x1ae>
   12034:	f896e7e3          	bltu	a3,s1,11fc2 <inet_ping+0x138>
   12038:	00090323          	sb	zero,6(s2)
   1203c:	f9200513          	li	a0,-110
   12040:	bd49                	j	11ed2 <inet_ping+0x48>
   12042:	f9c00513          	li	a0,-100
   12046:	8082                	ret
   12048:	f9b00513          	li	a0,-101
   1204c:	b559                	j	11ed2 <inet_ping+0x48>

0001204e <has_datagram>:
   1204e:	00054783          	lbu	a5,0(a0)
   12052:	cb81                	beqz	a5,12062 <has_datagram+0x14>
   12054:	415c                	lw	a5,4(a0)
   12056:	4518                	lw	a4,8(a0)
   12058:	40e78533          	sub	a0,a5,a4
   1205c:	00a03533          	snez	a0,a0
   12060:	8082                	ret
   12062:	4501                	li	a0,0
   12064:	8082                	ret

00012066 <inet_udp_reset>:
   12066:	67f5                	lui	a5,0x1d
   12068:	1c878793          	add	a5,a5,456 # 1d1c8 <socks>
   1206c:	6605                	lui	a2,0x1
   1206e:	668d                	lui	a3,0x3
   12070:	6711                	lui	a4,0x4
   12072:	963e                	add	a2,a2,a5
   12074:	96be                	add	a3,a3,a5
   12076:	973e                	add	a4,a4,a5
   12078:	00078023          	sb	zero,0(a5)
   1207c:	72060623          	sb	zero,1836(a2) # 172c <errno+0x172c>
   12080:	e4068c23          	sb	zero,-424(a3) # 2e58 <errno+0x2e58>
   12084:	58070223          	sb	zero,1412(a4) # 4584 <errno+0x4584>
   12088:	8082                	ret

0001208a <udp_bind>:
   1208a:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   1208e:	cff9                	beqz	a5,1216c <udp_bind+0xe2>
   12090:	1101                	add	sp,sp,-32
   12092:	c64e                	sw	s3,12(sp)
   12094:	ce06                	sw	ra,28(sp)
   12096:	cc22                	sw	s0,24(sp)
   12098:	ca26                	sw	s1,20(sp)
   1209a:	c84a                	sw	s2,16(sp)
   1209c:	69f5                	lui	s3,0x1d
   1209e:	e531                	bnez	a0,120ea <udp_bind+0x60>
   120a0:	00023437          	lui	s0,0x23
   120a4:	6485                	lui	s1,0x1
   120a6:	6911                	lui	s2,0x4
   120a8:	1c898993          	add	s3,s3,456 # 1d1c8 <socks>
   120ac:	e7840413          	add	s0,s0,-392 # 22e78 <inet_tcbs>
   120b0:	72c48493          	add	s1,s1,1836 # 172c <errno+0x172c>
   120b4:	e5dfe0ef          	jal	10f10 <inet_next_port>
   120b8:	87ce                	mv	a5,s3
   120ba:	0007c703          	lbu	a4,0(a5)
   120be:	c709                	beqz	a4,120c8 <udp_bind+0x3e>
   120c0:	0027d703          	lhu	a4,2(a5)
   120c4:	00a70663          	beq	a4,a0,120d0 <udp_bind+0x46>
   120c8:	97a6                	add	a5,a5,s1
   120ca:	fe8798e3          	bne	a5,s0,120ba <udp_bind+0x30>
   120ce:	e505                	bnez	a0,120f6 <udp_bind+0x6c>
   120d0:	197d                	add	s2,s2,-1 # 3fff <errno+0x3fff>
   120d2:	fe0911e3          	bnez	s2,120b4 <udp_bind+0x2a>
   120d6:	40f2                	lw	ra,28(sp)
   120d8:	4462                	lw	s0,24(sp)
   120da:	f9e00793          	li	a5,-98
   120de:	44d2                	lw	s1,20(sp)
   120e0:	4942                	lw	s2,16(sp)
   120e2:	49b2                	lw	s3,12(sp)
   120e4:	853e                	mv	a0,a5
   120e6:	6105                	add	sp,sp,32
   120e8:	8082                	ret
   120ea:	00023437          	lui	s0,0x23
   120ee:	1c898993          	add	s3,s3,456
   120f2:	e7840413          	add	s0,s0,-392 # 22e78 <inet_tcbs>
   120f6:	6605                	lui	a2,0x1
   120f8:	874e                	mv	a4,s3
   120fa:	87ce                	mv	a5,s3
   120fc:	72c60613          	add	a2,a2,1836 # 172c <errno+0x172c>
   12100:	0007c683          	lbu	a3,0(a5)
   12104:	c689                	beqz	a3,1210e <udp_bind+0x84>
   12106:	0027d683          	lhu	a3,2(a5)
   1210a:	fca686e3          	beq	a3,a0,120d6 <udp_bind+0x4c>
   1210e:	97b2                	add	a5,a5,a2
   12110:	fe8798e3          	bne	a5,s0,12100 <udp_bind+0x76>
   12114:	6605                	lui	a2,0x1
   12116:	4781                	li	a5,0
   12118:	72c60613          	add	a2,a2,1836 # 172c <errno+0x172c>
   1211c:	4591                	li	a1,4
   1211e:	00074683          	lbu	a3,0(a4)
   12122:	9732                	add	a4,a4,a2
   12124:	ce89                	beqz	a3,1213e <udp_bind+0xb4>
   12126:	0785                	add	a5,a5,1
   12128:	feb79be3          	bne	a5,a1,1211e <udp_bind+0x94>
   1212c:	40f2                	lw	ra,28(sp)
   1212e:	4462                	lw	s0,24(sp)
   12130:	57a1                	li	a5,-24
   12132:	44d2                	lw	s1,20(sp)
   12134:	4942                	lw	s2,16(sp)
   12136:	49b2                	lw	s3,12(sp)
   12138:	853e                	mv	a0,a5
   1213a:	6105                	add	sp,sp,32
   1213c:	8082                	ret
   1213e:	6705                	lui	a4,0x1
   12140:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   12144:	02e78733          	mul	a4,a5,a4
   12148:	99ba                	add	s3,s3,a4
   1214a:	4705                	li	a4,1
   1214c:	00e98023          	sb	a4,0(s3)
   12150:	40f2                	lw	ra,28(sp)
   12152:	4462                	lw	s0,24(sp)
   12154:	00a99123          	sh	a0,2(s3)
   12158:	0009a423          	sw	zero,8(s3)
   1215c:	0009a223          	sw	zero,4(s3)
   12160:	44d2                	lw	s1,20(sp)
   12162:	4942                	lw	s2,16(sp)
   12164:	49b2                	lw	s3,12(sp)
   12166:	853e                	mv	a0,a5
   12168:	6105                	add	sp,sp,32
   1216a:	8082                	ret
   1216c:	f9c00793          	li	a5,-100
   12170:	853e                	mv	a0,a5
   12172:	8082                	ret

00012174 <udp_sendto>:
   12174:	1101                	add	sp,sp,-32
   12176:	c84a                	sw	s2,16(sp)
   12178:	ce06                	sw	ra,28(sp)
   1217a:	cc22                	sw	s0,24(sp)
   1217c:	ca26                	sw	s1,20(sp)
   1217e:	c64e                	sw	s3,12(sp)
   12180:	c452                	sw	s4,8(sp)
   12182:	c256                	sw	s5,4(sp)
   12184:	478d                	li	a5,3
   12186:	595d                	li	s2,-9
   12188:	0ca7e763          	bltu	a5,a0,12256 <udp_sendto+0xe2>
   1218c:	6785                	lui	a5,0x1
   1218e:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   12192:	02f507b3          	mul	a5,a0,a5
   12196:	6475                	lui	s0,0x1d
   12198:	1c840413          	add	s0,s0,456 # 1d1c8 <socks>
   1219c:	595d                	li	s2,-9
   1219e:	943e                	add	s0,s0,a5
   121a0:	00044783          	lbu	a5,0(s0)
   121a4:	cbcd                	beqz	a5,12256 <udp_sendto+0xe2>
   121a6:	5c000793          	li	a5,1472
   121aa:	84ba                	mv	s1,a4
   121ac:	0ce7e463          	bltu	a5,a4,12274 <udp_sendto+0x100>
   121b0:	8a32                	mv	s4,a2
   121b2:	89ae                	mv	s3,a1
   121b4:	8ab6                	mv	s5,a3
   121b6:	d77fe0ef          	jal	10f2c <inet_frame_get>
   121ba:	00245783          	lhu	a5,2(s0)
   121be:	00848913          	add	s2,s1,8
   121c2:	842a                	mv	s0,a0
   121c4:	00895713          	srl	a4,s2,0x8
   121c8:	0087d513          	srl	a0,a5,0x8
   121cc:	008a5693          	srl	a3,s4,0x8
   121d0:	02e40323          	sb	a4,38(s0)
   121d4:	8626                	mv	a2,s1
   121d6:	85d6                	mv	a1,s5
   121d8:	02a40123          	sb	a0,34(s0)
   121dc:	02f401a3          	sb	a5,35(s0)
   121e0:	02d40223          	sb	a3,36(s0)
   121e4:	034402a3          	sb	s4,37(s0)
   121e8:	032403a3          	sb	s2,39(s0)
   121ec:	02040423          	sb	zero,40(s0)
   121f0:	020404a3          	sb	zero,41(s0)
   121f4:	02a40513          	add	a0,s0,42
   121f8:	773010ef          	jal	1416a <memcpy>
   121fc:	8201a503          	lw	a0,-2016(gp) # 18038 <inet_self>
   12200:	86ca                	mv	a3,s2
   12202:	4645                	li	a2,17
   12204:	85ce                	mv	a1,s3
   12206:	92aff0ef          	jal	11330 <inet_pseudo_sum>
   1220a:	862a                	mv	a2,a0
   1220c:	85ca                	mv	a1,s2
   1220e:	02240513          	add	a0,s0,34
   12212:	8b6ff0ef          	jal	112c8 <inet_sum>
   12216:	8f8ff0ef          	jal	1130e <inet_fold>
   1221a:	c921                	beqz	a0,1226a <udp_sendto+0xf6>
   1221c:	00855793          	srl	a5,a0,0x8
   12220:	0ff7f793          	zext.b	a5,a5
   12224:	0ff57513          	zext.b	a0,a0
   12228:	02a404a3          	sb	a0,41(s0)
   1222c:	86ca                	mv	a3,s2
   1222e:	02f40423          	sb	a5,40(s0)
   12232:	4645                	li	a2,17
   12234:	85ce                	mv	a1,s3
   12236:	8522                	mv	a0,s0
   12238:	875ff0ef          	jal	11aac <inet_ip_output>
   1223c:	892a                	mv	s2,a0
   1223e:	8522                	mv	a0,s0
   12240:	d4bfe0ef          	jal	10f8a <inet_frame_put>
   12244:	00094963          	bltz	s2,12256 <udp_sendto+0xe2>
   12248:	67f1                	lui	a5,0x1c
   1224a:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   1224e:	47f8                	lw	a4,76(a5)
   12250:	8926                	mv	s2,s1
   12252:	0705                	add	a4,a4,1
   12254:	c7f8                	sw	a4,76(a5)
   12256:	40f2                	lw	ra,28(sp)
   12258:	4462                	lw	s0,24(sp)
   1225a:	44d2                	lw	s1,20(sp)
   1225c:	49b2                	lw	s3,12(sp)
   1225e:	4a22                	lw	s4,8(sp)
   12260:	4a92                	lw	s5,4(sp)
   12262:	854a                	mv	a0,s2
   12264:	4942                	lw	s2,16(sp)
   12266:	6105                	add	sp,sp,32
   12268:	8082                	ret
   1226a:	0ff00513          	li	a0,255
   1226e:	0ff00793          	li	a5,255
   12272:	bf5d                	j	12228 <udp_sendto+0xb4>
   12274:	fa600913          	li	s2,-90
   12278:	bff9                	j	12256 <udp_sendto+0xe2>

0001227a <udp_recvfrom>:
   1227a:	7179                	add	sp,sp,-48
   1227c:	d422                	sw	s0,40(sp)
   1227e:	d606                	sw	ra,44(sp)
   12280:	842a                	mv	s0,a0
   12282:	d226                	sw	s1,36(sp)
   12284:	d04a                	sw	s2,32(sp)
   12286:	ce4e                	sw	s3,28(sp)
   12288:	cc52                	sw	s4,24(sp)
   1228a:	ca56                	sw	s5,20(sp)
   1228c:	c85a                	sw	s6,16(sp)
   1228e:	c65e                	sw	s7,12(sp)
   12290:	450d                	li	a0,3
   12292:	10856f63          	bltu	a0,s0,123b0 <udp_recvfrom+0x136>
   12296:	6485                	lui	s1,0x1
   12298:	72c48493          	add	s1,s1,1836 # 172c <errno+0x172c>
   1229c:	029404b3          	mul	s1,s0,s1
   122a0:	6af5                	lui	s5,0x1d
   122a2:	1c8a8a93          	add	s5,s5,456 # 1d1c8 <socks>
   122a6:	8b2e                	mv	s6,a1
   122a8:	893a                	mv	s2,a4
   122aa:	8bb2                	mv	s7,a2
   122ac:	89b6                	mv	s3,a3
   122ae:	009a85b3          	add	a1,s5,s1
   122b2:	0005c703          	lbu	a4,0(a1)
   122b6:	0e070d63          	beqz	a4,123b0 <udp_recvfrom+0x136>
   122ba:	c8102873          	rdtimeh	a6
   122be:	c0102373          	rdtime	t1
   122c2:	c81028f3          	rdtimeh	a7
   122c6:	ff181ae3          	bne	a6,a7,122ba <udp_recvfrom+0x40>
   122ca:	6709                	lui	a4,0x2
   122cc:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   122d0:	02e78633          	mul	a2,a5,a4
   122d4:	6549                	lui	a0,0x12
   122d6:	04e50513          	add	a0,a0,78 # 1204e <has_datagram>
   122da:	02e7b7b3          	mulhu	a5,a5,a4
   122de:	961a                	add	a2,a2,t1
   122e0:	00663333          	sltu	t1,a2,t1
   122e4:	983e                	add	a6,a6,a5
   122e6:	010306b3          	add	a3,t1,a6
   122ea:	f21fe0ef          	jal	1120a <inet_block>
   122ee:	0a054663          	bltz	a0,1239a <udp_recvfrom+0x120>
   122f2:	6705                	lui	a4,0x1
   122f4:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   122f8:	02e40733          	mul	a4,s0,a4
   122fc:	00ea87b3          	add	a5,s5,a4
   12300:	0007c683          	lbu	a3,0(a5)
   12304:	c6d5                	beqz	a3,123b0 <udp_recvfrom+0x136>
   12306:	0047aa03          	lw	s4,4(a5)
   1230a:	5c800793          	li	a5,1480
   1230e:	003a7a13          	and	s4,s4,3
   12312:	02fa07b3          	mul	a5,s4,a5
   12316:	97ba                	add	a5,a5,a4
   12318:	97d6                	add	a5,a5,s5
   1231a:	0127d603          	lhu	a2,18(a5)
   1231e:	08cbeb63          	bltu	s7,a2,123b4 <udp_recvfrom+0x13a>
   12322:	5c800b93          	li	s7,1480
   12326:	037a0bb3          	mul	s7,s4,s7
   1232a:	04d1                	add	s1,s1,20
   1232c:	855a                	mv	a0,s6
   1232e:	94de                	add	s1,s1,s7
   12330:	009a85b3          	add	a1,s5,s1
   12334:	637010ef          	jal	1416a <memcpy>
   12338:	00098d63          	beqz	s3,12352 <udp_recvfrom+0xd8>
   1233c:	6785                	lui	a5,0x1
   1233e:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   12342:	02f407b3          	mul	a5,s0,a5
   12346:	9bbe                	add	s7,s7,a5
   12348:	9bd6                	add	s7,s7,s5
   1234a:	00cba783          	lw	a5,12(s7)
   1234e:	00f9a023          	sw	a5,0(s3)
   12352:	02090163          	beqz	s2,12374 <udp_recvfrom+0xfa>
   12356:	6705                	lui	a4,0x1
   12358:	5c800793          	li	a5,1480
   1235c:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   12360:	02fa07b3          	mul	a5,s4,a5
   12364:	02e40733          	mul	a4,s0,a4
   12368:	97ba                	add	a5,a5,a4
   1236a:	97d6                	add	a5,a5,s5
   1236c:	0107d783          	lhu	a5,16(a5)
   12370:	00f91023          	sh	a5,0(s2)
   12374:	6785                	lui	a5,0x1
   12376:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   1237a:	02f40433          	mul	s0,s0,a5
   1237e:	5c800793          	li	a5,1480
   12382:	02fa0a33          	mul	s4,s4,a5
   12386:	008a8733          	add	a4,s5,s0
   1238a:	435c                	lw	a5,4(a4)
   1238c:	0785                	add	a5,a5,1
   1238e:	c35c                	sw	a5,4(a4)
   12390:	9a22                	add	s4,s4,s0
   12392:	014a87b3          	add	a5,s5,s4
   12396:	0127d503          	lhu	a0,18(a5)
   1239a:	50b2                	lw	ra,44(sp)
   1239c:	5422                	lw	s0,40(sp)
   1239e:	5492                	lw	s1,36(sp)
   123a0:	5902                	lw	s2,32(sp)
   123a2:	49f2                	lw	s3,28(sp)
   123a4:	4a62                	lw	s4,24(sp)
   123a6:	4ad2                	lw	s5,20(sp)
   123a8:	4b42                	lw	s6,16(sp)
   123aa:	4bb2                	lw	s7,12(sp)
   123ac:	6145                	add	sp,sp,48
   123ae:	8082                	ret
   123b0:	555d                	li	a0,-9
   123b2:	b7e5                	j	1239a <udp_recvfrom+0x120>
   123b4:	865e                	mv	a2,s7
   123b6:	b7b5                	j	12322 <udp_recvfrom+0xa8>

000123b8 <udp_close>:
   123b8:	478d                	li	a5,3
   123ba:	02a7e363          	bltu	a5,a0,123e0 <udp_close+0x28>
   123be:	6785                	lui	a5,0x1
   123c0:	72c78793          	add	a5,a5,1836 # 172c <errno+0x172c>
   123c4:	02f507b3          	mul	a5,a0,a5
   123c8:	6775                	lui	a4,0x1d
   123ca:	1c870713          	add	a4,a4,456 # 1d1c8 <socks>
   123ce:	555d                	li	a0,-9
   123d0:	97ba                	add	a5,a5,a4
   123d2:	0007c703          	lbu	a4,0(a5)
   123d6:	c711                	beqz	a4,123e2 <udp_close+0x2a>
   123d8:	00078023          	sb	zero,0(a5)
   123dc:	4501                	li	a0,0
   123de:	8082                	ret
   123e0:	555d                	li	a0,-9
   123e2:	8082                	ret

000123e4 <inet_udp_input>:
   123e4:	1101                	add	sp,sp,-32
   123e6:	cc22                	sw	s0,24(sp)
   123e8:	6471                	lui	s0,0x1c
   123ea:	84c40413          	add	s0,s0,-1972 # 1b84c <inet_counters>
   123ee:	443c                	lw	a5,72(s0)
   123f0:	4514                	lw	a3,8(a0)
   123f2:	c64e                	sw	s3,12(sp)
   123f4:	ce06                	sw	ra,28(sp)
   123f6:	ca26                	sw	s1,20(sp)
   123f8:	c84a                	sw	s2,16(sp)
   123fa:	c452                	sw	s4,8(sp)
   123fc:	0785                	add	a5,a5,1
   123fe:	c43c                	sw	a5,72(s0)
   12400:	471d                	li	a4,7
   12402:	00452983          	lw	s3,4(a0)
   12406:	08d77c63          	bgeu	a4,a3,1249e <inet_udp_input+0xba>
   1240a:	0059c783          	lbu	a5,5(s3)
   1240e:	0049c603          	lbu	a2,4(s3)
   12412:	07a2                	sll	a5,a5,0x8
   12414:	8fd1                	or	a5,a5,a2
   12416:	00879913          	sll	s2,a5,0x8
   1241a:	83a1                	srl	a5,a5,0x8
   1241c:	00f96933          	or	s2,s2,a5
   12420:	0942                	sll	s2,s2,0x10
   12422:	01095913          	srl	s2,s2,0x10
   12426:	07277c63          	bgeu	a4,s2,1249e <inet_udp_input+0xba>
   1242a:	0726ea63          	bltu	a3,s2,1249e <inet_udp_input+0xba>
   1242e:	0079c783          	lbu	a5,7(s3)
   12432:	0069c703          	lbu	a4,6(s3)
   12436:	84aa                	mv	s1,a0
   12438:	07a2                	sll	a5,a5,0x8
   1243a:	8fd9                	or	a5,a5,a4
   1243c:	12079363          	bnez	a5,12562 <inet_udp_input+0x17e>
   12440:	0039c783          	lbu	a5,3(s3)
   12444:	0029c683          	lbu	a3,2(s3)
   12448:	6775                	lui	a4,0x1d
   1244a:	07a2                	sll	a5,a5,0x8
   1244c:	8fd5                	or	a5,a5,a3
   1244e:	00879613          	sll	a2,a5,0x8
   12452:	83a1                	srl	a5,a5,0x8
   12454:	8e5d                	or	a2,a2,a5
   12456:	0642                	sll	a2,a2,0x10
   12458:	6585                	lui	a1,0x1
   1245a:	1c870893          	add	a7,a4,456 # 1d1c8 <socks>
   1245e:	8241                	srl	a2,a2,0x10
   12460:	1c870713          	add	a4,a4,456
   12464:	4781                	li	a5,0
   12466:	72c58593          	add	a1,a1,1836 # 172c <errno+0x172c>
   1246a:	4811                	li	a6,4
   1246c:	00074683          	lbu	a3,0(a4)
   12470:	c689                	beqz	a3,1247a <inet_udp_input+0x96>
   12472:	00275683          	lhu	a3,2(a4)
   12476:	02c68f63          	beq	a3,a2,124b4 <inet_udp_input+0xd0>
   1247a:	0785                	add	a5,a5,1
   1247c:	972e                	add	a4,a4,a1
   1247e:	ff0797e3          	bne	a5,a6,1246c <inet_udp_input+0x88>
   12482:	487c                	lw	a5,84(s0)
   12484:	40f2                	lw	ra,28(sp)
   12486:	4942                	lw	s2,16(sp)
   12488:	0785                	add	a5,a5,1
   1248a:	c87c                	sw	a5,84(s0)
   1248c:	4462                	lw	s0,24(sp)
   1248e:	49b2                	lw	s3,12(sp)
   12490:	4a22                	lw	s4,8(sp)
   12492:	8526                	mv	a0,s1
   12494:	44d2                	lw	s1,20(sp)
   12496:	458d                	li	a1,3
   12498:	6105                	add	sp,sp,32
   1249a:	f5eff06f          	j	11bf8 <inet_icmp_unreachable>
   1249e:	541c                	lw	a5,40(s0)
   124a0:	0785                	add	a5,a5,1
   124a2:	d41c                	sw	a5,40(s0)
   124a4:	40f2                	lw	ra,28(sp)
   124a6:	4462                	lw	s0,24(sp)
   124a8:	44d2                	lw	s1,20(sp)
   124aa:	4942                	lw	s2,16(sp)
   124ac:	49b2                	lw	s3,12(sp)
   124ae:	4a22                	lw	s4,8(sp)
   124b0:	6105                	add	sp,sp,32
   124b2:	8082                	ret
   124b4:	6705                	lui	a4,0x1
   124b6:	72c70713          	add	a4,a4,1836 # 172c <errno+0x172c>
   124ba:	02e787b3          	mul	a5,a5,a4
   124be:	460d                	li	a2,3
   124c0:	00f88a33          	add	s4,a7,a5
   124c4:	008a2703          	lw	a4,8(s4)
   124c8:	004a2683          	lw	a3,4(s4)
   124cc:	40d706b3          	sub	a3,a4,a3
   124d0:	00d67d63          	bgeu	a2,a3,124ea <inet_udp_input+0x106>
   124d4:	4c3c                	lw	a5,88(s0)
   124d6:	40f2                	lw	ra,28(sp)
   124d8:	44d2                	lw	s1,20(sp)
   124da:	0785                	add	a5,a5,1
   124dc:	cc3c                	sw	a5,88(s0)
   124de:	4462                	lw	s0,24(sp)
   124e0:	4942                	lw	s2,16(sp)
   124e2:	49b2                	lw	s3,12(sp)
   124e4:	4a22                	lw	s4,8(sp)
   124e6:	6105                	add	sp,sp,32
   124e8:	8082                	ret
   124ea:	5c800693          	li	a3,1480
   124ee:	8b0d                	and	a4,a4,3
   124f0:	02d70733          	mul	a4,a4,a3
   124f4:	00c4a303          	lw	t1,12(s1)
   124f8:	01478513          	add	a0,a5,20
   124fc:	ff890613          	add	a2,s2,-8
   12500:	01061813          	sll	a6,a2,0x10
   12504:	0642                	sll	a2,a2,0x10
   12506:	00898593          	add	a1,s3,8
   1250a:	8241                	srl	a2,a2,0x10
   1250c:	97ba                	add	a5,a5,a4
   1250e:	00f886b3          	add	a3,a7,a5
   12512:	0066a623          	sw	t1,12(a3)
   12516:	0019c683          	lbu	a3,1(s3)
   1251a:	0009c303          	lbu	t1,0(s3)
   1251e:	953a                	add	a0,a0,a4
   12520:	00869713          	sll	a4,a3,0x8
   12524:	00676733          	or	a4,a4,t1
   12528:	00871693          	sll	a3,a4,0x8
   1252c:	8321                	srl	a4,a4,0x8
   1252e:	8f55                	or	a4,a4,a3
   12530:	0742                	sll	a4,a4,0x10
   12532:	66f5                	lui	a3,0x1d
   12534:	1d868693          	add	a3,a3,472 # 1d1d8 <socks+0x10>
   12538:	8341                	srl	a4,a4,0x10
   1253a:	97b6                	add	a5,a5,a3
   1253c:	01076733          	or	a4,a4,a6
   12540:	c398                	sw	a4,0(a5)
   12542:	9546                	add	a0,a0,a7
   12544:	427010ef          	jal	1416a <memcpy>
   12548:	008a2783          	lw	a5,8(s4)
   1254c:	40f2                	lw	ra,28(sp)
   1254e:	4462                	lw	s0,24(sp)
   12550:	0785                	add	a5,a5,1
   12552:	00fa2423          	sw	a5,8(s4)
   12556:	44d2                	lw	s1,20(sp)
   12558:	4942                	lw	s2,16(sp)
   1255a:	49b2                	lw	s3,12(sp)
   1255c:	4a22                	lw	s4,8(sp)
   1255e:	6105                	add	sp,sp,32
   12560:	8082                	ret
   12562:	490c                	lw	a1,16(a0)
   12564:	4548                	lw	a0,12(a0)
   12566:	86ca                	mv	a3,s2
   12568:	4645                	li	a2,17
   1256a:	dc7fe0ef          	jal	11330 <inet_pseudo_sum>
   1256e:	862a                	mv	a2,a0
   12570:	85ca                	mv	a1,s2
   12572:	854e                	mv	a0,s3
   12574:	d55fe0ef          	jal	112c8 <inet_sum>
   12578:	d97fe0ef          	jal	1130e <inet_fold>
   1257c:	ec0502e3          	beqz	a0,12440 <inet_udp_input+0x5c>
   12580:	483c                	lw	a5,80(s0)
   12582:	0785                	add	a5,a5,1
   12584:	c83c                	sw	a5,80(s0)
   12586:	bf39                	j	124a4 <inet_udp_input+0xc0>

00012588 <first_child>:
   12588:	000237b7          	lui	a5,0x23
   1258c:	e7878713          	add	a4,a5,-392 # 22e78 <inet_tcbs>
   12590:	40e505b3          	sub	a1,a0,a4
   12594:	000406b7          	lui	a3,0x40
   12598:	ff010737          	lui	a4,0xff010
   1259c:	859d                	sra	a1,a1,0x7
   1259e:	f0170713          	add	a4,a4,-255 # ff00ff01 <_end+0xfefaca89>
   125a2:	e7878793          	add	a5,a5,-392
   125a6:	40068693          	add	a3,a3,1024 # 40400 <inet_tcbs+0x1d588>
   125aa:	6621                	lui	a2,0x8
   125ac:	02e585b3          	mul	a1,a1,a4
   125b0:	96be                	add	a3,a3,a5
   125b2:	4501                	li	a0,0
   125b4:	4811                	li	a6,4
   125b6:	08060613          	add	a2,a2,128 # 8080 <errno+0x8080>
   125ba:	a021                	j	125c2 <first_child+0x3a>
   125bc:	97b2                	add	a5,a5,a2
   125be:	02f68463          	beq	a3,a5,125e6 <first_child+0x5e>
   125c2:	0007c703          	lbu	a4,0(a5)
   125c6:	fee87be3          	bgeu	a6,a4,125bc <first_child+0x34>
   125ca:	00378703          	lb	a4,3(a5)
   125ce:	feb717e3          	bne	a4,a1,125bc <first_child+0x34>
   125d2:	c511                	beqz	a0,125de <first_child+0x56>
   125d4:	0107a883          	lw	a7,16(a5)
   125d8:	4918                	lw	a4,16(a0)
   125da:	fee8f1e3          	bgeu	a7,a4,125bc <first_child+0x34>
   125de:	853e                	mv	a0,a5
   125e0:	97b2                	add	a5,a5,a2
   125e2:	fef690e3          	bne	a3,a5,125c2 <first_child+0x3a>
   125e6:	8082                	ret

000125e8 <accept_ready>:
   125e8:	00054703          	lbu	a4,0(a0)
   125ec:	4789                	li	a5,2
   125ee:	00f71a63          	bne	a4,a5,12602 <accept_ready+0x1a>
   125f2:	1141                	add	sp,sp,-16
   125f4:	c606                	sw	ra,12(sp)
   125f6:	3f49                	jal	12588 <first_child>
   125f8:	40b2                	lw	ra,12(sp)
   125fa:	00a03533          	snez	a0,a0
   125fe:	0141                	add	sp,sp,16
   12600:	8082                	ret
   12602:	555d                	li	a0,-9
   12604:	8082                	ret

00012606 <connected>:
   12606:	00054783          	lbu	a5,0(a0)
   1260a:	4705                	li	a4,1
   1260c:	00e78963          	beq	a5,a4,1261e <connected+0x18>
   12610:	ffd78513          	add	a0,a5,-3
   12614:	00253513          	sltiu	a0,a0,2
   12618:	00154513          	xor	a0,a0,1
   1261c:	8082                	ret
   1261e:	00451503          	lh	a0,4(a0)
   12622:	fe054de3          	bltz	a0,1261c <connected+0x16>
   12626:	f9800513          	li	a0,-104
   1262a:	8082                	ret

0001262c <send_ready>:
   1262c:	4174                	lw	a3,68(a0)
   1262e:	6711                	lui	a4,0x4
   12630:	87aa                	mv	a5,a0
   12632:	00e6ec63          	bltu	a3,a4,1264a <send_ready+0x1e>
   12636:	00054703          	lbu	a4,0(a0)
   1263a:	4505                	li	a0,1
   1263c:	00a70863          	beq	a4,a0,1264c <send_ready+0x20>
   12640:	0017c503          	lbu	a0,1(a5)
   12644:	8109                	srl	a0,a0,0x2
   12646:	8905                	and	a0,a0,1
   12648:	8082                	ret
   1264a:	4505                	li	a0,1
   1264c:	8082                	ret

0001264e <recv_ready>:
   1264e:	4578                	lw	a4,76(a0)
   12650:	87aa                	mv	a5,a0
   12652:	e719                	bnez	a4,12660 <recv_ready+0x12>
   12654:	00154703          	lbu	a4,1(a0)
   12658:	4505                	li	a0,1
   1265a:	8b41                	and	a4,a4,16
   1265c:	c701                	beqz	a4,12664 <recv_ready+0x16>
   1265e:	8082                	ret
   12660:	4505                	li	a0,1
   12662:	8082                	ret
   12664:	0007c503          	lbu	a0,0(a5)
   12668:	157d                	add	a0,a0,-1
   1266a:	00153513          	seqz	a0,a0
   1266e:	8082                	ret

00012670 <closed>:
   12670:	00154783          	lbu	a5,1(a0)
   12674:	00054703          	lbu	a4,0(a0)
   12678:	8ba1                	and	a5,a5,8
   1267a:	c791                	beqz	a5,12686 <closed+0x16>
   1267c:	47ad                	li	a5,11
   1267e:	4505                	li	a0,1
   12680:	00f70363          	beq	a4,a5,12686 <closed+0x16>
   12684:	8082                	ret
   12686:	177d                	add	a4,a4,-1 # 3fff <errno+0x3fff>
   12688:	00173513          	seqz	a0,a4
   1268c:	8082                	ret

0001268e <tcp_listen>:
   1268e:	8201a783          	lw	a5,-2016(gp) # 18038 <inet_self>
   12692:	c3c9                	beqz	a5,12714 <tcp_listen+0x86>
   12694:	1141                	add	sp,sp,-16
   12696:	c226                	sw	s1,4(sp)
   12698:	c606                	sw	ra,12(sp)
   1269a:	c422                	sw	s0,8(sp)
   1269c:	84aa                	mv	s1,a0
   1269e:	cd35                	beqz	a0,1271a <tcp_listen+0x8c>
   126a0:	000237b7          	lui	a5,0x23
   126a4:	000406b7          	lui	a3,0x40
   126a8:	e7878413          	add	s0,a5,-392 # 22e78 <inet_tcbs>
   126ac:	40068693          	add	a3,a3,1024 # 40400 <inet_tcbs+0x1d588>
   126b0:	6621                	lui	a2,0x8
   126b2:	e7878793          	add	a5,a5,-392
   126b6:	96a2                	add	a3,a3,s0
   126b8:	4589                	li	a1,2
   126ba:	08060613          	add	a2,a2,128 # 8080 <errno+0x8080>
   126be:	a021                	j	126c6 <tcp_listen+0x38>
   126c0:	97b2                	add	a5,a5,a2
   126c2:	02f68163          	beq	a3,a5,126e4 <tcp_listen+0x56>
   126c6:	0007c703          	lbu	a4,0(a5)
   126ca:	feb71be3          	bne	a4,a1,126c0 <tcp_listen+0x32>
   126ce:	0067d703          	lhu	a4,6(a5)
   126d2:	fe9717e3          	bne	a4,s1,126c0 <tcp_listen+0x32>
   126d6:	40b2                	lw	ra,12(sp)
   126d8:	4422                	lw	s0,8(sp)
   126da:	4492                	lw	s1,4(sp)
   126dc:	f9e00513          	li	a0,-98
   126e0:	0141                	add	sp,sp,16
   126e2:	8082                	ret
   126e4:	086010ef          	jal	1376a <inet_tcb_alloc>
   126e8:	87aa                	mv	a5,a0
   126ea:	c915                	beqz	a0,1271e <tcp_listen+0x90>
   126ec:	40850433          	sub	s0,a0,s0
   126f0:	ff010737          	lui	a4,0xff010
   126f4:	f0170713          	add	a4,a4,-255 # ff00ff01 <_end+0xfefaca89>
   126f8:	841d                	sra	s0,s0,0x7
   126fa:	02e40533          	mul	a0,s0,a4
   126fe:	10200713          	li	a4,258
   12702:	00e79023          	sh	a4,0(a5)
   12706:	00979323          	sh	s1,6(a5)
   1270a:	40b2                	lw	ra,12(sp)
   1270c:	4422                	lw	s0,8(sp)
   1270e:	4492                	lw	s1,4(sp)
   12710:	0141                	add	sp,sp,16
   12712:	8082                	ret
   12714:	f9c00513          	li	a0,-100
   12718:	8082                	ret
   1271a:	5529                	li	a0,-22
   1271c:	b7fd                	j	1270a <tcp_listen+0x7c>
   1271e:	5521                	li	a0,-24
   12720:	b7ed                	j	1270a <tcp_listen+0x7c>

00012722 <tcp_accept>:
   12722:	479d                	li	a5,7
   12724:	08a7ed63          	bltu	a5,a0,127be <tcp_accept+0x9c>
   12728:	1141                	add	sp,sp,-16
   1272a:	c422                	sw	s0,8(sp)
   1272c:	00851413          	sll	s0,a0,0x8
   12730:	c226                	sw	s1,4(sp)
   12732:	942a                	add	s0,s0,a0
   12734:	000234b7          	lui	s1,0x23
   12738:	e7848493          	add	s1,s1,-392 # 22e78 <inet_tcbs>
   1273c:	041e                	sll	s0,s0,0x7
   1273e:	c606                	sw	ra,12(sp)
   12740:	9426                	add	s0,s0,s1
   12742:	00044703          	lbu	a4,0(s0)
   12746:	4789                	li	a5,2
   12748:	882e                	mv	a6,a1
   1274a:	06f71863          	bne	a4,a5,127ba <tcp_accept+0x98>
   1274e:	c81027f3          	rdtimeh	a5
   12752:	c01026f3          	rdtime	a3
   12756:	c8102773          	rdtimeh	a4
   1275a:	fee79ae3          	bne	a5,a4,1274e <tcp_accept+0x2c>
   1275e:	6709                	lui	a4,0x2
   12760:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   12764:	02e80633          	mul	a2,a6,a4
   12768:	6549                	lui	a0,0x12
   1276a:	85a2                	mv	a1,s0
   1276c:	5e850513          	add	a0,a0,1512 # 125e8 <accept_ready>
   12770:	02e83833          	mulhu	a6,a6,a4
   12774:	9636                	add	a2,a2,a3
   12776:	00d636b3          	sltu	a3,a2,a3
   1277a:	97c2                	add	a5,a5,a6
   1277c:	96be                	add	a3,a3,a5
   1277e:	a8dfe0ef          	jal	1120a <inet_block>
   12782:	02054763          	bltz	a0,127b0 <tcp_accept+0x8e>
   12786:	8522                	mv	a0,s0
   12788:	3501                	jal	12588 <first_child>
   1278a:	00154683          	lbu	a3,1(a0)
   1278e:	409504b3          	sub	s1,a0,s1
   12792:	ff0107b7          	lui	a5,0xff010
   12796:	f0178793          	add	a5,a5,-255 # ff00ff01 <_end+0xfefaca89>
   1279a:	849d                	sra	s1,s1,0x7
   1279c:	872a                	mv	a4,a0
   1279e:	0016e693          	or	a3,a3,1
   127a2:	02f48533          	mul	a0,s1,a5
   127a6:	57fd                	li	a5,-1
   127a8:	00f701a3          	sb	a5,3(a4)
   127ac:	00d700a3          	sb	a3,1(a4)
   127b0:	40b2                	lw	ra,12(sp)
   127b2:	4422                	lw	s0,8(sp)
   127b4:	4492                	lw	s1,4(sp)
   127b6:	0141                	add	sp,sp,16
   127b8:	8082                	ret
   127ba:	555d                	li	a0,-9
   127bc:	bfd5                	j	127b0 <tcp_accept+0x8e>
   127be:	555d                	li	a0,-9
   127c0:	8082                	ret

000127c2 <tcp_connect>:
   127c2:	12058163          	beqz	a1,128e4 <tcp_connect+0x122>
   127c6:	7179                	add	sp,sp,-48
   127c8:	ce4e                	sw	s3,28(sp)
   127ca:	c85a                	sw	s6,16(sp)
   127cc:	c65e                	sw	s7,12(sp)
   127ce:	d606                	sw	ra,44(sp)
   127d0:	d422                	sw	s0,40(sp)
   127d2:	d226                	sw	s1,36(sp)
   127d4:	d04a                	sw	s2,32(sp)
   127d6:	cc52                	sw	s4,24(sp)
   127d8:	ca56                	sw	s5,20(sp)
   127da:	c462                	sw	s8,8(sp)
   127dc:	c266                	sw	s9,4(sp)
   127de:	8bae                	mv	s7,a1
   127e0:	89aa                	mv	s3,a0
   127e2:	8b32                	mv	s6,a2
   127e4:	c8102cf3          	rdtimeh	s9
   127e8:	c0102973          	rdtime	s2
   127ec:	c81027f3          	rdtimeh	a5
   127f0:	fefc9ae3          	bne	s9,a5,127e4 <tcp_connect+0x22>
   127f4:	85da                	mv	a1,s6
   127f6:	854e                	mv	a0,s3
   127f8:	982ff0ef          	jal	1197a <inet_resolve>
   127fc:	0c054263          	bltz	a0,128c0 <tcp_connect+0xfe>
   12800:	76b000ef          	jal	1376a <inet_tcb_alloc>
   12804:	8aaa                	mv	s5,a0
   12806:	c16d                	beqz	a0,128e8 <tcp_connect+0x126>
   12808:	4785                	li	a5,1
   1280a:	00023a37          	lui	s4,0x23
   1280e:	000634b7          	lui	s1,0x63
   12812:	6421                	lui	s0,0x8
   12814:	00f500a3          	sb	a5,1(a0)
   12818:	e78a0a13          	add	s4,s4,-392 # 22e78 <inet_tcbs>
   1281c:	27848493          	add	s1,s1,632 # 63278 <out_buf>
   12820:	4c09                	li	s8,2
   12822:	08040413          	add	s0,s0,128 # 8080 <errno+0x8080>
   12826:	eeafe0ef          	jal	10f10 <inet_next_port>
   1282a:	87d2                	mv	a5,s4
   1282c:	4601                	li	a2,0
   1282e:	a021                	j	12836 <tcp_connect+0x74>
   12830:	97a2                	add	a5,a5,s0
   12832:	02978863          	beq	a5,s1,12862 <tcp_connect+0xa0>
   12836:	0007c703          	lbu	a4,0(a5)
   1283a:	db7d                	beqz	a4,12830 <tcp_connect+0x6e>
   1283c:	0067d683          	lhu	a3,6(a5)
   12840:	fea698e3          	bne	a3,a0,12830 <tcp_connect+0x6e>
   12844:	09870b63          	beq	a4,s8,128da <tcp_connect+0x118>
   12848:	47d8                	lw	a4,12(a5)
   1284a:	fee993e3          	bne	s3,a4,12830 <tcp_connect+0x6e>
   1284e:	0087d703          	lhu	a4,8(a5)
   12852:	97a2                	add	a5,a5,s0
   12854:	41770733          	sub	a4,a4,s7
   12858:	00173713          	seqz	a4,a4
   1285c:	8e59                	or	a2,a2,a4
   1285e:	fc979ce3          	bne	a5,s1,12836 <tcp_connect+0x74>
   12862:	f271                	bnez	a2,12826 <tcp_connect+0x64>
   12864:	862a                	mv	a2,a0
   12866:	86de                	mv	a3,s7
   12868:	470d                	li	a4,3
   1286a:	85ce                	mv	a1,s3
   1286c:	8556                	mv	a0,s5
   1286e:	75f000ef          	jal	137cc <inet_tcp_start>
   12872:	ebafe0ef          	jal	10f2c <inet_frame_get>
   12876:	85aa                	mv	a1,a0
   12878:	842a                	mv	s0,a0
   1287a:	8556                	mv	a0,s5
   1287c:	27a010ef          	jal	13af6 <inet_tcp_output>
   12880:	8522                	mv	a0,s0
   12882:	f08fe0ef          	jal	10f8a <inet_frame_put>
   12886:	6789                	lui	a5,0x2
   12888:	71078793          	add	a5,a5,1808 # 2710 <errno+0x2710>
   1288c:	02fb0633          	mul	a2,s6,a5
   12890:	6549                	lui	a0,0x12
   12892:	85d6                	mv	a1,s5
   12894:	60650513          	add	a0,a0,1542 # 12606 <connected>
   12898:	02fb3b33          	mulhu	s6,s6,a5
   1289c:	964a                	add	a2,a2,s2
   1289e:	012636b3          	sltu	a3,a2,s2
   128a2:	9cda                	add	s9,s9,s6
   128a4:	96e6                	add	a3,a3,s9
   128a6:	965fe0ef          	jal	1120a <inet_block>
   128aa:	02054a63          	bltz	a0,128de <tcp_connect+0x11c>
   128ae:	414a87b3          	sub	a5,s5,s4
   128b2:	ff010537          	lui	a0,0xff010
   128b6:	879d                	sra	a5,a5,0x7
   128b8:	f0150513          	add	a0,a0,-255 # ff00ff01 <_end+0xfefaca89>
   128bc:	02a78533          	mul	a0,a5,a0
   128c0:	50b2                	lw	ra,44(sp)
   128c2:	5422                	lw	s0,40(sp)
   128c4:	5492                	lw	s1,36(sp)
   128c6:	5902                	lw	s2,32(sp)
   128c8:	49f2                	lw	s3,28(sp)
   128ca:	4a62                	lw	s4,24(sp)
   128cc:	4ad2                	lw	s5,20(sp)
   128ce:	4b42                	lw	s6,16(sp)
   128d0:	4bb2                	lw	s7,12(sp)
   128d2:	4c22                	lw	s8,8(sp)
   128d4:	4c92                	lw	s9,4(sp)
   128d6:	6145                	add	sp,sp,48
   128d8:	8082                	ret
   128da:	4605                	li	a2,1
   128dc:	bf91                	j	12830 <tcp_connect+0x6e>
   128de:	000a8023          	sb	zero,0(s5)
   128e2:	bff9                	j	128c0 <tcp_connect+0xfe>
   128e4:	5529                	li	a0,-22
   128e6:	8082                	ret
   128e8:	5521                	li	a0,-24
   128ea:	bfd9                	j	128c0 <tcp_connect+0xfe>

000128ec <tcp_send>:
   128ec:	715d                	add	sp,sp,-80
   128ee:	c686                	sw	ra,76(sp)
   128f0:	c4a2                	sw	s0,72(sp)
   128f2:	c2a6                	sw	s1,68(sp)
   128f4:	c0ca                	sw	s2,64(sp)
   128f6:	de4e                	sw	s3,60(sp)
   128f8:	dc52                	sw	s4,56(sp)
   128fa:	da56                	sw	s5,52(sp)
   128fc:	d85a                	sw	s6,48(sp)
   128fe:	d65e                	sw	s7,44(sp)
   12900:	d462                	sw	s8,40(sp)
   12902:	d266                	sw	s9,36(sp)
   12904:	d06a                	sw	s10,32(sp)
   12906:	ce6e                	sw	s11,28(sp)
   12908:	c22a                	sw	a0,4(sp)
   1290a:	479d                	li	a5,7
   1290c:	12a7e863          	bltu	a5,a0,12a3c <tcp_send+0x150>
   12910:	00851713          	sll	a4,a0,0x8
   12914:	00a70433          	add	s0,a4,a0
   12918:	00023b37          	lui	s6,0x23
   1291c:	e78b0793          	add	a5,s6,-392 # 22e78 <inet_tcbs>
   12920:	041e                	sll	s0,s0,0x7
   12922:	00878b33          	add	s6,a5,s0
   12926:	c63a                	sw	a4,12(sp)
   12928:	000b4703          	lbu	a4,0(s6)
   1292c:	c43e                	sw	a5,8(sp)
   1292e:	555d                	li	a0,-9
   12930:	0fd77693          	and	a3,a4,253
   12934:	c6e9                	beqz	a3,129fe <tcp_send+0x112>
   12936:	001b4683          	lbu	a3,1(s6)
   1293a:	8a85                	and	a3,a3,1
   1293c:	c2e9                	beqz	a3,129fe <tcp_send+0x112>
   1293e:	08040413          	add	s0,s0,128
   12942:	6911                	lui	s2,0x4
   12944:	4a85                	li	s5,1
   12946:	89ae                	mv	s3,a1
   12948:	84b2                	mv	s1,a2
   1294a:	943e                	add	s0,s0,a5
   1294c:	4d01                	li	s10,0
   1294e:	fff90b93          	add	s7,s2,-1 # 3fff <errno+0x3fff>
   12952:	6c49                	lui	s8,0x12
   12954:	09570463          	beq	a4,s5,129dc <tcp_send+0xf0>
   12958:	001b4683          	lbu	a3,1(s6)
   1295c:	8a91                	and	a3,a3,4
   1295e:	eee9                	bnez	a3,12a38 <tcp_send+0x14c>
   12960:	4795                	li	a5,5
   12962:	00f70563          	beq	a4,a5,1296c <tcp_send+0x80>
   12966:	46a1                	li	a3,8
   12968:	0cd71863          	bne	a4,a3,12a38 <tcp_send+0x14c>
   1296c:	044b2503          	lw	a0,68(s6)
   12970:	41a48db3          	sub	s11,s1,s10
   12974:	40a90733          	sub	a4,s2,a0
   12978:	01b77363          	bgeu	a4,s11,1297e <tcp_send+0x92>
   1297c:	8dba                	mv	s11,a4
   1297e:	040b2703          	lw	a4,64(s6)
   12982:	01a98cb3          	add	s9,s3,s10
   12986:	953a                	add	a0,a0,a4
   12988:	01757533          	and	a0,a0,s7
   1298c:	40a90a33          	sub	s4,s2,a0
   12990:	014df363          	bgeu	s11,s4,12996 <tcp_send+0xaa>
   12994:	8a6e                	mv	s4,s11
   12996:	8652                	mv	a2,s4
   12998:	85e6                	mv	a1,s9
   1299a:	9522                	add	a0,a0,s0
   1299c:	7ce010ef          	jal	1416a <memcpy>
   129a0:	414d8633          	sub	a2,s11,s4
   129a4:	014c85b3          	add	a1,s9,s4
   129a8:	8522                	mv	a0,s0
   129aa:	7c0010ef          	jal	1416a <memcpy>
   129ae:	044b2703          	lw	a4,68(s6)
   129b2:	9d6e                	add	s10,s10,s11
   129b4:	976e                	add	a4,a4,s11
   129b6:	04eb2223          	sw	a4,68(s6)
   129ba:	060d9163          	bnez	s11,12a1c <tcp_send+0x130>
   129be:	07a48b63          	beq	s1,s10,12a34 <tcp_send+0x148>
   129c2:	567d                	li	a2,-1
   129c4:	56fd                	li	a3,-1
   129c6:	85da                	mv	a1,s6
   129c8:	62cc0513          	add	a0,s8,1580 # 1262c <send_ready>
   129cc:	83ffe0ef          	jal	1120a <inet_block>
   129d0:	02054463          	bltz	a0,129f8 <tcp_send+0x10c>
   129d4:	000b4703          	lbu	a4,0(s6)
   129d8:	f95710e3          	bne	a4,s5,12958 <tcp_send+0x6c>
   129dc:	47b2                	lw	a5,12(sp)
   129de:	4712                	lw	a4,4(sp)
   129e0:	00e78a33          	add	s4,a5,a4
   129e4:	47a2                	lw	a5,8(sp)
   129e6:	0a1e                	sll	s4,s4,0x7
   129e8:	01478b33          	add	s6,a5,s4
   129ec:	004b1503          	lh	a0,4(s6)
   129f0:	00054463          	bltz	a0,129f8 <tcp_send+0x10c>
   129f4:	f9500513          	li	a0,-107
   129f8:	000d0363          	beqz	s10,129fe <tcp_send+0x112>
   129fc:	856a                	mv	a0,s10
   129fe:	40b6                	lw	ra,76(sp)
   12a00:	4426                	lw	s0,72(sp)
   12a02:	4496                	lw	s1,68(sp)
   12a04:	4906                	lw	s2,64(sp)
   12a06:	59f2                	lw	s3,60(sp)
   12a08:	5a62                	lw	s4,56(sp)
   12a0a:	5ad2                	lw	s5,52(sp)
   12a0c:	5b42                	lw	s6,48(sp)
   12a0e:	5bb2                	lw	s7,44(sp)
   12a10:	5c22                	lw	s8,40(sp)
   12a12:	5c92                	lw	s9,36(sp)
   12a14:	5d02                	lw	s10,32(sp)
   12a16:	4df2                	lw	s11,28(sp)
   12a18:	6161                	add	sp,sp,80
   12a1a:	8082                	ret
   12a1c:	d10fe0ef          	jal	10f2c <inet_frame_get>
   12a20:	8daa                	mv	s11,a0
   12a22:	85aa                	mv	a1,a0
   12a24:	855a                	mv	a0,s6
   12a26:	0d0010ef          	jal	13af6 <inet_tcp_output>
   12a2a:	856e                	mv	a0,s11
   12a2c:	d5efe0ef          	jal	10f8a <inet_frame_put>
   12a30:	f9a499e3          	bne	s1,s10,129c2 <tcp_send+0xd6>
   12a34:	8526                	mv	a0,s1
   12a36:	b7e1                	j	129fe <tcp_send+0x112>
   12a38:	5501                	li	a0,-32
   12a3a:	bf7d                	j	129f8 <tcp_send+0x10c>
   12a3c:	555d                	li	a0,-9
   12a3e:	b7c1                	j	129fe <tcp_send+0x112>

00012a40 <tcp_recv>:
   12a40:	479d                	li	a5,7
   12a42:	0aa7ea63          	bltu	a5,a0,12af6 <tcp_recv+0xb6>
   12a46:	7179                	add	sp,sp,-48
   12a48:	c85a                	sw	s6,16(sp)
   12a4a:	00851b13          	sll	s6,a0,0x8
   12a4e:	d04a                	sw	s2,32(sp)
   12a50:	cc52                	sw	s4,24(sp)
   12a52:	00ab0933          	add	s2,s6,a0
   12a56:	00023a37          	lui	s4,0x23
   12a5a:	091e                	sll	s2,s2,0x7
   12a5c:	e78a0a13          	add	s4,s4,-392 # 22e78 <inet_tcbs>
   12a60:	ca56                	sw	s5,20(sp)
   12a62:	012a0ab3          	add	s5,s4,s2
   12a66:	000ac783          	lbu	a5,0(s5)
   12a6a:	ce4e                	sw	s3,28(sp)
   12a6c:	d606                	sw	ra,44(sp)
   12a6e:	d422                	sw	s0,40(sp)
   12a70:	d226                	sw	s1,36(sp)
   12a72:	c65e                	sw	s7,12(sp)
   12a74:	0fd7f793          	and	a5,a5,253
   12a78:	89aa                	mv	s3,a0
   12a7a:	555d                	li	a0,-9
   12a7c:	c3b5                	beqz	a5,12ae0 <tcp_recv+0xa0>
   12a7e:	001ac783          	lbu	a5,1(s5)
   12a82:	842e                	mv	s0,a1
   12a84:	84b2                	mv	s1,a2
   12a86:	8b85                	and	a5,a5,1
   12a88:	cfa1                	beqz	a5,12ae0 <tcp_recv+0xa0>
   12a8a:	c81027f3          	rdtimeh	a5
   12a8e:	c0102873          	rdtime	a6
   12a92:	c8102773          	rdtimeh	a4
   12a96:	fee79ae3          	bne	a5,a4,12a8a <tcp_recv+0x4a>
   12a9a:	6709                	lui	a4,0x2
   12a9c:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
   12aa0:	02e68633          	mul	a2,a3,a4
   12aa4:	6549                	lui	a0,0x12
   12aa6:	85d6                	mv	a1,s5
   12aa8:	64e50513          	add	a0,a0,1614 # 1264e <recv_ready>
   12aac:	02e6b733          	mulhu	a4,a3,a4
   12ab0:	9642                	add	a2,a2,a6
   12ab2:	010636b3          	sltu	a3,a2,a6
   12ab6:	97ba                	add	a5,a5,a4
   12ab8:	96be                	add	a3,a3,a5
   12aba:	f50fe0ef          	jal	1120a <inet_block>
   12abe:	02054163          	bltz	a0,12ae0 <tcp_recv+0xa0>
   12ac2:	013b07b3          	add	a5,s6,s3
   12ac6:	079e                	sll	a5,a5,0x7
   12ac8:	97d2                	add	a5,a5,s4
   12aca:	47e8                	lw	a0,76(a5)
   12acc:	e51d                	bnez	a0,12afa <tcp_recv+0xba>
   12ace:	0017c703          	lbu	a4,1(a5)
   12ad2:	4501                	li	a0,0
   12ad4:	8b41                	and	a4,a4,16
   12ad6:	e709                	bnez	a4,12ae0 <tcp_recv+0xa0>
   12ad8:	00479503          	lh	a0,4(a5)
   12adc:	0c055963          	bgez	a0,12bae <tcp_recv+0x16e>
   12ae0:	50b2                	lw	ra,44(sp)
   12ae2:	5422                	lw	s0,40(sp)
   12ae4:	5492                	lw	s1,36(sp)
   12ae6:	5902                	lw	s2,32(sp)
   12ae8:	49f2                	lw	s3,28(sp)
   12aea:	4a62                	lw	s4,24(sp)
   12aec:	4ad2                	lw	s5,20(sp)
   12aee:	4b42                	lw	s6,16(sp)
   12af0:	4bb2                	lw	s7,12(sp)
   12af2:	6145                	add	sp,sp,48
   12af4:	8082                	ret
   12af6:	555d                	li	a0,-9
   12af8:	8082                	ret
   12afa:	8baa                	mv	s7,a0
   12afc:	00a4f363          	bgeu	s1,a0,12b02 <tcp_recv+0xc2>
   12b00:	8ba6                	mv	s7,s1
   12b02:	013b07b3          	add	a5,s6,s3
   12b06:	079e                	sll	a5,a5,0x7
   12b08:	97d2                	add	a5,a5,s4
   12b0a:	47ac                	lw	a1,72(a5)
   12b0c:	6491                	lui	s1,0x4
   12b0e:	fff48713          	add	a4,s1,-1 # 3fff <errno+0x3fff>
   12b12:	08048793          	add	a5,s1,128
   12b16:	8df9                	and	a1,a1,a4
   12b18:	993e                	add	s2,s2,a5
   12b1a:	8c8d                	sub	s1,s1,a1
   12b1c:	9952                	add	s2,s2,s4
   12b1e:	009bf363          	bgeu	s7,s1,12b24 <tcp_recv+0xe4>
   12b22:	84de                	mv	s1,s7
   12b24:	8626                	mv	a2,s1
   12b26:	95ca                	add	a1,a1,s2
   12b28:	8522                	mv	a0,s0
   12b2a:	640010ef          	jal	1416a <memcpy>
   12b2e:	9b4e                	add	s6,s6,s3
   12b30:	409b8633          	sub	a2,s7,s1
   12b34:	85ca                	mv	a1,s2
   12b36:	00940533          	add	a0,s0,s1
   12b3a:	0b1e                	sll	s6,s6,0x7
   12b3c:	62e010ef          	jal	1416a <memcpy>
   12b40:	9a5a                	add	s4,s4,s6
   12b42:	048a2783          	lw	a5,72(s4)
   12b46:	04ca2703          	lw	a4,76(s4)
   12b4a:	8556                	mv	a0,s5
   12b4c:	97de                	add	a5,a5,s7
   12b4e:	07ca                	sll	a5,a5,0x12
   12b50:	83c9                	srl	a5,a5,0x12
   12b52:	41770733          	sub	a4,a4,s7
   12b56:	04fa2423          	sw	a5,72(s4)
   12b5a:	04ea2623          	sw	a4,76(s4)
   12b5e:	038a2403          	lw	s0,56(s4)
   12b62:	4f5000ef          	jal	13856 <inet_tcp_rcv_wnd>
   12b66:	001a4703          	lbu	a4,1(s4)
   12b6a:	01077793          	and	a5,a4,16
   12b6e:	ef95                	bnez	a5,12baa <tcp_recv+0x16a>
   12b70:	000a4683          	lbu	a3,0(s4)
   12b74:	4791                	li	a5,4
   12b76:	02d7fa63          	bgeu	a5,a3,12baa <tcp_recv+0x16a>
   12b7a:	03ca2783          	lw	a5,60(s4)
   12b7e:	6685                	lui	a3,0x1
   12b80:	b6768693          	add	a3,a3,-1177 # b67 <errno+0xb67>
   12b84:	40f407b3          	sub	a5,s0,a5
   12b88:	97aa                	add	a5,a5,a0
   12b8a:	02f6f063          	bgeu	a3,a5,12baa <tcp_recv+0x16a>
   12b8e:	00276713          	or	a4,a4,2
   12b92:	00ea00a3          	sb	a4,1(s4)
   12b96:	b96fe0ef          	jal	10f2c <inet_frame_get>
   12b9a:	842a                	mv	s0,a0
   12b9c:	85aa                	mv	a1,a0
   12b9e:	8556                	mv	a0,s5
   12ba0:	757000ef          	jal	13af6 <inet_tcp_output>
   12ba4:	8522                	mv	a0,s0
   12ba6:	be4fe0ef          	jal	10f8a <inet_frame_put>
   12baa:	855e                	mv	a0,s7
   12bac:	bf15                	j	12ae0 <tcp_recv+0xa0>
   12bae:	f9500513          	li	a0,-107
   12bb2:	b73d                	j	12ae0 <tcp_recv+0xa0>

00012bb4 <tcp_shutdown>:
   12bb4:	471d                	li	a4,7
   12bb6:	08a76b63          	bltu	a4,a0,12c4c <tcp_shutdown+0x98>
   12bba:	00851593          	sll	a1,a0,0x8
   12bbe:	00a58733          	add	a4,a1,a0
   12bc2:	000236b7          	lui	a3,0x23
   12bc6:	e7868693          	add	a3,a3,-392 # 22e78 <inet_tcbs>
   12bca:	071e                	sll	a4,a4,0x7
   12bcc:	9736                	add	a4,a4,a3
   12bce:	00074803          	lbu	a6,0(a4)
   12bd2:	87aa                	mv	a5,a0
   12bd4:	555d                	li	a0,-9
   12bd6:	0fd87613          	and	a2,a6,253
   12bda:	ce25                	beqz	a2,12c52 <tcp_shutdown+0x9e>
   12bdc:	00174603          	lbu	a2,1(a4)
   12be0:	00167893          	and	a7,a2,1
   12be4:	06088763          	beqz	a7,12c52 <tcp_shutdown+0x9e>
   12be8:	00467513          	and	a0,a2,4
   12bec:	e135                	bnez	a0,12c50 <tcp_shutdown+0x9c>
   12bee:	4515                	li	a0,5
   12bf0:	00a80c63          	beq	a6,a0,12c08 <tcp_shutdown+0x54>
   12bf4:	4521                	li	a0,8
   12bf6:	04a80963          	beq	a6,a0,12c48 <tcp_shutdown+0x94>
   12bfa:	00471503          	lh	a0,4(a4)
   12bfe:	04054a63          	bltz	a0,12c52 <tcp_shutdown+0x9e>
   12c02:	f9500513          	li	a0,-107
   12c06:	8082                	ret
   12c08:	4719                	li	a4,6
   12c0a:	95be                	add	a1,a1,a5
   12c0c:	00466613          	or	a2,a2,4
   12c10:	1141                	add	sp,sp,-16
   12c12:	0622                	sll	a2,a2,0x8
   12c14:	059e                	sll	a1,a1,0x7
   12c16:	c606                	sw	ra,12(sp)
   12c18:	c422                	sw	s0,8(sp)
   12c1a:	c226                	sw	s1,4(sp)
   12c1c:	00b68433          	add	s0,a3,a1
   12c20:	00c767b3          	or	a5,a4,a2
   12c24:	00f41023          	sh	a5,0(s0)
   12c28:	b04fe0ef          	jal	10f2c <inet_frame_get>
   12c2c:	84aa                	mv	s1,a0
   12c2e:	85aa                	mv	a1,a0
   12c30:	8522                	mv	a0,s0
   12c32:	6c5000ef          	jal	13af6 <inet_tcp_output>
   12c36:	8526                	mv	a0,s1
   12c38:	b52fe0ef          	jal	10f8a <inet_frame_put>
   12c3c:	40b2                	lw	ra,12(sp)
   12c3e:	4422                	lw	s0,8(sp)
   12c40:	4492                	lw	s1,4(sp)
   12c42:	4501                	li	a0,0
   12c44:	0141                	add	sp,sp,16
   12c46:	8082                	ret
   12c48:	4729                	li	a4,10
   12c4a:	b7c1                	j	12c0a <tcp_shutdown+0x56>
   12c4c:	555d                	li	a0,-9
   12c4e:	8082                	ret
   12c50:	4501                	li	a0,0
   12c52:	8082                	ret

00012c54 <tcp_close>:
   12c54:	479d                	li	a5,7
   12c56:	12a7eb63          	bltu	a5,a0,12d8c <tcp_close+0x138>
   12c5a:	7179                	add	sp,sp,-48
   12c5c:	ce4e                	sw	s3,28(sp)
   12c5e:	00851993          	sll	s3,a0,0x8
   12c62:	d226                	sw	s1,36(sp)
   12c64:	cc52                	sw	s4,24(sp)
   12c66:	000234b7          	lui	s1,0x23
   12c6a:	00a98a33          	add	s4,s3,a0
   12c6e:	d04a                	sw	s2,32(sp)
   12c70:	0a1e                	sll	s4,s4,0x7
   12c72:	e7848913          	add	s2,s1,-392 # 22e78 <inet_tcbs>
   12c76:	d422                	sw	s0,40(sp)
   12c78:	d606                	sw	ra,44(sp)
   12c7a:	ca56                	sw	s5,20(sp)
   12c7c:	c85a                	sw	s6,16(sp)
   12c7e:	c65e                	sw	s7,12(sp)
   12c80:	c462                	sw	s8,8(sp)
   12c82:	01490633          	add	a2,s2,s4
   12c86:	00064703          	lbu	a4,0(a2)
   12c8a:	4789                	li	a5,2
   12c8c:	842a                	mv	s0,a0
   12c8e:	10f70263          	beq	a4,a5,12d92 <tcp_close+0x13e>
   12c92:	0fd77693          	and	a3,a4,253
   12c96:	57dd                	li	a5,-9
   12c98:	cee9                	beqz	a3,12d72 <tcp_close+0x11e>
   12c9a:	00164683          	lbu	a3,1(a2)
   12c9e:	0016f593          	and	a1,a3,1
   12ca2:	c9e1                	beqz	a1,12d72 <tcp_close+0x11e>
   12ca4:	4785                	li	a5,1
   12ca6:	0af70763          	beq	a4,a5,12d54 <tcp_close+0x100>
   12caa:	1775                	add	a4,a4,-3
   12cac:	0ff77713          	zext.b	a4,a4
   12cb0:	0ae7f263          	bgeu	a5,a4,12d54 <tcp_close+0x100>
   12cb4:	3701                	jal	12bb4 <tcp_shutdown>
   12cb6:	c81027f3          	rdtimeh	a5
   12cba:	c01026f3          	rdtime	a3
   12cbe:	c8102773          	rdtimeh	a4
   12cc2:	fee79ae3          	bne	a5,a4,12cb6 <tcp_close+0x62>
   12cc6:	11e1a637          	lui	a2,0x11e1a
   12cca:	30060613          	add	a2,a2,768 # 11e1a300 <_end+0x11db6e88>
   12cce:	9636                	add	a2,a2,a3
   12cd0:	00d636b3          	sltu	a3,a2,a3
   12cd4:	6549                	lui	a0,0x12
   12cd6:	96be                	add	a3,a3,a5
   12cd8:	014905b3          	add	a1,s2,s4
   12cdc:	67050513          	add	a0,a0,1648 # 12670 <closed>
   12ce0:	d2afe0ef          	jal	1120a <inet_block>
   12ce4:	87aa                	mv	a5,a0
   12ce6:	0e054c63          	bltz	a0,12dde <tcp_close+0x18a>
   12cea:	008987b3          	add	a5,s3,s0
   12cee:	079e                	sll	a5,a5,0x7
   12cf0:	97ca                	add	a5,a5,s2
   12cf2:	0017c683          	lbu	a3,1(a5)
   12cf6:	0007c603          	lbu	a2,0(a5)
   12cfa:	00479783          	lh	a5,4(a5)
   12cfe:	00898733          	add	a4,s3,s0
   12d02:	071e                	sll	a4,a4,0x7
   12d04:	9af9                	and	a3,a3,-2
   12d06:	974a                	add	a4,a4,s2
   12d08:	00d700a3          	sb	a3,1(a4)
   12d0c:	4685                	li	a3,1
   12d0e:	04d60863          	beq	a2,a3,12d5e <tcp_close+0x10a>
   12d12:	ffd60713          	add	a4,a2,-3
   12d16:	0ff77713          	zext.b	a4,a4
   12d1a:	04e6f263          	bgeu	a3,a4,12d5e <tcp_close+0x10a>
   12d1e:	471d                	li	a4,7
   12d20:	04e61463          	bne	a2,a4,12d68 <tcp_close+0x114>
   12d24:	c8102773          	rdtimeh	a4
   12d28:	c0102673          	rdtime	a2
   12d2c:	c81026f3          	rdtimeh	a3
   12d30:	fed71ae3          	bne	a4,a3,12d24 <tcp_close+0xd0>
   12d34:	08f0d6b7          	lui	a3,0x8f0d
   12d38:	18068693          	add	a3,a3,384 # 8f0d180 <_end+0x8ea9d08>
   12d3c:	96b2                	add	a3,a3,a2
   12d3e:	99a2                	add	s3,s3,s0
   12d40:	099e                	sll	s3,s3,0x7
   12d42:	00c6b633          	sltu	a2,a3,a2
   12d46:	994e                	add	s2,s2,s3
   12d48:	963a                	add	a2,a2,a4
   12d4a:	04d92c23          	sw	a3,88(s2)
   12d4e:	04c92e23          	sw	a2,92(s2)
   12d52:	a819                	j	12d68 <tcp_close+0x114>
   12d54:	00461783          	lh	a5,4(a2)
   12d58:	9af9                	and	a3,a3,-2
   12d5a:	00d600a3          	sb	a3,1(a2)
   12d5e:	944e                	add	s0,s0,s3
   12d60:	041e                	sll	s0,s0,0x7
   12d62:	944a                	add	s0,s0,s2
   12d64:	00040023          	sb	zero,0(s0)
   12d68:	0017a713          	slti	a4,a5,1
   12d6c:	40e00733          	neg	a4,a4
   12d70:	8ff9                	and	a5,a5,a4
   12d72:	50b2                	lw	ra,44(sp)
   12d74:	5422                	lw	s0,40(sp)
   12d76:	5492                	lw	s1,36(sp)
   12d78:	5902                	lw	s2,32(sp)
   12d7a:	49f2                	lw	s3,28(sp)
   12d7c:	4a62                	lw	s4,24(sp)
   12d7e:	4ad2                	lw	s5,20(sp)
   12d80:	4b42                	lw	s6,16(sp)
   12d82:	4bb2                	lw	s7,12(sp)
   12d84:	4c22                	lw	s8,8(sp)
   12d86:	853e                	mv	a0,a5
   12d88:	6145                	add	sp,sp,48
   12d8a:	8082                	ret
   12d8c:	57dd                	li	a5,-9
   12d8e:	853e                	mv	a0,a5
   12d90:	8082                	ret
   12d92:	ff0107b7          	lui	a5,0xff010
   12d96:	407a5a13          	sra	s4,s4,0x7
   12d9a:	f0178793          	add	a5,a5,-255 # ff00ff01 <_end+0xfefaca89>
   12d9e:	02fa0a33          	mul	s4,s4,a5
   12da2:	00040ab7          	lui	s5,0x40
   12da6:	400a8a93          	add	s5,s5,1024 # 40400 <inet_tcbs+0x1d588>
   12daa:	6b21                	lui	s6,0x8
   12dac:	e7848493          	add	s1,s1,-392
   12db0:	9aca                	add	s5,s5,s2
   12db2:	4b89                	li	s7,2
   12db4:	080b0b13          	add	s6,s6,128 # 8080 <errno+0x8080>
   12db8:	0004c783          	lbu	a5,0(s1)
   12dbc:	00fbf663          	bgeu	s7,a5,12dc8 <tcp_close+0x174>
   12dc0:	00348783          	lb	a5,3(s1)
   12dc4:	03478663          	beq	a5,s4,12df0 <tcp_close+0x19c>
   12dc8:	94da                	add	s1,s1,s6
   12dca:	ff5497e3          	bne	s1,s5,12db8 <tcp_close+0x164>
   12dce:	008987b3          	add	a5,s3,s0
   12dd2:	079e                	sll	a5,a5,0x7
   12dd4:	97ca                	add	a5,a5,s2
   12dd6:	00078023          	sb	zero,0(a5)
   12dda:	4781                	li	a5,0
   12ddc:	bf59                	j	12d72 <tcp_close+0x11e>
   12dde:	00898733          	add	a4,s3,s0
   12de2:	071e                	sll	a4,a4,0x7
   12de4:	974a                	add	a4,a4,s2
   12de6:	00174683          	lbu	a3,1(a4)
   12dea:	00074603          	lbu	a2,0(a4)
   12dee:	bf01                	j	12cfe <tcp_close+0xaa>
   12df0:	93cfe0ef          	jal	10f2c <inet_frame_get>
   12df4:	8c2a                	mv	s8,a0
   12df6:	85e2                	mv	a1,s8
   12df8:	8526                	mv	a0,s1
   12dfa:	6a7000ef          	jal	13ca0 <inet_tcp_abort>
   12dfe:	8562                	mv	a0,s8
   12e00:	98afe0ef          	jal	10f8a <inet_frame_put>
   12e04:	b7d1                	j	12dc8 <tcp_close+0x174>

00012e06 <tcp_peer>:
   12e06:	471d                	li	a4,7
   12e08:	87aa                	mv	a5,a0
   12e0a:	04a76663          	bltu	a4,a0,12e56 <tcp_peer+0x50>
   12e0e:	00851813          	sll	a6,a0,0x8
   12e12:	00a80733          	add	a4,a6,a0
   12e16:	000236b7          	lui	a3,0x23
   12e1a:	e7868693          	add	a3,a3,-392 # 22e78 <inet_tcbs>
   12e1e:	071e                	sll	a4,a4,0x7
   12e20:	9736                	add	a4,a4,a3
   12e22:	00074883          	lbu	a7,0(a4)
   12e26:	555d                	li	a0,-9
   12e28:	0fd8f893          	and	a7,a7,253
   12e2c:	02088663          	beqz	a7,12e58 <tcp_peer+0x52>
   12e30:	00174883          	lbu	a7,1(a4)
   12e34:	0018f893          	and	a7,a7,1
   12e38:	02088063          	beqz	a7,12e58 <tcp_peer+0x52>
   12e3c:	c199                	beqz	a1,12e42 <tcp_peer+0x3c>
   12e3e:	4758                	lw	a4,12(a4)
   12e40:	c198                	sw	a4,0(a1)
   12e42:	ca01                	beqz	a2,12e52 <tcp_peer+0x4c>
   12e44:	983e                	add	a6,a6,a5
   12e46:	081e                	sll	a6,a6,0x7
   12e48:	96c2                	add	a3,a3,a6
   12e4a:	0086d783          	lhu	a5,8(a3)
   12e4e:	00f61023          	sh	a5,0(a2)
   12e52:	4501                	li	a0,0
   12e54:	8082                	ret
   12e56:	555d                	li	a0,-9
   12e58:	8082                	ret

00012e5a <reply_reset>:
   12e5a:	45dc                	lw	a5,12(a1)
   12e5c:	0047f713          	and	a4,a5,4
   12e60:	e33d                	bnez	a4,12ec6 <reply_reset+0x6c>
   12e62:	0005d683          	lhu	a3,0(a1)
   12e66:	0025d703          	lhu	a4,2(a1)
   12e6a:	7179                	add	sp,sp,-48
   12e6c:	06c2                	sll	a3,a3,0x10
   12e6e:	8f55                	or	a4,a4,a3
   12e70:	c03a                	sw	a4,0(sp)
   12e72:	4711                	li	a4,4
   12e74:	c63a                	sw	a4,12(sp)
   12e76:	d606                	sw	ra,44(sp)
   12e78:	c202                	sw	zero,4(sp)
   12e7a:	c402                	sw	zero,8(sp)
   12e7c:	c802                	sw	zero,16(sp)
   12e7e:	ca02                	sw	zero,20(sp)
   12e80:	cc02                	sw	zero,24(sp)
   12e82:	ce02                	sw	zero,28(sp)
   12e84:	0107f713          	and	a4,a5,16
   12e88:	e70d                	bnez	a4,12eb2 <reply_reset+0x58>
   12e8a:	49d0                	lw	a2,20(a1)
   12e8c:	41d8                	lw	a4,4(a1)
   12e8e:	0017f693          	and	a3,a5,1
   12e92:	8385                	srl	a5,a5,0x1
   12e94:	9732                	add	a4,a4,a2
   12e96:	454c                	lw	a1,12(a0)
   12e98:	9736                	add	a4,a4,a3
   12e9a:	4108                	lw	a0,0(a0)
   12e9c:	8b85                	and	a5,a5,1
   12e9e:	97ba                	add	a5,a5,a4
   12ea0:	c43e                	sw	a5,8(sp)
   12ea2:	860a                	mv	a2,sp
   12ea4:	47d1                	li	a5,20
   12ea6:	c63e                	sw	a5,12(sp)
   12ea8:	1c1000ef          	jal	13868 <inet_tcp_emit>
   12eac:	50b2                	lw	ra,44(sp)
   12eae:	6145                	add	sp,sp,48
   12eb0:	8082                	ret
   12eb2:	459c                	lw	a5,8(a1)
   12eb4:	454c                	lw	a1,12(a0)
   12eb6:	4108                	lw	a0,0(a0)
   12eb8:	860a                	mv	a2,sp
   12eba:	c23e                	sw	a5,4(sp)
   12ebc:	1ad000ef          	jal	13868 <inet_tcp_emit>
   12ec0:	50b2                	lw	ra,44(sp)
   12ec2:	6145                	add	sp,sp,48
   12ec4:	8082                	ret
   12ec6:	8082                	ret

00012ec8 <inet_tcp_input>:
   12ec8:	711d                	add	sp,sp,-96
   12eca:	c2d6                	sw	s5,68(sp)
   12ecc:	6af1                	lui	s5,0x1c
   12ece:	84ca8a93          	add	s5,s5,-1972 # 1b84c <inet_counters>
   12ed2:	05caa783          	lw	a5,92(s5)
   12ed6:	c8ca                	sw	s2,80(sp)
   12ed8:	00852903          	lw	s2,8(a0)
   12edc:	cca2                	sw	s0,88(sp)
   12ede:	0785                	add	a5,a5,1
   12ee0:	ce86                	sw	ra,92(sp)
   12ee2:	caa6                	sw	s1,84(sp)
   12ee4:	c6ce                	sw	s3,76(sp)
   12ee6:	c4d2                	sw	s4,72(sp)
   12ee8:	c0da                	sw	s6,64(sp)
   12eea:	de5e                	sw	s7,60(sp)
   12eec:	dc62                	sw	s8,56(sp)
   12eee:	da66                	sw	s9,52(sp)
   12ef0:	d86a                	sw	s10,48(sp)
   12ef2:	d66e                	sw	s11,44(sp)
   12ef4:	04faae23          	sw	a5,92(s5)
   12ef8:	47cd                	li	a5,19
   12efa:	4140                	lw	s0,4(a0)
   12efc:	5127f563          	bgeu	a5,s2,13406 <inet_tcp_input+0x53e>
   12f00:	00c44483          	lbu	s1,12(s0)
   12f04:	8091                	srl	s1,s1,0x4
   12f06:	048a                	sll	s1,s1,0x2
   12f08:	4e97ff63          	bgeu	a5,s1,13406 <inet_tcp_input+0x53e>
   12f0c:	4e996d63          	bltu	s2,s1,13406 <inet_tcp_input+0x53e>
   12f10:	490c                	lw	a1,16(a0)
   12f12:	8a2a                	mv	s4,a0
   12f14:	4548                	lw	a0,12(a0)
   12f16:	86ca                	mv	a3,s2
   12f18:	4619                	li	a2,6
   12f1a:	c16fe0ef          	jal	11330 <inet_pseudo_sum>
   12f1e:	862a                	mv	a2,a0
   12f20:	85ca                	mv	a1,s2
   12f22:	8522                	mv	a0,s0
   12f24:	ba4fe0ef          	jal	112c8 <inet_sum>
   12f28:	be6fe0ef          	jal	1130e <inet_fold>
   12f2c:	56051163          	bnez	a0,1348e <inet_tcp_input+0x5c6>
   12f30:	00144703          	lbu	a4,1(s0)
   12f34:	00344783          	lbu	a5,3(s0)
   12f38:	00f44683          	lbu	a3,15(s0)
   12f3c:	00e44883          	lbu	a7,14(s0)
   12f40:	00044f03          	lbu	t5,0(s0)
   12f44:	00244e83          	lbu	t4,2(s0)
   12f48:	00444903          	lbu	s2,4(s0)
   12f4c:	00544e03          	lbu	t3,5(s0)
   12f50:	00844983          	lbu	s3,8(s0)
   12f54:	00944303          	lbu	t1,9(s0)
   12f58:	0722                	sll	a4,a4,0x8
   12f5a:	07a2                	sll	a5,a5,0x8
   12f5c:	06a2                	sll	a3,a3,0x8
   12f5e:	0116e6b3          	or	a3,a3,a7
   12f62:	00744803          	lbu	a6,7(s0)
   12f66:	00644503          	lbu	a0,6(s0)
   12f6a:	01e76733          	or	a4,a4,t5
   12f6e:	01d7e7b3          	or	a5,a5,t4
   12f72:	00b44583          	lbu	a1,11(s0)
   12f76:	00a44603          	lbu	a2,10(s0)
   12f7a:	00871b13          	sll	s6,a4,0x8
   12f7e:	00879893          	sll	a7,a5,0x8
   12f82:	8321                	srl	a4,a4,0x8
   12f84:	83a1                	srl	a5,a5,0x8
   12f86:	00869b93          	sll	s7,a3,0x8
   12f8a:	008a2d03          	lw	s10,8(s4)
   12f8e:	82a1                	srl	a3,a3,0x8
   12f90:	0962                	sll	s2,s2,0x18
   12f92:	0e42                	sll	t3,t3,0x10
   12f94:	09e2                	sll	s3,s3,0x18
   12f96:	0342                	sll	t1,t1,0x10
   12f98:	00d44c83          	lbu	s9,13(s0)
   12f9c:	00eb6b33          	or	s6,s6,a4
   12fa0:	00f8e8b3          	or	a7,a7,a5
   12fa4:	00dbebb3          	or	s7,s7,a3
   12fa8:	01c96933          	or	s2,s2,t3
   12fac:	0069e9b3          	or	s3,s3,t1
   12fb0:	01096933          	or	s2,s2,a6
   12fb4:	00851713          	sll	a4,a0,0x8
   12fb8:	00861793          	sll	a5,a2,0x8
   12fbc:	00b9e9b3          	or	s3,s3,a1
   12fc0:	0b42                	sll	s6,s6,0x10
   12fc2:	08c2                	sll	a7,a7,0x10
   12fc4:	0bc2                	sll	s7,s7,0x10
   12fc6:	00f9e9b3          	or	s3,s3,a5
   12fca:	010b5b13          	srl	s6,s6,0x10
   12fce:	0108d893          	srl	a7,a7,0x10
   12fd2:	00e96933          	or	s2,s2,a4
   12fd6:	010bdb93          	srl	s7,s7,0x10
   12fda:	409d0d33          	sub	s10,s10,s1
   12fde:	00940db3          	add	s11,s0,s1
   12fe2:	cc02                	sw	zero,24(sp)
   12fe4:	01611023          	sh	s6,0(sp)
   12fe8:	01111123          	sh	a7,2(sp)
   12fec:	c24a                	sw	s2,4(sp)
   12fee:	c44e                	sw	s3,8(sp)
   12ff0:	c666                	sw	s9,12(sp)
   12ff2:	c85e                	sw	s7,16(sp)
   12ff4:	ca6a                	sw	s10,20(sp)
   12ff6:	ce6e                	sw	s11,28(sp)
   12ff8:	47d1                	li	a5,20
   12ffa:	8c66                	mv	s8,s9
   12ffc:	4805                	li	a6,1
   12ffe:	4689                	li	a3,2
   13000:	4511                	li	a0,4
   13002:	02f48763          	beq	s1,a5,13030 <inet_tcp_input+0x168>
   13006:	00f405b3          	add	a1,s0,a5
   1300a:	0005c603          	lbu	a2,0(a1)
   1300e:	c20d                	beqz	a2,13030 <inet_tcp_input+0x168>
   13010:	00178713          	add	a4,a5,1
   13014:	19060763          	beq	a2,a6,131a2 <inet_tcp_input+0x2da>
   13018:	00977c63          	bgeu	a4,s1,13030 <inet_tcp_input+0x168>
   1301c:	9722                	add	a4,a4,s0
   1301e:	00074703          	lbu	a4,0(a4)
   13022:	00e87763          	bgeu	a6,a4,13030 <inet_tcp_input+0x168>
   13026:	14d60963          	beq	a2,a3,13178 <inet_tcp_input+0x2b0>
   1302a:	97ba                	add	a5,a5,a4
   1302c:	fc97ede3          	bltu	a5,s1,13006 <inet_tcp_input+0x13e>
   13030:	06caa703          	lw	a4,108(s5)
   13034:	004cf493          	and	s1,s9,4
   13038:	000237b7          	lui	a5,0x23
   1303c:	009036b3          	snez	a3,s1
   13040:	00040637          	lui	a2,0x40
   13044:	9736                	add	a4,a4,a3
   13046:	e7878513          	add	a0,a5,-392 # 22e78 <inet_tcbs>
   1304a:	40060613          	add	a2,a2,1024 # 40400 <inet_tcbs+0x1d588>
   1304e:	66a1                	lui	a3,0x8
   13050:	00ca2803          	lw	a6,12(s4)
   13054:	e7878313          	add	t1,a5,-392
   13058:	06eaa623          	sw	a4,108(s5)
   1305c:	962a                	add	a2,a2,a0
   1305e:	e7878793          	add	a5,a5,-392
   13062:	4401                	li	s0,0
   13064:	4589                	li	a1,2
   13066:	08068693          	add	a3,a3,128 # 8080 <errno+0x8080>
   1306a:	a801                	j	1307a <inet_tcp_input+0x1b2>
   1306c:	0067d703          	lhu	a4,6(a5)
   13070:	13170d63          	beq	a4,a7,131aa <inet_tcp_input+0x2e2>
   13074:	97b6                	add	a5,a5,a3
   13076:	02c78063          	beq	a5,a2,13096 <inet_tcp_input+0x1ce>
   1307a:	0007c703          	lbu	a4,0(a5)
   1307e:	fee5e7e3          	bltu	a1,a4,1306c <inet_tcp_input+0x1a4>
   13082:	feb719e3          	bne	a4,a1,13074 <inet_tcp_input+0x1ac>
   13086:	0067d703          	lhu	a4,6(a5)
   1308a:	ff1715e3          	bne	a4,a7,13074 <inet_tcp_input+0x1ac>
   1308e:	843e                	mv	s0,a5
   13090:	97b6                	add	a5,a5,a3
   13092:	fec794e3          	bne	a5,a2,1307a <inet_tcp_input+0x1b2>
   13096:	22040a63          	beqz	s0,132ca <inet_tcp_input+0x402>
   1309a:	00044783          	lbu	a5,0(s0)
   1309e:	4709                	li	a4,2
   130a0:	14e78f63          	beq	a5,a4,131fe <inet_tcp_input+0x336>
   130a4:	470d                	li	a4,3
   130a6:	20e78363          	beq	a5,a4,132ac <inet_tcp_input+0x3e4>
   130aa:	4711                	li	a4,4
   130ac:	002cfb13          	and	s6,s9,2
   130b0:	00e79763          	bne	a5,a4,130be <inet_tcp_input+0x1f6>
   130b4:	000b0563          	beqz	s6,130be <inet_tcp_input+0x1f6>
   130b8:	585c                	lw	a5,52(s0)
   130ba:	32f90e63          	beq	s2,a5,133f6 <inet_tcp_input+0x52e>
   130be:	8522                	mv	a0,s0
   130c0:	2f59                	jal	13856 <inet_tcp_rcv_wnd>
   130c2:	001cf693          	and	a3,s9,1
   130c6:	5c18                	lw	a4,56(s0)
   130c8:	016037b3          	snez	a5,s6
   130cc:	97b6                	add	a5,a5,a3
   130ce:	97ea                	add	a5,a5,s10
   130d0:	40e906b3          	sub	a3,s2,a4
   130d4:	c7e5                	beqz	a5,131bc <inet_tcp_input+0x2f4>
   130d6:	c96d                	beqz	a0,131c8 <inet_tcp_input+0x300>
   130d8:	00a6e863          	bltu	a3,a0,130e8 <inet_tcp_input+0x220>
   130dc:	fff90613          	add	a2,s2,-1
   130e0:	97b2                	add	a5,a5,a2
   130e2:	8f99                	sub	a5,a5,a4
   130e4:	0ea7f263          	bgeu	a5,a0,131c8 <inet_tcp_input+0x300>
   130e8:	1606c763          	bltz	a3,13256 <inet_tcp_input+0x38e>
   130ec:	01a57663          	bgeu	a0,s10,130f8 <inet_tcp_input+0x230>
   130f0:	ffec7c13          	and	s8,s8,-2
   130f4:	ca2a                	sw	a0,20(sp)
   130f6:	c662                	sw	s8,12(sp)
   130f8:	004c7713          	and	a4,s8,4
   130fc:	00044783          	lbu	a5,0(s0)
   13100:	1c071a63          	bnez	a4,132d4 <inet_tcp_input+0x40c>
   13104:	002c7713          	and	a4,s8,2
   13108:	e379                	bnez	a4,131ce <inet_tcp_input+0x306>
   1310a:	010c7713          	and	a4,s8,16
   1310e:	c771                	beqz	a4,131da <inet_tcp_input+0x312>
   13110:	4711                	li	a4,4
   13112:	38e78463          	beq	a5,a4,1349a <inet_tcp_input+0x5d2>
   13116:	5018                	lw	a4,32(s0)
   13118:	413706b3          	sub	a3,a4,s3
   1311c:	0a06c963          	bltz	a3,131ce <inet_tcp_input+0x306>
   13120:	4c1c                	lw	a5,24(s0)
   13122:	413786b3          	sub	a3,a5,s3
   13126:	3e06c263          	bltz	a3,1350a <inet_tcp_input+0x642>
   1312a:	48f98b63          	beq	s3,a5,135c0 <inet_tcp_input+0x6f8>
   1312e:	541c                	lw	a5,40(s0)
   13130:	4912                	lw	s2,4(sp)
   13132:	41278733          	sub	a4,a5,s2
   13136:	38074b63          	bltz	a4,134cc <inet_tcp_input+0x604>
   1313a:	39278463          	beq	a5,s2,134c2 <inet_tcp_input+0x5fa>
   1313e:	00144683          	lbu	a3,1(s0)
   13142:	00044783          	lbu	a5,0(s0)
   13146:	0086f713          	and	a4,a3,8
   1314a:	38071d63          	bnez	a4,134e4 <inet_tcp_input+0x61c>
   1314e:	44d2                	lw	s1,20(sp)
   13150:	001c7c13          	and	s8,s8,1
   13154:	009c6733          	or	a4,s8,s1
   13158:	c349                	beqz	a4,131da <inet_tcp_input+0x312>
   1315a:	00144683          	lbu	a3,1(s0)
   1315e:	5c18                	lw	a4,56(s0)
   13160:	0026e693          	or	a3,a3,2
   13164:	00d400a3          	sb	a3,1(s0)
   13168:	48e90563          	beq	s2,a4,135f2 <inet_tcp_input+0x72a>
   1316c:	080aa703          	lw	a4,128(s5)
   13170:	0705                	add	a4,a4,1
   13172:	08eaa023          	sw	a4,128(s5)
   13176:	a095                	j	131da <inet_tcp_input+0x312>
   13178:	eaa719e3          	bne	a4,a0,1302a <inet_tcp_input+0x162>
   1317c:	00478613          	add	a2,a5,4
   13180:	eac4e5e3          	bltu	s1,a2,1302a <inet_tcp_input+0x162>
   13184:	0035c603          	lbu	a2,3(a1)
   13188:	0025c583          	lbu	a1,2(a1)
   1318c:	97ba                	add	a5,a5,a4
   1318e:	0622                	sll	a2,a2,0x8
   13190:	8e4d                	or	a2,a2,a1
   13192:	00861593          	sll	a1,a2,0x8
   13196:	8221                	srl	a2,a2,0x8
   13198:	8e4d                	or	a2,a2,a1
   1319a:	0642                	sll	a2,a2,0x10
   1319c:	8241                	srl	a2,a2,0x10
   1319e:	cc32                	sw	a2,24(sp)
   131a0:	b571                	j	1302c <inet_tcp_input+0x164>
   131a2:	87ba                	mv	a5,a4
   131a4:	e697e1e3          	bltu	a5,s1,13006 <inet_tcp_input+0x13e>
   131a8:	b561                	j	13030 <inet_tcp_input+0x168>
   131aa:	0087d703          	lhu	a4,8(a5)
   131ae:	ed6713e3          	bne	a4,s6,13074 <inet_tcp_input+0x1ac>
   131b2:	47d8                	lw	a4,12(a5)
   131b4:	ece810e3          	bne	a6,a4,13074 <inet_tcp_input+0x1ac>
   131b8:	843e                	mv	s0,a5
   131ba:	b5c5                	j	1309a <inet_tcp_input+0x1d2>
   131bc:	00a6b7b3          	sltu	a5,a3,a0
   131c0:	e119                	bnez	a0,131c6 <inet_tcp_input+0x2fe>
   131c2:	0016b793          	seqz	a5,a3
   131c6:	f38d                	bnez	a5,130e8 <inet_tcp_input+0x220>
   131c8:	00044783          	lbu	a5,0(s0)
   131cc:	e499                	bnez	s1,131da <inet_tcp_input+0x312>
   131ce:	00144703          	lbu	a4,1(s0)
   131d2:	00276713          	or	a4,a4,2
   131d6:	00e400a3          	sb	a4,1(s0)
   131da:	4709                	li	a4,2
   131dc:	0af76563          	bltu	a4,a5,13286 <inet_tcp_input+0x3be>
   131e0:	40f6                	lw	ra,92(sp)
   131e2:	4466                	lw	s0,88(sp)
   131e4:	44d6                	lw	s1,84(sp)
   131e6:	4946                	lw	s2,80(sp)
   131e8:	49b6                	lw	s3,76(sp)
   131ea:	4a26                	lw	s4,72(sp)
   131ec:	4a96                	lw	s5,68(sp)
   131ee:	4b06                	lw	s6,64(sp)
   131f0:	5bf2                	lw	s7,60(sp)
   131f2:	5c62                	lw	s8,56(sp)
   131f4:	5cd2                	lw	s9,52(sp)
   131f6:	5d42                	lw	s10,48(sp)
   131f8:	5db2                	lw	s11,44(sp)
   131fa:	6125                	add	sp,sp,96
   131fc:	8082                	ret
   131fe:	f0ed                	bnez	s1,131e0 <inet_tcp_input+0x318>
   13200:	010cf793          	and	a5,s9,16
   13204:	efc5                	bnez	a5,132bc <inet_tcp_input+0x3f4>
   13206:	002cfc93          	and	s9,s9,2
   1320a:	fc0c8be3          	beqz	s9,131e0 <inet_tcp_input+0x318>
   1320e:	406404b3          	sub	s1,s0,t1
   13212:	ff0107b7          	lui	a5,0xff010
   13216:	849d                	sra	s1,s1,0x7
   13218:	f0178793          	add	a5,a5,-255 # ff00ff01 <_end+0xfefaca89>
   1321c:	02f484b3          	mul	s1,s1,a5
   13220:	6721                	lui	a4,0x8
   13222:	4681                	li	a3,0
   13224:	4589                	li	a1,2
   13226:	08070713          	add	a4,a4,128 # 8080 <errno+0x8080>
   1322a:	00054783          	lbu	a5,0(a0)
   1322e:	00f5f863          	bgeu	a1,a5,1323e <inet_tcp_input+0x376>
   13232:	00350783          	lb	a5,3(a0)
   13236:	8f85                	sub	a5,a5,s1
   13238:	0017b793          	seqz	a5,a5
   1323c:	96be                	add	a3,a3,a5
   1323e:	953a                	add	a0,a0,a4
   13240:	fea615e3          	bne	a2,a0,1322a <inet_tcp_input+0x362>
   13244:	478d                	li	a5,3
   13246:	1cd7f663          	bgeu	a5,a3,13412 <inet_tcp_input+0x54a>
   1324a:	084aa783          	lw	a5,132(s5)
   1324e:	0785                	add	a5,a5,1
   13250:	08faa223          	sw	a5,132(s5)
   13254:	b771                	j	131e0 <inet_tcp_input+0x318>
   13256:	41270933          	sub	s2,a4,s2
   1325a:	000b0663          	beqz	s6,13266 <inet_tcp_input+0x39e>
   1325e:	ffdcfc13          	and	s8,s9,-3
   13262:	c662                	sw	s8,12(sp)
   13264:	197d                	add	s2,s2,-1
   13266:	87ea                	mv	a5,s10
   13268:	17a96563          	bltu	s2,s10,133d2 <inet_tcp_input+0x50a>
   1326c:	9dbe                	add	s11,s11,a5
   1326e:	40fd0d33          	sub	s10,s10,a5
   13272:	ce6e                	sw	s11,28(sp)
   13274:	ca6a                	sw	s10,20(sp)
   13276:	c23a                	sw	a4,4(sp)
   13278:	bd95                	j	130ec <inet_tcp_input+0x224>
   1327a:	4701                	li	a4,0
   1327c:	e489                	bnez	s1,13286 <inet_tcp_input+0x3be>
   1327e:	002cfc93          	and	s9,s9,2
   13282:	060c9463          	bnez	s9,132ea <inet_tcp_input+0x422>
   13286:	8522                	mv	a0,s0
   13288:	4466                	lw	s0,88(sp)
   1328a:	000a2583          	lw	a1,0(s4)
   1328e:	40f6                	lw	ra,92(sp)
   13290:	44d6                	lw	s1,84(sp)
   13292:	4946                	lw	s2,80(sp)
   13294:	49b6                	lw	s3,76(sp)
   13296:	4a26                	lw	s4,72(sp)
   13298:	4a96                	lw	s5,68(sp)
   1329a:	4b06                	lw	s6,64(sp)
   1329c:	5bf2                	lw	s7,60(sp)
   1329e:	5c62                	lw	s8,56(sp)
   132a0:	5cd2                	lw	s9,52(sp)
   132a2:	5d42                	lw	s10,48(sp)
   132a4:	5db2                	lw	s11,44(sp)
   132a6:	6125                	add	sp,sp,96
   132a8:	04f0006f          	j	13af6 <inet_tcp_output>
   132ac:	010cf793          	and	a5,s9,16
   132b0:	d7e9                	beqz	a5,1327a <inet_tcp_input+0x3b2>
   132b2:	485c                	lw	a5,20(s0)
   132b4:	413787b3          	sub	a5,a5,s3
   132b8:	1007cf63          	bltz	a5,133d6 <inet_tcp_input+0x50e>
   132bc:	858a                	mv	a1,sp
   132be:	8552                	mv	a0,s4
   132c0:	b9bff0ef          	jal	12e5a <reply_reset>
   132c4:	00044783          	lbu	a5,0(s0)
   132c8:	bf09                	j	131da <inet_tcp_input+0x312>
   132ca:	858a                	mv	a1,sp
   132cc:	8552                	mv	a0,s4
   132ce:	b8dff0ef          	jal	12e5a <reply_reset>
   132d2:	b739                	j	131e0 <inet_tcp_input+0x318>
   132d4:	4711                	li	a4,4
   132d6:	f9800593          	li	a1,-104
   132da:	12e78363          	beq	a5,a4,13400 <inet_tcp_input+0x538>
   132de:	8522                	mv	a0,s0
   132e0:	207000ef          	jal	13ce6 <inet_tcp_fail>
   132e4:	00044783          	lbu	a5,0(s0)
   132e8:	bdcd                	j	131da <inet_tcp_input+0x312>
   132ea:	4662                	lw	a2,24(sp)
   132ec:	00190793          	add	a5,s2,1
   132f0:	03242a23          	sw	s2,52(s0)
   132f4:	dc5c                	sw	a5,60(s0)
   132f6:	dc1c                	sw	a5,56(s0)
   132f8:	21800693          	li	a3,536
   132fc:	c205                	beqz	a2,1331c <inet_tcp_input+0x454>
   132fe:	5b400793          	li	a5,1460
   13302:	5b400693          	li	a3,1460
   13306:	00c7eb63          	bltu	a5,a2,1331c <inet_tcp_input+0x454>
   1330a:	04000793          	li	a5,64
   1330e:	86b2                	mv	a3,a2
   13310:	00f67463          	bgeu	a2,a5,13318 <inet_tcp_input+0x450>
   13314:	04000693          	li	a3,64
   13318:	06c2                	sll	a3,a3,0x10
   1331a:	82c1                	srl	a3,a3,0x10
   1331c:	00144783          	lbu	a5,1(s0)
   13320:	00d41523          	sh	a3,10(s0)
   13324:	03742823          	sw	s7,48(s0)
   13328:	0027e793          	or	a5,a5,2
   1332c:	03742223          	sw	s7,36(s0)
   13330:	03242423          	sw	s2,40(s0)
   13334:	03342623          	sw	s3,44(s0)
   13338:	00f400a3          	sb	a5,1(s0)
   1333c:	14070363          	beqz	a4,13482 <inet_tcp_input+0x5ba>
   13340:	5c30                	lw	a2,120(s0)
   13342:	5c6c                	lw	a1,124(s0)
   13344:	00b667b3          	or	a5,a2,a1
   13348:	e79d                	bnez	a5,13376 <inet_tcp_input+0x4ae>
   1334a:	82c1a783          	lw	a5,-2004(gp) # 18044 <established>
   1334e:	4801                	li	a6,0
   13350:	4695                	li	a3,5
   13352:	0785                	add	a5,a5,1
   13354:	82f1a623          	sw	a5,-2004(gp) # 18044 <established>
   13358:	c81c                	sw	a5,16(s0)
   1335a:	4781                	li	a5,0
   1335c:	01342c23          	sw	s3,24(s0)
   13360:	00d40023          	sb	a3,0(s0)
   13364:	00040123          	sb	zero,2(s0)
   13368:	c83c                	sw	a5,80(s0)
   1336a:	05042a23          	sw	a6,84(s0)
   1336e:	dc3c                	sw	a5,120(s0)
   13370:	07042e23          	sw	a6,124(s0)
   13374:	bf09                	j	13286 <inet_tcp_input+0x3be>
   13376:	c81027f3          	rdtimeh	a5
   1337a:	c01026f3          	rdtime	a3
   1337e:	c8102773          	rdtimeh	a4
   13382:	fee79ae3          	bne	a5,a4,13376 <inet_tcp_input+0x4ae>
   13386:	40c68633          	sub	a2,a3,a2
   1338a:	00c6b6b3          	sltu	a3,a3,a2
   1338e:	8f8d                	sub	a5,a5,a1
   13390:	8f95                	sub	a5,a5,a3
   13392:	00f60733          	add	a4,a2,a5
   13396:	00c736b3          	sltu	a3,a4,a2
   1339a:	9736                	add	a4,a4,a3
   1339c:	4695                	li	a3,5
   1339e:	02d77733          	remu	a4,a4,a3
   133a2:	ccccd6b7          	lui	a3,0xccccd
   133a6:	ccd68693          	add	a3,a3,-819 # cccccccd <_end+0xccc69855>
   133aa:	8522                	mv	a0,s0
   133ac:	40e60733          	sub	a4,a2,a4
   133b0:	00e63633          	sltu	a2,a2,a4
   133b4:	8f91                	sub	a5,a5,a2
   133b6:	02d787b3          	mul	a5,a5,a3
   133ba:	02d73633          	mulhu	a2,a4,a3
   133be:	02d70733          	mul	a4,a4,a3
   133c2:	97b2                	add	a5,a5,a2
   133c4:	07fe                	sll	a5,a5,0x1f
   133c6:	00175593          	srl	a1,a4,0x1
   133ca:	8ddd                	or	a1,a1,a5
   133cc:	16d000ef          	jal	13d38 <inet_tcp_rtt_sample>
   133d0:	bfad                	j	1334a <inet_tcp_input+0x482>
   133d2:	87ca                	mv	a5,s2
   133d4:	bd61                	j	1326c <inet_tcp_input+0x3a4>
   133d6:	501c                	lw	a5,32(s0)
   133d8:	40f987b3          	sub	a5,s3,a5
   133dc:	eef040e3          	bgtz	a5,132bc <inet_tcp_input+0x3f4>
   133e0:	4705                	li	a4,1
   133e2:	e8048ee3          	beqz	s1,1327e <inet_tcp_input+0x3b6>
   133e6:	f9100593          	li	a1,-111
   133ea:	8522                	mv	a0,s0
   133ec:	0fb000ef          	jal	13ce6 <inet_tcp_fail>
   133f0:	00044783          	lbu	a5,0(s0)
   133f4:	b3dd                	j	131da <inet_tcp_input+0x312>
   133f6:	cc0494e3          	bnez	s1,130be <inet_tcp_input+0x1f6>
   133fa:	485c                	lw	a5,20(s0)
   133fc:	cc5c                	sw	a5,28(s0)
   133fe:	b561                	j	13286 <inet_tcp_input+0x3be>
   13400:	f9100593          	li	a1,-111
   13404:	bde9                	j	132de <inet_tcp_input+0x416>
   13406:	068aa783          	lw	a5,104(s5)
   1340a:	0785                	add	a5,a5,1
   1340c:	06faa423          	sw	a5,104(s5)
   13410:	bbc1                	j	131e0 <inet_tcp_input+0x318>
   13412:	2ea1                	jal	1376a <inet_tcb_alloc>
   13414:	8c2a                	mv	s8,a0
   13416:	c175                	beqz	a0,134fa <inet_tcp_input+0x632>
   13418:	00645603          	lhu	a2,6(s0)
   1341c:	00ca2583          	lw	a1,12(s4)
   13420:	4711                	li	a4,4
   13422:	86da                	mv	a3,s6
   13424:	2665                	jal	137cc <inet_tcp_start>
   13426:	4762                	lw	a4,24(sp)
   13428:	00190793          	add	a5,s2,1
   1342c:	02fc2e23          	sw	a5,60(s8)
   13430:	02fc2c23          	sw	a5,56(s8)
   13434:	009c01a3          	sb	s1,3(s8)
   13438:	032c2a23          	sw	s2,52(s8)
   1343c:	21800793          	li	a5,536
   13440:	c305                	beqz	a4,13460 <inet_tcp_input+0x598>
   13442:	5b400693          	li	a3,1460
   13446:	5b400793          	li	a5,1460
   1344a:	00e6eb63          	bltu	a3,a4,13460 <inet_tcp_input+0x598>
   1344e:	87ba                	mv	a5,a4
   13450:	04000713          	li	a4,64
   13454:	00e7f463          	bgeu	a5,a4,1345c <inet_tcp_input+0x594>
   13458:	04000793          	li	a5,64
   1345c:	07c2                	sll	a5,a5,0x10
   1345e:	83c1                	srl	a5,a5,0x10
   13460:	000a2583          	lw	a1,0(s4)
   13464:	8562                	mv	a0,s8
   13466:	00fc1523          	sh	a5,10(s8)
   1346a:	037c2823          	sw	s7,48(s8)
   1346e:	037c2223          	sw	s7,36(s8)
   13472:	032c2423          	sw	s2,40(s8)
   13476:	033c2623          	sw	s3,44(s8)
   1347a:	2db5                	jal	13af6 <inet_tcp_output>
   1347c:	00044783          	lbu	a5,0(s0)
   13480:	bba9                	j	131da <inet_tcp_input+0x312>
   13482:	485c                	lw	a5,20(s0)
   13484:	4711                	li	a4,4
   13486:	00e40023          	sb	a4,0(s0)
   1348a:	cc5c                	sw	a5,28(s0)
   1348c:	bbed                	j	13286 <inet_tcp_input+0x3be>
   1348e:	064aa783          	lw	a5,100(s5)
   13492:	0785                	add	a5,a5,1
   13494:	06faa223          	sw	a5,100(s5)
   13498:	b3a1                	j	131e0 <inet_tcp_input+0x318>
   1349a:	4c1c                	lw	a5,24(s0)
   1349c:	40f98733          	sub	a4,s3,a5
   134a0:	e0e05ee3          	blez	a4,132bc <inet_tcp_input+0x3f4>
   134a4:	5018                	lw	a4,32(s0)
   134a6:	413706b3          	sub	a3,a4,s3
   134aa:	e006c9e3          	bltz	a3,132bc <inet_tcp_input+0x3f4>
   134ae:	82c1a683          	lw	a3,-2004(gp) # 18044 <established>
   134b2:	4595                	li	a1,5
   134b4:	00b40023          	sb	a1,0(s0)
   134b8:	0685                	add	a3,a3,1
   134ba:	82d1a623          	sw	a3,-2004(gp) # 18044 <established>
   134be:	c814                	sw	a3,16(s0)
   134c0:	b18d                	j	13122 <inet_tcp_input+0x25a>
   134c2:	545c                	lw	a5,44(s0)
   134c4:	413787b3          	sub	a5,a5,s3
   134c8:	c6f04be3          	bgtz	a5,1313e <inet_tcp_input+0x276>
   134cc:	581c                	lw	a5,48(s0)
   134ce:	03742223          	sw	s7,36(s0)
   134d2:	0177f363          	bgeu	a5,s7,134d8 <inet_tcp_input+0x610>
   134d6:	87de                	mv	a5,s7
   134d8:	d81c                	sw	a5,48(s0)
   134da:	03242423          	sw	s2,40(s0)
   134de:	03342623          	sw	s3,44(s0)
   134e2:	b9b1                	j	1313e <inet_tcp_input+0x276>
   134e4:	4719                	li	a4,6
   134e6:	14e78b63          	beq	a5,a4,1363c <inet_tcp_input+0x774>
   134ea:	4725                	li	a4,9
   134ec:	1ee78f63          	beq	a5,a4,136ea <inet_tcp_input+0x822>
   134f0:	4729                	li	a4,10
   134f2:	c4e79ee3          	bne	a5,a4,1314e <inet_tcp_input+0x286>
   134f6:	4581                	li	a1,0
   134f8:	b3dd                	j	132de <inet_tcp_input+0x416>
   134fa:	084aa703          	lw	a4,132(s5)
   134fe:	00044783          	lbu	a5,0(s0)
   13502:	0705                	add	a4,a4,1
   13504:	08eaa223          	sw	a4,132(s5)
   13508:	b9c9                	j	131da <inet_tcp_input+0x312>
   1350a:	484c                	lw	a1,20(s0)
   1350c:	40f986b3          	sub	a3,s3,a5
   13510:	4070                	lw	a2,68(s0)
   13512:	40f587b3          	sub	a5,a1,a5
   13516:	0017b793          	seqz	a5,a5
   1351a:	8e9d                	sub	a3,a3,a5
   1351c:	85b2                	mv	a1,a2
   1351e:	00c6f363          	bgeu	a3,a2,13524 <inet_tcp_input+0x65c>
   13522:	85b6                	mv	a1,a3
   13524:	403c                	lw	a5,64(s0)
   13526:	8e0d                	sub	a2,a2,a1
   13528:	c070                	sw	a2,68(s0)
   1352a:	97ae                	add	a5,a5,a1
   1352c:	07ca                	sll	a5,a5,0x12
   1352e:	83c9                	srl	a5,a5,0x12
   13530:	c03c                	sw	a5,64(s0)
   13532:	00d5f863          	bgeu	a1,a3,13542 <inet_tcp_input+0x67a>
   13536:	00144783          	lbu	a5,1(s0)
   1353a:	0087e793          	or	a5,a5,8
   1353e:	00f400a3          	sb	a5,1(s0)
   13542:	5c28                	lw	a0,120(s0)
   13544:	5c74                	lw	a3,124(s0)
   13546:	00d567b3          	or	a5,a0,a3
   1354a:	c791                	beqz	a5,13556 <inet_tcp_input+0x68e>
   1354c:	583c                	lw	a5,112(s0)
   1354e:	413787b3          	sub	a5,a5,s3
   13552:	02f05963          	blez	a5,13584 <inet_tcp_input+0x6bc>
   13556:	4c5c                	lw	a5,28(s0)
   13558:	01342c23          	sw	s3,24(s0)
   1355c:	413787b3          	sub	a5,a5,s3
   13560:	0007d463          	bgez	a5,13568 <inet_tcp_input+0x6a0>
   13564:	01342e23          	sw	s3,28(s0)
   13568:	4781                	li	a5,0
   1356a:	4801                	li	a6,0
   1356c:	00040123          	sb	zero,2(s0)
   13570:	06040623          	sb	zero,108(s0)
   13574:	c83c                	sw	a5,80(s0)
   13576:	05042a23          	sw	a6,84(s0)
   1357a:	bae98ae3          	beq	s3,a4,1312e <inet_tcp_input+0x266>
   1357e:	8522                	mv	a0,s0
   13580:	21f1                	jal	13a4c <inet_tcp_arm>
   13582:	b675                	j	1312e <inet_tcp_input+0x266>
   13584:	c8102773          	rdtimeh	a4
   13588:	c01027f3          	rdtime	a5
   1358c:	c8102673          	rdtimeh	a2
   13590:	fec71ae3          	bne	a4,a2,13584 <inet_tcp_input+0x6bc>
   13594:	40a78533          	sub	a0,a5,a0
   13598:	8f15                	sub	a4,a4,a3
   1359a:	00a7b7b3          	sltu	a5,a5,a0
   1359e:	40f705b3          	sub	a1,a4,a5
   135a2:	4629                	li	a2,10
   135a4:	4681                	li	a3,0
   135a6:	6aa020ef          	jal	15c50 <__udivdi3>
   135aa:	85aa                	mv	a1,a0
   135ac:	8522                	mv	a0,s0
   135ae:	78a000ef          	jal	13d38 <inet_tcp_rtt_sample>
   135b2:	4781                	li	a5,0
   135b4:	4801                	li	a6,0
   135b6:	5018                	lw	a4,32(s0)
   135b8:	dc3c                	sw	a5,120(s0)
   135ba:	07042e23          	sw	a6,124(s0)
   135be:	bf61                	j	13556 <inet_tcp_input+0x68e>
   135c0:	4652                	lw	a2,20(sp)
   135c2:	001c7793          	and	a5,s8,1
   135c6:	5054                	lw	a3,36(s0)
   135c8:	8fd1                	or	a5,a5,a2
   135ca:	ebe1                	bnez	a5,1369a <inet_tcp_input+0x7d2>
   135cc:	0cdb9763          	bne	s7,a3,1369a <inet_tcp_input+0x7d2>
   135d0:	0d370563          	beq	a4,s3,1369a <inet_tcp_input+0x7d2>
   135d4:	06c44783          	lbu	a5,108(s0)
   135d8:	470d                	li	a4,3
   135da:	0785                	add	a5,a5,1
   135dc:	0ff7f793          	zext.b	a5,a5
   135e0:	06f40623          	sb	a5,108(s0)
   135e4:	10e78863          	beq	a5,a4,136f4 <inet_tcp_input+0x82c>
   135e8:	b40693e3          	bnez	a3,1312e <inet_tcp_input+0x266>
   135ec:	00040123          	sb	zero,2(s0)
   135f0:	be3d                	j	1312e <inet_tcp_input+0x266>
   135f2:	ffb78693          	add	a3,a5,-5
   135f6:	0ff6f693          	zext.b	a3,a3
   135fa:	4609                	li	a2,2
   135fc:	0ad67263          	bgeu	a2,a3,136a0 <inet_tcp_input+0x7d8>
   13600:	bc049de3          	bnez	s1,131da <inet_tcp_input+0x312>
   13604:	bc0c0be3          	beqz	s8,131da <inet_tcp_input+0x312>
   13608:	00144683          	lbu	a3,1(s0)
   1360c:	0106f613          	and	a2,a3,16
   13610:	bc0615e3          	bnez	a2,131da <inet_tcp_input+0x312>
   13614:	0705                	add	a4,a4,1
   13616:	0106e693          	or	a3,a3,16
   1361a:	dc18                	sw	a4,56(s0)
   1361c:	00d400a3          	sb	a3,1(s0)
   13620:	4715                	li	a4,5
   13622:	0ee78963          	beq	a5,a4,13714 <inet_tcp_input+0x84c>
   13626:	4719                	li	a4,6
   13628:	0ee78263          	beq	a5,a4,1370c <inet_tcp_input+0x844>
   1362c:	471d                	li	a4,7
   1362e:	bae796e3          	bne	a5,a4,131da <inet_tcp_input+0x312>
   13632:	8522                	mv	a0,s0
   13634:	25f9                	jal	13d02 <inet_tcp_time_wait>
   13636:	00044783          	lbu	a5,0(s0)
   1363a:	b645                	j	131da <inet_tcp_input+0x312>
   1363c:	479d                	li	a5,7
   1363e:	00f40023          	sb	a5,0(s0)
   13642:	0016f793          	and	a5,a3,1
   13646:	cb8d                	beqz	a5,13678 <inet_tcp_input+0x7b0>
   13648:	4781                	li	a5,0
   1364a:	4701                	li	a4,0
   1364c:	44d2                	lw	s1,20(sp)
   1364e:	001c7c13          	and	s8,s8,1
   13652:	cc3c                	sw	a5,88(s0)
   13654:	cc78                	sw	a4,92(s0)
   13656:	0184e7b3          	or	a5,s1,s8
   1365a:	c20786e3          	beqz	a5,13286 <inet_tcp_input+0x3be>
   1365e:	5c1c                	lw	a5,56(s0)
   13660:	0026e693          	or	a3,a3,2
   13664:	00d400a3          	sb	a3,1(s0)
   13668:	03278c63          	beq	a5,s2,136a0 <inet_tcp_input+0x7d8>
   1366c:	080aa783          	lw	a5,128(s5)
   13670:	0785                	add	a5,a5,1
   13672:	08faa023          	sw	a5,128(s5)
   13676:	b901                	j	13286 <inet_tcp_input+0x3be>
   13678:	c8102673          	rdtimeh	a2
   1367c:	c0102773          	rdtime	a4
   13680:	c81027f3          	rdtimeh	a5
   13684:	fef61ae3          	bne	a2,a5,13678 <inet_tcp_input+0x7b0>
   13688:	08f0d7b7          	lui	a5,0x8f0d
   1368c:	18078793          	add	a5,a5,384 # 8f0d180 <_end+0x8ea9d08>
   13690:	97ba                	add	a5,a5,a4
   13692:	00e7b733          	sltu	a4,a5,a4
   13696:	9732                	add	a4,a4,a2
   13698:	bf55                	j	1364c <inet_tcp_input+0x784>
   1369a:	06040623          	sb	zero,108(s0)
   1369e:	b7a9                	j	135e8 <inet_tcp_input+0x720>
   136a0:	4428                	lw	a0,72(s0)
   136a2:	4478                	lw	a4,76(s0)
   136a4:	6911                	lui	s2,0x4
   136a6:	fff90793          	add	a5,s2,-1 # 3fff <errno+0x3fff>
   136aa:	953a                	add	a0,a0,a4
   136ac:	8d7d                	and	a0,a0,a5
   136ae:	08090993          	add	s3,s2,128
   136b2:	40a90933          	sub	s2,s2,a0
   136b6:	4af2                	lw	s5,28(sp)
   136b8:	99a2                	add	s3,s3,s0
   136ba:	0124f363          	bgeu	s1,s2,136c0 <inet_tcp_input+0x7f8>
   136be:	8926                	mv	s2,s1
   136c0:	864a                	mv	a2,s2
   136c2:	85d6                	mv	a1,s5
   136c4:	954e                	add	a0,a0,s3
   136c6:	2a5000ef          	jal	1416a <memcpy>
   136ca:	41248633          	sub	a2,s1,s2
   136ce:	012a85b3          	add	a1,s5,s2
   136d2:	854e                	mv	a0,s3
   136d4:	297000ef          	jal	1416a <memcpy>
   136d8:	4474                	lw	a3,76(s0)
   136da:	5c18                	lw	a4,56(s0)
   136dc:	00044783          	lbu	a5,0(s0)
   136e0:	96a6                	add	a3,a3,s1
   136e2:	9726                	add	a4,a4,s1
   136e4:	c474                	sw	a3,76(s0)
   136e6:	dc18                	sw	a4,56(s0)
   136e8:	bf31                	j	13604 <inet_tcp_input+0x73c>
   136ea:	8522                	mv	a0,s0
   136ec:	2d19                	jal	13d02 <inet_tcp_time_wait>
   136ee:	00044783          	lbu	a5,0(s0)
   136f2:	bcb1                	j	1314e <inet_tcp_input+0x286>
   136f4:	078aa783          	lw	a5,120(s5)
   136f8:	4581                	li	a1,0
   136fa:	4601                	li	a2,0
   136fc:	0785                	add	a5,a5,1
   136fe:	01342e23          	sw	s3,28(s0)
   13702:	dc2c                	sw	a1,120(s0)
   13704:	dc70                	sw	a2,124(s0)
   13706:	06faac23          	sw	a5,120(s5)
   1370a:	bdf9                	j	135e8 <inet_tcp_input+0x720>
   1370c:	47a5                	li	a5,9
   1370e:	00f40023          	sb	a5,0(s0)
   13712:	be95                	j	13286 <inet_tcp_input+0x3be>
   13714:	47a1                	li	a5,8
   13716:	00f40023          	sb	a5,0(s0)
   1371a:	b6b5                	j	13286 <inet_tcp_input+0x3be>

0001371c <inet_tcp_reset>:
   1371c:	000237b7          	lui	a5,0x23
   13720:	e7878793          	add	a5,a5,-392 # 22e78 <inet_tcbs>
   13724:	68a1                	lui	a7,0x8
   13726:	6841                	lui	a6,0x10
   13728:	6561                	lui	a0,0x18
   1372a:	000205b7          	lui	a1,0x20
   1372e:	00028637          	lui	a2,0x28
   13732:	000306b7          	lui	a3,0x30
   13736:	00038737          	lui	a4,0x38
   1373a:	98be                	add	a7,a7,a5
   1373c:	983e                	add	a6,a6,a5
   1373e:	953e                	add	a0,a0,a5
   13740:	95be                	add	a1,a1,a5
   13742:	963e                	add	a2,a2,a5
   13744:	96be                	add	a3,a3,a5
   13746:	973e                	add	a4,a4,a5
   13748:	00078023          	sb	zero,0(a5)
   1374c:	08088023          	sb	zero,128(a7) # 8080 <errno+0x8080>
   13750:	10080023          	sb	zero,256(a6) # 10100 <main+0xdc>
   13754:	18050023          	sb	zero,384(a0) # 18180 <rbuf+0x134>
   13758:	20058023          	sb	zero,512(a1) # 20200 <socks+0x3038>
   1375c:	28060023          	sb	zero,640(a2) # 28280 <inet_tcbs+0x5408>
   13760:	30068023          	sb	zero,768(a3) # 30300 <inet_tcbs+0xd488>
   13764:	38070023          	sb	zero,896(a4) # 38380 <inet_tcbs+0x15508>
   13768:	8082                	ret

0001376a <inet_tcb_alloc>:
   1376a:	1141                	add	sp,sp,-16
   1376c:	000237b7          	lui	a5,0x23
   13770:	6621                	lui	a2,0x8
   13772:	c422                	sw	s0,8(sp)
   13774:	c606                	sw	ra,12(sp)
   13776:	e7878413          	add	s0,a5,-392 # 22e78 <inet_tcbs>
   1377a:	4701                	li	a4,0
   1377c:	e7878793          	add	a5,a5,-392
   13780:	08060613          	add	a2,a2,128 # 8080 <errno+0x8080>
   13784:	45a1                	li	a1,8
   13786:	0007c683          	lbu	a3,0(a5)
   1378a:	97b2                	add	a5,a5,a2
   1378c:	ca91                	beqz	a3,137a0 <inet_tcb_alloc+0x36>
   1378e:	0705                	add	a4,a4,1
   13790:	feb71be3          	bne	a4,a1,13786 <inet_tcb_alloc+0x1c>
   13794:	4401                	li	s0,0
   13796:	40b2                	lw	ra,12(sp)
   13798:	8522                	mv	a0,s0
   1379a:	4422                	lw	s0,8(sp)
   1379c:	0141                	add	sp,sp,16
   1379e:	8082                	ret
   137a0:	00871793          	sll	a5,a4,0x8
   137a4:	97ba                	add	a5,a5,a4
   137a6:	079e                	sll	a5,a5,0x7
   137a8:	943e                	add	s0,s0,a5
   137aa:	8522                	mv	a0,s0
   137ac:	08000613          	li	a2,128
   137b0:	4581                	li	a1,0
   137b2:	1f5000ef          	jal	141a6 <memset>
   137b6:	4785                	li	a5,1
   137b8:	00f40023          	sb	a5,0(s0)
   137bc:	57fd                	li	a5,-1
   137be:	40b2                	lw	ra,12(sp)
   137c0:	00f401a3          	sb	a5,3(s0)
   137c4:	8522                	mv	a0,s0
   137c6:	4422                	lw	s0,8(sp)
   137c8:	0141                	add	sp,sp,16
   137ca:	8082                	ret

000137cc <inet_tcp_start>:
   137cc:	21800793          	li	a5,536
   137d0:	00f51523          	sh	a5,10(a0)
   137d4:	3e800793          	li	a5,1000
   137d8:	c54c                	sw	a1,12(a0)
   137da:	00c51323          	sh	a2,6(a0)
   137de:	00d51423          	sh	a3,8(a0)
   137e2:	00e50023          	sb	a4,0(a0)
   137e6:	d53c                	sw	a5,104(a0)
   137e8:	c81027f3          	rdtimeh	a5
   137ec:	c01025f3          	rdtime	a1
   137f0:	c8102773          	rdtimeh	a4
   137f4:	fee79ae3          	bne	a5,a4,137e8 <inet_tcp_start+0x1c>
   137f8:	00f58733          	add	a4,a1,a5
   137fc:	00b73833          	sltu	a6,a4,a1
   13800:	9742                	add	a4,a4,a6
   13802:	4815                	li	a6,5
   13804:	03077733          	remu	a4,a4,a6
   13808:	ccccd837          	lui	a6,0xccccd
   1380c:	ccd80893          	add	a7,a6,-819 # cccccccd <_end+0xccc69855>
   13810:	ccc80813          	add	a6,a6,-820
   13814:	0642                	sll	a2,a2,0x10
   13816:	8e55                	or	a2,a2,a3
   13818:	40e58733          	sub	a4,a1,a4
   1381c:	00e5b5b3          	sltu	a1,a1,a4
   13820:	8f8d                	sub	a5,a5,a1
   13822:	03070833          	mul	a6,a4,a6
   13826:	031787b3          	mul	a5,a5,a7
   1382a:	031736b3          	mulhu	a3,a4,a7
   1382e:	97c2                	add	a5,a5,a6
   13830:	97b6                	add	a5,a5,a3
   13832:	03170733          	mul	a4,a4,a7
   13836:	9e3786b7          	lui	a3,0x9e378
   1383a:	9b168693          	add	a3,a3,-1615 # 9e3779b1 <_end+0x9e314539>
   1383e:	07f6                	sll	a5,a5,0x1d
   13840:	02d60633          	mul	a2,a2,a3
   13844:	830d                	srl	a4,a4,0x3
   13846:	8f5d                	or	a4,a4,a5
   13848:	00e607b3          	add	a5,a2,a4
   1384c:	c95c                	sw	a5,20(a0)
   1384e:	d11c                	sw	a5,32(a0)
   13850:	cd5c                	sw	a5,28(a0)
   13852:	cd1c                	sw	a5,24(a0)
   13854:	8082                	ret

00013856 <inet_tcp_rcv_wnd>:
   13856:	4578                	lw	a4,76(a0)
   13858:	6511                	lui	a0,0x4
   1385a:	67c1                	lui	a5,0x10
   1385c:	8d19                	sub	a0,a0,a4
   1385e:	00f56463          	bltu	a0,a5,13866 <inet_tcp_rcv_wnd+0x10>
   13862:	fff78513          	add	a0,a5,-1 # ffff <errno+0xffff>
   13866:	8082                	ret

00013868 <inet_tcp_emit>:
   13868:	00065783          	lhu	a5,0(a2)
   1386c:	1101                	add	sp,sp,-32
   1386e:	cc22                	sw	s0,24(sp)
   13870:	ca26                	sw	s1,20(sp)
   13872:	c84a                	sw	s2,16(sp)
   13874:	c64e                	sw	s3,12(sp)
   13876:	c452                	sw	s4,8(sp)
   13878:	ce06                	sw	ra,28(sp)
   1387a:	0087d713          	srl	a4,a5,0x8
   1387e:	00c62903          	lw	s2,12(a2)
   13882:	02e50123          	sb	a4,34(a0) # 4022 <errno+0x4022>
   13886:	02f501a3          	sb	a5,35(a0)
   1388a:	00265783          	lhu	a5,2(a2)
   1388e:	842a                	mv	s0,a0
   13890:	84b2                	mv	s1,a2
   13892:	0087d713          	srl	a4,a5,0x8
   13896:	02e50223          	sb	a4,36(a0)
   1389a:	02f502a3          	sb	a5,37(a0)
   1389e:	425c                	lw	a5,4(a2)
   138a0:	0906                	sll	s2,s2,0x1
   138a2:	00497913          	and	s2,s2,4
   138a6:	0107d613          	srl	a2,a5,0x10
   138aa:	0087d693          	srl	a3,a5,0x8
   138ae:	0187d513          	srl	a0,a5,0x18
   138b2:	02c403a3          	sb	a2,39(s0)
   138b6:	02d40423          	sb	a3,40(s0)
   138ba:	02a40323          	sb	a0,38(s0)
   138be:	02f404a3          	sb	a5,41(s0)
   138c2:	449c                	lw	a5,8(s1)
   138c4:	0951                	add	s2,s2,20
   138c6:	00291713          	sll	a4,s2,0x2
   138ca:	02e40723          	sb	a4,46(s0)
   138ce:	0187d613          	srl	a2,a5,0x18
   138d2:	0087d713          	srl	a4,a5,0x8
   138d6:	0107d693          	srl	a3,a5,0x10
   138da:	02e40623          	sb	a4,44(s0)
   138de:	02c40523          	sb	a2,42(s0)
   138e2:	02d405a3          	sb	a3,43(s0)
   138e6:	02f406a3          	sb	a5,45(s0)
   138ea:	44dc                	lw	a5,12(s1)
   138ec:	89ae                	mv	s3,a1
   138ee:	02240a13          	add	s4,s0,34
   138f2:	02f407a3          	sb	a5,47(s0)
   138f6:	489c                	lw	a5,16(s1)
   138f8:	02040923          	sb	zero,50(s0)
   138fc:	020409a3          	sb	zero,51(s0)
   13900:	0087d713          	srl	a4,a5,0x8
   13904:	02f408a3          	sb	a5,49(s0)
   13908:	02e40823          	sb	a4,48(s0)
   1390c:	02040a23          	sb	zero,52(s0)
   13910:	02040aa3          	sb	zero,53(s0)
   13914:	44dc                	lw	a5,12(s1)
   13916:	8b89                	and	a5,a5,2
   13918:	cf91                	beqz	a5,13934 <inet_tcp_emit+0xcc>
   1391a:	4789                	li	a5,2
   1391c:	02f40b23          	sb	a5,54(s0)
   13920:	4791                	li	a5,4
   13922:	02f40ba3          	sb	a5,55(s0)
   13926:	4c9c                	lw	a5,24(s1)
   13928:	0087d713          	srl	a4,a5,0x8
   1392c:	02e40c23          	sb	a4,56(s0)
   13930:	02f40ca3          	sb	a5,57(s0)
   13934:	48dc                	lw	a5,20(s1)
   13936:	8201a503          	lw	a0,-2016(gp) # 18038 <inet_self>
   1393a:	993e                	add	s2,s2,a5
   1393c:	86ca                	mv	a3,s2
   1393e:	4619                	li	a2,6
   13940:	85ce                	mv	a1,s3
   13942:	9effd0ef          	jal	11330 <inet_pseudo_sum>
   13946:	862a                	mv	a2,a0
   13948:	85ca                	mv	a1,s2
   1394a:	8552                	mv	a0,s4
   1394c:	97dfd0ef          	jal	112c8 <inet_sum>
   13950:	9bffd0ef          	jal	1130e <inet_fold>
   13954:	00855793          	srl	a5,a0,0x8
   13958:	02a409a3          	sb	a0,51(s0)
   1395c:	02f40923          	sb	a5,50(s0)
   13960:	86ca                	mv	a3,s2
   13962:	4619                	li	a2,6
   13964:	85ce                	mv	a1,s3
   13966:	8522                	mv	a0,s0
   13968:	944fe0ef          	jal	11aac <inet_ip_output>
   1396c:	ed09                	bnez	a0,13986 <inet_tcp_emit+0x11e>
   1396e:	44dc                	lw	a5,12(s1)
   13970:	6771                	lui	a4,0x1c
   13972:	84c70713          	add	a4,a4,-1972 # 1b84c <inet_counters>
   13976:	5334                	lw	a3,96(a4)
   13978:	5b30                	lw	a2,112(a4)
   1397a:	8389                	srl	a5,a5,0x2
   1397c:	8b85                	and	a5,a5,1
   1397e:	0685                	add	a3,a3,1
   13980:	97b2                	add	a5,a5,a2
   13982:	d334                	sw	a3,96(a4)
   13984:	db3c                	sw	a5,112(a4)
   13986:	40f2                	lw	ra,28(sp)
   13988:	4462                	lw	s0,24(sp)
   1398a:	44d2                	lw	s1,20(sp)
   1398c:	4942                	lw	s2,16(sp)
   1398e:	49b2                	lw	s3,12(sp)
   13990:	4a22                	lw	s4,8(sp)
   13992:	6105                	add	sp,sp,32
   13994:	8082                	ret

00013996 <send_segment>:
   13996:	7139                	add	sp,sp,-64
   13998:	dc22                	sw	s0,56(sp)
   1399a:	842a                	mv	s0,a0
   1399c:	00845803          	lhu	a6,8(s0)
   139a0:	00655503          	lhu	a0,6(a0)
   139a4:	68c1                	lui	a7,0x10
   139a6:	04c42e03          	lw	t3,76(s0)
   139aa:	fff88313          	add	t1,a7,-1 # ffff <errno+0xffff>
   139ae:	0842                	sll	a6,a6,0x10
   139b0:	00657533          	and	a0,a0,t1
   139b4:	01056533          	or	a0,a0,a6
   139b8:	6811                	lui	a6,0x4
   139ba:	d84a                	sw	s2,48(sp)
   139bc:	d64e                	sw	s3,44(sp)
   139be:	de06                	sw	ra,60(sp)
   139c0:	da26                	sw	s1,52(sp)
   139c2:	d452                	sw	s4,40(sp)
   139c4:	d256                	sw	s5,36(sp)
   139c6:	c402                	sw	zero,8(sp)
   139c8:	ce02                	sw	zero,28(sp)
   139ca:	c02a                	sw	a0,0(sp)
   139cc:	c232                	sw	a2,4(sp)
   139ce:	c636                	sw	a3,12(sp)
   139d0:	41c80833          	sub	a6,a6,t3
   139d4:	89ae                	mv	s3,a1
   139d6:	893e                	mv	s2,a5
   139d8:	01186363          	bltu	a6,a7,139de <send_segment+0x48>
   139dc:	881a                	mv	a6,t1
   139de:	5b400793          	li	a5,1460
   139e2:	c842                	sw	a6,16(sp)
   139e4:	ca4a                	sw	s2,20(sp)
   139e6:	cc3e                	sw	a5,24(sp)
   139e8:	8ac1                	and	a3,a3,16
   139ea:	ca99                	beqz	a3,13a00 <send_segment+0x6a>
   139ec:	5c14                	lw	a3,56(s0)
   139ee:	00144783          	lbu	a5,1(s0)
   139f2:	9836                	add	a6,a6,a3
   139f4:	9bf5                	and	a5,a5,-3
   139f6:	c436                	sw	a3,8(sp)
   139f8:	03042e23          	sw	a6,60(s0)
   139fc:	00f400a3          	sb	a5,1(s0)
   13a00:	4034                	lw	a3,64(s0)
   13a02:	6491                	lui	s1,0x4
   13a04:	fff48793          	add	a5,s1,-1 # 3fff <errno+0x3fff>
   13a08:	9736                	add	a4,a4,a3
   13a0a:	8f7d                	and	a4,a4,a5
   13a0c:	8c99                	sub	s1,s1,a4
   13a0e:	08040a93          	add	s5,s0,128
   13a12:	03698a13          	add	s4,s3,54
   13a16:	00997363          	bgeu	s2,s1,13a1c <send_segment+0x86>
   13a1a:	84ca                	mv	s1,s2
   13a1c:	00ea85b3          	add	a1,s5,a4
   13a20:	8626                	mv	a2,s1
   13a22:	8552                	mv	a0,s4
   13a24:	2799                	jal	1416a <memcpy>
   13a26:	40990633          	sub	a2,s2,s1
   13a2a:	85d6                	mv	a1,s5
   13a2c:	009a0533          	add	a0,s4,s1
   13a30:	2f2d                	jal	1416a <memcpy>
   13a32:	444c                	lw	a1,12(s0)
   13a34:	860a                	mv	a2,sp
   13a36:	854e                	mv	a0,s3
   13a38:	3d05                	jal	13868 <inet_tcp_emit>
   13a3a:	50f2                	lw	ra,60(sp)
   13a3c:	5462                	lw	s0,56(sp)
   13a3e:	54d2                	lw	s1,52(sp)
   13a40:	5942                	lw	s2,48(sp)
   13a42:	59b2                	lw	s3,44(sp)
   13a44:	5a22                	lw	s4,40(sp)
   13a46:	5a92                	lw	s5,36(sp)
   13a48:	6121                	add	sp,sp,64
   13a4a:	8082                	ret

00013a4c <inet_tcp_arm>:
   13a4c:	00254603          	lbu	a2,2(a0)
   13a50:	553c                	lw	a5,104(a0)
   13a52:	ce11                	beqz	a2,13a6e <inet_tcp_arm+0x22>
   13a54:	6689                	lui	a3,0x2
   13a56:	f3f68693          	add	a3,a3,-193 # 1f3f <errno+0x1f3f>
   13a5a:	00f6ea63          	bltu	a3,a5,13a6e <inet_tcp_arm+0x22>
   13a5e:	4701                	li	a4,0
   13a60:	a019                	j	13a66 <inet_tcp_arm+0x1a>
   13a62:	00f6e663          	bltu	a3,a5,13a6e <inet_tcp_arm+0x22>
   13a66:	0705                	add	a4,a4,1
   13a68:	0786                	sll	a5,a5,0x1
   13a6a:	fec71ce3          	bne	a4,a2,13a62 <inet_tcp_arm+0x16>
   13a6e:	6709                	lui	a4,0x2
   13a70:	f4070713          	add	a4,a4,-192 # 1f40 <errno+0x1f40>
   13a74:	00f77363          	bgeu	a4,a5,13a7a <inet_tcp_arm+0x2e>
   13a78:	87ba                	mv	a5,a4
   13a7a:	c8102773          	rdtimeh	a4
   13a7e:	c0102673          	rdtime	a2
   13a82:	c81026f3          	rdtimeh	a3
   13a86:	fed71ae3          	bne	a4,a3,13a7a <inet_tcp_arm+0x2e>
   13a8a:	6589                	lui	a1,0x2
   13a8c:	71058593          	add	a1,a1,1808 # 2710 <errno+0x2710>
   13a90:	02b786b3          	mul	a3,a5,a1
   13a94:	02b7b7b3          	mulhu	a5,a5,a1
   13a98:	96b2                	add	a3,a3,a2
   13a9a:	00c6b633          	sltu	a2,a3,a2
   13a9e:	c934                	sw	a3,80(a0)
   13aa0:	973e                	add	a4,a4,a5
   13aa2:	963a                	add	a2,a2,a4
   13aa4:	c970                	sw	a2,84(a0)
   13aa6:	8082                	ret

00013aa8 <sent>:
   13aa8:	5114                	lw	a3,32(a0)
   13aaa:	40d587b3          	sub	a5,a1,a3
   13aae:	95b2                	add	a1,a1,a2
   13ab0:	0207cb63          	bltz	a5,13ae6 <sent+0x3e>
   13ab4:	5d3c                	lw	a5,120(a0)
   13ab6:	5d78                	lw	a4,124(a0)
   13ab8:	8fd9                	or	a5,a5,a4
   13aba:	ef81                	bnez	a5,13ad2 <sent+0x2a>
   13abc:	d92c                	sw	a1,112(a0)
   13abe:	c81027f3          	rdtimeh	a5
   13ac2:	c0102673          	rdtime	a2
   13ac6:	c8102773          	rdtimeh	a4
   13aca:	fee79ae3          	bne	a5,a4,13abe <sent+0x16>
   13ace:	dd30                	sw	a2,120(a0)
   13ad0:	dd7c                	sw	a5,124(a0)
   13ad2:	cd4c                	sw	a1,28(a0)
   13ad4:	8e8d                	sub	a3,a3,a1
   13ad6:	0006d363          	bgez	a3,13adc <sent+0x34>
   13ada:	d10c                	sw	a1,32(a0)
   13adc:	493c                	lw	a5,80(a0)
   13ade:	4978                	lw	a4,84(a0)
   13ae0:	8fd9                	or	a5,a5,a4
   13ae2:	cb89                	beqz	a5,13af4 <sent+0x4c>
   13ae4:	8082                	ret
   13ae6:	67f1                	lui	a5,0x1c
   13ae8:	84c78793          	add	a5,a5,-1972 # 1b84c <inet_counters>
   13aec:	5bf8                	lw	a4,116(a5)
   13aee:	0705                	add	a4,a4,1
   13af0:	dbf8                	sw	a4,116(a5)
   13af2:	b7c5                	j	13ad2 <sent+0x2a>
   13af4:	bfa1                	j	13a4c <inet_tcp_arm>

00013af6 <inet_tcp_output>:
   13af6:	7179                	add	sp,sp,-48
   13af8:	d422                	sw	s0,40(sp)
   13afa:	cc52                	sw	s4,24(sp)
   13afc:	d606                	sw	ra,44(sp)
   13afe:	d226                	sw	s1,36(sp)
   13b00:	d04a                	sw	s2,32(sp)
   13b02:	ce4e                	sw	s3,28(sp)
   13b04:	ca56                	sw	s5,20(sp)
   13b06:	c85a                	sw	s6,16(sp)
   13b08:	c65e                	sw	s7,12(sp)
   13b0a:	00054483          	lbu	s1,0(a0)
   13b0e:	4705                	li	a4,1
   13b10:	842a                	mv	s0,a0
   13b12:	ffd48793          	add	a5,s1,-3
   13b16:	0ff7f793          	zext.b	a5,a5
   13b1a:	8a2e                	mv	s4,a1
   13b1c:	10f77e63          	bgeu	a4,a5,13c38 <inet_tcp_output+0x142>
   13b20:	4791                	li	a5,4
   13b22:	0697f763          	bgeu	a5,s1,13b90 <inet_tcp_output+0x9a>
   13b26:	00144683          	lbu	a3,1(s0)
   13b2a:	0086f793          	and	a5,a3,8
   13b2e:	e7b9                	bnez	a5,13b7c <inet_tcp_output+0x86>
   13b30:	01c42983          	lw	s3,28(s0)
   13b34:	4c10                	lw	a2,24(s0)
   13b36:	407c                	lw	a5,68(s0)
   13b38:	40c98ab3          	sub	s5,s3,a2
   13b3c:	0557e063          	bltu	a5,s5,13b7c <inet_tcp_output+0x86>
   13b40:	504c                	lw	a1,36(s0)
   13b42:	41360633          	sub	a2,a2,s3
   13b46:	00c784b3          	add	s1,a5,a2
   13b4a:	4701                	li	a4,0
   13b4c:	00baf463          	bgeu	s5,a1,13b54 <inet_tcp_output+0x5e>
   13b50:	00b60733          	add	a4,a2,a1
   13b54:	00a45783          	lhu	a5,10(s0)
   13b58:	00f4f363          	bgeu	s1,a5,13b5e <inet_tcp_output+0x68>
   13b5c:	87a6                	mv	a5,s1
   13b5e:	0206f613          	and	a2,a3,32
   13b62:	c211                	beqz	a2,13b66 <inet_tcp_output+0x70>
   13b64:	cb61                	beqz	a4,13c34 <inet_tcp_output+0x13e>
   13b66:	893e                	mv	s2,a5
   13b68:	00f77363          	bgeu	a4,a5,13b6e <inet_tcp_output+0x78>
   13b6c:	893a                	mv	s2,a4
   13b6e:	0046f713          	and	a4,a3,4
   13b72:	c319                	beqz	a4,13b78 <inet_tcp_output+0x82>
   13b74:	03248963          	beq	s1,s2,13ba6 <inet_tcp_output+0xb0>
   13b78:	08091063          	bnez	s2,13bf8 <inet_tcp_output+0x102>
   13b7c:	8a89                	and	a3,a3,2
   13b7e:	e6a5                	bnez	a3,13be6 <inet_tcp_output+0xf0>
   13b80:	483c                	lw	a5,80(s0)
   13b82:	4878                	lw	a4,84(s0)
   13b84:	8fd9                	or	a5,a5,a4
   13b86:	e789                	bnez	a5,13b90 <inet_tcp_output+0x9a>
   13b88:	4c58                	lw	a4,28(s0)
   13b8a:	4c1c                	lw	a5,24(s0)
   13b8c:	0ef70363          	beq	a4,a5,13c72 <inet_tcp_output+0x17c>
   13b90:	50b2                	lw	ra,44(sp)
   13b92:	5422                	lw	s0,40(sp)
   13b94:	5492                	lw	s1,36(sp)
   13b96:	5902                	lw	s2,32(sp)
   13b98:	49f2                	lw	s3,28(sp)
   13b9a:	4a62                	lw	s4,24(sp)
   13b9c:	4ad2                	lw	s5,20(sp)
   13b9e:	4b42                	lw	s6,16(sp)
   13ba0:	4bb2                	lw	s7,12(sp)
   13ba2:	6145                	add	sp,sp,48
   13ba4:	8082                	ret
   13ba6:	4b05                	li	s6,1
   13ba8:	00f4f763          	bgeu	s1,a5,13bb6 <inet_tcp_output+0xc0>
   13bac:	581c                	lw	a5,48(s0)
   13bae:	8385                	srl	a5,a5,0x1
   13bb0:	00f97363          	bgeu	s2,a5,13bb6 <inet_tcp_output+0xc0>
   13bb4:	d661                	beqz	a2,13b7c <inet_tcp_output+0x86>
   13bb6:	fdf6f693          	and	a3,a3,-33
   13bba:	00d400a3          	sb	a3,1(s0)
   13bbe:	01690633          	add	a2,s2,s6
   13bc2:	85ce                	mv	a1,s3
   13bc4:	8522                	mv	a0,s0
   13bc6:	8bda                	mv	s7,s6
   13bc8:	35c5                	jal	13aa8 <sent>
   13bca:	04091363          	bnez	s2,13c10 <inet_tcp_output+0x11a>
   13bce:	010b6693          	or	a3,s6,16
   13bd2:	4781                	li	a5,0
   13bd4:	8756                	mv	a4,s5
   13bd6:	864e                	mv	a2,s3
   13bd8:	85d2                	mv	a1,s4
   13bda:	8522                	mv	a0,s0
   13bdc:	3b6d                	jal	13996 <send_segment>
   13bde:	00144683          	lbu	a3,1(s0)
   13be2:	8a89                	and	a3,a3,2
   13be4:	ded1                	beqz	a3,13b80 <inet_tcp_output+0x8a>
   13be6:	4c50                	lw	a2,28(s0)
   13be8:	4781                	li	a5,0
   13bea:	4701                	li	a4,0
   13bec:	46c1                	li	a3,16
   13bee:	85d2                	mv	a1,s4
   13bf0:	8522                	mv	a0,s0
   13bf2:	da5ff0ef          	jal	13996 <send_segment>
   13bf6:	b769                	j	13b80 <inet_tcp_output+0x8a>
   13bf8:	4b01                	li	s6,0
   13bfa:	faf969e3          	bltu	s2,a5,13bac <inet_tcp_output+0xb6>
   13bfe:	fdf6f693          	and	a3,a3,-33
   13c02:	00d400a3          	sb	a3,1(s0)
   13c06:	864a                	mv	a2,s2
   13c08:	85ce                	mv	a1,s3
   13c0a:	8522                	mv	a0,s0
   13c0c:	3d71                	jal	13aa8 <sent>
   13c0e:	4b81                	li	s7,0
   13c10:	46e1                	li	a3,24
   13c12:	01248363          	beq	s1,s2,13c18 <inet_tcp_output+0x122>
   13c16:	46c1                	li	a3,16
   13c18:	87ca                	mv	a5,s2
   13c1a:	8756                	mv	a4,s5
   13c1c:	0176e6b3          	or	a3,a3,s7
   13c20:	864e                	mv	a2,s3
   13c22:	85d2                	mv	a1,s4
   13c24:	8522                	mv	a0,s0
   13c26:	d71ff0ef          	jal	13996 <send_segment>
   13c2a:	ee0b0ee3          	beqz	s6,13b26 <inet_tcp_output+0x30>
   13c2e:	00144683          	lbu	a3,1(s0)
   13c32:	bf45                	j	13be2 <inet_tcp_output+0xec>
   13c34:	4705                	li	a4,1
   13c36:	bf05                	j	13b66 <inet_tcp_output+0x70>
   13c38:	01452903          	lw	s2,20(a0)
   13c3c:	4d5c                	lw	a5,28(a0)
   13c3e:	f52799e3          	bne	a5,s2,13b90 <inet_tcp_output+0x9a>
   13c42:	4605                	li	a2,1
   13c44:	85ca                	mv	a1,s2
   13c46:	358d                	jal	13aa8 <sent>
   13c48:	4791                	li	a5,4
   13c4a:	4689                	li	a3,2
   13c4c:	04f48863          	beq	s1,a5,13c9c <inet_tcp_output+0x1a6>
   13c50:	8522                	mv	a0,s0
   13c52:	5422                	lw	s0,40(sp)
   13c54:	50b2                	lw	ra,44(sp)
   13c56:	5492                	lw	s1,36(sp)
   13c58:	49f2                	lw	s3,28(sp)
   13c5a:	4ad2                	lw	s5,20(sp)
   13c5c:	4b42                	lw	s6,16(sp)
   13c5e:	4bb2                	lw	s7,12(sp)
   13c60:	864a                	mv	a2,s2
   13c62:	85d2                	mv	a1,s4
   13c64:	5902                	lw	s2,32(sp)
   13c66:	4a62                	lw	s4,24(sp)
   13c68:	4781                	li	a5,0
   13c6a:	4701                	li	a4,0
   13c6c:	6145                	add	sp,sp,48
   13c6e:	d29ff06f          	j	13996 <send_segment>
   13c72:	407c                	lw	a5,68(s0)
   13c74:	f0078ee3          	beqz	a5,13b90 <inet_tcp_output+0x9a>
   13c78:	00144783          	lbu	a5,1(s0)
   13c7c:	8ba1                	and	a5,a5,8
   13c7e:	f00799e3          	bnez	a5,13b90 <inet_tcp_output+0x9a>
   13c82:	8522                	mv	a0,s0
   13c84:	5422                	lw	s0,40(sp)
   13c86:	50b2                	lw	ra,44(sp)
   13c88:	5492                	lw	s1,36(sp)
   13c8a:	5902                	lw	s2,32(sp)
   13c8c:	49f2                	lw	s3,28(sp)
   13c8e:	4a62                	lw	s4,24(sp)
   13c90:	4ad2                	lw	s5,20(sp)
   13c92:	4b42                	lw	s6,16(sp)
   13c94:	4bb2                	lw	s7,12(sp)
   13c96:	6145                	add	sp,sp,48
   13c98:	db5ff06f          	j	13a4c <inet_tcp_arm>
   13c9c:	46c9                	li	a3,18
   13c9e:	bf4d                	j	13c50 <inet_tcp_output+0x15a>

00013ca0 <inet_tcp_abort>:
   13ca0:	00054703          	lbu	a4,0(a0)
   13ca4:	1141                	add	sp,sp,-16
   13ca6:	c422                	sw	s0,8(sp)
   13ca8:	c606                	sw	ra,12(sp)
   13caa:	478d                	li	a5,3
   13cac:	842a                	mv	s0,a0
   13cae:	02e7e563          	bltu	a5,a4,13cd8 <inet_tcp_abort+0x38>
   13cb2:	00144783          	lbu	a5,1(s0)
   13cb6:	f9800713          	li	a4,-104
   13cba:	00e41223          	sh	a4,4(s0)
   13cbe:	8b85                	and	a5,a5,1
   13cc0:	00f40023          	sb	a5,0(s0)
   13cc4:	4681                	li	a3,0
   13cc6:	4701                	li	a4,0
   13cc8:	40b2                	lw	ra,12(sp)
   13cca:	cc34                	sw	a3,88(s0)
   13ccc:	cc78                	sw	a4,92(s0)
   13cce:	c834                	sw	a3,80(s0)
   13cd0:	c878                	sw	a4,84(s0)
   13cd2:	4422                	lw	s0,8(sp)
   13cd4:	0141                	add	sp,sp,16
   13cd6:	8082                	ret
   13cd8:	4d50                	lw	a2,28(a0)
   13cda:	4781                	li	a5,0
   13cdc:	4701                	li	a4,0
   13cde:	46d1                	li	a3,20
   13ce0:	cb7ff0ef          	jal	13996 <send_segment>
   13ce4:	b7f9                	j	13cb2 <inet_tcp_abort+0x12>

00013ce6 <inet_tcp_fail>:
   13ce6:	00154783          	lbu	a5,1(a0)
   13cea:	4681                	li	a3,0
   13cec:	4701                	li	a4,0
   13cee:	8b85                	and	a5,a5,1
   13cf0:	00b51223          	sh	a1,4(a0)
   13cf4:	cd34                	sw	a3,88(a0)
   13cf6:	cd78                	sw	a4,92(a0)
   13cf8:	c934                	sw	a3,80(a0)
   13cfa:	c978                	sw	a4,84(a0)
   13cfc:	00f50023          	sb	a5,0(a0)
   13d00:	8082                	ret

00013d02 <inet_tcp_time_wait>:
   13d02:	47ad                	li	a5,11
   13d04:	00f50023          	sb	a5,0(a0)
   13d08:	4801                	li	a6,0
   13d0a:	4781                	li	a5,0
   13d0c:	c93c                	sw	a5,80(a0)
   13d0e:	05052a23          	sw	a6,84(a0)
   13d12:	c81027f3          	rdtimeh	a5
   13d16:	c01026f3          	rdtime	a3
   13d1a:	c8102773          	rdtimeh	a4
   13d1e:	fee79ae3          	bne	a5,a4,13d12 <inet_tcp_time_wait+0x10>
   13d22:	00989737          	lui	a4,0x989
   13d26:	68070713          	add	a4,a4,1664 # 989680 <_end+0x926208>
   13d2a:	9736                	add	a4,a4,a3
   13d2c:	00d736b3          	sltu	a3,a4,a3
   13d30:	96be                	add	a3,a3,a5
   13d32:	cd38                	sw	a4,88(a0)
   13d34:	cd74                	sw	a3,92(a0)
   13d36:	8082                	ret

00013d38 <inet_tcp_rtt_sample>:
   13d38:	e191                	bnez	a1,13d3c <inet_tcp_rtt_sample+0x4>
   13d3a:	4585                	li	a1,1
   13d3c:	513c                	lw	a5,96(a0)
   13d3e:	e3b1                	bnez	a5,13d82 <inet_tcp_rtt_sample+0x4a>
   13d40:	0015d793          	srl	a5,a1,0x1
   13d44:	d12c                	sw	a1,96(a0)
   13d46:	d17c                	sw	a5,100(a0)
   13d48:	078a                	sll	a5,a5,0x2
   13d4a:	3e800713          	li	a4,1000
   13d4e:	00e7f463          	bgeu	a5,a4,13d56 <inet_tcp_rtt_sample+0x1e>
   13d52:	3e800793          	li	a5,1000
   13d56:	3e758593          	add	a1,a1,999
   13d5a:	000316b7          	lui	a3,0x31
   13d5e:	97ae                	add	a5,a5,a1
   13d60:	d3f68693          	add	a3,a3,-705 # 30d3f <inet_tcbs+0xdec7>
   13d64:	0c800713          	li	a4,200
   13d68:	00f6fb63          	bgeu	a3,a5,13d7e <inet_tcp_rtt_sample+0x46>
   13d6c:	3e800713          	li	a4,1000
   13d70:	02e7d733          	divu	a4,a5,a4
   13d74:	6789                	lui	a5,0x2
   13d76:	f4078793          	add	a5,a5,-192 # 1f40 <errno+0x1f40>
   13d7a:	02e7e863          	bltu	a5,a4,13daa <inet_tcp_rtt_sample+0x72>
   13d7e:	d538                	sw	a4,104(a0)
   13d80:	8082                	ret
   13d82:	40f58633          	sub	a2,a1,a5
   13d86:	00f5f463          	bgeu	a1,a5,13d8e <inet_tcp_rtt_sample+0x56>
   13d8a:	40b78633          	sub	a2,a5,a1
   13d8e:	5174                	lw	a3,100(a0)
   13d90:	00379713          	sll	a4,a5,0x3
   13d94:	8f1d                	sub	a4,a4,a5
   13d96:	00169793          	sll	a5,a3,0x1
   13d9a:	97b6                	add	a5,a5,a3
   13d9c:	97b2                	add	a5,a5,a2
   13d9e:	95ba                	add	a1,a1,a4
   13da0:	8389                	srl	a5,a5,0x2
   13da2:	818d                	srl	a1,a1,0x3
   13da4:	d17c                	sw	a5,100(a0)
   13da6:	d12c                	sw	a1,96(a0)
   13da8:	b745                	j	13d48 <inet_tcp_rtt_sample+0x10>
   13daa:	873e                	mv	a4,a5
   13dac:	d538                	sw	a4,104(a0)
   13dae:	8082                	ret

00013db0 <inet_tcp_timers>:
   13db0:	7179                	add	sp,sp,-48
   13db2:	d422                	sw	s0,40(sp)
   13db4:	d226                	sw	s1,36(sp)
   13db6:	00023437          	lui	s0,0x23
   13dba:	000404b7          	lui	s1,0x40
   13dbe:	d04a                	sw	s2,32(sp)
   13dc0:	e7840413          	add	s0,s0,-392 # 22e78 <inet_tcbs>
   13dc4:	40048493          	add	s1,s1,1024 # 40400 <inet_tcbs+0x1d588>
   13dc8:	6921                	lui	s2,0x8
   13dca:	ce4e                	sw	s3,28(sp)
   13dcc:	cc52                	sw	s4,24(sp)
   13dce:	ca56                	sw	s5,20(sp)
   13dd0:	c85a                	sw	s6,16(sp)
   13dd2:	c65e                	sw	s7,12(sp)
   13dd4:	c462                	sw	s8,8(sp)
   13dd6:	d606                	sw	ra,44(sp)
   13dd8:	8baa                	mv	s7,a0
   13dda:	8b2e                	mv	s6,a1
   13ddc:	8c32                	mv	s8,a2
   13dde:	94a2                	add	s1,s1,s0
   13de0:	5afd                	li	s5,-1
   13de2:	5a7d                	li	s4,-1
   13de4:	4989                	li	s3,2
   13de6:	08090913          	add	s2,s2,128 # 8080 <errno+0x8080>
   13dea:	00044783          	lbu	a5,0(s0)
   13dee:	02f9f463          	bgeu	s3,a5,13e16 <inet_tcp_timers+0x66>
   13df2:	05042803          	lw	a6,80(s0)
   13df6:	4878                	lw	a4,84(s0)
   13df8:	00e866b3          	or	a3,a6,a4
   13dfc:	ce95                	beqz	a3,13e38 <inet_tcp_timers+0x88>
   13dfe:	06eb7b63          	bgeu	s6,a4,13e74 <inet_tcp_timers+0xc4>
   13e02:	05842883          	lw	a7,88(s0)
   13e06:	4c74                	lw	a3,92(s0)
   13e08:	00d8e633          	or	a2,a7,a3
   13e0c:	ee0d                	bnez	a2,13e46 <inet_tcp_timers+0x96>
   13e0e:	13476363          	bltu	a4,s4,13f34 <inet_tcp_timers+0x184>
   13e12:	10ea0f63          	beq	s4,a4,13f30 <inet_tcp_timers+0x180>
   13e16:	944a                	add	s0,s0,s2
   13e18:	fc9419e3          	bne	s0,s1,13dea <inet_tcp_timers+0x3a>
   13e1c:	50b2                	lw	ra,44(sp)
   13e1e:	5422                	lw	s0,40(sp)
   13e20:	5492                	lw	s1,36(sp)
   13e22:	5902                	lw	s2,32(sp)
   13e24:	49f2                	lw	s3,28(sp)
   13e26:	4b42                	lw	s6,16(sp)
   13e28:	4bb2                	lw	s7,12(sp)
   13e2a:	4c22                	lw	s8,8(sp)
   13e2c:	8556                	mv	a0,s5
   13e2e:	85d2                	mv	a1,s4
   13e30:	4ad2                	lw	s5,20(sp)
   13e32:	4a62                	lw	s4,24(sp)
   13e34:	6145                	add	sp,sp,48
   13e36:	8082                	ret
   13e38:	05842883          	lw	a7,88(s0)
   13e3c:	4c74                	lw	a3,92(s0)
   13e3e:	00d8e333          	or	t1,a7,a3
   13e42:	fc030ae3          	beqz	t1,13e16 <inet_tcp_timers+0x66>
   13e46:	0adb7763          	bgeu	s6,a3,13ef4 <inet_tcp_timers+0x144>
   13e4a:	00e867b3          	or	a5,a6,a4
   13e4e:	ebed                	bnez	a5,13f40 <inet_tcp_timers+0x190>
   13e50:	00d8e7b3          	or	a5,a7,a3
   13e54:	d3e9                	beqz	a5,13e16 <inet_tcp_timers+0x66>
   13e56:	0146f863          	bgeu	a3,s4,13e66 <inet_tcp_timers+0xb6>
   13e5a:	8ac6                	mv	s5,a7
   13e5c:	8a36                	mv	s4,a3
   13e5e:	944a                	add	s0,s0,s2
   13e60:	f89415e3          	bne	s0,s1,13dea <inet_tcp_timers+0x3a>
   13e64:	bf65                	j	13e1c <inet_tcp_timers+0x6c>
   13e66:	fada18e3          	bne	s4,a3,13e16 <inet_tcp_timers+0x66>
   13e6a:	fb58f6e3          	bgeu	a7,s5,13e16 <inet_tcp_timers+0x66>
   13e6e:	8ac6                	mv	s5,a7
   13e70:	8a36                	mv	s4,a3
   13e72:	b7f5                	j	13e5e <inet_tcp_timers+0xae>
   13e74:	01671463          	bne	a4,s6,13e7c <inet_tcp_timers+0xcc>
   13e78:	f90be5e3          	bltu	s7,a6,13e02 <inet_tcp_timers+0x52>
   13e7c:	00244703          	lbu	a4,2(s0)
   13e80:	4681                	li	a3,0
   13e82:	4601                	li	a2,0
   13e84:	c874                	sw	a3,84(s0)
   13e86:	c830                	sw	a2,80(s0)
   13e88:	469d                	li	a3,7
   13e8a:	0ce6e263          	bltu	a3,a4,13f4e <inet_tcp_timers+0x19e>
   13e8e:	0705                	add	a4,a4,1
   13e90:	17f5                	add	a5,a5,-3
   13e92:	00e40123          	sb	a4,2(s0)
   13e96:	4681                	li	a3,0
   13e98:	4701                	li	a4,0
   13e9a:	dc78                	sw	a4,124(s0)
   13e9c:	dc34                	sw	a3,120(s0)
   13e9e:	0ff7f793          	zext.b	a5,a5
   13ea2:	4705                	li	a4,1
   13ea4:	0af77363          	bgeu	a4,a5,13f4a <inet_tcp_timers+0x19a>
   13ea8:	4c18                	lw	a4,24(s0)
   13eaa:	00144783          	lbu	a5,1(s0)
   13eae:	85e2                	mv	a1,s8
   13eb0:	8522                	mv	a0,s0
   13eb2:	0207e793          	or	a5,a5,32
   13eb6:	00f400a3          	sb	a5,1(s0)
   13eba:	cc58                	sw	a4,28(s0)
   13ebc:	c3bff0ef          	jal	13af6 <inet_tcp_output>
   13ec0:	00144783          	lbu	a5,1(s0)
   13ec4:	05842883          	lw	a7,88(s0)
   13ec8:	4c74                	lw	a3,92(s0)
   13eca:	fdf7f793          	and	a5,a5,-33
   13ece:	00f400a3          	sb	a5,1(s0)
   13ed2:	00d8e7b3          	or	a5,a7,a3
   13ed6:	cbf9                	beqz	a5,13fac <inet_tcp_timers+0x1fc>
   13ed8:	00044783          	lbu	a5,0(s0)
   13edc:	0edb7363          	bgeu	s6,a3,13fc2 <inet_tcp_timers+0x212>
   13ee0:	4709                	li	a4,2
   13ee2:	f2f77ae3          	bgeu	a4,a5,13e16 <inet_tcp_timers+0x66>
   13ee6:	05042803          	lw	a6,80(s0)
   13eea:	4878                	lw	a4,84(s0)
   13eec:	05842883          	lw	a7,88(s0)
   13ef0:	4c74                	lw	a3,92(s0)
   13ef2:	bfa1                	j	13e4a <inet_tcp_timers+0x9a>
   13ef4:	01669463          	bne	a3,s6,13efc <inet_tcp_timers+0x14c>
   13ef8:	f51be9e3          	bltu	s7,a7,13e4a <inet_tcp_timers+0x9a>
   13efc:	4701                	li	a4,0
   13efe:	4681                	li	a3,0
   13f00:	cc78                	sw	a4,92(s0)
   13f02:	cc34                	sw	a3,88(s0)
   13f04:	472d                	li	a4,11
   13f06:	08e78263          	beq	a5,a4,13f8a <inet_tcp_timers+0x1da>
   13f0a:	00144703          	lbu	a4,1(s0)
   13f0e:	8b05                	and	a4,a4,1
   13f10:	fb61                	bnez	a4,13ee0 <inet_tcp_timers+0x130>
   13f12:	f9200793          	li	a5,-110
   13f16:	00f41223          	sh	a5,4(s0)
   13f1a:	4801                	li	a6,0
   13f1c:	4781                	li	a5,0
   13f1e:	c83c                	sw	a5,80(s0)
   13f20:	05042a23          	sw	a6,84(s0)
   13f24:	00040023          	sb	zero,0(s0)
   13f28:	944a                	add	s0,s0,s2
   13f2a:	ec9410e3          	bne	s0,s1,13dea <inet_tcp_timers+0x3a>
   13f2e:	b5fd                	j	13e1c <inet_tcp_timers+0x6c>
   13f30:	ef5873e3          	bgeu	a6,s5,13e16 <inet_tcp_timers+0x66>
   13f34:	944a                	add	s0,s0,s2
   13f36:	8ac2                	mv	s5,a6
   13f38:	8a3a                	mv	s4,a4
   13f3a:	ea9418e3          	bne	s0,s1,13dea <inet_tcp_timers+0x3a>
   13f3e:	bdf9                	j	13e1c <inet_tcp_timers+0x6c>
   13f40:	07477c63          	bgeu	a4,s4,13fb8 <inet_tcp_timers+0x208>
   13f44:	8ac2                	mv	s5,a6
   13f46:	8a3a                	mv	s4,a4
   13f48:	b721                	j	13e50 <inet_tcp_timers+0xa0>
   13f4a:	4858                	lw	a4,20(s0)
   13f4c:	bfb9                	j	13eaa <inet_tcp_timers+0xfa>
   13f4e:	6771                	lui	a4,0x1c
   13f50:	84c70713          	add	a4,a4,-1972 # 1b84c <inet_counters>
   13f54:	5f74                	lw	a3,124(a4)
   13f56:	4611                	li	a2,4
   13f58:	0685                	add	a3,a3,1
   13f5a:	df74                	sw	a3,124(a4)
   13f5c:	06f66863          	bltu	a2,a5,13fcc <inet_tcp_timers+0x21c>
   13f60:	f9200713          	li	a4,-110
   13f64:	00144783          	lbu	a5,1(s0)
   13f68:	00e41223          	sh	a4,4(s0)
   13f6c:	4705                	li	a4,1
   13f6e:	4681                	li	a3,0
   13f70:	00e40023          	sb	a4,0(s0)
   13f74:	4701                	li	a4,0
   13f76:	cc34                	sw	a3,88(s0)
   13f78:	cc78                	sw	a4,92(s0)
   13f7a:	c834                	sw	a3,80(s0)
   13f7c:	c878                	sw	a4,84(s0)
   13f7e:	8b85                	and	a5,a5,1
   13f80:	e8079be3          	bnez	a5,13e16 <inet_tcp_timers+0x66>
   13f84:	00040023          	sb	zero,0(s0)
   13f88:	b745                	j	13f28 <inet_tcp_timers+0x178>
   13f8a:	00144783          	lbu	a5,1(s0)
   13f8e:	4705                	li	a4,1
   13f90:	00e40023          	sb	a4,0(s0)
   13f94:	4681                	li	a3,0
   13f96:	4701                	li	a4,0
   13f98:	00041223          	sh	zero,4(s0)
   13f9c:	c834                	sw	a3,80(s0)
   13f9e:	c878                	sw	a4,84(s0)
   13fa0:	8b85                	and	a5,a5,1
   13fa2:	d3c9                	beqz	a5,13f24 <inet_tcp_timers+0x174>
   13fa4:	944a                	add	s0,s0,s2
   13fa6:	e49412e3          	bne	s0,s1,13dea <inet_tcp_timers+0x3a>
   13faa:	bd8d                	j	13e1c <inet_tcp_timers+0x6c>
   13fac:	00044783          	lbu	a5,0(s0)
   13fb0:	4709                	li	a4,2
   13fb2:	e6f772e3          	bgeu	a4,a5,13e16 <inet_tcp_timers+0x66>
   13fb6:	bf05                	j	13ee6 <inet_tcp_timers+0x136>
   13fb8:	e8ea1ce3          	bne	s4,a4,13e50 <inet_tcp_timers+0xa0>
   13fbc:	e9587ae3          	bgeu	a6,s5,13e50 <inet_tcp_timers+0xa0>
   13fc0:	b751                	j	13f44 <inet_tcp_timers+0x194>
   13fc2:	f3669de3          	bne	a3,s6,13efc <inet_tcp_timers+0x14c>
   13fc6:	f11bede3          	bltu	s7,a7,13ee0 <inet_tcp_timers+0x130>
   13fca:	bf0d                	j	13efc <inet_tcp_timers+0x14c>
   13fcc:	4c50                	lw	a2,28(s0)
   13fce:	4781                	li	a5,0
   13fd0:	4701                	li	a4,0
   13fd2:	46d1                	li	a3,20
   13fd4:	85e2                	mv	a1,s8
   13fd6:	8522                	mv	a0,s0
   13fd8:	9bfff0ef          	jal	13996 <send_segment>
   13fdc:	b751                	j	13f60 <inet_tcp_timers+0x1b0>

00013fde <write>:
   13fde:	4889                	li	a7,2
   13fe0:	00000073          	ecall
   13fe4:	00054363          	bltz	a0,13fea <write+0xc>
   13fe8:	8082                	ret
   13fea:	fff54793          	not	a5,a0
   13fee:	02500693          	li	a3,37
   13ff2:	4715                	li	a4,5
   13ff4:	00f6e863          	bltu	a3,a5,14004 <write+0x26>
   13ff8:	675d                	lui	a4,0x17
   13ffa:	7dc70713          	add	a4,a4,2012 # 177dc <CSWTCH.24>
   13ffe:	97ba                	add	a5,a5,a4
   14000:	00078703          	lb	a4,0(a5)
   14004:	00e22023          	sw	a4,0(tp) # 0 <errno>
   14008:	557d                	li	a0,-1
   1400a:	8082                	ret

0001400c <_exit>:
   1400c:	1141                	add	sp,sp,-16
   1400e:	c422                	sw	s0,8(sp)
   14010:	c606                	sw	ra,12(sp)
   14012:	842a                	mv	s0,a0
   14014:	2a29                	jal	1412e <ulib_flush_stdout>
   14016:	8522                	mv	a0,s0
   14018:	4581                	li	a1,0
   1401a:	4601                	li	a2,0
   1401c:	4885                	li	a7,1
   1401e:	00000073          	ecall
   14022:	a001                	j	14022 <_exit+0x16>

00014024 <sleep_ms>:
   14024:	1141                	add	sp,sp,-16
   14026:	c422                	sw	s0,8(sp)
   14028:	c606                	sw	ra,12(sp)
   1402a:	842a                	mv	s0,a0
   1402c:	2209                	jal	1412e <ulib_flush_stdout>
   1402e:	8522                	mv	a0,s0
   14030:	4581                	li	a1,0
   14032:	4601                	li	a2,0
   14034:	4899                	li	a7,6
   14036:	00000073          	ecall
   1403a:	40b2                	lw	ra,12(sp)
   1403c:	4422                	lw	s0,8(sp)
   1403e:	0141                	add	sp,sp,16
   14040:	8082                	ret

00014042 <net_info>:
   14042:	4581                	li	a1,0
   14044:	4601                	li	a2,0
   14046:	48c1                	li	a7,16
   14048:	00000073          	ecall
   1404c:	8082                	ret

0001404e <net_send>:
   1404e:	4601                	li	a2,0
   14050:	48c5                	li	a7,17
   14052:	00000073          	ecall
   14056:	8082                	ret

00014058 <net_recv>:
   14058:	1141                	add	sp,sp,-16
   1405a:	c422                	sw	s0,8(sp)
   1405c:	c226                	sw	s1,4(sp)
   1405e:	c04a                	sw	s2,0(sp)
   14060:	c606                	sw	ra,12(sp)
   14062:	892a                	mv	s2,a0
   14064:	84ae                	mv	s1,a1
   14066:	8432                	mv	s0,a2
   14068:	20d9                	jal	1412e <ulib_flush_stdout>
   1406a:	854a                	mv	a0,s2
   1406c:	85a6                	mv	a1,s1
   1406e:	8622                	mv	a2,s0
   14070:	48c9                	li	a7,18
   14072:	00000073          	ecall
   14076:	40b2                	lw	ra,12(sp)
   14078:	4422                	lw	s0,8(sp)
   1407a:	4492                	lw	s1,4(sp)
   1407c:	4902                	lw	s2,0(sp)
   1407e:	0141                	add	sp,sp,16
   14080:	8082                	ret

00014082 <stdout_flush>:
   14082:	1141                	add	sp,sp,-16
   14084:	c04a                	sw	s2,0(sp)
   14086:	c422                	sw	s0,8(sp)
   14088:	8301a403          	lw	s0,-2000(gp) # 18048 <out_len>
   1408c:	c606                	sw	ra,12(sp)
   1408e:	c226                	sw	s1,4(sp)
   14090:	cc19                	beqz	s0,140ae <stdout_flush+0x2c>
   14092:	000634b7          	lui	s1,0x63
   14096:	27848493          	add	s1,s1,632 # 63278 <out_buf>
   1409a:	a019                	j	140a0 <stdout_flush+0x1e>
   1409c:	94aa                	add	s1,s1,a0
   1409e:	c801                	beqz	s0,140ae <stdout_flush+0x2c>
   140a0:	8622                	mv	a2,s0
   140a2:	85a6                	mv	a1,s1
   140a4:	4505                	li	a0,1
   140a6:	3f25                	jal	13fde <write>
   140a8:	8c09                	sub	s0,s0,a0
   140aa:	fea049e3          	bgtz	a0,1409c <stdout_flush+0x1a>
   140ae:	40b2                	lw	ra,12(sp)
   140b0:	4422                	lw	s0,8(sp)
   140b2:	8201a823          	sw	zero,-2000(gp) # 18048 <out_len>
   140b6:	4492                	lw	s1,4(sp)
   140b8:	4902                	lw	s2,0(sp)
   140ba:	4501                	li	a0,0
   140bc:	0141                	add	sp,sp,16
   140be:	8082                	ret

000140c0 <stdout_put>:
   140c0:	1101                	add	sp,sp,-32
   140c2:	c64e                	sw	s3,12(sp)
   140c4:	8301a783          	lw	a5,-2000(gp) # 18048 <out_len>
   140c8:	ca26                	sw	s1,20(sp)
   140ca:	000634b7          	lui	s1,0x63
   140ce:	27848493          	add	s1,s1,632 # 63278 <out_buf>
   140d2:	cc22                	sw	s0,24(sp)
   140d4:	c84a                	sw	s2,16(sp)
   140d6:	00178413          	add	s0,a5,1
   140da:	ce06                	sw	ra,28(sp)
   140dc:	97a6                	add	a5,a5,s1
   140de:	00a78023          	sb	a0,0(a5)
   140e2:	8281a823          	sw	s0,-2000(gp) # 18048 <out_len>
   140e6:	47a9                	li	a5,10
   140e8:	892a                	mv	s2,a0
   140ea:	00f50e63          	beq	a0,a5,14106 <stdout_put+0x46>
   140ee:	20000793          	li	a5,512
   140f2:	00f40b63          	beq	s0,a5,14108 <stdout_put+0x48>
   140f6:	40f2                	lw	ra,28(sp)
   140f8:	4462                	lw	s0,24(sp)
   140fa:	44d2                	lw	s1,20(sp)
   140fc:	49b2                	lw	s3,12(sp)
   140fe:	854a                	mv	a0,s2
   14100:	4942                	lw	s2,16(sp)
   14102:	6105                	add	sp,sp,32
   14104:	8082                	ret
   14106:	c811                	beqz	s0,1411a <stdout_put+0x5a>
   14108:	8622                	mv	a2,s0
   1410a:	85a6                	mv	a1,s1
   1410c:	4505                	li	a0,1
   1410e:	3dc1                	jal	13fde <write>
   14110:	8c09                	sub	s0,s0,a0
   14112:	00a05463          	blez	a0,1411a <stdout_put+0x5a>
   14116:	94aa                	add	s1,s1,a0
   14118:	f865                	bnez	s0,14108 <stdout_put+0x48>
   1411a:	40f2                	lw	ra,28(sp)
   1411c:	4462                	lw	s0,24(sp)
   1411e:	8201a823          	sw	zero,-2000(gp) # 18048 <out_len>
   14122:	44d2                	lw	s1,20(sp)
   14124:	49b2                	lw	s3,12(sp)
   14126:	854a                	mv	a0,s2
   14128:	4942                	lw	s2,16(sp)
   1412a:	6105                	add	sp,sp,32
   1412c:	8082                	ret

0001412e <ulib_flush_stdout>:
   1412e:	1141                	add	sp,sp,-16
   14130:	c04a                	sw	s2,0(sp)
   14132:	c422                	sw	s0,8(sp)
   14134:	8301a403          	lw	s0,-2000(gp) # 18048 <out_len>
   14138:	c606                	sw	ra,12(sp)
   1413a:	c226                	sw	s1,4(sp)
   1413c:	cc19                	beqz	s0,1415a <ulib_flush_stdout+0x2c>
   1413e:	000634b7          	lui	s1,0x63
   14142:	27848493          	add	s1,s1,632 # 63278 <out_buf>
   14146:	a019                	j	1414c <ulib_flush_stdout+0x1e>
   14148:	94aa                	add	s1,s1,a0
   1414a:	c801                	beqz	s0,1415a <ulib_flush_stdout+0x2c>
   1414c:	8622                	mv	a2,s0
   1414e:	85a6                	mv	a1,s1
   14150:	4505                	li	a0,1
   14152:	3571                	jal	13fde <write>
   14154:	8c09                	sub	s0,s0,a0
   14156:	fea049e3          	bgtz	a0,14148 <ulib_flush_stdout+0x1a>
   1415a:	40b2                	lw	ra,12(sp)
   1415c:	4422                	lw	s0,8(sp)
   1415e:	8201a823          	sw	zero,-2000(gp) # 18048 <out_len>
   14162:	4492                	lw	s1,4(sp)
   14164:	4902                	lw	s2,0(sp)
   14166:	0141                	add	sp,sp,16
   14168:	8082                	ret

0001416a <memcpy>:
   1416a:	832a                	mv	t1,a0
   1416c:	ca09                	beqz	a2,1417e <memcpy+0x14>
   1416e:	00058383          	lb	t2,0(a1)
   14172:	00730023          	sb	t2,0(t1)
   14176:	167d                	add	a2,a2,-1
   14178:	0305                	add	t1,t1,1
   1417a:	0585                	add	a1,a1,1
   1417c:	fa6d                	bnez	a2,1416e <memcpy+0x4>
   1417e:	8082                	ret

00014180 <memmove>:
   14180:	c215                	beqz	a2,141a4 <memmove+0x24>
   14182:	832a                	mv	t1,a0
   14184:	4685                	li	a3,1
   14186:	00b56763          	bltu	a0,a1,14194 <memmove+0x14>
   1418a:	56fd                	li	a3,-1
   1418c:	fff60713          	add	a4,a2,-1
   14190:	933a                	add	t1,t1,a4
   14192:	95ba                	add	a1,a1,a4
   14194:	00058383          	lb	t2,0(a1)
   14198:	00730023          	sb	t2,0(t1)
   1419c:	167d                	add	a2,a2,-1
   1419e:	9336                	add	t1,t1,a3
   141a0:	95b6                	add	a1,a1,a3
   141a2:	fa6d                	bnez	a2,14194 <memmove+0x14>
   141a4:	8082                	ret

000141a6 <memset>:
   141a6:	832a                	mv	t1,a0
   141a8:	c611                	beqz	a2,141b4 <memset+0xe>
   141aa:	00b30023          	sb	a1,0(t1)
   141ae:	167d                	add	a2,a2,-1
   141b0:	0305                	add	t1,t1,1
   141b2:	fe65                	bnez	a2,141aa <memset+0x4>
   141b4:	8082                	ret

000141b6 <strcmp>:
   141b6:	00054603          	lbu	a2,0(a0)
   141ba:	0005c683          	lbu	a3,0(a1)
   141be:	0505                	add	a0,a0,1
   141c0:	0585                	add	a1,a1,1
   141c2:	00d61363          	bne	a2,a3,141c8 <strcmp+0x12>
   141c6:	fa65                	bnez	a2,141b6 <strcmp>
   141c8:	40d60533          	sub	a0,a2,a3
   141cc:	8082                	ret

000141ce <__libc_init_array>:
   141ce:	138022ef          	jal	t0,16306 <__riscv_save_0>
   141d2:	64e1                	lui	s1,0x18
   141d4:	6461                	lui	s0,0x18
   141d6:	d0848793          	add	a5,s1,-760 # 17d08 <__fini_array_end>
   141da:	d0840413          	add	s0,s0,-760 # 17d08 <__fini_array_end>
   141de:	8c1d                	sub	s0,s0,a5
   141e0:	8409                	sra	s0,s0,0x2
   141e2:	d0848493          	add	s1,s1,-760
   141e6:	4901                	li	s2,0
   141e8:	02891863          	bne	s2,s0,14218 <__libc_init_array+0x4a>
   141ec:	00000793          	li	a5,0
   141f0:	c789                	beqz	a5,141fa <__libc_init_array+0x2c>
   141f2:	00000097          	auipc	ra,0x0
   141f6:	000000e7          	jalr	zero # 0 <errno>
   141fa:	64e1                	lui	s1,0x18
   141fc:	6461                	lui	s0,0x18
   141fe:	d0848793          	add	a5,s1,-760 # 17d08 <__fini_array_end>
   14202:	d0840413          	add	s0,s0,-760 # 17d08 <__fini_array_end>
   14206:	8c1d                	sub	s0,s0,a5
   14208:	8409                	sra	s0,s0,0x2
   1420a:	d0848493          	add	s1,s1,-760
   1420e:	4901                	li	s2,0
   14210:	00891963          	bne	s2,s0,14222 <__libc_init_array+0x54>
   14214:	1160206f          	j	1632a <__riscv_restore_0>
   14218:	409c                	lw	a5,0(s1)
   1421a:	0905                	add	s2,s2,1
   1421c:	0491                	add	s1,s1,4
   1421e:	9782                	jalr	a5
   14220:	b7e1                	j	141e8 <__libc_init_array+0x1a>
   14222:	409c                	lw	a5,0(s1)
   14224:	0905                	add	s2,s2,1
   14226:	0491                	add	s1,s1,4
   14228:	9782                	jalr	a5
   1422a:	b7dd                	j	14210 <__libc_init_array+0x42>

0001422c <exit>:
   1422c:	0da022ef          	jal	t0,16306 <__riscv_save_0>
   14230:	00000793          	li	a5,0
   14234:	842a                	mv	s0,a0
   14236:	c791                	beqz	a5,14242 <exit+0x16>
   14238:	4581                	li	a1,0
   1423a:	00000097          	auipc	ra,0x0
   1423e:	000000e7          	jalr	zero # 0 <errno>
   14242:	131010ef          	jal	15b72 <__libc_fini_array>
   14246:	8522                	mv	a0,s0
   14248:	dc5ff0ef          	jal	1400c <_exit>

0001424c <memcmp>:
   1424c:	4701                	li	a4,0
   1424e:	00e61463          	bne	a2,a4,14256 <memcmp+0xa>
   14252:	4501                	li	a0,0
   14254:	8082                	ret
   14256:	00e507b3          	add	a5,a0,a4
   1425a:	0705                	add	a4,a4,1
   1425c:	00e586b3          	add	a3,a1,a4
   14260:	0007c783          	lbu	a5,0(a5)
   14264:	fff6c683          	lbu	a3,-1(a3)
   14268:	fed783e3          	beq	a5,a3,1424e <memcmp+0x2>
   1426c:	40d78533          	sub	a0,a5,a3
   14270:	8082                	ret

00014272 <printf>:
   14272:	7139                	add	sp,sp,-64
   14274:	da3e                	sw	a5,52(sp)
   14276:	67e1                	lui	a5,0x18
   14278:	d22e                	sw	a1,36(sp)
   1427a:	85aa                	mv	a1,a0
   1427c:	cfc7a503          	lw	a0,-772(a5) # 17cfc <stdout>
   14280:	d432                	sw	a2,40(sp)
   14282:	1050                	add	a2,sp,36
   14284:	ce06                	sw	ra,28(sp)
   14286:	d636                	sw	a3,44(sp)
   14288:	d83a                	sw	a4,48(sp)
   1428a:	dc42                	sw	a6,56(sp)
   1428c:	de46                	sw	a7,60(sp)
   1428e:	c632                	sw	a2,12(sp)
   14290:	2e95                	jal	14604 <__d_vfprintf>
   14292:	40f2                	lw	ra,28(sp)
   14294:	6121                	add	sp,sp,64
   14296:	8082                	ret

00014298 <snprintf>:
   14298:	711d                	add	sp,sp,-96
   1429a:	dc22                	sw	s0,56(sp)
   1429c:	da26                	sw	s1,52(sp)
   1429e:	d84a                	sw	s2,48(sp)
   142a0:	84aa                	mv	s1,a0
   142a2:	842e                	mv	s0,a1
   142a4:	8932                	mv	s2,a2
   142a6:	4581                	li	a1,0
   142a8:	02000613          	li	a2,32
   142ac:	0808                	add	a0,sp,16
   142ae:	cabe                	sw	a5,84(sp)
   142b0:	de06                	sw	ra,60(sp)
   142b2:	c6b6                	sw	a3,76(sp)
   142b4:	c8ba                	sw	a4,80(sp)
   142b6:	ccc2                	sw	a6,88(sp)
   142b8:	cec6                	sw	a7,92(sp)
   142ba:	35f5                	jal	141a6 <memset>
   142bc:	4789                	li	a5,2
   142be:	00f10a23          	sb	a5,20(sp)
   142c2:	67d9                	lui	a5,0x16
   142c4:	bc278793          	add	a5,a5,-1086 # 15bc2 <__file_str_put>
   142c8:	cc3e                	sw	a5,24(sp)
   142ca:	d226                	sw	s1,36(sp)
   142cc:	4781                	li	a5,0
   142ce:	c809                	beqz	s0,142e0 <snprintf+0x48>
   142d0:	80000737          	lui	a4,0x80000
   142d4:	87a2                	mv	a5,s0
   142d6:	00877463          	bgeu	a4,s0,142de <snprintf+0x46>
   142da:	800007b7          	lui	a5,0x80000
   142de:	17fd                	add	a5,a5,-1 # 7fffffff <_end+0x7ff9cb87>
   142e0:	94be                	add	s1,s1,a5
   142e2:	00f0                	add	a2,sp,76
   142e4:	85ca                	mv	a1,s2
   142e6:	0808                	add	a0,sp,16
   142e8:	d426                	sw	s1,40(sp)
   142ea:	c632                	sw	a2,12(sp)
   142ec:	2e21                	jal	14604 <__d_vfprintf>
   142ee:	c401                	beqz	s0,142f6 <snprintf+0x5e>
   142f0:	5792                	lw	a5,36(sp)
   142f2:	00078023          	sb	zero,0(a5)
   142f6:	50f2                	lw	ra,60(sp)
   142f8:	5462                	lw	s0,56(sp)
   142fa:	54d2                	lw	s1,52(sp)
   142fc:	5942                	lw	s2,48(sp)
   142fe:	6125                	add	sp,sp,96
   14300:	8082                	ret

00014302 <strtoul>:
   14302:	02400793          	li	a5,36
   14306:	882a                	mv	a6,a0
   14308:	00c7e563          	bltu	a5,a2,14312 <strtoul+0x10>
   1430c:	4785                	li	a5,1
   1430e:	00f61a63          	bne	a2,a5,14322 <strtoul+0x20>
   14312:	4759                	li	a4,22
   14314:	00e22023          	sw	a4,0(tp) # 0 <errno>
   14318:	c199                	beqz	a1,1431e <strtoul+0x1c>
   1431a:	0105a023          	sw	a6,0(a1)
   1431e:	4501                	li	a0,0
   14320:	8082                	ret
   14322:	0ff67893          	zext.b	a7,a2
   14326:	4e11                	li	t3,4
   14328:	02000313          	li	t1,32
   1432c:	00054783          	lbu	a5,0(a0)
   14330:	00150713          	add	a4,a0,1
   14334:	ff778693          	add	a3,a5,-9
   14338:	0ff6f693          	zext.b	a3,a3
   1433c:	08de7c63          	bgeu	t3,a3,143d4 <strtoul+0xd2>
   14340:	08678a63          	beq	a5,t1,143d4 <strtoul+0xd2>
   14344:	02b00693          	li	a3,43
   14348:	08d78863          	beq	a5,a3,143d8 <strtoul+0xd6>
   1434c:	02d00313          	li	t1,45
   14350:	4681                	li	a3,0
   14352:	00679763          	bne	a5,t1,14360 <strtoul+0x5e>
   14356:	4685                	li	a3,1
   14358:	00154783          	lbu	a5,1(a0)
   1435c:	00250713          	add	a4,a0,2
   14360:	03000513          	li	a0,48
   14364:	06a79f63          	bne	a5,a0,143e2 <strtoul+0xe0>
   14368:	00074503          	lbu	a0,0(a4) # 80000000 <_end+0x7ff9cb88>
   1436c:	07800313          	li	t1,120
   14370:	02056513          	or	a0,a0,32
   14374:	06651463          	bne	a0,t1,143dc <strtoul+0xda>
   14378:	c601                	beqz	a2,14380 <strtoul+0x7e>
   1437a:	4641                	li	a2,16
   1437c:	00c89763          	bne	a7,a2,1438a <strtoul+0x88>
   14380:	00174783          	lbu	a5,1(a4)
   14384:	883a                	mv	a6,a4
   14386:	48c1                	li	a7,16
   14388:	0709                	add	a4,a4,2
   1438a:	4501                	li	a0,0
   1438c:	03900613          	li	a2,57
   14390:	00f67963          	bgeu	a2,a5,143a2 <strtoul+0xa0>
   14394:	17fd                	add	a5,a5,-1
   14396:	0207e793          	or	a5,a5,32
   1439a:	fda78793          	add	a5,a5,-38
   1439e:	0ff7f793          	zext.b	a5,a5
   143a2:	fd078793          	add	a5,a5,-48
   143a6:	0ff7f793          	zext.b	a5,a5
   143aa:	0317ff63          	bgeu	a5,a7,143e8 <strtoul+0xe6>
   143ae:	03153833          	mulhu	a6,a0,a7
   143b2:	03150533          	mul	a0,a0,a7
   143b6:	00081863          	bnez	a6,143c6 <strtoul+0xc4>
   143ba:	97aa                	add	a5,a5,a0
   143bc:	00a7b833          	sltu	a6,a5,a0
   143c0:	853e                	mv	a0,a5
   143c2:	00080463          	beqz	a6,143ca <strtoul+0xc8>
   143c6:	0026e693          	or	a3,a3,2
   143ca:	00074783          	lbu	a5,0(a4)
   143ce:	883a                	mv	a6,a4
   143d0:	0705                	add	a4,a4,1
   143d2:	bf7d                	j	14390 <strtoul+0x8e>
   143d4:	853a                	mv	a0,a4
   143d6:	bf99                	j	1432c <strtoul+0x2a>
   143d8:	4681                	li	a3,0
   143da:	bfbd                	j	14358 <strtoul+0x56>
   143dc:	f65d                	bnez	a2,1438a <strtoul+0x88>
   143de:	48a1                	li	a7,8
   143e0:	b76d                	j	1438a <strtoul+0x88>
   143e2:	f645                	bnez	a2,1438a <strtoul+0x88>
   143e4:	48a9                	li	a7,10
   143e6:	b755                	j	1438a <strtoul+0x88>
   143e8:	0016f793          	and	a5,a3,1
   143ec:	c399                	beqz	a5,143f2 <strtoul+0xf0>
   143ee:	40a00533          	neg	a0,a0
   143f2:	8a89                	and	a3,a3,2
   143f4:	c691                	beqz	a3,14400 <strtoul+0xfe>
   143f6:	02200713          	li	a4,34
   143fa:	00e22023          	sw	a4,0(tp) # 0 <errno>
   143fe:	557d                	li	a0,-1
   14400:	c199                	beqz	a1,14406 <strtoul+0x104>
   14402:	0105a023          	sw	a6,0(a1)
   14406:	8082                	ret

00014408 <__ultoa_invert>:
   14408:	6d7012ef          	jal	t0,162de <__riscv_save_10>
   1440c:	2006f793          	and	a5,a3,512
   14410:	89aa                	mv	s3,a0
   14412:	8a2e                	mv	s4,a1
   14414:	8932                	mv	s2,a2
   14416:	84b6                	mv	s1,a3
   14418:	02700b13          	li	s6,39
   1441c:	c781                	beqz	a5,14424 <__ultoa_invert+0x1c>
   1441e:	dff6f493          	and	s1,a3,-513
   14422:	4b1d                	li	s6,7
   14424:	41f4da93          	sra	s5,s1,0x1f
   14428:	4ca5                	li	s9,9
   1442a:	8626                	mv	a2,s1
   1442c:	86d6                	mv	a3,s5
   1442e:	854e                	mv	a0,s3
   14430:	85d2                	mv	a1,s4
   14432:	37d010ef          	jal	15fae <__umoddi3>
   14436:	85d2                	mv	a1,s4
   14438:	0ff57413          	zext.b	s0,a0
   1443c:	8626                	mv	a2,s1
   1443e:	854e                	mv	a0,s3
   14440:	86d6                	mv	a3,s5
   14442:	00f010ef          	jal	15c50 <__udivdi3>
   14446:	8c4e                	mv	s8,s3
   14448:	8bd2                	mv	s7,s4
   1444a:	89aa                	mv	s3,a0
   1444c:	8a2e                	mv	s4,a1
   1444e:	008cf563          	bgeu	s9,s0,14458 <__ultoa_invert+0x50>
   14452:	945a                	add	s0,s0,s6
   14454:	0ff47413          	zext.b	s0,s0
   14458:	0905                	add	s2,s2,1
   1445a:	03040413          	add	s0,s0,48
   1445e:	fe890fa3          	sb	s0,-1(s2)
   14462:	015be663          	bltu	s7,s5,1446e <__ultoa_invert+0x66>
   14466:	fd7a92e3          	bne	s5,s7,1442a <__ultoa_invert+0x22>
   1446a:	fc9c70e3          	bgeu	s8,s1,1442a <__ultoa_invert+0x22>
   1446e:	854a                	mv	a0,s2
   14470:	6a70106f          	j	16316 <__riscv_restore_10>

00014474 <skip_to_arg>:
   14474:	66b012ef          	jal	t0,162de <__riscv_save_10>
   14478:	4305                	li	t1,1
   1447a:	02500f13          	li	t5,37
   1447e:	88aa                	mv	a7,a0
   14480:	00c34463          	blt	t1,a2,14488 <skip_to_arg+0x14>
   14484:	6930106f          	j	16316 <__riscv_restore_10>
   14488:	87c6                	mv	a5,a7
   1448a:	88be                	mv	a7,a5
   1448c:	0007c703          	lbu	a4,0(a5)
   14490:	0785                	add	a5,a5,1
   14492:	db6d                	beqz	a4,14484 <skip_to_arg+0x10>
   14494:	ffe71be3          	bne	a4,t5,1448a <skip_to_arg+0x16>
   14498:	0007c703          	lbu	a4,0(a5)
   1449c:	0889                	add	a7,a7,2
   1449e:	ffe705e3          	beq	a4,t5,14488 <skip_to_arg+0x14>
   144a2:	6ecd                	lui	t4,0x13
   144a4:	4681                	li	a3,0
   144a6:	4e01                	li	t3,0
   144a8:	4781                	li	a5,0
   144aa:	42fd                	li	t0,31
   144ac:	06c00f93          	li	t6,108
   144b0:	07400393          	li	t2,116
   144b4:	07a00413          	li	s0,122
   144b8:	06800493          	li	s1,104
   144bc:	06a00913          	li	s2,106
   144c0:	04c00993          	li	s3,76
   144c4:	4a25                	li	s4,9
   144c6:	02400a93          	li	s5,36
   144ca:	07f00b13          	li	s6,127
   144ce:	4bc1                	li	s7,16
   144d0:	889e8e93          	add	t4,t4,-1911 # 12889 <tcp_connect+0xc7>
   144d4:	04f2e263          	bltu	t0,a5,14518 <skip_to_arg+0xa4>
   144d8:	fe070813          	add	a6,a4,-32
   144dc:	0ff87813          	zext.b	a6,a6
   144e0:	030bf163          	bgeu	s7,a6,14502 <skip_to_arg+0x8e>
   144e4:	fd070813          	add	a6,a4,-48
   144e8:	0ff87813          	zext.b	a6,a6
   144ec:	4c25                	li	s8,9
   144ee:	050c6563          	bltu	s8,a6,14538 <skip_to_arg+0xc4>
   144f2:	47a9                	li	a5,10
   144f4:	02f687b3          	mul	a5,a3,a5
   144f8:	00f806b3          	add	a3,a6,a5
   144fc:	02000793          	li	a5,32
   14500:	a039                	j	1450e <skip_to_arg+0x9a>
   14502:	010ed833          	srl	a6,t4,a6
   14506:	00187813          	and	a6,a6,1
   1450a:	00080963          	beqz	a6,1451c <skip_to_arg+0xa8>
   1450e:	0008c703          	lbu	a4,0(a7)
   14512:	0885                	add	a7,a7,1
   14514:	f361                	bnez	a4,144d4 <skip_to_arg+0x60>
   14516:	a8b1                	j	14572 <skip_to_arg+0xfe>
   14518:	04fb6363          	bltu	s6,a5,1455e <skip_to_arg+0xea>
   1451c:	fd070813          	add	a6,a4,-48
   14520:	0ff87813          	zext.b	a6,a6
   14524:	fd0a77e3          	bgeu	s4,a6,144f2 <skip_to_arg+0x7e>
   14528:	03571563          	bne	a4,s5,14552 <skip_to_arg+0xde>
   1452c:	0a0e0063          	beqz	t3,145cc <skip_to_arg+0x158>
   14530:	0a668063          	beq	a3,t1,145d0 <skip_to_arg+0x15c>
   14534:	4681                	li	a3,0
   14536:	bfe1                	j	1450e <skip_to_arg+0x9a>
   14538:	0fb77813          	and	a6,a4,251
   1453c:	02a00c13          	li	s8,42
   14540:	ff880ae3          	beq	a6,s8,14534 <skip_to_arg+0xc0>
   14544:	06c00813          	li	a6,108
   14548:	01071d63          	bne	a4,a6,14562 <skip_to_arg+0xee>
   1454c:	0807e793          	or	a5,a5,128
   14550:	bf7d                	j	1450e <skip_to_arg+0x9a>
   14552:	0fb77813          	and	a6,a4,251
   14556:	02a00c13          	li	s8,42
   1455a:	fd880de3          	beq	a6,s8,14534 <skip_to_arg+0xc0>
   1455e:	05f70663          	beq	a4,t6,145aa <skip_to_arg+0x136>
   14562:	02efef63          	bltu	t6,a4,145a0 <skip_to_arg+0x12c>
   14566:	04970863          	beq	a4,s1,145b6 <skip_to_arg+0x142>
   1456a:	05270e63          	beq	a4,s2,145c6 <skip_to_arg+0x152>
   1456e:	05370c63          	beq	a4,s3,145c6 <skip_to_arg+0x152>
   14572:	f00e09e3          	beqz	t3,14484 <skip_to_arg+0x10>
   14576:	f06e15e3          	bne	t3,t1,14480 <skip_to_arg+0xc>
   1457a:	02076893          	or	a7,a4,32
   1457e:	f9b88813          	add	a6,a7,-101
   14582:	0ff87813          	zext.b	a6,a6
   14586:	4e09                	li	t3,2
   14588:	4194                	lw	a3,0(a1)
   1458a:	010e7663          	bgeu	t3,a6,14596 <skip_to_arg+0x122>
   1458e:	06100813          	li	a6,97
   14592:	05089263          	bne	a7,a6,145d6 <skip_to_arg+0x162>
   14596:	069d                	add	a3,a3,7
   14598:	9ae1                	and	a3,a3,-8
   1459a:	00868713          	add	a4,a3,8
   1459e:	a091                	j	145e2 <skip_to_arg+0x16e>
   145a0:	f67707e3          	beq	a4,t2,1450e <skip_to_arg+0x9a>
   145a4:	f68705e3          	beq	a4,s0,1450e <skip_to_arg+0x9a>
   145a8:	b7e9                	j	14572 <skip_to_arg+0xfe>
   145aa:	0807f713          	and	a4,a5,128
   145ae:	df59                	beqz	a4,1454c <skip_to_arg+0xd8>
   145b0:	2007e793          	or	a5,a5,512
   145b4:	bf61                	j	1454c <skip_to_arg+0xd8>
   145b6:	1007f713          	and	a4,a5,256
   145ba:	c319                	beqz	a4,145c0 <skip_to_arg+0x14c>
   145bc:	2007e793          	or	a5,a5,512
   145c0:	1007e793          	or	a5,a5,256
   145c4:	b7a9                	j	1450e <skip_to_arg+0x9a>
   145c6:	2807e793          	or	a5,a5,640
   145ca:	b791                	j	1450e <skip_to_arg+0x9a>
   145cc:	8e36                	mv	t3,a3
   145ce:	b79d                	j	14534 <skip_to_arg+0xc0>
   145d0:	06300713          	li	a4,99
   145d4:	b75d                	j	1457a <skip_to_arg+0x106>
   145d6:	06300813          	li	a6,99
   145da:	01071763          	bne	a4,a6,145e8 <skip_to_arg+0x174>
   145de:	00468713          	add	a4,a3,4
   145e2:	c198                	sw	a4,0(a1)
   145e4:	0305                	add	t1,t1,1
   145e6:	bd61                	j	1447e <skip_to_arg+0xa>
   145e8:	07300813          	li	a6,115
   145ec:	ff0709e3          	beq	a4,a6,145de <skip_to_arg+0x16a>
   145f0:	0807f813          	and	a6,a5,128
   145f4:	00468713          	add	a4,a3,4
   145f8:	fe0805e3          	beqz	a6,145e2 <skip_to_arg+0x16e>
   145fc:	2007f793          	and	a5,a5,512
   14600:	d3ed                	beqz	a5,145e2 <skip_to_arg+0x16e>
   14602:	bf51                	j	14596 <skip_to_arg+0x122>

00014604 <__d_vfprintf>:
   14604:	4d3012ef          	jal	t0,162d6 <__riscv_save_12>
   14608:	00454783          	lbu	a5,4(a0)
   1460c:	7139                	add	sp,sp,-64
   1460e:	c02a                	sw	a0,0(sp)
   14610:	c42e                	sw	a1,8(sp)
   14612:	c632                	sw	a2,12(sp)
   14614:	8b89                	and	a5,a5,2
   14616:	00852a03          	lw	s4,8(a0)
   1461a:	c785                	beqz	a5,14642 <__d_vfprintf+0x3e>
   1461c:	d232                	sw	a2,36(sp)
   1461e:	87ae                	mv	a5,a1
   14620:	4401                	li	s0,0
   14622:	0007c903          	lbu	s2,0(a5)
   14626:	00090f63          	beqz	s2,14644 <__d_vfprintf+0x40>
   1462a:	02500713          	li	a4,37
   1462e:	00e90f63          	beq	s2,a4,1464c <__d_vfprintf+0x48>
   14632:	0785                	add	a5,a5,1
   14634:	c23e                	sw	a5,4(sp)
   14636:	4582                	lw	a1,0(sp)
   14638:	854a                	mv	a0,s2
   1463a:	0405                	add	s0,s0,1
   1463c:	9a02                	jalr	s4
   1463e:	280550e3          	bgez	a0,150be <__d_vfprintf+0xaba>
   14642:	547d                	li	s0,-1
   14644:	8522                	mv	a0,s0
   14646:	6121                	add	sp,sp,64
   14648:	4cb0106f          	j	16312 <__riscv_restore_12>
   1464c:	0017c903          	lbu	s2,1(a5)
   14650:	00278713          	add	a4,a5,2
   14654:	c23a                	sw	a4,4(sp)
   14656:	02500793          	li	a5,37
   1465a:	fcf90ee3          	beq	s2,a5,14636 <__d_vfprintf+0x32>
   1465e:	64e1                	lui	s1,0x18
   14660:	4a81                	li	s5,0
   14662:	4d01                	li	s10,0
   14664:	4b01                	li	s6,0
   14666:	4d81                	li	s11,0
   14668:	06c00993          	li	s3,108
   1466c:	07400b93          	li	s7,116
   14670:	07a00c13          	li	s8,122
   14674:	06800c93          	li	s9,104
   14678:	81448493          	add	s1,s1,-2028 # 17814 <CSWTCH.24+0x38>
   1467c:	47fd                	li	a5,31
   1467e:	07b7e163          	bltu	a5,s11,146e0 <__d_vfprintf+0xdc>
   14682:	fe090793          	add	a5,s2,-32
   14686:	0ff7f793          	zext.b	a5,a5
   1468a:	4741                	li	a4,16
   1468c:	00f76663          	bltu	a4,a5,14698 <__d_vfprintf+0x94>
   14690:	078a                	sll	a5,a5,0x2
   14692:	97a6                	add	a5,a5,s1
   14694:	439c                	lw	a5,0(a5)
   14696:	8782                	jr	a5
   14698:	fd090793          	add	a5,s2,-48
   1469c:	0ff7f793          	zext.b	a5,a5
   146a0:	4725                	li	a4,9
   146a2:	06f76463          	bltu	a4,a5,1470a <__d_vfprintf+0x106>
   146a6:	46a9                	li	a3,10
   146a8:	02db06b3          	mul	a3,s6,a3
   146ac:	00f68b33          	add	s6,a3,a5
   146b0:	020ded93          	or	s11,s11,32
   146b4:	a019                	j	146ba <__d_vfprintf+0xb6>
   146b6:	001ded93          	or	s11,s11,1
   146ba:	4792                	lw	a5,4(sp)
   146bc:	0007c903          	lbu	s2,0(a5)
   146c0:	0785                	add	a5,a5,1
   146c2:	c23e                	sw	a5,4(sp)
   146c4:	fa091ce3          	bnez	s2,1467c <__d_vfprintf+0x78>
   146c8:	a0ed                	j	147b2 <__d_vfprintf+0x1ae>
   146ca:	002ded93          	or	s11,s11,2
   146ce:	004ded93          	or	s11,s11,4
   146d2:	b7e5                	j	146ba <__d_vfprintf+0xb6>
   146d4:	008ded93          	or	s11,s11,8
   146d8:	b7cd                	j	146ba <__d_vfprintf+0xb6>
   146da:	010ded93          	or	s11,s11,16
   146de:	bff1                	j	146ba <__d_vfprintf+0xb6>
   146e0:	07f00793          	li	a5,127
   146e4:	0bb7e963          	bltu	a5,s11,14796 <__d_vfprintf+0x192>
   146e8:	fd090693          	add	a3,s2,-48
   146ec:	0ff6f693          	zext.b	a3,a3
   146f0:	47a5                	li	a5,9
   146f2:	00d7ec63          	bltu	a5,a3,1470a <__d_vfprintf+0x106>
   146f6:	040df613          	and	a2,s11,64
   146fa:	87b6                	mv	a5,a3
   146fc:	d64d                	beqz	a2,146a6 <__d_vfprintf+0xa2>
   146fe:	47a9                	li	a5,10
   14700:	02fd07b3          	mul	a5,s10,a5
   14704:	00d78d33          	add	s10,a5,a3
   14708:	bf4d                	j	146ba <__d_vfprintf+0xb6>
   1470a:	02a00793          	li	a5,42
   1470e:	02f91663          	bne	s2,a5,1473a <__d_vfprintf+0x136>
   14712:	fa0a94e3          	bnez	s5,146ba <__d_vfprintf+0xb6>
   14716:	5692                	lw	a3,36(sp)
   14718:	040df793          	and	a5,s11,64
   1471c:	00468613          	add	a2,a3,4
   14720:	4294                	lw	a3,0(a3)
   14722:	d232                	sw	a2,36(sp)
   14724:	c399                	beqz	a5,1472a <__d_vfprintf+0x126>
   14726:	8d36                	mv	s10,a3
   14728:	bf49                	j	146ba <__d_vfprintf+0xb6>
   1472a:	8b36                	mv	s6,a3
   1472c:	f806d2e3          	bgez	a3,146b0 <__d_vfprintf+0xac>
   14730:	40d00b33          	neg	s6,a3
   14734:	028ded93          	or	s11,s11,40
   14738:	b749                	j	146ba <__d_vfprintf+0xb6>
   1473a:	02e00793          	li	a5,46
   1473e:	00f91963          	bne	s2,a5,14750 <__d_vfprintf+0x14c>
   14742:	040df793          	and	a5,s11,64
   14746:	ee079fe3          	bnez	a5,14644 <__d_vfprintf+0x40>
   1474a:	040ded93          	or	s11,s11,64
   1474e:	b7b5                	j	146ba <__d_vfprintf+0xb6>
   14750:	02400793          	li	a5,36
   14754:	04f91163          	bne	s2,a5,14796 <__d_vfprintf+0x192>
   14758:	120a8d63          	beqz	s5,14892 <__d_vfprintf+0x28e>
   1475c:	47b2                	lw	a5,12(sp)
   1475e:	d23e                	sw	a5,36(sp)
   14760:	040df793          	and	a5,s11,64
   14764:	ef89                	bnez	a5,1477e <__d_vfprintf+0x17a>
   14766:	4522                	lw	a0,8(sp)
   14768:	865a                	mv	a2,s6
   1476a:	104c                	add	a1,sp,36
   1476c:	d09ff0ef          	jal	14474 <skip_to_arg>
   14770:	5792                	lw	a5,36(sp)
   14772:	00478693          	add	a3,a5,4
   14776:	0007ab03          	lw	s6,0(a5)
   1477a:	d236                	sw	a3,36(sp)
   1477c:	bf3d                	j	146ba <__d_vfprintf+0xb6>
   1477e:	4522                	lw	a0,8(sp)
   14780:	866a                	mv	a2,s10
   14782:	104c                	add	a1,sp,36
   14784:	cf1ff0ef          	jal	14474 <skip_to_arg>
   14788:	5792                	lw	a5,36(sp)
   1478a:	00478693          	add	a3,a5,4
   1478e:	0007ad03          	lw	s10,0(a5)
   14792:	d236                	sw	a3,36(sp)
   14794:	b71d                	j	146ba <__d_vfprintf+0xb6>
   14796:	0d390b63          	beq	s2,s3,1486c <__d_vfprintf+0x268>
   1479a:	0d29e463          	bltu	s3,s2,14862 <__d_vfprintf+0x25e>
   1479e:	0d990f63          	beq	s2,s9,1487c <__d_vfprintf+0x278>
   147a2:	06a00793          	li	a5,106
   147a6:	0ef90363          	beq	s2,a5,1488c <__d_vfprintf+0x288>
   147aa:	04c00793          	li	a5,76
   147ae:	0cf90f63          	beq	s2,a5,1488c <__d_vfprintf+0x288>
   147b2:	000a8963          	beqz	s5,147c4 <__d_vfprintf+0x1c0>
   147b6:	47b2                	lw	a5,12(sp)
   147b8:	4522                	lw	a0,8(sp)
   147ba:	8656                	mv	a2,s5
   147bc:	104c                	add	a1,sp,36
   147be:	d23e                	sw	a5,36(sp)
   147c0:	cb5ff0ef          	jal	14474 <skip_to_arg>
   147c4:	000d5963          	bgez	s10,147d6 <__d_vfprintf+0x1d2>
   147c8:	fbfdf813          	and	a6,s11,-65
   147cc:	01081d93          	sll	s11,a6,0x10
   147d0:	010ddd93          	srl	s11,s11,0x10
   147d4:	4d01                	li	s10,0
   147d6:	02096c93          	or	s9,s2,32
   147da:	f9bc8793          	add	a5,s9,-101
   147de:	0ff7f793          	zext.b	a5,a5
   147e2:	4709                	li	a4,2
   147e4:	0af77d63          	bgeu	a4,a5,1489e <__d_vfprintf+0x29a>
   147e8:	06100793          	li	a5,97
   147ec:	68fc9f63          	bne	s9,a5,14e8a <__d_vfprintf+0x886>
   147f0:	5792                	lw	a5,36(sp)
   147f2:	6a89                	lui	s5,0x2
   147f4:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   147f8:	079d                	add	a5,a5,7
   147fa:	9be1                	and	a5,a5,-8
   147fc:	0047ab83          	lw	s7,4(a5)
   14800:	0007a883          	lw	a7,0(a5)
   14804:	00878713          	add	a4,a5,8
   14808:	414bd993          	sra	s3,s7,0x14
   1480c:	00cb9c13          	sll	s8,s7,0xc
   14810:	7ff9f993          	and	s3,s3,2047
   14814:	00cc5c93          	srl	s9,s8,0xc
   14818:	015deab3          	or	s5,s11,s5
   1481c:	0119e533          	or	a0,s3,a7
   14820:	fff94913          	not	s2,s2
   14824:	0ac2                	sll	s5,s5,0x10
   14826:	d23a                	sw	a4,36(sp)
   14828:	019567b3          	or	a5,a0,s9
   1482c:	02097913          	and	s2,s2,32
   14830:	010ada93          	srl	s5,s5,0x10
   14834:	86c6                	mv	a3,a7
   14836:	8c66                	mv	s8,s9
   14838:	040df813          	and	a6,s11,64
   1483c:	01fbdb93          	srl	s7,s7,0x1f
   14840:	ebdd                	bnez	a5,148f6 <__d_vfprintf+0x2f2>
   14842:	03000793          	li	a5,48
   14846:	0ffbfb93          	zext.b	s7,s7
   1484a:	02f106a3          	sb	a5,45(sp)
   1484e:	03710623          	sb	s7,44(sp)
   14852:	24080d63          	beqz	a6,14aac <__d_vfprintf+0x4a8>
   14856:	47b1                	li	a5,12
   14858:	4981                	li	s3,0
   1485a:	0da7d263          	bge	a5,s10,1491e <__d_vfprintf+0x31a>
   1485e:	4d35                	li	s10,13
   14860:	aa85                	j	149d0 <__d_vfprintf+0x3cc>
   14862:	e5790ce3          	beq	s2,s7,146ba <__d_vfprintf+0xb6>
   14866:	e5890ae3          	beq	s2,s8,146ba <__d_vfprintf+0xb6>
   1486a:	b7a1                	j	147b2 <__d_vfprintf+0x1ae>
   1486c:	080df793          	and	a5,s11,128
   14870:	c399                	beqz	a5,14876 <__d_vfprintf+0x272>
   14872:	200ded93          	or	s11,s11,512
   14876:	080ded93          	or	s11,s11,128
   1487a:	b581                	j	146ba <__d_vfprintf+0xb6>
   1487c:	100df793          	and	a5,s11,256
   14880:	c399                	beqz	a5,14886 <__d_vfprintf+0x282>
   14882:	200ded93          	or	s11,s11,512
   14886:	100ded93          	or	s11,s11,256
   1488a:	bd05                	j	146ba <__d_vfprintf+0xb6>
   1488c:	280ded93          	or	s11,s11,640
   14890:	b52d                	j	146ba <__d_vfprintf+0xb6>
   14892:	875a                	mv	a4,s6
   14894:	4d01                	li	s10,0
   14896:	4b01                	li	s6,0
   14898:	8aba                	mv	s5,a4
   1489a:	4d81                	li	s11,0
   1489c:	bd39                	j	146ba <__d_vfprintf+0xb6>
   1489e:	5792                	lw	a5,36(sp)
   148a0:	fff94913          	not	s2,s2
   148a4:	02097913          	and	s2,s2,32
   148a8:	079d                	add	a5,a5,7
   148aa:	9be1                	and	a5,a5,-8
   148ac:	00878713          	add	a4,a5,8
   148b0:	4388                	lw	a0,0(a5)
   148b2:	43cc                	lw	a1,4(a5)
   148b4:	d23a                	sw	a4,36(sp)
   148b6:	040df793          	and	a5,s11,64
   148ba:	20078d63          	beqz	a5,14ad4 <__d_vfprintf+0x4d0>
   148be:	06500793          	li	a5,101
   148c2:	20fc9b63          	bne	s9,a5,14ad8 <__d_vfprintf+0x4d4>
   148c6:	6785                	lui	a5,0x1
   148c8:	001d0613          	add	a2,s10,1
   148cc:	00fdedb3          	or	s11,s11,a5
   148d0:	0ff67613          	zext.b	a2,a2
   148d4:	4701                	li	a4,0
   148d6:	4781                	li	a5,0
   148d8:	4345                	li	t1,17
   148da:	0ff67693          	zext.b	a3,a2
   148de:	00c37363          	bgeu	t1,a2,148e4 <__d_vfprintf+0x2e0>
   148e2:	46c5                	li	a3,17
   148e4:	1030                	add	a2,sp,40
   148e6:	30d000ef          	jal	153f2 <__dtoa_engine>
   148ea:	0ff57b93          	zext.b	s7,a0
   148ee:	59a2                	lw	s3,40(sp)
   148f0:	8aee                	mv	s5,s11
   148f2:	4c09                	li	s8,2
   148f4:	aa01                	j	14a04 <__d_vfprintf+0x400>
   148f6:	03100793          	li	a5,49
   148fa:	00099563          	bnez	s3,14904 <__d_vfprintf+0x300>
   148fe:	03000793          	li	a5,48
   14902:	4985                	li	s3,1
   14904:	0ffbfb93          	zext.b	s7,s7
   14908:	02f106a3          	sb	a5,45(sp)
   1490c:	03710623          	sb	s7,44(sp)
   14910:	c0198993          	add	s3,s3,-1023
   14914:	18080363          	beqz	a6,14a9a <__d_vfprintf+0x496>
   14918:	47b1                	li	a5,12
   1491a:	19a7c263          	blt	a5,s10,14a9e <__d_vfprintf+0x49a>
   1491e:	4335                	li	t1,13
   14920:	41a30333          	sub	t1,t1,s10
   14924:	00231d93          	sll	s11,t1,0x2
   14928:	fffd8613          	add	a2,s11,-1
   1492c:	4505                	li	a0,1
   1492e:	4581                	li	a1,0
   14930:	ca46                	sw	a7,20(sp)
   14932:	c836                	sw	a3,16(sp)
   14934:	2ca010ef          	jal	15bfe <__ashldi3>
   14938:	84aa                	mv	s1,a0
   1493a:	872e                	mv	a4,a1
   1493c:	00171793          	sll	a5,a4,0x1
   14940:	85aa                	mv	a1,a0
   14942:	01f4d513          	srl	a0,s1,0x1f
   14946:	00149e13          	sll	t3,s1,0x1
   1494a:	8fc9                	or	a5,a5,a0
   1494c:	40f00c33          	neg	s8,a5
   14950:	01c03533          	snez	a0,t3
   14954:	48d2                	lw	a7,20(sp)
   14956:	41c00833          	neg	a6,t3
   1495a:	40ac0c33          	sub	s8,s8,a0
   1495e:	fffe0513          	add	a0,t3,-1
   14962:	001e3e13          	seqz	t3,t3
   14966:	41c787b3          	sub	a5,a5,t3
   1496a:	0197f7b3          	and	a5,a5,s9
   1496e:	01157533          	and	a0,a0,a7
   14972:	02f74663          	blt	a4,a5,1499e <__d_vfprintf+0x39a>
   14976:	46c2                	lw	a3,16(sp)
   14978:	00e79463          	bne	a5,a4,14980 <__d_vfprintf+0x37c>
   1497c:	02a5e163          	bltu	a1,a0,1499e <__d_vfprintf+0x39a>
   14980:	8546                	mv	a0,a7
   14982:	866e                	mv	a2,s11
   14984:	85e6                	mv	a1,s9
   14986:	ce3a                	sw	a4,28(sp)
   14988:	cc42                	sw	a6,24(sp)
   1498a:	ca36                	sw	a3,20(sp)
   1498c:	c846                	sw	a7,16(sp)
   1498e:	298010ef          	jal	15c26 <__ashrdi3>
   14992:	8905                	and	a0,a0,1
   14994:	48c2                	lw	a7,16(sp)
   14996:	46d2                	lw	a3,20(sp)
   14998:	4862                	lw	a6,24(sp)
   1499a:	4772                	lw	a4,28(sp)
   1499c:	c94d                	beqz	a0,14a4e <__d_vfprintf+0x44a>
   1499e:	00988533          	add	a0,a7,s1
   149a2:	01153db3          	sltu	s11,a0,a7
   149a6:	9766                	add	a4,a4,s9
   149a8:	00ed8cb3          	add	s9,s11,a4
   149ac:	001007b7          	lui	a5,0x100
   149b0:	86aa                	mv	a3,a0
   149b2:	08fcce63          	blt	s9,a5,14a4e <__d_vfprintf+0x44a>
   149b6:	02d14783          	lbu	a5,45(sp)
   149ba:	0785                	add	a5,a5,1 # 100001 <_end+0x9cb89>
   149bc:	02f106a3          	sb	a5,45(sp)
   149c0:	40000793          	li	a5,1024
   149c4:	0af98163          	beq	s3,a5,14a66 <__d_vfprintf+0x462>
   149c8:	00a87533          	and	a0,a6,a0
   149cc:	019c7c33          	and	s8,s8,s9
   149d0:	05700613          	li	a2,87
   149d4:	1034                	add	a3,sp,40
   149d6:	4735                	li	a4,13
   149d8:	45a5                	li	a1,9
   149da:	41260633          	sub	a2,a2,s2
   149de:	01cc1813          	sll	a6,s8,0x1c
   149e2:	00f57793          	and	a5,a0,15
   149e6:	8111                	srl	a0,a0,0x4
   149e8:	00a86533          	or	a0,a6,a0
   149ec:	404c5c13          	sra	s8,s8,0x4
   149f0:	e7e1                	bnez	a5,14ab8 <__d_vfprintf+0x4b4>
   149f2:	0ced5563          	bge	s10,a4,14abc <__d_vfprintf+0x4b8>
   149f6:	177d                	add	a4,a4,-1
   149f8:	16fd                	add	a3,a3,-1
   149fa:	f375                	bnez	a4,149de <__d_vfprintf+0x3da>
   149fc:	4c05                	li	s8,1
   149fe:	4bb9                	li	s7,14
   14a00:	07000c93          	li	s9,112
   14a04:	00998713          	add	a4,s3,9
   14a08:	46c9                	li	a3,18
   14a0a:	87ce                	mv	a5,s3
   14a0c:	06e6e863          	bltu	a3,a4,14a7c <__d_vfprintf+0x478>
   14a10:	02c14703          	lbu	a4,44(sp)
   14a14:	00177d93          	and	s11,a4,1
   14a18:	8b31                	and	a4,a4,12
   14a1a:	120d9963          	bnez	s11,14b4c <__d_vfprintf+0x548>
   14a1e:	002af793          	and	a5,s5,2
   14a22:	12079163          	bnez	a5,14b44 <__d_vfprintf+0x540>
   14a26:	004af793          	and	a5,s5,4
   14a2a:	cfe9                	beqz	a5,14b04 <__d_vfprintf+0x500>
   14a2c:	12071463          	bnez	a4,14b54 <__d_vfprintf+0x550>
   14a30:	02000713          	li	a4,32
   14a34:	678d                	lui	a5,0x3
   14a36:	00faf7b3          	and	a5,s5,a5
   14a3a:	1c079163          	bnez	a5,14bfc <__d_vfprintf+0x5f8>
   14a3e:	000d1363          	bnez	s10,14a44 <__d_vfprintf+0x440>
   14a42:	4d05                	li	s10,1
   14a44:	103c                	add	a5,sp,40
   14a46:	97de                	add	a5,a5,s7
   14a48:	03000693          	li	a3,48
   14a4c:	aa8d                	j	14bbe <__d_vfprintf+0x5ba>
   14a4e:	0106f6b3          	and	a3,a3,a6
   14a52:	018cfcb3          	and	s9,s9,s8
   14a56:	40000793          	li	a5,1024
   14a5a:	04f99c63          	bne	s3,a5,14ab2 <__d_vfprintf+0x4ae>
   14a5e:	0196ecb3          	or	s9,a3,s9
   14a62:	040c8063          	beqz	s9,14aa2 <__d_vfprintf+0x49e>
   14a66:	008beb93          	or	s7,s7,8
   14a6a:	03710623          	sb	s7,44(sp)
   14a6e:	40000993          	li	s3,1024
   14a72:	4bb9                	li	s7,14
   14a74:	07000c93          	li	s9,112
   14a78:	40000793          	li	a5,1024
   14a7c:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   14a80:	0c600693          	li	a3,198
   14a84:	4c09                	li	s8,2
   14a86:	f8e6f5e3          	bgeu	a3,a4,14a10 <__d_vfprintf+0x40c>
   14a8a:	3e778793          	add	a5,a5,999
   14a8e:	7ce00c13          	li	s8,1998
   14a92:	00fc3c33          	sltu	s8,s8,a5
   14a96:	0c0d                	add	s8,s8,3
   14a98:	bfa5                	j	14a10 <__d_vfprintf+0x40c>
   14a9a:	4d01                	li	s10,0
   14a9c:	bf6d                	j	14a56 <__d_vfprintf+0x452>
   14a9e:	4d35                	li	s10,13
   14aa0:	bf5d                	j	14a56 <__d_vfprintf+0x452>
   14aa2:	004beb93          	or	s7,s7,4
   14aa6:	03710623          	sb	s7,44(sp)
   14aaa:	b7e1                	j	14a72 <__d_vfprintf+0x46e>
   14aac:	4981                	li	s3,0
   14aae:	4d01                	li	s10,0
   14ab0:	b705                	j	149d0 <__d_vfprintf+0x3cc>
   14ab2:	8536                	mv	a0,a3
   14ab4:	8c66                	mv	s8,s9
   14ab6:	bf29                	j	149d0 <__d_vfprintf+0x3cc>
   14ab8:	00f5ea63          	bltu	a1,a5,14acc <__d_vfprintf+0x4c8>
   14abc:	03078793          	add	a5,a5,48
   14ac0:	00f68923          	sb	a5,18(a3)
   14ac4:	f2ed59e3          	bge	s10,a4,149f6 <__d_vfprintf+0x3f2>
   14ac8:	8d3a                	mv	s10,a4
   14aca:	b735                	j	149f6 <__d_vfprintf+0x3f2>
   14acc:	97b2                	add	a5,a5,a2
   14ace:	0ff7f793          	zext.b	a5,a5
   14ad2:	b7fd                	j	14ac0 <__d_vfprintf+0x4bc>
   14ad4:	4d19                	li	s10,6
   14ad6:	b3e5                	j	148be <__d_vfprintf+0x2ba>
   14ad8:	06600793          	li	a5,102
   14adc:	00fc9963          	bne	s9,a5,14aee <__d_vfprintf+0x4ea>
   14ae0:	6789                	lui	a5,0x2
   14ae2:	00fdedb3          	or	s11,s11,a5
   14ae6:	4705                	li	a4,1
   14ae8:	87ea                	mv	a5,s10
   14aea:	4645                	li	a2,17
   14aec:	b3f5                	j	148d8 <__d_vfprintf+0x2d4>
   14aee:	0ffd7793          	zext.b	a5,s10
   14af2:	0ffd7613          	zext.b	a2,s10
   14af6:	e391                	bnez	a5,14afa <__d_vfprintf+0x4f6>
   14af8:	4605                	li	a2,1
   14afa:	4701                	li	a4,0
   14afc:	4781                	li	a5,0
   14afe:	06500c93          	li	s9,101
   14b02:	bbd9                	j	148d8 <__d_vfprintf+0x2d4>
   14b04:	db05                	beqz	a4,14a34 <__d_vfprintf+0x430>
   14b06:	478d                	li	a5,3
   14b08:	0967d063          	bge	a5,s6,14b88 <__d_vfprintf+0x584>
   14b0c:	008afa93          	and	s5,s5,8
   14b10:	ffdb0493          	add	s1,s6,-3
   14b14:	000a9f63          	bnez	s5,14b32 <__d_vfprintf+0x52e>
   14b18:	94a2                	add	s1,s1,s0
   14b1a:	4582                	lw	a1,0(sp)
   14b1c:	02000513          	li	a0,32
   14b20:	0405                	add	s0,s0,1
   14b22:	9a02                	jalr	s4
   14b24:	b0054fe3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14b28:	fe8499e3          	bne	s1,s0,14b1a <__d_vfprintf+0x516>
   14b2c:	4481                	li	s1,0
   14b2e:	020d9e63          	bnez	s11,14b6a <__d_vfprintf+0x566>
   14b32:	02c14783          	lbu	a5,44(sp)
   14b36:	8ba1                	and	a5,a5,8
   14b38:	efa5                	bnez	a5,14bb0 <__d_vfprintf+0x5ac>
   14b3a:	69e1                	lui	s3,0x18
   14b3c:	80498993          	add	s3,s3,-2044 # 17804 <CSWTCH.24+0x28>
   14b40:	8c22                	mv	s8,s0
   14b42:	a8b1                	j	14b9e <__d_vfprintf+0x59a>
   14b44:	eb15                	bnez	a4,14b78 <__d_vfprintf+0x574>
   14b46:	02b00713          	li	a4,43
   14b4a:	b5ed                	j	14a34 <__d_vfprintf+0x430>
   14b4c:	eb0d                	bnez	a4,14b7e <__d_vfprintf+0x57a>
   14b4e:	02d00713          	li	a4,45
   14b52:	b5cd                	j	14a34 <__d_vfprintf+0x430>
   14b54:	02000d93          	li	s11,32
   14b58:	4791                	li	a5,4
   14b5a:	0367d563          	bge	a5,s6,14b84 <__d_vfprintf+0x580>
   14b5e:	008afa93          	and	s5,s5,8
   14b62:	ffcb0493          	add	s1,s6,-4
   14b66:	fa0a89e3          	beqz	s5,14b18 <__d_vfprintf+0x514>
   14b6a:	4582                	lw	a1,0(sp)
   14b6c:	856e                	mv	a0,s11
   14b6e:	0405                	add	s0,s0,1
   14b70:	9a02                	jalr	s4
   14b72:	fc0550e3          	bgez	a0,14b32 <__d_vfprintf+0x52e>
   14b76:	b4f1                	j	14642 <__d_vfprintf+0x3e>
   14b78:	02b00d93          	li	s11,43
   14b7c:	bff1                	j	14b58 <__d_vfprintf+0x554>
   14b7e:	02d00d93          	li	s11,45
   14b82:	bfd9                	j	14b58 <__d_vfprintf+0x554>
   14b84:	4481                	li	s1,0
   14b86:	b7d5                	j	14b6a <__d_vfprintf+0x566>
   14b88:	4481                	li	s1,0
   14b8a:	b765                	j	14b32 <__d_vfprintf+0x52e>
   14b8c:	4582                	lw	a1,0(sp)
   14b8e:	41250533          	sub	a0,a0,s2
   14b92:	0ff57513          	zext.b	a0,a0
   14b96:	0c05                	add	s8,s8,1
   14b98:	9a02                	jalr	s4
   14b9a:	aa0544e3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14b9e:	408c07b3          	sub	a5,s8,s0
   14ba2:	97ce                	add	a5,a5,s3
   14ba4:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   14ba8:	f175                	bnez	a0,14b8c <__d_vfprintf+0x588>
   14baa:	8462                	mv	s0,s8
   14bac:	94e2                	add	s1,s1,s8
   14bae:	ad39                	j	151cc <__d_vfprintf+0xbc8>
   14bb0:	69e1                	lui	s3,0x18
   14bb2:	80898993          	add	s3,s3,-2040 # 17808 <CSWTCH.24+0x2c>
   14bb6:	b769                	j	14b40 <__d_vfprintf+0x53c>
   14bb8:	1bfd                	add	s7,s7,-1
   14bba:	0ffbfb93          	zext.b	s7,s7
   14bbe:	000b8763          	beqz	s7,14bcc <__d_vfprintf+0x5c8>
   14bc2:	0047c603          	lbu	a2,4(a5)
   14bc6:	17fd                	add	a5,a5,-1
   14bc8:	fed608e3          	beq	a2,a3,14bb8 <__d_vfprintf+0x5b4>
   14bcc:	010af693          	and	a3,s5,16
   14bd0:	87ea                	mv	a5,s10
   14bd2:	e291                	bnez	a3,14bd6 <__d_vfprintf+0x5d2>
   14bd4:	87de                	mv	a5,s7
   14bd6:	56f1                	li	a3,-4
   14bd8:	0ed9cc63          	blt	s3,a3,14cd0 <__d_vfprintf+0x6cc>
   14bdc:	0fa9da63          	bge	s3,s10,14cd0 <__d_vfprintf+0x6cc>
   14be0:	6689                	lui	a3,0x2
   14be2:	00dae6b3          	or	a3,s5,a3
   14be6:	01069a93          	sll	s5,a3,0x10
   14bea:	010ada93          	srl	s5,s5,0x10
   14bee:	4d01                	li	s10,0
   14bf0:	00f9d663          	bge	s3,a5,14bfc <__d_vfprintf+0x5f8>
   14bf4:	00198893          	add	a7,s3,1
   14bf8:	41178d33          	sub	s10,a5,a7
   14bfc:	6d89                	lui	s11,0x2
   14bfe:	01bafdb3          	and	s11,s5,s11
   14c02:	0c0d8a63          	beqz	s11,14cd6 <__d_vfprintf+0x6d2>
   14c06:	87ce                	mv	a5,s3
   14c08:	0009d363          	bgez	s3,14c0e <__d_vfprintf+0x60a>
   14c0c:	4781                	li	a5,0
   14c0e:	0785                	add	a5,a5,1
   14c10:	c311                	beqz	a4,14c14 <__d_vfprintf+0x610>
   14c12:	0785                	add	a5,a5,1
   14c14:	0c0d0963          	beqz	s10,14ce6 <__d_vfprintf+0x6e2>
   14c18:	001d0693          	add	a3,s10,1
   14c1c:	97b6                	add	a5,a5,a3
   14c1e:	4481                	li	s1,0
   14c20:	0167d463          	bge	a5,s6,14c28 <__d_vfprintf+0x624>
   14c24:	40fb04b3          	sub	s1,s6,a5
   14c28:	009af793          	and	a5,s5,9
   14c2c:	e789                	bnez	a5,14c36 <__d_vfprintf+0x632>
   14c2e:	94a2                	add	s1,s1,s0
   14c30:	0c849063          	bne	s1,s0,14cf0 <__d_vfprintf+0x6ec>
   14c34:	4481                	li	s1,0
   14c36:	c719                	beqz	a4,14c44 <__d_vfprintf+0x640>
   14c38:	4582                	lw	a1,0(sp)
   14c3a:	853a                	mv	a0,a4
   14c3c:	0405                	add	s0,s0,1
   14c3e:	9a02                	jalr	s4
   14c40:	a00541e3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14c44:	00bad793          	srl	a5,s5,0xb
   14c48:	8b85                	and	a5,a5,1
   14c4a:	c395                	beqz	a5,14c6e <__d_vfprintf+0x66a>
   14c4c:	4582                	lw	a1,0(sp)
   14c4e:	03000513          	li	a0,48
   14c52:	9a02                	jalr	s4
   14c54:	9e0547e3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14c58:	07800513          	li	a0,120
   14c5c:	4582                	lw	a1,0(sp)
   14c5e:	41250533          	sub	a0,a0,s2
   14c62:	0f857513          	and	a0,a0,248
   14c66:	0409                	add	s0,s0,2
   14c68:	9a02                	jalr	s4
   14c6a:	9c054ce3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14c6e:	008af793          	and	a5,s5,8
   14c72:	e791                	bnez	a5,14c7e <__d_vfprintf+0x67a>
   14c74:	8b22                	mv	s6,s0
   14c76:	9426                	add	s0,s0,s1
   14c78:	09641663          	bne	s0,s6,14d04 <__d_vfprintf+0x700>
   14c7c:	4481                	li	s1,0
   14c7e:	0c0d8f63          	beqz	s11,14d5c <__d_vfprintf+0x758>
   14c82:	8cce                	mv	s9,s3
   14c84:	0009d363          	bgez	s3,14c8a <__d_vfprintf+0x686>
   14c88:	4c81                	li	s9,0
   14c8a:	41998db3          	sub	s11,s3,s9
   14c8e:	41a00d33          	neg	s10,s10
   14c92:	5b7d                	li	s6,-1
   14c94:	03000513          	li	a0,48
   14c98:	017df663          	bgeu	s11,s7,14ca4 <__d_vfprintf+0x6a0>
   14c9c:	103c                	add	a5,sp,40
   14c9e:	97ee                	add	a5,a5,s11
   14ca0:	0057c503          	lbu	a0,5(a5)
   14ca4:	1cfd                	add	s9,s9,-1
   14ca6:	00140c13          	add	s8,s0,1
   14caa:	07acc563          	blt	s9,s10,14d14 <__d_vfprintf+0x710>
   14cae:	4582                	lw	a1,0(sp)
   14cb0:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   14cb2:	9a02                	jalr	s4
   14cb4:	980547e3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14cb8:	016c9a63          	bne	s9,s6,14ccc <__d_vfprintf+0x6c8>
   14cbc:	4582                	lw	a1,0(sp)
   14cbe:	02e00513          	li	a0,46
   14cc2:	9a02                	jalr	s4
   14cc4:	96054fe3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14cc8:	00240c13          	add	s8,s0,2
   14ccc:	8462                	mv	s0,s8
   14cce:	b7d9                	j	14c94 <__d_vfprintf+0x690>
   14cd0:	fff78d13          	add	s10,a5,-1
   14cd4:	b725                	j	14bfc <__d_vfprintf+0x5f8>
   14cd6:	00bad693          	srl	a3,s5,0xb
   14cda:	8a85                	and	a3,a3,1
   14cdc:	478d                	li	a5,3
   14cde:	c291                	beqz	a3,14ce2 <__d_vfprintf+0x6de>
   14ce0:	4795                	li	a5,5
   14ce2:	97e2                	add	a5,a5,s8
   14ce4:	b735                	j	14c10 <__d_vfprintf+0x60c>
   14ce6:	010af693          	and	a3,s5,16
   14cea:	da95                	beqz	a3,14c1e <__d_vfprintf+0x61a>
   14cec:	0785                	add	a5,a5,1
   14cee:	bf05                	j	14c1e <__d_vfprintf+0x61a>
   14cf0:	4582                	lw	a1,0(sp)
   14cf2:	02000513          	li	a0,32
   14cf6:	c83a                	sw	a4,16(sp)
   14cf8:	9a02                	jalr	s4
   14cfa:	4742                	lw	a4,16(sp)
   14cfc:	0405                	add	s0,s0,1
   14cfe:	f20559e3          	bgez	a0,14c30 <__d_vfprintf+0x62c>
   14d02:	b281                	j	14642 <__d_vfprintf+0x3e>
   14d04:	4582                	lw	a1,0(sp)
   14d06:	03000513          	li	a0,48
   14d0a:	0b05                	add	s6,s6,1
   14d0c:	9a02                	jalr	s4
   14d0e:	f60555e3          	bgez	a0,14c78 <__d_vfprintf+0x674>
   14d12:	ba05                	j	14642 <__d_vfprintf+0x3e>
   14d14:	033c9063          	bne	s9,s3,14d34 <__d_vfprintf+0x730>
   14d18:	02d14703          	lbu	a4,45(sp)
   14d1c:	03500793          	li	a5,53
   14d20:	00e7e863          	bltu	a5,a4,14d30 <__d_vfprintf+0x72c>
   14d24:	00f71863          	bne	a4,a5,14d34 <__d_vfprintf+0x730>
   14d28:	02c14783          	lbu	a5,44(sp)
   14d2c:	8bc1                	and	a5,a5,16
   14d2e:	e399                	bnez	a5,14d34 <__d_vfprintf+0x730>
   14d30:	03100513          	li	a0,49
   14d34:	4582                	lw	a1,0(sp)
   14d36:	9a02                	jalr	s4
   14d38:	900545e3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14d3c:	010afa93          	and	s5,s5,16
   14d40:	e60a85e3          	beqz	s5,14baa <__d_vfprintf+0x5a6>
   14d44:	57fd                	li	a5,-1
   14d46:	e6fc92e3          	bne	s9,a5,14baa <__d_vfprintf+0x5a6>
   14d4a:	4582                	lw	a1,0(sp)
   14d4c:	00240c13          	add	s8,s0,2
   14d50:	02e00513          	li	a0,46
   14d54:	9a02                	jalr	s4
   14d56:	e4055ae3          	bgez	a0,14baa <__d_vfprintf+0x5a6>
   14d5a:	b0e5                	j	14642 <__d_vfprintf+0x3e>
   14d5c:	02d14503          	lbu	a0,45(sp)
   14d60:	03100793          	li	a5,49
   14d64:	00f50763          	beq	a0,a5,14d72 <__d_vfprintf+0x76e>
   14d68:	02c14783          	lbu	a5,44(sp)
   14d6c:	9bbd                	and	a5,a5,-17
   14d6e:	02f10623          	sb	a5,44(sp)
   14d72:	4582                	lw	a1,0(sp)
   14d74:	9a02                	jalr	s4
   14d76:	8c0546e3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14d7a:	0da05a63          	blez	s10,14e4e <__d_vfprintf+0x84a>
   14d7e:	4582                	lw	a1,0(sp)
   14d80:	02e00513          	li	a0,46
   14d84:	0409                	add	s0,s0,2
   14d86:	9a02                	jalr	s4
   14d88:	8a054de3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14d8c:	4a85                	li	s5,1
   14d8e:	4785                	li	a5,1
   14d90:	0405                	add	s0,s0,1
   14d92:	03000513          	li	a0,48
   14d96:	017af863          	bgeu	s5,s7,14da6 <__d_vfprintf+0x7a2>
   14d9a:	02078793          	add	a5,a5,32
   14d9e:	1018                	add	a4,sp,32
   14da0:	97ba                	add	a5,a5,a4
   14da2:	fed7c503          	lbu	a0,-19(a5)
   14da6:	4582                	lw	a1,0(sp)
   14da8:	9a02                	jalr	s4
   14daa:	88054ce3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14dae:	0a85                	add	s5,s5,1
   14db0:	0ffafa93          	zext.b	s5,s5
   14db4:	87d6                	mv	a5,s5
   14db6:	fd5d5de3          	bge	s10,s5,14d90 <__d_vfprintf+0x78c>
   14dba:	4582                	lw	a1,0(sp)
   14dbc:	412c8533          	sub	a0,s9,s2
   14dc0:	0ff57513          	zext.b	a0,a0
   14dc4:	9a02                	jalr	s4
   14dc6:	86054ee3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14dca:	0009ca63          	bltz	s3,14dde <__d_vfprintf+0x7da>
   14dce:	02b00513          	li	a0,43
   14dd2:	00099a63          	bnez	s3,14de6 <__d_vfprintf+0x7e2>
   14dd6:	02c14783          	lbu	a5,44(sp)
   14dda:	8bc1                	and	a5,a5,16
   14ddc:	c789                	beqz	a5,14de6 <__d_vfprintf+0x7e2>
   14dde:	413009b3          	neg	s3,s3
   14de2:	02d00513          	li	a0,45
   14de6:	4582                	lw	a1,0(sp)
   14de8:	9a02                	jalr	s4
   14dea:	84054ce3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14dee:	4791                	li	a5,4
   14df0:	06fc1e63          	bne	s8,a5,14e6c <__d_vfprintf+0x868>
   14df4:	3e800913          	li	s2,1000
   14df8:	0329c533          	div	a0,s3,s2
   14dfc:	4582                	lw	a1,0(sp)
   14dfe:	040d                	add	s0,s0,3
   14e00:	03050513          	add	a0,a0,48
   14e04:	0ff57513          	zext.b	a0,a0
   14e08:	9a02                	jalr	s4
   14e0a:	82054ce3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14e0e:	0329e9b3          	rem	s3,s3,s2
   14e12:	06400913          	li	s2,100
   14e16:	4582                	lw	a1,0(sp)
   14e18:	0405                	add	s0,s0,1
   14e1a:	0329c533          	div	a0,s3,s2
   14e1e:	03050513          	add	a0,a0,48
   14e22:	0ff57513          	zext.b	a0,a0
   14e26:	9a02                	jalr	s4
   14e28:	80054de3          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14e2c:	0329e9b3          	rem	s3,s3,s2
   14e30:	4929                	li	s2,10
   14e32:	4582                	lw	a1,0(sp)
   14e34:	0405                	add	s0,s0,1
   14e36:	0329c533          	div	a0,s3,s2
   14e3a:	03050513          	add	a0,a0,48
   14e3e:	0ff57513          	zext.b	a0,a0
   14e42:	9a02                	jalr	s4
   14e44:	fe054f63          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14e48:	0329e9b3          	rem	s3,s3,s2
   14e4c:	a03d                	j	14e7a <__d_vfprintf+0x876>
   14e4e:	010afa93          	and	s5,s5,16
   14e52:	000a9463          	bnez	s5,14e5a <__d_vfprintf+0x856>
   14e56:	0405                	add	s0,s0,1
   14e58:	b78d                	j	14dba <__d_vfprintf+0x7b6>
   14e5a:	4582                	lw	a1,0(sp)
   14e5c:	02e00513          	li	a0,46
   14e60:	0409                	add	s0,s0,2
   14e62:	9a02                	jalr	s4
   14e64:	f4055be3          	bgez	a0,14dba <__d_vfprintf+0x7b6>
   14e68:	fdaff06f          	j	14642 <__d_vfprintf+0x3e>
   14e6c:	478d                	li	a5,3
   14e6e:	0409                	add	s0,s0,2
   14e70:	fafc01e3          	beq	s8,a5,14e12 <__d_vfprintf+0x80e>
   14e74:	4785                	li	a5,1
   14e76:	fafc1de3          	bne	s8,a5,14e30 <__d_vfprintf+0x82c>
   14e7a:	03098513          	add	a0,s3,48
   14e7e:	4582                	lw	a1,0(sp)
   14e80:	00140c13          	add	s8,s0,1
   14e84:	0ff57513          	zext.b	a0,a0
   14e88:	b5f1                	j	14d54 <__d_vfprintf+0x750>
   14e8a:	f9d90793          	add	a5,s2,-99
   14e8e:	0ff7f793          	zext.b	a5,a5
   14e92:	4749                	li	a4,18
   14e94:	1ef76d63          	bltu	a4,a5,1508e <__d_vfprintf+0xa8a>
   14e98:	6761                	lui	a4,0x18
   14e9a:	078a                	sll	a5,a5,0x2
   14e9c:	85870713          	add	a4,a4,-1960 # 17858 <CSWTCH.24+0x7c>
   14ea0:	97ba                	add	a5,a5,a4
   14ea2:	439c                	lw	a5,0(a5)
   14ea4:	8782                	jr	a5
   14ea6:	5792                	lw	a5,36(sp)
   14ea8:	4485                	li	s1,1
   14eaa:	02810993          	add	s3,sp,40
   14eae:	00478713          	add	a4,a5,4
   14eb2:	439c                	lw	a5,0(a5)
   14eb4:	d23a                	sw	a4,36(sp)
   14eb6:	02f10423          	sb	a5,40(sp)
   14eba:	008df813          	and	a6,s11,8
   14ebe:	04080d63          	beqz	a6,14f18 <__d_vfprintf+0x914>
   14ec2:	4901                	li	s2,0
   14ec4:	05249c63          	bne	s1,s2,14f1c <__d_vfprintf+0x918>
   14ec8:	00940c33          	add	s8,s0,s1
   14ecc:	409b04b3          	sub	s1,s6,s1
   14ed0:	b9e9                	j	14baa <__d_vfprintf+0x5a6>
   14ed2:	5792                	lw	a5,36(sp)
   14ed4:	00478713          	add	a4,a5,4
   14ed8:	d23a                	sw	a4,36(sp)
   14eda:	0007a983          	lw	s3,0(a5)
   14ede:	00099563          	bnez	s3,14ee8 <__d_vfprintf+0x8e4>
   14ee2:	69e1                	lui	s3,0x18
   14ee4:	80c98993          	add	s3,s3,-2036 # 1780c <CSWTCH.24+0x30>
   14ee8:	040df793          	and	a5,s11,64
   14eec:	55fd                	li	a1,-1
   14eee:	c391                	beqz	a5,14ef2 <__d_vfprintf+0x8ee>
   14ef0:	85ea                	mv	a1,s10
   14ef2:	854e                	mv	a0,s3
   14ef4:	4b7000ef          	jal	15baa <strnlen>
   14ef8:	84aa                	mv	s1,a0
   14efa:	b7c1                	j	14eba <__d_vfprintf+0x8b6>
   14efc:	4582                	lw	a1,0(sp)
   14efe:	02000513          	li	a0,32
   14f02:	9a02                	jalr	s4
   14f04:	f2054f63          	bltz	a0,14642 <__d_vfprintf+0x3e>
   14f08:	197d                	add	s2,s2,-1
   14f0a:	ff24e9e3          	bltu	s1,s2,14efc <__d_vfprintf+0x8f8>
   14f0e:	945a                	add	s0,s0,s6
   14f10:	41240433          	sub	s0,s0,s2
   14f14:	8b4a                	mv	s6,s2
   14f16:	b775                	j	14ec2 <__d_vfprintf+0x8be>
   14f18:	895a                	mv	s2,s6
   14f1a:	bfc5                	j	14f0a <__d_vfprintf+0x906>
   14f1c:	012987b3          	add	a5,s3,s2
   14f20:	4582                	lw	a1,0(sp)
   14f22:	0007c503          	lbu	a0,0(a5)
   14f26:	0905                	add	s2,s2,1
   14f28:	9a02                	jalr	s4
   14f2a:	f8055de3          	bgez	a0,14ec4 <__d_vfprintf+0x8c0>
   14f2e:	f14ff06f          	j	14642 <__d_vfprintf+0x3e>
   14f32:	080df713          	and	a4,s11,128
   14f36:	5792                	lw	a5,36(sp)
   14f38:	cf49                	beqz	a4,14fd2 <__d_vfprintf+0x9ce>
   14f3a:	200df713          	and	a4,s11,512
   14f3e:	c359                	beqz	a4,14fc4 <__d_vfprintf+0x9c0>
   14f40:	079d                	add	a5,a5,7
   14f42:	9be1                	and	a5,a5,-8
   14f44:	4388                	lw	a0,0(a5)
   14f46:	43cc                	lw	a1,4(a5)
   14f48:	00878713          	add	a4,a5,8
   14f4c:	d23a                	sw	a4,36(sp)
   14f4e:	fefdf993          	and	s3,s11,-17
   14f52:	09c2                	sll	s3,s3,0x10
   14f54:	0109d993          	srl	s3,s3,0x10
   14f58:	0805dd63          	bgez	a1,14ff2 <__d_vfprintf+0x9ee>
   14f5c:	00a037b3          	snez	a5,a0
   14f60:	40b005b3          	neg	a1,a1
   14f64:	8d9d                	sub	a1,a1,a5
   14f66:	40a00533          	neg	a0,a0
   14f6a:	4009e993          	or	s3,s3,1024
   14f6e:	02810a93          	add	s5,sp,40
   14f72:	46a9                	li	a3,10
   14f74:	8656                	mv	a2,s5
   14f76:	c92ff0ef          	jal	14408 <__ultoa_invert>
   14f7a:	0409f793          	and	a5,s3,64
   14f7e:	41550ab3          	sub	s5,a0,s5
   14f82:	c7f5                	beqz	a5,1506e <__d_vfprintf+0xa6a>
   14f84:	ffe9f793          	and	a5,s3,-2
   14f88:	07c2                	sll	a5,a5,0x10
   14f8a:	83c1                	srl	a5,a5,0x10
   14f8c:	19aad563          	bge	s5,s10,15116 <__d_vfprintf+0xb12>
   14f90:	16090c63          	beqz	s2,15108 <__d_vfprintf+0xb04>
   14f94:	0109fc13          	and	s8,s3,16
   14f98:	84ea                	mv	s1,s10
   14f9a:	89be                	mv	s3,a5
   14f9c:	060c0a63          	beqz	s8,15010 <__d_vfprintf+0xa0c>
   14fa0:	0489                	add	s1,s1,2
   14fa2:	0089f793          	and	a5,s3,8
   14fa6:	18079a63          	bnez	a5,1513a <__d_vfprintf+0xb36>
   14faa:	0019f793          	and	a5,s3,1
   14fae:	cb89                	beqz	a5,14fc0 <__d_vfprintf+0x9bc>
   14fb0:	8d56                	mv	s10,s5
   14fb2:	0164d763          	bge	s1,s6,14fc0 <__d_vfprintf+0x9bc>
   14fb6:	409b04b3          	sub	s1,s6,s1
   14fba:	01548d33          	add	s10,s1,s5
   14fbe:	84da                	mv	s1,s6
   14fc0:	8ba6                	mv	s7,s1
   14fc2:	a2ad                	j	1512c <__d_vfprintf+0xb28>
   14fc4:	4388                	lw	a0,0(a5)
   14fc6:	00478713          	add	a4,a5,4
   14fca:	d23a                	sw	a4,36(sp)
   14fcc:	41f55593          	sra	a1,a0,0x1f
   14fd0:	bfbd                	j	14f4e <__d_vfprintf+0x94a>
   14fd2:	00478713          	add	a4,a5,4
   14fd6:	4388                	lw	a0,0(a5)
   14fd8:	d23a                	sw	a4,36(sp)
   14fda:	100df793          	and	a5,s11,256
   14fde:	d7fd                	beqz	a5,14fcc <__d_vfprintf+0x9c8>
   14fe0:	200df793          	and	a5,s11,512
   14fe4:	c781                	beqz	a5,14fec <__d_vfprintf+0x9e8>
   14fe6:	0562                	sll	a0,a0,0x18
   14fe8:	8561                	sra	a0,a0,0x18
   14fea:	b7cd                	j	14fcc <__d_vfprintf+0x9c8>
   14fec:	0542                	sll	a0,a0,0x10
   14fee:	8541                	sra	a0,a0,0x10
   14ff0:	bff1                	j	14fcc <__d_vfprintf+0x9c8>
   14ff2:	00b567b3          	or	a5,a0,a1
   14ff6:	ffa5                	bnez	a5,14f6e <__d_vfprintf+0x96a>
   14ff8:	040df793          	and	a5,s11,64
   14ffc:	dbad                	beqz	a5,14f6e <__d_vfprintf+0x96a>
   14ffe:	f60d18e3          	bnez	s10,14f6e <__d_vfprintf+0x96a>
   15002:	feedf993          	and	s3,s11,-18
   15006:	09c2                	sll	s3,s3,0x10
   15008:	0109d993          	srl	s3,s3,0x10
   1500c:	4a81                	li	s5,0
   1500e:	4481                	li	s1,0
   15010:	4069fc13          	and	s8,s3,1030
   15014:	f80c07e3          	beqz	s8,14fa2 <__d_vfprintf+0x99e>
   15018:	0485                	add	s1,s1,1
   1501a:	4c01                	li	s8,0
   1501c:	b759                	j	14fa2 <__d_vfprintf+0x99e>
   1501e:	fefdf813          	and	a6,s11,-17
   15022:	01081d93          	sll	s11,a6,0x10
   15026:	010ddd93          	srl	s11,s11,0x10
   1502a:	46a9                	li	a3,10
   1502c:	080df713          	and	a4,s11,128
   15030:	5792                	lw	a5,36(sp)
   15032:	c355                	beqz	a4,150d6 <__d_vfprintf+0xad2>
   15034:	200df713          	and	a4,s11,512
   15038:	cb49                	beqz	a4,150ca <__d_vfprintf+0xac6>
   1503a:	079d                	add	a5,a5,7
   1503c:	9be1                	and	a5,a5,-8
   1503e:	4388                	lw	a0,0(a5)
   15040:	43cc                	lw	a1,4(a5)
   15042:	00878713          	add	a4,a5,8
   15046:	d23a                	sw	a4,36(sp)
   15048:	00b567b3          	or	a5,a0,a1
   1504c:	e7cd                	bnez	a5,150f6 <__d_vfprintf+0xaf2>
   1504e:	fe9df993          	and	s3,s11,-23
   15052:	09c2                	sll	s3,s3,0x10
   15054:	040df793          	and	a5,s11,64
   15058:	0109d993          	srl	s3,s3,0x10
   1505c:	c3dd                	beqz	a5,15102 <__d_vfprintf+0xafe>
   1505e:	0a0d1263          	bnez	s10,15102 <__d_vfprintf+0xafe>
   15062:	fe8df993          	and	s3,s11,-24
   15066:	09c2                	sll	s3,s3,0x10
   15068:	0109d993          	srl	s3,s3,0x10
   1506c:	4a81                	li	s5,0
   1506e:	0109fc13          	and	s8,s3,16
   15072:	0a0c0463          	beqz	s8,1511a <__d_vfprintf+0xb16>
   15076:	001a8493          	add	s1,s5,1
   1507a:	f20904e3          	beqz	s2,14fa2 <__d_vfprintf+0x99e>
   1507e:	84d6                	mv	s1,s5
   15080:	b705                	j	14fa0 <__d_vfprintf+0x99c>
   15082:	010ded93          	or	s11,s11,16
   15086:	46c1                	li	a3,16
   15088:	07800913          	li	s2,120
   1508c:	b745                	j	1502c <__d_vfprintf+0xa28>
   1508e:	07800793          	li	a5,120
   15092:	00fc9a63          	bne	s9,a5,150a6 <__d_vfprintf+0xaa2>
   15096:	05800793          	li	a5,88
   1509a:	46c1                	li	a3,16
   1509c:	f8f918e3          	bne	s2,a5,1502c <__d_vfprintf+0xa28>
   150a0:	21000693          	li	a3,528
   150a4:	b761                	j	1502c <__d_vfprintf+0xa28>
   150a6:	4582                	lw	a1,0(sp)
   150a8:	02500513          	li	a0,37
   150ac:	9a02                	jalr	s4
   150ae:	d8054a63          	bltz	a0,14642 <__d_vfprintf+0x3e>
   150b2:	4582                	lw	a1,0(sp)
   150b4:	854a                	mv	a0,s2
   150b6:	9a02                	jalr	s4
   150b8:	d8054563          	bltz	a0,14642 <__d_vfprintf+0x3e>
   150bc:	0409                	add	s0,s0,2
   150be:	4792                	lw	a5,4(sp)
   150c0:	d62ff06f          	j	14622 <__d_vfprintf+0x1e>
   150c4:	46a1                	li	a3,8
   150c6:	4901                	li	s2,0
   150c8:	b795                	j	1502c <__d_vfprintf+0xa28>
   150ca:	4388                	lw	a0,0(a5)
   150cc:	00478713          	add	a4,a5,4
   150d0:	d23a                	sw	a4,36(sp)
   150d2:	4581                	li	a1,0
   150d4:	bf95                	j	15048 <__d_vfprintf+0xa44>
   150d6:	00478713          	add	a4,a5,4
   150da:	4388                	lw	a0,0(a5)
   150dc:	d23a                	sw	a4,36(sp)
   150de:	100df793          	and	a5,s11,256
   150e2:	dbe5                	beqz	a5,150d2 <__d_vfprintf+0xace>
   150e4:	200df793          	and	a5,s11,512
   150e8:	c781                	beqz	a5,150f0 <__d_vfprintf+0xaec>
   150ea:	0ff57513          	zext.b	a0,a0
   150ee:	b7d5                	j	150d2 <__d_vfprintf+0xace>
   150f0:	0542                	sll	a0,a0,0x10
   150f2:	8141                	srl	a0,a0,0x10
   150f4:	bff9                	j	150d2 <__d_vfprintf+0xace>
   150f6:	ff9df813          	and	a6,s11,-7
   150fa:	01081993          	sll	s3,a6,0x10
   150fe:	0109d993          	srl	s3,s3,0x10
   15102:	02810a93          	add	s5,sp,40
   15106:	b5bd                	j	14f74 <__d_vfprintf+0x970>
   15108:	fee9f993          	and	s3,s3,-18
   1510c:	09c2                	sll	s3,s3,0x10
   1510e:	0109d993          	srl	s3,s3,0x10
   15112:	84ea                	mv	s1,s10
   15114:	bdf5                	j	15010 <__d_vfprintf+0xa0c>
   15116:	89be                	mv	s3,a5
   15118:	bf99                	j	1506e <__d_vfprintf+0xa6a>
   1511a:	84d6                	mv	s1,s5
   1511c:	bdd5                	j	15010 <__d_vfprintf+0xa0c>
   1511e:	4582                	lw	a1,0(sp)
   15120:	02000513          	li	a0,32
   15124:	9a02                	jalr	s4
   15126:	d0054e63          	bltz	a0,14642 <__d_vfprintf+0x3e>
   1512a:	0b85                	add	s7,s7,1
   1512c:	ff6bc9e3          	blt	s7,s6,1511e <__d_vfprintf+0xb1a>
   15130:	409404b3          	sub	s1,s0,s1
   15134:	01748433          	add	s0,s1,s7
   15138:	84de                	mv	s1,s7
   1513a:	020c0363          	beqz	s8,15160 <__d_vfprintf+0xb5c>
   1513e:	4582                	lw	a1,0(sp)
   15140:	03000513          	li	a0,48
   15144:	9a02                	jalr	s4
   15146:	ce054e63          	bltz	a0,14642 <__d_vfprintf+0x3e>
   1514a:	04090d63          	beqz	s2,151a4 <__d_vfprintf+0xba0>
   1514e:	4582                	lw	a1,0(sp)
   15150:	0409                	add	s0,s0,2
   15152:	854a                	mv	a0,s2
   15154:	9a02                	jalr	s4
   15156:	ce054663          	bltz	a0,14642 <__d_vfprintf+0x3e>
   1515a:	8c22                	mv	s8,s0
   1515c:	9d22                	add	s10,s10,s0
   1515e:	a81d                	j	15194 <__d_vfprintf+0xb90>
   15160:	4069f793          	and	a5,s3,1030
   15164:	dbfd                	beqz	a5,1515a <__d_vfprintf+0xb56>
   15166:	0029f793          	and	a5,s3,2
   1516a:	02000513          	li	a0,32
   1516e:	c399                	beqz	a5,15174 <__d_vfprintf+0xb70>
   15170:	02b00513          	li	a0,43
   15174:	4009f993          	and	s3,s3,1024
   15178:	00098463          	beqz	s3,15180 <__d_vfprintf+0xb7c>
   1517c:	02d00513          	li	a0,45
   15180:	4582                	lw	a1,0(sp)
   15182:	0405                	add	s0,s0,1
   15184:	bfc1                	j	15154 <__d_vfprintf+0xb50>
   15186:	4582                	lw	a1,0(sp)
   15188:	03000513          	li	a0,48
   1518c:	0c05                	add	s8,s8,1
   1518e:	9a02                	jalr	s4
   15190:	ca054963          	bltz	a0,14642 <__d_vfprintf+0x3e>
   15194:	418d07b3          	sub	a5,s10,s8
   15198:	fefac7e3          	blt	s5,a5,15186 <__d_vfprintf+0xb82>
   1519c:	8456                	mv	s0,s5
   1519e:	e409                	bnez	s0,151a8 <__d_vfprintf+0xba4>
   151a0:	9c56                	add	s8,s8,s5
   151a2:	b32d                	j	14ecc <__d_vfprintf+0x8c8>
   151a4:	0405                	add	s0,s0,1
   151a6:	bf55                	j	1515a <__d_vfprintf+0xb56>
   151a8:	147d                	add	s0,s0,-1
   151aa:	103c                	add	a5,sp,40
   151ac:	97a2                	add	a5,a5,s0
   151ae:	4582                	lw	a1,0(sp)
   151b0:	0007c503          	lbu	a0,0(a5)
   151b4:	9a02                	jalr	s4
   151b6:	fe0554e3          	bgez	a0,1519e <__d_vfprintf+0xb9a>
   151ba:	c88ff06f          	j	14642 <__d_vfprintf+0x3e>
   151be:	4582                	lw	a1,0(sp)
   151c0:	02000513          	li	a0,32
   151c4:	0405                	add	s0,s0,1
   151c6:	9a02                	jalr	s4
   151c8:	c6054d63          	bltz	a0,14642 <__d_vfprintf+0x3e>
   151cc:	408487b3          	sub	a5,s1,s0
   151d0:	fef047e3          	bgtz	a5,151be <__d_vfprintf+0xbba>
   151d4:	b5ed                	j	150be <__d_vfprintf+0xaba>

000151d6 <mulShiftAll64>:
   151d6:	108012ef          	jal	t0,162de <__riscv_save_10>
   151da:	84b2                	mv	s1,a2
   151dc:	00159913          	sll	s2,a1,0x1
   151e0:	4210                	lw	a2,0(a2)
   151e2:	8ab6                	mv	s5,a3
   151e4:	89be                	mv	s3,a5
   151e6:	40d4                	lw	a3,4(s1)
   151e8:	01f55793          	srl	a5,a0,0x1f
   151ec:	1141                	add	sp,sp,-16
   151ee:	0127e933          	or	s2,a5,s2
   151f2:	00151413          	sll	s0,a0,0x1
   151f6:	8522                	mv	a0,s0
   151f8:	85ca                	mv	a1,s2
   151fa:	8bba                	mv	s7,a4
   151fc:	870a                	mv	a4,sp
   151fe:	8b42                	mv	s6,a6
   15200:	0fd000ef          	jal	15afc <__umul128>
   15204:	44d4                	lw	a3,12(s1)
   15206:	4490                	lw	a2,8(s1)
   15208:	0038                	add	a4,sp,8
   1520a:	8caa                	mv	s9,a0
   1520c:	8c2e                	mv	s8,a1
   1520e:	8522                	mv	a0,s0
   15210:	85ca                	mv	a1,s2
   15212:	0eb000ef          	jal	15afc <__umul128>
   15216:	4682                	lw	a3,0(sp)
   15218:	4712                	lw	a4,4(sp)
   1521a:	4785                	li	a5,1
   1521c:	00d50933          	add	s2,a0,a3
   15220:	00a93533          	sltu	a0,s2,a0
   15224:	95ba                	add	a1,a1,a4
   15226:	00b50433          	add	s0,a0,a1
   1522a:	00e46763          	bltu	s0,a4,15238 <mulShiftAll64+0x62>
   1522e:	00871463          	bne	a4,s0,15236 <mulShiftAll64+0x60>
   15232:	00d96363          	bltu	s2,a3,15238 <mulShiftAll64+0x62>
   15236:	4781                	li	a5,0
   15238:	4622                	lw	a2,8(sp)
   1523a:	4732                	lw	a4,12(sp)
   1523c:	963e                	add	a2,a2,a5
   1523e:	00f637b3          	sltu	a5,a2,a5
   15242:	00e786b3          	add	a3,a5,a4
   15246:	4098                	lw	a4,0(s1)
   15248:	40dc                	lw	a5,4(s1)
   1524a:	c432                	sw	a2,8(sp)
   1524c:	9766                	add	a4,a4,s9
   1524e:	97e2                	add	a5,a5,s8
   15250:	019735b3          	sltu	a1,a4,s9
   15254:	95be                	add	a1,a1,a5
   15256:	c636                	sw	a3,12(sp)
   15258:	4785                	li	a5,1
   1525a:	0185e763          	bltu	a1,s8,15268 <mulShiftAll64+0x92>
   1525e:	00bc1463          	bne	s8,a1,15266 <mulShiftAll64+0x90>
   15262:	01976363          	bltu	a4,s9,15268 <mulShiftAll64+0x92>
   15266:	4781                	li	a5,0
   15268:	4498                	lw	a4,8(s1)
   1526a:	44c8                	lw	a0,12(s1)
   1526c:	fbfa8a13          	add	s4,s5,-65
   15270:	974a                	add	a4,a4,s2
   15272:	9522                	add	a0,a0,s0
   15274:	012735b3          	sltu	a1,a4,s2
   15278:	95aa                	add	a1,a1,a0
   1527a:	00e78533          	add	a0,a5,a4
   1527e:	00f537b3          	sltu	a5,a0,a5
   15282:	95be                	add	a1,a1,a5
   15284:	4785                	li	a5,1
   15286:	0085e763          	bltu	a1,s0,15294 <mulShiftAll64+0xbe>
   1528a:	00b41463          	bne	s0,a1,15292 <mulShiftAll64+0xbc>
   1528e:	01256363          	bltu	a0,s2,15294 <mulShiftAll64+0xbe>
   15292:	4781                	li	a5,0
   15294:	963e                	add	a2,a2,a5
   15296:	00f637b3          	sltu	a5,a2,a5
   1529a:	8752                	mv	a4,s4
   1529c:	96be                	add	a3,a3,a5
   1529e:	0ab000ef          	jal	15b48 <__shiftright128>
   152a2:	00aba023          	sw	a0,0(s7)
   152a6:	00bba223          	sw	a1,4(s7)
   152aa:	4785                	li	a5,1
   152ac:	48a2                	lw	a7,8(sp)
   152ae:	4832                	lw	a6,12(sp)
   152b0:	40cc                	lw	a1,4(s1)
   152b2:	4488                	lw	a0,8(s1)
   152b4:	44d8                	lw	a4,12(s1)
   152b6:	06fb1763          	bne	s6,a5,15324 <mulShiftAll64+0x14e>
   152ba:	40a906b3          	sub	a3,s2,a0
   152be:	00d93633          	sltu	a2,s2,a3
   152c2:	40e407b3          	sub	a5,s0,a4
   152c6:	8f91                	sub	a5,a5,a2
   152c8:	4505                	li	a0,1
   152ca:	00bc6863          	bltu	s8,a1,152da <mulShiftAll64+0x104>
   152ce:	01859563          	bne	a1,s8,152d8 <mulShiftAll64+0x102>
   152d2:	4098                	lw	a4,0(s1)
   152d4:	00ece363          	bltu	s9,a4,152da <mulShiftAll64+0x104>
   152d8:	4501                	li	a0,0
   152da:	40a68533          	sub	a0,a3,a0
   152de:	00a6b6b3          	sltu	a3,a3,a0
   152e2:	40d785b3          	sub	a1,a5,a3
   152e6:	4605                	li	a2,1
   152e8:	00b46763          	bltu	s0,a1,152f6 <mulShiftAll64+0x120>
   152ec:	00859463          	bne	a1,s0,152f4 <mulShiftAll64+0x11e>
   152f0:	00a96363          	bltu	s2,a0,152f6 <mulShiftAll64+0x120>
   152f4:	4601                	li	a2,0
   152f6:	40c88633          	sub	a2,a7,a2
   152fa:	00c8b6b3          	sltu	a3,a7,a2
   152fe:	8752                	mv	a4,s4
   15300:	40d806b3          	sub	a3,a6,a3
   15304:	045000ef          	jal	15b48 <__shiftright128>
   15308:	4622                	lw	a2,8(sp)
   1530a:	46b2                	lw	a3,12(sp)
   1530c:	00a9a023          	sw	a0,0(s3)
   15310:	00b9a223          	sw	a1,4(s3)
   15314:	8752                	mv	a4,s4
   15316:	854a                	mv	a0,s2
   15318:	85a2                	mv	a1,s0
   1531a:	02f000ef          	jal	15b48 <__shiftright128>
   1531e:	0141                	add	sp,sp,16
   15320:	7f70006f          	j	16316 <__riscv_restore_10>
   15324:	01fcd793          	srl	a5,s9,0x1f
   15328:	001c1613          	sll	a2,s8,0x1
   1532c:	8e5d                	or	a2,a2,a5
   1532e:	01f95693          	srl	a3,s2,0x1f
   15332:	00141793          	sll	a5,s0,0x1
   15336:	001c9e93          	sll	t4,s9,0x1
   1533a:	8fd5                	or	a5,a5,a3
   1533c:	00191313          	sll	t1,s2,0x1
   15340:	4e05                	li	t3,1
   15342:	01866763          	bltu	a2,s8,15350 <mulShiftAll64+0x17a>
   15346:	00cc1463          	bne	s8,a2,1534e <mulShiftAll64+0x178>
   1534a:	019ee363          	bltu	t4,s9,15350 <mulShiftAll64+0x17a>
   1534e:	4e01                	li	t3,0
   15350:	9e1a                	add	t3,t3,t1
   15352:	006e3333          	sltu	t1,t3,t1
   15356:	933e                	add	t1,t1,a5
   15358:	4785                	li	a5,1
   1535a:	00b66863          	bltu	a2,a1,1536a <mulShiftAll64+0x194>
   1535e:	00c59563          	bne	a1,a2,15368 <mulShiftAll64+0x192>
   15362:	4094                	lw	a3,0(s1)
   15364:	00dee363          	bltu	t4,a3,1536a <mulShiftAll64+0x194>
   15368:	4781                	li	a5,0
   1536a:	40fe07b3          	sub	a5,t3,a5
   1536e:	00fe35b3          	sltu	a1,t3,a5
   15372:	40b305b3          	sub	a1,t1,a1
   15376:	40a78533          	sub	a0,a5,a0
   1537a:	00a7b7b3          	sltu	a5,a5,a0
   1537e:	8d99                	sub	a1,a1,a4
   15380:	01f8d693          	srl	a3,a7,0x1f
   15384:	8d9d                	sub	a1,a1,a5
   15386:	00181793          	sll	a5,a6,0x1
   1538a:	8fd5                	or	a5,a5,a3
   1538c:	fc0a8713          	add	a4,s5,-64
   15390:	0886                	sll	a7,a7,0x1
   15392:	4685                	li	a3,1
   15394:	00836763          	bltu	t1,s0,153a2 <mulShiftAll64+0x1cc>
   15398:	00641463          	bne	s0,t1,153a0 <mulShiftAll64+0x1ca>
   1539c:	012e6363          	bltu	t3,s2,153a2 <mulShiftAll64+0x1cc>
   153a0:	4681                	li	a3,0
   153a2:	96c6                	add	a3,a3,a7
   153a4:	0116b8b3          	sltu	a7,a3,a7
   153a8:	98be                	add	a7,a7,a5
   153aa:	4605                	li	a2,1
   153ac:	00b36763          	bltu	t1,a1,153ba <mulShiftAll64+0x1e4>
   153b0:	00659463          	bne	a1,t1,153b8 <mulShiftAll64+0x1e2>
   153b4:	00ae6363          	bltu	t3,a0,153ba <mulShiftAll64+0x1e4>
   153b8:	4601                	li	a2,0
   153ba:	40c68633          	sub	a2,a3,a2
   153be:	00c6b6b3          	sltu	a3,a3,a2
   153c2:	40d886b3          	sub	a3,a7,a3
   153c6:	bf3d                	j	15304 <mulShiftAll64+0x12e>

000153c8 <div10>:
   153c8:	73f002ef          	jal	t0,16306 <__riscv_save_0>
   153cc:	67e1                	lui	a5,0x18
   153ce:	d007a603          	lw	a2,-768(a5) # 17d00 <stdout+0x4>
   153d2:	d047a683          	lw	a3,-764(a5)
   153d6:	1141                	add	sp,sp,-16
   153d8:	0038                	add	a4,sp,8
   153da:	722000ef          	jal	15afc <__umul128>
   153de:	45b2                	lw	a1,12(sp)
   153e0:	47a2                	lw	a5,8(sp)
   153e2:	01d59513          	sll	a0,a1,0x1d
   153e6:	838d                	srl	a5,a5,0x3
   153e8:	8d5d                	or	a0,a0,a5
   153ea:	818d                	srl	a1,a1,0x3
   153ec:	0141                	add	sp,sp,16
   153ee:	73d0006f          	j	1632a <__riscv_restore_0>

000153f2 <__dtoa_engine>:
   153f2:	6e5002ef          	jal	t0,162d6 <__riscv_save_12>
   153f6:	715d                	add	sp,sp,-80
   153f8:	8bb6                	mv	s7,a3
   153fa:	001006b7          	lui	a3,0x100
   153fe:	c43a                	sw	a4,8(sp)
   15400:	c63e                	sw	a5,12(sp)
   15402:	01f5d713          	srl	a4,a1,0x1f
   15406:	fff68d93          	add	s11,a3,-1 # fffff <_end+0x9cb87>
   1540a:	0145d793          	srl	a5,a1,0x14
   1540e:	00bdfdb3          	and	s11,s11,a1
   15412:	c03a                	sw	a4,0(sp)
   15414:	7ff7f413          	and	s0,a5,2047
   15418:	84aa                	mv	s1,a0
   1541a:	8ab2                	mv	s5,a2
   1541c:	00ade733          	or	a4,s11,a0
   15420:	e405                	bnez	s0,15448 <__dtoa_engine+0x56>
   15422:	e331                	bnez	a4,15466 <__dtoa_engine+0x74>
   15424:	03000793          	li	a5,48
   15428:	00f602a3          	sb	a5,5(a2)
   1542c:	4782                	lw	a5,0(sp)
   1542e:	00060323          	sb	zero,6(a2)
   15432:	00062023          	sw	zero,0(a2)
   15436:	0027e993          	or	s3,a5,2
   1543a:	01360223          	sb	s3,4(a2)
   1543e:	4405                	li	s0,1
   15440:	8522                	mv	a0,s0
   15442:	6161                	add	sp,sp,80
   15444:	6cf0006f          	j	16312 <__riscv_restore_12>
   15448:	7ff00613          	li	a2,2047
   1544c:	0ac41263          	bne	s0,a2,154f0 <__dtoa_engine+0xfe>
   15450:	4782                	lw	a5,0(sp)
   15452:	0047e793          	or	a5,a5,4
   15456:	c701                	beqz	a4,1545e <__dtoa_engine+0x6c>
   15458:	4782                	lw	a5,0(sp)
   1545a:	0087e793          	or	a5,a5,8
   1545e:	00fa8223          	sb	a5,4(s5)
   15462:	4401                	li	s0,0
   15464:	bff1                	j	15440 <__dtoa_engine+0x4e>
   15466:	00157793          	and	a5,a0,1
   1546a:	c23e                	sw	a5,4(sp)
   1546c:	002d9993          	sll	s3,s11,0x2
   15470:	01e55793          	srl	a5,a0,0x1e
   15474:	0137e9b3          	or	s3,a5,s3
   15478:	00251c13          	sll	s8,a0,0x2
   1547c:	892a                	mv	s2,a0
   1547e:	bcc00413          	li	s0,-1076
   15482:	4805                	li	a6,1
   15484:	4d05                	li	s10,1
   15486:	408004b3          	neg	s1,s0
   1548a:	8526                	mv	a0,s1
   1548c:	ca42                	sw	a6,20(sp)
   1548e:	25b1                	jal	15ada <__log10Pow5>
   15490:	fff42793          	slti	a5,s0,-1
   15494:	40f50b33          	sub	s6,a0,a5
   15498:	416484b3          	sub	s1,s1,s6
   1549c:	8526                	mv	a0,s1
   1549e:	25b1                	jal	15aea <__pow5bits>
   154a0:	f8350693          	add	a3,a0,-125
   154a4:	40db06b3          	sub	a3,s6,a3
   154a8:	8526                	mv	a0,s1
   154aa:	008c                	add	a1,sp,64
   154ac:	c836                	sw	a3,16(sp)
   154ae:	2125                	jal	158d6 <__double_computePow5>
   154b0:	4852                	lw	a6,20(sp)
   154b2:	46c2                	lw	a3,16(sp)
   154b4:	181c                	add	a5,sp,48
   154b6:	1038                	add	a4,sp,40
   154b8:	0090                	add	a2,sp,64
   154ba:	854a                	mv	a0,s2
   154bc:	85ee                	mv	a1,s11
   154be:	d19ff0ef          	jal	151d6 <mulShiftAll64>
   154c2:	4785                	li	a5,1
   154c4:	008b0a33          	add	s4,s6,s0
   154c8:	84ae                	mv	s1,a1
   154ca:	842a                	mv	s0,a0
   154cc:	1367e663          	bltu	a5,s6,155f8 <__dtoa_engine+0x206>
   154d0:	4792                	lw	a5,4(sp)
   154d2:	4985                	li	s3,1
   154d4:	0e078963          	beqz	a5,155c6 <__dtoa_engine+0x1d4>
   154d8:	57a2                	lw	a5,40(sp)
   154da:	5732                	lw	a4,44(sp)
   154dc:	4985                	li	s3,1
   154de:	fff78693          	add	a3,a5,-1
   154e2:	0017b793          	seqz	a5,a5
   154e6:	40f707b3          	sub	a5,a4,a5
   154ea:	d436                	sw	a3,40(sp)
   154ec:	d63e                	sw	a5,44(sp)
   154ee:	a07d                	j	1559c <__dtoa_engine+0x1aa>
   154f0:	01b6edb3          	or	s11,a3,s11
   154f4:	00157693          	and	a3,a0,1
   154f8:	c236                	sw	a3,4(sp)
   154fa:	002d9993          	sll	s3,s11,0x2
   154fe:	01e55693          	srl	a3,a0,0x1e
   15502:	bcb40413          	add	s0,s0,-1077
   15506:	892a                	mv	s2,a0
   15508:	0136e9b3          	or	s3,a3,s3
   1550c:	00251c13          	sll	s8,a0,0x2
   15510:	4d05                	li	s10,1
   15512:	e709                	bnez	a4,1551c <__dtoa_engine+0x12a>
   15514:	7fe7f793          	and	a5,a5,2046
   15518:	0017bd13          	seqz	s10,a5
   1551c:	886a                	mv	a6,s10
   1551e:	f60444e3          	bltz	s0,15486 <__dtoa_engine+0x94>
   15522:	8522                	mv	a0,s0
   15524:	2365                	jal	15acc <__log10Pow2>
   15526:	00442793          	slti	a5,s0,4
   1552a:	0017c793          	xor	a5,a5,1
   1552e:	40f50a33          	sub	s4,a0,a5
   15532:	8552                	mv	a0,s4
   15534:	2b5d                	jal	15aea <__pow5bits>
   15536:	07c50693          	add	a3,a0,124
   1553a:	408a0433          	sub	s0,s4,s0
   1553e:	96a2                	add	a3,a3,s0
   15540:	008c                	add	a1,sp,64
   15542:	8552                	mv	a0,s4
   15544:	c836                	sw	a3,16(sp)
   15546:	2169                	jal	159d0 <__double_computeInvPow5>
   15548:	46c2                	lw	a3,16(sp)
   1554a:	181c                	add	a5,sp,48
   1554c:	8526                	mv	a0,s1
   1554e:	886a                	mv	a6,s10
   15550:	1038                	add	a4,sp,40
   15552:	0090                	add	a2,sp,64
   15554:	85ee                	mv	a1,s11
   15556:	c81ff0ef          	jal	151d6 <mulShiftAll64>
   1555a:	47d5                	li	a5,21
   1555c:	842a                	mv	s0,a0
   1555e:	84ae                	mv	s1,a1
   15560:	0947ea63          	bltu	a5,s4,155f4 <__dtoa_engine+0x202>
   15564:	67e1                	lui	a5,0x18
   15566:	d047a683          	lw	a3,-764(a5) # 17d04 <stdout+0x8>
   1556a:	d007a603          	lw	a2,-768(a5)
   1556e:	1838                	add	a4,sp,56
   15570:	8562                	mv	a0,s8
   15572:	85ce                	mv	a1,s3
   15574:	2361                	jal	15afc <__umul128>
   15576:	57e2                	lw	a5,56(sp)
   15578:	56f2                	lw	a3,60(sp)
   1557a:	5da2                	lw	s11,40(sp)
   1557c:	8389                	srl	a5,a5,0x2
   1557e:	06fa                	sll	a3,a3,0x1e
   15580:	8fd5                	or	a5,a5,a3
   15582:	4695                	li	a3,5
   15584:	02f687b3          	mul	a5,a3,a5
   15588:	5932                	lw	s2,44(sp)
   1558a:	01879b63          	bne	a5,s8,155a0 <__dtoa_engine+0x1ae>
   1558e:	85ce                	mv	a1,s3
   15590:	8562                	mv	a0,s8
   15592:	2619                	jal	15898 <__pow5Factor>
   15594:	01453733          	sltu	a4,a0,s4
   15598:	00174993          	xor	s3,a4,1
   1559c:	4d01                	li	s10,0
   1559e:	a025                	j	155c6 <__dtoa_engine+0x1d4>
   155a0:	4792                	lw	a5,4(sp)
   155a2:	e79d                	bnez	a5,155d0 <__dtoa_engine+0x1de>
   155a4:	fffc0793          	add	a5,s8,-1
   155a8:	41a78533          	sub	a0,a5,s10
   155ac:	001c3593          	seqz	a1,s8
   155b0:	00a7b7b3          	sltu	a5,a5,a0
   155b4:	40b985b3          	sub	a1,s3,a1
   155b8:	8d9d                	sub	a1,a1,a5
   155ba:	2cf9                	jal	15898 <__pow5Factor>
   155bc:	01453933          	sltu	s2,a0,s4
   155c0:	00194d13          	xor	s10,s2,1
   155c4:	4981                	li	s3,0
   155c6:	47a2                	lw	a5,8(sp)
   155c8:	10079263          	bnez	a5,156cc <__dtoa_engine+0x2da>
   155cc:	8b5e                	mv	s6,s7
   155ce:	a049                	j	15650 <__dtoa_engine+0x25e>
   155d0:	002c0513          	add	a0,s8,2
   155d4:	018535b3          	sltu	a1,a0,s8
   155d8:	95ce                	add	a1,a1,s3
   155da:	2c7d                	jal	15898 <__pow5Factor>
   155dc:	01453533          	sltu	a0,a0,s4
   155e0:	00154513          	xor	a0,a0,1
   155e4:	40ad8533          	sub	a0,s11,a0
   155e8:	00adbdb3          	sltu	s11,s11,a0
   155ec:	41b90733          	sub	a4,s2,s11
   155f0:	d42a                	sw	a0,40(sp)
   155f2:	d63a                	sw	a4,44(sp)
   155f4:	4981                	li	s3,0
   155f6:	b75d                	j	1559c <__dtoa_engine+0x1aa>
   155f8:	03e00793          	li	a5,62
   155fc:	ff67ece3          	bltu	a5,s6,155f4 <__dtoa_engine+0x202>
   15600:	865a                	mv	a2,s6
   15602:	557d                	li	a0,-1
   15604:	55fd                	li	a1,-1
   15606:	2be5                	jal	15bfe <__ashldi3>
   15608:	fff54513          	not	a0,a0
   1560c:	fff5c593          	not	a1,a1
   15610:	0135f5b3          	and	a1,a1,s3
   15614:	01857533          	and	a0,a0,s8
   15618:	00b56733          	or	a4,a0,a1
   1561c:	00173993          	seqz	s3,a4
   15620:	bfb5                	j	1559c <__dtoa_engine+0x1aa>
   15622:	02d50833          	mul	a6,a0,a3
   15626:	0785                	add	a5,a5,1
   15628:	02b536b3          	mulhu	a3,a0,a1
   1562c:	02b505b3          	mul	a1,a0,a1
   15630:	96c2                	add	a3,a3,a6
   15632:	00d4e663          	bltu	s1,a3,1563e <__dtoa_engine+0x24c>
   15636:	fe9696e3          	bne	a3,s1,15622 <__dtoa_engine+0x230>
   1563a:	feb474e3          	bgeu	s0,a1,15622 <__dtoa_engine+0x230>
   1563e:	4732                	lw	a4,12(sp)
   15640:	97d2                	add	a5,a5,s4
   15642:	97ba                	add	a5,a5,a4
   15644:	00f04363          	bgtz	a5,1564a <__dtoa_engine+0x258>
   15648:	4785                	li	a5,1
   1564a:	8b3e                	mv	s6,a5
   1564c:	f8fbc0e3          	blt	s7,a5,155cc <__dtoa_engine+0x1da>
   15650:	4c81                	li	s9,0
   15652:	4901                	li	s2,0
   15654:	4c01                	li	s8,0
   15656:	5522                	lw	a0,40(sp)
   15658:	55b2                	lw	a1,44(sp)
   1565a:	d6fff0ef          	jal	153c8 <div10>
   1565e:	57c2                	lw	a5,48(sp)
   15660:	8dae                	mv	s11,a1
   15662:	55d2                	lw	a1,52(sp)
   15664:	c82a                	sw	a0,16(sp)
   15666:	853e                	mv	a0,a5
   15668:	ca3e                	sw	a5,20(sp)
   1566a:	d5fff0ef          	jal	153c8 <div10>
   1566e:	832a                	mv	t1,a0
   15670:	88ae                	mv	a7,a1
   15672:	4ea9                	li	t4,10
   15674:	01b5e763          	bltu	a1,s11,15682 <__dtoa_engine+0x290>
   15678:	08bd9663          	bne	s11,a1,15704 <__dtoa_engine+0x312>
   1567c:	47c2                	lw	a5,16(sp)
   1567e:	08f57363          	bgeu	a0,a5,15704 <__dtoa_engine+0x312>
   15682:	8522                	mv	a0,s0
   15684:	85a6                	mv	a1,s1
   15686:	ce46                	sw	a7,28(sp)
   15688:	cc1a                	sw	t1,24(sp)
   1568a:	d3fff0ef          	jal	153c8 <div10>
   1568e:	4362                	lw	t1,24(sp)
   15690:	4ea9                	li	t4,10
   15692:	001cb693          	seqz	a3,s9
   15696:	026e8833          	mul	a6,t4,t1
   1569a:	00d9f9b3          	and	s3,s3,a3
   1569e:	47d2                	lw	a5,20(sp)
   156a0:	48f2                	lw	a7,28(sp)
   156a2:	d66e                	sw	s11,44(sp)
   156a4:	d81a                	sw	t1,48(sp)
   156a6:	da46                	sw	a7,52(sp)
   156a8:	0905                	add	s2,s2,1
   156aa:	84ae                	mv	s1,a1
   156ac:	02ae86b3          	mul	a3,t4,a0
   156b0:	40f80833          	sub	a6,a6,a5
   156b4:	47c2                	lw	a5,16(sp)
   156b6:	00183813          	seqz	a6,a6
   156ba:	010d7d33          	and	s10,s10,a6
   156be:	d43e                	sw	a5,40(sp)
   156c0:	40d406b3          	sub	a3,s0,a3
   156c4:	0ff6fc93          	zext.b	s9,a3
   156c8:	842a                	mv	s0,a0
   156ca:	b771                	j	15656 <__dtoa_engine+0x264>
   156cc:	45a9                	li	a1,10
   156ce:	4681                	li	a3,0
   156d0:	4785                	li	a5,1
   156d2:	4529                	li	a0,10
   156d4:	bfb9                	j	15632 <__dtoa_engine+0x240>
   156d6:	030e8f33          	mul	t5,t4,a6
   156da:	0505                	add	a0,a0,1
   156dc:	02beb833          	mulhu	a6,t4,a1
   156e0:	02be85b3          	mul	a1,t4,a1
   156e4:	987a                	add	a6,a6,t5
   156e6:	0104e663          	bltu	s1,a6,156f2 <__dtoa_engine+0x300>
   156ea:	fe9816e3          	bne	a6,s1,156d6 <__dtoa_engine+0x2e4>
   156ee:	feb474e3          	bgeu	s0,a1,156d6 <__dtoa_engine+0x2e4>
   156f2:	00ab5d63          	bge	s6,a0,1570c <__dtoa_engine+0x31a>
   156f6:	000b1563          	bnez	s6,15700 <__dtoa_engine+0x30e>
   156fa:	009465b3          	or	a1,s0,s1
   156fe:	c599                	beqz	a1,1570c <__dtoa_engine+0x31a>
   15700:	4c05                	li	s8,1
   15702:	b741                	j	15682 <__dtoa_engine+0x290>
   15704:	45a9                	li	a1,10
   15706:	4801                	li	a6,0
   15708:	4505                	li	a0,1
   1570a:	bff1                	j	156e6 <__dtoa_engine+0x2f4>
   1570c:	060d0163          	beqz	s10,1576e <__dtoa_engine+0x37c>
   15710:	4da9                	li	s11,10
   15712:	5342                	lw	t1,48(sp)
   15714:	55d2                	lw	a1,52(sp)
   15716:	851a                	mv	a0,t1
   15718:	c81a                	sw	t1,16(sp)
   1571a:	cafff0ef          	jal	153c8 <div10>
   1571e:	ce2e                	sw	a1,28(sp)
   15720:	02ad85b3          	mul	a1,s11,a0
   15724:	4342                	lw	t1,16(sp)
   15726:	882a                	mv	a6,a0
   15728:	cc42                	sw	a6,24(sp)
   1572a:	04659263          	bne	a1,t1,1576e <__dtoa_engine+0x37c>
   1572e:	5522                	lw	a0,40(sp)
   15730:	55b2                	lw	a1,44(sp)
   15732:	0905                	add	s2,s2,1
   15734:	c95ff0ef          	jal	153c8 <div10>
   15738:	ca2a                	sw	a0,20(sp)
   1573a:	c82e                	sw	a1,16(sp)
   1573c:	8522                	mv	a0,s0
   1573e:	85a6                	mv	a1,s1
   15740:	c89ff0ef          	jal	153c8 <div10>
   15744:	001cb693          	seqz	a3,s9
   15748:	00d9f9b3          	and	s3,s3,a3
   1574c:	02ad86b3          	mul	a3,s11,a0
   15750:	4e52                	lw	t3,20(sp)
   15752:	4342                	lw	t1,16(sp)
   15754:	4862                	lw	a6,24(sp)
   15756:	48f2                	lw	a7,28(sp)
   15758:	d472                	sw	t3,40(sp)
   1575a:	d61a                	sw	t1,44(sp)
   1575c:	d842                	sw	a6,48(sp)
   1575e:	da46                	sw	a7,52(sp)
   15760:	84ae                	mv	s1,a1
   15762:	40d406b3          	sub	a3,s0,a3
   15766:	0ff6fc93          	zext.b	s9,a3
   1576a:	842a                	mv	s0,a0
   1576c:	b75d                	j	15712 <__dtoa_engine+0x320>
   1576e:	9952                	add	s2,s2,s4
   15770:	0c098563          	beqz	s3,1583a <__dtoa_engine+0x448>
   15774:	4715                	li	a4,5
   15776:	0cec9263          	bne	s9,a4,1583a <__dtoa_engine+0x448>
   1577a:	00147713          	and	a4,s0,1
   1577e:	e35d                	bnez	a4,15824 <__dtoa_engine+0x432>
   15780:	000c1963          	bnez	s8,15792 <__dtoa_engine+0x3a0>
   15784:	5742                	lw	a4,48(sp)
   15786:	00871563          	bne	a4,s0,15790 <__dtoa_engine+0x39e>
   1578a:	5752                	lw	a4,52(sp)
   1578c:	0c970963          	beq	a4,s1,1585e <__dtoa_engine+0x46c>
   15790:	4701                	li	a4,0
   15792:	943a                	add	s0,s0,a4
   15794:	00e435b3          	sltu	a1,s0,a4
   15798:	95a6                	add	a1,a1,s1
   1579a:	8a2e                	mv	s4,a1
   1579c:	84a2                	mv	s1,s0
   1579e:	4629                	li	a2,10
   157a0:	4681                	li	a3,0
   157a2:	4c05                	li	s8,1
   157a4:	4529                	li	a0,10
   157a6:	00d5e663          	bltu	a1,a3,157b2 <__dtoa_engine+0x3c0>
   157aa:	0ab69c63          	bne	a3,a1,15862 <__dtoa_engine+0x470>
   157ae:	0ac47a63          	bgeu	s0,a2,15862 <__dtoa_engine+0x470>
   157b2:	cf15                	beqz	a4,157ee <__dtoa_engine+0x3fc>
   157b4:	038b5d63          	bge	s6,s8,157ee <__dtoa_engine+0x3fc>
   157b8:	47a2                	lw	a5,8(sp)
   157ba:	cf91                	beqz	a5,157d6 <__dtoa_engine+0x3e4>
   157bc:	4732                	lw	a4,12(sp)
   157be:	012c07b3          	add	a5,s8,s2
   157c2:	00f70b33          	add	s6,a4,a5
   157c6:	000b5363          	bgez	s6,157cc <__dtoa_engine+0x3da>
   157ca:	4b01                	li	s6,0
   157cc:	016bd363          	bge	s7,s6,157d2 <__dtoa_engine+0x3e0>
   157d0:	8b5e                	mv	s6,s7
   157d2:	018b5e63          	bge	s6,s8,157ee <__dtoa_engine+0x3fc>
   157d6:	00540513          	add	a0,s0,5
   157da:	00853433          	sltu	s0,a0,s0
   157de:	4629                	li	a2,10
   157e0:	4681                	li	a3,0
   157e2:	95a2                	add	a1,a1,s0
   157e4:	21b5                	jal	15c50 <__udivdi3>
   157e6:	84aa                	mv	s1,a0
   157e8:	8a2e                	mv	s4,a1
   157ea:	0905                	add	s2,s2,1
   157ec:	1c7d                	add	s8,s8,-1
   157ee:	87da                	mv	a5,s6
   157f0:	016c5363          	bge	s8,s6,157f6 <__dtoa_engine+0x404>
   157f4:	87e2                	mv	a5,s8
   157f6:	01079413          	sll	s0,a5,0x10
   157fa:	0942                	sll	s2,s2,0x10
   157fc:	8441                	sra	s0,s0,0x10
   157fe:	41095913          	sra	s2,s2,0x10
   15802:	9922                	add	s2,s2,s0
   15804:	008a8b33          	add	s6,s5,s0
   15808:	197d                	add	s2,s2,-1
   1580a:	4b81                	li	s7,0
   1580c:	8c5a                	mv	s8,s6
   1580e:	1b7d                	add	s6,s6,-1
   15810:	068bc263          	blt	s7,s0,15874 <__dtoa_engine+0x482>
   15814:	4782                	lw	a5,0(sp)
   15816:	000c02a3          	sb	zero,5(s8)
   1581a:	012aa023          	sw	s2,0(s5)
   1581e:	00fa8223          	sb	a5,4(s5)
   15822:	b939                	j	15440 <__dtoa_engine+0x4e>
   15824:	4705                	li	a4,1
   15826:	f60c16e3          	bnez	s8,15792 <__dtoa_engine+0x3a0>
   1582a:	5742                	lw	a4,48(sp)
   1582c:	00871563          	bne	a4,s0,15836 <__dtoa_engine+0x444>
   15830:	5752                	lw	a4,52(sp)
   15832:	00970c63          	beq	a4,s1,1584a <__dtoa_engine+0x458>
   15836:	4705                	li	a4,1
   15838:	bfa9                	j	15792 <__dtoa_engine+0x3a0>
   1583a:	000c1d63          	bnez	s8,15854 <__dtoa_engine+0x462>
   1583e:	5742                	lw	a4,48(sp)
   15840:	00871a63          	bne	a4,s0,15854 <__dtoa_engine+0x462>
   15844:	5752                	lw	a4,52(sp)
   15846:	00971763          	bne	a4,s1,15854 <__dtoa_engine+0x462>
   1584a:	4792                	lw	a5,4(sp)
   1584c:	4705                	li	a4,1
   1584e:	f3b1                	bnez	a5,15792 <__dtoa_engine+0x3a0>
   15850:	f40d01e3          	beqz	s10,15792 <__dtoa_engine+0x3a0>
   15854:	005cb693          	sltiu	a3,s9,5
   15858:	0016c713          	xor	a4,a3,1
   1585c:	bf1d                	j	15792 <__dtoa_engine+0x3a0>
   1585e:	4c91                	li	s9,4
   15860:	b7ed                	j	1584a <__dtoa_engine+0x458>
   15862:	02d50833          	mul	a6,a0,a3
   15866:	0c05                	add	s8,s8,1
   15868:	02c536b3          	mulhu	a3,a0,a2
   1586c:	02c50633          	mul	a2,a0,a2
   15870:	96c2                	add	a3,a3,a6
   15872:	bf15                	j	157a6 <__dtoa_engine+0x3b4>
   15874:	4629                	li	a2,10
   15876:	4681                	li	a3,0
   15878:	8526                	mv	a0,s1
   1587a:	85d2                	mv	a1,s4
   1587c:	2f0d                	jal	15fae <__umoddi3>
   1587e:	03050513          	add	a0,a0,48
   15882:	00ab02a3          	sb	a0,5(s6)
   15886:	85d2                	mv	a1,s4
   15888:	8526                	mv	a0,s1
   1588a:	4629                	li	a2,10
   1588c:	4681                	li	a3,0
   1588e:	26c9                	jal	15c50 <__udivdi3>
   15890:	84aa                	mv	s1,a0
   15892:	8a2e                	mv	s4,a1
   15894:	0b85                	add	s7,s7,1
   15896:	bfa5                	j	1580e <__dtoa_engine+0x41c>

00015898 <__pow5Factor>:
   15898:	ccccd737          	lui	a4,0xccccd
   1589c:	333336b7          	lui	a3,0x33333
   158a0:	87aa                	mv	a5,a0
   158a2:	ccd70613          	add	a2,a4,-819 # cccccccd <_end+0xccc69855>
   158a6:	4501                	li	a0,0
   158a8:	ccc70713          	add	a4,a4,-820
   158ac:	33368693          	add	a3,a3,819 # 33333333 <_end+0x332cfebb>
   158b0:	02c585b3          	mul	a1,a1,a2
   158b4:	02e78833          	mul	a6,a5,a4
   158b8:	982e                	add	a6,a6,a1
   158ba:	02c7b5b3          	mulhu	a1,a5,a2
   158be:	95c2                	add	a1,a1,a6
   158c0:	02c787b3          	mul	a5,a5,a2
   158c4:	00b6e863          	bltu	a3,a1,158d4 <__pow5Factor+0x3c>
   158c8:	00d59463          	bne	a1,a3,158d0 <__pow5Factor+0x38>
   158cc:	00f5e463          	bltu	a1,a5,158d4 <__pow5Factor+0x3c>
   158d0:	0505                	add	a0,a0,1
   158d2:	bff9                	j	158b0 <__pow5Factor+0x18>
   158d4:	8082                	ret

000158d6 <__double_computePow5>:
   158d6:	209002ef          	jal	t0,162de <__riscv_save_10>
   158da:	47e9                	li	a5,26
   158dc:	02f55b33          	divu	s6,a0,a5
   158e0:	69e1                	lui	s3,0x18
   158e2:	8a898b93          	add	s7,s3,-1880 # 178a8 <DOUBLE_POW5_SPLIT2>
   158e6:	1101                	add	sp,sp,-32
   158e8:	892e                	mv	s2,a1
   158ea:	02f577b3          	remu	a5,a0,a5
   158ee:	004b1713          	sll	a4,s6,0x4
   158f2:	9bba                	add	s7,s7,a4
   158f4:	e395                	bnez	a5,15918 <__double_computePow5+0x42>
   158f6:	000ba703          	lw	a4,0(s7)
   158fa:	004ba783          	lw	a5,4(s7)
   158fe:	c198                	sw	a4,0(a1)
   15900:	c1dc                	sw	a5,4(a1)
   15902:	008ba503          	lw	a0,8(s7)
   15906:	00cba583          	lw	a1,12(s7)
   1590a:	00a92423          	sw	a0,8(s2)
   1590e:	00b92623          	sw	a1,12(s2)
   15912:	6105                	add	sp,sp,32
   15914:	2030006f          	j	16316 <__riscv_restore_10>
   15918:	8a898993          	add	s3,s3,-1880
   1591c:	078e                	sll	a5,a5,0x3
   1591e:	97ce                	add	a5,a5,s3
   15920:	0d07aa03          	lw	s4,208(a5)
   15924:	0d47aa83          	lw	s5,212(a5)
   15928:	008ba603          	lw	a2,8(s7)
   1592c:	00cba683          	lw	a3,12(s7)
   15930:	0818                	add	a4,sp,16
   15932:	85d6                	mv	a1,s5
   15934:	842a                	mv	s0,a0
   15936:	8552                	mv	a0,s4
   15938:	22d1                	jal	15afc <__umul128>
   1593a:	000ba603          	lw	a2,0(s7)
   1593e:	004ba683          	lw	a3,4(s7)
   15942:	84aa                	mv	s1,a0
   15944:	8c2e                	mv	s8,a1
   15946:	0838                	add	a4,sp,24
   15948:	8552                	mv	a0,s4
   1594a:	85d6                	mv	a1,s5
   1594c:	2a45                	jal	15afc <__umul128>
   1594e:	47e2                	lw	a5,24(sp)
   15950:	4772                	lw	a4,28(sp)
   15952:	8aaa                	mv	s5,a0
   15954:	94be                	add	s1,s1,a5
   15956:	00f4ba33          	sltu	s4,s1,a5
   1595a:	9c3a                	add	s8,s8,a4
   1595c:	9a62                	add	s4,s4,s8
   1595e:	00ea6663          	bltu	s4,a4,1596a <__double_computePow5+0x94>
   15962:	01471d63          	bne	a4,s4,1597c <__double_computePow5+0xa6>
   15966:	00f4fb63          	bgeu	s1,a5,1597c <__double_computePow5+0xa6>
   1596a:	47c2                	lw	a5,16(sp)
   1596c:	46d2                	lw	a3,20(sp)
   1596e:	00178713          	add	a4,a5,1
   15972:	00f737b3          	sltu	a5,a4,a5
   15976:	97b6                	add	a5,a5,a3
   15978:	c83a                	sw	a4,16(sp)
   1597a:	ca3e                	sw	a5,20(sp)
   1597c:	8522                	mv	a0,s0
   1597e:	c62e                	sw	a1,12(sp)
   15980:	22ad                	jal	15aea <__pow5bits>
   15982:	8baa                	mv	s7,a0
   15984:	4569                	li	a0,26
   15986:	02ab0533          	mul	a0,s6,a0
   1598a:	2285                	jal	15aea <__pow5bits>
   1598c:	45b2                	lw	a1,12(sp)
   1598e:	40ab8733          	sub	a4,s7,a0
   15992:	8626                	mv	a2,s1
   15994:	86d2                	mv	a3,s4
   15996:	8556                	mv	a0,s5
   15998:	c43a                	sw	a4,8(sp)
   1599a:	227d                	jal	15b48 <__shiftright128>
   1599c:	00445793          	srl	a5,s0,0x4
   159a0:	078a                	sll	a5,a5,0x2
   159a2:	99be                	add	s3,s3,a5
   159a4:	1a09a783          	lw	a5,416(s3)
   159a8:	0406                	sll	s0,s0,0x1
   159aa:	8879                	and	s0,s0,30
   159ac:	0087d7b3          	srl	a5,a5,s0
   159b0:	8b8d                	and	a5,a5,3
   159b2:	953e                	add	a0,a0,a5
   159b4:	00f537b3          	sltu	a5,a0,a5
   159b8:	4722                	lw	a4,8(sp)
   159ba:	4642                	lw	a2,16(sp)
   159bc:	46d2                	lw	a3,20(sp)
   159be:	97ae                	add	a5,a5,a1
   159c0:	00a92023          	sw	a0,0(s2)
   159c4:	00f92223          	sw	a5,4(s2)
   159c8:	8526                	mv	a0,s1
   159ca:	85d2                	mv	a1,s4
   159cc:	2ab5                	jal	15b48 <__shiftright128>
   159ce:	bf35                	j	1590a <__double_computePow5+0x34>

000159d0 <__double_computeInvPow5>:
   159d0:	10f002ef          	jal	t0,162de <__riscv_save_10>
   159d4:	4b69                	li	s6,26
   159d6:	01950793          	add	a5,a0,25
   159da:	0367d7b3          	divu	a5,a5,s6
   159de:	6ae1                	lui	s5,0x18
   159e0:	8a8a8493          	add	s1,s5,-1880 # 178a8 <DOUBLE_POW5_SPLIT2>
   159e4:	1f848493          	add	s1,s1,504
   159e8:	1101                	add	sp,sp,-32
   159ea:	8a2e                	mv	s4,a1
   159ec:	03678b33          	mul	s6,a5,s6
   159f0:	0792                	sll	a5,a5,0x4
   159f2:	94be                	add	s1,s1,a5
   159f4:	40ab0733          	sub	a4,s6,a0
   159f8:	00ab1f63          	bne	s6,a0,15a16 <__double_computeInvPow5+0x46>
   159fc:	4098                	lw	a4,0(s1)
   159fe:	40dc                	lw	a5,4(s1)
   15a00:	c198                	sw	a4,0(a1)
   15a02:	c1dc                	sw	a5,4(a1)
   15a04:	4488                	lw	a0,8(s1)
   15a06:	44cc                	lw	a1,12(s1)
   15a08:	00aa2423          	sw	a0,8(s4)
   15a0c:	00ba2623          	sw	a1,12(s4)
   15a10:	6105                	add	sp,sp,32
   15a12:	1050006f          	j	16316 <__riscv_restore_10>
   15a16:	8a8a8a93          	add	s5,s5,-1880
   15a1a:	070e                	sll	a4,a4,0x3
   15a1c:	9756                	add	a4,a4,s5
   15a1e:	0d072903          	lw	s2,208(a4)
   15a22:	0d472983          	lw	s3,212(a4)
   15a26:	4490                	lw	a2,8(s1)
   15a28:	44d4                	lw	a3,12(s1)
   15a2a:	0818                	add	a4,sp,16
   15a2c:	85ce                	mv	a1,s3
   15a2e:	842a                	mv	s0,a0
   15a30:	854a                	mv	a0,s2
   15a32:	20e9                	jal	15afc <__umul128>
   15a34:	4090                	lw	a2,0(s1)
   15a36:	40d4                	lw	a3,4(s1)
   15a38:	8c2a                	mv	s8,a0
   15a3a:	00163793          	seqz	a5,a2
   15a3e:	8bae                	mv	s7,a1
   15a40:	0838                	add	a4,sp,24
   15a42:	8e9d                	sub	a3,a3,a5
   15a44:	854a                	mv	a0,s2
   15a46:	85ce                	mv	a1,s3
   15a48:	167d                	add	a2,a2,-1
   15a4a:	284d                	jal	15afc <__umul128>
   15a4c:	47e2                	lw	a5,24(sp)
   15a4e:	4772                	lw	a4,28(sp)
   15a50:	89aa                	mv	s3,a0
   15a52:	9c3e                	add	s8,s8,a5
   15a54:	00fc3933          	sltu	s2,s8,a5
   15a58:	9bba                	add	s7,s7,a4
   15a5a:	995e                	add	s2,s2,s7
   15a5c:	00e96663          	bltu	s2,a4,15a68 <__double_computeInvPow5+0x98>
   15a60:	01271d63          	bne	a4,s2,15a7a <__double_computeInvPow5+0xaa>
   15a64:	00fc7b63          	bgeu	s8,a5,15a7a <__double_computeInvPow5+0xaa>
   15a68:	47c2                	lw	a5,16(sp)
   15a6a:	46d2                	lw	a3,20(sp)
   15a6c:	00178713          	add	a4,a5,1
   15a70:	00f737b3          	sltu	a5,a4,a5
   15a74:	97b6                	add	a5,a5,a3
   15a76:	c83a                	sw	a4,16(sp)
   15a78:	ca3e                	sw	a5,20(sp)
   15a7a:	855a                	mv	a0,s6
   15a7c:	c62e                	sw	a1,12(sp)
   15a7e:	20b5                	jal	15aea <__pow5bits>
   15a80:	8b2a                	mv	s6,a0
   15a82:	8522                	mv	a0,s0
   15a84:	209d                	jal	15aea <__pow5bits>
   15a86:	45b2                	lw	a1,12(sp)
   15a88:	40ab0733          	sub	a4,s6,a0
   15a8c:	8662                	mv	a2,s8
   15a8e:	86ca                	mv	a3,s2
   15a90:	854e                	mv	a0,s3
   15a92:	c43a                	sw	a4,8(sp)
   15a94:	2855                	jal	15b48 <__shiftright128>
   15a96:	00445793          	srl	a5,s0,0x4
   15a9a:	078a                	sll	a5,a5,0x2
   15a9c:	9abe                	add	s5,s5,a5
   15a9e:	2e8aa783          	lw	a5,744(s5)
   15aa2:	0406                	sll	s0,s0,0x1
   15aa4:	8879                	and	s0,s0,30
   15aa6:	0087d7b3          	srl	a5,a5,s0
   15aaa:	8b8d                	and	a5,a5,3
   15aac:	0785                	add	a5,a5,1
   15aae:	953e                	add	a0,a0,a5
   15ab0:	00f537b3          	sltu	a5,a0,a5
   15ab4:	4722                	lw	a4,8(sp)
   15ab6:	4642                	lw	a2,16(sp)
   15ab8:	46d2                	lw	a3,20(sp)
   15aba:	97ae                	add	a5,a5,a1
   15abc:	00aa2023          	sw	a0,0(s4)
   15ac0:	00fa2223          	sw	a5,4(s4)
   15ac4:	8562                	mv	a0,s8
   15ac6:	85ca                	mv	a1,s2
   15ac8:	2041                	jal	15b48 <__shiftright128>
   15aca:	bf3d                	j	15a08 <__double_computeInvPow5+0x38>

00015acc <__log10Pow2>:
   15acc:	67cd                	lui	a5,0x13
   15ace:	44178793          	add	a5,a5,1089 # 13441 <inet_tcp_input+0x579>
   15ad2:	02f50533          	mul	a0,a0,a5
   15ad6:	8149                	srl	a0,a0,0x12
   15ad8:	8082                	ret

00015ada <__log10Pow5>:
   15ada:	000b37b7          	lui	a5,0xb3
   15ade:	efb78793          	add	a5,a5,-261 # b2efb <_end+0x4fa83>
   15ae2:	02f50533          	mul	a0,a0,a5
   15ae6:	8151                	srl	a0,a0,0x14
   15ae8:	8082                	ret

00015aea <__pow5bits>:
   15aea:	001297b7          	lui	a5,0x129
   15aee:	34f78793          	add	a5,a5,847 # 12934f <_end+0xc5ed7>
   15af2:	02f50533          	mul	a0,a0,a5
   15af6:	814d                	srl	a0,a0,0x13
   15af8:	0505                	add	a0,a0,1
   15afa:	8082                	ret

00015afc <__umul128>:
   15afc:	02c537b3          	mulhu	a5,a0,a2
   15b00:	832e                	mv	t1,a1
   15b02:	02c585b3          	mul	a1,a1,a2
   15b06:	02c33833          	mulhu	a6,t1,a2
   15b0a:	95be                	add	a1,a1,a5
   15b0c:	00f5b7b3          	sltu	a5,a1,a5
   15b10:	97c2                	add	a5,a5,a6
   15b12:	02a68833          	mul	a6,a3,a0
   15b16:	02a6b8b3          	mulhu	a7,a3,a0
   15b1a:	95c2                	add	a1,a1,a6
   15b1c:	0105b833          	sltu	a6,a1,a6
   15b20:	98c2                	add	a7,a7,a6
   15b22:	02d30833          	mul	a6,t1,a3
   15b26:	02d33333          	mulhu	t1,t1,a3
   15b2a:	983e                	add	a6,a6,a5
   15b2c:	011806b3          	add	a3,a6,a7
   15b30:	00f837b3          	sltu	a5,a6,a5
   15b34:	0106b833          	sltu	a6,a3,a6
   15b38:	c314                	sw	a3,0(a4)
   15b3a:	979a                	add	a5,a5,t1
   15b3c:	983e                	add	a6,a6,a5
   15b3e:	02c50533          	mul	a0,a0,a2
   15b42:	01072223          	sw	a6,4(a4)
   15b46:	8082                	ret

00015b48 <__shiftright128>:
   15b48:	7a4002ef          	jal	t0,162ec <__riscv_save_4>
   15b4c:	8a2a                	mv	s4,a0
   15b4e:	8532                	mv	a0,a2
   15b50:	04000613          	li	a2,64
   15b54:	8e19                	sub	a2,a2,a4
   15b56:	89ae                	mv	s3,a1
   15b58:	85b6                	mv	a1,a3
   15b5a:	843a                	mv	s0,a4
   15b5c:	204d                	jal	15bfe <__ashldi3>
   15b5e:	892a                	mv	s2,a0
   15b60:	84ae                	mv	s1,a1
   15b62:	8622                	mv	a2,s0
   15b64:	8552                	mv	a0,s4
   15b66:	85ce                	mv	a1,s3
   15b68:	20bd                	jal	15bd6 <__lshrdi3>
   15b6a:	00a96533          	or	a0,s2,a0
   15b6e:	8dc5                	or	a1,a1,s1
   15b70:	af45                	j	16320 <__riscv_restore_4>

00015b72 <__libc_fini_array>:
   15b72:	794002ef          	jal	t0,16306 <__riscv_save_0>
   15b76:	67e1                	lui	a5,0x18
   15b78:	6461                	lui	s0,0x18
   15b7a:	d0878713          	add	a4,a5,-760 # 17d08 <__fini_array_end>
   15b7e:	d0840413          	add	s0,s0,-760 # 17d08 <__fini_array_end>
   15b82:	8c19                	sub	s0,s0,a4
   15b84:	8409                	sra	s0,s0,0x2
   15b86:	d0878493          	add	s1,a5,-760
   15b8a:	e809                	bnez	s0,15b9c <__libc_fini_array+0x2a>
   15b8c:	00000793          	li	a5,0
   15b90:	c789                	beqz	a5,15b9a <__libc_fini_array+0x28>
   15b92:	00000097          	auipc	ra,0x0
   15b96:	000000e7          	jalr	zero # 0 <errno>
   15b9a:	af41                	j	1632a <__riscv_restore_0>
   15b9c:	147d                	add	s0,s0,-1
   15b9e:	00241793          	sll	a5,s0,0x2
   15ba2:	97a6                	add	a5,a5,s1
   15ba4:	439c                	lw	a5,0(a5)
   15ba6:	9782                	jalr	a5
   15ba8:	b7cd                	j	15b8a <__libc_fini_array+0x18>

00015baa <strnlen>:
   15baa:	95aa                	add	a1,a1,a0
   15bac:	87aa                	mv	a5,a0
   15bae:	00b78563          	beq	a5,a1,15bb8 <strnlen+0xe>
   15bb2:	0007c703          	lbu	a4,0(a5)
   15bb6:	e701                	bnez	a4,15bbe <strnlen+0x14>
   15bb8:	40a78533          	sub	a0,a5,a0
   15bbc:	8082                	ret
   15bbe:	0785                	add	a5,a5,1
   15bc0:	b7fd                	j	15bae <strnlen+0x4>

00015bc2 <__file_str_put>:
   15bc2:	49dc                	lw	a5,20(a1)
   15bc4:	4d98                	lw	a4,24(a1)
   15bc6:	00e78763          	beq	a5,a4,15bd4 <__file_str_put+0x12>
   15bca:	00178713          	add	a4,a5,1
   15bce:	c9d8                	sw	a4,20(a1)
   15bd0:	00a78023          	sb	a0,0(a5)
   15bd4:	8082                	ret

00015bd6 <__lshrdi3>:
   15bd6:	ca19                	beqz	a2,15bec <__lshrdi3+0x16>
   15bd8:	02000793          	li	a5,32
   15bdc:	8f91                	sub	a5,a5,a2
   15bde:	00f04863          	bgtz	a5,15bee <__lshrdi3+0x18>
   15be2:	1601                	add	a2,a2,-32
   15be4:	00c5d533          	srl	a0,a1,a2
   15be8:	4701                	li	a4,0
   15bea:	85ba                	mv	a1,a4
   15bec:	8082                	ret
   15bee:	00c5d733          	srl	a4,a1,a2
   15bf2:	00c55533          	srl	a0,a0,a2
   15bf6:	00f595b3          	sll	a1,a1,a5
   15bfa:	8d4d                	or	a0,a0,a1
   15bfc:	b7fd                	j	15bea <__lshrdi3+0x14>

00015bfe <__ashldi3>:
   15bfe:	ca19                	beqz	a2,15c14 <__ashldi3+0x16>
   15c00:	02000793          	li	a5,32
   15c04:	8f91                	sub	a5,a5,a2
   15c06:	00f04863          	bgtz	a5,15c16 <__ashldi3+0x18>
   15c0a:	1601                	add	a2,a2,-32
   15c0c:	00c515b3          	sll	a1,a0,a2
   15c10:	4701                	li	a4,0
   15c12:	853a                	mv	a0,a4
   15c14:	8082                	ret
   15c16:	00c51733          	sll	a4,a0,a2
   15c1a:	00c595b3          	sll	a1,a1,a2
   15c1e:	00f55533          	srl	a0,a0,a5
   15c22:	8dc9                	or	a1,a1,a0
   15c24:	b7fd                	j	15c12 <__ashldi3+0x14>

00015c26 <__ashrdi3>:
   15c26:	ce01                	beqz	a2,15c3e <__ashrdi3+0x18>
   15c28:	02000793          	li	a5,32
   15c2c:	8f91                	sub	a5,a5,a2
   15c2e:	00f04963          	bgtz	a5,15c40 <__ashrdi3+0x1a>
   15c32:	1601                	add	a2,a2,-32
   15c34:	41f5d713          	sra	a4,a1,0x1f
   15c38:	40c5d533          	sra	a0,a1,a2
   15c3c:	85ba                	mv	a1,a4
   15c3e:	8082                	ret
   15c40:	40c5d733          	sra	a4,a1,a2
   15c44:	00c55533          	srl	a0,a0,a2
   15c48:	00f595b3          	sll	a1,a1,a5
   15c4c:	8d4d                	or	a0,a0,a1
   15c4e:	b7fd                	j	15c3c <__ashrdi3+0x16>

00015c50 <__udivdi3>:
   15c50:	88aa                	mv	a7,a0
   15c52:	832e                	mv	t1,a1
   15c54:	8732                	mv	a4,a2
   15c56:	882a                	mv	a6,a0
   15c58:	87ae                	mv	a5,a1
   15c5a:	20069663          	bnez	a3,15e66 <__udivdi3+0x216>
   15c5e:	00002597          	auipc	a1,0x2
   15c62:	f8658593          	add	a1,a1,-122 # 17be4 <__clz_tab>
   15c66:	0cc37163          	bgeu	t1,a2,15d28 <__udivdi3+0xd8>
   15c6a:	66c1                	lui	a3,0x10
   15c6c:	0ad67763          	bgeu	a2,a3,15d1a <__udivdi3+0xca>
   15c70:	10063693          	sltiu	a3,a2,256
   15c74:	0016c693          	xor	a3,a3,1
   15c78:	068e                	sll	a3,a3,0x3
   15c7a:	00d65533          	srl	a0,a2,a3
   15c7e:	95aa                	add	a1,a1,a0
   15c80:	0005c583          	lbu	a1,0(a1)
   15c84:	02000513          	li	a0,32
   15c88:	96ae                	add	a3,a3,a1
   15c8a:	40d505b3          	sub	a1,a0,a3
   15c8e:	00d50b63          	beq	a0,a3,15ca4 <__udivdi3+0x54>
   15c92:	00b317b3          	sll	a5,t1,a1
   15c96:	00d8d6b3          	srl	a3,a7,a3
   15c9a:	00b61733          	sll	a4,a2,a1
   15c9e:	8fd5                	or	a5,a5,a3
   15ca0:	00b89833          	sll	a6,a7,a1
   15ca4:	01075593          	srl	a1,a4,0x10
   15ca8:	02b7d333          	divu	t1,a5,a1
   15cac:	01071613          	sll	a2,a4,0x10
   15cb0:	8241                	srl	a2,a2,0x10
   15cb2:	02b7f7b3          	remu	a5,a5,a1
   15cb6:	851a                	mv	a0,t1
   15cb8:	026608b3          	mul	a7,a2,t1
   15cbc:	01079693          	sll	a3,a5,0x10
   15cc0:	01085793          	srl	a5,a6,0x10
   15cc4:	8fd5                	or	a5,a5,a3
   15cc6:	0117fc63          	bgeu	a5,a7,15cde <__udivdi3+0x8e>
   15cca:	97ba                	add	a5,a5,a4
   15ccc:	fff30513          	add	a0,t1,-1
   15cd0:	00e7e763          	bltu	a5,a4,15cde <__udivdi3+0x8e>
   15cd4:	0117f563          	bgeu	a5,a7,15cde <__udivdi3+0x8e>
   15cd8:	ffe30513          	add	a0,t1,-2
   15cdc:	97ba                	add	a5,a5,a4
   15cde:	411787b3          	sub	a5,a5,a7
   15ce2:	02b7d8b3          	divu	a7,a5,a1
   15ce6:	0842                	sll	a6,a6,0x10
   15ce8:	01085813          	srl	a6,a6,0x10
   15cec:	02b7f7b3          	remu	a5,a5,a1
   15cf0:	031606b3          	mul	a3,a2,a7
   15cf4:	07c2                	sll	a5,a5,0x10
   15cf6:	00f86833          	or	a6,a6,a5
   15cfa:	87c6                	mv	a5,a7
   15cfc:	00d87b63          	bgeu	a6,a3,15d12 <__udivdi3+0xc2>
   15d00:	983a                	add	a6,a6,a4
   15d02:	fff88793          	add	a5,a7,-1
   15d06:	00e86663          	bltu	a6,a4,15d12 <__udivdi3+0xc2>
   15d0a:	00d87463          	bgeu	a6,a3,15d12 <__udivdi3+0xc2>
   15d0e:	ffe88793          	add	a5,a7,-2
   15d12:	0542                	sll	a0,a0,0x10
   15d14:	8d5d                	or	a0,a0,a5
   15d16:	4581                	li	a1,0
   15d18:	8082                	ret
   15d1a:	01000537          	lui	a0,0x1000
   15d1e:	46c1                	li	a3,16
   15d20:	f4a66de3          	bltu	a2,a0,15c7a <__udivdi3+0x2a>
   15d24:	46e1                	li	a3,24
   15d26:	bf91                	j	15c7a <__udivdi3+0x2a>
   15d28:	4681                	li	a3,0
   15d2a:	ca09                	beqz	a2,15d3c <__udivdi3+0xec>
   15d2c:	67c1                	lui	a5,0x10
   15d2e:	08f67f63          	bgeu	a2,a5,15dcc <__udivdi3+0x17c>
   15d32:	10063693          	sltiu	a3,a2,256
   15d36:	0016c693          	xor	a3,a3,1
   15d3a:	068e                	sll	a3,a3,0x3
   15d3c:	00d657b3          	srl	a5,a2,a3
   15d40:	95be                	add	a1,a1,a5
   15d42:	0005c783          	lbu	a5,0(a1)
   15d46:	97b6                	add	a5,a5,a3
   15d48:	02000693          	li	a3,32
   15d4c:	40f685b3          	sub	a1,a3,a5
   15d50:	08f69563          	bne	a3,a5,15dda <__udivdi3+0x18a>
   15d54:	40c307b3          	sub	a5,t1,a2
   15d58:	4585                	li	a1,1
   15d5a:	01075893          	srl	a7,a4,0x10
   15d5e:	0317de33          	divu	t3,a5,a7
   15d62:	01071613          	sll	a2,a4,0x10
   15d66:	8241                	srl	a2,a2,0x10
   15d68:	01085693          	srl	a3,a6,0x10
   15d6c:	0317f7b3          	remu	a5,a5,a7
   15d70:	8572                	mv	a0,t3
   15d72:	03c60333          	mul	t1,a2,t3
   15d76:	07c2                	sll	a5,a5,0x10
   15d78:	8fd5                	or	a5,a5,a3
   15d7a:	0067fc63          	bgeu	a5,t1,15d92 <__udivdi3+0x142>
   15d7e:	97ba                	add	a5,a5,a4
   15d80:	fffe0513          	add	a0,t3,-1
   15d84:	00e7e763          	bltu	a5,a4,15d92 <__udivdi3+0x142>
   15d88:	0067f563          	bgeu	a5,t1,15d92 <__udivdi3+0x142>
   15d8c:	ffee0513          	add	a0,t3,-2
   15d90:	97ba                	add	a5,a5,a4
   15d92:	406787b3          	sub	a5,a5,t1
   15d96:	0317d333          	divu	t1,a5,a7
   15d9a:	0842                	sll	a6,a6,0x10
   15d9c:	01085813          	srl	a6,a6,0x10
   15da0:	0317f7b3          	remu	a5,a5,a7
   15da4:	026606b3          	mul	a3,a2,t1
   15da8:	07c2                	sll	a5,a5,0x10
   15daa:	00f86833          	or	a6,a6,a5
   15dae:	879a                	mv	a5,t1
   15db0:	00d87b63          	bgeu	a6,a3,15dc6 <__udivdi3+0x176>
   15db4:	983a                	add	a6,a6,a4
   15db6:	fff30793          	add	a5,t1,-1
   15dba:	00e86663          	bltu	a6,a4,15dc6 <__udivdi3+0x176>
   15dbe:	00d87463          	bgeu	a6,a3,15dc6 <__udivdi3+0x176>
   15dc2:	ffe30793          	add	a5,t1,-2
   15dc6:	0542                	sll	a0,a0,0x10
   15dc8:	8d5d                	or	a0,a0,a5
   15dca:	8082                	ret
   15dcc:	010007b7          	lui	a5,0x1000
   15dd0:	46c1                	li	a3,16
   15dd2:	f6f665e3          	bltu	a2,a5,15d3c <__udivdi3+0xec>
   15dd6:	46e1                	li	a3,24
   15dd8:	b795                	j	15d3c <__udivdi3+0xec>
   15dda:	00b61733          	sll	a4,a2,a1
   15dde:	00f356b3          	srl	a3,t1,a5
   15de2:	01075513          	srl	a0,a4,0x10
   15de6:	00b31333          	sll	t1,t1,a1
   15dea:	00f8d7b3          	srl	a5,a7,a5
   15dee:	0067e7b3          	or	a5,a5,t1
   15df2:	02a6d333          	divu	t1,a3,a0
   15df6:	01071613          	sll	a2,a4,0x10
   15dfa:	8241                	srl	a2,a2,0x10
   15dfc:	00b89833          	sll	a6,a7,a1
   15e00:	02a6f6b3          	remu	a3,a3,a0
   15e04:	026608b3          	mul	a7,a2,t1
   15e08:	01069593          	sll	a1,a3,0x10
   15e0c:	0107d693          	srl	a3,a5,0x10
   15e10:	8ecd                	or	a3,a3,a1
   15e12:	859a                	mv	a1,t1
   15e14:	0116fc63          	bgeu	a3,a7,15e2c <__udivdi3+0x1dc>
   15e18:	96ba                	add	a3,a3,a4
   15e1a:	fff30593          	add	a1,t1,-1
   15e1e:	00e6e763          	bltu	a3,a4,15e2c <__udivdi3+0x1dc>
   15e22:	0116f563          	bgeu	a3,a7,15e2c <__udivdi3+0x1dc>
   15e26:	ffe30593          	add	a1,t1,-2
   15e2a:	96ba                	add	a3,a3,a4
   15e2c:	411686b3          	sub	a3,a3,a7
   15e30:	02a6d8b3          	divu	a7,a3,a0
   15e34:	07c2                	sll	a5,a5,0x10
   15e36:	83c1                	srl	a5,a5,0x10
   15e38:	02a6f6b3          	remu	a3,a3,a0
   15e3c:	03160633          	mul	a2,a2,a7
   15e40:	06c2                	sll	a3,a3,0x10
   15e42:	8fd5                	or	a5,a5,a3
   15e44:	86c6                	mv	a3,a7
   15e46:	00c7fc63          	bgeu	a5,a2,15e5e <__udivdi3+0x20e>
   15e4a:	97ba                	add	a5,a5,a4
   15e4c:	fff88693          	add	a3,a7,-1
   15e50:	00e7e763          	bltu	a5,a4,15e5e <__udivdi3+0x20e>
   15e54:	00c7f563          	bgeu	a5,a2,15e5e <__udivdi3+0x20e>
   15e58:	ffe88693          	add	a3,a7,-2
   15e5c:	97ba                	add	a5,a5,a4
   15e5e:	05c2                	sll	a1,a1,0x10
   15e60:	8f91                	sub	a5,a5,a2
   15e62:	8dd5                	or	a1,a1,a3
   15e64:	bddd                	j	15d5a <__udivdi3+0x10a>
   15e66:	14d5e163          	bltu	a1,a3,15fa8 <__udivdi3+0x358>
   15e6a:	67c1                	lui	a5,0x10
   15e6c:	02f6ff63          	bgeu	a3,a5,15eaa <__udivdi3+0x25a>
   15e70:	1006b713          	sltiu	a4,a3,256
   15e74:	00174713          	xor	a4,a4,1
   15e78:	070e                	sll	a4,a4,0x3
   15e7a:	00e6d5b3          	srl	a1,a3,a4
   15e7e:	00002797          	auipc	a5,0x2
   15e82:	d6678793          	add	a5,a5,-666 # 17be4 <__clz_tab>
   15e86:	97ae                	add	a5,a5,a1
   15e88:	0007c783          	lbu	a5,0(a5)
   15e8c:	97ba                	add	a5,a5,a4
   15e8e:	02000713          	li	a4,32
   15e92:	40f705b3          	sub	a1,a4,a5
   15e96:	02f71163          	bne	a4,a5,15eb8 <__udivdi3+0x268>
   15e9a:	4505                	li	a0,1
   15e9c:	e666eee3          	bltu	a3,t1,15d18 <__udivdi3+0xc8>
   15ea0:	00c8b533          	sltu	a0,a7,a2
   15ea4:	00154513          	xor	a0,a0,1
   15ea8:	8082                	ret
   15eaa:	010007b7          	lui	a5,0x1000
   15eae:	4741                	li	a4,16
   15eb0:	fcf6e5e3          	bltu	a3,a5,15e7a <__udivdi3+0x22a>
   15eb4:	4761                	li	a4,24
   15eb6:	b7d1                	j	15e7a <__udivdi3+0x22a>
   15eb8:	00f65733          	srl	a4,a2,a5
   15ebc:	00b696b3          	sll	a3,a3,a1
   15ec0:	8ed9                	or	a3,a3,a4
   15ec2:	00f35733          	srl	a4,t1,a5
   15ec6:	00b31333          	sll	t1,t1,a1
   15eca:	00f8d7b3          	srl	a5,a7,a5
   15ece:	0067e7b3          	or	a5,a5,t1
   15ed2:	0106d313          	srl	t1,a3,0x10
   15ed6:	02675eb3          	divu	t4,a4,t1
   15eda:	01069813          	sll	a6,a3,0x10
   15ede:	01085813          	srl	a6,a6,0x10
   15ee2:	00b61633          	sll	a2,a2,a1
   15ee6:	02677733          	remu	a4,a4,t1
   15eea:	03d80e33          	mul	t3,a6,t4
   15eee:	01071513          	sll	a0,a4,0x10
   15ef2:	0107d713          	srl	a4,a5,0x10
   15ef6:	8f49                	or	a4,a4,a0
   15ef8:	8576                	mv	a0,t4
   15efa:	01c77c63          	bgeu	a4,t3,15f12 <__udivdi3+0x2c2>
   15efe:	9736                	add	a4,a4,a3
   15f00:	fffe8513          	add	a0,t4,-1
   15f04:	00d76763          	bltu	a4,a3,15f12 <__udivdi3+0x2c2>
   15f08:	01c77563          	bgeu	a4,t3,15f12 <__udivdi3+0x2c2>
   15f0c:	ffee8513          	add	a0,t4,-2
   15f10:	9736                	add	a4,a4,a3
   15f12:	41c70733          	sub	a4,a4,t3
   15f16:	02675e33          	divu	t3,a4,t1
   15f1a:	07c2                	sll	a5,a5,0x10
   15f1c:	83c1                	srl	a5,a5,0x10
   15f1e:	02677733          	remu	a4,a4,t1
   15f22:	03c80833          	mul	a6,a6,t3
   15f26:	0742                	sll	a4,a4,0x10
   15f28:	8fd9                	or	a5,a5,a4
   15f2a:	8772                	mv	a4,t3
   15f2c:	0107fc63          	bgeu	a5,a6,15f44 <__udivdi3+0x2f4>
   15f30:	97b6                	add	a5,a5,a3
   15f32:	fffe0713          	add	a4,t3,-1
   15f36:	00d7e763          	bltu	a5,a3,15f44 <__udivdi3+0x2f4>
   15f3a:	0107f563          	bgeu	a5,a6,15f44 <__udivdi3+0x2f4>
   15f3e:	ffee0713          	add	a4,t3,-2
   15f42:	97b6                	add	a5,a5,a3
   15f44:	0542                	sll	a0,a0,0x10
   15f46:	6e41                	lui	t3,0x10
   15f48:	8d59                	or	a0,a0,a4
   15f4a:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   15f4e:	00d57733          	and	a4,a0,a3
   15f52:	410787b3          	sub	a5,a5,a6
   15f56:	8ef1                	and	a3,a3,a2
   15f58:	01055813          	srl	a6,a0,0x10
   15f5c:	8241                	srl	a2,a2,0x10
   15f5e:	02d70333          	mul	t1,a4,a3
   15f62:	02d806b3          	mul	a3,a6,a3
   15f66:	02c70733          	mul	a4,a4,a2
   15f6a:	02c80833          	mul	a6,a6,a2
   15f6e:	00d70633          	add	a2,a4,a3
   15f72:	01035713          	srl	a4,t1,0x10
   15f76:	9732                	add	a4,a4,a2
   15f78:	00d77363          	bgeu	a4,a3,15f7e <__udivdi3+0x32e>
   15f7c:	9872                	add	a6,a6,t3
   15f7e:	01075693          	srl	a3,a4,0x10
   15f82:	96c2                	add	a3,a3,a6
   15f84:	02d7e063          	bltu	a5,a3,15fa4 <__udivdi3+0x354>
   15f88:	d8d797e3          	bne	a5,a3,15d16 <__udivdi3+0xc6>
   15f8c:	67c1                	lui	a5,0x10
   15f8e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   15f90:	8f7d                	and	a4,a4,a5
   15f92:	0742                	sll	a4,a4,0x10
   15f94:	00f37333          	and	t1,t1,a5
   15f98:	00b898b3          	sll	a7,a7,a1
   15f9c:	971a                	add	a4,a4,t1
   15f9e:	4581                	li	a1,0
   15fa0:	d6e8fce3          	bgeu	a7,a4,15d18 <__udivdi3+0xc8>
   15fa4:	157d                	add	a0,a0,-1 # ffffff <_end+0xf9cb87>
   15fa6:	bb85                	j	15d16 <__udivdi3+0xc6>
   15fa8:	4581                	li	a1,0
   15faa:	4501                	li	a0,0
   15fac:	8082                	ret

00015fae <__umoddi3>:
   15fae:	8832                	mv	a6,a2
   15fb0:	87aa                	mv	a5,a0
   15fb2:	872e                	mv	a4,a1
   15fb4:	1a069363          	bnez	a3,1615a <__umoddi3+0x1ac>
   15fb8:	00002897          	auipc	a7,0x2
   15fbc:	c2c88893          	add	a7,a7,-980 # 17be4 <__clz_tab>
   15fc0:	0ac5f663          	bgeu	a1,a2,1606c <__umoddi3+0xbe>
   15fc4:	66c1                	lui	a3,0x10
   15fc6:	08d67c63          	bgeu	a2,a3,1605e <__umoddi3+0xb0>
   15fca:	10063693          	sltiu	a3,a2,256
   15fce:	0016c693          	xor	a3,a3,1
   15fd2:	068e                	sll	a3,a3,0x3
   15fd4:	00d65333          	srl	t1,a2,a3
   15fd8:	989a                	add	a7,a7,t1
   15fda:	0008c883          	lbu	a7,0(a7)
   15fde:	02000313          	li	t1,32
   15fe2:	96c6                	add	a3,a3,a7
   15fe4:	40d308b3          	sub	a7,t1,a3
   15fe8:	00d30b63          	beq	t1,a3,15ffe <__umoddi3+0x50>
   15fec:	01159733          	sll	a4,a1,a7
   15ff0:	00d556b3          	srl	a3,a0,a3
   15ff4:	01161833          	sll	a6,a2,a7
   15ff8:	8f55                	or	a4,a4,a3
   15ffa:	011517b3          	sll	a5,a0,a7
   15ffe:	01085613          	srl	a2,a6,0x10
   16002:	02c756b3          	divu	a3,a4,a2
   16006:	01081513          	sll	a0,a6,0x10
   1600a:	8141                	srl	a0,a0,0x10
   1600c:	02c77733          	remu	a4,a4,a2
   16010:	02a686b3          	mul	a3,a3,a0
   16014:	01071593          	sll	a1,a4,0x10
   16018:	0107d713          	srl	a4,a5,0x10
   1601c:	8f4d                	or	a4,a4,a1
   1601e:	00d77863          	bgeu	a4,a3,1602e <__umoddi3+0x80>
   16022:	9742                	add	a4,a4,a6
   16024:	01076563          	bltu	a4,a6,1602e <__umoddi3+0x80>
   16028:	00d77363          	bgeu	a4,a3,1602e <__umoddi3+0x80>
   1602c:	9742                	add	a4,a4,a6
   1602e:	8f15                	sub	a4,a4,a3
   16030:	02c756b3          	divu	a3,a4,a2
   16034:	02c77733          	remu	a4,a4,a2
   16038:	02a686b3          	mul	a3,a3,a0
   1603c:	07c2                	sll	a5,a5,0x10
   1603e:	0742                	sll	a4,a4,0x10
   16040:	83c1                	srl	a5,a5,0x10
   16042:	8fd9                	or	a5,a5,a4
   16044:	00d7f863          	bgeu	a5,a3,16054 <__umoddi3+0xa6>
   16048:	97c2                	add	a5,a5,a6
   1604a:	0107e563          	bltu	a5,a6,16054 <__umoddi3+0xa6>
   1604e:	00d7f363          	bgeu	a5,a3,16054 <__umoddi3+0xa6>
   16052:	97c2                	add	a5,a5,a6
   16054:	8f95                	sub	a5,a5,a3
   16056:	0117d533          	srl	a0,a5,a7
   1605a:	4581                	li	a1,0
   1605c:	8082                	ret
   1605e:	01000337          	lui	t1,0x1000
   16062:	46c1                	li	a3,16
   16064:	f66668e3          	bltu	a2,t1,15fd4 <__umoddi3+0x26>
   16068:	46e1                	li	a3,24
   1606a:	b7ad                	j	15fd4 <__umoddi3+0x26>
   1606c:	4681                	li	a3,0
   1606e:	ca09                	beqz	a2,16080 <__umoddi3+0xd2>
   16070:	6741                	lui	a4,0x10
   16072:	06e67463          	bgeu	a2,a4,160da <__umoddi3+0x12c>
   16076:	10063693          	sltiu	a3,a2,256
   1607a:	0016c693          	xor	a3,a3,1
   1607e:	068e                	sll	a3,a3,0x3
   16080:	00d65733          	srl	a4,a2,a3
   16084:	98ba                	add	a7,a7,a4
   16086:	0008c703          	lbu	a4,0(a7)
   1608a:	9736                	add	a4,a4,a3
   1608c:	02000693          	li	a3,32
   16090:	40e688b3          	sub	a7,a3,a4
   16094:	04e69a63          	bne	a3,a4,160e8 <__umoddi3+0x13a>
   16098:	40c58733          	sub	a4,a1,a2
   1609c:	01085593          	srl	a1,a6,0x10
   160a0:	02b75633          	divu	a2,a4,a1
   160a4:	01081513          	sll	a0,a6,0x10
   160a8:	8141                	srl	a0,a0,0x10
   160aa:	0107d693          	srl	a3,a5,0x10
   160ae:	02b77733          	remu	a4,a4,a1
   160b2:	02a60633          	mul	a2,a2,a0
   160b6:	0742                	sll	a4,a4,0x10
   160b8:	8f55                	or	a4,a4,a3
   160ba:	00c77863          	bgeu	a4,a2,160ca <__umoddi3+0x11c>
   160be:	9742                	add	a4,a4,a6
   160c0:	01076563          	bltu	a4,a6,160ca <__umoddi3+0x11c>
   160c4:	00c77363          	bgeu	a4,a2,160ca <__umoddi3+0x11c>
   160c8:	9742                	add	a4,a4,a6
   160ca:	8f11                	sub	a4,a4,a2
   160cc:	02b756b3          	divu	a3,a4,a1
   160d0:	02b77733          	remu	a4,a4,a1
   160d4:	02a686b3          	mul	a3,a3,a0
   160d8:	b795                	j	1603c <__umoddi3+0x8e>
   160da:	01000737          	lui	a4,0x1000
   160de:	46c1                	li	a3,16
   160e0:	fae660e3          	bltu	a2,a4,16080 <__umoddi3+0xd2>
   160e4:	46e1                	li	a3,24
   160e6:	bf69                	j	16080 <__umoddi3+0xd2>
   160e8:	01161833          	sll	a6,a2,a7
   160ec:	00e5d6b3          	srl	a3,a1,a4
   160f0:	011517b3          	sll	a5,a0,a7
   160f4:	011595b3          	sll	a1,a1,a7
   160f8:	00e55733          	srl	a4,a0,a4
   160fc:	01085513          	srl	a0,a6,0x10
   16100:	8f4d                	or	a4,a4,a1
   16102:	02a6d5b3          	divu	a1,a3,a0
   16106:	01081313          	sll	t1,a6,0x10
   1610a:	01035313          	srl	t1,t1,0x10
   1610e:	02a6f6b3          	remu	a3,a3,a0
   16112:	026585b3          	mul	a1,a1,t1
   16116:	01069613          	sll	a2,a3,0x10
   1611a:	01075693          	srl	a3,a4,0x10
   1611e:	8ed1                	or	a3,a3,a2
   16120:	00b6f863          	bgeu	a3,a1,16130 <__umoddi3+0x182>
   16124:	96c2                	add	a3,a3,a6
   16126:	0106e563          	bltu	a3,a6,16130 <__umoddi3+0x182>
   1612a:	00b6f363          	bgeu	a3,a1,16130 <__umoddi3+0x182>
   1612e:	96c2                	add	a3,a3,a6
   16130:	8e8d                	sub	a3,a3,a1
   16132:	02a6d633          	divu	a2,a3,a0
   16136:	0742                	sll	a4,a4,0x10
   16138:	8341                	srl	a4,a4,0x10
   1613a:	02a6f6b3          	remu	a3,a3,a0
   1613e:	02660633          	mul	a2,a2,t1
   16142:	06c2                	sll	a3,a3,0x10
   16144:	8f55                	or	a4,a4,a3
   16146:	00c77863          	bgeu	a4,a2,16156 <__umoddi3+0x1a8>
   1614a:	9742                	add	a4,a4,a6
   1614c:	01076563          	bltu	a4,a6,16156 <__umoddi3+0x1a8>
   16150:	00c77363          	bgeu	a4,a2,16156 <__umoddi3+0x1a8>
   16154:	9742                	add	a4,a4,a6
   16156:	8f11                	sub	a4,a4,a2
   16158:	b791                	j	1609c <__umoddi3+0xee>
   1615a:	16d5ed63          	bltu	a1,a3,162d4 <__umoddi3+0x326>
   1615e:	6841                	lui	a6,0x10
   16160:	0506f763          	bgeu	a3,a6,161ae <__umoddi3+0x200>
   16164:	1006b813          	sltiu	a6,a3,256
   16168:	00184813          	xor	a6,a6,1
   1616c:	080e                	sll	a6,a6,0x3
   1616e:	0106d333          	srl	t1,a3,a6
   16172:	00002897          	auipc	a7,0x2
   16176:	a7288893          	add	a7,a7,-1422 # 17be4 <__clz_tab>
   1617a:	989a                	add	a7,a7,t1
   1617c:	0008c883          	lbu	a7,0(a7)
   16180:	02000313          	li	t1,32
   16184:	98c2                	add	a7,a7,a6
   16186:	41130833          	sub	a6,t1,a7
   1618a:	03131963          	bne	t1,a7,161bc <__umoddi3+0x20e>
   1618e:	00b6e463          	bltu	a3,a1,16196 <__umoddi3+0x1e8>
   16192:	00c56b63          	bltu	a0,a2,161a8 <__umoddi3+0x1fa>
   16196:	40c50633          	sub	a2,a0,a2
   1619a:	40d586b3          	sub	a3,a1,a3
   1619e:	00c53733          	sltu	a4,a0,a2
   161a2:	87b2                	mv	a5,a2
   161a4:	40e68733          	sub	a4,a3,a4
   161a8:	853e                	mv	a0,a5
   161aa:	85ba                	mv	a1,a4
   161ac:	8082                	ret
   161ae:	010008b7          	lui	a7,0x1000
   161b2:	4841                	li	a6,16
   161b4:	fb16ede3          	bltu	a3,a7,1616e <__umoddi3+0x1c0>
   161b8:	4861                	li	a6,24
   161ba:	bf55                	j	1616e <__umoddi3+0x1c0>
   161bc:	011657b3          	srl	a5,a2,a7
   161c0:	010696b3          	sll	a3,a3,a6
   161c4:	8edd                	or	a3,a3,a5
   161c6:	0115d733          	srl	a4,a1,a7
   161ca:	0106de13          	srl	t3,a3,0x10
   161ce:	03c75f33          	divu	t5,a4,t3
   161d2:	01069313          	sll	t1,a3,0x10
   161d6:	01035313          	srl	t1,t1,0x10
   161da:	010597b3          	sll	a5,a1,a6
   161de:	011555b3          	srl	a1,a0,a7
   161e2:	8ddd                	or	a1,a1,a5
   161e4:	0105d793          	srl	a5,a1,0x10
   161e8:	01061633          	sll	a2,a2,a6
   161ec:	01051533          	sll	a0,a0,a6
   161f0:	03c77733          	remu	a4,a4,t3
   161f4:	03e30eb3          	mul	t4,t1,t5
   161f8:	0742                	sll	a4,a4,0x10
   161fa:	8fd9                	or	a5,a5,a4
   161fc:	877a                	mv	a4,t5
   161fe:	01d7fc63          	bgeu	a5,t4,16216 <__umoddi3+0x268>
   16202:	97b6                	add	a5,a5,a3
   16204:	ffff0713          	add	a4,t5,-1
   16208:	00d7e763          	bltu	a5,a3,16216 <__umoddi3+0x268>
   1620c:	01d7f563          	bgeu	a5,t4,16216 <__umoddi3+0x268>
   16210:	ffef0713          	add	a4,t5,-2
   16214:	97b6                	add	a5,a5,a3
   16216:	41d787b3          	sub	a5,a5,t4
   1621a:	03c7deb3          	divu	t4,a5,t3
   1621e:	05c2                	sll	a1,a1,0x10
   16220:	81c1                	srl	a1,a1,0x10
   16222:	03c7f7b3          	remu	a5,a5,t3
   16226:	8e76                	mv	t3,t4
   16228:	03d30333          	mul	t1,t1,t4
   1622c:	07c2                	sll	a5,a5,0x10
   1622e:	8ddd                	or	a1,a1,a5
   16230:	0065fc63          	bgeu	a1,t1,16248 <__umoddi3+0x29a>
   16234:	95b6                	add	a1,a1,a3
   16236:	fffe8e13          	add	t3,t4,-1
   1623a:	00d5e763          	bltu	a1,a3,16248 <__umoddi3+0x29a>
   1623e:	0065f563          	bgeu	a1,t1,16248 <__umoddi3+0x29a>
   16242:	ffee8e13          	add	t3,t4,-2
   16246:	95b6                	add	a1,a1,a3
   16248:	01071793          	sll	a5,a4,0x10
   1624c:	6f41                	lui	t5,0x10
   1624e:	01c7e7b3          	or	a5,a5,t3
   16252:	406585b3          	sub	a1,a1,t1
   16256:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   1625a:	0067f733          	and	a4,a5,t1
   1625e:	01065e13          	srl	t3,a2,0x10
   16262:	83c1                	srl	a5,a5,0x10
   16264:	00667333          	and	t1,a2,t1
   16268:	02670eb3          	mul	t4,a4,t1
   1626c:	02678333          	mul	t1,a5,t1
   16270:	03c70733          	mul	a4,a4,t3
   16274:	03c787b3          	mul	a5,a5,t3
   16278:	00670e33          	add	t3,a4,t1
   1627c:	010ed713          	srl	a4,t4,0x10
   16280:	9772                	add	a4,a4,t3
   16282:	00677363          	bgeu	a4,t1,16288 <__umoddi3+0x2da>
   16286:	97fa                	add	a5,a5,t5
   16288:	01075313          	srl	t1,a4,0x10
   1628c:	979a                	add	a5,a5,t1
   1628e:	6341                	lui	t1,0x10
   16290:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   16292:	00677733          	and	a4,a4,t1
   16296:	0742                	sll	a4,a4,0x10
   16298:	006efeb3          	and	t4,t4,t1
   1629c:	9776                	add	a4,a4,t4
   1629e:	00f5e663          	bltu	a1,a5,162aa <__umoddi3+0x2fc>
   162a2:	00f59b63          	bne	a1,a5,162b8 <__umoddi3+0x30a>
   162a6:	00e57963          	bgeu	a0,a4,162b8 <__umoddi3+0x30a>
   162aa:	40c70633          	sub	a2,a4,a2
   162ae:	00c73333          	sltu	t1,a4,a2
   162b2:	969a                	add	a3,a3,t1
   162b4:	8732                	mv	a4,a2
   162b6:	8f95                	sub	a5,a5,a3
   162b8:	40e50733          	sub	a4,a0,a4
   162bc:	00e53533          	sltu	a0,a0,a4
   162c0:	8d9d                	sub	a1,a1,a5
   162c2:	8d89                	sub	a1,a1,a0
   162c4:	011598b3          	sll	a7,a1,a7
   162c8:	01075733          	srl	a4,a4,a6
   162cc:	00e8e533          	or	a0,a7,a4
   162d0:	0105d5b3          	srl	a1,a1,a6
   162d4:	8082                	ret

000162d6 <__riscv_save_12>:
   162d6:	7139                	add	sp,sp,-64
   162d8:	4301                	li	t1,0
   162da:	c66e                	sw	s11,12(sp)
   162dc:	a019                	j	162e2 <__riscv_save_10+0x4>

000162de <__riscv_save_10>:
   162de:	7139                	add	sp,sp,-64
   162e0:	5341                	li	t1,-16
   162e2:	c86a                	sw	s10,16(sp)
   162e4:	ca66                	sw	s9,20(sp)
   162e6:	cc62                	sw	s8,24(sp)
   162e8:	ce5e                	sw	s7,28(sp)
   162ea:	a019                	j	162f0 <__riscv_save_4+0x4>

000162ec <__riscv_save_4>:
   162ec:	7139                	add	sp,sp,-64
   162ee:	5301                	li	t1,-32
   162f0:	d05a                	sw	s6,32(sp)
   162f2:	d256                	sw	s5,36(sp)
   162f4:	d452                	sw	s4,40(sp)
   162f6:	d64e                	sw	s3,44(sp)
   162f8:	d84a                	sw	s2,48(sp)
   162fa:	da26                	sw	s1,52(sp)
   162fc:	dc22                	sw	s0,56(sp)
   162fe:	de06                	sw	ra,60(sp)
   16300:	40610133          	sub	sp,sp,t1
   16304:	8282                	jr	t0

00016306 <__riscv_save_0>:
   16306:	1141                	add	sp,sp,-16
   16308:	c04a                	sw	s2,0(sp)
   1630a:	c226                	sw	s1,4(sp)
   1630c:	c422                	sw	s0,8(sp)
   1630e:	c606                	sw	ra,12(sp)
   16310:	8282                	jr	t0

00016312 <__riscv_restore_12>:
   16312:	4db2                	lw	s11,12(sp)
   16314:	0141                	add	sp,sp,16

00016316 <__riscv_restore_10>:
   16316:	4d02                	lw	s10,0(sp)
   16318:	4c92                	lw	s9,4(sp)
   1631a:	4c22                	lw	s8,8(sp)
   1631c:	4bb2                	lw	s7,12(sp)
   1631e:	0141                	add	sp,sp,16

00016320 <__riscv_restore_4>:
   16320:	4b02                	lw	s6,0(sp)
   16322:	4a92                	lw	s5,4(sp)
   16324:	4a22                	lw	s4,8(sp)
   16326:	49b2                	lw	s3,12(sp)
   16328:	0141                	add	sp,sp,16

0001632a <__riscv_restore_0>:
   1632a:	4902                	lw	s2,0(sp)
   1632c:	4492                	lw	s1,4(sp)
   1632e:	4422                	lw	s0,8(sp)
   16330:	40b2                	lw	ra,12(sp)
   16332:	0141                	add	sp,sp,16
   16334:	8082                	ret
