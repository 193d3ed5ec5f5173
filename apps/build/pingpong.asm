
build/pingpong.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	2b71                	jal	105b0 <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2be5                	jal	10614 <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	7119                	add	sp,sp,-128
   10022:	d8ca                	sw	s2,112(sp)
   10024:	6951                	lui	s2,0x14
   10026:	daa6                	sw	s1,116(sp)
   10028:	84aa                	mv	s1,a0
   1002a:	02090513          	add	a0,s2,32 # 14020 <self>
   1002e:	dca2                	sw	s0,120(sp)
   10030:	de86                	sw	ra,124(sp)
   10032:	d6ce                	sw	s3,108(sp)
   10034:	d4d2                	sw	s4,104(sp)
   10036:	d2d6                	sw	s5,100(sp)
   10038:	d0da                	sw	s6,96(sp)
   1003a:	cede                	sw	s7,92(sp)
   1003c:	cce2                	sw	s8,88(sp)
   1003e:	cae6                	sw	s9,84(sp)
   10040:	c8ea                	sw	s10,80(sp)
   10042:	c6ee                	sw	s11,76(sp)
   10044:	842e                	mv	s0,a1
   10046:	2929                	jal	10460 <net_info>
   10048:	24054963          	bltz	a0,1029a <main+0x27a>
   1004c:	4785                	li	a5,1
   1004e:	0097df63          	bge	a5,s1,1006c <main+0x4c>
   10052:	4048                	lw	a0,4(s0)
   10054:	65cd                	lui	a1,0x13
   10056:	02c58593          	add	a1,a1,44 # 1302c <__riscv_restore_0+0x948>
   1005a:	2b3d                	jal	10598 <strcmp>
   1005c:	cd0d                	beqz	a0,10096 <main+0x76>
   1005e:	4048                	lw	a0,4(s0)
   10060:	65cd                	lui	a1,0x13
   10062:	0f058593          	add	a1,a1,240 # 130f0 <__riscv_restore_0+0xa0c>
   10066:	2b0d                	jal	10598 <strcmp>
   10068:	0c050163          	beqz	a0,1012a <main+0x10a>
   1006c:	654d                	lui	a0,0x13
   1006e:	18850513          	add	a0,a0,392 # 13188 <__riscv_restore_0+0xaa4>
   10072:	23c1                	jal	10632 <printf>
   10074:	4b89                	li	s7,2
   10076:	50f6                	lw	ra,124(sp)
   10078:	5466                	lw	s0,120(sp)
   1007a:	54d6                	lw	s1,116(sp)
   1007c:	5946                	lw	s2,112(sp)
   1007e:	59b6                	lw	s3,108(sp)
   10080:	5a26                	lw	s4,104(sp)
   10082:	5a96                	lw	s5,100(sp)
   10084:	5b06                	lw	s6,96(sp)
   10086:	4c66                	lw	s8,88(sp)
   10088:	4cd6                	lw	s9,84(sp)
   1008a:	4d46                	lw	s10,80(sp)
   1008c:	4db6                	lw	s11,76(sp)
   1008e:	855e                	mv	a0,s7
   10090:	4bf6                	lw	s7,92(sp)
   10092:	6109                	add	sp,sp,128
   10094:	8082                	ret
   10096:	02090693          	add	a3,s2,32
   1009a:	0056c883          	lbu	a7,5(a3)
   1009e:	0046c803          	lbu	a6,4(a3)
   100a2:	0036c783          	lbu	a5,3(a3)
   100a6:	0026c703          	lbu	a4,2(a3)
   100aa:	02094603          	lbu	a2,32(s2)
   100ae:	0016c683          	lbu	a3,1(a3)
   100b2:	65cd                	lui	a1,0x13
   100b4:	03458593          	add	a1,a1,52 # 13034 <__riscv_restore_0+0x950>
   100b8:	1068                	add	a0,sp,44
   100ba:	2b79                	jal	10658 <sprintf>
   100bc:	654d                	lui	a0,0x13
   100be:	106c                	add	a1,sp,44
   100c0:	05450513          	add	a0,a0,84 # 13054 <__riscv_restore_0+0x970>
   100c4:	64bd                	lui	s1,0xf
   100c6:	23b5                	jal	10632 <printf>
   100c8:	4c01                	li	s8,0
   100ca:	02410913          	add	s2,sp,36
   100ce:	0840                	add	s0,sp,20
   100d0:	01c10b13          	add	s6,sp,28
   100d4:	a6048493          	add	s1,s1,-1440 # ea60 <errno+0xea60>
   100d8:	69cd                	lui	s3,0x13
   100da:	6a4d                	lui	s4,0x13
   100dc:	6acd                	lui	s5,0x13
   100de:	85a2                	mv	a1,s0
   100e0:	86a6                	mv	a3,s1
   100e2:	864a                	mv	a2,s2
   100e4:	855a                	mv	a0,s6
   100e6:	2c0d                	jal	10318 <recv_tag>
   100e8:	87aa                	mv	a5,a0
   100ea:	0b898593          	add	a1,s3,184 # 130b8 <__riscv_restore_0+0x9d4>
   100ee:	855a                	mv	a0,s6
   100f0:	1c07c163          	bltz	a5,102b2 <main+0x292>
   100f4:	1c078763          	beqz	a5,102c2 <main+0x2a2>
   100f8:	2145                	jal	10598 <strcmp>
   100fa:	87aa                	mv	a5,a0
   100fc:	0c8a0593          	add	a1,s4,200 # 130c8 <__riscv_restore_0+0x9e4>
   10100:	855a                	mv	a0,s6
   10102:	eb99                	bnez	a5,10118 <main+0xf8>
   10104:	4652                	lw	a2,20(sp)
   10106:	0c0a8593          	add	a1,s5,192 # 130c0 <__riscv_restore_0+0x9dc>
   1010a:	854a                	mv	a0,s2
   1010c:	2c65                	jal	103c4 <send_tag>
   1010e:	f961                	bnez	a0,100de <main+0xbe>
   10110:	47d2                	lw	a5,20(sp)
   10112:	d7f1                	beqz	a5,100de <main+0xbe>
   10114:	0c05                	add	s8,s8,1
   10116:	b7e1                	j	100de <main+0xbe>
   10118:	2141                	jal	10598 <strcmp>
   1011a:	8baa                	mv	s7,a0
   1011c:	f169                	bnez	a0,100de <main+0xbe>
   1011e:	654d                	lui	a0,0x13
   10120:	85e2                	mv	a1,s8
   10122:	0d050513          	add	a0,a0,208 # 130d0 <__riscv_restore_0+0x9ec>
   10126:	2331                	jal	10632 <printf>
   10128:	b7b9                	j	10076 <main+0x56>
   1012a:	4789                	li	a5,2
   1012c:	04f48763          	beq	s1,a5,1017a <main+0x15a>
   10130:	4408                	lw	a0,8(s0)
   10132:	29f1                	jal	1060e <atoi>
   10134:	8caa                	mv	s9,a0
   10136:	c131                	beqz	a0,1017a <main+0x15a>
   10138:	44d1                	li	s1,20
   1013a:	0840                	add	s0,sp,20
   1013c:	01c10b13          	add	s6,sp,28
   10140:	6c4d                	lui	s8,0x13
   10142:	694d                	lui	s2,0x13
   10144:	69cd                	lui	s3,0x13
   10146:	4601                	li	a2,0
   10148:	0b8c0593          	add	a1,s8,184 # 130b8 <__riscv_restore_0+0x9d4>
   1014c:	6bc90513          	add	a0,s2,1724 # 136bc <broadcast.0>
   10150:	2c95                	jal	103c4 <send_tag>
   10152:	080c                	add	a1,sp,16
   10154:	3e800693          	li	a3,1000
   10158:	865a                	mv	a2,s6
   1015a:	8522                	mv	a0,s0
   1015c:	2a75                	jal	10318 <recv_tag>
   1015e:	87aa                	mv	a5,a0
   10160:	0c098593          	add	a1,s3,192 # 130c0 <__riscv_restore_0+0x9dc>
   10164:	8522                	mv	a0,s0
   10166:	00f04d63          	bgtz	a5,10180 <main+0x160>
   1016a:	14fd                	add	s1,s1,-1
   1016c:	fce9                	bnez	s1,10146 <main+0x126>
   1016e:	654d                	lui	a0,0x13
   10170:	0f850513          	add	a0,a0,248 # 130f8 <__riscv_restore_0+0xa14>
   10174:	297d                	jal	10632 <printf>
   10176:	4b85                	li	s7,1
   10178:	bdfd                	j	10076 <main+0x56>
   1017a:	06400c93          	li	s9,100
   1017e:	bf6d                	j	10138 <main+0x118>
   10180:	2921                	jal	10598 <strcmp>
   10182:	47c2                	lw	a5,16(sp)
   10184:	14fd                	add	s1,s1,-1
   10186:	8d5d                	or	a0,a0,a5
   10188:	18048563          	beqz	s1,10312 <main+0x2f2>
   1018c:	fd4d                	bnez	a0,10146 <main+0x126>
   1018e:	01f14783          	lbu	a5,31(sp)
   10192:	02114883          	lbu	a7,33(sp)
   10196:	02014803          	lbu	a6,32(sp)
   1019a:	01e14703          	lbu	a4,30(sp)
   1019e:	01d14683          	lbu	a3,29(sp)
   101a2:	01c14603          	lbu	a2,28(sp)
   101a6:	65cd                	lui	a1,0x13
   101a8:	03458593          	add	a1,a1,52 # 13034 <__riscv_restore_0+0x950>
   101ac:	1068                	add	a0,sp,44
   101ae:	216d                	jal	10658 <sprintf>
   101b0:	654d                	lui	a0,0x13
   101b2:	106c                	add	a1,sp,44
   101b4:	11850513          	add	a0,a0,280 # 13118 <__riscv_restore_0+0xa34>
   101b8:	29ad                	jal	10632 <printf>
   101ba:	57fd                	li	a5,-1
   101bc:	c402                	sw	zero,8(sp)
   101be:	4d81                	li	s11,0
   101c0:	c63e                	sw	a5,12(sp)
   101c2:	c23e                	sw	a5,4(sp)
   101c4:	4d01                	li	s10,0
   101c6:	c002                	sw	zero,0(sp)
   101c8:	4b81                	li	s7,0
   101ca:	4a85                	li	s5,1
   101cc:	02410913          	add	s2,sp,36
   101d0:	c81024f3          	rdtimeh	s1
   101d4:	c0102a73          	rdtime	s4
   101d8:	c81027f3          	rdtimeh	a5
   101dc:	fef49ae3          	bne	s1,a5,101d0 <main+0x1b0>
   101e0:	8656                	mv	a2,s5
   101e2:	0b8c0593          	add	a1,s8,184
   101e6:	855a                	mv	a0,s6
   101e8:	2af1                	jal	103c4 <send_tag>
   101ea:	080c                	add	a1,sp,16
   101ec:	3e800693          	li	a3,1000
   101f0:	864a                	mv	a2,s2
   101f2:	8522                	mv	a0,s0
   101f4:	2215                	jal	10318 <recv_tag>
   101f6:	87aa                	mv	a5,a0
   101f8:	0c098593          	add	a1,s3,192
   101fc:	8522                	mv	a0,s0
   101fe:	08f05c63          	blez	a5,10296 <main+0x276>
   10202:	2e59                	jal	10598 <strcmp>
   10204:	f17d                	bnez	a0,101ea <main+0x1ca>
   10206:	47c2                	lw	a5,16(sp)
   10208:	ff5791e3          	bne	a5,s5,101ea <main+0x1ca>
   1020c:	c81027f3          	rdtimeh	a5
   10210:	c01026f3          	rdtime	a3
   10214:	c8102773          	rdtimeh	a4
   10218:	fee79ae3          	bne	a5,a4,1020c <main+0x1ec>
   1021c:	41468a33          	sub	s4,a3,s4
   10220:	0146b6b3          	sltu	a3,a3,s4
   10224:	8f85                	sub	a5,a5,s1
   10226:	8f95                	sub	a5,a5,a3
   10228:	4682                	lw	a3,0(sp)
   1022a:	014d0733          	add	a4,s10,s4
   1022e:	01a73633          	sltu	a2,a4,s10
   10232:	96be                	add	a3,a3,a5
   10234:	8d3a                	mv	s10,a4
   10236:	00d60733          	add	a4,a2,a3
   1023a:	c03a                	sw	a4,0(sp)
   1023c:	4712                	lw	a4,4(sp)
   1023e:	04e7e563          	bltu	a5,a4,10288 <main+0x268>
   10242:	04f70063          	beq	a4,a5,10282 <main+0x262>
   10246:	04fde563          	bltu	s11,a5,10290 <main+0x270>
   1024a:	07b78063          	beq	a5,s11,102aa <main+0x28a>
   1024e:	0a85                	add	s5,s5,1
   10250:	f95cf0e3          	bgeu	s9,s5,101d0 <main+0x1b0>
   10254:	65cd                	lui	a1,0x13
   10256:	4601                	li	a2,0
   10258:	0c858593          	add	a1,a1,200 # 130c8 <__riscv_restore_0+0x9e4>
   1025c:	855a                	mv	a0,s6
   1025e:	229d                	jal	103c4 <send_tag>
   10260:	417c8cb3          	sub	s9,s9,s7
   10264:	654d                	lui	a0,0x13
   10266:	865e                	mv	a2,s7
   10268:	85e6                	mv	a1,s9
   1026a:	13850513          	add	a0,a0,312 # 13138 <__riscv_restore_0+0xa54>
   1026e:	26d1                	jal	10632 <printf>
   10270:	060c9163          	bnez	s9,102d2 <main+0x2b2>
   10274:	654d                	lui	a0,0x13
   10276:	11450513          	add	a0,a0,276 # 13114 <__riscv_restore_0+0xa30>
   1027a:	2e65                	jal	10632 <printf>
   1027c:	01703bb3          	snez	s7,s7
   10280:	bbdd                	j	10076 <main+0x56>
   10282:	4732                	lw	a4,12(sp)
   10284:	fcea71e3          	bgeu	s4,a4,10246 <main+0x226>
   10288:	c652                	sw	s4,12(sp)
   1028a:	c23e                	sw	a5,4(sp)
   1028c:	fafdffe3          	bgeu	s11,a5,1024a <main+0x22a>
   10290:	c452                	sw	s4,8(sp)
   10292:	8dbe                	mv	s11,a5
   10294:	bf6d                	j	1024e <main+0x22e>
   10296:	0b85                	add	s7,s7,1
   10298:	bf5d                	j	1024e <main+0x22e>
   1029a:	40a005b3          	neg	a1,a0
   1029e:	654d                	lui	a0,0x13
   102a0:	00050513          	mv	a0,a0
   102a4:	2679                	jal	10632 <printf>
   102a6:	4b85                	li	s7,1
   102a8:	b3f9                	j	10076 <main+0x56>
   102aa:	4722                	lw	a4,8(sp)
   102ac:	fb4771e3          	bgeu	a4,s4,1024e <main+0x22e>
   102b0:	b7c5                	j	10290 <main+0x270>
   102b2:	654d                	lui	a0,0x13
   102b4:	40f005b3          	neg	a1,a5
   102b8:	07050513          	add	a0,a0,112 # 13070 <__riscv_restore_0+0x98c>
   102bc:	2e9d                	jal	10632 <printf>
   102be:	4b85                	li	s7,1
   102c0:	bb5d                	j	10076 <main+0x56>
   102c2:	654d                	lui	a0,0x13
   102c4:	03c00593          	li	a1,60
   102c8:	09850513          	add	a0,a0,152 # 13098 <__riscv_restore_0+0x9b4>
   102cc:	269d                	jal	10632 <printf>
   102ce:	4b85                	li	s7,1
   102d0:	b35d                	j	10076 <main+0x56>
   102d2:	4522                	lw	a0,8(sp)
   102d4:	4629                	li	a2,10
   102d6:	4681                	li	a3,0
   102d8:	85ee                	mv	a1,s11
   102da:	531010ef          	jal	1200a <__udivdi3>
   102de:	4582                	lw	a1,0(sp)
   102e0:	84aa                	mv	s1,a0
   102e2:	8666                	mv	a2,s9
   102e4:	4681                	li	a3,0
   102e6:	856a                	mv	a0,s10
   102e8:	523010ef          	jal	1200a <__udivdi3>
   102ec:	4629                	li	a2,10
   102ee:	4681                	li	a3,0
   102f0:	51b010ef          	jal	1200a <__udivdi3>
   102f4:	842a                	mv	s0,a0
   102f6:	4592                	lw	a1,4(sp)
   102f8:	4532                	lw	a0,12(sp)
   102fa:	4629                	li	a2,10
   102fc:	4681                	li	a3,0
   102fe:	50d010ef          	jal	1200a <__udivdi3>
   10302:	85aa                	mv	a1,a0
   10304:	654d                	lui	a0,0x13
   10306:	86a6                	mv	a3,s1
   10308:	8622                	mv	a2,s0
   1030a:	15c50513          	add	a0,a0,348 # 1315c <__riscv_restore_0+0xa78>
   1030e:	2615                	jal	10632 <printf>
   10310:	b795                	j	10274 <main+0x254>
   10312:	e4051ee3          	bnez	a0,1016e <main+0x14e>
   10316:	bda5                	j	1018e <main+0x16e>

00010318 <recv_tag>:
   10318:	9e010113          	add	sp,sp,-1568
   1031c:	60912a23          	sw	s1,1556(sp)
   10320:	61212823          	sw	s2,1552(sp)
   10324:	61312623          	sw	s3,1548(sp)
   10328:	61412423          	sw	s4,1544(sp)
   1032c:	61512223          	sw	s5,1540(sp)
   10330:	61612023          	sw	s6,1536(sp)
   10334:	5f712e23          	sw	s7,1532(sp)
   10338:	60112e23          	sw	ra,1564(sp)
   1033c:	60812c23          	sw	s0,1560(sp)
   10340:	8a2a                	mv	s4,a0
   10342:	8b2e                	mv	s6,a1
   10344:	8ab2                	mv	s5,a2
   10346:	84b6                	mv	s1,a3
   10348:	4955                	li	s2,21
   1034a:	08800993          	li	s3,136
   1034e:	0b500b93          	li	s7,181
   10352:	8626                	mv	a2,s1
   10354:	5ea00593          	li	a1,1514
   10358:	0048                	add	a0,sp,4
   1035a:	2a31                	jal	10476 <net_recv>
   1035c:	842a                	mv	s0,a0
   1035e:	02a05d63          	blez	a0,10398 <recv_tag+0x80>
   10362:	fea958e3          	bge	s2,a0,10352 <recv_tag+0x3a>
   10366:	01014783          	lbu	a5,16(sp)
   1036a:	ff3794e3          	bne	a5,s3,10352 <recv_tag+0x3a>
   1036e:	01114783          	lbu	a5,17(sp)
   10372:	ff7790e3          	bne	a5,s7,10352 <recv_tag+0x3a>
   10376:	4611                	li	a2,4
   10378:	01210593          	add	a1,sp,18
   1037c:	8552                	mv	a0,s4
   1037e:	2411                	jal	10582 <memcpy>
   10380:	4611                	li	a2,4
   10382:	01610593          	add	a1,sp,22
   10386:	000a0223          	sb	zero,4(s4)
   1038a:	855a                	mv	a0,s6
   1038c:	2add                	jal	10582 <memcpy>
   1038e:	4619                	li	a2,6
   10390:	00a10593          	add	a1,sp,10
   10394:	8556                	mv	a0,s5
   10396:	22f5                	jal	10582 <memcpy>
   10398:	61c12083          	lw	ra,1564(sp)
   1039c:	8522                	mv	a0,s0
   1039e:	61812403          	lw	s0,1560(sp)
   103a2:	61412483          	lw	s1,1556(sp)
   103a6:	61012903          	lw	s2,1552(sp)
   103aa:	60c12983          	lw	s3,1548(sp)
   103ae:	60812a03          	lw	s4,1544(sp)
   103b2:	60412a83          	lw	s5,1540(sp)
   103b6:	60012b03          	lw	s6,1536(sp)
   103ba:	5fc12b83          	lw	s7,1532(sp)
   103be:	62010113          	add	sp,sp,1568
   103c2:	8082                	ret

000103c4 <send_tag>:
   103c4:	7139                	add	sp,sp,-64
   103c6:	dc22                	sw	s0,56(sp)
   103c8:	c632                	sw	a2,12(sp)
   103ca:	842e                	mv	s0,a1
   103cc:	4619                	li	a2,6
   103ce:	85aa                	mv	a1,a0
   103d0:	0828                	add	a0,sp,24
   103d2:	de06                	sw	ra,60(sp)
   103d4:	227d                	jal	10582 <memcpy>
   103d6:	65d1                	lui	a1,0x14
   103d8:	4619                	li	a2,6
   103da:	02058593          	add	a1,a1,32 # 14020 <self>
   103de:	01e10513          	add	a0,sp,30
   103e2:	2245                	jal	10582 <memcpy>
   103e4:	77ed                	lui	a5,0xffffb
   103e6:	58878793          	add	a5,a5,1416 # ffffb588 <__global_pointer$+0xfffe6d70>
   103ea:	85a2                	mv	a1,s0
   103ec:	4611                	li	a2,4
   103ee:	02610513          	add	a0,sp,38
   103f2:	02f11223          	sh	a5,36(sp)
   103f6:	2271                	jal	10582 <memcpy>
   103f8:	006c                	add	a1,sp,12
   103fa:	4611                	li	a2,4
   103fc:	02a10513          	add	a0,sp,42
   10400:	2249                	jal	10582 <memcpy>
   10402:	0828                	add	a0,sp,24
   10404:	45d9                	li	a1,22
   10406:	209d                	jal	1046c <net_send>
   10408:	50f2                	lw	ra,60(sp)
   1040a:	5462                	lw	s0,56(sp)
   1040c:	00152793          	slti	a5,a0,1
   10410:	40f007b3          	neg	a5,a5
   10414:	8d7d                	and	a0,a0,a5
   10416:	6121                	add	sp,sp,64
   10418:	8082                	ret

0001041a <write>:
   1041a:	4889                	li	a7,2
   1041c:	00000073          	ecall
   10420:	00054363          	bltz	a0,10426 <write+0xc>
   10424:	8082                	ret
   10426:	fff54793          	not	a5,a0
   1042a:	02500693          	li	a3,37
   1042e:	4715                	li	a4,5
   10430:	00f6e863          	bltu	a3,a5,10440 <write+0x26>
   10434:	674d                	lui	a4,0x13
   10436:	1b870713          	add	a4,a4,440 # 131b8 <CSWTCH.24>
   1043a:	97ba                	add	a5,a5,a4
   1043c:	00078703          	lb	a4,0(a5)
   10440:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10444:	557d                	li	a0,-1
   10446:	8082                	ret

00010448 <_exit>:
   10448:	1141                	add	sp,sp,-16
   1044a:	c422                	sw	s0,8(sp)
   1044c:	c606                	sw	ra,12(sp)
   1044e:	842a                	mv	s0,a0
   10450:	28e5                	jal	10548 <ulib_flush_stdout>
   10452:	8522                	mv	a0,s0
   10454:	4581                	li	a1,0
   10456:	4601                	li	a2,0
   10458:	4885                	li	a7,1
   1045a:	00000073          	ecall
   1045e:	a001                	j	1045e <_exit+0x16>

00010460 <net_info>:
   10460:	4581                	li	a1,0
   10462:	4601                	li	a2,0
   10464:	48c1                	li	a7,16
   10466:	00000073          	ecall
   1046a:	8082                	ret

0001046c <net_send>:
   1046c:	4601                	li	a2,0
   1046e:	48c5                	li	a7,17
   10470:	00000073          	ecall
   10474:	8082                	ret

00010476 <net_recv>:
   10476:	1141                	add	sp,sp,-16
   10478:	c422                	sw	s0,8(sp)
   1047a:	c226                	sw	s1,4(sp)
   1047c:	c04a                	sw	s2,0(sp)
   1047e:	c606                	sw	ra,12(sp)
   10480:	892a                	mv	s2,a0
   10482:	84ae                	mv	s1,a1
   10484:	8432                	mv	s0,a2
   10486:	20c9                	jal	10548 <ulib_flush_stdout>
   10488:	854a                	mv	a0,s2
   1048a:	85a6                	mv	a1,s1
   1048c:	8622                	mv	a2,s0
   1048e:	48c9                	li	a7,18
   10490:	00000073          	ecall
   10494:	40b2                	lw	ra,12(sp)
   10496:	4422                	lw	s0,8(sp)
   10498:	4492                	lw	s1,4(sp)
   1049a:	4902                	lw	s2,0(sp)
   1049c:	0141                	add	sp,sp,16
   1049e:	8082                	ret

000104a0 <stdout_flush>:
   104a0:	1141                	add	sp,sp,-16
   104a2:	c04a                	sw	s2,0(sp)
   104a4:	c422                	sw	s0,8(sp)
   104a6:	8101a403          	lw	s0,-2032(gp) # 14028 <out_len>
   104aa:	c606                	sw	ra,12(sp)
   104ac:	c226                	sw	s1,4(sp)
   104ae:	cc11                	beqz	s0,104ca <stdout_flush+0x2a>
   104b0:	64d1                	lui	s1,0x14
   104b2:	02c48493          	add	s1,s1,44 # 1402c <out_buf>
   104b6:	a019                	j	104bc <stdout_flush+0x1c>
   104b8:	94aa                	add	s1,s1,a0
   104ba:	c801                	beqz	s0,104ca <stdout_flush+0x2a>
   104bc:	8622                	mv	a2,s0
   104be:	85a6                	mv	a1,s1
   104c0:	4505                	li	a0,1
   104c2:	3fa1                	jal	1041a <write>
   104c4:	8c09                	sub	s0,s0,a0
   104c6:	fea049e3          	bgtz	a0,104b8 <stdout_flush+0x18>
   104ca:	40b2                	lw	ra,12(sp)
   104cc:	4422                	lw	s0,8(sp)
   104ce:	8001a823          	sw	zero,-2032(gp) # 14028 <out_len>
   104d2:	4492                	lw	s1,4(sp)
   104d4:	4902                	lw	s2,0(sp)
   104d6:	4501                	li	a0,0
   104d8:	0141                	add	sp,sp,16
   104da:	8082                	ret

