
build/hello.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	2a49                	jal	101a6 <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	22e5                	jal	10204 <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	1101                	add	sp,sp,-32
   10022:	ce06                	sw	ra,28(sp)
   10024:	ca26                	sw	s1,20(sp)
   10026:	c84a                	sw	s2,16(sp)
   10028:	84ae                	mv	s1,a1
   1002a:	cc22                	sw	s0,24(sp)
   1002c:	c64e                	sw	s3,12(sp)
   1002e:	892a                	mv	s2,a0
   10030:	20a5                	jal	10098 <getpid>
   10032:	85aa                	mv	a1,a0
   10034:	654d                	lui	a0,0x13
   10036:	00050513          	mv	a0,a0
   1003a:	22e5                	jal	10222 <printf>
   1003c:	4785                	li	a5,1
   1003e:	0127de63          	bge	a5,s2,1005a <main+0x3a>
   10042:	0491                	add	s1,s1,4
   10044:	4405                	li	s0,1
   10046:	69cd                	lui	s3,0x13
   10048:	4090                	lw	a2,0(s1)
   1004a:	85a2                	mv	a1,s0
   1004c:	01498513          	add	a0,s3,20 # 13014 <__riscv_restore_0+0xed4>
   10050:	0405                	add	s0,s0,1
   10052:	2ac1                	jal	10222 <printf>
   10054:	0491                	add	s1,s1,4
   10056:	fe8919e3          	bne	s2,s0,10048 <main+0x28>
   1005a:	40f2                	lw	ra,28(sp)
   1005c:	4462                	lw	s0,24(sp)
   1005e:	44d2                	lw	s1,20(sp)
   10060:	4942                	lw	s2,16(sp)
   10062:	49b2                	lw	s3,12(sp)
   10064:	4501                	li	a0,0
   10066:	6105                	add	sp,sp,32
   10068:	8082                	ret

0001006a <write>:
   1006a:	4889                	li	a7,2
   1006c:	00000073          	ecall
   10070:	00054363          	bltz	a0,10076 <write+0xc>
   10074:	8082                	ret
   10076:	fff54793          	not	a5,a0
   1007a:	02500693          	li	a3,37
   1007e:	4715                	li	a4,5
   10080:	00f6e863          	bltu	a3,a5,10090 <write+0x26>
   10084:	674d                	lui	a4,0x13
   10086:	02870713          	add	a4,a4,40 # 13028 <CSWTCH.24>
   1008a:	97ba                	add	a5,a5,a4
   1008c:	00078703          	lb	a4,0(a5)
   10090:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10094:	557d                	li	a0,-1
   10096:	8082                	ret

00010098 <getpid>:
   10098:	4501                	li	a0,0
   1009a:	4581                	li	a1,0
   1009c:	4601                	li	a2,0
   1009e:	4891                	li	a7,4
   100a0:	00000073          	ecall
   100a4:	8082                	ret

000100a6 <_exit>:
   100a6:	1141                	add	sp,sp,-16
   100a8:	c422                	sw	s0,8(sp)
   100aa:	c606                	sw	ra,12(sp)
   100ac:	842a                	mv	s0,a0
   100ae:	2875                	jal	1016a <ulib_flush_stdout>
   100b0:	8522                	mv	a0,s0
   100b2:	4581                	li	a1,0
   100b4:	4601                	li	a2,0
   100b6:	4885                	li	a7,1
   100b8:	00000073          	ecall
   100bc:	a001                	j	100bc <_exit+0x16>

000100be <stdout_flush>:
   100be:	1141                	add	sp,sp,-16
   100c0:	c04a                	sw	s2,0(sp)
   100c2:	6951                	lui	s2,0x14
   100c4:	c422                	sw	s0,8(sp)
   100c6:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   100ca:	c606                	sw	ra,12(sp)
   100cc:	c226                	sw	s1,4(sp)
   100ce:	cc11                	beqz	s0,100ea <stdout_flush+0x2c>
   100d0:	64d1                	lui	s1,0x14
   100d2:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   100d6:	a019                	j	100dc <stdout_flush+0x1e>
   100d8:	94aa                	add	s1,s1,a0
   100da:	c801                	beqz	s0,100ea <stdout_flush+0x2c>
   100dc:	8622                	mv	a2,s0
   100de:	85a6                	mv	a1,s1
   100e0:	4505                	li	a0,1
   100e2:	3761                	jal	1006a <write>
   100e4:	8c09                	sub	s0,s0,a0
   100e6:	fea049e3          	bgtz	a0,100d8 <stdout_flush+0x1a>
   100ea:	40b2                	lw	ra,12(sp)
   100ec:	4422                	lw	s0,8(sp)
   100ee:	02092023          	sw	zero,32(s2)
   100f2:	4492                	lw	s1,4(sp)
   100f4:	4902                	lw	s2,0(sp)
   100f6:	4501                	li	a0,0
   100f8:	0141                	add	sp,sp,16
   100fa:	8082                	ret

000100fc <stdout_put>:
   100fc:	1101                	add	sp,sp,-32
   100fe:	c64e                	sw	s3,12(sp)
   10100:	69d1                	lui	s3,0x14
   10102:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   10106:	ca26                	sw	s1,20(sp)
   10108:	64d1                	lui	s1,0x14
   1010a:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   1010e:	cc22                	sw	s0,24(sp)
   10110:	c84a                	sw	s2,16(sp)
   10112:	00178413          	add	s0,a5,1
   10116:	ce06                	sw	ra,28(sp)
   10118:	97a6                	add	a5,a5,s1
   1011a:	00a78023          	sb	a0,0(a5)
   1011e:	0289a023          	sw	s0,32(s3)
   10122:	47a9                	li	a5,10
   10124:	892a                	mv	s2,a0
   10126:	00f50e63          	beq	a0,a5,10142 <stdout_put+0x46>
   1012a:	20000793          	li	a5,512
   1012e:	00f40b63          	beq	s0,a5,10144 <stdout_put+0x48>
   10132:	40f2                	lw	ra,28(sp)
   10134:	4462                	lw	s0,24(sp)
   10136:	44d2                	lw	s1,20(sp)
   10138:	49b2                	lw	s3,12(sp)
   1013a:	854a                	mv	a0,s2
   1013c:	4942                	lw	s2,16(sp)
   1013e:	6105                	add	sp,sp,32
   10140:	8082                	ret
   10142:	c811                	beqz	s0,10156 <stdout_put+0x5a>
   10144:	8622                	mv	a2,s0
   10146:	85a6                	mv	a1,s1
   10148:	4505                	li	a0,1
   1014a:	3705                	jal	1006a <write>
   1014c:	8c09                	sub	s0,s0,a0
   1014e:	00a05463          	blez	a0,10156 <stdout_put+0x5a>
   10152:	94aa                	add	s1,s1,a0
   10154:	f865                	bnez	s0,10144 <stdout_put+0x48>
   10156:	40f2                	lw	ra,28(sp)
   10158:	4462                	lw	s0,24(sp)
   1015a:	0209a023          	sw	zero,32(s3)
   1015e:	44d2                	lw	s1,20(sp)
   10160:	49b2                	lw	s3,12(sp)
   10162:	854a                	mv	a0,s2
   10164:	4942                	lw	s2,16(sp)
   10166:	6105                	add	sp,sp,32
   10168:	8082                	ret

0001016a <ulib_flush_stdout>:
   1016a:	1141                	add	sp,sp,-16
   1016c:	c04a                	sw	s2,0(sp)
   1016e:	6951                	lui	s2,0x14
   10170:	c422                	sw	s0,8(sp)
   10172:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10176:	c606                	sw	ra,12(sp)
   10178:	c226                	sw	s1,4(sp)
   1017a:	cc11                	beqz	s0,10196 <ulib_flush_stdout+0x2c>
   1017c:	64d1                	lui	s1,0x14
   1017e:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   10182:	a019                	j	10188 <ulib_flush_stdout+0x1e>
   10184:	94aa                	add	s1,s1,a0
   10186:	c801                	beqz	s0,10196 <ulib_flush_stdout+0x2c>
   10188:	8622                	mv	a2,s0
   1018a:	85a6                	mv	a1,s1
   1018c:	4505                	li	a0,1
   1018e:	3df1                	jal	1006a <write>
   10190:	8c09                	sub	s0,s0,a0
   10192:	fea049e3          	bgtz	a0,10184 <ulib_flush_stdout+0x1a>
   10196:	40b2                	lw	ra,12(sp)
   10198:	4422                	lw	s0,8(sp)
   1019a:	02092023          	sw	zero,32(s2)
   1019e:	4492                	lw	s1,4(sp)
   101a0:	4902                	lw	s2,0(sp)
   101a2:	0141                	add	sp,sp,16
   101a4:	8082                	ret

000101a6 <__libc_init_array>:
   101a6:	777012ef          	jal	t0,1211c <__riscv_save_0>
   101aa:	64cd                	lui	s1,0x13
   101ac:	644d                	lui	s0,0x13
   101ae:	53848793          	add	a5,s1,1336 # 13538 <__fini_array_end>
   101b2:	53840413          	add	s0,s0,1336 # 13538 <__fini_array_end>
   101b6:	8c1d                	sub	s0,s0,a5
   101b8:	8409                	sra	s0,s0,0x2
   101ba:	53848493          	add	s1,s1,1336
   101be:	4901                	li	s2,0
   101c0:	02891863          	bne	s2,s0,101f0 <__libc_init_array+0x4a>
   101c4:	00000793          	li	a5,0
   101c8:	c789                	beqz	a5,101d2 <__libc_init_array+0x2c>
   101ca:	00000097          	auipc	ra,0x0
   101ce:	000000e7          	jalr	zero # 0 <errno>
   101d2:	64cd                	lui	s1,0x13
   101d4:	644d                	lui	s0,0x13
   101d6:	53848793          	add	a5,s1,1336 # 13538 <__fini_array_end>
   101da:	53840413          	add	s0,s0,1336 # 13538 <__fini_array_end>
   101de:	8c1d                	sub	s0,s0,a5
   101e0:	8409                	sra	s0,s0,0x2
   101e2:	53848493          	add	s1,s1,1336
   101e6:	4901                	li	s2,0
   101e8:	00891963          	bne	s2,s0,101fa <__libc_init_array+0x54>
   101ec:	7550106f          	j	12140 <__riscv_restore_0>
   101f0:	409c                	lw	a5,0(s1)
   101f2:	0905                	add	s2,s2,1
   101f4:	0491                	add	s1,s1,4
   101f6:	9782                	jalr	a5
   101f8:	b7e1                	j	101c0 <__libc_init_array+0x1a>
   101fa:	409c                	lw	a5,0(s1)
   101fc:	0905                	add	s2,s2,1
   101fe:	0491                	add	s1,s1,4
   10200:	9782                	jalr	a5
   10202:	b7dd                	j	101e8 <__libc_init_array+0x42>

00010204 <exit>:
   10204:	719012ef          	jal	t0,1211c <__riscv_save_0>
   10208:	00000793          	li	a5,0
   1020c:	842a                	mv	s0,a0
   1020e:	c791                	beqz	a5,1021a <exit+0x16>
   10210:	4581                	li	a1,0
   10212:	00000097          	auipc	ra,0x0
   10216:	000000e7          	jalr	zero # 0 <errno>
   1021a:	782010ef          	jal	1199c <__libc_fini_array>
   1021e:	8522                	mv	a0,s0
   10220:	3559                	jal	100a6 <_exit>

00010222 <printf>:
   10222:	7139                	add	sp,sp,-64
   10224:	da3e                	sw	a5,52(sp)
   10226:	67cd                	lui	a5,0x13
   10228:	d22e                	sw	a1,36(sp)
   1022a:	85aa                	mv	a1,a0
   1022c:	52c7a503          	lw	a0,1324(a5) # 1352c <stdout>
   10230:	d432                	sw	a2,40(sp)
   10232:	1050                	add	a2,sp,36
   10234:	ce06                	sw	ra,28(sp)
   10236:	d636                	sw	a3,44(sp)
   10238:	d83a                	sw	a4,48(sp)
   1023a:	dc42                	sw	a6,56(sp)
   1023c:	de46                	sw	a7,60(sp)
   1023e:	c632                	sw	a2,12(sp)
   10240:	2411                	jal	10444 <__d_vfprintf>
   10242:	40f2                	lw	ra,28(sp)
   10244:	6121                	add	sp,sp,64
   10246:	8082                	ret

00010248 <__ultoa_invert>:
   10248:	6ad012ef          	jal	t0,120f4 <__riscv_save_10>
   1024c:	2006f793          	and	a5,a3,512
   10250:	89aa                	mv	s3,a0
   10252:	8a2e                	mv	s4,a1
   10254:	8932                	mv	s2,a2
   10256:	84b6                	mv	s1,a3
   10258:	02700b13          	li	s6,39
   1025c:	c781                	beqz	a5,10264 <__ultoa_invert+0x1c>
   1025e:	dff6f493          	and	s1,a3,-513
   10262:	4b1d                	li	s6,7
   10264:	41f4da93          	sra	s5,s1,0x1f
   10268:	4ca5                	li	s9,9
   1026a:	8626                	mv	a2,s1
   1026c:	86d6                	mv	a3,s5
   1026e:	854e                	mv	a0,s3
   10270:	85d2                	mv	a1,s4
   10272:	353010ef          	jal	11dc4 <__umoddi3>
   10276:	85d2                	mv	a1,s4
   10278:	0ff57413          	zext.b	s0,a0
   1027c:	8626                	mv	a2,s1
   1027e:	854e                	mv	a0,s3
   10280:	86d6                	mv	a3,s5
   10282:	7e4010ef          	jal	11a66 <__udivdi3>
   10286:	8c4e                	mv	s8,s3
   10288:	8bd2                	mv	s7,s4
   1028a:	89aa                	mv	s3,a0
   1028c:	8a2e                	mv	s4,a1
   1028e:	008cf563          	bgeu	s9,s0,10298 <__ultoa_invert+0x50>
   10292:	945a                	add	s0,s0,s6
   10294:	0ff47413          	zext.b	s0,s0
   10298:	0905                	add	s2,s2,1
   1029a:	03040413          	add	s0,s0,48
   1029e:	fe890fa3          	sb	s0,-1(s2)
   102a2:	015be663          	bltu	s7,s5,102ae <__ultoa_invert+0x66>
   102a6:	fd7a92e3          	bne	s5,s7,1026a <__ultoa_invert+0x22>
   102aa:	fc9c70e3          	bgeu	s8,s1,1026a <__ultoa_invert+0x22>
   102ae:	854a                	mv	a0,s2
   102b0:	67d0106f          	j	1212c <__riscv_restore_10>

000102b4 <skip_to_arg>:
   102b4:	641012ef          	jal	t0,120f4 <__riscv_save_10>
   102b8:	4305                	li	t1,1
   102ba:	02500f13          	li	t5,37
   102be:	88aa                	mv	a7,a0
   102c0:	00c34463          	blt	t1,a2,102c8 <skip_to_arg+0x14>
   102c4:	6690106f          	j	1212c <__riscv_restore_10>
   102c8:	87c6                	mv	a5,a7
   102ca:	88be                	mv	a7,a5
   102cc:	0007c703          	lbu	a4,0(a5)
   102d0:	0785                	add	a5,a5,1
   102d2:	db6d                	beqz	a4,102c4 <skip_to_arg+0x10>
   102d4:	ffe71be3          	bne	a4,t5,102ca <skip_to_arg+0x16>
   102d8:	0007c703          	lbu	a4,0(a5)
   102dc:	0889                	add	a7,a7,2
   102de:	ffe705e3          	beq	a4,t5,102c8 <skip_to_arg+0x14>
   102e2:	6ecd                	lui	t4,0x13
   102e4:	4681                	li	a3,0
   102e6:	4e01                	li	t3,0
   102e8:	4781                	li	a5,0
   102ea:	42fd                	li	t0,31
   102ec:	06c00f93          	li	t6,108
   102f0:	07400393          	li	t2,116
   102f4:	07a00413          	li	s0,122
   102f8:	06800493          	li	s1,104
   102fc:	06a00913          	li	s2,106
   10300:	04c00993          	li	s3,76
   10304:	4a25                	li	s4,9
   10306:	02400a93          	li	s5,36
   1030a:	07f00b13          	li	s6,127
   1030e:	4bc1                	li	s7,16
   10310:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x749>
   10314:	04f2e263          	bltu	t0,a5,10358 <skip_to_arg+0xa4>
   10318:	fe070813          	add	a6,a4,-32
   1031c:	0ff87813          	zext.b	a6,a6
   10320:	030bf163          	bgeu	s7,a6,10342 <skip_to_arg+0x8e>
   10324:	fd070813          	add	a6,a4,-48
   10328:	0ff87813          	zext.b	a6,a6
   1032c:	4c25                	li	s8,9
   1032e:	050c6563          	bltu	s8,a6,10378 <skip_to_arg+0xc4>
   10332:	47a9                	li	a5,10
   10334:	02f687b3          	mul	a5,a3,a5
   10338:	00f806b3          	add	a3,a6,a5
   1033c:	02000793          	li	a5,32
   10340:	a039                	j	1034e <skip_to_arg+0x9a>
   10342:	010ed833          	srl	a6,t4,a6
   10346:	00187813          	and	a6,a6,1
   1034a:	00080963          	beqz	a6,1035c <skip_to_arg+0xa8>
   1034e:	0008c703          	lbu	a4,0(a7)
   10352:	0885                	add	a7,a7,1
   10354:	f361                	bnez	a4,10314 <skip_to_arg+0x60>
   10356:	a8b1                	j	103b2 <skip_to_arg+0xfe>
   10358:	04fb6363          	bltu	s6,a5,1039e <skip_to_arg+0xea>
   1035c:	fd070813          	add	a6,a4,-48
   10360:	0ff87813          	zext.b	a6,a6
   10364:	fd0a77e3          	bgeu	s4,a6,10332 <skip_to_arg+0x7e>
   10368:	03571563          	bne	a4,s5,10392 <skip_to_arg+0xde>
   1036c:	0a0e0063          	beqz	t3,1040c <skip_to_arg+0x158>
   10370:	0a668063          	beq	a3,t1,10410 <skip_to_arg+0x15c>
   10374:	4681                	li	a3,0
   10376:	bfe1                	j	1034e <skip_to_arg+0x9a>
   10378:	0fb77813          	and	a6,a4,251
   1037c:	02a00c13          	li	s8,42
   10380:	ff880ae3          	beq	a6,s8,10374 <skip_to_arg+0xc0>
   10384:	06c00813          	li	a6,108
   10388:	01071d63          	bne	a4,a6,103a2 <skip_to_arg+0xee>
   1038c:	0807e793          	or	a5,a5,128
   10390:	bf7d                	j	1034e <skip_to_arg+0x9a>
   10392:	0fb77813          	and	a6,a4,251
   10396:	02a00c13          	li	s8,42
   1039a:	fd880de3          	beq	a6,s8,10374 <skip_to_arg+0xc0>
   1039e:	05f70663          	beq	a4,t6,103ea <skip_to_arg+0x136>
   103a2:	02efef63          	bltu	t6,a4,103e0 <skip_to_arg+0x12c>
   103a6:	04970863          	beq	a4,s1,103f6 <skip_to_arg+0x142>
   103aa:	05270e63          	beq	a4,s2,10406 <skip_to_arg+0x152>
   103ae:	05370c63          	beq	a4,s3,10406 <skip_to_arg+0x152>
   103b2:	f00e09e3          	beqz	t3,102c4 <skip_to_arg+0x10>
   103b6:	f06e15e3          	bne	t3,t1,102c0 <skip_to_arg+0xc>
   103ba:	02076893          	or	a7,a4,32
   103be:	f9b88813          	add	a6,a7,-101
   103c2:	0ff87813          	zext.b	a6,a6
   103c6:	4e09                	li	t3,2
   103c8:	4194                	lw	a3,0(a1)
   103ca:	010e7663          	bgeu	t3,a6,103d6 <skip_to_arg+0x122>
   103ce:	06100813          	li	a6,97
   103d2:	05089263          	bne	a7,a6,10416 <skip_to_arg+0x162>
   103d6:	069d                	add	a3,a3,7
   103d8:	9ae1                	and	a3,a3,-8
   103da:	00868713          	add	a4,a3,8
   103de:	a091                	j	10422 <skip_to_arg+0x16e>
   103e0:	f67707e3          	beq	a4,t2,1034e <skip_to_arg+0x9a>
   103e4:	f68705e3          	beq	a4,s0,1034e <skip_to_arg+0x9a>
   103e8:	b7e9                	j	103b2 <skip_to_arg+0xfe>
   103ea:	0807f713          	and	a4,a5,128
   103ee:	df59                	beqz	a4,1038c <skip_to_arg+0xd8>
   103f0:	2007e793          	or	a5,a5,512
   103f4:	bf61                	j	1038c <skip_to_arg+0xd8>
   103f6:	1007f713          	and	a4,a5,256
   103fa:	c319                	beqz	a4,10400 <skip_to_arg+0x14c>
   103fc:	2007e793          	or	a5,a5,512
   10400:	1007e793          	or	a5,a5,256
   10404:	b7a9                	j	1034e <skip_to_arg+0x9a>
   10406:	2807e793          	or	a5,a5,640
   1040a:	b791                	j	1034e <skip_to_arg+0x9a>
   1040c:	8e36                	mv	t3,a3
   1040e:	b79d                	j	10374 <skip_to_arg+0xc0>
   10410:	06300713          	li	a4,99
   10414:	b75d                	j	103ba <skip_to_arg+0x106>
   10416:	06300813          	li	a6,99
   1041a:	01071763          	bne	a4,a6,10428 <skip_to_arg+0x174>
   1041e:	00468713          	add	a4,a3,4
   10422:	c198                	sw	a4,0(a1)
   10424:	0305                	add	t1,t1,1
   10426:	bd61                	j	102be <skip_to_arg+0xa>
   10428:	07300813          	li	a6,115
   1042c:	ff0709e3          	beq	a4,a6,1041e <skip_to_arg+0x16a>
   10430:	0807f813          	and	a6,a5,128
   10434:	00468713          	add	a4,a3,4
   10438:	fe0805e3          	beqz	a6,10422 <skip_to_arg+0x16e>
   1043c:	2007f793          	and	a5,a5,512
   10440:	d3ed                	beqz	a5,10422 <skip_to_arg+0x16e>
   10442:	bf51                	j	103d6 <skip_to_arg+0x122>

