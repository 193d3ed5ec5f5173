
build/identity.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	244d                	jal	102b6 <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2cfd                	jal	1031a <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	7159                	add	sp,sp,-112
   10022:	cad6                	sw	s5,84(sp)
   10024:	c4e2                	sw	s8,72(sp)
   10026:	d686                	sw	ra,108(sp)
   10028:	d4a2                	sw	s0,104(sp)
   1002a:	d2a6                	sw	s1,100(sp)
   1002c:	d0ca                	sw	s2,96(sp)
   1002e:	cece                	sw	s3,92(sp)
   10030:	ccd2                	sw	s4,88(sp)
   10032:	c8da                	sw	s6,80(sp)
   10034:	c6de                	sw	s7,76(sp)
   10036:	c2e6                	sw	s9,68(sp)
   10038:	4785                	li	a5,1
   1003a:	06400c13          	li	s8,100
   1003e:	4a8d                	li	s5,3
   10040:	0aa7cb63          	blt	a5,a0,100f6 <main+0xd6>
   10044:	4a05                	li	s4,1
   10046:	6b4d                	lui	s6,0x13
   10048:	6bcd                	lui	s7,0x13
   1004a:	6ccd                	lui	s9,0x13
   1004c:	02810993          	add	s3,sp,40
   10050:	694d                	lui	s2,0x13
   10052:	0828                	add	a0,sp,24
   10054:	22bd                	jal	101c2 <net_info>
   10056:	ed3d                	bnez	a0,100d4 <main+0xb4>
   10058:	01d14603          	lbu	a2,29(sp)
   1005c:	01c14883          	lbu	a7,28(sp)
   10060:	01b14803          	lbu	a6,27(sp)
   10064:	01a14783          	lbu	a5,26(sp)
   10068:	01914703          	lbu	a4,25(sp)
   1006c:	01814683          	lbu	a3,24(sp)
   10070:	c032                	sw	a2,0(sp)
   10072:	45c9                	li	a1,18
   10074:	008b8613          	add	a2,s7,8 # 13008 <__riscv_restore_0+0xc10>
   10078:	1068                	add	a0,sp,44
   1007a:	24d5                	jal	1035e <snprintf>
   1007c:	45a1                	li	a1,8
   1007e:	0808                	add	a0,sp,16
   10080:	20c1                	jal	10140 <getentropy>
   10082:	0804                	add	s1,sp,16
   10084:	0820                	add	s0,sp,24
   10086:	e135                	bnez	a0,100ea <main+0xca>
   10088:	0004c683          	lbu	a3,0(s1)
   1008c:	8522                	mv	a0,s0
   1008e:	02890613          	add	a2,s2,40 # 13028 <__riscv_restore_0+0xc30>
   10092:	458d                	li	a1,3
   10094:	0409                	add	s0,s0,2
   10096:	24e1                	jal	1035e <snprintf>
   10098:	0485                	add	s1,s1,1
   1009a:	ff3417e3          	bne	s0,s3,10088 <main+0x68>
   1009e:	0834                	add	a3,sp,24
   100a0:	1070                	add	a2,sp,44
   100a2:	85d2                	mv	a1,s4
   100a4:	030b0513          	add	a0,s6,48 # 13030 <__riscv_restore_0+0xc38>
   100a8:	2c41                	jal	10338 <printf>
   100aa:	015a5463          	bge	s4,s5,100b2 <main+0x92>
   100ae:	8562                	mv	a0,s8
   100b0:	28d5                	jal	101a4 <sleep_ms>
   100b2:	0a05                	add	s4,s4,1
   100b4:	f94adfe3          	bge	s5,s4,10052 <main+0x32>
   100b8:	50b6                	lw	ra,108(sp)
   100ba:	5426                	lw	s0,104(sp)
   100bc:	5496                	lw	s1,100(sp)
   100be:	5906                	lw	s2,96(sp)
   100c0:	49f6                	lw	s3,92(sp)
   100c2:	4a66                	lw	s4,88(sp)
   100c4:	4ad6                	lw	s5,84(sp)
   100c6:	4b46                	lw	s6,80(sp)
   100c8:	4bb6                	lw	s7,76(sp)
   100ca:	4c26                	lw	s8,72(sp)
   100cc:	4c96                	lw	s9,68(sp)
   100ce:	4501                	li	a0,0
   100d0:	6165                	add	sp,sp,112
   100d2:	8082                	ret
   100d4:	000c8613          	mv	a2,s9
   100d8:	45c9                	li	a1,18
   100da:	1068                	add	a0,sp,44
   100dc:	2449                	jal	1035e <snprintf>
   100de:	45a1                	li	a1,8
   100e0:	0808                	add	a0,sp,16
   100e2:	28b9                	jal	10140 <getentropy>
   100e4:	0804                	add	s1,sp,16
   100e6:	0820                	add	s0,sp,24
   100e8:	d145                	beqz	a0,10088 <main+0x68>
   100ea:	000c8613          	mv	a2,s9
   100ee:	45c5                	li	a1,17
   100f0:	8522                	mv	a0,s0
   100f2:	24b5                	jal	1035e <snprintf>
   100f4:	b76d                	j	1009e <main+0x7e>
   100f6:	842a                	mv	s0,a0
   100f8:	41c8                	lw	a0,4(a1)
   100fa:	84ae                	mv	s1,a1
   100fc:	2c21                	jal	10314 <atoi>
   100fe:	4789                	li	a5,2
   10100:	8aaa                	mv	s5,a0
   10102:	00f40563          	beq	s0,a5,1010c <main+0xec>
   10106:	4488                	lw	a0,8(s1)
   10108:	2431                	jal	10314 <atoi>
   1010a:	8c2a                	mv	s8,a0
   1010c:	f3504ce3          	bgtz	s5,10044 <main+0x24>
   10110:	b765                	j	100b8 <main+0x98>

00010112 <write>:
   10112:	4889                	li	a7,2
   10114:	00000073          	ecall
   10118:	00054363          	bltz	a0,1011e <write+0xc>
   1011c:	8082                	ret
   1011e:	fff54793          	not	a5,a0
   10122:	02500693          	li	a3,37
   10126:	4715                	li	a4,5
   10128:	00f6e863          	bltu	a3,a5,10138 <write+0x26>
   1012c:	674d                	lui	a4,0x13
   1012e:	05070713          	add	a4,a4,80 # 13050 <CSWTCH.24>
   10132:	97ba                	add	a5,a5,a4
   10134:	00078703          	lb	a4,0(a5)
   10138:	00e22023          	sw	a4,0(tp) # 0 <errno>
   1013c:	557d                	li	a0,-1
   1013e:	8082                	ret

00010140 <getentropy>:
   10140:	10000793          	li	a5,256
   10144:	00b7ee63          	bltu	a5,a1,10160 <getentropy+0x20>
   10148:	4601                	li	a2,0
   1014a:	48cd                	li	a7,19
   1014c:	00000073          	ecall
   10150:	5735                	li	a4,-19
   10152:	87aa                	mv	a5,a0
   10154:	02e50963          	beq	a0,a4,10186 <getentropy+0x46>
   10158:	4501                	li	a0,0
   1015a:	0007c863          	bltz	a5,1016a <getentropy+0x2a>
   1015e:	8082                	ret
   10160:	4715                	li	a4,5
   10162:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10166:	557d                	li	a0,-1
   10168:	8082                	ret
   1016a:	fff7c793          	not	a5,a5
   1016e:	02500693          	li	a3,37
   10172:	4715                	li	a4,5
   10174:	fef6e7e3          	bltu	a3,a5,10162 <getentropy+0x22>
   10178:	674d                	lui	a4,0x13
   1017a:	05070713          	add	a4,a4,80 # 13050 <CSWTCH.24>
   1017e:	97ba                	add	a5,a5,a4
   10180:	00078703          	lb	a4,0(a5)
   10184:	bff9                	j	10162 <getentropy+0x22>
   10186:	05800713          	li	a4,88
   1018a:	bfe1                	j	10162 <getentropy+0x22>

0001018c <_exit>:
   1018c:	1141                	add	sp,sp,-16
   1018e:	c422                	sw	s0,8(sp)
   10190:	c606                	sw	ra,12(sp)
   10192:	842a                	mv	s0,a0
   10194:	20dd                	jal	1027a <ulib_flush_stdout>
   10196:	8522                	mv	a0,s0
   10198:	4581                	li	a1,0
   1019a:	4601                	li	a2,0
   1019c:	4885                	li	a7,1
   1019e:	00000073          	ecall
   101a2:	a001                	j	101a2 <_exit+0x16>

000101a4 <sleep_ms>:
   101a4:	1141                	add	sp,sp,-16
   101a6:	c422                	sw	s0,8(sp)
   101a8:	c606                	sw	ra,12(sp)
   101aa:	842a                	mv	s0,a0
   101ac:	20f9                	jal	1027a <ulib_flush_stdout>
   101ae:	8522                	mv	a0,s0
   101b0:	4581                	li	a1,0
   101b2:	4601                	li	a2,0
   101b4:	4899                	li	a7,6
   101b6:	00000073          	ecall
   101ba:	40b2                	lw	ra,12(sp)
   101bc:	4422                	lw	s0,8(sp)
   101be:	0141                	add	sp,sp,16
   101c0:	8082                	ret

000101c2 <net_info>:
   101c2:	4581                	li	a1,0
   101c4:	4601                	li	a2,0
   101c6:	48c1                	li	a7,16
   101c8:	00000073          	ecall
   101cc:	8082                	ret

000101ce <stdout_flush>:
   101ce:	1141                	add	sp,sp,-16
   101d0:	c04a                	sw	s2,0(sp)
   101d2:	6951                	lui	s2,0x14
   101d4:	c422                	sw	s0,8(sp)
   101d6:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   101da:	c606                	sw	ra,12(sp)
   101dc:	c226                	sw	s1,4(sp)
   101de:	cc11                	beqz	s0,101fa <stdout_flush+0x2c>
   101e0:	64d1                	lui	s1,0x14
   101e2:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   101e6:	a019                	j	101ec <stdout_flush+0x1e>
   101e8:	94aa                	add	s1,s1,a0
   101ea:	c801                	beqz	s0,101fa <stdout_flush+0x2c>
   101ec:	8622                	mv	a2,s0
   101ee:	85a6                	mv	a1,s1
   101f0:	4505                	li	a0,1
   101f2:	3705                	jal	10112 <write>
   101f4:	8c09                	sub	s0,s0,a0
   101f6:	fea049e3          	bgtz	a0,101e8 <stdout_flush+0x1a>
   101fa:	40b2                	lw	ra,12(sp)
   101fc:	4422                	lw	s0,8(sp)
   101fe:	02092023          	sw	zero,32(s2)
   10202:	4492                	lw	s1,4(sp)
   10204:	4902                	lw	s2,0(sp)
   10206:	4501                	li	a0,0
   10208:	0141                	add	sp,sp,16
   1020a:	8082                	ret

0001020c <stdout_put>:
   1020c:	1101                	add	sp,sp,-32
   1020e:	c64e                	sw	s3,12(sp)
   10210:	69d1                	lui	s3,0x14
   10212:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   10216:	ca26                	sw	s1,20(sp)
   10218:	64d1                	lui	s1,0x14
   1021a:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   1021e:	cc22                	sw	s0,24(sp)
   10220:	c84a                	sw	s2,16(sp)
   10222:	00178413          	add	s0,a5,1
   10226:	ce06                	sw	ra,28(sp)
   10228:	97a6                	add	a5,a5,s1
   1022a:	00a78023          	sb	a0,0(a5)
   1022e:	0289a023          	sw	s0,32(s3)
   10232:	47a9                	li	a5,10
   10234:	892a                	mv	s2,a0
   10236:	00f50e63          	beq	a0,a5,10252 <stdout_put+0x46>
   1023a:	20000793          	li	a5,512
   1023e:	00f40b63          	beq	s0,a5,10254 <stdout_put+0x48>
   10242:	40f2                	lw	ra,28(sp)
   10244:	4462                	lw	s0,24(sp)
   10246:	44d2                	lw	s1,20(sp)
   10248:	49b2                	lw	s3,12(sp)
   1024a:	854a                	mv	a0,s2
   1024c:	4942                	lw	s2,16(sp)
   1024e:	6105                	add	sp,sp,32
   10250:	8082                	ret
   10252:	c811                	beqz	s0,10266 <stdout_put+0x5a>
   10254:	8622                	mv	a2,s0
   10256:	85a6                	mv	a1,s1
   10258:	4505                	li	a0,1
   1025a:	3d65                	jal	10112 <write>
   1025c:	8c09                	sub	s0,s0,a0
   1025e:	00a05463          	blez	a0,10266 <stdout_put+0x5a>
   10262:	94aa                	add	s1,s1,a0
   10264:	f865                	bnez	s0,10254 <stdout_put+0x48>
   10266:	40f2                	lw	ra,28(sp)
   10268:	4462                	lw	s0,24(sp)
   1026a:	0209a023          	sw	zero,32(s3)
   1026e:	44d2                	lw	s1,20(sp)
   10270:	49b2                	lw	s3,12(sp)
   10272:	854a                	mv	a0,s2
   10274:	4942                	lw	s2,16(sp)
   10276:	6105                	add	sp,sp,32
   10278:	8082                	ret

0001027a <ulib_flush_stdout>:
   1027a:	1141                	add	sp,sp,-16
   1027c:	c04a                	sw	s2,0(sp)
   1027e:	6951                	lui	s2,0x14
   10280:	c422                	sw	s0,8(sp)
   10282:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10286:	c606                	sw	ra,12(sp)
   10288:	c226                	sw	s1,4(sp)
   1028a:	cc11                	beqz	s0,102a6 <ulib_flush_stdout+0x2c>
   1028c:	64d1                	lui	s1,0x14
   1028e:	02448493          	add	s1,s1,36 # 14024 <out_buf>
   10292:	a019                	j	10298 <ulib_flush_stdout+0x1e>
   10294:	94aa                	add	s1,s1,a0
   10296:	c801                	beqz	s0,102a6 <ulib_flush_stdout+0x2c>
   10298:	8622                	mv	a2,s0
   1029a:	85a6                	mv	a1,s1
   1029c:	4505                	li	a0,1
   1029e:	3d95                	jal	10112 <write>
   102a0:	8c09                	sub	s0,s0,a0
   102a2:	fea049e3          	bgtz	a0,10294 <ulib_flush_stdout+0x1a>
   102a6:	40b2                	lw	ra,12(sp)
   102a8:	4422                	lw	s0,8(sp)
   102aa:	02092023          	sw	zero,32(s2)
   102ae:	4492                	lw	s1,4(sp)
   102b0:	4902                	lw	s2,0(sp)
   102b2:	0141                	add	sp,sp,16
   102b4:	8082                	ret

000102b6 <__libc_init_array>:
   102b6:	11e022ef          	jal	t0,123d4 <__riscv_save_0>
   102ba:	64cd                	lui	s1,0x13
   102bc:	644d                	lui	s0,0x13
   102be:	56048793          	add	a5,s1,1376 # 13560 <__fini_array_end>
   102c2:	56040413          	add	s0,s0,1376 # 13560 <__fini_array_end>
   102c6:	8c1d                	sub	s0,s0,a5
   102c8:	8409                	sra	s0,s0,0x2
   102ca:	56048493          	add	s1,s1,1376
   102ce:	4901                	li	s2,0
   102d0:	02891863          	bne	s2,s0,10300 <__libc_init_array+0x4a>
   102d4:	00000793          	li	a5,0
   102d8:	c789                	beqz	a5,102e2 <__libc_init_array+0x2c>
   102da:	00000097          	auipc	ra,0x0
   102de:	000000e7          	jalr	zero # 0 <errno>
   102e2:	64cd                	lui	s1,0x13
   102e4:	644d                	lui	s0,0x13
   102e6:	56048793          	add	a5,s1,1376 # 13560 <__fini_array_end>
   102ea:	56040413          	add	s0,s0,1376 # 13560 <__fini_array_end>
   102ee:	8c1d                	sub	s0,s0,a5
   102f0:	8409                	sra	s0,s0,0x2
   102f2:	56048493          	add	s1,s1,1376
   102f6:	4901                	li	s2,0
   102f8:	00891963          	bne	s2,s0,1030a <__libc_init_array+0x54>
   102fc:	0fc0206f          	j	123f8 <__riscv_restore_0>
   10300:	409c                	lw	a5,0(s1)
   10302:	0905                	add	s2,s2,1
   10304:	0491                	add	s1,s1,4
   10306:	9782                	jalr	a5
   10308:	b7e1                	j	102d0 <__libc_init_array+0x1a>
   1030a:	409c                	lw	a5,0(s1)
   1030c:	0905                	add	s2,s2,1
   1030e:	0491                	add	s1,s1,4
   10310:	9782                	jalr	a5
   10312:	b7dd                	j	102f8 <__libc_init_array+0x42>

00010314 <atoi>:
   10314:	4629                	li	a2,10
   10316:	4581                	li	a1,0
   10318:	a84d                	j	103ca <strtol>

0001031a <exit>:
   1031a:	0ba022ef          	jal	t0,123d4 <__riscv_save_0>
   1031e:	00000793          	li	a5,0
   10322:	842a                	mv	s0,a0
   10324:	c791                	beqz	a5,10330 <exit+0x16>
   10326:	4581                	li	a1,0
   10328:	00000097          	auipc	ra,0x0
   1032c:	000000e7          	jalr	zero # 0 <errno>
   10330:	111010ef          	jal	11c40 <__libc_fini_array>
   10334:	8522                	mv	a0,s0
   10336:	3d99                	jal	1018c <_exit>

00010338 <printf>:
   10338:	7139                	add	sp,sp,-64
   1033a:	da3e                	sw	a5,52(sp)
   1033c:	67cd                	lui	a5,0x13
   1033e:	d22e                	sw	a1,36(sp)
   10340:	85aa                	mv	a1,a0
   10342:	5547a503          	lw	a0,1364(a5) # 13554 <stdout>
   10346:	d432                	sw	a2,40(sp)
   10348:	1050                	add	a2,sp,36
   1034a:	ce06                	sw	ra,28(sp)
   1034c:	d636                	sw	a3,44(sp)
   1034e:	d83a                	sw	a4,48(sp)
   10350:	dc42                	sw	a6,56(sp)
   10352:	de46                	sw	a7,60(sp)
   10354:	c632                	sw	a2,12(sp)
   10356:	2649                	jal	106d8 <__d_vfprintf>
   10358:	40f2                	lw	ra,28(sp)
   1035a:	6121                	add	sp,sp,64
   1035c:	8082                	ret

0001035e <snprintf>:
   1035e:	711d                	add	sp,sp,-96
   10360:	dc22                	sw	s0,56(sp)
   10362:	da26                	sw	s1,52(sp)
   10364:	d84a                	sw	s2,48(sp)
   10366:	84aa                	mv	s1,a0
   10368:	842e                	mv	s0,a1
   1036a:	8932                	mv	s2,a2
   1036c:	4581                	li	a1,0
   1036e:	02000613          	li	a2,32
   10372:	0808                	add	a0,sp,16
   10374:	cabe                	sw	a5,84(sp)
   10376:	de06                	sw	ra,60(sp)
   10378:	c6b6                	sw	a3,76(sp)
   1037a:	c8ba                	sw	a4,80(sp)
   1037c:	ccc2                	sw	a6,88(sp)
   1037e:	cec6                	sw	a7,92(sp)
   10380:	0b1010ef          	jal	11c30 <memset>
   10384:	4789                	li	a5,2
   10386:	00f10a23          	sb	a5,20(sp)
   1038a:	67c9                	lui	a5,0x12
   1038c:	c9078793          	add	a5,a5,-880 # 11c90 <__file_str_put>
   10390:	cc3e                	sw	a5,24(sp)
   10392:	d226                	sw	s1,36(sp)
   10394:	4781                	li	a5,0
   10396:	c809                	beqz	s0,103a8 <snprintf+0x4a>
   10398:	80000737          	lui	a4,0x80000
   1039c:	87a2                	mv	a5,s0
   1039e:	00877463          	bgeu	a4,s0,103a6 <snprintf+0x48>
   103a2:	800007b7          	lui	a5,0x80000
   103a6:	17fd                	add	a5,a5,-1 # 7fffffff <__global_pointer$+0x7ffeb7e7>
   103a8:	94be                	add	s1,s1,a5
   103aa:	00f0                	add	a2,sp,76
   103ac:	85ca                	mv	a1,s2
   103ae:	0808                	add	a0,sp,16
   103b0:	d426                	sw	s1,40(sp)
   103b2:	c632                	sw	a2,12(sp)
   103b4:	2615                	jal	106d8 <__d_vfprintf>
   103b6:	c401                	beqz	s0,103be <snprintf+0x60>
   103b8:	5792                	lw	a5,36(sp)
   103ba:	00078023          	sb	zero,0(a5)
   103be:	50f2                	lw	ra,60(sp)
   103c0:	5462                	lw	s0,56(sp)
   103c2:	54d2                	lw	s1,52(sp)
   103c4:	5942                	lw	s2,48(sp)
   103c6:	6125                	add	sp,sp,96
   103c8:	8082                	ret

000103ca <strtol>:
   103ca:	02400793          	li	a5,36
   103ce:	88aa                	mv	a7,a0
   103d0:	00c7e563          	bltu	a5,a2,103da <strtol+0x10>
   103d4:	4785                	li	a5,1
   103d6:	00f61a63          	bne	a2,a5,103ea <strtol+0x20>
   103da:	4759                	li	a4,22
   103dc:	00e22023          	sw	a4,0(tp) # 0 <errno>
   103e0:	c199                	beqz	a1,103e6 <strtol+0x1c>
   103e2:	0115a023          	sw	a7,0(a1)
   103e6:	4501                	li	a0,0
   103e8:	8082                	ret
   103ea:	0ff67813          	zext.b	a6,a2
   103ee:	4e11                	li	t3,4
   103f0:	02000313          	li	t1,32
   103f4:	00054783          	lbu	a5,0(a0)
   103f8:	00150713          	add	a4,a0,1
   103fc:	ff778693          	add	a3,a5,-9
   10400:	0ff6f693          	zext.b	a3,a3
   10404:	0ade7263          	bgeu	t3,a3,104a8 <strtol+0xde>
   10408:	0a678063          	beq	a5,t1,104a8 <strtol+0xde>
   1040c:	02b00693          	li	a3,43
   10410:	08d78e63          	beq	a5,a3,104ac <strtol+0xe2>
   10414:	02d00313          	li	t1,45
   10418:	4681                	li	a3,0
   1041a:	00679763          	bne	a5,t1,10428 <strtol+0x5e>
   1041e:	4685                	li	a3,1
   10420:	00154783          	lbu	a5,1(a0)
   10424:	00250713          	add	a4,a0,2
   10428:	03000513          	li	a0,48
   1042c:	08a79563          	bne	a5,a0,104b6 <strtol+0xec>
   10430:	00074503          	lbu	a0,0(a4) # 80000000 <__global_pointer$+0x7ffeb7e8>
   10434:	07800313          	li	t1,120
   10438:	02056513          	or	a0,a0,32
   1043c:	06651a63          	bne	a0,t1,104b0 <strtol+0xe6>
   10440:	c601                	beqz	a2,10448 <strtol+0x7e>
   10442:	4641                	li	a2,16
   10444:	00c81763          	bne	a6,a2,10452 <strtol+0x88>
   10448:	00174783          	lbu	a5,1(a4)
   1044c:	88ba                	mv	a7,a4
   1044e:	4841                	li	a6,16
   10450:	0709                	add	a4,a4,2
   10452:	80000637          	lui	a2,0x80000
   10456:	fff64613          	not	a2,a2
   1045a:	9636                	add	a2,a2,a3
   1045c:	03065333          	divu	t1,a2,a6
   10460:	4501                	li	a0,0
   10462:	03900e93          	li	t4,57
   10466:	03067e33          	remu	t3,a2,a6
   1046a:	00fef963          	bgeu	t4,a5,1047c <strtol+0xb2>
   1046e:	17fd                	add	a5,a5,-1
   10470:	0207e793          	or	a5,a5,32
   10474:	fda78793          	add	a5,a5,-38
   10478:	0ff7f793          	zext.b	a5,a5
   1047c:	fd078793          	add	a5,a5,-48
   10480:	0ff7f793          	zext.b	a5,a5
   10484:	0307fc63          	bgeu	a5,a6,104bc <strtol+0xf2>
   10488:	00a34663          	blt	t1,a0,10494 <strtol+0xca>
   1048c:	00651663          	bne	a0,t1,10498 <strtol+0xce>
   10490:	00fe7463          	bgeu	t3,a5,10498 <strtol+0xce>
   10494:	0026e693          	or	a3,a3,2
   10498:	88ba                	mv	a7,a4
   1049a:	0705                	add	a4,a4,1
   1049c:	02a80533          	mul	a0,a6,a0
   104a0:	953e                	add	a0,a0,a5
   104a2:	fff74783          	lbu	a5,-1(a4)
   104a6:	b7d1                	j	1046a <strtol+0xa0>
   104a8:	853a                	mv	a0,a4
   104aa:	b7a9                	j	103f4 <strtol+0x2a>
   104ac:	4681                	li	a3,0
   104ae:	bf8d                	j	10420 <strtol+0x56>
   104b0:	f24d                	bnez	a2,10452 <strtol+0x88>
   104b2:	4821                	li	a6,8
   104b4:	bf79                	j	10452 <strtol+0x88>
   104b6:	fe51                	bnez	a2,10452 <strtol+0x88>
   104b8:	4829                	li	a6,10
   104ba:	bf61                	j	10452 <strtol+0x88>
   104bc:	0016f793          	and	a5,a3,1
   104c0:	c399                	beqz	a5,104c6 <strtol+0xfc>
   104c2:	40a00533          	neg	a0,a0
   104c6:	8a89                	and	a3,a3,2
   104c8:	c691                	beqz	a3,104d4 <strtol+0x10a>
   104ca:	02200713          	li	a4,34
   104ce:	8532                	mv	a0,a2
   104d0:	00e22023          	sw	a4,0(tp) # 0 <errno>
   104d4:	c199                	beqz	a1,104da <strtol+0x110>
   104d6:	0115a023          	sw	a7,0(a1)
   104da:	8082                	ret

