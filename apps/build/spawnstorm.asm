
build/spawnstorm.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	2609                	jal	10316 <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2eb9                	jal	1037a <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	7171                	add	sp,sp,-176
   10022:	d706                	sw	ra,172(sp)
   10024:	d522                	sw	s0,168(sp)
   10026:	d326                	sw	s1,164(sp)
   10028:	d14a                	sw	s2,160(sp)
   1002a:	cf4e                	sw	s3,156(sp)
   1002c:	cd52                	sw	s4,152(sp)
   1002e:	cb56                	sw	s5,148(sp)
   10030:	c95a                	sw	s6,144(sp)
   10032:	c75e                	sw	s7,140(sp)
   10034:	c562                	sw	s8,136(sp)
   10036:	c366                	sw	s9,132(sp)
   10038:	c16a                	sw	s10,128(sp)
   1003a:	deee                	sw	s11,124(sp)
   1003c:	4789                	li	a5,2
   1003e:	c62e                	sw	a1,12(sp)
   10040:	10a7c063          	blt	a5,a0,10140 <main+0x120>
   10044:	10f50463          	beq	a0,a5,1014c <main+0x12c>
   10048:	0c800c13          	li	s8,200
   1004c:	65cd                	lui	a1,0x13
   1004e:	4901                	li	s2,0
   10050:	4b81                	li	s7,0
   10052:	69cd                	lui	s3,0x13
   10054:	00058493          	mv	s1,a1
   10058:	6b4d                	lui	s6,0x13
   1005a:	0fb00a93          	li	s5,251
   1005e:	412c0db3          	sub	s11,s8,s2
   10062:	47c1                	li	a5,16
   10064:	8d4a                	mv	s10,s2
   10066:	01b7d363          	bge	a5,s11,1006c <main+0x4c>
   1006a:	4dc1                	li	s11,16
   1006c:	47b2                	lw	a5,12(sp)
   1006e:	012d8a33          	add	s4,s11,s2
   10072:	03010c93          	add	s9,sp,48
   10076:	4380                	lw	s0,0(a5)
   10078:	a029                	j	10082 <main+0x62>
   1007a:	0d05                	add	s10,s10,1
   1007c:	0c91                	add	s9,s9,4
   1007e:	05aa0b63          	beq	s4,s10,100d4 <main+0xb4>
   10082:	86ea                	mv	a3,s10
   10084:	00898613          	add	a2,s3,8 # 13008 <__riscv_restore_0+0xbb0>
   10088:	45c1                	li	a1,16
   1008a:	0808                	add	a0,sp,16
   1008c:	2e0d                	jal	103be <snprintf>
   1008e:	081c                	add	a5,sp,16
   10090:	100c                	add	a1,sp,32
   10092:	8522                	mv	a0,s0
   10094:	d022                	sw	s0,32(sp)
   10096:	d226                	sw	s1,36(sp)
   10098:	d43e                	sw	a5,40(sp)
   1009a:	d602                	sw	zero,44(sp)
   1009c:	2a0d                	jal	101ce <spawn>
   1009e:	00aca023          	sw	a0,0(s9)
   100a2:	fc055ce3          	bgez	a0,1007a <main+0x5a>
   100a6:	40a00633          	neg	a2,a0
   100aa:	654d                	lui	a0,0x13
   100ac:	85ea                	mv	a1,s10
   100ae:	00c50513          	add	a0,a0,12 # 1300c <__riscv_restore_0+0xbb4>
   100b2:	24dd                	jal	10398 <printf>
   100b4:	4505                	li	a0,1
   100b6:	50ba                	lw	ra,172(sp)
   100b8:	542a                	lw	s0,168(sp)
   100ba:	549a                	lw	s1,164(sp)
   100bc:	590a                	lw	s2,160(sp)
   100be:	49fa                	lw	s3,156(sp)
   100c0:	4a6a                	lw	s4,152(sp)
   100c2:	4ada                	lw	s5,148(sp)
   100c4:	4b4a                	lw	s6,144(sp)
   100c6:	4bba                	lw	s7,140(sp)
   100c8:	4c2a                	lw	s8,136(sp)
   100ca:	4c9a                	lw	s9,132(sp)
   100cc:	4d0a                	lw	s10,128(sp)
   100ce:	5df6                	lw	s11,124(sp)
   100d0:	614d                	add	sp,sp,176
   100d2:	8082                	ret
   100d4:	4401                	li	s0,0
   100d6:	4a01                	li	s4,0
   100d8:	100c                	add	a1,sp,32
   100da:	557d                	li	a0,-1
   100dc:	2a19                	jal	101f2 <wait_child>
   100de:	85aa                	mv	a1,a0
   100e0:	1818                	add	a4,sp,48
   100e2:	4781                	li	a5,0
   100e4:	a021                	j	100ec <main+0xcc>
   100e6:	0785                	add	a5,a5,1
   100e8:	04fd8a63          	beq	s11,a5,1013c <main+0x11c>
   100ec:	4314                	lw	a3,0(a4)
   100ee:	0711                	add	a4,a4,4
   100f0:	fed59be3          	bne	a1,a3,100e6 <main+0xc6>
   100f4:	5602                	lw	a2,32(sp)
   100f6:	00fd8d63          	beq	s11,a5,10110 <main+0xf0>
   100fa:	97ca                	add	a5,a5,s2
   100fc:	00379713          	sll	a4,a5,0x3
   10100:	973e                	add	a4,a4,a5
   10102:	070a                	sll	a4,a4,0x2
   10104:	97ba                	add	a5,a5,a4
   10106:	07ad                	add	a5,a5,11
   10108:	0357e7b3          	rem	a5,a5,s5
   1010c:	00c78663          	beq	a5,a2,10118 <main+0xf8>
   10110:	03cb0513          	add	a0,s6,60 # 1303c <__riscv_restore_0+0xbe4>
   10114:	2451                	jal	10398 <printf>
   10116:	0a05                	add	s4,s4,1
   10118:	0405                	add	s0,s0,1
   1011a:	fa8d9fe3          	bne	s11,s0,100d8 <main+0xb8>
   1011e:	0941                	add	s2,s2,16
   10120:	9bd2                	add	s7,s7,s4
   10122:	f3894ee3          	blt	s2,s8,1005e <main+0x3e>
   10126:	4581                	li	a1,0
   10128:	557d                	li	a0,-1
   1012a:	20e1                	jal	101f2 <wait_child>
   1012c:	57d9                	li	a5,-10
   1012e:	02f50763          	beq	a0,a5,1015c <main+0x13c>
   10132:	654d                	lui	a0,0x13
   10134:	07450513          	add	a0,a0,116 # 13074 <__riscv_restore_0+0xc1c>
   10138:	2485                	jal	10398 <printf>
   1013a:	bfad                	j	100b4 <main+0x94>
   1013c:	5602                	lw	a2,32(sp)
   1013e:	bfc9                	j	10110 <main+0xf0>
   10140:	41c8                	lw	a0,4(a1)
   10142:	65cd                	lui	a1,0x13
   10144:	00058593          	mv	a1,a1
   10148:	2a5d                	jal	102fe <strcmp>
   1014a:	c115                	beqz	a0,1016e <main+0x14e>
   1014c:	47b2                	lw	a5,12(sp)
   1014e:	4b81                	li	s7,0
   10150:	43c8                	lw	a0,4(a5)
   10152:	240d                	jal	10374 <atoi>
   10154:	8c2a                	mv	s8,a0
   10156:	eea04be3          	bgtz	a0,1004c <main+0x2c>
   1015a:	b7f1                	j	10126 <main+0x106>
   1015c:	654d                	lui	a0,0x13
   1015e:	865e                	mv	a2,s7
   10160:	85e2                	mv	a1,s8
   10162:	09850513          	add	a0,a0,152 # 13098 <__riscv_restore_0+0xc40>
   10166:	2c0d                	jal	10398 <printf>
   10168:	01703533          	snez	a0,s7
   1016c:	b7a9                	j	100b6 <main+0x96>
   1016e:	47b2                	lw	a5,12(sp)
   10170:	4788                	lw	a0,8(a5)
   10172:	2409                	jal	10374 <atoi>
   10174:	02500793          	li	a5,37
   10178:	02f50533          	mul	a0,a0,a5
   1017c:	0fb00793          	li	a5,251
   10180:	052d                	add	a0,a0,11
   10182:	02f56533          	rem	a0,a0,a5
   10186:	bf05                	j	100b6 <main+0x96>

00010188 <write>:
   10188:	4889                	li	a7,2
   1018a:	00000073          	ecall
   1018e:	00054363          	bltz	a0,10194 <write+0xc>
   10192:	8082                	ret
   10194:	fff54793          	not	a5,a0
   10198:	02500693          	li	a3,37
   1019c:	4715                	li	a4,5
   1019e:	00f6e863          	bltu	a3,a5,101ae <write+0x26>
   101a2:	674d                	lui	a4,0x13
   101a4:	0d870713          	add	a4,a4,216 # 130d8 <CSWTCH.24>
   101a8:	97ba                	add	a5,a5,a4
   101aa:	00078703          	lb	a4,0(a5)
   101ae:	00e22023          	sw	a4,0(tp) # 0 <errno>
   101b2:	557d                	li	a0,-1
   101b4:	8082                	ret

000101b6 <_exit>:
   101b6:	1141                	add	sp,sp,-16
   101b8:	c422                	sw	s0,8(sp)
   101ba:	c606                	sw	ra,12(sp)
   101bc:	842a                	mv	s0,a0
   101be:	2211                	jal	102c2 <ulib_flush_stdout>
   101c0:	8522                	mv	a0,s0
   101c2:	4581                	li	a1,0
   101c4:	4601                	li	a2,0
   101c6:	4885                	li	a7,1
   101c8:	00000073          	ecall
   101cc:	a001                	j	101cc <_exit+0x16>

000101ce <spawn>:
   101ce:	1141                	add	sp,sp,-16
   101d0:	c422                	sw	s0,8(sp)
   101d2:	c226                	sw	s1,4(sp)
   101d4:	c606                	sw	ra,12(sp)
   101d6:	84aa                	mv	s1,a0
   101d8:	842e                	mv	s0,a1
   101da:	20e5                	jal	102c2 <ulib_flush_stdout>
   101dc:	8526                	mv	a0,s1
   101de:	85a2                	mv	a1,s0
   101e0:	4601                	li	a2,0
   101e2:	48a1                	li	a7,8
   101e4:	00000073          	ecall
   101e8:	40b2                	lw	ra,12(sp)
   101ea:	4422                	lw	s0,8(sp)
   101ec:	4492                	lw	s1,4(sp)
   101ee:	0141                	add	sp,sp,16
   101f0:	8082                	ret

000101f2 <wait_child>:
   101f2:	1141                	add	sp,sp,-16
   101f4:	c422                	sw	s0,8(sp)
   101f6:	c226                	sw	s1,4(sp)
   101f8:	c606                	sw	ra,12(sp)
   101fa:	84aa                	mv	s1,a0
   101fc:	842e                	mv	s0,a1
   101fe:	20d1                	jal	102c2 <ulib_flush_stdout>
   10200:	8526                	mv	a0,s1
   10202:	85a2                	mv	a1,s0
   10204:	4601                	li	a2,0
   10206:	48a5                	li	a7,9
   10208:	00000073          	ecall
   1020c:	40b2                	lw	ra,12(sp)
   1020e:	4422                	lw	s0,8(sp)
   10210:	4492                	lw	s1,4(sp)
   10212:	0141                	add	sp,sp,16
   10214:	8082                	ret

00010216 <stdout_flush>:
   10216:	1141                	add	sp,sp,-16
   10218:	c04a                	sw	s2,0(sp)
   1021a:	6951                	lui	s2,0x14
   1021c:	c422                	sw	s0,8(sp)
   1021e:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10222:	c606                	sw	ra,12(sp)
   10224:	c226                	sw	s1,4(sp)
   10226:	cc11                	beqz	s0,10242 <stdout_flush+0x2c>
   10228:	64d1                	lui	s1,0x14
   1022a:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   1022e:	a019                	j	10234 <stdout_flush+0x1e>
   10230:	94aa                	add	s1,s1,a0
   10232:	c801                	beqz	s0,10242 <stdout_flush+0x2c>
   10234:	8622                	mv	a2,s0
   10236:	85a6                	mv	a1,s1
   10238:	4505                	li	a0,1
   1023a:	37b9                	jal	10188 <write>
   1023c:	8c09                	sub	s0,s0,a0
   1023e:	fea049e3          	bgtz	a0,10230 <stdout_flush+0x1a>
   10242:	40b2                	lw	ra,12(sp)
   10244:	4422                	lw	s0,8(sp)
   10246:	02092023          	sw	zero,32(s2)
   1024a:	4492                	lw	s1,4(sp)
   1024c:	4902                	lw	s2,0(sp)
   1024e:	4501                	li	a0,0
   10250:	0141                	add	sp,sp,16
   10252:	8082                	ret

00010254 <stdout_put>:
   10254:	1101                	add	sp,sp,-32
   10256:	c64e                	sw	s3,12(sp)
   10258:	69d1                	lui	s3,0x14
   1025a:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   1025e:	ca26                	sw	s1,20(sp)
   10260:	64d1                	lui	s1,0x14
   10262:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   10266:	cc22                	sw	s0,24(sp)
   10268:	c84a                	sw	s2,16(sp)
   1026a:	00178413          	add	s0,a5,1
   1026e:	ce06                	sw	ra,28(sp)
   10270:	97a6                	add	a5,a5,s1
   10272:	00a78023          	sb	a0,0(a5)
   10276:	0289a023          	sw	s0,32(s3)
   1027a:	47a9                	li	a5,10
   1027c:	892a                	mv	s2,a0
   1027e:	00f50e63          	beq	a0,a5,1029a <stdout_put+0x46>
   10282:	20000793          	li	a5,512
   10286:	00f40b63          	beq	s0,a5,1029c <stdout_put+0x48>
   1028a:	40f2                	lw	ra,28(sp)
   1028c:	4462                	lw	s0,24(sp)
   1028e:	44d2                	lw	s1,20(sp)
   10290:	49b2                	lw	s3,12(sp)
   10292:	854a                	mv	a0,s2
   10294:	4942                	lw	s2,16(sp)
   10296:	6105                	add	sp,sp,32
   10298:	8082                	ret
   1029a:	c811                	beqz	s0,102ae <stdout_put+0x5a>
   1029c:	8622                	mv	a2,s0
   1029e:	85a6                	mv	a1,s1
   102a0:	4505                	li	a0,1
   102a2:	35dd                	jal	10188 <write>
   102a4:	8c09                	sub	s0,s0,a0
   102a6:	00a05463          	blez	a0,102ae <stdout_put+0x5a>
   102aa:	94aa                	add	s1,s1,a0
   102ac:	f865                	bnez	s0,1029c <stdout_put+0x48>
   102ae:	40f2                	lw	ra,28(sp)
   102b0:	4462                	lw	s0,24(sp)
   102b2:	0209a023          	sw	zero,32(s3)
   102b6:	44d2                	lw	s1,20(sp)
   102b8:	49b2                	lw	s3,12(sp)
   102ba:	854a                	mv	a0,s2
   102bc:	4942                	lw	s2,16(sp)
   102be:	6105                	add	sp,sp,32
   102c0:	8082                	ret

000102c2 <ulib_flush_stdout>:
   102c2:	1141                	add	sp,sp,-16
   102c4:	c04a                	sw	s2,0(sp)
   102c6:	6951                	lui	s2,0x14
   102c8:	c422                	sw	s0,8(sp)
   102ca:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   102ce:	c606                	sw	ra,12(sp)
   102d0:	c226                	sw	s1,4(sp)
   102d2:	cc11                	beqz	s0,102ee <ulib_flush_stdout+0x2c>
   102d4:	64d1                	lui	s1,0x14
   102d6:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   102da:	a019                	j	102e0 <ulib_flush_stdout+0x1e>
   102dc:	94aa                	add	s1,s1,a0
   102de:	c801                	beqz	s0,102ee <ulib_flush_stdout+0x2c>
   102e0:	8622                	mv	a2,s0
   102e2:	85a6                	mv	a1,s1
   102e4:	4505                	li	a0,1
   102e6:	354d                	jal	10188 <write>
   102e8:	8c09                	sub	s0,s0,a0
   102ea:	fea049e3          	bgtz	a0,102dc <ulib_flush_stdout+0x1a>
   102ee:	40b2                	lw	ra,12(sp)
   102f0:	4422                	lw	s0,8(sp)
   102f2:	02092023          	sw	zero,32(s2)
   102f6:	4492                	lw	s1,4(sp)
   102f8:	4902                	lw	s2,0(sp)
   102fa:	0141                	add	sp,sp,16
   102fc:	8082                	ret

000102fe <strcmp>:
   102fe:	00054603          	lbu	a2,0(a0)
   10302:	0005c683          	lbu	a3,0(a1) # 13000 <__riscv_restore_0+0xba8>
   10306:	0505                	add	a0,a0,1
   10308:	0585                	add	a1,a1,1
   1030a:	00d61363          	bne	a2,a3,10310 <strcmp+0x12>
   1030e:	fa65                	bnez	a2,102fe <strcmp>
   10310:	40d60533          	sub	a0,a2,a3
   10314:	8082                	ret

00010316 <__libc_init_array>:
   10316:	11e022ef          	jal	t0,12434 <__riscv_save_0>
   1031a:	64cd                	lui	s1,0x13
   1031c:	644d                	lui	s0,0x13
   1031e:	5e848793          	add	a5,s1,1512 # 135e8 <__fini_array_end>
   10322:	5e840413          	add	s0,s0,1512 # 135e8 <__fini_array_end>
   10326:	8c1d                	sub	s0,s0,a5
   10328:	8409                	sra	s0,s0,0x2
   1032a:	5e848493          	add	s1,s1,1512
   1032e:	4901                	li	s2,0
   10330:	02891863          	bne	s2,s0,10360 <__libc_init_array+0x4a>
   10334:	00000793          	li	a5,0
   10338:	c789                	beqz	a5,10342 <__libc_init_array+0x2c>
   1033a:	00000097          	auipc	ra,0x0
   1033e:	000000e7          	jalr	zero # 0 <errno>
   10342:	64cd                	lui	s1,0x13
   10344:	644d                	lui	s0,0x13
   10346:	5e848793          	add	a5,s1,1512 # 135e8 <__fini_array_end>
   1034a:	5e840413          	add	s0,s0,1512 # 135e8 <__fini_array_end>
   1034e:	8c1d                	sub	s0,s0,a5
   10350:	8409                	sra	s0,s0,0x2
   10352:	5e848493          	add	s1,s1,1512
   10356:	4901                	li	s2,0
   10358:	00891963          	bne	s2,s0,1036a <__libc_init_array+0x54>
   1035c:	0fc0206f          	j	12458 <__riscv_restore_0>
   10360:	409c                	lw	a5,0(s1)
   10362:	0905                	add	s2,s2,1
   10364:	0491                	add	s1,s1,4
   10366:	9782                	jalr	a5
   10368:	b7e1                	j	10330 <__libc_init_array+0x1a>
   1036a:	409c                	lw	a5,0(s1)
   1036c:	0905                	add	s2,s2,1
   1036e:	0491                	add	s1,s1,4
   10370:	9782                	jalr	a5
   10372:	b7dd                	j	10358 <__libc_init_array+0x42>

00010374 <atoi>:
   10374:	4629                	li	a2,10
   10376:	4581                	li	a1,0
   10378:	a84d                	j	1042a <strtol>

0001037a <exit>:
   1037a:	0ba022ef          	jal	t0,12434 <__riscv_save_0>
   1037e:	00000793          	li	a5,0
   10382:	842a                	mv	s0,a0
   10384:	c791                	beqz	a5,10390 <exit+0x16>
   10386:	4581                	li	a1,0
   10388:	00000097          	auipc	ra,0x0
   1038c:	000000e7          	jalr	zero # 0 <errno>
   10390:	111010ef          	jal	11ca0 <__libc_fini_array>
   10394:	8522                	mv	a0,s0
   10396:	3505                	jal	101b6 <_exit>

00010398 <printf>:
   10398:	7139                	add	sp,sp,-64
   1039a:	da3e                	sw	a5,52(sp)
   1039c:	67cd                	lui	a5,0x13
   1039e:	d22e                	sw	a1,36(sp)
   103a0:	85aa                	mv	a1,a0
   103a2:	5dc7a503          	lw	a0,1500(a5) # 135dc <stdout>
   103a6:	d432                	sw	a2,40(sp)
   103a8:	1050                	add	a2,sp,36
   103aa:	ce06                	sw	ra,28(sp)
   103ac:	d636                	sw	a3,44(sp)
   103ae:	d83a                	sw	a4,48(sp)
   103b0:	dc42                	sw	a6,56(sp)
   103b2:	de46                	sw	a7,60(sp)
   103b4:	c632                	sw	a2,12(sp)
   103b6:	2649                	jal	10738 <__d_vfprintf>
   103b8:	40f2                	lw	ra,28(sp)
   103ba:	6121                	add	sp,sp,64
   103bc:	8082                	ret

000103be <snprintf>:
   103be:	711d                	add	sp,sp,-96
   103c0:	dc22                	sw	s0,56(sp)
   103c2:	da26                	sw	s1,52(sp)
   103c4:	d84a                	sw	s2,48(sp)
   103c6:	84aa                	mv	s1,a0
   103c8:	842e                	mv	s0,a1
   103ca:	8932                	mv	s2,a2
   103cc:	4581                	li	a1,0
   103ce:	02000613          	li	a2,32
   103d2:	0808                	add	a0,sp,16
   103d4:	cabe                	sw	a5,84(sp)
   103d6:	de06                	sw	ra,60(sp)
   103d8:	c6b6                	sw	a3,76(sp)
   103da:	c8ba                	sw	a4,80(sp)
   103dc:	ccc2                	sw	a6,88(sp)
   103de:	cec6                	sw	a7,92(sp)
   103e0:	0b1010ef          	jal	11c90 <memset>
   103e4:	4789                	li	a5,2
   103e6:	00f10a23          	sb	a5,20(sp)
   103ea:	67c9                	lui	a5,0x12
   103ec:	cf078793          	add	a5,a5,-784 # 11cf0 <__file_str_put>
   103f0:	cc3e                	sw	a5,24(sp)
   103f2:	d226                	sw	s1,36(sp)
   103f4:	4781                	li	a5,0
   103f6:	c809                	beqz	s0,10408 <snprintf+0x4a>
   103f8:	80000737          	lui	a4,0x80000
   103fc:	87a2                	mv	a5,s0
   103fe:	00877463          	bgeu	a4,s0,10406 <snprintf+0x48>
   10402:	800007b7          	lui	a5,0x80000
   10406:	17fd                	add	a5,a5,-1 # 7fffffff <__global_pointer$+0x7ffeb7e7>
   10408:	94be                	add	s1,s1,a5
   1040a:	00f0                	add	a2,sp,76
   1040c:	85ca                	mv	a1,s2
   1040e:	0808                	add	a0,sp,16
   10410:	d426                	sw	s1,40(sp)
   10412:	c632                	sw	a2,12(sp)
   10414:	2615                	jal	10738 <__d_vfprintf>
   10416:	c401                	beqz	s0,1041e <snprintf+0x60>
   10418:	5792                	lw	a5,36(sp)
   1041a:	00078023          	sb	zero,0(a5)
   1041e:	50f2                	lw	ra,60(sp)
   10420:	5462                	lw	s0,56(sp)
   10422:	54d2                	lw	s1,52(sp)
   10424:	5942                	lw	s2,48(sp)
   10426:	6125                	add	sp,sp,96
   10428:	8082                	ret