00010444 <__d_vfprintf>:
   10444:	4a9012ef          	jal	t0,120ec <__riscv_save_12>
   10448:	00454783          	lbu	a5,4(a0) # 13004 <__riscv_restore_0+0xec4>
   1044c:	7139                	add	sp,sp,-64
   1044e:	c02a                	sw	a0,0(sp)
   10450:	c42e                	sw	a1,8(sp)
   10452:	c632                	sw	a2,12(sp)
   10454:	8b89                	and	a5,a5,2
   10456:	00852a03          	lw	s4,8(a0)
   1045a:	c785                	beqz	a5,10482 <__d_vfprintf+0x3e>
   1045c:	d232                	sw	a2,36(sp)
   1045e:	87ae                	mv	a5,a1
   10460:	4401                	li	s0,0
   10462:	0007c903          	lbu	s2,0(a5)
   10466:	00090f63          	beqz	s2,10484 <__d_vfprintf+0x40>
   1046a:	02500713          	li	a4,37
   1046e:	00e90f63          	beq	s2,a4,1048c <__d_vfprintf+0x48>
   10472:	0785                	add	a5,a5,1
   10474:	c23e                	sw	a5,4(sp)
   10476:	4582                	lw	a1,0(sp)
   10478:	854a                	mv	a0,s2
   1047a:	0405                	add	s0,s0,1
   1047c:	9a02                	jalr	s4
   1047e:	26055de3          	bgez	a0,10ef8 <__d_vfprintf+0xab4>
   10482:	547d                	li	s0,-1
   10484:	8522                	mv	a0,s0
   10486:	6121                	add	sp,sp,64
   10488:	4a10106f          	j	12128 <__riscv_restore_12>
   1048c:	0017c903          	lbu	s2,1(a5)
   10490:	00278713          	add	a4,a5,2
   10494:	c23a                	sw	a4,4(sp)
   10496:	02500793          	li	a5,37
   1049a:	fcf90ee3          	beq	s2,a5,10476 <__d_vfprintf+0x32>
   1049e:	64cd                	lui	s1,0x13
   104a0:	4a81                	li	s5,0
   104a2:	4d01                	li	s10,0
   104a4:	4b01                	li	s6,0
   104a6:	4d81                	li	s11,0
   104a8:	06c00993          	li	s3,108
   104ac:	07400b93          	li	s7,116
   104b0:	07a00c13          	li	s8,122
   104b4:	06800c93          	li	s9,104
   104b8:	06048493          	add	s1,s1,96 # 13060 <CSWTCH.24+0x38>
   104bc:	47fd                	li	a5,31
   104be:	07b7e163          	bltu	a5,s11,10520 <__d_vfprintf+0xdc>
   104c2:	fe090793          	add	a5,s2,-32
   104c6:	0ff7f793          	zext.b	a5,a5
   104ca:	4741                	li	a4,16
   104cc:	00f76663          	bltu	a4,a5,104d8 <__d_vfprintf+0x94>
   104d0:	078a                	sll	a5,a5,0x2
   104d2:	97a6                	add	a5,a5,s1
   104d4:	439c                	lw	a5,0(a5)
   104d6:	8782                	jr	a5
   104d8:	fd090793          	add	a5,s2,-48
   104dc:	0ff7f793          	zext.b	a5,a5
   104e0:	4725                	li	a4,9
   104e2:	06f76463          	bltu	a4,a5,1054a <__d_vfprintf+0x106>
   104e6:	46a9                	li	a3,10
   104e8:	02db06b3          	mul	a3,s6,a3
   104ec:	00f68b33          	add	s6,a3,a5
   104f0:	020ded93          	or	s11,s11,32
   104f4:	a019                	j	104fa <__d_vfprintf+0xb6>
   104f6:	001ded93          	or	s11,s11,1
   104fa:	4792                	lw	a5,4(sp)
   104fc:	0007c903          	lbu	s2,0(a5)
   10500:	0785                	add	a5,a5,1
   10502:	c23e                	sw	a5,4(sp)
   10504:	fa091ce3          	bnez	s2,104bc <__d_vfprintf+0x78>
   10508:	a0dd                	j	105ee <__d_vfprintf+0x1aa>
   1050a:	002ded93          	or	s11,s11,2
   1050e:	004ded93          	or	s11,s11,4
   10512:	b7e5                	j	104fa <__d_vfprintf+0xb6>
   10514:	008ded93          	or	s11,s11,8
   10518:	b7cd                	j	104fa <__d_vfprintf+0xb6>
   1051a:	010ded93          	or	s11,s11,16
   1051e:	bff1                	j	104fa <__d_vfprintf+0xb6>
   10520:	07f00793          	li	a5,127
   10524:	0bb7e763          	bltu	a5,s11,105d2 <__d_vfprintf+0x18e>
   10528:	fd090693          	add	a3,s2,-48
   1052c:	0ff6f693          	zext.b	a3,a3
   10530:	47a5                	li	a5,9
   10532:	00d7ec63          	bltu	a5,a3,1054a <__d_vfprintf+0x106>
   10536:	040df613          	and	a2,s11,64
   1053a:	87b6                	mv	a5,a3
   1053c:	d64d                	beqz	a2,104e6 <__d_vfprintf+0xa2>
   1053e:	47a9                	li	a5,10
   10540:	02fd07b3          	mul	a5,s10,a5
   10544:	00d78d33          	add	s10,a5,a3
   10548:	bf4d                	j	104fa <__d_vfprintf+0xb6>
   1054a:	02a00793          	li	a5,42
   1054e:	02f91663          	bne	s2,a5,1057a <__d_vfprintf+0x136>
   10552:	fa0a94e3          	bnez	s5,104fa <__d_vfprintf+0xb6>
   10556:	5692                	lw	a3,36(sp)
   10558:	040df793          	and	a5,s11,64
   1055c:	00468613          	add	a2,a3,4
   10560:	4294                	lw	a3,0(a3)
   10562:	d232                	sw	a2,36(sp)
   10564:	c399                	beqz	a5,1056a <__d_vfprintf+0x126>
   10566:	8d36                	mv	s10,a3
   10568:	bf49                	j	104fa <__d_vfprintf+0xb6>
   1056a:	8b36                	mv	s6,a3
   1056c:	f806d2e3          	bgez	a3,104f0 <__d_vfprintf+0xac>
   10570:	40d00b33          	neg	s6,a3
   10574:	028ded93          	or	s11,s11,40
   10578:	b749                	j	104fa <__d_vfprintf+0xb6>
   1057a:	02e00793          	li	a5,46
   1057e:	00f91963          	bne	s2,a5,10590 <__d_vfprintf+0x14c>
   10582:	040df793          	and	a5,s11,64
   10586:	ee079fe3          	bnez	a5,10484 <__d_vfprintf+0x40>
   1058a:	040ded93          	or	s11,s11,64
   1058e:	b7b5                	j	104fa <__d_vfprintf+0xb6>
   10590:	02400793          	li	a5,36
   10594:	02f91f63          	bne	s2,a5,105d2 <__d_vfprintf+0x18e>
   10598:	120a8a63          	beqz	s5,106cc <__d_vfprintf+0x288>
   1059c:	47b2                	lw	a5,12(sp)
   1059e:	d23e                	sw	a5,36(sp)
   105a0:	040df793          	and	a5,s11,64
   105a4:	ef81                	bnez	a5,105bc <__d_vfprintf+0x178>
   105a6:	4522                	lw	a0,8(sp)
   105a8:	865a                	mv	a2,s6
   105aa:	104c                	add	a1,sp,36
   105ac:	3321                	jal	102b4 <skip_to_arg>
   105ae:	5792                	lw	a5,36(sp)
   105b0:	00478693          	add	a3,a5,4
   105b4:	0007ab03          	lw	s6,0(a5)
   105b8:	d236                	sw	a3,36(sp)
   105ba:	b781                	j	104fa <__d_vfprintf+0xb6>
   105bc:	4522                	lw	a0,8(sp)
   105be:	866a                	mv	a2,s10
   105c0:	104c                	add	a1,sp,36
   105c2:	39cd                	jal	102b4 <skip_to_arg>
   105c4:	5792                	lw	a5,36(sp)
   105c6:	00478693          	add	a3,a5,4
   105ca:	0007ad03          	lw	s10,0(a5)
   105ce:	d236                	sw	a3,36(sp)
   105d0:	b72d                	j	104fa <__d_vfprintf+0xb6>
   105d2:	0d390a63          	beq	s2,s3,106a6 <__d_vfprintf+0x262>
   105d6:	0d29e363          	bltu	s3,s2,1069c <__d_vfprintf+0x258>
   105da:	0d990e63          	beq	s2,s9,106b6 <__d_vfprintf+0x272>
   105de:	06a00793          	li	a5,106
   105e2:	0ef90263          	beq	s2,a5,106c6 <__d_vfprintf+0x282>
   105e6:	04c00793          	li	a5,76
   105ea:	0cf90e63          	beq	s2,a5,106c6 <__d_vfprintf+0x282>
   105ee:	000a8863          	beqz	s5,105fe <__d_vfprintf+0x1ba>
   105f2:	47b2                	lw	a5,12(sp)
   105f4:	4522                	lw	a0,8(sp)
   105f6:	8656                	mv	a2,s5
   105f8:	104c                	add	a1,sp,36
   105fa:	d23e                	sw	a5,36(sp)
   105fc:	3965                	jal	102b4 <skip_to_arg>
   105fe:	000d5963          	bgez	s10,10610 <__d_vfprintf+0x1cc>
   10602:	fbfdf813          	and	a6,s11,-65
   10606:	01081d93          	sll	s11,a6,0x10
   1060a:	010ddd93          	srl	s11,s11,0x10
   1060e:	4d01                	li	s10,0
   10610:	02096c93          	or	s9,s2,32
   10614:	f9bc8793          	add	a5,s9,-101
   10618:	0ff7f793          	zext.b	a5,a5
   1061c:	4709                	li	a4,2
   1061e:	0af77d63          	bgeu	a4,a5,106d8 <__d_vfprintf+0x294>
   10622:	06100793          	li	a5,97
   10626:	68fc9f63          	bne	s9,a5,10cc4 <__d_vfprintf+0x880>
   1062a:	5792                	lw	a5,36(sp)
   1062c:	6a89                	lui	s5,0x2
   1062e:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10632:	079d                	add	a5,a5,7
   10634:	9be1                	and	a5,a5,-8
   10636:	0047ab83          	lw	s7,4(a5)
   1063a:	0007a883          	lw	a7,0(a5)
   1063e:	00878713          	add	a4,a5,8
   10642:	414bd993          	sra	s3,s7,0x14
   10646:	00cb9c13          	sll	s8,s7,0xc
   1064a:	7ff9f993          	and	s3,s3,2047
   1064e:	00cc5c93          	srl	s9,s8,0xc
   10652:	015deab3          	or	s5,s11,s5
   10656:	0119e533          	or	a0,s3,a7
   1065a:	fff94913          	not	s2,s2
   1065e:	0ac2                	sll	s5,s5,0x10
   10660:	d23a                	sw	a4,36(sp)
   10662:	019567b3          	or	a5,a0,s9
   10666:	02097913          	and	s2,s2,32
   1066a:	010ada93          	srl	s5,s5,0x10
   1066e:	86c6                	mv	a3,a7
   10670:	8c66                	mv	s8,s9
   10672:	040df813          	and	a6,s11,64
   10676:	01fbdb93          	srl	s7,s7,0x1f
   1067a:	ebdd                	bnez	a5,10730 <__d_vfprintf+0x2ec>
   1067c:	03000793          	li	a5,48
   10680:	0ffbfb93          	zext.b	s7,s7
   10684:	02f106a3          	sb	a5,45(sp)
   10688:	03710623          	sb	s7,44(sp)
   1068c:	24080d63          	beqz	a6,108e6 <__d_vfprintf+0x4a2>
   10690:	47b1                	li	a5,12
   10692:	4981                	li	s3,0
   10694:	0da7d263          	bge	a5,s10,10758 <__d_vfprintf+0x314>
   10698:	4d35                	li	s10,13
   1069a:	aa85                	j	1080a <__d_vfprintf+0x3c6>
   1069c:	e5790fe3          	beq	s2,s7,104fa <__d_vfprintf+0xb6>
   106a0:	e5890de3          	beq	s2,s8,104fa <__d_vfprintf+0xb6>
   106a4:	b7a9                	j	105ee <__d_vfprintf+0x1aa>
   106a6:	080df793          	and	a5,s11,128
   106aa:	c399                	beqz	a5,106b0 <__d_vfprintf+0x26c>
   106ac:	200ded93          	or	s11,s11,512
   106b0:	080ded93          	or	s11,s11,128
   106b4:	b599                	j	104fa <__d_vfprintf+0xb6>
   106b6:	100df793          	and	a5,s11,256
   106ba:	c399                	beqz	a5,106c0 <__d_vfprintf+0x27c>
   106bc:	200ded93          	or	s11,s11,512
   106c0:	100ded93          	or	s11,s11,256
   106c4:	bd1d                	j	104fa <__d_vfprintf+0xb6>
   106c6:	280ded93          	or	s11,s11,640
   106ca:	bd05                	j	104fa <__d_vfprintf+0xb6>
   106cc:	875a                	mv	a4,s6
   106ce:	4d01                	li	s10,0
   106d0:	4b01                	li	s6,0
   106d2:	8aba                	mv	s5,a4
   106d4:	4d81                	li	s11,0
   106d6:	b515                	j	104fa <__d_vfprintf+0xb6>
   106d8:	5792                	lw	a5,36(sp)
   106da:	fff94913          	not	s2,s2
   106de:	02097913          	and	s2,s2,32
   106e2:	079d                	add	a5,a5,7
   106e4:	9be1                	and	a5,a5,-8
   106e6:	00878713          	add	a4,a5,8
   106ea:	4388                	lw	a0,0(a5)
   106ec:	43cc                	lw	a1,4(a5)
   106ee:	d23a                	sw	a4,36(sp)
   106f0:	040df793          	and	a5,s11,64
   106f4:	20078d63          	beqz	a5,1090e <__d_vfprintf+0x4ca>
   106f8:	06500793          	li	a5,101
   106fc:	20fc9b63          	bne	s9,a5,10912 <__d_vfprintf+0x4ce>
   10700:	6785                	lui	a5,0x1
   10702:	001d0613          	add	a2,s10,1
   10706:	00fdedb3          	or	s11,s11,a5
   1070a:	0ff67613          	zext.b	a2,a2
   1070e:	4701                	li	a4,0
   10710:	4781                	li	a5,0
   10712:	4345                	li	t1,17
   10714:	0ff67693          	zext.b	a3,a2
   10718:	00c37363          	bgeu	t1,a2,1071e <__d_vfprintf+0x2da>
   1071c:	46c5                	li	a3,17
   1071e:	1030                	add	a2,sp,40
   10720:	30d000ef          	jal	1122c <__dtoa_engine>
   10724:	0ff57b93          	zext.b	s7,a0
   10728:	59a2                	lw	s3,40(sp)
   1072a:	8aee                	mv	s5,s11
   1072c:	4c09                	li	s8,2
   1072e:	aa01                	j	1083e <__d_vfprintf+0x3fa>
   10730:	03100793          	li	a5,49
   10734:	00099563          	bnez	s3,1073e <__d_vfprintf+0x2fa>
   10738:	03000793          	li	a5,48
   1073c:	4985                	li	s3,1
   1073e:	0ffbfb93          	zext.b	s7,s7
   10742:	02f106a3          	sb	a5,45(sp)
   10746:	03710623          	sb	s7,44(sp)
   1074a:	c0198993          	add	s3,s3,-1023
   1074e:	18080363          	beqz	a6,108d4 <__d_vfprintf+0x490>
   10752:	47b1                	li	a5,12
   10754:	19a7c263          	blt	a5,s10,108d8 <__d_vfprintf+0x494>
   10758:	4335                	li	t1,13
   1075a:	41a30333          	sub	t1,t1,s10
   1075e:	00231d93          	sll	s11,t1,0x2
   10762:	fffd8613          	add	a2,s11,-1
   10766:	4505                	li	a0,1
   10768:	4581                	li	a1,0
   1076a:	ca46                	sw	a7,20(sp)
   1076c:	c836                	sw	a3,16(sp)
   1076e:	2a6010ef          	jal	11a14 <__ashldi3>
   10772:	84aa                	mv	s1,a0
   10774:	872e                	mv	a4,a1
   10776:	00171793          	sll	a5,a4,0x1
   1077a:	85aa                	mv	a1,a0
   1077c:	01f4d513          	srl	a0,s1,0x1f
   10780:	00149e13          	sll	t3,s1,0x1
   10784:	8fc9                	or	a5,a5,a0
   10786:	40f00c33          	neg	s8,a5
   1078a:	01c03533          	snez	a0,t3
   1078e:	48d2                	lw	a7,20(sp)
   10790:	41c00833          	neg	a6,t3
   10794:	40ac0c33          	sub	s8,s8,a0
   10798:	fffe0513          	add	a0,t3,-1
   1079c:	001e3e13          	seqz	t3,t3
   107a0:	41c787b3          	sub	a5,a5,t3
   107a4:	0197f7b3          	and	a5,a5,s9
   107a8:	01157533          	and	a0,a0,a7
   107ac:	02f74663          	blt	a4,a5,107d8 <__d_vfprintf+0x394>
   107b0:	46c2                	lw	a3,16(sp)
   107b2:	00e79463          	bne	a5,a4,107ba <__d_vfprintf+0x376>
   107b6:	02a5e163          	bltu	a1,a0,107d8 <__d_vfprintf+0x394>
   107ba:	8546                	mv	a0,a7
   107bc:	866e                	mv	a2,s11
   107be:	85e6                	mv	a1,s9
   107c0:	ce3a                	sw	a4,28(sp)
   107c2:	cc42                	sw	a6,24(sp)
   107c4:	ca36                	sw	a3,20(sp)
   107c6:	c846                	sw	a7,16(sp)
   107c8:	274010ef          	jal	11a3c <__ashrdi3>
   107cc:	8905                	and	a0,a0,1
   107ce:	48c2                	lw	a7,16(sp)
   107d0:	46d2                	lw	a3,20(sp)
   107d2:	4862                	lw	a6,24(sp)
   107d4:	4772                	lw	a4,28(sp)
   107d6:	c94d                	beqz	a0,10888 <__d_vfprintf+0x444>
   107d8:	00988533          	add	a0,a7,s1
   107dc:	01153db3          	sltu	s11,a0,a7
   107e0:	9766                	add	a4,a4,s9
   107e2:	00ed8cb3          	add	s9,s11,a4
   107e6:	001007b7          	lui	a5,0x100
   107ea:	86aa                	mv	a3,a0
   107ec:	08fcce63          	blt	s9,a5,10888 <__d_vfprintf+0x444>
   107f0:	02d14783          	lbu	a5,45(sp)
   107f4:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   107f6:	02f106a3          	sb	a5,45(sp)
   107fa:	40000793          	li	a5,1024
   107fe:	0af98163          	beq	s3,a5,108a0 <__d_vfprintf+0x45c>
   10802:	00a87533          	and	a0,a6,a0
   10806:	019c7c33          	and	s8,s8,s9
   1080a:	05700613          	li	a2,87
   1080e:	1034                	add	a3,sp,40
   10810:	4735                	li	a4,13
   10812:	45a5                	li	a1,9
   10814:	41260633          	sub	a2,a2,s2
   10818:	01cc1813          	sll	a6,s8,0x1c
   1081c:	00f57793          	and	a5,a0,15
   10820:	8111                	srl	a0,a0,0x4
   10822:	00a86533          	or	a0,a6,a0
   10826:	404c5c13          	sra	s8,s8,0x4
   1082a:	e7e1                	bnez	a5,108f2 <__d_vfprintf+0x4ae>
   1082c:	0ced5563          	bge	s10,a4,108f6 <__d_vfprintf+0x4b2>
   10830:	177d                	add	a4,a4,-1
   10832:	16fd                	add	a3,a3,-1
   10834:	f375                	bnez	a4,10818 <__d_vfprintf+0x3d4>
   10836:	4c05                	li	s8,1
   10838:	4bb9                	li	s7,14
   1083a:	07000c93          	li	s9,112
   1083e:	00998713          	add	a4,s3,9
   10842:	46c9                	li	a3,18
   10844:	87ce                	mv	a5,s3
   10846:	06e6e863          	bltu	a3,a4,108b6 <__d_vfprintf+0x472>
   1084a:	02c14703          	lbu	a4,44(sp)
   1084e:	00177d93          	and	s11,a4,1
   10852:	8b31                	and	a4,a4,12
   10854:	120d9963          	bnez	s11,10986 <__d_vfprintf+0x542>
   10858:	002af793          	and	a5,s5,2
   1085c:	12079163          	bnez	a5,1097e <__d_vfprintf+0x53a>
   10860:	004af793          	and	a5,s5,4
   10864:	cfe9                	beqz	a5,1093e <__d_vfprintf+0x4fa>
   10866:	12071463          	bnez	a4,1098e <__d_vfprintf+0x54a>
   1086a:	02000713          	li	a4,32
   1086e:	678d                	lui	a5,0x3
   10870:	00faf7b3          	and	a5,s5,a5
   10874:	1c079163          	bnez	a5,10a36 <__d_vfprintf+0x5f2>
   10878:	000d1363          	bnez	s10,1087e <__d_vfprintf+0x43a>
   1087c:	4d05                	li	s10,1
   1087e:	103c                	add	a5,sp,40
   10880:	97de                	add	a5,a5,s7
   10882:	03000693          	li	a3,48
   10886:	aa8d                	j	109f8 <__d_vfprintf+0x5b4>
   10888:	0106f6b3          	and	a3,a3,a6
   1088c:	018cfcb3          	and	s9,s9,s8
   10890:	40000793          	li	a5,1024
   10894:	04f99c63          	bne	s3,a5,108ec <__d_vfprintf+0x4a8>
   10898:	0196ecb3          	or	s9,a3,s9
   1089c:	040c8063          	beqz	s9,108dc <__d_vfprintf+0x498>
   108a0:	008beb93          	or	s7,s7,8
   108a4:	03710623          	sb	s7,44(sp)
   108a8:	40000993          	li	s3,1024
   108ac:	4bb9                	li	s7,14
   108ae:	07000c93          	li	s9,112
   108b2:	40000793          	li	a5,1024
   108b6:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   108ba:	0c600693          	li	a3,198
   108be:	4c09                	li	s8,2
   108c0:	f8e6f5e3          	bgeu	a3,a4,1084a <__d_vfprintf+0x406>
   108c4:	3e778793          	add	a5,a5,999
   108c8:	7ce00c13          	li	s8,1998
   108cc:	00fc3c33          	sltu	s8,s8,a5
   108d0:	0c0d                	add	s8,s8,3
   108d2:	bfa5                	j	1084a <__d_vfprintf+0x406>
   108d4:	4d01                	li	s10,0
   108d6:	bf6d                	j	10890 <__d_vfprintf+0x44c>
   108d8:	4d35                	li	s10,13
   108da:	bf5d                	j	10890 <__d_vfprintf+0x44c>
   108dc:	004beb93          	or	s7,s7,4
   108e0:	03710623          	sb	s7,44(sp)
   108e4:	b7e1                	j	108ac <__d_vfprintf+0x468>
   108e6:	4981                	li	s3,0
   108e8:	4d01                	li	s10,0
   108ea:	b705                	j	1080a <__d_vfprintf+0x3c6>
   108ec:	8536                	mv	a0,a3
   108ee:	8c66                	mv	s8,s9
   108f0:	bf29                	j	1080a <__d_vfprintf+0x3c6>
   108f2:	00f5ea63          	bltu	a1,a5,10906 <__d_vfprintf+0x4c2>
   108f6:	03078793          	add	a5,a5,48
   108fa:	00f68923          	sb	a5,18(a3)
   108fe:	f2ed59e3          	bge	s10,a4,10830 <__d_vfprintf+0x3ec>
   10902:	8d3a                	mv	s10,a4
   10904:	b735                	j	10830 <__d_vfprintf+0x3ec>
   10906:	97b2                	add	a5,a5,a2
   10908:	0ff7f793          	zext.b	a5,a5
   1090c:	b7fd                	j	108fa <__d_vfprintf+0x4b6>
   1090e:	4d19                	li	s10,6
   10910:	b3e5                	j	106f8 <__d_vfprintf+0x2b4>
   10912:	06600793          	li	a5,102
   10916:	00fc9963          	bne	s9,a5,10928 <__d_vfprintf+0x4e4>
   1091a:	6789                	lui	a5,0x2
   1091c:	00fdedb3          	or	s11,s11,a5
   10920:	4705                	li	a4,1
   10922:	87ea                	mv	a5,s10
   10924:	4645                	li	a2,17
   10926:	b3f5                	j	10712 <__d_vfprintf+0x2ce>
   10928:	0ffd7793          	zext.b	a5,s10
   1092c:	0ffd7613          	zext.b	a2,s10
   10930:	e391                	bnez	a5,10934 <__d_vfprintf+0x4f0>
   10932:	4605                	li	a2,1
   10934:	4701                	li	a4,0
   10936:	4781                	li	a5,0
   10938:	06500c93          	li	s9,101
   1093c:	bbd9                	j	10712 <__d_vfprintf+0x2ce>
   1093e:	db05                	beqz	a4,1086e <__d_vfprintf+0x42a>
   10940:	478d                	li	a5,3
   10942:	0967d063          	bge	a5,s6,109c2 <__d_vfprintf+0x57e>
   10946:	008afa93          	and	s5,s5,8
   1094a:	ffdb0493          	add	s1,s6,-3
   1094e:	000a9f63          	bnez	s5,1096c <__d_vfprintf+0x528>
   10952:	94a2                	add	s1,s1,s0
   10954:	4582                	lw	a1,0(sp)
   10956:	02000513          	li	a0,32
   1095a:	0405                	add	s0,s0,1
   1095c:	9a02                	jalr	s4
   1095e:	b20542e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10962:	fe8499e3          	bne	s1,s0,10954 <__d_vfprintf+0x510>
   10966:	4481                	li	s1,0
   10968:	020d9e63          	bnez	s11,109a4 <__d_vfprintf+0x560>
   1096c:	02c14783          	lbu	a5,44(sp)
   10970:	8ba1                	and	a5,a5,8
   10972:	efa5                	bnez	a5,109ea <__d_vfprintf+0x5a6>
   10974:	69cd                	lui	s3,0x13
   10976:	05098993          	add	s3,s3,80 # 13050 <CSWTCH.24+0x28>
   1097a:	8c22                	mv	s8,s0
   1097c:	a8b1                	j	109d8 <__d_vfprintf+0x594>
   1097e:	eb15                	bnez	a4,109b2 <__d_vfprintf+0x56e>
   10980:	02b00713          	li	a4,43
   10984:	b5ed                	j	1086e <__d_vfprintf+0x42a>
   10986:	eb0d                	bnez	a4,109b8 <__d_vfprintf+0x574>
   10988:	02d00713          	li	a4,45
   1098c:	b5cd                	j	1086e <__d_vfprintf+0x42a>
   1098e:	02000d93          	li	s11,32
   10992:	4791                	li	a5,4
   10994:	0367d563          	bge	a5,s6,109be <__d_vfprintf+0x57a>
   10998:	008afa93          	and	s5,s5,8
   1099c:	ffcb0493          	add	s1,s6,-4
   109a0:	fa0a89e3          	beqz	s5,10952 <__d_vfprintf+0x50e>
   109a4:	4582                	lw	a1,0(sp)
   109a6:	856e                	mv	a0,s11
   109a8:	0405                	add	s0,s0,1
   109aa:	9a02                	jalr	s4
   109ac:	fc0550e3          	bgez	a0,1096c <__d_vfprintf+0x528>
   109b0:	bcc9                	j	10482 <__d_vfprintf+0x3e>
   109b2:	02b00d93          	li	s11,43
   109b6:	bff1                	j	10992 <__d_vfprintf+0x54e>
   109b8:	02d00d93          	li	s11,45
   109bc:	bfd9                	j	10992 <__d_vfprintf+0x54e>
   109be:	4481                	li	s1,0
   109c0:	b7d5                	j	109a4 <__d_vfprintf+0x560>
   109c2:	4481                	li	s1,0
   109c4:	b765                	j	1096c <__d_vfprintf+0x528>
   109c6:	4582                	lw	a1,0(sp)
   109c8:	41250533          	sub	a0,a0,s2
   109cc:	0ff57513          	zext.b	a0,a0
   109d0:	0c05                	add	s8,s8,1
   109d2:	9a02                	jalr	s4
   109d4:	aa0547e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   109d8:	408c07b3          	sub	a5,s8,s0
   109dc:	97ce                	add	a5,a5,s3
   109de:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   109e2:	f175                	bnez	a0,109c6 <__d_vfprintf+0x582>
   109e4:	8462                	mv	s0,s8
   109e6:	94e2                	add	s1,s1,s8
   109e8:	ad39                	j	11006 <__d_vfprintf+0xbc2>
   109ea:	69cd                	lui	s3,0x13
   109ec:	05498993          	add	s3,s3,84 # 13054 <CSWTCH.24+0x2c>
   109f0:	b769                	j	1097a <__d_vfprintf+0x536>
   109f2:	1bfd                	add	s7,s7,-1
   109f4:	0ffbfb93          	zext.b	s7,s7
   109f8:	000b8763          	beqz	s7,10a06 <__d_vfprintf+0x5c2>
   109fc:	0047c603          	lbu	a2,4(a5)
   10a00:	17fd                	add	a5,a5,-1
   10a02:	fed608e3          	beq	a2,a3,109f2 <__d_vfprintf+0x5ae>
   10a06:	010af693          	and	a3,s5,16
   10a0a:	87ea                	mv	a5,s10
   10a0c:	e291                	bnez	a3,10a10 <__d_vfprintf+0x5cc>
   10a0e:	87de                	mv	a5,s7
   10a10:	56f1                	li	a3,-4
   10a12:	0ed9cc63          	blt	s3,a3,10b0a <__d_vfprintf+0x6c6>
   10a16:	0fa9da63          	bge	s3,s10,10b0a <__d_vfprintf+0x6c6>
   10a1a:	6689                	lui	a3,0x2
   10a1c:	00dae6b3          	or	a3,s5,a3
   10a20:	01069a93          	sll	s5,a3,0x10
   10a24:	010ada93          	srl	s5,s5,0x10
   10a28:	4d01                	li	s10,0
   10a2a:	00f9d663          	bge	s3,a5,10a36 <__d_vfprintf+0x5f2>
   10a2e:	00198893          	add	a7,s3,1
   10a32:	41178d33          	sub	s10,a5,a7
   10a36:	6d89                	lui	s11,0x2
   10a38:	01bafdb3          	and	s11,s5,s11
   10a3c:	0c0d8a63          	beqz	s11,10b10 <__d_vfprintf+0x6cc>
   10a40:	87ce                	mv	a5,s3
   10a42:	0009d363          	bgez	s3,10a48 <__d_vfprintf+0x604>
   10a46:	4781                	li	a5,0
   10a48:	0785                	add	a5,a5,1
   10a4a:	c311                	beqz	a4,10a4e <__d_vfprintf+0x60a>
   10a4c:	0785                	add	a5,a5,1
   10a4e:	0c0d0963          	beqz	s10,10b20 <__d_vfprintf+0x6dc>
   10a52:	001d0693          	add	a3,s10,1
   10a56:	97b6                	add	a5,a5,a3
   10a58:	4481                	li	s1,0
   10a5a:	0167d463          	bge	a5,s6,10a62 <__d_vfprintf+0x61e>
   10a5e:	40fb04b3          	sub	s1,s6,a5
   10a62:	009af793          	and	a5,s5,9
   10a66:	e789                	bnez	a5,10a70 <__d_vfprintf+0x62c>
   10a68:	94a2                	add	s1,s1,s0
   10a6a:	0c849063          	bne	s1,s0,10b2a <__d_vfprintf+0x6e6>
   10a6e:	4481                	li	s1,0
   10a70:	c719                	beqz	a4,10a7e <__d_vfprintf+0x63a>
   10a72:	4582                	lw	a1,0(sp)
   10a74:	853a                	mv	a0,a4
   10a76:	0405                	add	s0,s0,1
   10a78:	9a02                	jalr	s4
   10a7a:	a00544e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10a7e:	00bad793          	srl	a5,s5,0xb
   10a82:	8b85                	and	a5,a5,1
   10a84:	c395                	beqz	a5,10aa8 <__d_vfprintf+0x664>
   10a86:	4582                	lw	a1,0(sp)
   10a88:	03000513          	li	a0,48
   10a8c:	9a02                	jalr	s4
   10a8e:	9e054ae3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10a92:	07800513          	li	a0,120
   10a96:	4582                	lw	a1,0(sp)
   10a98:	41250533          	sub	a0,a0,s2
   10a9c:	0f857513          	and	a0,a0,248
   10aa0:	0409                	add	s0,s0,2
   10aa2:	9a02                	jalr	s4
   10aa4:	9c054fe3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10aa8:	008af793          	and	a5,s5,8
   10aac:	e791                	bnez	a5,10ab8 <__d_vfprintf+0x674>
   10aae:	8b22                	mv	s6,s0
   10ab0:	9426                	add	s0,s0,s1
   10ab2:	09641663          	bne	s0,s6,10b3e <__d_vfprintf+0x6fa>
   10ab6:	4481                	li	s1,0
   10ab8:	0c0d8f63          	beqz	s11,10b96 <__d_vfprintf+0x752>
   10abc:	8cce                	mv	s9,s3
   10abe:	0009d363          	bgez	s3,10ac4 <__d_vfprintf+0x680>
   10ac2:	4c81                	li	s9,0
   10ac4:	41998db3          	sub	s11,s3,s9
   10ac8:	41a00d33          	neg	s10,s10
   10acc:	5b7d                	li	s6,-1
   10ace:	03000513          	li	a0,48
   10ad2:	017df663          	bgeu	s11,s7,10ade <__d_vfprintf+0x69a>
   10ad6:	103c                	add	a5,sp,40
   10ad8:	97ee                	add	a5,a5,s11
   10ada:	0057c503          	lbu	a0,5(a5)
   10ade:	1cfd                	add	s9,s9,-1
   10ae0:	00140c13          	add	s8,s0,1
   10ae4:	07acc563          	blt	s9,s10,10b4e <__d_vfprintf+0x70a>
   10ae8:	4582                	lw	a1,0(sp)
   10aea:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   10aec:	9a02                	jalr	s4
   10aee:	98054ae3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10af2:	016c9a63          	bne	s9,s6,10b06 <__d_vfprintf+0x6c2>
   10af6:	4582                	lw	a1,0(sp)
   10af8:	02e00513          	li	a0,46
   10afc:	9a02                	jalr	s4
   10afe:	980542e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10b02:	00240c13          	add	s8,s0,2
   10b06:	8462                	mv	s0,s8
   10b08:	b7d9                	j	10ace <__d_vfprintf+0x68a>
   10b0a:	fff78d13          	add	s10,a5,-1
   10b0e:	b725                	j	10a36 <__d_vfprintf+0x5f2>
   10b10:	00bad693          	srl	a3,s5,0xb
   10b14:	8a85                	and	a3,a3,1
   10b16:	478d                	li	a5,3
   10b18:	c291                	beqz	a3,10b1c <__d_vfprintf+0x6d8>
   10b1a:	4795                	li	a5,5
   10b1c:	97e2                	add	a5,a5,s8
   10b1e:	b735                	j	10a4a <__d_vfprintf+0x606>
   10b20:	010af693          	and	a3,s5,16
   10b24:	da95                	beqz	a3,10a58 <__d_vfprintf+0x614>
   10b26:	0785                	add	a5,a5,1
   10b28:	bf05                	j	10a58 <__d_vfprintf+0x614>
   10b2a:	4582                	lw	a1,0(sp)
   10b2c:	02000513          	li	a0,32
   10b30:	c83a                	sw	a4,16(sp)
   10b32:	9a02                	jalr	s4
   10b34:	4742                	lw	a4,16(sp)
   10b36:	0405                	add	s0,s0,1
   10b38:	f20559e3          	bgez	a0,10a6a <__d_vfprintf+0x626>
   10b3c:	b299                	j	10482 <__d_vfprintf+0x3e>
   10b3e:	4582                	lw	a1,0(sp)
   10b40:	03000513          	li	a0,48
   10b44:	0b05                	add	s6,s6,1
   10b46:	9a02                	jalr	s4
   10b48:	f60555e3          	bgez	a0,10ab2 <__d_vfprintf+0x66e>
   10b4c:	ba1d                	j	10482 <__d_vfprintf+0x3e>
   10b4e:	033c9063          	bne	s9,s3,10b6e <__d_vfprintf+0x72a>
   10b52:	02d14703          	lbu	a4,45(sp)
   10b56:	03500793          	li	a5,53
   10b5a:	00e7e863          	bltu	a5,a4,10b6a <__d_vfprintf+0x726>
   10b5e:	00f71863          	bne	a4,a5,10b6e <__d_vfprintf+0x72a>
   10b62:	02c14783          	lbu	a5,44(sp)
   10b66:	8bc1                	and	a5,a5,16
   10b68:	e399                	bnez	a5,10b6e <__d_vfprintf+0x72a>
   10b6a:	03100513          	li	a0,49
   10b6e:	4582                	lw	a1,0(sp)
   10b70:	9a02                	jalr	s4
   10b72:	900548e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10b76:	010afa93          	and	s5,s5,16
   10b7a:	e60a85e3          	beqz	s5,109e4 <__d_vfprintf+0x5a0>
   10b7e:	57fd                	li	a5,-1
   10b80:	e6fc92e3          	bne	s9,a5,109e4 <__d_vfprintf+0x5a0>
   10b84:	4582                	lw	a1,0(sp)
   10b86:	00240c13          	add	s8,s0,2
   10b8a:	02e00513          	li	a0,46
   10b8e:	9a02                	jalr	s4
   10b90:	e4055ae3          	bgez	a0,109e4 <__d_vfprintf+0x5a0>
   10b94:	b0fd                	j	10482 <__d_vfprintf+0x3e>
   10b96:	02d14503          	lbu	a0,45(sp)
   10b9a:	03100793          	li	a5,49
   10b9e:	00f50763          	beq	a0,a5,10bac <__d_vfprintf+0x768>
   10ba2:	02c14783          	lbu	a5,44(sp)
   10ba6:	9bbd                	and	a5,a5,-17
   10ba8:	02f10623          	sb	a5,44(sp)
   10bac:	4582                	lw	a1,0(sp)
   10bae:	9a02                	jalr	s4
   10bb0:	8c0549e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10bb4:	0da05a63          	blez	s10,10c88 <__d_vfprintf+0x844>
   10bb8:	4582                	lw	a1,0(sp)
   10bba:	02e00513          	li	a0,46
   10bbe:	0409                	add	s0,s0,2
   10bc0:	9a02                	jalr	s4
   10bc2:	8c0540e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10bc6:	4a85                	li	s5,1
   10bc8:	4785                	li	a5,1
   10bca:	0405                	add	s0,s0,1
   10bcc:	03000513          	li	a0,48
   10bd0:	017af863          	bgeu	s5,s7,10be0 <__d_vfprintf+0x79c>
   10bd4:	02078793          	add	a5,a5,32
   10bd8:	1018                	add	a4,sp,32
   10bda:	97ba                	add	a5,a5,a4
   10bdc:	fed7c503          	lbu	a0,-19(a5)
   10be0:	4582                	lw	a1,0(sp)
   10be2:	9a02                	jalr	s4
   10be4:	88054fe3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10be8:	0a85                	add	s5,s5,1
   10bea:	0ffafa93          	zext.b	s5,s5
   10bee:	87d6                	mv	a5,s5
   10bf0:	fd5d5de3          	bge	s10,s5,10bca <__d_vfprintf+0x786>
   10bf4:	4582                	lw	a1,0(sp)
   10bf6:	412c8533          	sub	a0,s9,s2
   10bfa:	0ff57513          	zext.b	a0,a0
   10bfe:	9a02                	jalr	s4
   10c00:	880541e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10c04:	0009ca63          	bltz	s3,10c18 <__d_vfprintf+0x7d4>
   10c08:	02b00513          	li	a0,43
   10c0c:	00099a63          	bnez	s3,10c20 <__d_vfprintf+0x7dc>
   10c10:	02c14783          	lbu	a5,44(sp)
   10c14:	8bc1                	and	a5,a5,16
   10c16:	c789                	beqz	a5,10c20 <__d_vfprintf+0x7dc>
   10c18:	413009b3          	neg	s3,s3
   10c1c:	02d00513          	li	a0,45
   10c20:	4582                	lw	a1,0(sp)
   10c22:	9a02                	jalr	s4
   10c24:	84054fe3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10c28:	4791                	li	a5,4
   10c2a:	06fc1e63          	bne	s8,a5,10ca6 <__d_vfprintf+0x862>
   10c2e:	3e800913          	li	s2,1000
   10c32:	0329c533          	div	a0,s3,s2
   10c36:	4582                	lw	a1,0(sp)
   10c38:	040d                	add	s0,s0,3
   10c3a:	03050513          	add	a0,a0,48
   10c3e:	0ff57513          	zext.b	a0,a0
   10c42:	9a02                	jalr	s4
   10c44:	82054fe3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10c48:	0329e9b3          	rem	s3,s3,s2
   10c4c:	06400913          	li	s2,100
   10c50:	4582                	lw	a1,0(sp)
   10c52:	0405                	add	s0,s0,1
   10c54:	0329c533          	div	a0,s3,s2
   10c58:	03050513          	add	a0,a0,48
   10c5c:	0ff57513          	zext.b	a0,a0
   10c60:	9a02                	jalr	s4
   10c62:	820540e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10c66:	0329e9b3          	rem	s3,s3,s2
   10c6a:	4929                	li	s2,10
   10c6c:	4582                	lw	a1,0(sp)
   10c6e:	0405                	add	s0,s0,1
   10c70:	0329c533          	div	a0,s3,s2
   10c74:	03050513          	add	a0,a0,48
   10c78:	0ff57513          	zext.b	a0,a0
   10c7c:	9a02                	jalr	s4
   10c7e:	800542e3          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10c82:	0329e9b3          	rem	s3,s3,s2
   10c86:	a03d                	j	10cb4 <__d_vfprintf+0x870>
   10c88:	010afa93          	and	s5,s5,16
   10c8c:	000a9463          	bnez	s5,10c94 <__d_vfprintf+0x850>
   10c90:	0405                	add	s0,s0,1
   10c92:	b78d                	j	10bf4 <__d_vfprintf+0x7b0>
   10c94:	4582                	lw	a1,0(sp)
   10c96:	02e00513          	li	a0,46
   10c9a:	0409                	add	s0,s0,2
   10c9c:	9a02                	jalr	s4
   10c9e:	f4055be3          	bgez	a0,10bf4 <__d_vfprintf+0x7b0>
   10ca2:	fe0ff06f          	j	10482 <__d_vfprintf+0x3e>
   10ca6:	478d                	li	a5,3
   10ca8:	0409                	add	s0,s0,2
   10caa:	fafc01e3          	beq	s8,a5,10c4c <__d_vfprintf+0x808>
   10cae:	4785                	li	a5,1
   10cb0:	fafc1de3          	bne	s8,a5,10c6a <__d_vfprintf+0x826>
   10cb4:	03098513          	add	a0,s3,48
   10cb8:	4582                	lw	a1,0(sp)
   10cba:	00140c13          	add	s8,s0,1
   10cbe:	0ff57513          	zext.b	a0,a0
   10cc2:	b5f1                	j	10b8e <__d_vfprintf+0x74a>
   10cc4:	f9d90793          	add	a5,s2,-99
   10cc8:	0ff7f793          	zext.b	a5,a5
   10ccc:	4749                	li	a4,18
   10cce:	1ef76d63          	bltu	a4,a5,10ec8 <__d_vfprintf+0xa84>
   10cd2:	674d                	lui	a4,0x13
   10cd4:	078a                	sll	a5,a5,0x2
   10cd6:	0a470713          	add	a4,a4,164 # 130a4 <CSWTCH.24+0x7c>
   10cda:	97ba                	add	a5,a5,a4
   10cdc:	439c                	lw	a5,0(a5)
   10cde:	8782                	jr	a5
   10ce0:	5792                	lw	a5,36(sp)
   10ce2:	4485                	li	s1,1
   10ce4:	02810993          	add	s3,sp,40
   10ce8:	00478713          	add	a4,a5,4
   10cec:	439c                	lw	a5,0(a5)
   10cee:	d23a                	sw	a4,36(sp)
   10cf0:	02f10423          	sb	a5,40(sp)
   10cf4:	008df813          	and	a6,s11,8
   10cf8:	04080d63          	beqz	a6,10d52 <__d_vfprintf+0x90e>
   10cfc:	4901                	li	s2,0
   10cfe:	05249c63          	bne	s1,s2,10d56 <__d_vfprintf+0x912>
   10d02:	00940c33          	add	s8,s0,s1
   10d06:	409b04b3          	sub	s1,s6,s1
   10d0a:	b9e9                	j	109e4 <__d_vfprintf+0x5a0>
   10d0c:	5792                	lw	a5,36(sp)
   10d0e:	00478713          	add	a4,a5,4
   10d12:	d23a                	sw	a4,36(sp)
   10d14:	0007a983          	lw	s3,0(a5)
   10d18:	00099563          	bnez	s3,10d22 <__d_vfprintf+0x8de>
   10d1c:	69cd                	lui	s3,0x13
   10d1e:	05898993          	add	s3,s3,88 # 13058 <CSWTCH.24+0x30>
   10d22:	040df793          	and	a5,s11,64
   10d26:	55fd                	li	a1,-1
   10d28:	c391                	beqz	a5,10d2c <__d_vfprintf+0x8e8>
   10d2a:	85ea                	mv	a1,s10
   10d2c:	854e                	mv	a0,s3
   10d2e:	4a7000ef          	jal	119d4 <strnlen>
   10d32:	84aa                	mv	s1,a0
   10d34:	b7c1                	j	10cf4 <__d_vfprintf+0x8b0>
   10d36:	4582                	lw	a1,0(sp)
   10d38:	02000513          	li	a0,32
   10d3c:	9a02                	jalr	s4
   10d3e:	f4054263          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10d42:	197d                	add	s2,s2,-1
   10d44:	ff24e9e3          	bltu	s1,s2,10d36 <__d_vfprintf+0x8f2>
   10d48:	945a                	add	s0,s0,s6
   10d4a:	41240433          	sub	s0,s0,s2
   10d4e:	8b4a                	mv	s6,s2
   10d50:	b775                	j	10cfc <__d_vfprintf+0x8b8>
   10d52:	895a                	mv	s2,s6
   10d54:	bfc5                	j	10d44 <__d_vfprintf+0x900>
   10d56:	012987b3          	add	a5,s3,s2
   10d5a:	4582                	lw	a1,0(sp)
   10d5c:	0007c503          	lbu	a0,0(a5)
   10d60:	0905                	add	s2,s2,1
   10d62:	9a02                	jalr	s4
   10d64:	f8055de3          	bgez	a0,10cfe <__d_vfprintf+0x8ba>
   10d68:	f1aff06f          	j	10482 <__d_vfprintf+0x3e>
   10d6c:	080df713          	and	a4,s11,128
   10d70:	5792                	lw	a5,36(sp)
   10d72:	cf49                	beqz	a4,10e0c <__d_vfprintf+0x9c8>
   10d74:	200df713          	and	a4,s11,512
   10d78:	c359                	beqz	a4,10dfe <__d_vfprintf+0x9ba>
   10d7a:	079d                	add	a5,a5,7
   10d7c:	9be1                	and	a5,a5,-8
   10d7e:	4388                	lw	a0,0(a5)
   10d80:	43cc                	lw	a1,4(a5)
   10d82:	00878713          	add	a4,a5,8
   10d86:	d23a                	sw	a4,36(sp)
   10d88:	fefdf993          	and	s3,s11,-17
   10d8c:	09c2                	sll	s3,s3,0x10
   10d8e:	0109d993          	srl	s3,s3,0x10
   10d92:	0805dd63          	bgez	a1,10e2c <__d_vfprintf+0x9e8>
   10d96:	00a037b3          	snez	a5,a0
   10d9a:	40b005b3          	neg	a1,a1
   10d9e:	8d9d                	sub	a1,a1,a5
   10da0:	40a00533          	neg	a0,a0
   10da4:	4009e993          	or	s3,s3,1024
   10da8:	02810a93          	add	s5,sp,40
   10dac:	46a9                	li	a3,10
   10dae:	8656                	mv	a2,s5
   10db0:	c98ff0ef          	jal	10248 <__ultoa_invert>
   10db4:	0409f793          	and	a5,s3,64
   10db8:	41550ab3          	sub	s5,a0,s5
   10dbc:	c7f5                	beqz	a5,10ea8 <__d_vfprintf+0xa64>
   10dbe:	ffe9f793          	and	a5,s3,-2
   10dc2:	07c2                	sll	a5,a5,0x10
   10dc4:	83c1                	srl	a5,a5,0x10
   10dc6:	19aad563          	bge	s5,s10,10f50 <__d_vfprintf+0xb0c>
   10dca:	16090c63          	beqz	s2,10f42 <__d_vfprintf+0xafe>
   10dce:	0109fc13          	and	s8,s3,16
   10dd2:	84ea                	mv	s1,s10
   10dd4:	89be                	mv	s3,a5
   10dd6:	060c0a63          	beqz	s8,10e4a <__d_vfprintf+0xa06>
   10dda:	0489                	add	s1,s1,2
   10ddc:	0089f793          	and	a5,s3,8
   10de0:	18079a63          	bnez	a5,10f74 <__d_vfprintf+0xb30>
   10de4:	0019f793          	and	a5,s3,1
   10de8:	cb89                	beqz	a5,10dfa <__d_vfprintf+0x9b6>
   10dea:	8d56                	mv	s10,s5
   10dec:	0164d763          	bge	s1,s6,10dfa <__d_vfprintf+0x9b6>
   10df0:	409b04b3          	sub	s1,s6,s1
   10df4:	01548d33          	add	s10,s1,s5
   10df8:	84da                	mv	s1,s6
   10dfa:	8ba6                	mv	s7,s1
   10dfc:	a2ad                	j	10f66 <__d_vfprintf+0xb22>
   10dfe:	4388                	lw	a0,0(a5)
   10e00:	00478713          	add	a4,a5,4
   10e04:	d23a                	sw	a4,36(sp)
   10e06:	41f55593          	sra	a1,a0,0x1f
   10e0a:	bfbd                	j	10d88 <__d_vfprintf+0x944>
   10e0c:	00478713          	add	a4,a5,4
   10e10:	4388                	lw	a0,0(a5)
   10e12:	d23a                	sw	a4,36(sp)
   10e14:	100df793          	and	a5,s11,256
   10e18:	d7fd                	beqz	a5,10e06 <__d_vfprintf+0x9c2>
   10e1a:	200df793          	and	a5,s11,512
   10e1e:	c781                	beqz	a5,10e26 <__d_vfprintf+0x9e2>
   10e20:	0562                	sll	a0,a0,0x18
   10e22:	8561                	sra	a0,a0,0x18
   10e24:	b7cd                	j	10e06 <__d_vfprintf+0x9c2>
   10e26:	0542                	sll	a0,a0,0x10
   10e28:	8541                	sra	a0,a0,0x10
   10e2a:	bff1                	j	10e06 <__d_vfprintf+0x9c2>
   10e2c:	00b567b3          	or	a5,a0,a1
   10e30:	ffa5                	bnez	a5,10da8 <__d_vfprintf+0x964>
   10e32:	040df793          	and	a5,s11,64
   10e36:	dbad                	beqz	a5,10da8 <__d_vfprintf+0x964>
   10e38:	f60d18e3          	bnez	s10,10da8 <__d_vfprintf+0x964>
   10e3c:	feedf993          	and	s3,s11,-18
   10e40:	09c2                	sll	s3,s3,0x10
   10e42:	0109d993          	srl	s3,s3,0x10
   10e46:	4a81                	li	s5,0
   10e48:	4481                	li	s1,0
   10e4a:	4069fc13          	and	s8,s3,1030
   10e4e:	f80c07e3          	beqz	s8,10ddc <__d_vfprintf+0x998>
   10e52:	0485                	add	s1,s1,1
   10e54:	4c01                	li	s8,0
   10e56:	b759                	j	10ddc <__d_vfprintf+0x998>
   10e58:	fefdf813          	and	a6,s11,-17
   10e5c:	01081d93          	sll	s11,a6,0x10
   10e60:	010ddd93          	srl	s11,s11,0x10
   10e64:	46a9                	li	a3,10
   10e66:	080df713          	and	a4,s11,128
   10e6a:	5792                	lw	a5,36(sp)
   10e6c:	c355                	beqz	a4,10f10 <__d_vfprintf+0xacc>
   10e6e:	200df713          	and	a4,s11,512
   10e72:	cb49                	beqz	a4,10f04 <__d_vfprintf+0xac0>
   10e74:	079d                	add	a5,a5,7
   10e76:	9be1                	and	a5,a5,-8
   10e78:	4388                	lw	a0,0(a5)
   10e7a:	43cc                	lw	a1,4(a5)
   10e7c:	00878713          	add	a4,a5,8
   10e80:	d23a                	sw	a4,36(sp)
   10e82:	00b567b3          	or	a5,a0,a1
   10e86:	e7cd                	bnez	a5,10f30 <__d_vfprintf+0xaec>
   10e88:	fe9df993          	and	s3,s11,-23
   10e8c:	09c2                	sll	s3,s3,0x10
   10e8e:	040df793          	and	a5,s11,64
   10e92:	0109d993          	srl	s3,s3,0x10
   10e96:	c3dd                	beqz	a5,10f3c <__d_vfprintf+0xaf8>
   10e98:	0a0d1263          	bnez	s10,10f3c <__d_vfprintf+0xaf8>
   10e9c:	fe8df993          	and	s3,s11,-24
   10ea0:	09c2                	sll	s3,s3,0x10
   10ea2:	0109d993          	srl	s3,s3,0x10
   10ea6:	4a81                	li	s5,0
   10ea8:	0109fc13          	and	s8,s3,16
   10eac:	0a0c0463          	beqz	s8,10f54 <__d_vfprintf+0xb10>
   10eb0:	001a8493          	add	s1,s5,1
   10eb4:	f20904e3          	beqz	s2,10ddc <__d_vfprintf+0x998>
   10eb8:	84d6                	mv	s1,s5
   10eba:	b705                	j	10dda <__d_vfprintf+0x996>
   10ebc:	010ded93          	or	s11,s11,16
   10ec0:	46c1                	li	a3,16
   10ec2:	07800913          	li	s2,120
   10ec6:	b745                	j	10e66 <__d_vfprintf+0xa22>
   10ec8:	07800793          	li	a5,120
   10ecc:	00fc9a63          	bne	s9,a5,10ee0 <__d_vfprintf+0xa9c>
   10ed0:	05800793          	li	a5,88
   10ed4:	46c1                	li	a3,16
   10ed6:	f8f918e3          	bne	s2,a5,10e66 <__d_vfprintf+0xa22>
   10eda:	21000693          	li	a3,528
   10ede:	b761                	j	10e66 <__d_vfprintf+0xa22>
   10ee0:	4582                	lw	a1,0(sp)
   10ee2:	02500513          	li	a0,37
   10ee6:	9a02                	jalr	s4
   10ee8:	d8054d63          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10eec:	4582                	lw	a1,0(sp)
   10eee:	854a                	mv	a0,s2
   10ef0:	9a02                	jalr	s4
   10ef2:	d8054863          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10ef6:	0409                	add	s0,s0,2
   10ef8:	4792                	lw	a5,4(sp)
   10efa:	d68ff06f          	j	10462 <__d_vfprintf+0x1e>
   10efe:	46a1                	li	a3,8
   10f00:	4901                	li	s2,0
   10f02:	b795                	j	10e66 <__d_vfprintf+0xa22>
   10f04:	4388                	lw	a0,0(a5)
   10f06:	00478713          	add	a4,a5,4
   10f0a:	d23a                	sw	a4,36(sp)
   10f0c:	4581                	li	a1,0
   10f0e:	bf95                	j	10e82 <__d_vfprintf+0xa3e>
   10f10:	00478713          	add	a4,a5,4
   10f14:	4388                	lw	a0,0(a5)
   10f16:	d23a                	sw	a4,36(sp)
   10f18:	100df793          	and	a5,s11,256
   10f1c:	dbe5                	beqz	a5,10f0c <__d_vfprintf+0xac8>
   10f1e:	200df793          	and	a5,s11,512
   10f22:	c781                	beqz	a5,10f2a <__d_vfprintf+0xae6>
   10f24:	0ff57513          	zext.b	a0,a0
   10f28:	b7d5                	j	10f0c <__d_vfprintf+0xac8>
   10f2a:	0542                	sll	a0,a0,0x10
   10f2c:	8141                	srl	a0,a0,0x10
   10f2e:	bff9                	j	10f0c <__d_vfprintf+0xac8>
   10f30:	ff9df813          	and	a6,s11,-7
   10f34:	01081993          	sll	s3,a6,0x10
   10f38:	0109d993          	srl	s3,s3,0x10
   10f3c:	02810a93          	add	s5,sp,40
   10f40:	b5bd                	j	10dae <__d_vfprintf+0x96a>
   10f42:	fee9f993          	and	s3,s3,-18
   10f46:	09c2                	sll	s3,s3,0x10
   10f48:	0109d993          	srl	s3,s3,0x10
   10f4c:	84ea                	mv	s1,s10
   10f4e:	bdf5                	j	10e4a <__d_vfprintf+0xa06>
   10f50:	89be                	mv	s3,a5
   10f52:	bf99                	j	10ea8 <__d_vfprintf+0xa64>
   10f54:	84d6                	mv	s1,s5
   10f56:	bdd5                	j	10e4a <__d_vfprintf+0xa06>
   10f58:	4582                	lw	a1,0(sp)
   10f5a:	02000513          	li	a0,32
   10f5e:	9a02                	jalr	s4
   10f60:	d2054163          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10f64:	0b85                	add	s7,s7,1
   10f66:	ff6bc9e3          	blt	s7,s6,10f58 <__d_vfprintf+0xb14>
   10f6a:	409404b3          	sub	s1,s0,s1
   10f6e:	01748433          	add	s0,s1,s7
   10f72:	84de                	mv	s1,s7
   10f74:	020c0363          	beqz	s8,10f9a <__d_vfprintf+0xb56>
   10f78:	4582                	lw	a1,0(sp)
   10f7a:	03000513          	li	a0,48
   10f7e:	9a02                	jalr	s4
   10f80:	d0054163          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10f84:	04090d63          	beqz	s2,10fde <__d_vfprintf+0xb9a>
   10f88:	4582                	lw	a1,0(sp)
   10f8a:	0409                	add	s0,s0,2
   10f8c:	854a                	mv	a0,s2
   10f8e:	9a02                	jalr	s4
   10f90:	ce054963          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10f94:	8c22                	mv	s8,s0
   10f96:	9d22                	add	s10,s10,s0
   10f98:	a81d                	j	10fce <__d_vfprintf+0xb8a>
   10f9a:	4069f793          	and	a5,s3,1030
   10f9e:	dbfd                	beqz	a5,10f94 <__d_vfprintf+0xb50>
   10fa0:	0029f793          	and	a5,s3,2
   10fa4:	02000513          	li	a0,32
   10fa8:	c399                	beqz	a5,10fae <__d_vfprintf+0xb6a>
   10faa:	02b00513          	li	a0,43
   10fae:	4009f993          	and	s3,s3,1024
   10fb2:	00098463          	beqz	s3,10fba <__d_vfprintf+0xb76>
   10fb6:	02d00513          	li	a0,45
   10fba:	4582                	lw	a1,0(sp)
   10fbc:	0405                	add	s0,s0,1
   10fbe:	bfc1                	j	10f8e <__d_vfprintf+0xb4a>
   10fc0:	4582                	lw	a1,0(sp)
   10fc2:	03000513          	li	a0,48
   10fc6:	0c05                	add	s8,s8,1
   10fc8:	9a02                	jalr	s4
   10fca:	ca054c63          	bltz	a0,10482 <__d_vfprintf+0x3e>
   10fce:	418d07b3          	sub	a5,s10,s8
   10fd2:	fefac7e3          	blt	s5,a5,10fc0 <__d_vfprintf+0xb7c>
   10fd6:	8456                	mv	s0,s5
   10fd8:	e409                	bnez	s0,10fe2 <__d_vfprintf+0xb9e>
   10fda:	9c56                	add	s8,s8,s5
   10fdc:	b32d                	j	10d06 <__d_vfprintf+0x8c2>
   10fde:	0405                	add	s0,s0,1
   10fe0:	bf55                	j	10f94 <__d_vfprintf+0xb50>
   10fe2:	147d                	add	s0,s0,-1
   10fe4:	103c                	add	a5,sp,40
   10fe6:	97a2                	add	a5,a5,s0
   10fe8:	4582                	lw	a1,0(sp)
   10fea:	0007c503          	lbu	a0,0(a5)
   10fee:	9a02                	jalr	s4
   10ff0:	fe0554e3          	bgez	a0,10fd8 <__d_vfprintf+0xb94>
   10ff4:	c8eff06f          	j	10482 <__d_vfprintf+0x3e>
   10ff8:	4582                	lw	a1,0(sp)
   10ffa:	02000513          	li	a0,32
   10ffe:	0405                	add	s0,s0,1
   11000:	9a02                	jalr	s4
   11002:	c8054063          	bltz	a0,10482 <__d_vfprintf+0x3e>
   11006:	408487b3          	sub	a5,s1,s0
   1100a:	fef047e3          	bgtz	a5,10ff8 <__d_vfprintf+0xbb4>
   1100e:	b5ed                	j	10ef8 <__d_vfprintf+0xab4>