000104dc <__ultoa_invert>:
   104dc:	6d1012ef          	jal	t0,123ac <__riscv_save_10>
   104e0:	2006f793          	and	a5,a3,512
   104e4:	89aa                	mv	s3,a0
   104e6:	8a2e                	mv	s4,a1
   104e8:	8932                	mv	s2,a2
   104ea:	84b6                	mv	s1,a3
   104ec:	02700b13          	li	s6,39
   104f0:	c781                	beqz	a5,104f8 <__ultoa_invert+0x1c>
   104f2:	dff6f493          	and	s1,a3,-513
   104f6:	4b1d                	li	s6,7
   104f8:	41f4da93          	sra	s5,s1,0x1f
   104fc:	4ca5                	li	s9,9
   104fe:	8626                	mv	a2,s1
   10500:	86d6                	mv	a3,s5
   10502:	854e                	mv	a0,s3
   10504:	85d2                	mv	a1,s4
   10506:	377010ef          	jal	1207c <__umoddi3>
   1050a:	85d2                	mv	a1,s4
   1050c:	0ff57413          	zext.b	s0,a0
   10510:	8626                	mv	a2,s1
   10512:	854e                	mv	a0,s3
   10514:	86d6                	mv	a3,s5
   10516:	009010ef          	jal	11d1e <__udivdi3>
   1051a:	8c4e                	mv	s8,s3
   1051c:	8bd2                	mv	s7,s4
   1051e:	89aa                	mv	s3,a0
   10520:	8a2e                	mv	s4,a1
   10522:	008cf563          	bgeu	s9,s0,1052c <__ultoa_invert+0x50>
   10526:	945a                	add	s0,s0,s6
   10528:	0ff47413          	zext.b	s0,s0
   1052c:	0905                	add	s2,s2,1
   1052e:	03040413          	add	s0,s0,48
   10532:	fe890fa3          	sb	s0,-1(s2)
   10536:	015be663          	bltu	s7,s5,10542 <__ultoa_invert+0x66>
   1053a:	fd7a92e3          	bne	s5,s7,104fe <__ultoa_invert+0x22>
   1053e:	fc9c70e3          	bgeu	s8,s1,104fe <__ultoa_invert+0x22>
   10542:	854a                	mv	a0,s2
   10544:	6a10106f          	j	123e4 <__riscv_restore_10>

00010548 <skip_to_arg>:
   10548:	665012ef          	jal	t0,123ac <__riscv_save_10>
   1054c:	4305                	li	t1,1
   1054e:	02500f13          	li	t5,37
   10552:	88aa                	mv	a7,a0
   10554:	00c34463          	blt	t1,a2,1055c <skip_to_arg+0x14>
   10558:	68d0106f          	j	123e4 <__riscv_restore_10>
   1055c:	87c6                	mv	a5,a7
   1055e:	88be                	mv	a7,a5
   10560:	0007c703          	lbu	a4,0(a5)
   10564:	0785                	add	a5,a5,1
   10566:	db6d                	beqz	a4,10558 <skip_to_arg+0x10>
   10568:	ffe71be3          	bne	a4,t5,1055e <skip_to_arg+0x16>
   1056c:	0007c703          	lbu	a4,0(a5)
   10570:	0889                	add	a7,a7,2
   10572:	ffe705e3          	beq	a4,t5,1055c <skip_to_arg+0x14>
   10576:	6ecd                	lui	t4,0x13
   10578:	4681                	li	a3,0
   1057a:	4e01                	li	t3,0
   1057c:	4781                	li	a5,0
   1057e:	42fd                	li	t0,31
   10580:	06c00f93          	li	t6,108
   10584:	07400393          	li	t2,116
   10588:	07a00413          	li	s0,122
   1058c:	06800493          	li	s1,104
   10590:	06a00913          	li	s2,106
   10594:	04c00993          	li	s3,76
   10598:	4a25                	li	s4,9
   1059a:	02400a93          	li	s5,36
   1059e:	07f00b13          	li	s6,127
   105a2:	4bc1                	li	s7,16
   105a4:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x491>
   105a8:	04f2e263          	bltu	t0,a5,105ec <skip_to_arg+0xa4>
   105ac:	fe070813          	add	a6,a4,-32
   105b0:	0ff87813          	zext.b	a6,a6
   105b4:	030bf163          	bgeu	s7,a6,105d6 <skip_to_arg+0x8e>
   105b8:	fd070813          	add	a6,a4,-48
   105bc:	0ff87813          	zext.b	a6,a6
   105c0:	4c25                	li	s8,9
   105c2:	050c6563          	bltu	s8,a6,1060c <skip_to_arg+0xc4>
   105c6:	47a9                	li	a5,10
   105c8:	02f687b3          	mul	a5,a3,a5
   105cc:	00f806b3          	add	a3,a6,a5
   105d0:	02000793          	li	a5,32
   105d4:	a039                	j	105e2 <skip_to_arg+0x9a>
   105d6:	010ed833          	srl	a6,t4,a6
   105da:	00187813          	and	a6,a6,1
   105de:	00080963          	beqz	a6,105f0 <skip_to_arg+0xa8>
   105e2:	0008c703          	lbu	a4,0(a7)
   105e6:	0885                	add	a7,a7,1
   105e8:	f361                	bnez	a4,105a8 <skip_to_arg+0x60>
   105ea:	a8b1                	j	10646 <skip_to_arg+0xfe>
   105ec:	04fb6363          	bltu	s6,a5,10632 <skip_to_arg+0xea>
   105f0:	fd070813          	add	a6,a4,-48
   105f4:	0ff87813          	zext.b	a6,a6
   105f8:	fd0a77e3          	bgeu	s4,a6,105c6 <skip_to_arg+0x7e>
   105fc:	03571563          	bne	a4,s5,10626 <skip_to_arg+0xde>
   10600:	0a0e0063          	beqz	t3,106a0 <skip_to_arg+0x158>
   10604:	0a668063          	beq	a3,t1,106a4 <skip_to_arg+0x15c>
   10608:	4681                	li	a3,0
   1060a:	bfe1                	j	105e2 <skip_to_arg+0x9a>
   1060c:	0fb77813          	and	a6,a4,251
   10610:	02a00c13          	li	s8,42
   10614:	ff880ae3          	beq	a6,s8,10608 <skip_to_arg+0xc0>
   10618:	06c00813          	li	a6,108
   1061c:	01071d63          	bne	a4,a6,10636 <skip_to_arg+0xee>
   10620:	0807e793          	or	a5,a5,128
   10624:	bf7d                	j	105e2 <skip_to_arg+0x9a>
   10626:	0fb77813          	and	a6,a4,251
   1062a:	02a00c13          	li	s8,42
   1062e:	fd880de3          	beq	a6,s8,10608 <skip_to_arg+0xc0>
   10632:	05f70663          	beq	a4,t6,1067e <skip_to_arg+0x136>
   10636:	02efef63          	bltu	t6,a4,10674 <skip_to_arg+0x12c>
   1063a:	04970863          	beq	a4,s1,1068a <skip_to_arg+0x142>
   1063e:	05270e63          	beq	a4,s2,1069a <skip_to_arg+0x152>
   10642:	05370c63          	beq	a4,s3,1069a <skip_to_arg+0x152>
   10646:	f00e09e3          	beqz	t3,10558 <skip_to_arg+0x10>
   1064a:	f06e15e3          	bne	t3,t1,10554 <skip_to_arg+0xc>
   1064e:	02076893          	or	a7,a4,32
   10652:	f9b88813          	add	a6,a7,-101
   10656:	0ff87813          	zext.b	a6,a6
   1065a:	4e09                	li	t3,2
   1065c:	4194                	lw	a3,0(a1)
   1065e:	010e7663          	bgeu	t3,a6,1066a <skip_to_arg+0x122>
   10662:	06100813          	li	a6,97
   10666:	05089263          	bne	a7,a6,106aa <skip_to_arg+0x162>
   1066a:	069d                	add	a3,a3,7
   1066c:	9ae1                	and	a3,a3,-8
   1066e:	00868713          	add	a4,a3,8
   10672:	a091                	j	106b6 <skip_to_arg+0x16e>
   10674:	f67707e3          	beq	a4,t2,105e2 <skip_to_arg+0x9a>
   10678:	f68705e3          	beq	a4,s0,105e2 <skip_to_arg+0x9a>
   1067c:	b7e9                	j	10646 <skip_to_arg+0xfe>
   1067e:	0807f713          	and	a4,a5,128
   10682:	df59                	beqz	a4,10620 <skip_to_arg+0xd8>
   10684:	2007e793          	or	a5,a5,512
   10688:	bf61                	j	10620 <skip_to_arg+0xd8>
   1068a:	1007f713          	and	a4,a5,256
   1068e:	c319                	beqz	a4,10694 <skip_to_arg+0x14c>
   10690:	2007e793          	or	a5,a5,512
   10694:	1007e793          	or	a5,a5,256
   10698:	b7a9                	j	105e2 <skip_to_arg+0x9a>
   1069a:	2807e793          	or	a5,a5,640
   1069e:	b791                	j	105e2 <skip_to_arg+0x9a>
   106a0:	8e36                	mv	t3,a3
   106a2:	b79d                	j	10608 <skip_to_arg+0xc0>
   106a4:	06300713          	li	a4,99
   106a8:	b75d                	j	1064e <skip_to_arg+0x106>
   106aa:	06300813          	li	a6,99
   106ae:	01071763          	bne	a4,a6,106bc <skip_to_arg+0x174>
   106b2:	00468713          	add	a4,a3,4
   106b6:	c198                	sw	a4,0(a1)
   106b8:	0305                	add	t1,t1,1
   106ba:	bd61                	j	10552 <skip_to_arg+0xa>
   106bc:	07300813          	li	a6,115
   106c0:	ff0709e3          	beq	a4,a6,106b2 <skip_to_arg+0x16a>
   106c4:	0807f813          	and	a6,a5,128
   106c8:	00468713          	add	a4,a3,4
   106cc:	fe0805e3          	beqz	a6,106b6 <skip_to_arg+0x16e>
   106d0:	2007f793          	and	a5,a5,512
   106d4:	d3ed                	beqz	a5,106b6 <skip_to_arg+0x16e>
   106d6:	bf51                	j	1066a <skip_to_arg+0x122>