000104dc <stdout_put>:
   104dc:	1101                	add	sp,sp,-32
   104de:	c64e                	sw	s3,12(sp)
   104e0:	8101a783          	lw	a5,-2032(gp) # 14028 <out_len>
   104e4:	ca26                	sw	s1,20(sp)
   104e6:	64d1                	lui	s1,0x14
   104e8:	02c48493          	add	s1,s1,44 # 1402c <out_buf>
   104ec:	cc22                	sw	s0,24(sp)
   104ee:	c84a                	sw	s2,16(sp)
   104f0:	00178413          	add	s0,a5,1
   104f4:	ce06                	sw	ra,28(sp)
   104f6:	97a6                	add	a5,a5,s1
   104f8:	00a78023          	sb	a0,0(a5)
   104fc:	8081a823          	sw	s0,-2032(gp) # 14028 <out_len>
   10500:	47a9                	li	a5,10
   10502:	892a                	mv	s2,a0
   10504:	00f50e63          	beq	a0,a5,10520 <stdout_put+0x44>
   10508:	20000793          	li	a5,512
   1050c:	00f40b63          	beq	s0,a5,10522 <stdout_put+0x46>
   10510:	40f2                	lw	ra,28(sp)
   10512:	4462                	lw	s0,24(sp)
   10514:	44d2                	lw	s1,20(sp)
   10516:	49b2                	lw	s3,12(sp)
   10518:	854a                	mv	a0,s2
   1051a:	4942                	lw	s2,16(sp)
   1051c:	6105                	add	sp,sp,32
   1051e:	8082                	ret
   10520:	c811                	beqz	s0,10534 <stdout_put+0x58>
   10522:	8622                	mv	a2,s0
   10524:	85a6                	mv	a1,s1
   10526:	4505                	li	a0,1
   10528:	3dcd                	jal	1041a <write>
   1052a:	8c09                	sub	s0,s0,a0
   1052c:	00a05463          	blez	a0,10534 <stdout_put+0x58>
   10530:	94aa                	add	s1,s1,a0
   10532:	f865                	bnez	s0,10522 <stdout_put+0x46>
   10534:	40f2                	lw	ra,28(sp)
   10536:	4462                	lw	s0,24(sp)
   10538:	8001a823          	sw	zero,-2032(gp) # 14028 <out_len>
   1053c:	44d2                	lw	s1,20(sp)
   1053e:	49b2                	lw	s3,12(sp)
   10540:	854a                	mv	a0,s2
   10542:	4942                	lw	s2,16(sp)
   10544:	6105                	add	sp,sp,32
   10546:	8082                	ret

00010548 <ulib_flush_stdout>:
   10548:	1141                	add	sp,sp,-16
   1054a:	c04a                	sw	s2,0(sp)
   1054c:	c422                	sw	s0,8(sp)
   1054e:	8101a403          	lw	s0,-2032(gp) # 14028 <out_len>
   10552:	c606                	sw	ra,12(sp)
   10554:	c226                	sw	s1,4(sp)
   10556:	cc11                	beqz	s0,10572 <ulib_flush_stdout+0x2a>
   10558:	64d1                	lui	s1,0x14
   1055a:	02c48493          	add	s1,s1,44 # 1402c <out_buf>
   1055e:	a019                	j	10564 <ulib_flush_stdout+0x1c>
   10560:	94aa                	add	s1,s1,a0
   10562:	c801                	beqz	s0,10572 <ulib_flush_stdout+0x2a>
   10564:	8622                	mv	a2,s0
   10566:	85a6                	mv	a1,s1
   10568:	4505                	li	a0,1
   1056a:	3d45                	jal	1041a <write>
   1056c:	8c09                	sub	s0,s0,a0
   1056e:	fea049e3          	bgtz	a0,10560 <ulib_flush_stdout+0x18>
   10572:	40b2                	lw	ra,12(sp)
   10574:	4422                	lw	s0,8(sp)
   10576:	8001a823          	sw	zero,-2032(gp) # 14028 <out_len>
   1057a:	4492                	lw	s1,4(sp)
   1057c:	4902                	lw	s2,0(sp)
   1057e:	0141                	add	sp,sp,16
   10580:	8082                	ret

00010582 <memcpy>:
   10582:	832a                	mv	t1,a0
   10584:	ca09                	beqz	a2,10596 <memcpy+0x14>
   10586:	00058383          	lb	t2,0(a1)
   1058a:	00730023          	sb	t2,0(t1)
   1058e:	167d                	add	a2,a2,-1
   10590:	0305                	add	t1,t1,1
   10592:	0585                	add	a1,a1,1
   10594:	fa6d                	bnez	a2,10586 <memcpy+0x4>
   10596:	8082                	ret

00010598 <strcmp>:
   10598:	00054603          	lbu	a2,0(a0)
   1059c:	0005c683          	lbu	a3,0(a1)
   105a0:	0505                	add	a0,a0,1
   105a2:	0585                	add	a1,a1,1
   105a4:	00d61363          	bne	a2,a3,105aa <strcmp+0x12>
   105a8:	fa65                	bnez	a2,10598 <strcmp>
   105aa:	40d60533          	sub	a0,a2,a3
   105ae:	8082                	ret

000105b0 <__libc_init_array>:
   105b0:	110022ef          	jal	t0,126c0 <__riscv_save_0>
   105b4:	64cd                	lui	s1,0x13
   105b6:	644d                	lui	s0,0x13
   105b8:	6d048793          	add	a5,s1,1744 # 136d0 <__fini_array_end>
   105bc:	6d040413          	add	s0,s0,1744 # 136d0 <__fini_array_end>
   105c0:	8c1d                	sub	s0,s0,a5
   105c2:	8409                	sra	s0,s0,0x2
   105c4:	6d048493          	add	s1,s1,1744
   105c8:	4901                	li	s2,0
   105ca:	02891863          	bne	s2,s0,105fa <__libc_init_array+0x4a>
   105ce:	00000793          	li	a5,0
   105d2:	c789                	beqz	a5,105dc <__libc_init_array+0x2c>
   105d4:	00000097          	auipc	ra,0x0
   105d8:	000000e7          	jalr	zero # 0 <errno>
   105dc:	64cd                	lui	s1,0x13
   105de:	644d                	lui	s0,0x13
   105e0:	6d048793          	add	a5,s1,1744 # 136d0 <__fini_array_end>
   105e4:	6d040413          	add	s0,s0,1744 # 136d0 <__fini_array_end>
   105e8:	8c1d                	sub	s0,s0,a5
   105ea:	8409                	sra	s0,s0,0x2
   105ec:	6d048493          	add	s1,s1,1744
   105f0:	4901                	li	s2,0
   105f2:	00891963          	bne	s2,s0,10604 <__libc_init_array+0x54>
   105f6:	0ee0206f          	j	126e4 <__riscv_restore_0>
   105fa:	409c                	lw	a5,0(s1)
   105fc:	0905                	add	s2,s2,1
   105fe:	0491                	add	s1,s1,4
   10600:	9782                	jalr	a5
   10602:	b7e1                	j	105ca <__libc_init_array+0x1a>
   10604:	409c                	lw	a5,0(s1)
   10606:	0905                	add	s2,s2,1
   10608:	0491                	add	s1,s1,4
   1060a:	9782                	jalr	a5
   1060c:	b7dd                	j	105f2 <__libc_init_array+0x42>

0001060e <atoi>:
   1060e:	4629                	li	a2,10
   10610:	4581                	li	a1,0
   10612:	a055                	j	106b6 <strtol>

00010614 <exit>:
   10614:	0ac022ef          	jal	t0,126c0 <__riscv_save_0>
   10618:	00000793          	li	a5,0
   1061c:	842a                	mv	s0,a0
   1061e:	c791                	beqz	a5,1062a <exit+0x16>
   10620:	4581                	li	a1,0
   10622:	00000097          	auipc	ra,0x0
   10626:	000000e7          	jalr	zero # 0 <errno>
   1062a:	103010ef          	jal	11f2c <__libc_fini_array>
   1062e:	8522                	mv	a0,s0
   10630:	3d21                	jal	10448 <_exit>

00010632 <printf>:
   10632:	7139                	add	sp,sp,-64
   10634:	da3e                	sw	a5,52(sp)
   10636:	67cd                	lui	a5,0x13
   10638:	d22e                	sw	a1,36(sp)
   1063a:	85aa                	mv	a1,a0
   1063c:	6c47a503          	lw	a0,1732(a5) # 136c4 <stdout>
   10640:	d432                	sw	a2,40(sp)
   10642:	1050                	add	a2,sp,36
   10644:	ce06                	sw	ra,28(sp)
   10646:	d636                	sw	a3,44(sp)
   10648:	d83a                	sw	a4,48(sp)
   1064a:	dc42                	sw	a6,56(sp)
   1064c:	de46                	sw	a7,60(sp)
   1064e:	c632                	sw	a2,12(sp)
   10650:	2e95                	jal	109c4 <__d_vfprintf>
   10652:	40f2                	lw	ra,28(sp)
   10654:	6121                	add	sp,sp,64
   10656:	8082                	ret

00010658 <sprintf>:
   10658:	711d                	add	sp,sp,-96
   1065a:	dc22                	sw	s0,56(sp)
   1065c:	da26                	sw	s1,52(sp)
   1065e:	842a                	mv	s0,a0
   10660:	84ae                	mv	s1,a1
   10662:	c4b2                	sw	a2,72(sp)
   10664:	4581                	li	a1,0
   10666:	02000613          	li	a2,32
   1066a:	0808                	add	a0,sp,16
   1066c:	de06                	sw	ra,60(sp)
   1066e:	cabe                	sw	a5,84(sp)
   10670:	c6b6                	sw	a3,76(sp)
   10672:	c8ba                	sw	a4,80(sp)
   10674:	ccc2                	sw	a6,88(sp)
   10676:	cec6                	sw	a7,92(sp)
   10678:	0a5010ef          	jal	11f1c <memset>
   1067c:	4789                	li	a5,2
   1067e:	00f10a23          	sb	a5,20(sp)
   10682:	67c9                	lui	a5,0x12
   10684:	f7c78793          	add	a5,a5,-132 # 11f7c <__file_str_put>
   10688:	cc3e                	sw	a5,24(sp)
   1068a:	800007b7          	lui	a5,0x80000
   1068e:	fff7c793          	not	a5,a5
   10692:	97a2                	add	a5,a5,s0
   10694:	00b0                	add	a2,sp,72
   10696:	85a6                	mv	a1,s1
   10698:	0808                	add	a0,sp,16
   1069a:	d222                	sw	s0,36(sp)
   1069c:	d43e                	sw	a5,40(sp)
   1069e:	c632                	sw	a2,12(sp)
   106a0:	2615                	jal	109c4 <__d_vfprintf>
   106a2:	00054563          	bltz	a0,106ac <sprintf+0x54>
   106a6:	942a                	add	s0,s0,a0
   106a8:	00040023          	sb	zero,0(s0)
   106ac:	50f2                	lw	ra,60(sp)
   106ae:	5462                	lw	s0,56(sp)
   106b0:	54d2                	lw	s1,52(sp)
   106b2:	6125                	add	sp,sp,96
   106b4:	8082                	ret

000106b6 <strtol>:
   106b6:	02400793          	li	a5,36
   106ba:	88aa                	mv	a7,a0
   106bc:	00c7e563          	bltu	a5,a2,106c6 <strtol+0x10>
   106c0:	4785                	li	a5,1
   106c2:	00f61a63          	bne	a2,a5,106d6 <strtol+0x20>
   106c6:	4759                	li	a4,22
   106c8:	00e22023          	sw	a4,0(tp) # 0 <errno>
   106cc:	c199                	beqz	a1,106d2 <strtol+0x1c>
   106ce:	0115a023          	sw	a7,0(a1)
   106d2:	4501                	li	a0,0
   106d4:	8082                	ret
   106d6:	0ff67813          	zext.b	a6,a2
   106da:	4e11                	li	t3,4
   106dc:	02000313          	li	t1,32
   106e0:	00054783          	lbu	a5,0(a0)
   106e4:	00150713          	add	a4,a0,1
   106e8:	ff778693          	add	a3,a5,-9 # 7ffffff7 <__global_pointer$+0x7ffeb7df>
   106ec:	0ff6f693          	zext.b	a3,a3
   106f0:	0ade7263          	bgeu	t3,a3,10794 <strtol+0xde>
   106f4:	0a678063          	beq	a5,t1,10794 <strtol+0xde>
   106f8:	02b00693          	li	a3,43
   106fc:	08d78e63          	beq	a5,a3,10798 <strtol+0xe2>
   10700:	02d00313          	li	t1,45
   10704:	4681                	li	a3,0
   10706:	00679763          	bne	a5,t1,10714 <strtol+0x5e>
   1070a:	4685                	li	a3,1
   1070c:	00154783          	lbu	a5,1(a0)
   10710:	00250713          	add	a4,a0,2
   10714:	03000513          	li	a0,48
   10718:	08a79563          	bne	a5,a0,107a2 <strtol+0xec>
   1071c:	00074503          	lbu	a0,0(a4)
   10720:	07800313          	li	t1,120
   10724:	02056513          	or	a0,a0,32
   10728:	06651a63          	bne	a0,t1,1079c <strtol+0xe6>
   1072c:	c601                	beqz	a2,10734 <strtol+0x7e>
   1072e:	4641                	li	a2,16
   10730:	00c81763          	bne	a6,a2,1073e <strtol+0x88>
   10734:	00174783          	lbu	a5,1(a4)
   10738:	88ba                	mv	a7,a4
   1073a:	4841                	li	a6,16
   1073c:	0709                	add	a4,a4,2
   1073e:	80000637          	lui	a2,0x80000
   10742:	fff64613          	not	a2,a2
   10746:	9636                	add	a2,a2,a3
   10748:	03065333          	divu	t1,a2,a6
   1074c:	4501                	li	a0,0
   1074e:	03900e93          	li	t4,57
   10752:	03067e33          	remu	t3,a2,a6
   10756:	00fef963          	bgeu	t4,a5,10768 <strtol+0xb2>
   1075a:	17fd                	add	a5,a5,-1
   1075c:	0207e793          	or	a5,a5,32
   10760:	fda78793          	add	a5,a5,-38
   10764:	0ff7f793          	zext.b	a5,a5
   10768:	fd078793          	add	a5,a5,-48
   1076c:	0ff7f793          	zext.b	a5,a5
   10770:	0307fc63          	bgeu	a5,a6,107a8 <strtol+0xf2>
   10774:	00a34663          	blt	t1,a0,10780 <strtol+0xca>
   10778:	00651663          	bne	a0,t1,10784 <strtol+0xce>
   1077c:	00fe7463          	bgeu	t3,a5,10784 <strtol+0xce>
   10780:	0026e693          	or	a3,a3,2
   10784:	88ba                	mv	a7,a4
   10786:	0705                	add	a4,a4,1
   10788:	02a80533          	mul	a0,a6,a0
   1078c:	953e                	add	a0,a0,a5
   1078e:	fff74783          	lbu	a5,-1(a4)
   10792:	b7d1                	j	10756 <strtol+0xa0>
   10794:	853a                	mv	a0,a4
   10796:	b7a9                	j	106e0 <strtol+0x2a>
   10798:	4681                	li	a3,0
   1079a:	bf8d                	j	1070c <strtol+0x56>
   1079c:	f24d                	bnez	a2,1073e <strtol+0x88>
   1079e:	4821                	li	a6,8
   107a0:	bf79                	j	1073e <strtol+0x88>
   107a2:	fe51                	bnez	a2,1073e <strtol+0x88>
   107a4:	4829                	li	a6,10
   107a6:	bf61                	j	1073e <strtol+0x88>
   107a8:	0016f793          	and	a5,a3,1
   107ac:	c399                	beqz	a5,107b2 <strtol+0xfc>
   107ae:	40a00533          	neg	a0,a0
   107b2:	8a89                	and	a3,a3,2
   107b4:	c691                	beqz	a3,107c0 <strtol+0x10a>
   107b6:	02200713          	li	a4,34
   107ba:	8532                	mv	a0,a2
   107bc:	00e22023          	sw	a4,0(tp) # 0 <errno>
   107c0:	c199                	beqz	a1,107c6 <strtol+0x110>
   107c2:	0115a023          	sw	a7,0(a1)
   107c6:	8082                	ret

000107c8 <__ultoa_invert>:
   107c8:	6d1012ef          	jal	t0,12698 <__riscv_save_10>
   107cc:	2006f793          	and	a5,a3,512
   107d0:	89aa                	mv	s3,a0
   107d2:	8a2e                	mv	s4,a1
   107d4:	8932                	mv	s2,a2
   107d6:	84b6                	mv	s1,a3
   107d8:	02700b13          	li	s6,39
   107dc:	c781                	beqz	a5,107e4 <__ultoa_invert+0x1c>
   107de:	dff6f493          	and	s1,a3,-513
   107e2:	4b1d                	li	s6,7
   107e4:	41f4da93          	sra	s5,s1,0x1f
   107e8:	4ca5                	li	s9,9
   107ea:	8626                	mv	a2,s1
   107ec:	86d6                	mv	a3,s5
   107ee:	854e                	mv	a0,s3
   107f0:	85d2                	mv	a1,s4
   107f2:	377010ef          	jal	12368 <__umoddi3>
   107f6:	85d2                	mv	a1,s4
   107f8:	0ff57413          	zext.b	s0,a0
   107fc:	8626                	mv	a2,s1
   107fe:	854e                	mv	a0,s3
   10800:	86d6                	mv	a3,s5
   10802:	009010ef          	jal	1200a <__udivdi3>
   10806:	8c4e                	mv	s8,s3
   10808:	8bd2                	mv	s7,s4
   1080a:	89aa                	mv	s3,a0
   1080c:	8a2e                	mv	s4,a1
   1080e:	008cf563          	bgeu	s9,s0,10818 <__ultoa_invert+0x50>
   10812:	945a                	add	s0,s0,s6
   10814:	0ff47413          	zext.b	s0,s0
   10818:	0905                	add	s2,s2,1
   1081a:	03040413          	add	s0,s0,48
   1081e:	fe890fa3          	sb	s0,-1(s2)
   10822:	015be663          	bltu	s7,s5,1082e <__ultoa_invert+0x66>
   10826:	fd7a92e3          	bne	s5,s7,107ea <__ultoa_invert+0x22>
   1082a:	fc9c70e3          	bgeu	s8,s1,107ea <__ultoa_invert+0x22>
   1082e:	854a                	mv	a0,s2
   10830:	6a10106f          	j	126d0 <__riscv_restore_10>

00010834 <skip_to_arg>:
   10834:	665012ef          	jal	t0,12698 <__riscv_save_10>
   10838:	4305                	li	t1,1
   1083a:	02500f13          	li	t5,37
   1083e:	88aa                	mv	a7,a0
   10840:	00c34463          	blt	t1,a2,10848 <skip_to_arg+0x14>
   10844:	68d0106f          	j	126d0 <__riscv_restore_10>
   10848:	87c6                	mv	a5,a7
   1084a:	88be                	mv	a7,a5
   1084c:	0007c703          	lbu	a4,0(a5)
   10850:	0785                	add	a5,a5,1
   10852:	db6d                	beqz	a4,10844 <skip_to_arg+0x10>
   10854:	ffe71be3          	bne	a4,t5,1084a <skip_to_arg+0x16>
   10858:	0007c703          	lbu	a4,0(a5)
   1085c:	0889                	add	a7,a7,2
   1085e:	ffe705e3          	beq	a4,t5,10848 <skip_to_arg+0x14>
   10862:	6ecd                	lui	t4,0x13
   10864:	4681                	li	a3,0
   10866:	4e01                	li	t3,0
   10868:	4781                	li	a5,0
   1086a:	42fd                	li	t0,31
   1086c:	06c00f93          	li	t6,108
   10870:	07400393          	li	t2,116
   10874:	07a00413          	li	s0,122
   10878:	06800493          	li	s1,104
   1087c:	06a00913          	li	s2,106
   10880:	04c00993          	li	s3,76
   10884:	4a25                	li	s4,9
   10886:	02400a93          	li	s5,36
   1088a:	07f00b13          	li	s6,127
   1088e:	4bc1                	li	s7,16
   10890:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x1a5>
   10894:	04f2e263          	bltu	t0,a5,108d8 <skip_to_arg+0xa4>
   10898:	fe070813          	add	a6,a4,-32
   1089c:	0ff87813          	zext.b	a6,a6
   108a0:	030bf163          	bgeu	s7,a6,108c2 <skip_to_arg+0x8e>
   108a4:	fd070813          	add	a6,a4,-48
   108a8:	0ff87813          	zext.b	a6,a6
   108ac:	4c25                	li	s8,9
   108ae:	050c6563          	bltu	s8,a6,108f8 <skip_to_arg+0xc4>
   108b2:	47a9                	li	a5,10
   108b4:	02f687b3          	mul	a5,a3,a5
   108b8:	00f806b3          	add	a3,a6,a5
   108bc:	02000793          	li	a5,32
   108c0:	a039                	j	108ce <skip_to_arg+0x9a>
   108c2:	010ed833          	srl	a6,t4,a6
   108c6:	00187813          	and	a6,a6,1
   108ca:	00080963          	beqz	a6,108dc <skip_to_arg+0xa8>
   108ce:	0008c703          	lbu	a4,0(a7)
   108d2:	0885                	add	a7,a7,1
   108d4:	f361                	bnez	a4,10894 <skip_to_arg+0x60>
   108d6:	a8b1                	j	10932 <skip_to_arg+0xfe>
   108d8:	04fb6363          	bltu	s6,a5,1091e <skip_to_arg+0xea>
   108dc:	fd070813          	add	a6,a4,-48
   108e0:	0ff87813          	zext.b	a6,a6
   108e4:	fd0a77e3          	bgeu	s4,a6,108b2 <skip_to_arg+0x7e>
   108e8:	03571563          	bne	a4,s5,10912 <skip_to_arg+0xde>
   108ec:	0a0e0063          	beqz	t3,1098c <skip_to_arg+0x158>
   108f0:	0a668063          	beq	a3,t1,10990 <skip_to_arg+0x15c>
   108f4:	4681                	li	a3,0
   108f6:	bfe1                	j	108ce <skip_to_arg+0x9a>
   108f8:	0fb77813          	and	a6,a4,251
   108fc:	02a00c13          	li	s8,42
   10900:	ff880ae3          	beq	a6,s8,108f4 <skip_to_arg+0xc0>
   10904:	06c00813          	li	a6,108
   10908:	01071d63          	bne	a4,a6,10922 <skip_to_arg+0xee>
   1090c:	0807e793          	or	a5,a5,128
   10910:	bf7d                	j	108ce <skip_to_arg+0x9a>
   10912:	0fb77813          	and	a6,a4,251
   10916:	02a00c13          	li	s8,42
   1091a:	fd880de3          	beq	a6,s8,108f4 <skip_to_arg+0xc0>
   1091e:	05f70663          	beq	a4,t6,1096a <skip_to_arg+0x136>
   10922:	02efef63          	bltu	t6,a4,10960 <skip_to_arg+0x12c>
   10926:	04970863          	beq	a4,s1,10976 <skip_to_arg+0x142>
   1092a:	05270e63          	beq	a4,s2,10986 <skip_to_arg+0x152>
   1092e:	05370c63          	beq	a4,s3,10986 <skip_to_arg+0x152>
   10932:	f00e09e3          	beqz	t3,10844 <skip_to_arg+0x10>
   10936:	f06e15e3          	bne	t3,t1,10840 <skip_to_arg+0xc>
   1093a:	02076893          	or	a7,a4,32
   1093e:	f9b88813          	add	a6,a7,-101
   10942:	0ff87813          	zext.b	a6,a6
   10946:	4e09                	li	t3,2
   10948:	4194                	lw	a3,0(a1)
   1094a:	010e7663          	bgeu	t3,a6,10956 <skip_to_arg+0x122>
   1094e:	06100813          	li	a6,97
   10952:	05089263          	bne	a7,a6,10996 <skip_to_arg+0x162>
   10956:	069d                	add	a3,a3,7
   10958:	9ae1                	and	a3,a3,-8
   1095a:	00868713          	add	a4,a3,8
   1095e:	a091                	j	109a2 <skip_to_arg+0x16e>
   10960:	f67707e3          	beq	a4,t2,108ce <skip_to_arg+0x9a>
   10964:	f68705e3          	beq	a4,s0,108ce <skip_to_arg+0x9a>
   10968:	b7e9                	j	10932 <skip_to_arg+0xfe>
   1096a:	0807f713          	and	a4,a5,128
   1096e:	df59                	beqz	a4,1090c <skip_to_arg+0xd8>
   10970:	2007e793          	or	a5,a5,512
   10974:	bf61                	j	1090c <skip_to_arg+0xd8>
   10976:	1007f713          	and	a4,a5,256
   1097a:	c319                	beqz	a4,10980 <skip_to_arg+0x14c>
   1097c:	2007e793          	or	a5,a5,512
   10980:	1007e793          	or	a5,a5,256
   10984:	b7a9                	j	108ce <skip_to_arg+0x9a>
   10986:	2807e793          	or	a5,a5,640
   1098a:	b791                	j	108ce <skip_to_arg+0x9a>
   1098c:	8e36                	mv	t3,a3
   1098e:	b79d                	j	108f4 <skip_to_arg+0xc0>
   10990:	06300713          	li	a4,99
   10994:	b75d                	j	1093a <skip_to_arg+0x106>
   10996:	06300813          	li	a6,99
   1099a:	01071763          	bne	a4,a6,109a8 <skip_to_arg+0x174>
   1099e:	00468713          	add	a4,a3,4
   109a2:	c198                	sw	a4,0(a1)
   109a4:	0305                	add	t1,t1,1
   109a6:	bd61                	j	1083e <skip_to_arg+0xa>
   109a8:	07300813          	li	a6,115
   109ac:	ff0709e3          	beq	a4,a6,1099e <skip_to_arg+0x16a>
   109b0:	0807f813          	and	a6,a5,128
   109b4:	00468713          	add	a4,a3,4
   109b8:	fe0805e3          	beqz	a6,109a2 <skip_to_arg+0x16e>
   109bc:	2007f793          	and	a5,a5,512
   109c0:	d3ed                	beqz	a5,109a2 <skip_to_arg+0x16e>
   109c2:	bf51                	j	10956 <skip_to_arg+0x122>