00011010 <mulShiftAll64>:
   11010:	0e4012ef          	jal	t0,120f4 <__riscv_save_10>
   11014:	84b2                	mv	s1,a2
   11016:	00159913          	sll	s2,a1,0x1
   1101a:	4210                	lw	a2,0(a2)
   1101c:	8ab6                	mv	s5,a3
   1101e:	89be                	mv	s3,a5
   11020:	40d4                	lw	a3,4(s1)
   11022:	01f55793          	srl	a5,a0,0x1f
   11026:	1141                	add	sp,sp,-16
   11028:	0127e933          	or	s2,a5,s2
   1102c:	00151413          	sll	s0,a0,0x1
   11030:	8522                	mv	a0,s0
   11032:	85ca                	mv	a1,s2
   11034:	8bba                	mv	s7,a4
   11036:	870a                	mv	a4,sp
   11038:	8b42                	mv	s6,a6
   1103a:	0ed000ef          	jal	11926 <__umul128>
   1103e:	44d4                	lw	a3,12(s1)
   11040:	4490                	lw	a2,8(s1)
   11042:	0038                	add	a4,sp,8
   11044:	8caa                	mv	s9,a0
   11046:	8c2e                	mv	s8,a1
   11048:	8522                	mv	a0,s0
   1104a:	85ca                	mv	a1,s2
   1104c:	0db000ef          	jal	11926 <__umul128>
   11050:	4682                	lw	a3,0(sp)
   11052:	4712                	lw	a4,4(sp)
   11054:	4785                	li	a5,1
   11056:	00d50933          	add	s2,a0,a3
   1105a:	00a93533          	sltu	a0,s2,a0
   1105e:	95ba                	add	a1,a1,a4
   11060:	00b50433          	add	s0,a0,a1
   11064:	00e46763          	bltu	s0,a4,11072 <mulShiftAll64+0x62>
   11068:	00871463          	bne	a4,s0,11070 <mulShiftAll64+0x60>
   1106c:	00d96363          	bltu	s2,a3,11072 <mulShiftAll64+0x62>
   11070:	4781                	li	a5,0
   11072:	4622                	lw	a2,8(sp)
   11074:	4732                	lw	a4,12(sp)
   11076:	963e                	add	a2,a2,a5
   11078:	00f637b3          	sltu	a5,a2,a5
   1107c:	00e786b3          	add	a3,a5,a4
   11080:	4098                	lw	a4,0(s1)
   11082:	40dc                	lw	a5,4(s1)
   11084:	c432                	sw	a2,8(sp)
   11086:	9766                	add	a4,a4,s9
   11088:	97e2                	add	a5,a5,s8
   1108a:	019735b3          	sltu	a1,a4,s9
   1108e:	95be                	add	a1,a1,a5
   11090:	c636                	sw	a3,12(sp)
   11092:	4785                	li	a5,1
   11094:	0185e763          	bltu	a1,s8,110a2 <mulShiftAll64+0x92>
   11098:	00bc1463          	bne	s8,a1,110a0 <mulShiftAll64+0x90>
   1109c:	01976363          	bltu	a4,s9,110a2 <mulShiftAll64+0x92>
   110a0:	4781                	li	a5,0
   110a2:	4498                	lw	a4,8(s1)
   110a4:	44c8                	lw	a0,12(s1)
   110a6:	fbfa8a13          	add	s4,s5,-65
   110aa:	974a                	add	a4,a4,s2
   110ac:	9522                	add	a0,a0,s0
   110ae:	012735b3          	sltu	a1,a4,s2
   110b2:	95aa                	add	a1,a1,a0
   110b4:	00e78533          	add	a0,a5,a4
   110b8:	00f537b3          	sltu	a5,a0,a5
   110bc:	95be                	add	a1,a1,a5
   110be:	4785                	li	a5,1
   110c0:	0085e763          	bltu	a1,s0,110ce <mulShiftAll64+0xbe>
   110c4:	00b41463          	bne	s0,a1,110cc <mulShiftAll64+0xbc>
   110c8:	01256363          	bltu	a0,s2,110ce <mulShiftAll64+0xbe>
   110cc:	4781                	li	a5,0
   110ce:	963e                	add	a2,a2,a5
   110d0:	00f637b3          	sltu	a5,a2,a5
   110d4:	8752                	mv	a4,s4
   110d6:	96be                	add	a3,a3,a5
   110d8:	09b000ef          	jal	11972 <__shiftright128>
   110dc:	00aba023          	sw	a0,0(s7)
   110e0:	00bba223          	sw	a1,4(s7)
   110e4:	4785                	li	a5,1
   110e6:	48a2                	lw	a7,8(sp)
   110e8:	4832                	lw	a6,12(sp)
   110ea:	40cc                	lw	a1,4(s1)
   110ec:	4488                	lw	a0,8(s1)
   110ee:	44d8                	lw	a4,12(s1)
   110f0:	06fb1763          	bne	s6,a5,1115e <mulShiftAll64+0x14e>
   110f4:	40a906b3          	sub	a3,s2,a0
   110f8:	00d93633          	sltu	a2,s2,a3
   110fc:	40e407b3          	sub	a5,s0,a4
   11100:	8f91                	sub	a5,a5,a2
   11102:	4505                	li	a0,1
   11104:	00bc6863          	bltu	s8,a1,11114 <mulShiftAll64+0x104>
   11108:	01859563          	bne	a1,s8,11112 <mulShiftAll64+0x102>
   1110c:	4098                	lw	a4,0(s1)
   1110e:	00ece363          	bltu	s9,a4,11114 <mulShiftAll64+0x104>
   11112:	4501                	li	a0,0
   11114:	40a68533          	sub	a0,a3,a0
   11118:	00a6b6b3          	sltu	a3,a3,a0
   1111c:	40d785b3          	sub	a1,a5,a3
   11120:	4605                	li	a2,1
   11122:	00b46763          	bltu	s0,a1,11130 <mulShiftAll64+0x120>
   11126:	00859463          	bne	a1,s0,1112e <mulShiftAll64+0x11e>
   1112a:	00a96363          	bltu	s2,a0,11130 <mulShiftAll64+0x120>
   1112e:	4601                	li	a2,0
   11130:	40c88633          	sub	a2,a7,a2
   11134:	00c8b6b3          	sltu	a3,a7,a2
   11138:	8752                	mv	a4,s4
   1113a:	40d806b3          	sub	a3,a6,a3
   1113e:	035000ef          	jal	11972 <__shiftright128>
   11142:	4622                	lw	a2,8(sp)
   11144:	46b2                	lw	a3,12(sp)
   11146:	00a9a023          	sw	a0,0(s3)
   1114a:	00b9a223          	sw	a1,4(s3)
   1114e:	8752                	mv	a4,s4
   11150:	854a                	mv	a0,s2
   11152:	85a2                	mv	a1,s0
   11154:	01f000ef          	jal	11972 <__shiftright128>
   11158:	0141                	add	sp,sp,16
   1115a:	7d30006f          	j	1212c <__riscv_restore_10>
   1115e:	01fcd793          	srl	a5,s9,0x1f
   11162:	001c1613          	sll	a2,s8,0x1
   11166:	8e5d                	or	a2,a2,a5
   11168:	01f95693          	srl	a3,s2,0x1f
   1116c:	00141793          	sll	a5,s0,0x1
   11170:	001c9e93          	sll	t4,s9,0x1
   11174:	8fd5                	or	a5,a5,a3
   11176:	00191313          	sll	t1,s2,0x1
   1117a:	4e05                	li	t3,1
   1117c:	01866763          	bltu	a2,s8,1118a <mulShiftAll64+0x17a>
   11180:	00cc1463          	bne	s8,a2,11188 <mulShiftAll64+0x178>
   11184:	019ee363          	bltu	t4,s9,1118a <mulShiftAll64+0x17a>
   11188:	4e01                	li	t3,0
   1118a:	9e1a                	add	t3,t3,t1
   1118c:	006e3333          	sltu	t1,t3,t1
   11190:	933e                	add	t1,t1,a5
   11192:	4785                	li	a5,1
   11194:	00b66863          	bltu	a2,a1,111a4 <mulShiftAll64+0x194>
   11198:	00c59563          	bne	a1,a2,111a2 <mulShiftAll64+0x192>
   1119c:	4094                	lw	a3,0(s1)
   1119e:	00dee363          	bltu	t4,a3,111a4 <mulShiftAll64+0x194>
   111a2:	4781                	li	a5,0
   111a4:	40fe07b3          	sub	a5,t3,a5
   111a8:	00fe35b3          	sltu	a1,t3,a5
   111ac:	40b305b3          	sub	a1,t1,a1
   111b0:	40a78533          	sub	a0,a5,a0
   111b4:	00a7b7b3          	sltu	a5,a5,a0
   111b8:	8d99                	sub	a1,a1,a4
   111ba:	01f8d693          	srl	a3,a7,0x1f
   111be:	8d9d                	sub	a1,a1,a5
   111c0:	00181793          	sll	a5,a6,0x1
   111c4:	8fd5                	or	a5,a5,a3
   111c6:	fc0a8713          	add	a4,s5,-64
   111ca:	0886                	sll	a7,a7,0x1
   111cc:	4685                	li	a3,1
   111ce:	00836763          	bltu	t1,s0,111dc <mulShiftAll64+0x1cc>
   111d2:	00641463          	bne	s0,t1,111da <mulShiftAll64+0x1ca>
   111d6:	012e6363          	bltu	t3,s2,111dc <mulShiftAll64+0x1cc>
   111da:	4681                	li	a3,0
   111dc:	96c6                	add	a3,a3,a7
   111de:	0116b8b3          	sltu	a7,a3,a7
   111e2:	98be                	add	a7,a7,a5
   111e4:	4605                	li	a2,1
   111e6:	00b36763          	bltu	t1,a1,111f4 <mulShiftAll64+0x1e4>
   111ea:	00659463          	bne	a1,t1,111f2 <mulShiftAll64+0x1e2>
   111ee:	00ae6363          	bltu	t3,a0,111f4 <mulShiftAll64+0x1e4>
   111f2:	4601                	li	a2,0
   111f4:	40c68633          	sub	a2,a3,a2
   111f8:	00c6b6b3          	sltu	a3,a3,a2
   111fc:	40d886b3          	sub	a3,a7,a3
   11200:	bf3d                	j	1113e <mulShiftAll64+0x12e>

