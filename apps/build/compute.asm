
build/compute.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	27a9                	jal	1075e <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2021                	jal	10022 <main>
   1001c:	7a0000ef          	jal	107bc <exit>
   10020:	a001                	j	10020 <_start+0x20>

00010022 <main>:
   10022:	715d                	add	sp,sp,-80
   10024:	654d                	lui	a0,0x13
   10026:	c4a2                	sw	s0,72(sp)
   10028:	c2a6                	sw	s1,68(sp)
   1002a:	c0ca                	sw	s2,64(sp)
   1002c:	de4e                	sw	s3,60(sp)
   1002e:	da56                	sw	s5,52(sp)
   10030:	d85a                	sw	s6,48(sp)
   10032:	d462                	sw	s8,40(sp)
   10034:	00050513          	mv	a0,a0
   10038:	000e0c37          	lui	s8,0xe0
   1003c:	001e84b7          	lui	s1,0x1e8
   10040:	811ca437          	lui	s0,0x811ca
   10044:	000e0b37          	lui	s6,0xe0
   10048:	000e0ab7          	lui	s5,0xe0
   1004c:	010009b7          	lui	s3,0x1000
   10050:	001e7937          	lui	s2,0x1e7
   10054:	d65e                	sw	s7,44(sp)
   10056:	d266                	sw	s9,36(sp)
   10058:	c686                	sw	ra,76(sp)
   1005a:	dc52                	sw	s4,56(sp)
   1005c:	d06a                	sw	s10,32(sp)
   1005e:	ce6e                	sw	s11,28(sp)
   10060:	48048493          	add	s1,s1,1152 # 1e8480 <sieve_bits+0x10845c>
   10064:	776000ef          	jal	107da <printf>
   10068:	dc540413          	add	s0,s0,-571 # 811c9dc5 <_end+0x80f0171d>
   1006c:	026b0b13          	add	s6,s6,38 # e0026 <sieve_bits+0x2>
   10070:	024c0b93          	add	s7,s8,36 # e0024 <sieve_bits>
   10074:	025a8a93          	add	s5,s5,37 # e0025 <sieve_bits+0x1>
   10078:	19398993          	add	s3,s3,403 # 1000193 <_end+0xd37aeb>
   1007c:	02000c93          	li	s9,32
   10080:	4e090913          	add	s2,s2,1248 # 1e74e0 <sieve_bits+0x1074bc>
   10084:	00148613          	add	a2,s1,1
   10088:	4585                	li	a1,1
   1008a:	024c0513          	add	a0,s8,36
   1008e:	25c1                	jal	1074e <memset>
   10090:	86da                	mv	a3,s6
   10092:	020c1223          	sh	zero,36(s8)
   10096:	4791                	li	a5,4
   10098:	4709                	li	a4,2
   1009a:	a039                	j	100a8 <main+0x86>
   1009c:	0705                	add	a4,a4,1
   1009e:	02e707b3          	mul	a5,a4,a4
   100a2:	0685                	add	a3,a3,1
   100a4:	02f4e563          	bltu	s1,a5,100ce <main+0xac>
   100a8:	0006c603          	lbu	a2,0(a3)
   100ac:	da65                	beqz	a2,1009c <main+0x7a>
   100ae:	fef4e7e3          	bltu	s1,a5,1009c <main+0x7a>
   100b2:	01778633          	add	a2,a5,s7
   100b6:	00060023          	sb	zero,0(a2)
   100ba:	97ba                	add	a5,a5,a4
   100bc:	963a                	add	a2,a2,a4
   100be:	fef4fce3          	bgeu	s1,a5,100b6 <main+0x94>
   100c2:	0705                	add	a4,a4,1
   100c4:	02e707b3          	mul	a5,a4,a4
   100c8:	0685                	add	a3,a3,1
   100ca:	fcf4ffe3          	bgeu	s1,a5,100a8 <main+0x86>
   100ce:	87de                	mv	a5,s7
   100d0:	4a01                	li	s4,0
   100d2:	009a8733          	add	a4,s5,s1
   100d6:	0007c683          	lbu	a3,0(a5)
   100da:	0785                	add	a5,a5,1
   100dc:	9a36                	add	s4,s4,a3
   100de:	fee79ce3          	bne	a5,a4,100d6 <main+0xb4>
   100e2:	4781                	li	a5,0
   100e4:	00fa5733          	srl	a4,s4,a5
   100e8:	0ff77713          	zext.b	a4,a4
   100ec:	8c39                	xor	s0,s0,a4
   100ee:	07a1                	add	a5,a5,8
   100f0:	03340433          	mul	s0,s0,s3
   100f4:	ff9798e3          	bne	a5,s9,100e4 <main+0xc2>
   100f8:	c1848493          	add	s1,s1,-1000
   100fc:	f92494e3          	bne	s1,s2,10084 <main+0x62>
   10100:	001e8637          	lui	a2,0x1e8
   10104:	654d                	lui	a0,0x13
   10106:	8c860613          	add	a2,a2,-1848 # 1e78c8 <sieve_bits+0x1078a4>
   1010a:	85d2                	mv	a1,s4
   1010c:	02850513          	add	a0,a0,40 # 13028 <__riscv_restore_0+0x930>
   10110:	25e9                	jal	107da <printf>
   10112:	000a0737          	lui	a4,0xa0
   10116:	123457b7          	lui	a5,0x12345
   1011a:	67878793          	add	a5,a5,1656 # 12345678 <_end+0x1207cfd0>
   1011e:	4481                	li	s1,0
   10120:	02470e13          	add	t3,a4,36 # a0024 <crc_data>
   10124:	edb88537          	lui	a0,0xedb88
   10128:	000e0737          	lui	a4,0xe0
   1012c:	010005b7          	lui	a1,0x1000
   10130:	02470893          	add	a7,a4,36 # e0024 <sieve_bits>
   10134:	4321                	li	t1,8
   10136:	32050513          	add	a0,a0,800 # edb88320 <_end+0xed8bfc78>
   1013a:	19358593          	add	a1,a1,403 # 1000193 <_end+0xd37aeb>
   1013e:	02000813          	li	a6,32
   10142:	863e                	mv	a2,a5
   10144:	8726                	mv	a4,s1
   10146:	8ef2                	mv	t4,t3
   10148:	86f2                	mv	a3,t3
   1014a:	00d61793          	sll	a5,a2,0xd
   1014e:	8fb1                	xor	a5,a5,a2
   10150:	0117d613          	srl	a2,a5,0x11
   10154:	8fb1                	xor	a5,a5,a2
   10156:	00579613          	sll	a2,a5,0x5
   1015a:	8e3d                	xor	a2,a2,a5
   1015c:	00c68023          	sb	a2,0(a3)
   10160:	0685                	add	a3,a3,1
   10162:	fed894e3          	bne	a7,a3,1014a <main+0x128>
   10166:	fff74713          	not	a4,a4
   1016a:	000ec783          	lbu	a5,0(t4)
   1016e:	46a1                	li	a3,8
   10170:	8f3d                	xor	a4,a4,a5
   10172:	00177793          	and	a5,a4,1
   10176:	40f007b3          	neg	a5,a5
   1017a:	8305                	srl	a4,a4,0x1
   1017c:	8fe9                	and	a5,a5,a0
   1017e:	16fd                	add	a3,a3,-1
   10180:	8f3d                	xor	a4,a4,a5
   10182:	fae5                	bnez	a3,10172 <main+0x150>
   10184:	0e85                	add	t4,t4,1
   10186:	ffd892e3          	bne	a7,t4,1016a <main+0x148>
   1018a:	fff74713          	not	a4,a4
   1018e:	00d757b3          	srl	a5,a4,a3
   10192:	0ff7f793          	zext.b	a5,a5
   10196:	8c3d                	xor	s0,s0,a5
   10198:	06a1                	add	a3,a3,8
   1019a:	02b40433          	mul	s0,s0,a1
   1019e:	ff0698e3          	bne	a3,a6,1018e <main+0x16c>
   101a2:	137d                	add	t1,t1,-1
   101a4:	fa0311e3          	bnez	t1,10146 <main+0x124>
   101a8:	84ba                	mv	s1,a4
   101aa:	674d                	lui	a4,0x13
   101ac:	04470713          	add	a4,a4,68 # 13044 <__riscv_restore_0+0x94c>
   101b0:	edb88637          	lui	a2,0xedb88
   101b4:	00970513          	add	a0,a4,9
   101b8:	57fd                	li	a5,-1
   101ba:	32060613          	add	a2,a2,800 # edb88320 <_end+0xed8bfc78>
   101be:	00074683          	lbu	a3,0(a4)
   101c2:	45a1                	li	a1,8
   101c4:	8fb5                	xor	a5,a5,a3
   101c6:	0017f693          	and	a3,a5,1
   101ca:	40d006b3          	neg	a3,a3
   101ce:	8385                	srl	a5,a5,0x1
   101d0:	8ef1                	and	a3,a3,a2
   101d2:	15fd                	add	a1,a1,-1
   101d4:	8fb5                	xor	a5,a5,a3
   101d6:	f9e5                	bnez	a1,101c6 <main+0x1a4>
   101d8:	0705                	add	a4,a4,1
   101da:	fee512e3          	bne	a0,a4,101be <main+0x19c>
   101de:	fff7c913          	not	s2,a5
   101e2:	654d                	lui	a0,0x13
   101e4:	864a                	mv	a2,s2
   101e6:	85a6                	mv	a1,s1
   101e8:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0x958>
   101ec:	23fd                	jal	107da <printf>
   101ee:	010006b7          	lui	a3,0x1000
   101f2:	4701                	li	a4,0
   101f4:	19368693          	add	a3,a3,403 # 1000193 <_end+0xd37aeb>
   101f8:	02000613          	li	a2,32
   101fc:	00e957b3          	srl	a5,s2,a4
   10200:	0ff7f793          	zext.b	a5,a5
   10204:	8c3d                	xor	s0,s0,a5
   10206:	0721                	add	a4,a4,8
   10208:	02d40433          	mul	s0,s0,a3
   1020c:	fec718e3          	bne	a4,a2,101fc <main+0x1da>
   10210:	000987b7          	lui	a5,0x98
   10214:	0009c6b7          	lui	a3,0x9c
   10218:	02468593          	add	a1,a3,36 # 9c024 <mat_a>
   1021c:	02478513          	add	a0,a5,36 # 98024 <mat_b>
   10220:	6611                	lui	a2,0x4
   10222:	02478e93          	add	t4,a5,36
   10226:	9e3787b7          	lui	a5,0x9e378
   1022a:	962e                	add	a2,a2,a1
   1022c:	02468693          	add	a3,a3,36
   10230:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <_end+0x9e0af311>
   10234:	0c900e13          	li	t3,201
   10238:	88f6                	mv	a7,t4
   1023a:	10068813          	add	a6,a3,256
   1023e:	00d79713          	sll	a4,a5,0xd
   10242:	8f3d                	xor	a4,a4,a5
   10244:	01175793          	srl	a5,a4,0x11
   10248:	8f3d                	xor	a4,a4,a5
   1024a:	00571793          	sll	a5,a4,0x5
   1024e:	8f3d                	xor	a4,a4,a5
   10250:	00d71793          	sll	a5,a4,0xd
   10254:	8fb9                	xor	a5,a5,a4
   10256:	0117d313          	srl	t1,a5,0x11
   1025a:	0067c7b3          	xor	a5,a5,t1
   1025e:	00579313          	sll	t1,a5,0x5
   10262:	03c77733          	remu	a4,a4,t3
   10266:	0067c7b3          	xor	a5,a5,t1
   1026a:	0691                	add	a3,a3,4
   1026c:	0891                	add	a7,a7,4
   1026e:	03c7f333          	remu	t1,a5,t3
   10272:	f9c70713          	add	a4,a4,-100
   10276:	fee6ae23          	sw	a4,-4(a3)
   1027a:	f9c30713          	add	a4,t1,-100
   1027e:	fee8ae23          	sw	a4,-4(a7)
   10282:	fad81ee3          	bne	a6,a3,1023e <main+0x21c>
   10286:	100e8e93          	add	t4,t4,256
   1028a:	00c80463          	beq	a6,a2,10292 <main+0x270>
   1028e:	86c2                	mv	a3,a6
   10290:	b765                	j	10238 <main+0x216>
   10292:	6311                	lui	t1,0x4
   10294:	000948b7          	lui	a7,0x94
   10298:	02488893          	add	a7,a7,36 # 94024 <mat_c>
   1029c:	10030f93          	add	t6,t1,256 # 4100 <errno+0x4100>
   102a0:	000943b7          	lui	t2,0x94
   102a4:	000982b7          	lui	t0,0x98
   102a8:	811caf37          	lui	t5,0x811ca
   102ac:	01000e37          	lui	t3,0x1000
   102b0:	02800913          	li	s2,40
   102b4:	12438393          	add	t2,t2,292 # 94124 <mat_c+0x100>
   102b8:	12428293          	add	t0,t0,292 # 98124 <mat_b+0x100>
   102bc:	9fc6                	add	t6,t6,a7
   102be:	dc5f0f13          	add	t5,t5,-571 # 811c9dc5 <_end+0x80f0171d>
   102c2:	193e0e13          	add	t3,t3,403 # 1000193 <_end+0xd37aeb>
   102c6:	02000993          	li	s3,32
   102ca:	9346                	add	t1,t1,a7
   102cc:	3f100a93          	li	s5,1009
   102d0:	86c6                	mv	a3,a7
   102d2:	8ec6                	mv	t4,a7
   102d4:	882e                	mv	a6,a1
   102d6:	87aa                	mv	a5,a0
   102d8:	8b76                	mv	s6,t4
   102da:	10080093          	add	ra,a6,256
   102de:	8c3e                	mv	s8,a5
   102e0:	8742                	mv	a4,a6
   102e2:	4b81                	li	s7,0
   102e4:	00072c83          	lw	s9,0(a4)
   102e8:	000c2d03          	lw	s10,0(s8)
   102ec:	0711                	add	a4,a4,4
   102ee:	100c0c13          	add	s8,s8,256
   102f2:	03ac8cb3          	mul	s9,s9,s10
   102f6:	9be6                	add	s7,s7,s9
   102f8:	fee096e3          	bne	ra,a4,102e4 <main+0x2c2>
   102fc:	017b2023          	sw	s7,0(s6)
   10300:	0791                	add	a5,a5,4
   10302:	0b11                	add	s6,s6,4
   10304:	fcf29de3          	bne	t0,a5,102de <main+0x2bc>
   10308:	100e8e93          	add	t4,t4,256
   1030c:	00160463          	beq	a2,ra,10314 <main+0x2f2>
   10310:	8806                	mv	a6,ra
   10312:	b7d1                	j	102d6 <main+0x2b4>
   10314:	879e                	mv	a5,t2
   10316:	877a                	mv	a4,t5
   10318:	f0078e93          	add	t4,a5,-256
   1031c:	000eab03          	lw	s6,0(t4)
   10320:	4081                	li	ra,0
   10322:	001b5833          	srl	a6,s6,ra
   10326:	0ff87813          	zext.b	a6,a6
   1032a:	00e84733          	xor	a4,a6,a4
   1032e:	00a1                	add	ra,ra,8
   10330:	03c70733          	mul	a4,a4,t3
   10334:	ff3097e3          	bne	ra,s3,10322 <main+0x300>
   10338:	0e91                	add	t4,t4,4
   1033a:	ffd791e3          	bne	a5,t4,1031c <main+0x2fa>
   1033e:	10078793          	add	a5,a5,256
   10342:	fcff9be3          	bne	t6,a5,10318 <main+0x2f6>
   10346:	4801                	li	a6,0
   10348:	010757b3          	srl	a5,a4,a6
   1034c:	0ff7f793          	zext.b	a5,a5
   10350:	8c3d                	xor	s0,s0,a5
   10352:	0821                	add	a6,a6,8
   10354:	03c40433          	mul	s0,s0,t3
   10358:	ff3818e3          	bne	a6,s3,10348 <main+0x326>
   1035c:	882e                	mv	a6,a1
   1035e:	87b6                	mv	a5,a3
   10360:	8ec2                	mv	t4,a6
   10362:	10068693          	add	a3,a3,256
   10366:	0007a083          	lw	ra,0(a5)
   1036a:	0e91                	add	t4,t4,4
   1036c:	0791                	add	a5,a5,4
   1036e:	0350e0b3          	rem	ra,ra,s5
   10372:	fe1eae23          	sw	ra,-4(t4)
   10376:	fef698e3          	bne	a3,a5,10366 <main+0x344>
   1037a:	10080813          	add	a6,a6,256
   1037e:	fe6690e3          	bne	a3,t1,1035e <main+0x33c>
   10382:	197d                	add	s2,s2,-1
   10384:	f40916e3          	bnez	s2,102d0 <main+0x2ae>
   10388:	7248a783          	lw	a5,1828(a7)
   1038c:	654d                	lui	a0,0x13
   1038e:	02800693          	li	a3,40
   10392:	04000613          	li	a2,64
   10396:	04000593          	li	a1,64
   1039a:	06c50513          	add	a0,a0,108 # 1306c <__riscv_restore_0+0x974>
   1039e:	2935                	jal	107da <printf>
   103a0:	67d1                	lui	a5,0x14
   103a2:	02478793          	add	a5,a5,36 # 14024 <sort_tmp>
   103a6:	c23e                	sw	a5,4(sp)
   103a8:	811ca7b7          	lui	a5,0x811ca
   103ac:	00054eb7          	lui	t4,0x54
   103b0:	4f21                	li	t5,8
   103b2:	deadc937          	lui	s2,0xdeadc
   103b6:	00054cb7          	lui	s9,0x54
   103ba:	00094bb7          	lui	s7,0x94
   103be:	dc578793          	add	a5,a5,-571 # 811c9dc5 <_end+0x80f0171d>
   103c2:	01000c37          	lui	s8,0x1000
   103c6:	4a85                	li	s5,1
   103c8:	eef90913          	add	s2,s2,-273 # deadbeef <_end+0xde813847>
   103cc:	024e8993          	add	s3,t4,36 # 54024 <sort_data>
   103d0:	028c8c93          	add	s9,s9,40 # 54028 <sort_data+0x4>
   103d4:	024b8b93          	add	s7,s7,36 # 94024 <mat_c>
   103d8:	6dc1                	lui	s11,0x10
   103da:	c43e                	sw	a5,8(sp)
   103dc:	193c0c13          	add	s8,s8,403 # 1000193 <_end+0xd37aeb>
   103e0:	8d7a                	mv	s10,t5
   103e2:	8b4e                	mv	s6,s3
   103e4:	86ce                	mv	a3,s3
   103e6:	00d91793          	sll	a5,s2,0xd
   103ea:	0127c7b3          	xor	a5,a5,s2
   103ee:	0117d713          	srl	a4,a5,0x11
   103f2:	8fb9                	xor	a5,a5,a4
   103f4:	00579913          	sll	s2,a5,0x5
   103f8:	0127c933          	xor	s2,a5,s2
   103fc:	0126a023          	sw	s2,0(a3)
   10400:	0691                	add	a3,a3,4
   10402:	fedb92e3          	bne	s7,a3,103e6 <main+0x3c4>
   10406:	4592                	lw	a1,4(sp)
   10408:	48c1                	li	a7,16
   1040a:	834e                	mv	t1,s3
   1040c:	4705                	li	a4,1
   1040e:	82ba                	mv	t0,a4
   10410:	4f01                	li	t5,0
   10412:	0706                	sll	a4,a4,0x1
   10414:	005f06b3          	add	a3,t5,t0
   10418:	8636                	mv	a2,a3
   1041a:	00ddf363          	bgeu	s11,a3,10420 <main+0x3fe>
   1041e:	6641                	lui	a2,0x10
   10420:	87fa                	mv	a5,t5
   10422:	00568f33          	add	t5,a3,t0
   10426:	8e7a                	mv	t3,t5
   10428:	01edf363          	bgeu	s11,t5,1042e <main+0x40c>
   1042c:	6e41                	lui	t3,0x10
   1042e:	06c7ff63          	bgeu	a5,a2,104ac <main+0x48a>
   10432:	0bc67663          	bgeu	a2,t3,104de <main+0x4bc>
   10436:	00279813          	sll	a6,a5,0x2
   1043a:	982e                	add	a6,a6,a1
   1043c:	86b2                	mv	a3,a2
   1043e:	853e                	mv	a0,a5
   10440:	a811                	j	10454 <main+0x432>
   10442:	0505                	add	a0,a0,1
   10444:	00782023          	sw	t2,0(a6)
   10448:	0785                	add	a5,a5,1
   1044a:	02c57863          	bgeu	a0,a2,1047a <main+0x458>
   1044e:	0811                	add	a6,a6,4
   10450:	07c6f063          	bgeu	a3,t3,104b0 <main+0x48e>
   10454:	00251393          	sll	t2,a0,0x2
   10458:	00269f93          	sll	t6,a3,0x2
   1045c:	939a                	add	t2,t2,t1
   1045e:	9f9a                	add	t6,t6,t1
   10460:	0003a383          	lw	t2,0(t2)
   10464:	000faf83          	lw	t6,0(t6)
   10468:	fc7ffde3          	bgeu	t6,t2,10442 <main+0x420>
   1046c:	83fe                	mv	t2,t6
   1046e:	00782023          	sw	t2,0(a6)
   10472:	0685                	add	a3,a3,1
   10474:	0785                	add	a5,a5,1
   10476:	fcc56ce3          	bltu	a0,a2,1044e <main+0x42c>
   1047a:	03c6f063          	bgeu	a3,t3,1049a <main+0x478>
   1047e:	068a                	sll	a3,a3,0x2
   10480:	078a                	sll	a5,a5,0x2
   10482:	002e1613          	sll	a2,t3,0x2
   10486:	969a                	add	a3,a3,t1
   10488:	97ae                	add	a5,a5,a1
   1048a:	961a                	add	a2,a2,t1
   1048c:	4288                	lw	a0,0(a3)
   1048e:	0691                	add	a3,a3,4
   10490:	0791                	add	a5,a5,4
   10492:	fea7ae23          	sw	a0,-4(a5)
   10496:	fed61be3          	bne	a2,a3,1048c <main+0x46a>
   1049a:	f7bf6de3          	bltu	t5,s11,10414 <main+0x3f2>
   1049e:	18fd                	add	a7,a7,-1
   104a0:	04088263          	beqz	a7,104e4 <main+0x4c2>
   104a4:	879a                	mv	a5,t1
   104a6:	832e                	mv	t1,a1
   104a8:	85be                	mv	a1,a5
   104aa:	b795                	j	1040e <main+0x3ec>
   104ac:	86b2                	mv	a3,a2
   104ae:	b7f1                	j	1047a <main+0x458>
   104b0:	83be                	mv	t2,a5
   104b2:	87aa                	mv	a5,a0
   104b4:	00279513          	sll	a0,a5,0x2
   104b8:	00239813          	sll	a6,t2,0x2
   104bc:	00261f93          	sll	t6,a2,0x2
   104c0:	951a                	add	a0,a0,t1
   104c2:	982e                	add	a6,a6,a1
   104c4:	9f9a                	add	t6,t6,t1
   104c6:	00052083          	lw	ra,0(a0)
   104ca:	0511                	add	a0,a0,4
   104cc:	0811                	add	a6,a6,4
   104ce:	fe182e23          	sw	ra,-4(a6)
   104d2:	feaf9ae3          	bne	t6,a0,104c6 <main+0x4a4>
   104d6:	93b2                	add	t2,t2,a2
   104d8:	40f387b3          	sub	a5,t2,a5
   104dc:	bf79                	j	1047a <main+0x458>
   104de:	86b2                	mv	a3,a2
   104e0:	83be                	mv	t2,a5
   104e2:	bfc9                	j	104b4 <main+0x492>
   104e4:	01358b63          	beq	a1,s3,104fa <main+0x4d8>
   104e8:	024e8513          	add	a0,t4,36
   104ec:	00040637          	lui	a2,0x40
   104f0:	c646                	sw	a7,12(sp)
   104f2:	2499                	jal	10738 <memcpy>
   104f4:	48b2                	lw	a7,12(sp)
   104f6:	00054eb7          	lui	t4,0x54
   104fa:	8766                	mv	a4,s9
   104fc:	86e6                	mv	a3,s9
   104fe:	4605                	li	a2,1
   10500:	04000313          	li	t1,64
   10504:	4288                	lw	a0,0(a3)
   10506:	87b6                	mv	a5,a3
   10508:	a039                	j	10516 <main+0x4f4>
   1050a:	0107a023          	sw	a6,0(a5)
   1050e:	ffc58793          	add	a5,a1,-4
   10512:	0cf98c63          	beq	s3,a5,105ea <main+0x5c8>
   10516:	ffc7a803          	lw	a6,-4(a5)
   1051a:	85be                	mv	a1,a5
   1051c:	ff0567e3          	bltu	a0,a6,1050a <main+0x4e8>
   10520:	c188                	sw	a0,0(a1)
   10522:	0605                	add	a2,a2,1 # 40001 <__global_pointer$+0x2b7e9>
   10524:	0691                	add	a3,a3,4
   10526:	fc661fe3          	bne	a2,t1,10504 <main+0x4e2>
   1052a:	024ea683          	lw	a3,36(t4) # 54024 <sort_data>
   1052e:	87b6                	mv	a5,a3
   10530:	a019                	j	10536 <main+0x514>
   10532:	00eb8863          	beq	s7,a4,10542 <main+0x520>
   10536:	863e                	mv	a2,a5
   10538:	431c                	lw	a5,0(a4)
   1053a:	0711                	add	a4,a4,4
   1053c:	fec7fbe3          	bgeu	a5,a2,10532 <main+0x510>
   10540:	4a81                	li	s5,0
   10542:	00040737          	lui	a4,0x40
   10546:	4822                	lw	a6,8(sp)
   10548:	09070713          	add	a4,a4,144 # 40090 <__global_pointer$+0x2b878>
   1054c:	974e                	add	a4,a4,s3
   1054e:	02000593          	li	a1,32
   10552:	000b2503          	lw	a0,0(s6)
   10556:	4781                	li	a5,0
   10558:	00f55633          	srl	a2,a0,a5
   1055c:	0ff67613          	zext.b	a2,a2
   10560:	01064833          	xor	a6,a2,a6
   10564:	07a1                	add	a5,a5,8
   10566:	03880833          	mul	a6,a6,s8
   1056a:	feb797e3          	bne	a5,a1,10558 <main+0x536>
   1056e:	184b0b13          	add	s6,s6,388
   10572:	feeb10e3          	bne	s6,a4,10552 <main+0x530>
   10576:	02000713          	li	a4,32
   1057a:	011857b3          	srl	a5,a6,a7
   1057e:	0ff7f793          	zext.b	a5,a5
   10582:	8c3d                	xor	s0,s0,a5
   10584:	08a1                	add	a7,a7,8
   10586:	03840433          	mul	s0,s0,s8
   1058a:	fee898e3          	bne	a7,a4,1057a <main+0x558>
   1058e:	1d7d                	add	s10,s10,-1
   10590:	e40d19e3          	bnez	s10,103e2 <main+0x3c0>
   10594:	000207b7          	lui	a5,0x20
   10598:	99be                	add	s3,s3,a5
   1059a:	0009a703          	lw	a4,0(s3)
   1059e:	ffcba783          	lw	a5,-4(s7)
   105a2:	654d                	lui	a0,0x13
   105a4:	65c1                	lui	a1,0x10
   105a6:	4621                	li	a2,8
   105a8:	09c50513          	add	a0,a0,156 # 1309c <__riscv_restore_0+0x9a4>
   105ac:	243d                	jal	107da <printf>
   105ae:	654d                	lui	a0,0x13
   105b0:	85a2                	mv	a1,s0
   105b2:	0d850513          	add	a0,a0,216 # 130d8 <__riscv_restore_0+0x9e0>
   105b6:	2415                	jal	107da <printf>
   105b8:	000a8563          	beqz	s5,105c2 <main+0x5a0>
   105bc:	000a0363          	beqz	s4,105c2 <main+0x5a0>
   105c0:	ec85                	bnez	s1,105f8 <main+0x5d6>
   105c2:	654d                	lui	a0,0x13
   105c4:	0ec50513          	add	a0,a0,236 # 130ec <__riscv_restore_0+0x9f4>
   105c8:	2c09                	jal	107da <printf>
   105ca:	4505                	li	a0,1
   105cc:	40b6                	lw	ra,76(sp)
   105ce:	4426                	lw	s0,72(sp)
   105d0:	4496                	lw	s1,68(sp)
   105d2:	4906                	lw	s2,64(sp)
   105d4:	59f2                	lw	s3,60(sp)
   105d6:	5a62                	lw	s4,56(sp)
   105d8:	5ad2                	lw	s5,52(sp)
   105da:	5b42                	lw	s6,48(sp)
   105dc:	5bb2                	lw	s7,44(sp)
   105de:	5c22                	lw	s8,40(sp)
   105e0:	5c92                	lw	s9,36(sp)
   105e2:	5d02                	lw	s10,32(sp)
   105e4:	4df2                	lw	s11,28(sp)
   105e6:	6161                	add	sp,sp,80
   105e8:	8082                	ret
   105ea:	85ce                	mv	a1,s3
   105ec:	c188                	sw	a0,0(a1)
   105ee:	0605                	add	a2,a2,1
   105f0:	0691                	add	a3,a3,4
   105f2:	f06619e3          	bne	a2,t1,10504 <main+0x4e2>
   105f6:	bf15                	j	1052a <main+0x508>
   105f8:	654d                	lui	a0,0x13
   105fa:	0f450513          	add	a0,a0,244 # 130f4 <__riscv_restore_0+0x9fc>
   105fe:	2af1                	jal	107da <printf>
   10600:	4501                	li	a0,0
   10602:	b7e9                	j	105cc <main+0x5aa>