000109c4 <__d_vfprintf>:
   109c4:	4cd012ef          	jal	t0,12690 <__riscv_save_12>
   109c8:	00454783          	lbu	a5,4(a0)
   109cc:	7139                	add	sp,sp,-64
   109ce:	c02a                	sw	a0,0(sp)
   109d0:	c42e                	sw	a1,8(sp)
   109d2:	c632                	sw	a2,12(sp)
   109d4:	8b89                	and	a5,a5,2
   109d6:	00852a03          	lw	s4,8(a0)
   109da:	c785                	beqz	a5,10a02 <__d_vfprintf+0x3e>
   109dc:	d232                	sw	a2,36(sp)
   109de:	87ae                	mv	a5,a1
   109e0:	4401                	li	s0,0
   109e2:	0007c903          	lbu	s2,0(a5)
   109e6:	00090f63          	beqz	s2,10a04 <__d_vfprintf+0x40>
   109ea:	02500713          	li	a4,37
   109ee:	00e90f63          	beq	s2,a4,10a0c <__d_vfprintf+0x48>
   109f2:	0785                	add	a5,a5,1
   109f4:	c23e                	sw	a5,4(sp)
   109f6:	4582                	lw	a1,0(sp)
   109f8:	854a                	mv	a0,s2
   109fa:	0405                	add	s0,s0,1
   109fc:	9a02                	jalr	s4
   109fe:	26055de3          	bgez	a0,11478 <__d_vfprintf+0xab4>
   10a02:	547d                	li	s0,-1
   10a04:	8522                	mv	a0,s0
   10a06:	6121                	add	sp,sp,64
   10a08:	4c50106f          	j	126cc <__riscv_restore_12>
   10a0c:	0017c903          	lbu	s2,1(a5)
   10a10:	00278713          	add	a4,a5,2
   10a14:	c23a                	sw	a4,4(sp)
   10a16:	02500793          	li	a5,37
   10a1a:	fcf90ee3          	beq	s2,a5,109f6 <__d_vfprintf+0x32>
   10a1e:	64cd                	lui	s1,0x13
   10a20:	4a81                	li	s5,0
   10a22:	4d01                	li	s10,0
   10a24:	4b01                	li	s6,0
   10a26:	4d81                	li	s11,0
   10a28:	06c00993          	li	s3,108
   10a2c:	07400b93          	li	s7,116
   10a30:	07a00c13          	li	s8,122
   10a34:	06800c93          	li	s9,104
   10a38:	1f048493          	add	s1,s1,496 # 131f0 <CSWTCH.24+0x38>
   10a3c:	47fd                	li	a5,31
   10a3e:	07b7e163          	bltu	a5,s11,10aa0 <__d_vfprintf+0xdc>
   10a42:	fe090793          	add	a5,s2,-32
   10a46:	0ff7f793          	zext.b	a5,a5
   10a4a:	4741                	li	a4,16
   10a4c:	00f76663          	bltu	a4,a5,10a58 <__d_vfprintf+0x94>
   10a50:	078a                	sll	a5,a5,0x2
   10a52:	97a6                	add	a5,a5,s1
   10a54:	439c                	lw	a5,0(a5)
   10a56:	8782                	jr	a5
   10a58:	fd090793          	add	a5,s2,-48
   10a5c:	0ff7f793          	zext.b	a5,a5
   10a60:	4725                	li	a4,9
   10a62:	06f76463          	bltu	a4,a5,10aca <__d_vfprintf+0x106>
   10a66:	46a9                	li	a3,10
   10a68:	02db06b3          	mul	a3,s6,a3
   10a6c:	00f68b33          	add	s6,a3,a5
   10a70:	020ded93          	or	s11,s11,32
   10a74:	a019                	j	10a7a <__d_vfprintf+0xb6>
   10a76:	001ded93          	or	s11,s11,1
   10a7a:	4792                	lw	a5,4(sp)
   10a7c:	0007c903          	lbu	s2,0(a5)
   10a80:	0785                	add	a5,a5,1
   10a82:	c23e                	sw	a5,4(sp)
   10a84:	fa091ce3          	bnez	s2,10a3c <__d_vfprintf+0x78>
   10a88:	a0dd                	j	10b6e <__d_vfprintf+0x1aa>
   10a8a:	002ded93          	or	s11,s11,2
   10a8e:	004ded93          	or	s11,s11,4
   10a92:	b7e5                	j	10a7a <__d_vfprintf+0xb6>
   10a94:	008ded93          	or	s11,s11,8
   10a98:	b7cd                	j	10a7a <__d_vfprintf+0xb6>
   10a9a:	010ded93          	or	s11,s11,16
   10a9e:	bff1                	j	10a7a <__d_vfprintf+0xb6>
   10aa0:	07f00793          	li	a5,127
   10aa4:	0bb7e763          	bltu	a5,s11,10b52 <__d_vfprintf+0x18e>
   10aa8:	fd090693          	add	a3,s2,-48
   10aac:	0ff6f693          	zext.b	a3,a3
   10ab0:	47a5                	li	a5,9
   10ab2:	00d7ec63          	bltu	a5,a3,10aca <__d_vfprintf+0x106>
   10ab6:	040df613          	and	a2,s11,64
   10aba:	87b6                	mv	a5,a3
   10abc:	d64d                	beqz	a2,10a66 <__d_vfprintf+0xa2>
   10abe:	47a9                	li	a5,10
   10ac0:	02fd07b3          	mul	a5,s10,a5
   10ac4:	00d78d33          	add	s10,a5,a3
   10ac8:	bf4d                	j	10a7a <__d_vfprintf+0xb6>
   10aca:	02a00793          	li	a5,42
   10ace:	02f91663          	bne	s2,a5,10afa <__d_vfprintf+0x136>
   10ad2:	fa0a94e3          	bnez	s5,10a7a <__d_vfprintf+0xb6>
   10ad6:	5692                	lw	a3,36(sp)
   10ad8:	040df793          	and	a5,s11,64
   10adc:	00468613          	add	a2,a3,4
   10ae0:	4294                	lw	a3,0(a3)
   10ae2:	d232                	sw	a2,36(sp)
   10ae4:	c399                	beqz	a5,10aea <__d_vfprintf+0x126>
   10ae6:	8d36                	mv	s10,a3
   10ae8:	bf49                	j	10a7a <__d_vfprintf+0xb6>
   10aea:	8b36                	mv	s6,a3
   10aec:	f806d2e3          	bgez	a3,10a70 <__d_vfprintf+0xac>
   10af0:	40d00b33          	neg	s6,a3
   10af4:	028ded93          	or	s11,s11,40
   10af8:	b749                	j	10a7a <__d_vfprintf+0xb6>
   10afa:	02e00793          	li	a5,46
   10afe:	00f91963          	bne	s2,a5,10b10 <__d_vfprintf+0x14c>
   10b02:	040df793          	and	a5,s11,64
   10b06:	ee079fe3          	bnez	a5,10a04 <__d_vfprintf+0x40>
   10b0a:	040ded93          	or	s11,s11,64
   10b0e:	b7b5                	j	10a7a <__d_vfprintf+0xb6>
   10b10:	02400793          	li	a5,36
   10b14:	02f91f63          	bne	s2,a5,10b52 <__d_vfprintf+0x18e>
   10b18:	120a8a63          	beqz	s5,10c4c <__d_vfprintf+0x288>
   10b1c:	47b2                	lw	a5,12(sp)
   10b1e:	d23e                	sw	a5,36(sp)
   10b20:	040df793          	and	a5,s11,64
   10b24:	ef81                	bnez	a5,10b3c <__d_vfprintf+0x178>
   10b26:	4522                	lw	a0,8(sp)
   10b28:	865a                	mv	a2,s6
   10b2a:	104c                	add	a1,sp,36
   10b2c:	3321                	jal	10834 <skip_to_arg>
   10b2e:	5792                	lw	a5,36(sp)
   10b30:	00478693          	add	a3,a5,4
   10b34:	0007ab03          	lw	s6,0(a5)
   10b38:	d236                	sw	a3,36(sp)
   10b3a:	b781                	j	10a7a <__d_vfprintf+0xb6>
   10b3c:	4522                	lw	a0,8(sp)
   10b3e:	866a                	mv	a2,s10
   10b40:	104c                	add	a1,sp,36
   10b42:	39cd                	jal	10834 <skip_to_arg>
   10b44:	5792                	lw	a5,36(sp)
   10b46:	00478693          	add	a3,a5,4
   10b4a:	0007ad03          	lw	s10,0(a5)
   10b4e:	d236                	sw	a3,36(sp)
   10b50:	b72d                	j	10a7a <__d_vfprintf+0xb6>
   10b52:	0d390a63          	beq	s2,s3,10c26 <__d_vfprintf+0x262>
   10b56:	0d29e363          	bltu	s3,s2,10c1c <__d_vfprintf+0x258>
   10b5a:	0d990e63          	beq	s2,s9,10c36 <__d_vfprintf+0x272>
   10b5e:	06a00793          	li	a5,106
   10b62:	0ef90263          	beq	s2,a5,10c46 <__d_vfprintf+0x282>
   10b66:	04c00793          	li	a5,76
   10b6a:	0cf90e63          	beq	s2,a5,10c46 <__d_vfprintf+0x282>
   10b6e:	000a8863          	beqz	s5,10b7e <__d_vfprintf+0x1ba>
   10b72:	47b2                	lw	a5,12(sp)
   10b74:	4522                	lw	a0,8(sp)
   10b76:	8656                	mv	a2,s5
   10b78:	104c                	add	a1,sp,36
   10b7a:	d23e                	sw	a5,36(sp)
   10b7c:	3965                	jal	10834 <skip_to_arg>
   10b7e:	000d5963          	bgez	s10,10b90 <__d_vfprintf+0x1cc>
   10b82:	fbfdf813          	and	a6,s11,-65
   10b86:	01081d93          	sll	s11,a6,0x10
   10b8a:	010ddd93          	srl	s11,s11,0x10
   10b8e:	4d01                	li	s10,0
   10b90:	02096c93          	or	s9,s2,32
   10b94:	f9bc8793          	add	a5,s9,-101
   10b98:	0ff7f793          	zext.b	a5,a5
   10b9c:	4709                	li	a4,2
   10b9e:	0af77d63          	bgeu	a4,a5,10c58 <__d_vfprintf+0x294>
   10ba2:	06100793          	li	a5,97
   10ba6:	68fc9f63          	bne	s9,a5,11244 <__d_vfprintf+0x880>
   10baa:	5792                	lw	a5,36(sp)
   10bac:	6a89                	lui	s5,0x2
   10bae:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10bb2:	079d                	add	a5,a5,7
   10bb4:	9be1                	and	a5,a5,-8
   10bb6:	0047ab83          	lw	s7,4(a5)
   10bba:	0007a883          	lw	a7,0(a5)
   10bbe:	00878713          	add	a4,a5,8
   10bc2:	414bd993          	sra	s3,s7,0x14
   10bc6:	00cb9c13          	sll	s8,s7,0xc
   10bca:	7ff9f993          	and	s3,s3,2047
   10bce:	00cc5c93          	srl	s9,s8,0xc
   10bd2:	015deab3          	or	s5,s11,s5
   10bd6:	0119e533          	or	a0,s3,a7
   10bda:	fff94913          	not	s2,s2
   10bde:	0ac2                	sll	s5,s5,0x10
   10be0:	d23a                	sw	a4,36(sp)
   10be2:	019567b3          	or	a5,a0,s9
   10be6:	02097913          	and	s2,s2,32
   10bea:	010ada93          	srl	s5,s5,0x10
   10bee:	86c6                	mv	a3,a7
   10bf0:	8c66                	mv	s8,s9
   10bf2:	040df813          	and	a6,s11,64
   10bf6:	01fbdb93          	srl	s7,s7,0x1f
   10bfa:	ebdd                	bnez	a5,10cb0 <__d_vfprintf+0x2ec>
   10bfc:	03000793          	li	a5,48
   10c00:	0ffbfb93          	zext.b	s7,s7
   10c04:	02f106a3          	sb	a5,45(sp)
   10c08:	03710623          	sb	s7,44(sp)
   10c0c:	24080d63          	beqz	a6,10e66 <__d_vfprintf+0x4a2>
   10c10:	47b1                	li	a5,12
   10c12:	4981                	li	s3,0
   10c14:	0da7d263          	bge	a5,s10,10cd8 <__d_vfprintf+0x314>
   10c18:	4d35                	li	s10,13
   10c1a:	aa85                	j	10d8a <__d_vfprintf+0x3c6>
   10c1c:	e5790fe3          	beq	s2,s7,10a7a <__d_vfprintf+0xb6>
   10c20:	e5890de3          	beq	s2,s8,10a7a <__d_vfprintf+0xb6>
   10c24:	b7a9                	j	10b6e <__d_vfprintf+0x1aa>
   10c26:	080df793          	and	a5,s11,128
   10c2a:	c399                	beqz	a5,10c30 <__d_vfprintf+0x26c>
   10c2c:	200ded93          	or	s11,s11,512
   10c30:	080ded93          	or	s11,s11,128
   10c34:	b599                	j	10a7a <__d_vfprintf+0xb6>
   10c36:	100df793          	and	a5,s11,256
   10c3a:	c399                	beqz	a5,10c40 <__d_vfprintf+0x27c>
   10c3c:	200ded93          	or	s11,s11,512
   10c40:	100ded93          	or	s11,s11,256
   10c44:	bd1d                	j	10a7a <__d_vfprintf+0xb6>
   10c46:	280ded93          	or	s11,s11,640
   10c4a:	bd05                	j	10a7a <__d_vfprintf+0xb6>
   10c4c:	875a                	mv	a4,s6
   10c4e:	4d01                	li	s10,0
   10c50:	4b01                	li	s6,0
   10c52:	8aba                	mv	s5,a4
   10c54:	4d81                	li	s11,0
   10c56:	b515                	j	10a7a <__d_vfprintf+0xb6>
   10c58:	5792                	lw	a5,36(sp)
   10c5a:	fff94913          	not	s2,s2
   10c5e:	02097913          	and	s2,s2,32
   10c62:	079d                	add	a5,a5,7
   10c64:	9be1                	and	a5,a5,-8
   10c66:	00878713          	add	a4,a5,8
   10c6a:	4388                	lw	a0,0(a5)
   10c6c:	43cc                	lw	a1,4(a5)
   10c6e:	d23a                	sw	a4,36(sp)
   10c70:	040df793          	and	a5,s11,64
   10c74:	20078d63          	beqz	a5,10e8e <__d_vfprintf+0x4ca>
   10c78:	06500793          	li	a5,101
   10c7c:	20fc9b63          	bne	s9,a5,10e92 <__d_vfprintf+0x4ce>
   10c80:	6785                	lui	a5,0x1
   10c82:	001d0613          	add	a2,s10,1
   10c86:	00fdedb3          	or	s11,s11,a5
   10c8a:	0ff67613          	zext.b	a2,a2
   10c8e:	4701                	li	a4,0
   10c90:	4781                	li	a5,0
   10c92:	4345                	li	t1,17
   10c94:	0ff67693          	zext.b	a3,a2
   10c98:	00c37363          	bgeu	t1,a2,10c9e <__d_vfprintf+0x2da>
   10c9c:	46c5                	li	a3,17
   10c9e:	1030                	add	a2,sp,40
   10ca0:	30d000ef          	jal	117ac <__dtoa_engine>
   10ca4:	0ff57b93          	zext.b	s7,a0
   10ca8:	59a2                	lw	s3,40(sp)
   10caa:	8aee                	mv	s5,s11
   10cac:	4c09                	li	s8,2
   10cae:	aa01                	j	10dbe <__d_vfprintf+0x3fa>
   10cb0:	03100793          	li	a5,49
   10cb4:	00099563          	bnez	s3,10cbe <__d_vfprintf+0x2fa>
   10cb8:	03000793          	li	a5,48
   10cbc:	4985                	li	s3,1
   10cbe:	0ffbfb93          	zext.b	s7,s7
   10cc2:	02f106a3          	sb	a5,45(sp)
   10cc6:	03710623          	sb	s7,44(sp)
   10cca:	c0198993          	add	s3,s3,-1023
   10cce:	18080363          	beqz	a6,10e54 <__d_vfprintf+0x490>
   10cd2:	47b1                	li	a5,12
   10cd4:	19a7c263          	blt	a5,s10,10e58 <__d_vfprintf+0x494>
   10cd8:	4335                	li	t1,13
   10cda:	41a30333          	sub	t1,t1,s10
   10cde:	00231d93          	sll	s11,t1,0x2
   10ce2:	fffd8613          	add	a2,s11,-1
   10ce6:	4505                	li	a0,1
   10ce8:	4581                	li	a1,0
   10cea:	ca46                	sw	a7,20(sp)
   10cec:	c836                	sw	a3,16(sp)
   10cee:	2ca010ef          	jal	11fb8 <__ashldi3>
   10cf2:	84aa                	mv	s1,a0
   10cf4:	872e                	mv	a4,a1
   10cf6:	00171793          	sll	a5,a4,0x1
   10cfa:	85aa                	mv	a1,a0
   10cfc:	01f4d513          	srl	a0,s1,0x1f
   10d00:	00149e13          	sll	t3,s1,0x1
   10d04:	8fc9                	or	a5,a5,a0
   10d06:	40f00c33          	neg	s8,a5
   10d0a:	01c03533          	snez	a0,t3
   10d0e:	48d2                	lw	a7,20(sp)
   10d10:	41c00833          	neg	a6,t3
   10d14:	40ac0c33          	sub	s8,s8,a0
   10d18:	fffe0513          	add	a0,t3,-1
   10d1c:	001e3e13          	seqz	t3,t3
   10d20:	41c787b3          	sub	a5,a5,t3
   10d24:	0197f7b3          	and	a5,a5,s9
   10d28:	01157533          	and	a0,a0,a7
   10d2c:	02f74663          	blt	a4,a5,10d58 <__d_vfprintf+0x394>
   10d30:	46c2                	lw	a3,16(sp)
   10d32:	00e79463          	bne	a5,a4,10d3a <__d_vfprintf+0x376>
   10d36:	02a5e163          	bltu	a1,a0,10d58 <__d_vfprintf+0x394>
   10d3a:	8546                	mv	a0,a7
   10d3c:	866e                	mv	a2,s11
   10d3e:	85e6                	mv	a1,s9
   10d40:	ce3a                	sw	a4,28(sp)
   10d42:	cc42                	sw	a6,24(sp)
   10d44:	ca36                	sw	a3,20(sp)
   10d46:	c846                	sw	a7,16(sp)
   10d48:	298010ef          	jal	11fe0 <__ashrdi3>
   10d4c:	8905                	and	a0,a0,1
   10d4e:	48c2                	lw	a7,16(sp)
   10d50:	46d2                	lw	a3,20(sp)
   10d52:	4862                	lw	a6,24(sp)
   10d54:	4772                	lw	a4,28(sp)
   10d56:	c94d                	beqz	a0,10e08 <__d_vfprintf+0x444>
   10d58:	00988533          	add	a0,a7,s1
   10d5c:	01153db3          	sltu	s11,a0,a7
   10d60:	9766                	add	a4,a4,s9
   10d62:	00ed8cb3          	add	s9,s11,a4
   10d66:	001007b7          	lui	a5,0x100
   10d6a:	86aa                	mv	a3,a0
   10d6c:	08fcce63          	blt	s9,a5,10e08 <__d_vfprintf+0x444>
   10d70:	02d14783          	lbu	a5,45(sp)
   10d74:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   10d76:	02f106a3          	sb	a5,45(sp)
   10d7a:	40000793          	li	a5,1024
   10d7e:	0af98163          	beq	s3,a5,10e20 <__d_vfprintf+0x45c>
   10d82:	00a87533          	and	a0,a6,a0
   10d86:	019c7c33          	and	s8,s8,s9
   10d8a:	05700613          	li	a2,87
   10d8e:	1034                	add	a3,sp,40
   10d90:	4735                	li	a4,13
   10d92:	45a5                	li	a1,9
   10d94:	41260633          	sub	a2,a2,s2
   10d98:	01cc1813          	sll	a6,s8,0x1c
   10d9c:	00f57793          	and	a5,a0,15
   10da0:	8111                	srl	a0,a0,0x4
   10da2:	00a86533          	or	a0,a6,a0
   10da6:	404c5c13          	sra	s8,s8,0x4
   10daa:	e7e1                	bnez	a5,10e72 <__d_vfprintf+0x4ae>
   10dac:	0ced5563          	bge	s10,a4,10e76 <__d_vfprintf+0x4b2>
   10db0:	177d                	add	a4,a4,-1
   10db2:	16fd                	add	a3,a3,-1
   10db4:	f375                	bnez	a4,10d98 <__d_vfprintf+0x3d4>
   10db6:	4c05                	li	s8,1
   10db8:	4bb9                	li	s7,14
   10dba:	07000c93          	li	s9,112
   10dbe:	00998713          	add	a4,s3,9
   10dc2:	46c9                	li	a3,18
   10dc4:	87ce                	mv	a5,s3
   10dc6:	06e6e863          	bltu	a3,a4,10e36 <__d_vfprintf+0x472>
   10dca:	02c14703          	lbu	a4,44(sp)
   10dce:	00177d93          	and	s11,a4,1
   10dd2:	8b31                	and	a4,a4,12
   10dd4:	120d9963          	bnez	s11,10f06 <__d_vfprintf+0x542>
   10dd8:	002af793          	and	a5,s5,2
   10ddc:	12079163          	bnez	a5,10efe <__d_vfprintf+0x53a>
   10de0:	004af793          	and	a5,s5,4
   10de4:	cfe9                	beqz	a5,10ebe <__d_vfprintf+0x4fa>
   10de6:	12071463          	bnez	a4,10f0e <__d_vfprintf+0x54a>
   10dea:	02000713          	li	a4,32
   10dee:	678d                	lui	a5,0x3
   10df0:	00faf7b3          	and	a5,s5,a5
   10df4:	1c079163          	bnez	a5,10fb6 <__d_vfprintf+0x5f2>
   10df8:	000d1363          	bnez	s10,10dfe <__d_vfprintf+0x43a>
   10dfc:	4d05                	li	s10,1
   10dfe:	103c                	add	a5,sp,40
   10e00:	97de                	add	a5,a5,s7
   10e02:	03000693          	li	a3,48
   10e06:	aa8d                	j	10f78 <__d_vfprintf+0x5b4>
   10e08:	0106f6b3          	and	a3,a3,a6
   10e0c:	018cfcb3          	and	s9,s9,s8
   10e10:	40000793          	li	a5,1024
   10e14:	04f99c63          	bne	s3,a5,10e6c <__d_vfprintf+0x4a8>
   10e18:	0196ecb3          	or	s9,a3,s9
   10e1c:	040c8063          	beqz	s9,10e5c <__d_vfprintf+0x498>
   10e20:	008beb93          	or	s7,s7,8
   10e24:	03710623          	sb	s7,44(sp)
   10e28:	40000993          	li	s3,1024
   10e2c:	4bb9                	li	s7,14
   10e2e:	07000c93          	li	s9,112
   10e32:	40000793          	li	a5,1024
   10e36:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   10e3a:	0c600693          	li	a3,198
   10e3e:	4c09                	li	s8,2
   10e40:	f8e6f5e3          	bgeu	a3,a4,10dca <__d_vfprintf+0x406>
   10e44:	3e778793          	add	a5,a5,999
   10e48:	7ce00c13          	li	s8,1998
   10e4c:	00fc3c33          	sltu	s8,s8,a5
   10e50:	0c0d                	add	s8,s8,3
   10e52:	bfa5                	j	10dca <__d_vfprintf+0x406>
   10e54:	4d01                	li	s10,0
   10e56:	bf6d                	j	10e10 <__d_vfprintf+0x44c>
   10e58:	4d35                	li	s10,13
   10e5a:	bf5d                	j	10e10 <__d_vfprintf+0x44c>
   10e5c:	004beb93          	or	s7,s7,4
   10e60:	03710623          	sb	s7,44(sp)
   10e64:	b7e1                	j	10e2c <__d_vfprintf+0x468>
   10e66:	4981                	li	s3,0
   10e68:	4d01                	li	s10,0
   10e6a:	b705                	j	10d8a <__d_vfprintf+0x3c6>
   10e6c:	8536                	mv	a0,a3
   10e6e:	8c66                	mv	s8,s9
   10e70:	bf29                	j	10d8a <__d_vfprintf+0x3c6>
   10e72:	00f5ea63          	bltu	a1,a5,10e86 <__d_vfprintf+0x4c2>
   10e76:	03078793          	add	a5,a5,48
   10e7a:	00f68923          	sb	a5,18(a3)
   10e7e:	f2ed59e3          	bge	s10,a4,10db0 <__d_vfprintf+0x3ec>
   10e82:	8d3a                	mv	s10,a4
   10e84:	b735                	j	10db0 <__d_vfprintf+0x3ec>
   10e86:	97b2                	add	a5,a5,a2
   10e88:	0ff7f793          	zext.b	a5,a5
   10e8c:	b7fd                	j	10e7a <__d_vfprintf+0x4b6>
   10e8e:	4d19                	li	s10,6
   10e90:	b3e5                	j	10c78 <__d_vfprintf+0x2b4>
   10e92:	06600793          	li	a5,102
   10e96:	00fc9963          	bne	s9,a5,10ea8 <__d_vfprintf+0x4e4>
   10e9a:	6789                	lui	a5,0x2
   10e9c:	00fdedb3          	or	s11,s11,a5
   10ea0:	4705                	li	a4,1
   10ea2:	87ea                	mv	a5,s10
   10ea4:	4645                	li	a2,17
   10ea6:	b3f5                	j	10c92 <__d_vfprintf+0x2ce>
   10ea8:	0ffd7793          	zext.b	a5,s10
   10eac:	0ffd7613          	zext.b	a2,s10
   10eb0:	e391                	bnez	a5,10eb4 <__d_vfprintf+0x4f0>
   10eb2:	4605                	li	a2,1
   10eb4:	4701                	li	a4,0
   10eb6:	4781                	li	a5,0
   10eb8:	06500c93          	li	s9,101
   10ebc:	bbd9                	j	10c92 <__d_vfprintf+0x2ce>
   10ebe:	db05                	beqz	a4,10dee <__d_vfprintf+0x42a>
   10ec0:	478d                	li	a5,3
   10ec2:	0967d063          	bge	a5,s6,10f42 <__d_vfprintf+0x57e>
   10ec6:	008afa93          	and	s5,s5,8
   10eca:	ffdb0493          	add	s1,s6,-3
   10ece:	000a9f63          	bnez	s5,10eec <__d_vfprintf+0x528>
   10ed2:	94a2                	add	s1,s1,s0
   10ed4:	4582                	lw	a1,0(sp)
   10ed6:	02000513          	li	a0,32
   10eda:	0405                	add	s0,s0,1
   10edc:	9a02                	jalr	s4
   10ede:	b20542e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   10ee2:	fe8499e3          	bne	s1,s0,10ed4 <__d_vfprintf+0x510>
   10ee6:	4481                	li	s1,0
   10ee8:	020d9e63          	bnez	s11,10f24 <__d_vfprintf+0x560>
   10eec:	02c14783          	lbu	a5,44(sp)
   10ef0:	8ba1                	and	a5,a5,8
   10ef2:	efa5                	bnez	a5,10f6a <__d_vfprintf+0x5a6>
   10ef4:	69cd                	lui	s3,0x13
   10ef6:	1e098993          	add	s3,s3,480 # 131e0 <CSWTCH.24+0x28>
   10efa:	8c22                	mv	s8,s0
   10efc:	a8b1                	j	10f58 <__d_vfprintf+0x594>
   10efe:	eb15                	bnez	a4,10f32 <__d_vfprintf+0x56e>
   10f00:	02b00713          	li	a4,43
   10f04:	b5ed                	j	10dee <__d_vfprintf+0x42a>
   10f06:	eb0d                	bnez	a4,10f38 <__d_vfprintf+0x574>
   10f08:	02d00713          	li	a4,45
   10f0c:	b5cd                	j	10dee <__d_vfprintf+0x42a>
   10f0e:	02000d93          	li	s11,32
   10f12:	4791                	li	a5,4
   10f14:	0367d563          	bge	a5,s6,10f3e <__d_vfprintf+0x57a>
   10f18:	008afa93          	and	s5,s5,8
   10f1c:	ffcb0493          	add	s1,s6,-4
   10f20:	fa0a89e3          	beqz	s5,10ed2 <__d_vfprintf+0x50e>
   10f24:	4582                	lw	a1,0(sp)
   10f26:	856e                	mv	a0,s11
   10f28:	0405                	add	s0,s0,1
   10f2a:	9a02                	jalr	s4
   10f2c:	fc0550e3          	bgez	a0,10eec <__d_vfprintf+0x528>
   10f30:	bcc9                	j	10a02 <__d_vfprintf+0x3e>
   10f32:	02b00d93          	li	s11,43
   10f36:	bff1                	j	10f12 <__d_vfprintf+0x54e>
   10f38:	02d00d93          	li	s11,45
   10f3c:	bfd9                	j	10f12 <__d_vfprintf+0x54e>
   10f3e:	4481                	li	s1,0
   10f40:	b7d5                	j	10f24 <__d_vfprintf+0x560>
   10f42:	4481                	li	s1,0
   10f44:	b765                	j	10eec <__d_vfprintf+0x528>
   10f46:	4582                	lw	a1,0(sp)
   10f48:	41250533          	sub	a0,a0,s2
   10f4c:	0ff57513          	zext.b	a0,a0
   10f50:	0c05                	add	s8,s8,1
   10f52:	9a02                	jalr	s4
   10f54:	aa0547e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   10f58:	408c07b3          	sub	a5,s8,s0
   10f5c:	97ce                	add	a5,a5,s3
   10f5e:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10f62:	f175                	bnez	a0,10f46 <__d_vfprintf+0x582>
   10f64:	8462                	mv	s0,s8
   10f66:	94e2                	add	s1,s1,s8
   10f68:	ad39                	j	11586 <__d_vfprintf+0xbc2>
   10f6a:	69cd                	lui	s3,0x13
   10f6c:	1e498993          	add	s3,s3,484 # 131e4 <CSWTCH.24+0x2c>
   10f70:	b769                	j	10efa <__d_vfprintf+0x536>
   10f72:	1bfd                	add	s7,s7,-1
   10f74:	0ffbfb93          	zext.b	s7,s7
   10f78:	000b8763          	beqz	s7,10f86 <__d_vfprintf+0x5c2>
   10f7c:	0047c603          	lbu	a2,4(a5)
   10f80:	17fd                	add	a5,a5,-1
   10f82:	fed608e3          	beq	a2,a3,10f72 <__d_vfprintf+0x5ae>
   10f86:	010af693          	and	a3,s5,16
   10f8a:	87ea                	mv	a5,s10
   10f8c:	e291                	bnez	a3,10f90 <__d_vfprintf+0x5cc>
   10f8e:	87de                	mv	a5,s7
   10f90:	56f1                	li	a3,-4
   10f92:	0ed9cc63          	blt	s3,a3,1108a <__d_vfprintf+0x6c6>
   10f96:	0fa9da63          	bge	s3,s10,1108a <__d_vfprintf+0x6c6>
   10f9a:	6689                	lui	a3,0x2
   10f9c:	00dae6b3          	or	a3,s5,a3
   10fa0:	01069a93          	sll	s5,a3,0x10
   10fa4:	010ada93          	srl	s5,s5,0x10
   10fa8:	4d01                	li	s10,0
   10faa:	00f9d663          	bge	s3,a5,10fb6 <__d_vfprintf+0x5f2>
   10fae:	00198893          	add	a7,s3,1
   10fb2:	41178d33          	sub	s10,a5,a7
   10fb6:	6d89                	lui	s11,0x2
   10fb8:	01bafdb3          	and	s11,s5,s11
   10fbc:	0c0d8a63          	beqz	s11,11090 <__d_vfprintf+0x6cc>
   10fc0:	87ce                	mv	a5,s3
   10fc2:	0009d363          	bgez	s3,10fc8 <__d_vfprintf+0x604>
   10fc6:	4781                	li	a5,0
   10fc8:	0785                	add	a5,a5,1
   10fca:	c311                	beqz	a4,10fce <__d_vfprintf+0x60a>
   10fcc:	0785                	add	a5,a5,1
   10fce:	0c0d0963          	beqz	s10,110a0 <__d_vfprintf+0x6dc>
   10fd2:	001d0693          	add	a3,s10,1
   10fd6:	97b6                	add	a5,a5,a3
   10fd8:	4481                	li	s1,0
   10fda:	0167d463          	bge	a5,s6,10fe2 <__d_vfprintf+0x61e>
   10fde:	40fb04b3          	sub	s1,s6,a5
   10fe2:	009af793          	and	a5,s5,9
   10fe6:	e789                	bnez	a5,10ff0 <__d_vfprintf+0x62c>
   10fe8:	94a2                	add	s1,s1,s0
   10fea:	0c849063          	bne	s1,s0,110aa <__d_vfprintf+0x6e6>
   10fee:	4481                	li	s1,0
   10ff0:	c719                	beqz	a4,10ffe <__d_vfprintf+0x63a>
   10ff2:	4582                	lw	a1,0(sp)
   10ff4:	853a                	mv	a0,a4
   10ff6:	0405                	add	s0,s0,1
   10ff8:	9a02                	jalr	s4
   10ffa:	a00544e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   10ffe:	00bad793          	srl	a5,s5,0xb
   11002:	8b85                	and	a5,a5,1
   11004:	c395                	beqz	a5,11028 <__d_vfprintf+0x664>
   11006:	4582                	lw	a1,0(sp)
   11008:	03000513          	li	a0,48
   1100c:	9a02                	jalr	s4
   1100e:	9e054ae3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11012:	07800513          	li	a0,120
   11016:	4582                	lw	a1,0(sp)
   11018:	41250533          	sub	a0,a0,s2
   1101c:	0f857513          	and	a0,a0,248
   11020:	0409                	add	s0,s0,2
   11022:	9a02                	jalr	s4
   11024:	9c054fe3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11028:	008af793          	and	a5,s5,8
   1102c:	e791                	bnez	a5,11038 <__d_vfprintf+0x674>
   1102e:	8b22                	mv	s6,s0
   11030:	9426                	add	s0,s0,s1
   11032:	09641663          	bne	s0,s6,110be <__d_vfprintf+0x6fa>
   11036:	4481                	li	s1,0
   11038:	0c0d8f63          	beqz	s11,11116 <__d_vfprintf+0x752>
   1103c:	8cce                	mv	s9,s3
   1103e:	0009d363          	bgez	s3,11044 <__d_vfprintf+0x680>
   11042:	4c81                	li	s9,0
   11044:	41998db3          	sub	s11,s3,s9
   11048:	41a00d33          	neg	s10,s10
   1104c:	5b7d                	li	s6,-1
   1104e:	03000513          	li	a0,48
   11052:	017df663          	bgeu	s11,s7,1105e <__d_vfprintf+0x69a>
   11056:	103c                	add	a5,sp,40
   11058:	97ee                	add	a5,a5,s11
   1105a:	0057c503          	lbu	a0,5(a5)
   1105e:	1cfd                	add	s9,s9,-1
   11060:	00140c13          	add	s8,s0,1
   11064:	07acc563          	blt	s9,s10,110ce <__d_vfprintf+0x70a>
   11068:	4582                	lw	a1,0(sp)
   1106a:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   1106c:	9a02                	jalr	s4
   1106e:	98054ae3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11072:	016c9a63          	bne	s9,s6,11086 <__d_vfprintf+0x6c2>
   11076:	4582                	lw	a1,0(sp)
   11078:	02e00513          	li	a0,46
   1107c:	9a02                	jalr	s4
   1107e:	980542e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11082:	00240c13          	add	s8,s0,2
   11086:	8462                	mv	s0,s8
   11088:	b7d9                	j	1104e <__d_vfprintf+0x68a>
   1108a:	fff78d13          	add	s10,a5,-1
   1108e:	b725                	j	10fb6 <__d_vfprintf+0x5f2>
   11090:	00bad693          	srl	a3,s5,0xb
   11094:	8a85                	and	a3,a3,1
   11096:	478d                	li	a5,3
   11098:	c291                	beqz	a3,1109c <__d_vfprintf+0x6d8>
   1109a:	4795                	li	a5,5
   1109c:	97e2                	add	a5,a5,s8
   1109e:	b735                	j	10fca <__d_vfprintf+0x606>
   110a0:	010af693          	and	a3,s5,16
   110a4:	da95                	beqz	a3,10fd8 <__d_vfprintf+0x614>
   110a6:	0785                	add	a5,a5,1
   110a8:	bf05                	j	10fd8 <__d_vfprintf+0x614>
   110aa:	4582                	lw	a1,0(sp)
   110ac:	02000513          	li	a0,32
   110b0:	c83a                	sw	a4,16(sp)
   110b2:	9a02                	jalr	s4
   110b4:	4742                	lw	a4,16(sp)
   110b6:	0405                	add	s0,s0,1
   110b8:	f20559e3          	bgez	a0,10fea <__d_vfprintf+0x626>
   110bc:	b299                	j	10a02 <__d_vfprintf+0x3e>
   110be:	4582                	lw	a1,0(sp)
   110c0:	03000513          	li	a0,48
   110c4:	0b05                	add	s6,s6,1
   110c6:	9a02                	jalr	s4
   110c8:	f60555e3          	bgez	a0,11032 <__d_vfprintf+0x66e>
   110cc:	ba1d                	j	10a02 <__d_vfprintf+0x3e>
   110ce:	033c9063          	bne	s9,s3,110ee <__d_vfprintf+0x72a>
   110d2:	02d14703          	lbu	a4,45(sp)
   110d6:	03500793          	li	a5,53
   110da:	00e7e863          	bltu	a5,a4,110ea <__d_vfprintf+0x726>
   110de:	00f71863          	bne	a4,a5,110ee <__d_vfprintf+0x72a>
   110e2:	02c14783          	lbu	a5,44(sp)
   110e6:	8bc1                	and	a5,a5,16
   110e8:	e399                	bnez	a5,110ee <__d_vfprintf+0x72a>
   110ea:	03100513          	li	a0,49
   110ee:	4582                	lw	a1,0(sp)
   110f0:	9a02                	jalr	s4
   110f2:	900548e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   110f6:	010afa93          	and	s5,s5,16
   110fa:	e60a85e3          	beqz	s5,10f64 <__d_vfprintf+0x5a0>
   110fe:	57fd                	li	a5,-1
   11100:	e6fc92e3          	bne	s9,a5,10f64 <__d_vfprintf+0x5a0>
   11104:	4582                	lw	a1,0(sp)
   11106:	00240c13          	add	s8,s0,2
   1110a:	02e00513          	li	a0,46
   1110e:	9a02                	jalr	s4
   11110:	e4055ae3          	bgez	a0,10f64 <__d_vfprintf+0x5a0>
   11114:	b0fd                	j	10a02 <__d_vfprintf+0x3e>
   11116:	02d14503          	lbu	a0,45(sp)
   1111a:	03100793          	li	a5,49
   1111e:	00f50763          	beq	a0,a5,1112c <__d_vfprintf+0x768>
   11122:	02c14783          	lbu	a5,44(sp)
   11126:	9bbd                	and	a5,a5,-17
   11128:	02f10623          	sb	a5,44(sp)
   1112c:	4582                	lw	a1,0(sp)
   1112e:	9a02                	jalr	s4
   11130:	8c0549e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11134:	0da05a63          	blez	s10,11208 <__d_vfprintf+0x844>
   11138:	4582                	lw	a1,0(sp)
   1113a:	02e00513          	li	a0,46
   1113e:	0409                	add	s0,s0,2
   11140:	9a02                	jalr	s4
   11142:	8c0540e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11146:	4a85                	li	s5,1
   11148:	4785                	li	a5,1
   1114a:	0405                	add	s0,s0,1
   1114c:	03000513          	li	a0,48
   11150:	017af863          	bgeu	s5,s7,11160 <__d_vfprintf+0x79c>
   11154:	02078793          	add	a5,a5,32
   11158:	1018                	add	a4,sp,32
   1115a:	97ba                	add	a5,a5,a4
   1115c:	fed7c503          	lbu	a0,-19(a5)
   11160:	4582                	lw	a1,0(sp)
   11162:	9a02                	jalr	s4
   11164:	88054fe3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11168:	0a85                	add	s5,s5,1
   1116a:	0ffafa93          	zext.b	s5,s5
   1116e:	87d6                	mv	a5,s5
   11170:	fd5d5de3          	bge	s10,s5,1114a <__d_vfprintf+0x786>
   11174:	4582                	lw	a1,0(sp)
   11176:	412c8533          	sub	a0,s9,s2
   1117a:	0ff57513          	zext.b	a0,a0
   1117e:	9a02                	jalr	s4
   11180:	880541e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11184:	0009ca63          	bltz	s3,11198 <__d_vfprintf+0x7d4>
   11188:	02b00513          	li	a0,43
   1118c:	00099a63          	bnez	s3,111a0 <__d_vfprintf+0x7dc>
   11190:	02c14783          	lbu	a5,44(sp)
   11194:	8bc1                	and	a5,a5,16
   11196:	c789                	beqz	a5,111a0 <__d_vfprintf+0x7dc>
   11198:	413009b3          	neg	s3,s3
   1119c:	02d00513          	li	a0,45
   111a0:	4582                	lw	a1,0(sp)
   111a2:	9a02                	jalr	s4
   111a4:	84054fe3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   111a8:	4791                	li	a5,4
   111aa:	06fc1e63          	bne	s8,a5,11226 <__d_vfprintf+0x862>
   111ae:	3e800913          	li	s2,1000
   111b2:	0329c533          	div	a0,s3,s2
   111b6:	4582                	lw	a1,0(sp)
   111b8:	040d                	add	s0,s0,3
   111ba:	03050513          	add	a0,a0,48
   111be:	0ff57513          	zext.b	a0,a0
   111c2:	9a02                	jalr	s4
   111c4:	82054fe3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   111c8:	0329e9b3          	rem	s3,s3,s2
   111cc:	06400913          	li	s2,100
   111d0:	4582                	lw	a1,0(sp)
   111d2:	0405                	add	s0,s0,1
   111d4:	0329c533          	div	a0,s3,s2
   111d8:	03050513          	add	a0,a0,48
   111dc:	0ff57513          	zext.b	a0,a0
   111e0:	9a02                	jalr	s4
   111e2:	820540e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   111e6:	0329e9b3          	rem	s3,s3,s2
   111ea:	4929                	li	s2,10
   111ec:	4582                	lw	a1,0(sp)
   111ee:	0405                	add	s0,s0,1
   111f0:	0329c533          	div	a0,s3,s2
   111f4:	03050513          	add	a0,a0,48
   111f8:	0ff57513          	zext.b	a0,a0
   111fc:	9a02                	jalr	s4
   111fe:	800542e3          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11202:	0329e9b3          	rem	s3,s3,s2
   11206:	a03d                	j	11234 <__d_vfprintf+0x870>
   11208:	010afa93          	and	s5,s5,16
   1120c:	000a9463          	bnez	s5,11214 <__d_vfprintf+0x850>
   11210:	0405                	add	s0,s0,1
   11212:	b78d                	j	11174 <__d_vfprintf+0x7b0>
   11214:	4582                	lw	a1,0(sp)
   11216:	02e00513          	li	a0,46
   1121a:	0409                	add	s0,s0,2
   1121c:	9a02                	jalr	s4
   1121e:	f4055be3          	bgez	a0,11174 <__d_vfprintf+0x7b0>
   11222:	fe0ff06f          	j	10a02 <__d_vfprintf+0x3e>
   11226:	478d                	li	a5,3
   11228:	0409                	add	s0,s0,2
   1122a:	fafc01e3          	beq	s8,a5,111cc <__d_vfprintf+0x808>
   1122e:	4785                	li	a5,1
   11230:	fafc1de3          	bne	s8,a5,111ea <__d_vfprintf+0x826>
   11234:	03098513          	add	a0,s3,48
   11238:	4582                	lw	a1,0(sp)
   1123a:	00140c13          	add	s8,s0,1
   1123e:	0ff57513          	zext.b	a0,a0
   11242:	b5f1                	j	1110e <__d_vfprintf+0x74a>
   11244:	f9d90793          	add	a5,s2,-99
   11248:	0ff7f793          	zext.b	a5,a5
   1124c:	4749                	li	a4,18
   1124e:	1ef76d63          	bltu	a4,a5,11448 <__d_vfprintf+0xa84>
   11252:	674d                	lui	a4,0x13
   11254:	078a                	sll	a5,a5,0x2
   11256:	23470713          	add	a4,a4,564 # 13234 <CSWTCH.24+0x7c>
   1125a:	97ba                	add	a5,a5,a4
   1125c:	439c                	lw	a5,0(a5)
   1125e:	8782                	jr	a5
   11260:	5792                	lw	a5,36(sp)
   11262:	4485                	li	s1,1
   11264:	02810993          	add	s3,sp,40
   11268:	00478713          	add	a4,a5,4
   1126c:	439c                	lw	a5,0(a5)
   1126e:	d23a                	sw	a4,36(sp)
   11270:	02f10423          	sb	a5,40(sp)
   11274:	008df813          	and	a6,s11,8
   11278:	04080d63          	beqz	a6,112d2 <__d_vfprintf+0x90e>
   1127c:	4901                	li	s2,0
   1127e:	05249c63          	bne	s1,s2,112d6 <__d_vfprintf+0x912>
   11282:	00940c33          	add	s8,s0,s1
   11286:	409b04b3          	sub	s1,s6,s1
   1128a:	b9e9                	j	10f64 <__d_vfprintf+0x5a0>
   1128c:	5792                	lw	a5,36(sp)
   1128e:	00478713          	add	a4,a5,4
   11292:	d23a                	sw	a4,36(sp)
   11294:	0007a983          	lw	s3,0(a5)
   11298:	00099563          	bnez	s3,112a2 <__d_vfprintf+0x8de>
   1129c:	69cd                	lui	s3,0x13
   1129e:	1e898993          	add	s3,s3,488 # 131e8 <CSWTCH.24+0x30>
   112a2:	040df793          	and	a5,s11,64
   112a6:	55fd                	li	a1,-1
   112a8:	c391                	beqz	a5,112ac <__d_vfprintf+0x8e8>
   112aa:	85ea                	mv	a1,s10
   112ac:	854e                	mv	a0,s3
   112ae:	4b7000ef          	jal	11f64 <strnlen>
   112b2:	84aa                	mv	s1,a0
   112b4:	b7c1                	j	11274 <__d_vfprintf+0x8b0>
   112b6:	4582                	lw	a1,0(sp)
   112b8:	02000513          	li	a0,32
   112bc:	9a02                	jalr	s4
   112be:	f4054263          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   112c2:	197d                	add	s2,s2,-1
   112c4:	ff24e9e3          	bltu	s1,s2,112b6 <__d_vfprintf+0x8f2>
   112c8:	945a                	add	s0,s0,s6
   112ca:	41240433          	sub	s0,s0,s2
   112ce:	8b4a                	mv	s6,s2
   112d0:	b775                	j	1127c <__d_vfprintf+0x8b8>
   112d2:	895a                	mv	s2,s6
   112d4:	bfc5                	j	112c4 <__d_vfprintf+0x900>
   112d6:	012987b3          	add	a5,s3,s2
   112da:	4582                	lw	a1,0(sp)
   112dc:	0007c503          	lbu	a0,0(a5)
   112e0:	0905                	add	s2,s2,1
   112e2:	9a02                	jalr	s4
   112e4:	f8055de3          	bgez	a0,1127e <__d_vfprintf+0x8ba>
   112e8:	f1aff06f          	j	10a02 <__d_vfprintf+0x3e>
   112ec:	080df713          	and	a4,s11,128
   112f0:	5792                	lw	a5,36(sp)
   112f2:	cf49                	beqz	a4,1138c <__d_vfprintf+0x9c8>
   112f4:	200df713          	and	a4,s11,512
   112f8:	c359                	beqz	a4,1137e <__d_vfprintf+0x9ba>
   112fa:	079d                	add	a5,a5,7
   112fc:	9be1                	and	a5,a5,-8
   112fe:	4388                	lw	a0,0(a5)
   11300:	43cc                	lw	a1,4(a5)
   11302:	00878713          	add	a4,a5,8
   11306:	d23a                	sw	a4,36(sp)
   11308:	fefdf993          	and	s3,s11,-17
   1130c:	09c2                	sll	s3,s3,0x10
   1130e:	0109d993          	srl	s3,s3,0x10
   11312:	0805dd63          	bgez	a1,113ac <__d_vfprintf+0x9e8>
   11316:	00a037b3          	snez	a5,a0
   1131a:	40b005b3          	neg	a1,a1
   1131e:	8d9d                	sub	a1,a1,a5
   11320:	40a00533          	neg	a0,a0
   11324:	4009e993          	or	s3,s3,1024
   11328:	02810a93          	add	s5,sp,40
   1132c:	46a9                	li	a3,10
   1132e:	8656                	mv	a2,s5
   11330:	c98ff0ef          	jal	107c8 <__ultoa_invert>
   11334:	0409f793          	and	a5,s3,64
   11338:	41550ab3          	sub	s5,a0,s5
   1133c:	c7f5                	beqz	a5,11428 <__d_vfprintf+0xa64>
   1133e:	ffe9f793          	and	a5,s3,-2
   11342:	07c2                	sll	a5,a5,0x10
   11344:	83c1                	srl	a5,a5,0x10
   11346:	19aad563          	bge	s5,s10,114d0 <__d_vfprintf+0xb0c>
   1134a:	16090c63          	beqz	s2,114c2 <__d_vfprintf+0xafe>
   1134e:	0109fc13          	and	s8,s3,16
   11352:	84ea                	mv	s1,s10
   11354:	89be                	mv	s3,a5
   11356:	060c0a63          	beqz	s8,113ca <__d_vfprintf+0xa06>
   1135a:	0489                	add	s1,s1,2
   1135c:	0089f793          	and	a5,s3,8
   11360:	18079a63          	bnez	a5,114f4 <__d_vfprintf+0xb30>
   11364:	0019f793          	and	a5,s3,1
   11368:	cb89                	beqz	a5,1137a <__d_vfprintf+0x9b6>
   1136a:	8d56                	mv	s10,s5
   1136c:	0164d763          	bge	s1,s6,1137a <__d_vfprintf+0x9b6>
   11370:	409b04b3          	sub	s1,s6,s1
   11374:	01548d33          	add	s10,s1,s5
   11378:	84da                	mv	s1,s6
   1137a:	8ba6                	mv	s7,s1
   1137c:	a2ad                	j	114e6 <__d_vfprintf+0xb22>
   1137e:	4388                	lw	a0,0(a5)
   11380:	00478713          	add	a4,a5,4
   11384:	d23a                	sw	a4,36(sp)
   11386:	41f55593          	sra	a1,a0,0x1f
   1138a:	bfbd                	j	11308 <__d_vfprintf+0x944>
   1138c:	00478713          	add	a4,a5,4
   11390:	4388                	lw	a0,0(a5)
   11392:	d23a                	sw	a4,36(sp)
   11394:	100df793          	and	a5,s11,256
   11398:	d7fd                	beqz	a5,11386 <__d_vfprintf+0x9c2>
   1139a:	200df793          	and	a5,s11,512
   1139e:	c781                	beqz	a5,113a6 <__d_vfprintf+0x9e2>
   113a0:	0562                	sll	a0,a0,0x18
   113a2:	8561                	sra	a0,a0,0x18
   113a4:	b7cd                	j	11386 <__d_vfprintf+0x9c2>
   113a6:	0542                	sll	a0,a0,0x10
   113a8:	8541                	sra	a0,a0,0x10
   113aa:	bff1                	j	11386 <__d_vfprintf+0x9c2>
   113ac:	00b567b3          	or	a5,a0,a1
   113b0:	ffa5                	bnez	a5,11328 <__d_vfprintf+0x964>
   113b2:	040df793          	and	a5,s11,64
   113b6:	dbad                	beqz	a5,11328 <__d_vfprintf+0x964>
   113b8:	f60d18e3          	bnez	s10,11328 <__d_vfprintf+0x964>
   113bc:	feedf993          	and	s3,s11,-18
   113c0:	09c2                	sll	s3,s3,0x10
   113c2:	0109d993          	srl	s3,s3,0x10
   113c6:	4a81                	li	s5,0
   113c8:	4481                	li	s1,0
   113ca:	4069fc13          	and	s8,s3,1030
   113ce:	f80c07e3          	beqz	s8,1135c <__d_vfprintf+0x998>
   113d2:	0485                	add	s1,s1,1
   113d4:	4c01                	li	s8,0
   113d6:	b759                	j	1135c <__d_vfprintf+0x998>
   113d8:	fefdf813          	and	a6,s11,-17
   113dc:	01081d93          	sll	s11,a6,0x10
   113e0:	010ddd93          	srl	s11,s11,0x10
   113e4:	46a9                	li	a3,10
   113e6:	080df713          	and	a4,s11,128
   113ea:	5792                	lw	a5,36(sp)
   113ec:	c355                	beqz	a4,11490 <__d_vfprintf+0xacc>
   113ee:	200df713          	and	a4,s11,512
   113f2:	cb49                	beqz	a4,11484 <__d_vfprintf+0xac0>
   113f4:	079d                	add	a5,a5,7
   113f6:	9be1                	and	a5,a5,-8
   113f8:	4388                	lw	a0,0(a5)
   113fa:	43cc                	lw	a1,4(a5)
   113fc:	00878713          	add	a4,a5,8
   11400:	d23a                	sw	a4,36(sp)
   11402:	00b567b3          	or	a5,a0,a1
   11406:	e7cd                	bnez	a5,114b0 <__d_vfprintf+0xaec>
   11408:	fe9df993          	and	s3,s11,-23
   1140c:	09c2                	sll	s3,s3,0x10
   1140e:	040df793          	and	a5,s11,64
   11412:	0109d993          	srl	s3,s3,0x10
   11416:	c3dd                	beqz	a5,114bc <__d_vfprintf+0xaf8>
   11418:	0a0d1263          	bnez	s10,114bc <__d_vfprintf+0xaf8>
   1141c:	fe8df993          	and	s3,s11,-24
   11420:	09c2                	sll	s3,s3,0x10
   11422:	0109d993          	srl	s3,s3,0x10
   11426:	4a81                	li	s5,0
   11428:	0109fc13          	and	s8,s3,16
   1142c:	0a0c0463          	beqz	s8,114d4 <__d_vfprintf+0xb10>
   11430:	001a8493          	add	s1,s5,1
   11434:	f20904e3          	beqz	s2,1135c <__d_vfprintf+0x998>
   11438:	84d6                	mv	s1,s5
   1143a:	b705                	j	1135a <__d_vfprintf+0x996>
   1143c:	010ded93          	or	s11,s11,16
   11440:	46c1                	li	a3,16
   11442:	07800913          	li	s2,120
   11446:	b745                	j	113e6 <__d_vfprintf+0xa22>
   11448:	07800793          	li	a5,120
   1144c:	00fc9a63          	bne	s9,a5,11460 <__d_vfprintf+0xa9c>
   11450:	05800793          	li	a5,88
   11454:	46c1                	li	a3,16
   11456:	f8f918e3          	bne	s2,a5,113e6 <__d_vfprintf+0xa22>
   1145a:	21000693          	li	a3,528
   1145e:	b761                	j	113e6 <__d_vfprintf+0xa22>
   11460:	4582                	lw	a1,0(sp)
   11462:	02500513          	li	a0,37
   11466:	9a02                	jalr	s4
   11468:	d8054d63          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   1146c:	4582                	lw	a1,0(sp)
   1146e:	854a                	mv	a0,s2
   11470:	9a02                	jalr	s4
   11472:	d8054863          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11476:	0409                	add	s0,s0,2
   11478:	4792                	lw	a5,4(sp)
   1147a:	d68ff06f          	j	109e2 <__d_vfprintf+0x1e>
   1147e:	46a1                	li	a3,8
   11480:	4901                	li	s2,0
   11482:	b795                	j	113e6 <__d_vfprintf+0xa22>
   11484:	4388                	lw	a0,0(a5)
   11486:	00478713          	add	a4,a5,4
   1148a:	d23a                	sw	a4,36(sp)
   1148c:	4581                	li	a1,0
   1148e:	bf95                	j	11402 <__d_vfprintf+0xa3e>
   11490:	00478713          	add	a4,a5,4
   11494:	4388                	lw	a0,0(a5)
   11496:	d23a                	sw	a4,36(sp)
   11498:	100df793          	and	a5,s11,256
   1149c:	dbe5                	beqz	a5,1148c <__d_vfprintf+0xac8>
   1149e:	200df793          	and	a5,s11,512
   114a2:	c781                	beqz	a5,114aa <__d_vfprintf+0xae6>
   114a4:	0ff57513          	zext.b	a0,a0
   114a8:	b7d5                	j	1148c <__d_vfprintf+0xac8>
   114aa:	0542                	sll	a0,a0,0x10
   114ac:	8141                	srl	a0,a0,0x10
   114ae:	bff9                	j	1148c <__d_vfprintf+0xac8>
   114b0:	ff9df813          	and	a6,s11,-7
   114b4:	01081993          	sll	s3,a6,0x10
   114b8:	0109d993          	srl	s3,s3,0x10
   114bc:	02810a93          	add	s5,sp,40
   114c0:	b5bd                	j	1132e <__d_vfprintf+0x96a>
   114c2:	fee9f993          	and	s3,s3,-18
   114c6:	09c2                	sll	s3,s3,0x10
   114c8:	0109d993          	srl	s3,s3,0x10
   114cc:	84ea                	mv	s1,s10
   114ce:	bdf5                	j	113ca <__d_vfprintf+0xa06>
   114d0:	89be                	mv	s3,a5
   114d2:	bf99                	j	11428 <__d_vfprintf+0xa64>
   114d4:	84d6                	mv	s1,s5
   114d6:	bdd5                	j	113ca <__d_vfprintf+0xa06>
   114d8:	4582                	lw	a1,0(sp)
   114da:	02000513          	li	a0,32
   114de:	9a02                	jalr	s4
   114e0:	d2054163          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   114e4:	0b85                	add	s7,s7,1
   114e6:	ff6bc9e3          	blt	s7,s6,114d8 <__d_vfprintf+0xb14>
   114ea:	409404b3          	sub	s1,s0,s1
   114ee:	01748433          	add	s0,s1,s7
   114f2:	84de                	mv	s1,s7
   114f4:	020c0363          	beqz	s8,1151a <__d_vfprintf+0xb56>
   114f8:	4582                	lw	a1,0(sp)
   114fa:	03000513          	li	a0,48
   114fe:	9a02                	jalr	s4
   11500:	d0054163          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11504:	04090d63          	beqz	s2,1155e <__d_vfprintf+0xb9a>
   11508:	4582                	lw	a1,0(sp)
   1150a:	0409                	add	s0,s0,2
   1150c:	854a                	mv	a0,s2
   1150e:	9a02                	jalr	s4
   11510:	ce054963          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11514:	8c22                	mv	s8,s0
   11516:	9d22                	add	s10,s10,s0
   11518:	a81d                	j	1154e <__d_vfprintf+0xb8a>
   1151a:	4069f793          	and	a5,s3,1030
   1151e:	dbfd                	beqz	a5,11514 <__d_vfprintf+0xb50>
   11520:	0029f793          	and	a5,s3,2
   11524:	02000513          	li	a0,32
   11528:	c399                	beqz	a5,1152e <__d_vfprintf+0xb6a>
   1152a:	02b00513          	li	a0,43
   1152e:	4009f993          	and	s3,s3,1024
   11532:	00098463          	beqz	s3,1153a <__d_vfprintf+0xb76>
   11536:	02d00513          	li	a0,45
   1153a:	4582                	lw	a1,0(sp)
   1153c:	0405                	add	s0,s0,1
   1153e:	bfc1                	j	1150e <__d_vfprintf+0xb4a>
   11540:	4582                	lw	a1,0(sp)
   11542:	03000513          	li	a0,48
   11546:	0c05                	add	s8,s8,1
   11548:	9a02                	jalr	s4
   1154a:	ca054c63          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   1154e:	418d07b3          	sub	a5,s10,s8
   11552:	fefac7e3          	blt	s5,a5,11540 <__d_vfprintf+0xb7c>
   11556:	8456                	mv	s0,s5
   11558:	e409                	bnez	s0,11562 <__d_vfprintf+0xb9e>
   1155a:	9c56                	add	s8,s8,s5
   1155c:	b32d                	j	11286 <__d_vfprintf+0x8c2>
   1155e:	0405                	add	s0,s0,1
   11560:	bf55                	j	11514 <__d_vfprintf+0xb50>
   11562:	147d                	add	s0,s0,-1
   11564:	103c                	add	a5,sp,40
   11566:	97a2                	add	a5,a5,s0
   11568:	4582                	lw	a1,0(sp)
   1156a:	0007c503          	lbu	a0,0(a5)
   1156e:	9a02                	jalr	s4
   11570:	fe0554e3          	bgez	a0,11558 <__d_vfprintf+0xb94>
   11574:	c8eff06f          	j	10a02 <__d_vfprintf+0x3e>
   11578:	4582                	lw	a1,0(sp)
   1157a:	02000513          	li	a0,32
   1157e:	0405                	add	s0,s0,1
   11580:	9a02                	jalr	s4
   11582:	c8054063          	bltz	a0,10a02 <__d_vfprintf+0x3e>
   11586:	408487b3          	sub	a5,s1,s0
   1158a:	fef047e3          	bgtz	a5,11578 <__d_vfprintf+0xbb4>
   1158e:	b5ed                	j	11478 <__d_vfprintf+0xab4>