00011202 <div10>:
   11202:	71b002ef          	jal	t0,1211c <__riscv_save_0>
   11206:	67cd                	lui	a5,0x13
   11208:	5307a603          	lw	a2,1328(a5) # 13530 <stdout+0x4>
   1120c:	5347a683          	lw	a3,1332(a5)
   11210:	1141                	add	sp,sp,-16
   11212:	0038                	add	a4,sp,8
   11214:	712000ef          	jal	11926 <__umul128>
   11218:	45b2                	lw	a1,12(sp)
   1121a:	47a2                	lw	a5,8(sp)
   1121c:	01d59513          	sll	a0,a1,0x1d
   11220:	838d                	srl	a5,a5,0x3
   11222:	8d5d                	or	a0,a0,a5
   11224:	818d                	srl	a1,a1,0x3
   11226:	0141                	add	sp,sp,16
   11228:	7190006f          	j	12140 <__riscv_restore_0>

0001122c <__dtoa_engine>:
   1122c:	6c1002ef          	jal	t0,120ec <__riscv_save_12>
   11230:	715d                	add	sp,sp,-80
   11232:	8bb6                	mv	s7,a3
   11234:	001006b7          	lui	a3,0x100
   11238:	c43a                	sw	a4,8(sp)
   1123a:	c63e                	sw	a5,12(sp)
   1123c:	01f5d713          	srl	a4,a1,0x1f
   11240:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   11244:	0145d793          	srl	a5,a1,0x14
   11248:	00bdfdb3          	and	s11,s11,a1
   1124c:	c03a                	sw	a4,0(sp)
   1124e:	7ff7f413          	and	s0,a5,2047
   11252:	84aa                	mv	s1,a0
   11254:	8ab2                	mv	s5,a2
   11256:	00ade733          	or	a4,s11,a0
   1125a:	e405                	bnez	s0,11282 <__dtoa_engine+0x56>
   1125c:	e331                	bnez	a4,112a0 <__dtoa_engine+0x74>
   1125e:	03000793          	li	a5,48
   11262:	00f602a3          	sb	a5,5(a2)
   11266:	4782                	lw	a5,0(sp)
   11268:	00060323          	sb	zero,6(a2)
   1126c:	00062023          	sw	zero,0(a2)
   11270:	0027e993          	or	s3,a5,2
   11274:	01360223          	sb	s3,4(a2)
   11278:	4405                	li	s0,1
   1127a:	8522                	mv	a0,s0
   1127c:	6161                	add	sp,sp,80
   1127e:	6ab0006f          	j	12128 <__riscv_restore_12>
   11282:	7ff00613          	li	a2,2047
   11286:	0ac41163          	bne	s0,a2,11328 <__dtoa_engine+0xfc>
   1128a:	4782                	lw	a5,0(sp)
   1128c:	0047e793          	or	a5,a5,4
   11290:	c701                	beqz	a4,11298 <__dtoa_engine+0x6c>
   11292:	4782                	lw	a5,0(sp)
   11294:	0087e793          	or	a5,a5,8
   11298:	00fa8223          	sb	a5,4(s5)
   1129c:	4401                	li	s0,0
   1129e:	bff1                	j	1127a <__dtoa_engine+0x4e>
   112a0:	00157793          	and	a5,a0,1
   112a4:	c23e                	sw	a5,4(sp)
   112a6:	002d9993          	sll	s3,s11,0x2
   112aa:	01e55793          	srl	a5,a0,0x1e
   112ae:	0137e9b3          	or	s3,a5,s3
   112b2:	00251c13          	sll	s8,a0,0x2
   112b6:	892a                	mv	s2,a0
   112b8:	bcc00413          	li	s0,-1076
   112bc:	4805                	li	a6,1
   112be:	4d05                	li	s10,1
   112c0:	408004b3          	neg	s1,s0
   112c4:	8526                	mv	a0,s1
   112c6:	ca42                	sw	a6,20(sp)
   112c8:	2d35                	jal	11904 <__log10Pow5>
   112ca:	fff42793          	slti	a5,s0,-1
   112ce:	40f50b33          	sub	s6,a0,a5
   112d2:	416484b3          	sub	s1,s1,s6
   112d6:	8526                	mv	a0,s1
   112d8:	2d35                	jal	11914 <__pow5bits>
   112da:	f8350693          	add	a3,a0,-125
   112de:	40db06b3          	sub	a3,s6,a3
   112e2:	8526                	mv	a0,s1
   112e4:	008c                	add	a1,sp,64
   112e6:	c836                	sw	a3,16(sp)
   112e8:	2921                	jal	11700 <__double_computePow5>
   112ea:	4852                	lw	a6,20(sp)
   112ec:	46c2                	lw	a3,16(sp)
   112ee:	181c                	add	a5,sp,48
   112f0:	1038                	add	a4,sp,40
   112f2:	0090                	add	a2,sp,64
   112f4:	854a                	mv	a0,s2
   112f6:	85ee                	mv	a1,s11
   112f8:	3b21                	jal	11010 <mulShiftAll64>
   112fa:	4785                	li	a5,1
   112fc:	008b0a33          	add	s4,s6,s0
   11300:	84ae                	mv	s1,a1
   11302:	842a                	mv	s0,a0
   11304:	1367e563          	bltu	a5,s6,1142e <__dtoa_engine+0x202>
   11308:	4792                	lw	a5,4(sp)
   1130a:	4985                	li	s3,1
   1130c:	0e078863          	beqz	a5,113fc <__dtoa_engine+0x1d0>
   11310:	57a2                	lw	a5,40(sp)
   11312:	5732                	lw	a4,44(sp)
   11314:	4985                	li	s3,1
   11316:	fff78693          	add	a3,a5,-1
   1131a:	0017b793          	seqz	a5,a5
   1131e:	40f707b3          	sub	a5,a4,a5
   11322:	d436                	sw	a3,40(sp)
   11324:	d63e                	sw	a5,44(sp)
   11326:	a075                	j	113d2 <__dtoa_engine+0x1a6>
   11328:	01b6edb3          	or	s11,a3,s11
   1132c:	00157693          	and	a3,a0,1
   11330:	c236                	sw	a3,4(sp)
   11332:	002d9993          	sll	s3,s11,0x2
   11336:	01e55693          	srl	a3,a0,0x1e
   1133a:	bcb40413          	add	s0,s0,-1077
   1133e:	892a                	mv	s2,a0
   11340:	0136e9b3          	or	s3,a3,s3
   11344:	00251c13          	sll	s8,a0,0x2
   11348:	4d05                	li	s10,1
   1134a:	e709                	bnez	a4,11354 <__dtoa_engine+0x128>
   1134c:	7fe7f793          	and	a5,a5,2046
   11350:	0017bd13          	seqz	s10,a5
   11354:	886a                	mv	a6,s10
   11356:	f60445e3          	bltz	s0,112c0 <__dtoa_engine+0x94>
   1135a:	8522                	mv	a0,s0
   1135c:	2b69                	jal	118f6 <__log10Pow2>
   1135e:	00442793          	slti	a5,s0,4
   11362:	0017c793          	xor	a5,a5,1
   11366:	40f50a33          	sub	s4,a0,a5
   1136a:	8552                	mv	a0,s4
   1136c:	2365                	jal	11914 <__pow5bits>
   1136e:	07c50693          	add	a3,a0,124
   11372:	408a0433          	sub	s0,s4,s0
   11376:	96a2                	add	a3,a3,s0
   11378:	008c                	add	a1,sp,64
   1137a:	8552                	mv	a0,s4
   1137c:	c836                	sw	a3,16(sp)
   1137e:	29b5                	jal	117fa <__double_computeInvPow5>
   11380:	46c2                	lw	a3,16(sp)
   11382:	181c                	add	a5,sp,48
   11384:	8526                	mv	a0,s1
   11386:	886a                	mv	a6,s10
   11388:	1038                	add	a4,sp,40
   1138a:	0090                	add	a2,sp,64
   1138c:	85ee                	mv	a1,s11
   1138e:	3149                	jal	11010 <mulShiftAll64>
   11390:	47d5                	li	a5,21
   11392:	842a                	mv	s0,a0
   11394:	84ae                	mv	s1,a1
   11396:	0947ea63          	bltu	a5,s4,1142a <__dtoa_engine+0x1fe>
   1139a:	67cd                	lui	a5,0x13
   1139c:	5347a683          	lw	a3,1332(a5) # 13534 <stdout+0x8>
   113a0:	5307a603          	lw	a2,1328(a5)
   113a4:	1838                	add	a4,sp,56
   113a6:	8562                	mv	a0,s8
   113a8:	85ce                	mv	a1,s3
   113aa:	2bb5                	jal	11926 <__umul128>
   113ac:	57e2                	lw	a5,56(sp)
   113ae:	56f2                	lw	a3,60(sp)
   113b0:	5da2                	lw	s11,40(sp)
   113b2:	8389                	srl	a5,a5,0x2
   113b4:	06fa                	sll	a3,a3,0x1e
   113b6:	8fd5                	or	a5,a5,a3
   113b8:	4695                	li	a3,5
   113ba:	02f687b3          	mul	a5,a3,a5
   113be:	5932                	lw	s2,44(sp)
   113c0:	01879b63          	bne	a5,s8,113d6 <__dtoa_engine+0x1aa>
   113c4:	85ce                	mv	a1,s3
   113c6:	8562                	mv	a0,s8
   113c8:	2ced                	jal	116c2 <__pow5Factor>
   113ca:	01453733          	sltu	a4,a0,s4
   113ce:	00174993          	xor	s3,a4,1
   113d2:	4d01                	li	s10,0
   113d4:	a025                	j	113fc <__dtoa_engine+0x1d0>
   113d6:	4792                	lw	a5,4(sp)
   113d8:	e79d                	bnez	a5,11406 <__dtoa_engine+0x1da>
   113da:	fffc0793          	add	a5,s8,-1
   113de:	41a78533          	sub	a0,a5,s10
   113e2:	001c3593          	seqz	a1,s8
   113e6:	00a7b7b3          	sltu	a5,a5,a0
   113ea:	40b985b3          	sub	a1,s3,a1
   113ee:	8d9d                	sub	a1,a1,a5
   113f0:	2cc9                	jal	116c2 <__pow5Factor>
   113f2:	01453933          	sltu	s2,a0,s4
   113f6:	00194d13          	xor	s10,s2,1
   113fa:	4981                	li	s3,0
   113fc:	47a2                	lw	a5,8(sp)
   113fe:	0e079f63          	bnez	a5,114fc <__dtoa_engine+0x2d0>
   11402:	8b5e                	mv	s6,s7
   11404:	a049                	j	11486 <__dtoa_engine+0x25a>
   11406:	002c0513          	add	a0,s8,2
   1140a:	018535b3          	sltu	a1,a0,s8
   1140e:	95ce                	add	a1,a1,s3
   11410:	2c4d                	jal	116c2 <__pow5Factor>
   11412:	01453533          	sltu	a0,a0,s4
   11416:	00154513          	xor	a0,a0,1
   1141a:	40ad8533          	sub	a0,s11,a0
   1141e:	00adbdb3          	sltu	s11,s11,a0
   11422:	41b90733          	sub	a4,s2,s11
   11426:	d42a                	sw	a0,40(sp)
   11428:	d63a                	sw	a4,44(sp)
   1142a:	4981                	li	s3,0
   1142c:	b75d                	j	113d2 <__dtoa_engine+0x1a6>
   1142e:	03e00793          	li	a5,62
   11432:	ff67ece3          	bltu	a5,s6,1142a <__dtoa_engine+0x1fe>
   11436:	865a                	mv	a2,s6
   11438:	557d                	li	a0,-1
   1143a:	55fd                	li	a1,-1
   1143c:	2be1                	jal	11a14 <__ashldi3>
   1143e:	fff54513          	not	a0,a0
   11442:	fff5c593          	not	a1,a1
   11446:	0135f5b3          	and	a1,a1,s3
   1144a:	01857533          	and	a0,a0,s8
   1144e:	00b56733          	or	a4,a0,a1
   11452:	00173993          	seqz	s3,a4
   11456:	bfb5                	j	113d2 <__dtoa_engine+0x1a6>
   11458:	02d50833          	mul	a6,a0,a3
   1145c:	0785                	add	a5,a5,1
   1145e:	02b536b3          	mulhu	a3,a0,a1
   11462:	02b505b3          	mul	a1,a0,a1
   11466:	96c2                	add	a3,a3,a6
   11468:	00d4e663          	bltu	s1,a3,11474 <__dtoa_engine+0x248>
   1146c:	fe9696e3          	bne	a3,s1,11458 <__dtoa_engine+0x22c>
   11470:	feb474e3          	bgeu	s0,a1,11458 <__dtoa_engine+0x22c>
   11474:	4732                	lw	a4,12(sp)
   11476:	97d2                	add	a5,a5,s4
   11478:	97ba                	add	a5,a5,a4
   1147a:	00f04363          	bgtz	a5,11480 <__dtoa_engine+0x254>
   1147e:	4785                	li	a5,1
   11480:	8b3e                	mv	s6,a5
   11482:	f8fbc0e3          	blt	s7,a5,11402 <__dtoa_engine+0x1d6>
   11486:	4c81                	li	s9,0
   11488:	4901                	li	s2,0
   1148a:	4c01                	li	s8,0
   1148c:	5522                	lw	a0,40(sp)
   1148e:	55b2                	lw	a1,44(sp)
   11490:	3b8d                	jal	11202 <div10>
   11492:	57c2                	lw	a5,48(sp)
   11494:	8dae                	mv	s11,a1
   11496:	55d2                	lw	a1,52(sp)
   11498:	c82a                	sw	a0,16(sp)
   1149a:	853e                	mv	a0,a5
   1149c:	ca3e                	sw	a5,20(sp)
   1149e:	3395                	jal	11202 <div10>
   114a0:	832a                	mv	t1,a0
   114a2:	88ae                	mv	a7,a1
   114a4:	4ea9                	li	t4,10
   114a6:	01b5e763          	bltu	a1,s11,114b4 <__dtoa_engine+0x288>
   114aa:	08bd9563          	bne	s11,a1,11534 <__dtoa_engine+0x308>
   114ae:	47c2                	lw	a5,16(sp)
   114b0:	08f57263          	bgeu	a0,a5,11534 <__dtoa_engine+0x308>
   114b4:	8522                	mv	a0,s0
   114b6:	85a6                	mv	a1,s1
   114b8:	ce46                	sw	a7,28(sp)
   114ba:	cc1a                	sw	t1,24(sp)
   114bc:	3399                	jal	11202 <div10>
   114be:	4362                	lw	t1,24(sp)
   114c0:	4ea9                	li	t4,10
   114c2:	001cb693          	seqz	a3,s9
   114c6:	026e8833          	mul	a6,t4,t1
   114ca:	00d9f9b3          	and	s3,s3,a3
   114ce:	47d2                	lw	a5,20(sp)
   114d0:	48f2                	lw	a7,28(sp)
   114d2:	d66e                	sw	s11,44(sp)
   114d4:	d81a                	sw	t1,48(sp)
   114d6:	da46                	sw	a7,52(sp)
   114d8:	0905                	add	s2,s2,1
   114da:	84ae                	mv	s1,a1
   114dc:	02ae86b3          	mul	a3,t4,a0
   114e0:	40f80833          	sub	a6,a6,a5
   114e4:	47c2                	lw	a5,16(sp)
   114e6:	00183813          	seqz	a6,a6
   114ea:	010d7d33          	and	s10,s10,a6
   114ee:	d43e                	sw	a5,40(sp)
   114f0:	40d406b3          	sub	a3,s0,a3
   114f4:	0ff6fc93          	zext.b	s9,a3
   114f8:	842a                	mv	s0,a0
   114fa:	bf49                	j	1148c <__dtoa_engine+0x260>
   114fc:	45a9                	li	a1,10
   114fe:	4681                	li	a3,0
   11500:	4785                	li	a5,1
   11502:	4529                	li	a0,10
   11504:	b795                	j	11468 <__dtoa_engine+0x23c>
   11506:	030e8f33          	mul	t5,t4,a6
   1150a:	0505                	add	a0,a0,1
   1150c:	02beb833          	mulhu	a6,t4,a1
   11510:	02be85b3          	mul	a1,t4,a1
   11514:	987a                	add	a6,a6,t5
   11516:	0104e663          	bltu	s1,a6,11522 <__dtoa_engine+0x2f6>
   1151a:	fe9816e3          	bne	a6,s1,11506 <__dtoa_engine+0x2da>
   1151e:	feb474e3          	bgeu	s0,a1,11506 <__dtoa_engine+0x2da>
   11522:	00ab5d63          	bge	s6,a0,1153c <__dtoa_engine+0x310>
   11526:	000b1563          	bnez	s6,11530 <__dtoa_engine+0x304>
   1152a:	009465b3          	or	a1,s0,s1
   1152e:	c599                	beqz	a1,1153c <__dtoa_engine+0x310>
   11530:	4c05                	li	s8,1
   11532:	b749                	j	114b4 <__dtoa_engine+0x288>
   11534:	45a9                	li	a1,10
   11536:	4801                	li	a6,0
   11538:	4505                	li	a0,1
   1153a:	bff1                	j	11516 <__dtoa_engine+0x2ea>
   1153c:	040d0e63          	beqz	s10,11598 <__dtoa_engine+0x36c>
   11540:	4da9                	li	s11,10
   11542:	5342                	lw	t1,48(sp)
   11544:	55d2                	lw	a1,52(sp)
   11546:	851a                	mv	a0,t1
   11548:	c81a                	sw	t1,16(sp)
   1154a:	3965                	jal	11202 <div10>
   1154c:	ce2e                	sw	a1,28(sp)
   1154e:	02ad85b3          	mul	a1,s11,a0
   11552:	4342                	lw	t1,16(sp)
   11554:	882a                	mv	a6,a0
   11556:	cc42                	sw	a6,24(sp)
   11558:	04659063          	bne	a1,t1,11598 <__dtoa_engine+0x36c>
   1155c:	5522                	lw	a0,40(sp)
   1155e:	55b2                	lw	a1,44(sp)
   11560:	0905                	add	s2,s2,1
   11562:	3145                	jal	11202 <div10>
   11564:	ca2a                	sw	a0,20(sp)
   11566:	c82e                	sw	a1,16(sp)
   11568:	8522                	mv	a0,s0
   1156a:	85a6                	mv	a1,s1
   1156c:	3959                	jal	11202 <div10>
   1156e:	001cb693          	seqz	a3,s9
   11572:	00d9f9b3          	and	s3,s3,a3
   11576:	02ad86b3          	mul	a3,s11,a0
   1157a:	4e52                	lw	t3,20(sp)
   1157c:	4342                	lw	t1,16(sp)
   1157e:	4862                	lw	a6,24(sp)
   11580:	48f2                	lw	a7,28(sp)
   11582:	d472                	sw	t3,40(sp)
   11584:	d61a                	sw	t1,44(sp)
   11586:	d842                	sw	a6,48(sp)
   11588:	da46                	sw	a7,52(sp)
   1158a:	84ae                	mv	s1,a1
   1158c:	40d406b3          	sub	a3,s0,a3
   11590:	0ff6fc93          	zext.b	s9,a3
   11594:	842a                	mv	s0,a0
   11596:	b775                	j	11542 <__dtoa_engine+0x316>
   11598:	9952                	add	s2,s2,s4
   1159a:	0c098563          	beqz	s3,11664 <__dtoa_engine+0x438>
   1159e:	4715                	li	a4,5
   115a0:	0cec9263          	bne	s9,a4,11664 <__dtoa_engine+0x438>
   115a4:	00147713          	and	a4,s0,1
   115a8:	e35d                	bnez	a4,1164e <__dtoa_engine+0x422>
   115aa:	000c1963          	bnez	s8,115bc <__dtoa_engine+0x390>
   115ae:	5742                	lw	a4,48(sp)
   115b0:	00871563          	bne	a4,s0,115ba <__dtoa_engine+0x38e>
   115b4:	5752                	lw	a4,52(sp)
   115b6:	0c970963          	beq	a4,s1,11688 <__dtoa_engine+0x45c>
   115ba:	4701                	li	a4,0
   115bc:	943a                	add	s0,s0,a4
   115be:	00e435b3          	sltu	a1,s0,a4
   115c2:	95a6                	add	a1,a1,s1
   115c4:	8a2e                	mv	s4,a1
   115c6:	84a2                	mv	s1,s0
   115c8:	4629                	li	a2,10
   115ca:	4681                	li	a3,0
   115cc:	4c05                	li	s8,1
   115ce:	4529                	li	a0,10
   115d0:	00d5e663          	bltu	a1,a3,115dc <__dtoa_engine+0x3b0>
   115d4:	0ab69c63          	bne	a3,a1,1168c <__dtoa_engine+0x460>
   115d8:	0ac47a63          	bgeu	s0,a2,1168c <__dtoa_engine+0x460>
   115dc:	cf15                	beqz	a4,11618 <__dtoa_engine+0x3ec>
   115de:	038b5d63          	bge	s6,s8,11618 <__dtoa_engine+0x3ec>
   115e2:	47a2                	lw	a5,8(sp)
   115e4:	cf91                	beqz	a5,11600 <__dtoa_engine+0x3d4>
   115e6:	4732                	lw	a4,12(sp)
   115e8:	012c07b3          	add	a5,s8,s2
   115ec:	00f70b33          	add	s6,a4,a5
   115f0:	000b5363          	bgez	s6,115f6 <__dtoa_engine+0x3ca>
   115f4:	4b01                	li	s6,0
   115f6:	016bd363          	bge	s7,s6,115fc <__dtoa_engine+0x3d0>
   115fa:	8b5e                	mv	s6,s7
   115fc:	018b5e63          	bge	s6,s8,11618 <__dtoa_engine+0x3ec>
   11600:	00540513          	add	a0,s0,5
   11604:	00853433          	sltu	s0,a0,s0
   11608:	4629                	li	a2,10
   1160a:	4681                	li	a3,0
   1160c:	95a2                	add	a1,a1,s0
   1160e:	29a1                	jal	11a66 <__udivdi3>
   11610:	84aa                	mv	s1,a0
   11612:	8a2e                	mv	s4,a1
   11614:	0905                	add	s2,s2,1
   11616:	1c7d                	add	s8,s8,-1
   11618:	87da                	mv	a5,s6
   1161a:	016c5363          	bge	s8,s6,11620 <__dtoa_engine+0x3f4>
   1161e:	87e2                	mv	a5,s8
   11620:	01079413          	sll	s0,a5,0x10
   11624:	0942                	sll	s2,s2,0x10
   11626:	8441                	sra	s0,s0,0x10
   11628:	41095913          	sra	s2,s2,0x10
   1162c:	9922                	add	s2,s2,s0
   1162e:	008a8b33          	add	s6,s5,s0
   11632:	197d                	add	s2,s2,-1
   11634:	4b81                	li	s7,0
   11636:	8c5a                	mv	s8,s6
   11638:	1b7d                	add	s6,s6,-1
   1163a:	068bc263          	blt	s7,s0,1169e <__dtoa_engine+0x472>
   1163e:	4782                	lw	a5,0(sp)
   11640:	000c02a3          	sb	zero,5(s8)
   11644:	012aa023          	sw	s2,0(s5)
   11648:	00fa8223          	sb	a5,4(s5)
   1164c:	b13d                	j	1127a <__dtoa_engine+0x4e>
   1164e:	4705                	li	a4,1
   11650:	f60c16e3          	bnez	s8,115bc <__dtoa_engine+0x390>
   11654:	5742                	lw	a4,48(sp)
   11656:	00871563          	bne	a4,s0,11660 <__dtoa_engine+0x434>
   1165a:	5752                	lw	a4,52(sp)
   1165c:	00970c63          	beq	a4,s1,11674 <__dtoa_engine+0x448>
   11660:	4705                	li	a4,1
   11662:	bfa9                	j	115bc <__dtoa_engine+0x390>
   11664:	000c1d63          	bnez	s8,1167e <__dtoa_engine+0x452>
   11668:	5742                	lw	a4,48(sp)
   1166a:	00871a63          	bne	a4,s0,1167e <__dtoa_engine+0x452>
   1166e:	5752                	lw	a4,52(sp)
   11670:	00971763          	bne	a4,s1,1167e <__dtoa_engine+0x452>
   11674:	4792                	lw	a5,4(sp)
   11676:	4705                	li	a4,1
   11678:	f3b1                	bnez	a5,115bc <__dtoa_engine+0x390>
   1167a:	f40d01e3          	beqz	s10,115bc <__dtoa_engine+0x390>
   1167e:	005cb693          	sltiu	a3,s9,5
   11682:	0016c713          	xor	a4,a3,1
   11686:	bf1d                	j	115bc <__dtoa_engine+0x390>
   11688:	4c91                	li	s9,4
   1168a:	b7ed                	j	11674 <__dtoa_engine+0x448>
   1168c:	02d50833          	mul	a6,a0,a3
   11690:	0c05                	add	s8,s8,1
   11692:	02c536b3          	mulhu	a3,a0,a2
   11696:	02c50633          	mul	a2,a0,a2
   1169a:	96c2                	add	a3,a3,a6
   1169c:	bf15                	j	115d0 <__dtoa_engine+0x3a4>
   1169e:	4629                	li	a2,10
   116a0:	4681                	li	a3,0
   116a2:	8526                	mv	a0,s1
   116a4:	85d2                	mv	a1,s4
   116a6:	2f39                	jal	11dc4 <__umoddi3>
   116a8:	03050513          	add	a0,a0,48
   116ac:	00ab02a3          	sb	a0,5(s6)
   116b0:	85d2                	mv	a1,s4
   116b2:	8526                	mv	a0,s1
   116b4:	4629                	li	a2,10
   116b6:	4681                	li	a3,0
   116b8:	267d                	jal	11a66 <__udivdi3>
   116ba:	84aa                	mv	s1,a0
   116bc:	8a2e                	mv	s4,a1
   116be:	0b85                	add	s7,s7,1
   116c0:	bfa5                	j	11638 <__dtoa_engine+0x40c>

