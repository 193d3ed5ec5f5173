
build/ls.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	226d                	jal	101be <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2401                	jal	1021c <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	7139                	add	sp,sp,-64
   10022:	da26                	sw	s1,52(sp)
   10024:	d84a                	sw	s2,48(sp)
   10026:	d64e                	sw	s3,44(sp)
   10028:	d452                	sw	s4,40(sp)
   1002a:	de06                	sw	ra,60(sp)
   1002c:	dc22                	sw	s0,56(sp)
   1002e:	4901                	li	s2,0
   10030:	4481                	li	s1,0
   10032:	5a79                	li	s4,-2
   10034:	69cd                	lui	s3,0x13
   10036:	a031                	j	10042 <main+0x22>
   10038:	02044f63          	bltz	s0,10076 <main+0x56>
   1003c:	2afd                	jal	1023a <printf>
   1003e:	0485                	add	s1,s1,1
   10040:	9922                	add	s2,s2,s0
   10042:	004c                	add	a1,sp,4
   10044:	4671                	li	a2,28
   10046:	8526                	mv	a0,s1
   10048:	2059                	jal	100ce <list_file>
   1004a:	842a                	mv	s0,a0
   1004c:	862a                	mv	a2,a0
   1004e:	004c                	add	a1,sp,4
   10050:	02498513          	add	a0,s3,36 # 13024 <__riscv_restore_0+0xecc>
   10054:	ff4412e3          	bne	s0,s4,10038 <main+0x18>
   10058:	654d                	lui	a0,0x13
   1005a:	864a                	mv	a2,s2
   1005c:	85a6                	mv	a1,s1
   1005e:	03050513          	add	a0,a0,48 # 13030 <__riscv_restore_0+0xed8>
   10062:	2ae1                	jal	1023a <printf>
   10064:	4501                	li	a0,0
   10066:	50f2                	lw	ra,60(sp)
   10068:	5462                	lw	s0,56(sp)
   1006a:	54d2                	lw	s1,52(sp)
   1006c:	5942                	lw	s2,48(sp)
   1006e:	59b2                	lw	s3,44(sp)
   10070:	5a22                	lw	s4,40(sp)
   10072:	6121                	add	sp,sp,64
   10074:	8082                	ret
   10076:	654d                	lui	a0,0x13
   10078:	40800633          	neg	a2,s0
   1007c:	85a6                	mv	a1,s1
   1007e:	00050513          	mv	a0,a0
   10082:	2a65                	jal	1023a <printf>
   10084:	4505                	li	a0,1
   10086:	b7c5                	j	10066 <main+0x46>

00010088 <write>:
   10088:	4889                	li	a7,2
   1008a:	00000073          	ecall
   1008e:	00054363          	bltz	a0,10094 <write+0xc>
   10092:	8082                	ret
   10094:	fff54793          	not	a5,a0
   10098:	02500693          	li	a3,37
   1009c:	4715                	li	a4,5
   1009e:	00f6e863          	bltu	a3,a5,100ae <write+0x26>
   100a2:	674d                	lui	a4,0x13
   100a4:	04870713          	add	a4,a4,72 # 13048 <CSWTCH.24>
   100a8:	97ba                	add	a5,a5,a4
   100aa:	00078703          	lb	a4,0(a5)
   100ae:	00e22023          	sw	a4,0(tp) # 0 <errno>
   100b2:	557d                	li	a0,-1
   100b4:	8082                	ret

000100b6 <_exit>:
   100b6:	1141                	add	sp,sp,-16
   100b8:	c422                	sw	s0,8(sp)
   100ba:	c606                	sw	ra,12(sp)
   100bc:	842a                	mv	s0,a0
   100be:	20d1                	jal	10182 <ulib_flush_stdout>
   100c0:	8522                	mv	a0,s0
   100c2:	4581                	li	a1,0
   100c4:	4601                	li	a2,0
   100c6:	4885                	li	a7,1
   100c8:	00000073          	ecall
   100cc:	a001                	j	100cc <_exit+0x16>

000100ce <list_file>:
   100ce:	48b9                	li	a7,14
   100d0:	00000073          	ecall
   100d4:	8082                	ret

000100d6 <stdout_flush>:
   100d6:	1141                	add	sp,sp,-16
   100d8:	c04a                	sw	s2,0(sp)
   100da:	6951                	lui	s2,0x14
   100dc:	c422                	sw	s0,8(sp)
   100de:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   100e2:	c606                	sw	ra,12(sp)
   100e4:	c226                	sw	s1,4(sp)
   100e6:	cc11                	beqz	s0,10102 <stdout_flush+0x2c>
   100e8:	64d1                	lui	s1,0x14
   100ea:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   100ee:	a019                	j	100f4 <stdout_flush+0x1e>
   100f0:	94aa                	add	s1,s1,a0
   100f2:	c801                	beqz	s0,10102 <stdout_flush+0x2c>
   100f4:	8622                	mv	a2,s0
   100f6:	85a6                	mv	a1,s1
   100f8:	4505                	li	a0,1
   100fa:	3779                	jal	10088 <write>
   100fc:	8c09                	sub	s0,s0,a0
   100fe:	fea049e3          	bgtz	a0,100f0 <stdout_flush+0x1a>
   10102:	40b2                	lw	ra,12(sp)
   10104:	4422                	lw	s0,8(sp)
   10106:	02092023          	sw	zero,32(s2)
   1010a:	4492                	lw	s1,4(sp)
   1010c:	4902                	lw	s2,0(sp)
   1010e:	4501                	li	a0,0
   10110:	0141                	add	sp,sp,16
   10112:	8082                	ret

00010114 <stdout_put>:
   10114:	1101                	add	sp,sp,-32
   10116:	c64e                	sw	s3,12(sp)
   10118:	69d1                	lui	s3,0x14
   1011a:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   1011e:	ca26                	sw	s1,20(sp)
   10120:	64d1                	lui	s1,0x14
   10122:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   10126:	cc22                	sw	s0,24(sp)
   10128:	c84a                	sw	s2,16(sp)
   1012a:	00178413          	add	s0,a5,1
   1012e:	ce06                	sw	ra,28(sp)
   10130:	97a6                	add	a5,a5,s1
   10132:	00a78023          	sb	a0,0(a5)
   10136:	0289a023          	sw	s0,32(s3)
   1013a:	47a9                	li	a5,10
   1013c:	892a                	mv	s2,a0
   1013e:	00f50e63          	beq	a0,a5,1015a <stdout_put+0x46>
   10142:	20000793          	li	a5,512
   10146:	00f40b63          	beq	s0,a5,1015c <stdout_put+0x48>
   1014a:	40f2                	lw	ra,28(sp)
   1014c:	4462                	lw	s0,24(sp)
   1014e:	44d2                	lw	s1,20(sp)
   10150:	49b2                	lw	s3,12(sp)
   10152:	854a                	mv	a0,s2
   10154:	4942                	lw	s2,16(sp)
   10156:	6105                	add	sp,sp,32
   10158:	8082                	ret
   1015a:	c811                	beqz	s0,1016e <stdout_put+0x5a>
   1015c:	8622                	mv	a2,s0
   1015e:	85a6                	mv	a1,s1
   10160:	4505                	li	a0,1
   10162:	371d                	jal	10088 <write>
   10164:	8c09                	sub	s0,s0,a0
   10166:	00a05463          	blez	a0,1016e <stdout_put+0x5a>
   1016a:	94aa                	add	s1,s1,a0
   1016c:	f865                	bnez	s0,1015c <stdout_put+0x48>
   1016e:	40f2                	lw	ra,28(sp)
   10170:	4462                	lw	s0,24(sp)
   10172:	0209a023          	sw	zero,32(s3)
   10176:	44d2                	lw	s1,20(sp)
   10178:	49b2                	lw	s3,12(sp)
   1017a:	854a                	mv	a0,s2
   1017c:	4942                	lw	s2,16(sp)
   1017e:	6105                	add	sp,sp,32
   10180:	8082                	ret

00010182 <ulib_flush_stdout>:
   10182:	1141                	add	sp,sp,-16
   10184:	c04a                	sw	s2,0(sp)
   10186:	6951                	lui	s2,0x14
   10188:	c422                	sw	s0,8(sp)
   1018a:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   1018e:	c606                	sw	ra,12(sp)
   10190:	c226                	sw	s1,4(sp)
   10192:	cc11                	beqz	s0,101ae <ulib_flush_stdout+0x2c>
   10194:	64d1                	lui	s1,0x14
   10196:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   1019a:	a019                	j	101a0 <ulib_flush_stdout+0x1e>
   1019c:	94aa                	add	s1,s1,a0
   1019e:	c801                	beqz	s0,101ae <ulib_flush_stdout+0x2c>
   101a0:	8622                	mv	a2,s0
   101a2:	85a6                	mv	a1,s1
   101a4:	4505                	li	a0,1
   101a6:	35cd                	jal	10088 <write>
   101a8:	8c09                	sub	s0,s0,a0
   101aa:	fea049e3          	bgtz	a0,1019c <ulib_flush_stdout+0x1a>
   101ae:	40b2                	lw	ra,12(sp)
   101b0:	4422                	lw	s0,8(sp)
   101b2:	02092023          	sw	zero,32(s2)
   101b6:	4492                	lw	s1,4(sp)
   101b8:	4902                	lw	s2,0(sp)
   101ba:	0141                	add	sp,sp,16
   101bc:	8082                	ret

000101be <__libc_init_array>:
   101be:	777012ef          	jal	t0,12134 <__riscv_save_0>
   101c2:	64cd                	lui	s1,0x13
   101c4:	644d                	lui	s0,0x13
   101c6:	55848793          	add	a5,s1,1368 # 13558 <__fini_array_end>
   101ca:	55840413          	add	s0,s0,1368 # 13558 <__fini_array_end>
   101ce:	8c1d                	sub	s0,s0,a5
   101d0:	8409                	sra	s0,s0,0x2
   101d2:	55848493          	add	s1,s1,1368
   101d6:	4901                	li	s2,0
   101d8:	02891863          	bne	s2,s0,10208 <__libc_init_array+0x4a>
   101dc:	00000793          	li	a5,0
   101e0:	c789                	beqz	a5,101ea <__libc_init_array+0x2c>
   101e2:	00000097          	auipc	ra,0x0
   101e6:	000000e7          	jalr	zero # 0 <errno>
   101ea:	64cd                	lui	s1,0x13
   101ec:	644d                	lui	s0,0x13
   101ee:	55848793          	add	a5,s1,1368 # 13558 <__fini_array_end>
   101f2:	55840413          	add	s0,s0,1368 # 13558 <__fini_array_end>
   101f6:	8c1d                	sub	s0,s0,a5
   101f8:	8409                	sra	s0,s0,0x2
   101fa:	55848493          	add	s1,s1,1368
   101fe:	4901                	li	s2,0
   10200:	00891963          	bne	s2,s0,10212 <__libc_init_array+0x54>
   10204:	7550106f          	j	12158 <__riscv_restore_0>
   10208:	409c                	lw	a5,0(s1)
   1020a:	0905                	add	s2,s2,1
   1020c:	0491                	add	s1,s1,4
   1020e:	9782                	jalr	a5
   10210:	b7e1                	j	101d8 <__libc_init_array+0x1a>
   10212:	409c                	lw	a5,0(s1)
   10214:	0905                	add	s2,s2,1
   10216:	0491                	add	s1,s1,4
   10218:	9782                	jalr	a5
   1021a:	b7dd                	j	10200 <__libc_init_array+0x42>

0001021c <exit>:
   1021c:	719012ef          	jal	t0,12134 <__riscv_save_0>
   10220:	00000793          	li	a5,0
   10224:	842a                	mv	s0,a0
   10226:	c791                	beqz	a5,10232 <exit+0x16>
   10228:	4581                	li	a1,0
   1022a:	00000097          	auipc	ra,0x0
   1022e:	000000e7          	jalr	zero # 0 <errno>
   10232:	782010ef          	jal	119b4 <__libc_fini_array>
   10236:	8522                	mv	a0,s0
   10238:	3dbd                	jal	100b6 <_exit>

0001023a <printf>:
   1023a:	7139                	add	sp,sp,-64
   1023c:	da3e                	sw	a5,52(sp)
   1023e:	67cd                	lui	a5,0x13
   10240:	d22e                	sw	a1,36(sp)
   10242:	85aa                	mv	a1,a0
   10244:	54c7a503          	lw	a0,1356(a5) # 1354c <stdout>
   10248:	d432                	sw	a2,40(sp)
   1024a:	1050                	add	a2,sp,36
   1024c:	ce06                	sw	ra,28(sp)
   1024e:	d636                	sw	a3,44(sp)
   10250:	d83a                	sw	a4,48(sp)
   10252:	dc42                	sw	a6,56(sp)
   10254:	de46                	sw	a7,60(sp)
   10256:	c632                	sw	a2,12(sp)
   10258:	2411                	jal	1045c <__d_vfprintf>
   1025a:	40f2                	lw	ra,28(sp)
   1025c:	6121                	add	sp,sp,64
   1025e:	8082                	ret

00010260 <__ultoa_invert>:
   10260:	6ad012ef          	jal	t0,1210c <__riscv_save_10>
   10264:	2006f793          	and	a5,a3,512
   10268:	89aa                	mv	s3,a0
   1026a:	8a2e                	mv	s4,a1
   1026c:	8932                	mv	s2,a2
   1026e:	84b6                	mv	s1,a3
   10270:	02700b13          	li	s6,39
   10274:	c781                	beqz	a5,1027c <__ultoa_invert+0x1c>
   10276:	dff6f493          	and	s1,a3,-513
   1027a:	4b1d                	li	s6,7
   1027c:	41f4da93          	sra	s5,s1,0x1f
   10280:	4ca5                	li	s9,9
   10282:	8626                	mv	a2,s1
   10284:	86d6                	mv	a3,s5
   10286:	854e                	mv	a0,s3
   10288:	85d2                	mv	a1,s4
   1028a:	353010ef          	jal	11ddc <__umoddi3>
   1028e:	85d2                	mv	a1,s4
   10290:	0ff57413          	zext.b	s0,a0
   10294:	8626                	mv	a2,s1
   10296:	854e                	mv	a0,s3
   10298:	86d6                	mv	a3,s5
   1029a:	7e4010ef          	jal	11a7e <__udivdi3>
   1029e:	8c4e                	mv	s8,s3
   102a0:	8bd2                	mv	s7,s4
   102a2:	89aa                	mv	s3,a0
   102a4:	8a2e                	mv	s4,a1
   102a6:	008cf563          	bgeu	s9,s0,102b0 <__ultoa_invert+0x50>
   102aa:	945a                	add	s0,s0,s6
   102ac:	0ff47413          	zext.b	s0,s0
   102b0:	0905                	add	s2,s2,1
   102b2:	03040413          	add	s0,s0,48
   102b6:	fe890fa3          	sb	s0,-1(s2)
   102ba:	015be663          	bltu	s7,s5,102c6 <__ultoa_invert+0x66>
   102be:	fd7a92e3          	bne	s5,s7,10282 <__ultoa_invert+0x22>
   102c2:	fc9c70e3          	bgeu	s8,s1,10282 <__ultoa_invert+0x22>
   102c6:	854a                	mv	a0,s2
   102c8:	67d0106f          	j	12144 <__riscv_restore_10>

000102cc <skip_to_arg>:
   102cc:	641012ef          	jal	t0,1210c <__riscv_save_10>
   102d0:	4305                	li	t1,1
   102d2:	02500f13          	li	t5,37
   102d6:	88aa                	mv	a7,a0
   102d8:	00c34463          	blt	t1,a2,102e0 <skip_to_arg+0x14>
   102dc:	6690106f          	j	12144 <__riscv_restore_10>
   102e0:	87c6                	mv	a5,a7
   102e2:	88be                	mv	a7,a5
   102e4:	0007c703          	lbu	a4,0(a5)
   102e8:	0785                	add	a5,a5,1
   102ea:	db6d                	beqz	a4,102dc <skip_to_arg+0x10>
   102ec:	ffe71be3          	bne	a4,t5,102e2 <skip_to_arg+0x16>
   102f0:	0007c703          	lbu	a4,0(a5)
   102f4:	0889                	add	a7,a7,2
   102f6:	ffe705e3          	beq	a4,t5,102e0 <skip_to_arg+0x14>
   102fa:	6ecd                	lui	t4,0x13
   102fc:	4681                	li	a3,0
   102fe:	4e01                	li	t3,0
   10300:	4781                	li	a5,0
   10302:	42fd                	li	t0,31
   10304:	06c00f93          	li	t6,108
   10308:	07400393          	li	t2,116
   1030c:	07a00413          	li	s0,122
   10310:	06800493          	li	s1,104
   10314:	06a00913          	li	s2,106
   10318:	04c00993          	li	s3,76
   1031c:	4a25                	li	s4,9
   1031e:	02400a93          	li	s5,36
   10322:	07f00b13          	li	s6,127
   10326:	4bc1                	li	s7,16
   10328:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x731>
   1032c:	04f2e263          	bltu	t0,a5,10370 <skip_to_arg+0xa4>
   10330:	fe070813          	add	a6,a4,-32
   10334:	0ff87813          	zext.b	a6,a6
   10338:	030bf163          	bgeu	s7,a6,1035a <skip_to_arg+0x8e>
   1033c:	fd070813          	add	a6,a4,-48
   10340:	0ff87813          	zext.b	a6,a6
   10344:	4c25                	li	s8,9
   10346:	050c6563          	bltu	s8,a6,10390 <skip_to_arg+0xc4>
   1034a:	47a9                	li	a5,10
   1034c:	02f687b3          	mul	a5,a3,a5
   10350:	00f806b3          	add	a3,a6,a5
   10354:	02000793          	li	a5,32
   10358:	a039                	j	10366 <skip_to_arg+0x9a>
   1035a:	010ed833          	srl	a6,t4,a6
   1035e:	00187813          	and	a6,a6,1
   10362:	00080963          	beqz	a6,10374 <skip_to_arg+0xa8>
   10366:	0008c703          	lbu	a4,0(a7)
   1036a:	0885                	add	a7,a7,1
   1036c:	f361                	bnez	a4,1032c <skip_to_arg+0x60>
   1036e:	a8b1                	j	103ca <skip_to_arg+0xfe>
   10370:	04fb6363          	bltu	s6,a5,103b6 <skip_to_arg+0xea>
   10374:	fd070813          	add	a6,a4,-48
   10378:	0ff87813          	zext.b	a6,a6
   1037c:	fd0a77e3          	bgeu	s4,a6,1034a <skip_to_arg+0x7e>
   10380:	03571563          	bne	a4,s5,103aa <skip_to_arg+0xde>
   10384:	0a0e0063          	beqz	t3,10424 <skip_to_arg+0x158>
   10388:	0a668063          	beq	a3,t1,10428 <skip_to_arg+0x15c>
   1038c:	4681                	li	a3,0
   1038e:	bfe1                	j	10366 <skip_to_arg+0x9a>
   10390:	0fb77813          	and	a6,a4,251
   10394:	02a00c13          	li	s8,42
   10398:	ff880ae3          	beq	a6,s8,1038c <skip_to_arg+0xc0>
   1039c:	06c00813          	li	a6,108
   103a0:	01071d63          	bne	a4,a6,103ba <skip_to_arg+0xee>
   103a4:	0807e793          	or	a5,a5,128
   103a8:	bf7d                	j	10366 <skip_to_arg+0x9a>
   103aa:	0fb77813          	and	a6,a4,251
   103ae:	02a00c13          	li	s8,42
   103b2:	fd880de3          	beq	a6,s8,1038c <skip_to_arg+0xc0>
   103b6:	05f70663          	beq	a4,t6,10402 <skip_to_arg+0x136>
   103ba:	02efef63          	bltu	t6,a4,103f8 <skip_to_arg+0x12c>
   103be:	04970863          	beq	a4,s1,1040e <skip_to_arg+0x142>
   103c2:	05270e63          	beq	a4,s2,1041e <skip_to_arg+0x152>
   103c6:	05370c63          	beq	a4,s3,1041e <skip_to_arg+0x152>
   103ca:	f00e09e3          	beqz	t3,102dc <skip_to_arg+0x10>
   103ce:	f06e15e3          	bne	t3,t1,102d8 <skip_to_arg+0xc>
   103d2:	02076893          	or	a7,a4,32
   103d6:	f9b88813          	add	a6,a7,-101
   103da:	0ff87813          	zext.b	a6,a6
   103de:	4e09                	li	t3,2
   103e0:	4194                	lw	a3,0(a1)
   103e2:	010e7663          	bgeu	t3,a6,103ee <skip_to_arg+0x122>
   103e6:	06100813          	li	a6,97
   103ea:	05089263          	bne	a7,a6,1042e <skip_to_arg+0x162>
   103ee:	069d                	add	a3,a3,7
   103f0:	9ae1                	and	a3,a3,-8
   103f2:	00868713          	add	a4,a3,8
   103f6:	a091                	j	1043a <skip_to_arg+0x16e>
   103f8:	f67707e3          	beq	a4,t2,10366 <skip_to_arg+0x9a>
   103fc:	f68705e3          	beq	a4,s0,10366 <skip_to_arg+0x9a>
   10400:	b7e9                	j	103ca <skip_to_arg+0xfe>
   10402:	0807f713          	and	a4,a5,128
   10406:	df59                	beqz	a4,103a4 <skip_to_arg+0xd8>
   10408:	2007e793          	or	a5,a5,512
   1040c:	bf61                	j	103a4 <skip_to_arg+0xd8>
   1040e:	1007f713          	and	a4,a5,256
   10412:	c319                	beqz	a4,10418 <skip_to_arg+0x14c>
   10414:	2007e793          	or	a5,a5,512
   10418:	1007e793          	or	a5,a5,256
   1041c:	b7a9                	j	10366 <skip_to_arg+0x9a>
   1041e:	2807e793          	or	a5,a5,640
   10422:	b791                	j	10366 <skip_to_arg+0x9a>
   10424:	8e36                	mv	t3,a3
   10426:	b79d                	j	1038c <skip_to_arg+0xc0>
   10428:	06300713          	li	a4,99
   1042c:	b75d                	j	103d2 <skip_to_arg+0x106>
   1042e:	06300813          	li	a6,99
   10432:	01071763          	bne	a4,a6,10440 <skip_to_arg+0x174>
   10436:	00468713          	add	a4,a3,4
   1043a:	c198                	sw	a4,0(a1)
   1043c:	0305                	add	t1,t1,1
   1043e:	bd61                	j	102d6 <skip_to_arg+0xa>
   10440:	07300813          	li	a6,115
   10444:	ff0709e3          	beq	a4,a6,10436 <skip_to_arg+0x16a>
   10448:	0807f813          	and	a6,a5,128
   1044c:	00468713          	add	a4,a3,4
   10450:	fe0805e3          	beqz	a6,1043a <skip_to_arg+0x16e>
   10454:	2007f793          	and	a5,a5,512
   10458:	d3ed                	beqz	a5,1043a <skip_to_arg+0x16e>
   1045a:	bf51                	j	103ee <skip_to_arg+0x122>