00011590 <mulShiftAll64>:
   11590:	108012ef          	jal	t0,12698 <__riscv_save_10>
   11594:	84b2                	mv	s1,a2
   11596:	00159913          	sll	s2,a1,0x1
   1159a:	4210                	lw	a2,0(a2)
   1159c:	8ab6                	mv	s5,a3
   1159e:	89be                	mv	s3,a5
   115a0:	40d4                	lw	a3,4(s1)
   115a2:	01f55793          	srl	a5,a0,0x1f
   115a6:	1141                	add	sp,sp,-16
   115a8:	0127e933          	or	s2,a5,s2
   115ac:	00151413          	sll	s0,a0,0x1
   115b0:	8522                	mv	a0,s0
   115b2:	85ca                	mv	a1,s2
   115b4:	8bba                	mv	s7,a4
   115b6:	870a                	mv	a4,sp
   115b8:	8b42                	mv	s6,a6
   115ba:	0ed000ef          	jal	11ea6 <__umul128>
   115be:	44d4                	lw	a3,12(s1)
   115c0:	4490                	lw	a2,8(s1)
   115c2:	0038                	add	a4,sp,8
   115c4:	8caa                	mv	s9,a0
   115c6:	8c2e                	mv	s8,a1
   115c8:	8522                	mv	a0,s0
   115ca:	85ca                	mv	a1,s2
   115cc:	0db000ef          	jal	11ea6 <__umul128>
   115d0:	4682                	lw	a3,0(sp)
   115d2:	4712                	lw	a4,4(sp)
   115d4:	4785                	li	a5,1
   115d6:	00d50933          	add	s2,a0,a3
   115da:	00a93533          	sltu	a0,s2,a0
   115de:	95ba                	add	a1,a1,a4
   115e0:	00b50433          	add	s0,a0,a1
   115e4:	00e46763          	bltu	s0,a4,115f2 <mulShiftAll64+0x62>
   115e8:	00871463          	bne	a4,s0,115f0 <mulShiftAll64+0x60>
   115ec:	00d96363          	bltu	s2,a3,115f2 <mulShiftAll64+0x62>
   115f0:	4781                	li	a5,0
   115f2:	4622                	lw	a2,8(sp)
   115f4:	4732                	lw	a4,12(sp)
   115f6:	963e                	add	a2,a2,a5
   115f8:	00f637b3          	sltu	a5,a2,a5
   115fc:	00e786b3          	add	a3,a5,a4
   11600:	4098                	lw	a4,0(s1)
   11602:	40dc                	lw	a5,4(s1)
   11604:	c432                	sw	a2,8(sp)
   11606:	9766                	add	a4,a4,s9
   11608:	97e2                	add	a5,a5,s8
   1160a:	019735b3          	sltu	a1,a4,s9
   1160e:	95be                	add	a1,a1,a5
   11610:	c636                	sw	a3,12(sp)
   11612:	4785                	li	a5,1
   11614:	0185e763          	bltu	a1,s8,11622 <mulShiftAll64+0x92>
   11618:	00bc1463          	bne	s8,a1,11620 <mulShiftAll64+0x90>
   1161c:	01976363          	bltu	a4,s9,11622 <mulShiftAll64+0x92>
   11620:	4781                	li	a5,0
   11622:	4498                	lw	a4,8(s1)
   11624:	44c8                	lw	a0,12(s1)
   11626:	fbfa8a13          	add	s4,s5,-65
   1162a:	974a                	add	a4,a4,s2
   1162c:	9522                	add	a0,a0,s0
   1162e:	012735b3          	sltu	a1,a4,s2
   11632:	95aa                	add	a1,a1,a0
   11634:	00e78533          	add	a0,a5,a4
   11638:	00f537b3          	sltu	a5,a0,a5
   1163c:	95be                	add	a1,a1,a5
   1163e:	4785                	li	a5,1
   11640:	0085e763          	bltu	a1,s0,1164e <mulShiftAll64+0xbe>
   11644:	00b41463          	bne	s0,a1,1164c <mulShiftAll64+0xbc>
   11648:	01256363          	bltu	a0,s2,1164e <mulShiftAll64+0xbe>
   1164c:	4781                	li	a5,0
   1164e:	963e                	add	a2,a2,a5
   11650:	00f637b3          	sltu	a5,a2,a5
   11654:	8752                	mv	a4,s4
   11656:	96be                	add	a3,a3,a5
   11658:	09b000ef          	jal	11ef2 <__shiftright128>
   1165c:	00aba023          	sw	a0,0(s7)
   11660:	00bba223          	sw	a1,4(s7)
   11664:	4785                	li	a5,1
   11666:	48a2                	lw	a7,8(sp)
   11668:	4832                	lw	a6,12(sp)
   1166a:	40cc                	lw	a1,4(s1)
   1166c:	4488                	lw	a0,8(s1)
   1166e:	44d8                	lw	a4,12(s1)
   11670:	06fb1763          	bne	s6,a5,116de <mulShiftAll64+0x14e>
   11674:	40a906b3          	sub	a3,s2,a0
   11678:	00d93633          	sltu	a2,s2,a3
   1167c:	40e407b3          	sub	a5,s0,a4
   11680:	8f91                	sub	a5,a5,a2
   11682:	4505                	li	a0,1
   11684:	00bc6863          	bltu	s8,a1,11694 <mulShiftAll64+0x104>
   11688:	01859563          	bne	a1,s8,11692 <mulShiftAll64+0x102>
   1168c:	4098                	lw	a4,0(s1)
   1168e:	00ece363          	bltu	s9,a4,11694 <mulShiftAll64+0x104>
   11692:	4501                	li	a0,0
   11694:	40a68533          	sub	a0,a3,a0
   11698:	00a6b6b3          	sltu	a3,a3,a0
   1169c:	40d785b3          	sub	a1,a5,a3
   116a0:	4605                	li	a2,1
   116a2:	00b46763          	bltu	s0,a1,116b0 <mulShiftAll64+0x120>
   116a6:	00859463          	bne	a1,s0,116ae <mulShiftAll64+0x11e>
   116aa:	00a96363          	bltu	s2,a0,116b0 <mulShiftAll64+0x120>
   116ae:	4601                	li	a2,0
   116b0:	40c88633          	sub	a2,a7,a2
   116b4:	00c8b6b3          	sltu	a3,a7,a2
   116b8:	8752                	mv	a4,s4
   116ba:	40d806b3          	sub	a3,a6,a3
   116be:	035000ef          	jal	11ef2 <__shiftright128>
   116c2:	4622                	lw	a2,8(sp)
   116c4:	46b2                	lw	a3,12(sp)
   116c6:	00a9a023          	sw	a0,0(s3)
   116ca:	00b9a223          	sw	a1,4(s3)
   116ce:	8752                	mv	a4,s4
   116d0:	854a                	mv	a0,s2
   116d2:	85a2                	mv	a1,s0
   116d4:	01f000ef          	jal	11ef2 <__shiftright128>
   116d8:	0141                	add	sp,sp,16
   116da:	7f70006f          	j	126d0 <__riscv_restore_10>
   116de:	01fcd793          	srl	a5,s9,0x1f
   116e2:	001c1613          	sll	a2,s8,0x1
   116e6:	8e5d                	or	a2,a2,a5
   116e8:	01f95693          	srl	a3,s2,0x1f
   116ec:	00141793          	sll	a5,s0,0x1
   116f0:	001c9e93          	sll	t4,s9,0x1
   116f4:	8fd5                	or	a5,a5,a3
   116f6:	00191313          	sll	t1,s2,0x1
   116fa:	4e05                	li	t3,1
   116fc:	01866763          	bltu	a2,s8,1170a <mulShiftAll64+0x17a>
   11700:	00cc1463          	bne	s8,a2,11708 <mulShiftAll64+0x178>
   11704:	019ee363          	bltu	t4,s9,1170a <mulShiftAll64+0x17a>
   11708:	4e01                	li	t3,0
   1170a:	9e1a                	add	t3,t3,t1
   1170c:	006e3333          	sltu	t1,t3,t1
   11710:	933e                	add	t1,t1,a5
   11712:	4785                	li	a5,1
   11714:	00b66863          	bltu	a2,a1,11724 <mulShiftAll64+0x194>
   11718:	00c59563          	bne	a1,a2,11722 <mulShiftAll64+0x192>
   1171c:	4094                	lw	a3,0(s1)
   1171e:	00dee363          	bltu	t4,a3,11724 <mulShiftAll64+0x194>
   11722:	4781                	li	a5,0
   11724:	40fe07b3          	sub	a5,t3,a5
   11728:	00fe35b3          	sltu	a1,t3,a5
   1172c:	40b305b3          	sub	a1,t1,a1
   11730:	40a78533          	sub	a0,a5,a0
   11734:	00a7b7b3          	sltu	a5,a5,a0
   11738:	8d99                	sub	a1,a1,a4
   1173a:	01f8d693          	srl	a3,a7,0x1f
   1173e:	8d9d                	sub	a1,a1,a5
   11740:	00181793          	sll	a5,a6,0x1
   11744:	8fd5                	or	a5,a5,a3
   11746:	fc0a8713          	add	a4,s5,-64
   1174a:	0886                	sll	a7,a7,0x1
   1174c:	4685                	li	a3,1
   1174e:	00836763          	bltu	t1,s0,1175c <mulShiftAll64+0x1cc>
   11752:	00641463          	bne	s0,t1,1175a <mulShiftAll64+0x1ca>
   11756:	012e6363          	bltu	t3,s2,1175c <mulShiftAll64+0x1cc>
   1175a:	4681                	li	a3,0
   1175c:	96c6                	add	a3,a3,a7
   1175e:	0116b8b3          	sltu	a7,a3,a7
   11762:	98be                	add	a7,a7,a5
   11764:	4605                	li	a2,1
   11766:	00b36763          	bltu	t1,a1,11774 <mulShiftAll64+0x1e4>
   1176a:	00659463          	bne	a1,t1,11772 <mulShiftAll64+0x1e2>
   1176e:	00ae6363          	bltu	t3,a0,11774 <mulShiftAll64+0x1e4>
   11772:	4601                	li	a2,0
   11774:	40c68633          	sub	a2,a3,a2
   11778:	00c6b6b3          	sltu	a3,a3,a2
   1177c:	40d886b3          	sub	a3,a7,a3
   11780:	bf3d                	j	116be <mulShiftAll64+0x12e>