000116c2 <__pow5Factor>:
   116c2:	ccccd737          	lui	a4,0xccccd
   116c6:	333336b7          	lui	a3,0x33333
   116ca:	87aa                	mv	a5,a0
   116cc:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   116d0:	4501                	li	a0,0
   116d2:	ccc70713          	add	a4,a4,-820
   116d6:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   116da:	02c585b3          	mul	a1,a1,a2
   116de:	02e78833          	mul	a6,a5,a4
   116e2:	982e                	add	a6,a6,a1
   116e4:	02c7b5b3          	mulhu	a1,a5,a2
   116e8:	95c2                	add	a1,a1,a6
   116ea:	02c787b3          	mul	a5,a5,a2
   116ee:	00b6e863          	bltu	a3,a1,116fe <__pow5Factor+0x3c>
   116f2:	00d59463          	bne	a1,a3,116fa <__pow5Factor+0x38>
   116f6:	00f5e463          	bltu	a1,a5,116fe <__pow5Factor+0x3c>
   116fa:	0505                	add	a0,a0,1
   116fc:	bff9                	j	116da <__pow5Factor+0x18>
   116fe:	8082                	ret

00011700 <__double_computePow5>:
   11700:	1f5002ef          	jal	t0,120f4 <__riscv_save_10>
   11704:	47e9                	li	a5,26
   11706:	02f55b33          	divu	s6,a0,a5
   1170a:	69cd                	lui	s3,0x13
   1170c:	0f098b93          	add	s7,s3,240 # 130f0 <DOUBLE_POW5_SPLIT2>
   11710:	1101                	add	sp,sp,-32
   11712:	892e                	mv	s2,a1
   11714:	02f577b3          	remu	a5,a0,a5
   11718:	004b1713          	sll	a4,s6,0x4
   1171c:	9bba                	add	s7,s7,a4
   1171e:	e395                	bnez	a5,11742 <__double_computePow5+0x42>
   11720:	000ba703          	lw	a4,0(s7)
   11724:	004ba783          	lw	a5,4(s7)
   11728:	c198                	sw	a4,0(a1)
   1172a:	c1dc                	sw	a5,4(a1)
   1172c:	008ba503          	lw	a0,8(s7)
   11730:	00cba583          	lw	a1,12(s7)
   11734:	00a92423          	sw	a0,8(s2)
   11738:	00b92623          	sw	a1,12(s2)
   1173c:	6105                	add	sp,sp,32
   1173e:	1ef0006f          	j	1212c <__riscv_restore_10>
   11742:	0f098993          	add	s3,s3,240
   11746:	078e                	sll	a5,a5,0x3
   11748:	97ce                	add	a5,a5,s3
   1174a:	0d07aa03          	lw	s4,208(a5)
   1174e:	0d47aa83          	lw	s5,212(a5)
   11752:	008ba603          	lw	a2,8(s7)
   11756:	00cba683          	lw	a3,12(s7)
   1175a:	0818                	add	a4,sp,16
   1175c:	85d6                	mv	a1,s5
   1175e:	842a                	mv	s0,a0
   11760:	8552                	mv	a0,s4
   11762:	22d1                	jal	11926 <__umul128>
   11764:	000ba603          	lw	a2,0(s7)
   11768:	004ba683          	lw	a3,4(s7)
   1176c:	84aa                	mv	s1,a0
   1176e:	8c2e                	mv	s8,a1
   11770:	0838                	add	a4,sp,24
   11772:	8552                	mv	a0,s4
   11774:	85d6                	mv	a1,s5
   11776:	2a45                	jal	11926 <__umul128>
   11778:	47e2                	lw	a5,24(sp)
   1177a:	4772                	lw	a4,28(sp)
   1177c:	8aaa                	mv	s5,a0
   1177e:	94be                	add	s1,s1,a5
   11780:	00f4ba33          	sltu	s4,s1,a5
   11784:	9c3a                	add	s8,s8,a4
   11786:	9a62                	add	s4,s4,s8
   11788:	00ea6663          	bltu	s4,a4,11794 <__double_computePow5+0x94>
   1178c:	01471d63          	bne	a4,s4,117a6 <__double_computePow5+0xa6>
   11790:	00f4fb63          	bgeu	s1,a5,117a6 <__double_computePow5+0xa6>
   11794:	47c2                	lw	a5,16(sp)
   11796:	46d2                	lw	a3,20(sp)
   11798:	00178713          	add	a4,a5,1
   1179c:	00f737b3          	sltu	a5,a4,a5
   117a0:	97b6                	add	a5,a5,a3
   117a2:	c83a                	sw	a4,16(sp)
   117a4:	ca3e                	sw	a5,20(sp)
   117a6:	8522                	mv	a0,s0
   117a8:	c62e                	sw	a1,12(sp)
   117aa:	22ad                	jal	11914 <__pow5bits>
   117ac:	8baa                	mv	s7,a0
   117ae:	4569                	li	a0,26
   117b0:	02ab0533          	mul	a0,s6,a0
   117b4:	2285                	jal	11914 <__pow5bits>
   117b6:	45b2                	lw	a1,12(sp)
   117b8:	40ab8733          	sub	a4,s7,a0
   117bc:	8626                	mv	a2,s1
   117be:	86d2                	mv	a3,s4
   117c0:	8556                	mv	a0,s5
   117c2:	c43a                	sw	a4,8(sp)
   117c4:	227d                	jal	11972 <__shiftright128>
   117c6:	00445793          	srl	a5,s0,0x4
   117ca:	078a                	sll	a5,a5,0x2
   117cc:	99be                	add	s3,s3,a5
   117ce:	1a09a783          	lw	a5,416(s3)
   117d2:	0406                	sll	s0,s0,0x1
   117d4:	8879                	and	s0,s0,30
   117d6:	0087d7b3          	srl	a5,a5,s0
   117da:	8b8d                	and	a5,a5,3
   117dc:	953e                	add	a0,a0,a5
   117de:	00f537b3          	sltu	a5,a0,a5
   117e2:	4722                	lw	a4,8(sp)
   117e4:	4642                	lw	a2,16(sp)
   117e6:	46d2                	lw	a3,20(sp)
   117e8:	97ae                	add	a5,a5,a1
   117ea:	00a92023          	sw	a0,0(s2)
   117ee:	00f92223          	sw	a5,4(s2)
   117f2:	8526                	mv	a0,s1
   117f4:	85d2                	mv	a1,s4
   117f6:	2ab5                	jal	11972 <__shiftright128>
   117f8:	bf35                	j	11734 <__double_computePow5+0x34>

