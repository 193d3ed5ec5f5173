
build/compute.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00006197          	auipc	gp,0x6
80400004:	89818193          	add	gp,gp,-1896 # 80405898 <__global_pointer$>
80400008:	002c9117          	auipc	sp,0x2c9
8040000c:	59810113          	add	sp,sp,1432 # 806c95a0 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00005297          	auipc	t0,0x5
80400016:	09e28293          	add	t0,t0,158 # 804050b0 <upcalls>
8040001a:	002cd317          	auipc	t1,0x2cd
8040001e:	a5630313          	add	t1,t1,-1450 # 806cca70 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00005297          	auipc	t0,0x5
8040003e:	07628293          	add	t0,t0,118 # 804050b0 <upcalls>
80400042:	00005317          	auipc	t1,0x5
80400046:	07230313          	add	t1,t1,114 # 804050b4 <panicking>
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
8040007c:	03830313          	add	t1,t1,56 # 804050b0 <upcalls>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	b7c080e7          	jalr	-1156(ra) # 80400c12 <uni_runtime_start>
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
804000e8:	c06080e7          	jalr	-1018(ra) # 80401cea <printf>
804000ec:	dc540413          	add	s0,s0,-571 # 811c9dc5 <__bss_end+0xafd355>
804000f0:	116b0b13          	add	s6,s6,278 # 804d1116 <sieve_bits+0x2>
804000f4:	114c0b93          	add	s7,s8,276 # 804d1114 <sieve_bits>
804000f8:	115a8a93          	add	s5,s5,277 # 804d1115 <sieve_bits+0x1>
804000fc:	19398993          	add	s3,s3,403 # 1000193 <errno+0x1000193>
80400100:	02000c93          	li	s9,32
80400104:	4e090913          	add	s2,s2,1248 # 1e74e0 <errno+0x1e74e0>
80400108:	00148613          	add	a2,s1,1
8040010c:	4585                	li	a1,1
8040010e:	114c0513          	add	a0,s8,276
80400112:	00002097          	auipc	ra,0x2
80400116:	bc8080e7          	jalr	-1080(ra) # 80401cda <memset>
8040011a:	86da                	mv	a3,s6
8040011c:	100c1a23          	sh	zero,276(s8)
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
80400198:	02850513          	add	a0,a0,40 # 80404028 <strnlen+0xa42>
8040019c:	00002097          	auipc	ra,0x2
804001a0:	b4e080e7          	jalr	-1202(ra) # 80401cea <printf>
804001a4:	80491737          	lui	a4,0x80491
804001a8:	123457b7          	lui	a5,0x12345
804001ac:	67878793          	add	a5,a5,1656 # 12345678 <errno+0x12345678>
804001b0:	4481                	li	s1,0
804001b2:	11470e13          	add	t3,a4,276 # 80491114 <crc_data>
804001b6:	edb88537          	lui	a0,0xedb88
804001ba:	804d1737          	lui	a4,0x804d1
804001be:	010005b7          	lui	a1,0x1000
804001c2:	11470893          	add	a7,a4,276 # 804d1114 <sieve_bits>
804001c6:	4321                	li	t1,8
804001c8:	32050513          	add	a0,a0,800 # edb88320 <__bss_end+0x6d4bb8b0>
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
80400240:	04470713          	add	a4,a4,68 # 80404044 <strnlen+0xa5e>
80400244:	edb88637          	lui	a2,0xedb88
80400248:	00970513          	add	a0,a4,9
8040024c:	57fd                	li	a5,-1
8040024e:	32060613          	add	a2,a2,800 # edb88320 <__bss_end+0x6d4bb8b0>
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
8040027e:	05050513          	add	a0,a0,80 # 80404050 <strnlen+0xa6a>
80400282:	00002097          	auipc	ra,0x2
80400286:	a68080e7          	jalr	-1432(ra) # 80401cea <printf>
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
804002b4:	11468593          	add	a1,a3,276 # 8048d114 <mat_a>
804002b8:	11478513          	add	a0,a5,276 # 80489114 <mat_b>
804002bc:	6611                	lui	a2,0x4
804002be:	11478e93          	add	t4,a5,276
804002c2:	9e3787b7          	lui	a5,0x9e378
804002c6:	962e                	add	a2,a2,a1
804002c8:	11468693          	add	a3,a3,276
804002cc:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <__bss_end+0x1dcaaf49>
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
80400334:	11488893          	add	a7,a7,276 # 80485114 <mat_c>
80400338:	10030f93          	add	t6,t1,256 # 4100 <errno+0x4100>
8040033c:	804853b7          	lui	t2,0x80485
80400340:	804892b7          	lui	t0,0x80489
80400344:	811caf37          	lui	t5,0x811ca
80400348:	01000e37          	lui	t3,0x1000
8040034c:	02800913          	li	s2,40
80400350:	21438393          	add	t2,t2,532 # 80485214 <mat_c+0x100>
80400354:	21428293          	add	t0,t0,532 # 80489214 <mat_b+0x100>
80400358:	9fc6                	add	t6,t6,a7
8040035a:	dc5f0f13          	add	t5,t5,-571 # 811c9dc5 <__bss_end+0xafd355>
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
80400438:	06c50513          	add	a0,a0,108 # 8040406c <strnlen+0xa86>
8040043c:	00002097          	auipc	ra,0x2
80400440:	8ae080e7          	jalr	-1874(ra) # 80401cea <printf>
80400444:	804057b7          	lui	a5,0x80405
80400448:	11478793          	add	a5,a5,276 # 80405114 <sort_tmp>
8040044c:	c23e                	sw	a5,4(sp)
8040044e:	811ca7b7          	lui	a5,0x811ca
80400452:	80445eb7          	lui	t4,0x80445
80400456:	4f21                	li	t5,8
80400458:	deadc937          	lui	s2,0xdeadc
8040045c:	80445cb7          	lui	s9,0x80445
80400460:	80485bb7          	lui	s7,0x80485
80400464:	dc578793          	add	a5,a5,-571 # 811c9dc5 <__bss_end+0xafd355>
80400468:	01000c37          	lui	s8,0x1000
8040046c:	4a85                	li	s5,1
8040046e:	eef90913          	add	s2,s2,-273 # deadbeef <__bss_end+0x5e40f47f>
80400472:	114e8993          	add	s3,t4,276 # 80445114 <sort_data>
80400476:	118c8c93          	add	s9,s9,280 # 80445118 <sort_data+0x4>
8040047a:	114b8b93          	add	s7,s7,276 # 80485114 <mat_c>
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
8040058e:	114e8513          	add	a0,t4,276
80400592:	00040637          	lui	a2,0x40
80400596:	c646                	sw	a7,12(sp)
80400598:	00001097          	auipc	ra,0x1
8040059c:	72c080e7          	jalr	1836(ra) # 80401cc4 <memcpy>
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
804005d6:	114ea683          	lw	a3,276(t4) # 80445114 <sort_data>
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
80400656:	09c50513          	add	a0,a0,156 # 8040409c <strnlen+0xab6>
8040065a:	00001097          	auipc	ra,0x1
8040065e:	690080e7          	jalr	1680(ra) # 80401cea <printf>
80400662:	80404537          	lui	a0,0x80404
80400666:	85a2                	mv	a1,s0
80400668:	0d850513          	add	a0,a0,216 # 804040d8 <strnlen+0xaf2>
8040066c:	00001097          	auipc	ra,0x1
80400670:	67e080e7          	jalr	1662(ra) # 80401cea <printf>
80400674:	000a8563          	beqz	s5,8040067e <main+0x5de>
80400678:	000a0363          	beqz	s4,8040067e <main+0x5de>
8040067c:	e0a1                	bnez	s1,804006bc <main+0x61c>
8040067e:	80404537          	lui	a0,0x80404
80400682:	0ec50513          	add	a0,a0,236 # 804040ec <strnlen+0xb06>
80400686:	00001097          	auipc	ra,0x1
8040068a:	664080e7          	jalr	1636(ra) # 80401cea <printf>
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
804006c0:	0f450513          	add	a0,a0,244 # 804040f4 <strnlen+0xb0e>
804006c4:	00001097          	auipc	ra,0x1
804006c8:	626080e7          	jalr	1574(ra) # 80401cea <printf>
804006cc:	4501                	li	a0,0
804006ce:	b7c9                	j	80400690 <main+0x5f0>

804006d0 <console_init>:
804006d0:	1141                	add	sp,sp,-16
804006d2:	804057b7          	lui	a5,0x80405
804006d6:	c422                	sw	s0,8(sp)
804006d8:	0bc7a403          	lw	s0,188(a5) # 804050bc <uni_start_info>
804006dc:	c606                	sw	ra,12(sp)
804006de:	5848                	lw	a0,52(s0)
804006e0:	00000097          	auipc	ra,0x0
804006e4:	4c4080e7          	jalr	1220(ra) # 80400ba4 <uni_mfn_to_virt>
804006e8:	c939                	beqz	a0,8040073e <console_init+0x6e>
804006ea:	5c10                	lw	a2,56(s0)
804006ec:	85aa                	mv	a1,a0
804006ee:	804016b7          	lui	a3,0x80401
804006f2:	806cb537          	lui	a0,0x806cb
804006f6:	7c450513          	add	a0,a0,1988 # 806cb7c4 <cons>
804006fa:	f6068693          	add	a3,a3,-160 # 80400f60 <pv_block>
804006fe:	00001097          	auipc	ra,0x1
80400702:	87c080e7          	jalr	-1924(ra) # 80400f7a <pvcons_init>
80400706:	5c08                	lw	a0,56(s0)
80400708:	804015b7          	lui	a1,0x80401
8040070c:	4601                	li	a2,0
8040070e:	08458593          	add	a1,a1,132 # 80401084 <cons_event>
80400712:	00000097          	auipc	ra,0x0
80400716:	6f6080e7          	jalr	1782(ra) # 80400e08 <evtchn_bind>
8040071a:	02054a63          	bltz	a0,8040074e <console_init+0x7e>
8040071e:	4422                	lw	s0,8(sp)
80400720:	40b2                	lw	ra,12(sp)
80400722:	804057b7          	lui	a5,0x80405
80400726:	4705                	li	a4,1
80400728:	80401537          	lui	a0,0x80401
8040072c:	0ce7a823          	sw	a4,208(a5) # 804050d0 <ready>
80400730:	08650513          	add	a0,a0,134 # 80401086 <uni_console_drain>
80400734:	0141                	add	sp,sp,16
80400736:	00000317          	auipc	t1,0x0
8040073a:	2b430067          	jr	692(t1) # 804009ea <uni_at_shutdown>
8040073e:	80404537          	lui	a0,0x80404
80400742:	42850513          	add	a0,a0,1064 # 80404428 <names.0+0x68>
80400746:	00000097          	auipc	ra,0x0
8040074a:	2f4080e7          	jalr	756(ra) # 80400a3a <uni_panic>
8040074e:	80404537          	lui	a0,0x80404
80400752:	45c50513          	add	a0,a0,1116 # 8040445c <names.0+0x9c>
80400756:	00000097          	auipc	ra,0x0
8040075a:	2e4080e7          	jalr	740(ra) # 80400a3a <uni_panic>

8040075e <time_init>:
8040075e:	c81027f3          	rdtimeh	a5
80400762:	c01026f3          	rdtime	a3
80400766:	c8102773          	rdtimeh	a4
8040076a:	fee79ae3          	bne	a5,a4,8040075e <time_init>
8040076e:	80405737          	lui	a4,0x80405
80400772:	0cd72c23          	sw	a3,216(a4) # 804050d8 <boot_time>
80400776:	0cf72e23          	sw	a5,220(a4)
8040077a:	8082                	ret

8040077c <memory_init>:
8040077c:	804057b7          	lui	a5,0x80405
80400780:	0bc7a683          	lw	a3,188(a5) # 804050bc <uni_start_info>
80400784:	804057b7          	lui	a5,0x80405
80400788:	0cc7a603          	lw	a2,204(a5) # 804050cc <pv_shared_info>
8040078c:	5ed8                	lw	a4,60(a3)
8040078e:	42bc                	lw	a5,64(a3)
80400790:	528c                	lw	a1,32(a3)
80400792:	6685                	lui	a3,0x1
80400794:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
80400796:	9736                	add	a4,a4,a3
80400798:	07b2                	sll	a5,a5,0xc
8040079a:	97ba                	add	a5,a5,a4
8040079c:	76fd                	lui	a3,0xfffff
8040079e:	8ff5                	and	a5,a5,a3
804007a0:	800008b7          	lui	a7,0x80000
804007a4:	804056b7          	lui	a3,0x80405
804007a8:	1116a423          	sw	a7,264(a3) # 80405108 <low_next>
804007ac:	804056b7          	lui	a3,0x80405
804007b0:	804008b7          	lui	a7,0x80400
804007b4:	00080737          	lui	a4,0x80
804007b8:	1116a223          	sw	a7,260(a3) # 80405104 <low_end>
804007bc:	804056b7          	lui	a3,0x80405
804007c0:	14462803          	lw	a6,324(a2)
804007c4:	972e                	add	a4,a4,a1
804007c6:	0ef6ae23          	sw	a5,252(a3) # 804050fc <brk>
804007ca:	804056b7          	lui	a3,0x80405
804007ce:	1141                	add	sp,sp,-16
804007d0:	15462603          	lw	a2,340(a2)
804007d4:	0732                	sll	a4,a4,0xc
804007d6:	10f6a023          	sw	a5,256(a3) # 80405100 <heap_start>
804007da:	804057b7          	lui	a5,0x80405
804007de:	c422                	sw	s0,8(sp)
804007e0:	0ee7ac23          	sw	a4,248(a5) # 804050f8 <top>
804007e4:	80405437          	lui	s0,0x80405
804007e8:	804057b7          	lui	a5,0x80405
804007ec:	0f07a223          	sw	a6,228(a5) # 804050e4 <revoke_seen>
804007f0:	0e840593          	add	a1,s0,232 # 804050e8 <revoke_port>
804007f4:	804057b7          	lui	a5,0x80405
804007f8:	4541                	li	a0,16
804007fa:	c606                	sw	ra,12(sp)
804007fc:	0ec7a023          	sw	a2,224(a5) # 804050e0 <revoked_seen>
80400800:	00000097          	auipc	ra,0x0
80400804:	728080e7          	jalr	1832(ra) # 80400f28 <evtchn_bind_virq>
80400808:	02054363          	bltz	a0,8040082e <memory_init+0xb2>
8040080c:	0e842503          	lw	a0,232(s0)
80400810:	804015b7          	lui	a1,0x80401
80400814:	4601                	li	a2,0
80400816:	0c858593          	add	a1,a1,200 # 804010c8 <revoke_event>
8040081a:	00000097          	auipc	ra,0x0
8040081e:	5ee080e7          	jalr	1518(ra) # 80400e08 <evtchn_bind>
80400822:	00054663          	bltz	a0,8040082e <memory_init+0xb2>
80400826:	40b2                	lw	ra,12(sp)
80400828:	4422                	lw	s0,8(sp)
8040082a:	0141                	add	sp,sp,16
8040082c:	8082                	ret
8040082e:	80404537          	lui	a0,0x80404
80400832:	47850513          	add	a0,a0,1144 # 80404478 <names.0+0xb8>
80400836:	00000097          	auipc	ra,0x0
8040083a:	204080e7          	jalr	516(ra) # 80400a3a <uni_panic>
	...

80400840 <uni_trap_entry>:
80400840:	7175                	add	sp,sp,-144
80400842:	c206                	sw	ra,4(sp)
80400844:	c60e                	sw	gp,12(sp)
80400846:	c812                	sw	tp,16(sp)
80400848:	ca16                	sw	t0,20(sp)
8040084a:	cc1a                	sw	t1,24(sp)
8040084c:	ce1e                	sw	t2,28(sp)
8040084e:	d022                	sw	s0,32(sp)
80400850:	d226                	sw	s1,36(sp)
80400852:	d42a                	sw	a0,40(sp)
80400854:	d62e                	sw	a1,44(sp)
80400856:	d832                	sw	a2,48(sp)
80400858:	da36                	sw	a3,52(sp)
8040085a:	dc3a                	sw	a4,56(sp)
8040085c:	de3e                	sw	a5,60(sp)
8040085e:	c0c2                	sw	a6,64(sp)
80400860:	c2c6                	sw	a7,68(sp)
80400862:	c4ca                	sw	s2,72(sp)
80400864:	c6ce                	sw	s3,76(sp)
80400866:	c8d2                	sw	s4,80(sp)
80400868:	cad6                	sw	s5,84(sp)
8040086a:	ccda                	sw	s6,88(sp)
8040086c:	cede                	sw	s7,92(sp)
8040086e:	d0e2                	sw	s8,96(sp)
80400870:	d2e6                	sw	s9,100(sp)
80400872:	d4ea                	sw	s10,104(sp)
80400874:	d6ee                	sw	s11,108(sp)
80400876:	d8f2                	sw	t3,112(sp)
80400878:	daf6                	sw	t4,116(sp)
8040087a:	dcfa                	sw	t5,120(sp)
8040087c:	defe                	sw	t6,124(sp)
8040087e:	09010293          	add	t0,sp,144
80400882:	c416                	sw	t0,8(sp)
80400884:	00005297          	auipc	t0,0x5
80400888:	8482a283          	lw	t0,-1976(t0) # 804050cc <pv_shared_info>
8040088c:	0202a303          	lw	t1,32(t0)
80400890:	c11a                	sw	t1,128(sp)
80400892:	0242a303          	lw	t1,36(t0)
80400896:	c31a                	sw	t1,132(sp)
80400898:	0282a303          	lw	t1,40(t0)
8040089c:	c51a                	sw	t1,136(sp)
8040089e:	02c2a303          	lw	t1,44(t0)
804008a2:	c71a                	sw	t1,140(sp)
804008a4:	850a                	mv	a0,sp
804008a6:	00000097          	auipc	ra,0x0
804008aa:	1ee080e7          	jalr	494(ra) # 80400a94 <uni_trap>
804008ae:	00005297          	auipc	t0,0x5
804008b2:	81e2a283          	lw	t0,-2018(t0) # 804050cc <pv_shared_info>
804008b6:	430a                	lw	t1,128(sp)
804008b8:	0262a023          	sw	t1,32(t0)
804008bc:	433a                	lw	t1,140(sp)
804008be:	0262a623          	sw	t1,44(t0)
804008c2:	4316                	lw	t1,68(sp)
804008c4:	0262ac23          	sw	t1,56(t0)
804008c8:	4092                	lw	ra,4(sp)
804008ca:	41b2                	lw	gp,12(sp)
804008cc:	4242                	lw	tp,16(sp)
804008ce:	42d2                	lw	t0,20(sp)
804008d0:	4362                	lw	t1,24(sp)
804008d2:	43f2                	lw	t2,28(sp)
804008d4:	5402                	lw	s0,32(sp)
804008d6:	5492                	lw	s1,36(sp)
804008d8:	5522                	lw	a0,40(sp)
804008da:	55b2                	lw	a1,44(sp)
804008dc:	5642                	lw	a2,48(sp)
804008de:	56d2                	lw	a3,52(sp)
804008e0:	5762                	lw	a4,56(sp)
804008e2:	57f2                	lw	a5,60(sp)
804008e4:	4806                	lw	a6,64(sp)
804008e6:	4926                	lw	s2,72(sp)
804008e8:	49b6                	lw	s3,76(sp)
804008ea:	4a46                	lw	s4,80(sp)
804008ec:	4ad6                	lw	s5,84(sp)
804008ee:	4b66                	lw	s6,88(sp)
804008f0:	4bf6                	lw	s7,92(sp)
804008f2:	5c06                	lw	s8,96(sp)
804008f4:	5c96                	lw	s9,100(sp)
804008f6:	5d26                	lw	s10,104(sp)
804008f8:	5db6                	lw	s11,108(sp)
804008fa:	5e46                	lw	t3,112(sp)
804008fc:	5ed6                	lw	t4,116(sp)
804008fe:	5f66                	lw	t5,120(sp)
80400900:	5ff6                	lw	t6,124(sp)
80400902:	6149                	add	sp,sp,144
80400904:	48dd                	li	a7,23
80400906:	00000073          	ecall
8040090a:	a001                	j	8040090a <uni_trap_entry+0xca>

8040090c <hex>:
8040090c:	03000793          	li	a5,48
80400910:	00f50023          	sb	a5,0(a0)
80400914:	80404637          	lui	a2,0x80404
80400918:	07800793          	li	a5,120
8040091c:	00f500a3          	sb	a5,1(a0)
80400920:	00250693          	add	a3,a0,2
80400924:	4771                	li	a4,28
80400926:	0fc60613          	add	a2,a2,252 # 804040fc <strnlen+0xb16>
8040092a:	5871                	li	a6,-4
8040092c:	00e5d7b3          	srl	a5,a1,a4
80400930:	8bbd                	and	a5,a5,15
80400932:	97b2                	add	a5,a5,a2
80400934:	0007c783          	lbu	a5,0(a5)
80400938:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
8040093a:	0685                	add	a3,a3,1
8040093c:	fef68fa3          	sb	a5,-1(a3)
80400940:	ff0716e3          	bne	a4,a6,8040092c <hex+0x20>
80400944:	00050523          	sb	zero,10(a0)
80400948:	8082                	ret

8040094a <run_hooks>:
8040094a:	1141                	add	sp,sp,-16
8040094c:	4501                	li	a0,0
8040094e:	c422                	sw	s0,8(sp)
80400950:	c606                	sw	ra,12(sp)
80400952:	c226                	sw	s1,4(sp)
80400954:	80405437          	lui	s0,0x80405
80400958:	00000097          	auipc	ra,0x0
8040095c:	47a080e7          	jalr	1146(ra) # 80400dd2 <uni_runtime_set_waiter>
80400960:	0b842783          	lw	a5,184(s0) # 804050b8 <nhooks>
80400964:	c385                	beqz	a5,80400984 <run_hooks+0x3a>
80400966:	806c94b7          	lui	s1,0x806c9
8040096a:	5a048493          	add	s1,s1,1440 # 806c95a0 <hooks>
8040096e:	17fd                	add	a5,a5,-1
80400970:	00279713          	sll	a4,a5,0x2
80400974:	9726                	add	a4,a4,s1
80400976:	4318                	lw	a4,0(a4)
80400978:	0af42c23          	sw	a5,184(s0)
8040097c:	9702                	jalr	a4
8040097e:	0b842783          	lw	a5,184(s0)
80400982:	f7f5                	bnez	a5,8040096e <run_hooks+0x24>
80400984:	40b2                	lw	ra,12(sp)
80400986:	4422                	lw	s0,8(sp)
80400988:	4492                	lw	s1,4(sp)
8040098a:	0141                	add	sp,sp,16
8040098c:	8082                	ret

8040098e <early_puts>:
8040098e:	00054783          	lbu	a5,0(a0)
80400992:	872a                	mv	a4,a0
80400994:	c79d                	beqz	a5,804009c2 <early_puts+0x34>
80400996:	4781                	li	a5,0
80400998:	0785                	add	a5,a5,1
8040099a:	00f706b3          	add	a3,a4,a5
8040099e:	0006c683          	lbu	a3,0(a3)
804009a2:	fafd                	bnez	a3,80400998 <early_puts+0xa>
804009a4:	40000693          	li	a3,1024
804009a8:	4501                	li	a0,0
804009aa:	863a                	mv	a2,a4
804009ac:	48c9                	li	a7,18
804009ae:	85be                	mv	a1,a5
804009b0:	00f6f463          	bgeu	a3,a5,804009b8 <early_puts+0x2a>
804009b4:	40000593          	li	a1,1024
804009b8:	00000073          	ecall
804009bc:	8f8d                	sub	a5,a5,a1
804009be:	972e                	add	a4,a4,a1
804009c0:	f7e5                	bnez	a5,804009a8 <early_puts+0x1a>
804009c2:	8082                	ret

804009c4 <uni_early_write>:
804009c4:	87ae                	mv	a5,a1
804009c6:	872a                	mv	a4,a0
804009c8:	c185                	beqz	a1,804009e8 <uni_early_write+0x24>
804009ca:	40000693          	li	a3,1024
804009ce:	4501                	li	a0,0
804009d0:	863a                	mv	a2,a4
804009d2:	48c9                	li	a7,18
804009d4:	85be                	mv	a1,a5
804009d6:	00f6f463          	bgeu	a3,a5,804009de <uni_early_write+0x1a>
804009da:	40000593          	li	a1,1024
804009de:	00000073          	ecall
804009e2:	8f8d                	sub	a5,a5,a1
804009e4:	972e                	add	a4,a4,a1
804009e6:	f7e5                	bnez	a5,804009ce <uni_early_write+0xa>
804009e8:	8082                	ret

804009ea <uni_at_shutdown>:
804009ea:	804056b7          	lui	a3,0x80405
804009ee:	0b86a783          	lw	a5,184(a3) # 804050b8 <nhooks>
804009f2:	4721                	li	a4,8
804009f4:	00e78f63          	beq	a5,a4,80400a12 <uni_at_shutdown+0x28>
804009f8:	806c9737          	lui	a4,0x806c9
804009fc:	00279613          	sll	a2,a5,0x2
80400a00:	5a070713          	add	a4,a4,1440 # 806c95a0 <hooks>
80400a04:	0785                	add	a5,a5,1
80400a06:	9732                	add	a4,a4,a2
80400a08:	c308                	sw	a0,0(a4)
80400a0a:	0af6ac23          	sw	a5,184(a3)
80400a0e:	4501                	li	a0,0
80400a10:	8082                	ret
80400a12:	557d                	li	a0,-1
80400a14:	8082                	ret

80400a16 <uni_poweroff>:
80400a16:	1141                	add	sp,sp,-16
80400a18:	c422                	sw	s0,8(sp)
80400a1a:	c606                	sw	ra,12(sp)
80400a1c:	842a                	mv	s0,a0
80400a1e:	00000097          	auipc	ra,0x0
80400a22:	f2c080e7          	jalr	-212(ra) # 8040094a <run_hooks>
80400a26:	67c1                	lui	a5,0x10
80400a28:	00841593          	sll	a1,s0,0x8
80400a2c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80400a2e:	8dfd                	and	a1,a1,a5
80400a30:	4509                	li	a0,2
80400a32:	48f5                	li	a7,29
80400a34:	00000073          	ecall
80400a38:	bfe5                	j	80400a30 <uni_poweroff+0x1a>

80400a3a <uni_panic>:
80400a3a:	804057b7          	lui	a5,0x80405
80400a3e:	0b47a703          	lw	a4,180(a5) # 804050b4 <panicking>
80400a42:	1141                	add	sp,sp,-16
80400a44:	c422                	sw	s0,8(sp)
80400a46:	c606                	sw	ra,12(sp)
80400a48:	842a                	mv	s0,a0
80400a4a:	cf0d                	beqz	a4,80400a84 <uni_panic+0x4a>
80400a4c:	80404537          	lui	a0,0x80404
80400a50:	11050513          	add	a0,a0,272 # 80404110 <strnlen+0xb2a>
80400a54:	00000097          	auipc	ra,0x0
80400a58:	f3a080e7          	jalr	-198(ra) # 8040098e <early_puts>
80400a5c:	8522                	mv	a0,s0
80400a5e:	00000097          	auipc	ra,0x0
80400a62:	f30080e7          	jalr	-208(ra) # 8040098e <early_puts>
80400a66:	80404537          	lui	a0,0x80404
80400a6a:	09850513          	add	a0,a0,152 # 80404098 <strnlen+0xab2>
80400a6e:	00000097          	auipc	ra,0x0
80400a72:	f20080e7          	jalr	-224(ra) # 8040098e <early_puts>
80400a76:	4509                	li	a0,2
80400a78:	10300593          	li	a1,259
80400a7c:	48f5                	li	a7,29
80400a7e:	00000073          	ecall
80400a82:	bfd5                	j	80400a76 <uni_panic+0x3c>
80400a84:	4705                	li	a4,1
80400a86:	0ae7aa23          	sw	a4,180(a5)
80400a8a:	00000097          	auipc	ra,0x0
80400a8e:	ec0080e7          	jalr	-320(ra) # 8040094a <run_hooks>
80400a92:	bf6d                	j	80400a4c <uni_panic+0x12>

80400a94 <uni_trap>:
80400a94:	08452703          	lw	a4,132(a0)
80400a98:	800007b7          	lui	a5,0x80000
80400a9c:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
80400a9e:	00f71d63          	bne	a4,a5,80400ab8 <uni_trap+0x24>
80400aa2:	80405737          	lui	a4,0x80405
80400aa6:	0b072783          	lw	a5,176(a4) # 804050b0 <upcalls>
80400aaa:	0785                	add	a5,a5,1
80400aac:	0af72823          	sw	a5,176(a4)
80400ab0:	00000317          	auipc	t1,0x0
80400ab4:	37c30067          	jr	892(t1) # 80400e2c <evtchn_do_upcall>
80400ab8:	804057b7          	lui	a5,0x80405
80400abc:	0b47a703          	lw	a4,180(a5) # 804050b4 <panicking>
80400ac0:	7139                	add	sp,sp,-64
80400ac2:	dc22                	sw	s0,56(sp)
80400ac4:	de06                	sw	ra,60(sp)
80400ac6:	842a                	mv	s0,a0
80400ac8:	c771                	beqz	a4,80400b94 <uni_trap+0x100>
80400aca:	80404537          	lui	a0,0x80404
80400ace:	12850513          	add	a0,a0,296 # 80404128 <strnlen+0xb42>
80400ad2:	00000097          	auipc	ra,0x0
80400ad6:	ebc080e7          	jalr	-324(ra) # 8040098e <early_puts>
80400ada:	08442703          	lw	a4,132(s0)
80400ade:	47bd                	li	a5,15
80400ae0:	0ae7e563          	bltu	a5,a4,80400b8a <uni_trap+0xf6>
80400ae4:	804047b7          	lui	a5,0x80404
80400ae8:	070a                	sll	a4,a4,0x2
80400aea:	3c078793          	add	a5,a5,960 # 804043c0 <names.0>
80400aee:	97ba                	add	a5,a5,a4
80400af0:	4388                	lw	a0,0(a5)
80400af2:	00000097          	auipc	ra,0x0
80400af6:	e9c080e7          	jalr	-356(ra) # 8040098e <early_puts>
80400afa:	80404537          	lui	a0,0x80404
80400afe:	14050513          	add	a0,a0,320 # 80404140 <strnlen+0xb5a>
80400b02:	00000097          	auipc	ra,0x0
80400b06:	e8c080e7          	jalr	-372(ra) # 8040098e <early_puts>
80400b0a:	08442583          	lw	a1,132(s0)
80400b0e:	0068                	add	a0,sp,12
80400b10:	00000097          	auipc	ra,0x0
80400b14:	dfc080e7          	jalr	-516(ra) # 8040090c <hex>
80400b18:	00000097          	auipc	ra,0x0
80400b1c:	e76080e7          	jalr	-394(ra) # 8040098e <early_puts>
80400b20:	80404537          	lui	a0,0x80404
80400b24:	14c50513          	add	a0,a0,332 # 8040414c <strnlen+0xb66>
80400b28:	00000097          	auipc	ra,0x0
80400b2c:	e66080e7          	jalr	-410(ra) # 8040098e <early_puts>
80400b30:	08042583          	lw	a1,128(s0)
80400b34:	0828                	add	a0,sp,24
80400b36:	00000097          	auipc	ra,0x0
80400b3a:	dd6080e7          	jalr	-554(ra) # 8040090c <hex>
80400b3e:	00000097          	auipc	ra,0x0
80400b42:	e50080e7          	jalr	-432(ra) # 8040098e <early_puts>
80400b46:	80404537          	lui	a0,0x80404
80400b4a:	15850513          	add	a0,a0,344 # 80404158 <strnlen+0xb72>
80400b4e:	00000097          	auipc	ra,0x0
80400b52:	e40080e7          	jalr	-448(ra) # 8040098e <early_puts>
80400b56:	08842583          	lw	a1,136(s0)
80400b5a:	1048                	add	a0,sp,36
80400b5c:	00000097          	auipc	ra,0x0
80400b60:	db0080e7          	jalr	-592(ra) # 8040090c <hex>
80400b64:	00000097          	auipc	ra,0x0
80400b68:	e2a080e7          	jalr	-470(ra) # 8040098e <early_puts>
80400b6c:	80404537          	lui	a0,0x80404
80400b70:	09850513          	add	a0,a0,152 # 80404098 <strnlen+0xab2>
80400b74:	00000097          	auipc	ra,0x0
80400b78:	e1a080e7          	jalr	-486(ra) # 8040098e <early_puts>
80400b7c:	4509                	li	a0,2
80400b7e:	10300593          	li	a1,259
80400b82:	48f5                	li	a7,29
80400b84:	00000073          	ecall
80400b88:	bfd5                	j	80400b7c <uni_trap+0xe8>
80400b8a:	80404537          	lui	a0,0x80404
80400b8e:	12050513          	add	a0,a0,288 # 80404120 <strnlen+0xb3a>
80400b92:	b785                	j	80400af2 <uni_trap+0x5e>
80400b94:	4705                	li	a4,1
80400b96:	0ae7aa23          	sw	a4,180(a5)
80400b9a:	00000097          	auipc	ra,0x0
80400b9e:	db0080e7          	jalr	-592(ra) # 8040094a <run_hooks>
80400ba2:	b725                	j	80400aca <uni_trap+0x36>