0001042a <strtol>:
   1042a:	02400793          	li	a5,36
   1042e:	88aa                	mv	a7,a0
   10430:	00c7e563          	bltu	a5,a2,1043a <strtol+0x10>
   10434:	4785                	li	a5,1
   10436:	00f61a63          	bne	a2,a5,1044a <strtol+0x20>
   1043a:	4759                	li	a4,22
   1043c:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10440:	c199                	beqz	a1,10446 <strtol+0x1c>
   10442:	0115a023          	sw	a7,0(a1)
   10446:	4501                	li	a0,0
   10448:	8082                	ret
   1044a:	0ff67813          	zext.b	a6,a2
   1044e:	4e11                	li	t3,4
   10450:	02000313          	li	t1,32
   10454:	00054783          	lbu	a5,0(a0)
   10458:	00150713          	add	a4,a0,1
   1045c:	ff778693          	add	a3,a5,-9
   10460:	0ff6f693          	zext.b	a3,a3
   10464:	0ade7263          	bgeu	t3,a3,10508 <strtol+0xde>
   10468:	0a678063          	beq	a5,t1,10508 <strtol+0xde>
   1046c:	02b00693          	li	a3,43
   10470:	08d78e63          	beq	a5,a3,1050c <strtol+0xe2>
   10474:	02d00313          	li	t1,45
   10478:	4681                	li	a3,0
   1047a:	00679763          	bne	a5,t1,10488 <strtol+0x5e>
   1047e:	4685                	li	a3,1
   10480:	00154783          	lbu	a5,1(a0)
   10484:	00250713          	add	a4,a0,2
   10488:	03000513          	li	a0,48
   1048c:	08a79563          	bne	a5,a0,10516 <strtol+0xec>
   10490:	00074503          	lbu	a0,0(a4) # 80000000 <__global_pointer$+0x7ffeb7e8>
   10494:	07800313          	li	t1,120
   10498:	02056513          	or	a0,a0,32
   1049c:	06651a63          	bne	a0,t1,10510 <strtol+0xe6>
   104a0:	c601                	beqz	a2,104a8 <strtol+0x7e>
   104a2:	4641                	li	a2,16
   104a4:	00c81763          	bne	a6,a2,104b2 <strtol+0x88>
   104a8:	00174783          	lbu	a5,1(a4)
   104ac:	88ba                	mv	a7,a4
   104ae:	4841                	li	a6,16
   104b0:	0709                	add	a4,a4,2
   104b2:	80000637          	lui	a2,0x80000
   104b6:	fff64613          	not	a2,a2
   104ba:	9636                	add	a2,a2,a3
   104bc:	03065333          	divu	t1,a2,a6
   104c0:	4501                	li	a0,0
   104c2:	03900e93          	li	t4,57
   104c6:	03067e33          	remu	t3,a2,a6
   104ca:	00fef963          	bgeu	t4,a5,104dc <strtol+0xb2>
   104ce:	17fd                	add	a5,a5,-1
   104d0:	0207e793          	or	a5,a5,32
   104d4:	fda78793          	add	a5,a5,-38
   104d8:	0ff7f793          	zext.b	a5,a5
   104dc:	fd078793          	add	a5,a5,-48
   104e0:	0ff7f793          	zext.b	a5,a5
   104e4:	0307fc63          	bgeu	a5,a6,1051c <strtol+0xf2>
   104e8:	00a34663          	blt	t1,a0,104f4 <strtol+0xca>
   104ec:	00651663          	bne	a0,t1,104f8 <strtol+0xce>
   104f0:	00fe7463          	bgeu	t3,a5,104f8 <strtol+0xce>
   104f4:	0026e693          	or	a3,a3,2
   104f8:	88ba                	mv	a7,a4
   104fa:	0705                	add	a4,a4,1
   104fc:	02a80533          	mul	a0,a6,a0
   10500:	953e                	add	a0,a0,a5
   10502:	fff74783          	lbu	a5,-1(a4)
   10506:	b7d1                	j	104ca <strtol+0xa0>
   10508:	853a                	mv	a0,a4
   1050a:	b7a9                	j	10454 <strtol+0x2a>
   1050c:	4681                	li	a3,0
   1050e:	bf8d                	j	10480 <strtol+0x56>
   10510:	f24d                	bnez	a2,104b2 <strtol+0x88>
   10512:	4821                	li	a6,8
   10514:	bf79                	j	104b2 <strtol+0x88>
   10516:	fe51                	bnez	a2,104b2 <strtol+0x88>
   10518:	4829                	li	a6,10
   1051a:	bf61                	j	104b2 <strtol+0x88>
   1051c:	0016f793          	and	a5,a3,1
   10520:	c399                	beqz	a5,10526 <strtol+0xfc>
   10522:	40a00533          	neg	a0,a0
   10526:	8a89                	and	a3,a3,2
   10528:	c691                	beqz	a3,10534 <strtol+0x10a>
   1052a:	02200713          	li	a4,34
   1052e:	8532                	mv	a0,a2
   10530:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10534:	c199                	beqz	a1,1053a <strtol+0x110>
   10536:	0115a023          	sw	a7,0(a1)
   1053a:	8082                	ret

0001053c <__ultoa_invert>:
   1053c:	6d1012ef          	jal	t0,1240c <__riscv_save_10>
   10540:	2006f793          	and	a5,a3,512
   10544:	89aa                	mv	s3,a0
   10546:	8a2e                	mv	s4,a1
   10548:	8932                	mv	s2,a2
   1054a:	84b6                	mv	s1,a3
   1054c:	02700b13          	li	s6,39
   10550:	c781                	beqz	a5,10558 <__ultoa_invert+0x1c>
   10552:	dff6f493          	and	s1,a3,-513
   10556:	4b1d                	li	s6,7
   10558:	41f4da93          	sra	s5,s1,0x1f
   1055c:	4ca5                	li	s9,9
   1055e:	8626                	mv	a2,s1
   10560:	86d6                	mv	a3,s5
   10562:	854e                	mv	a0,s3
   10564:	85d2                	mv	a1,s4
   10566:	377010ef          	jal	120dc <__umoddi3>
   1056a:	85d2                	mv	a1,s4
   1056c:	0ff57413          	zext.b	s0,a0
   10570:	8626                	mv	a2,s1
   10572:	854e                	mv	a0,s3
   10574:	86d6                	mv	a3,s5
   10576:	009010ef          	jal	11d7e <__udivdi3>
   1057a:	8c4e                	mv	s8,s3
   1057c:	8bd2                	mv	s7,s4
   1057e:	89aa                	mv	s3,a0
   10580:	8a2e                	mv	s4,a1
   10582:	008cf563          	bgeu	s9,s0,1058c <__ultoa_invert+0x50>
   10586:	945a                	add	s0,s0,s6
   10588:	0ff47413          	zext.b	s0,s0
   1058c:	0905                	add	s2,s2,1
   1058e:	03040413          	add	s0,s0,48
   10592:	fe890fa3          	sb	s0,-1(s2)
   10596:	015be663          	bltu	s7,s5,105a2 <__ultoa_invert+0x66>
   1059a:	fd7a92e3          	bne	s5,s7,1055e <__ultoa_invert+0x22>
   1059e:	fc9c70e3          	bgeu	s8,s1,1055e <__ultoa_invert+0x22>
   105a2:	854a                	mv	a0,s2
   105a4:	6a10106f          	j	12444 <__riscv_restore_10>

000105a8 <skip_to_arg>:
   105a8:	665012ef          	jal	t0,1240c <__riscv_save_10>
   105ac:	4305                	li	t1,1
   105ae:	02500f13          	li	t5,37
   105b2:	88aa                	mv	a7,a0
   105b4:	00c34463          	blt	t1,a2,105bc <skip_to_arg+0x14>
   105b8:	68d0106f          	j	12444 <__riscv_restore_10>
   105bc:	87c6                	mv	a5,a7
   105be:	88be                	mv	a7,a5
   105c0:	0007c703          	lbu	a4,0(a5)
   105c4:	0785                	add	a5,a5,1
   105c6:	db6d                	beqz	a4,105b8 <skip_to_arg+0x10>
   105c8:	ffe71be3          	bne	a4,t5,105be <skip_to_arg+0x16>
   105cc:	0007c703          	lbu	a4,0(a5)
   105d0:	0889                	add	a7,a7,2
   105d2:	ffe705e3          	beq	a4,t5,105bc <skip_to_arg+0x14>
   105d6:	6ecd                	lui	t4,0x13
   105d8:	4681                	li	a3,0
   105da:	4e01                	li	t3,0
   105dc:	4781                	li	a5,0
   105de:	42fd                	li	t0,31
   105e0:	06c00f93          	li	t6,108
   105e4:	07400393          	li	t2,116
   105e8:	07a00413          	li	s0,122
   105ec:	06800493          	li	s1,104
   105f0:	06a00913          	li	s2,106
   105f4:	04c00993          	li	s3,76
   105f8:	4a25                	li	s4,9
   105fa:	02400a93          	li	s5,36
   105fe:	07f00b13          	li	s6,127
   10602:	4bc1                	li	s7,16
   10604:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x431>
   10608:	04f2e263          	bltu	t0,a5,1064c <skip_to_arg+0xa4>
   1060c:	fe070813          	add	a6,a4,-32
   10610:	0ff87813          	zext.b	a6,a6
   10614:	030bf163          	bgeu	s7,a6,10636 <skip_to_arg+0x8e>
   10618:	fd070813          	add	a6,a4,-48
   1061c:	0ff87813          	zext.b	a6,a6
   10620:	4c25                	li	s8,9
   10622:	050c6563          	bltu	s8,a6,1066c <skip_to_arg+0xc4>
   10626:	47a9                	li	a5,10
   10628:	02f687b3          	mul	a5,a3,a5
   1062c:	00f806b3          	add	a3,a6,a5
   10630:	02000793          	li	a5,32
   10634:	a039                	j	10642 <skip_to_arg+0x9a>
   10636:	010ed833          	srl	a6,t4,a6
   1063a:	00187813          	and	a6,a6,1
   1063e:	00080963          	beqz	a6,10650 <skip_to_arg+0xa8>
   10642:	0008c703          	lbu	a4,0(a7)
   10646:	0885                	add	a7,a7,1
   10648:	f361                	bnez	a4,10608 <skip_to_arg+0x60>
   1064a:	a8b1                	j	106a6 <skip_to_arg+0xfe>
   1064c:	04fb6363          	bltu	s6,a5,10692 <skip_to_arg+0xea>
   10650:	fd070813          	add	a6,a4,-48
   10654:	0ff87813          	zext.b	a6,a6
   10658:	fd0a77e3          	bgeu	s4,a6,10626 <skip_to_arg+0x7e>
   1065c:	03571563          	bne	a4,s5,10686 <skip_to_arg+0xde>
   10660:	0a0e0063          	beqz	t3,10700 <skip_to_arg+0x158>
   10664:	0a668063          	beq	a3,t1,10704 <skip_to_arg+0x15c>
   10668:	4681                	li	a3,0
   1066a:	bfe1                	j	10642 <skip_to_arg+0x9a>
   1066c:	0fb77813          	and	a6,a4,251
   10670:	02a00c13          	li	s8,42
   10674:	ff880ae3          	beq	a6,s8,10668 <skip_to_arg+0xc0>
   10678:	06c00813          	li	a6,108
   1067c:	01071d63          	bne	a4,a6,10696 <skip_to_arg+0xee>
   10680:	0807e793          	or	a5,a5,128
   10684:	bf7d                	j	10642 <skip_to_arg+0x9a>
   10686:	0fb77813          	and	a6,a4,251
   1068a:	02a00c13          	li	s8,42
   1068e:	fd880de3          	beq	a6,s8,10668 <skip_to_arg+0xc0>
   10692:	05f70663          	beq	a4,t6,106de <skip_to_arg+0x136>
   10696:	02efef63          	bltu	t6,a4,106d4 <skip_to_arg+0x12c>
   1069a:	04970863          	beq	a4,s1,106ea <skip_to_arg+0x142>
   1069e:	05270e63          	beq	a4,s2,106fa <skip_to_arg+0x152>
   106a2:	05370c63          	beq	a4,s3,106fa <skip_to_arg+0x152>
   106a6:	f00e09e3          	beqz	t3,105b8 <skip_to_arg+0x10>
   106aa:	f06e15e3          	bne	t3,t1,105b4 <skip_to_arg+0xc>
   106ae:	02076893          	or	a7,a4,32
   106b2:	f9b88813          	add	a6,a7,-101
   106b6:	0ff87813          	zext.b	a6,a6
   106ba:	4e09                	li	t3,2
   106bc:	4194                	lw	a3,0(a1)
   106be:	010e7663          	bgeu	t3,a6,106ca <skip_to_arg+0x122>
   106c2:	06100813          	li	a6,97
   106c6:	05089263          	bne	a7,a6,1070a <skip_to_arg+0x162>
   106ca:	069d                	add	a3,a3,7
   106cc:	9ae1                	and	a3,a3,-8
   106ce:	00868713          	add	a4,a3,8
   106d2:	a091                	j	10716 <skip_to_arg+0x16e>
   106d4:	f67707e3          	beq	a4,t2,10642 <skip_to_arg+0x9a>
   106d8:	f68705e3          	beq	a4,s0,10642 <skip_to_arg+0x9a>
   106dc:	b7e9                	j	106a6 <skip_to_arg+0xfe>
   106de:	0807f713          	and	a4,a5,128
   106e2:	df59                	beqz	a4,10680 <skip_to_arg+0xd8>
   106e4:	2007e793          	or	a5,a5,512
   106e8:	bf61                	j	10680 <skip_to_arg+0xd8>
   106ea:	1007f713          	and	a4,a5,256
   106ee:	c319                	beqz	a4,106f4 <skip_to_arg+0x14c>
   106f0:	2007e793          	or	a5,a5,512
   106f4:	1007e793          	or	a5,a5,256
   106f8:	b7a9                	j	10642 <skip_to_arg+0x9a>
   106fa:	2807e793          	or	a5,a5,640
   106fe:	b791                	j	10642 <skip_to_arg+0x9a>
   10700:	8e36                	mv	t3,a3
   10702:	b79d                	j	10668 <skip_to_arg+0xc0>
   10704:	06300713          	li	a4,99
   10708:	b75d                	j	106ae <skip_to_arg+0x106>
   1070a:	06300813          	li	a6,99
   1070e:	01071763          	bne	a4,a6,1071c <skip_to_arg+0x174>
   10712:	00468713          	add	a4,a3,4
   10716:	c198                	sw	a4,0(a1)
   10718:	0305                	add	t1,t1,1
   1071a:	bd61                	j	105b2 <skip_to_arg+0xa>
   1071c:	07300813          	li	a6,115
   10720:	ff0709e3          	beq	a4,a6,10712 <skip_to_arg+0x16a>
   10724:	0807f813          	and	a6,a5,128
   10728:	00468713          	add	a4,a3,4
   1072c:	fe0805e3          	beqz	a6,10716 <skip_to_arg+0x16e>
   10730:	2007f793          	and	a5,a5,512
   10734:	d3ed                	beqz	a5,10716 <skip_to_arg+0x16e>
   10736:	bf51                	j	106ca <skip_to_arg+0x122>

