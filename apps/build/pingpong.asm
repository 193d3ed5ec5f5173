
build/pingpong.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	2b61                	jal	105ac <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2bd5                	jal	10610 <exit>
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
   10046:	2919                	jal	1045c <net_info>
   10048:	24054763          	bltz	a0,10296 <main+0x276>
   1004c:	4785                	li	a5,1
   1004e:	0097de63          	bge	a5,s1,1006a <main+0x4a>
   10052:	4048                	lw	a0,4(s0)
   10054:	65cd                	lui	a1,0x13
   10056:	02c58593          	add	a1,a1,44 # 1302c <__riscv_restore_0+0x94c>
   1005a:	2b2d                	jal	10594 <strcmp>
   1005c:	cd05                	beqz	a0,10094 <main+0x74>
   1005e:	4048                	lw	a0,4(s0)
   10060:	65cd                	lui	a1,0x13
   10062:	0f058593          	add	a1,a1,240 # 130f0 <__riscv_restore_0+0xa10>
   10066:	233d                	jal	10594 <strcmp>
   10068:	cd5d                	beqz	a0,10126 <main+0x106>
   1006a:	654d                	lui	a0,0x13
   1006c:	18850513          	add	a0,a0,392 # 13188 <__riscv_restore_0+0xaa8>
   10070:	2b7d                	jal	1062e <printf>
   10072:	4b89                	li	s7,2
   10074:	50f6                	lw	ra,124(sp)
   10076:	5466                	lw	s0,120(sp)
   10078:	54d6                	lw	s1,116(sp)
   1007a:	5946                	lw	s2,112(sp)
   1007c:	59b6                	lw	s3,108(sp)
   1007e:	5a26                	lw	s4,104(sp)
   10080:	5a96                	lw	s5,100(sp)
   10082:	5b06                	lw	s6,96(sp)
   10084:	4c66                	lw	s8,88(sp)
   10086:	4cd6                	lw	s9,84(sp)
   10088:	4d46                	lw	s10,80(sp)
   1008a:	4db6                	lw	s11,76(sp)
   1008c:	855e                	mv	a0,s7
   1008e:	4bf6                	lw	s7,92(sp)
   10090:	6109                	add	sp,sp,128
   10092:	8082                	ret
   10094:	02090693          	add	a3,s2,32
   10098:	0056c883          	lbu	a7,5(a3)
   1009c:	0046c803          	lbu	a6,4(a3)
   100a0:	0036c783          	lbu	a5,3(a3)
   100a4:	0026c703          	lbu	a4,2(a3)
   100a8:	02094603          	lbu	a2,32(s2)
   100ac:	0016c683          	lbu	a3,1(a3)
   100b0:	65cd                	lui	a1,0x13
   100b2:	03458593          	add	a1,a1,52 # 13034 <__riscv_restore_0+0x954>
   100b6:	1068                	add	a0,sp,44
   100b8:	2b71                	jal	10654 <sprintf>
   100ba:	654d                	lui	a0,0x13
   100bc:	106c                	add	a1,sp,44
   100be:	05450513          	add	a0,a0,84 # 13054 <__riscv_restore_0+0x974>
   100c2:	64bd                	lui	s1,0xf
   100c4:	23ad                	jal	1062e <printf>
   100c6:	4a01                	li	s4,0
   100c8:	02410913          	add	s2,sp,36
   100cc:	0840                	add	s0,sp,20
   100ce:	01c10b13          	add	s6,sp,28
   100d2:	a6048493          	add	s1,s1,-1440 # ea60 <errno+0xea60>
   100d6:	69cd                	lui	s3,0x13
   100d8:	6c4d                	lui	s8,0x13
   100da:	6acd                	lui	s5,0x13
   100dc:	85a2                	mv	a1,s0
   100de:	86a6                	mv	a3,s1
   100e0:	864a                	mv	a2,s2
   100e2:	855a                	mv	a0,s6
   100e4:	2c05                	jal	10314 <recv_tag>
   100e6:	87aa                	mv	a5,a0
   100e8:	0b898593          	add	a1,s3,184 # 130b8 <__riscv_restore_0+0x9d8>
   100ec:	855a                	mv	a0,s6
   100ee:	1c07c063          	bltz	a5,102ae <main+0x28e>
   100f2:	1c078663          	beqz	a5,102be <main+0x29e>
   100f6:	2979                	jal	10594 <strcmp>
   100f8:	87aa                	mv	a5,a0
   100fa:	0c0a8593          	add	a1,s5,192 # 130c0 <__riscv_restore_0+0x9e0>
   100fe:	854a                	mv	a0,s2
   10100:	e799                	bnez	a5,1010e <main+0xee>
   10102:	4652                	lw	a2,20(sp)
   10104:	2c75                	jal	103c0 <send_tag>
   10106:	00153513          	seqz	a0,a0
   1010a:	9a2a                	add	s4,s4,a0
   1010c:	bfc1                	j	100dc <main+0xbc>
   1010e:	0c8c0593          	add	a1,s8,200 # 130c8 <__riscv_restore_0+0x9e8>
   10112:	855a                	mv	a0,s6
   10114:	2141                	jal	10594 <strcmp>
   10116:	8baa                	mv	s7,a0
   10118:	f171                	bnez	a0,100dc <main+0xbc>
   1011a:	654d                	lui	a0,0x13
   1011c:	85d2                	mv	a1,s4
   1011e:	0d050513          	add	a0,a0,208 # 130d0 <__riscv_restore_0+0x9f0>
   10122:	2331                	jal	1062e <printf>
   10124:	bf81                	j	10074 <main+0x54>
   10126:	4789                	li	a5,2
   10128:	04f48763          	beq	s1,a5,10176 <main+0x156>
   1012c:	4408                	lw	a0,8(s0)
   1012e:	29f1                	jal	1060a <atoi>
   10130:	8caa                	mv	s9,a0
   10132:	c131                	beqz	a0,10176 <main+0x156>
   10134:	44d1                	li	s1,20
   10136:	0840                	add	s0,sp,20
   10138:	01c10b13          	add	s6,sp,28
   1013c:	6c4d                	lui	s8,0x13
   1013e:	694d                	lui	s2,0x13
   10140:	69cd                	lui	s3,0x13
   10142:	4601                	li	a2,0
   10144:	0b8c0593          	add	a1,s8,184 # 130b8 <__riscv_restore_0+0x9d8>
   10148:	6bc90513          	add	a0,s2,1724 # 136bc <broadcast.0>
   1014c:	2c95                	jal	103c0 <send_tag>
   1014e:	080c                	add	a1,sp,16
   10150:	3e800693          	li	a3,1000
   10154:	865a                	mv	a2,s6
   10156:	8522                	mv	a0,s0
   10158:	2a75                	jal	10314 <recv_tag>
   1015a:	87aa                	mv	a5,a0
   1015c:	0c098593          	add	a1,s3,192 # 130c0 <__riscv_restore_0+0x9e0>
   10160:	8522                	mv	a0,s0
   10162:	00f04d63          	bgtz	a5,1017c <main+0x15c>
   10166:	14fd                	add	s1,s1,-1
   10168:	fce9                	bnez	s1,10142 <main+0x122>
   1016a:	654d                	lui	a0,0x13
   1016c:	0f850513          	add	a0,a0,248 # 130f8 <__riscv_restore_0+0xa18>
   10170:	297d                	jal	1062e <printf>
   10172:	4b85                	li	s7,1
   10174:	b701                	j	10074 <main+0x54>
   10176:	06400c93          	li	s9,100
   1017a:	bf6d                	j	10134 <main+0x114>
   1017c:	2921                	jal	10594 <strcmp>
   1017e:	47c2                	lw	a5,16(sp)
   10180:	14fd                	add	s1,s1,-1
   10182:	8d5d                	or	a0,a0,a5
   10184:	18048563          	beqz	s1,1030e <main+0x2ee>
   10188:	fd4d                	bnez	a0,10142 <main+0x122>
   1018a:	01f14783          	lbu	a5,31(sp)
   1018e:	02114883          	lbu	a7,33(sp)
   10192:	02014803          	lbu	a6,32(sp)
   10196:	01e14703          	lbu	a4,30(sp)
   1019a:	01d14683          	lbu	a3,29(sp)
   1019e:	01c14603          	lbu	a2,28(sp)
   101a2:	65cd                	lui	a1,0x13
   101a4:	03458593          	add	a1,a1,52 # 13034 <__riscv_restore_0+0x954>
   101a8:	1068                	add	a0,sp,44
   101aa:	216d                	jal	10654 <sprintf>
   101ac:	654d                	lui	a0,0x13
   101ae:	106c                	add	a1,sp,44
   101b0:	11850513          	add	a0,a0,280 # 13118 <__riscv_restore_0+0xa38>
   101b4:	29ad                	jal	1062e <printf>
   101b6:	57fd                	li	a5,-1
   101b8:	c402                	sw	zero,8(sp)
   101ba:	4d81                	li	s11,0
   101bc:	c63e                	sw	a5,12(sp)
   101be:	c23e                	sw	a5,4(sp)
   101c0:	4d01                	li	s10,0
   101c2:	c002                	sw	zero,0(sp)
   101c4:	4b81                	li	s7,0
   101c6:	4a85                	li	s5,1
   101c8:	02410913          	add	s2,sp,36
   101cc:	c81024f3          	rdtimeh	s1
   101d0:	c0102a73          	rdtime	s4
   101d4:	c81027f3          	rdtimeh	a5
   101d8:	fef49ae3          	bne	s1,a5,101cc <main+0x1ac>
   101dc:	8656                	mv	a2,s5
   101de:	0b8c0593          	add	a1,s8,184
   101e2:	855a                	mv	a0,s6
   101e4:	2af1                	jal	103c0 <send_tag>
   101e6:	080c                	add	a1,sp,16
   101e8:	3e800693          	li	a3,1000
   101ec:	864a                	mv	a2,s2
   101ee:	8522                	mv	a0,s0
   101f0:	2215                	jal	10314 <recv_tag>
   101f2:	87aa                	mv	a5,a0
   101f4:	0c098593          	add	a1,s3,192
   101f8:	8522                	mv	a0,s0
   101fa:	08f05c63          	blez	a5,10292 <main+0x272>
   101fe:	2e59                	jal	10594 <strcmp>
   10200:	f17d                	bnez	a0,101e6 <main+0x1c6>
   10202:	47c2                	lw	a5,16(sp)
   10204:	ff5791e3          	bne	a5,s5,101e6 <main+0x1c6>
   10208:	c81027f3          	rdtimeh	a5
   1020c:	c01026f3          	rdtime	a3
   10210:	c8102773          	rdtimeh	a4
   10214:	fee79ae3          	bne	a5,a4,10208 <main+0x1e8>
   10218:	41468a33          	sub	s4,a3,s4
   1021c:	0146b6b3          	sltu	a3,a3,s4
   10220:	8f85                	sub	a5,a5,s1
   10222:	8f95                	sub	a5,a5,a3
   10224:	4682                	lw	a3,0(sp)
   10226:	014d0733          	add	a4,s10,s4
   1022a:	01a73633          	sltu	a2,a4,s10
   1022e:	96be                	add	a3,a3,a5
   10230:	8d3a                	mv	s10,a4
   10232:	00d60733          	add	a4,a2,a3
   10236:	c03a                	sw	a4,0(sp)
   10238:	4712                	lw	a4,4(sp)
   1023a:	04e7e563          	bltu	a5,a4,10284 <main+0x264>
   1023e:	04f70063          	beq	a4,a5,1027e <main+0x25e>
   10242:	04fde563          	bltu	s11,a5,1028c <main+0x26c>
   10246:	07b78063          	beq	a5,s11,102a6 <main+0x286>
   1024a:	0a85                	add	s5,s5,1
   1024c:	f95cf0e3          	bgeu	s9,s5,101cc <main+0x1ac>
   10250:	65cd                	lui	a1,0x13
   10252:	4601                	li	a2,0
   10254:	0c858593          	add	a1,a1,200 # 130c8 <__riscv_restore_0+0x9e8>
   10258:	855a                	mv	a0,s6
   1025a:	229d                	jal	103c0 <send_tag>
   1025c:	417c8cb3          	sub	s9,s9,s7
   10260:	654d                	lui	a0,0x13
   10262:	865e                	mv	a2,s7
   10264:	85e6                	mv	a1,s9
   10266:	13850513          	add	a0,a0,312 # 13138 <__riscv_restore_0+0xa58>
   1026a:	26d1                	jal	1062e <printf>
   1026c:	060c9163          	bnez	s9,102ce <main+0x2ae>
   10270:	654d                	lui	a0,0x13
   10272:	11450513          	add	a0,a0,276 # 13114 <__riscv_restore_0+0xa34>
   10276:	2e65                	jal	1062e <printf>
   10278:	01703bb3          	snez	s7,s7
   1027c:	bbe5                	j	10074 <main+0x54>
   1027e:	4732                	lw	a4,12(sp)
   10280:	fcea71e3          	bgeu	s4,a4,10242 <main+0x222>
   10284:	c652                	sw	s4,12(sp)
   10286:	c23e                	sw	a5,4(sp)
   10288:	fafdffe3          	bgeu	s11,a5,10246 <main+0x226>
   1028c:	c452                	sw	s4,8(sp)
   1028e:	8dbe                	mv	s11,a5
   10290:	bf6d                	j	1024a <main+0x22a>
   10292:	0b85                	add	s7,s7,1
   10294:	bf5d                	j	1024a <main+0x22a>
   10296:	40a005b3          	neg	a1,a0
   1029a:	654d                	lui	a0,0x13
   1029c:	00050513          	mv	a0,a0
   102a0:	2679                	jal	1062e <printf>
   102a2:	4b85                	li	s7,1
   102a4:	bbc1                	j	10074 <main+0x54>
   102a6:	4722                	lw	a4,8(sp)
   102a8:	fb4771e3          	bgeu	a4,s4,1024a <main+0x22a>
   102ac:	b7c5                	j	1028c <main+0x26c>
   102ae:	654d                	lui	a0,0x13
   102b0:	40f005b3          	neg	a1,a5
   102b4:	07050513          	add	a0,a0,112 # 13070 <__riscv_restore_0+0x990>
   102b8:	2e9d                	jal	1062e <printf>
   102ba:	4b85                	li	s7,1
   102bc:	bb65                	j	10074 <main+0x54>
   102be:	654d                	lui	a0,0x13
   102c0:	03c00593          	li	a1,60
   102c4:	09850513          	add	a0,a0,152 # 13098 <__riscv_restore_0+0x9b8>
   102c8:	269d                	jal	1062e <printf>
   102ca:	4b85                	li	s7,1
   102cc:	b365                	j	10074 <main+0x54>
   102ce:	4522                	lw	a0,8(sp)
   102d0:	4629                	li	a2,10
   102d2:	4681                	li	a3,0
   102d4:	85ee                	mv	a1,s11
   102d6:	531010ef          	jal	12006 <__udivdi3>
   102da:	4582                	lw	a1,0(sp)
   102dc:	84aa                	mv	s1,a0
   102de:	8666                	mv	a2,s9
   102e0:	4681                	li	a3,0
   102e2:	856a                	mv	a0,s10
   102e4:	523010ef          	jal	12006 <__udivdi3>
   102e8:	4629                	li	a2,10
   102ea:	4681                	li	a3,0
   102ec:	51b010ef          	jal	12006 <__udivdi3>
   102f0:	842a                	mv	s0,a0
   102f2:	4592                	lw	a1,4(sp)
   102f4:	4532                	lw	a0,12(sp)
   102f6:	4629                	li	a2,10
   102f8:	4681                	li	a3,0
   102fa:	50d010ef          	jal	12006 <__udivdi3>
   102fe:	85aa                	mv	a1,a0
   10300:	654d                	lui	a0,0x13
   10302:	86a6                	mv	a3,s1
   10304:	8622                	mv	a2,s0
   10306:	15c50513          	add	a0,a0,348 # 1315c <__riscv_restore_0+0xa7c>
   1030a:	2615                	jal	1062e <printf>
   1030c:	b795                	j	10270 <main+0x250>
   1030e:	e4051ee3          	bnez	a0,1016a <main+0x14a>
   10312:	bda5                	j	1018a <main+0x16a>

00010314 <recv_tag>:
   10314:	9e010113          	add	sp,sp,-1568
   10318:	60912a23          	sw	s1,1556(sp)
   1031c:	61212823          	sw	s2,1552(sp)
   10320:	61312623          	sw	s3,1548(sp)
   10324:	61412423          	sw	s4,1544(sp)
   10328:	61512223          	sw	s5,1540(sp)
   1032c:	61612023          	sw	s6,1536(sp)
   10330:	5f712e23          	sw	s7,1532(sp)
   10334:	60112e23          	sw	ra,1564(sp)
   10338:	60812c23          	sw	s0,1560(sp)
   1033c:	8a2a                	mv	s4,a0
   1033e:	8b2e                	mv	s6,a1
   10340:	8ab2                	mv	s5,a2
   10342:	84b6                	mv	s1,a3
   10344:	4955                	li	s2,21
   10346:	08800993          	li	s3,136
   1034a:	0b500b93          	li	s7,181
   1034e:	8626                	mv	a2,s1
   10350:	5ea00593          	li	a1,1514
   10354:	0048                	add	a0,sp,4
   10356:	2a31                	jal	10472 <net_recv>
   10358:	842a                	mv	s0,a0
   1035a:	02a05d63          	blez	a0,10394 <recv_tag+0x80>
   1035e:	fea958e3          	bge	s2,a0,1034e <recv_tag+0x3a>
   10362:	01014783          	lbu	a5,16(sp)
   10366:	ff3794e3          	bne	a5,s3,1034e <recv_tag+0x3a>
   1036a:	01114783          	lbu	a5,17(sp)
   1036e:	ff7790e3          	bne	a5,s7,1034e <recv_tag+0x3a>
   10372:	4611                	li	a2,4
   10374:	01210593          	add	a1,sp,18
   10378:	8552                	mv	a0,s4
   1037a:	2411                	jal	1057e <memcpy>
   1037c:	4611                	li	a2,4
   1037e:	01610593          	add	a1,sp,22
   10382:	000a0223          	sb	zero,4(s4)
   10386:	855a                	mv	a0,s6
   10388:	2add                	jal	1057e <memcpy>
   1038a:	4619                	li	a2,6
   1038c:	00a10593          	add	a1,sp,10
   10390:	8556                	mv	a0,s5
   10392:	22f5                	jal	1057e <memcpy>
   10394:	61c12083          	lw	ra,1564(sp)
   10398:	8522                	mv	a0,s0
   1039a:	61812403          	lw	s0,1560(sp)
   1039e:	61412483          	lw	s1,1556(sp)
   103a2:	61012903          	lw	s2,1552(sp)
   103a6:	60c12983          	lw	s3,1548(sp)
   103aa:	60812a03          	lw	s4,1544(sp)
   103ae:	60412a83          	lw	s5,1540(sp)
   103b2:	60012b03          	lw	s6,1536(sp)
   103b6:	5fc12b83          	lw	s7,1532(sp)
   103ba:	62010113          	add	sp,sp,1568
   103be:	8082                	ret

000103c0 <send_tag>:
   103c0:	7139                	add	sp,sp,-64
   103c2:	dc22                	sw	s0,56(sp)
   103c4:	c632                	sw	a2,12(sp)
   103c6:	842e                	mv	s0,a1
   103c8:	4619                	li	a2,6
   103ca:	85aa                	mv	a1,a0
   103cc:	0828                	add	a0,sp,24
   103ce:	de06                	sw	ra,60(sp)
   103d0:	227d                	jal	1057e <memcpy>
   103d2:	65d1                	lui	a1,0x14
   103d4:	4619                	li	a2,6
   103d6:	02058593          	add	a1,a1,32 # 14020 <self>
   103da:	01e10513          	add	a0,sp,30
   103de:	2245                	jal	1057e <memcpy>
   103e0:	77ed                	lui	a5,0xffffb
   103e2:	58878793          	add	a5,a5,1416 # ffffb588 <__global_pointer$+0xfffe6d70>
   103e6:	85a2                	mv	a1,s0
   103e8:	4611                	li	a2,4
   103ea:	02610513          	add	a0,sp,38
   103ee:	02f11223          	sh	a5,36(sp)
   103f2:	2271                	jal	1057e <memcpy>
   103f4:	006c                	add	a1,sp,12
   103f6:	4611                	li	a2,4
   103f8:	02a10513          	add	a0,sp,42
   103fc:	2249                	jal	1057e <memcpy>
   103fe:	0828                	add	a0,sp,24
   10400:	45d9                	li	a1,22
   10402:	209d                	jal	10468 <net_send>
   10404:	50f2                	lw	ra,60(sp)
   10406:	5462                	lw	s0,56(sp)
   10408:	00152793          	slti	a5,a0,1
   1040c:	40f007b3          	neg	a5,a5
   10410:	8d7d                	and	a0,a0,a5
   10412:	6121                	add	sp,sp,64
   10414:	8082                	ret

00010416 <write>:
   10416:	4889                	li	a7,2
   10418:	00000073          	ecall
   1041c:	00054363          	bltz	a0,10422 <write+0xc>
   10420:	8082                	ret
   10422:	fff54793          	not	a5,a0
   10426:	02500693          	li	a3,37
   1042a:	4715                	li	a4,5
   1042c:	00f6e863          	bltu	a3,a5,1043c <write+0x26>
   10430:	674d                	lui	a4,0x13
   10432:	1b870713          	add	a4,a4,440 # 131b8 <CSWTCH.22>
   10436:	97ba                	add	a5,a5,a4
   10438:	00078703          	lb	a4,0(a5)
   1043c:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10440:	557d                	li	a0,-1
   10442:	8082                	ret

00010444 <_exit>:
   10444:	1141                	add	sp,sp,-16
   10446:	c422                	sw	s0,8(sp)
   10448:	c606                	sw	ra,12(sp)
   1044a:	842a                	mv	s0,a0
   1044c:	28e5                	jal	10544 <ulib_flush_stdout>
   1044e:	8522                	mv	a0,s0
   10450:	4581                	li	a1,0
   10452:	4601                	li	a2,0
   10454:	4885                	li	a7,1
   10456:	00000073          	ecall
   1045a:	a001                	j	1045a <_exit+0x16>

0001045c <net_info>:
   1045c:	4581                	li	a1,0
   1045e:	4601                	li	a2,0
   10460:	48c1                	li	a7,16
   10462:	00000073          	ecall
   10466:	8082                	ret

00010468 <net_send>:
   10468:	4601                	li	a2,0
   1046a:	48c5                	li	a7,17
   1046c:	00000073          	ecall
   10470:	8082                	ret

00010472 <net_recv>:
   10472:	1141                	add	sp,sp,-16
   10474:	c422                	sw	s0,8(sp)
   10476:	c226                	sw	s1,4(sp)
   10478:	c04a                	sw	s2,0(sp)
   1047a:	c606                	sw	ra,12(sp)
   1047c:	892a                	mv	s2,a0
   1047e:	84ae                	mv	s1,a1
   10480:	8432                	mv	s0,a2
   10482:	20c9                	jal	10544 <ulib_flush_stdout>
   10484:	854a                	mv	a0,s2
   10486:	85a6                	mv	a1,s1
   10488:	8622                	mv	a2,s0
   1048a:	48c9                	li	a7,18
   1048c:	00000073          	ecall
   10490:	40b2                	lw	ra,12(sp)
   10492:	4422                	lw	s0,8(sp)
   10494:	4492                	lw	s1,4(sp)
   10496:	4902                	lw	s2,0(sp)
   10498:	0141                	add	sp,sp,16
   1049a:	8082                	ret

0001049c <stdout_flush>:
   1049c:	1141                	add	sp,sp,-16
   1049e:	c04a                	sw	s2,0(sp)
   104a0:	c422                	sw	s0,8(sp)
   104a2:	8101a403          	lw	s0,-2032(gp) # 14028 <out_len>
   104a6:	c606                	sw	ra,12(sp)
   104a8:	c226                	sw	s1,4(sp)
   104aa:	cc11                	beqz	s0,104c6 <stdout_flush+0x2a>
   104ac:	64d1                	lui	s1,0x14
   104ae:	02c48493          	add	s1,s1,44 # 1402c <out_buf>
   104b2:	a019                	j	104b8 <stdout_flush+0x1c>
   104b4:	94aa                	add	s1,s1,a0
   104b6:	c801                	beqz	s0,104c6 <stdout_flush+0x2a>
   104b8:	8622                	mv	a2,s0
   104ba:	85a6                	mv	a1,s1
   104bc:	4505                	li	a0,1
   104be:	3fa1                	jal	10416 <write>
   104c0:	8c09                	sub	s0,s0,a0
   104c2:	fea049e3          	bgtz	a0,104b4 <stdout_flush+0x18>
   104c6:	40b2                	lw	ra,12(sp)
   104c8:	4422                	lw	s0,8(sp)
   104ca:	8001a823          	sw	zero,-2032(gp) # 14028 <out_len>
   104ce:	4492                	lw	s1,4(sp)
   104d0:	4902                	lw	s2,0(sp)
   104d2:	4501                	li	a0,0
   104d4:	0141                	add	sp,sp,16
   104d6:	8082                	ret