80400ba4 <uni_mfn_to_virt>:
80400ba4:	804057b7          	lui	a5,0x80405
80400ba8:	0bc7a783          	lw	a5,188(a5) # 804050bc <uni_start_info>
80400bac:	4701                	li	a4,0
80400bae:	0207a803          	lw	a6,32(a5)
80400bb2:	43ec                	lw	a1,68(a5)
80400bb4:	8642                	mv	a2,a6
80400bb6:	a029                	j	80400bc0 <uni_mfn_to_virt+0x1c>
80400bb8:	4294                	lw	a3,0(a3)
80400bba:	04a6e763          	bltu	a3,a0,80400c08 <uni_mfn_to_virt+0x64>
80400bbe:	863e                	mv	a2,a5
80400bc0:	40e607b3          	sub	a5,a2,a4
80400bc4:	8385                	srl	a5,a5,0x1
80400bc6:	97ba                	add	a5,a5,a4
80400bc8:	00279693          	sll	a3,a5,0x2
80400bcc:	96ae                	add	a3,a3,a1
80400bce:	fec765e3          	bltu	a4,a2,80400bb8 <uni_mfn_to_virt+0x14>
80400bd2:	00e80863          	beq	a6,a4,80400be2 <uni_mfn_to_virt+0x3e>
80400bd6:	00271793          	sll	a5,a4,0x2
80400bda:	97ae                	add	a5,a5,a1
80400bdc:	439c                	lw	a5,0(a5)
80400bde:	00a78f63          	beq	a5,a0,80400bfc <uni_mfn_to_virt+0x58>
80400be2:	4701                	li	a4,0
80400be4:	00081663          	bnez	a6,80400bf0 <uni_mfn_to_virt+0x4c>
80400be8:	a01d                	j	80400c0e <uni_mfn_to_virt+0x6a>
80400bea:	0705                	add	a4,a4,1
80400bec:	02e80163          	beq	a6,a4,80400c0e <uni_mfn_to_virt+0x6a>
80400bf0:	419c                	lw	a5,0(a1)
80400bf2:	0591                	add	a1,a1,4
80400bf4:	fea79be3          	bne	a5,a0,80400bea <uni_mfn_to_virt+0x46>
80400bf8:	00e80b63          	beq	a6,a4,80400c0e <uni_mfn_to_virt+0x6a>
80400bfc:	0732                	sll	a4,a4,0xc
80400bfe:	800007b7          	lui	a5,0x80000
80400c02:	00f70533          	add	a0,a4,a5
80400c06:	8082                	ret
80400c08:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400c0c:	bf55                	j	80400bc0 <uni_mfn_to_virt+0x1c>
80400c0e:	4501                	li	a0,0
80400c10:	8082                	ret

80400c12 <uni_runtime_start>:
80400c12:	804047b7          	lui	a5,0x80404
80400c16:	1141                	add	sp,sp,-16
80400c18:	80405737          	lui	a4,0x80405
80400c1c:	16478793          	add	a5,a5,356 # 80404164 <strnlen+0xb7e>
80400c20:	c422                	sw	s0,8(sp)
80400c22:	0aa72e23          	sw	a0,188(a4) # 804050bc <uni_start_info>
80400c26:	c606                	sw	ra,12(sp)
80400c28:	c226                	sw	s1,4(sp)
80400c2a:	c04a                	sw	s2,0(sp)
80400c2c:	842a                	mv	s0,a0
80400c2e:	01878593          	add	a1,a5,24
80400c32:	872a                	mv	a4,a0
80400c34:	00074603          	lbu	a2,0(a4)
80400c38:	0007c683          	lbu	a3,0(a5)
80400c3c:	10d61363          	bne	a2,a3,80400d42 <uni_runtime_start+0x130>
80400c40:	0785                	add	a5,a5,1
80400c42:	0705                	add	a4,a4,1
80400c44:	feb798e3          	bne	a5,a1,80400c34 <uni_runtime_start+0x22>
80400c48:	4501                	li	a0,0
80400c4a:	4581                	li	a1,0
80400c4c:	48c5                	li	a7,17
80400c4e:	00000073          	ecall
80400c52:	4785                	li	a5,1
80400c54:	8141                	srl	a0,a0,0x10
80400c56:	10f51663          	bne	a0,a5,80400d62 <uni_runtime_start+0x150>
80400c5a:	4519                	li	a0,6
80400c5c:	00000073          	ecall
80400c60:	8909                	and	a0,a0,2
80400c62:	10050863          	beqz	a0,80400d72 <uni_runtime_start+0x160>
80400c66:	5008                	lw	a0,32(s0)
80400c68:	04042803          	lw	a6,64(s0)
80400c6c:	03c42883          	lw	a7,60(s0)
80400c70:	442c                	lw	a1,72(s0)
80400c72:	00080637          	lui	a2,0x80
80400c76:	00c50733          	add	a4,a0,a2
80400c7a:	00c81793          	sll	a5,a6,0xc
80400c7e:	00c71693          	sll	a3,a4,0xc
80400c82:	01178733          	add	a4,a5,a7
80400c86:	0cc59663          	bne	a1,a2,80400d52 <uni_runtime_start+0x140>
80400c8a:	806cd7b7          	lui	a5,0x806cd
80400c8e:	a7078793          	add	a5,a5,-1424 # 806cca70 <__bss_end>
80400c92:	0cf46063          	bltu	s0,a5,80400d52 <uni_runtime_start+0x140>
80400c96:	0a88ee63          	bltu	a7,s0,80400d52 <uni_runtime_start+0x140>
80400c9a:	0a080c63          	beqz	a6,80400d52 <uni_runtime_start+0x140>
80400c9e:	0ae6ea63          	bltu	a3,a4,80400d52 <uni_runtime_start+0x140>
80400ca2:	0aa5e863          	bltu	a1,a0,80400d52 <uni_runtime_start+0x140>
80400ca6:	5048                	lw	a0,36(s0)
80400ca8:	00000097          	auipc	ra,0x0
80400cac:	134080e7          	jalr	308(ra) # 80400ddc <evtchn_init>
80400cb0:	80401537          	lui	a0,0x80401
80400cb4:	84050513          	add	a0,a0,-1984 # 80400840 <uni_trap_entry>
80400cb8:	4581                	li	a1,0
80400cba:	4891                	li	a7,4
80400cbc:	00000073          	ecall
80400cc0:	06054963          	bltz	a0,80400d32 <uni_runtime_start+0x120>
80400cc4:	00000097          	auipc	ra,0x0
80400cc8:	0c0080e7          	jalr	192(ra) # 80400d84 <uni_wait_init>
80400ccc:	806c9937          	lui	s2,0x806c9
80400cd0:	5c090593          	add	a1,s2,1472 # 806c95c0 <cmdline>
80400cd4:	5c090693          	add	a3,s2,1472
80400cd8:	4781                	li	a5,0
80400cda:	20000613          	li	a2,512
80400cde:	a039                	j	80400cec <uni_runtime_start+0xda>
80400ce0:	00e68023          	sb	a4,0(a3)
80400ce4:	0785                	add	a5,a5,1
80400ce6:	0685                	add	a3,a3,1
80400ce8:	00c78763          	beq	a5,a2,80400cf6 <uni_runtime_start+0xe4>
80400cec:	00f40733          	add	a4,s0,a5
80400cf0:	04c74703          	lbu	a4,76(a4)
80400cf4:	f775                	bnez	a4,80400ce0 <uni_runtime_start+0xce>
80400cf6:	97ae                	add	a5,a5,a1
80400cf8:	80405437          	lui	s0,0x80405
80400cfc:	804054b7          	lui	s1,0x80405
80400d00:	00078023          	sb	zero,0(a5)
80400d04:	0a848493          	add	s1,s1,168 # 804050a8 <__init_array_end>
80400d08:	09c40793          	add	a5,s0,156 # 8040509c <__init_array_start>
80400d0c:	0097f963          	bgeu	a5,s1,80400d1e <uni_runtime_start+0x10c>
80400d10:	09c40413          	add	s0,s0,156
80400d14:	401c                	lw	a5,0(s0)
80400d16:	0411                	add	s0,s0,4
80400d18:	9782                	jalr	a5
80400d1a:	fe946de3          	bltu	s0,s1,80400d14 <uni_runtime_start+0x102>
80400d1e:	5c090513          	add	a0,s2,1472
80400d22:	00000097          	auipc	ra,0x0
80400d26:	648080e7          	jalr	1608(ra) # 8040136a <uni_main>
80400d2a:	00000097          	auipc	ra,0x0
80400d2e:	cec080e7          	jalr	-788(ra) # 80400a16 <uni_poweroff>
80400d32:	80404537          	lui	a0,0x80404
80400d36:	23850513          	add	a0,a0,568 # 80404238 <strnlen+0xc52>
80400d3a:	00000097          	auipc	ra,0x0
80400d3e:	d00080e7          	jalr	-768(ra) # 80400a3a <uni_panic>
80400d42:	80404537          	lui	a0,0x80404
80400d46:	17c50513          	add	a0,a0,380 # 8040417c <strnlen+0xb96>
80400d4a:	00000097          	auipc	ra,0x0
80400d4e:	cf0080e7          	jalr	-784(ra) # 80400a3a <uni_panic>
80400d52:	80404537          	lui	a0,0x80404
80400d56:	21050513          	add	a0,a0,528 # 80404210 <strnlen+0xc2a>
80400d5a:	00000097          	auipc	ra,0x0
80400d5e:	ce0080e7          	jalr	-800(ra) # 80400a3a <uni_panic>
80400d62:	80404537          	lui	a0,0x80404
80400d66:	1ac50513          	add	a0,a0,428 # 804041ac <strnlen+0xbc6>
80400d6a:	00000097          	auipc	ra,0x0
80400d6e:	cd0080e7          	jalr	-816(ra) # 80400a3a <uni_panic>
80400d72:	80404537          	lui	a0,0x80404
80400d76:	1e850513          	add	a0,a0,488 # 804041e8 <strnlen+0xc02>
80400d7a:	00000097          	auipc	ra,0x0
80400d7e:	cc0080e7          	jalr	-832(ra) # 80400a3a <uni_panic>

80400d82 <timer_event>:
80400d82:	8082                	ret

80400d84 <uni_wait_init>:
80400d84:	1141                	add	sp,sp,-16
80400d86:	c422                	sw	s0,8(sp)
80400d88:	80405437          	lui	s0,0x80405
80400d8c:	0c440593          	add	a1,s0,196 # 804050c4 <timer_port>
80400d90:	4501                	li	a0,0
80400d92:	c606                	sw	ra,12(sp)
80400d94:	00000097          	auipc	ra,0x0
80400d98:	194080e7          	jalr	404(ra) # 80400f28 <evtchn_bind_virq>
80400d9c:	02054363          	bltz	a0,80400dc2 <uni_wait_init+0x3e>
80400da0:	0c442503          	lw	a0,196(s0)
80400da4:	804015b7          	lui	a1,0x80401
80400da8:	4601                	li	a2,0
80400daa:	d8258593          	add	a1,a1,-638 # 80400d82 <timer_event>
80400dae:	00000097          	auipc	ra,0x0
80400db2:	05a080e7          	jalr	90(ra) # 80400e08 <evtchn_bind>
80400db6:	00054663          	bltz	a0,80400dc2 <uni_wait_init+0x3e>
80400dba:	40b2                	lw	ra,12(sp)
80400dbc:	4422                	lw	s0,8(sp)
80400dbe:	0141                	add	sp,sp,16
80400dc0:	8082                	ret
80400dc2:	80404537          	lui	a0,0x80404
80400dc6:	40050513          	add	a0,a0,1024 # 80404400 <names.0+0x40>
80400dca:	00000097          	auipc	ra,0x0
80400dce:	c70080e7          	jalr	-912(ra) # 80400a3a <uni_panic>

80400dd2 <uni_runtime_set_waiter>:
80400dd2:	804057b7          	lui	a5,0x80405
80400dd6:	0ca7a023          	sw	a0,192(a5) # 804050c0 <waiter>
80400dda:	8082                	ret

80400ddc <evtchn_init>:
80400ddc:	80405737          	lui	a4,0x80405
80400de0:	806c97b7          	lui	a5,0x806c9
80400de4:	7c478793          	add	a5,a5,1988 # 806c97c4 <handlers>
80400de8:	0ca72623          	sw	a0,204(a4) # 804050cc <pv_shared_info>
80400dec:	6709                	lui	a4,0x2
80400dee:	973e                	add	a4,a4,a5
80400df0:	0007a023          	sw	zero,0(a5)
80400df4:	0007a223          	sw	zero,4(a5)
80400df8:	07a1                	add	a5,a5,8
80400dfa:	fee79be3          	bne	a5,a4,80400df0 <evtchn_init+0x14>
80400dfe:	804057b7          	lui	a5,0x80405
80400e02:	0c07a423          	sw	zero,200(a5) # 804050c8 <stray>
80400e06:	8082                	ret

80400e08 <evtchn_bind>:
80400e08:	fff50713          	add	a4,a0,-1
80400e0c:	3fe00793          	li	a5,1022
80400e10:	00e7ec63          	bltu	a5,a4,80400e28 <evtchn_bind+0x20>
80400e14:	806c97b7          	lui	a5,0x806c9
80400e18:	050e                	sll	a0,a0,0x3
80400e1a:	7c478793          	add	a5,a5,1988 # 806c97c4 <handlers>
80400e1e:	97aa                	add	a5,a5,a0
80400e20:	c3d0                	sw	a2,4(a5)
80400e22:	c38c                	sw	a1,0(a5)
80400e24:	4501                	li	a0,0
80400e26:	8082                	ret
80400e28:	5529                	li	a0,-22
80400e2a:	8082                	ret

80400e2c <evtchn_do_upcall>:
80400e2c:	7179                	add	sp,sp,-48
80400e2e:	804057b7          	lui	a5,0x80405
80400e32:	c65e                	sw	s7,12(sp)
80400e34:	0cc7ab83          	lw	s7,204(a5) # 804050cc <pv_shared_info>
80400e38:	cc52                	sw	s4,24(sp)
80400e3a:	806c9a37          	lui	s4,0x806c9
80400e3e:	c85a                	sw	s6,16(sp)
80400e40:	c462                	sw	s8,8(sp)
80400e42:	c266                	sw	s9,4(sp)
80400e44:	d606                	sw	ra,44(sp)
80400e46:	d422                	sw	s0,40(sp)
80400e48:	d226                	sw	s1,36(sp)
80400e4a:	d04a                	sw	s2,32(sp)
80400e4c:	ce4e                	sw	s3,28(sp)
80400e4e:	ca56                	sw	s5,20(sp)
80400e50:	4c81                	li	s9,0
80400e52:	004b8c13          	add	s8,s7,4
80400e56:	7c4a0a13          	add	s4,s4,1988 # 806c97c4 <handlers>
80400e5a:	80405b37          	lui	s6,0x80405
80400e5e:	000b8023          	sb	zero,0(s7)
80400e62:	0330000f          	fence	rw,rw
80400e66:	8ae6                	mv	s5,s9
80400e68:	0f50000f          	fence	iorw,ow
80400e6c:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400e70:	4985                	li	s3,1
80400e72:	080a8163          	beqz	s5,80400ef4 <evtchn_do_upcall+0xc8>
80400e76:	8556                	mv	a0,s5
80400e78:	00000097          	auipc	ra,0x0
80400e7c:	72a080e7          	jalr	1834(ra) # 804015a2 <__ctzsi2>
80400e80:	01050413          	add	s0,a0,16
80400e84:	040a                	sll	s0,s0,0x2
80400e86:	08040913          	add	s2,s0,128
80400e8a:	fffa8793          	add	a5,s5,-1
80400e8e:	00fafab3          	and	s5,s5,a5
80400e92:	945e                	add	s0,s0,s7
80400e94:	995e                	add	s2,s2,s7
80400e96:	00551493          	sll	s1,a0,0x5
80400e9a:	401c                	lw	a5,0(s0)
80400e9c:	0ff0000f          	fence
80400ea0:	00092503          	lw	a0,0(s2)
80400ea4:	fff54513          	not	a0,a0
80400ea8:	8d7d                	and	a0,a0,a5
80400eaa:	d561                	beqz	a0,80400e72 <evtchn_do_upcall+0x46>
80400eac:	00000097          	auipc	ra,0x0
80400eb0:	6f6080e7          	jalr	1782(ra) # 804015a2 <__ctzsi2>
80400eb4:	00a997b3          	sll	a5,s3,a0
80400eb8:	fff7c793          	not	a5,a5
80400ebc:	0f50000f          	fence	iorw,ow
80400ec0:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80400ec4:	9526                	add	a0,a0,s1
80400ec6:	00351793          	sll	a5,a0,0x3
80400eca:	97d2                	add	a5,a5,s4
80400ecc:	4398                	lw	a4,0(a5)
80400ece:	cf09                	beqz	a4,80400ee8 <evtchn_do_upcall+0xbc>
80400ed0:	43cc                	lw	a1,4(a5)
80400ed2:	9702                	jalr	a4
80400ed4:	401c                	lw	a5,0(s0)
80400ed6:	0ff0000f          	fence
80400eda:	00092503          	lw	a0,0(s2)
80400ede:	fff54513          	not	a0,a0
80400ee2:	8d7d                	and	a0,a0,a5
80400ee4:	f561                	bnez	a0,80400eac <evtchn_do_upcall+0x80>
80400ee6:	b771                	j	80400e72 <evtchn_do_upcall+0x46>
80400ee8:	0c8b2783          	lw	a5,200(s6) # 804050c8 <stray>
80400eec:	0785                	add	a5,a5,1
80400eee:	0cfb2423          	sw	a5,200(s6)
80400ef2:	b765                	j	80400e9a <evtchn_do_upcall+0x6e>
80400ef4:	000bc783          	lbu	a5,0(s7)
80400ef8:	f3bd                	bnez	a5,80400e5e <evtchn_do_upcall+0x32>
80400efa:	50b2                	lw	ra,44(sp)
80400efc:	5422                	lw	s0,40(sp)
80400efe:	5492                	lw	s1,36(sp)
80400f00:	5902                	lw	s2,32(sp)
80400f02:	49f2                	lw	s3,28(sp)
80400f04:	4a62                	lw	s4,24(sp)
80400f06:	4ad2                	lw	s5,20(sp)
80400f08:	4b42                	lw	s6,16(sp)
80400f0a:	4bb2                	lw	s7,12(sp)
80400f0c:	4c22                	lw	s8,8(sp)
80400f0e:	4c92                	lw	s9,4(sp)
80400f10:	6145                	add	sp,sp,48
80400f12:	8082                	ret

80400f14 <evtchn_send>:
80400f14:	1141                	add	sp,sp,-16
80400f16:	c62a                	sw	a0,12(sp)
80400f18:	006c                	add	a1,sp,12
80400f1a:	4511                	li	a0,4
80400f1c:	02000893          	li	a7,32
80400f20:	00000073          	ecall
80400f24:	0141                	add	sp,sp,16
80400f26:	8082                	ret

80400f28 <evtchn_bind_virq>:
80400f28:	1141                	add	sp,sp,-16
80400f2a:	86ae                	mv	a3,a1
80400f2c:	c22a                	sw	a0,4(sp)
80400f2e:	c402                	sw	zero,8(sp)
80400f30:	c602                	sw	zero,12(sp)
80400f32:	4505                	li	a0,1
80400f34:	004c                	add	a1,sp,4
80400f36:	02000893          	li	a7,32
80400f3a:	00000073          	ecall
80400f3e:	00054b63          	bltz	a0,80400f54 <evtchn_bind_virq+0x2c>
80400f42:	4732                	lw	a4,12(sp)
80400f44:	cb11                	beqz	a4,80400f58 <evtchn_bind_virq+0x30>
80400f46:	c298                	sw	a4,0(a3)
80400f48:	3fe00793          	li	a5,1022
80400f4c:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80400f4e:	00e7e763          	bltu	a5,a4,80400f5c <evtchn_bind_virq+0x34>
80400f52:	4501                	li	a0,0
80400f54:	0141                	add	sp,sp,16
80400f56:	8082                	ret
80400f58:	872a                	mv	a4,a0
80400f5a:	b7f5                	j	80400f46 <evtchn_bind_virq+0x1e>
80400f5c:	5529                	li	a0,-22
80400f5e:	bfdd                	j	80400f54 <evtchn_bind_virq+0x2c>

80400f60 <pv_block>:
80400f60:	4505                	li	a0,1
80400f62:	4581                	li	a1,0
80400f64:	48f5                	li	a7,29
80400f66:	00000073          	ecall
80400f6a:	804057b7          	lui	a5,0x80405
80400f6e:	0cc7a783          	lw	a5,204(a5) # 804050cc <pv_shared_info>
80400f72:	4705                	li	a4,1
80400f74:	00e780a3          	sb	a4,1(a5)
80400f78:	8082                	ret

80400f7a <pvcons_init>:
80400f7a:	c10c                	sw	a1,0(a0)
80400f7c:	c150                	sw	a2,4(a0)
80400f7e:	c514                	sw	a3,8(a0)
80400f80:	8082                	ret

80400f82 <pvcons_put>:
80400f82:	00052803          	lw	a6,0(a0)
80400f86:	6785                	lui	a5,0x1
80400f88:	00f80733          	add	a4,a6,a5
80400f8c:	c0872503          	lw	a0,-1016(a4)
80400f90:	c0c72883          	lw	a7,-1012(a4)
80400f94:	0330000f          	fence	rw,rw
80400f98:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400f9c:	953e                	add	a0,a0,a5
80400f9e:	41150533          	sub	a0,a0,a7
80400fa2:	02a7ee63          	bltu	a5,a0,80400fde <pvcons_put+0x5c>
80400fa6:	04a66463          	bltu	a2,a0,80400fee <pvcons_put+0x6c>
80400faa:	c11d                	beqz	a0,80400fd0 <pvcons_put+0x4e>
80400fac:	872e                	mv	a4,a1
80400fae:	00a58633          	add	a2,a1,a0
80400fb2:	40b885b3          	sub	a1,a7,a1
80400fb6:	00074683          	lbu	a3,0(a4)
80400fba:	00e587b3          	add	a5,a1,a4
80400fbe:	7ff7f793          	and	a5,a5,2047
80400fc2:	97c2                	add	a5,a5,a6
80400fc4:	40d78023          	sb	a3,1024(a5)
80400fc8:	0705                	add	a4,a4,1
80400fca:	fec716e3          	bne	a4,a2,80400fb6 <pvcons_put+0x34>
80400fce:	98aa                	add	a7,a7,a0
80400fd0:	0110000f          	fence	w,w
80400fd4:	6785                	lui	a5,0x1
80400fd6:	983e                	add	a6,a6,a5
80400fd8:	c1182623          	sw	a7,-1012(a6)
80400fdc:	8082                	ret
80400fde:	4501                	li	a0,0
80400fe0:	0110000f          	fence	w,w
80400fe4:	6785                	lui	a5,0x1
80400fe6:	983e                	add	a6,a6,a5
80400fe8:	c1182623          	sw	a7,-1012(a6)
80400fec:	8082                	ret
80400fee:	8532                	mv	a0,a2
80400ff0:	fd55                	bnez	a0,80400fac <pvcons_put+0x2a>
80400ff2:	bff9                	j	80400fd0 <pvcons_put+0x4e>

80400ff4 <pvcons_write>:
80400ff4:	c621                	beqz	a2,8040103c <pvcons_write+0x48>
80400ff6:	1141                	add	sp,sp,-16
80400ff8:	c422                	sw	s0,8(sp)
80400ffa:	c226                	sw	s1,4(sp)
80400ffc:	c04a                	sw	s2,0(sp)
80400ffe:	c606                	sw	ra,12(sp)
80401000:	8432                	mv	s0,a2
80401002:	892a                	mv	s2,a0
80401004:	84ae                	mv	s1,a1
80401006:	a021                	j	8040100e <pvcons_write+0x1a>
80401008:	00892783          	lw	a5,8(s2)
8040100c:	9782                	jalr	a5
8040100e:	8622                	mv	a2,s0
80401010:	85a6                	mv	a1,s1
80401012:	854a                	mv	a0,s2
80401014:	00000097          	auipc	ra,0x0
80401018:	f6e080e7          	jalr	-146(ra) # 80400f82 <pvcons_put>
8040101c:	87aa                	mv	a5,a0
8040101e:	00492503          	lw	a0,4(s2)
80401022:	8c1d                	sub	s0,s0,a5
80401024:	94be                	add	s1,s1,a5
80401026:	00000097          	auipc	ra,0x0
8040102a:	eee080e7          	jalr	-274(ra) # 80400f14 <evtchn_send>
8040102e:	fc69                	bnez	s0,80401008 <pvcons_write+0x14>
80401030:	40b2                	lw	ra,12(sp)
80401032:	4422                	lw	s0,8(sp)
80401034:	4492                	lw	s1,4(sp)
80401036:	4902                	lw	s2,0(sp)
80401038:	0141                	add	sp,sp,16
8040103a:	8082                	ret
8040103c:	8082                	ret

8040103e <pvcons_drain>:
8040103e:	411c                	lw	a5,0(a0)
80401040:	1141                	add	sp,sp,-16
80401042:	c226                	sw	s1,4(sp)
80401044:	6485                	lui	s1,0x1
80401046:	97a6                	add	a5,a5,s1
80401048:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
8040104c:	c087a783          	lw	a5,-1016(a5)
80401050:	c606                	sw	ra,12(sp)
80401052:	c422                	sw	s0,8(sp)
80401054:	02f70363          	beq	a4,a5,8040107a <pvcons_drain+0x3c>
80401058:	842a                	mv	s0,a0
8040105a:	4148                	lw	a0,4(a0)
8040105c:	00000097          	auipc	ra,0x0
80401060:	eb8080e7          	jalr	-328(ra) # 80400f14 <evtchn_send>
80401064:	a019                	j	8040106a <pvcons_drain+0x2c>
80401066:	441c                	lw	a5,8(s0)
80401068:	9782                	jalr	a5
8040106a:	401c                	lw	a5,0(s0)
8040106c:	97a6                	add	a5,a5,s1
8040106e:	c0c7a703          	lw	a4,-1012(a5)
80401072:	c087a783          	lw	a5,-1016(a5)
80401076:	fef718e3          	bne	a4,a5,80401066 <pvcons_drain+0x28>
8040107a:	40b2                	lw	ra,12(sp)
8040107c:	4422                	lw	s0,8(sp)
8040107e:	4492                	lw	s1,4(sp)
80401080:	0141                	add	sp,sp,16
80401082:	8082                	ret

80401084 <cons_event>:
80401084:	8082                	ret

80401086 <uni_console_drain>:
80401086:	804057b7          	lui	a5,0x80405
8040108a:	0d07a783          	lw	a5,208(a5) # 804050d0 <ready>
8040108e:	e391                	bnez	a5,80401092 <uni_console_drain+0xc>
80401090:	8082                	ret
80401092:	806cb537          	lui	a0,0x806cb
80401096:	7c450513          	add	a0,a0,1988 # 806cb7c4 <cons>
8040109a:	00000317          	auipc	t1,0x0
8040109e:	fa430067          	jr	-92(t1) # 8040103e <pvcons_drain>

804010a2 <uni_console_write>:
804010a2:	804057b7          	lui	a5,0x80405
804010a6:	0d07a703          	lw	a4,208(a5) # 804050d0 <ready>
804010aa:	862e                	mv	a2,a1
804010ac:	cb11                	beqz	a4,804010c0 <uni_console_write+0x1e>
804010ae:	85aa                	mv	a1,a0
804010b0:	806cb537          	lui	a0,0x806cb
804010b4:	7c450513          	add	a0,a0,1988 # 806cb7c4 <cons>
804010b8:	00000317          	auipc	t1,0x0
804010bc:	f3c30067          	jr	-196(t1) # 80400ff4 <pvcons_write>
804010c0:	00000317          	auipc	t1,0x0
804010c4:	90430067          	jr	-1788(t1) # 804009c4 <uni_early_write>

