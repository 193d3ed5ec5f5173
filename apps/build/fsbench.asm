
build/fsbench.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00005197          	auipc	gp,0x5
   10004:	81818193          	add	gp,gp,-2024 # 14818 <__global_pointer$>
   10008:	00004217          	auipc	tp,0x4
   1000c:	01020213          	add	tp,tp,16 # 14018 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	295d                	jal	104ca <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2331                	jal	10528 <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	7139                	add	sp,sp,-64
   10022:	de06                	sw	ra,60(sp)
   10024:	dc22                	sw	s0,56(sp)
   10026:	da26                	sw	s1,52(sp)
   10028:	d84a                	sw	s2,48(sp)
   1002a:	d64e                	sw	s3,44(sp)
   1002c:	d452                	sw	s4,40(sp)
   1002e:	d256                	sw	s5,36(sp)
   10030:	d05a                	sw	s6,32(sp)
   10032:	ce5e                	sw	s7,28(sp)
   10034:	cc62                	sw	s8,24(sp)
   10036:	ca66                	sw	s9,20(sp)
   10038:	c86a                	sw	s10,16(sp)
   1003a:	c66e                	sw	s11,12(sp)
   1003c:	4785                	li	a5,1
   1003e:	12a7c363          	blt	a5,a0,10164 <main+0x144>
   10042:	6a05                	lui	s4,0x1
   10044:	00300cb7          	lui	s9,0x300
   10048:	c00a0a13          	add	s4,s4,-1024 # c00 <errno+0xc00>
   1004c:	4a81                	li	s5,0
   1004e:	6b4d                	lui	s6,0x13
   10050:	1a400613          	li	a2,420
   10054:	24100593          	li	a1,577
   10058:	030b0513          	add	a0,s6,48 # 13030 <__riscv_restore_0+0xac6>
   1005c:	249d                	jal	102c2 <open>
   1005e:	89aa                	mv	s3,a0
   10060:	14054f63          	bltz	a0,101be <main+0x19e>
   10064:	9e378437          	lui	s0,0x9e378
   10068:	4d01                	li	s10,0
   1006a:	4c01                	li	s8,0
   1006c:	6951                	lui	s2,0x14
   1006e:	6d89                	lui	s11,0x2
   10070:	9b140413          	add	s0,s0,-1615 # 9e3779b1 <_end+0x9e361789>
   10074:	ef362bb7          	lui	s7,0xef362
   10078:	418c84b3          	sub	s1,s9,s8
   1007c:	009df363          	bgeu	s11,s1,10082 <main+0x62>
   10080:	6489                	lui	s1,0x2
   10082:	019c0f63          	beq	s8,s9,100a0 <main+0x80>
   10086:	02490793          	add	a5,s2,36 # 14024 <buf>
   1008a:	00f485b3          	add	a1,s1,a5
   1008e:	876a                	mv	a4,s10
   10090:	01875693          	srl	a3,a4,0x18
   10094:	00d78023          	sb	a3,0(a5)
   10098:	0785                	add	a5,a5,1
   1009a:	9722                	add	a4,a4,s0
   1009c:	feb79ae3          	bne	a5,a1,10090 <main+0x70>
   100a0:	8626                	mv	a2,s1
   100a2:	02490593          	add	a1,s2,36
   100a6:	854e                	mv	a0,s3
   100a8:	2a7d                	jal	10266 <write>
   100aa:	0e951c63          	bne	a0,s1,101a2 <main+0x182>
   100ae:	9c6e                	add	s8,s8,s11
   100b0:	9d5e                	add	s10,s10,s7
   100b2:	fd9c63e3          	bltu	s8,s9,10078 <main+0x58>
   100b6:	854e                	mv	a0,s3
   100b8:	24a5                	jal	10320 <close>
   100ba:	12054263          	bltz	a0,101de <main+0x1be>
   100be:	4581                	li	a1,0
   100c0:	030b0513          	add	a0,s6,48
   100c4:	2afd                	jal	102c2 <open>
   100c6:	84aa                	mv	s1,a0
   100c8:	10054363          	bltz	a0,101ce <main+0x1ae>
   100cc:	4609                	li	a2,2
   100ce:	4581                	li	a1,0
   100d0:	2449                	jal	10352 <lseek>
   100d2:	0f951063          	bne	a0,s9,101b2 <main+0x192>
   100d6:	4601                	li	a2,0
   100d8:	4581                	li	a1,0
   100da:	8526                	mv	a0,s1
   100dc:	2c9d                	jal	10352 <lseek>
   100de:	0c051a63          	bnez	a0,101b2 <main+0x192>
   100e2:	811cabb7          	lui	s7,0x811ca
   100e6:	9e3789b7          	lui	s3,0x9e378
   100ea:	dc5b8b93          	add	s7,s7,-571 # 811c9dc5 <_end+0x811b3b9d>
   100ee:	4c01                	li	s8,0
   100f0:	9b198993          	add	s3,s3,-1615 # 9e3779b1 <_end+0x9e361789>
   100f4:	6609                	lui	a2,0x2
   100f6:	02490593          	add	a1,s2,36
   100fa:	8526                	mv	a0,s1
   100fc:	2a61                	jal	10294 <read>
   100fe:	842a                	mv	s0,a0
   10100:	10050963          	beqz	a0,10212 <main+0x1f2>
   10104:	12044063          	bltz	s0,10224 <main+0x204>
   10108:	02490893          	add	a7,s2,36
   1010c:	033c0733          	mul	a4,s8,s3
   10110:	00888533          	add	a0,a7,s0
   10114:	02490813          	add	a6,s2,36
   10118:	02490593          	add	a1,s2,36
   1011c:	a029                	j	10126 <main+0x106>
   1011e:	0585                	add	a1,a1,1
   10120:	974e                	add	a4,a4,s3
   10122:	0cb50663          	beq	a0,a1,101ee <main+0x1ce>
   10126:	0005c603          	lbu	a2,0(a1)
   1012a:	01875793          	srl	a5,a4,0x18
   1012e:	86be                	mv	a3,a5
   10130:	fef607e3          	beq	a2,a5,1011e <main+0xfe>
   10134:	411c08b3          	sub	a7,s8,a7
   10138:	654d                	lui	a0,0x13
   1013a:	95c6                	add	a1,a1,a7
   1013c:	0b050513          	add	a0,a0,176 # 130b0 <__riscv_restore_0+0xb46>
   10140:	2119                	jal	10546 <printf>
   10142:	4405                	li	s0,1
   10144:	50f2                	lw	ra,60(sp)
   10146:	8522                	mv	a0,s0
   10148:	5462                	lw	s0,56(sp)
   1014a:	54d2                	lw	s1,52(sp)
   1014c:	5942                	lw	s2,48(sp)
   1014e:	59b2                	lw	s3,44(sp)
   10150:	5a22                	lw	s4,40(sp)
   10152:	5a92                	lw	s5,36(sp)
   10154:	5b02                	lw	s6,32(sp)
   10156:	4bf2                	lw	s7,28(sp)
   10158:	4c62                	lw	s8,24(sp)
   1015a:	4cd2                	lw	s9,20(sp)
   1015c:	4d42                	lw	s10,16(sp)
   1015e:	4db2                	lw	s11,12(sp)
   10160:	6121                	add	sp,sp,64
   10162:	8082                	ret
   10164:	842a                	mv	s0,a0
   10166:	41c8                	lw	a0,4(a1)
   10168:	84ae                	mv	s1,a1
   1016a:	4629                	li	a2,10
   1016c:	4581                	li	a1,0
   1016e:	2efd                	jal	1056c <strtoul>
   10170:	4789                	li	a5,2
   10172:	8a2a                	mv	s4,a0
   10174:	4a81                	li	s5,0
   10176:	00f40963          	beq	s0,a5,10188 <main+0x168>
   1017a:	4488                	lw	a0,8(s1)
   1017c:	65cd                	lui	a1,0x13
   1017e:	00058593          	mv	a1,a1
   10182:	2e05                	jal	104b2 <strcmp>
   10184:	00153a93          	seqz	s5,a0
   10188:	fffa0793          	add	a5,s4,-1
   1018c:	00100737          	lui	a4,0x100
   10190:	00aa1c93          	sll	s9,s4,0xa
   10194:	eae7ede3          	bltu	a5,a4,1004e <main+0x2e>
   10198:	654d                	lui	a0,0x13
   1019a:	00850513          	add	a0,a0,8 # 13008 <__riscv_restore_0+0xa9e>
   1019e:	2665                	jal	10546 <printf>
   101a0:	b74d                	j	10142 <main+0x122>
   101a2:	65cd                	lui	a1,0x13
   101a4:	654d                	lui	a0,0x13
   101a6:	06458593          	add	a1,a1,100 # 13064 <__riscv_restore_0+0xafa>
   101aa:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0xae6>
   101ae:	2e61                	jal	10546 <printf>
   101b0:	bf49                	j	10142 <main+0x122>
   101b2:	654d                	lui	a0,0x13
   101b4:	85e6                	mv	a1,s9
   101b6:	08850513          	add	a0,a0,136 # 13088 <__riscv_restore_0+0xb1e>
   101ba:	2671                	jal	10546 <printf>
   101bc:	b759                	j	10142 <main+0x122>
   101be:	65cd                	lui	a1,0x13
   101c0:	654d                	lui	a0,0x13
   101c2:	03c58593          	add	a1,a1,60 # 1303c <__riscv_restore_0+0xad2>
   101c6:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0xae6>
   101ca:	2eb5                	jal	10546 <printf>
   101cc:	bf9d                	j	10142 <main+0x122>
   101ce:	65cd                	lui	a1,0x13
   101d0:	654d                	lui	a0,0x13
   101d2:	07458593          	add	a1,a1,116 # 13074 <__riscv_restore_0+0xb0a>
   101d6:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0xae6>
   101da:	26b5                	jal	10546 <printf>
   101dc:	b79d                	j	10142 <main+0x122>
   101de:	65cd                	lui	a1,0x13
   101e0:	654d                	lui	a0,0x13
   101e2:	06c58593          	add	a1,a1,108 # 1306c <__riscv_restore_0+0xb02>
   101e6:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0xae6>
   101ea:	2eb1                	jal	10546 <printf>
   101ec:	bf99                	j	10142 <main+0x122>
   101ee:	010006b7          	lui	a3,0x1000
   101f2:	4781                	li	a5,0
   101f4:	19368693          	add	a3,a3,403 # 1000193 <_end+0xfe9f6b>
   101f8:	00f80733          	add	a4,a6,a5
   101fc:	00074703          	lbu	a4,0(a4) # 100000 <_end+0xe9dd8>
   10200:	0785                	add	a5,a5,1
   10202:	01774733          	xor	a4,a4,s7
   10206:	02d70bb3          	mul	s7,a4,a3
   1020a:	fef417e3          	bne	s0,a5,101f8 <main+0x1d8>
   1020e:	9c22                	add	s8,s8,s0
   10210:	b5d5                	j	100f4 <main+0xd4>
   10212:	039c0163          	beq	s8,s9,10234 <main+0x214>
   10216:	654d                	lui	a0,0x13
   10218:	8666                	mv	a2,s9
   1021a:	85e2                	mv	a1,s8
   1021c:	0d850513          	add	a0,a0,216 # 130d8 <__riscv_restore_0+0xb6e>
   10220:	261d                	jal	10546 <printf>
   10222:	b705                	j	10142 <main+0x122>
   10224:	65cd                	lui	a1,0x13
   10226:	654d                	lui	a0,0x13
   10228:	0a858593          	add	a1,a1,168 # 130a8 <__riscv_restore_0+0xb3e>
   1022c:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0xae6>
   10230:	2e19                	jal	10546 <printf>
   10232:	bf01                	j	10142 <main+0x122>
   10234:	8526                	mv	a0,s1
   10236:	20ed                	jal	10320 <close>
   10238:	fa0543e3          	bltz	a0,101de <main+0x1be>
   1023c:	654d                	lui	a0,0x13
   1023e:	865e                	mv	a2,s7
   10240:	85d2                	mv	a1,s4
   10242:	10050513          	add	a0,a0,256 # 13100 <__riscv_restore_0+0xb96>
   10246:	2601                	jal	10546 <printf>
   10248:	ee0a9ee3          	bnez	s5,10144 <main+0x124>
   1024c:	030b0513          	add	a0,s6,48
   10250:	2a05                	jal	10380 <unlink>
   10252:	ee0559e3          	bgez	a0,10144 <main+0x124>
   10256:	65cd                	lui	a1,0x13
   10258:	654d                	lui	a0,0x13
   1025a:	13858593          	add	a1,a1,312 # 13138 <__riscv_restore_0+0xbce>
   1025e:	05050513          	add	a0,a0,80 # 13050 <__riscv_restore_0+0xae6>
   10262:	24d5                	jal	10546 <printf>
   10264:	bdf9                	j	10142 <main+0x122>

00010266 <write>:
   10266:	4889                	li	a7,2
   10268:	00000073          	ecall
   1026c:	00054363          	bltz	a0,10272 <write+0xc>
   10270:	8082                	ret
   10272:	fff54793          	not	a5,a0
   10276:	02500693          	li	a3,37
   1027a:	4715                	li	a4,5
   1027c:	00f6e863          	bltu	a3,a5,1028c <write+0x26>
   10280:	674d                	lui	a4,0x13
   10282:	14c70713          	add	a4,a4,332 # 1314c <CSWTCH.24>
   10286:	97ba                	add	a5,a5,a4
   10288:	00078703          	lb	a4,0(a5)
   1028c:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10290:	557d                	li	a0,-1
   10292:	8082                	ret

00010294 <read>:
   10294:	488d                	li	a7,3
   10296:	00000073          	ecall
   1029a:	00054363          	bltz	a0,102a0 <read+0xc>
   1029e:	8082                	ret
   102a0:	fff54793          	not	a5,a0
   102a4:	02500693          	li	a3,37
   102a8:	4715                	li	a4,5
   102aa:	00f6e863          	bltu	a3,a5,102ba <read+0x26>
   102ae:	674d                	lui	a4,0x13
   102b0:	14c70713          	add	a4,a4,332 # 1314c <CSWTCH.24>
   102b4:	97ba                	add	a5,a5,a4
   102b6:	00078703          	lb	a4,0(a5)
   102ba:	00e22023          	sw	a4,0(tp) # 0 <errno>
   102be:	557d                	li	a0,-1
   102c0:	8082                	ret

000102c2 <open>:
   102c2:	1101                	add	sp,sp,-32
   102c4:	00b5d313          	srl	t1,a1,0xb
   102c8:	c432                	sw	a2,8(sp)
   102ca:	c636                	sw	a3,12(sp)
   102cc:	c83a                	sw	a4,16(sp)
   102ce:	ca3e                	sw	a5,20(sp)
   102d0:	cc42                	sw	a6,24(sp)
   102d2:	ce46                	sw	a7,28(sp)
   102d4:	00137313          	and	t1,t1,1
   102d8:	02031163          	bnez	t1,102fa <open+0x38>
   102dc:	0035f793          	and	a5,a1,3
   102e0:	470d                	li	a4,3
   102e2:	00e78c63          	beq	a5,a4,102fa <open+0x38>
   102e6:	6435f593          	and	a1,a1,1603
   102ea:	4601                	li	a2,0
   102ec:	48a9                	li	a7,10
   102ee:	00000073          	ecall
   102f2:	00054963          	bltz	a0,10304 <open+0x42>
   102f6:	6105                	add	sp,sp,32
   102f8:	8082                	ret
   102fa:	4759                	li	a4,22
   102fc:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10300:	557d                	li	a0,-1
   10302:	bfd5                	j	102f6 <open+0x34>
   10304:	fff54793          	not	a5,a0
   10308:	02500693          	li	a3,37
   1030c:	4715                	li	a4,5
   1030e:	fef6e7e3          	bltu	a3,a5,102fc <open+0x3a>
   10312:	674d                	lui	a4,0x13
   10314:	14c70713          	add	a4,a4,332 # 1314c <CSWTCH.24>
   10318:	97ba                	add	a5,a5,a4
   1031a:	00078703          	lb	a4,0(a5)
   1031e:	bff9                	j	102fc <open+0x3a>

00010320 <close>:
   10320:	4581                	li	a1,0
   10322:	4601                	li	a2,0
   10324:	48ad                	li	a7,11
   10326:	00000073          	ecall
   1032a:	00054363          	bltz	a0,10330 <close+0x10>
   1032e:	8082                	ret
   10330:	fff54793          	not	a5,a0
   10334:	02500693          	li	a3,37
   10338:	4715                	li	a4,5
   1033a:	00f6e863          	bltu	a3,a5,1034a <close+0x2a>
   1033e:	674d                	lui	a4,0x13
   10340:	14c70713          	add	a4,a4,332 # 1314c <CSWTCH.24>
   10344:	97ba                	add	a5,a5,a4
   10346:	00078703          	lb	a4,0(a5)
   1034a:	00e22023          	sw	a4,0(tp) # 0 <errno>
   1034e:	557d                	li	a0,-1
   10350:	8082                	ret

00010352 <lseek>:
   10352:	48b1                	li	a7,12
   10354:	00000073          	ecall
   10358:	00054363          	bltz	a0,1035e <lseek+0xc>
   1035c:	8082                	ret
   1035e:	fff54793          	not	a5,a0
   10362:	02500693          	li	a3,37
   10366:	4715                	li	a4,5
   10368:	00f6e863          	bltu	a3,a5,10378 <lseek+0x26>
   1036c:	674d                	lui	a4,0x13
   1036e:	14c70713          	add	a4,a4,332 # 1314c <CSWTCH.24>
   10372:	97ba                	add	a5,a5,a4
   10374:	00078703          	lb	a4,0(a5)
   10378:	00e22023          	sw	a4,0(tp) # 0 <errno>
   1037c:	557d                	li	a0,-1
   1037e:	8082                	ret

00010380 <unlink>:
   10380:	4581                	li	a1,0
   10382:	4601                	li	a2,0
   10384:	48b5                	li	a7,13
   10386:	00000073          	ecall
   1038a:	00054363          	bltz	a0,10390 <unlink+0x10>
   1038e:	8082                	ret
   10390:	fff54793          	not	a5,a0
   10394:	02500693          	li	a3,37
   10398:	4715                	li	a4,5
   1039a:	00f6e863          	bltu	a3,a5,103aa <unlink+0x2a>
   1039e:	674d                	lui	a4,0x13
   103a0:	14c70713          	add	a4,a4,332 # 1314c <CSWTCH.24>
   103a4:	97ba                	add	a5,a5,a4
   103a6:	00078703          	lb	a4,0(a5)
   103aa:	00e22023          	sw	a4,0(tp) # 0 <errno>
   103ae:	557d                	li	a0,-1
   103b0:	8082                	ret

000103b2 <_exit>:
   103b2:	1141                	add	sp,sp,-16
   103b4:	c422                	sw	s0,8(sp)
   103b6:	c606                	sw	ra,12(sp)
   103b8:	842a                	mv	s0,a0
   103ba:	2875                	jal	10476 <ulib_flush_stdout>
   103bc:	8522                	mv	a0,s0
   103be:	4581                	li	a1,0
   103c0:	4601                	li	a2,0
   103c2:	4885                	li	a7,1
   103c4:	00000073          	ecall
   103c8:	a001                	j	103c8 <_exit+0x16>

000103ca <stdout_flush>:
   103ca:	1141                	add	sp,sp,-16
   103cc:	c04a                	sw	s2,0(sp)
   103ce:	6951                	lui	s2,0x14
   103d0:	c422                	sw	s0,8(sp)
   103d2:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   103d6:	c606                	sw	ra,12(sp)
   103d8:	c226                	sw	s1,4(sp)
   103da:	cc11                	beqz	s0,103f6 <stdout_flush+0x2c>
   103dc:	64d9                	lui	s1,0x16
   103de:	02448493          	add	s1,s1,36 # 16024 <out_buf>
   103e2:	a019                	j	103e8 <stdout_flush+0x1e>
   103e4:	94aa                	add	s1,s1,a0
   103e6:	c801                	beqz	s0,103f6 <stdout_flush+0x2c>
   103e8:	8622                	mv	a2,s0
   103ea:	85a6                	mv	a1,s1
   103ec:	4505                	li	a0,1
   103ee:	3da5                	jal	10266 <write>
   103f0:	8c09                	sub	s0,s0,a0
   103f2:	fea049e3          	bgtz	a0,103e4 <stdout_flush+0x1a>
   103f6:	40b2                	lw	ra,12(sp)
   103f8:	4422                	lw	s0,8(sp)
   103fa:	02092023          	sw	zero,32(s2)
   103fe:	4492                	lw	s1,4(sp)
   10400:	4902                	lw	s2,0(sp)
   10402:	4501                	li	a0,0
   10404:	0141                	add	sp,sp,16
   10406:	8082                	ret

00010408 <stdout_put>:
   10408:	1101                	add	sp,sp,-32
   1040a:	c64e                	sw	s3,12(sp)
   1040c:	69d1                	lui	s3,0x14
   1040e:	0209a783          	lw	a5,32(s3) # 14020 <out_len>
   10412:	ca26                	sw	s1,20(sp)
   10414:	64d9                	lui	s1,0x16
   10416:	02448493          	add	s1,s1,36 # 16024 <out_buf>
   1041a:	cc22                	sw	s0,24(sp)
   1041c:	c84a                	sw	s2,16(sp)
   1041e:	00178413          	add	s0,a5,1
   10422:	ce06                	sw	ra,28(sp)
   10424:	97a6                	add	a5,a5,s1
   10426:	00a78023          	sb	a0,0(a5)
   1042a:	0289a023          	sw	s0,32(s3)
   1042e:	47a9                	li	a5,10
   10430:	892a                	mv	s2,a0
   10432:	00f50e63          	beq	a0,a5,1044e <stdout_put+0x46>
   10436:	20000793          	li	a5,512
   1043a:	00f40b63          	beq	s0,a5,10450 <stdout_put+0x48>
   1043e:	40f2                	lw	ra,28(sp)
   10440:	4462                	lw	s0,24(sp)
   10442:	44d2                	lw	s1,20(sp)
   10444:	49b2                	lw	s3,12(sp)
   10446:	854a                	mv	a0,s2
   10448:	4942                	lw	s2,16(sp)
   1044a:	6105                	add	sp,sp,32
   1044c:	8082                	ret
   1044e:	c811                	beqz	s0,10462 <stdout_put+0x5a>
   10450:	8622                	mv	a2,s0
   10452:	85a6                	mv	a1,s1
   10454:	4505                	li	a0,1
   10456:	3d01                	jal	10266 <write>
   10458:	8c09                	sub	s0,s0,a0
   1045a:	00a05463          	blez	a0,10462 <stdout_put+0x5a>
   1045e:	94aa                	add	s1,s1,a0
   10460:	f865                	bnez	s0,10450 <stdout_put+0x48>
   10462:	40f2                	lw	ra,28(sp)
   10464:	4462                	lw	s0,24(sp)
   10466:	0209a023          	sw	zero,32(s3)
   1046a:	44d2                	lw	s1,20(sp)
   1046c:	49b2                	lw	s3,12(sp)
   1046e:	854a                	mv	a0,s2
   10470:	4942                	lw	s2,16(sp)
   10472:	6105                	add	sp,sp,32
   10474:	8082                	ret

00010476 <ulib_flush_stdout>:
   10476:	1141                	add	sp,sp,-16
   10478:	c04a                	sw	s2,0(sp)
   1047a:	6951                	lui	s2,0x14
   1047c:	c422                	sw	s0,8(sp)
   1047e:	02092403          	lw	s0,32(s2) # 14020 <out_len>
   10482:	c606                	sw	ra,12(sp)
   10484:	c226                	sw	s1,4(sp)
   10486:	cc11                	beqz	s0,104a2 <ulib_flush_stdout+0x2c>
   10488:	64d9                	lui	s1,0x16
   1048a:	02448493          	add	s1,s1,36 # 16024 <out_buf>
   1048e:	a019                	j	10494 <ulib_flush_stdout+0x1e>
   10490:	94aa                	add	s1,s1,a0
   10492:	c801                	beqz	s0,104a2 <ulib_flush_stdout+0x2c>
   10494:	8622                	mv	a2,s0
   10496:	85a6                	mv	a1,s1
   10498:	4505                	li	a0,1
   1049a:	33f1                	jal	10266 <write>
   1049c:	8c09                	sub	s0,s0,a0
   1049e:	fea049e3          	bgtz	a0,10490 <ulib_flush_stdout+0x1a>
   104a2:	40b2                	lw	ra,12(sp)
   104a4:	4422                	lw	s0,8(sp)
   104a6:	02092023          	sw	zero,32(s2)
   104aa:	4492                	lw	s1,4(sp)
   104ac:	4902                	lw	s2,0(sp)
   104ae:	0141                	add	sp,sp,16
   104b0:	8082                	ret

