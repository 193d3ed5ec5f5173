
build/kvserver.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	80818213          	add	tp,gp,-2040 # 14020 <__tls_base>
   1000c:	842a                	mv	s0,a0
   1000e:	84ae                	mv	s1,a1
   10010:	3d5000ef          	jal	10be4 <__libc_init_array>
   10014:	8522                	mv	a0,s0
   10016:	85a6                	mv	a1,s1
   10018:	2021                	jal	10020 <main>
   1001a:	429000ef          	jal	10c42 <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	7125                	add	sp,sp,-416
   10022:	18112e23          	sw	ra,412(sp)
   10026:	18812c23          	sw	s0,408(sp)
   1002a:	18912a23          	sw	s1,404(sp)
   1002e:	19212823          	sw	s2,400(sp)
   10032:	19312623          	sw	s3,396(sp)
   10036:	19412423          	sw	s4,392(sp)
   1003a:	19512223          	sw	s5,388(sp)
   1003e:	19612023          	sw	s6,384(sp)
   10042:	17712e23          	sw	s7,380(sp)
   10046:	17812c23          	sw	s8,376(sp)
   1004a:	17912a23          	sw	s9,372(sp)
   1004e:	4785                	li	a5,1
   10050:	20a7d163          	bge	a5,a0,10252 <main+0x232>
   10054:	0045aa83          	lw	s5,4(a1)
   10058:	8556                	mv	a0,s5
   1005a:	21a9                	jal	104a4 <kv_open>
   1005c:	57e9                	li	a5,-6
   1005e:	1ef50e63          	beq	a0,a5,1025a <main+0x23a>
   10062:	20054163          	bltz	a0,10264 <main+0x244>
   10066:	64d1                	lui	s1,0x14
   10068:	4ba9                	li	s7,10
   1006a:	0ff00c13          	li	s8,255
   1006e:	07010a13          	add	s4,sp,112
   10072:	8101a783          	lw	a5,-2032(gp) # 14028 <in_pos>
   10076:	4b01                	li	s6,0
   10078:	4401                	li	s0,0
   1007a:	a831                	j	10096 <main+0x76>
   1007c:	03848713          	add	a4,s1,56 # 14038 <in_buf>
   10080:	9736                	add	a4,a4,a3
   10082:	00074703          	lbu	a4,0(a4)
   10086:	0785                	add	a5,a5,1
   10088:	80f1a823          	sw	a5,-2032(gp) # 14028 <in_pos>
   1008c:	05770063          	beq	a4,s7,100cc <main+0xac>
   10090:	09841b63          	bne	s0,s8,10126 <main+0x106>
   10094:	4b05                	li	s6,1
   10096:	8141a703          	lw	a4,-2028(gp) # 1402c <in_len>
   1009a:	86be                	mv	a3,a5
   1009c:	fef710e3          	bne	a4,a5,1007c <main+0x5c>
   100a0:	10000613          	li	a2,256
   100a4:	03848593          	add	a1,s1,56
   100a8:	4501                	li	a0,0
   100aa:	11d000ef          	jal	109c6 <read>
   100ae:	08a05363          	blez	a0,10134 <main+0x114>
   100b2:	4681                	li	a3,0
   100b4:	03848713          	add	a4,s1,56
   100b8:	9736                	add	a4,a4,a3
   100ba:	00074703          	lbu	a4,0(a4)
   100be:	4785                	li	a5,1
   100c0:	80a1aa23          	sw	a0,-2028(gp) # 1402c <in_len>
   100c4:	80f1a823          	sw	a5,-2032(gp) # 14028 <in_pos>
   100c8:	fd7714e3          	bne	a4,s7,10090 <main+0x70>
   100cc:	87d2                	mv	a5,s4
   100ce:	c819                	beqz	s0,100e4 <main+0xc4>
   100d0:	fff40793          	add	a5,s0,-1
   100d4:	97d2                	add	a5,a5,s4
   100d6:	0007c683          	lbu	a3,0(a5)
   100da:	4735                	li	a4,13
   100dc:	00e68463          	beq	a3,a4,100e4 <main+0xc4>
   100e0:	008a07b3          	add	a5,s4,s0
   100e4:	00078023          	sb	zero,0(a5)
   100e8:	080b1663          	bnez	s6,10174 <main+0x154>
   100ec:	0068                	add	a0,sp,12
   100ee:	c652                	sw	s4,12(sp)
   100f0:	2add                	jal	102e6 <word>
   100f2:	00054783          	lbu	a5,0(a0)
   100f6:	842a                	mv	s0,a0
   100f8:	dfad                	beqz	a5,10072 <main+0x52>
   100fa:	65cd                	lui	a1,0x13
   100fc:	06c58593          	add	a1,a1,108 # 1306c <__riscv_restore_0+0x4ee>
   10100:	2cd000ef          	jal	10bcc <strcmp>
   10104:	ed35                	bnez	a0,10180 <main+0x160>
   10106:	0068                	add	a0,sp,12
   10108:	2af9                	jal	102e6 <word>
   1010a:	00054783          	lbu	a5,0(a0)
   1010e:	c791                	beqz	a5,1011a <main+0xfa>
   10110:	45b2                	lw	a1,12(sp)
   10112:	0005c783          	lbu	a5,0(a1)
   10116:	16079263          	bnez	a5,1027a <main+0x25a>
   1011a:	654d                	lui	a0,0x13
   1011c:	07050513          	add	a0,a0,112 # 13070 <__riscv_restore_0+0x4f2>
   10120:	341000ef          	jal	10c60 <printf>
   10124:	b7b9                	j	10072 <main+0x52>
   10126:	17040693          	add	a3,s0,368
   1012a:	968a                	add	a3,a3,sp
   1012c:	f0e68023          	sb	a4,-256(a3)
   10130:	0405                	add	s0,s0,1
   10132:	b795                	j	10096 <main+0x76>
   10134:	016467b3          	or	a5,s0,s6
   10138:	fbd1                	bnez	a5,100cc <main+0xac>
   1013a:	2309                	jal	1063c <kv_close>
   1013c:	4781                	li	a5,0
   1013e:	12054363          	bltz	a0,10264 <main+0x244>
   10142:	19c12083          	lw	ra,412(sp)
   10146:	19812403          	lw	s0,408(sp)
   1014a:	19412483          	lw	s1,404(sp)
   1014e:	19012903          	lw	s2,400(sp)
   10152:	18c12983          	lw	s3,396(sp)
   10156:	18812a03          	lw	s4,392(sp)
   1015a:	18412a83          	lw	s5,388(sp)
   1015e:	18012b03          	lw	s6,384(sp)
   10162:	17c12b83          	lw	s7,380(sp)
   10166:	17812c03          	lw	s8,376(sp)
   1016a:	17412c83          	lw	s9,372(sp)
   1016e:	853e                	mv	a0,a5
   10170:	611d                	add	sp,sp,416
   10172:	8082                	ret
   10174:	654d                	lui	a0,0x13
   10176:	05850513          	add	a0,a0,88 # 13058 <__riscv_restore_0+0x4da>
   1017a:	2e7000ef          	jal	10c60 <printf>
   1017e:	bdd5                	j	10072 <main+0x52>
   10180:	65cd                	lui	a1,0x13
   10182:	09858593          	add	a1,a1,152 # 13098 <__riscv_restore_0+0x51a>
   10186:	8522                	mv	a0,s0
   10188:	245000ef          	jal	10bcc <strcmp>
   1018c:	c901                	beqz	a0,1019c <main+0x17c>
   1018e:	65cd                	lui	a1,0x13
   10190:	09c58593          	add	a1,a1,156 # 1309c <__riscv_restore_0+0x51e>
   10194:	8522                	mv	a0,s0
   10196:	237000ef          	jal	10bcc <strcmp>
   1019a:	ed29                	bnez	a0,101f4 <main+0x1d4>
   1019c:	0068                	add	a0,sp,12
   1019e:	22a1                	jal	102e6 <word>
   101a0:	00054783          	lbu	a5,0(a0)
   101a4:	c3a9                	beqz	a5,101e6 <main+0x1c6>
   101a6:	47b2                	lw	a5,12(sp)
   101a8:	0007c783          	lbu	a5,0(a5)
   101ac:	ef8d                	bnez	a5,101e6 <main+0x1c6>
   101ae:	00044703          	lbu	a4,0(s0)
   101b2:	06700793          	li	a5,103
   101b6:	08f70963          	beq	a4,a5,10248 <main+0x228>
   101ba:	2d39                	jal	107d8 <kv_del>
   101bc:	57fd                	li	a5,-1
   101be:	0ef50363          	beq	a0,a5,102a4 <main+0x284>
   101c2:	0c054963          	bltz	a0,10294 <main+0x274>
   101c6:	00044703          	lbu	a4,0(s0)
   101ca:	06700793          	li	a5,103
   101ce:	080c                	add	a1,sp,16
   101d0:	00f70563          	beq	a4,a5,101da <main+0x1ba>
   101d4:	65cd                	lui	a1,0x13
   101d6:	00858593          	add	a1,a1,8 # 13008 <__riscv_restore_0+0x48a>
   101da:	654d                	lui	a0,0x13
   101dc:	09050513          	add	a0,a0,144 # 13090 <__riscv_restore_0+0x512>
   101e0:	281000ef          	jal	10c60 <printf>
   101e4:	b579                	j	10072 <main+0x52>
   101e6:	654d                	lui	a0,0x13
   101e8:	85a2                	mv	a1,s0
   101ea:	0a050513          	add	a0,a0,160 # 130a0 <__riscv_restore_0+0x522>
   101ee:	273000ef          	jal	10c60 <printf>
   101f2:	b541                	j	10072 <main+0x52>
   101f4:	6ccd                	lui	s9,0x13
   101f6:	0c0c8593          	add	a1,s9,192 # 130c0 <__riscv_restore_0+0x542>
   101fa:	8522                	mv	a0,s0
   101fc:	1d1000ef          	jal	10bcc <strcmp>
   10200:	e509                	bnez	a0,1020a <main+0x1ea>
   10202:	47b2                	lw	a5,12(sp)
   10204:	0007c783          	lbu	a5,0(a5)
   10208:	c3d1                	beqz	a5,1028c <main+0x26c>
   1020a:	6b4d                	lui	s6,0x13
   1020c:	0ccb0593          	add	a1,s6,204 # 130cc <__riscv_restore_0+0x54e>
   10210:	8522                	mv	a0,s0
   10212:	1bb000ef          	jal	10bcc <strcmp>
   10216:	e511                	bnez	a0,10222 <main+0x202>
   10218:	47b2                	lw	a5,12(sp)
   1021a:	0007c783          	lbu	a5,0(a5)
   1021e:	0a078e63          	beqz	a5,102da <main+0x2ba>
   10222:	0c0c8593          	add	a1,s9,192
   10226:	8522                	mv	a0,s0
   10228:	1a5000ef          	jal	10bcc <strcmp>
   1022c:	c519                	beqz	a0,1023a <main+0x21a>
   1022e:	0ccb0593          	add	a1,s6,204
   10232:	8522                	mv	a0,s0
   10234:	199000ef          	jal	10bcc <strcmp>
   10238:	e951                	bnez	a0,102cc <main+0x2ac>
   1023a:	654d                	lui	a0,0x13
   1023c:	85a2                	mv	a1,s0
   1023e:	0dc50513          	add	a0,a0,220 # 130dc <__riscv_restore_0+0x55e>
   10242:	21f000ef          	jal	10c60 <printf>
   10246:	b535                	j	10072 <main+0x52>
   10248:	05d00613          	li	a2,93
   1024c:	080c                	add	a1,sp,16
   1024e:	2939                	jal	1066c <kv_get>
   10250:	b7b5                	j	101bc <main+0x19c>
   10252:	6acd                	lui	s5,0x13
   10254:	000a8a93          	mv	s5,s5
   10258:	b501                	j	10058 <main+0x38>
   1025a:	00022703          	lw	a4,0(tp) # 0 <errno>
   1025e:	4789                	li	a5,2
   10260:	04f70e63          	beq	a4,a5,102bc <main+0x29c>
   10264:	708000ef          	jal	1096c <kv_strerror>
   10268:	862a                	mv	a2,a0
   1026a:	654d                	lui	a0,0x13
   1026c:	85d6                	mv	a1,s5
   1026e:	04450513          	add	a0,a0,68 # 13044 <__riscv_restore_0+0x4c6>
   10272:	1ef000ef          	jal	10c60 <printf>
   10276:	4785                	li	a5,1
   10278:	b5e9                	j	10142 <main+0x122>
   1027a:	2985                	jal	106ea <kv_put>
   1027c:	00054c63          	bltz	a0,10294 <main+0x274>
   10280:	654d                	lui	a0,0x13
   10282:	09450513          	add	a0,a0,148 # 13094 <__riscv_restore_0+0x516>
   10286:	1db000ef          	jal	10c60 <printf>
   1028a:	b3e5                	j	10072 <main+0x52>
   1028c:	2bcd                	jal	1087e <kv_count>
   1028e:	85aa                	mv	a1,a0
   10290:	02055063          	bgez	a0,102b0 <main+0x290>
   10294:	2de1                	jal	1096c <kv_strerror>
   10296:	85aa                	mv	a1,a0
   10298:	654d                	lui	a0,0x13
   1029a:	08c50513          	add	a0,a0,140 # 1308c <__riscv_restore_0+0x50e>
   1029e:	1c3000ef          	jal	10c60 <printf>
   102a2:	bbc1                	j	10072 <main+0x52>
   102a4:	654d                	lui	a0,0x13
   102a6:	0b450513          	add	a0,a0,180 # 130b4 <__riscv_restore_0+0x536>
   102aa:	1b7000ef          	jal	10c60 <printf>
   102ae:	b3d1                	j	10072 <main+0x52>
   102b0:	654d                	lui	a0,0x13
   102b2:	0c850513          	add	a0,a0,200 # 130c8 <__riscv_restore_0+0x54a>
   102b6:	1ab000ef          	jal	10c60 <printf>
   102ba:	bb65                	j	10072 <main+0x52>
   102bc:	654d                	lui	a0,0x13
   102be:	85d6                	mv	a1,s5
   102c0:	00c50513          	add	a0,a0,12 # 1300c <__riscv_restore_0+0x48e>
   102c4:	19d000ef          	jal	10c60 <printf>
   102c8:	4785                	li	a5,1
   102ca:	bda5                	j	10142 <main+0x122>
   102cc:	654d                	lui	a0,0x13
   102ce:	85a2                	mv	a1,s0
   102d0:	0ec50513          	add	a0,a0,236 # 130ec <__riscv_restore_0+0x56e>
   102d4:	18d000ef          	jal	10c60 <printf>
   102d8:	bb69                	j	10072 <main+0x52>
   102da:	654d                	lui	a0,0x13
   102dc:	0d450513          	add	a0,a0,212 # 130d4 <__riscv_restore_0+0x556>
   102e0:	181000ef          	jal	10c60 <printf>
   102e4:	bd99                	j	1013a <main+0x11a>

000102e6 <word>:
   102e6:	86aa                	mv	a3,a0
   102e8:	4108                	lw	a0,0(a0)
   102ea:	02000713          	li	a4,32
   102ee:	4625                	li	a2,9
   102f0:	00054783          	lbu	a5,0(a0)
   102f4:	02e78e63          	beq	a5,a4,10330 <word+0x4a>
   102f8:	02c78c63          	beq	a5,a2,10330 <word+0x4a>
   102fc:	872a                	mv	a4,a0
   102fe:	c3b1                	beqz	a5,10342 <word+0x5c>
   10300:	00174783          	lbu	a5,1(a4)
   10304:	02000613          	li	a2,32
   10308:	00170593          	add	a1,a4,1
   1030c:	cf8d                	beqz	a5,10346 <word+0x60>
   1030e:	02c79563          	bne	a5,a2,10338 <word+0x52>
   10312:	00058023          	sb	zero,0(a1)
   10316:	00270793          	add	a5,a4,2
   1031a:	02000613          	li	a2,32
   1031e:	45a5                	li	a1,9
   10320:	0007c703          	lbu	a4,0(a5)
   10324:	00c70863          	beq	a4,a2,10334 <word+0x4e>
   10328:	00b70663          	beq	a4,a1,10334 <word+0x4e>
   1032c:	c29c                	sw	a5,0(a3)
   1032e:	8082                	ret
   10330:	0505                	add	a0,a0,1
   10332:	bf7d                	j	102f0 <word+0xa>
   10334:	0785                	add	a5,a5,1
   10336:	b7ed                	j	10320 <word+0x3a>
   10338:	4625                	li	a2,9
   1033a:	fcc78ce3          	beq	a5,a2,10312 <word+0x2c>
   1033e:	872e                	mv	a4,a1
   10340:	b7c1                	j	10300 <word+0x1a>
   10342:	87aa                	mv	a5,a0
   10344:	b7e5                	j	1032c <word+0x46>
   10346:	87ae                	mv	a5,a1
   10348:	b7d5                	j	1032c <word+0x46>

0001034a <find>:
   1034a:	715d                	add	sp,sp,-80
   1034c:	c0ca                	sw	s2,64(sp)
   1034e:	d85a                	sw	s6,48(sp)
   10350:	d65e                	sw	s7,44(sp)
   10352:	c686                	sw	ra,76(sp)
   10354:	c4a2                	sw	s0,72(sp)
   10356:	c2a6                	sw	s1,68(sp)
   10358:	de4e                	sw	s3,60(sp)
   1035a:	dc52                	sw	s4,56(sp)
   1035c:	da56                	sw	s5,52(sp)
   1035e:	d462                	sw	s8,40(sp)
   10360:	d266                	sw	s9,36(sp)
   10362:	d06a                	sw	s10,32(sp)
   10364:	ce6e                	sw	s11,28(sp)
   10366:	c62a                	sw	a0,12(sp)
   10368:	c436                	sw	a3,8(sp)
   1036a:	8bae                	mv	s7,a1
   1036c:	8932                	mv	s2,a2
   1036e:	8b3a                	mv	s6,a4
   10370:	12058563          	beqz	a1,1049a <find+0x150>
   10374:	811ca437          	lui	s0,0x811ca
   10378:	010006b7          	lui	a3,0x1000
   1037c:	87aa                	mv	a5,a0
   1037e:	00a58633          	add	a2,a1,a0
   10382:	dc540413          	add	s0,s0,-571 # 811c9dc5 <_end+0x811b528d>
   10386:	19368693          	add	a3,a3,403 # 1000193 <_end+0xfeb65b>
   1038a:	0007c703          	lbu	a4,0(a5)
   1038e:	0785                	add	a5,a5,1
   10390:	8c39                	xor	s0,s0,a4
   10392:	02d40433          	mul	s0,s0,a3
   10396:	fec79ae3          	bne	a5,a2,1038a <find+0x40>
   1039a:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   1039e:	4722                	lw	a4,8(sp)
   103a0:	4981                	li	s3,0
   103a2:	6a51                	lui	s4,0x14
   103a4:	c31c                	sw	a5,0(a4)
   103a6:	00fb2023          	sw	a5,0(s6)
   103aa:	02f47433          	remu	s0,s0,a5
   103ae:	cbc1                	beqz	a5,1043e <find+0xf4>
   103b0:	4c09                	li	s8,2
   103b2:	4c85                	li	s9,1
   103b4:	4d7d                	li	s10,31
   103b6:	a089                	j	103f8 <find+0xae>
   103b8:	09878563          	beq	a5,s8,10442 <find+0xf8>
   103bc:	0d979d63          	bne	a5,s9,10496 <find+0x14c>
   103c0:	00194703          	lbu	a4,1(s2)
   103c4:	fff70793          	add	a5,a4,-1
   103c8:	0ff7f793          	zext.b	a5,a5
   103cc:	0cfd6563          	bltu	s10,a5,10496 <find+0x14c>
   103d0:	00294783          	lbu	a5,2(s2)
   103d4:	05c00693          	li	a3,92
   103d8:	0af6ef63          	bltu	a3,a5,10496 <find+0x14c>
   103dc:	09770a63          	beq	a4,s7,10470 <find+0x126>
   103e0:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   103e4:	40f48433          	sub	s0,s1,a5
   103e8:	00803433          	snez	s0,s0
   103ec:	40800433          	neg	s0,s0
   103f0:	0985                	add	s3,s3,1
   103f2:	8c65                	and	s0,s0,s1
   103f4:	04f9f563          	bgeu	s3,a5,1043e <find+0xf4>
   103f8:	00140493          	add	s1,s0,1
   103fc:	018a2503          	lw	a0,24(s4) # 14018 <kv_fd>
   10400:	00749d93          	sll	s11,s1,0x7
   10404:	4601                	li	a2,0
   10406:	85ee                	mv	a1,s11
   10408:	2db5                	jal	10a84 <lseek>
   1040a:	04ad9363          	bne	s11,a0,10450 <find+0x106>
   1040e:	018a2503          	lw	a0,24(s4)
   10412:	08000613          	li	a2,128
   10416:	85ca                	mv	a1,s2
   10418:	237d                	jal	109c6 <read>
   1041a:	08000793          	li	a5,128
   1041e:	02f51963          	bne	a0,a5,10450 <find+0x106>
   10422:	00094783          	lbu	a5,0(s2)
   10426:	fbc9                	bnez	a5,103b8 <find+0x6e>
   10428:	000b2703          	lw	a4,0(s6)
   1042c:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   10430:	00f71763          	bne	a4,a5,1043e <find+0xf4>
   10434:	008b2023          	sw	s0,0(s6)
   10438:	00094783          	lbu	a5,0(s2)
   1043c:	f3d5                	bnez	a5,103e0 <find+0x96>
   1043e:	4501                	li	a0,0
   10440:	a809                	j	10452 <find+0x108>
   10442:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   10446:	000b2703          	lw	a4,0(s6)
   1044a:	f8f71de3          	bne	a4,a5,103e4 <find+0x9a>
   1044e:	b7dd                	j	10434 <find+0xea>
   10450:	5565                	li	a0,-7
   10452:	40b6                	lw	ra,76(sp)
   10454:	4426                	lw	s0,72(sp)
   10456:	4496                	lw	s1,68(sp)
   10458:	4906                	lw	s2,64(sp)
   1045a:	59f2                	lw	s3,60(sp)
   1045c:	5a62                	lw	s4,56(sp)
   1045e:	5ad2                	lw	s5,52(sp)
   10460:	5b42                	lw	s6,48(sp)
   10462:	5bb2                	lw	s7,44(sp)
   10464:	5c22                	lw	s8,40(sp)
   10466:	5c92                	lw	s9,36(sp)
   10468:	5d02                	lw	s10,32(sp)
   1046a:	4df2                	lw	s11,28(sp)
   1046c:	6161                	add	sp,sp,80
   1046e:	8082                	ret
   10470:	4732                	lw	a4,12(sp)
   10472:	00490793          	add	a5,s2,4
   10476:	017785b3          	add	a1,a5,s7
   1047a:	0007c603          	lbu	a2,0(a5)
   1047e:	00074683          	lbu	a3,0(a4)
   10482:	0785                	add	a5,a5,1
   10484:	0705                	add	a4,a4,1
   10486:	f4d61de3          	bne	a2,a3,103e0 <find+0x96>
   1048a:	fef598e3          	bne	a1,a5,1047a <find+0x130>
   1048e:	47a2                	lw	a5,8(sp)
   10490:	4501                	li	a0,0
   10492:	c380                	sw	s0,0(a5)
   10494:	bf7d                	j	10452 <find+0x108>
   10496:	5561                	li	a0,-8
   10498:	bf6d                	j	10452 <find+0x108>
   1049a:	811ca437          	lui	s0,0x811ca
   1049e:	dc540413          	add	s0,s0,-571 # 811c9dc5 <_end+0x811b528d>
   104a2:	bde5                	j	1039a <find+0x50>

000104a4 <kv_open>:
   104a4:	7179                	add	sp,sp,-48
   104a6:	cc52                	sw	s4,24(sp)
   104a8:	6a51                	lui	s4,0x14
   104aa:	018a2783          	lw	a5,24(s4) # 14018 <kv_fd>
   104ae:	d606                	sw	ra,44(sp)
   104b0:	d422                	sw	s0,40(sp)
   104b2:	d226                	sw	s1,36(sp)
   104b4:	d04a                	sw	s2,32(sp)
   104b6:	ce4e                	sw	s3,28(sp)
   104b8:	ca56                	sw	s5,20(sp)
   104ba:	c85a                	sw	s6,16(sp)
   104bc:	c65e                	sw	s7,12(sp)
   104be:	1607db63          	bgez	a5,10634 <kv_open+0x190>
   104c2:	1a400613          	li	a2,420
   104c6:	04200593          	li	a1,66
   104ca:	232d                	jal	109f4 <open>
   104cc:	00aa2c23          	sw	a0,24(s4)
   104d0:	16054463          	bltz	a0,10638 <kv_open+0x194>
   104d4:	4609                	li	a2,2
   104d6:	4581                	li	a1,0
   104d8:	2375                	jal	10a84 <lseek>
   104da:	84aa                	mv	s1,a0
   104dc:	10054063          	bltz	a0,105dc <kv_open+0x138>
   104e0:	e545                	bnez	a0,10588 <kv_open+0xe4>
   104e2:	6451                	lui	s0,0x14
   104e4:	6a85                	lui	s5,0x1
   104e6:	800a8613          	add	a2,s5,-2048 # 800 <errno+0x800>
   104ea:	4581                	li	a1,0
   104ec:	13840513          	add	a0,s0,312 # 14138 <chunk>
   104f0:	25f1                	jal	10bbc <memset>
   104f2:	65cd                	lui	a1,0x13
   104f4:	4611                	li	a2,4
   104f6:	10458593          	add	a1,a1,260 # 13104 <__riscv_restore_0+0x586>
   104fa:	13840513          	add	a0,s0,312
   104fe:	2565                	jal	10ba6 <memcpy>
   10500:	018a2503          	lw	a0,24(s4)
   10504:	13840793          	add	a5,s0,312
   10508:	4705                	li	a4,1
   1050a:	08000493          	li	s1,128
   1050e:	c3d8                	sw	a4,4(a5)
   10510:	4601                	li	a2,0
   10512:	10000713          	li	a4,256
   10516:	4581                	li	a1,0
   10518:	c784                	sw	s1,8(a5)
   1051a:	c7d8                	sw	a4,12(a5)
   1051c:	23a5                	jal	10a84 <lseek>
   1051e:	ed5d                	bnez	a0,105dc <kv_open+0x138>
   10520:	018a2503          	lw	a0,24(s4)
   10524:	08000613          	li	a2,128
   10528:	13840593          	add	a1,s0,312
   1052c:	21b5                	jal	10998 <write>
   1052e:	0a951763          	bne	a0,s1,105dc <kv_open+0x138>
   10532:	800a8613          	add	a2,s5,-2048
   10536:	4581                	li	a1,0
   10538:	13840513          	add	a0,s0,312
   1053c:	6b21                	lui	s6,0x8
   1053e:	2dbd                	jal	10bbc <memset>
   10540:	08000913          	li	s2,128
   10544:	10000993          	li	s3,256
   10548:	4bc1                	li	s7,16
   1054a:	800a8a93          	add	s5,s5,-2048
   1054e:	080b0b13          	add	s6,s6,128 # 8080 <errno+0x8080>
   10552:	018a2503          	lw	a0,24(s4)
   10556:	85ca                	mv	a1,s2
   10558:	4601                	li	a2,0
   1055a:	84ce                	mv	s1,s3
   1055c:	013bf363          	bgeu	s7,s3,10562 <kv_open+0xbe>
   10560:	44c1                	li	s1,16
   10562:	230d                	jal	10a84 <lseek>
   10564:	049e                	sll	s1,s1,0x7
   10566:	8626                	mv	a2,s1
   10568:	13840593          	add	a1,s0,312
   1056c:	06a91863          	bne	s2,a0,105dc <kv_open+0x138>
   10570:	018a2503          	lw	a0,24(s4)
   10574:	9956                	add	s2,s2,s5
   10576:	19c1                	add	s3,s3,-16
   10578:	2105                	jal	10998 <write>
   1057a:	06951163          	bne	a0,s1,105dc <kv_open+0x138>
   1057e:	fd691ae3          	bne	s2,s6,10552 <kv_open+0xae>
   10582:	10000813          	li	a6,256
   10586:	a05d                	j	1062c <kv_open+0x188>
   10588:	018a2503          	lw	a0,24(s4)
   1058c:	4601                	li	a2,0
   1058e:	4581                	li	a1,0
   10590:	29d5                	jal	10a84 <lseek>
   10592:	e139                	bnez	a0,105d8 <kv_open+0x134>
   10594:	018a2503          	lw	a0,24(s4)
   10598:	6451                	lui	s0,0x14
   1059a:	08000613          	li	a2,128
   1059e:	13840593          	add	a1,s0,312 # 14138 <chunk>
   105a2:	2115                	jal	109c6 <read>
   105a4:	08000793          	li	a5,128
   105a8:	02f51863          	bne	a0,a5,105d8 <kv_open+0x134>
   105ac:	13840793          	add	a5,s0,312
   105b0:	13840513          	add	a0,s0,312
   105b4:	674d                	lui	a4,0x13
   105b6:	00c7a803          	lw	a6,12(a5)
   105ba:	10470713          	add	a4,a4,260 # 13104 <__riscv_restore_0+0x586>
   105be:	00450593          	add	a1,a0,4
   105c2:	a019                	j	105c8 <kv_open+0x124>
   105c4:	02f58f63          	beq	a1,a5,10602 <kv_open+0x15e>
   105c8:	0007c603          	lbu	a2,0(a5)
   105cc:	00074683          	lbu	a3,0(a4)
   105d0:	0785                	add	a5,a5,1
   105d2:	0705                	add	a4,a4,1
   105d4:	fed608e3          	beq	a2,a3,105c4 <kv_open+0x120>
   105d8:	5461                	li	s0,-8
   105da:	a011                	j	105de <kv_open+0x13a>
   105dc:	5465                	li	s0,-7
   105de:	018a2503          	lw	a0,24(s4)
   105e2:	2985                	jal	10a52 <close>
   105e4:	57fd                	li	a5,-1
   105e6:	00fa2c23          	sw	a5,24(s4)
   105ea:	50b2                	lw	ra,44(sp)
   105ec:	8522                	mv	a0,s0
   105ee:	5422                	lw	s0,40(sp)
   105f0:	5492                	lw	s1,36(sp)
   105f2:	5902                	lw	s2,32(sp)
   105f4:	49f2                	lw	s3,28(sp)
   105f6:	4a62                	lw	s4,24(sp)
   105f8:	4ad2                	lw	s5,20(sp)
   105fa:	4b42                	lw	s6,16(sp)
   105fc:	4bb2                	lw	s7,12(sp)
   105fe:	6145                	add	sp,sp,48
   10600:	8082                	ret
   10602:	4158                	lw	a4,4(a0)
   10604:	4785                	li	a5,1
   10606:	fcf719e3          	bne	a4,a5,105d8 <kv_open+0x134>
   1060a:	4518                	lw	a4,8(a0)
   1060c:	08000793          	li	a5,128
   10610:	fcf714e3          	bne	a4,a5,105d8 <kv_open+0x134>
   10614:	010007b7          	lui	a5,0x1000
   10618:	fff80713          	add	a4,a6,-1
   1061c:	17f5                	add	a5,a5,-3 # fffffd <_end+0xfeb4c5>
   1061e:	fae7ede3          	bltu	a5,a4,105d8 <kv_open+0x134>
   10622:	00180793          	add	a5,a6,1
   10626:	079e                	sll	a5,a5,0x7
   10628:	fa9798e3          	bne	a5,s1,105d8 <kv_open+0x134>
   1062c:	8101ac23          	sw	a6,-2024(gp) # 14030 <kv_slots>
   10630:	4401                	li	s0,0
   10632:	bf65                	j	105ea <kv_open+0x146>
   10634:	5479                	li	s0,-2
   10636:	bf55                	j	105ea <kv_open+0x146>
   10638:	5469                	li	s0,-6
   1063a:	bf45                	j	105ea <kv_open+0x146>