0001045c <__d_vfprintf>:
   1045c:	4a9012ef          	jal	t0,12104 <__riscv_save_12>
   10460:	00454783          	lbu	a5,4(a0) # 13004 <__riscv_restore_0+0xeac>
   10464:	7139                	add	sp,sp,-64
   10466:	c02a                	sw	a0,0(sp)
   10468:	c42e                	sw	a1,8(sp)
   1046a:	c632                	sw	a2,12(sp)
   1046c:	8b89                	and	a5,a5,2
   1046e:	00852a03          	lw	s4,8(a0)
   10472:	c785                	beqz	a5,1049a <__d_vfprintf+0x3e>
   10474:	d232                	sw	a2,36(sp)
   10476:	87ae                	mv	a5,a1
   10478:	4401                	li	s0,0
   1047a:	0007c903          	lbu	s2,0(a5)
   1047e:	00090f63          	beqz	s2,1049c <__d_vfprintf+0x40>
   10482:	02500713          	li	a4,37
   10486:	00e90f63          	beq	s2,a4,104a4 <__d_vfprintf+0x48>
   1048a:	0785                	add	a5,a5,1
   1048c:	c23e                	sw	a5,4(sp)
   1048e:	4582                	lw	a1,0(sp)
   10490:	854a                	mv	a0,s2
   10492:	0405                	add	s0,s0,1
   10494:	9a02                	jalr	s4
   10496:	26055de3          	bgez	a0,10f10 <__d_vfprintf+0xab4>
   1049a:	547d                	li	s0,-1
   1049c:	8522                	mv	a0,s0
   1049e:	6121                	add	sp,sp,64
   104a0:	4a10106f          	j	12140 <__riscv_restore_12>
   104a4:	0017c903          	lbu	s2,1(a5)
   104a8:	00278713          	add	a4,a5,2
   104ac:	c23a                	sw	a4,4(sp)
   104ae:	02500793          	li	a5,37
   104b2:	fcf90ee3          	beq	s2,a5,1048e <__d_vfprintf+0x32>
   104b6:	64cd                	lui	s1,0x13
   104b8:	4a81                	li	s5,0
   104ba:	4d01                	li	s10,0
   104bc:	4b01                	li	s6,0
   104be:	4d81                	li	s11,0
   104c0:	06c00993          	li	s3,108
   104c4:	07400b93          	li	s7,116
   104c8:	07a00c13          	li	s8,122
   104cc:	06800c93          	li	s9,104
   104d0:	08048493          	add	s1,s1,128 # 13080 <CSWTCH.24+0x38>
   104d4:	47fd                	li	a5,31
   104d6:	07b7e163          	bltu	a5,s11,10538 <__d_vfprintf+0xdc>
   104da:	fe090793          	add	a5,s2,-32
   104de:	0ff7f793          	zext.b	a5,a5
   104e2:	4741                	li	a4,16
   104e4:	00f76663          	bltu	a4,a5,104f0 <__d_vfprintf+0x94>
   104e8:	078a                	sll	a5,a5,0x2
   104ea:	97a6                	add	a5,a5,s1
   104ec:	439c                	lw	a5,0(a5)
   104ee:	8782                	jr	a5
   104f0:	fd090793          	add	a5,s2,-48
   104f4:	0ff7f793          	zext.b	a5,a5
   104f8:	4725                	li	a4,9
   104fa:	06f76463          	bltu	a4,a5,10562 <__d_vfprintf+0x106>
   104fe:	46a9                	li	a3,10
   10500:	02db06b3          	mul	a3,s6,a3
   10504:	00f68b33          	add	s6,a3,a5
   10508:	020ded93          	or	s11,s11,32
   1050c:	a019                	j	10512 <__d_vfprintf+0xb6>
   1050e:	001ded93          	or	s11,s11,1
   10512:	4792                	lw	a5,4(sp)
   10514:	0007c903          	lbu	s2,0(a5)
   10518:	0785                	add	a5,a5,1
   1051a:	c23e                	sw	a5,4(sp)
   1051c:	fa091ce3          	bnez	s2,104d4 <__d_vfprintf+0x78>
   10520:	a0dd                	j	10606 <__d_vfprintf+0x1aa>
   10522:	002ded93          	or	s11,s11,2
   10526:	004ded93          	or	s11,s11,4
   1052a:	b7e5                	j	10512 <__d_vfprintf+0xb6>
   1052c:	008ded93          	or	s11,s11,8
   10530:	b7cd                	j	10512 <__d_vfprintf+0xb6>
   10532:	010ded93          	or	s11,s11,16
   10536:	bff1                	j	10512 <__d_vfprintf+0xb6>
   10538:	07f00793          	li	a5,127
   1053c:	0bb7e763          	bltu	a5,s11,105ea <__d_vfprintf+0x18e>
   10540:	fd090693          	add	a3,s2,-48
   10544:	0ff6f693          	zext.b	a3,a3
   10548:	47a5                	li	a5,9
   1054a:	00d7ec63          	bltu	a5,a3,10562 <__d_vfprintf+0x106>
   1054e:	040df613          	and	a2,s11,64
   10552:	87b6                	mv	a5,a3
   10554:	d64d                	beqz	a2,104fe <__d_vfprintf+0xa2>
   10556:	47a9                	li	a5,10
   10558:	02fd07b3          	mul	a5,s10,a5
   1055c:	00d78d33          	add	s10,a5,a3
   10560:	bf4d                	j	10512 <__d_vfprintf+0xb6>
   10562:	02a00793          	li	a5,42
   10566:	02f91663          	bne	s2,a5,10592 <__d_vfprintf+0x136>
   1056a:	fa0a94e3          	bnez	s5,10512 <__d_vfprintf+0xb6>
   1056e:	5692                	lw	a3,36(sp)
   10570:	040df793          	and	a5,s11,64
   10574:	00468613          	add	a2,a3,4
   10578:	4294                	lw	a3,0(a3)
   1057a:	d232                	sw	a2,36(sp)
   1057c:	c399                	beqz	a5,10582 <__d_vfprintf+0x126>
   1057e:	8d36                	mv	s10,a3
   10580:	bf49                	j	10512 <__d_vfprintf+0xb6>
   10582:	8b36                	mv	s6,a3
   10584:	f806d2e3          	bgez	a3,10508 <__d_vfprintf+0xac>
   10588:	40d00b33          	neg	s6,a3
   1058c:	028ded93          	or	s11,s11,40
   10590:	b749                	j	10512 <__d_vfprintf+0xb6>
   10592:	02e00793          	li	a5,46
   10596:	00f91963          	bne	s2,a5,105a8 <__d_vfprintf+0x14c>
   1059a:	040df793          	and	a5,s11,64
   1059e:	ee079fe3          	bnez	a5,1049c <__d_vfprintf+0x40>
   105a2:	040ded93          	or	s11,s11,64
   105a6:	b7b5                	j	10512 <__d_vfprintf+0xb6>
   105a8:	02400793          	li	a5,36
   105ac:	02f91f63          	bne	s2,a5,105ea <__d_vfprintf+0x18e>
   105b0:	120a8a63          	beqz	s5,106e4 <__d_vfprintf+0x288>
   105b4:	47b2                	lw	a5,12(sp)
   105b6:	d23e                	sw	a5,36(sp)
   105b8:	040df793          	and	a5,s11,64
   105bc:	ef81                	bnez	a5,105d4 <__d_vfprintf+0x178>
   105be:	4522                	lw	a0,8(sp)
   105c0:	865a                	mv	a2,s6
   105c2:	104c                	add	a1,sp,36
   105c4:	3321                	jal	102cc <skip_to_arg>
   105c6:	5792                	lw	a5,36(sp)
   105c8:	00478693          	add	a3,a5,4
   105cc:	0007ab03          	lw	s6,0(a5)
   105d0:	d236                	sw	a3,36(sp)
   105d2:	b781                	j	10512 <__d_vfprintf+0xb6>
   105d4:	4522                	lw	a0,8(sp)
   105d6:	866a                	mv	a2,s10
   105d8:	104c                	add	a1,sp,36
   105da:	39cd                	jal	102cc <skip_to_arg>
   105dc:	5792                	lw	a5,36(sp)
   105de:	00478693          	add	a3,a5,4
   105e2:	0007ad03          	lw	s10,0(a5)
   105e6:	d236                	sw	a3,36(sp)
   105e8:	b72d                	j	10512 <__d_vfprintf+0xb6>
   105ea:	0d390a63          	beq	s2,s3,106be <__d_vfprintf+0x262>
   105ee:	0d29e363          	bltu	s3,s2,106b4 <__d_vfprintf+0x258>
   105f2:	0d990e63          	beq	s2,s9,106ce <__d_vfprintf+0x272>
   105f6:	06a00793          	li	a5,106
   105fa:	0ef90263          	beq	s2,a5,106de <__d_vfprintf+0x282>
   105fe:	04c00793          	li	a5,76
   10602:	0cf90e63          	beq	s2,a5,106de <__d_vfprintf+0x282>
   10606:	000a8863          	beqz	s5,10616 <__d_vfprintf+0x1ba>
   1060a:	47b2                	lw	a5,12(sp)
   1060c:	4522                	lw	a0,8(sp)
   1060e:	8656                	mv	a2,s5
   10610:	104c                	add	a1,sp,36
   10612:	d23e                	sw	a5,36(sp)
   10614:	3965                	jal	102cc <skip_to_arg>
   10616:	000d5963          	bgez	s10,10628 <__d_vfprintf+0x1cc>
   1061a:	fbfdf813          	and	a6,s11,-65
   1061e:	01081d93          	sll	s11,a6,0x10
   10622:	010ddd93          	srl	s11,s11,0x10
   10626:	4d01                	li	s10,0
   10628:	02096c93          	or	s9,s2,32
   1062c:	f9bc8793          	add	a5,s9,-101
   10630:	0ff7f793          	zext.b	a5,a5
   10634:	4709                	li	a4,2
   10636:	0af77d63          	bgeu	a4,a5,106f0 <__d_vfprintf+0x294>
   1063a:	06100793          	li	a5,97
   1063e:	68fc9f63          	bne	s9,a5,10cdc <__d_vfprintf+0x880>
   10642:	5792                	lw	a5,36(sp)
   10644:	6a89                	lui	s5,0x2
   10646:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   1064a:	079d                	add	a5,a5,7
   1064c:	9be1                	and	a5,a5,-8
   1064e:	0047ab83          	lw	s7,4(a5)
   10652:	0007a883          	lw	a7,0(a5)
   10656:	00878713          	add	a4,a5,8
   1065a:	414bd993          	sra	s3,s7,0x14
   1065e:	00cb9c13          	sll	s8,s7,0xc
   10662:	7ff9f993          	and	s3,s3,2047
   10666:	00cc5c93          	srl	s9,s8,0xc
   1066a:	015deab3          	or	s5,s11,s5
   1066e:	0119e533          	or	a0,s3,a7
   10672:	fff94913          	not	s2,s2
   10676:	0ac2                	sll	s5,s5,0x10
   10678:	d23a                	sw	a4,36(sp)
   1067a:	019567b3          	or	a5,a0,s9
   1067e:	02097913          	and	s2,s2,32
   10682:	010ada93          	srl	s5,s5,0x10
   10686:	86c6                	mv	a3,a7
   10688:	8c66                	mv	s8,s9
   1068a:	040df813          	and	a6,s11,64
   1068e:	01fbdb93          	srl	s7,s7,0x1f
   10692:	ebdd                	bnez	a5,10748 <__d_vfprintf+0x2ec>
   10694:	03000793          	li	a5,48
   10698:	0ffbfb93          	zext.b	s7,s7
   1069c:	02f106a3          	sb	a5,45(sp)
   106a0:	03710623          	sb	s7,44(sp)
   106a4:	24080d63          	beqz	a6,108fe <__d_vfprintf+0x4a2>
   106a8:	47b1                	li	a5,12
   106aa:	4981                	li	s3,0
   106ac:	0da7d263          	bge	a5,s10,10770 <__d_vfprintf+0x314>
   106b0:	4d35                	li	s10,13
   106b2:	aa85                	j	10822 <__d_vfprintf+0x3c6>
   106b4:	e5790fe3          	beq	s2,s7,10512 <__d_vfprintf+0xb6>
   106b8:	e5890de3          	beq	s2,s8,10512 <__d_vfprintf+0xb6>
   106bc:	b7a9                	j	10606 <__d_vfprintf+0x1aa>
   106be:	080df793          	and	a5,s11,128
   106c2:	c399                	beqz	a5,106c8 <__d_vfprintf+0x26c>
   106c4:	200ded93          	or	s11,s11,512
   106c8:	080ded93          	or	s11,s11,128
   106cc:	b599                	j	10512 <__d_vfprintf+0xb6>
   106ce:	100df793          	and	a5,s11,256
   106d2:	c399                	beqz	a5,106d8 <__d_vfprintf+0x27c>
   106d4:	200ded93          	or	s11,s11,512
   106d8:	100ded93          	or	s11,s11,256
   106dc:	bd1d                	j	10512 <__d_vfprintf+0xb6>
   106de:	280ded93          	or	s11,s11,640
   106e2:	bd05                	j	10512 <__d_vfprintf+0xb6>
   106e4:	875a                	mv	a4,s6
   106e6:	4d01                	li	s10,0
   106e8:	4b01                	li	s6,0
   106ea:	8aba                	mv	s5,a4
   106ec:	4d81                	li	s11,0
   106ee:	b515                	j	10512 <__d_vfprintf+0xb6>
   106f0:	5792                	lw	a5,36(sp)
   106f2:	fff94913          	not	s2,s2
   106f6:	02097913          	and	s2,s2,32
   106fa:	079d                	add	a5,a5,7
   106fc:	9be1                	and	a5,a5,-8
   106fe:	00878713          	add	a4,a5,8
   10702:	4388                	lw	a0,0(a5)
   10704:	43cc                	lw	a1,4(a5)
   10706:	d23a                	sw	a4,36(sp)
   10708:	040df793          	and	a5,s11,64
   1070c:	20078d63          	beqz	a5,10926 <__d_vfprintf+0x4ca>
   10710:	06500793          	li	a5,101
   10714:	20fc9b63          	bne	s9,a5,1092a <__d_vfprintf+0x4ce>
   10718:	6785                	lui	a5,0x1
   1071a:	001d0613          	add	a2,s10,1
   1071e:	00fdedb3          	or	s11,s11,a5
   10722:	0ff67613          	zext.b	a2,a2
   10726:	4701                	li	a4,0
   10728:	4781                	li	a5,0
   1072a:	4345                	li	t1,17
   1072c:	0ff67693          	zext.b	a3,a2
   10730:	00c37363          	bgeu	t1,a2,10736 <__d_vfprintf+0x2da>
   10734:	46c5                	li	a3,17
   10736:	1030                	add	a2,sp,40
   10738:	30d000ef          	jal	11244 <__dtoa_engine>
   1073c:	0ff57b93          	zext.b	s7,a0
   10740:	59a2                	lw	s3,40(sp)
   10742:	8aee                	mv	s5,s11
   10744:	4c09                	li	s8,2
   10746:	aa01                	j	10856 <__d_vfprintf+0x3fa>
   10748:	03100793          	li	a5,49
   1074c:	00099563          	bnez	s3,10756 <__d_vfprintf+0x2fa>
   10750:	03000793          	li	a5,48
   10754:	4985                	li	s3,1
   10756:	0ffbfb93          	zext.b	s7,s7
   1075a:	02f106a3          	sb	a5,45(sp)
   1075e:	03710623          	sb	s7,44(sp)
   10762:	c0198993          	add	s3,s3,-1023
   10766:	18080363          	beqz	a6,108ec <__d_vfprintf+0x490>
   1076a:	47b1                	li	a5,12
   1076c:	19a7c263          	blt	a5,s10,108f0 <__d_vfprintf+0x494>
   10770:	4335                	li	t1,13
   10772:	41a30333          	sub	t1,t1,s10
   10776:	00231d93          	sll	s11,t1,0x2
   1077a:	fffd8613          	add	a2,s11,-1
   1077e:	4505                	li	a0,1
   10780:	4581                	li	a1,0
   10782:	ca46                	sw	a7,20(sp)
   10784:	c836                	sw	a3,16(sp)
   10786:	2a6010ef          	jal	11a2c <__ashldi3>
   1078a:	84aa                	mv	s1,a0
   1078c:	872e                	mv	a4,a1
   1078e:	00171793          	sll	a5,a4,0x1
   10792:	85aa                	mv	a1,a0
   10794:	01f4d513          	srl	a0,s1,0x1f
   10798:	00149e13          	sll	t3,s1,0x1
   1079c:	8fc9                	or	a5,a5,a0
   1079e:	40f00c33          	neg	s8,a5
   107a2:	01c03533          	snez	a0,t3
   107a6:	48d2                	lw	a7,20(sp)
   107a8:	41c00833          	neg	a6,t3
   107ac:	40ac0c33          	sub	s8,s8,a0
   107b0:	fffe0513          	add	a0,t3,-1
   107b4:	001e3e13          	seqz	t3,t3
   107b8:	41c787b3          	sub	a5,a5,t3
   107bc:	0197f7b3          	and	a5,a5,s9
   107c0:	01157533          	and	a0,a0,a7
   107c4:	02f74663          	blt	a4,a5,107f0 <__d_vfprintf+0x394>
   107c8:	46c2                	lw	a3,16(sp)
   107ca:	00e79463          	bne	a5,a4,107d2 <__d_vfprintf+0x376>
   107ce:	02a5e163          	bltu	a1,a0,107f0 <__d_vfprintf+0x394>
   107d2:	8546                	mv	a0,a7
   107d4:	866e                	mv	a2,s11
   107d6:	85e6                	mv	a1,s9
   107d8:	ce3a                	sw	a4,28(sp)
   107da:	cc42                	sw	a6,24(sp)
   107dc:	ca36                	sw	a3,20(sp)
   107de:	c846                	sw	a7,16(sp)
   107e0:	274010ef          	jal	11a54 <__ashrdi3>
   107e4:	8905                	and	a0,a0,1
   107e6:	48c2                	lw	a7,16(sp)
   107e8:	46d2                	lw	a3,20(sp)
   107ea:	4862                	lw	a6,24(sp)
   107ec:	4772                	lw	a4,28(sp)
   107ee:	c94d                	beqz	a0,108a0 <__d_vfprintf+0x444>
   107f0:	00988533          	add	a0,a7,s1
   107f4:	01153db3          	sltu	s11,a0,a7
   107f8:	9766                	add	a4,a4,s9
   107fa:	00ed8cb3          	add	s9,s11,a4
   107fe:	001007b7          	lui	a5,0x100
   10802:	86aa                	mv	a3,a0
   10804:	08fcce63          	blt	s9,a5,108a0 <__d_vfprintf+0x444>
   10808:	02d14783          	lbu	a5,45(sp)
   1080c:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   1080e:	02f106a3          	sb	a5,45(sp)
   10812:	40000793          	li	a5,1024
   10816:	0af98163          	beq	s3,a5,108b8 <__d_vfprintf+0x45c>
   1081a:	00a87533          	and	a0,a6,a0
   1081e:	019c7c33          	and	s8,s8,s9
   10822:	05700613          	li	a2,87
   10826:	1034                	add	a3,sp,40
   10828:	4735                	li	a4,13
   1082a:	45a5                	li	a1,9
   1082c:	41260633          	sub	a2,a2,s2
   10830:	01cc1813          	sll	a6,s8,0x1c
   10834:	00f57793          	and	a5,a0,15
   10838:	8111                	srl	a0,a0,0x4
   1083a:	00a86533          	or	a0,a6,a0
   1083e:	404c5c13          	sra	s8,s8,0x4
   10842:	e7e1                	bnez	a5,1090a <__d_vfprintf+0x4ae>
   10844:	0ced5563          	bge	s10,a4,1090e <__d_vfprintf+0x4b2>
   10848:	177d                	add	a4,a4,-1
   1084a:	16fd                	add	a3,a3,-1
   1084c:	f375                	bnez	a4,10830 <__d_vfprintf+0x3d4>
   1084e:	4c05                	li	s8,1
   10850:	4bb9                	li	s7,14
   10852:	07000c93          	li	s9,112
   10856:	00998713          	add	a4,s3,9
   1085a:	46c9                	li	a3,18
   1085c:	87ce                	mv	a5,s3
   1085e:	06e6e863          	bltu	a3,a4,108ce <__d_vfprintf+0x472>
   10862:	02c14703          	lbu	a4,44(sp)
   10866:	00177d93          	and	s11,a4,1
   1086a:	8b31                	and	a4,a4,12
   1086c:	120d9963          	bnez	s11,1099e <__d_vfprintf+0x542>
   10870:	002af793          	and	a5,s5,2
   10874:	12079163          	bnez	a5,10996 <__d_vfprintf+0x53a>
   10878:	004af793          	and	a5,s5,4
   1087c:	cfe9                	beqz	a5,10956 <__d_vfprintf+0x4fa>
   1087e:	12071463          	bnez	a4,109a6 <__d_vfprintf+0x54a>
   10882:	02000713          	li	a4,32
   10886:	678d                	lui	a5,0x3
   10888:	00faf7b3          	and	a5,s5,a5
   1088c:	1c079163          	bnez	a5,10a4e <__d_vfprintf+0x5f2>
   10890:	000d1363          	bnez	s10,10896 <__d_vfprintf+0x43a>
   10894:	4d05                	li	s10,1
   10896:	103c                	add	a5,sp,40
   10898:	97de                	add	a5,a5,s7
   1089a:	03000693          	li	a3,48
   1089e:	aa8d                	j	10a10 <__d_vfprintf+0x5b4>
   108a0:	0106f6b3          	and	a3,a3,a6
   108a4:	018cfcb3          	and	s9,s9,s8
   108a8:	40000793          	li	a5,1024
   108ac:	04f99c63          	bne	s3,a5,10904 <__d_vfprintf+0x4a8>
   108b0:	0196ecb3          	or	s9,a3,s9
   108b4:	040c8063          	beqz	s9,108f4 <__d_vfprintf+0x498>
   108b8:	008beb93          	or	s7,s7,8
   108bc:	03710623          	sb	s7,44(sp)
   108c0:	40000993          	li	s3,1024
   108c4:	4bb9                	li	s7,14
   108c6:	07000c93          	li	s9,112
   108ca:	40000793          	li	a5,1024
   108ce:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   108d2:	0c600693          	li	a3,198
   108d6:	4c09                	li	s8,2
   108d8:	f8e6f5e3          	bgeu	a3,a4,10862 <__d_vfprintf+0x406>
   108dc:	3e778793          	add	a5,a5,999
   108e0:	7ce00c13          	li	s8,1998
   108e4:	00fc3c33          	sltu	s8,s8,a5
   108e8:	0c0d                	add	s8,s8,3
   108ea:	bfa5                	j	10862 <__d_vfprintf+0x406>
   108ec:	4d01                	li	s10,0
   108ee:	bf6d                	j	108a8 <__d_vfprintf+0x44c>
   108f0:	4d35                	li	s10,13
   108f2:	bf5d                	j	108a8 <__d_vfprintf+0x44c>
   108f4:	004beb93          	or	s7,s7,4
   108f8:	03710623          	sb	s7,44(sp)
   108fc:	b7e1                	j	108c4 <__d_vfprintf+0x468>
   108fe:	4981                	li	s3,0
   10900:	4d01                	li	s10,0
   10902:	b705                	j	10822 <__d_vfprintf+0x3c6>
   10904:	8536                	mv	a0,a3
   10906:	8c66                	mv	s8,s9
   10908:	bf29                	j	10822 <__d_vfprintf+0x3c6>
   1090a:	00f5ea63          	bltu	a1,a5,1091e <__d_vfprintf+0x4c2>
   1090e:	03078793          	add	a5,a5,48
   10912:	00f68923          	sb	a5,18(a3)
   10916:	f2ed59e3          	bge	s10,a4,10848 <__d_vfprintf+0x3ec>
   1091a:	8d3a                	mv	s10,a4
   1091c:	b735                	j	10848 <__d_vfprintf+0x3ec>
   1091e:	97b2                	add	a5,a5,a2
   10920:	0ff7f793          	zext.b	a5,a5
   10924:	b7fd                	j	10912 <__d_vfprintf+0x4b6>
   10926:	4d19                	li	s10,6
   10928:	b3e5                	j	10710 <__d_vfprintf+0x2b4>
   1092a:	06600793          	li	a5,102
   1092e:	00fc9963          	bne	s9,a5,10940 <__d_vfprintf+0x4e4>
   10932:	6789                	lui	a5,0x2
   10934:	00fdedb3          	or	s11,s11,a5
   10938:	4705                	li	a4,1
   1093a:	87ea                	mv	a5,s10
   1093c:	4645                	li	a2,17
   1093e:	b3f5                	j	1072a <__d_vfprintf+0x2ce>
   10940:	0ffd7793          	zext.b	a5,s10
   10944:	0ffd7613          	zext.b	a2,s10
   10948:	e391                	bnez	a5,1094c <__d_vfprintf+0x4f0>
   1094a:	4605                	li	a2,1
   1094c:	4701                	li	a4,0
   1094e:	4781                	li	a5,0
   10950:	06500c93          	li	s9,101
   10954:	bbd9                	j	1072a <__d_vfprintf+0x2ce>
   10956:	db05                	beqz	a4,10886 <__d_vfprintf+0x42a>
   10958:	478d                	li	a5,3
   1095a:	0967d063          	bge	a5,s6,109da <__d_vfprintf+0x57e>
   1095e:	008afa93          	and	s5,s5,8
   10962:	ffdb0493          	add	s1,s6,-3
   10966:	000a9f63          	bnez	s5,10984 <__d_vfprintf+0x528>
   1096a:	94a2                	add	s1,s1,s0
   1096c:	4582                	lw	a1,0(sp)
   1096e:	02000513          	li	a0,32
   10972:	0405                	add	s0,s0,1
   10974:	9a02                	jalr	s4
   10976:	b20542e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   1097a:	fe8499e3          	bne	s1,s0,1096c <__d_vfprintf+0x510>
   1097e:	4481                	li	s1,0
   10980:	020d9e63          	bnez	s11,109bc <__d_vfprintf+0x560>
   10984:	02c14783          	lbu	a5,44(sp)
   10988:	8ba1                	and	a5,a5,8
   1098a:	efa5                	bnez	a5,10a02 <__d_vfprintf+0x5a6>
   1098c:	69cd                	lui	s3,0x13
   1098e:	07098993          	add	s3,s3,112 # 13070 <CSWTCH.24+0x28>
   10992:	8c22                	mv	s8,s0
   10994:	a8b1                	j	109f0 <__d_vfprintf+0x594>
   10996:	eb15                	bnez	a4,109ca <__d_vfprintf+0x56e>
   10998:	02b00713          	li	a4,43
   1099c:	b5ed                	j	10886 <__d_vfprintf+0x42a>
   1099e:	eb0d                	bnez	a4,109d0 <__d_vfprintf+0x574>
   109a0:	02d00713          	li	a4,45
   109a4:	b5cd                	j	10886 <__d_vfprintf+0x42a>
   109a6:	02000d93          	li	s11,32
   109aa:	4791                	li	a5,4
   109ac:	0367d563          	bge	a5,s6,109d6 <__d_vfprintf+0x57a>
   109b0:	008afa93          	and	s5,s5,8
   109b4:	ffcb0493          	add	s1,s6,-4
   109b8:	fa0a89e3          	beqz	s5,1096a <__d_vfprintf+0x50e>
   109bc:	4582                	lw	a1,0(sp)
   109be:	856e                	mv	a0,s11
   109c0:	0405                	add	s0,s0,1
   109c2:	9a02                	jalr	s4
   109c4:	fc0550e3          	bgez	a0,10984 <__d_vfprintf+0x528>
   109c8:	bcc9                	j	1049a <__d_vfprintf+0x3e>
   109ca:	02b00d93          	li	s11,43
   109ce:	bff1                	j	109aa <__d_vfprintf+0x54e>
   109d0:	02d00d93          	li	s11,45
   109d4:	bfd9                	j	109aa <__d_vfprintf+0x54e>
   109d6:	4481                	li	s1,0
   109d8:	b7d5                	j	109bc <__d_vfprintf+0x560>
   109da:	4481                	li	s1,0
   109dc:	b765                	j	10984 <__d_vfprintf+0x528>
   109de:	4582                	lw	a1,0(sp)
   109e0:	41250533          	sub	a0,a0,s2
   109e4:	0ff57513          	zext.b	a0,a0
   109e8:	0c05                	add	s8,s8,1
   109ea:	9a02                	jalr	s4
   109ec:	aa0547e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   109f0:	408c07b3          	sub	a5,s8,s0
   109f4:	97ce                	add	a5,a5,s3
   109f6:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   109fa:	f175                	bnez	a0,109de <__d_vfprintf+0x582>
   109fc:	8462                	mv	s0,s8
   109fe:	94e2                	add	s1,s1,s8
   10a00:	ad39                	j	1101e <__d_vfprintf+0xbc2>
   10a02:	69cd                	lui	s3,0x13
   10a04:	07498993          	add	s3,s3,116 # 13074 <CSWTCH.24+0x2c>
   10a08:	b769                	j	10992 <__d_vfprintf+0x536>
   10a0a:	1bfd                	add	s7,s7,-1
   10a0c:	0ffbfb93          	zext.b	s7,s7
   10a10:	000b8763          	beqz	s7,10a1e <__d_vfprintf+0x5c2>
   10a14:	0047c603          	lbu	a2,4(a5)
   10a18:	17fd                	add	a5,a5,-1
   10a1a:	fed608e3          	beq	a2,a3,10a0a <__d_vfprintf+0x5ae>
   10a1e:	010af693          	and	a3,s5,16
   10a22:	87ea                	mv	a5,s10
   10a24:	e291                	bnez	a3,10a28 <__d_vfprintf+0x5cc>
   10a26:	87de                	mv	a5,s7
   10a28:	56f1                	li	a3,-4
   10a2a:	0ed9cc63          	blt	s3,a3,10b22 <__d_vfprintf+0x6c6>
   10a2e:	0fa9da63          	bge	s3,s10,10b22 <__d_vfprintf+0x6c6>
   10a32:	6689                	lui	a3,0x2
   10a34:	00dae6b3          	or	a3,s5,a3
   10a38:	01069a93          	sll	s5,a3,0x10
   10a3c:	010ada93          	srl	s5,s5,0x10
   10a40:	4d01                	li	s10,0
   10a42:	00f9d663          	bge	s3,a5,10a4e <__d_vfprintf+0x5f2>
   10a46:	00198893          	add	a7,s3,1
   10a4a:	41178d33          	sub	s10,a5,a7
   10a4e:	6d89                	lui	s11,0x2
   10a50:	01bafdb3          	and	s11,s5,s11
   10a54:	0c0d8a63          	beqz	s11,10b28 <__d_vfprintf+0x6cc>
   10a58:	87ce                	mv	a5,s3
   10a5a:	0009d363          	bgez	s3,10a60 <__d_vfprintf+0x604>
   10a5e:	4781                	li	a5,0
   10a60:	0785                	add	a5,a5,1
   10a62:	c311                	beqz	a4,10a66 <__d_vfprintf+0x60a>
   10a64:	0785                	add	a5,a5,1
   10a66:	0c0d0963          	beqz	s10,10b38 <__d_vfprintf+0x6dc>
   10a6a:	001d0693          	add	a3,s10,1
   10a6e:	97b6                	add	a5,a5,a3
   10a70:	4481                	li	s1,0
   10a72:	0167d463          	bge	a5,s6,10a7a <__d_vfprintf+0x61e>
   10a76:	40fb04b3          	sub	s1,s6,a5
   10a7a:	009af793          	and	a5,s5,9
   10a7e:	e789                	bnez	a5,10a88 <__d_vfprintf+0x62c>
   10a80:	94a2                	add	s1,s1,s0
   10a82:	0c849063          	bne	s1,s0,10b42 <__d_vfprintf+0x6e6>
   10a86:	4481                	li	s1,0
   10a88:	c719                	beqz	a4,10a96 <__d_vfprintf+0x63a>
   10a8a:	4582                	lw	a1,0(sp)
   10a8c:	853a                	mv	a0,a4
   10a8e:	0405                	add	s0,s0,1
   10a90:	9a02                	jalr	s4
   10a92:	a00544e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10a96:	00bad793          	srl	a5,s5,0xb
   10a9a:	8b85                	and	a5,a5,1
   10a9c:	c395                	beqz	a5,10ac0 <__d_vfprintf+0x664>
   10a9e:	4582                	lw	a1,0(sp)
   10aa0:	03000513          	li	a0,48
   10aa4:	9a02                	jalr	s4
   10aa6:	9e054ae3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10aaa:	07800513          	li	a0,120
   10aae:	4582                	lw	a1,0(sp)
   10ab0:	41250533          	sub	a0,a0,s2
   10ab4:	0f857513          	and	a0,a0,248
   10ab8:	0409                	add	s0,s0,2
   10aba:	9a02                	jalr	s4
   10abc:	9c054fe3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10ac0:	008af793          	and	a5,s5,8
   10ac4:	e791                	bnez	a5,10ad0 <__d_vfprintf+0x674>
   10ac6:	8b22                	mv	s6,s0
   10ac8:	9426                	add	s0,s0,s1
   10aca:	09641663          	bne	s0,s6,10b56 <__d_vfprintf+0x6fa>
   10ace:	4481                	li	s1,0
   10ad0:	0c0d8f63          	beqz	s11,10bae <__d_vfprintf+0x752>
   10ad4:	8cce                	mv	s9,s3
   10ad6:	0009d363          	bgez	s3,10adc <__d_vfprintf+0x680>
   10ada:	4c81                	li	s9,0
   10adc:	41998db3          	sub	s11,s3,s9
   10ae0:	41a00d33          	neg	s10,s10
   10ae4:	5b7d                	li	s6,-1
   10ae6:	03000513          	li	a0,48
   10aea:	017df663          	bgeu	s11,s7,10af6 <__d_vfprintf+0x69a>
   10aee:	103c                	add	a5,sp,40
   10af0:	97ee                	add	a5,a5,s11
   10af2:	0057c503          	lbu	a0,5(a5)
   10af6:	1cfd                	add	s9,s9,-1
   10af8:	00140c13          	add	s8,s0,1
   10afc:	07acc563          	blt	s9,s10,10b66 <__d_vfprintf+0x70a>
   10b00:	4582                	lw	a1,0(sp)
   10b02:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   10b04:	9a02                	jalr	s4
   10b06:	98054ae3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10b0a:	016c9a63          	bne	s9,s6,10b1e <__d_vfprintf+0x6c2>
   10b0e:	4582                	lw	a1,0(sp)
   10b10:	02e00513          	li	a0,46
   10b14:	9a02                	jalr	s4
   10b16:	980542e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10b1a:	00240c13          	add	s8,s0,2
   10b1e:	8462                	mv	s0,s8
   10b20:	b7d9                	j	10ae6 <__d_vfprintf+0x68a>
   10b22:	fff78d13          	add	s10,a5,-1
   10b26:	b725                	j	10a4e <__d_vfprintf+0x5f2>
   10b28:	00bad693          	srl	a3,s5,0xb
   10b2c:	8a85                	and	a3,a3,1
   10b2e:	478d                	li	a5,3
   10b30:	c291                	beqz	a3,10b34 <__d_vfprintf+0x6d8>
   10b32:	4795                	li	a5,5
   10b34:	97e2                	add	a5,a5,s8
   10b36:	b735                	j	10a62 <__d_vfprintf+0x606>
   10b38:	010af693          	and	a3,s5,16
   10b3c:	da95                	beqz	a3,10a70 <__d_vfprintf+0x614>
   10b3e:	0785                	add	a5,a5,1
   10b40:	bf05                	j	10a70 <__d_vfprintf+0x614>
   10b42:	4582                	lw	a1,0(sp)
   10b44:	02000513          	li	a0,32
   10b48:	c83a                	sw	a4,16(sp)
   10b4a:	9a02                	jalr	s4
   10b4c:	4742                	lw	a4,16(sp)
   10b4e:	0405                	add	s0,s0,1
   10b50:	f20559e3          	bgez	a0,10a82 <__d_vfprintf+0x626>
   10b54:	b299                	j	1049a <__d_vfprintf+0x3e>
   10b56:	4582                	lw	a1,0(sp)
   10b58:	03000513          	li	a0,48
   10b5c:	0b05                	add	s6,s6,1
   10b5e:	9a02                	jalr	s4
   10b60:	f60555e3          	bgez	a0,10aca <__d_vfprintf+0x66e>
   10b64:	ba1d                	j	1049a <__d_vfprintf+0x3e>
   10b66:	033c9063          	bne	s9,s3,10b86 <__d_vfprintf+0x72a>
   10b6a:	02d14703          	lbu	a4,45(sp)
   10b6e:	03500793          	li	a5,53
   10b72:	00e7e863          	bltu	a5,a4,10b82 <__d_vfprintf+0x726>
   10b76:	00f71863          	bne	a4,a5,10b86 <__d_vfprintf+0x72a>
   10b7a:	02c14783          	lbu	a5,44(sp)
   10b7e:	8bc1                	and	a5,a5,16
   10b80:	e399                	bnez	a5,10b86 <__d_vfprintf+0x72a>
   10b82:	03100513          	li	a0,49
   10b86:	4582                	lw	a1,0(sp)
   10b88:	9a02                	jalr	s4
   10b8a:	900548e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10b8e:	010afa93          	and	s5,s5,16
   10b92:	e60a85e3          	beqz	s5,109fc <__d_vfprintf+0x5a0>
   10b96:	57fd                	li	a5,-1
   10b98:	e6fc92e3          	bne	s9,a5,109fc <__d_vfprintf+0x5a0>
   10b9c:	4582                	lw	a1,0(sp)
   10b9e:	00240c13          	add	s8,s0,2
   10ba2:	02e00513          	li	a0,46
   10ba6:	9a02                	jalr	s4
   10ba8:	e4055ae3          	bgez	a0,109fc <__d_vfprintf+0x5a0>
   10bac:	b0fd                	j	1049a <__d_vfprintf+0x3e>
   10bae:	02d14503          	lbu	a0,45(sp)
   10bb2:	03100793          	li	a5,49
   10bb6:	00f50763          	beq	a0,a5,10bc4 <__d_vfprintf+0x768>
   10bba:	02c14783          	lbu	a5,44(sp)
   10bbe:	9bbd                	and	a5,a5,-17
   10bc0:	02f10623          	sb	a5,44(sp)
   10bc4:	4582                	lw	a1,0(sp)
   10bc6:	9a02                	jalr	s4
   10bc8:	8c0549e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10bcc:	0da05a63          	blez	s10,10ca0 <__d_vfprintf+0x844>
   10bd0:	4582                	lw	a1,0(sp)
   10bd2:	02e00513          	li	a0,46
   10bd6:	0409                	add	s0,s0,2
   10bd8:	9a02                	jalr	s4
   10bda:	8c0540e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10bde:	4a85                	li	s5,1
   10be0:	4785                	li	a5,1
   10be2:	0405                	add	s0,s0,1
   10be4:	03000513          	li	a0,48
   10be8:	017af863          	bgeu	s5,s7,10bf8 <__d_vfprintf+0x79c>
   10bec:	02078793          	add	a5,a5,32
   10bf0:	1018                	add	a4,sp,32
   10bf2:	97ba                	add	a5,a5,a4
   10bf4:	fed7c503          	lbu	a0,-19(a5)
   10bf8:	4582                	lw	a1,0(sp)
   10bfa:	9a02                	jalr	s4
   10bfc:	88054fe3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10c00:	0a85                	add	s5,s5,1
   10c02:	0ffafa93          	zext.b	s5,s5
   10c06:	87d6                	mv	a5,s5
   10c08:	fd5d5de3          	bge	s10,s5,10be2 <__d_vfprintf+0x786>
   10c0c:	4582                	lw	a1,0(sp)
   10c0e:	412c8533          	sub	a0,s9,s2
   10c12:	0ff57513          	zext.b	a0,a0
   10c16:	9a02                	jalr	s4
   10c18:	880541e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10c1c:	0009ca63          	bltz	s3,10c30 <__d_vfprintf+0x7d4>
   10c20:	02b00513          	li	a0,43
   10c24:	00099a63          	bnez	s3,10c38 <__d_vfprintf+0x7dc>
   10c28:	02c14783          	lbu	a5,44(sp)
   10c2c:	8bc1                	and	a5,a5,16
   10c2e:	c789                	beqz	a5,10c38 <__d_vfprintf+0x7dc>
   10c30:	413009b3          	neg	s3,s3
   10c34:	02d00513          	li	a0,45
   10c38:	4582                	lw	a1,0(sp)
   10c3a:	9a02                	jalr	s4
   10c3c:	84054fe3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10c40:	4791                	li	a5,4
   10c42:	06fc1e63          	bne	s8,a5,10cbe <__d_vfprintf+0x862>
   10c46:	3e800913          	li	s2,1000
   10c4a:	0329c533          	div	a0,s3,s2
   10c4e:	4582                	lw	a1,0(sp)
   10c50:	040d                	add	s0,s0,3
   10c52:	03050513          	add	a0,a0,48
   10c56:	0ff57513          	zext.b	a0,a0
   10c5a:	9a02                	jalr	s4
   10c5c:	82054fe3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10c60:	0329e9b3          	rem	s3,s3,s2
   10c64:	06400913          	li	s2,100
   10c68:	4582                	lw	a1,0(sp)
   10c6a:	0405                	add	s0,s0,1
   10c6c:	0329c533          	div	a0,s3,s2
   10c70:	03050513          	add	a0,a0,48
   10c74:	0ff57513          	zext.b	a0,a0
   10c78:	9a02                	jalr	s4
   10c7a:	820540e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10c7e:	0329e9b3          	rem	s3,s3,s2
   10c82:	4929                	li	s2,10
   10c84:	4582                	lw	a1,0(sp)
   10c86:	0405                	add	s0,s0,1
   10c88:	0329c533          	div	a0,s3,s2
   10c8c:	03050513          	add	a0,a0,48
   10c90:	0ff57513          	zext.b	a0,a0
   10c94:	9a02                	jalr	s4
   10c96:	800542e3          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10c9a:	0329e9b3          	rem	s3,s3,s2
   10c9e:	a03d                	j	10ccc <__d_vfprintf+0x870>
   10ca0:	010afa93          	and	s5,s5,16
   10ca4:	000a9463          	bnez	s5,10cac <__d_vfprintf+0x850>
   10ca8:	0405                	add	s0,s0,1
   10caa:	b78d                	j	10c0c <__d_vfprintf+0x7b0>
   10cac:	4582                	lw	a1,0(sp)
   10cae:	02e00513          	li	a0,46
   10cb2:	0409                	add	s0,s0,2
   10cb4:	9a02                	jalr	s4
   10cb6:	f4055be3          	bgez	a0,10c0c <__d_vfprintf+0x7b0>
   10cba:	fe0ff06f          	j	1049a <__d_vfprintf+0x3e>
   10cbe:	478d                	li	a5,3
   10cc0:	0409                	add	s0,s0,2
   10cc2:	fafc01e3          	beq	s8,a5,10c64 <__d_vfprintf+0x808>
   10cc6:	4785                	li	a5,1
   10cc8:	fafc1de3          	bne	s8,a5,10c82 <__d_vfprintf+0x826>
   10ccc:	03098513          	add	a0,s3,48
   10cd0:	4582                	lw	a1,0(sp)
   10cd2:	00140c13          	add	s8,s0,1
   10cd6:	0ff57513          	zext.b	a0,a0
   10cda:	b5f1                	j	10ba6 <__d_vfprintf+0x74a>
   10cdc:	f9d90793          	add	a5,s2,-99
   10ce0:	0ff7f793          	zext.b	a5,a5
   10ce4:	4749                	li	a4,18
   10ce6:	1ef76d63          	bltu	a4,a5,10ee0 <__d_vfprintf+0xa84>
   10cea:	674d                	lui	a4,0x13
   10cec:	078a                	sll	a5,a5,0x2
   10cee:	0c470713          	add	a4,a4,196 # 130c4 <CSWTCH.24+0x7c>
   10cf2:	97ba                	add	a5,a5,a4
   10cf4:	439c                	lw	a5,0(a5)
   10cf6:	8782                	jr	a5
   10cf8:	5792                	lw	a5,36(sp)
   10cfa:	4485                	li	s1,1
   10cfc:	02810993          	add	s3,sp,40
   10d00:	00478713          	add	a4,a5,4
   10d04:	439c                	lw	a5,0(a5)
   10d06:	d23a                	sw	a4,36(sp)
   10d08:	02f10423          	sb	a5,40(sp)
   10d0c:	008df813          	and	a6,s11,8
   10d10:	04080d63          	beqz	a6,10d6a <__d_vfprintf+0x90e>
   10d14:	4901                	li	s2,0
   10d16:	05249c63          	bne	s1,s2,10d6e <__d_vfprintf+0x912>
   10d1a:	00940c33          	add	s8,s0,s1
   10d1e:	409b04b3          	sub	s1,s6,s1
   10d22:	b9e9                	j	109fc <__d_vfprintf+0x5a0>
   10d24:	5792                	lw	a5,36(sp)
   10d26:	00478713          	add	a4,a5,4
   10d2a:	d23a                	sw	a4,36(sp)
   10d2c:	0007a983          	lw	s3,0(a5)
   10d30:	00099563          	bnez	s3,10d3a <__d_vfprintf+0x8de>
   10d34:	69cd                	lui	s3,0x13
   10d36:	07898993          	add	s3,s3,120 # 13078 <CSWTCH.24+0x30>
   10d3a:	040df793          	and	a5,s11,64
   10d3e:	55fd                	li	a1,-1
   10d40:	c391                	beqz	a5,10d44 <__d_vfprintf+0x8e8>
   10d42:	85ea                	mv	a1,s10
   10d44:	854e                	mv	a0,s3
   10d46:	4a7000ef          	jal	119ec <strnlen>
   10d4a:	84aa                	mv	s1,a0
   10d4c:	b7c1                	j	10d0c <__d_vfprintf+0x8b0>
   10d4e:	4582                	lw	a1,0(sp)
   10d50:	02000513          	li	a0,32
   10d54:	9a02                	jalr	s4
   10d56:	f4054263          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10d5a:	197d                	add	s2,s2,-1
   10d5c:	ff24e9e3          	bltu	s1,s2,10d4e <__d_vfprintf+0x8f2>
   10d60:	945a                	add	s0,s0,s6
   10d62:	41240433          	sub	s0,s0,s2
   10d66:	8b4a                	mv	s6,s2
   10d68:	b775                	j	10d14 <__d_vfprintf+0x8b8>
   10d6a:	895a                	mv	s2,s6
   10d6c:	bfc5                	j	10d5c <__d_vfprintf+0x900>
   10d6e:	012987b3          	add	a5,s3,s2
   10d72:	4582                	lw	a1,0(sp)
   10d74:	0007c503          	lbu	a0,0(a5)
   10d78:	0905                	add	s2,s2,1
   10d7a:	9a02                	jalr	s4
   10d7c:	f8055de3          	bgez	a0,10d16 <__d_vfprintf+0x8ba>
   10d80:	f1aff06f          	j	1049a <__d_vfprintf+0x3e>
   10d84:	080df713          	and	a4,s11,128
   10d88:	5792                	lw	a5,36(sp)
   10d8a:	cf49                	beqz	a4,10e24 <__d_vfprintf+0x9c8>
   10d8c:	200df713          	and	a4,s11,512
   10d90:	c359                	beqz	a4,10e16 <__d_vfprintf+0x9ba>
   10d92:	079d                	add	a5,a5,7
   10d94:	9be1                	and	a5,a5,-8
   10d96:	4388                	lw	a0,0(a5)
   10d98:	43cc                	lw	a1,4(a5)
   10d9a:	00878713          	add	a4,a5,8
   10d9e:	d23a                	sw	a4,36(sp)
   10da0:	fefdf993          	and	s3,s11,-17
   10da4:	09c2                	sll	s3,s3,0x10
   10da6:	0109d993          	srl	s3,s3,0x10
   10daa:	0805dd63          	bgez	a1,10e44 <__d_vfprintf+0x9e8>
   10dae:	00a037b3          	snez	a5,a0
   10db2:	40b005b3          	neg	a1,a1
   10db6:	8d9d                	sub	a1,a1,a5
   10db8:	40a00533          	neg	a0,a0
   10dbc:	4009e993          	or	s3,s3,1024
   10dc0:	02810a93          	add	s5,sp,40
   10dc4:	46a9                	li	a3,10
   10dc6:	8656                	mv	a2,s5
   10dc8:	c98ff0ef          	jal	10260 <__ultoa_invert>
   10dcc:	0409f793          	and	a5,s3,64
   10dd0:	41550ab3          	sub	s5,a0,s5
   10dd4:	c7f5                	beqz	a5,10ec0 <__d_vfprintf+0xa64>
   10dd6:	ffe9f793          	and	a5,s3,-2
   10dda:	07c2                	sll	a5,a5,0x10
   10ddc:	83c1                	srl	a5,a5,0x10
   10dde:	19aad563          	bge	s5,s10,10f68 <__d_vfprintf+0xb0c>
   10de2:	16090c63          	beqz	s2,10f5a <__d_vfprintf+0xafe>
   10de6:	0109fc13          	and	s8,s3,16
   10dea:	84ea                	mv	s1,s10
   10dec:	89be                	mv	s3,a5
   10dee:	060c0a63          	beqz	s8,10e62 <__d_vfprintf+0xa06>
   10df2:	0489                	add	s1,s1,2
   10df4:	0089f793          	and	a5,s3,8
   10df8:	18079a63          	bnez	a5,10f8c <__d_vfprintf+0xb30>
   10dfc:	0019f793          	and	a5,s3,1
   10e00:	cb89                	beqz	a5,10e12 <__d_vfprintf+0x9b6>
   10e02:	8d56                	mv	s10,s5
   10e04:	0164d763          	bge	s1,s6,10e12 <__d_vfprintf+0x9b6>
   10e08:	409b04b3          	sub	s1,s6,s1
   10e0c:	01548d33          	add	s10,s1,s5
   10e10:	84da                	mv	s1,s6
   10e12:	8ba6                	mv	s7,s1
   10e14:	a2ad                	j	10f7e <__d_vfprintf+0xb22>
   10e16:	4388                	lw	a0,0(a5)
   10e18:	00478713          	add	a4,a5,4
   10e1c:	d23a                	sw	a4,36(sp)
   10e1e:	41f55593          	sra	a1,a0,0x1f
   10e22:	bfbd                	j	10da0 <__d_vfprintf+0x944>
   10e24:	00478713          	add	a4,a5,4
   10e28:	4388                	lw	a0,0(a5)
   10e2a:	d23a                	sw	a4,36(sp)
   10e2c:	100df793          	and	a5,s11,256
   10e30:	d7fd                	beqz	a5,10e1e <__d_vfprintf+0x9c2>
   10e32:	200df793          	and	a5,s11,512
   10e36:	c781                	beqz	a5,10e3e <__d_vfprintf+0x9e2>
   10e38:	0562                	sll	a0,a0,0x18
   10e3a:	8561                	sra	a0,a0,0x18
   10e3c:	b7cd                	j	10e1e <__d_vfprintf+0x9c2>
   10e3e:	0542                	sll	a0,a0,0x10
   10e40:	8541                	sra	a0,a0,0x10
   10e42:	bff1                	j	10e1e <__d_vfprintf+0x9c2>
   10e44:	00b567b3          	or	a5,a0,a1
   10e48:	ffa5                	bnez	a5,10dc0 <__d_vfprintf+0x964>
   10e4a:	040df793          	and	a5,s11,64
   10e4e:	dbad                	beqz	a5,10dc0 <__d_vfprintf+0x964>
   10e50:	f60d18e3          	bnez	s10,10dc0 <__d_vfprintf+0x964>
   10e54:	feedf993          	and	s3,s11,-18
   10e58:	09c2                	sll	s3,s3,0x10
   10e5a:	0109d993          	srl	s3,s3,0x10
   10e5e:	4a81                	li	s5,0
   10e60:	4481                	li	s1,0
   10e62:	4069fc13          	and	s8,s3,1030
   10e66:	f80c07e3          	beqz	s8,10df4 <__d_vfprintf+0x998>
   10e6a:	0485                	add	s1,s1,1
   10e6c:	4c01                	li	s8,0
   10e6e:	b759                	j	10df4 <__d_vfprintf+0x998>
   10e70:	fefdf813          	and	a6,s11,-17
   10e74:	01081d93          	sll	s11,a6,0x10
   10e78:	010ddd93          	srl	s11,s11,0x10
   10e7c:	46a9                	li	a3,10
   10e7e:	080df713          	and	a4,s11,128
   10e82:	5792                	lw	a5,36(sp)
   10e84:	c355                	beqz	a4,10f28 <__d_vfprintf+0xacc>
   10e86:	200df713          	and	a4,s11,512
   10e8a:	cb49                	beqz	a4,10f1c <__d_vfprintf+0xac0>
   10e8c:	079d                	add	a5,a5,7
   10e8e:	9be1                	and	a5,a5,-8
   10e90:	4388                	lw	a0,0(a5)
   10e92:	43cc                	lw	a1,4(a5)
   10e94:	00878713          	add	a4,a5,8
   10e98:	d23a                	sw	a4,36(sp)
   10e9a:	00b567b3          	or	a5,a0,a1
   10e9e:	e7cd                	bnez	a5,10f48 <__d_vfprintf+0xaec>
   10ea0:	fe9df993          	and	s3,s11,-23
   10ea4:	09c2                	sll	s3,s3,0x10
   10ea6:	040df793          	and	a5,s11,64
   10eaa:	0109d993          	srl	s3,s3,0x10
   10eae:	c3dd                	beqz	a5,10f54 <__d_vfprintf+0xaf8>
   10eb0:	0a0d1263          	bnez	s10,10f54 <__d_vfprintf+0xaf8>
   10eb4:	fe8df993          	and	s3,s11,-24
   10eb8:	09c2                	sll	s3,s3,0x10
   10eba:	0109d993          	srl	s3,s3,0x10
   10ebe:	4a81                	li	s5,0
   10ec0:	0109fc13          	and	s8,s3,16
   10ec4:	0a0c0463          	beqz	s8,10f6c <__d_vfprintf+0xb10>
   10ec8:	001a8493          	add	s1,s5,1
   10ecc:	f20904e3          	beqz	s2,10df4 <__d_vfprintf+0x998>
   10ed0:	84d6                	mv	s1,s5
   10ed2:	b705                	j	10df2 <__d_vfprintf+0x996>
   10ed4:	010ded93          	or	s11,s11,16
   10ed8:	46c1                	li	a3,16
   10eda:	07800913          	li	s2,120
   10ede:	b745                	j	10e7e <__d_vfprintf+0xa22>
   10ee0:	07800793          	li	a5,120
   10ee4:	00fc9a63          	bne	s9,a5,10ef8 <__d_vfprintf+0xa9c>
   10ee8:	05800793          	li	a5,88
   10eec:	46c1                	li	a3,16
   10eee:	f8f918e3          	bne	s2,a5,10e7e <__d_vfprintf+0xa22>
   10ef2:	21000693          	li	a3,528
   10ef6:	b761                	j	10e7e <__d_vfprintf+0xa22>
   10ef8:	4582                	lw	a1,0(sp)
   10efa:	02500513          	li	a0,37
   10efe:	9a02                	jalr	s4
   10f00:	d8054d63          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10f04:	4582                	lw	a1,0(sp)
   10f06:	854a                	mv	a0,s2
   10f08:	9a02                	jalr	s4
   10f0a:	d8054863          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10f0e:	0409                	add	s0,s0,2
   10f10:	4792                	lw	a5,4(sp)
   10f12:	d68ff06f          	j	1047a <__d_vfprintf+0x1e>
   10f16:	46a1                	li	a3,8
   10f18:	4901                	li	s2,0
   10f1a:	b795                	j	10e7e <__d_vfprintf+0xa22>
   10f1c:	4388                	lw	a0,0(a5)
   10f1e:	00478713          	add	a4,a5,4
   10f22:	d23a                	sw	a4,36(sp)
   10f24:	4581                	li	a1,0
   10f26:	bf95                	j	10e9a <__d_vfprintf+0xa3e>
   10f28:	00478713          	add	a4,a5,4
   10f2c:	4388                	lw	a0,0(a5)
   10f2e:	d23a                	sw	a4,36(sp)
   10f30:	100df793          	and	a5,s11,256
   10f34:	dbe5                	beqz	a5,10f24 <__d_vfprintf+0xac8>
   10f36:	200df793          	and	a5,s11,512
   10f3a:	c781                	beqz	a5,10f42 <__d_vfprintf+0xae6>
   10f3c:	0ff57513          	zext.b	a0,a0
   10f40:	b7d5                	j	10f24 <__d_vfprintf+0xac8>
   10f42:	0542                	sll	a0,a0,0x10
   10f44:	8141                	srl	a0,a0,0x10
   10f46:	bff9                	j	10f24 <__d_vfprintf+0xac8>
   10f48:	ff9df813          	and	a6,s11,-7
   10f4c:	01081993          	sll	s3,a6,0x10
   10f50:	0109d993          	srl	s3,s3,0x10
   10f54:	02810a93          	add	s5,sp,40
   10f58:	b5bd                	j	10dc6 <__d_vfprintf+0x96a>
   10f5a:	fee9f993          	and	s3,s3,-18
   10f5e:	09c2                	sll	s3,s3,0x10
   10f60:	0109d993          	srl	s3,s3,0x10
   10f64:	84ea                	mv	s1,s10
   10f66:	bdf5                	j	10e62 <__d_vfprintf+0xa06>
   10f68:	89be                	mv	s3,a5
   10f6a:	bf99                	j	10ec0 <__d_vfprintf+0xa64>
   10f6c:	84d6                	mv	s1,s5
   10f6e:	bdd5                	j	10e62 <__d_vfprintf+0xa06>
   10f70:	4582                	lw	a1,0(sp)
   10f72:	02000513          	li	a0,32
   10f76:	9a02                	jalr	s4
   10f78:	d2054163          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10f7c:	0b85                	add	s7,s7,1
   10f7e:	ff6bc9e3          	blt	s7,s6,10f70 <__d_vfprintf+0xb14>
   10f82:	409404b3          	sub	s1,s0,s1
   10f86:	01748433          	add	s0,s1,s7
   10f8a:	84de                	mv	s1,s7
   10f8c:	020c0363          	beqz	s8,10fb2 <__d_vfprintf+0xb56>
   10f90:	4582                	lw	a1,0(sp)
   10f92:	03000513          	li	a0,48
   10f96:	9a02                	jalr	s4
   10f98:	d0054163          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10f9c:	04090d63          	beqz	s2,10ff6 <__d_vfprintf+0xb9a>
   10fa0:	4582                	lw	a1,0(sp)
   10fa2:	0409                	add	s0,s0,2
   10fa4:	854a                	mv	a0,s2
   10fa6:	9a02                	jalr	s4
   10fa8:	ce054963          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10fac:	8c22                	mv	s8,s0
   10fae:	9d22                	add	s10,s10,s0
   10fb0:	a81d                	j	10fe6 <__d_vfprintf+0xb8a>
   10fb2:	4069f793          	and	a5,s3,1030
   10fb6:	dbfd                	beqz	a5,10fac <__d_vfprintf+0xb50>
   10fb8:	0029f793          	and	a5,s3,2
   10fbc:	02000513          	li	a0,32
   10fc0:	c399                	beqz	a5,10fc6 <__d_vfprintf+0xb6a>
   10fc2:	02b00513          	li	a0,43
   10fc6:	4009f993          	and	s3,s3,1024
   10fca:	00098463          	beqz	s3,10fd2 <__d_vfprintf+0xb76>
   10fce:	02d00513          	li	a0,45
   10fd2:	4582                	lw	a1,0(sp)
   10fd4:	0405                	add	s0,s0,1
   10fd6:	bfc1                	j	10fa6 <__d_vfprintf+0xb4a>
   10fd8:	4582                	lw	a1,0(sp)
   10fda:	03000513          	li	a0,48
   10fde:	0c05                	add	s8,s8,1
   10fe0:	9a02                	jalr	s4
   10fe2:	ca054c63          	bltz	a0,1049a <__d_vfprintf+0x3e>
   10fe6:	418d07b3          	sub	a5,s10,s8
   10fea:	fefac7e3          	blt	s5,a5,10fd8 <__d_vfprintf+0xb7c>
   10fee:	8456                	mv	s0,s5
   10ff0:	e409                	bnez	s0,10ffa <__d_vfprintf+0xb9e>
   10ff2:	9c56                	add	s8,s8,s5
   10ff4:	b32d                	j	10d1e <__d_vfprintf+0x8c2>
   10ff6:	0405                	add	s0,s0,1
   10ff8:	bf55                	j	10fac <__d_vfprintf+0xb50>
   10ffa:	147d                	add	s0,s0,-1
   10ffc:	103c                	add	a5,sp,40
   10ffe:	97a2                	add	a5,a5,s0
   11000:	4582                	lw	a1,0(sp)
   11002:	0007c503          	lbu	a0,0(a5)
   11006:	9a02                	jalr	s4
   11008:	fe0554e3          	bgez	a0,10ff0 <__d_vfprintf+0xb94>
   1100c:	c8eff06f          	j	1049a <__d_vfprintf+0x3e>
   11010:	4582                	lw	a1,0(sp)
   11012:	02000513          	li	a0,32
   11016:	0405                	add	s0,s0,1
   11018:	9a02                	jalr	s4
   1101a:	c8054063          	bltz	a0,1049a <__d_vfprintf+0x3e>
   1101e:	408487b3          	sub	a5,s1,s0
   11022:	fef047e3          	bgtz	a5,11010 <__d_vfprintf+0xbb4>
   11026:	b5ed                	j	10f10 <__d_vfprintf+0xab4>