00010604 <write>:
   10604:	4889                	li	a7,2
   10606:	00000073          	ecall
   1060a:	00054363          	bltz	a0,10610 <write+0xc>
   1060e:	8082                	ret
   10610:	fff54793          	not	a5,a0
   10614:	02500693          	li	a3,37
   10618:	4715                	li	a4,5
   1061a:	00f6e863          	bltu	a3,a5,1062a <write+0x26>
   1061e:	674d                	lui	a4,0x13
   10620:	0fc70713          	add	a4,a4,252 # 130fc <CSWTCH.24>
   10624:	97ba                	add	a5,a5,a4
   10626:	00078703          	lb	a4,0(a5) # 20000 <__global_pointer$+0xb7e8>
   1062a:	00e22023          	sw	a4,0(tp) # 0 <errno>
   1062e:	557d                	li	a0,-1
   10630:	8082                	ret

00010632 <_exit>:
   10632:	1141                	add	sp,sp,-16
   10634:	c422                	sw	s0,8(sp)
   10636:	c606                	sw	ra,12(sp)
   10638:	842a                	mv	s0,a0
   1063a:	20c1                	jal	106fa <ulib_flush_stdout>
   1063c:	8522                	mv	a0,s0
   1063e:	4581                	li	a1,0
   10640:	4601                	li	a2,0
   10642:	4885                	li	a7,1
   10644:	00000073          	ecall
   10648:	a001                	j	10648 <_exit+0x16>

0001064a <stdout_flush>:
   1064a:	1141                	add	sp,sp,-16
   1064c:	c04a                	sw	s2,0(sp)
   1064e:	6951                	lui	s2,0x14
   10650:	c422                	sw	s0,8(sp)
   10652:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10656:	c606                	sw	ra,12(sp)
   10658:	c226                	sw	s1,4(sp)
   1065a:	cc19                	beqz	s0,10678 <stdout_flush+0x2e>
   1065c:	002c84b7          	lui	s1,0x2c8
   10660:	4a848493          	add	s1,s1,1192 # 2c84a8 <out_buf>
   10664:	a019                	j	1066a <stdout_flush+0x20>
   10666:	94aa                	add	s1,s1,a0
   10668:	c801                	beqz	s0,10678 <stdout_flush+0x2e>
   1066a:	8622                	mv	a2,s0
   1066c:	85a6                	mv	a1,s1
   1066e:	4505                	li	a0,1
   10670:	3f51                	jal	10604 <write>
   10672:	8c09                	sub	s0,s0,a0
   10674:	fea049e3          	bgtz	a0,10666 <stdout_flush+0x1c>
   10678:	40b2                	lw	ra,12(sp)
   1067a:	4422                	lw	s0,8(sp)
   1067c:	02092023          	sw	zero,32(s2)
   10680:	4492                	lw	s1,4(sp)
   10682:	4902                	lw	s2,0(sp)
   10684:	4501                	li	a0,0
   10686:	0141                	add	sp,sp,16
   10688:	8082                	ret

0001068a <stdout_put>:
   1068a:	1101                	add	sp,sp,-32
   1068c:	c64e                	sw	s3,12(sp)
   1068e:	69d1                	lui	s3,0x14
   10690:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   10694:	ca26                	sw	s1,20(sp)
   10696:	002c84b7          	lui	s1,0x2c8
   1069a:	4a848493          	add	s1,s1,1192 # 2c84a8 <out_buf>
   1069e:	cc22                	sw	s0,24(sp)
   106a0:	c84a                	sw	s2,16(sp)
   106a2:	00178413          	add	s0,a5,1
   106a6:	ce06                	sw	ra,28(sp)
   106a8:	97a6                	add	a5,a5,s1
   106aa:	00a78023          	sb	a0,0(a5)
   106ae:	0289a023          	sw	s0,32(s3)
   106b2:	47a9                	li	a5,10
   106b4:	892a                	mv	s2,a0
   106b6:	00f50e63          	beq	a0,a5,106d2 <stdout_put+0x48>
   106ba:	20000793          	li	a5,512
   106be:	00f40b63          	beq	s0,a5,106d4 <stdout_put+0x4a>
   106c2:	40f2                	lw	ra,28(sp)
   106c4:	4462                	lw	s0,24(sp)
   106c6:	44d2                	lw	s1,20(sp)
   106c8:	49b2                	lw	s3,12(sp)
   106ca:	854a                	mv	a0,s2
   106cc:	4942                	lw	s2,16(sp)
   106ce:	6105                	add	sp,sp,32
   106d0:	8082                	ret
   106d2:	c811                	beqz	s0,106e6 <stdout_put+0x5c>
   106d4:	8622                	mv	a2,s0
   106d6:	85a6                	mv	a1,s1
   106d8:	4505                	li	a0,1
   106da:	372d                	jal	10604 <write>
   106dc:	8c09                	sub	s0,s0,a0
   106de:	00a05463          	blez	a0,106e6 <stdout_put+0x5c>
   106e2:	94aa                	add	s1,s1,a0
   106e4:	f865                	bnez	s0,106d4 <stdout_put+0x4a>
   106e6:	40f2                	lw	ra,28(sp)
   106e8:	4462                	lw	s0,24(sp)
   106ea:	0209a023          	sw	zero,32(s3)
   106ee:	44d2                	lw	s1,20(sp)
   106f0:	49b2                	lw	s3,12(sp)
   106f2:	854a                	mv	a0,s2
   106f4:	4942                	lw	s2,16(sp)
   106f6:	6105                	add	sp,sp,32
   106f8:	8082                	ret

000106fa <ulib_flush_stdout>:
   106fa:	1141                	add	sp,sp,-16
   106fc:	c04a                	sw	s2,0(sp)
   106fe:	6951                	lui	s2,0x14
   10700:	c422                	sw	s0,8(sp)
   10702:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10706:	c606                	sw	ra,12(sp)
   10708:	c226                	sw	s1,4(sp)
   1070a:	cc19                	beqz	s0,10728 <ulib_flush_stdout+0x2e>
   1070c:	002c84b7          	lui	s1,0x2c8
   10710:	4a848493          	add	s1,s1,1192 # 2c84a8 <out_buf>
   10714:	a019                	j	1071a <ulib_flush_stdout+0x20>
   10716:	94aa                	add	s1,s1,a0
   10718:	c801                	beqz	s0,10728 <ulib_flush_stdout+0x2e>
   1071a:	8622                	mv	a2,s0
   1071c:	85a6                	mv	a1,s1
   1071e:	4505                	li	a0,1
   10720:	35d5                	jal	10604 <write>
   10722:	8c09                	sub	s0,s0,a0
   10724:	fea049e3          	bgtz	a0,10716 <ulib_flush_stdout+0x1c>
   10728:	40b2                	lw	ra,12(sp)
   1072a:	4422                	lw	s0,8(sp)
   1072c:	02092023          	sw	zero,32(s2)
   10730:	4492                	lw	s1,4(sp)
   10732:	4902                	lw	s2,0(sp)
   10734:	0141                	add	sp,sp,16
   10736:	8082                	ret

00010738 <memcpy>:
   10738:	832a                	mv	t1,a0
   1073a:	ca09                	beqz	a2,1074c <memcpy+0x14>
   1073c:	00058383          	lb	t2,0(a1) # 10000 <_start>
   10740:	00730023          	sb	t2,0(t1)
   10744:	167d                	add	a2,a2,-1
   10746:	0305                	add	t1,t1,1
   10748:	0585                	add	a1,a1,1
   1074a:	fa6d                	bnez	a2,1073c <memcpy+0x4>
   1074c:	8082                	ret

0001074e <memset>:
   1074e:	832a                	mv	t1,a0
   10750:	c611                	beqz	a2,1075c <memset+0xe>
   10752:	00b30023          	sb	a1,0(t1)
   10756:	167d                	add	a2,a2,-1
   10758:	0305                	add	t1,t1,1
   1075a:	fe65                	bnez	a2,10752 <memset+0x4>
   1075c:	8082                	ret

0001075e <__libc_init_array>:
   1075e:	777012ef          	jal	t0,126d4 <__riscv_save_0>
   10762:	64cd                	lui	s1,0x13
   10764:	644d                	lui	s0,0x13
   10766:	61048793          	add	a5,s1,1552 # 13610 <__fini_array_end>
   1076a:	61040413          	add	s0,s0,1552 # 13610 <__fini_array_end>
   1076e:	8c1d                	sub	s0,s0,a5
   10770:	8409                	sra	s0,s0,0x2
   10772:	61048493          	add	s1,s1,1552
   10776:	4901                	li	s2,0
   10778:	02891863          	bne	s2,s0,107a8 <__libc_init_array+0x4a>
   1077c:	00000793          	li	a5,0
   10780:	c789                	beqz	a5,1078a <__libc_init_array+0x2c>
   10782:	00000097          	auipc	ra,0x0
   10786:	000000e7          	jalr	zero # 0 <errno>
   1078a:	64cd                	lui	s1,0x13
   1078c:	644d                	lui	s0,0x13
   1078e:	61048793          	add	a5,s1,1552 # 13610 <__fini_array_end>
   10792:	61040413          	add	s0,s0,1552 # 13610 <__fini_array_end>
   10796:	8c1d                	sub	s0,s0,a5
   10798:	8409                	sra	s0,s0,0x2
   1079a:	61048493          	add	s1,s1,1552
   1079e:	4901                	li	s2,0
   107a0:	00891963          	bne	s2,s0,107b2 <__libc_init_array+0x54>
   107a4:	7550106f          	j	126f8 <__riscv_restore_0>
   107a8:	409c                	lw	a5,0(s1)
   107aa:	0905                	add	s2,s2,1
   107ac:	0491                	add	s1,s1,4
   107ae:	9782                	jalr	a5
   107b0:	b7e1                	j	10778 <__libc_init_array+0x1a>
   107b2:	409c                	lw	a5,0(s1)
   107b4:	0905                	add	s2,s2,1
   107b6:	0491                	add	s1,s1,4
   107b8:	9782                	jalr	a5
   107ba:	b7dd                	j	107a0 <__libc_init_array+0x42>

000107bc <exit>:
   107bc:	719012ef          	jal	t0,126d4 <__riscv_save_0>
   107c0:	00000793          	li	a5,0
   107c4:	842a                	mv	s0,a0
   107c6:	c791                	beqz	a5,107d2 <exit+0x16>
   107c8:	4581                	li	a1,0
   107ca:	00000097          	auipc	ra,0x0
   107ce:	000000e7          	jalr	zero # 0 <errno>
   107d2:	782010ef          	jal	11f54 <__libc_fini_array>
   107d6:	8522                	mv	a0,s0
   107d8:	3da9                	jal	10632 <_exit>

000107da <printf>:
   107da:	7139                	add	sp,sp,-64
   107dc:	da3e                	sw	a5,52(sp)
   107de:	67cd                	lui	a5,0x13
   107e0:	d22e                	sw	a1,36(sp)
   107e2:	85aa                	mv	a1,a0
   107e4:	6047a503          	lw	a0,1540(a5) # 13604 <stdout>
   107e8:	d432                	sw	a2,40(sp)
   107ea:	1050                	add	a2,sp,36
   107ec:	ce06                	sw	ra,28(sp)
   107ee:	d636                	sw	a3,44(sp)
   107f0:	d83a                	sw	a4,48(sp)
   107f2:	dc42                	sw	a6,56(sp)
   107f4:	de46                	sw	a7,60(sp)
   107f6:	c632                	sw	a2,12(sp)
   107f8:	2411                	jal	109fc <__d_vfprintf>
   107fa:	40f2                	lw	ra,28(sp)
   107fc:	6121                	add	sp,sp,64
   107fe:	8082                	ret

00010800 <__ultoa_invert>:
   10800:	6ad012ef          	jal	t0,126ac <__riscv_save_10>
   10804:	2006f793          	and	a5,a3,512
   10808:	89aa                	mv	s3,a0
   1080a:	8a2e                	mv	s4,a1
   1080c:	8932                	mv	s2,a2
   1080e:	84b6                	mv	s1,a3
   10810:	02700b13          	li	s6,39
   10814:	c781                	beqz	a5,1081c <__ultoa_invert+0x1c>
   10816:	dff6f493          	and	s1,a3,-513
   1081a:	4b1d                	li	s6,7
   1081c:	41f4da93          	sra	s5,s1,0x1f
   10820:	4ca5                	li	s9,9
   10822:	8626                	mv	a2,s1
   10824:	86d6                	mv	a3,s5
   10826:	854e                	mv	a0,s3
   10828:	85d2                	mv	a1,s4
   1082a:	353010ef          	jal	1237c <__umoddi3>
   1082e:	85d2                	mv	a1,s4
   10830:	0ff57413          	zext.b	s0,a0
   10834:	8626                	mv	a2,s1
   10836:	854e                	mv	a0,s3
   10838:	86d6                	mv	a3,s5
   1083a:	7e4010ef          	jal	1201e <__udivdi3>
   1083e:	8c4e                	mv	s8,s3
   10840:	8bd2                	mv	s7,s4
   10842:	89aa                	mv	s3,a0
   10844:	8a2e                	mv	s4,a1
   10846:	008cf563          	bgeu	s9,s0,10850 <__ultoa_invert+0x50>
   1084a:	945a                	add	s0,s0,s6
   1084c:	0ff47413          	zext.b	s0,s0
   10850:	0905                	add	s2,s2,1
   10852:	03040413          	add	s0,s0,48
   10856:	fe890fa3          	sb	s0,-1(s2)
   1085a:	015be663          	bltu	s7,s5,10866 <__ultoa_invert+0x66>
   1085e:	fd7a92e3          	bne	s5,s7,10822 <__ultoa_invert+0x22>
   10862:	fc9c70e3          	bgeu	s8,s1,10822 <__ultoa_invert+0x22>
   10866:	854a                	mv	a0,s2
   10868:	67d0106f          	j	126e4 <__riscv_restore_10>

0001086c <skip_to_arg>:
   1086c:	641012ef          	jal	t0,126ac <__riscv_save_10>
   10870:	4305                	li	t1,1
   10872:	02500f13          	li	t5,37
   10876:	88aa                	mv	a7,a0
   10878:	00c34463          	blt	t1,a2,10880 <skip_to_arg+0x14>
   1087c:	6690106f          	j	126e4 <__riscv_restore_10>
   10880:	87c6                	mv	a5,a7
   10882:	88be                	mv	a7,a5
   10884:	0007c703          	lbu	a4,0(a5)
   10888:	0785                	add	a5,a5,1
   1088a:	db6d                	beqz	a4,1087c <skip_to_arg+0x10>
   1088c:	ffe71be3          	bne	a4,t5,10882 <skip_to_arg+0x16>
   10890:	0007c703          	lbu	a4,0(a5)
   10894:	0889                	add	a7,a7,2
   10896:	ffe705e3          	beq	a4,t5,10880 <skip_to_arg+0x14>
   1089a:	6ecd                	lui	t4,0x13
   1089c:	4681                	li	a3,0
   1089e:	4e01                	li	t3,0
   108a0:	4781                	li	a5,0
   108a2:	42fd                	li	t0,31
   108a4:	06c00f93          	li	t6,108
   108a8:	07400393          	li	t2,116
   108ac:	07a00413          	li	s0,122
   108b0:	06800493          	li	s1,104
   108b4:	06a00913          	li	s2,106
   108b8:	04c00993          	li	s3,76
   108bc:	4a25                	li	s4,9
   108be:	02400a93          	li	s5,36
   108c2:	07f00b13          	li	s6,127
   108c6:	4bc1                	li	s7,16
   108c8:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x191>
   108cc:	04f2e263          	bltu	t0,a5,10910 <skip_to_arg+0xa4>
   108d0:	fe070813          	add	a6,a4,-32
   108d4:	0ff87813          	zext.b	a6,a6
   108d8:	030bf163          	bgeu	s7,a6,108fa <skip_to_arg+0x8e>
   108dc:	fd070813          	add	a6,a4,-48
   108e0:	0ff87813          	zext.b	a6,a6
   108e4:	4c25                	li	s8,9
   108e6:	050c6563          	bltu	s8,a6,10930 <skip_to_arg+0xc4>
   108ea:	47a9                	li	a5,10
   108ec:	02f687b3          	mul	a5,a3,a5
   108f0:	00f806b3          	add	a3,a6,a5
   108f4:	02000793          	li	a5,32
   108f8:	a039                	j	10906 <skip_to_arg+0x9a>
   108fa:	010ed833          	srl	a6,t4,a6
   108fe:	00187813          	and	a6,a6,1
   10902:	00080963          	beqz	a6,10914 <skip_to_arg+0xa8>
   10906:	0008c703          	lbu	a4,0(a7)
   1090a:	0885                	add	a7,a7,1
   1090c:	f361                	bnez	a4,108cc <skip_to_arg+0x60>
   1090e:	a8b1                	j	1096a <skip_to_arg+0xfe>
   10910:	04fb6363          	bltu	s6,a5,10956 <skip_to_arg+0xea>
   10914:	fd070813          	add	a6,a4,-48
   10918:	0ff87813          	zext.b	a6,a6
   1091c:	fd0a77e3          	bgeu	s4,a6,108ea <skip_to_arg+0x7e>
   10920:	03571563          	bne	a4,s5,1094a <skip_to_arg+0xde>
   10924:	0a0e0063          	beqz	t3,109c4 <skip_to_arg+0x158>
   10928:	0a668063          	beq	a3,t1,109c8 <skip_to_arg+0x15c>
   1092c:	4681                	li	a3,0
   1092e:	bfe1                	j	10906 <skip_to_arg+0x9a>
   10930:	0fb77813          	and	a6,a4,251
   10934:	02a00c13          	li	s8,42
   10938:	ff880ae3          	beq	a6,s8,1092c <skip_to_arg+0xc0>
   1093c:	06c00813          	li	a6,108
   10940:	01071d63          	bne	a4,a6,1095a <skip_to_arg+0xee>
   10944:	0807e793          	or	a5,a5,128
   10948:	bf7d                	j	10906 <skip_to_arg+0x9a>
   1094a:	0fb77813          	and	a6,a4,251
   1094e:	02a00c13          	li	s8,42
   10952:	fd880de3          	beq	a6,s8,1092c <skip_to_arg+0xc0>
   10956:	05f70663          	beq	a4,t6,109a2 <skip_to_arg+0x136>
   1095a:	02efef63          	bltu	t6,a4,10998 <skip_to_arg+0x12c>
   1095e:	04970863          	beq	a4,s1,109ae <skip_to_arg+0x142>
   10962:	05270e63          	beq	a4,s2,109be <skip_to_arg+0x152>
   10966:	05370c63          	beq	a4,s3,109be <skip_to_arg+0x152>
   1096a:	f00e09e3          	beqz	t3,1087c <skip_to_arg+0x10>
   1096e:	f06e15e3          	bne	t3,t1,10878 <skip_to_arg+0xc>
   10972:	02076893          	or	a7,a4,32
   10976:	f9b88813          	add	a6,a7,-101
   1097a:	0ff87813          	zext.b	a6,a6
   1097e:	4e09                	li	t3,2
   10980:	4194                	lw	a3,0(a1)
   10982:	010e7663          	bgeu	t3,a6,1098e <skip_to_arg+0x122>
   10986:	06100813          	li	a6,97
   1098a:	05089263          	bne	a7,a6,109ce <skip_to_arg+0x162>
   1098e:	069d                	add	a3,a3,7
   10990:	9ae1                	and	a3,a3,-8
   10992:	00868713          	add	a4,a3,8
   10996:	a091                	j	109da <skip_to_arg+0x16e>
   10998:	f67707e3          	beq	a4,t2,10906 <skip_to_arg+0x9a>
   1099c:	f68705e3          	beq	a4,s0,10906 <skip_to_arg+0x9a>
   109a0:	b7e9                	j	1096a <skip_to_arg+0xfe>
   109a2:	0807f713          	and	a4,a5,128
   109a6:	df59                	beqz	a4,10944 <skip_to_arg+0xd8>
   109a8:	2007e793          	or	a5,a5,512
   109ac:	bf61                	j	10944 <skip_to_arg+0xd8>
   109ae:	1007f713          	and	a4,a5,256
   109b2:	c319                	beqz	a4,109b8 <skip_to_arg+0x14c>
   109b4:	2007e793          	or	a5,a5,512
   109b8:	1007e793          	or	a5,a5,256
   109bc:	b7a9                	j	10906 <skip_to_arg+0x9a>
   109be:	2807e793          	or	a5,a5,640
   109c2:	b791                	j	10906 <skip_to_arg+0x9a>
   109c4:	8e36                	mv	t3,a3
   109c6:	b79d                	j	1092c <skip_to_arg+0xc0>
   109c8:	06300713          	li	a4,99
   109cc:	b75d                	j	10972 <skip_to_arg+0x106>
   109ce:	06300813          	li	a6,99
   109d2:	01071763          	bne	a4,a6,109e0 <skip_to_arg+0x174>
   109d6:	00468713          	add	a4,a3,4
   109da:	c198                	sw	a4,0(a1)
   109dc:	0305                	add	t1,t1,1
   109de:	bd61                	j	10876 <skip_to_arg+0xa>
   109e0:	07300813          	li	a6,115
   109e4:	ff0709e3          	beq	a4,a6,109d6 <skip_to_arg+0x16a>
   109e8:	0807f813          	and	a6,a5,128
   109ec:	00468713          	add	a4,a3,4
   109f0:	fe0805e3          	beqz	a6,109da <skip_to_arg+0x16e>
   109f4:	2007f793          	and	a5,a5,512
   109f8:	d3ed                	beqz	a5,109da <skip_to_arg+0x16e>
   109fa:	bf51                	j	1098e <skip_to_arg+0x122>