000104b2 <strcmp>:
   104b2:	00054603          	lbu	a2,0(a0)
   104b6:	0005c683          	lbu	a3,0(a1)
   104ba:	0505                	add	a0,a0,1
   104bc:	0585                	add	a1,a1,1
   104be:	00d61363          	bne	a2,a3,104c4 <strcmp+0x12>
   104c2:	fa65                	bnez	a2,104b2 <strcmp>
   104c4:	40d60533          	sub	a0,a2,a3
   104c8:	8082                	ret

000104ca <__libc_init_array>:
   104ca:	07c022ef          	jal	t0,12546 <__riscv_save_0>
   104ce:	64cd                	lui	s1,0x13
   104d0:	644d                	lui	s0,0x13
   104d2:	66048793          	add	a5,s1,1632 # 13660 <__fini_array_end>
   104d6:	66040413          	add	s0,s0,1632 # 13660 <__fini_array_end>
   104da:	8c1d                	sub	s0,s0,a5
   104dc:	8409                	sra	s0,s0,0x2
   104de:	66048493          	add	s1,s1,1632
   104e2:	4901                	li	s2,0
   104e4:	02891863          	bne	s2,s0,10514 <__libc_init_array+0x4a>
   104e8:	00000793          	li	a5,0
   104ec:	c789                	beqz	a5,104f6 <__libc_init_array+0x2c>
   104ee:	00000097          	auipc	ra,0x0
   104f2:	000000e7          	jalr	zero # 0 <errno>
   104f6:	64cd                	lui	s1,0x13
   104f8:	644d                	lui	s0,0x13
   104fa:	66048793          	add	a5,s1,1632 # 13660 <__fini_array_end>
   104fe:	66040413          	add	s0,s0,1632 # 13660 <__fini_array_end>
   10502:	8c1d                	sub	s0,s0,a5
   10504:	8409                	sra	s0,s0,0x2
   10506:	66048493          	add	s1,s1,1632
   1050a:	4901                	li	s2,0
   1050c:	00891963          	bne	s2,s0,1051e <__libc_init_array+0x54>
   10510:	05a0206f          	j	1256a <__riscv_restore_0>
   10514:	409c                	lw	a5,0(s1)
   10516:	0905                	add	s2,s2,1
   10518:	0491                	add	s1,s1,4
   1051a:	9782                	jalr	a5
   1051c:	b7e1                	j	104e4 <__libc_init_array+0x1a>
   1051e:	409c                	lw	a5,0(s1)
   10520:	0905                	add	s2,s2,1
   10522:	0491                	add	s1,s1,4
   10524:	9782                	jalr	a5
   10526:	b7dd                	j	1050c <__libc_init_array+0x42>

00010528 <exit>:
   10528:	01e022ef          	jal	t0,12546 <__riscv_save_0>
   1052c:	00000793          	li	a5,0
   10530:	842a                	mv	s0,a0
   10532:	c791                	beqz	a5,1053e <exit+0x16>
   10534:	4581                	li	a1,0
   10536:	00000097          	auipc	ra,0x0
   1053a:	000000e7          	jalr	zero # 0 <errno>
   1053e:	089010ef          	jal	11dc6 <__libc_fini_array>
   10542:	8522                	mv	a0,s0
   10544:	35bd                	jal	103b2 <_exit>

00010546 <printf>:
   10546:	7139                	add	sp,sp,-64
   10548:	da3e                	sw	a5,52(sp)
   1054a:	67cd                	lui	a5,0x13
   1054c:	d22e                	sw	a1,36(sp)
   1054e:	85aa                	mv	a1,a0
   10550:	6547a503          	lw	a0,1620(a5) # 13654 <stdout>
   10554:	d432                	sw	a2,40(sp)
   10556:	1050                	add	a2,sp,36
   10558:	ce06                	sw	ra,28(sp)
   1055a:	d636                	sw	a3,44(sp)
   1055c:	d83a                	sw	a4,48(sp)
   1055e:	dc42                	sw	a6,56(sp)
   10560:	de46                	sw	a7,60(sp)
   10562:	c632                	sw	a2,12(sp)
   10564:	2629                	jal	1086e <__d_vfprintf>
   10566:	40f2                	lw	ra,28(sp)
   10568:	6121                	add	sp,sp,64
   1056a:	8082                	ret

0001056c <strtoul>:
   1056c:	02400793          	li	a5,36
   10570:	882a                	mv	a6,a0
   10572:	00c7e563          	bltu	a5,a2,1057c <strtoul+0x10>
   10576:	4785                	li	a5,1
   10578:	00f61a63          	bne	a2,a5,1058c <strtoul+0x20>
   1057c:	4759                	li	a4,22
   1057e:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10582:	c199                	beqz	a1,10588 <strtoul+0x1c>
   10584:	0105a023          	sw	a6,0(a1)
   10588:	4501                	li	a0,0
   1058a:	8082                	ret
   1058c:	0ff67893          	zext.b	a7,a2
   10590:	4e11                	li	t3,4
   10592:	02000313          	li	t1,32
   10596:	00054783          	lbu	a5,0(a0)
   1059a:	00150713          	add	a4,a0,1
   1059e:	ff778693          	add	a3,a5,-9
   105a2:	0ff6f693          	zext.b	a3,a3
   105a6:	08de7c63          	bgeu	t3,a3,1063e <strtoul+0xd2>
   105aa:	08678a63          	beq	a5,t1,1063e <strtoul+0xd2>
   105ae:	02b00693          	li	a3,43
   105b2:	08d78863          	beq	a5,a3,10642 <strtoul+0xd6>
   105b6:	02d00313          	li	t1,45
   105ba:	4681                	li	a3,0
   105bc:	00679763          	bne	a5,t1,105ca <strtoul+0x5e>
   105c0:	4685                	li	a3,1
   105c2:	00154783          	lbu	a5,1(a0)
   105c6:	00250713          	add	a4,a0,2
   105ca:	03000513          	li	a0,48
   105ce:	06a79f63          	bne	a5,a0,1064c <strtoul+0xe0>
   105d2:	00074503          	lbu	a0,0(a4)
   105d6:	07800313          	li	t1,120
   105da:	02056513          	or	a0,a0,32
   105de:	06651463          	bne	a0,t1,10646 <strtoul+0xda>
   105e2:	c601                	beqz	a2,105ea <strtoul+0x7e>
   105e4:	4641                	li	a2,16
   105e6:	00c89763          	bne	a7,a2,105f4 <strtoul+0x88>
   105ea:	00174783          	lbu	a5,1(a4)
   105ee:	883a                	mv	a6,a4
   105f0:	48c1                	li	a7,16
   105f2:	0709                	add	a4,a4,2
   105f4:	4501                	li	a0,0
   105f6:	03900613          	li	a2,57
   105fa:	00f67963          	bgeu	a2,a5,1060c <strtoul+0xa0>
   105fe:	17fd                	add	a5,a5,-1
   10600:	0207e793          	or	a5,a5,32
   10604:	fda78793          	add	a5,a5,-38
   10608:	0ff7f793          	zext.b	a5,a5
   1060c:	fd078793          	add	a5,a5,-48
   10610:	0ff7f793          	zext.b	a5,a5
   10614:	0317ff63          	bgeu	a5,a7,10652 <strtoul+0xe6>
   10618:	03153833          	mulhu	a6,a0,a7
   1061c:	03150533          	mul	a0,a0,a7
   10620:	00081863          	bnez	a6,10630 <strtoul+0xc4>
   10624:	97aa                	add	a5,a5,a0
   10626:	00a7b833          	sltu	a6,a5,a0
   1062a:	853e                	mv	a0,a5
   1062c:	00080463          	beqz	a6,10634 <strtoul+0xc8>
   10630:	0026e693          	or	a3,a3,2
   10634:	00074783          	lbu	a5,0(a4)
   10638:	883a                	mv	a6,a4
   1063a:	0705                	add	a4,a4,1
   1063c:	bf7d                	j	105fa <strtoul+0x8e>
   1063e:	853a                	mv	a0,a4
   10640:	bf99                	j	10596 <strtoul+0x2a>
   10642:	4681                	li	a3,0
   10644:	bfbd                	j	105c2 <strtoul+0x56>
   10646:	f65d                	bnez	a2,105f4 <strtoul+0x88>
   10648:	48a1                	li	a7,8
   1064a:	b76d                	j	105f4 <strtoul+0x88>
   1064c:	f645                	bnez	a2,105f4 <strtoul+0x88>
   1064e:	48a9                	li	a7,10
   10650:	b755                	j	105f4 <strtoul+0x88>
   10652:	0016f793          	and	a5,a3,1
   10656:	c399                	beqz	a5,1065c <strtoul+0xf0>
   10658:	40a00533          	neg	a0,a0
   1065c:	8a89                	and	a3,a3,2
   1065e:	c691                	beqz	a3,1066a <strtoul+0xfe>
   10660:	02200713          	li	a4,34
   10664:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10668:	557d                	li	a0,-1
   1066a:	c199                	beqz	a1,10670 <strtoul+0x104>
   1066c:	0105a023          	sw	a6,0(a1)
   10670:	8082                	ret

00010672 <__ultoa_invert>:
   10672:	6ad012ef          	jal	t0,1251e <__riscv_save_10>
   10676:	2006f793          	and	a5,a3,512
   1067a:	89aa                	mv	s3,a0
   1067c:	8a2e                	mv	s4,a1
   1067e:	8932                	mv	s2,a2
   10680:	84b6                	mv	s1,a3
   10682:	02700b13          	li	s6,39
   10686:	c781                	beqz	a5,1068e <__ultoa_invert+0x1c>
   10688:	dff6f493          	and	s1,a3,-513
   1068c:	4b1d                	li	s6,7
   1068e:	41f4da93          	sra	s5,s1,0x1f
   10692:	4ca5                	li	s9,9
   10694:	8626                	mv	a2,s1
   10696:	86d6                	mv	a3,s5
   10698:	854e                	mv	a0,s3
   1069a:	85d2                	mv	a1,s4
   1069c:	353010ef          	jal	121ee <__umoddi3>
   106a0:	85d2                	mv	a1,s4
   106a2:	0ff57413          	zext.b	s0,a0
   106a6:	8626                	mv	a2,s1
   106a8:	854e                	mv	a0,s3
   106aa:	86d6                	mv	a3,s5
   106ac:	7e4010ef          	jal	11e90 <__udivdi3>
   106b0:	8c4e                	mv	s8,s3
   106b2:	8bd2                	mv	s7,s4
   106b4:	89aa                	mv	s3,a0
   106b6:	8a2e                	mv	s4,a1
   106b8:	008cf563          	bgeu	s9,s0,106c2 <__ultoa_invert+0x50>
   106bc:	945a                	add	s0,s0,s6
   106be:	0ff47413          	zext.b	s0,s0
   106c2:	0905                	add	s2,s2,1
   106c4:	03040413          	add	s0,s0,48
   106c8:	fe890fa3          	sb	s0,-1(s2)
   106cc:	015be663          	bltu	s7,s5,106d8 <__ultoa_invert+0x66>
   106d0:	fd7a92e3          	bne	s5,s7,10694 <__ultoa_invert+0x22>
   106d4:	fc9c70e3          	bgeu	s8,s1,10694 <__ultoa_invert+0x22>
   106d8:	854a                	mv	a0,s2
   106da:	67d0106f          	j	12556 <__riscv_restore_10>

000106de <skip_to_arg>:
   106de:	641012ef          	jal	t0,1251e <__riscv_save_10>
   106e2:	4305                	li	t1,1
   106e4:	02500f13          	li	t5,37
   106e8:	88aa                	mv	a7,a0
   106ea:	00c34463          	blt	t1,a2,106f2 <skip_to_arg+0x14>
   106ee:	6690106f          	j	12556 <__riscv_restore_10>
   106f2:	87c6                	mv	a5,a7
   106f4:	88be                	mv	a7,a5
   106f6:	0007c703          	lbu	a4,0(a5)
   106fa:	0785                	add	a5,a5,1
   106fc:	db6d                	beqz	a4,106ee <skip_to_arg+0x10>
   106fe:	ffe71be3          	bne	a4,t5,106f4 <skip_to_arg+0x16>
   10702:	0007c703          	lbu	a4,0(a5)
   10706:	0889                	add	a7,a7,2
   10708:	ffe705e3          	beq	a4,t5,106f2 <skip_to_arg+0x14>
   1070c:	6ecd                	lui	t4,0x13
   1070e:	4681                	li	a3,0
   10710:	4e01                	li	t3,0
   10712:	4781                	li	a5,0
   10714:	42fd                	li	t0,31
   10716:	06c00f93          	li	t6,108
   1071a:	07400393          	li	t2,116
   1071e:	07a00413          	li	s0,122
   10722:	06800493          	li	s1,104
   10726:	06a00913          	li	s2,106
   1072a:	04c00993          	li	s3,76
   1072e:	4a25                	li	s4,9
   10730:	02400a93          	li	s5,36
   10734:	07f00b13          	li	s6,127
   10738:	4bc1                	li	s7,16
   1073a:	889e8e93          	add	t4,t4,-1911 # 12889 <__riscv_restore_0+0x31f>
   1073e:	04f2e263          	bltu	t0,a5,10782 <skip_to_arg+0xa4>
   10742:	fe070813          	add	a6,a4,-32
   10746:	0ff87813          	zext.b	a6,a6
   1074a:	030bf163          	bgeu	s7,a6,1076c <skip_to_arg+0x8e>
   1074e:	fd070813          	add	a6,a4,-48
   10752:	0ff87813          	zext.b	a6,a6
   10756:	4c25                	li	s8,9
   10758:	050c6563          	bltu	s8,a6,107a2 <skip_to_arg+0xc4>
   1075c:	47a9                	li	a5,10
   1075e:	02f687b3          	mul	a5,a3,a5
   10762:	00f806b3          	add	a3,a6,a5
   10766:	02000793          	li	a5,32
   1076a:	a039                	j	10778 <skip_to_arg+0x9a>
   1076c:	010ed833          	srl	a6,t4,a6
   10770:	00187813          	and	a6,a6,1
   10774:	00080963          	beqz	a6,10786 <skip_to_arg+0xa8>
   10778:	0008c703          	lbu	a4,0(a7)
   1077c:	0885                	add	a7,a7,1
   1077e:	f361                	bnez	a4,1073e <skip_to_arg+0x60>
   10780:	a8b1                	j	107dc <skip_to_arg+0xfe>
   10782:	04fb6363          	bltu	s6,a5,107c8 <skip_to_arg+0xea>
   10786:	fd070813          	add	a6,a4,-48
   1078a:	0ff87813          	zext.b	a6,a6
   1078e:	fd0a77e3          	bgeu	s4,a6,1075c <skip_to_arg+0x7e>
   10792:	03571563          	bne	a4,s5,107bc <skip_to_arg+0xde>
   10796:	0a0e0063          	beqz	t3,10836 <skip_to_arg+0x158>
   1079a:	0a668063          	beq	a3,t1,1083a <skip_to_arg+0x15c>
   1079e:	4681                	li	a3,0
   107a0:	bfe1                	j	10778 <skip_to_arg+0x9a>
   107a2:	0fb77813          	and	a6,a4,251
   107a6:	02a00c13          	li	s8,42
   107aa:	ff880ae3          	beq	a6,s8,1079e <skip_to_arg+0xc0>
   107ae:	06c00813          	li	a6,108
   107b2:	01071d63          	bne	a4,a6,107cc <skip_to_arg+0xee>
   107b6:	0807e793          	or	a5,a5,128
   107ba:	bf7d                	j	10778 <skip_to_arg+0x9a>
   107bc:	0fb77813          	and	a6,a4,251
   107c0:	02a00c13          	li	s8,42
   107c4:	fd880de3          	beq	a6,s8,1079e <skip_to_arg+0xc0>
   107c8:	05f70663          	beq	a4,t6,10814 <skip_to_arg+0x136>
   107cc:	02efef63          	bltu	t6,a4,1080a <skip_to_arg+0x12c>
   107d0:	04970863          	beq	a4,s1,10820 <skip_to_arg+0x142>
   107d4:	05270e63          	beq	a4,s2,10830 <skip_to_arg+0x152>
   107d8:	05370c63          	beq	a4,s3,10830 <skip_to_arg+0x152>
   107dc:	f00e09e3          	beqz	t3,106ee <skip_to_arg+0x10>
   107e0:	f06e15e3          	bne	t3,t1,106ea <skip_to_arg+0xc>
   107e4:	02076893          	or	a7,a4,32
   107e8:	f9b88813          	add	a6,a7,-101
   107ec:	0ff87813          	zext.b	a6,a6
   107f0:	4e09                	li	t3,2
   107f2:	4194                	lw	a3,0(a1)
   107f4:	010e7663          	bgeu	t3,a6,10800 <skip_to_arg+0x122>
   107f8:	06100813          	li	a6,97
   107fc:	05089263          	bne	a7,a6,10840 <skip_to_arg+0x162>
   10800:	069d                	add	a3,a3,7
   10802:	9ae1                	and	a3,a3,-8
   10804:	00868713          	add	a4,a3,8
   10808:	a091                	j	1084c <skip_to_arg+0x16e>
   1080a:	f67707e3          	beq	a4,t2,10778 <skip_to_arg+0x9a>
   1080e:	f68705e3          	beq	a4,s0,10778 <skip_to_arg+0x9a>
   10812:	b7e9                	j	107dc <skip_to_arg+0xfe>
   10814:	0807f713          	and	a4,a5,128
   10818:	df59                	beqz	a4,107b6 <skip_to_arg+0xd8>
   1081a:	2007e793          	or	a5,a5,512
   1081e:	bf61                	j	107b6 <skip_to_arg+0xd8>
   10820:	1007f713          	and	a4,a5,256
   10824:	c319                	beqz	a4,1082a <skip_to_arg+0x14c>
   10826:	2007e793          	or	a5,a5,512
   1082a:	1007e793          	or	a5,a5,256
   1082e:	b7a9                	j	10778 <skip_to_arg+0x9a>
   10830:	2807e793          	or	a5,a5,640
   10834:	b791                	j	10778 <skip_to_arg+0x9a>
   10836:	8e36                	mv	t3,a3
   10838:	b79d                	j	1079e <skip_to_arg+0xc0>
   1083a:	06300713          	li	a4,99
   1083e:	b75d                	j	107e4 <skip_to_arg+0x106>
   10840:	06300813          	li	a6,99
   10844:	01071763          	bne	a4,a6,10852 <skip_to_arg+0x174>
   10848:	00468713          	add	a4,a3,4
   1084c:	c198                	sw	a4,0(a1)
   1084e:	0305                	add	t1,t1,1
   10850:	bd61                	j	106e8 <skip_to_arg+0xa>
   10852:	07300813          	li	a6,115
   10856:	ff0709e3          	beq	a4,a6,10848 <skip_to_arg+0x16a>
   1085a:	0807f813          	and	a6,a5,128
   1085e:	00468713          	add	a4,a3,4
   10862:	fe0805e3          	beqz	a6,1084c <skip_to_arg+0x16e>
   10866:	2007f793          	and	a5,a5,512
   1086a:	d3ed                	beqz	a5,1084c <skip_to_arg+0x16e>
   1086c:	bf51                	j	10800 <skip_to_arg+0x122>