00010738 <__d_vfprintf>:
   10738:	4cd012ef          	jal	t0,12404 <__riscv_save_12>
   1073c:	00454783          	lbu	a5,4(a0)
   10740:	7139                	add	sp,sp,-64
   10742:	c02a                	sw	a0,0(sp)
   10744:	c42e                	sw	a1,8(sp)
   10746:	c632                	sw	a2,12(sp)
   10748:	8b89                	and	a5,a5,2
   1074a:	00852a03          	lw	s4,8(a0)
   1074e:	c785                	beqz	a5,10776 <__d_vfprintf+0x3e>
   10750:	d232                	sw	a2,36(sp)
   10752:	87ae                	mv	a5,a1
   10754:	4401                	li	s0,0
   10756:	0007c903          	lbu	s2,0(a5)
   1075a:	00090f63          	beqz	s2,10778 <__d_vfprintf+0x40>
   1075e:	02500713          	li	a4,37
   10762:	00e90f63          	beq	s2,a4,10780 <__d_vfprintf+0x48>
   10766:	0785                	add	a5,a5,1
   10768:	c23e                	sw	a5,4(sp)
   1076a:	4582                	lw	a1,0(sp)
   1076c:	854a                	mv	a0,s2
   1076e:	0405                	add	s0,s0,1
   10770:	9a02                	jalr	s4
   10772:	26055de3          	bgez	a0,111ec <__d_vfprintf+0xab4>
   10776:	547d                	li	s0,-1
   10778:	8522                	mv	a0,s0
   1077a:	6121                	add	sp,sp,64
   1077c:	4c50106f          	j	12440 <__riscv_restore_12>
   10780:	0017c903          	lbu	s2,1(a5)
   10784:	00278713          	add	a4,a5,2
   10788:	c23a                	sw	a4,4(sp)
   1078a:	02500793          	li	a5,37
   1078e:	fcf90ee3          	beq	s2,a5,1076a <__d_vfprintf+0x32>
   10792:	64cd                	lui	s1,0x13
   10794:	4a81                	li	s5,0
   10796:	4d01                	li	s10,0
   10798:	4b01                	li	s6,0
   1079a:	4d81                	li	s11,0
   1079c:	06c00993          	li	s3,108
   107a0:	07400b93          	li	s7,116
   107a4:	07a00c13          	li	s8,122
   107a8:	06800c93          	li	s9,104
   107ac:	11048493          	add	s1,s1,272 # 13110 <CSWTCH.24+0x38>
   107b0:	47fd                	li	a5,31
   107b2:	07b7e163          	bltu	a5,s11,10814 <__d_vfprintf+0xdc>
   107b6:	fe090793          	add	a5,s2,-32
   107ba:	0ff7f793          	zext.b	a5,a5
   107be:	4741                	li	a4,16
   107c0:	00f76663          	bltu	a4,a5,107cc <__d_vfprintf+0x94>
   107c4:	078a                	sll	a5,a5,0x2
   107c6:	97a6                	add	a5,a5,s1
   107c8:	439c                	lw	a5,0(a5)
   107ca:	8782                	jr	a5
   107cc:	fd090793          	add	a5,s2,-48
   107d0:	0ff7f793          	zext.b	a5,a5
   107d4:	4725                	li	a4,9
   107d6:	06f76463          	bltu	a4,a5,1083e <__d_vfprintf+0x106>
   107da:	46a9                	li	a3,10
   107dc:	02db06b3          	mul	a3,s6,a3
   107e0:	00f68b33          	add	s6,a3,a5
   107e4:	020ded93          	or	s11,s11,32
   107e8:	a019                	j	107ee <__d_vfprintf+0xb6>
   107ea:	001ded93          	or	s11,s11,1
   107ee:	4792                	lw	a5,4(sp)
   107f0:	0007c903          	lbu	s2,0(a5)
   107f4:	0785                	add	a5,a5,1
   107f6:	c23e                	sw	a5,4(sp)
   107f8:	fa091ce3          	bnez	s2,107b0 <__d_vfprintf+0x78>
   107fc:	a0dd                	j	108e2 <__d_vfprintf+0x1aa>
   107fe:	002ded93          	or	s11,s11,2
   10802:	004ded93          	or	s11,s11,4
   10806:	b7e5                	j	107ee <__d_vfprintf+0xb6>
   10808:	008ded93          	or	s11,s11,8
   1080c:	b7cd                	j	107ee <__d_vfprintf+0xb6>
   1080e:	010ded93          	or	s11,s11,16
   10812:	bff1                	j	107ee <__d_vfprintf+0xb6>
   10814:	07f00793          	li	a5,127
   10818:	0bb7e763          	bltu	a5,s11,108c6 <__d_vfprintf+0x18e>
   1081c:	fd090693          	add	a3,s2,-48
   10820:	0ff6f693          	zext.b	a3,a3
   10824:	47a5                	li	a5,9
   10826:	00d7ec63          	bltu	a5,a3,1083e <__d_vfprintf+0x106>
   1082a:	040df613          	and	a2,s11,64
   1082e:	87b6                	mv	a5,a3
   10830:	d64d                	beqz	a2,107da <__d_vfprintf+0xa2>
   10832:	47a9                	li	a5,10
   10834:	02fd07b3          	mul	a5,s10,a5
   10838:	00d78d33          	add	s10,a5,a3
   1083c:	bf4d                	j	107ee <__d_vfprintf+0xb6>
   1083e:	02a00793          	li	a5,42
   10842:	02f91663          	bne	s2,a5,1086e <__d_vfprintf+0x136>
   10846:	fa0a94e3          	bnez	s5,107ee <__d_vfprintf+0xb6>
   1084a:	5692                	lw	a3,36(sp)
   1084c:	040df793          	and	a5,s11,64
   10850:	00468613          	add	a2,a3,4
   10854:	4294                	lw	a3,0(a3)
   10856:	d232                	sw	a2,36(sp)
   10858:	c399                	beqz	a5,1085e <__d_vfprintf+0x126>
   1085a:	8d36                	mv	s10,a3
   1085c:	bf49                	j	107ee <__d_vfprintf+0xb6>
   1085e:	8b36                	mv	s6,a3
   10860:	f806d2e3          	bgez	a3,107e4 <__d_vfprintf+0xac>
   10864:	40d00b33          	neg	s6,a3
   10868:	028ded93          	or	s11,s11,40
   1086c:	b749                	j	107ee <__d_vfprintf+0xb6>
   1086e:	02e00793          	li	a5,46
   10872:	00f91963          	bne	s2,a5,10884 <__d_vfprintf+0x14c>
   10876:	040df793          	and	a5,s11,64
   1087a:	ee079fe3          	bnez	a5,10778 <__d_vfprintf+0x40>
   1087e:	040ded93          	or	s11,s11,64
   10882:	b7b5                	j	107ee <__d_vfprintf+0xb6>
   10884:	02400793          	li	a5,36
   10888:	02f91f63          	bne	s2,a5,108c6 <__d_vfprintf+0x18e>
   1088c:	120a8a63          	beqz	s5,109c0 <__d_vfprintf+0x288>
   10890:	47b2                	lw	a5,12(sp)
   10892:	d23e                	sw	a5,36(sp)
   10894:	040df793          	and	a5,s11,64
   10898:	ef81                	bnez	a5,108b0 <__d_vfprintf+0x178>
   1089a:	4522                	lw	a0,8(sp)
   1089c:	865a                	mv	a2,s6
   1089e:	104c                	add	a1,sp,36
   108a0:	3321                	jal	105a8 <skip_to_arg>
   108a2:	5792                	lw	a5,36(sp)
   108a4:	00478693          	add	a3,a5,4
   108a8:	0007ab03          	lw	s6,0(a5)
   108ac:	d236                	sw	a3,36(sp)
   108ae:	b781                	j	107ee <__d_vfprintf+0xb6>
   108b0:	4522                	lw	a0,8(sp)
   108b2:	866a                	mv	a2,s10
   108b4:	104c                	add	a1,sp,36
   108b6:	39cd                	jal	105a8 <skip_to_arg>
   108b8:	5792                	lw	a5,36(sp)
   108ba:	00478693          	add	a3,a5,4
   108be:	0007ad03          	lw	s10,0(a5)
   108c2:	d236                	sw	a3,36(sp)
   108c4:	b72d                	j	107ee <__d_vfprintf+0xb6>
   108c6:	0d390a63          	beq	s2,s3,1099a <__d_vfprintf+0x262>
   108ca:	0d29e363          	bltu	s3,s2,10990 <__d_vfprintf+0x258>
   108ce:	0d990e63          	beq	s2,s9,109aa <__d_vfprintf+0x272>
   108d2:	06a00793          	li	a5,106
   108d6:	0ef90263          	beq	s2,a5,109ba <__d_vfprintf+0x282>
   108da:	04c00793          	li	a5,76
   108de:	0cf90e63          	beq	s2,a5,109ba <__d_vfprintf+0x282>
   108e2:	000a8863          	beqz	s5,108f2 <__d_vfprintf+0x1ba>
   108e6:	47b2                	lw	a5,12(sp)
   108e8:	4522                	lw	a0,8(sp)
   108ea:	8656                	mv	a2,s5
   108ec:	104c                	add	a1,sp,36
   108ee:	d23e                	sw	a5,36(sp)
   108f0:	3965                	jal	105a8 <skip_to_arg>
   108f2:	000d5963          	bgez	s10,10904 <__d_vfprintf+0x1cc>
   108f6:	fbfdf813          	and	a6,s11,-65
   108fa:	01081d93          	sll	s11,a6,0x10
   108fe:	010ddd93          	srl	s11,s11,0x10
   10902:	4d01                	li	s10,0
   10904:	02096c93          	or	s9,s2,32
   10908:	f9bc8793          	add	a5,s9,-101
   1090c:	0ff7f793          	zext.b	a5,a5
   10910:	4709                	li	a4,2
   10912:	0af77d63          	bgeu	a4,a5,109cc <__d_vfprintf+0x294>
   10916:	06100793          	li	a5,97
   1091a:	68fc9f63          	bne	s9,a5,10fb8 <__d_vfprintf+0x880>
   1091e:	5792                	lw	a5,36(sp)
   10920:	6a89                	lui	s5,0x2
   10922:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10926:	079d                	add	a5,a5,7
   10928:	9be1                	and	a5,a5,-8
   1092a:	0047ab83          	lw	s7,4(a5)
   1092e:	0007a883          	lw	a7,0(a5)
   10932:	00878713          	add	a4,a5,8
   10936:	414bd993          	sra	s3,s7,0x14
   1093a:	00cb9c13          	sll	s8,s7,0xc
   1093e:	7ff9f993          	and	s3,s3,2047
   10942:	00cc5c93          	srl	s9,s8,0xc
   10946:	015deab3          	or	s5,s11,s5
   1094a:	0119e533          	or	a0,s3,a7
   1094e:	fff94913          	not	s2,s2
   10952:	0ac2                	sll	s5,s5,0x10
   10954:	d23a                	sw	a4,36(sp)
   10956:	019567b3          	or	a5,a0,s9
   1095a:	02097913          	and	s2,s2,32
   1095e:	010ada93          	srl	s5,s5,0x10
   10962:	86c6                	mv	a3,a7
   10964:	8c66                	mv	s8,s9
   10966:	040df813          	and	a6,s11,64
   1096a:	01fbdb93          	srl	s7,s7,0x1f
   1096e:	ebdd                	bnez	a5,10a24 <__d_vfprintf+0x2ec>
   10970:	03000793          	li	a5,48
   10974:	0ffbfb93          	zext.b	s7,s7
   10978:	02f106a3          	sb	a5,45(sp)
   1097c:	03710623          	sb	s7,44(sp)
   10980:	24080d63          	beqz	a6,10bda <__d_vfprintf+0x4a2>
   10984:	47b1                	li	a5,12
   10986:	4981                	li	s3,0
   10988:	0da7d263          	bge	a5,s10,10a4c <__d_vfprintf+0x314>
   1098c:	4d35                	li	s10,13
   1098e:	aa85                	j	10afe <__d_vfprintf+0x3c6>
   10990:	e5790fe3          	beq	s2,s7,107ee <__d_vfprintf+0xb6>
   10994:	e5890de3          	beq	s2,s8,107ee <__d_vfprintf+0xb6>
   10998:	b7a9                	j	108e2 <__d_vfprintf+0x1aa>
   1099a:	080df793          	and	a5,s11,128
   1099e:	c399                	beqz	a5,109a4 <__d_vfprintf+0x26c>
   109a0:	200ded93          	or	s11,s11,512
   109a4:	080ded93          	or	s11,s11,128
   109a8:	b599                	j	107ee <__d_vfprintf+0xb6>
   109aa:	100df793          	and	a5,s11,256
   109ae:	c399                	beqz	a5,109b4 <__d_vfprintf+0x27c>
   109b0:	200ded93          	or	s11,s11,512
   109b4:	100ded93          	or	s11,s11,256
   109b8:	bd1d                	j	107ee <__d_vfprintf+0xb6>
   109ba:	280ded93          	or	s11,s11,640
   109be:	bd05                	j	107ee <__d_vfprintf+0xb6>
   109c0:	875a                	mv	a4,s6
   109c2:	4d01                	li	s10,0
   109c4:	4b01                	li	s6,0
   109c6:	8aba                	mv	s5,a4
   109c8:	4d81                	li	s11,0
   109ca:	b515                	j	107ee <__d_vfprintf+0xb6>
   109cc:	5792                	lw	a5,36(sp)
   109ce:	fff94913          	not	s2,s2
   109d2:	02097913          	and	s2,s2,32
   109d6:	079d                	add	a5,a5,7
   109d8:	9be1                	and	a5,a5,-8
   109da:	00878713          	add	a4,a5,8
   109de:	4388                	lw	a0,0(a5)
   109e0:	43cc                	lw	a1,4(a5)
   109e2:	d23a                	sw	a4,36(sp)
   109e4:	040df793          	and	a5,s11,64
   109e8:	20078d63          	beqz	a5,10c02 <__d_vfprintf+0x4ca>
   109ec:	06500793          	li	a5,101
   109f0:	20fc9b63          	bne	s9,a5,10c06 <__d_vfprintf+0x4ce>
   109f4:	6785                	lui	a5,0x1
   109f6:	001d0613          	add	a2,s10,1
   109fa:	00fdedb3          	or	s11,s11,a5
   109fe:	0ff67613          	zext.b	a2,a2
   10a02:	4701                	li	a4,0
   10a04:	4781                	li	a5,0
   10a06:	4345                	li	t1,17
   10a08:	0ff67693          	zext.b	a3,a2
   10a0c:	00c37363          	bgeu	t1,a2,10a12 <__d_vfprintf+0x2da>
   10a10:	46c5                	li	a3,17
   10a12:	1030                	add	a2,sp,40
   10a14:	30d000ef          	jal	11520 <__dtoa_engine>
   10a18:	0ff57b93          	zext.b	s7,a0
   10a1c:	59a2                	lw	s3,40(sp)
   10a1e:	8aee                	mv	s5,s11
   10a20:	4c09                	li	s8,2
   10a22:	aa01                	j	10b32 <__d_vfprintf+0x3fa>
   10a24:	03100793          	li	a5,49
   10a28:	00099563          	bnez	s3,10a32 <__d_vfprintf+0x2fa>
   10a2c:	03000793          	li	a5,48
   10a30:	4985                	li	s3,1
   10a32:	0ffbfb93          	zext.b	s7,s7
   10a36:	02f106a3          	sb	a5,45(sp)
   10a3a:	03710623          	sb	s7,44(sp)
   10a3e:	c0198993          	add	s3,s3,-1023
   10a42:	18080363          	beqz	a6,10bc8 <__d_vfprintf+0x490>
   10a46:	47b1                	li	a5,12
   10a48:	19a7c263          	blt	a5,s10,10bcc <__d_vfprintf+0x494>
   10a4c:	4335                	li	t1,13
   10a4e:	41a30333          	sub	t1,t1,s10
   10a52:	00231d93          	sll	s11,t1,0x2
   10a56:	fffd8613          	add	a2,s11,-1
   10a5a:	4505                	li	a0,1
   10a5c:	4581                	li	a1,0
   10a5e:	ca46                	sw	a7,20(sp)
   10a60:	c836                	sw	a3,16(sp)
   10a62:	2ca010ef          	jal	11d2c <__ashldi3>
   10a66:	84aa                	mv	s1,a0
   10a68:	872e                	mv	a4,a1
   10a6a:	00171793          	sll	a5,a4,0x1
   10a6e:	85aa                	mv	a1,a0
   10a70:	01f4d513          	srl	a0,s1,0x1f
   10a74:	00149e13          	sll	t3,s1,0x1
   10a78:	8fc9                	or	a5,a5,a0
   10a7a:	40f00c33          	neg	s8,a5
   10a7e:	01c03533          	snez	a0,t3
   10a82:	48d2                	lw	a7,20(sp)
   10a84:	41c00833          	neg	a6,t3
   10a88:	40ac0c33          	sub	s8,s8,a0
   10a8c:	fffe0513          	add	a0,t3,-1
   10a90:	001e3e13          	seqz	t3,t3
   10a94:	41c787b3          	sub	a5,a5,t3
   10a98:	0197f7b3          	and	a5,a5,s9
   10a9c:	01157533          	and	a0,a0,a7
   10aa0:	02f74663          	blt	a4,a5,10acc <__d_vfprintf+0x394>
   10aa4:	46c2                	lw	a3,16(sp)
   10aa6:	00e79463          	bne	a5,a4,10aae <__d_vfprintf+0x376>
   10aaa:	02a5e163          	bltu	a1,a0,10acc <__d_vfprintf+0x394>
   10aae:	8546                	mv	a0,a7
   10ab0:	866e                	mv	a2,s11
   10ab2:	85e6                	mv	a1,s9
   10ab4:	ce3a                	sw	a4,28(sp)
   10ab6:	cc42                	sw	a6,24(sp)
   10ab8:	ca36                	sw	a3,20(sp)
   10aba:	c846                	sw	a7,16(sp)
   10abc:	298010ef          	jal	11d54 <__ashrdi3>
   10ac0:	8905                	and	a0,a0,1
   10ac2:	48c2                	lw	a7,16(sp)
   10ac4:	46d2                	lw	a3,20(sp)
   10ac6:	4862                	lw	a6,24(sp)
   10ac8:	4772                	lw	a4,28(sp)
   10aca:	c94d                	beqz	a0,10b7c <__d_vfprintf+0x444>
   10acc:	00988533          	add	a0,a7,s1
   10ad0:	01153db3          	sltu	s11,a0,a7
   10ad4:	9766                	add	a4,a4,s9
   10ad6:	00ed8cb3          	add	s9,s11,a4
   10ada:	001007b7          	lui	a5,0x100
   10ade:	86aa                	mv	a3,a0
   10ae0:	08fcce63          	blt	s9,a5,10b7c <__d_vfprintf+0x444>
   10ae4:	02d14783          	lbu	a5,45(sp)
   10ae8:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   10aea:	02f106a3          	sb	a5,45(sp)
   10aee:	40000793          	li	a5,1024
   10af2:	0af98163          	beq	s3,a5,10b94 <__d_vfprintf+0x45c>
   10af6:	00a87533          	and	a0,a6,a0
   10afa:	019c7c33          	and	s8,s8,s9
   10afe:	05700613          	li	a2,87
   10b02:	1034                	add	a3,sp,40
   10b04:	4735                	li	a4,13
   10b06:	45a5                	li	a1,9
   10b08:	41260633          	sub	a2,a2,s2
   10b0c:	01cc1813          	sll	a6,s8,0x1c
   10b10:	00f57793          	and	a5,a0,15
   10b14:	8111                	srl	a0,a0,0x4
   10b16:	00a86533          	or	a0,a6,a0
   10b1a:	404c5c13          	sra	s8,s8,0x4
   10b1e:	e7e1                	bnez	a5,10be6 <__d_vfprintf+0x4ae>
   10b20:	0ced5563          	bge	s10,a4,10bea <__d_vfprintf+0x4b2>
   10b24:	177d                	add	a4,a4,-1
   10b26:	16fd                	add	a3,a3,-1
   10b28:	f375                	bnez	a4,10b0c <__d_vfprintf+0x3d4>
   10b2a:	4c05                	li	s8,1
   10b2c:	4bb9                	li	s7,14
   10b2e:	07000c93          	li	s9,112
   10b32:	00998713          	add	a4,s3,9
   10b36:	46c9                	li	a3,18
   10b38:	87ce                	mv	a5,s3
   10b3a:	06e6e863          	bltu	a3,a4,10baa <__d_vfprintf+0x472>
   10b3e:	02c14703          	lbu	a4,44(sp)
   10b42:	00177d93          	and	s11,a4,1
   10b46:	8b31                	and	a4,a4,12
   10b48:	120d9963          	bnez	s11,10c7a <__d_vfprintf+0x542>
   10b4c:	002af793          	and	a5,s5,2
   10b50:	12079163          	bnez	a5,10c72 <__d_vfprintf+0x53a>
   10b54:	004af793          	and	a5,s5,4
   10b58:	cfe9                	beqz	a5,10c32 <__d_vfprintf+0x4fa>
   10b5a:	12071463          	bnez	a4,10c82 <__d_vfprintf+0x54a>
   10b5e:	02000713          	li	a4,32
   10b62:	678d                	lui	a5,0x3
   10b64:	00faf7b3          	and	a5,s5,a5
   10b68:	1c079163          	bnez	a5,10d2a <__d_vfprintf+0x5f2>
   10b6c:	000d1363          	bnez	s10,10b72 <__d_vfprintf+0x43a>
   10b70:	4d05                	li	s10,1
   10b72:	103c                	add	a5,sp,40
   10b74:	97de                	add	a5,a5,s7
   10b76:	03000693          	li	a3,48
   10b7a:	aa8d                	j	10cec <__d_vfprintf+0x5b4>
   10b7c:	0106f6b3          	and	a3,a3,a6
   10b80:	018cfcb3          	and	s9,s9,s8
   10b84:	40000793          	li	a5,1024
   10b88:	04f99c63          	bne	s3,a5,10be0 <__d_vfprintf+0x4a8>
   10b8c:	0196ecb3          	or	s9,a3,s9
   10b90:	040c8063          	beqz	s9,10bd0 <__d_vfprintf+0x498>
   10b94:	008beb93          	or	s7,s7,8
   10b98:	03710623          	sb	s7,44(sp)
   10b9c:	40000993          	li	s3,1024
   10ba0:	4bb9                	li	s7,14
   10ba2:	07000c93          	li	s9,112
   10ba6:	40000793          	li	a5,1024
   10baa:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   10bae:	0c600693          	li	a3,198
   10bb2:	4c09                	li	s8,2
   10bb4:	f8e6f5e3          	bgeu	a3,a4,10b3e <__d_vfprintf+0x406>
   10bb8:	3e778793          	add	a5,a5,999
   10bbc:	7ce00c13          	li	s8,1998
   10bc0:	00fc3c33          	sltu	s8,s8,a5
   10bc4:	0c0d                	add	s8,s8,3
   10bc6:	bfa5                	j	10b3e <__d_vfprintf+0x406>
   10bc8:	4d01                	li	s10,0
   10bca:	bf6d                	j	10b84 <__d_vfprintf+0x44c>
   10bcc:	4d35                	li	s10,13
   10bce:	bf5d                	j	10b84 <__d_vfprintf+0x44c>
   10bd0:	004beb93          	or	s7,s7,4
   10bd4:	03710623          	sb	s7,44(sp)
   10bd8:	b7e1                	j	10ba0 <__d_vfprintf+0x468>
   10bda:	4981                	li	s3,0
   10bdc:	4d01                	li	s10,0
   10bde:	b705                	j	10afe <__d_vfprintf+0x3c6>
   10be0:	8536                	mv	a0,a3
   10be2:	8c66                	mv	s8,s9
   10be4:	bf29                	j	10afe <__d_vfprintf+0x3c6>
   10be6:	00f5ea63          	bltu	a1,a5,10bfa <__d_vfprintf+0x4c2>
   10bea:	03078793          	add	a5,a5,48
   10bee:	00f68923          	sb	a5,18(a3)
   10bf2:	f2ed59e3          	bge	s10,a4,10b24 <__d_vfprintf+0x3ec>
   10bf6:	8d3a                	mv	s10,a4
   10bf8:	b735                	j	10b24 <__d_vfprintf+0x3ec>
   10bfa:	97b2                	add	a5,a5,a2
   10bfc:	0ff7f793          	zext.b	a5,a5
   10c00:	b7fd                	j	10bee <__d_vfprintf+0x4b6>
   10c02:	4d19                	li	s10,6
   10c04:	b3e5                	j	109ec <__d_vfprintf+0x2b4>
   10c06:	06600793          	li	a5,102
   10c0a:	00fc9963          	bne	s9,a5,10c1c <__d_vfprintf+0x4e4>
   10c0e:	6789                	lui	a5,0x2
   10c10:	00fdedb3          	or	s11,s11,a5
   10c14:	4705                	li	a4,1
   10c16:	87ea                	mv	a5,s10
   10c18:	4645                	li	a2,17
   10c1a:	b3f5                	j	10a06 <__d_vfprintf+0x2ce>
   10c1c:	0ffd7793          	zext.b	a5,s10
   10c20:	0ffd7613          	zext.b	a2,s10
   10c24:	e391                	bnez	a5,10c28 <__d_vfprintf+0x4f0>
   10c26:	4605                	li	a2,1
   10c28:	4701                	li	a4,0
   10c2a:	4781                	li	a5,0
   10c2c:	06500c93          	li	s9,101
   10c30:	bbd9                	j	10a06 <__d_vfprintf+0x2ce>
   10c32:	db05                	beqz	a4,10b62 <__d_vfprintf+0x42a>
   10c34:	478d                	li	a5,3
   10c36:	0967d063          	bge	a5,s6,10cb6 <__d_vfprintf+0x57e>
   10c3a:	008afa93          	and	s5,s5,8
   10c3e:	ffdb0493          	add	s1,s6,-3
   10c42:	000a9f63          	bnez	s5,10c60 <__d_vfprintf+0x528>
   10c46:	94a2                	add	s1,s1,s0
   10c48:	4582                	lw	a1,0(sp)
   10c4a:	02000513          	li	a0,32
   10c4e:	0405                	add	s0,s0,1
   10c50:	9a02                	jalr	s4
   10c52:	b20542e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10c56:	fe8499e3          	bne	s1,s0,10c48 <__d_vfprintf+0x510>
   10c5a:	4481                	li	s1,0
   10c5c:	020d9e63          	bnez	s11,10c98 <__d_vfprintf+0x560>
   10c60:	02c14783          	lbu	a5,44(sp)
   10c64:	8ba1                	and	a5,a5,8
   10c66:	efa5                	bnez	a5,10cde <__d_vfprintf+0x5a6>
   10c68:	69cd                	lui	s3,0x13
   10c6a:	10098993          	add	s3,s3,256 # 13100 <CSWTCH.24+0x28>
   10c6e:	8c22                	mv	s8,s0
   10c70:	a8b1                	j	10ccc <__d_vfprintf+0x594>
   10c72:	eb15                	bnez	a4,10ca6 <__d_vfprintf+0x56e>
   10c74:	02b00713          	li	a4,43
   10c78:	b5ed                	j	10b62 <__d_vfprintf+0x42a>
   10c7a:	eb0d                	bnez	a4,10cac <__d_vfprintf+0x574>
   10c7c:	02d00713          	li	a4,45
   10c80:	b5cd                	j	10b62 <__d_vfprintf+0x42a>
   10c82:	02000d93          	li	s11,32
   10c86:	4791                	li	a5,4
   10c88:	0367d563          	bge	a5,s6,10cb2 <__d_vfprintf+0x57a>
   10c8c:	008afa93          	and	s5,s5,8
   10c90:	ffcb0493          	add	s1,s6,-4
   10c94:	fa0a89e3          	beqz	s5,10c46 <__d_vfprintf+0x50e>
   10c98:	4582                	lw	a1,0(sp)
   10c9a:	856e                	mv	a0,s11
   10c9c:	0405                	add	s0,s0,1
   10c9e:	9a02                	jalr	s4
   10ca0:	fc0550e3          	bgez	a0,10c60 <__d_vfprintf+0x528>
   10ca4:	bcc9                	j	10776 <__d_vfprintf+0x3e>
   10ca6:	02b00d93          	li	s11,43
   10caa:	bff1                	j	10c86 <__d_vfprintf+0x54e>
   10cac:	02d00d93          	li	s11,45
   10cb0:	bfd9                	j	10c86 <__d_vfprintf+0x54e>
   10cb2:	4481                	li	s1,0
   10cb4:	b7d5                	j	10c98 <__d_vfprintf+0x560>
   10cb6:	4481                	li	s1,0
   10cb8:	b765                	j	10c60 <__d_vfprintf+0x528>
   10cba:	4582                	lw	a1,0(sp)
   10cbc:	41250533          	sub	a0,a0,s2
   10cc0:	0ff57513          	zext.b	a0,a0
   10cc4:	0c05                	add	s8,s8,1
   10cc6:	9a02                	jalr	s4
   10cc8:	aa0547e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10ccc:	408c07b3          	sub	a5,s8,s0
   10cd0:	97ce                	add	a5,a5,s3
   10cd2:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10cd6:	f175                	bnez	a0,10cba <__d_vfprintf+0x582>
   10cd8:	8462                	mv	s0,s8
   10cda:	94e2                	add	s1,s1,s8
   10cdc:	ad39                	j	112fa <__d_vfprintf+0xbc2>
   10cde:	69cd                	lui	s3,0x13
   10ce0:	10498993          	add	s3,s3,260 # 13104 <CSWTCH.24+0x2c>
   10ce4:	b769                	j	10c6e <__d_vfprintf+0x536>
   10ce6:	1bfd                	add	s7,s7,-1
   10ce8:	0ffbfb93          	zext.b	s7,s7
   10cec:	000b8763          	beqz	s7,10cfa <__d_vfprintf+0x5c2>
   10cf0:	0047c603          	lbu	a2,4(a5)
   10cf4:	17fd                	add	a5,a5,-1
   10cf6:	fed608e3          	beq	a2,a3,10ce6 <__d_vfprintf+0x5ae>
   10cfa:	010af693          	and	a3,s5,16
   10cfe:	87ea                	mv	a5,s10
   10d00:	e291                	bnez	a3,10d04 <__d_vfprintf+0x5cc>
   10d02:	87de                	mv	a5,s7
   10d04:	56f1                	li	a3,-4
   10d06:	0ed9cc63          	blt	s3,a3,10dfe <__d_vfprintf+0x6c6>
   10d0a:	0fa9da63          	bge	s3,s10,10dfe <__d_vfprintf+0x6c6>
   10d0e:	6689                	lui	a3,0x2
   10d10:	00dae6b3          	or	a3,s5,a3
   10d14:	01069a93          	sll	s5,a3,0x10
   10d18:	010ada93          	srl	s5,s5,0x10
   10d1c:	4d01                	li	s10,0
   10d1e:	00f9d663          	bge	s3,a5,10d2a <__d_vfprintf+0x5f2>
   10d22:	00198893          	add	a7,s3,1
   10d26:	41178d33          	sub	s10,a5,a7
   10d2a:	6d89                	lui	s11,0x2
   10d2c:	01bafdb3          	and	s11,s5,s11
   10d30:	0c0d8a63          	beqz	s11,10e04 <__d_vfprintf+0x6cc>
   10d34:	87ce                	mv	a5,s3
   10d36:	0009d363          	bgez	s3,10d3c <__d_vfprintf+0x604>
   10d3a:	4781                	li	a5,0
   10d3c:	0785                	add	a5,a5,1
   10d3e:	c311                	beqz	a4,10d42 <__d_vfprintf+0x60a>
   10d40:	0785                	add	a5,a5,1
   10d42:	0c0d0963          	beqz	s10,10e14 <__d_vfprintf+0x6dc>
   10d46:	001d0693          	add	a3,s10,1
   10d4a:	97b6                	add	a5,a5,a3
   10d4c:	4481                	li	s1,0
   10d4e:	0167d463          	bge	a5,s6,10d56 <__d_vfprintf+0x61e>
   10d52:	40fb04b3          	sub	s1,s6,a5
   10d56:	009af793          	and	a5,s5,9
   10d5a:	e789                	bnez	a5,10d64 <__d_vfprintf+0x62c>
   10d5c:	94a2                	add	s1,s1,s0
   10d5e:	0c849063          	bne	s1,s0,10e1e <__d_vfprintf+0x6e6>
   10d62:	4481                	li	s1,0
   10d64:	c719                	beqz	a4,10d72 <__d_vfprintf+0x63a>
   10d66:	4582                	lw	a1,0(sp)
   10d68:	853a                	mv	a0,a4
   10d6a:	0405                	add	s0,s0,1
   10d6c:	9a02                	jalr	s4
   10d6e:	a00544e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10d72:	00bad793          	srl	a5,s5,0xb
   10d76:	8b85                	and	a5,a5,1
   10d78:	c395                	beqz	a5,10d9c <__d_vfprintf+0x664>
   10d7a:	4582                	lw	a1,0(sp)
   10d7c:	03000513          	li	a0,48
   10d80:	9a02                	jalr	s4
   10d82:	9e054ae3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10d86:	07800513          	li	a0,120
   10d8a:	4582                	lw	a1,0(sp)
   10d8c:	41250533          	sub	a0,a0,s2
   10d90:	0f857513          	and	a0,a0,248
   10d94:	0409                	add	s0,s0,2
   10d96:	9a02                	jalr	s4
   10d98:	9c054fe3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10d9c:	008af793          	and	a5,s5,8
   10da0:	e791                	bnez	a5,10dac <__d_vfprintf+0x674>
   10da2:	8b22                	mv	s6,s0
   10da4:	9426                	add	s0,s0,s1
   10da6:	09641663          	bne	s0,s6,10e32 <__d_vfprintf+0x6fa>
   10daa:	4481                	li	s1,0
   10dac:	0c0d8f63          	beqz	s11,10e8a <__d_vfprintf+0x752>
   10db0:	8cce                	mv	s9,s3
   10db2:	0009d363          	bgez	s3,10db8 <__d_vfprintf+0x680>
   10db6:	4c81                	li	s9,0
   10db8:	41998db3          	sub	s11,s3,s9
   10dbc:	41a00d33          	neg	s10,s10
   10dc0:	5b7d                	li	s6,-1
   10dc2:	03000513          	li	a0,48
   10dc6:	017df663          	bgeu	s11,s7,10dd2 <__d_vfprintf+0x69a>
   10dca:	103c                	add	a5,sp,40
   10dcc:	97ee                	add	a5,a5,s11
   10dce:	0057c503          	lbu	a0,5(a5)
   10dd2:	1cfd                	add	s9,s9,-1
   10dd4:	00140c13          	add	s8,s0,1
   10dd8:	07acc563          	blt	s9,s10,10e42 <__d_vfprintf+0x70a>
   10ddc:	4582                	lw	a1,0(sp)
   10dde:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   10de0:	9a02                	jalr	s4
   10de2:	98054ae3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10de6:	016c9a63          	bne	s9,s6,10dfa <__d_vfprintf+0x6c2>
   10dea:	4582                	lw	a1,0(sp)
   10dec:	02e00513          	li	a0,46
   10df0:	9a02                	jalr	s4
   10df2:	980542e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10df6:	00240c13          	add	s8,s0,2
   10dfa:	8462                	mv	s0,s8
   10dfc:	b7d9                	j	10dc2 <__d_vfprintf+0x68a>
   10dfe:	fff78d13          	add	s10,a5,-1
   10e02:	b725                	j	10d2a <__d_vfprintf+0x5f2>
   10e04:	00bad693          	srl	a3,s5,0xb
   10e08:	8a85                	and	a3,a3,1
   10e0a:	478d                	li	a5,3
   10e0c:	c291                	beqz	a3,10e10 <__d_vfprintf+0x6d8>
   10e0e:	4795                	li	a5,5
   10e10:	97e2                	add	a5,a5,s8
   10e12:	b735                	j	10d3e <__d_vfprintf+0x606>
   10e14:	010af693          	and	a3,s5,16
   10e18:	da95                	beqz	a3,10d4c <__d_vfprintf+0x614>
   10e1a:	0785                	add	a5,a5,1
   10e1c:	bf05                	j	10d4c <__d_vfprintf+0x614>
   10e1e:	4582                	lw	a1,0(sp)
   10e20:	02000513          	li	a0,32
   10e24:	c83a                	sw	a4,16(sp)
   10e26:	9a02                	jalr	s4
   10e28:	4742                	lw	a4,16(sp)
   10e2a:	0405                	add	s0,s0,1
   10e2c:	f20559e3          	bgez	a0,10d5e <__d_vfprintf+0x626>
   10e30:	b299                	j	10776 <__d_vfprintf+0x3e>
   10e32:	4582                	lw	a1,0(sp)
   10e34:	03000513          	li	a0,48
   10e38:	0b05                	add	s6,s6,1
   10e3a:	9a02                	jalr	s4
   10e3c:	f60555e3          	bgez	a0,10da6 <__d_vfprintf+0x66e>
   10e40:	ba1d                	j	10776 <__d_vfprintf+0x3e>
   10e42:	033c9063          	bne	s9,s3,10e62 <__d_vfprintf+0x72a>
   10e46:	02d14703          	lbu	a4,45(sp)
   10e4a:	03500793          	li	a5,53
   10e4e:	00e7e863          	bltu	a5,a4,10e5e <__d_vfprintf+0x726>
   10e52:	00f71863          	bne	a4,a5,10e62 <__d_vfprintf+0x72a>
   10e56:	02c14783          	lbu	a5,44(sp)
   10e5a:	8bc1                	and	a5,a5,16
   10e5c:	e399                	bnez	a5,10e62 <__d_vfprintf+0x72a>
   10e5e:	03100513          	li	a0,49
   10e62:	4582                	lw	a1,0(sp)
   10e64:	9a02                	jalr	s4
   10e66:	900548e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10e6a:	010afa93          	and	s5,s5,16
   10e6e:	e60a85e3          	beqz	s5,10cd8 <__d_vfprintf+0x5a0>
   10e72:	57fd                	li	a5,-1
   10e74:	e6fc92e3          	bne	s9,a5,10cd8 <__d_vfprintf+0x5a0>
   10e78:	4582                	lw	a1,0(sp)
   10e7a:	00240c13          	add	s8,s0,2
   10e7e:	02e00513          	li	a0,46
   10e82:	9a02                	jalr	s4
   10e84:	e4055ae3          	bgez	a0,10cd8 <__d_vfprintf+0x5a0>
   10e88:	b0fd                	j	10776 <__d_vfprintf+0x3e>
   10e8a:	02d14503          	lbu	a0,45(sp)
   10e8e:	03100793          	li	a5,49
   10e92:	00f50763          	beq	a0,a5,10ea0 <__d_vfprintf+0x768>
   10e96:	02c14783          	lbu	a5,44(sp)
   10e9a:	9bbd                	and	a5,a5,-17
   10e9c:	02f10623          	sb	a5,44(sp)
   10ea0:	4582                	lw	a1,0(sp)
   10ea2:	9a02                	jalr	s4
   10ea4:	8c0549e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10ea8:	0da05a63          	blez	s10,10f7c <__d_vfprintf+0x844>
   10eac:	4582                	lw	a1,0(sp)
   10eae:	02e00513          	li	a0,46
   10eb2:	0409                	add	s0,s0,2
   10eb4:	9a02                	jalr	s4
   10eb6:	8c0540e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10eba:	4a85                	li	s5,1
   10ebc:	4785                	li	a5,1
   10ebe:	0405                	add	s0,s0,1
   10ec0:	03000513          	li	a0,48
   10ec4:	017af863          	bgeu	s5,s7,10ed4 <__d_vfprintf+0x79c>
   10ec8:	02078793          	add	a5,a5,32
   10ecc:	1018                	add	a4,sp,32
   10ece:	97ba                	add	a5,a5,a4
   10ed0:	fed7c503          	lbu	a0,-19(a5)
   10ed4:	4582                	lw	a1,0(sp)
   10ed6:	9a02                	jalr	s4
   10ed8:	88054fe3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10edc:	0a85                	add	s5,s5,1
   10ede:	0ffafa93          	zext.b	s5,s5
   10ee2:	87d6                	mv	a5,s5
   10ee4:	fd5d5de3          	bge	s10,s5,10ebe <__d_vfprintf+0x786>
   10ee8:	4582                	lw	a1,0(sp)
   10eea:	412c8533          	sub	a0,s9,s2
   10eee:	0ff57513          	zext.b	a0,a0
   10ef2:	9a02                	jalr	s4
   10ef4:	880541e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10ef8:	0009ca63          	bltz	s3,10f0c <__d_vfprintf+0x7d4>
   10efc:	02b00513          	li	a0,43
   10f00:	00099a63          	bnez	s3,10f14 <__d_vfprintf+0x7dc>
   10f04:	02c14783          	lbu	a5,44(sp)
   10f08:	8bc1                	and	a5,a5,16
   10f0a:	c789                	beqz	a5,10f14 <__d_vfprintf+0x7dc>
   10f0c:	413009b3          	neg	s3,s3
   10f10:	02d00513          	li	a0,45
   10f14:	4582                	lw	a1,0(sp)
   10f16:	9a02                	jalr	s4
   10f18:	84054fe3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10f1c:	4791                	li	a5,4
   10f1e:	06fc1e63          	bne	s8,a5,10f9a <__d_vfprintf+0x862>
   10f22:	3e800913          	li	s2,1000
   10f26:	0329c533          	div	a0,s3,s2
   10f2a:	4582                	lw	a1,0(sp)
   10f2c:	040d                	add	s0,s0,3
   10f2e:	03050513          	add	a0,a0,48
   10f32:	0ff57513          	zext.b	a0,a0
   10f36:	9a02                	jalr	s4
   10f38:	82054fe3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10f3c:	0329e9b3          	rem	s3,s3,s2
   10f40:	06400913          	li	s2,100
   10f44:	4582                	lw	a1,0(sp)
   10f46:	0405                	add	s0,s0,1
   10f48:	0329c533          	div	a0,s3,s2
   10f4c:	03050513          	add	a0,a0,48
   10f50:	0ff57513          	zext.b	a0,a0
   10f54:	9a02                	jalr	s4
   10f56:	820540e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10f5a:	0329e9b3          	rem	s3,s3,s2
   10f5e:	4929                	li	s2,10
   10f60:	4582                	lw	a1,0(sp)
   10f62:	0405                	add	s0,s0,1
   10f64:	0329c533          	div	a0,s3,s2
   10f68:	03050513          	add	a0,a0,48
   10f6c:	0ff57513          	zext.b	a0,a0
   10f70:	9a02                	jalr	s4
   10f72:	800542e3          	bltz	a0,10776 <__d_vfprintf+0x3e>
   10f76:	0329e9b3          	rem	s3,s3,s2
   10f7a:	a03d                	j	10fa8 <__d_vfprintf+0x870>
   10f7c:	010afa93          	and	s5,s5,16
   10f80:	000a9463          	bnez	s5,10f88 <__d_vfprintf+0x850>
   10f84:	0405                	add	s0,s0,1
   10f86:	b78d                	j	10ee8 <__d_vfprintf+0x7b0>
   10f88:	4582                	lw	a1,0(sp)
   10f8a:	02e00513          	li	a0,46
   10f8e:	0409                	add	s0,s0,2
   10f90:	9a02                	jalr	s4
   10f92:	f4055be3          	bgez	a0,10ee8 <__d_vfprintf+0x7b0>
   10f96:	fe0ff06f          	j	10776 <__d_vfprintf+0x3e>
   10f9a:	478d                	li	a5,3
   10f9c:	0409                	add	s0,s0,2
   10f9e:	fafc01e3          	beq	s8,a5,10f40 <__d_vfprintf+0x808>
   10fa2:	4785                	li	a5,1
   10fa4:	fafc1de3          	bne	s8,a5,10f5e <__d_vfprintf+0x826>
   10fa8:	03098513          	add	a0,s3,48
   10fac:	4582                	lw	a1,0(sp)
   10fae:	00140c13          	add	s8,s0,1
   10fb2:	0ff57513          	zext.b	a0,a0
   10fb6:	b5f1                	j	10e82 <__d_vfprintf+0x74a>
   10fb8:	f9d90793          	add	a5,s2,-99
   10fbc:	0ff7f793          	zext.b	a5,a5
   10fc0:	4749                	li	a4,18
   10fc2:	1ef76d63          	bltu	a4,a5,111bc <__d_vfprintf+0xa84>
   10fc6:	674d                	lui	a4,0x13
   10fc8:	078a                	sll	a5,a5,0x2
   10fca:	15470713          	add	a4,a4,340 # 13154 <CSWTCH.24+0x7c>
   10fce:	97ba                	add	a5,a5,a4
   10fd0:	439c                	lw	a5,0(a5)
   10fd2:	8782                	jr	a5
   10fd4:	5792                	lw	a5,36(sp)
   10fd6:	4485                	li	s1,1
   10fd8:	02810993          	add	s3,sp,40
   10fdc:	00478713          	add	a4,a5,4
   10fe0:	439c                	lw	a5,0(a5)
   10fe2:	d23a                	sw	a4,36(sp)
   10fe4:	02f10423          	sb	a5,40(sp)
   10fe8:	008df813          	and	a6,s11,8
   10fec:	04080d63          	beqz	a6,11046 <__d_vfprintf+0x90e>
   10ff0:	4901                	li	s2,0
   10ff2:	05249c63          	bne	s1,s2,1104a <__d_vfprintf+0x912>
   10ff6:	00940c33          	add	s8,s0,s1
   10ffa:	409b04b3          	sub	s1,s6,s1
   10ffe:	b9e9                	j	10cd8 <__d_vfprintf+0x5a0>
   11000:	5792                	lw	a5,36(sp)
   11002:	00478713          	add	a4,a5,4
   11006:	d23a                	sw	a4,36(sp)
   11008:	0007a983          	lw	s3,0(a5)
   1100c:	00099563          	bnez	s3,11016 <__d_vfprintf+0x8de>
   11010:	69cd                	lui	s3,0x13
   11012:	10898993          	add	s3,s3,264 # 13108 <CSWTCH.24+0x30>
   11016:	040df793          	and	a5,s11,64
   1101a:	55fd                	li	a1,-1
   1101c:	c391                	beqz	a5,11020 <__d_vfprintf+0x8e8>
   1101e:	85ea                	mv	a1,s10
   11020:	854e                	mv	a0,s3
   11022:	4b7000ef          	jal	11cd8 <strnlen>
   11026:	84aa                	mv	s1,a0
   11028:	b7c1                	j	10fe8 <__d_vfprintf+0x8b0>
   1102a:	4582                	lw	a1,0(sp)
   1102c:	02000513          	li	a0,32
   11030:	9a02                	jalr	s4
   11032:	f4054263          	bltz	a0,10776 <__d_vfprintf+0x3e>
   11036:	197d                	add	s2,s2,-1
   11038:	ff24e9e3          	bltu	s1,s2,1102a <__d_vfprintf+0x8f2>
   1103c:	945a                	add	s0,s0,s6
   1103e:	41240433          	sub	s0,s0,s2
   11042:	8b4a                	mv	s6,s2
   11044:	b775                	j	10ff0 <__d_vfprintf+0x8b8>
   11046:	895a                	mv	s2,s6
   11048:	bfc5                	j	11038 <__d_vfprintf+0x900>
   1104a:	012987b3          	add	a5,s3,s2
   1104e:	4582                	lw	a1,0(sp)
   11050:	0007c503          	lbu	a0,0(a5)
   11054:	0905                	add	s2,s2,1
   11056:	9a02                	jalr	s4
   11058:	f8055de3          	bgez	a0,10ff2 <__d_vfprintf+0x8ba>
   1105c:	f1aff06f          	j	10776 <__d_vfprintf+0x3e>
   11060:	080df713          	and	a4,s11,128
   11064:	5792                	lw	a5,36(sp)
   11066:	cf49                	beqz	a4,11100 <__d_vfprintf+0x9c8>
   11068:	200df713          	and	a4,s11,512
   1106c:	c359                	beqz	a4,110f2 <__d_vfprintf+0x9ba>
   1106e:	079d                	add	a5,a5,7
   11070:	9be1                	and	a5,a5,-8
   11072:	4388                	lw	a0,0(a5)
   11074:	43cc                	lw	a1,4(a5)
   11076:	00878713          	add	a4,a5,8
   1107a:	d23a                	sw	a4,36(sp)
   1107c:	fefdf993          	and	s3,s11,-17
   11080:	09c2                	sll	s3,s3,0x10
   11082:	0109d993          	srl	s3,s3,0x10
   11086:	0805dd63          	bgez	a1,11120 <__d_vfprintf+0x9e8>
   1108a:	00a037b3          	snez	a5,a0
   1108e:	40b005b3          	neg	a1,a1
   11092:	8d9d                	sub	a1,a1,a5
   11094:	40a00533          	neg	a0,a0
   11098:	4009e993          	or	s3,s3,1024
   1109c:	02810a93          	add	s5,sp,40
   110a0:	46a9                	li	a3,10
   110a2:	8656                	mv	a2,s5
   110a4:	c98ff0ef          	jal	1053c <__ultoa_invert>
   110a8:	0409f793          	and	a5,s3,64
   110ac:	41550ab3          	sub	s5,a0,s5
   110b0:	c7f5                	beqz	a5,1119c <__d_vfprintf+0xa64>
   110b2:	ffe9f793          	and	a5,s3,-2
   110b6:	07c2                	sll	a5,a5,0x10
   110b8:	83c1                	srl	a5,a5,0x10
   110ba:	19aad563          	bge	s5,s10,11244 <__d_vfprintf+0xb0c>
   110be:	16090c63          	beqz	s2,11236 <__d_vfprintf+0xafe>
   110c2:	0109fc13          	and	s8,s3,16
   110c6:	84ea                	mv	s1,s10
   110c8:	89be                	mv	s3,a5
   110ca:	060c0a63          	beqz	s8,1113e <__d_vfprintf+0xa06>
   110ce:	0489                	add	s1,s1,2
   110d0:	0089f793          	and	a5,s3,8
   110d4:	18079a63          	bnez	a5,11268 <__d_vfprintf+0xb30>
   110d8:	0019f793          	and	a5,s3,1
   110dc:	cb89                	beqz	a5,110ee <__d_vfprintf+0x9b6>
   110de:	8d56                	mv	s10,s5
   110e0:	0164d763          	bge	s1,s6,110ee <__d_vfprintf+0x9b6>
   110e4:	409b04b3          	sub	s1,s6,s1
   110e8:	01548d33          	add	s10,s1,s5
   110ec:	84da                	mv	s1,s6
   110ee:	8ba6                	mv	s7,s1
   110f0:	a2ad                	j	1125a <__d_vfprintf+0xb22>
   110f2:	4388                	lw	a0,0(a5)
   110f4:	00478713          	add	a4,a5,4
   110f8:	d23a                	sw	a4,36(sp)
   110fa:	41f55593          	sra	a1,a0,0x1f
   110fe:	bfbd                	j	1107c <__d_vfprintf+0x944>
   11100:	00478713          	add	a4,a5,4
   11104:	4388                	lw	a0,0(a5)
   11106:	d23a                	sw	a4,36(sp)
   11108:	100df793          	and	a5,s11,256
   1110c:	d7fd                	beqz	a5,110fa <__d_vfprintf+0x9c2>
   1110e:	200df793          	and	a5,s11,512
   11112:	c781                	beqz	a5,1111a <__d_vfprintf+0x9e2>
   11114:	0562                	sll	a0,a0,0x18
   11116:	8561                	sra	a0,a0,0x18
   11118:	b7cd                	j	110fa <__d_vfprintf+0x9c2>
   1111a:	0542                	sll	a0,a0,0x10
   1111c:	8541                	sra	a0,a0,0x10
   1111e:	bff1                	j	110fa <__d_vfprintf+0x9c2>
   11120:	00b567b3          	or	a5,a0,a1
   11124:	ffa5                	bnez	a5,1109c <__d_vfprintf+0x964>
   11126:	040df793          	and	a5,s11,64
   1112a:	dbad                	beqz	a5,1109c <__d_vfprintf+0x964>
   1112c:	f60d18e3          	bnez	s10,1109c <__d_vfprintf+0x964>
   11130:	feedf993          	and	s3,s11,-18
   11134:	09c2                	sll	s3,s3,0x10
   11136:	0109d993          	srl	s3,s3,0x10
   1113a:	4a81                	li	s5,0
   1113c:	4481                	li	s1,0
   1113e:	4069fc13          	and	s8,s3,1030
   11142:	f80c07e3          	beqz	s8,110d0 <__d_vfprintf+0x998>
   11146:	0485                	add	s1,s1,1
   11148:	4c01                	li	s8,0
   1114a:	b759                	j	110d0 <__d_vfprintf+0x998>
   1114c:	fefdf813          	and	a6,s11,-17
   11150:	01081d93          	sll	s11,a6,0x10
   11154:	010ddd93          	srl	s11,s11,0x10
   11158:	46a9                	li	a3,10
   1115a:	080df713          	and	a4,s11,128
   1115e:	5792                	lw	a5,36(sp)
   11160:	c355                	beqz	a4,11204 <__d_vfprintf+0xacc>
   11162:	200df713          	and	a4,s11,512
   11166:	cb49                	beqz	a4,111f8 <__d_vfprintf+0xac0>
   11168:	079d                	add	a5,a5,7
   1116a:	9be1                	and	a5,a5,-8
   1116c:	4388                	lw	a0,0(a5)
   1116e:	43cc                	lw	a1,4(a5)
   11170:	00878713          	add	a4,a5,8
   11174:	d23a                	sw	a4,36(sp)
   11176:	00b567b3          	or	a5,a0,a1
   1117a:	e7cd                	bnez	a5,11224 <__d_vfprintf+0xaec>
   1117c:	fe9df993          	and	s3,s11,-23
   11180:	09c2                	sll	s3,s3,0x10
   11182:	040df793          	and	a5,s11,64
   11186:	0109d993          	srl	s3,s3,0x10
   1118a:	c3dd                	beqz	a5,11230 <__d_vfprintf+0xaf8>
   1118c:	0a0d1263          	bnez	s10,11230 <__d_vfprintf+0xaf8>
   11190:	fe8df993          	and	s3,s11,-24
   11194:	09c2                	sll	s3,s3,0x10
   11196:	0109d993          	srl	s3,s3,0x10
   1119a:	4a81                	li	s5,0
   1119c:	0109fc13          	and	s8,s3,16
   111a0:	0a0c0463          	beqz	s8,11248 <__d_vfprintf+0xb10>
   111a4:	001a8493          	add	s1,s5,1
   111a8:	f20904e3          	beqz	s2,110d0 <__d_vfprintf+0x998>
   111ac:	84d6                	mv	s1,s5
   111ae:	b705                	j	110ce <__d_vfprintf+0x996>
   111b0:	010ded93          	or	s11,s11,16
   111b4:	46c1                	li	a3,16
   111b6:	07800913          	li	s2,120
   111ba:	b745                	j	1115a <__d_vfprintf+0xa22>
   111bc:	07800793          	li	a5,120
   111c0:	00fc9a63          	bne	s9,a5,111d4 <__d_vfprintf+0xa9c>
   111c4:	05800793          	li	a5,88
   111c8:	46c1                	li	a3,16
   111ca:	f8f918e3          	bne	s2,a5,1115a <__d_vfprintf+0xa22>
   111ce:	21000693          	li	a3,528
   111d2:	b761                	j	1115a <__d_vfprintf+0xa22>
   111d4:	4582                	lw	a1,0(sp)
   111d6:	02500513          	li	a0,37
   111da:	9a02                	jalr	s4
   111dc:	d8054d63          	bltz	a0,10776 <__d_vfprintf+0x3e>
   111e0:	4582                	lw	a1,0(sp)
   111e2:	854a                	mv	a0,s2
   111e4:	9a02                	jalr	s4
   111e6:	d8054863          	bltz	a0,10776 <__d_vfprintf+0x3e>
   111ea:	0409                	add	s0,s0,2
   111ec:	4792                	lw	a5,4(sp)
   111ee:	d68ff06f          	j	10756 <__d_vfprintf+0x1e>
   111f2:	46a1                	li	a3,8
   111f4:	4901                	li	s2,0
   111f6:	b795                	j	1115a <__d_vfprintf+0xa22>
   111f8:	4388                	lw	a0,0(a5)
   111fa:	00478713          	add	a4,a5,4
   111fe:	d23a                	sw	a4,36(sp)
   11200:	4581                	li	a1,0
   11202:	bf95                	j	11176 <__d_vfprintf+0xa3e>
   11204:	00478713          	add	a4,a5,4
   11208:	4388                	lw	a0,0(a5)
   1120a:	d23a                	sw	a4,36(sp)
   1120c:	100df793          	and	a5,s11,256
   11210:	dbe5                	beqz	a5,11200 <__d_vfprintf+0xac8>
   11212:	200df793          	and	a5,s11,512
   11216:	c781                	beqz	a5,1121e <__d_vfprintf+0xae6>
   11218:	0ff57513          	zext.b	a0,a0
   1121c:	b7d5                	j	11200 <__d_vfprintf+0xac8>
   1121e:	0542                	sll	a0,a0,0x10
   11220:	8141                	srl	a0,a0,0x10
   11222:	bff9                	j	11200 <__d_vfprintf+0xac8>
   11224:	ff9df813          	and	a6,s11,-7
   11228:	01081993          	sll	s3,a6,0x10
   1122c:	0109d993          	srl	s3,s3,0x10
   11230:	02810a93          	add	s5,sp,40
   11234:	b5bd                	j	110a2 <__d_vfprintf+0x96a>
   11236:	fee9f993          	and	s3,s3,-18
   1123a:	09c2                	sll	s3,s3,0x10
   1123c:	0109d993          	srl	s3,s3,0x10
   11240:	84ea                	mv	s1,s10
   11242:	bdf5                	j	1113e <__d_vfprintf+0xa06>
   11244:	89be                	mv	s3,a5
   11246:	bf99                	j	1119c <__d_vfprintf+0xa64>
   11248:	84d6                	mv	s1,s5
   1124a:	bdd5                	j	1113e <__d_vfprintf+0xa06>
   1124c:	4582                	lw	a1,0(sp)
   1124e:	02000513          	li	a0,32
   11252:	9a02                	jalr	s4
   11254:	d2054163          	bltz	a0,10776 <__d_vfprintf+0x3e>
   11258:	0b85                	add	s7,s7,1
   1125a:	ff6bc9e3          	blt	s7,s6,1124c <__d_vfprintf+0xb14>
   1125e:	409404b3          	sub	s1,s0,s1
   11262:	01748433          	add	s0,s1,s7
   11266:	84de                	mv	s1,s7
   11268:	020c0363          	beqz	s8,1128e <__d_vfprintf+0xb56>
   1126c:	4582                	lw	a1,0(sp)
   1126e:	03000513          	li	a0,48
   11272:	9a02                	jalr	s4
   11274:	d0054163          	bltz	a0,10776 <__d_vfprintf+0x3e>
   11278:	04090d63          	beqz	s2,112d2 <__d_vfprintf+0xb9a>
   1127c:	4582                	lw	a1,0(sp)
   1127e:	0409                	add	s0,s0,2
   11280:	854a                	mv	a0,s2
   11282:	9a02                	jalr	s4
   11284:	ce054963          	bltz	a0,10776 <__d_vfprintf+0x3e>
   11288:	8c22                	mv	s8,s0
   1128a:	9d22                	add	s10,s10,s0
   1128c:	a81d                	j	112c2 <__d_vfprintf+0xb8a>
   1128e:	4069f793          	and	a5,s3,1030
   11292:	dbfd                	beqz	a5,11288 <__d_vfprintf+0xb50>
   11294:	0029f793          	and	a5,s3,2
   11298:	02000513          	li	a0,32
   1129c:	c399                	beqz	a5,112a2 <__d_vfprintf+0xb6a>
   1129e:	02b00513          	li	a0,43
   112a2:	4009f993          	and	s3,s3,1024
   112a6:	00098463          	beqz	s3,112ae <__d_vfprintf+0xb76>
   112aa:	02d00513          	li	a0,45
   112ae:	4582                	lw	a1,0(sp)
   112b0:	0405                	add	s0,s0,1
   112b2:	bfc1                	j	11282 <__d_vfprintf+0xb4a>
   112b4:	4582                	lw	a1,0(sp)
   112b6:	03000513          	li	a0,48
   112ba:	0c05                	add	s8,s8,1
   112bc:	9a02                	jalr	s4
   112be:	ca054c63          	bltz	a0,10776 <__d_vfprintf+0x3e>
   112c2:	418d07b3          	sub	a5,s10,s8
   112c6:	fefac7e3          	blt	s5,a5,112b4 <__d_vfprintf+0xb7c>
   112ca:	8456                	mv	s0,s5
   112cc:	e409                	bnez	s0,112d6 <__d_vfprintf+0xb9e>
   112ce:	9c56                	add	s8,s8,s5
   112d0:	b32d                	j	10ffa <__d_vfprintf+0x8c2>
   112d2:	0405                	add	s0,s0,1
   112d4:	bf55                	j	11288 <__d_vfprintf+0xb50>
   112d6:	147d                	add	s0,s0,-1
   112d8:	103c                	add	a5,sp,40
   112da:	97a2                	add	a5,a5,s0
   112dc:	4582                	lw	a1,0(sp)
   112de:	0007c503          	lbu	a0,0(a5)
   112e2:	9a02                	jalr	s4
   112e4:	fe0554e3          	bgez	a0,112cc <__d_vfprintf+0xb94>
   112e8:	c8eff06f          	j	10776 <__d_vfprintf+0x3e>
   112ec:	4582                	lw	a1,0(sp)
   112ee:	02000513          	li	a0,32
   112f2:	0405                	add	s0,s0,1
   112f4:	9a02                	jalr	s4
   112f6:	c8054063          	bltz	a0,10776 <__d_vfprintf+0x3e>
   112fa:	408487b3          	sub	a5,s1,s0
   112fe:	fef047e3          	bgtz	a5,112ec <__d_vfprintf+0xbb4>
   11302:	b5ed                	j	111ec <__d_vfprintf+0xab4>