000109fc <__d_vfprintf>:
   109fc:	4a9012ef          	jal	t0,126a4 <__riscv_save_12>
   10a00:	00454783          	lbu	a5,4(a0)
   10a04:	7139                	add	sp,sp,-64
   10a06:	c02a                	sw	a0,0(sp)
   10a08:	c42e                	sw	a1,8(sp)
   10a0a:	c632                	sw	a2,12(sp)
   10a0c:	8b89                	and	a5,a5,2
   10a0e:	00852a03          	lw	s4,8(a0)
   10a12:	c785                	beqz	a5,10a3a <__d_vfprintf+0x3e>
   10a14:	d232                	sw	a2,36(sp)
   10a16:	87ae                	mv	a5,a1
   10a18:	4401                	li	s0,0
   10a1a:	0007c903          	lbu	s2,0(a5)
   10a1e:	00090f63          	beqz	s2,10a3c <__d_vfprintf+0x40>
   10a22:	02500713          	li	a4,37
   10a26:	00e90f63          	beq	s2,a4,10a44 <__d_vfprintf+0x48>
   10a2a:	0785                	add	a5,a5,1
   10a2c:	c23e                	sw	a5,4(sp)
   10a2e:	4582                	lw	a1,0(sp)
   10a30:	854a                	mv	a0,s2
   10a32:	0405                	add	s0,s0,1
   10a34:	9a02                	jalr	s4
   10a36:	26055de3          	bgez	a0,114b0 <__d_vfprintf+0xab4>
   10a3a:	547d                	li	s0,-1
   10a3c:	8522                	mv	a0,s0
   10a3e:	6121                	add	sp,sp,64
   10a40:	4a10106f          	j	126e0 <__riscv_restore_12>
   10a44:	0017c903          	lbu	s2,1(a5)
   10a48:	00278713          	add	a4,a5,2
   10a4c:	c23a                	sw	a4,4(sp)
   10a4e:	02500793          	li	a5,37
   10a52:	fcf90ee3          	beq	s2,a5,10a2e <__d_vfprintf+0x32>
   10a56:	64cd                	lui	s1,0x13
   10a58:	4a81                	li	s5,0
   10a5a:	4d01                	li	s10,0
   10a5c:	4b01                	li	s6,0
   10a5e:	4d81                	li	s11,0
   10a60:	06c00993          	li	s3,108
   10a64:	07400b93          	li	s7,116
   10a68:	07a00c13          	li	s8,122
   10a6c:	06800c93          	li	s9,104
   10a70:	13448493          	add	s1,s1,308 # 13134 <CSWTCH.24+0x38>
   10a74:	47fd                	li	a5,31
   10a76:	07b7e163          	bltu	a5,s11,10ad8 <__d_vfprintf+0xdc>
   10a7a:	fe090793          	add	a5,s2,-32
   10a7e:	0ff7f793          	zext.b	a5,a5
   10a82:	4741                	li	a4,16
   10a84:	00f76663          	bltu	a4,a5,10a90 <__d_vfprintf+0x94>
   10a88:	078a                	sll	a5,a5,0x2
   10a8a:	97a6                	add	a5,a5,s1
   10a8c:	439c                	lw	a5,0(a5)
   10a8e:	8782                	jr	a5
   10a90:	fd090793          	add	a5,s2,-48
   10a94:	0ff7f793          	zext.b	a5,a5
   10a98:	4725                	li	a4,9
   10a9a:	06f76463          	bltu	a4,a5,10b02 <__d_vfprintf+0x106>
   10a9e:	46a9                	li	a3,10
   10aa0:	02db06b3          	mul	a3,s6,a3
   10aa4:	00f68b33          	add	s6,a3,a5
   10aa8:	020ded93          	or	s11,s11,32
   10aac:	a019                	j	10ab2 <__d_vfprintf+0xb6>
   10aae:	001ded93          	or	s11,s11,1
   10ab2:	4792                	lw	a5,4(sp)
   10ab4:	0007c903          	lbu	s2,0(a5)
   10ab8:	0785                	add	a5,a5,1
   10aba:	c23e                	sw	a5,4(sp)
   10abc:	fa091ce3          	bnez	s2,10a74 <__d_vfprintf+0x78>
   10ac0:	a0dd                	j	10ba6 <__d_vfprintf+0x1aa>
   10ac2:	002ded93          	or	s11,s11,2
   10ac6:	004ded93          	or	s11,s11,4
   10aca:	b7e5                	j	10ab2 <__d_vfprintf+0xb6>
   10acc:	008ded93          	or	s11,s11,8
   10ad0:	b7cd                	j	10ab2 <__d_vfprintf+0xb6>
   10ad2:	010ded93          	or	s11,s11,16
   10ad6:	bff1                	j	10ab2 <__d_vfprintf+0xb6>
   10ad8:	07f00793          	li	a5,127
   10adc:	0bb7e763          	bltu	a5,s11,10b8a <__d_vfprintf+0x18e>
   10ae0:	fd090693          	add	a3,s2,-48
   10ae4:	0ff6f693          	zext.b	a3,a3
   10ae8:	47a5                	li	a5,9
   10aea:	00d7ec63          	bltu	a5,a3,10b02 <__d_vfprintf+0x106>
   10aee:	040df613          	and	a2,s11,64
   10af2:	87b6                	mv	a5,a3
   10af4:	d64d                	beqz	a2,10a9e <__d_vfprintf+0xa2>
   10af6:	47a9                	li	a5,10
   10af8:	02fd07b3          	mul	a5,s10,a5
   10afc:	00d78d33          	add	s10,a5,a3
   10b00:	bf4d                	j	10ab2 <__d_vfprintf+0xb6>
   10b02:	02a00793          	li	a5,42
   10b06:	02f91663          	bne	s2,a5,10b32 <__d_vfprintf+0x136>
   10b0a:	fa0a94e3          	bnez	s5,10ab2 <__d_vfprintf+0xb6>
   10b0e:	5692                	lw	a3,36(sp)
   10b10:	040df793          	and	a5,s11,64
   10b14:	00468613          	add	a2,a3,4
   10b18:	4294                	lw	a3,0(a3)
   10b1a:	d232                	sw	a2,36(sp)
   10b1c:	c399                	beqz	a5,10b22 <__d_vfprintf+0x126>
   10b1e:	8d36                	mv	s10,a3
   10b20:	bf49                	j	10ab2 <__d_vfprintf+0xb6>
   10b22:	8b36                	mv	s6,a3
   10b24:	f806d2e3          	bgez	a3,10aa8 <__d_vfprintf+0xac>
   10b28:	40d00b33          	neg	s6,a3
   10b2c:	028ded93          	or	s11,s11,40
   10b30:	b749                	j	10ab2 <__d_vfprintf+0xb6>
   10b32:	02e00793          	li	a5,46
   10b36:	00f91963          	bne	s2,a5,10b48 <__d_vfprintf+0x14c>
   10b3a:	040df793          	and	a5,s11,64
   10b3e:	ee079fe3          	bnez	a5,10a3c <__d_vfprintf+0x40>
   10b42:	040ded93          	or	s11,s11,64
   10b46:	b7b5                	j	10ab2 <__d_vfprintf+0xb6>
   10b48:	02400793          	li	a5,36
   10b4c:	02f91f63          	bne	s2,a5,10b8a <__d_vfprintf+0x18e>
   10b50:	120a8a63          	beqz	s5,10c84 <__d_vfprintf+0x288>
   10b54:	47b2                	lw	a5,12(sp)
   10b56:	d23e                	sw	a5,36(sp)
   10b58:	040df793          	and	a5,s11,64
   10b5c:	ef81                	bnez	a5,10b74 <__d_vfprintf+0x178>
   10b5e:	4522                	lw	a0,8(sp)
   10b60:	865a                	mv	a2,s6
   10b62:	104c                	add	a1,sp,36
   10b64:	3321                	jal	1086c <skip_to_arg>
   10b66:	5792                	lw	a5,36(sp)
   10b68:	00478693          	add	a3,a5,4
   10b6c:	0007ab03          	lw	s6,0(a5)
   10b70:	d236                	sw	a3,36(sp)
   10b72:	b781                	j	10ab2 <__d_vfprintf+0xb6>
   10b74:	4522                	lw	a0,8(sp)
   10b76:	866a                	mv	a2,s10
   10b78:	104c                	add	a1,sp,36
   10b7a:	39cd                	jal	1086c <skip_to_arg>
   10b7c:	5792                	lw	a5,36(sp)
   10b7e:	00478693          	add	a3,a5,4
   10b82:	0007ad03          	lw	s10,0(a5)
   10b86:	d236                	sw	a3,36(sp)
   10b88:	b72d                	j	10ab2 <__d_vfprintf+0xb6>
   10b8a:	0d390a63          	beq	s2,s3,10c5e <__d_vfprintf+0x262>
   10b8e:	0d29e363          	bltu	s3,s2,10c54 <__d_vfprintf+0x258>
   10b92:	0d990e63          	beq	s2,s9,10c6e <__d_vfprintf+0x272>
   10b96:	06a00793          	li	a5,106
   10b9a:	0ef90263          	beq	s2,a5,10c7e <__d_vfprintf+0x282>
   10b9e:	04c00793          	li	a5,76
   10ba2:	0cf90e63          	beq	s2,a5,10c7e <__d_vfprintf+0x282>
   10ba6:	000a8863          	beqz	s5,10bb6 <__d_vfprintf+0x1ba>
   10baa:	47b2                	lw	a5,12(sp)
   10bac:	4522                	lw	a0,8(sp)
   10bae:	8656                	mv	a2,s5
   10bb0:	104c                	add	a1,sp,36
   10bb2:	d23e                	sw	a5,36(sp)
   10bb4:	3965                	jal	1086c <skip_to_arg>
   10bb6:	000d5963          	bgez	s10,10bc8 <__d_vfprintf+0x1cc>
   10bba:	fbfdf813          	and	a6,s11,-65
   10bbe:	01081d93          	sll	s11,a6,0x10
   10bc2:	010ddd93          	srl	s11,s11,0x10
   10bc6:	4d01                	li	s10,0
   10bc8:	02096c93          	or	s9,s2,32
   10bcc:	f9bc8793          	add	a5,s9,-101
   10bd0:	0ff7f793          	zext.b	a5,a5
   10bd4:	4709                	li	a4,2
   10bd6:	0af77d63          	bgeu	a4,a5,10c90 <__d_vfprintf+0x294>
   10bda:	06100793          	li	a5,97
   10bde:	68fc9f63          	bne	s9,a5,1127c <__d_vfprintf+0x880>
   10be2:	5792                	lw	a5,36(sp)
   10be4:	6a89                	lui	s5,0x2
   10be6:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10bea:	079d                	add	a5,a5,7
   10bec:	9be1                	and	a5,a5,-8
   10bee:	0047ab83          	lw	s7,4(a5)
   10bf2:	0007a883          	lw	a7,0(a5)
   10bf6:	00878713          	add	a4,a5,8
   10bfa:	414bd993          	sra	s3,s7,0x14
   10bfe:	00cb9c13          	sll	s8,s7,0xc
   10c02:	7ff9f993          	and	s3,s3,2047
   10c06:	00cc5c93          	srl	s9,s8,0xc
   10c0a:	015deab3          	or	s5,s11,s5
   10c0e:	0119e533          	or	a0,s3,a7
   10c12:	fff94913          	not	s2,s2
   10c16:	0ac2                	sll	s5,s5,0x10
   10c18:	d23a                	sw	a4,36(sp)
   10c1a:	019567b3          	or	a5,a0,s9
   10c1e:	02097913          	and	s2,s2,32
   10c22:	010ada93          	srl	s5,s5,0x10
   10c26:	86c6                	mv	a3,a7
   10c28:	8c66                	mv	s8,s9
   10c2a:	040df813          	and	a6,s11,64
   10c2e:	01fbdb93          	srl	s7,s7,0x1f
   10c32:	ebdd                	bnez	a5,10ce8 <__d_vfprintf+0x2ec>
   10c34:	03000793          	li	a5,48
   10c38:	0ffbfb93          	zext.b	s7,s7
   10c3c:	02f106a3          	sb	a5,45(sp)
   10c40:	03710623          	sb	s7,44(sp)
   10c44:	24080d63          	beqz	a6,10e9e <__d_vfprintf+0x4a2>
   10c48:	47b1                	li	a5,12
   10c4a:	4981                	li	s3,0
   10c4c:	0da7d263          	bge	a5,s10,10d10 <__d_vfprintf+0x314>
   10c50:	4d35                	li	s10,13
   10c52:	aa85                	j	10dc2 <__d_vfprintf+0x3c6>
   10c54:	e5790fe3          	beq	s2,s7,10ab2 <__d_vfprintf+0xb6>
   10c58:	e5890de3          	beq	s2,s8,10ab2 <__d_vfprintf+0xb6>
   10c5c:	b7a9                	j	10ba6 <__d_vfprintf+0x1aa>
   10c5e:	080df793          	and	a5,s11,128
   10c62:	c399                	beqz	a5,10c68 <__d_vfprintf+0x26c>
   10c64:	200ded93          	or	s11,s11,512
   10c68:	080ded93          	or	s11,s11,128
   10c6c:	b599                	j	10ab2 <__d_vfprintf+0xb6>
   10c6e:	100df793          	and	a5,s11,256
   10c72:	c399                	beqz	a5,10c78 <__d_vfprintf+0x27c>
   10c74:	200ded93          	or	s11,s11,512
   10c78:	100ded93          	or	s11,s11,256
   10c7c:	bd1d                	j	10ab2 <__d_vfprintf+0xb6>
   10c7e:	280ded93          	or	s11,s11,640
   10c82:	bd05                	j	10ab2 <__d_vfprintf+0xb6>
   10c84:	875a                	mv	a4,s6
   10c86:	4d01                	li	s10,0
   10c88:	4b01                	li	s6,0
   10c8a:	8aba                	mv	s5,a4
   10c8c:	4d81                	li	s11,0
   10c8e:	b515                	j	10ab2 <__d_vfprintf+0xb6>
   10c90:	5792                	lw	a5,36(sp)
   10c92:	fff94913          	not	s2,s2
   10c96:	02097913          	and	s2,s2,32
   10c9a:	079d                	add	a5,a5,7
   10c9c:	9be1                	and	a5,a5,-8
   10c9e:	00878713          	add	a4,a5,8
   10ca2:	4388                	lw	a0,0(a5)
   10ca4:	43cc                	lw	a1,4(a5)
   10ca6:	d23a                	sw	a4,36(sp)
   10ca8:	040df793          	and	a5,s11,64
   10cac:	20078d63          	beqz	a5,10ec6 <__d_vfprintf+0x4ca>
   10cb0:	06500793          	li	a5,101
   10cb4:	20fc9b63          	bne	s9,a5,10eca <__d_vfprintf+0x4ce>
   10cb8:	6785                	lui	a5,0x1
   10cba:	001d0613          	add	a2,s10,1
   10cbe:	00fdedb3          	or	s11,s11,a5
   10cc2:	0ff67613          	zext.b	a2,a2
   10cc6:	4701                	li	a4,0
   10cc8:	4781                	li	a5,0
   10cca:	4345                	li	t1,17
   10ccc:	0ff67693          	zext.b	a3,a2
   10cd0:	00c37363          	bgeu	t1,a2,10cd6 <__d_vfprintf+0x2da>
   10cd4:	46c5                	li	a3,17
   10cd6:	1030                	add	a2,sp,40
   10cd8:	30d000ef          	jal	117e4 <__dtoa_engine>
   10cdc:	0ff57b93          	zext.b	s7,a0
   10ce0:	59a2                	lw	s3,40(sp)
   10ce2:	8aee                	mv	s5,s11
   10ce4:	4c09                	li	s8,2
   10ce6:	aa01                	j	10df6 <__d_vfprintf+0x3fa>
   10ce8:	03100793          	li	a5,49
   10cec:	00099563          	bnez	s3,10cf6 <__d_vfprintf+0x2fa>
   10cf0:	03000793          	li	a5,48
   10cf4:	4985                	li	s3,1
   10cf6:	0ffbfb93          	zext.b	s7,s7
   10cfa:	02f106a3          	sb	a5,45(sp)
   10cfe:	03710623          	sb	s7,44(sp)
   10d02:	c0198993          	add	s3,s3,-1023
   10d06:	18080363          	beqz	a6,10e8c <__d_vfprintf+0x490>
   10d0a:	47b1                	li	a5,12
   10d0c:	19a7c263          	blt	a5,s10,10e90 <__d_vfprintf+0x494>
   10d10:	4335                	li	t1,13
   10d12:	41a30333          	sub	t1,t1,s10
   10d16:	00231d93          	sll	s11,t1,0x2
   10d1a:	fffd8613          	add	a2,s11,-1 # ffff <errno+0xffff>
   10d1e:	4505                	li	a0,1
   10d20:	4581                	li	a1,0
   10d22:	ca46                	sw	a7,20(sp)
   10d24:	c836                	sw	a3,16(sp)
   10d26:	2a6010ef          	jal	11fcc <__ashldi3>
   10d2a:	84aa                	mv	s1,a0
   10d2c:	872e                	mv	a4,a1
   10d2e:	00171793          	sll	a5,a4,0x1
   10d32:	85aa                	mv	a1,a0
   10d34:	01f4d513          	srl	a0,s1,0x1f
   10d38:	00149e13          	sll	t3,s1,0x1
   10d3c:	8fc9                	or	a5,a5,a0
   10d3e:	40f00c33          	neg	s8,a5
   10d42:	01c03533          	snez	a0,t3
   10d46:	48d2                	lw	a7,20(sp)
   10d48:	41c00833          	neg	a6,t3
   10d4c:	40ac0c33          	sub	s8,s8,a0
   10d50:	fffe0513          	add	a0,t3,-1 # ffff <errno+0xffff>
   10d54:	001e3e13          	seqz	t3,t3
   10d58:	41c787b3          	sub	a5,a5,t3
   10d5c:	0197f7b3          	and	a5,a5,s9
   10d60:	01157533          	and	a0,a0,a7
   10d64:	02f74663          	blt	a4,a5,10d90 <__d_vfprintf+0x394>
   10d68:	46c2                	lw	a3,16(sp)
   10d6a:	00e79463          	bne	a5,a4,10d72 <__d_vfprintf+0x376>
   10d6e:	02a5e163          	bltu	a1,a0,10d90 <__d_vfprintf+0x394>
   10d72:	8546                	mv	a0,a7
   10d74:	866e                	mv	a2,s11
   10d76:	85e6                	mv	a1,s9
   10d78:	ce3a                	sw	a4,28(sp)
   10d7a:	cc42                	sw	a6,24(sp)
   10d7c:	ca36                	sw	a3,20(sp)
   10d7e:	c846                	sw	a7,16(sp)
   10d80:	274010ef          	jal	11ff4 <__ashrdi3>
   10d84:	8905                	and	a0,a0,1
   10d86:	48c2                	lw	a7,16(sp)
   10d88:	46d2                	lw	a3,20(sp)
   10d8a:	4862                	lw	a6,24(sp)
   10d8c:	4772                	lw	a4,28(sp)
   10d8e:	c94d                	beqz	a0,10e40 <__d_vfprintf+0x444>
   10d90:	00988533          	add	a0,a7,s1
   10d94:	01153db3          	sltu	s11,a0,a7
   10d98:	9766                	add	a4,a4,s9
   10d9a:	00ed8cb3          	add	s9,s11,a4
   10d9e:	001007b7          	lui	a5,0x100
   10da2:	86aa                	mv	a3,a0
   10da4:	08fcce63          	blt	s9,a5,10e40 <__d_vfprintf+0x444>
   10da8:	02d14783          	lbu	a5,45(sp)
   10dac:	0785                	add	a5,a5,1 # 100001 <sieve_bits+0x1ffdd>
   10dae:	02f106a3          	sb	a5,45(sp)
   10db2:	40000793          	li	a5,1024
   10db6:	0af98163          	beq	s3,a5,10e58 <__d_vfprintf+0x45c>
   10dba:	00a87533          	and	a0,a6,a0
   10dbe:	019c7c33          	and	s8,s8,s9
   10dc2:	05700613          	li	a2,87
   10dc6:	1034                	add	a3,sp,40
   10dc8:	4735                	li	a4,13
   10dca:	45a5                	li	a1,9
   10dcc:	41260633          	sub	a2,a2,s2
   10dd0:	01cc1813          	sll	a6,s8,0x1c
   10dd4:	00f57793          	and	a5,a0,15
   10dd8:	8111                	srl	a0,a0,0x4
   10dda:	00a86533          	or	a0,a6,a0
   10dde:	404c5c13          	sra	s8,s8,0x4
   10de2:	e7e1                	bnez	a5,10eaa <__d_vfprintf+0x4ae>
   10de4:	0ced5563          	bge	s10,a4,10eae <__d_vfprintf+0x4b2>
   10de8:	177d                	add	a4,a4,-1
   10dea:	16fd                	add	a3,a3,-1
   10dec:	f375                	bnez	a4,10dd0 <__d_vfprintf+0x3d4>
   10dee:	4c05                	li	s8,1
   10df0:	4bb9                	li	s7,14
   10df2:	07000c93          	li	s9,112
   10df6:	00998713          	add	a4,s3,9
   10dfa:	46c9                	li	a3,18
   10dfc:	87ce                	mv	a5,s3
   10dfe:	06e6e863          	bltu	a3,a4,10e6e <__d_vfprintf+0x472>
   10e02:	02c14703          	lbu	a4,44(sp)
   10e06:	00177d93          	and	s11,a4,1
   10e0a:	8b31                	and	a4,a4,12
   10e0c:	120d9963          	bnez	s11,10f3e <__d_vfprintf+0x542>
   10e10:	002af793          	and	a5,s5,2
   10e14:	12079163          	bnez	a5,10f36 <__d_vfprintf+0x53a>
   10e18:	004af793          	and	a5,s5,4
   10e1c:	cfe9                	beqz	a5,10ef6 <__d_vfprintf+0x4fa>
   10e1e:	12071463          	bnez	a4,10f46 <__d_vfprintf+0x54a>
   10e22:	02000713          	li	a4,32
   10e26:	678d                	lui	a5,0x3
   10e28:	00faf7b3          	and	a5,s5,a5
   10e2c:	1c079163          	bnez	a5,10fee <__d_vfprintf+0x5f2>
   10e30:	000d1363          	bnez	s10,10e36 <__d_vfprintf+0x43a>
   10e34:	4d05                	li	s10,1
   10e36:	103c                	add	a5,sp,40
   10e38:	97de                	add	a5,a5,s7
   10e3a:	03000693          	li	a3,48
   10e3e:	aa8d                	j	10fb0 <__d_vfprintf+0x5b4>
   10e40:	0106f6b3          	and	a3,a3,a6
   10e44:	018cfcb3          	and	s9,s9,s8
   10e48:	40000793          	li	a5,1024
   10e4c:	04f99c63          	bne	s3,a5,10ea4 <__d_vfprintf+0x4a8>
   10e50:	0196ecb3          	or	s9,a3,s9
   10e54:	040c8063          	beqz	s9,10e94 <__d_vfprintf+0x498>
   10e58:	008beb93          	or	s7,s7,8
   10e5c:	03710623          	sb	s7,44(sp)
   10e60:	40000993          	li	s3,1024
   10e64:	4bb9                	li	s7,14
   10e66:	07000c93          	li	s9,112
   10e6a:	40000793          	li	a5,1024
   10e6e:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   10e72:	0c600693          	li	a3,198
   10e76:	4c09                	li	s8,2
   10e78:	f8e6f5e3          	bgeu	a3,a4,10e02 <__d_vfprintf+0x406>
   10e7c:	3e778793          	add	a5,a5,999
   10e80:	7ce00c13          	li	s8,1998
   10e84:	00fc3c33          	sltu	s8,s8,a5
   10e88:	0c0d                	add	s8,s8,3
   10e8a:	bfa5                	j	10e02 <__d_vfprintf+0x406>
   10e8c:	4d01                	li	s10,0
   10e8e:	bf6d                	j	10e48 <__d_vfprintf+0x44c>
   10e90:	4d35                	li	s10,13
   10e92:	bf5d                	j	10e48 <__d_vfprintf+0x44c>
   10e94:	004beb93          	or	s7,s7,4
   10e98:	03710623          	sb	s7,44(sp)
   10e9c:	b7e1                	j	10e64 <__d_vfprintf+0x468>
   10e9e:	4981                	li	s3,0
   10ea0:	4d01                	li	s10,0
   10ea2:	b705                	j	10dc2 <__d_vfprintf+0x3c6>
   10ea4:	8536                	mv	a0,a3
   10ea6:	8c66                	mv	s8,s9
   10ea8:	bf29                	j	10dc2 <__d_vfprintf+0x3c6>
   10eaa:	00f5ea63          	bltu	a1,a5,10ebe <__d_vfprintf+0x4c2>
   10eae:	03078793          	add	a5,a5,48
   10eb2:	00f68923          	sb	a5,18(a3)
   10eb6:	f2ed59e3          	bge	s10,a4,10de8 <__d_vfprintf+0x3ec>
   10eba:	8d3a                	mv	s10,a4
   10ebc:	b735                	j	10de8 <__d_vfprintf+0x3ec>
   10ebe:	97b2                	add	a5,a5,a2
   10ec0:	0ff7f793          	zext.b	a5,a5
   10ec4:	b7fd                	j	10eb2 <__d_vfprintf+0x4b6>
   10ec6:	4d19                	li	s10,6
   10ec8:	b3e5                	j	10cb0 <__d_vfprintf+0x2b4>
   10eca:	06600793          	li	a5,102
   10ece:	00fc9963          	bne	s9,a5,10ee0 <__d_vfprintf+0x4e4>
   10ed2:	6789                	lui	a5,0x2
   10ed4:	00fdedb3          	or	s11,s11,a5
   10ed8:	4705                	li	a4,1
   10eda:	87ea                	mv	a5,s10
   10edc:	4645                	li	a2,17
   10ede:	b3f5                	j	10cca <__d_vfprintf+0x2ce>
   10ee0:	0ffd7793          	zext.b	a5,s10
   10ee4:	0ffd7613          	zext.b	a2,s10
   10ee8:	e391                	bnez	a5,10eec <__d_vfprintf+0x4f0>
   10eea:	4605                	li	a2,1
   10eec:	4701                	li	a4,0
   10eee:	4781                	li	a5,0
   10ef0:	06500c93          	li	s9,101
   10ef4:	bbd9                	j	10cca <__d_vfprintf+0x2ce>
   10ef6:	db05                	beqz	a4,10e26 <__d_vfprintf+0x42a>
   10ef8:	478d                	li	a5,3
   10efa:	0967d063          	bge	a5,s6,10f7a <__d_vfprintf+0x57e>
   10efe:	008afa93          	and	s5,s5,8
   10f02:	ffdb0493          	add	s1,s6,-3
   10f06:	000a9f63          	bnez	s5,10f24 <__d_vfprintf+0x528>
   10f0a:	94a2                	add	s1,s1,s0
   10f0c:	4582                	lw	a1,0(sp)
   10f0e:	02000513          	li	a0,32
   10f12:	0405                	add	s0,s0,1
   10f14:	9a02                	jalr	s4
   10f16:	b20542e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   10f1a:	fe8499e3          	bne	s1,s0,10f0c <__d_vfprintf+0x510>
   10f1e:	4481                	li	s1,0
   10f20:	020d9e63          	bnez	s11,10f5c <__d_vfprintf+0x560>
   10f24:	02c14783          	lbu	a5,44(sp)
   10f28:	8ba1                	and	a5,a5,8
   10f2a:	efa5                	bnez	a5,10fa2 <__d_vfprintf+0x5a6>
   10f2c:	69cd                	lui	s3,0x13
   10f2e:	12498993          	add	s3,s3,292 # 13124 <CSWTCH.24+0x28>
   10f32:	8c22                	mv	s8,s0
   10f34:	a8b1                	j	10f90 <__d_vfprintf+0x594>
   10f36:	eb15                	bnez	a4,10f6a <__d_vfprintf+0x56e>
   10f38:	02b00713          	li	a4,43
   10f3c:	b5ed                	j	10e26 <__d_vfprintf+0x42a>
   10f3e:	eb0d                	bnez	a4,10f70 <__d_vfprintf+0x574>
   10f40:	02d00713          	li	a4,45
   10f44:	b5cd                	j	10e26 <__d_vfprintf+0x42a>
   10f46:	02000d93          	li	s11,32
   10f4a:	4791                	li	a5,4
   10f4c:	0367d563          	bge	a5,s6,10f76 <__d_vfprintf+0x57a>
   10f50:	008afa93          	and	s5,s5,8
   10f54:	ffcb0493          	add	s1,s6,-4
   10f58:	fa0a89e3          	beqz	s5,10f0a <__d_vfprintf+0x50e>
   10f5c:	4582                	lw	a1,0(sp)
   10f5e:	856e                	mv	a0,s11
   10f60:	0405                	add	s0,s0,1
   10f62:	9a02                	jalr	s4
   10f64:	fc0550e3          	bgez	a0,10f24 <__d_vfprintf+0x528>
   10f68:	bcc9                	j	10a3a <__d_vfprintf+0x3e>
   10f6a:	02b00d93          	li	s11,43
   10f6e:	bff1                	j	10f4a <__d_vfprintf+0x54e>
   10f70:	02d00d93          	li	s11,45
   10f74:	bfd9                	j	10f4a <__d_vfprintf+0x54e>
   10f76:	4481                	li	s1,0
   10f78:	b7d5                	j	10f5c <__d_vfprintf+0x560>
   10f7a:	4481                	li	s1,0
   10f7c:	b765                	j	10f24 <__d_vfprintf+0x528>
   10f7e:	4582                	lw	a1,0(sp)
   10f80:	41250533          	sub	a0,a0,s2
   10f84:	0ff57513          	zext.b	a0,a0
   10f88:	0c05                	add	s8,s8,1
   10f8a:	9a02                	jalr	s4
   10f8c:	aa0547e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   10f90:	408c07b3          	sub	a5,s8,s0
   10f94:	97ce                	add	a5,a5,s3
   10f96:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10f9a:	f175                	bnez	a0,10f7e <__d_vfprintf+0x582>
   10f9c:	8462                	mv	s0,s8
   10f9e:	94e2                	add	s1,s1,s8
   10fa0:	ad39                	j	115be <__d_vfprintf+0xbc2>
   10fa2:	69cd                	lui	s3,0x13
   10fa4:	12898993          	add	s3,s3,296 # 13128 <CSWTCH.24+0x2c>
   10fa8:	b769                	j	10f32 <__d_vfprintf+0x536>
   10faa:	1bfd                	add	s7,s7,-1
   10fac:	0ffbfb93          	zext.b	s7,s7
   10fb0:	000b8763          	beqz	s7,10fbe <__d_vfprintf+0x5c2>
   10fb4:	0047c603          	lbu	a2,4(a5)
   10fb8:	17fd                	add	a5,a5,-1
   10fba:	fed608e3          	beq	a2,a3,10faa <__d_vfprintf+0x5ae>
   10fbe:	010af693          	and	a3,s5,16
   10fc2:	87ea                	mv	a5,s10
   10fc4:	e291                	bnez	a3,10fc8 <__d_vfprintf+0x5cc>
   10fc6:	87de                	mv	a5,s7
   10fc8:	56f1                	li	a3,-4
   10fca:	0ed9cc63          	blt	s3,a3,110c2 <__d_vfprintf+0x6c6>
   10fce:	0fa9da63          	bge	s3,s10,110c2 <__d_vfprintf+0x6c6>
   10fd2:	6689                	lui	a3,0x2
   10fd4:	00dae6b3          	or	a3,s5,a3
   10fd8:	01069a93          	sll	s5,a3,0x10
   10fdc:	010ada93          	srl	s5,s5,0x10
   10fe0:	4d01                	li	s10,0
   10fe2:	00f9d663          	bge	s3,a5,10fee <__d_vfprintf+0x5f2>
   10fe6:	00198893          	add	a7,s3,1
   10fea:	41178d33          	sub	s10,a5,a7
   10fee:	6d89                	lui	s11,0x2
   10ff0:	01bafdb3          	and	s11,s5,s11
   10ff4:	0c0d8a63          	beqz	s11,110c8 <__d_vfprintf+0x6cc>
   10ff8:	87ce                	mv	a5,s3
   10ffa:	0009d363          	bgez	s3,11000 <__d_vfprintf+0x604>
   10ffe:	4781                	li	a5,0
   11000:	0785                	add	a5,a5,1
   11002:	c311                	beqz	a4,11006 <__d_vfprintf+0x60a>
   11004:	0785                	add	a5,a5,1
   11006:	0c0d0963          	beqz	s10,110d8 <__d_vfprintf+0x6dc>
   1100a:	001d0693          	add	a3,s10,1
   1100e:	97b6                	add	a5,a5,a3
   11010:	4481                	li	s1,0
   11012:	0167d463          	bge	a5,s6,1101a <__d_vfprintf+0x61e>
   11016:	40fb04b3          	sub	s1,s6,a5
   1101a:	009af793          	and	a5,s5,9
   1101e:	e789                	bnez	a5,11028 <__d_vfprintf+0x62c>
   11020:	94a2                	add	s1,s1,s0
   11022:	0c849063          	bne	s1,s0,110e2 <__d_vfprintf+0x6e6>
   11026:	4481                	li	s1,0
   11028:	c719                	beqz	a4,11036 <__d_vfprintf+0x63a>
   1102a:	4582                	lw	a1,0(sp)
   1102c:	853a                	mv	a0,a4
   1102e:	0405                	add	s0,s0,1
   11030:	9a02                	jalr	s4
   11032:	a00544e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   11036:	00bad793          	srl	a5,s5,0xb
   1103a:	8b85                	and	a5,a5,1
   1103c:	c395                	beqz	a5,11060 <__d_vfprintf+0x664>
   1103e:	4582                	lw	a1,0(sp)
   11040:	03000513          	li	a0,48
   11044:	9a02                	jalr	s4
   11046:	9e054ae3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1104a:	07800513          	li	a0,120
   1104e:	4582                	lw	a1,0(sp)
   11050:	41250533          	sub	a0,a0,s2
   11054:	0f857513          	and	a0,a0,248
   11058:	0409                	add	s0,s0,2
   1105a:	9a02                	jalr	s4
   1105c:	9c054fe3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   11060:	008af793          	and	a5,s5,8
   11064:	e791                	bnez	a5,11070 <__d_vfprintf+0x674>
   11066:	8b22                	mv	s6,s0
   11068:	9426                	add	s0,s0,s1
   1106a:	09641663          	bne	s0,s6,110f6 <__d_vfprintf+0x6fa>
   1106e:	4481                	li	s1,0
   11070:	0c0d8f63          	beqz	s11,1114e <__d_vfprintf+0x752>
   11074:	8cce                	mv	s9,s3
   11076:	0009d363          	bgez	s3,1107c <__d_vfprintf+0x680>
   1107a:	4c81                	li	s9,0
   1107c:	41998db3          	sub	s11,s3,s9
   11080:	41a00d33          	neg	s10,s10
   11084:	5b7d                	li	s6,-1
   11086:	03000513          	li	a0,48
   1108a:	017df663          	bgeu	s11,s7,11096 <__d_vfprintf+0x69a>
   1108e:	103c                	add	a5,sp,40
   11090:	97ee                	add	a5,a5,s11
   11092:	0057c503          	lbu	a0,5(a5)
   11096:	1cfd                	add	s9,s9,-1
   11098:	00140c13          	add	s8,s0,1
   1109c:	07acc563          	blt	s9,s10,11106 <__d_vfprintf+0x70a>
   110a0:	4582                	lw	a1,0(sp)
   110a2:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   110a4:	9a02                	jalr	s4
   110a6:	98054ae3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   110aa:	016c9a63          	bne	s9,s6,110be <__d_vfprintf+0x6c2>
   110ae:	4582                	lw	a1,0(sp)
   110b0:	02e00513          	li	a0,46
   110b4:	9a02                	jalr	s4
   110b6:	980542e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   110ba:	00240c13          	add	s8,s0,2
   110be:	8462                	mv	s0,s8
   110c0:	b7d9                	j	11086 <__d_vfprintf+0x68a>
   110c2:	fff78d13          	add	s10,a5,-1
   110c6:	b725                	j	10fee <__d_vfprintf+0x5f2>
   110c8:	00bad693          	srl	a3,s5,0xb
   110cc:	8a85                	and	a3,a3,1
   110ce:	478d                	li	a5,3
   110d0:	c291                	beqz	a3,110d4 <__d_vfprintf+0x6d8>
   110d2:	4795                	li	a5,5
   110d4:	97e2                	add	a5,a5,s8
   110d6:	b735                	j	11002 <__d_vfprintf+0x606>
   110d8:	010af693          	and	a3,s5,16
   110dc:	da95                	beqz	a3,11010 <__d_vfprintf+0x614>
   110de:	0785                	add	a5,a5,1
   110e0:	bf05                	j	11010 <__d_vfprintf+0x614>
   110e2:	4582                	lw	a1,0(sp)
   110e4:	02000513          	li	a0,32
   110e8:	c83a                	sw	a4,16(sp)
   110ea:	9a02                	jalr	s4
   110ec:	4742                	lw	a4,16(sp)
   110ee:	0405                	add	s0,s0,1
   110f0:	f20559e3          	bgez	a0,11022 <__d_vfprintf+0x626>
   110f4:	b299                	j	10a3a <__d_vfprintf+0x3e>
   110f6:	4582                	lw	a1,0(sp)
   110f8:	03000513          	li	a0,48
   110fc:	0b05                	add	s6,s6,1
   110fe:	9a02                	jalr	s4
   11100:	f60555e3          	bgez	a0,1106a <__d_vfprintf+0x66e>
   11104:	ba1d                	j	10a3a <__d_vfprintf+0x3e>
   11106:	033c9063          	bne	s9,s3,11126 <__d_vfprintf+0x72a>
   1110a:	02d14703          	lbu	a4,45(sp)
   1110e:	03500793          	li	a5,53
   11112:	00e7e863          	bltu	a5,a4,11122 <__d_vfprintf+0x726>
   11116:	00f71863          	bne	a4,a5,11126 <__d_vfprintf+0x72a>
   1111a:	02c14783          	lbu	a5,44(sp)
   1111e:	8bc1                	and	a5,a5,16
   11120:	e399                	bnez	a5,11126 <__d_vfprintf+0x72a>
   11122:	03100513          	li	a0,49
   11126:	4582                	lw	a1,0(sp)
   11128:	9a02                	jalr	s4
   1112a:	900548e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1112e:	010afa93          	and	s5,s5,16
   11132:	e60a85e3          	beqz	s5,10f9c <__d_vfprintf+0x5a0>
   11136:	57fd                	li	a5,-1
   11138:	e6fc92e3          	bne	s9,a5,10f9c <__d_vfprintf+0x5a0>
   1113c:	4582                	lw	a1,0(sp)
   1113e:	00240c13          	add	s8,s0,2
   11142:	02e00513          	li	a0,46
   11146:	9a02                	jalr	s4
   11148:	e4055ae3          	bgez	a0,10f9c <__d_vfprintf+0x5a0>
   1114c:	b0fd                	j	10a3a <__d_vfprintf+0x3e>
   1114e:	02d14503          	lbu	a0,45(sp)
   11152:	03100793          	li	a5,49
   11156:	00f50763          	beq	a0,a5,11164 <__d_vfprintf+0x768>
   1115a:	02c14783          	lbu	a5,44(sp)
   1115e:	9bbd                	and	a5,a5,-17
   11160:	02f10623          	sb	a5,44(sp)
   11164:	4582                	lw	a1,0(sp)
   11166:	9a02                	jalr	s4
   11168:	8c0549e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1116c:	0da05a63          	blez	s10,11240 <__d_vfprintf+0x844>
   11170:	4582                	lw	a1,0(sp)
   11172:	02e00513          	li	a0,46
   11176:	0409                	add	s0,s0,2
   11178:	9a02                	jalr	s4
   1117a:	8c0540e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1117e:	4a85                	li	s5,1
   11180:	4785                	li	a5,1
   11182:	0405                	add	s0,s0,1
   11184:	03000513          	li	a0,48
   11188:	017af863          	bgeu	s5,s7,11198 <__d_vfprintf+0x79c>
   1118c:	02078793          	add	a5,a5,32
   11190:	1018                	add	a4,sp,32
   11192:	97ba                	add	a5,a5,a4
   11194:	fed7c503          	lbu	a0,-19(a5)
   11198:	4582                	lw	a1,0(sp)
   1119a:	9a02                	jalr	s4
   1119c:	88054fe3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   111a0:	0a85                	add	s5,s5,1
   111a2:	0ffafa93          	zext.b	s5,s5
   111a6:	87d6                	mv	a5,s5
   111a8:	fd5d5de3          	bge	s10,s5,11182 <__d_vfprintf+0x786>
   111ac:	4582                	lw	a1,0(sp)
   111ae:	412c8533          	sub	a0,s9,s2
   111b2:	0ff57513          	zext.b	a0,a0
   111b6:	9a02                	jalr	s4
   111b8:	880541e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   111bc:	0009ca63          	bltz	s3,111d0 <__d_vfprintf+0x7d4>
   111c0:	02b00513          	li	a0,43
   111c4:	00099a63          	bnez	s3,111d8 <__d_vfprintf+0x7dc>
   111c8:	02c14783          	lbu	a5,44(sp)
   111cc:	8bc1                	and	a5,a5,16
   111ce:	c789                	beqz	a5,111d8 <__d_vfprintf+0x7dc>
   111d0:	413009b3          	neg	s3,s3
   111d4:	02d00513          	li	a0,45
   111d8:	4582                	lw	a1,0(sp)
   111da:	9a02                	jalr	s4
   111dc:	84054fe3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   111e0:	4791                	li	a5,4
   111e2:	06fc1e63          	bne	s8,a5,1125e <__d_vfprintf+0x862>
   111e6:	3e800913          	li	s2,1000
   111ea:	0329c533          	div	a0,s3,s2
   111ee:	4582                	lw	a1,0(sp)
   111f0:	040d                	add	s0,s0,3
   111f2:	03050513          	add	a0,a0,48
   111f6:	0ff57513          	zext.b	a0,a0
   111fa:	9a02                	jalr	s4
   111fc:	82054fe3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   11200:	0329e9b3          	rem	s3,s3,s2
   11204:	06400913          	li	s2,100
   11208:	4582                	lw	a1,0(sp)
   1120a:	0405                	add	s0,s0,1
   1120c:	0329c533          	div	a0,s3,s2
   11210:	03050513          	add	a0,a0,48
   11214:	0ff57513          	zext.b	a0,a0
   11218:	9a02                	jalr	s4
   1121a:	820540e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1121e:	0329e9b3          	rem	s3,s3,s2
   11222:	4929                	li	s2,10
   11224:	4582                	lw	a1,0(sp)
   11226:	0405                	add	s0,s0,1
   11228:	0329c533          	div	a0,s3,s2
   1122c:	03050513          	add	a0,a0,48
   11230:	0ff57513          	zext.b	a0,a0
   11234:	9a02                	jalr	s4
   11236:	800542e3          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1123a:	0329e9b3          	rem	s3,s3,s2
   1123e:	a03d                	j	1126c <__d_vfprintf+0x870>
   11240:	010afa93          	and	s5,s5,16
   11244:	000a9463          	bnez	s5,1124c <__d_vfprintf+0x850>
   11248:	0405                	add	s0,s0,1
   1124a:	b78d                	j	111ac <__d_vfprintf+0x7b0>
   1124c:	4582                	lw	a1,0(sp)
   1124e:	02e00513          	li	a0,46
   11252:	0409                	add	s0,s0,2
   11254:	9a02                	jalr	s4
   11256:	f4055be3          	bgez	a0,111ac <__d_vfprintf+0x7b0>
   1125a:	fe0ff06f          	j	10a3a <__d_vfprintf+0x3e>
   1125e:	478d                	li	a5,3
   11260:	0409                	add	s0,s0,2
   11262:	fafc01e3          	beq	s8,a5,11204 <__d_vfprintf+0x808>
   11266:	4785                	li	a5,1
   11268:	fafc1de3          	bne	s8,a5,11222 <__d_vfprintf+0x826>
   1126c:	03098513          	add	a0,s3,48
   11270:	4582                	lw	a1,0(sp)
   11272:	00140c13          	add	s8,s0,1
   11276:	0ff57513          	zext.b	a0,a0
   1127a:	b5f1                	j	11146 <__d_vfprintf+0x74a>
   1127c:	f9d90793          	add	a5,s2,-99
   11280:	0ff7f793          	zext.b	a5,a5
   11284:	4749                	li	a4,18
   11286:	1ef76d63          	bltu	a4,a5,11480 <__d_vfprintf+0xa84>
   1128a:	674d                	lui	a4,0x13
   1128c:	078a                	sll	a5,a5,0x2
   1128e:	17870713          	add	a4,a4,376 # 13178 <CSWTCH.24+0x7c>
   11292:	97ba                	add	a5,a5,a4
   11294:	439c                	lw	a5,0(a5)
   11296:	8782                	jr	a5
   11298:	5792                	lw	a5,36(sp)
   1129a:	4485                	li	s1,1
   1129c:	02810993          	add	s3,sp,40
   112a0:	00478713          	add	a4,a5,4
   112a4:	439c                	lw	a5,0(a5)
   112a6:	d23a                	sw	a4,36(sp)
   112a8:	02f10423          	sb	a5,40(sp)
   112ac:	008df813          	and	a6,s11,8
   112b0:	04080d63          	beqz	a6,1130a <__d_vfprintf+0x90e>
   112b4:	4901                	li	s2,0
   112b6:	05249c63          	bne	s1,s2,1130e <__d_vfprintf+0x912>
   112ba:	00940c33          	add	s8,s0,s1
   112be:	409b04b3          	sub	s1,s6,s1
   112c2:	b9e9                	j	10f9c <__d_vfprintf+0x5a0>
   112c4:	5792                	lw	a5,36(sp)
   112c6:	00478713          	add	a4,a5,4
   112ca:	d23a                	sw	a4,36(sp)
   112cc:	0007a983          	lw	s3,0(a5)
   112d0:	00099563          	bnez	s3,112da <__d_vfprintf+0x8de>
   112d4:	69cd                	lui	s3,0x13
   112d6:	12c98993          	add	s3,s3,300 # 1312c <CSWTCH.24+0x30>
   112da:	040df793          	and	a5,s11,64
   112de:	55fd                	li	a1,-1
   112e0:	c391                	beqz	a5,112e4 <__d_vfprintf+0x8e8>
   112e2:	85ea                	mv	a1,s10
   112e4:	854e                	mv	a0,s3
   112e6:	4a7000ef          	jal	11f8c <strnlen>
   112ea:	84aa                	mv	s1,a0
   112ec:	b7c1                	j	112ac <__d_vfprintf+0x8b0>
   112ee:	4582                	lw	a1,0(sp)
   112f0:	02000513          	li	a0,32
   112f4:	9a02                	jalr	s4
   112f6:	f4054263          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   112fa:	197d                	add	s2,s2,-1
   112fc:	ff24e9e3          	bltu	s1,s2,112ee <__d_vfprintf+0x8f2>
   11300:	945a                	add	s0,s0,s6
   11302:	41240433          	sub	s0,s0,s2
   11306:	8b4a                	mv	s6,s2
   11308:	b775                	j	112b4 <__d_vfprintf+0x8b8>
   1130a:	895a                	mv	s2,s6
   1130c:	bfc5                	j	112fc <__d_vfprintf+0x900>
   1130e:	012987b3          	add	a5,s3,s2
   11312:	4582                	lw	a1,0(sp)
   11314:	0007c503          	lbu	a0,0(a5)
   11318:	0905                	add	s2,s2,1
   1131a:	9a02                	jalr	s4
   1131c:	f8055de3          	bgez	a0,112b6 <__d_vfprintf+0x8ba>
   11320:	f1aff06f          	j	10a3a <__d_vfprintf+0x3e>
   11324:	080df713          	and	a4,s11,128
   11328:	5792                	lw	a5,36(sp)
   1132a:	cf49                	beqz	a4,113c4 <__d_vfprintf+0x9c8>
   1132c:	200df713          	and	a4,s11,512
   11330:	c359                	beqz	a4,113b6 <__d_vfprintf+0x9ba>
   11332:	079d                	add	a5,a5,7
   11334:	9be1                	and	a5,a5,-8
   11336:	4388                	lw	a0,0(a5)
   11338:	43cc                	lw	a1,4(a5)
   1133a:	00878713          	add	a4,a5,8
   1133e:	d23a                	sw	a4,36(sp)
   11340:	fefdf993          	and	s3,s11,-17
   11344:	09c2                	sll	s3,s3,0x10
   11346:	0109d993          	srl	s3,s3,0x10
   1134a:	0805dd63          	bgez	a1,113e4 <__d_vfprintf+0x9e8>
   1134e:	00a037b3          	snez	a5,a0
   11352:	40b005b3          	neg	a1,a1
   11356:	8d9d                	sub	a1,a1,a5
   11358:	40a00533          	neg	a0,a0
   1135c:	4009e993          	or	s3,s3,1024
   11360:	02810a93          	add	s5,sp,40
   11364:	46a9                	li	a3,10
   11366:	8656                	mv	a2,s5
   11368:	c98ff0ef          	jal	10800 <__ultoa_invert>
   1136c:	0409f793          	and	a5,s3,64
   11370:	41550ab3          	sub	s5,a0,s5
   11374:	c7f5                	beqz	a5,11460 <__d_vfprintf+0xa64>
   11376:	ffe9f793          	and	a5,s3,-2
   1137a:	07c2                	sll	a5,a5,0x10
   1137c:	83c1                	srl	a5,a5,0x10
   1137e:	19aad563          	bge	s5,s10,11508 <__d_vfprintf+0xb0c>
   11382:	16090c63          	beqz	s2,114fa <__d_vfprintf+0xafe>
   11386:	0109fc13          	and	s8,s3,16
   1138a:	84ea                	mv	s1,s10
   1138c:	89be                	mv	s3,a5
   1138e:	060c0a63          	beqz	s8,11402 <__d_vfprintf+0xa06>
   11392:	0489                	add	s1,s1,2
   11394:	0089f793          	and	a5,s3,8
   11398:	18079a63          	bnez	a5,1152c <__d_vfprintf+0xb30>
   1139c:	0019f793          	and	a5,s3,1
   113a0:	cb89                	beqz	a5,113b2 <__d_vfprintf+0x9b6>
   113a2:	8d56                	mv	s10,s5
   113a4:	0164d763          	bge	s1,s6,113b2 <__d_vfprintf+0x9b6>
   113a8:	409b04b3          	sub	s1,s6,s1
   113ac:	01548d33          	add	s10,s1,s5
   113b0:	84da                	mv	s1,s6
   113b2:	8ba6                	mv	s7,s1
   113b4:	a2ad                	j	1151e <__d_vfprintf+0xb22>
   113b6:	4388                	lw	a0,0(a5)
   113b8:	00478713          	add	a4,a5,4
   113bc:	d23a                	sw	a4,36(sp)
   113be:	41f55593          	sra	a1,a0,0x1f
   113c2:	bfbd                	j	11340 <__d_vfprintf+0x944>
   113c4:	00478713          	add	a4,a5,4
   113c8:	4388                	lw	a0,0(a5)
   113ca:	d23a                	sw	a4,36(sp)
   113cc:	100df793          	and	a5,s11,256
   113d0:	d7fd                	beqz	a5,113be <__d_vfprintf+0x9c2>
   113d2:	200df793          	and	a5,s11,512
   113d6:	c781                	beqz	a5,113de <__d_vfprintf+0x9e2>
   113d8:	0562                	sll	a0,a0,0x18
   113da:	8561                	sra	a0,a0,0x18
   113dc:	b7cd                	j	113be <__d_vfprintf+0x9c2>
   113de:	0542                	sll	a0,a0,0x10
   113e0:	8541                	sra	a0,a0,0x10
   113e2:	bff1                	j	113be <__d_vfprintf+0x9c2>
   113e4:	00b567b3          	or	a5,a0,a1
   113e8:	ffa5                	bnez	a5,11360 <__d_vfprintf+0x964>
   113ea:	040df793          	and	a5,s11,64
   113ee:	dbad                	beqz	a5,11360 <__d_vfprintf+0x964>
   113f0:	f60d18e3          	bnez	s10,11360 <__d_vfprintf+0x964>
   113f4:	feedf993          	and	s3,s11,-18
   113f8:	09c2                	sll	s3,s3,0x10
   113fa:	0109d993          	srl	s3,s3,0x10
   113fe:	4a81                	li	s5,0
   11400:	4481                	li	s1,0
   11402:	4069fc13          	and	s8,s3,1030
   11406:	f80c07e3          	beqz	s8,11394 <__d_vfprintf+0x998>
   1140a:	0485                	add	s1,s1,1
   1140c:	4c01                	li	s8,0
   1140e:	b759                	j	11394 <__d_vfprintf+0x998>
   11410:	fefdf813          	and	a6,s11,-17
   11414:	01081d93          	sll	s11,a6,0x10
   11418:	010ddd93          	srl	s11,s11,0x10
   1141c:	46a9                	li	a3,10
   1141e:	080df713          	and	a4,s11,128
   11422:	5792                	lw	a5,36(sp)
   11424:	c355                	beqz	a4,114c8 <__d_vfprintf+0xacc>
   11426:	200df713          	and	a4,s11,512
   1142a:	cb49                	beqz	a4,114bc <__d_vfprintf+0xac0>
   1142c:	079d                	add	a5,a5,7
   1142e:	9be1                	and	a5,a5,-8
   11430:	4388                	lw	a0,0(a5)
   11432:	43cc                	lw	a1,4(a5)
   11434:	00878713          	add	a4,a5,8
   11438:	d23a                	sw	a4,36(sp)
   1143a:	00b567b3          	or	a5,a0,a1
   1143e:	e7cd                	bnez	a5,114e8 <__d_vfprintf+0xaec>
   11440:	fe9df993          	and	s3,s11,-23
   11444:	09c2                	sll	s3,s3,0x10
   11446:	040df793          	and	a5,s11,64
   1144a:	0109d993          	srl	s3,s3,0x10
   1144e:	c3dd                	beqz	a5,114f4 <__d_vfprintf+0xaf8>
   11450:	0a0d1263          	bnez	s10,114f4 <__d_vfprintf+0xaf8>
   11454:	fe8df993          	and	s3,s11,-24
   11458:	09c2                	sll	s3,s3,0x10
   1145a:	0109d993          	srl	s3,s3,0x10
   1145e:	4a81                	li	s5,0
   11460:	0109fc13          	and	s8,s3,16
   11464:	0a0c0463          	beqz	s8,1150c <__d_vfprintf+0xb10>
   11468:	001a8493          	add	s1,s5,1
   1146c:	f20904e3          	beqz	s2,11394 <__d_vfprintf+0x998>
   11470:	84d6                	mv	s1,s5
   11472:	b705                	j	11392 <__d_vfprintf+0x996>
   11474:	010ded93          	or	s11,s11,16
   11478:	46c1                	li	a3,16
   1147a:	07800913          	li	s2,120
   1147e:	b745                	j	1141e <__d_vfprintf+0xa22>
   11480:	07800793          	li	a5,120
   11484:	00fc9a63          	bne	s9,a5,11498 <__d_vfprintf+0xa9c>
   11488:	05800793          	li	a5,88
   1148c:	46c1                	li	a3,16
   1148e:	f8f918e3          	bne	s2,a5,1141e <__d_vfprintf+0xa22>
   11492:	21000693          	li	a3,528
   11496:	b761                	j	1141e <__d_vfprintf+0xa22>
   11498:	4582                	lw	a1,0(sp)
   1149a:	02500513          	li	a0,37
   1149e:	9a02                	jalr	s4
   114a0:	d8054d63          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   114a4:	4582                	lw	a1,0(sp)
   114a6:	854a                	mv	a0,s2
   114a8:	9a02                	jalr	s4
   114aa:	d8054863          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   114ae:	0409                	add	s0,s0,2
   114b0:	4792                	lw	a5,4(sp)
   114b2:	d68ff06f          	j	10a1a <__d_vfprintf+0x1e>
   114b6:	46a1                	li	a3,8
   114b8:	4901                	li	s2,0
   114ba:	b795                	j	1141e <__d_vfprintf+0xa22>
   114bc:	4388                	lw	a0,0(a5)
   114be:	00478713          	add	a4,a5,4
   114c2:	d23a                	sw	a4,36(sp)
   114c4:	4581                	li	a1,0
   114c6:	bf95                	j	1143a <__d_vfprintf+0xa3e>
   114c8:	00478713          	add	a4,a5,4
   114cc:	4388                	lw	a0,0(a5)
   114ce:	d23a                	sw	a4,36(sp)
   114d0:	100df793          	and	a5,s11,256
   114d4:	dbe5                	beqz	a5,114c4 <__d_vfprintf+0xac8>
   114d6:	200df793          	and	a5,s11,512
   114da:	c781                	beqz	a5,114e2 <__d_vfprintf+0xae6>
   114dc:	0ff57513          	zext.b	a0,a0
   114e0:	b7d5                	j	114c4 <__d_vfprintf+0xac8>
   114e2:	0542                	sll	a0,a0,0x10
   114e4:	8141                	srl	a0,a0,0x10
   114e6:	bff9                	j	114c4 <__d_vfprintf+0xac8>
   114e8:	ff9df813          	and	a6,s11,-7
   114ec:	01081993          	sll	s3,a6,0x10
   114f0:	0109d993          	srl	s3,s3,0x10
   114f4:	02810a93          	add	s5,sp,40
   114f8:	b5bd                	j	11366 <__d_vfprintf+0x96a>
   114fa:	fee9f993          	and	s3,s3,-18
   114fe:	09c2                	sll	s3,s3,0x10
   11500:	0109d993          	srl	s3,s3,0x10
   11504:	84ea                	mv	s1,s10
   11506:	bdf5                	j	11402 <__d_vfprintf+0xa06>
   11508:	89be                	mv	s3,a5
   1150a:	bf99                	j	11460 <__d_vfprintf+0xa64>
   1150c:	84d6                	mv	s1,s5
   1150e:	bdd5                	j	11402 <__d_vfprintf+0xa06>
   11510:	4582                	lw	a1,0(sp)
   11512:	02000513          	li	a0,32
   11516:	9a02                	jalr	s4
   11518:	d2054163          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1151c:	0b85                	add	s7,s7,1
   1151e:	ff6bc9e3          	blt	s7,s6,11510 <__d_vfprintf+0xb14>
   11522:	409404b3          	sub	s1,s0,s1
   11526:	01748433          	add	s0,s1,s7
   1152a:	84de                	mv	s1,s7
   1152c:	020c0363          	beqz	s8,11552 <__d_vfprintf+0xb56>
   11530:	4582                	lw	a1,0(sp)
   11532:	03000513          	li	a0,48
   11536:	9a02                	jalr	s4
   11538:	d0054163          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1153c:	04090d63          	beqz	s2,11596 <__d_vfprintf+0xb9a>
   11540:	4582                	lw	a1,0(sp)
   11542:	0409                	add	s0,s0,2
   11544:	854a                	mv	a0,s2
   11546:	9a02                	jalr	s4
   11548:	ce054963          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   1154c:	8c22                	mv	s8,s0
   1154e:	9d22                	add	s10,s10,s0
   11550:	a81d                	j	11586 <__d_vfprintf+0xb8a>
   11552:	4069f793          	and	a5,s3,1030
   11556:	dbfd                	beqz	a5,1154c <__d_vfprintf+0xb50>
   11558:	0029f793          	and	a5,s3,2
   1155c:	02000513          	li	a0,32
   11560:	c399                	beqz	a5,11566 <__d_vfprintf+0xb6a>
   11562:	02b00513          	li	a0,43
   11566:	4009f993          	and	s3,s3,1024
   1156a:	00098463          	beqz	s3,11572 <__d_vfprintf+0xb76>
   1156e:	02d00513          	li	a0,45
   11572:	4582                	lw	a1,0(sp)
   11574:	0405                	add	s0,s0,1
   11576:	bfc1                	j	11546 <__d_vfprintf+0xb4a>
   11578:	4582                	lw	a1,0(sp)
   1157a:	03000513          	li	a0,48
   1157e:	0c05                	add	s8,s8,1
   11580:	9a02                	jalr	s4
   11582:	ca054c63          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   11586:	418d07b3          	sub	a5,s10,s8
   1158a:	fefac7e3          	blt	s5,a5,11578 <__d_vfprintf+0xb7c>
   1158e:	8456                	mv	s0,s5
   11590:	e409                	bnez	s0,1159a <__d_vfprintf+0xb9e>
   11592:	9c56                	add	s8,s8,s5
   11594:	b32d                	j	112be <__d_vfprintf+0x8c2>
   11596:	0405                	add	s0,s0,1
   11598:	bf55                	j	1154c <__d_vfprintf+0xb50>
   1159a:	147d                	add	s0,s0,-1
   1159c:	103c                	add	a5,sp,40
   1159e:	97a2                	add	a5,a5,s0
   115a0:	4582                	lw	a1,0(sp)
   115a2:	0007c503          	lbu	a0,0(a5)
   115a6:	9a02                	jalr	s4
   115a8:	fe0554e3          	bgez	a0,11590 <__d_vfprintf+0xb94>
   115ac:	c8eff06f          	j	10a3a <__d_vfprintf+0x3e>
   115b0:	4582                	lw	a1,0(sp)
   115b2:	02000513          	li	a0,32
   115b6:	0405                	add	s0,s0,1
   115b8:	9a02                	jalr	s4
   115ba:	c8054063          	bltz	a0,10a3a <__d_vfprintf+0x3e>
   115be:	408487b3          	sub	a5,s1,s0
   115c2:	fef047e3          	bgtz	a5,115b0 <__d_vfprintf+0xbb4>
   115c6:	b5ed                	j	114b0 <__d_vfprintf+0xab4>