000104d8 <stdout_put>:
   104d8:	1101                	add	sp,sp,-32
   104da:	c64e                	sw	s3,12(sp)
   104dc:	8101a783          	lw	a5,-2032(gp) # 14028 <out_len>
   104e0:	ca26                	sw	s1,20(sp)
   104e2:	64d1                	lui	s1,0x14
   104e4:	02c48493          	add	s1,s1,44 # 1402c <out_buf>
   104e8:	cc22                	sw	s0,24(sp)
   104ea:	c84a                	sw	s2,16(sp)
   104ec:	00178413          	add	s0,a5,1
   104f0:	ce06                	sw	ra,28(sp)
   104f2:	97a6                	add	a5,a5,s1
   104f4:	00a78023          	sb	a0,0(a5)
   104f8:	8081a823          	sw	s0,-2032(gp) # 14028 <out_len>
   104fc:	47a9                	li	a5,10
   104fe:	892a                	mv	s2,a0
   10500:	00f50e63          	beq	a0,a5,1051c <stdout_put+0x44>
   10504:	20000793          	li	a5,512
   10508:	00f40b63          	beq	s0,a5,1051e <stdout_put+0x46>
   1050c:	40f2                	lw	ra,28(sp)
   1050e:	4462                	lw	s0,24(sp)
   10510:	44d2                	lw	s1,20(sp)
   10512:	49b2                	lw	s3,12(sp)
   10514:	854a                	mv	a0,s2
   10516:	4942                	lw	s2,16(sp)
   10518:	6105                	add	sp,sp,32
   1051a:	8082                	ret
   1051c:	c811                	beqz	s0,10530 <stdout_put+0x58>
   1051e:	8622                	mv	a2,s0
   10520:	85a6                	mv	a1,s1
   10522:	4505                	li	a0,1
   10524:	3dcd                	jal	10416 <write>
   10526:	8c09                	sub	s0,s0,a0
   10528:	00a05463          	blez	a0,10530 <stdout_put+0x58>
   1052c:	94aa                	add	s1,s1,a0
   1052e:	f865                	bnez	s0,1051e <stdout_put+0x46>
   10530:	40f2                	lw	ra,28(sp)
   10532:	4462                	lw	s0,24(sp)
   10534:	8001a823          	sw	zero,-2032(gp) # 14028 <out_len>
   10538:	44d2                	lw	s1,20(sp)
   1053a:	49b2                	lw	s3,12(sp)
   1053c:	854a                	mv	a0,s2
   1053e:	4942                	lw	s2,16(sp)
   10540:	6105                	add	sp,sp,32
   10542:	8082                	ret

00010544 <ulib_flush_stdout>:
   10544:	1141                	add	sp,sp,-16
   10546:	c04a                	sw	s2,0(sp)
   10548:	c422                	sw	s0,8(sp)
   1054a:	8101a403          	lw	s0,-2032(gp) # 14028 <out_len>
   1054e:	c606                	sw	ra,12(sp)
   10550:	c226                	sw	s1,4(sp)
   10552:	cc11                	beqz	s0,1056e <ulib_flush_stdout+0x2a>
   10554:	64d1                	lui	s1,0x14
   10556:	02c48493          	add	s1,s1,44 # 1402c <out_buf>
   1055a:	a019                	j	10560 <ulib_flush_stdout+0x1c>
   1055c:	94aa                	add	s1,s1,a0
   1055e:	c801                	beqz	s0,1056e <ulib_flush_stdout+0x2a>
   10560:	8622                	mv	a2,s0
   10562:	85a6                	mv	a1,s1
   10564:	4505                	li	a0,1
   10566:	3d45                	jal	10416 <write>
   10568:	8c09                	sub	s0,s0,a0
   1056a:	fea049e3          	bgtz	a0,1055c <ulib_flush_stdout+0x18>
   1056e:	40b2                	lw	ra,12(sp)
   10570:	4422                	lw	s0,8(sp)
   10572:	8001a823          	sw	zero,-2032(gp) # 14028 <out_len>
   10576:	4492                	lw	s1,4(sp)
   10578:	4902                	lw	s2,0(sp)
   1057a:	0141                	add	sp,sp,16
   1057c:	8082                	ret

0001057e <memcpy>:
   1057e:	832a                	mv	t1,a0
   10580:	ca09                	beqz	a2,10592 <memcpy+0x14>
   10582:	00058383          	lb	t2,0(a1)
   10586:	00730023          	sb	t2,0(t1)
   1058a:	167d                	add	a2,a2,-1
   1058c:	0305                	add	t1,t1,1
   1058e:	0585                	add	a1,a1,1
   10590:	fa6d                	bnez	a2,10582 <memcpy+0x4>
   10592:	8082                	ret

00010594 <strcmp>:
   10594:	00054603          	lbu	a2,0(a0)
   10598:	0005c683          	lbu	a3,0(a1)
   1059c:	0505                	add	a0,a0,1
   1059e:	0585                	add	a1,a1,1
   105a0:	00d61363          	bne	a2,a3,105a6 <strcmp+0x12>
   105a4:	fa65                	bnez	a2,10594 <strcmp>
   105a6:	40d60533          	sub	a0,a2,a3
   105aa:	8082                	ret

000105ac <__libc_init_array>:
   105ac:	110022ef          	jal	t0,126bc <__riscv_save_0>
   105b0:	64cd                	lui	s1,0x13
   105b2:	644d                	lui	s0,0x13
   105b4:	6d048793          	add	a5,s1,1744 # 136d0 <__fini_array_end>
   105b8:	6d040413          	add	s0,s0,1744 # 136d0 <__fini_array_end>
   105bc:	8c1d                	sub	s0,s0,a5
   105be:	8409                	sra	s0,s0,0x2
   105c0:	6d048493          	add	s1,s1,1744
   105c4:	4901                	li	s2,0
   105c6:	02891863          	bne	s2,s0,105f6 <__libc_init_array+0x4a>
   105ca:	00000793          	li	a5,0
   105ce:	c789                	beqz	a5,105d8 <__libc_init_array+0x2c>
   105d0:	00000097          	auipc	ra,0x0
   105d4:	000000e7          	jalr	zero # 0 <errno>
   105d8:	64cd                	lui	s1,0x13
   105da:	644d                	lui	s0,0x13
   105dc:	6d048793          	add	a5,s1,1744 # 136d0 <__fini_array_end>
   105e0:	6d040413          	add	s0,s0,1744 # 136d0 <__fini_array_end>
   105e4:	8c1d                	sub	s0,s0,a5
   105e6:	8409                	sra	s0,s0,0x2
   105e8:	6d048493          	add	s1,s1,1744
   105ec:	4901                	li	s2,0
   105ee:	00891963          	bne	s2,s0,10600 <__libc_init_array+0x54>
   105f2:	0ee0206f          	j	126e0 <__riscv_restore_0>
   105f6:	409c                	lw	a5,0(s1)
   105f8:	0905                	add	s2,s2,1
   105fa:	0491                	add	s1,s1,4
   105fc:	9782                	jalr	a5
   105fe:	b7e1                	j	105c6 <__libc_init_array+0x1a>
   10600:	409c                	lw	a5,0(s1)
   10602:	0905                	add	s2,s2,1
   10604:	0491                	add	s1,s1,4
   10606:	9782                	jalr	a5
   10608:	b7dd                	j	105ee <__libc_init_array+0x42>

0001060a <atoi>:
   1060a:	4629                	li	a2,10
   1060c:	4581                	li	a1,0
   1060e:	a055                	j	106b2 <strtol>

00010610 <exit>:
   10610:	0ac022ef          	jal	t0,126bc <__riscv_save_0>
   10614:	00000793          	li	a5,0
   10618:	842a                	mv	s0,a0
   1061a:	c791                	beqz	a5,10626 <exit+0x16>
   1061c:	4581                	li	a1,0
   1061e:	00000097          	auipc	ra,0x0
   10622:	000000e7          	jalr	zero # 0 <errno>
   10626:	103010ef          	jal	11f28 <__libc_fini_array>
   1062a:	8522                	mv	a0,s0
   1062c:	3d21                	jal	10444 <_exit>

0001062e <printf>:
   1062e:	7139                	add	sp,sp,-64
   10630:	da3e                	sw	a5,52(sp)
   10632:	67cd                	lui	a5,0x13
   10634:	d22e                	sw	a1,36(sp)
   10636:	85aa                	mv	a1,a0
   10638:	6c47a503          	lw	a0,1732(a5) # 136c4 <stdout>
   1063c:	d432                	sw	a2,40(sp)
   1063e:	1050                	add	a2,sp,36
   10640:	ce06                	sw	ra,28(sp)
   10642:	d636                	sw	a3,44(sp)
   10644:	d83a                	sw	a4,48(sp)
   10646:	dc42                	sw	a6,56(sp)
   10648:	de46                	sw	a7,60(sp)
   1064a:	c632                	sw	a2,12(sp)
   1064c:	2e95                	jal	109c0 <__d_vfprintf>
   1064e:	40f2                	lw	ra,28(sp)
   10650:	6121                	add	sp,sp,64
   10652:	8082                	ret

00010654 <sprintf>:
   10654:	711d                	add	sp,sp,-96
   10656:	dc22                	sw	s0,56(sp)
   10658:	da26                	sw	s1,52(sp)
   1065a:	842a                	mv	s0,a0
   1065c:	84ae                	mv	s1,a1
   1065e:	c4b2                	sw	a2,72(sp)
   10660:	4581                	li	a1,0
   10662:	02000613          	li	a2,32
   10666:	0808                	add	a0,sp,16
   10668:	de06                	sw	ra,60(sp)
   1066a:	cabe                	sw	a5,84(sp)
   1066c:	c6b6                	sw	a3,76(sp)
   1066e:	c8ba                	sw	a4,80(sp)
   10670:	ccc2                	sw	a6,88(sp)
   10672:	cec6                	sw	a7,92(sp)
   10674:	0a5010ef          	jal	11f18 <memset>
   10678:	4789                	li	a5,2
   1067a:	00f10a23          	sb	a5,20(sp)
   1067e:	67c9                	lui	a5,0x12
   10680:	f7878793          	add	a5,a5,-136 # 11f78 <__file_str_put>
   10684:	cc3e                	sw	a5,24(sp)
   10686:	800007b7          	lui	a5,0x80000
   1068a:	fff7c793          	not	a5,a5
   1068e:	97a2                	add	a5,a5,s0
   10690:	00b0                	add	a2,sp,72
   10692:	85a6                	mv	a1,s1
   10694:	0808                	add	a0,sp,16
   10696:	d222                	sw	s0,36(sp)
   10698:	d43e                	sw	a5,40(sp)
   1069a:	c632                	sw	a2,12(sp)
   1069c:	2615                	jal	109c0 <__d_vfprintf>
   1069e:	00054563          	bltz	a0,106a8 <sprintf+0x54>
   106a2:	942a                	add	s0,s0,a0
   106a4:	00040023          	sb	zero,0(s0)
   106a8:	50f2                	lw	ra,60(sp)
   106aa:	5462                	lw	s0,56(sp)
   106ac:	54d2                	lw	s1,52(sp)
   106ae:	6125                	add	sp,sp,96
   106b0:	8082                	ret

000106b2 <strtol>:
   106b2:	02400793          	li	a5,36
   106b6:	88aa                	mv	a7,a0
   106b8:	00c7e563          	bltu	a5,a2,106c2 <strtol+0x10>
   106bc:	4785                	li	a5,1
   106be:	00f61a63          	bne	a2,a5,106d2 <strtol+0x20>
   106c2:	4759                	li	a4,22
   106c4:	00e22023          	sw	a4,0(tp) # 0 <errno>
   106c8:	c199                	beqz	a1,106ce <strtol+0x1c>
   106ca:	0115a023          	sw	a7,0(a1)
   106ce:	4501                	li	a0,0
   106d0:	8082                	ret
   106d2:	0ff67813          	zext.b	a6,a2
   106d6:	4e11                	li	t3,4
   106d8:	02000313          	li	t1,32
   106dc:	00054783          	lbu	a5,0(a0)
   106e0:	00150713          	add	a4,a0,1
   106e4:	ff778693          	add	a3,a5,-9 # 7ffffff7 <__global_pointer$+0x7ffeb7df>
   106e8:	0ff6f693          	zext.b	a3,a3
   106ec:	0ade7263          	bgeu	t3,a3,10790 <strtol+0xde>
   106f0:	0a678063          	beq	a5,t1,10790 <strtol+0xde>
   106f4:	02b00693          	li	a3,43
   106f8:	08d78e63          	beq	a5,a3,10794 <strtol+0xe2>
   106fc:	02d00313          	li	t1,45
   10700:	4681                	li	a3,0
   10702:	00679763          	bne	a5,t1,10710 <strtol+0x5e>
   10706:	4685                	li	a3,1
   10708:	00154783          	lbu	a5,1(a0)
   1070c:	00250713          	add	a4,a0,2
   10710:	03000513          	li	a0,48
   10714:	08a79563          	bne	a5,a0,1079e <strtol+0xec>
   10718:	00074503          	lbu	a0,0(a4)
   1071c:	07800313          	li	t1,120
   10720:	02056513          	or	a0,a0,32
   10724:	06651a63          	bne	a0,t1,10798 <strtol+0xe6>
   10728:	c601                	beqz	a2,10730 <strtol+0x7e>
   1072a:	4641                	li	a2,16
   1072c:	00c81763          	bne	a6,a2,1073a <strtol+0x88>
   10730:	00174783          	lbu	a5,1(a4)
   10734:	88ba                	mv	a7,a4
   10736:	4841                	li	a6,16
   10738:	0709                	add	a4,a4,2
   1073a:	80000637          	lui	a2,0x80000
   1073e:	fff64613          	not	a2,a2
   10742:	9636                	add	a2,a2,a3
   10744:	03065333          	divu	t1,a2,a6
   10748:	4501                	li	a0,0
   1074a:	03900e93          	li	t4,57
   1074e:	03067e33          	remu	t3,a2,a6
   10752:	00fef963          	bgeu	t4,a5,10764 <strtol+0xb2>
   10756:	17fd                	add	a5,a5,-1
   10758:	0207e793          	or	a5,a5,32
   1075c:	fda78793          	add	a5,a5,-38
   10760:	0ff7f793          	zext.b	a5,a5
   10764:	fd078793          	add	a5,a5,-48
   10768:	0ff7f793          	zext.b	a5,a5
   1076c:	0307fc63          	bgeu	a5,a6,107a4 <strtol+0xf2>
   10770:	00a34663          	blt	t1,a0,1077c <strtol+0xca>
   10774:	00651663          	bne	a0,t1,10780 <strtol+0xce>
   10778:	00fe7463          	bgeu	t3,a5,10780 <strtol+0xce>
   1077c:	0026e693          	or	a3,a3,2
   10780:	88ba                	mv	a7,a4
   10782:	0705                	add	a4,a4,1
   10784:	02a80533          	mul	a0,a6,a0
   10788:	953e                	add	a0,a0,a5
   1078a:	fff74783          	lbu	a5,-1(a4)
   1078e:	b7d1                	j	10752 <strtol+0xa0>
   10790:	853a                	mv	a0,a4
   10792:	b7a9                	j	106dc <strtol+0x2a>
   10794:	4681                	li	a3,0
   10796:	bf8d                	j	10708 <strtol+0x56>
   10798:	f24d                	bnez	a2,1073a <strtol+0x88>
   1079a:	4821                	li	a6,8
   1079c:	bf79                	j	1073a <strtol+0x88>
   1079e:	fe51                	bnez	a2,1073a <strtol+0x88>
   107a0:	4829                	li	a6,10
   107a2:	bf61                	j	1073a <strtol+0x88>
   107a4:	0016f793          	and	a5,a3,1
   107a8:	c399                	beqz	a5,107ae <strtol+0xfc>
   107aa:	40a00533          	neg	a0,a0
   107ae:	8a89                	and	a3,a3,2
   107b0:	c691                	beqz	a3,107bc <strtol+0x10a>
   107b2:	02200713          	li	a4,34
   107b6:	8532                	mv	a0,a2
   107b8:	00e22023          	sw	a4,0(tp) # 0 <errno>
   107bc:	c199                	beqz	a1,107c2 <strtol+0x110>
   107be:	0115a023          	sw	a7,0(a1)
   107c2:	8082                	ret

000107c4 <__ultoa_invert>:
   107c4:	6d1012ef          	jal	t0,12694 <__riscv_save_10>
   107c8:	2006f793          	and	a5,a3,512
   107cc:	89aa                	mv	s3,a0
   107ce:	8a2e                	mv	s4,a1
   107d0:	8932                	mv	s2,a2
   107d2:	84b6                	mv	s1,a3
   107d4:	02700b13          	li	s6,39
   107d8:	c781                	beqz	a5,107e0 <__ultoa_invert+0x1c>
   107da:	dff6f493          	and	s1,a3,-513
   107de:	4b1d                	li	s6,7
   107e0:	41f4da93          	sra	s5,s1,0x1f
   107e4:	4ca5                	li	s9,9
   107e6:	8626                	mv	a2,s1
   107e8:	86d6                	mv	a3,s5
   107ea:	854e                	mv	a0,s3
   107ec:	85d2                	mv	a1,s4
   107ee:	377010ef          	jal	12364 <__umoddi3>
   107f2:	85d2                	mv	a1,s4
   107f4:	0ff57413          	zext.b	s0,a0
   107f8:	8626                	mv	a2,s1
   107fa:	854e                	mv	a0,s3
   107fc:	86d6                	mv	a3,s5
   107fe:	009010ef          	jal	12006 <__udivdi3>
   10802:	8c4e                	mv	s8,s3
   10804:	8bd2                	mv	s7,s4
   10806:	89aa                	mv	s3,a0
   10808:	8a2e                	mv	s4,a1
   1080a:	008cf563          	bgeu	s9,s0,10814 <__ultoa_invert+0x50>
   1080e:	945a                	add	s0,s0,s6
   10810:	0ff47413          	zext.b	s0,s0
   10814:	0905                	add	s2,s2,1
   10816:	03040413          	add	s0,s0,48
   1081a:	fe890fa3          	sb	s0,-1(s2)
   1081e:	015be663          	bltu	s7,s5,1082a <__ultoa_invert+0x66>
   10822:	fd7a92e3          	bne	s5,s7,107e6 <__ultoa_invert+0x22>
   10826:	fc9c70e3          	bgeu	s8,s1,107e6 <__ultoa_invert+0x22>
   1082a:	854a                	mv	a0,s2
   1082c:	6a10106f          	j	126cc <__riscv_restore_10>

00010830 <skip_to_arg>:
   10830:	665012ef          	jal	t0,12694 <__riscv_save_10>
   10834:	4305                	li	t1,1
   10836:	02500f13          	li	t5,37
   1083a:	88aa                	mv	a7,a0
   1083c:	00c34463          	blt	t1,a2,10844 <skip_to_arg+0x14>
   10840:	68d0106f          	j	126cc <__riscv_restore_10>
   10844:	87c6                	mv	a5,a7
   10846:	88be                	mv	a7,a5
   10848:	0007c703          	lbu	a4,0(a5)
   1084c:	0785                	add	a5,a5,1
   1084e:	db6d                	beqz	a4,10840 <skip_to_arg+0x10>
   10850:	ffe71be3          	bne	a4,t5,10846 <skip_to_arg+0x16>
   10854:	0007c703          	lbu	a4,0(a5)
   10858:	0889                	add	a7,a7,2
   1085a:	ffe705e3          	beq	a4,t5,10844 <skip_to_arg+0x14>
   1085e:	6ecd                	lui	t4,0x13
   10860:	4681                	li	a3,0
   10862:	4e01                	li	t3,0
   10864:	4781                	li	a5,0
   10866:	42fd                	li	t0,31
   10868:	06c00f93          	li	t6,108
   1086c:	07400393          	li	t2,116
   10870:	07a00413          	li	s0,122
   10874:	06800493          	li	s1,104
   10878:	06a00913          	li	s2,106
   1087c:	04c00993          	li	s3,76
   10880:	4a25                	li	s4,9
   10882:	02400a93          	li	s5,36
   10886:	07f00b13          	li	s6,127
   1088a:	4bc1                	li	s7,16
   1088c:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x1a9>
   10890:	04f2e263          	bltu	t0,a5,108d4 <skip_to_arg+0xa4>
   10894:	fe070813          	add	a6,a4,-32
   10898:	0ff87813          	zext.b	a6,a6
   1089c:	030bf163          	bgeu	s7,a6,108be <skip_to_arg+0x8e>
   108a0:	fd070813          	add	a6,a4,-48
   108a4:	0ff87813          	zext.b	a6,a6
   108a8:	4c25                	li	s8,9
   108aa:	050c6563          	bltu	s8,a6,108f4 <skip_to_arg+0xc4>
   108ae:	47a9                	li	a5,10
   108b0:	02f687b3          	mul	a5,a3,a5
   108b4:	00f806b3          	add	a3,a6,a5
   108b8:	02000793          	li	a5,32
   108bc:	a039                	j	108ca <skip_to_arg+0x9a>
   108be:	010ed833          	srl	a6,t4,a6
   108c2:	00187813          	and	a6,a6,1
   108c6:	00080963          	beqz	a6,108d8 <skip_to_arg+0xa8>
   108ca:	0008c703          	lbu	a4,0(a7)
   108ce:	0885                	add	a7,a7,1
   108d0:	f361                	bnez	a4,10890 <skip_to_arg+0x60>
   108d2:	a8b1                	j	1092e <skip_to_arg+0xfe>
   108d4:	04fb6363          	bltu	s6,a5,1091a <skip_to_arg+0xea>
   108d8:	fd070813          	add	a6,a4,-48
   108dc:	0ff87813          	zext.b	a6,a6
   108e0:	fd0a77e3          	bgeu	s4,a6,108ae <skip_to_arg+0x7e>
   108e4:	03571563          	bne	a4,s5,1090e <skip_to_arg+0xde>
   108e8:	0a0e0063          	beqz	t3,10988 <skip_to_arg+0x158>
   108ec:	0a668063          	beq	a3,t1,1098c <skip_to_arg+0x15c>
   108f0:	4681                	li	a3,0
   108f2:	bfe1                	j	108ca <skip_to_arg+0x9a>
   108f4:	0fb77813          	and	a6,a4,251
   108f8:	02a00c13          	li	s8,42
   108fc:	ff880ae3          	beq	a6,s8,108f0 <skip_to_arg+0xc0>
   10900:	06c00813          	li	a6,108
   10904:	01071d63          	bne	a4,a6,1091e <skip_to_arg+0xee>
   10908:	0807e793          	or	a5,a5,128
   1090c:	bf7d                	j	108ca <skip_to_arg+0x9a>
   1090e:	0fb77813          	and	a6,a4,251
   10912:	02a00c13          	li	s8,42
   10916:	fd880de3          	beq	a6,s8,108f0 <skip_to_arg+0xc0>
   1091a:	05f70663          	beq	a4,t6,10966 <skip_to_arg+0x136>
   1091e:	02efef63          	bltu	t6,a4,1095c <skip_to_arg+0x12c>
   10922:	04970863          	beq	a4,s1,10972 <skip_to_arg+0x142>
   10926:	05270e63          	beq	a4,s2,10982 <skip_to_arg+0x152>
   1092a:	05370c63          	beq	a4,s3,10982 <skip_to_arg+0x152>
   1092e:	f00e09e3          	beqz	t3,10840 <skip_to_arg+0x10>
   10932:	f06e15e3          	bne	t3,t1,1083c <skip_to_arg+0xc>
   10936:	02076893          	or	a7,a4,32
   1093a:	f9b88813          	add	a6,a7,-101
   1093e:	0ff87813          	zext.b	a6,a6
   10942:	4e09                	li	t3,2
   10944:	4194                	lw	a3,0(a1)
   10946:	010e7663          	bgeu	t3,a6,10952 <skip_to_arg+0x122>
   1094a:	06100813          	li	a6,97
   1094e:	05089263          	bne	a7,a6,10992 <skip_to_arg+0x162>
   10952:	069d                	add	a3,a3,7
   10954:	9ae1                	and	a3,a3,-8
   10956:	00868713          	add	a4,a3,8
   1095a:	a091                	j	1099e <skip_to_arg+0x16e>
   1095c:	f67707e3          	beq	a4,t2,108ca <skip_to_arg+0x9a>
   10960:	f68705e3          	beq	a4,s0,108ca <skip_to_arg+0x9a>
   10964:	b7e9                	j	1092e <skip_to_arg+0xfe>
   10966:	0807f713          	and	a4,a5,128
   1096a:	df59                	beqz	a4,10908 <skip_to_arg+0xd8>
   1096c:	2007e793          	or	a5,a5,512
   10970:	bf61                	j	10908 <skip_to_arg+0xd8>
   10972:	1007f713          	and	a4,a5,256
   10976:	c319                	beqz	a4,1097c <skip_to_arg+0x14c>
   10978:	2007e793          	or	a5,a5,512
   1097c:	1007e793          	or	a5,a5,256
   10980:	b7a9                	j	108ca <skip_to_arg+0x9a>
   10982:	2807e793          	or	a5,a5,640
   10986:	b791                	j	108ca <skip_to_arg+0x9a>
   10988:	8e36                	mv	t3,a3
   1098a:	b79d                	j	108f0 <skip_to_arg+0xc0>
   1098c:	06300713          	li	a4,99
   10990:	b75d                	j	10936 <skip_to_arg+0x106>
   10992:	06300813          	li	a6,99
   10996:	01071763          	bne	a4,a6,109a4 <skip_to_arg+0x174>
   1099a:	00468713          	add	a4,a3,4
   1099e:	c198                	sw	a4,0(a1)
   109a0:	0305                	add	t1,t1,1
   109a2:	bd61                	j	1083a <skip_to_arg+0xa>
   109a4:	07300813          	li	a6,115
   109a8:	ff0709e3          	beq	a4,a6,1099a <skip_to_arg+0x16a>
   109ac:	0807f813          	and	a6,a5,128
   109b0:	00468713          	add	a4,a3,4
   109b4:	fe0805e3          	beqz	a6,1099e <skip_to_arg+0x16e>
   109b8:	2007f793          	and	a5,a5,512
   109bc:	d3ed                	beqz	a5,1099e <skip_to_arg+0x16e>
   109be:	bf51                	j	10952 <skip_to_arg+0x122>