0001063c <kv_close>:
   1063c:	1141                	add	sp,sp,-16
   1063e:	c422                	sw	s0,8(sp)
   10640:	6451                	lui	s0,0x14
   10642:	01842503          	lw	a0,24(s0) # 14018 <kv_fd>
   10646:	c606                	sw	ra,12(sp)
   10648:	00054e63          	bltz	a0,10664 <kv_close+0x28>
   1064c:	2119                	jal	10a52 <close>
   1064e:	577d                	li	a4,-1
   10650:	87aa                	mv	a5,a0
   10652:	00e42c23          	sw	a4,24(s0)
   10656:	4501                	li	a0,0
   10658:	0007c863          	bltz	a5,10668 <kv_close+0x2c>
   1065c:	40b2                	lw	ra,12(sp)
   1065e:	4422                	lw	s0,8(sp)
   10660:	0141                	add	sp,sp,16
   10662:	8082                	ret
   10664:	5579                	li	a0,-2
   10666:	bfdd                	j	1065c <kv_close+0x20>
   10668:	5565                	li	a0,-7
   1066a:	bfcd                	j	1065c <kv_close+0x20>

0001066c <kv_get>:
   1066c:	67d1                	lui	a5,0x14
   1066e:	0187a703          	lw	a4,24(a5) # 14018 <kv_fd>
   10672:	06074463          	bltz	a4,106da <kv_get+0x6e>
   10676:	00054703          	lbu	a4,0(a0)
   1067a:	c325                	beqz	a4,106da <kv_get+0x6e>
   1067c:	7135                	add	sp,sp,-160
   1067e:	cb26                	sw	s1,148(sp)
   10680:	c94a                	sw	s2,144(sp)
   10682:	cf06                	sw	ra,156(sp)
   10684:	892e                	mv	s2,a1
   10686:	cd22                	sw	s0,152(sp)
   10688:	84b2                	mv	s1,a2
   1068a:	4581                	li	a1,0
   1068c:	0585                	add	a1,a1,1
   1068e:	00b507b3          	add	a5,a0,a1
   10692:	0007c783          	lbu	a5,0(a5)
   10696:	fbfd                	bnez	a5,1068c <kv_get+0x20>
   10698:	02000793          	li	a5,32
   1069c:	04b7e363          	bltu	a5,a1,106e2 <kv_get+0x76>
   106a0:	0078                	add	a4,sp,12
   106a2:	0034                	add	a3,sp,8
   106a4:	0810                	add	a2,sp,16
   106a6:	3155                	jal	1034a <find>
   106a8:	e11d                	bnez	a0,106ce <kv_get+0x62>
   106aa:	4722                	lw	a4,8(sp)
   106ac:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   106b0:	02f70763          	beq	a4,a5,106de <kv_get+0x72>
   106b4:	01214403          	lbu	s0,18(sp)
   106b8:	02947763          	bgeu	s0,s1,106e6 <kv_get+0x7a>
   106bc:	8622                	mv	a2,s0
   106be:	184c                	add	a1,sp,52
   106c0:	854a                	mv	a0,s2
   106c2:	21d5                	jal	10ba6 <memcpy>
   106c4:	008907b3          	add	a5,s2,s0
   106c8:	00078023          	sb	zero,0(a5)
   106cc:	8522                	mv	a0,s0
   106ce:	40fa                	lw	ra,156(sp)
   106d0:	446a                	lw	s0,152(sp)
   106d2:	44da                	lw	s1,148(sp)
   106d4:	494a                	lw	s2,144(sp)
   106d6:	610d                	add	sp,sp,160
   106d8:	8082                	ret
   106da:	5579                	li	a0,-2
   106dc:	8082                	ret
   106de:	557d                	li	a0,-1
   106e0:	b7fd                	j	106ce <kv_get+0x62>
   106e2:	5575                	li	a0,-3
   106e4:	b7ed                	j	106ce <kv_get+0x62>
   106e6:	556d                	li	a0,-5
   106e8:	b7dd                	j	106ce <kv_get+0x62>

000106ea <kv_put>:
   106ea:	7171                	add	sp,sp,-176
   106ec:	d522                	sw	s0,168(sp)
   106ee:	d14a                	sw	s2,160(sp)
   106f0:	cf4e                	sw	s3,156(sp)
   106f2:	d706                	sw	ra,172(sp)
   106f4:	d326                	sw	s1,164(sp)
   106f6:	cd52                	sw	s4,152(sp)
   106f8:	cb56                	sw	s5,148(sp)
   106fa:	c95a                	sw	s6,144(sp)
   106fc:	0005c783          	lbu	a5,0(a1)
   10700:	89ae                	mv	s3,a1
   10702:	892a                	mv	s2,a0
   10704:	4401                	li	s0,0
   10706:	c799                	beqz	a5,10714 <kv_put+0x2a>
   10708:	0405                	add	s0,s0,1
   1070a:	008987b3          	add	a5,s3,s0
   1070e:	0007c783          	lbu	a5,0(a5)
   10712:	fbfd                	bnez	a5,10708 <kv_put+0x1e>
   10714:	6b51                	lui	s6,0x14
   10716:	018b2783          	lw	a5,24(s6) # 14018 <kv_fd>
   1071a:	0a07cb63          	bltz	a5,107d0 <kv_put+0xe6>
   1071e:	00094783          	lbu	a5,0(s2)
   10722:	c7dd                	beqz	a5,107d0 <kv_put+0xe6>
   10724:	4481                	li	s1,0
   10726:	0485                	add	s1,s1,1
   10728:	009907b3          	add	a5,s2,s1
   1072c:	0007c783          	lbu	a5,0(a5)
   10730:	fbfd                	bnez	a5,10726 <kv_put+0x3c>
   10732:	02000793          	li	a5,32
   10736:	0897ef63          	bltu	a5,s1,107d4 <kv_put+0xea>
   1073a:	05c00793          	li	a5,92
   1073e:	5af5                	li	s5,-3
   10740:	0087fd63          	bgeu	a5,s0,1075a <kv_put+0x70>
   10744:	50ba                	lw	ra,172(sp)
   10746:	542a                	lw	s0,168(sp)
   10748:	549a                	lw	s1,164(sp)
   1074a:	590a                	lw	s2,160(sp)
   1074c:	49fa                	lw	s3,156(sp)
   1074e:	4a6a                	lw	s4,152(sp)
   10750:	4b4a                	lw	s6,144(sp)
   10752:	8556                	mv	a0,s5
   10754:	4ada                	lw	s5,148(sp)
   10756:	614d                	add	sp,sp,176
   10758:	8082                	ret
   1075a:	0078                	add	a4,sp,12
   1075c:	0034                	add	a3,sp,8
   1075e:	0810                	add	a2,sp,16
   10760:	85a6                	mv	a1,s1
   10762:	854a                	mv	a0,s2
   10764:	36dd                	jal	1034a <find>
   10766:	8aaa                	mv	s5,a0
   10768:	fd71                	bnez	a0,10744 <kv_put+0x5a>
   1076a:	4a22                	lw	s4,8(sp)
   1076c:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   10770:	04fa0b63          	beq	s4,a5,107c6 <kv_put+0xdc>
   10774:	08000613          	li	a2,128
   10778:	4581                	li	a1,0
   1077a:	0808                	add	a0,sp,16
   1077c:	2181                	jal	10bbc <memset>
   1077e:	4785                	li	a5,1
   10780:	8626                	mv	a2,s1
   10782:	85ca                	mv	a1,s2
   10784:	0848                	add	a0,sp,20
   10786:	00f10823          	sb	a5,16(sp)
   1078a:	009108a3          	sb	s1,17(sp)
   1078e:	00810923          	sb	s0,18(sp)
   10792:	2911                	jal	10ba6 <memcpy>
   10794:	8622                	mv	a2,s0
   10796:	85ce                	mv	a1,s3
   10798:	1848                	add	a0,sp,52
   1079a:	2131                	jal	10ba6 <memcpy>
   1079c:	0a05                	add	s4,s4,1
   1079e:	018b2503          	lw	a0,24(s6)
   107a2:	0a1e                	sll	s4,s4,0x7
   107a4:	4601                	li	a2,0
   107a6:	85d2                	mv	a1,s4
   107a8:	2cf1                	jal	10a84 <lseek>
   107aa:	00aa1c63          	bne	s4,a0,107c2 <kv_put+0xd8>
   107ae:	018b2503          	lw	a0,24(s6)
   107b2:	08000613          	li	a2,128
   107b6:	080c                	add	a1,sp,16
   107b8:	22c5                	jal	10998 <write>
   107ba:	08000793          	li	a5,128
   107be:	f8f503e3          	beq	a0,a5,10744 <kv_put+0x5a>
   107c2:	5ae5                	li	s5,-7
   107c4:	b741                	j	10744 <kv_put+0x5a>
   107c6:	4a32                	lw	s4,12(sp)
   107c8:	fb4796e3          	bne	a5,s4,10774 <kv_put+0x8a>
   107cc:	5af1                	li	s5,-4
   107ce:	bf9d                	j	10744 <kv_put+0x5a>
   107d0:	5af9                	li	s5,-2
   107d2:	bf8d                	j	10744 <kv_put+0x5a>
   107d4:	5af5                	li	s5,-3
   107d6:	b7bd                	j	10744 <kv_put+0x5a>

000107d8 <kv_del>:
   107d8:	7135                	add	sp,sp,-160
   107da:	cb26                	sw	s1,148(sp)
   107dc:	64d1                	lui	s1,0x14
   107de:	0184a783          	lw	a5,24(s1) # 14018 <kv_fd>
   107e2:	cf06                	sw	ra,156(sp)
   107e4:	cd22                	sw	s0,152(sp)
   107e6:	c94a                	sw	s2,144(sp)
   107e8:	0607cd63          	bltz	a5,10862 <kv_del+0x8a>
   107ec:	00054783          	lbu	a5,0(a0)
   107f0:	cbad                	beqz	a5,10862 <kv_del+0x8a>
   107f2:	4581                	li	a1,0
   107f4:	0585                	add	a1,a1,1
   107f6:	00b507b3          	add	a5,a0,a1
   107fa:	0007c783          	lbu	a5,0(a5)
   107fe:	fbfd                	bnez	a5,107f4 <kv_del+0x1c>
   10800:	02000793          	li	a5,32
   10804:	06b7eb63          	bltu	a5,a1,1087a <kv_del+0xa2>
   10808:	0078                	add	a4,sp,12
   1080a:	0034                	add	a3,sp,8
   1080c:	0810                	add	a2,sp,16
   1080e:	3e35                	jal	1034a <find>
   10810:	842a                	mv	s0,a0
   10812:	e129                	bnez	a0,10854 <kv_del+0x7c>
   10814:	4922                	lw	s2,8(sp)
   10816:	8181a783          	lw	a5,-2024(gp) # 14030 <kv_slots>
   1081a:	04f90e63          	beq	s2,a5,10876 <kv_del+0x9e>
   1081e:	08000613          	li	a2,128
   10822:	4581                	li	a1,0
   10824:	0808                	add	a0,sp,16
   10826:	2e59                	jal	10bbc <memset>
   10828:	0905                	add	s2,s2,1
   1082a:	0184a503          	lw	a0,24(s1)
   1082e:	091e                	sll	s2,s2,0x7
   10830:	4789                	li	a5,2
   10832:	4601                	li	a2,0
   10834:	85ca                	mv	a1,s2
   10836:	00f10823          	sb	a5,16(sp)
   1083a:	24a9                	jal	10a84 <lseek>
   1083c:	02a91b63          	bne	s2,a0,10872 <kv_del+0x9a>
   10840:	0184a503          	lw	a0,24(s1)
   10844:	08000613          	li	a2,128
   10848:	080c                	add	a1,sp,16
   1084a:	22b9                	jal	10998 <write>
   1084c:	08000793          	li	a5,128
   10850:	02f51163          	bne	a0,a5,10872 <kv_del+0x9a>
   10854:	40fa                	lw	ra,156(sp)
   10856:	8522                	mv	a0,s0
   10858:	446a                	lw	s0,152(sp)
   1085a:	44da                	lw	s1,148(sp)
   1085c:	494a                	lw	s2,144(sp)
   1085e:	610d                	add	sp,sp,160
   10860:	8082                	ret
   10862:	5479                	li	s0,-2
   10864:	40fa                	lw	ra,156(sp)
   10866:	8522                	mv	a0,s0
   10868:	446a                	lw	s0,152(sp)
   1086a:	44da                	lw	s1,148(sp)
   1086c:	494a                	lw	s2,144(sp)
   1086e:	610d                	add	sp,sp,160
   10870:	8082                	ret
   10872:	5465                	li	s0,-7
   10874:	b7c5                	j	10854 <kv_del+0x7c>
   10876:	547d                	li	s0,-1
   10878:	bff1                	j	10854 <kv_del+0x7c>
   1087a:	5475                	li	s0,-3
   1087c:	bfe1                	j	10854 <kv_del+0x7c>

0001087e <kv_count>:
   1087e:	7139                	add	sp,sp,-64
   10880:	d84a                	sw	s2,48(sp)
   10882:	6951                	lui	s2,0x14
   10884:	01892503          	lw	a0,24(s2) # 14018 <kv_fd>
   10888:	de06                	sw	ra,60(sp)
   1088a:	dc22                	sw	s0,56(sp)
   1088c:	da26                	sw	s1,52(sp)
   1088e:	d64e                	sw	s3,44(sp)
   10890:	d452                	sw	s4,40(sp)
   10892:	d256                	sw	s5,36(sp)
   10894:	d05a                	sw	s6,32(sp)
   10896:	ce5e                	sw	s7,28(sp)
   10898:	cc62                	sw	s8,24(sp)
   1089a:	ca66                	sw	s9,20(sp)
   1089c:	c86a                	sw	s10,16(sp)
   1089e:	c66e                	sw	s11,12(sp)
   108a0:	0c054463          	bltz	a0,10968 <kv_count+0xea>
   108a4:	8181ab03          	lw	s6,-2024(gp) # 14030 <kv_slots>
   108a8:	0a0b0e63          	beqz	s6,10964 <kv_count+0xe6>
   108ac:	08000413          	li	s0,128
   108b0:	4481                	li	s1,0
   108b2:	4b81                	li	s7,0
   108b4:	4ac1                	li	s5,16
   108b6:	69d1                	lui	s3,0x14
   108b8:	4c85                	li	s9,1
   108ba:	4c09                	li	s8,2
   108bc:	4d7d                	li	s10,31
   108be:	409b0b33          	sub	s6,s6,s1
   108c2:	016af363          	bgeu	s5,s6,108c8 <kv_count+0x4a>
   108c6:	4b41                	li	s6,16
   108c8:	4601                	li	a2,0
   108ca:	85a2                	mv	a1,s0
   108cc:	2a65                	jal	10a84 <lseek>
   108ce:	007b1d93          	sll	s11,s6,0x7
   108d2:	08a41763          	bne	s0,a0,10960 <kv_count+0xe2>
   108d6:	01892503          	lw	a0,24(s2)
   108da:	866e                	mv	a2,s11
   108dc:	13898593          	add	a1,s3,312 # 14138 <chunk>
   108e0:	20dd                	jal	109c6 <read>
   108e2:	07b51f63          	bne	a0,s11,10960 <kv_count+0xe2>
   108e6:	13898793          	add	a5,s3,312
   108ea:	4685                	li	a3,1
   108ec:	05c00593          	li	a1,92
   108f0:	a011                	j	108f4 <kv_count+0x76>
   108f2:	86b2                	mv	a3,a2
   108f4:	0007c703          	lbu	a4,0(a5)
   108f8:	00168613          	add	a2,a3,1
   108fc:	c30d                	beqz	a4,1091e <kv_count+0xa0>
   108fe:	03870063          	beq	a4,s8,1091e <kv_count+0xa0>
   10902:	03971e63          	bne	a4,s9,1093e <kv_count+0xc0>
   10906:	0017c703          	lbu	a4,1(a5)
   1090a:	0b85                	add	s7,s7,1
   1090c:	177d                	add	a4,a4,-1
   1090e:	0ff77713          	zext.b	a4,a4
   10912:	02ed6663          	bltu	s10,a4,1093e <kv_count+0xc0>
   10916:	0027c703          	lbu	a4,2(a5)
   1091a:	02e5e263          	bltu	a1,a4,1093e <kv_count+0xc0>
   1091e:	08078793          	add	a5,a5,128
   10922:	fd66e8e3          	bltu	a3,s6,108f2 <kv_count+0x74>
   10926:	8181ab03          	lw	s6,-2024(gp) # 14030 <kv_slots>
   1092a:	6785                	lui	a5,0x1
   1092c:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
   10930:	04c1                	add	s1,s1,16
   10932:	943e                	add	s0,s0,a5
   10934:	0164f663          	bgeu	s1,s6,10940 <kv_count+0xc2>
   10938:	01892503          	lw	a0,24(s2)
   1093c:	b749                	j	108be <kv_count+0x40>
   1093e:	5be1                	li	s7,-8
   10940:	50f2                	lw	ra,60(sp)
   10942:	5462                	lw	s0,56(sp)
   10944:	54d2                	lw	s1,52(sp)
   10946:	5942                	lw	s2,48(sp)
   10948:	59b2                	lw	s3,44(sp)
   1094a:	5a22                	lw	s4,40(sp)
   1094c:	5a92                	lw	s5,36(sp)
   1094e:	5b02                	lw	s6,32(sp)
   10950:	4c62                	lw	s8,24(sp)
   10952:	4cd2                	lw	s9,20(sp)
   10954:	4d42                	lw	s10,16(sp)
   10956:	4db2                	lw	s11,12(sp)
   10958:	855e                	mv	a0,s7
   1095a:	4bf2                	lw	s7,28(sp)
   1095c:	6121                	add	sp,sp,64
   1095e:	8082                	ret
   10960:	5be5                	li	s7,-7
   10962:	bff9                	j	10940 <kv_count+0xc2>
   10964:	4b81                	li	s7,0
   10966:	bfe9                	j	10940 <kv_count+0xc2>
   10968:	5bf9                	li	s7,-2
   1096a:	bfd9                	j	10940 <kv_count+0xc2>

0001096c <kv_strerror>:
   1096c:	00850793          	add	a5,a0,8
   10970:	471d                	li	a4,7
   10972:	00f76963          	bltu	a4,a5,10984 <kv_strerror+0x18>
   10976:	674d                	lui	a4,0x13
   10978:	1bc70713          	add	a4,a4,444 # 131bc <CSWTCH.65>
   1097c:	078a                	sll	a5,a5,0x2
   1097e:	97ba                	add	a5,a5,a4
   10980:	4388                	lw	a0,0(a5)
   10982:	8082                	ret
   10984:	00054663          	bltz	a0,10990 <kv_strerror+0x24>
   10988:	654d                	lui	a0,0x13
   1098a:	10c50513          	add	a0,a0,268 # 1310c <__riscv_restore_0+0x58e>
   1098e:	8082                	ret
   10990:	654d                	lui	a0,0x13
   10992:	11850513          	add	a0,a0,280 # 13118 <__riscv_restore_0+0x59a>
   10996:	8082                	ret

00010998 <write>:
   10998:	4889                	li	a7,2
   1099a:	00000073          	ecall
   1099e:	00054363          	bltz	a0,109a4 <write+0xc>
   109a2:	8082                	ret
   109a4:	fff54793          	not	a5,a0
   109a8:	02500693          	li	a3,37
   109ac:	4715                	li	a4,5
   109ae:	00f6e863          	bltu	a3,a5,109be <write+0x26>
   109b2:	674d                	lui	a4,0x13
   109b4:	1dc70713          	add	a4,a4,476 # 131dc <CSWTCH.24>
   109b8:	97ba                	add	a5,a5,a4
   109ba:	00078703          	lb	a4,0(a5)
   109be:	00e22023          	sw	a4,0(tp) # 0 <errno>
   109c2:	557d                	li	a0,-1
   109c4:	8082                	ret

000109c6 <read>:
   109c6:	488d                	li	a7,3
   109c8:	00000073          	ecall
   109cc:	00054363          	bltz	a0,109d2 <read+0xc>
   109d0:	8082                	ret
   109d2:	fff54793          	not	a5,a0
   109d6:	02500693          	li	a3,37
   109da:	4715                	li	a4,5
   109dc:	00f6e863          	bltu	a3,a5,109ec <read+0x26>
   109e0:	674d                	lui	a4,0x13
   109e2:	1dc70713          	add	a4,a4,476 # 131dc <CSWTCH.24>
   109e6:	97ba                	add	a5,a5,a4
   109e8:	00078703          	lb	a4,0(a5)
   109ec:	00e22023          	sw	a4,0(tp) # 0 <errno>
   109f0:	557d                	li	a0,-1
   109f2:	8082                	ret

000109f4 <open>:
   109f4:	1101                	add	sp,sp,-32
   109f6:	00b5d313          	srl	t1,a1,0xb
   109fa:	c432                	sw	a2,8(sp)
   109fc:	c636                	sw	a3,12(sp)
   109fe:	c83a                	sw	a4,16(sp)
   10a00:	ca3e                	sw	a5,20(sp)
   10a02:	cc42                	sw	a6,24(sp)
   10a04:	ce46                	sw	a7,28(sp)
   10a06:	00137313          	and	t1,t1,1
   10a0a:	02031163          	bnez	t1,10a2c <open+0x38>
   10a0e:	0035f793          	and	a5,a1,3
   10a12:	470d                	li	a4,3
   10a14:	00e78c63          	beq	a5,a4,10a2c <open+0x38>
   10a18:	6435f593          	and	a1,a1,1603
   10a1c:	4601                	li	a2,0
   10a1e:	48a9                	li	a7,10
   10a20:	00000073          	ecall
   10a24:	00054963          	bltz	a0,10a36 <open+0x42>
   10a28:	6105                	add	sp,sp,32
   10a2a:	8082                	ret
   10a2c:	4759                	li	a4,22
   10a2e:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10a32:	557d                	li	a0,-1
   10a34:	bfd5                	j	10a28 <open+0x34>
   10a36:	fff54793          	not	a5,a0
   10a3a:	02500693          	li	a3,37
   10a3e:	4715                	li	a4,5
   10a40:	fef6e7e3          	bltu	a3,a5,10a2e <open+0x3a>
   10a44:	674d                	lui	a4,0x13
   10a46:	1dc70713          	add	a4,a4,476 # 131dc <CSWTCH.24>
   10a4a:	97ba                	add	a5,a5,a4
   10a4c:	00078703          	lb	a4,0(a5)
   10a50:	bff9                	j	10a2e <open+0x3a>

00010a52 <close>:
   10a52:	4581                	li	a1,0
   10a54:	4601                	li	a2,0
   10a56:	48ad                	li	a7,11
   10a58:	00000073          	ecall
   10a5c:	00054363          	bltz	a0,10a62 <close+0x10>
   10a60:	8082                	ret
   10a62:	fff54793          	not	a5,a0
   10a66:	02500693          	li	a3,37
   10a6a:	4715                	li	a4,5
   10a6c:	00f6e863          	bltu	a3,a5,10a7c <close+0x2a>
   10a70:	674d                	lui	a4,0x13
   10a72:	1dc70713          	add	a4,a4,476 # 131dc <CSWTCH.24>
   10a76:	97ba                	add	a5,a5,a4
   10a78:	00078703          	lb	a4,0(a5)
   10a7c:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10a80:	557d                	li	a0,-1
   10a82:	8082                	ret

00010a84 <lseek>:
   10a84:	48b1                	li	a7,12
   10a86:	00000073          	ecall
   10a8a:	00054363          	bltz	a0,10a90 <lseek+0xc>
   10a8e:	8082                	ret
   10a90:	fff54793          	not	a5,a0
   10a94:	02500693          	li	a3,37
   10a98:	4715                	li	a4,5
   10a9a:	00f6e863          	bltu	a3,a5,10aaa <lseek+0x26>
   10a9e:	674d                	lui	a4,0x13
   10aa0:	1dc70713          	add	a4,a4,476 # 131dc <CSWTCH.24>
   10aa4:	97ba                	add	a5,a5,a4
   10aa6:	00078703          	lb	a4,0(a5)
   10aaa:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10aae:	557d                	li	a0,-1
   10ab0:	8082                	ret

00010ab2 <_exit>:
   10ab2:	1141                	add	sp,sp,-16
   10ab4:	c422                	sw	s0,8(sp)
   10ab6:	c606                	sw	ra,12(sp)
   10ab8:	842a                	mv	s0,a0
   10aba:	2855                	jal	10b6e <ulib_flush_stdout>
   10abc:	8522                	mv	a0,s0
   10abe:	4581                	li	a1,0
   10ac0:	4601                	li	a2,0
   10ac2:	4885                	li	a7,1
   10ac4:	00000073          	ecall
   10ac8:	a001                	j	10ac8 <_exit+0x16>

00010aca <stdout_flush>:
   10aca:	1141                	add	sp,sp,-16
   10acc:	c04a                	sw	s2,0(sp)
   10ace:	c422                	sw	s0,8(sp)
   10ad0:	81c1a403          	lw	s0,-2020(gp) # 14034 <out_len>
   10ad4:	c606                	sw	ra,12(sp)
   10ad6:	c226                	sw	s1,4(sp)
   10ad8:	cc09                	beqz	s0,10af2 <stdout_flush+0x28>
   10ada:	12018493          	add	s1,gp,288 # 14938 <out_buf>
   10ade:	a019                	j	10ae4 <stdout_flush+0x1a>
   10ae0:	94aa                	add	s1,s1,a0
   10ae2:	c801                	beqz	s0,10af2 <stdout_flush+0x28>
   10ae4:	8622                	mv	a2,s0
   10ae6:	85a6                	mv	a1,s1
   10ae8:	4505                	li	a0,1
   10aea:	357d                	jal	10998 <write>
   10aec:	8c09                	sub	s0,s0,a0
   10aee:	fea049e3          	bgtz	a0,10ae0 <stdout_flush+0x16>
   10af2:	40b2                	lw	ra,12(sp)
   10af4:	4422                	lw	s0,8(sp)
   10af6:	8001ae23          	sw	zero,-2020(gp) # 14034 <out_len>
   10afa:	4492                	lw	s1,4(sp)
   10afc:	4902                	lw	s2,0(sp)
   10afe:	4501                	li	a0,0
   10b00:	0141                	add	sp,sp,16
   10b02:	8082                	ret

