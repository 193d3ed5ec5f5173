
build/syscall.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	2275                	jal	101c0 <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2409                	jal	1021e <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	1141                	add	sp,sp,-16
   10022:	c606                	sw	ra,12(sp)
   10024:	c422                	sw	s0,8(sp)
   10026:	c226                	sw	s1,4(sp)
   10028:	c04a                	sw	s2,0(sp)
   1002a:	4785                	li	a5,1
   1002c:	02a7c663          	blt	a5,a0,10058 <main+0x38>
   10030:	2049                	jal	100b2 <getpid>
   10032:	6961                	lui	s2,0x18
   10034:	84aa                	mv	s1,a0
   10036:	6a090913          	add	s2,s2,1696 # 186a0 <__global_pointer$+0x3e88>
   1003a:	4401                	li	s0,0
   1003c:	a021                	j	10044 <main+0x24>
   1003e:	0405                	add	s0,s0,1
   10040:	03247563          	bgeu	s0,s2,1006a <main+0x4a>
   10044:	20bd                	jal	100b2 <getpid>
   10046:	fe950ce3          	beq	a0,s1,1003e <main+0x1e>
   1004a:	654d                	lui	a0,0x13
   1004c:	85a2                	mv	a1,s0
   1004e:	00050513          	mv	a0,a0
   10052:	22ed                	jal	1023c <printf>
   10054:	4505                	li	a0,1
   10056:	a00d                	j	10078 <main+0x58>
   10058:	41c8                	lw	a0,4(a1)
   1005a:	4629                	li	a2,10
   1005c:	4581                	li	a1,0
   1005e:	2411                	jal	10262 <strtoul>
   10060:	892a                	mv	s2,a0
   10062:	2881                	jal	100b2 <getpid>
   10064:	84aa                	mv	s1,a0
   10066:	fc091ae3          	bnez	s2,1003a <main+0x1a>
   1006a:	654d                	lui	a0,0x13
   1006c:	8626                	mv	a2,s1
   1006e:	85ca                	mv	a1,s2
   10070:	02c50513          	add	a0,a0,44 # 1302c <__riscv_restore_0+0xdcc>
   10074:	22e1                	jal	1023c <printf>
   10076:	4501                	li	a0,0
   10078:	40b2                	lw	ra,12(sp)
   1007a:	4422                	lw	s0,8(sp)
   1007c:	4492                	lw	s1,4(sp)
   1007e:	4902                	lw	s2,0(sp)
   10080:	0141                	add	sp,sp,16
   10082:	8082                	ret

00010084 <write>:
   10084:	4889                	li	a7,2
   10086:	00000073          	ecall
   1008a:	00054363          	bltz	a0,10090 <write+0xc>
   1008e:	8082                	ret
   10090:	fff54793          	not	a5,a0
   10094:	02500693          	li	a3,37
   10098:	4715                	li	a4,5
   1009a:	00f6e863          	bltu	a3,a5,100aa <write+0x26>
   1009e:	674d                	lui	a4,0x13
   100a0:	05070713          	add	a4,a4,80 # 13050 <CSWTCH.24>
   100a4:	97ba                	add	a5,a5,a4
   100a6:	00078703          	lb	a4,0(a5)
   100aa:	00e22023          	sw	a4,0(tp) # 0 <errno>
   100ae:	557d                	li	a0,-1
   100b0:	8082                	ret

000100b2 <getpid>:
   100b2:	4501                	li	a0,0
   100b4:	4581                	li	a1,0
   100b6:	4601                	li	a2,0
   100b8:	4891                	li	a7,4
   100ba:	00000073          	ecall
   100be:	8082                	ret

000100c0 <_exit>:
   100c0:	1141                	add	sp,sp,-16
   100c2:	c422                	sw	s0,8(sp)
   100c4:	c606                	sw	ra,12(sp)
   100c6:	842a                	mv	s0,a0
   100c8:	2875                	jal	10184 <ulib_flush_stdout>
   100ca:	8522                	mv	a0,s0
   100cc:	4581                	li	a1,0
   100ce:	4601                	li	a2,0
   100d0:	4885                	li	a7,1
   100d2:	00000073          	ecall
   100d6:	a001                	j	100d6 <_exit+0x16>

000100d8 <stdout_flush>:
   100d8:	1141                	add	sp,sp,-16
   100da:	c04a                	sw	s2,0(sp)
   100dc:	6951                	lui	s2,0x14
   100de:	c422                	sw	s0,8(sp)
   100e0:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   100e4:	c606                	sw	ra,12(sp)
   100e6:	c226                	sw	s1,4(sp)
   100e8:	cc11                	beqz	s0,10104 <stdout_flush+0x2c>
   100ea:	64d1                	lui	s1,0x14
   100ec:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   100f0:	a019                	j	100f6 <stdout_flush+0x1e>
   100f2:	94aa                	add	s1,s1,a0
   100f4:	c801                	beqz	s0,10104 <stdout_flush+0x2c>
   100f6:	8622                	mv	a2,s0
   100f8:	85a6                	mv	a1,s1
   100fa:	4505                	li	a0,1
   100fc:	3761                	jal	10084 <write>
   100fe:	8c09                	sub	s0,s0,a0
   10100:	fea049e3          	bgtz	a0,100f2 <stdout_flush+0x1a>
   10104:	40b2                	lw	ra,12(sp)
   10106:	4422                	lw	s0,8(sp)
   10108:	02092023          	sw	zero,32(s2)
   1010c:	4492                	lw	s1,4(sp)
   1010e:	4902                	lw	s2,0(sp)
   10110:	4501                	li	a0,0
   10112:	0141                	add	sp,sp,16
   10114:	8082                	ret

00010116 <stdout_put>:
   10116:	1101                	add	sp,sp,-32
   10118:	c64e                	sw	s3,12(sp)
   1011a:	69d1                	lui	s3,0x14
   1011c:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   10120:	ca26                	sw	s1,20(sp)
   10122:	64d1                	lui	s1,0x14
   10124:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   10128:	cc22                	sw	s0,24(sp)
   1012a:	c84a                	sw	s2,16(sp)
   1012c:	00178413          	add	s0,a5,1
   10130:	ce06                	sw	ra,28(sp)
   10132:	97a6                	add	a5,a5,s1
   10134:	00a78023          	sb	a0,0(a5)
   10138:	0289a023          	sw	s0,32(s3)
   1013c:	47a9                	li	a5,10
   1013e:	892a                	mv	s2,a0
   10140:	00f50e63          	beq	a0,a5,1015c <stdout_put+0x46>
   10144:	20000793          	li	a5,512
   10148:	00f40b63          	beq	s0,a5,1015e <stdout_put+0x48>
   1014c:	40f2                	lw	ra,28(sp)
   1014e:	4462                	lw	s0,24(sp)
   10150:	44d2                	lw	s1,20(sp)
   10152:	49b2                	lw	s3,12(sp)
   10154:	854a                	mv	a0,s2
   10156:	4942                	lw	s2,16(sp)
   10158:	6105                	add	sp,sp,32
   1015a:	8082                	ret
   1015c:	c811                	beqz	s0,10170 <stdout_put+0x5a>
   1015e:	8622                	mv	a2,s0
   10160:	85a6                	mv	a1,s1
   10162:	4505                	li	a0,1
   10164:	3705                	jal	10084 <write>
   10166:	8c09                	sub	s0,s0,a0
   10168:	00a05463          	blez	a0,10170 <stdout_put+0x5a>
   1016c:	94aa                	add	s1,s1,a0
   1016e:	f865                	bnez	s0,1015e <stdout_put+0x48>
   10170:	40f2                	lw	ra,28(sp)
   10172:	4462                	lw	s0,24(sp)
   10174:	0209a023          	sw	zero,32(s3)
   10178:	44d2                	lw	s1,20(sp)
   1017a:	49b2                	lw	s3,12(sp)
   1017c:	854a                	mv	a0,s2
   1017e:	4942                	lw	s2,16(sp)
   10180:	6105                	add	sp,sp,32
   10182:	8082                	ret

00010184 <ulib_flush_stdout>:
   10184:	1141                	add	sp,sp,-16
   10186:	c04a                	sw	s2,0(sp)
   10188:	6951                	lui	s2,0x14
   1018a:	c422                	sw	s0,8(sp)
   1018c:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10190:	c606                	sw	ra,12(sp)
   10192:	c226                	sw	s1,4(sp)
   10194:	cc11                	beqz	s0,101b0 <ulib_flush_stdout+0x2c>
   10196:	64d1                	lui	s1,0x14
   10198:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   1019c:	a019                	j	101a2 <ulib_flush_stdout+0x1e>
   1019e:	94aa                	add	s1,s1,a0
   101a0:	c801                	beqz	s0,101b0 <ulib_flush_stdout+0x2c>
   101a2:	8622                	mv	a2,s0
   101a4:	85a6                	mv	a1,s1
   101a6:	4505                	li	a0,1
   101a8:	3df1                	jal	10084 <write>
   101aa:	8c09                	sub	s0,s0,a0
   101ac:	fea049e3          	bgtz	a0,1019e <ulib_flush_stdout+0x1a>
   101b0:	40b2                	lw	ra,12(sp)
   101b2:	4422                	lw	s0,8(sp)
   101b4:	02092023          	sw	zero,32(s2)
   101b8:	4492                	lw	s1,4(sp)
   101ba:	4902                	lw	s2,0(sp)
   101bc:	0141                	add	sp,sp,16
   101be:	8082                	ret

000101c0 <__libc_init_array>:
   101c0:	07c022ef          	jal	t0,1223c <__riscv_save_0>
   101c4:	64cd                	lui	s1,0x13
   101c6:	644d                	lui	s0,0x13
   101c8:	56048793          	add	a5,s1,1376 # 13560 <__fini_array_end>
   101cc:	56040413          	add	s0,s0,1376 # 13560 <__fini_array_end>
   101d0:	8c1d                	sub	s0,s0,a5
   101d2:	8409                	sra	s0,s0,0x2
   101d4:	56048493          	add	s1,s1,1376
   101d8:	4901                	li	s2,0
   101da:	02891863          	bne	s2,s0,1020a <__libc_init_array+0x4a>
   101de:	00000793          	li	a5,0
   101e2:	c789                	beqz	a5,101ec <__libc_init_array+0x2c>
   101e4:	00000097          	auipc	ra,0x0
   101e8:	000000e7          	jalr	zero # 0 <errno>
   101ec:	64cd                	lui	s1,0x13
   101ee:	644d                	lui	s0,0x13
   101f0:	56048793          	add	a5,s1,1376 # 13560 <__fini_array_end>
   101f4:	56040413          	add	s0,s0,1376 # 13560 <__fini_array_end>
   101f8:	8c1d                	sub	s0,s0,a5
   101fa:	8409                	sra	s0,s0,0x2
   101fc:	56048493          	add	s1,s1,1376
   10200:	4901                	li	s2,0
   10202:	00891963          	bne	s2,s0,10214 <__libc_init_array+0x54>
   10206:	05a0206f          	j	12260 <__riscv_restore_0>
   1020a:	409c                	lw	a5,0(s1)
   1020c:	0905                	add	s2,s2,1
   1020e:	0491                	add	s1,s1,4
   10210:	9782                	jalr	a5
   10212:	b7e1                	j	101da <__libc_init_array+0x1a>
   10214:	409c                	lw	a5,0(s1)
   10216:	0905                	add	s2,s2,1
   10218:	0491                	add	s1,s1,4
   1021a:	9782                	jalr	a5
   1021c:	b7dd                	j	10202 <__libc_init_array+0x42>

0001021e <exit>:
   1021e:	01e022ef          	jal	t0,1223c <__riscv_save_0>
   10222:	00000793          	li	a5,0
   10226:	842a                	mv	s0,a0
   10228:	c791                	beqz	a5,10234 <exit+0x16>
   1022a:	4581                	li	a1,0
   1022c:	00000097          	auipc	ra,0x0
   10230:	000000e7          	jalr	zero # 0 <errno>
   10234:	089010ef          	jal	11abc <__libc_fini_array>
   10238:	8522                	mv	a0,s0
   1023a:	3559                	jal	100c0 <_exit>

0001023c <printf>:
   1023c:	7139                	add	sp,sp,-64
   1023e:	da3e                	sw	a5,52(sp)
   10240:	67cd                	lui	a5,0x13
   10242:	d22e                	sw	a1,36(sp)
   10244:	85aa                	mv	a1,a0
   10246:	5547a503          	lw	a0,1364(a5) # 13554 <stdout>
   1024a:	d432                	sw	a2,40(sp)
   1024c:	1050                	add	a2,sp,36
   1024e:	ce06                	sw	ra,28(sp)
   10250:	d636                	sw	a3,44(sp)
   10252:	d83a                	sw	a4,48(sp)
   10254:	dc42                	sw	a6,56(sp)
   10256:	de46                	sw	a7,60(sp)
   10258:	c632                	sw	a2,12(sp)
   1025a:	2629                	jal	10564 <__d_vfprintf>
   1025c:	40f2                	lw	ra,28(sp)
   1025e:	6121                	add	sp,sp,64
   10260:	8082                	ret

00010262 <strtoul>:
   10262:	02400793          	li	a5,36
   10266:	882a                	mv	a6,a0
   10268:	00c7e563          	bltu	a5,a2,10272 <strtoul+0x10>
   1026c:	4785                	li	a5,1
   1026e:	00f61a63          	bne	a2,a5,10282 <strtoul+0x20>
   10272:	4759                	li	a4,22
   10274:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10278:	c199                	beqz	a1,1027e <strtoul+0x1c>
   1027a:	0105a023          	sw	a6,0(a1)
   1027e:	4501                	li	a0,0
   10280:	8082                	ret
   10282:	0ff67893          	zext.b	a7,a2
   10286:	4e11                	li	t3,4
   10288:	02000313          	li	t1,32
   1028c:	00054783          	lbu	a5,0(a0)
   10290:	00150713          	add	a4,a0,1
   10294:	ff778693          	add	a3,a5,-9
   10298:	0ff6f693          	zext.b	a3,a3
   1029c:	08de7c63          	bgeu	t3,a3,10334 <strtoul+0xd2>
   102a0:	08678a63          	beq	a5,t1,10334 <strtoul+0xd2>
   102a4:	02b00693          	li	a3,43
   102a8:	08d78863          	beq	a5,a3,10338 <strtoul+0xd6>
   102ac:	02d00313          	li	t1,45
   102b0:	4681                	li	a3,0
   102b2:	00679763          	bne	a5,t1,102c0 <strtoul+0x5e>
   102b6:	4685                	li	a3,1
   102b8:	00154783          	lbu	a5,1(a0)
   102bc:	00250713          	add	a4,a0,2
   102c0:	03000513          	li	a0,48
   102c4:	06a79f63          	bne	a5,a0,10342 <strtoul+0xe0>
   102c8:	00074503          	lbu	a0,0(a4)
   102cc:	07800313          	li	t1,120
   102d0:	02056513          	or	a0,a0,32
   102d4:	06651463          	bne	a0,t1,1033c <strtoul+0xda>
   102d8:	c601                	beqz	a2,102e0 <strtoul+0x7e>
   102da:	4641                	li	a2,16
   102dc:	00c89763          	bne	a7,a2,102ea <strtoul+0x88>
   102e0:	00174783          	lbu	a5,1(a4)
   102e4:	883a                	mv	a6,a4
   102e6:	48c1                	li	a7,16
   102e8:	0709                	add	a4,a4,2
   102ea:	4501                	li	a0,0
   102ec:	03900613          	li	a2,57
   102f0:	00f67963          	bgeu	a2,a5,10302 <strtoul+0xa0>
   102f4:	17fd                	add	a5,a5,-1
   102f6:	0207e793          	or	a5,a5,32
   102fa:	fda78793          	add	a5,a5,-38
   102fe:	0ff7f793          	zext.b	a5,a5
   10302:	fd078793          	add	a5,a5,-48
   10306:	0ff7f793          	zext.b	a5,a5
   1030a:	0317ff63          	bgeu	a5,a7,10348 <strtoul+0xe6>
   1030e:	03153833          	mulhu	a6,a0,a7
   10312:	03150533          	mul	a0,a0,a7
   10316:	00081863          	bnez	a6,10326 <strtoul+0xc4>
   1031a:	97aa                	add	a5,a5,a0
   1031c:	00a7b833          	sltu	a6,a5,a0
   10320:	853e                	mv	a0,a5
   10322:	00080463          	beqz	a6,1032a <strtoul+0xc8>
   10326:	0026e693          	or	a3,a3,2
   1032a:	00074783          	lbu	a5,0(a4)
   1032e:	883a                	mv	a6,a4
   10330:	0705                	add	a4,a4,1
   10332:	bf7d                	j	102f0 <strtoul+0x8e>
   10334:	853a                	mv	a0,a4
   10336:	bf99                	j	1028c <strtoul+0x2a>
   10338:	4681                	li	a3,0
   1033a:	bfbd                	j	102b8 <strtoul+0x56>
   1033c:	f65d                	bnez	a2,102ea <strtoul+0x88>
   1033e:	48a1                	li	a7,8
   10340:	b76d                	j	102ea <strtoul+0x88>
   10342:	f645                	bnez	a2,102ea <strtoul+0x88>
   10344:	48a9                	li	a7,10
   10346:	b755                	j	102ea <strtoul+0x88>
   10348:	0016f793          	and	a5,a3,1
   1034c:	c399                	beqz	a5,10352 <strtoul+0xf0>
   1034e:	40a00533          	neg	a0,a0
   10352:	8a89                	and	a3,a3,2
   10354:	c691                	beqz	a3,10360 <strtoul+0xfe>
   10356:	02200713          	li	a4,34
   1035a:	00e22023          	sw	a4,0(tp) # 0 <errno>
   1035e:	557d                	li	a0,-1
   10360:	c199                	beqz	a1,10366 <strtoul+0x104>
   10362:	0105a023          	sw	a6,0(a1)
   10366:	8082                	ret

00010368 <__ultoa_invert>:
   10368:	6ad012ef          	jal	t0,12214 <__riscv_save_10>
   1036c:	2006f793          	and	a5,a3,512
   10370:	89aa                	mv	s3,a0
   10372:	8a2e                	mv	s4,a1
   10374:	8932                	mv	s2,a2
   10376:	84b6                	mv	s1,a3
   10378:	02700b13          	li	s6,39
   1037c:	c781                	beqz	a5,10384 <__ultoa_invert+0x1c>
   1037e:	dff6f493          	and	s1,a3,-513
   10382:	4b1d                	li	s6,7
   10384:	41f4da93          	sra	s5,s1,0x1f
   10388:	4ca5                	li	s9,9
   1038a:	8626                	mv	a2,s1
   1038c:	86d6                	mv	a3,s5
   1038e:	854e                	mv	a0,s3
   10390:	85d2                	mv	a1,s4
   10392:	353010ef          	jal	11ee4 <__umoddi3>
   10396:	85d2                	mv	a1,s4
   10398:	0ff57413          	zext.b	s0,a0
   1039c:	8626                	mv	a2,s1
   1039e:	854e                	mv	a0,s3
   103a0:	86d6                	mv	a3,s5
   103a2:	7e4010ef          	jal	11b86 <__udivdi3>
   103a6:	8c4e                	mv	s8,s3
   103a8:	8bd2                	mv	s7,s4
   103aa:	89aa                	mv	s3,a0
   103ac:	8a2e                	mv	s4,a1
   103ae:	008cf563          	bgeu	s9,s0,103b8 <__ultoa_invert+0x50>
   103b2:	945a                	add	s0,s0,s6
   103b4:	0ff47413          	zext.b	s0,s0
   103b8:	0905                	add	s2,s2,1
   103ba:	03040413          	add	s0,s0,48
   103be:	fe890fa3          	sb	s0,-1(s2)
   103c2:	015be663          	bltu	s7,s5,103ce <__ultoa_invert+0x66>
   103c6:	fd7a92e3          	bne	s5,s7,1038a <__ultoa_invert+0x22>
   103ca:	fc9c70e3          	bgeu	s8,s1,1038a <__ultoa_invert+0x22>
   103ce:	854a                	mv	a0,s2
   103d0:	67d0106f          	j	1224c <__riscv_restore_10>