000109c0 <__d_vfprintf>:
   109c0:	4cd012ef          	jal	t0,1268c <__riscv_save_12>
   109c4:	00454783          	lbu	a5,4(a0)
   109c8:	7139                	add	sp,sp,-64
   109ca:	c02a                	sw	a0,0(sp)
   109cc:	c42e                	sw	a1,8(sp)
   109ce:	c632                	sw	a2,12(sp)
   109d0:	8b89                	and	a5,a5,2
   109d2:	00852a03          	lw	s4,8(a0)
   109d6:	c785                	beqz	a5,109fe <__d_vfprintf+0x3e>
   109d8:	d232                	sw	a2,36(sp)
   109da:	87ae                	mv	a5,a1
   109dc:	4401                	li	s0,0
   109de:	0007c903          	lbu	s2,0(a5)
   109e2:	00090f63          	beqz	s2,10a00 <__d_vfprintf+0x40>
   109e6:	02500713          	li	a4,37
   109ea:	00e90f63          	beq	s2,a4,10a08 <__d_vfprintf+0x48>
   109ee:	0785                	add	a5,a5,1
   109f0:	c23e                	sw	a5,4(sp)
   109f2:	4582                	lw	a1,0(sp)
   109f4:	854a                	mv	a0,s2
   109f6:	0405                	add	s0,s0,1
   109f8:	9a02                	jalr	s4
   109fa:	26055de3          	bgez	a0,11474 <__d_vfprintf+0xab4>
   109fe:	547d                	li	s0,-1
   10a00:	8522                	mv	a0,s0
   10a02:	6121                	add	sp,sp,64
   10a04:	4c50106f          	j	126c8 <__riscv_restore_12>
   10a08:	0017c903          	lbu	s2,1(a5)
   10a0c:	00278713          	add	a4,a5,2
   10a10:	c23a                	sw	a4,4(sp)
   10a12:	02500793          	li	a5,37
   10a16:	fcf90ee3          	beq	s2,a5,109f2 <__d_vfprintf+0x32>
   10a1a:	64cd                	lui	s1,0x13
   10a1c:	4a81                	li	s5,0
   10a1e:	4d01                	li	s10,0
   10a20:	4b01                	li	s6,0
   10a22:	4d81                	li	s11,0
   10a24:	06c00993          	li	s3,108
   10a28:	07400b93          	li	s7,116
   10a2c:	07a00c13          	li	s8,122
   10a30:	06800c93          	li	s9,104
   10a34:	1f048493          	add	s1,s1,496 # 131f0 <CSWTCH.22+0x38>
   10a38:	47fd                	li	a5,31
   10a3a:	07b7e163          	bltu	a5,s11,10a9c <__d_vfprintf+0xdc>
   10a3e:	fe090793          	add	a5,s2,-32
   10a42:	0ff7f793          	zext.b	a5,a5
   10a46:	4741                	li	a4,16
   10a48:	00f76663          	bltu	a4,a5,10a54 <__d_vfprintf+0x94>
   10a4c:	078a                	sll	a5,a5,0x2
   10a4e:	97a6                	add	a5,a5,s1
   10a50:	439c                	lw	a5,0(a5)
   10a52:	8782                	jr	a5
   10a54:	fd090793          	add	a5,s2,-48
   10a58:	0ff7f793          	zext.b	a5,a5
   10a5c:	4725                	li	a4,9
   10a5e:	06f76463          	bltu	a4,a5,10ac6 <__d_vfprintf+0x106>
   10a62:	46a9                	li	a3,10
   10a64:	02db06b3          	mul	a3,s6,a3
   10a68:	00f68b33          	add	s6,a3,a5
   10a6c:	020ded93          	or	s11,s11,32
   10a70:	a019                	j	10a76 <__d_vfprintf+0xb6>
   10a72:	001ded93          	or	s11,s11,1
   10a76:	4792                	lw	a5,4(sp)
   10a78:	0007c903          	lbu	s2,0(a5)
   10a7c:	0785                	add	a5,a5,1
   10a7e:	c23e                	sw	a5,4(sp)
   10a80:	fa091ce3          	bnez	s2,10a38 <__d_vfprintf+0x78>
   10a84:	a0dd                	j	10b6a <__d_vfprintf+0x1aa>
   10a86:	002ded93          	or	s11,s11,2
   10a8a:	004ded93          	or	s11,s11,4
   10a8e:	b7e5                	j	10a76 <__d_vfprintf+0xb6>
   10a90:	008ded93          	or	s11,s11,8
   10a94:	b7cd                	j	10a76 <__d_vfprintf+0xb6>
   10a96:	010ded93          	or	s11,s11,16
   10a9a:	bff1                	j	10a76 <__d_vfprintf+0xb6>
   10a9c:	07f00793          	li	a5,127
   10aa0:	0bb7e763          	bltu	a5,s11,10b4e <__d_vfprintf+0x18e>
   10aa4:	fd090693          	add	a3,s2,-48
   10aa8:	0ff6f693          	zext.b	a3,a3
   10aac:	47a5                	li	a5,9
   10aae:	00d7ec63          	bltu	a5,a3,10ac6 <__d_vfprintf+0x106>
   10ab2:	040df613          	and	a2,s11,64
   10ab6:	87b6                	mv	a5,a3
   10ab8:	d64d                	beqz	a2,10a62 <__d_vfprintf+0xa2>
   10aba:	47a9                	li	a5,10
   10abc:	02fd07b3          	mul	a5,s10,a5
   10ac0:	00d78d33          	add	s10,a5,a3
   10ac4:	bf4d                	j	10a76 <__d_vfprintf+0xb6>
   10ac6:	02a00793          	li	a5,42
   10aca:	02f91663          	bne	s2,a5,10af6 <__d_vfprintf+0x136>
   10ace:	fa0a94e3          	bnez	s5,10a76 <__d_vfprintf+0xb6>
   10ad2:	5692                	lw	a3,36(sp)
   10ad4:	040df793          	and	a5,s11,64
   10ad8:	00468613          	add	a2,a3,4
   10adc:	4294                	lw	a3,0(a3)
   10ade:	d232                	sw	a2,36(sp)
   10ae0:	c399                	beqz	a5,10ae6 <__d_vfprintf+0x126>
   10ae2:	8d36                	mv	s10,a3
   10ae4:	bf49                	j	10a76 <__d_vfprintf+0xb6>
   10ae6:	8b36                	mv	s6,a3
   10ae8:	f806d2e3          	bgez	a3,10a6c <__d_vfprintf+0xac>
   10aec:	40d00b33          	neg	s6,a3
   10af0:	028ded93          	or	s11,s11,40
   10af4:	b749                	j	10a76 <__d_vfprintf+0xb6>
   10af6:	02e00793          	li	a5,46
   10afa:	00f91963          	bne	s2,a5,10b0c <__d_vfprintf+0x14c>
   10afe:	040df793          	and	a5,s11,64
   10b02:	ee079fe3          	bnez	a5,10a00 <__d_vfprintf+0x40>
   10b06:	040ded93          	or	s11,s11,64
   10b0a:	b7b5                	j	10a76 <__d_vfprintf+0xb6>
   10b0c:	02400793          	li	a5,36
   10b10:	02f91f63          	bne	s2,a5,10b4e <__d_vfprintf+0x18e>
   10b14:	120a8a63          	beqz	s5,10c48 <__d_vfprintf+0x288>
   10b18:	47b2                	lw	a5,12(sp)
   10b1a:	d23e                	sw	a5,36(sp)
   10b1c:	040df793          	and	a5,s11,64
   10b20:	ef81                	bnez	a5,10b38 <__d_vfprintf+0x178>
   10b22:	4522                	lw	a0,8(sp)
   10b24:	865a                	mv	a2,s6
   10b26:	104c                	add	a1,sp,36
   10b28:	3321                	jal	10830 <skip_to_arg>
   10b2a:	5792                	lw	a5,36(sp)
   10b2c:	00478693          	add	a3,a5,4
   10b30:	0007ab03          	lw	s6,0(a5)
   10b34:	d236                	sw	a3,36(sp)
   10b36:	b781                	j	10a76 <__d_vfprintf+0xb6>
   10b38:	4522                	lw	a0,8(sp)
   10b3a:	866a                	mv	a2,s10
   10b3c:	104c                	add	a1,sp,36
   10b3e:	39cd                	jal	10830 <skip_to_arg>
   10b40:	5792                	lw	a5,36(sp)
   10b42:	00478693          	add	a3,a5,4
   10b46:	0007ad03          	lw	s10,0(a5)
   10b4a:	d236                	sw	a3,36(sp)
   10b4c:	b72d                	j	10a76 <__d_vfprintf+0xb6>
   10b4e:	0d390a63          	beq	s2,s3,10c22 <__d_vfprintf+0x262>
   10b52:	0d29e363          	bltu	s3,s2,10c18 <__d_vfprintf+0x258>
   10b56:	0d990e63          	beq	s2,s9,10c32 <__d_vfprintf+0x272>
   10b5a:	06a00793          	li	a5,106
   10b5e:	0ef90263          	beq	s2,a5,10c42 <__d_vfprintf+0x282>
   10b62:	04c00793          	li	a5,76
   10b66:	0cf90e63          	beq	s2,a5,10c42 <__d_vfprintf+0x282>
   10b6a:	000a8863          	beqz	s5,10b7a <__d_vfprintf+0x1ba>
   10b6e:	47b2                	lw	a5,12(sp)
   10b70:	4522                	lw	a0,8(sp)
   10b72:	8656                	mv	a2,s5
   10b74:	104c                	add	a1,sp,36
   10b76:	d23e                	sw	a5,36(sp)
   10b78:	3965                	jal	10830 <skip_to_arg>
   10b7a:	000d5963          	bgez	s10,10b8c <__d_vfprintf+0x1cc>
   10b7e:	fbfdf813          	and	a6,s11,-65
   10b82:	01081d93          	sll	s11,a6,0x10
   10b86:	010ddd93          	srl	s11,s11,0x10
   10b8a:	4d01                	li	s10,0
   10b8c:	02096c93          	or	s9,s2,32
   10b90:	f9bc8793          	add	a5,s9,-101
   10b94:	0ff7f793          	zext.b	a5,a5
   10b98:	4709                	li	a4,2
   10b9a:	0af77d63          	bgeu	a4,a5,10c54 <__d_vfprintf+0x294>
   10b9e:	06100793          	li	a5,97
   10ba2:	68fc9f63          	bne	s9,a5,11240 <__d_vfprintf+0x880>
   10ba6:	5792                	lw	a5,36(sp)
   10ba8:	6a89                	lui	s5,0x2
   10baa:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10bae:	079d                	add	a5,a5,7
   10bb0:	9be1                	and	a5,a5,-8
   10bb2:	0047ab83          	lw	s7,4(a5)
   10bb6:	0007a883          	lw	a7,0(a5)
   10bba:	00878713          	add	a4,a5,8
   10bbe:	414bd993          	sra	s3,s7,0x14
   10bc2:	00cb9c13          	sll	s8,s7,0xc
   10bc6:	7ff9f993          	and	s3,s3,2047
   10bca:	00cc5c93          	srl	s9,s8,0xc
   10bce:	015deab3          	or	s5,s11,s5
   10bd2:	0119e533          	or	a0,s3,a7
   10bd6:	fff94913          	not	s2,s2
   10bda:	0ac2                	sll	s5,s5,0x10
   10bdc:	d23a                	sw	a4,36(sp)
   10bde:	019567b3          	or	a5,a0,s9
   10be2:	02097913          	and	s2,s2,32
   10be6:	010ada93          	srl	s5,s5,0x10
   10bea:	86c6                	mv	a3,a7
   10bec:	8c66                	mv	s8,s9
   10bee:	040df813          	and	a6,s11,64
   10bf2:	01fbdb93          	srl	s7,s7,0x1f
   10bf6:	ebdd                	bnez	a5,10cac <__d_vfprintf+0x2ec>
   10bf8:	03000793          	li	a5,48
   10bfc:	0ffbfb93          	zext.b	s7,s7
   10c00:	02f106a3          	sb	a5,45(sp)
   10c04:	03710623          	sb	s7,44(sp)
   10c08:	24080d63          	beqz	a6,10e62 <__d_vfprintf+0x4a2>
   10c0c:	47b1                	li	a5,12
   10c0e:	4981                	li	s3,0
   10c10:	0da7d263          	bge	a5,s10,10cd4 <__d_vfprintf+0x314>
   10c14:	4d35                	li	s10,13
   10c16:	aa85                	j	10d86 <__d_vfprintf+0x3c6>
   10c18:	e5790fe3          	beq	s2,s7,10a76 <__d_vfprintf+0xb6>
   10c1c:	e5890de3          	beq	s2,s8,10a76 <__d_vfprintf+0xb6>
   10c20:	b7a9                	j	10b6a <__d_vfprintf+0x1aa>
   10c22:	080df793          	and	a5,s11,128
   10c26:	c399                	beqz	a5,10c2c <__d_vfprintf+0x26c>
   10c28:	200ded93          	or	s11,s11,512
   10c2c:	080ded93          	or	s11,s11,128
   10c30:	b599                	j	10a76 <__d_vfprintf+0xb6>
   10c32:	100df793          	and	a5,s11,256
   10c36:	c399                	beqz	a5,10c3c <__d_vfprintf+0x27c>
   10c38:	200ded93          	or	s11,s11,512
   10c3c:	100ded93          	or	s11,s11,256
   10c40:	bd1d                	j	10a76 <__d_vfprintf+0xb6>
   10c42:	280ded93          	or	s11,s11,640
   10c46:	bd05                	j	10a76 <__d_vfprintf+0xb6>
   10c48:	875a                	mv	a4,s6
   10c4a:	4d01                	li	s10,0
   10c4c:	4b01                	li	s6,0
   10c4e:	8aba                	mv	s5,a4
   10c50:	4d81                	li	s11,0
   10c52:	b515                	j	10a76 <__d_vfprintf+0xb6>
   10c54:	5792                	lw	a5,36(sp)
   10c56:	fff94913          	not	s2,s2
   10c5a:	02097913          	and	s2,s2,32
   10c5e:	079d                	add	a5,a5,7
   10c60:	9be1                	and	a5,a5,-8
   10c62:	00878713          	add	a4,a5,8
   10c66:	4388                	lw	a0,0(a5)
   10c68:	43cc                	lw	a1,4(a5)
   10c6a:	d23a                	sw	a4,36(sp)
   10c6c:	040df793          	and	a5,s11,64
   10c70:	20078d63          	beqz	a5,10e8a <__d_vfprintf+0x4ca>
   10c74:	06500793          	li	a5,101
   10c78:	20fc9b63          	bne	s9,a5,10e8e <__d_vfprintf+0x4ce>
   10c7c:	6785                	lui	a5,0x1
   10c7e:	001d0613          	add	a2,s10,1
   10c82:	00fdedb3          	or	s11,s11,a5
   10c86:	0ff67613          	zext.b	a2,a2
   10c8a:	4701                	li	a4,0
   10c8c:	4781                	li	a5,0
   10c8e:	4345                	li	t1,17
   10c90:	0ff67693          	zext.b	a3,a2
   10c94:	00c37363          	bgeu	t1,a2,10c9a <__d_vfprintf+0x2da>
   10c98:	46c5                	li	a3,17
   10c9a:	1030                	add	a2,sp,40
   10c9c:	30d000ef          	jal	117a8 <__dtoa_engine>
   10ca0:	0ff57b93          	zext.b	s7,a0
   10ca4:	59a2                	lw	s3,40(sp)
   10ca6:	8aee                	mv	s5,s11
   10ca8:	4c09                	li	s8,2
   10caa:	aa01                	j	10dba <__d_vfprintf+0x3fa>
   10cac:	03100793          	li	a5,49
   10cb0:	00099563          	bnez	s3,10cba <__d_vfprintf+0x2fa>
   10cb4:	03000793          	li	a5,48
   10cb8:	4985                	li	s3,1
   10cba:	0ffbfb93          	zext.b	s7,s7
   10cbe:	02f106a3          	sb	a5,45(sp)
   10cc2:	03710623          	sb	s7,44(sp)
   10cc6:	c0198993          	add	s3,s3,-1023
   10cca:	18080363          	beqz	a6,10e50 <__d_vfprintf+0x490>
   10cce:	47b1                	li	a5,12
   10cd0:	19a7c263          	blt	a5,s10,10e54 <__d_vfprintf+0x494>
   10cd4:	4335                	li	t1,13
   10cd6:	41a30333          	sub	t1,t1,s10
   10cda:	00231d93          	sll	s11,t1,0x2
   10cde:	fffd8613          	add	a2,s11,-1
   10ce2:	4505                	li	a0,1
   10ce4:	4581                	li	a1,0
   10ce6:	ca46                	sw	a7,20(sp)
   10ce8:	c836                	sw	a3,16(sp)
   10cea:	2ca010ef          	jal	11fb4 <__ashldi3>
   10cee:	84aa                	mv	s1,a0
   10cf0:	872e                	mv	a4,a1
   10cf2:	00171793          	sll	a5,a4,0x1
   10cf6:	85aa                	mv	a1,a0
   10cf8:	01f4d513          	srl	a0,s1,0x1f
   10cfc:	00149e13          	sll	t3,s1,0x1
   10d00:	8fc9                	or	a5,a5,a0
   10d02:	40f00c33          	neg	s8,a5
   10d06:	01c03533          	snez	a0,t3
   10d0a:	48d2                	lw	a7,20(sp)
   10d0c:	41c00833          	neg	a6,t3
   10d10:	40ac0c33          	sub	s8,s8,a0
   10d14:	fffe0513          	add	a0,t3,-1
   10d18:	001e3e13          	seqz	t3,t3
   10d1c:	41c787b3          	sub	a5,a5,t3
   10d20:	0197f7b3          	and	a5,a5,s9
   10d24:	01157533          	and	a0,a0,a7
   10d28:	02f74663          	blt	a4,a5,10d54 <__d_vfprintf+0x394>
   10d2c:	46c2                	lw	a3,16(sp)
   10d2e:	00e79463          	bne	a5,a4,10d36 <__d_vfprintf+0x376>
   10d32:	02a5e163          	bltu	a1,a0,10d54 <__d_vfprintf+0x394>
   10d36:	8546                	mv	a0,a7
   10d38:	866e                	mv	a2,s11
   10d3a:	85e6                	mv	a1,s9
   10d3c:	ce3a                	sw	a4,28(sp)
   10d3e:	cc42                	sw	a6,24(sp)
   10d40:	ca36                	sw	a3,20(sp)
   10d42:	c846                	sw	a7,16(sp)
   10d44:	298010ef          	jal	11fdc <__ashrdi3>
   10d48:	8905                	and	a0,a0,1
   10d4a:	48c2                	lw	a7,16(sp)
   10d4c:	46d2                	lw	a3,20(sp)
   10d4e:	4862                	lw	a6,24(sp)
   10d50:	4772                	lw	a4,28(sp)
   10d52:	c94d                	beqz	a0,10e04 <__d_vfprintf+0x444>
   10d54:	00988533          	add	a0,a7,s1
   10d58:	01153db3          	sltu	s11,a0,a7
   10d5c:	9766                	add	a4,a4,s9
   10d5e:	00ed8cb3          	add	s9,s11,a4
   10d62:	001007b7          	lui	a5,0x100
   10d66:	86aa                	mv	a3,a0
   10d68:	08fcce63          	blt	s9,a5,10e04 <__d_vfprintf+0x444>
   10d6c:	02d14783          	lbu	a5,45(sp)
   10d70:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   10d72:	02f106a3          	sb	a5,45(sp)
   10d76:	40000793          	li	a5,1024
   10d7a:	0af98163          	beq	s3,a5,10e1c <__d_vfprintf+0x45c>
   10d7e:	00a87533          	and	a0,a6,a0
   10d82:	019c7c33          	and	s8,s8,s9
   10d86:	05700613          	li	a2,87
   10d8a:	1034                	add	a3,sp,40
   10d8c:	4735                	li	a4,13
   10d8e:	45a5                	li	a1,9
   10d90:	41260633          	sub	a2,a2,s2
   10d94:	01cc1813          	sll	a6,s8,0x1c
   10d98:	00f57793          	and	a5,a0,15
   10d9c:	8111                	srl	a0,a0,0x4
   10d9e:	00a86533          	or	a0,a6,a0
   10da2:	404c5c13          	sra	s8,s8,0x4
   10da6:	e7e1                	bnez	a5,10e6e <__d_vfprintf+0x4ae>
   10da8:	0ced5563          	bge	s10,a4,10e72 <__d_vfprintf+0x4b2>
   10dac:	177d                	add	a4,a4,-1
   10dae:	16fd                	add	a3,a3,-1
   10db0:	f375                	bnez	a4,10d94 <__d_vfprintf+0x3d4>
   10db2:	4c05                	li	s8,1
   10db4:	4bb9                	li	s7,14
   10db6:	07000c93          	li	s9,112
   10dba:	00998713          	add	a4,s3,9
   10dbe:	46c9                	li	a3,18
   10dc0:	87ce                	mv	a5,s3
   10dc2:	06e6e863          	bltu	a3,a4,10e32 <__d_vfprintf+0x472>
   10dc6:	02c14703          	lbu	a4,44(sp)
   10dca:	00177d93          	and	s11,a4,1
   10dce:	8b31                	and	a4,a4,12
   10dd0:	120d9963          	bnez	s11,10f02 <__d_vfprintf+0x542>
   10dd4:	002af793          	and	a5,s5,2
   10dd8:	12079163          	bnez	a5,10efa <__d_vfprintf+0x53a>
   10ddc:	004af793          	and	a5,s5,4
   10de0:	cfe9                	beqz	a5,10eba <__d_vfprintf+0x4fa>
   10de2:	12071463          	bnez	a4,10f0a <__d_vfprintf+0x54a>
   10de6:	02000713          	li	a4,32
   10dea:	678d                	lui	a5,0x3
   10dec:	00faf7b3          	and	a5,s5,a5
   10df0:	1c079163          	bnez	a5,10fb2 <__d_vfprintf+0x5f2>
   10df4:	000d1363          	bnez	s10,10dfa <__d_vfprintf+0x43a>
   10df8:	4d05                	li	s10,1
   10dfa:	103c                	add	a5,sp,40
   10dfc:	97de                	add	a5,a5,s7
   10dfe:	03000693          	li	a3,48
   10e02:	aa8d                	j	10f74 <__d_vfprintf+0x5b4>
   10e04:	0106f6b3          	and	a3,a3,a6
   10e08:	018cfcb3          	and	s9,s9,s8
   10e0c:	40000793          	li	a5,1024
   10e10:	04f99c63          	bne	s3,a5,10e68 <__d_vfprintf+0x4a8>
   10e14:	0196ecb3          	or	s9,a3,s9
   10e18:	040c8063          	beqz	s9,10e58 <__d_vfprintf+0x498>
   10e1c:	008beb93          	or	s7,s7,8
   10e20:	03710623          	sb	s7,44(sp)
   10e24:	40000993          	li	s3,1024
   10e28:	4bb9                	li	s7,14
   10e2a:	07000c93          	li	s9,112
   10e2e:	40000793          	li	a5,1024
   10e32:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   10e36:	0c600693          	li	a3,198
   10e3a:	4c09                	li	s8,2
   10e3c:	f8e6f5e3          	bgeu	a3,a4,10dc6 <__d_vfprintf+0x406>
   10e40:	3e778793          	add	a5,a5,999
   10e44:	7ce00c13          	li	s8,1998
   10e48:	00fc3c33          	sltu	s8,s8,a5
   10e4c:	0c0d                	add	s8,s8,3
   10e4e:	bfa5                	j	10dc6 <__d_vfprintf+0x406>
   10e50:	4d01                	li	s10,0
   10e52:	bf6d                	j	10e0c <__d_vfprintf+0x44c>
   10e54:	4d35                	li	s10,13
   10e56:	bf5d                	j	10e0c <__d_vfprintf+0x44c>
   10e58:	004beb93          	or	s7,s7,4
   10e5c:	03710623          	sb	s7,44(sp)
   10e60:	b7e1                	j	10e28 <__d_vfprintf+0x468>
   10e62:	4981                	li	s3,0
   10e64:	4d01                	li	s10,0
   10e66:	b705                	j	10d86 <__d_vfprintf+0x3c6>
   10e68:	8536                	mv	a0,a3
   10e6a:	8c66                	mv	s8,s9
   10e6c:	bf29                	j	10d86 <__d_vfprintf+0x3c6>
   10e6e:	00f5ea63          	bltu	a1,a5,10e82 <__d_vfprintf+0x4c2>
   10e72:	03078793          	add	a5,a5,48
   10e76:	00f68923          	sb	a5,18(a3)
   10e7a:	f2ed59e3          	bge	s10,a4,10dac <__d_vfprintf+0x3ec>
   10e7e:	8d3a                	mv	s10,a4
   10e80:	b735                	j	10dac <__d_vfprintf+0x3ec>
   10e82:	97b2                	add	a5,a5,a2
   10e84:	0ff7f793          	zext.b	a5,a5
   10e88:	b7fd                	j	10e76 <__d_vfprintf+0x4b6>
   10e8a:	4d19                	li	s10,6
   10e8c:	b3e5                	j	10c74 <__d_vfprintf+0x2b4>
   10e8e:	06600793          	li	a5,102
   10e92:	00fc9963          	bne	s9,a5,10ea4 <__d_vfprintf+0x4e4>
   10e96:	6789                	lui	a5,0x2
   10e98:	00fdedb3          	or	s11,s11,a5
   10e9c:	4705                	li	a4,1
   10e9e:	87ea                	mv	a5,s10
   10ea0:	4645                	li	a2,17
   10ea2:	b3f5                	j	10c8e <__d_vfprintf+0x2ce>
   10ea4:	0ffd7793          	zext.b	a5,s10
   10ea8:	0ffd7613          	zext.b	a2,s10
   10eac:	e391                	bnez	a5,10eb0 <__d_vfprintf+0x4f0>
   10eae:	4605                	li	a2,1
   10eb0:	4701                	li	a4,0
   10eb2:	4781                	li	a5,0
   10eb4:	06500c93          	li	s9,101
   10eb8:	bbd9                	j	10c8e <__d_vfprintf+0x2ce>
   10eba:	db05                	beqz	a4,10dea <__d_vfprintf+0x42a>
   10ebc:	478d                	li	a5,3
   10ebe:	0967d063          	bge	a5,s6,10f3e <__d_vfprintf+0x57e>
   10ec2:	008afa93          	and	s5,s5,8
   10ec6:	ffdb0493          	add	s1,s6,-3
   10eca:	000a9f63          	bnez	s5,10ee8 <__d_vfprintf+0x528>
   10ece:	94a2                	add	s1,s1,s0
   10ed0:	4582                	lw	a1,0(sp)
   10ed2:	02000513          	li	a0,32
   10ed6:	0405                	add	s0,s0,1
   10ed8:	9a02                	jalr	s4
   10eda:	b20542e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   10ede:	fe8499e3          	bne	s1,s0,10ed0 <__d_vfprintf+0x510>
   10ee2:	4481                	li	s1,0
   10ee4:	020d9e63          	bnez	s11,10f20 <__d_vfprintf+0x560>
   10ee8:	02c14783          	lbu	a5,44(sp)
   10eec:	8ba1                	and	a5,a5,8
   10eee:	efa5                	bnez	a5,10f66 <__d_vfprintf+0x5a6>
   10ef0:	69cd                	lui	s3,0x13
   10ef2:	1e098993          	add	s3,s3,480 # 131e0 <CSWTCH.22+0x28>
   10ef6:	8c22                	mv	s8,s0
   10ef8:	a8b1                	j	10f54 <__d_vfprintf+0x594>
   10efa:	eb15                	bnez	a4,10f2e <__d_vfprintf+0x56e>
   10efc:	02b00713          	li	a4,43
   10f00:	b5ed                	j	10dea <__d_vfprintf+0x42a>
   10f02:	eb0d                	bnez	a4,10f34 <__d_vfprintf+0x574>
   10f04:	02d00713          	li	a4,45
   10f08:	b5cd                	j	10dea <__d_vfprintf+0x42a>
   10f0a:	02000d93          	li	s11,32
   10f0e:	4791                	li	a5,4
   10f10:	0367d563          	bge	a5,s6,10f3a <__d_vfprintf+0x57a>
   10f14:	008afa93          	and	s5,s5,8
   10f18:	ffcb0493          	add	s1,s6,-4
   10f1c:	fa0a89e3          	beqz	s5,10ece <__d_vfprintf+0x50e>
   10f20:	4582                	lw	a1,0(sp)
   10f22:	856e                	mv	a0,s11
   10f24:	0405                	add	s0,s0,1
   10f26:	9a02                	jalr	s4
   10f28:	fc0550e3          	bgez	a0,10ee8 <__d_vfprintf+0x528>
   10f2c:	bcc9                	j	109fe <__d_vfprintf+0x3e>
   10f2e:	02b00d93          	li	s11,43
   10f32:	bff1                	j	10f0e <__d_vfprintf+0x54e>
   10f34:	02d00d93          	li	s11,45
   10f38:	bfd9                	j	10f0e <__d_vfprintf+0x54e>
   10f3a:	4481                	li	s1,0
   10f3c:	b7d5                	j	10f20 <__d_vfprintf+0x560>
   10f3e:	4481                	li	s1,0
   10f40:	b765                	j	10ee8 <__d_vfprintf+0x528>
   10f42:	4582                	lw	a1,0(sp)
   10f44:	41250533          	sub	a0,a0,s2
   10f48:	0ff57513          	zext.b	a0,a0
   10f4c:	0c05                	add	s8,s8,1
   10f4e:	9a02                	jalr	s4
   10f50:	aa0547e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   10f54:	408c07b3          	sub	a5,s8,s0
   10f58:	97ce                	add	a5,a5,s3
   10f5a:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10f5e:	f175                	bnez	a0,10f42 <__d_vfprintf+0x582>
   10f60:	8462                	mv	s0,s8
   10f62:	94e2                	add	s1,s1,s8
   10f64:	ad39                	j	11582 <__d_vfprintf+0xbc2>
   10f66:	69cd                	lui	s3,0x13
   10f68:	1e498993          	add	s3,s3,484 # 131e4 <CSWTCH.22+0x2c>
   10f6c:	b769                	j	10ef6 <__d_vfprintf+0x536>
   10f6e:	1bfd                	add	s7,s7,-1
   10f70:	0ffbfb93          	zext.b	s7,s7
   10f74:	000b8763          	beqz	s7,10f82 <__d_vfprintf+0x5c2>
   10f78:	0047c603          	lbu	a2,4(a5)
   10f7c:	17fd                	add	a5,a5,-1
   10f7e:	fed608e3          	beq	a2,a3,10f6e <__d_vfprintf+0x5ae>
   10f82:	010af693          	and	a3,s5,16
   10f86:	87ea                	mv	a5,s10
   10f88:	e291                	bnez	a3,10f8c <__d_vfprintf+0x5cc>
   10f8a:	87de                	mv	a5,s7
   10f8c:	56f1                	li	a3,-4
   10f8e:	0ed9cc63          	blt	s3,a3,11086 <__d_vfprintf+0x6c6>
   10f92:	0fa9da63          	bge	s3,s10,11086 <__d_vfprintf+0x6c6>
   10f96:	6689                	lui	a3,0x2
   10f98:	00dae6b3          	or	a3,s5,a3
   10f9c:	01069a93          	sll	s5,a3,0x10
   10fa0:	010ada93          	srl	s5,s5,0x10
   10fa4:	4d01                	li	s10,0
   10fa6:	00f9d663          	bge	s3,a5,10fb2 <__d_vfprintf+0x5f2>
   10faa:	00198893          	add	a7,s3,1
   10fae:	41178d33          	sub	s10,a5,a7
   10fb2:	6d89                	lui	s11,0x2
   10fb4:	01bafdb3          	and	s11,s5,s11
   10fb8:	0c0d8a63          	beqz	s11,1108c <__d_vfprintf+0x6cc>
   10fbc:	87ce                	mv	a5,s3
   10fbe:	0009d363          	bgez	s3,10fc4 <__d_vfprintf+0x604>
   10fc2:	4781                	li	a5,0
   10fc4:	0785                	add	a5,a5,1
   10fc6:	c311                	beqz	a4,10fca <__d_vfprintf+0x60a>
   10fc8:	0785                	add	a5,a5,1
   10fca:	0c0d0963          	beqz	s10,1109c <__d_vfprintf+0x6dc>
   10fce:	001d0693          	add	a3,s10,1
   10fd2:	97b6                	add	a5,a5,a3
   10fd4:	4481                	li	s1,0
   10fd6:	0167d463          	bge	a5,s6,10fde <__d_vfprintf+0x61e>
   10fda:	40fb04b3          	sub	s1,s6,a5
   10fde:	009af793          	and	a5,s5,9
   10fe2:	e789                	bnez	a5,10fec <__d_vfprintf+0x62c>
   10fe4:	94a2                	add	s1,s1,s0
   10fe6:	0c849063          	bne	s1,s0,110a6 <__d_vfprintf+0x6e6>
   10fea:	4481                	li	s1,0
   10fec:	c719                	beqz	a4,10ffa <__d_vfprintf+0x63a>
   10fee:	4582                	lw	a1,0(sp)
   10ff0:	853a                	mv	a0,a4
   10ff2:	0405                	add	s0,s0,1
   10ff4:	9a02                	jalr	s4
   10ff6:	a00544e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   10ffa:	00bad793          	srl	a5,s5,0xb
   10ffe:	8b85                	and	a5,a5,1
   11000:	c395                	beqz	a5,11024 <__d_vfprintf+0x664>
   11002:	4582                	lw	a1,0(sp)
   11004:	03000513          	li	a0,48
   11008:	9a02                	jalr	s4
   1100a:	9e054ae3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   1100e:	07800513          	li	a0,120
   11012:	4582                	lw	a1,0(sp)
   11014:	41250533          	sub	a0,a0,s2
   11018:	0f857513          	and	a0,a0,248
   1101c:	0409                	add	s0,s0,2
   1101e:	9a02                	jalr	s4
   11020:	9c054fe3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11024:	008af793          	and	a5,s5,8
   11028:	e791                	bnez	a5,11034 <__d_vfprintf+0x674>
   1102a:	8b22                	mv	s6,s0
   1102c:	9426                	add	s0,s0,s1
   1102e:	09641663          	bne	s0,s6,110ba <__d_vfprintf+0x6fa>
   11032:	4481                	li	s1,0
   11034:	0c0d8f63          	beqz	s11,11112 <__d_vfprintf+0x752>
   11038:	8cce                	mv	s9,s3
   1103a:	0009d363          	bgez	s3,11040 <__d_vfprintf+0x680>
   1103e:	4c81                	li	s9,0
   11040:	41998db3          	sub	s11,s3,s9
   11044:	41a00d33          	neg	s10,s10
   11048:	5b7d                	li	s6,-1
   1104a:	03000513          	li	a0,48
   1104e:	017df663          	bgeu	s11,s7,1105a <__d_vfprintf+0x69a>
   11052:	103c                	add	a5,sp,40
   11054:	97ee                	add	a5,a5,s11
   11056:	0057c503          	lbu	a0,5(a5)
   1105a:	1cfd                	add	s9,s9,-1
   1105c:	00140c13          	add	s8,s0,1
   11060:	07acc563          	blt	s9,s10,110ca <__d_vfprintf+0x70a>
   11064:	4582                	lw	a1,0(sp)
   11066:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   11068:	9a02                	jalr	s4
   1106a:	98054ae3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   1106e:	016c9a63          	bne	s9,s6,11082 <__d_vfprintf+0x6c2>
   11072:	4582                	lw	a1,0(sp)
   11074:	02e00513          	li	a0,46
   11078:	9a02                	jalr	s4
   1107a:	980542e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   1107e:	00240c13          	add	s8,s0,2
   11082:	8462                	mv	s0,s8
   11084:	b7d9                	j	1104a <__d_vfprintf+0x68a>
   11086:	fff78d13          	add	s10,a5,-1
   1108a:	b725                	j	10fb2 <__d_vfprintf+0x5f2>
   1108c:	00bad693          	srl	a3,s5,0xb
   11090:	8a85                	and	a3,a3,1
   11092:	478d                	li	a5,3
   11094:	c291                	beqz	a3,11098 <__d_vfprintf+0x6d8>
   11096:	4795                	li	a5,5
   11098:	97e2                	add	a5,a5,s8
   1109a:	b735                	j	10fc6 <__d_vfprintf+0x606>
   1109c:	010af693          	and	a3,s5,16
   110a0:	da95                	beqz	a3,10fd4 <__d_vfprintf+0x614>
   110a2:	0785                	add	a5,a5,1
   110a4:	bf05                	j	10fd4 <__d_vfprintf+0x614>
   110a6:	4582                	lw	a1,0(sp)
   110a8:	02000513          	li	a0,32
   110ac:	c83a                	sw	a4,16(sp)
   110ae:	9a02                	jalr	s4
   110b0:	4742                	lw	a4,16(sp)
   110b2:	0405                	add	s0,s0,1
   110b4:	f20559e3          	bgez	a0,10fe6 <__d_vfprintf+0x626>
   110b8:	b299                	j	109fe <__d_vfprintf+0x3e>
   110ba:	4582                	lw	a1,0(sp)
   110bc:	03000513          	li	a0,48
   110c0:	0b05                	add	s6,s6,1
   110c2:	9a02                	jalr	s4
   110c4:	f60555e3          	bgez	a0,1102e <__d_vfprintf+0x66e>
   110c8:	ba1d                	j	109fe <__d_vfprintf+0x3e>
   110ca:	033c9063          	bne	s9,s3,110ea <__d_vfprintf+0x72a>
   110ce:	02d14703          	lbu	a4,45(sp)
   110d2:	03500793          	li	a5,53
   110d6:	00e7e863          	bltu	a5,a4,110e6 <__d_vfprintf+0x726>
   110da:	00f71863          	bne	a4,a5,110ea <__d_vfprintf+0x72a>
   110de:	02c14783          	lbu	a5,44(sp)
   110e2:	8bc1                	and	a5,a5,16
   110e4:	e399                	bnez	a5,110ea <__d_vfprintf+0x72a>
   110e6:	03100513          	li	a0,49
   110ea:	4582                	lw	a1,0(sp)
   110ec:	9a02                	jalr	s4
   110ee:	900548e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   110f2:	010afa93          	and	s5,s5,16
   110f6:	e60a85e3          	beqz	s5,10f60 <__d_vfprintf+0x5a0>
   110fa:	57fd                	li	a5,-1
   110fc:	e6fc92e3          	bne	s9,a5,10f60 <__d_vfprintf+0x5a0>
   11100:	4582                	lw	a1,0(sp)
   11102:	00240c13          	add	s8,s0,2
   11106:	02e00513          	li	a0,46
   1110a:	9a02                	jalr	s4
   1110c:	e4055ae3          	bgez	a0,10f60 <__d_vfprintf+0x5a0>
   11110:	b0fd                	j	109fe <__d_vfprintf+0x3e>
   11112:	02d14503          	lbu	a0,45(sp)
   11116:	03100793          	li	a5,49
   1111a:	00f50763          	beq	a0,a5,11128 <__d_vfprintf+0x768>
   1111e:	02c14783          	lbu	a5,44(sp)
   11122:	9bbd                	and	a5,a5,-17
   11124:	02f10623          	sb	a5,44(sp)
   11128:	4582                	lw	a1,0(sp)
   1112a:	9a02                	jalr	s4
   1112c:	8c0549e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11130:	0da05a63          	blez	s10,11204 <__d_vfprintf+0x844>
   11134:	4582                	lw	a1,0(sp)
   11136:	02e00513          	li	a0,46
   1113a:	0409                	add	s0,s0,2
   1113c:	9a02                	jalr	s4
   1113e:	8c0540e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11142:	4a85                	li	s5,1
   11144:	4785                	li	a5,1
   11146:	0405                	add	s0,s0,1
   11148:	03000513          	li	a0,48
   1114c:	017af863          	bgeu	s5,s7,1115c <__d_vfprintf+0x79c>
   11150:	02078793          	add	a5,a5,32
   11154:	1018                	add	a4,sp,32
   11156:	97ba                	add	a5,a5,a4
   11158:	fed7c503          	lbu	a0,-19(a5)
   1115c:	4582                	lw	a1,0(sp)
   1115e:	9a02                	jalr	s4
   11160:	88054fe3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11164:	0a85                	add	s5,s5,1
   11166:	0ffafa93          	zext.b	s5,s5
   1116a:	87d6                	mv	a5,s5
   1116c:	fd5d5de3          	bge	s10,s5,11146 <__d_vfprintf+0x786>
   11170:	4582                	lw	a1,0(sp)
   11172:	412c8533          	sub	a0,s9,s2
   11176:	0ff57513          	zext.b	a0,a0
   1117a:	9a02                	jalr	s4
   1117c:	880541e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11180:	0009ca63          	bltz	s3,11194 <__d_vfprintf+0x7d4>
   11184:	02b00513          	li	a0,43
   11188:	00099a63          	bnez	s3,1119c <__d_vfprintf+0x7dc>
   1118c:	02c14783          	lbu	a5,44(sp)
   11190:	8bc1                	and	a5,a5,16
   11192:	c789                	beqz	a5,1119c <__d_vfprintf+0x7dc>
   11194:	413009b3          	neg	s3,s3
   11198:	02d00513          	li	a0,45
   1119c:	4582                	lw	a1,0(sp)
   1119e:	9a02                	jalr	s4
   111a0:	84054fe3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   111a4:	4791                	li	a5,4
   111a6:	06fc1e63          	bne	s8,a5,11222 <__d_vfprintf+0x862>
   111aa:	3e800913          	li	s2,1000
   111ae:	0329c533          	div	a0,s3,s2
   111b2:	4582                	lw	a1,0(sp)
   111b4:	040d                	add	s0,s0,3
   111b6:	03050513          	add	a0,a0,48
   111ba:	0ff57513          	zext.b	a0,a0
   111be:	9a02                	jalr	s4
   111c0:	82054fe3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   111c4:	0329e9b3          	rem	s3,s3,s2
   111c8:	06400913          	li	s2,100
   111cc:	4582                	lw	a1,0(sp)
   111ce:	0405                	add	s0,s0,1
   111d0:	0329c533          	div	a0,s3,s2
   111d4:	03050513          	add	a0,a0,48
   111d8:	0ff57513          	zext.b	a0,a0
   111dc:	9a02                	jalr	s4
   111de:	820540e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   111e2:	0329e9b3          	rem	s3,s3,s2
   111e6:	4929                	li	s2,10
   111e8:	4582                	lw	a1,0(sp)
   111ea:	0405                	add	s0,s0,1
   111ec:	0329c533          	div	a0,s3,s2
   111f0:	03050513          	add	a0,a0,48
   111f4:	0ff57513          	zext.b	a0,a0
   111f8:	9a02                	jalr	s4
   111fa:	800542e3          	bltz	a0,109fe <__d_vfprintf+0x3e>
   111fe:	0329e9b3          	rem	s3,s3,s2
   11202:	a03d                	j	11230 <__d_vfprintf+0x870>
   11204:	010afa93          	and	s5,s5,16
   11208:	000a9463          	bnez	s5,11210 <__d_vfprintf+0x850>
   1120c:	0405                	add	s0,s0,1
   1120e:	b78d                	j	11170 <__d_vfprintf+0x7b0>
   11210:	4582                	lw	a1,0(sp)
   11212:	02e00513          	li	a0,46
   11216:	0409                	add	s0,s0,2
   11218:	9a02                	jalr	s4
   1121a:	f4055be3          	bgez	a0,11170 <__d_vfprintf+0x7b0>
   1121e:	fe0ff06f          	j	109fe <__d_vfprintf+0x3e>
   11222:	478d                	li	a5,3
   11224:	0409                	add	s0,s0,2
   11226:	fafc01e3          	beq	s8,a5,111c8 <__d_vfprintf+0x808>
   1122a:	4785                	li	a5,1
   1122c:	fafc1de3          	bne	s8,a5,111e6 <__d_vfprintf+0x826>
   11230:	03098513          	add	a0,s3,48
   11234:	4582                	lw	a1,0(sp)
   11236:	00140c13          	add	s8,s0,1
   1123a:	0ff57513          	zext.b	a0,a0
   1123e:	b5f1                	j	1110a <__d_vfprintf+0x74a>
   11240:	f9d90793          	add	a5,s2,-99
   11244:	0ff7f793          	zext.b	a5,a5
   11248:	4749                	li	a4,18
   1124a:	1ef76d63          	bltu	a4,a5,11444 <__d_vfprintf+0xa84>
   1124e:	674d                	lui	a4,0x13
   11250:	078a                	sll	a5,a5,0x2
   11252:	23470713          	add	a4,a4,564 # 13234 <CSWTCH.22+0x7c>
   11256:	97ba                	add	a5,a5,a4
   11258:	439c                	lw	a5,0(a5)
   1125a:	8782                	jr	a5
   1125c:	5792                	lw	a5,36(sp)
   1125e:	4485                	li	s1,1
   11260:	02810993          	add	s3,sp,40
   11264:	00478713          	add	a4,a5,4
   11268:	439c                	lw	a5,0(a5)
   1126a:	d23a                	sw	a4,36(sp)
   1126c:	02f10423          	sb	a5,40(sp)
   11270:	008df813          	and	a6,s11,8
   11274:	04080d63          	beqz	a6,112ce <__d_vfprintf+0x90e>
   11278:	4901                	li	s2,0
   1127a:	05249c63          	bne	s1,s2,112d2 <__d_vfprintf+0x912>
   1127e:	00940c33          	add	s8,s0,s1
   11282:	409b04b3          	sub	s1,s6,s1
   11286:	b9e9                	j	10f60 <__d_vfprintf+0x5a0>
   11288:	5792                	lw	a5,36(sp)
   1128a:	00478713          	add	a4,a5,4
   1128e:	d23a                	sw	a4,36(sp)
   11290:	0007a983          	lw	s3,0(a5)
   11294:	00099563          	bnez	s3,1129e <__d_vfprintf+0x8de>
   11298:	69cd                	lui	s3,0x13
   1129a:	1e898993          	add	s3,s3,488 # 131e8 <CSWTCH.22+0x30>
   1129e:	040df793          	and	a5,s11,64
   112a2:	55fd                	li	a1,-1
   112a4:	c391                	beqz	a5,112a8 <__d_vfprintf+0x8e8>
   112a6:	85ea                	mv	a1,s10
   112a8:	854e                	mv	a0,s3
   112aa:	4b7000ef          	jal	11f60 <strnlen>
   112ae:	84aa                	mv	s1,a0
   112b0:	b7c1                	j	11270 <__d_vfprintf+0x8b0>
   112b2:	4582                	lw	a1,0(sp)
   112b4:	02000513          	li	a0,32
   112b8:	9a02                	jalr	s4
   112ba:	f4054263          	bltz	a0,109fe <__d_vfprintf+0x3e>
   112be:	197d                	add	s2,s2,-1
   112c0:	ff24e9e3          	bltu	s1,s2,112b2 <__d_vfprintf+0x8f2>
   112c4:	945a                	add	s0,s0,s6
   112c6:	41240433          	sub	s0,s0,s2
   112ca:	8b4a                	mv	s6,s2
   112cc:	b775                	j	11278 <__d_vfprintf+0x8b8>
   112ce:	895a                	mv	s2,s6
   112d0:	bfc5                	j	112c0 <__d_vfprintf+0x900>
   112d2:	012987b3          	add	a5,s3,s2
   112d6:	4582                	lw	a1,0(sp)
   112d8:	0007c503          	lbu	a0,0(a5)
   112dc:	0905                	add	s2,s2,1
   112de:	9a02                	jalr	s4
   112e0:	f8055de3          	bgez	a0,1127a <__d_vfprintf+0x8ba>
   112e4:	f1aff06f          	j	109fe <__d_vfprintf+0x3e>
   112e8:	080df713          	and	a4,s11,128
   112ec:	5792                	lw	a5,36(sp)
   112ee:	cf49                	beqz	a4,11388 <__d_vfprintf+0x9c8>
   112f0:	200df713          	and	a4,s11,512
   112f4:	c359                	beqz	a4,1137a <__d_vfprintf+0x9ba>
   112f6:	079d                	add	a5,a5,7
   112f8:	9be1                	and	a5,a5,-8
   112fa:	4388                	lw	a0,0(a5)
   112fc:	43cc                	lw	a1,4(a5)
   112fe:	00878713          	add	a4,a5,8
   11302:	d23a                	sw	a4,36(sp)
   11304:	fefdf993          	and	s3,s11,-17
   11308:	09c2                	sll	s3,s3,0x10
   1130a:	0109d993          	srl	s3,s3,0x10
   1130e:	0805dd63          	bgez	a1,113a8 <__d_vfprintf+0x9e8>
   11312:	00a037b3          	snez	a5,a0
   11316:	40b005b3          	neg	a1,a1
   1131a:	8d9d                	sub	a1,a1,a5
   1131c:	40a00533          	neg	a0,a0
   11320:	4009e993          	or	s3,s3,1024
   11324:	02810a93          	add	s5,sp,40
   11328:	46a9                	li	a3,10
   1132a:	8656                	mv	a2,s5
   1132c:	c98ff0ef          	jal	107c4 <__ultoa_invert>
   11330:	0409f793          	and	a5,s3,64
   11334:	41550ab3          	sub	s5,a0,s5
   11338:	c7f5                	beqz	a5,11424 <__d_vfprintf+0xa64>
   1133a:	ffe9f793          	and	a5,s3,-2
   1133e:	07c2                	sll	a5,a5,0x10
   11340:	83c1                	srl	a5,a5,0x10
   11342:	19aad563          	bge	s5,s10,114cc <__d_vfprintf+0xb0c>
   11346:	16090c63          	beqz	s2,114be <__d_vfprintf+0xafe>
   1134a:	0109fc13          	and	s8,s3,16
   1134e:	84ea                	mv	s1,s10
   11350:	89be                	mv	s3,a5
   11352:	060c0a63          	beqz	s8,113c6 <__d_vfprintf+0xa06>
   11356:	0489                	add	s1,s1,2
   11358:	0089f793          	and	a5,s3,8
   1135c:	18079a63          	bnez	a5,114f0 <__d_vfprintf+0xb30>
   11360:	0019f793          	and	a5,s3,1
   11364:	cb89                	beqz	a5,11376 <__d_vfprintf+0x9b6>
   11366:	8d56                	mv	s10,s5
   11368:	0164d763          	bge	s1,s6,11376 <__d_vfprintf+0x9b6>
   1136c:	409b04b3          	sub	s1,s6,s1
   11370:	01548d33          	add	s10,s1,s5
   11374:	84da                	mv	s1,s6
   11376:	8ba6                	mv	s7,s1
   11378:	a2ad                	j	114e2 <__d_vfprintf+0xb22>
   1137a:	4388                	lw	a0,0(a5)
   1137c:	00478713          	add	a4,a5,4
   11380:	d23a                	sw	a4,36(sp)
   11382:	41f55593          	sra	a1,a0,0x1f
   11386:	bfbd                	j	11304 <__d_vfprintf+0x944>
   11388:	00478713          	add	a4,a5,4
   1138c:	4388                	lw	a0,0(a5)
   1138e:	d23a                	sw	a4,36(sp)
   11390:	100df793          	and	a5,s11,256
   11394:	d7fd                	beqz	a5,11382 <__d_vfprintf+0x9c2>
   11396:	200df793          	and	a5,s11,512
   1139a:	c781                	beqz	a5,113a2 <__d_vfprintf+0x9e2>
   1139c:	0562                	sll	a0,a0,0x18
   1139e:	8561                	sra	a0,a0,0x18
   113a0:	b7cd                	j	11382 <__d_vfprintf+0x9c2>
   113a2:	0542                	sll	a0,a0,0x10
   113a4:	8541                	sra	a0,a0,0x10
   113a6:	bff1                	j	11382 <__d_vfprintf+0x9c2>
   113a8:	00b567b3          	or	a5,a0,a1
   113ac:	ffa5                	bnez	a5,11324 <__d_vfprintf+0x964>
   113ae:	040df793          	and	a5,s11,64
   113b2:	dbad                	beqz	a5,11324 <__d_vfprintf+0x964>
   113b4:	f60d18e3          	bnez	s10,11324 <__d_vfprintf+0x964>
   113b8:	feedf993          	and	s3,s11,-18
   113bc:	09c2                	sll	s3,s3,0x10
   113be:	0109d993          	srl	s3,s3,0x10
   113c2:	4a81                	li	s5,0
   113c4:	4481                	li	s1,0
   113c6:	4069fc13          	and	s8,s3,1030
   113ca:	f80c07e3          	beqz	s8,11358 <__d_vfprintf+0x998>
   113ce:	0485                	add	s1,s1,1
   113d0:	4c01                	li	s8,0
   113d2:	b759                	j	11358 <__d_vfprintf+0x998>
   113d4:	fefdf813          	and	a6,s11,-17
   113d8:	01081d93          	sll	s11,a6,0x10
   113dc:	010ddd93          	srl	s11,s11,0x10
   113e0:	46a9                	li	a3,10
   113e2:	080df713          	and	a4,s11,128
   113e6:	5792                	lw	a5,36(sp)
   113e8:	c355                	beqz	a4,1148c <__d_vfprintf+0xacc>
   113ea:	200df713          	and	a4,s11,512
   113ee:	cb49                	beqz	a4,11480 <__d_vfprintf+0xac0>
   113f0:	079d                	add	a5,a5,7
   113f2:	9be1                	and	a5,a5,-8
   113f4:	4388                	lw	a0,0(a5)
   113f6:	43cc                	lw	a1,4(a5)
   113f8:	00878713          	add	a4,a5,8
   113fc:	d23a                	sw	a4,36(sp)
   113fe:	00b567b3          	or	a5,a0,a1
   11402:	e7cd                	bnez	a5,114ac <__d_vfprintf+0xaec>
   11404:	fe9df993          	and	s3,s11,-23
   11408:	09c2                	sll	s3,s3,0x10
   1140a:	040df793          	and	a5,s11,64
   1140e:	0109d993          	srl	s3,s3,0x10
   11412:	c3dd                	beqz	a5,114b8 <__d_vfprintf+0xaf8>
   11414:	0a0d1263          	bnez	s10,114b8 <__d_vfprintf+0xaf8>
   11418:	fe8df993          	and	s3,s11,-24
   1141c:	09c2                	sll	s3,s3,0x10
   1141e:	0109d993          	srl	s3,s3,0x10
   11422:	4a81                	li	s5,0
   11424:	0109fc13          	and	s8,s3,16
   11428:	0a0c0463          	beqz	s8,114d0 <__d_vfprintf+0xb10>
   1142c:	001a8493          	add	s1,s5,1
   11430:	f20904e3          	beqz	s2,11358 <__d_vfprintf+0x998>
   11434:	84d6                	mv	s1,s5
   11436:	b705                	j	11356 <__d_vfprintf+0x996>
   11438:	010ded93          	or	s11,s11,16
   1143c:	46c1                	li	a3,16
   1143e:	07800913          	li	s2,120
   11442:	b745                	j	113e2 <__d_vfprintf+0xa22>
   11444:	07800793          	li	a5,120
   11448:	00fc9a63          	bne	s9,a5,1145c <__d_vfprintf+0xa9c>
   1144c:	05800793          	li	a5,88
   11450:	46c1                	li	a3,16
   11452:	f8f918e3          	bne	s2,a5,113e2 <__d_vfprintf+0xa22>
   11456:	21000693          	li	a3,528
   1145a:	b761                	j	113e2 <__d_vfprintf+0xa22>
   1145c:	4582                	lw	a1,0(sp)
   1145e:	02500513          	li	a0,37
   11462:	9a02                	jalr	s4
   11464:	d8054d63          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11468:	4582                	lw	a1,0(sp)
   1146a:	854a                	mv	a0,s2
   1146c:	9a02                	jalr	s4
   1146e:	d8054863          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11472:	0409                	add	s0,s0,2
   11474:	4792                	lw	a5,4(sp)
   11476:	d68ff06f          	j	109de <__d_vfprintf+0x1e>
   1147a:	46a1                	li	a3,8
   1147c:	4901                	li	s2,0
   1147e:	b795                	j	113e2 <__d_vfprintf+0xa22>
   11480:	4388                	lw	a0,0(a5)
   11482:	00478713          	add	a4,a5,4
   11486:	d23a                	sw	a4,36(sp)
   11488:	4581                	li	a1,0
   1148a:	bf95                	j	113fe <__d_vfprintf+0xa3e>
   1148c:	00478713          	add	a4,a5,4
   11490:	4388                	lw	a0,0(a5)
   11492:	d23a                	sw	a4,36(sp)
   11494:	100df793          	and	a5,s11,256
   11498:	dbe5                	beqz	a5,11488 <__d_vfprintf+0xac8>
   1149a:	200df793          	and	a5,s11,512
   1149e:	c781                	beqz	a5,114a6 <__d_vfprintf+0xae6>
   114a0:	0ff57513          	zext.b	a0,a0
   114a4:	b7d5                	j	11488 <__d_vfprintf+0xac8>
   114a6:	0542                	sll	a0,a0,0x10
   114a8:	8141                	srl	a0,a0,0x10
   114aa:	bff9                	j	11488 <__d_vfprintf+0xac8>
   114ac:	ff9df813          	and	a6,s11,-7
   114b0:	01081993          	sll	s3,a6,0x10
   114b4:	0109d993          	srl	s3,s3,0x10
   114b8:	02810a93          	add	s5,sp,40
   114bc:	b5bd                	j	1132a <__d_vfprintf+0x96a>
   114be:	fee9f993          	and	s3,s3,-18
   114c2:	09c2                	sll	s3,s3,0x10
   114c4:	0109d993          	srl	s3,s3,0x10
   114c8:	84ea                	mv	s1,s10
   114ca:	bdf5                	j	113c6 <__d_vfprintf+0xa06>
   114cc:	89be                	mv	s3,a5
   114ce:	bf99                	j	11424 <__d_vfprintf+0xa64>
   114d0:	84d6                	mv	s1,s5
   114d2:	bdd5                	j	113c6 <__d_vfprintf+0xa06>
   114d4:	4582                	lw	a1,0(sp)
   114d6:	02000513          	li	a0,32
   114da:	9a02                	jalr	s4
   114dc:	d2054163          	bltz	a0,109fe <__d_vfprintf+0x3e>
   114e0:	0b85                	add	s7,s7,1
   114e2:	ff6bc9e3          	blt	s7,s6,114d4 <__d_vfprintf+0xb14>
   114e6:	409404b3          	sub	s1,s0,s1
   114ea:	01748433          	add	s0,s1,s7
   114ee:	84de                	mv	s1,s7
   114f0:	020c0363          	beqz	s8,11516 <__d_vfprintf+0xb56>
   114f4:	4582                	lw	a1,0(sp)
   114f6:	03000513          	li	a0,48
   114fa:	9a02                	jalr	s4
   114fc:	d0054163          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11500:	04090d63          	beqz	s2,1155a <__d_vfprintf+0xb9a>
   11504:	4582                	lw	a1,0(sp)
   11506:	0409                	add	s0,s0,2
   11508:	854a                	mv	a0,s2
   1150a:	9a02                	jalr	s4
   1150c:	ce054963          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11510:	8c22                	mv	s8,s0
   11512:	9d22                	add	s10,s10,s0
   11514:	a81d                	j	1154a <__d_vfprintf+0xb8a>
   11516:	4069f793          	and	a5,s3,1030
   1151a:	dbfd                	beqz	a5,11510 <__d_vfprintf+0xb50>
   1151c:	0029f793          	and	a5,s3,2
   11520:	02000513          	li	a0,32
   11524:	c399                	beqz	a5,1152a <__d_vfprintf+0xb6a>
   11526:	02b00513          	li	a0,43
   1152a:	4009f993          	and	s3,s3,1024
   1152e:	00098463          	beqz	s3,11536 <__d_vfprintf+0xb76>
   11532:	02d00513          	li	a0,45
   11536:	4582                	lw	a1,0(sp)
   11538:	0405                	add	s0,s0,1
   1153a:	bfc1                	j	1150a <__d_vfprintf+0xb4a>
   1153c:	4582                	lw	a1,0(sp)
   1153e:	03000513          	li	a0,48
   11542:	0c05                	add	s8,s8,1
   11544:	9a02                	jalr	s4
   11546:	ca054c63          	bltz	a0,109fe <__d_vfprintf+0x3e>
   1154a:	418d07b3          	sub	a5,s10,s8
   1154e:	fefac7e3          	blt	s5,a5,1153c <__d_vfprintf+0xb7c>
   11552:	8456                	mv	s0,s5
   11554:	e409                	bnez	s0,1155e <__d_vfprintf+0xb9e>
   11556:	9c56                	add	s8,s8,s5
   11558:	b32d                	j	11282 <__d_vfprintf+0x8c2>
   1155a:	0405                	add	s0,s0,1
   1155c:	bf55                	j	11510 <__d_vfprintf+0xb50>
   1155e:	147d                	add	s0,s0,-1
   11560:	103c                	add	a5,sp,40
   11562:	97a2                	add	a5,a5,s0
   11564:	4582                	lw	a1,0(sp)
   11566:	0007c503          	lbu	a0,0(a5)
   1156a:	9a02                	jalr	s4
   1156c:	fe0554e3          	bgez	a0,11554 <__d_vfprintf+0xb94>
   11570:	c8eff06f          	j	109fe <__d_vfprintf+0x3e>
   11574:	4582                	lw	a1,0(sp)
   11576:	02000513          	li	a0,32
   1157a:	0405                	add	s0,s0,1
   1157c:	9a02                	jalr	s4
   1157e:	c8054063          	bltz	a0,109fe <__d_vfprintf+0x3e>
   11582:	408487b3          	sub	a5,s1,s0
   11586:	fef047e3          	bgtz	a5,11574 <__d_vfprintf+0xbb4>
   1158a:	b5ed                	j	11474 <__d_vfprintf+0xab4>