00010b04 <stdout_put>:
   10b04:	1101                	add	sp,sp,-32
   10b06:	c64e                	sw	s3,12(sp)
   10b08:	81c1a783          	lw	a5,-2020(gp) # 14034 <out_len>
   10b0c:	ca26                	sw	s1,20(sp)
   10b0e:	12018493          	add	s1,gp,288 # 14938 <out_buf>
   10b12:	cc22                	sw	s0,24(sp)
   10b14:	c84a                	sw	s2,16(sp)
   10b16:	00178413          	add	s0,a5,1
   10b1a:	ce06                	sw	ra,28(sp)
   10b1c:	97a6                	add	a5,a5,s1
   10b1e:	00a78023          	sb	a0,0(a5)
   10b22:	8081ae23          	sw	s0,-2020(gp) # 14034 <out_len>
   10b26:	47a9                	li	a5,10
   10b28:	892a                	mv	s2,a0
   10b2a:	00f50e63          	beq	a0,a5,10b46 <stdout_put+0x42>
   10b2e:	20000793          	li	a5,512
   10b32:	00f40b63          	beq	s0,a5,10b48 <stdout_put+0x44>
   10b36:	40f2                	lw	ra,28(sp)
   10b38:	4462                	lw	s0,24(sp)
   10b3a:	44d2                	lw	s1,20(sp)
   10b3c:	49b2                	lw	s3,12(sp)
   10b3e:	854a                	mv	a0,s2
   10b40:	4942                	lw	s2,16(sp)
   10b42:	6105                	add	sp,sp,32
   10b44:	8082                	ret
   10b46:	c811                	beqz	s0,10b5a <stdout_put+0x56>
   10b48:	8622                	mv	a2,s0
   10b4a:	85a6                	mv	a1,s1
   10b4c:	4505                	li	a0,1
   10b4e:	35a9                	jal	10998 <write>
   10b50:	8c09                	sub	s0,s0,a0
   10b52:	00a05463          	blez	a0,10b5a <stdout_put+0x56>
   10b56:	94aa                	add	s1,s1,a0
   10b58:	f865                	bnez	s0,10b48 <stdout_put+0x44>
   10b5a:	40f2                	lw	ra,28(sp)
   10b5c:	4462                	lw	s0,24(sp)
   10b5e:	8001ae23          	sw	zero,-2020(gp) # 14034 <out_len>
   10b62:	44d2                	lw	s1,20(sp)
   10b64:	49b2                	lw	s3,12(sp)
   10b66:	854a                	mv	a0,s2
   10b68:	4942                	lw	s2,16(sp)
   10b6a:	6105                	add	sp,sp,32
   10b6c:	8082                	ret

00010b6e <ulib_flush_stdout>:
   10b6e:	1141                	add	sp,sp,-16
   10b70:	c04a                	sw	s2,0(sp)
   10b72:	c422                	sw	s0,8(sp)
   10b74:	81c1a403          	lw	s0,-2020(gp) # 14034 <out_len>
   10b78:	c606                	sw	ra,12(sp)
   10b7a:	c226                	sw	s1,4(sp)
   10b7c:	cc09                	beqz	s0,10b96 <ulib_flush_stdout+0x28>
   10b7e:	12018493          	add	s1,gp,288 # 14938 <out_buf>
   10b82:	a019                	j	10b88 <ulib_flush_stdout+0x1a>
   10b84:	94aa                	add	s1,s1,a0
   10b86:	c801                	beqz	s0,10b96 <ulib_flush_stdout+0x28>
   10b88:	8622                	mv	a2,s0
   10b8a:	85a6                	mv	a1,s1
   10b8c:	4505                	li	a0,1
   10b8e:	3529                	jal	10998 <write>
   10b90:	8c09                	sub	s0,s0,a0
   10b92:	fea049e3          	bgtz	a0,10b84 <ulib_flush_stdout+0x16>
   10b96:	40b2                	lw	ra,12(sp)
   10b98:	4422                	lw	s0,8(sp)
   10b9a:	8001ae23          	sw	zero,-2020(gp) # 14034 <out_len>
   10b9e:	4492                	lw	s1,4(sp)
   10ba0:	4902                	lw	s2,0(sp)
   10ba2:	0141                	add	sp,sp,16
   10ba4:	8082                	ret

00010ba6 <memcpy>:
   10ba6:	832a                	mv	t1,a0
   10ba8:	ca09                	beqz	a2,10bba <memcpy+0x14>
   10baa:	00058383          	lb	t2,0(a1)
   10bae:	00730023          	sb	t2,0(t1)
   10bb2:	167d                	add	a2,a2,-1
   10bb4:	0305                	add	t1,t1,1
   10bb6:	0585                	add	a1,a1,1
   10bb8:	fa6d                	bnez	a2,10baa <memcpy+0x4>
   10bba:	8082                	ret

00010bbc <memset>:
   10bbc:	832a                	mv	t1,a0
   10bbe:	c611                	beqz	a2,10bca <memset+0xe>
   10bc0:	00b30023          	sb	a1,0(t1)
   10bc4:	167d                	add	a2,a2,-1
   10bc6:	0305                	add	t1,t1,1
   10bc8:	fe65                	bnez	a2,10bc0 <memset+0x4>
   10bca:	8082                	ret

00010bcc <strcmp>:
   10bcc:	00054603          	lbu	a2,0(a0)
   10bd0:	0005c683          	lbu	a3,0(a1)
   10bd4:	0505                	add	a0,a0,1
   10bd6:	0585                	add	a1,a1,1
   10bd8:	00d61363          	bne	a2,a3,10bde <strcmp+0x12>
   10bdc:	fa65                	bnez	a2,10bcc <strcmp>
   10bde:	40d60533          	sub	a0,a2,a3
   10be2:	8082                	ret

00010be4 <__libc_init_array>:
   10be4:	777012ef          	jal	t0,12b5a <__riscv_save_0>
   10be8:	64cd                	lui	s1,0x13
   10bea:	644d                	lui	s0,0x13
   10bec:	6f048793          	add	a5,s1,1776 # 136f0 <__fini_array_end>
   10bf0:	6f040413          	add	s0,s0,1776 # 136f0 <__fini_array_end>
   10bf4:	8c1d                	sub	s0,s0,a5
   10bf6:	8409                	sra	s0,s0,0x2
   10bf8:	6f048493          	add	s1,s1,1776
   10bfc:	4901                	li	s2,0
   10bfe:	02891863          	bne	s2,s0,10c2e <__libc_init_array+0x4a>
   10c02:	00000793          	li	a5,0
   10c06:	c789                	beqz	a5,10c10 <__libc_init_array+0x2c>
   10c08:	00000097          	auipc	ra,0x0
   10c0c:	000000e7          	jalr	zero # 0 <errno>
   10c10:	64cd                	lui	s1,0x13
   10c12:	644d                	lui	s0,0x13
   10c14:	6f048793          	add	a5,s1,1776 # 136f0 <__fini_array_end>
   10c18:	6f040413          	add	s0,s0,1776 # 136f0 <__fini_array_end>
   10c1c:	8c1d                	sub	s0,s0,a5
   10c1e:	8409                	sra	s0,s0,0x2
   10c20:	6f048493          	add	s1,s1,1776
   10c24:	4901                	li	s2,0
   10c26:	00891963          	bne	s2,s0,10c38 <__libc_init_array+0x54>
   10c2a:	7550106f          	j	12b7e <__riscv_restore_0>
   10c2e:	409c                	lw	a5,0(s1)
   10c30:	0905                	add	s2,s2,1
   10c32:	0491                	add	s1,s1,4
   10c34:	9782                	jalr	a5
   10c36:	b7e1                	j	10bfe <__libc_init_array+0x1a>
   10c38:	409c                	lw	a5,0(s1)
   10c3a:	0905                	add	s2,s2,1
   10c3c:	0491                	add	s1,s1,4
   10c3e:	9782                	jalr	a5
   10c40:	b7dd                	j	10c26 <__libc_init_array+0x42>

00010c42 <exit>:
   10c42:	719012ef          	jal	t0,12b5a <__riscv_save_0>
   10c46:	00000793          	li	a5,0
   10c4a:	842a                	mv	s0,a0
   10c4c:	c791                	beqz	a5,10c58 <exit+0x16>
   10c4e:	4581                	li	a1,0
   10c50:	00000097          	auipc	ra,0x0
   10c54:	000000e7          	jalr	zero # 0 <errno>
   10c58:	782010ef          	jal	123da <__libc_fini_array>
   10c5c:	8522                	mv	a0,s0
   10c5e:	3d91                	jal	10ab2 <_exit>

00010c60 <printf>:
   10c60:	7139                	add	sp,sp,-64
   10c62:	da3e                	sw	a5,52(sp)
   10c64:	67cd                	lui	a5,0x13
   10c66:	d22e                	sw	a1,36(sp)
   10c68:	85aa                	mv	a1,a0
   10c6a:	6e47a503          	lw	a0,1764(a5) # 136e4 <stdout>
   10c6e:	d432                	sw	a2,40(sp)
   10c70:	1050                	add	a2,sp,36
   10c72:	ce06                	sw	ra,28(sp)
   10c74:	d636                	sw	a3,44(sp)
   10c76:	d83a                	sw	a4,48(sp)
   10c78:	dc42                	sw	a6,56(sp)
   10c7a:	de46                	sw	a7,60(sp)
   10c7c:	c632                	sw	a2,12(sp)
   10c7e:	2411                	jal	10e82 <__d_vfprintf>
   10c80:	40f2                	lw	ra,28(sp)
   10c82:	6121                	add	sp,sp,64
   10c84:	8082                	ret

00010c86 <__ultoa_invert>:
   10c86:	6ad012ef          	jal	t0,12b32 <__riscv_save_10>
   10c8a:	2006f793          	and	a5,a3,512
   10c8e:	89aa                	mv	s3,a0
   10c90:	8a2e                	mv	s4,a1
   10c92:	8932                	mv	s2,a2
   10c94:	84b6                	mv	s1,a3
   10c96:	02700b13          	li	s6,39
   10c9a:	c781                	beqz	a5,10ca2 <__ultoa_invert+0x1c>
   10c9c:	dff6f493          	and	s1,a3,-513
   10ca0:	4b1d                	li	s6,7
   10ca2:	41f4da93          	sra	s5,s1,0x1f
   10ca6:	4ca5                	li	s9,9
   10ca8:	8626                	mv	a2,s1
   10caa:	86d6                	mv	a3,s5
   10cac:	854e                	mv	a0,s3
   10cae:	85d2                	mv	a1,s4
   10cb0:	353010ef          	jal	12802 <__umoddi3>
   10cb4:	85d2                	mv	a1,s4
   10cb6:	0ff57413          	zext.b	s0,a0
   10cba:	8626                	mv	a2,s1
   10cbc:	854e                	mv	a0,s3
   10cbe:	86d6                	mv	a3,s5
   10cc0:	7e4010ef          	jal	124a4 <__udivdi3>
   10cc4:	8c4e                	mv	s8,s3
   10cc6:	8bd2                	mv	s7,s4
   10cc8:	89aa                	mv	s3,a0
   10cca:	8a2e                	mv	s4,a1
   10ccc:	008cf563          	bgeu	s9,s0,10cd6 <__ultoa_invert+0x50>
   10cd0:	945a                	add	s0,s0,s6
   10cd2:	0ff47413          	zext.b	s0,s0
   10cd6:	0905                	add	s2,s2,1
   10cd8:	03040413          	add	s0,s0,48
   10cdc:	fe890fa3          	sb	s0,-1(s2)
   10ce0:	015be663          	bltu	s7,s5,10cec <__ultoa_invert+0x66>
   10ce4:	fd7a92e3          	bne	s5,s7,10ca8 <__ultoa_invert+0x22>
   10ce8:	fc9c70e3          	bgeu	s8,s1,10ca8 <__ultoa_invert+0x22>
   10cec:	854a                	mv	a0,s2
   10cee:	67d0106f          	j	12b6a <__riscv_restore_10>

00010cf2 <skip_to_arg>:
   10cf2:	641012ef          	jal	t0,12b32 <__riscv_save_10>
   10cf6:	4305                	li	t1,1
   10cf8:	02500f13          	li	t5,37
   10cfc:	88aa                	mv	a7,a0
   10cfe:	00c34463          	blt	t1,a2,10d06 <skip_to_arg+0x14>
   10d02:	6690106f          	j	12b6a <__riscv_restore_10>
   10d06:	87c6                	mv	a5,a7
   10d08:	88be                	mv	a7,a5
   10d0a:	0007c703          	lbu	a4,0(a5)
   10d0e:	0785                	add	a5,a5,1
   10d10:	db6d                	beqz	a4,10d02 <skip_to_arg+0x10>
   10d12:	ffe71be3          	bne	a4,t5,10d08 <skip_to_arg+0x16>
   10d16:	0007c703          	lbu	a4,0(a5)
   10d1a:	0889                	add	a7,a7,2
   10d1c:	ffe705e3          	beq	a4,t5,10d06 <skip_to_arg+0x14>
   10d20:	6ecd                	lui	t4,0x13
   10d22:	4681                	li	a3,0
   10d24:	4e01                	li	t3,0
   10d26:	4781                	li	a5,0
   10d28:	42fd                	li	t0,31
   10d2a:	06c00f93          	li	t6,108
   10d2e:	07400393          	li	t2,116
   10d32:	07a00413          	li	s0,122
   10d36:	06800493          	li	s1,104
   10d3a:	06a00913          	li	s2,106
   10d3e:	04c00993          	li	s3,76
   10d42:	4a25                	li	s4,9
   10d44:	02400a93          	li	s5,36
   10d48:	07f00b13          	li	s6,127
   10d4c:	4bc1                	li	s7,16
   10d4e:	889e8e93          	add	t4,t4,-1911 # 12889 <__umoddi3+0x87>
   10d52:	04f2e263          	bltu	t0,a5,10d96 <skip_to_arg+0xa4>
   10d56:	fe070813          	add	a6,a4,-32
   10d5a:	0ff87813          	zext.b	a6,a6
   10d5e:	030bf163          	bgeu	s7,a6,10d80 <skip_to_arg+0x8e>
   10d62:	fd070813          	add	a6,a4,-48
   10d66:	0ff87813          	zext.b	a6,a6
   10d6a:	4c25                	li	s8,9
   10d6c:	050c6563          	bltu	s8,a6,10db6 <skip_to_arg+0xc4>
   10d70:	47a9                	li	a5,10
   10d72:	02f687b3          	mul	a5,a3,a5
   10d76:	00f806b3          	add	a3,a6,a5
   10d7a:	02000793          	li	a5,32
   10d7e:	a039                	j	10d8c <skip_to_arg+0x9a>
   10d80:	010ed833          	srl	a6,t4,a6
   10d84:	00187813          	and	a6,a6,1
   10d88:	00080963          	beqz	a6,10d9a <skip_to_arg+0xa8>
   10d8c:	0008c703          	lbu	a4,0(a7)
   10d90:	0885                	add	a7,a7,1
   10d92:	f361                	bnez	a4,10d52 <skip_to_arg+0x60>
   10d94:	a8b1                	j	10df0 <skip_to_arg+0xfe>
   10d96:	04fb6363          	bltu	s6,a5,10ddc <skip_to_arg+0xea>
   10d9a:	fd070813          	add	a6,a4,-48
   10d9e:	0ff87813          	zext.b	a6,a6
   10da2:	fd0a77e3          	bgeu	s4,a6,10d70 <skip_to_arg+0x7e>
   10da6:	03571563          	bne	a4,s5,10dd0 <skip_to_arg+0xde>
   10daa:	0a0e0063          	beqz	t3,10e4a <skip_to_arg+0x158>
   10dae:	0a668063          	beq	a3,t1,10e4e <skip_to_arg+0x15c>
   10db2:	4681                	li	a3,0
   10db4:	bfe1                	j	10d8c <skip_to_arg+0x9a>
   10db6:	0fb77813          	and	a6,a4,251
   10dba:	02a00c13          	li	s8,42
   10dbe:	ff880ae3          	beq	a6,s8,10db2 <skip_to_arg+0xc0>
   10dc2:	06c00813          	li	a6,108
   10dc6:	01071d63          	bne	a4,a6,10de0 <skip_to_arg+0xee>
   10dca:	0807e793          	or	a5,a5,128
   10dce:	bf7d                	j	10d8c <skip_to_arg+0x9a>
   10dd0:	0fb77813          	and	a6,a4,251
   10dd4:	02a00c13          	li	s8,42
   10dd8:	fd880de3          	beq	a6,s8,10db2 <skip_to_arg+0xc0>
   10ddc:	05f70663          	beq	a4,t6,10e28 <skip_to_arg+0x136>
   10de0:	02efef63          	bltu	t6,a4,10e1e <skip_to_arg+0x12c>
   10de4:	04970863          	beq	a4,s1,10e34 <skip_to_arg+0x142>
   10de8:	05270e63          	beq	a4,s2,10e44 <skip_to_arg+0x152>
   10dec:	05370c63          	beq	a4,s3,10e44 <skip_to_arg+0x152>
   10df0:	f00e09e3          	beqz	t3,10d02 <skip_to_arg+0x10>
   10df4:	f06e15e3          	bne	t3,t1,10cfe <skip_to_arg+0xc>
   10df8:	02076893          	or	a7,a4,32
   10dfc:	f9b88813          	add	a6,a7,-101
   10e00:	0ff87813          	zext.b	a6,a6
   10e04:	4e09                	li	t3,2
   10e06:	4194                	lw	a3,0(a1)
   10e08:	010e7663          	bgeu	t3,a6,10e14 <skip_to_arg+0x122>
   10e0c:	06100813          	li	a6,97
   10e10:	05089263          	bne	a7,a6,10e54 <skip_to_arg+0x162>
   10e14:	069d                	add	a3,a3,7
   10e16:	9ae1                	and	a3,a3,-8
   10e18:	00868713          	add	a4,a3,8
   10e1c:	a091                	j	10e60 <skip_to_arg+0x16e>
   10e1e:	f67707e3          	beq	a4,t2,10d8c <skip_to_arg+0x9a>
   10e22:	f68705e3          	beq	a4,s0,10d8c <skip_to_arg+0x9a>
   10e26:	b7e9                	j	10df0 <skip_to_arg+0xfe>
   10e28:	0807f713          	and	a4,a5,128
   10e2c:	df59                	beqz	a4,10dca <skip_to_arg+0xd8>
   10e2e:	2007e793          	or	a5,a5,512
   10e32:	bf61                	j	10dca <skip_to_arg+0xd8>
   10e34:	1007f713          	and	a4,a5,256
   10e38:	c319                	beqz	a4,10e3e <skip_to_arg+0x14c>
   10e3a:	2007e793          	or	a5,a5,512
   10e3e:	1007e793          	or	a5,a5,256
   10e42:	b7a9                	j	10d8c <skip_to_arg+0x9a>
   10e44:	2807e793          	or	a5,a5,640
   10e48:	b791                	j	10d8c <skip_to_arg+0x9a>
   10e4a:	8e36                	mv	t3,a3
   10e4c:	b79d                	j	10db2 <skip_to_arg+0xc0>
   10e4e:	06300713          	li	a4,99
   10e52:	b75d                	j	10df8 <skip_to_arg+0x106>
   10e54:	06300813          	li	a6,99
   10e58:	01071763          	bne	a4,a6,10e66 <skip_to_arg+0x174>
   10e5c:	00468713          	add	a4,a3,4
   10e60:	c198                	sw	a4,0(a1)
   10e62:	0305                	add	t1,t1,1
   10e64:	bd61                	j	10cfc <skip_to_arg+0xa>
   10e66:	07300813          	li	a6,115
   10e6a:	ff0709e3          	beq	a4,a6,10e5c <skip_to_arg+0x16a>
   10e6e:	0807f813          	and	a6,a5,128
   10e72:	00468713          	add	a4,a3,4
   10e76:	fe0805e3          	beqz	a6,10e60 <skip_to_arg+0x16e>
   10e7a:	2007f793          	and	a5,a5,512
   10e7e:	d3ed                	beqz	a5,10e60 <skip_to_arg+0x16e>
   10e80:	bf51                	j	10e14 <skip_to_arg+0x122>