804010c8 <revoke_event>:
804010c8:	7155                	add	sp,sp,-208
804010ca:	804057b7          	lui	a5,0x80405
804010ce:	dd52                	sw	s4,184(sp)
804010d0:	0cc7aa03          	lw	s4,204(a5) # 804050cc <pv_shared_info>
804010d4:	db56                	sw	s5,180(sp)
804010d6:	c786                	sw	ra,204(sp)
804010d8:	144a2a83          	lw	s5,324(s4)
804010dc:	c5a2                	sw	s0,200(sp)
804010de:	c3a6                	sw	s1,196(sp)
804010e0:	c1ca                	sw	s2,192(sp)
804010e2:	df4e                	sw	s3,188(sp)
804010e4:	d95a                	sw	s6,176(sp)
804010e6:	d75e                	sw	s7,172(sp)
804010e8:	d562                	sw	s8,168(sp)
804010ea:	d366                	sw	s9,164(sp)
804010ec:	d16a                	sw	s10,160(sp)
804010ee:	cf6e                	sw	s11,156(sp)
804010f0:	0220000f          	fence	r,r
804010f4:	80405737          	lui	a4,0x80405
804010f8:	0e472783          	lw	a5,228(a4) # 804050e4 <revoke_seen>
804010fc:	148a2b83          	lw	s7,328(s4)
80401100:	03578263          	beq	a5,s5,80401124 <revoke_event+0x5c>
80401104:	806cbdb7          	lui	s11,0x806cb
80401108:	7d0d8d93          	add	s11,s11,2000 # 806cb7d0 <revoke_stats>
8040110c:	000da783          	lw	a5,0(s11)
80401110:	804056b7          	lui	a3,0x80405
80401114:	0986a683          	lw	a3,152(a3) # 80405098 <cooperate>
80401118:	0785                	add	a5,a5,1
8040111a:	0f572223          	sw	s5,228(a4)
8040111e:	00fda023          	sw	a5,0(s11)
80401122:	e6e9                	bnez	a3,804011ec <revoke_event+0x124>
80401124:	80405737          	lui	a4,0x80405
80401128:	154a2683          	lw	a3,340(s4)
8040112c:	0e072783          	lw	a5,224(a4) # 804050e0 <revoked_seen>
80401130:	08d78f63          	beq	a5,a3,804011ce <revoke_event+0x106>
80401134:	806cbdb7          	lui	s11,0x806cb
80401138:	7d0d8d93          	add	s11,s11,2000 # 806cb7d0 <revoke_stats>
8040113c:	008da783          	lw	a5,8(s11)
80401140:	0ed72023          	sw	a3,224(a4)
80401144:	0785                	add	a5,a5,1
80401146:	00fda423          	sw	a5,8(s11)
8040114a:	0220000f          	fence	r,r
8040114e:	158a2b03          	lw	s6,344(s4)
80401152:	060b0e63          	beqz	s6,804011ce <revoke_event+0x106>
80401156:	806cbab7          	lui	s5,0x806cb
8040115a:	806cccb7          	lui	s9,0x806cc
8040115e:	15ca0a13          	add	s4,s4,348
80401162:	4981                	li	s3,0
80401164:	7e4a8a93          	add	s5,s5,2020 # 806cb7e4 <slot_mfn>
80401168:	7e4c8c93          	add	s9,s9,2020 # 806cc7e4 <boot_argv>
8040116c:	80405bb7          	lui	s7,0x80405
80401170:	80405937          	lui	s2,0x80405
80401174:	6d05                	lui	s10,0x1
80401176:	000a2c03          	lw	s8,0(s4)
8040117a:	8456                	mv	s0,s5
8040117c:	f00004b7          	lui	s1,0xf0000
80401180:	a029                	j	8040118a <revoke_event+0xc2>
80401182:	0411                	add	s0,s0,4
80401184:	94ea                	add	s1,s1,s10
80401186:	028c8c63          	beq	s9,s0,804011be <revoke_event+0xf6>
8040118a:	401c                	lw	a5,0(s0)
8040118c:	ff879be3          	bne	a5,s8,80401182 <revoke_event+0xba>
80401190:	0f0ba703          	lw	a4,240(s7) # 804050f0 <slots_used>
80401194:	010da783          	lw	a5,16(s11)
80401198:	0ec92683          	lw	a3,236(s2) # 804050ec <revoke_hook>
8040119c:	177d                	add	a4,a4,-1
8040119e:	0785                	add	a5,a5,1
804011a0:	00042023          	sw	zero,0(s0)
804011a4:	0eeba823          	sw	a4,240(s7)
804011a8:	00fda823          	sw	a5,16(s11)
804011ac:	8526                	mv	a0,s1
804011ae:	4605                	li	a2,1
804011b0:	85e2                	mv	a1,s8
804011b2:	dae1                	beqz	a3,80401182 <revoke_event+0xba>
804011b4:	0411                	add	s0,s0,4
804011b6:	9682                	jalr	a3
804011b8:	94ea                	add	s1,s1,s10
804011ba:	fc8c98e3          	bne	s9,s0,8040118a <revoke_event+0xc2>
804011be:	0985                	add	s3,s3,1
804011c0:	013b0763          	beq	s6,s3,804011ce <revoke_event+0x106>
804011c4:	02000793          	li	a5,32
804011c8:	0a11                	add	s4,s4,4
804011ca:	faf996e3          	bne	s3,a5,80401176 <revoke_event+0xae>
804011ce:	40be                	lw	ra,204(sp)
804011d0:	442e                	lw	s0,200(sp)
804011d2:	449e                	lw	s1,196(sp)
804011d4:	490e                	lw	s2,192(sp)
804011d6:	59fa                	lw	s3,188(sp)
804011d8:	5a6a                	lw	s4,184(sp)
804011da:	5ada                	lw	s5,180(sp)
804011dc:	5b4a                	lw	s6,176(sp)
804011de:	5bba                	lw	s7,172(sp)
804011e0:	5c2a                	lw	s8,168(sp)
804011e2:	5c9a                	lw	s9,164(sp)
804011e4:	5d0a                	lw	s10,160(sp)
804011e6:	4dfa                	lw	s11,156(sp)
804011e8:	6169                	add	sp,sp,208
804011ea:	8082                	ret
804011ec:	f20b8ce3          	beqz	s7,80401124 <revoke_event+0x5c>
804011f0:	806cc937          	lui	s2,0x806cc
804011f4:	6485                	lui	s1,0x1
804011f6:	6b21                	lui	s6,0x8
804011f8:	7e090913          	add	s2,s2,2016 # 806cc7e0 <slot_mfn+0xffc>
804011fc:	f03ff9b7          	lui	s3,0xf03ff
80401200:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80401202:	4401                	li	s0,0
80401204:	7d7d                	lui	s10,0xfffff
80401206:	80405e37          	lui	t3,0x80405
8040120a:	80405337          	lui	t1,0x80405
8040120e:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80401210:	80405cb7          	lui	s9,0x80405
80401214:	02000813          	li	a6,32
80401218:	00092c03          	lw	s8,0(s2)
8040121c:	060c0a63          	beqz	s8,80401290 <revoke_event+0x1c8>
80401220:	0ece2783          	lw	a5,236(t3) # 804050ec <revoke_hook>
80401224:	cb99                	beqz	a5,8040123a <revoke_event+0x172>
80401226:	4601                	li	a2,0
80401228:	85e2                	mv	a1,s8
8040122a:	854e                	mv	a0,s3
8040122c:	9782                	jalr	a5
8040122e:	02000813          	li	a6,32
80401232:	80405337          	lui	t1,0x80405
80401236:	80405e37          	lui	t3,0x80405
8040123a:	0f432783          	lw	a5,244(t1) # 804050f4 <window_l1>
8040123e:	c402                	sw	zero,8(sp)
80401240:	0048                	add	a0,sp,4
80401242:	07b2                	sll	a5,a5,0xc
80401244:	8fc5                	or	a5,a5,s1
80401246:	c23e                	sw	a5,4(sp)
80401248:	4585                	li	a1,1
8040124a:	4601                	li	a2,0
8040124c:	86da                	mv	a3,s6
8040124e:	4885                	li	a7,1
80401250:	00000073          	ecall
80401254:	ed15                	bnez	a0,80401290 <revoke_event+0x1c8>
80401256:	0f0ca703          	lw	a4,240(s9) # 804050f0 <slots_used>
8040125a:	00241793          	sll	a5,s0,0x2
8040125e:	09078793          	add	a5,a5,144
80401262:	978a                	add	a5,a5,sp
80401264:	177d                	add	a4,a4,-1
80401266:	f987a023          	sw	s8,-128(a5)
8040126a:	00092023          	sw	zero,0(s2)
8040126e:	0eeca823          	sw	a4,240(s9)
80401272:	00140793          	add	a5,s0,1
80401276:	c48d                	beqz	s1,804012a0 <revoke_event+0x1d8>
80401278:	0377f463          	bgeu	a5,s7,804012a0 <revoke_event+0x1d8>
8040127c:	1971                	add	s2,s2,-4
8040127e:	14f1                	add	s1,s1,-4
80401280:	99ea                	add	s3,s3,s10
80401282:	03078063          	beq	a5,a6,804012a2 <revoke_event+0x1da>
80401286:	00092c03          	lw	s8,0(s2)
8040128a:	843e                	mv	s0,a5
8040128c:	f80c1ae3          	bnez	s8,80401220 <revoke_event+0x158>
80401290:	c499                	beqz	s1,8040129e <revoke_event+0x1d6>
80401292:	01747663          	bgeu	s0,s7,8040129e <revoke_event+0x1d6>
80401296:	1971                	add	s2,s2,-4
80401298:	14f1                	add	s1,s1,-4
8040129a:	99ea                	add	s3,s3,s10
8040129c:	bfb5                	j	80401218 <revoke_event+0x150>
8040129e:	87a2                	mv	a5,s0
804012a0:	cf81                	beqz	a5,804012b8 <revoke_event+0x1f0>
804012a2:	0818                	add	a4,sp,16
804012a4:	c23e                	sw	a5,4(sp)
804012a6:	c43a                	sw	a4,8(sp)
804012a8:	c602                	sw	zero,12(sp)
804012aa:	4505                	li	a0,1
804012ac:	004c                	add	a1,sp,4
804012ae:	03000893          	li	a7,48
804012b2:	00000073          	ecall
804012b6:	cd19                	beqz	a0,804012d4 <revoke_event+0x20c>
804012b8:	450d                	li	a0,3
804012ba:	85d6                	mv	a1,s5
804012bc:	03000893          	li	a7,48
804012c0:	00000073          	ecall
804012c4:	e60510e3          	bnez	a0,80401124 <revoke_event+0x5c>
804012c8:	004da783          	lw	a5,4(s11)
804012cc:	0785                	add	a5,a5,1
804012ce:	00fda223          	sw	a5,4(s11)
804012d2:	bd89                	j	80401124 <revoke_event+0x5c>
804012d4:	00cda703          	lw	a4,12(s11)
804012d8:	97ba                	add	a5,a5,a4
804012da:	00fda623          	sw	a5,12(s11)
804012de:	bfe9                	j	804012b8 <revoke_event+0x1f0>

804012e0 <write>:
804012e0:	1141                	add	sp,sp,-16
804012e2:	c606                	sw	ra,12(sp)
804012e4:	c422                	sw	s0,8(sp)
804012e6:	47bd                	li	a5,15
804012e8:	00a7eb63          	bltu	a5,a0,804012fe <write+0x1e>
804012ec:	80405737          	lui	a4,0x80405
804012f0:	00070713          	mv	a4,a4
804012f4:	00351793          	sll	a5,a0,0x3
804012f8:	97ba                	add	a5,a5,a4
804012fa:	4398                	lw	a4,0(a5)
804012fc:	ef11                	bnez	a4,80401318 <write+0x38>
804012fe:	4725                	li	a4,9
80401300:	000007b7          	lui	a5,0x0
80401304:	004787b3          	add	a5,a5,tp
80401308:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040130c:	547d                	li	s0,-1
8040130e:	40b2                	lw	ra,12(sp)
80401310:	8522                	mv	a0,s0
80401312:	4422                	lw	s0,8(sp)
80401314:	0141                	add	sp,sp,16
80401316:	8082                	ret
80401318:	8432                	mv	s0,a2
8040131a:	04064663          	bltz	a2,80401366 <write+0x86>
8040131e:	4505                	li	a0,1
80401320:	02a70b63          	beq	a4,a0,80401356 <write+0x76>
80401324:	80405737          	lui	a4,0x80405
80401328:	10c72703          	lw	a4,268(a4) # 8040510c <fs>
8040132c:	43c8                	lw	a0,4(a5)
8040132e:	475c                	lw	a5,12(a4)
80401330:	9782                	jalr	a5
80401332:	842a                	mv	s0,a0
80401334:	fc055de3          	bgez	a0,8040130e <write+0x2e>
80401338:	fff54413          	not	s0,a0
8040133c:	02500793          	li	a5,37
80401340:	4715                	li	a4,5
80401342:	fa87efe3          	bltu	a5,s0,80401300 <write+0x20>
80401346:	804047b7          	lui	a5,0x80404
8040134a:	49c78793          	add	a5,a5,1180 # 8040449c <CSWTCH.56>
8040134e:	97a2                	add	a5,a5,s0
80401350:	00078703          	lb	a4,0(a5)
80401354:	b775                	j	80401300 <write+0x20>
80401356:	86ae                	mv	a3,a1
80401358:	8536                	mv	a0,a3
8040135a:	85b2                	mv	a1,a2
8040135c:	00000097          	auipc	ra,0x0
80401360:	d46080e7          	jalr	-698(ra) # 804010a2 <uni_console_write>
80401364:	b76d                	j	8040130e <write+0x2e>
80401366:	4759                	li	a4,22
80401368:	bf61                	j	80401300 <write+0x20>

8040136a <uni_main>:
8040136a:	1141                	add	sp,sp,-16
8040136c:	c606                	sw	ra,12(sp)
8040136e:	c422                	sw	s0,8(sp)
80401370:	806cc837          	lui	a6,0x806cc
80401374:	00054603          	lbu	a2,0(a0)
80401378:	872a                	mv	a4,a0
8040137a:	02000693          	li	a3,32
8040137e:	4501                	li	a0,0
80401380:	45a5                	li	a1,9
80401382:	7e480813          	add	a6,a6,2020 # 806cc7e4 <boot_argv>
80401386:	02d60b63          	beq	a2,a3,804013bc <uni_main+0x52>
8040138a:	02b60963          	beq	a2,a1,804013bc <uni_main+0x52>
8040138e:	c231                	beqz	a2,804013d2 <uni_main+0x68>
80401390:	06d50a63          	beq	a0,a3,80401404 <uni_main+0x9a>
80401394:	00251793          	sll	a5,a0,0x2
80401398:	97c2                	add	a5,a5,a6
8040139a:	c398                	sw	a4,0(a5)
8040139c:	00074603          	lbu	a2,0(a4)
804013a0:	0505                	add	a0,a0,1
804013a2:	87b2                	mv	a5,a2
804013a4:	d26d                	beqz	a2,80401386 <uni_main+0x1c>
804013a6:	02d78363          	beq	a5,a3,804013cc <uni_main+0x62>
804013aa:	02b78163          	beq	a5,a1,804013cc <uni_main+0x62>
804013ae:	00174783          	lbu	a5,1(a4)
804013b2:	0705                	add	a4,a4,1
804013b4:	fbed                	bnez	a5,804013a6 <uni_main+0x3c>
804013b6:	4601                	li	a2,0
804013b8:	fcd619e3          	bne	a2,a3,8040138a <uni_main+0x20>
804013bc:	00170793          	add	a5,a4,1
804013c0:	00174603          	lbu	a2,1(a4)
804013c4:	00070023          	sb	zero,0(a4)
804013c8:	873e                	mv	a4,a5
804013ca:	bf75                	j	80401386 <uni_main+0x1c>
804013cc:	00074603          	lbu	a2,0(a4)
804013d0:	bf5d                	j	80401386 <uni_main+0x1c>
804013d2:	806cc5b7          	lui	a1,0x806cc
804013d6:	7e458713          	add	a4,a1,2020 # 806cc7e4 <boot_argv>
804013da:	00251793          	sll	a5,a0,0x2
804013de:	97ba                	add	a5,a5,a4
804013e0:	7e458593          	add	a1,a1,2020
804013e4:	0007a023          	sw	zero,0(a5)
804013e8:	fffff097          	auipc	ra,0xfffff
804013ec:	cb8080e7          	jalr	-840(ra) # 804000a0 <main>
804013f0:	842a                	mv	s0,a0
804013f2:	00000097          	auipc	ra,0x0
804013f6:	0f0080e7          	jalr	240(ra) # 804014e2 <ulib_flush_stdout>
804013fa:	40b2                	lw	ra,12(sp)
804013fc:	8522                	mv	a0,s0
804013fe:	4422                	lw	s0,8(sp)
80401400:	0141                	add	sp,sp,16
80401402:	8082                	ret
80401404:	80404537          	lui	a0,0x80404
80401408:	4c450513          	add	a0,a0,1220 # 804044c4 <msg.0>
8040140c:	45e1                	li	a1,24
8040140e:	00000097          	auipc	ra,0x0
80401412:	c94080e7          	jalr	-876(ra) # 804010a2 <uni_console_write>
80401416:	4409                	li	s0,2
80401418:	40b2                	lw	ra,12(sp)
8040141a:	8522                	mv	a0,s0
8040141c:	4422                	lw	s0,8(sp)
8040141e:	0141                	add	sp,sp,16
80401420:	8082                	ret

80401422 <stdout_flush>:
80401422:	1141                	add	sp,sp,-16
80401424:	c04a                	sw	s2,0(sp)
80401426:	80405937          	lui	s2,0x80405
8040142a:	c422                	sw	s0,8(sp)
8040142c:	11092403          	lw	s0,272(s2) # 80405110 <out_len>
80401430:	c606                	sw	ra,12(sp)
80401432:	c226                	sw	s1,4(sp)
80401434:	c015                	beqz	s0,80401458 <stdout_flush+0x36>
80401436:	806cd4b7          	lui	s1,0x806cd
8040143a:	86848493          	add	s1,s1,-1944 # 806cc868 <out_buf>
8040143e:	a019                	j	80401444 <stdout_flush+0x22>
80401440:	94aa                	add	s1,s1,a0
80401442:	c819                	beqz	s0,80401458 <stdout_flush+0x36>
80401444:	8622                	mv	a2,s0
80401446:	85a6                	mv	a1,s1
80401448:	4505                	li	a0,1
8040144a:	00000097          	auipc	ra,0x0
8040144e:	e96080e7          	jalr	-362(ra) # 804012e0 <write>
80401452:	8c09                	sub	s0,s0,a0
80401454:	fea046e3          	bgtz	a0,80401440 <stdout_flush+0x1e>
80401458:	40b2                	lw	ra,12(sp)
8040145a:	4422                	lw	s0,8(sp)
8040145c:	10092823          	sw	zero,272(s2)
80401460:	4492                	lw	s1,4(sp)
80401462:	4902                	lw	s2,0(sp)
80401464:	4501                	li	a0,0
80401466:	0141                	add	sp,sp,16
80401468:	8082                	ret

8040146a <stdout_put>:
8040146a:	1101                	add	sp,sp,-32
8040146c:	c64e                	sw	s3,12(sp)
8040146e:	804059b7          	lui	s3,0x80405
80401472:	1109a783          	lw	a5,272(s3) # 80405110 <out_len>
80401476:	ca26                	sw	s1,20(sp)
80401478:	806cd4b7          	lui	s1,0x806cd
8040147c:	86848493          	add	s1,s1,-1944 # 806cc868 <out_buf>
80401480:	cc22                	sw	s0,24(sp)
80401482:	c84a                	sw	s2,16(sp)
80401484:	00178413          	add	s0,a5,1
80401488:	ce06                	sw	ra,28(sp)
8040148a:	97a6                	add	a5,a5,s1
8040148c:	00a78023          	sb	a0,0(a5)
80401490:	1089a823          	sw	s0,272(s3)
80401494:	47a9                	li	a5,10
80401496:	892a                	mv	s2,a0
80401498:	00f50e63          	beq	a0,a5,804014b4 <stdout_put+0x4a>
8040149c:	20000793          	li	a5,512
804014a0:	00f40b63          	beq	s0,a5,804014b6 <stdout_put+0x4c>
804014a4:	40f2                	lw	ra,28(sp)
804014a6:	4462                	lw	s0,24(sp)
804014a8:	44d2                	lw	s1,20(sp)
804014aa:	49b2                	lw	s3,12(sp)
804014ac:	854a                	mv	a0,s2
804014ae:	4942                	lw	s2,16(sp)
804014b0:	6105                	add	sp,sp,32
804014b2:	8082                	ret
804014b4:	cc09                	beqz	s0,804014ce <stdout_put+0x64>
804014b6:	8622                	mv	a2,s0
804014b8:	85a6                	mv	a1,s1
804014ba:	4505                	li	a0,1
804014bc:	00000097          	auipc	ra,0x0
804014c0:	e24080e7          	jalr	-476(ra) # 804012e0 <write>
804014c4:	8c09                	sub	s0,s0,a0
804014c6:	00a05463          	blez	a0,804014ce <stdout_put+0x64>
804014ca:	94aa                	add	s1,s1,a0
804014cc:	f46d                	bnez	s0,804014b6 <stdout_put+0x4c>
804014ce:	40f2                	lw	ra,28(sp)
804014d0:	4462                	lw	s0,24(sp)
804014d2:	1009a823          	sw	zero,272(s3)
804014d6:	44d2                	lw	s1,20(sp)
804014d8:	49b2                	lw	s3,12(sp)
804014da:	854a                	mv	a0,s2
804014dc:	4942                	lw	s2,16(sp)
804014de:	6105                	add	sp,sp,32
804014e0:	8082                	ret

804014e2 <ulib_flush_stdout>:
804014e2:	1141                	add	sp,sp,-16
804014e4:	c04a                	sw	s2,0(sp)
804014e6:	80405937          	lui	s2,0x80405
804014ea:	c422                	sw	s0,8(sp)
804014ec:	11092403          	lw	s0,272(s2) # 80405110 <out_len>
804014f0:	c606                	sw	ra,12(sp)
804014f2:	c226                	sw	s1,4(sp)
804014f4:	c015                	beqz	s0,80401518 <ulib_flush_stdout+0x36>
804014f6:	806cd4b7          	lui	s1,0x806cd
804014fa:	86848493          	add	s1,s1,-1944 # 806cc868 <out_buf>
804014fe:	a019                	j	80401504 <ulib_flush_stdout+0x22>
80401500:	94aa                	add	s1,s1,a0
80401502:	c819                	beqz	s0,80401518 <ulib_flush_stdout+0x36>
80401504:	8622                	mv	a2,s0
80401506:	85a6                	mv	a1,s1
80401508:	4505                	li	a0,1
8040150a:	00000097          	auipc	ra,0x0
8040150e:	dd6080e7          	jalr	-554(ra) # 804012e0 <write>
80401512:	8c09                	sub	s0,s0,a0
80401514:	fea046e3          	bgtz	a0,80401500 <ulib_flush_stdout+0x1e>
80401518:	40b2                	lw	ra,12(sp)
8040151a:	4422                	lw	s0,8(sp)
8040151c:	10092823          	sw	zero,272(s2)
80401520:	4492                	lw	s1,4(sp)
80401522:	4902                	lw	s2,0(sp)
80401524:	0141                	add	sp,sp,16
80401526:	8082                	ret

80401528 <__lshrdi3>:
80401528:	ca19                	beqz	a2,8040153e <__lshrdi3+0x16>
8040152a:	02000793          	li	a5,32
8040152e:	8f91                	sub	a5,a5,a2
80401530:	00f04863          	bgtz	a5,80401540 <__lshrdi3+0x18>
80401534:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
80401536:	00c5d533          	srl	a0,a1,a2
8040153a:	4701                	li	a4,0
8040153c:	85ba                	mv	a1,a4
8040153e:	8082                	ret
80401540:	00c5d733          	srl	a4,a1,a2
80401544:	00c55533          	srl	a0,a0,a2
80401548:	00f595b3          	sll	a1,a1,a5
8040154c:	8d4d                	or	a0,a0,a1
8040154e:	b7fd                	j	8040153c <__lshrdi3+0x14>

80401550 <__ashldi3>:
80401550:	ca19                	beqz	a2,80401566 <__ashldi3+0x16>
80401552:	02000793          	li	a5,32
80401556:	8f91                	sub	a5,a5,a2
80401558:	00f04863          	bgtz	a5,80401568 <__ashldi3+0x18>
8040155c:	1601                	add	a2,a2,-32
8040155e:	00c515b3          	sll	a1,a0,a2
80401562:	4701                	li	a4,0
80401564:	853a                	mv	a0,a4
80401566:	8082                	ret
80401568:	00c51733          	sll	a4,a0,a2
8040156c:	00c595b3          	sll	a1,a1,a2
80401570:	00f55533          	srl	a0,a0,a5
80401574:	8dc9                	or	a1,a1,a0
80401576:	b7fd                	j	80401564 <__ashldi3+0x14>

80401578 <__ashrdi3>:
80401578:	ce01                	beqz	a2,80401590 <__ashrdi3+0x18>
8040157a:	02000793          	li	a5,32
8040157e:	8f91                	sub	a5,a5,a2
80401580:	00f04963          	bgtz	a5,80401592 <__ashrdi3+0x1a>
80401584:	1601                	add	a2,a2,-32
80401586:	41f5d713          	sra	a4,a1,0x1f
8040158a:	40c5d533          	sra	a0,a1,a2
8040158e:	85ba                	mv	a1,a4
80401590:	8082                	ret
80401592:	40c5d733          	sra	a4,a1,a2
80401596:	00c55533          	srl	a0,a0,a2
8040159a:	00f595b3          	sll	a1,a1,a5
8040159e:	8d4d                	or	a0,a0,a1
804015a0:	b7fd                	j	8040158e <__ashrdi3+0x16>

804015a2 <__ctzsi2>:
804015a2:	40a007b3          	neg	a5,a0
804015a6:	8d7d                	and	a0,a0,a5
804015a8:	67c1                	lui	a5,0x10
804015aa:	02f57363          	bgeu	a0,a5,804015d0 <__ctzsi2+0x2e>
804015ae:	10053793          	sltiu	a5,a0,256
804015b2:	0017c793          	xor	a5,a5,1
804015b6:	078e                	sll	a5,a5,0x3
804015b8:	00f55533          	srl	a0,a0,a5
804015bc:	00003717          	auipc	a4,0x3
804015c0:	2f070713          	add	a4,a4,752 # 804048ac <__clz_tab>
804015c4:	972a                	add	a4,a4,a0
804015c6:	00074503          	lbu	a0,0(a4)
804015ca:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804015cc:	953e                	add	a0,a0,a5
804015ce:	8082                	ret
804015d0:	01000737          	lui	a4,0x1000
804015d4:	47c1                	li	a5,16
804015d6:	fee561e3          	bltu	a0,a4,804015b8 <__ctzsi2+0x16>
804015da:	47e1                	li	a5,24
804015dc:	bff1                	j	804015b8 <__ctzsi2+0x16>