0001086e <__d_vfprintf>:
   1086e:	4a9012ef          	jal	t0,12516 <__riscv_save_12>
   10872:	00454783          	lbu	a5,4(a0)
   10876:	7139                	add	sp,sp,-64
   10878:	c02a                	sw	a0,0(sp)
   1087a:	c42e                	sw	a1,8(sp)
   1087c:	c632                	sw	a2,12(sp)
   1087e:	8b89                	and	a5,a5,2
   10880:	00852a03          	lw	s4,8(a0)
   10884:	c785                	beqz	a5,108ac <__d_vfprintf+0x3e>
   10886:	d232                	sw	a2,36(sp)
   10888:	87ae                	mv	a5,a1
   1088a:	4401                	li	s0,0
   1088c:	0007c903          	lbu	s2,0(a5)
   10890:	00090f63          	beqz	s2,108ae <__d_vfprintf+0x40>
   10894:	02500713          	li	a4,37
   10898:	00e90f63          	beq	s2,a4,108b6 <__d_vfprintf+0x48>
   1089c:	0785                	add	a5,a5,1
   1089e:	c23e                	sw	a5,4(sp)
   108a0:	4582                	lw	a1,0(sp)
   108a2:	854a                	mv	a0,s2
   108a4:	0405                	add	s0,s0,1
   108a6:	9a02                	jalr	s4
   108a8:	26055de3          	bgez	a0,11322 <__d_vfprintf+0xab4>
   108ac:	547d                	li	s0,-1
   108ae:	8522                	mv	a0,s0
   108b0:	6121                	add	sp,sp,64
   108b2:	4a10106f          	j	12552 <__riscv_restore_12>
   108b6:	0017c903          	lbu	s2,1(a5)
   108ba:	00278713          	add	a4,a5,2
   108be:	c23a                	sw	a4,4(sp)
   108c0:	02500793          	li	a5,37
   108c4:	fcf90ee3          	beq	s2,a5,108a0 <__d_vfprintf+0x32>
   108c8:	64cd                	lui	s1,0x13
   108ca:	4a81                	li	s5,0
   108cc:	4d01                	li	s10,0
   108ce:	4b01                	li	s6,0
   108d0:	4d81                	li	s11,0
   108d2:	06c00993          	li	s3,108
   108d6:	07400b93          	li	s7,116
   108da:	07a00c13          	li	s8,122
   108de:	06800c93          	li	s9,104
   108e2:	18448493          	add	s1,s1,388 # 13184 <CSWTCH.24+0x38>
   108e6:	47fd                	li	a5,31
   108e8:	07b7e163          	bltu	a5,s11,1094a <__d_vfprintf+0xdc>
   108ec:	fe090793          	add	a5,s2,-32
   108f0:	0ff7f793          	zext.b	a5,a5
   108f4:	4741                	li	a4,16
   108f6:	00f76663          	bltu	a4,a5,10902 <__d_vfprintf+0x94>
   108fa:	078a                	sll	a5,a5,0x2
   108fc:	97a6                	add	a5,a5,s1
   108fe:	439c                	lw	a5,0(a5)
   10900:	8782                	jr	a5
   10902:	fd090793          	add	a5,s2,-48
   10906:	0ff7f793          	zext.b	a5,a5
   1090a:	4725                	li	a4,9
   1090c:	06f76463          	bltu	a4,a5,10974 <__d_vfprintf+0x106>
   10910:	46a9                	li	a3,10
   10912:	02db06b3          	mul	a3,s6,a3
   10916:	00f68b33          	add	s6,a3,a5
   1091a:	020ded93          	or	s11,s11,32
   1091e:	a019                	j	10924 <__d_vfprintf+0xb6>
   10920:	001ded93          	or	s11,s11,1
   10924:	4792                	lw	a5,4(sp)
   10926:	0007c903          	lbu	s2,0(a5)
   1092a:	0785                	add	a5,a5,1
   1092c:	c23e                	sw	a5,4(sp)
   1092e:	fa091ce3          	bnez	s2,108e6 <__d_vfprintf+0x78>
   10932:	a0dd                	j	10a18 <__d_vfprintf+0x1aa>
   10934:	002ded93          	or	s11,s11,2
   10938:	004ded93          	or	s11,s11,4
   1093c:	b7e5                	j	10924 <__d_vfprintf+0xb6>
   1093e:	008ded93          	or	s11,s11,8
   10942:	b7cd                	j	10924 <__d_vfprintf+0xb6>
   10944:	010ded93          	or	s11,s11,16
   10948:	bff1                	j	10924 <__d_vfprintf+0xb6>
   1094a:	07f00793          	li	a5,127
   1094e:	0bb7e763          	bltu	a5,s11,109fc <__d_vfprintf+0x18e>
   10952:	fd090693          	add	a3,s2,-48
   10956:	0ff6f693          	zext.b	a3,a3
   1095a:	47a5                	li	a5,9
   1095c:	00d7ec63          	bltu	a5,a3,10974 <__d_vfprintf+0x106>
   10960:	040df613          	and	a2,s11,64
   10964:	87b6                	mv	a5,a3
   10966:	d64d                	beqz	a2,10910 <__d_vfprintf+0xa2>
   10968:	47a9                	li	a5,10
   1096a:	02fd07b3          	mul	a5,s10,a5
   1096e:	00d78d33          	add	s10,a5,a3
   10972:	bf4d                	j	10924 <__d_vfprintf+0xb6>
   10974:	02a00793          	li	a5,42
   10978:	02f91663          	bne	s2,a5,109a4 <__d_vfprintf+0x136>
   1097c:	fa0a94e3          	bnez	s5,10924 <__d_vfprintf+0xb6>
   10980:	5692                	lw	a3,36(sp)
   10982:	040df793          	and	a5,s11,64
   10986:	00468613          	add	a2,a3,4
   1098a:	4294                	lw	a3,0(a3)
   1098c:	d232                	sw	a2,36(sp)
   1098e:	c399                	beqz	a5,10994 <__d_vfprintf+0x126>
   10990:	8d36                	mv	s10,a3
   10992:	bf49                	j	10924 <__d_vfprintf+0xb6>
   10994:	8b36                	mv	s6,a3
   10996:	f806d2e3          	bgez	a3,1091a <__d_vfprintf+0xac>
   1099a:	40d00b33          	neg	s6,a3
   1099e:	028ded93          	or	s11,s11,40
   109a2:	b749                	j	10924 <__d_vfprintf+0xb6>
   109a4:	02e00793          	li	a5,46
   109a8:	00f91963          	bne	s2,a5,109ba <__d_vfprintf+0x14c>
   109ac:	040df793          	and	a5,s11,64
   109b0:	ee079fe3          	bnez	a5,108ae <__d_vfprintf+0x40>
   109b4:	040ded93          	or	s11,s11,64
   109b8:	b7b5                	j	10924 <__d_vfprintf+0xb6>
   109ba:	02400793          	li	a5,36
   109be:	02f91f63          	bne	s2,a5,109fc <__d_vfprintf+0x18e>
   109c2:	120a8a63          	beqz	s5,10af6 <__d_vfprintf+0x288>
   109c6:	47b2                	lw	a5,12(sp)
   109c8:	d23e                	sw	a5,36(sp)
   109ca:	040df793          	and	a5,s11,64
   109ce:	ef81                	bnez	a5,109e6 <__d_vfprintf+0x178>
   109d0:	4522                	lw	a0,8(sp)
   109d2:	865a                	mv	a2,s6
   109d4:	104c                	add	a1,sp,36
   109d6:	3321                	jal	106de <skip_to_arg>
   109d8:	5792                	lw	a5,36(sp)
   109da:	00478693          	add	a3,a5,4
   109de:	0007ab03          	lw	s6,0(a5)
   109e2:	d236                	sw	a3,36(sp)
   109e4:	b781                	j	10924 <__d_vfprintf+0xb6>
   109e6:	4522                	lw	a0,8(sp)
   109e8:	866a                	mv	a2,s10
   109ea:	104c                	add	a1,sp,36
   109ec:	39cd                	jal	106de <skip_to_arg>
   109ee:	5792                	lw	a5,36(sp)
   109f0:	00478693          	add	a3,a5,4
   109f4:	0007ad03          	lw	s10,0(a5)
   109f8:	d236                	sw	a3,36(sp)
   109fa:	b72d                	j	10924 <__d_vfprintf+0xb6>
   109fc:	0d390a63          	beq	s2,s3,10ad0 <__d_vfprintf+0x262>
   10a00:	0d29e363          	bltu	s3,s2,10ac6 <__d_vfprintf+0x258>
   10a04:	0d990e63          	beq	s2,s9,10ae0 <__d_vfprintf+0x272>
   10a08:	06a00793          	li	a5,106
   10a0c:	0ef90263          	beq	s2,a5,10af0 <__d_vfprintf+0x282>
   10a10:	04c00793          	li	a5,76
   10a14:	0cf90e63          	beq	s2,a5,10af0 <__d_vfprintf+0x282>
   10a18:	000a8863          	beqz	s5,10a28 <__d_vfprintf+0x1ba>
   10a1c:	47b2                	lw	a5,12(sp)
   10a1e:	4522                	lw	a0,8(sp)
   10a20:	8656                	mv	a2,s5
   10a22:	104c                	add	a1,sp,36
   10a24:	d23e                	sw	a5,36(sp)
   10a26:	3965                	jal	106de <skip_to_arg>
   10a28:	000d5963          	bgez	s10,10a3a <__d_vfprintf+0x1cc>
   10a2c:	fbfdf813          	and	a6,s11,-65
   10a30:	01081d93          	sll	s11,a6,0x10
   10a34:	010ddd93          	srl	s11,s11,0x10
   10a38:	4d01                	li	s10,0
   10a3a:	02096c93          	or	s9,s2,32
   10a3e:	f9bc8793          	add	a5,s9,-101 # 2fff9b <_end+0x2e9d73>
   10a42:	0ff7f793          	zext.b	a5,a5
   10a46:	4709                	li	a4,2
   10a48:	0af77d63          	bgeu	a4,a5,10b02 <__d_vfprintf+0x294>
   10a4c:	06100793          	li	a5,97
   10a50:	68fc9f63          	bne	s9,a5,110ee <__d_vfprintf+0x880>
   10a54:	5792                	lw	a5,36(sp)
   10a56:	6a89                	lui	s5,0x2
   10a58:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
   10a5c:	079d                	add	a5,a5,7
   10a5e:	9be1                	and	a5,a5,-8
   10a60:	0047ab83          	lw	s7,4(a5)
   10a64:	0007a883          	lw	a7,0(a5)
   10a68:	00878713          	add	a4,a5,8
   10a6c:	414bd993          	sra	s3,s7,0x14
   10a70:	00cb9c13          	sll	s8,s7,0xc
   10a74:	7ff9f993          	and	s3,s3,2047
   10a78:	00cc5c93          	srl	s9,s8,0xc
   10a7c:	015deab3          	or	s5,s11,s5
   10a80:	0119e533          	or	a0,s3,a7
   10a84:	fff94913          	not	s2,s2
   10a88:	0ac2                	sll	s5,s5,0x10
   10a8a:	d23a                	sw	a4,36(sp)
   10a8c:	019567b3          	or	a5,a0,s9
   10a90:	02097913          	and	s2,s2,32
   10a94:	010ada93          	srl	s5,s5,0x10
   10a98:	86c6                	mv	a3,a7
   10a9a:	8c66                	mv	s8,s9
   10a9c:	040df813          	and	a6,s11,64
   10aa0:	01fbdb93          	srl	s7,s7,0x1f
   10aa4:	ebdd                	bnez	a5,10b5a <__d_vfprintf+0x2ec>
   10aa6:	03000793          	li	a5,48
   10aaa:	0ffbfb93          	zext.b	s7,s7
   10aae:	02f106a3          	sb	a5,45(sp)
   10ab2:	03710623          	sb	s7,44(sp)
   10ab6:	24080d63          	beqz	a6,10d10 <__d_vfprintf+0x4a2>
   10aba:	47b1                	li	a5,12
   10abc:	4981                	li	s3,0
   10abe:	0da7d263          	bge	a5,s10,10b82 <__d_vfprintf+0x314>
   10ac2:	4d35                	li	s10,13
   10ac4:	aa85                	j	10c34 <__d_vfprintf+0x3c6>
   10ac6:	e5790fe3          	beq	s2,s7,10924 <__d_vfprintf+0xb6>
   10aca:	e5890de3          	beq	s2,s8,10924 <__d_vfprintf+0xb6>
   10ace:	b7a9                	j	10a18 <__d_vfprintf+0x1aa>
   10ad0:	080df793          	and	a5,s11,128
   10ad4:	c399                	beqz	a5,10ada <__d_vfprintf+0x26c>
   10ad6:	200ded93          	or	s11,s11,512
   10ada:	080ded93          	or	s11,s11,128
   10ade:	b599                	j	10924 <__d_vfprintf+0xb6>
   10ae0:	100df793          	and	a5,s11,256
   10ae4:	c399                	beqz	a5,10aea <__d_vfprintf+0x27c>
   10ae6:	200ded93          	or	s11,s11,512
   10aea:	100ded93          	or	s11,s11,256
   10aee:	bd1d                	j	10924 <__d_vfprintf+0xb6>
   10af0:	280ded93          	or	s11,s11,640
   10af4:	bd05                	j	10924 <__d_vfprintf+0xb6>
   10af6:	875a                	mv	a4,s6
   10af8:	4d01                	li	s10,0
   10afa:	4b01                	li	s6,0
   10afc:	8aba                	mv	s5,a4
   10afe:	4d81                	li	s11,0
   10b00:	b515                	j	10924 <__d_vfprintf+0xb6>
   10b02:	5792                	lw	a5,36(sp)
   10b04:	fff94913          	not	s2,s2
   10b08:	02097913          	and	s2,s2,32
   10b0c:	079d                	add	a5,a5,7
   10b0e:	9be1                	and	a5,a5,-8
   10b10:	00878713          	add	a4,a5,8
   10b14:	4388                	lw	a0,0(a5)
   10b16:	43cc                	lw	a1,4(a5)
   10b18:	d23a                	sw	a4,36(sp)
   10b1a:	040df793          	and	a5,s11,64
   10b1e:	20078d63          	beqz	a5,10d38 <__d_vfprintf+0x4ca>
   10b22:	06500793          	li	a5,101
   10b26:	20fc9b63          	bne	s9,a5,10d3c <__d_vfprintf+0x4ce>
   10b2a:	6785                	lui	a5,0x1
   10b2c:	001d0613          	add	a2,s10,1
   10b30:	00fdedb3          	or	s11,s11,a5
   10b34:	0ff67613          	zext.b	a2,a2
   10b38:	4701                	li	a4,0
   10b3a:	4781                	li	a5,0
   10b3c:	4345                	li	t1,17
   10b3e:	0ff67693          	zext.b	a3,a2
   10b42:	00c37363          	bgeu	t1,a2,10b48 <__d_vfprintf+0x2da>
   10b46:	46c5                	li	a3,17
   10b48:	1030                	add	a2,sp,40
   10b4a:	30d000ef          	jal	11656 <__dtoa_engine>
   10b4e:	0ff57b93          	zext.b	s7,a0
   10b52:	59a2                	lw	s3,40(sp)
   10b54:	8aee                	mv	s5,s11
   10b56:	4c09                	li	s8,2
   10b58:	aa01                	j	10c68 <__d_vfprintf+0x3fa>
   10b5a:	03100793          	li	a5,49
   10b5e:	00099563          	bnez	s3,10b68 <__d_vfprintf+0x2fa>
   10b62:	03000793          	li	a5,48
   10b66:	4985                	li	s3,1
   10b68:	0ffbfb93          	zext.b	s7,s7
   10b6c:	02f106a3          	sb	a5,45(sp)
   10b70:	03710623          	sb	s7,44(sp)
   10b74:	c0198993          	add	s3,s3,-1023
   10b78:	18080363          	beqz	a6,10cfe <__d_vfprintf+0x490>
   10b7c:	47b1                	li	a5,12
   10b7e:	19a7c263          	blt	a5,s10,10d02 <__d_vfprintf+0x494>
   10b82:	4335                	li	t1,13
   10b84:	41a30333          	sub	t1,t1,s10
   10b88:	00231d93          	sll	s11,t1,0x2
   10b8c:	fffd8613          	add	a2,s11,-1 # 1fff <errno+0x1fff>
   10b90:	4505                	li	a0,1
   10b92:	4581                	li	a1,0
   10b94:	ca46                	sw	a7,20(sp)
   10b96:	c836                	sw	a3,16(sp)
   10b98:	2a6010ef          	jal	11e3e <__ashldi3>
   10b9c:	84aa                	mv	s1,a0
   10b9e:	872e                	mv	a4,a1
   10ba0:	00171793          	sll	a5,a4,0x1
   10ba4:	85aa                	mv	a1,a0
   10ba6:	01f4d513          	srl	a0,s1,0x1f
   10baa:	00149e13          	sll	t3,s1,0x1
   10bae:	8fc9                	or	a5,a5,a0
   10bb0:	40f00c33          	neg	s8,a5
   10bb4:	01c03533          	snez	a0,t3
   10bb8:	48d2                	lw	a7,20(sp)
   10bba:	41c00833          	neg	a6,t3
   10bbe:	40ac0c33          	sub	s8,s8,a0
   10bc2:	fffe0513          	add	a0,t3,-1
   10bc6:	001e3e13          	seqz	t3,t3
   10bca:	41c787b3          	sub	a5,a5,t3
   10bce:	0197f7b3          	and	a5,a5,s9
   10bd2:	01157533          	and	a0,a0,a7
   10bd6:	02f74663          	blt	a4,a5,10c02 <__d_vfprintf+0x394>
   10bda:	46c2                	lw	a3,16(sp)
   10bdc:	00e79463          	bne	a5,a4,10be4 <__d_vfprintf+0x376>
   10be0:	02a5e163          	bltu	a1,a0,10c02 <__d_vfprintf+0x394>
   10be4:	8546                	mv	a0,a7
   10be6:	866e                	mv	a2,s11
   10be8:	85e6                	mv	a1,s9
   10bea:	ce3a                	sw	a4,28(sp)
   10bec:	cc42                	sw	a6,24(sp)
   10bee:	ca36                	sw	a3,20(sp)
   10bf0:	c846                	sw	a7,16(sp)
   10bf2:	274010ef          	jal	11e66 <__ashrdi3>
   10bf6:	8905                	and	a0,a0,1
   10bf8:	48c2                	lw	a7,16(sp)
   10bfa:	46d2                	lw	a3,20(sp)
   10bfc:	4862                	lw	a6,24(sp)
   10bfe:	4772                	lw	a4,28(sp)
   10c00:	c94d                	beqz	a0,10cb2 <__d_vfprintf+0x444>
   10c02:	00988533          	add	a0,a7,s1
   10c06:	01153db3          	sltu	s11,a0,a7
   10c0a:	9766                	add	a4,a4,s9
   10c0c:	00ed8cb3          	add	s9,s11,a4
   10c10:	001007b7          	lui	a5,0x100
   10c14:	86aa                	mv	a3,a0
   10c16:	08fcce63          	blt	s9,a5,10cb2 <__d_vfprintf+0x444>
   10c1a:	02d14783          	lbu	a5,45(sp)
   10c1e:	0785                	add	a5,a5,1 # 100001 <_end+0xe9dd9>
   10c20:	02f106a3          	sb	a5,45(sp)
   10c24:	40000793          	li	a5,1024
   10c28:	0af98163          	beq	s3,a5,10cca <__d_vfprintf+0x45c>
   10c2c:	00a87533          	and	a0,a6,a0
   10c30:	019c7c33          	and	s8,s8,s9
   10c34:	05700613          	li	a2,87
   10c38:	1034                	add	a3,sp,40
   10c3a:	4735                	li	a4,13
   10c3c:	45a5                	li	a1,9
   10c3e:	41260633          	sub	a2,a2,s2
   10c42:	01cc1813          	sll	a6,s8,0x1c
   10c46:	00f57793          	and	a5,a0,15
   10c4a:	8111                	srl	a0,a0,0x4
   10c4c:	00a86533          	or	a0,a6,a0
   10c50:	404c5c13          	sra	s8,s8,0x4
   10c54:	e7e1                	bnez	a5,10d1c <__d_vfprintf+0x4ae>
   10c56:	0ced5563          	bge	s10,a4,10d20 <__d_vfprintf+0x4b2>
   10c5a:	177d                	add	a4,a4,-1
   10c5c:	16fd                	add	a3,a3,-1
   10c5e:	f375                	bnez	a4,10c42 <__d_vfprintf+0x3d4>
   10c60:	4c05                	li	s8,1
   10c62:	4bb9                	li	s7,14
   10c64:	07000c93          	li	s9,112
   10c68:	00998713          	add	a4,s3,9
   10c6c:	46c9                	li	a3,18
   10c6e:	87ce                	mv	a5,s3
   10c70:	06e6e863          	bltu	a3,a4,10ce0 <__d_vfprintf+0x472>
   10c74:	02c14703          	lbu	a4,44(sp)
   10c78:	00177d93          	and	s11,a4,1
   10c7c:	8b31                	and	a4,a4,12
   10c7e:	120d9963          	bnez	s11,10db0 <__d_vfprintf+0x542>
   10c82:	002af793          	and	a5,s5,2
   10c86:	12079163          	bnez	a5,10da8 <__d_vfprintf+0x53a>
   10c8a:	004af793          	and	a5,s5,4
   10c8e:	cfe9                	beqz	a5,10d68 <__d_vfprintf+0x4fa>
   10c90:	12071463          	bnez	a4,10db8 <__d_vfprintf+0x54a>
   10c94:	02000713          	li	a4,32
   10c98:	678d                	lui	a5,0x3
   10c9a:	00faf7b3          	and	a5,s5,a5
   10c9e:	1c079163          	bnez	a5,10e60 <__d_vfprintf+0x5f2>
   10ca2:	000d1363          	bnez	s10,10ca8 <__d_vfprintf+0x43a>
   10ca6:	4d05                	li	s10,1
   10ca8:	103c                	add	a5,sp,40
   10caa:	97de                	add	a5,a5,s7
   10cac:	03000693          	li	a3,48
   10cb0:	aa8d                	j	10e22 <__d_vfprintf+0x5b4>
   10cb2:	0106f6b3          	and	a3,a3,a6
   10cb6:	018cfcb3          	and	s9,s9,s8
   10cba:	40000793          	li	a5,1024
   10cbe:	04f99c63          	bne	s3,a5,10d16 <__d_vfprintf+0x4a8>
   10cc2:	0196ecb3          	or	s9,a3,s9
   10cc6:	040c8063          	beqz	s9,10d06 <__d_vfprintf+0x498>
   10cca:	008beb93          	or	s7,s7,8
   10cce:	03710623          	sb	s7,44(sp)
   10cd2:	40000993          	li	s3,1024
   10cd6:	4bb9                	li	s7,14
   10cd8:	07000c93          	li	s9,112
   10cdc:	40000793          	li	a5,1024
   10ce0:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
   10ce4:	0c600693          	li	a3,198
   10ce8:	4c09                	li	s8,2
   10cea:	f8e6f5e3          	bgeu	a3,a4,10c74 <__d_vfprintf+0x406>
   10cee:	3e778793          	add	a5,a5,999
   10cf2:	7ce00c13          	li	s8,1998
   10cf6:	00fc3c33          	sltu	s8,s8,a5
   10cfa:	0c0d                	add	s8,s8,3
   10cfc:	bfa5                	j	10c74 <__d_vfprintf+0x406>
   10cfe:	4d01                	li	s10,0
   10d00:	bf6d                	j	10cba <__d_vfprintf+0x44c>
   10d02:	4d35                	li	s10,13
   10d04:	bf5d                	j	10cba <__d_vfprintf+0x44c>
   10d06:	004beb93          	or	s7,s7,4
   10d0a:	03710623          	sb	s7,44(sp)
   10d0e:	b7e1                	j	10cd6 <__d_vfprintf+0x468>
   10d10:	4981                	li	s3,0
   10d12:	4d01                	li	s10,0
   10d14:	b705                	j	10c34 <__d_vfprintf+0x3c6>
   10d16:	8536                	mv	a0,a3
   10d18:	8c66                	mv	s8,s9
   10d1a:	bf29                	j	10c34 <__d_vfprintf+0x3c6>
   10d1c:	00f5ea63          	bltu	a1,a5,10d30 <__d_vfprintf+0x4c2>
   10d20:	03078793          	add	a5,a5,48
   10d24:	00f68923          	sb	a5,18(a3)
   10d28:	f2ed59e3          	bge	s10,a4,10c5a <__d_vfprintf+0x3ec>
   10d2c:	8d3a                	mv	s10,a4
   10d2e:	b735                	j	10c5a <__d_vfprintf+0x3ec>
   10d30:	97b2                	add	a5,a5,a2
   10d32:	0ff7f793          	zext.b	a5,a5
   10d36:	b7fd                	j	10d24 <__d_vfprintf+0x4b6>
   10d38:	4d19                	li	s10,6
   10d3a:	b3e5                	j	10b22 <__d_vfprintf+0x2b4>
   10d3c:	06600793          	li	a5,102
   10d40:	00fc9963          	bne	s9,a5,10d52 <__d_vfprintf+0x4e4>
   10d44:	6789                	lui	a5,0x2
   10d46:	00fdedb3          	or	s11,s11,a5
   10d4a:	4705                	li	a4,1
   10d4c:	87ea                	mv	a5,s10
   10d4e:	4645                	li	a2,17
   10d50:	b3f5                	j	10b3c <__d_vfprintf+0x2ce>
   10d52:	0ffd7793          	zext.b	a5,s10
   10d56:	0ffd7613          	zext.b	a2,s10
   10d5a:	e391                	bnez	a5,10d5e <__d_vfprintf+0x4f0>
   10d5c:	4605                	li	a2,1
   10d5e:	4701                	li	a4,0
   10d60:	4781                	li	a5,0
   10d62:	06500c93          	li	s9,101
   10d66:	bbd9                	j	10b3c <__d_vfprintf+0x2ce>
   10d68:	db05                	beqz	a4,10c98 <__d_vfprintf+0x42a>
   10d6a:	478d                	li	a5,3
   10d6c:	0967d063          	bge	a5,s6,10dec <__d_vfprintf+0x57e>
   10d70:	008afa93          	and	s5,s5,8
   10d74:	ffdb0493          	add	s1,s6,-3
   10d78:	000a9f63          	bnez	s5,10d96 <__d_vfprintf+0x528>
   10d7c:	94a2                	add	s1,s1,s0
   10d7e:	4582                	lw	a1,0(sp)
   10d80:	02000513          	li	a0,32
   10d84:	0405                	add	s0,s0,1
   10d86:	9a02                	jalr	s4
   10d88:	b20542e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10d8c:	fe8499e3          	bne	s1,s0,10d7e <__d_vfprintf+0x510>
   10d90:	4481                	li	s1,0
   10d92:	020d9e63          	bnez	s11,10dce <__d_vfprintf+0x560>
   10d96:	02c14783          	lbu	a5,44(sp)
   10d9a:	8ba1                	and	a5,a5,8
   10d9c:	efa5                	bnez	a5,10e14 <__d_vfprintf+0x5a6>
   10d9e:	69cd                	lui	s3,0x13
   10da0:	17498993          	add	s3,s3,372 # 13174 <CSWTCH.24+0x28>
   10da4:	8c22                	mv	s8,s0
   10da6:	a8b1                	j	10e02 <__d_vfprintf+0x594>
   10da8:	eb15                	bnez	a4,10ddc <__d_vfprintf+0x56e>
   10daa:	02b00713          	li	a4,43
   10dae:	b5ed                	j	10c98 <__d_vfprintf+0x42a>
   10db0:	eb0d                	bnez	a4,10de2 <__d_vfprintf+0x574>
   10db2:	02d00713          	li	a4,45
   10db6:	b5cd                	j	10c98 <__d_vfprintf+0x42a>
   10db8:	02000d93          	li	s11,32
   10dbc:	4791                	li	a5,4
   10dbe:	0367d563          	bge	a5,s6,10de8 <__d_vfprintf+0x57a>
   10dc2:	008afa93          	and	s5,s5,8
   10dc6:	ffcb0493          	add	s1,s6,-4
   10dca:	fa0a89e3          	beqz	s5,10d7c <__d_vfprintf+0x50e>
   10dce:	4582                	lw	a1,0(sp)
   10dd0:	856e                	mv	a0,s11
   10dd2:	0405                	add	s0,s0,1
   10dd4:	9a02                	jalr	s4
   10dd6:	fc0550e3          	bgez	a0,10d96 <__d_vfprintf+0x528>
   10dda:	bcc9                	j	108ac <__d_vfprintf+0x3e>
   10ddc:	02b00d93          	li	s11,43
   10de0:	bff1                	j	10dbc <__d_vfprintf+0x54e>
   10de2:	02d00d93          	li	s11,45
   10de6:	bfd9                	j	10dbc <__d_vfprintf+0x54e>
   10de8:	4481                	li	s1,0
   10dea:	b7d5                	j	10dce <__d_vfprintf+0x560>
   10dec:	4481                	li	s1,0
   10dee:	b765                	j	10d96 <__d_vfprintf+0x528>
   10df0:	4582                	lw	a1,0(sp)
   10df2:	41250533          	sub	a0,a0,s2
   10df6:	0ff57513          	zext.b	a0,a0
   10dfa:	0c05                	add	s8,s8,1
   10dfc:	9a02                	jalr	s4
   10dfe:	aa0547e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10e02:	408c07b3          	sub	a5,s8,s0
   10e06:	97ce                	add	a5,a5,s3
   10e08:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
   10e0c:	f175                	bnez	a0,10df0 <__d_vfprintf+0x582>
   10e0e:	8462                	mv	s0,s8
   10e10:	94e2                	add	s1,s1,s8
   10e12:	ad39                	j	11430 <__d_vfprintf+0xbc2>
   10e14:	69cd                	lui	s3,0x13
   10e16:	17898993          	add	s3,s3,376 # 13178 <CSWTCH.24+0x2c>
   10e1a:	b769                	j	10da4 <__d_vfprintf+0x536>
   10e1c:	1bfd                	add	s7,s7,-1
   10e1e:	0ffbfb93          	zext.b	s7,s7
   10e22:	000b8763          	beqz	s7,10e30 <__d_vfprintf+0x5c2>
   10e26:	0047c603          	lbu	a2,4(a5)
   10e2a:	17fd                	add	a5,a5,-1
   10e2c:	fed608e3          	beq	a2,a3,10e1c <__d_vfprintf+0x5ae>
   10e30:	010af693          	and	a3,s5,16
   10e34:	87ea                	mv	a5,s10
   10e36:	e291                	bnez	a3,10e3a <__d_vfprintf+0x5cc>
   10e38:	87de                	mv	a5,s7
   10e3a:	56f1                	li	a3,-4
   10e3c:	0ed9cc63          	blt	s3,a3,10f34 <__d_vfprintf+0x6c6>
   10e40:	0fa9da63          	bge	s3,s10,10f34 <__d_vfprintf+0x6c6>
   10e44:	6689                	lui	a3,0x2
   10e46:	00dae6b3          	or	a3,s5,a3
   10e4a:	01069a93          	sll	s5,a3,0x10
   10e4e:	010ada93          	srl	s5,s5,0x10
   10e52:	4d01                	li	s10,0
   10e54:	00f9d663          	bge	s3,a5,10e60 <__d_vfprintf+0x5f2>
   10e58:	00198893          	add	a7,s3,1
   10e5c:	41178d33          	sub	s10,a5,a7
   10e60:	6d89                	lui	s11,0x2
   10e62:	01bafdb3          	and	s11,s5,s11
   10e66:	0c0d8a63          	beqz	s11,10f3a <__d_vfprintf+0x6cc>
   10e6a:	87ce                	mv	a5,s3
   10e6c:	0009d363          	bgez	s3,10e72 <__d_vfprintf+0x604>
   10e70:	4781                	li	a5,0
   10e72:	0785                	add	a5,a5,1
   10e74:	c311                	beqz	a4,10e78 <__d_vfprintf+0x60a>
   10e76:	0785                	add	a5,a5,1
   10e78:	0c0d0963          	beqz	s10,10f4a <__d_vfprintf+0x6dc>
   10e7c:	001d0693          	add	a3,s10,1
   10e80:	97b6                	add	a5,a5,a3
   10e82:	4481                	li	s1,0
   10e84:	0167d463          	bge	a5,s6,10e8c <__d_vfprintf+0x61e>
   10e88:	40fb04b3          	sub	s1,s6,a5
   10e8c:	009af793          	and	a5,s5,9
   10e90:	e789                	bnez	a5,10e9a <__d_vfprintf+0x62c>
   10e92:	94a2                	add	s1,s1,s0
   10e94:	0c849063          	bne	s1,s0,10f54 <__d_vfprintf+0x6e6>
   10e98:	4481                	li	s1,0
   10e9a:	c719                	beqz	a4,10ea8 <__d_vfprintf+0x63a>
   10e9c:	4582                	lw	a1,0(sp)
   10e9e:	853a                	mv	a0,a4
   10ea0:	0405                	add	s0,s0,1
   10ea2:	9a02                	jalr	s4
   10ea4:	a00544e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10ea8:	00bad793          	srl	a5,s5,0xb
   10eac:	8b85                	and	a5,a5,1
   10eae:	c395                	beqz	a5,10ed2 <__d_vfprintf+0x664>
   10eb0:	4582                	lw	a1,0(sp)
   10eb2:	03000513          	li	a0,48
   10eb6:	9a02                	jalr	s4
   10eb8:	9e054ae3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10ebc:	07800513          	li	a0,120
   10ec0:	4582                	lw	a1,0(sp)
   10ec2:	41250533          	sub	a0,a0,s2
   10ec6:	0f857513          	and	a0,a0,248
   10eca:	0409                	add	s0,s0,2
   10ecc:	9a02                	jalr	s4
   10ece:	9c054fe3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10ed2:	008af793          	and	a5,s5,8
   10ed6:	e791                	bnez	a5,10ee2 <__d_vfprintf+0x674>
   10ed8:	8b22                	mv	s6,s0
   10eda:	9426                	add	s0,s0,s1
   10edc:	09641663          	bne	s0,s6,10f68 <__d_vfprintf+0x6fa>
   10ee0:	4481                	li	s1,0
   10ee2:	0c0d8f63          	beqz	s11,10fc0 <__d_vfprintf+0x752>
   10ee6:	8cce                	mv	s9,s3
   10ee8:	0009d363          	bgez	s3,10eee <__d_vfprintf+0x680>
   10eec:	4c81                	li	s9,0
   10eee:	41998db3          	sub	s11,s3,s9
   10ef2:	41a00d33          	neg	s10,s10
   10ef6:	5b7d                	li	s6,-1
   10ef8:	03000513          	li	a0,48
   10efc:	017df663          	bgeu	s11,s7,10f08 <__d_vfprintf+0x69a>
   10f00:	103c                	add	a5,sp,40
   10f02:	97ee                	add	a5,a5,s11
   10f04:	0057c503          	lbu	a0,5(a5)
   10f08:	1cfd                	add	s9,s9,-1
   10f0a:	00140c13          	add	s8,s0,1
   10f0e:	07acc563          	blt	s9,s10,10f78 <__d_vfprintf+0x70a>
   10f12:	4582                	lw	a1,0(sp)
   10f14:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
   10f16:	9a02                	jalr	s4
   10f18:	98054ae3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10f1c:	016c9a63          	bne	s9,s6,10f30 <__d_vfprintf+0x6c2>
   10f20:	4582                	lw	a1,0(sp)
   10f22:	02e00513          	li	a0,46
   10f26:	9a02                	jalr	s4
   10f28:	980542e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10f2c:	00240c13          	add	s8,s0,2
   10f30:	8462                	mv	s0,s8
   10f32:	b7d9                	j	10ef8 <__d_vfprintf+0x68a>
   10f34:	fff78d13          	add	s10,a5,-1
   10f38:	b725                	j	10e60 <__d_vfprintf+0x5f2>
   10f3a:	00bad693          	srl	a3,s5,0xb
   10f3e:	8a85                	and	a3,a3,1
   10f40:	478d                	li	a5,3
   10f42:	c291                	beqz	a3,10f46 <__d_vfprintf+0x6d8>
   10f44:	4795                	li	a5,5
   10f46:	97e2                	add	a5,a5,s8
   10f48:	b735                	j	10e74 <__d_vfprintf+0x606>
   10f4a:	010af693          	and	a3,s5,16
   10f4e:	da95                	beqz	a3,10e82 <__d_vfprintf+0x614>
   10f50:	0785                	add	a5,a5,1
   10f52:	bf05                	j	10e82 <__d_vfprintf+0x614>
   10f54:	4582                	lw	a1,0(sp)
   10f56:	02000513          	li	a0,32
   10f5a:	c83a                	sw	a4,16(sp)
   10f5c:	9a02                	jalr	s4
   10f5e:	4742                	lw	a4,16(sp)
   10f60:	0405                	add	s0,s0,1
   10f62:	f20559e3          	bgez	a0,10e94 <__d_vfprintf+0x626>
   10f66:	b299                	j	108ac <__d_vfprintf+0x3e>
   10f68:	4582                	lw	a1,0(sp)
   10f6a:	03000513          	li	a0,48
   10f6e:	0b05                	add	s6,s6,1
   10f70:	9a02                	jalr	s4
   10f72:	f60555e3          	bgez	a0,10edc <__d_vfprintf+0x66e>
   10f76:	ba1d                	j	108ac <__d_vfprintf+0x3e>
   10f78:	033c9063          	bne	s9,s3,10f98 <__d_vfprintf+0x72a>
   10f7c:	02d14703          	lbu	a4,45(sp)
   10f80:	03500793          	li	a5,53
   10f84:	00e7e863          	bltu	a5,a4,10f94 <__d_vfprintf+0x726>
   10f88:	00f71863          	bne	a4,a5,10f98 <__d_vfprintf+0x72a>
   10f8c:	02c14783          	lbu	a5,44(sp)
   10f90:	8bc1                	and	a5,a5,16
   10f92:	e399                	bnez	a5,10f98 <__d_vfprintf+0x72a>
   10f94:	03100513          	li	a0,49
   10f98:	4582                	lw	a1,0(sp)
   10f9a:	9a02                	jalr	s4
   10f9c:	900548e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10fa0:	010afa93          	and	s5,s5,16
   10fa4:	e60a85e3          	beqz	s5,10e0e <__d_vfprintf+0x5a0>
   10fa8:	57fd                	li	a5,-1
   10faa:	e6fc92e3          	bne	s9,a5,10e0e <__d_vfprintf+0x5a0>
   10fae:	4582                	lw	a1,0(sp)
   10fb0:	00240c13          	add	s8,s0,2
   10fb4:	02e00513          	li	a0,46
   10fb8:	9a02                	jalr	s4
   10fba:	e4055ae3          	bgez	a0,10e0e <__d_vfprintf+0x5a0>
   10fbe:	b0fd                	j	108ac <__d_vfprintf+0x3e>
   10fc0:	02d14503          	lbu	a0,45(sp)
   10fc4:	03100793          	li	a5,49
   10fc8:	00f50763          	beq	a0,a5,10fd6 <__d_vfprintf+0x768>
   10fcc:	02c14783          	lbu	a5,44(sp)
   10fd0:	9bbd                	and	a5,a5,-17
   10fd2:	02f10623          	sb	a5,44(sp)
   10fd6:	4582                	lw	a1,0(sp)
   10fd8:	9a02                	jalr	s4
   10fda:	8c0549e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10fde:	0da05a63          	blez	s10,110b2 <__d_vfprintf+0x844>
   10fe2:	4582                	lw	a1,0(sp)
   10fe4:	02e00513          	li	a0,46
   10fe8:	0409                	add	s0,s0,2
   10fea:	9a02                	jalr	s4
   10fec:	8c0540e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   10ff0:	4a85                	li	s5,1
   10ff2:	4785                	li	a5,1
   10ff4:	0405                	add	s0,s0,1
   10ff6:	03000513          	li	a0,48
   10ffa:	017af863          	bgeu	s5,s7,1100a <__d_vfprintf+0x79c>
   10ffe:	02078793          	add	a5,a5,32
   11002:	1018                	add	a4,sp,32
   11004:	97ba                	add	a5,a5,a4
   11006:	fed7c503          	lbu	a0,-19(a5)
   1100a:	4582                	lw	a1,0(sp)
   1100c:	9a02                	jalr	s4
   1100e:	88054fe3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11012:	0a85                	add	s5,s5,1
   11014:	0ffafa93          	zext.b	s5,s5
   11018:	87d6                	mv	a5,s5
   1101a:	fd5d5de3          	bge	s10,s5,10ff4 <__d_vfprintf+0x786>
   1101e:	4582                	lw	a1,0(sp)
   11020:	412c8533          	sub	a0,s9,s2
   11024:	0ff57513          	zext.b	a0,a0
   11028:	9a02                	jalr	s4
   1102a:	880541e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   1102e:	0009ca63          	bltz	s3,11042 <__d_vfprintf+0x7d4>
   11032:	02b00513          	li	a0,43
   11036:	00099a63          	bnez	s3,1104a <__d_vfprintf+0x7dc>
   1103a:	02c14783          	lbu	a5,44(sp)
   1103e:	8bc1                	and	a5,a5,16
   11040:	c789                	beqz	a5,1104a <__d_vfprintf+0x7dc>
   11042:	413009b3          	neg	s3,s3
   11046:	02d00513          	li	a0,45
   1104a:	4582                	lw	a1,0(sp)
   1104c:	9a02                	jalr	s4
   1104e:	84054fe3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11052:	4791                	li	a5,4
   11054:	06fc1e63          	bne	s8,a5,110d0 <__d_vfprintf+0x862>
   11058:	3e800913          	li	s2,1000
   1105c:	0329c533          	div	a0,s3,s2
   11060:	4582                	lw	a1,0(sp)
   11062:	040d                	add	s0,s0,3
   11064:	03050513          	add	a0,a0,48
   11068:	0ff57513          	zext.b	a0,a0
   1106c:	9a02                	jalr	s4
   1106e:	82054fe3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11072:	0329e9b3          	rem	s3,s3,s2
   11076:	06400913          	li	s2,100
   1107a:	4582                	lw	a1,0(sp)
   1107c:	0405                	add	s0,s0,1
   1107e:	0329c533          	div	a0,s3,s2
   11082:	03050513          	add	a0,a0,48
   11086:	0ff57513          	zext.b	a0,a0
   1108a:	9a02                	jalr	s4
   1108c:	820540e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11090:	0329e9b3          	rem	s3,s3,s2
   11094:	4929                	li	s2,10
   11096:	4582                	lw	a1,0(sp)
   11098:	0405                	add	s0,s0,1
   1109a:	0329c533          	div	a0,s3,s2
   1109e:	03050513          	add	a0,a0,48
   110a2:	0ff57513          	zext.b	a0,a0
   110a6:	9a02                	jalr	s4
   110a8:	800542e3          	bltz	a0,108ac <__d_vfprintf+0x3e>
   110ac:	0329e9b3          	rem	s3,s3,s2
   110b0:	a03d                	j	110de <__d_vfprintf+0x870>
   110b2:	010afa93          	and	s5,s5,16
   110b6:	000a9463          	bnez	s5,110be <__d_vfprintf+0x850>
   110ba:	0405                	add	s0,s0,1
   110bc:	b78d                	j	1101e <__d_vfprintf+0x7b0>
   110be:	4582                	lw	a1,0(sp)
   110c0:	02e00513          	li	a0,46
   110c4:	0409                	add	s0,s0,2
   110c6:	9a02                	jalr	s4
   110c8:	f4055be3          	bgez	a0,1101e <__d_vfprintf+0x7b0>
   110cc:	fe0ff06f          	j	108ac <__d_vfprintf+0x3e>
   110d0:	478d                	li	a5,3
   110d2:	0409                	add	s0,s0,2
   110d4:	fafc01e3          	beq	s8,a5,11076 <__d_vfprintf+0x808>
   110d8:	4785                	li	a5,1
   110da:	fafc1de3          	bne	s8,a5,11094 <__d_vfprintf+0x826>
   110de:	03098513          	add	a0,s3,48
   110e2:	4582                	lw	a1,0(sp)
   110e4:	00140c13          	add	s8,s0,1
   110e8:	0ff57513          	zext.b	a0,a0
   110ec:	b5f1                	j	10fb8 <__d_vfprintf+0x74a>
   110ee:	f9d90793          	add	a5,s2,-99
   110f2:	0ff7f793          	zext.b	a5,a5
   110f6:	4749                	li	a4,18
   110f8:	1ef76d63          	bltu	a4,a5,112f2 <__d_vfprintf+0xa84>
   110fc:	674d                	lui	a4,0x13
   110fe:	078a                	sll	a5,a5,0x2
   11100:	1c870713          	add	a4,a4,456 # 131c8 <CSWTCH.24+0x7c>
   11104:	97ba                	add	a5,a5,a4
   11106:	439c                	lw	a5,0(a5)
   11108:	8782                	jr	a5
   1110a:	5792                	lw	a5,36(sp)
   1110c:	4485                	li	s1,1
   1110e:	02810993          	add	s3,sp,40
   11112:	00478713          	add	a4,a5,4
   11116:	439c                	lw	a5,0(a5)
   11118:	d23a                	sw	a4,36(sp)
   1111a:	02f10423          	sb	a5,40(sp)
   1111e:	008df813          	and	a6,s11,8
   11122:	04080d63          	beqz	a6,1117c <__d_vfprintf+0x90e>
   11126:	4901                	li	s2,0
   11128:	05249c63          	bne	s1,s2,11180 <__d_vfprintf+0x912>
   1112c:	00940c33          	add	s8,s0,s1
   11130:	409b04b3          	sub	s1,s6,s1
   11134:	b9e9                	j	10e0e <__d_vfprintf+0x5a0>
   11136:	5792                	lw	a5,36(sp)
   11138:	00478713          	add	a4,a5,4
   1113c:	d23a                	sw	a4,36(sp)
   1113e:	0007a983          	lw	s3,0(a5)
   11142:	00099563          	bnez	s3,1114c <__d_vfprintf+0x8de>
   11146:	69cd                	lui	s3,0x13
   11148:	17c98993          	add	s3,s3,380 # 1317c <CSWTCH.24+0x30>
   1114c:	040df793          	and	a5,s11,64
   11150:	55fd                	li	a1,-1
   11152:	c391                	beqz	a5,11156 <__d_vfprintf+0x8e8>
   11154:	85ea                	mv	a1,s10
   11156:	854e                	mv	a0,s3
   11158:	4a7000ef          	jal	11dfe <strnlen>
   1115c:	84aa                	mv	s1,a0
   1115e:	b7c1                	j	1111e <__d_vfprintf+0x8b0>
   11160:	4582                	lw	a1,0(sp)
   11162:	02000513          	li	a0,32
   11166:	9a02                	jalr	s4
   11168:	f4054263          	bltz	a0,108ac <__d_vfprintf+0x3e>
   1116c:	197d                	add	s2,s2,-1
   1116e:	ff24e9e3          	bltu	s1,s2,11160 <__d_vfprintf+0x8f2>
   11172:	945a                	add	s0,s0,s6
   11174:	41240433          	sub	s0,s0,s2
   11178:	8b4a                	mv	s6,s2
   1117a:	b775                	j	11126 <__d_vfprintf+0x8b8>
   1117c:	895a                	mv	s2,s6
   1117e:	bfc5                	j	1116e <__d_vfprintf+0x900>
   11180:	012987b3          	add	a5,s3,s2
   11184:	4582                	lw	a1,0(sp)
   11186:	0007c503          	lbu	a0,0(a5)
   1118a:	0905                	add	s2,s2,1
   1118c:	9a02                	jalr	s4
   1118e:	f8055de3          	bgez	a0,11128 <__d_vfprintf+0x8ba>
   11192:	f1aff06f          	j	108ac <__d_vfprintf+0x3e>
   11196:	080df713          	and	a4,s11,128
   1119a:	5792                	lw	a5,36(sp)
   1119c:	cf49                	beqz	a4,11236 <__d_vfprintf+0x9c8>
   1119e:	200df713          	and	a4,s11,512
   111a2:	c359                	beqz	a4,11228 <__d_vfprintf+0x9ba>
   111a4:	079d                	add	a5,a5,7
   111a6:	9be1                	and	a5,a5,-8
   111a8:	4388                	lw	a0,0(a5)
   111aa:	43cc                	lw	a1,4(a5)
   111ac:	00878713          	add	a4,a5,8
   111b0:	d23a                	sw	a4,36(sp)
   111b2:	fefdf993          	and	s3,s11,-17
   111b6:	09c2                	sll	s3,s3,0x10
   111b8:	0109d993          	srl	s3,s3,0x10
   111bc:	0805dd63          	bgez	a1,11256 <__d_vfprintf+0x9e8>
   111c0:	00a037b3          	snez	a5,a0
   111c4:	40b005b3          	neg	a1,a1
   111c8:	8d9d                	sub	a1,a1,a5
   111ca:	40a00533          	neg	a0,a0
   111ce:	4009e993          	or	s3,s3,1024
   111d2:	02810a93          	add	s5,sp,40
   111d6:	46a9                	li	a3,10
   111d8:	8656                	mv	a2,s5
   111da:	c98ff0ef          	jal	10672 <__ultoa_invert>
   111de:	0409f793          	and	a5,s3,64
   111e2:	41550ab3          	sub	s5,a0,s5
   111e6:	c7f5                	beqz	a5,112d2 <__d_vfprintf+0xa64>
   111e8:	ffe9f793          	and	a5,s3,-2
   111ec:	07c2                	sll	a5,a5,0x10
   111ee:	83c1                	srl	a5,a5,0x10
   111f0:	19aad563          	bge	s5,s10,1137a <__d_vfprintf+0xb0c>
   111f4:	16090c63          	beqz	s2,1136c <__d_vfprintf+0xafe>
   111f8:	0109fc13          	and	s8,s3,16
   111fc:	84ea                	mv	s1,s10
   111fe:	89be                	mv	s3,a5
   11200:	060c0a63          	beqz	s8,11274 <__d_vfprintf+0xa06>
   11204:	0489                	add	s1,s1,2
   11206:	0089f793          	and	a5,s3,8
   1120a:	18079a63          	bnez	a5,1139e <__d_vfprintf+0xb30>
   1120e:	0019f793          	and	a5,s3,1
   11212:	cb89                	beqz	a5,11224 <__d_vfprintf+0x9b6>
   11214:	8d56                	mv	s10,s5
   11216:	0164d763          	bge	s1,s6,11224 <__d_vfprintf+0x9b6>
   1121a:	409b04b3          	sub	s1,s6,s1
   1121e:	01548d33          	add	s10,s1,s5
   11222:	84da                	mv	s1,s6
   11224:	8ba6                	mv	s7,s1
   11226:	a2ad                	j	11390 <__d_vfprintf+0xb22>
   11228:	4388                	lw	a0,0(a5)
   1122a:	00478713          	add	a4,a5,4
   1122e:	d23a                	sw	a4,36(sp)
   11230:	41f55593          	sra	a1,a0,0x1f
   11234:	bfbd                	j	111b2 <__d_vfprintf+0x944>
   11236:	00478713          	add	a4,a5,4
   1123a:	4388                	lw	a0,0(a5)
   1123c:	d23a                	sw	a4,36(sp)
   1123e:	100df793          	and	a5,s11,256
   11242:	d7fd                	beqz	a5,11230 <__d_vfprintf+0x9c2>
   11244:	200df793          	and	a5,s11,512
   11248:	c781                	beqz	a5,11250 <__d_vfprintf+0x9e2>
   1124a:	0562                	sll	a0,a0,0x18
   1124c:	8561                	sra	a0,a0,0x18
   1124e:	b7cd                	j	11230 <__d_vfprintf+0x9c2>
   11250:	0542                	sll	a0,a0,0x10
   11252:	8541                	sra	a0,a0,0x10
   11254:	bff1                	j	11230 <__d_vfprintf+0x9c2>
   11256:	00b567b3          	or	a5,a0,a1
   1125a:	ffa5                	bnez	a5,111d2 <__d_vfprintf+0x964>
   1125c:	040df793          	and	a5,s11,64
   11260:	dbad                	beqz	a5,111d2 <__d_vfprintf+0x964>
   11262:	f60d18e3          	bnez	s10,111d2 <__d_vfprintf+0x964>
   11266:	feedf993          	and	s3,s11,-18
   1126a:	09c2                	sll	s3,s3,0x10
   1126c:	0109d993          	srl	s3,s3,0x10
   11270:	4a81                	li	s5,0
   11272:	4481                	li	s1,0
   11274:	4069fc13          	and	s8,s3,1030
   11278:	f80c07e3          	beqz	s8,11206 <__d_vfprintf+0x998>
   1127c:	0485                	add	s1,s1,1
   1127e:	4c01                	li	s8,0
   11280:	b759                	j	11206 <__d_vfprintf+0x998>
   11282:	fefdf813          	and	a6,s11,-17
   11286:	01081d93          	sll	s11,a6,0x10
   1128a:	010ddd93          	srl	s11,s11,0x10
   1128e:	46a9                	li	a3,10
   11290:	080df713          	and	a4,s11,128
   11294:	5792                	lw	a5,36(sp)
   11296:	c355                	beqz	a4,1133a <__d_vfprintf+0xacc>
   11298:	200df713          	and	a4,s11,512
   1129c:	cb49                	beqz	a4,1132e <__d_vfprintf+0xac0>
   1129e:	079d                	add	a5,a5,7
   112a0:	9be1                	and	a5,a5,-8
   112a2:	4388                	lw	a0,0(a5)
   112a4:	43cc                	lw	a1,4(a5)
   112a6:	00878713          	add	a4,a5,8
   112aa:	d23a                	sw	a4,36(sp)
   112ac:	00b567b3          	or	a5,a0,a1
   112b0:	e7cd                	bnez	a5,1135a <__d_vfprintf+0xaec>
   112b2:	fe9df993          	and	s3,s11,-23
   112b6:	09c2                	sll	s3,s3,0x10
   112b8:	040df793          	and	a5,s11,64
   112bc:	0109d993          	srl	s3,s3,0x10
   112c0:	c3dd                	beqz	a5,11366 <__d_vfprintf+0xaf8>
   112c2:	0a0d1263          	bnez	s10,11366 <__d_vfprintf+0xaf8>
   112c6:	fe8df993          	and	s3,s11,-24
   112ca:	09c2                	sll	s3,s3,0x10
   112cc:	0109d993          	srl	s3,s3,0x10
   112d0:	4a81                	li	s5,0
   112d2:	0109fc13          	and	s8,s3,16
   112d6:	0a0c0463          	beqz	s8,1137e <__d_vfprintf+0xb10>
   112da:	001a8493          	add	s1,s5,1
   112de:	f20904e3          	beqz	s2,11206 <__d_vfprintf+0x998>
   112e2:	84d6                	mv	s1,s5
   112e4:	b705                	j	11204 <__d_vfprintf+0x996>
   112e6:	010ded93          	or	s11,s11,16
   112ea:	46c1                	li	a3,16
   112ec:	07800913          	li	s2,120
   112f0:	b745                	j	11290 <__d_vfprintf+0xa22>
   112f2:	07800793          	li	a5,120
   112f6:	00fc9a63          	bne	s9,a5,1130a <__d_vfprintf+0xa9c>
   112fa:	05800793          	li	a5,88
   112fe:	46c1                	li	a3,16
   11300:	f8f918e3          	bne	s2,a5,11290 <__d_vfprintf+0xa22>
   11304:	21000693          	li	a3,528
   11308:	b761                	j	11290 <__d_vfprintf+0xa22>
   1130a:	4582                	lw	a1,0(sp)
   1130c:	02500513          	li	a0,37
   11310:	9a02                	jalr	s4
   11312:	d8054d63          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11316:	4582                	lw	a1,0(sp)
   11318:	854a                	mv	a0,s2
   1131a:	9a02                	jalr	s4
   1131c:	d8054863          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11320:	0409                	add	s0,s0,2
   11322:	4792                	lw	a5,4(sp)
   11324:	d68ff06f          	j	1088c <__d_vfprintf+0x1e>
   11328:	46a1                	li	a3,8
   1132a:	4901                	li	s2,0
   1132c:	b795                	j	11290 <__d_vfprintf+0xa22>
   1132e:	4388                	lw	a0,0(a5)
   11330:	00478713          	add	a4,a5,4
   11334:	d23a                	sw	a4,36(sp)
   11336:	4581                	li	a1,0
   11338:	bf95                	j	112ac <__d_vfprintf+0xa3e>
   1133a:	00478713          	add	a4,a5,4
   1133e:	4388                	lw	a0,0(a5)
   11340:	d23a                	sw	a4,36(sp)
   11342:	100df793          	and	a5,s11,256
   11346:	dbe5                	beqz	a5,11336 <__d_vfprintf+0xac8>
   11348:	200df793          	and	a5,s11,512
   1134c:	c781                	beqz	a5,11354 <__d_vfprintf+0xae6>
   1134e:	0ff57513          	zext.b	a0,a0
   11352:	b7d5                	j	11336 <__d_vfprintf+0xac8>
   11354:	0542                	sll	a0,a0,0x10
   11356:	8141                	srl	a0,a0,0x10
   11358:	bff9                	j	11336 <__d_vfprintf+0xac8>
   1135a:	ff9df813          	and	a6,s11,-7
   1135e:	01081993          	sll	s3,a6,0x10
   11362:	0109d993          	srl	s3,s3,0x10
   11366:	02810a93          	add	s5,sp,40
   1136a:	b5bd                	j	111d8 <__d_vfprintf+0x96a>
   1136c:	fee9f993          	and	s3,s3,-18
   11370:	09c2                	sll	s3,s3,0x10
   11372:	0109d993          	srl	s3,s3,0x10
   11376:	84ea                	mv	s1,s10
   11378:	bdf5                	j	11274 <__d_vfprintf+0xa06>
   1137a:	89be                	mv	s3,a5
   1137c:	bf99                	j	112d2 <__d_vfprintf+0xa64>
   1137e:	84d6                	mv	s1,s5
   11380:	bdd5                	j	11274 <__d_vfprintf+0xa06>
   11382:	4582                	lw	a1,0(sp)
   11384:	02000513          	li	a0,32
   11388:	9a02                	jalr	s4
   1138a:	d2054163          	bltz	a0,108ac <__d_vfprintf+0x3e>
   1138e:	0b85                	add	s7,s7,1
   11390:	ff6bc9e3          	blt	s7,s6,11382 <__d_vfprintf+0xb14>
   11394:	409404b3          	sub	s1,s0,s1
   11398:	01748433          	add	s0,s1,s7
   1139c:	84de                	mv	s1,s7
   1139e:	020c0363          	beqz	s8,113c4 <__d_vfprintf+0xb56>
   113a2:	4582                	lw	a1,0(sp)
   113a4:	03000513          	li	a0,48
   113a8:	9a02                	jalr	s4
   113aa:	d0054163          	bltz	a0,108ac <__d_vfprintf+0x3e>
   113ae:	04090d63          	beqz	s2,11408 <__d_vfprintf+0xb9a>
   113b2:	4582                	lw	a1,0(sp)
   113b4:	0409                	add	s0,s0,2
   113b6:	854a                	mv	a0,s2
   113b8:	9a02                	jalr	s4
   113ba:	ce054963          	bltz	a0,108ac <__d_vfprintf+0x3e>
   113be:	8c22                	mv	s8,s0
   113c0:	9d22                	add	s10,s10,s0
   113c2:	a81d                	j	113f8 <__d_vfprintf+0xb8a>
   113c4:	4069f793          	and	a5,s3,1030
   113c8:	dbfd                	beqz	a5,113be <__d_vfprintf+0xb50>
   113ca:	0029f793          	and	a5,s3,2
   113ce:	02000513          	li	a0,32
   113d2:	c399                	beqz	a5,113d8 <__d_vfprintf+0xb6a>
   113d4:	02b00513          	li	a0,43
   113d8:	4009f993          	and	s3,s3,1024
   113dc:	00098463          	beqz	s3,113e4 <__d_vfprintf+0xb76>
   113e0:	02d00513          	li	a0,45
   113e4:	4582                	lw	a1,0(sp)
   113e6:	0405                	add	s0,s0,1
   113e8:	bfc1                	j	113b8 <__d_vfprintf+0xb4a>
   113ea:	4582                	lw	a1,0(sp)
   113ec:	03000513          	li	a0,48
   113f0:	0c05                	add	s8,s8,1
   113f2:	9a02                	jalr	s4
   113f4:	ca054c63          	bltz	a0,108ac <__d_vfprintf+0x3e>
   113f8:	418d07b3          	sub	a5,s10,s8
   113fc:	fefac7e3          	blt	s5,a5,113ea <__d_vfprintf+0xb7c>
   11400:	8456                	mv	s0,s5
   11402:	e409                	bnez	s0,1140c <__d_vfprintf+0xb9e>
   11404:	9c56                	add	s8,s8,s5
   11406:	b32d                	j	11130 <__d_vfprintf+0x8c2>
   11408:	0405                	add	s0,s0,1
   1140a:	bf55                	j	113be <__d_vfprintf+0xb50>
   1140c:	147d                	add	s0,s0,-1
   1140e:	103c                	add	a5,sp,40
   11410:	97a2                	add	a5,a5,s0
   11412:	4582                	lw	a1,0(sp)
   11414:	0007c503          	lbu	a0,0(a5)
   11418:	9a02                	jalr	s4
   1141a:	fe0554e3          	bgez	a0,11402 <__d_vfprintf+0xb94>
   1141e:	c8eff06f          	j	108ac <__d_vfprintf+0x3e>
   11422:	4582                	lw	a1,0(sp)
   11424:	02000513          	li	a0,32
   11428:	0405                	add	s0,s0,1
   1142a:	9a02                	jalr	s4
   1142c:	c8054063          	bltz	a0,108ac <__d_vfprintf+0x3e>
   11430:	408487b3          	sub	a5,s1,s0
   11434:	fef047e3          	bgtz	a5,11422 <__d_vfprintf+0xbb4>
   11438:	b5ed                	j	11322 <__d_vfprintf+0xab4>

