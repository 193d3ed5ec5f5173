
build/compute.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00006197          	auipc	gp,0x6
80400004:	89818193          	add	gp,gp,-1896 # 80405898 <__global_pointer$>
80400008:	002c9117          	auipc	sp,0x2c9
8040000c:	57810113          	add	sp,sp,1400 # 806c9580 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00005297          	auipc	t0,0x5
80400016:	09e28293          	add	t0,t0,158 # 804050b0 <panicking>
8040001a:	002cc317          	auipc	t1,0x2cc
8040001e:	a2630313          	add	t1,t1,-1498 # 806cba40 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00005297          	auipc	t0,0x5
8040003e:	07628293          	add	t0,t0,118 # 804050b0 <panicking>
80400042:	00005317          	auipc	t1,0x5
80400046:	07230313          	add	t1,t1,114 # 804050b4 <nhooks>
8040004a:	405303b3          	sub	t2,t1,t0
8040004e:	03bd                	add	t2,t2,15
80400050:	ff03f393          	and	t2,t2,-16
80400054:	40710133          	sub	sp,sp,t2
80400058:	820a                	mv	tp,sp
8040005a:	00710e33          	add	t3,sp,t2
8040005e:	8e8a                	mv	t4,sp
80400060:	01cefc63          	bgeu	t4,t3,80400078 <_start+0x78>
80400064:	000ea023          	sw	zero,0(t4)
80400068:	000ea223          	sw	zero,4(t4)
8040006c:	000ea423          	sw	zero,8(t4)
80400070:	000ea623          	sw	zero,12(t4)
80400074:	0ec1                	add	t4,t4,16
80400076:	b7ed                	j	80400060 <_start+0x60>
80400078:	00005317          	auipc	t1,0x5
8040007c:	03830313          	add	t1,t1,56 # 804050b0 <panicking>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	b44080e7          	jalr	-1212(ra) # 80400bda <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	715d                	add	sp,sp,-80
804000a2:	80404537          	lui	a0,0x80404
804000a6:	c4a2                	sw	s0,72(sp)
804000a8:	c2a6                	sw	s1,68(sp)
804000aa:	c0ca                	sw	s2,64(sp)
804000ac:	de4e                	sw	s3,60(sp)
804000ae:	da56                	sw	s5,52(sp)
804000b0:	d85a                	sw	s6,48(sp)
804000b2:	d462                	sw	s8,40(sp)
804000b4:	00050513          	mv	a0,a0
804000b8:	804d1c37          	lui	s8,0x804d1
804000bc:	001e84b7          	lui	s1,0x1e8
804000c0:	811ca437          	lui	s0,0x811ca
804000c4:	804d1b37          	lui	s6,0x804d1
804000c8:	804d1ab7          	lui	s5,0x804d1
804000cc:	010009b7          	lui	s3,0x1000
804000d0:	001e7937          	lui	s2,0x1e7
804000d4:	d65e                	sw	s7,44(sp)
804000d6:	d266                	sw	s9,36(sp)
804000d8:	c686                	sw	ra,76(sp)
804000da:	dc52                	sw	s4,56(sp)
804000dc:	d06a                	sw	s10,32(sp)
804000de:	ce6e                	sw	s11,28(sp)
804000e0:	48048493          	add	s1,s1,1152 # 1e8480 <errno+0x1e8480>
804000e4:	00002097          	auipc	ra,0x2
804000e8:	956080e7          	jalr	-1706(ra) # 80401a3a <printf>
804000ec:	dc540413          	add	s0,s0,-571 # 811c9dc5 <__bss_end+0xafe385>
804000f0:	0f6b0b13          	add	s6,s6,246 # 804d10f6 <sieve_bits+0x2>
804000f4:	0f4c0b93          	add	s7,s8,244 # 804d10f4 <sieve_bits>
804000f8:	0f5a8a93          	add	s5,s5,245 # 804d10f5 <sieve_bits+0x1>
804000fc:	19398993          	add	s3,s3,403 # 1000193 <errno+0x1000193>
80400100:	02000c93          	li	s9,32
80400104:	4e090913          	add	s2,s2,1248 # 1e74e0 <errno+0x1e74e0>
80400108:	00148613          	add	a2,s1,1
8040010c:	4585                	li	a1,1
8040010e:	0f4c0513          	add	a0,s8,244
80400112:	00002097          	auipc	ra,0x2
80400116:	918080e7          	jalr	-1768(ra) # 80401a2a <memset>
8040011a:	86da                	mv	a3,s6
8040011c:	0e0c1a23          	sh	zero,244(s8)
80400120:	4791                	li	a5,4
80400122:	4709                	li	a4,2
80400124:	a039                	j	80400132 <main+0x92>
80400126:	0705                	add	a4,a4,1
80400128:	02e707b3          	mul	a5,a4,a4
8040012c:	0685                	add	a3,a3,1
8040012e:	02f4e563          	bltu	s1,a5,80400158 <main+0xb8>
80400132:	0006c603          	lbu	a2,0(a3)
80400136:	da65                	beqz	a2,80400126 <main+0x86>
80400138:	fef4e7e3          	bltu	s1,a5,80400126 <main+0x86>
8040013c:	01778633          	add	a2,a5,s7
80400140:	00060023          	sb	zero,0(a2)
80400144:	97ba                	add	a5,a5,a4
80400146:	963a                	add	a2,a2,a4
80400148:	fef4fce3          	bgeu	s1,a5,80400140 <main+0xa0>
8040014c:	0705                	add	a4,a4,1
8040014e:	02e707b3          	mul	a5,a4,a4
80400152:	0685                	add	a3,a3,1
80400154:	fcf4ffe3          	bgeu	s1,a5,80400132 <main+0x92>
80400158:	87de                	mv	a5,s7
8040015a:	4a01                	li	s4,0
8040015c:	009a8733          	add	a4,s5,s1
80400160:	0007c683          	lbu	a3,0(a5)
80400164:	0785                	add	a5,a5,1
80400166:	9a36                	add	s4,s4,a3
80400168:	fee79ce3          	bne	a5,a4,80400160 <main+0xc0>
8040016c:	4781                	li	a5,0
8040016e:	00fa5733          	srl	a4,s4,a5
80400172:	0ff77713          	zext.b	a4,a4
80400176:	8c39                	xor	s0,s0,a4
80400178:	07a1                	add	a5,a5,8
8040017a:	03340433          	mul	s0,s0,s3
8040017e:	ff9798e3          	bne	a5,s9,8040016e <main+0xce>
80400182:	c1848493          	add	s1,s1,-1000
80400186:	f92491e3          	bne	s1,s2,80400108 <main+0x68>
8040018a:	001e8637          	lui	a2,0x1e8
8040018e:	80404537          	lui	a0,0x80404
80400192:	8c860613          	add	a2,a2,-1848 # 1e78c8 <errno+0x1e78c8>
80400196:	85d2                	mv	a1,s4
80400198:	02850513          	add	a0,a0,40 # 80404028 <strnlen+0xcf2>
8040019c:	00002097          	auipc	ra,0x2
804001a0:	89e080e7          	jalr	-1890(ra) # 80401a3a <printf>
804001a4:	80491737          	lui	a4,0x80491
804001a8:	123457b7          	lui	a5,0x12345
804001ac:	67878793          	add	a5,a5,1656 # 12345678 <errno+0x12345678>
804001b0:	4481                	li	s1,0
804001b2:	0f470e13          	add	t3,a4,244 # 804910f4 <crc_data>
804001b6:	edb88537          	lui	a0,0xedb88
804001ba:	804d1737          	lui	a4,0x804d1
804001be:	010005b7          	lui	a1,0x1000
804001c2:	0f470893          	add	a7,a4,244 # 804d10f4 <sieve_bits>
804001c6:	4321                	li	t1,8
804001c8:	32050513          	add	a0,a0,800 # edb88320 <__bss_end+0x6d4bc8e0>
804001cc:	19358593          	add	a1,a1,403 # 1000193 <errno+0x1000193>
804001d0:	02000813          	li	a6,32
804001d4:	863e                	mv	a2,a5
804001d6:	8726                	mv	a4,s1
804001d8:	8ef2                	mv	t4,t3
804001da:	86f2                	mv	a3,t3
804001dc:	00d61793          	sll	a5,a2,0xd
804001e0:	8fb1                	xor	a5,a5,a2
804001e2:	0117d613          	srl	a2,a5,0x11
804001e6:	8fb1                	xor	a5,a5,a2
804001e8:	00579613          	sll	a2,a5,0x5
804001ec:	8e3d                	xor	a2,a2,a5
804001ee:	00c68023          	sb	a2,0(a3)
804001f2:	0685                	add	a3,a3,1
804001f4:	fed894e3          	bne	a7,a3,804001dc <main+0x13c>
804001f8:	fff74713          	not	a4,a4
804001fc:	000ec783          	lbu	a5,0(t4)
80400200:	46a1                	li	a3,8
80400202:	8f3d                	xor	a4,a4,a5
80400204:	00177793          	and	a5,a4,1
80400208:	40f007b3          	neg	a5,a5
8040020c:	8305                	srl	a4,a4,0x1
8040020e:	8fe9                	and	a5,a5,a0
80400210:	16fd                	add	a3,a3,-1
80400212:	8f3d                	xor	a4,a4,a5
80400214:	fae5                	bnez	a3,80400204 <main+0x164>
80400216:	0e85                	add	t4,t4,1
80400218:	ffd892e3          	bne	a7,t4,804001fc <main+0x15c>
8040021c:	fff74713          	not	a4,a4
80400220:	00d757b3          	srl	a5,a4,a3
80400224:	0ff7f793          	zext.b	a5,a5
80400228:	8c3d                	xor	s0,s0,a5
8040022a:	06a1                	add	a3,a3,8
8040022c:	02b40433          	mul	s0,s0,a1
80400230:	ff0698e3          	bne	a3,a6,80400220 <main+0x180>
80400234:	137d                	add	t1,t1,-1
80400236:	fa0311e3          	bnez	t1,804001d8 <main+0x138>
8040023a:	84ba                	mv	s1,a4
8040023c:	80404737          	lui	a4,0x80404
80400240:	04470713          	add	a4,a4,68 # 80404044 <strnlen+0xd0e>
80400244:	edb88637          	lui	a2,0xedb88
80400248:	00970513          	add	a0,a4,9
8040024c:	57fd                	li	a5,-1
8040024e:	32060613          	add	a2,a2,800 # edb88320 <__bss_end+0x6d4bc8e0>
80400252:	00074683          	lbu	a3,0(a4)
80400256:	45a1                	li	a1,8
80400258:	8fb5                	xor	a5,a5,a3
8040025a:	0017f693          	and	a3,a5,1
8040025e:	40d006b3          	neg	a3,a3
80400262:	8385                	srl	a5,a5,0x1
80400264:	8ef1                	and	a3,a3,a2
80400266:	15fd                	add	a1,a1,-1
80400268:	8fb5                	xor	a5,a5,a3
8040026a:	f9e5                	bnez	a1,8040025a <main+0x1ba>
8040026c:	0705                	add	a4,a4,1
8040026e:	fee512e3          	bne	a0,a4,80400252 <main+0x1b2>
80400272:	fff7c913          	not	s2,a5
80400276:	80404537          	lui	a0,0x80404
8040027a:	864a                	mv	a2,s2
8040027c:	85a6                	mv	a1,s1
8040027e:	05050513          	add	a0,a0,80 # 80404050 <strnlen+0xd1a>
80400282:	00001097          	auipc	ra,0x1
80400286:	7b8080e7          	jalr	1976(ra) # 80401a3a <printf>
8040028a:	010006b7          	lui	a3,0x1000
8040028e:	4701                	li	a4,0
80400290:	19368693          	add	a3,a3,403 # 1000193 <errno+0x1000193>
80400294:	02000613          	li	a2,32
80400298:	00e957b3          	srl	a5,s2,a4
8040029c:	0ff7f793          	zext.b	a5,a5
804002a0:	8c3d                	xor	s0,s0,a5
804002a2:	0721                	add	a4,a4,8
804002a4:	02d40433          	mul	s0,s0,a3
804002a8:	fec718e3          	bne	a4,a2,80400298 <main+0x1f8>
804002ac:	804897b7          	lui	a5,0x80489
804002b0:	8048d6b7          	lui	a3,0x8048d
804002b4:	0f468593          	add	a1,a3,244 # 8048d0f4 <mat_a>
804002b8:	0f478513          	add	a0,a5,244 # 804890f4 <mat_b>
804002bc:	6611                	lui	a2,0x4
804002be:	0f478e93          	add	t4,a5,244
804002c2:	9e3787b7          	lui	a5,0x9e378
804002c6:	962e                	add	a2,a2,a1
804002c8:	0f468693          	add	a3,a3,244
804002cc:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <__bss_end+0x1dcabf79>
804002d0:	0c900e13          	li	t3,201
804002d4:	88f6                	mv	a7,t4
804002d6:	10068813          	add	a6,a3,256
804002da:	00d79713          	sll	a4,a5,0xd
804002de:	8f3d                	xor	a4,a4,a5
804002e0:	01175793          	srl	a5,a4,0x11
804002e4:	8f3d                	xor	a4,a4,a5
804002e6:	00571793          	sll	a5,a4,0x5
804002ea:	8f3d                	xor	a4,a4,a5
804002ec:	00d71793          	sll	a5,a4,0xd
804002f0:	8fb9                	xor	a5,a5,a4
804002f2:	0117d313          	srl	t1,a5,0x11
804002f6:	0067c7b3          	xor	a5,a5,t1
804002fa:	00579313          	sll	t1,a5,0x5
804002fe:	03c77733          	remu	a4,a4,t3
80400302:	0067c7b3          	xor	a5,a5,t1
80400306:	0691                	add	a3,a3,4
80400308:	0891                	add	a7,a7,4
8040030a:	03c7f333          	remu	t1,a5,t3
8040030e:	f9c70713          	add	a4,a4,-100
80400312:	fee6ae23          	sw	a4,-4(a3)
80400316:	f9c30713          	add	a4,t1,-100
8040031a:	fee8ae23          	sw	a4,-4(a7)
8040031e:	fad81ee3          	bne	a6,a3,804002da <main+0x23a>
80400322:	100e8e93          	add	t4,t4,256
80400326:	00c80463          	beq	a6,a2,8040032e <main+0x28e>
8040032a:	86c2                	mv	a3,a6
8040032c:	b765                	j	804002d4 <main+0x234>
8040032e:	6311                	lui	t1,0x4
80400330:	804858b7          	lui	a7,0x80485
80400334:	0f488893          	add	a7,a7,244 # 804850f4 <mat_c>
80400338:	10030f93          	add	t6,t1,256 # 4100 <errno+0x4100>
8040033c:	804853b7          	lui	t2,0x80485
80400340:	804892b7          	lui	t0,0x80489
80400344:	811caf37          	lui	t5,0x811ca
80400348:	01000e37          	lui	t3,0x1000
8040034c:	02800913          	li	s2,40
80400350:	1f438393          	add	t2,t2,500 # 804851f4 <mat_c+0x100>
80400354:	1f428293          	add	t0,t0,500 # 804891f4 <mat_b+0x100>
80400358:	9fc6                	add	t6,t6,a7
8040035a:	dc5f0f13          	add	t5,t5,-571 # 811c9dc5 <__bss_end+0xafe385>
8040035e:	193e0e13          	add	t3,t3,403 # 1000193 <errno+0x1000193>
80400362:	02000993          	li	s3,32
80400366:	9346                	add	t1,t1,a7
80400368:	3f100a93          	li	s5,1009
8040036c:	86c6                	mv	a3,a7
8040036e:	8ec6                	mv	t4,a7
80400370:	882e                	mv	a6,a1
80400372:	87aa                	mv	a5,a0
80400374:	8b76                	mv	s6,t4
80400376:	10080093          	add	ra,a6,256
8040037a:	8c3e                	mv	s8,a5
8040037c:	8742                	mv	a4,a6
8040037e:	4b81                	li	s7,0
80400380:	00072c83          	lw	s9,0(a4)
80400384:	000c2d03          	lw	s10,0(s8)
80400388:	0711                	add	a4,a4,4
8040038a:	100c0c13          	add	s8,s8,256
8040038e:	03ac8cb3          	mul	s9,s9,s10
80400392:	9be6                	add	s7,s7,s9
80400394:	fee096e3          	bne	ra,a4,80400380 <main+0x2e0>
80400398:	017b2023          	sw	s7,0(s6)
8040039c:	0791                	add	a5,a5,4
8040039e:	0b11                	add	s6,s6,4
804003a0:	fcf29de3          	bne	t0,a5,8040037a <main+0x2da>
804003a4:	100e8e93          	add	t4,t4,256
804003a8:	00160463          	beq	a2,ra,804003b0 <main+0x310>
804003ac:	8806                	mv	a6,ra
804003ae:	b7d1                	j	80400372 <main+0x2d2>
804003b0:	879e                	mv	a5,t2
804003b2:	877a                	mv	a4,t5
804003b4:	f0078e93          	add	t4,a5,-256
804003b8:	000eab03          	lw	s6,0(t4)
804003bc:	4081                	li	ra,0
804003be:	001b5833          	srl	a6,s6,ra
804003c2:	0ff87813          	zext.b	a6,a6
804003c6:	00e84733          	xor	a4,a6,a4
804003ca:	00a1                	add	ra,ra,8
804003cc:	03c70733          	mul	a4,a4,t3
804003d0:	ff3097e3          	bne	ra,s3,804003be <main+0x31e>
804003d4:	0e91                	add	t4,t4,4
804003d6:	ffd791e3          	bne	a5,t4,804003b8 <main+0x318>
804003da:	10078793          	add	a5,a5,256
804003de:	fcff9be3          	bne	t6,a5,804003b4 <main+0x314>
804003e2:	4801                	li	a6,0
804003e4:	010757b3          	srl	a5,a4,a6
804003e8:	0ff7f793          	zext.b	a5,a5
804003ec:	8c3d                	xor	s0,s0,a5
804003ee:	0821                	add	a6,a6,8
804003f0:	03c40433          	mul	s0,s0,t3
804003f4:	ff3818e3          	bne	a6,s3,804003e4 <main+0x344>
804003f8:	882e                	mv	a6,a1
804003fa:	87b6                	mv	a5,a3
804003fc:	8ec2                	mv	t4,a6
804003fe:	10068693          	add	a3,a3,256
80400402:	0007a083          	lw	ra,0(a5)
80400406:	0e91                	add	t4,t4,4
80400408:	0791                	add	a5,a5,4
8040040a:	0350e0b3          	rem	ra,ra,s5
8040040e:	fe1eae23          	sw	ra,-4(t4)
80400412:	fef698e3          	bne	a3,a5,80400402 <main+0x362>
80400416:	10080813          	add	a6,a6,256
8040041a:	fe6690e3          	bne	a3,t1,804003fa <main+0x35a>
8040041e:	197d                	add	s2,s2,-1
80400420:	f40916e3          	bnez	s2,8040036c <main+0x2cc>
80400424:	7248a783          	lw	a5,1828(a7)
80400428:	80404537          	lui	a0,0x80404
8040042c:	02800693          	li	a3,40
80400430:	04000613          	li	a2,64
80400434:	04000593          	li	a1,64
80400438:	06c50513          	add	a0,a0,108 # 8040406c <strnlen+0xd36>
8040043c:	00001097          	auipc	ra,0x1
80400440:	5fe080e7          	jalr	1534(ra) # 80401a3a <printf>
80400444:	804057b7          	lui	a5,0x80405
80400448:	0f478793          	add	a5,a5,244 # 804050f4 <sort_tmp>
8040044c:	c23e                	sw	a5,4(sp)
8040044e:	811ca7b7          	lui	a5,0x811ca
80400452:	80445eb7          	lui	t4,0x80445
80400456:	4f21                	li	t5,8
80400458:	deadc937          	lui	s2,0xdeadc
8040045c:	80445cb7          	lui	s9,0x80445
80400460:	80485bb7          	lui	s7,0x80485
80400464:	dc578793          	add	a5,a5,-571 # 811c9dc5 <__bss_end+0xafe385>
80400468:	01000c37          	lui	s8,0x1000
8040046c:	4a85                	li	s5,1
8040046e:	eef90913          	add	s2,s2,-273 # deadbeef <__bss_end+0x5e4104af>
80400472:	0f4e8993          	add	s3,t4,244 # 804450f4 <sort_data>
80400476:	0f8c8c93          	add	s9,s9,248 # 804450f8 <sort_data+0x4>
8040047a:	0f4b8b93          	add	s7,s7,244 # 804850f4 <mat_c>
8040047e:	6dc1                	lui	s11,0x10
80400480:	c43e                	sw	a5,8(sp)
80400482:	193c0c13          	add	s8,s8,403 # 1000193 <errno+0x1000193>
80400486:	8d7a                	mv	s10,t5
80400488:	8b4e                	mv	s6,s3
8040048a:	86ce                	mv	a3,s3
8040048c:	00d91793          	sll	a5,s2,0xd
80400490:	0127c7b3          	xor	a5,a5,s2
80400494:	0117d713          	srl	a4,a5,0x11
80400498:	8fb9                	xor	a5,a5,a4
8040049a:	00579913          	sll	s2,a5,0x5
8040049e:	0127c933          	xor	s2,a5,s2
804004a2:	0126a023          	sw	s2,0(a3)
804004a6:	0691                	add	a3,a3,4
804004a8:	fedb92e3          	bne	s7,a3,8040048c <main+0x3ec>
804004ac:	4592                	lw	a1,4(sp)
804004ae:	48c1                	li	a7,16
804004b0:	834e                	mv	t1,s3
804004b2:	4705                	li	a4,1
804004b4:	82ba                	mv	t0,a4
804004b6:	4f01                	li	t5,0
804004b8:	0706                	sll	a4,a4,0x1
804004ba:	005f06b3          	add	a3,t5,t0
804004be:	8636                	mv	a2,a3
804004c0:	00ddf363          	bgeu	s11,a3,804004c6 <main+0x426>
804004c4:	6641                	lui	a2,0x10
804004c6:	87fa                	mv	a5,t5
804004c8:	00568f33          	add	t5,a3,t0
804004cc:	8e7a                	mv	t3,t5
804004ce:	01edf363          	bgeu	s11,t5,804004d4 <main+0x434>
804004d2:	6e41                	lui	t3,0x10
804004d4:	06c7ff63          	bgeu	a5,a2,80400552 <main+0x4b2>
804004d8:	0bc67663          	bgeu	a2,t3,80400584 <main+0x4e4>
804004dc:	00279813          	sll	a6,a5,0x2
804004e0:	982e                	add	a6,a6,a1
804004e2:	86b2                	mv	a3,a2
804004e4:	853e                	mv	a0,a5
804004e6:	a811                	j	804004fa <main+0x45a>
804004e8:	0505                	add	a0,a0,1
804004ea:	00782023          	sw	t2,0(a6)
804004ee:	0785                	add	a5,a5,1
804004f0:	02c57863          	bgeu	a0,a2,80400520 <main+0x480>
804004f4:	0811                	add	a6,a6,4
804004f6:	07c6f063          	bgeu	a3,t3,80400556 <main+0x4b6>
804004fa:	00251393          	sll	t2,a0,0x2
804004fe:	00269f93          	sll	t6,a3,0x2
80400502:	939a                	add	t2,t2,t1
80400504:	9f9a                	add	t6,t6,t1
80400506:	0003a383          	lw	t2,0(t2)
8040050a:	000faf83          	lw	t6,0(t6)
8040050e:	fc7ffde3          	bgeu	t6,t2,804004e8 <main+0x448>
80400512:	83fe                	mv	t2,t6
80400514:	00782023          	sw	t2,0(a6)
80400518:	0685                	add	a3,a3,1
8040051a:	0785                	add	a5,a5,1
8040051c:	fcc56ce3          	bltu	a0,a2,804004f4 <main+0x454>
80400520:	03c6f063          	bgeu	a3,t3,80400540 <main+0x4a0>
80400524:	068a                	sll	a3,a3,0x2
80400526:	078a                	sll	a5,a5,0x2
80400528:	002e1613          	sll	a2,t3,0x2
8040052c:	969a                	add	a3,a3,t1
8040052e:	97ae                	add	a5,a5,a1
80400530:	961a                	add	a2,a2,t1
80400532:	4288                	lw	a0,0(a3)
80400534:	0691                	add	a3,a3,4
80400536:	0791                	add	a5,a5,4
80400538:	fea7ae23          	sw	a0,-4(a5)
8040053c:	fed61be3          	bne	a2,a3,80400532 <main+0x492>
80400540:	f7bf6de3          	bltu	t5,s11,804004ba <main+0x41a>
80400544:	18fd                	add	a7,a7,-1
80400546:	04088263          	beqz	a7,8040058a <main+0x4ea>
8040054a:	879a                	mv	a5,t1
8040054c:	832e                	mv	t1,a1
8040054e:	85be                	mv	a1,a5
80400550:	b795                	j	804004b4 <main+0x414>
80400552:	86b2                	mv	a3,a2
80400554:	b7f1                	j	80400520 <main+0x480>
80400556:	83be                	mv	t2,a5
80400558:	87aa                	mv	a5,a0
8040055a:	00279513          	sll	a0,a5,0x2
8040055e:	00239813          	sll	a6,t2,0x2
80400562:	00261f93          	sll	t6,a2,0x2
80400566:	951a                	add	a0,a0,t1
80400568:	982e                	add	a6,a6,a1
8040056a:	9f9a                	add	t6,t6,t1
8040056c:	00052083          	lw	ra,0(a0)
80400570:	0511                	add	a0,a0,4
80400572:	0811                	add	a6,a6,4
80400574:	fe182e23          	sw	ra,-4(a6)
80400578:	feaf9ae3          	bne	t6,a0,8040056c <main+0x4cc>
8040057c:	93b2                	add	t2,t2,a2
8040057e:	40f387b3          	sub	a5,t2,a5
80400582:	bf79                	j	80400520 <main+0x480>
80400584:	86b2                	mv	a3,a2
80400586:	83be                	mv	t2,a5
80400588:	bfc9                	j	8040055a <main+0x4ba>
8040058a:	01358e63          	beq	a1,s3,804005a6 <main+0x506>
8040058e:	0f4e8513          	add	a0,t4,244
80400592:	00040637          	lui	a2,0x40
80400596:	c646                	sw	a7,12(sp)
80400598:	00001097          	auipc	ra,0x1
8040059c:	47c080e7          	jalr	1148(ra) # 80401a14 <memcpy>
804005a0:	48b2                	lw	a7,12(sp)
804005a2:	80445eb7          	lui	t4,0x80445
804005a6:	8766                	mv	a4,s9
804005a8:	86e6                	mv	a3,s9
804005aa:	4605                	li	a2,1
804005ac:	04000313          	li	t1,64
804005b0:	4288                	lw	a0,0(a3)
804005b2:	87b6                	mv	a5,a3
804005b4:	a039                	j	804005c2 <main+0x522>
804005b6:	0107a023          	sw	a6,0(a5)
804005ba:	ffc58793          	add	a5,a1,-4
804005be:	0ef98863          	beq	s3,a5,804006ae <main+0x60e>
804005c2:	ffc7a803          	lw	a6,-4(a5)
804005c6:	85be                	mv	a1,a5
804005c8:	ff0567e3          	bltu	a0,a6,804005b6 <main+0x516>
804005cc:	c188                	sw	a0,0(a1)
804005ce:	0605                	add	a2,a2,1 # 40001 <errno+0x40001>
804005d0:	0691                	add	a3,a3,4
804005d2:	fc661fe3          	bne	a2,t1,804005b0 <main+0x510>
804005d6:	0f4ea683          	lw	a3,244(t4) # 804450f4 <sort_data>
804005da:	87b6                	mv	a5,a3
804005dc:	a019                	j	804005e2 <main+0x542>
804005de:	00eb8863          	beq	s7,a4,804005ee <main+0x54e>
804005e2:	863e                	mv	a2,a5
804005e4:	431c                	lw	a5,0(a4)
804005e6:	0711                	add	a4,a4,4
804005e8:	fec7fbe3          	bgeu	a5,a2,804005de <main+0x53e>
804005ec:	4a81                	li	s5,0
804005ee:	00040737          	lui	a4,0x40
804005f2:	4822                	lw	a6,8(sp)
804005f4:	09070713          	add	a4,a4,144 # 40090 <errno+0x40090>
804005f8:	974e                	add	a4,a4,s3
804005fa:	02000593          	li	a1,32
804005fe:	000b2503          	lw	a0,0(s6)
80400602:	4781                	li	a5,0
80400604:	00f55633          	srl	a2,a0,a5
80400608:	0ff67613          	zext.b	a2,a2
8040060c:	01064833          	xor	a6,a2,a6
80400610:	07a1                	add	a5,a5,8
80400612:	03880833          	mul	a6,a6,s8
80400616:	feb797e3          	bne	a5,a1,80400604 <main+0x564>
8040061a:	184b0b13          	add	s6,s6,388
8040061e:	feeb10e3          	bne	s6,a4,804005fe <main+0x55e>
80400622:	02000713          	li	a4,32
80400626:	011857b3          	srl	a5,a6,a7
8040062a:	0ff7f793          	zext.b	a5,a5
8040062e:	8c3d                	xor	s0,s0,a5
80400630:	08a1                	add	a7,a7,8
80400632:	03840433          	mul	s0,s0,s8
80400636:	fee898e3          	bne	a7,a4,80400626 <main+0x586>
8040063a:	1d7d                	add	s10,s10,-1
8040063c:	e40d16e3          	bnez	s10,80400488 <main+0x3e8>
80400640:	000207b7          	lui	a5,0x20
80400644:	99be                	add	s3,s3,a5
80400646:	0009a703          	lw	a4,0(s3)
8040064a:	ffcba783          	lw	a5,-4(s7)
8040064e:	80404537          	lui	a0,0x80404
80400652:	65c1                	lui	a1,0x10
80400654:	4621                	li	a2,8
80400656:	09c50513          	add	a0,a0,156 # 8040409c <strnlen+0xd66>
8040065a:	00001097          	auipc	ra,0x1
8040065e:	3e0080e7          	jalr	992(ra) # 80401a3a <printf>
80400662:	80404537          	lui	a0,0x80404
80400666:	85a2                	mv	a1,s0
80400668:	0d850513          	add	a0,a0,216 # 804040d8 <strnlen+0xda2>
8040066c:	00001097          	auipc	ra,0x1
80400670:	3ce080e7          	jalr	974(ra) # 80401a3a <printf>
80400674:	000a8563          	beqz	s5,8040067e <main+0x5de>
80400678:	000a0363          	beqz	s4,8040067e <main+0x5de>
8040067c:	e0a1                	bnez	s1,804006bc <main+0x61c>
8040067e:	80404537          	lui	a0,0x80404
80400682:	0ec50513          	add	a0,a0,236 # 804040ec <strnlen+0xdb6>
80400686:	00001097          	auipc	ra,0x1
8040068a:	3b4080e7          	jalr	948(ra) # 80401a3a <printf>
8040068e:	4505                	li	a0,1
80400690:	40b6                	lw	ra,76(sp)
80400692:	4426                	lw	s0,72(sp)
80400694:	4496                	lw	s1,68(sp)
80400696:	4906                	lw	s2,64(sp)
80400698:	59f2                	lw	s3,60(sp)
8040069a:	5a62                	lw	s4,56(sp)
8040069c:	5ad2                	lw	s5,52(sp)
8040069e:	5b42                	lw	s6,48(sp)
804006a0:	5bb2                	lw	s7,44(sp)
804006a2:	5c22                	lw	s8,40(sp)
804006a4:	5c92                	lw	s9,36(sp)
804006a6:	5d02                	lw	s10,32(sp)
804006a8:	4df2                	lw	s11,28(sp)
804006aa:	6161                	add	sp,sp,80
804006ac:	8082                	ret
804006ae:	85ce                	mv	a1,s3
804006b0:	c188                	sw	a0,0(a1)
804006b2:	0605                	add	a2,a2,1
804006b4:	0691                	add	a3,a3,4
804006b6:	ee661de3          	bne	a2,t1,804005b0 <main+0x510>
804006ba:	bf31                	j	804005d6 <main+0x536>
804006bc:	80404537          	lui	a0,0x80404
804006c0:	0f450513          	add	a0,a0,244 # 804040f4 <strnlen+0xdbe>
804006c4:	00001097          	auipc	ra,0x1
804006c8:	376080e7          	jalr	886(ra) # 80401a3a <printf>
804006cc:	4501                	li	a0,0
804006ce:	b7c9                	j	80400690 <main+0x5f0>