000103d4 <skip_to_arg>:
   103d4:	641012ef          	jal	t0,12214 <__riscv_save_10>
   103d8:	4305                	li	t1,1
   103da:	02500f13          	li	t5,37
   103de:	88aa                	mv	a7,a0
   103e0:	00c34463          	blt	t1,a2,103e8 <skip_to_arg+0x14>
   103e4:	6690106f          	j	1224c <__riscv_restore_10>
   103e8:	87c6                	mv	a5,a7
   103ea:	88be                	mv	a7,a5
   103ec:	0007c703          	lbu	a4,0(a5)
   103f0:	0785                	add	a5,a5,1
   103f2:	db6d                	beqz	a4,103e4 <skip_to_arg+0x10>
   103f4:	ffe71be3          	bne	a4,t5,103ea <skip_to_arg+0x16>
   103f8:	0007c703          	lbu	a4,0(a5)
   103fc:	0889                	add	a7,a7,2
   103fe:	ffe705e3          	beq	a4,t5,103e8 <skip_to_arg+0x14>
   10402:	6ecd                	lui	t4,0x13
   10404:	4681                	li	a3,0
   10406:	4e01                	li	t3,0
   10408:	4781                	li	a5,0
   1040a:	42fd                	li	t0,31
   1040c:	06c00f93          	li	t6,108
   10410:	07400393          	li	t2,116
   10414:	07a00413          	li	s0,122
   10418:	06800493          	li	s1,104
   1041c:	06a00913          	li	s2,106
   10420:	04c00993          	li	s3,76
   10424:	4a25                	li	s4,9
   10426:	02400a93          	li	s5,36
   1042a:	07f00b13          	li	s6,127
   1042e:	4bc1                	li	s7,16
   10430:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x629>
   10434:	04f2e263          	bltu	t0,a5,10478 <skip_to_arg+0xa4>
   10438:	fe070813          	add	a6,a4,-32
   1043c:	0ff87813          	zext.b	a6,a6
   10440:	030bf163          	bgeu	s7,a6,10462 <skip_to_arg+0x8e>
   10444:	fd070813          	add	a6,a4,-48
   10448:	0ff87813          	zext.b	a6,a6
   1044c:	4c25                	li	s8,9
   1044e:	050c6563          	bltu	s8,a6,10498 <skip_to_arg+0xc4>
   10452:	47a9                	li	a5,10
   10454:	02f687b3          	mul	a5,a3,a5
   10458:	00f806b3          	add	a3,a6,a5
   1045c:	02000793          	li	a5,32
   10460:	a039                	j	1046e <skip_to_arg+0x9a>
   10462:	010ed833          	srl	a6,t4,a6
   10466:	00187813          	and	a6,a6,1
   1046a:	00080963          	beqz	a6,1047c <skip_to_arg+0xa8>
   1046e:	0008c703          	lbu	a4,0(a7)
   10472:	0885                	add	a7,a7,1
   10474:	f361                	bnez	a4,10434 <skip_to_arg+0x60>
   10476:	a8b1                	j	104d2 <skip_to_arg+0xfe>
   10478:	04fb6363          	bltu	s6,a5,104be <skip_to_arg+0xea>
   1047c:	fd070813          	add	a6,a4,-48
   10480:	0ff87813          	zext.b	a6,a6
   10484:	fd0a77e3          	bgeu	s4,a6,10452 <skip_to_arg+0x7e>
   10488:	03571563          	bne	a4,s5,104b2 <skip_to_arg+0xde>
   1048c:	0a0e0063          	beqz	t3,1052c <skip_to_arg+0x158>
   10490:	0a668063          	beq	a3,t1,10530 <skip_to_arg+0x15c>
   10494:	4681                	li	a3,0
   10496:	bfe1                	j	1046e <skip_to_arg+0x9a>
   10498:	0fb77813          	and	a6,a4,251
   1049c:	02a00c13          	li	s8,42
   104a0:	ff880ae3          	beq	a6,s8,10494 <skip_to_arg+0xc0>
   104a4:	06c00813          	li	a6,108
   104a8:	01071d63          	bne	a4,a6,104c2 <skip_to_arg+0xee>
   104ac:	0807e793          	or	a5,a5,128
   104b0:	bf7d                	j	1046e <skip_to_arg+0x9a>
   104b2:	0fb77813          	and	a6,a4,251
   104b6:	02a00c13          	li	s8,42
   104ba:	fd880de3          	beq	a6,s8,10494 <skip_to_arg+0xc0>
   104be:	05f70663          	beq	a4,t6,1050a <skip_to_arg+0x136>
   104c2:	02efef63          	bltu	t6,a4,10500 <skip_to_arg+0x12c>
   104c6:	04970863          	beq	a4,s1,10516 <skip_to_arg+0x142>
   104ca:	05270e63          	beq	a4,s2,10526 <skip_to_arg+0x152>
   104ce:	05370c63          	beq	a4,s3,10526 <skip_to_arg+0x152>
   104d2:	f00e09e3          	beqz	t3,103e4 <skip_to_arg+0x10>
   104d6:	f06e15e3          	bne	t3,t1,103e0 <skip_to_arg+0xc>
   104da:	02076893          	or	a7,a4,32
   104de:	f9b88813          	add	a6,a7,-101
   104e2:	0ff87813          	zext.b	a6,a6
   104e6:	4e09                	li	t3,2
   104e8:	4194                	lw	a3,0(a1)
   104ea:	010e7663          	bgeu	t3,a6,104f6 <skip_to_arg+0x122>
   104ee:	06100813          	li	a6,97
   104f2:	05089263          	bne	a7,a6,10536 <skip_to_arg+0x162>
   104f6:	069d                	add	a3,a3,7
   104f8:	9ae1                	and	a3,a3,-8
   104fa:	00868713          	add	a4,a3,8
   104fe:	a091                	j	10542 <skip_to_arg+0x16e>
   10500:	f67707e3          	beq	a4,t2,1046e <skip_to_arg+0x9a>
   10504:	f68705e3          	beq	a4,s0,1046e <skip_to_arg+0x9a>
   10508:	b7e9                	j	104d2 <skip_to_arg+0xfe>
   1050a:	0807f713          	and	a4,a5,128
   1050e:	df59                	beqz	a4,104ac <skip_to_arg+0xd8>
   10510:	2007e793          	or	a5,a5,512
   10514:	bf61                	j	104ac <skip_to_arg+0xd8>
   10516:	1007f713          	and	a4,a5,256
   1051a:	c319                	beqz	a4,10520 <skip_to_arg+0x14c>
   1051c:	2007e793          	or	a5,a5,512
   10520:	1007e793          	or	a5,a5,256
   10524:	b7a9                	j	1046e <skip_to_arg+0x9a>
   10526:	2807e793          	or	a5,a5,640
   1052a:	b791                	j	1046e <skip_to_arg+0x9a>
   1052c:	8e36                	mv	t3,a3
   1052e:	b79d                	j	10494 <skip_to_arg+0xc0>
   10530:	06300713          	li	a4,99
   10534:	b75d                	j	104da <skip_to_arg+0x106>
   10536:	06300813          	li	a6,99
   1053a:	01071763          	bne	a4,a6,10548 <skip_to_arg+0x174>
   1053e:	00468713          	add	a4,a3,4
   10542:	c198                	sw	a4,0(a1)
   10544:	0305                	add	t1,t1,1
   10546:	bd61                	j	103de <skip_to_arg+0xa>
   10548:	07300813          	li	a6,115
   1054c:	ff0709e3          	beq	a4,a6,1053e <skip_to_arg+0x16a>
   10550:	0807f813          	and	a6,a5,128
   10554:	00468713          	add	a4,a3,4
   10558:	fe0805e3          	beqz	a6,10542 <skip_to_arg+0x16e>
   1055c:	2007f793          	and	a5,a5,512
   10560:	d3ed                	beqz	a5,10542 <skip_to_arg+0x16e>
   10562:	bf51                	j	104f6 <skip_to_arg+0x122>