00011028 <mulShiftAll64>:
   11028:	0e4012ef          	jal	t0,1210c <__riscv_save_10>
   1102c:	84b2                	mv	s1,a2
   1102e:	00159913          	sll	s2,a1,0x1
   11032:	4210                	lw	a2,0(a2)
   11034:	8ab6                	mv	s5,a3
   11036:	89be                	mv	s3,a5
   11038:	40d4                	lw	a3,4(s1)
   1103a:	01f55793          	srl	a5,a0,0x1f
   1103e:	1141                	add	sp,sp,-16
   11040:	0127e933          	or	s2,a5,s2
   11044:	00151413          	sll	s0,a0,0x1
   11048:	8522                	mv	a0,s0
   1104a:	85ca                	mv	a1,s2
   1104c:	8bba                	mv	s7,a4
   1104e:	870a                	mv	a4,sp
   11050:	8b42                	mv	s6,a6
   11052:	0ed000ef          	jal	1193e <__umul128>
   11056:	44d4                	lw	a3,12(s1)
   11058:	4490                	lw	a2,8(s1)
   1105a:	0038                	add	a4,sp,8
   1105c:	8caa                	mv	s9,a0
   1105e:	8c2e                	mv	s8,a1
   11060:	8522                	mv	a0,s0
   11062:	85ca                	mv	a1,s2
   11064:	0db000ef          	jal	1193e <__umul128>
   11068:	4682                	lw	a3,0(sp)
   1106a:	4712                	lw	a4,4(sp)
   1106c:	4785                	li	a5,1
   1106e:	00d50933          	add	s2,a0,a3
   11072:	00a93533          	sltu	a0,s2,a0
   11076:	95ba                	add	a1,a1,a4
   11078:	00b50433          	add	s0,a0,a1
   1107c:	00e46763          	bltu	s0,a4,1108a <mulShiftAll64+0x62>
   11080:	00871463          	bne	a4,s0,11088 <mulShiftAll64+0x60>
   11084:	00d96363          	bltu	s2,a3,1108a <mulShiftAll64+0x62>
   11088:	4781                	li	a5,0
   1108a:	4622                	lw	a2,8(sp)
   1108c:	4732                	lw	a4,12(sp)
   1108e:	963e                	add	a2,a2,a5
   11090:	00f637b3          	sltu	a5,a2,a5
   11094:	00e786b3          	add	a3,a5,a4
   11098:	4098                	lw	a4,0(s1)
   1109a:	40dc                	lw	a5,4(s1)
   1109c:	c432                	sw	a2,8(sp)
   1109e:	9766                	add	a4,a4,s9
   110a0:	97e2                	add	a5,a5,s8
   110a2:	019735b3          	sltu	a1,a4,s9
   110a6:	95be                	add	a1,a1,a5
   110a8:	c636                	sw	a3,12(sp)
   110aa:	4785                	li	a5,1
   110ac:	0185e763          	bltu	a1,s8,110ba <mulShiftAll64+0x92>
   110b0:	00bc1463          	bne	s8,a1,110b8 <mulShiftAll64+0x90>
   110b4:	01976363          	bltu	a4,s9,110ba <mulShiftAll64+0x92>
   110b8:	4781                	li	a5,0
   110ba:	4498                	lw	a4,8(s1)
   110bc:	44c8                	lw	a0,12(s1)
   110be:	fbfa8a13          	add	s4,s5,-65
   110c2:	974a                	add	a4,a4,s2
   110c4:	9522                	add	a0,a0,s0
   110c6:	012735b3          	sltu	a1,a4,s2
   110ca:	95aa                	add	a1,a1,a0
   110cc:	00e78533          	add	a0,a5,a4
   110d0:	00f537b3          	sltu	a5,a0,a5
   110d4:	95be                	add	a1,a1,a5
   110d6:	4785                	li	a5,1
   110d8:	0085e763          	bltu	a1,s0,110e6 <mulShiftAll64+0xbe>
   110dc:	00b41463          	bne	s0,a1,110e4 <mulShiftAll64+0xbc>
   110e0:	01256363          	bltu	a0,s2,110e6 <mulShiftAll64+0xbe>
   110e4:	4781                	li	a5,0
   110e6:	963e                	add	a2,a2,a5
   110e8:	00f637b3          	sltu	a5,a2,a5
   110ec:	8752                	mv	a4,s4
   110ee:	96be                	add	a3,a3,a5
   110f0:	09b000ef          	jal	1198a <__shiftright128>
   110f4:	00aba023          	sw	a0,0(s7)
   110f8:	00bba223          	sw	a1,4(s7)
   110fc:	4785                	li	a5,1
   110fe:	48a2                	lw	a7,8(sp)
   11100:	4832                	lw	a6,12(sp)
   11102:	40cc                	lw	a1,4(s1)
   11104:	4488                	lw	a0,8(s1)
   11106:	44d8                	lw	a4,12(s1)
   11108:	06fb1763          	bne	s6,a5,11176 <mulShiftAll64+0x14e>
   1110c:	40a906b3          	sub	a3,s2,a0
   11110:	00d93633          	sltu	a2,s2,a3
   11114:	40e407b3          	sub	a5,s0,a4
   11118:	8f91                	sub	a5,a5,a2
   1111a:	4505                	li	a0,1
   1111c:	00bc6863          	bltu	s8,a1,1112c <mulShiftAll64+0x104>
   11120:	01859563          	bne	a1,s8,1112a <mulShiftAll64+0x102>
   11124:	4098                	lw	a4,0(s1)
   11126:	00ece363          	bltu	s9,a4,1112c <mulShiftAll64+0x104>
   1112a:	4501                	li	a0,0
   1112c:	40a68533          	sub	a0,a3,a0
   11130:	00a6b6b3          	sltu	a3,a3,a0
   11134:	40d785b3          	sub	a1,a5,a3
   11138:	4605                	li	a2,1
   1113a:	00b46763          	bltu	s0,a1,11148 <mulShiftAll64+0x120>
   1113e:	00859463          	bne	a1,s0,11146 <mulShiftAll64+0x11e>
   11142:	00a96363          	bltu	s2,a0,11148 <mulShiftAll64+0x120>
   11146:	4601                	li	a2,0
   11148:	40c88633          	sub	a2,a7,a2
   1114c:	00c8b6b3          	sltu	a3,a7,a2
   11150:	8752                	mv	a4,s4
   11152:	40d806b3          	sub	a3,a6,a3
   11156:	035000ef          	jal	1198a <__shiftright128>
   1115a:	4622                	lw	a2,8(sp)
   1115c:	46b2                	lw	a3,12(sp)
   1115e:	00a9a023          	sw	a0,0(s3)
   11162:	00b9a223          	sw	a1,4(s3)
   11166:	8752                	mv	a4,s4
   11168:	854a                	mv	a0,s2
   1116a:	85a2                	mv	a1,s0
   1116c:	01f000ef          	jal	1198a <__shiftright128>
   11170:	0141                	add	sp,sp,16
   11172:	7d30006f          	j	12144 <__riscv_restore_10>
   11176:	01fcd793          	srl	a5,s9,0x1f
   1117a:	001c1613          	sll	a2,s8,0x1
   1117e:	8e5d                	or	a2,a2,a5
   11180:	01f95693          	srl	a3,s2,0x1f
   11184:	00141793          	sll	a5,s0,0x1
   11188:	001c9e93          	sll	t4,s9,0x1
   1118c:	8fd5                	or	a5,a5,a3
   1118e:	00191313          	sll	t1,s2,0x1
   11192:	4e05                	li	t3,1
   11194:	01866763          	bltu	a2,s8,111a2 <mulShiftAll64+0x17a>
   11198:	00cc1463          	bne	s8,a2,111a0 <mulShiftAll64+0x178>
   1119c:	019ee363          	bltu	t4,s9,111a2 <mulShiftAll64+0x17a>
   111a0:	4e01                	li	t3,0
   111a2:	9e1a                	add	t3,t3,t1
   111a4:	006e3333          	sltu	t1,t3,t1
   111a8:	933e                	add	t1,t1,a5
   111aa:	4785                	li	a5,1
   111ac:	00b66863          	bltu	a2,a1,111bc <mulShiftAll64+0x194>
   111b0:	00c59563          	bne	a1,a2,111ba <mulShiftAll64+0x192>
   111b4:	4094                	lw	a3,0(s1)
   111b6:	00dee363          	bltu	t4,a3,111bc <mulShiftAll64+0x194>
   111ba:	4781                	li	a5,0
   111bc:	40fe07b3          	sub	a5,t3,a5
   111c0:	00fe35b3          	sltu	a1,t3,a5
   111c4:	40b305b3          	sub	a1,t1,a1
   111c8:	40a78533          	sub	a0,a5,a0
   111cc:	00a7b7b3          	sltu	a5,a5,a0
   111d0:	8d99                	sub	a1,a1,a4
   111d2:	01f8d693          	srl	a3,a7,0x1f
   111d6:	8d9d                	sub	a1,a1,a5
   111d8:	00181793          	sll	a5,a6,0x1
   111dc:	8fd5                	or	a5,a5,a3
   111de:	fc0a8713          	add	a4,s5,-64
   111e2:	0886                	sll	a7,a7,0x1
   111e4:	4685                	li	a3,1
   111e6:	00836763          	bltu	t1,s0,111f4 <mulShiftAll64+0x1cc>
   111ea:	00641463          	bne	s0,t1,111f2 <mulShiftAll64+0x1ca>
   111ee:	012e6363          	bltu	t3,s2,111f4 <mulShiftAll64+0x1cc>
   111f2:	4681                	li	a3,0
   111f4:	96c6                	add	a3,a3,a7
   111f6:	0116b8b3          	sltu	a7,a3,a7
   111fa:	98be                	add	a7,a7,a5
   111fc:	4605                	li	a2,1
   111fe:	00b36763          	bltu	t1,a1,1120c <mulShiftAll64+0x1e4>
   11202:	00659463          	bne	a1,t1,1120a <mulShiftAll64+0x1e2>
   11206:	00ae6363          	bltu	t3,a0,1120c <mulShiftAll64+0x1e4>
   1120a:	4601                	li	a2,0
   1120c:	40c68633          	sub	a2,a3,a2
   11210:	00c6b6b3          	sltu	a3,a3,a2
   11214:	40d886b3          	sub	a3,a7,a3
   11218:	bf3d                	j	11156 <mulShiftAll64+0x12e>