804006d0 <console_init>:
804006d0:	1141                	add	sp,sp,-16
804006d2:	804057b7          	lui	a5,0x80405
804006d6:	c422                	sw	s0,8(sp)
804006d8:	0b87a403          	lw	s0,184(a5) # 804050b8 <uni_start_info>
804006dc:	c606                	sw	ra,12(sp)
804006de:	5848                	lw	a0,52(s0)
804006e0:	00000097          	auipc	ra,0x0
804006e4:	48c080e7          	jalr	1164(ra) # 80400b6c <uni_mfn_to_virt>
804006e8:	c939                	beqz	a0,8040073e <console_init+0x6e>
804006ea:	5c10                	lw	a2,56(s0)
804006ec:	85aa                	mv	a1,a0
804006ee:	804016b7          	lui	a3,0x80401
804006f2:	806cb537          	lui	a0,0x806cb
804006f6:	7a450513          	add	a0,a0,1956 # 806cb7a4 <cons>
804006fa:	ec668693          	add	a3,a3,-314 # 80400ec6 <pv_block>
804006fe:	00000097          	auipc	ra,0x0
80400702:	7e2080e7          	jalr	2018(ra) # 80400ee0 <pvcons_init>
80400706:	5c08                	lw	a0,56(s0)
80400708:	804015b7          	lui	a1,0x80401
8040070c:	4601                	li	a2,0
8040070e:	fea58593          	add	a1,a1,-22 # 80400fea <cons_event>
80400712:	00000097          	auipc	ra,0x0
80400716:	65c080e7          	jalr	1628(ra) # 80400d6e <evtchn_bind>
8040071a:	02054a63          	bltz	a0,8040074e <console_init+0x7e>
8040071e:	4422                	lw	s0,8(sp)
80400720:	40b2                	lw	ra,12(sp)
80400722:	804057b7          	lui	a5,0x80405
80400726:	4705                	li	a4,1
80400728:	80401537          	lui	a0,0x80401
8040072c:	0ce7a223          	sw	a4,196(a5) # 804050c4 <ready>
80400730:	fec50513          	add	a0,a0,-20 # 80400fec <uni_console_drain>
80400734:	0141                	add	sp,sp,16
80400736:	00000317          	auipc	t1,0x0
8040073a:	28a30067          	jr	650(t1) # 804009c0 <uni_at_shutdown>
8040073e:	80404537          	lui	a0,0x80404
80400742:	40050513          	add	a0,a0,1024 # 80404400 <names.0+0x40>
80400746:	00000097          	auipc	ra,0x0
8040074a:	2ca080e7          	jalr	714(ra) # 80400a10 <uni_panic>
8040074e:	80404537          	lui	a0,0x80404
80400752:	43450513          	add	a0,a0,1076 # 80404434 <names.0+0x74>
80400756:	00000097          	auipc	ra,0x0
8040075a:	2ba080e7          	jalr	698(ra) # 80400a10 <uni_panic>

8040075e <time_init>:
8040075e:	1141                	add	sp,sp,-16
80400760:	c606                	sw	ra,12(sp)
80400762:	c422                	sw	s0,8(sp)
80400764:	c81027f3          	rdtimeh	a5
80400768:	c01026f3          	rdtime	a3
8040076c:	c8102773          	rdtimeh	a4
80400770:	fee79ae3          	bne	a5,a4,80400764 <time_init+0x6>
80400774:	80405437          	lui	s0,0x80405
80400778:	80405737          	lui	a4,0x80405
8040077c:	0c840593          	add	a1,s0,200 # 804050c8 <timer_port>
80400780:	4501                	li	a0,0
80400782:	0cd72823          	sw	a3,208(a4) # 804050d0 <boot_time>
80400786:	0cf72a23          	sw	a5,212(a4)
8040078a:	00000097          	auipc	ra,0x0
8040078e:	704080e7          	jalr	1796(ra) # 80400e8e <evtchn_bind_virq>
80400792:	02054363          	bltz	a0,804007b8 <time_init+0x5a>
80400796:	0c842503          	lw	a0,200(s0)
8040079a:	804015b7          	lui	a1,0x80401
8040079e:	4601                	li	a2,0
804007a0:	02e58593          	add	a1,a1,46 # 8040102e <timer_event>
804007a4:	00000097          	auipc	ra,0x0
804007a8:	5ca080e7          	jalr	1482(ra) # 80400d6e <evtchn_bind>
804007ac:	00054663          	bltz	a0,804007b8 <time_init+0x5a>
804007b0:	40b2                	lw	ra,12(sp)
804007b2:	4422                	lw	s0,8(sp)
804007b4:	0141                	add	sp,sp,16
804007b6:	8082                	ret
804007b8:	80404537          	lui	a0,0x80404
804007bc:	45050513          	add	a0,a0,1104 # 80404450 <names.0+0x90>
804007c0:	00000097          	auipc	ra,0x0
804007c4:	250080e7          	jalr	592(ra) # 80400a10 <uni_panic>

804007c8 <memory_init>:
804007c8:	804057b7          	lui	a5,0x80405
804007cc:	0b87a683          	lw	a3,184(a5) # 804050b8 <uni_start_info>
804007d0:	42bc                	lw	a5,64(a3)
804007d2:	5ed8                	lw	a4,60(a3)
804007d4:	5290                	lw	a2,32(a3)
804007d6:	6685                	lui	a3,0x1
804007d8:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804007da:	9736                	add	a4,a4,a3
804007dc:	07b2                	sll	a5,a5,0xc
804007de:	97ba                	add	a5,a5,a4
804007e0:	76fd                	lui	a3,0xfffff
804007e2:	00080737          	lui	a4,0x80
804007e6:	8ff5                	and	a5,a5,a3
804007e8:	9732                	add	a4,a4,a2
804007ea:	804056b7          	lui	a3,0x80405
804007ee:	80000637          	lui	a2,0x80000
804007f2:	0ec6a423          	sw	a2,232(a3) # 804050e8 <low_next>
804007f6:	804056b7          	lui	a3,0x80405
804007fa:	80400637          	lui	a2,0x80400
804007fe:	0ec6a223          	sw	a2,228(a3) # 804050e4 <low_end>
80400802:	804056b7          	lui	a3,0x80405
80400806:	0cf6ae23          	sw	a5,220(a3) # 804050dc <brk>
8040080a:	804056b7          	lui	a3,0x80405
8040080e:	0732                	sll	a4,a4,0xc
80400810:	0ef6a023          	sw	a5,224(a3) # 804050e0 <heap_start>
80400814:	804057b7          	lui	a5,0x80405
80400818:	0ce7ac23          	sw	a4,216(a5) # 804050d8 <top>
8040081c:	8082                	ret
	...

80400820 <uni_trap_entry>:
80400820:	7175                	add	sp,sp,-144
80400822:	c206                	sw	ra,4(sp)
80400824:	c60e                	sw	gp,12(sp)
80400826:	c812                	sw	tp,16(sp)
80400828:	ca16                	sw	t0,20(sp)
8040082a:	cc1a                	sw	t1,24(sp)
8040082c:	ce1e                	sw	t2,28(sp)
8040082e:	d022                	sw	s0,32(sp)
80400830:	d226                	sw	s1,36(sp)
80400832:	d42a                	sw	a0,40(sp)
80400834:	d62e                	sw	a1,44(sp)
80400836:	d832                	sw	a2,48(sp)
80400838:	da36                	sw	a3,52(sp)
8040083a:	dc3a                	sw	a4,56(sp)
8040083c:	de3e                	sw	a5,60(sp)
8040083e:	c0c2                	sw	a6,64(sp)
80400840:	c2c6                	sw	a7,68(sp)
80400842:	c4ca                	sw	s2,72(sp)
80400844:	c6ce                	sw	s3,76(sp)
80400846:	c8d2                	sw	s4,80(sp)
80400848:	cad6                	sw	s5,84(sp)
8040084a:	ccda                	sw	s6,88(sp)
8040084c:	cede                	sw	s7,92(sp)
8040084e:	d0e2                	sw	s8,96(sp)
80400850:	d2e6                	sw	s9,100(sp)
80400852:	d4ea                	sw	s10,104(sp)
80400854:	d6ee                	sw	s11,108(sp)
80400856:	d8f2                	sw	t3,112(sp)
80400858:	daf6                	sw	t4,116(sp)
8040085a:	dcfa                	sw	t5,120(sp)
8040085c:	defe                	sw	t6,124(sp)
8040085e:	09010293          	add	t0,sp,144
80400862:	c416                	sw	t0,8(sp)
80400864:	00005297          	auipc	t0,0x5
80400868:	85c2a283          	lw	t0,-1956(t0) # 804050c0 <pv_shared_info>
8040086c:	0202a303          	lw	t1,32(t0)
80400870:	c11a                	sw	t1,128(sp)
80400872:	0242a303          	lw	t1,36(t0)
80400876:	c31a                	sw	t1,132(sp)
80400878:	0282a303          	lw	t1,40(t0)
8040087c:	c51a                	sw	t1,136(sp)
8040087e:	02c2a303          	lw	t1,44(t0)
80400882:	c71a                	sw	t1,140(sp)
80400884:	850a                	mv	a0,sp
80400886:	00000097          	auipc	ra,0x0
8040088a:	1e4080e7          	jalr	484(ra) # 80400a6a <uni_trap>
8040088e:	00005297          	auipc	t0,0x5
80400892:	8322a283          	lw	t0,-1998(t0) # 804050c0 <pv_shared_info>
80400896:	430a                	lw	t1,128(sp)
80400898:	0262a023          	sw	t1,32(t0)
8040089c:	433a                	lw	t1,140(sp)
8040089e:	0262a623          	sw	t1,44(t0)
804008a2:	4316                	lw	t1,68(sp)
804008a4:	0262ac23          	sw	t1,56(t0)
804008a8:	4092                	lw	ra,4(sp)
804008aa:	41b2                	lw	gp,12(sp)
804008ac:	4242                	lw	tp,16(sp)
804008ae:	42d2                	lw	t0,20(sp)
804008b0:	4362                	lw	t1,24(sp)
804008b2:	43f2                	lw	t2,28(sp)
804008b4:	5402                	lw	s0,32(sp)
804008b6:	5492                	lw	s1,36(sp)
804008b8:	5522                	lw	a0,40(sp)
804008ba:	55b2                	lw	a1,44(sp)
804008bc:	5642                	lw	a2,48(sp)
804008be:	56d2                	lw	a3,52(sp)
804008c0:	5762                	lw	a4,56(sp)
804008c2:	57f2                	lw	a5,60(sp)
804008c4:	4806                	lw	a6,64(sp)
804008c6:	4926                	lw	s2,72(sp)
804008c8:	49b6                	lw	s3,76(sp)
804008ca:	4a46                	lw	s4,80(sp)
804008cc:	4ad6                	lw	s5,84(sp)
804008ce:	4b66                	lw	s6,88(sp)
804008d0:	4bf6                	lw	s7,92(sp)
804008d2:	5c06                	lw	s8,96(sp)
804008d4:	5c96                	lw	s9,100(sp)
804008d6:	5d26                	lw	s10,104(sp)
804008d8:	5db6                	lw	s11,108(sp)
804008da:	5e46                	lw	t3,112(sp)
804008dc:	5ed6                	lw	t4,116(sp)
804008de:	5f66                	lw	t5,120(sp)
804008e0:	5ff6                	lw	t6,124(sp)
804008e2:	6149                	add	sp,sp,144
804008e4:	48dd                	li	a7,23
804008e6:	00000073          	ecall
804008ea:	a001                	j	804008ea <uni_trap_entry+0xca>

804008ec <hex>:
804008ec:	03000793          	li	a5,48
804008f0:	00f50023          	sb	a5,0(a0)
804008f4:	80404637          	lui	a2,0x80404
804008f8:	07800793          	li	a5,120
804008fc:	00f500a3          	sb	a5,1(a0)
80400900:	00250693          	add	a3,a0,2
80400904:	4771                	li	a4,28
80400906:	0fc60613          	add	a2,a2,252 # 804040fc <strnlen+0xdc6>
8040090a:	5871                	li	a6,-4
8040090c:	00e5d7b3          	srl	a5,a1,a4
80400910:	8bbd                	and	a5,a5,15
80400912:	97b2                	add	a5,a5,a2
80400914:	0007c783          	lbu	a5,0(a5)
80400918:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
8040091a:	0685                	add	a3,a3,1
8040091c:	fef68fa3          	sb	a5,-1(a3)
80400920:	ff0716e3          	bne	a4,a6,8040090c <hex+0x20>
80400924:	00050523          	sb	zero,10(a0)
80400928:	8082                	ret

8040092a <run_hooks>:
8040092a:	1141                	add	sp,sp,-16
8040092c:	c422                	sw	s0,8(sp)
8040092e:	80405437          	lui	s0,0x80405
80400932:	0b442783          	lw	a5,180(s0) # 804050b4 <nhooks>
80400936:	c606                	sw	ra,12(sp)
80400938:	c226                	sw	s1,4(sp)
8040093a:	c385                	beqz	a5,8040095a <run_hooks+0x30>
8040093c:	806c94b7          	lui	s1,0x806c9
80400940:	58048493          	add	s1,s1,1408 # 806c9580 <hooks>
80400944:	17fd                	add	a5,a5,-1
80400946:	00279713          	sll	a4,a5,0x2
8040094a:	9726                	add	a4,a4,s1
8040094c:	4318                	lw	a4,0(a4)
8040094e:	0af42a23          	sw	a5,180(s0)
80400952:	9702                	jalr	a4
80400954:	0b442783          	lw	a5,180(s0)
80400958:	f7f5                	bnez	a5,80400944 <run_hooks+0x1a>
8040095a:	40b2                	lw	ra,12(sp)
8040095c:	4422                	lw	s0,8(sp)
8040095e:	4492                	lw	s1,4(sp)
80400960:	0141                	add	sp,sp,16
80400962:	8082                	ret

80400964 <early_puts>:
80400964:	00054783          	lbu	a5,0(a0)
80400968:	872a                	mv	a4,a0
8040096a:	c79d                	beqz	a5,80400998 <early_puts+0x34>
8040096c:	4781                	li	a5,0
8040096e:	0785                	add	a5,a5,1
80400970:	00f706b3          	add	a3,a4,a5
80400974:	0006c683          	lbu	a3,0(a3)
80400978:	fafd                	bnez	a3,8040096e <early_puts+0xa>
8040097a:	40000693          	li	a3,1024
8040097e:	4501                	li	a0,0
80400980:	863a                	mv	a2,a4
80400982:	48c9                	li	a7,18
80400984:	85be                	mv	a1,a5
80400986:	00f6f463          	bgeu	a3,a5,8040098e <early_puts+0x2a>
8040098a:	40000593          	li	a1,1024
8040098e:	00000073          	ecall
80400992:	8f8d                	sub	a5,a5,a1
80400994:	972e                	add	a4,a4,a1
80400996:	f7e5                	bnez	a5,8040097e <early_puts+0x1a>
80400998:	8082                	ret

8040099a <uni_early_write>:
8040099a:	87ae                	mv	a5,a1
8040099c:	872a                	mv	a4,a0
8040099e:	c185                	beqz	a1,804009be <uni_early_write+0x24>
804009a0:	40000693          	li	a3,1024
804009a4:	4501                	li	a0,0
804009a6:	863a                	mv	a2,a4
804009a8:	48c9                	li	a7,18
804009aa:	85be                	mv	a1,a5
804009ac:	00f6f463          	bgeu	a3,a5,804009b4 <uni_early_write+0x1a>
804009b0:	40000593          	li	a1,1024
804009b4:	00000073          	ecall
804009b8:	8f8d                	sub	a5,a5,a1
804009ba:	972e                	add	a4,a4,a1
804009bc:	f7e5                	bnez	a5,804009a4 <uni_early_write+0xa>
804009be:	8082                	ret

804009c0 <uni_at_shutdown>:
804009c0:	804056b7          	lui	a3,0x80405
804009c4:	0b46a783          	lw	a5,180(a3) # 804050b4 <nhooks>
804009c8:	4721                	li	a4,8
804009ca:	00e78f63          	beq	a5,a4,804009e8 <uni_at_shutdown+0x28>
804009ce:	806c9737          	lui	a4,0x806c9
804009d2:	00279613          	sll	a2,a5,0x2
804009d6:	58070713          	add	a4,a4,1408 # 806c9580 <hooks>
804009da:	0785                	add	a5,a5,1
804009dc:	9732                	add	a4,a4,a2
804009de:	c308                	sw	a0,0(a4)
804009e0:	0af6aa23          	sw	a5,180(a3)
804009e4:	4501                	li	a0,0
804009e6:	8082                	ret
804009e8:	557d                	li	a0,-1
804009ea:	8082                	ret

804009ec <uni_poweroff>:
804009ec:	1141                	add	sp,sp,-16
804009ee:	c422                	sw	s0,8(sp)
804009f0:	c606                	sw	ra,12(sp)
804009f2:	842a                	mv	s0,a0
804009f4:	00000097          	auipc	ra,0x0
804009f8:	f36080e7          	jalr	-202(ra) # 8040092a <run_hooks>
804009fc:	67c1                	lui	a5,0x10
804009fe:	00841593          	sll	a1,s0,0x8
80400a02:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80400a04:	8dfd                	and	a1,a1,a5
80400a06:	4509                	li	a0,2
80400a08:	48f5                	li	a7,29
80400a0a:	00000073          	ecall
80400a0e:	bfe5                	j	80400a06 <uni_poweroff+0x1a>

80400a10 <uni_panic>:
80400a10:	804057b7          	lui	a5,0x80405
80400a14:	0b07a703          	lw	a4,176(a5) # 804050b0 <panicking>
80400a18:	1141                	add	sp,sp,-16
80400a1a:	c422                	sw	s0,8(sp)
80400a1c:	c606                	sw	ra,12(sp)
80400a1e:	842a                	mv	s0,a0
80400a20:	cf0d                	beqz	a4,80400a5a <uni_panic+0x4a>
80400a22:	80404537          	lui	a0,0x80404
80400a26:	11050513          	add	a0,a0,272 # 80404110 <strnlen+0xdda>
80400a2a:	00000097          	auipc	ra,0x0
80400a2e:	f3a080e7          	jalr	-198(ra) # 80400964 <early_puts>
80400a32:	8522                	mv	a0,s0
80400a34:	00000097          	auipc	ra,0x0
80400a38:	f30080e7          	jalr	-208(ra) # 80400964 <early_puts>
80400a3c:	80404537          	lui	a0,0x80404
80400a40:	09850513          	add	a0,a0,152 # 80404098 <strnlen+0xd62>
80400a44:	00000097          	auipc	ra,0x0
80400a48:	f20080e7          	jalr	-224(ra) # 80400964 <early_puts>
80400a4c:	4509                	li	a0,2
80400a4e:	10300593          	li	a1,259
80400a52:	48f5                	li	a7,29
80400a54:	00000073          	ecall
80400a58:	bfd5                	j	80400a4c <uni_panic+0x3c>
80400a5a:	4705                	li	a4,1
80400a5c:	0ae7a823          	sw	a4,176(a5)
80400a60:	00000097          	auipc	ra,0x0
80400a64:	eca080e7          	jalr	-310(ra) # 8040092a <run_hooks>
80400a68:	bf6d                	j	80400a22 <uni_panic+0x12>

80400a6a <uni_trap>:
80400a6a:	08452703          	lw	a4,132(a0)
80400a6e:	800007b7          	lui	a5,0x80000
80400a72:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
80400a74:	00f71663          	bne	a4,a5,80400a80 <uni_trap+0x16>
80400a78:	00000317          	auipc	t1,0x0
80400a7c:	31a30067          	jr	794(t1) # 80400d92 <evtchn_do_upcall>
80400a80:	804057b7          	lui	a5,0x80405
80400a84:	0b07a703          	lw	a4,176(a5) # 804050b0 <panicking>
80400a88:	7139                	add	sp,sp,-64
80400a8a:	dc22                	sw	s0,56(sp)
80400a8c:	de06                	sw	ra,60(sp)
80400a8e:	842a                	mv	s0,a0
80400a90:	c771                	beqz	a4,80400b5c <uni_trap+0xf2>
80400a92:	80404537          	lui	a0,0x80404
80400a96:	12850513          	add	a0,a0,296 # 80404128 <strnlen+0xdf2>
80400a9a:	00000097          	auipc	ra,0x0
80400a9e:	eca080e7          	jalr	-310(ra) # 80400964 <early_puts>
80400aa2:	08442703          	lw	a4,132(s0)
80400aa6:	47bd                	li	a5,15
80400aa8:	0ae7e563          	bltu	a5,a4,80400b52 <uni_trap+0xe8>
80400aac:	804047b7          	lui	a5,0x80404
80400ab0:	070a                	sll	a4,a4,0x2
80400ab2:	3c078793          	add	a5,a5,960 # 804043c0 <names.0>
80400ab6:	97ba                	add	a5,a5,a4
80400ab8:	4388                	lw	a0,0(a5)
80400aba:	00000097          	auipc	ra,0x0
80400abe:	eaa080e7          	jalr	-342(ra) # 80400964 <early_puts>
80400ac2:	80404537          	lui	a0,0x80404
80400ac6:	14050513          	add	a0,a0,320 # 80404140 <strnlen+0xe0a>
80400aca:	00000097          	auipc	ra,0x0
80400ace:	e9a080e7          	jalr	-358(ra) # 80400964 <early_puts>
80400ad2:	08442583          	lw	a1,132(s0)
80400ad6:	0068                	add	a0,sp,12
80400ad8:	00000097          	auipc	ra,0x0
80400adc:	e14080e7          	jalr	-492(ra) # 804008ec <hex>
80400ae0:	00000097          	auipc	ra,0x0
80400ae4:	e84080e7          	jalr	-380(ra) # 80400964 <early_puts>
80400ae8:	80404537          	lui	a0,0x80404
80400aec:	14c50513          	add	a0,a0,332 # 8040414c <strnlen+0xe16>
80400af0:	00000097          	auipc	ra,0x0
80400af4:	e74080e7          	jalr	-396(ra) # 80400964 <early_puts>
80400af8:	08042583          	lw	a1,128(s0)
80400afc:	0828                	add	a0,sp,24
80400afe:	00000097          	auipc	ra,0x0
80400b02:	dee080e7          	jalr	-530(ra) # 804008ec <hex>
80400b06:	00000097          	auipc	ra,0x0
80400b0a:	e5e080e7          	jalr	-418(ra) # 80400964 <early_puts>
80400b0e:	80404537          	lui	a0,0x80404
80400b12:	15850513          	add	a0,a0,344 # 80404158 <strnlen+0xe22>
80400b16:	00000097          	auipc	ra,0x0
80400b1a:	e4e080e7          	jalr	-434(ra) # 80400964 <early_puts>
80400b1e:	08842583          	lw	a1,136(s0)
80400b22:	1048                	add	a0,sp,36
80400b24:	00000097          	auipc	ra,0x0
80400b28:	dc8080e7          	jalr	-568(ra) # 804008ec <hex>
80400b2c:	00000097          	auipc	ra,0x0
80400b30:	e38080e7          	jalr	-456(ra) # 80400964 <early_puts>
80400b34:	80404537          	lui	a0,0x80404
80400b38:	09850513          	add	a0,a0,152 # 80404098 <strnlen+0xd62>
80400b3c:	00000097          	auipc	ra,0x0
80400b40:	e28080e7          	jalr	-472(ra) # 80400964 <early_puts>
80400b44:	4509                	li	a0,2
80400b46:	10300593          	li	a1,259
80400b4a:	48f5                	li	a7,29
80400b4c:	00000073          	ecall
80400b50:	bfd5                	j	80400b44 <uni_trap+0xda>
80400b52:	80404537          	lui	a0,0x80404
80400b56:	12050513          	add	a0,a0,288 # 80404120 <strnlen+0xdea>
80400b5a:	b785                	j	80400aba <uni_trap+0x50>
80400b5c:	4705                	li	a4,1
80400b5e:	0ae7a823          	sw	a4,176(a5)
80400b62:	00000097          	auipc	ra,0x0
80400b66:	dc8080e7          	jalr	-568(ra) # 8040092a <run_hooks>
80400b6a:	b725                	j	80400a92 <uni_trap+0x28>

80400b6c <uni_mfn_to_virt>:
80400b6c:	804057b7          	lui	a5,0x80405
80400b70:	0b87a783          	lw	a5,184(a5) # 804050b8 <uni_start_info>
80400b74:	4701                	li	a4,0
80400b76:	0207a803          	lw	a6,32(a5)
80400b7a:	43ec                	lw	a1,68(a5)
80400b7c:	8642                	mv	a2,a6
80400b7e:	a029                	j	80400b88 <uni_mfn_to_virt+0x1c>
80400b80:	4294                	lw	a3,0(a3)
80400b82:	04a6e763          	bltu	a3,a0,80400bd0 <uni_mfn_to_virt+0x64>
80400b86:	863e                	mv	a2,a5
80400b88:	40e607b3          	sub	a5,a2,a4
80400b8c:	8385                	srl	a5,a5,0x1
80400b8e:	97ba                	add	a5,a5,a4
80400b90:	00279693          	sll	a3,a5,0x2
80400b94:	96ae                	add	a3,a3,a1
80400b96:	fec765e3          	bltu	a4,a2,80400b80 <uni_mfn_to_virt+0x14>
80400b9a:	00e80863          	beq	a6,a4,80400baa <uni_mfn_to_virt+0x3e>
80400b9e:	00271793          	sll	a5,a4,0x2
80400ba2:	97ae                	add	a5,a5,a1
80400ba4:	439c                	lw	a5,0(a5)
80400ba6:	00a78f63          	beq	a5,a0,80400bc4 <uni_mfn_to_virt+0x58>
80400baa:	4701                	li	a4,0
80400bac:	00081663          	bnez	a6,80400bb8 <uni_mfn_to_virt+0x4c>
80400bb0:	a01d                	j	80400bd6 <uni_mfn_to_virt+0x6a>
80400bb2:	0705                	add	a4,a4,1
80400bb4:	02e80163          	beq	a6,a4,80400bd6 <uni_mfn_to_virt+0x6a>
80400bb8:	419c                	lw	a5,0(a1)
80400bba:	0591                	add	a1,a1,4
80400bbc:	fea79be3          	bne	a5,a0,80400bb2 <uni_mfn_to_virt+0x46>
80400bc0:	00e80b63          	beq	a6,a4,80400bd6 <uni_mfn_to_virt+0x6a>
80400bc4:	0732                	sll	a4,a4,0xc
80400bc6:	800007b7          	lui	a5,0x80000
80400bca:	00f70533          	add	a0,a4,a5
80400bce:	8082                	ret
80400bd0:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400bd4:	bf55                	j	80400b88 <uni_mfn_to_virt+0x1c>
80400bd6:	4501                	li	a0,0
80400bd8:	8082                	ret

80400bda <uni_runtime_start>:
80400bda:	804047b7          	lui	a5,0x80404
80400bde:	1141                	add	sp,sp,-16
80400be0:	80405737          	lui	a4,0x80405
80400be4:	16478793          	add	a5,a5,356 # 80404164 <strnlen+0xe2e>
80400be8:	c422                	sw	s0,8(sp)
80400bea:	0aa72c23          	sw	a0,184(a4) # 804050b8 <uni_start_info>
80400bee:	c606                	sw	ra,12(sp)
80400bf0:	c226                	sw	s1,4(sp)
80400bf2:	c04a                	sw	s2,0(sp)
80400bf4:	842a                	mv	s0,a0
80400bf6:	01878593          	add	a1,a5,24
80400bfa:	872a                	mv	a4,a0
80400bfc:	00074603          	lbu	a2,0(a4)
80400c00:	0007c683          	lbu	a3,0(a5)
80400c04:	0ed61f63          	bne	a2,a3,80400d02 <uni_runtime_start+0x128>
80400c08:	0785                	add	a5,a5,1
80400c0a:	0705                	add	a4,a4,1
80400c0c:	feb798e3          	bne	a5,a1,80400bfc <uni_runtime_start+0x22>
80400c10:	4501                	li	a0,0
80400c12:	4581                	li	a1,0
80400c14:	48c5                	li	a7,17
80400c16:	00000073          	ecall
80400c1a:	4785                	li	a5,1
80400c1c:	8141                	srl	a0,a0,0x10
80400c1e:	10f51263          	bne	a0,a5,80400d22 <uni_runtime_start+0x148>
80400c22:	4519                	li	a0,6
80400c24:	00000073          	ecall
80400c28:	8909                	and	a0,a0,2
80400c2a:	10050463          	beqz	a0,80400d32 <uni_runtime_start+0x158>
80400c2e:	5008                	lw	a0,32(s0)
80400c30:	04042803          	lw	a6,64(s0)
80400c34:	03c42883          	lw	a7,60(s0)
80400c38:	442c                	lw	a1,72(s0)
80400c3a:	00080637          	lui	a2,0x80
80400c3e:	00c50733          	add	a4,a0,a2
80400c42:	00c81793          	sll	a5,a6,0xc
80400c46:	00c71693          	sll	a3,a4,0xc
80400c4a:	01178733          	add	a4,a5,a7
80400c4e:	0cc59263          	bne	a1,a2,80400d12 <uni_runtime_start+0x138>
80400c52:	806cc7b7          	lui	a5,0x806cc
80400c56:	a4078793          	add	a5,a5,-1472 # 806cba40 <__bss_end>
80400c5a:	0af46c63          	bltu	s0,a5,80400d12 <uni_runtime_start+0x138>
80400c5e:	0a88ea63          	bltu	a7,s0,80400d12 <uni_runtime_start+0x138>
80400c62:	0a080863          	beqz	a6,80400d12 <uni_runtime_start+0x138>
80400c66:	0ae6e663          	bltu	a3,a4,80400d12 <uni_runtime_start+0x138>
80400c6a:	0aa5e463          	bltu	a1,a0,80400d12 <uni_runtime_start+0x138>
80400c6e:	5048                	lw	a0,36(s0)
80400c70:	00000097          	auipc	ra,0x0
80400c74:	0d2080e7          	jalr	210(ra) # 80400d42 <evtchn_init>
80400c78:	80401537          	lui	a0,0x80401
80400c7c:	82050513          	add	a0,a0,-2016 # 80400820 <uni_trap_entry>
80400c80:	4581                	li	a1,0
80400c82:	4891                	li	a7,4
80400c84:	00000073          	ecall
80400c88:	06054563          	bltz	a0,80400cf2 <uni_runtime_start+0x118>
80400c8c:	806c9937          	lui	s2,0x806c9
80400c90:	5a090593          	add	a1,s2,1440 # 806c95a0 <cmdline>
80400c94:	5a090693          	add	a3,s2,1440
80400c98:	4781                	li	a5,0
80400c9a:	20000613          	li	a2,512
80400c9e:	a039                	j	80400cac <uni_runtime_start+0xd2>
80400ca0:	00e68023          	sb	a4,0(a3)
80400ca4:	0785                	add	a5,a5,1
80400ca6:	0685                	add	a3,a3,1
80400ca8:	00c78763          	beq	a5,a2,80400cb6 <uni_runtime_start+0xdc>
80400cac:	00f40733          	add	a4,s0,a5
80400cb0:	04c74703          	lbu	a4,76(a4)
80400cb4:	f775                	bnez	a4,80400ca0 <uni_runtime_start+0xc6>
80400cb6:	97ae                	add	a5,a5,a1
80400cb8:	80405437          	lui	s0,0x80405
80400cbc:	804054b7          	lui	s1,0x80405
80400cc0:	00078023          	sb	zero,0(a5)
80400cc4:	0a448493          	add	s1,s1,164 # 804050a4 <__init_array_end>
80400cc8:	09840793          	add	a5,s0,152 # 80405098 <__init_array_start>
80400ccc:	0097f963          	bgeu	a5,s1,80400cde <uni_runtime_start+0x104>
80400cd0:	09840413          	add	s0,s0,152
80400cd4:	401c                	lw	a5,0(s0)
80400cd6:	0411                	add	s0,s0,4
80400cd8:	9782                	jalr	a5
80400cda:	fe946de3          	bltu	s0,s1,80400cd4 <uni_runtime_start+0xfa>
80400cde:	5a090513          	add	a0,s2,1440
80400ce2:	00000097          	auipc	ra,0x0
80400ce6:	3d8080e7          	jalr	984(ra) # 804010ba <uni_main>
80400cea:	00000097          	auipc	ra,0x0
80400cee:	d02080e7          	jalr	-766(ra) # 804009ec <uni_poweroff>
80400cf2:	80404537          	lui	a0,0x80404
80400cf6:	23850513          	add	a0,a0,568 # 80404238 <strnlen+0xf02>
80400cfa:	00000097          	auipc	ra,0x0
80400cfe:	d16080e7          	jalr	-746(ra) # 80400a10 <uni_panic>
80400d02:	80404537          	lui	a0,0x80404
80400d06:	17c50513          	add	a0,a0,380 # 8040417c <strnlen+0xe46>
80400d0a:	00000097          	auipc	ra,0x0
80400d0e:	d06080e7          	jalr	-762(ra) # 80400a10 <uni_panic>
80400d12:	80404537          	lui	a0,0x80404
80400d16:	21050513          	add	a0,a0,528 # 80404210 <strnlen+0xeda>
80400d1a:	00000097          	auipc	ra,0x0
80400d1e:	cf6080e7          	jalr	-778(ra) # 80400a10 <uni_panic>
80400d22:	80404537          	lui	a0,0x80404
80400d26:	1ac50513          	add	a0,a0,428 # 804041ac <strnlen+0xe76>
80400d2a:	00000097          	auipc	ra,0x0
80400d2e:	ce6080e7          	jalr	-794(ra) # 80400a10 <uni_panic>
80400d32:	80404537          	lui	a0,0x80404
80400d36:	1e850513          	add	a0,a0,488 # 804041e8 <strnlen+0xeb2>
80400d3a:	00000097          	auipc	ra,0x0
80400d3e:	cd6080e7          	jalr	-810(ra) # 80400a10 <uni_panic>