00010564 <__d_vfprintf>:
   10564:	4a9012ef          	jal	t0,1220c <__riscv_save_12>
   10568:	00454783          	lbu	a5,4(a0)
   1056c:	7139                	add	sp,sp,-64
   1056e:	c02a                	sw	a0,0(sp)
   10570:	c42e                	sw	a1,8(sp)
   10572:	c632                	sw	a2,12(sp)
   10574:	8b89                	and	a5,a5,2
   10576:	00852a03          	lw	s4,8(a0)
   1057a:	c785                	beqz	a5,105a2 <__d_vfprintf+0x3e>
   1057c:	d232                	sw	a2,36(sp)
   1057e:	87ae                	mv	a5,a1
   10580:	4401                	li	s0,0
   10582:	0007c903          	lbu	s2,0(a5)
   10586:	00090f63          	beqz	s2,105a4 <__d_vfprintf+0x40>
   1058a:	02500713          	li	a4,37
   1058e:	00e90f63          	beq	s2,a4,105ac <__d_vfprintf+0x48>
   10592:	0785                	add	a5,a5,1
   10594:	c23e                	sw	a5,4(sp)
   10596:	4582                	lw	a1,0(sp)
   10598:	854a                	mv	a0,s2
   1059a:	0405                	add	s0,s0,1
   1059c:	9a02                	jalr	s4
   1059e:	26055de3          	bgez	a0,11018 <__d_vfprintf+0xab4>
   105a2:	547d                	li	s0,-1
   105a4:	8522                	mv	a0,s0
   105a6:	6121                	add	sp,sp,64
   105a8:	4a10106f          	j	12248 <__riscv_restore_12>
   105ac:	0017c903          	lbu	s2,1(a5)
   105b0:	00278713          	add	a4,a5,2
   105b4:	c23a                	sw	a4,4(sp)
   105b6:	02500793          	li	a5,37
   105ba:	fcf90ee3          	beq	s2,a5,10596 <__d_vfprintf+0x32>
   105be:	64cd                	lui	s1,0x13
   105c0:	4a81                	li	s5,0
   105c2:	4d01                	li	s10,0
   105c4:	4b01                	li	s6,0
   105c6:	4d81                	li	s11,0
   105c8:	06c00993          	li	s3,108
   105cc:	07400b93          	li	s7,116
   105d0:	07a00c13          	li	s8,122
   105d4:	06800c93          	li	s9,104
   105d8:	08848493          	add	s1,s1,136 # 13088 <CSWTCH.24+0x38>
   105dc:	47fd                	li	a5,31
   105de:	07b7e163          	bltu	a5,s11,10640 <__d_vfprintf+0xdc>
   105e2:	fe090793          	add	a5,s2,-32
   105e6:	0ff7f793          	zext.b	a5,a5
   105ea:	4741                	li	a4,16
   105ec:	00f76663          	bltu	a4,a5,105f8 <__d_vfprintf+0x94>
   105f0:	078a                	sll	a5,a5,0x2
   105f2:	97a6                	add	a5,a5,s1
   105f4:	439c                	lw	a5,0(a5)
   105f6:	8782                	jr	a5
   105f8:	fd090793          	add	a5,s2,-48
   105fc:	0ff7f793          	zext.b	a5,a5
   10600:	4725                	li	a4,9
   10602:	06f76463          	bltu	a4,a5,1066a <__d_vfprintf+0x106>
   10606:	46a9                	li	a3,10
   10608:	02db06b3          	mul	a3,s6,a3
   1060c:	00f68b33          	add	s6,a3,a5
   10610:	020ded93          	or	s11,s11,32
   10614:	a019                	j	1061a <__d_vfprintf+0xb6>
   10616:	001ded93          	or	s11,s11,1
   1061a:	4792                	lw	a5,4(sp)
   1061c:	0007c903          	lbu	s2,0(a5)
   10620:	0785                	add	a5,a5,1
   10622:	c23e                	sw	a5,4(sp)
   10624:	fa091ce3          	bnez	s2,105dc <__d_vfprintf+0x78>
   10628:	a0dd                	j	1070e <__d_vfprintf+0x1aa>
   1062a:	002ded93          	or	s11,s11,2
   1062e:	004ded93          	or	s11,s11,4
   10632:	b7e5                	j	1061a <__d_vfprintf+0xb6>
   10634:	008ded93          	or	s11,s11,8
   10638:	b7cd                	j	1061a <__d_vfprintf+0xb6>
   1063a:	010ded93          	or	s11,s11,16
   1063e:	bff1                	j	1061a <__d_vfprintf+0xb6>
   10640:	07f00793          	li	a5,127
   10644:	0bb7e763          	bltu	a5,s11,106f2 <__d_vfprintf+0x18e>
   10648:	fd090693          	add	a3,s2,-48
   1064c:	0ff6f693          	zext.b	a3,a3
   10650:	47a5                	li	a5,9
   10652:	00d7ec63          	bltu	a5,a3,1066a <__d_vfprintf+0x106>
   10656:	040df613          	and	a2,s11,64
   1065a:	87b6                	mv	a5,a3
   1065c:	d64d                	beqz	a2,10606 <__d_vfprintf+0xa2>
   1065e:	47a9                	li	a5,10
   10660:	02fd07b3          	mul	a5,s10,a5
   10664:	00d78d33          	add	s10,a5,a3
   10668:	bf4d                	j	1061a <__d_vfprintf+0xb6>
   1066a:	02a00793          	li	a5,42
   1066e:	02f91663          	bne	s2,a5,1069a <__d_vfprintf+0x136>
   10672:	fa0a94e3          	bnez	s5,1061a <__d_vfprintf+0xb6>
   10676:	5692                	lw	a3,36(sp)
   10678:	040df793          	and	a5,s11,64
   1067c:	00468613          	add	a2,a3,4
   10680:	4294                	lw	a3,0(a3)
   10682:	d232                	sw	a2,36(sp)
   10684:	c399                	beqz	a5,1068a <__d_vfprintf+0x126>
   10686:	8d36                	mv	s10,a3
   10688:	bf49                	j	1061a <__d_vfprintf+0xb6>
   1068a:	8b36                	mv	s6,a3
   1068c:	f806d2e3          	bgez	a3,10610 <__d_vfprintf+0xac>
   10690:	40d00b33          	neg	s6,a3
   10694:	028ded93          	or	s11,s11,40
   10698:	b749                	j	1061a <__d_vfprintf+0xb6>
   1069a:	02e00793          	li	a5,46
   1069e:	00f91963          	bne	s2,a5,106b0 <__d_vfprintf+0x14c>
   106a2:	040df793          	and	a5,s11,64
   106a6:	ee079fe3          	bnez	a5,105a4 <__d_vfprintf+0x40>
   106aa:	040ded93          	or	s11,s11,64
   106ae:	b7b5                	j	1061a <__d_vfprintf+0xb6>
   106b0:	02400793          	li	a5,36
   106b4:	02f91f63          	bne	s2,a5,106f2 <__d_vfprintf+0x18e>
   106b8:	120a8a63          	beqz	s5,107ec <__d_vfprintf+0x288>
   106bc:	47b2                	lw	a5,12(sp)
   106be:	d23e                	sw	a5,36(sp)
   106c0:	040df793          	and	a5,s11,64
   106c4:	ef81                	bnez	a5,106dc <__d_vfprintf+0x178>
   106c6:	4522                	lw	a0,8(sp)
   106c8:	865a                	mv	a2,s6
   106ca:	104c                	add	a1,sp,36
   106cc:	3321                	jal	103d4 <skip_to_arg>
   106ce:	5792                	lw	a5,36(sp)
   106d0:	00478693          	add	a3,a5,4
   106d4:	0007ab03          	lw	s6,0(a5)
   106d8:	d236                	sw	a3,36(sp)
   106da:	b781                	j	1061a <__d_vfprintf+0xb6>
   106dc:	4522                	lw	a0,8(sp)
   106de:	866a                	mv	a2,s10
   106e0:	104c                	add	a1,sp,36
   106e2:	39cd                	jal	103d4 <skip_to_arg>
   106e4:	5792                	lw	a5,36(sp)
   106e6:	00478693          	add	a3,a5,4
   106ea:	0007ad03          	lw	s10,0(a5)
   106ee:	d236                	sw	a3,36(sp)
   106f0:	b72d                	j	1061a <__d_vfprintf+0xb6>
   106f2:	0d390a63          	beq	s2,s3,107c6 <__d_vfprintf+0x262>
   106f6:	0d29e363          	bltu	s3,s2,107bc <__d_vfprintf+0x258>
   106fa:	0d990e63          	beq	s2,s9,107d6 <__d_vfprintf+0x272>
   106fe:	06a00793          	li	a5,106
   10702:	0ef90263          	beq	s2,a5,107e6 <__d_vfprintf+0x282>
   10706:	04c00793          	li	a5,76
   1070a:	0cf90e63          	beq	s2,a5,107e6 <__d_vfprintf+0x282>
   1070e:	000a8863          	beqz	s5,1071e <__d_vfprintf+0x1ba>
   10712:	47b2                	lw	a5,12(sp)
   10714:	4522                	lw	a0,8(sp)
   10716:	8656                	mv	a2,s5
   10718:	104c                	add	a1,sp,36
   1071a:	d23e                	sw	a5,36(sp)
   1071c:	3965                	jal	103d4 <skip_to_arg>
   1071e:	000d5963          	bgez	s10,10730 <__d_vfprintf+0x1cc>
   10722:	fbfdf813          	and	a6,s11,-65
   10726:	01081d93          	sll	s11,a6,0x10
   1072a:	010ddd93          	srl	s11,s11,0x10
   1072e:	4d01                	li	s10,0
   10730:	02096c93          	or	s9,s2,32
   10734:	f9bc8793          	add	a5,s9,-101
   10738:	0ff7f793          	zext.b	a5,a5
   1073c:	4709                	li	a4,2
   1073e:	0af77d63          	bgeu	a4,a5,107f8 <__d_vfprintf+0x294>
   10742:	06100793          	li	a5,97
   10746:	68fc9f63          	bne	s9,a5,10de4 <__d_vfprintf+0x880>
   1074a:	5792                	lw	a5,36(sp)
   1074c:	6a89                	lui	s5,0x2
   1074e:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10752:	079d                	add	a5,a5,7
   10754:	9be1                	and	a5,a5,-8
   10756:	0047ab83          	lw	s7,4(a5)
   1075a:	0007a883          	lw	a7,0(a5)
   1075e:	00878713          	add	a4,a5,8
   10762:	414bd993          	sra	s3,s7,0x14
   10766:	00cb9c13          	sll	s8,s7,0xc
   1076a:	7ff9f993          	and	s3,s3,2047
   1076e:	00cc5c93          	srl	s9,s8,0xc
   10772:	015deab3          	or	s5,s11,s5
   10776:	0119e533          	or	a0,s3,a7
   1077a:	fff94913          	not	s2,s2
   1077e:	0ac2                	sll	s5,s5,0x10
   10780:	d23a                	sw	a4,36(sp)
   10782:	019567b3          	or	a5,a0,s9
   10786:	02097913          	and	s2,s2,32
   1078a:	010ada93          	srl	s5,s5,0x10
   1078e:	86c6                	mv	a3,a7
   10790:	8c66                	mv	s8,s9
   10792:	040df813          	and	a6,s11,64
   10796:	01fbdb93          	srl	s7,s7,0x1f
   1079a:	ebdd                	bnez	a5,10850 <__d_vfprintf+0x2ec>
   1079c:	03000793          	li	a5,48
   107a0:	0ffbfb93          	zext.b	s7,s7
   107a4:	02f106a3          	sb	a5,45(sp)
   107a8:	03710623          	sb	s7,44(sp)
   107ac:	24080d63          	beqz	a6,10a06 <__d_vfprintf+0x4a2>
   107b0:	47b1                	li	a5,12
   107b2:	4981                	li	s3,0
   107b4:	0da7d263          	bge	a5,s10,10878 <__d_vfprintf+0x314>
   107b8:	4d35                	li	s10,13
   107ba:	aa85                	j	1092a <__d_vfprintf+0x3c6>
   107bc:	e5790fe3          	beq	s2,s7,1061a <__d_vfprintf+0xb6>
   107c0:	e5890de3          	beq	s2,s8,1061a <__d_vfprintf+0xb6>
   107c4:	b7a9                	j	1070e <__d_vfprintf+0x1aa>
   107c6:	080df793          	and	a5,s11,128
   107ca:	c399                	beqz	a5,107d0 <__d_vfprintf+0x26c>
   107cc:	200ded93          	or	s11,s11,512
   107d0:	080ded93          	or	s11,s11,128
   107d4:	b599                	j	1061a <__d_vfprintf+0xb6>
   107d6:	100df793          	and	a5,s11,256
   107da:	c399                	beqz	a5,107e0 <__d_vfprintf+0x27c>
   107dc:	200ded93          	or	s11,s11,512
   107e0:	100ded93          	or	s11,s11,256
   107e4:	bd1d                	j	1061a <__d_vfprintf+0xb6>
   107e6:	280ded93          	or	s11,s11,640
   107ea:	bd05                	j	1061a <__d_vfprintf+0xb6>
   107ec:	875a                	mv	a4,s6
   107ee:	4d01                	li	s10,0
   107f0:	4b01                	li	s6,0
   107f2:	8aba                	mv	s5,a4
   107f4:	4d81                	li	s11,0
   107f6:	b515                	j	1061a <__d_vfprintf+0xb6>
   107f8:	5792                	lw	a5,36(sp)
   107fa:	fff94913          	not	s2,s2
   107fe:	02097913          	and	s2,s2,32
   10802:	079d                	add	a5,a5,7
   10804:	9be1                	and	a5,a5,-8
   10806:	00878713          	add	a4,a5,8
   1080a:	4388                	lw	a0,0(a5)
   1080c:	43cc                	lw	a1,4(a5)
   1080e:	d23a                	sw	a4,36(sp)
   10810:	040df793          	and	a5,s11,64
   10814:	20078d63          	beqz	a5,10a2e <__d_vfprintf+0x4ca>
   10818:	06500793          	li	a5,101
   1081c:	20fc9b63          	bne	s9,a5,10a32 <__d_vfprintf+0x4ce>
   10820:	6785                	lui	a5,0x1
   10822:	001d0613          	add	a2,s10,1
   10826:	00fdedb3          	or	s11,s11,a5
   1082a:	0ff67613          	zext.b	a2,a2
   1082e:	4701                	li	a4,0
   10830:	4781                	li	a5,0
   10832:	4345                	li	t1,17
   10834:	0ff67693          	zext.b	a3,a2
   10838:	00c37363          	bgeu	t1,a2,1083e <__d_vfprintf+0x2da>
   1083c:	46c5                	li	a3,17
   1083e:	1030                	add	a2,sp,40
   10840:	30d000ef          	jal	1134c <__dtoa_engine>
   10844:	0ff57b93          	zext.b	s7,a0
   10848:	59a2                	lw	s3,40(sp)
   1084a:	8aee                	mv	s5,s11
   1084c:	4c09                	li	s8,2
   1084e:	aa01                	j	1095e <__d_vfprintf+0x3fa>
   10850:	03100793          	li	a5,49
   10854:	00099563          	bnez	s3,1085e <__d_vfprintf+0x2fa>
   10858:	03000793          	li	a5,48
   1085c:	4985                	li	s3,1
   1085e:	0ffbfb93          	zext.b	s7,s7
   10862:	02f106a3          	sb	a5,45(sp)
   10866:	03710623          	sb	s7,44(sp)
   1086a:	c0198993          	add	s3,s3,-1023
   1086e:	18080363          	beqz	a6,109f4 <__d_vfprintf+0x490>
   10872:	47b1                	li	a5,12
   10874:	19a7c263          	blt	a5,s10,109f8 <__d_vfprintf+0x494>
   10878:	4335                	li	t1,13
   1087a:	41a30333          	sub	t1,t1,s10
   1087e:	00231d93          	sll	s11,t1,0x2
   10882:	fffd8613          	add	a2,s11,-1
   10886:	4505                	li	a0,1
   10888:	4581                	li	a1,0
   1088a:	ca46                	sw	a7,20(sp)
   1088c:	c836                	sw	a3,16(sp)
   1088e:	2a6010ef          	jal	11b34 <__ashldi3>
   10892:	84aa                	mv	s1,a0
   10894:	872e                	mv	a4,a1
   10896:	00171793          	sll	a5,a4,0x1
   1089a:	85aa                	mv	a1,a0
   1089c:	01f4d513          	srl	a0,s1,0x1f
   108a0:	00149e13          	sll	t3,s1,0x1
   108a4:	8fc9                	or	a5,a5,a0
   108a6:	40f00c33          	neg	s8,a5
   108aa:	01c03533          	snez	a0,t3
   108ae:	48d2                	lw	a7,20(sp)
   108b0:	41c00833          	neg	a6,t3
   108b4:	40ac0c33          	sub	s8,s8,a0
   108b8:	fffe0513          	add	a0,t3,-1
   108bc:	001e3e13          	seqz	t3,t3
   108c0:	41c787b3          	sub	a5,a5,t3
   108c4:	0197f7b3          	and	a5,a5,s9
   108c8:	01157533          	and	a0,a0,a7
   108cc:	02f74663          	blt	a4,a5,108f8 <__d_vfprintf+0x394>
   108d0:	46c2                	lw	a3,16(sp)
   108d2:	00e79463          	bne	a5,a4,108da <__d_vfprintf+0x376>
   108d6:	02a5e163          	bltu	a1,a0,108f8 <__d_vfprintf+0x394>
   108da:	8546                	mv	a0,a7
   108dc:	866e                	mv	a2,s11
   108de:	85e6                	mv	a1,s9
   108e0:	ce3a                	sw	a4,28(sp)
   108e2:	cc42                	sw	a6,24(sp)
   108e4:	ca36                	sw	a3,20(sp)
   108e6:	c846                	sw	a7,16(sp)
   108e8:	274010ef          	jal	11b5c <__ashrdi3>
   108ec:	8905                	and	a0,a0,1
   108ee:	48c2                	lw	a7,16(sp)
   108f0:	46d2                	lw	a3,20(sp)
   108f2:	4862                	lw	a6,24(sp)
   108f4:	4772                	lw	a4,28(sp)
   108f6:	c94d                	beqz	a0,109a8 <__d_vfprintf+0x444>
   108f8:	00988533          	add	a0,a7,s1
   108fc:	01153db3          	sltu	s11,a0,a7
   10900:	9766                	add	a4,a4,s9
   10902:	00ed8cb3          	add	s9,s11,a4
   10906:	001007b7          	lui	a5,0x100
   1090a:	86aa                	mv	a3,a0
   1090c:	08fcce63          	blt	s9,a5,109a8 <__d_vfprintf+0x444>
   10910:	02d14783          	lbu	a5,45(sp)
   10914:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   10916:	02f106a3          	sb	a5,45(sp)
   1091a:	40000793          	li	a5,1024
   1091e:	0af98163          	beq	s3,a5,109c0 <__d_vfprintf+0x45c>
   10922:	00a87533          	and	a0,a6,a0
   10926:	019c7c33          	and	s8,s8,s9
   1092a:	05700613          	li	a2,87
   1092e:	1034                	add	a3,sp,40
   10930:	4735                	li	a4,13
   10932:	45a5                	li	a1,9
   10934:	41260633          	sub	a2,a2,s2
   10938:	01cc1813          	sll	a6,s8,0x1c
   1093c:	00f57793          	and	a5,a0,15
   10940:	8111                	srl	a0,a0,0x4
   10942:	00a86533          	or	a0,a6,a0
   10946:	404c5c13          	sra	s8,s8,0x4
   1094a:	e7e1                	bnez	a5,10a12 <__d_vfprintf+0x4ae>
   1094c:	0ced5563          	bge	s10,a4,10a16 <__d_vfprintf+0x4b2>
   10950:	177d                	add	a4,a4,-1
   10952:	16fd                	add	a3,a3,-1
   10954:	f375                	bnez	a4,10938 <__d_vfprintf+0x3d4>
   10956:	4c05                	li	s8,1
   10958:	4bb9                	li	s7,14
   1095a:	07000c93          	li	s9,112
   1095e:	00998713          	add	a4,s3,9
   10962:	46c9                	li	a3,18
   10964:	87ce                	mv	a5,s3
   10966:	06e6e863          	bltu	a3,a4,109d6 <__d_vfprintf+0x472>
   1096a:	02c14703          	lbu	a4,44(sp)
   1096e:	00177d93          	and	s11,a4,1
   10972:	8b31                	and	a4,a4,12
   10974:	120d9963          	bnez	s11,10aa6 <__d_vfprintf+0x542>
   10978:	002af793          	and	a5,s5,2
   1097c:	12079163          	bnez	a5,10a9e <__d_vfprintf+0x53a>
   10980:	004af793          	and	a5,s5,4
   10984:	cfe9                	beqz	a5,10a5e <__d_vfprintf+0x4fa>
   10986:	12071463          	bnez	a4,10aae <__d_vfprintf+0x54a>
   1098a:	02000713          	li	a4,32
   1098e:	678d                	lui	a5,0x3
   10990:	00faf7b3          	and	a5,s5,a5
   10994:	1c079163          	bnez	a5,10b56 <__d_vfprintf+0x5f2>
   10998:	000d1363          	bnez	s10,1099e <__d_vfprintf+0x43a>
   1099c:	4d05                	li	s10,1
   1099e:	103c                	add	a5,sp,40
   109a0:	97de                	add	a5,a5,s7
   109a2:	03000693          	li	a3,48
   109a6:	aa8d                	j	10b18 <__d_vfprintf+0x5b4>
   109a8:	0106f6b3          	and	a3,a3,a6
   109ac:	018cfcb3          	and	s9,s9,s8
   109b0:	40000793          	li	a5,1024
   109b4:	04f99c63          	bne	s3,a5,10a0c <__d_vfprintf+0x4a8>
   109b8:	0196ecb3          	or	s9,a3,s9
   109bc:	040c8063          	beqz	s9,109fc <__d_vfprintf+0x498>
   109c0:	008beb93          	or	s7,s7,8
   109c4:	03710623          	sb	s7,44(sp)
   109c8:	40000993          	li	s3,1024
   109cc:	4bb9                	li	s7,14
   109ce:	07000c93          	li	s9,112
   109d2:	40000793          	li	a5,1024
   109d6:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   109da:	0c600693          	li	a3,198
   109de:	4c09                	li	s8,2
   109e0:	f8e6f5e3          	bgeu	a3,a4,1096a <__d_vfprintf+0x406>
   109e4:	3e778793          	add	a5,a5,999
   109e8:	7ce00c13          	li	s8,1998
   109ec:	00fc3c33          	sltu	s8,s8,a5
   109f0:	0c0d                	add	s8,s8,3
   109f2:	bfa5                	j	1096a <__d_vfprintf+0x406>
   109f4:	4d01                	li	s10,0
   109f6:	bf6d                	j	109b0 <__d_vfprintf+0x44c>
   109f8:	4d35                	li	s10,13
   109fa:	bf5d                	j	109b0 <__d_vfprintf+0x44c>
   109fc:	004beb93          	or	s7,s7,4
   10a00:	03710623          	sb	s7,44(sp)
   10a04:	b7e1                	j	109cc <__d_vfprintf+0x468>
   10a06:	4981                	li	s3,0
   10a08:	4d01                	li	s10,0
   10a0a:	b705                	j	1092a <__d_vfprintf+0x3c6>
   10a0c:	8536                	mv	a0,a3
   10a0e:	8c66                	mv	s8,s9
   10a10:	bf29                	j	1092a <__d_vfprintf+0x3c6>
   10a12:	00f5ea63          	bltu	a1,a5,10a26 <__d_vfprintf+0x4c2>
   10a16:	03078793          	add	a5,a5,48
   10a1a:	00f68923          	sb	a5,18(a3)
   10a1e:	f2ed59e3          	bge	s10,a4,10950 <__d_vfprintf+0x3ec>
   10a22:	8d3a                	mv	s10,a4
   10a24:	b735                	j	10950 <__d_vfprintf+0x3ec>
   10a26:	97b2                	add	a5,a5,a2
   10a28:	0ff7f793          	zext.b	a5,a5
   10a2c:	b7fd                	j	10a1a <__d_vfprintf+0x4b6>
   10a2e:	4d19                	li	s10,6
   10a30:	b3e5                	j	10818 <__d_vfprintf+0x2b4>
   10a32:	06600793          	li	a5,102
   10a36:	00fc9963          	bne	s9,a5,10a48 <__d_vfprintf+0x4e4>
   10a3a:	6789                	lui	a5,0x2
   10a3c:	00fdedb3          	or	s11,s11,a5
   10a40:	4705                	li	a4,1
   10a42:	87ea                	mv	a5,s10
   10a44:	4645                	li	a2,17
   10a46:	b3f5                	j	10832 <__d_vfprintf+0x2ce>
   10a48:	0ffd7793          	zext.b	a5,s10
   10a4c:	0ffd7613          	zext.b	a2,s10
   10a50:	e391                	bnez	a5,10a54 <__d_vfprintf+0x4f0>
   10a52:	4605                	li	a2,1
   10a54:	4701                	li	a4,0
   10a56:	4781                	li	a5,0
   10a58:	06500c93          	li	s9,101
   10a5c:	bbd9                	j	10832 <__d_vfprintf+0x2ce>
   10a5e:	db05                	beqz	a4,1098e <__d_vfprintf+0x42a>
   10a60:	478d                	li	a5,3
   10a62:	0967d063          	bge	a5,s6,10ae2 <__d_vfprintf+0x57e>
   10a66:	008afa93          	and	s5,s5,8
   10a6a:	ffdb0493          	add	s1,s6,-3
   10a6e:	000a9f63          	bnez	s5,10a8c <__d_vfprintf+0x528>
   10a72:	94a2                	add	s1,s1,s0
   10a74:	4582                	lw	a1,0(sp)
   10a76:	02000513          	li	a0,32
   10a7a:	0405                	add	s0,s0,1
   10a7c:	9a02                	jalr	s4
   10a7e:	b20542e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10a82:	fe8499e3          	bne	s1,s0,10a74 <__d_vfprintf+0x510>
   10a86:	4481                	li	s1,0
   10a88:	020d9e63          	bnez	s11,10ac4 <__d_vfprintf+0x560>
   10a8c:	02c14783          	lbu	a5,44(sp)
   10a90:	8ba1                	and	a5,a5,8
   10a92:	efa5                	bnez	a5,10b0a <__d_vfprintf+0x5a6>
   10a94:	69cd                	lui	s3,0x13
   10a96:	07898993          	add	s3,s3,120 # 13078 <CSWTCH.24+0x28>
   10a9a:	8c22                	mv	s8,s0
   10a9c:	a8b1                	j	10af8 <__d_vfprintf+0x594>
   10a9e:	eb15                	bnez	a4,10ad2 <__d_vfprintf+0x56e>
   10aa0:	02b00713          	li	a4,43
   10aa4:	b5ed                	j	1098e <__d_vfprintf+0x42a>
   10aa6:	eb0d                	bnez	a4,10ad8 <__d_vfprintf+0x574>
   10aa8:	02d00713          	li	a4,45
   10aac:	b5cd                	j	1098e <__d_vfprintf+0x42a>
   10aae:	02000d93          	li	s11,32
   10ab2:	4791                	li	a5,4
   10ab4:	0367d563          	bge	a5,s6,10ade <__d_vfprintf+0x57a>
   10ab8:	008afa93          	and	s5,s5,8
   10abc:	ffcb0493          	add	s1,s6,-4
   10ac0:	fa0a89e3          	beqz	s5,10a72 <__d_vfprintf+0x50e>
   10ac4:	4582                	lw	a1,0(sp)
   10ac6:	856e                	mv	a0,s11
   10ac8:	0405                	add	s0,s0,1
   10aca:	9a02                	jalr	s4
   10acc:	fc0550e3          	bgez	a0,10a8c <__d_vfprintf+0x528>
   10ad0:	bcc9                	j	105a2 <__d_vfprintf+0x3e>
   10ad2:	02b00d93          	li	s11,43
   10ad6:	bff1                	j	10ab2 <__d_vfprintf+0x54e>
   10ad8:	02d00d93          	li	s11,45
   10adc:	bfd9                	j	10ab2 <__d_vfprintf+0x54e>
   10ade:	4481                	li	s1,0
   10ae0:	b7d5                	j	10ac4 <__d_vfprintf+0x560>
   10ae2:	4481                	li	s1,0
   10ae4:	b765                	j	10a8c <__d_vfprintf+0x528>
   10ae6:	4582                	lw	a1,0(sp)
   10ae8:	41250533          	sub	a0,a0,s2
   10aec:	0ff57513          	zext.b	a0,a0
   10af0:	0c05                	add	s8,s8,1
   10af2:	9a02                	jalr	s4
   10af4:	aa0547e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10af8:	408c07b3          	sub	a5,s8,s0
   10afc:	97ce                	add	a5,a5,s3
   10afe:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10b02:	f175                	bnez	a0,10ae6 <__d_vfprintf+0x582>
   10b04:	8462                	mv	s0,s8
   10b06:	94e2                	add	s1,s1,s8
   10b08:	ad39                	j	11126 <__d_vfprintf+0xbc2>
   10b0a:	69cd                	lui	s3,0x13
   10b0c:	07c98993          	add	s3,s3,124 # 1307c <CSWTCH.24+0x2c>
   10b10:	b769                	j	10a9a <__d_vfprintf+0x536>
   10b12:	1bfd                	add	s7,s7,-1
   10b14:	0ffbfb93          	zext.b	s7,s7
   10b18:	000b8763          	beqz	s7,10b26 <__d_vfprintf+0x5c2>
   10b1c:	0047c603          	lbu	a2,4(a5)
   10b20:	17fd                	add	a5,a5,-1
   10b22:	fed608e3          	beq	a2,a3,10b12 <__d_vfprintf+0x5ae>
   10b26:	010af693          	and	a3,s5,16
   10b2a:	87ea                	mv	a5,s10
   10b2c:	e291                	bnez	a3,10b30 <__d_vfprintf+0x5cc>
   10b2e:	87de                	mv	a5,s7
   10b30:	56f1                	li	a3,-4
   10b32:	0ed9cc63          	blt	s3,a3,10c2a <__d_vfprintf+0x6c6>
   10b36:	0fa9da63          	bge	s3,s10,10c2a <__d_vfprintf+0x6c6>
   10b3a:	6689                	lui	a3,0x2
   10b3c:	00dae6b3          	or	a3,s5,a3
   10b40:	01069a93          	sll	s5,a3,0x10
   10b44:	010ada93          	srl	s5,s5,0x10
   10b48:	4d01                	li	s10,0
   10b4a:	00f9d663          	bge	s3,a5,10b56 <__d_vfprintf+0x5f2>
   10b4e:	00198893          	add	a7,s3,1
   10b52:	41178d33          	sub	s10,a5,a7
   10b56:	6d89                	lui	s11,0x2
   10b58:	01bafdb3          	and	s11,s5,s11
   10b5c:	0c0d8a63          	beqz	s11,10c30 <__d_vfprintf+0x6cc>
   10b60:	87ce                	mv	a5,s3
   10b62:	0009d363          	bgez	s3,10b68 <__d_vfprintf+0x604>
   10b66:	4781                	li	a5,0
   10b68:	0785                	add	a5,a5,1
   10b6a:	c311                	beqz	a4,10b6e <__d_vfprintf+0x60a>
   10b6c:	0785                	add	a5,a5,1
   10b6e:	0c0d0963          	beqz	s10,10c40 <__d_vfprintf+0x6dc>
   10b72:	001d0693          	add	a3,s10,1
   10b76:	97b6                	add	a5,a5,a3
   10b78:	4481                	li	s1,0
   10b7a:	0167d463          	bge	a5,s6,10b82 <__d_vfprintf+0x61e>
   10b7e:	40fb04b3          	sub	s1,s6,a5
   10b82:	009af793          	and	a5,s5,9
   10b86:	e789                	bnez	a5,10b90 <__d_vfprintf+0x62c>
   10b88:	94a2                	add	s1,s1,s0
   10b8a:	0c849063          	bne	s1,s0,10c4a <__d_vfprintf+0x6e6>
   10b8e:	4481                	li	s1,0
   10b90:	c719                	beqz	a4,10b9e <__d_vfprintf+0x63a>
   10b92:	4582                	lw	a1,0(sp)
   10b94:	853a                	mv	a0,a4
   10b96:	0405                	add	s0,s0,1
   10b98:	9a02                	jalr	s4
   10b9a:	a00544e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10b9e:	00bad793          	srl	a5,s5,0xb
   10ba2:	8b85                	and	a5,a5,1
   10ba4:	c395                	beqz	a5,10bc8 <__d_vfprintf+0x664>
   10ba6:	4582                	lw	a1,0(sp)
   10ba8:	03000513          	li	a0,48
   10bac:	9a02                	jalr	s4
   10bae:	9e054ae3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10bb2:	07800513          	li	a0,120
   10bb6:	4582                	lw	a1,0(sp)
   10bb8:	41250533          	sub	a0,a0,s2
   10bbc:	0f857513          	and	a0,a0,248
   10bc0:	0409                	add	s0,s0,2
   10bc2:	9a02                	jalr	s4
   10bc4:	9c054fe3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10bc8:	008af793          	and	a5,s5,8
   10bcc:	e791                	bnez	a5,10bd8 <__d_vfprintf+0x674>
   10bce:	8b22                	mv	s6,s0
   10bd0:	9426                	add	s0,s0,s1
   10bd2:	09641663          	bne	s0,s6,10c5e <__d_vfprintf+0x6fa>
   10bd6:	4481                	li	s1,0
   10bd8:	0c0d8f63          	beqz	s11,10cb6 <__d_vfprintf+0x752>
   10bdc:	8cce                	mv	s9,s3
   10bde:	0009d363          	bgez	s3,10be4 <__d_vfprintf+0x680>
   10be2:	4c81                	li	s9,0
   10be4:	41998db3          	sub	s11,s3,s9
   10be8:	41a00d33          	neg	s10,s10
   10bec:	5b7d                	li	s6,-1
   10bee:	03000513          	li	a0,48
   10bf2:	017df663          	bgeu	s11,s7,10bfe <__d_vfprintf+0x69a>
   10bf6:	103c                	add	a5,sp,40
   10bf8:	97ee                	add	a5,a5,s11
   10bfa:	0057c503          	lbu	a0,5(a5)
   10bfe:	1cfd                	add	s9,s9,-1
   10c00:	00140c13          	add	s8,s0,1
   10c04:	07acc563          	blt	s9,s10,10c6e <__d_vfprintf+0x70a>
   10c08:	4582                	lw	a1,0(sp)
   10c0a:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   10c0c:	9a02                	jalr	s4
   10c0e:	98054ae3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10c12:	016c9a63          	bne	s9,s6,10c26 <__d_vfprintf+0x6c2>
   10c16:	4582                	lw	a1,0(sp)
   10c18:	02e00513          	li	a0,46
   10c1c:	9a02                	jalr	s4
   10c1e:	980542e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10c22:	00240c13          	add	s8,s0,2
   10c26:	8462                	mv	s0,s8
   10c28:	b7d9                	j	10bee <__d_vfprintf+0x68a>
   10c2a:	fff78d13          	add	s10,a5,-1
   10c2e:	b725                	j	10b56 <__d_vfprintf+0x5f2>
   10c30:	00bad693          	srl	a3,s5,0xb
   10c34:	8a85                	and	a3,a3,1
   10c36:	478d                	li	a5,3
   10c38:	c291                	beqz	a3,10c3c <__d_vfprintf+0x6d8>
   10c3a:	4795                	li	a5,5
   10c3c:	97e2                	add	a5,a5,s8
   10c3e:	b735                	j	10b6a <__d_vfprintf+0x606>
   10c40:	010af693          	and	a3,s5,16
   10c44:	da95                	beqz	a3,10b78 <__d_vfprintf+0x614>
   10c46:	0785                	add	a5,a5,1
   10c48:	bf05                	j	10b78 <__d_vfprintf+0x614>
   10c4a:	4582                	lw	a1,0(sp)
   10c4c:	02000513          	li	a0,32
   10c50:	c83a                	sw	a4,16(sp)
   10c52:	9a02                	jalr	s4
   10c54:	4742                	lw	a4,16(sp)
   10c56:	0405                	add	s0,s0,1
   10c58:	f20559e3          	bgez	a0,10b8a <__d_vfprintf+0x626>
   10c5c:	b299                	j	105a2 <__d_vfprintf+0x3e>
   10c5e:	4582                	lw	a1,0(sp)
   10c60:	03000513          	li	a0,48
   10c64:	0b05                	add	s6,s6,1
   10c66:	9a02                	jalr	s4
   10c68:	f60555e3          	bgez	a0,10bd2 <__d_vfprintf+0x66e>
   10c6c:	ba1d                	j	105a2 <__d_vfprintf+0x3e>
   10c6e:	033c9063          	bne	s9,s3,10c8e <__d_vfprintf+0x72a>
   10c72:	02d14703          	lbu	a4,45(sp)
   10c76:	03500793          	li	a5,53
   10c7a:	00e7e863          	bltu	a5,a4,10c8a <__d_vfprintf+0x726>
   10c7e:	00f71863          	bne	a4,a5,10c8e <__d_vfprintf+0x72a>
   10c82:	02c14783          	lbu	a5,44(sp)
   10c86:	8bc1                	and	a5,a5,16
   10c88:	e399                	bnez	a5,10c8e <__d_vfprintf+0x72a>
   10c8a:	03100513          	li	a0,49
   10c8e:	4582                	lw	a1,0(sp)
   10c90:	9a02                	jalr	s4
   10c92:	900548e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10c96:	010afa93          	and	s5,s5,16
   10c9a:	e60a85e3          	beqz	s5,10b04 <__d_vfprintf+0x5a0>
   10c9e:	57fd                	li	a5,-1
   10ca0:	e6fc92e3          	bne	s9,a5,10b04 <__d_vfprintf+0x5a0>
   10ca4:	4582                	lw	a1,0(sp)
   10ca6:	00240c13          	add	s8,s0,2
   10caa:	02e00513          	li	a0,46
   10cae:	9a02                	jalr	s4
   10cb0:	e4055ae3          	bgez	a0,10b04 <__d_vfprintf+0x5a0>
   10cb4:	b0fd                	j	105a2 <__d_vfprintf+0x3e>
   10cb6:	02d14503          	lbu	a0,45(sp)
   10cba:	03100793          	li	a5,49
   10cbe:	00f50763          	beq	a0,a5,10ccc <__d_vfprintf+0x768>
   10cc2:	02c14783          	lbu	a5,44(sp)
   10cc6:	9bbd                	and	a5,a5,-17
   10cc8:	02f10623          	sb	a5,44(sp)
   10ccc:	4582                	lw	a1,0(sp)
   10cce:	9a02                	jalr	s4
   10cd0:	8c0549e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10cd4:	0da05a63          	blez	s10,10da8 <__d_vfprintf+0x844>
   10cd8:	4582                	lw	a1,0(sp)
   10cda:	02e00513          	li	a0,46
   10cde:	0409                	add	s0,s0,2
   10ce0:	9a02                	jalr	s4
   10ce2:	8c0540e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10ce6:	4a85                	li	s5,1
   10ce8:	4785                	li	a5,1
   10cea:	0405                	add	s0,s0,1
   10cec:	03000513          	li	a0,48
   10cf0:	017af863          	bgeu	s5,s7,10d00 <__d_vfprintf+0x79c>
   10cf4:	02078793          	add	a5,a5,32
   10cf8:	1018                	add	a4,sp,32
   10cfa:	97ba                	add	a5,a5,a4
   10cfc:	fed7c503          	lbu	a0,-19(a5)
   10d00:	4582                	lw	a1,0(sp)
   10d02:	9a02                	jalr	s4
   10d04:	88054fe3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10d08:	0a85                	add	s5,s5,1
   10d0a:	0ffafa93          	zext.b	s5,s5
   10d0e:	87d6                	mv	a5,s5
   10d10:	fd5d5de3          	bge	s10,s5,10cea <__d_vfprintf+0x786>
   10d14:	4582                	lw	a1,0(sp)
   10d16:	412c8533          	sub	a0,s9,s2
   10d1a:	0ff57513          	zext.b	a0,a0
   10d1e:	9a02                	jalr	s4
   10d20:	880541e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10d24:	0009ca63          	bltz	s3,10d38 <__d_vfprintf+0x7d4>
   10d28:	02b00513          	li	a0,43
   10d2c:	00099a63          	bnez	s3,10d40 <__d_vfprintf+0x7dc>
   10d30:	02c14783          	lbu	a5,44(sp)
   10d34:	8bc1                	and	a5,a5,16
   10d36:	c789                	beqz	a5,10d40 <__d_vfprintf+0x7dc>
   10d38:	413009b3          	neg	s3,s3
   10d3c:	02d00513          	li	a0,45
   10d40:	4582                	lw	a1,0(sp)
   10d42:	9a02                	jalr	s4
   10d44:	84054fe3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10d48:	4791                	li	a5,4
   10d4a:	06fc1e63          	bne	s8,a5,10dc6 <__d_vfprintf+0x862>
   10d4e:	3e800913          	li	s2,1000
   10d52:	0329c533          	div	a0,s3,s2
   10d56:	4582                	lw	a1,0(sp)
   10d58:	040d                	add	s0,s0,3
   10d5a:	03050513          	add	a0,a0,48
   10d5e:	0ff57513          	zext.b	a0,a0
   10d62:	9a02                	jalr	s4
   10d64:	82054fe3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10d68:	0329e9b3          	rem	s3,s3,s2
   10d6c:	06400913          	li	s2,100
   10d70:	4582                	lw	a1,0(sp)
   10d72:	0405                	add	s0,s0,1
   10d74:	0329c533          	div	a0,s3,s2
   10d78:	03050513          	add	a0,a0,48
   10d7c:	0ff57513          	zext.b	a0,a0
   10d80:	9a02                	jalr	s4
   10d82:	820540e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10d86:	0329e9b3          	rem	s3,s3,s2
   10d8a:	4929                	li	s2,10
   10d8c:	4582                	lw	a1,0(sp)
   10d8e:	0405                	add	s0,s0,1
   10d90:	0329c533          	div	a0,s3,s2
   10d94:	03050513          	add	a0,a0,48
   10d98:	0ff57513          	zext.b	a0,a0
   10d9c:	9a02                	jalr	s4
   10d9e:	800542e3          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10da2:	0329e9b3          	rem	s3,s3,s2
   10da6:	a03d                	j	10dd4 <__d_vfprintf+0x870>
   10da8:	010afa93          	and	s5,s5,16
   10dac:	000a9463          	bnez	s5,10db4 <__d_vfprintf+0x850>
   10db0:	0405                	add	s0,s0,1
   10db2:	b78d                	j	10d14 <__d_vfprintf+0x7b0>
   10db4:	4582                	lw	a1,0(sp)
   10db6:	02e00513          	li	a0,46
   10dba:	0409                	add	s0,s0,2
   10dbc:	9a02                	jalr	s4
   10dbe:	f4055be3          	bgez	a0,10d14 <__d_vfprintf+0x7b0>
   10dc2:	fe0ff06f          	j	105a2 <__d_vfprintf+0x3e>
   10dc6:	478d                	li	a5,3
   10dc8:	0409                	add	s0,s0,2
   10dca:	fafc01e3          	beq	s8,a5,10d6c <__d_vfprintf+0x808>
   10dce:	4785                	li	a5,1
   10dd0:	fafc1de3          	bne	s8,a5,10d8a <__d_vfprintf+0x826>
   10dd4:	03098513          	add	a0,s3,48
   10dd8:	4582                	lw	a1,0(sp)
   10dda:	00140c13          	add	s8,s0,1
   10dde:	0ff57513          	zext.b	a0,a0
   10de2:	b5f1                	j	10cae <__d_vfprintf+0x74a>
   10de4:	f9d90793          	add	a5,s2,-99
   10de8:	0ff7f793          	zext.b	a5,a5
   10dec:	4749                	li	a4,18
   10dee:	1ef76d63          	bltu	a4,a5,10fe8 <__d_vfprintf+0xa84>
   10df2:	674d                	lui	a4,0x13
   10df4:	078a                	sll	a5,a5,0x2
   10df6:	0cc70713          	add	a4,a4,204 # 130cc <CSWTCH.24+0x7c>
   10dfa:	97ba                	add	a5,a5,a4
   10dfc:	439c                	lw	a5,0(a5)
   10dfe:	8782                	jr	a5
   10e00:	5792                	lw	a5,36(sp)
   10e02:	4485                	li	s1,1
   10e04:	02810993          	add	s3,sp,40
   10e08:	00478713          	add	a4,a5,4
   10e0c:	439c                	lw	a5,0(a5)
   10e0e:	d23a                	sw	a4,36(sp)
   10e10:	02f10423          	sb	a5,40(sp)
   10e14:	008df813          	and	a6,s11,8
   10e18:	04080d63          	beqz	a6,10e72 <__d_vfprintf+0x90e>
   10e1c:	4901                	li	s2,0
   10e1e:	05249c63          	bne	s1,s2,10e76 <__d_vfprintf+0x912>
   10e22:	00940c33          	add	s8,s0,s1
   10e26:	409b04b3          	sub	s1,s6,s1
   10e2a:	b9e9                	j	10b04 <__d_vfprintf+0x5a0>
   10e2c:	5792                	lw	a5,36(sp)
   10e2e:	00478713          	add	a4,a5,4
   10e32:	d23a                	sw	a4,36(sp)
   10e34:	0007a983          	lw	s3,0(a5)
   10e38:	00099563          	bnez	s3,10e42 <__d_vfprintf+0x8de>
   10e3c:	69cd                	lui	s3,0x13
   10e3e:	08098993          	add	s3,s3,128 # 13080 <CSWTCH.24+0x30>
   10e42:	040df793          	and	a5,s11,64
   10e46:	55fd                	li	a1,-1
   10e48:	c391                	beqz	a5,10e4c <__d_vfprintf+0x8e8>
   10e4a:	85ea                	mv	a1,s10
   10e4c:	854e                	mv	a0,s3
   10e4e:	4a7000ef          	jal	11af4 <strnlen>
   10e52:	84aa                	mv	s1,a0
   10e54:	b7c1                	j	10e14 <__d_vfprintf+0x8b0>
   10e56:	4582                	lw	a1,0(sp)
   10e58:	02000513          	li	a0,32
   10e5c:	9a02                	jalr	s4
   10e5e:	f4054263          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   10e62:	197d                	add	s2,s2,-1
   10e64:	ff24e9e3          	bltu	s1,s2,10e56 <__d_vfprintf+0x8f2>
   10e68:	945a                	add	s0,s0,s6
   10e6a:	41240433          	sub	s0,s0,s2
   10e6e:	8b4a                	mv	s6,s2
   10e70:	b775                	j	10e1c <__d_vfprintf+0x8b8>
   10e72:	895a                	mv	s2,s6
   10e74:	bfc5                	j	10e64 <__d_vfprintf+0x900>
   10e76:	012987b3          	add	a5,s3,s2
   10e7a:	4582                	lw	a1,0(sp)
   10e7c:	0007c503          	lbu	a0,0(a5)
   10e80:	0905                	add	s2,s2,1
   10e82:	9a02                	jalr	s4
   10e84:	f8055de3          	bgez	a0,10e1e <__d_vfprintf+0x8ba>
   10e88:	f1aff06f          	j	105a2 <__d_vfprintf+0x3e>
   10e8c:	080df713          	and	a4,s11,128
   10e90:	5792                	lw	a5,36(sp)
   10e92:	cf49                	beqz	a4,10f2c <__d_vfprintf+0x9c8>
   10e94:	200df713          	and	a4,s11,512
   10e98:	c359                	beqz	a4,10f1e <__d_vfprintf+0x9ba>
   10e9a:	079d                	add	a5,a5,7
   10e9c:	9be1                	and	a5,a5,-8
   10e9e:	4388                	lw	a0,0(a5)
   10ea0:	43cc                	lw	a1,4(a5)
   10ea2:	00878713          	add	a4,a5,8
   10ea6:	d23a                	sw	a4,36(sp)
   10ea8:	fefdf993          	and	s3,s11,-17
   10eac:	09c2                	sll	s3,s3,0x10
   10eae:	0109d993          	srl	s3,s3,0x10
   10eb2:	0805dd63          	bgez	a1,10f4c <__d_vfprintf+0x9e8>
   10eb6:	00a037b3          	snez	a5,a0
   10eba:	40b005b3          	neg	a1,a1
   10ebe:	8d9d                	sub	a1,a1,a5
   10ec0:	40a00533          	neg	a0,a0
   10ec4:	4009e993          	or	s3,s3,1024
   10ec8:	02810a93          	add	s5,sp,40
   10ecc:	46a9                	li	a3,10
   10ece:	8656                	mv	a2,s5
   10ed0:	c98ff0ef          	jal	10368 <__ultoa_invert>
   10ed4:	0409f793          	and	a5,s3,64
   10ed8:	41550ab3          	sub	s5,a0,s5
   10edc:	c7f5                	beqz	a5,10fc8 <__d_vfprintf+0xa64>
   10ede:	ffe9f793          	and	a5,s3,-2
   10ee2:	07c2                	sll	a5,a5,0x10
   10ee4:	83c1                	srl	a5,a5,0x10
   10ee6:	19aad563          	bge	s5,s10,11070 <__d_vfprintf+0xb0c>
   10eea:	16090c63          	beqz	s2,11062 <__d_vfprintf+0xafe>
   10eee:	0109fc13          	and	s8,s3,16
   10ef2:	84ea                	mv	s1,s10
   10ef4:	89be                	mv	s3,a5
   10ef6:	060c0a63          	beqz	s8,10f6a <__d_vfprintf+0xa06>
   10efa:	0489                	add	s1,s1,2
   10efc:	0089f793          	and	a5,s3,8
   10f00:	18079a63          	bnez	a5,11094 <__d_vfprintf+0xb30>
   10f04:	0019f793          	and	a5,s3,1
   10f08:	cb89                	beqz	a5,10f1a <__d_vfprintf+0x9b6>
   10f0a:	8d56                	mv	s10,s5
   10f0c:	0164d763          	bge	s1,s6,10f1a <__d_vfprintf+0x9b6>
   10f10:	409b04b3          	sub	s1,s6,s1
   10f14:	01548d33          	add	s10,s1,s5
   10f18:	84da                	mv	s1,s6
   10f1a:	8ba6                	mv	s7,s1
   10f1c:	a2ad                	j	11086 <__d_vfprintf+0xb22>
   10f1e:	4388                	lw	a0,0(a5)
   10f20:	00478713          	add	a4,a5,4
   10f24:	d23a                	sw	a4,36(sp)
   10f26:	41f55593          	sra	a1,a0,0x1f
   10f2a:	bfbd                	j	10ea8 <__d_vfprintf+0x944>
   10f2c:	00478713          	add	a4,a5,4
   10f30:	4388                	lw	a0,0(a5)
   10f32:	d23a                	sw	a4,36(sp)
   10f34:	100df793          	and	a5,s11,256
   10f38:	d7fd                	beqz	a5,10f26 <__d_vfprintf+0x9c2>
   10f3a:	200df793          	and	a5,s11,512
   10f3e:	c781                	beqz	a5,10f46 <__d_vfprintf+0x9e2>
   10f40:	0562                	sll	a0,a0,0x18
   10f42:	8561                	sra	a0,a0,0x18
   10f44:	b7cd                	j	10f26 <__d_vfprintf+0x9c2>
   10f46:	0542                	sll	a0,a0,0x10
   10f48:	8541                	sra	a0,a0,0x10
   10f4a:	bff1                	j	10f26 <__d_vfprintf+0x9c2>
   10f4c:	00b567b3          	or	a5,a0,a1
   10f50:	ffa5                	bnez	a5,10ec8 <__d_vfprintf+0x964>
   10f52:	040df793          	and	a5,s11,64
   10f56:	dbad                	beqz	a5,10ec8 <__d_vfprintf+0x964>
   10f58:	f60d18e3          	bnez	s10,10ec8 <__d_vfprintf+0x964>
   10f5c:	feedf993          	and	s3,s11,-18
   10f60:	09c2                	sll	s3,s3,0x10
   10f62:	0109d993          	srl	s3,s3,0x10
   10f66:	4a81                	li	s5,0
   10f68:	4481                	li	s1,0
   10f6a:	4069fc13          	and	s8,s3,1030
   10f6e:	f80c07e3          	beqz	s8,10efc <__d_vfprintf+0x998>
   10f72:	0485                	add	s1,s1,1
   10f74:	4c01                	li	s8,0
   10f76:	b759                	j	10efc <__d_vfprintf+0x998>
   10f78:	fefdf813          	and	a6,s11,-17
   10f7c:	01081d93          	sll	s11,a6,0x10
   10f80:	010ddd93          	srl	s11,s11,0x10
   10f84:	46a9                	li	a3,10
   10f86:	080df713          	and	a4,s11,128
   10f8a:	5792                	lw	a5,36(sp)
   10f8c:	c355                	beqz	a4,11030 <__d_vfprintf+0xacc>
   10f8e:	200df713          	and	a4,s11,512
   10f92:	cb49                	beqz	a4,11024 <__d_vfprintf+0xac0>
   10f94:	079d                	add	a5,a5,7
   10f96:	9be1                	and	a5,a5,-8
   10f98:	4388                	lw	a0,0(a5)
   10f9a:	43cc                	lw	a1,4(a5)
   10f9c:	00878713          	add	a4,a5,8
   10fa0:	d23a                	sw	a4,36(sp)
   10fa2:	00b567b3          	or	a5,a0,a1
   10fa6:	e7cd                	bnez	a5,11050 <__d_vfprintf+0xaec>
   10fa8:	fe9df993          	and	s3,s11,-23
   10fac:	09c2                	sll	s3,s3,0x10
   10fae:	040df793          	and	a5,s11,64
   10fb2:	0109d993          	srl	s3,s3,0x10
   10fb6:	c3dd                	beqz	a5,1105c <__d_vfprintf+0xaf8>
   10fb8:	0a0d1263          	bnez	s10,1105c <__d_vfprintf+0xaf8>
   10fbc:	fe8df993          	and	s3,s11,-24
   10fc0:	09c2                	sll	s3,s3,0x10
   10fc2:	0109d993          	srl	s3,s3,0x10
   10fc6:	4a81                	li	s5,0
   10fc8:	0109fc13          	and	s8,s3,16
   10fcc:	0a0c0463          	beqz	s8,11074 <__d_vfprintf+0xb10>
   10fd0:	001a8493          	add	s1,s5,1
   10fd4:	f20904e3          	beqz	s2,10efc <__d_vfprintf+0x998>
   10fd8:	84d6                	mv	s1,s5
   10fda:	b705                	j	10efa <__d_vfprintf+0x996>
   10fdc:	010ded93          	or	s11,s11,16
   10fe0:	46c1                	li	a3,16
   10fe2:	07800913          	li	s2,120
   10fe6:	b745                	j	10f86 <__d_vfprintf+0xa22>
   10fe8:	07800793          	li	a5,120
   10fec:	00fc9a63          	bne	s9,a5,11000 <__d_vfprintf+0xa9c>
   10ff0:	05800793          	li	a5,88
   10ff4:	46c1                	li	a3,16
   10ff6:	f8f918e3          	bne	s2,a5,10f86 <__d_vfprintf+0xa22>
   10ffa:	21000693          	li	a3,528
   10ffe:	b761                	j	10f86 <__d_vfprintf+0xa22>
   11000:	4582                	lw	a1,0(sp)
   11002:	02500513          	li	a0,37
   11006:	9a02                	jalr	s4
   11008:	d8054d63          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   1100c:	4582                	lw	a1,0(sp)
   1100e:	854a                	mv	a0,s2
   11010:	9a02                	jalr	s4
   11012:	d8054863          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   11016:	0409                	add	s0,s0,2
   11018:	4792                	lw	a5,4(sp)
   1101a:	d68ff06f          	j	10582 <__d_vfprintf+0x1e>
   1101e:	46a1                	li	a3,8
   11020:	4901                	li	s2,0
   11022:	b795                	j	10f86 <__d_vfprintf+0xa22>
   11024:	4388                	lw	a0,0(a5)
   11026:	00478713          	add	a4,a5,4
   1102a:	d23a                	sw	a4,36(sp)
   1102c:	4581                	li	a1,0
   1102e:	bf95                	j	10fa2 <__d_vfprintf+0xa3e>
   11030:	00478713          	add	a4,a5,4
   11034:	4388                	lw	a0,0(a5)
   11036:	d23a                	sw	a4,36(sp)
   11038:	100df793          	and	a5,s11,256
   1103c:	dbe5                	beqz	a5,1102c <__d_vfprintf+0xac8>
   1103e:	200df793          	and	a5,s11,512
   11042:	c781                	beqz	a5,1104a <__d_vfprintf+0xae6>
   11044:	0ff57513          	zext.b	a0,a0
   11048:	b7d5                	j	1102c <__d_vfprintf+0xac8>
   1104a:	0542                	sll	a0,a0,0x10
   1104c:	8141                	srl	a0,a0,0x10
   1104e:	bff9                	j	1102c <__d_vfprintf+0xac8>
   11050:	ff9df813          	and	a6,s11,-7
   11054:	01081993          	sll	s3,a6,0x10
   11058:	0109d993          	srl	s3,s3,0x10
   1105c:	02810a93          	add	s5,sp,40
   11060:	b5bd                	j	10ece <__d_vfprintf+0x96a>
   11062:	fee9f993          	and	s3,s3,-18
   11066:	09c2                	sll	s3,s3,0x10
   11068:	0109d993          	srl	s3,s3,0x10
   1106c:	84ea                	mv	s1,s10
   1106e:	bdf5                	j	10f6a <__d_vfprintf+0xa06>
   11070:	89be                	mv	s3,a5
   11072:	bf99                	j	10fc8 <__d_vfprintf+0xa64>
   11074:	84d6                	mv	s1,s5
   11076:	bdd5                	j	10f6a <__d_vfprintf+0xa06>
   11078:	4582                	lw	a1,0(sp)
   1107a:	02000513          	li	a0,32
   1107e:	9a02                	jalr	s4
   11080:	d2054163          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   11084:	0b85                	add	s7,s7,1
   11086:	ff6bc9e3          	blt	s7,s6,11078 <__d_vfprintf+0xb14>
   1108a:	409404b3          	sub	s1,s0,s1
   1108e:	01748433          	add	s0,s1,s7
   11092:	84de                	mv	s1,s7
   11094:	020c0363          	beqz	s8,110ba <__d_vfprintf+0xb56>
   11098:	4582                	lw	a1,0(sp)
   1109a:	03000513          	li	a0,48
   1109e:	9a02                	jalr	s4
   110a0:	d0054163          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   110a4:	04090d63          	beqz	s2,110fe <__d_vfprintf+0xb9a>
   110a8:	4582                	lw	a1,0(sp)
   110aa:	0409                	add	s0,s0,2
   110ac:	854a                	mv	a0,s2
   110ae:	9a02                	jalr	s4
   110b0:	ce054963          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   110b4:	8c22                	mv	s8,s0
   110b6:	9d22                	add	s10,s10,s0
   110b8:	a81d                	j	110ee <__d_vfprintf+0xb8a>
   110ba:	4069f793          	and	a5,s3,1030
   110be:	dbfd                	beqz	a5,110b4 <__d_vfprintf+0xb50>
   110c0:	0029f793          	and	a5,s3,2
   110c4:	02000513          	li	a0,32
   110c8:	c399                	beqz	a5,110ce <__d_vfprintf+0xb6a>
   110ca:	02b00513          	li	a0,43
   110ce:	4009f993          	and	s3,s3,1024
   110d2:	00098463          	beqz	s3,110da <__d_vfprintf+0xb76>
   110d6:	02d00513          	li	a0,45
   110da:	4582                	lw	a1,0(sp)
   110dc:	0405                	add	s0,s0,1
   110de:	bfc1                	j	110ae <__d_vfprintf+0xb4a>
   110e0:	4582                	lw	a1,0(sp)
   110e2:	03000513          	li	a0,48
   110e6:	0c05                	add	s8,s8,1
   110e8:	9a02                	jalr	s4
   110ea:	ca054c63          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   110ee:	418d07b3          	sub	a5,s10,s8
   110f2:	fefac7e3          	blt	s5,a5,110e0 <__d_vfprintf+0xb7c>
   110f6:	8456                	mv	s0,s5
   110f8:	e409                	bnez	s0,11102 <__d_vfprintf+0xb9e>
   110fa:	9c56                	add	s8,s8,s5
   110fc:	b32d                	j	10e26 <__d_vfprintf+0x8c2>
   110fe:	0405                	add	s0,s0,1
   11100:	bf55                	j	110b4 <__d_vfprintf+0xb50>
   11102:	147d                	add	s0,s0,-1
   11104:	103c                	add	a5,sp,40
   11106:	97a2                	add	a5,a5,s0
   11108:	4582                	lw	a1,0(sp)
   1110a:	0007c503          	lbu	a0,0(a5)
   1110e:	9a02                	jalr	s4
   11110:	fe0554e3          	bgez	a0,110f8 <__d_vfprintf+0xb94>
   11114:	c8eff06f          	j	105a2 <__d_vfprintf+0x3e>
   11118:	4582                	lw	a1,0(sp)
   1111a:	02000513          	li	a0,32
   1111e:	0405                	add	s0,s0,1
   11120:	9a02                	jalr	s4
   11122:	c8054063          	bltz	a0,105a2 <__d_vfprintf+0x3e>
   11126:	408487b3          	sub	a5,s1,s0
   1112a:	fef047e3          	bgtz	a5,11118 <__d_vfprintf+0xbb4>
   1112e:	b5ed                	j	11018 <__d_vfprintf+0xab4>