00010e82 <__d_vfprintf>:
   10e82:	4a9012ef          	jal	t0,12b2a <__riscv_save_12>
   10e86:	00454783          	lbu	a5,4(a0)
   10e8a:	7139                	add	sp,sp,-64
   10e8c:	c02a                	sw	a0,0(sp)
   10e8e:	c42e                	sw	a1,8(sp)
   10e90:	c632                	sw	a2,12(sp)
   10e92:	8b89                	and	a5,a5,2
   10e94:	00852a03          	lw	s4,8(a0)
   10e98:	c785                	beqz	a5,10ec0 <__d_vfprintf+0x3e>
   10e9a:	d232                	sw	a2,36(sp)
   10e9c:	87ae                	mv	a5,a1
   10e9e:	4401                	li	s0,0
   10ea0:	0007c903          	lbu	s2,0(a5)
   10ea4:	00090f63          	beqz	s2,10ec2 <__d_vfprintf+0x40>
   10ea8:	02500713          	li	a4,37
   10eac:	00e90f63          	beq	s2,a4,10eca <__d_vfprintf+0x48>
   10eb0:	0785                	add	a5,a5,1
   10eb2:	c23e                	sw	a5,4(sp)
   10eb4:	4582                	lw	a1,0(sp)
   10eb6:	854a                	mv	a0,s2
   10eb8:	0405                	add	s0,s0,1
   10eba:	9a02                	jalr	s4
   10ebc:	26055de3          	bgez	a0,11936 <__d_vfprintf+0xab4>
   10ec0:	547d                	li	s0,-1
   10ec2:	8522                	mv	a0,s0
   10ec4:	6121                	add	sp,sp,64
   10ec6:	4a10106f          	j	12b66 <__riscv_restore_12>
   10eca:	0017c903          	lbu	s2,1(a5)
   10ece:	00278713          	add	a4,a5,2
   10ed2:	c23a                	sw	a4,4(sp)
   10ed4:	02500793          	li	a5,37
   10ed8:	fcf90ee3          	beq	s2,a5,10eb4 <__d_vfprintf+0x32>
   10edc:	64cd                	lui	s1,0x13
   10ede:	4a81                	li	s5,0
   10ee0:	4d01                	li	s10,0
   10ee2:	4b01                	li	s6,0
   10ee4:	4d81                	li	s11,0
   10ee6:	06c00993          	li	s3,108
   10eea:	07400b93          	li	s7,116
   10eee:	07a00c13          	li	s8,122
   10ef2:	06800c93          	li	s9,104
   10ef6:	21448493          	add	s1,s1,532 # 13214 <CSWTCH.24+0x38>
   10efa:	47fd                	li	a5,31
   10efc:	07b7e163          	bltu	a5,s11,10f5e <__d_vfprintf+0xdc>
   10f00:	fe090793          	add	a5,s2,-32
   10f04:	0ff7f793          	zext.b	a5,a5
   10f08:	4741                	li	a4,16
   10f0a:	00f76663          	bltu	a4,a5,10f16 <__d_vfprintf+0x94>
   10f0e:	078a                	sll	a5,a5,0x2
   10f10:	97a6                	add	a5,a5,s1
   10f12:	439c                	lw	a5,0(a5)
   10f14:	8782                	jr	a5
   10f16:	fd090793          	add	a5,s2,-48
   10f1a:	0ff7f793          	zext.b	a5,a5
   10f1e:	4725                	li	a4,9
   10f20:	06f76463          	bltu	a4,a5,10f88 <__d_vfprintf+0x106>
   10f24:	46a9                	li	a3,10
   10f26:	02db06b3          	mul	a3,s6,a3
   10f2a:	00f68b33          	add	s6,a3,a5
   10f2e:	020ded93          	or	s11,s11,32
   10f32:	a019                	j	10f38 <__d_vfprintf+0xb6>
   10f34:	001ded93          	or	s11,s11,1
   10f38:	4792                	lw	a5,4(sp)
   10f3a:	0007c903          	lbu	s2,0(a5)
   10f3e:	0785                	add	a5,a5,1
   10f40:	c23e                	sw	a5,4(sp)
   10f42:	fa091ce3          	bnez	s2,10efa <__d_vfprintf+0x78>
   10f46:	a0dd                	j	1102c <__d_vfprintf+0x1aa>
   10f48:	002ded93          	or	s11,s11,2
   10f4c:	004ded93          	or	s11,s11,4
   10f50:	b7e5                	j	10f38 <__d_vfprintf+0xb6>
   10f52:	008ded93          	or	s11,s11,8
   10f56:	b7cd                	j	10f38 <__d_vfprintf+0xb6>
   10f58:	010ded93          	or	s11,s11,16
   10f5c:	bff1                	j	10f38 <__d_vfprintf+0xb6>
   10f5e:	07f00793          	li	a5,127
   10f62:	0bb7e763          	bltu	a5,s11,11010 <__d_vfprintf+0x18e>
   10f66:	fd090693          	add	a3,s2,-48
   10f6a:	0ff6f693          	zext.b	a3,a3
   10f6e:	47a5                	li	a5,9
   10f70:	00d7ec63          	bltu	a5,a3,10f88 <__d_vfprintf+0x106>
   10f74:	040df613          	and	a2,s11,64
   10f78:	87b6                	mv	a5,a3
   10f7a:	d64d                	beqz	a2,10f24 <__d_vfprintf+0xa2>
   10f7c:	47a9                	li	a5,10
   10f7e:	02fd07b3          	mul	a5,s10,a5
   10f82:	00d78d33          	add	s10,a5,a3
   10f86:	bf4d                	j	10f38 <__d_vfprintf+0xb6>
   10f88:	02a00793          	li	a5,42
   10f8c:	02f91663          	bne	s2,a5,10fb8 <__d_vfprintf+0x136>
   10f90:	fa0a94e3          	bnez	s5,10f38 <__d_vfprintf+0xb6>
   10f94:	5692                	lw	a3,36(sp)
   10f96:	040df793          	and	a5,s11,64
   10f9a:	00468613          	add	a2,a3,4
   10f9e:	4294                	lw	a3,0(a3)
   10fa0:	d232                	sw	a2,36(sp)
   10fa2:	c399                	beqz	a5,10fa8 <__d_vfprintf+0x126>
   10fa4:	8d36                	mv	s10,a3
   10fa6:	bf49                	j	10f38 <__d_vfprintf+0xb6>
   10fa8:	8b36                	mv	s6,a3
   10faa:	f806d2e3          	bgez	a3,10f2e <__d_vfprintf+0xac>
   10fae:	40d00b33          	neg	s6,a3
   10fb2:	028ded93          	or	s11,s11,40
   10fb6:	b749                	j	10f38 <__d_vfprintf+0xb6>
   10fb8:	02e00793          	li	a5,46
   10fbc:	00f91963          	bne	s2,a5,10fce <__d_vfprintf+0x14c>
   10fc0:	040df793          	and	a5,s11,64
   10fc4:	ee079fe3          	bnez	a5,10ec2 <__d_vfprintf+0x40>
   10fc8:	040ded93          	or	s11,s11,64
   10fcc:	b7b5                	j	10f38 <__d_vfprintf+0xb6>
   10fce:	02400793          	li	a5,36
   10fd2:	02f91f63          	bne	s2,a5,11010 <__d_vfprintf+0x18e>
   10fd6:	120a8a63          	beqz	s5,1110a <__d_vfprintf+0x288>
   10fda:	47b2                	lw	a5,12(sp)
   10fdc:	d23e                	sw	a5,36(sp)
   10fde:	040df793          	and	a5,s11,64
   10fe2:	ef81                	bnez	a5,10ffa <__d_vfprintf+0x178>
   10fe4:	4522                	lw	a0,8(sp)
   10fe6:	865a                	mv	a2,s6
   10fe8:	104c                	add	a1,sp,36
   10fea:	3321                	jal	10cf2 <skip_to_arg>
   10fec:	5792                	lw	a5,36(sp)
   10fee:	00478693          	add	a3,a5,4
   10ff2:	0007ab03          	lw	s6,0(a5)
   10ff6:	d236                	sw	a3,36(sp)
   10ff8:	b781                	j	10f38 <__d_vfprintf+0xb6>
   10ffa:	4522                	lw	a0,8(sp)
   10ffc:	866a                	mv	a2,s10
   10ffe:	104c                	add	a1,sp,36
   11000:	39cd                	jal	10cf2 <skip_to_arg>
   11002:	5792                	lw	a5,36(sp)
   11004:	00478693          	add	a3,a5,4
   11008:	0007ad03          	lw	s10,0(a5)
   1100c:	d236                	sw	a3,36(sp)
   1100e:	b72d                	j	10f38 <__d_vfprintf+0xb6>
   11010:	0d390a63          	beq	s2,s3,110e4 <__d_vfprintf+0x262>
   11014:	0d29e363          	bltu	s3,s2,110da <__d_vfprintf+0x258>
   11018:	0d990e63          	beq	s2,s9,110f4 <__d_vfprintf+0x272>
   1101c:	06a00793          	li	a5,106
   11020:	0ef90263          	beq	s2,a5,11104 <__d_vfprintf+0x282>
   11024:	04c00793          	li	a5,76
   11028:	0cf90e63          	beq	s2,a5,11104 <__d_vfprintf+0x282>
   1102c:	000a8863          	beqz	s5,1103c <__d_vfprintf+0x1ba>
   11030:	47b2                	lw	a5,12(sp)
   11032:	4522                	lw	a0,8(sp)
   11034:	8656                	mv	a2,s5
   11036:	104c                	add	a1,sp,36
   11038:	d23e                	sw	a5,36(sp)
   1103a:	3965                	jal	10cf2 <skip_to_arg>
   1103c:	000d5963          	bgez	s10,1104e <__d_vfprintf+0x1cc>
   11040:	fbfdf813          	and	a6,s11,-65
   11044:	01081d93          	sll	s11,a6,0x10
   11048:	010ddd93          	srl	s11,s11,0x10
   1104c:	4d01                	li	s10,0
   1104e:	02096c93          	or	s9,s2,32
   11052:	f9bc8793          	add	a5,s9,-101
   11056:	0ff7f793          	zext.b	a5,a5
   1105a:	4709                	li	a4,2
   1105c:	0af77d63          	bgeu	a4,a5,11116 <__d_vfprintf+0x294>
   11060:	06100793          	li	a5,97
   11064:	68fc9f63          	bne	s9,a5,11702 <__d_vfprintf+0x880>
   11068:	5792                	lw	a5,36(sp)
   1106a:	6a89                	lui	s5,0x2
   1106c:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   11070:	079d                	add	a5,a5,7
   11072:	9be1                	and	a5,a5,-8
   11074:	0047ab83          	lw	s7,4(a5)
   11078:	0007a883          	lw	a7,0(a5)
   1107c:	00878713          	add	a4,a5,8
   11080:	414bd993          	sra	s3,s7,0x14
   11084:	00cb9c13          	sll	s8,s7,0xc
   11088:	7ff9f993          	and	s3,s3,2047
   1108c:	00cc5c93          	srl	s9,s8,0xc
   11090:	015deab3          	or	s5,s11,s5
   11094:	0119e533          	or	a0,s3,a7
   11098:	fff94913          	not	s2,s2
   1109c:	0ac2                	sll	s5,s5,0x10
   1109e:	d23a                	sw	a4,36(sp)
   110a0:	019567b3          	or	a5,a0,s9
   110a4:	02097913          	and	s2,s2,32
   110a8:	010ada93          	srl	s5,s5,0x10
   110ac:	86c6                	mv	a3,a7
   110ae:	8c66                	mv	s8,s9
   110b0:	040df813          	and	a6,s11,64
   110b4:	01fbdb93          	srl	s7,s7,0x1f
   110b8:	ebdd                	bnez	a5,1116e <__d_vfprintf+0x2ec>
   110ba:	03000793          	li	a5,48
   110be:	0ffbfb93          	zext.b	s7,s7
   110c2:	02f106a3          	sb	a5,45(sp)
   110c6:	03710623          	sb	s7,44(sp)
   110ca:	24080d63          	beqz	a6,11324 <__d_vfprintf+0x4a2>
   110ce:	47b1                	li	a5,12
   110d0:	4981                	li	s3,0
   110d2:	0da7d263          	bge	a5,s10,11196 <__d_vfprintf+0x314>
   110d6:	4d35                	li	s10,13
   110d8:	aa85                	j	11248 <__d_vfprintf+0x3c6>
   110da:	e5790fe3          	beq	s2,s7,10f38 <__d_vfprintf+0xb6>
   110de:	e5890de3          	beq	s2,s8,10f38 <__d_vfprintf+0xb6>
   110e2:	b7a9                	j	1102c <__d_vfprintf+0x1aa>
   110e4:	080df793          	and	a5,s11,128
   110e8:	c399                	beqz	a5,110ee <__d_vfprintf+0x26c>
   110ea:	200ded93          	or	s11,s11,512
   110ee:	080ded93          	or	s11,s11,128
   110f2:	b599                	j	10f38 <__d_vfprintf+0xb6>
   110f4:	100df793          	and	a5,s11,256
   110f8:	c399                	beqz	a5,110fe <__d_vfprintf+0x27c>
   110fa:	200ded93          	or	s11,s11,512
   110fe:	100ded93          	or	s11,s11,256
   11102:	bd1d                	j	10f38 <__d_vfprintf+0xb6>
   11104:	280ded93          	or	s11,s11,640
   11108:	bd05                	j	10f38 <__d_vfprintf+0xb6>
   1110a:	875a                	mv	a4,s6
   1110c:	4d01                	li	s10,0
   1110e:	4b01                	li	s6,0
   11110:	8aba                	mv	s5,a4
   11112:	4d81                	li	s11,0
   11114:	b515                	j	10f38 <__d_vfprintf+0xb6>
   11116:	5792                	lw	a5,36(sp)
   11118:	fff94913          	not	s2,s2
   1111c:	02097913          	and	s2,s2,32
   11120:	079d                	add	a5,a5,7
   11122:	9be1                	and	a5,a5,-8
   11124:	00878713          	add	a4,a5,8
   11128:	4388                	lw	a0,0(a5)
   1112a:	43cc                	lw	a1,4(a5)
   1112c:	d23a                	sw	a4,36(sp)
   1112e:	040df793          	and	a5,s11,64
   11132:	20078d63          	beqz	a5,1134c <__d_vfprintf+0x4ca>
   11136:	06500793          	li	a5,101
   1113a:	20fc9b63          	bne	s9,a5,11350 <__d_vfprintf+0x4ce>
   1113e:	6785                	lui	a5,0x1
   11140:	001d0613          	add	a2,s10,1
   11144:	00fdedb3          	or	s11,s11,a5
   11148:	0ff67613          	zext.b	a2,a2
   1114c:	4701                	li	a4,0
   1114e:	4781                	li	a5,0
   11150:	4345                	li	t1,17
   11152:	0ff67693          	zext.b	a3,a2
   11156:	00c37363          	bgeu	t1,a2,1115c <__d_vfprintf+0x2da>
   1115a:	46c5                	li	a3,17
   1115c:	1030                	add	a2,sp,40
   1115e:	30d000ef          	jal	11c6a <__dtoa_engine>
   11162:	0ff57b93          	zext.b	s7,a0
   11166:	59a2                	lw	s3,40(sp)
   11168:	8aee                	mv	s5,s11
   1116a:	4c09                	li	s8,2
   1116c:	aa01                	j	1127c <__d_vfprintf+0x3fa>
   1116e:	03100793          	li	a5,49
   11172:	00099563          	bnez	s3,1117c <__d_vfprintf+0x2fa>
   11176:	03000793          	li	a5,48
   1117a:	4985                	li	s3,1
   1117c:	0ffbfb93          	zext.b	s7,s7
   11180:	02f106a3          	sb	a5,45(sp)
   11184:	03710623          	sb	s7,44(sp)
   11188:	c0198993          	add	s3,s3,-1023
   1118c:	18080363          	beqz	a6,11312 <__d_vfprintf+0x490>
   11190:	47b1                	li	a5,12
   11192:	19a7c263          	blt	a5,s10,11316 <__d_vfprintf+0x494>
   11196:	4335                	li	t1,13
   11198:	41a30333          	sub	t1,t1,s10
   1119c:	00231d93          	sll	s11,t1,0x2
   111a0:	fffd8613          	add	a2,s11,-1
   111a4:	4505                	li	a0,1
   111a6:	4581                	li	a1,0
   111a8:	ca46                	sw	a7,20(sp)
   111aa:	c836                	sw	a3,16(sp)
   111ac:	2a6010ef          	jal	12452 <__ashldi3>
   111b0:	84aa                	mv	s1,a0
   111b2:	872e                	mv	a4,a1
   111b4:	00171793          	sll	a5,a4,0x1
   111b8:	85aa                	mv	a1,a0
   111ba:	01f4d513          	srl	a0,s1,0x1f
   111be:	00149e13          	sll	t3,s1,0x1
   111c2:	8fc9                	or	a5,a5,a0
   111c4:	40f00c33          	neg	s8,a5
   111c8:	01c03533          	snez	a0,t3
   111cc:	48d2                	lw	a7,20(sp)
   111ce:	41c00833          	neg	a6,t3
   111d2:	40ac0c33          	sub	s8,s8,a0
   111d6:	fffe0513          	add	a0,t3,-1
   111da:	001e3e13          	seqz	t3,t3
   111de:	41c787b3          	sub	a5,a5,t3
   111e2:	0197f7b3          	and	a5,a5,s9
   111e6:	01157533          	and	a0,a0,a7
   111ea:	02f74663          	blt	a4,a5,11216 <__d_vfprintf+0x394>
   111ee:	46c2                	lw	a3,16(sp)
   111f0:	00e79463          	bne	a5,a4,111f8 <__d_vfprintf+0x376>
   111f4:	02a5e163          	bltu	a1,a0,11216 <__d_vfprintf+0x394>
   111f8:	8546                	mv	a0,a7
   111fa:	866e                	mv	a2,s11
   111fc:	85e6                	mv	a1,s9
   111fe:	ce3a                	sw	a4,28(sp)
   11200:	cc42                	sw	a6,24(sp)
   11202:	ca36                	sw	a3,20(sp)
   11204:	c846                	sw	a7,16(sp)
   11206:	274010ef          	jal	1247a <__ashrdi3>
   1120a:	8905                	and	a0,a0,1
   1120c:	48c2                	lw	a7,16(sp)
   1120e:	46d2                	lw	a3,20(sp)
   11210:	4862                	lw	a6,24(sp)
   11212:	4772                	lw	a4,28(sp)
   11214:	c94d                	beqz	a0,112c6 <__d_vfprintf+0x444>
   11216:	00988533          	add	a0,a7,s1
   1121a:	01153db3          	sltu	s11,a0,a7
   1121e:	9766                	add	a4,a4,s9
   11220:	00ed8cb3          	add	s9,s11,a4
   11224:	001007b7          	lui	a5,0x100
   11228:	86aa                	mv	a3,a0
   1122a:	08fcce63          	blt	s9,a5,112c6 <__d_vfprintf+0x444>
   1122e:	02d14783          	lbu	a5,45(sp)
   11232:	0785                	add	a5,a5,1 # 100001 <_end+0xeb4c9>
   11234:	02f106a3          	sb	a5,45(sp)
   11238:	40000793          	li	a5,1024
   1123c:	0af98163          	beq	s3,a5,112de <__d_vfprintf+0x45c>
   11240:	00a87533          	and	a0,a6,a0
   11244:	019c7c33          	and	s8,s8,s9
   11248:	05700613          	li	a2,87
   1124c:	1034                	add	a3,sp,40
   1124e:	4735                	li	a4,13
   11250:	45a5                	li	a1,9
   11252:	41260633          	sub	a2,a2,s2
   11256:	01cc1813          	sll	a6,s8,0x1c
   1125a:	00f57793          	and	a5,a0,15
   1125e:	8111                	srl	a0,a0,0x4
   11260:	00a86533          	or	a0,a6,a0
   11264:	404c5c13          	sra	s8,s8,0x4
   11268:	e7e1                	bnez	a5,11330 <__d_vfprintf+0x4ae>
   1126a:	0ced5563          	bge	s10,a4,11334 <__d_vfprintf+0x4b2>
   1126e:	177d                	add	a4,a4,-1
   11270:	16fd                	add	a3,a3,-1
   11272:	f375                	bnez	a4,11256 <__d_vfprintf+0x3d4>
   11274:	4c05                	li	s8,1
   11276:	4bb9                	li	s7,14
   11278:	07000c93          	li	s9,112
   1127c:	00998713          	add	a4,s3,9
   11280:	46c9                	li	a3,18
   11282:	87ce                	mv	a5,s3
   11284:	06e6e863          	bltu	a3,a4,112f4 <__d_vfprintf+0x472>
   11288:	02c14703          	lbu	a4,44(sp)
   1128c:	00177d93          	and	s11,a4,1
   11290:	8b31                	and	a4,a4,12
   11292:	120d9963          	bnez	s11,113c4 <__d_vfprintf+0x542>
   11296:	002af793          	and	a5,s5,2
   1129a:	12079163          	bnez	a5,113bc <__d_vfprintf+0x53a>
   1129e:	004af793          	and	a5,s5,4
   112a2:	cfe9                	beqz	a5,1137c <__d_vfprintf+0x4fa>
   112a4:	12071463          	bnez	a4,113cc <__d_vfprintf+0x54a>
   112a8:	02000713          	li	a4,32
   112ac:	678d                	lui	a5,0x3
   112ae:	00faf7b3          	and	a5,s5,a5
   112b2:	1c079163          	bnez	a5,11474 <__d_vfprintf+0x5f2>
   112b6:	000d1363          	bnez	s10,112bc <__d_vfprintf+0x43a>
   112ba:	4d05                	li	s10,1
   112bc:	103c                	add	a5,sp,40
   112be:	97de                	add	a5,a5,s7
   112c0:	03000693          	li	a3,48
   112c4:	aa8d                	j	11436 <__d_vfprintf+0x5b4>
   112c6:	0106f6b3          	and	a3,a3,a6
   112ca:	018cfcb3          	and	s9,s9,s8
   112ce:	40000793          	li	a5,1024
   112d2:	04f99c63          	bne	s3,a5,1132a <__d_vfprintf+0x4a8>
   112d6:	0196ecb3          	or	s9,a3,s9
   112da:	040c8063          	beqz	s9,1131a <__d_vfprintf+0x498>
   112de:	008beb93          	or	s7,s7,8
   112e2:	03710623          	sb	s7,44(sp)
   112e6:	40000993          	li	s3,1024
   112ea:	4bb9                	li	s7,14
   112ec:	07000c93          	li	s9,112
   112f0:	40000793          	li	a5,1024
   112f4:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   112f8:	0c600693          	li	a3,198
   112fc:	4c09                	li	s8,2
   112fe:	f8e6f5e3          	bgeu	a3,a4,11288 <__d_vfprintf+0x406>
   11302:	3e778793          	add	a5,a5,999
   11306:	7ce00c13          	li	s8,1998
   1130a:	00fc3c33          	sltu	s8,s8,a5
   1130e:	0c0d                	add	s8,s8,3
   11310:	bfa5                	j	11288 <__d_vfprintf+0x406>
   11312:	4d01                	li	s10,0
   11314:	bf6d                	j	112ce <__d_vfprintf+0x44c>
   11316:	4d35                	li	s10,13
   11318:	bf5d                	j	112ce <__d_vfprintf+0x44c>
   1131a:	004beb93          	or	s7,s7,4
   1131e:	03710623          	sb	s7,44(sp)
   11322:	b7e1                	j	112ea <__d_vfprintf+0x468>
   11324:	4981                	li	s3,0
   11326:	4d01                	li	s10,0
   11328:	b705                	j	11248 <__d_vfprintf+0x3c6>
   1132a:	8536                	mv	a0,a3
   1132c:	8c66                	mv	s8,s9
   1132e:	bf29                	j	11248 <__d_vfprintf+0x3c6>
   11330:	00f5ea63          	bltu	a1,a5,11344 <__d_vfprintf+0x4c2>
   11334:	03078793          	add	a5,a5,48
   11338:	00f68923          	sb	a5,18(a3)
   1133c:	f2ed59e3          	bge	s10,a4,1126e <__d_vfprintf+0x3ec>
   11340:	8d3a                	mv	s10,a4
   11342:	b735                	j	1126e <__d_vfprintf+0x3ec>
   11344:	97b2                	add	a5,a5,a2
   11346:	0ff7f793          	zext.b	a5,a5
   1134a:	b7fd                	j	11338 <__d_vfprintf+0x4b6>
   1134c:	4d19                	li	s10,6
   1134e:	b3e5                	j	11136 <__d_vfprintf+0x2b4>
   11350:	06600793          	li	a5,102
   11354:	00fc9963          	bne	s9,a5,11366 <__d_vfprintf+0x4e4>
   11358:	6789                	lui	a5,0x2
   1135a:	00fdedb3          	or	s11,s11,a5
   1135e:	4705                	li	a4,1
   11360:	87ea                	mv	a5,s10
   11362:	4645                	li	a2,17
   11364:	b3f5                	j	11150 <__d_vfprintf+0x2ce>
   11366:	0ffd7793          	zext.b	a5,s10
   1136a:	0ffd7613          	zext.b	a2,s10
   1136e:	e391                	bnez	a5,11372 <__d_vfprintf+0x4f0>
   11370:	4605                	li	a2,1
   11372:	4701                	li	a4,0
   11374:	4781                	li	a5,0
   11376:	06500c93          	li	s9,101
   1137a:	bbd9                	j	11150 <__d_vfprintf+0x2ce>
   1137c:	db05                	beqz	a4,112ac <__d_vfprintf+0x42a>
   1137e:	478d                	li	a5,3
   11380:	0967d063          	bge	a5,s6,11400 <__d_vfprintf+0x57e>
   11384:	008afa93          	and	s5,s5,8
   11388:	ffdb0493          	add	s1,s6,-3
   1138c:	000a9f63          	bnez	s5,113aa <__d_vfprintf+0x528>
   11390:	94a2                	add	s1,s1,s0
   11392:	4582                	lw	a1,0(sp)
   11394:	02000513          	li	a0,32
   11398:	0405                	add	s0,s0,1
   1139a:	9a02                	jalr	s4
   1139c:	b20542e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   113a0:	fe8499e3          	bne	s1,s0,11392 <__d_vfprintf+0x510>
   113a4:	4481                	li	s1,0
   113a6:	020d9e63          	bnez	s11,113e2 <__d_vfprintf+0x560>
   113aa:	02c14783          	lbu	a5,44(sp)
   113ae:	8ba1                	and	a5,a5,8
   113b0:	efa5                	bnez	a5,11428 <__d_vfprintf+0x5a6>
   113b2:	69cd                	lui	s3,0x13
   113b4:	20498993          	add	s3,s3,516 # 13204 <CSWTCH.24+0x28>
   113b8:	8c22                	mv	s8,s0
   113ba:	a8b1                	j	11416 <__d_vfprintf+0x594>
   113bc:	eb15                	bnez	a4,113f0 <__d_vfprintf+0x56e>
   113be:	02b00713          	li	a4,43
   113c2:	b5ed                	j	112ac <__d_vfprintf+0x42a>
   113c4:	eb0d                	bnez	a4,113f6 <__d_vfprintf+0x574>
   113c6:	02d00713          	li	a4,45
   113ca:	b5cd                	j	112ac <__d_vfprintf+0x42a>
   113cc:	02000d93          	li	s11,32
   113d0:	4791                	li	a5,4
   113d2:	0367d563          	bge	a5,s6,113fc <__d_vfprintf+0x57a>
   113d6:	008afa93          	and	s5,s5,8
   113da:	ffcb0493          	add	s1,s6,-4
   113de:	fa0a89e3          	beqz	s5,11390 <__d_vfprintf+0x50e>
   113e2:	4582                	lw	a1,0(sp)
   113e4:	856e                	mv	a0,s11
   113e6:	0405                	add	s0,s0,1
   113e8:	9a02                	jalr	s4
   113ea:	fc0550e3          	bgez	a0,113aa <__d_vfprintf+0x528>
   113ee:	bcc9                	j	10ec0 <__d_vfprintf+0x3e>
   113f0:	02b00d93          	li	s11,43
   113f4:	bff1                	j	113d0 <__d_vfprintf+0x54e>
   113f6:	02d00d93          	li	s11,45
   113fa:	bfd9                	j	113d0 <__d_vfprintf+0x54e>
   113fc:	4481                	li	s1,0
   113fe:	b7d5                	j	113e2 <__d_vfprintf+0x560>
   11400:	4481                	li	s1,0
   11402:	b765                	j	113aa <__d_vfprintf+0x528>
   11404:	4582                	lw	a1,0(sp)
   11406:	41250533          	sub	a0,a0,s2
   1140a:	0ff57513          	zext.b	a0,a0
   1140e:	0c05                	add	s8,s8,1
   11410:	9a02                	jalr	s4
   11412:	aa0547e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11416:	408c07b3          	sub	a5,s8,s0
   1141a:	97ce                	add	a5,a5,s3
   1141c:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   11420:	f175                	bnez	a0,11404 <__d_vfprintf+0x582>
   11422:	8462                	mv	s0,s8
   11424:	94e2                	add	s1,s1,s8
   11426:	ad39                	j	11a44 <__d_vfprintf+0xbc2>
   11428:	69cd                	lui	s3,0x13
   1142a:	20898993          	add	s3,s3,520 # 13208 <CSWTCH.24+0x2c>
   1142e:	b769                	j	113b8 <__d_vfprintf+0x536>
   11430:	1bfd                	add	s7,s7,-1
   11432:	0ffbfb93          	zext.b	s7,s7
   11436:	000b8763          	beqz	s7,11444 <__d_vfprintf+0x5c2>
   1143a:	0047c603          	lbu	a2,4(a5)
   1143e:	17fd                	add	a5,a5,-1
   11440:	fed608e3          	beq	a2,a3,11430 <__d_vfprintf+0x5ae>
   11444:	010af693          	and	a3,s5,16
   11448:	87ea                	mv	a5,s10
   1144a:	e291                	bnez	a3,1144e <__d_vfprintf+0x5cc>
   1144c:	87de                	mv	a5,s7
   1144e:	56f1                	li	a3,-4
   11450:	0ed9cc63          	blt	s3,a3,11548 <__d_vfprintf+0x6c6>
   11454:	0fa9da63          	bge	s3,s10,11548 <__d_vfprintf+0x6c6>
   11458:	6689                	lui	a3,0x2
   1145a:	00dae6b3          	or	a3,s5,a3
   1145e:	01069a93          	sll	s5,a3,0x10
   11462:	010ada93          	srl	s5,s5,0x10
   11466:	4d01                	li	s10,0
   11468:	00f9d663          	bge	s3,a5,11474 <__d_vfprintf+0x5f2>
   1146c:	00198893          	add	a7,s3,1
   11470:	41178d33          	sub	s10,a5,a7
   11474:	6d89                	lui	s11,0x2
   11476:	01bafdb3          	and	s11,s5,s11
   1147a:	0c0d8a63          	beqz	s11,1154e <__d_vfprintf+0x6cc>
   1147e:	87ce                	mv	a5,s3
   11480:	0009d363          	bgez	s3,11486 <__d_vfprintf+0x604>
   11484:	4781                	li	a5,0
   11486:	0785                	add	a5,a5,1
   11488:	c311                	beqz	a4,1148c <__d_vfprintf+0x60a>
   1148a:	0785                	add	a5,a5,1
   1148c:	0c0d0963          	beqz	s10,1155e <__d_vfprintf+0x6dc>
   11490:	001d0693          	add	a3,s10,1
   11494:	97b6                	add	a5,a5,a3
   11496:	4481                	li	s1,0
   11498:	0167d463          	bge	a5,s6,114a0 <__d_vfprintf+0x61e>
   1149c:	40fb04b3          	sub	s1,s6,a5
   114a0:	009af793          	and	a5,s5,9
   114a4:	e789                	bnez	a5,114ae <__d_vfprintf+0x62c>
   114a6:	94a2                	add	s1,s1,s0
   114a8:	0c849063          	bne	s1,s0,11568 <__d_vfprintf+0x6e6>
   114ac:	4481                	li	s1,0
   114ae:	c719                	beqz	a4,114bc <__d_vfprintf+0x63a>
   114b0:	4582                	lw	a1,0(sp)
   114b2:	853a                	mv	a0,a4
   114b4:	0405                	add	s0,s0,1
   114b6:	9a02                	jalr	s4
   114b8:	a00544e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   114bc:	00bad793          	srl	a5,s5,0xb
   114c0:	8b85                	and	a5,a5,1
   114c2:	c395                	beqz	a5,114e6 <__d_vfprintf+0x664>
   114c4:	4582                	lw	a1,0(sp)
   114c6:	03000513          	li	a0,48
   114ca:	9a02                	jalr	s4
   114cc:	9e054ae3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   114d0:	07800513          	li	a0,120
   114d4:	4582                	lw	a1,0(sp)
   114d6:	41250533          	sub	a0,a0,s2
   114da:	0f857513          	and	a0,a0,248
   114de:	0409                	add	s0,s0,2
   114e0:	9a02                	jalr	s4
   114e2:	9c054fe3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   114e6:	008af793          	and	a5,s5,8
   114ea:	e791                	bnez	a5,114f6 <__d_vfprintf+0x674>
   114ec:	8b22                	mv	s6,s0
   114ee:	9426                	add	s0,s0,s1
   114f0:	09641663          	bne	s0,s6,1157c <__d_vfprintf+0x6fa>
   114f4:	4481                	li	s1,0
   114f6:	0c0d8f63          	beqz	s11,115d4 <__d_vfprintf+0x752>
   114fa:	8cce                	mv	s9,s3
   114fc:	0009d363          	bgez	s3,11502 <__d_vfprintf+0x680>
   11500:	4c81                	li	s9,0
   11502:	41998db3          	sub	s11,s3,s9
   11506:	41a00d33          	neg	s10,s10
   1150a:	5b7d                	li	s6,-1
   1150c:	03000513          	li	a0,48
   11510:	017df663          	bgeu	s11,s7,1151c <__d_vfprintf+0x69a>
   11514:	103c                	add	a5,sp,40
   11516:	97ee                	add	a5,a5,s11
   11518:	0057c503          	lbu	a0,5(a5)
   1151c:	1cfd                	add	s9,s9,-1
   1151e:	00140c13          	add	s8,s0,1
   11522:	07acc563          	blt	s9,s10,1158c <__d_vfprintf+0x70a>
   11526:	4582                	lw	a1,0(sp)
   11528:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   1152a:	9a02                	jalr	s4
   1152c:	98054ae3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11530:	016c9a63          	bne	s9,s6,11544 <__d_vfprintf+0x6c2>
   11534:	4582                	lw	a1,0(sp)
   11536:	02e00513          	li	a0,46
   1153a:	9a02                	jalr	s4
   1153c:	980542e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11540:	00240c13          	add	s8,s0,2
   11544:	8462                	mv	s0,s8
   11546:	b7d9                	j	1150c <__d_vfprintf+0x68a>
   11548:	fff78d13          	add	s10,a5,-1
   1154c:	b725                	j	11474 <__d_vfprintf+0x5f2>
   1154e:	00bad693          	srl	a3,s5,0xb
   11552:	8a85                	and	a3,a3,1
   11554:	478d                	li	a5,3
   11556:	c291                	beqz	a3,1155a <__d_vfprintf+0x6d8>
   11558:	4795                	li	a5,5
   1155a:	97e2                	add	a5,a5,s8
   1155c:	b735                	j	11488 <__d_vfprintf+0x606>
   1155e:	010af693          	and	a3,s5,16
   11562:	da95                	beqz	a3,11496 <__d_vfprintf+0x614>
   11564:	0785                	add	a5,a5,1
   11566:	bf05                	j	11496 <__d_vfprintf+0x614>
   11568:	4582                	lw	a1,0(sp)
   1156a:	02000513          	li	a0,32
   1156e:	c83a                	sw	a4,16(sp)
   11570:	9a02                	jalr	s4
   11572:	4742                	lw	a4,16(sp)
   11574:	0405                	add	s0,s0,1
   11576:	f20559e3          	bgez	a0,114a8 <__d_vfprintf+0x626>
   1157a:	b299                	j	10ec0 <__d_vfprintf+0x3e>
   1157c:	4582                	lw	a1,0(sp)
   1157e:	03000513          	li	a0,48
   11582:	0b05                	add	s6,s6,1
   11584:	9a02                	jalr	s4
   11586:	f60555e3          	bgez	a0,114f0 <__d_vfprintf+0x66e>
   1158a:	ba1d                	j	10ec0 <__d_vfprintf+0x3e>
   1158c:	033c9063          	bne	s9,s3,115ac <__d_vfprintf+0x72a>
   11590:	02d14703          	lbu	a4,45(sp)
   11594:	03500793          	li	a5,53
   11598:	00e7e863          	bltu	a5,a4,115a8 <__d_vfprintf+0x726>
   1159c:	00f71863          	bne	a4,a5,115ac <__d_vfprintf+0x72a>
   115a0:	02c14783          	lbu	a5,44(sp)
   115a4:	8bc1                	and	a5,a5,16
   115a6:	e399                	bnez	a5,115ac <__d_vfprintf+0x72a>
   115a8:	03100513          	li	a0,49
   115ac:	4582                	lw	a1,0(sp)
   115ae:	9a02                	jalr	s4
   115b0:	900548e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   115b4:	010afa93          	and	s5,s5,16
   115b8:	e60a85e3          	beqz	s5,11422 <__d_vfprintf+0x5a0>
   115bc:	57fd                	li	a5,-1
   115be:	e6fc92e3          	bne	s9,a5,11422 <__d_vfprintf+0x5a0>
   115c2:	4582                	lw	a1,0(sp)
   115c4:	00240c13          	add	s8,s0,2
   115c8:	02e00513          	li	a0,46
   115cc:	9a02                	jalr	s4
   115ce:	e4055ae3          	bgez	a0,11422 <__d_vfprintf+0x5a0>
   115d2:	b0fd                	j	10ec0 <__d_vfprintf+0x3e>
   115d4:	02d14503          	lbu	a0,45(sp)
   115d8:	03100793          	li	a5,49
   115dc:	00f50763          	beq	a0,a5,115ea <__d_vfprintf+0x768>
   115e0:	02c14783          	lbu	a5,44(sp)
   115e4:	9bbd                	and	a5,a5,-17
   115e6:	02f10623          	sb	a5,44(sp)
   115ea:	4582                	lw	a1,0(sp)
   115ec:	9a02                	jalr	s4
   115ee:	8c0549e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   115f2:	0da05a63          	blez	s10,116c6 <__d_vfprintf+0x844>
   115f6:	4582                	lw	a1,0(sp)
   115f8:	02e00513          	li	a0,46
   115fc:	0409                	add	s0,s0,2
   115fe:	9a02                	jalr	s4
   11600:	8c0540e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11604:	4a85                	li	s5,1
   11606:	4785                	li	a5,1
   11608:	0405                	add	s0,s0,1
   1160a:	03000513          	li	a0,48
   1160e:	017af863          	bgeu	s5,s7,1161e <__d_vfprintf+0x79c>
   11612:	02078793          	add	a5,a5,32
   11616:	1018                	add	a4,sp,32
   11618:	97ba                	add	a5,a5,a4
   1161a:	fed7c503          	lbu	a0,-19(a5)
   1161e:	4582                	lw	a1,0(sp)
   11620:	9a02                	jalr	s4
   11622:	88054fe3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11626:	0a85                	add	s5,s5,1
   11628:	0ffafa93          	zext.b	s5,s5
   1162c:	87d6                	mv	a5,s5
   1162e:	fd5d5de3          	bge	s10,s5,11608 <__d_vfprintf+0x786>
   11632:	4582                	lw	a1,0(sp)
   11634:	412c8533          	sub	a0,s9,s2
   11638:	0ff57513          	zext.b	a0,a0
   1163c:	9a02                	jalr	s4
   1163e:	880541e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11642:	0009ca63          	bltz	s3,11656 <__d_vfprintf+0x7d4>
   11646:	02b00513          	li	a0,43
   1164a:	00099a63          	bnez	s3,1165e <__d_vfprintf+0x7dc>
   1164e:	02c14783          	lbu	a5,44(sp)
   11652:	8bc1                	and	a5,a5,16
   11654:	c789                	beqz	a5,1165e <__d_vfprintf+0x7dc>
   11656:	413009b3          	neg	s3,s3
   1165a:	02d00513          	li	a0,45
   1165e:	4582                	lw	a1,0(sp)
   11660:	9a02                	jalr	s4
   11662:	84054fe3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11666:	4791                	li	a5,4
   11668:	06fc1e63          	bne	s8,a5,116e4 <__d_vfprintf+0x862>
   1166c:	3e800913          	li	s2,1000
   11670:	0329c533          	div	a0,s3,s2
   11674:	4582                	lw	a1,0(sp)
   11676:	040d                	add	s0,s0,3
   11678:	03050513          	add	a0,a0,48
   1167c:	0ff57513          	zext.b	a0,a0
   11680:	9a02                	jalr	s4
   11682:	82054fe3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11686:	0329e9b3          	rem	s3,s3,s2
   1168a:	06400913          	li	s2,100
   1168e:	4582                	lw	a1,0(sp)
   11690:	0405                	add	s0,s0,1
   11692:	0329c533          	div	a0,s3,s2
   11696:	03050513          	add	a0,a0,48
   1169a:	0ff57513          	zext.b	a0,a0
   1169e:	9a02                	jalr	s4
   116a0:	820540e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   116a4:	0329e9b3          	rem	s3,s3,s2
   116a8:	4929                	li	s2,10
   116aa:	4582                	lw	a1,0(sp)
   116ac:	0405                	add	s0,s0,1
   116ae:	0329c533          	div	a0,s3,s2
   116b2:	03050513          	add	a0,a0,48
   116b6:	0ff57513          	zext.b	a0,a0
   116ba:	9a02                	jalr	s4
   116bc:	800542e3          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   116c0:	0329e9b3          	rem	s3,s3,s2
   116c4:	a03d                	j	116f2 <__d_vfprintf+0x870>
   116c6:	010afa93          	and	s5,s5,16
   116ca:	000a9463          	bnez	s5,116d2 <__d_vfprintf+0x850>
   116ce:	0405                	add	s0,s0,1
   116d0:	b78d                	j	11632 <__d_vfprintf+0x7b0>
   116d2:	4582                	lw	a1,0(sp)
   116d4:	02e00513          	li	a0,46
   116d8:	0409                	add	s0,s0,2
   116da:	9a02                	jalr	s4
   116dc:	f4055be3          	bgez	a0,11632 <__d_vfprintf+0x7b0>
   116e0:	fe0ff06f          	j	10ec0 <__d_vfprintf+0x3e>
   116e4:	478d                	li	a5,3
   116e6:	0409                	add	s0,s0,2
   116e8:	fafc01e3          	beq	s8,a5,1168a <__d_vfprintf+0x808>
   116ec:	4785                	li	a5,1
   116ee:	fafc1de3          	bne	s8,a5,116a8 <__d_vfprintf+0x826>
   116f2:	03098513          	add	a0,s3,48
   116f6:	4582                	lw	a1,0(sp)
   116f8:	00140c13          	add	s8,s0,1
   116fc:	0ff57513          	zext.b	a0,a0
   11700:	b5f1                	j	115cc <__d_vfprintf+0x74a>
   11702:	f9d90793          	add	a5,s2,-99
   11706:	0ff7f793          	zext.b	a5,a5
   1170a:	4749                	li	a4,18
   1170c:	1ef76d63          	bltu	a4,a5,11906 <__d_vfprintf+0xa84>
   11710:	674d                	lui	a4,0x13
   11712:	078a                	sll	a5,a5,0x2
   11714:	25870713          	add	a4,a4,600 # 13258 <CSWTCH.24+0x7c>
   11718:	97ba                	add	a5,a5,a4
   1171a:	439c                	lw	a5,0(a5)
   1171c:	8782                	jr	a5
   1171e:	5792                	lw	a5,36(sp)
   11720:	4485                	li	s1,1
   11722:	02810993          	add	s3,sp,40
   11726:	00478713          	add	a4,a5,4
   1172a:	439c                	lw	a5,0(a5)
   1172c:	d23a                	sw	a4,36(sp)
   1172e:	02f10423          	sb	a5,40(sp)
   11732:	008df813          	and	a6,s11,8
   11736:	04080d63          	beqz	a6,11790 <__d_vfprintf+0x90e>
   1173a:	4901                	li	s2,0
   1173c:	05249c63          	bne	s1,s2,11794 <__d_vfprintf+0x912>
   11740:	00940c33          	add	s8,s0,s1
   11744:	409b04b3          	sub	s1,s6,s1
   11748:	b9e9                	j	11422 <__d_vfprintf+0x5a0>
   1174a:	5792                	lw	a5,36(sp)
   1174c:	00478713          	add	a4,a5,4
   11750:	d23a                	sw	a4,36(sp)
   11752:	0007a983          	lw	s3,0(a5)
   11756:	00099563          	bnez	s3,11760 <__d_vfprintf+0x8de>
   1175a:	69cd                	lui	s3,0x13
   1175c:	20c98993          	add	s3,s3,524 # 1320c <CSWTCH.24+0x30>
   11760:	040df793          	and	a5,s11,64
   11764:	55fd                	li	a1,-1
   11766:	c391                	beqz	a5,1176a <__d_vfprintf+0x8e8>
   11768:	85ea                	mv	a1,s10
   1176a:	854e                	mv	a0,s3
   1176c:	4a7000ef          	jal	12412 <strnlen>
   11770:	84aa                	mv	s1,a0
   11772:	b7c1                	j	11732 <__d_vfprintf+0x8b0>
   11774:	4582                	lw	a1,0(sp)
   11776:	02000513          	li	a0,32
   1177a:	9a02                	jalr	s4
   1177c:	f4054263          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11780:	197d                	add	s2,s2,-1
   11782:	ff24e9e3          	bltu	s1,s2,11774 <__d_vfprintf+0x8f2>
   11786:	945a                	add	s0,s0,s6
   11788:	41240433          	sub	s0,s0,s2
   1178c:	8b4a                	mv	s6,s2
   1178e:	b775                	j	1173a <__d_vfprintf+0x8b8>
   11790:	895a                	mv	s2,s6
   11792:	bfc5                	j	11782 <__d_vfprintf+0x900>
   11794:	012987b3          	add	a5,s3,s2
   11798:	4582                	lw	a1,0(sp)
   1179a:	0007c503          	lbu	a0,0(a5)
   1179e:	0905                	add	s2,s2,1
   117a0:	9a02                	jalr	s4
   117a2:	f8055de3          	bgez	a0,1173c <__d_vfprintf+0x8ba>
   117a6:	f1aff06f          	j	10ec0 <__d_vfprintf+0x3e>
   117aa:	080df713          	and	a4,s11,128
   117ae:	5792                	lw	a5,36(sp)
   117b0:	cf49                	beqz	a4,1184a <__d_vfprintf+0x9c8>
   117b2:	200df713          	and	a4,s11,512
   117b6:	c359                	beqz	a4,1183c <__d_vfprintf+0x9ba>
   117b8:	079d                	add	a5,a5,7
   117ba:	9be1                	and	a5,a5,-8
   117bc:	4388                	lw	a0,0(a5)
   117be:	43cc                	lw	a1,4(a5)
   117c0:	00878713          	add	a4,a5,8
   117c4:	d23a                	sw	a4,36(sp)
   117c6:	fefdf993          	and	s3,s11,-17
   117ca:	09c2                	sll	s3,s3,0x10
   117cc:	0109d993          	srl	s3,s3,0x10
   117d0:	0805dd63          	bgez	a1,1186a <__d_vfprintf+0x9e8>
   117d4:	00a037b3          	snez	a5,a0
   117d8:	40b005b3          	neg	a1,a1
   117dc:	8d9d                	sub	a1,a1,a5
   117de:	40a00533          	neg	a0,a0
   117e2:	4009e993          	or	s3,s3,1024
   117e6:	02810a93          	add	s5,sp,40
   117ea:	46a9                	li	a3,10
   117ec:	8656                	mv	a2,s5
   117ee:	c98ff0ef          	jal	10c86 <__ultoa_invert>
   117f2:	0409f793          	and	a5,s3,64
   117f6:	41550ab3          	sub	s5,a0,s5
   117fa:	c7f5                	beqz	a5,118e6 <__d_vfprintf+0xa64>
   117fc:	ffe9f793          	and	a5,s3,-2
   11800:	07c2                	sll	a5,a5,0x10
   11802:	83c1                	srl	a5,a5,0x10
   11804:	19aad563          	bge	s5,s10,1198e <__d_vfprintf+0xb0c>
   11808:	16090c63          	beqz	s2,11980 <__d_vfprintf+0xafe>
   1180c:	0109fc13          	and	s8,s3,16
   11810:	84ea                	mv	s1,s10
   11812:	89be                	mv	s3,a5
   11814:	060c0a63          	beqz	s8,11888 <__d_vfprintf+0xa06>
   11818:	0489                	add	s1,s1,2
   1181a:	0089f793          	and	a5,s3,8
   1181e:	18079a63          	bnez	a5,119b2 <__d_vfprintf+0xb30>
   11822:	0019f793          	and	a5,s3,1
   11826:	cb89                	beqz	a5,11838 <__d_vfprintf+0x9b6>
   11828:	8d56                	mv	s10,s5
   1182a:	0164d763          	bge	s1,s6,11838 <__d_vfprintf+0x9b6>
   1182e:	409b04b3          	sub	s1,s6,s1
   11832:	01548d33          	add	s10,s1,s5
   11836:	84da                	mv	s1,s6
   11838:	8ba6                	mv	s7,s1
   1183a:	a2ad                	j	119a4 <__d_vfprintf+0xb22>
   1183c:	4388                	lw	a0,0(a5)
   1183e:	00478713          	add	a4,a5,4
   11842:	d23a                	sw	a4,36(sp)
   11844:	41f55593          	sra	a1,a0,0x1f
   11848:	bfbd                	j	117c6 <__d_vfprintf+0x944>
   1184a:	00478713          	add	a4,a5,4
   1184e:	4388                	lw	a0,0(a5)
   11850:	d23a                	sw	a4,36(sp)
   11852:	100df793          	and	a5,s11,256
   11856:	d7fd                	beqz	a5,11844 <__d_vfprintf+0x9c2>
   11858:	200df793          	and	a5,s11,512
   1185c:	c781                	beqz	a5,11864 <__d_vfprintf+0x9e2>
   1185e:	0562                	sll	a0,a0,0x18
   11860:	8561                	sra	a0,a0,0x18
   11862:	b7cd                	j	11844 <__d_vfprintf+0x9c2>
   11864:	0542                	sll	a0,a0,0x10
   11866:	8541                	sra	a0,a0,0x10
   11868:	bff1                	j	11844 <__d_vfprintf+0x9c2>
   1186a:	00b567b3          	or	a5,a0,a1
   1186e:	ffa5                	bnez	a5,117e6 <__d_vfprintf+0x964>
   11870:	040df793          	and	a5,s11,64
   11874:	dbad                	beqz	a5,117e6 <__d_vfprintf+0x964>
   11876:	f60d18e3          	bnez	s10,117e6 <__d_vfprintf+0x964>
   1187a:	feedf993          	and	s3,s11,-18
   1187e:	09c2                	sll	s3,s3,0x10
   11880:	0109d993          	srl	s3,s3,0x10
   11884:	4a81                	li	s5,0
   11886:	4481                	li	s1,0
   11888:	4069fc13          	and	s8,s3,1030
   1188c:	f80c07e3          	beqz	s8,1181a <__d_vfprintf+0x998>
   11890:	0485                	add	s1,s1,1
   11892:	4c01                	li	s8,0
   11894:	b759                	j	1181a <__d_vfprintf+0x998>
   11896:	fefdf813          	and	a6,s11,-17
   1189a:	01081d93          	sll	s11,a6,0x10
   1189e:	010ddd93          	srl	s11,s11,0x10
   118a2:	46a9                	li	a3,10
   118a4:	080df713          	and	a4,s11,128
   118a8:	5792                	lw	a5,36(sp)
   118aa:	c355                	beqz	a4,1194e <__d_vfprintf+0xacc>
   118ac:	200df713          	and	a4,s11,512
   118b0:	cb49                	beqz	a4,11942 <__d_vfprintf+0xac0>
   118b2:	079d                	add	a5,a5,7
   118b4:	9be1                	and	a5,a5,-8
   118b6:	4388                	lw	a0,0(a5)
   118b8:	43cc                	lw	a1,4(a5)
   118ba:	00878713          	add	a4,a5,8
   118be:	d23a                	sw	a4,36(sp)
   118c0:	00b567b3          	or	a5,a0,a1
   118c4:	e7cd                	bnez	a5,1196e <__d_vfprintf+0xaec>
   118c6:	fe9df993          	and	s3,s11,-23
   118ca:	09c2                	sll	s3,s3,0x10
   118cc:	040df793          	and	a5,s11,64
   118d0:	0109d993          	srl	s3,s3,0x10
   118d4:	c3dd                	beqz	a5,1197a <__d_vfprintf+0xaf8>
   118d6:	0a0d1263          	bnez	s10,1197a <__d_vfprintf+0xaf8>
   118da:	fe8df993          	and	s3,s11,-24
   118de:	09c2                	sll	s3,s3,0x10
   118e0:	0109d993          	srl	s3,s3,0x10
   118e4:	4a81                	li	s5,0
   118e6:	0109fc13          	and	s8,s3,16
   118ea:	0a0c0463          	beqz	s8,11992 <__d_vfprintf+0xb10>
   118ee:	001a8493          	add	s1,s5,1
   118f2:	f20904e3          	beqz	s2,1181a <__d_vfprintf+0x998>
   118f6:	84d6                	mv	s1,s5
   118f8:	b705                	j	11818 <__d_vfprintf+0x996>
   118fa:	010ded93          	or	s11,s11,16
   118fe:	46c1                	li	a3,16
   11900:	07800913          	li	s2,120
   11904:	b745                	j	118a4 <__d_vfprintf+0xa22>
   11906:	07800793          	li	a5,120
   1190a:	00fc9a63          	bne	s9,a5,1191e <__d_vfprintf+0xa9c>
   1190e:	05800793          	li	a5,88
   11912:	46c1                	li	a3,16
   11914:	f8f918e3          	bne	s2,a5,118a4 <__d_vfprintf+0xa22>
   11918:	21000693          	li	a3,528
   1191c:	b761                	j	118a4 <__d_vfprintf+0xa22>
   1191e:	4582                	lw	a1,0(sp)
   11920:	02500513          	li	a0,37
   11924:	9a02                	jalr	s4
   11926:	d8054d63          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   1192a:	4582                	lw	a1,0(sp)
   1192c:	854a                	mv	a0,s2
   1192e:	9a02                	jalr	s4
   11930:	d8054863          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11934:	0409                	add	s0,s0,2
   11936:	4792                	lw	a5,4(sp)
   11938:	d68ff06f          	j	10ea0 <__d_vfprintf+0x1e>
   1193c:	46a1                	li	a3,8
   1193e:	4901                	li	s2,0
   11940:	b795                	j	118a4 <__d_vfprintf+0xa22>
   11942:	4388                	lw	a0,0(a5)
   11944:	00478713          	add	a4,a5,4
   11948:	d23a                	sw	a4,36(sp)
   1194a:	4581                	li	a1,0
   1194c:	bf95                	j	118c0 <__d_vfprintf+0xa3e>
   1194e:	00478713          	add	a4,a5,4
   11952:	4388                	lw	a0,0(a5)
   11954:	d23a                	sw	a4,36(sp)
   11956:	100df793          	and	a5,s11,256
   1195a:	dbe5                	beqz	a5,1194a <__d_vfprintf+0xac8>
   1195c:	200df793          	and	a5,s11,512
   11960:	c781                	beqz	a5,11968 <__d_vfprintf+0xae6>
   11962:	0ff57513          	zext.b	a0,a0
   11966:	b7d5                	j	1194a <__d_vfprintf+0xac8>
   11968:	0542                	sll	a0,a0,0x10
   1196a:	8141                	srl	a0,a0,0x10
   1196c:	bff9                	j	1194a <__d_vfprintf+0xac8>
   1196e:	ff9df813          	and	a6,s11,-7
   11972:	01081993          	sll	s3,a6,0x10
   11976:	0109d993          	srl	s3,s3,0x10
   1197a:	02810a93          	add	s5,sp,40
   1197e:	b5bd                	j	117ec <__d_vfprintf+0x96a>
   11980:	fee9f993          	and	s3,s3,-18
   11984:	09c2                	sll	s3,s3,0x10
   11986:	0109d993          	srl	s3,s3,0x10
   1198a:	84ea                	mv	s1,s10
   1198c:	bdf5                	j	11888 <__d_vfprintf+0xa06>
   1198e:	89be                	mv	s3,a5
   11990:	bf99                	j	118e6 <__d_vfprintf+0xa64>
   11992:	84d6                	mv	s1,s5
   11994:	bdd5                	j	11888 <__d_vfprintf+0xa06>
   11996:	4582                	lw	a1,0(sp)
   11998:	02000513          	li	a0,32
   1199c:	9a02                	jalr	s4
   1199e:	d2054163          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   119a2:	0b85                	add	s7,s7,1
   119a4:	ff6bc9e3          	blt	s7,s6,11996 <__d_vfprintf+0xb14>
   119a8:	409404b3          	sub	s1,s0,s1
   119ac:	01748433          	add	s0,s1,s7
   119b0:	84de                	mv	s1,s7
   119b2:	020c0363          	beqz	s8,119d8 <__d_vfprintf+0xb56>
   119b6:	4582                	lw	a1,0(sp)
   119b8:	03000513          	li	a0,48
   119bc:	9a02                	jalr	s4
   119be:	d0054163          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   119c2:	04090d63          	beqz	s2,11a1c <__d_vfprintf+0xb9a>
   119c6:	4582                	lw	a1,0(sp)
   119c8:	0409                	add	s0,s0,2
   119ca:	854a                	mv	a0,s2
   119cc:	9a02                	jalr	s4
   119ce:	ce054963          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   119d2:	8c22                	mv	s8,s0
   119d4:	9d22                	add	s10,s10,s0
   119d6:	a81d                	j	11a0c <__d_vfprintf+0xb8a>
   119d8:	4069f793          	and	a5,s3,1030
   119dc:	dbfd                	beqz	a5,119d2 <__d_vfprintf+0xb50>
   119de:	0029f793          	and	a5,s3,2
   119e2:	02000513          	li	a0,32
   119e6:	c399                	beqz	a5,119ec <__d_vfprintf+0xb6a>
   119e8:	02b00513          	li	a0,43
   119ec:	4009f993          	and	s3,s3,1024
   119f0:	00098463          	beqz	s3,119f8 <__d_vfprintf+0xb76>
   119f4:	02d00513          	li	a0,45
   119f8:	4582                	lw	a1,0(sp)
   119fa:	0405                	add	s0,s0,1
   119fc:	bfc1                	j	119cc <__d_vfprintf+0xb4a>
   119fe:	4582                	lw	a1,0(sp)
   11a00:	03000513          	li	a0,48
   11a04:	0c05                	add	s8,s8,1
   11a06:	9a02                	jalr	s4
   11a08:	ca054c63          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11a0c:	418d07b3          	sub	a5,s10,s8
   11a10:	fefac7e3          	blt	s5,a5,119fe <__d_vfprintf+0xb7c>
   11a14:	8456                	mv	s0,s5
   11a16:	e409                	bnez	s0,11a20 <__d_vfprintf+0xb9e>
   11a18:	9c56                	add	s8,s8,s5
   11a1a:	b32d                	j	11744 <__d_vfprintf+0x8c2>
   11a1c:	0405                	add	s0,s0,1
   11a1e:	bf55                	j	119d2 <__d_vfprintf+0xb50>
   11a20:	147d                	add	s0,s0,-1
   11a22:	103c                	add	a5,sp,40
   11a24:	97a2                	add	a5,a5,s0
   11a26:	4582                	lw	a1,0(sp)
   11a28:	0007c503          	lbu	a0,0(a5)
   11a2c:	9a02                	jalr	s4
   11a2e:	fe0554e3          	bgez	a0,11a16 <__d_vfprintf+0xb94>
   11a32:	c8eff06f          	j	10ec0 <__d_vfprintf+0x3e>
   11a36:	4582                	lw	a1,0(sp)
   11a38:	02000513          	li	a0,32
   11a3c:	0405                	add	s0,s0,1
   11a3e:	9a02                	jalr	s4
   11a40:	c8054063          	bltz	a0,10ec0 <__d_vfprintf+0x3e>
   11a44:	408487b3          	sub	a5,s1,s0
   11a48:	fef047e3          	bgtz	a5,11a36 <__d_vfprintf+0xbb4>
   11a4c:	b5ed                	j	11936 <__d_vfprintf+0xab4>