0001143a <mulShiftAll64>:
   1143a:	0e4012ef          	jal	t0,1251e <__riscv_save_10>
   1143e:	84b2                	mv	s1,a2
   11440:	00159913          	sll	s2,a1,0x1
   11444:	4210                	lw	a2,0(a2)
   11446:	8ab6                	mv	s5,a3
   11448:	89be                	mv	s3,a5
   1144a:	40d4                	lw	a3,4(s1)
   1144c:	01f55793          	srl	a5,a0,0x1f
   11450:	1141                	add	sp,sp,-16
   11452:	0127e933          	or	s2,a5,s2
   11456:	00151413          	sll	s0,a0,0x1
   1145a:	8522                	mv	a0,s0
   1145c:	85ca                	mv	a1,s2
   1145e:	8bba                	mv	s7,a4
   11460:	870a                	mv	a4,sp
   11462:	8b42                	mv	s6,a6
   11464:	0ed000ef          	jal	11d50 <__umul128>
   11468:	44d4                	lw	a3,12(s1)
   1146a:	4490                	lw	a2,8(s1)
   1146c:	0038                	add	a4,sp,8
   1146e:	8caa                	mv	s9,a0
   11470:	8c2e                	mv	s8,a1
   11472:	8522                	mv	a0,s0
   11474:	85ca                	mv	a1,s2
   11476:	0db000ef          	jal	11d50 <__umul128>
   1147a:	4682                	lw	a3,0(sp)
   1147c:	4712                	lw	a4,4(sp)
   1147e:	4785                	li	a5,1
   11480:	00d50933          	add	s2,a0,a3
   11484:	00a93533          	sltu	a0,s2,a0
   11488:	95ba                	add	a1,a1,a4
   1148a:	00b50433          	add	s0,a0,a1
   1148e:	00e46763          	bltu	s0,a4,1149c <mulShiftAll64+0x62>
   11492:	00871463          	bne	a4,s0,1149a <mulShiftAll64+0x60>
   11496:	00d96363          	bltu	s2,a3,1149c <mulShiftAll64+0x62>
   1149a:	4781                	li	a5,0
   1149c:	4622                	lw	a2,8(sp)
   1149e:	4732                	lw	a4,12(sp)
   114a0:	963e                	add	a2,a2,a5
   114a2:	00f637b3          	sltu	a5,a2,a5
   114a6:	00e786b3          	add	a3,a5,a4
   114aa:	4098                	lw	a4,0(s1)
   114ac:	40dc                	lw	a5,4(s1)
   114ae:	c432                	sw	a2,8(sp)
   114b0:	9766                	add	a4,a4,s9
   114b2:	97e2                	add	a5,a5,s8
   114b4:	019735b3          	sltu	a1,a4,s9
   114b8:	95be                	add	a1,a1,a5
   114ba:	c636                	sw	a3,12(sp)
   114bc:	4785                	li	a5,1
   114be:	0185e763          	bltu	a1,s8,114cc <mulShiftAll64+0x92>
   114c2:	00bc1463          	bne	s8,a1,114ca <mulShiftAll64+0x90>
   114c6:	01976363          	bltu	a4,s9,114cc <mulShiftAll64+0x92>
   114ca:	4781                	li	a5,0
   114cc:	4498                	lw	a4,8(s1)
   114ce:	44c8                	lw	a0,12(s1)
   114d0:	fbfa8a13          	add	s4,s5,-65
   114d4:	974a                	add	a4,a4,s2
   114d6:	9522                	add	a0,a0,s0
   114d8:	012735b3          	sltu	a1,a4,s2
   114dc:	95aa                	add	a1,a1,a0
   114de:	00e78533          	add	a0,a5,a4
   114e2:	00f537b3          	sltu	a5,a0,a5
   114e6:	95be                	add	a1,a1,a5
   114e8:	4785                	li	a5,1
   114ea:	0085e763          	bltu	a1,s0,114f8 <mulShiftAll64+0xbe>
   114ee:	00b41463          	bne	s0,a1,114f6 <mulShiftAll64+0xbc>
   114f2:	01256363          	bltu	a0,s2,114f8 <mulShiftAll64+0xbe>
   114f6:	4781                	li	a5,0
   114f8:	963e                	add	a2,a2,a5
   114fa:	00f637b3          	sltu	a5,a2,a5
   114fe:	8752                	mv	a4,s4
   11500:	96be                	add	a3,a3,a5
   11502:	09b000ef          	jal	11d9c <__shiftright128>
   11506:	00aba023          	sw	a0,0(s7)
   1150a:	00bba223          	sw	a1,4(s7)
   1150e:	4785                	li	a5,1
   11510:	48a2                	lw	a7,8(sp)
   11512:	4832                	lw	a6,12(sp)
   11514:	40cc                	lw	a1,4(s1)
   11516:	4488                	lw	a0,8(s1)
   11518:	44d8                	lw	a4,12(s1)
   1151a:	06fb1763          	bne	s6,a5,11588 <mulShiftAll64+0x14e>
   1151e:	40a906b3          	sub	a3,s2,a0
   11522:	00d93633          	sltu	a2,s2,a3
   11526:	40e407b3          	sub	a5,s0,a4
   1152a:	8f91                	sub	a5,a5,a2
   1152c:	4505                	li	a0,1
   1152e:	00bc6863          	bltu	s8,a1,1153e <mulShiftAll64+0x104>
   11532:	01859563          	bne	a1,s8,1153c <mulShiftAll64+0x102>
   11536:	4098                	lw	a4,0(s1)
   11538:	00ece363          	bltu	s9,a4,1153e <mulShiftAll64+0x104>
   1153c:	4501                	li	a0,0
   1153e:	40a68533          	sub	a0,a3,a0
   11542:	00a6b6b3          	sltu	a3,a3,a0
   11546:	40d785b3          	sub	a1,a5,a3
   1154a:	4605                	li	a2,1
   1154c:	00b46763          	bltu	s0,a1,1155a <mulShiftAll64+0x120>
   11550:	00859463          	bne	a1,s0,11558 <mulShiftAll64+0x11e>
   11554:	00a96363          	bltu	s2,a0,1155a <mulShiftAll64+0x120>
   11558:	4601                	li	a2,0
   1155a:	40c88633          	sub	a2,a7,a2
   1155e:	00c8b6b3          	sltu	a3,a7,a2
   11562:	8752                	mv	a4,s4
   11564:	40d806b3          	sub	a3,a6,a3
   11568:	035000ef          	jal	11d9c <__shiftright128>
   1156c:	4622                	lw	a2,8(sp)
   1156e:	46b2                	lw	a3,12(sp)
   11570:	00a9a023          	sw	a0,0(s3)
   11574:	00b9a223          	sw	a1,4(s3)
   11578:	8752                	mv	a4,s4
   1157a:	854a                	mv	a0,s2
   1157c:	85a2                	mv	a1,s0
   1157e:	01f000ef          	jal	11d9c <__shiftright128>
   11582:	0141                	add	sp,sp,16
   11584:	7d30006f          	j	12556 <__riscv_restore_10>
   11588:	01fcd793          	srl	a5,s9,0x1f
   1158c:	001c1613          	sll	a2,s8,0x1
   11590:	8e5d                	or	a2,a2,a5
   11592:	01f95693          	srl	a3,s2,0x1f
   11596:	00141793          	sll	a5,s0,0x1
   1159a:	001c9e93          	sll	t4,s9,0x1
   1159e:	8fd5                	or	a5,a5,a3
   115a0:	00191313          	sll	t1,s2,0x1
   115a4:	4e05                	li	t3,1
   115a6:	01866763          	bltu	a2,s8,115b4 <mulShiftAll64+0x17a>
   115aa:	00cc1463          	bne	s8,a2,115b2 <mulShiftAll64+0x178>
   115ae:	019ee363          	bltu	t4,s9,115b4 <mulShiftAll64+0x17a>
   115b2:	4e01                	li	t3,0
   115b4:	9e1a                	add	t3,t3,t1
   115b6:	006e3333          	sltu	t1,t3,t1
   115ba:	933e                	add	t1,t1,a5
   115bc:	4785                	li	a5,1
   115be:	00b66863          	bltu	a2,a1,115ce <mulShiftAll64+0x194>
   115c2:	00c59563          	bne	a1,a2,115cc <mulShiftAll64+0x192>
   115c6:	4094                	lw	a3,0(s1)
   115c8:	00dee363          	bltu	t4,a3,115ce <mulShiftAll64+0x194>
   115cc:	4781                	li	a5,0
   115ce:	40fe07b3          	sub	a5,t3,a5
   115d2:	00fe35b3          	sltu	a1,t3,a5
   115d6:	40b305b3          	sub	a1,t1,a1
   115da:	40a78533          	sub	a0,a5,a0
   115de:	00a7b7b3          	sltu	a5,a5,a0
   115e2:	8d99                	sub	a1,a1,a4
   115e4:	01f8d693          	srl	a3,a7,0x1f
   115e8:	8d9d                	sub	a1,a1,a5
   115ea:	00181793          	sll	a5,a6,0x1
   115ee:	8fd5                	or	a5,a5,a3
   115f0:	fc0a8713          	add	a4,s5,-64
   115f4:	0886                	sll	a7,a7,0x1
   115f6:	4685                	li	a3,1
   115f8:	00836763          	bltu	t1,s0,11606 <mulShiftAll64+0x1cc>
   115fc:	00641463          	bne	s0,t1,11604 <mulShiftAll64+0x1ca>
   11600:	012e6363          	bltu	t3,s2,11606 <mulShiftAll64+0x1cc>
   11604:	4681                	li	a3,0
   11606:	96c6                	add	a3,a3,a7
   11608:	0116b8b3          	sltu	a7,a3,a7
   1160c:	98be                	add	a7,a7,a5
   1160e:	4605                	li	a2,1
   11610:	00b36763          	bltu	t1,a1,1161e <mulShiftAll64+0x1e4>
   11614:	00659463          	bne	a1,t1,1161c <mulShiftAll64+0x1e2>
   11618:	00ae6363          	bltu	t3,a0,1161e <mulShiftAll64+0x1e4>
   1161c:	4601                	li	a2,0
   1161e:	40c68633          	sub	a2,a3,a2
   11622:	00c6b6b3          	sltu	a3,a3,a2
   11626:	40d886b3          	sub	a3,a7,a3
   1162a:	bf3d                	j	11568 <mulShiftAll64+0x12e>