0001121a <div10>:
   1121a:	71b002ef          	jal	t0,12134 <__riscv_save_0>
   1121e:	67cd                	lui	a5,0x13
   11220:	5507a603          	lw	a2,1360(a5) # 13550 <stdout+0x4>
   11224:	5547a683          	lw	a3,1364(a5)
   11228:	1141                	add	sp,sp,-16
   1122a:	0038                	add	a4,sp,8
   1122c:	712000ef          	jal	1193e <__umul128>
   11230:	45b2                	lw	a1,12(sp)
   11232:	47a2                	lw	a5,8(sp)
   11234:	01d59513          	sll	a0,a1,0x1d
   11238:	838d                	srl	a5,a5,0x3
   1123a:	8d5d                	or	a0,a0,a5
   1123c:	818d                	srl	a1,a1,0x3
   1123e:	0141                	add	sp,sp,16
   11240:	7190006f          	j	12158 <__riscv_restore_0>

00011244 <__dtoa_engine>:
   11244:	6c1002ef          	jal	t0,12104 <__riscv_save_12>
   11248:	715d                	add	sp,sp,-80
   1124a:	8bb6                	mv	s7,a3
   1124c:	001006b7          	lui	a3,0x100
   11250:	c43a                	sw	a4,8(sp)
   11252:	c63e                	sw	a5,12(sp)
   11254:	01f5d713          	srl	a4,a1,0x1f
   11258:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   1125c:	0145d793          	srl	a5,a1,0x14
   11260:	00bdfdb3          	and	s11,s11,a1
   11264:	c03a                	sw	a4,0(sp)
   11266:	7ff7f413          	and	s0,a5,2047
   1126a:	84aa                	mv	s1,a0
   1126c:	8ab2                	mv	s5,a2
   1126e:	00ade733          	or	a4,s11,a0
   11272:	e405                	bnez	s0,1129a <__dtoa_engine+0x56>
   11274:	e331                	bnez	a4,112b8 <__dtoa_engine+0x74>
   11276:	03000793          	li	a5,48
   1127a:	00f602a3          	sb	a5,5(a2)
   1127e:	4782                	lw	a5,0(sp)
   11280:	00060323          	sb	zero,6(a2)
   11284:	00062023          	sw	zero,0(a2)
   11288:	0027e993          	or	s3,a5,2
   1128c:	01360223          	sb	s3,4(a2)
   11290:	4405                	li	s0,1
   11292:	8522                	mv	a0,s0
   11294:	6161                	add	sp,sp,80
   11296:	6ab0006f          	j	12140 <__riscv_restore_12>
   1129a:	7ff00613          	li	a2,2047
   1129e:	0ac41163          	bne	s0,a2,11340 <__dtoa_engine+0xfc>
   112a2:	4782                	lw	a5,0(sp)
   112a4:	0047e793          	or	a5,a5,4
   112a8:	c701                	beqz	a4,112b0 <__dtoa_engine+0x6c>
   112aa:	4782                	lw	a5,0(sp)
   112ac:	0087e793          	or	a5,a5,8
   112b0:	00fa8223          	sb	a5,4(s5)
   112b4:	4401                	li	s0,0
   112b6:	bff1                	j	11292 <__dtoa_engine+0x4e>
   112b8:	00157793          	and	a5,a0,1
   112bc:	c23e                	sw	a5,4(sp)
   112be:	002d9993          	sll	s3,s11,0x2
   112c2:	01e55793          	srl	a5,a0,0x1e
   112c6:	0137e9b3          	or	s3,a5,s3
   112ca:	00251c13          	sll	s8,a0,0x2
   112ce:	892a                	mv	s2,a0
   112d0:	bcc00413          	li	s0,-1076
   112d4:	4805                	li	a6,1
   112d6:	4d05                	li	s10,1
   112d8:	408004b3          	neg	s1,s0
   112dc:	8526                	mv	a0,s1
   112de:	ca42                	sw	a6,20(sp)
   112e0:	2d35                	jal	1191c <__log10Pow5>
   112e2:	fff42793          	slti	a5,s0,-1
   112e6:	40f50b33          	sub	s6,a0,a5
   112ea:	416484b3          	sub	s1,s1,s6
   112ee:	8526                	mv	a0,s1
   112f0:	2d35                	jal	1192c <__pow5bits>
   112f2:	f8350693          	add	a3,a0,-125
   112f6:	40db06b3          	sub	a3,s6,a3
   112fa:	8526                	mv	a0,s1
   112fc:	008c                	add	a1,sp,64
   112fe:	c836                	sw	a3,16(sp)
   11300:	2921                	jal	11718 <__double_computePow5>
   11302:	4852                	lw	a6,20(sp)
   11304:	46c2                	lw	a3,16(sp)
   11306:	181c                	add	a5,sp,48
   11308:	1038                	add	a4,sp,40
   1130a:	0090                	add	a2,sp,64
   1130c:	854a                	mv	a0,s2
   1130e:	85ee                	mv	a1,s11
   11310:	3b21                	jal	11028 <mulShiftAll64>
   11312:	4785                	li	a5,1
   11314:	008b0a33          	add	s4,s6,s0
   11318:	84ae                	mv	s1,a1
   1131a:	842a                	mv	s0,a0
   1131c:	1367e563          	bltu	a5,s6,11446 <__dtoa_engine+0x202>
   11320:	4792                	lw	a5,4(sp)
   11322:	4985                	li	s3,1
   11324:	0e078863          	beqz	a5,11414 <__dtoa_engine+0x1d0>
   11328:	57a2                	lw	a5,40(sp)
   1132a:	5732                	lw	a4,44(sp)
   1132c:	4985                	li	s3,1
   1132e:	fff78693          	add	a3,a5,-1
   11332:	0017b793          	seqz	a5,a5
   11336:	40f707b3          	sub	a5,a4,a5
   1133a:	d436                	sw	a3,40(sp)
   1133c:	d63e                	sw	a5,44(sp)
   1133e:	a075                	j	113ea <__dtoa_engine+0x1a6>
   11340:	01b6edb3          	or	s11,a3,s11
   11344:	00157693          	and	a3,a0,1
   11348:	c236                	sw	a3,4(sp)
   1134a:	002d9993          	sll	s3,s11,0x2
   1134e:	01e55693          	srl	a3,a0,0x1e
   11352:	bcb40413          	add	s0,s0,-1077
   11356:	892a                	mv	s2,a0
   11358:	0136e9b3          	or	s3,a3,s3
   1135c:	00251c13          	sll	s8,a0,0x2
   11360:	4d05                	li	s10,1
   11362:	e709                	bnez	a4,1136c <__dtoa_engine+0x128>
   11364:	7fe7f793          	and	a5,a5,2046
   11368:	0017bd13          	seqz	s10,a5
   1136c:	886a                	mv	a6,s10
   1136e:	f60445e3          	bltz	s0,112d8 <__dtoa_engine+0x94>
   11372:	8522                	mv	a0,s0
   11374:	2b69                	jal	1190e <__log10Pow2>
   11376:	00442793          	slti	a5,s0,4
   1137a:	0017c793          	xor	a5,a5,1
   1137e:	40f50a33          	sub	s4,a0,a5
   11382:	8552                	mv	a0,s4
   11384:	2365                	jal	1192c <__pow5bits>
   11386:	07c50693          	add	a3,a0,124
   1138a:	408a0433          	sub	s0,s4,s0
   1138e:	96a2                	add	a3,a3,s0
   11390:	008c                	add	a1,sp,64
   11392:	8552                	mv	a0,s4
   11394:	c836                	sw	a3,16(sp)
   11396:	29b5                	jal	11812 <__double_computeInvPow5>
   11398:	46c2                	lw	a3,16(sp)
   1139a:	181c                	add	a5,sp,48
   1139c:	8526                	mv	a0,s1
   1139e:	886a                	mv	a6,s10
   113a0:	1038                	add	a4,sp,40
   113a2:	0090                	add	a2,sp,64
   113a4:	85ee                	mv	a1,s11
   113a6:	3149                	jal	11028 <mulShiftAll64>
   113a8:	47d5                	li	a5,21
   113aa:	842a                	mv	s0,a0
   113ac:	84ae                	mv	s1,a1
   113ae:	0947ea63          	bltu	a5,s4,11442 <__dtoa_engine+0x1fe>
   113b2:	67cd                	lui	a5,0x13
   113b4:	5547a683          	lw	a3,1364(a5) # 13554 <stdout+0x8>
   113b8:	5507a603          	lw	a2,1360(a5)
   113bc:	1838                	add	a4,sp,56
   113be:	8562                	mv	a0,s8
   113c0:	85ce                	mv	a1,s3
   113c2:	2bb5                	jal	1193e <__umul128>
   113c4:	57e2                	lw	a5,56(sp)
   113c6:	56f2                	lw	a3,60(sp)
   113c8:	5da2                	lw	s11,40(sp)
   113ca:	8389                	srl	a5,a5,0x2
   113cc:	06fa                	sll	a3,a3,0x1e
   113ce:	8fd5                	or	a5,a5,a3
   113d0:	4695                	li	a3,5
   113d2:	02f687b3          	mul	a5,a3,a5
   113d6:	5932                	lw	s2,44(sp)
   113d8:	01879b63          	bne	a5,s8,113ee <__dtoa_engine+0x1aa>
   113dc:	85ce                	mv	a1,s3
   113de:	8562                	mv	a0,s8
   113e0:	2ced                	jal	116da <__pow5Factor>
   113e2:	01453733          	sltu	a4,a0,s4
   113e6:	00174993          	xor	s3,a4,1
   113ea:	4d01                	li	s10,0
   113ec:	a025                	j	11414 <__dtoa_engine+0x1d0>
   113ee:	4792                	lw	a5,4(sp)
   113f0:	e79d                	bnez	a5,1141e <__dtoa_engine+0x1da>
   113f2:	fffc0793          	add	a5,s8,-1
   113f6:	41a78533          	sub	a0,a5,s10
   113fa:	001c3593          	seqz	a1,s8
   113fe:	00a7b7b3          	sltu	a5,a5,a0
   11402:	40b985b3          	sub	a1,s3,a1
   11406:	8d9d                	sub	a1,a1,a5
   11408:	2cc9                	jal	116da <__pow5Factor>
   1140a:	01453933          	sltu	s2,a0,s4
   1140e:	00194d13          	xor	s10,s2,1
   11412:	4981                	li	s3,0
   11414:	47a2                	lw	a5,8(sp)
   11416:	0e079f63          	bnez	a5,11514 <__dtoa_engine+0x2d0>
   1141a:	8b5e                	mv	s6,s7
   1141c:	a049                	j	1149e <__dtoa_engine+0x25a>
   1141e:	002c0513          	add	a0,s8,2
   11422:	018535b3          	sltu	a1,a0,s8
   11426:	95ce                	add	a1,a1,s3
   11428:	2c4d                	jal	116da <__pow5Factor>
   1142a:	01453533          	sltu	a0,a0,s4
   1142e:	00154513          	xor	a0,a0,1
   11432:	40ad8533          	sub	a0,s11,a0
   11436:	00adbdb3          	sltu	s11,s11,a0
   1143a:	41b90733          	sub	a4,s2,s11
   1143e:	d42a                	sw	a0,40(sp)
   11440:	d63a                	sw	a4,44(sp)
   11442:	4981                	li	s3,0
   11444:	b75d                	j	113ea <__dtoa_engine+0x1a6>
   11446:	03e00793          	li	a5,62
   1144a:	ff67ece3          	bltu	a5,s6,11442 <__dtoa_engine+0x1fe>
   1144e:	865a                	mv	a2,s6
   11450:	557d                	li	a0,-1
   11452:	55fd                	li	a1,-1
   11454:	2be1                	jal	11a2c <__ashldi3>
   11456:	fff54513          	not	a0,a0
   1145a:	fff5c593          	not	a1,a1
   1145e:	0135f5b3          	and	a1,a1,s3
   11462:	01857533          	and	a0,a0,s8
   11466:	00b56733          	or	a4,a0,a1
   1146a:	00173993          	seqz	s3,a4
   1146e:	bfb5                	j	113ea <__dtoa_engine+0x1a6>
   11470:	02d50833          	mul	a6,a0,a3
   11474:	0785                	add	a5,a5,1
   11476:	02b536b3          	mulhu	a3,a0,a1
   1147a:	02b505b3          	mul	a1,a0,a1
   1147e:	96c2                	add	a3,a3,a6
   11480:	00d4e663          	bltu	s1,a3,1148c <__dtoa_engine+0x248>
   11484:	fe9696e3          	bne	a3,s1,11470 <__dtoa_engine+0x22c>
   11488:	feb474e3          	bgeu	s0,a1,11470 <__dtoa_engine+0x22c>
   1148c:	4732                	lw	a4,12(sp)
   1148e:	97d2                	add	a5,a5,s4
   11490:	97ba                	add	a5,a5,a4
   11492:	00f04363          	bgtz	a5,11498 <__dtoa_engine+0x254>
   11496:	4785                	li	a5,1
   11498:	8b3e                	mv	s6,a5
   1149a:	f8fbc0e3          	blt	s7,a5,1141a <__dtoa_engine+0x1d6>
   1149e:	4c81                	li	s9,0
   114a0:	4901                	li	s2,0
   114a2:	4c01                	li	s8,0
   114a4:	5522                	lw	a0,40(sp)
   114a6:	55b2                	lw	a1,44(sp)
   114a8:	3b8d                	jal	1121a <div10>
   114aa:	57c2                	lw	a5,48(sp)
   114ac:	8dae                	mv	s11,a1
   114ae:	55d2                	lw	a1,52(sp)
   114b0:	c82a                	sw	a0,16(sp)
   114b2:	853e                	mv	a0,a5
   114b4:	ca3e                	sw	a5,20(sp)
   114b6:	3395                	jal	1121a <div10>
   114b8:	832a                	mv	t1,a0
   114ba:	88ae                	mv	a7,a1
   114bc:	4ea9                	li	t4,10
   114be:	01b5e763          	bltu	a1,s11,114cc <__dtoa_engine+0x288>
   114c2:	08bd9563          	bne	s11,a1,1154c <__dtoa_engine+0x308>
   114c6:	47c2                	lw	a5,16(sp)
   114c8:	08f57263          	bgeu	a0,a5,1154c <__dtoa_engine+0x308>
   114cc:	8522                	mv	a0,s0
   114ce:	85a6                	mv	a1,s1
   114d0:	ce46                	sw	a7,28(sp)
   114d2:	cc1a                	sw	t1,24(sp)
   114d4:	3399                	jal	1121a <div10>
   114d6:	4362                	lw	t1,24(sp)
   114d8:	4ea9                	li	t4,10
   114da:	001cb693          	seqz	a3,s9
   114de:	026e8833          	mul	a6,t4,t1
   114e2:	00d9f9b3          	and	s3,s3,a3
   114e6:	47d2                	lw	a5,20(sp)
   114e8:	48f2                	lw	a7,28(sp)
   114ea:	d66e                	sw	s11,44(sp)
   114ec:	d81a                	sw	t1,48(sp)
   114ee:	da46                	sw	a7,52(sp)
   114f0:	0905                	add	s2,s2,1
   114f2:	84ae                	mv	s1,a1
   114f4:	02ae86b3          	mul	a3,t4,a0
   114f8:	40f80833          	sub	a6,a6,a5
   114fc:	47c2                	lw	a5,16(sp)
   114fe:	00183813          	seqz	a6,a6
   11502:	010d7d33          	and	s10,s10,a6
   11506:	d43e                	sw	a5,40(sp)
   11508:	40d406b3          	sub	a3,s0,a3
   1150c:	0ff6fc93          	zext.b	s9,a3
   11510:	842a                	mv	s0,a0
   11512:	bf49                	j	114a4 <__dtoa_engine+0x260>
   11514:	45a9                	li	a1,10
   11516:	4681                	li	a3,0
   11518:	4785                	li	a5,1
   1151a:	4529                	li	a0,10
   1151c:	b795                	j	11480 <__dtoa_engine+0x23c>
   1151e:	030e8f33          	mul	t5,t4,a6
   11522:	0505                	add	a0,a0,1
   11524:	02beb833          	mulhu	a6,t4,a1
   11528:	02be85b3          	mul	a1,t4,a1
   1152c:	987a                	add	a6,a6,t5
   1152e:	0104e663          	bltu	s1,a6,1153a <__dtoa_engine+0x2f6>
   11532:	fe9816e3          	bne	a6,s1,1151e <__dtoa_engine+0x2da>
   11536:	feb474e3          	bgeu	s0,a1,1151e <__dtoa_engine+0x2da>
   1153a:	00ab5d63          	bge	s6,a0,11554 <__dtoa_engine+0x310>
   1153e:	000b1563          	bnez	s6,11548 <__dtoa_engine+0x304>
   11542:	009465b3          	or	a1,s0,s1
   11546:	c599                	beqz	a1,11554 <__dtoa_engine+0x310>
   11548:	4c05                	li	s8,1
   1154a:	b749                	j	114cc <__dtoa_engine+0x288>
   1154c:	45a9                	li	a1,10
   1154e:	4801                	li	a6,0
   11550:	4505                	li	a0,1
   11552:	bff1                	j	1152e <__dtoa_engine+0x2ea>
   11554:	040d0e63          	beqz	s10,115b0 <__dtoa_engine+0x36c>
   11558:	4da9                	li	s11,10
   1155a:	5342                	lw	t1,48(sp)
   1155c:	55d2                	lw	a1,52(sp)
   1155e:	851a                	mv	a0,t1
   11560:	c81a                	sw	t1,16(sp)
   11562:	3965                	jal	1121a <div10>
   11564:	ce2e                	sw	a1,28(sp)
   11566:	02ad85b3          	mul	a1,s11,a0
   1156a:	4342                	lw	t1,16(sp)
   1156c:	882a                	mv	a6,a0
   1156e:	cc42                	sw	a6,24(sp)
   11570:	04659063          	bne	a1,t1,115b0 <__dtoa_engine+0x36c>
   11574:	5522                	lw	a0,40(sp)
   11576:	55b2                	lw	a1,44(sp)
   11578:	0905                	add	s2,s2,1
   1157a:	3145                	jal	1121a <div10>
   1157c:	ca2a                	sw	a0,20(sp)
   1157e:	c82e                	sw	a1,16(sp)
   11580:	8522                	mv	a0,s0
   11582:	85a6                	mv	a1,s1
   11584:	3959                	jal	1121a <div10>
   11586:	001cb693          	seqz	a3,s9
   1158a:	00d9f9b3          	and	s3,s3,a3
   1158e:	02ad86b3          	mul	a3,s11,a0
   11592:	4e52                	lw	t3,20(sp)
   11594:	4342                	lw	t1,16(sp)
   11596:	4862                	lw	a6,24(sp)
   11598:	48f2                	lw	a7,28(sp)
   1159a:	d472                	sw	t3,40(sp)
   1159c:	d61a                	sw	t1,44(sp)
   1159e:	d842                	sw	a6,48(sp)
   115a0:	da46                	sw	a7,52(sp)
   115a2:	84ae                	mv	s1,a1
   115a4:	40d406b3          	sub	a3,s0,a3
   115a8:	0ff6fc93          	zext.b	s9,a3
   115ac:	842a                	mv	s0,a0
   115ae:	b775                	j	1155a <__dtoa_engine+0x316>
   115b0:	9952                	add	s2,s2,s4
   115b2:	0c098563          	beqz	s3,1167c <__dtoa_engine+0x438>
   115b6:	4715                	li	a4,5
   115b8:	0cec9263          	bne	s9,a4,1167c <__dtoa_engine+0x438>
   115bc:	00147713          	and	a4,s0,1
   115c0:	e35d                	bnez	a4,11666 <__dtoa_engine+0x422>
   115c2:	000c1963          	bnez	s8,115d4 <__dtoa_engine+0x390>
   115c6:	5742                	lw	a4,48(sp)
   115c8:	00871563          	bne	a4,s0,115d2 <__dtoa_engine+0x38e>
   115cc:	5752                	lw	a4,52(sp)
   115ce:	0c970963          	beq	a4,s1,116a0 <__dtoa_engine+0x45c>
   115d2:	4701                	li	a4,0
   115d4:	943a                	add	s0,s0,a4
   115d6:	00e435b3          	sltu	a1,s0,a4
   115da:	95a6                	add	a1,a1,s1
   115dc:	8a2e                	mv	s4,a1
   115de:	84a2                	mv	s1,s0
   115e0:	4629                	li	a2,10
   115e2:	4681                	li	a3,0
   115e4:	4c05                	li	s8,1
   115e6:	4529                	li	a0,10
   115e8:	00d5e663          	bltu	a1,a3,115f4 <__dtoa_engine+0x3b0>
   115ec:	0ab69c63          	bne	a3,a1,116a4 <__dtoa_engine+0x460>
   115f0:	0ac47a63          	bgeu	s0,a2,116a4 <__dtoa_engine+0x460>
   115f4:	cf15                	beqz	a4,11630 <__dtoa_engine+0x3ec>
   115f6:	038b5d63          	bge	s6,s8,11630 <__dtoa_engine+0x3ec>
   115fa:	47a2                	lw	a5,8(sp)
   115fc:	cf91                	beqz	a5,11618 <__dtoa_engine+0x3d4>
   115fe:	4732                	lw	a4,12(sp)
   11600:	012c07b3          	add	a5,s8,s2
   11604:	00f70b33          	add	s6,a4,a5
   11608:	000b5363          	bgez	s6,1160e <__dtoa_engine+0x3ca>
   1160c:	4b01                	li	s6,0
   1160e:	016bd363          	bge	s7,s6,11614 <__dtoa_engine+0x3d0>
   11612:	8b5e                	mv	s6,s7
   11614:	018b5e63          	bge	s6,s8,11630 <__dtoa_engine+0x3ec>
   11618:	00540513          	add	a0,s0,5
   1161c:	00853433          	sltu	s0,a0,s0
   11620:	4629                	li	a2,10
   11622:	4681                	li	a3,0
   11624:	95a2                	add	a1,a1,s0
   11626:	29a1                	jal	11a7e <__udivdi3>
   11628:	84aa                	mv	s1,a0
   1162a:	8a2e                	mv	s4,a1
   1162c:	0905                	add	s2,s2,1
   1162e:	1c7d                	add	s8,s8,-1
   11630:	87da                	mv	a5,s6
   11632:	016c5363          	bge	s8,s6,11638 <__dtoa_engine+0x3f4>
   11636:	87e2                	mv	a5,s8
   11638:	01079413          	sll	s0,a5,0x10
   1163c:	0942                	sll	s2,s2,0x10
   1163e:	8441                	sra	s0,s0,0x10
   11640:	41095913          	sra	s2,s2,0x10
   11644:	9922                	add	s2,s2,s0
   11646:	008a8b33          	add	s6,s5,s0
   1164a:	197d                	add	s2,s2,-1
   1164c:	4b81                	li	s7,0
   1164e:	8c5a                	mv	s8,s6
   11650:	1b7d                	add	s6,s6,-1
   11652:	068bc263          	blt	s7,s0,116b6 <__dtoa_engine+0x472>
   11656:	4782                	lw	a5,0(sp)
   11658:	000c02a3          	sb	zero,5(s8)
   1165c:	012aa023          	sw	s2,0(s5)
   11660:	00fa8223          	sb	a5,4(s5)
   11664:	b13d                	j	11292 <__dtoa_engine+0x4e>
   11666:	4705                	li	a4,1
   11668:	f60c16e3          	bnez	s8,115d4 <__dtoa_engine+0x390>
   1166c:	5742                	lw	a4,48(sp)
   1166e:	00871563          	bne	a4,s0,11678 <__dtoa_engine+0x434>
   11672:	5752                	lw	a4,52(sp)
   11674:	00970c63          	beq	a4,s1,1168c <__dtoa_engine+0x448>
   11678:	4705                	li	a4,1
   1167a:	bfa9                	j	115d4 <__dtoa_engine+0x390>
   1167c:	000c1d63          	bnez	s8,11696 <__dtoa_engine+0x452>
   11680:	5742                	lw	a4,48(sp)
   11682:	00871a63          	bne	a4,s0,11696 <__dtoa_engine+0x452>
   11686:	5752                	lw	a4,52(sp)
   11688:	00971763          	bne	a4,s1,11696 <__dtoa_engine+0x452>
   1168c:	4792                	lw	a5,4(sp)
   1168e:	4705                	li	a4,1
   11690:	f3b1                	bnez	a5,115d4 <__dtoa_engine+0x390>
   11692:	f40d01e3          	beqz	s10,115d4 <__dtoa_engine+0x390>
   11696:	005cb693          	sltiu	a3,s9,5
   1169a:	0016c713          	xor	a4,a3,1
   1169e:	bf1d                	j	115d4 <__dtoa_engine+0x390>
   116a0:	4c91                	li	s9,4
   116a2:	b7ed                	j	1168c <__dtoa_engine+0x448>
   116a4:	02d50833          	mul	a6,a0,a3
   116a8:	0c05                	add	s8,s8,1
   116aa:	02c536b3          	mulhu	a3,a0,a2
   116ae:	02c50633          	mul	a2,a0,a2
   116b2:	96c2                	add	a3,a3,a6
   116b4:	bf15                	j	115e8 <__dtoa_engine+0x3a4>
   116b6:	4629                	li	a2,10
   116b8:	4681                	li	a3,0
   116ba:	8526                	mv	a0,s1
   116bc:	85d2                	mv	a1,s4
   116be:	2f39                	jal	11ddc <__umoddi3>
   116c0:	03050513          	add	a0,a0,48
   116c4:	00ab02a3          	sb	a0,5(s6)
   116c8:	85d2                	mv	a1,s4
   116ca:	8526                	mv	a0,s1
   116cc:	4629                	li	a2,10
   116ce:	4681                	li	a3,0
   116d0:	267d                	jal	11a7e <__udivdi3>
   116d2:	84aa                	mv	s1,a0
   116d4:	8a2e                	mv	s4,a1
   116d6:	0b85                	add	s7,s7,1
   116d8:	bfa5                	j	11650 <__dtoa_engine+0x40c>