00011304 <mulShiftAll64>:
   11304:	108012ef          	jal	t0,1240c <__riscv_save_10>
   11308:	84b2                	mv	s1,a2
   1130a:	00159913          	sll	s2,a1,0x1
   1130e:	4210                	lw	a2,0(a2)
   11310:	8ab6                	mv	s5,a3
   11312:	89be                	mv	s3,a5
   11314:	40d4                	lw	a3,4(s1)
   11316:	01f55793          	srl	a5,a0,0x1f
   1131a:	1141                	add	sp,sp,-16
   1131c:	0127e933          	or	s2,a5,s2
   11320:	00151413          	sll	s0,a0,0x1
   11324:	8522                	mv	a0,s0
   11326:	85ca                	mv	a1,s2
   11328:	8bba                	mv	s7,a4
   1132a:	870a                	mv	a4,sp
   1132c:	8b42                	mv	s6,a6
   1132e:	0ed000ef          	jal	11c1a <__umul128>
   11332:	44d4                	lw	a3,12(s1)
   11334:	4490                	lw	a2,8(s1)
   11336:	0038                	add	a4,sp,8
   11338:	8caa                	mv	s9,a0
   1133a:	8c2e                	mv	s8,a1
   1133c:	8522                	mv	a0,s0
   1133e:	85ca                	mv	a1,s2
   11340:	0db000ef          	jal	11c1a <__umul128>
   11344:	4682                	lw	a3,0(sp)
   11346:	4712                	lw	a4,4(sp)
   11348:	4785                	li	a5,1
   1134a:	00d50933          	add	s2,a0,a3
   1134e:	00a93533          	sltu	a0,s2,a0
   11352:	95ba                	add	a1,a1,a4
   11354:	00b50433          	add	s0,a0,a1
   11358:	00e46763          	bltu	s0,a4,11366 <mulShiftAll64+0x62>
   1135c:	00871463          	bne	a4,s0,11364 <mulShiftAll64+0x60>
   11360:	00d96363          	bltu	s2,a3,11366 <mulShiftAll64+0x62>
   11364:	4781                	li	a5,0
   11366:	4622                	lw	a2,8(sp)
   11368:	4732                	lw	a4,12(sp)
   1136a:	963e                	add	a2,a2,a5
   1136c:	00f637b3          	sltu	a5,a2,a5
   11370:	00e786b3          	add	a3,a5,a4
   11374:	4098                	lw	a4,0(s1)
   11376:	40dc                	lw	a5,4(s1)
   11378:	c432                	sw	a2,8(sp)
   1137a:	9766                	add	a4,a4,s9
   1137c:	97e2                	add	a5,a5,s8
   1137e:	019735b3          	sltu	a1,a4,s9
   11382:	95be                	add	a1,a1,a5
   11384:	c636                	sw	a3,12(sp)
   11386:	4785                	li	a5,1
   11388:	0185e763          	bltu	a1,s8,11396 <mulShiftAll64+0x92>
   1138c:	00bc1463          	bne	s8,a1,11394 <mulShiftAll64+0x90>
   11390:	01976363          	bltu	a4,s9,11396 <mulShiftAll64+0x92>
   11394:	4781                	li	a5,0
   11396:	4498                	lw	a4,8(s1)
   11398:	44c8                	lw	a0,12(s1)
   1139a:	fbfa8a13          	add	s4,s5,-65
   1139e:	974a                	add	a4,a4,s2
   113a0:	9522                	add	a0,a0,s0
   113a2:	012735b3          	sltu	a1,a4,s2
   113a6:	95aa                	add	a1,a1,a0
   113a8:	00e78533          	add	a0,a5,a4
   113ac:	00f537b3          	sltu	a5,a0,a5
   113b0:	95be                	add	a1,a1,a5
   113b2:	4785                	li	a5,1
   113b4:	0085e763          	bltu	a1,s0,113c2 <mulShiftAll64+0xbe>
   113b8:	00b41463          	bne	s0,a1,113c0 <mulShiftAll64+0xbc>
   113bc:	01256363          	bltu	a0,s2,113c2 <mulShiftAll64+0xbe>
   113c0:	4781                	li	a5,0
   113c2:	963e                	add	a2,a2,a5
   113c4:	00f637b3          	sltu	a5,a2,a5
   113c8:	8752                	mv	a4,s4
   113ca:	96be                	add	a3,a3,a5
   113cc:	09b000ef          	jal	11c66 <__shiftright128>
   113d0:	00aba023          	sw	a0,0(s7)
   113d4:	00bba223          	sw	a1,4(s7)
   113d8:	4785                	li	a5,1
   113da:	48a2                	lw	a7,8(sp)
   113dc:	4832                	lw	a6,12(sp)
   113de:	40cc                	lw	a1,4(s1)
   113e0:	4488                	lw	a0,8(s1)
   113e2:	44d8                	lw	a4,12(s1)
   113e4:	06fb1763          	bne	s6,a5,11452 <mulShiftAll64+0x14e>
   113e8:	40a906b3          	sub	a3,s2,a0
   113ec:	00d93633          	sltu	a2,s2,a3
   113f0:	40e407b3          	sub	a5,s0,a4
   113f4:	8f91                	sub	a5,a5,a2
   113f6:	4505                	li	a0,1
   113f8:	00bc6863          	bltu	s8,a1,11408 <mulShiftAll64+0x104>
   113fc:	01859563          	bne	a1,s8,11406 <mulShiftAll64+0x102>
   11400:	4098                	lw	a4,0(s1)
   11402:	00ece363          	bltu	s9,a4,11408 <mulShiftAll64+0x104>
   11406:	4501                	li	a0,0
   11408:	40a68533          	sub	a0,a3,a0
   1140c:	00a6b6b3          	sltu	a3,a3,a0
   11410:	40d785b3          	sub	a1,a5,a3
   11414:	4605                	li	a2,1
   11416:	00b46763          	bltu	s0,a1,11424 <mulShiftAll64+0x120>
   1141a:	00859463          	bne	a1,s0,11422 <mulShiftAll64+0x11e>
   1141e:	00a96363          	bltu	s2,a0,11424 <mulShiftAll64+0x120>
   11422:	4601                	li	a2,0
   11424:	40c88633          	sub	a2,a7,a2
   11428:	00c8b6b3          	sltu	a3,a7,a2
   1142c:	8752                	mv	a4,s4
   1142e:	40d806b3          	sub	a3,a6,a3
   11432:	035000ef          	jal	11c66 <__shiftright128>
   11436:	4622                	lw	a2,8(sp)
   11438:	46b2                	lw	a3,12(sp)
   1143a:	00a9a023          	sw	a0,0(s3)
   1143e:	00b9a223          	sw	a1,4(s3)
   11442:	8752                	mv	a4,s4
   11444:	854a                	mv	a0,s2
   11446:	85a2                	mv	a1,s0
   11448:	01f000ef          	jal	11c66 <__shiftright128>
   1144c:	0141                	add	sp,sp,16
   1144e:	7f70006f          	j	12444 <__riscv_restore_10>
   11452:	01fcd793          	srl	a5,s9,0x1f
   11456:	001c1613          	sll	a2,s8,0x1
   1145a:	8e5d                	or	a2,a2,a5
   1145c:	01f95693          	srl	a3,s2,0x1f
   11460:	00141793          	sll	a5,s0,0x1
   11464:	001c9e93          	sll	t4,s9,0x1
   11468:	8fd5                	or	a5,a5,a3
   1146a:	00191313          	sll	t1,s2,0x1
   1146e:	4e05                	li	t3,1
   11470:	01866763          	bltu	a2,s8,1147e <mulShiftAll64+0x17a>
   11474:	00cc1463          	bne	s8,a2,1147c <mulShiftAll64+0x178>
   11478:	019ee363          	bltu	t4,s9,1147e <mulShiftAll64+0x17a>
   1147c:	4e01                	li	t3,0
   1147e:	9e1a                	add	t3,t3,t1
   11480:	006e3333          	sltu	t1,t3,t1
   11484:	933e                	add	t1,t1,a5
   11486:	4785                	li	a5,1
   11488:	00b66863          	bltu	a2,a1,11498 <mulShiftAll64+0x194>
   1148c:	00c59563          	bne	a1,a2,11496 <mulShiftAll64+0x192>
   11490:	4094                	lw	a3,0(s1)
   11492:	00dee363          	bltu	t4,a3,11498 <mulShiftAll64+0x194>
   11496:	4781                	li	a5,0
   11498:	40fe07b3          	sub	a5,t3,a5
   1149c:	00fe35b3          	sltu	a1,t3,a5
   114a0:	40b305b3          	sub	a1,t1,a1
   114a4:	40a78533          	sub	a0,a5,a0
   114a8:	00a7b7b3          	sltu	a5,a5,a0
   114ac:	8d99                	sub	a1,a1,a4
   114ae:	01f8d693          	srl	a3,a7,0x1f
   114b2:	8d9d                	sub	a1,a1,a5
   114b4:	00181793          	sll	a5,a6,0x1
   114b8:	8fd5                	or	a5,a5,a3
   114ba:	fc0a8713          	add	a4,s5,-64
   114be:	0886                	sll	a7,a7,0x1
   114c0:	4685                	li	a3,1
   114c2:	00836763          	bltu	t1,s0,114d0 <mulShiftAll64+0x1cc>
   114c6:	00641463          	bne	s0,t1,114ce <mulShiftAll64+0x1ca>
   114ca:	012e6363          	bltu	t3,s2,114d0 <mulShiftAll64+0x1cc>
   114ce:	4681                	li	a3,0
   114d0:	96c6                	add	a3,a3,a7
   114d2:	0116b8b3          	sltu	a7,a3,a7
   114d6:	98be                	add	a7,a7,a5
   114d8:	4605                	li	a2,1
   114da:	00b36763          	bltu	t1,a1,114e8 <mulShiftAll64+0x1e4>
   114de:	00659463          	bne	a1,t1,114e6 <mulShiftAll64+0x1e2>
   114e2:	00ae6363          	bltu	t3,a0,114e8 <mulShiftAll64+0x1e4>
   114e6:	4601                	li	a2,0
   114e8:	40c68633          	sub	a2,a3,a2
   114ec:	00c6b6b3          	sltu	a3,a3,a2
   114f0:	40d886b3          	sub	a3,a7,a3
   114f4:	bf3d                	j	11432 <mulShiftAll64+0x12e>