804015de <__udivdi3>:
804015de:	88aa                	mv	a7,a0
804015e0:	832e                	mv	t1,a1
804015e2:	8732                	mv	a4,a2
804015e4:	882a                	mv	a6,a0
804015e6:	87ae                	mv	a5,a1
804015e8:	20069663          	bnez	a3,804017f4 <__udivdi3+0x216>
804015ec:	00003597          	auipc	a1,0x3
804015f0:	2c058593          	add	a1,a1,704 # 804048ac <__clz_tab>
804015f4:	0cc37163          	bgeu	t1,a2,804016b6 <__udivdi3+0xd8>
804015f8:	66c1                	lui	a3,0x10
804015fa:	0ad67763          	bgeu	a2,a3,804016a8 <__udivdi3+0xca>
804015fe:	10063693          	sltiu	a3,a2,256
80401602:	0016c693          	xor	a3,a3,1
80401606:	068e                	sll	a3,a3,0x3
80401608:	00d65533          	srl	a0,a2,a3
8040160c:	95aa                	add	a1,a1,a0
8040160e:	0005c583          	lbu	a1,0(a1)
80401612:	02000513          	li	a0,32
80401616:	96ae                	add	a3,a3,a1
80401618:	40d505b3          	sub	a1,a0,a3
8040161c:	00d50b63          	beq	a0,a3,80401632 <__udivdi3+0x54>
80401620:	00b317b3          	sll	a5,t1,a1
80401624:	00d8d6b3          	srl	a3,a7,a3
80401628:	00b61733          	sll	a4,a2,a1
8040162c:	8fd5                	or	a5,a5,a3
8040162e:	00b89833          	sll	a6,a7,a1
80401632:	01075593          	srl	a1,a4,0x10
80401636:	02b7d333          	divu	t1,a5,a1
8040163a:	01071613          	sll	a2,a4,0x10
8040163e:	8241                	srl	a2,a2,0x10
80401640:	02b7f7b3          	remu	a5,a5,a1
80401644:	851a                	mv	a0,t1
80401646:	026608b3          	mul	a7,a2,t1
8040164a:	01079693          	sll	a3,a5,0x10
8040164e:	01085793          	srl	a5,a6,0x10
80401652:	8fd5                	or	a5,a5,a3
80401654:	0117fc63          	bgeu	a5,a7,8040166c <__udivdi3+0x8e>
80401658:	97ba                	add	a5,a5,a4
8040165a:	fff30513          	add	a0,t1,-1
8040165e:	00e7e763          	bltu	a5,a4,8040166c <__udivdi3+0x8e>
80401662:	0117f563          	bgeu	a5,a7,8040166c <__udivdi3+0x8e>
80401666:	ffe30513          	add	a0,t1,-2
8040166a:	97ba                	add	a5,a5,a4
8040166c:	411787b3          	sub	a5,a5,a7
80401670:	02b7d8b3          	divu	a7,a5,a1
80401674:	0842                	sll	a6,a6,0x10
80401676:	01085813          	srl	a6,a6,0x10
8040167a:	02b7f7b3          	remu	a5,a5,a1
8040167e:	031606b3          	mul	a3,a2,a7
80401682:	07c2                	sll	a5,a5,0x10
80401684:	00f86833          	or	a6,a6,a5
80401688:	87c6                	mv	a5,a7
8040168a:	00d87b63          	bgeu	a6,a3,804016a0 <__udivdi3+0xc2>
8040168e:	983a                	add	a6,a6,a4
80401690:	fff88793          	add	a5,a7,-1 # 803fffff <errno+0x803fffff>
80401694:	00e86663          	bltu	a6,a4,804016a0 <__udivdi3+0xc2>
80401698:	00d87463          	bgeu	a6,a3,804016a0 <__udivdi3+0xc2>
8040169c:	ffe88793          	add	a5,a7,-2
804016a0:	0542                	sll	a0,a0,0x10
804016a2:	8d5d                	or	a0,a0,a5
804016a4:	4581                	li	a1,0
804016a6:	8082                	ret
804016a8:	01000537          	lui	a0,0x1000
804016ac:	46c1                	li	a3,16
804016ae:	f4a66de3          	bltu	a2,a0,80401608 <__udivdi3+0x2a>
804016b2:	46e1                	li	a3,24
804016b4:	bf91                	j	80401608 <__udivdi3+0x2a>
804016b6:	4681                	li	a3,0
804016b8:	ca09                	beqz	a2,804016ca <__udivdi3+0xec>
804016ba:	67c1                	lui	a5,0x10
804016bc:	08f67f63          	bgeu	a2,a5,8040175a <__udivdi3+0x17c>
804016c0:	10063693          	sltiu	a3,a2,256
804016c4:	0016c693          	xor	a3,a3,1
804016c8:	068e                	sll	a3,a3,0x3
804016ca:	00d657b3          	srl	a5,a2,a3
804016ce:	95be                	add	a1,a1,a5
804016d0:	0005c783          	lbu	a5,0(a1)
804016d4:	97b6                	add	a5,a5,a3
804016d6:	02000693          	li	a3,32
804016da:	40f685b3          	sub	a1,a3,a5
804016de:	08f69563          	bne	a3,a5,80401768 <__udivdi3+0x18a>
804016e2:	40c307b3          	sub	a5,t1,a2
804016e6:	4585                	li	a1,1
804016e8:	01075893          	srl	a7,a4,0x10
804016ec:	0317de33          	divu	t3,a5,a7
804016f0:	01071613          	sll	a2,a4,0x10
804016f4:	8241                	srl	a2,a2,0x10
804016f6:	01085693          	srl	a3,a6,0x10
804016fa:	0317f7b3          	remu	a5,a5,a7
804016fe:	8572                	mv	a0,t3
80401700:	03c60333          	mul	t1,a2,t3
80401704:	07c2                	sll	a5,a5,0x10
80401706:	8fd5                	or	a5,a5,a3
80401708:	0067fc63          	bgeu	a5,t1,80401720 <__udivdi3+0x142>
8040170c:	97ba                	add	a5,a5,a4
8040170e:	fffe0513          	add	a0,t3,-1 # 80404fff <stdout+0x643>
80401712:	00e7e763          	bltu	a5,a4,80401720 <__udivdi3+0x142>
80401716:	0067f563          	bgeu	a5,t1,80401720 <__udivdi3+0x142>
8040171a:	ffee0513          	add	a0,t3,-2
8040171e:	97ba                	add	a5,a5,a4
80401720:	406787b3          	sub	a5,a5,t1
80401724:	0317d333          	divu	t1,a5,a7
80401728:	0842                	sll	a6,a6,0x10
8040172a:	01085813          	srl	a6,a6,0x10
8040172e:	0317f7b3          	remu	a5,a5,a7
80401732:	026606b3          	mul	a3,a2,t1
80401736:	07c2                	sll	a5,a5,0x10
80401738:	00f86833          	or	a6,a6,a5
8040173c:	879a                	mv	a5,t1
8040173e:	00d87b63          	bgeu	a6,a3,80401754 <__udivdi3+0x176>
80401742:	983a                	add	a6,a6,a4
80401744:	fff30793          	add	a5,t1,-1
80401748:	00e86663          	bltu	a6,a4,80401754 <__udivdi3+0x176>
8040174c:	00d87463          	bgeu	a6,a3,80401754 <__udivdi3+0x176>
80401750:	ffe30793          	add	a5,t1,-2
80401754:	0542                	sll	a0,a0,0x10
80401756:	8d5d                	or	a0,a0,a5
80401758:	8082                	ret
8040175a:	010007b7          	lui	a5,0x1000
8040175e:	46c1                	li	a3,16
80401760:	f6f665e3          	bltu	a2,a5,804016ca <__udivdi3+0xec>
80401764:	46e1                	li	a3,24
80401766:	b795                	j	804016ca <__udivdi3+0xec>
80401768:	00b61733          	sll	a4,a2,a1
8040176c:	00f356b3          	srl	a3,t1,a5
80401770:	01075513          	srl	a0,a4,0x10
80401774:	00b31333          	sll	t1,t1,a1
80401778:	00f8d7b3          	srl	a5,a7,a5
8040177c:	0067e7b3          	or	a5,a5,t1
80401780:	02a6d333          	divu	t1,a3,a0
80401784:	01071613          	sll	a2,a4,0x10
80401788:	8241                	srl	a2,a2,0x10
8040178a:	00b89833          	sll	a6,a7,a1
8040178e:	02a6f6b3          	remu	a3,a3,a0
80401792:	026608b3          	mul	a7,a2,t1
80401796:	01069593          	sll	a1,a3,0x10
8040179a:	0107d693          	srl	a3,a5,0x10
8040179e:	8ecd                	or	a3,a3,a1
804017a0:	859a                	mv	a1,t1
804017a2:	0116fc63          	bgeu	a3,a7,804017ba <__udivdi3+0x1dc>
804017a6:	96ba                	add	a3,a3,a4
804017a8:	fff30593          	add	a1,t1,-1
804017ac:	00e6e763          	bltu	a3,a4,804017ba <__udivdi3+0x1dc>
804017b0:	0116f563          	bgeu	a3,a7,804017ba <__udivdi3+0x1dc>
804017b4:	ffe30593          	add	a1,t1,-2
804017b8:	96ba                	add	a3,a3,a4
804017ba:	411686b3          	sub	a3,a3,a7
804017be:	02a6d8b3          	divu	a7,a3,a0
804017c2:	07c2                	sll	a5,a5,0x10
804017c4:	83c1                	srl	a5,a5,0x10
804017c6:	02a6f6b3          	remu	a3,a3,a0
804017ca:	03160633          	mul	a2,a2,a7
804017ce:	06c2                	sll	a3,a3,0x10
804017d0:	8fd5                	or	a5,a5,a3
804017d2:	86c6                	mv	a3,a7
804017d4:	00c7fc63          	bgeu	a5,a2,804017ec <__udivdi3+0x20e>
804017d8:	97ba                	add	a5,a5,a4
804017da:	fff88693          	add	a3,a7,-1
804017de:	00e7e763          	bltu	a5,a4,804017ec <__udivdi3+0x20e>
804017e2:	00c7f563          	bgeu	a5,a2,804017ec <__udivdi3+0x20e>
804017e6:	ffe88693          	add	a3,a7,-2
804017ea:	97ba                	add	a5,a5,a4
804017ec:	05c2                	sll	a1,a1,0x10
804017ee:	8f91                	sub	a5,a5,a2
804017f0:	8dd5                	or	a1,a1,a3
804017f2:	bddd                	j	804016e8 <__udivdi3+0x10a>
804017f4:	14d5e163          	bltu	a1,a3,80401936 <__udivdi3+0x358>
804017f8:	67c1                	lui	a5,0x10
804017fa:	02f6ff63          	bgeu	a3,a5,80401838 <__udivdi3+0x25a>
804017fe:	1006b713          	sltiu	a4,a3,256
80401802:	00174713          	xor	a4,a4,1
80401806:	070e                	sll	a4,a4,0x3
80401808:	00e6d5b3          	srl	a1,a3,a4
8040180c:	00003797          	auipc	a5,0x3
80401810:	0a078793          	add	a5,a5,160 # 804048ac <__clz_tab>
80401814:	97ae                	add	a5,a5,a1
80401816:	0007c783          	lbu	a5,0(a5)
8040181a:	97ba                	add	a5,a5,a4
8040181c:	02000713          	li	a4,32
80401820:	40f705b3          	sub	a1,a4,a5
80401824:	02f71163          	bne	a4,a5,80401846 <__udivdi3+0x268>
80401828:	4505                	li	a0,1
8040182a:	e666eee3          	bltu	a3,t1,804016a6 <__udivdi3+0xc8>
8040182e:	00c8b533          	sltu	a0,a7,a2
80401832:	00154513          	xor	a0,a0,1
80401836:	8082                	ret
80401838:	010007b7          	lui	a5,0x1000
8040183c:	4741                	li	a4,16
8040183e:	fcf6e5e3          	bltu	a3,a5,80401808 <__udivdi3+0x22a>
80401842:	4761                	li	a4,24
80401844:	b7d1                	j	80401808 <__udivdi3+0x22a>
80401846:	00f65733          	srl	a4,a2,a5
8040184a:	00b696b3          	sll	a3,a3,a1
8040184e:	8ed9                	or	a3,a3,a4
80401850:	00f35733          	srl	a4,t1,a5
80401854:	00b31333          	sll	t1,t1,a1
80401858:	00f8d7b3          	srl	a5,a7,a5
8040185c:	0067e7b3          	or	a5,a5,t1
80401860:	0106d313          	srl	t1,a3,0x10
80401864:	02675eb3          	divu	t4,a4,t1
80401868:	01069813          	sll	a6,a3,0x10
8040186c:	01085813          	srl	a6,a6,0x10
80401870:	00b61633          	sll	a2,a2,a1
80401874:	02677733          	remu	a4,a4,t1
80401878:	03d80e33          	mul	t3,a6,t4
8040187c:	01071513          	sll	a0,a4,0x10
80401880:	0107d713          	srl	a4,a5,0x10
80401884:	8f49                	or	a4,a4,a0
80401886:	8576                	mv	a0,t4
80401888:	01c77c63          	bgeu	a4,t3,804018a0 <__udivdi3+0x2c2>
8040188c:	9736                	add	a4,a4,a3
8040188e:	fffe8513          	add	a0,t4,-1
80401892:	00d76763          	bltu	a4,a3,804018a0 <__udivdi3+0x2c2>
80401896:	01c77563          	bgeu	a4,t3,804018a0 <__udivdi3+0x2c2>
8040189a:	ffee8513          	add	a0,t4,-2
8040189e:	9736                	add	a4,a4,a3
804018a0:	41c70733          	sub	a4,a4,t3
804018a4:	02675e33          	divu	t3,a4,t1
804018a8:	07c2                	sll	a5,a5,0x10
804018aa:	83c1                	srl	a5,a5,0x10
804018ac:	02677733          	remu	a4,a4,t1
804018b0:	03c80833          	mul	a6,a6,t3
804018b4:	0742                	sll	a4,a4,0x10
804018b6:	8fd9                	or	a5,a5,a4
804018b8:	8772                	mv	a4,t3
804018ba:	0107fc63          	bgeu	a5,a6,804018d2 <__udivdi3+0x2f4>
804018be:	97b6                	add	a5,a5,a3
804018c0:	fffe0713          	add	a4,t3,-1
804018c4:	00d7e763          	bltu	a5,a3,804018d2 <__udivdi3+0x2f4>
804018c8:	0107f563          	bgeu	a5,a6,804018d2 <__udivdi3+0x2f4>
804018cc:	ffee0713          	add	a4,t3,-2
804018d0:	97b6                	add	a5,a5,a3
804018d2:	0542                	sll	a0,a0,0x10
804018d4:	6e41                	lui	t3,0x10
804018d6:	8d59                	or	a0,a0,a4
804018d8:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804018dc:	00d57733          	and	a4,a0,a3
804018e0:	410787b3          	sub	a5,a5,a6
804018e4:	8ef1                	and	a3,a3,a2
804018e6:	01055813          	srl	a6,a0,0x10
804018ea:	8241                	srl	a2,a2,0x10
804018ec:	02d70333          	mul	t1,a4,a3
804018f0:	02d806b3          	mul	a3,a6,a3
804018f4:	02c70733          	mul	a4,a4,a2
804018f8:	02c80833          	mul	a6,a6,a2
804018fc:	00d70633          	add	a2,a4,a3
80401900:	01035713          	srl	a4,t1,0x10
80401904:	9732                	add	a4,a4,a2
80401906:	00d77363          	bgeu	a4,a3,8040190c <__udivdi3+0x32e>
8040190a:	9872                	add	a6,a6,t3
8040190c:	01075693          	srl	a3,a4,0x10
80401910:	96c2                	add	a3,a3,a6
80401912:	02d7e063          	bltu	a5,a3,80401932 <__udivdi3+0x354>
80401916:	d8d797e3          	bne	a5,a3,804016a4 <__udivdi3+0xc6>
8040191a:	67c1                	lui	a5,0x10
8040191c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040191e:	8f7d                	and	a4,a4,a5
80401920:	0742                	sll	a4,a4,0x10
80401922:	00f37333          	and	t1,t1,a5
80401926:	00b898b3          	sll	a7,a7,a1
8040192a:	971a                	add	a4,a4,t1
8040192c:	4581                	li	a1,0
8040192e:	d6e8fce3          	bgeu	a7,a4,804016a6 <__udivdi3+0xc8>
80401932:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80401934:	bb85                	j	804016a4 <__udivdi3+0xc6>
80401936:	4581                	li	a1,0
80401938:	4501                	li	a0,0
8040193a:	8082                	ret

8040193c <__umoddi3>:
8040193c:	8832                	mv	a6,a2
8040193e:	87aa                	mv	a5,a0
80401940:	872e                	mv	a4,a1
80401942:	1a069363          	bnez	a3,80401ae8 <__umoddi3+0x1ac>
80401946:	00003897          	auipc	a7,0x3
8040194a:	f6688893          	add	a7,a7,-154 # 804048ac <__clz_tab>
8040194e:	0ac5f663          	bgeu	a1,a2,804019fa <__umoddi3+0xbe>
80401952:	66c1                	lui	a3,0x10
80401954:	08d67c63          	bgeu	a2,a3,804019ec <__umoddi3+0xb0>
80401958:	10063693          	sltiu	a3,a2,256
8040195c:	0016c693          	xor	a3,a3,1
80401960:	068e                	sll	a3,a3,0x3
80401962:	00d65333          	srl	t1,a2,a3
80401966:	989a                	add	a7,a7,t1
80401968:	0008c883          	lbu	a7,0(a7)
8040196c:	02000313          	li	t1,32
80401970:	96c6                	add	a3,a3,a7
80401972:	40d308b3          	sub	a7,t1,a3
80401976:	00d30b63          	beq	t1,a3,8040198c <__umoddi3+0x50>
8040197a:	01159733          	sll	a4,a1,a7
8040197e:	00d556b3          	srl	a3,a0,a3
80401982:	01161833          	sll	a6,a2,a7
80401986:	8f55                	or	a4,a4,a3
80401988:	011517b3          	sll	a5,a0,a7
8040198c:	01085613          	srl	a2,a6,0x10
80401990:	02c756b3          	divu	a3,a4,a2
80401994:	01081513          	sll	a0,a6,0x10
80401998:	8141                	srl	a0,a0,0x10
8040199a:	02c77733          	remu	a4,a4,a2
8040199e:	02a686b3          	mul	a3,a3,a0
804019a2:	01071593          	sll	a1,a4,0x10
804019a6:	0107d713          	srl	a4,a5,0x10
804019aa:	8f4d                	or	a4,a4,a1
804019ac:	00d77863          	bgeu	a4,a3,804019bc <__umoddi3+0x80>
804019b0:	9742                	add	a4,a4,a6
804019b2:	01076563          	bltu	a4,a6,804019bc <__umoddi3+0x80>
804019b6:	00d77363          	bgeu	a4,a3,804019bc <__umoddi3+0x80>
804019ba:	9742                	add	a4,a4,a6
804019bc:	8f15                	sub	a4,a4,a3
804019be:	02c756b3          	divu	a3,a4,a2
804019c2:	02c77733          	remu	a4,a4,a2
804019c6:	02a686b3          	mul	a3,a3,a0
804019ca:	07c2                	sll	a5,a5,0x10
804019cc:	0742                	sll	a4,a4,0x10
804019ce:	83c1                	srl	a5,a5,0x10
804019d0:	8fd9                	or	a5,a5,a4
804019d2:	00d7f863          	bgeu	a5,a3,804019e2 <__umoddi3+0xa6>
804019d6:	97c2                	add	a5,a5,a6
804019d8:	0107e563          	bltu	a5,a6,804019e2 <__umoddi3+0xa6>
804019dc:	00d7f363          	bgeu	a5,a3,804019e2 <__umoddi3+0xa6>
804019e0:	97c2                	add	a5,a5,a6
804019e2:	8f95                	sub	a5,a5,a3
804019e4:	0117d533          	srl	a0,a5,a7
804019e8:	4581                	li	a1,0
804019ea:	8082                	ret
804019ec:	01000337          	lui	t1,0x1000
804019f0:	46c1                	li	a3,16
804019f2:	f66668e3          	bltu	a2,t1,80401962 <__umoddi3+0x26>
804019f6:	46e1                	li	a3,24
804019f8:	b7ad                	j	80401962 <__umoddi3+0x26>
804019fa:	4681                	li	a3,0
804019fc:	ca09                	beqz	a2,80401a0e <__umoddi3+0xd2>
804019fe:	6741                	lui	a4,0x10
80401a00:	06e67463          	bgeu	a2,a4,80401a68 <__umoddi3+0x12c>
80401a04:	10063693          	sltiu	a3,a2,256
80401a08:	0016c693          	xor	a3,a3,1
80401a0c:	068e                	sll	a3,a3,0x3
80401a0e:	00d65733          	srl	a4,a2,a3
80401a12:	98ba                	add	a7,a7,a4
80401a14:	0008c703          	lbu	a4,0(a7)
80401a18:	9736                	add	a4,a4,a3
80401a1a:	02000693          	li	a3,32
80401a1e:	40e688b3          	sub	a7,a3,a4
80401a22:	04e69a63          	bne	a3,a4,80401a76 <__umoddi3+0x13a>
80401a26:	40c58733          	sub	a4,a1,a2
80401a2a:	01085593          	srl	a1,a6,0x10
80401a2e:	02b75633          	divu	a2,a4,a1
80401a32:	01081513          	sll	a0,a6,0x10
80401a36:	8141                	srl	a0,a0,0x10
80401a38:	0107d693          	srl	a3,a5,0x10
80401a3c:	02b77733          	remu	a4,a4,a1
80401a40:	02a60633          	mul	a2,a2,a0
80401a44:	0742                	sll	a4,a4,0x10
80401a46:	8f55                	or	a4,a4,a3
80401a48:	00c77863          	bgeu	a4,a2,80401a58 <__umoddi3+0x11c>
80401a4c:	9742                	add	a4,a4,a6
80401a4e:	01076563          	bltu	a4,a6,80401a58 <__umoddi3+0x11c>
80401a52:	00c77363          	bgeu	a4,a2,80401a58 <__umoddi3+0x11c>
80401a56:	9742                	add	a4,a4,a6
80401a58:	8f11                	sub	a4,a4,a2
80401a5a:	02b756b3          	divu	a3,a4,a1
80401a5e:	02b77733          	remu	a4,a4,a1
80401a62:	02a686b3          	mul	a3,a3,a0
80401a66:	b795                	j	804019ca <__umoddi3+0x8e>
80401a68:	01000737          	lui	a4,0x1000
80401a6c:	46c1                	li	a3,16
80401a6e:	fae660e3          	bltu	a2,a4,80401a0e <__umoddi3+0xd2>
80401a72:	46e1                	li	a3,24
80401a74:	bf69                	j	80401a0e <__umoddi3+0xd2>
80401a76:	01161833          	sll	a6,a2,a7
80401a7a:	00e5d6b3          	srl	a3,a1,a4
80401a7e:	011517b3          	sll	a5,a0,a7
80401a82:	011595b3          	sll	a1,a1,a7
80401a86:	00e55733          	srl	a4,a0,a4
80401a8a:	01085513          	srl	a0,a6,0x10
80401a8e:	8f4d                	or	a4,a4,a1
80401a90:	02a6d5b3          	divu	a1,a3,a0
80401a94:	01081313          	sll	t1,a6,0x10
80401a98:	01035313          	srl	t1,t1,0x10
80401a9c:	02a6f6b3          	remu	a3,a3,a0
80401aa0:	026585b3          	mul	a1,a1,t1
80401aa4:	01069613          	sll	a2,a3,0x10
80401aa8:	01075693          	srl	a3,a4,0x10
80401aac:	8ed1                	or	a3,a3,a2
80401aae:	00b6f863          	bgeu	a3,a1,80401abe <__umoddi3+0x182>
80401ab2:	96c2                	add	a3,a3,a6
80401ab4:	0106e563          	bltu	a3,a6,80401abe <__umoddi3+0x182>
80401ab8:	00b6f363          	bgeu	a3,a1,80401abe <__umoddi3+0x182>
80401abc:	96c2                	add	a3,a3,a6
80401abe:	8e8d                	sub	a3,a3,a1
80401ac0:	02a6d633          	divu	a2,a3,a0
80401ac4:	0742                	sll	a4,a4,0x10
80401ac6:	8341                	srl	a4,a4,0x10
80401ac8:	02a6f6b3          	remu	a3,a3,a0
80401acc:	02660633          	mul	a2,a2,t1
80401ad0:	06c2                	sll	a3,a3,0x10
80401ad2:	8f55                	or	a4,a4,a3
80401ad4:	00c77863          	bgeu	a4,a2,80401ae4 <__umoddi3+0x1a8>
80401ad8:	9742                	add	a4,a4,a6
80401ada:	01076563          	bltu	a4,a6,80401ae4 <__umoddi3+0x1a8>
80401ade:	00c77363          	bgeu	a4,a2,80401ae4 <__umoddi3+0x1a8>
80401ae2:	9742                	add	a4,a4,a6
80401ae4:	8f11                	sub	a4,a4,a2
80401ae6:	b791                	j	80401a2a <__umoddi3+0xee>
80401ae8:	16d5ed63          	bltu	a1,a3,80401c62 <__umoddi3+0x326>
80401aec:	6841                	lui	a6,0x10
80401aee:	0506f763          	bgeu	a3,a6,80401b3c <__umoddi3+0x200>
80401af2:	1006b813          	sltiu	a6,a3,256
80401af6:	00184813          	xor	a6,a6,1
80401afa:	080e                	sll	a6,a6,0x3
80401afc:	0106d333          	srl	t1,a3,a6
80401b00:	00003897          	auipc	a7,0x3
80401b04:	dac88893          	add	a7,a7,-596 # 804048ac <__clz_tab>
80401b08:	989a                	add	a7,a7,t1
80401b0a:	0008c883          	lbu	a7,0(a7)
80401b0e:	02000313          	li	t1,32
80401b12:	98c2                	add	a7,a7,a6
80401b14:	41130833          	sub	a6,t1,a7
80401b18:	03131963          	bne	t1,a7,80401b4a <__umoddi3+0x20e>
80401b1c:	00b6e463          	bltu	a3,a1,80401b24 <__umoddi3+0x1e8>
80401b20:	00c56b63          	bltu	a0,a2,80401b36 <__umoddi3+0x1fa>
80401b24:	40c50633          	sub	a2,a0,a2
80401b28:	40d586b3          	sub	a3,a1,a3
80401b2c:	00c53733          	sltu	a4,a0,a2
80401b30:	87b2                	mv	a5,a2
80401b32:	40e68733          	sub	a4,a3,a4
80401b36:	853e                	mv	a0,a5
80401b38:	85ba                	mv	a1,a4
80401b3a:	8082                	ret
80401b3c:	010008b7          	lui	a7,0x1000
80401b40:	4841                	li	a6,16
80401b42:	fb16ede3          	bltu	a3,a7,80401afc <__umoddi3+0x1c0>
80401b46:	4861                	li	a6,24
80401b48:	bf55                	j	80401afc <__umoddi3+0x1c0>
80401b4a:	011657b3          	srl	a5,a2,a7
80401b4e:	010696b3          	sll	a3,a3,a6
80401b52:	8edd                	or	a3,a3,a5
80401b54:	0115d733          	srl	a4,a1,a7
80401b58:	0106de13          	srl	t3,a3,0x10
80401b5c:	03c75f33          	divu	t5,a4,t3
80401b60:	01069313          	sll	t1,a3,0x10
80401b64:	01035313          	srl	t1,t1,0x10
80401b68:	010597b3          	sll	a5,a1,a6
80401b6c:	011555b3          	srl	a1,a0,a7
80401b70:	8ddd                	or	a1,a1,a5
80401b72:	0105d793          	srl	a5,a1,0x10
80401b76:	01061633          	sll	a2,a2,a6
80401b7a:	01051533          	sll	a0,a0,a6
80401b7e:	03c77733          	remu	a4,a4,t3
80401b82:	03e30eb3          	mul	t4,t1,t5
80401b86:	0742                	sll	a4,a4,0x10
80401b88:	8fd9                	or	a5,a5,a4
80401b8a:	877a                	mv	a4,t5
80401b8c:	01d7fc63          	bgeu	a5,t4,80401ba4 <__umoddi3+0x268>
80401b90:	97b6                	add	a5,a5,a3
80401b92:	ffff0713          	add	a4,t5,-1
80401b96:	00d7e763          	bltu	a5,a3,80401ba4 <__umoddi3+0x268>
80401b9a:	01d7f563          	bgeu	a5,t4,80401ba4 <__umoddi3+0x268>
80401b9e:	ffef0713          	add	a4,t5,-2
80401ba2:	97b6                	add	a5,a5,a3
80401ba4:	41d787b3          	sub	a5,a5,t4
80401ba8:	03c7deb3          	divu	t4,a5,t3
80401bac:	05c2                	sll	a1,a1,0x10
80401bae:	81c1                	srl	a1,a1,0x10
80401bb0:	03c7f7b3          	remu	a5,a5,t3
80401bb4:	8e76                	mv	t3,t4
80401bb6:	03d30333          	mul	t1,t1,t4
80401bba:	07c2                	sll	a5,a5,0x10
80401bbc:	8ddd                	or	a1,a1,a5
80401bbe:	0065fc63          	bgeu	a1,t1,80401bd6 <__umoddi3+0x29a>
80401bc2:	95b6                	add	a1,a1,a3
80401bc4:	fffe8e13          	add	t3,t4,-1
80401bc8:	00d5e763          	bltu	a1,a3,80401bd6 <__umoddi3+0x29a>
80401bcc:	0065f563          	bgeu	a1,t1,80401bd6 <__umoddi3+0x29a>
80401bd0:	ffee8e13          	add	t3,t4,-2
80401bd4:	95b6                	add	a1,a1,a3
80401bd6:	01071793          	sll	a5,a4,0x10
80401bda:	6f41                	lui	t5,0x10
80401bdc:	01c7e7b3          	or	a5,a5,t3
80401be0:	406585b3          	sub	a1,a1,t1
80401be4:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80401be8:	0067f733          	and	a4,a5,t1
80401bec:	01065e13          	srl	t3,a2,0x10
80401bf0:	83c1                	srl	a5,a5,0x10
80401bf2:	00667333          	and	t1,a2,t1
80401bf6:	02670eb3          	mul	t4,a4,t1
80401bfa:	02678333          	mul	t1,a5,t1
80401bfe:	03c70733          	mul	a4,a4,t3
80401c02:	03c787b3          	mul	a5,a5,t3
80401c06:	00670e33          	add	t3,a4,t1
80401c0a:	010ed713          	srl	a4,t4,0x10
80401c0e:	9772                	add	a4,a4,t3
80401c10:	00677363          	bgeu	a4,t1,80401c16 <__umoddi3+0x2da>
80401c14:	97fa                	add	a5,a5,t5
80401c16:	01075313          	srl	t1,a4,0x10
80401c1a:	979a                	add	a5,a5,t1
80401c1c:	6341                	lui	t1,0x10
80401c1e:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80401c20:	00677733          	and	a4,a4,t1
80401c24:	0742                	sll	a4,a4,0x10
80401c26:	006efeb3          	and	t4,t4,t1
80401c2a:	9776                	add	a4,a4,t4
80401c2c:	00f5e663          	bltu	a1,a5,80401c38 <__umoddi3+0x2fc>
80401c30:	00f59b63          	bne	a1,a5,80401c46 <__umoddi3+0x30a>
80401c34:	00e57963          	bgeu	a0,a4,80401c46 <__umoddi3+0x30a>
80401c38:	40c70633          	sub	a2,a4,a2
80401c3c:	00c73333          	sltu	t1,a4,a2
80401c40:	969a                	add	a3,a3,t1
80401c42:	8732                	mv	a4,a2
80401c44:	8f95                	sub	a5,a5,a3
80401c46:	40e50733          	sub	a4,a0,a4
80401c4a:	00e53533          	sltu	a0,a0,a4
80401c4e:	8d9d                	sub	a1,a1,a5
80401c50:	8d89                	sub	a1,a1,a0
80401c52:	011598b3          	sll	a7,a1,a7
80401c56:	01075733          	srl	a4,a4,a6
80401c5a:	00e8e533          	or	a0,a7,a4
80401c5e:	0105d5b3          	srl	a1,a1,a6
80401c62:	8082                	ret

80401c64 <__riscv_save_12>:
80401c64:	7139                	add	sp,sp,-64
80401c66:	4301                	li	t1,0
80401c68:	c66e                	sw	s11,12(sp)
80401c6a:	a019                	j	80401c70 <__riscv_save_10+0x4>

80401c6c <__riscv_save_10>:
80401c6c:	7139                	add	sp,sp,-64
80401c6e:	5341                	li	t1,-16
80401c70:	c86a                	sw	s10,16(sp)
80401c72:	ca66                	sw	s9,20(sp)
80401c74:	cc62                	sw	s8,24(sp)
80401c76:	ce5e                	sw	s7,28(sp)
80401c78:	a019                	j	80401c7e <__riscv_save_4+0x4>

80401c7a <__riscv_save_4>:
80401c7a:	7139                	add	sp,sp,-64
80401c7c:	5301                	li	t1,-32
80401c7e:	d05a                	sw	s6,32(sp)
80401c80:	d256                	sw	s5,36(sp)
80401c82:	d452                	sw	s4,40(sp)
80401c84:	d64e                	sw	s3,44(sp)
80401c86:	d84a                	sw	s2,48(sp)
80401c88:	da26                	sw	s1,52(sp)
80401c8a:	dc22                	sw	s0,56(sp)
80401c8c:	de06                	sw	ra,60(sp)
80401c8e:	40610133          	sub	sp,sp,t1
80401c92:	8282                	jr	t0

80401c94 <__riscv_save_0>:
80401c94:	1141                	add	sp,sp,-16
80401c96:	c04a                	sw	s2,0(sp)
80401c98:	c226                	sw	s1,4(sp)
80401c9a:	c422                	sw	s0,8(sp)
80401c9c:	c606                	sw	ra,12(sp)
80401c9e:	8282                	jr	t0

80401ca0 <__riscv_restore_12>:
80401ca0:	4db2                	lw	s11,12(sp)
80401ca2:	0141                	add	sp,sp,16

80401ca4 <__riscv_restore_10>:
80401ca4:	4d02                	lw	s10,0(sp)
80401ca6:	4c92                	lw	s9,4(sp)
80401ca8:	4c22                	lw	s8,8(sp)
80401caa:	4bb2                	lw	s7,12(sp)
80401cac:	0141                	add	sp,sp,16

80401cae <__riscv_restore_4>:
80401cae:	4b02                	lw	s6,0(sp)
80401cb0:	4a92                	lw	s5,4(sp)
80401cb2:	4a22                	lw	s4,8(sp)
80401cb4:	49b2                	lw	s3,12(sp)
80401cb6:	0141                	add	sp,sp,16

80401cb8 <__riscv_restore_0>:
80401cb8:	4902                	lw	s2,0(sp)
80401cba:	4492                	lw	s1,4(sp)
80401cbc:	4422                	lw	s0,8(sp)
80401cbe:	40b2                	lw	ra,12(sp)
80401cc0:	0141                	add	sp,sp,16
80401cc2:	8082                	ret

80401cc4 <memcpy>:
80401cc4:	832a                	mv	t1,a0
80401cc6:	ca09                	beqz	a2,80401cd8 <memcpy+0x14>
80401cc8:	00058383          	lb	t2,0(a1)
80401ccc:	00730023          	sb	t2,0(t1)
80401cd0:	167d                	add	a2,a2,-1
80401cd2:	0305                	add	t1,t1,1
80401cd4:	0585                	add	a1,a1,1
80401cd6:	fa6d                	bnez	a2,80401cc8 <memcpy+0x4>
80401cd8:	8082                	ret

80401cda <memset>:
80401cda:	832a                	mv	t1,a0
80401cdc:	c611                	beqz	a2,80401ce8 <memset+0xe>
80401cde:	00b30023          	sb	a1,0(t1)
80401ce2:	167d                	add	a2,a2,-1
80401ce4:	0305                	add	t1,t1,1
80401ce6:	fe65                	bnez	a2,80401cde <memset+0x4>
80401ce8:	8082                	ret

80401cea <printf>:
80401cea:	7139                	add	sp,sp,-64
80401cec:	da3e                	sw	a5,52(sp)
80401cee:	804057b7          	lui	a5,0x80405
80401cf2:	d22e                	sw	a1,36(sp)
80401cf4:	85aa                	mv	a1,a0
80401cf6:	9bc7a503          	lw	a0,-1604(a5) # 804049bc <stdout>
80401cfa:	d432                	sw	a2,40(sp)
80401cfc:	1050                	add	a2,sp,36
80401cfe:	ce06                	sw	ra,28(sp)
80401d00:	d636                	sw	a3,44(sp)
80401d02:	d83a                	sw	a4,48(sp)
80401d04:	dc42                	sw	a6,56(sp)
80401d06:	de46                	sw	a7,60(sp)
80401d08:	c632                	sw	a2,12(sp)
80401d0a:	00000097          	auipc	ra,0x0
80401d0e:	222080e7          	jalr	546(ra) # 80401f2c <__d_vfprintf>
80401d12:	40f2                	lw	ra,28(sp)
80401d14:	6121                	add	sp,sp,64
80401d16:	8082                	ret

80401d18 <__ultoa_invert>:
80401d18:	00000317          	auipc	t1,0x0
80401d1c:	f54302e7          	jalr	t0,-172(t1) # 80401c6c <__riscv_save_10>
80401d20:	2006f793          	and	a5,a3,512
80401d24:	89aa                	mv	s3,a0
80401d26:	8a2e                	mv	s4,a1
80401d28:	8932                	mv	s2,a2
80401d2a:	84b6                	mv	s1,a3
80401d2c:	02700b13          	li	s6,39
80401d30:	c781                	beqz	a5,80401d38 <__ultoa_invert+0x20>
80401d32:	dff6f493          	and	s1,a3,-513
80401d36:	4b1d                	li	s6,7
80401d38:	41f4da93          	sra	s5,s1,0x1f
80401d3c:	4ca5                	li	s9,9
80401d3e:	8626                	mv	a2,s1
80401d40:	86d6                	mv	a3,s5
80401d42:	854e                	mv	a0,s3
80401d44:	85d2                	mv	a1,s4
80401d46:	00000097          	auipc	ra,0x0
80401d4a:	bf6080e7          	jalr	-1034(ra) # 8040193c <__umoddi3>
80401d4e:	85d2                	mv	a1,s4
80401d50:	0ff57413          	zext.b	s0,a0
80401d54:	8626                	mv	a2,s1
80401d56:	854e                	mv	a0,s3
80401d58:	86d6                	mv	a3,s5
80401d5a:	00000097          	auipc	ra,0x0
80401d5e:	884080e7          	jalr	-1916(ra) # 804015de <__udivdi3>
80401d62:	8c4e                	mv	s8,s3
80401d64:	8bd2                	mv	s7,s4
80401d66:	89aa                	mv	s3,a0
80401d68:	8a2e                	mv	s4,a1
80401d6a:	008cf563          	bgeu	s9,s0,80401d74 <__ultoa_invert+0x5c>
80401d6e:	945a                	add	s0,s0,s6
80401d70:	0ff47413          	zext.b	s0,s0
80401d74:	0905                	add	s2,s2,1
80401d76:	03040413          	add	s0,s0,48
80401d7a:	fe890fa3          	sb	s0,-1(s2)
80401d7e:	015be663          	bltu	s7,s5,80401d8a <__ultoa_invert+0x72>
80401d82:	fb7a9ee3          	bne	s5,s7,80401d3e <__ultoa_invert+0x26>
80401d86:	fa9c7ce3          	bgeu	s8,s1,80401d3e <__ultoa_invert+0x26>
80401d8a:	854a                	mv	a0,s2
80401d8c:	00000317          	auipc	t1,0x0
80401d90:	f1830067          	jr	-232(t1) # 80401ca4 <__riscv_restore_10>