000116da <__pow5Factor>:
   116da:	ccccd737          	lui	a4,0xccccd
   116de:	333336b7          	lui	a3,0x33333
   116e2:	87aa                	mv	a5,a0
   116e4:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   116e8:	4501                	li	a0,0
   116ea:	ccc70713          	add	a4,a4,-820
   116ee:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   116f2:	02c585b3          	mul	a1,a1,a2
   116f6:	02e78833          	mul	a6,a5,a4
   116fa:	982e                	add	a6,a6,a1
   116fc:	02c7b5b3          	mulhu	a1,a5,a2
   11700:	95c2                	add	a1,a1,a6
   11702:	02c787b3          	mul	a5,a5,a2
   11706:	00b6e863          	bltu	a3,a1,11716 <__pow5Factor+0x3c>
   1170a:	00d59463          	bne	a1,a3,11712 <__pow5Factor+0x38>
   1170e:	00f5e463          	bltu	a1,a5,11716 <__pow5Factor+0x3c>
   11712:	0505                	add	a0,a0,1
   11714:	bff9                	j	116f2 <__pow5Factor+0x18>
   11716:	8082                	ret

00011718 <__double_computePow5>:
   11718:	1f5002ef          	jal	t0,1210c <__riscv_save_10>
   1171c:	47e9                	li	a5,26
   1171e:	02f55b33          	divu	s6,a0,a5
   11722:	69cd                	lui	s3,0x13
   11724:	11098b93          	add	s7,s3,272 # 13110 <DOUBLE_POW5_SPLIT2>
   11728:	1101                	add	sp,sp,-32
   1172a:	892e                	mv	s2,a1
   1172c:	02f577b3          	remu	a5,a0,a5
   11730:	004b1713          	sll	a4,s6,0x4
   11734:	9bba                	add	s7,s7,a4
   11736:	e395                	bnez	a5,1175a <__double_computePow5+0x42>
   11738:	000ba703          	lw	a4,0(s7)
   1173c:	004ba783          	lw	a5,4(s7)
   11740:	c198                	sw	a4,0(a1)
   11742:	c1dc                	sw	a5,4(a1)
   11744:	008ba503          	lw	a0,8(s7)
   11748:	00cba583          	lw	a1,12(s7)
   1174c:	00a92423          	sw	a0,8(s2)
   11750:	00b92623          	sw	a1,12(s2)
   11754:	6105                	add	sp,sp,32
   11756:	1ef0006f          	j	12144 <__riscv_restore_10>
   1175a:	11098993          	add	s3,s3,272
   1175e:	078e                	sll	a5,a5,0x3
   11760:	97ce                	add	a5,a5,s3
   11762:	0d07aa03          	lw	s4,208(a5)
   11766:	0d47aa83          	lw	s5,212(a5)
   1176a:	008ba603          	lw	a2,8(s7)
   1176e:	00cba683          	lw	a3,12(s7)
   11772:	0818                	add	a4,sp,16
   11774:	85d6                	mv	a1,s5
   11776:	842a                	mv	s0,a0
   11778:	8552                	mv	a0,s4
   1177a:	22d1                	jal	1193e <__umul128>
   1177c:	000ba603          	lw	a2,0(s7)
   11780:	004ba683          	lw	a3,4(s7)
   11784:	84aa                	mv	s1,a0
   11786:	8c2e                	mv	s8,a1
   11788:	0838                	add	a4,sp,24
   1178a:	8552                	mv	a0,s4
   1178c:	85d6                	mv	a1,s5
   1178e:	2a45                	jal	1193e <__umul128>
   11790:	47e2                	lw	a5,24(sp)
   11792:	4772                	lw	a4,28(sp)
   11794:	8aaa                	mv	s5,a0
   11796:	94be                	add	s1,s1,a5
   11798:	00f4ba33          	sltu	s4,s1,a5
   1179c:	9c3a                	add	s8,s8,a4
   1179e:	9a62                	add	s4,s4,s8
   117a0:	00ea6663          	bltu	s4,a4,117ac <__double_computePow5+0x94>
   117a4:	01471d63          	bne	a4,s4,117be <__double_computePow5+0xa6>
   117a8:	00f4fb63          	bgeu	s1,a5,117be <__double_computePow5+0xa6>
   117ac:	47c2                	lw	a5,16(sp)
   117ae:	46d2                	lw	a3,20(sp)
   117b0:	00178713          	add	a4,a5,1
   117b4:	00f737b3          	sltu	a5,a4,a5
   117b8:	97b6                	add	a5,a5,a3
   117ba:	c83a                	sw	a4,16(sp)
   117bc:	ca3e                	sw	a5,20(sp)
   117be:	8522                	mv	a0,s0
   117c0:	c62e                	sw	a1,12(sp)
   117c2:	22ad                	jal	1192c <__pow5bits>
   117c4:	8baa                	mv	s7,a0
   117c6:	4569                	li	a0,26
   117c8:	02ab0533          	mul	a0,s6,a0
   117cc:	2285                	jal	1192c <__pow5bits>
   117ce:	45b2                	lw	a1,12(sp)
   117d0:	40ab8733          	sub	a4,s7,a0
   117d4:	8626                	mv	a2,s1
   117d6:	86d2                	mv	a3,s4
   117d8:	8556                	mv	a0,s5
   117da:	c43a                	sw	a4,8(sp)
   117dc:	227d                	jal	1198a <__shiftright128>
   117de:	00445793          	srl	a5,s0,0x4
   117e2:	078a                	sll	a5,a5,0x2
   117e4:	99be                	add	s3,s3,a5
   117e6:	1a09a783          	lw	a5,416(s3)
   117ea:	0406                	sll	s0,s0,0x1
   117ec:	8879                	and	s0,s0,30
   117ee:	0087d7b3          	srl	a5,a5,s0
   117f2:	8b8d                	and	a5,a5,3
   117f4:	953e                	add	a0,a0,a5
   117f6:	00f537b3          	sltu	a5,a0,a5
   117fa:	4722                	lw	a4,8(sp)
   117fc:	4642                	lw	a2,16(sp)
   117fe:	46d2                	lw	a3,20(sp)
   11800:	97ae                	add	a5,a5,a1
   11802:	00a92023          	sw	a0,0(s2)
   11806:	00f92223          	sw	a5,4(s2)
   1180a:	8526                	mv	a0,s1
   1180c:	85d2                	mv	a1,s4
   1180e:	2ab5                	jal	1198a <__shiftright128>
   11810:	bf35                	j	1174c <__double_computePow5+0x34>