000114f6 <div10>:
   114f6:	73f002ef          	jal	t0,12434 <__riscv_save_0>
   114fa:	67cd                	lui	a5,0x13
   114fc:	5e07a603          	lw	a2,1504(a5) # 135e0 <stdout+0x4>
   11500:	5e47a683          	lw	a3,1508(a5)
   11504:	1141                	add	sp,sp,-16
   11506:	0038                	add	a4,sp,8
   11508:	712000ef          	jal	11c1a <__umul128>
   1150c:	45b2                	lw	a1,12(sp)
   1150e:	47a2                	lw	a5,8(sp)
   11510:	01d59513          	sll	a0,a1,0x1d
   11514:	838d                	srl	a5,a5,0x3
   11516:	8d5d                	or	a0,a0,a5
   11518:	818d                	srl	a1,a1,0x3
   1151a:	0141                	add	sp,sp,16
   1151c:	73d0006f          	j	12458 <__riscv_restore_0>

00011520 <__dtoa_engine>:
   11520:	6e5002ef          	jal	t0,12404 <__riscv_save_12>
   11524:	715d                	add	sp,sp,-80
   11526:	8bb6                	mv	s7,a3
   11528:	001006b7          	lui	a3,0x100
   1152c:	c43a                	sw	a4,8(sp)
   1152e:	c63e                	sw	a5,12(sp)
   11530:	01f5d713          	srl	a4,a1,0x1f
   11534:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   11538:	0145d793          	srl	a5,a1,0x14
   1153c:	00bdfdb3          	and	s11,s11,a1
   11540:	c03a                	sw	a4,0(sp)
   11542:	7ff7f413          	and	s0,a5,2047
   11546:	84aa                	mv	s1,a0
   11548:	8ab2                	mv	s5,a2
   1154a:	00ade733          	or	a4,s11,a0
   1154e:	e405                	bnez	s0,11576 <__dtoa_engine+0x56>
   11550:	e331                	bnez	a4,11594 <__dtoa_engine+0x74>
   11552:	03000793          	li	a5,48
   11556:	00f602a3          	sb	a5,5(a2) # 80000005 <__global_pointer$+0x7ffeb7ed>
   1155a:	4782                	lw	a5,0(sp)
   1155c:	00060323          	sb	zero,6(a2)
   11560:	00062023          	sw	zero,0(a2)
   11564:	0027e993          	or	s3,a5,2
   11568:	01360223          	sb	s3,4(a2)
   1156c:	4405                	li	s0,1
   1156e:	8522                	mv	a0,s0
   11570:	6161                	add	sp,sp,80
   11572:	6cf0006f          	j	12440 <__riscv_restore_12>
   11576:	7ff00613          	li	a2,2047
   1157a:	0ac41163          	bne	s0,a2,1161c <__dtoa_engine+0xfc>
   1157e:	4782                	lw	a5,0(sp)
   11580:	0047e793          	or	a5,a5,4
   11584:	c701                	beqz	a4,1158c <__dtoa_engine+0x6c>
   11586:	4782                	lw	a5,0(sp)
   11588:	0087e793          	or	a5,a5,8
   1158c:	00fa8223          	sb	a5,4(s5)
   11590:	4401                	li	s0,0
   11592:	bff1                	j	1156e <__dtoa_engine+0x4e>
   11594:	00157793          	and	a5,a0,1
   11598:	c23e                	sw	a5,4(sp)
   1159a:	002d9993          	sll	s3,s11,0x2
   1159e:	01e55793          	srl	a5,a0,0x1e
   115a2:	0137e9b3          	or	s3,a5,s3
   115a6:	00251c13          	sll	s8,a0,0x2
   115aa:	892a                	mv	s2,a0
   115ac:	bcc00413          	li	s0,-1076
   115b0:	4805                	li	a6,1
   115b2:	4d05                	li	s10,1
   115b4:	408004b3          	neg	s1,s0
   115b8:	8526                	mv	a0,s1
   115ba:	ca42                	sw	a6,20(sp)
   115bc:	2d35                	jal	11bf8 <__log10Pow5>
   115be:	fff42793          	slti	a5,s0,-1
   115c2:	40f50b33          	sub	s6,a0,a5
   115c6:	416484b3          	sub	s1,s1,s6
   115ca:	8526                	mv	a0,s1
   115cc:	2d35                	jal	11c08 <__pow5bits>
   115ce:	f8350693          	add	a3,a0,-125
   115d2:	40db06b3          	sub	a3,s6,a3
   115d6:	8526                	mv	a0,s1
   115d8:	008c                	add	a1,sp,64
   115da:	c836                	sw	a3,16(sp)
   115dc:	2921                	jal	119f4 <__double_computePow5>
   115de:	4852                	lw	a6,20(sp)
   115e0:	46c2                	lw	a3,16(sp)
   115e2:	181c                	add	a5,sp,48
   115e4:	1038                	add	a4,sp,40
   115e6:	0090                	add	a2,sp,64
   115e8:	854a                	mv	a0,s2
   115ea:	85ee                	mv	a1,s11
   115ec:	3b21                	jal	11304 <mulShiftAll64>
   115ee:	4785                	li	a5,1
   115f0:	008b0a33          	add	s4,s6,s0
   115f4:	84ae                	mv	s1,a1
   115f6:	842a                	mv	s0,a0
   115f8:	1367e563          	bltu	a5,s6,11722 <__dtoa_engine+0x202>
   115fc:	4792                	lw	a5,4(sp)
   115fe:	4985                	li	s3,1
   11600:	0e078863          	beqz	a5,116f0 <__dtoa_engine+0x1d0>
   11604:	57a2                	lw	a5,40(sp)
   11606:	5732                	lw	a4,44(sp)
   11608:	4985                	li	s3,1
   1160a:	fff78693          	add	a3,a5,-1
   1160e:	0017b793          	seqz	a5,a5
   11612:	40f707b3          	sub	a5,a4,a5
   11616:	d436                	sw	a3,40(sp)
   11618:	d63e                	sw	a5,44(sp)
   1161a:	a075                	j	116c6 <__dtoa_engine+0x1a6>
   1161c:	01b6edb3          	or	s11,a3,s11
   11620:	00157693          	and	a3,a0,1
   11624:	c236                	sw	a3,4(sp)
   11626:	002d9993          	sll	s3,s11,0x2
   1162a:	01e55693          	srl	a3,a0,0x1e
   1162e:	bcb40413          	add	s0,s0,-1077
   11632:	892a                	mv	s2,a0
   11634:	0136e9b3          	or	s3,a3,s3
   11638:	00251c13          	sll	s8,a0,0x2
   1163c:	4d05                	li	s10,1
   1163e:	e709                	bnez	a4,11648 <__dtoa_engine+0x128>
   11640:	7fe7f793          	and	a5,a5,2046
   11644:	0017bd13          	seqz	s10,a5
   11648:	886a                	mv	a6,s10
   1164a:	f60445e3          	bltz	s0,115b4 <__dtoa_engine+0x94>
   1164e:	8522                	mv	a0,s0
   11650:	2b69                	jal	11bea <__log10Pow2>
   11652:	00442793          	slti	a5,s0,4
   11656:	0017c793          	xor	a5,a5,1
   1165a:	40f50a33          	sub	s4,a0,a5
   1165e:	8552                	mv	a0,s4
   11660:	2365                	jal	11c08 <__pow5bits>
   11662:	07c50693          	add	a3,a0,124
   11666:	408a0433          	sub	s0,s4,s0
   1166a:	96a2                	add	a3,a3,s0
   1166c:	008c                	add	a1,sp,64
   1166e:	8552                	mv	a0,s4
   11670:	c836                	sw	a3,16(sp)
   11672:	29b5                	jal	11aee <__double_computeInvPow5>
   11674:	46c2                	lw	a3,16(sp)
   11676:	181c                	add	a5,sp,48
   11678:	8526                	mv	a0,s1
   1167a:	886a                	mv	a6,s10
   1167c:	1038                	add	a4,sp,40
   1167e:	0090                	add	a2,sp,64
   11680:	85ee                	mv	a1,s11
   11682:	3149                	jal	11304 <mulShiftAll64>
   11684:	47d5                	li	a5,21
   11686:	842a                	mv	s0,a0
   11688:	84ae                	mv	s1,a1
   1168a:	0947ea63          	bltu	a5,s4,1171e <__dtoa_engine+0x1fe>
   1168e:	67cd                	lui	a5,0x13
   11690:	5e47a683          	lw	a3,1508(a5) # 135e4 <stdout+0x8>
   11694:	5e07a603          	lw	a2,1504(a5)
   11698:	1838                	add	a4,sp,56
   1169a:	8562                	mv	a0,s8
   1169c:	85ce                	mv	a1,s3
   1169e:	2bb5                	jal	11c1a <__umul128>
   116a0:	57e2                	lw	a5,56(sp)
   116a2:	56f2                	lw	a3,60(sp)
   116a4:	5da2                	lw	s11,40(sp)
   116a6:	8389                	srl	a5,a5,0x2
   116a8:	06fa                	sll	a3,a3,0x1e
   116aa:	8fd5                	or	a5,a5,a3
   116ac:	4695                	li	a3,5
   116ae:	02f687b3          	mul	a5,a3,a5
   116b2:	5932                	lw	s2,44(sp)
   116b4:	01879b63          	bne	a5,s8,116ca <__dtoa_engine+0x1aa>
   116b8:	85ce                	mv	a1,s3
   116ba:	8562                	mv	a0,s8
   116bc:	2ced                	jal	119b6 <__pow5Factor>
   116be:	01453733          	sltu	a4,a0,s4
   116c2:	00174993          	xor	s3,a4,1
   116c6:	4d01                	li	s10,0
   116c8:	a025                	j	116f0 <__dtoa_engine+0x1d0>
   116ca:	4792                	lw	a5,4(sp)
   116cc:	e79d                	bnez	a5,116fa <__dtoa_engine+0x1da>
   116ce:	fffc0793          	add	a5,s8,-1
   116d2:	41a78533          	sub	a0,a5,s10
   116d6:	001c3593          	seqz	a1,s8
   116da:	00a7b7b3          	sltu	a5,a5,a0
   116de:	40b985b3          	sub	a1,s3,a1
   116e2:	8d9d                	sub	a1,a1,a5
   116e4:	2cc9                	jal	119b6 <__pow5Factor>
   116e6:	01453933          	sltu	s2,a0,s4
   116ea:	00194d13          	xor	s10,s2,1
   116ee:	4981                	li	s3,0
   116f0:	47a2                	lw	a5,8(sp)
   116f2:	0e079f63          	bnez	a5,117f0 <__dtoa_engine+0x2d0>
   116f6:	8b5e                	mv	s6,s7
   116f8:	a049                	j	1177a <__dtoa_engine+0x25a>
   116fa:	002c0513          	add	a0,s8,2
   116fe:	018535b3          	sltu	a1,a0,s8
   11702:	95ce                	add	a1,a1,s3
   11704:	2c4d                	jal	119b6 <__pow5Factor>
   11706:	01453533          	sltu	a0,a0,s4
   1170a:	00154513          	xor	a0,a0,1
   1170e:	40ad8533          	sub	a0,s11,a0
   11712:	00adbdb3          	sltu	s11,s11,a0
   11716:	41b90733          	sub	a4,s2,s11
   1171a:	d42a                	sw	a0,40(sp)
   1171c:	d63a                	sw	a4,44(sp)
   1171e:	4981                	li	s3,0
   11720:	b75d                	j	116c6 <__dtoa_engine+0x1a6>
   11722:	03e00793          	li	a5,62
   11726:	ff67ece3          	bltu	a5,s6,1171e <__dtoa_engine+0x1fe>
   1172a:	865a                	mv	a2,s6
   1172c:	557d                	li	a0,-1
   1172e:	55fd                	li	a1,-1
   11730:	2bf5                	jal	11d2c <__ashldi3>
   11732:	fff54513          	not	a0,a0
   11736:	fff5c593          	not	a1,a1
   1173a:	0135f5b3          	and	a1,a1,s3
   1173e:	01857533          	and	a0,a0,s8
   11742:	00b56733          	or	a4,a0,a1
   11746:	00173993          	seqz	s3,a4
   1174a:	bfb5                	j	116c6 <__dtoa_engine+0x1a6>
   1174c:	02d50833          	mul	a6,a0,a3
   11750:	0785                	add	a5,a5,1
   11752:	02b536b3          	mulhu	a3,a0,a1
   11756:	02b505b3          	mul	a1,a0,a1
   1175a:	96c2                	add	a3,a3,a6
   1175c:	00d4e663          	bltu	s1,a3,11768 <__dtoa_engine+0x248>
   11760:	fe9696e3          	bne	a3,s1,1174c <__dtoa_engine+0x22c>
   11764:	feb474e3          	bgeu	s0,a1,1174c <__dtoa_engine+0x22c>
   11768:	4732                	lw	a4,12(sp)
   1176a:	97d2                	add	a5,a5,s4
   1176c:	97ba                	add	a5,a5,a4
   1176e:	00f04363          	bgtz	a5,11774 <__dtoa_engine+0x254>
   11772:	4785                	li	a5,1
   11774:	8b3e                	mv	s6,a5
   11776:	f8fbc0e3          	blt	s7,a5,116f6 <__dtoa_engine+0x1d6>
   1177a:	4c81                	li	s9,0
   1177c:	4901                	li	s2,0
   1177e:	4c01                	li	s8,0
   11780:	5522                	lw	a0,40(sp)
   11782:	55b2                	lw	a1,44(sp)
   11784:	3b8d                	jal	114f6 <div10>
   11786:	57c2                	lw	a5,48(sp)
   11788:	8dae                	mv	s11,a1
   1178a:	55d2                	lw	a1,52(sp)
   1178c:	c82a                	sw	a0,16(sp)
   1178e:	853e                	mv	a0,a5
   11790:	ca3e                	sw	a5,20(sp)
   11792:	3395                	jal	114f6 <div10>
   11794:	832a                	mv	t1,a0
   11796:	88ae                	mv	a7,a1
   11798:	4ea9                	li	t4,10
   1179a:	01b5e763          	bltu	a1,s11,117a8 <__dtoa_engine+0x288>
   1179e:	08bd9563          	bne	s11,a1,11828 <__dtoa_engine+0x308>
   117a2:	47c2                	lw	a5,16(sp)
   117a4:	08f57263          	bgeu	a0,a5,11828 <__dtoa_engine+0x308>
   117a8:	8522                	mv	a0,s0
   117aa:	85a6                	mv	a1,s1
   117ac:	ce46                	sw	a7,28(sp)
   117ae:	cc1a                	sw	t1,24(sp)
   117b0:	3399                	jal	114f6 <div10>
   117b2:	4362                	lw	t1,24(sp)
   117b4:	4ea9                	li	t4,10
   117b6:	001cb693          	seqz	a3,s9
   117ba:	026e8833          	mul	a6,t4,t1
   117be:	00d9f9b3          	and	s3,s3,a3
   117c2:	47d2                	lw	a5,20(sp)
   117c4:	48f2                	lw	a7,28(sp)
   117c6:	d66e                	sw	s11,44(sp)
   117c8:	d81a                	sw	t1,48(sp)
   117ca:	da46                	sw	a7,52(sp)
   117cc:	0905                	add	s2,s2,1
   117ce:	84ae                	mv	s1,a1
   117d0:	02ae86b3          	mul	a3,t4,a0
   117d4:	40f80833          	sub	a6,a6,a5
   117d8:	47c2                	lw	a5,16(sp)
   117da:	00183813          	seqz	a6,a6
   117de:	010d7d33          	and	s10,s10,a6
   117e2:	d43e                	sw	a5,40(sp)
   117e4:	40d406b3          	sub	a3,s0,a3
   117e8:	0ff6fc93          	zext.b	s9,a3
   117ec:	842a                	mv	s0,a0
   117ee:	bf49                	j	11780 <__dtoa_engine+0x260>
   117f0:	45a9                	li	a1,10
   117f2:	4681                	li	a3,0
   117f4:	4785                	li	a5,1
   117f6:	4529                	li	a0,10
   117f8:	b795                	j	1175c <__dtoa_engine+0x23c>
   117fa:	030e8f33          	mul	t5,t4,a6
   117fe:	0505                	add	a0,a0,1
   11800:	02beb833          	mulhu	a6,t4,a1
   11804:	02be85b3          	mul	a1,t4,a1
   11808:	987a                	add	a6,a6,t5
   1180a:	0104e663          	bltu	s1,a6,11816 <__dtoa_engine+0x2f6>
   1180e:	fe9816e3          	bne	a6,s1,117fa <__dtoa_engine+0x2da>
   11812:	feb474e3          	bgeu	s0,a1,117fa <__dtoa_engine+0x2da>
   11816:	00ab5d63          	bge	s6,a0,11830 <__dtoa_engine+0x310>
   1181a:	000b1563          	bnez	s6,11824 <__dtoa_engine+0x304>
   1181e:	009465b3          	or	a1,s0,s1
   11822:	c599                	beqz	a1,11830 <__dtoa_engine+0x310>
   11824:	4c05                	li	s8,1
   11826:	b749                	j	117a8 <__dtoa_engine+0x288>
   11828:	45a9                	li	a1,10
   1182a:	4801                	li	a6,0
   1182c:	4505                	li	a0,1
   1182e:	bff1                	j	1180a <__dtoa_engine+0x2ea>
   11830:	040d0e63          	beqz	s10,1188c <__dtoa_engine+0x36c>
   11834:	4da9                	li	s11,10
   11836:	5342                	lw	t1,48(sp)
   11838:	55d2                	lw	a1,52(sp)
   1183a:	851a                	mv	a0,t1
   1183c:	c81a                	sw	t1,16(sp)
   1183e:	3965                	jal	114f6 <div10>
   11840:	ce2e                	sw	a1,28(sp)
   11842:	02ad85b3          	mul	a1,s11,a0
   11846:	4342                	lw	t1,16(sp)
   11848:	882a                	mv	a6,a0
   1184a:	cc42                	sw	a6,24(sp)
   1184c:	04659063          	bne	a1,t1,1188c <__dtoa_engine+0x36c>
   11850:	5522                	lw	a0,40(sp)
   11852:	55b2                	lw	a1,44(sp)
   11854:	0905                	add	s2,s2,1
   11856:	3145                	jal	114f6 <div10>
   11858:	ca2a                	sw	a0,20(sp)
   1185a:	c82e                	sw	a1,16(sp)
   1185c:	8522                	mv	a0,s0
   1185e:	85a6                	mv	a1,s1
   11860:	3959                	jal	114f6 <div10>
   11862:	001cb693          	seqz	a3,s9
   11866:	00d9f9b3          	and	s3,s3,a3
   1186a:	02ad86b3          	mul	a3,s11,a0
   1186e:	4e52                	lw	t3,20(sp)
   11870:	4342                	lw	t1,16(sp)
   11872:	4862                	lw	a6,24(sp)
   11874:	48f2                	lw	a7,28(sp)
   11876:	d472                	sw	t3,40(sp)
   11878:	d61a                	sw	t1,44(sp)
   1187a:	d842                	sw	a6,48(sp)
   1187c:	da46                	sw	a7,52(sp)
   1187e:	84ae                	mv	s1,a1
   11880:	40d406b3          	sub	a3,s0,a3
   11884:	0ff6fc93          	zext.b	s9,a3
   11888:	842a                	mv	s0,a0
   1188a:	b775                	j	11836 <__dtoa_engine+0x316>
   1188c:	9952                	add	s2,s2,s4
   1188e:	0c098563          	beqz	s3,11958 <__dtoa_engine+0x438>
   11892:	4715                	li	a4,5
   11894:	0cec9263          	bne	s9,a4,11958 <__dtoa_engine+0x438>
   11898:	00147713          	and	a4,s0,1
   1189c:	e35d                	bnez	a4,11942 <__dtoa_engine+0x422>
   1189e:	000c1963          	bnez	s8,118b0 <__dtoa_engine+0x390>
   118a2:	5742                	lw	a4,48(sp)
   118a4:	00871563          	bne	a4,s0,118ae <__dtoa_engine+0x38e>
   118a8:	5752                	lw	a4,52(sp)
   118aa:	0c970963          	beq	a4,s1,1197c <__dtoa_engine+0x45c>
   118ae:	4701                	li	a4,0
   118b0:	943a                	add	s0,s0,a4
   118b2:	00e435b3          	sltu	a1,s0,a4
   118b6:	95a6                	add	a1,a1,s1
   118b8:	8a2e                	mv	s4,a1
   118ba:	84a2                	mv	s1,s0
   118bc:	4629                	li	a2,10
   118be:	4681                	li	a3,0
   118c0:	4c05                	li	s8,1
   118c2:	4529                	li	a0,10
   118c4:	00d5e663          	bltu	a1,a3,118d0 <__dtoa_engine+0x3b0>
   118c8:	0ab69c63          	bne	a3,a1,11980 <__dtoa_engine+0x460>
   118cc:	0ac47a63          	bgeu	s0,a2,11980 <__dtoa_engine+0x460>
   118d0:	cf15                	beqz	a4,1190c <__dtoa_engine+0x3ec>
   118d2:	038b5d63          	bge	s6,s8,1190c <__dtoa_engine+0x3ec>
   118d6:	47a2                	lw	a5,8(sp)
   118d8:	cf91                	beqz	a5,118f4 <__dtoa_engine+0x3d4>
   118da:	4732                	lw	a4,12(sp)
   118dc:	012c07b3          	add	a5,s8,s2
   118e0:	00f70b33          	add	s6,a4,a5
   118e4:	000b5363          	bgez	s6,118ea <__dtoa_engine+0x3ca>
   118e8:	4b01                	li	s6,0
   118ea:	016bd363          	bge	s7,s6,118f0 <__dtoa_engine+0x3d0>
   118ee:	8b5e                	mv	s6,s7
   118f0:	018b5e63          	bge	s6,s8,1190c <__dtoa_engine+0x3ec>
   118f4:	00540513          	add	a0,s0,5
   118f8:	00853433          	sltu	s0,a0,s0
   118fc:	4629                	li	a2,10
   118fe:	4681                	li	a3,0
   11900:	95a2                	add	a1,a1,s0
   11902:	29b5                	jal	11d7e <__udivdi3>
   11904:	84aa                	mv	s1,a0
   11906:	8a2e                	mv	s4,a1
   11908:	0905                	add	s2,s2,1
   1190a:	1c7d                	add	s8,s8,-1
   1190c:	87da                	mv	a5,s6
   1190e:	016c5363          	bge	s8,s6,11914 <__dtoa_engine+0x3f4>
   11912:	87e2                	mv	a5,s8
   11914:	01079413          	sll	s0,a5,0x10
   11918:	0942                	sll	s2,s2,0x10
   1191a:	8441                	sra	s0,s0,0x10
   1191c:	41095913          	sra	s2,s2,0x10
   11920:	9922                	add	s2,s2,s0
   11922:	008a8b33          	add	s6,s5,s0
   11926:	197d                	add	s2,s2,-1
   11928:	4b81                	li	s7,0
   1192a:	8c5a                	mv	s8,s6
   1192c:	1b7d                	add	s6,s6,-1
   1192e:	068bc263          	blt	s7,s0,11992 <__dtoa_engine+0x472>
   11932:	4782                	lw	a5,0(sp)
   11934:	000c02a3          	sb	zero,5(s8)
   11938:	012aa023          	sw	s2,0(s5)
   1193c:	00fa8223          	sb	a5,4(s5)
   11940:	b13d                	j	1156e <__dtoa_engine+0x4e>
   11942:	4705                	li	a4,1
   11944:	f60c16e3          	bnez	s8,118b0 <__dtoa_engine+0x390>
   11948:	5742                	lw	a4,48(sp)
   1194a:	00871563          	bne	a4,s0,11954 <__dtoa_engine+0x434>
   1194e:	5752                	lw	a4,52(sp)
   11950:	00970c63          	beq	a4,s1,11968 <__dtoa_engine+0x448>
   11954:	4705                	li	a4,1
   11956:	bfa9                	j	118b0 <__dtoa_engine+0x390>
   11958:	000c1d63          	bnez	s8,11972 <__dtoa_engine+0x452>
   1195c:	5742                	lw	a4,48(sp)
   1195e:	00871a63          	bne	a4,s0,11972 <__dtoa_engine+0x452>
   11962:	5752                	lw	a4,52(sp)
   11964:	00971763          	bne	a4,s1,11972 <__dtoa_engine+0x452>
   11968:	4792                	lw	a5,4(sp)
   1196a:	4705                	li	a4,1
   1196c:	f3b1                	bnez	a5,118b0 <__dtoa_engine+0x390>
   1196e:	f40d01e3          	beqz	s10,118b0 <__dtoa_engine+0x390>
   11972:	005cb693          	sltiu	a3,s9,5
   11976:	0016c713          	xor	a4,a3,1
   1197a:	bf1d                	j	118b0 <__dtoa_engine+0x390>
   1197c:	4c91                	li	s9,4
   1197e:	b7ed                	j	11968 <__dtoa_engine+0x448>
   11980:	02d50833          	mul	a6,a0,a3
   11984:	0c05                	add	s8,s8,1
   11986:	02c536b3          	mulhu	a3,a0,a2
   1198a:	02c50633          	mul	a2,a0,a2
   1198e:	96c2                	add	a3,a3,a6
   11990:	bf15                	j	118c4 <__dtoa_engine+0x3a4>
   11992:	4629                	li	a2,10
   11994:	4681                	li	a3,0
   11996:	8526                	mv	a0,s1
   11998:	85d2                	mv	a1,s4
   1199a:	2789                	jal	120dc <__umoddi3>
   1199c:	03050513          	add	a0,a0,48
   119a0:	00ab02a3          	sb	a0,5(s6)
   119a4:	85d2                	mv	a1,s4
   119a6:	8526                	mv	a0,s1
   119a8:	4629                	li	a2,10
   119aa:	4681                	li	a3,0
   119ac:	2ec9                	jal	11d7e <__udivdi3>
   119ae:	84aa                	mv	s1,a0
   119b0:	8a2e                	mv	s4,a1
   119b2:	0b85                	add	s7,s7,1
   119b4:	bfa5                	j	1192c <__dtoa_engine+0x40c>