000115c8 <mulShiftAll64>:
   115c8:	0e4012ef          	jal	t0,126ac <__riscv_save_10>
   115cc:	84b2                	mv	s1,a2
   115ce:	00159913          	sll	s2,a1,0x1
   115d2:	4210                	lw	a2,0(a2)
   115d4:	8ab6                	mv	s5,a3
   115d6:	89be                	mv	s3,a5
   115d8:	40d4                	lw	a3,4(s1)
   115da:	01f55793          	srl	a5,a0,0x1f
   115de:	1141                	add	sp,sp,-16
   115e0:	0127e933          	or	s2,a5,s2
   115e4:	00151413          	sll	s0,a0,0x1
   115e8:	8522                	mv	a0,s0
   115ea:	85ca                	mv	a1,s2
   115ec:	8bba                	mv	s7,a4
   115ee:	870a                	mv	a4,sp
   115f0:	8b42                	mv	s6,a6
   115f2:	0ed000ef          	jal	11ede <__umul128>
   115f6:	44d4                	lw	a3,12(s1)
   115f8:	4490                	lw	a2,8(s1)
   115fa:	0038                	add	a4,sp,8
   115fc:	8caa                	mv	s9,a0
   115fe:	8c2e                	mv	s8,a1
   11600:	8522                	mv	a0,s0
   11602:	85ca                	mv	a1,s2
   11604:	0db000ef          	jal	11ede <__umul128>
   11608:	4682                	lw	a3,0(sp)
   1160a:	4712                	lw	a4,4(sp)
   1160c:	4785                	li	a5,1
   1160e:	00d50933          	add	s2,a0,a3
   11612:	00a93533          	sltu	a0,s2,a0
   11616:	95ba                	add	a1,a1,a4
   11618:	00b50433          	add	s0,a0,a1
   1161c:	00e46763          	bltu	s0,a4,1162a <mulShiftAll64+0x62>
   11620:	00871463          	bne	a4,s0,11628 <mulShiftAll64+0x60>
   11624:	00d96363          	bltu	s2,a3,1162a <mulShiftAll64+0x62>
   11628:	4781                	li	a5,0
   1162a:	4622                	lw	a2,8(sp)
   1162c:	4732                	lw	a4,12(sp)
   1162e:	963e                	add	a2,a2,a5
   11630:	00f637b3          	sltu	a5,a2,a5
   11634:	00e786b3          	add	a3,a5,a4
   11638:	4098                	lw	a4,0(s1)
   1163a:	40dc                	lw	a5,4(s1)
   1163c:	c432                	sw	a2,8(sp)
   1163e:	9766                	add	a4,a4,s9
   11640:	97e2                	add	a5,a5,s8
   11642:	019735b3          	sltu	a1,a4,s9
   11646:	95be                	add	a1,a1,a5
   11648:	c636                	sw	a3,12(sp)
   1164a:	4785                	li	a5,1
   1164c:	0185e763          	bltu	a1,s8,1165a <mulShiftAll64+0x92>
   11650:	00bc1463          	bne	s8,a1,11658 <mulShiftAll64+0x90>
   11654:	01976363          	bltu	a4,s9,1165a <mulShiftAll64+0x92>
   11658:	4781                	li	a5,0
   1165a:	4498                	lw	a4,8(s1)
   1165c:	44c8                	lw	a0,12(s1)
   1165e:	fbfa8a13          	add	s4,s5,-65
   11662:	974a                	add	a4,a4,s2
   11664:	9522                	add	a0,a0,s0
   11666:	012735b3          	sltu	a1,a4,s2
   1166a:	95aa                	add	a1,a1,a0
   1166c:	00e78533          	add	a0,a5,a4
   11670:	00f537b3          	sltu	a5,a0,a5
   11674:	95be                	add	a1,a1,a5
   11676:	4785                	li	a5,1
   11678:	0085e763          	bltu	a1,s0,11686 <mulShiftAll64+0xbe>
   1167c:	00b41463          	bne	s0,a1,11684 <mulShiftAll64+0xbc>
   11680:	01256363          	bltu	a0,s2,11686 <mulShiftAll64+0xbe>
   11684:	4781                	li	a5,0
   11686:	963e                	add	a2,a2,a5
   11688:	00f637b3          	sltu	a5,a2,a5
   1168c:	8752                	mv	a4,s4
   1168e:	96be                	add	a3,a3,a5
   11690:	09b000ef          	jal	11f2a <__shiftright128>
   11694:	00aba023          	sw	a0,0(s7)
   11698:	00bba223          	sw	a1,4(s7)
   1169c:	4785                	li	a5,1
   1169e:	48a2                	lw	a7,8(sp)
   116a0:	4832                	lw	a6,12(sp)
   116a2:	40cc                	lw	a1,4(s1)
   116a4:	4488                	lw	a0,8(s1)
   116a6:	44d8                	lw	a4,12(s1)
   116a8:	06fb1763          	bne	s6,a5,11716 <mulShiftAll64+0x14e>
   116ac:	40a906b3          	sub	a3,s2,a0
   116b0:	00d93633          	sltu	a2,s2,a3
   116b4:	40e407b3          	sub	a5,s0,a4
   116b8:	8f91                	sub	a5,a5,a2
   116ba:	4505                	li	a0,1
   116bc:	00bc6863          	bltu	s8,a1,116cc <mulShiftAll64+0x104>
   116c0:	01859563          	bne	a1,s8,116ca <mulShiftAll64+0x102>
   116c4:	4098                	lw	a4,0(s1)
   116c6:	00ece363          	bltu	s9,a4,116cc <mulShiftAll64+0x104>
   116ca:	4501                	li	a0,0
   116cc:	40a68533          	sub	a0,a3,a0
   116d0:	00a6b6b3          	sltu	a3,a3,a0
   116d4:	40d785b3          	sub	a1,a5,a3
   116d8:	4605                	li	a2,1
   116da:	00b46763          	bltu	s0,a1,116e8 <mulShiftAll64+0x120>
   116de:	00859463          	bne	a1,s0,116e6 <mulShiftAll64+0x11e>
   116e2:	00a96363          	bltu	s2,a0,116e8 <mulShiftAll64+0x120>
   116e6:	4601                	li	a2,0
   116e8:	40c88633          	sub	a2,a7,a2
   116ec:	00c8b6b3          	sltu	a3,a7,a2
   116f0:	8752                	mv	a4,s4
   116f2:	40d806b3          	sub	a3,a6,a3
   116f6:	035000ef          	jal	11f2a <__shiftright128>
   116fa:	4622                	lw	a2,8(sp)
   116fc:	46b2                	lw	a3,12(sp)
   116fe:	00a9a023          	sw	a0,0(s3)
   11702:	00b9a223          	sw	a1,4(s3)
   11706:	8752                	mv	a4,s4
   11708:	854a                	mv	a0,s2
   1170a:	85a2                	mv	a1,s0
   1170c:	01f000ef          	jal	11f2a <__shiftright128>
   11710:	0141                	add	sp,sp,16
   11712:	7d30006f          	j	126e4 <__riscv_restore_10>
   11716:	01fcd793          	srl	a5,s9,0x1f
   1171a:	001c1613          	sll	a2,s8,0x1
   1171e:	8e5d                	or	a2,a2,a5
   11720:	01f95693          	srl	a3,s2,0x1f
   11724:	00141793          	sll	a5,s0,0x1
   11728:	001c9e93          	sll	t4,s9,0x1
   1172c:	8fd5                	or	a5,a5,a3
   1172e:	00191313          	sll	t1,s2,0x1
   11732:	4e05                	li	t3,1
   11734:	01866763          	bltu	a2,s8,11742 <mulShiftAll64+0x17a>
   11738:	00cc1463          	bne	s8,a2,11740 <mulShiftAll64+0x178>
   1173c:	019ee363          	bltu	t4,s9,11742 <mulShiftAll64+0x17a>
   11740:	4e01                	li	t3,0
   11742:	9e1a                	add	t3,t3,t1
   11744:	006e3333          	sltu	t1,t3,t1
   11748:	933e                	add	t1,t1,a5
   1174a:	4785                	li	a5,1
   1174c:	00b66863          	bltu	a2,a1,1175c <mulShiftAll64+0x194>
   11750:	00c59563          	bne	a1,a2,1175a <mulShiftAll64+0x192>
   11754:	4094                	lw	a3,0(s1)
   11756:	00dee363          	bltu	t4,a3,1175c <mulShiftAll64+0x194>
   1175a:	4781                	li	a5,0
   1175c:	40fe07b3          	sub	a5,t3,a5
   11760:	00fe35b3          	sltu	a1,t3,a5
   11764:	40b305b3          	sub	a1,t1,a1
   11768:	40a78533          	sub	a0,a5,a0
   1176c:	00a7b7b3          	sltu	a5,a5,a0
   11770:	8d99                	sub	a1,a1,a4
   11772:	01f8d693          	srl	a3,a7,0x1f
   11776:	8d9d                	sub	a1,a1,a5
   11778:	00181793          	sll	a5,a6,0x1
   1177c:	8fd5                	or	a5,a5,a3
   1177e:	fc0a8713          	add	a4,s5,-64
   11782:	0886                	sll	a7,a7,0x1
   11784:	4685                	li	a3,1
   11786:	00836763          	bltu	t1,s0,11794 <mulShiftAll64+0x1cc>
   1178a:	00641463          	bne	s0,t1,11792 <mulShiftAll64+0x1ca>
   1178e:	012e6363          	bltu	t3,s2,11794 <mulShiftAll64+0x1cc>
   11792:	4681                	li	a3,0
   11794:	96c6                	add	a3,a3,a7
   11796:	0116b8b3          	sltu	a7,a3,a7
   1179a:	98be                	add	a7,a7,a5
   1179c:	4605                	li	a2,1
   1179e:	00b36763          	bltu	t1,a1,117ac <mulShiftAll64+0x1e4>
   117a2:	00659463          	bne	a1,t1,117aa <mulShiftAll64+0x1e2>
   117a6:	00ae6363          	bltu	t3,a0,117ac <mulShiftAll64+0x1e4>
   117aa:	4601                	li	a2,0
   117ac:	40c68633          	sub	a2,a3,a2
   117b0:	00c6b6b3          	sltu	a3,a3,a2
   117b4:	40d886b3          	sub	a3,a7,a3
   117b8:	bf3d                	j	116f6 <mulShiftAll64+0x12e>