80400d42 <evtchn_init>:
80400d42:	80405737          	lui	a4,0x80405
80400d46:	806c97b7          	lui	a5,0x806c9
80400d4a:	7a478793          	add	a5,a5,1956 # 806c97a4 <handlers>
80400d4e:	0ca72023          	sw	a0,192(a4) # 804050c0 <pv_shared_info>
80400d52:	6709                	lui	a4,0x2
80400d54:	973e                	add	a4,a4,a5
80400d56:	0007a023          	sw	zero,0(a5)
80400d5a:	0007a223          	sw	zero,4(a5)
80400d5e:	07a1                	add	a5,a5,8
80400d60:	fee79be3          	bne	a5,a4,80400d56 <evtchn_init+0x14>
80400d64:	804057b7          	lui	a5,0x80405
80400d68:	0a07ae23          	sw	zero,188(a5) # 804050bc <stray>
80400d6c:	8082                	ret

80400d6e <evtchn_bind>:
80400d6e:	fff50713          	add	a4,a0,-1
80400d72:	3fe00793          	li	a5,1022
80400d76:	00e7ec63          	bltu	a5,a4,80400d8e <evtchn_bind+0x20>
80400d7a:	806c97b7          	lui	a5,0x806c9
80400d7e:	050e                	sll	a0,a0,0x3
80400d80:	7a478793          	add	a5,a5,1956 # 806c97a4 <handlers>
80400d84:	97aa                	add	a5,a5,a0
80400d86:	c3d0                	sw	a2,4(a5)
80400d88:	c38c                	sw	a1,0(a5)
80400d8a:	4501                	li	a0,0
80400d8c:	8082                	ret
80400d8e:	5529                	li	a0,-22
80400d90:	8082                	ret

80400d92 <evtchn_do_upcall>:
80400d92:	7179                	add	sp,sp,-48
80400d94:	804057b7          	lui	a5,0x80405
80400d98:	c65e                	sw	s7,12(sp)
80400d9a:	0c07ab83          	lw	s7,192(a5) # 804050c0 <pv_shared_info>
80400d9e:	cc52                	sw	s4,24(sp)
80400da0:	806c9a37          	lui	s4,0x806c9
80400da4:	c85a                	sw	s6,16(sp)
80400da6:	c462                	sw	s8,8(sp)
80400da8:	c266                	sw	s9,4(sp)
80400daa:	d606                	sw	ra,44(sp)
80400dac:	d422                	sw	s0,40(sp)
80400dae:	d226                	sw	s1,36(sp)
80400db0:	d04a                	sw	s2,32(sp)
80400db2:	ce4e                	sw	s3,28(sp)
80400db4:	ca56                	sw	s5,20(sp)
80400db6:	4c81                	li	s9,0
80400db8:	004b8c13          	add	s8,s7,4
80400dbc:	7a4a0a13          	add	s4,s4,1956 # 806c97a4 <handlers>
80400dc0:	80405b37          	lui	s6,0x80405
80400dc4:	000b8023          	sb	zero,0(s7)
80400dc8:	0330000f          	fence	rw,rw
80400dcc:	8ae6                	mv	s5,s9
80400dce:	0f50000f          	fence	iorw,ow
80400dd2:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400dd6:	4985                	li	s3,1
80400dd8:	080a8163          	beqz	s5,80400e5a <evtchn_do_upcall+0xc8>
80400ddc:	8556                	mv	a0,s5
80400dde:	00000097          	auipc	ra,0x0
80400de2:	514080e7          	jalr	1300(ra) # 804012f2 <__ctzsi2>
80400de6:	01050413          	add	s0,a0,16
80400dea:	040a                	sll	s0,s0,0x2
80400dec:	08040913          	add	s2,s0,128
80400df0:	fffa8793          	add	a5,s5,-1
80400df4:	00fafab3          	and	s5,s5,a5
80400df8:	945e                	add	s0,s0,s7
80400dfa:	995e                	add	s2,s2,s7
80400dfc:	00551493          	sll	s1,a0,0x5
80400e00:	401c                	lw	a5,0(s0)
80400e02:	0ff0000f          	fence
80400e06:	00092503          	lw	a0,0(s2)
80400e0a:	fff54513          	not	a0,a0
80400e0e:	8d7d                	and	a0,a0,a5
80400e10:	d561                	beqz	a0,80400dd8 <evtchn_do_upcall+0x46>
80400e12:	00000097          	auipc	ra,0x0
80400e16:	4e0080e7          	jalr	1248(ra) # 804012f2 <__ctzsi2>
80400e1a:	00a997b3          	sll	a5,s3,a0
80400e1e:	fff7c793          	not	a5,a5
80400e22:	0f50000f          	fence	iorw,ow
80400e26:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80400e2a:	9526                	add	a0,a0,s1
80400e2c:	00351793          	sll	a5,a0,0x3
80400e30:	97d2                	add	a5,a5,s4
80400e32:	4398                	lw	a4,0(a5)
80400e34:	cf09                	beqz	a4,80400e4e <evtchn_do_upcall+0xbc>
80400e36:	43cc                	lw	a1,4(a5)
80400e38:	9702                	jalr	a4
80400e3a:	401c                	lw	a5,0(s0)
80400e3c:	0ff0000f          	fence
80400e40:	00092503          	lw	a0,0(s2)
80400e44:	fff54513          	not	a0,a0
80400e48:	8d7d                	and	a0,a0,a5
80400e4a:	f561                	bnez	a0,80400e12 <evtchn_do_upcall+0x80>
80400e4c:	b771                	j	80400dd8 <evtchn_do_upcall+0x46>
80400e4e:	0bcb2783          	lw	a5,188(s6) # 804050bc <stray>
80400e52:	0785                	add	a5,a5,1
80400e54:	0afb2e23          	sw	a5,188(s6)
80400e58:	b765                	j	80400e00 <evtchn_do_upcall+0x6e>
80400e5a:	000bc783          	lbu	a5,0(s7)
80400e5e:	f3bd                	bnez	a5,80400dc4 <evtchn_do_upcall+0x32>
80400e60:	50b2                	lw	ra,44(sp)
80400e62:	5422                	lw	s0,40(sp)
80400e64:	5492                	lw	s1,36(sp)
80400e66:	5902                	lw	s2,32(sp)
80400e68:	49f2                	lw	s3,28(sp)
80400e6a:	4a62                	lw	s4,24(sp)
80400e6c:	4ad2                	lw	s5,20(sp)
80400e6e:	4b42                	lw	s6,16(sp)
80400e70:	4bb2                	lw	s7,12(sp)
80400e72:	4c22                	lw	s8,8(sp)
80400e74:	4c92                	lw	s9,4(sp)
80400e76:	6145                	add	sp,sp,48
80400e78:	8082                	ret

80400e7a <evtchn_send>:
80400e7a:	1141                	add	sp,sp,-16
80400e7c:	c62a                	sw	a0,12(sp)
80400e7e:	006c                	add	a1,sp,12
80400e80:	4511                	li	a0,4
80400e82:	02000893          	li	a7,32
80400e86:	00000073          	ecall
80400e8a:	0141                	add	sp,sp,16
80400e8c:	8082                	ret

80400e8e <evtchn_bind_virq>:
80400e8e:	1141                	add	sp,sp,-16
80400e90:	86ae                	mv	a3,a1
80400e92:	c22a                	sw	a0,4(sp)
80400e94:	c402                	sw	zero,8(sp)
80400e96:	c602                	sw	zero,12(sp)
80400e98:	4505                	li	a0,1
80400e9a:	004c                	add	a1,sp,4
80400e9c:	02000893          	li	a7,32
80400ea0:	00000073          	ecall
80400ea4:	00054b63          	bltz	a0,80400eba <evtchn_bind_virq+0x2c>
80400ea8:	4732                	lw	a4,12(sp)
80400eaa:	cb11                	beqz	a4,80400ebe <evtchn_bind_virq+0x30>
80400eac:	c298                	sw	a4,0(a3)
80400eae:	3fe00793          	li	a5,1022
80400eb2:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80400eb4:	00e7e763          	bltu	a5,a4,80400ec2 <evtchn_bind_virq+0x34>
80400eb8:	4501                	li	a0,0
80400eba:	0141                	add	sp,sp,16
80400ebc:	8082                	ret
80400ebe:	872a                	mv	a4,a0
80400ec0:	b7f5                	j	80400eac <evtchn_bind_virq+0x1e>
80400ec2:	5529                	li	a0,-22
80400ec4:	bfdd                	j	80400eba <evtchn_bind_virq+0x2c>

80400ec6 <pv_block>:
80400ec6:	4505                	li	a0,1
80400ec8:	4581                	li	a1,0
80400eca:	48f5                	li	a7,29
80400ecc:	00000073          	ecall
80400ed0:	804057b7          	lui	a5,0x80405
80400ed4:	0c07a783          	lw	a5,192(a5) # 804050c0 <pv_shared_info>
80400ed8:	4705                	li	a4,1
80400eda:	00e780a3          	sb	a4,1(a5)
80400ede:	8082                	ret

80400ee0 <pvcons_init>:
80400ee0:	c10c                	sw	a1,0(a0)
80400ee2:	c150                	sw	a2,4(a0)
80400ee4:	c514                	sw	a3,8(a0)
80400ee6:	8082                	ret

80400ee8 <pvcons_put>:
80400ee8:	00052803          	lw	a6,0(a0)
80400eec:	6785                	lui	a5,0x1
80400eee:	00f80733          	add	a4,a6,a5
80400ef2:	c0872503          	lw	a0,-1016(a4)
80400ef6:	c0c72883          	lw	a7,-1012(a4)
80400efa:	0330000f          	fence	rw,rw
80400efe:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400f02:	953e                	add	a0,a0,a5
80400f04:	41150533          	sub	a0,a0,a7
80400f08:	02a7ee63          	bltu	a5,a0,80400f44 <pvcons_put+0x5c>
80400f0c:	04a66463          	bltu	a2,a0,80400f54 <pvcons_put+0x6c>
80400f10:	c11d                	beqz	a0,80400f36 <pvcons_put+0x4e>
80400f12:	872e                	mv	a4,a1
80400f14:	00a58633          	add	a2,a1,a0
80400f18:	40b885b3          	sub	a1,a7,a1
80400f1c:	00074683          	lbu	a3,0(a4)
80400f20:	00e587b3          	add	a5,a1,a4
80400f24:	7ff7f793          	and	a5,a5,2047
80400f28:	97c2                	add	a5,a5,a6
80400f2a:	40d78023          	sb	a3,1024(a5)
80400f2e:	0705                	add	a4,a4,1
80400f30:	fec716e3          	bne	a4,a2,80400f1c <pvcons_put+0x34>
80400f34:	98aa                	add	a7,a7,a0
80400f36:	0110000f          	fence	w,w
80400f3a:	6785                	lui	a5,0x1
80400f3c:	983e                	add	a6,a6,a5
80400f3e:	c1182623          	sw	a7,-1012(a6)
80400f42:	8082                	ret
80400f44:	4501                	li	a0,0
80400f46:	0110000f          	fence	w,w
80400f4a:	6785                	lui	a5,0x1
80400f4c:	983e                	add	a6,a6,a5
80400f4e:	c1182623          	sw	a7,-1012(a6)
80400f52:	8082                	ret
80400f54:	8532                	mv	a0,a2
80400f56:	fd55                	bnez	a0,80400f12 <pvcons_put+0x2a>
80400f58:	bff9                	j	80400f36 <pvcons_put+0x4e>

80400f5a <pvcons_write>:
80400f5a:	c621                	beqz	a2,80400fa2 <pvcons_write+0x48>
80400f5c:	1141                	add	sp,sp,-16
80400f5e:	c422                	sw	s0,8(sp)
80400f60:	c226                	sw	s1,4(sp)
80400f62:	c04a                	sw	s2,0(sp)
80400f64:	c606                	sw	ra,12(sp)
80400f66:	8432                	mv	s0,a2
80400f68:	892a                	mv	s2,a0
80400f6a:	84ae                	mv	s1,a1
80400f6c:	a021                	j	80400f74 <pvcons_write+0x1a>
80400f6e:	00892783          	lw	a5,8(s2)
80400f72:	9782                	jalr	a5
80400f74:	8622                	mv	a2,s0
80400f76:	85a6                	mv	a1,s1
80400f78:	854a                	mv	a0,s2
80400f7a:	00000097          	auipc	ra,0x0
80400f7e:	f6e080e7          	jalr	-146(ra) # 80400ee8 <pvcons_put>
80400f82:	87aa                	mv	a5,a0
80400f84:	00492503          	lw	a0,4(s2)
80400f88:	8c1d                	sub	s0,s0,a5
80400f8a:	94be                	add	s1,s1,a5
80400f8c:	00000097          	auipc	ra,0x0
80400f90:	eee080e7          	jalr	-274(ra) # 80400e7a <evtchn_send>
80400f94:	fc69                	bnez	s0,80400f6e <pvcons_write+0x14>
80400f96:	40b2                	lw	ra,12(sp)
80400f98:	4422                	lw	s0,8(sp)
80400f9a:	4492                	lw	s1,4(sp)
80400f9c:	4902                	lw	s2,0(sp)
80400f9e:	0141                	add	sp,sp,16
80400fa0:	8082                	ret
80400fa2:	8082                	ret

80400fa4 <pvcons_drain>:
80400fa4:	411c                	lw	a5,0(a0)
80400fa6:	1141                	add	sp,sp,-16
80400fa8:	c226                	sw	s1,4(sp)
80400faa:	6485                	lui	s1,0x1
80400fac:	97a6                	add	a5,a5,s1
80400fae:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80400fb2:	c087a783          	lw	a5,-1016(a5)
80400fb6:	c606                	sw	ra,12(sp)
80400fb8:	c422                	sw	s0,8(sp)
80400fba:	02f70363          	beq	a4,a5,80400fe0 <pvcons_drain+0x3c>
80400fbe:	842a                	mv	s0,a0
80400fc0:	4148                	lw	a0,4(a0)
80400fc2:	00000097          	auipc	ra,0x0
80400fc6:	eb8080e7          	jalr	-328(ra) # 80400e7a <evtchn_send>
80400fca:	a019                	j	80400fd0 <pvcons_drain+0x2c>
80400fcc:	441c                	lw	a5,8(s0)
80400fce:	9782                	jalr	a5
80400fd0:	401c                	lw	a5,0(s0)
80400fd2:	97a6                	add	a5,a5,s1
80400fd4:	c0c7a703          	lw	a4,-1012(a5)
80400fd8:	c087a783          	lw	a5,-1016(a5)
80400fdc:	fef718e3          	bne	a4,a5,80400fcc <pvcons_drain+0x28>
80400fe0:	40b2                	lw	ra,12(sp)
80400fe2:	4422                	lw	s0,8(sp)
80400fe4:	4492                	lw	s1,4(sp)
80400fe6:	0141                	add	sp,sp,16
80400fe8:	8082                	ret

80400fea <cons_event>:
80400fea:	8082                	ret

80400fec <uni_console_drain>:
80400fec:	804057b7          	lui	a5,0x80405
80400ff0:	0c47a783          	lw	a5,196(a5) # 804050c4 <ready>
80400ff4:	e391                	bnez	a5,80400ff8 <uni_console_drain+0xc>
80400ff6:	8082                	ret
80400ff8:	806cb537          	lui	a0,0x806cb
80400ffc:	7a450513          	add	a0,a0,1956 # 806cb7a4 <cons>
80401000:	00000317          	auipc	t1,0x0
80401004:	fa430067          	jr	-92(t1) # 80400fa4 <pvcons_drain>

80401008 <uni_console_write>:
80401008:	804057b7          	lui	a5,0x80405
8040100c:	0c47a703          	lw	a4,196(a5) # 804050c4 <ready>
80401010:	862e                	mv	a2,a1
80401012:	cb11                	beqz	a4,80401026 <uni_console_write+0x1e>
80401014:	85aa                	mv	a1,a0
80401016:	806cb537          	lui	a0,0x806cb
8040101a:	7a450513          	add	a0,a0,1956 # 806cb7a4 <cons>
8040101e:	00000317          	auipc	t1,0x0
80401022:	f3c30067          	jr	-196(t1) # 80400f5a <pvcons_write>
80401026:	00000317          	auipc	t1,0x0
8040102a:	97430067          	jr	-1676(t1) # 8040099a <uni_early_write>

8040102e <timer_event>:
8040102e:	8082                	ret

80401030 <write>:
80401030:	1141                	add	sp,sp,-16
80401032:	c606                	sw	ra,12(sp)
80401034:	c422                	sw	s0,8(sp)
80401036:	47bd                	li	a5,15
80401038:	00a7eb63          	bltu	a5,a0,8040104e <write+0x1e>
8040103c:	80405737          	lui	a4,0x80405
80401040:	00070713          	mv	a4,a4
80401044:	00351793          	sll	a5,a0,0x3
80401048:	97ba                	add	a5,a5,a4
8040104a:	4398                	lw	a4,0(a5)
8040104c:	ef11                	bnez	a4,80401068 <write+0x38>
8040104e:	4725                	li	a4,9
80401050:	000007b7          	lui	a5,0x0
80401054:	004787b3          	add	a5,a5,tp
80401058:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040105c:	547d                	li	s0,-1
8040105e:	40b2                	lw	ra,12(sp)
80401060:	8522                	mv	a0,s0
80401062:	4422                	lw	s0,8(sp)
80401064:	0141                	add	sp,sp,16
80401066:	8082                	ret
80401068:	8432                	mv	s0,a2
8040106a:	04064663          	bltz	a2,804010b6 <write+0x86>
8040106e:	4505                	li	a0,1
80401070:	02a70b63          	beq	a4,a0,804010a6 <write+0x76>
80401074:	80405737          	lui	a4,0x80405
80401078:	0ec72703          	lw	a4,236(a4) # 804050ec <fs>
8040107c:	43c8                	lw	a0,4(a5)
8040107e:	475c                	lw	a5,12(a4)
80401080:	9782                	jalr	a5
80401082:	842a                	mv	s0,a0
80401084:	fc055de3          	bgez	a0,8040105e <write+0x2e>
80401088:	fff54413          	not	s0,a0
8040108c:	02500793          	li	a5,37
80401090:	4715                	li	a4,5
80401092:	fa87efe3          	bltu	a5,s0,80401050 <write+0x20>
80401096:	804047b7          	lui	a5,0x80404
8040109a:	47078793          	add	a5,a5,1136 # 80404470 <CSWTCH.34>
8040109e:	97a2                	add	a5,a5,s0
804010a0:	00078703          	lb	a4,0(a5)
804010a4:	b775                	j	80401050 <write+0x20>
804010a6:	86ae                	mv	a3,a1
804010a8:	8536                	mv	a0,a3
804010aa:	85b2                	mv	a1,a2
804010ac:	00000097          	auipc	ra,0x0
804010b0:	f5c080e7          	jalr	-164(ra) # 80401008 <uni_console_write>
804010b4:	b76d                	j	8040105e <write+0x2e>
804010b6:	4759                	li	a4,22
804010b8:	bf61                	j	80401050 <write+0x20>

804010ba <uni_main>:
804010ba:	1141                	add	sp,sp,-16
804010bc:	c606                	sw	ra,12(sp)
804010be:	c422                	sw	s0,8(sp)
804010c0:	806cb837          	lui	a6,0x806cb
804010c4:	00054603          	lbu	a2,0(a0)
804010c8:	872a                	mv	a4,a0
804010ca:	02000693          	li	a3,32
804010ce:	4501                	li	a0,0
804010d0:	45a5                	li	a1,9
804010d2:	7b080813          	add	a6,a6,1968 # 806cb7b0 <argv.1>
804010d6:	02d60b63          	beq	a2,a3,8040110c <uni_main+0x52>
804010da:	02b60963          	beq	a2,a1,8040110c <uni_main+0x52>
804010de:	c231                	beqz	a2,80401122 <uni_main+0x68>
804010e0:	06d50a63          	beq	a0,a3,80401154 <uni_main+0x9a>
804010e4:	00251793          	sll	a5,a0,0x2
804010e8:	97c2                	add	a5,a5,a6
804010ea:	c398                	sw	a4,0(a5)
804010ec:	00074603          	lbu	a2,0(a4)
804010f0:	0505                	add	a0,a0,1
804010f2:	87b2                	mv	a5,a2
804010f4:	d26d                	beqz	a2,804010d6 <uni_main+0x1c>
804010f6:	02d78363          	beq	a5,a3,8040111c <uni_main+0x62>
804010fa:	02b78163          	beq	a5,a1,8040111c <uni_main+0x62>
804010fe:	00174783          	lbu	a5,1(a4)
80401102:	0705                	add	a4,a4,1
80401104:	fbed                	bnez	a5,804010f6 <uni_main+0x3c>
80401106:	4601                	li	a2,0
80401108:	fcd619e3          	bne	a2,a3,804010da <uni_main+0x20>
8040110c:	00170793          	add	a5,a4,1
80401110:	00174603          	lbu	a2,1(a4)
80401114:	00070023          	sb	zero,0(a4)
80401118:	873e                	mv	a4,a5
8040111a:	bf75                	j	804010d6 <uni_main+0x1c>
8040111c:	00074603          	lbu	a2,0(a4)
80401120:	bf5d                	j	804010d6 <uni_main+0x1c>
80401122:	806cb5b7          	lui	a1,0x806cb
80401126:	7b058713          	add	a4,a1,1968 # 806cb7b0 <argv.1>
8040112a:	00251793          	sll	a5,a0,0x2
8040112e:	97ba                	add	a5,a5,a4
80401130:	7b058593          	add	a1,a1,1968
80401134:	0007a023          	sw	zero,0(a5)
80401138:	fffff097          	auipc	ra,0xfffff
8040113c:	f68080e7          	jalr	-152(ra) # 804000a0 <main>
80401140:	842a                	mv	s0,a0
80401142:	00000097          	auipc	ra,0x0
80401146:	0f0080e7          	jalr	240(ra) # 80401232 <ulib_flush_stdout>
8040114a:	40b2                	lw	ra,12(sp)
8040114c:	8522                	mv	a0,s0
8040114e:	4422                	lw	s0,8(sp)
80401150:	0141                	add	sp,sp,16
80401152:	8082                	ret
80401154:	80404537          	lui	a0,0x80404
80401158:	49850513          	add	a0,a0,1176 # 80404498 <msg.0>
8040115c:	45e1                	li	a1,24
8040115e:	00000097          	auipc	ra,0x0
80401162:	eaa080e7          	jalr	-342(ra) # 80401008 <uni_console_write>
80401166:	4409                	li	s0,2
80401168:	40b2                	lw	ra,12(sp)
8040116a:	8522                	mv	a0,s0
8040116c:	4422                	lw	s0,8(sp)
8040116e:	0141                	add	sp,sp,16
80401170:	8082                	ret

80401172 <stdout_flush>:
80401172:	1141                	add	sp,sp,-16
80401174:	c04a                	sw	s2,0(sp)
80401176:	80405937          	lui	s2,0x80405
8040117a:	c422                	sw	s0,8(sp)
8040117c:	0f092403          	lw	s0,240(s2) # 804050f0 <out_len>
80401180:	c606                	sw	ra,12(sp)
80401182:	c226                	sw	s1,4(sp)
80401184:	c015                	beqz	s0,804011a8 <stdout_flush+0x36>
80401186:	806cc4b7          	lui	s1,0x806cc
8040118a:	83448493          	add	s1,s1,-1996 # 806cb834 <out_buf>
8040118e:	a019                	j	80401194 <stdout_flush+0x22>
80401190:	94aa                	add	s1,s1,a0
80401192:	c819                	beqz	s0,804011a8 <stdout_flush+0x36>
80401194:	8622                	mv	a2,s0
80401196:	85a6                	mv	a1,s1
80401198:	4505                	li	a0,1
8040119a:	00000097          	auipc	ra,0x0
8040119e:	e96080e7          	jalr	-362(ra) # 80401030 <write>
804011a2:	8c09                	sub	s0,s0,a0
804011a4:	fea046e3          	bgtz	a0,80401190 <stdout_flush+0x1e>
804011a8:	40b2                	lw	ra,12(sp)
804011aa:	4422                	lw	s0,8(sp)
804011ac:	0e092823          	sw	zero,240(s2)
804011b0:	4492                	lw	s1,4(sp)
804011b2:	4902                	lw	s2,0(sp)
804011b4:	4501                	li	a0,0
804011b6:	0141                	add	sp,sp,16
804011b8:	8082                	ret

804011ba <stdout_put>:
804011ba:	1101                	add	sp,sp,-32
804011bc:	c64e                	sw	s3,12(sp)
804011be:	804059b7          	lui	s3,0x80405
804011c2:	0f09a783          	lw	a5,240(s3) # 804050f0 <out_len>
804011c6:	ca26                	sw	s1,20(sp)
804011c8:	806cc4b7          	lui	s1,0x806cc
804011cc:	83448493          	add	s1,s1,-1996 # 806cb834 <out_buf>
804011d0:	cc22                	sw	s0,24(sp)
804011d2:	c84a                	sw	s2,16(sp)
804011d4:	00178413          	add	s0,a5,1
804011d8:	ce06                	sw	ra,28(sp)
804011da:	97a6                	add	a5,a5,s1
804011dc:	00a78023          	sb	a0,0(a5)
804011e0:	0e89a823          	sw	s0,240(s3)
804011e4:	47a9                	li	a5,10
804011e6:	892a                	mv	s2,a0
804011e8:	00f50e63          	beq	a0,a5,80401204 <stdout_put+0x4a>
804011ec:	20000793          	li	a5,512
804011f0:	00f40b63          	beq	s0,a5,80401206 <stdout_put+0x4c>
804011f4:	40f2                	lw	ra,28(sp)
804011f6:	4462                	lw	s0,24(sp)
804011f8:	44d2                	lw	s1,20(sp)
804011fa:	49b2                	lw	s3,12(sp)
804011fc:	854a                	mv	a0,s2
804011fe:	4942                	lw	s2,16(sp)
80401200:	6105                	add	sp,sp,32
80401202:	8082                	ret
80401204:	cc09                	beqz	s0,8040121e <stdout_put+0x64>
80401206:	8622                	mv	a2,s0
80401208:	85a6                	mv	a1,s1
8040120a:	4505                	li	a0,1
8040120c:	00000097          	auipc	ra,0x0
80401210:	e24080e7          	jalr	-476(ra) # 80401030 <write>
80401214:	8c09                	sub	s0,s0,a0
80401216:	00a05463          	blez	a0,8040121e <stdout_put+0x64>
8040121a:	94aa                	add	s1,s1,a0
8040121c:	f46d                	bnez	s0,80401206 <stdout_put+0x4c>
8040121e:	40f2                	lw	ra,28(sp)
80401220:	4462                	lw	s0,24(sp)
80401222:	0e09a823          	sw	zero,240(s3)
80401226:	44d2                	lw	s1,20(sp)
80401228:	49b2                	lw	s3,12(sp)
8040122a:	854a                	mv	a0,s2
8040122c:	4942                	lw	s2,16(sp)
8040122e:	6105                	add	sp,sp,32
80401230:	8082                	ret

80401232 <ulib_flush_stdout>:
80401232:	1141                	add	sp,sp,-16
80401234:	c04a                	sw	s2,0(sp)
80401236:	80405937          	lui	s2,0x80405
8040123a:	c422                	sw	s0,8(sp)
8040123c:	0f092403          	lw	s0,240(s2) # 804050f0 <out_len>
80401240:	c606                	sw	ra,12(sp)
80401242:	c226                	sw	s1,4(sp)
80401244:	c015                	beqz	s0,80401268 <ulib_flush_stdout+0x36>
80401246:	806cc4b7          	lui	s1,0x806cc
8040124a:	83448493          	add	s1,s1,-1996 # 806cb834 <out_buf>
8040124e:	a019                	j	80401254 <ulib_flush_stdout+0x22>
80401250:	94aa                	add	s1,s1,a0
80401252:	c819                	beqz	s0,80401268 <ulib_flush_stdout+0x36>
80401254:	8622                	mv	a2,s0
80401256:	85a6                	mv	a1,s1
80401258:	4505                	li	a0,1
8040125a:	00000097          	auipc	ra,0x0
8040125e:	dd6080e7          	jalr	-554(ra) # 80401030 <write>
80401262:	8c09                	sub	s0,s0,a0
80401264:	fea046e3          	bgtz	a0,80401250 <ulib_flush_stdout+0x1e>
80401268:	40b2                	lw	ra,12(sp)
8040126a:	4422                	lw	s0,8(sp)
8040126c:	0e092823          	sw	zero,240(s2)
80401270:	4492                	lw	s1,4(sp)
80401272:	4902                	lw	s2,0(sp)
80401274:	0141                	add	sp,sp,16
80401276:	8082                	ret

80401278 <__lshrdi3>:
80401278:	ca19                	beqz	a2,8040128e <__lshrdi3+0x16>
8040127a:	02000793          	li	a5,32
8040127e:	8f91                	sub	a5,a5,a2
80401280:	00f04863          	bgtz	a5,80401290 <__lshrdi3+0x18>
80401284:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
80401286:	00c5d533          	srl	a0,a1,a2
8040128a:	4701                	li	a4,0
8040128c:	85ba                	mv	a1,a4
8040128e:	8082                	ret
80401290:	00c5d733          	srl	a4,a1,a2
80401294:	00c55533          	srl	a0,a0,a2
80401298:	00f595b3          	sll	a1,a1,a5
8040129c:	8d4d                	or	a0,a0,a1
8040129e:	b7fd                	j	8040128c <__lshrdi3+0x14>

804012a0 <__ashldi3>:
804012a0:	ca19                	beqz	a2,804012b6 <__ashldi3+0x16>
804012a2:	02000793          	li	a5,32
804012a6:	8f91                	sub	a5,a5,a2
804012a8:	00f04863          	bgtz	a5,804012b8 <__ashldi3+0x18>
804012ac:	1601                	add	a2,a2,-32
804012ae:	00c515b3          	sll	a1,a0,a2
804012b2:	4701                	li	a4,0
804012b4:	853a                	mv	a0,a4
804012b6:	8082                	ret
804012b8:	00c51733          	sll	a4,a0,a2
804012bc:	00c595b3          	sll	a1,a1,a2
804012c0:	00f55533          	srl	a0,a0,a5
804012c4:	8dc9                	or	a1,a1,a0
804012c6:	b7fd                	j	804012b4 <__ashldi3+0x14>

804012c8 <__ashrdi3>:
804012c8:	ce01                	beqz	a2,804012e0 <__ashrdi3+0x18>
804012ca:	02000793          	li	a5,32
804012ce:	8f91                	sub	a5,a5,a2
804012d0:	00f04963          	bgtz	a5,804012e2 <__ashrdi3+0x1a>
804012d4:	1601                	add	a2,a2,-32
804012d6:	41f5d713          	sra	a4,a1,0x1f
804012da:	40c5d533          	sra	a0,a1,a2
804012de:	85ba                	mv	a1,a4
804012e0:	8082                	ret
804012e2:	40c5d733          	sra	a4,a1,a2
804012e6:	00c55533          	srl	a0,a0,a2
804012ea:	00f595b3          	sll	a1,a1,a5
804012ee:	8d4d                	or	a0,a0,a1
804012f0:	b7fd                	j	804012de <__ashrdi3+0x16>

804012f2 <__ctzsi2>:
804012f2:	40a007b3          	neg	a5,a0
804012f6:	8d7d                	and	a0,a0,a5
804012f8:	67c1                	lui	a5,0x10
804012fa:	02f57363          	bgeu	a0,a5,80401320 <__ctzsi2+0x2e>
804012fe:	10053793          	sltiu	a5,a0,256
80401302:	0017c793          	xor	a5,a5,1
80401306:	078e                	sll	a5,a5,0x3
80401308:	00f55533          	srl	a0,a0,a5
8040130c:	00003717          	auipc	a4,0x3
80401310:	57870713          	add	a4,a4,1400 # 80404884 <__clz_tab>
80401314:	972a                	add	a4,a4,a0
80401316:	00074503          	lbu	a0,0(a4)
8040131a:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040131c:	953e                	add	a0,a0,a5
8040131e:	8082                	ret
80401320:	01000737          	lui	a4,0x1000
80401324:	47c1                	li	a5,16
80401326:	fee561e3          	bltu	a0,a4,80401308 <__ctzsi2+0x16>
8040132a:	47e1                	li	a5,24
8040132c:	bff1                	j	80401308 <__ctzsi2+0x16>