000119b6 <__pow5Factor>:
   119b6:	ccccd737          	lui	a4,0xccccd
   119ba:	333336b7          	lui	a3,0x33333
   119be:	87aa                	mv	a5,a0
   119c0:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   119c4:	4501                	li	a0,0
   119c6:	ccc70713          	add	a4,a4,-820
   119ca:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   119ce:	02c585b3          	mul	a1,a1,a2
   119d2:	02e78833          	mul	a6,a5,a4
   119d6:	982e                	add	a6,a6,a1
   119d8:	02c7b5b3          	mulhu	a1,a5,a2
   119dc:	95c2                	add	a1,a1,a6
   119de:	02c787b3          	mul	a5,a5,a2
   119e2:	00b6e863          	bltu	a3,a1,119f2 <__pow5Factor+0x3c>
   119e6:	00d59463          	bne	a1,a3,119ee <__pow5Factor+0x38>
   119ea:	00f5e463          	bltu	a1,a5,119f2 <__pow5Factor+0x3c>
   119ee:	0505                	add	a0,a0,1
   119f0:	bff9                	j	119ce <__pow5Factor+0x18>
   119f2:	8082                	ret

000119f4 <__double_computePow5>:
   119f4:	219002ef          	jal	t0,1240c <__riscv_save_10>
   119f8:	47e9                	li	a5,26
   119fa:	02f55b33          	divu	s6,a0,a5
   119fe:	69cd                	lui	s3,0x13
   11a00:	1a098b93          	add	s7,s3,416 # 131a0 <DOUBLE_POW5_SPLIT2>
   11a04:	1101                	add	sp,sp,-32
   11a06:	892e                	mv	s2,a1
   11a08:	02f577b3          	remu	a5,a0,a5
   11a0c:	004b1713          	sll	a4,s6,0x4
   11a10:	9bba                	add	s7,s7,a4
   11a12:	e395                	bnez	a5,11a36 <__double_computePow5+0x42>
   11a14:	000ba703          	lw	a4,0(s7)
   11a18:	004ba783          	lw	a5,4(s7)
   11a1c:	c198                	sw	a4,0(a1)
   11a1e:	c1dc                	sw	a5,4(a1)
   11a20:	008ba503          	lw	a0,8(s7)
   11a24:	00cba583          	lw	a1,12(s7)
   11a28:	00a92423          	sw	a0,8(s2)
   11a2c:	00b92623          	sw	a1,12(s2)
   11a30:	6105                	add	sp,sp,32
   11a32:	2130006f          	j	12444 <__riscv_restore_10>
   11a36:	1a098993          	add	s3,s3,416
   11a3a:	078e                	sll	a5,a5,0x3
   11a3c:	97ce                	add	a5,a5,s3
   11a3e:	0d07aa03          	lw	s4,208(a5)
   11a42:	0d47aa83          	lw	s5,212(a5)
   11a46:	008ba603          	lw	a2,8(s7)
   11a4a:	00cba683          	lw	a3,12(s7)
   11a4e:	0818                	add	a4,sp,16
   11a50:	85d6                	mv	a1,s5
   11a52:	842a                	mv	s0,a0
   11a54:	8552                	mv	a0,s4
   11a56:	22d1                	jal	11c1a <__umul128>
   11a58:	000ba603          	lw	a2,0(s7)
   11a5c:	004ba683          	lw	a3,4(s7)
   11a60:	84aa                	mv	s1,a0
   11a62:	8c2e                	mv	s8,a1
   11a64:	0838                	add	a4,sp,24
   11a66:	8552                	mv	a0,s4
   11a68:	85d6                	mv	a1,s5
   11a6a:	2a45                	jal	11c1a <__umul128>
   11a6c:	47e2                	lw	a5,24(sp)
   11a6e:	4772                	lw	a4,28(sp)
   11a70:	8aaa                	mv	s5,a0
   11a72:	94be                	add	s1,s1,a5
   11a74:	00f4ba33          	sltu	s4,s1,a5
   11a78:	9c3a                	add	s8,s8,a4
   11a7a:	9a62                	add	s4,s4,s8
   11a7c:	00ea6663          	bltu	s4,a4,11a88 <__double_computePow5+0x94>
   11a80:	01471d63          	bne	a4,s4,11a9a <__double_computePow5+0xa6>
   11a84:	00f4fb63          	bgeu	s1,a5,11a9a <__double_computePow5+0xa6>
   11a88:	47c2                	lw	a5,16(sp)
   11a8a:	46d2                	lw	a3,20(sp)
   11a8c:	00178713          	add	a4,a5,1
   11a90:	00f737b3          	sltu	a5,a4,a5
   11a94:	97b6                	add	a5,a5,a3
   11a96:	c83a                	sw	a4,16(sp)
   11a98:	ca3e                	sw	a5,20(sp)
   11a9a:	8522                	mv	a0,s0
   11a9c:	c62e                	sw	a1,12(sp)
   11a9e:	22ad                	jal	11c08 <__pow5bits>
   11aa0:	8baa                	mv	s7,a0
   11aa2:	4569                	li	a0,26
   11aa4:	02ab0533          	mul	a0,s6,a0
   11aa8:	2285                	jal	11c08 <__pow5bits>
   11aaa:	45b2                	lw	a1,12(sp)
   11aac:	40ab8733          	sub	a4,s7,a0
   11ab0:	8626                	mv	a2,s1
   11ab2:	86d2                	mv	a3,s4
   11ab4:	8556                	mv	a0,s5
   11ab6:	c43a                	sw	a4,8(sp)
   11ab8:	227d                	jal	11c66 <__shiftright128>
   11aba:	00445793          	srl	a5,s0,0x4
   11abe:	078a                	sll	a5,a5,0x2
   11ac0:	99be                	add	s3,s3,a5
   11ac2:	1a09a783          	lw	a5,416(s3)
   11ac6:	0406                	sll	s0,s0,0x1
   11ac8:	8879                	and	s0,s0,30
   11aca:	0087d7b3          	srl	a5,a5,s0
   11ace:	8b8d                	and	a5,a5,3
   11ad0:	953e                	add	a0,a0,a5
   11ad2:	00f537b3          	sltu	a5,a0,a5
   11ad6:	4722                	lw	a4,8(sp)
   11ad8:	4642                	lw	a2,16(sp)
   11ada:	46d2                	lw	a3,20(sp)
   11adc:	97ae                	add	a5,a5,a1
   11ade:	00a92023          	sw	a0,0(s2)
   11ae2:	00f92223          	sw	a5,4(s2)
   11ae6:	8526                	mv	a0,s1
   11ae8:	85d2                	mv	a1,s4
   11aea:	2ab5                	jal	11c66 <__shiftright128>
   11aec:	bf35                	j	11a28 <__double_computePow5+0x34>