000106d8 <__d_vfprintf>:
   106d8:	4cd012ef          	jal	t0,123a4 <__riscv_save_12>
   106dc:	00454783          	lbu	a5,4(a0)
   106e0:	7139                	add	sp,sp,-64
   106e2:	c02a                	sw	a0,0(sp)
   106e4:	c42e                	sw	a1,8(sp)
   106e6:	c632                	sw	a2,12(sp)
   106e8:	8b89                	and	a5,a5,2
   106ea:	00852a03          	lw	s4,8(a0)
   106ee:	c785                	beqz	a5,10716 <__d_vfprintf+0x3e>
   106f0:	d232                	sw	a2,36(sp)
   106f2:	87ae                	mv	a5,a1
   106f4:	4401                	li	s0,0
   106f6:	0007c903          	lbu	s2,0(a5)
   106fa:	00090f63          	beqz	s2,10718 <__d_vfprintf+0x40>
   106fe:	02500713          	li	a4,37
   10702:	00e90f63          	beq	s2,a4,10720 <__d_vfprintf+0x48>
   10706:	0785                	add	a5,a5,1
   10708:	c23e                	sw	a5,4(sp)
   1070a:	4582                	lw	a1,0(sp)
   1070c:	854a                	mv	a0,s2
   1070e:	0405                	add	s0,s0,1
   10710:	9a02                	jalr	s4
   10712:	26055de3          	bgez	a0,1118c <__d_vfprintf+0xab4>
   10716:	547d                	li	s0,-1
   10718:	8522                	mv	a0,s0
   1071a:	6121                	add	sp,sp,64
   1071c:	4c50106f          	j	123e0 <__riscv_restore_12>
   10720:	0017c903          	lbu	s2,1(a5)
   10724:	00278713          	add	a4,a5,2
   10728:	c23a                	sw	a4,4(sp)
   1072a:	02500793          	li	a5,37
   1072e:	fcf90ee3          	beq	s2,a5,1070a <__d_vfprintf+0x32>
   10732:	64cd                	lui	s1,0x13
   10734:	4a81                	li	s5,0
   10736:	4d01                	li	s10,0
   10738:	4b01                	li	s6,0
   1073a:	4d81                	li	s11,0
   1073c:	06c00993          	li	s3,108
   10740:	07400b93          	li	s7,116
   10744:	07a00c13          	li	s8,122
   10748:	06800c93          	li	s9,104
   1074c:	08848493          	add	s1,s1,136 # 13088 <CSWTCH.24+0x38>
   10750:	47fd                	li	a5,31
   10752:	07b7e163          	bltu	a5,s11,107b4 <__d_vfprintf+0xdc>
   10756:	fe090793          	add	a5,s2,-32
   1075a:	0ff7f793          	zext.b	a5,a5
   1075e:	4741                	li	a4,16
   10760:	00f76663          	bltu	a4,a5,1076c <__d_vfprintf+0x94>
   10764:	078a                	sll	a5,a5,0x2
   10766:	97a6                	add	a5,a5,s1
   10768:	439c                	lw	a5,0(a5)
   1076a:	8782                	jr	a5
   1076c:	fd090793          	add	a5,s2,-48
   10770:	0ff7f793          	zext.b	a5,a5
   10774:	4725                	li	a4,9
   10776:	06f76463          	bltu	a4,a5,107de <__d_vfprintf+0x106>
   1077a:	46a9                	li	a3,10
   1077c:	02db06b3          	mul	a3,s6,a3
   10780:	00f68b33          	add	s6,a3,a5
   10784:	020ded93          	or	s11,s11,32
   10788:	a019                	j	1078e <__d_vfprintf+0xb6>
   1078a:	001ded93          	or	s11,s11,1
   1078e:	4792                	lw	a5,4(sp)
   10790:	0007c903          	lbu	s2,0(a5)
   10794:	0785                	add	a5,a5,1
   10796:	c23e                	sw	a5,4(sp)
   10798:	fa091ce3          	bnez	s2,10750 <__d_vfprintf+0x78>
   1079c:	a0dd                	j	10882 <__d_vfprintf+0x1aa>
   1079e:	002ded93          	or	s11,s11,2
   107a2:	004ded93          	or	s11,s11,4
   107a6:	b7e5                	j	1078e <__d_vfprintf+0xb6>
   107a8:	008ded93          	or	s11,s11,8
   107ac:	b7cd                	j	1078e <__d_vfprintf+0xb6>
   107ae:	010ded93          	or	s11,s11,16
   107b2:	bff1                	j	1078e <__d_vfprintf+0xb6>
   107b4:	07f00793          	li	a5,127
   107b8:	0bb7e763          	bltu	a5,s11,10866 <__d_vfprintf+0x18e>
   107bc:	fd090693          	add	a3,s2,-48
   107c0:	0ff6f693          	zext.b	a3,a3
   107c4:	47a5                	li	a5,9
   107c6:	00d7ec63          	bltu	a5,a3,107de <__d_vfprintf+0x106>
   107ca:	040df613          	and	a2,s11,64
   107ce:	87b6                	mv	a5,a3
   107d0:	d64d                	beqz	a2,1077a <__d_vfprintf+0xa2>
   107d2:	47a9                	li	a5,10
   107d4:	02fd07b3          	mul	a5,s10,a5
   107d8:	00d78d33          	add	s10,a5,a3
   107dc:	bf4d                	j	1078e <__d_vfprintf+0xb6>
   107de:	02a00793          	li	a5,42
   107e2:	02f91663          	bne	s2,a5,1080e <__d_vfprintf+0x136>
   107e6:	fa0a94e3          	bnez	s5,1078e <__d_vfprintf+0xb6>
   107ea:	5692                	lw	a3,36(sp)
   107ec:	040df793          	and	a5,s11,64
   107f0:	00468613          	add	a2,a3,4
   107f4:	4294                	lw	a3,0(a3)
   107f6:	d232                	sw	a2,36(sp)
   107f8:	c399                	beqz	a5,107fe <__d_vfprintf+0x126>
   107fa:	8d36                	mv	s10,a3
   107fc:	bf49                	j	1078e <__d_vfprintf+0xb6>
   107fe:	8b36                	mv	s6,a3
   10800:	f806d2e3          	bgez	a3,10784 <__d_vfprintf+0xac>
   10804:	40d00b33          	neg	s6,a3
   10808:	028ded93          	or	s11,s11,40
   1080c:	b749                	j	1078e <__d_vfprintf+0xb6>
   1080e:	02e00793          	li	a5,46
   10812:	00f91963          	bne	s2,a5,10824 <__d_vfprintf+0x14c>
   10816:	040df793          	and	a5,s11,64
   1081a:	ee079fe3          	bnez	a5,10718 <__d_vfprintf+0x40>
   1081e:	040ded93          	or	s11,s11,64
   10822:	b7b5                	j	1078e <__d_vfprintf+0xb6>
   10824:	02400793          	li	a5,36
   10828:	02f91f63          	bne	s2,a5,10866 <__d_vfprintf+0x18e>
   1082c:	120a8a63          	beqz	s5,10960 <__d_vfprintf+0x288>
   10830:	47b2                	lw	a5,12(sp)
   10832:	d23e                	sw	a5,36(sp)
   10834:	040df793          	and	a5,s11,64
   10838:	ef81                	bnez	a5,10850 <__d_vfprintf+0x178>
   1083a:	4522                	lw	a0,8(sp)
   1083c:	865a                	mv	a2,s6
   1083e:	104c                	add	a1,sp,36
   10840:	3321                	jal	10548 <skip_to_arg>
   10842:	5792                	lw	a5,36(sp)
   10844:	00478693          	add	a3,a5,4
   10848:	0007ab03          	lw	s6,0(a5)
   1084c:	d236                	sw	a3,36(sp)
   1084e:	b781                	j	1078e <__d_vfprintf+0xb6>
   10850:	4522                	lw	a0,8(sp)
   10852:	866a                	mv	a2,s10
   10854:	104c                	add	a1,sp,36
   10856:	39cd                	jal	10548 <skip_to_arg>
   10858:	5792                	lw	a5,36(sp)
   1085a:	00478693          	add	a3,a5,4
   1085e:	0007ad03          	lw	s10,0(a5)
   10862:	d236                	sw	a3,36(sp)
   10864:	b72d                	j	1078e <__d_vfprintf+0xb6>
   10866:	0d390a63          	beq	s2,s3,1093a <__d_vfprintf+0x262>
   1086a:	0d29e363          	bltu	s3,s2,10930 <__d_vfprintf+0x258>
   1086e:	0d990e63          	beq	s2,s9,1094a <__d_vfprintf+0x272>
   10872:	06a00793          	li	a5,106
   10876:	0ef90263          	beq	s2,a5,1095a <__d_vfprintf+0x282>
   1087a:	04c00793          	li	a5,76
   1087e:	0cf90e63          	beq	s2,a5,1095a <__d_vfprintf+0x282>
   10882:	000a8863          	beqz	s5,10892 <__d_vfprintf+0x1ba>
   10886:	47b2                	lw	a5,12(sp)
   10888:	4522                	lw	a0,8(sp)
   1088a:	8656                	mv	a2,s5
   1088c:	104c                	add	a1,sp,36
   1088e:	d23e                	sw	a5,36(sp)
   10890:	3965                	jal	10548 <skip_to_arg>
   10892:	000d5963          	bgez	s10,108a4 <__d_vfprintf+0x1cc>
   10896:	fbfdf813          	and	a6,s11,-65
   1089a:	01081d93          	sll	s11,a6,0x10
   1089e:	010ddd93          	srl	s11,s11,0x10
   108a2:	4d01                	li	s10,0
   108a4:	02096c93          	or	s9,s2,32
   108a8:	f9bc8793          	add	a5,s9,-101 # 12f9b <__riscv_restore_0+0xba3>
   108ac:	0ff7f793          	zext.b	a5,a5
   108b0:	4709                	li	a4,2
   108b2:	0af77d63          	bgeu	a4,a5,1096c <__d_vfprintf+0x294>
   108b6:	06100793          	li	a5,97
   108ba:	68fc9f63          	bne	s9,a5,10f58 <__d_vfprintf+0x880>
   108be:	5792                	lw	a5,36(sp)
   108c0:	6a89                	lui	s5,0x2
   108c2:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   108c6:	079d                	add	a5,a5,7
   108c8:	9be1                	and	a5,a5,-8
   108ca:	0047ab83          	lw	s7,4(a5)
   108ce:	0007a883          	lw	a7,0(a5)
   108d2:	00878713          	add	a4,a5,8
   108d6:	414bd993          	sra	s3,s7,0x14
   108da:	00cb9c13          	sll	s8,s7,0xc
   108de:	7ff9f993          	and	s3,s3,2047
   108e2:	00cc5c93          	srl	s9,s8,0xc
   108e6:	015deab3          	or	s5,s11,s5
   108ea:	0119e533          	or	a0,s3,a7
   108ee:	fff94913          	not	s2,s2
   108f2:	0ac2                	sll	s5,s5,0x10
   108f4:	d23a                	sw	a4,36(sp)
   108f6:	019567b3          	or	a5,a0,s9
   108fa:	02097913          	and	s2,s2,32
   108fe:	010ada93          	srl	s5,s5,0x10
   10902:	86c6                	mv	a3,a7
   10904:	8c66                	mv	s8,s9
   10906:	040df813          	and	a6,s11,64
   1090a:	01fbdb93          	srl	s7,s7,0x1f
   1090e:	ebdd                	bnez	a5,109c4 <__d_vfprintf+0x2ec>
   10910:	03000793          	li	a5,48
   10914:	0ffbfb93          	zext.b	s7,s7
   10918:	02f106a3          	sb	a5,45(sp)
   1091c:	03710623          	sb	s7,44(sp)
   10920:	24080d63          	beqz	a6,10b7a <__d_vfprintf+0x4a2>
   10924:	47b1                	li	a5,12
   10926:	4981                	li	s3,0
   10928:	0da7d263          	bge	a5,s10,109ec <__d_vfprintf+0x314>
   1092c:	4d35                	li	s10,13
   1092e:	aa85                	j	10a9e <__d_vfprintf+0x3c6>
   10930:	e5790fe3          	beq	s2,s7,1078e <__d_vfprintf+0xb6>
   10934:	e5890de3          	beq	s2,s8,1078e <__d_vfprintf+0xb6>
   10938:	b7a9                	j	10882 <__d_vfprintf+0x1aa>
   1093a:	080df793          	and	a5,s11,128
   1093e:	c399                	beqz	a5,10944 <__d_vfprintf+0x26c>
   10940:	200ded93          	or	s11,s11,512
   10944:	080ded93          	or	s11,s11,128
   10948:	b599                	j	1078e <__d_vfprintf+0xb6>
   1094a:	100df793          	and	a5,s11,256
   1094e:	c399                	beqz	a5,10954 <__d_vfprintf+0x27c>
   10950:	200ded93          	or	s11,s11,512
   10954:	100ded93          	or	s11,s11,256
   10958:	bd1d                	j	1078e <__d_vfprintf+0xb6>
   1095a:	280ded93          	or	s11,s11,640
   1095e:	bd05                	j	1078e <__d_vfprintf+0xb6>
   10960:	875a                	mv	a4,s6
   10962:	4d01                	li	s10,0
   10964:	4b01                	li	s6,0
   10966:	8aba                	mv	s5,a4
   10968:	4d81                	li	s11,0
   1096a:	b515                	j	1078e <__d_vfprintf+0xb6>
   1096c:	5792                	lw	a5,36(sp)
   1096e:	fff94913          	not	s2,s2
   10972:	02097913          	and	s2,s2,32
   10976:	079d                	add	a5,a5,7
   10978:	9be1                	and	a5,a5,-8
   1097a:	00878713          	add	a4,a5,8
   1097e:	4388                	lw	a0,0(a5)
   10980:	43cc                	lw	a1,4(a5)
   10982:	d23a                	sw	a4,36(sp)
   10984:	040df793          	and	a5,s11,64
   10988:	20078d63          	beqz	a5,10ba2 <__d_vfprintf+0x4ca>
   1098c:	06500793          	li	a5,101
   10990:	20fc9b63          	bne	s9,a5,10ba6 <__d_vfprintf+0x4ce>
   10994:	6785                	lui	a5,0x1
   10996:	001d0613          	add	a2,s10,1
   1099a:	00fdedb3          	or	s11,s11,a5
   1099e:	0ff67613          	zext.b	a2,a2
   109a2:	4701                	li	a4,0
   109a4:	4781                	li	a5,0
   109a6:	4345                	li	t1,17
   109a8:	0ff67693          	zext.b	a3,a2
   109ac:	00c37363          	bgeu	t1,a2,109b2 <__d_vfprintf+0x2da>
   109b0:	46c5                	li	a3,17
   109b2:	1030                	add	a2,sp,40
   109b4:	30d000ef          	jal	114c0 <__dtoa_engine>
   109b8:	0ff57b93          	zext.b	s7,a0
   109bc:	59a2                	lw	s3,40(sp)
   109be:	8aee                	mv	s5,s11
   109c0:	4c09                	li	s8,2
   109c2:	aa01                	j	10ad2 <__d_vfprintf+0x3fa>
   109c4:	03100793          	li	a5,49
   109c8:	00099563          	bnez	s3,109d2 <__d_vfprintf+0x2fa>
   109cc:	03000793          	li	a5,48
   109d0:	4985                	li	s3,1
   109d2:	0ffbfb93          	zext.b	s7,s7
   109d6:	02f106a3          	sb	a5,45(sp)
   109da:	03710623          	sb	s7,44(sp)
   109de:	c0198993          	add	s3,s3,-1023
   109e2:	18080363          	beqz	a6,10b68 <__d_vfprintf+0x490>
   109e6:	47b1                	li	a5,12
   109e8:	19a7c263          	blt	a5,s10,10b6c <__d_vfprintf+0x494>
   109ec:	4335                	li	t1,13
   109ee:	41a30333          	sub	t1,t1,s10
   109f2:	00231d93          	sll	s11,t1,0x2
   109f6:	fffd8613          	add	a2,s11,-1
   109fa:	4505                	li	a0,1
   109fc:	4581                	li	a1,0
   109fe:	ca46                	sw	a7,20(sp)
   10a00:	c836                	sw	a3,16(sp)
   10a02:	2ca010ef          	jal	11ccc <__ashldi3>
   10a06:	84aa                	mv	s1,a0
   10a08:	872e                	mv	a4,a1
   10a0a:	00171793          	sll	a5,a4,0x1
   10a0e:	85aa                	mv	a1,a0
   10a10:	01f4d513          	srl	a0,s1,0x1f
   10a14:	00149e13          	sll	t3,s1,0x1
   10a18:	8fc9                	or	a5,a5,a0
   10a1a:	40f00c33          	neg	s8,a5
   10a1e:	01c03533          	snez	a0,t3
   10a22:	48d2                	lw	a7,20(sp)
   10a24:	41c00833          	neg	a6,t3
   10a28:	40ac0c33          	sub	s8,s8,a0
   10a2c:	fffe0513          	add	a0,t3,-1
   10a30:	001e3e13          	seqz	t3,t3
   10a34:	41c787b3          	sub	a5,a5,t3
   10a38:	0197f7b3          	and	a5,a5,s9
   10a3c:	01157533          	and	a0,a0,a7
   10a40:	02f74663          	blt	a4,a5,10a6c <__d_vfprintf+0x394>
   10a44:	46c2                	lw	a3,16(sp)
   10a46:	00e79463          	bne	a5,a4,10a4e <__d_vfprintf+0x376>
   10a4a:	02a5e163          	bltu	a1,a0,10a6c <__d_vfprintf+0x394>
   10a4e:	8546                	mv	a0,a7
   10a50:	866e                	mv	a2,s11
   10a52:	85e6                	mv	a1,s9
   10a54:	ce3a                	sw	a4,28(sp)
   10a56:	cc42                	sw	a6,24(sp)
   10a58:	ca36                	sw	a3,20(sp)
   10a5a:	c846                	sw	a7,16(sp)
   10a5c:	298010ef          	jal	11cf4 <__ashrdi3>
   10a60:	8905                	and	a0,a0,1
   10a62:	48c2                	lw	a7,16(sp)
   10a64:	46d2                	lw	a3,20(sp)
   10a66:	4862                	lw	a6,24(sp)
   10a68:	4772                	lw	a4,28(sp)
   10a6a:	c94d                	beqz	a0,10b1c <__d_vfprintf+0x444>
   10a6c:	00988533          	add	a0,a7,s1
   10a70:	01153db3          	sltu	s11,a0,a7
   10a74:	9766                	add	a4,a4,s9
   10a76:	00ed8cb3          	add	s9,s11,a4
   10a7a:	001007b7          	lui	a5,0x100
   10a7e:	86aa                	mv	a3,a0
   10a80:	08fcce63          	blt	s9,a5,10b1c <__d_vfprintf+0x444>
   10a84:	02d14783          	lbu	a5,45(sp)
   10a88:	0785                	add	a5,a5,1 # 100001 <__global_pointer$+0xeb7e9>
   10a8a:	02f106a3          	sb	a5,45(sp)
   10a8e:	40000793          	li	a5,1024
   10a92:	0af98163          	beq	s3,a5,10b34 <__d_vfprintf+0x45c>
   10a96:	00a87533          	and	a0,a6,a0
   10a9a:	019c7c33          	and	s8,s8,s9
   10a9e:	05700613          	li	a2,87
   10aa2:	1034                	add	a3,sp,40
   10aa4:	4735                	li	a4,13
   10aa6:	45a5                	li	a1,9
   10aa8:	41260633          	sub	a2,a2,s2
   10aac:	01cc1813          	sll	a6,s8,0x1c
   10ab0:	00f57793          	and	a5,a0,15
   10ab4:	8111                	srl	a0,a0,0x4
   10ab6:	00a86533          	or	a0,a6,a0
   10aba:	404c5c13          	sra	s8,s8,0x4
   10abe:	e7e1                	bnez	a5,10b86 <__d_vfprintf+0x4ae>
   10ac0:	0ced5563          	bge	s10,a4,10b8a <__d_vfprintf+0x4b2>
   10ac4:	177d                	add	a4,a4,-1
   10ac6:	16fd                	add	a3,a3,-1
   10ac8:	f375                	bnez	a4,10aac <__d_vfprintf+0x3d4>
   10aca:	4c05                	li	s8,1
   10acc:	4bb9                	li	s7,14
   10ace:	07000c93          	li	s9,112
   10ad2:	00998713          	add	a4,s3,9
   10ad6:	46c9                	li	a3,18
   10ad8:	87ce                	mv	a5,s3
   10ada:	06e6e863          	bltu	a3,a4,10b4a <__d_vfprintf+0x472>
   10ade:	02c14703          	lbu	a4,44(sp)
   10ae2:	00177d93          	and	s11,a4,1
   10ae6:	8b31                	and	a4,a4,12
   10ae8:	120d9963          	bnez	s11,10c1a <__d_vfprintf+0x542>
   10aec:	002af793          	and	a5,s5,2
   10af0:	12079163          	bnez	a5,10c12 <__d_vfprintf+0x53a>
   10af4:	004af793          	and	a5,s5,4
   10af8:	cfe9                	beqz	a5,10bd2 <__d_vfprintf+0x4fa>
   10afa:	12071463          	bnez	a4,10c22 <__d_vfprintf+0x54a>
   10afe:	02000713          	li	a4,32
   10b02:	678d                	lui	a5,0x3
   10b04:	00faf7b3          	and	a5,s5,a5
   10b08:	1c079163          	bnez	a5,10cca <__d_vfprintf+0x5f2>
   10b0c:	000d1363          	bnez	s10,10b12 <__d_vfprintf+0x43a>
   10b10:	4d05                	li	s10,1
   10b12:	103c                	add	a5,sp,40
   10b14:	97de                	add	a5,a5,s7
   10b16:	03000693          	li	a3,48
   10b1a:	aa8d                	j	10c8c <__d_vfprintf+0x5b4>
   10b1c:	0106f6b3          	and	a3,a3,a6
   10b20:	018cfcb3          	and	s9,s9,s8
   10b24:	40000793          	li	a5,1024
   10b28:	04f99c63          	bne	s3,a5,10b80 <__d_vfprintf+0x4a8>
   10b2c:	0196ecb3          	or	s9,a3,s9
   10b30:	040c8063          	beqz	s9,10b70 <__d_vfprintf+0x498>
   10b34:	008beb93          	or	s7,s7,8
   10b38:	03710623          	sb	s7,44(sp)
   10b3c:	40000993          	li	s3,1024
   10b40:	4bb9                	li	s7,14
   10b42:	07000c93          	li	s9,112
   10b46:	40000793          	li	a5,1024
   10b4a:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   10b4e:	0c600693          	li	a3,198
   10b52:	4c09                	li	s8,2
   10b54:	f8e6f5e3          	bgeu	a3,a4,10ade <__d_vfprintf+0x406>
   10b58:	3e778793          	add	a5,a5,999
   10b5c:	7ce00c13          	li	s8,1998
   10b60:	00fc3c33          	sltu	s8,s8,a5
   10b64:	0c0d                	add	s8,s8,3
   10b66:	bfa5                	j	10ade <__d_vfprintf+0x406>
   10b68:	4d01                	li	s10,0
   10b6a:	bf6d                	j	10b24 <__d_vfprintf+0x44c>
   10b6c:	4d35                	li	s10,13
   10b6e:	bf5d                	j	10b24 <__d_vfprintf+0x44c>
   10b70:	004beb93          	or	s7,s7,4
   10b74:	03710623          	sb	s7,44(sp)
   10b78:	b7e1                	j	10b40 <__d_vfprintf+0x468>
   10b7a:	4981                	li	s3,0
   10b7c:	4d01                	li	s10,0
   10b7e:	b705                	j	10a9e <__d_vfprintf+0x3c6>
   10b80:	8536                	mv	a0,a3
   10b82:	8c66                	mv	s8,s9
   10b84:	bf29                	j	10a9e <__d_vfprintf+0x3c6>
   10b86:	00f5ea63          	bltu	a1,a5,10b9a <__d_vfprintf+0x4c2>
   10b8a:	03078793          	add	a5,a5,48
   10b8e:	00f68923          	sb	a5,18(a3)
   10b92:	f2ed59e3          	bge	s10,a4,10ac4 <__d_vfprintf+0x3ec>
   10b96:	8d3a                	mv	s10,a4
   10b98:	b735                	j	10ac4 <__d_vfprintf+0x3ec>
   10b9a:	97b2                	add	a5,a5,a2
   10b9c:	0ff7f793          	zext.b	a5,a5
   10ba0:	b7fd                	j	10b8e <__d_vfprintf+0x4b6>
   10ba2:	4d19                	li	s10,6
   10ba4:	b3e5                	j	1098c <__d_vfprintf+0x2b4>
   10ba6:	06600793          	li	a5,102
   10baa:	00fc9963          	bne	s9,a5,10bbc <__d_vfprintf+0x4e4>
   10bae:	6789                	lui	a5,0x2
   10bb0:	00fdedb3          	or	s11,s11,a5
   10bb4:	4705                	li	a4,1
   10bb6:	87ea                	mv	a5,s10
   10bb8:	4645                	li	a2,17
   10bba:	b3f5                	j	109a6 <__d_vfprintf+0x2ce>
   10bbc:	0ffd7793          	zext.b	a5,s10
   10bc0:	0ffd7613          	zext.b	a2,s10
   10bc4:	e391                	bnez	a5,10bc8 <__d_vfprintf+0x4f0>
   10bc6:	4605                	li	a2,1
   10bc8:	4701                	li	a4,0
   10bca:	4781                	li	a5,0
   10bcc:	06500c93          	li	s9,101
   10bd0:	bbd9                	j	109a6 <__d_vfprintf+0x2ce>
   10bd2:	db05                	beqz	a4,10b02 <__d_vfprintf+0x42a>
   10bd4:	478d                	li	a5,3
   10bd6:	0967d063          	bge	a5,s6,10c56 <__d_vfprintf+0x57e>
   10bda:	008afa93          	and	s5,s5,8
   10bde:	ffdb0493          	add	s1,s6,-3
   10be2:	000a9f63          	bnez	s5,10c00 <__d_vfprintf+0x528>
   10be6:	94a2                	add	s1,s1,s0
   10be8:	4582                	lw	a1,0(sp)
   10bea:	02000513          	li	a0,32
   10bee:	0405                	add	s0,s0,1
   10bf0:	9a02                	jalr	s4
   10bf2:	b20542e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10bf6:	fe8499e3          	bne	s1,s0,10be8 <__d_vfprintf+0x510>
   10bfa:	4481                	li	s1,0
   10bfc:	020d9e63          	bnez	s11,10c38 <__d_vfprintf+0x560>
   10c00:	02c14783          	lbu	a5,44(sp)
   10c04:	8ba1                	and	a5,a5,8
   10c06:	efa5                	bnez	a5,10c7e <__d_vfprintf+0x5a6>
   10c08:	69cd                	lui	s3,0x13
   10c0a:	07898993          	add	s3,s3,120 # 13078 <CSWTCH.24+0x28>
   10c0e:	8c22                	mv	s8,s0
   10c10:	a8b1                	j	10c6c <__d_vfprintf+0x594>
   10c12:	eb15                	bnez	a4,10c46 <__d_vfprintf+0x56e>
   10c14:	02b00713          	li	a4,43
   10c18:	b5ed                	j	10b02 <__d_vfprintf+0x42a>
   10c1a:	eb0d                	bnez	a4,10c4c <__d_vfprintf+0x574>
   10c1c:	02d00713          	li	a4,45
   10c20:	b5cd                	j	10b02 <__d_vfprintf+0x42a>
   10c22:	02000d93          	li	s11,32
   10c26:	4791                	li	a5,4
   10c28:	0367d563          	bge	a5,s6,10c52 <__d_vfprintf+0x57a>
   10c2c:	008afa93          	and	s5,s5,8
   10c30:	ffcb0493          	add	s1,s6,-4
   10c34:	fa0a89e3          	beqz	s5,10be6 <__d_vfprintf+0x50e>
   10c38:	4582                	lw	a1,0(sp)
   10c3a:	856e                	mv	a0,s11
   10c3c:	0405                	add	s0,s0,1
   10c3e:	9a02                	jalr	s4
   10c40:	fc0550e3          	bgez	a0,10c00 <__d_vfprintf+0x528>
   10c44:	bcc9                	j	10716 <__d_vfprintf+0x3e>
   10c46:	02b00d93          	li	s11,43
   10c4a:	bff1                	j	10c26 <__d_vfprintf+0x54e>
   10c4c:	02d00d93          	li	s11,45
   10c50:	bfd9                	j	10c26 <__d_vfprintf+0x54e>
   10c52:	4481                	li	s1,0
   10c54:	b7d5                	j	10c38 <__d_vfprintf+0x560>
   10c56:	4481                	li	s1,0
   10c58:	b765                	j	10c00 <__d_vfprintf+0x528>
   10c5a:	4582                	lw	a1,0(sp)
   10c5c:	41250533          	sub	a0,a0,s2
   10c60:	0ff57513          	zext.b	a0,a0
   10c64:	0c05                	add	s8,s8,1
   10c66:	9a02                	jalr	s4
   10c68:	aa0547e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10c6c:	408c07b3          	sub	a5,s8,s0
   10c70:	97ce                	add	a5,a5,s3
   10c72:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10c76:	f175                	bnez	a0,10c5a <__d_vfprintf+0x582>
   10c78:	8462                	mv	s0,s8
   10c7a:	94e2                	add	s1,s1,s8
   10c7c:	ad39                	j	1129a <__d_vfprintf+0xbc2>
   10c7e:	69cd                	lui	s3,0x13
   10c80:	07c98993          	add	s3,s3,124 # 1307c <CSWTCH.24+0x2c>
   10c84:	b769                	j	10c0e <__d_vfprintf+0x536>
   10c86:	1bfd                	add	s7,s7,-1
   10c88:	0ffbfb93          	zext.b	s7,s7
   10c8c:	000b8763          	beqz	s7,10c9a <__d_vfprintf+0x5c2>
   10c90:	0047c603          	lbu	a2,4(a5)
   10c94:	17fd                	add	a5,a5,-1
   10c96:	fed608e3          	beq	a2,a3,10c86 <__d_vfprintf+0x5ae>
   10c9a:	010af693          	and	a3,s5,16
   10c9e:	87ea                	mv	a5,s10
   10ca0:	e291                	bnez	a3,10ca4 <__d_vfprintf+0x5cc>
   10ca2:	87de                	mv	a5,s7
   10ca4:	56f1                	li	a3,-4
   10ca6:	0ed9cc63          	blt	s3,a3,10d9e <__d_vfprintf+0x6c6>
   10caa:	0fa9da63          	bge	s3,s10,10d9e <__d_vfprintf+0x6c6>
   10cae:	6689                	lui	a3,0x2
   10cb0:	00dae6b3          	or	a3,s5,a3
   10cb4:	01069a93          	sll	s5,a3,0x10
   10cb8:	010ada93          	srl	s5,s5,0x10
   10cbc:	4d01                	li	s10,0
   10cbe:	00f9d663          	bge	s3,a5,10cca <__d_vfprintf+0x5f2>
   10cc2:	00198893          	add	a7,s3,1
   10cc6:	41178d33          	sub	s10,a5,a7
   10cca:	6d89                	lui	s11,0x2
   10ccc:	01bafdb3          	and	s11,s5,s11
   10cd0:	0c0d8a63          	beqz	s11,10da4 <__d_vfprintf+0x6cc>
   10cd4:	87ce                	mv	a5,s3
   10cd6:	0009d363          	bgez	s3,10cdc <__d_vfprintf+0x604>
   10cda:	4781                	li	a5,0
   10cdc:	0785                	add	a5,a5,1
   10cde:	c311                	beqz	a4,10ce2 <__d_vfprintf+0x60a>
   10ce0:	0785                	add	a5,a5,1
   10ce2:	0c0d0963          	beqz	s10,10db4 <__d_vfprintf+0x6dc>
   10ce6:	001d0693          	add	a3,s10,1
   10cea:	97b6                	add	a5,a5,a3
   10cec:	4481                	li	s1,0
   10cee:	0167d463          	bge	a5,s6,10cf6 <__d_vfprintf+0x61e>
   10cf2:	40fb04b3          	sub	s1,s6,a5
   10cf6:	009af793          	and	a5,s5,9
   10cfa:	e789                	bnez	a5,10d04 <__d_vfprintf+0x62c>
   10cfc:	94a2                	add	s1,s1,s0
   10cfe:	0c849063          	bne	s1,s0,10dbe <__d_vfprintf+0x6e6>
   10d02:	4481                	li	s1,0
   10d04:	c719                	beqz	a4,10d12 <__d_vfprintf+0x63a>
   10d06:	4582                	lw	a1,0(sp)
   10d08:	853a                	mv	a0,a4
   10d0a:	0405                	add	s0,s0,1
   10d0c:	9a02                	jalr	s4
   10d0e:	a00544e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10d12:	00bad793          	srl	a5,s5,0xb
   10d16:	8b85                	and	a5,a5,1
   10d18:	c395                	beqz	a5,10d3c <__d_vfprintf+0x664>
   10d1a:	4582                	lw	a1,0(sp)
   10d1c:	03000513          	li	a0,48
   10d20:	9a02                	jalr	s4
   10d22:	9e054ae3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10d26:	07800513          	li	a0,120
   10d2a:	4582                	lw	a1,0(sp)
   10d2c:	41250533          	sub	a0,a0,s2
   10d30:	0f857513          	and	a0,a0,248
   10d34:	0409                	add	s0,s0,2
   10d36:	9a02                	jalr	s4
   10d38:	9c054fe3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10d3c:	008af793          	and	a5,s5,8
   10d40:	e791                	bnez	a5,10d4c <__d_vfprintf+0x674>
   10d42:	8b22                	mv	s6,s0
   10d44:	9426                	add	s0,s0,s1
   10d46:	09641663          	bne	s0,s6,10dd2 <__d_vfprintf+0x6fa>
   10d4a:	4481                	li	s1,0
   10d4c:	0c0d8f63          	beqz	s11,10e2a <__d_vfprintf+0x752>
   10d50:	8cce                	mv	s9,s3
   10d52:	0009d363          	bgez	s3,10d58 <__d_vfprintf+0x680>
   10d56:	4c81                	li	s9,0
   10d58:	41998db3          	sub	s11,s3,s9
   10d5c:	41a00d33          	neg	s10,s10
   10d60:	5b7d                	li	s6,-1
   10d62:	03000513          	li	a0,48
   10d66:	017df663          	bgeu	s11,s7,10d72 <__d_vfprintf+0x69a>
   10d6a:	103c                	add	a5,sp,40
   10d6c:	97ee                	add	a5,a5,s11
   10d6e:	0057c503          	lbu	a0,5(a5)
   10d72:	1cfd                	add	s9,s9,-1
   10d74:	00140c13          	add	s8,s0,1
   10d78:	07acc563          	blt	s9,s10,10de2 <__d_vfprintf+0x70a>
   10d7c:	4582                	lw	a1,0(sp)
   10d7e:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   10d80:	9a02                	jalr	s4
   10d82:	98054ae3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10d86:	016c9a63          	bne	s9,s6,10d9a <__d_vfprintf+0x6c2>
   10d8a:	4582                	lw	a1,0(sp)
   10d8c:	02e00513          	li	a0,46
   10d90:	9a02                	jalr	s4
   10d92:	980542e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10d96:	00240c13          	add	s8,s0,2
   10d9a:	8462                	mv	s0,s8
   10d9c:	b7d9                	j	10d62 <__d_vfprintf+0x68a>
   10d9e:	fff78d13          	add	s10,a5,-1
   10da2:	b725                	j	10cca <__d_vfprintf+0x5f2>
   10da4:	00bad693          	srl	a3,s5,0xb
   10da8:	8a85                	and	a3,a3,1
   10daa:	478d                	li	a5,3
   10dac:	c291                	beqz	a3,10db0 <__d_vfprintf+0x6d8>
   10dae:	4795                	li	a5,5
   10db0:	97e2                	add	a5,a5,s8
   10db2:	b735                	j	10cde <__d_vfprintf+0x606>
   10db4:	010af693          	and	a3,s5,16
   10db8:	da95                	beqz	a3,10cec <__d_vfprintf+0x614>
   10dba:	0785                	add	a5,a5,1
   10dbc:	bf05                	j	10cec <__d_vfprintf+0x614>
   10dbe:	4582                	lw	a1,0(sp)
   10dc0:	02000513          	li	a0,32
   10dc4:	c83a                	sw	a4,16(sp)
   10dc6:	9a02                	jalr	s4
   10dc8:	4742                	lw	a4,16(sp)
   10dca:	0405                	add	s0,s0,1
   10dcc:	f20559e3          	bgez	a0,10cfe <__d_vfprintf+0x626>
   10dd0:	b299                	j	10716 <__d_vfprintf+0x3e>
   10dd2:	4582                	lw	a1,0(sp)
   10dd4:	03000513          	li	a0,48
   10dd8:	0b05                	add	s6,s6,1
   10dda:	9a02                	jalr	s4
   10ddc:	f60555e3          	bgez	a0,10d46 <__d_vfprintf+0x66e>
   10de0:	ba1d                	j	10716 <__d_vfprintf+0x3e>
   10de2:	033c9063          	bne	s9,s3,10e02 <__d_vfprintf+0x72a>
   10de6:	02d14703          	lbu	a4,45(sp)
   10dea:	03500793          	li	a5,53
   10dee:	00e7e863          	bltu	a5,a4,10dfe <__d_vfprintf+0x726>
   10df2:	00f71863          	bne	a4,a5,10e02 <__d_vfprintf+0x72a>
   10df6:	02c14783          	lbu	a5,44(sp)
   10dfa:	8bc1                	and	a5,a5,16
   10dfc:	e399                	bnez	a5,10e02 <__d_vfprintf+0x72a>
   10dfe:	03100513          	li	a0,49
   10e02:	4582                	lw	a1,0(sp)
   10e04:	9a02                	jalr	s4
   10e06:	900548e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10e0a:	010afa93          	and	s5,s5,16
   10e0e:	e60a85e3          	beqz	s5,10c78 <__d_vfprintf+0x5a0>
   10e12:	57fd                	li	a5,-1
   10e14:	e6fc92e3          	bne	s9,a5,10c78 <__d_vfprintf+0x5a0>
   10e18:	4582                	lw	a1,0(sp)
   10e1a:	00240c13          	add	s8,s0,2
   10e1e:	02e00513          	li	a0,46
   10e22:	9a02                	jalr	s4
   10e24:	e4055ae3          	bgez	a0,10c78 <__d_vfprintf+0x5a0>
   10e28:	b0fd                	j	10716 <__d_vfprintf+0x3e>
   10e2a:	02d14503          	lbu	a0,45(sp)
   10e2e:	03100793          	li	a5,49
   10e32:	00f50763          	beq	a0,a5,10e40 <__d_vfprintf+0x768>
   10e36:	02c14783          	lbu	a5,44(sp)
   10e3a:	9bbd                	and	a5,a5,-17
   10e3c:	02f10623          	sb	a5,44(sp)
   10e40:	4582                	lw	a1,0(sp)
   10e42:	9a02                	jalr	s4
   10e44:	8c0549e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10e48:	0da05a63          	blez	s10,10f1c <__d_vfprintf+0x844>
   10e4c:	4582                	lw	a1,0(sp)
   10e4e:	02e00513          	li	a0,46
   10e52:	0409                	add	s0,s0,2
   10e54:	9a02                	jalr	s4
   10e56:	8c0540e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10e5a:	4a85                	li	s5,1
   10e5c:	4785                	li	a5,1
   10e5e:	0405                	add	s0,s0,1
   10e60:	03000513          	li	a0,48
   10e64:	017af863          	bgeu	s5,s7,10e74 <__d_vfprintf+0x79c>
   10e68:	02078793          	add	a5,a5,32
   10e6c:	1018                	add	a4,sp,32
   10e6e:	97ba                	add	a5,a5,a4
   10e70:	fed7c503          	lbu	a0,-19(a5)
   10e74:	4582                	lw	a1,0(sp)
   10e76:	9a02                	jalr	s4
   10e78:	88054fe3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10e7c:	0a85                	add	s5,s5,1
   10e7e:	0ffafa93          	zext.b	s5,s5
   10e82:	87d6                	mv	a5,s5
   10e84:	fd5d5de3          	bge	s10,s5,10e5e <__d_vfprintf+0x786>
   10e88:	4582                	lw	a1,0(sp)
   10e8a:	412c8533          	sub	a0,s9,s2
   10e8e:	0ff57513          	zext.b	a0,a0
   10e92:	9a02                	jalr	s4
   10e94:	880541e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10e98:	0009ca63          	bltz	s3,10eac <__d_vfprintf+0x7d4>
   10e9c:	02b00513          	li	a0,43
   10ea0:	00099a63          	bnez	s3,10eb4 <__d_vfprintf+0x7dc>
   10ea4:	02c14783          	lbu	a5,44(sp)
   10ea8:	8bc1                	and	a5,a5,16
   10eaa:	c789                	beqz	a5,10eb4 <__d_vfprintf+0x7dc>
   10eac:	413009b3          	neg	s3,s3
   10eb0:	02d00513          	li	a0,45
   10eb4:	4582                	lw	a1,0(sp)
   10eb6:	9a02                	jalr	s4
   10eb8:	84054fe3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10ebc:	4791                	li	a5,4
   10ebe:	06fc1e63          	bne	s8,a5,10f3a <__d_vfprintf+0x862>
   10ec2:	3e800913          	li	s2,1000
   10ec6:	0329c533          	div	a0,s3,s2
   10eca:	4582                	lw	a1,0(sp)
   10ecc:	040d                	add	s0,s0,3
   10ece:	03050513          	add	a0,a0,48
   10ed2:	0ff57513          	zext.b	a0,a0
   10ed6:	9a02                	jalr	s4
   10ed8:	82054fe3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10edc:	0329e9b3          	rem	s3,s3,s2
   10ee0:	06400913          	li	s2,100
   10ee4:	4582                	lw	a1,0(sp)
   10ee6:	0405                	add	s0,s0,1
   10ee8:	0329c533          	div	a0,s3,s2
   10eec:	03050513          	add	a0,a0,48
   10ef0:	0ff57513          	zext.b	a0,a0
   10ef4:	9a02                	jalr	s4
   10ef6:	820540e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10efa:	0329e9b3          	rem	s3,s3,s2
   10efe:	4929                	li	s2,10
   10f00:	4582                	lw	a1,0(sp)
   10f02:	0405                	add	s0,s0,1
   10f04:	0329c533          	div	a0,s3,s2
   10f08:	03050513          	add	a0,a0,48
   10f0c:	0ff57513          	zext.b	a0,a0
   10f10:	9a02                	jalr	s4
   10f12:	800542e3          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10f16:	0329e9b3          	rem	s3,s3,s2
   10f1a:	a03d                	j	10f48 <__d_vfprintf+0x870>
   10f1c:	010afa93          	and	s5,s5,16
   10f20:	000a9463          	bnez	s5,10f28 <__d_vfprintf+0x850>
   10f24:	0405                	add	s0,s0,1
   10f26:	b78d                	j	10e88 <__d_vfprintf+0x7b0>
   10f28:	4582                	lw	a1,0(sp)
   10f2a:	02e00513          	li	a0,46
   10f2e:	0409                	add	s0,s0,2
   10f30:	9a02                	jalr	s4
   10f32:	f4055be3          	bgez	a0,10e88 <__d_vfprintf+0x7b0>
   10f36:	fe0ff06f          	j	10716 <__d_vfprintf+0x3e>
   10f3a:	478d                	li	a5,3
   10f3c:	0409                	add	s0,s0,2
   10f3e:	fafc01e3          	beq	s8,a5,10ee0 <__d_vfprintf+0x808>
   10f42:	4785                	li	a5,1
   10f44:	fafc1de3          	bne	s8,a5,10efe <__d_vfprintf+0x826>
   10f48:	03098513          	add	a0,s3,48
   10f4c:	4582                	lw	a1,0(sp)
   10f4e:	00140c13          	add	s8,s0,1
   10f52:	0ff57513          	zext.b	a0,a0
   10f56:	b5f1                	j	10e22 <__d_vfprintf+0x74a>
   10f58:	f9d90793          	add	a5,s2,-99
   10f5c:	0ff7f793          	zext.b	a5,a5
   10f60:	4749                	li	a4,18
   10f62:	1ef76d63          	bltu	a4,a5,1115c <__d_vfprintf+0xa84>
   10f66:	674d                	lui	a4,0x13
   10f68:	078a                	sll	a5,a5,0x2
   10f6a:	0cc70713          	add	a4,a4,204 # 130cc <CSWTCH.24+0x7c>
   10f6e:	97ba                	add	a5,a5,a4
   10f70:	439c                	lw	a5,0(a5)
   10f72:	8782                	jr	a5
   10f74:	5792                	lw	a5,36(sp)
   10f76:	4485                	li	s1,1
   10f78:	02810993          	add	s3,sp,40
   10f7c:	00478713          	add	a4,a5,4
   10f80:	439c                	lw	a5,0(a5)
   10f82:	d23a                	sw	a4,36(sp)
   10f84:	02f10423          	sb	a5,40(sp)
   10f88:	008df813          	and	a6,s11,8
   10f8c:	04080d63          	beqz	a6,10fe6 <__d_vfprintf+0x90e>
   10f90:	4901                	li	s2,0
   10f92:	05249c63          	bne	s1,s2,10fea <__d_vfprintf+0x912>
   10f96:	00940c33          	add	s8,s0,s1
   10f9a:	409b04b3          	sub	s1,s6,s1
   10f9e:	b9e9                	j	10c78 <__d_vfprintf+0x5a0>
   10fa0:	5792                	lw	a5,36(sp)
   10fa2:	00478713          	add	a4,a5,4
   10fa6:	d23a                	sw	a4,36(sp)
   10fa8:	0007a983          	lw	s3,0(a5)
   10fac:	00099563          	bnez	s3,10fb6 <__d_vfprintf+0x8de>
   10fb0:	69cd                	lui	s3,0x13
   10fb2:	08098993          	add	s3,s3,128 # 13080 <CSWTCH.24+0x30>
   10fb6:	040df793          	and	a5,s11,64
   10fba:	55fd                	li	a1,-1
   10fbc:	c391                	beqz	a5,10fc0 <__d_vfprintf+0x8e8>
   10fbe:	85ea                	mv	a1,s10
   10fc0:	854e                	mv	a0,s3
   10fc2:	4b7000ef          	jal	11c78 <strnlen>
   10fc6:	84aa                	mv	s1,a0
   10fc8:	b7c1                	j	10f88 <__d_vfprintf+0x8b0>
   10fca:	4582                	lw	a1,0(sp)
   10fcc:	02000513          	li	a0,32
   10fd0:	9a02                	jalr	s4
   10fd2:	f4054263          	bltz	a0,10716 <__d_vfprintf+0x3e>
   10fd6:	197d                	add	s2,s2,-1
   10fd8:	ff24e9e3          	bltu	s1,s2,10fca <__d_vfprintf+0x8f2>
   10fdc:	945a                	add	s0,s0,s6
   10fde:	41240433          	sub	s0,s0,s2
   10fe2:	8b4a                	mv	s6,s2
   10fe4:	b775                	j	10f90 <__d_vfprintf+0x8b8>
   10fe6:	895a                	mv	s2,s6
   10fe8:	bfc5                	j	10fd8 <__d_vfprintf+0x900>
   10fea:	012987b3          	add	a5,s3,s2
   10fee:	4582                	lw	a1,0(sp)
   10ff0:	0007c503          	lbu	a0,0(a5)
   10ff4:	0905                	add	s2,s2,1
   10ff6:	9a02                	jalr	s4
   10ff8:	f8055de3          	bgez	a0,10f92 <__d_vfprintf+0x8ba>
   10ffc:	f1aff06f          	j	10716 <__d_vfprintf+0x3e>
   11000:	080df713          	and	a4,s11,128
   11004:	5792                	lw	a5,36(sp)
   11006:	cf49                	beqz	a4,110a0 <__d_vfprintf+0x9c8>
   11008:	200df713          	and	a4,s11,512
   1100c:	c359                	beqz	a4,11092 <__d_vfprintf+0x9ba>
   1100e:	079d                	add	a5,a5,7
   11010:	9be1                	and	a5,a5,-8
   11012:	4388                	lw	a0,0(a5)
   11014:	43cc                	lw	a1,4(a5)
   11016:	00878713          	add	a4,a5,8
   1101a:	d23a                	sw	a4,36(sp)
   1101c:	fefdf993          	and	s3,s11,-17
   11020:	09c2                	sll	s3,s3,0x10
   11022:	0109d993          	srl	s3,s3,0x10
   11026:	0805dd63          	bgez	a1,110c0 <__d_vfprintf+0x9e8>
   1102a:	00a037b3          	snez	a5,a0
   1102e:	40b005b3          	neg	a1,a1
   11032:	8d9d                	sub	a1,a1,a5
   11034:	40a00533          	neg	a0,a0
   11038:	4009e993          	or	s3,s3,1024
   1103c:	02810a93          	add	s5,sp,40
   11040:	46a9                	li	a3,10
   11042:	8656                	mv	a2,s5
   11044:	c98ff0ef          	jal	104dc <__ultoa_invert>
   11048:	0409f793          	and	a5,s3,64
   1104c:	41550ab3          	sub	s5,a0,s5
   11050:	c7f5                	beqz	a5,1113c <__d_vfprintf+0xa64>
   11052:	ffe9f793          	and	a5,s3,-2
   11056:	07c2                	sll	a5,a5,0x10
   11058:	83c1                	srl	a5,a5,0x10
   1105a:	19aad563          	bge	s5,s10,111e4 <__d_vfprintf+0xb0c>
   1105e:	16090c63          	beqz	s2,111d6 <__d_vfprintf+0xafe>
   11062:	0109fc13          	and	s8,s3,16
   11066:	84ea                	mv	s1,s10
   11068:	89be                	mv	s3,a5
   1106a:	060c0a63          	beqz	s8,110de <__d_vfprintf+0xa06>
   1106e:	0489                	add	s1,s1,2
   11070:	0089f793          	and	a5,s3,8
   11074:	18079a63          	bnez	a5,11208 <__d_vfprintf+0xb30>
   11078:	0019f793          	and	a5,s3,1
   1107c:	cb89                	beqz	a5,1108e <__d_vfprintf+0x9b6>
   1107e:	8d56                	mv	s10,s5
   11080:	0164d763          	bge	s1,s6,1108e <__d_vfprintf+0x9b6>
   11084:	409b04b3          	sub	s1,s6,s1
   11088:	01548d33          	add	s10,s1,s5
   1108c:	84da                	mv	s1,s6
   1108e:	8ba6                	mv	s7,s1
   11090:	a2ad                	j	111fa <__d_vfprintf+0xb22>
   11092:	4388                	lw	a0,0(a5)
   11094:	00478713          	add	a4,a5,4
   11098:	d23a                	sw	a4,36(sp)
   1109a:	41f55593          	sra	a1,a0,0x1f
   1109e:	bfbd                	j	1101c <__d_vfprintf+0x944>
   110a0:	00478713          	add	a4,a5,4
   110a4:	4388                	lw	a0,0(a5)
   110a6:	d23a                	sw	a4,36(sp)
   110a8:	100df793          	and	a5,s11,256
   110ac:	d7fd                	beqz	a5,1109a <__d_vfprintf+0x9c2>
   110ae:	200df793          	and	a5,s11,512
   110b2:	c781                	beqz	a5,110ba <__d_vfprintf+0x9e2>
   110b4:	0562                	sll	a0,a0,0x18
   110b6:	8561                	sra	a0,a0,0x18
   110b8:	b7cd                	j	1109a <__d_vfprintf+0x9c2>
   110ba:	0542                	sll	a0,a0,0x10
   110bc:	8541                	sra	a0,a0,0x10
   110be:	bff1                	j	1109a <__d_vfprintf+0x9c2>
   110c0:	00b567b3          	or	a5,a0,a1
   110c4:	ffa5                	bnez	a5,1103c <__d_vfprintf+0x964>
   110c6:	040df793          	and	a5,s11,64
   110ca:	dbad                	beqz	a5,1103c <__d_vfprintf+0x964>
   110cc:	f60d18e3          	bnez	s10,1103c <__d_vfprintf+0x964>
   110d0:	feedf993          	and	s3,s11,-18
   110d4:	09c2                	sll	s3,s3,0x10
   110d6:	0109d993          	srl	s3,s3,0x10
   110da:	4a81                	li	s5,0
   110dc:	4481                	li	s1,0
   110de:	4069fc13          	and	s8,s3,1030
   110e2:	f80c07e3          	beqz	s8,11070 <__d_vfprintf+0x998>
   110e6:	0485                	add	s1,s1,1
   110e8:	4c01                	li	s8,0
   110ea:	b759                	j	11070 <__d_vfprintf+0x998>
   110ec:	fefdf813          	and	a6,s11,-17
   110f0:	01081d93          	sll	s11,a6,0x10
   110f4:	010ddd93          	srl	s11,s11,0x10
   110f8:	46a9                	li	a3,10
   110fa:	080df713          	and	a4,s11,128
   110fe:	5792                	lw	a5,36(sp)
   11100:	c355                	beqz	a4,111a4 <__d_vfprintf+0xacc>
   11102:	200df713          	and	a4,s11,512
   11106:	cb49                	beqz	a4,11198 <__d_vfprintf+0xac0>
   11108:	079d                	add	a5,a5,7
   1110a:	9be1                	and	a5,a5,-8
   1110c:	4388                	lw	a0,0(a5)
   1110e:	43cc                	lw	a1,4(a5)
   11110:	00878713          	add	a4,a5,8
   11114:	d23a                	sw	a4,36(sp)
   11116:	00b567b3          	or	a5,a0,a1
   1111a:	e7cd                	bnez	a5,111c4 <__d_vfprintf+0xaec>
   1111c:	fe9df993          	and	s3,s11,-23
   11120:	09c2                	sll	s3,s3,0x10
   11122:	040df793          	and	a5,s11,64
   11126:	0109d993          	srl	s3,s3,0x10
   1112a:	c3dd                	beqz	a5,111d0 <__d_vfprintf+0xaf8>
   1112c:	0a0d1263          	bnez	s10,111d0 <__d_vfprintf+0xaf8>
   11130:	fe8df993          	and	s3,s11,-24
   11134:	09c2                	sll	s3,s3,0x10
   11136:	0109d993          	srl	s3,s3,0x10
   1113a:	4a81                	li	s5,0
   1113c:	0109fc13          	and	s8,s3,16
   11140:	0a0c0463          	beqz	s8,111e8 <__d_vfprintf+0xb10>
   11144:	001a8493          	add	s1,s5,1
   11148:	f20904e3          	beqz	s2,11070 <__d_vfprintf+0x998>
   1114c:	84d6                	mv	s1,s5
   1114e:	b705                	j	1106e <__d_vfprintf+0x996>
   11150:	010ded93          	or	s11,s11,16
   11154:	46c1                	li	a3,16
   11156:	07800913          	li	s2,120
   1115a:	b745                	j	110fa <__d_vfprintf+0xa22>
   1115c:	07800793          	li	a5,120
   11160:	00fc9a63          	bne	s9,a5,11174 <__d_vfprintf+0xa9c>
   11164:	05800793          	li	a5,88
   11168:	46c1                	li	a3,16
   1116a:	f8f918e3          	bne	s2,a5,110fa <__d_vfprintf+0xa22>
   1116e:	21000693          	li	a3,528
   11172:	b761                	j	110fa <__d_vfprintf+0xa22>
   11174:	4582                	lw	a1,0(sp)
   11176:	02500513          	li	a0,37
   1117a:	9a02                	jalr	s4
   1117c:	d8054d63          	bltz	a0,10716 <__d_vfprintf+0x3e>
   11180:	4582                	lw	a1,0(sp)
   11182:	854a                	mv	a0,s2
   11184:	9a02                	jalr	s4
   11186:	d8054863          	bltz	a0,10716 <__d_vfprintf+0x3e>
   1118a:	0409                	add	s0,s0,2
   1118c:	4792                	lw	a5,4(sp)
   1118e:	d68ff06f          	j	106f6 <__d_vfprintf+0x1e>
   11192:	46a1                	li	a3,8
   11194:	4901                	li	s2,0
   11196:	b795                	j	110fa <__d_vfprintf+0xa22>
   11198:	4388                	lw	a0,0(a5)
   1119a:	00478713          	add	a4,a5,4
   1119e:	d23a                	sw	a4,36(sp)
   111a0:	4581                	li	a1,0
   111a2:	bf95                	j	11116 <__d_vfprintf+0xa3e>
   111a4:	00478713          	add	a4,a5,4
   111a8:	4388                	lw	a0,0(a5)
   111aa:	d23a                	sw	a4,36(sp)
   111ac:	100df793          	and	a5,s11,256
   111b0:	dbe5                	beqz	a5,111a0 <__d_vfprintf+0xac8>
   111b2:	200df793          	and	a5,s11,512
   111b6:	c781                	beqz	a5,111be <__d_vfprintf+0xae6>
   111b8:	0ff57513          	zext.b	a0,a0
   111bc:	b7d5                	j	111a0 <__d_vfprintf+0xac8>
   111be:	0542                	sll	a0,a0,0x10
   111c0:	8141                	srl	a0,a0,0x10
   111c2:	bff9                	j	111a0 <__d_vfprintf+0xac8>
   111c4:	ff9df813          	and	a6,s11,-7
   111c8:	01081993          	sll	s3,a6,0x10
   111cc:	0109d993          	srl	s3,s3,0x10
   111d0:	02810a93          	add	s5,sp,40
   111d4:	b5bd                	j	11042 <__d_vfprintf+0x96a>
   111d6:	fee9f993          	and	s3,s3,-18
   111da:	09c2                	sll	s3,s3,0x10
   111dc:	0109d993          	srl	s3,s3,0x10
   111e0:	84ea                	mv	s1,s10
   111e2:	bdf5                	j	110de <__d_vfprintf+0xa06>
   111e4:	89be                	mv	s3,a5
   111e6:	bf99                	j	1113c <__d_vfprintf+0xa64>
   111e8:	84d6                	mv	s1,s5
   111ea:	bdd5                	j	110de <__d_vfprintf+0xa06>
   111ec:	4582                	lw	a1,0(sp)
   111ee:	02000513          	li	a0,32
   111f2:	9a02                	jalr	s4
   111f4:	d2054163          	bltz	a0,10716 <__d_vfprintf+0x3e>
   111f8:	0b85                	add	s7,s7,1
   111fa:	ff6bc9e3          	blt	s7,s6,111ec <__d_vfprintf+0xb14>
   111fe:	409404b3          	sub	s1,s0,s1
   11202:	01748433          	add	s0,s1,s7
   11206:	84de                	mv	s1,s7
   11208:	020c0363          	beqz	s8,1122e <__d_vfprintf+0xb56>
   1120c:	4582                	lw	a1,0(sp)
   1120e:	03000513          	li	a0,48
   11212:	9a02                	jalr	s4
   11214:	d0054163          	bltz	a0,10716 <__d_vfprintf+0x3e>
   11218:	04090d63          	beqz	s2,11272 <__d_vfprintf+0xb9a>
   1121c:	4582                	lw	a1,0(sp)
   1121e:	0409                	add	s0,s0,2
   11220:	854a                	mv	a0,s2
   11222:	9a02                	jalr	s4
   11224:	ce054963          	bltz	a0,10716 <__d_vfprintf+0x3e>
   11228:	8c22                	mv	s8,s0
   1122a:	9d22                	add	s10,s10,s0
   1122c:	a81d                	j	11262 <__d_vfprintf+0xb8a>
   1122e:	4069f793          	and	a5,s3,1030
   11232:	dbfd                	beqz	a5,11228 <__d_vfprintf+0xb50>
   11234:	0029f793          	and	a5,s3,2
   11238:	02000513          	li	a0,32
   1123c:	c399                	beqz	a5,11242 <__d_vfprintf+0xb6a>
   1123e:	02b00513          	li	a0,43
   11242:	4009f993          	and	s3,s3,1024
   11246:	00098463          	beqz	s3,1124e <__d_vfprintf+0xb76>
   1124a:	02d00513          	li	a0,45
   1124e:	4582                	lw	a1,0(sp)
   11250:	0405                	add	s0,s0,1
   11252:	bfc1                	j	11222 <__d_vfprintf+0xb4a>
   11254:	4582                	lw	a1,0(sp)
   11256:	03000513          	li	a0,48
   1125a:	0c05                	add	s8,s8,1
   1125c:	9a02                	jalr	s4
   1125e:	ca054c63          	bltz	a0,10716 <__d_vfprintf+0x3e>
   11262:	418d07b3          	sub	a5,s10,s8
   11266:	fefac7e3          	blt	s5,a5,11254 <__d_vfprintf+0xb7c>
   1126a:	8456                	mv	s0,s5
   1126c:	e409                	bnez	s0,11276 <__d_vfprintf+0xb9e>
   1126e:	9c56                	add	s8,s8,s5
   11270:	b32d                	j	10f9a <__d_vfprintf+0x8c2>
   11272:	0405                	add	s0,s0,1
   11274:	bf55                	j	11228 <__d_vfprintf+0xb50>
   11276:	147d                	add	s0,s0,-1
   11278:	103c                	add	a5,sp,40
   1127a:	97a2                	add	a5,a5,s0
   1127c:	4582                	lw	a1,0(sp)
   1127e:	0007c503          	lbu	a0,0(a5)
   11282:	9a02                	jalr	s4
   11284:	fe0554e3          	bgez	a0,1126c <__d_vfprintf+0xb94>
   11288:	c8eff06f          	j	10716 <__d_vfprintf+0x3e>
   1128c:	4582                	lw	a1,0(sp)
   1128e:	02000513          	li	a0,32
   11292:	0405                	add	s0,s0,1
   11294:	9a02                	jalr	s4
   11296:	c8054063          	bltz	a0,10716 <__d_vfprintf+0x3e>
   1129a:	408487b3          	sub	a5,s1,s0
   1129e:	fef047e3          	bgtz	a5,1128c <__d_vfprintf+0xbb4>
   112a2:	b5ed                	j	1118c <__d_vfprintf+0xab4>