8040132e <__udivdi3>:
8040132e:	88aa                	mv	a7,a0
80401330:	832e                	mv	t1,a1
80401332:	8732                	mv	a4,a2
80401334:	882a                	mv	a6,a0
80401336:	87ae                	mv	a5,a1
80401338:	20069663          	bnez	a3,80401544 <__udivdi3+0x216>
8040133c:	00003597          	auipc	a1,0x3
80401340:	54858593          	add	a1,a1,1352 # 80404884 <__clz_tab>
80401344:	0cc37163          	bgeu	t1,a2,80401406 <__udivdi3+0xd8>
80401348:	66c1                	lui	a3,0x10
8040134a:	0ad67763          	bgeu	a2,a3,804013f8 <__udivdi3+0xca>
8040134e:	10063693          	sltiu	a3,a2,256
80401352:	0016c693          	xor	a3,a3,1
80401356:	068e                	sll	a3,a3,0x3
80401358:	00d65533          	srl	a0,a2,a3
8040135c:	95aa                	add	a1,a1,a0
8040135e:	0005c583          	lbu	a1,0(a1)
80401362:	02000513          	li	a0,32
80401366:	96ae                	add	a3,a3,a1
80401368:	40d505b3          	sub	a1,a0,a3
8040136c:	00d50b63          	beq	a0,a3,80401382 <__udivdi3+0x54>
80401370:	00b317b3          	sll	a5,t1,a1
80401374:	00d8d6b3          	srl	a3,a7,a3
80401378:	00b61733          	sll	a4,a2,a1
8040137c:	8fd5                	or	a5,a5,a3
8040137e:	00b89833          	sll	a6,a7,a1
80401382:	01075593          	srl	a1,a4,0x10
80401386:	02b7d333          	divu	t1,a5,a1
8040138a:	01071613          	sll	a2,a4,0x10
8040138e:	8241                	srl	a2,a2,0x10
80401390:	02b7f7b3          	remu	a5,a5,a1
80401394:	851a                	mv	a0,t1
80401396:	026608b3          	mul	a7,a2,t1
8040139a:	01079693          	sll	a3,a5,0x10
8040139e:	01085793          	srl	a5,a6,0x10
804013a2:	8fd5                	or	a5,a5,a3
804013a4:	0117fc63          	bgeu	a5,a7,804013bc <__udivdi3+0x8e>
804013a8:	97ba                	add	a5,a5,a4
804013aa:	fff30513          	add	a0,t1,-1
804013ae:	00e7e763          	bltu	a5,a4,804013bc <__udivdi3+0x8e>
804013b2:	0117f563          	bgeu	a5,a7,804013bc <__udivdi3+0x8e>
804013b6:	ffe30513          	add	a0,t1,-2
804013ba:	97ba                	add	a5,a5,a4
804013bc:	411787b3          	sub	a5,a5,a7
804013c0:	02b7d8b3          	divu	a7,a5,a1
804013c4:	0842                	sll	a6,a6,0x10
804013c6:	01085813          	srl	a6,a6,0x10
804013ca:	02b7f7b3          	remu	a5,a5,a1
804013ce:	031606b3          	mul	a3,a2,a7
804013d2:	07c2                	sll	a5,a5,0x10
804013d4:	00f86833          	or	a6,a6,a5
804013d8:	87c6                	mv	a5,a7
804013da:	00d87b63          	bgeu	a6,a3,804013f0 <__udivdi3+0xc2>
804013de:	983a                	add	a6,a6,a4
804013e0:	fff88793          	add	a5,a7,-1
804013e4:	00e86663          	bltu	a6,a4,804013f0 <__udivdi3+0xc2>
804013e8:	00d87463          	bgeu	a6,a3,804013f0 <__udivdi3+0xc2>
804013ec:	ffe88793          	add	a5,a7,-2
804013f0:	0542                	sll	a0,a0,0x10
804013f2:	8d5d                	or	a0,a0,a5
804013f4:	4581                	li	a1,0
804013f6:	8082                	ret
804013f8:	01000537          	lui	a0,0x1000
804013fc:	46c1                	li	a3,16
804013fe:	f4a66de3          	bltu	a2,a0,80401358 <__udivdi3+0x2a>
80401402:	46e1                	li	a3,24
80401404:	bf91                	j	80401358 <__udivdi3+0x2a>
80401406:	4681                	li	a3,0
80401408:	ca09                	beqz	a2,8040141a <__udivdi3+0xec>
8040140a:	67c1                	lui	a5,0x10
8040140c:	08f67f63          	bgeu	a2,a5,804014aa <__udivdi3+0x17c>
80401410:	10063693          	sltiu	a3,a2,256
80401414:	0016c693          	xor	a3,a3,1
80401418:	068e                	sll	a3,a3,0x3
8040141a:	00d657b3          	srl	a5,a2,a3
8040141e:	95be                	add	a1,a1,a5
80401420:	0005c783          	lbu	a5,0(a1)
80401424:	97b6                	add	a5,a5,a3
80401426:	02000693          	li	a3,32
8040142a:	40f685b3          	sub	a1,a3,a5
8040142e:	08f69563          	bne	a3,a5,804014b8 <__udivdi3+0x18a>
80401432:	40c307b3          	sub	a5,t1,a2
80401436:	4585                	li	a1,1
80401438:	01075893          	srl	a7,a4,0x10
8040143c:	0317de33          	divu	t3,a5,a7
80401440:	01071613          	sll	a2,a4,0x10
80401444:	8241                	srl	a2,a2,0x10
80401446:	01085693          	srl	a3,a6,0x10
8040144a:	0317f7b3          	remu	a5,a5,a7
8040144e:	8572                	mv	a0,t3
80401450:	03c60333          	mul	t1,a2,t3
80401454:	07c2                	sll	a5,a5,0x10
80401456:	8fd5                	or	a5,a5,a3
80401458:	0067fc63          	bgeu	a5,t1,80401470 <__udivdi3+0x142>
8040145c:	97ba                	add	a5,a5,a4
8040145e:	fffe0513          	add	a0,t3,-1 # ffff <errno+0xffff>
80401462:	00e7e763          	bltu	a5,a4,80401470 <__udivdi3+0x142>
80401466:	0067f563          	bgeu	a5,t1,80401470 <__udivdi3+0x142>
8040146a:	ffee0513          	add	a0,t3,-2
8040146e:	97ba                	add	a5,a5,a4
80401470:	406787b3          	sub	a5,a5,t1
80401474:	0317d333          	divu	t1,a5,a7
80401478:	0842                	sll	a6,a6,0x10
8040147a:	01085813          	srl	a6,a6,0x10
8040147e:	0317f7b3          	remu	a5,a5,a7
80401482:	026606b3          	mul	a3,a2,t1
80401486:	07c2                	sll	a5,a5,0x10
80401488:	00f86833          	or	a6,a6,a5
8040148c:	879a                	mv	a5,t1
8040148e:	00d87b63          	bgeu	a6,a3,804014a4 <__udivdi3+0x176>
80401492:	983a                	add	a6,a6,a4
80401494:	fff30793          	add	a5,t1,-1
80401498:	00e86663          	bltu	a6,a4,804014a4 <__udivdi3+0x176>
8040149c:	00d87463          	bgeu	a6,a3,804014a4 <__udivdi3+0x176>
804014a0:	ffe30793          	add	a5,t1,-2
804014a4:	0542                	sll	a0,a0,0x10
804014a6:	8d5d                	or	a0,a0,a5
804014a8:	8082                	ret
804014aa:	010007b7          	lui	a5,0x1000
804014ae:	46c1                	li	a3,16
804014b0:	f6f665e3          	bltu	a2,a5,8040141a <__udivdi3+0xec>
804014b4:	46e1                	li	a3,24
804014b6:	b795                	j	8040141a <__udivdi3+0xec>
804014b8:	00b61733          	sll	a4,a2,a1
804014bc:	00f356b3          	srl	a3,t1,a5
804014c0:	01075513          	srl	a0,a4,0x10
804014c4:	00b31333          	sll	t1,t1,a1
804014c8:	00f8d7b3          	srl	a5,a7,a5
804014cc:	0067e7b3          	or	a5,a5,t1
804014d0:	02a6d333          	divu	t1,a3,a0
804014d4:	01071613          	sll	a2,a4,0x10
804014d8:	8241                	srl	a2,a2,0x10
804014da:	00b89833          	sll	a6,a7,a1
804014de:	02a6f6b3          	remu	a3,a3,a0
804014e2:	026608b3          	mul	a7,a2,t1
804014e6:	01069593          	sll	a1,a3,0x10
804014ea:	0107d693          	srl	a3,a5,0x10
804014ee:	8ecd                	or	a3,a3,a1
804014f0:	859a                	mv	a1,t1
804014f2:	0116fc63          	bgeu	a3,a7,8040150a <__udivdi3+0x1dc>
804014f6:	96ba                	add	a3,a3,a4
804014f8:	fff30593          	add	a1,t1,-1
804014fc:	00e6e763          	bltu	a3,a4,8040150a <__udivdi3+0x1dc>
80401500:	0116f563          	bgeu	a3,a7,8040150a <__udivdi3+0x1dc>
80401504:	ffe30593          	add	a1,t1,-2
80401508:	96ba                	add	a3,a3,a4
8040150a:	411686b3          	sub	a3,a3,a7
8040150e:	02a6d8b3          	divu	a7,a3,a0
80401512:	07c2                	sll	a5,a5,0x10
80401514:	83c1                	srl	a5,a5,0x10
80401516:	02a6f6b3          	remu	a3,a3,a0
8040151a:	03160633          	mul	a2,a2,a7
8040151e:	06c2                	sll	a3,a3,0x10
80401520:	8fd5                	or	a5,a5,a3
80401522:	86c6                	mv	a3,a7
80401524:	00c7fc63          	bgeu	a5,a2,8040153c <__udivdi3+0x20e>
80401528:	97ba                	add	a5,a5,a4
8040152a:	fff88693          	add	a3,a7,-1
8040152e:	00e7e763          	bltu	a5,a4,8040153c <__udivdi3+0x20e>
80401532:	00c7f563          	bgeu	a5,a2,8040153c <__udivdi3+0x20e>
80401536:	ffe88693          	add	a3,a7,-2
8040153a:	97ba                	add	a5,a5,a4
8040153c:	05c2                	sll	a1,a1,0x10
8040153e:	8f91                	sub	a5,a5,a2
80401540:	8dd5                	or	a1,a1,a3
80401542:	bddd                	j	80401438 <__udivdi3+0x10a>
80401544:	14d5e163          	bltu	a1,a3,80401686 <__udivdi3+0x358>
80401548:	67c1                	lui	a5,0x10
8040154a:	02f6ff63          	bgeu	a3,a5,80401588 <__udivdi3+0x25a>
8040154e:	1006b713          	sltiu	a4,a3,256
80401552:	00174713          	xor	a4,a4,1
80401556:	070e                	sll	a4,a4,0x3
80401558:	00e6d5b3          	srl	a1,a3,a4
8040155c:	00003797          	auipc	a5,0x3
80401560:	32878793          	add	a5,a5,808 # 80404884 <__clz_tab>
80401564:	97ae                	add	a5,a5,a1
80401566:	0007c783          	lbu	a5,0(a5)
8040156a:	97ba                	add	a5,a5,a4
8040156c:	02000713          	li	a4,32
80401570:	40f705b3          	sub	a1,a4,a5
80401574:	02f71163          	bne	a4,a5,80401596 <__udivdi3+0x268>
80401578:	4505                	li	a0,1
8040157a:	e666eee3          	bltu	a3,t1,804013f6 <__udivdi3+0xc8>
8040157e:	00c8b533          	sltu	a0,a7,a2
80401582:	00154513          	xor	a0,a0,1
80401586:	8082                	ret
80401588:	010007b7          	lui	a5,0x1000
8040158c:	4741                	li	a4,16
8040158e:	fcf6e5e3          	bltu	a3,a5,80401558 <__udivdi3+0x22a>
80401592:	4761                	li	a4,24
80401594:	b7d1                	j	80401558 <__udivdi3+0x22a>
80401596:	00f65733          	srl	a4,a2,a5
8040159a:	00b696b3          	sll	a3,a3,a1
8040159e:	8ed9                	or	a3,a3,a4
804015a0:	00f35733          	srl	a4,t1,a5
804015a4:	00b31333          	sll	t1,t1,a1
804015a8:	00f8d7b3          	srl	a5,a7,a5
804015ac:	0067e7b3          	or	a5,a5,t1
804015b0:	0106d313          	srl	t1,a3,0x10
804015b4:	02675eb3          	divu	t4,a4,t1
804015b8:	01069813          	sll	a6,a3,0x10
804015bc:	01085813          	srl	a6,a6,0x10
804015c0:	00b61633          	sll	a2,a2,a1
804015c4:	02677733          	remu	a4,a4,t1
804015c8:	03d80e33          	mul	t3,a6,t4
804015cc:	01071513          	sll	a0,a4,0x10
804015d0:	0107d713          	srl	a4,a5,0x10
804015d4:	8f49                	or	a4,a4,a0
804015d6:	8576                	mv	a0,t4
804015d8:	01c77c63          	bgeu	a4,t3,804015f0 <__udivdi3+0x2c2>
804015dc:	9736                	add	a4,a4,a3
804015de:	fffe8513          	add	a0,t4,-1
804015e2:	00d76763          	bltu	a4,a3,804015f0 <__udivdi3+0x2c2>
804015e6:	01c77563          	bgeu	a4,t3,804015f0 <__udivdi3+0x2c2>
804015ea:	ffee8513          	add	a0,t4,-2
804015ee:	9736                	add	a4,a4,a3
804015f0:	41c70733          	sub	a4,a4,t3
804015f4:	02675e33          	divu	t3,a4,t1
804015f8:	07c2                	sll	a5,a5,0x10
804015fa:	83c1                	srl	a5,a5,0x10
804015fc:	02677733          	remu	a4,a4,t1
80401600:	03c80833          	mul	a6,a6,t3
80401604:	0742                	sll	a4,a4,0x10
80401606:	8fd9                	or	a5,a5,a4
80401608:	8772                	mv	a4,t3
8040160a:	0107fc63          	bgeu	a5,a6,80401622 <__udivdi3+0x2f4>
8040160e:	97b6                	add	a5,a5,a3
80401610:	fffe0713          	add	a4,t3,-1
80401614:	00d7e763          	bltu	a5,a3,80401622 <__udivdi3+0x2f4>
80401618:	0107f563          	bgeu	a5,a6,80401622 <__udivdi3+0x2f4>
8040161c:	ffee0713          	add	a4,t3,-2
80401620:	97b6                	add	a5,a5,a3
80401622:	0542                	sll	a0,a0,0x10
80401624:	6e41                	lui	t3,0x10
80401626:	8d59                	or	a0,a0,a4
80401628:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
8040162c:	00d57733          	and	a4,a0,a3
80401630:	410787b3          	sub	a5,a5,a6
80401634:	8ef1                	and	a3,a3,a2
80401636:	01055813          	srl	a6,a0,0x10
8040163a:	8241                	srl	a2,a2,0x10
8040163c:	02d70333          	mul	t1,a4,a3
80401640:	02d806b3          	mul	a3,a6,a3
80401644:	02c70733          	mul	a4,a4,a2
80401648:	02c80833          	mul	a6,a6,a2
8040164c:	00d70633          	add	a2,a4,a3
80401650:	01035713          	srl	a4,t1,0x10
80401654:	9732                	add	a4,a4,a2
80401656:	00d77363          	bgeu	a4,a3,8040165c <__udivdi3+0x32e>
8040165a:	9872                	add	a6,a6,t3
8040165c:	01075693          	srl	a3,a4,0x10
80401660:	96c2                	add	a3,a3,a6
80401662:	02d7e063          	bltu	a5,a3,80401682 <__udivdi3+0x354>
80401666:	d8d797e3          	bne	a5,a3,804013f4 <__udivdi3+0xc6>
8040166a:	67c1                	lui	a5,0x10
8040166c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040166e:	8f7d                	and	a4,a4,a5
80401670:	0742                	sll	a4,a4,0x10
80401672:	00f37333          	and	t1,t1,a5
80401676:	00b898b3          	sll	a7,a7,a1
8040167a:	971a                	add	a4,a4,t1
8040167c:	4581                	li	a1,0
8040167e:	d6e8fce3          	bgeu	a7,a4,804013f6 <__udivdi3+0xc8>
80401682:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80401684:	bb85                	j	804013f4 <__udivdi3+0xc6>
80401686:	4581                	li	a1,0
80401688:	4501                	li	a0,0
8040168a:	8082                	ret

8040168c <__umoddi3>:
8040168c:	8832                	mv	a6,a2
8040168e:	87aa                	mv	a5,a0
80401690:	872e                	mv	a4,a1
80401692:	1a069363          	bnez	a3,80401838 <__umoddi3+0x1ac>
80401696:	00003897          	auipc	a7,0x3
8040169a:	1ee88893          	add	a7,a7,494 # 80404884 <__clz_tab>
8040169e:	0ac5f663          	bgeu	a1,a2,8040174a <__umoddi3+0xbe>
804016a2:	66c1                	lui	a3,0x10
804016a4:	08d67c63          	bgeu	a2,a3,8040173c <__umoddi3+0xb0>
804016a8:	10063693          	sltiu	a3,a2,256
804016ac:	0016c693          	xor	a3,a3,1
804016b0:	068e                	sll	a3,a3,0x3
804016b2:	00d65333          	srl	t1,a2,a3
804016b6:	989a                	add	a7,a7,t1
804016b8:	0008c883          	lbu	a7,0(a7)
804016bc:	02000313          	li	t1,32
804016c0:	96c6                	add	a3,a3,a7
804016c2:	40d308b3          	sub	a7,t1,a3
804016c6:	00d30b63          	beq	t1,a3,804016dc <__umoddi3+0x50>
804016ca:	01159733          	sll	a4,a1,a7
804016ce:	00d556b3          	srl	a3,a0,a3
804016d2:	01161833          	sll	a6,a2,a7
804016d6:	8f55                	or	a4,a4,a3
804016d8:	011517b3          	sll	a5,a0,a7
804016dc:	01085613          	srl	a2,a6,0x10
804016e0:	02c756b3          	divu	a3,a4,a2
804016e4:	01081513          	sll	a0,a6,0x10
804016e8:	8141                	srl	a0,a0,0x10
804016ea:	02c77733          	remu	a4,a4,a2
804016ee:	02a686b3          	mul	a3,a3,a0
804016f2:	01071593          	sll	a1,a4,0x10
804016f6:	0107d713          	srl	a4,a5,0x10
804016fa:	8f4d                	or	a4,a4,a1
804016fc:	00d77863          	bgeu	a4,a3,8040170c <__umoddi3+0x80>
80401700:	9742                	add	a4,a4,a6
80401702:	01076563          	bltu	a4,a6,8040170c <__umoddi3+0x80>
80401706:	00d77363          	bgeu	a4,a3,8040170c <__umoddi3+0x80>
8040170a:	9742                	add	a4,a4,a6
8040170c:	8f15                	sub	a4,a4,a3
8040170e:	02c756b3          	divu	a3,a4,a2
80401712:	02c77733          	remu	a4,a4,a2
80401716:	02a686b3          	mul	a3,a3,a0
8040171a:	07c2                	sll	a5,a5,0x10
8040171c:	0742                	sll	a4,a4,0x10
8040171e:	83c1                	srl	a5,a5,0x10
80401720:	8fd9                	or	a5,a5,a4
80401722:	00d7f863          	bgeu	a5,a3,80401732 <__umoddi3+0xa6>
80401726:	97c2                	add	a5,a5,a6
80401728:	0107e563          	bltu	a5,a6,80401732 <__umoddi3+0xa6>
8040172c:	00d7f363          	bgeu	a5,a3,80401732 <__umoddi3+0xa6>
80401730:	97c2                	add	a5,a5,a6
80401732:	8f95                	sub	a5,a5,a3
80401734:	0117d533          	srl	a0,a5,a7
80401738:	4581                	li	a1,0
8040173a:	8082                	ret
8040173c:	01000337          	lui	t1,0x1000
80401740:	46c1                	li	a3,16
80401742:	f66668e3          	bltu	a2,t1,804016b2 <__umoddi3+0x26>
80401746:	46e1                	li	a3,24
80401748:	b7ad                	j	804016b2 <__umoddi3+0x26>
8040174a:	4681                	li	a3,0
8040174c:	ca09                	beqz	a2,8040175e <__umoddi3+0xd2>
8040174e:	6741                	lui	a4,0x10
80401750:	06e67463          	bgeu	a2,a4,804017b8 <__umoddi3+0x12c>
80401754:	10063693          	sltiu	a3,a2,256
80401758:	0016c693          	xor	a3,a3,1
8040175c:	068e                	sll	a3,a3,0x3
8040175e:	00d65733          	srl	a4,a2,a3
80401762:	98ba                	add	a7,a7,a4
80401764:	0008c703          	lbu	a4,0(a7)
80401768:	9736                	add	a4,a4,a3
8040176a:	02000693          	li	a3,32
8040176e:	40e688b3          	sub	a7,a3,a4
80401772:	04e69a63          	bne	a3,a4,804017c6 <__umoddi3+0x13a>
80401776:	40c58733          	sub	a4,a1,a2
8040177a:	01085593          	srl	a1,a6,0x10
8040177e:	02b75633          	divu	a2,a4,a1
80401782:	01081513          	sll	a0,a6,0x10
80401786:	8141                	srl	a0,a0,0x10
80401788:	0107d693          	srl	a3,a5,0x10
8040178c:	02b77733          	remu	a4,a4,a1
80401790:	02a60633          	mul	a2,a2,a0
80401794:	0742                	sll	a4,a4,0x10
80401796:	8f55                	or	a4,a4,a3
80401798:	00c77863          	bgeu	a4,a2,804017a8 <__umoddi3+0x11c>
8040179c:	9742                	add	a4,a4,a6
8040179e:	01076563          	bltu	a4,a6,804017a8 <__umoddi3+0x11c>
804017a2:	00c77363          	bgeu	a4,a2,804017a8 <__umoddi3+0x11c>
804017a6:	9742                	add	a4,a4,a6
804017a8:	8f11                	sub	a4,a4,a2
804017aa:	02b756b3          	divu	a3,a4,a1
804017ae:	02b77733          	remu	a4,a4,a1
804017b2:	02a686b3          	mul	a3,a3,a0
804017b6:	b795                	j	8040171a <__umoddi3+0x8e>
804017b8:	01000737          	lui	a4,0x1000
804017bc:	46c1                	li	a3,16
804017be:	fae660e3          	bltu	a2,a4,8040175e <__umoddi3+0xd2>
804017c2:	46e1                	li	a3,24
804017c4:	bf69                	j	8040175e <__umoddi3+0xd2>
804017c6:	01161833          	sll	a6,a2,a7
804017ca:	00e5d6b3          	srl	a3,a1,a4
804017ce:	011517b3          	sll	a5,a0,a7
804017d2:	011595b3          	sll	a1,a1,a7
804017d6:	00e55733          	srl	a4,a0,a4
804017da:	01085513          	srl	a0,a6,0x10
804017de:	8f4d                	or	a4,a4,a1
804017e0:	02a6d5b3          	divu	a1,a3,a0
804017e4:	01081313          	sll	t1,a6,0x10
804017e8:	01035313          	srl	t1,t1,0x10
804017ec:	02a6f6b3          	remu	a3,a3,a0
804017f0:	026585b3          	mul	a1,a1,t1
804017f4:	01069613          	sll	a2,a3,0x10
804017f8:	01075693          	srl	a3,a4,0x10
804017fc:	8ed1                	or	a3,a3,a2
804017fe:	00b6f863          	bgeu	a3,a1,8040180e <__umoddi3+0x182>
80401802:	96c2                	add	a3,a3,a6
80401804:	0106e563          	bltu	a3,a6,8040180e <__umoddi3+0x182>
80401808:	00b6f363          	bgeu	a3,a1,8040180e <__umoddi3+0x182>
8040180c:	96c2                	add	a3,a3,a6
8040180e:	8e8d                	sub	a3,a3,a1
80401810:	02a6d633          	divu	a2,a3,a0
80401814:	0742                	sll	a4,a4,0x10
80401816:	8341                	srl	a4,a4,0x10
80401818:	02a6f6b3          	remu	a3,a3,a0
8040181c:	02660633          	mul	a2,a2,t1
80401820:	06c2                	sll	a3,a3,0x10
80401822:	8f55                	or	a4,a4,a3
80401824:	00c77863          	bgeu	a4,a2,80401834 <__umoddi3+0x1a8>
80401828:	9742                	add	a4,a4,a6
8040182a:	01076563          	bltu	a4,a6,80401834 <__umoddi3+0x1a8>
8040182e:	00c77363          	bgeu	a4,a2,80401834 <__umoddi3+0x1a8>
80401832:	9742                	add	a4,a4,a6
80401834:	8f11                	sub	a4,a4,a2
80401836:	b791                	j	8040177a <__umoddi3+0xee>
80401838:	16d5ed63          	bltu	a1,a3,804019b2 <__umoddi3+0x326>
8040183c:	6841                	lui	a6,0x10
8040183e:	0506f763          	bgeu	a3,a6,8040188c <__umoddi3+0x200>
80401842:	1006b813          	sltiu	a6,a3,256
80401846:	00184813          	xor	a6,a6,1
8040184a:	080e                	sll	a6,a6,0x3
8040184c:	0106d333          	srl	t1,a3,a6
80401850:	00003897          	auipc	a7,0x3
80401854:	03488893          	add	a7,a7,52 # 80404884 <__clz_tab>
80401858:	989a                	add	a7,a7,t1
8040185a:	0008c883          	lbu	a7,0(a7)
8040185e:	02000313          	li	t1,32
80401862:	98c2                	add	a7,a7,a6
80401864:	41130833          	sub	a6,t1,a7
80401868:	03131963          	bne	t1,a7,8040189a <__umoddi3+0x20e>
8040186c:	00b6e463          	bltu	a3,a1,80401874 <__umoddi3+0x1e8>
80401870:	00c56b63          	bltu	a0,a2,80401886 <__umoddi3+0x1fa>
80401874:	40c50633          	sub	a2,a0,a2
80401878:	40d586b3          	sub	a3,a1,a3
8040187c:	00c53733          	sltu	a4,a0,a2
80401880:	87b2                	mv	a5,a2
80401882:	40e68733          	sub	a4,a3,a4
80401886:	853e                	mv	a0,a5
80401888:	85ba                	mv	a1,a4
8040188a:	8082                	ret
8040188c:	010008b7          	lui	a7,0x1000
80401890:	4841                	li	a6,16
80401892:	fb16ede3          	bltu	a3,a7,8040184c <__umoddi3+0x1c0>
80401896:	4861                	li	a6,24
80401898:	bf55                	j	8040184c <__umoddi3+0x1c0>
8040189a:	011657b3          	srl	a5,a2,a7
8040189e:	010696b3          	sll	a3,a3,a6
804018a2:	8edd                	or	a3,a3,a5
804018a4:	0115d733          	srl	a4,a1,a7
804018a8:	0106de13          	srl	t3,a3,0x10
804018ac:	03c75f33          	divu	t5,a4,t3
804018b0:	01069313          	sll	t1,a3,0x10
804018b4:	01035313          	srl	t1,t1,0x10
804018b8:	010597b3          	sll	a5,a1,a6
804018bc:	011555b3          	srl	a1,a0,a7
804018c0:	8ddd                	or	a1,a1,a5
804018c2:	0105d793          	srl	a5,a1,0x10
804018c6:	01061633          	sll	a2,a2,a6
804018ca:	01051533          	sll	a0,a0,a6
804018ce:	03c77733          	remu	a4,a4,t3
804018d2:	03e30eb3          	mul	t4,t1,t5
804018d6:	0742                	sll	a4,a4,0x10
804018d8:	8fd9                	or	a5,a5,a4
804018da:	877a                	mv	a4,t5
804018dc:	01d7fc63          	bgeu	a5,t4,804018f4 <__umoddi3+0x268>
804018e0:	97b6                	add	a5,a5,a3
804018e2:	ffff0713          	add	a4,t5,-1
804018e6:	00d7e763          	bltu	a5,a3,804018f4 <__umoddi3+0x268>
804018ea:	01d7f563          	bgeu	a5,t4,804018f4 <__umoddi3+0x268>
804018ee:	ffef0713          	add	a4,t5,-2
804018f2:	97b6                	add	a5,a5,a3
804018f4:	41d787b3          	sub	a5,a5,t4
804018f8:	03c7deb3          	divu	t4,a5,t3
804018fc:	05c2                	sll	a1,a1,0x10
804018fe:	81c1                	srl	a1,a1,0x10
80401900:	03c7f7b3          	remu	a5,a5,t3
80401904:	8e76                	mv	t3,t4
80401906:	03d30333          	mul	t1,t1,t4
8040190a:	07c2                	sll	a5,a5,0x10
8040190c:	8ddd                	or	a1,a1,a5
8040190e:	0065fc63          	bgeu	a1,t1,80401926 <__umoddi3+0x29a>
80401912:	95b6                	add	a1,a1,a3
80401914:	fffe8e13          	add	t3,t4,-1
80401918:	00d5e763          	bltu	a1,a3,80401926 <__umoddi3+0x29a>
8040191c:	0065f563          	bgeu	a1,t1,80401926 <__umoddi3+0x29a>
80401920:	ffee8e13          	add	t3,t4,-2
80401924:	95b6                	add	a1,a1,a3
80401926:	01071793          	sll	a5,a4,0x10
8040192a:	6f41                	lui	t5,0x10
8040192c:	01c7e7b3          	or	a5,a5,t3
80401930:	406585b3          	sub	a1,a1,t1
80401934:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80401938:	0067f733          	and	a4,a5,t1
8040193c:	01065e13          	srl	t3,a2,0x10
80401940:	83c1                	srl	a5,a5,0x10
80401942:	00667333          	and	t1,a2,t1
80401946:	02670eb3          	mul	t4,a4,t1
8040194a:	02678333          	mul	t1,a5,t1
8040194e:	03c70733          	mul	a4,a4,t3
80401952:	03c787b3          	mul	a5,a5,t3
80401956:	00670e33          	add	t3,a4,t1
8040195a:	010ed713          	srl	a4,t4,0x10
8040195e:	9772                	add	a4,a4,t3
80401960:	00677363          	bgeu	a4,t1,80401966 <__umoddi3+0x2da>
80401964:	97fa                	add	a5,a5,t5
80401966:	01075313          	srl	t1,a4,0x10
8040196a:	979a                	add	a5,a5,t1
8040196c:	6341                	lui	t1,0x10
8040196e:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80401970:	00677733          	and	a4,a4,t1
80401974:	0742                	sll	a4,a4,0x10
80401976:	006efeb3          	and	t4,t4,t1
8040197a:	9776                	add	a4,a4,t4
8040197c:	00f5e663          	bltu	a1,a5,80401988 <__umoddi3+0x2fc>
80401980:	00f59b63          	bne	a1,a5,80401996 <__umoddi3+0x30a>
80401984:	00e57963          	bgeu	a0,a4,80401996 <__umoddi3+0x30a>
80401988:	40c70633          	sub	a2,a4,a2
8040198c:	00c73333          	sltu	t1,a4,a2
80401990:	969a                	add	a3,a3,t1
80401992:	8732                	mv	a4,a2
80401994:	8f95                	sub	a5,a5,a3
80401996:	40e50733          	sub	a4,a0,a4
8040199a:	00e53533          	sltu	a0,a0,a4
8040199e:	8d9d                	sub	a1,a1,a5
804019a0:	8d89                	sub	a1,a1,a0
804019a2:	011598b3          	sll	a7,a1,a7
804019a6:	01075733          	srl	a4,a4,a6
804019aa:	00e8e533          	or	a0,a7,a4
804019ae:	0105d5b3          	srl	a1,a1,a6
804019b2:	8082                	ret

804019b4 <__riscv_save_12>:
804019b4:	7139                	add	sp,sp,-64
804019b6:	4301                	li	t1,0
804019b8:	c66e                	sw	s11,12(sp)
804019ba:	a019                	j	804019c0 <__riscv_save_10+0x4>

804019bc <__riscv_save_10>:
804019bc:	7139                	add	sp,sp,-64
804019be:	5341                	li	t1,-16
804019c0:	c86a                	sw	s10,16(sp)
804019c2:	ca66                	sw	s9,20(sp)
804019c4:	cc62                	sw	s8,24(sp)
804019c6:	ce5e                	sw	s7,28(sp)
804019c8:	a019                	j	804019ce <__riscv_save_4+0x4>

804019ca <__riscv_save_4>:
804019ca:	7139                	add	sp,sp,-64
804019cc:	5301                	li	t1,-32
804019ce:	d05a                	sw	s6,32(sp)
804019d0:	d256                	sw	s5,36(sp)
804019d2:	d452                	sw	s4,40(sp)
804019d4:	d64e                	sw	s3,44(sp)
804019d6:	d84a                	sw	s2,48(sp)
804019d8:	da26                	sw	s1,52(sp)
804019da:	dc22                	sw	s0,56(sp)
804019dc:	de06                	sw	ra,60(sp)
804019de:	40610133          	sub	sp,sp,t1
804019e2:	8282                	jr	t0

804019e4 <__riscv_save_0>:
804019e4:	1141                	add	sp,sp,-16
804019e6:	c04a                	sw	s2,0(sp)
804019e8:	c226                	sw	s1,4(sp)
804019ea:	c422                	sw	s0,8(sp)
804019ec:	c606                	sw	ra,12(sp)
804019ee:	8282                	jr	t0

804019f0 <__riscv_restore_12>:
804019f0:	4db2                	lw	s11,12(sp)
804019f2:	0141                	add	sp,sp,16

804019f4 <__riscv_restore_10>:
804019f4:	4d02                	lw	s10,0(sp)
804019f6:	4c92                	lw	s9,4(sp)
804019f8:	4c22                	lw	s8,8(sp)
804019fa:	4bb2                	lw	s7,12(sp)
804019fc:	0141                	add	sp,sp,16

804019fe <__riscv_restore_4>:
804019fe:	4b02                	lw	s6,0(sp)
80401a00:	4a92                	lw	s5,4(sp)
80401a02:	4a22                	lw	s4,8(sp)
80401a04:	49b2                	lw	s3,12(sp)
80401a06:	0141                	add	sp,sp,16

80401a08 <__riscv_restore_0>:
80401a08:	4902                	lw	s2,0(sp)
80401a0a:	4492                	lw	s1,4(sp)
80401a0c:	4422                	lw	s0,8(sp)
80401a0e:	40b2                	lw	ra,12(sp)
80401a10:	0141                	add	sp,sp,16
80401a12:	8082                	ret