00011aee <__double_computeInvPow5>:
   11aee:	11f002ef          	jal	t0,1240c <__riscv_save_10>
   11af2:	4b69                	li	s6,26
   11af4:	01950793          	add	a5,a0,25
   11af8:	0367d7b3          	divu	a5,a5,s6
   11afc:	6acd                	lui	s5,0x13
   11afe:	1a0a8493          	add	s1,s5,416 # 131a0 <DOUBLE_POW5_SPLIT2>
   11b02:	1f848493          	add	s1,s1,504
   11b06:	1101                	add	sp,sp,-32
   11b08:	8a2e                	mv	s4,a1
   11b0a:	03678b33          	mul	s6,a5,s6
   11b0e:	0792                	sll	a5,a5,0x4
   11b10:	94be                	add	s1,s1,a5
   11b12:	40ab0733          	sub	a4,s6,a0
   11b16:	00ab1f63          	bne	s6,a0,11b34 <__double_computeInvPow5+0x46>
   11b1a:	4098                	lw	a4,0(s1)
   11b1c:	40dc                	lw	a5,4(s1)
   11b1e:	c198                	sw	a4,0(a1)
   11b20:	c1dc                	sw	a5,4(a1)
   11b22:	4488                	lw	a0,8(s1)
   11b24:	44cc                	lw	a1,12(s1)
   11b26:	00aa2423          	sw	a0,8(s4)
   11b2a:	00ba2623          	sw	a1,12(s4)
   11b2e:	6105                	add	sp,sp,32
   11b30:	1150006f          	j	12444 <__riscv_restore_10>
   11b34:	1a0a8a93          	add	s5,s5,416
   11b38:	070e                	sll	a4,a4,0x3
   11b3a:	9756                	add	a4,a4,s5
   11b3c:	0d072903          	lw	s2,208(a4)
   11b40:	0d472983          	lw	s3,212(a4)
   11b44:	4490                	lw	a2,8(s1)
   11b46:	44d4                	lw	a3,12(s1)
   11b48:	0818                	add	a4,sp,16
   11b4a:	85ce                	mv	a1,s3
   11b4c:	842a                	mv	s0,a0
   11b4e:	854a                	mv	a0,s2
   11b50:	20e9                	jal	11c1a <__umul128>
   11b52:	4090                	lw	a2,0(s1)
   11b54:	40d4                	lw	a3,4(s1)
   11b56:	8c2a                	mv	s8,a0
   11b58:	00163793          	seqz	a5,a2
   11b5c:	8bae                	mv	s7,a1
   11b5e:	0838                	add	a4,sp,24
   11b60:	8e9d                	sub	a3,a3,a5
   11b62:	854a                	mv	a0,s2
   11b64:	85ce                	mv	a1,s3
   11b66:	167d                	add	a2,a2,-1
   11b68:	284d                	jal	11c1a <__umul128>
   11b6a:	47e2                	lw	a5,24(sp)
   11b6c:	4772                	lw	a4,28(sp)
   11b6e:	89aa                	mv	s3,a0
   11b70:	9c3e                	add	s8,s8,a5
   11b72:	00fc3933          	sltu	s2,s8,a5
   11b76:	9bba                	add	s7,s7,a4
   11b78:	995e                	add	s2,s2,s7
   11b7a:	00e96663          	bltu	s2,a4,11b86 <__double_computeInvPow5+0x98>
   11b7e:	01271d63          	bne	a4,s2,11b98 <__double_computeInvPow5+0xaa>
   11b82:	00fc7b63          	bgeu	s8,a5,11b98 <__double_computeInvPow5+0xaa>
   11b86:	47c2                	lw	a5,16(sp)
   11b88:	46d2                	lw	a3,20(sp)
   11b8a:	00178713          	add	a4,a5,1
   11b8e:	00f737b3          	sltu	a5,a4,a5
   11b92:	97b6                	add	a5,a5,a3
   11b94:	c83a                	sw	a4,16(sp)
   11b96:	ca3e                	sw	a5,20(sp)
   11b98:	855a                	mv	a0,s6
   11b9a:	c62e                	sw	a1,12(sp)
   11b9c:	20b5                	jal	11c08 <__pow5bits>
   11b9e:	8b2a                	mv	s6,a0
   11ba0:	8522                	mv	a0,s0
   11ba2:	209d                	jal	11c08 <__pow5bits>
   11ba4:	45b2                	lw	a1,12(sp)
   11ba6:	40ab0733          	sub	a4,s6,a0
   11baa:	8662                	mv	a2,s8
   11bac:	86ca                	mv	a3,s2
   11bae:	854e                	mv	a0,s3
   11bb0:	c43a                	sw	a4,8(sp)
   11bb2:	2855                	jal	11c66 <__shiftright128>
   11bb4:	00445793          	srl	a5,s0,0x4
   11bb8:	078a                	sll	a5,a5,0x2
   11bba:	9abe                	add	s5,s5,a5
   11bbc:	2e8aa783          	lw	a5,744(s5)
   11bc0:	0406                	sll	s0,s0,0x1
   11bc2:	8879                	and	s0,s0,30
   11bc4:	0087d7b3          	srl	a5,a5,s0
   11bc8:	8b8d                	and	a5,a5,3
   11bca:	0785                	add	a5,a5,1
   11bcc:	953e                	add	a0,a0,a5
   11bce:	00f537b3          	sltu	a5,a0,a5
   11bd2:	4722                	lw	a4,8(sp)
   11bd4:	4642                	lw	a2,16(sp)
   11bd6:	46d2                	lw	a3,20(sp)
   11bd8:	97ae                	add	a5,a5,a1
   11bda:	00aa2023          	sw	a0,0(s4)
   11bde:	00fa2223          	sw	a5,4(s4)
   11be2:	8562                	mv	a0,s8
   11be4:	85ca                	mv	a1,s2
   11be6:	2041                	jal	11c66 <__shiftright128>
   11be8:	bf3d                	j	11b26 <__double_computeInvPow5+0x38>

00011bea <__log10Pow2>:
   11bea:	67cd                	lui	a5,0x13
   11bec:	44178793          	add	a5,a5,1089 # 13441 <DOUBLE_POW5_INV_SPLIT2+0xa9>
   11bf0:	02f50533          	mul	a0,a0,a5
   11bf4:	8149                	srl	a0,a0,0x12
   11bf6:	8082                	ret

00011bf8 <__log10Pow5>:
   11bf8:	000b37b7          	lui	a5,0xb3
   11bfc:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   11c00:	02f50533          	mul	a0,a0,a5
   11c04:	8151                	srl	a0,a0,0x14
   11c06:	8082                	ret

00011c08 <__pow5bits>:
   11c08:	001297b7          	lui	a5,0x129
   11c0c:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   11c10:	02f50533          	mul	a0,a0,a5
   11c14:	814d                	srl	a0,a0,0x13
   11c16:	0505                	add	a0,a0,1
   11c18:	8082                	ret

00011c1a <__umul128>:
   11c1a:	02c537b3          	mulhu	a5,a0,a2
   11c1e:	832e                	mv	t1,a1
   11c20:	02c585b3          	mul	a1,a1,a2
   11c24:	02c33833          	mulhu	a6,t1,a2
   11c28:	95be                	add	a1,a1,a5
   11c2a:	00f5b7b3          	sltu	a5,a1,a5
   11c2e:	97c2                	add	a5,a5,a6
   11c30:	02a68833          	mul	a6,a3,a0
   11c34:	02a6b8b3          	mulhu	a7,a3,a0
   11c38:	95c2                	add	a1,a1,a6
   11c3a:	0105b833          	sltu	a6,a1,a6
   11c3e:	98c2                	add	a7,a7,a6
   11c40:	02d30833          	mul	a6,t1,a3
   11c44:	02d33333          	mulhu	t1,t1,a3
   11c48:	983e                	add	a6,a6,a5
   11c4a:	011806b3          	add	a3,a6,a7
   11c4e:	00f837b3          	sltu	a5,a6,a5
   11c52:	0106b833          	sltu	a6,a3,a6
   11c56:	c314                	sw	a3,0(a4)
   11c58:	979a                	add	a5,a5,t1
   11c5a:	983e                	add	a6,a6,a5
   11c5c:	02c50533          	mul	a0,a0,a2
   11c60:	01072223          	sw	a6,4(a4)
   11c64:	8082                	ret

00011c66 <__shiftright128>:
   11c66:	7b4002ef          	jal	t0,1241a <__riscv_save_4>
   11c6a:	8a2a                	mv	s4,a0
   11c6c:	8532                	mv	a0,a2
   11c6e:	04000613          	li	a2,64
   11c72:	8e19                	sub	a2,a2,a4
   11c74:	89ae                	mv	s3,a1
   11c76:	85b6                	mv	a1,a3
   11c78:	843a                	mv	s0,a4
   11c7a:	284d                	jal	11d2c <__ashldi3>
   11c7c:	892a                	mv	s2,a0
   11c7e:	84ae                	mv	s1,a1
   11c80:	8622                	mv	a2,s0
   11c82:	8552                	mv	a0,s4
   11c84:	85ce                	mv	a1,s3
   11c86:	28bd                	jal	11d04 <__lshrdi3>
   11c88:	00a96533          	or	a0,s2,a0
   11c8c:	8dc5                	or	a1,a1,s1
   11c8e:	a7c1                	j	1244e <__riscv_restore_4>

00011c90 <memset>:
   11c90:	832a                	mv	t1,a0
   11c92:	c611                	beqz	a2,11c9e <memset+0xe>
   11c94:	00b30023          	sb	a1,0(t1)
   11c98:	167d                	add	a2,a2,-1
   11c9a:	0305                	add	t1,t1,1
   11c9c:	fe65                	bnez	a2,11c94 <memset+0x4>
   11c9e:	8082                	ret

00011ca0 <__libc_fini_array>:
   11ca0:	794002ef          	jal	t0,12434 <__riscv_save_0>
   11ca4:	67cd                	lui	a5,0x13
   11ca6:	644d                	lui	s0,0x13
   11ca8:	5e878713          	add	a4,a5,1512 # 135e8 <__fini_array_end>
   11cac:	5e840413          	add	s0,s0,1512 # 135e8 <__fini_array_end>
   11cb0:	8c19                	sub	s0,s0,a4
   11cb2:	8409                	sra	s0,s0,0x2
   11cb4:	5e878493          	add	s1,a5,1512
   11cb8:	e809                	bnez	s0,11cca <__libc_fini_array+0x2a>
   11cba:	00000793          	li	a5,0
   11cbe:	c789                	beqz	a5,11cc8 <__libc_fini_array+0x28>
   11cc0:	00000097          	auipc	ra,0x0
   11cc4:	000000e7          	jalr	zero # 0 <errno>
   11cc8:	af41                	j	12458 <__riscv_restore_0>
   11cca:	147d                	add	s0,s0,-1
   11ccc:	00241793          	sll	a5,s0,0x2
   11cd0:	97a6                	add	a5,a5,s1
   11cd2:	439c                	lw	a5,0(a5)
   11cd4:	9782                	jalr	a5
   11cd6:	b7cd                	j	11cb8 <__libc_fini_array+0x18>

00011cd8 <strnlen>:
   11cd8:	95aa                	add	a1,a1,a0
   11cda:	87aa                	mv	a5,a0
   11cdc:	00b78563          	beq	a5,a1,11ce6 <strnlen+0xe>
   11ce0:	0007c703          	lbu	a4,0(a5)
   11ce4:	e701                	bnez	a4,11cec <strnlen+0x14>
   11ce6:	40a78533          	sub	a0,a5,a0
   11cea:	8082                	ret
   11cec:	0785                	add	a5,a5,1
   11cee:	b7fd                	j	11cdc <strnlen+0x4>

00011cf0 <__file_str_put>:
   11cf0:	49dc                	lw	a5,20(a1)
   11cf2:	4d98                	lw	a4,24(a1)
   11cf4:	00e78763          	beq	a5,a4,11d02 <__file_str_put+0x12>
   11cf8:	00178713          	add	a4,a5,1
   11cfc:	c9d8                	sw	a4,20(a1)
   11cfe:	00a78023          	sb	a0,0(a5)
   11d02:	8082                	ret

00011d04 <__lshrdi3>:
   11d04:	ca19                	beqz	a2,11d1a <__lshrdi3+0x16>
   11d06:	02000793          	li	a5,32
   11d0a:	8f91                	sub	a5,a5,a2
   11d0c:	00f04863          	bgtz	a5,11d1c <__lshrdi3+0x18>
   11d10:	1601                	add	a2,a2,-32
   11d12:	00c5d533          	srl	a0,a1,a2
   11d16:	4701                	li	a4,0
   11d18:	85ba                	mv	a1,a4
   11d1a:	8082                	ret
   11d1c:	00c5d733          	srl	a4,a1,a2
   11d20:	00c55533          	srl	a0,a0,a2
   11d24:	00f595b3          	sll	a1,a1,a5
   11d28:	8d4d                	or	a0,a0,a1
   11d2a:	b7fd                	j	11d18 <__lshrdi3+0x14>

00011d2c <__ashldi3>:
   11d2c:	ca19                	beqz	a2,11d42 <__ashldi3+0x16>
   11d2e:	02000793          	li	a5,32
   11d32:	8f91                	sub	a5,a5,a2
   11d34:	00f04863          	bgtz	a5,11d44 <__ashldi3+0x18>
   11d38:	1601                	add	a2,a2,-32
   11d3a:	00c515b3          	sll	a1,a0,a2
   11d3e:	4701                	li	a4,0
   11d40:	853a                	mv	a0,a4
   11d42:	8082                	ret
   11d44:	00c51733          	sll	a4,a0,a2
   11d48:	00c595b3          	sll	a1,a1,a2
   11d4c:	00f55533          	srl	a0,a0,a5
   11d50:	8dc9                	or	a1,a1,a0
   11d52:	b7fd                	j	11d40 <__ashldi3+0x14>

00011d54 <__ashrdi3>:
   11d54:	ce01                	beqz	a2,11d6c <__ashrdi3+0x18>
   11d56:	02000793          	li	a5,32
   11d5a:	8f91                	sub	a5,a5,a2
   11d5c:	00f04963          	bgtz	a5,11d6e <__ashrdi3+0x1a>
   11d60:	1601                	add	a2,a2,-32
   11d62:	41f5d713          	sra	a4,a1,0x1f
   11d66:	40c5d533          	sra	a0,a1,a2
   11d6a:	85ba                	mv	a1,a4
   11d6c:	8082                	ret
   11d6e:	40c5d733          	sra	a4,a1,a2
   11d72:	00c55533          	srl	a0,a0,a2
   11d76:	00f595b3          	sll	a1,a1,a5
   11d7a:	8d4d                	or	a0,a0,a1
   11d7c:	b7fd                	j	11d6a <__ashrdi3+0x16>

00011d7e <__udivdi3>:
   11d7e:	88aa                	mv	a7,a0
   11d80:	832e                	mv	t1,a1
   11d82:	8732                	mv	a4,a2
   11d84:	882a                	mv	a6,a0
   11d86:	87ae                	mv	a5,a1
   11d88:	20069663          	bnez	a3,11f94 <__udivdi3+0x216>
   11d8c:	00001597          	auipc	a1,0x1
   11d90:	75058593          	add	a1,a1,1872 # 134dc <__clz_tab>
   11d94:	0cc37163          	bgeu	t1,a2,11e56 <__udivdi3+0xd8>
   11d98:	66c1                	lui	a3,0x10
   11d9a:	0ad67763          	bgeu	a2,a3,11e48 <__udivdi3+0xca>
   11d9e:	10063693          	sltiu	a3,a2,256
   11da2:	0016c693          	xor	a3,a3,1
   11da6:	068e                	sll	a3,a3,0x3
   11da8:	00d65533          	srl	a0,a2,a3
   11dac:	95aa                	add	a1,a1,a0
   11dae:	0005c583          	lbu	a1,0(a1)
   11db2:	02000513          	li	a0,32
   11db6:	96ae                	add	a3,a3,a1
   11db8:	40d505b3          	sub	a1,a0,a3
   11dbc:	00d50b63          	beq	a0,a3,11dd2 <__udivdi3+0x54>
   11dc0:	00b317b3          	sll	a5,t1,a1
   11dc4:	00d8d6b3          	srl	a3,a7,a3
   11dc8:	00b61733          	sll	a4,a2,a1
   11dcc:	8fd5                	or	a5,a5,a3
   11dce:	00b89833          	sll	a6,a7,a1
   11dd2:	01075593          	srl	a1,a4,0x10
   11dd6:	02b7d333          	divu	t1,a5,a1
   11dda:	01071613          	sll	a2,a4,0x10
   11dde:	8241                	srl	a2,a2,0x10
   11de0:	02b7f7b3          	remu	a5,a5,a1
   11de4:	851a                	mv	a0,t1
   11de6:	026608b3          	mul	a7,a2,t1
   11dea:	01079693          	sll	a3,a5,0x10
   11dee:	01085793          	srl	a5,a6,0x10
   11df2:	8fd5                	or	a5,a5,a3
   11df4:	0117fc63          	bgeu	a5,a7,11e0c <__udivdi3+0x8e>
   11df8:	97ba                	add	a5,a5,a4
   11dfa:	fff30513          	add	a0,t1,-1
   11dfe:	00e7e763          	bltu	a5,a4,11e0c <__udivdi3+0x8e>
   11e02:	0117f563          	bgeu	a5,a7,11e0c <__udivdi3+0x8e>
   11e06:	ffe30513          	add	a0,t1,-2
   11e0a:	97ba                	add	a5,a5,a4
   11e0c:	411787b3          	sub	a5,a5,a7
   11e10:	02b7d8b3          	divu	a7,a5,a1
   11e14:	0842                	sll	a6,a6,0x10
   11e16:	01085813          	srl	a6,a6,0x10
   11e1a:	02b7f7b3          	remu	a5,a5,a1
   11e1e:	031606b3          	mul	a3,a2,a7
   11e22:	07c2                	sll	a5,a5,0x10
   11e24:	00f86833          	or	a6,a6,a5
   11e28:	87c6                	mv	a5,a7
   11e2a:	00d87b63          	bgeu	a6,a3,11e40 <__udivdi3+0xc2>
   11e2e:	983a                	add	a6,a6,a4
   11e30:	fff88793          	add	a5,a7,-1
   11e34:	00e86663          	bltu	a6,a4,11e40 <__udivdi3+0xc2>
   11e38:	00d87463          	bgeu	a6,a3,11e40 <__udivdi3+0xc2>
   11e3c:	ffe88793          	add	a5,a7,-2
   11e40:	0542                	sll	a0,a0,0x10
   11e42:	8d5d                	or	a0,a0,a5
   11e44:	4581                	li	a1,0
   11e46:	8082                	ret
   11e48:	01000537          	lui	a0,0x1000
   11e4c:	46c1                	li	a3,16
   11e4e:	f4a66de3          	bltu	a2,a0,11da8 <__udivdi3+0x2a>
   11e52:	46e1                	li	a3,24
   11e54:	bf91                	j	11da8 <__udivdi3+0x2a>
   11e56:	4681                	li	a3,0
   11e58:	ca09                	beqz	a2,11e6a <__udivdi3+0xec>
   11e5a:	67c1                	lui	a5,0x10
   11e5c:	08f67f63          	bgeu	a2,a5,11efa <__udivdi3+0x17c>
   11e60:	10063693          	sltiu	a3,a2,256
   11e64:	0016c693          	xor	a3,a3,1
   11e68:	068e                	sll	a3,a3,0x3
   11e6a:	00d657b3          	srl	a5,a2,a3
   11e6e:	95be                	add	a1,a1,a5
   11e70:	0005c783          	lbu	a5,0(a1)
   11e74:	97b6                	add	a5,a5,a3
   11e76:	02000693          	li	a3,32
   11e7a:	40f685b3          	sub	a1,a3,a5
   11e7e:	08f69563          	bne	a3,a5,11f08 <__udivdi3+0x18a>
   11e82:	40c307b3          	sub	a5,t1,a2
   11e86:	4585                	li	a1,1
   11e88:	01075893          	srl	a7,a4,0x10
   11e8c:	0317de33          	divu	t3,a5,a7
   11e90:	01071613          	sll	a2,a4,0x10
   11e94:	8241                	srl	a2,a2,0x10
   11e96:	01085693          	srl	a3,a6,0x10
   11e9a:	0317f7b3          	remu	a5,a5,a7
   11e9e:	8572                	mv	a0,t3
   11ea0:	03c60333          	mul	t1,a2,t3
   11ea4:	07c2                	sll	a5,a5,0x10
   11ea6:	8fd5                	or	a5,a5,a3
   11ea8:	0067fc63          	bgeu	a5,t1,11ec0 <__udivdi3+0x142>
   11eac:	97ba                	add	a5,a5,a4
   11eae:	fffe0513          	add	a0,t3,-1
   11eb2:	00e7e763          	bltu	a5,a4,11ec0 <__udivdi3+0x142>
   11eb6:	0067f563          	bgeu	a5,t1,11ec0 <__udivdi3+0x142>
   11eba:	ffee0513          	add	a0,t3,-2
   11ebe:	97ba                	add	a5,a5,a4
   11ec0:	406787b3          	sub	a5,a5,t1
   11ec4:	0317d333          	divu	t1,a5,a7
   11ec8:	0842                	sll	a6,a6,0x10
   11eca:	01085813          	srl	a6,a6,0x10
   11ece:	0317f7b3          	remu	a5,a5,a7
   11ed2:	026606b3          	mul	a3,a2,t1
   11ed6:	07c2                	sll	a5,a5,0x10
   11ed8:	00f86833          	or	a6,a6,a5
   11edc:	879a                	mv	a5,t1
   11ede:	00d87b63          	bgeu	a6,a3,11ef4 <__udivdi3+0x176>
   11ee2:	983a                	add	a6,a6,a4
   11ee4:	fff30793          	add	a5,t1,-1
   11ee8:	00e86663          	bltu	a6,a4,11ef4 <__udivdi3+0x176>
   11eec:	00d87463          	bgeu	a6,a3,11ef4 <__udivdi3+0x176>
   11ef0:	ffe30793          	add	a5,t1,-2
   11ef4:	0542                	sll	a0,a0,0x10
   11ef6:	8d5d                	or	a0,a0,a5
   11ef8:	8082                	ret
   11efa:	010007b7          	lui	a5,0x1000
   11efe:	46c1                	li	a3,16
   11f00:	f6f665e3          	bltu	a2,a5,11e6a <__udivdi3+0xec>
   11f04:	46e1                	li	a3,24
   11f06:	b795                	j	11e6a <__udivdi3+0xec>
   11f08:	00b61733          	sll	a4,a2,a1
   11f0c:	00f356b3          	srl	a3,t1,a5
   11f10:	01075513          	srl	a0,a4,0x10
   11f14:	00b31333          	sll	t1,t1,a1
   11f18:	00f8d7b3          	srl	a5,a7,a5
   11f1c:	0067e7b3          	or	a5,a5,t1
   11f20:	02a6d333          	divu	t1,a3,a0
   11f24:	01071613          	sll	a2,a4,0x10
   11f28:	8241                	srl	a2,a2,0x10
   11f2a:	00b89833          	sll	a6,a7,a1
   11f2e:	02a6f6b3          	remu	a3,a3,a0
   11f32:	026608b3          	mul	a7,a2,t1
   11f36:	01069593          	sll	a1,a3,0x10
   11f3a:	0107d693          	srl	a3,a5,0x10
   11f3e:	8ecd                	or	a3,a3,a1
   11f40:	859a                	mv	a1,t1
   11f42:	0116fc63          	bgeu	a3,a7,11f5a <__udivdi3+0x1dc>
   11f46:	96ba                	add	a3,a3,a4
   11f48:	fff30593          	add	a1,t1,-1
   11f4c:	00e6e763          	bltu	a3,a4,11f5a <__udivdi3+0x1dc>
   11f50:	0116f563          	bgeu	a3,a7,11f5a <__udivdi3+0x1dc>
   11f54:	ffe30593          	add	a1,t1,-2
   11f58:	96ba                	add	a3,a3,a4
   11f5a:	411686b3          	sub	a3,a3,a7
   11f5e:	02a6d8b3          	divu	a7,a3,a0
   11f62:	07c2                	sll	a5,a5,0x10
   11f64:	83c1                	srl	a5,a5,0x10
   11f66:	02a6f6b3          	remu	a3,a3,a0
   11f6a:	03160633          	mul	a2,a2,a7
   11f6e:	06c2                	sll	a3,a3,0x10
   11f70:	8fd5                	or	a5,a5,a3
   11f72:	86c6                	mv	a3,a7
   11f74:	00c7fc63          	bgeu	a5,a2,11f8c <__udivdi3+0x20e>
   11f78:	97ba                	add	a5,a5,a4
   11f7a:	fff88693          	add	a3,a7,-1
   11f7e:	00e7e763          	bltu	a5,a4,11f8c <__udivdi3+0x20e>
   11f82:	00c7f563          	bgeu	a5,a2,11f8c <__udivdi3+0x20e>
   11f86:	ffe88693          	add	a3,a7,-2
   11f8a:	97ba                	add	a5,a5,a4
   11f8c:	05c2                	sll	a1,a1,0x10
   11f8e:	8f91                	sub	a5,a5,a2
   11f90:	8dd5                	or	a1,a1,a3
   11f92:	bddd                	j	11e88 <__udivdi3+0x10a>
   11f94:	14d5e163          	bltu	a1,a3,120d6 <__udivdi3+0x358>
   11f98:	67c1                	lui	a5,0x10
   11f9a:	02f6ff63          	bgeu	a3,a5,11fd8 <__udivdi3+0x25a>
   11f9e:	1006b713          	sltiu	a4,a3,256
   11fa2:	00174713          	xor	a4,a4,1
   11fa6:	070e                	sll	a4,a4,0x3
   11fa8:	00e6d5b3          	srl	a1,a3,a4
   11fac:	00001797          	auipc	a5,0x1
   11fb0:	53078793          	add	a5,a5,1328 # 134dc <__clz_tab>
   11fb4:	97ae                	add	a5,a5,a1
   11fb6:	0007c783          	lbu	a5,0(a5)
   11fba:	97ba                	add	a5,a5,a4
   11fbc:	02000713          	li	a4,32
   11fc0:	40f705b3          	sub	a1,a4,a5
   11fc4:	02f71163          	bne	a4,a5,11fe6 <__udivdi3+0x268>
   11fc8:	4505                	li	a0,1
   11fca:	e666eee3          	bltu	a3,t1,11e46 <__udivdi3+0xc8>
   11fce:	00c8b533          	sltu	a0,a7,a2
   11fd2:	00154513          	xor	a0,a0,1
   11fd6:	8082                	ret
   11fd8:	010007b7          	lui	a5,0x1000
   11fdc:	4741                	li	a4,16
   11fde:	fcf6e5e3          	bltu	a3,a5,11fa8 <__udivdi3+0x22a>
   11fe2:	4761                	li	a4,24
   11fe4:	b7d1                	j	11fa8 <__udivdi3+0x22a>
   11fe6:	00f65733          	srl	a4,a2,a5
   11fea:	00b696b3          	sll	a3,a3,a1
   11fee:	8ed9                	or	a3,a3,a4
   11ff0:	00f35733          	srl	a4,t1,a5
   11ff4:	00b31333          	sll	t1,t1,a1
   11ff8:	00f8d7b3          	srl	a5,a7,a5
   11ffc:	0067e7b3          	or	a5,a5,t1
   12000:	0106d313          	srl	t1,a3,0x10
   12004:	02675eb3          	divu	t4,a4,t1
   12008:	01069813          	sll	a6,a3,0x10
   1200c:	01085813          	srl	a6,a6,0x10
   12010:	00b61633          	sll	a2,a2,a1
   12014:	02677733          	remu	a4,a4,t1
   12018:	03d80e33          	mul	t3,a6,t4
   1201c:	01071513          	sll	a0,a4,0x10
   12020:	0107d713          	srl	a4,a5,0x10
   12024:	8f49                	or	a4,a4,a0
   12026:	8576                	mv	a0,t4
   12028:	01c77c63          	bgeu	a4,t3,12040 <__udivdi3+0x2c2>
   1202c:	9736                	add	a4,a4,a3
   1202e:	fffe8513          	add	a0,t4,-1
   12032:	00d76763          	bltu	a4,a3,12040 <__udivdi3+0x2c2>
   12036:	01c77563          	bgeu	a4,t3,12040 <__udivdi3+0x2c2>
   1203a:	ffee8513          	add	a0,t4,-2
   1203e:	9736                	add	a4,a4,a3
   12040:	41c70733          	sub	a4,a4,t3
   12044:	02675e33          	divu	t3,a4,t1
   12048:	07c2                	sll	a5,a5,0x10
   1204a:	83c1                	srl	a5,a5,0x10
   1204c:	02677733          	remu	a4,a4,t1
   12050:	03c80833          	mul	a6,a6,t3
   12054:	0742                	sll	a4,a4,0x10
   12056:	8fd9                	or	a5,a5,a4
   12058:	8772                	mv	a4,t3
   1205a:	0107fc63          	bgeu	a5,a6,12072 <__udivdi3+0x2f4>
   1205e:	97b6                	add	a5,a5,a3
   12060:	fffe0713          	add	a4,t3,-1
   12064:	00d7e763          	bltu	a5,a3,12072 <__udivdi3+0x2f4>
   12068:	0107f563          	bgeu	a5,a6,12072 <__udivdi3+0x2f4>
   1206c:	ffee0713          	add	a4,t3,-2
   12070:	97b6                	add	a5,a5,a3
   12072:	0542                	sll	a0,a0,0x10
   12074:	6e41                	lui	t3,0x10
   12076:	8d59                	or	a0,a0,a4
   12078:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   1207c:	00d57733          	and	a4,a0,a3
   12080:	410787b3          	sub	a5,a5,a6
   12084:	8ef1                	and	a3,a3,a2
   12086:	01055813          	srl	a6,a0,0x10
   1208a:	8241                	srl	a2,a2,0x10
   1208c:	02d70333          	mul	t1,a4,a3
   12090:	02d806b3          	mul	a3,a6,a3
   12094:	02c70733          	mul	a4,a4,a2
   12098:	02c80833          	mul	a6,a6,a2
   1209c:	00d70633          	add	a2,a4,a3
   120a0:	01035713          	srl	a4,t1,0x10
   120a4:	9732                	add	a4,a4,a2
   120a6:	00d77363          	bgeu	a4,a3,120ac <__udivdi3+0x32e>
   120aa:	9872                	add	a6,a6,t3
   120ac:	01075693          	srl	a3,a4,0x10
   120b0:	96c2                	add	a3,a3,a6
   120b2:	02d7e063          	bltu	a5,a3,120d2 <__udivdi3+0x354>
   120b6:	d8d797e3          	bne	a5,a3,11e44 <__udivdi3+0xc6>
   120ba:	67c1                	lui	a5,0x10
   120bc:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   120be:	8f7d                	and	a4,a4,a5
   120c0:	0742                	sll	a4,a4,0x10
   120c2:	00f37333          	and	t1,t1,a5
   120c6:	00b898b3          	sll	a7,a7,a1
   120ca:	971a                	add	a4,a4,t1
   120cc:	4581                	li	a1,0
   120ce:	d6e8fce3          	bgeu	a7,a4,11e46 <__udivdi3+0xc8>
   120d2:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   120d4:	bb85                	j	11e44 <__udivdi3+0xc6>
   120d6:	4581                	li	a1,0
   120d8:	4501                	li	a0,0
   120da:	8082                	ret