80401d94 <skip_to_arg>:
80401d94:	00000317          	auipc	t1,0x0
80401d98:	ed8302e7          	jalr	t0,-296(t1) # 80401c6c <__riscv_save_10>
80401d9c:	4305                	li	t1,1
80401d9e:	02500f13          	li	t5,37
80401da2:	88aa                	mv	a7,a0
80401da4:	00c34663          	blt	t1,a2,80401db0 <skip_to_arg+0x1c>
80401da8:	00000317          	auipc	t1,0x0
80401dac:	efc30067          	jr	-260(t1) # 80401ca4 <__riscv_restore_10>
80401db0:	87c6                	mv	a5,a7
80401db2:	88be                	mv	a7,a5
80401db4:	0007c703          	lbu	a4,0(a5)
80401db8:	0785                	add	a5,a5,1
80401dba:	d77d                	beqz	a4,80401da8 <skip_to_arg+0x14>
80401dbc:	ffe71be3          	bne	a4,t5,80401db2 <skip_to_arg+0x1e>
80401dc0:	0007c703          	lbu	a4,0(a5)
80401dc4:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80401dc6:	ffe705e3          	beq	a4,t5,80401db0 <skip_to_arg+0x1c>
80401dca:	6ecd                	lui	t4,0x13
80401dcc:	4681                	li	a3,0
80401dce:	4e01                	li	t3,0
80401dd0:	4781                	li	a5,0
80401dd2:	42fd                	li	t0,31
80401dd4:	06c00f93          	li	t6,108
80401dd8:	07400393          	li	t2,116
80401ddc:	07a00413          	li	s0,122
80401de0:	06800493          	li	s1,104
80401de4:	06a00913          	li	s2,106
80401de8:	04c00993          	li	s3,76
80401dec:	4a25                	li	s4,9
80401dee:	02400a93          	li	s5,36
80401df2:	07f00b13          	li	s6,127
80401df6:	4bc1                	li	s7,16
80401df8:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80401dfc:	04f2e263          	bltu	t0,a5,80401e40 <skip_to_arg+0xac>
80401e00:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80401e04:	0ff87813          	zext.b	a6,a6
80401e08:	030bf163          	bgeu	s7,a6,80401e2a <skip_to_arg+0x96>
80401e0c:	fd070813          	add	a6,a4,-48
80401e10:	0ff87813          	zext.b	a6,a6
80401e14:	4c25                	li	s8,9
80401e16:	050c6563          	bltu	s8,a6,80401e60 <skip_to_arg+0xcc>
80401e1a:	47a9                	li	a5,10
80401e1c:	02f687b3          	mul	a5,a3,a5
80401e20:	00f806b3          	add	a3,a6,a5
80401e24:	02000793          	li	a5,32
80401e28:	a039                	j	80401e36 <skip_to_arg+0xa2>
80401e2a:	010ed833          	srl	a6,t4,a6
80401e2e:	00187813          	and	a6,a6,1
80401e32:	00080963          	beqz	a6,80401e44 <skip_to_arg+0xb0>
80401e36:	0008c703          	lbu	a4,0(a7)
80401e3a:	0885                	add	a7,a7,1
80401e3c:	f361                	bnez	a4,80401dfc <skip_to_arg+0x68>
80401e3e:	a8b1                	j	80401e9a <skip_to_arg+0x106>
80401e40:	04fb6363          	bltu	s6,a5,80401e86 <skip_to_arg+0xf2>
80401e44:	fd070813          	add	a6,a4,-48
80401e48:	0ff87813          	zext.b	a6,a6
80401e4c:	fd0a77e3          	bgeu	s4,a6,80401e1a <skip_to_arg+0x86>
80401e50:	03571563          	bne	a4,s5,80401e7a <skip_to_arg+0xe6>
80401e54:	0a0e0063          	beqz	t3,80401ef4 <skip_to_arg+0x160>
80401e58:	0a668063          	beq	a3,t1,80401ef8 <skip_to_arg+0x164>
80401e5c:	4681                	li	a3,0
80401e5e:	bfe1                	j	80401e36 <skip_to_arg+0xa2>
80401e60:	0fb77813          	and	a6,a4,251
80401e64:	02a00c13          	li	s8,42
80401e68:	ff880ae3          	beq	a6,s8,80401e5c <skip_to_arg+0xc8>
80401e6c:	06c00813          	li	a6,108
80401e70:	01071d63          	bne	a4,a6,80401e8a <skip_to_arg+0xf6>
80401e74:	0807e793          	or	a5,a5,128
80401e78:	bf7d                	j	80401e36 <skip_to_arg+0xa2>
80401e7a:	0fb77813          	and	a6,a4,251
80401e7e:	02a00c13          	li	s8,42
80401e82:	fd880de3          	beq	a6,s8,80401e5c <skip_to_arg+0xc8>
80401e86:	05f70663          	beq	a4,t6,80401ed2 <skip_to_arg+0x13e>
80401e8a:	02efef63          	bltu	t6,a4,80401ec8 <skip_to_arg+0x134>
80401e8e:	04970863          	beq	a4,s1,80401ede <skip_to_arg+0x14a>
80401e92:	05270e63          	beq	a4,s2,80401eee <skip_to_arg+0x15a>
80401e96:	05370c63          	beq	a4,s3,80401eee <skip_to_arg+0x15a>
80401e9a:	f00e07e3          	beqz	t3,80401da8 <skip_to_arg+0x14>
80401e9e:	f06e13e3          	bne	t3,t1,80401da4 <skip_to_arg+0x10>
80401ea2:	02076893          	or	a7,a4,32
80401ea6:	f9b88813          	add	a6,a7,-101
80401eaa:	0ff87813          	zext.b	a6,a6
80401eae:	4e09                	li	t3,2
80401eb0:	4194                	lw	a3,0(a1)
80401eb2:	010e7663          	bgeu	t3,a6,80401ebe <skip_to_arg+0x12a>
80401eb6:	06100813          	li	a6,97
80401eba:	05089263          	bne	a7,a6,80401efe <skip_to_arg+0x16a>
80401ebe:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80401ec0:	9ae1                	and	a3,a3,-8
80401ec2:	00868713          	add	a4,a3,8
80401ec6:	a091                	j	80401f0a <skip_to_arg+0x176>
80401ec8:	f67707e3          	beq	a4,t2,80401e36 <skip_to_arg+0xa2>
80401ecc:	f68705e3          	beq	a4,s0,80401e36 <skip_to_arg+0xa2>
80401ed0:	b7e9                	j	80401e9a <skip_to_arg+0x106>
80401ed2:	0807f713          	and	a4,a5,128
80401ed6:	df59                	beqz	a4,80401e74 <skip_to_arg+0xe0>
80401ed8:	2007e793          	or	a5,a5,512
80401edc:	bf61                	j	80401e74 <skip_to_arg+0xe0>
80401ede:	1007f713          	and	a4,a5,256
80401ee2:	c319                	beqz	a4,80401ee8 <skip_to_arg+0x154>
80401ee4:	2007e793          	or	a5,a5,512
80401ee8:	1007e793          	or	a5,a5,256
80401eec:	b7a9                	j	80401e36 <skip_to_arg+0xa2>
80401eee:	2807e793          	or	a5,a5,640
80401ef2:	b791                	j	80401e36 <skip_to_arg+0xa2>
80401ef4:	8e36                	mv	t3,a3
80401ef6:	b79d                	j	80401e5c <skip_to_arg+0xc8>
80401ef8:	06300713          	li	a4,99
80401efc:	b75d                	j	80401ea2 <skip_to_arg+0x10e>
80401efe:	06300813          	li	a6,99
80401f02:	01071763          	bne	a4,a6,80401f10 <skip_to_arg+0x17c>
80401f06:	00468713          	add	a4,a3,4
80401f0a:	c198                	sw	a4,0(a1)
80401f0c:	0305                	add	t1,t1,1
80401f0e:	bd51                	j	80401da2 <skip_to_arg+0xe>
80401f10:	07300813          	li	a6,115
80401f14:	ff0709e3          	beq	a4,a6,80401f06 <skip_to_arg+0x172>
80401f18:	0807f813          	and	a6,a5,128
80401f1c:	00468713          	add	a4,a3,4
80401f20:	fe0805e3          	beqz	a6,80401f0a <skip_to_arg+0x176>
80401f24:	2007f793          	and	a5,a5,512
80401f28:	d3ed                	beqz	a5,80401f0a <skip_to_arg+0x176>
80401f2a:	bf51                	j	80401ebe <skip_to_arg+0x12a>