000112a4 <mulShiftAll64>:
   112a4:	108012ef          	jal	t0,123ac <__riscv_save_10>
   112a8:	84b2                	mv	s1,a2
   112aa:	00159913          	sll	s2,a1,0x1
   112ae:	4210                	lw	a2,0(a2)
   112b0:	8ab6                	mv	s5,a3
   112b2:	89be                	mv	s3,a5
   112b4:	40d4                	lw	a3,4(s1)
   112b6:	01f55793          	srl	a5,a0,0x1f
   112ba:	1141                	add	sp,sp,-16
   112bc:	0127e933          	or	s2,a5,s2
   112c0:	00151413          	sll	s0,a0,0x1
   112c4:	8522                	mv	a0,s0
   112c6:	85ca                	mv	a1,s2
   112c8:	8bba                	mv	s7,a4
   112ca:	870a                	mv	a4,sp
   112cc:	8b42                	mv	s6,a6
   112ce:	0ed000ef          	jal	11bba <__umul128>
   112d2:	44d4                	lw	a3,12(s1)
   112d4:	4490                	lw	a2,8(s1)
   112d6:	0038                	add	a4,sp,8
   112d8:	8caa                	mv	s9,a0
   112da:	8c2e                	mv	s8,a1
   112dc:	8522                	mv	a0,s0
   112de:	85ca                	mv	a1,s2
   112e0:	0db000ef          	jal	11bba <__umul128>
   112e4:	4682                	lw	a3,0(sp)
   112e6:	4712                	lw	a4,4(sp)
   112e8:	4785                	li	a5,1
   112ea:	00d50933          	add	s2,a0,a3
   112ee:	00a93533          	sltu	a0,s2,a0
   112f2:	95ba                	add	a1,a1,a4
   112f4:	00b50433          	add	s0,a0,a1
   112f8:	00e46763          	bltu	s0,a4,11306 <mulShiftAll64+0x62>
   112fc:	00871463          	bne	a4,s0,11304 <mulShiftAll64+0x60>
   11300:	00d96363          	bltu	s2,a3,11306 <mulShiftAll64+0x62>
   11304:	4781                	li	a5,0
   11306:	4622                	lw	a2,8(sp)
   11308:	4732                	lw	a4,12(sp)
   1130a:	963e                	add	a2,a2,a5
   1130c:	00f637b3          	sltu	a5,a2,a5
   11310:	00e786b3          	add	a3,a5,a4
   11314:	4098                	lw	a4,0(s1)
   11316:	40dc                	lw	a5,4(s1)
   11318:	c432                	sw	a2,8(sp)
   1131a:	9766                	add	a4,a4,s9
   1131c:	97e2                	add	a5,a5,s8
   1131e:	019735b3          	sltu	a1,a4,s9
   11322:	95be                	add	a1,a1,a5
   11324:	c636                	sw	a3,12(sp)
   11326:	4785                	li	a5,1
   11328:	0185e763          	bltu	a1,s8,11336 <mulShiftAll64+0x92>
   1132c:	00bc1463          	bne	s8,a1,11334 <mulShiftAll64+0x90>
   11330:	01976363          	bltu	a4,s9,11336 <mulShiftAll64+0x92>
   11334:	4781                	li	a5,0
   11336:	4498                	lw	a4,8(s1)
   11338:	44c8                	lw	a0,12(s1)
   1133a:	fbfa8a13          	add	s4,s5,-65
   1133e:	974a                	add	a4,a4,s2
   11340:	9522                	add	a0,a0,s0
   11342:	012735b3          	sltu	a1,a4,s2
   11346:	95aa                	add	a1,a1,a0
   11348:	00e78533          	add	a0,a5,a4
   1134c:	00f537b3          	sltu	a5,a0,a5
   11350:	95be                	add	a1,a1,a5
   11352:	4785                	li	a5,1
   11354:	0085e763          	bltu	a1,s0,11362 <mulShiftAll64+0xbe>
   11358:	00b41463          	bne	s0,a1,11360 <mulShiftAll64+0xbc>
   1135c:	01256363          	bltu	a0,s2,11362 <mulShiftAll64+0xbe>
   11360:	4781                	li	a5,0
   11362:	963e                	add	a2,a2,a5
   11364:	00f637b3          	sltu	a5,a2,a5
   11368:	8752                	mv	a4,s4
   1136a:	96be                	add	a3,a3,a5
   1136c:	09b000ef          	jal	11c06 <__shiftright128>
   11370:	00aba023          	sw	a0,0(s7)
   11374:	00bba223          	sw	a1,4(s7)
   11378:	4785                	li	a5,1
   1137a:	48a2                	lw	a7,8(sp)
   1137c:	4832                	lw	a6,12(sp)
   1137e:	40cc                	lw	a1,4(s1)
   11380:	4488                	lw	a0,8(s1)
   11382:	44d8                	lw	a4,12(s1)
   11384:	06fb1763          	bne	s6,a5,113f2 <mulShiftAll64+0x14e>
   11388:	40a906b3          	sub	a3,s2,a0
   1138c:	00d93633          	sltu	a2,s2,a3
   11390:	40e407b3          	sub	a5,s0,a4
   11394:	8f91                	sub	a5,a5,a2
   11396:	4505                	li	a0,1
   11398:	00bc6863          	bltu	s8,a1,113a8 <mulShiftAll64+0x104>
   1139c:	01859563          	bne	a1,s8,113a6 <mulShiftAll64+0x102>
   113a0:	4098                	lw	a4,0(s1)
   113a2:	00ece363          	bltu	s9,a4,113a8 <mulShiftAll64+0x104>
   113a6:	4501                	li	a0,0
   113a8:	40a68533          	sub	a0,a3,a0
   113ac:	00a6b6b3          	sltu	a3,a3,a0
   113b0:	40d785b3          	sub	a1,a5,a3
   113b4:	4605                	li	a2,1
   113b6:	00b46763          	bltu	s0,a1,113c4 <mulShiftAll64+0x120>
   113ba:	00859463          	bne	a1,s0,113c2 <mulShiftAll64+0x11e>
   113be:	00a96363          	bltu	s2,a0,113c4 <mulShiftAll64+0x120>
   113c2:	4601                	li	a2,0
   113c4:	40c88633          	sub	a2,a7,a2
   113c8:	00c8b6b3          	sltu	a3,a7,a2
   113cc:	8752                	mv	a4,s4
   113ce:	40d806b3          	sub	a3,a6,a3
   113d2:	035000ef          	jal	11c06 <__shiftright128>
   113d6:	4622                	lw	a2,8(sp)
   113d8:	46b2                	lw	a3,12(sp)
   113da:	00a9a023          	sw	a0,0(s3)
   113de:	00b9a223          	sw	a1,4(s3)
   113e2:	8752                	mv	a4,s4
   113e4:	854a                	mv	a0,s2
   113e6:	85a2                	mv	a1,s0
   113e8:	01f000ef          	jal	11c06 <__shiftright128>
   113ec:	0141                	add	sp,sp,16
   113ee:	7f70006f          	j	123e4 <__riscv_restore_10>
   113f2:	01fcd793          	srl	a5,s9,0x1f
   113f6:	001c1613          	sll	a2,s8,0x1
   113fa:	8e5d                	or	a2,a2,a5
   113fc:	01f95693          	srl	a3,s2,0x1f
   11400:	00141793          	sll	a5,s0,0x1
   11404:	001c9e93          	sll	t4,s9,0x1
   11408:	8fd5                	or	a5,a5,a3
   1140a:	00191313          	sll	t1,s2,0x1
   1140e:	4e05                	li	t3,1
   11410:	01866763          	bltu	a2,s8,1141e <mulShiftAll64+0x17a>
   11414:	00cc1463          	bne	s8,a2,1141c <mulShiftAll64+0x178>
   11418:	019ee363          	bltu	t4,s9,1141e <mulShiftAll64+0x17a>
   1141c:	4e01                	li	t3,0
   1141e:	9e1a                	add	t3,t3,t1
   11420:	006e3333          	sltu	t1,t3,t1
   11424:	933e                	add	t1,t1,a5
   11426:	4785                	li	a5,1
   11428:	00b66863          	bltu	a2,a1,11438 <mulShiftAll64+0x194>
   1142c:	00c59563          	bne	a1,a2,11436 <mulShiftAll64+0x192>
   11430:	4094                	lw	a3,0(s1)
   11432:	00dee363          	bltu	t4,a3,11438 <mulShiftAll64+0x194>
   11436:	4781                	li	a5,0
   11438:	40fe07b3          	sub	a5,t3,a5
   1143c:	00fe35b3          	sltu	a1,t3,a5
   11440:	40b305b3          	sub	a1,t1,a1
   11444:	40a78533          	sub	a0,a5,a0
   11448:	00a7b7b3          	sltu	a5,a5,a0
   1144c:	8d99                	sub	a1,a1,a4
   1144e:	01f8d693          	srl	a3,a7,0x1f
   11452:	8d9d                	sub	a1,a1,a5
   11454:	00181793          	sll	a5,a6,0x1
   11458:	8fd5                	or	a5,a5,a3
   1145a:	fc0a8713          	add	a4,s5,-64
   1145e:	0886                	sll	a7,a7,0x1
   11460:	4685                	li	a3,1
   11462:	00836763          	bltu	t1,s0,11470 <mulShiftAll64+0x1cc>
   11466:	00641463          	bne	s0,t1,1146e <mulShiftAll64+0x1ca>
   1146a:	012e6363          	bltu	t3,s2,11470 <mulShiftAll64+0x1cc>
   1146e:	4681                	li	a3,0
   11470:	96c6                	add	a3,a3,a7
   11472:	0116b8b3          	sltu	a7,a3,a7
   11476:	98be                	add	a7,a7,a5
   11478:	4605                	li	a2,1
   1147a:	00b36763          	bltu	t1,a1,11488 <mulShiftAll64+0x1e4>
   1147e:	00659463          	bne	a1,t1,11486 <mulShiftAll64+0x1e2>
   11482:	00ae6363          	bltu	t3,a0,11488 <mulShiftAll64+0x1e4>
   11486:	4601                	li	a2,0
   11488:	40c68633          	sub	a2,a3,a2
   1148c:	00c6b6b3          	sltu	a3,a3,a2
   11490:	40d886b3          	sub	a3,a7,a3
   11494:	bf3d                	j	113d2 <mulShiftAll64+0x12e>

