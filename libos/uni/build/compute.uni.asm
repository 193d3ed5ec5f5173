
build/compute.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00006197          	auipc	gp,0x6
80400004:	89818193          	add	gp,gp,-1896 # 80405898 <__global_pointer$>
80400008:	002c9117          	auipc	sp,0x2c9
8040000c:	58810113          	add	sp,sp,1416 # 806c9590 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00005297          	auipc	t0,0x5
80400016:	09e28293          	add	t0,t0,158 # 804050b0 <panicking>
8040001a:	002cd317          	auipc	t1,0x2cd
8040001e:	a4630313          	add	t1,t1,-1466 # 806cca60 <__bss_end>
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
8040009a:	bb0080e7          	jalr	-1104(ra) # 80400c46 <uni_runtime_start>
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
804000e8:	bda080e7          	jalr	-1062(ra) # 80401cbe <printf>
804000ec:	dc540413          	add	s0,s0,-571 # 811c9dc5 <__bss_end+0xafd365>
804000f0:	10eb0b13          	add	s6,s6,270 # 804d110e <sieve_bits+0x2>
804000f4:	10cc0b93          	add	s7,s8,268 # 804d110c <sieve_bits>
804000f8:	10da8a93          	add	s5,s5,269 # 804d110d <sieve_bits+0x1>
804000fc:	19398993          	add	s3,s3,403 # 1000193 <errno+0x1000193>
80400100:	02000c93          	li	s9,32
80400104:	4e090913          	add	s2,s2,1248 # 1e74e0 <errno+0x1e74e0>
80400108:	00148613          	add	a2,s1,1
8040010c:	4585                	li	a1,1
8040010e:	10cc0513          	add	a0,s8,268
80400112:	00002097          	auipc	ra,0x2
80400116:	b9c080e7          	jalr	-1124(ra) # 80401cae <memset>
8040011a:	86da                	mv	a3,s6
8040011c:	100c1623          	sh	zero,268(s8)
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
80400198:	02850513          	add	a0,a0,40 # 80404028 <strnlen+0xa6e>
8040019c:	00002097          	auipc	ra,0x2
804001a0:	b22080e7          	jalr	-1246(ra) # 80401cbe <printf>
804001a4:	80491737          	lui	a4,0x80491
804001a8:	123457b7          	lui	a5,0x12345
804001ac:	67878793          	add	a5,a5,1656 # 12345678 <errno+0x12345678>
804001b0:	4481                	li	s1,0
804001b2:	10c70e13          	add	t3,a4,268 # 8049110c <crc_data>
804001b6:	edb88537          	lui	a0,0xedb88
804001ba:	804d1737          	lui	a4,0x804d1
804001be:	010005b7          	lui	a1,0x1000
804001c2:	10c70893          	add	a7,a4,268 # 804d110c <sieve_bits>
804001c6:	4321                	li	t1,8
804001c8:	32050513          	add	a0,a0,800 # edb88320 <__bss_end+0x6d4bb8c0>
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
80400240:	04470713          	add	a4,a4,68 # 80404044 <strnlen+0xa8a>
80400244:	edb88637          	lui	a2,0xedb88
80400248:	00970513          	add	a0,a4,9
8040024c:	57fd                	li	a5,-1
8040024e:	32060613          	add	a2,a2,800 # edb88320 <__bss_end+0x6d4bb8c0>
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
8040027e:	05050513          	add	a0,a0,80 # 80404050 <strnlen+0xa96>
80400282:	00002097          	auipc	ra,0x2
80400286:	a3c080e7          	jalr	-1476(ra) # 80401cbe <printf>
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
804002b4:	10c68593          	add	a1,a3,268 # 8048d10c <mat_a>
804002b8:	10c78513          	add	a0,a5,268 # 8048910c <mat_b>
804002bc:	6611                	lui	a2,0x4
804002be:	10c78e93          	add	t4,a5,268
804002c2:	9e3787b7          	lui	a5,0x9e378
804002c6:	962e                	add	a2,a2,a1
804002c8:	10c68693          	add	a3,a3,268
804002cc:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <__bss_end+0x1dcaaf59>
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
80400334:	10c88893          	add	a7,a7,268 # 8048510c <mat_c>
80400338:	10030f93          	add	t6,t1,256 # 4100 <errno+0x4100>
8040033c:	804853b7          	lui	t2,0x80485
80400340:	804892b7          	lui	t0,0x80489
80400344:	811caf37          	lui	t5,0x811ca
80400348:	01000e37          	lui	t3,0x1000
8040034c:	02800913          	li	s2,40
80400350:	20c38393          	add	t2,t2,524 # 8048520c <mat_c+0x100>
80400354:	20c28293          	add	t0,t0,524 # 8048920c <mat_b+0x100>
80400358:	9fc6                	add	t6,t6,a7
8040035a:	dc5f0f13          	add	t5,t5,-571 # 811c9dc5 <__bss_end+0xafd365>
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
80400438:	06c50513          	add	a0,a0,108 # 8040406c <strnlen+0xab2>
8040043c:	00002097          	auipc	ra,0x2
80400440:	882080e7          	jalr	-1918(ra) # 80401cbe <printf>
80400444:	804057b7          	lui	a5,0x80405
80400448:	10c78793          	add	a5,a5,268 # 8040510c <sort_tmp>
8040044c:	c23e                	sw	a5,4(sp)
8040044e:	811ca7b7          	lui	a5,0x811ca
80400452:	80445eb7          	lui	t4,0x80445
80400456:	4f21                	li	t5,8
80400458:	deadc937          	lui	s2,0xdeadc
8040045c:	80445cb7          	lui	s9,0x80445
80400460:	80485bb7          	lui	s7,0x80485
80400464:	dc578793          	add	a5,a5,-571 # 811c9dc5 <__bss_end+0xafd365>
80400468:	01000c37          	lui	s8,0x1000
8040046c:	4a85                	li	s5,1
8040046e:	eef90913          	add	s2,s2,-273 # deadbeef <__bss_end+0x5e40f48f>
80400472:	10ce8993          	add	s3,t4,268 # 8044510c <sort_data>
80400476:	110c8c93          	add	s9,s9,272 # 80445110 <sort_data+0x4>
8040047a:	10cb8b93          	add	s7,s7,268 # 8048510c <mat_c>
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
8040058e:	10ce8513          	add	a0,t4,268
80400592:	00040637          	lui	a2,0x40
80400596:	c646                	sw	a7,12(sp)
80400598:	00001097          	auipc	ra,0x1
8040059c:	700080e7          	jalr	1792(ra) # 80401c98 <memcpy>
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
804005d6:	10cea683          	lw	a3,268(t4) # 8044510c <sort_data>
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
80400656:	09c50513          	add	a0,a0,156 # 8040409c <strnlen+0xae2>
8040065a:	00001097          	auipc	ra,0x1
8040065e:	664080e7          	jalr	1636(ra) # 80401cbe <printf>
80400662:	80404537          	lui	a0,0x80404
80400666:	85a2                	mv	a1,s0
80400668:	0d850513          	add	a0,a0,216 # 804040d8 <strnlen+0xb1e>
8040066c:	00001097          	auipc	ra,0x1
80400670:	652080e7          	jalr	1618(ra) # 80401cbe <printf>
80400674:	000a8563          	beqz	s5,8040067e <main+0x5de>
80400678:	000a0363          	beqz	s4,8040067e <main+0x5de>
8040067c:	e0a1                	bnez	s1,804006bc <main+0x61c>
8040067e:	80404537          	lui	a0,0x80404
80400682:	0ec50513          	add	a0,a0,236 # 804040ec <strnlen+0xb32>
80400686:	00001097          	auipc	ra,0x1
8040068a:	638080e7          	jalr	1592(ra) # 80401cbe <printf>
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
804006c0:	0f450513          	add	a0,a0,244 # 804040f4 <strnlen+0xb3a>
804006c4:	00001097          	auipc	ra,0x1
804006c8:	5fa080e7          	jalr	1530(ra) # 80401cbe <printf>
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
804006e4:	4f8080e7          	jalr	1272(ra) # 80400bd8 <uni_mfn_to_virt>
804006e8:	c939                	beqz	a0,8040073e <console_init+0x6e>
804006ea:	5c10                	lw	a2,56(s0)
804006ec:	85aa                	mv	a1,a0
804006ee:	804016b7          	lui	a3,0x80401
804006f2:	806cb537          	lui	a0,0x806cb
804006f6:	7b450513          	add	a0,a0,1972 # 806cb7b4 <cons>
804006fa:	f3268693          	add	a3,a3,-206 # 80400f32 <pv_block>
804006fe:	00001097          	auipc	ra,0x1
80400702:	84e080e7          	jalr	-1970(ra) # 80400f4c <pvcons_init>
80400706:	5c08                	lw	a0,56(s0)
80400708:	804015b7          	lui	a1,0x80401
8040070c:	4601                	li	a2,0
8040070e:	05658593          	add	a1,a1,86 # 80401056 <cons_event>
80400712:	00000097          	auipc	ra,0x0
80400716:	6c8080e7          	jalr	1736(ra) # 80400dda <evtchn_bind>
8040071a:	02054a63          	bltz	a0,8040074e <console_init+0x7e>
8040071e:	4422                	lw	s0,8(sp)
80400720:	40b2                	lw	ra,12(sp)
80400722:	804057b7          	lui	a5,0x80405
80400726:	4705                	li	a4,1
80400728:	80401537          	lui	a0,0x80401
8040072c:	0ce7a223          	sw	a4,196(a5) # 804050c4 <ready>
80400730:	05850513          	add	a0,a0,88 # 80401058 <uni_console_drain>
80400734:	0141                	add	sp,sp,16
80400736:	00000317          	auipc	t1,0x0
8040073a:	2f630067          	jr	758(t1) # 80400a2c <uni_at_shutdown>
8040073e:	80404537          	lui	a0,0x80404
80400742:	40050513          	add	a0,a0,1024 # 80404400 <names.0+0x40>
80400746:	00000097          	auipc	ra,0x0
8040074a:	336080e7          	jalr	822(ra) # 80400a7c <uni_panic>
8040074e:	80404537          	lui	a0,0x80404
80400752:	43450513          	add	a0,a0,1076 # 80404434 <names.0+0x74>
80400756:	00000097          	auipc	ra,0x0
8040075a:	326080e7          	jalr	806(ra) # 80400a7c <uni_panic>

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
8040078e:	770080e7          	jalr	1904(ra) # 80400efa <evtchn_bind_virq>
80400792:	02054363          	bltz	a0,804007b8 <time_init+0x5a>
80400796:	0c842503          	lw	a0,200(s0)
8040079a:	804015b7          	lui	a1,0x80401
8040079e:	4601                	li	a2,0
804007a0:	09a58593          	add	a1,a1,154 # 8040109a <timer_event>
804007a4:	00000097          	auipc	ra,0x0
804007a8:	636080e7          	jalr	1590(ra) # 80400dda <evtchn_bind>
804007ac:	00054663          	bltz	a0,804007b8 <time_init+0x5a>
804007b0:	40b2                	lw	ra,12(sp)
804007b2:	4422                	lw	s0,8(sp)
804007b4:	0141                	add	sp,sp,16
804007b6:	8082                	ret
804007b8:	80404537          	lui	a0,0x80404
804007bc:	45050513          	add	a0,a0,1104 # 80404450 <names.0+0x90>
804007c0:	00000097          	auipc	ra,0x0
804007c4:	2bc080e7          	jalr	700(ra) # 80400a7c <uni_panic>

804007c8 <memory_init>:
804007c8:	804057b7          	lui	a5,0x80405
804007cc:	0b87a683          	lw	a3,184(a5) # 804050b8 <uni_start_info>
804007d0:	804057b7          	lui	a5,0x80405
804007d4:	0c07a603          	lw	a2,192(a5) # 804050c0 <pv_shared_info>
804007d8:	5ed8                	lw	a4,60(a3)
804007da:	42bc                	lw	a5,64(a3)
804007dc:	528c                	lw	a1,32(a3)
804007de:	6685                	lui	a3,0x1
804007e0:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804007e2:	9736                	add	a4,a4,a3
804007e4:	07b2                	sll	a5,a5,0xc
804007e6:	97ba                	add	a5,a5,a4
804007e8:	76fd                	lui	a3,0xfffff
804007ea:	8ff5                	and	a5,a5,a3
804007ec:	800008b7          	lui	a7,0x80000
804007f0:	804056b7          	lui	a3,0x80405
804007f4:	1116a023          	sw	a7,256(a3) # 80405100 <low_next>
804007f8:	804056b7          	lui	a3,0x80405
804007fc:	804008b7          	lui	a7,0x80400
80400800:	00080737          	lui	a4,0x80
80400804:	0f16ae23          	sw	a7,252(a3) # 804050fc <low_end>
80400808:	804056b7          	lui	a3,0x80405
8040080c:	14462803          	lw	a6,324(a2)
80400810:	972e                	add	a4,a4,a1
80400812:	0ef6aa23          	sw	a5,244(a3) # 804050f4 <brk>
80400816:	804056b7          	lui	a3,0x80405
8040081a:	1141                	add	sp,sp,-16
8040081c:	15462603          	lw	a2,340(a2)
80400820:	0732                	sll	a4,a4,0xc
80400822:	0ef6ac23          	sw	a5,248(a3) # 804050f8 <heap_start>
80400826:	804057b7          	lui	a5,0x80405
8040082a:	c422                	sw	s0,8(sp)
8040082c:	0ee7a823          	sw	a4,240(a5) # 804050f0 <top>
80400830:	80405437          	lui	s0,0x80405
80400834:	804057b7          	lui	a5,0x80405
80400838:	0d07ae23          	sw	a6,220(a5) # 804050dc <revoke_seen>
8040083c:	0e040593          	add	a1,s0,224 # 804050e0 <revoke_port>
80400840:	804057b7          	lui	a5,0x80405
80400844:	4541                	li	a0,16
80400846:	c606                	sw	ra,12(sp)
80400848:	0cc7ac23          	sw	a2,216(a5) # 804050d8 <revoked_seen>
8040084c:	00000097          	auipc	ra,0x0
80400850:	6ae080e7          	jalr	1710(ra) # 80400efa <evtchn_bind_virq>
80400854:	02054363          	bltz	a0,8040087a <memory_init+0xb2>
80400858:	0e042503          	lw	a0,224(s0)
8040085c:	804015b7          	lui	a1,0x80401
80400860:	4601                	li	a2,0
80400862:	09c58593          	add	a1,a1,156 # 8040109c <revoke_event>
80400866:	00000097          	auipc	ra,0x0
8040086a:	574080e7          	jalr	1396(ra) # 80400dda <evtchn_bind>
8040086e:	00054663          	bltz	a0,8040087a <memory_init+0xb2>
80400872:	40b2                	lw	ra,12(sp)
80400874:	4422                	lw	s0,8(sp)
80400876:	0141                	add	sp,sp,16
80400878:	8082                	ret
8040087a:	80404537          	lui	a0,0x80404
8040087e:	47050513          	add	a0,a0,1136 # 80404470 <names.0+0xb0>
80400882:	00000097          	auipc	ra,0x0
80400886:	1fa080e7          	jalr	506(ra) # 80400a7c <uni_panic>
	...

8040088c <uni_trap_entry>:
8040088c:	7175                	add	sp,sp,-144
8040088e:	c206                	sw	ra,4(sp)
80400890:	c60e                	sw	gp,12(sp)
80400892:	c812                	sw	tp,16(sp)
80400894:	ca16                	sw	t0,20(sp)
80400896:	cc1a                	sw	t1,24(sp)
80400898:	ce1e                	sw	t2,28(sp)
8040089a:	d022                	sw	s0,32(sp)
8040089c:	d226                	sw	s1,36(sp)
8040089e:	d42a                	sw	a0,40(sp)
804008a0:	d62e                	sw	a1,44(sp)
804008a2:	d832                	sw	a2,48(sp)
804008a4:	da36                	sw	a3,52(sp)
804008a6:	dc3a                	sw	a4,56(sp)
804008a8:	de3e                	sw	a5,60(sp)
804008aa:	c0c2                	sw	a6,64(sp)
804008ac:	c2c6                	sw	a7,68(sp)
804008ae:	c4ca                	sw	s2,72(sp)
804008b0:	c6ce                	sw	s3,76(sp)
804008b2:	c8d2                	sw	s4,80(sp)
804008b4:	cad6                	sw	s5,84(sp)
804008b6:	ccda                	sw	s6,88(sp)
804008b8:	cede                	sw	s7,92(sp)
804008ba:	d0e2                	sw	s8,96(sp)
804008bc:	d2e6                	sw	s9,100(sp)
804008be:	d4ea                	sw	s10,104(sp)
804008c0:	d6ee                	sw	s11,108(sp)
804008c2:	d8f2                	sw	t3,112(sp)
804008c4:	daf6                	sw	t4,116(sp)
804008c6:	dcfa                	sw	t5,120(sp)
804008c8:	defe                	sw	t6,124(sp)
804008ca:	09010293          	add	t0,sp,144
804008ce:	c416                	sw	t0,8(sp)
804008d0:	00004297          	auipc	t0,0x4
804008d4:	7f02a283          	lw	t0,2032(t0) # 804050c0 <pv_shared_info>
804008d8:	0202a303          	lw	t1,32(t0)
804008dc:	c11a                	sw	t1,128(sp)
804008de:	0242a303          	lw	t1,36(t0)
804008e2:	c31a                	sw	t1,132(sp)
804008e4:	0282a303          	lw	t1,40(t0)
804008e8:	c51a                	sw	t1,136(sp)
804008ea:	02c2a303          	lw	t1,44(t0)
804008ee:	c71a                	sw	t1,140(sp)
804008f0:	850a                	mv	a0,sp
804008f2:	00000097          	auipc	ra,0x0
804008f6:	1e4080e7          	jalr	484(ra) # 80400ad6 <uni_trap>
804008fa:	00004297          	auipc	t0,0x4
804008fe:	7c62a283          	lw	t0,1990(t0) # 804050c0 <pv_shared_info>
80400902:	430a                	lw	t1,128(sp)
80400904:	0262a023          	sw	t1,32(t0)
80400908:	433a                	lw	t1,140(sp)
8040090a:	0262a623          	sw	t1,44(t0)
8040090e:	4316                	lw	t1,68(sp)
80400910:	0262ac23          	sw	t1,56(t0)
80400914:	4092                	lw	ra,4(sp)
80400916:	41b2                	lw	gp,12(sp)
80400918:	4242                	lw	tp,16(sp)
8040091a:	42d2                	lw	t0,20(sp)
8040091c:	4362                	lw	t1,24(sp)
8040091e:	43f2                	lw	t2,28(sp)
80400920:	5402                	lw	s0,32(sp)
80400922:	5492                	lw	s1,36(sp)
80400924:	5522                	lw	a0,40(sp)
80400926:	55b2                	lw	a1,44(sp)
80400928:	5642                	lw	a2,48(sp)
8040092a:	56d2                	lw	a3,52(sp)
8040092c:	5762                	lw	a4,56(sp)
8040092e:	57f2                	lw	a5,60(sp)
80400930:	4806                	lw	a6,64(sp)
80400932:	4926                	lw	s2,72(sp)
80400934:	49b6                	lw	s3,76(sp)
80400936:	4a46                	lw	s4,80(sp)
80400938:	4ad6                	lw	s5,84(sp)
8040093a:	4b66                	lw	s6,88(sp)
8040093c:	4bf6                	lw	s7,92(sp)
8040093e:	5c06                	lw	s8,96(sp)
80400940:	5c96                	lw	s9,100(sp)
80400942:	5d26                	lw	s10,104(sp)
80400944:	5db6                	lw	s11,108(sp)
80400946:	5e46                	lw	t3,112(sp)
80400948:	5ed6                	lw	t4,116(sp)
8040094a:	5f66                	lw	t5,120(sp)
8040094c:	5ff6                	lw	t6,124(sp)
8040094e:	6149                	add	sp,sp,144
80400950:	48dd                	li	a7,23
80400952:	00000073          	ecall
80400956:	a001                	j	80400956 <uni_trap_entry+0xca>

80400958 <hex>:
80400958:	03000793          	li	a5,48
8040095c:	00f50023          	sb	a5,0(a0)
80400960:	80404637          	lui	a2,0x80404
80400964:	07800793          	li	a5,120
80400968:	00f500a3          	sb	a5,1(a0)
8040096c:	00250693          	add	a3,a0,2
80400970:	4771                	li	a4,28
80400972:	0fc60613          	add	a2,a2,252 # 804040fc <strnlen+0xb42>
80400976:	5871                	li	a6,-4
80400978:	00e5d7b3          	srl	a5,a1,a4
8040097c:	8bbd                	and	a5,a5,15
8040097e:	97b2                	add	a5,a5,a2
80400980:	0007c783          	lbu	a5,0(a5)
80400984:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
80400986:	0685                	add	a3,a3,1
80400988:	fef68fa3          	sb	a5,-1(a3)
8040098c:	ff0716e3          	bne	a4,a6,80400978 <hex+0x20>
80400990:	00050523          	sb	zero,10(a0)
80400994:	8082                	ret

80400996 <run_hooks>:
80400996:	1141                	add	sp,sp,-16
80400998:	c422                	sw	s0,8(sp)
8040099a:	80405437          	lui	s0,0x80405
8040099e:	0b442783          	lw	a5,180(s0) # 804050b4 <nhooks>
804009a2:	c606                	sw	ra,12(sp)
804009a4:	c226                	sw	s1,4(sp)
804009a6:	c385                	beqz	a5,804009c6 <run_hooks+0x30>
804009a8:	806c94b7          	lui	s1,0x806c9
804009ac:	59048493          	add	s1,s1,1424 # 806c9590 <hooks>
804009b0:	17fd                	add	a5,a5,-1
804009b2:	00279713          	sll	a4,a5,0x2
804009b6:	9726                	add	a4,a4,s1
804009b8:	4318                	lw	a4,0(a4)
804009ba:	0af42a23          	sw	a5,180(s0)
804009be:	9702                	jalr	a4
804009c0:	0b442783          	lw	a5,180(s0)
804009c4:	f7f5                	bnez	a5,804009b0 <run_hooks+0x1a>
804009c6:	40b2                	lw	ra,12(sp)
804009c8:	4422                	lw	s0,8(sp)
804009ca:	4492                	lw	s1,4(sp)
804009cc:	0141                	add	sp,sp,16
804009ce:	8082                	ret

804009d0 <early_puts>:
804009d0:	00054783          	lbu	a5,0(a0)
804009d4:	872a                	mv	a4,a0
804009d6:	c79d                	beqz	a5,80400a04 <early_puts+0x34>
804009d8:	4781                	li	a5,0
804009da:	0785                	add	a5,a5,1
804009dc:	00f706b3          	add	a3,a4,a5
804009e0:	0006c683          	lbu	a3,0(a3)
804009e4:	fafd                	bnez	a3,804009da <early_puts+0xa>
804009e6:	40000693          	li	a3,1024
804009ea:	4501                	li	a0,0
804009ec:	863a                	mv	a2,a4
804009ee:	48c9                	li	a7,18
804009f0:	85be                	mv	a1,a5
804009f2:	00f6f463          	bgeu	a3,a5,804009fa <early_puts+0x2a>
804009f6:	40000593          	li	a1,1024
804009fa:	00000073          	ecall
804009fe:	8f8d                	sub	a5,a5,a1
80400a00:	972e                	add	a4,a4,a1
80400a02:	f7e5                	bnez	a5,804009ea <early_puts+0x1a>
80400a04:	8082                	ret

80400a06 <uni_early_write>:
80400a06:	87ae                	mv	a5,a1
80400a08:	872a                	mv	a4,a0
80400a0a:	c185                	beqz	a1,80400a2a <uni_early_write+0x24>
80400a0c:	40000693          	li	a3,1024
80400a10:	4501                	li	a0,0
80400a12:	863a                	mv	a2,a4
80400a14:	48c9                	li	a7,18
80400a16:	85be                	mv	a1,a5
80400a18:	00f6f463          	bgeu	a3,a5,80400a20 <uni_early_write+0x1a>
80400a1c:	40000593          	li	a1,1024
80400a20:	00000073          	ecall
80400a24:	8f8d                	sub	a5,a5,a1
80400a26:	972e                	add	a4,a4,a1
80400a28:	f7e5                	bnez	a5,80400a10 <uni_early_write+0xa>
80400a2a:	8082                	ret

80400a2c <uni_at_shutdown>:
80400a2c:	804056b7          	lui	a3,0x80405
80400a30:	0b46a783          	lw	a5,180(a3) # 804050b4 <nhooks>
80400a34:	4721                	li	a4,8
80400a36:	00e78f63          	beq	a5,a4,80400a54 <uni_at_shutdown+0x28>
80400a3a:	806c9737          	lui	a4,0x806c9
80400a3e:	00279613          	sll	a2,a5,0x2
80400a42:	59070713          	add	a4,a4,1424 # 806c9590 <hooks>
80400a46:	0785                	add	a5,a5,1
80400a48:	9732                	add	a4,a4,a2
80400a4a:	c308                	sw	a0,0(a4)
80400a4c:	0af6aa23          	sw	a5,180(a3)
80400a50:	4501                	li	a0,0
80400a52:	8082                	ret
80400a54:	557d                	li	a0,-1
80400a56:	8082                	ret

80400a58 <uni_poweroff>:
80400a58:	1141                	add	sp,sp,-16
80400a5a:	c422                	sw	s0,8(sp)
80400a5c:	c606                	sw	ra,12(sp)
80400a5e:	842a                	mv	s0,a0
80400a60:	00000097          	auipc	ra,0x0
80400a64:	f36080e7          	jalr	-202(ra) # 80400996 <run_hooks>
80400a68:	67c1                	lui	a5,0x10
80400a6a:	00841593          	sll	a1,s0,0x8
80400a6e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80400a70:	8dfd                	and	a1,a1,a5
80400a72:	4509                	li	a0,2
80400a74:	48f5                	li	a7,29
80400a76:	00000073          	ecall
80400a7a:	bfe5                	j	80400a72 <uni_poweroff+0x1a>

80400a7c <uni_panic>:
80400a7c:	804057b7          	lui	a5,0x80405
80400a80:	0b07a703          	lw	a4,176(a5) # 804050b0 <panicking>
80400a84:	1141                	add	sp,sp,-16
80400a86:	c422                	sw	s0,8(sp)
80400a88:	c606                	sw	ra,12(sp)
80400a8a:	842a                	mv	s0,a0
80400a8c:	cf0d                	beqz	a4,80400ac6 <uni_panic+0x4a>
80400a8e:	80404537          	lui	a0,0x80404
80400a92:	11050513          	add	a0,a0,272 # 80404110 <strnlen+0xb56>
80400a96:	00000097          	auipc	ra,0x0
80400a9a:	f3a080e7          	jalr	-198(ra) # 804009d0 <early_puts>
80400a9e:	8522                	mv	a0,s0
80400aa0:	00000097          	auipc	ra,0x0
80400aa4:	f30080e7          	jalr	-208(ra) # 804009d0 <early_puts>
80400aa8:	80404537          	lui	a0,0x80404
80400aac:	09850513          	add	a0,a0,152 # 80404098 <strnlen+0xade>
80400ab0:	00000097          	auipc	ra,0x0
80400ab4:	f20080e7          	jalr	-224(ra) # 804009d0 <early_puts>
80400ab8:	4509                	li	a0,2
80400aba:	10300593          	li	a1,259
80400abe:	48f5                	li	a7,29
80400ac0:	00000073          	ecall
80400ac4:	bfd5                	j	80400ab8 <uni_panic+0x3c>
80400ac6:	4705                	li	a4,1
80400ac8:	0ae7a823          	sw	a4,176(a5)
80400acc:	00000097          	auipc	ra,0x0
80400ad0:	eca080e7          	jalr	-310(ra) # 80400996 <run_hooks>
80400ad4:	bf6d                	j	80400a8e <uni_panic+0x12>

80400ad6 <uni_trap>:
80400ad6:	08452703          	lw	a4,132(a0)
80400ada:	800007b7          	lui	a5,0x80000
80400ade:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
80400ae0:	00f71663          	bne	a4,a5,80400aec <uni_trap+0x16>
80400ae4:	00000317          	auipc	t1,0x0
80400ae8:	31a30067          	jr	794(t1) # 80400dfe <evtchn_do_upcall>
80400aec:	804057b7          	lui	a5,0x80405
80400af0:	0b07a703          	lw	a4,176(a5) # 804050b0 <panicking>
80400af4:	7139                	add	sp,sp,-64
80400af6:	dc22                	sw	s0,56(sp)
80400af8:	de06                	sw	ra,60(sp)
80400afa:	842a                	mv	s0,a0
80400afc:	c771                	beqz	a4,80400bc8 <uni_trap+0xf2>
80400afe:	80404537          	lui	a0,0x80404
80400b02:	12850513          	add	a0,a0,296 # 80404128 <strnlen+0xb6e>
80400b06:	00000097          	auipc	ra,0x0
80400b0a:	eca080e7          	jalr	-310(ra) # 804009d0 <early_puts>
80400b0e:	08442703          	lw	a4,132(s0)
80400b12:	47bd                	li	a5,15
80400b14:	0ae7e563          	bltu	a5,a4,80400bbe <uni_trap+0xe8>
80400b18:	804047b7          	lui	a5,0x80404
80400b1c:	070a                	sll	a4,a4,0x2
80400b1e:	3c078793          	add	a5,a5,960 # 804043c0 <names.0>
80400b22:	97ba                	add	a5,a5,a4
80400b24:	4388                	lw	a0,0(a5)
80400b26:	00000097          	auipc	ra,0x0
80400b2a:	eaa080e7          	jalr	-342(ra) # 804009d0 <early_puts>
80400b2e:	80404537          	lui	a0,0x80404
80400b32:	14050513          	add	a0,a0,320 # 80404140 <strnlen+0xb86>
80400b36:	00000097          	auipc	ra,0x0
80400b3a:	e9a080e7          	jalr	-358(ra) # 804009d0 <early_puts>
80400b3e:	08442583          	lw	a1,132(s0)
80400b42:	0068                	add	a0,sp,12
80400b44:	00000097          	auipc	ra,0x0
80400b48:	e14080e7          	jalr	-492(ra) # 80400958 <hex>
80400b4c:	00000097          	auipc	ra,0x0
80400b50:	e84080e7          	jalr	-380(ra) # 804009d0 <early_puts>
80400b54:	80404537          	lui	a0,0x80404
80400b58:	14c50513          	add	a0,a0,332 # 8040414c <strnlen+0xb92>
80400b5c:	00000097          	auipc	ra,0x0
80400b60:	e74080e7          	jalr	-396(ra) # 804009d0 <early_puts>
80400b64:	08042583          	lw	a1,128(s0)
80400b68:	0828                	add	a0,sp,24
80400b6a:	00000097          	auipc	ra,0x0
80400b6e:	dee080e7          	jalr	-530(ra) # 80400958 <hex>
80400b72:	00000097          	auipc	ra,0x0
80400b76:	e5e080e7          	jalr	-418(ra) # 804009d0 <early_puts>
80400b7a:	80404537          	lui	a0,0x80404
80400b7e:	15850513          	add	a0,a0,344 # 80404158 <strnlen+0xb9e>
80400b82:	00000097          	auipc	ra,0x0
80400b86:	e4e080e7          	jalr	-434(ra) # 804009d0 <early_puts>
80400b8a:	08842583          	lw	a1,136(s0)
80400b8e:	1048                	add	a0,sp,36
80400b90:	00000097          	auipc	ra,0x0
80400b94:	dc8080e7          	jalr	-568(ra) # 80400958 <hex>
80400b98:	00000097          	auipc	ra,0x0
80400b9c:	e38080e7          	jalr	-456(ra) # 804009d0 <early_puts>
80400ba0:	80404537          	lui	a0,0x80404
80400ba4:	09850513          	add	a0,a0,152 # 80404098 <strnlen+0xade>
80400ba8:	00000097          	auipc	ra,0x0
80400bac:	e28080e7          	jalr	-472(ra) # 804009d0 <early_puts>
80400bb0:	4509                	li	a0,2
80400bb2:	10300593          	li	a1,259
80400bb6:	48f5                	li	a7,29
80400bb8:	00000073          	ecall
80400bbc:	bfd5                	j	80400bb0 <uni_trap+0xda>
80400bbe:	80404537          	lui	a0,0x80404
80400bc2:	12050513          	add	a0,a0,288 # 80404120 <strnlen+0xb66>
80400bc6:	b785                	j	80400b26 <uni_trap+0x50>
80400bc8:	4705                	li	a4,1
80400bca:	0ae7a823          	sw	a4,176(a5)
80400bce:	00000097          	auipc	ra,0x0
80400bd2:	dc8080e7          	jalr	-568(ra) # 80400996 <run_hooks>
80400bd6:	b725                	j	80400afe <uni_trap+0x28>