80401f2c <__d_vfprintf>:
80401f2c:	00000317          	auipc	t1,0x0
80401f30:	d38302e7          	jalr	t0,-712(t1) # 80401c64 <__riscv_save_12>
80401f34:	00454783          	lbu	a5,4(a0)
80401f38:	7139                	add	sp,sp,-64
80401f3a:	c02a                	sw	a0,0(sp)
80401f3c:	c42e                	sw	a1,8(sp)
80401f3e:	c632                	sw	a2,12(sp)
80401f40:	8b89                	and	a5,a5,2
80401f42:	00852a03          	lw	s4,8(a0)
80401f46:	c785                	beqz	a5,80401f6e <__d_vfprintf+0x42>
80401f48:	d232                	sw	a2,36(sp)
80401f4a:	87ae                	mv	a5,a1
80401f4c:	4401                	li	s0,0
80401f4e:	0007c903          	lbu	s2,0(a5)
80401f52:	00090f63          	beqz	s2,80401f70 <__d_vfprintf+0x44>
80401f56:	02500713          	li	a4,37
80401f5a:	02e90163          	beq	s2,a4,80401f7c <__d_vfprintf+0x50>
80401f5e:	0785                	add	a5,a5,1
80401f60:	c23e                	sw	a5,4(sp)
80401f62:	4582                	lw	a1,0(sp)
80401f64:	854a                	mv	a0,s2
80401f66:	0405                	add	s0,s0,1
80401f68:	9a02                	jalr	s4
80401f6a:	2a0557e3          	bgez	a0,80402a18 <__d_vfprintf+0xaec>
80401f6e:	547d                	li	s0,-1
80401f70:	8522                	mv	a0,s0
80401f72:	6121                	add	sp,sp,64
80401f74:	00000317          	auipc	t1,0x0
80401f78:	d2c30067          	jr	-724(t1) # 80401ca0 <__riscv_restore_12>
80401f7c:	0017c903          	lbu	s2,1(a5)
80401f80:	00278713          	add	a4,a5,2
80401f84:	c23a                	sw	a4,4(sp)
80401f86:	02500793          	li	a5,37
80401f8a:	fcf90ce3          	beq	s2,a5,80401f62 <__d_vfprintf+0x36>
80401f8e:	804044b7          	lui	s1,0x80404
80401f92:	4a81                	li	s5,0
80401f94:	4d01                	li	s10,0
80401f96:	4b01                	li	s6,0
80401f98:	4d81                	li	s11,0
80401f9a:	06c00993          	li	s3,108
80401f9e:	07400b93          	li	s7,116
80401fa2:	07a00c13          	li	s8,122
80401fa6:	06800c93          	li	s9,104
80401faa:	4e048493          	add	s1,s1,1248 # 804044e0 <msg.0+0x1c>
80401fae:	47fd                	li	a5,31
80401fb0:	07b7e163          	bltu	a5,s11,80402012 <__d_vfprintf+0xe6>
80401fb4:	fe090793          	add	a5,s2,-32
80401fb8:	0ff7f793          	zext.b	a5,a5
80401fbc:	4741                	li	a4,16
80401fbe:	00f76663          	bltu	a4,a5,80401fca <__d_vfprintf+0x9e>
80401fc2:	078a                	sll	a5,a5,0x2
80401fc4:	97a6                	add	a5,a5,s1
80401fc6:	439c                	lw	a5,0(a5)
80401fc8:	8782                	jr	a5
80401fca:	fd090793          	add	a5,s2,-48
80401fce:	0ff7f793          	zext.b	a5,a5
80401fd2:	4725                	li	a4,9
80401fd4:	06f76463          	bltu	a4,a5,8040203c <__d_vfprintf+0x110>
80401fd8:	46a9                	li	a3,10
80401fda:	02db06b3          	mul	a3,s6,a3
80401fde:	00f68b33          	add	s6,a3,a5
80401fe2:	020ded93          	or	s11,s11,32
80401fe6:	a019                	j	80401fec <__d_vfprintf+0xc0>
80401fe8:	001ded93          	or	s11,s11,1
80401fec:	4792                	lw	a5,4(sp)
80401fee:	0007c903          	lbu	s2,0(a5)
80401ff2:	0785                	add	a5,a5,1
80401ff4:	c23e                	sw	a5,4(sp)
80401ff6:	fa091ce3          	bnez	s2,80401fae <__d_vfprintf+0x82>
80401ffa:	a8cd                	j	804020ec <__d_vfprintf+0x1c0>
80401ffc:	002ded93          	or	s11,s11,2
80402000:	004ded93          	or	s11,s11,4
80402004:	b7e5                	j	80401fec <__d_vfprintf+0xc0>
80402006:	008ded93          	or	s11,s11,8
8040200a:	b7cd                	j	80401fec <__d_vfprintf+0xc0>
8040200c:	010ded93          	or	s11,s11,16
80402010:	bff1                	j	80401fec <__d_vfprintf+0xc0>
80402012:	07f00793          	li	a5,127
80402016:	0bb7ed63          	bltu	a5,s11,804020d0 <__d_vfprintf+0x1a4>
8040201a:	fd090693          	add	a3,s2,-48
8040201e:	0ff6f693          	zext.b	a3,a3
80402022:	47a5                	li	a5,9
80402024:	00d7ec63          	bltu	a5,a3,8040203c <__d_vfprintf+0x110>
80402028:	040df613          	and	a2,s11,64
8040202c:	87b6                	mv	a5,a3
8040202e:	d64d                	beqz	a2,80401fd8 <__d_vfprintf+0xac>
80402030:	47a9                	li	a5,10
80402032:	02fd07b3          	mul	a5,s10,a5
80402036:	00d78d33          	add	s10,a5,a3
8040203a:	bf4d                	j	80401fec <__d_vfprintf+0xc0>
8040203c:	02a00793          	li	a5,42
80402040:	02f91663          	bne	s2,a5,8040206c <__d_vfprintf+0x140>
80402044:	fa0a94e3          	bnez	s5,80401fec <__d_vfprintf+0xc0>
80402048:	5692                	lw	a3,36(sp)
8040204a:	040df793          	and	a5,s11,64
8040204e:	00468613          	add	a2,a3,4
80402052:	4294                	lw	a3,0(a3)
80402054:	d232                	sw	a2,36(sp)
80402056:	c399                	beqz	a5,8040205c <__d_vfprintf+0x130>
80402058:	8d36                	mv	s10,a3
8040205a:	bf49                	j	80401fec <__d_vfprintf+0xc0>
8040205c:	8b36                	mv	s6,a3
8040205e:	f806d2e3          	bgez	a3,80401fe2 <__d_vfprintf+0xb6>
80402062:	40d00b33          	neg	s6,a3
80402066:	028ded93          	or	s11,s11,40
8040206a:	b749                	j	80401fec <__d_vfprintf+0xc0>
8040206c:	02e00793          	li	a5,46
80402070:	00f91963          	bne	s2,a5,80402082 <__d_vfprintf+0x156>
80402074:	040df793          	and	a5,s11,64
80402078:	ee079ce3          	bnez	a5,80401f70 <__d_vfprintf+0x44>
8040207c:	040ded93          	or	s11,s11,64
80402080:	b7b5                	j	80401fec <__d_vfprintf+0xc0>
80402082:	02400793          	li	a5,36
80402086:	04f91563          	bne	s2,a5,804020d0 <__d_vfprintf+0x1a4>
8040208a:	140a8363          	beqz	s5,804021d0 <__d_vfprintf+0x2a4>
8040208e:	47b2                	lw	a5,12(sp)
80402090:	d23e                	sw	a5,36(sp)
80402092:	040df793          	and	a5,s11,64
80402096:	ef99                	bnez	a5,804020b4 <__d_vfprintf+0x188>
80402098:	4522                	lw	a0,8(sp)
8040209a:	865a                	mv	a2,s6
8040209c:	104c                	add	a1,sp,36
8040209e:	00000097          	auipc	ra,0x0
804020a2:	cf6080e7          	jalr	-778(ra) # 80401d94 <skip_to_arg>
804020a6:	5792                	lw	a5,36(sp)
804020a8:	00478693          	add	a3,a5,4
804020ac:	0007ab03          	lw	s6,0(a5)
804020b0:	d236                	sw	a3,36(sp)
804020b2:	bf2d                	j	80401fec <__d_vfprintf+0xc0>
804020b4:	4522                	lw	a0,8(sp)
804020b6:	866a                	mv	a2,s10
804020b8:	104c                	add	a1,sp,36
804020ba:	00000097          	auipc	ra,0x0
804020be:	cda080e7          	jalr	-806(ra) # 80401d94 <skip_to_arg>
804020c2:	5792                	lw	a5,36(sp)
804020c4:	00478693          	add	a3,a5,4
804020c8:	0007ad03          	lw	s10,0(a5)
804020cc:	d236                	sw	a3,36(sp)
804020ce:	bf39                	j	80401fec <__d_vfprintf+0xc0>
804020d0:	0d390d63          	beq	s2,s3,804021aa <__d_vfprintf+0x27e>
804020d4:	0d29e663          	bltu	s3,s2,804021a0 <__d_vfprintf+0x274>
804020d8:	0f990163          	beq	s2,s9,804021ba <__d_vfprintf+0x28e>
804020dc:	06a00793          	li	a5,106
804020e0:	0ef90563          	beq	s2,a5,804021ca <__d_vfprintf+0x29e>
804020e4:	04c00793          	li	a5,76
804020e8:	0ef90163          	beq	s2,a5,804021ca <__d_vfprintf+0x29e>
804020ec:	000a8b63          	beqz	s5,80402102 <__d_vfprintf+0x1d6>
804020f0:	47b2                	lw	a5,12(sp)
804020f2:	4522                	lw	a0,8(sp)
804020f4:	8656                	mv	a2,s5
804020f6:	104c                	add	a1,sp,36
804020f8:	d23e                	sw	a5,36(sp)
804020fa:	00000097          	auipc	ra,0x0
804020fe:	c9a080e7          	jalr	-870(ra) # 80401d94 <skip_to_arg>
80402102:	000d5963          	bgez	s10,80402114 <__d_vfprintf+0x1e8>
80402106:	fbfdf813          	and	a6,s11,-65
8040210a:	01081d93          	sll	s11,a6,0x10
8040210e:	010ddd93          	srl	s11,s11,0x10
80402112:	4d01                	li	s10,0
80402114:	02096c93          	or	s9,s2,32
80402118:	f9bc8793          	add	a5,s9,-101
8040211c:	0ff7f793          	zext.b	a5,a5
80402120:	4709                	li	a4,2
80402122:	0af77d63          	bgeu	a4,a5,804021dc <__d_vfprintf+0x2b0>
80402126:	06100793          	li	a5,97
8040212a:	6afc9763          	bne	s9,a5,804027d8 <__d_vfprintf+0x8ac>
8040212e:	5792                	lw	a5,36(sp)
80402130:	6a89                	lui	s5,0x2
80402132:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80402136:	079d                	add	a5,a5,7
80402138:	9be1                	and	a5,a5,-8
8040213a:	0047ab83          	lw	s7,4(a5)
8040213e:	0007a883          	lw	a7,0(a5)
80402142:	00878713          	add	a4,a5,8
80402146:	414bd993          	sra	s3,s7,0x14
8040214a:	00cb9c13          	sll	s8,s7,0xc
8040214e:	7ff9f993          	and	s3,s3,2047
80402152:	00cc5c93          	srl	s9,s8,0xc
80402156:	015deab3          	or	s5,s11,s5
8040215a:	0119e533          	or	a0,s3,a7
8040215e:	fff94913          	not	s2,s2
80402162:	0ac2                	sll	s5,s5,0x10
80402164:	d23a                	sw	a4,36(sp)
80402166:	019567b3          	or	a5,a0,s9
8040216a:	02097913          	and	s2,s2,32
8040216e:	010ada93          	srl	s5,s5,0x10
80402172:	86c6                	mv	a3,a7
80402174:	8c66                	mv	s8,s9
80402176:	040df813          	and	a6,s11,64
8040217a:	01fbdb93          	srl	s7,s7,0x1f
8040217e:	efcd                	bnez	a5,80402238 <__d_vfprintf+0x30c>
80402180:	03000793          	li	a5,48
80402184:	0ffbfb93          	zext.b	s7,s7
80402188:	02f106a3          	sb	a5,45(sp)
8040218c:	03710623          	sb	s7,44(sp)
80402190:	26080363          	beqz	a6,804023f6 <__d_vfprintf+0x4ca>
80402194:	47b1                	li	a5,12
80402196:	4981                	li	s3,0
80402198:	0da7d463          	bge	a5,s10,80402260 <__d_vfprintf+0x334>
8040219c:	4d35                	li	s10,13
8040219e:	aab5                	j	8040231a <__d_vfprintf+0x3ee>
804021a0:	e57906e3          	beq	s2,s7,80401fec <__d_vfprintf+0xc0>
804021a4:	e58904e3          	beq	s2,s8,80401fec <__d_vfprintf+0xc0>
804021a8:	b791                	j	804020ec <__d_vfprintf+0x1c0>
804021aa:	080df793          	and	a5,s11,128
804021ae:	c399                	beqz	a5,804021b4 <__d_vfprintf+0x288>
804021b0:	200ded93          	or	s11,s11,512
804021b4:	080ded93          	or	s11,s11,128
804021b8:	bd15                	j	80401fec <__d_vfprintf+0xc0>
804021ba:	100df793          	and	a5,s11,256
804021be:	c399                	beqz	a5,804021c4 <__d_vfprintf+0x298>
804021c0:	200ded93          	or	s11,s11,512
804021c4:	100ded93          	or	s11,s11,256
804021c8:	b515                	j	80401fec <__d_vfprintf+0xc0>
804021ca:	280ded93          	or	s11,s11,640
804021ce:	bd39                	j	80401fec <__d_vfprintf+0xc0>
804021d0:	875a                	mv	a4,s6
804021d2:	4d01                	li	s10,0
804021d4:	4b01                	li	s6,0
804021d6:	8aba                	mv	s5,a4
804021d8:	4d81                	li	s11,0
804021da:	bd09                	j	80401fec <__d_vfprintf+0xc0>
804021dc:	5792                	lw	a5,36(sp)
804021de:	fff94913          	not	s2,s2
804021e2:	02097913          	and	s2,s2,32
804021e6:	079d                	add	a5,a5,7
804021e8:	9be1                	and	a5,a5,-8
804021ea:	00878713          	add	a4,a5,8
804021ee:	4388                	lw	a0,0(a5)
804021f0:	43cc                	lw	a1,4(a5)
804021f2:	d23a                	sw	a4,36(sp)
804021f4:	040df793          	and	a5,s11,64
804021f8:	22078363          	beqz	a5,8040241e <__d_vfprintf+0x4f2>
804021fc:	06500793          	li	a5,101
80402200:	22fc9163          	bne	s9,a5,80402422 <__d_vfprintf+0x4f6>
80402204:	6785                	lui	a5,0x1
80402206:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7f932591>
8040220a:	00fdedb3          	or	s11,s11,a5
8040220e:	0ff67613          	zext.b	a2,a2
80402212:	4701                	li	a4,0
80402214:	4781                	li	a5,0
80402216:	4345                	li	t1,17
80402218:	0ff67693          	zext.b	a3,a2
8040221c:	00c37363          	bgeu	t1,a2,80402222 <__d_vfprintf+0x2f6>
80402220:	46c5                	li	a3,17
80402222:	1030                	add	a2,sp,40
80402224:	00001097          	auipc	ra,0x1
80402228:	b52080e7          	jalr	-1198(ra) # 80402d76 <__dtoa_engine>
8040222c:	0ff57b93          	zext.b	s7,a0
80402230:	59a2                	lw	s3,40(sp)
80402232:	8aee                	mv	s5,s11
80402234:	4c09                	li	s8,2
80402236:	aa21                	j	8040234e <__d_vfprintf+0x422>
80402238:	03100793          	li	a5,49
8040223c:	00099563          	bnez	s3,80402246 <__d_vfprintf+0x31a>
80402240:	03000793          	li	a5,48
80402244:	4985                	li	s3,1
80402246:	0ffbfb93          	zext.b	s7,s7
8040224a:	02f106a3          	sb	a5,45(sp)
8040224e:	03710623          	sb	s7,44(sp)
80402252:	c0198993          	add	s3,s3,-1023
80402256:	18080763          	beqz	a6,804023e4 <__d_vfprintf+0x4b8>
8040225a:	47b1                	li	a5,12
8040225c:	19a7c663          	blt	a5,s10,804023e8 <__d_vfprintf+0x4bc>
80402260:	4335                	li	t1,13
80402262:	41a30333          	sub	t1,t1,s10
80402266:	00231d93          	sll	s11,t1,0x2
8040226a:	fffd8613          	add	a2,s11,-1
8040226e:	4505                	li	a0,1
80402270:	4581                	li	a1,0
80402272:	ca46                	sw	a7,20(sp)
80402274:	c836                	sw	a3,16(sp)
80402276:	fffff097          	auipc	ra,0xfffff
8040227a:	2da080e7          	jalr	730(ra) # 80401550 <__ashldi3>
8040227e:	84aa                	mv	s1,a0
80402280:	872e                	mv	a4,a1
80402282:	00171793          	sll	a5,a4,0x1
80402286:	85aa                	mv	a1,a0
80402288:	01f4d513          	srl	a0,s1,0x1f
8040228c:	00149e13          	sll	t3,s1,0x1
80402290:	8fc9                	or	a5,a5,a0
80402292:	40f00c33          	neg	s8,a5
80402296:	01c03533          	snez	a0,t3
8040229a:	48d2                	lw	a7,20(sp)
8040229c:	41c00833          	neg	a6,t3
804022a0:	40ac0c33          	sub	s8,s8,a0
804022a4:	fffe0513          	add	a0,t3,-1
804022a8:	001e3e13          	seqz	t3,t3
804022ac:	41c787b3          	sub	a5,a5,t3
804022b0:	0197f7b3          	and	a5,a5,s9
804022b4:	01157533          	and	a0,a0,a7
804022b8:	02f74863          	blt	a4,a5,804022e8 <__d_vfprintf+0x3bc>
804022bc:	46c2                	lw	a3,16(sp)
804022be:	00e79463          	bne	a5,a4,804022c6 <__d_vfprintf+0x39a>
804022c2:	02a5e363          	bltu	a1,a0,804022e8 <__d_vfprintf+0x3bc>
804022c6:	8546                	mv	a0,a7
804022c8:	866e                	mv	a2,s11
804022ca:	85e6                	mv	a1,s9
804022cc:	ce3a                	sw	a4,28(sp)
804022ce:	cc42                	sw	a6,24(sp)
804022d0:	ca36                	sw	a3,20(sp)
804022d2:	c846                	sw	a7,16(sp)
804022d4:	fffff097          	auipc	ra,0xfffff
804022d8:	2a4080e7          	jalr	676(ra) # 80401578 <__ashrdi3>
804022dc:	8905                	and	a0,a0,1
804022de:	48c2                	lw	a7,16(sp)
804022e0:	46d2                	lw	a3,20(sp)
804022e2:	4862                	lw	a6,24(sp)
804022e4:	4772                	lw	a4,28(sp)
804022e6:	c94d                	beqz	a0,80402398 <__d_vfprintf+0x46c>
804022e8:	00988533          	add	a0,a7,s1
804022ec:	01153db3          	sltu	s11,a0,a7
804022f0:	9766                	add	a4,a4,s9
804022f2:	00ed8cb3          	add	s9,s11,a4
804022f6:	001007b7          	lui	a5,0x100
804022fa:	86aa                	mv	a3,a0
804022fc:	08fcce63          	blt	s9,a5,80402398 <__d_vfprintf+0x46c>
80402300:	02d14783          	lbu	a5,45(sp)
80402304:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80402306:	02f106a3          	sb	a5,45(sp)
8040230a:	40000793          	li	a5,1024
8040230e:	0af98163          	beq	s3,a5,804023b0 <__d_vfprintf+0x484>
80402312:	00a87533          	and	a0,a6,a0
80402316:	019c7c33          	and	s8,s8,s9
8040231a:	05700613          	li	a2,87
8040231e:	1034                	add	a3,sp,40
80402320:	4735                	li	a4,13
80402322:	45a5                	li	a1,9
80402324:	41260633          	sub	a2,a2,s2
80402328:	01cc1813          	sll	a6,s8,0x1c
8040232c:	00f57793          	and	a5,a0,15
80402330:	8111                	srl	a0,a0,0x4
80402332:	00a86533          	or	a0,a6,a0
80402336:	404c5c13          	sra	s8,s8,0x4
8040233a:	e7e1                	bnez	a5,80402402 <__d_vfprintf+0x4d6>
8040233c:	0ced5563          	bge	s10,a4,80402406 <__d_vfprintf+0x4da>
80402340:	177d                	add	a4,a4,-1
80402342:	16fd                	add	a3,a3,-1
80402344:	f375                	bnez	a4,80402328 <__d_vfprintf+0x3fc>
80402346:	4c05                	li	s8,1
80402348:	4bb9                	li	s7,14
8040234a:	07000c93          	li	s9,112
8040234e:	00998713          	add	a4,s3,9
80402352:	46c9                	li	a3,18
80402354:	87ce                	mv	a5,s3
80402356:	06e6e863          	bltu	a3,a4,804023c6 <__d_vfprintf+0x49a>
8040235a:	02c14703          	lbu	a4,44(sp)
8040235e:	00177d93          	and	s11,a4,1
80402362:	8b31                	and	a4,a4,12
80402364:	120d9a63          	bnez	s11,80402498 <__d_vfprintf+0x56c>
80402368:	002af793          	and	a5,s5,2
8040236c:	12079263          	bnez	a5,80402490 <__d_vfprintf+0x564>
80402370:	004af793          	and	a5,s5,4
80402374:	cfe9                	beqz	a5,8040244e <__d_vfprintf+0x522>
80402376:	12071563          	bnez	a4,804024a0 <__d_vfprintf+0x574>
8040237a:	02000713          	li	a4,32
8040237e:	678d                	lui	a5,0x3
80402380:	00faf7b3          	and	a5,s5,a5
80402384:	1c079363          	bnez	a5,8040254a <__d_vfprintf+0x61e>
80402388:	000d1363          	bnez	s10,8040238e <__d_vfprintf+0x462>
8040238c:	4d05                	li	s10,1
8040238e:	103c                	add	a5,sp,40
80402390:	97de                	add	a5,a5,s7
80402392:	03000693          	li	a3,48
80402396:	aa9d                	j	8040250c <__d_vfprintf+0x5e0>
80402398:	0106f6b3          	and	a3,a3,a6
8040239c:	018cfcb3          	and	s9,s9,s8
804023a0:	40000793          	li	a5,1024
804023a4:	04f99c63          	bne	s3,a5,804023fc <__d_vfprintf+0x4d0>
804023a8:	0196ecb3          	or	s9,a3,s9
804023ac:	040c8063          	beqz	s9,804023ec <__d_vfprintf+0x4c0>
804023b0:	008beb93          	or	s7,s7,8
804023b4:	03710623          	sb	s7,44(sp)
804023b8:	40000993          	li	s3,1024
804023bc:	4bb9                	li	s7,14
804023be:	07000c93          	li	s9,112
804023c2:	40000793          	li	a5,1024
804023c6:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
804023ca:	0c600693          	li	a3,198
804023ce:	4c09                	li	s8,2
804023d0:	f8e6f5e3          	bgeu	a3,a4,8040235a <__d_vfprintf+0x42e>
804023d4:	3e778793          	add	a5,a5,999
804023d8:	7ce00c13          	li	s8,1998
804023dc:	00fc3c33          	sltu	s8,s8,a5
804023e0:	0c0d                	add	s8,s8,3
804023e2:	bfa5                	j	8040235a <__d_vfprintf+0x42e>
804023e4:	4d01                	li	s10,0
804023e6:	bf6d                	j	804023a0 <__d_vfprintf+0x474>
804023e8:	4d35                	li	s10,13
804023ea:	bf5d                	j	804023a0 <__d_vfprintf+0x474>
804023ec:	004beb93          	or	s7,s7,4
804023f0:	03710623          	sb	s7,44(sp)
804023f4:	b7e1                	j	804023bc <__d_vfprintf+0x490>
804023f6:	4981                	li	s3,0
804023f8:	4d01                	li	s10,0
804023fa:	b705                	j	8040231a <__d_vfprintf+0x3ee>
804023fc:	8536                	mv	a0,a3
804023fe:	8c66                	mv	s8,s9
80402400:	bf29                	j	8040231a <__d_vfprintf+0x3ee>
80402402:	00f5ea63          	bltu	a1,a5,80402416 <__d_vfprintf+0x4ea>
80402406:	03078793          	add	a5,a5,48
8040240a:	00f68923          	sb	a5,18(a3)
8040240e:	f2ed59e3          	bge	s10,a4,80402340 <__d_vfprintf+0x414>
80402412:	8d3a                	mv	s10,a4
80402414:	b735                	j	80402340 <__d_vfprintf+0x414>
80402416:	97b2                	add	a5,a5,a2
80402418:	0ff7f793          	zext.b	a5,a5
8040241c:	b7fd                	j	8040240a <__d_vfprintf+0x4de>
8040241e:	4d19                	li	s10,6
80402420:	bbf1                	j	804021fc <__d_vfprintf+0x2d0>
80402422:	06600793          	li	a5,102
80402426:	00fc9963          	bne	s9,a5,80402438 <__d_vfprintf+0x50c>
8040242a:	6789                	lui	a5,0x2
8040242c:	00fdedb3          	or	s11,s11,a5
80402430:	4705                	li	a4,1
80402432:	87ea                	mv	a5,s10
80402434:	4645                	li	a2,17
80402436:	b3c5                	j	80402216 <__d_vfprintf+0x2ea>
80402438:	0ffd7793          	zext.b	a5,s10
8040243c:	0ffd7613          	zext.b	a2,s10
80402440:	e391                	bnez	a5,80402444 <__d_vfprintf+0x518>
80402442:	4605                	li	a2,1
80402444:	4701                	li	a4,0
80402446:	4781                	li	a5,0
80402448:	06500c93          	li	s9,101
8040244c:	b3e9                	j	80402216 <__d_vfprintf+0x2ea>
8040244e:	db05                	beqz	a4,8040237e <__d_vfprintf+0x452>
80402450:	478d                	li	a5,3
80402452:	0967d163          	bge	a5,s6,804024d4 <__d_vfprintf+0x5a8>
80402456:	008afa93          	and	s5,s5,8
8040245a:	ffdb0493          	add	s1,s6,-3
8040245e:	000a9f63          	bnez	s5,8040247c <__d_vfprintf+0x550>
80402462:	94a2                	add	s1,s1,s0
80402464:	4582                	lw	a1,0(sp)
80402466:	02000513          	li	a0,32
8040246a:	0405                	add	s0,s0,1
8040246c:	9a02                	jalr	s4
8040246e:	b00540e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402472:	fe8499e3          	bne	s1,s0,80402464 <__d_vfprintf+0x538>
80402476:	4481                	li	s1,0
80402478:	020d9f63          	bnez	s11,804024b6 <__d_vfprintf+0x58a>
8040247c:	02c14783          	lbu	a5,44(sp)
80402480:	8ba1                	and	a5,a5,8
80402482:	efad                	bnez	a5,804024fc <__d_vfprintf+0x5d0>
80402484:	804059b7          	lui	s3,0x80405
80402488:	9ac98993          	add	s3,s3,-1620 # 804049ac <__clz_tab+0x100>
8040248c:	8c22                	mv	s8,s0
8040248e:	a8b1                	j	804024ea <__d_vfprintf+0x5be>
80402490:	eb15                	bnez	a4,804024c4 <__d_vfprintf+0x598>
80402492:	02b00713          	li	a4,43
80402496:	b5e5                	j	8040237e <__d_vfprintf+0x452>
80402498:	eb0d                	bnez	a4,804024ca <__d_vfprintf+0x59e>
8040249a:	02d00713          	li	a4,45
8040249e:	b5c5                	j	8040237e <__d_vfprintf+0x452>
804024a0:	02000d93          	li	s11,32
804024a4:	4791                	li	a5,4
804024a6:	0367d563          	bge	a5,s6,804024d0 <__d_vfprintf+0x5a4>
804024aa:	008afa93          	and	s5,s5,8
804024ae:	ffcb0493          	add	s1,s6,-4
804024b2:	fa0a88e3          	beqz	s5,80402462 <__d_vfprintf+0x536>
804024b6:	4582                	lw	a1,0(sp)
804024b8:	856e                	mv	a0,s11
804024ba:	0405                	add	s0,s0,1
804024bc:	9a02                	jalr	s4
804024be:	fa055fe3          	bgez	a0,8040247c <__d_vfprintf+0x550>
804024c2:	b475                	j	80401f6e <__d_vfprintf+0x42>
804024c4:	02b00d93          	li	s11,43
804024c8:	bff1                	j	804024a4 <__d_vfprintf+0x578>
804024ca:	02d00d93          	li	s11,45
804024ce:	bfd9                	j	804024a4 <__d_vfprintf+0x578>
804024d0:	4481                	li	s1,0
804024d2:	b7d5                	j	804024b6 <__d_vfprintf+0x58a>
804024d4:	4481                	li	s1,0
804024d6:	b75d                	j	8040247c <__d_vfprintf+0x550>
804024d8:	4582                	lw	a1,0(sp)
804024da:	41250533          	sub	a0,a0,s2
804024de:	0ff57513          	zext.b	a0,a0
804024e2:	0c05                	add	s8,s8,1
804024e4:	9a02                	jalr	s4
804024e6:	a80544e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
804024ea:	408c07b3          	sub	a5,s8,s0
804024ee:	97ce                	add	a5,a5,s3
804024f0:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
804024f4:	f175                	bnez	a0,804024d8 <__d_vfprintf+0x5ac>
804024f6:	8462                	mv	s0,s8
804024f8:	94e2                	add	s1,s1,s8
804024fa:	a535                	j	80402b26 <__d_vfprintf+0xbfa>
804024fc:	804059b7          	lui	s3,0x80405
80402500:	9b098993          	add	s3,s3,-1616 # 804049b0 <__clz_tab+0x104>
80402504:	b761                	j	8040248c <__d_vfprintf+0x560>
80402506:	1bfd                	add	s7,s7,-1
80402508:	0ffbfb93          	zext.b	s7,s7
8040250c:	000b8763          	beqz	s7,8040251a <__d_vfprintf+0x5ee>
80402510:	0047c603          	lbu	a2,4(a5)
80402514:	17fd                	add	a5,a5,-1
80402516:	fed608e3          	beq	a2,a3,80402506 <__d_vfprintf+0x5da>
8040251a:	010af693          	and	a3,s5,16
8040251e:	87ea                	mv	a5,s10
80402520:	e291                	bnez	a3,80402524 <__d_vfprintf+0x5f8>
80402522:	87de                	mv	a5,s7
80402524:	56f1                	li	a3,-4
80402526:	0ed9cc63          	blt	s3,a3,8040261e <__d_vfprintf+0x6f2>
8040252a:	0fa9da63          	bge	s3,s10,8040261e <__d_vfprintf+0x6f2>
8040252e:	6689                	lui	a3,0x2
80402530:	00dae6b3          	or	a3,s5,a3
80402534:	01069a93          	sll	s5,a3,0x10
80402538:	010ada93          	srl	s5,s5,0x10
8040253c:	4d01                	li	s10,0
8040253e:	00f9d663          	bge	s3,a5,8040254a <__d_vfprintf+0x61e>
80402542:	00198893          	add	a7,s3,1
80402546:	41178d33          	sub	s10,a5,a7
8040254a:	6d89                	lui	s11,0x2
8040254c:	01bafdb3          	and	s11,s5,s11
80402550:	0c0d8a63          	beqz	s11,80402624 <__d_vfprintf+0x6f8>
80402554:	87ce                	mv	a5,s3
80402556:	0009d363          	bgez	s3,8040255c <__d_vfprintf+0x630>
8040255a:	4781                	li	a5,0
8040255c:	0785                	add	a5,a5,1
8040255e:	c311                	beqz	a4,80402562 <__d_vfprintf+0x636>
80402560:	0785                	add	a5,a5,1
80402562:	0c0d0963          	beqz	s10,80402634 <__d_vfprintf+0x708>
80402566:	001d0693          	add	a3,s10,1
8040256a:	97b6                	add	a5,a5,a3
8040256c:	4481                	li	s1,0
8040256e:	0167d463          	bge	a5,s6,80402576 <__d_vfprintf+0x64a>
80402572:	40fb04b3          	sub	s1,s6,a5
80402576:	009af793          	and	a5,s5,9
8040257a:	e789                	bnez	a5,80402584 <__d_vfprintf+0x658>
8040257c:	94a2                	add	s1,s1,s0
8040257e:	0c849063          	bne	s1,s0,8040263e <__d_vfprintf+0x712>
80402582:	4481                	li	s1,0
80402584:	c719                	beqz	a4,80402592 <__d_vfprintf+0x666>
80402586:	4582                	lw	a1,0(sp)
80402588:	853a                	mv	a0,a4
8040258a:	0405                	add	s0,s0,1
8040258c:	9a02                	jalr	s4
8040258e:	9e0540e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402592:	00bad793          	srl	a5,s5,0xb
80402596:	8b85                	and	a5,a5,1
80402598:	c395                	beqz	a5,804025bc <__d_vfprintf+0x690>
8040259a:	4582                	lw	a1,0(sp)
8040259c:	03000513          	li	a0,48
804025a0:	9a02                	jalr	s4
804025a2:	9c0546e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
804025a6:	07800513          	li	a0,120
804025aa:	4582                	lw	a1,0(sp)
804025ac:	41250533          	sub	a0,a0,s2
804025b0:	0f857513          	and	a0,a0,248
804025b4:	0409                	add	s0,s0,2
804025b6:	9a02                	jalr	s4
804025b8:	9a054be3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
804025bc:	008af793          	and	a5,s5,8
804025c0:	e791                	bnez	a5,804025cc <__d_vfprintf+0x6a0>
804025c2:	8b22                	mv	s6,s0
804025c4:	9426                	add	s0,s0,s1
804025c6:	09641663          	bne	s0,s6,80402652 <__d_vfprintf+0x726>
804025ca:	4481                	li	s1,0
804025cc:	0c0d8f63          	beqz	s11,804026aa <__d_vfprintf+0x77e>
804025d0:	8cce                	mv	s9,s3
804025d2:	0009d363          	bgez	s3,804025d8 <__d_vfprintf+0x6ac>
804025d6:	4c81                	li	s9,0
804025d8:	41998db3          	sub	s11,s3,s9
804025dc:	41a00d33          	neg	s10,s10
804025e0:	5b7d                	li	s6,-1
804025e2:	03000513          	li	a0,48
804025e6:	017df663          	bgeu	s11,s7,804025f2 <__d_vfprintf+0x6c6>
804025ea:	103c                	add	a5,sp,40
804025ec:	97ee                	add	a5,a5,s11
804025ee:	0057c503          	lbu	a0,5(a5)
804025f2:	1cfd                	add	s9,s9,-1
804025f4:	00140c13          	add	s8,s0,1
804025f8:	07acc563          	blt	s9,s10,80402662 <__d_vfprintf+0x736>
804025fc:	4582                	lw	a1,0(sp)
804025fe:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80402600:	9a02                	jalr	s4
80402602:	960546e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402606:	016c9a63          	bne	s9,s6,8040261a <__d_vfprintf+0x6ee>
8040260a:	4582                	lw	a1,0(sp)
8040260c:	02e00513          	li	a0,46
80402610:	9a02                	jalr	s4
80402612:	94054ee3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402616:	00240c13          	add	s8,s0,2
8040261a:	8462                	mv	s0,s8
8040261c:	b7d9                	j	804025e2 <__d_vfprintf+0x6b6>
8040261e:	fff78d13          	add	s10,a5,-1
80402622:	b725                	j	8040254a <__d_vfprintf+0x61e>
80402624:	00bad693          	srl	a3,s5,0xb
80402628:	8a85                	and	a3,a3,1
8040262a:	478d                	li	a5,3
8040262c:	c291                	beqz	a3,80402630 <__d_vfprintf+0x704>
8040262e:	4795                	li	a5,5
80402630:	97e2                	add	a5,a5,s8
80402632:	b735                	j	8040255e <__d_vfprintf+0x632>
80402634:	010af693          	and	a3,s5,16
80402638:	da95                	beqz	a3,8040256c <__d_vfprintf+0x640>
8040263a:	0785                	add	a5,a5,1
8040263c:	bf05                	j	8040256c <__d_vfprintf+0x640>
8040263e:	4582                	lw	a1,0(sp)
80402640:	02000513          	li	a0,32
80402644:	c83a                	sw	a4,16(sp)
80402646:	9a02                	jalr	s4
80402648:	4742                	lw	a4,16(sp)
8040264a:	0405                	add	s0,s0,1
8040264c:	f20559e3          	bgez	a0,8040257e <__d_vfprintf+0x652>
80402650:	ba39                	j	80401f6e <__d_vfprintf+0x42>
80402652:	4582                	lw	a1,0(sp)
80402654:	03000513          	li	a0,48
80402658:	0b05                	add	s6,s6,1
8040265a:	9a02                	jalr	s4
8040265c:	f60555e3          	bgez	a0,804025c6 <__d_vfprintf+0x69a>
80402660:	b239                	j	80401f6e <__d_vfprintf+0x42>
80402662:	033c9063          	bne	s9,s3,80402682 <__d_vfprintf+0x756>
80402666:	02d14703          	lbu	a4,45(sp)
8040266a:	03500793          	li	a5,53
8040266e:	00e7e863          	bltu	a5,a4,8040267e <__d_vfprintf+0x752>
80402672:	00f71863          	bne	a4,a5,80402682 <__d_vfprintf+0x756>
80402676:	02c14783          	lbu	a5,44(sp)
8040267a:	8bc1                	and	a5,a5,16
8040267c:	e399                	bnez	a5,80402682 <__d_vfprintf+0x756>
8040267e:	03100513          	li	a0,49
80402682:	4582                	lw	a1,0(sp)
80402684:	9a02                	jalr	s4
80402686:	8e0544e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
8040268a:	010afa93          	and	s5,s5,16
8040268e:	e60a84e3          	beqz	s5,804024f6 <__d_vfprintf+0x5ca>
80402692:	57fd                	li	a5,-1
80402694:	e6fc91e3          	bne	s9,a5,804024f6 <__d_vfprintf+0x5ca>
80402698:	4582                	lw	a1,0(sp)
8040269a:	00240c13          	add	s8,s0,2
8040269e:	02e00513          	li	a0,46
804026a2:	9a02                	jalr	s4
804026a4:	e40559e3          	bgez	a0,804024f6 <__d_vfprintf+0x5ca>
804026a8:	b0d9                	j	80401f6e <__d_vfprintf+0x42>
804026aa:	02d14503          	lbu	a0,45(sp)
804026ae:	03100793          	li	a5,49
804026b2:	00f50763          	beq	a0,a5,804026c0 <__d_vfprintf+0x794>
804026b6:	02c14783          	lbu	a5,44(sp)
804026ba:	9bbd                	and	a5,a5,-17
804026bc:	02f10623          	sb	a5,44(sp)
804026c0:	4582                	lw	a1,0(sp)
804026c2:	9a02                	jalr	s4
804026c4:	8a0545e3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
804026c8:	0da05a63          	blez	s10,8040279c <__d_vfprintf+0x870>
804026cc:	4582                	lw	a1,0(sp)
804026ce:	02e00513          	li	a0,46
804026d2:	0409                	add	s0,s0,2
804026d4:	9a02                	jalr	s4
804026d6:	88054ce3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
804026da:	4a85                	li	s5,1
804026dc:	4785                	li	a5,1
804026de:	0405                	add	s0,s0,1
804026e0:	03000513          	li	a0,48
804026e4:	017af863          	bgeu	s5,s7,804026f4 <__d_vfprintf+0x7c8>
804026e8:	02078793          	add	a5,a5,32
804026ec:	1018                	add	a4,sp,32
804026ee:	97ba                	add	a5,a5,a4
804026f0:	fed7c503          	lbu	a0,-19(a5)
804026f4:	4582                	lw	a1,0(sp)
804026f6:	9a02                	jalr	s4
804026f8:	86054be3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
804026fc:	0a85                	add	s5,s5,1
804026fe:	0ffafa93          	zext.b	s5,s5
80402702:	87d6                	mv	a5,s5
80402704:	fd5d5de3          	bge	s10,s5,804026de <__d_vfprintf+0x7b2>
80402708:	4582                	lw	a1,0(sp)
8040270a:	412c8533          	sub	a0,s9,s2
8040270e:	0ff57513          	zext.b	a0,a0
80402712:	9a02                	jalr	s4
80402714:	84054de3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402718:	0009ca63          	bltz	s3,8040272c <__d_vfprintf+0x800>
8040271c:	02b00513          	li	a0,43
80402720:	00099a63          	bnez	s3,80402734 <__d_vfprintf+0x808>
80402724:	02c14783          	lbu	a5,44(sp)
80402728:	8bc1                	and	a5,a5,16
8040272a:	c789                	beqz	a5,80402734 <__d_vfprintf+0x808>
8040272c:	413009b3          	neg	s3,s3
80402730:	02d00513          	li	a0,45
80402734:	4582                	lw	a1,0(sp)
80402736:	9a02                	jalr	s4
80402738:	82054be3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
8040273c:	4791                	li	a5,4
8040273e:	06fc1e63          	bne	s8,a5,804027ba <__d_vfprintf+0x88e>
80402742:	3e800913          	li	s2,1000
80402746:	0329c533          	div	a0,s3,s2
8040274a:	4582                	lw	a1,0(sp)
8040274c:	040d                	add	s0,s0,3
8040274e:	03050513          	add	a0,a0,48
80402752:	0ff57513          	zext.b	a0,a0
80402756:	9a02                	jalr	s4
80402758:	80054be3          	bltz	a0,80401f6e <__d_vfprintf+0x42>
8040275c:	0329e9b3          	rem	s3,s3,s2
80402760:	06400913          	li	s2,100
80402764:	4582                	lw	a1,0(sp)
80402766:	0405                	add	s0,s0,1
80402768:	0329c533          	div	a0,s3,s2
8040276c:	03050513          	add	a0,a0,48
80402770:	0ff57513          	zext.b	a0,a0
80402774:	9a02                	jalr	s4
80402776:	fe054c63          	bltz	a0,80401f6e <__d_vfprintf+0x42>
8040277a:	0329e9b3          	rem	s3,s3,s2
8040277e:	4929                	li	s2,10
80402780:	4582                	lw	a1,0(sp)
80402782:	0405                	add	s0,s0,1
80402784:	0329c533          	div	a0,s3,s2
80402788:	03050513          	add	a0,a0,48
8040278c:	0ff57513          	zext.b	a0,a0
80402790:	9a02                	jalr	s4
80402792:	fc054e63          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402796:	0329e9b3          	rem	s3,s3,s2
8040279a:	a03d                	j	804027c8 <__d_vfprintf+0x89c>
8040279c:	010afa93          	and	s5,s5,16
804027a0:	000a9463          	bnez	s5,804027a8 <__d_vfprintf+0x87c>
804027a4:	0405                	add	s0,s0,1
804027a6:	b78d                	j	80402708 <__d_vfprintf+0x7dc>
804027a8:	4582                	lw	a1,0(sp)
804027aa:	02e00513          	li	a0,46
804027ae:	0409                	add	s0,s0,2
804027b0:	9a02                	jalr	s4
804027b2:	f4055be3          	bgez	a0,80402708 <__d_vfprintf+0x7dc>
804027b6:	fb8ff06f          	j	80401f6e <__d_vfprintf+0x42>
804027ba:	478d                	li	a5,3
804027bc:	0409                	add	s0,s0,2
804027be:	fafc01e3          	beq	s8,a5,80402760 <__d_vfprintf+0x834>
804027c2:	4785                	li	a5,1
804027c4:	fafc1de3          	bne	s8,a5,8040277e <__d_vfprintf+0x852>
804027c8:	03098513          	add	a0,s3,48
804027cc:	4582                	lw	a1,0(sp)
804027ce:	00140c13          	add	s8,s0,1
804027d2:	0ff57513          	zext.b	a0,a0
804027d6:	b5f1                	j	804026a2 <__d_vfprintf+0x776>
804027d8:	f9d90793          	add	a5,s2,-99
804027dc:	0ff7f793          	zext.b	a5,a5
804027e0:	4749                	li	a4,18
804027e2:	20f76363          	bltu	a4,a5,804029e8 <__d_vfprintf+0xabc>
804027e6:	80404737          	lui	a4,0x80404
804027ea:	078a                	sll	a5,a5,0x2
804027ec:	52470713          	add	a4,a4,1316 # 80404524 <msg.0+0x60>
804027f0:	97ba                	add	a5,a5,a4
804027f2:	439c                	lw	a5,0(a5)
804027f4:	8782                	jr	a5
804027f6:	5792                	lw	a5,36(sp)
804027f8:	4485                	li	s1,1
804027fa:	02810993          	add	s3,sp,40
804027fe:	00478713          	add	a4,a5,4
80402802:	439c                	lw	a5,0(a5)
80402804:	d23a                	sw	a4,36(sp)
80402806:	02f10423          	sb	a5,40(sp)
8040280a:	008df813          	and	a6,s11,8
8040280e:	06080063          	beqz	a6,8040286e <__d_vfprintf+0x942>
80402812:	4901                	li	s2,0
80402814:	05249f63          	bne	s1,s2,80402872 <__d_vfprintf+0x946>
80402818:	00940c33          	add	s8,s0,s1
8040281c:	409b04b3          	sub	s1,s6,s1
80402820:	b9d9                	j	804024f6 <__d_vfprintf+0x5ca>
80402822:	5792                	lw	a5,36(sp)
80402824:	00478713          	add	a4,a5,4
80402828:	d23a                	sw	a4,36(sp)
8040282a:	0007a983          	lw	s3,0(a5)
8040282e:	00099663          	bnez	s3,8040283a <__d_vfprintf+0x90e>
80402832:	804059b7          	lui	s3,0x80405
80402836:	9b498993          	add	s3,s3,-1612 # 804049b4 <__clz_tab+0x108>
8040283a:	040df793          	and	a5,s11,64
8040283e:	55fd                	li	a1,-1
80402840:	c391                	beqz	a5,80402844 <__d_vfprintf+0x918>
80402842:	85ea                	mv	a1,s10
80402844:	854e                	mv	a0,s3
80402846:	00001097          	auipc	ra,0x1
8040284a:	da0080e7          	jalr	-608(ra) # 804035e6 <strnlen>
8040284e:	84aa                	mv	s1,a0
80402850:	bf6d                	j	8040280a <__d_vfprintf+0x8de>
80402852:	4582                	lw	a1,0(sp)
80402854:	02000513          	li	a0,32
80402858:	9a02                	jalr	s4
8040285a:	f0054a63          	bltz	a0,80401f6e <__d_vfprintf+0x42>
8040285e:	197d                	add	s2,s2,-1
80402860:	ff24e9e3          	bltu	s1,s2,80402852 <__d_vfprintf+0x926>
80402864:	945a                	add	s0,s0,s6
80402866:	41240433          	sub	s0,s0,s2
8040286a:	8b4a                	mv	s6,s2
8040286c:	b75d                	j	80402812 <__d_vfprintf+0x8e6>
8040286e:	895a                	mv	s2,s6
80402870:	bfc5                	j	80402860 <__d_vfprintf+0x934>
80402872:	012987b3          	add	a5,s3,s2
80402876:	4582                	lw	a1,0(sp)
80402878:	0007c503          	lbu	a0,0(a5)
8040287c:	0905                	add	s2,s2,1
8040287e:	9a02                	jalr	s4
80402880:	f8055ae3          	bgez	a0,80402814 <__d_vfprintf+0x8e8>
80402884:	eeaff06f          	j	80401f6e <__d_vfprintf+0x42>
80402888:	080df713          	and	a4,s11,128
8040288c:	5792                	lw	a5,36(sp)
8040288e:	cf59                	beqz	a4,8040292c <__d_vfprintf+0xa00>
80402890:	200df713          	and	a4,s11,512
80402894:	c749                	beqz	a4,8040291e <__d_vfprintf+0x9f2>
80402896:	079d                	add	a5,a5,7
80402898:	9be1                	and	a5,a5,-8
8040289a:	4388                	lw	a0,0(a5)
8040289c:	43cc                	lw	a1,4(a5)
8040289e:	00878713          	add	a4,a5,8
804028a2:	d23a                	sw	a4,36(sp)
804028a4:	fefdf993          	and	s3,s11,-17
804028a8:	09c2                	sll	s3,s3,0x10
804028aa:	0109d993          	srl	s3,s3,0x10
804028ae:	0805df63          	bgez	a1,8040294c <__d_vfprintf+0xa20>
804028b2:	00a037b3          	snez	a5,a0
804028b6:	40b005b3          	neg	a1,a1
804028ba:	8d9d                	sub	a1,a1,a5
804028bc:	40a00533          	neg	a0,a0
804028c0:	4009e993          	or	s3,s3,1024
804028c4:	02810a93          	add	s5,sp,40
804028c8:	46a9                	li	a3,10
804028ca:	8656                	mv	a2,s5
804028cc:	fffff097          	auipc	ra,0xfffff
804028d0:	44c080e7          	jalr	1100(ra) # 80401d18 <__ultoa_invert>
804028d4:	0409f793          	and	a5,s3,64
804028d8:	41550ab3          	sub	s5,a0,s5
804028dc:	c7f5                	beqz	a5,804029c8 <__d_vfprintf+0xa9c>
804028de:	ffe9f793          	and	a5,s3,-2
804028e2:	07c2                	sll	a5,a5,0x10
804028e4:	83c1                	srl	a5,a5,0x10
804028e6:	19aad563          	bge	s5,s10,80402a70 <__d_vfprintf+0xb44>
804028ea:	16090c63          	beqz	s2,80402a62 <__d_vfprintf+0xb36>
804028ee:	0109fc13          	and	s8,s3,16
804028f2:	84ea                	mv	s1,s10
804028f4:	89be                	mv	s3,a5
804028f6:	060c0a63          	beqz	s8,8040296a <__d_vfprintf+0xa3e>
804028fa:	0489                	add	s1,s1,2
804028fc:	0089f793          	and	a5,s3,8
80402900:	18079a63          	bnez	a5,80402a94 <__d_vfprintf+0xb68>
80402904:	0019f793          	and	a5,s3,1
80402908:	cb89                	beqz	a5,8040291a <__d_vfprintf+0x9ee>
8040290a:	8d56                	mv	s10,s5
8040290c:	0164d763          	bge	s1,s6,8040291a <__d_vfprintf+0x9ee>
80402910:	409b04b3          	sub	s1,s6,s1
80402914:	01548d33          	add	s10,s1,s5
80402918:	84da                	mv	s1,s6
8040291a:	8ba6                	mv	s7,s1
8040291c:	a2ad                	j	80402a86 <__d_vfprintf+0xb5a>
8040291e:	4388                	lw	a0,0(a5)
80402920:	00478713          	add	a4,a5,4
80402924:	d23a                	sw	a4,36(sp)
80402926:	41f55593          	sra	a1,a0,0x1f
8040292a:	bfad                	j	804028a4 <__d_vfprintf+0x978>
8040292c:	00478713          	add	a4,a5,4
80402930:	4388                	lw	a0,0(a5)
80402932:	d23a                	sw	a4,36(sp)
80402934:	100df793          	and	a5,s11,256
80402938:	d7fd                	beqz	a5,80402926 <__d_vfprintf+0x9fa>
8040293a:	200df793          	and	a5,s11,512
8040293e:	c781                	beqz	a5,80402946 <__d_vfprintf+0xa1a>
80402940:	0562                	sll	a0,a0,0x18
80402942:	8561                	sra	a0,a0,0x18
80402944:	b7cd                	j	80402926 <__d_vfprintf+0x9fa>
80402946:	0542                	sll	a0,a0,0x10
80402948:	8541                	sra	a0,a0,0x10
8040294a:	bff1                	j	80402926 <__d_vfprintf+0x9fa>
8040294c:	00b567b3          	or	a5,a0,a1
80402950:	fbb5                	bnez	a5,804028c4 <__d_vfprintf+0x998>
80402952:	040df793          	and	a5,s11,64
80402956:	d7bd                	beqz	a5,804028c4 <__d_vfprintf+0x998>
80402958:	f60d16e3          	bnez	s10,804028c4 <__d_vfprintf+0x998>
8040295c:	feedf993          	and	s3,s11,-18
80402960:	09c2                	sll	s3,s3,0x10
80402962:	0109d993          	srl	s3,s3,0x10
80402966:	4a81                	li	s5,0
80402968:	4481                	li	s1,0
8040296a:	4069fc13          	and	s8,s3,1030
8040296e:	f80c07e3          	beqz	s8,804028fc <__d_vfprintf+0x9d0>
80402972:	0485                	add	s1,s1,1
80402974:	4c01                	li	s8,0
80402976:	b759                	j	804028fc <__d_vfprintf+0x9d0>
80402978:	fefdf813          	and	a6,s11,-17
8040297c:	01081d93          	sll	s11,a6,0x10
80402980:	010ddd93          	srl	s11,s11,0x10
80402984:	46a9                	li	a3,10
80402986:	080df713          	and	a4,s11,128
8040298a:	5792                	lw	a5,36(sp)
8040298c:	c355                	beqz	a4,80402a30 <__d_vfprintf+0xb04>
8040298e:	200df713          	and	a4,s11,512
80402992:	cb49                	beqz	a4,80402a24 <__d_vfprintf+0xaf8>
80402994:	079d                	add	a5,a5,7
80402996:	9be1                	and	a5,a5,-8
80402998:	4388                	lw	a0,0(a5)
8040299a:	43cc                	lw	a1,4(a5)
8040299c:	00878713          	add	a4,a5,8
804029a0:	d23a                	sw	a4,36(sp)
804029a2:	00b567b3          	or	a5,a0,a1
804029a6:	e7cd                	bnez	a5,80402a50 <__d_vfprintf+0xb24>
804029a8:	fe9df993          	and	s3,s11,-23
804029ac:	09c2                	sll	s3,s3,0x10
804029ae:	040df793          	and	a5,s11,64
804029b2:	0109d993          	srl	s3,s3,0x10
804029b6:	c3dd                	beqz	a5,80402a5c <__d_vfprintf+0xb30>
804029b8:	0a0d1263          	bnez	s10,80402a5c <__d_vfprintf+0xb30>
804029bc:	fe8df993          	and	s3,s11,-24
804029c0:	09c2                	sll	s3,s3,0x10
804029c2:	0109d993          	srl	s3,s3,0x10
804029c6:	4a81                	li	s5,0
804029c8:	0109fc13          	and	s8,s3,16
804029cc:	0a0c0463          	beqz	s8,80402a74 <__d_vfprintf+0xb48>
804029d0:	001a8493          	add	s1,s5,1
804029d4:	f20904e3          	beqz	s2,804028fc <__d_vfprintf+0x9d0>
804029d8:	84d6                	mv	s1,s5
804029da:	b705                	j	804028fa <__d_vfprintf+0x9ce>
804029dc:	010ded93          	or	s11,s11,16
804029e0:	46c1                	li	a3,16
804029e2:	07800913          	li	s2,120
804029e6:	b745                	j	80402986 <__d_vfprintf+0xa5a>
804029e8:	07800793          	li	a5,120
804029ec:	00fc9a63          	bne	s9,a5,80402a00 <__d_vfprintf+0xad4>
804029f0:	05800793          	li	a5,88
804029f4:	46c1                	li	a3,16
804029f6:	f8f918e3          	bne	s2,a5,80402986 <__d_vfprintf+0xa5a>
804029fa:	21000693          	li	a3,528
804029fe:	b761                	j	80402986 <__d_vfprintf+0xa5a>
80402a00:	4582                	lw	a1,0(sp)
80402a02:	02500513          	li	a0,37
80402a06:	9a02                	jalr	s4
80402a08:	d6054363          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402a0c:	4582                	lw	a1,0(sp)
80402a0e:	854a                	mv	a0,s2
80402a10:	9a02                	jalr	s4
80402a12:	d4054e63          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402a16:	0409                	add	s0,s0,2
80402a18:	4792                	lw	a5,4(sp)
80402a1a:	d34ff06f          	j	80401f4e <__d_vfprintf+0x22>
80402a1e:	46a1                	li	a3,8
80402a20:	4901                	li	s2,0
80402a22:	b795                	j	80402986 <__d_vfprintf+0xa5a>
80402a24:	4388                	lw	a0,0(a5)
80402a26:	00478713          	add	a4,a5,4
80402a2a:	d23a                	sw	a4,36(sp)
80402a2c:	4581                	li	a1,0
80402a2e:	bf95                	j	804029a2 <__d_vfprintf+0xa76>
80402a30:	00478713          	add	a4,a5,4
80402a34:	4388                	lw	a0,0(a5)
80402a36:	d23a                	sw	a4,36(sp)
80402a38:	100df793          	and	a5,s11,256
80402a3c:	dbe5                	beqz	a5,80402a2c <__d_vfprintf+0xb00>
80402a3e:	200df793          	and	a5,s11,512
80402a42:	c781                	beqz	a5,80402a4a <__d_vfprintf+0xb1e>
80402a44:	0ff57513          	zext.b	a0,a0
80402a48:	b7d5                	j	80402a2c <__d_vfprintf+0xb00>
80402a4a:	0542                	sll	a0,a0,0x10
80402a4c:	8141                	srl	a0,a0,0x10
80402a4e:	bff9                	j	80402a2c <__d_vfprintf+0xb00>
80402a50:	ff9df813          	and	a6,s11,-7
80402a54:	01081993          	sll	s3,a6,0x10
80402a58:	0109d993          	srl	s3,s3,0x10
80402a5c:	02810a93          	add	s5,sp,40
80402a60:	b5ad                	j	804028ca <__d_vfprintf+0x99e>
80402a62:	fee9f993          	and	s3,s3,-18
80402a66:	09c2                	sll	s3,s3,0x10
80402a68:	0109d993          	srl	s3,s3,0x10
80402a6c:	84ea                	mv	s1,s10
80402a6e:	bdf5                	j	8040296a <__d_vfprintf+0xa3e>
80402a70:	89be                	mv	s3,a5
80402a72:	bf99                	j	804029c8 <__d_vfprintf+0xa9c>
80402a74:	84d6                	mv	s1,s5
80402a76:	bdd5                	j	8040296a <__d_vfprintf+0xa3e>
80402a78:	4582                	lw	a1,0(sp)
80402a7a:	02000513          	li	a0,32
80402a7e:	9a02                	jalr	s4
80402a80:	ce054763          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402a84:	0b85                	add	s7,s7,1
80402a86:	ff6bc9e3          	blt	s7,s6,80402a78 <__d_vfprintf+0xb4c>
80402a8a:	409404b3          	sub	s1,s0,s1
80402a8e:	01748433          	add	s0,s1,s7
80402a92:	84de                	mv	s1,s7
80402a94:	020c0363          	beqz	s8,80402aba <__d_vfprintf+0xb8e>
80402a98:	4582                	lw	a1,0(sp)
80402a9a:	03000513          	li	a0,48
80402a9e:	9a02                	jalr	s4
80402aa0:	cc054763          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402aa4:	04090d63          	beqz	s2,80402afe <__d_vfprintf+0xbd2>
80402aa8:	4582                	lw	a1,0(sp)
80402aaa:	0409                	add	s0,s0,2
80402aac:	854a                	mv	a0,s2
80402aae:	9a02                	jalr	s4
80402ab0:	ca054f63          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402ab4:	8c22                	mv	s8,s0
80402ab6:	9d22                	add	s10,s10,s0
80402ab8:	a81d                	j	80402aee <__d_vfprintf+0xbc2>
80402aba:	4069f793          	and	a5,s3,1030
80402abe:	dbfd                	beqz	a5,80402ab4 <__d_vfprintf+0xb88>
80402ac0:	0029f793          	and	a5,s3,2
80402ac4:	02000513          	li	a0,32
80402ac8:	c399                	beqz	a5,80402ace <__d_vfprintf+0xba2>
80402aca:	02b00513          	li	a0,43
80402ace:	4009f993          	and	s3,s3,1024
80402ad2:	00098463          	beqz	s3,80402ada <__d_vfprintf+0xbae>
80402ad6:	02d00513          	li	a0,45
80402ada:	4582                	lw	a1,0(sp)
80402adc:	0405                	add	s0,s0,1
80402ade:	bfc1                	j	80402aae <__d_vfprintf+0xb82>
80402ae0:	4582                	lw	a1,0(sp)
80402ae2:	03000513          	li	a0,48
80402ae6:	0c05                	add	s8,s8,1
80402ae8:	9a02                	jalr	s4
80402aea:	c8054263          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402aee:	418d07b3          	sub	a5,s10,s8
80402af2:	fefac7e3          	blt	s5,a5,80402ae0 <__d_vfprintf+0xbb4>
80402af6:	8456                	mv	s0,s5
80402af8:	e409                	bnez	s0,80402b02 <__d_vfprintf+0xbd6>
80402afa:	9c56                	add	s8,s8,s5
80402afc:	b305                	j	8040281c <__d_vfprintf+0x8f0>
80402afe:	0405                	add	s0,s0,1
80402b00:	bf55                	j	80402ab4 <__d_vfprintf+0xb88>
80402b02:	147d                	add	s0,s0,-1
80402b04:	103c                	add	a5,sp,40
80402b06:	97a2                	add	a5,a5,s0
80402b08:	4582                	lw	a1,0(sp)
80402b0a:	0007c503          	lbu	a0,0(a5)
80402b0e:	9a02                	jalr	s4
80402b10:	fe0554e3          	bgez	a0,80402af8 <__d_vfprintf+0xbcc>
80402b14:	c5aff06f          	j	80401f6e <__d_vfprintf+0x42>
80402b18:	4582                	lw	a1,0(sp)
80402b1a:	02000513          	li	a0,32
80402b1e:	0405                	add	s0,s0,1
80402b20:	9a02                	jalr	s4
80402b22:	c4054663          	bltz	a0,80401f6e <__d_vfprintf+0x42>
80402b26:	408487b3          	sub	a5,s1,s0
80402b2a:	fef047e3          	bgtz	a5,80402b18 <__d_vfprintf+0xbec>
80402b2e:	b5ed                	j	80402a18 <__d_vfprintf+0xaec>