80401a14 <memcpy>:
80401a14:	832a                	mv	t1,a0
80401a16:	ca09                	beqz	a2,80401a28 <memcpy+0x14>
80401a18:	00058383          	lb	t2,0(a1)
80401a1c:	00730023          	sb	t2,0(t1)
80401a20:	167d                	add	a2,a2,-1
80401a22:	0305                	add	t1,t1,1
80401a24:	0585                	add	a1,a1,1
80401a26:	fa6d                	bnez	a2,80401a18 <memcpy+0x4>
80401a28:	8082                	ret

80401a2a <memset>:
80401a2a:	832a                	mv	t1,a0
80401a2c:	c611                	beqz	a2,80401a38 <memset+0xe>
80401a2e:	00b30023          	sb	a1,0(t1)
80401a32:	167d                	add	a2,a2,-1
80401a34:	0305                	add	t1,t1,1
80401a36:	fe65                	bnez	a2,80401a2e <memset+0x4>
80401a38:	8082                	ret

80401a3a <printf>:
80401a3a:	7139                	add	sp,sp,-64
80401a3c:	da3e                	sw	a5,52(sp)
80401a3e:	804057b7          	lui	a5,0x80405
80401a42:	d22e                	sw	a1,36(sp)
80401a44:	85aa                	mv	a1,a0
80401a46:	9947a503          	lw	a0,-1644(a5) # 80404994 <stdout>
80401a4a:	d432                	sw	a2,40(sp)
80401a4c:	1050                	add	a2,sp,36
80401a4e:	ce06                	sw	ra,28(sp)
80401a50:	d636                	sw	a3,44(sp)
80401a52:	d83a                	sw	a4,48(sp)
80401a54:	dc42                	sw	a6,56(sp)
80401a56:	de46                	sw	a7,60(sp)
80401a58:	c632                	sw	a2,12(sp)
80401a5a:	00000097          	auipc	ra,0x0
80401a5e:	222080e7          	jalr	546(ra) # 80401c7c <__d_vfprintf>
80401a62:	40f2                	lw	ra,28(sp)
80401a64:	6121                	add	sp,sp,64
80401a66:	8082                	ret

80401a68 <__ultoa_invert>:
80401a68:	00000317          	auipc	t1,0x0
80401a6c:	f54302e7          	jalr	t0,-172(t1) # 804019bc <__riscv_save_10>
80401a70:	2006f793          	and	a5,a3,512
80401a74:	89aa                	mv	s3,a0
80401a76:	8a2e                	mv	s4,a1
80401a78:	8932                	mv	s2,a2
80401a7a:	84b6                	mv	s1,a3
80401a7c:	02700b13          	li	s6,39
80401a80:	c781                	beqz	a5,80401a88 <__ultoa_invert+0x20>
80401a82:	dff6f493          	and	s1,a3,-513
80401a86:	4b1d                	li	s6,7
80401a88:	41f4da93          	sra	s5,s1,0x1f
80401a8c:	4ca5                	li	s9,9
80401a8e:	8626                	mv	a2,s1
80401a90:	86d6                	mv	a3,s5
80401a92:	854e                	mv	a0,s3
80401a94:	85d2                	mv	a1,s4
80401a96:	00000097          	auipc	ra,0x0
80401a9a:	bf6080e7          	jalr	-1034(ra) # 8040168c <__umoddi3>
80401a9e:	85d2                	mv	a1,s4
80401aa0:	0ff57413          	zext.b	s0,a0
80401aa4:	8626                	mv	a2,s1
80401aa6:	854e                	mv	a0,s3
80401aa8:	86d6                	mv	a3,s5
80401aaa:	00000097          	auipc	ra,0x0
80401aae:	884080e7          	jalr	-1916(ra) # 8040132e <__udivdi3>
80401ab2:	8c4e                	mv	s8,s3
80401ab4:	8bd2                	mv	s7,s4
80401ab6:	89aa                	mv	s3,a0
80401ab8:	8a2e                	mv	s4,a1
80401aba:	008cf563          	bgeu	s9,s0,80401ac4 <__ultoa_invert+0x5c>
80401abe:	945a                	add	s0,s0,s6
80401ac0:	0ff47413          	zext.b	s0,s0
80401ac4:	0905                	add	s2,s2,1
80401ac6:	03040413          	add	s0,s0,48
80401aca:	fe890fa3          	sb	s0,-1(s2)
80401ace:	015be663          	bltu	s7,s5,80401ada <__ultoa_invert+0x72>
80401ad2:	fb7a9ee3          	bne	s5,s7,80401a8e <__ultoa_invert+0x26>
80401ad6:	fa9c7ce3          	bgeu	s8,s1,80401a8e <__ultoa_invert+0x26>
80401ada:	854a                	mv	a0,s2
80401adc:	00000317          	auipc	t1,0x0
80401ae0:	f1830067          	jr	-232(t1) # 804019f4 <__riscv_restore_10>

80401ae4 <skip_to_arg>:
80401ae4:	00000317          	auipc	t1,0x0
80401ae8:	ed8302e7          	jalr	t0,-296(t1) # 804019bc <__riscv_save_10>
80401aec:	4305                	li	t1,1
80401aee:	02500f13          	li	t5,37
80401af2:	88aa                	mv	a7,a0
80401af4:	00c34663          	blt	t1,a2,80401b00 <skip_to_arg+0x1c>
80401af8:	00000317          	auipc	t1,0x0
80401afc:	efc30067          	jr	-260(t1) # 804019f4 <__riscv_restore_10>
80401b00:	87c6                	mv	a5,a7
80401b02:	88be                	mv	a7,a5
80401b04:	0007c703          	lbu	a4,0(a5)
80401b08:	0785                	add	a5,a5,1
80401b0a:	d77d                	beqz	a4,80401af8 <skip_to_arg+0x14>
80401b0c:	ffe71be3          	bne	a4,t5,80401b02 <skip_to_arg+0x1e>
80401b10:	0007c703          	lbu	a4,0(a5)
80401b14:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80401b16:	ffe705e3          	beq	a4,t5,80401b00 <skip_to_arg+0x1c>
80401b1a:	6ecd                	lui	t4,0x13
80401b1c:	4681                	li	a3,0
80401b1e:	4e01                	li	t3,0
80401b20:	4781                	li	a5,0
80401b22:	42fd                	li	t0,31
80401b24:	06c00f93          	li	t6,108
80401b28:	07400393          	li	t2,116
80401b2c:	07a00413          	li	s0,122
80401b30:	06800493          	li	s1,104
80401b34:	06a00913          	li	s2,106
80401b38:	04c00993          	li	s3,76
80401b3c:	4a25                	li	s4,9
80401b3e:	02400a93          	li	s5,36
80401b42:	07f00b13          	li	s6,127
80401b46:	4bc1                	li	s7,16
80401b48:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80401b4c:	04f2e263          	bltu	t0,a5,80401b90 <skip_to_arg+0xac>
80401b50:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80401b54:	0ff87813          	zext.b	a6,a6
80401b58:	030bf163          	bgeu	s7,a6,80401b7a <skip_to_arg+0x96>
80401b5c:	fd070813          	add	a6,a4,-48
80401b60:	0ff87813          	zext.b	a6,a6
80401b64:	4c25                	li	s8,9
80401b66:	050c6563          	bltu	s8,a6,80401bb0 <skip_to_arg+0xcc>
80401b6a:	47a9                	li	a5,10
80401b6c:	02f687b3          	mul	a5,a3,a5
80401b70:	00f806b3          	add	a3,a6,a5
80401b74:	02000793          	li	a5,32
80401b78:	a039                	j	80401b86 <skip_to_arg+0xa2>
80401b7a:	010ed833          	srl	a6,t4,a6
80401b7e:	00187813          	and	a6,a6,1
80401b82:	00080963          	beqz	a6,80401b94 <skip_to_arg+0xb0>
80401b86:	0008c703          	lbu	a4,0(a7)
80401b8a:	0885                	add	a7,a7,1
80401b8c:	f361                	bnez	a4,80401b4c <skip_to_arg+0x68>
80401b8e:	a8b1                	j	80401bea <skip_to_arg+0x106>
80401b90:	04fb6363          	bltu	s6,a5,80401bd6 <skip_to_arg+0xf2>
80401b94:	fd070813          	add	a6,a4,-48
80401b98:	0ff87813          	zext.b	a6,a6
80401b9c:	fd0a77e3          	bgeu	s4,a6,80401b6a <skip_to_arg+0x86>
80401ba0:	03571563          	bne	a4,s5,80401bca <skip_to_arg+0xe6>
80401ba4:	0a0e0063          	beqz	t3,80401c44 <skip_to_arg+0x160>
80401ba8:	0a668063          	beq	a3,t1,80401c48 <skip_to_arg+0x164>
80401bac:	4681                	li	a3,0
80401bae:	bfe1                	j	80401b86 <skip_to_arg+0xa2>
80401bb0:	0fb77813          	and	a6,a4,251
80401bb4:	02a00c13          	li	s8,42
80401bb8:	ff880ae3          	beq	a6,s8,80401bac <skip_to_arg+0xc8>
80401bbc:	06c00813          	li	a6,108
80401bc0:	01071d63          	bne	a4,a6,80401bda <skip_to_arg+0xf6>
80401bc4:	0807e793          	or	a5,a5,128
80401bc8:	bf7d                	j	80401b86 <skip_to_arg+0xa2>
80401bca:	0fb77813          	and	a6,a4,251
80401bce:	02a00c13          	li	s8,42
80401bd2:	fd880de3          	beq	a6,s8,80401bac <skip_to_arg+0xc8>
80401bd6:	05f70663          	beq	a4,t6,80401c22 <skip_to_arg+0x13e>
80401bda:	02efef63          	bltu	t6,a4,80401c18 <skip_to_arg+0x134>
80401bde:	04970863          	beq	a4,s1,80401c2e <skip_to_arg+0x14a>
80401be2:	05270e63          	beq	a4,s2,80401c3e <skip_to_arg+0x15a>
80401be6:	05370c63          	beq	a4,s3,80401c3e <skip_to_arg+0x15a>
80401bea:	f00e07e3          	beqz	t3,80401af8 <skip_to_arg+0x14>
80401bee:	f06e13e3          	bne	t3,t1,80401af4 <skip_to_arg+0x10>
80401bf2:	02076893          	or	a7,a4,32
80401bf6:	f9b88813          	add	a6,a7,-101
80401bfa:	0ff87813          	zext.b	a6,a6
80401bfe:	4e09                	li	t3,2
80401c00:	4194                	lw	a3,0(a1)
80401c02:	010e7663          	bgeu	t3,a6,80401c0e <skip_to_arg+0x12a>
80401c06:	06100813          	li	a6,97
80401c0a:	05089263          	bne	a7,a6,80401c4e <skip_to_arg+0x16a>
80401c0e:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80401c10:	9ae1                	and	a3,a3,-8
80401c12:	00868713          	add	a4,a3,8
80401c16:	a091                	j	80401c5a <skip_to_arg+0x176>
80401c18:	f67707e3          	beq	a4,t2,80401b86 <skip_to_arg+0xa2>
80401c1c:	f68705e3          	beq	a4,s0,80401b86 <skip_to_arg+0xa2>
80401c20:	b7e9                	j	80401bea <skip_to_arg+0x106>
80401c22:	0807f713          	and	a4,a5,128
80401c26:	df59                	beqz	a4,80401bc4 <skip_to_arg+0xe0>
80401c28:	2007e793          	or	a5,a5,512
80401c2c:	bf61                	j	80401bc4 <skip_to_arg+0xe0>
80401c2e:	1007f713          	and	a4,a5,256
80401c32:	c319                	beqz	a4,80401c38 <skip_to_arg+0x154>
80401c34:	2007e793          	or	a5,a5,512
80401c38:	1007e793          	or	a5,a5,256
80401c3c:	b7a9                	j	80401b86 <skip_to_arg+0xa2>
80401c3e:	2807e793          	or	a5,a5,640
80401c42:	b791                	j	80401b86 <skip_to_arg+0xa2>
80401c44:	8e36                	mv	t3,a3
80401c46:	b79d                	j	80401bac <skip_to_arg+0xc8>
80401c48:	06300713          	li	a4,99
80401c4c:	b75d                	j	80401bf2 <skip_to_arg+0x10e>
80401c4e:	06300813          	li	a6,99
80401c52:	01071763          	bne	a4,a6,80401c60 <skip_to_arg+0x17c>
80401c56:	00468713          	add	a4,a3,4
80401c5a:	c198                	sw	a4,0(a1)
80401c5c:	0305                	add	t1,t1,1
80401c5e:	bd51                	j	80401af2 <skip_to_arg+0xe>
80401c60:	07300813          	li	a6,115
80401c64:	ff0709e3          	beq	a4,a6,80401c56 <skip_to_arg+0x172>
80401c68:	0807f813          	and	a6,a5,128
80401c6c:	00468713          	add	a4,a3,4
80401c70:	fe0805e3          	beqz	a6,80401c5a <skip_to_arg+0x176>
80401c74:	2007f793          	and	a5,a5,512
80401c78:	d3ed                	beqz	a5,80401c5a <skip_to_arg+0x176>
80401c7a:	bf51                	j	80401c0e <skip_to_arg+0x12a>