0001162c <div10>:
   1162c:	71b002ef          	jal	t0,12546 <__riscv_save_0>
   11630:	67cd                	lui	a5,0x13
   11632:	6587a603          	lw	a2,1624(a5) # 13658 <stdout+0x4>
   11636:	65c7a683          	lw	a3,1628(a5)
   1163a:	1141                	add	sp,sp,-16
   1163c:	0038                	add	a4,sp,8
   1163e:	712000ef          	jal	11d50 <__umul128>
   11642:	45b2                	lw	a1,12(sp)
   11644:	47a2                	lw	a5,8(sp)
   11646:	01d59513          	sll	a0,a1,0x1d
   1164a:	838d                	srl	a5,a5,0x3
   1164c:	8d5d                	or	a0,a0,a5
   1164e:	818d                	srl	a1,a1,0x3
   11650:	0141                	add	sp,sp,16
   11652:	7190006f          	j	1256a <__riscv_restore_0>

00011656 <__dtoa_engine>:
   11656:	6c1002ef          	jal	t0,12516 <__riscv_save_12>
   1165a:	715d                	add	sp,sp,-80
   1165c:	8bb6                	mv	s7,a3
   1165e:	001006b7          	lui	a3,0x100
   11662:	c43a                	sw	a4,8(sp)
   11664:	c63e                	sw	a5,12(sp)
   11666:	01f5d713          	srl	a4,a1,0x1f
   1166a:	fff68d93          	add	s11,a3,-1 # fffff <_end+0xe9dd7>
   1166e:	0145d793          	srl	a5,a1,0x14
   11672:	00bdfdb3          	and	s11,s11,a1
   11676:	c03a                	sw	a4,0(sp)
   11678:	7ff7f413          	and	s0,a5,2047
   1167c:	84aa                	mv	s1,a0
   1167e:	8ab2                	mv	s5,a2
   11680:	00ade733          	or	a4,s11,a0
   11684:	e405                	bnez	s0,116ac <__dtoa_engine+0x56>
   11686:	e331                	bnez	a4,116ca <__dtoa_engine+0x74>
   11688:	03000793          	li	a5,48
   1168c:	00f602a3          	sb	a5,5(a2) # 2005 <errno+0x2005>
   11690:	4782                	lw	a5,0(sp)
   11692:	00060323          	sb	zero,6(a2)
   11696:	00062023          	sw	zero,0(a2)
   1169a:	0027e993          	or	s3,a5,2
   1169e:	01360223          	sb	s3,4(a2)
   116a2:	4405                	li	s0,1
   116a4:	8522                	mv	a0,s0
   116a6:	6161                	add	sp,sp,80
   116a8:	6ab0006f          	j	12552 <__riscv_restore_12>
   116ac:	7ff00613          	li	a2,2047
   116b0:	0ac41163          	bne	s0,a2,11752 <__dtoa_engine+0xfc>
   116b4:	4782                	lw	a5,0(sp)
   116b6:	0047e793          	or	a5,a5,4
   116ba:	c701                	beqz	a4,116c2 <__dtoa_engine+0x6c>
   116bc:	4782                	lw	a5,0(sp)
   116be:	0087e793          	or	a5,a5,8
   116c2:	00fa8223          	sb	a5,4(s5)
   116c6:	4401                	li	s0,0
   116c8:	bff1                	j	116a4 <__dtoa_engine+0x4e>
   116ca:	00157793          	and	a5,a0,1
   116ce:	c23e                	sw	a5,4(sp)
   116d0:	002d9993          	sll	s3,s11,0x2
   116d4:	01e55793          	srl	a5,a0,0x1e
   116d8:	0137e9b3          	or	s3,a5,s3
   116dc:	00251c13          	sll	s8,a0,0x2
   116e0:	892a                	mv	s2,a0
   116e2:	bcc00413          	li	s0,-1076
   116e6:	4805                	li	a6,1
   116e8:	4d05                	li	s10,1
   116ea:	408004b3          	neg	s1,s0
   116ee:	8526                	mv	a0,s1
   116f0:	ca42                	sw	a6,20(sp)
   116f2:	2d35                	jal	11d2e <__log10Pow5>
   116f4:	fff42793          	slti	a5,s0,-1
   116f8:	40f50b33          	sub	s6,a0,a5
   116fc:	416484b3          	sub	s1,s1,s6
   11700:	8526                	mv	a0,s1
   11702:	2d35                	jal	11d3e <__pow5bits>
   11704:	f8350693          	add	a3,a0,-125
   11708:	40db06b3          	sub	a3,s6,a3
   1170c:	8526                	mv	a0,s1
   1170e:	008c                	add	a1,sp,64
   11710:	c836                	sw	a3,16(sp)
   11712:	2921                	jal	11b2a <__double_computePow5>
   11714:	4852                	lw	a6,20(sp)
   11716:	46c2                	lw	a3,16(sp)
   11718:	181c                	add	a5,sp,48
   1171a:	1038                	add	a4,sp,40
   1171c:	0090                	add	a2,sp,64
   1171e:	854a                	mv	a0,s2
   11720:	85ee                	mv	a1,s11
   11722:	3b21                	jal	1143a <mulShiftAll64>
   11724:	4785                	li	a5,1
   11726:	008b0a33          	add	s4,s6,s0
   1172a:	84ae                	mv	s1,a1
   1172c:	842a                	mv	s0,a0
   1172e:	1367e563          	bltu	a5,s6,11858 <__dtoa_engine+0x202>
   11732:	4792                	lw	a5,4(sp)
   11734:	4985                	li	s3,1
   11736:	0e078863          	beqz	a5,11826 <__dtoa_engine+0x1d0>
   1173a:	57a2                	lw	a5,40(sp)
   1173c:	5732                	lw	a4,44(sp)
   1173e:	4985                	li	s3,1
   11740:	fff78693          	add	a3,a5,-1
   11744:	0017b793          	seqz	a5,a5
   11748:	40f707b3          	sub	a5,a4,a5
   1174c:	d436                	sw	a3,40(sp)
   1174e:	d63e                	sw	a5,44(sp)
   11750:	a075                	j	117fc <__dtoa_engine+0x1a6>
   11752:	01b6edb3          	or	s11,a3,s11
   11756:	00157693          	and	a3,a0,1
   1175a:	c236                	sw	a3,4(sp)
   1175c:	002d9993          	sll	s3,s11,0x2
   11760:	01e55693          	srl	a3,a0,0x1e
   11764:	bcb40413          	add	s0,s0,-1077
   11768:	892a                	mv	s2,a0
   1176a:	0136e9b3          	or	s3,a3,s3
   1176e:	00251c13          	sll	s8,a0,0x2
   11772:	4d05                	li	s10,1
   11774:	e709                	bnez	a4,1177e <__dtoa_engine+0x128>
   11776:	7fe7f793          	and	a5,a5,2046
   1177a:	0017bd13          	seqz	s10,a5
   1177e:	886a                	mv	a6,s10
   11780:	f60445e3          	bltz	s0,116ea <__dtoa_engine+0x94>
   11784:	8522                	mv	a0,s0
   11786:	2b69                	jal	11d20 <__log10Pow2>
   11788:	00442793          	slti	a5,s0,4
   1178c:	0017c793          	xor	a5,a5,1
   11790:	40f50a33          	sub	s4,a0,a5
   11794:	8552                	mv	a0,s4
   11796:	2365                	jal	11d3e <__pow5bits>
   11798:	07c50693          	add	a3,a0,124
   1179c:	408a0433          	sub	s0,s4,s0
   117a0:	96a2                	add	a3,a3,s0
   117a2:	008c                	add	a1,sp,64
   117a4:	8552                	mv	a0,s4
   117a6:	c836                	sw	a3,16(sp)
   117a8:	29b5                	jal	11c24 <__double_computeInvPow5>
   117aa:	46c2                	lw	a3,16(sp)
   117ac:	181c                	add	a5,sp,48
   117ae:	8526                	mv	a0,s1
   117b0:	886a                	mv	a6,s10
   117b2:	1038                	add	a4,sp,40
   117b4:	0090                	add	a2,sp,64
   117b6:	85ee                	mv	a1,s11
   117b8:	3149                	jal	1143a <mulShiftAll64>
   117ba:	47d5                	li	a5,21
   117bc:	842a                	mv	s0,a0
   117be:	84ae                	mv	s1,a1
   117c0:	0947ea63          	bltu	a5,s4,11854 <__dtoa_engine+0x1fe>
   117c4:	67cd                	lui	a5,0x13
   117c6:	65c7a683          	lw	a3,1628(a5) # 1365c <stdout+0x8>
   117ca:	6587a603          	lw	a2,1624(a5)
   117ce:	1838                	add	a4,sp,56
   117d0:	8562                	mv	a0,s8
   117d2:	85ce                	mv	a1,s3
   117d4:	2bb5                	jal	11d50 <__umul128>
   117d6:	57e2                	lw	a5,56(sp)
   117d8:	56f2                	lw	a3,60(sp)
   117da:	5da2                	lw	s11,40(sp)
   117dc:	8389                	srl	a5,a5,0x2
   117de:	06fa                	sll	a3,a3,0x1e
   117e0:	8fd5                	or	a5,a5,a3
   117e2:	4695                	li	a3,5
   117e4:	02f687b3          	mul	a5,a3,a5
   117e8:	5932                	lw	s2,44(sp)
   117ea:	01879b63          	bne	a5,s8,11800 <__dtoa_engine+0x1aa>
   117ee:	85ce                	mv	a1,s3
   117f0:	8562                	mv	a0,s8
   117f2:	2ced                	jal	11aec <__pow5Factor>
   117f4:	01453733          	sltu	a4,a0,s4
   117f8:	00174993          	xor	s3,a4,1
   117fc:	4d01                	li	s10,0
   117fe:	a025                	j	11826 <__dtoa_engine+0x1d0>
   11800:	4792                	lw	a5,4(sp)
   11802:	e79d                	bnez	a5,11830 <__dtoa_engine+0x1da>
   11804:	fffc0793          	add	a5,s8,-1
   11808:	41a78533          	sub	a0,a5,s10
   1180c:	001c3593          	seqz	a1,s8
   11810:	00a7b7b3          	sltu	a5,a5,a0
   11814:	40b985b3          	sub	a1,s3,a1
   11818:	8d9d                	sub	a1,a1,a5
   1181a:	2cc9                	jal	11aec <__pow5Factor>
   1181c:	01453933          	sltu	s2,a0,s4
   11820:	00194d13          	xor	s10,s2,1
   11824:	4981                	li	s3,0
   11826:	47a2                	lw	a5,8(sp)
   11828:	0e079f63          	bnez	a5,11926 <__dtoa_engine+0x2d0>
   1182c:	8b5e                	mv	s6,s7
   1182e:	a049                	j	118b0 <__dtoa_engine+0x25a>
   11830:	002c0513          	add	a0,s8,2
   11834:	018535b3          	sltu	a1,a0,s8
   11838:	95ce                	add	a1,a1,s3
   1183a:	2c4d                	jal	11aec <__pow5Factor>
   1183c:	01453533          	sltu	a0,a0,s4
   11840:	00154513          	xor	a0,a0,1
   11844:	40ad8533          	sub	a0,s11,a0
   11848:	00adbdb3          	sltu	s11,s11,a0
   1184c:	41b90733          	sub	a4,s2,s11
   11850:	d42a                	sw	a0,40(sp)
   11852:	d63a                	sw	a4,44(sp)
   11854:	4981                	li	s3,0
   11856:	b75d                	j	117fc <__dtoa_engine+0x1a6>
   11858:	03e00793          	li	a5,62
   1185c:	ff67ece3          	bltu	a5,s6,11854 <__dtoa_engine+0x1fe>
   11860:	865a                	mv	a2,s6
   11862:	557d                	li	a0,-1
   11864:	55fd                	li	a1,-1
   11866:	2be1                	jal	11e3e <__ashldi3>
   11868:	fff54513          	not	a0,a0
   1186c:	fff5c593          	not	a1,a1
   11870:	0135f5b3          	and	a1,a1,s3
   11874:	01857533          	and	a0,a0,s8
   11878:	00b56733          	or	a4,a0,a1
   1187c:	00173993          	seqz	s3,a4
   11880:	bfb5                	j	117fc <__dtoa_engine+0x1a6>
   11882:	02d50833          	mul	a6,a0,a3
   11886:	0785                	add	a5,a5,1
   11888:	02b536b3          	mulhu	a3,a0,a1
   1188c:	02b505b3          	mul	a1,a0,a1
   11890:	96c2                	add	a3,a3,a6
   11892:	00d4e663          	bltu	s1,a3,1189e <__dtoa_engine+0x248>
   11896:	fe9696e3          	bne	a3,s1,11882 <__dtoa_engine+0x22c>
   1189a:	feb474e3          	bgeu	s0,a1,11882 <__dtoa_engine+0x22c>
   1189e:	4732                	lw	a4,12(sp)
   118a0:	97d2                	add	a5,a5,s4
   118a2:	97ba                	add	a5,a5,a4
   118a4:	00f04363          	bgtz	a5,118aa <__dtoa_engine+0x254>
   118a8:	4785                	li	a5,1
   118aa:	8b3e                	mv	s6,a5
   118ac:	f8fbc0e3          	blt	s7,a5,1182c <__dtoa_engine+0x1d6>
   118b0:	4c81                	li	s9,0
   118b2:	4901                	li	s2,0
   118b4:	4c01                	li	s8,0
   118b6:	5522                	lw	a0,40(sp)
   118b8:	55b2                	lw	a1,44(sp)
   118ba:	3b8d                	jal	1162c <div10>
   118bc:	57c2                	lw	a5,48(sp)
   118be:	8dae                	mv	s11,a1
   118c0:	55d2                	lw	a1,52(sp)
   118c2:	c82a                	sw	a0,16(sp)
   118c4:	853e                	mv	a0,a5
   118c6:	ca3e                	sw	a5,20(sp)
   118c8:	3395                	jal	1162c <div10>
   118ca:	832a                	mv	t1,a0
   118cc:	88ae                	mv	a7,a1
   118ce:	4ea9                	li	t4,10
   118d0:	01b5e763          	bltu	a1,s11,118de <__dtoa_engine+0x288>
   118d4:	08bd9563          	bne	s11,a1,1195e <__dtoa_engine+0x308>
   118d8:	47c2                	lw	a5,16(sp)
   118da:	08f57263          	bgeu	a0,a5,1195e <__dtoa_engine+0x308>
   118de:	8522                	mv	a0,s0
   118e0:	85a6                	mv	a1,s1
   118e2:	ce46                	sw	a7,28(sp)
   118e4:	cc1a                	sw	t1,24(sp)
   118e6:	3399                	jal	1162c <div10>
   118e8:	4362                	lw	t1,24(sp)
   118ea:	4ea9                	li	t4,10
   118ec:	001cb693          	seqz	a3,s9
   118f0:	026e8833          	mul	a6,t4,t1
   118f4:	00d9f9b3          	and	s3,s3,a3
   118f8:	47d2                	lw	a5,20(sp)
   118fa:	48f2                	lw	a7,28(sp)
   118fc:	d66e                	sw	s11,44(sp)
   118fe:	d81a                	sw	t1,48(sp)
   11900:	da46                	sw	a7,52(sp)
   11902:	0905                	add	s2,s2,1
   11904:	84ae                	mv	s1,a1
   11906:	02ae86b3          	mul	a3,t4,a0
   1190a:	40f80833          	sub	a6,a6,a5
   1190e:	47c2                	lw	a5,16(sp)
   11910:	00183813          	seqz	a6,a6
   11914:	010d7d33          	and	s10,s10,a6
   11918:	d43e                	sw	a5,40(sp)
   1191a:	40d406b3          	sub	a3,s0,a3
   1191e:	0ff6fc93          	zext.b	s9,a3
   11922:	842a                	mv	s0,a0
   11924:	bf49                	j	118b6 <__dtoa_engine+0x260>
   11926:	45a9                	li	a1,10
   11928:	4681                	li	a3,0
   1192a:	4785                	li	a5,1
   1192c:	4529                	li	a0,10
   1192e:	b795                	j	11892 <__dtoa_engine+0x23c>
   11930:	030e8f33          	mul	t5,t4,a6
   11934:	0505                	add	a0,a0,1
   11936:	02beb833          	mulhu	a6,t4,a1
   1193a:	02be85b3          	mul	a1,t4,a1
   1193e:	987a                	add	a6,a6,t5
   11940:	0104e663          	bltu	s1,a6,1194c <__dtoa_engine+0x2f6>
   11944:	fe9816e3          	bne	a6,s1,11930 <__dtoa_engine+0x2da>
   11948:	feb474e3          	bgeu	s0,a1,11930 <__dtoa_engine+0x2da>
   1194c:	00ab5d63          	bge	s6,a0,11966 <__dtoa_engine+0x310>
   11950:	000b1563          	bnez	s6,1195a <__dtoa_engine+0x304>
   11954:	009465b3          	or	a1,s0,s1
   11958:	c599                	beqz	a1,11966 <__dtoa_engine+0x310>
   1195a:	4c05                	li	s8,1
   1195c:	b749                	j	118de <__dtoa_engine+0x288>
   1195e:	45a9                	li	a1,10
   11960:	4801                	li	a6,0
   11962:	4505                	li	a0,1
   11964:	bff1                	j	11940 <__dtoa_engine+0x2ea>
   11966:	040d0e63          	beqz	s10,119c2 <__dtoa_engine+0x36c>
   1196a:	4da9                	li	s11,10
   1196c:	5342                	lw	t1,48(sp)
   1196e:	55d2                	lw	a1,52(sp)
   11970:	851a                	mv	a0,t1
   11972:	c81a                	sw	t1,16(sp)
   11974:	3965                	jal	1162c <div10>
   11976:	ce2e                	sw	a1,28(sp)
   11978:	02ad85b3          	mul	a1,s11,a0
   1197c:	4342                	lw	t1,16(sp)
   1197e:	882a                	mv	a6,a0
   11980:	cc42                	sw	a6,24(sp)
   11982:	04659063          	bne	a1,t1,119c2 <__dtoa_engine+0x36c>
   11986:	5522                	lw	a0,40(sp)
   11988:	55b2                	lw	a1,44(sp)
   1198a:	0905                	add	s2,s2,1
   1198c:	3145                	jal	1162c <div10>
   1198e:	ca2a                	sw	a0,20(sp)
   11990:	c82e                	sw	a1,16(sp)
   11992:	8522                	mv	a0,s0
   11994:	85a6                	mv	a1,s1
   11996:	3959                	jal	1162c <div10>
   11998:	001cb693          	seqz	a3,s9
   1199c:	00d9f9b3          	and	s3,s3,a3
   119a0:	02ad86b3          	mul	a3,s11,a0
   119a4:	4e52                	lw	t3,20(sp)
   119a6:	4342                	lw	t1,16(sp)
   119a8:	4862                	lw	a6,24(sp)
   119aa:	48f2                	lw	a7,28(sp)
   119ac:	d472                	sw	t3,40(sp)
   119ae:	d61a                	sw	t1,44(sp)
   119b0:	d842                	sw	a6,48(sp)
   119b2:	da46                	sw	a7,52(sp)
   119b4:	84ae                	mv	s1,a1
   119b6:	40d406b3          	sub	a3,s0,a3
   119ba:	0ff6fc93          	zext.b	s9,a3
   119be:	842a                	mv	s0,a0
   119c0:	b775                	j	1196c <__dtoa_engine+0x316>
   119c2:	9952                	add	s2,s2,s4
   119c4:	0c098563          	beqz	s3,11a8e <__dtoa_engine+0x438>
   119c8:	4715                	li	a4,5
   119ca:	0cec9263          	bne	s9,a4,11a8e <__dtoa_engine+0x438>
   119ce:	00147713          	and	a4,s0,1
   119d2:	e35d                	bnez	a4,11a78 <__dtoa_engine+0x422>
   119d4:	000c1963          	bnez	s8,119e6 <__dtoa_engine+0x390>
   119d8:	5742                	lw	a4,48(sp)
   119da:	00871563          	bne	a4,s0,119e4 <__dtoa_engine+0x38e>
   119de:	5752                	lw	a4,52(sp)
   119e0:	0c970963          	beq	a4,s1,11ab2 <__dtoa_engine+0x45c>
   119e4:	4701                	li	a4,0
   119e6:	943a                	add	s0,s0,a4
   119e8:	00e435b3          	sltu	a1,s0,a4
   119ec:	95a6                	add	a1,a1,s1
   119ee:	8a2e                	mv	s4,a1
   119f0:	84a2                	mv	s1,s0
   119f2:	4629                	li	a2,10
   119f4:	4681                	li	a3,0
   119f6:	4c05                	li	s8,1
   119f8:	4529                	li	a0,10
   119fa:	00d5e663          	bltu	a1,a3,11a06 <__dtoa_engine+0x3b0>
   119fe:	0ab69c63          	bne	a3,a1,11ab6 <__dtoa_engine+0x460>
   11a02:	0ac47a63          	bgeu	s0,a2,11ab6 <__dtoa_engine+0x460>
   11a06:	cf15                	beqz	a4,11a42 <__dtoa_engine+0x3ec>
   11a08:	038b5d63          	bge	s6,s8,11a42 <__dtoa_engine+0x3ec>
   11a0c:	47a2                	lw	a5,8(sp)
   11a0e:	cf91                	beqz	a5,11a2a <__dtoa_engine+0x3d4>
   11a10:	4732                	lw	a4,12(sp)
   11a12:	012c07b3          	add	a5,s8,s2
   11a16:	00f70b33          	add	s6,a4,a5
   11a1a:	000b5363          	bgez	s6,11a20 <__dtoa_engine+0x3ca>
   11a1e:	4b01                	li	s6,0
   11a20:	016bd363          	bge	s7,s6,11a26 <__dtoa_engine+0x3d0>
   11a24:	8b5e                	mv	s6,s7
   11a26:	018b5e63          	bge	s6,s8,11a42 <__dtoa_engine+0x3ec>
   11a2a:	00540513          	add	a0,s0,5
   11a2e:	00853433          	sltu	s0,a0,s0
   11a32:	4629                	li	a2,10
   11a34:	4681                	li	a3,0
   11a36:	95a2                	add	a1,a1,s0
   11a38:	29a1                	jal	11e90 <__udivdi3>
   11a3a:	84aa                	mv	s1,a0
   11a3c:	8a2e                	mv	s4,a1
   11a3e:	0905                	add	s2,s2,1
   11a40:	1c7d                	add	s8,s8,-1
   11a42:	87da                	mv	a5,s6
   11a44:	016c5363          	bge	s8,s6,11a4a <__dtoa_engine+0x3f4>
   11a48:	87e2                	mv	a5,s8
   11a4a:	01079413          	sll	s0,a5,0x10
   11a4e:	0942                	sll	s2,s2,0x10
   11a50:	8441                	sra	s0,s0,0x10
   11a52:	41095913          	sra	s2,s2,0x10
   11a56:	9922                	add	s2,s2,s0
   11a58:	008a8b33          	add	s6,s5,s0
   11a5c:	197d                	add	s2,s2,-1
   11a5e:	4b81                	li	s7,0
   11a60:	8c5a                	mv	s8,s6
   11a62:	1b7d                	add	s6,s6,-1
   11a64:	068bc263          	blt	s7,s0,11ac8 <__dtoa_engine+0x472>
   11a68:	4782                	lw	a5,0(sp)
   11a6a:	000c02a3          	sb	zero,5(s8)
   11a6e:	012aa023          	sw	s2,0(s5)
   11a72:	00fa8223          	sb	a5,4(s5)
   11a76:	b13d                	j	116a4 <__dtoa_engine+0x4e>
   11a78:	4705                	li	a4,1
   11a7a:	f60c16e3          	bnez	s8,119e6 <__dtoa_engine+0x390>
   11a7e:	5742                	lw	a4,48(sp)
   11a80:	00871563          	bne	a4,s0,11a8a <__dtoa_engine+0x434>
   11a84:	5752                	lw	a4,52(sp)
   11a86:	00970c63          	beq	a4,s1,11a9e <__dtoa_engine+0x448>
   11a8a:	4705                	li	a4,1
   11a8c:	bfa9                	j	119e6 <__dtoa_engine+0x390>
   11a8e:	000c1d63          	bnez	s8,11aa8 <__dtoa_engine+0x452>
   11a92:	5742                	lw	a4,48(sp)
   11a94:	00871a63          	bne	a4,s0,11aa8 <__dtoa_engine+0x452>
   11a98:	5752                	lw	a4,52(sp)
   11a9a:	00971763          	bne	a4,s1,11aa8 <__dtoa_engine+0x452>
   11a9e:	4792                	lw	a5,4(sp)
   11aa0:	4705                	li	a4,1
   11aa2:	f3b1                	bnez	a5,119e6 <__dtoa_engine+0x390>
   11aa4:	f40d01e3          	beqz	s10,119e6 <__dtoa_engine+0x390>
   11aa8:	005cb693          	sltiu	a3,s9,5
   11aac:	0016c713          	xor	a4,a3,1
   11ab0:	bf1d                	j	119e6 <__dtoa_engine+0x390>
   11ab2:	4c91                	li	s9,4
   11ab4:	b7ed                	j	11a9e <__dtoa_engine+0x448>
   11ab6:	02d50833          	mul	a6,a0,a3
   11aba:	0c05                	add	s8,s8,1
   11abc:	02c536b3          	mulhu	a3,a0,a2
   11ac0:	02c50633          	mul	a2,a0,a2
   11ac4:	96c2                	add	a3,a3,a6
   11ac6:	bf15                	j	119fa <__dtoa_engine+0x3a4>
   11ac8:	4629                	li	a2,10
   11aca:	4681                	li	a3,0
   11acc:	8526                	mv	a0,s1
   11ace:	85d2                	mv	a1,s4
   11ad0:	2f39                	jal	121ee <__umoddi3>
   11ad2:	03050513          	add	a0,a0,48
   11ad6:	00ab02a3          	sb	a0,5(s6)
   11ada:	85d2                	mv	a1,s4
   11adc:	8526                	mv	a0,s1
   11ade:	4629                	li	a2,10
   11ae0:	4681                	li	a3,0
   11ae2:	267d                	jal	11e90 <__udivdi3>
   11ae4:	84aa                	mv	s1,a0
   11ae6:	8a2e                	mv	s4,a1
   11ae8:	0b85                	add	s7,s7,1
   11aea:	bfa5                	j	11a62 <__dtoa_engine+0x40c>