80400bd8 <uni_mfn_to_virt>:
80400bd8:	804057b7          	lui	a5,0x80405
80400bdc:	0b87a783          	lw	a5,184(a5) # 804050b8 <uni_start_info>
80400be0:	4701                	li	a4,0
80400be2:	0207a803          	lw	a6,32(a5)
80400be6:	43ec                	lw	a1,68(a5)
80400be8:	8642                	mv	a2,a6
80400bea:	a029                	j	80400bf4 <uni_mfn_to_virt+0x1c>
80400bec:	4294                	lw	a3,0(a3)
80400bee:	04a6e763          	bltu	a3,a0,80400c3c <uni_mfn_to_virt+0x64>
80400bf2:	863e                	mv	a2,a5
80400bf4:	40e607b3          	sub	a5,a2,a4
80400bf8:	8385                	srl	a5,a5,0x1
80400bfa:	97ba                	add	a5,a5,a4
80400bfc:	00279693          	sll	a3,a5,0x2
80400c00:	96ae                	add	a3,a3,a1
80400c02:	fec765e3          	bltu	a4,a2,80400bec <uni_mfn_to_virt+0x14>
80400c06:	00e80863          	beq	a6,a4,80400c16 <uni_mfn_to_virt+0x3e>
80400c0a:	00271793          	sll	a5,a4,0x2
80400c0e:	97ae                	add	a5,a5,a1
80400c10:	439c                	lw	a5,0(a5)
80400c12:	00a78f63          	beq	a5,a0,80400c30 <uni_mfn_to_virt+0x58>
80400c16:	4701                	li	a4,0
80400c18:	00081663          	bnez	a6,80400c24 <uni_mfn_to_virt+0x4c>
80400c1c:	a01d                	j	80400c42 <uni_mfn_to_virt+0x6a>
80400c1e:	0705                	add	a4,a4,1
80400c20:	02e80163          	beq	a6,a4,80400c42 <uni_mfn_to_virt+0x6a>
80400c24:	419c                	lw	a5,0(a1)
80400c26:	0591                	add	a1,a1,4
80400c28:	fea79be3          	bne	a5,a0,80400c1e <uni_mfn_to_virt+0x46>
80400c2c:	00e80b63          	beq	a6,a4,80400c42 <uni_mfn_to_virt+0x6a>
80400c30:	0732                	sll	a4,a4,0xc
80400c32:	800007b7          	lui	a5,0x80000
80400c36:	00f70533          	add	a0,a4,a5
80400c3a:	8082                	ret
80400c3c:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400c40:	bf55                	j	80400bf4 <uni_mfn_to_virt+0x1c>
80400c42:	4501                	li	a0,0
80400c44:	8082                	ret

80400c46 <uni_runtime_start>:
80400c46:	804047b7          	lui	a5,0x80404
80400c4a:	1141                	add	sp,sp,-16
80400c4c:	80405737          	lui	a4,0x80405
80400c50:	16478793          	add	a5,a5,356 # 80404164 <strnlen+0xbaa>
80400c54:	c422                	sw	s0,8(sp)
80400c56:	0aa72c23          	sw	a0,184(a4) # 804050b8 <uni_start_info>
80400c5a:	c606                	sw	ra,12(sp)
80400c5c:	c226                	sw	s1,4(sp)
80400c5e:	c04a                	sw	s2,0(sp)
80400c60:	842a                	mv	s0,a0
80400c62:	01878593          	add	a1,a5,24
80400c66:	872a                	mv	a4,a0
80400c68:	00074603          	lbu	a2,0(a4)
80400c6c:	0007c683          	lbu	a3,0(a5)
80400c70:	0ed61f63          	bne	a2,a3,80400d6e <uni_runtime_start+0x128>
80400c74:	0785                	add	a5,a5,1
80400c76:	0705                	add	a4,a4,1
80400c78:	feb798e3          	bne	a5,a1,80400c68 <uni_runtime_start+0x22>
80400c7c:	4501                	li	a0,0
80400c7e:	4581                	li	a1,0
80400c80:	48c5                	li	a7,17
80400c82:	00000073          	ecall
80400c86:	4785                	li	a5,1
80400c88:	8141                	srl	a0,a0,0x10
80400c8a:	10f51263          	bne	a0,a5,80400d8e <uni_runtime_start+0x148>
80400c8e:	4519                	li	a0,6
80400c90:	00000073          	ecall
80400c94:	8909                	and	a0,a0,2
80400c96:	10050463          	beqz	a0,80400d9e <uni_runtime_start+0x158>
80400c9a:	5008                	lw	a0,32(s0)
80400c9c:	04042803          	lw	a6,64(s0)
80400ca0:	03c42883          	lw	a7,60(s0)
80400ca4:	442c                	lw	a1,72(s0)
80400ca6:	00080637          	lui	a2,0x80
80400caa:	00c50733          	add	a4,a0,a2
80400cae:	00c81793          	sll	a5,a6,0xc
80400cb2:	00c71693          	sll	a3,a4,0xc
80400cb6:	01178733          	add	a4,a5,a7
80400cba:	0cc59263          	bne	a1,a2,80400d7e <uni_runtime_start+0x138>
80400cbe:	806cd7b7          	lui	a5,0x806cd
80400cc2:	a6078793          	add	a5,a5,-1440 # 806cca60 <__bss_end>
80400cc6:	0af46c63          	bltu	s0,a5,80400d7e <uni_runtime_start+0x138>
80400cca:	0a88ea63          	bltu	a7,s0,80400d7e <uni_runtime_start+0x138>
80400cce:	0a080863          	beqz	a6,80400d7e <uni_runtime_start+0x138>
80400cd2:	0ae6e663          	bltu	a3,a4,80400d7e <uni_runtime_start+0x138>
80400cd6:	0aa5e463          	bltu	a1,a0,80400d7e <uni_runtime_start+0x138>
80400cda:	5048                	lw	a0,36(s0)
80400cdc:	00000097          	auipc	ra,0x0
80400ce0:	0d2080e7          	jalr	210(ra) # 80400dae <evtchn_init>
80400ce4:	80401537          	lui	a0,0x80401
80400ce8:	88c50513          	add	a0,a0,-1908 # 8040088c <uni_trap_entry>
80400cec:	4581                	li	a1,0
80400cee:	4891                	li	a7,4
80400cf0:	00000073          	ecall
80400cf4:	06054563          	bltz	a0,80400d5e <uni_runtime_start+0x118>
80400cf8:	806c9937          	lui	s2,0x806c9
80400cfc:	5b090593          	add	a1,s2,1456 # 806c95b0 <cmdline>
80400d00:	5b090693          	add	a3,s2,1456
80400d04:	4781                	li	a5,0
80400d06:	20000613          	li	a2,512
80400d0a:	a039                	j	80400d18 <uni_runtime_start+0xd2>
80400d0c:	00e68023          	sb	a4,0(a3)
80400d10:	0785                	add	a5,a5,1
80400d12:	0685                	add	a3,a3,1
80400d14:	00c78763          	beq	a5,a2,80400d22 <uni_runtime_start+0xdc>
80400d18:	00f40733          	add	a4,s0,a5
80400d1c:	04c74703          	lbu	a4,76(a4)
80400d20:	f775                	bnez	a4,80400d0c <uni_runtime_start+0xc6>
80400d22:	97ae                	add	a5,a5,a1
80400d24:	80405437          	lui	s0,0x80405
80400d28:	804054b7          	lui	s1,0x80405
80400d2c:	00078023          	sb	zero,0(a5)
80400d30:	0a848493          	add	s1,s1,168 # 804050a8 <__init_array_end>
80400d34:	09c40793          	add	a5,s0,156 # 8040509c <__init_array_start>
80400d38:	0097f963          	bgeu	a5,s1,80400d4a <uni_runtime_start+0x104>
80400d3c:	09c40413          	add	s0,s0,156
80400d40:	401c                	lw	a5,0(s0)
80400d42:	0411                	add	s0,s0,4
80400d44:	9782                	jalr	a5
80400d46:	fe946de3          	bltu	s0,s1,80400d40 <uni_runtime_start+0xfa>
80400d4a:	5b090513          	add	a0,s2,1456
80400d4e:	00000097          	auipc	ra,0x0
80400d52:	5f0080e7          	jalr	1520(ra) # 8040133e <uni_main>
80400d56:	00000097          	auipc	ra,0x0
80400d5a:	d02080e7          	jalr	-766(ra) # 80400a58 <uni_poweroff>
80400d5e:	80404537          	lui	a0,0x80404
80400d62:	23850513          	add	a0,a0,568 # 80404238 <strnlen+0xc7e>
80400d66:	00000097          	auipc	ra,0x0
80400d6a:	d16080e7          	jalr	-746(ra) # 80400a7c <uni_panic>
80400d6e:	80404537          	lui	a0,0x80404
80400d72:	17c50513          	add	a0,a0,380 # 8040417c <strnlen+0xbc2>
80400d76:	00000097          	auipc	ra,0x0
80400d7a:	d06080e7          	jalr	-762(ra) # 80400a7c <uni_panic>
80400d7e:	80404537          	lui	a0,0x80404
80400d82:	21050513          	add	a0,a0,528 # 80404210 <strnlen+0xc56>
80400d86:	00000097          	auipc	ra,0x0
80400d8a:	cf6080e7          	jalr	-778(ra) # 80400a7c <uni_panic>
80400d8e:	80404537          	lui	a0,0x80404
80400d92:	1ac50513          	add	a0,a0,428 # 804041ac <strnlen+0xbf2>
80400d96:	00000097          	auipc	ra,0x0
80400d9a:	ce6080e7          	jalr	-794(ra) # 80400a7c <uni_panic>
80400d9e:	80404537          	lui	a0,0x80404
80400da2:	1e850513          	add	a0,a0,488 # 804041e8 <strnlen+0xc2e>
80400da6:	00000097          	auipc	ra,0x0
80400daa:	cd6080e7          	jalr	-810(ra) # 80400a7c <uni_panic>

80400dae <evtchn_init>:
80400dae:	80405737          	lui	a4,0x80405
80400db2:	806c97b7          	lui	a5,0x806c9
80400db6:	7b478793          	add	a5,a5,1972 # 806c97b4 <handlers>
80400dba:	0ca72023          	sw	a0,192(a4) # 804050c0 <pv_shared_info>
80400dbe:	6709                	lui	a4,0x2
80400dc0:	973e                	add	a4,a4,a5
80400dc2:	0007a023          	sw	zero,0(a5)
80400dc6:	0007a223          	sw	zero,4(a5)
80400dca:	07a1                	add	a5,a5,8
80400dcc:	fee79be3          	bne	a5,a4,80400dc2 <evtchn_init+0x14>
80400dd0:	804057b7          	lui	a5,0x80405
80400dd4:	0a07ae23          	sw	zero,188(a5) # 804050bc <stray>
80400dd8:	8082                	ret

80400dda <evtchn_bind>:
80400dda:	fff50713          	add	a4,a0,-1
80400dde:	3fe00793          	li	a5,1022
80400de2:	00e7ec63          	bltu	a5,a4,80400dfa <evtchn_bind+0x20>
80400de6:	806c97b7          	lui	a5,0x806c9
80400dea:	050e                	sll	a0,a0,0x3
80400dec:	7b478793          	add	a5,a5,1972 # 806c97b4 <handlers>
80400df0:	97aa                	add	a5,a5,a0
80400df2:	c3d0                	sw	a2,4(a5)
80400df4:	c38c                	sw	a1,0(a5)
80400df6:	4501                	li	a0,0
80400df8:	8082                	ret
80400dfa:	5529                	li	a0,-22
80400dfc:	8082                	ret

80400dfe <evtchn_do_upcall>:
80400dfe:	7179                	add	sp,sp,-48
80400e00:	804057b7          	lui	a5,0x80405
80400e04:	c65e                	sw	s7,12(sp)
80400e06:	0c07ab83          	lw	s7,192(a5) # 804050c0 <pv_shared_info>
80400e0a:	cc52                	sw	s4,24(sp)
80400e0c:	806c9a37          	lui	s4,0x806c9
80400e10:	c85a                	sw	s6,16(sp)
80400e12:	c462                	sw	s8,8(sp)
80400e14:	c266                	sw	s9,4(sp)
80400e16:	d606                	sw	ra,44(sp)
80400e18:	d422                	sw	s0,40(sp)
80400e1a:	d226                	sw	s1,36(sp)
80400e1c:	d04a                	sw	s2,32(sp)
80400e1e:	ce4e                	sw	s3,28(sp)
80400e20:	ca56                	sw	s5,20(sp)
80400e22:	4c81                	li	s9,0
80400e24:	004b8c13          	add	s8,s7,4
80400e28:	7b4a0a13          	add	s4,s4,1972 # 806c97b4 <handlers>
80400e2c:	80405b37          	lui	s6,0x80405
80400e30:	000b8023          	sb	zero,0(s7)
80400e34:	0330000f          	fence	rw,rw
80400e38:	8ae6                	mv	s5,s9
80400e3a:	0f50000f          	fence	iorw,ow
80400e3e:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400e42:	4985                	li	s3,1
80400e44:	080a8163          	beqz	s5,80400ec6 <evtchn_do_upcall+0xc8>
80400e48:	8556                	mv	a0,s5
80400e4a:	00000097          	auipc	ra,0x0
80400e4e:	72c080e7          	jalr	1836(ra) # 80401576 <__ctzsi2>
80400e52:	01050413          	add	s0,a0,16
80400e56:	040a                	sll	s0,s0,0x2
80400e58:	08040913          	add	s2,s0,128
80400e5c:	fffa8793          	add	a5,s5,-1
80400e60:	00fafab3          	and	s5,s5,a5
80400e64:	945e                	add	s0,s0,s7
80400e66:	995e                	add	s2,s2,s7
80400e68:	00551493          	sll	s1,a0,0x5
80400e6c:	401c                	lw	a5,0(s0)
80400e6e:	0ff0000f          	fence
80400e72:	00092503          	lw	a0,0(s2)
80400e76:	fff54513          	not	a0,a0
80400e7a:	8d7d                	and	a0,a0,a5
80400e7c:	d561                	beqz	a0,80400e44 <evtchn_do_upcall+0x46>
80400e7e:	00000097          	auipc	ra,0x0
80400e82:	6f8080e7          	jalr	1784(ra) # 80401576 <__ctzsi2>
80400e86:	00a997b3          	sll	a5,s3,a0
80400e8a:	fff7c793          	not	a5,a5
80400e8e:	0f50000f          	fence	iorw,ow
80400e92:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80400e96:	9526                	add	a0,a0,s1
80400e98:	00351793          	sll	a5,a0,0x3
80400e9c:	97d2                	add	a5,a5,s4
80400e9e:	4398                	lw	a4,0(a5)
80400ea0:	cf09                	beqz	a4,80400eba <evtchn_do_upcall+0xbc>
80400ea2:	43cc                	lw	a1,4(a5)
80400ea4:	9702                	jalr	a4
80400ea6:	401c                	lw	a5,0(s0)
80400ea8:	0ff0000f          	fence
80400eac:	00092503          	lw	a0,0(s2)
80400eb0:	fff54513          	not	a0,a0
80400eb4:	8d7d                	and	a0,a0,a5
80400eb6:	f561                	bnez	a0,80400e7e <evtchn_do_upcall+0x80>
80400eb8:	b771                	j	80400e44 <evtchn_do_upcall+0x46>
80400eba:	0bcb2783          	lw	a5,188(s6) # 804050bc <stray>
80400ebe:	0785                	add	a5,a5,1
80400ec0:	0afb2e23          	sw	a5,188(s6)
80400ec4:	b765                	j	80400e6c <evtchn_do_upcall+0x6e>
80400ec6:	000bc783          	lbu	a5,0(s7)
80400eca:	f3bd                	bnez	a5,80400e30 <evtchn_do_upcall+0x32>
80400ecc:	50b2                	lw	ra,44(sp)
80400ece:	5422                	lw	s0,40(sp)
80400ed0:	5492                	lw	s1,36(sp)
80400ed2:	5902                	lw	s2,32(sp)
80400ed4:	49f2                	lw	s3,28(sp)
80400ed6:	4a62                	lw	s4,24(sp)
80400ed8:	4ad2                	lw	s5,20(sp)
80400eda:	4b42                	lw	s6,16(sp)
80400edc:	4bb2                	lw	s7,12(sp)
80400ede:	4c22                	lw	s8,8(sp)
80400ee0:	4c92                	lw	s9,4(sp)
80400ee2:	6145                	add	sp,sp,48
80400ee4:	8082                	ret

80400ee6 <evtchn_send>:
80400ee6:	1141                	add	sp,sp,-16
80400ee8:	c62a                	sw	a0,12(sp)
80400eea:	006c                	add	a1,sp,12
80400eec:	4511                	li	a0,4
80400eee:	02000893          	li	a7,32
80400ef2:	00000073          	ecall
80400ef6:	0141                	add	sp,sp,16
80400ef8:	8082                	ret

80400efa <evtchn_bind_virq>:
80400efa:	1141                	add	sp,sp,-16
80400efc:	86ae                	mv	a3,a1
80400efe:	c22a                	sw	a0,4(sp)
80400f00:	c402                	sw	zero,8(sp)
80400f02:	c602                	sw	zero,12(sp)
80400f04:	4505                	li	a0,1
80400f06:	004c                	add	a1,sp,4
80400f08:	02000893          	li	a7,32
80400f0c:	00000073          	ecall
80400f10:	00054b63          	bltz	a0,80400f26 <evtchn_bind_virq+0x2c>
80400f14:	4732                	lw	a4,12(sp)
80400f16:	cb11                	beqz	a4,80400f2a <evtchn_bind_virq+0x30>
80400f18:	c298                	sw	a4,0(a3)
80400f1a:	3fe00793          	li	a5,1022
80400f1e:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80400f20:	00e7e763          	bltu	a5,a4,80400f2e <evtchn_bind_virq+0x34>
80400f24:	4501                	li	a0,0
80400f26:	0141                	add	sp,sp,16
80400f28:	8082                	ret
80400f2a:	872a                	mv	a4,a0
80400f2c:	b7f5                	j	80400f18 <evtchn_bind_virq+0x1e>
80400f2e:	5529                	li	a0,-22
80400f30:	bfdd                	j	80400f26 <evtchn_bind_virq+0x2c>

80400f32 <pv_block>:
80400f32:	4505                	li	a0,1
80400f34:	4581                	li	a1,0
80400f36:	48f5                	li	a7,29
80400f38:	00000073          	ecall
80400f3c:	804057b7          	lui	a5,0x80405
80400f40:	0c07a783          	lw	a5,192(a5) # 804050c0 <pv_shared_info>
80400f44:	4705                	li	a4,1
80400f46:	00e780a3          	sb	a4,1(a5)
80400f4a:	8082                	ret

80400f4c <pvcons_init>:
80400f4c:	c10c                	sw	a1,0(a0)
80400f4e:	c150                	sw	a2,4(a0)
80400f50:	c514                	sw	a3,8(a0)
80400f52:	8082                	ret

80400f54 <pvcons_put>:
80400f54:	00052803          	lw	a6,0(a0)
80400f58:	6785                	lui	a5,0x1
80400f5a:	00f80733          	add	a4,a6,a5
80400f5e:	c0872503          	lw	a0,-1016(a4)
80400f62:	c0c72883          	lw	a7,-1012(a4)
80400f66:	0330000f          	fence	rw,rw
80400f6a:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400f6e:	953e                	add	a0,a0,a5
80400f70:	41150533          	sub	a0,a0,a7
80400f74:	02a7ee63          	bltu	a5,a0,80400fb0 <pvcons_put+0x5c>
80400f78:	04a66463          	bltu	a2,a0,80400fc0 <pvcons_put+0x6c>
80400f7c:	c11d                	beqz	a0,80400fa2 <pvcons_put+0x4e>
80400f7e:	872e                	mv	a4,a1
80400f80:	00a58633          	add	a2,a1,a0
80400f84:	40b885b3          	sub	a1,a7,a1
80400f88:	00074683          	lbu	a3,0(a4)
80400f8c:	00e587b3          	add	a5,a1,a4
80400f90:	7ff7f793          	and	a5,a5,2047
80400f94:	97c2                	add	a5,a5,a6
80400f96:	40d78023          	sb	a3,1024(a5)
80400f9a:	0705                	add	a4,a4,1
80400f9c:	fec716e3          	bne	a4,a2,80400f88 <pvcons_put+0x34>
80400fa0:	98aa                	add	a7,a7,a0
80400fa2:	0110000f          	fence	w,w
80400fa6:	6785                	lui	a5,0x1
80400fa8:	983e                	add	a6,a6,a5
80400faa:	c1182623          	sw	a7,-1012(a6)
80400fae:	8082                	ret
80400fb0:	4501                	li	a0,0
80400fb2:	0110000f          	fence	w,w
80400fb6:	6785                	lui	a5,0x1
80400fb8:	983e                	add	a6,a6,a5
80400fba:	c1182623          	sw	a7,-1012(a6)
80400fbe:	8082                	ret
80400fc0:	8532                	mv	a0,a2
80400fc2:	fd55                	bnez	a0,80400f7e <pvcons_put+0x2a>
80400fc4:	bff9                	j	80400fa2 <pvcons_put+0x4e>

80400fc6 <pvcons_write>:
80400fc6:	c621                	beqz	a2,8040100e <pvcons_write+0x48>
80400fc8:	1141                	add	sp,sp,-16
80400fca:	c422                	sw	s0,8(sp)
80400fcc:	c226                	sw	s1,4(sp)
80400fce:	c04a                	sw	s2,0(sp)
80400fd0:	c606                	sw	ra,12(sp)
80400fd2:	8432                	mv	s0,a2
80400fd4:	892a                	mv	s2,a0
80400fd6:	84ae                	mv	s1,a1
80400fd8:	a021                	j	80400fe0 <pvcons_write+0x1a>
80400fda:	00892783          	lw	a5,8(s2)
80400fde:	9782                	jalr	a5
80400fe0:	8622                	mv	a2,s0
80400fe2:	85a6                	mv	a1,s1
80400fe4:	854a                	mv	a0,s2
80400fe6:	00000097          	auipc	ra,0x0
80400fea:	f6e080e7          	jalr	-146(ra) # 80400f54 <pvcons_put>
80400fee:	87aa                	mv	a5,a0
80400ff0:	00492503          	lw	a0,4(s2)
80400ff4:	8c1d                	sub	s0,s0,a5
80400ff6:	94be                	add	s1,s1,a5
80400ff8:	00000097          	auipc	ra,0x0
80400ffc:	eee080e7          	jalr	-274(ra) # 80400ee6 <evtchn_send>
80401000:	fc69                	bnez	s0,80400fda <pvcons_write+0x14>
80401002:	40b2                	lw	ra,12(sp)
80401004:	4422                	lw	s0,8(sp)
80401006:	4492                	lw	s1,4(sp)
80401008:	4902                	lw	s2,0(sp)
8040100a:	0141                	add	sp,sp,16
8040100c:	8082                	ret
8040100e:	8082                	ret

80401010 <pvcons_drain>:
80401010:	411c                	lw	a5,0(a0)
80401012:	1141                	add	sp,sp,-16
80401014:	c226                	sw	s1,4(sp)
80401016:	6485                	lui	s1,0x1
80401018:	97a6                	add	a5,a5,s1
8040101a:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
8040101e:	c087a783          	lw	a5,-1016(a5)
80401022:	c606                	sw	ra,12(sp)
80401024:	c422                	sw	s0,8(sp)
80401026:	02f70363          	beq	a4,a5,8040104c <pvcons_drain+0x3c>
8040102a:	842a                	mv	s0,a0
8040102c:	4148                	lw	a0,4(a0)
8040102e:	00000097          	auipc	ra,0x0
80401032:	eb8080e7          	jalr	-328(ra) # 80400ee6 <evtchn_send>
80401036:	a019                	j	8040103c <pvcons_drain+0x2c>
80401038:	441c                	lw	a5,8(s0)
8040103a:	9782                	jalr	a5
8040103c:	401c                	lw	a5,0(s0)
8040103e:	97a6                	add	a5,a5,s1
80401040:	c0c7a703          	lw	a4,-1012(a5)
80401044:	c087a783          	lw	a5,-1016(a5)
80401048:	fef718e3          	bne	a4,a5,80401038 <pvcons_drain+0x28>
8040104c:	40b2                	lw	ra,12(sp)
8040104e:	4422                	lw	s0,8(sp)
80401050:	4492                	lw	s1,4(sp)
80401052:	0141                	add	sp,sp,16
80401054:	8082                	ret

80401056 <cons_event>:
80401056:	8082                	ret

80401058 <uni_console_drain>:
80401058:	804057b7          	lui	a5,0x80405
8040105c:	0c47a783          	lw	a5,196(a5) # 804050c4 <ready>
80401060:	e391                	bnez	a5,80401064 <uni_console_drain+0xc>
80401062:	8082                	ret
80401064:	806cb537          	lui	a0,0x806cb
80401068:	7b450513          	add	a0,a0,1972 # 806cb7b4 <cons>
8040106c:	00000317          	auipc	t1,0x0
80401070:	fa430067          	jr	-92(t1) # 80401010 <pvcons_drain>

80401074 <uni_console_write>:
80401074:	804057b7          	lui	a5,0x80405
80401078:	0c47a703          	lw	a4,196(a5) # 804050c4 <ready>
8040107c:	862e                	mv	a2,a1
8040107e:	cb11                	beqz	a4,80401092 <uni_console_write+0x1e>
80401080:	85aa                	mv	a1,a0
80401082:	806cb537          	lui	a0,0x806cb
80401086:	7b450513          	add	a0,a0,1972 # 806cb7b4 <cons>
8040108a:	00000317          	auipc	t1,0x0
8040108e:	f3c30067          	jr	-196(t1) # 80400fc6 <pvcons_write>
80401092:	00000317          	auipc	t1,0x0
80401096:	97430067          	jr	-1676(t1) # 80400a06 <uni_early_write>

8040109a <timer_event>:
8040109a:	8082                	ret