80401c7c <__d_vfprintf>:
80401c7c:	00000317          	auipc	t1,0x0
80401c80:	d38302e7          	jalr	t0,-712(t1) # 804019b4 <__riscv_save_12>
80401c84:	00454783          	lbu	a5,4(a0)
80401c88:	7139                	add	sp,sp,-64
80401c8a:	c02a                	sw	a0,0(sp)
80401c8c:	c42e                	sw	a1,8(sp)
80401c8e:	c632                	sw	a2,12(sp)
80401c90:	8b89                	and	a5,a5,2
80401c92:	00852a03          	lw	s4,8(a0)
80401c96:	c785                	beqz	a5,80401cbe <__d_vfprintf+0x42>
80401c98:	d232                	sw	a2,36(sp)
80401c9a:	87ae                	mv	a5,a1
80401c9c:	4401                	li	s0,0
80401c9e:	0007c903          	lbu	s2,0(a5)
80401ca2:	00090f63          	beqz	s2,80401cc0 <__d_vfprintf+0x44>
80401ca6:	02500713          	li	a4,37
80401caa:	02e90163          	beq	s2,a4,80401ccc <__d_vfprintf+0x50>
80401cae:	0785                	add	a5,a5,1
80401cb0:	c23e                	sw	a5,4(sp)
80401cb2:	4582                	lw	a1,0(sp)
80401cb4:	854a                	mv	a0,s2
80401cb6:	0405                	add	s0,s0,1
80401cb8:	9a02                	jalr	s4
80401cba:	2a0557e3          	bgez	a0,80402768 <__d_vfprintf+0xaec>
80401cbe:	547d                	li	s0,-1
80401cc0:	8522                	mv	a0,s0
80401cc2:	6121                	add	sp,sp,64
80401cc4:	00000317          	auipc	t1,0x0
80401cc8:	d2c30067          	jr	-724(t1) # 804019f0 <__riscv_restore_12>
80401ccc:	0017c903          	lbu	s2,1(a5)
80401cd0:	00278713          	add	a4,a5,2
80401cd4:	c23a                	sw	a4,4(sp)
80401cd6:	02500793          	li	a5,37
80401cda:	fcf90ce3          	beq	s2,a5,80401cb2 <__d_vfprintf+0x36>
80401cde:	804044b7          	lui	s1,0x80404
80401ce2:	4a81                	li	s5,0
80401ce4:	4d01                	li	s10,0
80401ce6:	4b01                	li	s6,0
80401ce8:	4d81                	li	s11,0
80401cea:	06c00993          	li	s3,108
80401cee:	07400b93          	li	s7,116
80401cf2:	07a00c13          	li	s8,122
80401cf6:	06800c93          	li	s9,104
80401cfa:	4b848493          	add	s1,s1,1208 # 804044b8 <msg.0+0x20>
80401cfe:	47fd                	li	a5,31
80401d00:	07b7e163          	bltu	a5,s11,80401d62 <__d_vfprintf+0xe6>
80401d04:	fe090793          	add	a5,s2,-32
80401d08:	0ff7f793          	zext.b	a5,a5
80401d0c:	4741                	li	a4,16
80401d0e:	00f76663          	bltu	a4,a5,80401d1a <__d_vfprintf+0x9e>
80401d12:	078a                	sll	a5,a5,0x2
80401d14:	97a6                	add	a5,a5,s1
80401d16:	439c                	lw	a5,0(a5)
80401d18:	8782                	jr	a5
80401d1a:	fd090793          	add	a5,s2,-48
80401d1e:	0ff7f793          	zext.b	a5,a5
80401d22:	4725                	li	a4,9
80401d24:	06f76463          	bltu	a4,a5,80401d8c <__d_vfprintf+0x110>
80401d28:	46a9                	li	a3,10
80401d2a:	02db06b3          	mul	a3,s6,a3
80401d2e:	00f68b33          	add	s6,a3,a5
80401d32:	020ded93          	or	s11,s11,32
80401d36:	a019                	j	80401d3c <__d_vfprintf+0xc0>
80401d38:	001ded93          	or	s11,s11,1
80401d3c:	4792                	lw	a5,4(sp)
80401d3e:	0007c903          	lbu	s2,0(a5)
80401d42:	0785                	add	a5,a5,1
80401d44:	c23e                	sw	a5,4(sp)
80401d46:	fa091ce3          	bnez	s2,80401cfe <__d_vfprintf+0x82>
80401d4a:	a8cd                	j	80401e3c <__d_vfprintf+0x1c0>
80401d4c:	002ded93          	or	s11,s11,2
80401d50:	004ded93          	or	s11,s11,4
80401d54:	b7e5                	j	80401d3c <__d_vfprintf+0xc0>
80401d56:	008ded93          	or	s11,s11,8
80401d5a:	b7cd                	j	80401d3c <__d_vfprintf+0xc0>
80401d5c:	010ded93          	or	s11,s11,16
80401d60:	bff1                	j	80401d3c <__d_vfprintf+0xc0>
80401d62:	07f00793          	li	a5,127
80401d66:	0bb7ed63          	bltu	a5,s11,80401e20 <__d_vfprintf+0x1a4>
80401d6a:	fd090693          	add	a3,s2,-48
80401d6e:	0ff6f693          	zext.b	a3,a3
80401d72:	47a5                	li	a5,9
80401d74:	00d7ec63          	bltu	a5,a3,80401d8c <__d_vfprintf+0x110>
80401d78:	040df613          	and	a2,s11,64
80401d7c:	87b6                	mv	a5,a3
80401d7e:	d64d                	beqz	a2,80401d28 <__d_vfprintf+0xac>
80401d80:	47a9                	li	a5,10
80401d82:	02fd07b3          	mul	a5,s10,a5
80401d86:	00d78d33          	add	s10,a5,a3
80401d8a:	bf4d                	j	80401d3c <__d_vfprintf+0xc0>
80401d8c:	02a00793          	li	a5,42
80401d90:	02f91663          	bne	s2,a5,80401dbc <__d_vfprintf+0x140>
80401d94:	fa0a94e3          	bnez	s5,80401d3c <__d_vfprintf+0xc0>
80401d98:	5692                	lw	a3,36(sp)
80401d9a:	040df793          	and	a5,s11,64
80401d9e:	00468613          	add	a2,a3,4
80401da2:	4294                	lw	a3,0(a3)
80401da4:	d232                	sw	a2,36(sp)
80401da6:	c399                	beqz	a5,80401dac <__d_vfprintf+0x130>
80401da8:	8d36                	mv	s10,a3
80401daa:	bf49                	j	80401d3c <__d_vfprintf+0xc0>
80401dac:	8b36                	mv	s6,a3
80401dae:	f806d2e3          	bgez	a3,80401d32 <__d_vfprintf+0xb6>
80401db2:	40d00b33          	neg	s6,a3
80401db6:	028ded93          	or	s11,s11,40
80401dba:	b749                	j	80401d3c <__d_vfprintf+0xc0>
80401dbc:	02e00793          	li	a5,46
80401dc0:	00f91963          	bne	s2,a5,80401dd2 <__d_vfprintf+0x156>
80401dc4:	040df793          	and	a5,s11,64
80401dc8:	ee079ce3          	bnez	a5,80401cc0 <__d_vfprintf+0x44>
80401dcc:	040ded93          	or	s11,s11,64
80401dd0:	b7b5                	j	80401d3c <__d_vfprintf+0xc0>
80401dd2:	02400793          	li	a5,36
80401dd6:	04f91563          	bne	s2,a5,80401e20 <__d_vfprintf+0x1a4>
80401dda:	140a8363          	beqz	s5,80401f20 <__d_vfprintf+0x2a4>
80401dde:	47b2                	lw	a5,12(sp)
80401de0:	d23e                	sw	a5,36(sp)
80401de2:	040df793          	and	a5,s11,64
80401de6:	ef99                	bnez	a5,80401e04 <__d_vfprintf+0x188>
80401de8:	4522                	lw	a0,8(sp)
80401dea:	865a                	mv	a2,s6
80401dec:	104c                	add	a1,sp,36
80401dee:	00000097          	auipc	ra,0x0
80401df2:	cf6080e7          	jalr	-778(ra) # 80401ae4 <skip_to_arg>
80401df6:	5792                	lw	a5,36(sp)
80401df8:	00478693          	add	a3,a5,4
80401dfc:	0007ab03          	lw	s6,0(a5)
80401e00:	d236                	sw	a3,36(sp)
80401e02:	bf2d                	j	80401d3c <__d_vfprintf+0xc0>
80401e04:	4522                	lw	a0,8(sp)
80401e06:	866a                	mv	a2,s10
80401e08:	104c                	add	a1,sp,36
80401e0a:	00000097          	auipc	ra,0x0
80401e0e:	cda080e7          	jalr	-806(ra) # 80401ae4 <skip_to_arg>
80401e12:	5792                	lw	a5,36(sp)
80401e14:	00478693          	add	a3,a5,4
80401e18:	0007ad03          	lw	s10,0(a5)
80401e1c:	d236                	sw	a3,36(sp)
80401e1e:	bf39                	j	80401d3c <__d_vfprintf+0xc0>
80401e20:	0d390d63          	beq	s2,s3,80401efa <__d_vfprintf+0x27e>
80401e24:	0d29e663          	bltu	s3,s2,80401ef0 <__d_vfprintf+0x274>
80401e28:	0f990163          	beq	s2,s9,80401f0a <__d_vfprintf+0x28e>
80401e2c:	06a00793          	li	a5,106
80401e30:	0ef90563          	beq	s2,a5,80401f1a <__d_vfprintf+0x29e>
80401e34:	04c00793          	li	a5,76
80401e38:	0ef90163          	beq	s2,a5,80401f1a <__d_vfprintf+0x29e>
80401e3c:	000a8b63          	beqz	s5,80401e52 <__d_vfprintf+0x1d6>
80401e40:	47b2                	lw	a5,12(sp)
80401e42:	4522                	lw	a0,8(sp)
80401e44:	8656                	mv	a2,s5
80401e46:	104c                	add	a1,sp,36
80401e48:	d23e                	sw	a5,36(sp)
80401e4a:	00000097          	auipc	ra,0x0
80401e4e:	c9a080e7          	jalr	-870(ra) # 80401ae4 <skip_to_arg>
80401e52:	000d5963          	bgez	s10,80401e64 <__d_vfprintf+0x1e8>
80401e56:	fbfdf813          	and	a6,s11,-65
80401e5a:	01081d93          	sll	s11,a6,0x10
80401e5e:	010ddd93          	srl	s11,s11,0x10
80401e62:	4d01                	li	s10,0
80401e64:	02096c93          	or	s9,s2,32
80401e68:	f9bc8793          	add	a5,s9,-101
80401e6c:	0ff7f793          	zext.b	a5,a5
80401e70:	4709                	li	a4,2
80401e72:	0af77d63          	bgeu	a4,a5,80401f2c <__d_vfprintf+0x2b0>
80401e76:	06100793          	li	a5,97
80401e7a:	6afc9763          	bne	s9,a5,80402528 <__d_vfprintf+0x8ac>
80401e7e:	5792                	lw	a5,36(sp)
80401e80:	6a89                	lui	s5,0x2
80401e82:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80401e86:	079d                	add	a5,a5,7
80401e88:	9be1                	and	a5,a5,-8
80401e8a:	0047ab83          	lw	s7,4(a5)
80401e8e:	0007a883          	lw	a7,0(a5)
80401e92:	00878713          	add	a4,a5,8
80401e96:	414bd993          	sra	s3,s7,0x14
80401e9a:	00cb9c13          	sll	s8,s7,0xc
80401e9e:	7ff9f993          	and	s3,s3,2047
80401ea2:	00cc5c93          	srl	s9,s8,0xc
80401ea6:	015deab3          	or	s5,s11,s5
80401eaa:	0119e533          	or	a0,s3,a7
80401eae:	fff94913          	not	s2,s2
80401eb2:	0ac2                	sll	s5,s5,0x10
80401eb4:	d23a                	sw	a4,36(sp)
80401eb6:	019567b3          	or	a5,a0,s9
80401eba:	02097913          	and	s2,s2,32
80401ebe:	010ada93          	srl	s5,s5,0x10
80401ec2:	86c6                	mv	a3,a7
80401ec4:	8c66                	mv	s8,s9
80401ec6:	040df813          	and	a6,s11,64
80401eca:	01fbdb93          	srl	s7,s7,0x1f
80401ece:	efcd                	bnez	a5,80401f88 <__d_vfprintf+0x30c>
80401ed0:	03000793          	li	a5,48
80401ed4:	0ffbfb93          	zext.b	s7,s7
80401ed8:	02f106a3          	sb	a5,45(sp)
80401edc:	03710623          	sb	s7,44(sp)
80401ee0:	26080363          	beqz	a6,80402146 <__d_vfprintf+0x4ca>
80401ee4:	47b1                	li	a5,12
80401ee6:	4981                	li	s3,0
80401ee8:	0da7d463          	bge	a5,s10,80401fb0 <__d_vfprintf+0x334>
80401eec:	4d35                	li	s10,13
80401eee:	aab5                	j	8040206a <__d_vfprintf+0x3ee>
80401ef0:	e57906e3          	beq	s2,s7,80401d3c <__d_vfprintf+0xc0>
80401ef4:	e58904e3          	beq	s2,s8,80401d3c <__d_vfprintf+0xc0>
80401ef8:	b791                	j	80401e3c <__d_vfprintf+0x1c0>
80401efa:	080df793          	and	a5,s11,128
80401efe:	c399                	beqz	a5,80401f04 <__d_vfprintf+0x288>
80401f00:	200ded93          	or	s11,s11,512
80401f04:	080ded93          	or	s11,s11,128
80401f08:	bd15                	j	80401d3c <__d_vfprintf+0xc0>
80401f0a:	100df793          	and	a5,s11,256
80401f0e:	c399                	beqz	a5,80401f14 <__d_vfprintf+0x298>
80401f10:	200ded93          	or	s11,s11,512
80401f14:	100ded93          	or	s11,s11,256
80401f18:	b515                	j	80401d3c <__d_vfprintf+0xc0>
80401f1a:	280ded93          	or	s11,s11,640
80401f1e:	bd39                	j	80401d3c <__d_vfprintf+0xc0>
80401f20:	875a                	mv	a4,s6
80401f22:	4d01                	li	s10,0
80401f24:	4b01                	li	s6,0
80401f26:	8aba                	mv	s5,a4
80401f28:	4d81                	li	s11,0
80401f2a:	bd09                	j	80401d3c <__d_vfprintf+0xc0>
80401f2c:	5792                	lw	a5,36(sp)
80401f2e:	fff94913          	not	s2,s2
80401f32:	02097913          	and	s2,s2,32
80401f36:	079d                	add	a5,a5,7
80401f38:	9be1                	and	a5,a5,-8
80401f3a:	00878713          	add	a4,a5,8
80401f3e:	4388                	lw	a0,0(a5)
80401f40:	43cc                	lw	a1,4(a5)
80401f42:	d23a                	sw	a4,36(sp)
80401f44:	040df793          	and	a5,s11,64
80401f48:	22078363          	beqz	a5,8040216e <__d_vfprintf+0x4f2>
80401f4c:	06500793          	li	a5,101
80401f50:	22fc9163          	bne	s9,a5,80402172 <__d_vfprintf+0x4f6>
80401f54:	6785                	lui	a5,0x1
80401f56:	001d0613          	add	a2,s10,1
80401f5a:	00fdedb3          	or	s11,s11,a5
80401f5e:	0ff67613          	zext.b	a2,a2
80401f62:	4701                	li	a4,0
80401f64:	4781                	li	a5,0
80401f66:	4345                	li	t1,17
80401f68:	0ff67693          	zext.b	a3,a2
80401f6c:	00c37363          	bgeu	t1,a2,80401f72 <__d_vfprintf+0x2f6>
80401f70:	46c5                	li	a3,17
80401f72:	1030                	add	a2,sp,40
80401f74:	00001097          	auipc	ra,0x1
80401f78:	b52080e7          	jalr	-1198(ra) # 80402ac6 <__dtoa_engine>
80401f7c:	0ff57b93          	zext.b	s7,a0
80401f80:	59a2                	lw	s3,40(sp)
80401f82:	8aee                	mv	s5,s11
80401f84:	4c09                	li	s8,2
80401f86:	aa21                	j	8040209e <__d_vfprintf+0x422>
80401f88:	03100793          	li	a5,49
80401f8c:	00099563          	bnez	s3,80401f96 <__d_vfprintf+0x31a>
80401f90:	03000793          	li	a5,48
80401f94:	4985                	li	s3,1
80401f96:	0ffbfb93          	zext.b	s7,s7
80401f9a:	02f106a3          	sb	a5,45(sp)
80401f9e:	03710623          	sb	s7,44(sp)
80401fa2:	c0198993          	add	s3,s3,-1023
80401fa6:	18080763          	beqz	a6,80402134 <__d_vfprintf+0x4b8>
80401faa:	47b1                	li	a5,12
80401fac:	19a7c663          	blt	a5,s10,80402138 <__d_vfprintf+0x4bc>
80401fb0:	4335                	li	t1,13
80401fb2:	41a30333          	sub	t1,t1,s10
80401fb6:	00231d93          	sll	s11,t1,0x2
80401fba:	fffd8613          	add	a2,s11,-1 # ffff <errno+0xffff>
80401fbe:	4505                	li	a0,1
80401fc0:	4581                	li	a1,0
80401fc2:	ca46                	sw	a7,20(sp)
80401fc4:	c836                	sw	a3,16(sp)
80401fc6:	fffff097          	auipc	ra,0xfffff
80401fca:	2da080e7          	jalr	730(ra) # 804012a0 <__ashldi3>
80401fce:	84aa                	mv	s1,a0
80401fd0:	872e                	mv	a4,a1
80401fd2:	00171793          	sll	a5,a4,0x1
80401fd6:	85aa                	mv	a1,a0
80401fd8:	01f4d513          	srl	a0,s1,0x1f
80401fdc:	00149e13          	sll	t3,s1,0x1
80401fe0:	8fc9                	or	a5,a5,a0
80401fe2:	40f00c33          	neg	s8,a5
80401fe6:	01c03533          	snez	a0,t3
80401fea:	48d2                	lw	a7,20(sp)
80401fec:	41c00833          	neg	a6,t3
80401ff0:	40ac0c33          	sub	s8,s8,a0
80401ff4:	fffe0513          	add	a0,t3,-1
80401ff8:	001e3e13          	seqz	t3,t3
80401ffc:	41c787b3          	sub	a5,a5,t3
80402000:	0197f7b3          	and	a5,a5,s9
80402004:	01157533          	and	a0,a0,a7
80402008:	02f74863          	blt	a4,a5,80402038 <__d_vfprintf+0x3bc>
8040200c:	46c2                	lw	a3,16(sp)
8040200e:	00e79463          	bne	a5,a4,80402016 <__d_vfprintf+0x39a>
80402012:	02a5e363          	bltu	a1,a0,80402038 <__d_vfprintf+0x3bc>
80402016:	8546                	mv	a0,a7
80402018:	866e                	mv	a2,s11
8040201a:	85e6                	mv	a1,s9
8040201c:	ce3a                	sw	a4,28(sp)
8040201e:	cc42                	sw	a6,24(sp)
80402020:	ca36                	sw	a3,20(sp)
80402022:	c846                	sw	a7,16(sp)
80402024:	fffff097          	auipc	ra,0xfffff
80402028:	2a4080e7          	jalr	676(ra) # 804012c8 <__ashrdi3>
8040202c:	8905                	and	a0,a0,1
8040202e:	48c2                	lw	a7,16(sp)
80402030:	46d2                	lw	a3,20(sp)
80402032:	4862                	lw	a6,24(sp)
80402034:	4772                	lw	a4,28(sp)
80402036:	c94d                	beqz	a0,804020e8 <__d_vfprintf+0x46c>
80402038:	00988533          	add	a0,a7,s1
8040203c:	01153db3          	sltu	s11,a0,a7
80402040:	9766                	add	a4,a4,s9
80402042:	00ed8cb3          	add	s9,s11,a4
80402046:	001007b7          	lui	a5,0x100
8040204a:	86aa                	mv	a3,a0
8040204c:	08fcce63          	blt	s9,a5,804020e8 <__d_vfprintf+0x46c>
80402050:	02d14783          	lbu	a5,45(sp)
80402054:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80402056:	02f106a3          	sb	a5,45(sp)
8040205a:	40000793          	li	a5,1024
8040205e:	0af98163          	beq	s3,a5,80402100 <__d_vfprintf+0x484>
80402062:	00a87533          	and	a0,a6,a0
80402066:	019c7c33          	and	s8,s8,s9
8040206a:	05700613          	li	a2,87
8040206e:	1034                	add	a3,sp,40
80402070:	4735                	li	a4,13
80402072:	45a5                	li	a1,9
80402074:	41260633          	sub	a2,a2,s2
80402078:	01cc1813          	sll	a6,s8,0x1c
8040207c:	00f57793          	and	a5,a0,15
80402080:	8111                	srl	a0,a0,0x4
80402082:	00a86533          	or	a0,a6,a0
80402086:	404c5c13          	sra	s8,s8,0x4
8040208a:	e7e1                	bnez	a5,80402152 <__d_vfprintf+0x4d6>
8040208c:	0ced5563          	bge	s10,a4,80402156 <__d_vfprintf+0x4da>
80402090:	177d                	add	a4,a4,-1
80402092:	16fd                	add	a3,a3,-1
80402094:	f375                	bnez	a4,80402078 <__d_vfprintf+0x3fc>
80402096:	4c05                	li	s8,1
80402098:	4bb9                	li	s7,14
8040209a:	07000c93          	li	s9,112
8040209e:	00998713          	add	a4,s3,9
804020a2:	46c9                	li	a3,18
804020a4:	87ce                	mv	a5,s3
804020a6:	06e6e863          	bltu	a3,a4,80402116 <__d_vfprintf+0x49a>
804020aa:	02c14703          	lbu	a4,44(sp)
804020ae:	00177d93          	and	s11,a4,1
804020b2:	8b31                	and	a4,a4,12
804020b4:	120d9a63          	bnez	s11,804021e8 <__d_vfprintf+0x56c>
804020b8:	002af793          	and	a5,s5,2
804020bc:	12079263          	bnez	a5,804021e0 <__d_vfprintf+0x564>
804020c0:	004af793          	and	a5,s5,4
804020c4:	cfe9                	beqz	a5,8040219e <__d_vfprintf+0x522>
804020c6:	12071563          	bnez	a4,804021f0 <__d_vfprintf+0x574>
804020ca:	02000713          	li	a4,32
804020ce:	678d                	lui	a5,0x3
804020d0:	00faf7b3          	and	a5,s5,a5
804020d4:	1c079363          	bnez	a5,8040229a <__d_vfprintf+0x61e>
804020d8:	000d1363          	bnez	s10,804020de <__d_vfprintf+0x462>
804020dc:	4d05                	li	s10,1
804020de:	103c                	add	a5,sp,40
804020e0:	97de                	add	a5,a5,s7
804020e2:	03000693          	li	a3,48
804020e6:	aa9d                	j	8040225c <__d_vfprintf+0x5e0>
804020e8:	0106f6b3          	and	a3,a3,a6
804020ec:	018cfcb3          	and	s9,s9,s8
804020f0:	40000793          	li	a5,1024
804020f4:	04f99c63          	bne	s3,a5,8040214c <__d_vfprintf+0x4d0>
804020f8:	0196ecb3          	or	s9,a3,s9
804020fc:	040c8063          	beqz	s9,8040213c <__d_vfprintf+0x4c0>
80402100:	008beb93          	or	s7,s7,8
80402104:	03710623          	sb	s7,44(sp)
80402108:	40000993          	li	s3,1024
8040210c:	4bb9                	li	s7,14
8040210e:	07000c93          	li	s9,112
80402112:	40000793          	li	a5,1024
80402116:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
8040211a:	0c600693          	li	a3,198
8040211e:	4c09                	li	s8,2
80402120:	f8e6f5e3          	bgeu	a3,a4,804020aa <__d_vfprintf+0x42e>
80402124:	3e778793          	add	a5,a5,999
80402128:	7ce00c13          	li	s8,1998
8040212c:	00fc3c33          	sltu	s8,s8,a5
80402130:	0c0d                	add	s8,s8,3
80402132:	bfa5                	j	804020aa <__d_vfprintf+0x42e>
80402134:	4d01                	li	s10,0
80402136:	bf6d                	j	804020f0 <__d_vfprintf+0x474>
80402138:	4d35                	li	s10,13
8040213a:	bf5d                	j	804020f0 <__d_vfprintf+0x474>
8040213c:	004beb93          	or	s7,s7,4
80402140:	03710623          	sb	s7,44(sp)
80402144:	b7e1                	j	8040210c <__d_vfprintf+0x490>
80402146:	4981                	li	s3,0
80402148:	4d01                	li	s10,0
8040214a:	b705                	j	8040206a <__d_vfprintf+0x3ee>
8040214c:	8536                	mv	a0,a3
8040214e:	8c66                	mv	s8,s9
80402150:	bf29                	j	8040206a <__d_vfprintf+0x3ee>
80402152:	00f5ea63          	bltu	a1,a5,80402166 <__d_vfprintf+0x4ea>
80402156:	03078793          	add	a5,a5,48
8040215a:	00f68923          	sb	a5,18(a3)
8040215e:	f2ed59e3          	bge	s10,a4,80402090 <__d_vfprintf+0x414>
80402162:	8d3a                	mv	s10,a4
80402164:	b735                	j	80402090 <__d_vfprintf+0x414>
80402166:	97b2                	add	a5,a5,a2
80402168:	0ff7f793          	zext.b	a5,a5
8040216c:	b7fd                	j	8040215a <__d_vfprintf+0x4de>
8040216e:	4d19                	li	s10,6
80402170:	bbf1                	j	80401f4c <__d_vfprintf+0x2d0>
80402172:	06600793          	li	a5,102
80402176:	00fc9963          	bne	s9,a5,80402188 <__d_vfprintf+0x50c>
8040217a:	6789                	lui	a5,0x2
8040217c:	00fdedb3          	or	s11,s11,a5
80402180:	4705                	li	a4,1
80402182:	87ea                	mv	a5,s10
80402184:	4645                	li	a2,17
80402186:	b3c5                	j	80401f66 <__d_vfprintf+0x2ea>
80402188:	0ffd7793          	zext.b	a5,s10
8040218c:	0ffd7613          	zext.b	a2,s10
80402190:	e391                	bnez	a5,80402194 <__d_vfprintf+0x518>
80402192:	4605                	li	a2,1
80402194:	4701                	li	a4,0
80402196:	4781                	li	a5,0
80402198:	06500c93          	li	s9,101
8040219c:	b3e9                	j	80401f66 <__d_vfprintf+0x2ea>
8040219e:	db05                	beqz	a4,804020ce <__d_vfprintf+0x452>
804021a0:	478d                	li	a5,3
804021a2:	0967d163          	bge	a5,s6,80402224 <__d_vfprintf+0x5a8>
804021a6:	008afa93          	and	s5,s5,8
804021aa:	ffdb0493          	add	s1,s6,-3
804021ae:	000a9f63          	bnez	s5,804021cc <__d_vfprintf+0x550>
804021b2:	94a2                	add	s1,s1,s0
804021b4:	4582                	lw	a1,0(sp)
804021b6:	02000513          	li	a0,32
804021ba:	0405                	add	s0,s0,1
804021bc:	9a02                	jalr	s4
804021be:	b00540e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804021c2:	fe8499e3          	bne	s1,s0,804021b4 <__d_vfprintf+0x538>
804021c6:	4481                	li	s1,0
804021c8:	020d9f63          	bnez	s11,80402206 <__d_vfprintf+0x58a>
804021cc:	02c14783          	lbu	a5,44(sp)
804021d0:	8ba1                	and	a5,a5,8
804021d2:	efad                	bnez	a5,8040224c <__d_vfprintf+0x5d0>
804021d4:	804059b7          	lui	s3,0x80405
804021d8:	98498993          	add	s3,s3,-1660 # 80404984 <__clz_tab+0x100>
804021dc:	8c22                	mv	s8,s0
804021de:	a8b1                	j	8040223a <__d_vfprintf+0x5be>
804021e0:	eb15                	bnez	a4,80402214 <__d_vfprintf+0x598>
804021e2:	02b00713          	li	a4,43
804021e6:	b5e5                	j	804020ce <__d_vfprintf+0x452>
804021e8:	eb0d                	bnez	a4,8040221a <__d_vfprintf+0x59e>
804021ea:	02d00713          	li	a4,45
804021ee:	b5c5                	j	804020ce <__d_vfprintf+0x452>
804021f0:	02000d93          	li	s11,32
804021f4:	4791                	li	a5,4
804021f6:	0367d563          	bge	a5,s6,80402220 <__d_vfprintf+0x5a4>
804021fa:	008afa93          	and	s5,s5,8
804021fe:	ffcb0493          	add	s1,s6,-4
80402202:	fa0a88e3          	beqz	s5,804021b2 <__d_vfprintf+0x536>
80402206:	4582                	lw	a1,0(sp)
80402208:	856e                	mv	a0,s11
8040220a:	0405                	add	s0,s0,1
8040220c:	9a02                	jalr	s4
8040220e:	fa055fe3          	bgez	a0,804021cc <__d_vfprintf+0x550>
80402212:	b475                	j	80401cbe <__d_vfprintf+0x42>
80402214:	02b00d93          	li	s11,43
80402218:	bff1                	j	804021f4 <__d_vfprintf+0x578>
8040221a:	02d00d93          	li	s11,45
8040221e:	bfd9                	j	804021f4 <__d_vfprintf+0x578>
80402220:	4481                	li	s1,0
80402222:	b7d5                	j	80402206 <__d_vfprintf+0x58a>
80402224:	4481                	li	s1,0
80402226:	b75d                	j	804021cc <__d_vfprintf+0x550>
80402228:	4582                	lw	a1,0(sp)
8040222a:	41250533          	sub	a0,a0,s2
8040222e:	0ff57513          	zext.b	a0,a0
80402232:	0c05                	add	s8,s8,1
80402234:	9a02                	jalr	s4
80402236:	a80544e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040223a:	408c07b3          	sub	a5,s8,s0
8040223e:	97ce                	add	a5,a5,s3
80402240:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80402244:	f175                	bnez	a0,80402228 <__d_vfprintf+0x5ac>
80402246:	8462                	mv	s0,s8
80402248:	94e2                	add	s1,s1,s8
8040224a:	a535                	j	80402876 <__d_vfprintf+0xbfa>
8040224c:	804059b7          	lui	s3,0x80405
80402250:	98898993          	add	s3,s3,-1656 # 80404988 <__clz_tab+0x104>
80402254:	b761                	j	804021dc <__d_vfprintf+0x560>
80402256:	1bfd                	add	s7,s7,-1
80402258:	0ffbfb93          	zext.b	s7,s7
8040225c:	000b8763          	beqz	s7,8040226a <__d_vfprintf+0x5ee>
80402260:	0047c603          	lbu	a2,4(a5)
80402264:	17fd                	add	a5,a5,-1
80402266:	fed608e3          	beq	a2,a3,80402256 <__d_vfprintf+0x5da>
8040226a:	010af693          	and	a3,s5,16
8040226e:	87ea                	mv	a5,s10
80402270:	e291                	bnez	a3,80402274 <__d_vfprintf+0x5f8>
80402272:	87de                	mv	a5,s7
80402274:	56f1                	li	a3,-4
80402276:	0ed9cc63          	blt	s3,a3,8040236e <__d_vfprintf+0x6f2>
8040227a:	0fa9da63          	bge	s3,s10,8040236e <__d_vfprintf+0x6f2>
8040227e:	6689                	lui	a3,0x2
80402280:	00dae6b3          	or	a3,s5,a3
80402284:	01069a93          	sll	s5,a3,0x10
80402288:	010ada93          	srl	s5,s5,0x10
8040228c:	4d01                	li	s10,0
8040228e:	00f9d663          	bge	s3,a5,8040229a <__d_vfprintf+0x61e>
80402292:	00198893          	add	a7,s3,1
80402296:	41178d33          	sub	s10,a5,a7
8040229a:	6d89                	lui	s11,0x2
8040229c:	01bafdb3          	and	s11,s5,s11
804022a0:	0c0d8a63          	beqz	s11,80402374 <__d_vfprintf+0x6f8>
804022a4:	87ce                	mv	a5,s3
804022a6:	0009d363          	bgez	s3,804022ac <__d_vfprintf+0x630>
804022aa:	4781                	li	a5,0
804022ac:	0785                	add	a5,a5,1
804022ae:	c311                	beqz	a4,804022b2 <__d_vfprintf+0x636>
804022b0:	0785                	add	a5,a5,1
804022b2:	0c0d0963          	beqz	s10,80402384 <__d_vfprintf+0x708>
804022b6:	001d0693          	add	a3,s10,1
804022ba:	97b6                	add	a5,a5,a3
804022bc:	4481                	li	s1,0
804022be:	0167d463          	bge	a5,s6,804022c6 <__d_vfprintf+0x64a>
804022c2:	40fb04b3          	sub	s1,s6,a5
804022c6:	009af793          	and	a5,s5,9
804022ca:	e789                	bnez	a5,804022d4 <__d_vfprintf+0x658>
804022cc:	94a2                	add	s1,s1,s0
804022ce:	0c849063          	bne	s1,s0,8040238e <__d_vfprintf+0x712>
804022d2:	4481                	li	s1,0
804022d4:	c719                	beqz	a4,804022e2 <__d_vfprintf+0x666>
804022d6:	4582                	lw	a1,0(sp)
804022d8:	853a                	mv	a0,a4
804022da:	0405                	add	s0,s0,1
804022dc:	9a02                	jalr	s4
804022de:	9e0540e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804022e2:	00bad793          	srl	a5,s5,0xb
804022e6:	8b85                	and	a5,a5,1
804022e8:	c395                	beqz	a5,8040230c <__d_vfprintf+0x690>
804022ea:	4582                	lw	a1,0(sp)
804022ec:	03000513          	li	a0,48
804022f0:	9a02                	jalr	s4
804022f2:	9c0546e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804022f6:	07800513          	li	a0,120
804022fa:	4582                	lw	a1,0(sp)
804022fc:	41250533          	sub	a0,a0,s2
80402300:	0f857513          	and	a0,a0,248
80402304:	0409                	add	s0,s0,2
80402306:	9a02                	jalr	s4
80402308:	9a054be3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040230c:	008af793          	and	a5,s5,8
80402310:	e791                	bnez	a5,8040231c <__d_vfprintf+0x6a0>
80402312:	8b22                	mv	s6,s0
80402314:	9426                	add	s0,s0,s1
80402316:	09641663          	bne	s0,s6,804023a2 <__d_vfprintf+0x726>
8040231a:	4481                	li	s1,0
8040231c:	0c0d8f63          	beqz	s11,804023fa <__d_vfprintf+0x77e>
80402320:	8cce                	mv	s9,s3
80402322:	0009d363          	bgez	s3,80402328 <__d_vfprintf+0x6ac>
80402326:	4c81                	li	s9,0
80402328:	41998db3          	sub	s11,s3,s9
8040232c:	41a00d33          	neg	s10,s10
80402330:	5b7d                	li	s6,-1
80402332:	03000513          	li	a0,48
80402336:	017df663          	bgeu	s11,s7,80402342 <__d_vfprintf+0x6c6>
8040233a:	103c                	add	a5,sp,40
8040233c:	97ee                	add	a5,a5,s11
8040233e:	0057c503          	lbu	a0,5(a5)
80402342:	1cfd                	add	s9,s9,-1
80402344:	00140c13          	add	s8,s0,1
80402348:	07acc563          	blt	s9,s10,804023b2 <__d_vfprintf+0x736>
8040234c:	4582                	lw	a1,0(sp)
8040234e:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80402350:	9a02                	jalr	s4
80402352:	960546e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402356:	016c9a63          	bne	s9,s6,8040236a <__d_vfprintf+0x6ee>
8040235a:	4582                	lw	a1,0(sp)
8040235c:	02e00513          	li	a0,46
80402360:	9a02                	jalr	s4
80402362:	94054ee3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402366:	00240c13          	add	s8,s0,2
8040236a:	8462                	mv	s0,s8
8040236c:	b7d9                	j	80402332 <__d_vfprintf+0x6b6>
8040236e:	fff78d13          	add	s10,a5,-1
80402372:	b725                	j	8040229a <__d_vfprintf+0x61e>
80402374:	00bad693          	srl	a3,s5,0xb
80402378:	8a85                	and	a3,a3,1
8040237a:	478d                	li	a5,3
8040237c:	c291                	beqz	a3,80402380 <__d_vfprintf+0x704>
8040237e:	4795                	li	a5,5
80402380:	97e2                	add	a5,a5,s8
80402382:	b735                	j	804022ae <__d_vfprintf+0x632>
80402384:	010af693          	and	a3,s5,16
80402388:	da95                	beqz	a3,804022bc <__d_vfprintf+0x640>
8040238a:	0785                	add	a5,a5,1
8040238c:	bf05                	j	804022bc <__d_vfprintf+0x640>
8040238e:	4582                	lw	a1,0(sp)
80402390:	02000513          	li	a0,32
80402394:	c83a                	sw	a4,16(sp)
80402396:	9a02                	jalr	s4
80402398:	4742                	lw	a4,16(sp)
8040239a:	0405                	add	s0,s0,1
8040239c:	f20559e3          	bgez	a0,804022ce <__d_vfprintf+0x652>
804023a0:	ba39                	j	80401cbe <__d_vfprintf+0x42>
804023a2:	4582                	lw	a1,0(sp)
804023a4:	03000513          	li	a0,48
804023a8:	0b05                	add	s6,s6,1
804023aa:	9a02                	jalr	s4
804023ac:	f60555e3          	bgez	a0,80402316 <__d_vfprintf+0x69a>
804023b0:	b239                	j	80401cbe <__d_vfprintf+0x42>
804023b2:	033c9063          	bne	s9,s3,804023d2 <__d_vfprintf+0x756>
804023b6:	02d14703          	lbu	a4,45(sp)
804023ba:	03500793          	li	a5,53
804023be:	00e7e863          	bltu	a5,a4,804023ce <__d_vfprintf+0x752>
804023c2:	00f71863          	bne	a4,a5,804023d2 <__d_vfprintf+0x756>
804023c6:	02c14783          	lbu	a5,44(sp)
804023ca:	8bc1                	and	a5,a5,16
804023cc:	e399                	bnez	a5,804023d2 <__d_vfprintf+0x756>
804023ce:	03100513          	li	a0,49
804023d2:	4582                	lw	a1,0(sp)
804023d4:	9a02                	jalr	s4
804023d6:	8e0544e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804023da:	010afa93          	and	s5,s5,16
804023de:	e60a84e3          	beqz	s5,80402246 <__d_vfprintf+0x5ca>
804023e2:	57fd                	li	a5,-1
804023e4:	e6fc91e3          	bne	s9,a5,80402246 <__d_vfprintf+0x5ca>
804023e8:	4582                	lw	a1,0(sp)
804023ea:	00240c13          	add	s8,s0,2
804023ee:	02e00513          	li	a0,46
804023f2:	9a02                	jalr	s4
804023f4:	e40559e3          	bgez	a0,80402246 <__d_vfprintf+0x5ca>
804023f8:	b0d9                	j	80401cbe <__d_vfprintf+0x42>
804023fa:	02d14503          	lbu	a0,45(sp)
804023fe:	03100793          	li	a5,49
80402402:	00f50763          	beq	a0,a5,80402410 <__d_vfprintf+0x794>
80402406:	02c14783          	lbu	a5,44(sp)
8040240a:	9bbd                	and	a5,a5,-17
8040240c:	02f10623          	sb	a5,44(sp)
80402410:	4582                	lw	a1,0(sp)
80402412:	9a02                	jalr	s4
80402414:	8a0545e3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402418:	0da05a63          	blez	s10,804024ec <__d_vfprintf+0x870>
8040241c:	4582                	lw	a1,0(sp)
8040241e:	02e00513          	li	a0,46
80402422:	0409                	add	s0,s0,2
80402424:	9a02                	jalr	s4
80402426:	88054ce3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040242a:	4a85                	li	s5,1
8040242c:	4785                	li	a5,1
8040242e:	0405                	add	s0,s0,1
80402430:	03000513          	li	a0,48
80402434:	017af863          	bgeu	s5,s7,80402444 <__d_vfprintf+0x7c8>
80402438:	02078793          	add	a5,a5,32
8040243c:	1018                	add	a4,sp,32
8040243e:	97ba                	add	a5,a5,a4
80402440:	fed7c503          	lbu	a0,-19(a5)
80402444:	4582                	lw	a1,0(sp)
80402446:	9a02                	jalr	s4
80402448:	86054be3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040244c:	0a85                	add	s5,s5,1
8040244e:	0ffafa93          	zext.b	s5,s5
80402452:	87d6                	mv	a5,s5
80402454:	fd5d5de3          	bge	s10,s5,8040242e <__d_vfprintf+0x7b2>
80402458:	4582                	lw	a1,0(sp)
8040245a:	412c8533          	sub	a0,s9,s2
8040245e:	0ff57513          	zext.b	a0,a0
80402462:	9a02                	jalr	s4
80402464:	84054de3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402468:	0009ca63          	bltz	s3,8040247c <__d_vfprintf+0x800>
8040246c:	02b00513          	li	a0,43
80402470:	00099a63          	bnez	s3,80402484 <__d_vfprintf+0x808>
80402474:	02c14783          	lbu	a5,44(sp)
80402478:	8bc1                	and	a5,a5,16
8040247a:	c789                	beqz	a5,80402484 <__d_vfprintf+0x808>
8040247c:	413009b3          	neg	s3,s3
80402480:	02d00513          	li	a0,45
80402484:	4582                	lw	a1,0(sp)
80402486:	9a02                	jalr	s4
80402488:	82054be3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040248c:	4791                	li	a5,4
8040248e:	06fc1e63          	bne	s8,a5,8040250a <__d_vfprintf+0x88e>
80402492:	3e800913          	li	s2,1000
80402496:	0329c533          	div	a0,s3,s2
8040249a:	4582                	lw	a1,0(sp)
8040249c:	040d                	add	s0,s0,3
8040249e:	03050513          	add	a0,a0,48
804024a2:	0ff57513          	zext.b	a0,a0
804024a6:	9a02                	jalr	s4
804024a8:	80054be3          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804024ac:	0329e9b3          	rem	s3,s3,s2
804024b0:	06400913          	li	s2,100
804024b4:	4582                	lw	a1,0(sp)
804024b6:	0405                	add	s0,s0,1
804024b8:	0329c533          	div	a0,s3,s2
804024bc:	03050513          	add	a0,a0,48
804024c0:	0ff57513          	zext.b	a0,a0
804024c4:	9a02                	jalr	s4
804024c6:	fe054c63          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804024ca:	0329e9b3          	rem	s3,s3,s2
804024ce:	4929                	li	s2,10
804024d0:	4582                	lw	a1,0(sp)
804024d2:	0405                	add	s0,s0,1
804024d4:	0329c533          	div	a0,s3,s2
804024d8:	03050513          	add	a0,a0,48
804024dc:	0ff57513          	zext.b	a0,a0
804024e0:	9a02                	jalr	s4
804024e2:	fc054e63          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804024e6:	0329e9b3          	rem	s3,s3,s2
804024ea:	a03d                	j	80402518 <__d_vfprintf+0x89c>
804024ec:	010afa93          	and	s5,s5,16
804024f0:	000a9463          	bnez	s5,804024f8 <__d_vfprintf+0x87c>
804024f4:	0405                	add	s0,s0,1
804024f6:	b78d                	j	80402458 <__d_vfprintf+0x7dc>
804024f8:	4582                	lw	a1,0(sp)
804024fa:	02e00513          	li	a0,46
804024fe:	0409                	add	s0,s0,2
80402500:	9a02                	jalr	s4
80402502:	f4055be3          	bgez	a0,80402458 <__d_vfprintf+0x7dc>
80402506:	fb8ff06f          	j	80401cbe <__d_vfprintf+0x42>
8040250a:	478d                	li	a5,3
8040250c:	0409                	add	s0,s0,2
8040250e:	fafc01e3          	beq	s8,a5,804024b0 <__d_vfprintf+0x834>
80402512:	4785                	li	a5,1
80402514:	fafc1de3          	bne	s8,a5,804024ce <__d_vfprintf+0x852>
80402518:	03098513          	add	a0,s3,48
8040251c:	4582                	lw	a1,0(sp)
8040251e:	00140c13          	add	s8,s0,1
80402522:	0ff57513          	zext.b	a0,a0
80402526:	b5f1                	j	804023f2 <__d_vfprintf+0x776>
80402528:	f9d90793          	add	a5,s2,-99
8040252c:	0ff7f793          	zext.b	a5,a5
80402530:	4749                	li	a4,18
80402532:	20f76363          	bltu	a4,a5,80402738 <__d_vfprintf+0xabc>
80402536:	80404737          	lui	a4,0x80404
8040253a:	078a                	sll	a5,a5,0x2
8040253c:	4fc70713          	add	a4,a4,1276 # 804044fc <msg.0+0x64>
80402540:	97ba                	add	a5,a5,a4
80402542:	439c                	lw	a5,0(a5)
80402544:	8782                	jr	a5
80402546:	5792                	lw	a5,36(sp)
80402548:	4485                	li	s1,1
8040254a:	02810993          	add	s3,sp,40
8040254e:	00478713          	add	a4,a5,4
80402552:	439c                	lw	a5,0(a5)
80402554:	d23a                	sw	a4,36(sp)
80402556:	02f10423          	sb	a5,40(sp)
8040255a:	008df813          	and	a6,s11,8
8040255e:	06080063          	beqz	a6,804025be <__d_vfprintf+0x942>
80402562:	4901                	li	s2,0
80402564:	05249f63          	bne	s1,s2,804025c2 <__d_vfprintf+0x946>
80402568:	00940c33          	add	s8,s0,s1
8040256c:	409b04b3          	sub	s1,s6,s1
80402570:	b9d9                	j	80402246 <__d_vfprintf+0x5ca>
80402572:	5792                	lw	a5,36(sp)
80402574:	00478713          	add	a4,a5,4
80402578:	d23a                	sw	a4,36(sp)
8040257a:	0007a983          	lw	s3,0(a5)
8040257e:	00099663          	bnez	s3,8040258a <__d_vfprintf+0x90e>
80402582:	804059b7          	lui	s3,0x80405
80402586:	98c98993          	add	s3,s3,-1652 # 8040498c <__clz_tab+0x108>
8040258a:	040df793          	and	a5,s11,64
8040258e:	55fd                	li	a1,-1
80402590:	c391                	beqz	a5,80402594 <__d_vfprintf+0x918>
80402592:	85ea                	mv	a1,s10
80402594:	854e                	mv	a0,s3
80402596:	00001097          	auipc	ra,0x1
8040259a:	da0080e7          	jalr	-608(ra) # 80403336 <strnlen>
8040259e:	84aa                	mv	s1,a0
804025a0:	bf6d                	j	8040255a <__d_vfprintf+0x8de>
804025a2:	4582                	lw	a1,0(sp)
804025a4:	02000513          	li	a0,32
804025a8:	9a02                	jalr	s4
804025aa:	f0054a63          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804025ae:	197d                	add	s2,s2,-1
804025b0:	ff24e9e3          	bltu	s1,s2,804025a2 <__d_vfprintf+0x926>
804025b4:	945a                	add	s0,s0,s6
804025b6:	41240433          	sub	s0,s0,s2
804025ba:	8b4a                	mv	s6,s2
804025bc:	b75d                	j	80402562 <__d_vfprintf+0x8e6>
804025be:	895a                	mv	s2,s6
804025c0:	bfc5                	j	804025b0 <__d_vfprintf+0x934>
804025c2:	012987b3          	add	a5,s3,s2
804025c6:	4582                	lw	a1,0(sp)
804025c8:	0007c503          	lbu	a0,0(a5)
804025cc:	0905                	add	s2,s2,1
804025ce:	9a02                	jalr	s4
804025d0:	f8055ae3          	bgez	a0,80402564 <__d_vfprintf+0x8e8>
804025d4:	eeaff06f          	j	80401cbe <__d_vfprintf+0x42>
804025d8:	080df713          	and	a4,s11,128
804025dc:	5792                	lw	a5,36(sp)
804025de:	cf59                	beqz	a4,8040267c <__d_vfprintf+0xa00>
804025e0:	200df713          	and	a4,s11,512
804025e4:	c749                	beqz	a4,8040266e <__d_vfprintf+0x9f2>
804025e6:	079d                	add	a5,a5,7
804025e8:	9be1                	and	a5,a5,-8
804025ea:	4388                	lw	a0,0(a5)
804025ec:	43cc                	lw	a1,4(a5)
804025ee:	00878713          	add	a4,a5,8
804025f2:	d23a                	sw	a4,36(sp)
804025f4:	fefdf993          	and	s3,s11,-17
804025f8:	09c2                	sll	s3,s3,0x10
804025fa:	0109d993          	srl	s3,s3,0x10
804025fe:	0805df63          	bgez	a1,8040269c <__d_vfprintf+0xa20>
80402602:	00a037b3          	snez	a5,a0
80402606:	40b005b3          	neg	a1,a1
8040260a:	8d9d                	sub	a1,a1,a5
8040260c:	40a00533          	neg	a0,a0
80402610:	4009e993          	or	s3,s3,1024
80402614:	02810a93          	add	s5,sp,40
80402618:	46a9                	li	a3,10
8040261a:	8656                	mv	a2,s5
8040261c:	fffff097          	auipc	ra,0xfffff
80402620:	44c080e7          	jalr	1100(ra) # 80401a68 <__ultoa_invert>
80402624:	0409f793          	and	a5,s3,64
80402628:	41550ab3          	sub	s5,a0,s5
8040262c:	c7f5                	beqz	a5,80402718 <__d_vfprintf+0xa9c>
8040262e:	ffe9f793          	and	a5,s3,-2
80402632:	07c2                	sll	a5,a5,0x10
80402634:	83c1                	srl	a5,a5,0x10
80402636:	19aad563          	bge	s5,s10,804027c0 <__d_vfprintf+0xb44>
8040263a:	16090c63          	beqz	s2,804027b2 <__d_vfprintf+0xb36>
8040263e:	0109fc13          	and	s8,s3,16
80402642:	84ea                	mv	s1,s10
80402644:	89be                	mv	s3,a5
80402646:	060c0a63          	beqz	s8,804026ba <__d_vfprintf+0xa3e>
8040264a:	0489                	add	s1,s1,2
8040264c:	0089f793          	and	a5,s3,8
80402650:	18079a63          	bnez	a5,804027e4 <__d_vfprintf+0xb68>
80402654:	0019f793          	and	a5,s3,1
80402658:	cb89                	beqz	a5,8040266a <__d_vfprintf+0x9ee>
8040265a:	8d56                	mv	s10,s5
8040265c:	0164d763          	bge	s1,s6,8040266a <__d_vfprintf+0x9ee>
80402660:	409b04b3          	sub	s1,s6,s1
80402664:	01548d33          	add	s10,s1,s5
80402668:	84da                	mv	s1,s6
8040266a:	8ba6                	mv	s7,s1
8040266c:	a2ad                	j	804027d6 <__d_vfprintf+0xb5a>
8040266e:	4388                	lw	a0,0(a5)
80402670:	00478713          	add	a4,a5,4
80402674:	d23a                	sw	a4,36(sp)
80402676:	41f55593          	sra	a1,a0,0x1f
8040267a:	bfad                	j	804025f4 <__d_vfprintf+0x978>
8040267c:	00478713          	add	a4,a5,4
80402680:	4388                	lw	a0,0(a5)
80402682:	d23a                	sw	a4,36(sp)
80402684:	100df793          	and	a5,s11,256
80402688:	d7fd                	beqz	a5,80402676 <__d_vfprintf+0x9fa>
8040268a:	200df793          	and	a5,s11,512
8040268e:	c781                	beqz	a5,80402696 <__d_vfprintf+0xa1a>
80402690:	0562                	sll	a0,a0,0x18
80402692:	8561                	sra	a0,a0,0x18
80402694:	b7cd                	j	80402676 <__d_vfprintf+0x9fa>
80402696:	0542                	sll	a0,a0,0x10
80402698:	8541                	sra	a0,a0,0x10
8040269a:	bff1                	j	80402676 <__d_vfprintf+0x9fa>
8040269c:	00b567b3          	or	a5,a0,a1
804026a0:	fbb5                	bnez	a5,80402614 <__d_vfprintf+0x998>
804026a2:	040df793          	and	a5,s11,64
804026a6:	d7bd                	beqz	a5,80402614 <__d_vfprintf+0x998>
804026a8:	f60d16e3          	bnez	s10,80402614 <__d_vfprintf+0x998>
804026ac:	feedf993          	and	s3,s11,-18
804026b0:	09c2                	sll	s3,s3,0x10
804026b2:	0109d993          	srl	s3,s3,0x10
804026b6:	4a81                	li	s5,0
804026b8:	4481                	li	s1,0
804026ba:	4069fc13          	and	s8,s3,1030
804026be:	f80c07e3          	beqz	s8,8040264c <__d_vfprintf+0x9d0>
804026c2:	0485                	add	s1,s1,1
804026c4:	4c01                	li	s8,0
804026c6:	b759                	j	8040264c <__d_vfprintf+0x9d0>
804026c8:	fefdf813          	and	a6,s11,-17
804026cc:	01081d93          	sll	s11,a6,0x10
804026d0:	010ddd93          	srl	s11,s11,0x10
804026d4:	46a9                	li	a3,10
804026d6:	080df713          	and	a4,s11,128
804026da:	5792                	lw	a5,36(sp)
804026dc:	c355                	beqz	a4,80402780 <__d_vfprintf+0xb04>
804026de:	200df713          	and	a4,s11,512
804026e2:	cb49                	beqz	a4,80402774 <__d_vfprintf+0xaf8>
804026e4:	079d                	add	a5,a5,7
804026e6:	9be1                	and	a5,a5,-8
804026e8:	4388                	lw	a0,0(a5)
804026ea:	43cc                	lw	a1,4(a5)
804026ec:	00878713          	add	a4,a5,8
804026f0:	d23a                	sw	a4,36(sp)
804026f2:	00b567b3          	or	a5,a0,a1
804026f6:	e7cd                	bnez	a5,804027a0 <__d_vfprintf+0xb24>
804026f8:	fe9df993          	and	s3,s11,-23
804026fc:	09c2                	sll	s3,s3,0x10
804026fe:	040df793          	and	a5,s11,64
80402702:	0109d993          	srl	s3,s3,0x10
80402706:	c3dd                	beqz	a5,804027ac <__d_vfprintf+0xb30>
80402708:	0a0d1263          	bnez	s10,804027ac <__d_vfprintf+0xb30>
8040270c:	fe8df993          	and	s3,s11,-24
80402710:	09c2                	sll	s3,s3,0x10
80402712:	0109d993          	srl	s3,s3,0x10
80402716:	4a81                	li	s5,0
80402718:	0109fc13          	and	s8,s3,16
8040271c:	0a0c0463          	beqz	s8,804027c4 <__d_vfprintf+0xb48>
80402720:	001a8493          	add	s1,s5,1
80402724:	f20904e3          	beqz	s2,8040264c <__d_vfprintf+0x9d0>
80402728:	84d6                	mv	s1,s5
8040272a:	b705                	j	8040264a <__d_vfprintf+0x9ce>
8040272c:	010ded93          	or	s11,s11,16
80402730:	46c1                	li	a3,16
80402732:	07800913          	li	s2,120
80402736:	b745                	j	804026d6 <__d_vfprintf+0xa5a>
80402738:	07800793          	li	a5,120
8040273c:	00fc9a63          	bne	s9,a5,80402750 <__d_vfprintf+0xad4>
80402740:	05800793          	li	a5,88
80402744:	46c1                	li	a3,16
80402746:	f8f918e3          	bne	s2,a5,804026d6 <__d_vfprintf+0xa5a>
8040274a:	21000693          	li	a3,528
8040274e:	b761                	j	804026d6 <__d_vfprintf+0xa5a>
80402750:	4582                	lw	a1,0(sp)
80402752:	02500513          	li	a0,37
80402756:	9a02                	jalr	s4
80402758:	d6054363          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040275c:	4582                	lw	a1,0(sp)
8040275e:	854a                	mv	a0,s2
80402760:	9a02                	jalr	s4
80402762:	d4054e63          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402766:	0409                	add	s0,s0,2
80402768:	4792                	lw	a5,4(sp)
8040276a:	d34ff06f          	j	80401c9e <__d_vfprintf+0x22>
8040276e:	46a1                	li	a3,8
80402770:	4901                	li	s2,0
80402772:	b795                	j	804026d6 <__d_vfprintf+0xa5a>
80402774:	4388                	lw	a0,0(a5)
80402776:	00478713          	add	a4,a5,4
8040277a:	d23a                	sw	a4,36(sp)
8040277c:	4581                	li	a1,0
8040277e:	bf95                	j	804026f2 <__d_vfprintf+0xa76>
80402780:	00478713          	add	a4,a5,4
80402784:	4388                	lw	a0,0(a5)
80402786:	d23a                	sw	a4,36(sp)
80402788:	100df793          	and	a5,s11,256
8040278c:	dbe5                	beqz	a5,8040277c <__d_vfprintf+0xb00>
8040278e:	200df793          	and	a5,s11,512
80402792:	c781                	beqz	a5,8040279a <__d_vfprintf+0xb1e>
80402794:	0ff57513          	zext.b	a0,a0
80402798:	b7d5                	j	8040277c <__d_vfprintf+0xb00>
8040279a:	0542                	sll	a0,a0,0x10
8040279c:	8141                	srl	a0,a0,0x10
8040279e:	bff9                	j	8040277c <__d_vfprintf+0xb00>
804027a0:	ff9df813          	and	a6,s11,-7
804027a4:	01081993          	sll	s3,a6,0x10
804027a8:	0109d993          	srl	s3,s3,0x10
804027ac:	02810a93          	add	s5,sp,40
804027b0:	b5ad                	j	8040261a <__d_vfprintf+0x99e>
804027b2:	fee9f993          	and	s3,s3,-18
804027b6:	09c2                	sll	s3,s3,0x10
804027b8:	0109d993          	srl	s3,s3,0x10
804027bc:	84ea                	mv	s1,s10
804027be:	bdf5                	j	804026ba <__d_vfprintf+0xa3e>
804027c0:	89be                	mv	s3,a5
804027c2:	bf99                	j	80402718 <__d_vfprintf+0xa9c>
804027c4:	84d6                	mv	s1,s5
804027c6:	bdd5                	j	804026ba <__d_vfprintf+0xa3e>
804027c8:	4582                	lw	a1,0(sp)
804027ca:	02000513          	li	a0,32
804027ce:	9a02                	jalr	s4
804027d0:	ce054763          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804027d4:	0b85                	add	s7,s7,1
804027d6:	ff6bc9e3          	blt	s7,s6,804027c8 <__d_vfprintf+0xb4c>
804027da:	409404b3          	sub	s1,s0,s1
804027de:	01748433          	add	s0,s1,s7
804027e2:	84de                	mv	s1,s7
804027e4:	020c0363          	beqz	s8,8040280a <__d_vfprintf+0xb8e>
804027e8:	4582                	lw	a1,0(sp)
804027ea:	03000513          	li	a0,48
804027ee:	9a02                	jalr	s4
804027f0:	cc054763          	bltz	a0,80401cbe <__d_vfprintf+0x42>
804027f4:	04090d63          	beqz	s2,8040284e <__d_vfprintf+0xbd2>
804027f8:	4582                	lw	a1,0(sp)
804027fa:	0409                	add	s0,s0,2
804027fc:	854a                	mv	a0,s2
804027fe:	9a02                	jalr	s4
80402800:	ca054f63          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402804:	8c22                	mv	s8,s0
80402806:	9d22                	add	s10,s10,s0
80402808:	a81d                	j	8040283e <__d_vfprintf+0xbc2>
8040280a:	4069f793          	and	a5,s3,1030
8040280e:	dbfd                	beqz	a5,80402804 <__d_vfprintf+0xb88>
80402810:	0029f793          	and	a5,s3,2
80402814:	02000513          	li	a0,32
80402818:	c399                	beqz	a5,8040281e <__d_vfprintf+0xba2>
8040281a:	02b00513          	li	a0,43
8040281e:	4009f993          	and	s3,s3,1024
80402822:	00098463          	beqz	s3,8040282a <__d_vfprintf+0xbae>
80402826:	02d00513          	li	a0,45
8040282a:	4582                	lw	a1,0(sp)
8040282c:	0405                	add	s0,s0,1
8040282e:	bfc1                	j	804027fe <__d_vfprintf+0xb82>
80402830:	4582                	lw	a1,0(sp)
80402832:	03000513          	li	a0,48
80402836:	0c05                	add	s8,s8,1
80402838:	9a02                	jalr	s4
8040283a:	c8054263          	bltz	a0,80401cbe <__d_vfprintf+0x42>
8040283e:	418d07b3          	sub	a5,s10,s8
80402842:	fefac7e3          	blt	s5,a5,80402830 <__d_vfprintf+0xbb4>
80402846:	8456                	mv	s0,s5
80402848:	e409                	bnez	s0,80402852 <__d_vfprintf+0xbd6>
8040284a:	9c56                	add	s8,s8,s5
8040284c:	b305                	j	8040256c <__d_vfprintf+0x8f0>
8040284e:	0405                	add	s0,s0,1
80402850:	bf55                	j	80402804 <__d_vfprintf+0xb88>
80402852:	147d                	add	s0,s0,-1
80402854:	103c                	add	a5,sp,40
80402856:	97a2                	add	a5,a5,s0
80402858:	4582                	lw	a1,0(sp)
8040285a:	0007c503          	lbu	a0,0(a5)
8040285e:	9a02                	jalr	s4
80402860:	fe0554e3          	bgez	a0,80402848 <__d_vfprintf+0xbcc>
80402864:	c5aff06f          	j	80401cbe <__d_vfprintf+0x42>
80402868:	4582                	lw	a1,0(sp)
8040286a:	02000513          	li	a0,32
8040286e:	0405                	add	s0,s0,1
80402870:	9a02                	jalr	s4
80402872:	c4054663          	bltz	a0,80401cbe <__d_vfprintf+0x42>
80402876:	408487b3          	sub	a5,s1,s0
8040287a:	fef047e3          	bgtz	a5,80402868 <__d_vfprintf+0xbec>
8040287e:	b5ed                	j	80402768 <__d_vfprintf+0xaec>