00011812 <__double_computeInvPow5>:
   11812:	0fb002ef          	jal	t0,1210c <__riscv_save_10>
   11816:	4b69                	li	s6,26
   11818:	01950793          	add	a5,a0,25
   1181c:	0367d7b3          	divu	a5,a5,s6
   11820:	6acd                	lui	s5,0x13
   11822:	110a8493          	add	s1,s5,272 # 13110 <DOUBLE_POW5_SPLIT2>
   11826:	1f848493          	add	s1,s1,504
   1182a:	1101                	add	sp,sp,-32
   1182c:	8a2e                	mv	s4,a1
   1182e:	03678b33          	mul	s6,a5,s6
   11832:	0792                	sll	a5,a5,0x4
   11834:	94be                	add	s1,s1,a5
   11836:	40ab0733          	sub	a4,s6,a0
   1183a:	00ab1f63          	bne	s6,a0,11858 <__double_computeInvPow5+0x46>
   1183e:	4098                	lw	a4,0(s1)
   11840:	40dc                	lw	a5,4(s1)
   11842:	c198                	sw	a4,0(a1)
   11844:	c1dc                	sw	a5,4(a1)
   11846:	4488                	lw	a0,8(s1)
   11848:	44cc                	lw	a1,12(s1)
   1184a:	00aa2423          	sw	a0,8(s4)
   1184e:	00ba2623          	sw	a1,12(s4)
   11852:	6105                	add	sp,sp,32
   11854:	0f10006f          	j	12144 <__riscv_restore_10>
   11858:	110a8a93          	add	s5,s5,272
   1185c:	070e                	sll	a4,a4,0x3
   1185e:	9756                	add	a4,a4,s5
   11860:	0d072903          	lw	s2,208(a4)
   11864:	0d472983          	lw	s3,212(a4)
   11868:	4490                	lw	a2,8(s1)
   1186a:	44d4                	lw	a3,12(s1)
   1186c:	0818                	add	a4,sp,16
   1186e:	85ce                	mv	a1,s3
   11870:	842a                	mv	s0,a0
   11872:	854a                	mv	a0,s2
   11874:	20e9                	jal	1193e <__umul128>
   11876:	4090                	lw	a2,0(s1)
   11878:	40d4                	lw	a3,4(s1)
   1187a:	8c2a                	mv	s8,a0
   1187c:	00163793          	seqz	a5,a2
   11880:	8bae                	mv	s7,a1
   11882:	0838                	add	a4,sp,24
   11884:	8e9d                	sub	a3,a3,a5
   11886:	854a                	mv	a0,s2
   11888:	85ce                	mv	a1,s3
   1188a:	167d                	add	a2,a2,-1
   1188c:	284d                	jal	1193e <__umul128>
   1188e:	47e2                	lw	a5,24(sp)
   11890:	4772                	lw	a4,28(sp)
   11892:	89aa                	mv	s3,a0
   11894:	9c3e                	add	s8,s8,a5
   11896:	00fc3933          	sltu	s2,s8,a5
   1189a:	9bba                	add	s7,s7,a4
   1189c:	995e                	add	s2,s2,s7
   1189e:	00e96663          	bltu	s2,a4,118aa <__double_computeInvPow5+0x98>
   118a2:	01271d63          	bne	a4,s2,118bc <__double_computeInvPow5+0xaa>
   118a6:	00fc7b63          	bgeu	s8,a5,118bc <__double_computeInvPow5+0xaa>
   118aa:	47c2                	lw	a5,16(sp)
   118ac:	46d2                	lw	a3,20(sp)
   118ae:	00178713          	add	a4,a5,1
   118b2:	00f737b3          	sltu	a5,a4,a5
   118b6:	97b6                	add	a5,a5,a3
   118b8:	c83a                	sw	a4,16(sp)
   118ba:	ca3e                	sw	a5,20(sp)
   118bc:	855a                	mv	a0,s6
   118be:	c62e                	sw	a1,12(sp)
   118c0:	20b5                	jal	1192c <__pow5bits>
   118c2:	8b2a                	mv	s6,a0
   118c4:	8522                	mv	a0,s0
   118c6:	209d                	jal	1192c <__pow5bits>
   118c8:	45b2                	lw	a1,12(sp)
   118ca:	40ab0733          	sub	a4,s6,a0
   118ce:	8662                	mv	a2,s8
   118d0:	86ca                	mv	a3,s2
   118d2:	854e                	mv	a0,s3
   118d4:	c43a                	sw	a4,8(sp)
   118d6:	2855                	jal	1198a <__shiftright128>
   118d8:	00445793          	srl	a5,s0,0x4
   118dc:	078a                	sll	a5,a5,0x2
   118de:	9abe                	add	s5,s5,a5
   118e0:	2e8aa783          	lw	a5,744(s5)
   118e4:	0406                	sll	s0,s0,0x1
   118e6:	8879                	and	s0,s0,30
   118e8:	0087d7b3          	srl	a5,a5,s0
   118ec:	8b8d                	and	a5,a5,3
   118ee:	0785                	add	a5,a5,1
   118f0:	953e                	add	a0,a0,a5
   118f2:	00f537b3          	sltu	a5,a0,a5
   118f6:	4722                	lw	a4,8(sp)
   118f8:	4642                	lw	a2,16(sp)
   118fa:	46d2                	lw	a3,20(sp)
   118fc:	97ae                	add	a5,a5,a1
   118fe:	00aa2023          	sw	a0,0(s4)
   11902:	00fa2223          	sw	a5,4(s4)
   11906:	8562                	mv	a0,s8
   11908:	85ca                	mv	a1,s2
   1190a:	2041                	jal	1198a <__shiftright128>
   1190c:	bf3d                	j	1184a <__double_computeInvPow5+0x38>