000120dc <__umoddi3>:
   120dc:	8832                	mv	a6,a2
   120de:	87aa                	mv	a5,a0
   120e0:	872e                	mv	a4,a1
   120e2:	1a069363          	bnez	a3,12288 <__umoddi3+0x1ac>
   120e6:	00001897          	auipc	a7,0x1
   120ea:	3f688893          	add	a7,a7,1014 # 134dc <__clz_tab>
   120ee:	0ac5f663          	bgeu	a1,a2,1219a <__umoddi3+0xbe>
   120f2:	66c1                	lui	a3,0x10
   120f4:	08d67c63          	bgeu	a2,a3,1218c <__umoddi3+0xb0>
   120f8:	10063693          	sltiu	a3,a2,256
   120fc:	0016c693          	xor	a3,a3,1
   12100:	068e                	sll	a3,a3,0x3
   12102:	00d65333          	srl	t1,a2,a3
   12106:	989a                	add	a7,a7,t1
   12108:	0008c883          	lbu	a7,0(a7)
   1210c:	02000313          	li	t1,32
   12110:	96c6                	add	a3,a3,a7
   12112:	40d308b3          	sub	a7,t1,a3
   12116:	00d30b63          	beq	t1,a3,1212c <__umoddi3+0x50>
   1211a:	01159733          	sll	a4,a1,a7
   1211e:	00d556b3          	srl	a3,a0,a3
   12122:	01161833          	sll	a6,a2,a7
   12126:	8f55                	or	a4,a4,a3
   12128:	011517b3          	sll	a5,a0,a7
   1212c:	01085613          	srl	a2,a6,0x10
   12130:	02c756b3          	divu	a3,a4,a2
   12134:	01081513          	sll	a0,a6,0x10
   12138:	8141                	srl	a0,a0,0x10
   1213a:	02c77733          	remu	a4,a4,a2
   1213e:	02a686b3          	mul	a3,a3,a0
   12142:	01071593          	sll	a1,a4,0x10
   12146:	0107d713          	srl	a4,a5,0x10
   1214a:	8f4d                	or	a4,a4,a1
   1214c:	00d77863          	bgeu	a4,a3,1215c <__umoddi3+0x80>
   12150:	9742                	add	a4,a4,a6
   12152:	01076563          	bltu	a4,a6,1215c <__umoddi3+0x80>
   12156:	00d77363          	bgeu	a4,a3,1215c <__umoddi3+0x80>
   1215a:	9742                	add	a4,a4,a6
   1215c:	8f15                	sub	a4,a4,a3
   1215e:	02c756b3          	divu	a3,a4,a2
   12162:	02c77733          	remu	a4,a4,a2
   12166:	02a686b3          	mul	a3,a3,a0
   1216a:	07c2                	sll	a5,a5,0x10
   1216c:	0742                	sll	a4,a4,0x10
   1216e:	83c1                	srl	a5,a5,0x10
   12170:	8fd9                	or	a5,a5,a4
   12172:	00d7f863          	bgeu	a5,a3,12182 <__umoddi3+0xa6>
   12176:	97c2                	add	a5,a5,a6
   12178:	0107e563          	bltu	a5,a6,12182 <__umoddi3+0xa6>
   1217c:	00d7f363          	bgeu	a5,a3,12182 <__umoddi3+0xa6>
   12180:	97c2                	add	a5,a5,a6
   12182:	8f95                	sub	a5,a5,a3
   12184:	0117d533          	srl	a0,a5,a7
   12188:	4581                	li	a1,0
   1218a:	8082                	ret
   1218c:	01000337          	lui	t1,0x1000
   12190:	46c1                	li	a3,16
   12192:	f66668e3          	bltu	a2,t1,12102 <__umoddi3+0x26>
   12196:	46e1                	li	a3,24
   12198:	b7ad                	j	12102 <__umoddi3+0x26>
   1219a:	4681                	li	a3,0
   1219c:	ca09                	beqz	a2,121ae <__umoddi3+0xd2>
   1219e:	6741                	lui	a4,0x10
   121a0:	06e67463          	bgeu	a2,a4,12208 <__umoddi3+0x12c>
   121a4:	10063693          	sltiu	a3,a2,256
   121a8:	0016c693          	xor	a3,a3,1
   121ac:	068e                	sll	a3,a3,0x3
   121ae:	00d65733          	srl	a4,a2,a3
   121b2:	98ba                	add	a7,a7,a4
   121b4:	0008c703          	lbu	a4,0(a7)
   121b8:	9736                	add	a4,a4,a3
   121ba:	02000693          	li	a3,32
   121be:	40e688b3          	sub	a7,a3,a4
   121c2:	04e69a63          	bne	a3,a4,12216 <__umoddi3+0x13a>
   121c6:	40c58733          	sub	a4,a1,a2
   121ca:	01085593          	srl	a1,a6,0x10
   121ce:	02b75633          	divu	a2,a4,a1
   121d2:	01081513          	sll	a0,a6,0x10
   121d6:	8141                	srl	a0,a0,0x10
   121d8:	0107d693          	srl	a3,a5,0x10
   121dc:	02b77733          	remu	a4,a4,a1
   121e0:	02a60633          	mul	a2,a2,a0
   121e4:	0742                	sll	a4,a4,0x10
   121e6:	8f55                	or	a4,a4,a3
   121e8:	00c77863          	bgeu	a4,a2,121f8 <__umoddi3+0x11c>
   121ec:	9742                	add	a4,a4,a6
   121ee:	01076563          	bltu	a4,a6,121f8 <__umoddi3+0x11c>
   121f2:	00c77363          	bgeu	a4,a2,121f8 <__umoddi3+0x11c>
   121f6:	9742                	add	a4,a4,a6
   121f8:	8f11                	sub	a4,a4,a2
   121fa:	02b756b3          	divu	a3,a4,a1
   121fe:	02b77733          	remu	a4,a4,a1
   12202:	02a686b3          	mul	a3,a3,a0
   12206:	b795                	j	1216a <__umoddi3+0x8e>
   12208:	01000737          	lui	a4,0x1000
   1220c:	46c1                	li	a3,16
   1220e:	fae660e3          	bltu	a2,a4,121ae <__umoddi3+0xd2>
   12212:	46e1                	li	a3,24
   12214:	bf69                	j	121ae <__umoddi3+0xd2>
   12216:	01161833          	sll	a6,a2,a7
   1221a:	00e5d6b3          	srl	a3,a1,a4
   1221e:	011517b3          	sll	a5,a0,a7
   12222:	011595b3          	sll	a1,a1,a7
   12226:	00e55733          	srl	a4,a0,a4
   1222a:	01085513          	srl	a0,a6,0x10
   1222e:	8f4d                	or	a4,a4,a1
   12230:	02a6d5b3          	divu	a1,a3,a0
   12234:	01081313          	sll	t1,a6,0x10
   12238:	01035313          	srl	t1,t1,0x10
   1223c:	02a6f6b3          	remu	a3,a3,a0
   12240:	026585b3          	mul	a1,a1,t1
   12244:	01069613          	sll	a2,a3,0x10
   12248:	01075693          	srl	a3,a4,0x10
   1224c:	8ed1                	or	a3,a3,a2
   1224e:	00b6f863          	bgeu	a3,a1,1225e <__umoddi3+0x182>
   12252:	96c2                	add	a3,a3,a6
   12254:	0106e563          	bltu	a3,a6,1225e <__umoddi3+0x182>
   12258:	00b6f363          	bgeu	a3,a1,1225e <__umoddi3+0x182>
   1225c:	96c2                	add	a3,a3,a6
   1225e:	8e8d                	sub	a3,a3,a1
   12260:	02a6d633          	divu	a2,a3,a0
   12264:	0742                	sll	a4,a4,0x10
   12266:	8341                	srl	a4,a4,0x10
   12268:	02a6f6b3          	remu	a3,a3,a0
   1226c:	02660633          	mul	a2,a2,t1
   12270:	06c2                	sll	a3,a3,0x10
   12272:	8f55                	or	a4,a4,a3
   12274:	00c77863          	bgeu	a4,a2,12284 <__umoddi3+0x1a8>
   12278:	9742                	add	a4,a4,a6
   1227a:	01076563          	bltu	a4,a6,12284 <__umoddi3+0x1a8>
   1227e:	00c77363          	bgeu	a4,a2,12284 <__umoddi3+0x1a8>
   12282:	9742                	add	a4,a4,a6
   12284:	8f11                	sub	a4,a4,a2
   12286:	b791                	j	121ca <__umoddi3+0xee>
   12288:	16d5ed63          	bltu	a1,a3,12402 <__umoddi3+0x326>
   1228c:	6841                	lui	a6,0x10
   1228e:	0506f763          	bgeu	a3,a6,122dc <__umoddi3+0x200>
   12292:	1006b813          	sltiu	a6,a3,256
   12296:	00184813          	xor	a6,a6,1
   1229a:	080e                	sll	a6,a6,0x3
   1229c:	0106d333          	srl	t1,a3,a6
   122a0:	00001897          	auipc	a7,0x1
   122a4:	23c88893          	add	a7,a7,572 # 134dc <__clz_tab>
   122a8:	989a                	add	a7,a7,t1
   122aa:	0008c883          	lbu	a7,0(a7)
   122ae:	02000313          	li	t1,32
   122b2:	98c2                	add	a7,a7,a6
   122b4:	41130833          	sub	a6,t1,a7
   122b8:	03131963          	bne	t1,a7,122ea <__umoddi3+0x20e>
   122bc:	00b6e463          	bltu	a3,a1,122c4 <__umoddi3+0x1e8>
   122c0:	00c56b63          	bltu	a0,a2,122d6 <__umoddi3+0x1fa>
   122c4:	40c50633          	sub	a2,a0,a2
   122c8:	40d586b3          	sub	a3,a1,a3
   122cc:	00c53733          	sltu	a4,a0,a2
   122d0:	87b2                	mv	a5,a2
   122d2:	40e68733          	sub	a4,a3,a4
   122d6:	853e                	mv	a0,a5
   122d8:	85ba                	mv	a1,a4
   122da:	8082                	ret
   122dc:	010008b7          	lui	a7,0x1000
   122e0:	4841                	li	a6,16
   122e2:	fb16ede3          	bltu	a3,a7,1229c <__umoddi3+0x1c0>
   122e6:	4861                	li	a6,24
   122e8:	bf55                	j	1229c <__umoddi3+0x1c0>
   122ea:	011657b3          	srl	a5,a2,a7
   122ee:	010696b3          	sll	a3,a3,a6
   122f2:	8edd                	or	a3,a3,a5
   122f4:	0115d733          	srl	a4,a1,a7
   122f8:	0106de13          	srl	t3,a3,0x10
   122fc:	03c75f33          	divu	t5,a4,t3
   12300:	01069313          	sll	t1,a3,0x10
   12304:	01035313          	srl	t1,t1,0x10
   12308:	010597b3          	sll	a5,a1,a6
   1230c:	011555b3          	srl	a1,a0,a7
   12310:	8ddd                	or	a1,a1,a5
   12312:	0105d793          	srl	a5,a1,0x10
   12316:	01061633          	sll	a2,a2,a6
   1231a:	01051533          	sll	a0,a0,a6
   1231e:	03c77733          	remu	a4,a4,t3
   12322:	03e30eb3          	mul	t4,t1,t5
   12326:	0742                	sll	a4,a4,0x10
   12328:	8fd9                	or	a5,a5,a4
   1232a:	877a                	mv	a4,t5
   1232c:	01d7fc63          	bgeu	a5,t4,12344 <__umoddi3+0x268>
   12330:	97b6                	add	a5,a5,a3
   12332:	ffff0713          	add	a4,t5,-1
   12336:	00d7e763          	bltu	a5,a3,12344 <__umoddi3+0x268>
   1233a:	01d7f563          	bgeu	a5,t4,12344 <__umoddi3+0x268>
   1233e:	ffef0713          	add	a4,t5,-2
   12342:	97b6                	add	a5,a5,a3
   12344:	41d787b3          	sub	a5,a5,t4
   12348:	03c7deb3          	divu	t4,a5,t3
   1234c:	05c2                	sll	a1,a1,0x10
   1234e:	81c1                	srl	a1,a1,0x10
   12350:	03c7f7b3          	remu	a5,a5,t3
   12354:	8e76                	mv	t3,t4
   12356:	03d30333          	mul	t1,t1,t4
   1235a:	07c2                	sll	a5,a5,0x10
   1235c:	8ddd                	or	a1,a1,a5
   1235e:	0065fc63          	bgeu	a1,t1,12376 <__umoddi3+0x29a>
   12362:	95b6                	add	a1,a1,a3
   12364:	fffe8e13          	add	t3,t4,-1
   12368:	00d5e763          	bltu	a1,a3,12376 <__umoddi3+0x29a>
   1236c:	0065f563          	bgeu	a1,t1,12376 <__umoddi3+0x29a>
   12370:	ffee8e13          	add	t3,t4,-2
   12374:	95b6                	add	a1,a1,a3
   12376:	01071793          	sll	a5,a4,0x10
   1237a:	6f41                	lui	t5,0x10
   1237c:	01c7e7b3          	or	a5,a5,t3
   12380:	406585b3          	sub	a1,a1,t1
   12384:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12388:	0067f733          	and	a4,a5,t1
   1238c:	01065e13          	srl	t3,a2,0x10
   12390:	83c1                	srl	a5,a5,0x10
   12392:	00667333          	and	t1,a2,t1
   12396:	02670eb3          	mul	t4,a4,t1
   1239a:	02678333          	mul	t1,a5,t1
   1239e:	03c70733          	mul	a4,a4,t3
   123a2:	03c787b3          	mul	a5,a5,t3
   123a6:	00670e33          	add	t3,a4,t1
   123aa:	010ed713          	srl	a4,t4,0x10
   123ae:	9772                	add	a4,a4,t3
   123b0:	00677363          	bgeu	a4,t1,123b6 <__umoddi3+0x2da>
   123b4:	97fa                	add	a5,a5,t5
   123b6:	01075313          	srl	t1,a4,0x10
   123ba:	979a                	add	a5,a5,t1
   123bc:	6341                	lui	t1,0x10
   123be:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   123c0:	00677733          	and	a4,a4,t1
   123c4:	0742                	sll	a4,a4,0x10
   123c6:	006efeb3          	and	t4,t4,t1
   123ca:	9776                	add	a4,a4,t4
   123cc:	00f5e663          	bltu	a1,a5,123d8 <__umoddi3+0x2fc>
   123d0:	00f59b63          	bne	a1,a5,123e6 <__umoddi3+0x30a>
   123d4:	00e57963          	bgeu	a0,a4,123e6 <__umoddi3+0x30a>
   123d8:	40c70633          	sub	a2,a4,a2
   123dc:	00c73333          	sltu	t1,a4,a2
   123e0:	969a                	add	a3,a3,t1
   123e2:	8732                	mv	a4,a2
   123e4:	8f95                	sub	a5,a5,a3
   123e6:	40e50733          	sub	a4,a0,a4
   123ea:	00e53533          	sltu	a0,a0,a4
   123ee:	8d9d                	sub	a1,a1,a5
   123f0:	8d89                	sub	a1,a1,a0
   123f2:	011598b3          	sll	a7,a1,a7
   123f6:	01075733          	srl	a4,a4,a6
   123fa:	00e8e533          	or	a0,a7,a4
   123fe:	0105d5b3          	srl	a1,a1,a6
   12402:	8082                	ret

00012404 <__riscv_save_12>:
   12404:	7139                	add	sp,sp,-64
   12406:	4301                	li	t1,0
   12408:	c66e                	sw	s11,12(sp)
   1240a:	a019                	j	12410 <__riscv_save_10+0x4>

0001240c <__riscv_save_10>:
   1240c:	7139                	add	sp,sp,-64
   1240e:	5341                	li	t1,-16
   12410:	c86a                	sw	s10,16(sp)
   12412:	ca66                	sw	s9,20(sp)
   12414:	cc62                	sw	s8,24(sp)
   12416:	ce5e                	sw	s7,28(sp)
   12418:	a019                	j	1241e <__riscv_save_4+0x4>

0001241a <__riscv_save_4>:
   1241a:	7139                	add	sp,sp,-64
   1241c:	5301                	li	t1,-32
   1241e:	d05a                	sw	s6,32(sp)
   12420:	d256                	sw	s5,36(sp)
   12422:	d452                	sw	s4,40(sp)
   12424:	d64e                	sw	s3,44(sp)
   12426:	d84a                	sw	s2,48(sp)
   12428:	da26                	sw	s1,52(sp)
   1242a:	dc22                	sw	s0,56(sp)
   1242c:	de06                	sw	ra,60(sp)
   1242e:	40610133          	sub	sp,sp,t1
   12432:	8282                	jr	t0

00012434 <__riscv_save_0>:
   12434:	1141                	add	sp,sp,-16
   12436:	c04a                	sw	s2,0(sp)
   12438:	c226                	sw	s1,4(sp)
   1243a:	c422                	sw	s0,8(sp)
   1243c:	c606                	sw	ra,12(sp)
   1243e:	8282                	jr	t0

00012440 <__riscv_restore_12>:
   12440:	4db2                	lw	s11,12(sp)
   12442:	0141                	add	sp,sp,16

00012444 <__riscv_restore_10>:
   12444:	4d02                	lw	s10,0(sp)
   12446:	4c92                	lw	s9,4(sp)
   12448:	4c22                	lw	s8,8(sp)
   1244a:	4bb2                	lw	s7,12(sp)
   1244c:	0141                	add	sp,sp,16

0001244e <__riscv_restore_4>:
   1244e:	4b02                	lw	s6,0(sp)
   12450:	4a92                	lw	s5,4(sp)
   12452:	4a22                	lw	s4,8(sp)
   12454:	49b2                	lw	s3,12(sp)
   12456:	0141                	add	sp,sp,16

00012458 <__riscv_restore_0>:
   12458:	4902                	lw	s2,0(sp)
   1245a:	4492                	lw	s1,4(sp)
   1245c:	4422                	lw	s0,8(sp)
   1245e:	40b2                	lw	ra,12(sp)
   12460:	0141                	add	sp,sp,16
   12462:	8082                	ret