8040109c <revoke_event>:
8040109c:	7155                	add	sp,sp,-208
8040109e:	804057b7          	lui	a5,0x80405
804010a2:	dd52                	sw	s4,184(sp)
804010a4:	0c07aa03          	lw	s4,192(a5) # 804050c0 <pv_shared_info>
804010a8:	db56                	sw	s5,180(sp)
804010aa:	c786                	sw	ra,204(sp)
804010ac:	144a2a83          	lw	s5,324(s4)
804010b0:	c5a2                	sw	s0,200(sp)
804010b2:	c3a6                	sw	s1,196(sp)
804010b4:	c1ca                	sw	s2,192(sp)
804010b6:	df4e                	sw	s3,188(sp)
804010b8:	d95a                	sw	s6,176(sp)
804010ba:	d75e                	sw	s7,172(sp)
804010bc:	d562                	sw	s8,168(sp)
804010be:	d366                	sw	s9,164(sp)
804010c0:	d16a                	sw	s10,160(sp)
804010c2:	cf6e                	sw	s11,156(sp)
804010c4:	0220000f          	fence	r,r
804010c8:	80405737          	lui	a4,0x80405
804010cc:	0dc72783          	lw	a5,220(a4) # 804050dc <revoke_seen>
804010d0:	148a2b83          	lw	s7,328(s4)
804010d4:	03578263          	beq	a5,s5,804010f8 <revoke_event+0x5c>
804010d8:	806cbdb7          	lui	s11,0x806cb
804010dc:	7c0d8d93          	add	s11,s11,1984 # 806cb7c0 <revoke_stats>
804010e0:	000da783          	lw	a5,0(s11)
804010e4:	804056b7          	lui	a3,0x80405
804010e8:	0986a683          	lw	a3,152(a3) # 80405098 <cooperate>
804010ec:	0785                	add	a5,a5,1
804010ee:	0d572e23          	sw	s5,220(a4)
804010f2:	00fda023          	sw	a5,0(s11)
804010f6:	e6e9                	bnez	a3,804011c0 <revoke_event+0x124>
804010f8:	80405737          	lui	a4,0x80405
804010fc:	154a2683          	lw	a3,340(s4)
80401100:	0d872783          	lw	a5,216(a4) # 804050d8 <revoked_seen>
80401104:	08d78f63          	beq	a5,a3,804011a2 <revoke_event+0x106>
80401108:	806cbdb7          	lui	s11,0x806cb
8040110c:	7c0d8d93          	add	s11,s11,1984 # 806cb7c0 <revoke_stats>
80401110:	008da783          	lw	a5,8(s11)
80401114:	0cd72c23          	sw	a3,216(a4)
80401118:	0785                	add	a5,a5,1
8040111a:	00fda423          	sw	a5,8(s11)
8040111e:	0220000f          	fence	r,r
80401122:	158a2b03          	lw	s6,344(s4)
80401126:	060b0e63          	beqz	s6,804011a2 <revoke_event+0x106>
8040112a:	806cbab7          	lui	s5,0x806cb
8040112e:	806cccb7          	lui	s9,0x806cc
80401132:	15ca0a13          	add	s4,s4,348
80401136:	4981                	li	s3,0
80401138:	7d4a8a93          	add	s5,s5,2004 # 806cb7d4 <slot_mfn>
8040113c:	7d4c8c93          	add	s9,s9,2004 # 806cc7d4 <argv.1>
80401140:	80405bb7          	lui	s7,0x80405
80401144:	80405937          	lui	s2,0x80405
80401148:	6d05                	lui	s10,0x1
8040114a:	000a2c03          	lw	s8,0(s4)
8040114e:	8456                	mv	s0,s5
80401150:	f00004b7          	lui	s1,0xf0000
80401154:	a029                	j	8040115e <revoke_event+0xc2>
80401156:	0411                	add	s0,s0,4
80401158:	94ea                	add	s1,s1,s10
8040115a:	028c8c63          	beq	s9,s0,80401192 <revoke_event+0xf6>
8040115e:	401c                	lw	a5,0(s0)
80401160:	ff879be3          	bne	a5,s8,80401156 <revoke_event+0xba>
80401164:	0e8ba703          	lw	a4,232(s7) # 804050e8 <slots_used>
80401168:	010da783          	lw	a5,16(s11)
8040116c:	0e492683          	lw	a3,228(s2) # 804050e4 <revoke_hook>
80401170:	177d                	add	a4,a4,-1
80401172:	0785                	add	a5,a5,1
80401174:	00042023          	sw	zero,0(s0)
80401178:	0eeba423          	sw	a4,232(s7)
8040117c:	00fda823          	sw	a5,16(s11)
80401180:	8526                	mv	a0,s1
80401182:	4605                	li	a2,1
80401184:	85e2                	mv	a1,s8
80401186:	dae1                	beqz	a3,80401156 <revoke_event+0xba>
80401188:	0411                	add	s0,s0,4
8040118a:	9682                	jalr	a3
8040118c:	94ea                	add	s1,s1,s10
8040118e:	fc8c98e3          	bne	s9,s0,8040115e <revoke_event+0xc2>
80401192:	0985                	add	s3,s3,1
80401194:	013b0763          	beq	s6,s3,804011a2 <revoke_event+0x106>
80401198:	02000793          	li	a5,32
8040119c:	0a11                	add	s4,s4,4
8040119e:	faf996e3          	bne	s3,a5,8040114a <revoke_event+0xae>
804011a2:	40be                	lw	ra,204(sp)
804011a4:	442e                	lw	s0,200(sp)
804011a6:	449e                	lw	s1,196(sp)
804011a8:	490e                	lw	s2,192(sp)
804011aa:	59fa                	lw	s3,188(sp)
804011ac:	5a6a                	lw	s4,184(sp)
804011ae:	5ada                	lw	s5,180(sp)
804011b0:	5b4a                	lw	s6,176(sp)
804011b2:	5bba                	lw	s7,172(sp)
804011b4:	5c2a                	lw	s8,168(sp)
804011b6:	5c9a                	lw	s9,164(sp)
804011b8:	5d0a                	lw	s10,160(sp)
804011ba:	4dfa                	lw	s11,156(sp)
804011bc:	6169                	add	sp,sp,208
804011be:	8082                	ret
804011c0:	f20b8ce3          	beqz	s7,804010f8 <revoke_event+0x5c>
804011c4:	806cc937          	lui	s2,0x806cc
804011c8:	6485                	lui	s1,0x1
804011ca:	6b21                	lui	s6,0x8
804011cc:	7d090913          	add	s2,s2,2000 # 806cc7d0 <slot_mfn+0xffc>
804011d0:	f03ff9b7          	lui	s3,0xf03ff
804011d4:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
804011d6:	4401                	li	s0,0
804011d8:	7d7d                	lui	s10,0xfffff
804011da:	80405e37          	lui	t3,0x80405
804011de:	80405337          	lui	t1,0x80405
804011e2:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
804011e4:	80405cb7          	lui	s9,0x80405
804011e8:	02000813          	li	a6,32
804011ec:	00092c03          	lw	s8,0(s2)
804011f0:	060c0a63          	beqz	s8,80401264 <revoke_event+0x1c8>
804011f4:	0e4e2783          	lw	a5,228(t3) # 804050e4 <revoke_hook>
804011f8:	cb99                	beqz	a5,8040120e <revoke_event+0x172>
804011fa:	4601                	li	a2,0
804011fc:	85e2                	mv	a1,s8
804011fe:	854e                	mv	a0,s3
80401200:	9782                	jalr	a5
80401202:	02000813          	li	a6,32
80401206:	80405337          	lui	t1,0x80405
8040120a:	80405e37          	lui	t3,0x80405
8040120e:	0ec32783          	lw	a5,236(t1) # 804050ec <window_l1>
80401212:	c402                	sw	zero,8(sp)
80401214:	0048                	add	a0,sp,4
80401216:	07b2                	sll	a5,a5,0xc
80401218:	8fc5                	or	a5,a5,s1
8040121a:	c23e                	sw	a5,4(sp)
8040121c:	4585                	li	a1,1
8040121e:	4601                	li	a2,0
80401220:	86da                	mv	a3,s6
80401222:	4885                	li	a7,1
80401224:	00000073          	ecall
80401228:	ed15                	bnez	a0,80401264 <revoke_event+0x1c8>
8040122a:	0e8ca703          	lw	a4,232(s9) # 804050e8 <slots_used>
8040122e:	00241793          	sll	a5,s0,0x2
80401232:	09078793          	add	a5,a5,144
80401236:	978a                	add	a5,a5,sp
80401238:	177d                	add	a4,a4,-1
8040123a:	f987a023          	sw	s8,-128(a5)
8040123e:	00092023          	sw	zero,0(s2)
80401242:	0eeca423          	sw	a4,232(s9)
80401246:	00140793          	add	a5,s0,1
8040124a:	c48d                	beqz	s1,80401274 <revoke_event+0x1d8>
8040124c:	0377f463          	bgeu	a5,s7,80401274 <revoke_event+0x1d8>
80401250:	1971                	add	s2,s2,-4
80401252:	14f1                	add	s1,s1,-4
80401254:	99ea                	add	s3,s3,s10
80401256:	03078063          	beq	a5,a6,80401276 <revoke_event+0x1da>
8040125a:	00092c03          	lw	s8,0(s2)
8040125e:	843e                	mv	s0,a5
80401260:	f80c1ae3          	bnez	s8,804011f4 <revoke_event+0x158>
80401264:	c499                	beqz	s1,80401272 <revoke_event+0x1d6>
80401266:	01747663          	bgeu	s0,s7,80401272 <revoke_event+0x1d6>
8040126a:	1971                	add	s2,s2,-4
8040126c:	14f1                	add	s1,s1,-4
8040126e:	99ea                	add	s3,s3,s10
80401270:	bfb5                	j	804011ec <revoke_event+0x150>
80401272:	87a2                	mv	a5,s0
80401274:	cf81                	beqz	a5,8040128c <revoke_event+0x1f0>
80401276:	0818                	add	a4,sp,16
80401278:	c23e                	sw	a5,4(sp)
8040127a:	c43a                	sw	a4,8(sp)
8040127c:	c602                	sw	zero,12(sp)
8040127e:	4505                	li	a0,1
80401280:	004c                	add	a1,sp,4
80401282:	03000893          	li	a7,48
80401286:	00000073          	ecall
8040128a:	cd19                	beqz	a0,804012a8 <revoke_event+0x20c>
8040128c:	450d                	li	a0,3
8040128e:	85d6                	mv	a1,s5
80401290:	03000893          	li	a7,48
80401294:	00000073          	ecall
80401298:	e60510e3          	bnez	a0,804010f8 <revoke_event+0x5c>
8040129c:	004da783          	lw	a5,4(s11)
804012a0:	0785                	add	a5,a5,1
804012a2:	00fda223          	sw	a5,4(s11)
804012a6:	bd89                	j	804010f8 <revoke_event+0x5c>
804012a8:	00cda703          	lw	a4,12(s11)
804012ac:	97ba                	add	a5,a5,a4
804012ae:	00fda623          	sw	a5,12(s11)
804012b2:	bfe9                	j	8040128c <revoke_event+0x1f0>

804012b4 <write>:
804012b4:	1141                	add	sp,sp,-16
804012b6:	c606                	sw	ra,12(sp)
804012b8:	c422                	sw	s0,8(sp)
804012ba:	47bd                	li	a5,15
804012bc:	00a7eb63          	bltu	a5,a0,804012d2 <write+0x1e>
804012c0:	80405737          	lui	a4,0x80405
804012c4:	00070713          	mv	a4,a4
804012c8:	00351793          	sll	a5,a0,0x3
804012cc:	97ba                	add	a5,a5,a4
804012ce:	4398                	lw	a4,0(a5)
804012d0:	ef11                	bnez	a4,804012ec <write+0x38>
804012d2:	4725                	li	a4,9
804012d4:	000007b7          	lui	a5,0x0
804012d8:	004787b3          	add	a5,a5,tp
804012dc:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804012e0:	547d                	li	s0,-1
804012e2:	40b2                	lw	ra,12(sp)
804012e4:	8522                	mv	a0,s0
804012e6:	4422                	lw	s0,8(sp)
804012e8:	0141                	add	sp,sp,16
804012ea:	8082                	ret
804012ec:	8432                	mv	s0,a2
804012ee:	04064663          	bltz	a2,8040133a <write+0x86>
804012f2:	4505                	li	a0,1
804012f4:	02a70b63          	beq	a4,a0,8040132a <write+0x76>
804012f8:	80405737          	lui	a4,0x80405
804012fc:	10472703          	lw	a4,260(a4) # 80405104 <fs>
80401300:	43c8                	lw	a0,4(a5)
80401302:	475c                	lw	a5,12(a4)
80401304:	9782                	jalr	a5
80401306:	842a                	mv	s0,a0
80401308:	fc055de3          	bgez	a0,804012e2 <write+0x2e>
8040130c:	fff54413          	not	s0,a0
80401310:	02500793          	li	a5,37
80401314:	4715                	li	a4,5
80401316:	fa87efe3          	bltu	a5,s0,804012d4 <write+0x20>
8040131a:	804047b7          	lui	a5,0x80404
8040131e:	49478793          	add	a5,a5,1172 # 80404494 <CSWTCH.40>
80401322:	97a2                	add	a5,a5,s0
80401324:	00078703          	lb	a4,0(a5)
80401328:	b775                	j	804012d4 <write+0x20>
8040132a:	86ae                	mv	a3,a1
8040132c:	8536                	mv	a0,a3
8040132e:	85b2                	mv	a1,a2
80401330:	00000097          	auipc	ra,0x0
80401334:	d44080e7          	jalr	-700(ra) # 80401074 <uni_console_write>
80401338:	b76d                	j	804012e2 <write+0x2e>
8040133a:	4759                	li	a4,22
8040133c:	bf61                	j	804012d4 <write+0x20>

8040133e <uni_main>:
8040133e:	1141                	add	sp,sp,-16
80401340:	c606                	sw	ra,12(sp)
80401342:	c422                	sw	s0,8(sp)
80401344:	806cc837          	lui	a6,0x806cc
80401348:	00054603          	lbu	a2,0(a0)
8040134c:	872a                	mv	a4,a0
8040134e:	02000693          	li	a3,32
80401352:	4501                	li	a0,0
80401354:	45a5                	li	a1,9
80401356:	7d480813          	add	a6,a6,2004 # 806cc7d4 <argv.1>
8040135a:	02d60b63          	beq	a2,a3,80401390 <uni_main+0x52>
8040135e:	02b60963          	beq	a2,a1,80401390 <uni_main+0x52>
80401362:	c231                	beqz	a2,804013a6 <uni_main+0x68>
80401364:	06d50a63          	beq	a0,a3,804013d8 <uni_main+0x9a>
80401368:	00251793          	sll	a5,a0,0x2
8040136c:	97c2                	add	a5,a5,a6
8040136e:	c398                	sw	a4,0(a5)
80401370:	00074603          	lbu	a2,0(a4)
80401374:	0505                	add	a0,a0,1
80401376:	87b2                	mv	a5,a2
80401378:	d26d                	beqz	a2,8040135a <uni_main+0x1c>
8040137a:	02d78363          	beq	a5,a3,804013a0 <uni_main+0x62>
8040137e:	02b78163          	beq	a5,a1,804013a0 <uni_main+0x62>
80401382:	00174783          	lbu	a5,1(a4)
80401386:	0705                	add	a4,a4,1
80401388:	fbed                	bnez	a5,8040137a <uni_main+0x3c>
8040138a:	4601                	li	a2,0
8040138c:	fcd619e3          	bne	a2,a3,8040135e <uni_main+0x20>
80401390:	00170793          	add	a5,a4,1
80401394:	00174603          	lbu	a2,1(a4)
80401398:	00070023          	sb	zero,0(a4)
8040139c:	873e                	mv	a4,a5
8040139e:	bf75                	j	8040135a <uni_main+0x1c>
804013a0:	00074603          	lbu	a2,0(a4)
804013a4:	bf5d                	j	8040135a <uni_main+0x1c>
804013a6:	806cc5b7          	lui	a1,0x806cc
804013aa:	7d458713          	add	a4,a1,2004 # 806cc7d4 <argv.1>
804013ae:	00251793          	sll	a5,a0,0x2
804013b2:	97ba                	add	a5,a5,a4
804013b4:	7d458593          	add	a1,a1,2004
804013b8:	0007a023          	sw	zero,0(a5)
804013bc:	fffff097          	auipc	ra,0xfffff
804013c0:	ce4080e7          	jalr	-796(ra) # 804000a0 <main>
804013c4:	842a                	mv	s0,a0
804013c6:	00000097          	auipc	ra,0x0
804013ca:	0f0080e7          	jalr	240(ra) # 804014b6 <ulib_flush_stdout>
804013ce:	40b2                	lw	ra,12(sp)
804013d0:	8522                	mv	a0,s0
804013d2:	4422                	lw	s0,8(sp)
804013d4:	0141                	add	sp,sp,16
804013d6:	8082                	ret
804013d8:	80404537          	lui	a0,0x80404
804013dc:	4bc50513          	add	a0,a0,1212 # 804044bc <msg.0>
804013e0:	45e1                	li	a1,24
804013e2:	00000097          	auipc	ra,0x0
804013e6:	c92080e7          	jalr	-878(ra) # 80401074 <uni_console_write>
804013ea:	4409                	li	s0,2
804013ec:	40b2                	lw	ra,12(sp)
804013ee:	8522                	mv	a0,s0
804013f0:	4422                	lw	s0,8(sp)
804013f2:	0141                	add	sp,sp,16
804013f4:	8082                	ret

804013f6 <stdout_flush>:
804013f6:	1141                	add	sp,sp,-16
804013f8:	c04a                	sw	s2,0(sp)
804013fa:	80405937          	lui	s2,0x80405
804013fe:	c422                	sw	s0,8(sp)
80401400:	10892403          	lw	s0,264(s2) # 80405108 <out_len>
80401404:	c606                	sw	ra,12(sp)
80401406:	c226                	sw	s1,4(sp)
80401408:	c015                	beqz	s0,8040142c <stdout_flush+0x36>
8040140a:	806cd4b7          	lui	s1,0x806cd
8040140e:	85848493          	add	s1,s1,-1960 # 806cc858 <out_buf>
80401412:	a019                	j	80401418 <stdout_flush+0x22>
80401414:	94aa                	add	s1,s1,a0
80401416:	c819                	beqz	s0,8040142c <stdout_flush+0x36>
80401418:	8622                	mv	a2,s0
8040141a:	85a6                	mv	a1,s1
8040141c:	4505                	li	a0,1
8040141e:	00000097          	auipc	ra,0x0
80401422:	e96080e7          	jalr	-362(ra) # 804012b4 <write>
80401426:	8c09                	sub	s0,s0,a0
80401428:	fea046e3          	bgtz	a0,80401414 <stdout_flush+0x1e>
8040142c:	40b2                	lw	ra,12(sp)
8040142e:	4422                	lw	s0,8(sp)
80401430:	10092423          	sw	zero,264(s2)
80401434:	4492                	lw	s1,4(sp)
80401436:	4902                	lw	s2,0(sp)
80401438:	4501                	li	a0,0
8040143a:	0141                	add	sp,sp,16
8040143c:	8082                	ret

8040143e <stdout_put>:
8040143e:	1101                	add	sp,sp,-32
80401440:	c64e                	sw	s3,12(sp)
80401442:	804059b7          	lui	s3,0x80405
80401446:	1089a783          	lw	a5,264(s3) # 80405108 <out_len>
8040144a:	ca26                	sw	s1,20(sp)
8040144c:	806cd4b7          	lui	s1,0x806cd
80401450:	85848493          	add	s1,s1,-1960 # 806cc858 <out_buf>
80401454:	cc22                	sw	s0,24(sp)
80401456:	c84a                	sw	s2,16(sp)
80401458:	00178413          	add	s0,a5,1
8040145c:	ce06                	sw	ra,28(sp)
8040145e:	97a6                	add	a5,a5,s1
80401460:	00a78023          	sb	a0,0(a5)
80401464:	1089a423          	sw	s0,264(s3)
80401468:	47a9                	li	a5,10
8040146a:	892a                	mv	s2,a0
8040146c:	00f50e63          	beq	a0,a5,80401488 <stdout_put+0x4a>
80401470:	20000793          	li	a5,512
80401474:	00f40b63          	beq	s0,a5,8040148a <stdout_put+0x4c>
80401478:	40f2                	lw	ra,28(sp)
8040147a:	4462                	lw	s0,24(sp)
8040147c:	44d2                	lw	s1,20(sp)
8040147e:	49b2                	lw	s3,12(sp)
80401480:	854a                	mv	a0,s2
80401482:	4942                	lw	s2,16(sp)
80401484:	6105                	add	sp,sp,32
80401486:	8082                	ret
80401488:	cc09                	beqz	s0,804014a2 <stdout_put+0x64>
8040148a:	8622                	mv	a2,s0
8040148c:	85a6                	mv	a1,s1
8040148e:	4505                	li	a0,1
80401490:	00000097          	auipc	ra,0x0
80401494:	e24080e7          	jalr	-476(ra) # 804012b4 <write>
80401498:	8c09                	sub	s0,s0,a0
8040149a:	00a05463          	blez	a0,804014a2 <stdout_put+0x64>
8040149e:	94aa                	add	s1,s1,a0
804014a0:	f46d                	bnez	s0,8040148a <stdout_put+0x4c>
804014a2:	40f2                	lw	ra,28(sp)
804014a4:	4462                	lw	s0,24(sp)
804014a6:	1009a423          	sw	zero,264(s3)
804014aa:	44d2                	lw	s1,20(sp)
804014ac:	49b2                	lw	s3,12(sp)
804014ae:	854a                	mv	a0,s2
804014b0:	4942                	lw	s2,16(sp)
804014b2:	6105                	add	sp,sp,32
804014b4:	8082                	ret

804014b6 <ulib_flush_stdout>:
804014b6:	1141                	add	sp,sp,-16
804014b8:	c04a                	sw	s2,0(sp)
804014ba:	80405937          	lui	s2,0x80405
804014be:	c422                	sw	s0,8(sp)
804014c0:	10892403          	lw	s0,264(s2) # 80405108 <out_len>
804014c4:	c606                	sw	ra,12(sp)
804014c6:	c226                	sw	s1,4(sp)
804014c8:	c015                	beqz	s0,804014ec <ulib_flush_stdout+0x36>
804014ca:	806cd4b7          	lui	s1,0x806cd
804014ce:	85848493          	add	s1,s1,-1960 # 806cc858 <out_buf>
804014d2:	a019                	j	804014d8 <ulib_flush_stdout+0x22>
804014d4:	94aa                	add	s1,s1,a0
804014d6:	c819                	beqz	s0,804014ec <ulib_flush_stdout+0x36>
804014d8:	8622                	mv	a2,s0
804014da:	85a6                	mv	a1,s1
804014dc:	4505                	li	a0,1
804014de:	00000097          	auipc	ra,0x0
804014e2:	dd6080e7          	jalr	-554(ra) # 804012b4 <write>
804014e6:	8c09                	sub	s0,s0,a0
804014e8:	fea046e3          	bgtz	a0,804014d4 <ulib_flush_stdout+0x1e>
804014ec:	40b2                	lw	ra,12(sp)
804014ee:	4422                	lw	s0,8(sp)
804014f0:	10092423          	sw	zero,264(s2)
804014f4:	4492                	lw	s1,4(sp)
804014f6:	4902                	lw	s2,0(sp)
804014f8:	0141                	add	sp,sp,16
804014fa:	8082                	ret

804014fc <__lshrdi3>:
804014fc:	ca19                	beqz	a2,80401512 <__lshrdi3+0x16>
804014fe:	02000793          	li	a5,32
80401502:	8f91                	sub	a5,a5,a2
80401504:	00f04863          	bgtz	a5,80401514 <__lshrdi3+0x18>
80401508:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
8040150a:	00c5d533          	srl	a0,a1,a2
8040150e:	4701                	li	a4,0
80401510:	85ba                	mv	a1,a4
80401512:	8082                	ret
80401514:	00c5d733          	srl	a4,a1,a2
80401518:	00c55533          	srl	a0,a0,a2
8040151c:	00f595b3          	sll	a1,a1,a5
80401520:	8d4d                	or	a0,a0,a1
80401522:	b7fd                	j	80401510 <__lshrdi3+0x14>

80401524 <__ashldi3>:
80401524:	ca19                	beqz	a2,8040153a <__ashldi3+0x16>
80401526:	02000793          	li	a5,32
8040152a:	8f91                	sub	a5,a5,a2
8040152c:	00f04863          	bgtz	a5,8040153c <__ashldi3+0x18>
80401530:	1601                	add	a2,a2,-32
80401532:	00c515b3          	sll	a1,a0,a2
80401536:	4701                	li	a4,0
80401538:	853a                	mv	a0,a4
8040153a:	8082                	ret
8040153c:	00c51733          	sll	a4,a0,a2
80401540:	00c595b3          	sll	a1,a1,a2
80401544:	00f55533          	srl	a0,a0,a5
80401548:	8dc9                	or	a1,a1,a0
8040154a:	b7fd                	j	80401538 <__ashldi3+0x14>

8040154c <__ashrdi3>:
8040154c:	ce01                	beqz	a2,80401564 <__ashrdi3+0x18>
8040154e:	02000793          	li	a5,32
80401552:	8f91                	sub	a5,a5,a2
80401554:	00f04963          	bgtz	a5,80401566 <__ashrdi3+0x1a>
80401558:	1601                	add	a2,a2,-32
8040155a:	41f5d713          	sra	a4,a1,0x1f
8040155e:	40c5d533          	sra	a0,a1,a2
80401562:	85ba                	mv	a1,a4
80401564:	8082                	ret
80401566:	40c5d733          	sra	a4,a1,a2
8040156a:	00c55533          	srl	a0,a0,a2
8040156e:	00f595b3          	sll	a1,a1,a5
80401572:	8d4d                	or	a0,a0,a1
80401574:	b7fd                	j	80401562 <__ashrdi3+0x16>

80401576 <__ctzsi2>:
80401576:	40a007b3          	neg	a5,a0
8040157a:	8d7d                	and	a0,a0,a5
8040157c:	67c1                	lui	a5,0x10
8040157e:	02f57363          	bgeu	a0,a5,804015a4 <__ctzsi2+0x2e>
80401582:	10053793          	sltiu	a5,a0,256
80401586:	0017c793          	xor	a5,a5,1
8040158a:	078e                	sll	a5,a5,0x3
8040158c:	00f55533          	srl	a0,a0,a5
80401590:	00003717          	auipc	a4,0x3
80401594:	31470713          	add	a4,a4,788 # 804048a4 <__clz_tab>
80401598:	972a                	add	a4,a4,a0
8040159a:	00074503          	lbu	a0,0(a4)
8040159e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804015a0:	953e                	add	a0,a0,a5
804015a2:	8082                	ret
804015a4:	01000737          	lui	a4,0x1000
804015a8:	47c1                	li	a5,16
804015aa:	fee561e3          	bltu	a0,a4,8040158c <__ctzsi2+0x16>
804015ae:	47e1                	li	a5,24
804015b0:	bff1                	j	8040158c <__ctzsi2+0x16>

804015b2 <__udivdi3>:
804015b2:	88aa                	mv	a7,a0
804015b4:	832e                	mv	t1,a1
804015b6:	8732                	mv	a4,a2
804015b8:	882a                	mv	a6,a0
804015ba:	87ae                	mv	a5,a1
804015bc:	20069663          	bnez	a3,804017c8 <__udivdi3+0x216>
804015c0:	00003597          	auipc	a1,0x3
804015c4:	2e458593          	add	a1,a1,740 # 804048a4 <__clz_tab>
804015c8:	0cc37163          	bgeu	t1,a2,8040168a <__udivdi3+0xd8>
804015cc:	66c1                	lui	a3,0x10
804015ce:	0ad67763          	bgeu	a2,a3,8040167c <__udivdi3+0xca>
804015d2:	10063693          	sltiu	a3,a2,256
804015d6:	0016c693          	xor	a3,a3,1
804015da:	068e                	sll	a3,a3,0x3
804015dc:	00d65533          	srl	a0,a2,a3
804015e0:	95aa                	add	a1,a1,a0
804015e2:	0005c583          	lbu	a1,0(a1)
804015e6:	02000513          	li	a0,32
804015ea:	96ae                	add	a3,a3,a1
804015ec:	40d505b3          	sub	a1,a0,a3
804015f0:	00d50b63          	beq	a0,a3,80401606 <__udivdi3+0x54>
804015f4:	00b317b3          	sll	a5,t1,a1
804015f8:	00d8d6b3          	srl	a3,a7,a3
804015fc:	00b61733          	sll	a4,a2,a1
80401600:	8fd5                	or	a5,a5,a3
80401602:	00b89833          	sll	a6,a7,a1
80401606:	01075593          	srl	a1,a4,0x10
8040160a:	02b7d333          	divu	t1,a5,a1
8040160e:	01071613          	sll	a2,a4,0x10
80401612:	8241                	srl	a2,a2,0x10
80401614:	02b7f7b3          	remu	a5,a5,a1
80401618:	851a                	mv	a0,t1
8040161a:	026608b3          	mul	a7,a2,t1
8040161e:	01079693          	sll	a3,a5,0x10
80401622:	01085793          	srl	a5,a6,0x10
80401626:	8fd5                	or	a5,a5,a3
80401628:	0117fc63          	bgeu	a5,a7,80401640 <__udivdi3+0x8e>
8040162c:	97ba                	add	a5,a5,a4
8040162e:	fff30513          	add	a0,t1,-1
80401632:	00e7e763          	bltu	a5,a4,80401640 <__udivdi3+0x8e>
80401636:	0117f563          	bgeu	a5,a7,80401640 <__udivdi3+0x8e>
8040163a:	ffe30513          	add	a0,t1,-2
8040163e:	97ba                	add	a5,a5,a4
80401640:	411787b3          	sub	a5,a5,a7
80401644:	02b7d8b3          	divu	a7,a5,a1
80401648:	0842                	sll	a6,a6,0x10
8040164a:	01085813          	srl	a6,a6,0x10
8040164e:	02b7f7b3          	remu	a5,a5,a1
80401652:	031606b3          	mul	a3,a2,a7
80401656:	07c2                	sll	a5,a5,0x10
80401658:	00f86833          	or	a6,a6,a5
8040165c:	87c6                	mv	a5,a7
8040165e:	00d87b63          	bgeu	a6,a3,80401674 <__udivdi3+0xc2>
80401662:	983a                	add	a6,a6,a4
80401664:	fff88793          	add	a5,a7,-1 # 803fffff <errno+0x803fffff>
80401668:	00e86663          	bltu	a6,a4,80401674 <__udivdi3+0xc2>
8040166c:	00d87463          	bgeu	a6,a3,80401674 <__udivdi3+0xc2>
80401670:	ffe88793          	add	a5,a7,-2
80401674:	0542                	sll	a0,a0,0x10
80401676:	8d5d                	or	a0,a0,a5
80401678:	4581                	li	a1,0
8040167a:	8082                	ret
8040167c:	01000537          	lui	a0,0x1000
80401680:	46c1                	li	a3,16
80401682:	f4a66de3          	bltu	a2,a0,804015dc <__udivdi3+0x2a>
80401686:	46e1                	li	a3,24
80401688:	bf91                	j	804015dc <__udivdi3+0x2a>
8040168a:	4681                	li	a3,0
8040168c:	ca09                	beqz	a2,8040169e <__udivdi3+0xec>
8040168e:	67c1                	lui	a5,0x10
80401690:	08f67f63          	bgeu	a2,a5,8040172e <__udivdi3+0x17c>
80401694:	10063693          	sltiu	a3,a2,256
80401698:	0016c693          	xor	a3,a3,1
8040169c:	068e                	sll	a3,a3,0x3
8040169e:	00d657b3          	srl	a5,a2,a3
804016a2:	95be                	add	a1,a1,a5
804016a4:	0005c783          	lbu	a5,0(a1)
804016a8:	97b6                	add	a5,a5,a3
804016aa:	02000693          	li	a3,32
804016ae:	40f685b3          	sub	a1,a3,a5
804016b2:	08f69563          	bne	a3,a5,8040173c <__udivdi3+0x18a>
804016b6:	40c307b3          	sub	a5,t1,a2
804016ba:	4585                	li	a1,1
804016bc:	01075893          	srl	a7,a4,0x10
804016c0:	0317de33          	divu	t3,a5,a7
804016c4:	01071613          	sll	a2,a4,0x10
804016c8:	8241                	srl	a2,a2,0x10
804016ca:	01085693          	srl	a3,a6,0x10
804016ce:	0317f7b3          	remu	a5,a5,a7
804016d2:	8572                	mv	a0,t3
804016d4:	03c60333          	mul	t1,a2,t3
804016d8:	07c2                	sll	a5,a5,0x10
804016da:	8fd5                	or	a5,a5,a3
804016dc:	0067fc63          	bgeu	a5,t1,804016f4 <__udivdi3+0x142>
804016e0:	97ba                	add	a5,a5,a4
804016e2:	fffe0513          	add	a0,t3,-1 # 80404fff <stdout+0x64b>
804016e6:	00e7e763          	bltu	a5,a4,804016f4 <__udivdi3+0x142>
804016ea:	0067f563          	bgeu	a5,t1,804016f4 <__udivdi3+0x142>
804016ee:	ffee0513          	add	a0,t3,-2
804016f2:	97ba                	add	a5,a5,a4
804016f4:	406787b3          	sub	a5,a5,t1
804016f8:	0317d333          	divu	t1,a5,a7
804016fc:	0842                	sll	a6,a6,0x10
804016fe:	01085813          	srl	a6,a6,0x10
80401702:	0317f7b3          	remu	a5,a5,a7
80401706:	026606b3          	mul	a3,a2,t1
8040170a:	07c2                	sll	a5,a5,0x10
8040170c:	00f86833          	or	a6,a6,a5
80401710:	879a                	mv	a5,t1
80401712:	00d87b63          	bgeu	a6,a3,80401728 <__udivdi3+0x176>
80401716:	983a                	add	a6,a6,a4
80401718:	fff30793          	add	a5,t1,-1
8040171c:	00e86663          	bltu	a6,a4,80401728 <__udivdi3+0x176>
80401720:	00d87463          	bgeu	a6,a3,80401728 <__udivdi3+0x176>
80401724:	ffe30793          	add	a5,t1,-2
80401728:	0542                	sll	a0,a0,0x10
8040172a:	8d5d                	or	a0,a0,a5
8040172c:	8082                	ret
8040172e:	010007b7          	lui	a5,0x1000
80401732:	46c1                	li	a3,16
80401734:	f6f665e3          	bltu	a2,a5,8040169e <__udivdi3+0xec>
80401738:	46e1                	li	a3,24
8040173a:	b795                	j	8040169e <__udivdi3+0xec>
8040173c:	00b61733          	sll	a4,a2,a1
80401740:	00f356b3          	srl	a3,t1,a5
80401744:	01075513          	srl	a0,a4,0x10
80401748:	00b31333          	sll	t1,t1,a1
8040174c:	00f8d7b3          	srl	a5,a7,a5
80401750:	0067e7b3          	or	a5,a5,t1
80401754:	02a6d333          	divu	t1,a3,a0
80401758:	01071613          	sll	a2,a4,0x10
8040175c:	8241                	srl	a2,a2,0x10
8040175e:	00b89833          	sll	a6,a7,a1
80401762:	02a6f6b3          	remu	a3,a3,a0
80401766:	026608b3          	mul	a7,a2,t1
8040176a:	01069593          	sll	a1,a3,0x10
8040176e:	0107d693          	srl	a3,a5,0x10
80401772:	8ecd                	or	a3,a3,a1
80401774:	859a                	mv	a1,t1
80401776:	0116fc63          	bgeu	a3,a7,8040178e <__udivdi3+0x1dc>
8040177a:	96ba                	add	a3,a3,a4
8040177c:	fff30593          	add	a1,t1,-1
80401780:	00e6e763          	bltu	a3,a4,8040178e <__udivdi3+0x1dc>
80401784:	0116f563          	bgeu	a3,a7,8040178e <__udivdi3+0x1dc>
80401788:	ffe30593          	add	a1,t1,-2
8040178c:	96ba                	add	a3,a3,a4
8040178e:	411686b3          	sub	a3,a3,a7
80401792:	02a6d8b3          	divu	a7,a3,a0
80401796:	07c2                	sll	a5,a5,0x10
80401798:	83c1                	srl	a5,a5,0x10
8040179a:	02a6f6b3          	remu	a3,a3,a0
8040179e:	03160633          	mul	a2,a2,a7
804017a2:	06c2                	sll	a3,a3,0x10
804017a4:	8fd5                	or	a5,a5,a3
804017a6:	86c6                	mv	a3,a7
804017a8:	00c7fc63          	bgeu	a5,a2,804017c0 <__udivdi3+0x20e>
804017ac:	97ba                	add	a5,a5,a4
804017ae:	fff88693          	add	a3,a7,-1
804017b2:	00e7e763          	bltu	a5,a4,804017c0 <__udivdi3+0x20e>
804017b6:	00c7f563          	bgeu	a5,a2,804017c0 <__udivdi3+0x20e>
804017ba:	ffe88693          	add	a3,a7,-2
804017be:	97ba                	add	a5,a5,a4
804017c0:	05c2                	sll	a1,a1,0x10
804017c2:	8f91                	sub	a5,a5,a2
804017c4:	8dd5                	or	a1,a1,a3
804017c6:	bddd                	j	804016bc <__udivdi3+0x10a>
804017c8:	14d5e163          	bltu	a1,a3,8040190a <__udivdi3+0x358>
804017cc:	67c1                	lui	a5,0x10
804017ce:	02f6ff63          	bgeu	a3,a5,8040180c <__udivdi3+0x25a>
804017d2:	1006b713          	sltiu	a4,a3,256
804017d6:	00174713          	xor	a4,a4,1
804017da:	070e                	sll	a4,a4,0x3
804017dc:	00e6d5b3          	srl	a1,a3,a4
804017e0:	00003797          	auipc	a5,0x3
804017e4:	0c478793          	add	a5,a5,196 # 804048a4 <__clz_tab>
804017e8:	97ae                	add	a5,a5,a1
804017ea:	0007c783          	lbu	a5,0(a5)
804017ee:	97ba                	add	a5,a5,a4
804017f0:	02000713          	li	a4,32
804017f4:	40f705b3          	sub	a1,a4,a5
804017f8:	02f71163          	bne	a4,a5,8040181a <__udivdi3+0x268>
804017fc:	4505                	li	a0,1
804017fe:	e666eee3          	bltu	a3,t1,8040167a <__udivdi3+0xc8>
80401802:	00c8b533          	sltu	a0,a7,a2
80401806:	00154513          	xor	a0,a0,1
8040180a:	8082                	ret
8040180c:	010007b7          	lui	a5,0x1000
80401810:	4741                	li	a4,16
80401812:	fcf6e5e3          	bltu	a3,a5,804017dc <__udivdi3+0x22a>
80401816:	4761                	li	a4,24
80401818:	b7d1                	j	804017dc <__udivdi3+0x22a>
8040181a:	00f65733          	srl	a4,a2,a5
8040181e:	00b696b3          	sll	a3,a3,a1
80401822:	8ed9                	or	a3,a3,a4
80401824:	00f35733          	srl	a4,t1,a5
80401828:	00b31333          	sll	t1,t1,a1
8040182c:	00f8d7b3          	srl	a5,a7,a5
80401830:	0067e7b3          	or	a5,a5,t1
80401834:	0106d313          	srl	t1,a3,0x10
80401838:	02675eb3          	divu	t4,a4,t1
8040183c:	01069813          	sll	a6,a3,0x10
80401840:	01085813          	srl	a6,a6,0x10
80401844:	00b61633          	sll	a2,a2,a1
80401848:	02677733          	remu	a4,a4,t1
8040184c:	03d80e33          	mul	t3,a6,t4
80401850:	01071513          	sll	a0,a4,0x10
80401854:	0107d713          	srl	a4,a5,0x10
80401858:	8f49                	or	a4,a4,a0
8040185a:	8576                	mv	a0,t4
8040185c:	01c77c63          	bgeu	a4,t3,80401874 <__udivdi3+0x2c2>
80401860:	9736                	add	a4,a4,a3
80401862:	fffe8513          	add	a0,t4,-1
80401866:	00d76763          	bltu	a4,a3,80401874 <__udivdi3+0x2c2>
8040186a:	01c77563          	bgeu	a4,t3,80401874 <__udivdi3+0x2c2>
8040186e:	ffee8513          	add	a0,t4,-2
80401872:	9736                	add	a4,a4,a3
80401874:	41c70733          	sub	a4,a4,t3
80401878:	02675e33          	divu	t3,a4,t1
8040187c:	07c2                	sll	a5,a5,0x10
8040187e:	83c1                	srl	a5,a5,0x10
80401880:	02677733          	remu	a4,a4,t1
80401884:	03c80833          	mul	a6,a6,t3
80401888:	0742                	sll	a4,a4,0x10
8040188a:	8fd9                	or	a5,a5,a4
8040188c:	8772                	mv	a4,t3
8040188e:	0107fc63          	bgeu	a5,a6,804018a6 <__udivdi3+0x2f4>
80401892:	97b6                	add	a5,a5,a3
80401894:	fffe0713          	add	a4,t3,-1
80401898:	00d7e763          	bltu	a5,a3,804018a6 <__udivdi3+0x2f4>
8040189c:	0107f563          	bgeu	a5,a6,804018a6 <__udivdi3+0x2f4>
804018a0:	ffee0713          	add	a4,t3,-2
804018a4:	97b6                	add	a5,a5,a3
804018a6:	0542                	sll	a0,a0,0x10
804018a8:	6e41                	lui	t3,0x10
804018aa:	8d59                	or	a0,a0,a4
804018ac:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804018b0:	00d57733          	and	a4,a0,a3
804018b4:	410787b3          	sub	a5,a5,a6
804018b8:	8ef1                	and	a3,a3,a2
804018ba:	01055813          	srl	a6,a0,0x10
804018be:	8241                	srl	a2,a2,0x10
804018c0:	02d70333          	mul	t1,a4,a3
804018c4:	02d806b3          	mul	a3,a6,a3
804018c8:	02c70733          	mul	a4,a4,a2
804018cc:	02c80833          	mul	a6,a6,a2
804018d0:	00d70633          	add	a2,a4,a3
804018d4:	01035713          	srl	a4,t1,0x10
804018d8:	9732                	add	a4,a4,a2
804018da:	00d77363          	bgeu	a4,a3,804018e0 <__udivdi3+0x32e>
804018de:	9872                	add	a6,a6,t3
804018e0:	01075693          	srl	a3,a4,0x10
804018e4:	96c2                	add	a3,a3,a6
804018e6:	02d7e063          	bltu	a5,a3,80401906 <__udivdi3+0x354>
804018ea:	d8d797e3          	bne	a5,a3,80401678 <__udivdi3+0xc6>
804018ee:	67c1                	lui	a5,0x10
804018f0:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804018f2:	8f7d                	and	a4,a4,a5
804018f4:	0742                	sll	a4,a4,0x10
804018f6:	00f37333          	and	t1,t1,a5
804018fa:	00b898b3          	sll	a7,a7,a1
804018fe:	971a                	add	a4,a4,t1
80401900:	4581                	li	a1,0
80401902:	d6e8fce3          	bgeu	a7,a4,8040167a <__udivdi3+0xc8>
80401906:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80401908:	bb85                	j	80401678 <__udivdi3+0xc6>
8040190a:	4581                	li	a1,0
8040190c:	4501                	li	a0,0
8040190e:	8082                	ret