000117ba <div10>:
   117ba:	71b002ef          	jal	t0,126d4 <__riscv_save_0>
   117be:	67cd                	lui	a5,0x13
   117c0:	6087a603          	lw	a2,1544(a5) # 13608 <stdout+0x4>
   117c4:	60c7a683          	lw	a3,1548(a5)
   117c8:	1141                	add	sp,sp,-16
   117ca:	0038                	add	a4,sp,8
   117cc:	712000ef          	jal	11ede <__umul128>
   117d0:	45b2                	lw	a1,12(sp)
   117d2:	47a2                	lw	a5,8(sp)
   117d4:	01d59513          	sll	a0,a1,0x1d
   117d8:	838d                	srl	a5,a5,0x3
   117da:	8d5d                	or	a0,a0,a5
   117dc:	818d                	srl	a1,a1,0x3
   117de:	0141                	add	sp,sp,16
   117e0:	7190006f          	j	126f8 <__riscv_restore_0>

000117e4 <__dtoa_engine>:
   117e4:	6c1002ef          	jal	t0,126a4 <__riscv_save_12>
   117e8:	715d                	add	sp,sp,-80
   117ea:	8bb6                	mv	s7,a3
   117ec:	001006b7          	lui	a3,0x100
   117f0:	c43a                	sw	a4,8(sp)
   117f2:	c63e                	sw	a5,12(sp)
   117f4:	01f5d713          	srl	a4,a1,0x1f
   117f8:	fff68d93          	add	s11,a3,-1 # fffff <sieve_bits+0x1ffdb>
   117fc:	0145d793          	srl	a5,a1,0x14
   11800:	00bdfdb3          	and	s11,s11,a1
   11804:	c03a                	sw	a4,0(sp)
   11806:	7ff7f413          	and	s0,a5,2047
   1180a:	84aa                	mv	s1,a0
   1180c:	8ab2                	mv	s5,a2
   1180e:	00ade733          	or	a4,s11,a0
   11812:	e405                	bnez	s0,1183a <__dtoa_engine+0x56>
   11814:	e331                	bnez	a4,11858 <__dtoa_engine+0x74>
   11816:	03000793          	li	a5,48
   1181a:	00f602a3          	sb	a5,5(a2)
   1181e:	4782                	lw	a5,0(sp)
   11820:	00060323          	sb	zero,6(a2)
   11824:	00062023          	sw	zero,0(a2)
   11828:	0027e993          	or	s3,a5,2
   1182c:	01360223          	sb	s3,4(a2)
   11830:	4405                	li	s0,1
   11832:	8522                	mv	a0,s0
   11834:	6161                	add	sp,sp,80
   11836:	6ab0006f          	j	126e0 <__riscv_restore_12>
   1183a:	7ff00613          	li	a2,2047
   1183e:	0ac41163          	bne	s0,a2,118e0 <__dtoa_engine+0xfc>
   11842:	4782                	lw	a5,0(sp)
   11844:	0047e793          	or	a5,a5,4
   11848:	c701                	beqz	a4,11850 <__dtoa_engine+0x6c>
   1184a:	4782                	lw	a5,0(sp)
   1184c:	0087e793          	or	a5,a5,8
   11850:	00fa8223          	sb	a5,4(s5)
   11854:	4401                	li	s0,0
   11856:	bff1                	j	11832 <__dtoa_engine+0x4e>
   11858:	00157793          	and	a5,a0,1
   1185c:	c23e                	sw	a5,4(sp)
   1185e:	002d9993          	sll	s3,s11,0x2
   11862:	01e55793          	srl	a5,a0,0x1e
   11866:	0137e9b3          	or	s3,a5,s3
   1186a:	00251c13          	sll	s8,a0,0x2
   1186e:	892a                	mv	s2,a0
   11870:	bcc00413          	li	s0,-1076
   11874:	4805                	li	a6,1
   11876:	4d05                	li	s10,1
   11878:	408004b3          	neg	s1,s0
   1187c:	8526                	mv	a0,s1
   1187e:	ca42                	sw	a6,20(sp)
   11880:	2d35                	jal	11ebc <__log10Pow5>
   11882:	fff42793          	slti	a5,s0,-1
   11886:	40f50b33          	sub	s6,a0,a5
   1188a:	416484b3          	sub	s1,s1,s6
   1188e:	8526                	mv	a0,s1
   11890:	2d35                	jal	11ecc <__pow5bits>
   11892:	f8350693          	add	a3,a0,-125
   11896:	40db06b3          	sub	a3,s6,a3
   1189a:	8526                	mv	a0,s1
   1189c:	008c                	add	a1,sp,64
   1189e:	c836                	sw	a3,16(sp)
   118a0:	2921                	jal	11cb8 <__double_computePow5>
   118a2:	4852                	lw	a6,20(sp)
   118a4:	46c2                	lw	a3,16(sp)
   118a6:	181c                	add	a5,sp,48
   118a8:	1038                	add	a4,sp,40
   118aa:	0090                	add	a2,sp,64
   118ac:	854a                	mv	a0,s2
   118ae:	85ee                	mv	a1,s11
   118b0:	3b21                	jal	115c8 <mulShiftAll64>
   118b2:	4785                	li	a5,1
   118b4:	008b0a33          	add	s4,s6,s0
   118b8:	84ae                	mv	s1,a1
   118ba:	842a                	mv	s0,a0
   118bc:	1367e563          	bltu	a5,s6,119e6 <__dtoa_engine+0x202>
   118c0:	4792                	lw	a5,4(sp)
   118c2:	4985                	li	s3,1
   118c4:	0e078863          	beqz	a5,119b4 <__dtoa_engine+0x1d0>
   118c8:	57a2                	lw	a5,40(sp)
   118ca:	5732                	lw	a4,44(sp)
   118cc:	4985                	li	s3,1
   118ce:	fff78693          	add	a3,a5,-1
   118d2:	0017b793          	seqz	a5,a5
   118d6:	40f707b3          	sub	a5,a4,a5
   118da:	d436                	sw	a3,40(sp)
   118dc:	d63e                	sw	a5,44(sp)
   118de:	a075                	j	1198a <__dtoa_engine+0x1a6>
   118e0:	01b6edb3          	or	s11,a3,s11
   118e4:	00157693          	and	a3,a0,1
   118e8:	c236                	sw	a3,4(sp)
   118ea:	002d9993          	sll	s3,s11,0x2
   118ee:	01e55693          	srl	a3,a0,0x1e
   118f2:	bcb40413          	add	s0,s0,-1077
   118f6:	892a                	mv	s2,a0
   118f8:	0136e9b3          	or	s3,a3,s3
   118fc:	00251c13          	sll	s8,a0,0x2
   11900:	4d05                	li	s10,1
   11902:	e709                	bnez	a4,1190c <__dtoa_engine+0x128>
   11904:	7fe7f793          	and	a5,a5,2046
   11908:	0017bd13          	seqz	s10,a5
   1190c:	886a                	mv	a6,s10
   1190e:	f60445e3          	bltz	s0,11878 <__dtoa_engine+0x94>
   11912:	8522                	mv	a0,s0
   11914:	2b69                	jal	11eae <__log10Pow2>
   11916:	00442793          	slti	a5,s0,4
   1191a:	0017c793          	xor	a5,a5,1
   1191e:	40f50a33          	sub	s4,a0,a5
   11922:	8552                	mv	a0,s4
   11924:	2365                	jal	11ecc <__pow5bits>
   11926:	07c50693          	add	a3,a0,124
   1192a:	408a0433          	sub	s0,s4,s0
   1192e:	96a2                	add	a3,a3,s0
   11930:	008c                	add	a1,sp,64
   11932:	8552                	mv	a0,s4
   11934:	c836                	sw	a3,16(sp)
   11936:	29b5                	jal	11db2 <__double_computeInvPow5>
   11938:	46c2                	lw	a3,16(sp)
   1193a:	181c                	add	a5,sp,48
   1193c:	8526                	mv	a0,s1
   1193e:	886a                	mv	a6,s10
   11940:	1038                	add	a4,sp,40
   11942:	0090                	add	a2,sp,64
   11944:	85ee                	mv	a1,s11
   11946:	3149                	jal	115c8 <mulShiftAll64>
   11948:	47d5                	li	a5,21
   1194a:	842a                	mv	s0,a0
   1194c:	84ae                	mv	s1,a1
   1194e:	0947ea63          	bltu	a5,s4,119e2 <__dtoa_engine+0x1fe>
   11952:	67cd                	lui	a5,0x13
   11954:	60c7a683          	lw	a3,1548(a5) # 1360c <stdout+0x8>
   11958:	6087a603          	lw	a2,1544(a5)
   1195c:	1838                	add	a4,sp,56
   1195e:	8562                	mv	a0,s8
   11960:	85ce                	mv	a1,s3
   11962:	2bb5                	jal	11ede <__umul128>
   11964:	57e2                	lw	a5,56(sp)
   11966:	56f2                	lw	a3,60(sp)
   11968:	5da2                	lw	s11,40(sp)
   1196a:	8389                	srl	a5,a5,0x2
   1196c:	06fa                	sll	a3,a3,0x1e
   1196e:	8fd5                	or	a5,a5,a3
   11970:	4695                	li	a3,5
   11972:	02f687b3          	mul	a5,a3,a5
   11976:	5932                	lw	s2,44(sp)
   11978:	01879b63          	bne	a5,s8,1198e <__dtoa_engine+0x1aa>
   1197c:	85ce                	mv	a1,s3
   1197e:	8562                	mv	a0,s8
   11980:	2ced                	jal	11c7a <__pow5Factor>
   11982:	01453733          	sltu	a4,a0,s4
   11986:	00174993          	xor	s3,a4,1
   1198a:	4d01                	li	s10,0
   1198c:	a025                	j	119b4 <__dtoa_engine+0x1d0>
   1198e:	4792                	lw	a5,4(sp)
   11990:	e79d                	bnez	a5,119be <__dtoa_engine+0x1da>
   11992:	fffc0793          	add	a5,s8,-1
   11996:	41a78533          	sub	a0,a5,s10
   1199a:	001c3593          	seqz	a1,s8
   1199e:	00a7b7b3          	sltu	a5,a5,a0
   119a2:	40b985b3          	sub	a1,s3,a1
   119a6:	8d9d                	sub	a1,a1,a5
   119a8:	2cc9                	jal	11c7a <__pow5Factor>
   119aa:	01453933          	sltu	s2,a0,s4
   119ae:	00194d13          	xor	s10,s2,1
   119b2:	4981                	li	s3,0
   119b4:	47a2                	lw	a5,8(sp)
   119b6:	0e079f63          	bnez	a5,11ab4 <__dtoa_engine+0x2d0>
   119ba:	8b5e                	mv	s6,s7
   119bc:	a049                	j	11a3e <__dtoa_engine+0x25a>
   119be:	002c0513          	add	a0,s8,2
   119c2:	018535b3          	sltu	a1,a0,s8
   119c6:	95ce                	add	a1,a1,s3
   119c8:	2c4d                	jal	11c7a <__pow5Factor>
   119ca:	01453533          	sltu	a0,a0,s4
   119ce:	00154513          	xor	a0,a0,1
   119d2:	40ad8533          	sub	a0,s11,a0
   119d6:	00adbdb3          	sltu	s11,s11,a0
   119da:	41b90733          	sub	a4,s2,s11
   119de:	d42a                	sw	a0,40(sp)
   119e0:	d63a                	sw	a4,44(sp)
   119e2:	4981                	li	s3,0
   119e4:	b75d                	j	1198a <__dtoa_engine+0x1a6>
   119e6:	03e00793          	li	a5,62
   119ea:	ff67ece3          	bltu	a5,s6,119e2 <__dtoa_engine+0x1fe>
   119ee:	865a                	mv	a2,s6
   119f0:	557d                	li	a0,-1
   119f2:	55fd                	li	a1,-1
   119f4:	2be1                	jal	11fcc <__ashldi3>
   119f6:	fff54513          	not	a0,a0
   119fa:	fff5c593          	not	a1,a1
   119fe:	0135f5b3          	and	a1,a1,s3
   11a02:	01857533          	and	a0,a0,s8
   11a06:	00b56733          	or	a4,a0,a1
   11a0a:	00173993          	seqz	s3,a4
   11a0e:	bfb5                	j	1198a <__dtoa_engine+0x1a6>
   11a10:	02d50833          	mul	a6,a0,a3
   11a14:	0785                	add	a5,a5,1
   11a16:	02b536b3          	mulhu	a3,a0,a1
   11a1a:	02b505b3          	mul	a1,a0,a1
   11a1e:	96c2                	add	a3,a3,a6
   11a20:	00d4e663          	bltu	s1,a3,11a2c <__dtoa_engine+0x248>
   11a24:	fe9696e3          	bne	a3,s1,11a10 <__dtoa_engine+0x22c>
   11a28:	feb474e3          	bgeu	s0,a1,11a10 <__dtoa_engine+0x22c>
   11a2c:	4732                	lw	a4,12(sp)
   11a2e:	97d2                	add	a5,a5,s4
   11a30:	97ba                	add	a5,a5,a4
   11a32:	00f04363          	bgtz	a5,11a38 <__dtoa_engine+0x254>
   11a36:	4785                	li	a5,1
   11a38:	8b3e                	mv	s6,a5
   11a3a:	f8fbc0e3          	blt	s7,a5,119ba <__dtoa_engine+0x1d6>
   11a3e:	4c81                	li	s9,0
   11a40:	4901                	li	s2,0
   11a42:	4c01                	li	s8,0
   11a44:	5522                	lw	a0,40(sp)
   11a46:	55b2                	lw	a1,44(sp)
   11a48:	3b8d                	jal	117ba <div10>
   11a4a:	57c2                	lw	a5,48(sp)
   11a4c:	8dae                	mv	s11,a1
   11a4e:	55d2                	lw	a1,52(sp)
   11a50:	c82a                	sw	a0,16(sp)
   11a52:	853e                	mv	a0,a5
   11a54:	ca3e                	sw	a5,20(sp)
   11a56:	3395                	jal	117ba <div10>
   11a58:	832a                	mv	t1,a0
   11a5a:	88ae                	mv	a7,a1
   11a5c:	4ea9                	li	t4,10
   11a5e:	01b5e763          	bltu	a1,s11,11a6c <__dtoa_engine+0x288>
   11a62:	08bd9563          	bne	s11,a1,11aec <__dtoa_engine+0x308>
   11a66:	47c2                	lw	a5,16(sp)
   11a68:	08f57263          	bgeu	a0,a5,11aec <__dtoa_engine+0x308>
   11a6c:	8522                	mv	a0,s0
   11a6e:	85a6                	mv	a1,s1
   11a70:	ce46                	sw	a7,28(sp)
   11a72:	cc1a                	sw	t1,24(sp)
   11a74:	3399                	jal	117ba <div10>
   11a76:	4362                	lw	t1,24(sp)
   11a78:	4ea9                	li	t4,10
   11a7a:	001cb693          	seqz	a3,s9
   11a7e:	026e8833          	mul	a6,t4,t1
   11a82:	00d9f9b3          	and	s3,s3,a3
   11a86:	47d2                	lw	a5,20(sp)
   11a88:	48f2                	lw	a7,28(sp)
   11a8a:	d66e                	sw	s11,44(sp)
   11a8c:	d81a                	sw	t1,48(sp)
   11a8e:	da46                	sw	a7,52(sp)
   11a90:	0905                	add	s2,s2,1
   11a92:	84ae                	mv	s1,a1
   11a94:	02ae86b3          	mul	a3,t4,a0
   11a98:	40f80833          	sub	a6,a6,a5
   11a9c:	47c2                	lw	a5,16(sp)
   11a9e:	00183813          	seqz	a6,a6
   11aa2:	010d7d33          	and	s10,s10,a6
   11aa6:	d43e                	sw	a5,40(sp)
   11aa8:	40d406b3          	sub	a3,s0,a3
   11aac:	0ff6fc93          	zext.b	s9,a3
   11ab0:	842a                	mv	s0,a0
   11ab2:	bf49                	j	11a44 <__dtoa_engine+0x260>
   11ab4:	45a9                	li	a1,10
   11ab6:	4681                	li	a3,0
   11ab8:	4785                	li	a5,1
   11aba:	4529                	li	a0,10
   11abc:	b795                	j	11a20 <__dtoa_engine+0x23c>
   11abe:	030e8f33          	mul	t5,t4,a6
   11ac2:	0505                	add	a0,a0,1
   11ac4:	02beb833          	mulhu	a6,t4,a1
   11ac8:	02be85b3          	mul	a1,t4,a1
   11acc:	987a                	add	a6,a6,t5
   11ace:	0104e663          	bltu	s1,a6,11ada <__dtoa_engine+0x2f6>
   11ad2:	fe9816e3          	bne	a6,s1,11abe <__dtoa_engine+0x2da>
   11ad6:	feb474e3          	bgeu	s0,a1,11abe <__dtoa_engine+0x2da>
   11ada:	00ab5d63          	bge	s6,a0,11af4 <__dtoa_engine+0x310>
   11ade:	000b1563          	bnez	s6,11ae8 <__dtoa_engine+0x304>
   11ae2:	009465b3          	or	a1,s0,s1
   11ae6:	c599                	beqz	a1,11af4 <__dtoa_engine+0x310>
   11ae8:	4c05                	li	s8,1
   11aea:	b749                	j	11a6c <__dtoa_engine+0x288>
   11aec:	45a9                	li	a1,10
   11aee:	4801                	li	a6,0
   11af0:	4505                	li	a0,1
   11af2:	bff1                	j	11ace <__dtoa_engine+0x2ea>
   11af4:	040d0e63          	beqz	s10,11b50 <__dtoa_engine+0x36c>
   11af8:	4da9                	li	s11,10
   11afa:	5342                	lw	t1,48(sp)
   11afc:	55d2                	lw	a1,52(sp)
   11afe:	851a                	mv	a0,t1
   11b00:	c81a                	sw	t1,16(sp)
   11b02:	3965                	jal	117ba <div10>
   11b04:	ce2e                	sw	a1,28(sp)
   11b06:	02ad85b3          	mul	a1,s11,a0
   11b0a:	4342                	lw	t1,16(sp)
   11b0c:	882a                	mv	a6,a0
   11b0e:	cc42                	sw	a6,24(sp)
   11b10:	04659063          	bne	a1,t1,11b50 <__dtoa_engine+0x36c>
   11b14:	5522                	lw	a0,40(sp)
   11b16:	55b2                	lw	a1,44(sp)
   11b18:	0905                	add	s2,s2,1
   11b1a:	3145                	jal	117ba <div10>
   11b1c:	ca2a                	sw	a0,20(sp)
   11b1e:	c82e                	sw	a1,16(sp)
   11b20:	8522                	mv	a0,s0
   11b22:	85a6                	mv	a1,s1
   11b24:	3959                	jal	117ba <div10>
   11b26:	001cb693          	seqz	a3,s9
   11b2a:	00d9f9b3          	and	s3,s3,a3
   11b2e:	02ad86b3          	mul	a3,s11,a0
   11b32:	4e52                	lw	t3,20(sp)
   11b34:	4342                	lw	t1,16(sp)
   11b36:	4862                	lw	a6,24(sp)
   11b38:	48f2                	lw	a7,28(sp)
   11b3a:	d472                	sw	t3,40(sp)
   11b3c:	d61a                	sw	t1,44(sp)
   11b3e:	d842                	sw	a6,48(sp)
   11b40:	da46                	sw	a7,52(sp)
   11b42:	84ae                	mv	s1,a1
   11b44:	40d406b3          	sub	a3,s0,a3
   11b48:	0ff6fc93          	zext.b	s9,a3
   11b4c:	842a                	mv	s0,a0
   11b4e:	b775                	j	11afa <__dtoa_engine+0x316>
   11b50:	9952                	add	s2,s2,s4
   11b52:	0c098563          	beqz	s3,11c1c <__dtoa_engine+0x438>
   11b56:	4715                	li	a4,5
   11b58:	0cec9263          	bne	s9,a4,11c1c <__dtoa_engine+0x438>
   11b5c:	00147713          	and	a4,s0,1
   11b60:	e35d                	bnez	a4,11c06 <__dtoa_engine+0x422>
   11b62:	000c1963          	bnez	s8,11b74 <__dtoa_engine+0x390>
   11b66:	5742                	lw	a4,48(sp)
   11b68:	00871563          	bne	a4,s0,11b72 <__dtoa_engine+0x38e>
   11b6c:	5752                	lw	a4,52(sp)
   11b6e:	0c970963          	beq	a4,s1,11c40 <__dtoa_engine+0x45c>
   11b72:	4701                	li	a4,0
   11b74:	943a                	add	s0,s0,a4
   11b76:	00e435b3          	sltu	a1,s0,a4
   11b7a:	95a6                	add	a1,a1,s1
   11b7c:	8a2e                	mv	s4,a1
   11b7e:	84a2                	mv	s1,s0
   11b80:	4629                	li	a2,10
   11b82:	4681                	li	a3,0
   11b84:	4c05                	li	s8,1
   11b86:	4529                	li	a0,10
   11b88:	00d5e663          	bltu	a1,a3,11b94 <__dtoa_engine+0x3b0>
   11b8c:	0ab69c63          	bne	a3,a1,11c44 <__dtoa_engine+0x460>
   11b90:	0ac47a63          	bgeu	s0,a2,11c44 <__dtoa_engine+0x460>
   11b94:	cf15                	beqz	a4,11bd0 <__dtoa_engine+0x3ec>
   11b96:	038b5d63          	bge	s6,s8,11bd0 <__dtoa_engine+0x3ec>
   11b9a:	47a2                	lw	a5,8(sp)
   11b9c:	cf91                	beqz	a5,11bb8 <__dtoa_engine+0x3d4>
   11b9e:	4732                	lw	a4,12(sp)
   11ba0:	012c07b3          	add	a5,s8,s2
   11ba4:	00f70b33          	add	s6,a4,a5
   11ba8:	000b5363          	bgez	s6,11bae <__dtoa_engine+0x3ca>
   11bac:	4b01                	li	s6,0
   11bae:	016bd363          	bge	s7,s6,11bb4 <__dtoa_engine+0x3d0>
   11bb2:	8b5e                	mv	s6,s7
   11bb4:	018b5e63          	bge	s6,s8,11bd0 <__dtoa_engine+0x3ec>
   11bb8:	00540513          	add	a0,s0,5
   11bbc:	00853433          	sltu	s0,a0,s0
   11bc0:	4629                	li	a2,10
   11bc2:	4681                	li	a3,0
   11bc4:	95a2                	add	a1,a1,s0
   11bc6:	29a1                	jal	1201e <__udivdi3>
   11bc8:	84aa                	mv	s1,a0
   11bca:	8a2e                	mv	s4,a1
   11bcc:	0905                	add	s2,s2,1
   11bce:	1c7d                	add	s8,s8,-1
   11bd0:	87da                	mv	a5,s6
   11bd2:	016c5363          	bge	s8,s6,11bd8 <__dtoa_engine+0x3f4>
   11bd6:	87e2                	mv	a5,s8
   11bd8:	01079413          	sll	s0,a5,0x10
   11bdc:	0942                	sll	s2,s2,0x10
   11bde:	8441                	sra	s0,s0,0x10
   11be0:	41095913          	sra	s2,s2,0x10
   11be4:	9922                	add	s2,s2,s0
   11be6:	008a8b33          	add	s6,s5,s0
   11bea:	197d                	add	s2,s2,-1
   11bec:	4b81                	li	s7,0
   11bee:	8c5a                	mv	s8,s6
   11bf0:	1b7d                	add	s6,s6,-1
   11bf2:	068bc263          	blt	s7,s0,11c56 <__dtoa_engine+0x472>
   11bf6:	4782                	lw	a5,0(sp)
   11bf8:	000c02a3          	sb	zero,5(s8)
   11bfc:	012aa023          	sw	s2,0(s5)
   11c00:	00fa8223          	sb	a5,4(s5)
   11c04:	b13d                	j	11832 <__dtoa_engine+0x4e>
   11c06:	4705                	li	a4,1
   11c08:	f60c16e3          	bnez	s8,11b74 <__dtoa_engine+0x390>
   11c0c:	5742                	lw	a4,48(sp)
   11c0e:	00871563          	bne	a4,s0,11c18 <__dtoa_engine+0x434>
   11c12:	5752                	lw	a4,52(sp)
   11c14:	00970c63          	beq	a4,s1,11c2c <__dtoa_engine+0x448>
   11c18:	4705                	li	a4,1
   11c1a:	bfa9                	j	11b74 <__dtoa_engine+0x390>
   11c1c:	000c1d63          	bnez	s8,11c36 <__dtoa_engine+0x452>
   11c20:	5742                	lw	a4,48(sp)
   11c22:	00871a63          	bne	a4,s0,11c36 <__dtoa_engine+0x452>
   11c26:	5752                	lw	a4,52(sp)
   11c28:	00971763          	bne	a4,s1,11c36 <__dtoa_engine+0x452>
   11c2c:	4792                	lw	a5,4(sp)
   11c2e:	4705                	li	a4,1
   11c30:	f3b1                	bnez	a5,11b74 <__dtoa_engine+0x390>
   11c32:	f40d01e3          	beqz	s10,11b74 <__dtoa_engine+0x390>
   11c36:	005cb693          	sltiu	a3,s9,5
   11c3a:	0016c713          	xor	a4,a3,1
   11c3e:	bf1d                	j	11b74 <__dtoa_engine+0x390>
   11c40:	4c91                	li	s9,4
   11c42:	b7ed                	j	11c2c <__dtoa_engine+0x448>
   11c44:	02d50833          	mul	a6,a0,a3
   11c48:	0c05                	add	s8,s8,1
   11c4a:	02c536b3          	mulhu	a3,a0,a2
   11c4e:	02c50633          	mul	a2,a0,a2
   11c52:	96c2                	add	a3,a3,a6
   11c54:	bf15                	j	11b88 <__dtoa_engine+0x3a4>
   11c56:	4629                	li	a2,10
   11c58:	4681                	li	a3,0
   11c5a:	8526                	mv	a0,s1
   11c5c:	85d2                	mv	a1,s4
   11c5e:	2f39                	jal	1237c <__umoddi3>
   11c60:	03050513          	add	a0,a0,48
   11c64:	00ab02a3          	sb	a0,5(s6)
   11c68:	85d2                	mv	a1,s4
   11c6a:	8526                	mv	a0,s1
   11c6c:	4629                	li	a2,10
   11c6e:	4681                	li	a3,0
   11c70:	267d                	jal	1201e <__udivdi3>
   11c72:	84aa                	mv	s1,a0
   11c74:	8a2e                	mv	s4,a1
   11c76:	0b85                	add	s7,s7,1
   11c78:	bfa5                	j	11bf0 <__dtoa_engine+0x40c>