0001190e <__log10Pow2>:
   1190e:	67cd                	lui	a5,0x13
   11910:	44178793          	add	a5,a5,1089 # 13441 <POW5_INV_OFFSETS+0x49>
   11914:	02f50533          	mul	a0,a0,a5
   11918:	8149                	srl	a0,a0,0x12
   1191a:	8082                	ret

0001191c <__log10Pow5>:
   1191c:	000b37b7          	lui	a5,0xb3
   11920:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   11924:	02f50533          	mul	a0,a0,a5
   11928:	8151                	srl	a0,a0,0x14
   1192a:	8082                	ret

0001192c <__pow5bits>:
   1192c:	001297b7          	lui	a5,0x129
   11930:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   11934:	02f50533          	mul	a0,a0,a5
   11938:	814d                	srl	a0,a0,0x13
   1193a:	0505                	add	a0,a0,1
   1193c:	8082                	ret

0001193e <__umul128>:
   1193e:	02c537b3          	mulhu	a5,a0,a2
   11942:	832e                	mv	t1,a1
   11944:	02c585b3          	mul	a1,a1,a2
   11948:	02c33833          	mulhu	a6,t1,a2
   1194c:	95be                	add	a1,a1,a5
   1194e:	00f5b7b3          	sltu	a5,a1,a5
   11952:	97c2                	add	a5,a5,a6
   11954:	02a68833          	mul	a6,a3,a0
   11958:	02a6b8b3          	mulhu	a7,a3,a0
   1195c:	95c2                	add	a1,a1,a6
   1195e:	0105b833          	sltu	a6,a1,a6
   11962:	98c2                	add	a7,a7,a6
   11964:	02d30833          	mul	a6,t1,a3
   11968:	02d33333          	mulhu	t1,t1,a3
   1196c:	983e                	add	a6,a6,a5
   1196e:	011806b3          	add	a3,a6,a7
   11972:	00f837b3          	sltu	a5,a6,a5
   11976:	0106b833          	sltu	a6,a3,a6
   1197a:	c314                	sw	a3,0(a4)
   1197c:	979a                	add	a5,a5,t1
   1197e:	983e                	add	a6,a6,a5
   11980:	02c50533          	mul	a0,a0,a2
   11984:	01072223          	sw	a6,4(a4)
   11988:	8082                	ret

0001198a <__shiftright128>:
   1198a:	790002ef          	jal	t0,1211a <__riscv_save_4>
   1198e:	8a2a                	mv	s4,a0
   11990:	8532                	mv	a0,a2
   11992:	04000613          	li	a2,64
   11996:	8e19                	sub	a2,a2,a4
   11998:	89ae                	mv	s3,a1
   1199a:	85b6                	mv	a1,a3
   1199c:	843a                	mv	s0,a4
   1199e:	2079                	jal	11a2c <__ashldi3>
   119a0:	892a                	mv	s2,a0
   119a2:	84ae                	mv	s1,a1
   119a4:	8622                	mv	a2,s0
   119a6:	8552                	mv	a0,s4
   119a8:	85ce                	mv	a1,s3
   119aa:	28a9                	jal	11a04 <__lshrdi3>
   119ac:	00a96533          	or	a0,s2,a0
   119b0:	8dc5                	or	a1,a1,s1
   119b2:	af71                	j	1214e <__riscv_restore_4>

000119b4 <__libc_fini_array>:
   119b4:	780002ef          	jal	t0,12134 <__riscv_save_0>
   119b8:	67cd                	lui	a5,0x13
   119ba:	644d                	lui	s0,0x13
   119bc:	55878713          	add	a4,a5,1368 # 13558 <__fini_array_end>
   119c0:	55840413          	add	s0,s0,1368 # 13558 <__fini_array_end>
   119c4:	8c19                	sub	s0,s0,a4
   119c6:	8409                	sra	s0,s0,0x2
   119c8:	55878493          	add	s1,a5,1368
   119cc:	e809                	bnez	s0,119de <__libc_fini_array+0x2a>
   119ce:	00000793          	li	a5,0
   119d2:	c789                	beqz	a5,119dc <__libc_fini_array+0x28>
   119d4:	00000097          	auipc	ra,0x0
   119d8:	000000e7          	jalr	zero # 0 <errno>
   119dc:	afb5                	j	12158 <__riscv_restore_0>
   119de:	147d                	add	s0,s0,-1
   119e0:	00241793          	sll	a5,s0,0x2
   119e4:	97a6                	add	a5,a5,s1
   119e6:	439c                	lw	a5,0(a5)
   119e8:	9782                	jalr	a5
   119ea:	b7cd                	j	119cc <__libc_fini_array+0x18>

000119ec <strnlen>:
   119ec:	95aa                	add	a1,a1,a0
   119ee:	87aa                	mv	a5,a0
   119f0:	00b78563          	beq	a5,a1,119fa <strnlen+0xe>
   119f4:	0007c703          	lbu	a4,0(a5)
   119f8:	e701                	bnez	a4,11a00 <strnlen+0x14>
   119fa:	40a78533          	sub	a0,a5,a0
   119fe:	8082                	ret
   11a00:	0785                	add	a5,a5,1
   11a02:	b7fd                	j	119f0 <strnlen+0x4>

00011a04 <__lshrdi3>:
   11a04:	ca19                	beqz	a2,11a1a <__lshrdi3+0x16>
   11a06:	02000793          	li	a5,32
   11a0a:	8f91                	sub	a5,a5,a2
   11a0c:	00f04863          	bgtz	a5,11a1c <__lshrdi3+0x18>
   11a10:	1601                	add	a2,a2,-32
   11a12:	00c5d533          	srl	a0,a1,a2
   11a16:	4701                	li	a4,0
   11a18:	85ba                	mv	a1,a4
   11a1a:	8082                	ret
   11a1c:	00c5d733          	srl	a4,a1,a2
   11a20:	00c55533          	srl	a0,a0,a2
   11a24:	00f595b3          	sll	a1,a1,a5
   11a28:	8d4d                	or	a0,a0,a1
   11a2a:	b7fd                	j	11a18 <__lshrdi3+0x14>

00011a2c <__ashldi3>:
   11a2c:	ca19                	beqz	a2,11a42 <__ashldi3+0x16>
   11a2e:	02000793          	li	a5,32
   11a32:	8f91                	sub	a5,a5,a2
   11a34:	00f04863          	bgtz	a5,11a44 <__ashldi3+0x18>
   11a38:	1601                	add	a2,a2,-32
   11a3a:	00c515b3          	sll	a1,a0,a2
   11a3e:	4701                	li	a4,0
   11a40:	853a                	mv	a0,a4
   11a42:	8082                	ret
   11a44:	00c51733          	sll	a4,a0,a2
   11a48:	00c595b3          	sll	a1,a1,a2
   11a4c:	00f55533          	srl	a0,a0,a5
   11a50:	8dc9                	or	a1,a1,a0
   11a52:	b7fd                	j	11a40 <__ashldi3+0x14>

00011a54 <__ashrdi3>:
   11a54:	ce01                	beqz	a2,11a6c <__ashrdi3+0x18>
   11a56:	02000793          	li	a5,32
   11a5a:	8f91                	sub	a5,a5,a2
   11a5c:	00f04963          	bgtz	a5,11a6e <__ashrdi3+0x1a>
   11a60:	1601                	add	a2,a2,-32
   11a62:	41f5d713          	sra	a4,a1,0x1f
   11a66:	40c5d533          	sra	a0,a1,a2
   11a6a:	85ba                	mv	a1,a4
   11a6c:	8082                	ret
   11a6e:	40c5d733          	sra	a4,a1,a2
   11a72:	00c55533          	srl	a0,a0,a2
   11a76:	00f595b3          	sll	a1,a1,a5
   11a7a:	8d4d                	or	a0,a0,a1
   11a7c:	b7fd                	j	11a6a <__ashrdi3+0x16>

00011a7e <__udivdi3>:
   11a7e:	88aa                	mv	a7,a0
   11a80:	832e                	mv	t1,a1
   11a82:	8732                	mv	a4,a2
   11a84:	882a                	mv	a6,a0
   11a86:	87ae                	mv	a5,a1
   11a88:	20069663          	bnez	a3,11c94 <__udivdi3+0x216>
   11a8c:	00002597          	auipc	a1,0x2
   11a90:	9c058593          	add	a1,a1,-1600 # 1344c <__clz_tab>
   11a94:	0cc37163          	bgeu	t1,a2,11b56 <__udivdi3+0xd8>
   11a98:	66c1                	lui	a3,0x10
   11a9a:	0ad67763          	bgeu	a2,a3,11b48 <__udivdi3+0xca>
   11a9e:	10063693          	sltiu	a3,a2,256
   11aa2:	0016c693          	xor	a3,a3,1
   11aa6:	068e                	sll	a3,a3,0x3
   11aa8:	00d65533          	srl	a0,a2,a3
   11aac:	95aa                	add	a1,a1,a0
   11aae:	0005c583          	lbu	a1,0(a1)
   11ab2:	02000513          	li	a0,32
   11ab6:	96ae                	add	a3,a3,a1
   11ab8:	40d505b3          	sub	a1,a0,a3
   11abc:	00d50b63          	beq	a0,a3,11ad2 <__udivdi3+0x54>
   11ac0:	00b317b3          	sll	a5,t1,a1
   11ac4:	00d8d6b3          	srl	a3,a7,a3
   11ac8:	00b61733          	sll	a4,a2,a1
   11acc:	8fd5                	or	a5,a5,a3
   11ace:	00b89833          	sll	a6,a7,a1
   11ad2:	01075593          	srl	a1,a4,0x10
   11ad6:	02b7d333          	divu	t1,a5,a1
   11ada:	01071613          	sll	a2,a4,0x10
   11ade:	8241                	srl	a2,a2,0x10
   11ae0:	02b7f7b3          	remu	a5,a5,a1
   11ae4:	851a                	mv	a0,t1
   11ae6:	026608b3          	mul	a7,a2,t1
   11aea:	01079693          	sll	a3,a5,0x10
   11aee:	01085793          	srl	a5,a6,0x10
   11af2:	8fd5                	or	a5,a5,a3
   11af4:	0117fc63          	bgeu	a5,a7,11b0c <__udivdi3+0x8e>
   11af8:	97ba                	add	a5,a5,a4
   11afa:	fff30513          	add	a0,t1,-1
   11afe:	00e7e763          	bltu	a5,a4,11b0c <__udivdi3+0x8e>
   11b02:	0117f563          	bgeu	a5,a7,11b0c <__udivdi3+0x8e>
   11b06:	ffe30513          	add	a0,t1,-2
   11b0a:	97ba                	add	a5,a5,a4
   11b0c:	411787b3          	sub	a5,a5,a7
   11b10:	02b7d8b3          	divu	a7,a5,a1
   11b14:	0842                	sll	a6,a6,0x10
   11b16:	01085813          	srl	a6,a6,0x10
   11b1a:	02b7f7b3          	remu	a5,a5,a1
   11b1e:	031606b3          	mul	a3,a2,a7
   11b22:	07c2                	sll	a5,a5,0x10
   11b24:	00f86833          	or	a6,a6,a5
   11b28:	87c6                	mv	a5,a7
   11b2a:	00d87b63          	bgeu	a6,a3,11b40 <__udivdi3+0xc2>
   11b2e:	983a                	add	a6,a6,a4
   11b30:	fff88793          	add	a5,a7,-1
   11b34:	00e86663          	bltu	a6,a4,11b40 <__udivdi3+0xc2>
   11b38:	00d87463          	bgeu	a6,a3,11b40 <__udivdi3+0xc2>
   11b3c:	ffe88793          	add	a5,a7,-2
   11b40:	0542                	sll	a0,a0,0x10
   11b42:	8d5d                	or	a0,a0,a5
   11b44:	4581                	li	a1,0
   11b46:	8082                	ret
   11b48:	01000537          	lui	a0,0x1000
   11b4c:	46c1                	li	a3,16
   11b4e:	f4a66de3          	bltu	a2,a0,11aa8 <__udivdi3+0x2a>
   11b52:	46e1                	li	a3,24
   11b54:	bf91                	j	11aa8 <__udivdi3+0x2a>
   11b56:	4681                	li	a3,0
   11b58:	ca09                	beqz	a2,11b6a <__udivdi3+0xec>
   11b5a:	67c1                	lui	a5,0x10
   11b5c:	08f67f63          	bgeu	a2,a5,11bfa <__udivdi3+0x17c>
   11b60:	10063693          	sltiu	a3,a2,256
   11b64:	0016c693          	xor	a3,a3,1
   11b68:	068e                	sll	a3,a3,0x3
   11b6a:	00d657b3          	srl	a5,a2,a3
   11b6e:	95be                	add	a1,a1,a5
   11b70:	0005c783          	lbu	a5,0(a1)
   11b74:	97b6                	add	a5,a5,a3
   11b76:	02000693          	li	a3,32
   11b7a:	40f685b3          	sub	a1,a3,a5
   11b7e:	08f69563          	bne	a3,a5,11c08 <__udivdi3+0x18a>
   11b82:	40c307b3          	sub	a5,t1,a2
   11b86:	4585                	li	a1,1
   11b88:	01075893          	srl	a7,a4,0x10
   11b8c:	0317de33          	divu	t3,a5,a7
   11b90:	01071613          	sll	a2,a4,0x10
   11b94:	8241                	srl	a2,a2,0x10
   11b96:	01085693          	srl	a3,a6,0x10
   11b9a:	0317f7b3          	remu	a5,a5,a7
   11b9e:	8572                	mv	a0,t3
   11ba0:	03c60333          	mul	t1,a2,t3
   11ba4:	07c2                	sll	a5,a5,0x10
   11ba6:	8fd5                	or	a5,a5,a3
   11ba8:	0067fc63          	bgeu	a5,t1,11bc0 <__udivdi3+0x142>
   11bac:	97ba                	add	a5,a5,a4
   11bae:	fffe0513          	add	a0,t3,-1
   11bb2:	00e7e763          	bltu	a5,a4,11bc0 <__udivdi3+0x142>
   11bb6:	0067f563          	bgeu	a5,t1,11bc0 <__udivdi3+0x142>
   11bba:	ffee0513          	add	a0,t3,-2
   11bbe:	97ba                	add	a5,a5,a4
   11bc0:	406787b3          	sub	a5,a5,t1
   11bc4:	0317d333          	divu	t1,a5,a7
   11bc8:	0842                	sll	a6,a6,0x10
   11bca:	01085813          	srl	a6,a6,0x10
   11bce:	0317f7b3          	remu	a5,a5,a7
   11bd2:	026606b3          	mul	a3,a2,t1
   11bd6:	07c2                	sll	a5,a5,0x10
   11bd8:	00f86833          	or	a6,a6,a5
   11bdc:	879a                	mv	a5,t1
   11bde:	00d87b63          	bgeu	a6,a3,11bf4 <__udivdi3+0x176>
   11be2:	983a                	add	a6,a6,a4
   11be4:	fff30793          	add	a5,t1,-1
   11be8:	00e86663          	bltu	a6,a4,11bf4 <__udivdi3+0x176>
   11bec:	00d87463          	bgeu	a6,a3,11bf4 <__udivdi3+0x176>
   11bf0:	ffe30793          	add	a5,t1,-2
   11bf4:	0542                	sll	a0,a0,0x10
   11bf6:	8d5d                	or	a0,a0,a5
   11bf8:	8082                	ret
   11bfa:	010007b7          	lui	a5,0x1000
   11bfe:	46c1                	li	a3,16
   11c00:	f6f665e3          	bltu	a2,a5,11b6a <__udivdi3+0xec>
   11c04:	46e1                	li	a3,24
   11c06:	b795                	j	11b6a <__udivdi3+0xec>
   11c08:	00b61733          	sll	a4,a2,a1
   11c0c:	00f356b3          	srl	a3,t1,a5
   11c10:	01075513          	srl	a0,a4,0x10
   11c14:	00b31333          	sll	t1,t1,a1
   11c18:	00f8d7b3          	srl	a5,a7,a5
   11c1c:	0067e7b3          	or	a5,a5,t1
   11c20:	02a6d333          	divu	t1,a3,a0
   11c24:	01071613          	sll	a2,a4,0x10
   11c28:	8241                	srl	a2,a2,0x10
   11c2a:	00b89833          	sll	a6,a7,a1
   11c2e:	02a6f6b3          	remu	a3,a3,a0
   11c32:	026608b3          	mul	a7,a2,t1
   11c36:	01069593          	sll	a1,a3,0x10
   11c3a:	0107d693          	srl	a3,a5,0x10
   11c3e:	8ecd                	or	a3,a3,a1
   11c40:	859a                	mv	a1,t1
   11c42:	0116fc63          	bgeu	a3,a7,11c5a <__udivdi3+0x1dc>
   11c46:	96ba                	add	a3,a3,a4
   11c48:	fff30593          	add	a1,t1,-1
   11c4c:	00e6e763          	bltu	a3,a4,11c5a <__udivdi3+0x1dc>
   11c50:	0116f563          	bgeu	a3,a7,11c5a <__udivdi3+0x1dc>
   11c54:	ffe30593          	add	a1,t1,-2
   11c58:	96ba                	add	a3,a3,a4
   11c5a:	411686b3          	sub	a3,a3,a7
   11c5e:	02a6d8b3          	divu	a7,a3,a0
   11c62:	07c2                	sll	a5,a5,0x10
   11c64:	83c1                	srl	a5,a5,0x10
   11c66:	02a6f6b3          	remu	a3,a3,a0
   11c6a:	03160633          	mul	a2,a2,a7
   11c6e:	06c2                	sll	a3,a3,0x10
   11c70:	8fd5                	or	a5,a5,a3
   11c72:	86c6                	mv	a3,a7
   11c74:	00c7fc63          	bgeu	a5,a2,11c8c <__udivdi3+0x20e>
   11c78:	97ba                	add	a5,a5,a4
   11c7a:	fff88693          	add	a3,a7,-1
   11c7e:	00e7e763          	bltu	a5,a4,11c8c <__udivdi3+0x20e>
   11c82:	00c7f563          	bgeu	a5,a2,11c8c <__udivdi3+0x20e>
   11c86:	ffe88693          	add	a3,a7,-2
   11c8a:	97ba                	add	a5,a5,a4
   11c8c:	05c2                	sll	a1,a1,0x10
   11c8e:	8f91                	sub	a5,a5,a2
   11c90:	8dd5                	or	a1,a1,a3
   11c92:	bddd                	j	11b88 <__udivdi3+0x10a>
   11c94:	14d5e163          	bltu	a1,a3,11dd6 <__udivdi3+0x358>
   11c98:	67c1                	lui	a5,0x10
   11c9a:	02f6ff63          	bgeu	a3,a5,11cd8 <__udivdi3+0x25a>
   11c9e:	1006b713          	sltiu	a4,a3,256
   11ca2:	00174713          	xor	a4,a4,1
   11ca6:	070e                	sll	a4,a4,0x3
   11ca8:	00e6d5b3          	srl	a1,a3,a4
   11cac:	00001797          	auipc	a5,0x1
   11cb0:	7a078793          	add	a5,a5,1952 # 1344c <__clz_tab>
   11cb4:	97ae                	add	a5,a5,a1
   11cb6:	0007c783          	lbu	a5,0(a5)
   11cba:	97ba                	add	a5,a5,a4
   11cbc:	02000713          	li	a4,32
   11cc0:	40f705b3          	sub	a1,a4,a5
   11cc4:	02f71163          	bne	a4,a5,11ce6 <__udivdi3+0x268>
   11cc8:	4505                	li	a0,1
   11cca:	e666eee3          	bltu	a3,t1,11b46 <__udivdi3+0xc8>
   11cce:	00c8b533          	sltu	a0,a7,a2
   11cd2:	00154513          	xor	a0,a0,1
   11cd6:	8082                	ret
   11cd8:	010007b7          	lui	a5,0x1000
   11cdc:	4741                	li	a4,16
   11cde:	fcf6e5e3          	bltu	a3,a5,11ca8 <__udivdi3+0x22a>
   11ce2:	4761                	li	a4,24
   11ce4:	b7d1                	j	11ca8 <__udivdi3+0x22a>
   11ce6:	00f65733          	srl	a4,a2,a5
   11cea:	00b696b3          	sll	a3,a3,a1
   11cee:	8ed9                	or	a3,a3,a4
   11cf0:	00f35733          	srl	a4,t1,a5
   11cf4:	00b31333          	sll	t1,t1,a1
   11cf8:	00f8d7b3          	srl	a5,a7,a5
   11cfc:	0067e7b3          	or	a5,a5,t1
   11d00:	0106d313          	srl	t1,a3,0x10
   11d04:	02675eb3          	divu	t4,a4,t1
   11d08:	01069813          	sll	a6,a3,0x10
   11d0c:	01085813          	srl	a6,a6,0x10
   11d10:	00b61633          	sll	a2,a2,a1
   11d14:	02677733          	remu	a4,a4,t1
   11d18:	03d80e33          	mul	t3,a6,t4
   11d1c:	01071513          	sll	a0,a4,0x10
   11d20:	0107d713          	srl	a4,a5,0x10
   11d24:	8f49                	or	a4,a4,a0
   11d26:	8576                	mv	a0,t4
   11d28:	01c77c63          	bgeu	a4,t3,11d40 <__udivdi3+0x2c2>
   11d2c:	9736                	add	a4,a4,a3
   11d2e:	fffe8513          	add	a0,t4,-1
   11d32:	00d76763          	bltu	a4,a3,11d40 <__udivdi3+0x2c2>
   11d36:	01c77563          	bgeu	a4,t3,11d40 <__udivdi3+0x2c2>
   11d3a:	ffee8513          	add	a0,t4,-2
   11d3e:	9736                	add	a4,a4,a3
   11d40:	41c70733          	sub	a4,a4,t3
   11d44:	02675e33          	divu	t3,a4,t1
   11d48:	07c2                	sll	a5,a5,0x10
   11d4a:	83c1                	srl	a5,a5,0x10
   11d4c:	02677733          	remu	a4,a4,t1
   11d50:	03c80833          	mul	a6,a6,t3
   11d54:	0742                	sll	a4,a4,0x10
   11d56:	8fd9                	or	a5,a5,a4
   11d58:	8772                	mv	a4,t3
   11d5a:	0107fc63          	bgeu	a5,a6,11d72 <__udivdi3+0x2f4>
   11d5e:	97b6                	add	a5,a5,a3
   11d60:	fffe0713          	add	a4,t3,-1
   11d64:	00d7e763          	bltu	a5,a3,11d72 <__udivdi3+0x2f4>
   11d68:	0107f563          	bgeu	a5,a6,11d72 <__udivdi3+0x2f4>
   11d6c:	ffee0713          	add	a4,t3,-2
   11d70:	97b6                	add	a5,a5,a3
   11d72:	0542                	sll	a0,a0,0x10
   11d74:	6e41                	lui	t3,0x10
   11d76:	8d59                	or	a0,a0,a4
   11d78:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   11d7c:	00d57733          	and	a4,a0,a3
   11d80:	410787b3          	sub	a5,a5,a6
   11d84:	8ef1                	and	a3,a3,a2
   11d86:	01055813          	srl	a6,a0,0x10
   11d8a:	8241                	srl	a2,a2,0x10
   11d8c:	02d70333          	mul	t1,a4,a3
   11d90:	02d806b3          	mul	a3,a6,a3
   11d94:	02c70733          	mul	a4,a4,a2
   11d98:	02c80833          	mul	a6,a6,a2
   11d9c:	00d70633          	add	a2,a4,a3
   11da0:	01035713          	srl	a4,t1,0x10
   11da4:	9732                	add	a4,a4,a2
   11da6:	00d77363          	bgeu	a4,a3,11dac <__udivdi3+0x32e>
   11daa:	9872                	add	a6,a6,t3
   11dac:	01075693          	srl	a3,a4,0x10
   11db0:	96c2                	add	a3,a3,a6
   11db2:	02d7e063          	bltu	a5,a3,11dd2 <__udivdi3+0x354>
   11db6:	d8d797e3          	bne	a5,a3,11b44 <__udivdi3+0xc6>
   11dba:	67c1                	lui	a5,0x10
   11dbc:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   11dbe:	8f7d                	and	a4,a4,a5
   11dc0:	0742                	sll	a4,a4,0x10
   11dc2:	00f37333          	and	t1,t1,a5
   11dc6:	00b898b3          	sll	a7,a7,a1
   11dca:	971a                	add	a4,a4,t1
   11dcc:	4581                	li	a1,0
   11dce:	d6e8fce3          	bgeu	a7,a4,11b46 <__udivdi3+0xc8>
   11dd2:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   11dd4:	bb85                	j	11b44 <__udivdi3+0xc6>
   11dd6:	4581                	li	a1,0
   11dd8:	4501                	li	a0,0
   11dda:	8082                	ret