80401910 <__umoddi3>:
80401910:	8832                	mv	a6,a2
80401912:	87aa                	mv	a5,a0
80401914:	872e                	mv	a4,a1
80401916:	1a069363          	bnez	a3,80401abc <__umoddi3+0x1ac>
8040191a:	00003897          	auipc	a7,0x3
8040191e:	f8a88893          	add	a7,a7,-118 # 804048a4 <__clz_tab>
80401922:	0ac5f663          	bgeu	a1,a2,804019ce <__umoddi3+0xbe>
80401926:	66c1                	lui	a3,0x10
80401928:	08d67c63          	bgeu	a2,a3,804019c0 <__umoddi3+0xb0>
8040192c:	10063693          	sltiu	a3,a2,256
80401930:	0016c693          	xor	a3,a3,1
80401934:	068e                	sll	a3,a3,0x3
80401936:	00d65333          	srl	t1,a2,a3
8040193a:	989a                	add	a7,a7,t1
8040193c:	0008c883          	lbu	a7,0(a7)
80401940:	02000313          	li	t1,32
80401944:	96c6                	add	a3,a3,a7
80401946:	40d308b3          	sub	a7,t1,a3
8040194a:	00d30b63          	beq	t1,a3,80401960 <__umoddi3+0x50>
8040194e:	01159733          	sll	a4,a1,a7
80401952:	00d556b3          	srl	a3,a0,a3
80401956:	01161833          	sll	a6,a2,a7
8040195a:	8f55                	or	a4,a4,a3
8040195c:	011517b3          	sll	a5,a0,a7
80401960:	01085613          	srl	a2,a6,0x10
80401964:	02c756b3          	divu	a3,a4,a2
80401968:	01081513          	sll	a0,a6,0x10
8040196c:	8141                	srl	a0,a0,0x10
8040196e:	02c77733          	remu	a4,a4,a2
80401972:	02a686b3          	mul	a3,a3,a0
80401976:	01071593          	sll	a1,a4,0x10
8040197a:	0107d713          	srl	a4,a5,0x10
8040197e:	8f4d                	or	a4,a4,a1
80401980:	00d77863          	bgeu	a4,a3,80401990 <__umoddi3+0x80>
80401984:	9742                	add	a4,a4,a6
80401986:	01076563          	bltu	a4,a6,80401990 <__umoddi3+0x80>
8040198a:	00d77363          	bgeu	a4,a3,80401990 <__umoddi3+0x80>
8040198e:	9742                	add	a4,a4,a6
80401990:	8f15                	sub	a4,a4,a3
80401992:	02c756b3          	divu	a3,a4,a2
80401996:	02c77733          	remu	a4,a4,a2
8040199a:	02a686b3          	mul	a3,a3,a0
8040199e:	07c2                	sll	a5,a5,0x10
804019a0:	0742                	sll	a4,a4,0x10
804019a2:	83c1                	srl	a5,a5,0x10
804019a4:	8fd9                	or	a5,a5,a4
804019a6:	00d7f863          	bgeu	a5,a3,804019b6 <__umoddi3+0xa6>
804019aa:	97c2                	add	a5,a5,a6
804019ac:	0107e563          	bltu	a5,a6,804019b6 <__umoddi3+0xa6>
804019b0:	00d7f363          	bgeu	a5,a3,804019b6 <__umoddi3+0xa6>
804019b4:	97c2                	add	a5,a5,a6
804019b6:	8f95                	sub	a5,a5,a3
804019b8:	0117d533          	srl	a0,a5,a7
804019bc:	4581                	li	a1,0
804019be:	8082                	ret
804019c0:	01000337          	lui	t1,0x1000
804019c4:	46c1                	li	a3,16
804019c6:	f66668e3          	bltu	a2,t1,80401936 <__umoddi3+0x26>
804019ca:	46e1                	li	a3,24
804019cc:	b7ad                	j	80401936 <__umoddi3+0x26>
804019ce:	4681                	li	a3,0
804019d0:	ca09                	beqz	a2,804019e2 <__umoddi3+0xd2>
804019d2:	6741                	lui	a4,0x10
804019d4:	06e67463          	bgeu	a2,a4,80401a3c <__umoddi3+0x12c>
804019d8:	10063693          	sltiu	a3,a2,256
804019dc:	0016c693          	xor	a3,a3,1
804019e0:	068e                	sll	a3,a3,0x3
804019e2:	00d65733          	srl	a4,a2,a3
804019e6:	98ba                	add	a7,a7,a4
804019e8:	0008c703          	lbu	a4,0(a7)
804019ec:	9736                	add	a4,a4,a3
804019ee:	02000693          	li	a3,32
804019f2:	40e688b3          	sub	a7,a3,a4
804019f6:	04e69a63          	bne	a3,a4,80401a4a <__umoddi3+0x13a>
804019fa:	40c58733          	sub	a4,a1,a2
804019fe:	01085593          	srl	a1,a6,0x10
80401a02:	02b75633          	divu	a2,a4,a1
80401a06:	01081513          	sll	a0,a6,0x10
80401a0a:	8141                	srl	a0,a0,0x10
80401a0c:	0107d693          	srl	a3,a5,0x10
80401a10:	02b77733          	remu	a4,a4,a1
80401a14:	02a60633          	mul	a2,a2,a0
80401a18:	0742                	sll	a4,a4,0x10
80401a1a:	8f55                	or	a4,a4,a3
80401a1c:	00c77863          	bgeu	a4,a2,80401a2c <__umoddi3+0x11c>
80401a20:	9742                	add	a4,a4,a6
80401a22:	01076563          	bltu	a4,a6,80401a2c <__umoddi3+0x11c>
80401a26:	00c77363          	bgeu	a4,a2,80401a2c <__umoddi3+0x11c>
80401a2a:	9742                	add	a4,a4,a6
80401a2c:	8f11                	sub	a4,a4,a2
80401a2e:	02b756b3          	divu	a3,a4,a1
80401a32:	02b77733          	remu	a4,a4,a1
80401a36:	02a686b3          	mul	a3,a3,a0
80401a3a:	b795                	j	8040199e <__umoddi3+0x8e>
80401a3c:	01000737          	lui	a4,0x1000
80401a40:	46c1                	li	a3,16
80401a42:	fae660e3          	bltu	a2,a4,804019e2 <__umoddi3+0xd2>
80401a46:	46e1                	li	a3,24
80401a48:	bf69                	j	804019e2 <__umoddi3+0xd2>
80401a4a:	01161833          	sll	a6,a2,a7
80401a4e:	00e5d6b3          	srl	a3,a1,a4
80401a52:	011517b3          	sll	a5,a0,a7
80401a56:	011595b3          	sll	a1,a1,a7
80401a5a:	00e55733          	srl	a4,a0,a4
80401a5e:	01085513          	srl	a0,a6,0x10
80401a62:	8f4d                	or	a4,a4,a1
80401a64:	02a6d5b3          	divu	a1,a3,a0
80401a68:	01081313          	sll	t1,a6,0x10
80401a6c:	01035313          	srl	t1,t1,0x10
80401a70:	02a6f6b3          	remu	a3,a3,a0
80401a74:	026585b3          	mul	a1,a1,t1
80401a78:	01069613          	sll	a2,a3,0x10
80401a7c:	01075693          	srl	a3,a4,0x10
80401a80:	8ed1                	or	a3,a3,a2
80401a82:	00b6f863          	bgeu	a3,a1,80401a92 <__umoddi3+0x182>
80401a86:	96c2                	add	a3,a3,a6
80401a88:	0106e563          	bltu	a3,a6,80401a92 <__umoddi3+0x182>
80401a8c:	00b6f363          	bgeu	a3,a1,80401a92 <__umoddi3+0x182>
80401a90:	96c2                	add	a3,a3,a6
80401a92:	8e8d                	sub	a3,a3,a1
80401a94:	02a6d633          	divu	a2,a3,a0
80401a98:	0742                	sll	a4,a4,0x10
80401a9a:	8341                	srl	a4,a4,0x10
80401a9c:	02a6f6b3          	remu	a3,a3,a0
80401aa0:	02660633          	mul	a2,a2,t1
80401aa4:	06c2                	sll	a3,a3,0x10
80401aa6:	8f55                	or	a4,a4,a3
80401aa8:	00c77863          	bgeu	a4,a2,80401ab8 <__umoddi3+0x1a8>
80401aac:	9742                	add	a4,a4,a6
80401aae:	01076563          	bltu	a4,a6,80401ab8 <__umoddi3+0x1a8>
80401ab2:	00c77363          	bgeu	a4,a2,80401ab8 <__umoddi3+0x1a8>
80401ab6:	9742                	add	a4,a4,a6
80401ab8:	8f11                	sub	a4,a4,a2
80401aba:	b791                	j	804019fe <__umoddi3+0xee>
80401abc:	16d5ed63          	bltu	a1,a3,80401c36 <__umoddi3+0x326>
80401ac0:	6841                	lui	a6,0x10
80401ac2:	0506f763          	bgeu	a3,a6,80401b10 <__umoddi3+0x200>
80401ac6:	1006b813          	sltiu	a6,a3,256
80401aca:	00184813          	xor	a6,a6,1
80401ace:	080e                	sll	a6,a6,0x3
80401ad0:	0106d333          	srl	t1,a3,a6
80401ad4:	00003897          	auipc	a7,0x3
80401ad8:	dd088893          	add	a7,a7,-560 # 804048a4 <__clz_tab>
80401adc:	989a                	add	a7,a7,t1
80401ade:	0008c883          	lbu	a7,0(a7)
80401ae2:	02000313          	li	t1,32
80401ae6:	98c2                	add	a7,a7,a6
80401ae8:	41130833          	sub	a6,t1,a7
80401aec:	03131963          	bne	t1,a7,80401b1e <__umoddi3+0x20e>
80401af0:	00b6e463          	bltu	a3,a1,80401af8 <__umoddi3+0x1e8>
80401af4:	00c56b63          	bltu	a0,a2,80401b0a <__umoddi3+0x1fa>
80401af8:	40c50633          	sub	a2,a0,a2
80401afc:	40d586b3          	sub	a3,a1,a3
80401b00:	00c53733          	sltu	a4,a0,a2
80401b04:	87b2                	mv	a5,a2
80401b06:	40e68733          	sub	a4,a3,a4
80401b0a:	853e                	mv	a0,a5
80401b0c:	85ba                	mv	a1,a4
80401b0e:	8082                	ret
80401b10:	010008b7          	lui	a7,0x1000
80401b14:	4841                	li	a6,16
80401b16:	fb16ede3          	bltu	a3,a7,80401ad0 <__umoddi3+0x1c0>
80401b1a:	4861                	li	a6,24
80401b1c:	bf55                	j	80401ad0 <__umoddi3+0x1c0>
80401b1e:	011657b3          	srl	a5,a2,a7
80401b22:	010696b3          	sll	a3,a3,a6
80401b26:	8edd                	or	a3,a3,a5
80401b28:	0115d733          	srl	a4,a1,a7
80401b2c:	0106de13          	srl	t3,a3,0x10
80401b30:	03c75f33          	divu	t5,a4,t3
80401b34:	01069313          	sll	t1,a3,0x10
80401b38:	01035313          	srl	t1,t1,0x10
80401b3c:	010597b3          	sll	a5,a1,a6
80401b40:	011555b3          	srl	a1,a0,a7
80401b44:	8ddd                	or	a1,a1,a5
80401b46:	0105d793          	srl	a5,a1,0x10
80401b4a:	01061633          	sll	a2,a2,a6
80401b4e:	01051533          	sll	a0,a0,a6
80401b52:	03c77733          	remu	a4,a4,t3
80401b56:	03e30eb3          	mul	t4,t1,t5
80401b5a:	0742                	sll	a4,a4,0x10
80401b5c:	8fd9                	or	a5,a5,a4
80401b5e:	877a                	mv	a4,t5
80401b60:	01d7fc63          	bgeu	a5,t4,80401b78 <__umoddi3+0x268>
80401b64:	97b6                	add	a5,a5,a3
80401b66:	ffff0713          	add	a4,t5,-1
80401b6a:	00d7e763          	bltu	a5,a3,80401b78 <__umoddi3+0x268>
80401b6e:	01d7f563          	bgeu	a5,t4,80401b78 <__umoddi3+0x268>
80401b72:	ffef0713          	add	a4,t5,-2
80401b76:	97b6                	add	a5,a5,a3
80401b78:	41d787b3          	sub	a5,a5,t4
80401b7c:	03c7deb3          	divu	t4,a5,t3
80401b80:	05c2                	sll	a1,a1,0x10
80401b82:	81c1                	srl	a1,a1,0x10
80401b84:	03c7f7b3          	remu	a5,a5,t3
80401b88:	8e76                	mv	t3,t4
80401b8a:	03d30333          	mul	t1,t1,t4
80401b8e:	07c2                	sll	a5,a5,0x10
80401b90:	8ddd                	or	a1,a1,a5
80401b92:	0065fc63          	bgeu	a1,t1,80401baa <__umoddi3+0x29a>
80401b96:	95b6                	add	a1,a1,a3
80401b98:	fffe8e13          	add	t3,t4,-1
80401b9c:	00d5e763          	bltu	a1,a3,80401baa <__umoddi3+0x29a>
80401ba0:	0065f563          	bgeu	a1,t1,80401baa <__umoddi3+0x29a>
80401ba4:	ffee8e13          	add	t3,t4,-2
80401ba8:	95b6                	add	a1,a1,a3
80401baa:	01071793          	sll	a5,a4,0x10
80401bae:	6f41                	lui	t5,0x10
80401bb0:	01c7e7b3          	or	a5,a5,t3
80401bb4:	406585b3          	sub	a1,a1,t1
80401bb8:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80401bbc:	0067f733          	and	a4,a5,t1
80401bc0:	01065e13          	srl	t3,a2,0x10
80401bc4:	83c1                	srl	a5,a5,0x10
80401bc6:	00667333          	and	t1,a2,t1
80401bca:	02670eb3          	mul	t4,a4,t1
80401bce:	02678333          	mul	t1,a5,t1
80401bd2:	03c70733          	mul	a4,a4,t3
80401bd6:	03c787b3          	mul	a5,a5,t3
80401bda:	00670e33          	add	t3,a4,t1
80401bde:	010ed713          	srl	a4,t4,0x10
80401be2:	9772                	add	a4,a4,t3
80401be4:	00677363          	bgeu	a4,t1,80401bea <__umoddi3+0x2da>
80401be8:	97fa                	add	a5,a5,t5
80401bea:	01075313          	srl	t1,a4,0x10
80401bee:	979a                	add	a5,a5,t1
80401bf0:	6341                	lui	t1,0x10
80401bf2:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80401bf4:	00677733          	and	a4,a4,t1
80401bf8:	0742                	sll	a4,a4,0x10
80401bfa:	006efeb3          	and	t4,t4,t1
80401bfe:	9776                	add	a4,a4,t4
80401c00:	00f5e663          	bltu	a1,a5,80401c0c <__umoddi3+0x2fc>
80401c04:	00f59b63          	bne	a1,a5,80401c1a <__umoddi3+0x30a>
80401c08:	00e57963          	bgeu	a0,a4,80401c1a <__umoddi3+0x30a>
80401c0c:	40c70633          	sub	a2,a4,a2
80401c10:	00c73333          	sltu	t1,a4,a2
80401c14:	969a                	add	a3,a3,t1
80401c16:	8732                	mv	a4,a2
80401c18:	8f95                	sub	a5,a5,a3
80401c1a:	40e50733          	sub	a4,a0,a4
80401c1e:	00e53533          	sltu	a0,a0,a4
80401c22:	8d9d                	sub	a1,a1,a5
80401c24:	8d89                	sub	a1,a1,a0
80401c26:	011598b3          	sll	a7,a1,a7
80401c2a:	01075733          	srl	a4,a4,a6
80401c2e:	00e8e533          	or	a0,a7,a4
80401c32:	0105d5b3          	srl	a1,a1,a6
80401c36:	8082                	ret

80401c38 <__riscv_save_12>:
80401c38:	7139                	add	sp,sp,-64
80401c3a:	4301                	li	t1,0
80401c3c:	c66e                	sw	s11,12(sp)
80401c3e:	a019                	j	80401c44 <__riscv_save_10+0x4>

80401c40 <__riscv_save_10>:
80401c40:	7139                	add	sp,sp,-64
80401c42:	5341                	li	t1,-16
80401c44:	c86a                	sw	s10,16(sp)
80401c46:	ca66                	sw	s9,20(sp)
80401c48:	cc62                	sw	s8,24(sp)
80401c4a:	ce5e                	sw	s7,28(sp)
80401c4c:	a019                	j	80401c52 <__riscv_save_4+0x4>

80401c4e <__riscv_save_4>:
80401c4e:	7139                	add	sp,sp,-64
80401c50:	5301                	li	t1,-32
80401c52:	d05a                	sw	s6,32(sp)
80401c54:	d256                	sw	s5,36(sp)
80401c56:	d452                	sw	s4,40(sp)
80401c58:	d64e                	sw	s3,44(sp)
80401c5a:	d84a                	sw	s2,48(sp)
80401c5c:	da26                	sw	s1,52(sp)
80401c5e:	dc22                	sw	s0,56(sp)
80401c60:	de06                	sw	ra,60(sp)
80401c62:	40610133          	sub	sp,sp,t1
80401c66:	8282                	jr	t0

80401c68 <__riscv_save_0>:
80401c68:	1141                	add	sp,sp,-16
80401c6a:	c04a                	sw	s2,0(sp)
80401c6c:	c226                	sw	s1,4(sp)
80401c6e:	c422                	sw	s0,8(sp)
80401c70:	c606                	sw	ra,12(sp)
80401c72:	8282                	jr	t0

80401c74 <__riscv_restore_12>:
80401c74:	4db2                	lw	s11,12(sp)
80401c76:	0141                	add	sp,sp,16

80401c78 <__riscv_restore_10>:
80401c78:	4d02                	lw	s10,0(sp)
80401c7a:	4c92                	lw	s9,4(sp)
80401c7c:	4c22                	lw	s8,8(sp)
80401c7e:	4bb2                	lw	s7,12(sp)
80401c80:	0141                	add	sp,sp,16

80401c82 <__riscv_restore_4>:
80401c82:	4b02                	lw	s6,0(sp)
80401c84:	4a92                	lw	s5,4(sp)
80401c86:	4a22                	lw	s4,8(sp)
80401c88:	49b2                	lw	s3,12(sp)
80401c8a:	0141                	add	sp,sp,16

80401c8c <__riscv_restore_0>:
80401c8c:	4902                	lw	s2,0(sp)
80401c8e:	4492                	lw	s1,4(sp)
80401c90:	4422                	lw	s0,8(sp)
80401c92:	40b2                	lw	ra,12(sp)
80401c94:	0141                	add	sp,sp,16
80401c96:	8082                	ret

80401c98 <memcpy>:
80401c98:	832a                	mv	t1,a0
80401c9a:	ca09                	beqz	a2,80401cac <memcpy+0x14>
80401c9c:	00058383          	lb	t2,0(a1)
80401ca0:	00730023          	sb	t2,0(t1)
80401ca4:	167d                	add	a2,a2,-1
80401ca6:	0305                	add	t1,t1,1
80401ca8:	0585                	add	a1,a1,1
80401caa:	fa6d                	bnez	a2,80401c9c <memcpy+0x4>
80401cac:	8082                	ret

80401cae <memset>:
80401cae:	832a                	mv	t1,a0
80401cb0:	c611                	beqz	a2,80401cbc <memset+0xe>
80401cb2:	00b30023          	sb	a1,0(t1)
80401cb6:	167d                	add	a2,a2,-1
80401cb8:	0305                	add	t1,t1,1
80401cba:	fe65                	bnez	a2,80401cb2 <memset+0x4>
80401cbc:	8082                	ret

80401cbe <printf>:
80401cbe:	7139                	add	sp,sp,-64
80401cc0:	da3e                	sw	a5,52(sp)
80401cc2:	804057b7          	lui	a5,0x80405
80401cc6:	d22e                	sw	a1,36(sp)
80401cc8:	85aa                	mv	a1,a0
80401cca:	9b47a503          	lw	a0,-1612(a5) # 804049b4 <stdout>
80401cce:	d432                	sw	a2,40(sp)
80401cd0:	1050                	add	a2,sp,36
80401cd2:	ce06                	sw	ra,28(sp)
80401cd4:	d636                	sw	a3,44(sp)
80401cd6:	d83a                	sw	a4,48(sp)
80401cd8:	dc42                	sw	a6,56(sp)
80401cda:	de46                	sw	a7,60(sp)
80401cdc:	c632                	sw	a2,12(sp)
80401cde:	00000097          	auipc	ra,0x0
80401ce2:	222080e7          	jalr	546(ra) # 80401f00 <__d_vfprintf>
80401ce6:	40f2                	lw	ra,28(sp)
80401ce8:	6121                	add	sp,sp,64
80401cea:	8082                	ret

80401cec <__ultoa_invert>:
80401cec:	00000317          	auipc	t1,0x0
80401cf0:	f54302e7          	jalr	t0,-172(t1) # 80401c40 <__riscv_save_10>
80401cf4:	2006f793          	and	a5,a3,512
80401cf8:	89aa                	mv	s3,a0
80401cfa:	8a2e                	mv	s4,a1
80401cfc:	8932                	mv	s2,a2
80401cfe:	84b6                	mv	s1,a3
80401d00:	02700b13          	li	s6,39
80401d04:	c781                	beqz	a5,80401d0c <__ultoa_invert+0x20>
80401d06:	dff6f493          	and	s1,a3,-513
80401d0a:	4b1d                	li	s6,7
80401d0c:	41f4da93          	sra	s5,s1,0x1f
80401d10:	4ca5                	li	s9,9
80401d12:	8626                	mv	a2,s1
80401d14:	86d6                	mv	a3,s5
80401d16:	854e                	mv	a0,s3
80401d18:	85d2                	mv	a1,s4
80401d1a:	00000097          	auipc	ra,0x0
80401d1e:	bf6080e7          	jalr	-1034(ra) # 80401910 <__umoddi3>
80401d22:	85d2                	mv	a1,s4
80401d24:	0ff57413          	zext.b	s0,a0
80401d28:	8626                	mv	a2,s1
80401d2a:	854e                	mv	a0,s3
80401d2c:	86d6                	mv	a3,s5
80401d2e:	00000097          	auipc	ra,0x0
80401d32:	884080e7          	jalr	-1916(ra) # 804015b2 <__udivdi3>
80401d36:	8c4e                	mv	s8,s3
80401d38:	8bd2                	mv	s7,s4
80401d3a:	89aa                	mv	s3,a0
80401d3c:	8a2e                	mv	s4,a1
80401d3e:	008cf563          	bgeu	s9,s0,80401d48 <__ultoa_invert+0x5c>
80401d42:	945a                	add	s0,s0,s6
80401d44:	0ff47413          	zext.b	s0,s0
80401d48:	0905                	add	s2,s2,1
80401d4a:	03040413          	add	s0,s0,48
80401d4e:	fe890fa3          	sb	s0,-1(s2)
80401d52:	015be663          	bltu	s7,s5,80401d5e <__ultoa_invert+0x72>
80401d56:	fb7a9ee3          	bne	s5,s7,80401d12 <__ultoa_invert+0x26>
80401d5a:	fa9c7ce3          	bgeu	s8,s1,80401d12 <__ultoa_invert+0x26>
80401d5e:	854a                	mv	a0,s2
80401d60:	00000317          	auipc	t1,0x0
80401d64:	f1830067          	jr	-232(t1) # 80401c78 <__riscv_restore_10>