00011782 <div10>:
   11782:	73f002ef          	jal	t0,126c0 <__riscv_save_0>
   11786:	67cd                	lui	a5,0x13
   11788:	6c87a603          	lw	a2,1736(a5) # 136c8 <stdout+0x4>
   1178c:	6cc7a683          	lw	a3,1740(a5)
   11790:	1141                	add	sp,sp,-16
   11792:	0038                	add	a4,sp,8
   11794:	712000ef          	jal	11ea6 <__umul128>
   11798:	45b2                	lw	a1,12(sp)
   1179a:	47a2                	lw	a5,8(sp)
   1179c:	01d59513          	sll	a0,a1,0x1d
   117a0:	838d                	srl	a5,a5,0x3
   117a2:	8d5d                	or	a0,a0,a5
   117a4:	818d                	srl	a1,a1,0x3
   117a6:	0141                	add	sp,sp,16
   117a8:	73d0006f          	j	126e4 <__riscv_restore_0>

000117ac <__dtoa_engine>:
   117ac:	6e5002ef          	jal	t0,12690 <__riscv_save_12>
   117b0:	715d                	add	sp,sp,-80
   117b2:	8bb6                	mv	s7,a3
   117b4:	001006b7          	lui	a3,0x100
   117b8:	c43a                	sw	a4,8(sp)
   117ba:	c63e                	sw	a5,12(sp)
   117bc:	01f5d713          	srl	a4,a1,0x1f
   117c0:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   117c4:	0145d793          	srl	a5,a1,0x14
   117c8:	00bdfdb3          	and	s11,s11,a1
   117cc:	c03a                	sw	a4,0(sp)
   117ce:	7ff7f413          	and	s0,a5,2047
   117d2:	84aa                	mv	s1,a0
   117d4:	8ab2                	mv	s5,a2
   117d6:	00ade733          	or	a4,s11,a0
   117da:	e405                	bnez	s0,11802 <__dtoa_engine+0x56>
   117dc:	e331                	bnez	a4,11820 <__dtoa_engine+0x74>
   117de:	03000793          	li	a5,48
   117e2:	00f602a3          	sb	a5,5(a2) # 80000005 <__global_pointer$+0x7ffeb7ed>
   117e6:	4782                	lw	a5,0(sp)
   117e8:	00060323          	sb	zero,6(a2)
   117ec:	00062023          	sw	zero,0(a2)
   117f0:	0027e993          	or	s3,a5,2
   117f4:	01360223          	sb	s3,4(a2)
   117f8:	4405                	li	s0,1
   117fa:	8522                	mv	a0,s0
   117fc:	6161                	add	sp,sp,80
   117fe:	6cf0006f          	j	126cc <__riscv_restore_12>
   11802:	7ff00613          	li	a2,2047
   11806:	0ac41163          	bne	s0,a2,118a8 <__dtoa_engine+0xfc>
   1180a:	4782                	lw	a5,0(sp)
   1180c:	0047e793          	or	a5,a5,4
   11810:	c701                	beqz	a4,11818 <__dtoa_engine+0x6c>
   11812:	4782                	lw	a5,0(sp)
   11814:	0087e793          	or	a5,a5,8
   11818:	00fa8223          	sb	a5,4(s5)
   1181c:	4401                	li	s0,0
   1181e:	bff1                	j	117fa <__dtoa_engine+0x4e>
   11820:	00157793          	and	a5,a0,1
   11824:	c23e                	sw	a5,4(sp)
   11826:	002d9993          	sll	s3,s11,0x2
   1182a:	01e55793          	srl	a5,a0,0x1e
   1182e:	0137e9b3          	or	s3,a5,s3
   11832:	00251c13          	sll	s8,a0,0x2
   11836:	892a                	mv	s2,a0
   11838:	bcc00413          	li	s0,-1076
   1183c:	4805                	li	a6,1
   1183e:	4d05                	li	s10,1
   11840:	408004b3          	neg	s1,s0
   11844:	8526                	mv	a0,s1
   11846:	ca42                	sw	a6,20(sp)
   11848:	2d35                	jal	11e84 <__log10Pow5>
   1184a:	fff42793          	slti	a5,s0,-1
   1184e:	40f50b33          	sub	s6,a0,a5
   11852:	416484b3          	sub	s1,s1,s6
   11856:	8526                	mv	a0,s1
   11858:	2d35                	jal	11e94 <__pow5bits>
   1185a:	f8350693          	add	a3,a0,-125
   1185e:	40db06b3          	sub	a3,s6,a3
   11862:	8526                	mv	a0,s1
   11864:	008c                	add	a1,sp,64
   11866:	c836                	sw	a3,16(sp)
   11868:	2921                	jal	11c80 <__double_computePow5>
   1186a:	4852                	lw	a6,20(sp)
   1186c:	46c2                	lw	a3,16(sp)
   1186e:	181c                	add	a5,sp,48
   11870:	1038                	add	a4,sp,40
   11872:	0090                	add	a2,sp,64
   11874:	854a                	mv	a0,s2
   11876:	85ee                	mv	a1,s11
   11878:	3b21                	jal	11590 <mulShiftAll64>
   1187a:	4785                	li	a5,1
   1187c:	008b0a33          	add	s4,s6,s0
   11880:	84ae                	mv	s1,a1
   11882:	842a                	mv	s0,a0
   11884:	1367e563          	bltu	a5,s6,119ae <__dtoa_engine+0x202>
   11888:	4792                	lw	a5,4(sp)
   1188a:	4985                	li	s3,1
   1188c:	0e078863          	beqz	a5,1197c <__dtoa_engine+0x1d0>
   11890:	57a2                	lw	a5,40(sp)
   11892:	5732                	lw	a4,44(sp)
   11894:	4985                	li	s3,1
   11896:	fff78693          	add	a3,a5,-1
   1189a:	0017b793          	seqz	a5,a5
   1189e:	40f707b3          	sub	a5,a4,a5
   118a2:	d436                	sw	a3,40(sp)
   118a4:	d63e                	sw	a5,44(sp)
   118a6:	a075                	j	11952 <__dtoa_engine+0x1a6>
   118a8:	01b6edb3          	or	s11,a3,s11
   118ac:	00157693          	and	a3,a0,1
   118b0:	c236                	sw	a3,4(sp)
   118b2:	002d9993          	sll	s3,s11,0x2
   118b6:	01e55693          	srl	a3,a0,0x1e
   118ba:	bcb40413          	add	s0,s0,-1077
   118be:	892a                	mv	s2,a0
   118c0:	0136e9b3          	or	s3,a3,s3
   118c4:	00251c13          	sll	s8,a0,0x2
   118c8:	4d05                	li	s10,1
   118ca:	e709                	bnez	a4,118d4 <__dtoa_engine+0x128>
   118cc:	7fe7f793          	and	a5,a5,2046
   118d0:	0017bd13          	seqz	s10,a5
   118d4:	886a                	mv	a6,s10
   118d6:	f60445e3          	bltz	s0,11840 <__dtoa_engine+0x94>
   118da:	8522                	mv	a0,s0
   118dc:	2b69                	jal	11e76 <__log10Pow2>
   118de:	00442793          	slti	a5,s0,4
   118e2:	0017c793          	xor	a5,a5,1
   118e6:	40f50a33          	sub	s4,a0,a5
   118ea:	8552                	mv	a0,s4
   118ec:	2365                	jal	11e94 <__pow5bits>
   118ee:	07c50693          	add	a3,a0,124
   118f2:	408a0433          	sub	s0,s4,s0
   118f6:	96a2                	add	a3,a3,s0
   118f8:	008c                	add	a1,sp,64
   118fa:	8552                	mv	a0,s4
   118fc:	c836                	sw	a3,16(sp)
   118fe:	29b5                	jal	11d7a <__double_computeInvPow5>
   11900:	46c2                	lw	a3,16(sp)
   11902:	181c                	add	a5,sp,48
   11904:	8526                	mv	a0,s1
   11906:	886a                	mv	a6,s10
   11908:	1038                	add	a4,sp,40
   1190a:	0090                	add	a2,sp,64
   1190c:	85ee                	mv	a1,s11
   1190e:	3149                	jal	11590 <mulShiftAll64>
   11910:	47d5                	li	a5,21
   11912:	842a                	mv	s0,a0
   11914:	84ae                	mv	s1,a1
   11916:	0947ea63          	bltu	a5,s4,119aa <__dtoa_engine+0x1fe>
   1191a:	67cd                	lui	a5,0x13
   1191c:	6cc7a683          	lw	a3,1740(a5) # 136cc <stdout+0x8>
   11920:	6c87a603          	lw	a2,1736(a5)
   11924:	1838                	add	a4,sp,56
   11926:	8562                	mv	a0,s8
   11928:	85ce                	mv	a1,s3
   1192a:	2bb5                	jal	11ea6 <__umul128>
   1192c:	57e2                	lw	a5,56(sp)
   1192e:	56f2                	lw	a3,60(sp)
   11930:	5da2                	lw	s11,40(sp)
   11932:	8389                	srl	a5,a5,0x2
   11934:	06fa                	sll	a3,a3,0x1e
   11936:	8fd5                	or	a5,a5,a3
   11938:	4695                	li	a3,5
   1193a:	02f687b3          	mul	a5,a3,a5
   1193e:	5932                	lw	s2,44(sp)
   11940:	01879b63          	bne	a5,s8,11956 <__dtoa_engine+0x1aa>
   11944:	85ce                	mv	a1,s3
   11946:	8562                	mv	a0,s8
   11948:	2ced                	jal	11c42 <__pow5Factor>
   1194a:	01453733          	sltu	a4,a0,s4
   1194e:	00174993          	xor	s3,a4,1
   11952:	4d01                	li	s10,0
   11954:	a025                	j	1197c <__dtoa_engine+0x1d0>
   11956:	4792                	lw	a5,4(sp)
   11958:	e79d                	bnez	a5,11986 <__dtoa_engine+0x1da>
   1195a:	fffc0793          	add	a5,s8,-1
   1195e:	41a78533          	sub	a0,a5,s10
   11962:	001c3593          	seqz	a1,s8
   11966:	00a7b7b3          	sltu	a5,a5,a0
   1196a:	40b985b3          	sub	a1,s3,a1
   1196e:	8d9d                	sub	a1,a1,a5
   11970:	2cc9                	jal	11c42 <__pow5Factor>
   11972:	01453933          	sltu	s2,a0,s4
   11976:	00194d13          	xor	s10,s2,1
   1197a:	4981                	li	s3,0
   1197c:	47a2                	lw	a5,8(sp)
   1197e:	0e079f63          	bnez	a5,11a7c <__dtoa_engine+0x2d0>
   11982:	8b5e                	mv	s6,s7
   11984:	a049                	j	11a06 <__dtoa_engine+0x25a>
   11986:	002c0513          	add	a0,s8,2
   1198a:	018535b3          	sltu	a1,a0,s8
   1198e:	95ce                	add	a1,a1,s3
   11990:	2c4d                	jal	11c42 <__pow5Factor>
   11992:	01453533          	sltu	a0,a0,s4
   11996:	00154513          	xor	a0,a0,1
   1199a:	40ad8533          	sub	a0,s11,a0
   1199e:	00adbdb3          	sltu	s11,s11,a0
   119a2:	41b90733          	sub	a4,s2,s11
   119a6:	d42a                	sw	a0,40(sp)
   119a8:	d63a                	sw	a4,44(sp)
   119aa:	4981                	li	s3,0
   119ac:	b75d                	j	11952 <__dtoa_engine+0x1a6>
   119ae:	03e00793          	li	a5,62
   119b2:	ff67ece3          	bltu	a5,s6,119aa <__dtoa_engine+0x1fe>
   119b6:	865a                	mv	a2,s6
   119b8:	557d                	li	a0,-1
   119ba:	55fd                	li	a1,-1
   119bc:	2bf5                	jal	11fb8 <__ashldi3>
   119be:	fff54513          	not	a0,a0
   119c2:	fff5c593          	not	a1,a1
   119c6:	0135f5b3          	and	a1,a1,s3
   119ca:	01857533          	and	a0,a0,s8
   119ce:	00b56733          	or	a4,a0,a1
   119d2:	00173993          	seqz	s3,a4
   119d6:	bfb5                	j	11952 <__dtoa_engine+0x1a6>
   119d8:	02d50833          	mul	a6,a0,a3
   119dc:	0785                	add	a5,a5,1
   119de:	02b536b3          	mulhu	a3,a0,a1
   119e2:	02b505b3          	mul	a1,a0,a1
   119e6:	96c2                	add	a3,a3,a6
   119e8:	00d4e663          	bltu	s1,a3,119f4 <__dtoa_engine+0x248>
   119ec:	fe9696e3          	bne	a3,s1,119d8 <__dtoa_engine+0x22c>
   119f0:	feb474e3          	bgeu	s0,a1,119d8 <__dtoa_engine+0x22c>
   119f4:	4732                	lw	a4,12(sp)
   119f6:	97d2                	add	a5,a5,s4
   119f8:	97ba                	add	a5,a5,a4
   119fa:	00f04363          	bgtz	a5,11a00 <__dtoa_engine+0x254>
   119fe:	4785                	li	a5,1
   11a00:	8b3e                	mv	s6,a5
   11a02:	f8fbc0e3          	blt	s7,a5,11982 <__dtoa_engine+0x1d6>
   11a06:	4c81                	li	s9,0
   11a08:	4901                	li	s2,0
   11a0a:	4c01                	li	s8,0
   11a0c:	5522                	lw	a0,40(sp)
   11a0e:	55b2                	lw	a1,44(sp)
   11a10:	3b8d                	jal	11782 <div10>
   11a12:	57c2                	lw	a5,48(sp)
   11a14:	8dae                	mv	s11,a1
   11a16:	55d2                	lw	a1,52(sp)
   11a18:	c82a                	sw	a0,16(sp)
   11a1a:	853e                	mv	a0,a5
   11a1c:	ca3e                	sw	a5,20(sp)
   11a1e:	3395                	jal	11782 <div10>
   11a20:	832a                	mv	t1,a0
   11a22:	88ae                	mv	a7,a1
   11a24:	4ea9                	li	t4,10
   11a26:	01b5e763          	bltu	a1,s11,11a34 <__dtoa_engine+0x288>
   11a2a:	08bd9563          	bne	s11,a1,11ab4 <__dtoa_engine+0x308>
   11a2e:	47c2                	lw	a5,16(sp)
   11a30:	08f57263          	bgeu	a0,a5,11ab4 <__dtoa_engine+0x308>
   11a34:	8522                	mv	a0,s0
   11a36:	85a6                	mv	a1,s1
   11a38:	ce46                	sw	a7,28(sp)
   11a3a:	cc1a                	sw	t1,24(sp)
   11a3c:	3399                	jal	11782 <div10>
   11a3e:	4362                	lw	t1,24(sp)
   11a40:	4ea9                	li	t4,10
   11a42:	001cb693          	seqz	a3,s9
   11a46:	026e8833          	mul	a6,t4,t1
   11a4a:	00d9f9b3          	and	s3,s3,a3
   11a4e:	47d2                	lw	a5,20(sp)
   11a50:	48f2                	lw	a7,28(sp)
   11a52:	d66e                	sw	s11,44(sp)
   11a54:	d81a                	sw	t1,48(sp)
   11a56:	da46                	sw	a7,52(sp)
   11a58:	0905                	add	s2,s2,1
   11a5a:	84ae                	mv	s1,a1
   11a5c:	02ae86b3          	mul	a3,t4,a0
   11a60:	40f80833          	sub	a6,a6,a5
   11a64:	47c2                	lw	a5,16(sp)
   11a66:	00183813          	seqz	a6,a6
   11a6a:	010d7d33          	and	s10,s10,a6
   11a6e:	d43e                	sw	a5,40(sp)
   11a70:	40d406b3          	sub	a3,s0,a3
   11a74:	0ff6fc93          	zext.b	s9,a3
   11a78:	842a                	mv	s0,a0
   11a7a:	bf49                	j	11a0c <__dtoa_engine+0x260>
   11a7c:	45a9                	li	a1,10
   11a7e:	4681                	li	a3,0
   11a80:	4785                	li	a5,1
   11a82:	4529                	li	a0,10
   11a84:	b795                	j	119e8 <__dtoa_engine+0x23c>
   11a86:	030e8f33          	mul	t5,t4,a6
   11a8a:	0505                	add	a0,a0,1
   11a8c:	02beb833          	mulhu	a6,t4,a1
   11a90:	02be85b3          	mul	a1,t4,a1
   11a94:	987a                	add	a6,a6,t5
   11a96:	0104e663          	bltu	s1,a6,11aa2 <__dtoa_engine+0x2f6>
   11a9a:	fe9816e3          	bne	a6,s1,11a86 <__dtoa_engine+0x2da>
   11a9e:	feb474e3          	bgeu	s0,a1,11a86 <__dtoa_engine+0x2da>
   11aa2:	00ab5d63          	bge	s6,a0,11abc <__dtoa_engine+0x310>
   11aa6:	000b1563          	bnez	s6,11ab0 <__dtoa_engine+0x304>
   11aaa:	009465b3          	or	a1,s0,s1
   11aae:	c599                	beqz	a1,11abc <__dtoa_engine+0x310>
   11ab0:	4c05                	li	s8,1
   11ab2:	b749                	j	11a34 <__dtoa_engine+0x288>
   11ab4:	45a9                	li	a1,10
   11ab6:	4801                	li	a6,0
   11ab8:	4505                	li	a0,1
   11aba:	bff1                	j	11a96 <__dtoa_engine+0x2ea>
   11abc:	040d0e63          	beqz	s10,11b18 <__dtoa_engine+0x36c>
   11ac0:	4da9                	li	s11,10
   11ac2:	5342                	lw	t1,48(sp)
   11ac4:	55d2                	lw	a1,52(sp)
   11ac6:	851a                	mv	a0,t1
   11ac8:	c81a                	sw	t1,16(sp)
   11aca:	3965                	jal	11782 <div10>
   11acc:	ce2e                	sw	a1,28(sp)
   11ace:	02ad85b3          	mul	a1,s11,a0
   11ad2:	4342                	lw	t1,16(sp)
   11ad4:	882a                	mv	a6,a0
   11ad6:	cc42                	sw	a6,24(sp)
   11ad8:	04659063          	bne	a1,t1,11b18 <__dtoa_engine+0x36c>
   11adc:	5522                	lw	a0,40(sp)
   11ade:	55b2                	lw	a1,44(sp)
   11ae0:	0905                	add	s2,s2,1
   11ae2:	3145                	jal	11782 <div10>
   11ae4:	ca2a                	sw	a0,20(sp)
   11ae6:	c82e                	sw	a1,16(sp)
   11ae8:	8522                	mv	a0,s0
   11aea:	85a6                	mv	a1,s1
   11aec:	3959                	jal	11782 <div10>
   11aee:	001cb693          	seqz	a3,s9
   11af2:	00d9f9b3          	and	s3,s3,a3
   11af6:	02ad86b3          	mul	a3,s11,a0
   11afa:	4e52                	lw	t3,20(sp)
   11afc:	4342                	lw	t1,16(sp)
   11afe:	4862                	lw	a6,24(sp)
   11b00:	48f2                	lw	a7,28(sp)
   11b02:	d472                	sw	t3,40(sp)
   11b04:	d61a                	sw	t1,44(sp)
   11b06:	d842                	sw	a6,48(sp)
   11b08:	da46                	sw	a7,52(sp)
   11b0a:	84ae                	mv	s1,a1
   11b0c:	40d406b3          	sub	a3,s0,a3
   11b10:	0ff6fc93          	zext.b	s9,a3
   11b14:	842a                	mv	s0,a0
   11b16:	b775                	j	11ac2 <__dtoa_engine+0x316>
   11b18:	9952                	add	s2,s2,s4
   11b1a:	0c098563          	beqz	s3,11be4 <__dtoa_engine+0x438>
   11b1e:	4715                	li	a4,5
   11b20:	0cec9263          	bne	s9,a4,11be4 <__dtoa_engine+0x438>
   11b24:	00147713          	and	a4,s0,1
   11b28:	e35d                	bnez	a4,11bce <__dtoa_engine+0x422>
   11b2a:	000c1963          	bnez	s8,11b3c <__dtoa_engine+0x390>
   11b2e:	5742                	lw	a4,48(sp)
   11b30:	00871563          	bne	a4,s0,11b3a <__dtoa_engine+0x38e>
   11b34:	5752                	lw	a4,52(sp)
   11b36:	0c970963          	beq	a4,s1,11c08 <__dtoa_engine+0x45c>
   11b3a:	4701                	li	a4,0
   11b3c:	943a                	add	s0,s0,a4
   11b3e:	00e435b3          	sltu	a1,s0,a4
   11b42:	95a6                	add	a1,a1,s1
   11b44:	8a2e                	mv	s4,a1
   11b46:	84a2                	mv	s1,s0
   11b48:	4629                	li	a2,10
   11b4a:	4681                	li	a3,0
   11b4c:	4c05                	li	s8,1
   11b4e:	4529                	li	a0,10
   11b50:	00d5e663          	bltu	a1,a3,11b5c <__dtoa_engine+0x3b0>
   11b54:	0ab69c63          	bne	a3,a1,11c0c <__dtoa_engine+0x460>
   11b58:	0ac47a63          	bgeu	s0,a2,11c0c <__dtoa_engine+0x460>
   11b5c:	cf15                	beqz	a4,11b98 <__dtoa_engine+0x3ec>
   11b5e:	038b5d63          	bge	s6,s8,11b98 <__dtoa_engine+0x3ec>
   11b62:	47a2                	lw	a5,8(sp)
   11b64:	cf91                	beqz	a5,11b80 <__dtoa_engine+0x3d4>
   11b66:	4732                	lw	a4,12(sp)
   11b68:	012c07b3          	add	a5,s8,s2
   11b6c:	00f70b33          	add	s6,a4,a5
   11b70:	000b5363          	bgez	s6,11b76 <__dtoa_engine+0x3ca>
   11b74:	4b01                	li	s6,0
   11b76:	016bd363          	bge	s7,s6,11b7c <__dtoa_engine+0x3d0>
   11b7a:	8b5e                	mv	s6,s7
   11b7c:	018b5e63          	bge	s6,s8,11b98 <__dtoa_engine+0x3ec>
   11b80:	00540513          	add	a0,s0,5
   11b84:	00853433          	sltu	s0,a0,s0
   11b88:	4629                	li	a2,10
   11b8a:	4681                	li	a3,0
   11b8c:	95a2                	add	a1,a1,s0
   11b8e:	29b5                	jal	1200a <__udivdi3>
   11b90:	84aa                	mv	s1,a0
   11b92:	8a2e                	mv	s4,a1
   11b94:	0905                	add	s2,s2,1
   11b96:	1c7d                	add	s8,s8,-1
   11b98:	87da                	mv	a5,s6
   11b9a:	016c5363          	bge	s8,s6,11ba0 <__dtoa_engine+0x3f4>
   11b9e:	87e2                	mv	a5,s8
   11ba0:	01079413          	sll	s0,a5,0x10
   11ba4:	0942                	sll	s2,s2,0x10
   11ba6:	8441                	sra	s0,s0,0x10
   11ba8:	41095913          	sra	s2,s2,0x10
   11bac:	9922                	add	s2,s2,s0
   11bae:	008a8b33          	add	s6,s5,s0
   11bb2:	197d                	add	s2,s2,-1
   11bb4:	4b81                	li	s7,0
   11bb6:	8c5a                	mv	s8,s6
   11bb8:	1b7d                	add	s6,s6,-1
   11bba:	068bc263          	blt	s7,s0,11c1e <__dtoa_engine+0x472>
   11bbe:	4782                	lw	a5,0(sp)
   11bc0:	000c02a3          	sb	zero,5(s8)
   11bc4:	012aa023          	sw	s2,0(s5)
   11bc8:	00fa8223          	sb	a5,4(s5)
   11bcc:	b13d                	j	117fa <__dtoa_engine+0x4e>
   11bce:	4705                	li	a4,1
   11bd0:	f60c16e3          	bnez	s8,11b3c <__dtoa_engine+0x390>
   11bd4:	5742                	lw	a4,48(sp)
   11bd6:	00871563          	bne	a4,s0,11be0 <__dtoa_engine+0x434>
   11bda:	5752                	lw	a4,52(sp)
   11bdc:	00970c63          	beq	a4,s1,11bf4 <__dtoa_engine+0x448>
   11be0:	4705                	li	a4,1
   11be2:	bfa9                	j	11b3c <__dtoa_engine+0x390>
   11be4:	000c1d63          	bnez	s8,11bfe <__dtoa_engine+0x452>
   11be8:	5742                	lw	a4,48(sp)
   11bea:	00871a63          	bne	a4,s0,11bfe <__dtoa_engine+0x452>
   11bee:	5752                	lw	a4,52(sp)
   11bf0:	00971763          	bne	a4,s1,11bfe <__dtoa_engine+0x452>
   11bf4:	4792                	lw	a5,4(sp)
   11bf6:	4705                	li	a4,1
   11bf8:	f3b1                	bnez	a5,11b3c <__dtoa_engine+0x390>
   11bfa:	f40d01e3          	beqz	s10,11b3c <__dtoa_engine+0x390>
   11bfe:	005cb693          	sltiu	a3,s9,5
   11c02:	0016c713          	xor	a4,a3,1
   11c06:	bf1d                	j	11b3c <__dtoa_engine+0x390>
   11c08:	4c91                	li	s9,4
   11c0a:	b7ed                	j	11bf4 <__dtoa_engine+0x448>
   11c0c:	02d50833          	mul	a6,a0,a3
   11c10:	0c05                	add	s8,s8,1
   11c12:	02c536b3          	mulhu	a3,a0,a2
   11c16:	02c50633          	mul	a2,a0,a2
   11c1a:	96c2                	add	a3,a3,a6
   11c1c:	bf15                	j	11b50 <__dtoa_engine+0x3a4>
   11c1e:	4629                	li	a2,10
   11c20:	4681                	li	a3,0
   11c22:	8526                	mv	a0,s1
   11c24:	85d2                	mv	a1,s4
   11c26:	2789                	jal	12368 <__umoddi3>
   11c28:	03050513          	add	a0,a0,48
   11c2c:	00ab02a3          	sb	a0,5(s6)
   11c30:	85d2                	mv	a1,s4
   11c32:	8526                	mv	a0,s1
   11c34:	4629                	li	a2,10
   11c36:	4681                	li	a3,0
   11c38:	2ec9                	jal	1200a <__udivdi3>
   11c3a:	84aa                	mv	s1,a0
   11c3c:	8a2e                	mv	s4,a1
   11c3e:	0b85                	add	s7,s7,1
   11c40:	bfa5                	j	11bb8 <__dtoa_engine+0x40c>