00011c7a <__pow5Factor>:
   11c7a:	ccccd737          	lui	a4,0xccccd
   11c7e:	333336b7          	lui	a3,0x33333
   11c82:	87aa                	mv	a5,a0
   11c84:	ccd70613          	add	a2,a4,-819 # cccccccd <_end+0xcca04625>
   11c88:	4501                	li	a0,0
   11c8a:	ccc70713          	add	a4,a4,-820
   11c8e:	33368693          	add	a3,a3,819 # 33333333 <_end+0x3306ac8b>
   11c92:	02c585b3          	mul	a1,a1,a2
   11c96:	02e78833          	mul	a6,a5,a4
   11c9a:	982e                	add	a6,a6,a1
   11c9c:	02c7b5b3          	mulhu	a1,a5,a2
   11ca0:	95c2                	add	a1,a1,a6
   11ca2:	02c787b3          	mul	a5,a5,a2
   11ca6:	00b6e863          	bltu	a3,a1,11cb6 <__pow5Factor+0x3c>
   11caa:	00d59463          	bne	a1,a3,11cb2 <__pow5Factor+0x38>
   11cae:	00f5e463          	bltu	a1,a5,11cb6 <__pow5Factor+0x3c>
   11cb2:	0505                	add	a0,a0,1
   11cb4:	bff9                	j	11c92 <__pow5Factor+0x18>
   11cb6:	8082                	ret