00011a4e <mulShiftAll64>:
   11a4e:	0e4012ef          	jal	t0,12b32 <__riscv_save_10>
   11a52:	84b2                	mv	s1,a2
   11a54:	00159913          	sll	s2,a1,0x1
   11a58:	4210                	lw	a2,0(a2)
   11a5a:	8ab6                	mv	s5,a3
   11a5c:	89be                	mv	s3,a5
   11a5e:	40d4                	lw	a3,4(s1)
   11a60:	01f55793          	srl	a5,a0,0x1f
   11a64:	1141                	add	sp,sp,-16
   11a66:	0127e933          	or	s2,a5,s2
   11a6a:	00151413          	sll	s0,a0,0x1
   11a6e:	8522                	mv	a0,s0
   11a70:	85ca                	mv	a1,s2
   11a72:	8bba                	mv	s7,a4
   11a74:	870a                	mv	a4,sp
   11a76:	8b42                	mv	s6,a6
   11a78:	0ed000ef          	jal	12364 <__umul128>
   11a7c:	44d4                	lw	a3,12(s1)
   11a7e:	4490                	lw	a2,8(s1)
   11a80:	0038                	add	a4,sp,8
   11a82:	8caa                	mv	s9,a0
   11a84:	8c2e                	mv	s8,a1
   11a86:	8522                	mv	a0,s0
   11a88:	85ca                	mv	a1,s2
   11a8a:	0db000ef          	jal	12364 <__umul128>
   11a8e:	4682                	lw	a3,0(sp)
   11a90:	4712                	lw	a4,4(sp)
   11a92:	4785                	li	a5,1
   11a94:	00d50933          	add	s2,a0,a3
   11a98:	00a93533          	sltu	a0,s2,a0
   11a9c:	95ba                	add	a1,a1,a4
   11a9e:	00b50433          	add	s0,a0,a1
   11aa2:	00e46763          	bltu	s0,a4,11ab0 <mulShiftAll64+0x62>
   11aa6:	00871463          	bne	a4,s0,11aae <mulShiftAll64+0x60>
   11aaa:	00d96363          	bltu	s2,a3,11ab0 <mulShiftAll64+0x62>
   11aae:	4781                	li	a5,0
   11ab0:	4622                	lw	a2,8(sp)
   11ab2:	4732                	lw	a4,12(sp)
   11ab4:	963e                	add	a2,a2,a5
   11ab6:	00f637b3          	sltu	a5,a2,a5
   11aba:	00e786b3          	add	a3,a5,a4
   11abe:	4098                	lw	a4,0(s1)
   11ac0:	40dc                	lw	a5,4(s1)
   11ac2:	c432                	sw	a2,8(sp)
   11ac4:	9766                	add	a4,a4,s9
   11ac6:	97e2                	add	a5,a5,s8
   11ac8:	019735b3          	sltu	a1,a4,s9
   11acc:	95be                	add	a1,a1,a5
   11ace:	c636                	sw	a3,12(sp)
   11ad0:	4785                	li	a5,1
   11ad2:	0185e763          	bltu	a1,s8,11ae0 <mulShiftAll64+0x92>
   11ad6:	00bc1463          	bne	s8,a1,11ade <mulShiftAll64+0x90>
   11ada:	01976363          	bltu	a4,s9,11ae0 <mulShiftAll64+0x92>
   11ade:	4781                	li	a5,0
   11ae0:	4498                	lw	a4,8(s1)
   11ae2:	44c8                	lw	a0,12(s1)
   11ae4:	fbfa8a13          	add	s4,s5,-65
   11ae8:	974a                	add	a4,a4,s2
   11aea:	9522                	add	a0,a0,s0
   11aec:	012735b3          	sltu	a1,a4,s2
   11af0:	95aa                	add	a1,a1,a0
   11af2:	00e78533          	add	a0,a5,a4
   11af6:	00f537b3          	sltu	a5,a0,a5
   11afa:	95be                	add	a1,a1,a5
   11afc:	4785                	li	a5,1
   11afe:	0085e763          	bltu	a1,s0,11b0c <mulShiftAll64+0xbe>
   11b02:	00b41463          	bne	s0,a1,11b0a <mulShiftAll64+0xbc>
   11b06:	01256363          	bltu	a0,s2,11b0c <mulShiftAll64+0xbe>
   11b0a:	4781                	li	a5,0
   11b0c:	963e                	add	a2,a2,a5
   11b0e:	00f637b3          	sltu	a5,a2,a5
   11b12:	8752                	mv	a4,s4
   11b14:	96be                	add	a3,a3,a5
   11b16:	09b000ef          	jal	123b0 <__shiftright128>
   11b1a:	00aba023          	sw	a0,0(s7)
   11b1e:	00bba223          	sw	a1,4(s7)
   11b22:	4785                	li	a5,1
   11b24:	48a2                	lw	a7,8(sp)
   11b26:	4832                	lw	a6,12(sp)
   11b28:	40cc                	lw	a1,4(s1)
   11b2a:	4488                	lw	a0,8(s1)
   11b2c:	44d8                	lw	a4,12(s1)
   11b2e:	06fb1763          	bne	s6,a5,11b9c <mulShiftAll64+0x14e>
   11b32:	40a906b3          	sub	a3,s2,a0
   11b36:	00d93633          	sltu	a2,s2,a3
   11b3a:	40e407b3          	sub	a5,s0,a4
   11b3e:	8f91                	sub	a5,a5,a2
   11b40:	4505                	li	a0,1
   11b42:	00bc6863          	bltu	s8,a1,11b52 <mulShiftAll64+0x104>
   11b46:	01859563          	bne	a1,s8,11b50 <mulShiftAll64+0x102>
   11b4a:	4098                	lw	a4,0(s1)
   11b4c:	00ece363          	bltu	s9,a4,11b52 <mulShiftAll64+0x104>
   11b50:	4501                	li	a0,0
   11b52:	40a68533          	sub	a0,a3,a0
   11b56:	00a6b6b3          	sltu	a3,a3,a0
   11b5a:	40d785b3          	sub	a1,a5,a3
   11b5e:	4605                	li	a2,1
   11b60:	00b46763          	bltu	s0,a1,11b6e <mulShiftAll64+0x120>
   11b64:	00859463          	bne	a1,s0,11b6c <mulShiftAll64+0x11e>
   11b68:	00a96363          	bltu	s2,a0,11b6e <mulShiftAll64+0x120>
   11b6c:	4601                	li	a2,0
   11b6e:	40c88633          	sub	a2,a7,a2
   11b72:	00c8b6b3          	sltu	a3,a7,a2
   11b76:	8752                	mv	a4,s4
   11b78:	40d806b3          	sub	a3,a6,a3
   11b7c:	035000ef          	jal	123b0 <__shiftright128>
   11b80:	4622                	lw	a2,8(sp)
   11b82:	46b2                	lw	a3,12(sp)
   11b84:	00a9a023          	sw	a0,0(s3)
   11b88:	00b9a223          	sw	a1,4(s3)
   11b8c:	8752                	mv	a4,s4
   11b8e:	854a                	mv	a0,s2
   11b90:	85a2                	mv	a1,s0
   11b92:	01f000ef          	jal	123b0 <__shiftright128>
   11b96:	0141                	add	sp,sp,16
   11b98:	7d30006f          	j	12b6a <__riscv_restore_10>
   11b9c:	01fcd793          	srl	a5,s9,0x1f
   11ba0:	001c1613          	sll	a2,s8,0x1
   11ba4:	8e5d                	or	a2,a2,a5
   11ba6:	01f95693          	srl	a3,s2,0x1f
   11baa:	00141793          	sll	a5,s0,0x1
   11bae:	001c9e93          	sll	t4,s9,0x1
   11bb2:	8fd5                	or	a5,a5,a3
   11bb4:	00191313          	sll	t1,s2,0x1
   11bb8:	4e05                	li	t3,1
   11bba:	01866763          	bltu	a2,s8,11bc8 <mulShiftAll64+0x17a>
   11bbe:	00cc1463          	bne	s8,a2,11bc6 <mulShiftAll64+0x178>
   11bc2:	019ee363          	bltu	t4,s9,11bc8 <mulShiftAll64+0x17a>
   11bc6:	4e01                	li	t3,0
   11bc8:	9e1a                	add	t3,t3,t1
   11bca:	006e3333          	sltu	t1,t3,t1
   11bce:	933e                	add	t1,t1,a5
   11bd0:	4785                	li	a5,1
   11bd2:	00b66863          	bltu	a2,a1,11be2 <mulShiftAll64+0x194>
   11bd6:	00c59563          	bne	a1,a2,11be0 <mulShiftAll64+0x192>
   11bda:	4094                	lw	a3,0(s1)
   11bdc:	00dee363          	bltu	t4,a3,11be2 <mulShiftAll64+0x194>
   11be0:	4781                	li	a5,0
   11be2:	40fe07b3          	sub	a5,t3,a5
   11be6:	00fe35b3          	sltu	a1,t3,a5
   11bea:	40b305b3          	sub	a1,t1,a1
   11bee:	40a78533          	sub	a0,a5,a0
   11bf2:	00a7b7b3          	sltu	a5,a5,a0
   11bf6:	8d99                	sub	a1,a1,a4
   11bf8:	01f8d693          	srl	a3,a7,0x1f
   11bfc:	8d9d                	sub	a1,a1,a5
   11bfe:	00181793          	sll	a5,a6,0x1
   11c02:	8fd5                	or	a5,a5,a3
   11c04:	fc0a8713          	add	a4,s5,-64
   11c08:	0886                	sll	a7,a7,0x1
   11c0a:	4685                	li	a3,1
   11c0c:	00836763          	bltu	t1,s0,11c1a <mulShiftAll64+0x1cc>
   11c10:	00641463          	bne	s0,t1,11c18 <mulShiftAll64+0x1ca>
   11c14:	012e6363          	bltu	t3,s2,11c1a <mulShiftAll64+0x1cc>
   11c18:	4681                	li	a3,0
   11c1a:	96c6                	add	a3,a3,a7
   11c1c:	0116b8b3          	sltu	a7,a3,a7
   11c20:	98be                	add	a7,a7,a5
   11c22:	4605                	li	a2,1
   11c24:	00b36763          	bltu	t1,a1,11c32 <mulShiftAll64+0x1e4>
   11c28:	00659463          	bne	a1,t1,11c30 <mulShiftAll64+0x1e2>
   11c2c:	00ae6363          	bltu	t3,a0,11c32 <mulShiftAll64+0x1e4>
   11c30:	4601                	li	a2,0
   11c32:	40c68633          	sub	a2,a3,a2
   11c36:	00c6b6b3          	sltu	a3,a3,a2
   11c3a:	40d886b3          	sub	a3,a7,a3
   11c3e:	bf3d                	j	11b7c <mulShiftAll64+0x12e>