00011c42 <__pow5Factor>:
   11c42:	ccccd737          	lui	a4,0xccccd
   11c46:	333336b7          	lui	a3,0x33333
   11c4a:	87aa                	mv	a5,a0
   11c4c:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   11c50:	4501                	li	a0,0
   11c52:	ccc70713          	add	a4,a4,-820
   11c56:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   11c5a:	02c585b3          	mul	a1,a1,a2
   11c5e:	02e78833          	mul	a6,a5,a4
   11c62:	982e                	add	a6,a6,a1
   11c64:	02c7b5b3          	mulhu	a1,a5,a2
   11c68:	95c2                	add	a1,a1,a6
   11c6a:	02c787b3          	mul	a5,a5,a2
   11c6e:	00b6e863          	bltu	a3,a1,11c7e <__pow5Factor+0x3c>
   11c72:	00d59463          	bne	a1,a3,11c7a <__pow5Factor+0x38>
   11c76:	00f5e463          	bltu	a1,a5,11c7e <__pow5Factor+0x3c>
   11c7a:	0505                	add	a0,a0,1
   11c7c:	bff9                	j	11c5a <__pow5Factor+0x18>
   11c7e:	8082                	ret

00011c80 <__double_computePow5>:
   11c80:	219002ef          	jal	t0,12698 <__riscv_save_10>
   11c84:	47e9                	li	a5,26
   11c86:	02f55b33          	divu	s6,a0,a5
   11c8a:	69cd                	lui	s3,0x13
   11c8c:	28098b93          	add	s7,s3,640 # 13280 <DOUBLE_POW5_SPLIT2>
   11c90:	1101                	add	sp,sp,-32
   11c92:	892e                	mv	s2,a1
   11c94:	02f577b3          	remu	a5,a0,a5
   11c98:	004b1713          	sll	a4,s6,0x4
   11c9c:	9bba                	add	s7,s7,a4
   11c9e:	e395                	bnez	a5,11cc2 <__double_computePow5+0x42>
   11ca0:	000ba703          	lw	a4,0(s7)
   11ca4:	004ba783          	lw	a5,4(s7)
   11ca8:	c198                	sw	a4,0(a1)
   11caa:	c1dc                	sw	a5,4(a1)
   11cac:	008ba503          	lw	a0,8(s7)
   11cb0:	00cba583          	lw	a1,12(s7)
   11cb4:	00a92423          	sw	a0,8(s2)
   11cb8:	00b92623          	sw	a1,12(s2)
   11cbc:	6105                	add	sp,sp,32
   11cbe:	2130006f          	j	126d0 <__riscv_restore_10>
   11cc2:	28098993          	add	s3,s3,640
   11cc6:	078e                	sll	a5,a5,0x3
   11cc8:	97ce                	add	a5,a5,s3
   11cca:	0d07aa03          	lw	s4,208(a5)
   11cce:	0d47aa83          	lw	s5,212(a5)
   11cd2:	008ba603          	lw	a2,8(s7)
   11cd6:	00cba683          	lw	a3,12(s7)
   11cda:	0818                	add	a4,sp,16
   11cdc:	85d6                	mv	a1,s5
   11cde:	842a                	mv	s0,a0
   11ce0:	8552                	mv	a0,s4
   11ce2:	22d1                	jal	11ea6 <__umul128>
   11ce4:	000ba603          	lw	a2,0(s7)
   11ce8:	004ba683          	lw	a3,4(s7)
   11cec:	84aa                	mv	s1,a0
   11cee:	8c2e                	mv	s8,a1
   11cf0:	0838                	add	a4,sp,24
   11cf2:	8552                	mv	a0,s4
   11cf4:	85d6                	mv	a1,s5
   11cf6:	2a45                	jal	11ea6 <__umul128>
   11cf8:	47e2                	lw	a5,24(sp)
   11cfa:	4772                	lw	a4,28(sp)
   11cfc:	8aaa                	mv	s5,a0
   11cfe:	94be                	add	s1,s1,a5
   11d00:	00f4ba33          	sltu	s4,s1,a5
   11d04:	9c3a                	add	s8,s8,a4
   11d06:	9a62                	add	s4,s4,s8
   11d08:	00ea6663          	bltu	s4,a4,11d14 <__double_computePow5+0x94>
   11d0c:	01471d63          	bne	a4,s4,11d26 <__double_computePow5+0xa6>
   11d10:	00f4fb63          	bgeu	s1,a5,11d26 <__double_computePow5+0xa6>
   11d14:	47c2                	lw	a5,16(sp)
   11d16:	46d2                	lw	a3,20(sp)
   11d18:	00178713          	add	a4,a5,1
   11d1c:	00f737b3          	sltu	a5,a4,a5
   11d20:	97b6                	add	a5,a5,a3
   11d22:	c83a                	sw	a4,16(sp)
   11d24:	ca3e                	sw	a5,20(sp)
   11d26:	8522                	mv	a0,s0
   11d28:	c62e                	sw	a1,12(sp)
   11d2a:	22ad                	jal	11e94 <__pow5bits>
   11d2c:	8baa                	mv	s7,a0
   11d2e:	4569                	li	a0,26
   11d30:	02ab0533          	mul	a0,s6,a0
   11d34:	2285                	jal	11e94 <__pow5bits>
   11d36:	45b2                	lw	a1,12(sp)
   11d38:	40ab8733          	sub	a4,s7,a0
   11d3c:	8626                	mv	a2,s1
   11d3e:	86d2                	mv	a3,s4
   11d40:	8556                	mv	a0,s5
   11d42:	c43a                	sw	a4,8(sp)
   11d44:	227d                	jal	11ef2 <__shiftright128>
   11d46:	00445793          	srl	a5,s0,0x4
   11d4a:	078a                	sll	a5,a5,0x2
   11d4c:	99be                	add	s3,s3,a5
   11d4e:	1a09a783          	lw	a5,416(s3)
   11d52:	0406                	sll	s0,s0,0x1
   11d54:	8879                	and	s0,s0,30
   11d56:	0087d7b3          	srl	a5,a5,s0
   11d5a:	8b8d                	and	a5,a5,3
   11d5c:	953e                	add	a0,a0,a5
   11d5e:	00f537b3          	sltu	a5,a0,a5
   11d62:	4722                	lw	a4,8(sp)
   11d64:	4642                	lw	a2,16(sp)
   11d66:	46d2                	lw	a3,20(sp)
   11d68:	97ae                	add	a5,a5,a1
   11d6a:	00a92023          	sw	a0,0(s2)
   11d6e:	00f92223          	sw	a5,4(s2)
   11d72:	8526                	mv	a0,s1
   11d74:	85d2                	mv	a1,s4
   11d76:	2ab5                	jal	11ef2 <__shiftright128>
   11d78:	bf35                	j	11cb4 <__double_computePow5+0x34>