00011496 <div10>:
   11496:	73f002ef          	jal	t0,123d4 <__riscv_save_0>
   1149a:	67cd                	lui	a5,0x13
   1149c:	5587a603          	lw	a2,1368(a5) # 13558 <stdout+0x4>
   114a0:	55c7a683          	lw	a3,1372(a5)
   114a4:	1141                	add	sp,sp,-16
   114a6:	0038                	add	a4,sp,8
   114a8:	712000ef          	jal	11bba <__umul128>
   114ac:	45b2                	lw	a1,12(sp)
   114ae:	47a2                	lw	a5,8(sp)
   114b0:	01d59513          	sll	a0,a1,0x1d
   114b4:	838d                	srl	a5,a5,0x3
   114b6:	8d5d                	or	a0,a0,a5
   114b8:	818d                	srl	a1,a1,0x3
   114ba:	0141                	add	sp,sp,16
   114bc:	73d0006f          	j	123f8 <__riscv_restore_0>

000114c0 <__dtoa_engine>:
   114c0:	6e5002ef          	jal	t0,123a4 <__riscv_save_12>
   114c4:	715d                	add	sp,sp,-80
   114c6:	8bb6                	mv	s7,a3
   114c8:	001006b7          	lui	a3,0x100
   114cc:	c43a                	sw	a4,8(sp)
   114ce:	c63e                	sw	a5,12(sp)
   114d0:	01f5d713          	srl	a4,a1,0x1f
   114d4:	fff68d93          	add	s11,a3,-1 # fffff <__global_pointer$+0xeb7e7>
   114d8:	0145d793          	srl	a5,a1,0x14
   114dc:	00bdfdb3          	and	s11,s11,a1
   114e0:	c03a                	sw	a4,0(sp)
   114e2:	7ff7f413          	and	s0,a5,2047
   114e6:	84aa                	mv	s1,a0
   114e8:	8ab2                	mv	s5,a2
   114ea:	00ade733          	or	a4,s11,a0
   114ee:	e405                	bnez	s0,11516 <__dtoa_engine+0x56>
   114f0:	e331                	bnez	a4,11534 <__dtoa_engine+0x74>
   114f2:	03000793          	li	a5,48
   114f6:	00f602a3          	sb	a5,5(a2) # 80000005 <__global_pointer$+0x7ffeb7ed>
   114fa:	4782                	lw	a5,0(sp)
   114fc:	00060323          	sb	zero,6(a2)
   11500:	00062023          	sw	zero,0(a2)
   11504:	0027e993          	or	s3,a5,2
   11508:	01360223          	sb	s3,4(a2)
   1150c:	4405                	li	s0,1
   1150e:	8522                	mv	a0,s0
   11510:	6161                	add	sp,sp,80
   11512:	6cf0006f          	j	123e0 <__riscv_restore_12>
   11516:	7ff00613          	li	a2,2047
   1151a:	0ac41163          	bne	s0,a2,115bc <__dtoa_engine+0xfc>
   1151e:	4782                	lw	a5,0(sp)
   11520:	0047e793          	or	a5,a5,4
   11524:	c701                	beqz	a4,1152c <__dtoa_engine+0x6c>
   11526:	4782                	lw	a5,0(sp)
   11528:	0087e793          	or	a5,a5,8
   1152c:	00fa8223          	sb	a5,4(s5)
   11530:	4401                	li	s0,0
   11532:	bff1                	j	1150e <__dtoa_engine+0x4e>
   11534:	00157793          	and	a5,a0,1
   11538:	c23e                	sw	a5,4(sp)
   1153a:	002d9993          	sll	s3,s11,0x2
   1153e:	01e55793          	srl	a5,a0,0x1e
   11542:	0137e9b3          	or	s3,a5,s3
   11546:	00251c13          	sll	s8,a0,0x2
   1154a:	892a                	mv	s2,a0
   1154c:	bcc00413          	li	s0,-1076
   11550:	4805                	li	a6,1
   11552:	4d05                	li	s10,1
   11554:	408004b3          	neg	s1,s0
   11558:	8526                	mv	a0,s1
   1155a:	ca42                	sw	a6,20(sp)
   1155c:	2d35                	jal	11b98 <__log10Pow5>
   1155e:	fff42793          	slti	a5,s0,-1
   11562:	40f50b33          	sub	s6,a0,a5
   11566:	416484b3          	sub	s1,s1,s6
   1156a:	8526                	mv	a0,s1
   1156c:	2d35                	jal	11ba8 <__pow5bits>
   1156e:	f8350693          	add	a3,a0,-125
   11572:	40db06b3          	sub	a3,s6,a3
   11576:	8526                	mv	a0,s1
   11578:	008c                	add	a1,sp,64
   1157a:	c836                	sw	a3,16(sp)
   1157c:	2921                	jal	11994 <__double_computePow5>
   1157e:	4852                	lw	a6,20(sp)
   11580:	46c2                	lw	a3,16(sp)
   11582:	181c                	add	a5,sp,48
   11584:	1038                	add	a4,sp,40
   11586:	0090                	add	a2,sp,64
   11588:	854a                	mv	a0,s2
   1158a:	85ee                	mv	a1,s11
   1158c:	3b21                	jal	112a4 <mulShiftAll64>
   1158e:	4785                	li	a5,1
   11590:	008b0a33          	add	s4,s6,s0
   11594:	84ae                	mv	s1,a1
   11596:	842a                	mv	s0,a0
   11598:	1367e563          	bltu	a5,s6,116c2 <__dtoa_engine+0x202>
   1159c:	4792                	lw	a5,4(sp)
   1159e:	4985                	li	s3,1
   115a0:	0e078863          	beqz	a5,11690 <__dtoa_engine+0x1d0>
   115a4:	57a2                	lw	a5,40(sp)
   115a6:	5732                	lw	a4,44(sp)
   115a8:	4985                	li	s3,1
   115aa:	fff78693          	add	a3,a5,-1
   115ae:	0017b793          	seqz	a5,a5
   115b2:	40f707b3          	sub	a5,a4,a5
   115b6:	d436                	sw	a3,40(sp)
   115b8:	d63e                	sw	a5,44(sp)
   115ba:	a075                	j	11666 <__dtoa_engine+0x1a6>
   115bc:	01b6edb3          	or	s11,a3,s11
   115c0:	00157693          	and	a3,a0,1
   115c4:	c236                	sw	a3,4(sp)
   115c6:	002d9993          	sll	s3,s11,0x2
   115ca:	01e55693          	srl	a3,a0,0x1e
   115ce:	bcb40413          	add	s0,s0,-1077
   115d2:	892a                	mv	s2,a0
   115d4:	0136e9b3          	or	s3,a3,s3
   115d8:	00251c13          	sll	s8,a0,0x2
   115dc:	4d05                	li	s10,1
   115de:	e709                	bnez	a4,115e8 <__dtoa_engine+0x128>
   115e0:	7fe7f793          	and	a5,a5,2046
   115e4:	0017bd13          	seqz	s10,a5
   115e8:	886a                	mv	a6,s10
   115ea:	f60445e3          	bltz	s0,11554 <__dtoa_engine+0x94>
   115ee:	8522                	mv	a0,s0
   115f0:	2b69                	jal	11b8a <__log10Pow2>
   115f2:	00442793          	slti	a5,s0,4
   115f6:	0017c793          	xor	a5,a5,1
   115fa:	40f50a33          	sub	s4,a0,a5
   115fe:	8552                	mv	a0,s4
   11600:	2365                	jal	11ba8 <__pow5bits>
   11602:	07c50693          	add	a3,a0,124
   11606:	408a0433          	sub	s0,s4,s0
   1160a:	96a2                	add	a3,a3,s0
   1160c:	008c                	add	a1,sp,64
   1160e:	8552                	mv	a0,s4
   11610:	c836                	sw	a3,16(sp)
   11612:	29b5                	jal	11a8e <__double_computeInvPow5>
   11614:	46c2                	lw	a3,16(sp)
   11616:	181c                	add	a5,sp,48
   11618:	8526                	mv	a0,s1
   1161a:	886a                	mv	a6,s10
   1161c:	1038                	add	a4,sp,40
   1161e:	0090                	add	a2,sp,64
   11620:	85ee                	mv	a1,s11
   11622:	3149                	jal	112a4 <mulShiftAll64>
   11624:	47d5                	li	a5,21
   11626:	842a                	mv	s0,a0
   11628:	84ae                	mv	s1,a1
   1162a:	0947ea63          	bltu	a5,s4,116be <__dtoa_engine+0x1fe>
   1162e:	67cd                	lui	a5,0x13
   11630:	55c7a683          	lw	a3,1372(a5) # 1355c <stdout+0x8>
   11634:	5587a603          	lw	a2,1368(a5)
   11638:	1838                	add	a4,sp,56
   1163a:	8562                	mv	a0,s8
   1163c:	85ce                	mv	a1,s3
   1163e:	2bb5                	jal	11bba <__umul128>
   11640:	57e2                	lw	a5,56(sp)
   11642:	56f2                	lw	a3,60(sp)
   11644:	5da2                	lw	s11,40(sp)
   11646:	8389                	srl	a5,a5,0x2
   11648:	06fa                	sll	a3,a3,0x1e
   1164a:	8fd5                	or	a5,a5,a3
   1164c:	4695                	li	a3,5
   1164e:	02f687b3          	mul	a5,a3,a5
   11652:	5932                	lw	s2,44(sp)
   11654:	01879b63          	bne	a5,s8,1166a <__dtoa_engine+0x1aa>
   11658:	85ce                	mv	a1,s3
   1165a:	8562                	mv	a0,s8
   1165c:	2ced                	jal	11956 <__pow5Factor>
   1165e:	01453733          	sltu	a4,a0,s4
   11662:	00174993          	xor	s3,a4,1
   11666:	4d01                	li	s10,0
   11668:	a025                	j	11690 <__dtoa_engine+0x1d0>
   1166a:	4792                	lw	a5,4(sp)
   1166c:	e79d                	bnez	a5,1169a <__dtoa_engine+0x1da>
   1166e:	fffc0793          	add	a5,s8,-1
   11672:	41a78533          	sub	a0,a5,s10
   11676:	001c3593          	seqz	a1,s8
   1167a:	00a7b7b3          	sltu	a5,a5,a0
   1167e:	40b985b3          	sub	a1,s3,a1
   11682:	8d9d                	sub	a1,a1,a5
   11684:	2cc9                	jal	11956 <__pow5Factor>
   11686:	01453933          	sltu	s2,a0,s4
   1168a:	00194d13          	xor	s10,s2,1
   1168e:	4981                	li	s3,0
   11690:	47a2                	lw	a5,8(sp)
   11692:	0e079f63          	bnez	a5,11790 <__dtoa_engine+0x2d0>
   11696:	8b5e                	mv	s6,s7
   11698:	a049                	j	1171a <__dtoa_engine+0x25a>
   1169a:	002c0513          	add	a0,s8,2
   1169e:	018535b3          	sltu	a1,a0,s8
   116a2:	95ce                	add	a1,a1,s3
   116a4:	2c4d                	jal	11956 <__pow5Factor>
   116a6:	01453533          	sltu	a0,a0,s4
   116aa:	00154513          	xor	a0,a0,1
   116ae:	40ad8533          	sub	a0,s11,a0
   116b2:	00adbdb3          	sltu	s11,s11,a0
   116b6:	41b90733          	sub	a4,s2,s11
   116ba:	d42a                	sw	a0,40(sp)
   116bc:	d63a                	sw	a4,44(sp)
   116be:	4981                	li	s3,0
   116c0:	b75d                	j	11666 <__dtoa_engine+0x1a6>
   116c2:	03e00793          	li	a5,62
   116c6:	ff67ece3          	bltu	a5,s6,116be <__dtoa_engine+0x1fe>
   116ca:	865a                	mv	a2,s6
   116cc:	557d                	li	a0,-1
   116ce:	55fd                	li	a1,-1
   116d0:	2bf5                	jal	11ccc <__ashldi3>
   116d2:	fff54513          	not	a0,a0
   116d6:	fff5c593          	not	a1,a1
   116da:	0135f5b3          	and	a1,a1,s3
   116de:	01857533          	and	a0,a0,s8
   116e2:	00b56733          	or	a4,a0,a1
   116e6:	00173993          	seqz	s3,a4
   116ea:	bfb5                	j	11666 <__dtoa_engine+0x1a6>
   116ec:	02d50833          	mul	a6,a0,a3
   116f0:	0785                	add	a5,a5,1
   116f2:	02b536b3          	mulhu	a3,a0,a1
   116f6:	02b505b3          	mul	a1,a0,a1
   116fa:	96c2                	add	a3,a3,a6
   116fc:	00d4e663          	bltu	s1,a3,11708 <__dtoa_engine+0x248>
   11700:	fe9696e3          	bne	a3,s1,116ec <__dtoa_engine+0x22c>
   11704:	feb474e3          	bgeu	s0,a1,116ec <__dtoa_engine+0x22c>
   11708:	4732                	lw	a4,12(sp)
   1170a:	97d2                	add	a5,a5,s4
   1170c:	97ba                	add	a5,a5,a4
   1170e:	00f04363          	bgtz	a5,11714 <__dtoa_engine+0x254>
   11712:	4785                	li	a5,1
   11714:	8b3e                	mv	s6,a5
   11716:	f8fbc0e3          	blt	s7,a5,11696 <__dtoa_engine+0x1d6>
   1171a:	4c81                	li	s9,0
   1171c:	4901                	li	s2,0
   1171e:	4c01                	li	s8,0
   11720:	5522                	lw	a0,40(sp)
   11722:	55b2                	lw	a1,44(sp)
   11724:	3b8d                	jal	11496 <div10>
   11726:	57c2                	lw	a5,48(sp)
   11728:	8dae                	mv	s11,a1
   1172a:	55d2                	lw	a1,52(sp)
   1172c:	c82a                	sw	a0,16(sp)
   1172e:	853e                	mv	a0,a5
   11730:	ca3e                	sw	a5,20(sp)
   11732:	3395                	jal	11496 <div10>
   11734:	832a                	mv	t1,a0
   11736:	88ae                	mv	a7,a1
   11738:	4ea9                	li	t4,10
   1173a:	01b5e763          	bltu	a1,s11,11748 <__dtoa_engine+0x288>
   1173e:	08bd9563          	bne	s11,a1,117c8 <__dtoa_engine+0x308>
   11742:	47c2                	lw	a5,16(sp)
   11744:	08f57263          	bgeu	a0,a5,117c8 <__dtoa_engine+0x308>
   11748:	8522                	mv	a0,s0
   1174a:	85a6                	mv	a1,s1
   1174c:	ce46                	sw	a7,28(sp)
   1174e:	cc1a                	sw	t1,24(sp)
   11750:	3399                	jal	11496 <div10>
   11752:	4362                	lw	t1,24(sp)
   11754:	4ea9                	li	t4,10
   11756:	001cb693          	seqz	a3,s9
   1175a:	026e8833          	mul	a6,t4,t1
   1175e:	00d9f9b3          	and	s3,s3,a3
   11762:	47d2                	lw	a5,20(sp)
   11764:	48f2                	lw	a7,28(sp)
   11766:	d66e                	sw	s11,44(sp)
   11768:	d81a                	sw	t1,48(sp)
   1176a:	da46                	sw	a7,52(sp)
   1176c:	0905                	add	s2,s2,1
   1176e:	84ae                	mv	s1,a1
   11770:	02ae86b3          	mul	a3,t4,a0
   11774:	40f80833          	sub	a6,a6,a5
   11778:	47c2                	lw	a5,16(sp)
   1177a:	00183813          	seqz	a6,a6
   1177e:	010d7d33          	and	s10,s10,a6
   11782:	d43e                	sw	a5,40(sp)
   11784:	40d406b3          	sub	a3,s0,a3
   11788:	0ff6fc93          	zext.b	s9,a3
   1178c:	842a                	mv	s0,a0
   1178e:	bf49                	j	11720 <__dtoa_engine+0x260>
   11790:	45a9                	li	a1,10
   11792:	4681                	li	a3,0
   11794:	4785                	li	a5,1
   11796:	4529                	li	a0,10
   11798:	b795                	j	116fc <__dtoa_engine+0x23c>
   1179a:	030e8f33          	mul	t5,t4,a6
   1179e:	0505                	add	a0,a0,1
   117a0:	02beb833          	mulhu	a6,t4,a1
   117a4:	02be85b3          	mul	a1,t4,a1
   117a8:	987a                	add	a6,a6,t5
   117aa:	0104e663          	bltu	s1,a6,117b6 <__dtoa_engine+0x2f6>
   117ae:	fe9816e3          	bne	a6,s1,1179a <__dtoa_engine+0x2da>
   117b2:	feb474e3          	bgeu	s0,a1,1179a <__dtoa_engine+0x2da>
   117b6:	00ab5d63          	bge	s6,a0,117d0 <__dtoa_engine+0x310>
   117ba:	000b1563          	bnez	s6,117c4 <__dtoa_engine+0x304>
   117be:	009465b3          	or	a1,s0,s1
   117c2:	c599                	beqz	a1,117d0 <__dtoa_engine+0x310>
   117c4:	4c05                	li	s8,1
   117c6:	b749                	j	11748 <__dtoa_engine+0x288>
   117c8:	45a9                	li	a1,10
   117ca:	4801                	li	a6,0
   117cc:	4505                	li	a0,1
   117ce:	bff1                	j	117aa <__dtoa_engine+0x2ea>
   117d0:	040d0e63          	beqz	s10,1182c <__dtoa_engine+0x36c>
   117d4:	4da9                	li	s11,10
   117d6:	5342                	lw	t1,48(sp)
   117d8:	55d2                	lw	a1,52(sp)
   117da:	851a                	mv	a0,t1
   117dc:	c81a                	sw	t1,16(sp)
   117de:	3965                	jal	11496 <div10>
   117e0:	ce2e                	sw	a1,28(sp)
   117e2:	02ad85b3          	mul	a1,s11,a0
   117e6:	4342                	lw	t1,16(sp)
   117e8:	882a                	mv	a6,a0
   117ea:	cc42                	sw	a6,24(sp)
   117ec:	04659063          	bne	a1,t1,1182c <__dtoa_engine+0x36c>
   117f0:	5522                	lw	a0,40(sp)
   117f2:	55b2                	lw	a1,44(sp)
   117f4:	0905                	add	s2,s2,1
   117f6:	3145                	jal	11496 <div10>
   117f8:	ca2a                	sw	a0,20(sp)
   117fa:	c82e                	sw	a1,16(sp)
   117fc:	8522                	mv	a0,s0
   117fe:	85a6                	mv	a1,s1
   11800:	3959                	jal	11496 <div10>
   11802:	001cb693          	seqz	a3,s9
   11806:	00d9f9b3          	and	s3,s3,a3
   1180a:	02ad86b3          	mul	a3,s11,a0
   1180e:	4e52                	lw	t3,20(sp)
   11810:	4342                	lw	t1,16(sp)
   11812:	4862                	lw	a6,24(sp)
   11814:	48f2                	lw	a7,28(sp)
   11816:	d472                	sw	t3,40(sp)
   11818:	d61a                	sw	t1,44(sp)
   1181a:	d842                	sw	a6,48(sp)
   1181c:	da46                	sw	a7,52(sp)
   1181e:	84ae                	mv	s1,a1
   11820:	40d406b3          	sub	a3,s0,a3
   11824:	0ff6fc93          	zext.b	s9,a3
   11828:	842a                	mv	s0,a0
   1182a:	b775                	j	117d6 <__dtoa_engine+0x316>
   1182c:	9952                	add	s2,s2,s4
   1182e:	0c098563          	beqz	s3,118f8 <__dtoa_engine+0x438>
   11832:	4715                	li	a4,5
   11834:	0cec9263          	bne	s9,a4,118f8 <__dtoa_engine+0x438>
   11838:	00147713          	and	a4,s0,1
   1183c:	e35d                	bnez	a4,118e2 <__dtoa_engine+0x422>
   1183e:	000c1963          	bnez	s8,11850 <__dtoa_engine+0x390>
   11842:	5742                	lw	a4,48(sp)
   11844:	00871563          	bne	a4,s0,1184e <__dtoa_engine+0x38e>
   11848:	5752                	lw	a4,52(sp)
   1184a:	0c970963          	beq	a4,s1,1191c <__dtoa_engine+0x45c>
   1184e:	4701                	li	a4,0
   11850:	943a                	add	s0,s0,a4
   11852:	00e435b3          	sltu	a1,s0,a4
   11856:	95a6                	add	a1,a1,s1
   11858:	8a2e                	mv	s4,a1
   1185a:	84a2                	mv	s1,s0
   1185c:	4629                	li	a2,10
   1185e:	4681                	li	a3,0
   11860:	4c05                	li	s8,1
   11862:	4529                	li	a0,10
   11864:	00d5e663          	bltu	a1,a3,11870 <__dtoa_engine+0x3b0>
   11868:	0ab69c63          	bne	a3,a1,11920 <__dtoa_engine+0x460>
   1186c:	0ac47a63          	bgeu	s0,a2,11920 <__dtoa_engine+0x460>
   11870:	cf15                	beqz	a4,118ac <__dtoa_engine+0x3ec>
   11872:	038b5d63          	bge	s6,s8,118ac <__dtoa_engine+0x3ec>
   11876:	47a2                	lw	a5,8(sp)
   11878:	cf91                	beqz	a5,11894 <__dtoa_engine+0x3d4>
   1187a:	4732                	lw	a4,12(sp)
   1187c:	012c07b3          	add	a5,s8,s2
   11880:	00f70b33          	add	s6,a4,a5
   11884:	000b5363          	bgez	s6,1188a <__dtoa_engine+0x3ca>
   11888:	4b01                	li	s6,0
   1188a:	016bd363          	bge	s7,s6,11890 <__dtoa_engine+0x3d0>
   1188e:	8b5e                	mv	s6,s7
   11890:	018b5e63          	bge	s6,s8,118ac <__dtoa_engine+0x3ec>
   11894:	00540513          	add	a0,s0,5
   11898:	00853433          	sltu	s0,a0,s0
   1189c:	4629                	li	a2,10
   1189e:	4681                	li	a3,0
   118a0:	95a2                	add	a1,a1,s0
   118a2:	29b5                	jal	11d1e <__udivdi3>
   118a4:	84aa                	mv	s1,a0
   118a6:	8a2e                	mv	s4,a1
   118a8:	0905                	add	s2,s2,1
   118aa:	1c7d                	add	s8,s8,-1
   118ac:	87da                	mv	a5,s6
   118ae:	016c5363          	bge	s8,s6,118b4 <__dtoa_engine+0x3f4>
   118b2:	87e2                	mv	a5,s8
   118b4:	01079413          	sll	s0,a5,0x10
   118b8:	0942                	sll	s2,s2,0x10
   118ba:	8441                	sra	s0,s0,0x10
   118bc:	41095913          	sra	s2,s2,0x10
   118c0:	9922                	add	s2,s2,s0
   118c2:	008a8b33          	add	s6,s5,s0
   118c6:	197d                	add	s2,s2,-1
   118c8:	4b81                	li	s7,0
   118ca:	8c5a                	mv	s8,s6
   118cc:	1b7d                	add	s6,s6,-1
   118ce:	068bc263          	blt	s7,s0,11932 <__dtoa_engine+0x472>
   118d2:	4782                	lw	a5,0(sp)
   118d4:	000c02a3          	sb	zero,5(s8)
   118d8:	012aa023          	sw	s2,0(s5)
   118dc:	00fa8223          	sb	a5,4(s5)
   118e0:	b13d                	j	1150e <__dtoa_engine+0x4e>
   118e2:	4705                	li	a4,1
   118e4:	f60c16e3          	bnez	s8,11850 <__dtoa_engine+0x390>
   118e8:	5742                	lw	a4,48(sp)
   118ea:	00871563          	bne	a4,s0,118f4 <__dtoa_engine+0x434>
   118ee:	5752                	lw	a4,52(sp)
   118f0:	00970c63          	beq	a4,s1,11908 <__dtoa_engine+0x448>
   118f4:	4705                	li	a4,1
   118f6:	bfa9                	j	11850 <__dtoa_engine+0x390>
   118f8:	000c1d63          	bnez	s8,11912 <__dtoa_engine+0x452>
   118fc:	5742                	lw	a4,48(sp)
   118fe:	00871a63          	bne	a4,s0,11912 <__dtoa_engine+0x452>
   11902:	5752                	lw	a4,52(sp)
   11904:	00971763          	bne	a4,s1,11912 <__dtoa_engine+0x452>
   11908:	4792                	lw	a5,4(sp)
   1190a:	4705                	li	a4,1
   1190c:	f3b1                	bnez	a5,11850 <__dtoa_engine+0x390>
   1190e:	f40d01e3          	beqz	s10,11850 <__dtoa_engine+0x390>
   11912:	005cb693          	sltiu	a3,s9,5
   11916:	0016c713          	xor	a4,a3,1
   1191a:	bf1d                	j	11850 <__dtoa_engine+0x390>
   1191c:	4c91                	li	s9,4
   1191e:	b7ed                	j	11908 <__dtoa_engine+0x448>
   11920:	02d50833          	mul	a6,a0,a3
   11924:	0c05                	add	s8,s8,1
   11926:	02c536b3          	mulhu	a3,a0,a2
   1192a:	02c50633          	mul	a2,a0,a2
   1192e:	96c2                	add	a3,a3,a6
   11930:	bf15                	j	11864 <__dtoa_engine+0x3a4>
   11932:	4629                	li	a2,10
   11934:	4681                	li	a3,0
   11936:	8526                	mv	a0,s1
   11938:	85d2                	mv	a1,s4
   1193a:	2789                	jal	1207c <__umoddi3>
   1193c:	03050513          	add	a0,a0,48
   11940:	00ab02a3          	sb	a0,5(s6)
   11944:	85d2                	mv	a1,s4
   11946:	8526                	mv	a0,s1
   11948:	4629                	li	a2,10
   1194a:	4681                	li	a3,0
   1194c:	2ec9                	jal	11d1e <__udivdi3>
   1194e:	84aa                	mv	s1,a0
   11950:	8a2e                	mv	s4,a1
   11952:	0b85                	add	s7,s7,1
   11954:	bfa5                	j	118cc <__dtoa_engine+0x40c>