80402880 <mulShiftAll64>:
80402880:	fffff317          	auipc	t1,0xfffff
80402884:	13c302e7          	jalr	t0,316(t1) # 804019bc <__riscv_save_10>
80402888:	84b2                	mv	s1,a2
8040288a:	00159913          	sll	s2,a1,0x1
8040288e:	4210                	lw	a2,0(a2)
80402890:	8ab6                	mv	s5,a3
80402892:	89be                	mv	s3,a5
80402894:	40d4                	lw	a3,4(s1)
80402896:	01f55793          	srl	a5,a0,0x1f
8040289a:	1141                	add	sp,sp,-16
8040289c:	0127e933          	or	s2,a5,s2
804028a0:	00151413          	sll	s0,a0,0x1
804028a4:	8522                	mv	a0,s0
804028a6:	85ca                	mv	a1,s2
804028a8:	8bba                	mv	s7,a4
804028aa:	870a                	mv	a4,sp
804028ac:	8b42                	mv	s6,a6
804028ae:	00001097          	auipc	ra,0x1
804028b2:	9fc080e7          	jalr	-1540(ra) # 804032aa <__umul128>
804028b6:	44d4                	lw	a3,12(s1)
804028b8:	4490                	lw	a2,8(s1)
804028ba:	0038                	add	a4,sp,8
804028bc:	8caa                	mv	s9,a0
804028be:	8c2e                	mv	s8,a1
804028c0:	8522                	mv	a0,s0
804028c2:	85ca                	mv	a1,s2
804028c4:	00001097          	auipc	ra,0x1
804028c8:	9e6080e7          	jalr	-1562(ra) # 804032aa <__umul128>
804028cc:	4682                	lw	a3,0(sp)
804028ce:	4712                	lw	a4,4(sp)
804028d0:	4785                	li	a5,1
804028d2:	00d50933          	add	s2,a0,a3
804028d6:	00a93533          	sltu	a0,s2,a0
804028da:	95ba                	add	a1,a1,a4
804028dc:	00b50433          	add	s0,a0,a1
804028e0:	00e46763          	bltu	s0,a4,804028ee <mulShiftAll64+0x6e>
804028e4:	00871463          	bne	a4,s0,804028ec <mulShiftAll64+0x6c>
804028e8:	00d96363          	bltu	s2,a3,804028ee <mulShiftAll64+0x6e>
804028ec:	4781                	li	a5,0
804028ee:	4622                	lw	a2,8(sp)
804028f0:	4732                	lw	a4,12(sp)
804028f2:	963e                	add	a2,a2,a5
804028f4:	00f637b3          	sltu	a5,a2,a5
804028f8:	00e786b3          	add	a3,a5,a4
804028fc:	4098                	lw	a4,0(s1)
804028fe:	40dc                	lw	a5,4(s1)
80402900:	c432                	sw	a2,8(sp)
80402902:	9766                	add	a4,a4,s9
80402904:	97e2                	add	a5,a5,s8
80402906:	019735b3          	sltu	a1,a4,s9
8040290a:	95be                	add	a1,a1,a5
8040290c:	c636                	sw	a3,12(sp)
8040290e:	4785                	li	a5,1
80402910:	0185e763          	bltu	a1,s8,8040291e <mulShiftAll64+0x9e>
80402914:	00bc1463          	bne	s8,a1,8040291c <mulShiftAll64+0x9c>
80402918:	01976363          	bltu	a4,s9,8040291e <mulShiftAll64+0x9e>
8040291c:	4781                	li	a5,0
8040291e:	4498                	lw	a4,8(s1)
80402920:	44c8                	lw	a0,12(s1)
80402922:	fbfa8a13          	add	s4,s5,-65
80402926:	974a                	add	a4,a4,s2
80402928:	9522                	add	a0,a0,s0
8040292a:	012735b3          	sltu	a1,a4,s2
8040292e:	95aa                	add	a1,a1,a0
80402930:	00e78533          	add	a0,a5,a4
80402934:	00f537b3          	sltu	a5,a0,a5
80402938:	95be                	add	a1,a1,a5
8040293a:	4785                	li	a5,1
8040293c:	0085e763          	bltu	a1,s0,8040294a <mulShiftAll64+0xca>
80402940:	00b41463          	bne	s0,a1,80402948 <mulShiftAll64+0xc8>
80402944:	01256363          	bltu	a0,s2,8040294a <mulShiftAll64+0xca>
80402948:	4781                	li	a5,0
8040294a:	963e                	add	a2,a2,a5
8040294c:	00f637b3          	sltu	a5,a2,a5
80402950:	8752                	mv	a4,s4
80402952:	96be                	add	a3,a3,a5
80402954:	00001097          	auipc	ra,0x1
80402958:	9a2080e7          	jalr	-1630(ra) # 804032f6 <__shiftright128>
8040295c:	00aba023          	sw	a0,0(s7)
80402960:	00bba223          	sw	a1,4(s7)
80402964:	4785                	li	a5,1
80402966:	48a2                	lw	a7,8(sp)
80402968:	4832                	lw	a6,12(sp)
8040296a:	40cc                	lw	a1,4(s1)
8040296c:	4488                	lw	a0,8(s1)
8040296e:	44d8                	lw	a4,12(s1)
80402970:	06fb1d63          	bne	s6,a5,804029ea <mulShiftAll64+0x16a>
80402974:	40a906b3          	sub	a3,s2,a0
80402978:	00d93633          	sltu	a2,s2,a3
8040297c:	40e407b3          	sub	a5,s0,a4
80402980:	8f91                	sub	a5,a5,a2
80402982:	4505                	li	a0,1
80402984:	00bc6863          	bltu	s8,a1,80402994 <mulShiftAll64+0x114>
80402988:	01859563          	bne	a1,s8,80402992 <mulShiftAll64+0x112>
8040298c:	4098                	lw	a4,0(s1)
8040298e:	00ece363          	bltu	s9,a4,80402994 <mulShiftAll64+0x114>
80402992:	4501                	li	a0,0
80402994:	40a68533          	sub	a0,a3,a0
80402998:	00a6b6b3          	sltu	a3,a3,a0
8040299c:	40d785b3          	sub	a1,a5,a3
804029a0:	4605                	li	a2,1
804029a2:	00b46763          	bltu	s0,a1,804029b0 <mulShiftAll64+0x130>
804029a6:	00859463          	bne	a1,s0,804029ae <mulShiftAll64+0x12e>
804029aa:	00a96363          	bltu	s2,a0,804029b0 <mulShiftAll64+0x130>
804029ae:	4601                	li	a2,0
804029b0:	40c88633          	sub	a2,a7,a2
804029b4:	00c8b6b3          	sltu	a3,a7,a2
804029b8:	8752                	mv	a4,s4
804029ba:	40d806b3          	sub	a3,a6,a3
804029be:	00001097          	auipc	ra,0x1
804029c2:	938080e7          	jalr	-1736(ra) # 804032f6 <__shiftright128>
804029c6:	4622                	lw	a2,8(sp)
804029c8:	46b2                	lw	a3,12(sp)
804029ca:	00a9a023          	sw	a0,0(s3)
804029ce:	00b9a223          	sw	a1,4(s3)
804029d2:	8752                	mv	a4,s4
804029d4:	854a                	mv	a0,s2
804029d6:	85a2                	mv	a1,s0
804029d8:	00001097          	auipc	ra,0x1
804029dc:	91e080e7          	jalr	-1762(ra) # 804032f6 <__shiftright128>
804029e0:	0141                	add	sp,sp,16
804029e2:	fffff317          	auipc	t1,0xfffff
804029e6:	01230067          	jr	18(t1) # 804019f4 <__riscv_restore_10>
804029ea:	01fcd793          	srl	a5,s9,0x1f
804029ee:	001c1613          	sll	a2,s8,0x1
804029f2:	8e5d                	or	a2,a2,a5
804029f4:	01f95693          	srl	a3,s2,0x1f
804029f8:	00141793          	sll	a5,s0,0x1
804029fc:	001c9e93          	sll	t4,s9,0x1
80402a00:	8fd5                	or	a5,a5,a3
80402a02:	00191313          	sll	t1,s2,0x1
80402a06:	4e05                	li	t3,1
80402a08:	01866763          	bltu	a2,s8,80402a16 <mulShiftAll64+0x196>
80402a0c:	00cc1463          	bne	s8,a2,80402a14 <mulShiftAll64+0x194>
80402a10:	019ee363          	bltu	t4,s9,80402a16 <mulShiftAll64+0x196>
80402a14:	4e01                	li	t3,0
80402a16:	9e1a                	add	t3,t3,t1
80402a18:	006e3333          	sltu	t1,t3,t1
80402a1c:	933e                	add	t1,t1,a5
80402a1e:	4785                	li	a5,1
80402a20:	00b66863          	bltu	a2,a1,80402a30 <mulShiftAll64+0x1b0>
80402a24:	00c59563          	bne	a1,a2,80402a2e <mulShiftAll64+0x1ae>
80402a28:	4094                	lw	a3,0(s1)
80402a2a:	00dee363          	bltu	t4,a3,80402a30 <mulShiftAll64+0x1b0>
80402a2e:	4781                	li	a5,0
80402a30:	40fe07b3          	sub	a5,t3,a5
80402a34:	00fe35b3          	sltu	a1,t3,a5
80402a38:	40b305b3          	sub	a1,t1,a1
80402a3c:	40a78533          	sub	a0,a5,a0
80402a40:	00a7b7b3          	sltu	a5,a5,a0
80402a44:	8d99                	sub	a1,a1,a4
80402a46:	01f8d693          	srl	a3,a7,0x1f
80402a4a:	8d9d                	sub	a1,a1,a5
80402a4c:	00181793          	sll	a5,a6,0x1
80402a50:	8fd5                	or	a5,a5,a3
80402a52:	fc0a8713          	add	a4,s5,-64
80402a56:	0886                	sll	a7,a7,0x1
80402a58:	4685                	li	a3,1
80402a5a:	00836763          	bltu	t1,s0,80402a68 <mulShiftAll64+0x1e8>
80402a5e:	00641463          	bne	s0,t1,80402a66 <mulShiftAll64+0x1e6>
80402a62:	012e6363          	bltu	t3,s2,80402a68 <mulShiftAll64+0x1e8>
80402a66:	4681                	li	a3,0
80402a68:	96c6                	add	a3,a3,a7
80402a6a:	0116b8b3          	sltu	a7,a3,a7
80402a6e:	98be                	add	a7,a7,a5
80402a70:	4605                	li	a2,1
80402a72:	00b36763          	bltu	t1,a1,80402a80 <mulShiftAll64+0x200>
80402a76:	00659463          	bne	a1,t1,80402a7e <mulShiftAll64+0x1fe>
80402a7a:	00ae6363          	bltu	t3,a0,80402a80 <mulShiftAll64+0x200>
80402a7e:	4601                	li	a2,0
80402a80:	40c68633          	sub	a2,a3,a2
80402a84:	00c6b6b3          	sltu	a3,a3,a2
80402a88:	40d886b3          	sub	a3,a7,a3
80402a8c:	bf0d                	j	804029be <mulShiftAll64+0x13e>

80402a8e <div10>:
80402a8e:	fffff317          	auipc	t1,0xfffff
80402a92:	f56302e7          	jalr	t0,-170(t1) # 804019e4 <__riscv_save_0>
80402a96:	804057b7          	lui	a5,0x80405
80402a9a:	9987a603          	lw	a2,-1640(a5) # 80404998 <stdout+0x4>
80402a9e:	99c7a683          	lw	a3,-1636(a5)
80402aa2:	1141                	add	sp,sp,-16
80402aa4:	0038                	add	a4,sp,8
80402aa6:	00001097          	auipc	ra,0x1
80402aaa:	804080e7          	jalr	-2044(ra) # 804032aa <__umul128>
80402aae:	45b2                	lw	a1,12(sp)
80402ab0:	47a2                	lw	a5,8(sp)
80402ab2:	01d59513          	sll	a0,a1,0x1d
80402ab6:	838d                	srl	a5,a5,0x3
80402ab8:	8d5d                	or	a0,a0,a5
80402aba:	818d                	srl	a1,a1,0x3
80402abc:	0141                	add	sp,sp,16
80402abe:	fffff317          	auipc	t1,0xfffff
80402ac2:	f4a30067          	jr	-182(t1) # 80401a08 <__riscv_restore_0>