00011130 <mulShiftAll64>:
   11130:	0e4012ef          	jal	t0,12214 <__riscv_save_10>
   11134:	84b2                	mv	s1,a2
   11136:	00159913          	sll	s2,a1,0x1
   1113a:	4210                	lw	a2,0(a2)
   1113c:	8ab6                	mv	s5,a3
   1113e:	89be                	mv	s3,a5
   11140:	40d4                	lw	a3,4(s1)
   11142:	01f55793          	srl	a5,a0,0x1f
   11146:	1141                	add	sp,sp,-16
   11148:	0127e933          	or	s2,a5,s2
   1114c:	00151413          	sll	s0,a0,0x1
   11150:	8522                	mv	a0,s0
   11152:	85ca                	mv	a1,s2
   11154:	8bba                	mv	s7,a4
   11156:	870a                	mv	a4,sp
   11158:	8b42                	mv	s6,a6
   1115a:	0ed000ef          	jal	11a46 <__umul128>
   1115e:	44d4                	lw	a3,12(s1)
   11160:	4490                	lw	a2,8(s1)
   11162:	0038                	add	a4,sp,8
   11164:	8caa                	mv	s9,a0
   11166:	8c2e                	mv	s8,a1
   11168:	8522                	mv	a0,s0
   1116a:	85ca                	mv	a1,s2
   1116c:	0db000ef          	jal	11a46 <__umul128>
   11170:	4682                	lw	a3,0(sp)
   11172:	4712                	lw	a4,4(sp)
   11174:	4785                	li	a5,1
   11176:	00d50933          	add	s2,a0,a3
   1117a:	00a93533          	sltu	a0,s2,a0
   1117e:	95ba                	add	a1,a1,a4
   11180:	00b50433          	add	s0,a0,a1
   11184:	00e46763          	bltu	s0,a4,11192 <mulShiftAll64+0x62>
   11188:	00871463          	bne	a4,s0,11190 <mulShiftAll64+0x60>
   1118c:	00d96363          	bltu	s2,a3,11192 <mulShiftAll64+0x62>
   11190:	4781                	li	a5,0
   11192:	4622                	lw	a2,8(sp)
   11194:	4732                	lw	a4,12(sp)
   11196:	963e                	add	a2,a2,a5
   11198:	00f637b3          	sltu	a5,a2,a5
   1119c:	00e786b3          	add	a3,a5,a4
   111a0:	4098                	lw	a4,0(s1)
   111a2:	40dc                	lw	a5,4(s1)
   111a4:	c432                	sw	a2,8(sp)
   111a6:	9766                	add	a4,a4,s9
   111a8:	97e2                	add	a5,a5,s8
   111aa:	019735b3          	sltu	a1,a4,s9
   111ae:	95be                	add	a1,a1,a5
   111b0:	c636                	sw	a3,12(sp)
   111b2:	4785                	li	a5,1
   111b4:	0185e763          	bltu	a1,s8,111c2 <mulShiftAll64+0x92>
   111b8:	00bc1463          	bne	s8,a1,111c0 <mulShiftAll64+0x90>
   111bc:	01976363          	bltu	a4,s9,111c2 <mulShiftAll64+0x92>
   111c0:	4781                	li	a5,0
   111c2:	4498                	lw	a4,8(s1)
   111c4:	44c8                	lw	a0,12(s1)
   111c6:	fbfa8a13          	add	s4,s5,-65
   111ca:	974a                	add	a4,a4,s2
   111cc:	9522                	add	a0,a0,s0
   111ce:	012735b3          	sltu	a1,a4,s2
   111d2:	95aa                	add	a1,a1,a0
   111d4:	00e78533          	add	a0,a5,a4
   111d8:	00f537b3          	sltu	a5,a0,a5
   111dc:	95be                	add	a1,a1,a5
   111de:	4785                	li	a5,1
   111e0:	0085e763          	bltu	a1,s0,111ee <mulShiftAll64+0xbe>
   111e4:	00b41463          	bne	s0,a1,111ec <mulShiftAll64+0xbc>
   111e8:	01256363          	bltu	a0,s2,111ee <mulShiftAll64+0xbe>
   111ec:	4781                	li	a5,0
   111ee:	963e                	add	a2,a2,a5
   111f0:	00f637b3          	sltu	a5,a2,a5
   111f4:	8752                	mv	a4,s4
   111f6:	96be                	add	a3,a3,a5
   111f8:	09b000ef          	jal	11a92 <__shiftright128>
   111fc:	00aba023          	sw	a0,0(s7)
   11200:	00bba223          	sw	a1,4(s7)
   11204:	4785                	li	a5,1
   11206:	48a2                	lw	a7,8(sp)
   11208:	4832                	lw	a6,12(sp)
   1120a:	40cc                	lw	a1,4(s1)
   1120c:	4488                	lw	a0,8(s1)
   1120e:	44d8                	lw	a4,12(s1)
   11210:	06fb1763          	bne	s6,a5,1127e <mulShiftAll64+0x14e>
   11214:	40a906b3          	sub	a3,s2,a0
   11218:	00d93633          	sltu	a2,s2,a3
   1121c:	40e407b3          	sub	a5,s0,a4
   11220:	8f91                	sub	a5,a5,a2
   11222:	4505                	li	a0,1
   11224:	00bc6863          	bltu	s8,a1,11234 <mulShiftAll64+0x104>
   11228:	01859563          	bne	a1,s8,11232 <mulShiftAll64+0x102>
   1122c:	4098                	lw	a4,0(s1)
   1122e:	00ece363          	bltu	s9,a4,11234 <mulShiftAll64+0x104>
   11232:	4501                	li	a0,0
   11234:	40a68533          	sub	a0,a3,a0
   11238:	00a6b6b3          	sltu	a3,a3,a0
   1123c:	40d785b3          	sub	a1,a5,a3
   11240:	4605                	li	a2,1
   11242:	00b46763          	bltu	s0,a1,11250 <mulShiftAll64+0x120>
   11246:	00859463          	bne	a1,s0,1124e <mulShiftAll64+0x11e>
   1124a:	00a96363          	bltu	s2,a0,11250 <mulShiftAll64+0x120>
   1124e:	4601                	li	a2,0
   11250:	40c88633          	sub	a2,a7,a2
   11254:	00c8b6b3          	sltu	a3,a7,a2
   11258:	8752                	mv	a4,s4
   1125a:	40d806b3          	sub	a3,a6,a3
   1125e:	035000ef          	jal	11a92 <__shiftright128>
   11262:	4622                	lw	a2,8(sp)
   11264:	46b2                	lw	a3,12(sp)
   11266:	00a9a023          	sw	a0,0(s3)
   1126a:	00b9a223          	sw	a1,4(s3)
   1126e:	8752                	mv	a4,s4
   11270:	854a                	mv	a0,s2
   11272:	85a2                	mv	a1,s0
   11274:	01f000ef          	jal	11a92 <__shiftright128>
   11278:	0141                	add	sp,sp,16
   1127a:	7d30006f          	j	1224c <__riscv_restore_10>
   1127e:	01fcd793          	srl	a5,s9,0x1f
   11282:	001c1613          	sll	a2,s8,0x1
   11286:	8e5d                	or	a2,a2,a5
   11288:	01f95693          	srl	a3,s2,0x1f
   1128c:	00141793          	sll	a5,s0,0x1
   11290:	001c9e93          	sll	t4,s9,0x1
   11294:	8fd5                	or	a5,a5,a3
   11296:	00191313          	sll	t1,s2,0x1
   1129a:	4e05                	li	t3,1
   1129c:	01866763          	bltu	a2,s8,112aa <mulShiftAll64+0x17a>
   112a0:	00cc1463          	bne	s8,a2,112a8 <mulShiftAll64+0x178>
   112a4:	019ee363          	bltu	t4,s9,112aa <mulShiftAll64+0x17a>
   112a8:	4e01                	li	t3,0
   112aa:	9e1a                	add	t3,t3,t1
   112ac:	006e3333          	sltu	t1,t3,t1
   112b0:	933e                	add	t1,t1,a5
   112b2:	4785                	li	a5,1
   112b4:	00b66863          	bltu	a2,a1,112c4 <mulShiftAll64+0x194>
   112b8:	00c59563          	bne	a1,a2,112c2 <mulShiftAll64+0x192>
   112bc:	4094                	lw	a3,0(s1)
   112be:	00dee363          	bltu	t4,a3,112c4 <mulShiftAll64+0x194>
   112c2:	4781                	li	a5,0
   112c4:	40fe07b3          	sub	a5,t3,a5
   112c8:	00fe35b3          	sltu	a1,t3,a5
   112cc:	40b305b3          	sub	a1,t1,a1
   112d0:	40a78533          	sub	a0,a5,a0
   112d4:	00a7b7b3          	sltu	a5,a5,a0
   112d8:	8d99                	sub	a1,a1,a4
   112da:	01f8d693          	srl	a3,a7,0x1f
   112de:	8d9d                	sub	a1,a1,a5
   112e0:	00181793          	sll	a5,a6,0x1
   112e4:	8fd5                	or	a5,a5,a3
   112e6:	fc0a8713          	add	a4,s5,-64
   112ea:	0886                	sll	a7,a7,0x1
   112ec:	4685                	li	a3,1
   112ee:	00836763          	bltu	t1,s0,112fc <mulShiftAll64+0x1cc>
   112f2:	00641463          	bne	s0,t1,112fa <mulShiftAll64+0x1ca>
   112f6:	012e6363          	bltu	t3,s2,112fc <mulShiftAll64+0x1cc>
   112fa:	4681                	li	a3,0
   112fc:	96c6                	add	a3,a3,a7
   112fe:	0116b8b3          	sltu	a7,a3,a7
   11302:	98be                	add	a7,a7,a5
   11304:	4605                	li	a2,1
   11306:	00b36763          	bltu	t1,a1,11314 <mulShiftAll64+0x1e4>
   1130a:	00659463          	bne	a1,t1,11312 <mulShiftAll64+0x1e2>
   1130e:	00ae6363          	bltu	t3,a0,11314 <mulShiftAll64+0x1e4>
   11312:	4601                	li	a2,0
   11314:	40c68633          	sub	a2,a3,a2
   11318:	00c6b6b3          	sltu	a3,a3,a2
   1131c:	40d886b3          	sub	a3,a7,a3
   11320:	bf3d                	j	1125e <mulShiftAll64+0x12e>