80401d68 <skip_to_arg>:
80401d68:	00000317          	auipc	t1,0x0
80401d6c:	ed8302e7          	jalr	t0,-296(t1) # 80401c40 <__riscv_save_10>
80401d70:	4305                	li	t1,1
80401d72:	02500f13          	li	t5,37
80401d76:	88aa                	mv	a7,a0
80401d78:	00c34663          	blt	t1,a2,80401d84 <skip_to_arg+0x1c>
80401d7c:	00000317          	auipc	t1,0x0
80401d80:	efc30067          	jr	-260(t1) # 80401c78 <__riscv_restore_10>
80401d84:	87c6                	mv	a5,a7
80401d86:	88be                	mv	a7,a5
80401d88:	0007c703          	lbu	a4,0(a5)
80401d8c:	0785                	add	a5,a5,1
80401d8e:	d77d                	beqz	a4,80401d7c <skip_to_arg+0x14>
80401d90:	ffe71be3          	bne	a4,t5,80401d86 <skip_to_arg+0x1e>
80401d94:	0007c703          	lbu	a4,0(a5)
80401d98:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80401d9a:	ffe705e3          	beq	a4,t5,80401d84 <skip_to_arg+0x1c>
80401d9e:	6ecd                	lui	t4,0x13
80401da0:	4681                	li	a3,0
80401da2:	4e01                	li	t3,0
80401da4:	4781                	li	a5,0
80401da6:	42fd                	li	t0,31
80401da8:	06c00f93          	li	t6,108
80401dac:	07400393          	li	t2,116
80401db0:	07a00413          	li	s0,122
80401db4:	06800493          	li	s1,104
80401db8:	06a00913          	li	s2,106
80401dbc:	04c00993          	li	s3,76
80401dc0:	4a25                	li	s4,9
80401dc2:	02400a93          	li	s5,36
80401dc6:	07f00b13          	li	s6,127
80401dca:	4bc1                	li	s7,16
80401dcc:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80401dd0:	04f2e263          	bltu	t0,a5,80401e14 <skip_to_arg+0xac>
80401dd4:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80401dd8:	0ff87813          	zext.b	a6,a6
80401ddc:	030bf163          	bgeu	s7,a6,80401dfe <skip_to_arg+0x96>
80401de0:	fd070813          	add	a6,a4,-48
80401de4:	0ff87813          	zext.b	a6,a6
80401de8:	4c25                	li	s8,9
80401dea:	050c6563          	bltu	s8,a6,80401e34 <skip_to_arg+0xcc>
80401dee:	47a9                	li	a5,10
80401df0:	02f687b3          	mul	a5,a3,a5
80401df4:	00f806b3          	add	a3,a6,a5
80401df8:	02000793          	li	a5,32
80401dfc:	a039                	j	80401e0a <skip_to_arg+0xa2>
80401dfe:	010ed833          	srl	a6,t4,a6
80401e02:	00187813          	and	a6,a6,1
80401e06:	00080963          	beqz	a6,80401e18 <skip_to_arg+0xb0>
80401e0a:	0008c703          	lbu	a4,0(a7)
80401e0e:	0885                	add	a7,a7,1
80401e10:	f361                	bnez	a4,80401dd0 <skip_to_arg+0x68>
80401e12:	a8b1                	j	80401e6e <skip_to_arg+0x106>
80401e14:	04fb6363          	bltu	s6,a5,80401e5a <skip_to_arg+0xf2>
80401e18:	fd070813          	add	a6,a4,-48
80401e1c:	0ff87813          	zext.b	a6,a6
80401e20:	fd0a77e3          	bgeu	s4,a6,80401dee <skip_to_arg+0x86>
80401e24:	03571563          	bne	a4,s5,80401e4e <skip_to_arg+0xe6>
80401e28:	0a0e0063          	beqz	t3,80401ec8 <skip_to_arg+0x160>
80401e2c:	0a668063          	beq	a3,t1,80401ecc <skip_to_arg+0x164>
80401e30:	4681                	li	a3,0
80401e32:	bfe1                	j	80401e0a <skip_to_arg+0xa2>
80401e34:	0fb77813          	and	a6,a4,251
80401e38:	02a00c13          	li	s8,42
80401e3c:	ff880ae3          	beq	a6,s8,80401e30 <skip_to_arg+0xc8>
80401e40:	06c00813          	li	a6,108
80401e44:	01071d63          	bne	a4,a6,80401e5e <skip_to_arg+0xf6>
80401e48:	0807e793          	or	a5,a5,128
80401e4c:	bf7d                	j	80401e0a <skip_to_arg+0xa2>
80401e4e:	0fb77813          	and	a6,a4,251
80401e52:	02a00c13          	li	s8,42
80401e56:	fd880de3          	beq	a6,s8,80401e30 <skip_to_arg+0xc8>
80401e5a:	05f70663          	beq	a4,t6,80401ea6 <skip_to_arg+0x13e>
80401e5e:	02efef63          	bltu	t6,a4,80401e9c <skip_to_arg+0x134>
80401e62:	04970863          	beq	a4,s1,80401eb2 <skip_to_arg+0x14a>
80401e66:	05270e63          	beq	a4,s2,80401ec2 <skip_to_arg+0x15a>
80401e6a:	05370c63          	beq	a4,s3,80401ec2 <skip_to_arg+0x15a>
80401e6e:	f00e07e3          	beqz	t3,80401d7c <skip_to_arg+0x14>
80401e72:	f06e13e3          	bne	t3,t1,80401d78 <skip_to_arg+0x10>
80401e76:	02076893          	or	a7,a4,32
80401e7a:	f9b88813          	add	a6,a7,-101
80401e7e:	0ff87813          	zext.b	a6,a6
80401e82:	4e09                	li	t3,2
80401e84:	4194                	lw	a3,0(a1)
80401e86:	010e7663          	bgeu	t3,a6,80401e92 <skip_to_arg+0x12a>
80401e8a:	06100813          	li	a6,97
80401e8e:	05089263          	bne	a7,a6,80401ed2 <skip_to_arg+0x16a>
80401e92:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80401e94:	9ae1                	and	a3,a3,-8
80401e96:	00868713          	add	a4,a3,8
80401e9a:	a091                	j	80401ede <skip_to_arg+0x176>
80401e9c:	f67707e3          	beq	a4,t2,80401e0a <skip_to_arg+0xa2>
80401ea0:	f68705e3          	beq	a4,s0,80401e0a <skip_to_arg+0xa2>
80401ea4:	b7e9                	j	80401e6e <skip_to_arg+0x106>
80401ea6:	0807f713          	and	a4,a5,128
80401eaa:	df59                	beqz	a4,80401e48 <skip_to_arg+0xe0>
80401eac:	2007e793          	or	a5,a5,512
80401eb0:	bf61                	j	80401e48 <skip_to_arg+0xe0>
80401eb2:	1007f713          	and	a4,a5,256
80401eb6:	c319                	beqz	a4,80401ebc <skip_to_arg+0x154>
80401eb8:	2007e793          	or	a5,a5,512
80401ebc:	1007e793          	or	a5,a5,256
80401ec0:	b7a9                	j	80401e0a <skip_to_arg+0xa2>
80401ec2:	2807e793          	or	a5,a5,640
80401ec6:	b791                	j	80401e0a <skip_to_arg+0xa2>
80401ec8:	8e36                	mv	t3,a3
80401eca:	b79d                	j	80401e30 <skip_to_arg+0xc8>
80401ecc:	06300713          	li	a4,99
80401ed0:	b75d                	j	80401e76 <skip_to_arg+0x10e>
80401ed2:	06300813          	li	a6,99
80401ed6:	01071763          	bne	a4,a6,80401ee4 <skip_to_arg+0x17c>
80401eda:	00468713          	add	a4,a3,4
80401ede:	c198                	sw	a4,0(a1)
80401ee0:	0305                	add	t1,t1,1
80401ee2:	bd51                	j	80401d76 <skip_to_arg+0xe>
80401ee4:	07300813          	li	a6,115
80401ee8:	ff0709e3          	beq	a4,a6,80401eda <skip_to_arg+0x172>
80401eec:	0807f813          	and	a6,a5,128
80401ef0:	00468713          	add	a4,a3,4
80401ef4:	fe0805e3          	beqz	a6,80401ede <skip_to_arg+0x176>
80401ef8:	2007f793          	and	a5,a5,512
80401efc:	d3ed                	beqz	a5,80401ede <skip_to_arg+0x176>
80401efe:	bf51                	j	80401e92 <skip_to_arg+0x12a>