0001158c <mulShiftAll64>:
   1158c:	108012ef          	jal	t0,12694 <__riscv_save_10>
   11590:	84b2                	mv	s1,a2
   11592:	00159913          	sll	s2,a1,0x1
   11596:	4210                	lw	a2,0(a2)
   11598:	8ab6                	mv	s5,a3
   1159a:	89be                	mv	s3,a5
   1159c:	40d4                	lw	a3,4(s1)
   1159e:	01f55793          	srl	a5,a0,0x1f
   115a2:	1141                	add	sp,sp,-16
   115a4:	0127e933          	or	s2,a5,s2
   115a8:	00151413          	sll	s0,a0,0x1
   115ac:	8522                	mv	a0,s0
   115ae:	85ca                	mv	a1,s2
   115b0:	8bba                	mv	s7,a4
   115b2:	870a                	mv	a4,sp
   115b4:	8b42                	mv	s6,a6
   115b6:	0ed000ef          	jal	11ea2 <__umul128>
   115ba:	44d4                	lw	a3,12(s1)
   115bc:	4490                	lw	a2,8(s1)
   115be:	0038                	add	a4,sp,8
   115c0:	8caa                	mv	s9,a0
   115c2:	8c2e                	mv	s8,a1
   115c4:	8522                	mv	a0,s0
   115c6:	85ca                	mv	a1,s2
   115c8:	0db000ef          	jal	11ea2 <__umul128>
   115cc:	4682                	lw	a3,0(sp)
   115ce:	4712                	lw	a4,4(sp)
   115d0:	4785                	li	a5,1
   115d2:	00d50933          	add	s2,a0,a3
   115d6:	00a93533          	sltu	a0,s2,a0
   115da:	95ba                	add	a1,a1,a4
   115dc:	00b50433          	add	s0,a0,a1
   115e0:	00e46763          	bltu	s0,a4,115ee <mulShiftAll64+0x62>
   115e4:	00871463          	bne	a4,s0,115ec <mulShiftAll64+0x60>
   115e8:	00d96363          	bltu	s2,a3,115ee <mulShiftAll64+0x62>
   115ec:	4781                	li	a5,0
   115ee:	4622                	lw	a2,8(sp)
   115f0:	4732                	lw	a4,12(sp)
   115f2:	963e                	add	a2,a2,a5
   115f4:	00f637b3          	sltu	a5,a2,a5
   115f8:	00e786b3          	add	a3,a5,a4
   115fc:	4098                	lw	a4,0(s1)
   115fe:	40dc                	lw	a5,4(s1)
   11600:	c432                	sw	a2,8(sp)
   11602:	9766                	add	a4,a4,s9
   11604:	97e2                	add	a5,a5,s8
   11606:	019735b3          	sltu	a1,a4,s9
   1160a:	95be                	add	a1,a1,a5
   1160c:	c636                	sw	a3,12(sp)
   1160e:	4785                	li	a5,1
   11610:	0185e763          	bltu	a1,s8,1161e <mulShiftAll64+0x92>
   11614:	00bc1463          	bne	s8,a1,1161c <mulShiftAll64+0x90>
   11618:	01976363          	bltu	a4,s9,1161e <mulShiftAll64+0x92>
   1161c:	4781                	li	a5,0
   1161e:	4498                	lw	a4,8(s1)
   11620:	44c8                	lw	a0,12(s1)
   11622:	fbfa8a13          	add	s4,s5,-65
   11626:	974a                	add	a4,a4,s2
   11628:	9522                	add	a0,a0,s0
   1162a:	012735b3          	sltu	a1,a4,s2
   1162e:	95aa                	add	a1,a1,a0
   11630:	00e78533          	add	a0,a5,a4
   11634:	00f537b3          	sltu	a5,a0,a5
   11638:	95be                	add	a1,a1,a5
   1163a:	4785                	li	a5,1
   1163c:	0085e763          	bltu	a1,s0,1164a <mulShiftAll64+0xbe>
   11640:	00b41463          	bne	s0,a1,11648 <mulShiftAll64+0xbc>
   11644:	01256363          	bltu	a0,s2,1164a <mulShiftAll64+0xbe>
   11648:	4781                	li	a5,0
   1164a:	963e                	add	a2,a2,a5
   1164c:	00f637b3          	sltu	a5,a2,a5
   11650:	8752                	mv	a4,s4
   11652:	96be                	add	a3,a3,a5
   11654:	09b000ef          	jal	11eee <__shiftright128>
   11658:	00aba023          	sw	a0,0(s7)
   1165c:	00bba223          	sw	a1,4(s7)
   11660:	4785                	li	a5,1
   11662:	48a2                	lw	a7,8(sp)
   11664:	4832                	lw	a6,12(sp)
   11666:	40cc                	lw	a1,4(s1)
   11668:	4488                	lw	a0,8(s1)
   1166a:	44d8                	lw	a4,12(s1)
   1166c:	06fb1763          	bne	s6,a5,116da <mulShiftAll64+0x14e>
   11670:	40a906b3          	sub	a3,s2,a0
   11674:	00d93633          	sltu	a2,s2,a3
   11678:	40e407b3          	sub	a5,s0,a4
   1167c:	8f91                	sub	a5,a5,a2
   1167e:	4505                	li	a0,1
   11680:	00bc6863          	bltu	s8,a1,11690 <mulShiftAll64+0x104>
   11684:	01859563          	bne	a1,s8,1168e <mulShiftAll64+0x102>
   11688:	4098                	lw	a4,0(s1)
   1168a:	00ece363          	bltu	s9,a4,11690 <mulShiftAll64+0x104>
   1168e:	4501                	li	a0,0
   11690:	40a68533          	sub	a0,a3,a0
   11694:	00a6b6b3          	sltu	a3,a3,a0
   11698:	40d785b3          	sub	a1,a5,a3
   1169c:	4605                	li	a2,1
   1169e:	00b46763          	bltu	s0,a1,116ac <mulShiftAll64+0x120>
   116a2:	00859463          	bne	a1,s0,116aa <mulShiftAll64+0x11e>
   116a6:	00a96363          	bltu	s2,a0,116ac <mulShiftAll64+0x120>
   116aa:	4601                	li	a2,0
   116ac:	40c88633          	sub	a2,a7,a2
   116b0:	00c8b6b3          	sltu	a3,a7,a2
   116b4:	8752                	mv	a4,s4
   116b6:	40d806b3          	sub	a3,a6,a3
   116ba:	035000ef          	jal	11eee <__shiftright128>
   116be:	4622                	lw	a2,8(sp)
   116c0:	46b2                	lw	a3,12(sp)
   116c2:	00a9a023          	sw	a0,0(s3)
   116c6:	00b9a223          	sw	a1,4(s3)
   116ca:	8752                	mv	a4,s4
   116cc:	854a                	mv	a0,s2
   116ce:	85a2                	mv	a1,s0
   116d0:	01f000ef          	jal	11eee <__shiftright128>
   116d4:	0141                	add	sp,sp,16
   116d6:	7f70006f          	j	126cc <__riscv_restore_10>
   116da:	01fcd793          	srl	a5,s9,0x1f
   116de:	001c1613          	sll	a2,s8,0x1
   116e2:	8e5d                	or	a2,a2,a5
   116e4:	01f95693          	srl	a3,s2,0x1f
   116e8:	00141793          	sll	a5,s0,0x1
   116ec:	001c9e93          	sll	t4,s9,0x1
   116f0:	8fd5                	or	a5,a5,a3
   116f2:	00191313          	sll	t1,s2,0x1
   116f6:	4e05                	li	t3,1
   116f8:	01866763          	bltu	a2,s8,11706 <mulShiftAll64+0x17a>
   116fc:	00cc1463          	bne	s8,a2,11704 <mulShiftAll64+0x178>
   11700:	019ee363          	bltu	t4,s9,11706 <mulShiftAll64+0x17a>
   11704:	4e01                	li	t3,0
   11706:	9e1a                	add	t3,t3,t1
   11708:	006e3333          	sltu	t1,t3,t1
   1170c:	933e                	add	t1,t1,a5
   1170e:	4785                	li	a5,1
   11710:	00b66863          	bltu	a2,a1,11720 <mulShiftAll64+0x194>
   11714:	00c59563          	bne	a1,a2,1171e <mulShiftAll64+0x192>
   11718:	4094                	lw	a3,0(s1)
   1171a:	00dee363          	bltu	t4,a3,11720 <mulShiftAll64+0x194>
   1171e:	4781                	li	a5,0
   11720:	40fe07b3          	sub	a5,t3,a5
   11724:	00fe35b3          	sltu	a1,t3,a5
   11728:	40b305b3          	sub	a1,t1,a1
   1172c:	40a78533          	sub	a0,a5,a0
   11730:	00a7b7b3          	sltu	a5,a5,a0
   11734:	8d99                	sub	a1,a1,a4
   11736:	01f8d693          	srl	a3,a7,0x1f
   1173a:	8d9d                	sub	a1,a1,a5
   1173c:	00181793          	sll	a5,a6,0x1
   11740:	8fd5                	or	a5,a5,a3
   11742:	fc0a8713          	add	a4,s5,-64
   11746:	0886                	sll	a7,a7,0x1
   11748:	4685                	li	a3,1
   1174a:	00836763          	bltu	t1,s0,11758 <mulShiftAll64+0x1cc>
   1174e:	00641463          	bne	s0,t1,11756 <mulShiftAll64+0x1ca>
   11752:	012e6363          	bltu	t3,s2,11758 <mulShiftAll64+0x1cc>
   11756:	4681                	li	a3,0
   11758:	96c6                	add	a3,a3,a7
   1175a:	0116b8b3          	sltu	a7,a3,a7
   1175e:	98be                	add	a7,a7,a5
   11760:	4605                	li	a2,1
   11762:	00b36763          	bltu	t1,a1,11770 <mulShiftAll64+0x1e4>
   11766:	00659463          	bne	a1,t1,1176e <mulShiftAll64+0x1e2>
   1176a:	00ae6363          	bltu	t3,a0,11770 <mulShiftAll64+0x1e4>
   1176e:	4601                	li	a2,0
   11770:	40c68633          	sub	a2,a3,a2
   11774:	00c6b6b3          	sltu	a3,a3,a2
   11778:	40d886b3          	sub	a3,a7,a3
   1177c:	bf3d                	j	116ba <mulShiftAll64+0x12e>