00011cb8 <__double_computePow5>:
   11cb8:	1f5002ef          	jal	t0,126ac <__riscv_save_10>
   11cbc:	47e9                	li	a5,26
   11cbe:	02f55b33          	divu	s6,a0,a5
   11cc2:	69cd                	lui	s3,0x13
   11cc4:	1c898b93          	add	s7,s3,456 # 131c8 <DOUBLE_POW5_SPLIT2>
   11cc8:	1101                	add	sp,sp,-32
   11cca:	892e                	mv	s2,a1
   11ccc:	02f577b3          	remu	a5,a0,a5
   11cd0:	004b1713          	sll	a4,s6,0x4
   11cd4:	9bba                	add	s7,s7,a4
   11cd6:	e395                	bnez	a5,11cfa <__double_computePow5+0x42>
   11cd8:	000ba703          	lw	a4,0(s7)
   11cdc:	004ba783          	lw	a5,4(s7)
   11ce0:	c198                	sw	a4,0(a1)
   11ce2:	c1dc                	sw	a5,4(a1)
   11ce4:	008ba503          	lw	a0,8(s7)
   11ce8:	00cba583          	lw	a1,12(s7)
   11cec:	00a92423          	sw	a0,8(s2)
   11cf0:	00b92623          	sw	a1,12(s2)
   11cf4:	6105                	add	sp,sp,32
   11cf6:	1ef0006f          	j	126e4 <__riscv_restore_10>
   11cfa:	1c898993          	add	s3,s3,456
   11cfe:	078e                	sll	a5,a5,0x3
   11d00:	97ce                	add	a5,a5,s3
   11d02:	0d07aa03          	lw	s4,208(a5)
   11d06:	0d47aa83          	lw	s5,212(a5)
   11d0a:	008ba603          	lw	a2,8(s7)
   11d0e:	00cba683          	lw	a3,12(s7)
   11d12:	0818                	add	a4,sp,16
   11d14:	85d6                	mv	a1,s5
   11d16:	842a                	mv	s0,a0
   11d18:	8552                	mv	a0,s4
   11d1a:	22d1                	jal	11ede <__umul128>
   11d1c:	000ba603          	lw	a2,0(s7)
   11d20:	004ba683          	lw	a3,4(s7)
   11d24:	84aa                	mv	s1,a0
   11d26:	8c2e                	mv	s8,a1
   11d28:	0838                	add	a4,sp,24
   11d2a:	8552                	mv	a0,s4
   11d2c:	85d6                	mv	a1,s5
   11d2e:	2a45                	jal	11ede <__umul128>
   11d30:	47e2                	lw	a5,24(sp)
   11d32:	4772                	lw	a4,28(sp)
   11d34:	8aaa                	mv	s5,a0
   11d36:	94be                	add	s1,s1,a5
   11d38:	00f4ba33          	sltu	s4,s1,a5
   11d3c:	9c3a                	add	s8,s8,a4
   11d3e:	9a62                	add	s4,s4,s8
   11d40:	00ea6663          	bltu	s4,a4,11d4c <__double_computePow5+0x94>
   11d44:	01471d63          	bne	a4,s4,11d5e <__double_computePow5+0xa6>
   11d48:	00f4fb63          	bgeu	s1,a5,11d5e <__double_computePow5+0xa6>
   11d4c:	47c2                	lw	a5,16(sp)
   11d4e:	46d2                	lw	a3,20(sp)
   11d50:	00178713          	add	a4,a5,1
   11d54:	00f737b3          	sltu	a5,a4,a5
   11d58:	97b6                	add	a5,a5,a3
   11d5a:	c83a                	sw	a4,16(sp)
   11d5c:	ca3e                	sw	a5,20(sp)
   11d5e:	8522                	mv	a0,s0
   11d60:	c62e                	sw	a1,12(sp)
   11d62:	22ad                	jal	11ecc <__pow5bits>
   11d64:	8baa                	mv	s7,a0
   11d66:	4569                	li	a0,26
   11d68:	02ab0533          	mul	a0,s6,a0
   11d6c:	2285                	jal	11ecc <__pow5bits>
   11d6e:	45b2                	lw	a1,12(sp)
   11d70:	40ab8733          	sub	a4,s7,a0
   11d74:	8626                	mv	a2,s1
   11d76:	86d2                	mv	a3,s4
   11d78:	8556                	mv	a0,s5
   11d7a:	c43a                	sw	a4,8(sp)
   11d7c:	227d                	jal	11f2a <__shiftright128>
   11d7e:	00445793          	srl	a5,s0,0x4
   11d82:	078a                	sll	a5,a5,0x2
   11d84:	99be                	add	s3,s3,a5
   11d86:	1a09a783          	lw	a5,416(s3)
   11d8a:	0406                	sll	s0,s0,0x1
   11d8c:	8879                	and	s0,s0,30
   11d8e:	0087d7b3          	srl	a5,a5,s0
   11d92:	8b8d                	and	a5,a5,3
   11d94:	953e                	add	a0,a0,a5
   11d96:	00f537b3          	sltu	a5,a0,a5
   11d9a:	4722                	lw	a4,8(sp)
   11d9c:	4642                	lw	a2,16(sp)
   11d9e:	46d2                	lw	a3,20(sp)
   11da0:	97ae                	add	a5,a5,a1
   11da2:	00a92023          	sw	a0,0(s2)
   11da6:	00f92223          	sw	a5,4(s2)
   11daa:	8526                	mv	a0,s1
   11dac:	85d2                	mv	a1,s4
   11dae:	2ab5                	jal	11f2a <__shiftright128>
   11db0:	bf35                	j	11cec <__double_computePow5+0x34>

00011db2 <__double_computeInvPow5>:
   11db2:	0fb002ef          	jal	t0,126ac <__riscv_save_10>
   11db6:	4b69                	li	s6,26
   11db8:	01950793          	add	a5,a0,25
   11dbc:	0367d7b3          	divu	a5,a5,s6
   11dc0:	6acd                	lui	s5,0x13
   11dc2:	1c8a8493          	add	s1,s5,456 # 131c8 <DOUBLE_POW5_SPLIT2>
   11dc6:	1f848493          	add	s1,s1,504
   11dca:	1101                	add	sp,sp,-32
   11dcc:	8a2e                	mv	s4,a1
   11dce:	03678b33          	mul	s6,a5,s6
   11dd2:	0792                	sll	a5,a5,0x4
   11dd4:	94be                	add	s1,s1,a5
   11dd6:	40ab0733          	sub	a4,s6,a0
   11dda:	00ab1f63          	bne	s6,a0,11df8 <__double_computeInvPow5+0x46>
   11dde:	4098                	lw	a4,0(s1)
   11de0:	40dc                	lw	a5,4(s1)
   11de2:	c198                	sw	a4,0(a1)
   11de4:	c1dc                	sw	a5,4(a1)
   11de6:	4488                	lw	a0,8(s1)
   11de8:	44cc                	lw	a1,12(s1)
   11dea:	00aa2423          	sw	a0,8(s4)
   11dee:	00ba2623          	sw	a1,12(s4)
   11df2:	6105                	add	sp,sp,32
   11df4:	0f10006f          	j	126e4 <__riscv_restore_10>
   11df8:	1c8a8a93          	add	s5,s5,456
   11dfc:	070e                	sll	a4,a4,0x3
   11dfe:	9756                	add	a4,a4,s5
   11e00:	0d072903          	lw	s2,208(a4)
   11e04:	0d472983          	lw	s3,212(a4)
   11e08:	4490                	lw	a2,8(s1)
   11e0a:	44d4                	lw	a3,12(s1)
   11e0c:	0818                	add	a4,sp,16
   11e0e:	85ce                	mv	a1,s3
   11e10:	842a                	mv	s0,a0
   11e12:	854a                	mv	a0,s2
   11e14:	20e9                	jal	11ede <__umul128>
   11e16:	4090                	lw	a2,0(s1)
   11e18:	40d4                	lw	a3,4(s1)
   11e1a:	8c2a                	mv	s8,a0
   11e1c:	00163793          	seqz	a5,a2
   11e20:	8bae                	mv	s7,a1
   11e22:	0838                	add	a4,sp,24
   11e24:	8e9d                	sub	a3,a3,a5
   11e26:	854a                	mv	a0,s2
   11e28:	85ce                	mv	a1,s3
   11e2a:	167d                	add	a2,a2,-1
   11e2c:	284d                	jal	11ede <__umul128>
   11e2e:	47e2                	lw	a5,24(sp)
   11e30:	4772                	lw	a4,28(sp)
   11e32:	89aa                	mv	s3,a0
   11e34:	9c3e                	add	s8,s8,a5
   11e36:	00fc3933          	sltu	s2,s8,a5
   11e3a:	9bba                	add	s7,s7,a4
   11e3c:	995e                	add	s2,s2,s7
   11e3e:	00e96663          	bltu	s2,a4,11e4a <__double_computeInvPow5+0x98>
   11e42:	01271d63          	bne	a4,s2,11e5c <__double_computeInvPow5+0xaa>
   11e46:	00fc7b63          	bgeu	s8,a5,11e5c <__double_computeInvPow5+0xaa>
   11e4a:	47c2                	lw	a5,16(sp)
   11e4c:	46d2                	lw	a3,20(sp)
   11e4e:	00178713          	add	a4,a5,1
   11e52:	00f737b3          	sltu	a5,a4,a5
   11e56:	97b6                	add	a5,a5,a3
   11e58:	c83a                	sw	a4,16(sp)
   11e5a:	ca3e                	sw	a5,20(sp)
   11e5c:	855a                	mv	a0,s6
   11e5e:	c62e                	sw	a1,12(sp)
   11e60:	20b5                	jal	11ecc <__pow5bits>
   11e62:	8b2a                	mv	s6,a0
   11e64:	8522                	mv	a0,s0
   11e66:	209d                	jal	11ecc <__pow5bits>
   11e68:	45b2                	lw	a1,12(sp)
   11e6a:	40ab0733          	sub	a4,s6,a0
   11e6e:	8662                	mv	a2,s8
   11e70:	86ca                	mv	a3,s2
   11e72:	854e                	mv	a0,s3
   11e74:	c43a                	sw	a4,8(sp)
   11e76:	2855                	jal	11f2a <__shiftright128>
   11e78:	00445793          	srl	a5,s0,0x4
   11e7c:	078a                	sll	a5,a5,0x2
   11e7e:	9abe                	add	s5,s5,a5
   11e80:	2e8aa783          	lw	a5,744(s5)
   11e84:	0406                	sll	s0,s0,0x1
   11e86:	8879                	and	s0,s0,30
   11e88:	0087d7b3          	srl	a5,a5,s0
   11e8c:	8b8d                	and	a5,a5,3
   11e8e:	0785                	add	a5,a5,1
   11e90:	953e                	add	a0,a0,a5
   11e92:	00f537b3          	sltu	a5,a0,a5
   11e96:	4722                	lw	a4,8(sp)
   11e98:	4642                	lw	a2,16(sp)
   11e9a:	46d2                	lw	a3,20(sp)
   11e9c:	97ae                	add	a5,a5,a1
   11e9e:	00aa2023          	sw	a0,0(s4)
   11ea2:	00fa2223          	sw	a5,4(s4)
   11ea6:	8562                	mv	a0,s8
   11ea8:	85ca                	mv	a1,s2
   11eaa:	2041                	jal	11f2a <__shiftright128>
   11eac:	bf3d                	j	11dea <__double_computeInvPow5+0x38>

00011eae <__log10Pow2>:
   11eae:	67cd                	lui	a5,0x13
   11eb0:	44178793          	add	a5,a5,1089 # 13441 <DOUBLE_POW5_INV_SPLIT2+0x81>
   11eb4:	02f50533          	mul	a0,a0,a5
   11eb8:	8149                	srl	a0,a0,0x12
   11eba:	8082                	ret

00011ebc <__log10Pow5>:
   11ebc:	000b37b7          	lui	a5,0xb3
   11ec0:	efb78793          	add	a5,a5,-261 # b2efb <crc_data+0x12ed7>
   11ec4:	02f50533          	mul	a0,a0,a5
   11ec8:	8151                	srl	a0,a0,0x14
   11eca:	8082                	ret

00011ecc <__pow5bits>:
   11ecc:	001297b7          	lui	a5,0x129
   11ed0:	34f78793          	add	a5,a5,847 # 12934f <sieve_bits+0x4932b>
   11ed4:	02f50533          	mul	a0,a0,a5
   11ed8:	814d                	srl	a0,a0,0x13
   11eda:	0505                	add	a0,a0,1
   11edc:	8082                	ret

00011ede <__umul128>:
   11ede:	02c537b3          	mulhu	a5,a0,a2
   11ee2:	832e                	mv	t1,a1
   11ee4:	02c585b3          	mul	a1,a1,a2
   11ee8:	02c33833          	mulhu	a6,t1,a2
   11eec:	95be                	add	a1,a1,a5
   11eee:	00f5b7b3          	sltu	a5,a1,a5
   11ef2:	97c2                	add	a5,a5,a6
   11ef4:	02a68833          	mul	a6,a3,a0
   11ef8:	02a6b8b3          	mulhu	a7,a3,a0
   11efc:	95c2                	add	a1,a1,a6
   11efe:	0105b833          	sltu	a6,a1,a6
   11f02:	98c2                	add	a7,a7,a6
   11f04:	02d30833          	mul	a6,t1,a3
   11f08:	02d33333          	mulhu	t1,t1,a3
   11f0c:	983e                	add	a6,a6,a5
   11f0e:	011806b3          	add	a3,a6,a7
   11f12:	00f837b3          	sltu	a5,a6,a5
   11f16:	0106b833          	sltu	a6,a3,a6
   11f1a:	c314                	sw	a3,0(a4)
   11f1c:	979a                	add	a5,a5,t1
   11f1e:	983e                	add	a6,a6,a5
   11f20:	02c50533          	mul	a0,a0,a2
   11f24:	01072223          	sw	a6,4(a4)
   11f28:	8082                	ret

00011f2a <__shiftright128>:
   11f2a:	790002ef          	jal	t0,126ba <__riscv_save_4>
   11f2e:	8a2a                	mv	s4,a0
   11f30:	8532                	mv	a0,a2
   11f32:	04000613          	li	a2,64
   11f36:	8e19                	sub	a2,a2,a4
   11f38:	89ae                	mv	s3,a1
   11f3a:	85b6                	mv	a1,a3
   11f3c:	843a                	mv	s0,a4
   11f3e:	2079                	jal	11fcc <__ashldi3>
   11f40:	892a                	mv	s2,a0
   11f42:	84ae                	mv	s1,a1
   11f44:	8622                	mv	a2,s0
   11f46:	8552                	mv	a0,s4
   11f48:	85ce                	mv	a1,s3
   11f4a:	28a9                	jal	11fa4 <__lshrdi3>
   11f4c:	00a96533          	or	a0,s2,a0
   11f50:	8dc5                	or	a1,a1,s1
   11f52:	af71                	j	126ee <__riscv_restore_4>

00011f54 <__libc_fini_array>:
   11f54:	780002ef          	jal	t0,126d4 <__riscv_save_0>
   11f58:	67cd                	lui	a5,0x13
   11f5a:	644d                	lui	s0,0x13
   11f5c:	61078713          	add	a4,a5,1552 # 13610 <__fini_array_end>
   11f60:	61040413          	add	s0,s0,1552 # 13610 <__fini_array_end>
   11f64:	8c19                	sub	s0,s0,a4
   11f66:	8409                	sra	s0,s0,0x2
   11f68:	61078493          	add	s1,a5,1552
   11f6c:	e809                	bnez	s0,11f7e <__libc_fini_array+0x2a>
   11f6e:	00000793          	li	a5,0
   11f72:	c789                	beqz	a5,11f7c <__libc_fini_array+0x28>
   11f74:	00000097          	auipc	ra,0x0
   11f78:	000000e7          	jalr	zero # 0 <errno>
   11f7c:	afb5                	j	126f8 <__riscv_restore_0>
   11f7e:	147d                	add	s0,s0,-1
   11f80:	00241793          	sll	a5,s0,0x2
   11f84:	97a6                	add	a5,a5,s1
   11f86:	439c                	lw	a5,0(a5)
   11f88:	9782                	jalr	a5
   11f8a:	b7cd                	j	11f6c <__libc_fini_array+0x18>

00011f8c <strnlen>:
   11f8c:	95aa                	add	a1,a1,a0
   11f8e:	87aa                	mv	a5,a0
   11f90:	00b78563          	beq	a5,a1,11f9a <strnlen+0xe>
   11f94:	0007c703          	lbu	a4,0(a5)
   11f98:	e701                	bnez	a4,11fa0 <strnlen+0x14>
   11f9a:	40a78533          	sub	a0,a5,a0
   11f9e:	8082                	ret
   11fa0:	0785                	add	a5,a5,1
   11fa2:	b7fd                	j	11f90 <strnlen+0x4>

00011fa4 <__lshrdi3>:
   11fa4:	ca19                	beqz	a2,11fba <__lshrdi3+0x16>
   11fa6:	02000793          	li	a5,32
   11faa:	8f91                	sub	a5,a5,a2
   11fac:	00f04863          	bgtz	a5,11fbc <__lshrdi3+0x18>
   11fb0:	1601                	add	a2,a2,-32
   11fb2:	00c5d533          	srl	a0,a1,a2
   11fb6:	4701                	li	a4,0
   11fb8:	85ba                	mv	a1,a4
   11fba:	8082                	ret
   11fbc:	00c5d733          	srl	a4,a1,a2
   11fc0:	00c55533          	srl	a0,a0,a2
   11fc4:	00f595b3          	sll	a1,a1,a5
   11fc8:	8d4d                	or	a0,a0,a1
   11fca:	b7fd                	j	11fb8 <__lshrdi3+0x14>

00011fcc <__ashldi3>:
   11fcc:	ca19                	beqz	a2,11fe2 <__ashldi3+0x16>
   11fce:	02000793          	li	a5,32
   11fd2:	8f91                	sub	a5,a5,a2
   11fd4:	00f04863          	bgtz	a5,11fe4 <__ashldi3+0x18>
   11fd8:	1601                	add	a2,a2,-32
   11fda:	00c515b3          	sll	a1,a0,a2
   11fde:	4701                	li	a4,0
   11fe0:	853a                	mv	a0,a4
   11fe2:	8082                	ret
   11fe4:	00c51733          	sll	a4,a0,a2
   11fe8:	00c595b3          	sll	a1,a1,a2
   11fec:	00f55533          	srl	a0,a0,a5
   11ff0:	8dc9                	or	a1,a1,a0
   11ff2:	b7fd                	j	11fe0 <__ashldi3+0x14>

00011ff4 <__ashrdi3>:
   11ff4:	ce01                	beqz	a2,1200c <__ashrdi3+0x18>
   11ff6:	02000793          	li	a5,32
   11ffa:	8f91                	sub	a5,a5,a2
   11ffc:	00f04963          	bgtz	a5,1200e <__ashrdi3+0x1a>
   12000:	1601                	add	a2,a2,-32
   12002:	41f5d713          	sra	a4,a1,0x1f
   12006:	40c5d533          	sra	a0,a1,a2
   1200a:	85ba                	mv	a1,a4
   1200c:	8082                	ret
   1200e:	40c5d733          	sra	a4,a1,a2
   12012:	00c55533          	srl	a0,a0,a2
   12016:	00f595b3          	sll	a1,a1,a5
   1201a:	8d4d                	or	a0,a0,a1
   1201c:	b7fd                	j	1200a <__ashrdi3+0x16>

0001201e <__udivdi3>:
   1201e:	88aa                	mv	a7,a0
   12020:	832e                	mv	t1,a1
   12022:	8732                	mv	a4,a2
   12024:	882a                	mv	a6,a0
   12026:	87ae                	mv	a5,a1
   12028:	20069663          	bnez	a3,12234 <__udivdi3+0x216>
   1202c:	00001597          	auipc	a1,0x1
   12030:	4d858593          	add	a1,a1,1240 # 13504 <__clz_tab>
   12034:	0cc37163          	bgeu	t1,a2,120f6 <__udivdi3+0xd8>
   12038:	66c1                	lui	a3,0x10
   1203a:	0ad67763          	bgeu	a2,a3,120e8 <__udivdi3+0xca>
   1203e:	10063693          	sltiu	a3,a2,256
   12042:	0016c693          	xor	a3,a3,1
   12046:	068e                	sll	a3,a3,0x3
   12048:	00d65533          	srl	a0,a2,a3
   1204c:	95aa                	add	a1,a1,a0
   1204e:	0005c583          	lbu	a1,0(a1)
   12052:	02000513          	li	a0,32
   12056:	96ae                	add	a3,a3,a1
   12058:	40d505b3          	sub	a1,a0,a3
   1205c:	00d50b63          	beq	a0,a3,12072 <__udivdi3+0x54>
   12060:	00b317b3          	sll	a5,t1,a1
   12064:	00d8d6b3          	srl	a3,a7,a3
   12068:	00b61733          	sll	a4,a2,a1
   1206c:	8fd5                	or	a5,a5,a3
   1206e:	00b89833          	sll	a6,a7,a1
   12072:	01075593          	srl	a1,a4,0x10
   12076:	02b7d333          	divu	t1,a5,a1
   1207a:	01071613          	sll	a2,a4,0x10
   1207e:	8241                	srl	a2,a2,0x10
   12080:	02b7f7b3          	remu	a5,a5,a1
   12084:	851a                	mv	a0,t1
   12086:	026608b3          	mul	a7,a2,t1
   1208a:	01079693          	sll	a3,a5,0x10
   1208e:	01085793          	srl	a5,a6,0x10
   12092:	8fd5                	or	a5,a5,a3
   12094:	0117fc63          	bgeu	a5,a7,120ac <__udivdi3+0x8e>
   12098:	97ba                	add	a5,a5,a4
   1209a:	fff30513          	add	a0,t1,-1
   1209e:	00e7e763          	bltu	a5,a4,120ac <__udivdi3+0x8e>
   120a2:	0117f563          	bgeu	a5,a7,120ac <__udivdi3+0x8e>
   120a6:	ffe30513          	add	a0,t1,-2
   120aa:	97ba                	add	a5,a5,a4
   120ac:	411787b3          	sub	a5,a5,a7
   120b0:	02b7d8b3          	divu	a7,a5,a1
   120b4:	0842                	sll	a6,a6,0x10
   120b6:	01085813          	srl	a6,a6,0x10
   120ba:	02b7f7b3          	remu	a5,a5,a1
   120be:	031606b3          	mul	a3,a2,a7
   120c2:	07c2                	sll	a5,a5,0x10
   120c4:	00f86833          	or	a6,a6,a5
   120c8:	87c6                	mv	a5,a7
   120ca:	00d87b63          	bgeu	a6,a3,120e0 <__udivdi3+0xc2>
   120ce:	983a                	add	a6,a6,a4
   120d0:	fff88793          	add	a5,a7,-1
   120d4:	00e86663          	bltu	a6,a4,120e0 <__udivdi3+0xc2>
   120d8:	00d87463          	bgeu	a6,a3,120e0 <__udivdi3+0xc2>
   120dc:	ffe88793          	add	a5,a7,-2
   120e0:	0542                	sll	a0,a0,0x10
   120e2:	8d5d                	or	a0,a0,a5
   120e4:	4581                	li	a1,0
   120e6:	8082                	ret
   120e8:	01000537          	lui	a0,0x1000
   120ec:	46c1                	li	a3,16
   120ee:	f4a66de3          	bltu	a2,a0,12048 <__udivdi3+0x2a>
   120f2:	46e1                	li	a3,24
   120f4:	bf91                	j	12048 <__udivdi3+0x2a>
   120f6:	4681                	li	a3,0
   120f8:	ca09                	beqz	a2,1210a <__udivdi3+0xec>
   120fa:	67c1                	lui	a5,0x10
   120fc:	08f67f63          	bgeu	a2,a5,1219a <__udivdi3+0x17c>
   12100:	10063693          	sltiu	a3,a2,256
   12104:	0016c693          	xor	a3,a3,1
   12108:	068e                	sll	a3,a3,0x3
   1210a:	00d657b3          	srl	a5,a2,a3
   1210e:	95be                	add	a1,a1,a5
   12110:	0005c783          	lbu	a5,0(a1)
   12114:	97b6                	add	a5,a5,a3
   12116:	02000693          	li	a3,32
   1211a:	40f685b3          	sub	a1,a3,a5
   1211e:	08f69563          	bne	a3,a5,121a8 <__udivdi3+0x18a>
   12122:	40c307b3          	sub	a5,t1,a2
   12126:	4585                	li	a1,1
   12128:	01075893          	srl	a7,a4,0x10
   1212c:	0317de33          	divu	t3,a5,a7
   12130:	01071613          	sll	a2,a4,0x10
   12134:	8241                	srl	a2,a2,0x10
   12136:	01085693          	srl	a3,a6,0x10
   1213a:	0317f7b3          	remu	a5,a5,a7
   1213e:	8572                	mv	a0,t3
   12140:	03c60333          	mul	t1,a2,t3
   12144:	07c2                	sll	a5,a5,0x10
   12146:	8fd5                	or	a5,a5,a3
   12148:	0067fc63          	bgeu	a5,t1,12160 <__udivdi3+0x142>
   1214c:	97ba                	add	a5,a5,a4
   1214e:	fffe0513          	add	a0,t3,-1
   12152:	00e7e763          	bltu	a5,a4,12160 <__udivdi3+0x142>
   12156:	0067f563          	bgeu	a5,t1,12160 <__udivdi3+0x142>
   1215a:	ffee0513          	add	a0,t3,-2
   1215e:	97ba                	add	a5,a5,a4
   12160:	406787b3          	sub	a5,a5,t1
   12164:	0317d333          	divu	t1,a5,a7
   12168:	0842                	sll	a6,a6,0x10
   1216a:	01085813          	srl	a6,a6,0x10
   1216e:	0317f7b3          	remu	a5,a5,a7
   12172:	026606b3          	mul	a3,a2,t1
   12176:	07c2                	sll	a5,a5,0x10
   12178:	00f86833          	or	a6,a6,a5
   1217c:	879a                	mv	a5,t1
   1217e:	00d87b63          	bgeu	a6,a3,12194 <__udivdi3+0x176>
   12182:	983a                	add	a6,a6,a4
   12184:	fff30793          	add	a5,t1,-1
   12188:	00e86663          	bltu	a6,a4,12194 <__udivdi3+0x176>
   1218c:	00d87463          	bgeu	a6,a3,12194 <__udivdi3+0x176>
   12190:	ffe30793          	add	a5,t1,-2
   12194:	0542                	sll	a0,a0,0x10
   12196:	8d5d                	or	a0,a0,a5
   12198:	8082                	ret
   1219a:	010007b7          	lui	a5,0x1000
   1219e:	46c1                	li	a3,16
   121a0:	f6f665e3          	bltu	a2,a5,1210a <__udivdi3+0xec>
   121a4:	46e1                	li	a3,24
   121a6:	b795                	j	1210a <__udivdi3+0xec>
   121a8:	00b61733          	sll	a4,a2,a1
   121ac:	00f356b3          	srl	a3,t1,a5
   121b0:	01075513          	srl	a0,a4,0x10
   121b4:	00b31333          	sll	t1,t1,a1
   121b8:	00f8d7b3          	srl	a5,a7,a5
   121bc:	0067e7b3          	or	a5,a5,t1
   121c0:	02a6d333          	divu	t1,a3,a0
   121c4:	01071613          	sll	a2,a4,0x10
   121c8:	8241                	srl	a2,a2,0x10
   121ca:	00b89833          	sll	a6,a7,a1
   121ce:	02a6f6b3          	remu	a3,a3,a0
   121d2:	026608b3          	mul	a7,a2,t1
   121d6:	01069593          	sll	a1,a3,0x10
   121da:	0107d693          	srl	a3,a5,0x10
   121de:	8ecd                	or	a3,a3,a1
   121e0:	859a                	mv	a1,t1
   121e2:	0116fc63          	bgeu	a3,a7,121fa <__udivdi3+0x1dc>
   121e6:	96ba                	add	a3,a3,a4
   121e8:	fff30593          	add	a1,t1,-1
   121ec:	00e6e763          	bltu	a3,a4,121fa <__udivdi3+0x1dc>
   121f0:	0116f563          	bgeu	a3,a7,121fa <__udivdi3+0x1dc>
   121f4:	ffe30593          	add	a1,t1,-2
   121f8:	96ba                	add	a3,a3,a4
   121fa:	411686b3          	sub	a3,a3,a7
   121fe:	02a6d8b3          	divu	a7,a3,a0
   12202:	07c2                	sll	a5,a5,0x10
   12204:	83c1                	srl	a5,a5,0x10
   12206:	02a6f6b3          	remu	a3,a3,a0
   1220a:	03160633          	mul	a2,a2,a7
   1220e:	06c2                	sll	a3,a3,0x10
   12210:	8fd5                	or	a5,a5,a3
   12212:	86c6                	mv	a3,a7
   12214:	00c7fc63          	bgeu	a5,a2,1222c <__udivdi3+0x20e>
   12218:	97ba                	add	a5,a5,a4
   1221a:	fff88693          	add	a3,a7,-1
   1221e:	00e7e763          	bltu	a5,a4,1222c <__udivdi3+0x20e>
   12222:	00c7f563          	bgeu	a5,a2,1222c <__udivdi3+0x20e>
   12226:	ffe88693          	add	a3,a7,-2
   1222a:	97ba                	add	a5,a5,a4
   1222c:	05c2                	sll	a1,a1,0x10
   1222e:	8f91                	sub	a5,a5,a2
   12230:	8dd5                	or	a1,a1,a3
   12232:	bddd                	j	12128 <__udivdi3+0x10a>
   12234:	14d5e163          	bltu	a1,a3,12376 <__udivdi3+0x358>
   12238:	67c1                	lui	a5,0x10
   1223a:	02f6ff63          	bgeu	a3,a5,12278 <__udivdi3+0x25a>
   1223e:	1006b713          	sltiu	a4,a3,256
   12242:	00174713          	xor	a4,a4,1
   12246:	070e                	sll	a4,a4,0x3
   12248:	00e6d5b3          	srl	a1,a3,a4
   1224c:	00001797          	auipc	a5,0x1
   12250:	2b878793          	add	a5,a5,696 # 13504 <__clz_tab>
   12254:	97ae                	add	a5,a5,a1
   12256:	0007c783          	lbu	a5,0(a5)
   1225a:	97ba                	add	a5,a5,a4
   1225c:	02000713          	li	a4,32
   12260:	40f705b3          	sub	a1,a4,a5
   12264:	02f71163          	bne	a4,a5,12286 <__udivdi3+0x268>
   12268:	4505                	li	a0,1
   1226a:	e666eee3          	bltu	a3,t1,120e6 <__udivdi3+0xc8>
   1226e:	00c8b533          	sltu	a0,a7,a2
   12272:	00154513          	xor	a0,a0,1
   12276:	8082                	ret
   12278:	010007b7          	lui	a5,0x1000
   1227c:	4741                	li	a4,16
   1227e:	fcf6e5e3          	bltu	a3,a5,12248 <__udivdi3+0x22a>
   12282:	4761                	li	a4,24
   12284:	b7d1                	j	12248 <__udivdi3+0x22a>
   12286:	00f65733          	srl	a4,a2,a5
   1228a:	00b696b3          	sll	a3,a3,a1
   1228e:	8ed9                	or	a3,a3,a4
   12290:	00f35733          	srl	a4,t1,a5
   12294:	00b31333          	sll	t1,t1,a1
   12298:	00f8d7b3          	srl	a5,a7,a5
   1229c:	0067e7b3          	or	a5,a5,t1
   122a0:	0106d313          	srl	t1,a3,0x10
   122a4:	02675eb3          	divu	t4,a4,t1
   122a8:	01069813          	sll	a6,a3,0x10
   122ac:	01085813          	srl	a6,a6,0x10
   122b0:	00b61633          	sll	a2,a2,a1
   122b4:	02677733          	remu	a4,a4,t1
   122b8:	03d80e33          	mul	t3,a6,t4
   122bc:	01071513          	sll	a0,a4,0x10
   122c0:	0107d713          	srl	a4,a5,0x10
   122c4:	8f49                	or	a4,a4,a0
   122c6:	8576                	mv	a0,t4
   122c8:	01c77c63          	bgeu	a4,t3,122e0 <__udivdi3+0x2c2>
   122cc:	9736                	add	a4,a4,a3
   122ce:	fffe8513          	add	a0,t4,-1
   122d2:	00d76763          	bltu	a4,a3,122e0 <__udivdi3+0x2c2>
   122d6:	01c77563          	bgeu	a4,t3,122e0 <__udivdi3+0x2c2>
   122da:	ffee8513          	add	a0,t4,-2
   122de:	9736                	add	a4,a4,a3
   122e0:	41c70733          	sub	a4,a4,t3
   122e4:	02675e33          	divu	t3,a4,t1
   122e8:	07c2                	sll	a5,a5,0x10
   122ea:	83c1                	srl	a5,a5,0x10
   122ec:	02677733          	remu	a4,a4,t1
   122f0:	03c80833          	mul	a6,a6,t3
   122f4:	0742                	sll	a4,a4,0x10
   122f6:	8fd9                	or	a5,a5,a4
   122f8:	8772                	mv	a4,t3
   122fa:	0107fc63          	bgeu	a5,a6,12312 <__udivdi3+0x2f4>
   122fe:	97b6                	add	a5,a5,a3
   12300:	fffe0713          	add	a4,t3,-1
   12304:	00d7e763          	bltu	a5,a3,12312 <__udivdi3+0x2f4>
   12308:	0107f563          	bgeu	a5,a6,12312 <__udivdi3+0x2f4>
   1230c:	ffee0713          	add	a4,t3,-2
   12310:	97b6                	add	a5,a5,a3
   12312:	0542                	sll	a0,a0,0x10
   12314:	6e41                	lui	t3,0x10
   12316:	8d59                	or	a0,a0,a4
   12318:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   1231c:	00d57733          	and	a4,a0,a3
   12320:	410787b3          	sub	a5,a5,a6
   12324:	8ef1                	and	a3,a3,a2
   12326:	01055813          	srl	a6,a0,0x10
   1232a:	8241                	srl	a2,a2,0x10
   1232c:	02d70333          	mul	t1,a4,a3
   12330:	02d806b3          	mul	a3,a6,a3
   12334:	02c70733          	mul	a4,a4,a2
   12338:	02c80833          	mul	a6,a6,a2
   1233c:	00d70633          	add	a2,a4,a3
   12340:	01035713          	srl	a4,t1,0x10
   12344:	9732                	add	a4,a4,a2
   12346:	00d77363          	bgeu	a4,a3,1234c <__udivdi3+0x32e>
   1234a:	9872                	add	a6,a6,t3
   1234c:	01075693          	srl	a3,a4,0x10
   12350:	96c2                	add	a3,a3,a6
   12352:	02d7e063          	bltu	a5,a3,12372 <__udivdi3+0x354>
   12356:	d8d797e3          	bne	a5,a3,120e4 <__udivdi3+0xc6>
   1235a:	67c1                	lui	a5,0x10
   1235c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   1235e:	8f7d                	and	a4,a4,a5
   12360:	0742                	sll	a4,a4,0x10
   12362:	00f37333          	and	t1,t1,a5
   12366:	00b898b3          	sll	a7,a7,a1
   1236a:	971a                	add	a4,a4,t1
   1236c:	4581                	li	a1,0
   1236e:	d6e8fce3          	bgeu	a7,a4,120e6 <__udivdi3+0xc8>
   12372:	157d                	add	a0,a0,-1 # ffffff <_end+0xd37957>
   12374:	bb85                	j	120e4 <__udivdi3+0xc6>
   12376:	4581                	li	a1,0
   12378:	4501                	li	a0,0
   1237a:	8082                	ret