00011aec <__pow5Factor>:
   11aec:	ccccd737          	lui	a4,0xccccd
   11af0:	333336b7          	lui	a3,0x33333
   11af4:	87aa                	mv	a5,a0
   11af6:	ccd70613          	add	a2,a4,-819 # cccccccd <_end+0xcccb6aa5>
   11afa:	4501                	li	a0,0
   11afc:	ccc70713          	add	a4,a4,-820
   11b00:	33368693          	add	a3,a3,819 # 33333333 <_end+0x3331d10b>
   11b04:	02c585b3          	mul	a1,a1,a2
   11b08:	02e78833          	mul	a6,a5,a4
   11b0c:	982e                	add	a6,a6,a1
   11b0e:	02c7b5b3          	mulhu	a1,a5,a2
   11b12:	95c2                	add	a1,a1,a6
   11b14:	02c787b3          	mul	a5,a5,a2
   11b18:	00b6e863          	bltu	a3,a1,11b28 <__pow5Factor+0x3c>
   11b1c:	00d59463          	bne	a1,a3,11b24 <__pow5Factor+0x38>
   11b20:	00f5e463          	bltu	a1,a5,11b28 <__pow5Factor+0x3c>
   11b24:	0505                	add	a0,a0,1
   11b26:	bff9                	j	11b04 <__pow5Factor+0x18>
   11b28:	8082                	ret

00011b2a <__double_computePow5>:
   11b2a:	1f5002ef          	jal	t0,1251e <__riscv_save_10>
   11b2e:	47e9                	li	a5,26
   11b30:	02f55b33          	divu	s6,a0,a5
   11b34:	69cd                	lui	s3,0x13
   11b36:	21898b93          	add	s7,s3,536 # 13218 <DOUBLE_POW5_SPLIT2>
   11b3a:	1101                	add	sp,sp,-32
   11b3c:	892e                	mv	s2,a1
   11b3e:	02f577b3          	remu	a5,a0,a5
   11b42:	004b1713          	sll	a4,s6,0x4
   11b46:	9bba                	add	s7,s7,a4
   11b48:	e395                	bnez	a5,11b6c <__double_computePow5+0x42>
   11b4a:	000ba703          	lw	a4,0(s7)
   11b4e:	004ba783          	lw	a5,4(s7)
   11b52:	c198                	sw	a4,0(a1)
   11b54:	c1dc                	sw	a5,4(a1)
   11b56:	008ba503          	lw	a0,8(s7)
   11b5a:	00cba583          	lw	a1,12(s7)
   11b5e:	00a92423          	sw	a0,8(s2)
   11b62:	00b92623          	sw	a1,12(s2)
   11b66:	6105                	add	sp,sp,32
   11b68:	1ef0006f          	j	12556 <__riscv_restore_10>
   11b6c:	21898993          	add	s3,s3,536
   11b70:	078e                	sll	a5,a5,0x3
   11b72:	97ce                	add	a5,a5,s3
   11b74:	0d07aa03          	lw	s4,208(a5)
   11b78:	0d47aa83          	lw	s5,212(a5)
   11b7c:	008ba603          	lw	a2,8(s7)
   11b80:	00cba683          	lw	a3,12(s7)
   11b84:	0818                	add	a4,sp,16
   11b86:	85d6                	mv	a1,s5
   11b88:	842a                	mv	s0,a0
   11b8a:	8552                	mv	a0,s4
   11b8c:	22d1                	jal	11d50 <__umul128>
   11b8e:	000ba603          	lw	a2,0(s7)
   11b92:	004ba683          	lw	a3,4(s7)
   11b96:	84aa                	mv	s1,a0
   11b98:	8c2e                	mv	s8,a1
   11b9a:	0838                	add	a4,sp,24
   11b9c:	8552                	mv	a0,s4
   11b9e:	85d6                	mv	a1,s5
   11ba0:	2a45                	jal	11d50 <__umul128>
   11ba2:	47e2                	lw	a5,24(sp)
   11ba4:	4772                	lw	a4,28(sp)
   11ba6:	8aaa                	mv	s5,a0
   11ba8:	94be                	add	s1,s1,a5
   11baa:	00f4ba33          	sltu	s4,s1,a5
   11bae:	9c3a                	add	s8,s8,a4
   11bb0:	9a62                	add	s4,s4,s8
   11bb2:	00ea6663          	bltu	s4,a4,11bbe <__double_computePow5+0x94>
   11bb6:	01471d63          	bne	a4,s4,11bd0 <__double_computePow5+0xa6>
   11bba:	00f4fb63          	bgeu	s1,a5,11bd0 <__double_computePow5+0xa6>
   11bbe:	47c2                	lw	a5,16(sp)
   11bc0:	46d2                	lw	a3,20(sp)
   11bc2:	00178713          	add	a4,a5,1
   11bc6:	00f737b3          	sltu	a5,a4,a5
   11bca:	97b6                	add	a5,a5,a3
   11bcc:	c83a                	sw	a4,16(sp)
   11bce:	ca3e                	sw	a5,20(sp)
   11bd0:	8522                	mv	a0,s0
   11bd2:	c62e                	sw	a1,12(sp)
   11bd4:	22ad                	jal	11d3e <__pow5bits>
   11bd6:	8baa                	mv	s7,a0
   11bd8:	4569                	li	a0,26
   11bda:	02ab0533          	mul	a0,s6,a0
   11bde:	2285                	jal	11d3e <__pow5bits>
   11be0:	45b2                	lw	a1,12(sp)
   11be2:	40ab8733          	sub	a4,s7,a0
   11be6:	8626                	mv	a2,s1
   11be8:	86d2                	mv	a3,s4
   11bea:	8556                	mv	a0,s5
   11bec:	c43a                	sw	a4,8(sp)
   11bee:	227d                	jal	11d9c <__shiftright128>
   11bf0:	00445793          	srl	a5,s0,0x4
   11bf4:	078a                	sll	a5,a5,0x2
   11bf6:	99be                	add	s3,s3,a5
   11bf8:	1a09a783          	lw	a5,416(s3)
   11bfc:	0406                	sll	s0,s0,0x1
   11bfe:	8879                	and	s0,s0,30
   11c00:	0087d7b3          	srl	a5,a5,s0
   11c04:	8b8d                	and	a5,a5,3
   11c06:	953e                	add	a0,a0,a5
   11c08:	00f537b3          	sltu	a5,a0,a5
   11c0c:	4722                	lw	a4,8(sp)
   11c0e:	4642                	lw	a2,16(sp)
   11c10:	46d2                	lw	a3,20(sp)
   11c12:	97ae                	add	a5,a5,a1
   11c14:	00a92023          	sw	a0,0(s2)
   11c18:	00f92223          	sw	a5,4(s2)
   11c1c:	8526                	mv	a0,s1
   11c1e:	85d2                	mv	a1,s4
   11c20:	2ab5                	jal	11d9c <__shiftright128>
   11c22:	bf35                	j	11b5e <__double_computePow5+0x34>