00011956 <__pow5Factor>:
   11956:	ccccd737          	lui	a4,0xccccd
   1195a:	333336b7          	lui	a3,0x33333
   1195e:	87aa                	mv	a5,a0
   11960:	ccd70613          	add	a2,a4,-819 # cccccccd <__global_pointer$+0xcccb84b5>
   11964:	4501                	li	a0,0
   11966:	ccc70713          	add	a4,a4,-820
   1196a:	33368693          	add	a3,a3,819 # 33333333 <__global_pointer$+0x3331eb1b>
   1196e:	02c585b3          	mul	a1,a1,a2
   11972:	02e78833          	mul	a6,a5,a4
   11976:	982e                	add	a6,a6,a1
   11978:	02c7b5b3          	mulhu	a1,a5,a2
   1197c:	95c2                	add	a1,a1,a6
   1197e:	02c787b3          	mul	a5,a5,a2
   11982:	00b6e863          	bltu	a3,a1,11992 <__pow5Factor+0x3c>
   11986:	00d59463          	bne	a1,a3,1198e <__pow5Factor+0x38>
   1198a:	00f5e463          	bltu	a1,a5,11992 <__pow5Factor+0x3c>
   1198e:	0505                	add	a0,a0,1
   11990:	bff9                	j	1196e <__pow5Factor+0x18>
   11992:	8082                	ret

00011994 <__double_computePow5>:
   11994:	219002ef          	jal	t0,123ac <__riscv_save_10>
   11998:	47e9                	li	a5,26
   1199a:	02f55b33          	divu	s6,a0,a5
   1199e:	69cd                	lui	s3,0x13
   119a0:	11898b93          	add	s7,s3,280 # 13118 <DOUBLE_POW5_SPLIT2>
   119a4:	1101                	add	sp,sp,-32
   119a6:	892e                	mv	s2,a1
   119a8:	02f577b3          	remu	a5,a0,a5
   119ac:	004b1713          	sll	a4,s6,0x4
   119b0:	9bba                	add	s7,s7,a4
   119b2:	e395                	bnez	a5,119d6 <__double_computePow5+0x42>
   119b4:	000ba703          	lw	a4,0(s7)
   119b8:	004ba783          	lw	a5,4(s7)
   119bc:	c198                	sw	a4,0(a1)
   119be:	c1dc                	sw	a5,4(a1)
   119c0:	008ba503          	lw	a0,8(s7)
   119c4:	00cba583          	lw	a1,12(s7)
   119c8:	00a92423          	sw	a0,8(s2)
   119cc:	00b92623          	sw	a1,12(s2)
   119d0:	6105                	add	sp,sp,32
   119d2:	2130006f          	j	123e4 <__riscv_restore_10>
   119d6:	11898993          	add	s3,s3,280
   119da:	078e                	sll	a5,a5,0x3
   119dc:	97ce                	add	a5,a5,s3
   119de:	0d07aa03          	lw	s4,208(a5)
   119e2:	0d47aa83          	lw	s5,212(a5)
   119e6:	008ba603          	lw	a2,8(s7)
   119ea:	00cba683          	lw	a3,12(s7)
   119ee:	0818                	add	a4,sp,16
   119f0:	85d6                	mv	a1,s5
   119f2:	842a                	mv	s0,a0
   119f4:	8552                	mv	a0,s4
   119f6:	22d1                	jal	11bba <__umul128>
   119f8:	000ba603          	lw	a2,0(s7)
   119fc:	004ba683          	lw	a3,4(s7)
   11a00:	84aa                	mv	s1,a0
   11a02:	8c2e                	mv	s8,a1
   11a04:	0838                	add	a4,sp,24
   11a06:	8552                	mv	a0,s4
   11a08:	85d6                	mv	a1,s5
   11a0a:	2a45                	jal	11bba <__umul128>
   11a0c:	47e2                	lw	a5,24(sp)
   11a0e:	4772                	lw	a4,28(sp)
   11a10:	8aaa                	mv	s5,a0
   11a12:	94be                	add	s1,s1,a5
   11a14:	00f4ba33          	sltu	s4,s1,a5
   11a18:	9c3a                	add	s8,s8,a4
   11a1a:	9a62                	add	s4,s4,s8
   11a1c:	00ea6663          	bltu	s4,a4,11a28 <__double_computePow5+0x94>
   11a20:	01471d63          	bne	a4,s4,11a3a <__double_computePow5+0xa6>
   11a24:	00f4fb63          	bgeu	s1,a5,11a3a <__double_computePow5+0xa6>
   11a28:	47c2                	lw	a5,16(sp)
   11a2a:	46d2                	lw	a3,20(sp)
   11a2c:	00178713          	add	a4,a5,1
   11a30:	00f737b3          	sltu	a5,a4,a5
   11a34:	97b6                	add	a5,a5,a3
   11a36:	c83a                	sw	a4,16(sp)
   11a38:	ca3e                	sw	a5,20(sp)
   11a3a:	8522                	mv	a0,s0
   11a3c:	c62e                	sw	a1,12(sp)
   11a3e:	22ad                	jal	11ba8 <__pow5bits>
   11a40:	8baa                	mv	s7,a0
   11a42:	4569                	li	a0,26
   11a44:	02ab0533          	mul	a0,s6,a0
   11a48:	2285                	jal	11ba8 <__pow5bits>
   11a4a:	45b2                	lw	a1,12(sp)
   11a4c:	40ab8733          	sub	a4,s7,a0
   11a50:	8626                	mv	a2,s1
   11a52:	86d2                	mv	a3,s4
   11a54:	8556                	mv	a0,s5
   11a56:	c43a                	sw	a4,8(sp)
   11a58:	227d                	jal	11c06 <__shiftright128>
   11a5a:	00445793          	srl	a5,s0,0x4
   11a5e:	078a                	sll	a5,a5,0x2
   11a60:	99be                	add	s3,s3,a5
   11a62:	1a09a783          	lw	a5,416(s3)
   11a66:	0406                	sll	s0,s0,0x1
   11a68:	8879                	and	s0,s0,30
   11a6a:	0087d7b3          	srl	a5,a5,s0
   11a6e:	8b8d                	and	a5,a5,3
   11a70:	953e                	add	a0,a0,a5
   11a72:	00f537b3          	sltu	a5,a0,a5
   11a76:	4722                	lw	a4,8(sp)
   11a78:	4642                	lw	a2,16(sp)
   11a7a:	46d2                	lw	a3,20(sp)
   11a7c:	97ae                	add	a5,a5,a1
   11a7e:	00a92023          	sw	a0,0(s2)
   11a82:	00f92223          	sw	a5,4(s2)
   11a86:	8526                	mv	a0,s1
   11a88:	85d2                	mv	a1,s4
   11a8a:	2ab5                	jal	11c06 <__shiftright128>
   11a8c:	bf35                	j	119c8 <__double_computePow5+0x34>