000117fa <__double_computeInvPow5>:
   117fa:	0fb002ef          	jal	t0,120f4 <__riscv_save_10>
   117fe:	4b69                	li	s6,26
   11800:	01950793          	add	a5,a0,25
   11804:	0367d7b3          	divu	a5,a5,s6
   11808:	6acd                	lui	s5,0x13
   1180a:	0f0a8493          	add	s1,s5,240 # 130f0 <DOUBLE_POW5_SPLIT2>
   1180e:	1f848493          	add	s1,s1,504
   11812:	1101                	add	sp,sp,-32
   11814:	8a2e                	mv	s4,a1
   11816:	03678b33          	mul	s6,a5,s6
   1181a:	0792                	sll	a5,a5,0x4
   1181c:	94be                	add	s1,s1,a5
   1181e:	40ab0733          	sub	a4,s6,a0
   11822:	00ab1f63          	bne	s6,a0,11840 <__double_computeInvPow5+0x46>
   11826:	4098                	lw	a4,0(s1)
   11828:	40dc                	lw	a5,4(s1)
   1182a:	c198                	sw	a4,0(a1)
   1182c:	c1dc                	sw	a5,4(a1)
   1182e:	4488                	lw	a0,8(s1)
   11830:	44cc                	lw	a1,12(s1)
   11832:	00aa2423          	sw	a0,8(s4)
   11836:	00ba2623          	sw	a1,12(s4)
   1183a:	6105                	add	sp,sp,32
   1183c:	0f10006f          	j	1212c <__riscv_restore_10>
   11840:	0f0a8a93          	add	s5,s5,240
   11844:	070e                	sll	a4,a4,0x3
   11846:	9756                	add	a4,a4,s5
   11848:	0d072903          	lw	s2,208(a4)
   1184c:	0d472983          	lw	s3,212(a4)
   11850:	4490                	lw	a2,8(s1)
   11852:	44d4                	lw	a3,12(s1)
   11854:	0818                	add	a4,sp,16
   11856:	85ce                	mv	a1,s3
   11858:	842a                	mv	s0,a0
   1185a:	854a                	mv	a0,s2
   1185c:	20e9                	jal	11926 <__umul128>
   1185e:	4090                	lw	a2,0(s1)
   11860:	40d4                	lw	a3,4(s1)
   11862:	8c2a                	mv	s8,a0
   11864:	00163793          	seqz	a5,a2
   11868:	8bae                	mv	s7,a1
   1186a:	0838                	add	a4,sp,24
   1186c:	8e9d                	sub	a3,a3,a5
   1186e:	854a                	mv	a0,s2
   11870:	85ce                	mv	a1,s3
   11872:	167d                	add	a2,a2,-1
   11874:	284d                	jal	11926 <__umul128>
   11876:	47e2                	lw	a5,24(sp)
   11878:	4772                	lw	a4,28(sp)
   1187a:	89aa                	mv	s3,a0
   1187c:	9c3e                	add	s8,s8,a5
   1187e:	00fc3933          	sltu	s2,s8,a5
   11882:	9bba                	add	s7,s7,a4
   11884:	995e                	add	s2,s2,s7
   11886:	00e96663          	bltu	s2,a4,11892 <__double_computeInvPow5+0x98>
   1188a:	01271d63          	bne	a4,s2,118a4 <__double_computeInvPow5+0xaa>
   1188e:	00fc7b63          	bgeu	s8,a5,118a4 <__double_computeInvPow5+0xaa>
   11892:	47c2                	lw	a5,16(sp)
   11894:	46d2                	lw	a3,20(sp)
   11896:	00178713          	add	a4,a5,1
   1189a:	00f737b3          	sltu	a5,a4,a5
   1189e:	97b6                	add	a5,a5,a3
   118a0:	c83a                	sw	a4,16(sp)
   118a2:	ca3e                	sw	a5,20(sp)
   118a4:	855a                	mv	a0,s6
   118a6:	c62e                	sw	a1,12(sp)
   118a8:	20b5                	jal	11914 <__pow5bits>
   118aa:	8b2a                	mv	s6,a0
   118ac:	8522                	mv	a0,s0
   118ae:	209d                	jal	11914 <__pow5bits>
   118b0:	45b2                	lw	a1,12(sp)
   118b2:	40ab0733          	sub	a4,s6,a0
   118b6:	8662                	mv	a2,s8
   118b8:	86ca                	mv	a3,s2
   118ba:	854e                	mv	a0,s3
   118bc:	c43a                	sw	a4,8(sp)
   118be:	2855                	jal	11972 <__shiftright128>
   118c0:	00445793          	srl	a5,s0,0x4
   118c4:	078a                	sll	a5,a5,0x2
   118c6:	9abe                	add	s5,s5,a5
   118c8:	2e8aa783          	lw	a5,744(s5)
   118cc:	0406                	sll	s0,s0,0x1
   118ce:	8879                	and	s0,s0,30
   118d0:	0087d7b3          	srl	a5,a5,s0
   118d4:	8b8d                	and	a5,a5,3
   118d6:	0785                	add	a5,a5,1
   118d8:	953e                	add	a0,a0,a5
   118da:	00f537b3          	sltu	a5,a0,a5
   118de:	4722                	lw	a4,8(sp)
   118e0:	4642                	lw	a2,16(sp)
   118e2:	46d2                	lw	a3,20(sp)
   118e4:	97ae                	add	a5,a5,a1
   118e6:	00aa2023          	sw	a0,0(s4)
   118ea:	00fa2223          	sw	a5,4(s4)
   118ee:	8562                	mv	a0,s8
   118f0:	85ca                	mv	a1,s2
   118f2:	2041                	jal	11972 <__shiftright128>
   118f4:	bf3d                	j	11832 <__double_computeInvPow5+0x38>