0001177e <div10>:
   1177e:	73f002ef          	jal	t0,126bc <__riscv_save_0>
   11782:	67cd                	lui	a5,0x13
   11784:	6c87a603          	lw	a2,1736(a5) # 136c8 <stdout+0x4>
   11788:	6cc7a683          	lw	a3,1740(a5)
   1178c:	1141                	add	sp,sp,-16
   1178e:	0038                	add	a4,sp,8
   11790:	712000ef          	jal	11ea2 <__umul128>
   11794:	45b2                	lw	a1,12(sp)
   11796:	47a2                	lw	a5,8(sp)
   11798:	01d59513          	sll	a0,a1,0x1d
   1179c:	838d                	srl	a5,a5,0x3
   1179e:	8d5d                	or	a0,a0,a5
   117a0:	818d                	srl	a1,a1,0x3
   117a2:	0141                	add	sp,sp,16
   117a4:	73d0006f          	j	126e0 <__riscv_restore_0>

000117a8 <__dtoa_engine>:
   117a8:	6e5002ef          	jal	t0,1268c <__riscv_save_12>
   117ac:	715d                	add	sp,sp,-80
   117ae:	8bb6                	mv	s7,a3
   117b0:	001006b7          	lui	a3,0x100
   117b4:	c43a                	sw	a4,8(sp)
   117b6:	c63e                	sw	a5,12(sp)
   117b8:	01f5d713          	srl	a4,a1,0x1f
   117bc:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   117c0:	0145d793          	srl	a5,a1,0x14
   117c4:	00bdfdb3          	and	s11,s11,a1
   117c8:	c03a                	sw	a4,0(sp)
   117ca:	7ff7f413          	and	s0,a5,2047
   117ce:	84aa                	mv	s1,a0
   117d0:	8ab2                	mv	s5,a2
   117d2:	00ade733          	or	a4,s11,a0
   117d6:	e405                	bnez	s0,117fe <__dtoa_engine+0x56>
   117d8:	e331                	bnez	a4,1181c <__dtoa_engine+0x74>
   117da:	03000793          	li	a5,48
   117de:	00f602a3          	sb	a5,5(a2) # 80000005 <__global_pointer$+0x7ffeb7ed>
   117e2:	4782                	lw	a5,0(sp)
   117e4:	00060323          	sb	zero,6(a2)
   117e8:	00062023          	sw	zero,0(a2)
   117ec:	0027e993          	or	s3,a5,2
   117f0:	01360223          	sb	s3,4(a2)
   117f4:	4405                	li	s0,1
   117f6:	8522                	mv	a0,s0
   117f8:	6161                	add	sp,sp,80
   117fa:	6cf0006f          	j	126c8 <__riscv_restore_12>
   117fe:	7ff00613          	li	a2,2047
   11802:	0ac41163          	bne	s0,a2,118a4 <__dtoa_engine+0xfc>
   11806:	4782                	lw	a5,0(sp)
   11808:	0047e793          	or	a5,a5,4
   1180c:	c701                	beqz	a4,11814 <__dtoa_engine+0x6c>
   1180e:	4782                	lw	a5,0(sp)
   11810:	0087e793          	or	a5,a5,8
   11814:	00fa8223          	sb	a5,4(s5)
   11818:	4401                	li	s0,0
   1181a:	bff1                	j	117f6 <__dtoa_engine+0x4e>
   1181c:	00157793          	and	a5,a0,1
   11820:	c23e                	sw	a5,4(sp)
   11822:	002d9993          	sll	s3,s11,0x2
   11826:	01e55793          	srl	a5,a0,0x1e
   1182a:	0137e9b3          	or	s3,a5,s3
   1182e:	00251c13          	sll	s8,a0,0x2
   11832:	892a                	mv	s2,a0
   11834:	bcc00413          	li	s0,-1076
   11838:	4805                	li	a6,1
   1183a:	4d05                	li	s10,1
   1183c:	408004b3          	neg	s1,s0
   11840:	8526                	mv	a0,s1
   11842:	ca42                	sw	a6,20(sp)
   11844:	2d35                	jal	11e80 <__log10Pow5>
   11846:	fff42793          	slti	a5,s0,-1
   1184a:	40f50b33          	sub	s6,a0,a5
   1184e:	416484b3          	sub	s1,s1,s6
   11852:	8526                	mv	a0,s1
   11854:	2d35                	jal	11e90 <__pow5bits>
   11856:	f8350693          	add	a3,a0,-125
   1185a:	40db06b3          	sub	a3,s6,a3
   1185e:	8526                	mv	a0,s1
   11860:	008c                	add	a1,sp,64
   11862:	c836                	sw	a3,16(sp)
   11864:	2921                	jal	11c7c <__double_computePow5>
   11866:	4852                	lw	a6,20(sp)
   11868:	46c2                	lw	a3,16(sp)
   1186a:	181c                	add	a5,sp,48
   1186c:	1038                	add	a4,sp,40
   1186e:	0090                	add	a2,sp,64
   11870:	854a                	mv	a0,s2
   11872:	85ee                	mv	a1,s11
   11874:	3b21                	jal	1158c <mulShiftAll64>
   11876:	4785                	li	a5,1
   11878:	008b0a33          	add	s4,s6,s0
   1187c:	84ae                	mv	s1,a1
   1187e:	842a                	mv	s0,a0
   11880:	1367e563          	bltu	a5,s6,119aa <__dtoa_engine+0x202>
   11884:	4792                	lw	a5,4(sp)
   11886:	4985                	li	s3,1
   11888:	0e078863          	beqz	a5,11978 <__dtoa_engine+0x1d0>
   1188c:	57a2                	lw	a5,40(sp)
   1188e:	5732                	lw	a4,44(sp)
   11890:	4985                	li	s3,1
   11892:	fff78693          	add	a3,a5,-1
   11896:	0017b793          	seqz	a5,a5
   1189a:	40f707b3          	sub	a5,a4,a5
   1189e:	d436                	sw	a3,40(sp)
   118a0:	d63e                	sw	a5,44(sp)
   118a2:	a075                	j	1194e <__dtoa_engine+0x1a6>
   118a4:	01b6edb3          	or	s11,a3,s11
   118a8:	00157693          	and	a3,a0,1
   118ac:	c236                	sw	a3,4(sp)
   118ae:	002d9993          	sll	s3,s11,0x2
   118b2:	01e55693          	srl	a3,a0,0x1e
   118b6:	bcb40413          	add	s0,s0,-1077
   118ba:	892a                	mv	s2,a0
   118bc:	0136e9b3          	or	s3,a3,s3
   118c0:	00251c13          	sll	s8,a0,0x2
   118c4:	4d05                	li	s10,1
   118c6:	e709                	bnez	a4,118d0 <__dtoa_engine+0x128>
   118c8:	7fe7f793          	and	a5,a5,2046
   118cc:	0017bd13          	seqz	s10,a5
   118d0:	886a                	mv	a6,s10
   118d2:	f60445e3          	bltz	s0,1183c <__dtoa_engine+0x94>
   118d6:	8522                	mv	a0,s0
   118d8:	2b69                	jal	11e72 <__log10Pow2>
   118da:	00442793          	slti	a5,s0,4
   118de:	0017c793          	xor	a5,a5,1
   118e2:	40f50a33          	sub	s4,a0,a5
   118e6:	8552                	mv	a0,s4
   118e8:	2365                	jal	11e90 <__pow5bits>
   118ea:	07c50693          	add	a3,a0,124
   118ee:	408a0433          	sub	s0,s4,s0
   118f2:	96a2                	add	a3,a3,s0
   118f4:	008c                	add	a1,sp,64
   118f6:	8552                	mv	a0,s4
   118f8:	c836                	sw	a3,16(sp)
   118fa:	29b5                	jal	11d76 <__double_computeInvPow5>
   118fc:	46c2                	lw	a3,16(sp)
   118fe:	181c                	add	a5,sp,48
   11900:	8526                	mv	a0,s1
   11902:	886a                	mv	a6,s10
   11904:	1038                	add	a4,sp,40
   11906:	0090                	add	a2,sp,64
   11908:	85ee                	mv	a1,s11
   1190a:	3149                	jal	1158c <mulShiftAll64>
   1190c:	47d5                	li	a5,21
   1190e:	842a                	mv	s0,a0
   11910:	84ae                	mv	s1,a1
   11912:	0947ea63          	bltu	a5,s4,119a6 <__dtoa_engine+0x1fe>
   11916:	67cd                	lui	a5,0x13
   11918:	6cc7a683          	lw	a3,1740(a5) # 136cc <stdout+0x8>
   1191c:	6c87a603          	lw	a2,1736(a5)
   11920:	1838                	add	a4,sp,56
   11922:	8562                	mv	a0,s8
   11924:	85ce                	mv	a1,s3
   11926:	2bb5                	jal	11ea2 <__umul128>
   11928:	57e2                	lw	a5,56(sp)
   1192a:	56f2                	lw	a3,60(sp)
   1192c:	5da2                	lw	s11,40(sp)
   1192e:	8389                	srl	a5,a5,0x2
   11930:	06fa                	sll	a3,a3,0x1e
   11932:	8fd5                	or	a5,a5,a3
   11934:	4695                	li	a3,5
   11936:	02f687b3          	mul	a5,a3,a5
   1193a:	5932                	lw	s2,44(sp)
   1193c:	01879b63          	bne	a5,s8,11952 <__dtoa_engine+0x1aa>
   11940:	85ce                	mv	a1,s3
   11942:	8562                	mv	a0,s8
   11944:	2ced                	jal	11c3e <__pow5Factor>
   11946:	01453733          	sltu	a4,a0,s4
   1194a:	00174993          	xor	s3,a4,1
   1194e:	4d01                	li	s10,0
   11950:	a025                	j	11978 <__dtoa_engine+0x1d0>
   11952:	4792                	lw	a5,4(sp)
   11954:	e79d                	bnez	a5,11982 <__dtoa_engine+0x1da>
   11956:	fffc0793          	add	a5,s8,-1
   1195a:	41a78533          	sub	a0,a5,s10
   1195e:	001c3593          	seqz	a1,s8
   11962:	00a7b7b3          	sltu	a5,a5,a0
   11966:	40b985b3          	sub	a1,s3,a1
   1196a:	8d9d                	sub	a1,a1,a5
   1196c:	2cc9                	jal	11c3e <__pow5Factor>
   1196e:	01453933          	sltu	s2,a0,s4
   11972:	00194d13          	xor	s10,s2,1
   11976:	4981                	li	s3,0
   11978:	47a2                	lw	a5,8(sp)
   1197a:	0e079f63          	bnez	a5,11a78 <__dtoa_engine+0x2d0>
   1197e:	8b5e                	mv	s6,s7
   11980:	a049                	j	11a02 <__dtoa_engine+0x25a>
   11982:	002c0513          	add	a0,s8,2
   11986:	018535b3          	sltu	a1,a0,s8
   1198a:	95ce                	add	a1,a1,s3
   1198c:	2c4d                	jal	11c3e <__pow5Factor>
   1198e:	01453533          	sltu	a0,a0,s4
   11992:	00154513          	xor	a0,a0,1
   11996:	40ad8533          	sub	a0,s11,a0
   1199a:	00adbdb3          	sltu	s11,s11,a0
   1199e:	41b90733          	sub	a4,s2,s11
   119a2:	d42a                	sw	a0,40(sp)
   119a4:	d63a                	sw	a4,44(sp)
   119a6:	4981                	li	s3,0
   119a8:	b75d                	j	1194e <__dtoa_engine+0x1a6>
   119aa:	03e00793          	li	a5,62
   119ae:	ff67ece3          	bltu	a5,s6,119a6 <__dtoa_engine+0x1fe>
   119b2:	865a                	mv	a2,s6
   119b4:	557d                	li	a0,-1
   119b6:	55fd                	li	a1,-1
   119b8:	2bf5                	jal	11fb4 <__ashldi3>
   119ba:	fff54513          	not	a0,a0
   119be:	fff5c593          	not	a1,a1
   119c2:	0135f5b3          	and	a1,a1,s3
   119c6:	01857533          	and	a0,a0,s8
   119ca:	00b56733          	or	a4,a0,a1
   119ce:	00173993          	seqz	s3,a4
   119d2:	bfb5                	j	1194e <__dtoa_engine+0x1a6>
   119d4:	02d50833          	mul	a6,a0,a3
   119d8:	0785                	add	a5,a5,1
   119da:	02b536b3          	mulhu	a3,a0,a1
   119de:	02b505b3          	mul	a1,a0,a1
   119e2:	96c2                	add	a3,a3,a6
   119e4:	00d4e663          	bltu	s1,a3,119f0 <__dtoa_engine+0x248>
   119e8:	fe9696e3          	bne	a3,s1,119d4 <__dtoa_engine+0x22c>
   119ec:	feb474e3          	bgeu	s0,a1,119d4 <__dtoa_engine+0x22c>
   119f0:	4732                	lw	a4,12(sp)
   119f2:	97d2                	add	a5,a5,s4
   119f4:	97ba                	add	a5,a5,a4
   119f6:	00f04363          	bgtz	a5,119fc <__dtoa_engine+0x254>
   119fa:	4785                	li	a5,1
   119fc:	8b3e                	mv	s6,a5
   119fe:	f8fbc0e3          	blt	s7,a5,1197e <__dtoa_engine+0x1d6>
   11a02:	4c81                	li	s9,0
   11a04:	4901                	li	s2,0
   11a06:	4c01                	li	s8,0
   11a08:	5522                	lw	a0,40(sp)
   11a0a:	55b2                	lw	a1,44(sp)
   11a0c:	3b8d                	jal	1177e <div10>
   11a0e:	57c2                	lw	a5,48(sp)
   11a10:	8dae                	mv	s11,a1
   11a12:	55d2                	lw	a1,52(sp)
   11a14:	c82a                	sw	a0,16(sp)
   11a16:	853e                	mv	a0,a5
   11a18:	ca3e                	sw	a5,20(sp)
   11a1a:	3395                	jal	1177e <div10>
   11a1c:	832a                	mv	t1,a0
   11a1e:	88ae                	mv	a7,a1
   11a20:	4ea9                	li	t4,10
   11a22:	01b5e763          	bltu	a1,s11,11a30 <__dtoa_engine+0x288>
   11a26:	08bd9563          	bne	s11,a1,11ab0 <__dtoa_engine+0x308>
   11a2a:	47c2                	lw	a5,16(sp)
   11a2c:	08f57263          	bgeu	a0,a5,11ab0 <__dtoa_engine+0x308>
   11a30:	8522                	mv	a0,s0
   11a32:	85a6                	mv	a1,s1
   11a34:	ce46                	sw	a7,28(sp)
   11a36:	cc1a                	sw	t1,24(sp)
   11a38:	3399                	jal	1177e <div10>
   11a3a:	4362                	lw	t1,24(sp)
   11a3c:	4ea9                	li	t4,10
   11a3e:	001cb693          	seqz	a3,s9
   11a42:	026e8833          	mul	a6,t4,t1
   11a46:	00d9f9b3          	and	s3,s3,a3
   11a4a:	47d2                	lw	a5,20(sp)
   11a4c:	48f2                	lw	a7,28(sp)
   11a4e:	d66e                	sw	s11,44(sp)
   11a50:	d81a                	sw	t1,48(sp)
   11a52:	da46                	sw	a7,52(sp)
   11a54:	0905                	add	s2,s2,1
   11a56:	84ae                	mv	s1,a1
   11a58:	02ae86b3          	mul	a3,t4,a0
   11a5c:	40f80833          	sub	a6,a6,a5
   11a60:	47c2                	lw	a5,16(sp)
   11a62:	00183813          	seqz	a6,a6
   11a66:	010d7d33          	and	s10,s10,a6
   11a6a:	d43e                	sw	a5,40(sp)
   11a6c:	40d406b3          	sub	a3,s0,a3
   11a70:	0ff6fc93          	zext.b	s9,a3
   11a74:	842a                	mv	s0,a0
   11a76:	bf49                	j	11a08 <__dtoa_engine+0x260>
   11a78:	45a9                	li	a1,10
   11a7a:	4681                	li	a3,0
   11a7c:	4785                	li	a5,1
   11a7e:	4529                	li	a0,10
   11a80:	b795                	j	119e4 <__dtoa_engine+0x23c>
   11a82:	030e8f33          	mul	t5,t4,a6
   11a86:	0505                	add	a0,a0,1
   11a88:	02beb833          	mulhu	a6,t4,a1
   11a8c:	02be85b3          	mul	a1,t4,a1
   11a90:	987a                	add	a6,a6,t5
   11a92:	0104e663          	bltu	s1,a6,11a9e <__dtoa_engine+0x2f6>
   11a96:	fe9816e3          	bne	a6,s1,11a82 <__dtoa_engine+0x2da>
   11a9a:	feb474e3          	bgeu	s0,a1,11a82 <__dtoa_engine+0x2da>
   11a9e:	00ab5d63          	bge	s6,a0,11ab8 <__dtoa_engine+0x310>
   11aa2:	000b1563          	bnez	s6,11aac <__dtoa_engine+0x304>
   11aa6:	009465b3          	or	a1,s0,s1
   11aaa:	c599                	beqz	a1,11ab8 <__dtoa_engine+0x310>
   11aac:	4c05                	li	s8,1
   11aae:	b749                	j	11a30 <__dtoa_engine+0x288>
   11ab0:	45a9                	li	a1,10
   11ab2:	4801                	li	a6,0
   11ab4:	4505                	li	a0,1
   11ab6:	bff1                	j	11a92 <__dtoa_engine+0x2ea>
   11ab8:	040d0e63          	beqz	s10,11b14 <__dtoa_engine+0x36c>
   11abc:	4da9                	li	s11,10
   11abe:	5342                	lw	t1,48(sp)
   11ac0:	55d2                	lw	a1,52(sp)
   11ac2:	851a                	mv	a0,t1
   11ac4:	c81a                	sw	t1,16(sp)
   11ac6:	3965                	jal	1177e <div10>
   11ac8:	ce2e                	sw	a1,28(sp)
   11aca:	02ad85b3          	mul	a1,s11,a0
   11ace:	4342                	lw	t1,16(sp)
   11ad0:	882a                	mv	a6,a0
   11ad2:	cc42                	sw	a6,24(sp)
   11ad4:	04659063          	bne	a1,t1,11b14 <__dtoa_engine+0x36c>
   11ad8:	5522                	lw	a0,40(sp)
   11ada:	55b2                	lw	a1,44(sp)
   11adc:	0905                	add	s2,s2,1
   11ade:	3145                	jal	1177e <div10>
   11ae0:	ca2a                	sw	a0,20(sp)
   11ae2:	c82e                	sw	a1,16(sp)
   11ae4:	8522                	mv	a0,s0
   11ae6:	85a6                	mv	a1,s1
   11ae8:	3959                	jal	1177e <div10>
   11aea:	001cb693          	seqz	a3,s9
   11aee:	00d9f9b3          	and	s3,s3,a3
   11af2:	02ad86b3          	mul	a3,s11,a0
   11af6:	4e52                	lw	t3,20(sp)
   11af8:	4342                	lw	t1,16(sp)
   11afa:	4862                	lw	a6,24(sp)
   11afc:	48f2                	lw	a7,28(sp)
   11afe:	d472                	sw	t3,40(sp)
   11b00:	d61a                	sw	t1,44(sp)
   11b02:	d842                	sw	a6,48(sp)
   11b04:	da46                	sw	a7,52(sp)
   11b06:	84ae                	mv	s1,a1
   11b08:	40d406b3          	sub	a3,s0,a3
   11b0c:	0ff6fc93          	zext.b	s9,a3
   11b10:	842a                	mv	s0,a0
   11b12:	b775                	j	11abe <__dtoa_engine+0x316>
   11b14:	9952                	add	s2,s2,s4
   11b16:	0c098563          	beqz	s3,11be0 <__dtoa_engine+0x438>
   11b1a:	4715                	li	a4,5
   11b1c:	0cec9263          	bne	s9,a4,11be0 <__dtoa_engine+0x438>
   11b20:	00147713          	and	a4,s0,1
   11b24:	e35d                	bnez	a4,11bca <__dtoa_engine+0x422>
   11b26:	000c1963          	bnez	s8,11b38 <__dtoa_engine+0x390>
   11b2a:	5742                	lw	a4,48(sp)
   11b2c:	00871563          	bne	a4,s0,11b36 <__dtoa_engine+0x38e>
   11b30:	5752                	lw	a4,52(sp)
   11b32:	0c970963          	beq	a4,s1,11c04 <__dtoa_engine+0x45c>
   11b36:	4701                	li	a4,0
   11b38:	943a                	add	s0,s0,a4
   11b3a:	00e435b3          	sltu	a1,s0,a4
   11b3e:	95a6                	add	a1,a1,s1
   11b40:	8a2e                	mv	s4,a1
   11b42:	84a2                	mv	s1,s0
   11b44:	4629                	li	a2,10
   11b46:	4681                	li	a3,0
   11b48:	4c05                	li	s8,1
   11b4a:	4529                	li	a0,10
   11b4c:	00d5e663          	bltu	a1,a3,11b58 <__dtoa_engine+0x3b0>
   11b50:	0ab69c63          	bne	a3,a1,11c08 <__dtoa_engine+0x460>
   11b54:	0ac47a63          	bgeu	s0,a2,11c08 <__dtoa_engine+0x460>
   11b58:	cf15                	beqz	a4,11b94 <__dtoa_engine+0x3ec>
   11b5a:	038b5d63          	bge	s6,s8,11b94 <__dtoa_engine+0x3ec>
   11b5e:	47a2                	lw	a5,8(sp)
   11b60:	cf91                	beqz	a5,11b7c <__dtoa_engine+0x3d4>
   11b62:	4732                	lw	a4,12(sp)
   11b64:	012c07b3          	add	a5,s8,s2
   11b68:	00f70b33          	add	s6,a4,a5
   11b6c:	000b5363          	bgez	s6,11b72 <__dtoa_engine+0x3ca>
   11b70:	4b01                	li	s6,0
   11b72:	016bd363          	bge	s7,s6,11b78 <__dtoa_engine+0x3d0>
   11b76:	8b5e                	mv	s6,s7
   11b78:	018b5e63          	bge	s6,s8,11b94 <__dtoa_engine+0x3ec>
   11b7c:	00540513          	add	a0,s0,5
   11b80:	00853433          	sltu	s0,a0,s0
   11b84:	4629                	li	a2,10
   11b86:	4681                	li	a3,0
   11b88:	95a2                	add	a1,a1,s0
   11b8a:	29b5                	jal	12006 <__udivdi3>
   11b8c:	84aa                	mv	s1,a0
   11b8e:	8a2e                	mv	s4,a1
   11b90:	0905                	add	s2,s2,1
   11b92:	1c7d                	add	s8,s8,-1
   11b94:	87da                	mv	a5,s6
   11b96:	016c5363          	bge	s8,s6,11b9c <__dtoa_engine+0x3f4>
   11b9a:	87e2                	mv	a5,s8
   11b9c:	01079413          	sll	s0,a5,0x10
   11ba0:	0942                	sll	s2,s2,0x10
   11ba2:	8441                	sra	s0,s0,0x10
   11ba4:	41095913          	sra	s2,s2,0x10
   11ba8:	9922                	add	s2,s2,s0
   11baa:	008a8b33          	add	s6,s5,s0
   11bae:	197d                	add	s2,s2,-1
   11bb0:	4b81                	li	s7,0
   11bb2:	8c5a                	mv	s8,s6
   11bb4:	1b7d                	add	s6,s6,-1
   11bb6:	068bc263          	blt	s7,s0,11c1a <__dtoa_engine+0x472>
   11bba:	4782                	lw	a5,0(sp)
   11bbc:	000c02a3          	sb	zero,5(s8)
   11bc0:	012aa023          	sw	s2,0(s5)
   11bc4:	00fa8223          	sb	a5,4(s5)
   11bc8:	b13d                	j	117f6 <__dtoa_engine+0x4e>
   11bca:	4705                	li	a4,1
   11bcc:	f60c16e3          	bnez	s8,11b38 <__dtoa_engine+0x390>
   11bd0:	5742                	lw	a4,48(sp)
   11bd2:	00871563          	bne	a4,s0,11bdc <__dtoa_engine+0x434>
   11bd6:	5752                	lw	a4,52(sp)
   11bd8:	00970c63          	beq	a4,s1,11bf0 <__dtoa_engine+0x448>
   11bdc:	4705                	li	a4,1
   11bde:	bfa9                	j	11b38 <__dtoa_engine+0x390>
   11be0:	000c1d63          	bnez	s8,11bfa <__dtoa_engine+0x452>
   11be4:	5742                	lw	a4,48(sp)
   11be6:	00871a63          	bne	a4,s0,11bfa <__dtoa_engine+0x452>
   11bea:	5752                	lw	a4,52(sp)
   11bec:	00971763          	bne	a4,s1,11bfa <__dtoa_engine+0x452>
   11bf0:	4792                	lw	a5,4(sp)
   11bf2:	4705                	li	a4,1
   11bf4:	f3b1                	bnez	a5,11b38 <__dtoa_engine+0x390>
   11bf6:	f40d01e3          	beqz	s10,11b38 <__dtoa_engine+0x390>
   11bfa:	005cb693          	sltiu	a3,s9,5
   11bfe:	0016c713          	xor	a4,a3,1
   11c02:	bf1d                	j	11b38 <__dtoa_engine+0x390>
   11c04:	4c91                	li	s9,4
   11c06:	b7ed                	j	11bf0 <__dtoa_engine+0x448>
   11c08:	02d50833          	mul	a6,a0,a3
   11c0c:	0c05                	add	s8,s8,1
   11c0e:	02c536b3          	mulhu	a3,a0,a2
   11c12:	02c50633          	mul	a2,a0,a2
   11c16:	96c2                	add	a3,a3,a6
   11c18:	bf15                	j	11b4c <__dtoa_engine+0x3a4>
   11c1a:	4629                	li	a2,10
   11c1c:	4681                	li	a3,0
   11c1e:	8526                	mv	a0,s1
   11c20:	85d2                	mv	a1,s4
   11c22:	2789                	jal	12364 <__umoddi3>
   11c24:	03050513          	add	a0,a0,48
   11c28:	00ab02a3          	sb	a0,5(s6)
   11c2c:	85d2                	mv	a1,s4
   11c2e:	8526                	mv	a0,s1
   11c30:	4629                	li	a2,10
   11c32:	4681                	li	a3,0
   11c34:	2ec9                	jal	12006 <__udivdi3>
   11c36:	84aa                	mv	s1,a0
   11c38:	8a2e                	mv	s4,a1
   11c3a:	0b85                	add	s7,s7,1
   11c3c:	bfa5                	j	11bb4 <__dtoa_engine+0x40c>