00011d7a <__double_computeInvPow5>:
   11d7a:	11f002ef          	jal	t0,12698 <__riscv_save_10>
   11d7e:	4b69                	li	s6,26
   11d80:	01950793          	add	a5,a0,25
   11d84:	0367d7b3          	divu	a5,a5,s6
   11d88:	6acd                	lui	s5,0x13
   11d8a:	280a8493          	add	s1,s5,640 # 13280 <DOUBLE_POW5_SPLIT2>
   11d8e:	1f848493          	add	s1,s1,504
   11d92:	1101                	add	sp,sp,-32
   11d94:	8a2e                	mv	s4,a1
   11d96:	03678b33          	mul	s6,a5,s6
   11d9a:	0792                	sll	a5,a5,0x4
   11d9c:	94be                	add	s1,s1,a5
   11d9e:	40ab0733          	sub	a4,s6,a0
   11da2:	00ab1f63          	bne	s6,a0,11dc0 <__double_computeInvPow5+0x46>
   11da6:	4098                	lw	a4,0(s1)
   11da8:	40dc                	lw	a5,4(s1)
   11daa:	c198                	sw	a4,0(a1)
   11dac:	c1dc                	sw	a5,4(a1)
   11dae:	4488                	lw	a0,8(s1)
   11db0:	44cc                	lw	a1,12(s1)
   11db2:	00aa2423          	sw	a0,8(s4)
   11db6:	00ba2623          	sw	a1,12(s4)
   11dba:	6105                	add	sp,sp,32
   11dbc:	1150006f          	j	126d0 <__riscv_restore_10>
   11dc0:	280a8a93          	add	s5,s5,640
   11dc4:	070e                	sll	a4,a4,0x3
   11dc6:	9756                	add	a4,a4,s5
   11dc8:	0d072903          	lw	s2,208(a4)
   11dcc:	0d472983          	lw	s3,212(a4)
   11dd0:	4490                	lw	a2,8(s1)
   11dd2:	44d4                	lw	a3,12(s1)
   11dd4:	0818                	add	a4,sp,16
   11dd6:	85ce                	mv	a1,s3
   11dd8:	842a                	mv	s0,a0
   11dda:	854a                	mv	a0,s2
   11ddc:	20e9                	jal	11ea6 <__umul128>
   11dde:	4090                	lw	a2,0(s1)
   11de0:	40d4                	lw	a3,4(s1)
   11de2:	8c2a                	mv	s8,a0
   11de4:	00163793          	seqz	a5,a2
   11de8:	8bae                	mv	s7,a1
   11dea:	0838                	add	a4,sp,24
   11dec:	8e9d                	sub	a3,a3,a5
   11dee:	854a                	mv	a0,s2
   11df0:	85ce                	mv	a1,s3
   11df2:	167d                	add	a2,a2,-1
   11df4:	284d                	jal	11ea6 <__umul128>
   11df6:	47e2                	lw	a5,24(sp)
   11df8:	4772                	lw	a4,28(sp)
   11dfa:	89aa                	mv	s3,a0
   11dfc:	9c3e                	add	s8,s8,a5
   11dfe:	00fc3933          	sltu	s2,s8,a5
   11e02:	9bba                	add	s7,s7,a4
   11e04:	995e                	add	s2,s2,s7
   11e06:	00e96663          	bltu	s2,a4,11e12 <__double_computeInvPow5+0x98>
   11e0a:	01271d63          	bne	a4,s2,11e24 <__double_computeInvPow5+0xaa>
   11e0e:	00fc7b63          	bgeu	s8,a5,11e24 <__double_computeInvPow5+0xaa>
   11e12:	47c2                	lw	a5,16(sp)
   11e14:	46d2                	lw	a3,20(sp)
   11e16:	00178713          	add	a4,a5,1
   11e1a:	00f737b3          	sltu	a5,a4,a5
   11e1e:	97b6                	add	a5,a5,a3
   11e20:	c83a                	sw	a4,16(sp)
   11e22:	ca3e                	sw	a5,20(sp)
   11e24:	855a                	mv	a0,s6
   11e26:	c62e                	sw	a1,12(sp)
   11e28:	20b5                	jal	11e94 <__pow5bits>
   11e2a:	8b2a                	mv	s6,a0
   11e2c:	8522                	mv	a0,s0
   11e2e:	209d                	jal	11e94 <__pow5bits>
   11e30:	45b2                	lw	a1,12(sp)
   11e32:	40ab0733          	sub	a4,s6,a0
   11e36:	8662                	mv	a2,s8
   11e38:	86ca                	mv	a3,s2
   11e3a:	854e                	mv	a0,s3
   11e3c:	c43a                	sw	a4,8(sp)
   11e3e:	2855                	jal	11ef2 <__shiftright128>
   11e40:	00445793          	srl	a5,s0,0x4
   11e44:	078a                	sll	a5,a5,0x2
   11e46:	9abe                	add	s5,s5,a5
   11e48:	2e8aa783          	lw	a5,744(s5)
   11e4c:	0406                	sll	s0,s0,0x1
   11e4e:	8879                	and	s0,s0,30
   11e50:	0087d7b3          	srl	a5,a5,s0
   11e54:	8b8d                	and	a5,a5,3
   11e56:	0785                	add	a5,a5,1
   11e58:	953e                	add	a0,a0,a5
   11e5a:	00f537b3          	sltu	a5,a0,a5
   11e5e:	4722                	lw	a4,8(sp)
   11e60:	4642                	lw	a2,16(sp)
   11e62:	46d2                	lw	a3,20(sp)
   11e64:	97ae                	add	a5,a5,a1
   11e66:	00aa2023          	sw	a0,0(s4)
   11e6a:	00fa2223          	sw	a5,4(s4)
   11e6e:	8562                	mv	a0,s8
   11e70:	85ca                	mv	a1,s2
   11e72:	2041                	jal	11ef2 <__shiftright128>
   11e74:	bf3d                	j	11db2 <__double_computeInvPow5+0x38>

00011e76 <__log10Pow2>:
   11e76:	67cd                	lui	a5,0x13
   11e78:	44178793          	add	a5,a5,1089 # 13441 <POW5_OFFSETS+0x21>
   11e7c:	02f50533          	mul	a0,a0,a5
   11e80:	8149                	srl	a0,a0,0x12
   11e82:	8082                	ret

00011e84 <__log10Pow5>:
   11e84:	000b37b7          	lui	a5,0xb3
   11e88:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   11e8c:	02f50533          	mul	a0,a0,a5
   11e90:	8151                	srl	a0,a0,0x14
   11e92:	8082                	ret

00011e94 <__pow5bits>:
   11e94:	001297b7          	lui	a5,0x129
   11e98:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   11e9c:	02f50533          	mul	a0,a0,a5
   11ea0:	814d                	srl	a0,a0,0x13
   11ea2:	0505                	add	a0,a0,1
   11ea4:	8082                	ret

00011ea6 <__umul128>:
   11ea6:	02c537b3          	mulhu	a5,a0,a2
   11eaa:	832e                	mv	t1,a1
   11eac:	02c585b3          	mul	a1,a1,a2
   11eb0:	02c33833          	mulhu	a6,t1,a2
   11eb4:	95be                	add	a1,a1,a5
   11eb6:	00f5b7b3          	sltu	a5,a1,a5
   11eba:	97c2                	add	a5,a5,a6
   11ebc:	02a68833          	mul	a6,a3,a0
   11ec0:	02a6b8b3          	mulhu	a7,a3,a0
   11ec4:	95c2                	add	a1,a1,a6
   11ec6:	0105b833          	sltu	a6,a1,a6
   11eca:	98c2                	add	a7,a7,a6
   11ecc:	02d30833          	mul	a6,t1,a3
   11ed0:	02d33333          	mulhu	t1,t1,a3
   11ed4:	983e                	add	a6,a6,a5
   11ed6:	011806b3          	add	a3,a6,a7
   11eda:	00f837b3          	sltu	a5,a6,a5
   11ede:	0106b833          	sltu	a6,a3,a6
   11ee2:	c314                	sw	a3,0(a4)
   11ee4:	979a                	add	a5,a5,t1
   11ee6:	983e                	add	a6,a6,a5
   11ee8:	02c50533          	mul	a0,a0,a2
   11eec:	01072223          	sw	a6,4(a4)
   11ef0:	8082                	ret

00011ef2 <__shiftright128>:
   11ef2:	7b4002ef          	jal	t0,126a6 <__riscv_save_4>
   11ef6:	8a2a                	mv	s4,a0
   11ef8:	8532                	mv	a0,a2
   11efa:	04000613          	li	a2,64
   11efe:	8e19                	sub	a2,a2,a4
   11f00:	89ae                	mv	s3,a1
   11f02:	85b6                	mv	a1,a3
   11f04:	843a                	mv	s0,a4
   11f06:	284d                	jal	11fb8 <__ashldi3>
   11f08:	892a                	mv	s2,a0
   11f0a:	84ae                	mv	s1,a1
   11f0c:	8622                	mv	a2,s0
   11f0e:	8552                	mv	a0,s4
   11f10:	85ce                	mv	a1,s3
   11f12:	28bd                	jal	11f90 <__lshrdi3>
   11f14:	00a96533          	or	a0,s2,a0
   11f18:	8dc5                	or	a1,a1,s1
   11f1a:	a7c1                	j	126da <__riscv_restore_4>

00011f1c <memset>:
   11f1c:	832a                	mv	t1,a0
   11f1e:	c611                	beqz	a2,11f2a <memset+0xe>
   11f20:	00b30023          	sb	a1,0(t1)
   11f24:	167d                	add	a2,a2,-1
   11f26:	0305                	add	t1,t1,1
   11f28:	fe65                	bnez	a2,11f20 <memset+0x4>
   11f2a:	8082                	ret

00011f2c <__libc_fini_array>:
   11f2c:	794002ef          	jal	t0,126c0 <__riscv_save_0>
   11f30:	67cd                	lui	a5,0x13
   11f32:	644d                	lui	s0,0x13
   11f34:	6d078713          	add	a4,a5,1744 # 136d0 <__fini_array_end>
   11f38:	6d040413          	add	s0,s0,1744 # 136d0 <__fini_array_end>
   11f3c:	8c19                	sub	s0,s0,a4
   11f3e:	8409                	sra	s0,s0,0x2
   11f40:	6d078493          	add	s1,a5,1744
   11f44:	e809                	bnez	s0,11f56 <__libc_fini_array+0x2a>
   11f46:	00000793          	li	a5,0
   11f4a:	c789                	beqz	a5,11f54 <__libc_fini_array+0x28>
   11f4c:	00000097          	auipc	ra,0x0
   11f50:	000000e7          	jalr	zero # 0 <errno>
   11f54:	af41                	j	126e4 <__riscv_restore_0>
   11f56:	147d                	add	s0,s0,-1
   11f58:	00241793          	sll	a5,s0,0x2
   11f5c:	97a6                	add	a5,a5,s1
   11f5e:	439c                	lw	a5,0(a5)
   11f60:	9782                	jalr	a5
   11f62:	b7cd                	j	11f44 <__libc_fini_array+0x18>

00011f64 <strnlen>:
   11f64:	95aa                	add	a1,a1,a0
   11f66:	87aa                	mv	a5,a0
   11f68:	00b78563          	beq	a5,a1,11f72 <strnlen+0xe>
   11f6c:	0007c703          	lbu	a4,0(a5)
   11f70:	e701                	bnez	a4,11f78 <strnlen+0x14>
   11f72:	40a78533          	sub	a0,a5,a0
   11f76:	8082                	ret
   11f78:	0785                	add	a5,a5,1
   11f7a:	b7fd                	j	11f68 <strnlen+0x4>

00011f7c <__file_str_put>:
   11f7c:	49dc                	lw	a5,20(a1)
   11f7e:	4d98                	lw	a4,24(a1)
   11f80:	00e78763          	beq	a5,a4,11f8e <__file_str_put+0x12>
   11f84:	00178713          	add	a4,a5,1
   11f88:	c9d8                	sw	a4,20(a1)
   11f8a:	00a78023          	sb	a0,0(a5)
   11f8e:	8082                	ret

00011f90 <__lshrdi3>:
   11f90:	ca19                	beqz	a2,11fa6 <__lshrdi3+0x16>
   11f92:	02000793          	li	a5,32
   11f96:	8f91                	sub	a5,a5,a2
   11f98:	00f04863          	bgtz	a5,11fa8 <__lshrdi3+0x18>
   11f9c:	1601                	add	a2,a2,-32
   11f9e:	00c5d533          	srl	a0,a1,a2
   11fa2:	4701                	li	a4,0
   11fa4:	85ba                	mv	a1,a4
   11fa6:	8082                	ret
   11fa8:	00c5d733          	srl	a4,a1,a2
   11fac:	00c55533          	srl	a0,a0,a2
   11fb0:	00f595b3          	sll	a1,a1,a5
   11fb4:	8d4d                	or	a0,a0,a1
   11fb6:	b7fd                	j	11fa4 <__lshrdi3+0x14>

00011fb8 <__ashldi3>:
   11fb8:	ca19                	beqz	a2,11fce <__ashldi3+0x16>
   11fba:	02000793          	li	a5,32
   11fbe:	8f91                	sub	a5,a5,a2
   11fc0:	00f04863          	bgtz	a5,11fd0 <__ashldi3+0x18>
   11fc4:	1601                	add	a2,a2,-32
   11fc6:	00c515b3          	sll	a1,a0,a2
   11fca:	4701                	li	a4,0
   11fcc:	853a                	mv	a0,a4
   11fce:	8082                	ret
   11fd0:	00c51733          	sll	a4,a0,a2
   11fd4:	00c595b3          	sll	a1,a1,a2
   11fd8:	00f55533          	srl	a0,a0,a5
   11fdc:	8dc9                	or	a1,a1,a0
   11fde:	b7fd                	j	11fcc <__ashldi3+0x14>

00011fe0 <__ashrdi3>:
   11fe0:	ce01                	beqz	a2,11ff8 <__ashrdi3+0x18>
   11fe2:	02000793          	li	a5,32
   11fe6:	8f91                	sub	a5,a5,a2
   11fe8:	00f04963          	bgtz	a5,11ffa <__ashrdi3+0x1a>
   11fec:	1601                	add	a2,a2,-32
   11fee:	41f5d713          	sra	a4,a1,0x1f
   11ff2:	40c5d533          	sra	a0,a1,a2
   11ff6:	85ba                	mv	a1,a4
   11ff8:	8082                	ret
   11ffa:	40c5d733          	sra	a4,a1,a2
   11ffe:	00c55533          	srl	a0,a0,a2
   12002:	00f595b3          	sll	a1,a1,a5
   12006:	8d4d                	or	a0,a0,a1
   12008:	b7fd                	j	11ff6 <__ashrdi3+0x16>

0001200a <__udivdi3>:
   1200a:	88aa                	mv	a7,a0
   1200c:	832e                	mv	t1,a1
   1200e:	8732                	mv	a4,a2
   12010:	882a                	mv	a6,a0
   12012:	87ae                	mv	a5,a1
   12014:	20069663          	bnez	a3,12220 <__udivdi3+0x216>
   12018:	00001597          	auipc	a1,0x1
   1201c:	5a458593          	add	a1,a1,1444 # 135bc <__clz_tab>
   12020:	0cc37163          	bgeu	t1,a2,120e2 <__udivdi3+0xd8>
   12024:	66c1                	lui	a3,0x10
   12026:	0ad67763          	bgeu	a2,a3,120d4 <__udivdi3+0xca>
   1202a:	10063693          	sltiu	a3,a2,256
   1202e:	0016c693          	xor	a3,a3,1
   12032:	068e                	sll	a3,a3,0x3
   12034:	00d65533          	srl	a0,a2,a3
   12038:	95aa                	add	a1,a1,a0
   1203a:	0005c583          	lbu	a1,0(a1)
   1203e:	02000513          	li	a0,32
   12042:	96ae                	add	a3,a3,a1
   12044:	40d505b3          	sub	a1,a0,a3
   12048:	00d50b63          	beq	a0,a3,1205e <__udivdi3+0x54>
   1204c:	00b317b3          	sll	a5,t1,a1
   12050:	00d8d6b3          	srl	a3,a7,a3
   12054:	00b61733          	sll	a4,a2,a1
   12058:	8fd5                	or	a5,a5,a3
   1205a:	00b89833          	sll	a6,a7,a1
   1205e:	01075593          	srl	a1,a4,0x10
   12062:	02b7d333          	divu	t1,a5,a1
   12066:	01071613          	sll	a2,a4,0x10
   1206a:	8241                	srl	a2,a2,0x10
   1206c:	02b7f7b3          	remu	a5,a5,a1
   12070:	851a                	mv	a0,t1
   12072:	026608b3          	mul	a7,a2,t1
   12076:	01079693          	sll	a3,a5,0x10
   1207a:	01085793          	srl	a5,a6,0x10
   1207e:	8fd5                	or	a5,a5,a3
   12080:	0117fc63          	bgeu	a5,a7,12098 <__udivdi3+0x8e>
   12084:	97ba                	add	a5,a5,a4
   12086:	fff30513          	add	a0,t1,-1
   1208a:	00e7e763          	bltu	a5,a4,12098 <__udivdi3+0x8e>
   1208e:	0117f563          	bgeu	a5,a7,12098 <__udivdi3+0x8e>
   12092:	ffe30513          	add	a0,t1,-2
   12096:	97ba                	add	a5,a5,a4
   12098:	411787b3          	sub	a5,a5,a7
   1209c:	02b7d8b3          	divu	a7,a5,a1
   120a0:	0842                	sll	a6,a6,0x10
   120a2:	01085813          	srl	a6,a6,0x10
   120a6:	02b7f7b3          	remu	a5,a5,a1
   120aa:	031606b3          	mul	a3,a2,a7
   120ae:	07c2                	sll	a5,a5,0x10
   120b0:	00f86833          	or	a6,a6,a5
   120b4:	87c6                	mv	a5,a7
   120b6:	00d87b63          	bgeu	a6,a3,120cc <__udivdi3+0xc2>
   120ba:	983a                	add	a6,a6,a4
   120bc:	fff88793          	add	a5,a7,-1
   120c0:	00e86663          	bltu	a6,a4,120cc <__udivdi3+0xc2>
   120c4:	00d87463          	bgeu	a6,a3,120cc <__udivdi3+0xc2>
   120c8:	ffe88793          	add	a5,a7,-2
   120cc:	0542                	sll	a0,a0,0x10
   120ce:	8d5d                	or	a0,a0,a5
   120d0:	4581                	li	a1,0
   120d2:	8082                	ret
   120d4:	01000537          	lui	a0,0x1000
   120d8:	46c1                	li	a3,16
   120da:	f4a66de3          	bltu	a2,a0,12034 <__udivdi3+0x2a>
   120de:	46e1                	li	a3,24
   120e0:	bf91                	j	12034 <__udivdi3+0x2a>
   120e2:	4681                	li	a3,0
   120e4:	ca09                	beqz	a2,120f6 <__udivdi3+0xec>
   120e6:	67c1                	lui	a5,0x10
   120e8:	08f67f63          	bgeu	a2,a5,12186 <__udivdi3+0x17c>
   120ec:	10063693          	sltiu	a3,a2,256
   120f0:	0016c693          	xor	a3,a3,1
   120f4:	068e                	sll	a3,a3,0x3
   120f6:	00d657b3          	srl	a5,a2,a3
   120fa:	95be                	add	a1,a1,a5
   120fc:	0005c783          	lbu	a5,0(a1)
   12100:	97b6                	add	a5,a5,a3
   12102:	02000693          	li	a3,32
   12106:	40f685b3          	sub	a1,a3,a5
   1210a:	08f69563          	bne	a3,a5,12194 <__udivdi3+0x18a>
   1210e:	40c307b3          	sub	a5,t1,a2
   12112:	4585                	li	a1,1
   12114:	01075893          	srl	a7,a4,0x10
   12118:	0317de33          	divu	t3,a5,a7
   1211c:	01071613          	sll	a2,a4,0x10
   12120:	8241                	srl	a2,a2,0x10
   12122:	01085693          	srl	a3,a6,0x10
   12126:	0317f7b3          	remu	a5,a5,a7
   1212a:	8572                	mv	a0,t3
   1212c:	03c60333          	mul	t1,a2,t3
   12130:	07c2                	sll	a5,a5,0x10
   12132:	8fd5                	or	a5,a5,a3
   12134:	0067fc63          	bgeu	a5,t1,1214c <__udivdi3+0x142>
   12138:	97ba                	add	a5,a5,a4
   1213a:	fffe0513          	add	a0,t3,-1
   1213e:	00e7e763          	bltu	a5,a4,1214c <__udivdi3+0x142>
   12142:	0067f563          	bgeu	a5,t1,1214c <__udivdi3+0x142>
   12146:	ffee0513          	add	a0,t3,-2
   1214a:	97ba                	add	a5,a5,a4
   1214c:	406787b3          	sub	a5,a5,t1
   12150:	0317d333          	divu	t1,a5,a7
   12154:	0842                	sll	a6,a6,0x10
   12156:	01085813          	srl	a6,a6,0x10
   1215a:	0317f7b3          	remu	a5,a5,a7
   1215e:	026606b3          	mul	a3,a2,t1
   12162:	07c2                	sll	a5,a5,0x10
   12164:	00f86833          	or	a6,a6,a5
   12168:	879a                	mv	a5,t1
   1216a:	00d87b63          	bgeu	a6,a3,12180 <__udivdi3+0x176>
   1216e:	983a                	add	a6,a6,a4
   12170:	fff30793          	add	a5,t1,-1
   12174:	00e86663          	bltu	a6,a4,12180 <__udivdi3+0x176>
   12178:	00d87463          	bgeu	a6,a3,12180 <__udivdi3+0x176>
   1217c:	ffe30793          	add	a5,t1,-2
   12180:	0542                	sll	a0,a0,0x10
   12182:	8d5d                	or	a0,a0,a5
   12184:	8082                	ret
   12186:	010007b7          	lui	a5,0x1000
   1218a:	46c1                	li	a3,16
   1218c:	f6f665e3          	bltu	a2,a5,120f6 <__udivdi3+0xec>
   12190:	46e1                	li	a3,24
   12192:	b795                	j	120f6 <__udivdi3+0xec>
   12194:	00b61733          	sll	a4,a2,a1
   12198:	00f356b3          	srl	a3,t1,a5
   1219c:	01075513          	srl	a0,a4,0x10
   121a0:	00b31333          	sll	t1,t1,a1
   121a4:	00f8d7b3          	srl	a5,a7,a5
   121a8:	0067e7b3          	or	a5,a5,t1
   121ac:	02a6d333          	divu	t1,a3,a0
   121b0:	01071613          	sll	a2,a4,0x10
   121b4:	8241                	srl	a2,a2,0x10
   121b6:	00b89833          	sll	a6,a7,a1
   121ba:	02a6f6b3          	remu	a3,a3,a0
   121be:	026608b3          	mul	a7,a2,t1
   121c2:	01069593          	sll	a1,a3,0x10
   121c6:	0107d693          	srl	a3,a5,0x10
   121ca:	8ecd                	or	a3,a3,a1
   121cc:	859a                	mv	a1,t1
   121ce:	0116fc63          	bgeu	a3,a7,121e6 <__udivdi3+0x1dc>
   121d2:	96ba                	add	a3,a3,a4
   121d4:	fff30593          	add	a1,t1,-1
   121d8:	00e6e763          	bltu	a3,a4,121e6 <__udivdi3+0x1dc>
   121dc:	0116f563          	bgeu	a3,a7,121e6 <__udivdi3+0x1dc>
   121e0:	ffe30593          	add	a1,t1,-2
   121e4:	96ba                	add	a3,a3,a4
   121e6:	411686b3          	sub	a3,a3,a7
   121ea:	02a6d8b3          	divu	a7,a3,a0
   121ee:	07c2                	sll	a5,a5,0x10
   121f0:	83c1                	srl	a5,a5,0x10
   121f2:	02a6f6b3          	remu	a3,a3,a0
   121f6:	03160633          	mul	a2,a2,a7
   121fa:	06c2                	sll	a3,a3,0x10
   121fc:	8fd5                	or	a5,a5,a3
   121fe:	86c6                	mv	a3,a7
   12200:	00c7fc63          	bgeu	a5,a2,12218 <__udivdi3+0x20e>
   12204:	97ba                	add	a5,a5,a4
   12206:	fff88693          	add	a3,a7,-1
   1220a:	00e7e763          	bltu	a5,a4,12218 <__udivdi3+0x20e>
   1220e:	00c7f563          	bgeu	a5,a2,12218 <__udivdi3+0x20e>
   12212:	ffe88693          	add	a3,a7,-2
   12216:	97ba                	add	a5,a5,a4
   12218:	05c2                	sll	a1,a1,0x10
   1221a:	8f91                	sub	a5,a5,a2
   1221c:	8dd5                	or	a1,a1,a3
   1221e:	bddd                	j	12114 <__udivdi3+0x10a>
   12220:	14d5e163          	bltu	a1,a3,12362 <__udivdi3+0x358>
   12224:	67c1                	lui	a5,0x10
   12226:	02f6ff63          	bgeu	a3,a5,12264 <__udivdi3+0x25a>
   1222a:	1006b713          	sltiu	a4,a3,256
   1222e:	00174713          	xor	a4,a4,1
   12232:	070e                	sll	a4,a4,0x3
   12234:	00e6d5b3          	srl	a1,a3,a4
   12238:	00001797          	auipc	a5,0x1
   1223c:	38478793          	add	a5,a5,900 # 135bc <__clz_tab>
   12240:	97ae                	add	a5,a5,a1
   12242:	0007c783          	lbu	a5,0(a5)
   12246:	97ba                	add	a5,a5,a4
   12248:	02000713          	li	a4,32
   1224c:	40f705b3          	sub	a1,a4,a5
   12250:	02f71163          	bne	a4,a5,12272 <__udivdi3+0x268>
   12254:	4505                	li	a0,1
   12256:	e666eee3          	bltu	a3,t1,120d2 <__udivdi3+0xc8>
   1225a:	00c8b533          	sltu	a0,a7,a2
   1225e:	00154513          	xor	a0,a0,1
   12262:	8082                	ret
   12264:	010007b7          	lui	a5,0x1000
   12268:	4741                	li	a4,16
   1226a:	fcf6e5e3          	bltu	a3,a5,12234 <__udivdi3+0x22a>
   1226e:	4761                	li	a4,24
   12270:	b7d1                	j	12234 <__udivdi3+0x22a>
   12272:	00f65733          	srl	a4,a2,a5
   12276:	00b696b3          	sll	a3,a3,a1
   1227a:	8ed9                	or	a3,a3,a4
   1227c:	00f35733          	srl	a4,t1,a5
   12280:	00b31333          	sll	t1,t1,a1
   12284:	00f8d7b3          	srl	a5,a7,a5
   12288:	0067e7b3          	or	a5,a5,t1
   1228c:	0106d313          	srl	t1,a3,0x10
   12290:	02675eb3          	divu	t4,a4,t1
   12294:	01069813          	sll	a6,a3,0x10
   12298:	01085813          	srl	a6,a6,0x10
   1229c:	00b61633          	sll	a2,a2,a1
   122a0:	02677733          	remu	a4,a4,t1
   122a4:	03d80e33          	mul	t3,a6,t4
   122a8:	01071513          	sll	a0,a4,0x10
   122ac:	0107d713          	srl	a4,a5,0x10
   122b0:	8f49                	or	a4,a4,a0
   122b2:	8576                	mv	a0,t4
   122b4:	01c77c63          	bgeu	a4,t3,122cc <__udivdi3+0x2c2>
   122b8:	9736                	add	a4,a4,a3
   122ba:	fffe8513          	add	a0,t4,-1
   122be:	00d76763          	bltu	a4,a3,122cc <__udivdi3+0x2c2>
   122c2:	01c77563          	bgeu	a4,t3,122cc <__udivdi3+0x2c2>
   122c6:	ffee8513          	add	a0,t4,-2
   122ca:	9736                	add	a4,a4,a3
   122cc:	41c70733          	sub	a4,a4,t3
   122d0:	02675e33          	divu	t3,a4,t1
   122d4:	07c2                	sll	a5,a5,0x10
   122d6:	83c1                	srl	a5,a5,0x10
   122d8:	02677733          	remu	a4,a4,t1
   122dc:	03c80833          	mul	a6,a6,t3
   122e0:	0742                	sll	a4,a4,0x10
   122e2:	8fd9                	or	a5,a5,a4
   122e4:	8772                	mv	a4,t3
   122e6:	0107fc63          	bgeu	a5,a6,122fe <__udivdi3+0x2f4>
   122ea:	97b6                	add	a5,a5,a3
   122ec:	fffe0713          	add	a4,t3,-1
   122f0:	00d7e763          	bltu	a5,a3,122fe <__udivdi3+0x2f4>
   122f4:	0107f563          	bgeu	a5,a6,122fe <__udivdi3+0x2f4>
   122f8:	ffee0713          	add	a4,t3,-2
   122fc:	97b6                	add	a5,a5,a3
   122fe:	0542                	sll	a0,a0,0x10
   12300:	6e41                	lui	t3,0x10
   12302:	8d59                	or	a0,a0,a4
   12304:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   12308:	00d57733          	and	a4,a0,a3
   1230c:	410787b3          	sub	a5,a5,a6
   12310:	8ef1                	and	a3,a3,a2
   12312:	01055813          	srl	a6,a0,0x10
   12316:	8241                	srl	a2,a2,0x10
   12318:	02d70333          	mul	t1,a4,a3
   1231c:	02d806b3          	mul	a3,a6,a3
   12320:	02c70733          	mul	a4,a4,a2
   12324:	02c80833          	mul	a6,a6,a2
   12328:	00d70633          	add	a2,a4,a3
   1232c:	01035713          	srl	a4,t1,0x10
   12330:	9732                	add	a4,a4,a2
   12332:	00d77363          	bgeu	a4,a3,12338 <__udivdi3+0x32e>
   12336:	9872                	add	a6,a6,t3
   12338:	01075693          	srl	a3,a4,0x10
   1233c:	96c2                	add	a3,a3,a6
   1233e:	02d7e063          	bltu	a5,a3,1235e <__udivdi3+0x354>
   12342:	d8d797e3          	bne	a5,a3,120d0 <__udivdi3+0xc6>
   12346:	67c1                	lui	a5,0x10
   12348:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   1234a:	8f7d                	and	a4,a4,a5
   1234c:	0742                	sll	a4,a4,0x10
   1234e:	00f37333          	and	t1,t1,a5
   12352:	00b898b3          	sll	a7,a7,a1
   12356:	971a                	add	a4,a4,t1
   12358:	4581                	li	a1,0
   1235a:	d6e8fce3          	bgeu	a7,a4,120d2 <__udivdi3+0xc8>
   1235e:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   12360:	bb85                	j	120d0 <__udivdi3+0xc6>
   12362:	4581                	li	a1,0
   12364:	4501                	li	a0,0
   12366:	8082                	ret