00011322 <div10>:
   11322:	71b002ef          	jal	t0,1223c <__riscv_save_0>
   11326:	67cd                	lui	a5,0x13
   11328:	5587a603          	lw	a2,1368(a5) # 13558 <stdout+0x4>
   1132c:	55c7a683          	lw	a3,1372(a5)
   11330:	1141                	add	sp,sp,-16
   11332:	0038                	add	a4,sp,8
   11334:	712000ef          	jal	11a46 <__umul128>
   11338:	45b2                	lw	a1,12(sp)
   1133a:	47a2                	lw	a5,8(sp)
   1133c:	01d59513          	sll	a0,a1,0x1d
   11340:	838d                	srl	a5,a5,0x3
   11342:	8d5d                	or	a0,a0,a5
   11344:	818d                	srl	a1,a1,0x3
   11346:	0141                	add	sp,sp,16
   11348:	7190006f          	j	12260 <__riscv_restore_0>

0001134c <__dtoa_engine>:
   1134c:	6c1002ef          	jal	t0,1220c <__riscv_save_12>
   11350:	715d                	add	sp,sp,-80
   11352:	8bb6                	mv	s7,a3
   11354:	001006b7          	lui	a3,0x100
   11358:	c43a                	sw	a4,8(sp)
   1135a:	c63e                	sw	a5,12(sp)
   1135c:	01f5d713          	srl	a4,a1,0x1f
   11360:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   11364:	0145d793          	srl	a5,a1,0x14
   11368:	00bdfdb3          	and	s11,s11,a1
   1136c:	c03a                	sw	a4,0(sp)
   1136e:	7ff7f413          	and	s0,a5,2047
   11372:	84aa                	mv	s1,a0
   11374:	8ab2                	mv	s5,a2
   11376:	00ade733          	or	a4,s11,a0
   1137a:	e405                	bnez	s0,113a2 <__dtoa_engine+0x56>
   1137c:	e331                	bnez	a4,113c0 <__dtoa_engine+0x74>
   1137e:	03000793          	li	a5,48
   11382:	00f602a3          	sb	a5,5(a2)
   11386:	4782                	lw	a5,0(sp)
   11388:	00060323          	sb	zero,6(a2)
   1138c:	00062023          	sw	zero,0(a2)
   11390:	0027e993          	or	s3,a5,2
   11394:	01360223          	sb	s3,4(a2)
   11398:	4405                	li	s0,1
   1139a:	8522                	mv	a0,s0
   1139c:	6161                	add	sp,sp,80
   1139e:	6ab0006f          	j	12248 <__riscv_restore_12>
   113a2:	7ff00613          	li	a2,2047
   113a6:	0ac41163          	bne	s0,a2,11448 <__dtoa_engine+0xfc>
   113aa:	4782                	lw	a5,0(sp)
   113ac:	0047e793          	or	a5,a5,4
   113b0:	c701                	beqz	a4,113b8 <__dtoa_engine+0x6c>
   113b2:	4782                	lw	a5,0(sp)
   113b4:	0087e793          	or	a5,a5,8
   113b8:	00fa8223          	sb	a5,4(s5)
   113bc:	4401                	li	s0,0
   113be:	bff1                	j	1139a <__dtoa_engine+0x4e>
   113c0:	00157793          	and	a5,a0,1
   113c4:	c23e                	sw	a5,4(sp)
   113c6:	002d9993          	sll	s3,s11,0x2
   113ca:	01e55793          	srl	a5,a0,0x1e
   113ce:	0137e9b3          	or	s3,a5,s3
   113d2:	00251c13          	sll	s8,a0,0x2
   113d6:	892a                	mv	s2,a0
   113d8:	bcc00413          	li	s0,-1076
   113dc:	4805                	li	a6,1
   113de:	4d05                	li	s10,1
   113e0:	408004b3          	neg	s1,s0
   113e4:	8526                	mv	a0,s1
   113e6:	ca42                	sw	a6,20(sp)
   113e8:	2d35                	jal	11a24 <__log10Pow5>
   113ea:	fff42793          	slti	a5,s0,-1
   113ee:	40f50b33          	sub	s6,a0,a5
   113f2:	416484b3          	sub	s1,s1,s6
   113f6:	8526                	mv	a0,s1
   113f8:	2d35                	jal	11a34 <__pow5bits>
   113fa:	f8350693          	add	a3,a0,-125
   113fe:	40db06b3          	sub	a3,s6,a3
   11402:	8526                	mv	a0,s1
   11404:	008c                	add	a1,sp,64
   11406:	c836                	sw	a3,16(sp)
   11408:	2921                	jal	11820 <__double_computePow5>
   1140a:	4852                	lw	a6,20(sp)
   1140c:	46c2                	lw	a3,16(sp)
   1140e:	181c                	add	a5,sp,48
   11410:	1038                	add	a4,sp,40
   11412:	0090                	add	a2,sp,64
   11414:	854a                	mv	a0,s2
   11416:	85ee                	mv	a1,s11
   11418:	3b21                	jal	11130 <mulShiftAll64>
   1141a:	4785                	li	a5,1
   1141c:	008b0a33          	add	s4,s6,s0
   11420:	84ae                	mv	s1,a1
   11422:	842a                	mv	s0,a0
   11424:	1367e563          	bltu	a5,s6,1154e <__dtoa_engine+0x202>
   11428:	4792                	lw	a5,4(sp)
   1142a:	4985                	li	s3,1
   1142c:	0e078863          	beqz	a5,1151c <__dtoa_engine+0x1d0>
   11430:	57a2                	lw	a5,40(sp)
   11432:	5732                	lw	a4,44(sp)
   11434:	4985                	li	s3,1
   11436:	fff78693          	add	a3,a5,-1
   1143a:	0017b793          	seqz	a5,a5
   1143e:	40f707b3          	sub	a5,a4,a5
   11442:	d436                	sw	a3,40(sp)
   11444:	d63e                	sw	a5,44(sp)
   11446:	a075                	j	114f2 <__dtoa_engine+0x1a6>
   11448:	01b6edb3          	or	s11,a3,s11
   1144c:	00157693          	and	a3,a0,1
   11450:	c236                	sw	a3,4(sp)
   11452:	002d9993          	sll	s3,s11,0x2
   11456:	01e55693          	srl	a3,a0,0x1e
   1145a:	bcb40413          	add	s0,s0,-1077
   1145e:	892a                	mv	s2,a0
   11460:	0136e9b3          	or	s3,a3,s3
   11464:	00251c13          	sll	s8,a0,0x2
   11468:	4d05                	li	s10,1
   1146a:	e709                	bnez	a4,11474 <__dtoa_engine+0x128>
   1146c:	7fe7f793          	and	a5,a5,2046
   11470:	0017bd13          	seqz	s10,a5
   11474:	886a                	mv	a6,s10
   11476:	f60445e3          	bltz	s0,113e0 <__dtoa_engine+0x94>
   1147a:	8522                	mv	a0,s0
   1147c:	2b69                	jal	11a16 <__log10Pow2>
   1147e:	00442793          	slti	a5,s0,4
   11482:	0017c793          	xor	a5,a5,1
   11486:	40f50a33          	sub	s4,a0,a5
   1148a:	8552                	mv	a0,s4
   1148c:	2365                	jal	11a34 <__pow5bits>
   1148e:	07c50693          	add	a3,a0,124
   11492:	408a0433          	sub	s0,s4,s0
   11496:	96a2                	add	a3,a3,s0
   11498:	008c                	add	a1,sp,64
   1149a:	8552                	mv	a0,s4
   1149c:	c836                	sw	a3,16(sp)
   1149e:	29b5                	jal	1191a <__double_computeInvPow5>
   114a0:	46c2                	lw	a3,16(sp)
   114a2:	181c                	add	a5,sp,48
   114a4:	8526                	mv	a0,s1
   114a6:	886a                	mv	a6,s10
   114a8:	1038                	add	a4,sp,40
   114aa:	0090                	add	a2,sp,64
   114ac:	85ee                	mv	a1,s11
   114ae:	3149                	jal	11130 <mulShiftAll64>
   114b0:	47d5                	li	a5,21
   114b2:	842a                	mv	s0,a0
   114b4:	84ae                	mv	s1,a1
   114b6:	0947ea63          	bltu	a5,s4,1154a <__dtoa_engine+0x1fe>
   114ba:	67cd                	lui	a5,0x13
   114bc:	55c7a683          	lw	a3,1372(a5) # 1355c <stdout+0x8>
   114c0:	5587a603          	lw	a2,1368(a5)
   114c4:	1838                	add	a4,sp,56
   114c6:	8562                	mv	a0,s8
   114c8:	85ce                	mv	a1,s3
   114ca:	2bb5                	jal	11a46 <__umul128>
   114cc:	57e2                	lw	a5,56(sp)
   114ce:	56f2                	lw	a3,60(sp)
   114d0:	5da2                	lw	s11,40(sp)
   114d2:	8389                	srl	a5,a5,0x2
   114d4:	06fa                	sll	a3,a3,0x1e
   114d6:	8fd5                	or	a5,a5,a3
   114d8:	4695                	li	a3,5
   114da:	02f687b3          	mul	a5,a3,a5
   114de:	5932                	lw	s2,44(sp)
   114e0:	01879b63          	bne	a5,s8,114f6 <__dtoa_engine+0x1aa>
   114e4:	85ce                	mv	a1,s3
   114e6:	8562                	mv	a0,s8
   114e8:	2ced                	jal	117e2 <__pow5Factor>
   114ea:	01453733          	sltu	a4,a0,s4
   114ee:	00174993          	xor	s3,a4,1
   114f2:	4d01                	li	s10,0
   114f4:	a025                	j	1151c <__dtoa_engine+0x1d0>
   114f6:	4792                	lw	a5,4(sp)
   114f8:	e79d                	bnez	a5,11526 <__dtoa_engine+0x1da>
   114fa:	fffc0793          	add	a5,s8,-1
   114fe:	41a78533          	sub	a0,a5,s10
   11502:	001c3593          	seqz	a1,s8
   11506:	00a7b7b3          	sltu	a5,a5,a0
   1150a:	40b985b3          	sub	a1,s3,a1
   1150e:	8d9d                	sub	a1,a1,a5
   11510:	2cc9                	jal	117e2 <__pow5Factor>
   11512:	01453933          	sltu	s2,a0,s4
   11516:	00194d13          	xor	s10,s2,1
   1151a:	4981                	li	s3,0
   1151c:	47a2                	lw	a5,8(sp)
   1151e:	0e079f63          	bnez	a5,1161c <__dtoa_engine+0x2d0>
   11522:	8b5e                	mv	s6,s7
   11524:	a049                	j	115a6 <__dtoa_engine+0x25a>
   11526:	002c0513          	add	a0,s8,2
   1152a:	018535b3          	sltu	a1,a0,s8
   1152e:	95ce                	add	a1,a1,s3
   11530:	2c4d                	jal	117e2 <__pow5Factor>
   11532:	01453533          	sltu	a0,a0,s4
   11536:	00154513          	xor	a0,a0,1
   1153a:	40ad8533          	sub	a0,s11,a0
   1153e:	00adbdb3          	sltu	s11,s11,a0
   11542:	41b90733          	sub	a4,s2,s11
   11546:	d42a                	sw	a0,40(sp)
   11548:	d63a                	sw	a4,44(sp)
   1154a:	4981                	li	s3,0
   1154c:	b75d                	j	114f2 <__dtoa_engine+0x1a6>
   1154e:	03e00793          	li	a5,62
   11552:	ff67ece3          	bltu	a5,s6,1154a <__dtoa_engine+0x1fe>
   11556:	865a                	mv	a2,s6
   11558:	557d                	li	a0,-1
   1155a:	55fd                	li	a1,-1
   1155c:	2be1                	jal	11b34 <__ashldi3>
   1155e:	fff54513          	not	a0,a0
   11562:	fff5c593          	not	a1,a1
   11566:	0135f5b3          	and	a1,a1,s3
   1156a:	01857533          	and	a0,a0,s8
   1156e:	00b56733          	or	a4,a0,a1
   11572:	00173993          	seqz	s3,a4
   11576:	bfb5                	j	114f2 <__dtoa_engine+0x1a6>
   11578:	02d50833          	mul	a6,a0,a3
   1157c:	0785                	add	a5,a5,1
   1157e:	02b536b3          	mulhu	a3,a0,a1
   11582:	02b505b3          	mul	a1,a0,a1
   11586:	96c2                	add	a3,a3,a6
   11588:	00d4e663          	bltu	s1,a3,11594 <__dtoa_engine+0x248>
   1158c:	fe9696e3          	bne	a3,s1,11578 <__dtoa_engine+0x22c>
   11590:	feb474e3          	bgeu	s0,a1,11578 <__dtoa_engine+0x22c>
   11594:	4732                	lw	a4,12(sp)
   11596:	97d2                	add	a5,a5,s4
   11598:	97ba                	add	a5,a5,a4
   1159a:	00f04363          	bgtz	a5,115a0 <__dtoa_engine+0x254>
   1159e:	4785                	li	a5,1
   115a0:	8b3e                	mv	s6,a5
   115a2:	f8fbc0e3          	blt	s7,a5,11522 <__dtoa_engine+0x1d6>
   115a6:	4c81                	li	s9,0
   115a8:	4901                	li	s2,0
   115aa:	4c01                	li	s8,0
   115ac:	5522                	lw	a0,40(sp)
   115ae:	55b2                	lw	a1,44(sp)
   115b0:	3b8d                	jal	11322 <div10>
   115b2:	57c2                	lw	a5,48(sp)
   115b4:	8dae                	mv	s11,a1
   115b6:	55d2                	lw	a1,52(sp)
   115b8:	c82a                	sw	a0,16(sp)
   115ba:	853e                	mv	a0,a5
   115bc:	ca3e                	sw	a5,20(sp)
   115be:	3395                	jal	11322 <div10>
   115c0:	832a                	mv	t1,a0
   115c2:	88ae                	mv	a7,a1
   115c4:	4ea9                	li	t4,10
   115c6:	01b5e763          	bltu	a1,s11,115d4 <__dtoa_engine+0x288>
   115ca:	08bd9563          	bne	s11,a1,11654 <__dtoa_engine+0x308>
   115ce:	47c2                	lw	a5,16(sp)
   115d0:	08f57263          	bgeu	a0,a5,11654 <__dtoa_engine+0x308>
   115d4:	8522                	mv	a0,s0
   115d6:	85a6                	mv	a1,s1
   115d8:	ce46                	sw	a7,28(sp)
   115da:	cc1a                	sw	t1,24(sp)
   115dc:	3399                	jal	11322 <div10>
   115de:	4362                	lw	t1,24(sp)
   115e0:	4ea9                	li	t4,10
   115e2:	001cb693          	seqz	a3,s9
   115e6:	026e8833          	mul	a6,t4,t1
   115ea:	00d9f9b3          	and	s3,s3,a3
   115ee:	47d2                	lw	a5,20(sp)
   115f0:	48f2                	lw	a7,28(sp)
   115f2:	d66e                	sw	s11,44(sp)
   115f4:	d81a                	sw	t1,48(sp)
   115f6:	da46                	sw	a7,52(sp)
   115f8:	0905                	add	s2,s2,1
   115fa:	84ae                	mv	s1,a1
   115fc:	02ae86b3          	mul	a3,t4,a0
   11600:	40f80833          	sub	a6,a6,a5
   11604:	47c2                	lw	a5,16(sp)
   11606:	00183813          	seqz	a6,a6
   1160a:	010d7d33          	and	s10,s10,a6
   1160e:	d43e                	sw	a5,40(sp)
   11610:	40d406b3          	sub	a3,s0,a3
   11614:	0ff6fc93          	zext.b	s9,a3
   11618:	842a                	mv	s0,a0
   1161a:	bf49                	j	115ac <__dtoa_engine+0x260>
   1161c:	45a9                	li	a1,10
   1161e:	4681                	li	a3,0
   11620:	4785                	li	a5,1
   11622:	4529                	li	a0,10
   11624:	b795                	j	11588 <__dtoa_engine+0x23c>
   11626:	030e8f33          	mul	t5,t4,a6
   1162a:	0505                	add	a0,a0,1
   1162c:	02beb833          	mulhu	a6,t4,a1
   11630:	02be85b3          	mul	a1,t4,a1
   11634:	987a                	add	a6,a6,t5
   11636:	0104e663          	bltu	s1,a6,11642 <__dtoa_engine+0x2f6>
   1163a:	fe9816e3          	bne	a6,s1,11626 <__dtoa_engine+0x2da>
   1163e:	feb474e3          	bgeu	s0,a1,11626 <__dtoa_engine+0x2da>
   11642:	00ab5d63          	bge	s6,a0,1165c <__dtoa_engine+0x310>
   11646:	000b1563          	bnez	s6,11650 <__dtoa_engine+0x304>
   1164a:	009465b3          	or	a1,s0,s1
   1164e:	c599                	beqz	a1,1165c <__dtoa_engine+0x310>
   11650:	4c05                	li	s8,1
   11652:	b749                	j	115d4 <__dtoa_engine+0x288>
   11654:	45a9                	li	a1,10
   11656:	4801                	li	a6,0
   11658:	4505                	li	a0,1
   1165a:	bff1                	j	11636 <__dtoa_engine+0x2ea>
   1165c:	040d0e63          	beqz	s10,116b8 <__dtoa_engine+0x36c>
   11660:	4da9                	li	s11,10
   11662:	5342                	lw	t1,48(sp)
   11664:	55d2                	lw	a1,52(sp)
   11666:	851a                	mv	a0,t1
   11668:	c81a                	sw	t1,16(sp)
   1166a:	3965                	jal	11322 <div10>
   1166c:	ce2e                	sw	a1,28(sp)
   1166e:	02ad85b3          	mul	a1,s11,a0
   11672:	4342                	lw	t1,16(sp)
   11674:	882a                	mv	a6,a0
   11676:	cc42                	sw	a6,24(sp)
   11678:	04659063          	bne	a1,t1,116b8 <__dtoa_engine+0x36c>
   1167c:	5522                	lw	a0,40(sp)
   1167e:	55b2                	lw	a1,44(sp)
   11680:	0905                	add	s2,s2,1
   11682:	3145                	jal	11322 <div10>
   11684:	ca2a                	sw	a0,20(sp)
   11686:	c82e                	sw	a1,16(sp)
   11688:	8522                	mv	a0,s0
   1168a:	85a6                	mv	a1,s1
   1168c:	3959                	jal	11322 <div10>
   1168e:	001cb693          	seqz	a3,s9
   11692:	00d9f9b3          	and	s3,s3,a3
   11696:	02ad86b3          	mul	a3,s11,a0
   1169a:	4e52                	lw	t3,20(sp)
   1169c:	4342                	lw	t1,16(sp)
   1169e:	4862                	lw	a6,24(sp)
   116a0:	48f2                	lw	a7,28(sp)
   116a2:	d472                	sw	t3,40(sp)
   116a4:	d61a                	sw	t1,44(sp)
   116a6:	d842                	sw	a6,48(sp)
   116a8:	da46                	sw	a7,52(sp)
   116aa:	84ae                	mv	s1,a1
   116ac:	40d406b3          	sub	a3,s0,a3
   116b0:	0ff6fc93          	zext.b	s9,a3
   116b4:	842a                	mv	s0,a0
   116b6:	b775                	j	11662 <__dtoa_engine+0x316>
   116b8:	9952                	add	s2,s2,s4
   116ba:	0c098563          	beqz	s3,11784 <__dtoa_engine+0x438>
   116be:	4715                	li	a4,5
   116c0:	0cec9263          	bne	s9,a4,11784 <__dtoa_engine+0x438>
   116c4:	00147713          	and	a4,s0,1
   116c8:	e35d                	bnez	a4,1176e <__dtoa_engine+0x422>
   116ca:	000c1963          	bnez	s8,116dc <__dtoa_engine+0x390>
   116ce:	5742                	lw	a4,48(sp)
   116d0:	00871563          	bne	a4,s0,116da <__dtoa_engine+0x38e>
   116d4:	5752                	lw	a4,52(sp)
   116d6:	0c970963          	beq	a4,s1,117a8 <__dtoa_engine+0x45c>
   116da:	4701                	li	a4,0
   116dc:	943a                	add	s0,s0,a4
   116de:	00e435b3          	sltu	a1,s0,a4
   116e2:	95a6                	add	a1,a1,s1
   116e4:	8a2e                	mv	s4,a1
   116e6:	84a2                	mv	s1,s0
   116e8:	4629                	li	a2,10
   116ea:	4681                	li	a3,0
   116ec:	4c05                	li	s8,1
   116ee:	4529                	li	a0,10
   116f0:	00d5e663          	bltu	a1,a3,116fc <__dtoa_engine+0x3b0>
   116f4:	0ab69c63          	bne	a3,a1,117ac <__dtoa_engine+0x460>
   116f8:	0ac47a63          	bgeu	s0,a2,117ac <__dtoa_engine+0x460>
   116fc:	cf15                	beqz	a4,11738 <__dtoa_engine+0x3ec>
   116fe:	038b5d63          	bge	s6,s8,11738 <__dtoa_engine+0x3ec>
   11702:	47a2                	lw	a5,8(sp)
   11704:	cf91                	beqz	a5,11720 <__dtoa_engine+0x3d4>
   11706:	4732                	lw	a4,12(sp)
   11708:	012c07b3          	add	a5,s8,s2
   1170c:	00f70b33          	add	s6,a4,a5
   11710:	000b5363          	bgez	s6,11716 <__dtoa_engine+0x3ca>
   11714:	4b01                	li	s6,0
   11716:	016bd363          	bge	s7,s6,1171c <__dtoa_engine+0x3d0>
   1171a:	8b5e                	mv	s6,s7
   1171c:	018b5e63          	bge	s6,s8,11738 <__dtoa_engine+0x3ec>
   11720:	00540513          	add	a0,s0,5
   11724:	00853433          	sltu	s0,a0,s0
   11728:	4629                	li	a2,10
   1172a:	4681                	li	a3,0
   1172c:	95a2                	add	a1,a1,s0
   1172e:	29a1                	jal	11b86 <__udivdi3>
   11730:	84aa                	mv	s1,a0
   11732:	8a2e                	mv	s4,a1
   11734:	0905                	add	s2,s2,1
   11736:	1c7d                	add	s8,s8,-1
   11738:	87da                	mv	a5,s6
   1173a:	016c5363          	bge	s8,s6,11740 <__dtoa_engine+0x3f4>
   1173e:	87e2                	mv	a5,s8
   11740:	01079413          	sll	s0,a5,0x10
   11744:	0942                	sll	s2,s2,0x10
   11746:	8441                	sra	s0,s0,0x10
   11748:	41095913          	sra	s2,s2,0x10
   1174c:	9922                	add	s2,s2,s0
   1174e:	008a8b33          	add	s6,s5,s0
   11752:	197d                	add	s2,s2,-1
   11754:	4b81                	li	s7,0
   11756:	8c5a                	mv	s8,s6
   11758:	1b7d                	add	s6,s6,-1
   1175a:	068bc263          	blt	s7,s0,117be <__dtoa_engine+0x472>
   1175e:	4782                	lw	a5,0(sp)
   11760:	000c02a3          	sb	zero,5(s8)
   11764:	012aa023          	sw	s2,0(s5)
   11768:	00fa8223          	sb	a5,4(s5)
   1176c:	b13d                	j	1139a <__dtoa_engine+0x4e>
   1176e:	4705                	li	a4,1
   11770:	f60c16e3          	bnez	s8,116dc <__dtoa_engine+0x390>
   11774:	5742                	lw	a4,48(sp)
   11776:	00871563          	bne	a4,s0,11780 <__dtoa_engine+0x434>
   1177a:	5752                	lw	a4,52(sp)
   1177c:	00970c63          	beq	a4,s1,11794 <__dtoa_engine+0x448>
   11780:	4705                	li	a4,1
   11782:	bfa9                	j	116dc <__dtoa_engine+0x390>
   11784:	000c1d63          	bnez	s8,1179e <__dtoa_engine+0x452>
   11788:	5742                	lw	a4,48(sp)
   1178a:	00871a63          	bne	a4,s0,1179e <__dtoa_engine+0x452>
   1178e:	5752                	lw	a4,52(sp)
   11790:	00971763          	bne	a4,s1,1179e <__dtoa_engine+0x452>
   11794:	4792                	lw	a5,4(sp)
   11796:	4705                	li	a4,1
   11798:	f3b1                	bnez	a5,116dc <__dtoa_engine+0x390>
   1179a:	f40d01e3          	beqz	s10,116dc <__dtoa_engine+0x390>
   1179e:	005cb693          	sltiu	a3,s9,5
   117a2:	0016c713          	xor	a4,a3,1
   117a6:	bf1d                	j	116dc <__dtoa_engine+0x390>
   117a8:	4c91                	li	s9,4
   117aa:	b7ed                	j	11794 <__dtoa_engine+0x448>
   117ac:	02d50833          	mul	a6,a0,a3
   117b0:	0c05                	add	s8,s8,1
   117b2:	02c536b3          	mulhu	a3,a0,a2
   117b6:	02c50633          	mul	a2,a0,a2
   117ba:	96c2                	add	a3,a3,a6
   117bc:	bf15                	j	116f0 <__dtoa_engine+0x3a4>
   117be:	4629                	li	a2,10
   117c0:	4681                	li	a3,0
   117c2:	8526                	mv	a0,s1
   117c4:	85d2                	mv	a1,s4
   117c6:	2f39                	jal	11ee4 <__umoddi3>
   117c8:	03050513          	add	a0,a0,48
   117cc:	00ab02a3          	sb	a0,5(s6)
   117d0:	85d2                	mv	a1,s4
   117d2:	8526                	mv	a0,s1
   117d4:	4629                	li	a2,10
   117d6:	4681                	li	a3,0
   117d8:	267d                	jal	11b86 <__udivdi3>
   117da:	84aa                	mv	s1,a0
   117dc:	8a2e                	mv	s4,a1
   117de:	0b85                	add	s7,s7,1
   117e0:	bfa5                	j	11758 <__dtoa_engine+0x40c>