00011ddc <__umoddi3>:
   11ddc:	8832                	mv	a6,a2
   11dde:	87aa                	mv	a5,a0
   11de0:	872e                	mv	a4,a1
   11de2:	1a069363          	bnez	a3,11f88 <__umoddi3+0x1ac>
   11de6:	00001897          	auipc	a7,0x1
   11dea:	66688893          	add	a7,a7,1638 # 1344c <__clz_tab>
   11dee:	0ac5f663          	bgeu	a1,a2,11e9a <__umoddi3+0xbe>
   11df2:	66c1                	lui	a3,0x10
   11df4:	08d67c63          	bgeu	a2,a3,11e8c <__umoddi3+0xb0>
   11df8:	10063693          	sltiu	a3,a2,256
   11dfc:	0016c693          	xor	a3,a3,1
   11e00:	068e                	sll	a3,a3,0x3
   11e02:	00d65333          	srl	t1,a2,a3
   11e06:	989a                	add	a7,a7,t1
   11e08:	0008c883          	lbu	a7,0(a7)
   11e0c:	02000313          	li	t1,32
   11e10:	96c6                	add	a3,a3,a7
   11e12:	40d308b3          	sub	a7,t1,a3
   11e16:	00d30b63          	beq	t1,a3,11e2c <__umoddi3+0x50>
   11e1a:	01159733          	sll	a4,a1,a7
   11e1e:	00d556b3          	srl	a3,a0,a3
   11e22:	01161833          	sll	a6,a2,a7
   11e26:	8f55                	or	a4,a4,a3
   11e28:	011517b3          	sll	a5,a0,a7
   11e2c:	01085613          	srl	a2,a6,0x10
   11e30:	02c756b3          	divu	a3,a4,a2
   11e34:	01081513          	sll	a0,a6,0x10
   11e38:	8141                	srl	a0,a0,0x10
   11e3a:	02c77733          	remu	a4,a4,a2
   11e3e:	02a686b3          	mul	a3,a3,a0
   11e42:	01071593          	sll	a1,a4,0x10
   11e46:	0107d713          	srl	a4,a5,0x10
   11e4a:	8f4d                	or	a4,a4,a1
   11e4c:	00d77863          	bgeu	a4,a3,11e5c <__umoddi3+0x80>
   11e50:	9742                	add	a4,a4,a6
   11e52:	01076563          	bltu	a4,a6,11e5c <__umoddi3+0x80>
   11e56:	00d77363          	bgeu	a4,a3,11e5c <__umoddi3+0x80>
   11e5a:	9742                	add	a4,a4,a6
   11e5c:	8f15                	sub	a4,a4,a3
   11e5e:	02c756b3          	divu	a3,a4,a2
   11e62:	02c77733          	remu	a4,a4,a2
   11e66:	02a686b3          	mul	a3,a3,a0
   11e6a:	07c2                	sll	a5,a5,0x10
   11e6c:	0742                	sll	a4,a4,0x10
   11e6e:	83c1                	srl	a5,a5,0x10
   11e70:	8fd9                	or	a5,a5,a4
   11e72:	00d7f863          	bgeu	a5,a3,11e82 <__umoddi3+0xa6>
   11e76:	97c2                	add	a5,a5,a6
   11e78:	0107e563          	bltu	a5,a6,11e82 <__umoddi3+0xa6>
   11e7c:	00d7f363          	bgeu	a5,a3,11e82 <__umoddi3+0xa6>
   11e80:	97c2                	add	a5,a5,a6
   11e82:	8f95                	sub	a5,a5,a3
   11e84:	0117d533          	srl	a0,a5,a7
   11e88:	4581                	li	a1,0
   11e8a:	8082                	ret
   11e8c:	01000337          	lui	t1,0x1000
   11e90:	46c1                	li	a3,16
   11e92:	f66668e3          	bltu	a2,t1,11e02 <__umoddi3+0x26>
   11e96:	46e1                	li	a3,24
   11e98:	b7ad                	j	11e02 <__umoddi3+0x26>
   11e9a:	4681                	li	a3,0
   11e9c:	ca09                	beqz	a2,11eae <__umoddi3+0xd2>
   11e9e:	6741                	lui	a4,0x10
   11ea0:	06e67463          	bgeu	a2,a4,11f08 <__umoddi3+0x12c>
   11ea4:	10063693          	sltiu	a3,a2,256
   11ea8:	0016c693          	xor	a3,a3,1
   11eac:	068e                	sll	a3,a3,0x3
   11eae:	00d65733          	srl	a4,a2,a3
   11eb2:	98ba                	add	a7,a7,a4
   11eb4:	0008c703          	lbu	a4,0(a7)
   11eb8:	9736                	add	a4,a4,a3
   11eba:	02000693          	li	a3,32
   11ebe:	40e688b3          	sub	a7,a3,a4
   11ec2:	04e69a63          	bne	a3,a4,11f16 <__umoddi3+0x13a>
   11ec6:	40c58733          	sub	a4,a1,a2
   11eca:	01085593          	srl	a1,a6,0x10
   11ece:	02b75633          	divu	a2,a4,a1
   11ed2:	01081513          	sll	a0,a6,0x10
   11ed6:	8141                	srl	a0,a0,0x10
   11ed8:	0107d693          	srl	a3,a5,0x10
   11edc:	02b77733          	remu	a4,a4,a1
   11ee0:	02a60633          	mul	a2,a2,a0
   11ee4:	0742                	sll	a4,a4,0x10
   11ee6:	8f55                	or	a4,a4,a3
   11ee8:	00c77863          	bgeu	a4,a2,11ef8 <__umoddi3+0x11c>
   11eec:	9742                	add	a4,a4,a6
   11eee:	01076563          	bltu	a4,a6,11ef8 <__umoddi3+0x11c>
   11ef2:	00c77363          	bgeu	a4,a2,11ef8 <__umoddi3+0x11c>
   11ef6:	9742                	add	a4,a4,a6
   11ef8:	8f11                	sub	a4,a4,a2
   11efa:	02b756b3          	divu	a3,a4,a1
   11efe:	02b77733          	remu	a4,a4,a1
   11f02:	02a686b3          	mul	a3,a3,a0
   11f06:	b795                	j	11e6a <__umoddi3+0x8e>
   11f08:	01000737          	lui	a4,0x1000
   11f0c:	46c1                	li	a3,16
   11f0e:	fae660e3          	bltu	a2,a4,11eae <__umoddi3+0xd2>
   11f12:	46e1                	li	a3,24
   11f14:	bf69                	j	11eae <__umoddi3+0xd2>
   11f16:	01161833          	sll	a6,a2,a7
   11f1a:	00e5d6b3          	srl	a3,a1,a4
   11f1e:	011517b3          	sll	a5,a0,a7
   11f22:	011595b3          	sll	a1,a1,a7
   11f26:	00e55733          	srl	a4,a0,a4
   11f2a:	01085513          	srl	a0,a6,0x10
   11f2e:	8f4d                	or	a4,a4,a1
   11f30:	02a6d5b3          	divu	a1,a3,a0
   11f34:	01081313          	sll	t1,a6,0x10
   11f38:	01035313          	srl	t1,t1,0x10
   11f3c:	02a6f6b3          	remu	a3,a3,a0
   11f40:	026585b3          	mul	a1,a1,t1
   11f44:	01069613          	sll	a2,a3,0x10
   11f48:	01075693          	srl	a3,a4,0x10
   11f4c:	8ed1                	or	a3,a3,a2
   11f4e:	00b6f863          	bgeu	a3,a1,11f5e <__umoddi3+0x182>
   11f52:	96c2                	add	a3,a3,a6
   11f54:	0106e563          	bltu	a3,a6,11f5e <__umoddi3+0x182>
   11f58:	00b6f363          	bgeu	a3,a1,11f5e <__umoddi3+0x182>
   11f5c:	96c2                	add	a3,a3,a6
   11f5e:	8e8d                	sub	a3,a3,a1
   11f60:	02a6d633          	divu	a2,a3,a0
   11f64:	0742                	sll	a4,a4,0x10
   11f66:	8341                	srl	a4,a4,0x10
   11f68:	02a6f6b3          	remu	a3,a3,a0
   11f6c:	02660633          	mul	a2,a2,t1
   11f70:	06c2                	sll	a3,a3,0x10
   11f72:	8f55                	or	a4,a4,a3
   11f74:	00c77863          	bgeu	a4,a2,11f84 <__umoddi3+0x1a8>
   11f78:	9742                	add	a4,a4,a6
   11f7a:	01076563          	bltu	a4,a6,11f84 <__umoddi3+0x1a8>
   11f7e:	00c77363          	bgeu	a4,a2,11f84 <__umoddi3+0x1a8>
   11f82:	9742                	add	a4,a4,a6
   11f84:	8f11                	sub	a4,a4,a2
   11f86:	b791                	j	11eca <__umoddi3+0xee>
   11f88:	16d5ed63          	bltu	a1,a3,12102 <__umoddi3+0x326>
   11f8c:	6841                	lui	a6,0x10
   11f8e:	0506f763          	bgeu	a3,a6,11fdc <__umoddi3+0x200>
   11f92:	1006b813          	sltiu	a6,a3,256
   11f96:	00184813          	xor	a6,a6,1
   11f9a:	080e                	sll	a6,a6,0x3
   11f9c:	0106d333          	srl	t1,a3,a6
   11fa0:	00001897          	auipc	a7,0x1
   11fa4:	4ac88893          	add	a7,a7,1196 # 1344c <__clz_tab>
   11fa8:	989a                	add	a7,a7,t1
   11faa:	0008c883          	lbu	a7,0(a7)
   11fae:	02000313          	li	t1,32
   11fb2:	98c2                	add	a7,a7,a6
   11fb4:	41130833          	sub	a6,t1,a7
   11fb8:	03131963          	bne	t1,a7,11fea <__umoddi3+0x20e>
   11fbc:	00b6e463          	bltu	a3,a1,11fc4 <__umoddi3+0x1e8>
   11fc0:	00c56b63          	bltu	a0,a2,11fd6 <__umoddi3+0x1fa>
   11fc4:	40c50633          	sub	a2,a0,a2
   11fc8:	40d586b3          	sub	a3,a1,a3
   11fcc:	00c53733          	sltu	a4,a0,a2
   11fd0:	87b2                	mv	a5,a2
   11fd2:	40e68733          	sub	a4,a3,a4
   11fd6:	853e                	mv	a0,a5
   11fd8:	85ba                	mv	a1,a4
   11fda:	8082                	ret
   11fdc:	010008b7          	lui	a7,0x1000
   11fe0:	4841                	li	a6,16
   11fe2:	fb16ede3          	bltu	a3,a7,11f9c <__umoddi3+0x1c0>
   11fe6:	4861                	li	a6,24
   11fe8:	bf55                	j	11f9c <__umoddi3+0x1c0>
   11fea:	011657b3          	srl	a5,a2,a7
   11fee:	010696b3          	sll	a3,a3,a6
   11ff2:	8edd                	or	a3,a3,a5
   11ff4:	0115d733          	srl	a4,a1,a7
   11ff8:	0106de13          	srl	t3,a3,0x10
   11ffc:	03c75f33          	divu	t5,a4,t3
   12000:	01069313          	sll	t1,a3,0x10
   12004:	01035313          	srl	t1,t1,0x10
   12008:	010597b3          	sll	a5,a1,a6
   1200c:	011555b3          	srl	a1,a0,a7
   12010:	8ddd                	or	a1,a1,a5
   12012:	0105d793          	srl	a5,a1,0x10
   12016:	01061633          	sll	a2,a2,a6
   1201a:	01051533          	sll	a0,a0,a6
   1201e:	03c77733          	remu	a4,a4,t3
   12022:	03e30eb3          	mul	t4,t1,t5
   12026:	0742                	sll	a4,a4,0x10
   12028:	8fd9                	or	a5,a5,a4
   1202a:	877a                	mv	a4,t5
   1202c:	01d7fc63          	bgeu	a5,t4,12044 <__umoddi3+0x268>
   12030:	97b6                	add	a5,a5,a3
   12032:	ffff0713          	add	a4,t5,-1
   12036:	00d7e763          	bltu	a5,a3,12044 <__umoddi3+0x268>
   1203a:	01d7f563          	bgeu	a5,t4,12044 <__umoddi3+0x268>
   1203e:	ffef0713          	add	a4,t5,-2
   12042:	97b6                	add	a5,a5,a3
   12044:	41d787b3          	sub	a5,a5,t4
   12048:	03c7deb3          	divu	t4,a5,t3
   1204c:	05c2                	sll	a1,a1,0x10
   1204e:	81c1                	srl	a1,a1,0x10
   12050:	03c7f7b3          	remu	a5,a5,t3
   12054:	8e76                	mv	t3,t4
   12056:	03d30333          	mul	t1,t1,t4
   1205a:	07c2                	sll	a5,a5,0x10
   1205c:	8ddd                	or	a1,a1,a5
   1205e:	0065fc63          	bgeu	a1,t1,12076 <__umoddi3+0x29a>
   12062:	95b6                	add	a1,a1,a3
   12064:	fffe8e13          	add	t3,t4,-1
   12068:	00d5e763          	bltu	a1,a3,12076 <__umoddi3+0x29a>
   1206c:	0065f563          	bgeu	a1,t1,12076 <__umoddi3+0x29a>
   12070:	ffee8e13          	add	t3,t4,-2
   12074:	95b6                	add	a1,a1,a3
   12076:	01071793          	sll	a5,a4,0x10
   1207a:	6f41                	lui	t5,0x10
   1207c:	01c7e7b3          	or	a5,a5,t3
   12080:	406585b3          	sub	a1,a1,t1
   12084:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12088:	0067f733          	and	a4,a5,t1
   1208c:	01065e13          	srl	t3,a2,0x10
   12090:	83c1                	srl	a5,a5,0x10
   12092:	00667333          	and	t1,a2,t1
   12096:	02670eb3          	mul	t4,a4,t1
   1209a:	02678333          	mul	t1,a5,t1
   1209e:	03c70733          	mul	a4,a4,t3
   120a2:	03c787b3          	mul	a5,a5,t3
   120a6:	00670e33          	add	t3,a4,t1
   120aa:	010ed713          	srl	a4,t4,0x10
   120ae:	9772                	add	a4,a4,t3
   120b0:	00677363          	bgeu	a4,t1,120b6 <__umoddi3+0x2da>
   120b4:	97fa                	add	a5,a5,t5
   120b6:	01075313          	srl	t1,a4,0x10
   120ba:	979a                	add	a5,a5,t1
   120bc:	6341                	lui	t1,0x10
   120be:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   120c0:	00677733          	and	a4,a4,t1
   120c4:	0742                	sll	a4,a4,0x10
   120c6:	006efeb3          	and	t4,t4,t1
   120ca:	9776                	add	a4,a4,t4
   120cc:	00f5e663          	bltu	a1,a5,120d8 <__umoddi3+0x2fc>
   120d0:	00f59b63          	bne	a1,a5,120e6 <__umoddi3+0x30a>
   120d4:	00e57963          	bgeu	a0,a4,120e6 <__umoddi3+0x30a>
   120d8:	40c70633          	sub	a2,a4,a2
   120dc:	00c73333          	sltu	t1,a4,a2
   120e0:	969a                	add	a3,a3,t1
   120e2:	8732                	mv	a4,a2
   120e4:	8f95                	sub	a5,a5,a3
   120e6:	40e50733          	sub	a4,a0,a4
   120ea:	00e53533          	sltu	a0,a0,a4
   120ee:	8d9d                	sub	a1,a1,a5
   120f0:	8d89                	sub	a1,a1,a0
   120f2:	011598b3          	sll	a7,a1,a7
   120f6:	01075733          	srl	a4,a4,a6
   120fa:	00e8e533          	or	a0,a7,a4
   120fe:	0105d5b3          	srl	a1,a1,a6
   12102:	8082                	ret

00012104 <__riscv_save_12>:
   12104:	7139                	add	sp,sp,-64
   12106:	4301                	li	t1,0
   12108:	c66e                	sw	s11,12(sp)
   1210a:	a019                	j	12110 <__riscv_save_10+0x4>

0001210c <__riscv_save_10>:
   1210c:	7139                	add	sp,sp,-64
   1210e:	5341                	li	t1,-16
   12110:	c86a                	sw	s10,16(sp)
   12112:	ca66                	sw	s9,20(sp)
   12114:	cc62                	sw	s8,24(sp)
   12116:	ce5e                	sw	s7,28(sp)
   12118:	a019                	j	1211e <__riscv_save_4+0x4>

0001211a <__riscv_save_4>:
   1211a:	7139                	add	sp,sp,-64
   1211c:	5301                	li	t1,-32
   1211e:	d05a                	sw	s6,32(sp)
   12120:	d256                	sw	s5,36(sp)
   12122:	d452                	sw	s4,40(sp)
   12124:	d64e                	sw	s3,44(sp)
   12126:	d84a                	sw	s2,48(sp)
   12128:	da26                	sw	s1,52(sp)
   1212a:	dc22                	sw	s0,56(sp)
   1212c:	de06                	sw	ra,60(sp)
   1212e:	40610133          	sub	sp,sp,t1
   12132:	8282                	jr	t0

00012134 <__riscv_save_0>:
   12134:	1141                	add	sp,sp,-16
   12136:	c04a                	sw	s2,0(sp)
   12138:	c226                	sw	s1,4(sp)
   1213a:	c422                	sw	s0,8(sp)
   1213c:	c606                	sw	ra,12(sp)
   1213e:	8282                	jr	t0

00012140 <__riscv_restore_12>:
   12140:	4db2                	lw	s11,12(sp)
   12142:	0141                	add	sp,sp,16

00012144 <__riscv_restore_10>:
   12144:	4d02                	lw	s10,0(sp)
   12146:	4c92                	lw	s9,4(sp)
   12148:	4c22                	lw	s8,8(sp)
   1214a:	4bb2                	lw	s7,12(sp)
   1214c:	0141                	add	sp,sp,16

0001214e <__riscv_restore_4>:
   1214e:	4b02                	lw	s6,0(sp)
   12150:	4a92                	lw	s5,4(sp)
   12152:	4a22                	lw	s4,8(sp)
   12154:	49b2                	lw	s3,12(sp)
   12156:	0141                	add	sp,sp,16

00012158 <__riscv_restore_0>:
   12158:	4902                	lw	s2,0(sp)
   1215a:	4492                	lw	s1,4(sp)
   1215c:	4422                	lw	s0,8(sp)
   1215e:	40b2                	lw	ra,12(sp)
   12160:	0141                	add	sp,sp,16
   12162:	8082                	ret