80401f00 <__d_vfprintf>:
80401f00:	00000317          	auipc	t1,0x0
80401f04:	d38302e7          	jalr	t0,-712(t1) # 80401c38 <__riscv_save_12>
80401f08:	00454783          	lbu	a5,4(a0)
80401f0c:	7139                	add	sp,sp,-64
80401f0e:	c02a                	sw	a0,0(sp)
80401f10:	c42e                	sw	a1,8(sp)
80401f12:	c632                	sw	a2,12(sp)
80401f14:	8b89                	and	a5,a5,2
80401f16:	00852a03          	lw	s4,8(a0)
80401f1a:	c785                	beqz	a5,80401f42 <__d_vfprintf+0x42>
80401f1c:	d232                	sw	a2,36(sp)
80401f1e:	87ae                	mv	a5,a1
80401f20:	4401                	li	s0,0
80401f22:	0007c903          	lbu	s2,0(a5)
80401f26:	00090f63          	beqz	s2,80401f44 <__d_vfprintf+0x44>
80401f2a:	02500713          	li	a4,37
80401f2e:	02e90163          	beq	s2,a4,80401f50 <__d_vfprintf+0x50>
80401f32:	0785                	add	a5,a5,1
80401f34:	c23e                	sw	a5,4(sp)
80401f36:	4582                	lw	a1,0(sp)
80401f38:	854a                	mv	a0,s2
80401f3a:	0405                	add	s0,s0,1
80401f3c:	9a02                	jalr	s4
80401f3e:	2a0557e3          	bgez	a0,804029ec <__d_vfprintf+0xaec>
80401f42:	547d                	li	s0,-1
80401f44:	8522                	mv	a0,s0
80401f46:	6121                	add	sp,sp,64
80401f48:	00000317          	auipc	t1,0x0
80401f4c:	d2c30067          	jr	-724(t1) # 80401c74 <__riscv_restore_12>
80401f50:	0017c903          	lbu	s2,1(a5)
80401f54:	00278713          	add	a4,a5,2
80401f58:	c23a                	sw	a4,4(sp)
80401f5a:	02500793          	li	a5,37
80401f5e:	fcf90ce3          	beq	s2,a5,80401f36 <__d_vfprintf+0x36>
80401f62:	804044b7          	lui	s1,0x80404
80401f66:	4a81                	li	s5,0
80401f68:	4d01                	li	s10,0
80401f6a:	4b01                	li	s6,0
80401f6c:	4d81                	li	s11,0
80401f6e:	06c00993          	li	s3,108
80401f72:	07400b93          	li	s7,116
80401f76:	07a00c13          	li	s8,122
80401f7a:	06800c93          	li	s9,104
80401f7e:	4d848493          	add	s1,s1,1240 # 804044d8 <msg.0+0x1c>
80401f82:	47fd                	li	a5,31
80401f84:	07b7e163          	bltu	a5,s11,80401fe6 <__d_vfprintf+0xe6>
80401f88:	fe090793          	add	a5,s2,-32
80401f8c:	0ff7f793          	zext.b	a5,a5
80401f90:	4741                	li	a4,16
80401f92:	00f76663          	bltu	a4,a5,80401f9e <__d_vfprintf+0x9e>
80401f96:	078a                	sll	a5,a5,0x2
80401f98:	97a6                	add	a5,a5,s1
80401f9a:	439c                	lw	a5,0(a5)
80401f9c:	8782                	jr	a5
80401f9e:	fd090793          	add	a5,s2,-48
80401fa2:	0ff7f793          	zext.b	a5,a5
80401fa6:	4725                	li	a4,9
80401fa8:	06f76463          	bltu	a4,a5,80402010 <__d_vfprintf+0x110>
80401fac:	46a9                	li	a3,10
80401fae:	02db06b3          	mul	a3,s6,a3
80401fb2:	00f68b33          	add	s6,a3,a5
80401fb6:	020ded93          	or	s11,s11,32
80401fba:	a019                	j	80401fc0 <__d_vfprintf+0xc0>
80401fbc:	001ded93          	or	s11,s11,1
80401fc0:	4792                	lw	a5,4(sp)
80401fc2:	0007c903          	lbu	s2,0(a5)
80401fc6:	0785                	add	a5,a5,1
80401fc8:	c23e                	sw	a5,4(sp)
80401fca:	fa091ce3          	bnez	s2,80401f82 <__d_vfprintf+0x82>
80401fce:	a8cd                	j	804020c0 <__d_vfprintf+0x1c0>
80401fd0:	002ded93          	or	s11,s11,2
80401fd4:	004ded93          	or	s11,s11,4
80401fd8:	b7e5                	j	80401fc0 <__d_vfprintf+0xc0>
80401fda:	008ded93          	or	s11,s11,8
80401fde:	b7cd                	j	80401fc0 <__d_vfprintf+0xc0>
80401fe0:	010ded93          	or	s11,s11,16
80401fe4:	bff1                	j	80401fc0 <__d_vfprintf+0xc0>
80401fe6:	07f00793          	li	a5,127
80401fea:	0bb7ed63          	bltu	a5,s11,804020a4 <__d_vfprintf+0x1a4>
80401fee:	fd090693          	add	a3,s2,-48
80401ff2:	0ff6f693          	zext.b	a3,a3
80401ff6:	47a5                	li	a5,9
80401ff8:	00d7ec63          	bltu	a5,a3,80402010 <__d_vfprintf+0x110>
80401ffc:	040df613          	and	a2,s11,64
80402000:	87b6                	mv	a5,a3
80402002:	d64d                	beqz	a2,80401fac <__d_vfprintf+0xac>
80402004:	47a9                	li	a5,10
80402006:	02fd07b3          	mul	a5,s10,a5
8040200a:	00d78d33          	add	s10,a5,a3
8040200e:	bf4d                	j	80401fc0 <__d_vfprintf+0xc0>
80402010:	02a00793          	li	a5,42
80402014:	02f91663          	bne	s2,a5,80402040 <__d_vfprintf+0x140>
80402018:	fa0a94e3          	bnez	s5,80401fc0 <__d_vfprintf+0xc0>
8040201c:	5692                	lw	a3,36(sp)
8040201e:	040df793          	and	a5,s11,64
80402022:	00468613          	add	a2,a3,4
80402026:	4294                	lw	a3,0(a3)
80402028:	d232                	sw	a2,36(sp)
8040202a:	c399                	beqz	a5,80402030 <__d_vfprintf+0x130>
8040202c:	8d36                	mv	s10,a3
8040202e:	bf49                	j	80401fc0 <__d_vfprintf+0xc0>
80402030:	8b36                	mv	s6,a3
80402032:	f806d2e3          	bgez	a3,80401fb6 <__d_vfprintf+0xb6>
80402036:	40d00b33          	neg	s6,a3
8040203a:	028ded93          	or	s11,s11,40
8040203e:	b749                	j	80401fc0 <__d_vfprintf+0xc0>
80402040:	02e00793          	li	a5,46
80402044:	00f91963          	bne	s2,a5,80402056 <__d_vfprintf+0x156>
80402048:	040df793          	and	a5,s11,64
8040204c:	ee079ce3          	bnez	a5,80401f44 <__d_vfprintf+0x44>
80402050:	040ded93          	or	s11,s11,64
80402054:	b7b5                	j	80401fc0 <__d_vfprintf+0xc0>
80402056:	02400793          	li	a5,36
8040205a:	04f91563          	bne	s2,a5,804020a4 <__d_vfprintf+0x1a4>
8040205e:	140a8363          	beqz	s5,804021a4 <__d_vfprintf+0x2a4>
80402062:	47b2                	lw	a5,12(sp)
80402064:	d23e                	sw	a5,36(sp)
80402066:	040df793          	and	a5,s11,64
8040206a:	ef99                	bnez	a5,80402088 <__d_vfprintf+0x188>
8040206c:	4522                	lw	a0,8(sp)
8040206e:	865a                	mv	a2,s6
80402070:	104c                	add	a1,sp,36
80402072:	00000097          	auipc	ra,0x0
80402076:	cf6080e7          	jalr	-778(ra) # 80401d68 <skip_to_arg>
8040207a:	5792                	lw	a5,36(sp)
8040207c:	00478693          	add	a3,a5,4
80402080:	0007ab03          	lw	s6,0(a5)
80402084:	d236                	sw	a3,36(sp)
80402086:	bf2d                	j	80401fc0 <__d_vfprintf+0xc0>
80402088:	4522                	lw	a0,8(sp)
8040208a:	866a                	mv	a2,s10
8040208c:	104c                	add	a1,sp,36
8040208e:	00000097          	auipc	ra,0x0
80402092:	cda080e7          	jalr	-806(ra) # 80401d68 <skip_to_arg>
80402096:	5792                	lw	a5,36(sp)
80402098:	00478693          	add	a3,a5,4
8040209c:	0007ad03          	lw	s10,0(a5)
804020a0:	d236                	sw	a3,36(sp)
804020a2:	bf39                	j	80401fc0 <__d_vfprintf+0xc0>
804020a4:	0d390d63          	beq	s2,s3,8040217e <__d_vfprintf+0x27e>
804020a8:	0d29e663          	bltu	s3,s2,80402174 <__d_vfprintf+0x274>
804020ac:	0f990163          	beq	s2,s9,8040218e <__d_vfprintf+0x28e>
804020b0:	06a00793          	li	a5,106
804020b4:	0ef90563          	beq	s2,a5,8040219e <__d_vfprintf+0x29e>
804020b8:	04c00793          	li	a5,76
804020bc:	0ef90163          	beq	s2,a5,8040219e <__d_vfprintf+0x29e>
804020c0:	000a8b63          	beqz	s5,804020d6 <__d_vfprintf+0x1d6>
804020c4:	47b2                	lw	a5,12(sp)
804020c6:	4522                	lw	a0,8(sp)
804020c8:	8656                	mv	a2,s5
804020ca:	104c                	add	a1,sp,36
804020cc:	d23e                	sw	a5,36(sp)
804020ce:	00000097          	auipc	ra,0x0
804020d2:	c9a080e7          	jalr	-870(ra) # 80401d68 <skip_to_arg>
804020d6:	000d5963          	bgez	s10,804020e8 <__d_vfprintf+0x1e8>
804020da:	fbfdf813          	and	a6,s11,-65
804020de:	01081d93          	sll	s11,a6,0x10
804020e2:	010ddd93          	srl	s11,s11,0x10
804020e6:	4d01                	li	s10,0
804020e8:	02096c93          	or	s9,s2,32
804020ec:	f9bc8793          	add	a5,s9,-101
804020f0:	0ff7f793          	zext.b	a5,a5
804020f4:	4709                	li	a4,2
804020f6:	0af77d63          	bgeu	a4,a5,804021b0 <__d_vfprintf+0x2b0>
804020fa:	06100793          	li	a5,97
804020fe:	6afc9763          	bne	s9,a5,804027ac <__d_vfprintf+0x8ac>
80402102:	5792                	lw	a5,36(sp)
80402104:	6a89                	lui	s5,0x2
80402106:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
8040210a:	079d                	add	a5,a5,7
8040210c:	9be1                	and	a5,a5,-8
8040210e:	0047ab83          	lw	s7,4(a5)
80402112:	0007a883          	lw	a7,0(a5)
80402116:	00878713          	add	a4,a5,8
8040211a:	414bd993          	sra	s3,s7,0x14
8040211e:	00cb9c13          	sll	s8,s7,0xc
80402122:	7ff9f993          	and	s3,s3,2047
80402126:	00cc5c93          	srl	s9,s8,0xc
8040212a:	015deab3          	or	s5,s11,s5
8040212e:	0119e533          	or	a0,s3,a7
80402132:	fff94913          	not	s2,s2
80402136:	0ac2                	sll	s5,s5,0x10
80402138:	d23a                	sw	a4,36(sp)
8040213a:	019567b3          	or	a5,a0,s9
8040213e:	02097913          	and	s2,s2,32
80402142:	010ada93          	srl	s5,s5,0x10
80402146:	86c6                	mv	a3,a7
80402148:	8c66                	mv	s8,s9
8040214a:	040df813          	and	a6,s11,64
8040214e:	01fbdb93          	srl	s7,s7,0x1f
80402152:	efcd                	bnez	a5,8040220c <__d_vfprintf+0x30c>
80402154:	03000793          	li	a5,48
80402158:	0ffbfb93          	zext.b	s7,s7
8040215c:	02f106a3          	sb	a5,45(sp)
80402160:	03710623          	sb	s7,44(sp)
80402164:	26080363          	beqz	a6,804023ca <__d_vfprintf+0x4ca>
80402168:	47b1                	li	a5,12
8040216a:	4981                	li	s3,0
8040216c:	0da7d463          	bge	a5,s10,80402234 <__d_vfprintf+0x334>
80402170:	4d35                	li	s10,13
80402172:	aab5                	j	804022ee <__d_vfprintf+0x3ee>
80402174:	e57906e3          	beq	s2,s7,80401fc0 <__d_vfprintf+0xc0>
80402178:	e58904e3          	beq	s2,s8,80401fc0 <__d_vfprintf+0xc0>
8040217c:	b791                	j	804020c0 <__d_vfprintf+0x1c0>
8040217e:	080df793          	and	a5,s11,128
80402182:	c399                	beqz	a5,80402188 <__d_vfprintf+0x288>
80402184:	200ded93          	or	s11,s11,512
80402188:	080ded93          	or	s11,s11,128
8040218c:	bd15                	j	80401fc0 <__d_vfprintf+0xc0>
8040218e:	100df793          	and	a5,s11,256
80402192:	c399                	beqz	a5,80402198 <__d_vfprintf+0x298>
80402194:	200ded93          	or	s11,s11,512
80402198:	100ded93          	or	s11,s11,256
8040219c:	b515                	j	80401fc0 <__d_vfprintf+0xc0>
8040219e:	280ded93          	or	s11,s11,640
804021a2:	bd39                	j	80401fc0 <__d_vfprintf+0xc0>
804021a4:	875a                	mv	a4,s6
804021a6:	4d01                	li	s10,0
804021a8:	4b01                	li	s6,0
804021aa:	8aba                	mv	s5,a4
804021ac:	4d81                	li	s11,0
804021ae:	bd09                	j	80401fc0 <__d_vfprintf+0xc0>
804021b0:	5792                	lw	a5,36(sp)
804021b2:	fff94913          	not	s2,s2
804021b6:	02097913          	and	s2,s2,32
804021ba:	079d                	add	a5,a5,7
804021bc:	9be1                	and	a5,a5,-8
804021be:	00878713          	add	a4,a5,8
804021c2:	4388                	lw	a0,0(a5)
804021c4:	43cc                	lw	a1,4(a5)
804021c6:	d23a                	sw	a4,36(sp)
804021c8:	040df793          	and	a5,s11,64
804021cc:	22078363          	beqz	a5,804023f2 <__d_vfprintf+0x4f2>
804021d0:	06500793          	li	a5,101
804021d4:	22fc9163          	bne	s9,a5,804023f6 <__d_vfprintf+0x4f6>
804021d8:	6785                	lui	a5,0x1
804021da:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7f9325a1>
804021de:	00fdedb3          	or	s11,s11,a5
804021e2:	0ff67613          	zext.b	a2,a2
804021e6:	4701                	li	a4,0
804021e8:	4781                	li	a5,0
804021ea:	4345                	li	t1,17
804021ec:	0ff67693          	zext.b	a3,a2
804021f0:	00c37363          	bgeu	t1,a2,804021f6 <__d_vfprintf+0x2f6>
804021f4:	46c5                	li	a3,17
804021f6:	1030                	add	a2,sp,40
804021f8:	00001097          	auipc	ra,0x1
804021fc:	b52080e7          	jalr	-1198(ra) # 80402d4a <__dtoa_engine>
80402200:	0ff57b93          	zext.b	s7,a0
80402204:	59a2                	lw	s3,40(sp)
80402206:	8aee                	mv	s5,s11
80402208:	4c09                	li	s8,2
8040220a:	aa21                	j	80402322 <__d_vfprintf+0x422>
8040220c:	03100793          	li	a5,49
80402210:	00099563          	bnez	s3,8040221a <__d_vfprintf+0x31a>
80402214:	03000793          	li	a5,48
80402218:	4985                	li	s3,1
8040221a:	0ffbfb93          	zext.b	s7,s7
8040221e:	02f106a3          	sb	a5,45(sp)
80402222:	03710623          	sb	s7,44(sp)
80402226:	c0198993          	add	s3,s3,-1023
8040222a:	18080763          	beqz	a6,804023b8 <__d_vfprintf+0x4b8>
8040222e:	47b1                	li	a5,12
80402230:	19a7c663          	blt	a5,s10,804023bc <__d_vfprintf+0x4bc>
80402234:	4335                	li	t1,13
80402236:	41a30333          	sub	t1,t1,s10
8040223a:	00231d93          	sll	s11,t1,0x2
8040223e:	fffd8613          	add	a2,s11,-1
80402242:	4505                	li	a0,1
80402244:	4581                	li	a1,0
80402246:	ca46                	sw	a7,20(sp)
80402248:	c836                	sw	a3,16(sp)
8040224a:	fffff097          	auipc	ra,0xfffff
8040224e:	2da080e7          	jalr	730(ra) # 80401524 <__ashldi3>
80402252:	84aa                	mv	s1,a0
80402254:	872e                	mv	a4,a1
80402256:	00171793          	sll	a5,a4,0x1
8040225a:	85aa                	mv	a1,a0
8040225c:	01f4d513          	srl	a0,s1,0x1f
80402260:	00149e13          	sll	t3,s1,0x1
80402264:	8fc9                	or	a5,a5,a0
80402266:	40f00c33          	neg	s8,a5
8040226a:	01c03533          	snez	a0,t3
8040226e:	48d2                	lw	a7,20(sp)
80402270:	41c00833          	neg	a6,t3
80402274:	40ac0c33          	sub	s8,s8,a0
80402278:	fffe0513          	add	a0,t3,-1
8040227c:	001e3e13          	seqz	t3,t3
80402280:	41c787b3          	sub	a5,a5,t3
80402284:	0197f7b3          	and	a5,a5,s9
80402288:	01157533          	and	a0,a0,a7
8040228c:	02f74863          	blt	a4,a5,804022bc <__d_vfprintf+0x3bc>
80402290:	46c2                	lw	a3,16(sp)
80402292:	00e79463          	bne	a5,a4,8040229a <__d_vfprintf+0x39a>
80402296:	02a5e363          	bltu	a1,a0,804022bc <__d_vfprintf+0x3bc>
8040229a:	8546                	mv	a0,a7
8040229c:	866e                	mv	a2,s11
8040229e:	85e6                	mv	a1,s9
804022a0:	ce3a                	sw	a4,28(sp)
804022a2:	cc42                	sw	a6,24(sp)
804022a4:	ca36                	sw	a3,20(sp)
804022a6:	c846                	sw	a7,16(sp)
804022a8:	fffff097          	auipc	ra,0xfffff
804022ac:	2a4080e7          	jalr	676(ra) # 8040154c <__ashrdi3>
804022b0:	8905                	and	a0,a0,1
804022b2:	48c2                	lw	a7,16(sp)
804022b4:	46d2                	lw	a3,20(sp)
804022b6:	4862                	lw	a6,24(sp)
804022b8:	4772                	lw	a4,28(sp)
804022ba:	c94d                	beqz	a0,8040236c <__d_vfprintf+0x46c>
804022bc:	00988533          	add	a0,a7,s1
804022c0:	01153db3          	sltu	s11,a0,a7
804022c4:	9766                	add	a4,a4,s9
804022c6:	00ed8cb3          	add	s9,s11,a4
804022ca:	001007b7          	lui	a5,0x100
804022ce:	86aa                	mv	a3,a0
804022d0:	08fcce63          	blt	s9,a5,8040236c <__d_vfprintf+0x46c>
804022d4:	02d14783          	lbu	a5,45(sp)
804022d8:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
804022da:	02f106a3          	sb	a5,45(sp)
804022de:	40000793          	li	a5,1024
804022e2:	0af98163          	beq	s3,a5,80402384 <__d_vfprintf+0x484>
804022e6:	00a87533          	and	a0,a6,a0
804022ea:	019c7c33          	and	s8,s8,s9
804022ee:	05700613          	li	a2,87
804022f2:	1034                	add	a3,sp,40
804022f4:	4735                	li	a4,13
804022f6:	45a5                	li	a1,9
804022f8:	41260633          	sub	a2,a2,s2
804022fc:	01cc1813          	sll	a6,s8,0x1c
80402300:	00f57793          	and	a5,a0,15
80402304:	8111                	srl	a0,a0,0x4
80402306:	00a86533          	or	a0,a6,a0
8040230a:	404c5c13          	sra	s8,s8,0x4
8040230e:	e7e1                	bnez	a5,804023d6 <__d_vfprintf+0x4d6>
80402310:	0ced5563          	bge	s10,a4,804023da <__d_vfprintf+0x4da>
80402314:	177d                	add	a4,a4,-1
80402316:	16fd                	add	a3,a3,-1
80402318:	f375                	bnez	a4,804022fc <__d_vfprintf+0x3fc>
8040231a:	4c05                	li	s8,1
8040231c:	4bb9                	li	s7,14
8040231e:	07000c93          	li	s9,112
80402322:	00998713          	add	a4,s3,9
80402326:	46c9                	li	a3,18
80402328:	87ce                	mv	a5,s3
8040232a:	06e6e863          	bltu	a3,a4,8040239a <__d_vfprintf+0x49a>
8040232e:	02c14703          	lbu	a4,44(sp)
80402332:	00177d93          	and	s11,a4,1
80402336:	8b31                	and	a4,a4,12
80402338:	120d9a63          	bnez	s11,8040246c <__d_vfprintf+0x56c>
8040233c:	002af793          	and	a5,s5,2
80402340:	12079263          	bnez	a5,80402464 <__d_vfprintf+0x564>
80402344:	004af793          	and	a5,s5,4
80402348:	cfe9                	beqz	a5,80402422 <__d_vfprintf+0x522>
8040234a:	12071563          	bnez	a4,80402474 <__d_vfprintf+0x574>
8040234e:	02000713          	li	a4,32
80402352:	678d                	lui	a5,0x3
80402354:	00faf7b3          	and	a5,s5,a5
80402358:	1c079363          	bnez	a5,8040251e <__d_vfprintf+0x61e>
8040235c:	000d1363          	bnez	s10,80402362 <__d_vfprintf+0x462>
80402360:	4d05                	li	s10,1
80402362:	103c                	add	a5,sp,40
80402364:	97de                	add	a5,a5,s7
80402366:	03000693          	li	a3,48
8040236a:	aa9d                	j	804024e0 <__d_vfprintf+0x5e0>
8040236c:	0106f6b3          	and	a3,a3,a6
80402370:	018cfcb3          	and	s9,s9,s8
80402374:	40000793          	li	a5,1024
80402378:	04f99c63          	bne	s3,a5,804023d0 <__d_vfprintf+0x4d0>
8040237c:	0196ecb3          	or	s9,a3,s9
80402380:	040c8063          	beqz	s9,804023c0 <__d_vfprintf+0x4c0>
80402384:	008beb93          	or	s7,s7,8
80402388:	03710623          	sb	s7,44(sp)
8040238c:	40000993          	li	s3,1024
80402390:	4bb9                	li	s7,14
80402392:	07000c93          	li	s9,112
80402396:	40000793          	li	a5,1024
8040239a:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
8040239e:	0c600693          	li	a3,198
804023a2:	4c09                	li	s8,2
804023a4:	f8e6f5e3          	bgeu	a3,a4,8040232e <__d_vfprintf+0x42e>
804023a8:	3e778793          	add	a5,a5,999
804023ac:	7ce00c13          	li	s8,1998
804023b0:	00fc3c33          	sltu	s8,s8,a5
804023b4:	0c0d                	add	s8,s8,3
804023b6:	bfa5                	j	8040232e <__d_vfprintf+0x42e>
804023b8:	4d01                	li	s10,0
804023ba:	bf6d                	j	80402374 <__d_vfprintf+0x474>
804023bc:	4d35                	li	s10,13
804023be:	bf5d                	j	80402374 <__d_vfprintf+0x474>
804023c0:	004beb93          	or	s7,s7,4
804023c4:	03710623          	sb	s7,44(sp)
804023c8:	b7e1                	j	80402390 <__d_vfprintf+0x490>
804023ca:	4981                	li	s3,0
804023cc:	4d01                	li	s10,0
804023ce:	b705                	j	804022ee <__d_vfprintf+0x3ee>
804023d0:	8536                	mv	a0,a3
804023d2:	8c66                	mv	s8,s9
804023d4:	bf29                	j	804022ee <__d_vfprintf+0x3ee>
804023d6:	00f5ea63          	bltu	a1,a5,804023ea <__d_vfprintf+0x4ea>
804023da:	03078793          	add	a5,a5,48
804023de:	00f68923          	sb	a5,18(a3)
804023e2:	f2ed59e3          	bge	s10,a4,80402314 <__d_vfprintf+0x414>
804023e6:	8d3a                	mv	s10,a4
804023e8:	b735                	j	80402314 <__d_vfprintf+0x414>
804023ea:	97b2                	add	a5,a5,a2
804023ec:	0ff7f793          	zext.b	a5,a5
804023f0:	b7fd                	j	804023de <__d_vfprintf+0x4de>
804023f2:	4d19                	li	s10,6
804023f4:	bbf1                	j	804021d0 <__d_vfprintf+0x2d0>
804023f6:	06600793          	li	a5,102
804023fa:	00fc9963          	bne	s9,a5,8040240c <__d_vfprintf+0x50c>
804023fe:	6789                	lui	a5,0x2
80402400:	00fdedb3          	or	s11,s11,a5
80402404:	4705                	li	a4,1
80402406:	87ea                	mv	a5,s10
80402408:	4645                	li	a2,17
8040240a:	b3c5                	j	804021ea <__d_vfprintf+0x2ea>
8040240c:	0ffd7793          	zext.b	a5,s10
80402410:	0ffd7613          	zext.b	a2,s10
80402414:	e391                	bnez	a5,80402418 <__d_vfprintf+0x518>
80402416:	4605                	li	a2,1
80402418:	4701                	li	a4,0
8040241a:	4781                	li	a5,0
8040241c:	06500c93          	li	s9,101
80402420:	b3e9                	j	804021ea <__d_vfprintf+0x2ea>
80402422:	db05                	beqz	a4,80402352 <__d_vfprintf+0x452>
80402424:	478d                	li	a5,3
80402426:	0967d163          	bge	a5,s6,804024a8 <__d_vfprintf+0x5a8>
8040242a:	008afa93          	and	s5,s5,8
8040242e:	ffdb0493          	add	s1,s6,-3
80402432:	000a9f63          	bnez	s5,80402450 <__d_vfprintf+0x550>
80402436:	94a2                	add	s1,s1,s0
80402438:	4582                	lw	a1,0(sp)
8040243a:	02000513          	li	a0,32
8040243e:	0405                	add	s0,s0,1
80402440:	9a02                	jalr	s4
80402442:	b00540e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402446:	fe8499e3          	bne	s1,s0,80402438 <__d_vfprintf+0x538>
8040244a:	4481                	li	s1,0
8040244c:	020d9f63          	bnez	s11,8040248a <__d_vfprintf+0x58a>
80402450:	02c14783          	lbu	a5,44(sp)
80402454:	8ba1                	and	a5,a5,8
80402456:	efad                	bnez	a5,804024d0 <__d_vfprintf+0x5d0>
80402458:	804059b7          	lui	s3,0x80405
8040245c:	9a498993          	add	s3,s3,-1628 # 804049a4 <__clz_tab+0x100>
80402460:	8c22                	mv	s8,s0
80402462:	a8b1                	j	804024be <__d_vfprintf+0x5be>
80402464:	eb15                	bnez	a4,80402498 <__d_vfprintf+0x598>
80402466:	02b00713          	li	a4,43
8040246a:	b5e5                	j	80402352 <__d_vfprintf+0x452>
8040246c:	eb0d                	bnez	a4,8040249e <__d_vfprintf+0x59e>
8040246e:	02d00713          	li	a4,45
80402472:	b5c5                	j	80402352 <__d_vfprintf+0x452>
80402474:	02000d93          	li	s11,32
80402478:	4791                	li	a5,4
8040247a:	0367d563          	bge	a5,s6,804024a4 <__d_vfprintf+0x5a4>
8040247e:	008afa93          	and	s5,s5,8
80402482:	ffcb0493          	add	s1,s6,-4
80402486:	fa0a88e3          	beqz	s5,80402436 <__d_vfprintf+0x536>
8040248a:	4582                	lw	a1,0(sp)
8040248c:	856e                	mv	a0,s11
8040248e:	0405                	add	s0,s0,1
80402490:	9a02                	jalr	s4
80402492:	fa055fe3          	bgez	a0,80402450 <__d_vfprintf+0x550>
80402496:	b475                	j	80401f42 <__d_vfprintf+0x42>
80402498:	02b00d93          	li	s11,43
8040249c:	bff1                	j	80402478 <__d_vfprintf+0x578>
8040249e:	02d00d93          	li	s11,45
804024a2:	bfd9                	j	80402478 <__d_vfprintf+0x578>
804024a4:	4481                	li	s1,0
804024a6:	b7d5                	j	8040248a <__d_vfprintf+0x58a>
804024a8:	4481                	li	s1,0
804024aa:	b75d                	j	80402450 <__d_vfprintf+0x550>
804024ac:	4582                	lw	a1,0(sp)
804024ae:	41250533          	sub	a0,a0,s2
804024b2:	0ff57513          	zext.b	a0,a0
804024b6:	0c05                	add	s8,s8,1
804024b8:	9a02                	jalr	s4
804024ba:	a80544e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804024be:	408c07b3          	sub	a5,s8,s0
804024c2:	97ce                	add	a5,a5,s3
804024c4:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
804024c8:	f175                	bnez	a0,804024ac <__d_vfprintf+0x5ac>
804024ca:	8462                	mv	s0,s8
804024cc:	94e2                	add	s1,s1,s8
804024ce:	a535                	j	80402afa <__d_vfprintf+0xbfa>
804024d0:	804059b7          	lui	s3,0x80405
804024d4:	9a898993          	add	s3,s3,-1624 # 804049a8 <__clz_tab+0x104>
804024d8:	b761                	j	80402460 <__d_vfprintf+0x560>
804024da:	1bfd                	add	s7,s7,-1
804024dc:	0ffbfb93          	zext.b	s7,s7
804024e0:	000b8763          	beqz	s7,804024ee <__d_vfprintf+0x5ee>
804024e4:	0047c603          	lbu	a2,4(a5)
804024e8:	17fd                	add	a5,a5,-1
804024ea:	fed608e3          	beq	a2,a3,804024da <__d_vfprintf+0x5da>
804024ee:	010af693          	and	a3,s5,16
804024f2:	87ea                	mv	a5,s10
804024f4:	e291                	bnez	a3,804024f8 <__d_vfprintf+0x5f8>
804024f6:	87de                	mv	a5,s7
804024f8:	56f1                	li	a3,-4
804024fa:	0ed9cc63          	blt	s3,a3,804025f2 <__d_vfprintf+0x6f2>
804024fe:	0fa9da63          	bge	s3,s10,804025f2 <__d_vfprintf+0x6f2>
80402502:	6689                	lui	a3,0x2
80402504:	00dae6b3          	or	a3,s5,a3
80402508:	01069a93          	sll	s5,a3,0x10
8040250c:	010ada93          	srl	s5,s5,0x10
80402510:	4d01                	li	s10,0
80402512:	00f9d663          	bge	s3,a5,8040251e <__d_vfprintf+0x61e>
80402516:	00198893          	add	a7,s3,1
8040251a:	41178d33          	sub	s10,a5,a7
8040251e:	6d89                	lui	s11,0x2
80402520:	01bafdb3          	and	s11,s5,s11
80402524:	0c0d8a63          	beqz	s11,804025f8 <__d_vfprintf+0x6f8>
80402528:	87ce                	mv	a5,s3
8040252a:	0009d363          	bgez	s3,80402530 <__d_vfprintf+0x630>
8040252e:	4781                	li	a5,0
80402530:	0785                	add	a5,a5,1
80402532:	c311                	beqz	a4,80402536 <__d_vfprintf+0x636>
80402534:	0785                	add	a5,a5,1
80402536:	0c0d0963          	beqz	s10,80402608 <__d_vfprintf+0x708>
8040253a:	001d0693          	add	a3,s10,1
8040253e:	97b6                	add	a5,a5,a3
80402540:	4481                	li	s1,0
80402542:	0167d463          	bge	a5,s6,8040254a <__d_vfprintf+0x64a>
80402546:	40fb04b3          	sub	s1,s6,a5
8040254a:	009af793          	and	a5,s5,9
8040254e:	e789                	bnez	a5,80402558 <__d_vfprintf+0x658>
80402550:	94a2                	add	s1,s1,s0
80402552:	0c849063          	bne	s1,s0,80402612 <__d_vfprintf+0x712>
80402556:	4481                	li	s1,0
80402558:	c719                	beqz	a4,80402566 <__d_vfprintf+0x666>
8040255a:	4582                	lw	a1,0(sp)
8040255c:	853a                	mv	a0,a4
8040255e:	0405                	add	s0,s0,1
80402560:	9a02                	jalr	s4
80402562:	9e0540e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402566:	00bad793          	srl	a5,s5,0xb
8040256a:	8b85                	and	a5,a5,1
8040256c:	c395                	beqz	a5,80402590 <__d_vfprintf+0x690>
8040256e:	4582                	lw	a1,0(sp)
80402570:	03000513          	li	a0,48
80402574:	9a02                	jalr	s4
80402576:	9c0546e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
8040257a:	07800513          	li	a0,120
8040257e:	4582                	lw	a1,0(sp)
80402580:	41250533          	sub	a0,a0,s2
80402584:	0f857513          	and	a0,a0,248
80402588:	0409                	add	s0,s0,2
8040258a:	9a02                	jalr	s4
8040258c:	9a054be3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402590:	008af793          	and	a5,s5,8
80402594:	e791                	bnez	a5,804025a0 <__d_vfprintf+0x6a0>
80402596:	8b22                	mv	s6,s0
80402598:	9426                	add	s0,s0,s1
8040259a:	09641663          	bne	s0,s6,80402626 <__d_vfprintf+0x726>
8040259e:	4481                	li	s1,0
804025a0:	0c0d8f63          	beqz	s11,8040267e <__d_vfprintf+0x77e>
804025a4:	8cce                	mv	s9,s3
804025a6:	0009d363          	bgez	s3,804025ac <__d_vfprintf+0x6ac>
804025aa:	4c81                	li	s9,0
804025ac:	41998db3          	sub	s11,s3,s9
804025b0:	41a00d33          	neg	s10,s10
804025b4:	5b7d                	li	s6,-1
804025b6:	03000513          	li	a0,48
804025ba:	017df663          	bgeu	s11,s7,804025c6 <__d_vfprintf+0x6c6>
804025be:	103c                	add	a5,sp,40
804025c0:	97ee                	add	a5,a5,s11
804025c2:	0057c503          	lbu	a0,5(a5)
804025c6:	1cfd                	add	s9,s9,-1
804025c8:	00140c13          	add	s8,s0,1
804025cc:	07acc563          	blt	s9,s10,80402636 <__d_vfprintf+0x736>
804025d0:	4582                	lw	a1,0(sp)
804025d2:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
804025d4:	9a02                	jalr	s4
804025d6:	960546e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804025da:	016c9a63          	bne	s9,s6,804025ee <__d_vfprintf+0x6ee>
804025de:	4582                	lw	a1,0(sp)
804025e0:	02e00513          	li	a0,46
804025e4:	9a02                	jalr	s4
804025e6:	94054ee3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804025ea:	00240c13          	add	s8,s0,2
804025ee:	8462                	mv	s0,s8
804025f0:	b7d9                	j	804025b6 <__d_vfprintf+0x6b6>
804025f2:	fff78d13          	add	s10,a5,-1
804025f6:	b725                	j	8040251e <__d_vfprintf+0x61e>
804025f8:	00bad693          	srl	a3,s5,0xb
804025fc:	8a85                	and	a3,a3,1
804025fe:	478d                	li	a5,3
80402600:	c291                	beqz	a3,80402604 <__d_vfprintf+0x704>
80402602:	4795                	li	a5,5
80402604:	97e2                	add	a5,a5,s8
80402606:	b735                	j	80402532 <__d_vfprintf+0x632>
80402608:	010af693          	and	a3,s5,16
8040260c:	da95                	beqz	a3,80402540 <__d_vfprintf+0x640>
8040260e:	0785                	add	a5,a5,1
80402610:	bf05                	j	80402540 <__d_vfprintf+0x640>
80402612:	4582                	lw	a1,0(sp)
80402614:	02000513          	li	a0,32
80402618:	c83a                	sw	a4,16(sp)
8040261a:	9a02                	jalr	s4
8040261c:	4742                	lw	a4,16(sp)
8040261e:	0405                	add	s0,s0,1
80402620:	f20559e3          	bgez	a0,80402552 <__d_vfprintf+0x652>
80402624:	ba39                	j	80401f42 <__d_vfprintf+0x42>
80402626:	4582                	lw	a1,0(sp)
80402628:	03000513          	li	a0,48
8040262c:	0b05                	add	s6,s6,1
8040262e:	9a02                	jalr	s4
80402630:	f60555e3          	bgez	a0,8040259a <__d_vfprintf+0x69a>
80402634:	b239                	j	80401f42 <__d_vfprintf+0x42>
80402636:	033c9063          	bne	s9,s3,80402656 <__d_vfprintf+0x756>
8040263a:	02d14703          	lbu	a4,45(sp)
8040263e:	03500793          	li	a5,53
80402642:	00e7e863          	bltu	a5,a4,80402652 <__d_vfprintf+0x752>
80402646:	00f71863          	bne	a4,a5,80402656 <__d_vfprintf+0x756>
8040264a:	02c14783          	lbu	a5,44(sp)
8040264e:	8bc1                	and	a5,a5,16
80402650:	e399                	bnez	a5,80402656 <__d_vfprintf+0x756>
80402652:	03100513          	li	a0,49
80402656:	4582                	lw	a1,0(sp)
80402658:	9a02                	jalr	s4
8040265a:	8e0544e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
8040265e:	010afa93          	and	s5,s5,16
80402662:	e60a84e3          	beqz	s5,804024ca <__d_vfprintf+0x5ca>
80402666:	57fd                	li	a5,-1
80402668:	e6fc91e3          	bne	s9,a5,804024ca <__d_vfprintf+0x5ca>
8040266c:	4582                	lw	a1,0(sp)
8040266e:	00240c13          	add	s8,s0,2
80402672:	02e00513          	li	a0,46
80402676:	9a02                	jalr	s4
80402678:	e40559e3          	bgez	a0,804024ca <__d_vfprintf+0x5ca>
8040267c:	b0d9                	j	80401f42 <__d_vfprintf+0x42>
8040267e:	02d14503          	lbu	a0,45(sp)
80402682:	03100793          	li	a5,49
80402686:	00f50763          	beq	a0,a5,80402694 <__d_vfprintf+0x794>
8040268a:	02c14783          	lbu	a5,44(sp)
8040268e:	9bbd                	and	a5,a5,-17
80402690:	02f10623          	sb	a5,44(sp)
80402694:	4582                	lw	a1,0(sp)
80402696:	9a02                	jalr	s4
80402698:	8a0545e3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
8040269c:	0da05a63          	blez	s10,80402770 <__d_vfprintf+0x870>
804026a0:	4582                	lw	a1,0(sp)
804026a2:	02e00513          	li	a0,46
804026a6:	0409                	add	s0,s0,2
804026a8:	9a02                	jalr	s4
804026aa:	88054ce3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804026ae:	4a85                	li	s5,1
804026b0:	4785                	li	a5,1
804026b2:	0405                	add	s0,s0,1
804026b4:	03000513          	li	a0,48
804026b8:	017af863          	bgeu	s5,s7,804026c8 <__d_vfprintf+0x7c8>
804026bc:	02078793          	add	a5,a5,32
804026c0:	1018                	add	a4,sp,32
804026c2:	97ba                	add	a5,a5,a4
804026c4:	fed7c503          	lbu	a0,-19(a5)
804026c8:	4582                	lw	a1,0(sp)
804026ca:	9a02                	jalr	s4
804026cc:	86054be3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804026d0:	0a85                	add	s5,s5,1
804026d2:	0ffafa93          	zext.b	s5,s5
804026d6:	87d6                	mv	a5,s5
804026d8:	fd5d5de3          	bge	s10,s5,804026b2 <__d_vfprintf+0x7b2>
804026dc:	4582                	lw	a1,0(sp)
804026de:	412c8533          	sub	a0,s9,s2
804026e2:	0ff57513          	zext.b	a0,a0
804026e6:	9a02                	jalr	s4
804026e8:	84054de3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804026ec:	0009ca63          	bltz	s3,80402700 <__d_vfprintf+0x800>
804026f0:	02b00513          	li	a0,43
804026f4:	00099a63          	bnez	s3,80402708 <__d_vfprintf+0x808>
804026f8:	02c14783          	lbu	a5,44(sp)
804026fc:	8bc1                	and	a5,a5,16
804026fe:	c789                	beqz	a5,80402708 <__d_vfprintf+0x808>
80402700:	413009b3          	neg	s3,s3
80402704:	02d00513          	li	a0,45
80402708:	4582                	lw	a1,0(sp)
8040270a:	9a02                	jalr	s4
8040270c:	82054be3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402710:	4791                	li	a5,4
80402712:	06fc1e63          	bne	s8,a5,8040278e <__d_vfprintf+0x88e>
80402716:	3e800913          	li	s2,1000
8040271a:	0329c533          	div	a0,s3,s2
8040271e:	4582                	lw	a1,0(sp)
80402720:	040d                	add	s0,s0,3
80402722:	03050513          	add	a0,a0,48
80402726:	0ff57513          	zext.b	a0,a0
8040272a:	9a02                	jalr	s4
8040272c:	80054be3          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402730:	0329e9b3          	rem	s3,s3,s2
80402734:	06400913          	li	s2,100
80402738:	4582                	lw	a1,0(sp)
8040273a:	0405                	add	s0,s0,1
8040273c:	0329c533          	div	a0,s3,s2
80402740:	03050513          	add	a0,a0,48
80402744:	0ff57513          	zext.b	a0,a0
80402748:	9a02                	jalr	s4
8040274a:	fe054c63          	bltz	a0,80401f42 <__d_vfprintf+0x42>
8040274e:	0329e9b3          	rem	s3,s3,s2
80402752:	4929                	li	s2,10
80402754:	4582                	lw	a1,0(sp)
80402756:	0405                	add	s0,s0,1
80402758:	0329c533          	div	a0,s3,s2
8040275c:	03050513          	add	a0,a0,48
80402760:	0ff57513          	zext.b	a0,a0
80402764:	9a02                	jalr	s4
80402766:	fc054e63          	bltz	a0,80401f42 <__d_vfprintf+0x42>
8040276a:	0329e9b3          	rem	s3,s3,s2
8040276e:	a03d                	j	8040279c <__d_vfprintf+0x89c>
80402770:	010afa93          	and	s5,s5,16
80402774:	000a9463          	bnez	s5,8040277c <__d_vfprintf+0x87c>
80402778:	0405                	add	s0,s0,1
8040277a:	b78d                	j	804026dc <__d_vfprintf+0x7dc>
8040277c:	4582                	lw	a1,0(sp)
8040277e:	02e00513          	li	a0,46
80402782:	0409                	add	s0,s0,2
80402784:	9a02                	jalr	s4
80402786:	f4055be3          	bgez	a0,804026dc <__d_vfprintf+0x7dc>
8040278a:	fb8ff06f          	j	80401f42 <__d_vfprintf+0x42>
8040278e:	478d                	li	a5,3
80402790:	0409                	add	s0,s0,2
80402792:	fafc01e3          	beq	s8,a5,80402734 <__d_vfprintf+0x834>
80402796:	4785                	li	a5,1
80402798:	fafc1de3          	bne	s8,a5,80402752 <__d_vfprintf+0x852>
8040279c:	03098513          	add	a0,s3,48
804027a0:	4582                	lw	a1,0(sp)
804027a2:	00140c13          	add	s8,s0,1
804027a6:	0ff57513          	zext.b	a0,a0
804027aa:	b5f1                	j	80402676 <__d_vfprintf+0x776>
804027ac:	f9d90793          	add	a5,s2,-99
804027b0:	0ff7f793          	zext.b	a5,a5
804027b4:	4749                	li	a4,18
804027b6:	20f76363          	bltu	a4,a5,804029bc <__d_vfprintf+0xabc>
804027ba:	80404737          	lui	a4,0x80404
804027be:	078a                	sll	a5,a5,0x2
804027c0:	51c70713          	add	a4,a4,1308 # 8040451c <msg.0+0x60>
804027c4:	97ba                	add	a5,a5,a4
804027c6:	439c                	lw	a5,0(a5)
804027c8:	8782                	jr	a5
804027ca:	5792                	lw	a5,36(sp)
804027cc:	4485                	li	s1,1
804027ce:	02810993          	add	s3,sp,40
804027d2:	00478713          	add	a4,a5,4
804027d6:	439c                	lw	a5,0(a5)
804027d8:	d23a                	sw	a4,36(sp)
804027da:	02f10423          	sb	a5,40(sp)
804027de:	008df813          	and	a6,s11,8
804027e2:	06080063          	beqz	a6,80402842 <__d_vfprintf+0x942>
804027e6:	4901                	li	s2,0
804027e8:	05249f63          	bne	s1,s2,80402846 <__d_vfprintf+0x946>
804027ec:	00940c33          	add	s8,s0,s1
804027f0:	409b04b3          	sub	s1,s6,s1
804027f4:	b9d9                	j	804024ca <__d_vfprintf+0x5ca>
804027f6:	5792                	lw	a5,36(sp)
804027f8:	00478713          	add	a4,a5,4
804027fc:	d23a                	sw	a4,36(sp)
804027fe:	0007a983          	lw	s3,0(a5)
80402802:	00099663          	bnez	s3,8040280e <__d_vfprintf+0x90e>
80402806:	804059b7          	lui	s3,0x80405
8040280a:	9ac98993          	add	s3,s3,-1620 # 804049ac <__clz_tab+0x108>
8040280e:	040df793          	and	a5,s11,64
80402812:	55fd                	li	a1,-1
80402814:	c391                	beqz	a5,80402818 <__d_vfprintf+0x918>
80402816:	85ea                	mv	a1,s10
80402818:	854e                	mv	a0,s3
8040281a:	00001097          	auipc	ra,0x1
8040281e:	da0080e7          	jalr	-608(ra) # 804035ba <strnlen>
80402822:	84aa                	mv	s1,a0
80402824:	bf6d                	j	804027de <__d_vfprintf+0x8de>
80402826:	4582                	lw	a1,0(sp)
80402828:	02000513          	li	a0,32
8040282c:	9a02                	jalr	s4
8040282e:	f0054a63          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402832:	197d                	add	s2,s2,-1
80402834:	ff24e9e3          	bltu	s1,s2,80402826 <__d_vfprintf+0x926>
80402838:	945a                	add	s0,s0,s6
8040283a:	41240433          	sub	s0,s0,s2
8040283e:	8b4a                	mv	s6,s2
80402840:	b75d                	j	804027e6 <__d_vfprintf+0x8e6>
80402842:	895a                	mv	s2,s6
80402844:	bfc5                	j	80402834 <__d_vfprintf+0x934>
80402846:	012987b3          	add	a5,s3,s2
8040284a:	4582                	lw	a1,0(sp)
8040284c:	0007c503          	lbu	a0,0(a5)
80402850:	0905                	add	s2,s2,1
80402852:	9a02                	jalr	s4
80402854:	f8055ae3          	bgez	a0,804027e8 <__d_vfprintf+0x8e8>
80402858:	eeaff06f          	j	80401f42 <__d_vfprintf+0x42>
8040285c:	080df713          	and	a4,s11,128
80402860:	5792                	lw	a5,36(sp)
80402862:	cf59                	beqz	a4,80402900 <__d_vfprintf+0xa00>
80402864:	200df713          	and	a4,s11,512
80402868:	c749                	beqz	a4,804028f2 <__d_vfprintf+0x9f2>
8040286a:	079d                	add	a5,a5,7
8040286c:	9be1                	and	a5,a5,-8
8040286e:	4388                	lw	a0,0(a5)
80402870:	43cc                	lw	a1,4(a5)
80402872:	00878713          	add	a4,a5,8
80402876:	d23a                	sw	a4,36(sp)
80402878:	fefdf993          	and	s3,s11,-17
8040287c:	09c2                	sll	s3,s3,0x10
8040287e:	0109d993          	srl	s3,s3,0x10
80402882:	0805df63          	bgez	a1,80402920 <__d_vfprintf+0xa20>
80402886:	00a037b3          	snez	a5,a0
8040288a:	40b005b3          	neg	a1,a1
8040288e:	8d9d                	sub	a1,a1,a5
80402890:	40a00533          	neg	a0,a0
80402894:	4009e993          	or	s3,s3,1024
80402898:	02810a93          	add	s5,sp,40
8040289c:	46a9                	li	a3,10
8040289e:	8656                	mv	a2,s5
804028a0:	fffff097          	auipc	ra,0xfffff
804028a4:	44c080e7          	jalr	1100(ra) # 80401cec <__ultoa_invert>
804028a8:	0409f793          	and	a5,s3,64
804028ac:	41550ab3          	sub	s5,a0,s5
804028b0:	c7f5                	beqz	a5,8040299c <__d_vfprintf+0xa9c>
804028b2:	ffe9f793          	and	a5,s3,-2
804028b6:	07c2                	sll	a5,a5,0x10
804028b8:	83c1                	srl	a5,a5,0x10
804028ba:	19aad563          	bge	s5,s10,80402a44 <__d_vfprintf+0xb44>
804028be:	16090c63          	beqz	s2,80402a36 <__d_vfprintf+0xb36>
804028c2:	0109fc13          	and	s8,s3,16
804028c6:	84ea                	mv	s1,s10
804028c8:	89be                	mv	s3,a5
804028ca:	060c0a63          	beqz	s8,8040293e <__d_vfprintf+0xa3e>
804028ce:	0489                	add	s1,s1,2
804028d0:	0089f793          	and	a5,s3,8
804028d4:	18079a63          	bnez	a5,80402a68 <__d_vfprintf+0xb68>
804028d8:	0019f793          	and	a5,s3,1
804028dc:	cb89                	beqz	a5,804028ee <__d_vfprintf+0x9ee>
804028de:	8d56                	mv	s10,s5
804028e0:	0164d763          	bge	s1,s6,804028ee <__d_vfprintf+0x9ee>
804028e4:	409b04b3          	sub	s1,s6,s1
804028e8:	01548d33          	add	s10,s1,s5
804028ec:	84da                	mv	s1,s6
804028ee:	8ba6                	mv	s7,s1
804028f0:	a2ad                	j	80402a5a <__d_vfprintf+0xb5a>
804028f2:	4388                	lw	a0,0(a5)
804028f4:	00478713          	add	a4,a5,4
804028f8:	d23a                	sw	a4,36(sp)
804028fa:	41f55593          	sra	a1,a0,0x1f
804028fe:	bfad                	j	80402878 <__d_vfprintf+0x978>
80402900:	00478713          	add	a4,a5,4
80402904:	4388                	lw	a0,0(a5)
80402906:	d23a                	sw	a4,36(sp)
80402908:	100df793          	and	a5,s11,256
8040290c:	d7fd                	beqz	a5,804028fa <__d_vfprintf+0x9fa>
8040290e:	200df793          	and	a5,s11,512
80402912:	c781                	beqz	a5,8040291a <__d_vfprintf+0xa1a>
80402914:	0562                	sll	a0,a0,0x18
80402916:	8561                	sra	a0,a0,0x18
80402918:	b7cd                	j	804028fa <__d_vfprintf+0x9fa>
8040291a:	0542                	sll	a0,a0,0x10
8040291c:	8541                	sra	a0,a0,0x10
8040291e:	bff1                	j	804028fa <__d_vfprintf+0x9fa>
80402920:	00b567b3          	or	a5,a0,a1
80402924:	fbb5                	bnez	a5,80402898 <__d_vfprintf+0x998>
80402926:	040df793          	and	a5,s11,64
8040292a:	d7bd                	beqz	a5,80402898 <__d_vfprintf+0x998>
8040292c:	f60d16e3          	bnez	s10,80402898 <__d_vfprintf+0x998>
80402930:	feedf993          	and	s3,s11,-18
80402934:	09c2                	sll	s3,s3,0x10
80402936:	0109d993          	srl	s3,s3,0x10
8040293a:	4a81                	li	s5,0
8040293c:	4481                	li	s1,0
8040293e:	4069fc13          	and	s8,s3,1030
80402942:	f80c07e3          	beqz	s8,804028d0 <__d_vfprintf+0x9d0>
80402946:	0485                	add	s1,s1,1
80402948:	4c01                	li	s8,0
8040294a:	b759                	j	804028d0 <__d_vfprintf+0x9d0>
8040294c:	fefdf813          	and	a6,s11,-17
80402950:	01081d93          	sll	s11,a6,0x10
80402954:	010ddd93          	srl	s11,s11,0x10
80402958:	46a9                	li	a3,10
8040295a:	080df713          	and	a4,s11,128
8040295e:	5792                	lw	a5,36(sp)
80402960:	c355                	beqz	a4,80402a04 <__d_vfprintf+0xb04>
80402962:	200df713          	and	a4,s11,512
80402966:	cb49                	beqz	a4,804029f8 <__d_vfprintf+0xaf8>
80402968:	079d                	add	a5,a5,7
8040296a:	9be1                	and	a5,a5,-8
8040296c:	4388                	lw	a0,0(a5)
8040296e:	43cc                	lw	a1,4(a5)
80402970:	00878713          	add	a4,a5,8
80402974:	d23a                	sw	a4,36(sp)
80402976:	00b567b3          	or	a5,a0,a1
8040297a:	e7cd                	bnez	a5,80402a24 <__d_vfprintf+0xb24>
8040297c:	fe9df993          	and	s3,s11,-23
80402980:	09c2                	sll	s3,s3,0x10
80402982:	040df793          	and	a5,s11,64
80402986:	0109d993          	srl	s3,s3,0x10
8040298a:	c3dd                	beqz	a5,80402a30 <__d_vfprintf+0xb30>
8040298c:	0a0d1263          	bnez	s10,80402a30 <__d_vfprintf+0xb30>
80402990:	fe8df993          	and	s3,s11,-24
80402994:	09c2                	sll	s3,s3,0x10
80402996:	0109d993          	srl	s3,s3,0x10
8040299a:	4a81                	li	s5,0
8040299c:	0109fc13          	and	s8,s3,16
804029a0:	0a0c0463          	beqz	s8,80402a48 <__d_vfprintf+0xb48>
804029a4:	001a8493          	add	s1,s5,1
804029a8:	f20904e3          	beqz	s2,804028d0 <__d_vfprintf+0x9d0>
804029ac:	84d6                	mv	s1,s5
804029ae:	b705                	j	804028ce <__d_vfprintf+0x9ce>
804029b0:	010ded93          	or	s11,s11,16
804029b4:	46c1                	li	a3,16
804029b6:	07800913          	li	s2,120
804029ba:	b745                	j	8040295a <__d_vfprintf+0xa5a>
804029bc:	07800793          	li	a5,120
804029c0:	00fc9a63          	bne	s9,a5,804029d4 <__d_vfprintf+0xad4>
804029c4:	05800793          	li	a5,88
804029c8:	46c1                	li	a3,16
804029ca:	f8f918e3          	bne	s2,a5,8040295a <__d_vfprintf+0xa5a>
804029ce:	21000693          	li	a3,528
804029d2:	b761                	j	8040295a <__d_vfprintf+0xa5a>
804029d4:	4582                	lw	a1,0(sp)
804029d6:	02500513          	li	a0,37
804029da:	9a02                	jalr	s4
804029dc:	d6054363          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804029e0:	4582                	lw	a1,0(sp)
804029e2:	854a                	mv	a0,s2
804029e4:	9a02                	jalr	s4
804029e6:	d4054e63          	bltz	a0,80401f42 <__d_vfprintf+0x42>
804029ea:	0409                	add	s0,s0,2
804029ec:	4792                	lw	a5,4(sp)
804029ee:	d34ff06f          	j	80401f22 <__d_vfprintf+0x22>
804029f2:	46a1                	li	a3,8
804029f4:	4901                	li	s2,0
804029f6:	b795                	j	8040295a <__d_vfprintf+0xa5a>
804029f8:	4388                	lw	a0,0(a5)
804029fa:	00478713          	add	a4,a5,4
804029fe:	d23a                	sw	a4,36(sp)
80402a00:	4581                	li	a1,0
80402a02:	bf95                	j	80402976 <__d_vfprintf+0xa76>
80402a04:	00478713          	add	a4,a5,4
80402a08:	4388                	lw	a0,0(a5)
80402a0a:	d23a                	sw	a4,36(sp)
80402a0c:	100df793          	and	a5,s11,256
80402a10:	dbe5                	beqz	a5,80402a00 <__d_vfprintf+0xb00>
80402a12:	200df793          	and	a5,s11,512
80402a16:	c781                	beqz	a5,80402a1e <__d_vfprintf+0xb1e>
80402a18:	0ff57513          	zext.b	a0,a0
80402a1c:	b7d5                	j	80402a00 <__d_vfprintf+0xb00>
80402a1e:	0542                	sll	a0,a0,0x10
80402a20:	8141                	srl	a0,a0,0x10
80402a22:	bff9                	j	80402a00 <__d_vfprintf+0xb00>
80402a24:	ff9df813          	and	a6,s11,-7
80402a28:	01081993          	sll	s3,a6,0x10
80402a2c:	0109d993          	srl	s3,s3,0x10
80402a30:	02810a93          	add	s5,sp,40
80402a34:	b5ad                	j	8040289e <__d_vfprintf+0x99e>
80402a36:	fee9f993          	and	s3,s3,-18
80402a3a:	09c2                	sll	s3,s3,0x10
80402a3c:	0109d993          	srl	s3,s3,0x10
80402a40:	84ea                	mv	s1,s10
80402a42:	bdf5                	j	8040293e <__d_vfprintf+0xa3e>
80402a44:	89be                	mv	s3,a5
80402a46:	bf99                	j	8040299c <__d_vfprintf+0xa9c>
80402a48:	84d6                	mv	s1,s5
80402a4a:	bdd5                	j	8040293e <__d_vfprintf+0xa3e>
80402a4c:	4582                	lw	a1,0(sp)
80402a4e:	02000513          	li	a0,32
80402a52:	9a02                	jalr	s4
80402a54:	ce054763          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402a58:	0b85                	add	s7,s7,1
80402a5a:	ff6bc9e3          	blt	s7,s6,80402a4c <__d_vfprintf+0xb4c>
80402a5e:	409404b3          	sub	s1,s0,s1
80402a62:	01748433          	add	s0,s1,s7
80402a66:	84de                	mv	s1,s7
80402a68:	020c0363          	beqz	s8,80402a8e <__d_vfprintf+0xb8e>
80402a6c:	4582                	lw	a1,0(sp)
80402a6e:	03000513          	li	a0,48
80402a72:	9a02                	jalr	s4
80402a74:	cc054763          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402a78:	04090d63          	beqz	s2,80402ad2 <__d_vfprintf+0xbd2>
80402a7c:	4582                	lw	a1,0(sp)
80402a7e:	0409                	add	s0,s0,2
80402a80:	854a                	mv	a0,s2
80402a82:	9a02                	jalr	s4
80402a84:	ca054f63          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402a88:	8c22                	mv	s8,s0
80402a8a:	9d22                	add	s10,s10,s0
80402a8c:	a81d                	j	80402ac2 <__d_vfprintf+0xbc2>
80402a8e:	4069f793          	and	a5,s3,1030
80402a92:	dbfd                	beqz	a5,80402a88 <__d_vfprintf+0xb88>
80402a94:	0029f793          	and	a5,s3,2
80402a98:	02000513          	li	a0,32
80402a9c:	c399                	beqz	a5,80402aa2 <__d_vfprintf+0xba2>
80402a9e:	02b00513          	li	a0,43
80402aa2:	4009f993          	and	s3,s3,1024
80402aa6:	00098463          	beqz	s3,80402aae <__d_vfprintf+0xbae>
80402aaa:	02d00513          	li	a0,45
80402aae:	4582                	lw	a1,0(sp)
80402ab0:	0405                	add	s0,s0,1
80402ab2:	bfc1                	j	80402a82 <__d_vfprintf+0xb82>
80402ab4:	4582                	lw	a1,0(sp)
80402ab6:	03000513          	li	a0,48
80402aba:	0c05                	add	s8,s8,1
80402abc:	9a02                	jalr	s4
80402abe:	c8054263          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402ac2:	418d07b3          	sub	a5,s10,s8
80402ac6:	fefac7e3          	blt	s5,a5,80402ab4 <__d_vfprintf+0xbb4>
80402aca:	8456                	mv	s0,s5
80402acc:	e409                	bnez	s0,80402ad6 <__d_vfprintf+0xbd6>
80402ace:	9c56                	add	s8,s8,s5
80402ad0:	b305                	j	804027f0 <__d_vfprintf+0x8f0>
80402ad2:	0405                	add	s0,s0,1
80402ad4:	bf55                	j	80402a88 <__d_vfprintf+0xb88>
80402ad6:	147d                	add	s0,s0,-1
80402ad8:	103c                	add	a5,sp,40
80402ada:	97a2                	add	a5,a5,s0
80402adc:	4582                	lw	a1,0(sp)
80402ade:	0007c503          	lbu	a0,0(a5)
80402ae2:	9a02                	jalr	s4
80402ae4:	fe0554e3          	bgez	a0,80402acc <__d_vfprintf+0xbcc>
80402ae8:	c5aff06f          	j	80401f42 <__d_vfprintf+0x42>
80402aec:	4582                	lw	a1,0(sp)
80402aee:	02000513          	li	a0,32
80402af2:	0405                	add	s0,s0,1
80402af4:	9a02                	jalr	s4
80402af6:	c4054663          	bltz	a0,80401f42 <__d_vfprintf+0x42>
80402afa:	408487b3          	sub	a5,s1,s0
80402afe:	fef047e3          	bgtz	a5,80402aec <__d_vfprintf+0xbec>
80402b02:	b5ed                	j	804029ec <__d_vfprintf+0xaec>