00011c24 <__double_computeInvPow5>:
   11c24:	0fb002ef          	jal	t0,1251e <__riscv_save_10>
   11c28:	4b69                	li	s6,26
   11c2a:	01950793          	add	a5,a0,25
   11c2e:	0367d7b3          	divu	a5,a5,s6
   11c32:	6acd                	lui	s5,0x13
   11c34:	218a8493          	add	s1,s5,536 # 13218 <DOUBLE_POW5_SPLIT2>
   11c38:	1f848493          	add	s1,s1,504
   11c3c:	1101                	add	sp,sp,-32
   11c3e:	8a2e                	mv	s4,a1
   11c40:	03678b33          	mul	s6,a5,s6
   11c44:	0792                	sll	a5,a5,0x4
   11c46:	94be                	add	s1,s1,a5
   11c48:	40ab0733          	sub	a4,s6,a0
   11c4c:	00ab1f63          	bne	s6,a0,11c6a <__double_computeInvPow5+0x46>
   11c50:	4098                	lw	a4,0(s1)
   11c52:	40dc                	lw	a5,4(s1)
   11c54:	c198                	sw	a4,0(a1)
   11c56:	c1dc                	sw	a5,4(a1)
   11c58:	4488                	lw	a0,8(s1)
   11c5a:	44cc                	lw	a1,12(s1)
   11c5c:	00aa2423          	sw	a0,8(s4)
   11c60:	00ba2623          	sw	a1,12(s4)
   11c64:	6105                	add	sp,sp,32
   11c66:	0f10006f          	j	12556 <__riscv_restore_10>
   11c6a:	218a8a93          	add	s5,s5,536
   11c6e:	070e                	sll	a4,a4,0x3
   11c70:	9756                	add	a4,a4,s5
   11c72:	0d072903          	lw	s2,208(a4)
   11c76:	0d472983          	lw	s3,212(a4)
   11c7a:	4490                	lw	a2,8(s1)
   11c7c:	44d4                	lw	a3,12(s1)
   11c7e:	0818                	add	a4,sp,16
   11c80:	85ce                	mv	a1,s3
   11c82:	842a                	mv	s0,a0
   11c84:	854a                	mv	a0,s2
   11c86:	20e9                	jal	11d50 <__umul128>
   11c88:	4090                	lw	a2,0(s1)
   11c8a:	40d4                	lw	a3,4(s1)
   11c8c:	8c2a                	mv	s8,a0
   11c8e:	00163793          	seqz	a5,a2
   11c92:	8bae                	mv	s7,a1
   11c94:	0838                	add	a4,sp,24
   11c96:	8e9d                	sub	a3,a3,a5
   11c98:	854a                	mv	a0,s2
   11c9a:	85ce                	mv	a1,s3
   11c9c:	167d                	add	a2,a2,-1
   11c9e:	284d                	jal	11d50 <__umul128>
   11ca0:	47e2                	lw	a5,24(sp)
   11ca2:	4772                	lw	a4,28(sp)
   11ca4:	89aa                	mv	s3,a0
   11ca6:	9c3e                	add	s8,s8,a5
   11ca8:	00fc3933          	sltu	s2,s8,a5
   11cac:	9bba                	add	s7,s7,a4
   11cae:	995e                	add	s2,s2,s7
   11cb0:	00e96663          	bltu	s2,a4,11cbc <__double_computeInvPow5+0x98>
   11cb4:	01271d63          	bne	a4,s2,11cce <__double_computeInvPow5+0xaa>
   11cb8:	00fc7b63          	bgeu	s8,a5,11cce <__double_computeInvPow5+0xaa>
   11cbc:	47c2                	lw	a5,16(sp)
   11cbe:	46d2                	lw	a3,20(sp)
   11cc0:	00178713          	add	a4,a5,1
   11cc4:	00f737b3          	sltu	a5,a4,a5
   11cc8:	97b6                	add	a5,a5,a3
   11cca:	c83a                	sw	a4,16(sp)
   11ccc:	ca3e                	sw	a5,20(sp)
   11cce:	855a                	mv	a0,s6
   11cd0:	c62e                	sw	a1,12(sp)
   11cd2:	20b5                	jal	11d3e <__pow5bits>
   11cd4:	8b2a                	mv	s6,a0
   11cd6:	8522                	mv	a0,s0
   11cd8:	209d                	jal	11d3e <__pow5bits>
   11cda:	45b2                	lw	a1,12(sp)
   11cdc:	40ab0733          	sub	a4,s6,a0
   11ce0:	8662                	mv	a2,s8
   11ce2:	86ca                	mv	a3,s2
   11ce4:	854e                	mv	a0,s3
   11ce6:	c43a                	sw	a4,8(sp)
   11ce8:	2855                	jal	11d9c <__shiftright128>
   11cea:	00445793          	srl	a5,s0,0x4
   11cee:	078a                	sll	a5,a5,0x2
   11cf0:	9abe                	add	s5,s5,a5
   11cf2:	2e8aa783          	lw	a5,744(s5)
   11cf6:	0406                	sll	s0,s0,0x1
   11cf8:	8879                	and	s0,s0,30
   11cfa:	0087d7b3          	srl	a5,a5,s0
   11cfe:	8b8d                	and	a5,a5,3
   11d00:	0785                	add	a5,a5,1
   11d02:	953e                	add	a0,a0,a5
   11d04:	00f537b3          	sltu	a5,a0,a5
   11d08:	4722                	lw	a4,8(sp)
   11d0a:	4642                	lw	a2,16(sp)
   11d0c:	46d2                	lw	a3,20(sp)
   11d0e:	97ae                	add	a5,a5,a1
   11d10:	00aa2023          	sw	a0,0(s4)
   11d14:	00fa2223          	sw	a5,4(s4)
   11d18:	8562                	mv	a0,s8
   11d1a:	85ca                	mv	a1,s2
   11d1c:	2041                	jal	11d9c <__shiftright128>
   11d1e:	bf3d                	j	11c5c <__double_computeInvPow5+0x38>

00011d20 <__log10Pow2>:
   11d20:	67cd                	lui	a5,0x13
   11d22:	44178793          	add	a5,a5,1089 # 13441 <DOUBLE_POW5_INV_SPLIT2+0x31>
   11d26:	02f50533          	mul	a0,a0,a5
   11d2a:	8149                	srl	a0,a0,0x12
   11d2c:	8082                	ret

00011d2e <__log10Pow5>:
   11d2e:	000b37b7          	lui	a5,0xb3
   11d32:	efb78793          	add	a5,a5,-261 # b2efb <_end+0x9ccd3>
   11d36:	02f50533          	mul	a0,a0,a5
   11d3a:	8151                	srl	a0,a0,0x14
   11d3c:	8082                	ret

00011d3e <__pow5bits>:
   11d3e:	001297b7          	lui	a5,0x129
   11d42:	34f78793          	add	a5,a5,847 # 12934f <_end+0x113127>
   11d46:	02f50533          	mul	a0,a0,a5
   11d4a:	814d                	srl	a0,a0,0x13
   11d4c:	0505                	add	a0,a0,1
   11d4e:	8082                	ret

00011d50 <__umul128>:
   11d50:	02c537b3          	mulhu	a5,a0,a2
   11d54:	832e                	mv	t1,a1
   11d56:	02c585b3          	mul	a1,a1,a2
   11d5a:	02c33833          	mulhu	a6,t1,a2
   11d5e:	95be                	add	a1,a1,a5
   11d60:	00f5b7b3          	sltu	a5,a1,a5
   11d64:	97c2                	add	a5,a5,a6
   11d66:	02a68833          	mul	a6,a3,a0
   11d6a:	02a6b8b3          	mulhu	a7,a3,a0
   11d6e:	95c2                	add	a1,a1,a6
   11d70:	0105b833          	sltu	a6,a1,a6
   11d74:	98c2                	add	a7,a7,a6
   11d76:	02d30833          	mul	a6,t1,a3
   11d7a:	02d33333          	mulhu	t1,t1,a3
   11d7e:	983e                	add	a6,a6,a5
   11d80:	011806b3          	add	a3,a6,a7
   11d84:	00f837b3          	sltu	a5,a6,a5
   11d88:	0106b833          	sltu	a6,a3,a6
   11d8c:	c314                	sw	a3,0(a4)
   11d8e:	979a                	add	a5,a5,t1
   11d90:	983e                	add	a6,a6,a5
   11d92:	02c50533          	mul	a0,a0,a2
   11d96:	01072223          	sw	a6,4(a4)
   11d9a:	8082                	ret

00011d9c <__shiftright128>:
   11d9c:	790002ef          	jal	t0,1252c <__riscv_save_4>
   11da0:	8a2a                	mv	s4,a0
   11da2:	8532                	mv	a0,a2
   11da4:	04000613          	li	a2,64
   11da8:	8e19                	sub	a2,a2,a4
   11daa:	89ae                	mv	s3,a1
   11dac:	85b6                	mv	a1,a3
   11dae:	843a                	mv	s0,a4
   11db0:	2079                	jal	11e3e <__ashldi3>
   11db2:	892a                	mv	s2,a0
   11db4:	84ae                	mv	s1,a1
   11db6:	8622                	mv	a2,s0
   11db8:	8552                	mv	a0,s4
   11dba:	85ce                	mv	a1,s3
   11dbc:	28a9                	jal	11e16 <__lshrdi3>
   11dbe:	00a96533          	or	a0,s2,a0
   11dc2:	8dc5                	or	a1,a1,s1
   11dc4:	af71                	j	12560 <__riscv_restore_4>

00011dc6 <__libc_fini_array>:
   11dc6:	780002ef          	jal	t0,12546 <__riscv_save_0>
   11dca:	67cd                	lui	a5,0x13
   11dcc:	644d                	lui	s0,0x13
   11dce:	66078713          	add	a4,a5,1632 # 13660 <__fini_array_end>
   11dd2:	66040413          	add	s0,s0,1632 # 13660 <__fini_array_end>
   11dd6:	8c19                	sub	s0,s0,a4
   11dd8:	8409                	sra	s0,s0,0x2
   11dda:	66078493          	add	s1,a5,1632
   11dde:	e809                	bnez	s0,11df0 <__libc_fini_array+0x2a>
   11de0:	00000793          	li	a5,0
   11de4:	c789                	beqz	a5,11dee <__libc_fini_array+0x28>
   11de6:	00000097          	auipc	ra,0x0
   11dea:	000000e7          	jalr	zero # 0 <errno>
   11dee:	afb5                	j	1256a <__riscv_restore_0>
   11df0:	147d                	add	s0,s0,-1
   11df2:	00241793          	sll	a5,s0,0x2
   11df6:	97a6                	add	a5,a5,s1
   11df8:	439c                	lw	a5,0(a5)
   11dfa:	9782                	jalr	a5
   11dfc:	b7cd                	j	11dde <__libc_fini_array+0x18>

00011dfe <strnlen>:
   11dfe:	95aa                	add	a1,a1,a0
   11e00:	87aa                	mv	a5,a0
   11e02:	00b78563          	beq	a5,a1,11e0c <strnlen+0xe>
   11e06:	0007c703          	lbu	a4,0(a5)
   11e0a:	e701                	bnez	a4,11e12 <strnlen+0x14>
   11e0c:	40a78533          	sub	a0,a5,a0
   11e10:	8082                	ret
   11e12:	0785                	add	a5,a5,1
   11e14:	b7fd                	j	11e02 <strnlen+0x4>

00011e16 <__lshrdi3>:
   11e16:	ca19                	beqz	a2,11e2c <__lshrdi3+0x16>
   11e18:	02000793          	li	a5,32
   11e1c:	8f91                	sub	a5,a5,a2
   11e1e:	00f04863          	bgtz	a5,11e2e <__lshrdi3+0x18>
   11e22:	1601                	add	a2,a2,-32
   11e24:	00c5d533          	srl	a0,a1,a2
   11e28:	4701                	li	a4,0
   11e2a:	85ba                	mv	a1,a4
   11e2c:	8082                	ret
   11e2e:	00c5d733          	srl	a4,a1,a2
   11e32:	00c55533          	srl	a0,a0,a2
   11e36:	00f595b3          	sll	a1,a1,a5
   11e3a:	8d4d                	or	a0,a0,a1
   11e3c:	b7fd                	j	11e2a <__lshrdi3+0x14>

00011e3e <__ashldi3>:
   11e3e:	ca19                	beqz	a2,11e54 <__ashldi3+0x16>
   11e40:	02000793          	li	a5,32
   11e44:	8f91                	sub	a5,a5,a2
   11e46:	00f04863          	bgtz	a5,11e56 <__ashldi3+0x18>
   11e4a:	1601                	add	a2,a2,-32
   11e4c:	00c515b3          	sll	a1,a0,a2
   11e50:	4701                	li	a4,0
   11e52:	853a                	mv	a0,a4
   11e54:	8082                	ret
   11e56:	00c51733          	sll	a4,a0,a2
   11e5a:	00c595b3          	sll	a1,a1,a2
   11e5e:	00f55533          	srl	a0,a0,a5
   11e62:	8dc9                	or	a1,a1,a0
   11e64:	b7fd                	j	11e52 <__ashldi3+0x14>

00011e66 <__ashrdi3>:
   11e66:	ce01                	beqz	a2,11e7e <__ashrdi3+0x18>
   11e68:	02000793          	li	a5,32
   11e6c:	8f91                	sub	a5,a5,a2
   11e6e:	00f04963          	bgtz	a5,11e80 <__ashrdi3+0x1a>
   11e72:	1601                	add	a2,a2,-32
   11e74:	41f5d713          	sra	a4,a1,0x1f
   11e78:	40c5d533          	sra	a0,a1,a2
   11e7c:	85ba                	mv	a1,a4
   11e7e:	8082                	ret
   11e80:	40c5d733          	sra	a4,a1,a2
   11e84:	00c55533          	srl	a0,a0,a2
   11e88:	00f595b3          	sll	a1,a1,a5
   11e8c:	8d4d                	or	a0,a0,a1
   11e8e:	b7fd                	j	11e7c <__ashrdi3+0x16>

00011e90 <__udivdi3>:
   11e90:	88aa                	mv	a7,a0
   11e92:	832e                	mv	t1,a1
   11e94:	8732                	mv	a4,a2
   11e96:	882a                	mv	a6,a0
   11e98:	87ae                	mv	a5,a1
   11e9a:	20069663          	bnez	a3,120a6 <__udivdi3+0x216>
   11e9e:	00001597          	auipc	a1,0x1
   11ea2:	6b658593          	add	a1,a1,1718 # 13554 <__clz_tab>
   11ea6:	0cc37163          	bgeu	t1,a2,11f68 <__udivdi3+0xd8>
   11eaa:	66c1                	lui	a3,0x10
   11eac:	0ad67763          	bgeu	a2,a3,11f5a <__udivdi3+0xca>
   11eb0:	10063693          	sltiu	a3,a2,256
   11eb4:	0016c693          	xor	a3,a3,1
   11eb8:	068e                	sll	a3,a3,0x3
   11eba:	00d65533          	srl	a0,a2,a3
   11ebe:	95aa                	add	a1,a1,a0
   11ec0:	0005c583          	lbu	a1,0(a1)
   11ec4:	02000513          	li	a0,32
   11ec8:	96ae                	add	a3,a3,a1
   11eca:	40d505b3          	sub	a1,a0,a3
   11ece:	00d50b63          	beq	a0,a3,11ee4 <__udivdi3+0x54>
   11ed2:	00b317b3          	sll	a5,t1,a1
   11ed6:	00d8d6b3          	srl	a3,a7,a3
   11eda:	00b61733          	sll	a4,a2,a1
   11ede:	8fd5                	or	a5,a5,a3
   11ee0:	00b89833          	sll	a6,a7,a1
   11ee4:	01075593          	srl	a1,a4,0x10
   11ee8:	02b7d333          	divu	t1,a5,a1
   11eec:	01071613          	sll	a2,a4,0x10
   11ef0:	8241                	srl	a2,a2,0x10
   11ef2:	02b7f7b3          	remu	a5,a5,a1
   11ef6:	851a                	mv	a0,t1
   11ef8:	026608b3          	mul	a7,a2,t1
   11efc:	01079693          	sll	a3,a5,0x10
   11f00:	01085793          	srl	a5,a6,0x10
   11f04:	8fd5                	or	a5,a5,a3
   11f06:	0117fc63          	bgeu	a5,a7,11f1e <__udivdi3+0x8e>
   11f0a:	97ba                	add	a5,a5,a4
   11f0c:	fff30513          	add	a0,t1,-1
   11f10:	00e7e763          	bltu	a5,a4,11f1e <__udivdi3+0x8e>
   11f14:	0117f563          	bgeu	a5,a7,11f1e <__udivdi3+0x8e>
   11f18:	ffe30513          	add	a0,t1,-2
   11f1c:	97ba                	add	a5,a5,a4
   11f1e:	411787b3          	sub	a5,a5,a7
   11f22:	02b7d8b3          	divu	a7,a5,a1
   11f26:	0842                	sll	a6,a6,0x10
   11f28:	01085813          	srl	a6,a6,0x10
   11f2c:	02b7f7b3          	remu	a5,a5,a1
   11f30:	031606b3          	mul	a3,a2,a7
   11f34:	07c2                	sll	a5,a5,0x10
   11f36:	00f86833          	or	a6,a6,a5
   11f3a:	87c6                	mv	a5,a7
   11f3c:	00d87b63          	bgeu	a6,a3,11f52 <__udivdi3+0xc2>
   11f40:	983a                	add	a6,a6,a4
   11f42:	fff88793          	add	a5,a7,-1
   11f46:	00e86663          	bltu	a6,a4,11f52 <__udivdi3+0xc2>
   11f4a:	00d87463          	bgeu	a6,a3,11f52 <__udivdi3+0xc2>
   11f4e:	ffe88793          	add	a5,a7,-2
   11f52:	0542                	sll	a0,a0,0x10
   11f54:	8d5d                	or	a0,a0,a5
   11f56:	4581                	li	a1,0
   11f58:	8082                	ret
   11f5a:	01000537          	lui	a0,0x1000
   11f5e:	46c1                	li	a3,16
   11f60:	f4a66de3          	bltu	a2,a0,11eba <__udivdi3+0x2a>
   11f64:	46e1                	li	a3,24
   11f66:	bf91                	j	11eba <__udivdi3+0x2a>
   11f68:	4681                	li	a3,0
   11f6a:	ca09                	beqz	a2,11f7c <__udivdi3+0xec>
   11f6c:	67c1                	lui	a5,0x10
   11f6e:	08f67f63          	bgeu	a2,a5,1200c <__udivdi3+0x17c>
   11f72:	10063693          	sltiu	a3,a2,256
   11f76:	0016c693          	xor	a3,a3,1
   11f7a:	068e                	sll	a3,a3,0x3
   11f7c:	00d657b3          	srl	a5,a2,a3
   11f80:	95be                	add	a1,a1,a5
   11f82:	0005c783          	lbu	a5,0(a1)
   11f86:	97b6                	add	a5,a5,a3
   11f88:	02000693          	li	a3,32
   11f8c:	40f685b3          	sub	a1,a3,a5
   11f90:	08f69563          	bne	a3,a5,1201a <__udivdi3+0x18a>
   11f94:	40c307b3          	sub	a5,t1,a2
   11f98:	4585                	li	a1,1
   11f9a:	01075893          	srl	a7,a4,0x10
   11f9e:	0317de33          	divu	t3,a5,a7
   11fa2:	01071613          	sll	a2,a4,0x10
   11fa6:	8241                	srl	a2,a2,0x10
   11fa8:	01085693          	srl	a3,a6,0x10
   11fac:	0317f7b3          	remu	a5,a5,a7
   11fb0:	8572                	mv	a0,t3
   11fb2:	03c60333          	mul	t1,a2,t3
   11fb6:	07c2                	sll	a5,a5,0x10
   11fb8:	8fd5                	or	a5,a5,a3
   11fba:	0067fc63          	bgeu	a5,t1,11fd2 <__udivdi3+0x142>
   11fbe:	97ba                	add	a5,a5,a4
   11fc0:	fffe0513          	add	a0,t3,-1
   11fc4:	00e7e763          	bltu	a5,a4,11fd2 <__udivdi3+0x142>
   11fc8:	0067f563          	bgeu	a5,t1,11fd2 <__udivdi3+0x142>
   11fcc:	ffee0513          	add	a0,t3,-2
   11fd0:	97ba                	add	a5,a5,a4
   11fd2:	406787b3          	sub	a5,a5,t1
   11fd6:	0317d333          	divu	t1,a5,a7
   11fda:	0842                	sll	a6,a6,0x10
   11fdc:	01085813          	srl	a6,a6,0x10
   11fe0:	0317f7b3          	remu	a5,a5,a7
   11fe4:	026606b3          	mul	a3,a2,t1
   11fe8:	07c2                	sll	a5,a5,0x10
   11fea:	00f86833          	or	a6,a6,a5
   11fee:	879a                	mv	a5,t1
   11ff0:	00d87b63          	bgeu	a6,a3,12006 <__udivdi3+0x176>
   11ff4:	983a                	add	a6,a6,a4
   11ff6:	fff30793          	add	a5,t1,-1
   11ffa:	00e86663          	bltu	a6,a4,12006 <__udivdi3+0x176>
   11ffe:	00d87463          	bgeu	a6,a3,12006 <__udivdi3+0x176>
   12002:	ffe30793          	add	a5,t1,-2
   12006:	0542                	sll	a0,a0,0x10
   12008:	8d5d                	or	a0,a0,a5
   1200a:	8082                	ret
   1200c:	010007b7          	lui	a5,0x1000
   12010:	46c1                	li	a3,16
   12012:	f6f665e3          	bltu	a2,a5,11f7c <__udivdi3+0xec>
   12016:	46e1                	li	a3,24
   12018:	b795                	j	11f7c <__udivdi3+0xec>
   1201a:	00b61733          	sll	a4,a2,a1
   1201e:	00f356b3          	srl	a3,t1,a5
   12022:	01075513          	srl	a0,a4,0x10
   12026:	00b31333          	sll	t1,t1,a1
   1202a:	00f8d7b3          	srl	a5,a7,a5
   1202e:	0067e7b3          	or	a5,a5,t1
   12032:	02a6d333          	divu	t1,a3,a0
   12036:	01071613          	sll	a2,a4,0x10
   1203a:	8241                	srl	a2,a2,0x10
   1203c:	00b89833          	sll	a6,a7,a1
   12040:	02a6f6b3          	remu	a3,a3,a0
   12044:	026608b3          	mul	a7,a2,t1
   12048:	01069593          	sll	a1,a3,0x10
   1204c:	0107d693          	srl	a3,a5,0x10
   12050:	8ecd                	or	a3,a3,a1
   12052:	859a                	mv	a1,t1
   12054:	0116fc63          	bgeu	a3,a7,1206c <__udivdi3+0x1dc>
   12058:	96ba                	add	a3,a3,a4
   1205a:	fff30593          	add	a1,t1,-1
   1205e:	00e6e763          	bltu	a3,a4,1206c <__udivdi3+0x1dc>
   12062:	0116f563          	bgeu	a3,a7,1206c <__udivdi3+0x1dc>
   12066:	ffe30593          	add	a1,t1,-2
   1206a:	96ba                	add	a3,a3,a4
   1206c:	411686b3          	sub	a3,a3,a7
   12070:	02a6d8b3          	divu	a7,a3,a0
   12074:	07c2                	sll	a5,a5,0x10
   12076:	83c1                	srl	a5,a5,0x10
   12078:	02a6f6b3          	remu	a3,a3,a0
   1207c:	03160633          	mul	a2,a2,a7
   12080:	06c2                	sll	a3,a3,0x10
   12082:	8fd5                	or	a5,a5,a3
   12084:	86c6                	mv	a3,a7
   12086:	00c7fc63          	bgeu	a5,a2,1209e <__udivdi3+0x20e>
   1208a:	97ba                	add	a5,a5,a4
   1208c:	fff88693          	add	a3,a7,-1
   12090:	00e7e763          	bltu	a5,a4,1209e <__udivdi3+0x20e>
   12094:	00c7f563          	bgeu	a5,a2,1209e <__udivdi3+0x20e>
   12098:	ffe88693          	add	a3,a7,-2
   1209c:	97ba                	add	a5,a5,a4
   1209e:	05c2                	sll	a1,a1,0x10
   120a0:	8f91                	sub	a5,a5,a2
   120a2:	8dd5                	or	a1,a1,a3
   120a4:	bddd                	j	11f9a <__udivdi3+0x10a>
   120a6:	14d5e163          	bltu	a1,a3,121e8 <__udivdi3+0x358>
   120aa:	67c1                	lui	a5,0x10
   120ac:	02f6ff63          	bgeu	a3,a5,120ea <__udivdi3+0x25a>
   120b0:	1006b713          	sltiu	a4,a3,256
   120b4:	00174713          	xor	a4,a4,1
   120b8:	070e                	sll	a4,a4,0x3
   120ba:	00e6d5b3          	srl	a1,a3,a4
   120be:	00001797          	auipc	a5,0x1
   120c2:	49678793          	add	a5,a5,1174 # 13554 <__clz_tab>
   120c6:	97ae                	add	a5,a5,a1
   120c8:	0007c783          	lbu	a5,0(a5)
   120cc:	97ba                	add	a5,a5,a4
   120ce:	02000713          	li	a4,32
   120d2:	40f705b3          	sub	a1,a4,a5
   120d6:	02f71163          	bne	a4,a5,120f8 <__udivdi3+0x268>
   120da:	4505                	li	a0,1
   120dc:	e666eee3          	bltu	a3,t1,11f58 <__udivdi3+0xc8>
   120e0:	00c8b533          	sltu	a0,a7,a2
   120e4:	00154513          	xor	a0,a0,1
   120e8:	8082                	ret
   120ea:	010007b7          	lui	a5,0x1000
   120ee:	4741                	li	a4,16
   120f0:	fcf6e5e3          	bltu	a3,a5,120ba <__udivdi3+0x22a>
   120f4:	4761                	li	a4,24
   120f6:	b7d1                	j	120ba <__udivdi3+0x22a>
   120f8:	00f65733          	srl	a4,a2,a5
   120fc:	00b696b3          	sll	a3,a3,a1
   12100:	8ed9                	or	a3,a3,a4
   12102:	00f35733          	srl	a4,t1,a5
   12106:	00b31333          	sll	t1,t1,a1
   1210a:	00f8d7b3          	srl	a5,a7,a5
   1210e:	0067e7b3          	or	a5,a5,t1
   12112:	0106d313          	srl	t1,a3,0x10
   12116:	02675eb3          	divu	t4,a4,t1
   1211a:	01069813          	sll	a6,a3,0x10
   1211e:	01085813          	srl	a6,a6,0x10
   12122:	00b61633          	sll	a2,a2,a1
   12126:	02677733          	remu	a4,a4,t1
   1212a:	03d80e33          	mul	t3,a6,t4
   1212e:	01071513          	sll	a0,a4,0x10
   12132:	0107d713          	srl	a4,a5,0x10
   12136:	8f49                	or	a4,a4,a0
   12138:	8576                	mv	a0,t4
   1213a:	01c77c63          	bgeu	a4,t3,12152 <__udivdi3+0x2c2>
   1213e:	9736                	add	a4,a4,a3
   12140:	fffe8513          	add	a0,t4,-1
   12144:	00d76763          	bltu	a4,a3,12152 <__udivdi3+0x2c2>
   12148:	01c77563          	bgeu	a4,t3,12152 <__udivdi3+0x2c2>
   1214c:	ffee8513          	add	a0,t4,-2
   12150:	9736                	add	a4,a4,a3
   12152:	41c70733          	sub	a4,a4,t3
   12156:	02675e33          	divu	t3,a4,t1
   1215a:	07c2                	sll	a5,a5,0x10
   1215c:	83c1                	srl	a5,a5,0x10
   1215e:	02677733          	remu	a4,a4,t1
   12162:	03c80833          	mul	a6,a6,t3
   12166:	0742                	sll	a4,a4,0x10
   12168:	8fd9                	or	a5,a5,a4
   1216a:	8772                	mv	a4,t3
   1216c:	0107fc63          	bgeu	a5,a6,12184 <__udivdi3+0x2f4>
   12170:	97b6                	add	a5,a5,a3
   12172:	fffe0713          	add	a4,t3,-1
   12176:	00d7e763          	bltu	a5,a3,12184 <__udivdi3+0x2f4>
   1217a:	0107f563          	bgeu	a5,a6,12184 <__udivdi3+0x2f4>
   1217e:	ffee0713          	add	a4,t3,-2
   12182:	97b6                	add	a5,a5,a3
   12184:	0542                	sll	a0,a0,0x10
   12186:	6e41                	lui	t3,0x10
   12188:	8d59                	or	a0,a0,a4
   1218a:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
   1218e:	00d57733          	and	a4,a0,a3
   12192:	410787b3          	sub	a5,a5,a6
   12196:	8ef1                	and	a3,a3,a2
   12198:	01055813          	srl	a6,a0,0x10
   1219c:	8241                	srl	a2,a2,0x10
   1219e:	02d70333          	mul	t1,a4,a3
   121a2:	02d806b3          	mul	a3,a6,a3
   121a6:	02c70733          	mul	a4,a4,a2
   121aa:	02c80833          	mul	a6,a6,a2
   121ae:	00d70633          	add	a2,a4,a3
   121b2:	01035713          	srl	a4,t1,0x10
   121b6:	9732                	add	a4,a4,a2
   121b8:	00d77363          	bgeu	a4,a3,121be <__udivdi3+0x32e>
   121bc:	9872                	add	a6,a6,t3
   121be:	01075693          	srl	a3,a4,0x10
   121c2:	96c2                	add	a3,a3,a6
   121c4:	02d7e063          	bltu	a5,a3,121e4 <__udivdi3+0x354>
   121c8:	d8d797e3          	bne	a5,a3,11f56 <__udivdi3+0xc6>
   121cc:	67c1                	lui	a5,0x10
   121ce:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
   121d0:	8f7d                	and	a4,a4,a5
   121d2:	0742                	sll	a4,a4,0x10
   121d4:	00f37333          	and	t1,t1,a5
   121d8:	00b898b3          	sll	a7,a7,a1
   121dc:	971a                	add	a4,a4,t1
   121de:	4581                	li	a1,0
   121e0:	d6e8fce3          	bgeu	a7,a4,11f58 <__udivdi3+0xc8>
   121e4:	157d                	add	a0,a0,-1 # ffffff <_end+0xfe9dd7>
   121e6:	bb85                	j	11f56 <__udivdi3+0xc6>
   121e8:	4581                	li	a1,0
   121ea:	4501                	li	a0,0
   121ec:	8082                	ret