00011c3e <__pow5Factor>:
   11c3e:	ccccd737          	lui	a4,0xccccd
   11c42:	333336b7          	lui	a3,0x33333
   11c46:	87aa                	mv	a5,a0
   11c48:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   11c4c:	4501                	li	a0,0
   11c4e:	ccc70713          	add	a4,a4,-820
   11c52:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   11c56:	02c585b3          	mul	a1,a1,a2
   11c5a:	02e78833          	mul	a6,a5,a4
   11c5e:	982e                	add	a6,a6,a1
   11c60:	02c7b5b3          	mulhu	a1,a5,a2
   11c64:	95c2                	add	a1,a1,a6
   11c66:	02c787b3          	mul	a5,a5,a2
   11c6a:	00b6e863          	bltu	a3,a1,11c7a <__pow5Factor+0x3c>
   11c6e:	00d59463          	bne	a1,a3,11c76 <__pow5Factor+0x38>
   11c72:	00f5e463          	bltu	a1,a5,11c7a <__pow5Factor+0x3c>
   11c76:	0505                	add	a0,a0,1
   11c78:	bff9                	j	11c56 <__pow5Factor+0x18>
   11c7a:	8082                	ret

00011c7c <__double_computePow5>:
   11c7c:	219002ef          	jal	t0,12694 <__riscv_save_10>
   11c80:	47e9                	li	a5,26
   11c82:	02f55b33          	divu	s6,a0,a5
   11c86:	69cd                	lui	s3,0x13
   11c88:	28098b93          	add	s7,s3,640 # 13280 <DOUBLE_POW5_SPLIT2>
   11c8c:	1101                	add	sp,sp,-32
   11c8e:	892e                	mv	s2,a1
   11c90:	02f577b3          	remu	a5,a0,a5
   11c94:	004b1713          	sll	a4,s6,0x4
   11c98:	9bba                	add	s7,s7,a4
   11c9a:	e395                	bnez	a5,11cbe <__double_computePow5+0x42>
   11c9c:	000ba703          	lw	a4,0(s7)
   11ca0:	004ba783          	lw	a5,4(s7)
   11ca4:	c198                	sw	a4,0(a1)
   11ca6:	c1dc                	sw	a5,4(a1)
   11ca8:	008ba503          	lw	a0,8(s7)
   11cac:	00cba583          	lw	a1,12(s7)
   11cb0:	00a92423          	sw	a0,8(s2)
   11cb4:	00b92623          	sw	a1,12(s2)
   11cb8:	6105                	add	sp,sp,32
   11cba:	2130006f          	j	126cc <__riscv_restore_10>
   11cbe:	28098993          	add	s3,s3,640
   11cc2:	078e                	sll	a5,a5,0x3
   11cc4:	97ce                	add	a5,a5,s3
   11cc6:	0d07aa03          	lw	s4,208(a5)
   11cca:	0d47aa83          	lw	s5,212(a5)
   11cce:	008ba603          	lw	a2,8(s7)
   11cd2:	00cba683          	lw	a3,12(s7)
   11cd6:	0818                	add	a4,sp,16
   11cd8:	85d6                	mv	a1,s5
   11cda:	842a                	mv	s0,a0
   11cdc:	8552                	mv	a0,s4
   11cde:	22d1                	jal	11ea2 <__umul128>
   11ce0:	000ba603          	lw	a2,0(s7)
   11ce4:	004ba683          	lw	a3,4(s7)
   11ce8:	84aa                	mv	s1,a0
   11cea:	8c2e                	mv	s8,a1
   11cec:	0838                	add	a4,sp,24
   11cee:	8552                	mv	a0,s4
   11cf0:	85d6                	mv	a1,s5
   11cf2:	2a45                	jal	11ea2 <__umul128>
   11cf4:	47e2                	lw	a5,24(sp)
   11cf6:	4772                	lw	a4,28(sp)
   11cf8:	8aaa                	mv	s5,a0
   11cfa:	94be                	add	s1,s1,a5
   11cfc:	00f4ba33          	sltu	s4,s1,a5
   11d00:	9c3a                	add	s8,s8,a4
   11d02:	9a62                	add	s4,s4,s8
   11d04:	00ea6663          	bltu	s4,a4,11d10 <__double_computePow5+0x94>
   11d08:	01471d63          	bne	a4,s4,11d22 <__double_computePow5+0xa6>
   11d0c:	00f4fb63          	bgeu	s1,a5,11d22 <__double_computePow5+0xa6>
   11d10:	47c2                	lw	a5,16(sp)
   11d12:	46d2                	lw	a3,20(sp)
   11d14:	00178713          	add	a4,a5,1
   11d18:	00f737b3          	sltu	a5,a4,a5
   11d1c:	97b6                	add	a5,a5,a3
   11d1e:	c83a                	sw	a4,16(sp)
   11d20:	ca3e                	sw	a5,20(sp)
   11d22:	8522                	mv	a0,s0
   11d24:	c62e                	sw	a1,12(sp)
   11d26:	22ad                	jal	11e90 <__pow5bits>
   11d28:	8baa                	mv	s7,a0
   11d2a:	4569                	li	a0,26
   11d2c:	02ab0533          	mul	a0,s6,a0
   11d30:	2285                	jal	11e90 <__pow5bits>
   11d32:	45b2                	lw	a1,12(sp)
   11d34:	40ab8733          	sub	a4,s7,a0
   11d38:	8626                	mv	a2,s1
   11d3a:	86d2                	mv	a3,s4
   11d3c:	8556                	mv	a0,s5
   11d3e:	c43a                	sw	a4,8(sp)
   11d40:	227d                	jal	11eee <__shiftright128>
   11d42:	00445793          	srl	a5,s0,0x4
   11d46:	078a                	sll	a5,a5,0x2
   11d48:	99be                	add	s3,s3,a5
   11d4a:	1a09a783          	lw	a5,416(s3)
   11d4e:	0406                	sll	s0,s0,0x1
   11d50:	8879                	and	s0,s0,30
   11d52:	0087d7b3          	srl	a5,a5,s0
   11d56:	8b8d                	and	a5,a5,3
   11d58:	953e                	add	a0,a0,a5
   11d5a:	00f537b3          	sltu	a5,a0,a5
   11d5e:	4722                	lw	a4,8(sp)
   11d60:	4642                	lw	a2,16(sp)
   11d62:	46d2                	lw	a3,20(sp)
   11d64:	97ae                	add	a5,a5,a1
   11d66:	00a92023          	sw	a0,0(s2)
   11d6a:	00f92223          	sw	a5,4(s2)
   11d6e:	8526                	mv	a0,s1
   11d70:	85d2                	mv	a1,s4
   11d72:	2ab5                	jal	11eee <__shiftright128>
   11d74:	bf35                	j	11cb0 <__double_computePow5+0x34>