00011c40 <div10>:
   11c40:	71b002ef          	jal	t0,12b5a <__riscv_save_0>
   11c44:	67cd                	lui	a5,0x13
   11c46:	6e87a603          	lw	a2,1768(a5) # 136e8 <stdout+0x4>
   11c4a:	6ec7a683          	lw	a3,1772(a5)
   11c4e:	1141                	add	sp,sp,-16
   11c50:	0038                	add	a4,sp,8
   11c52:	712000ef          	jal	12364 <__umul128>
   11c56:	45b2                	lw	a1,12(sp)
   11c58:	47a2                	lw	a5,8(sp)
   11c5a:	01d59513          	sll	a0,a1,0x1d
   11c5e:	838d                	srl	a5,a5,0x3
   11c60:	8d5d                	or	a0,a0,a5
   11c62:	818d                	srl	a1,a1,0x3
   11c64:	0141                	add	sp,sp,16
   11c66:	7190006f          	j	12b7e <__riscv_restore_0>

00011c6a <__dtoa_engine>:
   11c6a:	6c1002ef          	jal	t0,12b2a <__riscv_save_12>
   11c6e:	715d                	add	sp,sp,-80
   11c70:	8bb6                	mv	s7,a3
   11c72:	001006b7          	lui	a3,0x100
   11c76:	c43a                	sw	a4,8(sp)
   11c78:	c63e                	sw	a5,12(sp)
   11c7a:	01f5d713          	srl	a4,a1,0x1f
   11c7e:	fff68d93          	add	s11,a3,-1 # fffff <_end+0xeb4c7>
   11c82:	0145d793          	srl	a5,a1,0x14
   11c86:	00bdfdb3          	and	s11,s11,a1
   11c8a:	c03a                	sw	a4,0(sp)
   11c8c:	7ff7f413          	and	s0,a5,2047
   11c90:	84aa                	mv	s1,a0
   11c92:	8ab2                	mv	s5,a2
   11c94:	00ade733          	or	a4,s11,a0
   11c98:	e405                	bnez	s0,11cc0 <__dtoa_engine+0x56>
   11c9a:	e331                	bnez	a4,11cde <__dtoa_engine+0x74>
   11c9c:	03000793          	li	a5,48
   11ca0:	00f602a3          	sb	a5,5(a2)
   11ca4:	4782                	lw	a5,0(sp)
   11ca6:	00060323          	sb	zero,6(a2)
   11caa:	00062023          	sw	zero,0(a2)
   11cae:	0027e993          	or	s3,a5,2
   11cb2:	01360223          	sb	s3,4(a2)
   11cb6:	4405                	li	s0,1
   11cb8:	8522                	mv	a0,s0
   11cba:	6161                	add	sp,sp,80
   11cbc:	6ab0006f          	j	12b66 <__riscv_restore_12>
   11cc0:	7ff00613          	li	a2,2047
   11cc4:	0ac41163          	bne	s0,a2,11d66 <__dtoa_engine+0xfc>
   11cc8:	4782                	lw	a5,0(sp)
   11cca:	0047e793          	or	a5,a5,4
   11cce:	c701                	beqz	a4,11cd6 <__dtoa_engine+0x6c>
   11cd0:	4782                	lw	a5,0(sp)
   11cd2:	0087e793          	or	a5,a5,8
   11cd6:	00fa8223          	sb	a5,4(s5)
   11cda:	4401                	li	s0,0
   11cdc:	bff1                	j	11cb8 <__dtoa_engine+0x4e>
   11cde:	00157793          	and	a5,a0,1
   11ce2:	c23e                	sw	a5,4(sp)
   11ce4:	002d9993          	sll	s3,s11,0x2
   11ce8:	01e55793          	srl	a5,a0,0x1e
   11cec:	0137e9b3          	or	s3,a5,s3
   11cf0:	00251c13          	sll	s8,a0,0x2
   11cf4:	892a                	mv	s2,a0
   11cf6:	bcc00413          	li	s0,-1076
   11cfa:	4805                	li	a6,1
   11cfc:	4d05                	li	s10,1
   11cfe:	408004b3          	neg	s1,s0
   11d02:	8526                	mv	a0,s1
   11d04:	ca42                	sw	a6,20(sp)
   11d06:	2d35                	jal	12342 <__log10Pow5>
   11d08:	fff42793          	slti	a5,s0,-1
   11d0c:	40f50b33          	sub	s6,a0,a5
   11d10:	416484b3          	sub	s1,s1,s6
   11d14:	8526                	mv	a0,s1
   11d16:	2d35                	jal	12352 <__pow5bits>
   11d18:	f8350693          	add	a3,a0,-125
   11d1c:	40db06b3          	sub	a3,s6,a3
   11d20:	8526                	mv	a0,s1
   11d22:	008c                	add	a1,sp,64
   11d24:	c836                	sw	a3,16(sp)
   11d26:	2921                	jal	1213e <__double_computePow5>
   11d28:	4852                	lw	a6,20(sp)
   11d2a:	46c2                	lw	a3,16(sp)
   11d2c:	181c                	add	a5,sp,48
   11d2e:	1038                	add	a4,sp,40
   11d30:	0090                	add	a2,sp,64
   11d32:	854a                	mv	a0,s2
   11d34:	85ee                	mv	a1,s11
   11d36:	3b21                	jal	11a4e <mulShiftAll64>
   11d38:	4785                	li	a5,1
   11d3a:	008b0a33          	add	s4,s6,s0
   11d3e:	84ae                	mv	s1,a1
   11d40:	842a                	mv	s0,a0
   11d42:	1367e563          	bltu	a5,s6,11e6c <__dtoa_engine+0x202>
   11d46:	4792                	lw	a5,4(sp)
   11d48:	4985                	li	s3,1
   11d4a:	0e078863          	beqz	a5,11e3a <__dtoa_engine+0x1d0>
   11d4e:	57a2                	lw	a5,40(sp)
   11d50:	5732                	lw	a4,44(sp)
   11d52:	4985                	li	s3,1
   11d54:	fff78693          	add	a3,a5,-1
   11d58:	0017b793          	seqz	a5,a5
   11d5c:	40f707b3          	sub	a5,a4,a5
   11d60:	d436                	sw	a3,40(sp)
   11d62:	d63e                	sw	a5,44(sp)
   11d64:	a075                	j	11e10 <__dtoa_engine+0x1a6>
   11d66:	01b6edb3          	or	s11,a3,s11
   11d6a:	00157693          	and	a3,a0,1
   11d6e:	c236                	sw	a3,4(sp)
   11d70:	002d9993          	sll	s3,s11,0x2
   11d74:	01e55693          	srl	a3,a0,0x1e
   11d78:	bcb40413          	add	s0,s0,-1077
   11d7c:	892a                	mv	s2,a0
   11d7e:	0136e9b3          	or	s3,a3,s3
   11d82:	00251c13          	sll	s8,a0,0x2
   11d86:	4d05                	li	s10,1
   11d88:	e709                	bnez	a4,11d92 <__dtoa_engine+0x128>
   11d8a:	7fe7f793          	and	a5,a5,2046
   11d8e:	0017bd13          	seqz	s10,a5
   11d92:	886a                	mv	a6,s10
   11d94:	f60445e3          	bltz	s0,11cfe <__dtoa_engine+0x94>
   11d98:	8522                	mv	a0,s0
   11d9a:	2b69                	jal	12334 <__log10Pow2>
   11d9c:	00442793          	slti	a5,s0,4
   11da0:	0017c793          	xor	a5,a5,1
   11da4:	40f50a33          	sub	s4,a0,a5
   11da8:	8552                	mv	a0,s4
   11daa:	2365                	jal	12352 <__pow5bits>
   11dac:	07c50693          	add	a3,a0,124
   11db0:	408a0433          	sub	s0,s4,s0
   11db4:	96a2                	add	a3,a3,s0
   11db6:	008c                	add	a1,sp,64
   11db8:	8552                	mv	a0,s4
   11dba:	c836                	sw	a3,16(sp)
   11dbc:	29b5                	jal	12238 <__double_computeInvPow5>
   11dbe:	46c2                	lw	a3,16(sp)
   11dc0:	181c                	add	a5,sp,48
   11dc2:	8526                	mv	a0,s1
   11dc4:	886a                	mv	a6,s10
   11dc6:	1038                	add	a4,sp,40
   11dc8:	0090                	add	a2,sp,64
   11dca:	85ee                	mv	a1,s11
   11dcc:	3149                	jal	11a4e <mulShiftAll64>
   11dce:	47d5                	li	a5,21
   11dd0:	842a                	mv	s0,a0
   11dd2:	84ae                	mv	s1,a1
   11dd4:	0947ea63          	bltu	a5,s4,11e68 <__dtoa_engine+0x1fe>
   11dd8:	67cd                	lui	a5,0x13
   11dda:	6ec7a683          	lw	a3,1772(a5) # 136ec <stdout+0x8>
   11dde:	6e87a603          	lw	a2,1768(a5)
   11de2:	1838                	add	a4,sp,56
   11de4:	8562                	mv	a0,s8
   11de6:	85ce                	mv	a1,s3
   11de8:	2bb5                	jal	12364 <__umul128>
   11dea:	57e2                	lw	a5,56(sp)
   11dec:	56f2                	lw	a3,60(sp)
   11dee:	5da2                	lw	s11,40(sp)
   11df0:	8389                	srl	a5,a5,0x2
   11df2:	06fa                	sll	a3,a3,0x1e
   11df4:	8fd5                	or	a5,a5,a3
   11df6:	4695                	li	a3,5
   11df8:	02f687b3          	mul	a5,a3,a5
   11dfc:	5932                	lw	s2,44(sp)
   11dfe:	01879b63          	bne	a5,s8,11e14 <__dtoa_engine+0x1aa>
   11e02:	85ce                	mv	a1,s3
   11e04:	8562                	mv	a0,s8
   11e06:	2ced                	jal	12100 <__pow5Factor>
   11e08:	01453733          	sltu	a4,a0,s4
   11e0c:	00174993          	xor	s3,a4,1
   11e10:	4d01                	li	s10,0
   11e12:	a025                	j	11e3a <__dtoa_engine+0x1d0>
   11e14:	4792                	lw	a5,4(sp)
   11e16:	e79d                	bnez	a5,11e44 <__dtoa_engine+0x1da>
   11e18:	fffc0793          	add	a5,s8,-1
   11e1c:	41a78533          	sub	a0,a5,s10
   11e20:	001c3593          	seqz	a1,s8
   11e24:	00a7b7b3          	sltu	a5,a5,a0
   11e28:	40b985b3          	sub	a1,s3,a1
   11e2c:	8d9d                	sub	a1,a1,a5
   11e2e:	2cc9                	jal	12100 <__pow5Factor>
   11e30:	01453933          	sltu	s2,a0,s4
   11e34:	00194d13          	xor	s10,s2,1
   11e38:	4981                	li	s3,0
   11e3a:	47a2                	lw	a5,8(sp)
   11e3c:	0e079f63          	bnez	a5,11f3a <__dtoa_engine+0x2d0>
   11e40:	8b5e                	mv	s6,s7
   11e42:	a049                	j	11ec4 <__dtoa_engine+0x25a>
   11e44:	002c0513          	add	a0,s8,2
   11e48:	018535b3          	sltu	a1,a0,s8
   11e4c:	95ce                	add	a1,a1,s3
   11e4e:	2c4d                	jal	12100 <__pow5Factor>
   11e50:	01453533          	sltu	a0,a0,s4
   11e54:	00154513          	xor	a0,a0,1
   11e58:	40ad8533          	sub	a0,s11,a0
   11e5c:	00adbdb3          	sltu	s11,s11,a0
   11e60:	41b90733          	sub	a4,s2,s11
   11e64:	d42a                	sw	a0,40(sp)
   11e66:	d63a                	sw	a4,44(sp)
   11e68:	4981                	li	s3,0
   11e6a:	b75d                	j	11e10 <__dtoa_engine+0x1a6>
   11e6c:	03e00793          	li	a5,62
   11e70:	ff67ece3          	bltu	a5,s6,11e68 <__dtoa_engine+0x1fe>
   11e74:	865a                	mv	a2,s6
   11e76:	557d                	li	a0,-1
   11e78:	55fd                	li	a1,-1
   11e7a:	2be1                	jal	12452 <__ashldi3>
   11e7c:	fff54513          	not	a0,a0
   11e80:	fff5c593          	not	a1,a1
   11e84:	0135f5b3          	and	a1,a1,s3
   11e88:	01857533          	and	a0,a0,s8
   11e8c:	00b56733          	or	a4,a0,a1
   11e90:	00173993          	seqz	s3,a4
   11e94:	bfb5                	j	11e10 <__dtoa_engine+0x1a6>
   11e96:	02d50833          	mul	a6,a0,a3
   11e9a:	0785                	add	a5,a5,1
   11e9c:	02b536b3          	mulhu	a3,a0,a1
   11ea0:	02b505b3          	mul	a1,a0,a1
   11ea4:	96c2                	add	a3,a3,a6
   11ea6:	00d4e663          	bltu	s1,a3,11eb2 <__dtoa_engine+0x248>
   11eaa:	fe9696e3          	bne	a3,s1,11e96 <__dtoa_engine+0x22c>
   11eae:	feb474e3          	bgeu	s0,a1,11e96 <__dtoa_engine+0x22c>
   11eb2:	4732                	lw	a4,12(sp)
   11eb4:	97d2                	add	a5,a5,s4
   11eb6:	97ba                	add	a5,a5,a4
   11eb8:	00f04363          	bgtz	a5,11ebe <__dtoa_engine+0x254>
   11ebc:	4785                	li	a5,1
   11ebe:	8b3e                	mv	s6,a5
   11ec0:	f8fbc0e3          	blt	s7,a5,11e40 <__dtoa_engine+0x1d6>
   11ec4:	4c81                	li	s9,0
   11ec6:	4901                	li	s2,0
   11ec8:	4c01                	li	s8,0
   11eca:	5522                	lw	a0,40(sp)
   11ecc:	55b2                	lw	a1,44(sp)
   11ece:	3b8d                	jal	11c40 <div10>
   11ed0:	57c2                	lw	a5,48(sp)
   11ed2:	8dae                	mv	s11,a1
   11ed4:	55d2                	lw	a1,52(sp)
   11ed6:	c82a                	sw	a0,16(sp)
   11ed8:	853e                	mv	a0,a5
   11eda:	ca3e                	sw	a5,20(sp)
   11edc:	3395                	jal	11c40 <div10>
   11ede:	832a                	mv	t1,a0
   11ee0:	88ae                	mv	a7,a1
   11ee2:	4ea9                	li	t4,10
   11ee4:	01b5e763          	bltu	a1,s11,11ef2 <__dtoa_engine+0x288>
   11ee8:	08bd9563          	bne	s11,a1,11f72 <__dtoa_engine+0x308>
   11eec:	47c2                	lw	a5,16(sp)
   11eee:	08f57263          	bgeu	a0,a5,11f72 <__dtoa_engine+0x308>
   11ef2:	8522                	mv	a0,s0
   11ef4:	85a6                	mv	a1,s1
   11ef6:	ce46                	sw	a7,28(sp)
   11ef8:	cc1a                	sw	t1,24(sp)
   11efa:	3399                	jal	11c40 <div10>
   11efc:	4362                	lw	t1,24(sp)
   11efe:	4ea9                	li	t4,10
   11f00:	001cb693          	seqz	a3,s9
   11f04:	026e8833          	mul	a6,t4,t1
   11f08:	00d9f9b3          	and	s3,s3,a3
   11f0c:	47d2                	lw	a5,20(sp)
   11f0e:	48f2                	lw	a7,28(sp)
   11f10:	d66e                	sw	s11,44(sp)
   11f12:	d81a                	sw	t1,48(sp)
   11f14:	da46                	sw	a7,52(sp)
   11f16:	0905                	add	s2,s2,1
   11f18:	84ae                	mv	s1,a1
   11f1a:	02ae86b3          	mul	a3,t4,a0
   11f1e:	40f80833          	sub	a6,a6,a5
   11f22:	47c2                	lw	a5,16(sp)
   11f24:	00183813          	seqz	a6,a6
   11f28:	010d7d33          	and	s10,s10,a6
   11f2c:	d43e                	sw	a5,40(sp)
   11f2e:	40d406b3          	sub	a3,s0,a3
   11f32:	0ff6fc93          	zext.b	s9,a3
   11f36:	842a                	mv	s0,a0
   11f38:	bf49                	j	11eca <__dtoa_engine+0x260>
   11f3a:	45a9                	li	a1,10
   11f3c:	4681                	li	a3,0
   11f3e:	4785                	li	a5,1
   11f40:	4529                	li	a0,10
   11f42:	b795                	j	11ea6 <__dtoa_engine+0x23c>
   11f44:	030e8f33          	mul	t5,t4,a6
   11f48:	0505                	add	a0,a0,1
   11f4a:	02beb833          	mulhu	a6,t4,a1
   11f4e:	02be85b3          	mul	a1,t4,a1
   11f52:	987a                	add	a6,a6,t5
   11f54:	0104e663          	bltu	s1,a6,11f60 <__dtoa_engine+0x2f6>
   11f58:	fe9816e3          	bne	a6,s1,11f44 <__dtoa_engine+0x2da>
   11f5c:	feb474e3          	bgeu	s0,a1,11f44 <__dtoa_engine+0x2da>
   11f60:	00ab5d63          	bge	s6,a0,11f7a <__dtoa_engine+0x310>
   11f64:	000b1563          	bnez	s6,11f6e <__dtoa_engine+0x304>
   11f68:	009465b3          	or	a1,s0,s1
   11f6c:	c599                	beqz	a1,11f7a <__dtoa_engine+0x310>
   11f6e:	4c05                	li	s8,1
   11f70:	b749                	j	11ef2 <__dtoa_engine+0x288>
   11f72:	45a9                	li	a1,10
   11f74:	4801                	li	a6,0
   11f76:	4505                	li	a0,1
   11f78:	bff1                	j	11f54 <__dtoa_engine+0x2ea>
   11f7a:	040d0e63          	beqz	s10,11fd6 <__dtoa_engine+0x36c>
   11f7e:	4da9                	li	s11,10
   11f80:	5342                	lw	t1,48(sp)
   11f82:	55d2                	lw	a1,52(sp)
   11f84:	851a                	mv	a0,t1
   11f86:	c81a                	sw	t1,16(sp)
   11f88:	3965                	jal	11c40 <div10>
   11f8a:	ce2e                	sw	a1,28(sp)
   11f8c:	02ad85b3          	mul	a1,s11,a0
   11f90:	4342                	lw	t1,16(sp)
   11f92:	882a                	mv	a6,a0
   11f94:	cc42                	sw	a6,24(sp)
   11f96:	04659063          	bne	a1,t1,11fd6 <__dtoa_engine+0x36c>
   11f9a:	5522                	lw	a0,40(sp)
   11f9c:	55b2                	lw	a1,44(sp)
   11f9e:	0905                	add	s2,s2,1
   11fa0:	3145                	jal	11c40 <div10>
   11fa2:	ca2a                	sw	a0,20(sp)
   11fa4:	c82e                	sw	a1,16(sp)
   11fa6:	8522                	mv	a0,s0
   11fa8:	85a6                	mv	a1,s1
   11faa:	3959                	jal	11c40 <div10>
   11fac:	001cb693          	seqz	a3,s9
   11fb0:	00d9f9b3          	and	s3,s3,a3
   11fb4:	02ad86b3          	mul	a3,s11,a0
   11fb8:	4e52                	lw	t3,20(sp)
   11fba:	4342                	lw	t1,16(sp)
   11fbc:	4862                	lw	a6,24(sp)
   11fbe:	48f2                	lw	a7,28(sp)
   11fc0:	d472                	sw	t3,40(sp)
   11fc2:	d61a                	sw	t1,44(sp)
   11fc4:	d842                	sw	a6,48(sp)
   11fc6:	da46                	sw	a7,52(sp)
   11fc8:	84ae                	mv	s1,a1
   11fca:	40d406b3          	sub	a3,s0,a3
   11fce:	0ff6fc93          	zext.b	s9,a3
   11fd2:	842a                	mv	s0,a0
   11fd4:	b775                	j	11f80 <__dtoa_engine+0x316>
   11fd6:	9952                	add	s2,s2,s4
   11fd8:	0c098563          	beqz	s3,120a2 <__dtoa_engine+0x438>
   11fdc:	4715                	li	a4,5
   11fde:	0cec9263          	bne	s9,a4,120a2 <__dtoa_engine+0x438>
   11fe2:	00147713          	and	a4,s0,1
   11fe6:	e35d                	bnez	a4,1208c <__dtoa_engine+0x422>
   11fe8:	000c1963          	bnez	s8,11ffa <__dtoa_engine+0x390>
   11fec:	5742                	lw	a4,48(sp)
   11fee:	00871563          	bne	a4,s0,11ff8 <__dtoa_engine+0x38e>
   11ff2:	5752                	lw	a4,52(sp)
   11ff4:	0c970963          	beq	a4,s1,120c6 <__dtoa_engine+0x45c>
   11ff8:	4701                	li	a4,0
   11ffa:	943a                	add	s0,s0,a4
   11ffc:	00e435b3          	sltu	a1,s0,a4
   12000:	95a6                	add	a1,a1,s1
   12002:	8a2e                	mv	s4,a1
   12004:	84a2                	mv	s1,s0
   12006:	4629                	li	a2,10
   12008:	4681                	li	a3,0
   1200a:	4c05                	li	s8,1
   1200c:	4529                	li	a0,10
   1200e:	00d5e663          	bltu	a1,a3,1201a <__dtoa_engine+0x3b0>
   12012:	0ab69c63          	bne	a3,a1,120ca <__dtoa_engine+0x460>
   12016:	0ac47a63          	bgeu	s0,a2,120ca <__dtoa_engine+0x460>
   1201a:	cf15                	beqz	a4,12056 <__dtoa_engine+0x3ec>
   1201c:	038b5d63          	bge	s6,s8,12056 <__dtoa_engine+0x3ec>
   12020:	47a2                	lw	a5,8(sp)
   12022:	cf91                	beqz	a5,1203e <__dtoa_engine+0x3d4>
   12024:	4732                	lw	a4,12(sp)
   12026:	012c07b3          	add	a5,s8,s2
   1202a:	00f70b33          	add	s6,a4,a5
   1202e:	000b5363          	bgez	s6,12034 <__dtoa_engine+0x3ca>
   12032:	4b01                	li	s6,0
   12034:	016bd363          	bge	s7,s6,1203a <__dtoa_engine+0x3d0>
   12038:	8b5e                	mv	s6,s7
   1203a:	018b5e63          	bge	s6,s8,12056 <__dtoa_engine+0x3ec>
   1203e:	00540513          	add	a0,s0,5
   12042:	00853433          	sltu	s0,a0,s0
   12046:	4629                	li	a2,10
   12048:	4681                	li	a3,0
   1204a:	95a2                	add	a1,a1,s0
   1204c:	29a1                	jal	124a4 <__udivdi3>
   1204e:	84aa                	mv	s1,a0
   12050:	8a2e                	mv	s4,a1
   12052:	0905                	add	s2,s2,1
   12054:	1c7d                	add	s8,s8,-1
   12056:	87da                	mv	a5,s6
   12058:	016c5363          	bge	s8,s6,1205e <__dtoa_engine+0x3f4>
   1205c:	87e2                	mv	a5,s8
   1205e:	01079413          	sll	s0,a5,0x10
   12062:	0942                	sll	s2,s2,0x10
   12064:	8441                	sra	s0,s0,0x10
   12066:	41095913          	sra	s2,s2,0x10
   1206a:	9922                	add	s2,s2,s0
   1206c:	008a8b33          	add	s6,s5,s0
   12070:	197d                	add	s2,s2,-1
   12072:	4b81                	li	s7,0
   12074:	8c5a                	mv	s8,s6
   12076:	1b7d                	add	s6,s6,-1
   12078:	068bc263          	blt	s7,s0,120dc <__dtoa_engine+0x472>
   1207c:	4782                	lw	a5,0(sp)
   1207e:	000c02a3          	sb	zero,5(s8)
   12082:	012aa023          	sw	s2,0(s5)
   12086:	00fa8223          	sb	a5,4(s5)
   1208a:	b13d                	j	11cb8 <__dtoa_engine+0x4e>
   1208c:	4705                	li	a4,1
   1208e:	f60c16e3          	bnez	s8,11ffa <__dtoa_engine+0x390>
   12092:	5742                	lw	a4,48(sp)
   12094:	00871563          	bne	a4,s0,1209e <__dtoa_engine+0x434>
   12098:	5752                	lw	a4,52(sp)
   1209a:	00970c63          	beq	a4,s1,120b2 <__dtoa_engine+0x448>
   1209e:	4705                	li	a4,1
   120a0:	bfa9                	j	11ffa <__dtoa_engine+0x390>
   120a2:	000c1d63          	bnez	s8,120bc <__dtoa_engine+0x452>
   120a6:	5742                	lw	a4,48(sp)
   120a8:	00871a63          	bne	a4,s0,120bc <__dtoa_engine+0x452>
   120ac:	5752                	lw	a4,52(sp)
   120ae:	00971763          	bne	a4,s1,120bc <__dtoa_engine+0x452>
   120b2:	4792                	lw	a5,4(sp)
   120b4:	4705                	li	a4,1
   120b6:	f3b1                	bnez	a5,11ffa <__dtoa_engine+0x390>
   120b8:	f40d01e3          	beqz	s10,11ffa <__dtoa_engine+0x390>
   120bc:	005cb693          	sltiu	a3,s9,5
   120c0:	0016c713          	xor	a4,a3,1
   120c4:	bf1d                	j	11ffa <__dtoa_engine+0x390>
   120c6:	4c91                	li	s9,4
   120c8:	b7ed                	j	120b2 <__dtoa_engine+0x448>
   120ca:	02d50833          	mul	a6,a0,a3
   120ce:	0c05                	add	s8,s8,1
   120d0:	02c536b3          	mulhu	a3,a0,a2
   120d4:	02c50633          	mul	a2,a0,a2
   120d8:	96c2                	add	a3,a3,a6
   120da:	bf15                	j	1200e <__dtoa_engine+0x3a4>
   120dc:	4629                	li	a2,10
   120de:	4681                	li	a3,0
   120e0:	8526                	mv	a0,s1
   120e2:	85d2                	mv	a1,s4
   120e4:	2f39                	jal	12802 <__umoddi3>
   120e6:	03050513          	add	a0,a0,48
   120ea:	00ab02a3          	sb	a0,5(s6)
   120ee:	85d2                	mv	a1,s4
   120f0:	8526                	mv	a0,s1
   120f2:	4629                	li	a2,10
   120f4:	4681                	li	a3,0
   120f6:	267d                	jal	124a4 <__udivdi3>
   120f8:	84aa                	mv	s1,a0
   120fa:	8a2e                	mv	s4,a1
   120fc:	0b85                	add	s7,s7,1
   120fe:	bfa5                	j	12076 <__dtoa_engine+0x40c>