000117e2 <__pow5Factor>:
   117e2:	ccccd737          	lui	a4,0xccccd
   117e6:	333336b7          	lui	a3,0x33333
   117ea:	87aa                	mv	a5,a0
   117ec:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   117f0:	4501                	li	a0,0
   117f2:	ccc70713          	add	a4,a4,-820
   117f6:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   117fa:	02c585b3          	mul	a1,a1,a2
   117fe:	02e78833          	mul	a6,a5,a4
   11802:	982e                	add	a6,a6,a1
   11804:	02c7b5b3          	mulhu	a1,a5,a2
   11808:	95c2                	add	a1,a1,a6
   1180a:	02c787b3          	mul	a5,a5,a2
   1180e:	00b6e863          	bltu	a3,a1,1181e <__pow5Factor+0x3c>
   11812:	00d59463          	bne	a1,a3,1181a <__pow5Factor+0x38>
   11816:	00f5e463          	bltu	a1,a5,1181e <__pow5Factor+0x3c>
   1181a:	0505                	add	a0,a0,1
   1181c:	bff9                	j	117fa <__pow5Factor+0x18>
   1181e:	8082                	ret

00011820 <__double_computePow5>:
   11820:	1f5002ef          	jal	t0,12214 <__riscv_save_10>
   11824:	47e9                	li	a5,26
   11826:	02f55b33          	divu	s6,a0,a5
   1182a:	69cd                	lui	s3,0x13
   1182c:	11898b93          	add	s7,s3,280 # 13118 <DOUBLE_POW5_SPLIT2>
   11830:	1101                	add	sp,sp,-32
   11832:	892e                	mv	s2,a1
   11834:	02f577b3          	remu	a5,a0,a5
   11838:	004b1713          	sll	a4,s6,0x4
   1183c:	9bba                	add	s7,s7,a4
   1183e:	e395                	bnez	a5,11862 <__double_computePow5+0x42>
   11840:	000ba703          	lw	a4,0(s7)
   11844:	004ba783          	lw	a5,4(s7)
   11848:	c198                	sw	a4,0(a1)
   1184a:	c1dc                	sw	a5,4(a1)
   1184c:	008ba503          	lw	a0,8(s7)
   11850:	00cba583          	lw	a1,12(s7)
   11854:	00a92423          	sw	a0,8(s2)
   11858:	00b92623          	sw	a1,12(s2)
   1185c:	6105                	add	sp,sp,32
   1185e:	1ef0006f          	j	1224c <__riscv_restore_10>
   11862:	11898993          	add	s3,s3,280
   11866:	078e                	sll	a5,a5,0x3
   11868:	97ce                	add	a5,a5,s3
   1186a:	0d07aa03          	lw	s4,208(a5)
   1186e:	0d47aa83          	lw	s5,212(a5)
   11872:	008ba603          	lw	a2,8(s7)
   11876:	00cba683          	lw	a3,12(s7)
   1187a:	0818                	add	a4,sp,16
   1187c:	85d6                	mv	a1,s5
   1187e:	842a                	mv	s0,a0
   11880:	8552                	mv	a0,s4
   11882:	22d1                	jal	11a46 <__umul128>
   11884:	000ba603          	lw	a2,0(s7)
   11888:	004ba683          	lw	a3,4(s7)
   1188c:	84aa                	mv	s1,a0
   1188e:	8c2e                	mv	s8,a1
   11890:	0838                	add	a4,sp,24
   11892:	8552                	mv	a0,s4
   11894:	85d6                	mv	a1,s5
   11896:	2a45                	jal	11a46 <__umul128>
   11898:	47e2                	lw	a5,24(sp)
   1189a:	4772                	lw	a4,28(sp)
   1189c:	8aaa                	mv	s5,a0
   1189e:	94be                	add	s1,s1,a5
   118a0:	00f4ba33          	sltu	s4,s1,a5
   118a4:	9c3a                	add	s8,s8,a4
   118a6:	9a62                	add	s4,s4,s8
   118a8:	00ea6663          	bltu	s4,a4,118b4 <__double_computePow5+0x94>
   118ac:	01471d63          	bne	a4,s4,118c6 <__double_computePow5+0xa6>
   118b0:	00f4fb63          	bgeu	s1,a5,118c6 <__double_computePow5+0xa6>
   118b4:	47c2                	lw	a5,16(sp)
   118b6:	46d2                	lw	a3,20(sp)
   118b8:	00178713          	add	a4,a5,1
   118bc:	00f737b3          	sltu	a5,a4,a5
   118c0:	97b6                	add	a5,a5,a3
   118c2:	c83a                	sw	a4,16(sp)
   118c4:	ca3e                	sw	a5,20(sp)
   118c6:	8522                	mv	a0,s0
   118c8:	c62e                	sw	a1,12(sp)
   118ca:	22ad                	jal	11a34 <__pow5bits>
   118cc:	8baa                	mv	s7,a0
   118ce:	4569                	li	a0,26
   118d0:	02ab0533          	mul	a0,s6,a0
   118d4:	2285                	jal	11a34 <__pow5bits>
   118d6:	45b2                	lw	a1,12(sp)
   118d8:	40ab8733          	sub	a4,s7,a0
   118dc:	8626                	mv	a2,s1
   118de:	86d2                	mv	a3,s4
   118e0:	8556                	mv	a0,s5
   118e2:	c43a                	sw	a4,8(sp)
   118e4:	227d                	jal	11a92 <__shiftright128>
   118e6:	00445793          	srl	a5,s0,0x4
   118ea:	078a                	sll	a5,a5,0x2
   118ec:	99be                	add	s3,s3,a5
   118ee:	1a09a783          	lw	a5,416(s3)
   118f2:	0406                	sll	s0,s0,0x1
   118f4:	8879                	and	s0,s0,30
   118f6:	0087d7b3          	srl	a5,a5,s0
   118fa:	8b8d                	and	a5,a5,3
   118fc:	953e                	add	a0,a0,a5
   118fe:	00f537b3          	sltu	a5,a0,a5
   11902:	4722                	lw	a4,8(sp)
   11904:	4642                	lw	a2,16(sp)
   11906:	46d2                	lw	a3,20(sp)
   11908:	97ae                	add	a5,a5,a1
   1190a:	00a92023          	sw	a0,0(s2)
   1190e:	00f92223          	sw	a5,4(s2)
   11912:	8526                	mv	a0,s1
   11914:	85d2                	mv	a1,s4
   11916:	2ab5                	jal	11a92 <__shiftright128>
   11918:	bf35                	j	11854 <__double_computePow5+0x34>

0001191a <__double_computeInvPow5>:
   1191a:	0fb002ef          	jal	t0,12214 <__riscv_save_10>
   1191e:	4b69                	li	s6,26
   11920:	01950793          	add	a5,a0,25
   11924:	0367d7b3          	divu	a5,a5,s6
   11928:	6acd                	lui	s5,0x13
   1192a:	118a8493          	add	s1,s5,280 # 13118 <DOUBLE_POW5_SPLIT2>
   1192e:	1f848493          	add	s1,s1,504
   11932:	1101                	add	sp,sp,-32
   11934:	8a2e                	mv	s4,a1
   11936:	03678b33          	mul	s6,a5,s6
   1193a:	0792                	sll	a5,a5,0x4
   1193c:	94be                	add	s1,s1,a5
   1193e:	40ab0733          	sub	a4,s6,a0
   11942:	00ab1f63          	bne	s6,a0,11960 <__double_computeInvPow5+0x46>
   11946:	4098                	lw	a4,0(s1)
   11948:	40dc                	lw	a5,4(s1)
   1194a:	c198                	sw	a4,0(a1)
   1194c:	c1dc                	sw	a5,4(a1)
   1194e:	4488                	lw	a0,8(s1)
   11950:	44cc                	lw	a1,12(s1)
   11952:	00aa2423          	sw	a0,8(s4)
   11956:	00ba2623          	sw	a1,12(s4)
   1195a:	6105                	add	sp,sp,32
   1195c:	0f10006f          	j	1224c <__riscv_restore_10>
   11960:	118a8a93          	add	s5,s5,280
   11964:	070e                	sll	a4,a4,0x3
   11966:	9756                	add	a4,a4,s5
   11968:	0d072903          	lw	s2,208(a4)
   1196c:	0d472983          	lw	s3,212(a4)
   11970:	4490                	lw	a2,8(s1)
   11972:	44d4                	lw	a3,12(s1)
   11974:	0818                	add	a4,sp,16
   11976:	85ce                	mv	a1,s3
   11978:	842a                	mv	s0,a0
   1197a:	854a                	mv	a0,s2
   1197c:	20e9                	jal	11a46 <__umul128>
   1197e:	4090                	lw	a2,0(s1)
   11980:	40d4                	lw	a3,4(s1)
   11982:	8c2a                	mv	s8,a0
   11984:	00163793          	seqz	a5,a2
   11988:	8bae                	mv	s7,a1
   1198a:	0838                	add	a4,sp,24
   1198c:	8e9d                	sub	a3,a3,a5
   1198e:	854a                	mv	a0,s2
   11990:	85ce                	mv	a1,s3
   11992:	167d                	add	a2,a2,-1
   11994:	284d                	jal	11a46 <__umul128>
   11996:	47e2                	lw	a5,24(sp)
   11998:	4772                	lw	a4,28(sp)
   1199a:	89aa                	mv	s3,a0
   1199c:	9c3e                	add	s8,s8,a5
   1199e:	00fc3933          	sltu	s2,s8,a5
   119a2:	9bba                	add	s7,s7,a4
   119a4:	995e                	add	s2,s2,s7
   119a6:	00e96663          	bltu	s2,a4,119b2 <__double_computeInvPow5+0x98>
   119aa:	01271d63          	bne	a4,s2,119c4 <__double_computeInvPow5+0xaa>
   119ae:	00fc7b63          	bgeu	s8,a5,119c4 <__double_computeInvPow5+0xaa>
   119b2:	47c2                	lw	a5,16(sp)
   119b4:	46d2                	lw	a3,20(sp)
   119b6:	00178713          	add	a4,a5,1
   119ba:	00f737b3          	sltu	a5,a4,a5
   119be:	97b6                	add	a5,a5,a3
   119c0:	c83a                	sw	a4,16(sp)
   119c2:	ca3e                	sw	a5,20(sp)
   119c4:	855a                	mv	a0,s6
   119c6:	c62e                	sw	a1,12(sp)
   119c8:	20b5                	jal	11a34 <__pow5bits>
   119ca:	8b2a                	mv	s6,a0
   119cc:	8522                	mv	a0,s0
   119ce:	209d                	jal	11a34 <__pow5bits>
   119d0:	45b2                	lw	a1,12(sp)
   119d2:	40ab0733          	sub	a4,s6,a0
   119d6:	8662                	mv	a2,s8
   119d8:	86ca                	mv	a3,s2
   119da:	854e                	mv	a0,s3
   119dc:	c43a                	sw	a4,8(sp)
   119de:	2855                	jal	11a92 <__shiftright128>
   119e0:	00445793          	srl	a5,s0,0x4
   119e4:	078a                	sll	a5,a5,0x2
   119e6:	9abe                	add	s5,s5,a5
   119e8:	2e8aa783          	lw	a5,744(s5)
   119ec:	0406                	sll	s0,s0,0x1
   119ee:	8879                	and	s0,s0,30
   119f0:	0087d7b3          	srl	a5,a5,s0
   119f4:	8b8d                	and	a5,a5,3
   119f6:	0785                	add	a5,a5,1
   119f8:	953e                	add	a0,a0,a5
   119fa:	00f537b3          	sltu	a5,a0,a5
   119fe:	4722                	lw	a4,8(sp)
   11a00:	4642                	lw	a2,16(sp)
   11a02:	46d2                	lw	a3,20(sp)
   11a04:	97ae                	add	a5,a5,a1
   11a06:	00aa2023          	sw	a0,0(s4)
   11a0a:	00fa2223          	sw	a5,4(s4)
   11a0e:	8562                	mv	a0,s8
   11a10:	85ca                	mv	a1,s2
   11a12:	2041                	jal	11a92 <__shiftright128>
   11a14:	bf3d                	j	11952 <__double_computeInvPow5+0x38>