000121ee <__umoddi3>:
   121ee:	8832                	mv	a6,a2
   121f0:	87aa                	mv	a5,a0
   121f2:	872e                	mv	a4,a1
   121f4:	1a069363          	bnez	a3,1239a <__umoddi3+0x1ac>
   121f8:	00001897          	auipc	a7,0x1
   121fc:	35c88893          	add	a7,a7,860 # 13554 <__clz_tab>
   12200:	0ac5f663          	bgeu	a1,a2,122ac <__umoddi3+0xbe>
   12204:	66c1                	lui	a3,0x10
   12206:	08d67c63          	bgeu	a2,a3,1229e <__umoddi3+0xb0>
   1220a:	10063693          	sltiu	a3,a2,256
   1220e:	0016c693          	xor	a3,a3,1
   12212:	068e                	sll	a3,a3,0x3
   12214:	00d65333          	srl	t1,a2,a3
   12218:	989a                	add	a7,a7,t1
   1221a:	0008c883          	lbu	a7,0(a7)
   1221e:	02000313          	li	t1,32
   12222:	96c6                	add	a3,a3,a7
   12224:	40d308b3          	sub	a7,t1,a3
   12228:	00d30b63          	beq	t1,a3,1223e <__umoddi3+0x50>
   1222c:	01159733          	sll	a4,a1,a7
   12230:	00d556b3          	srl	a3,a0,a3
   12234:	01161833          	sll	a6,a2,a7
   12238:	8f55                	or	a4,a4,a3
   1223a:	011517b3          	sll	a5,a0,a7
   1223e:	01085613          	srl	a2,a6,0x10
   12242:	02c756b3          	divu	a3,a4,a2
   12246:	01081513          	sll	a0,a6,0x10
   1224a:	8141                	srl	a0,a0,0x10
   1224c:	02c77733          	remu	a4,a4,a2
   12250:	02a686b3          	mul	a3,a3,a0
   12254:	01071593          	sll	a1,a4,0x10
   12258:	0107d713          	srl	a4,a5,0x10
   1225c:	8f4d                	or	a4,a4,a1
   1225e:	00d77863          	bgeu	a4,a3,1226e <__umoddi3+0x80>
   12262:	9742                	add	a4,a4,a6
   12264:	01076563          	bltu	a4,a6,1226e <__umoddi3+0x80>
   12268:	00d77363          	bgeu	a4,a3,1226e <__umoddi3+0x80>
   1226c:	9742                	add	a4,a4,a6
   1226e:	8f15                	sub	a4,a4,a3
   12270:	02c756b3          	divu	a3,a4,a2
   12274:	02c77733          	remu	a4,a4,a2
   12278:	02a686b3          	mul	a3,a3,a0
   1227c:	07c2                	sll	a5,a5,0x10
   1227e:	0742                	sll	a4,a4,0x10
   12280:	83c1                	srl	a5,a5,0x10
   12282:	8fd9                	or	a5,a5,a4
   12284:	00d7f863          	bgeu	a5,a3,12294 <__umoddi3+0xa6>
   12288:	97c2                	add	a5,a5,a6
   1228a:	0107e563          	bltu	a5,a6,12294 <__umoddi3+0xa6>
   1228e:	00d7f363          	bgeu	a5,a3,12294 <__umoddi3+0xa6>
   12292:	97c2                	add	a5,a5,a6
   12294:	8f95                	sub	a5,a5,a3
   12296:	0117d533          	srl	a0,a5,a7
   1229a:	4581                	li	a1,0
   1229c:	8082                	ret
   1229e:	01000337          	lui	t1,0x1000
   122a2:	46c1                	li	a3,16
   122a4:	f66668e3          	bltu	a2,t1,12214 <__umoddi3+0x26>
   122a8:	46e1                	li	a3,24
   122aa:	b7ad                	j	12214 <__umoddi3+0x26>
   122ac:	4681                	li	a3,0
   122ae:	ca09                	beqz	a2,122c0 <__umoddi3+0xd2>
   122b0:	6741                	lui	a4,0x10
   122b2:	06e67463          	bgeu	a2,a4,1231a <__umoddi3+0x12c>
   122b6:	10063693          	sltiu	a3,a2,256
   122ba:	0016c693          	xor	a3,a3,1
   122be:	068e                	sll	a3,a3,0x3
   122c0:	00d65733          	srl	a4,a2,a3
   122c4:	98ba                	add	a7,a7,a4
   122c6:	0008c703          	lbu	a4,0(a7)
   122ca:	9736                	add	a4,a4,a3
   122cc:	02000693          	li	a3,32
   122d0:	40e688b3          	sub	a7,a3,a4
   122d4:	04e69a63          	bne	a3,a4,12328 <__umoddi3+0x13a>
   122d8:	40c58733          	sub	a4,a1,a2
   122dc:	01085593          	srl	a1,a6,0x10
   122e0:	02b75633          	divu	a2,a4,a1
   122e4:	01081513          	sll	a0,a6,0x10
   122e8:	8141                	srl	a0,a0,0x10
   122ea:	0107d693          	srl	a3,a5,0x10
   122ee:	02b77733          	remu	a4,a4,a1
   122f2:	02a60633          	mul	a2,a2,a0
   122f6:	0742                	sll	a4,a4,0x10
   122f8:	8f55                	or	a4,a4,a3
   122fa:	00c77863          	bgeu	a4,a2,1230a <__umoddi3+0x11c>
   122fe:	9742                	add	a4,a4,a6
   12300:	01076563          	bltu	a4,a6,1230a <__umoddi3+0x11c>
   12304:	00c77363          	bgeu	a4,a2,1230a <__umoddi3+0x11c>
   12308:	9742                	add	a4,a4,a6
   1230a:	8f11                	sub	a4,a4,a2
   1230c:	02b756b3          	divu	a3,a4,a1
   12310:	02b77733          	remu	a4,a4,a1
   12314:	02a686b3          	mul	a3,a3,a0
   12318:	b795                	j	1227c <__umoddi3+0x8e>
   1231a:	01000737          	lui	a4,0x1000
   1231e:	46c1                	li	a3,16
   12320:	fae660e3          	bltu	a2,a4,122c0 <__umoddi3+0xd2>
   12324:	46e1                	li	a3,24
   12326:	bf69                	j	122c0 <__umoddi3+0xd2>
   12328:	01161833          	sll	a6,a2,a7
   1232c:	00e5d6b3          	srl	a3,a1,a4
   12330:	011517b3          	sll	a5,a0,a7
   12334:	011595b3          	sll	a1,a1,a7
   12338:	00e55733          	srl	a4,a0,a4
   1233c:	01085513          	srl	a0,a6,0x10
   12340:	8f4d                	or	a4,a4,a1
   12342:	02a6d5b3          	divu	a1,a3,a0
   12346:	01081313          	sll	t1,a6,0x10
   1234a:	01035313          	srl	t1,t1,0x10
   1234e:	02a6f6b3          	remu	a3,a3,a0
   12352:	026585b3          	mul	a1,a1,t1
   12356:	01069613          	sll	a2,a3,0x10
   1235a:	01075693          	srl	a3,a4,0x10
   1235e:	8ed1                	or	a3,a3,a2
   12360:	00b6f863          	bgeu	a3,a1,12370 <__umoddi3+0x182>
   12364:	96c2                	add	a3,a3,a6
   12366:	0106e563          	bltu	a3,a6,12370 <__umoddi3+0x182>
   1236a:	00b6f363          	bgeu	a3,a1,12370 <__umoddi3+0x182>
   1236e:	96c2                	add	a3,a3,a6
   12370:	8e8d                	sub	a3,a3,a1
   12372:	02a6d633          	divu	a2,a3,a0
   12376:	0742                	sll	a4,a4,0x10
   12378:	8341                	srl	a4,a4,0x10
   1237a:	02a6f6b3          	remu	a3,a3,a0
   1237e:	02660633          	mul	a2,a2,t1
   12382:	06c2                	sll	a3,a3,0x10
   12384:	8f55                	or	a4,a4,a3
   12386:	00c77863          	bgeu	a4,a2,12396 <__umoddi3+0x1a8>
   1238a:	9742                	add	a4,a4,a6
   1238c:	01076563          	bltu	a4,a6,12396 <__umoddi3+0x1a8>
   12390:	00c77363          	bgeu	a4,a2,12396 <__umoddi3+0x1a8>
   12394:	9742                	add	a4,a4,a6
   12396:	8f11                	sub	a4,a4,a2
   12398:	b791                	j	122dc <__umoddi3+0xee>
   1239a:	16d5ed63          	bltu	a1,a3,12514 <__umoddi3+0x326>
   1239e:	6841                	lui	a6,0x10
   123a0:	0506f763          	bgeu	a3,a6,123ee <__umoddi3+0x200>
   123a4:	1006b813          	sltiu	a6,a3,256
   123a8:	00184813          	xor	a6,a6,1
   123ac:	080e                	sll	a6,a6,0x3
   123ae:	0106d333          	srl	t1,a3,a6
   123b2:	00001897          	auipc	a7,0x1
   123b6:	1a288893          	add	a7,a7,418 # 13554 <__clz_tab>
   123ba:	989a                	add	a7,a7,t1
   123bc:	0008c883          	lbu	a7,0(a7)
   123c0:	02000313          	li	t1,32
   123c4:	98c2                	add	a7,a7,a6
   123c6:	41130833          	sub	a6,t1,a7
   123ca:	03131963          	bne	t1,a7,123fc <__umoddi3+0x20e>
   123ce:	00b6e463          	bltu	a3,a1,123d6 <__umoddi3+0x1e8>
   123d2:	00c56b63          	bltu	a0,a2,123e8 <__umoddi3+0x1fa>
   123d6:	40c50633          	sub	a2,a0,a2
   123da:	40d586b3          	sub	a3,a1,a3
   123de:	00c53733          	sltu	a4,a0,a2
   123e2:	87b2                	mv	a5,a2
   123e4:	40e68733          	sub	a4,a3,a4
   123e8:	853e                	mv	a0,a5
   123ea:	85ba                	mv	a1,a4
   123ec:	8082                	ret
   123ee:	010008b7          	lui	a7,0x1000
   123f2:	4841                	li	a6,16
   123f4:	fb16ede3          	bltu	a3,a7,123ae <__umoddi3+0x1c0>
   123f8:	4861                	li	a6,24
   123fa:	bf55                	j	123ae <__umoddi3+0x1c0>
   123fc:	011657b3          	srl	a5,a2,a7
   12400:	010696b3          	sll	a3,a3,a6
   12404:	8edd                	or	a3,a3,a5
   12406:	0115d733          	srl	a4,a1,a7
   1240a:	0106de13          	srl	t3,a3,0x10
   1240e:	03c75f33          	divu	t5,a4,t3
   12412:	01069313          	sll	t1,a3,0x10
   12416:	01035313          	srl	t1,t1,0x10
   1241a:	010597b3          	sll	a5,a1,a6
   1241e:	011555b3          	srl	a1,a0,a7
   12422:	8ddd                	or	a1,a1,a5
   12424:	0105d793          	srl	a5,a1,0x10
   12428:	01061633          	sll	a2,a2,a6
   1242c:	01051533          	sll	a0,a0,a6
   12430:	03c77733          	remu	a4,a4,t3
   12434:	03e30eb3          	mul	t4,t1,t5
   12438:	0742                	sll	a4,a4,0x10
   1243a:	8fd9                	or	a5,a5,a4
   1243c:	877a                	mv	a4,t5
   1243e:	01d7fc63          	bgeu	a5,t4,12456 <__umoddi3+0x268>
   12442:	97b6                	add	a5,a5,a3
   12444:	ffff0713          	add	a4,t5,-1
   12448:	00d7e763          	bltu	a5,a3,12456 <__umoddi3+0x268>
   1244c:	01d7f563          	bgeu	a5,t4,12456 <__umoddi3+0x268>
   12450:	ffef0713          	add	a4,t5,-2
   12454:	97b6                	add	a5,a5,a3
   12456:	41d787b3          	sub	a5,a5,t4
   1245a:	03c7deb3          	divu	t4,a5,t3
   1245e:	05c2                	sll	a1,a1,0x10
   12460:	81c1                	srl	a1,a1,0x10
   12462:	03c7f7b3          	remu	a5,a5,t3
   12466:	8e76                	mv	t3,t4
   12468:	03d30333          	mul	t1,t1,t4
   1246c:	07c2                	sll	a5,a5,0x10
   1246e:	8ddd                	or	a1,a1,a5
   12470:	0065fc63          	bgeu	a1,t1,12488 <__umoddi3+0x29a>
   12474:	95b6                	add	a1,a1,a3
   12476:	fffe8e13          	add	t3,t4,-1
   1247a:	00d5e763          	bltu	a1,a3,12488 <__umoddi3+0x29a>
   1247e:	0065f563          	bgeu	a1,t1,12488 <__umoddi3+0x29a>
   12482:	ffee8e13          	add	t3,t4,-2
   12486:	95b6                	add	a1,a1,a3
   12488:	01071793          	sll	a5,a4,0x10
   1248c:	6f41                	lui	t5,0x10
   1248e:	01c7e7b3          	or	a5,a5,t3
   12492:	406585b3          	sub	a1,a1,t1
   12496:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
   1249a:	0067f733          	and	a4,a5,t1
   1249e:	01065e13          	srl	t3,a2,0x10
   124a2:	83c1                	srl	a5,a5,0x10
   124a4:	00667333          	and	t1,a2,t1
   124a8:	02670eb3          	mul	t4,a4,t1
   124ac:	02678333          	mul	t1,a5,t1
   124b0:	03c70733          	mul	a4,a4,t3
   124b4:	03c787b3          	mul	a5,a5,t3
   124b8:	00670e33          	add	t3,a4,t1
   124bc:	010ed713          	srl	a4,t4,0x10
   124c0:	9772                	add	a4,a4,t3
   124c2:	00677363          	bgeu	a4,t1,124c8 <__umoddi3+0x2da>
   124c6:	97fa                	add	a5,a5,t5
   124c8:	01075313          	srl	t1,a4,0x10
   124cc:	979a                	add	a5,a5,t1
   124ce:	6341                	lui	t1,0x10
   124d0:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
   124d2:	00677733          	and	a4,a4,t1
   124d6:	0742                	sll	a4,a4,0x10
   124d8:	006efeb3          	and	t4,t4,t1
   124dc:	9776                	add	a4,a4,t4
   124de:	00f5e663          	bltu	a1,a5,124ea <__umoddi3+0x2fc>
   124e2:	00f59b63          	bne	a1,a5,124f8 <__umoddi3+0x30a>
   124e6:	00e57963          	bgeu	a0,a4,124f8 <__umoddi3+0x30a>
   124ea:	40c70633          	sub	a2,a4,a2
   124ee:	00c73333          	sltu	t1,a4,a2
   124f2:	969a                	add	a3,a3,t1
   124f4:	8732                	mv	a4,a2
   124f6:	8f95                	sub	a5,a5,a3
   124f8:	40e50733          	sub	a4,a0,a4
   124fc:	00e53533          	sltu	a0,a0,a4
   12500:	8d9d                	sub	a1,a1,a5
   12502:	8d89                	sub	a1,a1,a0
   12504:	011598b3          	sll	a7,a1,a7
   12508:	01075733          	srl	a4,a4,a6
   1250c:	00e8e533          	or	a0,a7,a4
   12510:	0105d5b3          	srl	a1,a1,a6
   12514:	8082                	ret

00012516 <__riscv_save_12>:
   12516:	7139                	add	sp,sp,-64
   12518:	4301                	li	t1,0
   1251a:	c66e                	sw	s11,12(sp)
   1251c:	a019                	j	12522 <__riscv_save_10+0x4>

0001251e <__riscv_save_10>:
   1251e:	7139                	add	sp,sp,-64
   12520:	5341                	li	t1,-16
   12522:	c86a                	sw	s10,16(sp)
   12524:	ca66                	sw	s9,20(sp)
   12526:	cc62                	sw	s8,24(sp)
   12528:	ce5e                	sw	s7,28(sp)
   1252a:	a019                	j	12530 <__riscv_save_4+0x4>

0001252c <__riscv_save_4>:
   1252c:	7139                	add	sp,sp,-64
   1252e:	5301                	li	t1,-32
   12530:	d05a                	sw	s6,32(sp)
   12532:	d256                	sw	s5,36(sp)
   12534:	d452                	sw	s4,40(sp)
   12536:	d64e                	sw	s3,44(sp)
   12538:	d84a                	sw	s2,48(sp)
   1253a:	da26                	sw	s1,52(sp)
   1253c:	dc22                	sw	s0,56(sp)
   1253e:	de06                	sw	ra,60(sp)
   12540:	40610133          	sub	sp,sp,t1
   12544:	8282                	jr	t0

00012546 <__riscv_save_0>:
   12546:	1141                	add	sp,sp,-16
   12548:	c04a                	sw	s2,0(sp)
   1254a:	c226                	sw	s1,4(sp)
   1254c:	c422                	sw	s0,8(sp)
   1254e:	c606                	sw	ra,12(sp)
   12550:	8282                	jr	t0

00012552 <__riscv_restore_12>:
   12552:	4db2                	lw	s11,12(sp)
   12554:	0141                	add	sp,sp,16

00012556 <__riscv_restore_10>:
   12556:	4d02                	lw	s10,0(sp)
   12558:	4c92                	lw	s9,4(sp)
   1255a:	4c22                	lw	s8,8(sp)
   1255c:	4bb2                	lw	s7,12(sp)
   1255e:	0141                	add	sp,sp,16

00012560 <__riscv_restore_4>:
   12560:	4b02                	lw	s6,0(sp)
   12562:	4a92                	lw	s5,4(sp)
   12564:	4a22                	lw	s4,8(sp)
   12566:	49b2                	lw	s3,12(sp)
   12568:	0141                	add	sp,sp,16

0001256a <__riscv_restore_0>:
   1256a:	4902                	lw	s2,0(sp)
   1256c:	4492                	lw	s1,4(sp)
   1256e:	4422                	lw	s0,8(sp)
   12570:	40b2                	lw	ra,12(sp)
   12572:	0141                	add	sp,sp,16
   12574:	8082                	ret