00011a8e <__double_computeInvPow5>:
   11a8e:	11f002ef          	jal	t0,123ac <__riscv_save_10>
   11a92:	4b69                	li	s6,26
   11a94:	01950793          	add	a5,a0,25
   11a98:	0367d7b3          	divu	a5,a5,s6
   11a9c:	6acd                	lui	s5,0x13
   11a9e:	118a8493          	add	s1,s5,280 # 13118 <DOUBLE_POW5_SPLIT2>
   11aa2:	1f848493          	add	s1,s1,504
   11aa6:	1101                	add	sp,sp,-32
   11aa8:	8a2e                	mv	s4,a1
   11aaa:	03678b33          	mul	s6,a5,s6
   11aae:	0792                	sll	a5,a5,0x4
   11ab0:	94be                	add	s1,s1,a5
   11ab2:	40ab0733          	sub	a4,s6,a0
   11ab6:	00ab1f63          	bne	s6,a0,11ad4 <__double_computeInvPow5+0x46>
   11aba:	4098                	lw	a4,0(s1)
   11abc:	40dc                	lw	a5,4(s1)
   11abe:	c198                	sw	a4,0(a1)
   11ac0:	c1dc                	sw	a5,4(a1)
   11ac2:	4488                	lw	a0,8(s1)
   11ac4:	44cc                	lw	a1,12(s1)
   11ac6:	00aa2423          	sw	a0,8(s4)
   11aca:	00ba2623          	sw	a1,12(s4)
   11ace:	6105                	add	sp,sp,32
   11ad0:	1150006f          	j	123e4 <__riscv_restore_10>
   11ad4:	118a8a93          	add	s5,s5,280
   11ad8:	070e                	sll	a4,a4,0x3
   11ada:	9756                	add	a4,a4,s5
   11adc:	0d072903          	lw	s2,208(a4)
   11ae0:	0d472983          	lw	s3,212(a4)
   11ae4:	4490                	lw	a2,8(s1)
   11ae6:	44d4                	lw	a3,12(s1)
   11ae8:	0818                	add	a4,sp,16
   11aea:	85ce                	mv	a1,s3
   11aec:	842a                	mv	s0,a0
   11aee:	854a                	mv	a0,s2
   11af0:	20e9                	jal	11bba <__umul128>
   11af2:	4090                	lw	a2,0(s1)
   11af4:	40d4                	lw	a3,4(s1)
   11af6:	8c2a                	mv	s8,a0
   11af8:	00163793          	seqz	a5,a2
   11afc:	8bae                	mv	s7,a1
   11afe:	0838                	add	a4,sp,24
   11b00:	8e9d                	sub	a3,a3,a5
   11b02:	854a                	mv	a0,s2
   11b04:	85ce                	mv	a1,s3
   11b06:	167d                	add	a2,a2,-1
   11b08:	284d                	jal	11bba <__umul128>
   11b0a:	47e2                	lw	a5,24(sp)
   11b0c:	4772                	lw	a4,28(sp)
   11b0e:	89aa                	mv	s3,a0
   11b10:	9c3e                	add	s8,s8,a5
   11b12:	00fc3933          	sltu	s2,s8,a5
   11b16:	9bba                	add	s7,s7,a4
   11b18:	995e                	add	s2,s2,s7
   11b1a:	00e96663          	bltu	s2,a4,11b26 <__double_computeInvPow5+0x98>
   11b1e:	01271d63          	bne	a4,s2,11b38 <__double_computeInvPow5+0xaa>
   11b22:	00fc7b63          	bgeu	s8,a5,11b38 <__double_computeInvPow5+0xaa>
   11b26:	47c2                	lw	a5,16(sp)
   11b28:	46d2                	lw	a3,20(sp)
   11b2a:	00178713          	add	a4,a5,1
   11b2e:	00f737b3          	sltu	a5,a4,a5
   11b32:	97b6                	add	a5,a5,a3
   11b34:	c83a                	sw	a4,16(sp)
   11b36:	ca3e                	sw	a5,20(sp)
   11b38:	855a                	mv	a0,s6
   11b3a:	c62e                	sw	a1,12(sp)
   11b3c:	20b5                	jal	11ba8 <__pow5bits>
   11b3e:	8b2a                	mv	s6,a0
   11b40:	8522                	mv	a0,s0
   11b42:	209d                	jal	11ba8 <__pow5bits>
   11b44:	45b2                	lw	a1,12(sp)
   11b46:	40ab0733          	sub	a4,s6,a0
   11b4a:	8662                	mv	a2,s8
   11b4c:	86ca                	mv	a3,s2
   11b4e:	854e                	mv	a0,s3
   11b50:	c43a                	sw	a4,8(sp)
   11b52:	2855                	jal	11c06 <__shiftright128>
   11b54:	00445793          	srl	a5,s0,0x4
   11b58:	078a                	sll	a5,a5,0x2
   11b5a:	9abe                	add	s5,s5,a5
   11b5c:	2e8aa783          	lw	a5,744(s5)
   11b60:	0406                	sll	s0,s0,0x1
   11b62:	8879                	and	s0,s0,30
   11b64:	0087d7b3          	srl	a5,a5,s0
   11b68:	8b8d                	and	a5,a5,3
   11b6a:	0785                	add	a5,a5,1
   11b6c:	953e                	add	a0,a0,a5
   11b6e:	00f537b3          	sltu	a5,a0,a5
   11b72:	4722                	lw	a4,8(sp)
   11b74:	4642                	lw	a2,16(sp)
   11b76:	46d2                	lw	a3,20(sp)
   11b78:	97ae                	add	a5,a5,a1
   11b7a:	00aa2023          	sw	a0,0(s4)
   11b7e:	00fa2223          	sw	a5,4(s4)
   11b82:	8562                	mv	a0,s8
   11b84:	85ca                	mv	a1,s2
   11b86:	2041                	jal	11c06 <__shiftright128>
   11b88:	bf3d                	j	11ac6 <__double_computeInvPow5+0x38>

00011b8a <__log10Pow2>:
   11b8a:	67cd                	lui	a5,0x13
   11b8c:	44178793          	add	a5,a5,1089 # 13441 <POW5_INV_OFFSETS+0x41>
   11b90:	02f50533          	mul	a0,a0,a5
   11b94:	8149                	srl	a0,a0,0x12
   11b96:	8082                	ret

00011b98 <__log10Pow5>:
   11b98:	000b37b7          	lui	a5,0xb3
   11b9c:	efb78793          	add	a5,a5,-261 # b2efb <__global_pointer$+0x9e6e3>
   11ba0:	02f50533          	mul	a0,a0,a5
   11ba4:	8151                	srl	a0,a0,0x14
   11ba6:	8082                	ret

00011ba8 <__pow5bits>:
   11ba8:	001297b7          	lui	a5,0x129
   11bac:	34f78793          	add	a5,a5,847 # 12934f <__global_pointer$+0x114b37>
   11bb0:	02f50533          	mul	a0,a0,a5
   11bb4:	814d                	srl	a0,a0,0x13
   11bb6:	0505                	add	a0,a0,1
   11bb8:	8082                	ret

00011bba <__umul128>:
   11bba:	02c537b3          	mulhu	a5,a0,a2
   11bbe:	832e                	mv	t1,a1
   11bc0:	02c585b3          	mul	a1,a1,a2
   11bc4:	02c33833          	mulhu	a6,t1,a2
   11bc8:	95be                	add	a1,a1,a5
   11bca:	00f5b7b3          	sltu	a5,a1,a5
   11bce:	97c2                	add	a5,a5,a6
   11bd0:	02a68833          	mul	a6,a3,a0
   11bd4:	02a6b8b3          	mulhu	a7,a3,a0
   11bd8:	95c2                	add	a1,a1,a6
   11bda:	0105b833          	sltu	a6,a1,a6
   11bde:	98c2                	add	a7,a7,a6
   11be0:	02d30833          	mul	a6,t1,a3
   11be4:	02d33333          	mulhu	t1,t1,a3
   11be8:	983e                	add	a6,a6,a5
   11bea:	011806b3          	add	a3,a6,a7
   11bee:	00f837b3          	sltu	a5,a6,a5
   11bf2:	0106b833          	sltu	a6,a3,a6
   11bf6:	c314                	sw	a3,0(a4)
   11bf8:	979a                	add	a5,a5,t1
   11bfa:	983e                	add	a6,a6,a5
   11bfc:	02c50533          	mul	a0,a0,a2
   11c00:	01072223          	sw	a6,4(a4)
   11c04:	8082                	ret

00011c06 <__shiftright128>:
   11c06:	7b4002ef          	jal	t0,123ba <__riscv_save_4>
   11c0a:	8a2a                	mv	s4,a0
   11c0c:	8532                	mv	a0,a2
   11c0e:	04000613          	li	a2,64
   11c12:	8e19                	sub	a2,a2,a4
   11c14:	89ae                	mv	s3,a1
   11c16:	85b6                	mv	a1,a3
   11c18:	843a                	mv	s0,a4
   11c1a:	284d                	jal	11ccc <__ashldi3>
   11c1c:	892a                	mv	s2,a0
   11c1e:	84ae                	mv	s1,a1
   11c20:	8622                	mv	a2,s0
   11c22:	8552                	mv	a0,s4
   11c24:	85ce                	mv	a1,s3
   11c26:	28bd                	jal	11ca4 <__lshrdi3>
   11c28:	00a96533          	or	a0,s2,a0
   11c2c:	8dc5                	or	a1,a1,s1
   11c2e:	a7c1                	j	123ee <__riscv_restore_4>

00011c30 <memset>:
   11c30:	832a                	mv	t1,a0
   11c32:	c611                	beqz	a2,11c3e <memset+0xe>
   11c34:	00b30023          	sb	a1,0(t1)
   11c38:	167d                	add	a2,a2,-1
   11c3a:	0305                	add	t1,t1,1
   11c3c:	fe65                	bnez	a2,11c34 <memset+0x4>
   11c3e:	8082                	ret

00011c40 <__libc_fini_array>:
   11c40:	794002ef          	jal	t0,123d4 <__riscv_save_0>
   11c44:	67cd                	lui	a5,0x13
   11c46:	644d                	lui	s0,0x13
   11c48:	56078713          	add	a4,a5,1376 # 13560 <__fini_array_end>
   11c4c:	56040413          	add	s0,s0,1376 # 13560 <__fini_array_end>
   11c50:	8c19                	sub	s0,s0,a4
   11c52:	8409                	sra	s0,s0,0x2
   11c54:	56078493          	add	s1,a5,1376
   11c58:	e809                	bnez	s0,11c6a <__libc_fini_array+0x2a>
   11c5a:	00000793          	li	a5,0
   11c5e:	c789                	beqz	a5,11c68 <__libc_fini_array+0x28>
   11c60:	00000097          	auipc	ra,0x0
   11c64:	000000e7          	jalr	zero # 0 <errno>
   11c68:	af41                	j	123f8 <__riscv_restore_0>
   11c6a:	147d                	add	s0,s0,-1
   11c6c:	00241793          	sll	a5,s0,0x2
   11c70:	97a6                	add	a5,a5,s1
   11c72:	439c                	lw	a5,0(a5)
   11c74:	9782                	jalr	a5
   11c76:	b7cd                	j	11c58 <__libc_fini_array+0x18>

00011c78 <strnlen>:
   11c78:	95aa                	add	a1,a1,a0
   11c7a:	87aa                	mv	a5,a0
   11c7c:	00b78563          	beq	a5,a1,11c86 <strnlen+0xe>
   11c80:	0007c703          	lbu	a4,0(a5)
   11c84:	e701                	bnez	a4,11c8c <strnlen+0x14>
   11c86:	40a78533          	sub	a0,a5,a0
   11c8a:	8082                	ret
   11c8c:	0785                	add	a5,a5,1
   11c8e:	b7fd                	j	11c7c <strnlen+0x4>

00011c90 <__file_str_put>:
   11c90:	49dc                	lw	a5,20(a1)
   11c92:	4d98                	lw	a4,24(a1)
   11c94:	00e78763          	beq	a5,a4,11ca2 <__file_str_put+0x12>
   11c98:	00178713          	add	a4,a5,1
   11c9c:	c9d8                	sw	a4,20(a1)
   11c9e:	00a78023          	sb	a0,0(a5)
   11ca2:	8082                	ret

00011ca4 <__lshrdi3>:
   11ca4:	ca19                	beqz	a2,11cba <__lshrdi3+0x16>
   11ca6:	02000793          	li	a5,32
   11caa:	8f91                	sub	a5,a5,a2
   11cac:	00f04863          	bgtz	a5,11cbc <__lshrdi3+0x18>
   11cb0:	1601                	add	a2,a2,-32
   11cb2:	00c5d533          	srl	a0,a1,a2
   11cb6:	4701                	li	a4,0
   11cb8:	85ba                	mv	a1,a4
   11cba:	8082                	ret
   11cbc:	00c5d733          	srl	a4,a1,a2
   11cc0:	00c55533          	srl	a0,a0,a2
   11cc4:	00f595b3          	sll	a1,a1,a5
   11cc8:	8d4d                	or	a0,a0,a1
   11cca:	b7fd                	j	11cb8 <__lshrdi3+0x14>

00011ccc <__ashldi3>:
   11ccc:	ca19                	beqz	a2,11ce2 <__ashldi3+0x16>
   11cce:	02000793          	li	a5,32
   11cd2:	8f91                	sub	a5,a5,a2
   11cd4:	00f04863          	bgtz	a5,11ce4 <__ashldi3+0x18>
   11cd8:	1601                	add	a2,a2,-32
   11cda:	00c515b3          	sll	a1,a0,a2
   11cde:	4701                	li	a4,0
   11ce0:	853a                	mv	a0,a4
   11ce2:	8082                	ret
   11ce4:	00c51733          	sll	a4,a0,a2
   11ce8:	00c595b3          	sll	a1,a1,a2
   11cec:	00f55533          	srl	a0,a0,a5
   11cf0:	8dc9                	or	a1,a1,a0
   11cf2:	b7fd                	j	11ce0 <__ashldi3+0x14>

00011cf4 <__ashrdi3>:
   11cf4:	ce01                	beqz	a2,11d0c <__ashrdi3+0x18>
   11cf6:	02000793          	li	a5,32
   11cfa:	8f91                	sub	a5,a5,a2
   11cfc:	00f04963          	bgtz	a5,11d0e <__ashrdi3+0x1a>
   11d00:	1601                	add	a2,a2,-32
   11d02:	41f5d713          	sra	a4,a1,0x1f
   11d06:	40c5d533          	sra	a0,a1,a2
   11d0a:	85ba                	mv	a1,a4
   11d0c:	8082                	ret
   11d0e:	40c5d733          	sra	a4,a1,a2
   11d12:	00c55533          	srl	a0,a0,a2
   11d16:	00f595b3          	sll	a1,a1,a5
   11d1a:	8d4d                	or	a0,a0,a1
   11d1c:	b7fd                	j	11d0a <__ashrdi3+0x16>

00011d1e <__udivdi3>:
   11d1e:	88aa                	mv	a7,a0
   11d20:	832e                	mv	t1,a1
   11d22:	8732                	mv	a4,a2
   11d24:	882a                	mv	a6,a0
   11d26:	87ae                	mv	a5,a1
   11d28:	20069663          	bnez	a3,11f34 <__udivdi3+0x216>
   11d2c:	00001597          	auipc	a1,0x1
   11d30:	72858593          	add	a1,a1,1832 # 13454 <__clz_tab>
   11d34:	0cc37163          	bgeu	t1,a2,11df6 <__udivdi3+0xd8>
   11d38:	66c1                	lui	a3,0x10
   11d3a:	0ad67763          	bgeu	a2,a3,11de8 <__udivdi3+0xca>
   11d3e:	10063693          	sltiu	a3,a2,256
   11d42:	0016c693          	xor	a3,a3,1
   11d46:	068e                	sll	a3,a3,0x3
   11d48:	00d65533          	srl	a0,a2,a3
   11d4c:	95aa                	add	a1,a1,a0
   11d4e:	0005c583          	lbu	a1,0(a1)
   11d52:	02000513          	li	a0,32
   11d56:	96ae                	add	a3,a3,a1
   11d58:	40d505b3          	sub	a1,a0,a3
   11d5c:	00d50b63          	beq	a0,a3,11d72 <__udivdi3+0x54>
   11d60:	00b317b3          	sll	a5,t1,a1
   11d64:	00d8d6b3          	srl	a3,a7,a3
   11d68:	00b61733          	sll	a4,a2,a1
   11d6c:	8fd5                	or	a5,a5,a3
   11d6e:	00b89833          	sll	a6,a7,a1
   11d72:	01075593          	srl	a1,a4,0x10
   11d76:	02b7d333          	divu	t1,a5,a1
   11d7a:	01071613          	sll	a2,a4,0x10
   11d7e:	8241                	srl	a2,a2,0x10
   11d80:	02b7f7b3          	remu	a5,a5,a1
   11d84:	851a                	mv	a0,t1
   11d86:	026608b3          	mul	a7,a2,t1
   11d8a:	01079693          	sll	a3,a5,0x10
   11d8e:	01085793          	srl	a5,a6,0x10
   11d92:	8fd5                	or	a5,a5,a3
   11d94:	0117fc63          	bgeu	a5,a7,11dac <__udivdi3+0x8e>
   11d98:	97ba                	add	a5,a5,a4
   11d9a:	fff30513          	add	a0,t1,-1
   11d9e:	00e7e763          	bltu	a5,a4,11dac <__udivdi3+0x8e>
   11da2:	0117f563          	bgeu	a5,a7,11dac <__udivdi3+0x8e>
   11da6:	ffe30513          	add	a0,t1,-2
   11daa:	97ba                	add	a5,a5,a4
   11dac:	411787b3          	sub	a5,a5,a7
   11db0:	02b7d8b3          	divu	a7,a5,a1
   11db4:	0842                	sll	a6,a6,0x10
   11db6:	01085813          	srl	a6,a6,0x10
   11dba:	02b7f7b3          	remu	a5,a5,a1
   11dbe:	031606b3          	mul	a3,a2,a7
   11dc2:	07c2                	sll	a5,a5,0x10
   11dc4:	00f86833          	or	a6,a6,a5
   11dc8:	87c6                	mv	a5,a7
   11dca:	00d87b63          	bgeu	a6,a3,11de0 <__udivdi3+0xc2>
   11dce:	983a                	add	a6,a6,a4
   11dd0:	fff88793          	add	a5,a7,-1
   11dd4:	00e86663          	bltu	a6,a4,11de0 <__udivdi3+0xc2>
   11dd8:	00d87463          	bgeu	a6,a3,11de0 <__udivdi3+0xc2>
   11ddc:	ffe88793          	add	a5,a7,-2
   11de0:	0542                	sll	a0,a0,0x10
   11de2:	8d5d                	or	a0,a0,a5
   11de4:	4581                	li	a1,0
   11de6:	8082                	ret
   11de8:	01000537          	lui	a0,0x1000
   11dec:	46c1                	li	a3,16
   11dee:	f4a66de3          	bltu	a2,a0,11d48 <__udivdi3+0x2a>
   11df2:	46e1                	li	a3,24
   11df4:	bf91                	j	11d48 <__udivdi3+0x2a>
   11df6:	4681                	li	a3,0
   11df8:	ca09                	beqz	a2,11e0a <__udivdi3+0xec>
   11dfa:	67c1                	lui	a5,0x10
   11dfc:	08f67f63          	bgeu	a2,a5,11e9a <__udivdi3+0x17c>
   11e00:	10063693          	sltiu	a3,a2,256
   11e04:	0016c693          	xor	a3,a3,1
   11e08:	068e                	sll	a3,a3,0x3
   11e0a:	00d657b3          	srl	a5,a2,a3
   11e0e:	95be                	add	a1,a1,a5
   11e10:	0005c783          	lbu	a5,0(a1)
   11e14:	97b6                	add	a5,a5,a3
   11e16:	02000693          	li	a3,32
   11e1a:	40f685b3          	sub	a1,a3,a5
   11e1e:	08f69563          	bne	a3,a5,11ea8 <__udivdi3+0x18a>
   11e22:	40c307b3          	sub	a5,t1,a2
   11e26:	4585                	li	a1,1
   11e28:	01075893          	srl	a7,a4,0x10
   11e2c:	0317de33          	divu	t3,a5,a7
   11e30:	01071613          	sll	a2,a4,0x10
   11e34:	8241                	srl	a2,a2,0x10
   11e36:	01085693          	srl	a3,a6,0x10
   11e3a:	0317f7b3          	remu	a5,a5,a7
   11e3e:	8572                	mv	a0,t3
   11e40:	03c60333          	mul	t1,a2,t3
   11e44:	07c2                	sll	a5,a5,0x10
   11e46:	8fd5                	or	a5,a5,a3
   11e48:	0067fc63          	bgeu	a5,t1,11e60 <__udivdi3+0x142>
   11e4c:	97ba                	add	a5,a5,a4
   11e4e:	fffe0513          	add	a0,t3,-1
   11e52:	00e7e763          	bltu	a5,a4,11e60 <__udivdi3+0x142>
   11e56:	0067f563          	bgeu	a5,t1,11e60 <__udivdi3+0x142>
   11e5a:	ffee0513          	add	a0,t3,-2
   11e5e:	97ba                	add	a5,a5,a4
   11e60:	406787b3          	sub	a5,a5,t1
   11e64:	0317d333          	divu	t1,a5,a7
   11e68:	0842                	sll	a6,a6,0x10
   11e6a:	01085813          	srl	a6,a6,0x10
   11e6e:	0317f7b3          	remu	a5,a5,a7
   11e72:	026606b3          	mul	a3,a2,t1
   11e76:	07c2                	sll	a5,a5,0x10
   11e78:	00f86833          	or	a6,a6,a5
   11e7c:	879a                	mv	a5,t1
   11e7e:	00d87b63          	bgeu	a6,a3,11e94 <__udivdi3+0x176>
   11e82:	983a                	add	a6,a6,a4
   11e84:	fff30793          	add	a5,t1,-1
   11e88:	00e86663          	bltu	a6,a4,11e94 <__udivdi3+0x176>
   11e8c:	00d87463          	bgeu	a6,a3,11e94 <__udivdi3+0x176>
   11e90:	ffe30793          	add	a5,t1,-2
   11e94:	0542                	sll	a0,a0,0x10
   11e96:	8d5d                	or	a0,a0,a5
   11e98:	8082                	ret
   11e9a:	010007b7          	lui	a5,0x1000
   11e9e:	46c1                	li	a3,16
   11ea0:	f6f665e3          	bltu	a2,a5,11e0a <__udivdi3+0xec>
   11ea4:	46e1                	li	a3,24
   11ea6:	b795                	j	11e0a <__udivdi3+0xec>
   11ea8:	00b61733          	sll	a4,a2,a1
   11eac:	00f356b3          	srl	a3,t1,a5
   11eb0:	01075513          	srl	a0,a4,0x10
   11eb4:	00b31333          	sll	t1,t1,a1
   11eb8:	00f8d7b3          	srl	a5,a7,a5
   11ebc:	0067e7b3          	or	a5,a5,t1
   11ec0:	02a6d333          	divu	t1,a3,a0
   11ec4:	01071613          	sll	a2,a4,0x10
   11ec8:	8241                	srl	a2,a2,0x10
   11eca:	00b89833          	sll	a6,a7,a1
   11ece:	02a6f6b3          	remu	a3,a3,a0
   11ed2:	026608b3          	mul	a7,a2,t1
   11ed6:	01069593          	sll	a1,a3,0x10
   11eda:	0107d693          	srl	a3,a5,0x10
   11ede:	8ecd                	or	a3,a3,a1
   11ee0:	859a                	mv	a1,t1
   11ee2:	0116fc63          	bgeu	a3,a7,11efa <__udivdi3+0x1dc>
   11ee6:	96ba                	add	a3,a3,a4
   11ee8:	fff30593          	add	a1,t1,-1
   11eec:	00e6e763          	bltu	a3,a4,11efa <__udivdi3+0x1dc>
   11ef0:	0116f563          	bgeu	a3,a7,11efa <__udivdi3+0x1dc>
   11ef4:	ffe30593          	add	a1,t1,-2
   11ef8:	96ba                	add	a3,a3,a4
   11efa:	411686b3          	sub	a3,a3,a7
   11efe:	02a6d8b3          	divu	a7,a3,a0
   11f02:	07c2                	sll	a5,a5,0x10
   11f04:	83c1                	srl	a5,a5,0x10
   11f06:	02a6f6b3          	remu	a3,a3,a0
   11f0a:	03160633          	mul	a2,a2,a7
   11f0e:	06c2                	sll	a3,a3,0x10
   11f10:	8fd5                	or	a5,a5,a3
   11f12:	86c6                	mv	a3,a7
   11f14:	00c7fc63          	bgeu	a5,a2,11f2c <__udivdi3+0x20e>
   11f18:	97ba                	add	a5,a5,a4
   11f1a:	fff88693          	add	a3,a7,-1
   11f1e:	00e7e763          	bltu	a5,a4,11f2c <__udivdi3+0x20e>
   11f22:	00c7f563          	bgeu	a5,a2,11f2c <__udivdi3+0x20e>
   11f26:	ffe88693          	add	a3,a7,-2
   11f2a:	97ba                	add	a5,a5,a4
   11f2c:	05c2                	sll	a1,a1,0x10
   11f2e:	8f91                	sub	a5,a5,a2
   11f30:	8dd5                	or	a1,a1,a3
   11f32:	bddd                	j	11e28 <__udivdi3+0x10a>
   11f34:	14d5e163          	bltu	a1,a3,12076 <__udivdi3+0x358>
   11f38:	67c1                	lui	a5,0x10
   11f3a:	02f6ff63          	bgeu	a3,a5,11f78 <__udivdi3+0x25a>
   11f3e:	1006b713          	sltiu	a4,a3,256
   11f42:	00174713          	xor	a4,a4,1
   11f46:	070e                	sll	a4,a4,0x3
   11f48:	00e6d5b3          	srl	a1,a3,a4
   11f4c:	00001797          	auipc	a5,0x1
   11f50:	50878793          	add	a5,a5,1288 # 13454 <__clz_tab>
   11f54:	97ae                	add	a5,a5,a1
   11f56:	0007c783          	lbu	a5,0(a5)
   11f5a:	97ba                	add	a5,a5,a4
   11f5c:	02000713          	li	a4,32
   11f60:	40f705b3          	sub	a1,a4,a5
   11f64:	02f71163          	bne	a4,a5,11f86 <__udivdi3+0x268>
   11f68:	4505                	li	a0,1
   11f6a:	e666eee3          	bltu	a3,t1,11de6 <__udivdi3+0xc8>
   11f6e:	00c8b533          	sltu	a0,a7,a2
   11f72:	00154513          	xor	a0,a0,1
   11f76:	8082                	ret
   11f78:	010007b7          	lui	a5,0x1000
   11f7c:	4741                	li	a4,16
   11f7e:	fcf6e5e3          	bltu	a3,a5,11f48 <__udivdi3+0x22a>
   11f82:	4761                	li	a4,24
   11f84:	b7d1                	j	11f48 <__udivdi3+0x22a>
   11f86:	00f65733          	srl	a4,a2,a5
   11f8a:	00b696b3          	sll	a3,a3,a1
   11f8e:	8ed9                	or	a3,a3,a4
   11f90:	00f35733          	srl	a4,t1,a5
   11f94:	00b31333          	sll	t1,t1,a1
   11f98:	00f8d7b3          	srl	a5,a7,a5
   11f9c:	0067e7b3          	or	a5,a5,t1
   11fa0:	0106d313          	srl	t1,a3,0x10
   11fa4:	02675eb3          	divu	t4,a4,t1
   11fa8:	01069813          	sll	a6,a3,0x10
   11fac:	01085813          	srl	a6,a6,0x10
   11fb0:	00b61633          	sll	a2,a2,a1
   11fb4:	02677733          	remu	a4,a4,t1
   11fb8:	03d80e33          	mul	t3,a6,t4
   11fbc:	01071513          	sll	a0,a4,0x10
   11fc0:	0107d713          	srl	a4,a5,0x10
   11fc4:	8f49                	or	a4,a4,a0
   11fc6:	8576                	mv	a0,t4
   11fc8:	01c77c63          	bgeu	a4,t3,11fe0 <__udivdi3+0x2c2>
   11fcc:	9736                	add	a4,a4,a3
   11fce:	fffe8513          	add	a0,t4,-1
   11fd2:	00d76763          	bltu	a4,a3,11fe0 <__udivdi3+0x2c2>
   11fd6:	01c77563          	bgeu	a4,t3,11fe0 <__udivdi3+0x2c2>
   11fda:	ffee8513          	add	a0,t4,-2
   11fde:	9736                	add	a4,a4,a3
   11fe0:	41c70733          	sub	a4,a4,t3
   11fe4:	02675e33          	divu	t3,a4,t1
   11fe8:	07c2                	sll	a5,a5,0x10
   11fea:	83c1                	srl	a5,a5,0x10
   11fec:	02677733          	remu	a4,a4,t1
   11ff0:	03c80833          	mul	a6,a6,t3
   11ff4:	0742                	sll	a4,a4,0x10
   11ff6:	8fd9                	or	a5,a5,a4
   11ff8:	8772                	mv	a4,t3
   11ffa:	0107fc63          	bgeu	a5,a6,12012 <__udivdi3+0x2f4>
   11ffe:	97b6                	add	a5,a5,a3
   12000:	fffe0713          	add	a4,t3,-1
   12004:	00d7e763          	bltu	a5,a3,12012 <__udivdi3+0x2f4>
   12008:	0107f563          	bgeu	a5,a6,12012 <__udivdi3+0x2f4>
   1200c:	ffee0713          	add	a4,t3,-2
   12010:	97b6                	add	a5,a5,a3
   12012:	0542                	sll	a0,a0,0x10
   12014:	6e41                	lui	t3,0x10
   12016:	8d59                	or	a0,a0,a4
   12018:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   1201c:	00d57733          	and	a4,a0,a3
   12020:	410787b3          	sub	a5,a5,a6
   12024:	8ef1                	and	a3,a3,a2
   12026:	01055813          	srl	a6,a0,0x10
   1202a:	8241                	srl	a2,a2,0x10
   1202c:	02d70333          	mul	t1,a4,a3
   12030:	02d806b3          	mul	a3,a6,a3
   12034:	02c70733          	mul	a4,a4,a2
   12038:	02c80833          	mul	a6,a6,a2
   1203c:	00d70633          	add	a2,a4,a3
   12040:	01035713          	srl	a4,t1,0x10
   12044:	9732                	add	a4,a4,a2
   12046:	00d77363          	bgeu	a4,a3,1204c <__udivdi3+0x32e>
   1204a:	9872                	add	a6,a6,t3
   1204c:	01075693          	srl	a3,a4,0x10
   12050:	96c2                	add	a3,a3,a6
   12052:	02d7e063          	bltu	a5,a3,12072 <__udivdi3+0x354>
   12056:	d8d797e3          	bne	a5,a3,11de4 <__udivdi3+0xc6>
   1205a:	67c1                	lui	a5,0x10
   1205c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   1205e:	8f7d                	and	a4,a4,a5
   12060:	0742                	sll	a4,a4,0x10
   12062:	00f37333          	and	t1,t1,a5
   12066:	00b898b3          	sll	a7,a7,a1
   1206a:	971a                	add	a4,a4,t1
   1206c:	4581                	li	a1,0
   1206e:	d6e8fce3          	bgeu	a7,a4,11de6 <__udivdi3+0xc8>
   12072:	157d                	add	a0,a0,-1 # ffffff <__global_pointer$+0xfeb7e7>
   12074:	bb85                	j	11de4 <__udivdi3+0xc6>
   12076:	4581                	li	a1,0
   12078:	4501                	li	a0,0
   1207a:	8082                	ret