00011d76 <__double_computeInvPow5>:
   11d76:	11f002ef          	jal	t0,12694 <__riscv_save_10>
   11d7a:	4b69                	li	s6,26
   11d7c:	01950793          	add	a5,a0,25
   11d80:	0367d7b3          	divu	a5,a5,s6
   11d84:	6acd                	lui	s5,0x13
   11d86:	280a8493          	add	s1,s5,640 # 13280 <DOUBLE_POW5_SPLIT2>
   11d8a:	1f848493          	add	s1,s1,504
   11d8e:	1101                	add	sp,sp,-32
   11d90:	8a2e                	mv	s4,a1
   11d92:	03678b33          	mul	s6,a5,s6
   11d96:	0792                	sll	a5,a5,0x4
   11d98:	94be                	add	s1,s1,a5
   11d9a:	40ab0733          	sub	a4,s6,a0
   11d9e:	00ab1f63          	bne	s6,a0,11dbc <__double_computeInvPow5+0x46>
   11da2:	4098                	lw	a4,0(s1)
   11da4:	40dc                	lw	a5,4(s1)
   11da6:	c198                	sw	a4,0(a1)
   11da8:	c1dc                	sw	a5,4(a1)
   11daa:	4488                	lw	a0,8(s1)
   11dac:	44cc                	lw	a1,12(s1)
   11dae:	00aa2423          	sw	a0,8(s4)
   11db2:	00ba2623          	sw	a1,12(s4)
   11db6:	6105                	add	sp,sp,32
   11db8:	1150006f          	j	126cc <__riscv_restore_10>
   11dbc:	280a8a93          	add	s5,s5,640
   11dc0:	070e                	sll	a4,a4,0x3
   11dc2:	9756                	add	a4,a4,s5
   11dc4:	0d072903          	lw	s2,208(a4)
   11dc8:	0d472983          	lw	s3,212(a4)
   11dcc:	4490                	lw	a2,8(s1)
   11dce:	44d4                	lw	a3,12(s1)
   11dd0:	0818                	add	a4,sp,16
   11dd2:	85ce                	mv	a1,s3
   11dd4:	842a                	mv	s0,a0
   11dd6:	854a                	mv	a0,s2
   11dd8:	20e9                	jal	11ea2 <__umul128>
   11dda:	4090                	lw	a2,0(s1)
   11ddc:	40d4                	lw	a3,4(s1)
   11dde:	8c2a                	mv	s8,a0
   11de0:	00163793          	seqz	a5,a2
   11de4:	8bae                	mv	s7,a1
   11de6:	0838                	add	a4,sp,24
   11de8:	8e9d                	sub	a3,a3,a5
   11dea:	854a                	mv	a0,s2
   11dec:	85ce                	mv	a1,s3
   11dee:	167d                	add	a2,a2,-1
   11df0:	284d                	jal	11ea2 <__umul128>
   11df2:	47e2                	lw	a5,24(sp)
   11df4:	4772                	lw	a4,28(sp)
   11df6:	89aa                	mv	s3,a0
   11df8:	9c3e                	add	s8,s8,a5
   11dfa:	00fc3933          	sltu	s2,s8,a5
   11dfe:	9bba                	add	s7,s7,a4
   11e00:	995e                	add	s2,s2,s7
   11e02:	00e96663          	bltu	s2,a4,11e0e <__double_computeInvPow5+0x98>
   11e06:	01271d63          	bne	a4,s2,11e20 <__double_computeInvPow5+0xaa>
   11e0a:	00fc7b63          	bgeu	s8,a5,11e20 <__double_computeInvPow5+0xaa>
   11e0e:	47c2                	lw	a5,16(sp)
   11e10:	46d2                	lw	a3,20(sp)
   11e12:	00178713          	add	a4,a5,1
   11e16:	00f737b3          	sltu	a5,a4,a5
   11e1a:	97b6                	add	a5,a5,a3
   11e1c:	c83a                	sw	a4,16(sp)
   11e1e:	ca3e                	sw	a5,20(sp)
   11e20:	855a                	mv	a0,s6
   11e22:	c62e                	sw	a1,12(sp)
   11e24:	20b5                	jal	11e90 <__pow5bits>
   11e26:	8b2a                	mv	s6,a0
   11e28:	8522                	mv	a0,s0
   11e2a:	209d                	jal	11e90 <__pow5bits>
   11e2c:	45b2                	lw	a1,12(sp)
   11e2e:	40ab0733          	sub	a4,s6,a0
   11e32:	8662                	mv	a2,s8
   11e34:	86ca                	mv	a3,s2
   11e36:	854e                	mv	a0,s3
   11e38:	c43a                	sw	a4,8(sp)
   11e3a:	2855                	jal	11eee <__shiftright128>
   11e3c:	00445793          	srl	a5,s0,0x4
   11e40:	078a                	sll	a5,a5,0x2
   11e42:	9abe                	add	s5,s5,a5
   11e44:	2e8aa783          	lw	a5,744(s5)
   11e48:	0406                	sll	s0,s0,0x1
   11e4a:	8879                	and	s0,s0,30
   11e4c:	0087d7b3          	srl	a5,a5,s0
   11e50:	8b8d                	and	a5,a5,3
   11e52:	0785                	add	a5,a5,1
   11e54:	953e                	add	a0,a0,a5
   11e56:	00f537b3          	sltu	a5,a0,a5
   11e5a:	4722                	lw	a4,8(sp)
   11e5c:	4642                	lw	a2,16(sp)
   11e5e:	46d2                	lw	a3,20(sp)
   11e60:	97ae                	add	a5,a5,a1
   11e62:	00aa2023          	sw	a0,0(s4)
   11e66:	00fa2223          	sw	a5,4(s4)
   11e6a:	8562                	mv	a0,s8
   11e6c:	85ca                	mv	a1,s2
   11e6e:	2041                	jal	11eee <__shiftright128>
   11e70:	bf3d                	j	11dae <__double_computeInvPow5+0x38>

00011e72 <__log10Pow2>:
   11e72:	67cd                	lui	a5,0x13
   11e74:	44178793          	add	a5,a5,1089 # 13441 <POW5_OFFSETS+0x21>
   11e78:	02f50533          	mul	a0,a0,a5
   11e7c:	8149                	srl	a0,a0,0x12
   11e7e:	8082                	ret

00011e80 <__log10Pow5>:
   11e80:	000b37b7          	lui	a5,0xb3
   11e84:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   11e88:	02f50533          	mul	a0,a0,a5
   11e8c:	8151                	srl	a0,a0,0x14
   11e8e:	8082                	ret

00011e90 <__pow5bits>:
   11e90:	001297b7          	lui	a5,0x129
   11e94:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   11e98:	02f50533          	mul	a0,a0,a5
   11e9c:	814d                	srl	a0,a0,0x13
   11e9e:	0505                	add	a0,a0,1
   11ea0:	8082                	ret

00011ea2 <__umul128>:
   11ea2:	02c537b3          	mulhu	a5,a0,a2
   11ea6:	832e                	mv	t1,a1
   11ea8:	02c585b3          	mul	a1,a1,a2
   11eac:	02c33833          	mulhu	a6,t1,a2
   11eb0:	95be                	add	a1,a1,a5
   11eb2:	00f5b7b3          	sltu	a5,a1,a5
   11eb6:	97c2                	add	a5,a5,a6
   11eb8:	02a68833          	mul	a6,a3,a0
   11ebc:	02a6b8b3          	mulhu	a7,a3,a0
   11ec0:	95c2                	add	a1,a1,a6
   11ec2:	0105b833          	sltu	a6,a1,a6
   11ec6:	98c2                	add	a7,a7,a6
   11ec8:	02d30833          	mul	a6,t1,a3
   11ecc:	02d33333          	mulhu	t1,t1,a3
   11ed0:	983e                	add	a6,a6,a5
   11ed2:	011806b3          	add	a3,a6,a7
   11ed6:	00f837b3          	sltu	a5,a6,a5
   11eda:	0106b833          	sltu	a6,a3,a6
   11ede:	c314                	sw	a3,0(a4)
   11ee0:	979a                	add	a5,a5,t1
   11ee2:	983e                	add	a6,a6,a5
   11ee4:	02c50533          	mul	a0,a0,a2
   11ee8:	01072223          	sw	a6,4(a4)
   11eec:	8082                	ret

00011eee <__shiftright128>:
   11eee:	7b4002ef          	jal	t0,126a2 <__riscv_save_4>
   11ef2:	8a2a                	mv	s4,a0
   11ef4:	8532                	mv	a0,a2
   11ef6:	04000613          	li	a2,64
   11efa:	8e19                	sub	a2,a2,a4
   11efc:	89ae                	mv	s3,a1
   11efe:	85b6                	mv	a1,a3
   11f00:	843a                	mv	s0,a4
   11f02:	284d                	jal	11fb4 <__ashldi3>
   11f04:	892a                	mv	s2,a0
   11f06:	84ae                	mv	s1,a1
   11f08:	8622                	mv	a2,s0
   11f0a:	8552                	mv	a0,s4
   11f0c:	85ce                	mv	a1,s3
   11f0e:	28bd                	jal	11f8c <__lshrdi3>
   11f10:	00a96533          	or	a0,s2,a0
   11f14:	8dc5                	or	a1,a1,s1
   11f16:	a7c1                	j	126d6 <__riscv_restore_4>

00011f18 <memset>:
   11f18:	832a                	mv	t1,a0
   11f1a:	c611                	beqz	a2,11f26 <memset+0xe>
   11f1c:	00b30023          	sb	a1,0(t1)
   11f20:	167d                	add	a2,a2,-1
   11f22:	0305                	add	t1,t1,1
   11f24:	fe65                	bnez	a2,11f1c <memset+0x4>
   11f26:	8082                	ret

00011f28 <__libc_fini_array>:
   11f28:	794002ef          	jal	t0,126bc <__riscv_save_0>
   11f2c:	67cd                	lui	a5,0x13
   11f2e:	644d                	lui	s0,0x13
   11f30:	6d078713          	add	a4,a5,1744 # 136d0 <__fini_array_end>
   11f34:	6d040413          	add	s0,s0,1744 # 136d0 <__fini_array_end>
   11f38:	8c19                	sub	s0,s0,a4
   11f3a:	8409                	sra	s0,s0,0x2
   11f3c:	6d078493          	add	s1,a5,1744
   11f40:	e809                	bnez	s0,11f52 <__libc_fini_array+0x2a>
   11f42:	00000793          	li	a5,0
   11f46:	c789                	beqz	a5,11f50 <__libc_fini_array+0x28>
   11f48:	00000097          	auipc	ra,0x0
   11f4c:	000000e7          	jalr	zero # 0 <errno>
   11f50:	af41                	j	126e0 <__riscv_restore_0>
   11f52:	147d                	add	s0,s0,-1
   11f54:	00241793          	sll	a5,s0,0x2
   11f58:	97a6                	add	a5,a5,s1
   11f5a:	439c                	lw	a5,0(a5)
   11f5c:	9782                	jalr	a5
   11f5e:	b7cd                	j	11f40 <__libc_fini_array+0x18>

00011f60 <strnlen>:
   11f60:	95aa                	add	a1,a1,a0
   11f62:	87aa                	mv	a5,a0
   11f64:	00b78563          	beq	a5,a1,11f6e <strnlen+0xe>
   11f68:	0007c703          	lbu	a4,0(a5)
   11f6c:	e701                	bnez	a4,11f74 <strnlen+0x14>
   11f6e:	40a78533          	sub	a0,a5,a0
   11f72:	8082                	ret
   11f74:	0785                	add	a5,a5,1
   11f76:	b7fd                	j	11f64 <strnlen+0x4>

00011f78 <__file_str_put>:
   11f78:	49dc                	lw	a5,20(a1)
   11f7a:	4d98                	lw	a4,24(a1)
   11f7c:	00e78763          	beq	a5,a4,11f8a <__file_str_put+0x12>
   11f80:	00178713          	add	a4,a5,1
   11f84:	c9d8                	sw	a4,20(a1)
   11f86:	00a78023          	sb	a0,0(a5)
   11f8a:	8082                	ret

00011f8c <__lshrdi3>:
   11f8c:	ca19                	beqz	a2,11fa2 <__lshrdi3+0x16>
   11f8e:	02000793          	li	a5,32
   11f92:	8f91                	sub	a5,a5,a2
   11f94:	00f04863          	bgtz	a5,11fa4 <__lshrdi3+0x18>
   11f98:	1601                	add	a2,a2,-32
   11f9a:	00c5d533          	srl	a0,a1,a2
   11f9e:	4701                	li	a4,0
   11fa0:	85ba                	mv	a1,a4
   11fa2:	8082                	ret
   11fa4:	00c5d733          	srl	a4,a1,a2
   11fa8:	00c55533          	srl	a0,a0,a2
   11fac:	00f595b3          	sll	a1,a1,a5
   11fb0:	8d4d                	or	a0,a0,a1
   11fb2:	b7fd                	j	11fa0 <__lshrdi3+0x14>

00011fb4 <__ashldi3>:
   11fb4:	ca19                	beqz	a2,11fca <__ashldi3+0x16>
   11fb6:	02000793          	li	a5,32
   11fba:	8f91                	sub	a5,a5,a2
   11fbc:	00f04863          	bgtz	a5,11fcc <__ashldi3+0x18>
   11fc0:	1601                	add	a2,a2,-32
   11fc2:	00c515b3          	sll	a1,a0,a2
   11fc6:	4701                	li	a4,0
   11fc8:	853a                	mv	a0,a4
   11fca:	8082                	ret
   11fcc:	00c51733          	sll	a4,a0,a2
   11fd0:	00c595b3          	sll	a1,a1,a2
   11fd4:	00f55533          	srl	a0,a0,a5
   11fd8:	8dc9                	or	a1,a1,a0
   11fda:	b7fd                	j	11fc8 <__ashldi3+0x14>

00011fdc <__ashrdi3>:
   11fdc:	ce01                	beqz	a2,11ff4 <__ashrdi3+0x18>
   11fde:	02000793          	li	a5,32
   11fe2:	8f91                	sub	a5,a5,a2
   11fe4:	00f04963          	bgtz	a5,11ff6 <__ashrdi3+0x1a>
   11fe8:	1601                	add	a2,a2,-32
   11fea:	41f5d713          	sra	a4,a1,0x1f
   11fee:	40c5d533          	sra	a0,a1,a2
   11ff2:	85ba                	mv	a1,a4
   11ff4:	8082                	ret
   11ff6:	40c5d733          	sra	a4,a1,a2
   11ffa:	00c55533          	srl	a0,a0,a2
   11ffe:	00f595b3          	sll	a1,a1,a5
   12002:	8d4d                	or	a0,a0,a1
   12004:	b7fd                	j	11ff2 <__ashrdi3+0x16>

00012006 <__udivdi3>:
   12006:	88aa                	mv	a7,a0
   12008:	832e                	mv	t1,a1
   1200a:	8732                	mv	a4,a2
   1200c:	882a                	mv	a6,a0
   1200e:	87ae                	mv	a5,a1
   12010:	20069663          	bnez	a3,1221c <__udivdi3+0x216>
   12014:	00001597          	auipc	a1,0x1
   12018:	5a858593          	add	a1,a1,1448 # 135bc <__clz_tab>
   1201c:	0cc37163          	bgeu	t1,a2,120de <__udivdi3+0xd8>
   12020:	66c1                	lui	a3,0x10
   12022:	0ad67763          	bgeu	a2,a3,120d0 <__udivdi3+0xca>
   12026:	10063693          	sltiu	a3,a2,256
   1202a:	0016c693          	xor	a3,a3,1
   1202e:	068e                	sll	a3,a3,0x3
   12030:	00d65533          	srl	a0,a2,a3
   12034:	95aa                	add	a1,a1,a0
   12036:	0005c583          	lbu	a1,0(a1)
   1203a:	02000513          	li	a0,32
   1203e:	96ae                	add	a3,a3,a1
   12040:	40d505b3          	sub	a1,a0,a3
   12044:	00d50b63          	beq	a0,a3,1205a <__udivdi3+0x54>
   12048:	00b317b3          	sll	a5,t1,a1
   1204c:	00d8d6b3          	srl	a3,a7,a3
   12050:	00b61733          	sll	a4,a2,a1
   12054:	8fd5                	or	a5,a5,a3
   12056:	00b89833          	sll	a6,a7,a1
   1205a:	01075593          	srl	a1,a4,0x10
   1205e:	02b7d333          	divu	t1,a5,a1
   12062:	01071613          	sll	a2,a4,0x10
   12066:	8241                	srl	a2,a2,0x10
   12068:	02b7f7b3          	remu	a5,a5,a1
   1206c:	851a                	mv	a0,t1
   1206e:	026608b3          	mul	a7,a2,t1
   12072:	01079693          	sll	a3,a5,0x10
   12076:	01085793          	srl	a5,a6,0x10
   1207a:	8fd5                	or	a5,a5,a3
   1207c:	0117fc63          	bgeu	a5,a7,12094 <__udivdi3+0x8e>
   12080:	97ba                	add	a5,a5,a4
   12082:	fff30513          	add	a0,t1,-1
   12086:	00e7e763          	bltu	a5,a4,12094 <__udivdi3+0x8e>
   1208a:	0117f563          	bgeu	a5,a7,12094 <__udivdi3+0x8e>
   1208e:	ffe30513          	add	a0,t1,-2
   12092:	97ba                	add	a5,a5,a4
   12094:	411787b3          	sub	a5,a5,a7
   12098:	02b7d8b3          	divu	a7,a5,a1
   1209c:	0842                	sll	a6,a6,0x10
   1209e:	01085813          	srl	a6,a6,0x10
   120a2:	02b7f7b3          	remu	a5,a5,a1
   120a6:	031606b3          	mul	a3,a2,a7
   120aa:	07c2                	sll	a5,a5,0x10
   120ac:	00f86833          	or	a6,a6,a5
   120b0:	87c6                	mv	a5,a7
   120b2:	00d87b63          	bgeu	a6,a3,120c8 <__udivdi3+0xc2>
   120b6:	983a                	add	a6,a6,a4
   120b8:	fff88793          	add	a5,a7,-1
   120bc:	00e86663          	bltu	a6,a4,120c8 <__udivdi3+0xc2>
   120c0:	00d87463          	bgeu	a6,a3,120c8 <__udivdi3+0xc2>
   120c4:	ffe88793          	add	a5,a7,-2
   120c8:	0542                	sll	a0,a0,0x10
   120ca:	8d5d                	or	a0,a0,a5
   120cc:	4581                	li	a1,0
   120ce:	8082                	ret
   120d0:	01000537          	lui	a0,0x1000
   120d4:	46c1                	li	a3,16
   120d6:	f4a66de3          	bltu	a2,a0,12030 <__udivdi3+0x2a>
   120da:	46e1                	li	a3,24
   120dc:	bf91                	j	12030 <__udivdi3+0x2a>
   120de:	4681                	li	a3,0
   120e0:	ca09                	beqz	a2,120f2 <__udivdi3+0xec>
   120e2:	67c1                	lui	a5,0x10
   120e4:	08f67f63          	bgeu	a2,a5,12182 <__udivdi3+0x17c>
   120e8:	10063693          	sltiu	a3,a2,256
   120ec:	0016c693          	xor	a3,a3,1
   120f0:	068e                	sll	a3,a3,0x3
   120f2:	00d657b3          	srl	a5,a2,a3
   120f6:	95be                	add	a1,a1,a5
   120f8:	0005c783          	lbu	a5,0(a1)
   120fc:	97b6                	add	a5,a5,a3
   120fe:	02000693          	li	a3,32
   12102:	40f685b3          	sub	a1,a3,a5
   12106:	08f69563          	bne	a3,a5,12190 <__udivdi3+0x18a>
   1210a:	40c307b3          	sub	a5,t1,a2
   1210e:	4585                	li	a1,1
   12110:	01075893          	srl	a7,a4,0x10
   12114:	0317de33          	divu	t3,a5,a7
   12118:	01071613          	sll	a2,a4,0x10
   1211c:	8241                	srl	a2,a2,0x10
   1211e:	01085693          	srl	a3,a6,0x10
   12122:	0317f7b3          	remu	a5,a5,a7
   12126:	8572                	mv	a0,t3
   12128:	03c60333          	mul	t1,a2,t3
   1212c:	07c2                	sll	a5,a5,0x10
   1212e:	8fd5                	or	a5,a5,a3
   12130:	0067fc63          	bgeu	a5,t1,12148 <__udivdi3+0x142>
   12134:	97ba                	add	a5,a5,a4
   12136:	fffe0513          	add	a0,t3,-1
   1213a:	00e7e763          	bltu	a5,a4,12148 <__udivdi3+0x142>
   1213e:	0067f563          	bgeu	a5,t1,12148 <__udivdi3+0x142>
   12142:	ffee0513          	add	a0,t3,-2
   12146:	97ba                	add	a5,a5,a4
   12148:	406787b3          	sub	a5,a5,t1
   1214c:	0317d333          	divu	t1,a5,a7
   12150:	0842                	sll	a6,a6,0x10
   12152:	01085813          	srl	a6,a6,0x10
   12156:	0317f7b3          	remu	a5,a5,a7
   1215a:	026606b3          	mul	a3,a2,t1
   1215e:	07c2                	sll	a5,a5,0x10
   12160:	00f86833          	or	a6,a6,a5
   12164:	879a                	mv	a5,t1
   12166:	00d87b63          	bgeu	a6,a3,1217c <__udivdi3+0x176>
   1216a:	983a                	add	a6,a6,a4
   1216c:	fff30793          	add	a5,t1,-1
   12170:	00e86663          	bltu	a6,a4,1217c <__udivdi3+0x176>
   12174:	00d87463          	bgeu	a6,a3,1217c <__udivdi3+0x176>
   12178:	ffe30793          	add	a5,t1,-2
   1217c:	0542                	sll	a0,a0,0x10
   1217e:	8d5d                	or	a0,a0,a5
   12180:	8082                	ret
   12182:	010007b7          	lui	a5,0x1000
   12186:	46c1                	li	a3,16
   12188:	f6f665e3          	bltu	a2,a5,120f2 <__udivdi3+0xec>
   1218c:	46e1                	li	a3,24
   1218e:	b795                	j	120f2 <__udivdi3+0xec>
   12190:	00b61733          	sll	a4,a2,a1
   12194:	00f356b3          	srl	a3,t1,a5
   12198:	01075513          	srl	a0,a4,0x10
   1219c:	00b31333          	sll	t1,t1,a1
   121a0:	00f8d7b3          	srl	a5,a7,a5
   121a4:	0067e7b3          	or	a5,a5,t1
   121a8:	02a6d333          	divu	t1,a3,a0
   121ac:	01071613          	sll	a2,a4,0x10
   121b0:	8241                	srl	a2,a2,0x10
   121b2:	00b89833          	sll	a6,a7,a1
   121b6:	02a6f6b3          	remu	a3,a3,a0
   121ba:	026608b3          	mul	a7,a2,t1
   121be:	01069593          	sll	a1,a3,0x10
   121c2:	0107d693          	srl	a3,a5,0x10
   121c6:	8ecd                	or	a3,a3,a1
   121c8:	859a                	mv	a1,t1
   121ca:	0116fc63          	bgeu	a3,a7,121e2 <__udivdi3+0x1dc>
   121ce:	96ba                	add	a3,a3,a4
   121d0:	fff30593          	add	a1,t1,-1
   121d4:	00e6e763          	bltu	a3,a4,121e2 <__udivdi3+0x1dc>
   121d8:	0116f563          	bgeu	a3,a7,121e2 <__udivdi3+0x1dc>
   121dc:	ffe30593          	add	a1,t1,-2
   121e0:	96ba                	add	a3,a3,a4
   121e2:	411686b3          	sub	a3,a3,a7
   121e6:	02a6d8b3          	divu	a7,a3,a0
   121ea:	07c2                	sll	a5,a5,0x10
   121ec:	83c1                	srl	a5,a5,0x10
   121ee:	02a6f6b3          	remu	a3,a3,a0
   121f2:	03160633          	mul	a2,a2,a7
   121f6:	06c2                	sll	a3,a3,0x10
   121f8:	8fd5                	or	a5,a5,a3
   121fa:	86c6                	mv	a3,a7
   121fc:	00c7fc63          	bgeu	a5,a2,12214 <__udivdi3+0x20e>
   12200:	97ba                	add	a5,a5,a4
   12202:	fff88693          	add	a3,a7,-1
   12206:	00e7e763          	bltu	a5,a4,12214 <__udivdi3+0x20e>
   1220a:	00c7f563          	bgeu	a5,a2,12214 <__udivdi3+0x20e>
   1220e:	ffe88693          	add	a3,a7,-2
   12212:	97ba                	add	a5,a5,a4
   12214:	05c2                	sll	a1,a1,0x10
   12216:	8f91                	sub	a5,a5,a2
   12218:	8dd5                	or	a1,a1,a3
   1221a:	bddd                	j	12110 <__udivdi3+0x10a>
   1221c:	14d5e163          	bltu	a1,a3,1235e <__udivdi3+0x358>
   12220:	67c1                	lui	a5,0x10
   12222:	02f6ff63          	bgeu	a3,a5,12260 <__udivdi3+0x25a>
   12226:	1006b713          	sltiu	a4,a3,256
   1222a:	00174713          	xor	a4,a4,1
   1222e:	070e                	sll	a4,a4,0x3
   12230:	00e6d5b3          	srl	a1,a3,a4
   12234:	00001797          	auipc	a5,0x1
   12238:	38878793          	add	a5,a5,904 # 135bc <__clz_tab>
   1223c:	97ae                	add	a5,a5,a1
   1223e:	0007c783          	lbu	a5,0(a5)
   12242:	97ba                	add	a5,a5,a4
   12244:	02000713          	li	a4,32
   12248:	40f705b3          	sub	a1,a4,a5
   1224c:	02f71163          	bne	a4,a5,1226e <__udivdi3+0x268>
   12250:	4505                	li	a0,1
   12252:	e666eee3          	bltu	a3,t1,120ce <__udivdi3+0xc8>
   12256:	00c8b533          	sltu	a0,a7,a2
   1225a:	00154513          	xor	a0,a0,1
   1225e:	8082                	ret
   12260:	010007b7          	lui	a5,0x1000
   12264:	4741                	li	a4,16
   12266:	fcf6e5e3          	bltu	a3,a5,12230 <__udivdi3+0x22a>
   1226a:	4761                	li	a4,24
   1226c:	b7d1                	j	12230 <__udivdi3+0x22a>
   1226e:	00f65733          	srl	a4,a2,a5
   12272:	00b696b3          	sll	a3,a3,a1
   12276:	8ed9                	or	a3,a3,a4
   12278:	00f35733          	srl	a4,t1,a5
   1227c:	00b31333          	sll	t1,t1,a1
   12280:	00f8d7b3          	srl	a5,a7,a5
   12284:	0067e7b3          	or	a5,a5,t1
   12288:	0106d313          	srl	t1,a3,0x10
   1228c:	02675eb3          	divu	t4,a4,t1
   12290:	01069813          	sll	a6,a3,0x10
   12294:	01085813          	srl	a6,a6,0x10
   12298:	00b61633          	sll	a2,a2,a1
   1229c:	02677733          	remu	a4,a4,t1
   122a0:	03d80e33          	mul	t3,a6,t4
   122a4:	01071513          	sll	a0,a4,0x10
   122a8:	0107d713          	srl	a4,a5,0x10
   122ac:	8f49                	or	a4,a4,a0
   122ae:	8576                	mv	a0,t4
   122b0:	01c77c63          	bgeu	a4,t3,122c8 <__udivdi3+0x2c2>
   122b4:	9736                	add	a4,a4,a3
   122b6:	fffe8513          	add	a0,t4,-1
   122ba:	00d76763          	bltu	a4,a3,122c8 <__udivdi3+0x2c2>
   122be:	01c77563          	bgeu	a4,t3,122c8 <__udivdi3+0x2c2>
   122c2:	ffee8513          	add	a0,t4,-2
   122c6:	9736                	add	a4,a4,a3
   122c8:	41c70733          	sub	a4,a4,t3
   122cc:	02675e33          	divu	t3,a4,t1
   122d0:	07c2                	sll	a5,a5,0x10
   122d2:	83c1                	srl	a5,a5,0x10
   122d4:	02677733          	remu	a4,a4,t1
   122d8:	03c80833          	mul	a6,a6,t3
   122dc:	0742                	sll	a4,a4,0x10
   122de:	8fd9                	or	a5,a5,a4
   122e0:	8772                	mv	a4,t3
   122e2:	0107fc63          	bgeu	a5,a6,122fa <__udivdi3+0x2f4>
   122e6:	97b6                	add	a5,a5,a3
   122e8:	fffe0713          	add	a4,t3,-1
   122ec:	00d7e763          	bltu	a5,a3,122fa <__udivdi3+0x2f4>
   122f0:	0107f563          	bgeu	a5,a6,122fa <__udivdi3+0x2f4>
   122f4:	ffee0713          	add	a4,t3,-2
   122f8:	97b6                	add	a5,a5,a3
   122fa:	0542                	sll	a0,a0,0x10
   122fc:	6e41                	lui	t3,0x10
   122fe:	8d59                	or	a0,a0,a4
   12300:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   12304:	00d57733          	and	a4,a0,a3
   12308:	410787b3          	sub	a5,a5,a6
   1230c:	8ef1                	and	a3,a3,a2
   1230e:	01055813          	srl	a6,a0,0x10
   12312:	8241                	srl	a2,a2,0x10
   12314:	02d70333          	mul	t1,a4,a3
   12318:	02d806b3          	mul	a3,a6,a3
   1231c:	02c70733          	mul	a4,a4,a2
   12320:	02c80833          	mul	a6,a6,a2
   12324:	00d70633          	add	a2,a4,a3
   12328:	01035713          	srl	a4,t1,0x10
   1232c:	9732                	add	a4,a4,a2
   1232e:	00d77363          	bgeu	a4,a3,12334 <__udivdi3+0x32e>
   12332:	9872                	add	a6,a6,t3
   12334:	01075693          	srl	a3,a4,0x10
   12338:	96c2                	add	a3,a3,a6
   1233a:	02d7e063          	bltu	a5,a3,1235a <__udivdi3+0x354>
   1233e:	d8d797e3          	bne	a5,a3,120cc <__udivdi3+0xc6>
   12342:	67c1                	lui	a5,0x10
   12344:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   12346:	8f7d                	and	a4,a4,a5
   12348:	0742                	sll	a4,a4,0x10
   1234a:	00f37333          	and	t1,t1,a5
   1234e:	00b898b3          	sll	a7,a7,a1
   12352:	971a                	add	a4,a4,t1
   12354:	4581                	li	a1,0
   12356:	d6e8fce3          	bgeu	a7,a4,120ce <__udivdi3+0xc8>
   1235a:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   1235c:	bb85                	j	120cc <__udivdi3+0xc6>
   1235e:	4581                	li	a1,0
   12360:	4501                	li	a0,0
   12362:	8082                	ret