00011a16 <__log10Pow2>:
   11a16:	67cd                	lui	a5,0x13
   11a18:	44178793          	add	a5,a5,1089 # 13441 <POW5_INV_OFFSETS+0x41>
   11a1c:	02f50533          	mul	a0,a0,a5
   11a20:	8149                	srl	a0,a0,0x12
   11a22:	8082                	ret

00011a24 <__log10Pow5>:
   11a24:	000b37b7          	lui	a5,0xb3
   11a28:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   11a2c:	02f50533          	mul	a0,a0,a5
   11a30:	8151                	srl	a0,a0,0x14
   11a32:	8082                	ret

00011a34 <__pow5bits>:
   11a34:	001297b7          	lui	a5,0x129
   11a38:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   11a3c:	02f50533          	mul	a0,a0,a5
   11a40:	814d                	srl	a0,a0,0x13
   11a42:	0505                	add	a0,a0,1
   11a44:	8082                	ret

00011a46 <__umul128>:
   11a46:	02c537b3          	mulhu	a5,a0,a2
   11a4a:	832e                	mv	t1,a1
   11a4c:	02c585b3          	mul	a1,a1,a2
   11a50:	02c33833          	mulhu	a6,t1,a2
   11a54:	95be                	add	a1,a1,a5
   11a56:	00f5b7b3          	sltu	a5,a1,a5
   11a5a:	97c2                	add	a5,a5,a6
   11a5c:	02a68833          	mul	a6,a3,a0
   11a60:	02a6b8b3          	mulhu	a7,a3,a0
   11a64:	95c2                	add	a1,a1,a6
   11a66:	0105b833          	sltu	a6,a1,a6
   11a6a:	98c2                	add	a7,a7,a6
   11a6c:	02d30833          	mul	a6,t1,a3
   11a70:	02d33333          	mulhu	t1,t1,a3
   11a74:	983e                	add	a6,a6,a5
   11a76:	011806b3          	add	a3,a6,a7
   11a7a:	00f837b3          	sltu	a5,a6,a5
   11a7e:	0106b833          	sltu	a6,a3,a6
   11a82:	c314                	sw	a3,0(a4)
   11a84:	979a                	add	a5,a5,t1
   11a86:	983e                	add	a6,a6,a5
   11a88:	02c50533          	mul	a0,a0,a2
   11a8c:	01072223          	sw	a6,4(a4)
   11a90:	8082                	ret

00011a92 <__shiftright128>:
   11a92:	790002ef          	jal	t0,12222 <__riscv_save_4>
   11a96:	8a2a                	mv	s4,a0
   11a98:	8532                	mv	a0,a2
   11a9a:	04000613          	li	a2,64
   11a9e:	8e19                	sub	a2,a2,a4
   11aa0:	89ae                	mv	s3,a1
   11aa2:	85b6                	mv	a1,a3
   11aa4:	843a                	mv	s0,a4
   11aa6:	2079                	jal	11b34 <__ashldi3>
   11aa8:	892a                	mv	s2,a0
   11aaa:	84ae                	mv	s1,a1
   11aac:	8622                	mv	a2,s0
   11aae:	8552                	mv	a0,s4
   11ab0:	85ce                	mv	a1,s3
   11ab2:	28a9                	jal	11b0c <__lshrdi3>
   11ab4:	00a96533          	or	a0,s2,a0
   11ab8:	8dc5                	or	a1,a1,s1
   11aba:	af71                	j	12256 <__riscv_restore_4>

00011abc <__libc_fini_array>:
   11abc:	780002ef          	jal	t0,1223c <__riscv_save_0>
   11ac0:	67cd                	lui	a5,0x13
   11ac2:	644d                	lui	s0,0x13
   11ac4:	56078713          	add	a4,a5,1376 # 13560 <__fini_array_end>
   11ac8:	56040413          	add	s0,s0,1376 # 13560 <__fini_array_end>
   11acc:	8c19                	sub	s0,s0,a4
   11ace:	8409                	sra	s0,s0,0x2
   11ad0:	56078493          	add	s1,a5,1376
   11ad4:	e809                	bnez	s0,11ae6 <__libc_fini_array+0x2a>
   11ad6:	00000793          	li	a5,0
   11ada:	c789                	beqz	a5,11ae4 <__libc_fini_array+0x28>
   11adc:	00000097          	auipc	ra,0x0
   11ae0:	000000e7          	jalr	zero # 0 <errno>
   11ae4:	afb5                	j	12260 <__riscv_restore_0>
   11ae6:	147d                	add	s0,s0,-1
   11ae8:	00241793          	sll	a5,s0,0x2
   11aec:	97a6                	add	a5,a5,s1
   11aee:	439c                	lw	a5,0(a5)
   11af0:	9782                	jalr	a5
   11af2:	b7cd                	j	11ad4 <__libc_fini_array+0x18>

00011af4 <strnlen>:
   11af4:	95aa                	add	a1,a1,a0
   11af6:	87aa                	mv	a5,a0
   11af8:	00b78563          	beq	a5,a1,11b02 <strnlen+0xe>
   11afc:	0007c703          	lbu	a4,0(a5)
   11b00:	e701                	bnez	a4,11b08 <strnlen+0x14>
   11b02:	40a78533          	sub	a0,a5,a0
   11b06:	8082                	ret
   11b08:	0785                	add	a5,a5,1
   11b0a:	b7fd                	j	11af8 <strnlen+0x4>

00011b0c <__lshrdi3>:
   11b0c:	ca19                	beqz	a2,11b22 <__lshrdi3+0x16>
   11b0e:	02000793          	li	a5,32
   11b12:	8f91                	sub	a5,a5,a2
   11b14:	00f04863          	bgtz	a5,11b24 <__lshrdi3+0x18>
   11b18:	1601                	add	a2,a2,-32
   11b1a:	00c5d533          	srl	a0,a1,a2
   11b1e:	4701                	li	a4,0
   11b20:	85ba                	mv	a1,a4
   11b22:	8082                	ret
   11b24:	00c5d733          	srl	a4,a1,a2
   11b28:	00c55533          	srl	a0,a0,a2
   11b2c:	00f595b3          	sll	a1,a1,a5
   11b30:	8d4d                	or	a0,a0,a1
   11b32:	b7fd                	j	11b20 <__lshrdi3+0x14>

00011b34 <__ashldi3>:
   11b34:	ca19                	beqz	a2,11b4a <__ashldi3+0x16>
   11b36:	02000793          	li	a5,32
   11b3a:	8f91                	sub	a5,a5,a2
   11b3c:	00f04863          	bgtz	a5,11b4c <__ashldi3+0x18>
   11b40:	1601                	add	a2,a2,-32
   11b42:	00c515b3          	sll	a1,a0,a2
   11b46:	4701                	li	a4,0
   11b48:	853a                	mv	a0,a4
   11b4a:	8082                	ret
   11b4c:	00c51733          	sll	a4,a0,a2
   11b50:	00c595b3          	sll	a1,a1,a2
   11b54:	00f55533          	srl	a0,a0,a5
   11b58:	8dc9                	or	a1,a1,a0
   11b5a:	b7fd                	j	11b48 <__ashldi3+0x14>

00011b5c <__ashrdi3>:
   11b5c:	ce01                	beqz	a2,11b74 <__ashrdi3+0x18>
   11b5e:	02000793          	li	a5,32
   11b62:	8f91                	sub	a5,a5,a2
   11b64:	00f04963          	bgtz	a5,11b76 <__ashrdi3+0x1a>
   11b68:	1601                	add	a2,a2,-32
   11b6a:	41f5d713          	sra	a4,a1,0x1f
   11b6e:	40c5d533          	sra	a0,a1,a2
   11b72:	85ba                	mv	a1,a4
   11b74:	8082                	ret
   11b76:	40c5d733          	sra	a4,a1,a2
   11b7a:	00c55533          	srl	a0,a0,a2
   11b7e:	00f595b3          	sll	a1,a1,a5
   11b82:	8d4d                	or	a0,a0,a1
   11b84:	b7fd                	j	11b72 <__ashrdi3+0x16>

00011b86 <__udivdi3>:
   11b86:	88aa                	mv	a7,a0
   11b88:	832e                	mv	t1,a1
   11b8a:	8732                	mv	a4,a2
   11b8c:	882a                	mv	a6,a0
   11b8e:	87ae                	mv	a5,a1
   11b90:	20069663          	bnez	a3,11d9c <__udivdi3+0x216>
   11b94:	00002597          	auipc	a1,0x2
   11b98:	8c058593          	add	a1,a1,-1856 # 13454 <__clz_tab>
   11b9c:	0cc37163          	bgeu	t1,a2,11c5e <__udivdi3+0xd8>
   11ba0:	66c1                	lui	a3,0x10
   11ba2:	0ad67763          	bgeu	a2,a3,11c50 <__udivdi3+0xca>
   11ba6:	10063693          	sltiu	a3,a2,256
   11baa:	0016c693          	xor	a3,a3,1
   11bae:	068e                	sll	a3,a3,0x3
   11bb0:	00d65533          	srl	a0,a2,a3
   11bb4:	95aa                	add	a1,a1,a0
   11bb6:	0005c583          	lbu	a1,0(a1)
   11bba:	02000513          	li	a0,32
   11bbe:	96ae                	add	a3,a3,a1
   11bc0:	40d505b3          	sub	a1,a0,a3
   11bc4:	00d50b63          	beq	a0,a3,11bda <__udivdi3+0x54>
   11bc8:	00b317b3          	sll	a5,t1,a1
   11bcc:	00d8d6b3          	srl	a3,a7,a3
   11bd0:	00b61733          	sll	a4,a2,a1
   11bd4:	8fd5                	or	a5,a5,a3
   11bd6:	00b89833          	sll	a6,a7,a1
   11bda:	01075593          	srl	a1,a4,0x10
   11bde:	02b7d333          	divu	t1,a5,a1
   11be2:	01071613          	sll	a2,a4,0x10
   11be6:	8241                	srl	a2,a2,0x10
   11be8:	02b7f7b3          	remu	a5,a5,a1
   11bec:	851a                	mv	a0,t1
   11bee:	026608b3          	mul	a7,a2,t1
   11bf2:	01079693          	sll	a3,a5,0x10
   11bf6:	01085793          	srl	a5,a6,0x10
   11bfa:	8fd5                	or	a5,a5,a3
   11bfc:	0117fc63          	bgeu	a5,a7,11c14 <__udivdi3+0x8e>
   11c00:	97ba                	add	a5,a5,a4
   11c02:	fff30513          	add	a0,t1,-1
   11c06:	00e7e763          	bltu	a5,a4,11c14 <__udivdi3+0x8e>
   11c0a:	0117f563          	bgeu	a5,a7,11c14 <__udivdi3+0x8e>
   11c0e:	ffe30513          	add	a0,t1,-2
   11c12:	97ba                	add	a5,a5,a4
   11c14:	411787b3          	sub	a5,a5,a7
   11c18:	02b7d8b3          	divu	a7,a5,a1
   11c1c:	0842                	sll	a6,a6,0x10
   11c1e:	01085813          	srl	a6,a6,0x10
   11c22:	02b7f7b3          	remu	a5,a5,a1
   11c26:	031606b3          	mul	a3,a2,a7
   11c2a:	07c2                	sll	a5,a5,0x10
   11c2c:	00f86833          	or	a6,a6,a5
   11c30:	87c6                	mv	a5,a7
   11c32:	00d87b63          	bgeu	a6,a3,11c48 <__udivdi3+0xc2>
   11c36:	983a                	add	a6,a6,a4
   11c38:	fff88793          	add	a5,a7,-1
   11c3c:	00e86663          	bltu	a6,a4,11c48 <__udivdi3+0xc2>
   11c40:	00d87463          	bgeu	a6,a3,11c48 <__udivdi3+0xc2>
   11c44:	ffe88793          	add	a5,a7,-2
   11c48:	0542                	sll	a0,a0,0x10
   11c4a:	8d5d                	or	a0,a0,a5
   11c4c:	4581                	li	a1,0
   11c4e:	8082                	ret
   11c50:	01000537          	lui	a0,0x1000
   11c54:	46c1                	li	a3,16
   11c56:	f4a66de3          	bltu	a2,a0,11bb0 <__udivdi3+0x2a>
   11c5a:	46e1                	li	a3,24
   11c5c:	bf91                	j	11bb0 <__udivdi3+0x2a>
   11c5e:	4681                	li	a3,0
   11c60:	ca09                	beqz	a2,11c72 <__udivdi3+0xec>
   11c62:	67c1                	lui	a5,0x10
   11c64:	08f67f63          	bgeu	a2,a5,11d02 <__udivdi3+0x17c>
   11c68:	10063693          	sltiu	a3,a2,256
   11c6c:	0016c693          	xor	a3,a3,1
   11c70:	068e                	sll	a3,a3,0x3
   11c72:	00d657b3          	srl	a5,a2,a3
   11c76:	95be                	add	a1,a1,a5
   11c78:	0005c783          	lbu	a5,0(a1)
   11c7c:	97b6                	add	a5,a5,a3
   11c7e:	02000693          	li	a3,32
   11c82:	40f685b3          	sub	a1,a3,a5
   11c86:	08f69563          	bne	a3,a5,11d10 <__udivdi3+0x18a>
   11c8a:	40c307b3          	sub	a5,t1,a2
   11c8e:	4585                	li	a1,1
   11c90:	01075893          	srl	a7,a4,0x10
   11c94:	0317de33          	divu	t3,a5,a7
   11c98:	01071613          	sll	a2,a4,0x10
   11c9c:	8241                	srl	a2,a2,0x10
   11c9e:	01085693          	srl	a3,a6,0x10
   11ca2:	0317f7b3          	remu	a5,a5,a7
   11ca6:	8572                	mv	a0,t3
   11ca8:	03c60333          	mul	t1,a2,t3
   11cac:	07c2                	sll	a5,a5,0x10
   11cae:	8fd5                	or	a5,a5,a3
   11cb0:	0067fc63          	bgeu	a5,t1,11cc8 <__udivdi3+0x142>
   11cb4:	97ba                	add	a5,a5,a4
   11cb6:	fffe0513          	add	a0,t3,-1
   11cba:	00e7e763          	bltu	a5,a4,11cc8 <__udivdi3+0x142>
   11cbe:	0067f563          	bgeu	a5,t1,11cc8 <__udivdi3+0x142>
   11cc2:	ffee0513          	add	a0,t3,-2
   11cc6:	97ba                	add	a5,a5,a4
   11cc8:	406787b3          	sub	a5,a5,t1
   11ccc:	0317d333          	divu	t1,a5,a7
   11cd0:	0842                	sll	a6,a6,0x10
   11cd2:	01085813          	srl	a6,a6,0x10
   11cd6:	0317f7b3          	remu	a5,a5,a7
   11cda:	026606b3          	mul	a3,a2,t1
   11cde:	07c2                	sll	a5,a5,0x10
   11ce0:	00f86833          	or	a6,a6,a5
   11ce4:	879a                	mv	a5,t1
   11ce6:	00d87b63          	bgeu	a6,a3,11cfc <__udivdi3+0x176>
   11cea:	983a                	add	a6,a6,a4
   11cec:	fff30793          	add	a5,t1,-1
   11cf0:	00e86663          	bltu	a6,a4,11cfc <__udivdi3+0x176>
   11cf4:	00d87463          	bgeu	a6,a3,11cfc <__udivdi3+0x176>
   11cf8:	ffe30793          	add	a5,t1,-2
   11cfc:	0542                	sll	a0,a0,0x10
   11cfe:	8d5d                	or	a0,a0,a5
   11d00:	8082                	ret
   11d02:	010007b7          	lui	a5,0x1000
   11d06:	46c1                	li	a3,16
   11d08:	f6f665e3          	bltu	a2,a5,11c72 <__udivdi3+0xec>
   11d0c:	46e1                	li	a3,24
   11d0e:	b795                	j	11c72 <__udivdi3+0xec>
   11d10:	00b61733          	sll	a4,a2,a1
   11d14:	00f356b3          	srl	a3,t1,a5
   11d18:	01075513          	srl	a0,a4,0x10
   11d1c:	00b31333          	sll	t1,t1,a1
   11d20:	00f8d7b3          	srl	a5,a7,a5
   11d24:	0067e7b3          	or	a5,a5,t1
   11d28:	02a6d333          	divu	t1,a3,a0
   11d2c:	01071613          	sll	a2,a4,0x10
   11d30:	8241                	srl	a2,a2,0x10
   11d32:	00b89833          	sll	a6,a7,a1
   11d36:	02a6f6b3          	remu	a3,a3,a0
   11d3a:	026608b3          	mul	a7,a2,t1
   11d3e:	01069593          	sll	a1,a3,0x10
   11d42:	0107d693          	srl	a3,a5,0x10
   11d46:	8ecd                	or	a3,a3,a1
   11d48:	859a                	mv	a1,t1
   11d4a:	0116fc63          	bgeu	a3,a7,11d62 <__udivdi3+0x1dc>
   11d4e:	96ba                	add	a3,a3,a4
   11d50:	fff30593          	add	a1,t1,-1
   11d54:	00e6e763          	bltu	a3,a4,11d62 <__udivdi3+0x1dc>
   11d58:	0116f563          	bgeu	a3,a7,11d62 <__udivdi3+0x1dc>
   11d5c:	ffe30593          	add	a1,t1,-2
   11d60:	96ba                	add	a3,a3,a4
   11d62:	411686b3          	sub	a3,a3,a7
   11d66:	02a6d8b3          	divu	a7,a3,a0
   11d6a:	07c2                	sll	a5,a5,0x10
   11d6c:	83c1                	srl	a5,a5,0x10
   11d6e:	02a6f6b3          	remu	a3,a3,a0
   11d72:	03160633          	mul	a2,a2,a7
   11d76:	06c2                	sll	a3,a3,0x10
   11d78:	8fd5                	or	a5,a5,a3
   11d7a:	86c6                	mv	a3,a7
   11d7c:	00c7fc63          	bgeu	a5,a2,11d94 <__udivdi3+0x20e>
   11d80:	97ba                	add	a5,a5,a4
   11d82:	fff88693          	add	a3,a7,-1
   11d86:	00e7e763          	bltu	a5,a4,11d94 <__udivdi3+0x20e>
   11d8a:	00c7f563          	bgeu	a5,a2,11d94 <__udivdi3+0x20e>
   11d8e:	ffe88693          	add	a3,a7,-2
   11d92:	97ba                	add	a5,a5,a4
   11d94:	05c2                	sll	a1,a1,0x10
   11d96:	8f91                	sub	a5,a5,a2
   11d98:	8dd5                	or	a1,a1,a3
   11d9a:	bddd                	j	11c90 <__udivdi3+0x10a>
   11d9c:	14d5e163          	bltu	a1,a3,11ede <__udivdi3+0x358>
   11da0:	67c1                	lui	a5,0x10
   11da2:	02f6ff63          	bgeu	a3,a5,11de0 <__udivdi3+0x25a>
   11da6:	1006b713          	sltiu	a4,a3,256
   11daa:	00174713          	xor	a4,a4,1
   11dae:	070e                	sll	a4,a4,0x3
   11db0:	00e6d5b3          	srl	a1,a3,a4
   11db4:	00001797          	auipc	a5,0x1
   11db8:	6a078793          	add	a5,a5,1696 # 13454 <__clz_tab>
   11dbc:	97ae                	add	a5,a5,a1
   11dbe:	0007c783          	lbu	a5,0(a5)
   11dc2:	97ba                	add	a5,a5,a4
   11dc4:	02000713          	li	a4,32
   11dc8:	40f705b3          	sub	a1,a4,a5
   11dcc:	02f71163          	bne	a4,a5,11dee <__udivdi3+0x268>
   11dd0:	4505                	li	a0,1
   11dd2:	e666eee3          	bltu	a3,t1,11c4e <__udivdi3+0xc8>
   11dd6:	00c8b533          	sltu	a0,a7,a2
   11dda:	00154513          	xor	a0,a0,1
   11dde:	8082                	ret
   11de0:	010007b7          	lui	a5,0x1000
   11de4:	4741                	li	a4,16
   11de6:	fcf6e5e3          	bltu	a3,a5,11db0 <__udivdi3+0x22a>
   11dea:	4761                	li	a4,24
   11dec:	b7d1                	j	11db0 <__udivdi3+0x22a>
   11dee:	00f65733          	srl	a4,a2,a5
   11df2:	00b696b3          	sll	a3,a3,a1
   11df6:	8ed9                	or	a3,a3,a4
   11df8:	00f35733          	srl	a4,t1,a5
   11dfc:	00b31333          	sll	t1,t1,a1
   11e00:	00f8d7b3          	srl	a5,a7,a5
   11e04:	0067e7b3          	or	a5,a5,t1
   11e08:	0106d313          	srl	t1,a3,0x10
   11e0c:	02675eb3          	divu	t4,a4,t1
   11e10:	01069813          	sll	a6,a3,0x10
   11e14:	01085813          	srl	a6,a6,0x10
   11e18:	00b61633          	sll	a2,a2,a1
   11e1c:	02677733          	remu	a4,a4,t1
   11e20:	03d80e33          	mul	t3,a6,t4
   11e24:	01071513          	sll	a0,a4,0x10
   11e28:	0107d713          	srl	a4,a5,0x10
   11e2c:	8f49                	or	a4,a4,a0
   11e2e:	8576                	mv	a0,t4
   11e30:	01c77c63          	bgeu	a4,t3,11e48 <__udivdi3+0x2c2>
   11e34:	9736                	add	a4,a4,a3
   11e36:	fffe8513          	add	a0,t4,-1
   11e3a:	00d76763          	bltu	a4,a3,11e48 <__udivdi3+0x2c2>
   11e3e:	01c77563          	bgeu	a4,t3,11e48 <__udivdi3+0x2c2>
   11e42:	ffee8513          	add	a0,t4,-2
   11e46:	9736                	add	a4,a4,a3
   11e48:	41c70733          	sub	a4,a4,t3
   11e4c:	02675e33          	divu	t3,a4,t1
   11e50:	07c2                	sll	a5,a5,0x10
   11e52:	83c1                	srl	a5,a5,0x10
   11e54:	02677733          	remu	a4,a4,t1
   11e58:	03c80833          	mul	a6,a6,t3
   11e5c:	0742                	sll	a4,a4,0x10
   11e5e:	8fd9                	or	a5,a5,a4
   11e60:	8772                	mv	a4,t3
   11e62:	0107fc63          	bgeu	a5,a6,11e7a <__udivdi3+0x2f4>
   11e66:	97b6                	add	a5,a5,a3
   11e68:	fffe0713          	add	a4,t3,-1
   11e6c:	00d7e763          	bltu	a5,a3,11e7a <__udivdi3+0x2f4>
   11e70:	0107f563          	bgeu	a5,a6,11e7a <__udivdi3+0x2f4>
   11e74:	ffee0713          	add	a4,t3,-2
   11e78:	97b6                	add	a5,a5,a3
   11e7a:	0542                	sll	a0,a0,0x10
   11e7c:	6e41                	lui	t3,0x10
   11e7e:	8d59                	or	a0,a0,a4
   11e80:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   11e84:	00d57733          	and	a4,a0,a3
   11e88:	410787b3          	sub	a5,a5,a6
   11e8c:	8ef1                	and	a3,a3,a2
   11e8e:	01055813          	srl	a6,a0,0x10
   11e92:	8241                	srl	a2,a2,0x10
   11e94:	02d70333          	mul	t1,a4,a3
   11e98:	02d806b3          	mul	a3,a6,a3
   11e9c:	02c70733          	mul	a4,a4,a2
   11ea0:	02c80833          	mul	a6,a6,a2
   11ea4:	00d70633          	add	a2,a4,a3
   11ea8:	01035713          	srl	a4,t1,0x10
   11eac:	9732                	add	a4,a4,a2
   11eae:	00d77363          	bgeu	a4,a3,11eb4 <__udivdi3+0x32e>
   11eb2:	9872                	add	a6,a6,t3
   11eb4:	01075693          	srl	a3,a4,0x10
   11eb8:	96c2                	add	a3,a3,a6
   11eba:	02d7e063          	bltu	a5,a3,11eda <__udivdi3+0x354>
   11ebe:	d8d797e3          	bne	a5,a3,11c4c <__udivdi3+0xc6>
   11ec2:	67c1                	lui	a5,0x10
   11ec4:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   11ec6:	8f7d                	and	a4,a4,a5
   11ec8:	0742                	sll	a4,a4,0x10
   11eca:	00f37333          	and	t1,t1,a5
   11ece:	00b898b3          	sll	a7,a7,a1
   11ed2:	971a                	add	a4,a4,t1
   11ed4:	4581                	li	a1,0
   11ed6:	d6e8fce3          	bgeu	a7,a4,11c4e <__udivdi3+0xc8>
   11eda:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   11edc:	bb85                	j	11c4c <__udivdi3+0xc6>
   11ede:	4581                	li	a1,0
   11ee0:	4501                	li	a0,0
   11ee2:	8082                	ret