80402b30 <mulShiftAll64>:
80402b30:	fffff317          	auipc	t1,0xfffff
80402b34:	13c302e7          	jalr	t0,316(t1) # 80401c6c <__riscv_save_10>
80402b38:	84b2                	mv	s1,a2
80402b3a:	00159913          	sll	s2,a1,0x1
80402b3e:	4210                	lw	a2,0(a2)
80402b40:	8ab6                	mv	s5,a3
80402b42:	89be                	mv	s3,a5
80402b44:	40d4                	lw	a3,4(s1)
80402b46:	01f55793          	srl	a5,a0,0x1f
80402b4a:	1141                	add	sp,sp,-16
80402b4c:	0127e933          	or	s2,a5,s2
80402b50:	00151413          	sll	s0,a0,0x1
80402b54:	8522                	mv	a0,s0
80402b56:	85ca                	mv	a1,s2
80402b58:	8bba                	mv	s7,a4
80402b5a:	870a                	mv	a4,sp
80402b5c:	8b42                	mv	s6,a6
80402b5e:	00001097          	auipc	ra,0x1
80402b62:	9fc080e7          	jalr	-1540(ra) # 8040355a <__umul128>
80402b66:	44d4                	lw	a3,12(s1)
80402b68:	4490                	lw	a2,8(s1)
80402b6a:	0038                	add	a4,sp,8
80402b6c:	8caa                	mv	s9,a0
80402b6e:	8c2e                	mv	s8,a1
80402b70:	8522                	mv	a0,s0
80402b72:	85ca                	mv	a1,s2
80402b74:	00001097          	auipc	ra,0x1
80402b78:	9e6080e7          	jalr	-1562(ra) # 8040355a <__umul128>
80402b7c:	4682                	lw	a3,0(sp)
80402b7e:	4712                	lw	a4,4(sp)
80402b80:	4785                	li	a5,1
80402b82:	00d50933          	add	s2,a0,a3
80402b86:	00a93533          	sltu	a0,s2,a0
80402b8a:	95ba                	add	a1,a1,a4
80402b8c:	00b50433          	add	s0,a0,a1
80402b90:	00e46763          	bltu	s0,a4,80402b9e <mulShiftAll64+0x6e>
80402b94:	00871463          	bne	a4,s0,80402b9c <mulShiftAll64+0x6c>
80402b98:	00d96363          	bltu	s2,a3,80402b9e <mulShiftAll64+0x6e>
80402b9c:	4781                	li	a5,0
80402b9e:	4622                	lw	a2,8(sp)
80402ba0:	4732                	lw	a4,12(sp)
80402ba2:	963e                	add	a2,a2,a5
80402ba4:	00f637b3          	sltu	a5,a2,a5
80402ba8:	00e786b3          	add	a3,a5,a4
80402bac:	4098                	lw	a4,0(s1)
80402bae:	40dc                	lw	a5,4(s1)
80402bb0:	c432                	sw	a2,8(sp)
80402bb2:	9766                	add	a4,a4,s9
80402bb4:	97e2                	add	a5,a5,s8
80402bb6:	019735b3          	sltu	a1,a4,s9
80402bba:	95be                	add	a1,a1,a5
80402bbc:	c636                	sw	a3,12(sp)
80402bbe:	4785                	li	a5,1
80402bc0:	0185e763          	bltu	a1,s8,80402bce <mulShiftAll64+0x9e>
80402bc4:	00bc1463          	bne	s8,a1,80402bcc <mulShiftAll64+0x9c>
80402bc8:	01976363          	bltu	a4,s9,80402bce <mulShiftAll64+0x9e>
80402bcc:	4781                	li	a5,0
80402bce:	4498                	lw	a4,8(s1)
80402bd0:	44c8                	lw	a0,12(s1)
80402bd2:	fbfa8a13          	add	s4,s5,-65
80402bd6:	974a                	add	a4,a4,s2
80402bd8:	9522                	add	a0,a0,s0
80402bda:	012735b3          	sltu	a1,a4,s2
80402bde:	95aa                	add	a1,a1,a0
80402be0:	00e78533          	add	a0,a5,a4
80402be4:	00f537b3          	sltu	a5,a0,a5
80402be8:	95be                	add	a1,a1,a5
80402bea:	4785                	li	a5,1
80402bec:	0085e763          	bltu	a1,s0,80402bfa <mulShiftAll64+0xca>
80402bf0:	00b41463          	bne	s0,a1,80402bf8 <mulShiftAll64+0xc8>
80402bf4:	01256363          	bltu	a0,s2,80402bfa <mulShiftAll64+0xca>
80402bf8:	4781                	li	a5,0
80402bfa:	963e                	add	a2,a2,a5
80402bfc:	00f637b3          	sltu	a5,a2,a5
80402c00:	8752                	mv	a4,s4
80402c02:	96be                	add	a3,a3,a5
80402c04:	00001097          	auipc	ra,0x1
80402c08:	9a2080e7          	jalr	-1630(ra) # 804035a6 <__shiftright128>
80402c0c:	00aba023          	sw	a0,0(s7)
80402c10:	00bba223          	sw	a1,4(s7)
80402c14:	4785                	li	a5,1
80402c16:	48a2                	lw	a7,8(sp)
80402c18:	4832                	lw	a6,12(sp)
80402c1a:	40cc                	lw	a1,4(s1)
80402c1c:	4488                	lw	a0,8(s1)
80402c1e:	44d8                	lw	a4,12(s1)
80402c20:	06fb1d63          	bne	s6,a5,80402c9a <mulShiftAll64+0x16a>
80402c24:	40a906b3          	sub	a3,s2,a0
80402c28:	00d93633          	sltu	a2,s2,a3
80402c2c:	40e407b3          	sub	a5,s0,a4
80402c30:	8f91                	sub	a5,a5,a2
80402c32:	4505                	li	a0,1
80402c34:	00bc6863          	bltu	s8,a1,80402c44 <mulShiftAll64+0x114>
80402c38:	01859563          	bne	a1,s8,80402c42 <mulShiftAll64+0x112>
80402c3c:	4098                	lw	a4,0(s1)
80402c3e:	00ece363          	bltu	s9,a4,80402c44 <mulShiftAll64+0x114>
80402c42:	4501                	li	a0,0
80402c44:	40a68533          	sub	a0,a3,a0
80402c48:	00a6b6b3          	sltu	a3,a3,a0
80402c4c:	40d785b3          	sub	a1,a5,a3
80402c50:	4605                	li	a2,1
80402c52:	00b46763          	bltu	s0,a1,80402c60 <mulShiftAll64+0x130>
80402c56:	00859463          	bne	a1,s0,80402c5e <mulShiftAll64+0x12e>
80402c5a:	00a96363          	bltu	s2,a0,80402c60 <mulShiftAll64+0x130>
80402c5e:	4601                	li	a2,0
80402c60:	40c88633          	sub	a2,a7,a2
80402c64:	00c8b6b3          	sltu	a3,a7,a2
80402c68:	8752                	mv	a4,s4
80402c6a:	40d806b3          	sub	a3,a6,a3
80402c6e:	00001097          	auipc	ra,0x1
80402c72:	938080e7          	jalr	-1736(ra) # 804035a6 <__shiftright128>
80402c76:	4622                	lw	a2,8(sp)
80402c78:	46b2                	lw	a3,12(sp)
80402c7a:	00a9a023          	sw	a0,0(s3)
80402c7e:	00b9a223          	sw	a1,4(s3)
80402c82:	8752                	mv	a4,s4
80402c84:	854a                	mv	a0,s2
80402c86:	85a2                	mv	a1,s0
80402c88:	00001097          	auipc	ra,0x1
80402c8c:	91e080e7          	jalr	-1762(ra) # 804035a6 <__shiftright128>
80402c90:	0141                	add	sp,sp,16
80402c92:	fffff317          	auipc	t1,0xfffff
80402c96:	01230067          	jr	18(t1) # 80401ca4 <__riscv_restore_10>
80402c9a:	01fcd793          	srl	a5,s9,0x1f
80402c9e:	001c1613          	sll	a2,s8,0x1
80402ca2:	8e5d                	or	a2,a2,a5
80402ca4:	01f95693          	srl	a3,s2,0x1f
80402ca8:	00141793          	sll	a5,s0,0x1
80402cac:	001c9e93          	sll	t4,s9,0x1
80402cb0:	8fd5                	or	a5,a5,a3
80402cb2:	00191313          	sll	t1,s2,0x1
80402cb6:	4e05                	li	t3,1
80402cb8:	01866763          	bltu	a2,s8,80402cc6 <mulShiftAll64+0x196>
80402cbc:	00cc1463          	bne	s8,a2,80402cc4 <mulShiftAll64+0x194>
80402cc0:	019ee363          	bltu	t4,s9,80402cc6 <mulShiftAll64+0x196>
80402cc4:	4e01                	li	t3,0
80402cc6:	9e1a                	add	t3,t3,t1
80402cc8:	006e3333          	sltu	t1,t3,t1
80402ccc:	933e                	add	t1,t1,a5
80402cce:	4785                	li	a5,1
80402cd0:	00b66863          	bltu	a2,a1,80402ce0 <mulShiftAll64+0x1b0>
80402cd4:	00c59563          	bne	a1,a2,80402cde <mulShiftAll64+0x1ae>
80402cd8:	4094                	lw	a3,0(s1)
80402cda:	00dee363          	bltu	t4,a3,80402ce0 <mulShiftAll64+0x1b0>
80402cde:	4781                	li	a5,0
80402ce0:	40fe07b3          	sub	a5,t3,a5
80402ce4:	00fe35b3          	sltu	a1,t3,a5
80402ce8:	40b305b3          	sub	a1,t1,a1
80402cec:	40a78533          	sub	a0,a5,a0
80402cf0:	00a7b7b3          	sltu	a5,a5,a0
80402cf4:	8d99                	sub	a1,a1,a4
80402cf6:	01f8d693          	srl	a3,a7,0x1f
80402cfa:	8d9d                	sub	a1,a1,a5
80402cfc:	00181793          	sll	a5,a6,0x1
80402d00:	8fd5                	or	a5,a5,a3
80402d02:	fc0a8713          	add	a4,s5,-64
80402d06:	0886                	sll	a7,a7,0x1
80402d08:	4685                	li	a3,1
80402d0a:	00836763          	bltu	t1,s0,80402d18 <mulShiftAll64+0x1e8>
80402d0e:	00641463          	bne	s0,t1,80402d16 <mulShiftAll64+0x1e6>
80402d12:	012e6363          	bltu	t3,s2,80402d18 <mulShiftAll64+0x1e8>
80402d16:	4681                	li	a3,0
80402d18:	96c6                	add	a3,a3,a7
80402d1a:	0116b8b3          	sltu	a7,a3,a7
80402d1e:	98be                	add	a7,a7,a5
80402d20:	4605                	li	a2,1
80402d22:	00b36763          	bltu	t1,a1,80402d30 <mulShiftAll64+0x200>
80402d26:	00659463          	bne	a1,t1,80402d2e <mulShiftAll64+0x1fe>
80402d2a:	00ae6363          	bltu	t3,a0,80402d30 <mulShiftAll64+0x200>
80402d2e:	4601                	li	a2,0
80402d30:	40c68633          	sub	a2,a3,a2
80402d34:	00c6b6b3          	sltu	a3,a3,a2
80402d38:	40d886b3          	sub	a3,a7,a3
80402d3c:	bf0d                	j	80402c6e <mulShiftAll64+0x13e>

80402d3e <div10>:
80402d3e:	fffff317          	auipc	t1,0xfffff
80402d42:	f56302e7          	jalr	t0,-170(t1) # 80401c94 <__riscv_save_0>
80402d46:	804057b7          	lui	a5,0x80405
80402d4a:	9c07a603          	lw	a2,-1600(a5) # 804049c0 <stdout+0x4>
80402d4e:	9c47a683          	lw	a3,-1596(a5)
80402d52:	1141                	add	sp,sp,-16
80402d54:	0038                	add	a4,sp,8
80402d56:	00001097          	auipc	ra,0x1
80402d5a:	804080e7          	jalr	-2044(ra) # 8040355a <__umul128>
80402d5e:	45b2                	lw	a1,12(sp)
80402d60:	47a2                	lw	a5,8(sp)
80402d62:	01d59513          	sll	a0,a1,0x1d
80402d66:	838d                	srl	a5,a5,0x3
80402d68:	8d5d                	or	a0,a0,a5
80402d6a:	818d                	srl	a1,a1,0x3
80402d6c:	0141                	add	sp,sp,16
80402d6e:	fffff317          	auipc	t1,0xfffff
80402d72:	f4a30067          	jr	-182(t1) # 80401cb8 <__riscv_restore_0>