00012364 <__umoddi3>:
   12364:	8832                	mv	a6,a2
   12366:	87aa                	mv	a5,a0
   12368:	872e                	mv	a4,a1
   1236a:	1a069363          	bnez	a3,12510 <__umoddi3+0x1ac>
   1236e:	00001897          	auipc	a7,0x1
   12372:	24e88893          	add	a7,a7,590 # 135bc <__clz_tab>
   12376:	0ac5f663          	bgeu	a1,a2,12422 <__umoddi3+0xbe>
   1237a:	66c1                	lui	a3,0x10
   1237c:	08d67c63          	bgeu	a2,a3,12414 <__umoddi3+0xb0>
   12380:	10063693          	sltiu	a3,a2,256
   12384:	0016c693          	xor	a3,a3,1
   12388:	068e                	sll	a3,a3,0x3
   1238a:	00d65333          	srl	t1,a2,a3
   1238e:	989a                	add	a7,a7,t1
   12390:	0008c883          	lbu	a7,0(a7)
   12394:	02000313          	li	t1,32
   12398:	96c6                	add	a3,a3,a7
   1239a:	40d308b3          	sub	a7,t1,a3
   1239e:	00d30b63          	beq	t1,a3,123b4 <__umoddi3+0x50>
   123a2:	01159733          	sll	a4,a1,a7
   123a6:	00d556b3          	srl	a3,a0,a3
   123aa:	01161833          	sll	a6,a2,a7
   123ae:	8f55                	or	a4,a4,a3
   123b0:	011517b3          	sll	a5,a0,a7
   123b4:	01085613          	srl	a2,a6,0x10
   123b8:	02c756b3          	divu	a3,a4,a2
   123bc:	01081513          	sll	a0,a6,0x10
   123c0:	8141                	srl	a0,a0,0x10
   123c2:	02c77733          	remu	a4,a4,a2
   123c6:	02a686b3          	mul	a3,a3,a0
   123ca:	01071593          	sll	a1,a4,0x10
   123ce:	0107d713          	srl	a4,a5,0x10
   123d2:	8f4d                	or	a4,a4,a1
   123d4:	00d77863          	bgeu	a4,a3,123e4 <__umoddi3+0x80>
   123d8:	9742                	add	a4,a4,a6
   123da:	01076563          	bltu	a4,a6,123e4 <__umoddi3+0x80>
   123de:	00d77363          	bgeu	a4,a3,123e4 <__umoddi3+0x80>
   123e2:	9742                	add	a4,a4,a6
   123e4:	8f15                	sub	a4,a4,a3
   123e6:	02c756b3          	divu	a3,a4,a2
   123ea:	02c77733          	remu	a4,a4,a2
   123ee:	02a686b3          	mul	a3,a3,a0
   123f2:	07c2                	sll	a5,a5,0x10
   123f4:	0742                	sll	a4,a4,0x10
   123f6:	83c1                	srl	a5,a5,0x10
   123f8:	8fd9                	or	a5,a5,a4
   123fa:	00d7f863          	bgeu	a5,a3,1240a <__umoddi3+0xa6>
   123fe:	97c2                	add	a5,a5,a6
   12400:	0107e563          	bltu	a5,a6,1240a <__umoddi3+0xa6>
   12404:	00d7f363          	bgeu	a5,a3,1240a <__umoddi3+0xa6>
   12408:	97c2                	add	a5,a5,a6
   1240a:	8f95                	sub	a5,a5,a3
   1240c:	0117d533          	srl	a0,a5,a7
   12410:	4581                	li	a1,0
   12412:	8082                	ret
   12414:	01000337          	lui	t1,0x1000
   12418:	46c1                	li	a3,16
   1241a:	f66668e3          	bltu	a2,t1,1238a <__umoddi3+0x26>
   1241e:	46e1                	li	a3,24
   12420:	b7ad                	j	1238a <__umoddi3+0x26>
   12422:	4681                	li	a3,0
   12424:	ca09                	beqz	a2,12436 <__umoddi3+0xd2>
   12426:	6741                	lui	a4,0x10
   12428:	06e67463          	bgeu	a2,a4,12490 <__umoddi3+0x12c>
   1242c:	10063693          	sltiu	a3,a2,256
   12430:	0016c693          	xor	a3,a3,1
   12434:	068e                	sll	a3,a3,0x3
   12436:	00d65733          	srl	a4,a2,a3
   1243a:	98ba                	add	a7,a7,a4
   1243c:	0008c703          	lbu	a4,0(a7)
   12440:	9736                	add	a4,a4,a3
   12442:	02000693          	li	a3,32
   12446:	40e688b3          	sub	a7,a3,a4
   1244a:	04e69a63          	bne	a3,a4,1249e <__umoddi3+0x13a>
   1244e:	40c58733          	sub	a4,a1,a2
   12452:	01085593          	srl	a1,a6,0x10
   12456:	02b75633          	divu	a2,a4,a1
   1245a:	01081513          	sll	a0,a6,0x10
   1245e:	8141                	srl	a0,a0,0x10
   12460:	0107d693          	srl	a3,a5,0x10
   12464:	02b77733          	remu	a4,a4,a1
   12468:	02a60633          	mul	a2,a2,a0
   1246c:	0742                	sll	a4,a4,0x10
   1246e:	8f55                	or	a4,a4,a3
   12470:	00c77863          	bgeu	a4,a2,12480 <__umoddi3+0x11c>
   12474:	9742                	add	a4,a4,a6
   12476:	01076563          	bltu	a4,a6,12480 <__umoddi3+0x11c>
   1247a:	00c77363          	bgeu	a4,a2,12480 <__umoddi3+0x11c>
   1247e:	9742                	add	a4,a4,a6
   12480:	8f11                	sub	a4,a4,a2
   12482:	02b756b3          	divu	a3,a4,a1
   12486:	02b77733          	remu	a4,a4,a1
   1248a:	02a686b3          	mul	a3,a3,a0
   1248e:	b795                	j	123f2 <__umoddi3+0x8e>
   12490:	01000737          	lui	a4,0x1000
   12494:	46c1                	li	a3,16
   12496:	fae660e3          	bltu	a2,a4,12436 <__umoddi3+0xd2>
   1249a:	46e1                	li	a3,24
   1249c:	bf69                	j	12436 <__umoddi3+0xd2>
   1249e:	01161833          	sll	a6,a2,a7
   124a2:	00e5d6b3          	srl	a3,a1,a4
   124a6:	011517b3          	sll	a5,a0,a7
   124aa:	011595b3          	sll	a1,a1,a7
   124ae:	00e55733          	srl	a4,a0,a4
   124b2:	01085513          	srl	a0,a6,0x10
   124b6:	8f4d                	or	a4,a4,a1
   124b8:	02a6d5b3          	divu	a1,a3,a0
   124bc:	01081313          	sll	t1,a6,0x10
   124c0:	01035313          	srl	t1,t1,0x10
   124c4:	02a6f6b3          	remu	a3,a3,a0
   124c8:	026585b3          	mul	a1,a1,t1
   124cc:	01069613          	sll	a2,a3,0x10
   124d0:	01075693          	srl	a3,a4,0x10
   124d4:	8ed1                	or	a3,a3,a2
   124d6:	00b6f863          	bgeu	a3,a1,124e6 <__umoddi3+0x182>
   124da:	96c2                	add	a3,a3,a6
   124dc:	0106e563          	bltu	a3,a6,124e6 <__umoddi3+0x182>
   124e0:	00b6f363          	bgeu	a3,a1,124e6 <__umoddi3+0x182>
   124e4:	96c2                	add	a3,a3,a6
   124e6:	8e8d                	sub	a3,a3,a1
   124e8:	02a6d633          	divu	a2,a3,a0
   124ec:	0742                	sll	a4,a4,0x10
   124ee:	8341                	srl	a4,a4,0x10
   124f0:	02a6f6b3          	remu	a3,a3,a0
   124f4:	02660633          	mul	a2,a2,t1
   124f8:	06c2                	sll	a3,a3,0x10
   124fa:	8f55                	or	a4,a4,a3
   124fc:	00c77863          	bgeu	a4,a2,1250c <__umoddi3+0x1a8>
   12500:	9742                	add	a4,a4,a6
   12502:	01076563          	bltu	a4,a6,1250c <__umoddi3+0x1a8>
   12506:	00c77363          	bgeu	a4,a2,1250c <__umoddi3+0x1a8>
   1250a:	9742                	add	a4,a4,a6
   1250c:	8f11                	sub	a4,a4,a2
   1250e:	b791                	j	12452 <__umoddi3+0xee>
   12510:	16d5ed63          	bltu	a1,a3,1268a <__umoddi3+0x326>
   12514:	6841                	lui	a6,0x10
   12516:	0506f763          	bgeu	a3,a6,12564 <__umoddi3+0x200>
   1251a:	1006b813          	sltiu	a6,a3,256
   1251e:	00184813          	xor	a6,a6,1
   12522:	080e                	sll	a6,a6,0x3
   12524:	0106d333          	srl	t1,a3,a6
   12528:	00001897          	auipc	a7,0x1
   1252c:	09488893          	add	a7,a7,148 # 135bc <__clz_tab>
   12530:	989a                	add	a7,a7,t1
   12532:	0008c883          	lbu	a7,0(a7)
   12536:	02000313          	li	t1,32
   1253a:	98c2                	add	a7,a7,a6
   1253c:	41130833          	sub	a6,t1,a7
   12540:	03131963          	bne	t1,a7,12572 <__umoddi3+0x20e>
   12544:	00b6e463          	bltu	a3,a1,1254c <__umoddi3+0x1e8>
   12548:	00c56b63          	bltu	a0,a2,1255e <__umoddi3+0x1fa>
   1254c:	40c50633          	sub	a2,a0,a2
   12550:	40d586b3          	sub	a3,a1,a3
   12554:	00c53733          	sltu	a4,a0,a2
   12558:	87b2                	mv	a5,a2
   1255a:	40e68733          	sub	a4,a3,a4
   1255e:	853e                	mv	a0,a5
   12560:	85ba                	mv	a1,a4
   12562:	8082                	ret
   12564:	010008b7          	lui	a7,0x1000
   12568:	4841                	li	a6,16
   1256a:	fb16ede3          	bltu	a3,a7,12524 <__umoddi3+0x1c0>
   1256e:	4861                	li	a6,24
   12570:	bf55                	j	12524 <__umoddi3+0x1c0>
   12572:	011657b3          	srl	a5,a2,a7
   12576:	010696b3          	sll	a3,a3,a6
   1257a:	8edd                	or	a3,a3,a5
   1257c:	0115d733          	srl	a4,a1,a7
   12580:	0106de13          	srl	t3,a3,0x10
   12584:	03c75f33          	divu	t5,a4,t3
   12588:	01069313          	sll	t1,a3,0x10
   1258c:	01035313          	srl	t1,t1,0x10
   12590:	010597b3          	sll	a5,a1,a6
   12594:	011555b3          	srl	a1,a0,a7
   12598:	8ddd                	or	a1,a1,a5
   1259a:	0105d793          	srl	a5,a1,0x10
   1259e:	01061633          	sll	a2,a2,a6
   125a2:	01051533          	sll	a0,a0,a6
   125a6:	03c77733          	remu	a4,a4,t3
   125aa:	03e30eb3          	mul	t4,t1,t5
   125ae:	0742                	sll	a4,a4,0x10
   125b0:	8fd9                	or	a5,a5,a4
   125b2:	877a                	mv	a4,t5
   125b4:	01d7fc63          	bgeu	a5,t4,125cc <__umoddi3+0x268>
   125b8:	97b6                	add	a5,a5,a3
   125ba:	ffff0713          	add	a4,t5,-1
   125be:	00d7e763          	bltu	a5,a3,125cc <__umoddi3+0x268>
   125c2:	01d7f563          	bgeu	a5,t4,125cc <__umoddi3+0x268>
   125c6:	ffef0713          	add	a4,t5,-2
   125ca:	97b6                	add	a5,a5,a3
   125cc:	41d787b3          	sub	a5,a5,t4
   125d0:	03c7deb3          	divu	t4,a5,t3
   125d4:	05c2                	sll	a1,a1,0x10
   125d6:	81c1                	srl	a1,a1,0x10
   125d8:	03c7f7b3          	remu	a5,a5,t3
   125dc:	8e76                	mv	t3,t4
   125de:	03d30333          	mul	t1,t1,t4
   125e2:	07c2                	sll	a5,a5,0x10
   125e4:	8ddd                	or	a1,a1,a5
   125e6:	0065fc63          	bgeu	a1,t1,125fe <__umoddi3+0x29a>
   125ea:	95b6                	add	a1,a1,a3
   125ec:	fffe8e13          	add	t3,t4,-1
   125f0:	00d5e763          	bltu	a1,a3,125fe <__umoddi3+0x29a>
   125f4:	0065f563          	bgeu	a1,t1,125fe <__umoddi3+0x29a>
   125f8:	ffee8e13          	add	t3,t4,-2
   125fc:	95b6                	add	a1,a1,a3
   125fe:	01071793          	sll	a5,a4,0x10
   12602:	6f41                	lui	t5,0x10
   12604:	01c7e7b3          	or	a5,a5,t3
   12608:	406585b3          	sub	a1,a1,t1
   1260c:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12610:	0067f733          	and	a4,a5,t1
   12614:	01065e13          	srl	t3,a2,0x10
   12618:	83c1                	srl	a5,a5,0x10
   1261a:	00667333          	and	t1,a2,t1
   1261e:	02670eb3          	mul	t4,a4,t1
   12622:	02678333          	mul	t1,a5,t1
   12626:	03c70733          	mul	a4,a4,t3
   1262a:	03c787b3          	mul	a5,a5,t3
   1262e:	00670e33          	add	t3,a4,t1
   12632:	010ed713          	srl	a4,t4,0x10
   12636:	9772                	add	a4,a4,t3
   12638:	00677363          	bgeu	a4,t1,1263e <__umoddi3+0x2da>
   1263c:	97fa                	add	a5,a5,t5
   1263e:	01075313          	srl	t1,a4,0x10
   12642:	979a                	add	a5,a5,t1
   12644:	6341                	lui	t1,0x10
   12646:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   12648:	00677733          	and	a4,a4,t1
   1264c:	0742                	sll	a4,a4,0x10
   1264e:	006efeb3          	and	t4,t4,t1
   12652:	9776                	add	a4,a4,t4
   12654:	00f5e663          	bltu	a1,a5,12660 <__umoddi3+0x2fc>
   12658:	00f59b63          	bne	a1,a5,1266e <__umoddi3+0x30a>
   1265c:	00e57963          	bgeu	a0,a4,1266e <__umoddi3+0x30a>
   12660:	40c70633          	sub	a2,a4,a2
   12664:	00c73333          	sltu	t1,a4,a2
   12668:	969a                	add	a3,a3,t1
   1266a:	8732                	mv	a4,a2
   1266c:	8f95                	sub	a5,a5,a3
   1266e:	40e50733          	sub	a4,a0,a4
   12672:	00e53533          	sltu	a0,a0,a4
   12676:	8d9d                	sub	a1,a1,a5
   12678:	8d89                	sub	a1,a1,a0
   1267a:	011598b3          	sll	a7,a1,a7
   1267e:	01075733          	srl	a4,a4,a6
   12682:	00e8e533          	or	a0,a7,a4
   12686:	0105d5b3          	srl	a1,a1,a6
   1268a:	8082                	ret

0001268c <__riscv_save_12>:
   1268c:	7139                	add	sp,sp,-64
   1268e:	4301                	li	t1,0
   12690:	c66e                	sw	s11,12(sp)
   12692:	a019                	j	12698 <__riscv_save_10+0x4>

00012694 <__riscv_save_10>:
   12694:	7139                	add	sp,sp,-64
   12696:	5341                	li	t1,-16
   12698:	c86a                	sw	s10,16(sp)
   1269a:	ca66                	sw	s9,20(sp)
   1269c:	cc62                	sw	s8,24(sp)
   1269e:	ce5e                	sw	s7,28(sp)
   126a0:	a019                	j	126a6 <__riscv_save_4+0x4>

000126a2 <__riscv_save_4>:
   126a2:	7139                	add	sp,sp,-64
   126a4:	5301                	li	t1,-32
   126a6:	d05a                	sw	s6,32(sp)
   126a8:	d256                	sw	s5,36(sp)
   126aa:	d452                	sw	s4,40(sp)
   126ac:	d64e                	sw	s3,44(sp)
   126ae:	d84a                	sw	s2,48(sp)
   126b0:	da26                	sw	s1,52(sp)
   126b2:	dc22                	sw	s0,56(sp)
   126b4:	de06                	sw	ra,60(sp)
   126b6:	40610133          	sub	sp,sp,t1
   126ba:	8282                	jr	t0

000126bc <__riscv_save_0>:
   126bc:	1141                	add	sp,sp,-16
   126be:	c04a                	sw	s2,0(sp)
   126c0:	c226                	sw	s1,4(sp)
   126c2:	c422                	sw	s0,8(sp)
   126c4:	c606                	sw	ra,12(sp)
   126c6:	8282                	jr	t0

000126c8 <__riscv_restore_12>:
   126c8:	4db2                	lw	s11,12(sp)
   126ca:	0141                	add	sp,sp,16

000126cc <__riscv_restore_10>:
   126cc:	4d02                	lw	s10,0(sp)
   126ce:	4c92                	lw	s9,4(sp)
   126d0:	4c22                	lw	s8,8(sp)
   126d2:	4bb2                	lw	s7,12(sp)
   126d4:	0141                	add	sp,sp,16

000126d6 <__riscv_restore_4>:
   126d6:	4b02                	lw	s6,0(sp)
   126d8:	4a92                	lw	s5,4(sp)
   126da:	4a22                	lw	s4,8(sp)
   126dc:	49b2                	lw	s3,12(sp)
   126de:	0141                	add	sp,sp,16

000126e0 <__riscv_restore_0>:
   126e0:	4902                	lw	s2,0(sp)
   126e2:	4492                	lw	s1,4(sp)
   126e4:	4422                	lw	s0,8(sp)
   126e6:	40b2                	lw	ra,12(sp)
   126e8:	0141                	add	sp,sp,16
   126ea:	8082                	ret