80402ac6 <__dtoa_engine>:
80402ac6:	fffff317          	auipc	t1,0xfffff
80402aca:	eee302e7          	jalr	t0,-274(t1) # 804019b4 <__riscv_save_12>
80402ace:	715d                	add	sp,sp,-80
80402ad0:	8bb6                	mv	s7,a3
80402ad2:	001006b7          	lui	a3,0x100
80402ad6:	c43a                	sw	a4,8(sp)
80402ad8:	c63e                	sw	a5,12(sp)
80402ada:	01f5d713          	srl	a4,a1,0x1f
80402ade:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80402ae2:	0145d793          	srl	a5,a1,0x14
80402ae6:	00bdfdb3          	and	s11,s11,a1
80402aea:	c03a                	sw	a4,0(sp)
80402aec:	7ff7f413          	and	s0,a5,2047
80402af0:	84aa                	mv	s1,a0
80402af2:	8ab2                	mv	s5,a2
80402af4:	00ade733          	or	a4,s11,a0
80402af8:	e415                	bnez	s0,80402b24 <__dtoa_engine+0x5e>
80402afa:	e721                	bnez	a4,80402b42 <__dtoa_engine+0x7c>
80402afc:	03000793          	li	a5,48
80402b00:	00f602a3          	sb	a5,5(a2)
80402b04:	4782                	lw	a5,0(sp)
80402b06:	00060323          	sb	zero,6(a2)
80402b0a:	00062023          	sw	zero,0(a2)
80402b0e:	0027e993          	or	s3,a5,2
80402b12:	01360223          	sb	s3,4(a2)
80402b16:	4405                	li	s0,1
80402b18:	8522                	mv	a0,s0
80402b1a:	6161                	add	sp,sp,80
80402b1c:	fffff317          	auipc	t1,0xfffff
80402b20:	ed430067          	jr	-300(t1) # 804019f0 <__riscv_restore_12>
80402b24:	7ff00613          	li	a2,2047
80402b28:	0ac41d63          	bne	s0,a2,80402be2 <__dtoa_engine+0x11c>
80402b2c:	4782                	lw	a5,0(sp)
80402b2e:	0047e793          	or	a5,a5,4
80402b32:	c701                	beqz	a4,80402b3a <__dtoa_engine+0x74>
80402b34:	4782                	lw	a5,0(sp)
80402b36:	0087e793          	or	a5,a5,8
80402b3a:	00fa8223          	sb	a5,4(s5)
80402b3e:	4401                	li	s0,0
80402b40:	bfe1                	j	80402b18 <__dtoa_engine+0x52>
80402b42:	00157793          	and	a5,a0,1
80402b46:	c23e                	sw	a5,4(sp)
80402b48:	002d9993          	sll	s3,s11,0x2
80402b4c:	01e55793          	srl	a5,a0,0x1e
80402b50:	0137e9b3          	or	s3,a5,s3
80402b54:	00251c13          	sll	s8,a0,0x2
80402b58:	892a                	mv	s2,a0
80402b5a:	bcc00413          	li	s0,-1076
80402b5e:	4805                	li	a6,1
80402b60:	4d05                	li	s10,1
80402b62:	408004b3          	neg	s1,s0
80402b66:	8526                	mv	a0,s1
80402b68:	ca42                	sw	a6,20(sp)
80402b6a:	00000097          	auipc	ra,0x0
80402b6e:	71e080e7          	jalr	1822(ra) # 80403288 <__log10Pow5>
80402b72:	fff42793          	slti	a5,s0,-1
80402b76:	40f50b33          	sub	s6,a0,a5
80402b7a:	416484b3          	sub	s1,s1,s6
80402b7e:	8526                	mv	a0,s1
80402b80:	00000097          	auipc	ra,0x0
80402b84:	718080e7          	jalr	1816(ra) # 80403298 <__pow5bits>
80402b88:	f8350693          	add	a3,a0,-125
80402b8c:	40db06b3          	sub	a3,s6,a3
80402b90:	8526                	mv	a0,s1
80402b92:	008c                	add	a1,sp,64
80402b94:	c836                	sw	a3,16(sp)
80402b96:	00000097          	auipc	ra,0x0
80402b9a:	492080e7          	jalr	1170(ra) # 80403028 <__double_computePow5>
80402b9e:	4852                	lw	a6,20(sp)
80402ba0:	46c2                	lw	a3,16(sp)
80402ba2:	181c                	add	a5,sp,48
80402ba4:	1038                	add	a4,sp,40
80402ba6:	0090                	add	a2,sp,64
80402ba8:	854a                	mv	a0,s2
80402baa:	85ee                	mv	a1,s11
80402bac:	00000097          	auipc	ra,0x0
80402bb0:	cd4080e7          	jalr	-812(ra) # 80402880 <mulShiftAll64>
80402bb4:	4785                	li	a5,1
80402bb6:	008b0a33          	add	s4,s6,s0
80402bba:	84ae                	mv	s1,a1
80402bbc:	842a                	mv	s0,a0
80402bbe:	1567ee63          	bltu	a5,s6,80402d1a <__dtoa_engine+0x254>
80402bc2:	4792                	lw	a5,4(sp)
80402bc4:	4985                	li	s3,1
80402bc6:	10078e63          	beqz	a5,80402ce2 <__dtoa_engine+0x21c>
80402bca:	57a2                	lw	a5,40(sp)
80402bcc:	5732                	lw	a4,44(sp)
80402bce:	4985                	li	s3,1
80402bd0:	fff78693          	add	a3,a5,-1
80402bd4:	0017b793          	seqz	a5,a5
80402bd8:	40f707b3          	sub	a5,a4,a5
80402bdc:	d436                	sw	a3,40(sp)
80402bde:	d63e                	sw	a5,44(sp)
80402be0:	a8c9                	j	80402cb2 <__dtoa_engine+0x1ec>
80402be2:	01b6edb3          	or	s11,a3,s11
80402be6:	00157693          	and	a3,a0,1
80402bea:	c236                	sw	a3,4(sp)
80402bec:	002d9993          	sll	s3,s11,0x2
80402bf0:	01e55693          	srl	a3,a0,0x1e
80402bf4:	bcb40413          	add	s0,s0,-1077
80402bf8:	892a                	mv	s2,a0
80402bfa:	0136e9b3          	or	s3,a3,s3
80402bfe:	00251c13          	sll	s8,a0,0x2
80402c02:	4d05                	li	s10,1
80402c04:	e709                	bnez	a4,80402c0e <__dtoa_engine+0x148>
80402c06:	7fe7f793          	and	a5,a5,2046
80402c0a:	0017bd13          	seqz	s10,a5
80402c0e:	886a                	mv	a6,s10
80402c10:	f40449e3          	bltz	s0,80402b62 <__dtoa_engine+0x9c>
80402c14:	8522                	mv	a0,s0
80402c16:	00000097          	auipc	ra,0x0
80402c1a:	664080e7          	jalr	1636(ra) # 8040327a <__log10Pow2>
80402c1e:	00442793          	slti	a5,s0,4
80402c22:	0017c793          	xor	a5,a5,1
80402c26:	40f50a33          	sub	s4,a0,a5
80402c2a:	8552                	mv	a0,s4
80402c2c:	00000097          	auipc	ra,0x0
80402c30:	66c080e7          	jalr	1644(ra) # 80403298 <__pow5bits>
80402c34:	07c50693          	add	a3,a0,124
80402c38:	408a0433          	sub	s0,s4,s0
80402c3c:	96a2                	add	a3,a3,s0
80402c3e:	008c                	add	a1,sp,64
80402c40:	8552                	mv	a0,s4
80402c42:	c836                	sw	a3,16(sp)
80402c44:	00000097          	auipc	ra,0x0
80402c48:	50c080e7          	jalr	1292(ra) # 80403150 <__double_computeInvPow5>
80402c4c:	46c2                	lw	a3,16(sp)
80402c4e:	181c                	add	a5,sp,48
80402c50:	8526                	mv	a0,s1
80402c52:	886a                	mv	a6,s10
80402c54:	1038                	add	a4,sp,40
80402c56:	0090                	add	a2,sp,64
80402c58:	85ee                	mv	a1,s11
80402c5a:	00000097          	auipc	ra,0x0
80402c5e:	c26080e7          	jalr	-986(ra) # 80402880 <mulShiftAll64>
80402c62:	47d5                	li	a5,21
80402c64:	842a                	mv	s0,a0
80402c66:	84ae                	mv	s1,a1
80402c68:	0b47e763          	bltu	a5,s4,80402d16 <__dtoa_engine+0x250>
80402c6c:	804057b7          	lui	a5,0x80405
80402c70:	99c7a683          	lw	a3,-1636(a5) # 8040499c <stdout+0x8>
80402c74:	9987a603          	lw	a2,-1640(a5)
80402c78:	1838                	add	a4,sp,56
80402c7a:	8562                	mv	a0,s8
80402c7c:	85ce                	mv	a1,s3
80402c7e:	00000097          	auipc	ra,0x0
80402c82:	62c080e7          	jalr	1580(ra) # 804032aa <__umul128>
80402c86:	57e2                	lw	a5,56(sp)
80402c88:	56f2                	lw	a3,60(sp)
80402c8a:	5da2                	lw	s11,40(sp)
80402c8c:	8389                	srl	a5,a5,0x2
80402c8e:	06fa                	sll	a3,a3,0x1e
80402c90:	8fd5                	or	a5,a5,a3
80402c92:	4695                	li	a3,5
80402c94:	02f687b3          	mul	a5,a3,a5
80402c98:	5932                	lw	s2,44(sp)
80402c9a:	01879e63          	bne	a5,s8,80402cb6 <__dtoa_engine+0x1f0>
80402c9e:	85ce                	mv	a1,s3
80402ca0:	8562                	mv	a0,s8
80402ca2:	00000097          	auipc	ra,0x0
80402ca6:	348080e7          	jalr	840(ra) # 80402fea <__pow5Factor>
80402caa:	01453733          	sltu	a4,a0,s4
80402cae:	00174993          	xor	s3,a4,1
80402cb2:	4d01                	li	s10,0
80402cb4:	a03d                	j	80402ce2 <__dtoa_engine+0x21c>
80402cb6:	4792                	lw	a5,4(sp)
80402cb8:	eb95                	bnez	a5,80402cec <__dtoa_engine+0x226>
80402cba:	fffc0793          	add	a5,s8,-1
80402cbe:	41a78533          	sub	a0,a5,s10
80402cc2:	001c3593          	seqz	a1,s8
80402cc6:	00a7b7b3          	sltu	a5,a5,a0
80402cca:	40b985b3          	sub	a1,s3,a1
80402cce:	8d9d                	sub	a1,a1,a5
80402cd0:	00000097          	auipc	ra,0x0
80402cd4:	31a080e7          	jalr	794(ra) # 80402fea <__pow5Factor>
80402cd8:	01453933          	sltu	s2,a0,s4
80402cdc:	00194d13          	xor	s10,s2,1
80402ce0:	4981                	li	s3,0
80402ce2:	47a2                	lw	a5,8(sp)
80402ce4:	10079e63          	bnez	a5,80402e00 <__dtoa_engine+0x33a>
80402ce8:	8b5e                	mv	s6,s7
80402cea:	a079                	j	80402d78 <__dtoa_engine+0x2b2>
80402cec:	002c0513          	add	a0,s8,2
80402cf0:	018535b3          	sltu	a1,a0,s8
80402cf4:	95ce                	add	a1,a1,s3
80402cf6:	00000097          	auipc	ra,0x0
80402cfa:	2f4080e7          	jalr	756(ra) # 80402fea <__pow5Factor>
80402cfe:	01453533          	sltu	a0,a0,s4
80402d02:	00154513          	xor	a0,a0,1
80402d06:	40ad8533          	sub	a0,s11,a0
80402d0a:	00adbdb3          	sltu	s11,s11,a0
80402d0e:	41b90733          	sub	a4,s2,s11
80402d12:	d42a                	sw	a0,40(sp)
80402d14:	d63a                	sw	a4,44(sp)
80402d16:	4981                	li	s3,0
80402d18:	bf69                	j	80402cb2 <__dtoa_engine+0x1ec>
80402d1a:	03e00793          	li	a5,62
80402d1e:	ff67ece3          	bltu	a5,s6,80402d16 <__dtoa_engine+0x250>
80402d22:	865a                	mv	a2,s6
80402d24:	557d                	li	a0,-1
80402d26:	55fd                	li	a1,-1
80402d28:	ffffe097          	auipc	ra,0xffffe
80402d2c:	578080e7          	jalr	1400(ra) # 804012a0 <__ashldi3>
80402d30:	fff54513          	not	a0,a0
80402d34:	fff5c593          	not	a1,a1
80402d38:	0135f5b3          	and	a1,a1,s3
80402d3c:	01857533          	and	a0,a0,s8
80402d40:	00b56733          	or	a4,a0,a1
80402d44:	00173993          	seqz	s3,a4
80402d48:	b7ad                	j	80402cb2 <__dtoa_engine+0x1ec>
80402d4a:	02d50833          	mul	a6,a0,a3
80402d4e:	0785                	add	a5,a5,1
80402d50:	02b536b3          	mulhu	a3,a0,a1
80402d54:	02b505b3          	mul	a1,a0,a1
80402d58:	96c2                	add	a3,a3,a6
80402d5a:	00d4e663          	bltu	s1,a3,80402d66 <__dtoa_engine+0x2a0>
80402d5e:	fe9696e3          	bne	a3,s1,80402d4a <__dtoa_engine+0x284>
80402d62:	feb474e3          	bgeu	s0,a1,80402d4a <__dtoa_engine+0x284>
80402d66:	4732                	lw	a4,12(sp)
80402d68:	97d2                	add	a5,a5,s4
80402d6a:	97ba                	add	a5,a5,a4
80402d6c:	00f04363          	bgtz	a5,80402d72 <__dtoa_engine+0x2ac>
80402d70:	4785                	li	a5,1
80402d72:	8b3e                	mv	s6,a5
80402d74:	f6fbcae3          	blt	s7,a5,80402ce8 <__dtoa_engine+0x222>
80402d78:	4c81                	li	s9,0
80402d7a:	4901                	li	s2,0
80402d7c:	4c01                	li	s8,0
80402d7e:	5522                	lw	a0,40(sp)
80402d80:	55b2                	lw	a1,44(sp)
80402d82:	00000097          	auipc	ra,0x0
80402d86:	d0c080e7          	jalr	-756(ra) # 80402a8e <div10>
80402d8a:	57c2                	lw	a5,48(sp)
80402d8c:	8dae                	mv	s11,a1
80402d8e:	55d2                	lw	a1,52(sp)
80402d90:	c82a                	sw	a0,16(sp)
80402d92:	853e                	mv	a0,a5
80402d94:	ca3e                	sw	a5,20(sp)
80402d96:	00000097          	auipc	ra,0x0
80402d9a:	cf8080e7          	jalr	-776(ra) # 80402a8e <div10>
80402d9e:	832a                	mv	t1,a0
80402da0:	88ae                	mv	a7,a1
80402da2:	4ea9                	li	t4,10
80402da4:	01b5e763          	bltu	a1,s11,80402db2 <__dtoa_engine+0x2ec>
80402da8:	08bd9863          	bne	s11,a1,80402e38 <__dtoa_engine+0x372>
80402dac:	47c2                	lw	a5,16(sp)
80402dae:	08f57563          	bgeu	a0,a5,80402e38 <__dtoa_engine+0x372>
80402db2:	8522                	mv	a0,s0
80402db4:	85a6                	mv	a1,s1
80402db6:	ce46                	sw	a7,28(sp)
80402db8:	cc1a                	sw	t1,24(sp)
80402dba:	00000097          	auipc	ra,0x0
80402dbe:	cd4080e7          	jalr	-812(ra) # 80402a8e <div10>
80402dc2:	4362                	lw	t1,24(sp)
80402dc4:	4ea9                	li	t4,10
80402dc6:	001cb693          	seqz	a3,s9
80402dca:	026e8833          	mul	a6,t4,t1
80402dce:	00d9f9b3          	and	s3,s3,a3
80402dd2:	47d2                	lw	a5,20(sp)
80402dd4:	48f2                	lw	a7,28(sp)
80402dd6:	d66e                	sw	s11,44(sp)
80402dd8:	d81a                	sw	t1,48(sp)
80402dda:	da46                	sw	a7,52(sp)
80402ddc:	0905                	add	s2,s2,1
80402dde:	84ae                	mv	s1,a1
80402de0:	02ae86b3          	mul	a3,t4,a0
80402de4:	40f80833          	sub	a6,a6,a5
80402de8:	47c2                	lw	a5,16(sp)
80402dea:	00183813          	seqz	a6,a6
80402dee:	010d7d33          	and	s10,s10,a6
80402df2:	d43e                	sw	a5,40(sp)
80402df4:	40d406b3          	sub	a3,s0,a3
80402df8:	0ff6fc93          	zext.b	s9,a3
80402dfc:	842a                	mv	s0,a0
80402dfe:	b741                	j	80402d7e <__dtoa_engine+0x2b8>
80402e00:	45a9                	li	a1,10
80402e02:	4681                	li	a3,0
80402e04:	4785                	li	a5,1
80402e06:	4529                	li	a0,10
80402e08:	bf89                	j	80402d5a <__dtoa_engine+0x294>
80402e0a:	030e8f33          	mul	t5,t4,a6
80402e0e:	0505                	add	a0,a0,1
80402e10:	02beb833          	mulhu	a6,t4,a1
80402e14:	02be85b3          	mul	a1,t4,a1
80402e18:	987a                	add	a6,a6,t5
80402e1a:	0104e663          	bltu	s1,a6,80402e26 <__dtoa_engine+0x360>
80402e1e:	fe9816e3          	bne	a6,s1,80402e0a <__dtoa_engine+0x344>
80402e22:	feb474e3          	bgeu	s0,a1,80402e0a <__dtoa_engine+0x344>
80402e26:	00ab5d63          	bge	s6,a0,80402e40 <__dtoa_engine+0x37a>
80402e2a:	000b1563          	bnez	s6,80402e34 <__dtoa_engine+0x36e>
80402e2e:	009465b3          	or	a1,s0,s1
80402e32:	c599                	beqz	a1,80402e40 <__dtoa_engine+0x37a>
80402e34:	4c05                	li	s8,1
80402e36:	bfb5                	j	80402db2 <__dtoa_engine+0x2ec>
80402e38:	45a9                	li	a1,10
80402e3a:	4801                	li	a6,0
80402e3c:	4505                	li	a0,1
80402e3e:	bff1                	j	80402e1a <__dtoa_engine+0x354>
80402e40:	060d0763          	beqz	s10,80402eae <__dtoa_engine+0x3e8>
80402e44:	4da9                	li	s11,10
80402e46:	5342                	lw	t1,48(sp)
80402e48:	55d2                	lw	a1,52(sp)
80402e4a:	851a                	mv	a0,t1
80402e4c:	c81a                	sw	t1,16(sp)
80402e4e:	00000097          	auipc	ra,0x0
80402e52:	c40080e7          	jalr	-960(ra) # 80402a8e <div10>
80402e56:	ce2e                	sw	a1,28(sp)
80402e58:	02ad85b3          	mul	a1,s11,a0
80402e5c:	4342                	lw	t1,16(sp)
80402e5e:	882a                	mv	a6,a0
80402e60:	cc42                	sw	a6,24(sp)
80402e62:	04659663          	bne	a1,t1,80402eae <__dtoa_engine+0x3e8>
80402e66:	5522                	lw	a0,40(sp)
80402e68:	55b2                	lw	a1,44(sp)
80402e6a:	0905                	add	s2,s2,1
80402e6c:	00000097          	auipc	ra,0x0
80402e70:	c22080e7          	jalr	-990(ra) # 80402a8e <div10>
80402e74:	ca2a                	sw	a0,20(sp)
80402e76:	c82e                	sw	a1,16(sp)
80402e78:	8522                	mv	a0,s0
80402e7a:	85a6                	mv	a1,s1
80402e7c:	00000097          	auipc	ra,0x0
80402e80:	c12080e7          	jalr	-1006(ra) # 80402a8e <div10>
80402e84:	001cb693          	seqz	a3,s9
80402e88:	00d9f9b3          	and	s3,s3,a3
80402e8c:	02ad86b3          	mul	a3,s11,a0
80402e90:	4e52                	lw	t3,20(sp)
80402e92:	4342                	lw	t1,16(sp)
80402e94:	4862                	lw	a6,24(sp)
80402e96:	48f2                	lw	a7,28(sp)
80402e98:	d472                	sw	t3,40(sp)
80402e9a:	d61a                	sw	t1,44(sp)
80402e9c:	d842                	sw	a6,48(sp)
80402e9e:	da46                	sw	a7,52(sp)
80402ea0:	84ae                	mv	s1,a1
80402ea2:	40d406b3          	sub	a3,s0,a3
80402ea6:	0ff6fc93          	zext.b	s9,a3
80402eaa:	842a                	mv	s0,a0
80402eac:	bf69                	j	80402e46 <__dtoa_engine+0x380>
80402eae:	9952                	add	s2,s2,s4
80402eb0:	0c098863          	beqz	s3,80402f80 <__dtoa_engine+0x4ba>
80402eb4:	4715                	li	a4,5
80402eb6:	0cec9563          	bne	s9,a4,80402f80 <__dtoa_engine+0x4ba>
80402eba:	00147713          	and	a4,s0,1
80402ebe:	e755                	bnez	a4,80402f6a <__dtoa_engine+0x4a4>
80402ec0:	000c1963          	bnez	s8,80402ed2 <__dtoa_engine+0x40c>
80402ec4:	5742                	lw	a4,48(sp)
80402ec6:	00871563          	bne	a4,s0,80402ed0 <__dtoa_engine+0x40a>
80402eca:	5752                	lw	a4,52(sp)
80402ecc:	0c970c63          	beq	a4,s1,80402fa4 <__dtoa_engine+0x4de>
80402ed0:	4701                	li	a4,0
80402ed2:	943a                	add	s0,s0,a4
80402ed4:	00e435b3          	sltu	a1,s0,a4
80402ed8:	95a6                	add	a1,a1,s1
80402eda:	8a2e                	mv	s4,a1
80402edc:	84a2                	mv	s1,s0
80402ede:	4629                	li	a2,10
80402ee0:	4681                	li	a3,0
80402ee2:	4c05                	li	s8,1
80402ee4:	4529                	li	a0,10
80402ee6:	00d5e663          	bltu	a1,a3,80402ef2 <__dtoa_engine+0x42c>
80402eea:	0ab69f63          	bne	a3,a1,80402fa8 <__dtoa_engine+0x4e2>
80402eee:	0ac47d63          	bgeu	s0,a2,80402fa8 <__dtoa_engine+0x4e2>
80402ef2:	c329                	beqz	a4,80402f34 <__dtoa_engine+0x46e>
80402ef4:	058b5063          	bge	s6,s8,80402f34 <__dtoa_engine+0x46e>
80402ef8:	47a2                	lw	a5,8(sp)
80402efa:	cf91                	beqz	a5,80402f16 <__dtoa_engine+0x450>
80402efc:	4732                	lw	a4,12(sp)
80402efe:	012c07b3          	add	a5,s8,s2
80402f02:	00f70b33          	add	s6,a4,a5
80402f06:	000b5363          	bgez	s6,80402f0c <__dtoa_engine+0x446>
80402f0a:	4b01                	li	s6,0
80402f0c:	016bd363          	bge	s7,s6,80402f12 <__dtoa_engine+0x44c>
80402f10:	8b5e                	mv	s6,s7
80402f12:	038b5163          	bge	s6,s8,80402f34 <__dtoa_engine+0x46e>
80402f16:	00540513          	add	a0,s0,5
80402f1a:	00853433          	sltu	s0,a0,s0
80402f1e:	4629                	li	a2,10
80402f20:	4681                	li	a3,0
80402f22:	95a2                	add	a1,a1,s0
80402f24:	ffffe097          	auipc	ra,0xffffe
80402f28:	40a080e7          	jalr	1034(ra) # 8040132e <__udivdi3>
80402f2c:	84aa                	mv	s1,a0
80402f2e:	8a2e                	mv	s4,a1
80402f30:	0905                	add	s2,s2,1
80402f32:	1c7d                	add	s8,s8,-1
80402f34:	87da                	mv	a5,s6
80402f36:	016c5363          	bge	s8,s6,80402f3c <__dtoa_engine+0x476>
80402f3a:	87e2                	mv	a5,s8
80402f3c:	01079413          	sll	s0,a5,0x10
80402f40:	0942                	sll	s2,s2,0x10
80402f42:	8441                	sra	s0,s0,0x10
80402f44:	41095913          	sra	s2,s2,0x10
80402f48:	9922                	add	s2,s2,s0
80402f4a:	008a8b33          	add	s6,s5,s0
80402f4e:	197d                	add	s2,s2,-1
80402f50:	4b81                	li	s7,0
80402f52:	8c5a                	mv	s8,s6
80402f54:	1b7d                	add	s6,s6,-1
80402f56:	068bc263          	blt	s7,s0,80402fba <__dtoa_engine+0x4f4>
80402f5a:	4782                	lw	a5,0(sp)
80402f5c:	000c02a3          	sb	zero,5(s8)
80402f60:	012aa023          	sw	s2,0(s5)
80402f64:	00fa8223          	sb	a5,4(s5)
80402f68:	be45                	j	80402b18 <__dtoa_engine+0x52>
80402f6a:	4705                	li	a4,1
80402f6c:	f60c13e3          	bnez	s8,80402ed2 <__dtoa_engine+0x40c>
80402f70:	5742                	lw	a4,48(sp)
80402f72:	00871563          	bne	a4,s0,80402f7c <__dtoa_engine+0x4b6>
80402f76:	5752                	lw	a4,52(sp)
80402f78:	00970c63          	beq	a4,s1,80402f90 <__dtoa_engine+0x4ca>
80402f7c:	4705                	li	a4,1
80402f7e:	bf91                	j	80402ed2 <__dtoa_engine+0x40c>
80402f80:	000c1d63          	bnez	s8,80402f9a <__dtoa_engine+0x4d4>
80402f84:	5742                	lw	a4,48(sp)
80402f86:	00871a63          	bne	a4,s0,80402f9a <__dtoa_engine+0x4d4>
80402f8a:	5752                	lw	a4,52(sp)
80402f8c:	00971763          	bne	a4,s1,80402f9a <__dtoa_engine+0x4d4>
80402f90:	4792                	lw	a5,4(sp)
80402f92:	4705                	li	a4,1
80402f94:	ff9d                	bnez	a5,80402ed2 <__dtoa_engine+0x40c>
80402f96:	f20d0ee3          	beqz	s10,80402ed2 <__dtoa_engine+0x40c>
80402f9a:	005cb693          	sltiu	a3,s9,5
80402f9e:	0016c713          	xor	a4,a3,1
80402fa2:	bf05                	j	80402ed2 <__dtoa_engine+0x40c>
80402fa4:	4c91                	li	s9,4
80402fa6:	b7ed                	j	80402f90 <__dtoa_engine+0x4ca>
80402fa8:	02d50833          	mul	a6,a0,a3
80402fac:	0c05                	add	s8,s8,1
80402fae:	02c536b3          	mulhu	a3,a0,a2
80402fb2:	02c50633          	mul	a2,a0,a2
80402fb6:	96c2                	add	a3,a3,a6
80402fb8:	b73d                	j	80402ee6 <__dtoa_engine+0x420>
80402fba:	4629                	li	a2,10
80402fbc:	4681                	li	a3,0
80402fbe:	8526                	mv	a0,s1
80402fc0:	85d2                	mv	a1,s4
80402fc2:	ffffe097          	auipc	ra,0xffffe
80402fc6:	6ca080e7          	jalr	1738(ra) # 8040168c <__umoddi3>
80402fca:	03050513          	add	a0,a0,48
80402fce:	00ab02a3          	sb	a0,5(s6)
80402fd2:	85d2                	mv	a1,s4
80402fd4:	8526                	mv	a0,s1
80402fd6:	4629                	li	a2,10
80402fd8:	4681                	li	a3,0
80402fda:	ffffe097          	auipc	ra,0xffffe
80402fde:	354080e7          	jalr	852(ra) # 8040132e <__udivdi3>
80402fe2:	84aa                	mv	s1,a0
80402fe4:	8a2e                	mv	s4,a1
80402fe6:	0b85                	add	s7,s7,1
80402fe8:	b7b5                	j	80402f54 <__dtoa_engine+0x48e>

80402fea <__pow5Factor>:
80402fea:	ccccd737          	lui	a4,0xccccd
80402fee:	333336b7          	lui	a3,0x33333
80402ff2:	87aa                	mv	a5,a0
80402ff4:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c60128d>
80402ff8:	4501                	li	a0,0
80402ffa:	ccc70713          	add	a4,a4,-820
80402ffe:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80403002:	02c585b3          	mul	a1,a1,a2
80403006:	02e78833          	mul	a6,a5,a4
8040300a:	982e                	add	a6,a6,a1
8040300c:	02c7b5b3          	mulhu	a1,a5,a2
80403010:	95c2                	add	a1,a1,a6
80403012:	02c787b3          	mul	a5,a5,a2
80403016:	00b6e863          	bltu	a3,a1,80403026 <__pow5Factor+0x3c>
8040301a:	00d59463          	bne	a1,a3,80403022 <__pow5Factor+0x38>
8040301e:	00f5e463          	bltu	a1,a5,80403026 <__pow5Factor+0x3c>
80403022:	0505                	add	a0,a0,1
80403024:	bff9                	j	80403002 <__pow5Factor+0x18>
80403026:	8082                	ret

80403028 <__double_computePow5>:
80403028:	fffff317          	auipc	t1,0xfffff
8040302c:	994302e7          	jalr	t0,-1644(t1) # 804019bc <__riscv_save_10>
80403030:	47e9                	li	a5,26
80403032:	02f55b33          	divu	s6,a0,a5
80403036:	804049b7          	lui	s3,0x80404
8040303a:	54898b93          	add	s7,s3,1352 # 80404548 <DOUBLE_POW5_SPLIT2>
8040303e:	1101                	add	sp,sp,-32
80403040:	892e                	mv	s2,a1
80403042:	02f577b3          	remu	a5,a0,a5
80403046:	004b1713          	sll	a4,s6,0x4
8040304a:	9bba                	add	s7,s7,a4
8040304c:	e785                	bnez	a5,80403074 <__double_computePow5+0x4c>
8040304e:	000ba703          	lw	a4,0(s7)
80403052:	004ba783          	lw	a5,4(s7)
80403056:	c198                	sw	a4,0(a1)
80403058:	c1dc                	sw	a5,4(a1)
8040305a:	008ba503          	lw	a0,8(s7)
8040305e:	00cba583          	lw	a1,12(s7)
80403062:	00a92423          	sw	a0,8(s2)
80403066:	00b92623          	sw	a1,12(s2)
8040306a:	6105                	add	sp,sp,32
8040306c:	fffff317          	auipc	t1,0xfffff
80403070:	98830067          	jr	-1656(t1) # 804019f4 <__riscv_restore_10>
80403074:	54898993          	add	s3,s3,1352
80403078:	078e                	sll	a5,a5,0x3
8040307a:	97ce                	add	a5,a5,s3
8040307c:	0d07aa03          	lw	s4,208(a5)
80403080:	0d47aa83          	lw	s5,212(a5)
80403084:	008ba603          	lw	a2,8(s7)
80403088:	00cba683          	lw	a3,12(s7)
8040308c:	0818                	add	a4,sp,16
8040308e:	85d6                	mv	a1,s5
80403090:	842a                	mv	s0,a0
80403092:	8552                	mv	a0,s4
80403094:	00000097          	auipc	ra,0x0
80403098:	216080e7          	jalr	534(ra) # 804032aa <__umul128>
8040309c:	000ba603          	lw	a2,0(s7)
804030a0:	004ba683          	lw	a3,4(s7)
804030a4:	84aa                	mv	s1,a0
804030a6:	8c2e                	mv	s8,a1
804030a8:	0838                	add	a4,sp,24
804030aa:	8552                	mv	a0,s4
804030ac:	85d6                	mv	a1,s5
804030ae:	00000097          	auipc	ra,0x0
804030b2:	1fc080e7          	jalr	508(ra) # 804032aa <__umul128>
804030b6:	47e2                	lw	a5,24(sp)
804030b8:	4772                	lw	a4,28(sp)
804030ba:	8aaa                	mv	s5,a0
804030bc:	94be                	add	s1,s1,a5
804030be:	00f4ba33          	sltu	s4,s1,a5
804030c2:	9c3a                	add	s8,s8,a4
804030c4:	9a62                	add	s4,s4,s8
804030c6:	00ea6663          	bltu	s4,a4,804030d2 <__double_computePow5+0xaa>
804030ca:	01471d63          	bne	a4,s4,804030e4 <__double_computePow5+0xbc>
804030ce:	00f4fb63          	bgeu	s1,a5,804030e4 <__double_computePow5+0xbc>
804030d2:	47c2                	lw	a5,16(sp)
804030d4:	46d2                	lw	a3,20(sp)
804030d6:	00178713          	add	a4,a5,1
804030da:	00f737b3          	sltu	a5,a4,a5
804030de:	97b6                	add	a5,a5,a3
804030e0:	c83a                	sw	a4,16(sp)
804030e2:	ca3e                	sw	a5,20(sp)
804030e4:	8522                	mv	a0,s0
804030e6:	c62e                	sw	a1,12(sp)
804030e8:	00000097          	auipc	ra,0x0
804030ec:	1b0080e7          	jalr	432(ra) # 80403298 <__pow5bits>
804030f0:	8baa                	mv	s7,a0
804030f2:	4569                	li	a0,26
804030f4:	02ab0533          	mul	a0,s6,a0
804030f8:	00000097          	auipc	ra,0x0
804030fc:	1a0080e7          	jalr	416(ra) # 80403298 <__pow5bits>
80403100:	45b2                	lw	a1,12(sp)
80403102:	40ab8733          	sub	a4,s7,a0
80403106:	8626                	mv	a2,s1
80403108:	86d2                	mv	a3,s4
8040310a:	8556                	mv	a0,s5
8040310c:	c43a                	sw	a4,8(sp)
8040310e:	00000097          	auipc	ra,0x0
80403112:	1e8080e7          	jalr	488(ra) # 804032f6 <__shiftright128>
80403116:	00445793          	srl	a5,s0,0x4
8040311a:	078a                	sll	a5,a5,0x2
8040311c:	99be                	add	s3,s3,a5
8040311e:	1a09a783          	lw	a5,416(s3)
80403122:	0406                	sll	s0,s0,0x1
80403124:	8879                	and	s0,s0,30
80403126:	0087d7b3          	srl	a5,a5,s0
8040312a:	8b8d                	and	a5,a5,3
8040312c:	953e                	add	a0,a0,a5
8040312e:	00f537b3          	sltu	a5,a0,a5
80403132:	4722                	lw	a4,8(sp)
80403134:	4642                	lw	a2,16(sp)
80403136:	46d2                	lw	a3,20(sp)
80403138:	97ae                	add	a5,a5,a1
8040313a:	00a92023          	sw	a0,0(s2)
8040313e:	00f92223          	sw	a5,4(s2)
80403142:	8526                	mv	a0,s1
80403144:	85d2                	mv	a1,s4
80403146:	00000097          	auipc	ra,0x0
8040314a:	1b0080e7          	jalr	432(ra) # 804032f6 <__shiftright128>
8040314e:	bf11                	j	80403062 <__double_computePow5+0x3a>

80403150 <__double_computeInvPow5>:
80403150:	fffff317          	auipc	t1,0xfffff
80403154:	86c302e7          	jalr	t0,-1940(t1) # 804019bc <__riscv_save_10>
80403158:	4b69                	li	s6,26
8040315a:	01950793          	add	a5,a0,25
8040315e:	0367d7b3          	divu	a5,a5,s6
80403162:	80404ab7          	lui	s5,0x80404
80403166:	548a8493          	add	s1,s5,1352 # 80404548 <DOUBLE_POW5_SPLIT2>
8040316a:	1f848493          	add	s1,s1,504
8040316e:	1101                	add	sp,sp,-32
80403170:	8a2e                	mv	s4,a1
80403172:	03678b33          	mul	s6,a5,s6
80403176:	0792                	sll	a5,a5,0x4
80403178:	94be                	add	s1,s1,a5
8040317a:	40ab0733          	sub	a4,s6,a0
8040317e:	02ab1163          	bne	s6,a0,804031a0 <__double_computeInvPow5+0x50>
80403182:	4098                	lw	a4,0(s1)
80403184:	40dc                	lw	a5,4(s1)
80403186:	c198                	sw	a4,0(a1)
80403188:	c1dc                	sw	a5,4(a1)
8040318a:	4488                	lw	a0,8(s1)
8040318c:	44cc                	lw	a1,12(s1)
8040318e:	00aa2423          	sw	a0,8(s4)
80403192:	00ba2623          	sw	a1,12(s4)
80403196:	6105                	add	sp,sp,32
80403198:	fffff317          	auipc	t1,0xfffff
8040319c:	85c30067          	jr	-1956(t1) # 804019f4 <__riscv_restore_10>
804031a0:	548a8a93          	add	s5,s5,1352
804031a4:	070e                	sll	a4,a4,0x3
804031a6:	9756                	add	a4,a4,s5
804031a8:	0d072903          	lw	s2,208(a4)
804031ac:	0d472983          	lw	s3,212(a4)
804031b0:	4490                	lw	a2,8(s1)
804031b2:	44d4                	lw	a3,12(s1)
804031b4:	0818                	add	a4,sp,16
804031b6:	85ce                	mv	a1,s3
804031b8:	842a                	mv	s0,a0
804031ba:	854a                	mv	a0,s2
804031bc:	00000097          	auipc	ra,0x0
804031c0:	0ee080e7          	jalr	238(ra) # 804032aa <__umul128>
804031c4:	4090                	lw	a2,0(s1)
804031c6:	40d4                	lw	a3,4(s1)
804031c8:	8c2a                	mv	s8,a0
804031ca:	00163793          	seqz	a5,a2
804031ce:	8bae                	mv	s7,a1
804031d0:	0838                	add	a4,sp,24
804031d2:	8e9d                	sub	a3,a3,a5
804031d4:	854a                	mv	a0,s2
804031d6:	85ce                	mv	a1,s3
804031d8:	167d                	add	a2,a2,-1
804031da:	00000097          	auipc	ra,0x0
804031de:	0d0080e7          	jalr	208(ra) # 804032aa <__umul128>
804031e2:	47e2                	lw	a5,24(sp)
804031e4:	4772                	lw	a4,28(sp)
804031e6:	89aa                	mv	s3,a0
804031e8:	9c3e                	add	s8,s8,a5
804031ea:	00fc3933          	sltu	s2,s8,a5
804031ee:	9bba                	add	s7,s7,a4
804031f0:	995e                	add	s2,s2,s7
804031f2:	00e96663          	bltu	s2,a4,804031fe <__double_computeInvPow5+0xae>
804031f6:	01271d63          	bne	a4,s2,80403210 <__double_computeInvPow5+0xc0>
804031fa:	00fc7b63          	bgeu	s8,a5,80403210 <__double_computeInvPow5+0xc0>
804031fe:	47c2                	lw	a5,16(sp)
80403200:	46d2                	lw	a3,20(sp)
80403202:	00178713          	add	a4,a5,1
80403206:	00f737b3          	sltu	a5,a4,a5
8040320a:	97b6                	add	a5,a5,a3
8040320c:	c83a                	sw	a4,16(sp)
8040320e:	ca3e                	sw	a5,20(sp)
80403210:	855a                	mv	a0,s6
80403212:	c62e                	sw	a1,12(sp)
80403214:	00000097          	auipc	ra,0x0
80403218:	084080e7          	jalr	132(ra) # 80403298 <__pow5bits>
8040321c:	8b2a                	mv	s6,a0
8040321e:	8522                	mv	a0,s0
80403220:	00000097          	auipc	ra,0x0
80403224:	078080e7          	jalr	120(ra) # 80403298 <__pow5bits>
80403228:	45b2                	lw	a1,12(sp)
8040322a:	40ab0733          	sub	a4,s6,a0
8040322e:	8662                	mv	a2,s8
80403230:	86ca                	mv	a3,s2
80403232:	854e                	mv	a0,s3
80403234:	c43a                	sw	a4,8(sp)
80403236:	00000097          	auipc	ra,0x0
8040323a:	0c0080e7          	jalr	192(ra) # 804032f6 <__shiftright128>
8040323e:	00445793          	srl	a5,s0,0x4
80403242:	078a                	sll	a5,a5,0x2
80403244:	9abe                	add	s5,s5,a5
80403246:	2e8aa783          	lw	a5,744(s5)
8040324a:	0406                	sll	s0,s0,0x1
8040324c:	8879                	and	s0,s0,30
8040324e:	0087d7b3          	srl	a5,a5,s0
80403252:	8b8d                	and	a5,a5,3
80403254:	0785                	add	a5,a5,1
80403256:	953e                	add	a0,a0,a5
80403258:	00f537b3          	sltu	a5,a0,a5
8040325c:	4722                	lw	a4,8(sp)
8040325e:	4642                	lw	a2,16(sp)
80403260:	46d2                	lw	a3,20(sp)
80403262:	97ae                	add	a5,a5,a1
80403264:	00aa2023          	sw	a0,0(s4)
80403268:	00fa2223          	sw	a5,4(s4)
8040326c:	8562                	mv	a0,s8
8040326e:	85ca                	mv	a1,s2
80403270:	00000097          	auipc	ra,0x0
80403274:	086080e7          	jalr	134(ra) # 804032f6 <__shiftright128>
80403278:	bf19                	j	8040318e <__double_computeInvPow5+0x3e>

8040327a <__log10Pow2>:
8040327a:	67cd                	lui	a5,0x13
8040327c:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80403280:	02f50533          	mul	a0,a0,a5
80403284:	8149                	srl	a0,a0,0x12
80403286:	8082                	ret

80403288 <__log10Pow5>:
80403288:	000b37b7          	lui	a5,0xb3
8040328c:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80403290:	02f50533          	mul	a0,a0,a5
80403294:	8151                	srl	a0,a0,0x14
80403296:	8082                	ret

80403298 <__pow5bits>:
80403298:	001297b7          	lui	a5,0x129
8040329c:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
804032a0:	02f50533          	mul	a0,a0,a5
804032a4:	814d                	srl	a0,a0,0x13
804032a6:	0505                	add	a0,a0,1
804032a8:	8082                	ret

804032aa <__umul128>:
804032aa:	02c537b3          	mulhu	a5,a0,a2
804032ae:	832e                	mv	t1,a1
804032b0:	02c585b3          	mul	a1,a1,a2
804032b4:	02c33833          	mulhu	a6,t1,a2
804032b8:	95be                	add	a1,a1,a5
804032ba:	00f5b7b3          	sltu	a5,a1,a5
804032be:	97c2                	add	a5,a5,a6
804032c0:	02a68833          	mul	a6,a3,a0
804032c4:	02a6b8b3          	mulhu	a7,a3,a0
804032c8:	95c2                	add	a1,a1,a6
804032ca:	0105b833          	sltu	a6,a1,a6
804032ce:	98c2                	add	a7,a7,a6
804032d0:	02d30833          	mul	a6,t1,a3
804032d4:	02d33333          	mulhu	t1,t1,a3
804032d8:	983e                	add	a6,a6,a5
804032da:	011806b3          	add	a3,a6,a7
804032de:	00f837b3          	sltu	a5,a6,a5
804032e2:	0106b833          	sltu	a6,a3,a6
804032e6:	c314                	sw	a3,0(a4)
804032e8:	979a                	add	a5,a5,t1
804032ea:	983e                	add	a6,a6,a5
804032ec:	02c50533          	mul	a0,a0,a2
804032f0:	01072223          	sw	a6,4(a4)
804032f4:	8082                	ret

804032f6 <__shiftright128>:
804032f6:	ffffe317          	auipc	t1,0xffffe
804032fa:	6d4302e7          	jalr	t0,1748(t1) # 804019ca <__riscv_save_4>
804032fe:	8a2a                	mv	s4,a0
80403300:	8532                	mv	a0,a2
80403302:	04000613          	li	a2,64
80403306:	8e19                	sub	a2,a2,a4
80403308:	89ae                	mv	s3,a1
8040330a:	85b6                	mv	a1,a3
8040330c:	843a                	mv	s0,a4
8040330e:	ffffe097          	auipc	ra,0xffffe
80403312:	f92080e7          	jalr	-110(ra) # 804012a0 <__ashldi3>
80403316:	892a                	mv	s2,a0
80403318:	84ae                	mv	s1,a1
8040331a:	8622                	mv	a2,s0
8040331c:	8552                	mv	a0,s4
8040331e:	85ce                	mv	a1,s3
80403320:	ffffe097          	auipc	ra,0xffffe
80403324:	f58080e7          	jalr	-168(ra) # 80401278 <__lshrdi3>
80403328:	00a96533          	or	a0,s2,a0
8040332c:	8dc5                	or	a1,a1,s1
8040332e:	ffffe317          	auipc	t1,0xffffe
80403332:	6d030067          	jr	1744(t1) # 804019fe <__riscv_restore_4>

80403336 <strnlen>:
80403336:	95aa                	add	a1,a1,a0
80403338:	87aa                	mv	a5,a0
8040333a:	00b78563          	beq	a5,a1,80403344 <strnlen+0xe>
8040333e:	0007c703          	lbu	a4,0(a5)
80403342:	e701                	bnez	a4,8040334a <strnlen+0x14>
80403344:	40a78533          	sub	a0,a5,a0
80403348:	8082                	ret
8040334a:	0785                	add	a5,a5,1
8040334c:	b7fd                	j	8040333a <strnlen+0x4>