00012100 <__pow5Factor>:
   12100:	ccccd737          	lui	a4,0xccccd
   12104:	333336b7          	lui	a3,0x33333
   12108:	87aa                	mv	a5,a0
   1210a:	ccd70613          	add	a2,a4,-819 # cccccccd <_end+0xcccb8195>
   1210e:	4501                	li	a0,0
   12110:	ccc70713          	add	a4,a4,-820
   12114:	33368693          	add	a3,a3,819 # 33333333 <_end+0x3331e7fb>
   12118:	02c585b3          	mul	a1,a1,a2
   1211c:	02e78833          	mul	a6,a5,a4
   12120:	982e                	add	a6,a6,a1
   12122:	02c7b5b3          	mulhu	a1,a5,a2
   12126:	95c2                	add	a1,a1,a6
   12128:	02c787b3          	mul	a5,a5,a2
   1212c:	00b6e863          	bltu	a3,a1,1213c <__pow5Factor+0x3c>
   12130:	00d59463          	bne	a1,a3,12138 <__pow5Factor+0x38>
   12134:	00f5e463          	bltu	a1,a5,1213c <__pow5Factor+0x3c>
   12138:	0505                	add	a0,a0,1
   1213a:	bff9                	j	12118 <__pow5Factor+0x18>
   1213c:	8082                	ret

0001213e <__double_computePow5>:
   1213e:	1f5002ef          	jal	t0,12b32 <__riscv_save_10>
   12142:	47e9                	li	a5,26
   12144:	02f55b33          	divu	s6,a0,a5
   12148:	69cd                	lui	s3,0x13
   1214a:	2a898b93          	add	s7,s3,680 # 132a8 <DOUBLE_POW5_SPLIT2>
   1214e:	1101                	add	sp,sp,-32
   12150:	892e                	mv	s2,a1
   12152:	02f577b3          	remu	a5,a0,a5
   12156:	004b1713          	sll	a4,s6,0x4
   1215a:	9bba                	add	s7,s7,a4
   1215c:	e395                	bnez	a5,12180 <__double_computePow5+0x42>
   1215e:	000ba703          	lw	a4,0(s7)
   12162:	004ba783          	lw	a5,4(s7)
   12166:	c198                	sw	a4,0(a1)
   12168:	c1dc                	sw	a5,4(a1)
   1216a:	008ba503          	lw	a0,8(s7)
   1216e:	00cba583          	lw	a1,12(s7)
   12172:	00a92423          	sw	a0,8(s2)
   12176:	00b92623          	sw	a1,12(s2)
   1217a:	6105                	add	sp,sp,32
   1217c:	1ef0006f          	j	12b6a <__riscv_restore_10>
   12180:	2a898993          	add	s3,s3,680
   12184:	078e                	sll	a5,a5,0x3
   12186:	97ce                	add	a5,a5,s3
   12188:	0d07aa03          	lw	s4,208(a5)
   1218c:	0d47aa83          	lw	s5,212(a5)
   12190:	008ba603          	lw	a2,8(s7)
   12194:	00cba683          	lw	a3,12(s7)
   12198:	0818                	add	a4,sp,16
   1219a:	85d6                	mv	a1,s5
   1219c:	842a                	mv	s0,a0
   1219e:	8552                	mv	a0,s4
   121a0:	22d1                	jal	12364 <__umul128>
   121a2:	000ba603          	lw	a2,0(s7)
   121a6:	004ba683          	lw	a3,4(s7)
   121aa:	84aa                	mv	s1,a0
   121ac:	8c2e                	mv	s8,a1
   121ae:	0838                	add	a4,sp,24
   121b0:	8552                	mv	a0,s4
   121b2:	85d6                	mv	a1,s5
   121b4:	2a45                	jal	12364 <__umul128>
   121b6:	47e2                	lw	a5,24(sp)
   121b8:	4772                	lw	a4,28(sp)
   121ba:	8aaa                	mv	s5,a0
   121bc:	94be                	add	s1,s1,a5
   121be:	00f4ba33          	sltu	s4,s1,a5
   121c2:	9c3a                	add	s8,s8,a4
   121c4:	9a62                	add	s4,s4,s8
   121c6:	00ea6663          	bltu	s4,a4,121d2 <__double_computePow5+0x94>
   121ca:	01471d63          	bne	a4,s4,121e4 <__double_computePow5+0xa6>
   121ce:	00f4fb63          	bgeu	s1,a5,121e4 <__double_computePow5+0xa6>
   121d2:	47c2                	lw	a5,16(sp)
   121d4:	46d2                	lw	a3,20(sp)
   121d6:	00178713          	add	a4,a5,1
   121da:	00f737b3          	sltu	a5,a4,a5
   121de:	97b6                	add	a5,a5,a3
   121e0:	c83a                	sw	a4,16(sp)
   121e2:	ca3e                	sw	a5,20(sp)
   121e4:	8522                	mv	a0,s0
   121e6:	c62e                	sw	a1,12(sp)
   121e8:	22ad                	jal	12352 <__pow5bits>
   121ea:	8baa                	mv	s7,a0
   121ec:	4569                	li	a0,26
   121ee:	02ab0533          	mul	a0,s6,a0
   121f2:	2285                	jal	12352 <__pow5bits>
   121f4:	45b2                	lw	a1,12(sp)
   121f6:	40ab8733          	sub	a4,s7,a0
   121fa:	8626                	mv	a2,s1
   121fc:	86d2                	mv	a3,s4
   121fe:	8556                	mv	a0,s5
   12200:	c43a                	sw	a4,8(sp)
   12202:	227d                	jal	123b0 <__shiftright128>
   12204:	00445793          	srl	a5,s0,0x4
   12208:	078a                	sll	a5,a5,0x2
   1220a:	99be                	add	s3,s3,a5
   1220c:	1a09a783          	lw	a5,416(s3)
   12210:	0406                	sll	s0,s0,0x1
   12212:	8879                	and	s0,s0,30
   12214:	0087d7b3          	srl	a5,a5,s0
   12218:	8b8d                	and	a5,a5,3
   1221a:	953e                	add	a0,a0,a5
   1221c:	00f537b3          	sltu	a5,a0,a5
   12220:	4722                	lw	a4,8(sp)
   12222:	4642                	lw	a2,16(sp)
   12224:	46d2                	lw	a3,20(sp)
   12226:	97ae                	add	a5,a5,a1
   12228:	00a92023          	sw	a0,0(s2)
   1222c:	00f92223          	sw	a5,4(s2)
   12230:	8526                	mv	a0,s1
   12232:	85d2                	mv	a1,s4
   12234:	2ab5                	jal	123b0 <__shiftright128>
   12236:	bf35                	j	12172 <__double_computePow5+0x34>

00012238 <__double_computeInvPow5>:
   12238:	0fb002ef          	jal	t0,12b32 <__riscv_save_10>
   1223c:	4b69                	li	s6,26
   1223e:	01950793          	add	a5,a0,25
   12242:	0367d7b3          	divu	a5,a5,s6
   12246:	6acd                	lui	s5,0x13
   12248:	2a8a8493          	add	s1,s5,680 # 132a8 <DOUBLE_POW5_SPLIT2>
   1224c:	1f848493          	add	s1,s1,504
   12250:	1101                	add	sp,sp,-32
   12252:	8a2e                	mv	s4,a1
   12254:	03678b33          	mul	s6,a5,s6
   12258:	0792                	sll	a5,a5,0x4
   1225a:	94be                	add	s1,s1,a5
   1225c:	40ab0733          	sub	a4,s6,a0
   12260:	00ab1f63          	bne	s6,a0,1227e <__double_computeInvPow5+0x46>
   12264:	4098                	lw	a4,0(s1)
   12266:	40dc                	lw	a5,4(s1)
   12268:	c198                	sw	a4,0(a1)
   1226a:	c1dc                	sw	a5,4(a1)
   1226c:	4488                	lw	a0,8(s1)
   1226e:	44cc                	lw	a1,12(s1)
   12270:	00aa2423          	sw	a0,8(s4)
   12274:	00ba2623          	sw	a1,12(s4)
   12278:	6105                	add	sp,sp,32
   1227a:	0f10006f          	j	12b6a <__riscv_restore_10>
   1227e:	2a8a8a93          	add	s5,s5,680
   12282:	070e                	sll	a4,a4,0x3
   12284:	9756                	add	a4,a4,s5
   12286:	0d072903          	lw	s2,208(a4)
   1228a:	0d472983          	lw	s3,212(a4)
   1228e:	4490                	lw	a2,8(s1)
   12290:	44d4                	lw	a3,12(s1)
   12292:	0818                	add	a4,sp,16
   12294:	85ce                	mv	a1,s3
   12296:	842a                	mv	s0,a0
   12298:	854a                	mv	a0,s2
   1229a:	20e9                	jal	12364 <__umul128>
   1229c:	4090                	lw	a2,0(s1)
   1229e:	40d4                	lw	a3,4(s1)
   122a0:	8c2a                	mv	s8,a0
   122a2:	00163793          	seqz	a5,a2
   122a6:	8bae                	mv	s7,a1
   122a8:	0838                	add	a4,sp,24
   122aa:	8e9d                	sub	a3,a3,a5
   122ac:	854a                	mv	a0,s2
   122ae:	85ce                	mv	a1,s3
   122b0:	167d                	add	a2,a2,-1
   122b2:	284d                	jal	12364 <__umul128>
   122b4:	47e2                	lw	a5,24(sp)
   122b6:	4772                	lw	a4,28(sp)
   122b8:	89aa                	mv	s3,a0
   122ba:	9c3e                	add	s8,s8,a5
   122bc:	00fc3933          	sltu	s2,s8,a5
   122c0:	9bba                	add	s7,s7,a4
   122c2:	995e                	add	s2,s2,s7
   122c4:	00e96663          	bltu	s2,a4,122d0 <__double_computeInvPow5+0x98>
   122c8:	01271d63          	bne	a4,s2,122e2 <__double_computeInvPow5+0xaa>
   122cc:	00fc7b63          	bgeu	s8,a5,122e2 <__double_computeInvPow5+0xaa>
   122d0:	47c2                	lw	a5,16(sp)
   122d2:	46d2                	lw	a3,20(sp)
   122d4:	00178713          	add	a4,a5,1
   122d8:	00f737b3          	sltu	a5,a4,a5
   122dc:	97b6                	add	a5,a5,a3
   122de:	c83a                	sw	a4,16(sp)
   122e0:	ca3e                	sw	a5,20(sp)
   122e2:	855a                	mv	a0,s6
   122e4:	c62e                	sw	a1,12(sp)
   122e6:	20b5                	jal	12352 <__pow5bits>
   122e8:	8b2a                	mv	s6,a0
   122ea:	8522                	mv	a0,s0
   122ec:	209d                	jal	12352 <__pow5bits>
   122ee:	45b2                	lw	a1,12(sp)
   122f0:	40ab0733          	sub	a4,s6,a0
   122f4:	8662                	mv	a2,s8
   122f6:	86ca                	mv	a3,s2
   122f8:	854e                	mv	a0,s3
   122fa:	c43a                	sw	a4,8(sp)
   122fc:	2855                	jal	123b0 <__shiftright128>
   122fe:	00445793          	srl	a5,s0,0x4
   12302:	078a                	sll	a5,a5,0x2
   12304:	9abe                	add	s5,s5,a5
   12306:	2e8aa783          	lw	a5,744(s5)
   1230a:	0406                	sll	s0,s0,0x1
   1230c:	8879                	and	s0,s0,30
   1230e:	0087d7b3          	srl	a5,a5,s0
   12312:	8b8d                	and	a5,a5,3
   12314:	0785                	add	a5,a5,1
   12316:	953e                	add	a0,a0,a5
   12318:	00f537b3          	sltu	a5,a0,a5
   1231c:	4722                	lw	a4,8(sp)
   1231e:	4642                	lw	a2,16(sp)
   12320:	46d2                	lw	a3,20(sp)
   12322:	97ae                	add	a5,a5,a1
   12324:	00aa2023          	sw	a0,0(s4)
   12328:	00fa2223          	sw	a5,4(s4)
   1232c:	8562                	mv	a0,s8
   1232e:	85ca                	mv	a1,s2
   12330:	2041                	jal	123b0 <__shiftright128>
   12332:	bf3d                	j	12270 <__double_computeInvPow5+0x38>

00012334 <__log10Pow2>:
   12334:	67cd                	lui	a5,0x13
   12336:	44178793          	add	a5,a5,1089 # 13441 <DOUBLE_POW5_TABLE+0xc9>
   1233a:	02f50533          	mul	a0,a0,a5
   1233e:	8149                	srl	a0,a0,0x12
   12340:	8082                	ret

00012342 <__log10Pow5>:
   12342:	000b37b7          	lui	a5,0xb3
   12346:	efb78793          	add	a5,a5,-261 # b2efb <_end+0x9e3c3>
   1234a:	02f50533          	mul	a0,a0,a5
   1234e:	8151                	srl	a0,a0,0x14
   12350:	8082                	ret

00012352 <__pow5bits>:
   12352:	001297b7          	lui	a5,0x129
   12356:	34f78793          	add	a5,a5,847 # 12934f <_end+0x114817>
   1235a:	02f50533          	mul	a0,a0,a5
   1235e:	814d                	srl	a0,a0,0x13
   12360:	0505                	add	a0,a0,1
   12362:	8082                	ret

00012364 <__umul128>:
   12364:	02c537b3          	mulhu	a5,a0,a2
   12368:	832e                	mv	t1,a1
   1236a:	02c585b3          	mul	a1,a1,a2
   1236e:	02c33833          	mulhu	a6,t1,a2
   12372:	95be                	add	a1,a1,a5
   12374:	00f5b7b3          	sltu	a5,a1,a5
   12378:	97c2                	add	a5,a5,a6
   1237a:	02a68833          	mul	a6,a3,a0
   1237e:	02a6b8b3          	mulhu	a7,a3,a0
   12382:	95c2                	add	a1,a1,a6
   12384:	0105b833          	sltu	a6,a1,a6
   12388:	98c2                	add	a7,a7,a6
   1238a:	02d30833          	mul	a6,t1,a3
   1238e:	02d33333          	mulhu	t1,t1,a3
   12392:	983e                	add	a6,a6,a5
   12394:	011806b3          	add	a3,a6,a7
   12398:	00f837b3          	sltu	a5,a6,a5
   1239c:	0106b833          	sltu	a6,a3,a6
   123a0:	c314                	sw	a3,0(a4)
   123a2:	979a                	add	a5,a5,t1
   123a4:	983e                	add	a6,a6,a5
   123a6:	02c50533          	mul	a0,a0,a2
   123aa:	01072223          	sw	a6,4(a4)
   123ae:	8082                	ret

000123b0 <__shiftright128>:
   123b0:	790002ef          	jal	t0,12b40 <__riscv_save_4>
   123b4:	8a2a                	mv	s4,a0
   123b6:	8532                	mv	a0,a2
   123b8:	04000613          	li	a2,64
   123bc:	8e19                	sub	a2,a2,a4
   123be:	89ae                	mv	s3,a1
   123c0:	85b6                	mv	a1,a3
   123c2:	843a                	mv	s0,a4
   123c4:	2079                	jal	12452 <__ashldi3>
   123c6:	892a                	mv	s2,a0
   123c8:	84ae                	mv	s1,a1
   123ca:	8622                	mv	a2,s0
   123cc:	8552                	mv	a0,s4
   123ce:	85ce                	mv	a1,s3
   123d0:	28a9                	jal	1242a <__lshrdi3>
   123d2:	00a96533          	or	a0,s2,a0
   123d6:	8dc5                	or	a1,a1,s1
   123d8:	af71                	j	12b74 <__riscv_restore_4>

000123da <__libc_fini_array>:
   123da:	780002ef          	jal	t0,12b5a <__riscv_save_0>
   123de:	67cd                	lui	a5,0x13
   123e0:	644d                	lui	s0,0x13
   123e2:	6f078713          	add	a4,a5,1776 # 136f0 <__fini_array_end>
   123e6:	6f040413          	add	s0,s0,1776 # 136f0 <__fini_array_end>
   123ea:	8c19                	sub	s0,s0,a4
   123ec:	8409                	sra	s0,s0,0x2
   123ee:	6f078493          	add	s1,a5,1776
   123f2:	e809                	bnez	s0,12404 <__libc_fini_array+0x2a>
   123f4:	00000793          	li	a5,0
   123f8:	c789                	beqz	a5,12402 <__libc_fini_array+0x28>
   123fa:	00000097          	auipc	ra,0x0
   123fe:	000000e7          	jalr	zero # 0 <errno>
   12402:	afb5                	j	12b7e <__riscv_restore_0>
   12404:	147d                	add	s0,s0,-1
   12406:	00241793          	sll	a5,s0,0x2
   1240a:	97a6                	add	a5,a5,s1
   1240c:	439c                	lw	a5,0(a5)
   1240e:	9782                	jalr	a5
   12410:	b7cd                	j	123f2 <__libc_fini_array+0x18>

00012412 <strnlen>:
   12412:	95aa                	add	a1,a1,a0
   12414:	87aa                	mv	a5,a0
   12416:	00b78563          	beq	a5,a1,12420 <strnlen+0xe>
   1241a:	0007c703          	lbu	a4,0(a5)
   1241e:	e701                	bnez	a4,12426 <strnlen+0x14>
   12420:	40a78533          	sub	a0,a5,a0
   12424:	8082                	ret
   12426:	0785                	add	a5,a5,1
   12428:	b7fd                	j	12416 <strnlen+0x4>

0001242a <__lshrdi3>:
   1242a:	ca19                	beqz	a2,12440 <__lshrdi3+0x16>
   1242c:	02000793          	li	a5,32
   12430:	8f91                	sub	a5,a5,a2
   12432:	00f04863          	bgtz	a5,12442 <__lshrdi3+0x18>
   12436:	1601                	add	a2,a2,-32
   12438:	00c5d533          	srl	a0,a1,a2
   1243c:	4701                	li	a4,0
   1243e:	85ba                	mv	a1,a4
   12440:	8082                	ret
   12442:	00c5d733          	srl	a4,a1,a2
   12446:	00c55533          	srl	a0,a0,a2
   1244a:	00f595b3          	sll	a1,a1,a5
   1244e:	8d4d                	or	a0,a0,a1
   12450:	b7fd                	j	1243e <__lshrdi3+0x14>

00012452 <__ashldi3>:
   12452:	ca19                	beqz	a2,12468 <__ashldi3+0x16>
   12454:	02000793          	li	a5,32
   12458:	8f91                	sub	a5,a5,a2
   1245a:	00f04863          	bgtz	a5,1246a <__ashldi3+0x18>
   1245e:	1601                	add	a2,a2,-32
   12460:	00c515b3          	sll	a1,a0,a2
   12464:	4701                	li	a4,0
   12466:	853a                	mv	a0,a4
   12468:	8082                	ret
   1246a:	00c51733          	sll	a4,a0,a2
   1246e:	00c595b3          	sll	a1,a1,a2
   12472:	00f55533          	srl	a0,a0,a5
   12476:	8dc9                	or	a1,a1,a0
   12478:	b7fd                	j	12466 <__ashldi3+0x14>

0001247a <__ashrdi3>:
   1247a:	ce01                	beqz	a2,12492 <__ashrdi3+0x18>
   1247c:	02000793          	li	a5,32
   12480:	8f91                	sub	a5,a5,a2
   12482:	00f04963          	bgtz	a5,12494 <__ashrdi3+0x1a>
   12486:	1601                	add	a2,a2,-32
   12488:	41f5d713          	sra	a4,a1,0x1f
   1248c:	40c5d533          	sra	a0,a1,a2
   12490:	85ba                	mv	a1,a4
   12492:	8082                	ret
   12494:	40c5d733          	sra	a4,a1,a2
   12498:	00c55533          	srl	a0,a0,a2
   1249c:	00f595b3          	sll	a1,a1,a5
   124a0:	8d4d                	or	a0,a0,a1
   124a2:	b7fd                	j	12490 <__ashrdi3+0x16>