00011ee4 <__umoddi3>:
   11ee4:	8832                	mv	a6,a2
   11ee6:	87aa                	mv	a5,a0
   11ee8:	872e                	mv	a4,a1
   11eea:	1a069363          	bnez	a3,12090 <__umoddi3+0x1ac>
   11eee:	00001897          	auipc	a7,0x1
   11ef2:	56688893          	add	a7,a7,1382 # 13454 <__clz_tab>
   11ef6:	0ac5f663          	bgeu	a1,a2,11fa2 <__umoddi3+0xbe>
   11efa:	66c1                	lui	a3,0x10
   11efc:	08d67c63          	bgeu	a2,a3,11f94 <__umoddi3+0xb0>
   11f00:	10063693          	sltiu	a3,a2,256
   11f04:	0016c693          	xor	a3,a3,1
   11f08:	068e                	sll	a3,a3,0x3
   11f0a:	00d65333          	srl	t1,a2,a3
   11f0e:	989a                	add	a7,a7,t1
   11f10:	0008c883          	lbu	a7,0(a7)
   11f14:	02000313          	li	t1,32
   11f18:	96c6                	add	a3,a3,a7
   11f1a:	40d308b3          	sub	a7,t1,a3
   11f1e:	00d30b63          	beq	t1,a3,11f34 <__umoddi3+0x50>
   11f22:	01159733          	sll	a4,a1,a7
   11f26:	00d556b3          	srl	a3,a0,a3
   11f2a:	01161833          	sll	a6,a2,a7
   11f2e:	8f55                	or	a4,a4,a3
   11f30:	011517b3          	sll	a5,a0,a7
   11f34:	01085613          	srl	a2,a6,0x10
   11f38:	02c756b3          	divu	a3,a4,a2
   11f3c:	01081513          	sll	a0,a6,0x10
   11f40:	8141                	srl	a0,a0,0x10
   11f42:	02c77733          	remu	a4,a4,a2
   11f46:	02a686b3          	mul	a3,a3,a0
   11f4a:	01071593          	sll	a1,a4,0x10
   11f4e:	0107d713          	srl	a4,a5,0x10
   11f52:	8f4d                	or	a4,a4,a1
   11f54:	00d77863          	bgeu	a4,a3,11f64 <__umoddi3+0x80>
   11f58:	9742                	add	a4,a4,a6
   11f5a:	01076563          	bltu	a4,a6,11f64 <__umoddi3+0x80>
   11f5e:	00d77363          	bgeu	a4,a3,11f64 <__umoddi3+0x80>
   11f62:	9742                	add	a4,a4,a6
   11f64:	8f15                	sub	a4,a4,a3
   11f66:	02c756b3          	divu	a3,a4,a2
   11f6a:	02c77733          	remu	a4,a4,a2
   11f6e:	02a686b3          	mul	a3,a3,a0
   11f72:	07c2                	sll	a5,a5,0x10
   11f74:	0742                	sll	a4,a4,0x10
   11f76:	83c1                	srl	a5,a5,0x10
   11f78:	8fd9                	or	a5,a5,a4
   11f7a:	00d7f863          	bgeu	a5,a3,11f8a <__umoddi3+0xa6>
   11f7e:	97c2                	add	a5,a5,a6
   11f80:	0107e563          	bltu	a5,a6,11f8a <__umoddi3+0xa6>
   11f84:	00d7f363          	bgeu	a5,a3,11f8a <__umoddi3+0xa6>
   11f88:	97c2                	add	a5,a5,a6
   11f8a:	8f95                	sub	a5,a5,a3
   11f8c:	0117d533          	srl	a0,a5,a7
   11f90:	4581                	li	a1,0
   11f92:	8082                	ret
   11f94:	01000337          	lui	t1,0x1000
   11f98:	46c1                	li	a3,16
   11f9a:	f66668e3          	bltu	a2,t1,11f0a <__umoddi3+0x26>
   11f9e:	46e1                	li	a3,24
   11fa0:	b7ad                	j	11f0a <__umoddi3+0x26>
   11fa2:	4681                	li	a3,0
   11fa4:	ca09                	beqz	a2,11fb6 <__umoddi3+0xd2>
   11fa6:	6741                	lui	a4,0x10
   11fa8:	06e67463          	bgeu	a2,a4,12010 <__umoddi3+0x12c>
   11fac:	10063693          	sltiu	a3,a2,256
   11fb0:	0016c693          	xor	a3,a3,1
   11fb4:	068e                	sll	a3,a3,0x3
   11fb6:	00d65733          	srl	a4,a2,a3
   11fba:	98ba                	add	a7,a7,a4
   11fbc:	0008c703          	lbu	a4,0(a7)
   11fc0:	9736                	add	a4,a4,a3
   11fc2:	02000693          	li	a3,32
   11fc6:	40e688b3          	sub	a7,a3,a4
   11fca:	04e69a63          	bne	a3,a4,1201e <__umoddi3+0x13a>
   11fce:	40c58733          	sub	a4,a1,a2
   11fd2:	01085593          	srl	a1,a6,0x10
   11fd6:	02b75633          	divu	a2,a4,a1
   11fda:	01081513          	sll	a0,a6,0x10
   11fde:	8141                	srl	a0,a0,0x10
   11fe0:	0107d693          	srl	a3,a5,0x10
   11fe4:	02b77733          	remu	a4,a4,a1
   11fe8:	02a60633          	mul	a2,a2,a0
   11fec:	0742                	sll	a4,a4,0x10
   11fee:	8f55                	or	a4,a4,a3
   11ff0:	00c77863          	bgeu	a4,a2,12000 <__umoddi3+0x11c>
   11ff4:	9742                	add	a4,a4,a6
   11ff6:	01076563          	bltu	a4,a6,12000 <__umoddi3+0x11c>
   11ffa:	00c77363          	bgeu	a4,a2,12000 <__umoddi3+0x11c>
   11ffe:	9742                	add	a4,a4,a6
   12000:	8f11                	sub	a4,a4,a2
   12002:	02b756b3          	divu	a3,a4,a1
   12006:	02b77733          	remu	a4,a4,a1
   1200a:	02a686b3          	mul	a3,a3,a0
   1200e:	b795                	j	11f72 <__umoddi3+0x8e>
   12010:	01000737          	lui	a4,0x1000
   12014:	46c1                	li	a3,16
   12016:	fae660e3          	bltu	a2,a4,11fb6 <__umoddi3+0xd2>
   1201a:	46e1                	li	a3,24
   1201c:	bf69                	j	11fb6 <__umoddi3+0xd2>
   1201e:	01161833          	sll	a6,a2,a7
   12022:	00e5d6b3          	srl	a3,a1,a4
   12026:	011517b3          	sll	a5,a0,a7
   1202a:	011595b3          	sll	a1,a1,a7
   1202e:	00e55733          	srl	a4,a0,a4
   12032:	01085513          	srl	a0,a6,0x10
   12036:	8f4d                	or	a4,a4,a1
   12038:	02a6d5b3          	divu	a1,a3,a0
   1203c:	01081313          	sll	t1,a6,0x10
   12040:	01035313          	srl	t1,t1,0x10
   12044:	02a6f6b3          	remu	a3,a3,a0
   12048:	026585b3          	mul	a1,a1,t1
   1204c:	01069613          	sll	a2,a3,0x10
   12050:	01075693          	srl	a3,a4,0x10
   12054:	8ed1                	or	a3,a3,a2
   12056:	00b6f863          	bgeu	a3,a1,12066 <__umoddi3+0x182>
   1205a:	96c2                	add	a3,a3,a6
   1205c:	0106e563          	bltu	a3,a6,12066 <__umoddi3+0x182>
   12060:	00b6f363          	bgeu	a3,a1,12066 <__umoddi3+0x182>
   12064:	96c2                	add	a3,a3,a6
   12066:	8e8d                	sub	a3,a3,a1
   12068:	02a6d633          	divu	a2,a3,a0
   1206c:	0742                	sll	a4,a4,0x10
   1206e:	8341                	srl	a4,a4,0x10
   12070:	02a6f6b3          	remu	a3,a3,a0
   12074:	02660633          	mul	a2,a2,t1
   12078:	06c2                	sll	a3,a3,0x10
   1207a:	8f55                	or	a4,a4,a3
   1207c:	00c77863          	bgeu	a4,a2,1208c <__umoddi3+0x1a8>
   12080:	9742                	add	a4,a4,a6
   12082:	01076563          	bltu	a4,a6,1208c <__umoddi3+0x1a8>
   12086:	00c77363          	bgeu	a4,a2,1208c <__umoddi3+0x1a8>
   1208a:	9742                	add	a4,a4,a6
   1208c:	8f11                	sub	a4,a4,a2
   1208e:	b791                	j	11fd2 <__umoddi3+0xee>
   12090:	16d5ed63          	bltu	a1,a3,1220a <__umoddi3+0x326>
   12094:	6841                	lui	a6,0x10
   12096:	0506f763          	bgeu	a3,a6,120e4 <__umoddi3+0x200>
   1209a:	1006b813          	sltiu	a6,a3,256
   1209e:	00184813          	xor	a6,a6,1
   120a2:	080e                	sll	a6,a6,0x3
   120a4:	0106d333          	srl	t1,a3,a6
   120a8:	00001897          	auipc	a7,0x1
   120ac:	3ac88893          	add	a7,a7,940 # 13454 <__clz_tab>
   120b0:	989a                	add	a7,a7,t1
   120b2:	0008c883          	lbu	a7,0(a7)
   120b6:	02000313          	li	t1,32
   120ba:	98c2                	add	a7,a7,a6
   120bc:	41130833          	sub	a6,t1,a7
   120c0:	03131963          	bne	t1,a7,120f2 <__umoddi3+0x20e>
   120c4:	00b6e463          	bltu	a3,a1,120cc <__umoddi3+0x1e8>
   120c8:	00c56b63          	bltu	a0,a2,120de <__umoddi3+0x1fa>
   120cc:	40c50633          	sub	a2,a0,a2
   120d0:	40d586b3          	sub	a3,a1,a3
   120d4:	00c53733          	sltu	a4,a0,a2
   120d8:	87b2                	mv	a5,a2
   120da:	40e68733          	sub	a4,a3,a4
   120de:	853e                	mv	a0,a5
   120e0:	85ba                	mv	a1,a4
   120e2:	8082                	ret
   120e4:	010008b7          	lui	a7,0x1000
   120e8:	4841                	li	a6,16
   120ea:	fb16ede3          	bltu	a3,a7,120a4 <__umoddi3+0x1c0>
   120ee:	4861                	li	a6,24
   120f0:	bf55                	j	120a4 <__umoddi3+0x1c0>
   120f2:	011657b3          	srl	a5,a2,a7
   120f6:	010696b3          	sll	a3,a3,a6
   120fa:	8edd                	or	a3,a3,a5
   120fc:	0115d733          	srl	a4,a1,a7
   12100:	0106de13          	srl	t3,a3,0x10
   12104:	03c75f33          	divu	t5,a4,t3
   12108:	01069313          	sll	t1,a3,0x10
   1210c:	01035313          	srl	t1,t1,0x10
   12110:	010597b3          	sll	a5,a1,a6
   12114:	011555b3          	srl	a1,a0,a7
   12118:	8ddd                	or	a1,a1,a5
   1211a:	0105d793          	srl	a5,a1,0x10
   1211e:	01061633          	sll	a2,a2,a6
   12122:	01051533          	sll	a0,a0,a6
   12126:	03c77733          	remu	a4,a4,t3
   1212a:	03e30eb3          	mul	t4,t1,t5
   1212e:	0742                	sll	a4,a4,0x10
   12130:	8fd9                	or	a5,a5,a4
   12132:	877a                	mv	a4,t5
   12134:	01d7fc63          	bgeu	a5,t4,1214c <__umoddi3+0x268>
   12138:	97b6                	add	a5,a5,a3
   1213a:	ffff0713          	add	a4,t5,-1
   1213e:	00d7e763          	bltu	a5,a3,1214c <__umoddi3+0x268>
   12142:	01d7f563          	bgeu	a5,t4,1214c <__umoddi3+0x268>
   12146:	ffef0713          	add	a4,t5,-2
   1214a:	97b6                	add	a5,a5,a3
   1214c:	41d787b3          	sub	a5,a5,t4
   12150:	03c7deb3          	divu	t4,a5,t3
   12154:	05c2                	sll	a1,a1,0x10
   12156:	81c1                	srl	a1,a1,0x10
   12158:	03c7f7b3          	remu	a5,a5,t3
   1215c:	8e76                	mv	t3,t4
   1215e:	03d30333          	mul	t1,t1,t4
   12162:	07c2                	sll	a5,a5,0x10
   12164:	8ddd                	or	a1,a1,a5
   12166:	0065fc63          	bgeu	a1,t1,1217e <__umoddi3+0x29a>
   1216a:	95b6                	add	a1,a1,a3
   1216c:	fffe8e13          	add	t3,t4,-1
   12170:	00d5e763          	bltu	a1,a3,1217e <__umoddi3+0x29a>
   12174:	0065f563          	bgeu	a1,t1,1217e <__umoddi3+0x29a>
   12178:	ffee8e13          	add	t3,t4,-2
   1217c:	95b6                	add	a1,a1,a3
   1217e:	01071793          	sll	a5,a4,0x10
   12182:	6f41                	lui	t5,0x10
   12184:	01c7e7b3          	or	a5,a5,t3
   12188:	406585b3          	sub	a1,a1,t1
   1218c:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12190:	0067f733          	and	a4,a5,t1
   12194:	01065e13          	srl	t3,a2,0x10
   12198:	83c1                	srl	a5,a5,0x10
   1219a:	00667333          	and	t1,a2,t1
   1219e:	02670eb3          	mul	t4,a4,t1
   121a2:	02678333          	mul	t1,a5,t1
   121a6:	03c70733          	mul	a4,a4,t3
   121aa:	03c787b3          	mul	a5,a5,t3
   121ae:	00670e33          	add	t3,a4,t1
   121b2:	010ed713          	srl	a4,t4,0x10
   121b6:	9772                	add	a4,a4,t3
   121b8:	00677363          	bgeu	a4,t1,121be <__umoddi3+0x2da>
   121bc:	97fa                	add	a5,a5,t5
   121be:	01075313          	srl	t1,a4,0x10
   121c2:	979a                	add	a5,a5,t1
   121c4:	6341                	lui	t1,0x10
   121c6:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   121c8:	00677733          	and	a4,a4,t1
   121cc:	0742                	sll	a4,a4,0x10
   121ce:	006efeb3          	and	t4,t4,t1
   121d2:	9776                	add	a4,a4,t4
   121d4:	00f5e663          	bltu	a1,a5,121e0 <__umoddi3+0x2fc>
   121d8:	00f59b63          	bne	a1,a5,121ee <__umoddi3+0x30a>
   121dc:	00e57963          	bgeu	a0,a4,121ee <__umoddi3+0x30a>
   121e0:	40c70633          	sub	a2,a4,a2
   121e4:	00c73333          	sltu	t1,a4,a2
   121e8:	969a                	add	a3,a3,t1
   121ea:	8732                	mv	a4,a2
   121ec:	8f95                	sub	a5,a5,a3
   121ee:	40e50733          	sub	a4,a0,a4
   121f2:	00e53533          	sltu	a0,a0,a4
   121f6:	8d9d                	sub	a1,a1,a5
   121f8:	8d89                	sub	a1,a1,a0
   121fa:	011598b3          	sll	a7,a1,a7
   121fe:	01075733          	srl	a4,a4,a6
   12202:	00e8e533          	or	a0,a7,a4
   12206:	0105d5b3          	srl	a1,a1,a6
   1220a:	8082                	ret

0001220c <__riscv_save_12>:
   1220c:	7139                	add	sp,sp,-64
   1220e:	4301                	li	t1,0
   12210:	c66e                	sw	s11,12(sp)
   12212:	a019                	j	12218 <__riscv_save_10+0x4>

00012214 <__riscv_save_10>:
   12214:	7139                	add	sp,sp,-64
   12216:	5341                	li	t1,-16
   12218:	c86a                	sw	s10,16(sp)
   1221a:	ca66                	sw	s9,20(sp)
   1221c:	cc62                	sw	s8,24(sp)
   1221e:	ce5e                	sw	s7,28(sp)
   12220:	a019                	j	12226 <__riscv_save_4+0x4>

00012222 <__riscv_save_4>:
   12222:	7139                	add	sp,sp,-64
   12224:	5301                	li	t1,-32
   12226:	d05a                	sw	s6,32(sp)
   12228:	d256                	sw	s5,36(sp)
   1222a:	d452                	sw	s4,40(sp)
   1222c:	d64e                	sw	s3,44(sp)
   1222e:	d84a                	sw	s2,48(sp)
   12230:	da26                	sw	s1,52(sp)
   12232:	dc22                	sw	s0,56(sp)
   12234:	de06                	sw	ra,60(sp)
   12236:	40610133          	sub	sp,sp,t1
   1223a:	8282                	jr	t0

0001223c <__riscv_save_0>:
   1223c:	1141                	add	sp,sp,-16
   1223e:	c04a                	sw	s2,0(sp)
   12240:	c226                	sw	s1,4(sp)
   12242:	c422                	sw	s0,8(sp)
   12244:	c606                	sw	ra,12(sp)
   12246:	8282                	jr	t0

00012248 <__riscv_restore_12>:
   12248:	4db2                	lw	s11,12(sp)
   1224a:	0141                	add	sp,sp,16

0001224c <__riscv_restore_10>:
   1224c:	4d02                	lw	s10,0(sp)
   1224e:	4c92                	lw	s9,4(sp)
   12250:	4c22                	lw	s8,8(sp)
   12252:	4bb2                	lw	s7,12(sp)
   12254:	0141                	add	sp,sp,16

00012256 <__riscv_restore_4>:
   12256:	4b02                	lw	s6,0(sp)
   12258:	4a92                	lw	s5,4(sp)
   1225a:	4a22                	lw	s4,8(sp)
   1225c:	49b2                	lw	s3,12(sp)
   1225e:	0141                	add	sp,sp,16

00012260 <__riscv_restore_0>:
   12260:	4902                	lw	s2,0(sp)
   12262:	4492                	lw	s1,4(sp)
   12264:	4422                	lw	s0,8(sp)
   12266:	40b2                	lw	ra,12(sp)
   12268:	0141                	add	sp,sp,16
   1226a:	8082                	ret