00012368 <__umoddi3>:
   12368:	8832                	mv	a6,a2
   1236a:	87aa                	mv	a5,a0
   1236c:	872e                	mv	a4,a1
   1236e:	1a069363          	bnez	a3,12514 <__umoddi3+0x1ac>
   12372:	00001897          	auipc	a7,0x1
   12376:	24a88893          	add	a7,a7,586 # 135bc <__clz_tab>
   1237a:	0ac5f663          	bgeu	a1,a2,12426 <__umoddi3+0xbe>
   1237e:	66c1                	lui	a3,0x10
   12380:	08d67c63          	bgeu	a2,a3,12418 <__umoddi3+0xb0>
   12384:	10063693          	sltiu	a3,a2,256
   12388:	0016c693          	xor	a3,a3,1
   1238c:	068e                	sll	a3,a3,0x3
   1238e:	00d65333          	srl	t1,a2,a3
   12392:	989a                	add	a7,a7,t1
   12394:	0008c883          	lbu	a7,0(a7)
   12398:	02000313          	li	t1,32
   1239c:	96c6                	add	a3,a3,a7
   1239e:	40d308b3          	sub	a7,t1,a3
   123a2:	00d30b63          	beq	t1,a3,123b8 <__umoddi3+0x50>
   123a6:	01159733          	sll	a4,a1,a7
   123aa:	00d556b3          	srl	a3,a0,a3
   123ae:	01161833          	sll	a6,a2,a7
   123b2:	8f55                	or	a4,a4,a3
   123b4:	011517b3          	sll	a5,a0,a7
   123b8:	01085613          	srl	a2,a6,0x10
   123bc:	02c756b3          	divu	a3,a4,a2
   123c0:	01081513          	sll	a0,a6,0x10
   123c4:	8141                	srl	a0,a0,0x10
   123c6:	02c77733          	remu	a4,a4,a2
   123ca:	02a686b3          	mul	a3,a3,a0
   123ce:	01071593          	sll	a1,a4,0x10
   123d2:	0107d713          	srl	a4,a5,0x10
   123d6:	8f4d                	or	a4,a4,a1
   123d8:	00d77863          	bgeu	a4,a3,123e8 <__umoddi3+0x80>
   123dc:	9742                	add	a4,a4,a6
   123de:	01076563          	bltu	a4,a6,123e8 <__umoddi3+0x80>
   123e2:	00d77363          	bgeu	a4,a3,123e8 <__umoddi3+0x80>
   123e6:	9742                	add	a4,a4,a6
   123e8:	8f15                	sub	a4,a4,a3
   123ea:	02c756b3          	divu	a3,a4,a2
   123ee:	02c77733          	remu	a4,a4,a2
   123f2:	02a686b3          	mul	a3,a3,a0
   123f6:	07c2                	sll	a5,a5,0x10
   123f8:	0742                	sll	a4,a4,0x10
   123fa:	83c1                	srl	a5,a5,0x10
   123fc:	8fd9                	or	a5,a5,a4
   123fe:	00d7f863          	bgeu	a5,a3,1240e <__umoddi3+0xa6>
   12402:	97c2                	add	a5,a5,a6
   12404:	0107e563          	bltu	a5,a6,1240e <__umoddi3+0xa6>
   12408:	00d7f363          	bgeu	a5,a3,1240e <__umoddi3+0xa6>
   1240c:	97c2                	add	a5,a5,a6
   1240e:	8f95                	sub	a5,a5,a3
   12410:	0117d533          	srl	a0,a5,a7
   12414:	4581                	li	a1,0
   12416:	8082                	ret
   12418:	01000337          	lui	t1,0x1000
   1241c:	46c1                	li	a3,16
   1241e:	f66668e3          	bltu	a2,t1,1238e <__umoddi3+0x26>
   12422:	46e1                	li	a3,24
   12424:	b7ad                	j	1238e <__umoddi3+0x26>
   12426:	4681                	li	a3,0
   12428:	ca09                	beqz	a2,1243a <__umoddi3+0xd2>
   1242a:	6741                	lui	a4,0x10
   1242c:	06e67463          	bgeu	a2,a4,12494 <__umoddi3+0x12c>
   12430:	10063693          	sltiu	a3,a2,256
   12434:	0016c693          	xor	a3,a3,1
   12438:	068e                	sll	a3,a3,0x3
   1243a:	00d65733          	srl	a4,a2,a3
   1243e:	98ba                	add	a7,a7,a4
   12440:	0008c703          	lbu	a4,0(a7)
   12444:	9736                	add	a4,a4,a3
   12446:	02000693          	li	a3,32
   1244a:	40e688b3          	sub	a7,a3,a4
   1244e:	04e69a63          	bne	a3,a4,124a2 <__umoddi3+0x13a>
   12452:	40c58733          	sub	a4,a1,a2
   12456:	01085593          	srl	a1,a6,0x10
   1245a:	02b75633          	divu	a2,a4,a1
   1245e:	01081513          	sll	a0,a6,0x10
   12462:	8141                	srl	a0,a0,0x10
   12464:	0107d693          	srl	a3,a5,0x10
   12468:	02b77733          	remu	a4,a4,a1
   1246c:	02a60633          	mul	a2,a2,a0
   12470:	0742                	sll	a4,a4,0x10
   12472:	8f55                	or	a4,a4,a3
   12474:	00c77863          	bgeu	a4,a2,12484 <__umoddi3+0x11c>
   12478:	9742                	add	a4,a4,a6
   1247a:	01076563          	bltu	a4,a6,12484 <__umoddi3+0x11c>
   1247e:	00c77363          	bgeu	a4,a2,12484 <__umoddi3+0x11c>
   12482:	9742                	add	a4,a4,a6
   12484:	8f11                	sub	a4,a4,a2
   12486:	02b756b3          	divu	a3,a4,a1
   1248a:	02b77733          	remu	a4,a4,a1
   1248e:	02a686b3          	mul	a3,a3,a0
   12492:	b795                	j	123f6 <__umoddi3+0x8e>
   12494:	01000737          	lui	a4,0x1000
   12498:	46c1                	li	a3,16
   1249a:	fae660e3          	bltu	a2,a4,1243a <__umoddi3+0xd2>
   1249e:	46e1                	li	a3,24
   124a0:	bf69                	j	1243a <__umoddi3+0xd2>
   124a2:	01161833          	sll	a6,a2,a7
   124a6:	00e5d6b3          	srl	a3,a1,a4
   124aa:	011517b3          	sll	a5,a0,a7
   124ae:	011595b3          	sll	a1,a1,a7
   124b2:	00e55733          	srl	a4,a0,a4
   124b6:	01085513          	srl	a0,a6,0x10
   124ba:	8f4d                	or	a4,a4,a1
   124bc:	02a6d5b3          	divu	a1,a3,a0
   124c0:	01081313          	sll	t1,a6,0x10
   124c4:	01035313          	srl	t1,t1,0x10
   124c8:	02a6f6b3          	remu	a3,a3,a0
   124cc:	026585b3          	mul	a1,a1,t1
   124d0:	01069613          	sll	a2,a3,0x10
   124d4:	01075693          	srl	a3,a4,0x10
   124d8:	8ed1                	or	a3,a3,a2
   124da:	00b6f863          	bgeu	a3,a1,124ea <__umoddi3+0x182>
   124de:	96c2                	add	a3,a3,a6
   124e0:	0106e563          	bltu	a3,a6,124ea <__umoddi3+0x182>
   124e4:	00b6f363          	bgeu	a3,a1,124ea <__umoddi3+0x182>
   124e8:	96c2                	add	a3,a3,a6
   124ea:	8e8d                	sub	a3,a3,a1
   124ec:	02a6d633          	divu	a2,a3,a0
   124f0:	0742                	sll	a4,a4,0x10
   124f2:	8341                	srl	a4,a4,0x10
   124f4:	02a6f6b3          	remu	a3,a3,a0
   124f8:	02660633          	mul	a2,a2,t1
   124fc:	06c2                	sll	a3,a3,0x10
   124fe:	8f55                	or	a4,a4,a3
   12500:	00c77863          	bgeu	a4,a2,12510 <__umoddi3+0x1a8>
   12504:	9742                	add	a4,a4,a6
   12506:	01076563          	bltu	a4,a6,12510 <__umoddi3+0x1a8>
   1250a:	00c77363          	bgeu	a4,a2,12510 <__umoddi3+0x1a8>
   1250e:	9742                	add	a4,a4,a6
   12510:	8f11                	sub	a4,a4,a2
   12512:	b791                	j	12456 <__umoddi3+0xee>
   12514:	16d5ed63          	bltu	a1,a3,1268e <__umoddi3+0x326>
   12518:	6841                	lui	a6,0x10
   1251a:	0506f763          	bgeu	a3,a6,12568 <__umoddi3+0x200>
   1251e:	1006b813          	sltiu	a6,a3,256
   12522:	00184813          	xor	a6,a6,1
   12526:	080e                	sll	a6,a6,0x3
   12528:	0106d333          	srl	t1,a3,a6
   1252c:	00001897          	auipc	a7,0x1
   12530:	09088893          	add	a7,a7,144 # 135bc <__clz_tab>
   12534:	989a                	add	a7,a7,t1
   12536:	0008c883          	lbu	a7,0(a7)
   1253a:	02000313          	li	t1,32
   1253e:	98c2                	add	a7,a7,a6
   12540:	41130833          	sub	a6,t1,a7
   12544:	03131963          	bne	t1,a7,12576 <__umoddi3+0x20e>
   12548:	00b6e463          	bltu	a3,a1,12550 <__umoddi3+0x1e8>
   1254c:	00c56b63          	bltu	a0,a2,12562 <__umoddi3+0x1fa>
   12550:	40c50633          	sub	a2,a0,a2
   12554:	40d586b3          	sub	a3,a1,a3
   12558:	00c53733          	sltu	a4,a0,a2
   1255c:	87b2                	mv	a5,a2
   1255e:	40e68733          	sub	a4,a3,a4
   12562:	853e                	mv	a0,a5
   12564:	85ba                	mv	a1,a4
   12566:	8082                	ret
   12568:	010008b7          	lui	a7,0x1000
   1256c:	4841                	li	a6,16
   1256e:	fb16ede3          	bltu	a3,a7,12528 <__umoddi3+0x1c0>
   12572:	4861                	li	a6,24
   12574:	bf55                	j	12528 <__umoddi3+0x1c0>
   12576:	011657b3          	srl	a5,a2,a7
   1257a:	010696b3          	sll	a3,a3,a6
   1257e:	8edd                	or	a3,a3,a5
   12580:	0115d733          	srl	a4,a1,a7
   12584:	0106de13          	srl	t3,a3,0x10
   12588:	03c75f33          	divu	t5,a4,t3
   1258c:	01069313          	sll	t1,a3,0x10
   12590:	01035313          	srl	t1,t1,0x10
   12594:	010597b3          	sll	a5,a1,a6
   12598:	011555b3          	srl	a1,a0,a7
   1259c:	8ddd                	or	a1,a1,a5
   1259e:	0105d793          	srl	a5,a1,0x10
   125a2:	01061633          	sll	a2,a2,a6
   125a6:	01051533          	sll	a0,a0,a6
   125aa:	03c77733          	remu	a4,a4,t3
   125ae:	03e30eb3          	mul	t4,t1,t5
   125b2:	0742                	sll	a4,a4,0x10
   125b4:	8fd9                	or	a5,a5,a4
   125b6:	877a                	mv	a4,t5
   125b8:	01d7fc63          	bgeu	a5,t4,125d0 <__umoddi3+0x268>
   125bc:	97b6                	add	a5,a5,a3
   125be:	ffff0713          	add	a4,t5,-1
   125c2:	00d7e763          	bltu	a5,a3,125d0 <__umoddi3+0x268>
   125c6:	01d7f563          	bgeu	a5,t4,125d0 <__umoddi3+0x268>
   125ca:	ffef0713          	add	a4,t5,-2
   125ce:	97b6                	add	a5,a5,a3
   125d0:	41d787b3          	sub	a5,a5,t4
   125d4:	03c7deb3          	divu	t4,a5,t3
   125d8:	05c2                	sll	a1,a1,0x10
   125da:	81c1                	srl	a1,a1,0x10
   125dc:	03c7f7b3          	remu	a5,a5,t3
   125e0:	8e76                	mv	t3,t4
   125e2:	03d30333          	mul	t1,t1,t4
   125e6:	07c2                	sll	a5,a5,0x10
   125e8:	8ddd                	or	a1,a1,a5
   125ea:	0065fc63          	bgeu	a1,t1,12602 <__umoddi3+0x29a>
   125ee:	95b6                	add	a1,a1,a3
   125f0:	fffe8e13          	add	t3,t4,-1
   125f4:	00d5e763          	bltu	a1,a3,12602 <__umoddi3+0x29a>
   125f8:	0065f563          	bgeu	a1,t1,12602 <__umoddi3+0x29a>
   125fc:	ffee8e13          	add	t3,t4,-2
   12600:	95b6                	add	a1,a1,a3
   12602:	01071793          	sll	a5,a4,0x10
   12606:	6f41                	lui	t5,0x10
   12608:	01c7e7b3          	or	a5,a5,t3
   1260c:	406585b3          	sub	a1,a1,t1
   12610:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12614:	0067f733          	and	a4,a5,t1
   12618:	01065e13          	srl	t3,a2,0x10
   1261c:	83c1                	srl	a5,a5,0x10
   1261e:	00667333          	and	t1,a2,t1
   12622:	02670eb3          	mul	t4,a4,t1
   12626:	02678333          	mul	t1,a5,t1
   1262a:	03c70733          	mul	a4,a4,t3
   1262e:	03c787b3          	mul	a5,a5,t3
   12632:	00670e33          	add	t3,a4,t1
   12636:	010ed713          	srl	a4,t4,0x10
   1263a:	9772                	add	a4,a4,t3
   1263c:	00677363          	bgeu	a4,t1,12642 <__umoddi3+0x2da>
   12640:	97fa                	add	a5,a5,t5
   12642:	01075313          	srl	t1,a4,0x10
   12646:	979a                	add	a5,a5,t1
   12648:	6341                	lui	t1,0x10
   1264a:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   1264c:	00677733          	and	a4,a4,t1
   12650:	0742                	sll	a4,a4,0x10
   12652:	006efeb3          	and	t4,t4,t1
   12656:	9776                	add	a4,a4,t4
   12658:	00f5e663          	bltu	a1,a5,12664 <__umoddi3+0x2fc>
   1265c:	00f59b63          	bne	a1,a5,12672 <__umoddi3+0x30a>
   12660:	00e57963          	bgeu	a0,a4,12672 <__umoddi3+0x30a>
   12664:	40c70633          	sub	a2,a4,a2
   12668:	00c73333          	sltu	t1,a4,a2
   1266c:	969a                	add	a3,a3,t1
   1266e:	8732                	mv	a4,a2
   12670:	8f95                	sub	a5,a5,a3
   12672:	40e50733          	sub	a4,a0,a4
   12676:	00e53533          	sltu	a0,a0,a4
   1267a:	8d9d                	sub	a1,a1,a5
   1267c:	8d89                	sub	a1,a1,a0
   1267e:	011598b3          	sll	a7,a1,a7
   12682:	01075733          	srl	a4,a4,a6
   12686:	00e8e533          	or	a0,a7,a4
   1268a:	0105d5b3          	srl	a1,a1,a6
   1268e:	8082                	ret

00012690 <__riscv_save_12>:
   12690:	7139                	add	sp,sp,-64
   12692:	4301                	li	t1,0
   12694:	c66e                	sw	s11,12(sp)
   12696:	a019                	j	1269c <__riscv_save_10+0x4>

00012698 <__riscv_save_10>:
   12698:	7139                	add	sp,sp,-64
   1269a:	5341                	li	t1,-16
   1269c:	c86a                	sw	s10,16(sp)
   1269e:	ca66                	sw	s9,20(sp)
   126a0:	cc62                	sw	s8,24(sp)
   126a2:	ce5e                	sw	s7,28(sp)
   126a4:	a019                	j	126aa <__riscv_save_4+0x4>

000126a6 <__riscv_save_4>:
   126a6:	7139                	add	sp,sp,-64
   126a8:	5301                	li	t1,-32
   126aa:	d05a                	sw	s6,32(sp)
   126ac:	d256                	sw	s5,36(sp)
   126ae:	d452                	sw	s4,40(sp)
   126b0:	d64e                	sw	s3,44(sp)
   126b2:	d84a                	sw	s2,48(sp)
   126b4:	da26                	sw	s1,52(sp)
   126b6:	dc22                	sw	s0,56(sp)
   126b8:	de06                	sw	ra,60(sp)
   126ba:	40610133          	sub	sp,sp,t1
   126be:	8282                	jr	t0

000126c0 <__riscv_save_0>:
   126c0:	1141                	add	sp,sp,-16
   126c2:	c04a                	sw	s2,0(sp)
   126c4:	c226                	sw	s1,4(sp)
   126c6:	c422                	sw	s0,8(sp)
   126c8:	c606                	sw	ra,12(sp)
   126ca:	8282                	jr	t0

000126cc <__riscv_restore_12>:
   126cc:	4db2                	lw	s11,12(sp)
   126ce:	0141                	add	sp,sp,16

000126d0 <__riscv_restore_10>:
   126d0:	4d02                	lw	s10,0(sp)
   126d2:	4c92                	lw	s9,4(sp)
   126d4:	4c22                	lw	s8,8(sp)
   126d6:	4bb2                	lw	s7,12(sp)
   126d8:	0141                	add	sp,sp,16

000126da <__riscv_restore_4>:
   126da:	4b02                	lw	s6,0(sp)
   126dc:	4a92                	lw	s5,4(sp)
   126de:	4a22                	lw	s4,8(sp)
   126e0:	49b2                	lw	s3,12(sp)
   126e2:	0141                	add	sp,sp,16

000126e4 <__riscv_restore_0>:
   126e4:	4902                	lw	s2,0(sp)
   126e6:	4492                	lw	s1,4(sp)
   126e8:	4422                	lw	s0,8(sp)
   126ea:	40b2                	lw	ra,12(sp)
   126ec:	0141                	add	sp,sp,16
   126ee:	8082                	ret