0001207c <__umoddi3>:
   1207c:	8832                	mv	a6,a2
   1207e:	87aa                	mv	a5,a0
   12080:	872e                	mv	a4,a1
   12082:	1a069363          	bnez	a3,12228 <__umoddi3+0x1ac>
   12086:	00001897          	auipc	a7,0x1
   1208a:	3ce88893          	add	a7,a7,974 # 13454 <__clz_tab>
   1208e:	0ac5f663          	bgeu	a1,a2,1213a <__umoddi3+0xbe>
   12092:	66c1                	lui	a3,0x10
   12094:	08d67c63          	bgeu	a2,a3,1212c <__umoddi3+0xb0>
   12098:	10063693          	sltiu	a3,a2,256
   1209c:	0016c693          	xor	a3,a3,1
   120a0:	068e                	sll	a3,a3,0x3
   120a2:	00d65333          	srl	t1,a2,a3
   120a6:	989a                	add	a7,a7,t1
   120a8:	0008c883          	lbu	a7,0(a7)
   120ac:	02000313          	li	t1,32
   120b0:	96c6                	add	a3,a3,a7
   120b2:	40d308b3          	sub	a7,t1,a3
   120b6:	00d30b63          	beq	t1,a3,120cc <__umoddi3+0x50>
   120ba:	01159733          	sll	a4,a1,a7
   120be:	00d556b3          	srl	a3,a0,a3
   120c2:	01161833          	sll	a6,a2,a7
   120c6:	8f55                	or	a4,a4,a3
   120c8:	011517b3          	sll	a5,a0,a7
   120cc:	01085613          	srl	a2,a6,0x10
   120d0:	02c756b3          	divu	a3,a4,a2
   120d4:	01081513          	sll	a0,a6,0x10
   120d8:	8141                	srl	a0,a0,0x10
   120da:	02c77733          	remu	a4,a4,a2
   120de:	02a686b3          	mul	a3,a3,a0
   120e2:	01071593          	sll	a1,a4,0x10
   120e6:	0107d713          	srl	a4,a5,0x10
   120ea:	8f4d                	or	a4,a4,a1
   120ec:	00d77863          	bgeu	a4,a3,120fc <__umoddi3+0x80>
   120f0:	9742                	add	a4,a4,a6
   120f2:	01076563          	bltu	a4,a6,120fc <__umoddi3+0x80>
   120f6:	00d77363          	bgeu	a4,a3,120fc <__umoddi3+0x80>
   120fa:	9742                	add	a4,a4,a6
   120fc:	8f15                	sub	a4,a4,a3
   120fe:	02c756b3          	divu	a3,a4,a2
   12102:	02c77733          	remu	a4,a4,a2
   12106:	02a686b3          	mul	a3,a3,a0
   1210a:	07c2                	sll	a5,a5,0x10
   1210c:	0742                	sll	a4,a4,0x10
   1210e:	83c1                	srl	a5,a5,0x10
   12110:	8fd9                	or	a5,a5,a4
   12112:	00d7f863          	bgeu	a5,a3,12122 <__umoddi3+0xa6>
   12116:	97c2                	add	a5,a5,a6
   12118:	0107e563          	bltu	a5,a6,12122 <__umoddi3+0xa6>
   1211c:	00d7f363          	bgeu	a5,a3,12122 <__umoddi3+0xa6>
   12120:	97c2                	add	a5,a5,a6
   12122:	8f95                	sub	a5,a5,a3
   12124:	0117d533          	srl	a0,a5,a7
   12128:	4581                	li	a1,0
   1212a:	8082                	ret
   1212c:	01000337          	lui	t1,0x1000
   12130:	46c1                	li	a3,16
   12132:	f66668e3          	bltu	a2,t1,120a2 <__umoddi3+0x26>
   12136:	46e1                	li	a3,24
   12138:	b7ad                	j	120a2 <__umoddi3+0x26>
   1213a:	4681                	li	a3,0
   1213c:	ca09                	beqz	a2,1214e <__umoddi3+0xd2>
   1213e:	6741                	lui	a4,0x10
   12140:	06e67463          	bgeu	a2,a4,121a8 <__umoddi3+0x12c>
   12144:	10063693          	sltiu	a3,a2,256
   12148:	0016c693          	xor	a3,a3,1
   1214c:	068e                	sll	a3,a3,0x3
   1214e:	00d65733          	srl	a4,a2,a3
   12152:	98ba                	add	a7,a7,a4
   12154:	0008c703          	lbu	a4,0(a7)
   12158:	9736                	add	a4,a4,a3
   1215a:	02000693          	li	a3,32
   1215e:	40e688b3          	sub	a7,a3,a4
   12162:	04e69a63          	bne	a3,a4,121b6 <__umoddi3+0x13a>
   12166:	40c58733          	sub	a4,a1,a2
   1216a:	01085593          	srl	a1,a6,0x10
   1216e:	02b75633          	divu	a2,a4,a1
   12172:	01081513          	sll	a0,a6,0x10
   12176:	8141                	srl	a0,a0,0x10
   12178:	0107d693          	srl	a3,a5,0x10
   1217c:	02b77733          	remu	a4,a4,a1
   12180:	02a60633          	mul	a2,a2,a0
   12184:	0742                	sll	a4,a4,0x10
   12186:	8f55                	or	a4,a4,a3
   12188:	00c77863          	bgeu	a4,a2,12198 <__umoddi3+0x11c>
   1218c:	9742                	add	a4,a4,a6
   1218e:	01076563          	bltu	a4,a6,12198 <__umoddi3+0x11c>
   12192:	00c77363          	bgeu	a4,a2,12198 <__umoddi3+0x11c>
   12196:	9742                	add	a4,a4,a6
   12198:	8f11                	sub	a4,a4,a2
   1219a:	02b756b3          	divu	a3,a4,a1
   1219e:	02b77733          	remu	a4,a4,a1
   121a2:	02a686b3          	mul	a3,a3,a0
   121a6:	b795                	j	1210a <__umoddi3+0x8e>
   121a8:	01000737          	lui	a4,0x1000
   121ac:	46c1                	li	a3,16
   121ae:	fae660e3          	bltu	a2,a4,1214e <__umoddi3+0xd2>
   121b2:	46e1                	li	a3,24
   121b4:	bf69                	j	1214e <__umoddi3+0xd2>
   121b6:	01161833          	sll	a6,a2,a7
   121ba:	00e5d6b3          	srl	a3,a1,a4
   121be:	011517b3          	sll	a5,a0,a7
   121c2:	011595b3          	sll	a1,a1,a7
   121c6:	00e55733          	srl	a4,a0,a4
   121ca:	01085513          	srl	a0,a6,0x10
   121ce:	8f4d                	or	a4,a4,a1
   121d0:	02a6d5b3          	divu	a1,a3,a0
   121d4:	01081313          	sll	t1,a6,0x10
   121d8:	01035313          	srl	t1,t1,0x10
   121dc:	02a6f6b3          	remu	a3,a3,a0
   121e0:	026585b3          	mul	a1,a1,t1
   121e4:	01069613          	sll	a2,a3,0x10
   121e8:	01075693          	srl	a3,a4,0x10
   121ec:	8ed1                	or	a3,a3,a2
   121ee:	00b6f863          	bgeu	a3,a1,121fe <__umoddi3+0x182>
   121f2:	96c2                	add	a3,a3,a6
   121f4:	0106e563          	bltu	a3,a6,121fe <__umoddi3+0x182>
   121f8:	00b6f363          	bgeu	a3,a1,121fe <__umoddi3+0x182>
   121fc:	96c2                	add	a3,a3,a6
   121fe:	8e8d                	sub	a3,a3,a1
   12200:	02a6d633          	divu	a2,a3,a0
   12204:	0742                	sll	a4,a4,0x10
   12206:	8341                	srl	a4,a4,0x10
   12208:	02a6f6b3          	remu	a3,a3,a0
   1220c:	02660633          	mul	a2,a2,t1
   12210:	06c2                	sll	a3,a3,0x10
   12212:	8f55                	or	a4,a4,a3
   12214:	00c77863          	bgeu	a4,a2,12224 <__umoddi3+0x1a8>
   12218:	9742                	add	a4,a4,a6
   1221a:	01076563          	bltu	a4,a6,12224 <__umoddi3+0x1a8>
   1221e:	00c77363          	bgeu	a4,a2,12224 <__umoddi3+0x1a8>
   12222:	9742                	add	a4,a4,a6
   12224:	8f11                	sub	a4,a4,a2
   12226:	b791                	j	1216a <__umoddi3+0xee>
   12228:	16d5ed63          	bltu	a1,a3,123a2 <__umoddi3+0x326>
   1222c:	6841                	lui	a6,0x10
   1222e:	0506f763          	bgeu	a3,a6,1227c <__umoddi3+0x200>
   12232:	1006b813          	sltiu	a6,a3,256
   12236:	00184813          	xor	a6,a6,1
   1223a:	080e                	sll	a6,a6,0x3
   1223c:	0106d333          	srl	t1,a3,a6
   12240:	00001897          	auipc	a7,0x1
   12244:	21488893          	add	a7,a7,532 # 13454 <__clz_tab>
   12248:	989a                	add	a7,a7,t1
   1224a:	0008c883          	lbu	a7,0(a7)
   1224e:	02000313          	li	t1,32
   12252:	98c2                	add	a7,a7,a6
   12254:	41130833          	sub	a6,t1,a7
   12258:	03131963          	bne	t1,a7,1228a <__umoddi3+0x20e>
   1225c:	00b6e463          	bltu	a3,a1,12264 <__umoddi3+0x1e8>
   12260:	00c56b63          	bltu	a0,a2,12276 <__umoddi3+0x1fa>
   12264:	40c50633          	sub	a2,a0,a2
   12268:	40d586b3          	sub	a3,a1,a3
   1226c:	00c53733          	sltu	a4,a0,a2
   12270:	87b2                	mv	a5,a2
   12272:	40e68733          	sub	a4,a3,a4
   12276:	853e                	mv	a0,a5
   12278:	85ba                	mv	a1,a4
   1227a:	8082                	ret
   1227c:	010008b7          	lui	a7,0x1000
   12280:	4841                	li	a6,16
   12282:	fb16ede3          	bltu	a3,a7,1223c <__umoddi3+0x1c0>
   12286:	4861                	li	a6,24
   12288:	bf55                	j	1223c <__umoddi3+0x1c0>
   1228a:	011657b3          	srl	a5,a2,a7
   1228e:	010696b3          	sll	a3,a3,a6
   12292:	8edd                	or	a3,a3,a5
   12294:	0115d733          	srl	a4,a1,a7
   12298:	0106de13          	srl	t3,a3,0x10
   1229c:	03c75f33          	divu	t5,a4,t3
   122a0:	01069313          	sll	t1,a3,0x10
   122a4:	01035313          	srl	t1,t1,0x10
   122a8:	010597b3          	sll	a5,a1,a6
   122ac:	011555b3          	srl	a1,a0,a7
   122b0:	8ddd                	or	a1,a1,a5
   122b2:	0105d793          	srl	a5,a1,0x10
   122b6:	01061633          	sll	a2,a2,a6
   122ba:	01051533          	sll	a0,a0,a6
   122be:	03c77733          	remu	a4,a4,t3
   122c2:	03e30eb3          	mul	t4,t1,t5
   122c6:	0742                	sll	a4,a4,0x10
   122c8:	8fd9                	or	a5,a5,a4
   122ca:	877a                	mv	a4,t5
   122cc:	01d7fc63          	bgeu	a5,t4,122e4 <__umoddi3+0x268>
   122d0:	97b6                	add	a5,a5,a3
   122d2:	ffff0713          	add	a4,t5,-1
   122d6:	00d7e763          	bltu	a5,a3,122e4 <__umoddi3+0x268>
   122da:	01d7f563          	bgeu	a5,t4,122e4 <__umoddi3+0x268>
   122de:	ffef0713          	add	a4,t5,-2
   122e2:	97b6                	add	a5,a5,a3
   122e4:	41d787b3          	sub	a5,a5,t4
   122e8:	03c7deb3          	divu	t4,a5,t3
   122ec:	05c2                	sll	a1,a1,0x10
   122ee:	81c1                	srl	a1,a1,0x10
   122f0:	03c7f7b3          	remu	a5,a5,t3
   122f4:	8e76                	mv	t3,t4
   122f6:	03d30333          	mul	t1,t1,t4
   122fa:	07c2                	sll	a5,a5,0x10
   122fc:	8ddd                	or	a1,a1,a5
   122fe:	0065fc63          	bgeu	a1,t1,12316 <__umoddi3+0x29a>
   12302:	95b6                	add	a1,a1,a3
   12304:	fffe8e13          	add	t3,t4,-1
   12308:	00d5e763          	bltu	a1,a3,12316 <__umoddi3+0x29a>
   1230c:	0065f563          	bgeu	a1,t1,12316 <__umoddi3+0x29a>
   12310:	ffee8e13          	add	t3,t4,-2
   12314:	95b6                	add	a1,a1,a3
   12316:	01071793          	sll	a5,a4,0x10
   1231a:	6f41                	lui	t5,0x10
   1231c:	01c7e7b3          	or	a5,a5,t3
   12320:	406585b3          	sub	a1,a1,t1
   12324:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12328:	0067f733          	and	a4,a5,t1
   1232c:	01065e13          	srl	t3,a2,0x10
   12330:	83c1                	srl	a5,a5,0x10
   12332:	00667333          	and	t1,a2,t1
   12336:	02670eb3          	mul	t4,a4,t1
   1233a:	02678333          	mul	t1,a5,t1
   1233e:	03c70733          	mul	a4,a4,t3
   12342:	03c787b3          	mul	a5,a5,t3
   12346:	00670e33          	add	t3,a4,t1
   1234a:	010ed713          	srl	a4,t4,0x10
   1234e:	9772                	add	a4,a4,t3
   12350:	00677363          	bgeu	a4,t1,12356 <__umoddi3+0x2da>
   12354:	97fa                	add	a5,a5,t5
   12356:	01075313          	srl	t1,a4,0x10
   1235a:	979a                	add	a5,a5,t1
   1235c:	6341                	lui	t1,0x10
   1235e:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   12360:	00677733          	and	a4,a4,t1
   12364:	0742                	sll	a4,a4,0x10
   12366:	006efeb3          	and	t4,t4,t1
   1236a:	9776                	add	a4,a4,t4
   1236c:	00f5e663          	bltu	a1,a5,12378 <__umoddi3+0x2fc>
   12370:	00f59b63          	bne	a1,a5,12386 <__umoddi3+0x30a>
   12374:	00e57963          	bgeu	a0,a4,12386 <__umoddi3+0x30a>
   12378:	40c70633          	sub	a2,a4,a2
   1237c:	00c73333          	sltu	t1,a4,a2
   12380:	969a                	add	a3,a3,t1
   12382:	8732                	mv	a4,a2
   12384:	8f95                	sub	a5,a5,a3
   12386:	40e50733          	sub	a4,a0,a4
   1238a:	00e53533          	sltu	a0,a0,a4
   1238e:	8d9d                	sub	a1,a1,a5
   12390:	8d89                	sub	a1,a1,a0
   12392:	011598b3          	sll	a7,a1,a7
   12396:	01075733          	srl	a4,a4,a6
   1239a:	00e8e533          	or	a0,a7,a4
   1239e:	0105d5b3          	srl	a1,a1,a6
   123a2:	8082                	ret

000123a4 <__riscv_save_12>:
   123a4:	7139                	add	sp,sp,-64
   123a6:	4301                	li	t1,0
   123a8:	c66e                	sw	s11,12(sp)
   123aa:	a019                	j	123b0 <__riscv_save_10+0x4>

000123ac <__riscv_save_10>:
   123ac:	7139                	add	sp,sp,-64
   123ae:	5341                	li	t1,-16
   123b0:	c86a                	sw	s10,16(sp)
   123b2:	ca66                	sw	s9,20(sp)
   123b4:	cc62                	sw	s8,24(sp)
   123b6:	ce5e                	sw	s7,28(sp)
   123b8:	a019                	j	123be <__riscv_save_4+0x4>

000123ba <__riscv_save_4>:
   123ba:	7139                	add	sp,sp,-64
   123bc:	5301                	li	t1,-32
   123be:	d05a                	sw	s6,32(sp)
   123c0:	d256                	sw	s5,36(sp)
   123c2:	d452                	sw	s4,40(sp)
   123c4:	d64e                	sw	s3,44(sp)
   123c6:	d84a                	sw	s2,48(sp)
   123c8:	da26                	sw	s1,52(sp)
   123ca:	dc22                	sw	s0,56(sp)
   123cc:	de06                	sw	ra,60(sp)
   123ce:	40610133          	sub	sp,sp,t1
   123d2:	8282                	jr	t0

000123d4 <__riscv_save_0>:
   123d4:	1141                	add	sp,sp,-16
   123d6:	c04a                	sw	s2,0(sp)
   123d8:	c226                	sw	s1,4(sp)
   123da:	c422                	sw	s0,8(sp)
   123dc:	c606                	sw	ra,12(sp)
   123de:	8282                	jr	t0

000123e0 <__riscv_restore_12>:
   123e0:	4db2                	lw	s11,12(sp)
   123e2:	0141                	add	sp,sp,16

000123e4 <__riscv_restore_10>:
   123e4:	4d02                	lw	s10,0(sp)
   123e6:	4c92                	lw	s9,4(sp)
   123e8:	4c22                	lw	s8,8(sp)
   123ea:	4bb2                	lw	s7,12(sp)
   123ec:	0141                	add	sp,sp,16

000123ee <__riscv_restore_4>:
   123ee:	4b02                	lw	s6,0(sp)
   123f0:	4a92                	lw	s5,4(sp)
   123f2:	4a22                	lw	s4,8(sp)
   123f4:	49b2                	lw	s3,12(sp)
   123f6:	0141                	add	sp,sp,16

000123f8 <__riscv_restore_0>:
   123f8:	4902                	lw	s2,0(sp)
   123fa:	4492                	lw	s1,4(sp)
   123fc:	4422                	lw	s0,8(sp)
   123fe:	40b2                	lw	ra,12(sp)
   12400:	0141                	add	sp,sp,16
   12402:	8082                	ret