80402b04 <mulShiftAll64>:
80402b04:	fffff317          	auipc	t1,0xfffff
80402b08:	13c302e7          	jalr	t0,316(t1) # 80401c40 <__riscv_save_10>
80402b0c:	84b2                	mv	s1,a2
80402b0e:	00159913          	sll	s2,a1,0x1
80402b12:	4210                	lw	a2,0(a2)
80402b14:	8ab6                	mv	s5,a3
80402b16:	89be                	mv	s3,a5
80402b18:	40d4                	lw	a3,4(s1)
80402b1a:	01f55793          	srl	a5,a0,0x1f
80402b1e:	1141                	add	sp,sp,-16
80402b20:	0127e933          	or	s2,a5,s2
80402b24:	00151413          	sll	s0,a0,0x1
80402b28:	8522                	mv	a0,s0
80402b2a:	85ca                	mv	a1,s2
80402b2c:	8bba                	mv	s7,a4
80402b2e:	870a                	mv	a4,sp
80402b30:	8b42                	mv	s6,a6
80402b32:	00001097          	auipc	ra,0x1
80402b36:	9fc080e7          	jalr	-1540(ra) # 8040352e <__umul128>
80402b3a:	44d4                	lw	a3,12(s1)
80402b3c:	4490                	lw	a2,8(s1)
80402b3e:	0038                	add	a4,sp,8
80402b40:	8caa                	mv	s9,a0
80402b42:	8c2e                	mv	s8,a1
80402b44:	8522                	mv	a0,s0
80402b46:	85ca                	mv	a1,s2
80402b48:	00001097          	auipc	ra,0x1
80402b4c:	9e6080e7          	jalr	-1562(ra) # 8040352e <__umul128>
80402b50:	4682                	lw	a3,0(sp)
80402b52:	4712                	lw	a4,4(sp)
80402b54:	4785                	li	a5,1
80402b56:	00d50933          	add	s2,a0,a3
80402b5a:	00a93533          	sltu	a0,s2,a0
80402b5e:	95ba                	add	a1,a1,a4
80402b60:	00b50433          	add	s0,a0,a1
80402b64:	00e46763          	bltu	s0,a4,80402b72 <mulShiftAll64+0x6e>
80402b68:	00871463          	bne	a4,s0,80402b70 <mulShiftAll64+0x6c>
80402b6c:	00d96363          	bltu	s2,a3,80402b72 <mulShiftAll64+0x6e>
80402b70:	4781                	li	a5,0
80402b72:	4622                	lw	a2,8(sp)
80402b74:	4732                	lw	a4,12(sp)
80402b76:	963e                	add	a2,a2,a5
80402b78:	00f637b3          	sltu	a5,a2,a5
80402b7c:	00e786b3          	add	a3,a5,a4
80402b80:	4098                	lw	a4,0(s1)
80402b82:	40dc                	lw	a5,4(s1)
80402b84:	c432                	sw	a2,8(sp)
80402b86:	9766                	add	a4,a4,s9
80402b88:	97e2                	add	a5,a5,s8
80402b8a:	019735b3          	sltu	a1,a4,s9
80402b8e:	95be                	add	a1,a1,a5
80402b90:	c636                	sw	a3,12(sp)
80402b92:	4785                	li	a5,1
80402b94:	0185e763          	bltu	a1,s8,80402ba2 <mulShiftAll64+0x9e>
80402b98:	00bc1463          	bne	s8,a1,80402ba0 <mulShiftAll64+0x9c>
80402b9c:	01976363          	bltu	a4,s9,80402ba2 <mulShiftAll64+0x9e>
80402ba0:	4781                	li	a5,0
80402ba2:	4498                	lw	a4,8(s1)
80402ba4:	44c8                	lw	a0,12(s1)
80402ba6:	fbfa8a13          	add	s4,s5,-65
80402baa:	974a                	add	a4,a4,s2
80402bac:	9522                	add	a0,a0,s0
80402bae:	012735b3          	sltu	a1,a4,s2
80402bb2:	95aa                	add	a1,a1,a0
80402bb4:	00e78533          	add	a0,a5,a4
80402bb8:	00f537b3          	sltu	a5,a0,a5
80402bbc:	95be                	add	a1,a1,a5
80402bbe:	4785                	li	a5,1
80402bc0:	0085e763          	bltu	a1,s0,80402bce <mulShiftAll64+0xca>
80402bc4:	00b41463          	bne	s0,a1,80402bcc <mulShiftAll64+0xc8>
80402bc8:	01256363          	bltu	a0,s2,80402bce <mulShiftAll64+0xca>
80402bcc:	4781                	li	a5,0
80402bce:	963e                	add	a2,a2,a5
80402bd0:	00f637b3          	sltu	a5,a2,a5
80402bd4:	8752                	mv	a4,s4
80402bd6:	96be                	add	a3,a3,a5
80402bd8:	00001097          	auipc	ra,0x1
80402bdc:	9a2080e7          	jalr	-1630(ra) # 8040357a <__shiftright128>
80402be0:	00aba023          	sw	a0,0(s7)
80402be4:	00bba223          	sw	a1,4(s7)
80402be8:	4785                	li	a5,1
80402bea:	48a2                	lw	a7,8(sp)
80402bec:	4832                	lw	a6,12(sp)
80402bee:	40cc                	lw	a1,4(s1)
80402bf0:	4488                	lw	a0,8(s1)
80402bf2:	44d8                	lw	a4,12(s1)
80402bf4:	06fb1d63          	bne	s6,a5,80402c6e <mulShiftAll64+0x16a>
80402bf8:	40a906b3          	sub	a3,s2,a0
80402bfc:	00d93633          	sltu	a2,s2,a3
80402c00:	40e407b3          	sub	a5,s0,a4
80402c04:	8f91                	sub	a5,a5,a2
80402c06:	4505                	li	a0,1
80402c08:	00bc6863          	bltu	s8,a1,80402c18 <mulShiftAll64+0x114>
80402c0c:	01859563          	bne	a1,s8,80402c16 <mulShiftAll64+0x112>
80402c10:	4098                	lw	a4,0(s1)
80402c12:	00ece363          	bltu	s9,a4,80402c18 <mulShiftAll64+0x114>
80402c16:	4501                	li	a0,0
80402c18:	40a68533          	sub	a0,a3,a0
80402c1c:	00a6b6b3          	sltu	a3,a3,a0
80402c20:	40d785b3          	sub	a1,a5,a3
80402c24:	4605                	li	a2,1
80402c26:	00b46763          	bltu	s0,a1,80402c34 <mulShiftAll64+0x130>
80402c2a:	00859463          	bne	a1,s0,80402c32 <mulShiftAll64+0x12e>
80402c2e:	00a96363          	bltu	s2,a0,80402c34 <mulShiftAll64+0x130>
80402c32:	4601                	li	a2,0
80402c34:	40c88633          	sub	a2,a7,a2
80402c38:	00c8b6b3          	sltu	a3,a7,a2
80402c3c:	8752                	mv	a4,s4
80402c3e:	40d806b3          	sub	a3,a6,a3
80402c42:	00001097          	auipc	ra,0x1
80402c46:	938080e7          	jalr	-1736(ra) # 8040357a <__shiftright128>
80402c4a:	4622                	lw	a2,8(sp)
80402c4c:	46b2                	lw	a3,12(sp)
80402c4e:	00a9a023          	sw	a0,0(s3)
80402c52:	00b9a223          	sw	a1,4(s3)
80402c56:	8752                	mv	a4,s4
80402c58:	854a                	mv	a0,s2
80402c5a:	85a2                	mv	a1,s0
80402c5c:	00001097          	auipc	ra,0x1
80402c60:	91e080e7          	jalr	-1762(ra) # 8040357a <__shiftright128>
80402c64:	0141                	add	sp,sp,16
80402c66:	fffff317          	auipc	t1,0xfffff
80402c6a:	01230067          	jr	18(t1) # 80401c78 <__riscv_restore_10>
80402c6e:	01fcd793          	srl	a5,s9,0x1f
80402c72:	001c1613          	sll	a2,s8,0x1
80402c76:	8e5d                	or	a2,a2,a5
80402c78:	01f95693          	srl	a3,s2,0x1f
80402c7c:	00141793          	sll	a5,s0,0x1
80402c80:	001c9e93          	sll	t4,s9,0x1
80402c84:	8fd5                	or	a5,a5,a3
80402c86:	00191313          	sll	t1,s2,0x1
80402c8a:	4e05                	li	t3,1
80402c8c:	01866763          	bltu	a2,s8,80402c9a <mulShiftAll64+0x196>
80402c90:	00cc1463          	bne	s8,a2,80402c98 <mulShiftAll64+0x194>
80402c94:	019ee363          	bltu	t4,s9,80402c9a <mulShiftAll64+0x196>
80402c98:	4e01                	li	t3,0
80402c9a:	9e1a                	add	t3,t3,t1
80402c9c:	006e3333          	sltu	t1,t3,t1
80402ca0:	933e                	add	t1,t1,a5
80402ca2:	4785                	li	a5,1
80402ca4:	00b66863          	bltu	a2,a1,80402cb4 <mulShiftAll64+0x1b0>
80402ca8:	00c59563          	bne	a1,a2,80402cb2 <mulShiftAll64+0x1ae>
80402cac:	4094                	lw	a3,0(s1)
80402cae:	00dee363          	bltu	t4,a3,80402cb4 <mulShiftAll64+0x1b0>
80402cb2:	4781                	li	a5,0
80402cb4:	40fe07b3          	sub	a5,t3,a5
80402cb8:	00fe35b3          	sltu	a1,t3,a5
80402cbc:	40b305b3          	sub	a1,t1,a1
80402cc0:	40a78533          	sub	a0,a5,a0
80402cc4:	00a7b7b3          	sltu	a5,a5,a0
80402cc8:	8d99                	sub	a1,a1,a4
80402cca:	01f8d693          	srl	a3,a7,0x1f
80402cce:	8d9d                	sub	a1,a1,a5
80402cd0:	00181793          	sll	a5,a6,0x1
80402cd4:	8fd5                	or	a5,a5,a3
80402cd6:	fc0a8713          	add	a4,s5,-64
80402cda:	0886                	sll	a7,a7,0x1
80402cdc:	4685                	li	a3,1
80402cde:	00836763          	bltu	t1,s0,80402cec <mulShiftAll64+0x1e8>
80402ce2:	00641463          	bne	s0,t1,80402cea <mulShiftAll64+0x1e6>
80402ce6:	012e6363          	bltu	t3,s2,80402cec <mulShiftAll64+0x1e8>
80402cea:	4681                	li	a3,0
80402cec:	96c6                	add	a3,a3,a7
80402cee:	0116b8b3          	sltu	a7,a3,a7
80402cf2:	98be                	add	a7,a7,a5
80402cf4:	4605                	li	a2,1
80402cf6:	00b36763          	bltu	t1,a1,80402d04 <mulShiftAll64+0x200>
80402cfa:	00659463          	bne	a1,t1,80402d02 <mulShiftAll64+0x1fe>
80402cfe:	00ae6363          	bltu	t3,a0,80402d04 <mulShiftAll64+0x200>
80402d02:	4601                	li	a2,0
80402d04:	40c68633          	sub	a2,a3,a2
80402d08:	00c6b6b3          	sltu	a3,a3,a2
80402d0c:	40d886b3          	sub	a3,a7,a3
80402d10:	bf0d                	j	80402c42 <mulShiftAll64+0x13e>

80402d12 <div10>:
80402d12:	fffff317          	auipc	t1,0xfffff
80402d16:	f56302e7          	jalr	t0,-170(t1) # 80401c68 <__riscv_save_0>
80402d1a:	804057b7          	lui	a5,0x80405
80402d1e:	9b87a603          	lw	a2,-1608(a5) # 804049b8 <stdout+0x4>
80402d22:	9bc7a683          	lw	a3,-1604(a5)
80402d26:	1141                	add	sp,sp,-16
80402d28:	0038                	add	a4,sp,8
80402d2a:	00001097          	auipc	ra,0x1
80402d2e:	804080e7          	jalr	-2044(ra) # 8040352e <__umul128>
80402d32:	45b2                	lw	a1,12(sp)
80402d34:	47a2                	lw	a5,8(sp)
80402d36:	01d59513          	sll	a0,a1,0x1d
80402d3a:	838d                	srl	a5,a5,0x3
80402d3c:	8d5d                	or	a0,a0,a5
80402d3e:	818d                	srl	a1,a1,0x3
80402d40:	0141                	add	sp,sp,16
80402d42:	fffff317          	auipc	t1,0xfffff
80402d46:	f4a30067          	jr	-182(t1) # 80401c8c <__riscv_restore_0>