000124a4 <__udivdi3>:
   124a4:	88aa                	mv	a7,a0
   124a6:	832e                	mv	t1,a1
   124a8:	8732                	mv	a4,a2
   124aa:	882a                	mv	a6,a0
   124ac:	87ae                	mv	a5,a1
   124ae:	20069663          	bnez	a3,126ba <__udivdi3+0x216>
   124b2:	00001597          	auipc	a1,0x1
   124b6:	13258593          	add	a1,a1,306 # 135e4 <__clz_tab>
   124ba:	0cc37163          	bgeu	t1,a2,1257c <__udivdi3+0xd8>
   124be:	66c1                	lui	a3,0x10
   124c0:	0ad67763          	bgeu	a2,a3,1256e <__udivdi3+0xca>
   124c4:	10063693          	sltiu	a3,a2,256
   124c8:	0016c693          	xor	a3,a3,1
   124cc:	068e                	sll	a3,a3,0x3
   124ce:	00d65533          	srl	a0,a2,a3
   124d2:	95aa                	add	a1,a1,a0
   124d4:	0005c583          	lbu	a1,0(a1)
   124d8:	02000513          	li	a0,32
   124dc:	96ae                	add	a3,a3,a1
   124de:	40d505b3          	sub	a1,a0,a3
   124e2:	00d50b63          	beq	a0,a3,124f8 <__udivdi3+0x54>
   124e6:	00b317b3          	sll	a5,t1,a1
   124ea:	00d8d6b3          	srl	a3,a7,a3
   124ee:	00b61733          	sll	a4,a2,a1
   124f2:	8fd5                	or	a5,a5,a3
   124f4:	00b89833          	sll	a6,a7,a1
   124f8:	01075593          	srl	a1,a4,0x10
   124fc:	02b7d333          	divu	t1,a5,a1
   12500:	01071613          	sll	a2,a4,0x10
   12504:	8241                	srl	a2,a2,0x10
   12506:	02b7f7b3          	remu	a5,a5,a1
   1250a:	851a                	mv	a0,t1
   1250c:	026608b3          	mul	a7,a2,t1
   12510:	01079693          	sll	a3,a5,0x10
   12514:	01085793          	srl	a5,a6,0x10
   12518:	8fd5                	or	a5,a5,a3
   1251a:	0117fc63          	bgeu	a5,a7,12532 <__udivdi3+0x8e>
   1251e:	97ba                	add	a5,a5,a4
   12520:	fff30513          	add	a0,t1,-1
   12524:	00e7e763          	bltu	a5,a4,12532 <__udivdi3+0x8e>
   12528:	0117f563          	bgeu	a5,a7,12532 <__udivdi3+0x8e>
   1252c:	ffe30513          	add	a0,t1,-2
   12530:	97ba                	add	a5,a5,a4
   12532:	411787b3          	sub	a5,a5,a7
   12536:	02b7d8b3          	divu	a7,a5,a1
   1253a:	0842                	sll	a6,a6,0x10
   1253c:	01085813          	srl	a6,a6,0x10
   12540:	02b7f7b3          	remu	a5,a5,a1
   12544:	031606b3          	mul	a3,a2,a7
   12548:	07c2                	sll	a5,a5,0x10
   1254a:	00f86833          	or	a6,a6,a5
   1254e:	87c6                	mv	a5,a7
   12550:	00d87b63          	bgeu	a6,a3,12566 <__udivdi3+0xc2>
   12554:	983a                	add	a6,a6,a4
   12556:	fff88793          	add	a5,a7,-1
   1255a:	00e86663          	bltu	a6,a4,12566 <__udivdi3+0xc2>
   1255e:	00d87463          	bgeu	a6,a3,12566 <__udivdi3+0xc2>
   12562:	ffe88793          	add	a5,a7,-2
   12566:	0542                	sll	a0,a0,0x10
   12568:	8d5d                	or	a0,a0,a5
   1256a:	4581                	li	a1,0
   1256c:	8082                	ret
   1256e:	01000537          	lui	a0,0x1000
   12572:	46c1                	li	a3,16
   12574:	f4a66de3          	bltu	a2,a0,124ce <__udivdi3+0x2a>
   12578:	46e1                	li	a3,24
   1257a:	bf91                	j	124ce <__udivdi3+0x2a>
   1257c:	4681                	li	a3,0
   1257e:	ca09                	beqz	a2,12590 <__udivdi3+0xec>
   12580:	67c1                	lui	a5,0x10
   12582:	08f67f63          	bgeu	a2,a5,12620 <__udivdi3+0x17c>
   12586:	10063693          	sltiu	a3,a2,256
   1258a:	0016c693          	xor	a3,a3,1
   1258e:	068e                	sll	a3,a3,0x3
   12590:	00d657b3          	srl	a5,a2,a3
   12594:	95be                	add	a1,a1,a5
   12596:	0005c783          	lbu	a5,0(a1)
   1259a:	97b6                	add	a5,a5,a3
   1259c:	02000693          	li	a3,32
   125a0:	40f685b3          	sub	a1,a3,a5
   125a4:	08f69563          	bne	a3,a5,1262e <__udivdi3+0x18a>
   125a8:	40c307b3          	sub	a5,t1,a2
   125ac:	4585                	li	a1,1
   125ae:	01075893          	srl	a7,a4,0x10
   125b2:	0317de33          	divu	t3,a5,a7
   125b6:	01071613          	sll	a2,a4,0x10
   125ba:	8241                	srl	a2,a2,0x10
   125bc:	01085693          	srl	a3,a6,0x10
   125c0:	0317f7b3          	remu	a5,a5,a7
   125c4:	8572                	mv	a0,t3
   125c6:	03c60333          	mul	t1,a2,t3
   125ca:	07c2                	sll	a5,a5,0x10
   125cc:	8fd5                	or	a5,a5,a3
   125ce:	0067fc63          	bgeu	a5,t1,125e6 <__udivdi3+0x142>
   125d2:	97ba                	add	a5,a5,a4
   125d4:	fffe0513          	add	a0,t3,-1
   125d8:	00e7e763          	bltu	a5,a4,125e6 <__udivdi3+0x142>
   125dc:	0067f563          	bgeu	a5,t1,125e6 <__udivdi3+0x142>
   125e0:	ffee0513          	add	a0,t3,-2
   125e4:	97ba                	add	a5,a5,a4
   125e6:	406787b3          	sub	a5,a5,t1
   125ea:	0317d333          	divu	t1,a5,a7
   125ee:	0842                	sll	a6,a6,0x10
   125f0:	01085813          	srl	a6,a6,0x10
   125f4:	0317f7b3          	remu	a5,a5,a7
   125f8:	026606b3          	mul	a3,a2,t1
   125fc:	07c2                	sll	a5,a5,0x10
   125fe:	00f86833          	or	a6,a6,a5
   12602:	879a                	mv	a5,t1
   12604:	00d87b63          	bgeu	a6,a3,1261a <__udivdi3+0x176>
   12608:	983a                	add	a6,a6,a4
   1260a:	fff30793          	add	a5,t1,-1
   1260e:	00e86663          	bltu	a6,a4,1261a <__udivdi3+0x176>
   12612:	00d87463          	bgeu	a6,a3,1261a <__udivdi3+0x176>
   12616:	ffe30793          	add	a5,t1,-2
   1261a:	0542                	sll	a0,a0,0x10
   1261c:	8d5d                	or	a0,a0,a5
   1261e:	8082                	ret
   12620:	010007b7          	lui	a5,0x1000
   12624:	46c1                	li	a3,16
   12626:	f6f665e3          	bltu	a2,a5,12590 <__udivdi3+0xec>
   1262a:	46e1                	li	a3,24
   1262c:	b795                	j	12590 <__udivdi3+0xec>
   1262e:	00b61733          	sll	a4,a2,a1
   12632:	00f356b3          	srl	a3,t1,a5
   12636:	01075513          	srl	a0,a4,0x10
   1263a:	00b31333          	sll	t1,t1,a1
   1263e:	00f8d7b3          	srl	a5,a7,a5
   12642:	0067e7b3          	or	a5,a5,t1
   12646:	02a6d333          	divu	t1,a3,a0
   1264a:	01071613          	sll	a2,a4,0x10
   1264e:	8241                	srl	a2,a2,0x10
   12650:	00b89833          	sll	a6,a7,a1
   12654:	02a6f6b3          	remu	a3,a3,a0
   12658:	026608b3          	mul	a7,a2,t1
   1265c:	01069593          	sll	a1,a3,0x10
   12660:	0107d693          	srl	a3,a5,0x10
   12664:	8ecd                	or	a3,a3,a1
   12666:	859a                	mv	a1,t1
   12668:	0116fc63          	bgeu	a3,a7,12680 <__udivdi3+0x1dc>
   1266c:	96ba                	add	a3,a3,a4
   1266e:	fff30593          	add	a1,t1,-1
   12672:	00e6e763          	bltu	a3,a4,12680 <__udivdi3+0x1dc>
   12676:	0116f563          	bgeu	a3,a7,12680 <__udivdi3+0x1dc>
   1267a:	ffe30593          	add	a1,t1,-2
   1267e:	96ba                	add	a3,a3,a4
   12680:	411686b3          	sub	a3,a3,a7
   12684:	02a6d8b3          	divu	a7,a3,a0
   12688:	07c2                	sll	a5,a5,0x10
   1268a:	83c1                	srl	a5,a5,0x10
   1268c:	02a6f6b3          	remu	a3,a3,a0
   12690:	03160633          	mul	a2,a2,a7
   12694:	06c2                	sll	a3,a3,0x10
   12696:	8fd5                	or	a5,a5,a3
   12698:	86c6                	mv	a3,a7
   1269a:	00c7fc63          	bgeu	a5,a2,126b2 <__udivdi3+0x20e>
   1269e:	97ba                	add	a5,a5,a4
   126a0:	fff88693          	add	a3,a7,-1
   126a4:	00e7e763          	bltu	a5,a4,126b2 <__udivdi3+0x20e>
   126a8:	00c7f563          	bgeu	a5,a2,126b2 <__udivdi3+0x20e>
   126ac:	ffe88693          	add	a3,a7,-2
   126b0:	97ba                	add	a5,a5,a4
   126b2:	05c2                	sll	a1,a1,0x10
   126b4:	8f91                	sub	a5,a5,a2
   126b6:	8dd5                	or	a1,a1,a3
   126b8:	bddd                	j	125ae <__udivdi3+0x10a>
   126ba:	14d5e163          	bltu	a1,a3,127fc <__udivdi3+0x358>
   126be:	67c1                	lui	a5,0x10
   126c0:	02f6ff63          	bgeu	a3,a5,126fe <__udivdi3+0x25a>
   126c4:	1006b713          	sltiu	a4,a3,256
   126c8:	00174713          	xor	a4,a4,1
   126cc:	070e                	sll	a4,a4,0x3
   126ce:	00e6d5b3          	srl	a1,a3,a4
   126d2:	00001797          	auipc	a5,0x1
   126d6:	f1278793          	add	a5,a5,-238 # 135e4 <__clz_tab>
   126da:	97ae                	add	a5,a5,a1
   126dc:	0007c783          	lbu	a5,0(a5)
   126e0:	97ba                	add	a5,a5,a4
   126e2:	02000713          	li	a4,32
   126e6:	40f705b3          	sub	a1,a4,a5
   126ea:	02f71163          	bne	a4,a5,1270c <__udivdi3+0x268>
   126ee:	4505                	li	a0,1
   126f0:	e666eee3          	bltu	a3,t1,1256c <__udivdi3+0xc8>
   126f4:	00c8b533          	sltu	a0,a7,a2
   126f8:	00154513          	xor	a0,a0,1
   126fc:	8082                	ret
   126fe:	010007b7          	lui	a5,0x1000
   12702:	4741                	li	a4,16
   12704:	fcf6e5e3          	bltu	a3,a5,126ce <__udivdi3+0x22a>
   12708:	4761                	li	a4,24
   1270a:	b7d1                	j	126ce <__udivdi3+0x22a>
   1270c:	00f65733          	srl	a4,a2,a5
   12710:	00b696b3          	sll	a3,a3,a1
   12714:	8ed9                	or	a3,a3,a4
   12716:	00f35733          	srl	a4,t1,a5
   1271a:	00b31333          	sll	t1,t1,a1
   1271e:	00f8d7b3          	srl	a5,a7,a5
   12722:	0067e7b3          	or	a5,a5,t1
   12726:	0106d313          	srl	t1,a3,0x10
   1272a:	02675eb3          	divu	t4,a4,t1
   1272e:	01069813          	sll	a6,a3,0x10
   12732:	01085813          	srl	a6,a6,0x10
   12736:	00b61633          	sll	a2,a2,a1
   1273a:	02677733          	remu	a4,a4,t1
   1273e:	03d80e33          	mul	t3,a6,t4
   12742:	01071513          	sll	a0,a4,0x10
   12746:	0107d713          	srl	a4,a5,0x10
   1274a:	8f49                	or	a4,a4,a0
   1274c:	8576                	mv	a0,t4
   1274e:	01c77c63          	bgeu	a4,t3,12766 <__udivdi3+0x2c2>
   12752:	9736                	add	a4,a4,a3
   12754:	fffe8513          	add	a0,t4,-1
   12758:	00d76763          	bltu	a4,a3,12766 <__udivdi3+0x2c2>
   1275c:	01c77563          	bgeu	a4,t3,12766 <__udivdi3+0x2c2>
   12760:	ffee8513          	add	a0,t4,-2
   12764:	9736                	add	a4,a4,a3
   12766:	41c70733          	sub	a4,a4,t3
   1276a:	02675e33          	divu	t3,a4,t1
   1276e:	07c2                	sll	a5,a5,0x10
   12770:	83c1                	srl	a5,a5,0x10
   12772:	02677733          	remu	a4,a4,t1
   12776:	03c80833          	mul	a6,a6,t3
   1277a:	0742                	sll	a4,a4,0x10
   1277c:	8fd9                	or	a5,a5,a4
   1277e:	8772                	mv	a4,t3
   12780:	0107fc63          	bgeu	a5,a6,12798 <__udivdi3+0x2f4>
   12784:	97b6                	add	a5,a5,a3
   12786:	fffe0713          	add	a4,t3,-1
   1278a:	00d7e763          	bltu	a5,a3,12798 <__udivdi3+0x2f4>
   1278e:	0107f563          	bgeu	a5,a6,12798 <__udivdi3+0x2f4>
   12792:	ffee0713          	add	a4,t3,-2
   12796:	97b6                	add	a5,a5,a3
   12798:	0542                	sll	a0,a0,0x10
   1279a:	6e41                	lui	t3,0x10
   1279c:	8d59                	or	a0,a0,a4
   1279e:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   127a2:	00d57733          	and	a4,a0,a3
   127a6:	410787b3          	sub	a5,a5,a6
   127aa:	8ef1                	and	a3,a3,a2
   127ac:	01055813          	srl	a6,a0,0x10
   127b0:	8241                	srl	a2,a2,0x10
   127b2:	02d70333          	mul	t1,a4,a3
   127b6:	02d806b3          	mul	a3,a6,a3
   127ba:	02c70733          	mul	a4,a4,a2
   127be:	02c80833          	mul	a6,a6,a2
   127c2:	00d70633          	add	a2,a4,a3
   127c6:	01035713          	srl	a4,t1,0x10
   127ca:	9732                	add	a4,a4,a2
   127cc:	00d77363          	bgeu	a4,a3,127d2 <__udivdi3+0x32e>
   127d0:	9872                	add	a6,a6,t3
   127d2:	01075693          	srl	a3,a4,0x10
   127d6:	96c2                	add	a3,a3,a6
   127d8:	02d7e063          	bltu	a5,a3,127f8 <__udivdi3+0x354>
   127dc:	d8d797e3          	bne	a5,a3,1256a <__udivdi3+0xc6>
   127e0:	67c1                	lui	a5,0x10
   127e2:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   127e4:	8f7d                	and	a4,a4,a5
   127e6:	0742                	sll	a4,a4,0x10
   127e8:	00f37333          	and	t1,t1,a5
   127ec:	00b898b3          	sll	a7,a7,a1
   127f0:	971a                	add	a4,a4,t1
   127f2:	4581                	li	a1,0
   127f4:	d6e8fce3          	bgeu	a7,a4,1256c <__udivdi3+0xc8>
   127f8:	157d                	add	a0,a0,-1 # ffffff <_end+0xfeb4c7>
   127fa:	bb85                	j	1256a <__udivdi3+0xc6>
   127fc:	4581                	li	a1,0
   127fe:	4501                	li	a0,0
   12800:	8082                	ret

00012802 <__umoddi3>:
   12802:	8832                	mv	a6,a2
   12804:	87aa                	mv	a5,a0
   12806:	872e                	mv	a4,a1
   12808:	1a069363          	bnez	a3,129ae <__umoddi3+0x1ac>
   1280c:	00001897          	auipc	a7,0x1
   12810:	dd888893          	add	a7,a7,-552 # 135e4 <__clz_tab>
   12814:	0ac5f663          	bgeu	a1,a2,128c0 <__umoddi3+0xbe>
   12818:	66c1                	lui	a3,0x10
   1281a:	08d67c63          	bgeu	a2,a3,128b2 <__umoddi3+0xb0>
   1281e:	10063693          	sltiu	a3,a2,256
   12822:	0016c693          	xor	a3,a3,1
   12826:	068e                	sll	a3,a3,0x3
   12828:	00d65333          	srl	t1,a2,a3
   1282c:	989a                	add	a7,a7,t1
   1282e:	0008c883          	lbu	a7,0(a7)
   12832:	02000313          	li	t1,32
   12836:	96c6                	add	a3,a3,a7
   12838:	40d308b3          	sub	a7,t1,a3
   1283c:	00d30b63          	beq	t1,a3,12852 <__umoddi3+0x50>
   12840:	01159733          	sll	a4,a1,a7
   12844:	00d556b3          	srl	a3,a0,a3
   12848:	01161833          	sll	a6,a2,a7
   1284c:	8f55                	or	a4,a4,a3
   1284e:	011517b3          	sll	a5,a0,a7
   12852:	01085613          	srl	a2,a6,0x10
   12856:	02c756b3          	divu	a3,a4,a2
   1285a:	01081513          	sll	a0,a6,0x10
   1285e:	8141                	srl	a0,a0,0x10
   12860:	02c77733          	remu	a4,a4,a2
   12864:	02a686b3          	mul	a3,a3,a0
   12868:	01071593          	sll	a1,a4,0x10
   1286c:	0107d713          	srl	a4,a5,0x10
   12870:	8f4d                	or	a4,a4,a1
   12872:	00d77863          	bgeu	a4,a3,12882 <__umoddi3+0x80>
   12876:	9742                	add	a4,a4,a6
   12878:	01076563          	bltu	a4,a6,12882 <__umoddi3+0x80>
   1287c:	00d77363          	bgeu	a4,a3,12882 <__umoddi3+0x80>
   12880:	9742                	add	a4,a4,a6
   12882:	8f15                	sub	a4,a4,a3
   12884:	02c756b3          	divu	a3,a4,a2
   12888:	02c77733          	remu	a4,a4,a2
   1288c:	02a686b3          	mul	a3,a3,a0
   12890:	07c2                	sll	a5,a5,0x10
   12892:	0742                	sll	a4,a4,0x10
   12894:	83c1                	srl	a5,a5,0x10
   12896:	8fd9                	or	a5,a5,a4
   12898:	00d7f863          	bgeu	a5,a3,128a8 <__umoddi3+0xa6>
   1289c:	97c2                	add	a5,a5,a6
   1289e:	0107e563          	bltu	a5,a6,128a8 <__umoddi3+0xa6>
   128a2:	00d7f363          	bgeu	a5,a3,128a8 <__umoddi3+0xa6>
   128a6:	97c2                	add	a5,a5,a6
   128a8:	8f95                	sub	a5,a5,a3
   128aa:	0117d533          	srl	a0,a5,a7
   128ae:	4581                	li	a1,0
   128b0:	8082                	ret
   128b2:	01000337          	lui	t1,0x1000
   128b6:	46c1                	li	a3,16
   128b8:	f66668e3          	bltu	a2,t1,12828 <__umoddi3+0x26>
   128bc:	46e1                	li	a3,24
   128be:	b7ad                	j	12828 <__umoddi3+0x26>
   128c0:	4681                	li	a3,0
   128c2:	ca09                	beqz	a2,128d4 <__umoddi3+0xd2>
   128c4:	6741                	lui	a4,0x10
   128c6:	06e67463          	bgeu	a2,a4,1292e <__umoddi3+0x12c>
   128ca:	10063693          	sltiu	a3,a2,256
   128ce:	0016c693          	xor	a3,a3,1
   128d2:	068e                	sll	a3,a3,0x3
   128d4:	00d65733          	srl	a4,a2,a3
   128d8:	98ba                	add	a7,a7,a4
   128da:	0008c703          	lbu	a4,0(a7)
   128de:	9736                	add	a4,a4,a3
   128e0:	02000693          	li	a3,32
   128e4:	40e688b3          	sub	a7,a3,a4
   128e8:	04e69a63          	bne	a3,a4,1293c <__umoddi3+0x13a>
   128ec:	40c58733          	sub	a4,a1,a2
   128f0:	01085593          	srl	a1,a6,0x10
   128f4:	02b75633          	divu	a2,a4,a1
   128f8:	01081513          	sll	a0,a6,0x10
   128fc:	8141                	srl	a0,a0,0x10
   128fe:	0107d693          	srl	a3,a5,0x10
   12902:	02b77733          	remu	a4,a4,a1
   12906:	02a60633          	mul	a2,a2,a0
   1290a:	0742                	sll	a4,a4,0x10
   1290c:	8f55                	or	a4,a4,a3
   1290e:	00c77863          	bgeu	a4,a2,1291e <__umoddi3+0x11c>
   12912:	9742                	add	a4,a4,a6
   12914:	01076563          	bltu	a4,a6,1291e <__umoddi3+0x11c>
   12918:	00c77363          	bgeu	a4,a2,1291e <__umoddi3+0x11c>
   1291c:	9742                	add	a4,a4,a6
   1291e:	8f11                	sub	a4,a4,a2
   12920:	02b756b3          	divu	a3,a4,a1
   12924:	02b77733          	remu	a4,a4,a1
   12928:	02a686b3          	mul	a3,a3,a0
   1292c:	b795                	j	12890 <__umoddi3+0x8e>
   1292e:	01000737          	lui	a4,0x1000
   12932:	46c1                	li	a3,16
   12934:	fae660e3          	bltu	a2,a4,128d4 <__umoddi3+0xd2>
   12938:	46e1                	li	a3,24
   1293a:	bf69                	j	128d4 <__umoddi3+0xd2>
   1293c:	01161833          	sll	a6,a2,a7
   12940:	00e5d6b3          	srl	a3,a1,a4
   12944:	011517b3          	sll	a5,a0,a7
   12948:	011595b3          	sll	a1,a1,a7
   1294c:	00e55733          	srl	a4,a0,a4
   12950:	01085513          	srl	a0,a6,0x10
   12954:	8f4d                	or	a4,a4,a1
   12956:	02a6d5b3          	divu	a1,a3,a0
   1295a:	01081313          	sll	t1,a6,0x10
   1295e:	01035313          	srl	t1,t1,0x10
   12962:	02a6f6b3          	remu	a3,a3,a0
   12966:	026585b3          	mul	a1,a1,t1
   1296a:	01069613          	sll	a2,a3,0x10
   1296e:	01075693          	srl	a3,a4,0x10
   12972:	8ed1                	or	a3,a3,a2
   12974:	00b6f863          	bgeu	a3,a1,12984 <__umoddi3+0x182>
   12978:	96c2                	add	a3,a3,a6
   1297a:	0106e563          	bltu	a3,a6,12984 <__umoddi3+0x182>
   1297e:	00b6f363          	bgeu	a3,a1,12984 <__umoddi3+0x182>
   12982:	96c2                	add	a3,a3,a6
   12984:	8e8d                	sub	a3,a3,a1
   12986:	02a6d633          	divu	a2,a3,a0
   1298a:	0742                	sll	a4,a4,0x10
   1298c:	8341                	srl	a4,a4,0x10
   1298e:	02a6f6b3          	remu	a3,a3,a0
   12992:	02660633          	mul	a2,a2,t1
   12996:	06c2                	sll	a3,a3,0x10
   12998:	8f55                	or	a4,a4,a3
   1299a:	00c77863          	bgeu	a4,a2,129aa <__umoddi3+0x1a8>
   1299e:	9742                	add	a4,a4,a6
   129a0:	01076563          	bltu	a4,a6,129aa <__umoddi3+0x1a8>
   129a4:	00c77363          	bgeu	a4,a2,129aa <__umoddi3+0x1a8>
   129a8:	9742                	add	a4,a4,a6
   129aa:	8f11                	sub	a4,a4,a2
   129ac:	b791                	j	128f0 <__umoddi3+0xee>
   129ae:	16d5ed63          	bltu	a1,a3,12b28 <__umoddi3+0x326>
   129b2:	6841                	lui	a6,0x10
   129b4:	0506f763          	bgeu	a3,a6,12a02 <__umoddi3+0x200>
   129b8:	1006b813          	sltiu	a6,a3,256
   129bc:	00184813          	xor	a6,a6,1
   129c0:	080e                	sll	a6,a6,0x3
   129c2:	0106d333          	srl	t1,a3,a6
   129c6:	00001897          	auipc	a7,0x1
   129ca:	c1e88893          	add	a7,a7,-994 # 135e4 <__clz_tab>
   129ce:	989a                	add	a7,a7,t1
   129d0:	0008c883          	lbu	a7,0(a7)
   129d4:	02000313          	li	t1,32
   129d8:	98c2                	add	a7,a7,a6
   129da:	41130833          	sub	a6,t1,a7
   129de:	03131963          	bne	t1,a7,12a10 <__umoddi3+0x20e>
   129e2:	00b6e463          	bltu	a3,a1,129ea <__umoddi3+0x1e8>
   129e6:	00c56b63          	bltu	a0,a2,129fc <__umoddi3+0x1fa>
   129ea:	40c50633          	sub	a2,a0,a2
   129ee:	40d586b3          	sub	a3,a1,a3
   129f2:	00c53733          	sltu	a4,a0,a2
   129f6:	87b2                	mv	a5,a2
   129f8:	40e68733          	sub	a4,a3,a4
   129fc:	853e                	mv	a0,a5
   129fe:	85ba                	mv	a1,a4
   12a00:	8082                	ret
   12a02:	010008b7          	lui	a7,0x1000
   12a06:	4841                	li	a6,16
   12a08:	fb16ede3          	bltu	a3,a7,129c2 <__umoddi3+0x1c0>
   12a0c:	4861                	li	a6,24
   12a0e:	bf55                	j	129c2 <__umoddi3+0x1c0>
   12a10:	011657b3          	srl	a5,a2,a7
   12a14:	010696b3          	sll	a3,a3,a6
   12a18:	8edd                	or	a3,a3,a5
   12a1a:	0115d733          	srl	a4,a1,a7
   12a1e:	0106de13          	srl	t3,a3,0x10
   12a22:	03c75f33          	divu	t5,a4,t3
   12a26:	01069313          	sll	t1,a3,0x10
   12a2a:	01035313          	srl	t1,t1,0x10
   12a2e:	010597b3          	sll	a5,a1,a6
   12a32:	011555b3          	srl	a1,a0,a7
   12a36:	8ddd                	or	a1,a1,a5
   12a38:	0105d793          	srl	a5,a1,0x10
   12a3c:	01061633          	sll	a2,a2,a6
   12a40:	01051533          	sll	a0,a0,a6
   12a44:	03c77733          	remu	a4,a4,t3
   12a48:	03e30eb3          	mul	t4,t1,t5
   12a4c:	0742                	sll	a4,a4,0x10
   12a4e:	8fd9                	or	a5,a5,a4
   12a50:	877a                	mv	a4,t5
   12a52:	01d7fc63          	bgeu	a5,t4,12a6a <__umoddi3+0x268>
   12a56:	97b6                	add	a5,a5,a3
   12a58:	ffff0713          	add	a4,t5,-1
   12a5c:	00d7e763          	bltu	a5,a3,12a6a <__umoddi3+0x268>
   12a60:	01d7f563          	bgeu	a5,t4,12a6a <__umoddi3+0x268>
   12a64:	ffef0713          	add	a4,t5,-2
   12a68:	97b6                	add	a5,a5,a3
   12a6a:	41d787b3          	sub	a5,a5,t4
   12a6e:	03c7deb3          	divu	t4,a5,t3
   12a72:	05c2                	sll	a1,a1,0x10
   12a74:	81c1                	srl	a1,a1,0x10
   12a76:	03c7f7b3          	remu	a5,a5,t3
   12a7a:	8e76                	mv	t3,t4
   12a7c:	03d30333          	mul	t1,t1,t4
   12a80:	07c2                	sll	a5,a5,0x10
   12a82:	8ddd                	or	a1,a1,a5
   12a84:	0065fc63          	bgeu	a1,t1,12a9c <__umoddi3+0x29a>
   12a88:	95b6                	add	a1,a1,a3
   12a8a:	fffe8e13          	add	t3,t4,-1
   12a8e:	00d5e763          	bltu	a1,a3,12a9c <__umoddi3+0x29a>
   12a92:	0065f563          	bgeu	a1,t1,12a9c <__umoddi3+0x29a>
   12a96:	ffee8e13          	add	t3,t4,-2
   12a9a:	95b6                	add	a1,a1,a3
   12a9c:	01071793          	sll	a5,a4,0x10
   12aa0:	6f41                	lui	t5,0x10
   12aa2:	01c7e7b3          	or	a5,a5,t3
   12aa6:	406585b3          	sub	a1,a1,t1
   12aaa:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12aae:	0067f733          	and	a4,a5,t1
   12ab2:	01065e13          	srl	t3,a2,0x10
   12ab6:	83c1                	srl	a5,a5,0x10
   12ab8:	00667333          	and	t1,a2,t1
   12abc:	02670eb3          	mul	t4,a4,t1
   12ac0:	02678333          	mul	t1,a5,t1
   12ac4:	03c70733          	mul	a4,a4,t3
   12ac8:	03c787b3          	mul	a5,a5,t3
   12acc:	00670e33          	add	t3,a4,t1
   12ad0:	010ed713          	srl	a4,t4,0x10
   12ad4:	9772                	add	a4,a4,t3
   12ad6:	00677363          	bgeu	a4,t1,12adc <__umoddi3+0x2da>
   12ada:	97fa                	add	a5,a5,t5
   12adc:	01075313          	srl	t1,a4,0x10
   12ae0:	979a                	add	a5,a5,t1
   12ae2:	6341                	lui	t1,0x10
   12ae4:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   12ae6:	00677733          	and	a4,a4,t1
   12aea:	0742                	sll	a4,a4,0x10
   12aec:	006efeb3          	and	t4,t4,t1
   12af0:	9776                	add	a4,a4,t4
   12af2:	00f5e663          	bltu	a1,a5,12afe <__umoddi3+0x2fc>
   12af6:	00f59b63          	bne	a1,a5,12b0c <__umoddi3+0x30a>
   12afa:	00e57963          	bgeu	a0,a4,12b0c <__umoddi3+0x30a>
   12afe:	40c70633          	sub	a2,a4,a2
   12b02:	00c73333          	sltu	t1,a4,a2
   12b06:	969a                	add	a3,a3,t1
   12b08:	8732                	mv	a4,a2
   12b0a:	8f95                	sub	a5,a5,a3
   12b0c:	40e50733          	sub	a4,a0,a4
   12b10:	00e53533          	sltu	a0,a0,a4
   12b14:	8d9d                	sub	a1,a1,a5
   12b16:	8d89                	sub	a1,a1,a0
   12b18:	011598b3          	sll	a7,a1,a7
   12b1c:	01075733          	srl	a4,a4,a6
   12b20:	00e8e533          	or	a0,a7,a4
   12b24:	0105d5b3          	srl	a1,a1,a6
   12b28:	8082                	ret

00012b2a <__riscv_save_12>:
   12b2a:	7139                	add	sp,sp,-64
   12b2c:	4301                	li	t1,0
   12b2e:	c66e                	sw	s11,12(sp)
   12b30:	a019                	j	12b36 <__riscv_save_10+0x4>

00012b32 <__riscv_save_10>:
   12b32:	7139                	add	sp,sp,-64
   12b34:	5341                	li	t1,-16
   12b36:	c86a                	sw	s10,16(sp)
   12b38:	ca66                	sw	s9,20(sp)
   12b3a:	cc62                	sw	s8,24(sp)
   12b3c:	ce5e                	sw	s7,28(sp)
   12b3e:	a019                	j	12b44 <__riscv_save_4+0x4>

00012b40 <__riscv_save_4>:
   12b40:	7139                	add	sp,sp,-64
   12b42:	5301                	li	t1,-32
   12b44:	d05a                	sw	s6,32(sp)
   12b46:	d256                	sw	s5,36(sp)
   12b48:	d452                	sw	s4,40(sp)
   12b4a:	d64e                	sw	s3,44(sp)
   12b4c:	d84a                	sw	s2,48(sp)
   12b4e:	da26                	sw	s1,52(sp)
   12b50:	dc22                	sw	s0,56(sp)
   12b52:	de06                	sw	ra,60(sp)
   12b54:	40610133          	sub	sp,sp,t1
   12b58:	8282                	jr	t0

00012b5a <__riscv_save_0>:
   12b5a:	1141                	add	sp,sp,-16
   12b5c:	c04a                	sw	s2,0(sp)
   12b5e:	c226                	sw	s1,4(sp)
   12b60:	c422                	sw	s0,8(sp)
   12b62:	c606                	sw	ra,12(sp)
   12b64:	8282                	jr	t0

00012b66 <__riscv_restore_12>:
   12b66:	4db2                	lw	s11,12(sp)
   12b68:	0141                	add	sp,sp,16

00012b6a <__riscv_restore_10>:
   12b6a:	4d02                	lw	s10,0(sp)
   12b6c:	4c92                	lw	s9,4(sp)
   12b6e:	4c22                	lw	s8,8(sp)
   12b70:	4bb2                	lw	s7,12(sp)
   12b72:	0141                	add	sp,sp,16

00012b74 <__riscv_restore_4>:
   12b74:	4b02                	lw	s6,0(sp)
   12b76:	4a92                	lw	s5,4(sp)
   12b78:	4a22                	lw	s4,8(sp)
   12b7a:	49b2                	lw	s3,12(sp)
   12b7c:	0141                	add	sp,sp,16

00012b7e <__riscv_restore_0>:
   12b7e:	4902                	lw	s2,0(sp)
   12b80:	4492                	lw	s1,4(sp)
   12b82:	4422                	lw	s0,8(sp)
   12b84:	40b2                	lw	ra,12(sp)
   12b86:	0141                	add	sp,sp,16
   12b88:	8082                	ret