000118f6 <__log10Pow2>:
   118f6:	67cd                	lui	a5,0x13
   118f8:	44178793          	add	a5,a5,1089 # 13441 <__clz_tab+0x15>
   118fc:	02f50533          	mul	a0,a0,a5
   11900:	8149                	srl	a0,a0,0x12
   11902:	8082                	ret

00011904 <__log10Pow5>:
   11904:	000b37b7          	lui	a5,0xb3
   11908:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   1190c:	02f50533          	mul	a0,a0,a5
   11910:	8151                	srl	a0,a0,0x14
   11912:	8082                	ret

00011914 <__pow5bits>:
   11914:	001297b7          	lui	a5,0x129
   11918:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   1191c:	02f50533          	mul	a0,a0,a5
   11920:	814d                	srl	a0,a0,0x13
   11922:	0505                	add	a0,a0,1
   11924:	8082                	ret

00011926 <__umul128>:
   11926:	02c537b3          	mulhu	a5,a0,a2
   1192a:	832e                	mv	t1,a1
   1192c:	02c585b3          	mul	a1,a1,a2
   11930:	02c33833          	mulhu	a6,t1,a2
   11934:	95be                	add	a1,a1,a5
   11936:	00f5b7b3          	sltu	a5,a1,a5
   1193a:	97c2                	add	a5,a5,a6
   1193c:	02a68833          	mul	a6,a3,a0
   11940:	02a6b8b3          	mulhu	a7,a3,a0
   11944:	95c2                	add	a1,a1,a6
   11946:	0105b833          	sltu	a6,a1,a6
   1194a:	98c2                	add	a7,a7,a6
   1194c:	02d30833          	mul	a6,t1,a3
   11950:	02d33333          	mulhu	t1,t1,a3
   11954:	983e                	add	a6,a6,a5
   11956:	011806b3          	add	a3,a6,a7
   1195a:	00f837b3          	sltu	a5,a6,a5
   1195e:	0106b833          	sltu	a6,a3,a6
   11962:	c314                	sw	a3,0(a4)
   11964:	979a                	add	a5,a5,t1
   11966:	983e                	add	a6,a6,a5
   11968:	02c50533          	mul	a0,a0,a2
   1196c:	01072223          	sw	a6,4(a4)
   11970:	8082                	ret

00011972 <__shiftright128>:
   11972:	790002ef          	jal	t0,12102 <__riscv_save_4>
   11976:	8a2a                	mv	s4,a0
   11978:	8532                	mv	a0,a2
   1197a:	04000613          	li	a2,64
   1197e:	8e19                	sub	a2,a2,a4
   11980:	89ae                	mv	s3,a1
   11982:	85b6                	mv	a1,a3
   11984:	843a                	mv	s0,a4
   11986:	2079                	jal	11a14 <__ashldi3>
   11988:	892a                	mv	s2,a0
   1198a:	84ae                	mv	s1,a1
   1198c:	8622                	mv	a2,s0
   1198e:	8552                	mv	a0,s4
   11990:	85ce                	mv	a1,s3
   11992:	28a9                	jal	119ec <__lshrdi3>
   11994:	00a96533          	or	a0,s2,a0
   11998:	8dc5                	or	a1,a1,s1
   1199a:	af71                	j	12136 <__riscv_restore_4>

0001199c <__libc_fini_array>:
   1199c:	780002ef          	jal	t0,1211c <__riscv_save_0>
   119a0:	67cd                	lui	a5,0x13
   119a2:	644d                	lui	s0,0x13
   119a4:	53878713          	add	a4,a5,1336 # 13538 <__fini_array_end>
   119a8:	53840413          	add	s0,s0,1336 # 13538 <__fini_array_end>
   119ac:	8c19                	sub	s0,s0,a4
   119ae:	8409                	sra	s0,s0,0x2
   119b0:	53878493          	add	s1,a5,1336
   119b4:	e809                	bnez	s0,119c6 <__libc_fini_array+0x2a>
   119b6:	00000793          	li	a5,0
   119ba:	c789                	beqz	a5,119c4 <__libc_fini_array+0x28>
   119bc:	00000097          	auipc	ra,0x0
   119c0:	000000e7          	jalr	zero # 0 <errno>
   119c4:	afb5                	j	12140 <__riscv_restore_0>
   119c6:	147d                	add	s0,s0,-1
   119c8:	00241793          	sll	a5,s0,0x2
   119cc:	97a6                	add	a5,a5,s1
   119ce:	439c                	lw	a5,0(a5)
   119d0:	9782                	jalr	a5
   119d2:	b7cd                	j	119b4 <__libc_fini_array+0x18>

000119d4 <strnlen>:
   119d4:	95aa                	add	a1,a1,a0
   119d6:	87aa                	mv	a5,a0
   119d8:	00b78563          	beq	a5,a1,119e2 <strnlen+0xe>
   119dc:	0007c703          	lbu	a4,0(a5)
   119e0:	e701                	bnez	a4,119e8 <strnlen+0x14>
   119e2:	40a78533          	sub	a0,a5,a0
   119e6:	8082                	ret
   119e8:	0785                	add	a5,a5,1
   119ea:	b7fd                	j	119d8 <strnlen+0x4>

000119ec <__lshrdi3>:
   119ec:	ca19                	beqz	a2,11a02 <__lshrdi3+0x16>
   119ee:	02000793          	li	a5,32
   119f2:	8f91                	sub	a5,a5,a2
   119f4:	00f04863          	bgtz	a5,11a04 <__lshrdi3+0x18>
   119f8:	1601                	add	a2,a2,-32
   119fa:	00c5d533          	srl	a0,a1,a2
   119fe:	4701                	li	a4,0
   11a00:	85ba                	mv	a1,a4
   11a02:	8082                	ret
   11a04:	00c5d733          	srl	a4,a1,a2
   11a08:	00c55533          	srl	a0,a0,a2
   11a0c:	00f595b3          	sll	a1,a1,a5
   11a10:	8d4d                	or	a0,a0,a1
   11a12:	b7fd                	j	11a00 <__lshrdi3+0x14>

00011a14 <__ashldi3>:
   11a14:	ca19                	beqz	a2,11a2a <__ashldi3+0x16>
   11a16:	02000793          	li	a5,32
   11a1a:	8f91                	sub	a5,a5,a2
   11a1c:	00f04863          	bgtz	a5,11a2c <__ashldi3+0x18>
   11a20:	1601                	add	a2,a2,-32
   11a22:	00c515b3          	sll	a1,a0,a2
   11a26:	4701                	li	a4,0
   11a28:	853a                	mv	a0,a4
   11a2a:	8082                	ret
   11a2c:	00c51733          	sll	a4,a0,a2
   11a30:	00c595b3          	sll	a1,a1,a2
   11a34:	00f55533          	srl	a0,a0,a5
   11a38:	8dc9                	or	a1,a1,a0
   11a3a:	b7fd                	j	11a28 <__ashldi3+0x14>

00011a3c <__ashrdi3>:
   11a3c:	ce01                	beqz	a2,11a54 <__ashrdi3+0x18>
   11a3e:	02000793          	li	a5,32
   11a42:	8f91                	sub	a5,a5,a2
   11a44:	00f04963          	bgtz	a5,11a56 <__ashrdi3+0x1a>
   11a48:	1601                	add	a2,a2,-32
   11a4a:	41f5d713          	sra	a4,a1,0x1f
   11a4e:	40c5d533          	sra	a0,a1,a2
   11a52:	85ba                	mv	a1,a4
   11a54:	8082                	ret
   11a56:	40c5d733          	sra	a4,a1,a2
   11a5a:	00c55533          	srl	a0,a0,a2
   11a5e:	00f595b3          	sll	a1,a1,a5
   11a62:	8d4d                	or	a0,a0,a1
   11a64:	b7fd                	j	11a52 <__ashrdi3+0x16>

00011a66 <__udivdi3>:
   11a66:	88aa                	mv	a7,a0
   11a68:	832e                	mv	t1,a1
   11a6a:	8732                	mv	a4,a2
   11a6c:	882a                	mv	a6,a0
   11a6e:	87ae                	mv	a5,a1
   11a70:	20069663          	bnez	a3,11c7c <__udivdi3+0x216>
   11a74:	00002597          	auipc	a1,0x2
   11a78:	9b858593          	add	a1,a1,-1608 # 1342c <__clz_tab>
   11a7c:	0cc37163          	bgeu	t1,a2,11b3e <__udivdi3+0xd8>
   11a80:	66c1                	lui	a3,0x10
   11a82:	0ad67763          	bgeu	a2,a3,11b30 <__udivdi3+0xca>
   11a86:	10063693          	sltiu	a3,a2,256
   11a8a:	0016c693          	xor	a3,a3,1
   11a8e:	068e                	sll	a3,a3,0x3
   11a90:	00d65533          	srl	a0,a2,a3
   11a94:	95aa                	add	a1,a1,a0
   11a96:	0005c583          	lbu	a1,0(a1)
   11a9a:	02000513          	li	a0,32
   11a9e:	96ae                	add	a3,a3,a1
   11aa0:	40d505b3          	sub	a1,a0,a3
   11aa4:	00d50b63          	beq	a0,a3,11aba <__udivdi3+0x54>
   11aa8:	00b317b3          	sll	a5,t1,a1
   11aac:	00d8d6b3          	srl	a3,a7,a3
   11ab0:	00b61733          	sll	a4,a2,a1
   11ab4:	8fd5                	or	a5,a5,a3
   11ab6:	00b89833          	sll	a6,a7,a1
   11aba:	01075593          	srl	a1,a4,0x10
   11abe:	02b7d333          	divu	t1,a5,a1
   11ac2:	01071613          	sll	a2,a4,0x10
   11ac6:	8241                	srl	a2,a2,0x10
   11ac8:	02b7f7b3          	remu	a5,a5,a1
   11acc:	851a                	mv	a0,t1
   11ace:	026608b3          	mul	a7,a2,t1
   11ad2:	01079693          	sll	a3,a5,0x10
   11ad6:	01085793          	srl	a5,a6,0x10
   11ada:	8fd5                	or	a5,a5,a3
   11adc:	0117fc63          	bgeu	a5,a7,11af4 <__udivdi3+0x8e>
   11ae0:	97ba                	add	a5,a5,a4
   11ae2:	fff30513          	add	a0,t1,-1
   11ae6:	00e7e763          	bltu	a5,a4,11af4 <__udivdi3+0x8e>
   11aea:	0117f563          	bgeu	a5,a7,11af4 <__udivdi3+0x8e>
   11aee:	ffe30513          	add	a0,t1,-2
   11af2:	97ba                	add	a5,a5,a4
   11af4:	411787b3          	sub	a5,a5,a7
   11af8:	02b7d8b3          	divu	a7,a5,a1
   11afc:	0842                	sll	a6,a6,0x10
   11afe:	01085813          	srl	a6,a6,0x10
   11b02:	02b7f7b3          	remu	a5,a5,a1
   11b06:	031606b3          	mul	a3,a2,a7
   11b0a:	07c2                	sll	a5,a5,0x10
   11b0c:	00f86833          	or	a6,a6,a5
   11b10:	87c6                	mv	a5,a7
   11b12:	00d87b63          	bgeu	a6,a3,11b28 <__udivdi3+0xc2>
   11b16:	983a                	add	a6,a6,a4
   11b18:	fff88793          	add	a5,a7,-1
   11b1c:	00e86663          	bltu	a6,a4,11b28 <__udivdi3+0xc2>
   11b20:	00d87463          	bgeu	a6,a3,11b28 <__udivdi3+0xc2>
   11b24:	ffe88793          	add	a5,a7,-2
   11b28:	0542                	sll	a0,a0,0x10
   11b2a:	8d5d                	or	a0,a0,a5
   11b2c:	4581                	li	a1,0
   11b2e:	8082                	ret
   11b30:	01000537          	lui	a0,0x1000
   11b34:	46c1                	li	a3,16
   11b36:	f4a66de3          	bltu	a2,a0,11a90 <__udivdi3+0x2a>
   11b3a:	46e1                	li	a3,24
   11b3c:	bf91                	j	11a90 <__udivdi3+0x2a>
   11b3e:	4681                	li	a3,0
   11b40:	ca09                	beqz	a2,11b52 <__udivdi3+0xec>
   11b42:	67c1                	lui	a5,0x10
   11b44:	08f67f63          	bgeu	a2,a5,11be2 <__udivdi3+0x17c>
   11b48:	10063693          	sltiu	a3,a2,256
   11b4c:	0016c693          	xor	a3,a3,1
   11b50:	068e                	sll	a3,a3,0x3
   11b52:	00d657b3          	srl	a5,a2,a3
   11b56:	95be                	add	a1,a1,a5
   11b58:	0005c783          	lbu	a5,0(a1)
   11b5c:	97b6                	add	a5,a5,a3
   11b5e:	02000693          	li	a3,32
   11b62:	40f685b3          	sub	a1,a3,a5
   11b66:	08f69563          	bne	a3,a5,11bf0 <__udivdi3+0x18a>
   11b6a:	40c307b3          	sub	a5,t1,a2
   11b6e:	4585                	li	a1,1
   11b70:	01075893          	srl	a7,a4,0x10
   11b74:	0317de33          	divu	t3,a5,a7
   11b78:	01071613          	sll	a2,a4,0x10
   11b7c:	8241                	srl	a2,a2,0x10
   11b7e:	01085693          	srl	a3,a6,0x10
   11b82:	0317f7b3          	remu	a5,a5,a7
   11b86:	8572                	mv	a0,t3
   11b88:	03c60333          	mul	t1,a2,t3
   11b8c:	07c2                	sll	a5,a5,0x10
   11b8e:	8fd5                	or	a5,a5,a3
   11b90:	0067fc63          	bgeu	a5,t1,11ba8 <__udivdi3+0x142>
   11b94:	97ba                	add	a5,a5,a4
   11b96:	fffe0513          	add	a0,t3,-1
   11b9a:	00e7e763          	bltu	a5,a4,11ba8 <__udivdi3+0x142>
   11b9e:	0067f563          	bgeu	a5,t1,11ba8 <__udivdi3+0x142>
   11ba2:	ffee0513          	add	a0,t3,-2
   11ba6:	97ba                	add	a5,a5,a4
   11ba8:	406787b3          	sub	a5,a5,t1
   11bac:	0317d333          	divu	t1,a5,a7
   11bb0:	0842                	sll	a6,a6,0x10
   11bb2:	01085813          	srl	a6,a6,0x10
   11bb6:	0317f7b3          	remu	a5,a5,a7
   11bba:	026606b3          	mul	a3,a2,t1
   11bbe:	07c2                	sll	a5,a5,0x10
   11bc0:	00f86833          	or	a6,a6,a5
   11bc4:	879a                	mv	a5,t1
   11bc6:	00d87b63          	bgeu	a6,a3,11bdc <__udivdi3+0x176>
   11bca:	983a                	add	a6,a6,a4
   11bcc:	fff30793          	add	a5,t1,-1
   11bd0:	00e86663          	bltu	a6,a4,11bdc <__udivdi3+0x176>
   11bd4:	00d87463          	bgeu	a6,a3,11bdc <__udivdi3+0x176>
   11bd8:	ffe30793          	add	a5,t1,-2
   11bdc:	0542                	sll	a0,a0,0x10
   11bde:	8d5d                	or	a0,a0,a5
   11be0:	8082                	ret
   11be2:	010007b7          	lui	a5,0x1000
   11be6:	46c1                	li	a3,16
   11be8:	f6f665e3          	bltu	a2,a5,11b52 <__udivdi3+0xec>
   11bec:	46e1                	li	a3,24
   11bee:	b795                	j	11b52 <__udivdi3+0xec>
   11bf0:	00b61733          	sll	a4,a2,a1
   11bf4:	00f356b3          	srl	a3,t1,a5
   11bf8:	01075513          	srl	a0,a4,0x10
   11bfc:	00b31333          	sll	t1,t1,a1
   11c00:	00f8d7b3          	srl	a5,a7,a5
   11c04:	0067e7b3          	or	a5,a5,t1
   11c08:	02a6d333          	divu	t1,a3,a0
   11c0c:	01071613          	sll	a2,a4,0x10
   11c10:	8241                	srl	a2,a2,0x10
   11c12:	00b89833          	sll	a6,a7,a1
   11c16:	02a6f6b3          	remu	a3,a3,a0
   11c1a:	026608b3          	mul	a7,a2,t1
   11c1e:	01069593          	sll	a1,a3,0x10
   11c22:	0107d693          	srl	a3,a5,0x10
   11c26:	8ecd                	or	a3,a3,a1
   11c28:	859a                	mv	a1,t1
   11c2a:	0116fc63          	bgeu	a3,a7,11c42 <__udivdi3+0x1dc>
   11c2e:	96ba                	add	a3,a3,a4
   11c30:	fff30593          	add	a1,t1,-1
   11c34:	00e6e763          	bltu	a3,a4,11c42 <__udivdi3+0x1dc>
   11c38:	0116f563          	bgeu	a3,a7,11c42 <__udivdi3+0x1dc>
   11c3c:	ffe30593          	add	a1,t1,-2
   11c40:	96ba                	add	a3,a3,a4
   11c42:	411686b3          	sub	a3,a3,a7
   11c46:	02a6d8b3          	divu	a7,a3,a0
   11c4a:	07c2                	sll	a5,a5,0x10
   11c4c:	83c1                	srl	a5,a5,0x10
   11c4e:	02a6f6b3          	remu	a3,a3,a0
   11c52:	03160633          	mul	a2,a2,a7
   11c56:	06c2                	sll	a3,a3,0x10
   11c58:	8fd5                	or	a5,a5,a3
   11c5a:	86c6                	mv	a3,a7
   11c5c:	00c7fc63          	bgeu	a5,a2,11c74 <__udivdi3+0x20e>
   11c60:	97ba                	add	a5,a5,a4
   11c62:	fff88693          	add	a3,a7,-1
   11c66:	00e7e763          	bltu	a5,a4,11c74 <__udivdi3+0x20e>
   11c6a:	00c7f563          	bgeu	a5,a2,11c74 <__udivdi3+0x20e>
   11c6e:	ffe88693          	add	a3,a7,-2
   11c72:	97ba                	add	a5,a5,a4
   11c74:	05c2                	sll	a1,a1,0x10
   11c76:	8f91                	sub	a5,a5,a2
   11c78:	8dd5                	or	a1,a1,a3
   11c7a:	bddd                	j	11b70 <__udivdi3+0x10a>
   11c7c:	14d5e163          	bltu	a1,a3,11dbe <__udivdi3+0x358>
   11c80:	67c1                	lui	a5,0x10
   11c82:	02f6ff63          	bgeu	a3,a5,11cc0 <__udivdi3+0x25a>
   11c86:	1006b713          	sltiu	a4,a3,256
   11c8a:	00174713          	xor	a4,a4,1
   11c8e:	070e                	sll	a4,a4,0x3
   11c90:	00e6d5b3          	srl	a1,a3,a4
   11c94:	00001797          	auipc	a5,0x1
   11c98:	79878793          	add	a5,a5,1944 # 1342c <__clz_tab>
   11c9c:	97ae                	add	a5,a5,a1
   11c9e:	0007c783          	lbu	a5,0(a5)
   11ca2:	97ba                	add	a5,a5,a4
   11ca4:	02000713          	li	a4,32
   11ca8:	40f705b3          	sub	a1,a4,a5
   11cac:	02f71163          	bne	a4,a5,11cce <__udivdi3+0x268>
   11cb0:	4505                	li	a0,1
   11cb2:	e666eee3          	bltu	a3,t1,11b2e <__udivdi3+0xc8>
   11cb6:	00c8b533          	sltu	a0,a7,a2
   11cba:	00154513          	xor	a0,a0,1
   11cbe:	8082                	ret
   11cc0:	010007b7          	lui	a5,0x1000
   11cc4:	4741                	li	a4,16
   11cc6:	fcf6e5e3          	bltu	a3,a5,11c90 <__udivdi3+0x22a>
   11cca:	4761                	li	a4,24
   11ccc:	b7d1                	j	11c90 <__udivdi3+0x22a>
   11cce:	00f65733          	srl	a4,a2,a5
   11cd2:	00b696b3          	sll	a3,a3,a1
   11cd6:	8ed9                	or	a3,a3,a4
   11cd8:	00f35733          	srl	a4,t1,a5
   11cdc:	00b31333          	sll	t1,t1,a1
   11ce0:	00f8d7b3          	srl	a5,a7,a5
   11ce4:	0067e7b3          	or	a5,a5,t1
   11ce8:	0106d313          	srl	t1,a3,0x10
   11cec:	02675eb3          	divu	t4,a4,t1
   11cf0:	01069813          	sll	a6,a3,0x10
   11cf4:	01085813          	srl	a6,a6,0x10
   11cf8:	00b61633          	sll	a2,a2,a1
   11cfc:	02677733          	remu	a4,a4,t1
   11d00:	03d80e33          	mul	t3,a6,t4
   11d04:	01071513          	sll	a0,a4,0x10
   11d08:	0107d713          	srl	a4,a5,0x10
   11d0c:	8f49                	or	a4,a4,a0
   11d0e:	8576                	mv	a0,t4
   11d10:	01c77c63          	bgeu	a4,t3,11d28 <__udivdi3+0x2c2>
   11d14:	9736                	add	a4,a4,a3
   11d16:	fffe8513          	add	a0,t4,-1
   11d1a:	00d76763          	bltu	a4,a3,11d28 <__udivdi3+0x2c2>
   11d1e:	01c77563          	bgeu	a4,t3,11d28 <__udivdi3+0x2c2>
   11d22:	ffee8513          	add	a0,t4,-2
   11d26:	9736                	add	a4,a4,a3
   11d28:	41c70733          	sub	a4,a4,t3
   11d2c:	02675e33          	divu	t3,a4,t1
   11d30:	07c2                	sll	a5,a5,0x10
   11d32:	83c1                	srl	a5,a5,0x10
   11d34:	02677733          	remu	a4,a4,t1
   11d38:	03c80833          	mul	a6,a6,t3
   11d3c:	0742                	sll	a4,a4,0x10
   11d3e:	8fd9                	or	a5,a5,a4
   11d40:	8772                	mv	a4,t3
   11d42:	0107fc63          	bgeu	a5,a6,11d5a <__udivdi3+0x2f4>
   11d46:	97b6                	add	a5,a5,a3
   11d48:	fffe0713          	add	a4,t3,-1
   11d4c:	00d7e763          	bltu	a5,a3,11d5a <__udivdi3+0x2f4>
   11d50:	0107f563          	bgeu	a5,a6,11d5a <__udivdi3+0x2f4>
   11d54:	ffee0713          	add	a4,t3,-2
   11d58:	97b6                	add	a5,a5,a3
   11d5a:	0542                	sll	a0,a0,0x10
   11d5c:	6e41                	lui	t3,0x10
   11d5e:	8d59                	or	a0,a0,a4
   11d60:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   11d64:	00d57733          	and	a4,a0,a3
   11d68:	410787b3          	sub	a5,a5,a6
   11d6c:	8ef1                	and	a3,a3,a2
   11d6e:	01055813          	srl	a6,a0,0x10
   11d72:	8241                	srl	a2,a2,0x10
   11d74:	02d70333          	mul	t1,a4,a3
   11d78:	02d806b3          	mul	a3,a6,a3
   11d7c:	02c70733          	mul	a4,a4,a2
   11d80:	02c80833          	mul	a6,a6,a2
   11d84:	00d70633          	add	a2,a4,a3
   11d88:	01035713          	srl	a4,t1,0x10
   11d8c:	9732                	add	a4,a4,a2
   11d8e:	00d77363          	bgeu	a4,a3,11d94 <__udivdi3+0x32e>
   11d92:	9872                	add	a6,a6,t3
   11d94:	01075693          	srl	a3,a4,0x10
   11d98:	96c2                	add	a3,a3,a6
   11d9a:	02d7e063          	bltu	a5,a3,11dba <__udivdi3+0x354>
   11d9e:	d8d797e3          	bne	a5,a3,11b2c <__udivdi3+0xc6>
   11da2:	67c1                	lui	a5,0x10
   11da4:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   11da6:	8f7d                	and	a4,a4,a5
   11da8:	0742                	sll	a4,a4,0x10
   11daa:	00f37333          	and	t1,t1,a5
   11dae:	00b898b3          	sll	a7,a7,a1
   11db2:	971a                	add	a4,a4,t1
   11db4:	4581                	li	a1,0
   11db6:	d6e8fce3          	bgeu	a7,a4,11b2e <__udivdi3+0xc8>
   11dba:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   11dbc:	bb85                	j	11b2c <__udivdi3+0xc6>
   11dbe:	4581                	li	a1,0
   11dc0:	4501                	li	a0,0
   11dc2:	8082                	ret