0001237c <__umoddi3>:
   1237c:	8832                	mv	a6,a2
   1237e:	87aa                	mv	a5,a0
   12380:	872e                	mv	a4,a1
   12382:	1a069363          	bnez	a3,12528 <__umoddi3+0x1ac>
   12386:	00001897          	auipc	a7,0x1
   1238a:	17e88893          	add	a7,a7,382 # 13504 <__clz_tab>
   1238e:	0ac5f663          	bgeu	a1,a2,1243a <__umoddi3+0xbe>
   12392:	66c1                	lui	a3,0x10
   12394:	08d67c63          	bgeu	a2,a3,1242c <__umoddi3+0xb0>
   12398:	10063693          	sltiu	a3,a2,256
   1239c:	0016c693          	xor	a3,a3,1
   123a0:	068e                	sll	a3,a3,0x3
   123a2:	00d65333          	srl	t1,a2,a3
   123a6:	989a                	add	a7,a7,t1
   123a8:	0008c883          	lbu	a7,0(a7)
   123ac:	02000313          	li	t1,32
   123b0:	96c6                	add	a3,a3,a7
   123b2:	40d308b3          	sub	a7,t1,a3
   123b6:	00d30b63          	beq	t1,a3,123cc <__umoddi3+0x50>
   123ba:	01159733          	sll	a4,a1,a7
   123be:	00d556b3          	srl	a3,a0,a3
   123c2:	01161833          	sll	a6,a2,a7
   123c6:	8f55                	or	a4,a4,a3
   123c8:	011517b3          	sll	a5,a0,a7
   123cc:	01085613          	srl	a2,a6,0x10
   123d0:	02c756b3          	divu	a3,a4,a2
   123d4:	01081513          	sll	a0,a6,0x10
   123d8:	8141                	srl	a0,a0,0x10
   123da:	02c77733          	remu	a4,a4,a2
   123de:	02a686b3          	mul	a3,a3,a0
   123e2:	01071593          	sll	a1,a4,0x10
   123e6:	0107d713          	srl	a4,a5,0x10
   123ea:	8f4d                	or	a4,a4,a1
   123ec:	00d77863          	bgeu	a4,a3,123fc <__umoddi3+0x80>
   123f0:	9742                	add	a4,a4,a6
   123f2:	01076563          	bltu	a4,a6,123fc <__umoddi3+0x80>
   123f6:	00d77363          	bgeu	a4,a3,123fc <__umoddi3+0x80>
   123fa:	9742                	add	a4,a4,a6
   123fc:	8f15                	sub	a4,a4,a3
   123fe:	02c756b3          	divu	a3,a4,a2
   12402:	02c77733          	remu	a4,a4,a2
   12406:	02a686b3          	mul	a3,a3,a0
   1240a:	07c2                	sll	a5,a5,0x10
   1240c:	0742                	sll	a4,a4,0x10
   1240e:	83c1                	srl	a5,a5,0x10
   12410:	8fd9                	or	a5,a5,a4
   12412:	00d7f863          	bgeu	a5,a3,12422 <__umoddi3+0xa6>
   12416:	97c2                	add	a5,a5,a6
   12418:	0107e563          	bltu	a5,a6,12422 <__umoddi3+0xa6>
   1241c:	00d7f363          	bgeu	a5,a3,12422 <__umoddi3+0xa6>
   12420:	97c2                	add	a5,a5,a6
   12422:	8f95                	sub	a5,a5,a3
   12424:	0117d533          	srl	a0,a5,a7
   12428:	4581                	li	a1,0
   1242a:	8082                	ret
   1242c:	01000337          	lui	t1,0x1000
   12430:	46c1                	li	a3,16
   12432:	f66668e3          	bltu	a2,t1,123a2 <__umoddi3+0x26>
   12436:	46e1                	li	a3,24
   12438:	b7ad                	j	123a2 <__umoddi3+0x26>
   1243a:	4681                	li	a3,0
   1243c:	ca09                	beqz	a2,1244e <__umoddi3+0xd2>
   1243e:	6741                	lui	a4,0x10
   12440:	06e67463          	bgeu	a2,a4,124a8 <__umoddi3+0x12c>
   12444:	10063693          	sltiu	a3,a2,256
   12448:	0016c693          	xor	a3,a3,1
   1244c:	068e                	sll	a3,a3,0x3
   1244e:	00d65733          	srl	a4,a2,a3
   12452:	98ba                	add	a7,a7,a4
   12454:	0008c703          	lbu	a4,0(a7)
   12458:	9736                	add	a4,a4,a3
   1245a:	02000693          	li	a3,32
   1245e:	40e688b3          	sub	a7,a3,a4
   12462:	04e69a63          	bne	a3,a4,124b6 <__umoddi3+0x13a>
   12466:	40c58733          	sub	a4,a1,a2
   1246a:	01085593          	srl	a1,a6,0x10
   1246e:	02b75633          	divu	a2,a4,a1
   12472:	01081513          	sll	a0,a6,0x10
   12476:	8141                	srl	a0,a0,0x10
   12478:	0107d693          	srl	a3,a5,0x10
   1247c:	02b77733          	remu	a4,a4,a1
   12480:	02a60633          	mul	a2,a2,a0
   12484:	0742                	sll	a4,a4,0x10
   12486:	8f55                	or	a4,a4,a3
   12488:	00c77863          	bgeu	a4,a2,12498 <__umoddi3+0x11c>
   1248c:	9742                	add	a4,a4,a6
   1248e:	01076563          	bltu	a4,a6,12498 <__umoddi3+0x11c>
   12492:	00c77363          	bgeu	a4,a2,12498 <__umoddi3+0x11c>
   12496:	9742                	add	a4,a4,a6
   12498:	8f11                	sub	a4,a4,a2
   1249a:	02b756b3          	divu	a3,a4,a1
   1249e:	02b77733          	remu	a4,a4,a1
   124a2:	02a686b3          	mul	a3,a3,a0
   124a6:	b795                	j	1240a <__umoddi3+0x8e>
   124a8:	01000737          	lui	a4,0x1000
   124ac:	46c1                	li	a3,16
   124ae:	fae660e3          	bltu	a2,a4,1244e <__umoddi3+0xd2>
   124b2:	46e1                	li	a3,24
   124b4:	bf69                	j	1244e <__umoddi3+0xd2>
   124b6:	01161833          	sll	a6,a2,a7
   124ba:	00e5d6b3          	srl	a3,a1,a4
   124be:	011517b3          	sll	a5,a0,a7
   124c2:	011595b3          	sll	a1,a1,a7
   124c6:	00e55733          	srl	a4,a0,a4
   124ca:	01085513          	srl	a0,a6,0x10
   124ce:	8f4d                	or	a4,a4,a1
   124d0:	02a6d5b3          	divu	a1,a3,a0
   124d4:	01081313          	sll	t1,a6,0x10
   124d8:	01035313          	srl	t1,t1,0x10
   124dc:	02a6f6b3          	remu	a3,a3,a0
   124e0:	026585b3          	mul	a1,a1,t1
   124e4:	01069613          	sll	a2,a3,0x10
   124e8:	01075693          	srl	a3,a4,0x10
   124ec:	8ed1                	or	a3,a3,a2
   124ee:	00b6f863          	bgeu	a3,a1,124fe <__umoddi3+0x182>
   124f2:	96c2                	add	a3,a3,a6
   124f4:	0106e563          	bltu	a3,a6,124fe <__umoddi3+0x182>
   124f8:	00b6f363          	bgeu	a3,a1,124fe <__umoddi3+0x182>
   124fc:	96c2                	add	a3,a3,a6
   124fe:	8e8d                	sub	a3,a3,a1
   12500:	02a6d633          	divu	a2,a3,a0
   12504:	0742                	sll	a4,a4,0x10
   12506:	8341                	srl	a4,a4,0x10
   12508:	02a6f6b3          	remu	a3,a3,a0
   1250c:	02660633          	mul	a2,a2,t1
   12510:	06c2                	sll	a3,a3,0x10
   12512:	8f55                	or	a4,a4,a3
   12514:	00c77863          	bgeu	a4,a2,12524 <__umoddi3+0x1a8>
   12518:	9742                	add	a4,a4,a6
   1251a:	01076563          	bltu	a4,a6,12524 <__umoddi3+0x1a8>
   1251e:	00c77363          	bgeu	a4,a2,12524 <__umoddi3+0x1a8>
   12522:	9742                	add	a4,a4,a6
   12524:	8f11                	sub	a4,a4,a2
   12526:	b791                	j	1246a <__umoddi3+0xee>
   12528:	16d5ed63          	bltu	a1,a3,126a2 <__umoddi3+0x326>
   1252c:	6841                	lui	a6,0x10
   1252e:	0506f763          	bgeu	a3,a6,1257c <__umoddi3+0x200>
   12532:	1006b813          	sltiu	a6,a3,256
   12536:	00184813          	xor	a6,a6,1
   1253a:	080e                	sll	a6,a6,0x3
   1253c:	0106d333          	srl	t1,a3,a6
   12540:	00001897          	auipc	a7,0x1
   12544:	fc488893          	add	a7,a7,-60 # 13504 <__clz_tab>
   12548:	989a                	add	a7,a7,t1
   1254a:	0008c883          	lbu	a7,0(a7)
   1254e:	02000313          	li	t1,32
   12552:	98c2                	add	a7,a7,a6
   12554:	41130833          	sub	a6,t1,a7
   12558:	03131963          	bne	t1,a7,1258a <__umoddi3+0x20e>
   1255c:	00b6e463          	bltu	a3,a1,12564 <__umoddi3+0x1e8>
   12560:	00c56b63          	bltu	a0,a2,12576 <__umoddi3+0x1fa>
   12564:	40c50633          	sub	a2,a0,a2
   12568:	40d586b3          	sub	a3,a1,a3
   1256c:	00c53733          	sltu	a4,a0,a2
   12570:	87b2                	mv	a5,a2
   12572:	40e68733          	sub	a4,a3,a4
   12576:	853e                	mv	a0,a5
   12578:	85ba                	mv	a1,a4
   1257a:	8082                	ret
   1257c:	010008b7          	lui	a7,0x1000
   12580:	4841                	li	a6,16
   12582:	fb16ede3          	bltu	a3,a7,1253c <__umoddi3+0x1c0>
   12586:	4861                	li	a6,24
   12588:	bf55                	j	1253c <__umoddi3+0x1c0>
   1258a:	011657b3          	srl	a5,a2,a7
   1258e:	010696b3          	sll	a3,a3,a6
   12592:	8edd                	or	a3,a3,a5
   12594:	0115d733          	srl	a4,a1,a7
   12598:	0106de13          	srl	t3,a3,0x10
   1259c:	03c75f33          	divu	t5,a4,t3
   125a0:	01069313          	sll	t1,a3,0x10
   125a4:	01035313          	srl	t1,t1,0x10
   125a8:	010597b3          	sll	a5,a1,a6
   125ac:	011555b3          	srl	a1,a0,a7
   125b0:	8ddd                	or	a1,a1,a5
   125b2:	0105d793          	srl	a5,a1,0x10
   125b6:	01061633          	sll	a2,a2,a6
   125ba:	01051533          	sll	a0,a0,a6
   125be:	03c77733          	remu	a4,a4,t3
   125c2:	03e30eb3          	mul	t4,t1,t5
   125c6:	0742                	sll	a4,a4,0x10
   125c8:	8fd9                	or	a5,a5,a4
   125ca:	877a                	mv	a4,t5
   125cc:	01d7fc63          	bgeu	a5,t4,125e4 <__umoddi3+0x268>
   125d0:	97b6                	add	a5,a5,a3
   125d2:	ffff0713          	add	a4,t5,-1
   125d6:	00d7e763          	bltu	a5,a3,125e4 <__umoddi3+0x268>
   125da:	01d7f563          	bgeu	a5,t4,125e4 <__umoddi3+0x268>
   125de:	ffef0713          	add	a4,t5,-2
   125e2:	97b6                	add	a5,a5,a3
   125e4:	41d787b3          	sub	a5,a5,t4
   125e8:	03c7deb3          	divu	t4,a5,t3
   125ec:	05c2                	sll	a1,a1,0x10
   125ee:	81c1                	srl	a1,a1,0x10
   125f0:	03c7f7b3          	remu	a5,a5,t3
   125f4:	8e76                	mv	t3,t4
   125f6:	03d30333          	mul	t1,t1,t4
   125fa:	07c2                	sll	a5,a5,0x10
   125fc:	8ddd                	or	a1,a1,a5
   125fe:	0065fc63          	bgeu	a1,t1,12616 <__umoddi3+0x29a>
   12602:	95b6                	add	a1,a1,a3
   12604:	fffe8e13          	add	t3,t4,-1
   12608:	00d5e763          	bltu	a1,a3,12616 <__umoddi3+0x29a>
   1260c:	0065f563          	bgeu	a1,t1,12616 <__umoddi3+0x29a>
   12610:	ffee8e13          	add	t3,t4,-2
   12614:	95b6                	add	a1,a1,a3
   12616:	01071793          	sll	a5,a4,0x10
   1261a:	6f41                	lui	t5,0x10
   1261c:	01c7e7b3          	or	a5,a5,t3
   12620:	406585b3          	sub	a1,a1,t1
   12624:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   12628:	0067f733          	and	a4,a5,t1
   1262c:	01065e13          	srl	t3,a2,0x10
   12630:	83c1                	srl	a5,a5,0x10
   12632:	00667333          	and	t1,a2,t1
   12636:	02670eb3          	mul	t4,a4,t1
   1263a:	02678333          	mul	t1,a5,t1
   1263e:	03c70733          	mul	a4,a4,t3
   12642:	03c787b3          	mul	a5,a5,t3
   12646:	00670e33          	add	t3,a4,t1
   1264a:	010ed713          	srl	a4,t4,0x10
   1264e:	9772                	add	a4,a4,t3
   12650:	00677363          	bgeu	a4,t1,12656 <__umoddi3+0x2da>
   12654:	97fa                	add	a5,a5,t5
   12656:	01075313          	srl	t1,a4,0x10
   1265a:	979a                	add	a5,a5,t1
   1265c:	6341                	lui	t1,0x10
   1265e:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   12660:	00677733          	and	a4,a4,t1
   12664:	0742                	sll	a4,a4,0x10
   12666:	006efeb3          	and	t4,t4,t1
   1266a:	9776                	add	a4,a4,t4
   1266c:	00f5e663          	bltu	a1,a5,12678 <__umoddi3+0x2fc>
   12670:	00f59b63          	bne	a1,a5,12686 <__umoddi3+0x30a>
   12674:	00e57963          	bgeu	a0,a4,12686 <__umoddi3+0x30a>
   12678:	40c70633          	sub	a2,a4,a2
   1267c:	00c73333          	sltu	t1,a4,a2
   12680:	969a                	add	a3,a3,t1
   12682:	8732                	mv	a4,a2
   12684:	8f95                	sub	a5,a5,a3
   12686:	40e50733          	sub	a4,a0,a4
   1268a:	00e53533          	sltu	a0,a0,a4
   1268e:	8d9d                	sub	a1,a1,a5
   12690:	8d89                	sub	a1,a1,a0
   12692:	011598b3          	sll	a7,a1,a7
   12696:	01075733          	srl	a4,a4,a6
   1269a:	00e8e533          	or	a0,a7,a4
   1269e:	0105d5b3          	srl	a1,a1,a6
   126a2:	8082                	ret

000126a4 <__riscv_save_12>:
   126a4:	7139                	add	sp,sp,-64
   126a6:	4301                	li	t1,0
   126a8:	c66e                	sw	s11,12(sp)
   126aa:	a019                	j	126b0 <__riscv_save_10+0x4>

000126ac <__riscv_save_10>:
   126ac:	7139                	add	sp,sp,-64
   126ae:	5341                	li	t1,-16
   126b0:	c86a                	sw	s10,16(sp)
   126b2:	ca66                	sw	s9,20(sp)
   126b4:	cc62                	sw	s8,24(sp)
   126b6:	ce5e                	sw	s7,28(sp)
   126b8:	a019                	j	126be <__riscv_save_4+0x4>

000126ba <__riscv_save_4>:
   126ba:	7139                	add	sp,sp,-64
   126bc:	5301                	li	t1,-32
   126be:	d05a                	sw	s6,32(sp)
   126c0:	d256                	sw	s5,36(sp)
   126c2:	d452                	sw	s4,40(sp)
   126c4:	d64e                	sw	s3,44(sp)
   126c6:	d84a                	sw	s2,48(sp)
   126c8:	da26                	sw	s1,52(sp)
   126ca:	dc22                	sw	s0,56(sp)
   126cc:	de06                	sw	ra,60(sp)
   126ce:	40610133          	sub	sp,sp,t1
   126d2:	8282                	jr	t0

000126d4 <__riscv_save_0>:
   126d4:	1141                	add	sp,sp,-16
   126d6:	c04a                	sw	s2,0(sp)
   126d8:	c226                	sw	s1,4(sp)
   126da:	c422                	sw	s0,8(sp)
   126dc:	c606                	sw	ra,12(sp)
   126de:	8282                	jr	t0

000126e0 <__riscv_restore_12>:
   126e0:	4db2                	lw	s11,12(sp)
   126e2:	0141                	add	sp,sp,16

000126e4 <__riscv_restore_10>:
   126e4:	4d02                	lw	s10,0(sp)
   126e6:	4c92                	lw	s9,4(sp)
   126e8:	4c22                	lw	s8,8(sp)
   126ea:	4bb2                	lw	s7,12(sp)
   126ec:	0141                	add	sp,sp,16

000126ee <__riscv_restore_4>:
   126ee:	4b02                	lw	s6,0(sp)
   126f0:	4a92                	lw	s5,4(sp)
   126f2:	4a22                	lw	s4,8(sp)
   126f4:	49b2                	lw	s3,12(sp)
   126f6:	0141                	add	sp,sp,16

000126f8 <__riscv_restore_0>:
   126f8:	4902                	lw	s2,0(sp)
   126fa:	4492                	lw	s1,4(sp)
   126fc:	4422                	lw	s0,8(sp)
   126fe:	40b2                	lw	ra,12(sp)
   12700:	0141                	add	sp,sp,16
   12702:	8082                	ret