80402d76 <__dtoa_engine>:
80402d76:	fffff317          	auipc	t1,0xfffff
80402d7a:	eee302e7          	jalr	t0,-274(t1) # 80401c64 <__riscv_save_12>
80402d7e:	715d                	add	sp,sp,-80
80402d80:	8bb6                	mv	s7,a3
80402d82:	001006b7          	lui	a3,0x100
80402d86:	c43a                	sw	a4,8(sp)
80402d88:	c63e                	sw	a5,12(sp)
80402d8a:	01f5d713          	srl	a4,a1,0x1f
80402d8e:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80402d92:	0145d793          	srl	a5,a1,0x14
80402d96:	00bdfdb3          	and	s11,s11,a1
80402d9a:	c03a                	sw	a4,0(sp)
80402d9c:	7ff7f413          	and	s0,a5,2047
80402da0:	84aa                	mv	s1,a0
80402da2:	8ab2                	mv	s5,a2
80402da4:	00ade733          	or	a4,s11,a0
80402da8:	e415                	bnez	s0,80402dd4 <__dtoa_engine+0x5e>
80402daa:	e721                	bnez	a4,80402df2 <__dtoa_engine+0x7c>
80402dac:	03000793          	li	a5,48
80402db0:	00f602a3          	sb	a5,5(a2)
80402db4:	4782                	lw	a5,0(sp)
80402db6:	00060323          	sb	zero,6(a2)
80402dba:	00062023          	sw	zero,0(a2)
80402dbe:	0027e993          	or	s3,a5,2
80402dc2:	01360223          	sb	s3,4(a2)
80402dc6:	4405                	li	s0,1
80402dc8:	8522                	mv	a0,s0
80402dca:	6161                	add	sp,sp,80
80402dcc:	fffff317          	auipc	t1,0xfffff
80402dd0:	ed430067          	jr	-300(t1) # 80401ca0 <__riscv_restore_12>
80402dd4:	7ff00613          	li	a2,2047
80402dd8:	0ac41d63          	bne	s0,a2,80402e92 <__dtoa_engine+0x11c>
80402ddc:	4782                	lw	a5,0(sp)
80402dde:	0047e793          	or	a5,a5,4
80402de2:	c701                	beqz	a4,80402dea <__dtoa_engine+0x74>
80402de4:	4782                	lw	a5,0(sp)
80402de6:	0087e793          	or	a5,a5,8
80402dea:	00fa8223          	sb	a5,4(s5)
80402dee:	4401                	li	s0,0
80402df0:	bfe1                	j	80402dc8 <__dtoa_engine+0x52>
80402df2:	00157793          	and	a5,a0,1
80402df6:	c23e                	sw	a5,4(sp)
80402df8:	002d9993          	sll	s3,s11,0x2
80402dfc:	01e55793          	srl	a5,a0,0x1e
80402e00:	0137e9b3          	or	s3,a5,s3
80402e04:	00251c13          	sll	s8,a0,0x2
80402e08:	892a                	mv	s2,a0
80402e0a:	bcc00413          	li	s0,-1076
80402e0e:	4805                	li	a6,1
80402e10:	4d05                	li	s10,1
80402e12:	408004b3          	neg	s1,s0
80402e16:	8526                	mv	a0,s1
80402e18:	ca42                	sw	a6,20(sp)
80402e1a:	00000097          	auipc	ra,0x0
80402e1e:	71e080e7          	jalr	1822(ra) # 80403538 <__log10Pow5>
80402e22:	fff42793          	slti	a5,s0,-1
80402e26:	40f50b33          	sub	s6,a0,a5
80402e2a:	416484b3          	sub	s1,s1,s6
80402e2e:	8526                	mv	a0,s1
80402e30:	00000097          	auipc	ra,0x0
80402e34:	718080e7          	jalr	1816(ra) # 80403548 <__pow5bits>
80402e38:	f8350693          	add	a3,a0,-125
80402e3c:	40db06b3          	sub	a3,s6,a3
80402e40:	8526                	mv	a0,s1
80402e42:	008c                	add	a1,sp,64
80402e44:	c836                	sw	a3,16(sp)
80402e46:	00000097          	auipc	ra,0x0
80402e4a:	492080e7          	jalr	1170(ra) # 804032d8 <__double_computePow5>
80402e4e:	4852                	lw	a6,20(sp)
80402e50:	46c2                	lw	a3,16(sp)
80402e52:	181c                	add	a5,sp,48
80402e54:	1038                	add	a4,sp,40
80402e56:	0090                	add	a2,sp,64
80402e58:	854a                	mv	a0,s2
80402e5a:	85ee                	mv	a1,s11
80402e5c:	00000097          	auipc	ra,0x0
80402e60:	cd4080e7          	jalr	-812(ra) # 80402b30 <mulShiftAll64>
80402e64:	4785                	li	a5,1
80402e66:	008b0a33          	add	s4,s6,s0
80402e6a:	84ae                	mv	s1,a1
80402e6c:	842a                	mv	s0,a0
80402e6e:	1567ee63          	bltu	a5,s6,80402fca <__dtoa_engine+0x254>
80402e72:	4792                	lw	a5,4(sp)
80402e74:	4985                	li	s3,1
80402e76:	10078e63          	beqz	a5,80402f92 <__dtoa_engine+0x21c>
80402e7a:	57a2                	lw	a5,40(sp)
80402e7c:	5732                	lw	a4,44(sp)
80402e7e:	4985                	li	s3,1
80402e80:	fff78693          	add	a3,a5,-1
80402e84:	0017b793          	seqz	a5,a5
80402e88:	40f707b3          	sub	a5,a4,a5
80402e8c:	d436                	sw	a3,40(sp)
80402e8e:	d63e                	sw	a5,44(sp)
80402e90:	a8c9                	j	80402f62 <__dtoa_engine+0x1ec>
80402e92:	01b6edb3          	or	s11,a3,s11
80402e96:	00157693          	and	a3,a0,1
80402e9a:	c236                	sw	a3,4(sp)
80402e9c:	002d9993          	sll	s3,s11,0x2
80402ea0:	01e55693          	srl	a3,a0,0x1e
80402ea4:	bcb40413          	add	s0,s0,-1077
80402ea8:	892a                	mv	s2,a0
80402eaa:	0136e9b3          	or	s3,a3,s3
80402eae:	00251c13          	sll	s8,a0,0x2
80402eb2:	4d05                	li	s10,1
80402eb4:	e709                	bnez	a4,80402ebe <__dtoa_engine+0x148>
80402eb6:	7fe7f793          	and	a5,a5,2046
80402eba:	0017bd13          	seqz	s10,a5
80402ebe:	886a                	mv	a6,s10
80402ec0:	f40449e3          	bltz	s0,80402e12 <__dtoa_engine+0x9c>
80402ec4:	8522                	mv	a0,s0
80402ec6:	00000097          	auipc	ra,0x0
80402eca:	664080e7          	jalr	1636(ra) # 8040352a <__log10Pow2>
80402ece:	00442793          	slti	a5,s0,4
80402ed2:	0017c793          	xor	a5,a5,1
80402ed6:	40f50a33          	sub	s4,a0,a5
80402eda:	8552                	mv	a0,s4
80402edc:	00000097          	auipc	ra,0x0
80402ee0:	66c080e7          	jalr	1644(ra) # 80403548 <__pow5bits>
80402ee4:	07c50693          	add	a3,a0,124
80402ee8:	408a0433          	sub	s0,s4,s0
80402eec:	96a2                	add	a3,a3,s0
80402eee:	008c                	add	a1,sp,64
80402ef0:	8552                	mv	a0,s4
80402ef2:	c836                	sw	a3,16(sp)
80402ef4:	00000097          	auipc	ra,0x0
80402ef8:	50c080e7          	jalr	1292(ra) # 80403400 <__double_computeInvPow5>
80402efc:	46c2                	lw	a3,16(sp)
80402efe:	181c                	add	a5,sp,48
80402f00:	8526                	mv	a0,s1
80402f02:	886a                	mv	a6,s10
80402f04:	1038                	add	a4,sp,40
80402f06:	0090                	add	a2,sp,64
80402f08:	85ee                	mv	a1,s11
80402f0a:	00000097          	auipc	ra,0x0
80402f0e:	c26080e7          	jalr	-986(ra) # 80402b30 <mulShiftAll64>
80402f12:	47d5                	li	a5,21
80402f14:	842a                	mv	s0,a0
80402f16:	84ae                	mv	s1,a1
80402f18:	0b47e763          	bltu	a5,s4,80402fc6 <__dtoa_engine+0x250>
80402f1c:	804057b7          	lui	a5,0x80405
80402f20:	9c47a683          	lw	a3,-1596(a5) # 804049c4 <stdout+0x8>
80402f24:	9c07a603          	lw	a2,-1600(a5)
80402f28:	1838                	add	a4,sp,56
80402f2a:	8562                	mv	a0,s8
80402f2c:	85ce                	mv	a1,s3
80402f2e:	00000097          	auipc	ra,0x0
80402f32:	62c080e7          	jalr	1580(ra) # 8040355a <__umul128>
80402f36:	57e2                	lw	a5,56(sp)
80402f38:	56f2                	lw	a3,60(sp)
80402f3a:	5da2                	lw	s11,40(sp)
80402f3c:	8389                	srl	a5,a5,0x2
80402f3e:	06fa                	sll	a3,a3,0x1e
80402f40:	8fd5                	or	a5,a5,a3
80402f42:	4695                	li	a3,5
80402f44:	02f687b3          	mul	a5,a3,a5
80402f48:	5932                	lw	s2,44(sp)
80402f4a:	01879e63          	bne	a5,s8,80402f66 <__dtoa_engine+0x1f0>
80402f4e:	85ce                	mv	a1,s3
80402f50:	8562                	mv	a0,s8
80402f52:	00000097          	auipc	ra,0x0
80402f56:	348080e7          	jalr	840(ra) # 8040329a <__pow5Factor>
80402f5a:	01453733          	sltu	a4,a0,s4
80402f5e:	00174993          	xor	s3,a4,1
80402f62:	4d01                	li	s10,0
80402f64:	a03d                	j	80402f92 <__dtoa_engine+0x21c>
80402f66:	4792                	lw	a5,4(sp)
80402f68:	eb95                	bnez	a5,80402f9c <__dtoa_engine+0x226>
80402f6a:	fffc0793          	add	a5,s8,-1
80402f6e:	41a78533          	sub	a0,a5,s10
80402f72:	001c3593          	seqz	a1,s8
80402f76:	00a7b7b3          	sltu	a5,a5,a0
80402f7a:	40b985b3          	sub	a1,s3,a1
80402f7e:	8d9d                	sub	a1,a1,a5
80402f80:	00000097          	auipc	ra,0x0
80402f84:	31a080e7          	jalr	794(ra) # 8040329a <__pow5Factor>
80402f88:	01453933          	sltu	s2,a0,s4
80402f8c:	00194d13          	xor	s10,s2,1
80402f90:	4981                	li	s3,0
80402f92:	47a2                	lw	a5,8(sp)
80402f94:	10079e63          	bnez	a5,804030b0 <__dtoa_engine+0x33a>
80402f98:	8b5e                	mv	s6,s7
80402f9a:	a079                	j	80403028 <__dtoa_engine+0x2b2>
80402f9c:	002c0513          	add	a0,s8,2
80402fa0:	018535b3          	sltu	a1,a0,s8
80402fa4:	95ce                	add	a1,a1,s3
80402fa6:	00000097          	auipc	ra,0x0
80402faa:	2f4080e7          	jalr	756(ra) # 8040329a <__pow5Factor>
80402fae:	01453533          	sltu	a0,a0,s4
80402fb2:	00154513          	xor	a0,a0,1
80402fb6:	40ad8533          	sub	a0,s11,a0
80402fba:	00adbdb3          	sltu	s11,s11,a0
80402fbe:	41b90733          	sub	a4,s2,s11
80402fc2:	d42a                	sw	a0,40(sp)
80402fc4:	d63a                	sw	a4,44(sp)
80402fc6:	4981                	li	s3,0
80402fc8:	bf69                	j	80402f62 <__dtoa_engine+0x1ec>
80402fca:	03e00793          	li	a5,62
80402fce:	ff67ece3          	bltu	a5,s6,80402fc6 <__dtoa_engine+0x250>
80402fd2:	865a                	mv	a2,s6
80402fd4:	557d                	li	a0,-1
80402fd6:	55fd                	li	a1,-1
80402fd8:	ffffe097          	auipc	ra,0xffffe
80402fdc:	578080e7          	jalr	1400(ra) # 80401550 <__ashldi3>
80402fe0:	fff54513          	not	a0,a0
80402fe4:	fff5c593          	not	a1,a1
80402fe8:	0135f5b3          	and	a1,a1,s3
80402fec:	01857533          	and	a0,a0,s8
80402ff0:	00b56733          	or	a4,a0,a1
80402ff4:	00173993          	seqz	s3,a4
80402ff8:	b7ad                	j	80402f62 <__dtoa_engine+0x1ec>
80402ffa:	02d50833          	mul	a6,a0,a3
80402ffe:	0785                	add	a5,a5,1
80403000:	02b536b3          	mulhu	a3,a0,a1
80403004:	02b505b3          	mul	a1,a0,a1
80403008:	96c2                	add	a3,a3,a6
8040300a:	00d4e663          	bltu	s1,a3,80403016 <__dtoa_engine+0x2a0>
8040300e:	fe9696e3          	bne	a3,s1,80402ffa <__dtoa_engine+0x284>
80403012:	feb474e3          	bgeu	s0,a1,80402ffa <__dtoa_engine+0x284>
80403016:	4732                	lw	a4,12(sp)
80403018:	97d2                	add	a5,a5,s4
8040301a:	97ba                	add	a5,a5,a4
8040301c:	00f04363          	bgtz	a5,80403022 <__dtoa_engine+0x2ac>
80403020:	4785                	li	a5,1
80403022:	8b3e                	mv	s6,a5
80403024:	f6fbcae3          	blt	s7,a5,80402f98 <__dtoa_engine+0x222>
80403028:	4c81                	li	s9,0
8040302a:	4901                	li	s2,0
8040302c:	4c01                	li	s8,0
8040302e:	5522                	lw	a0,40(sp)
80403030:	55b2                	lw	a1,44(sp)
80403032:	00000097          	auipc	ra,0x0
80403036:	d0c080e7          	jalr	-756(ra) # 80402d3e <div10>
8040303a:	57c2                	lw	a5,48(sp)
8040303c:	8dae                	mv	s11,a1
8040303e:	55d2                	lw	a1,52(sp)
80403040:	c82a                	sw	a0,16(sp)
80403042:	853e                	mv	a0,a5
80403044:	ca3e                	sw	a5,20(sp)
80403046:	00000097          	auipc	ra,0x0
8040304a:	cf8080e7          	jalr	-776(ra) # 80402d3e <div10>
8040304e:	832a                	mv	t1,a0
80403050:	88ae                	mv	a7,a1
80403052:	4ea9                	li	t4,10
80403054:	01b5e763          	bltu	a1,s11,80403062 <__dtoa_engine+0x2ec>
80403058:	08bd9863          	bne	s11,a1,804030e8 <__dtoa_engine+0x372>
8040305c:	47c2                	lw	a5,16(sp)
8040305e:	08f57563          	bgeu	a0,a5,804030e8 <__dtoa_engine+0x372>
80403062:	8522                	mv	a0,s0
80403064:	85a6                	mv	a1,s1
80403066:	ce46                	sw	a7,28(sp)
80403068:	cc1a                	sw	t1,24(sp)
8040306a:	00000097          	auipc	ra,0x0
8040306e:	cd4080e7          	jalr	-812(ra) # 80402d3e <div10>
80403072:	4362                	lw	t1,24(sp)
80403074:	4ea9                	li	t4,10
80403076:	001cb693          	seqz	a3,s9
8040307a:	026e8833          	mul	a6,t4,t1
8040307e:	00d9f9b3          	and	s3,s3,a3
80403082:	47d2                	lw	a5,20(sp)
80403084:	48f2                	lw	a7,28(sp)
80403086:	d66e                	sw	s11,44(sp)
80403088:	d81a                	sw	t1,48(sp)
8040308a:	da46                	sw	a7,52(sp)
8040308c:	0905                	add	s2,s2,1
8040308e:	84ae                	mv	s1,a1
80403090:	02ae86b3          	mul	a3,t4,a0
80403094:	40f80833          	sub	a6,a6,a5
80403098:	47c2                	lw	a5,16(sp)
8040309a:	00183813          	seqz	a6,a6
8040309e:	010d7d33          	and	s10,s10,a6
804030a2:	d43e                	sw	a5,40(sp)
804030a4:	40d406b3          	sub	a3,s0,a3
804030a8:	0ff6fc93          	zext.b	s9,a3
804030ac:	842a                	mv	s0,a0
804030ae:	b741                	j	8040302e <__dtoa_engine+0x2b8>
804030b0:	45a9                	li	a1,10
804030b2:	4681                	li	a3,0
804030b4:	4785                	li	a5,1
804030b6:	4529                	li	a0,10
804030b8:	bf89                	j	8040300a <__dtoa_engine+0x294>
804030ba:	030e8f33          	mul	t5,t4,a6
804030be:	0505                	add	a0,a0,1
804030c0:	02beb833          	mulhu	a6,t4,a1
804030c4:	02be85b3          	mul	a1,t4,a1
804030c8:	987a                	add	a6,a6,t5
804030ca:	0104e663          	bltu	s1,a6,804030d6 <__dtoa_engine+0x360>
804030ce:	fe9816e3          	bne	a6,s1,804030ba <__dtoa_engine+0x344>
804030d2:	feb474e3          	bgeu	s0,a1,804030ba <__dtoa_engine+0x344>
804030d6:	00ab5d63          	bge	s6,a0,804030f0 <__dtoa_engine+0x37a>
804030da:	000b1563          	bnez	s6,804030e4 <__dtoa_engine+0x36e>
804030de:	009465b3          	or	a1,s0,s1
804030e2:	c599                	beqz	a1,804030f0 <__dtoa_engine+0x37a>
804030e4:	4c05                	li	s8,1
804030e6:	bfb5                	j	80403062 <__dtoa_engine+0x2ec>
804030e8:	45a9                	li	a1,10
804030ea:	4801                	li	a6,0
804030ec:	4505                	li	a0,1
804030ee:	bff1                	j	804030ca <__dtoa_engine+0x354>
804030f0:	060d0763          	beqz	s10,8040315e <__dtoa_engine+0x3e8>
804030f4:	4da9                	li	s11,10
804030f6:	5342                	lw	t1,48(sp)
804030f8:	55d2                	lw	a1,52(sp)
804030fa:	851a                	mv	a0,t1
804030fc:	c81a                	sw	t1,16(sp)
804030fe:	00000097          	auipc	ra,0x0
80403102:	c40080e7          	jalr	-960(ra) # 80402d3e <div10>
80403106:	ce2e                	sw	a1,28(sp)
80403108:	02ad85b3          	mul	a1,s11,a0
8040310c:	4342                	lw	t1,16(sp)
8040310e:	882a                	mv	a6,a0
80403110:	cc42                	sw	a6,24(sp)
80403112:	04659663          	bne	a1,t1,8040315e <__dtoa_engine+0x3e8>
80403116:	5522                	lw	a0,40(sp)
80403118:	55b2                	lw	a1,44(sp)
8040311a:	0905                	add	s2,s2,1
8040311c:	00000097          	auipc	ra,0x0
80403120:	c22080e7          	jalr	-990(ra) # 80402d3e <div10>
80403124:	ca2a                	sw	a0,20(sp)
80403126:	c82e                	sw	a1,16(sp)
80403128:	8522                	mv	a0,s0
8040312a:	85a6                	mv	a1,s1
8040312c:	00000097          	auipc	ra,0x0
80403130:	c12080e7          	jalr	-1006(ra) # 80402d3e <div10>
80403134:	001cb693          	seqz	a3,s9
80403138:	00d9f9b3          	and	s3,s3,a3
8040313c:	02ad86b3          	mul	a3,s11,a0
80403140:	4e52                	lw	t3,20(sp)
80403142:	4342                	lw	t1,16(sp)
80403144:	4862                	lw	a6,24(sp)
80403146:	48f2                	lw	a7,28(sp)
80403148:	d472                	sw	t3,40(sp)
8040314a:	d61a                	sw	t1,44(sp)
8040314c:	d842                	sw	a6,48(sp)
8040314e:	da46                	sw	a7,52(sp)
80403150:	84ae                	mv	s1,a1
80403152:	40d406b3          	sub	a3,s0,a3
80403156:	0ff6fc93          	zext.b	s9,a3
8040315a:	842a                	mv	s0,a0
8040315c:	bf69                	j	804030f6 <__dtoa_engine+0x380>
8040315e:	9952                	add	s2,s2,s4
80403160:	0c098863          	beqz	s3,80403230 <__dtoa_engine+0x4ba>
80403164:	4715                	li	a4,5
80403166:	0cec9563          	bne	s9,a4,80403230 <__dtoa_engine+0x4ba>
8040316a:	00147713          	and	a4,s0,1
8040316e:	e755                	bnez	a4,8040321a <__dtoa_engine+0x4a4>
80403170:	000c1963          	bnez	s8,80403182 <__dtoa_engine+0x40c>
80403174:	5742                	lw	a4,48(sp)
80403176:	00871563          	bne	a4,s0,80403180 <__dtoa_engine+0x40a>
8040317a:	5752                	lw	a4,52(sp)
8040317c:	0c970c63          	beq	a4,s1,80403254 <__dtoa_engine+0x4de>
80403180:	4701                	li	a4,0
80403182:	943a                	add	s0,s0,a4
80403184:	00e435b3          	sltu	a1,s0,a4
80403188:	95a6                	add	a1,a1,s1
8040318a:	8a2e                	mv	s4,a1
8040318c:	84a2                	mv	s1,s0
8040318e:	4629                	li	a2,10
80403190:	4681                	li	a3,0
80403192:	4c05                	li	s8,1
80403194:	4529                	li	a0,10
80403196:	00d5e663          	bltu	a1,a3,804031a2 <__dtoa_engine+0x42c>
8040319a:	0ab69f63          	bne	a3,a1,80403258 <__dtoa_engine+0x4e2>
8040319e:	0ac47d63          	bgeu	s0,a2,80403258 <__dtoa_engine+0x4e2>
804031a2:	c329                	beqz	a4,804031e4 <__dtoa_engine+0x46e>
804031a4:	058b5063          	bge	s6,s8,804031e4 <__dtoa_engine+0x46e>
804031a8:	47a2                	lw	a5,8(sp)
804031aa:	cf91                	beqz	a5,804031c6 <__dtoa_engine+0x450>
804031ac:	4732                	lw	a4,12(sp)
804031ae:	012c07b3          	add	a5,s8,s2
804031b2:	00f70b33          	add	s6,a4,a5
804031b6:	000b5363          	bgez	s6,804031bc <__dtoa_engine+0x446>
804031ba:	4b01                	li	s6,0
804031bc:	016bd363          	bge	s7,s6,804031c2 <__dtoa_engine+0x44c>
804031c0:	8b5e                	mv	s6,s7
804031c2:	038b5163          	bge	s6,s8,804031e4 <__dtoa_engine+0x46e>
804031c6:	00540513          	add	a0,s0,5
804031ca:	00853433          	sltu	s0,a0,s0
804031ce:	4629                	li	a2,10
804031d0:	4681                	li	a3,0
804031d2:	95a2                	add	a1,a1,s0
804031d4:	ffffe097          	auipc	ra,0xffffe
804031d8:	40a080e7          	jalr	1034(ra) # 804015de <__udivdi3>
804031dc:	84aa                	mv	s1,a0
804031de:	8a2e                	mv	s4,a1
804031e0:	0905                	add	s2,s2,1
804031e2:	1c7d                	add	s8,s8,-1
804031e4:	87da                	mv	a5,s6
804031e6:	016c5363          	bge	s8,s6,804031ec <__dtoa_engine+0x476>
804031ea:	87e2                	mv	a5,s8
804031ec:	01079413          	sll	s0,a5,0x10
804031f0:	0942                	sll	s2,s2,0x10
804031f2:	8441                	sra	s0,s0,0x10
804031f4:	41095913          	sra	s2,s2,0x10
804031f8:	9922                	add	s2,s2,s0
804031fa:	008a8b33          	add	s6,s5,s0
804031fe:	197d                	add	s2,s2,-1
80403200:	4b81                	li	s7,0
80403202:	8c5a                	mv	s8,s6
80403204:	1b7d                	add	s6,s6,-1
80403206:	068bc263          	blt	s7,s0,8040326a <__dtoa_engine+0x4f4>
8040320a:	4782                	lw	a5,0(sp)
8040320c:	000c02a3          	sb	zero,5(s8)
80403210:	012aa023          	sw	s2,0(s5)
80403214:	00fa8223          	sb	a5,4(s5)
80403218:	be45                	j	80402dc8 <__dtoa_engine+0x52>
8040321a:	4705                	li	a4,1
8040321c:	f60c13e3          	bnez	s8,80403182 <__dtoa_engine+0x40c>
80403220:	5742                	lw	a4,48(sp)
80403222:	00871563          	bne	a4,s0,8040322c <__dtoa_engine+0x4b6>
80403226:	5752                	lw	a4,52(sp)
80403228:	00970c63          	beq	a4,s1,80403240 <__dtoa_engine+0x4ca>
8040322c:	4705                	li	a4,1
8040322e:	bf91                	j	80403182 <__dtoa_engine+0x40c>
80403230:	000c1d63          	bnez	s8,8040324a <__dtoa_engine+0x4d4>
80403234:	5742                	lw	a4,48(sp)
80403236:	00871a63          	bne	a4,s0,8040324a <__dtoa_engine+0x4d4>
8040323a:	5752                	lw	a4,52(sp)
8040323c:	00971763          	bne	a4,s1,8040324a <__dtoa_engine+0x4d4>
80403240:	4792                	lw	a5,4(sp)
80403242:	4705                	li	a4,1
80403244:	ff9d                	bnez	a5,80403182 <__dtoa_engine+0x40c>
80403246:	f20d0ee3          	beqz	s10,80403182 <__dtoa_engine+0x40c>
8040324a:	005cb693          	sltiu	a3,s9,5
8040324e:	0016c713          	xor	a4,a3,1
80403252:	bf05                	j	80403182 <__dtoa_engine+0x40c>
80403254:	4c91                	li	s9,4
80403256:	b7ed                	j	80403240 <__dtoa_engine+0x4ca>
80403258:	02d50833          	mul	a6,a0,a3
8040325c:	0c05                	add	s8,s8,1
8040325e:	02c536b3          	mulhu	a3,a0,a2
80403262:	02c50633          	mul	a2,a0,a2
80403266:	96c2                	add	a3,a3,a6
80403268:	b73d                	j	80403196 <__dtoa_engine+0x420>
8040326a:	4629                	li	a2,10
8040326c:	4681                	li	a3,0
8040326e:	8526                	mv	a0,s1
80403270:	85d2                	mv	a1,s4
80403272:	ffffe097          	auipc	ra,0xffffe
80403276:	6ca080e7          	jalr	1738(ra) # 8040193c <__umoddi3>
8040327a:	03050513          	add	a0,a0,48
8040327e:	00ab02a3          	sb	a0,5(s6)
80403282:	85d2                	mv	a1,s4
80403284:	8526                	mv	a0,s1
80403286:	4629                	li	a2,10
80403288:	4681                	li	a3,0
8040328a:	ffffe097          	auipc	ra,0xffffe
8040328e:	354080e7          	jalr	852(ra) # 804015de <__udivdi3>
80403292:	84aa                	mv	s1,a0
80403294:	8a2e                	mv	s4,a1
80403296:	0b85                	add	s7,s7,1
80403298:	b7b5                	j	80403204 <__dtoa_engine+0x48e>

8040329a <__pow5Factor>:
8040329a:	ccccd737          	lui	a4,0xccccd
8040329e:	333336b7          	lui	a3,0x33333
804032a2:	87aa                	mv	a5,a0
804032a4:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c60025d>
804032a8:	4501                	li	a0,0
804032aa:	ccc70713          	add	a4,a4,-820
804032ae:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
804032b2:	02c585b3          	mul	a1,a1,a2
804032b6:	02e78833          	mul	a6,a5,a4
804032ba:	982e                	add	a6,a6,a1
804032bc:	02c7b5b3          	mulhu	a1,a5,a2
804032c0:	95c2                	add	a1,a1,a6
804032c2:	02c787b3          	mul	a5,a5,a2
804032c6:	00b6e863          	bltu	a3,a1,804032d6 <__pow5Factor+0x3c>
804032ca:	00d59463          	bne	a1,a3,804032d2 <__pow5Factor+0x38>
804032ce:	00f5e463          	bltu	a1,a5,804032d6 <__pow5Factor+0x3c>
804032d2:	0505                	add	a0,a0,1
804032d4:	bff9                	j	804032b2 <__pow5Factor+0x18>
804032d6:	8082                	ret

804032d8 <__double_computePow5>:
804032d8:	fffff317          	auipc	t1,0xfffff
804032dc:	994302e7          	jalr	t0,-1644(t1) # 80401c6c <__riscv_save_10>
804032e0:	47e9                	li	a5,26
804032e2:	02f55b33          	divu	s6,a0,a5
804032e6:	804049b7          	lui	s3,0x80404
804032ea:	57098b93          	add	s7,s3,1392 # 80404570 <DOUBLE_POW5_SPLIT2>
804032ee:	1101                	add	sp,sp,-32
804032f0:	892e                	mv	s2,a1
804032f2:	02f577b3          	remu	a5,a0,a5
804032f6:	004b1713          	sll	a4,s6,0x4
804032fa:	9bba                	add	s7,s7,a4
804032fc:	e785                	bnez	a5,80403324 <__double_computePow5+0x4c>
804032fe:	000ba703          	lw	a4,0(s7)
80403302:	004ba783          	lw	a5,4(s7)
80403306:	c198                	sw	a4,0(a1)
80403308:	c1dc                	sw	a5,4(a1)
8040330a:	008ba503          	lw	a0,8(s7)
8040330e:	00cba583          	lw	a1,12(s7)
80403312:	00a92423          	sw	a0,8(s2)
80403316:	00b92623          	sw	a1,12(s2)
8040331a:	6105                	add	sp,sp,32
8040331c:	fffff317          	auipc	t1,0xfffff
80403320:	98830067          	jr	-1656(t1) # 80401ca4 <__riscv_restore_10>
80403324:	57098993          	add	s3,s3,1392
80403328:	078e                	sll	a5,a5,0x3
8040332a:	97ce                	add	a5,a5,s3
8040332c:	0d07aa03          	lw	s4,208(a5)
80403330:	0d47aa83          	lw	s5,212(a5)
80403334:	008ba603          	lw	a2,8(s7)
80403338:	00cba683          	lw	a3,12(s7)
8040333c:	0818                	add	a4,sp,16
8040333e:	85d6                	mv	a1,s5
80403340:	842a                	mv	s0,a0
80403342:	8552                	mv	a0,s4
80403344:	00000097          	auipc	ra,0x0
80403348:	216080e7          	jalr	534(ra) # 8040355a <__umul128>
8040334c:	000ba603          	lw	a2,0(s7)
80403350:	004ba683          	lw	a3,4(s7)
80403354:	84aa                	mv	s1,a0
80403356:	8c2e                	mv	s8,a1
80403358:	0838                	add	a4,sp,24
8040335a:	8552                	mv	a0,s4
8040335c:	85d6                	mv	a1,s5
8040335e:	00000097          	auipc	ra,0x0
80403362:	1fc080e7          	jalr	508(ra) # 8040355a <__umul128>
80403366:	47e2                	lw	a5,24(sp)
80403368:	4772                	lw	a4,28(sp)
8040336a:	8aaa                	mv	s5,a0
8040336c:	94be                	add	s1,s1,a5
8040336e:	00f4ba33          	sltu	s4,s1,a5
80403372:	9c3a                	add	s8,s8,a4
80403374:	9a62                	add	s4,s4,s8
80403376:	00ea6663          	bltu	s4,a4,80403382 <__double_computePow5+0xaa>
8040337a:	01471d63          	bne	a4,s4,80403394 <__double_computePow5+0xbc>
8040337e:	00f4fb63          	bgeu	s1,a5,80403394 <__double_computePow5+0xbc>
80403382:	47c2                	lw	a5,16(sp)
80403384:	46d2                	lw	a3,20(sp)
80403386:	00178713          	add	a4,a5,1
8040338a:	00f737b3          	sltu	a5,a4,a5
8040338e:	97b6                	add	a5,a5,a3
80403390:	c83a                	sw	a4,16(sp)
80403392:	ca3e                	sw	a5,20(sp)
80403394:	8522                	mv	a0,s0
80403396:	c62e                	sw	a1,12(sp)
80403398:	00000097          	auipc	ra,0x0
8040339c:	1b0080e7          	jalr	432(ra) # 80403548 <__pow5bits>
804033a0:	8baa                	mv	s7,a0
804033a2:	4569                	li	a0,26
804033a4:	02ab0533          	mul	a0,s6,a0
804033a8:	00000097          	auipc	ra,0x0
804033ac:	1a0080e7          	jalr	416(ra) # 80403548 <__pow5bits>
804033b0:	45b2                	lw	a1,12(sp)
804033b2:	40ab8733          	sub	a4,s7,a0
804033b6:	8626                	mv	a2,s1
804033b8:	86d2                	mv	a3,s4
804033ba:	8556                	mv	a0,s5
804033bc:	c43a                	sw	a4,8(sp)
804033be:	00000097          	auipc	ra,0x0
804033c2:	1e8080e7          	jalr	488(ra) # 804035a6 <__shiftright128>
804033c6:	00445793          	srl	a5,s0,0x4
804033ca:	078a                	sll	a5,a5,0x2
804033cc:	99be                	add	s3,s3,a5
804033ce:	1a09a783          	lw	a5,416(s3)
804033d2:	0406                	sll	s0,s0,0x1
804033d4:	8879                	and	s0,s0,30
804033d6:	0087d7b3          	srl	a5,a5,s0
804033da:	8b8d                	and	a5,a5,3
804033dc:	953e                	add	a0,a0,a5
804033de:	00f537b3          	sltu	a5,a0,a5
804033e2:	4722                	lw	a4,8(sp)
804033e4:	4642                	lw	a2,16(sp)
804033e6:	46d2                	lw	a3,20(sp)
804033e8:	97ae                	add	a5,a5,a1
804033ea:	00a92023          	sw	a0,0(s2)
804033ee:	00f92223          	sw	a5,4(s2)
804033f2:	8526                	mv	a0,s1
804033f4:	85d2                	mv	a1,s4
804033f6:	00000097          	auipc	ra,0x0
804033fa:	1b0080e7          	jalr	432(ra) # 804035a6 <__shiftright128>
804033fe:	bf11                	j	80403312 <__double_computePow5+0x3a>

80403400 <__double_computeInvPow5>:
80403400:	fffff317          	auipc	t1,0xfffff
80403404:	86c302e7          	jalr	t0,-1940(t1) # 80401c6c <__riscv_save_10>
80403408:	4b69                	li	s6,26
8040340a:	01950793          	add	a5,a0,25
8040340e:	0367d7b3          	divu	a5,a5,s6
80403412:	80404ab7          	lui	s5,0x80404
80403416:	570a8493          	add	s1,s5,1392 # 80404570 <DOUBLE_POW5_SPLIT2>
8040341a:	1f848493          	add	s1,s1,504
8040341e:	1101                	add	sp,sp,-32
80403420:	8a2e                	mv	s4,a1
80403422:	03678b33          	mul	s6,a5,s6
80403426:	0792                	sll	a5,a5,0x4
80403428:	94be                	add	s1,s1,a5
8040342a:	40ab0733          	sub	a4,s6,a0
8040342e:	02ab1163          	bne	s6,a0,80403450 <__double_computeInvPow5+0x50>
80403432:	4098                	lw	a4,0(s1)
80403434:	40dc                	lw	a5,4(s1)
80403436:	c198                	sw	a4,0(a1)
80403438:	c1dc                	sw	a5,4(a1)
8040343a:	4488                	lw	a0,8(s1)
8040343c:	44cc                	lw	a1,12(s1)
8040343e:	00aa2423          	sw	a0,8(s4)
80403442:	00ba2623          	sw	a1,12(s4)
80403446:	6105                	add	sp,sp,32
80403448:	fffff317          	auipc	t1,0xfffff
8040344c:	85c30067          	jr	-1956(t1) # 80401ca4 <__riscv_restore_10>
80403450:	570a8a93          	add	s5,s5,1392
80403454:	070e                	sll	a4,a4,0x3
80403456:	9756                	add	a4,a4,s5
80403458:	0d072903          	lw	s2,208(a4)
8040345c:	0d472983          	lw	s3,212(a4)
80403460:	4490                	lw	a2,8(s1)
80403462:	44d4                	lw	a3,12(s1)
80403464:	0818                	add	a4,sp,16
80403466:	85ce                	mv	a1,s3
80403468:	842a                	mv	s0,a0
8040346a:	854a                	mv	a0,s2
8040346c:	00000097          	auipc	ra,0x0
80403470:	0ee080e7          	jalr	238(ra) # 8040355a <__umul128>
80403474:	4090                	lw	a2,0(s1)
80403476:	40d4                	lw	a3,4(s1)
80403478:	8c2a                	mv	s8,a0
8040347a:	00163793          	seqz	a5,a2
8040347e:	8bae                	mv	s7,a1
80403480:	0838                	add	a4,sp,24
80403482:	8e9d                	sub	a3,a3,a5
80403484:	854a                	mv	a0,s2
80403486:	85ce                	mv	a1,s3
80403488:	167d                	add	a2,a2,-1
8040348a:	00000097          	auipc	ra,0x0
8040348e:	0d0080e7          	jalr	208(ra) # 8040355a <__umul128>
80403492:	47e2                	lw	a5,24(sp)
80403494:	4772                	lw	a4,28(sp)
80403496:	89aa                	mv	s3,a0
80403498:	9c3e                	add	s8,s8,a5
8040349a:	00fc3933          	sltu	s2,s8,a5
8040349e:	9bba                	add	s7,s7,a4
804034a0:	995e                	add	s2,s2,s7
804034a2:	00e96663          	bltu	s2,a4,804034ae <__double_computeInvPow5+0xae>
804034a6:	01271d63          	bne	a4,s2,804034c0 <__double_computeInvPow5+0xc0>
804034aa:	00fc7b63          	bgeu	s8,a5,804034c0 <__double_computeInvPow5+0xc0>
804034ae:	47c2                	lw	a5,16(sp)
804034b0:	46d2                	lw	a3,20(sp)
804034b2:	00178713          	add	a4,a5,1
804034b6:	00f737b3          	sltu	a5,a4,a5
804034ba:	97b6                	add	a5,a5,a3
804034bc:	c83a                	sw	a4,16(sp)
804034be:	ca3e                	sw	a5,20(sp)
804034c0:	855a                	mv	a0,s6
804034c2:	c62e                	sw	a1,12(sp)
804034c4:	00000097          	auipc	ra,0x0
804034c8:	084080e7          	jalr	132(ra) # 80403548 <__pow5bits>
804034cc:	8b2a                	mv	s6,a0
804034ce:	8522                	mv	a0,s0
804034d0:	00000097          	auipc	ra,0x0
804034d4:	078080e7          	jalr	120(ra) # 80403548 <__pow5bits>
804034d8:	45b2                	lw	a1,12(sp)
804034da:	40ab0733          	sub	a4,s6,a0
804034de:	8662                	mv	a2,s8
804034e0:	86ca                	mv	a3,s2
804034e2:	854e                	mv	a0,s3
804034e4:	c43a                	sw	a4,8(sp)
804034e6:	00000097          	auipc	ra,0x0
804034ea:	0c0080e7          	jalr	192(ra) # 804035a6 <__shiftright128>
804034ee:	00445793          	srl	a5,s0,0x4
804034f2:	078a                	sll	a5,a5,0x2
804034f4:	9abe                	add	s5,s5,a5
804034f6:	2e8aa783          	lw	a5,744(s5)
804034fa:	0406                	sll	s0,s0,0x1
804034fc:	8879                	and	s0,s0,30
804034fe:	0087d7b3          	srl	a5,a5,s0
80403502:	8b8d                	and	a5,a5,3
80403504:	0785                	add	a5,a5,1
80403506:	953e                	add	a0,a0,a5
80403508:	00f537b3          	sltu	a5,a0,a5
8040350c:	4722                	lw	a4,8(sp)
8040350e:	4642                	lw	a2,16(sp)
80403510:	46d2                	lw	a3,20(sp)
80403512:	97ae                	add	a5,a5,a1
80403514:	00aa2023          	sw	a0,0(s4)
80403518:	00fa2223          	sw	a5,4(s4)
8040351c:	8562                	mv	a0,s8
8040351e:	85ca                	mv	a1,s2
80403520:	00000097          	auipc	ra,0x0
80403524:	086080e7          	jalr	134(ra) # 804035a6 <__shiftright128>
80403528:	bf19                	j	8040343e <__double_computeInvPow5+0x3e>

8040352a <__log10Pow2>:
8040352a:	67cd                	lui	a5,0x13
8040352c:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80403530:	02f50533          	mul	a0,a0,a5
80403534:	8149                	srl	a0,a0,0x12
80403536:	8082                	ret

80403538 <__log10Pow5>:
80403538:	000b37b7          	lui	a5,0xb3
8040353c:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80403540:	02f50533          	mul	a0,a0,a5
80403544:	8151                	srl	a0,a0,0x14
80403546:	8082                	ret

80403548 <__pow5bits>:
80403548:	001297b7          	lui	a5,0x129
8040354c:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80403550:	02f50533          	mul	a0,a0,a5
80403554:	814d                	srl	a0,a0,0x13
80403556:	0505                	add	a0,a0,1
80403558:	8082                	ret

8040355a <__umul128>:
8040355a:	02c537b3          	mulhu	a5,a0,a2
8040355e:	832e                	mv	t1,a1
80403560:	02c585b3          	mul	a1,a1,a2
80403564:	02c33833          	mulhu	a6,t1,a2
80403568:	95be                	add	a1,a1,a5
8040356a:	00f5b7b3          	sltu	a5,a1,a5
8040356e:	97c2                	add	a5,a5,a6
80403570:	02a68833          	mul	a6,a3,a0
80403574:	02a6b8b3          	mulhu	a7,a3,a0
80403578:	95c2                	add	a1,a1,a6
8040357a:	0105b833          	sltu	a6,a1,a6
8040357e:	98c2                	add	a7,a7,a6
80403580:	02d30833          	mul	a6,t1,a3
80403584:	02d33333          	mulhu	t1,t1,a3
80403588:	983e                	add	a6,a6,a5
8040358a:	011806b3          	add	a3,a6,a7
8040358e:	00f837b3          	sltu	a5,a6,a5
80403592:	0106b833          	sltu	a6,a3,a6
80403596:	c314                	sw	a3,0(a4)
80403598:	979a                	add	a5,a5,t1
8040359a:	983e                	add	a6,a6,a5
8040359c:	02c50533          	mul	a0,a0,a2
804035a0:	01072223          	sw	a6,4(a4)
804035a4:	8082                	ret

804035a6 <__shiftright128>:
804035a6:	ffffe317          	auipc	t1,0xffffe
804035aa:	6d4302e7          	jalr	t0,1748(t1) # 80401c7a <__riscv_save_4>
804035ae:	8a2a                	mv	s4,a0
804035b0:	8532                	mv	a0,a2
804035b2:	04000613          	li	a2,64
804035b6:	8e19                	sub	a2,a2,a4
804035b8:	89ae                	mv	s3,a1
804035ba:	85b6                	mv	a1,a3
804035bc:	843a                	mv	s0,a4
804035be:	ffffe097          	auipc	ra,0xffffe
804035c2:	f92080e7          	jalr	-110(ra) # 80401550 <__ashldi3>
804035c6:	892a                	mv	s2,a0
804035c8:	84ae                	mv	s1,a1
804035ca:	8622                	mv	a2,s0
804035cc:	8552                	mv	a0,s4
804035ce:	85ce                	mv	a1,s3
804035d0:	ffffe097          	auipc	ra,0xffffe
804035d4:	f58080e7          	jalr	-168(ra) # 80401528 <__lshrdi3>
804035d8:	00a96533          	or	a0,s2,a0
804035dc:	8dc5                	or	a1,a1,s1
804035de:	ffffe317          	auipc	t1,0xffffe
804035e2:	6d030067          	jr	1744(t1) # 80401cae <__riscv_restore_4>

804035e6 <strnlen>:
804035e6:	95aa                	add	a1,a1,a0
804035e8:	87aa                	mv	a5,a0
804035ea:	00b78563          	beq	a5,a1,804035f4 <strnlen+0xe>
804035ee:	0007c703          	lbu	a4,0(a5)
804035f2:	e701                	bnez	a4,804035fa <strnlen+0x14>
804035f4:	40a78533          	sub	a0,a5,a0
804035f8:	8082                	ret
804035fa:	0785                	add	a5,a5,1
804035fc:	b7fd                	j	804035ea <strnlen+0x4>