00011dc4 <__umoddi3>:
   11dc4:	8832                	mv	a6,a2
   11dc6:	87aa                	mv	a5,a0
   11dc8:	872e                	mv	a4,a1
   11dca:	1a069363          	bnez	a3,11f70 <__umoddi3+0x1ac>
   11dce:	00001897          	auipc	a7,0x1
   11dd2:	65e88893          	add	a7,a7,1630 # 1342c <__clz_tab>
   11dd6:	0ac5f663          	bgeu	a1,a2,11e82 <__umoddi3+0xbe>
   11dda:	66c1                	lui	a3,0x10
   11ddc:	08d67c63          	bgeu	a2,a3,11e74 <__umoddi3+0xb0>
   11de0:	10063693          	sltiu	a3,a2,256
   11de4:	0016c693          	xor	a3,a3,1
   11de8:	068e                	sll	a3,a3,0x3
   11dea:	00d65333          	srl	t1,a2,a3
   11dee:	989a                	add	a7,a7,t1
   11df0:	0008c883          	lbu	a7,0(a7)
   11df4:	02000313          	li	t1,32
   11df8:	96c6                	add	a3,a3,a7
   11dfa:	40d308b3          	sub	a7,t1,a3
   11dfe:	00d30b63          	beq	t1,a3,11e14 <__umoddi3+0x50>
   11e02:	01159733          	sll	a4,a1,a7
   11e06:	00d556b3          	srl	a3,a0,a3
   11e0a:	01161833          	sll	a6,a2,a7
   11e0e:	8f55                	or	a4,a4,a3
   11e10:	011517b3          	sll	a5,a0,a7
   11e14:	01085613          	srl	a2,a6,0x10
   11e18:	02c756b3          	divu	a3,a4,a2
   11e1c:	01081513          	sll	a0,a6,0x10
   11e20:	8141                	srl	a0,a0,0x10
   11e22:	02c77733          	remu	a4,a4,a2
   11e26:	02a686b3          	mul	a3,a3,a0
   11e2a:	01071593          	sll	a1,a4,0x10
   11e2e:	0107d713          	srl	a4,a5,0x10
   11e32:	8f4d                	or	a4,a4,a1
   11e34:	00d77863          	bgeu	a4,a3,11e44 <__umoddi3+0x80>
   11e38:	9742                	add	a4,a4,a6
   11e3a:	01076563          	bltu	a4,a6,11e44 <__umoddi3+0x80>
   11e3e:	00d77363          	bgeu	a4,a3,11e44 <__umoddi3+0x80>
   11e42:	9742                	add	a4,a4,a6
   11e44:	8f15                	sub	a4,a4,a3
   11e46:	02c756b3          	divu	a3,a4,a2
   11e4a:	02c77733          	remu	a4,a4,a2
   11e4e:	02a686b3          	mul	a3,a3,a0
   11e52:	07c2                	sll	a5,a5,0x10
   11e54:	0742                	sll	a4,a4,0x10
   11e56:	83c1                	srl	a5,a5,0x10
   11e58:	8fd9                	or	a5,a5,a4
   11e5a:	00d7f863          	bgeu	a5,a3,11e6a <__umoddi3+0xa6>
   11e5e:	97c2                	add	a5,a5,a6
   11e60:	0107e563          	bltu	a5,a6,11e6a <__umoddi3+0xa6>
   11e64:	00d7f363          	bgeu	a5,a3,11e6a <__umoddi3+0xa6>
   11e68:	97c2                	add	a5,a5,a6
   11e6a:	8f95                	sub	a5,a5,a3
   11e6c:	0117d533          	srl	a0,a5,a7
   11e70:	4581                	li	a1,0
   11e72:	8082                	ret
   11e74:	01000337          	lui	t1,0x1000
   11e78:	46c1                	li	a3,16
   11e7a:	f66668e3          	bltu	a2,t1,11dea <__umoddi3+0x26>
   11e7e:	46e1                	li	a3,24
   11e80:	b7ad                	j	11dea <__umoddi3+0x26>
   11e82:	4681                	li	a3,0
   11e84:	ca09                	beqz	a2,11e96 <__umoddi3+0xd2>
   11e86:	6741                	lui	a4,0x10
   11e88:	06e67463          	bgeu	a2,a4,11ef0 <__umoddi3+0x12c>
   11e8c:	10063693          	sltiu	a3,a2,256
   11e90:	0016c693          	xor	a3,a3,1
   11e94:	068e                	sll	a3,a3,0x3
   11e96:	00d65733          	srl	a4,a2,a3
   11e9a:	98ba                	add	a7,a7,a4
   11e9c:	0008c703          	lbu	a4,0(a7)
   11ea0:	9736                	add	a4,a4,a3
   11ea2:	02000693          	li	a3,32
   11ea6:	40e688b3          	sub	a7,a3,a4
   11eaa:	04e69a63          	bne	a3,a4,11efe <__umoddi3+0x13a>
   11eae:	40c58733          	sub	a4,a1,a2
   11eb2:	01085593          	srl	a1,a6,0x10
   11eb6:	02b75633          	divu	a2,a4,a1
   11eba:	01081513          	sll	a0,a6,0x10
   11ebe:	8141                	srl	a0,a0,0x10
   11ec0:	0107d693          	srl	a3,a5,0x10
   11ec4:	02b77733          	remu	a4,a4,a1
   11ec8:	02a60633          	mul	a2,a2,a0
   11ecc:	0742                	sll	a4,a4,0x10
   11ece:	8f55                	or	a4,a4,a3
   11ed0:	00c77863          	bgeu	a4,a2,11ee0 <__umoddi3+0x11c>
   11ed4:	9742                	add	a4,a4,a6
   11ed6:	01076563          	bltu	a4,a6,11ee0 <__umoddi3+0x11c>
   11eda:	00c77363          	bgeu	a4,a2,11ee0 <__umoddi3+0x11c>
   11ede:	9742                	add	a4,a4,a6
   11ee0:	8f11                	sub	a4,a4,a2
   11ee2:	02b756b3          	divu	a3,a4,a1
   11ee6:	02b77733          	remu	a4,a4,a1
   11eea:	02a686b3          	mul	a3,a3,a0
   11eee:	b795                	j	11e52 <__umoddi3+0x8e>
   11ef0:	01000737          	lui	a4,0x1000
   11ef4:	46c1                	li	a3,16
   11ef6:	fae660e3          	bltu	a2,a4,11e96 <__umoddi3+0xd2>
   11efa:	46e1                	li	a3,24
   11efc:	bf69                	j	11e96 <__umoddi3+0xd2>
   11efe:	01161833          	sll	a6,a2,a7
   11f02:	00e5d6b3          	srl	a3,a1,a4
   11f06:	011517b3          	sll	a5,a0,a7
   11f0a:	011595b3          	sll	a1,a1,a7
   11f0e:	00e55733          	srl	a4,a0,a4
   11f12:	01085513          	srl	a0,a6,0x10
   11f16:	8f4d                	or	a4,a4,a1
   11f18:	02a6d5b3          	divu	a1,a3,a0
   11f1c:	01081313          	sll	t1,a6,0x10
   11f20:	01035313          	srl	t1,t1,0x10
   11f24:	02a6f6b3          	remu	a3,a3,a0
   11f28:	026585b3          	mul	a1,a1,t1
   11f2c:	01069613          	sll	a2,a3,0x10
   11f30:	01075693          	srl	a3,a4,0x10
   11f34:	8ed1                	or	a3,a3,a2
   11f36:	00b6f863          	bgeu	a3,a1,11f46 <__umoddi3+0x182>
   11f3a:	96c2                	add	a3,a3,a6
   11f3c:	0106e563          	bltu	a3,a6,11f46 <__umoddi3+0x182>
   11f40:	00b6f363          	bgeu	a3,a1,11f46 <__umoddi3+0x182>
   11f44:	96c2                	add	a3,a3,a6
   11f46:	8e8d                	sub	a3,a3,a1
   11f48:	02a6d633          	divu	a2,a3,a0
   11f4c:	0742                	sll	a4,a4,0x10
   11f4e:	8341                	srl	a4,a4,0x10
   11f50:	02a6f6b3          	remu	a3,a3,a0
   11f54:	02660633          	mul	a2,a2,t1
   11f58:	06c2                	sll	a3,a3,0x10
   11f5a:	8f55                	or	a4,a4,a3
   11f5c:	00c77863          	bgeu	a4,a2,11f6c <__umoddi3+0x1a8>
   11f60:	9742                	add	a4,a4,a6
   11f62:	01076563          	bltu	a4,a6,11f6c <__umoddi3+0x1a8>
   11f66:	00c77363          	bgeu	a4,a2,11f6c <__umoddi3+0x1a8>
   11f6a:	9742                	add	a4,a4,a6
   11f6c:	8f11                	sub	a4,a4,a2
   11f6e:	b791                	j	11eb2 <__umoddi3+0xee>
   11f70:	16d5ed63          	bltu	a1,a3,120ea <__umoddi3+0x326>
   11f74:	6841                	lui	a6,0x10
   11f76:	0506f763          	bgeu	a3,a6,11fc4 <__umoddi3+0x200>
   11f7a:	1006b813          	sltiu	a6,a3,256
   11f7e:	00184813          	xor	a6,a6,1
   11f82:	080e                	sll	a6,a6,0x3
   11f84:	0106d333          	srl	t1,a3,a6
   11f88:	00001897          	auipc	a7,0x1
   11f8c:	4a488893          	add	a7,a7,1188 # 1342c <__clz_tab>
   11f90:	989a                	add	a7,a7,t1
   11f92:	0008c883          	lbu	a7,0(a7)
   11f96:	02000313          	li	t1,32
   11f9a:	98c2                	add	a7,a7,a6
   11f9c:	41130833          	sub	a6,t1,a7
   11fa0:	03131963          	bne	t1,a7,11fd2 <__umoddi3+0x20e>
   11fa4:	00b6e463          	bltu	a3,a1,11fac <__umoddi3+0x1e8>
   11fa8:	00c56b63          	bltu	a0,a2,11fbe <__umoddi3+0x1fa>
   11fac:	40c50633          	sub	a2,a0,a2
   11fb0:	40d586b3          	sub	a3,a1,a3
   11fb4:	00c53733          	sltu	a4,a0,a2
   11fb8:	87b2                	mv	a5,a2
   11fba:	40e68733          	sub	a4,a3,a4
   11fbe:	853e                	mv	a0,a5
   11fc0:	85ba                	mv	a1,a4
   11fc2:	8082                	ret
   11fc4:	010008b7          	lui	a7,0x1000
   11fc8:	4841                	li	a6,16
   11fca:	fb16ede3          	bltu	a3,a7,11f84 <__umoddi3+0x1c0>
   11fce:	4861                	li	a6,24
   11fd0:	bf55                	j	11f84 <__umoddi3+0x1c0>
   11fd2:	011657b3          	srl	a5,a2,a7
   11fd6:	010696b3          	sll	a3,a3,a6
   11fda:	8edd                	or	a3,a3,a5
   11fdc:	0115d733          	srl	a4,a1,a7
   11fe0:	0106de13          	srl	t3,a3,0x10
   11fe4:	03c75f33          	divu	t5,a4,t3
   11fe8:	01069313          	sll	t1,a3,0x10
   11fec:	01035313          	srl	t1,t1,0x10
   11ff0:	010597b3          	sll	a5,a1,a6
   11ff4:	011555b3          	srl	a1,a0,a7
   11ff8:	8ddd                	or	a1,a1,a5
   11ffa:	0105d793          	srl	a5,a1,0x10
   11ffe:	01061633          	sll	a2,a2,a6
   12002:	01051533          	sll	a0,a0,a6
   12006:	03c77733          	remu	a4,a4,t3
   1200a:	03e30eb3          	mul	t4,t1,t5
   1200e:	0742                	sll	a4,a4,0x10
   12010:	8fd9                	or	a5,a5,a4
   12012:	877a                	mv	a4,t5
   12014:	01d7fc63          	bgeu	a5,t4,1202c <__umoddi3+0x268>
   12018:	97b6                	add	a5,a5,a3
   1201a:	ffff0713          	add	a4,t5,-1
   1201e:	00d7e763          	bltu	a5,a3,1202c <__umoddi3+0x268>
   12022:	01d7f563          	bgeu	a5,t4,1202c <__umoddi3+0x268>
   12026:	ffef0713          	add	a4,t5,-2
   1202a:	97b6                	add	a5,a5,a3
   1202c:	41d787b3          	sub	a5,a5,t4
   12030:	03c7deb3          	divu	t4,a5,t3
   12034:	05c2                	sll	a1,a1,0x10
   12036:	81c1                	srl	a1,a1,0x10
   12038:	03c7f7b3          	remu	a5,a5,t3
   1203c:	8e76                	mv	t3,t4
   1203e:	03d30333          	mul	t1,t1,t4
   12042:	07c2                	sll	a5,a5,0x10
   12044:	8ddd                	or	a1,a1,a5
   12046:	0065fc63          	bgeu	a1,t1,1205e <__umoddi3+0x29a>
   1204a:	95b6                	add	a1,a1,a3
   1204c:	fffe8e13          	add	t3,t4,-1
   12050:	00d5e763          	bltu	a1,a3,1205e <__umoddi3+0x29a>
   12054:	0065f563          	bgeu	a1,t1,1205e <__umoddi3+0x29a>
   12058:	ffee8e13          	add	t3,t4,-2
   1205c:	95b6                	add	a1,a1,a3
   1205e:	01071793          	sll	a5,a4,0x10
   12062:	6f41                	lui	t5,0x10
   12064:	01c7e7b3          	or	a5,a5,t3
   12068:	406585b3          	sub	a1,a1,t1
   1206c:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12070:	0067f733          	and	a4,a5,t1
   12074:	01065e13          	srl	t3,a2,0x10
   12078:	83c1                	srl	a5,a5,0x10
   1207a:	00667333          	and	t1,a2,t1
   1207e:	02670eb3          	mul	t4,a4,t1
   12082:	02678333          	mul	t1,a5,t1
   12086:	03c70733          	mul	a4,a4,t3
   1208a:	03c787b3          	mul	a5,a5,t3
   1208e:	00670e33          	add	t3,a4,t1
   12092:	010ed713          	srl	a4,t4,0x10
   12096:	9772                	add	a4,a4,t3
   12098:	00677363          	bgeu	a4,t1,1209e <__umoddi3+0x2da>
   1209c:	97fa                	add	a5,a5,t5
   1209e:	01075313          	srl	t1,a4,0x10
   120a2:	979a                	add	a5,a5,t1
   120a4:	6341                	lui	t1,0x10
   120a6:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   120a8:	00677733          	and	a4,a4,t1
   120ac:	0742                	sll	a4,a4,0x10
   120ae:	006efeb3          	and	t4,t4,t1
   120b2:	9776                	add	a4,a4,t4
   120b4:	00f5e663          	bltu	a1,a5,120c0 <__umoddi3+0x2fc>
   120b8:	00f59b63          	bne	a1,a5,120ce <__umoddi3+0x30a>
   120bc:	00e57963          	bgeu	a0,a4,120ce <__umoddi3+0x30a>
   120c0:	40c70633          	sub	a2,a4,a2
   120c4:	00c73333          	sltu	t1,a4,a2
   120c8:	969a                	add	a3,a3,t1
   120ca:	8732                	mv	a4,a2
   120cc:	8f95                	sub	a5,a5,a3
   120ce:	40e50733          	sub	a4,a0,a4
   120d2:	00e53533          	sltu	a0,a0,a4
   120d6:	8d9d                	sub	a1,a1,a5
   120d8:	8d89                	sub	a1,a1,a0
   120da:	011598b3          	sll	a7,a1,a7
   120de:	01075733          	srl	a4,a4,a6
   120e2:	00e8e533          	or	a0,a7,a4
   120e6:	0105d5b3          	srl	a1,a1,a6
   120ea:	8082                	ret

000120ec <__riscv_save_12>:
   120ec:	7139                	add	sp,sp,-64
   120ee:	4301                	li	t1,0
   120f0:	c66e                	sw	s11,12(sp)
   120f2:	a019                	j	120f8 <__riscv_save_10+0x4>

000120f4 <__riscv_save_10>:
   120f4:	7139                	add	sp,sp,-64
   120f6:	5341                	li	t1,-16
   120f8:	c86a                	sw	s10,16(sp)
   120fa:	ca66                	sw	s9,20(sp)
   120fc:	cc62                	sw	s8,24(sp)
   120fe:	ce5e                	sw	s7,28(sp)
   12100:	a019                	j	12106 <__riscv_save_4+0x4>

00012102 <__riscv_save_4>:
   12102:	7139                	add	sp,sp,-64
   12104:	5301                	li	t1,-32
   12106:	d05a                	sw	s6,32(sp)
   12108:	d256                	sw	s5,36(sp)
   1210a:	d452                	sw	s4,40(sp)
   1210c:	d64e                	sw	s3,44(sp)
   1210e:	d84a                	sw	s2,48(sp)
   12110:	da26                	sw	s1,52(sp)
   12112:	dc22                	sw	s0,56(sp)
   12114:	de06                	sw	ra,60(sp)
   12116:	40610133          	sub	sp,sp,t1
   1211a:	8282                	jr	t0

0001211c <__riscv_save_0>:
   1211c:	1141                	add	sp,sp,-16
   1211e:	c04a                	sw	s2,0(sp)
   12120:	c226                	sw	s1,4(sp)
   12122:	c422                	sw	s0,8(sp)
   12124:	c606                	sw	ra,12(sp)
   12126:	8282                	jr	t0

00012128 <__riscv_restore_12>:
   12128:	4db2                	lw	s11,12(sp)
   1212a:	0141                	add	sp,sp,16

0001212c <__riscv_restore_10>:
   1212c:	4d02                	lw	s10,0(sp)
   1212e:	4c92                	lw	s9,4(sp)
   12130:	4c22                	lw	s8,8(sp)
   12132:	4bb2                	lw	s7,12(sp)
   12134:	0141                	add	sp,sp,16

00012136 <__riscv_restore_4>:
   12136:	4b02                	lw	s6,0(sp)
   12138:	4a92                	lw	s5,4(sp)
   1213a:	4a22                	lw	s4,8(sp)
   1213c:	49b2                	lw	s3,12(sp)
   1213e:	0141                	add	sp,sp,16

00012140 <__riscv_restore_0>:
   12140:	4902                	lw	s2,0(sp)
   12142:	4492                	lw	s1,4(sp)
   12144:	4422                	lw	s0,8(sp)
   12146:	40b2                	lw	ra,12(sp)
   12148:	0141                	add	sp,sp,16
   1214a:	8082                	ret