80402d4a <__dtoa_engine>:
80402d4a:	fffff317          	auipc	t1,0xfffff
80402d4e:	eee302e7          	jalr	t0,-274(t1) # 80401c38 <__riscv_save_12>
80402d52:	715d                	add	sp,sp,-80
80402d54:	8bb6                	mv	s7,a3
80402d56:	001006b7          	lui	a3,0x100
80402d5a:	c43a                	sw	a4,8(sp)
80402d5c:	c63e                	sw	a5,12(sp)
80402d5e:	01f5d713          	srl	a4,a1,0x1f
80402d62:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80402d66:	0145d793          	srl	a5,a1,0x14
80402d6a:	00bdfdb3          	and	s11,s11,a1
80402d6e:	c03a                	sw	a4,0(sp)
80402d70:	7ff7f413          	and	s0,a5,2047
80402d74:	84aa                	mv	s1,a0
80402d76:	8ab2                	mv	s5,a2
80402d78:	00ade733          	or	a4,s11,a0
80402d7c:	e415                	bnez	s0,80402da8 <__dtoa_engine+0x5e>
80402d7e:	e721                	bnez	a4,80402dc6 <__dtoa_engine+0x7c>
80402d80:	03000793          	li	a5,48
80402d84:	00f602a3          	sb	a5,5(a2)
80402d88:	4782                	lw	a5,0(sp)
80402d8a:	00060323          	sb	zero,6(a2)
80402d8e:	00062023          	sw	zero,0(a2)
80402d92:	0027e993          	or	s3,a5,2
80402d96:	01360223          	sb	s3,4(a2)
80402d9a:	4405                	li	s0,1
80402d9c:	8522                	mv	a0,s0
80402d9e:	6161                	add	sp,sp,80
80402da0:	fffff317          	auipc	t1,0xfffff
80402da4:	ed430067          	jr	-300(t1) # 80401c74 <__riscv_restore_12>
80402da8:	7ff00613          	li	a2,2047
80402dac:	0ac41d63          	bne	s0,a2,80402e66 <__dtoa_engine+0x11c>
80402db0:	4782                	lw	a5,0(sp)
80402db2:	0047e793          	or	a5,a5,4
80402db6:	c701                	beqz	a4,80402dbe <__dtoa_engine+0x74>
80402db8:	4782                	lw	a5,0(sp)
80402dba:	0087e793          	or	a5,a5,8
80402dbe:	00fa8223          	sb	a5,4(s5)
80402dc2:	4401                	li	s0,0
80402dc4:	bfe1                	j	80402d9c <__dtoa_engine+0x52>
80402dc6:	00157793          	and	a5,a0,1
80402dca:	c23e                	sw	a5,4(sp)
80402dcc:	002d9993          	sll	s3,s11,0x2
80402dd0:	01e55793          	srl	a5,a0,0x1e
80402dd4:	0137e9b3          	or	s3,a5,s3
80402dd8:	00251c13          	sll	s8,a0,0x2
80402ddc:	892a                	mv	s2,a0
80402dde:	bcc00413          	li	s0,-1076
80402de2:	4805                	li	a6,1
80402de4:	4d05                	li	s10,1
80402de6:	408004b3          	neg	s1,s0
80402dea:	8526                	mv	a0,s1
80402dec:	ca42                	sw	a6,20(sp)
80402dee:	00000097          	auipc	ra,0x0
80402df2:	71e080e7          	jalr	1822(ra) # 8040350c <__log10Pow5>
80402df6:	fff42793          	slti	a5,s0,-1
80402dfa:	40f50b33          	sub	s6,a0,a5
80402dfe:	416484b3          	sub	s1,s1,s6
80402e02:	8526                	mv	a0,s1
80402e04:	00000097          	auipc	ra,0x0
80402e08:	718080e7          	jalr	1816(ra) # 8040351c <__pow5bits>
80402e0c:	f8350693          	add	a3,a0,-125
80402e10:	40db06b3          	sub	a3,s6,a3
80402e14:	8526                	mv	a0,s1
80402e16:	008c                	add	a1,sp,64
80402e18:	c836                	sw	a3,16(sp)
80402e1a:	00000097          	auipc	ra,0x0
80402e1e:	492080e7          	jalr	1170(ra) # 804032ac <__double_computePow5>
80402e22:	4852                	lw	a6,20(sp)
80402e24:	46c2                	lw	a3,16(sp)
80402e26:	181c                	add	a5,sp,48
80402e28:	1038                	add	a4,sp,40
80402e2a:	0090                	add	a2,sp,64
80402e2c:	854a                	mv	a0,s2
80402e2e:	85ee                	mv	a1,s11
80402e30:	00000097          	auipc	ra,0x0
80402e34:	cd4080e7          	jalr	-812(ra) # 80402b04 <mulShiftAll64>
80402e38:	4785                	li	a5,1
80402e3a:	008b0a33          	add	s4,s6,s0
80402e3e:	84ae                	mv	s1,a1
80402e40:	842a                	mv	s0,a0
80402e42:	1567ee63          	bltu	a5,s6,80402f9e <__dtoa_engine+0x254>
80402e46:	4792                	lw	a5,4(sp)
80402e48:	4985                	li	s3,1
80402e4a:	10078e63          	beqz	a5,80402f66 <__dtoa_engine+0x21c>
80402e4e:	57a2                	lw	a5,40(sp)
80402e50:	5732                	lw	a4,44(sp)
80402e52:	4985                	li	s3,1
80402e54:	fff78693          	add	a3,a5,-1
80402e58:	0017b793          	seqz	a5,a5
80402e5c:	40f707b3          	sub	a5,a4,a5
80402e60:	d436                	sw	a3,40(sp)
80402e62:	d63e                	sw	a5,44(sp)
80402e64:	a8c9                	j	80402f36 <__dtoa_engine+0x1ec>
80402e66:	01b6edb3          	or	s11,a3,s11
80402e6a:	00157693          	and	a3,a0,1
80402e6e:	c236                	sw	a3,4(sp)
80402e70:	002d9993          	sll	s3,s11,0x2
80402e74:	01e55693          	srl	a3,a0,0x1e
80402e78:	bcb40413          	add	s0,s0,-1077
80402e7c:	892a                	mv	s2,a0
80402e7e:	0136e9b3          	or	s3,a3,s3
80402e82:	00251c13          	sll	s8,a0,0x2
80402e86:	4d05                	li	s10,1
80402e88:	e709                	bnez	a4,80402e92 <__dtoa_engine+0x148>
80402e8a:	7fe7f793          	and	a5,a5,2046
80402e8e:	0017bd13          	seqz	s10,a5
80402e92:	886a                	mv	a6,s10
80402e94:	f40449e3          	bltz	s0,80402de6 <__dtoa_engine+0x9c>
80402e98:	8522                	mv	a0,s0
80402e9a:	00000097          	auipc	ra,0x0
80402e9e:	664080e7          	jalr	1636(ra) # 804034fe <__log10Pow2>
80402ea2:	00442793          	slti	a5,s0,4
80402ea6:	0017c793          	xor	a5,a5,1
80402eaa:	40f50a33          	sub	s4,a0,a5
80402eae:	8552                	mv	a0,s4
80402eb0:	00000097          	auipc	ra,0x0
80402eb4:	66c080e7          	jalr	1644(ra) # 8040351c <__pow5bits>
80402eb8:	07c50693          	add	a3,a0,124
80402ebc:	408a0433          	sub	s0,s4,s0
80402ec0:	96a2                	add	a3,a3,s0
80402ec2:	008c                	add	a1,sp,64
80402ec4:	8552                	mv	a0,s4
80402ec6:	c836                	sw	a3,16(sp)
80402ec8:	00000097          	auipc	ra,0x0
80402ecc:	50c080e7          	jalr	1292(ra) # 804033d4 <__double_computeInvPow5>
80402ed0:	46c2                	lw	a3,16(sp)
80402ed2:	181c                	add	a5,sp,48
80402ed4:	8526                	mv	a0,s1
80402ed6:	886a                	mv	a6,s10
80402ed8:	1038                	add	a4,sp,40
80402eda:	0090                	add	a2,sp,64
80402edc:	85ee                	mv	a1,s11
80402ede:	00000097          	auipc	ra,0x0
80402ee2:	c26080e7          	jalr	-986(ra) # 80402b04 <mulShiftAll64>
80402ee6:	47d5                	li	a5,21
80402ee8:	842a                	mv	s0,a0
80402eea:	84ae                	mv	s1,a1
80402eec:	0b47e763          	bltu	a5,s4,80402f9a <__dtoa_engine+0x250>
80402ef0:	804057b7          	lui	a5,0x80405
80402ef4:	9bc7a683          	lw	a3,-1604(a5) # 804049bc <stdout+0x8>
80402ef8:	9b87a603          	lw	a2,-1608(a5)
80402efc:	1838                	add	a4,sp,56
80402efe:	8562                	mv	a0,s8
80402f00:	85ce                	mv	a1,s3
80402f02:	00000097          	auipc	ra,0x0
80402f06:	62c080e7          	jalr	1580(ra) # 8040352e <__umul128>
80402f0a:	57e2                	lw	a5,56(sp)
80402f0c:	56f2                	lw	a3,60(sp)
80402f0e:	5da2                	lw	s11,40(sp)
80402f10:	8389                	srl	a5,a5,0x2
80402f12:	06fa                	sll	a3,a3,0x1e
80402f14:	8fd5                	or	a5,a5,a3
80402f16:	4695                	li	a3,5
80402f18:	02f687b3          	mul	a5,a3,a5
80402f1c:	5932                	lw	s2,44(sp)
80402f1e:	01879e63          	bne	a5,s8,80402f3a <__dtoa_engine+0x1f0>
80402f22:	85ce                	mv	a1,s3
80402f24:	8562                	mv	a0,s8
80402f26:	00000097          	auipc	ra,0x0
80402f2a:	348080e7          	jalr	840(ra) # 8040326e <__pow5Factor>
80402f2e:	01453733          	sltu	a4,a0,s4
80402f32:	00174993          	xor	s3,a4,1
80402f36:	4d01                	li	s10,0
80402f38:	a03d                	j	80402f66 <__dtoa_engine+0x21c>
80402f3a:	4792                	lw	a5,4(sp)
80402f3c:	eb95                	bnez	a5,80402f70 <__dtoa_engine+0x226>
80402f3e:	fffc0793          	add	a5,s8,-1
80402f42:	41a78533          	sub	a0,a5,s10
80402f46:	001c3593          	seqz	a1,s8
80402f4a:	00a7b7b3          	sltu	a5,a5,a0
80402f4e:	40b985b3          	sub	a1,s3,a1
80402f52:	8d9d                	sub	a1,a1,a5
80402f54:	00000097          	auipc	ra,0x0
80402f58:	31a080e7          	jalr	794(ra) # 8040326e <__pow5Factor>
80402f5c:	01453933          	sltu	s2,a0,s4
80402f60:	00194d13          	xor	s10,s2,1
80402f64:	4981                	li	s3,0
80402f66:	47a2                	lw	a5,8(sp)
80402f68:	10079e63          	bnez	a5,80403084 <__dtoa_engine+0x33a>
80402f6c:	8b5e                	mv	s6,s7
80402f6e:	a079                	j	80402ffc <__dtoa_engine+0x2b2>
80402f70:	002c0513          	add	a0,s8,2
80402f74:	018535b3          	sltu	a1,a0,s8
80402f78:	95ce                	add	a1,a1,s3
80402f7a:	00000097          	auipc	ra,0x0
80402f7e:	2f4080e7          	jalr	756(ra) # 8040326e <__pow5Factor>
80402f82:	01453533          	sltu	a0,a0,s4
80402f86:	00154513          	xor	a0,a0,1
80402f8a:	40ad8533          	sub	a0,s11,a0
80402f8e:	00adbdb3          	sltu	s11,s11,a0
80402f92:	41b90733          	sub	a4,s2,s11
80402f96:	d42a                	sw	a0,40(sp)
80402f98:	d63a                	sw	a4,44(sp)
80402f9a:	4981                	li	s3,0
80402f9c:	bf69                	j	80402f36 <__dtoa_engine+0x1ec>
80402f9e:	03e00793          	li	a5,62
80402fa2:	ff67ece3          	bltu	a5,s6,80402f9a <__dtoa_engine+0x250>
80402fa6:	865a                	mv	a2,s6
80402fa8:	557d                	li	a0,-1
80402faa:	55fd                	li	a1,-1
80402fac:	ffffe097          	auipc	ra,0xffffe
80402fb0:	578080e7          	jalr	1400(ra) # 80401524 <__ashldi3>
80402fb4:	fff54513          	not	a0,a0
80402fb8:	fff5c593          	not	a1,a1
80402fbc:	0135f5b3          	and	a1,a1,s3
80402fc0:	01857533          	and	a0,a0,s8
80402fc4:	00b56733          	or	a4,a0,a1
80402fc8:	00173993          	seqz	s3,a4
80402fcc:	b7ad                	j	80402f36 <__dtoa_engine+0x1ec>
80402fce:	02d50833          	mul	a6,a0,a3
80402fd2:	0785                	add	a5,a5,1
80402fd4:	02b536b3          	mulhu	a3,a0,a1
80402fd8:	02b505b3          	mul	a1,a0,a1
80402fdc:	96c2                	add	a3,a3,a6
80402fde:	00d4e663          	bltu	s1,a3,80402fea <__dtoa_engine+0x2a0>
80402fe2:	fe9696e3          	bne	a3,s1,80402fce <__dtoa_engine+0x284>
80402fe6:	feb474e3          	bgeu	s0,a1,80402fce <__dtoa_engine+0x284>
80402fea:	4732                	lw	a4,12(sp)
80402fec:	97d2                	add	a5,a5,s4
80402fee:	97ba                	add	a5,a5,a4
80402ff0:	00f04363          	bgtz	a5,80402ff6 <__dtoa_engine+0x2ac>
80402ff4:	4785                	li	a5,1
80402ff6:	8b3e                	mv	s6,a5
80402ff8:	f6fbcae3          	blt	s7,a5,80402f6c <__dtoa_engine+0x222>
80402ffc:	4c81                	li	s9,0
80402ffe:	4901                	li	s2,0
80403000:	4c01                	li	s8,0
80403002:	5522                	lw	a0,40(sp)
80403004:	55b2                	lw	a1,44(sp)
80403006:	00000097          	auipc	ra,0x0
8040300a:	d0c080e7          	jalr	-756(ra) # 80402d12 <div10>
8040300e:	57c2                	lw	a5,48(sp)
80403010:	8dae                	mv	s11,a1
80403012:	55d2                	lw	a1,52(sp)
80403014:	c82a                	sw	a0,16(sp)
80403016:	853e                	mv	a0,a5
80403018:	ca3e                	sw	a5,20(sp)
8040301a:	00000097          	auipc	ra,0x0
8040301e:	cf8080e7          	jalr	-776(ra) # 80402d12 <div10>
80403022:	832a                	mv	t1,a0
80403024:	88ae                	mv	a7,a1
80403026:	4ea9                	li	t4,10
80403028:	01b5e763          	bltu	a1,s11,80403036 <__dtoa_engine+0x2ec>
8040302c:	08bd9863          	bne	s11,a1,804030bc <__dtoa_engine+0x372>
80403030:	47c2                	lw	a5,16(sp)
80403032:	08f57563          	bgeu	a0,a5,804030bc <__dtoa_engine+0x372>
80403036:	8522                	mv	a0,s0
80403038:	85a6                	mv	a1,s1
8040303a:	ce46                	sw	a7,28(sp)
8040303c:	cc1a                	sw	t1,24(sp)
8040303e:	00000097          	auipc	ra,0x0
80403042:	cd4080e7          	jalr	-812(ra) # 80402d12 <div10>
80403046:	4362                	lw	t1,24(sp)
80403048:	4ea9                	li	t4,10
8040304a:	001cb693          	seqz	a3,s9
8040304e:	026e8833          	mul	a6,t4,t1
80403052:	00d9f9b3          	and	s3,s3,a3
80403056:	47d2                	lw	a5,20(sp)
80403058:	48f2                	lw	a7,28(sp)
8040305a:	d66e                	sw	s11,44(sp)
8040305c:	d81a                	sw	t1,48(sp)
8040305e:	da46                	sw	a7,52(sp)
80403060:	0905                	add	s2,s2,1
80403062:	84ae                	mv	s1,a1
80403064:	02ae86b3          	mul	a3,t4,a0
80403068:	40f80833          	sub	a6,a6,a5
8040306c:	47c2                	lw	a5,16(sp)
8040306e:	00183813          	seqz	a6,a6
80403072:	010d7d33          	and	s10,s10,a6
80403076:	d43e                	sw	a5,40(sp)
80403078:	40d406b3          	sub	a3,s0,a3
8040307c:	0ff6fc93          	zext.b	s9,a3
80403080:	842a                	mv	s0,a0
80403082:	b741                	j	80403002 <__dtoa_engine+0x2b8>
80403084:	45a9                	li	a1,10
80403086:	4681                	li	a3,0
80403088:	4785                	li	a5,1
8040308a:	4529                	li	a0,10
8040308c:	bf89                	j	80402fde <__dtoa_engine+0x294>
8040308e:	030e8f33          	mul	t5,t4,a6
80403092:	0505                	add	a0,a0,1
80403094:	02beb833          	mulhu	a6,t4,a1
80403098:	02be85b3          	mul	a1,t4,a1
8040309c:	987a                	add	a6,a6,t5
8040309e:	0104e663          	bltu	s1,a6,804030aa <__dtoa_engine+0x360>
804030a2:	fe9816e3          	bne	a6,s1,8040308e <__dtoa_engine+0x344>
804030a6:	feb474e3          	bgeu	s0,a1,8040308e <__dtoa_engine+0x344>
804030aa:	00ab5d63          	bge	s6,a0,804030c4 <__dtoa_engine+0x37a>
804030ae:	000b1563          	bnez	s6,804030b8 <__dtoa_engine+0x36e>
804030b2:	009465b3          	or	a1,s0,s1
804030b6:	c599                	beqz	a1,804030c4 <__dtoa_engine+0x37a>
804030b8:	4c05                	li	s8,1
804030ba:	bfb5                	j	80403036 <__dtoa_engine+0x2ec>
804030bc:	45a9                	li	a1,10
804030be:	4801                	li	a6,0
804030c0:	4505                	li	a0,1
804030c2:	bff1                	j	8040309e <__dtoa_engine+0x354>
804030c4:	060d0763          	beqz	s10,80403132 <__dtoa_engine+0x3e8>
804030c8:	4da9                	li	s11,10
804030ca:	5342                	lw	t1,48(sp)
804030cc:	55d2                	lw	a1,52(sp)
804030ce:	851a                	mv	a0,t1
804030d0:	c81a                	sw	t1,16(sp)
804030d2:	00000097          	auipc	ra,0x0
804030d6:	c40080e7          	jalr	-960(ra) # 80402d12 <div10>
804030da:	ce2e                	sw	a1,28(sp)
804030dc:	02ad85b3          	mul	a1,s11,a0
804030e0:	4342                	lw	t1,16(sp)
804030e2:	882a                	mv	a6,a0
804030e4:	cc42                	sw	a6,24(sp)
804030e6:	04659663          	bne	a1,t1,80403132 <__dtoa_engine+0x3e8>
804030ea:	5522                	lw	a0,40(sp)
804030ec:	55b2                	lw	a1,44(sp)
804030ee:	0905                	add	s2,s2,1
804030f0:	00000097          	auipc	ra,0x0
804030f4:	c22080e7          	jalr	-990(ra) # 80402d12 <div10>
804030f8:	ca2a                	sw	a0,20(sp)
804030fa:	c82e                	sw	a1,16(sp)
804030fc:	8522                	mv	a0,s0
804030fe:	85a6                	mv	a1,s1
80403100:	00000097          	auipc	ra,0x0
80403104:	c12080e7          	jalr	-1006(ra) # 80402d12 <div10>
80403108:	001cb693          	seqz	a3,s9
8040310c:	00d9f9b3          	and	s3,s3,a3
80403110:	02ad86b3          	mul	a3,s11,a0
80403114:	4e52                	lw	t3,20(sp)
80403116:	4342                	lw	t1,16(sp)
80403118:	4862                	lw	a6,24(sp)
8040311a:	48f2                	lw	a7,28(sp)
8040311c:	d472                	sw	t3,40(sp)
8040311e:	d61a                	sw	t1,44(sp)
80403120:	d842                	sw	a6,48(sp)
80403122:	da46                	sw	a7,52(sp)
80403124:	84ae                	mv	s1,a1
80403126:	40d406b3          	sub	a3,s0,a3
8040312a:	0ff6fc93          	zext.b	s9,a3
8040312e:	842a                	mv	s0,a0
80403130:	bf69                	j	804030ca <__dtoa_engine+0x380>
80403132:	9952                	add	s2,s2,s4
80403134:	0c098863          	beqz	s3,80403204 <__dtoa_engine+0x4ba>
80403138:	4715                	li	a4,5
8040313a:	0cec9563          	bne	s9,a4,80403204 <__dtoa_engine+0x4ba>
8040313e:	00147713          	and	a4,s0,1
80403142:	e755                	bnez	a4,804031ee <__dtoa_engine+0x4a4>
80403144:	000c1963          	bnez	s8,80403156 <__dtoa_engine+0x40c>
80403148:	5742                	lw	a4,48(sp)
8040314a:	00871563          	bne	a4,s0,80403154 <__dtoa_engine+0x40a>
8040314e:	5752                	lw	a4,52(sp)
80403150:	0c970c63          	beq	a4,s1,80403228 <__dtoa_engine+0x4de>
80403154:	4701                	li	a4,0
80403156:	943a                	add	s0,s0,a4
80403158:	00e435b3          	sltu	a1,s0,a4
8040315c:	95a6                	add	a1,a1,s1
8040315e:	8a2e                	mv	s4,a1
80403160:	84a2                	mv	s1,s0
80403162:	4629                	li	a2,10
80403164:	4681                	li	a3,0
80403166:	4c05                	li	s8,1
80403168:	4529                	li	a0,10
8040316a:	00d5e663          	bltu	a1,a3,80403176 <__dtoa_engine+0x42c>
8040316e:	0ab69f63          	bne	a3,a1,8040322c <__dtoa_engine+0x4e2>
80403172:	0ac47d63          	bgeu	s0,a2,8040322c <__dtoa_engine+0x4e2>
80403176:	c329                	beqz	a4,804031b8 <__dtoa_engine+0x46e>
80403178:	058b5063          	bge	s6,s8,804031b8 <__dtoa_engine+0x46e>
8040317c:	47a2                	lw	a5,8(sp)
8040317e:	cf91                	beqz	a5,8040319a <__dtoa_engine+0x450>
80403180:	4732                	lw	a4,12(sp)
80403182:	012c07b3          	add	a5,s8,s2
80403186:	00f70b33          	add	s6,a4,a5
8040318a:	000b5363          	bgez	s6,80403190 <__dtoa_engine+0x446>
8040318e:	4b01                	li	s6,0
80403190:	016bd363          	bge	s7,s6,80403196 <__dtoa_engine+0x44c>
80403194:	8b5e                	mv	s6,s7
80403196:	038b5163          	bge	s6,s8,804031b8 <__dtoa_engine+0x46e>
8040319a:	00540513          	add	a0,s0,5
8040319e:	00853433          	sltu	s0,a0,s0
804031a2:	4629                	li	a2,10
804031a4:	4681                	li	a3,0
804031a6:	95a2                	add	a1,a1,s0
804031a8:	ffffe097          	auipc	ra,0xffffe
804031ac:	40a080e7          	jalr	1034(ra) # 804015b2 <__udivdi3>
804031b0:	84aa                	mv	s1,a0
804031b2:	8a2e                	mv	s4,a1
804031b4:	0905                	add	s2,s2,1
804031b6:	1c7d                	add	s8,s8,-1
804031b8:	87da                	mv	a5,s6
804031ba:	016c5363          	bge	s8,s6,804031c0 <__dtoa_engine+0x476>
804031be:	87e2                	mv	a5,s8
804031c0:	01079413          	sll	s0,a5,0x10
804031c4:	0942                	sll	s2,s2,0x10
804031c6:	8441                	sra	s0,s0,0x10
804031c8:	41095913          	sra	s2,s2,0x10
804031cc:	9922                	add	s2,s2,s0
804031ce:	008a8b33          	add	s6,s5,s0
804031d2:	197d                	add	s2,s2,-1
804031d4:	4b81                	li	s7,0
804031d6:	8c5a                	mv	s8,s6
804031d8:	1b7d                	add	s6,s6,-1
804031da:	068bc263          	blt	s7,s0,8040323e <__dtoa_engine+0x4f4>
804031de:	4782                	lw	a5,0(sp)
804031e0:	000c02a3          	sb	zero,5(s8)
804031e4:	012aa023          	sw	s2,0(s5)
804031e8:	00fa8223          	sb	a5,4(s5)
804031ec:	be45                	j	80402d9c <__dtoa_engine+0x52>
804031ee:	4705                	li	a4,1
804031f0:	f60c13e3          	bnez	s8,80403156 <__dtoa_engine+0x40c>
804031f4:	5742                	lw	a4,48(sp)
804031f6:	00871563          	bne	a4,s0,80403200 <__dtoa_engine+0x4b6>
804031fa:	5752                	lw	a4,52(sp)
804031fc:	00970c63          	beq	a4,s1,80403214 <__dtoa_engine+0x4ca>
80403200:	4705                	li	a4,1
80403202:	bf91                	j	80403156 <__dtoa_engine+0x40c>
80403204:	000c1d63          	bnez	s8,8040321e <__dtoa_engine+0x4d4>
80403208:	5742                	lw	a4,48(sp)
8040320a:	00871a63          	bne	a4,s0,8040321e <__dtoa_engine+0x4d4>
8040320e:	5752                	lw	a4,52(sp)
80403210:	00971763          	bne	a4,s1,8040321e <__dtoa_engine+0x4d4>
80403214:	4792                	lw	a5,4(sp)
80403216:	4705                	li	a4,1
80403218:	ff9d                	bnez	a5,80403156 <__dtoa_engine+0x40c>
8040321a:	f20d0ee3          	beqz	s10,80403156 <__dtoa_engine+0x40c>
8040321e:	005cb693          	sltiu	a3,s9,5
80403222:	0016c713          	xor	a4,a3,1
80403226:	bf05                	j	80403156 <__dtoa_engine+0x40c>
80403228:	4c91                	li	s9,4
8040322a:	b7ed                	j	80403214 <__dtoa_engine+0x4ca>
8040322c:	02d50833          	mul	a6,a0,a3
80403230:	0c05                	add	s8,s8,1
80403232:	02c536b3          	mulhu	a3,a0,a2
80403236:	02c50633          	mul	a2,a0,a2
8040323a:	96c2                	add	a3,a3,a6
8040323c:	b73d                	j	8040316a <__dtoa_engine+0x420>
8040323e:	4629                	li	a2,10
80403240:	4681                	li	a3,0
80403242:	8526                	mv	a0,s1
80403244:	85d2                	mv	a1,s4
80403246:	ffffe097          	auipc	ra,0xffffe
8040324a:	6ca080e7          	jalr	1738(ra) # 80401910 <__umoddi3>
8040324e:	03050513          	add	a0,a0,48
80403252:	00ab02a3          	sb	a0,5(s6)
80403256:	85d2                	mv	a1,s4
80403258:	8526                	mv	a0,s1
8040325a:	4629                	li	a2,10
8040325c:	4681                	li	a3,0
8040325e:	ffffe097          	auipc	ra,0xffffe
80403262:	354080e7          	jalr	852(ra) # 804015b2 <__udivdi3>
80403266:	84aa                	mv	s1,a0
80403268:	8a2e                	mv	s4,a1
8040326a:	0b85                	add	s7,s7,1
8040326c:	b7b5                	j	804031d8 <__dtoa_engine+0x48e>

8040326e <__pow5Factor>:
8040326e:	ccccd737          	lui	a4,0xccccd
80403272:	333336b7          	lui	a3,0x33333
80403276:	87aa                	mv	a5,a0
80403278:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c60026d>
8040327c:	4501                	li	a0,0
8040327e:	ccc70713          	add	a4,a4,-820
80403282:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80403286:	02c585b3          	mul	a1,a1,a2
8040328a:	02e78833          	mul	a6,a5,a4
8040328e:	982e                	add	a6,a6,a1
80403290:	02c7b5b3          	mulhu	a1,a5,a2
80403294:	95c2                	add	a1,a1,a6
80403296:	02c787b3          	mul	a5,a5,a2
8040329a:	00b6e863          	bltu	a3,a1,804032aa <__pow5Factor+0x3c>
8040329e:	00d59463          	bne	a1,a3,804032a6 <__pow5Factor+0x38>
804032a2:	00f5e463          	bltu	a1,a5,804032aa <__pow5Factor+0x3c>
804032a6:	0505                	add	a0,a0,1
804032a8:	bff9                	j	80403286 <__pow5Factor+0x18>
804032aa:	8082                	ret

804032ac <__double_computePow5>:
804032ac:	fffff317          	auipc	t1,0xfffff
804032b0:	994302e7          	jalr	t0,-1644(t1) # 80401c40 <__riscv_save_10>
804032b4:	47e9                	li	a5,26
804032b6:	02f55b33          	divu	s6,a0,a5
804032ba:	804049b7          	lui	s3,0x80404
804032be:	56898b93          	add	s7,s3,1384 # 80404568 <DOUBLE_POW5_SPLIT2>
804032c2:	1101                	add	sp,sp,-32
804032c4:	892e                	mv	s2,a1
804032c6:	02f577b3          	remu	a5,a0,a5
804032ca:	004b1713          	sll	a4,s6,0x4
804032ce:	9bba                	add	s7,s7,a4
804032d0:	e785                	bnez	a5,804032f8 <__double_computePow5+0x4c>
804032d2:	000ba703          	lw	a4,0(s7)
804032d6:	004ba783          	lw	a5,4(s7)
804032da:	c198                	sw	a4,0(a1)
804032dc:	c1dc                	sw	a5,4(a1)
804032de:	008ba503          	lw	a0,8(s7)
804032e2:	00cba583          	lw	a1,12(s7)
804032e6:	00a92423          	sw	a0,8(s2)
804032ea:	00b92623          	sw	a1,12(s2)
804032ee:	6105                	add	sp,sp,32
804032f0:	fffff317          	auipc	t1,0xfffff
804032f4:	98830067          	jr	-1656(t1) # 80401c78 <__riscv_restore_10>
804032f8:	56898993          	add	s3,s3,1384
804032fc:	078e                	sll	a5,a5,0x3
804032fe:	97ce                	add	a5,a5,s3
80403300:	0d07aa03          	lw	s4,208(a5)
80403304:	0d47aa83          	lw	s5,212(a5)
80403308:	008ba603          	lw	a2,8(s7)
8040330c:	00cba683          	lw	a3,12(s7)
80403310:	0818                	add	a4,sp,16
80403312:	85d6                	mv	a1,s5
80403314:	842a                	mv	s0,a0
80403316:	8552                	mv	a0,s4
80403318:	00000097          	auipc	ra,0x0
8040331c:	216080e7          	jalr	534(ra) # 8040352e <__umul128>
80403320:	000ba603          	lw	a2,0(s7)
80403324:	004ba683          	lw	a3,4(s7)
80403328:	84aa                	mv	s1,a0
8040332a:	8c2e                	mv	s8,a1
8040332c:	0838                	add	a4,sp,24
8040332e:	8552                	mv	a0,s4
80403330:	85d6                	mv	a1,s5
80403332:	00000097          	auipc	ra,0x0
80403336:	1fc080e7          	jalr	508(ra) # 8040352e <__umul128>
8040333a:	47e2                	lw	a5,24(sp)
8040333c:	4772                	lw	a4,28(sp)
8040333e:	8aaa                	mv	s5,a0
80403340:	94be                	add	s1,s1,a5
80403342:	00f4ba33          	sltu	s4,s1,a5
80403346:	9c3a                	add	s8,s8,a4
80403348:	9a62                	add	s4,s4,s8
8040334a:	00ea6663          	bltu	s4,a4,80403356 <__double_computePow5+0xaa>
8040334e:	01471d63          	bne	a4,s4,80403368 <__double_computePow5+0xbc>
80403352:	00f4fb63          	bgeu	s1,a5,80403368 <__double_computePow5+0xbc>
80403356:	47c2                	lw	a5,16(sp)
80403358:	46d2                	lw	a3,20(sp)
8040335a:	00178713          	add	a4,a5,1
8040335e:	00f737b3          	sltu	a5,a4,a5
80403362:	97b6                	add	a5,a5,a3
80403364:	c83a                	sw	a4,16(sp)
80403366:	ca3e                	sw	a5,20(sp)
80403368:	8522                	mv	a0,s0
8040336a:	c62e                	sw	a1,12(sp)
8040336c:	00000097          	auipc	ra,0x0
80403370:	1b0080e7          	jalr	432(ra) # 8040351c <__pow5bits>
80403374:	8baa                	mv	s7,a0
80403376:	4569                	li	a0,26
80403378:	02ab0533          	mul	a0,s6,a0
8040337c:	00000097          	auipc	ra,0x0
80403380:	1a0080e7          	jalr	416(ra) # 8040351c <__pow5bits>
80403384:	45b2                	lw	a1,12(sp)
80403386:	40ab8733          	sub	a4,s7,a0
8040338a:	8626                	mv	a2,s1
8040338c:	86d2                	mv	a3,s4
8040338e:	8556                	mv	a0,s5
80403390:	c43a                	sw	a4,8(sp)
80403392:	00000097          	auipc	ra,0x0
80403396:	1e8080e7          	jalr	488(ra) # 8040357a <__shiftright128>
8040339a:	00445793          	srl	a5,s0,0x4
8040339e:	078a                	sll	a5,a5,0x2
804033a0:	99be                	add	s3,s3,a5
804033a2:	1a09a783          	lw	a5,416(s3)
804033a6:	0406                	sll	s0,s0,0x1
804033a8:	8879                	and	s0,s0,30
804033aa:	0087d7b3          	srl	a5,a5,s0
804033ae:	8b8d                	and	a5,a5,3
804033b0:	953e                	add	a0,a0,a5
804033b2:	00f537b3          	sltu	a5,a0,a5
804033b6:	4722                	lw	a4,8(sp)
804033b8:	4642                	lw	a2,16(sp)
804033ba:	46d2                	lw	a3,20(sp)
804033bc:	97ae                	add	a5,a5,a1
804033be:	00a92023          	sw	a0,0(s2)
804033c2:	00f92223          	sw	a5,4(s2)
804033c6:	8526                	mv	a0,s1
804033c8:	85d2                	mv	a1,s4
804033ca:	00000097          	auipc	ra,0x0
804033ce:	1b0080e7          	jalr	432(ra) # 8040357a <__shiftright128>
804033d2:	bf11                	j	804032e6 <__double_computePow5+0x3a>

804033d4 <__double_computeInvPow5>:
804033d4:	fffff317          	auipc	t1,0xfffff
804033d8:	86c302e7          	jalr	t0,-1940(t1) # 80401c40 <__riscv_save_10>
804033dc:	4b69                	li	s6,26
804033de:	01950793          	add	a5,a0,25
804033e2:	0367d7b3          	divu	a5,a5,s6
804033e6:	80404ab7          	lui	s5,0x80404
804033ea:	568a8493          	add	s1,s5,1384 # 80404568 <DOUBLE_POW5_SPLIT2>
804033ee:	1f848493          	add	s1,s1,504
804033f2:	1101                	add	sp,sp,-32
804033f4:	8a2e                	mv	s4,a1
804033f6:	03678b33          	mul	s6,a5,s6
804033fa:	0792                	sll	a5,a5,0x4
804033fc:	94be                	add	s1,s1,a5
804033fe:	40ab0733          	sub	a4,s6,a0
80403402:	02ab1163          	bne	s6,a0,80403424 <__double_computeInvPow5+0x50>
80403406:	4098                	lw	a4,0(s1)
80403408:	40dc                	lw	a5,4(s1)
8040340a:	c198                	sw	a4,0(a1)
8040340c:	c1dc                	sw	a5,4(a1)
8040340e:	4488                	lw	a0,8(s1)
80403410:	44cc                	lw	a1,12(s1)
80403412:	00aa2423          	sw	a0,8(s4)
80403416:	00ba2623          	sw	a1,12(s4)
8040341a:	6105                	add	sp,sp,32
8040341c:	fffff317          	auipc	t1,0xfffff
80403420:	85c30067          	jr	-1956(t1) # 80401c78 <__riscv_restore_10>
80403424:	568a8a93          	add	s5,s5,1384
80403428:	070e                	sll	a4,a4,0x3
8040342a:	9756                	add	a4,a4,s5
8040342c:	0d072903          	lw	s2,208(a4)
80403430:	0d472983          	lw	s3,212(a4)
80403434:	4490                	lw	a2,8(s1)
80403436:	44d4                	lw	a3,12(s1)
80403438:	0818                	add	a4,sp,16
8040343a:	85ce                	mv	a1,s3
8040343c:	842a                	mv	s0,a0
8040343e:	854a                	mv	a0,s2
80403440:	00000097          	auipc	ra,0x0
80403444:	0ee080e7          	jalr	238(ra) # 8040352e <__umul128>
80403448:	4090                	lw	a2,0(s1)
8040344a:	40d4                	lw	a3,4(s1)
8040344c:	8c2a                	mv	s8,a0
8040344e:	00163793          	seqz	a5,a2
80403452:	8bae                	mv	s7,a1
80403454:	0838                	add	a4,sp,24
80403456:	8e9d                	sub	a3,a3,a5
80403458:	854a                	mv	a0,s2
8040345a:	85ce                	mv	a1,s3
8040345c:	167d                	add	a2,a2,-1
8040345e:	00000097          	auipc	ra,0x0
80403462:	0d0080e7          	jalr	208(ra) # 8040352e <__umul128>
80403466:	47e2                	lw	a5,24(sp)
80403468:	4772                	lw	a4,28(sp)
8040346a:	89aa                	mv	s3,a0
8040346c:	9c3e                	add	s8,s8,a5
8040346e:	00fc3933          	sltu	s2,s8,a5
80403472:	9bba                	add	s7,s7,a4
80403474:	995e                	add	s2,s2,s7
80403476:	00e96663          	bltu	s2,a4,80403482 <__double_computeInvPow5+0xae>
8040347a:	01271d63          	bne	a4,s2,80403494 <__double_computeInvPow5+0xc0>
8040347e:	00fc7b63          	bgeu	s8,a5,80403494 <__double_computeInvPow5+0xc0>
80403482:	47c2                	lw	a5,16(sp)
80403484:	46d2                	lw	a3,20(sp)
80403486:	00178713          	add	a4,a5,1
8040348a:	00f737b3          	sltu	a5,a4,a5
8040348e:	97b6                	add	a5,a5,a3
80403490:	c83a                	sw	a4,16(sp)
80403492:	ca3e                	sw	a5,20(sp)
80403494:	855a                	mv	a0,s6
80403496:	c62e                	sw	a1,12(sp)
80403498:	00000097          	auipc	ra,0x0
8040349c:	084080e7          	jalr	132(ra) # 8040351c <__pow5bits>
804034a0:	8b2a                	mv	s6,a0
804034a2:	8522                	mv	a0,s0
804034a4:	00000097          	auipc	ra,0x0
804034a8:	078080e7          	jalr	120(ra) # 8040351c <__pow5bits>
804034ac:	45b2                	lw	a1,12(sp)
804034ae:	40ab0733          	sub	a4,s6,a0
804034b2:	8662                	mv	a2,s8
804034b4:	86ca                	mv	a3,s2
804034b6:	854e                	mv	a0,s3
804034b8:	c43a                	sw	a4,8(sp)
804034ba:	00000097          	auipc	ra,0x0
804034be:	0c0080e7          	jalr	192(ra) # 8040357a <__shiftright128>
804034c2:	00445793          	srl	a5,s0,0x4
804034c6:	078a                	sll	a5,a5,0x2
804034c8:	9abe                	add	s5,s5,a5
804034ca:	2e8aa783          	lw	a5,744(s5)
804034ce:	0406                	sll	s0,s0,0x1
804034d0:	8879                	and	s0,s0,30
804034d2:	0087d7b3          	srl	a5,a5,s0
804034d6:	8b8d                	and	a5,a5,3
804034d8:	0785                	add	a5,a5,1
804034da:	953e                	add	a0,a0,a5
804034dc:	00f537b3          	sltu	a5,a0,a5
804034e0:	4722                	lw	a4,8(sp)
804034e2:	4642                	lw	a2,16(sp)
804034e4:	46d2                	lw	a3,20(sp)
804034e6:	97ae                	add	a5,a5,a1
804034e8:	00aa2023          	sw	a0,0(s4)
804034ec:	00fa2223          	sw	a5,4(s4)
804034f0:	8562                	mv	a0,s8
804034f2:	85ca                	mv	a1,s2
804034f4:	00000097          	auipc	ra,0x0
804034f8:	086080e7          	jalr	134(ra) # 8040357a <__shiftright128>
804034fc:	bf19                	j	80403412 <__double_computeInvPow5+0x3e>

804034fe <__log10Pow2>:
804034fe:	67cd                	lui	a5,0x13
80403500:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80403504:	02f50533          	mul	a0,a0,a5
80403508:	8149                	srl	a0,a0,0x12
8040350a:	8082                	ret

8040350c <__log10Pow5>:
8040350c:	000b37b7          	lui	a5,0xb3
80403510:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80403514:	02f50533          	mul	a0,a0,a5
80403518:	8151                	srl	a0,a0,0x14
8040351a:	8082                	ret

8040351c <__pow5bits>:
8040351c:	001297b7          	lui	a5,0x129
80403520:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80403524:	02f50533          	mul	a0,a0,a5
80403528:	814d                	srl	a0,a0,0x13
8040352a:	0505                	add	a0,a0,1
8040352c:	8082                	ret

8040352e <__umul128>:
8040352e:	02c537b3          	mulhu	a5,a0,a2
80403532:	832e                	mv	t1,a1
80403534:	02c585b3          	mul	a1,a1,a2
80403538:	02c33833          	mulhu	a6,t1,a2
8040353c:	95be                	add	a1,a1,a5
8040353e:	00f5b7b3          	sltu	a5,a1,a5
80403542:	97c2                	add	a5,a5,a6
80403544:	02a68833          	mul	a6,a3,a0
80403548:	02a6b8b3          	mulhu	a7,a3,a0
8040354c:	95c2                	add	a1,a1,a6
8040354e:	0105b833          	sltu	a6,a1,a6
80403552:	98c2                	add	a7,a7,a6
80403554:	02d30833          	mul	a6,t1,a3
80403558:	02d33333          	mulhu	t1,t1,a3
8040355c:	983e                	add	a6,a6,a5
8040355e:	011806b3          	add	a3,a6,a7
80403562:	00f837b3          	sltu	a5,a6,a5
80403566:	0106b833          	sltu	a6,a3,a6
8040356a:	c314                	sw	a3,0(a4)
8040356c:	979a                	add	a5,a5,t1
8040356e:	983e                	add	a6,a6,a5
80403570:	02c50533          	mul	a0,a0,a2
80403574:	01072223          	sw	a6,4(a4)
80403578:	8082                	ret

8040357a <__shiftright128>:
8040357a:	ffffe317          	auipc	t1,0xffffe
8040357e:	6d4302e7          	jalr	t0,1748(t1) # 80401c4e <__riscv_save_4>
80403582:	8a2a                	mv	s4,a0
80403584:	8532                	mv	a0,a2
80403586:	04000613          	li	a2,64
8040358a:	8e19                	sub	a2,a2,a4
8040358c:	89ae                	mv	s3,a1
8040358e:	85b6                	mv	a1,a3
80403590:	843a                	mv	s0,a4
80403592:	ffffe097          	auipc	ra,0xffffe
80403596:	f92080e7          	jalr	-110(ra) # 80401524 <__ashldi3>
8040359a:	892a                	mv	s2,a0
8040359c:	84ae                	mv	s1,a1
8040359e:	8622                	mv	a2,s0
804035a0:	8552                	mv	a0,s4
804035a2:	85ce                	mv	a1,s3
804035a4:	ffffe097          	auipc	ra,0xffffe
804035a8:	f58080e7          	jalr	-168(ra) # 804014fc <__lshrdi3>
804035ac:	00a96533          	or	a0,s2,a0
804035b0:	8dc5                	or	a1,a1,s1
804035b2:	ffffe317          	auipc	t1,0xffffe
804035b6:	6d030067          	jr	1744(t1) # 80401c82 <__riscv_restore_4>

804035ba <strnlen>:
804035ba:	95aa                	add	a1,a1,a0
804035bc:	87aa                	mv	a5,a0
804035be:	00b78563          	beq	a5,a1,804035c8 <strnlen+0xe>
804035c2:	0007c703          	lbu	a4,0(a5)
804035c6:	e701                	bnez	a4,804035ce <strnlen+0x14>
804035c8:	40a78533          	sub	a0,a5,a0
804035cc:	8082                	ret
804035ce:	0785                	add	a5,a5,1
804035d0:	b7fd                	j	804035be <strnlen+0x4>
