
build/kernel.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	10401073          	csrw	sie,zero
80400004:	14001073          	csrw	sscratch,zero
80400008:	0002b117          	auipc	sp,0x2b
8040000c:	06810113          	add	sp,sp,104 # 8042b070 <lru>
80400010:	00027297          	auipc	t0,0x27
80400014:	01028293          	add	t0,t0,16 # 80427020 <unflushed>
80400018:	000f2317          	auipc	t1,0xf2
8040001c:	6f830313          	add	t1,t1,1784 # 804f2710 <bss_end>
80400020:	0062f663          	bgeu	t0,t1,8040002c <_entry+0x2c>
80400024:	0002a023          	sw	zero,0(t0)
80400028:	0291                	add	t0,t0,4
8040002a:	bfdd                	j	80400020 <_entry+0x20>
8040002c:	09a030ef          	jal	804030c6 <main>
80400030:	10500073          	wfi
80400034:	bff5                	j	80400030 <_entry+0x30>

80400036 <bget>:
80400036:	8042b7b7          	lui	a5,0x8042b
8040003a:	1141                	add	sp,sp,-16
8040003c:	07078793          	add	a5,a5,112 # 8042b070 <lru>
80400040:	c422                	sw	s0,8(sp)
80400042:	4bc0                	lw	s0,20(a5)
80400044:	c226                	sw	s1,4(sp)
80400046:	c606                	sw	ra,12(sp)
80400048:	84aa                	mv	s1,a0
8040004a:	00f40a63          	beq	s0,a5,8040005e <bget+0x28>
8040004e:	4018                	lw	a4,0(s0)
80400050:	c701                	beqz	a4,80400058 <bget+0x22>
80400052:	4418                	lw	a4,8(s0)
80400054:	04970c63          	beq	a4,s1,804000ac <bget+0x76>
80400058:	4840                	lw	s0,20(s0)
8040005a:	fef41ae3          	bne	s0,a5,8040004e <bget+0x18>
8040005e:	4b80                	lw	s0,16(a5)
80400060:	00f41663          	bne	s0,a5,8040006c <bget+0x36>
80400064:	a8a9                	j	804000be <bget+0x88>
80400066:	4800                	lw	s0,16(s0)
80400068:	04f40b63          	beq	s0,a5,804000be <bget+0x88>
8040006c:	4458                	lw	a4,12(s0)
8040006e:	ff65                	bnez	a4,80400066 <bget+0x30>
80400070:	401c                	lw	a5,0(s0)
80400072:	ef81                	bnez	a5,8040008a <bget+0x54>
80400074:	4785                	li	a5,1
80400076:	c404                	sw	s1,8(s0)
80400078:	40b2                	lw	ra,12(sp)
8040007a:	00042023          	sw	zero,0(s0)
8040007e:	c45c                	sw	a5,12(s0)
80400080:	8522                	mv	a0,s0
80400082:	4422                	lw	s0,8(sp)
80400084:	4492                	lw	s1,4(sp)
80400086:	0141                	add	sp,sp,16
80400088:	8082                	ret
8040008a:	405c                	lw	a5,4(s0)
8040008c:	d7e5                	beqz	a5,80400074 <bget+0x3e>
8040008e:	4408                	lw	a0,8(s0)
80400090:	01840613          	add	a2,s0,24
80400094:	45a1                	li	a1,8
80400096:	050e                	sll	a0,a0,0x3
80400098:	1ec030ef          	jal	80403284 <disk_write>
8040009c:	804277b7          	lui	a5,0x80427
804000a0:	4705                	li	a4,1
804000a2:	00042223          	sw	zero,4(s0)
804000a6:	02e7a023          	sw	a4,32(a5) # 80427020 <unflushed>
804000aa:	b7e9                	j	80400074 <bget+0x3e>
804000ac:	445c                	lw	a5,12(s0)
804000ae:	40b2                	lw	ra,12(sp)
804000b0:	8522                	mv	a0,s0
804000b2:	0785                	add	a5,a5,1
804000b4:	c45c                	sw	a5,12(s0)
804000b6:	4422                	lw	s0,8(sp)
804000b8:	4492                	lw	s1,4(sp)
804000ba:	0141                	add	sp,sp,16
804000bc:	8082                	ret
804000be:	80405537          	lui	a0,0x80405
804000c2:	00050513          	mv	a0,a0
804000c6:	3ab010ef          	jal	80401c70 <panic>

804000ca <bio_init>:
804000ca:	8042b6b7          	lui	a3,0x8042b
804000ce:	8042c7b7          	lui	a5,0x8042c
804000d2:	00040637          	lui	a2,0x40
804000d6:	07068713          	add	a4,a3,112 # 8042b070 <lru>
804000da:	08878793          	add	a5,a5,136 # 8042c088 <bufs>
804000de:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000e2:	6585                	lui	a1,0x1
804000e4:	07068513          	add	a0,a3,112
804000e8:	cb18                	sw	a4,16(a4)
804000ea:	963e                	add	a2,a2,a5
804000ec:	07068693          	add	a3,a3,112
804000f0:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000f2:	cbd4                	sw	a3,20(a5)
804000f4:	8736                	mv	a4,a3
804000f6:	cb88                	sw	a0,16(a5)
804000f8:	86be                	mv	a3,a5
804000fa:	cb1c                	sw	a5,16(a4)
804000fc:	97ae                	add	a5,a5,a1
804000fe:	fec79ae3          	bne	a5,a2,804000f2 <bio_init+0x28>
80400102:	8046b7b7          	lui	a5,0x8046b
80400106:	67078793          	add	a5,a5,1648 # 8046b670 <bufs+0x3f5e8>
8040010a:	c95c                	sw	a5,20(a0)
8040010c:	8082                	ret

8040010e <bread>:
8040010e:	1141                	add	sp,sp,-16
80400110:	c422                	sw	s0,8(sp)
80400112:	c226                	sw	s1,4(sp)
80400114:	c606                	sw	ra,12(sp)
80400116:	84aa                	mv	s1,a0
80400118:	3f39                	jal	80400036 <bget>
8040011a:	411c                	lw	a5,0(a0)
8040011c:	842a                	mv	s0,a0
8040011e:	c799                	beqz	a5,8040012c <bread+0x1e>
80400120:	40b2                	lw	ra,12(sp)
80400122:	8522                	mv	a0,s0
80400124:	4422                	lw	s0,8(sp)
80400126:	4492                	lw	s1,4(sp)
80400128:	0141                	add	sp,sp,16
8040012a:	8082                	ret
8040012c:	01850613          	add	a2,a0,24 # 80405018 <__udivdi3+0xf6c>
80400130:	45a1                	li	a1,8
80400132:	00349513          	sll	a0,s1,0x3
80400136:	0d6030ef          	jal	8040320c <disk_read>
8040013a:	4785                	li	a5,1
8040013c:	40b2                	lw	ra,12(sp)
8040013e:	c01c                	sw	a5,0(s0)
80400140:	8522                	mv	a0,s0
80400142:	4422                	lw	s0,8(sp)
80400144:	4492                	lw	s1,4(sp)
80400146:	0141                	add	sp,sp,16
80400148:	8082                	ret

8040014a <bclear>:
8040014a:	1141                	add	sp,sp,-16
8040014c:	c606                	sw	ra,12(sp)
8040014e:	c422                	sw	s0,8(sp)
80400150:	35dd                	jal	80400036 <bget>
80400152:	842a                	mv	s0,a0
80400154:	6605                	lui	a2,0x1
80400156:	4581                	li	a1,0
80400158:	0561                	add	a0,a0,24
8040015a:	0ce020ef          	jal	80402228 <memset>
8040015e:	4785                	li	a5,1
80400160:	40b2                	lw	ra,12(sp)
80400162:	c01c                	sw	a5,0(s0)
80400164:	c05c                	sw	a5,4(s0)
80400166:	8522                	mv	a0,s0
80400168:	4422                	lw	s0,8(sp)
8040016a:	0141                	add	sp,sp,16
8040016c:	8082                	ret

8040016e <bdirty>:
8040016e:	4785                	li	a5,1
80400170:	c15c                	sw	a5,4(a0)
80400172:	8082                	ret

80400174 <brelse>:
80400174:	455c                	lw	a5,12(a0)
80400176:	02f05263          	blez	a5,8040019a <brelse+0x26>
8040017a:	4910                	lw	a2,16(a0)
8040017c:	4954                	lw	a3,20(a0)
8040017e:	17fd                	add	a5,a5,-1
80400180:	c55c                	sw	a5,12(a0)
80400182:	8042b7b7          	lui	a5,0x8042b
80400186:	ca54                	sw	a3,20(a2)
80400188:	07078793          	add	a5,a5,112 # 8042b070 <lru>
8040018c:	4bd8                	lw	a4,20(a5)
8040018e:	ca90                	sw	a2,16(a3)
80400190:	c91c                	sw	a5,16(a0)
80400192:	c958                	sw	a4,20(a0)
80400194:	cb08                	sw	a0,16(a4)
80400196:	cbc8                	sw	a0,20(a5)
80400198:	8082                	ret
8040019a:	80405537          	lui	a0,0x80405
8040019e:	1141                	add	sp,sp,-16
804001a0:	02050513          	add	a0,a0,32 # 80405020 <__udivdi3+0xf74>
804001a4:	c606                	sw	ra,12(sp)
804001a6:	2cb010ef          	jal	80401c70 <panic>

804001aa <bio_flush>:
804001aa:	1101                	add	sp,sp,-32
804001ac:	cc22                	sw	s0,24(sp)
804001ae:	ca26                	sw	s1,20(sp)
804001b0:	c64e                	sw	s3,12(sp)
804001b2:	8046c4b7          	lui	s1,0x8046c
804001b6:	8042c9b7          	lui	s3,0x8042c
804001ba:	6405                	lui	s0,0x1
804001bc:	c452                	sw	s4,8(sp)
804001be:	c256                	sw	s5,4(sp)
804001c0:	ce06                	sw	ra,28(sp)
804001c2:	c84a                	sw	s2,16(sp)
804001c4:	08898993          	add	s3,s3,136 # 8042c088 <bufs>
804001c8:	68848493          	add	s1,s1,1672 # 8046c688 <cons>
804001cc:	80427a37          	lui	s4,0x80427
804001d0:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
804001d2:	4a85                	li	s5,1
804001d4:	87ce                	mv	a5,s3
804001d6:	4901                	li	s2,0
804001d8:	4398                	lw	a4,0(a5)
804001da:	cb19                	beqz	a4,804001f0 <bio_flush+0x46>
804001dc:	43d8                	lw	a4,4(a5)
804001de:	cb09                	beqz	a4,804001f0 <bio_flush+0x46>
804001e0:	00090763          	beqz	s2,804001ee <bio_flush+0x44>
804001e4:	4794                	lw	a3,8(a5)
804001e6:	00892703          	lw	a4,8(s2)
804001ea:	00e6f363          	bgeu	a3,a4,804001f0 <bio_flush+0x46>
804001ee:	893e                	mv	s2,a5
804001f0:	97a2                	add	a5,a5,s0
804001f2:	fef493e3          	bne	s1,a5,804001d8 <bio_flush+0x2e>
804001f6:	00090f63          	beqz	s2,80400214 <bio_flush+0x6a>
804001fa:	00892503          	lw	a0,8(s2)
804001fe:	01890613          	add	a2,s2,24
80400202:	45a1                	li	a1,8
80400204:	050e                	sll	a0,a0,0x3
80400206:	07e030ef          	jal	80403284 <disk_write>
8040020a:	00092223          	sw	zero,4(s2)
8040020e:	035a2023          	sw	s5,32(s4) # 80427020 <unflushed>
80400212:	b7c9                	j	804001d4 <bio_flush+0x2a>
80400214:	020a2783          	lw	a5,32(s4)
80400218:	eb91                	bnez	a5,8040022c <bio_flush+0x82>
8040021a:	40f2                	lw	ra,28(sp)
8040021c:	4462                	lw	s0,24(sp)
8040021e:	44d2                	lw	s1,20(sp)
80400220:	4942                	lw	s2,16(sp)
80400222:	49b2                	lw	s3,12(sp)
80400224:	4a22                	lw	s4,8(sp)
80400226:	4a92                	lw	s5,4(sp)
80400228:	6105                	add	sp,sp,32
8040022a:	8082                	ret
8040022c:	0d2030ef          	jal	804032fe <disk_flush>
80400230:	020a2023          	sw	zero,32(s4)
80400234:	b7dd                	j	8040021a <bio_flush+0x70>

80400236 <console_room>:
80400236:	8046c7b7          	lui	a5,0x8046c
8040023a:	68878793          	add	a5,a5,1672 # 8046c688 <cons>
8040023e:	2007a703          	lw	a4,512(a5)
80400242:	2047a503          	lw	a0,516(a5)
80400246:	20070713          	add	a4,a4,512
8040024a:	40a70533          	sub	a0,a4,a0
8040024e:	8082                	ret

80400250 <console_input>:
80400250:	8046c737          	lui	a4,0x8046c
80400254:	68870693          	add	a3,a4,1672 # 8046c688 <cons>
80400258:	2046a783          	lw	a5,516(a3)
8040025c:	862a                	mv	a2,a0
8040025e:	68870513          	add	a0,a4,1672
80400262:	1ff7f713          	and	a4,a5,511
80400266:	9736                	add	a4,a4,a3
80400268:	0785                	add	a5,a5,1
8040026a:	20f6a223          	sw	a5,516(a3)
8040026e:	00c70023          	sb	a2,0(a4)
80400272:	4c30106f          	j	80401f34 <wakeup>

80400276 <console_read>:
80400276:	cdc9                	beqz	a1,80400310 <console_read+0x9a>
80400278:	7179                	add	sp,sp,-48
8040027a:	d226                	sw	s1,36(sp)
8040027c:	8046c4b7          	lui	s1,0x8046c
80400280:	d422                	sw	s0,40(sp)
80400282:	68848413          	add	s0,s1,1672 # 8046c688 <cons>
80400286:	20042783          	lw	a5,512(s0)
8040028a:	20442683          	lw	a3,516(s0)
8040028e:	d04a                	sw	s2,32(sp)
80400290:	ce4e                	sw	s3,28(sp)
80400292:	d606                	sw	ra,44(sp)
80400294:	cc52                	sw	s4,24(sp)
80400296:	892e                	mv	s2,a1
80400298:	89aa                	mv	s3,a0
8040029a:	00f69c63          	bne	a3,a5,804002b2 <console_read+0x3c>
8040029e:	68848513          	add	a0,s1,1672
804002a2:	45f010ef          	jal	80401f00 <sleep_on>
804002a6:	20042783          	lw	a5,512(s0)
804002aa:	20442683          	lw	a3,516(s0)
804002ae:	fed788e3          	beq	a5,a3,8040029e <console_read+0x28>
804002b2:	4481                	li	s1,0
804002b4:	4a11                	li	s4,4
804002b6:	a82d                	j	804002f0 <console_read+0x7a>
804002b8:	00074703          	lbu	a4,0(a4)
804002bc:	00e107a3          	sb	a4,15(sp)
804002c0:	05470a63          	beq	a4,s4,80400314 <console_read+0x9e>
804002c4:	221010ef          	jal	80401ce4 <myproc>
804002c8:	5148                	lw	a0,36(a0)
804002ca:	009985b3          	add	a1,s3,s1
804002ce:	4685                	li	a3,1
804002d0:	00f10613          	add	a2,sp,15
804002d4:	409020ef          	jal	80402edc <copyout>
804002d8:	04054663          	bltz	a0,80400324 <console_read+0xae>
804002dc:	20042783          	lw	a5,512(s0)
804002e0:	0485                	add	s1,s1,1
804002e2:	0785                	add	a5,a5,1
804002e4:	20f42023          	sw	a5,512(s0)
804002e8:	00990963          	beq	s2,s1,804002fa <console_read+0x84>
804002ec:	20442683          	lw	a3,516(s0)
804002f0:	1ff7f713          	and	a4,a5,511
804002f4:	9722                	add	a4,a4,s0
804002f6:	fcd791e3          	bne	a5,a3,804002b8 <console_read+0x42>
804002fa:	38f030ef          	jal	80403e88 <arch_console_rx_resume>
804002fe:	8526                	mv	a0,s1
80400300:	50b2                	lw	ra,44(sp)
80400302:	5422                	lw	s0,40(sp)
80400304:	5492                	lw	s1,36(sp)
80400306:	5902                	lw	s2,32(sp)
80400308:	49f2                	lw	s3,28(sp)
8040030a:	4a62                	lw	s4,24(sp)
8040030c:	6145                	add	sp,sp,48
8040030e:	8082                	ret
80400310:	4501                	li	a0,0
80400312:	8082                	ret
80400314:	0014b713          	seqz	a4,s1
80400318:	97ba                	add	a5,a5,a4
8040031a:	20f42023          	sw	a5,512(s0)
8040031e:	36b030ef          	jal	80403e88 <arch_console_rx_resume>
80400322:	bff1                	j	804002fe <console_read+0x88>
80400324:	f8f9                	bnez	s1,804002fa <console_read+0x84>
80400326:	363030ef          	jal	80403e88 <arch_console_rx_resume>
8040032a:	5549                	li	a0,-14
8040032c:	bfd1                	j	80400300 <console_read+0x8a>

8040032e <console_write>:
8040032e:	711d                	add	sp,sp,-96
80400330:	ce86                	sw	ra,92(sp)
80400332:	cca2                	sw	s0,88(sp)
80400334:	caa6                	sw	s1,84(sp)
80400336:	c8ca                	sw	s2,80(sp)
80400338:	c6ce                	sw	s3,76(sp)
8040033a:	c4d2                	sw	s4,72(sp)
8040033c:	c2d6                	sw	s5,68(sp)
8040033e:	c0da                	sw	s6,64(sp)
80400340:	c5b5                	beqz	a1,804003ac <console_write+0x7e>
80400342:	8a2e                	mv	s4,a1
80400344:	8aaa                	mv	s5,a0
80400346:	4901                	li	s2,0
80400348:	04000b13          	li	s6,64
8040034c:	412a09b3          	sub	s3,s4,s2
80400350:	013b7463          	bgeu	s6,s3,80400358 <console_write+0x2a>
80400354:	04000993          	li	s3,64
80400358:	18d010ef          	jal	80401ce4 <myproc>
8040035c:	5148                	lw	a0,36(a0)
8040035e:	86ce                	mv	a3,s3
80400360:	012a8633          	add	a2,s5,s2
80400364:	858a                	mv	a1,sp
80400366:	2c1020ef          	jal	80402e26 <copyin>
8040036a:	02054163          	bltz	a0,8040038c <console_write+0x5e>
8040036e:	840a                	mv	s0,sp
80400370:	013104b3          	add	s1,sp,s3
80400374:	012a0963          	beq	s4,s2,80400386 <console_write+0x58>
80400378:	00044503          	lbu	a0,0(s0)
8040037c:	0405                	add	s0,s0,1
8040037e:	2f1030ef          	jal	80403e6e <arch_console_putc>
80400382:	fe849be3          	bne	s1,s0,80400378 <console_write+0x4a>
80400386:	994e                	add	s2,s2,s3
80400388:	fd4962e3          	bltu	s2,s4,8040034c <console_write+0x1e>
8040038c:	2fb030ef          	jal	80403e86 <arch_console_flush>
80400390:	5549                	li	a0,-14
80400392:	00090363          	beqz	s2,80400398 <console_write+0x6a>
80400396:	854a                	mv	a0,s2
80400398:	40f6                	lw	ra,92(sp)
8040039a:	4466                	lw	s0,88(sp)
8040039c:	44d6                	lw	s1,84(sp)
8040039e:	4946                	lw	s2,80(sp)
804003a0:	49b6                	lw	s3,76(sp)
804003a2:	4a26                	lw	s4,72(sp)
804003a4:	4a96                	lw	s5,68(sp)
804003a6:	4b06                	lw	s6,64(sp)
804003a8:	6125                	add	sp,sp,96
804003aa:	8082                	ret
804003ac:	2db030ef          	jal	80403e86 <arch_console_flush>
804003b0:	4501                	li	a0,0
804003b2:	b7dd                	j	80400398 <console_write+0x6a>

804003b4 <path_name>:
804003b4:	00054783          	lbu	a5,0(a0)
804003b8:	02f00713          	li	a4,47
804003bc:	00e79763          	bne	a5,a4,804003ca <path_name+0x16>
804003c0:	00154783          	lbu	a5,1(a0)
804003c4:	0505                	add	a0,a0,1
804003c6:	fee78de3          	beq	a5,a4,804003c0 <path_name+0xc>
804003ca:	cf95                	beqz	a5,80400406 <path_name+0x52>
804003cc:	4701                	li	a4,0
804003ce:	02f00613          	li	a2,47
804003d2:	486d                	li	a6,27
804003d4:	a819                	j	804003ea <path_name+0x36>
804003d6:	03070063          	beq	a4,a6,804003f6 <path_name+0x42>
804003da:	0705                	add	a4,a4,1
804003dc:	00f68023          	sb	a5,0(a3)
804003e0:	00e507b3          	add	a5,a0,a4
804003e4:	0007c783          	lbu	a5,0(a5)
804003e8:	cb91                	beqz	a5,804003fc <path_name+0x48>
804003ea:	00e586b3          	add	a3,a1,a4
804003ee:	fec794e3          	bne	a5,a2,804003d6 <path_name+0x22>
804003f2:	5579                	li	a0,-2
804003f4:	8082                	ret
804003f6:	fdc00513          	li	a0,-36
804003fa:	8082                	ret
804003fc:	95ba                	add	a1,a1,a4
804003fe:	00058023          	sb	zero,0(a1)
80400402:	4501                	li	a0,0
80400404:	8082                	ret
80400406:	00058023          	sb	zero,0(a1)
8040040a:	b7e5                	j	804003f2 <path_name+0x3e>

8040040c <dir_lookup>:
8040040c:	4558                	lw	a4,12(a0)
8040040e:	47fd                	li	a5,31
80400410:	06e7fc63          	bgeu	a5,a4,80400488 <dir_lookup+0x7c>
80400414:	7139                	add	sp,sp,-64
80400416:	dc22                	sw	s0,56(sp)
80400418:	da26                	sw	s1,52(sp)
8040041a:	d84a                	sw	s2,48(sp)
8040041c:	d64e                	sw	s3,44(sp)
8040041e:	de06                	sw	ra,60(sp)
80400420:	84aa                	mv	s1,a0
80400422:	892e                	mv	s2,a1
80400424:	89b2                	mv	s3,a2
80400426:	4401                	li	s0,0
80400428:	a801                	j	80400438 <dir_lookup+0x2c>
8040042a:	44d8                	lw	a4,12(s1)
8040042c:	04040793          	add	a5,s0,64
80400430:	02040413          	add	s0,s0,32
80400434:	04f76263          	bltu	a4,a5,80400478 <dir_lookup+0x6c>
80400438:	02000713          	li	a4,32
8040043c:	86a2                	mv	a3,s0
8040043e:	860a                	mv	a2,sp
80400440:	4581                	li	a1,0
80400442:	8526                	mv	a0,s1
80400444:	1b0010ef          	jal	804015f4 <readi>
80400448:	02000793          	li	a5,32
8040044c:	04f51063          	bne	a0,a5,8040048c <dir_lookup+0x80>
80400450:	4502                	lw	a0,0(sp)
80400452:	6fb000ef          	jal	8040134c <inum_valid>
80400456:	d971                	beqz	a0,8040042a <dir_lookup+0x1e>
80400458:	4671                	li	a2,28
8040045a:	85ca                	mv	a1,s2
8040045c:	0048                	add	a0,sp,4
8040045e:	687010ef          	jal	804022e4 <strncmp>
80400462:	f561                	bnez	a0,8040042a <dir_lookup+0x1e>
80400464:	0089a023          	sw	s0,0(s3)
80400468:	50f2                	lw	ra,60(sp)
8040046a:	5462                	lw	s0,56(sp)
8040046c:	4502                	lw	a0,0(sp)
8040046e:	54d2                	lw	s1,52(sp)
80400470:	5942                	lw	s2,48(sp)
80400472:	59b2                	lw	s3,44(sp)
80400474:	6121                	add	sp,sp,64
80400476:	8082                	ret
80400478:	50f2                	lw	ra,60(sp)
8040047a:	5462                	lw	s0,56(sp)
8040047c:	54d2                	lw	s1,52(sp)
8040047e:	5942                	lw	s2,48(sp)
80400480:	59b2                	lw	s3,44(sp)
80400482:	4501                	li	a0,0
80400484:	6121                	add	sp,sp,64
80400486:	8082                	ret
80400488:	4501                	li	a0,0
8040048a:	8082                	ret
8040048c:	80405537          	lui	a0,0x80405
80400490:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xf8c>
80400494:	7dc010ef          	jal	80401c70 <panic>

80400498 <fs_open>:
80400498:	7159                	add	sp,sp,-112
8040049a:	d0ca                	sw	s2,96(sp)
8040049c:	892e                	mv	s2,a1
8040049e:	084c                	add	a1,sp,20
804004a0:	d2a6                	sw	s1,100(sp)
804004a2:	d686                	sw	ra,108(sp)
804004a4:	d4a2                	sw	s0,104(sp)
804004a6:	cece                	sw	s3,92(sp)
804004a8:	ccd2                	sw	s4,88(sp)
804004aa:	cad6                	sw	s5,84(sp)
804004ac:	84b2                	mv	s1,a2
804004ae:	3719                	jal	804003b4 <path_name>
804004b0:	00054663          	bltz	a0,804004bc <fs_open+0x24>
804004b4:	4d9000ef          	jal	8040118c <fs_mounted>
804004b8:	e919                	bnez	a0,804004ce <fs_open+0x36>
804004ba:	5579                	li	a0,-2
804004bc:	50b6                	lw	ra,108(sp)
804004be:	5426                	lw	s0,104(sp)
804004c0:	5496                	lw	s1,100(sp)
804004c2:	5906                	lw	s2,96(sp)
804004c4:	49f6                	lw	s3,92(sp)
804004c6:	4a66                	lw	s4,88(sp)
804004c8:	4ad6                	lw	s5,84(sp)
804004ca:	6165                	add	sp,sp,112
804004cc:	8082                	ret
804004ce:	4c9000ef          	jal	80401196 <fs_root>
804004d2:	0070                	add	a2,sp,12
804004d4:	084c                	add	a1,sp,20
804004d6:	89aa                	mv	s3,a0
804004d8:	3f15                	jal	8040040c <dir_lookup>
804004da:	842a                	mv	s0,a0
804004dc:	ed35                	bnez	a0,80400558 <fs_open+0xc0>
804004de:	04097793          	and	a5,s2,64
804004e2:	dfe1                	beqz	a5,804004ba <fs_open+0x22>
804004e4:	080c                	add	a1,sp,16
804004e6:	4505                	li	a0,1
804004e8:	731000ef          	jal	80401418 <ialloc>
804004ec:	fc0548e3          	bltz	a0,804004bc <fs_open+0x24>
804004f0:	47c2                	lw	a5,16(sp)
804004f2:	0007aa83          	lw	s5,0(a5)
804004f6:	a839                	j	80400514 <fs_open+0x7c>
804004f8:	02000713          	li	a4,32
804004fc:	86d2                	mv	a3,s4
804004fe:	1810                	add	a2,sp,48
80400500:	4581                	li	a1,0
80400502:	854e                	mv	a0,s3
80400504:	0f0010ef          	jal	804015f4 <readi>
80400508:	02000793          	li	a5,32
8040050c:	08f51863          	bne	a0,a5,8040059c <fs_open+0x104>
80400510:	57c2                	lw	a5,48(sp)
80400512:	cb81                	beqz	a5,80400522 <fs_open+0x8a>
80400514:	00c9a783          	lw	a5,12(s3)
80400518:	8a22                	mv	s4,s0
8040051a:	02040413          	add	s0,s0,32
8040051e:	fc87fde3          	bgeu	a5,s0,804004f8 <fs_open+0x60>
80400522:	02000613          	li	a2,32
80400526:	4581                	li	a1,0
80400528:	1808                	add	a0,sp,48
8040052a:	4ff010ef          	jal	80402228 <memset>
8040052e:	4671                	li	a2,28
80400530:	084c                	add	a1,sp,20
80400532:	1848                	add	a0,sp,52
80400534:	d856                	sw	s5,48(sp)
80400536:	60b010ef          	jal	80402340 <strlcpy_k>
8040053a:	02000713          	li	a4,32
8040053e:	86d2                	mv	a3,s4
80400540:	1810                	add	a2,sp,48
80400542:	4581                	li	a1,0
80400544:	854e                	mv	a0,s3
80400546:	182010ef          	jal	804016c8 <writei>
8040054a:	02000793          	li	a5,32
8040054e:	02f51c63          	bne	a0,a5,80400586 <fs_open+0xee>
80400552:	4542                	lw	a0,16(sp)
80400554:	c088                	sw	a0,0(s1)
80400556:	a029                	j	80400560 <fs_open+0xc8>
80400558:	609000ef          	jal	80401360 <iget>
8040055c:	c088                	sw	a0,0(s1)
8040055e:	c115                	beqz	a0,80400582 <fs_open+0xea>
80400560:	00855703          	lhu	a4,8(a0)
80400564:	4785                	li	a5,1
80400566:	02f71763          	bne	a4,a5,80400594 <fs_open+0xfc>
8040056a:	20097793          	and	a5,s2,512
8040056e:	c781                	beqz	a5,80400576 <fs_open+0xde>
80400570:	00397793          	and	a5,s2,3
80400574:	e399                	bnez	a5,8040057a <fs_open+0xe2>
80400576:	4501                	li	a0,0
80400578:	b791                	j	804004bc <fs_open+0x24>
8040057a:	793000ef          	jal	8040150c <itrunc>
8040057e:	4501                	li	a0,0
80400580:	bf35                	j	804004bc <fs_open+0x24>
80400582:	5521                	li	a0,-24
80400584:	bf25                	j	804004bc <fs_open+0x24>
80400586:	4542                	lw	a0,16(sp)
80400588:	00051523          	sh	zero,10(a0)
8040058c:	725000ef          	jal	804014b0 <iput>
80400590:	5511                	li	a0,-28
80400592:	b72d                	j	804004bc <fs_open+0x24>
80400594:	71d000ef          	jal	804014b0 <iput>
80400598:	552d                	li	a0,-21
8040059a:	b70d                	j	804004bc <fs_open+0x24>
8040059c:	80405537          	lui	a0,0x80405
804005a0:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xf8c>
804005a4:	6cc010ef          	jal	80401c70 <panic>

804005a8 <fs_lookup>:
804005a8:	7179                	add	sp,sp,-48
804005aa:	d422                	sw	s0,40(sp)
804005ac:	842e                	mv	s0,a1
804005ae:	004c                	add	a1,sp,4
804005b0:	d606                	sw	ra,44(sp)
804005b2:	3509                	jal	804003b4 <path_name>
804005b4:	87aa                	mv	a5,a0
804005b6:	00054663          	bltz	a0,804005c2 <fs_lookup+0x1a>
804005ba:	3d3000ef          	jal	8040118c <fs_mounted>
804005be:	e519                	bnez	a0,804005cc <fs_lookup+0x24>
804005c0:	57f9                	li	a5,-2
804005c2:	50b2                	lw	ra,44(sp)
804005c4:	5422                	lw	s0,40(sp)
804005c6:	853e                	mv	a0,a5
804005c8:	6145                	add	sp,sp,48
804005ca:	8082                	ret
804005cc:	3cb000ef          	jal	80401196 <fs_root>
804005d0:	860a                	mv	a2,sp
804005d2:	004c                	add	a1,sp,4
804005d4:	3d25                	jal	8040040c <dir_lookup>
804005d6:	d56d                	beqz	a0,804005c0 <fs_lookup+0x18>
804005d8:	589000ef          	jal	80401360 <iget>
804005dc:	c008                	sw	a0,0(s0)
804005de:	c919                	beqz	a0,804005f4 <fs_lookup+0x4c>
804005e0:	00855683          	lhu	a3,8(a0)
804005e4:	4705                	li	a4,1
804005e6:	4781                	li	a5,0
804005e8:	fce68de3          	beq	a3,a4,804005c2 <fs_lookup+0x1a>
804005ec:	6c5000ef          	jal	804014b0 <iput>
804005f0:	57ad                	li	a5,-21
804005f2:	bfc1                	j	804005c2 <fs_lookup+0x1a>
804005f4:	57a1                	li	a5,-24
804005f6:	b7f1                	j	804005c2 <fs_lookup+0x1a>

804005f8 <fs_unlink>:
804005f8:	715d                	add	sp,sp,-80
804005fa:	004c                	add	a1,sp,4
804005fc:	c4a2                	sw	s0,72(sp)
804005fe:	c686                	sw	ra,76(sp)
80400600:	c2a6                	sw	s1,68(sp)
80400602:	c0ca                	sw	s2,64(sp)
80400604:	3b45                	jal	804003b4 <path_name>
80400606:	842a                	mv	s0,a0
80400608:	00054663          	bltz	a0,80400614 <fs_unlink+0x1c>
8040060c:	381000ef          	jal	8040118c <fs_mounted>
80400610:	e909                	bnez	a0,80400622 <fs_unlink+0x2a>
80400612:	5479                	li	s0,-2
80400614:	40b6                	lw	ra,76(sp)
80400616:	8522                	mv	a0,s0
80400618:	4426                	lw	s0,72(sp)
8040061a:	4496                	lw	s1,68(sp)
8040061c:	4906                	lw	s2,64(sp)
8040061e:	6161                	add	sp,sp,80
80400620:	8082                	ret
80400622:	375000ef          	jal	80401196 <fs_root>
80400626:	860a                	mv	a2,sp
80400628:	004c                	add	a1,sp,4
8040062a:	84aa                	mv	s1,a0
8040062c:	33c5                	jal	8040040c <dir_lookup>
8040062e:	d175                	beqz	a0,80400612 <fs_unlink+0x1a>
80400630:	531000ef          	jal	80401360 <iget>
80400634:	892a                	mv	s2,a0
80400636:	c10d                	beqz	a0,80400658 <fs_unlink+0x60>
80400638:	00855703          	lhu	a4,8(a0)
8040063c:	4785                	li	a5,1
8040063e:	00f70f63          	beq	a4,a5,8040065c <fs_unlink+0x64>
80400642:	542d                	li	s0,-21
80400644:	854a                	mv	a0,s2
80400646:	66b000ef          	jal	804014b0 <iput>
8040064a:	40b6                	lw	ra,76(sp)
8040064c:	8522                	mv	a0,s0
8040064e:	4426                	lw	s0,72(sp)
80400650:	4496                	lw	s1,68(sp)
80400652:	4906                	lw	s2,64(sp)
80400654:	6161                	add	sp,sp,80
80400656:	8082                	ret
80400658:	5421                	li	s0,-24
8040065a:	bf6d                	j	80400614 <fs_unlink+0x1c>
8040065c:	02000613          	li	a2,32
80400660:	4581                	li	a1,0
80400662:	1008                	add	a0,sp,32
80400664:	3c5010ef          	jal	80402228 <memset>
80400668:	4682                	lw	a3,0(sp)
8040066a:	02000713          	li	a4,32
8040066e:	1010                	add	a2,sp,32
80400670:	4581                	li	a1,0
80400672:	8526                	mv	a0,s1
80400674:	054010ef          	jal	804016c8 <writei>
80400678:	00a95783          	lhu	a5,10(s2)
8040067c:	854a                	mv	a0,s2
8040067e:	17fd                	add	a5,a5,-1
80400680:	00f91523          	sh	a5,10(s2)
80400684:	31d000ef          	jal	804011a0 <iupdate>
80400688:	bf75                	j	80400644 <fs_unlink+0x4c>

8040068a <fs_readdir>:
8040068a:	715d                	add	sp,sp,-80
8040068c:	c0ca                	sw	s2,64(sp)
8040068e:	de4e                	sw	s3,60(sp)
80400690:	da56                	sw	s5,52(sp)
80400692:	c686                	sw	ra,76(sp)
80400694:	c4a2                	sw	s0,72(sp)
80400696:	c2a6                	sw	s1,68(sp)
80400698:	dc52                	sw	s4,56(sp)
8040069a:	89aa                	mv	s3,a0
8040069c:	8aae                	mv	s5,a1
8040069e:	8932                	mv	s2,a2
804006a0:	2ed000ef          	jal	8040118c <fs_mounted>
804006a4:	c925                	beqz	a0,80400714 <fs_readdir+0x8a>
804006a6:	2f1000ef          	jal	80401196 <fs_root>
804006aa:	4558                	lw	a4,12(a0)
804006ac:	47fd                	li	a5,31
804006ae:	84aa                	mv	s1,a0
804006b0:	06e7f263          	bgeu	a5,a4,80400714 <fs_readdir+0x8a>
804006b4:	4401                	li	s0,0
804006b6:	4a05                	li	s4,1
804006b8:	a801                	j	804006c8 <fs_readdir+0x3e>
804006ba:	44d8                	lw	a4,12(s1)
804006bc:	04040793          	add	a5,s0,64
804006c0:	02040413          	add	s0,s0,32
804006c4:	04f76863          	bltu	a4,a5,80400714 <fs_readdir+0x8a>
804006c8:	02000713          	li	a4,32
804006cc:	86a2                	mv	a3,s0
804006ce:	0810                	add	a2,sp,16
804006d0:	4581                	li	a1,0
804006d2:	8526                	mv	a0,s1
804006d4:	721000ef          	jal	804015f4 <readi>
804006d8:	02000793          	li	a5,32
804006dc:	04f51f63          	bne	a0,a5,8040073a <fs_readdir+0xb0>
804006e0:	4542                	lw	a0,16(sp)
804006e2:	46b000ef          	jal	8040134c <inum_valid>
804006e6:	d971                	beqz	a0,804006ba <fs_readdir+0x30>
804006e8:	4542                	lw	a0,16(sp)
804006ea:	864a                	mv	a2,s2
804006ec:	00e10593          	add	a1,sp,14
804006f0:	495000ef          	jal	80401384 <istat>
804006f4:	00e15783          	lhu	a5,14(sp)
804006f8:	fd4791e3          	bne	a5,s4,804006ba <fs_readdir+0x30>
804006fc:	fff98793          	add	a5,s3,-1
80400700:	02098463          	beqz	s3,80400728 <fs_readdir+0x9e>
80400704:	44d8                	lw	a4,12(s1)
80400706:	89be                	mv	s3,a5
80400708:	04040793          	add	a5,s0,64
8040070c:	02040413          	add	s0,s0,32
80400710:	faf77ce3          	bgeu	a4,a5,804006c8 <fs_readdir+0x3e>
80400714:	5579                	li	a0,-2
80400716:	40b6                	lw	ra,76(sp)
80400718:	4426                	lw	s0,72(sp)
8040071a:	4496                	lw	s1,68(sp)
8040071c:	4906                	lw	s2,64(sp)
8040071e:	59f2                	lw	s3,60(sp)
80400720:	5a62                	lw	s4,56(sp)
80400722:	5ad2                	lw	s5,52(sp)
80400724:	6161                	add	sp,sp,80
80400726:	8082                	ret
80400728:	466d                	li	a2,27
8040072a:	084c                	add	a1,sp,20
8040072c:	8556                	mv	a0,s5
8040072e:	33d010ef          	jal	8040226a <memcpy>
80400732:	4501                	li	a0,0
80400734:	000a8da3          	sb	zero,27(s5)
80400738:	bff9                	j	80400716 <fs_readdir+0x8c>
8040073a:	80405537          	lui	a0,0x80405
8040073e:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xf8c>
80400742:	52e010ef          	jal	80401c70 <panic>

80400746 <image_read>:
80400746:	4518                	lw	a4,8(a0)
80400748:	04b76763          	bltu	a4,a1,80400796 <image_read+0x50>
8040074c:	1141                	add	sp,sp,-16
8040074e:	c422                	sw	s0,8(sp)
80400750:	c606                	sw	ra,12(sp)
80400752:	8f0d                	sub	a4,a4,a1
80400754:	8436                	mv	s0,a3
80400756:	04d76263          	bltu	a4,a3,8040079a <image_read+0x54>
8040075a:	00052803          	lw	a6,0(a0)
8040075e:	87aa                	mv	a5,a0
80400760:	02080063          	beqz	a6,80400780 <image_read+0x3a>
80400764:	8736                	mv	a4,a3
80400766:	8542                	mv	a0,a6
80400768:	86ae                	mv	a3,a1
8040076a:	4581                	li	a1,0
8040076c:	689000ef          	jal	804015f4 <readi>
80400770:	87aa                	mv	a5,a0
80400772:	556d                	li	a0,-5
80400774:	00878c63          	beq	a5,s0,8040078c <image_read+0x46>
80400778:	40b2                	lw	ra,12(sp)
8040077a:	4422                	lw	s0,8(sp)
8040077c:	0141                	add	sp,sp,16
8040077e:	8082                	ret
80400780:	43dc                	lw	a5,4(a5)
80400782:	8532                	mv	a0,a2
80400784:	8636                	mv	a2,a3
80400786:	95be                	add	a1,a1,a5
80400788:	2e3010ef          	jal	8040226a <memcpy>
8040078c:	40b2                	lw	ra,12(sp)
8040078e:	4422                	lw	s0,8(sp)
80400790:	4501                	li	a0,0
80400792:	0141                	add	sp,sp,16
80400794:	8082                	ret
80400796:	5561                	li	a0,-8
80400798:	8082                	ret
8040079a:	5561                	li	a0,-8
8040079c:	bff1                	j	80400778 <image_read+0x32>

8040079e <proc_spawn>:
8040079e:	7111                	add	sp,sp,-256
804007a0:	dba6                	sw	s1,244(sp)
804007a2:	d9ca                	sw	s2,240(sp)
804007a4:	d5d2                	sw	s4,232(sp)
804007a6:	84aa                	mv	s1,a0
804007a8:	892e                	mv	s2,a1
804007aa:	8a32                	mv	s4,a2
804007ac:	4581                	li	a1,0
804007ae:	4631                	li	a2,12
804007b0:	0808                	add	a0,sp,16
804007b2:	df86                	sw	ra,252(sp)
804007b4:	dda2                	sw	s0,248(sp)
804007b6:	d7ce                	sw	s3,236(sp)
804007b8:	d3d6                	sw	s5,228(sp)
804007ba:	d1da                	sw	s6,224(sp)
804007bc:	cfde                	sw	s7,220(sp)
804007be:	cde2                	sw	s8,216(sp)
804007c0:	cbe6                	sw	s9,212(sp)
804007c2:	c9ea                	sw	s10,208(sp)
804007c4:	c7ee                	sw	s11,204(sp)
804007c6:	263010ef          	jal	80402228 <memset>
804007ca:	1c3000ef          	jal	8040118c <fs_mounted>
804007ce:	e949                	bnez	a0,80400860 <proc_spawn+0xc2>
804007d0:	0004c683          	lbu	a3,0(s1)
804007d4:	02f00793          	li	a5,47
804007d8:	8526                	mv	a0,s1
804007da:	02f00713          	li	a4,47
804007de:	00f69763          	bne	a3,a5,804007ec <proc_spawn+0x4e>
804007e2:	00154783          	lbu	a5,1(a0)
804007e6:	0505                	add	a0,a0,1
804007e8:	fee78de3          	beq	a5,a4,804007e2 <proc_spawn+0x44>
804007ec:	1c1010ef          	jal	804021ac <program_find>
804007f0:	2e050763          	beqz	a0,80400ade <proc_spawn+0x340>
804007f4:	4158                	lw	a4,4(a0)
804007f6:	451c                	lw	a5,8(a0)
804007f8:	ca3a                	sw	a4,20(sp)
804007fa:	8f99                	sub	a5,a5,a4
804007fc:	cc3e                	sw	a5,24(sp)
804007fe:	4f0010ef          	jal	80401cee <proc_alloc>
80400802:	89aa                	mv	s3,a0
80400804:	c90d                	beqz	a0,80400836 <proc_spawn+0x98>
80400806:	03400693          	li	a3,52
8040080a:	1870                	add	a2,sp,60
8040080c:	4581                	li	a1,0
8040080e:	0808                	add	a0,sp,16
80400810:	3f1d                	jal	80400746 <image_read>
80400812:	00054963          	bltz	a0,80400824 <proc_spawn+0x86>
80400816:	5772                	lw	a4,60(sp)
80400818:	464c47b7          	lui	a5,0x464c4
8040081c:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
80400820:	04f70863          	beq	a4,a5,80400870 <proc_spawn+0xd2>
80400824:	5461                	li	s0,-8
80400826:	4542                	lw	a0,16(sp)
80400828:	c119                	beqz	a0,8040082e <proc_spawn+0x90>
8040082a:	487000ef          	jal	804014b0 <iput>
8040082e:	854e                	mv	a0,s3
80400830:	596010ef          	jal	80401dc6 <proc_free>
80400834:	a031                	j	80400840 <proc_spawn+0xa2>
80400836:	4542                	lw	a0,16(sp)
80400838:	c119                	beqz	a0,8040083e <proc_spawn+0xa0>
8040083a:	477000ef          	jal	804014b0 <iput>
8040083e:	5455                	li	s0,-11
80400840:	50fe                	lw	ra,252(sp)
80400842:	8522                	mv	a0,s0
80400844:	546e                	lw	s0,248(sp)
80400846:	54de                	lw	s1,244(sp)
80400848:	594e                	lw	s2,240(sp)
8040084a:	59be                	lw	s3,236(sp)
8040084c:	5a2e                	lw	s4,232(sp)
8040084e:	5a9e                	lw	s5,228(sp)
80400850:	5b0e                	lw	s6,224(sp)
80400852:	4bfe                	lw	s7,220(sp)
80400854:	4c6e                	lw	s8,216(sp)
80400856:	4cde                	lw	s9,212(sp)
80400858:	4d4e                	lw	s10,208(sp)
8040085a:	4dbe                	lw	s11,204(sp)
8040085c:	6111                	add	sp,sp,256
8040085e:	8082                	ret
80400860:	186c                	add	a1,sp,60
80400862:	8526                	mv	a0,s1
80400864:	3391                	jal	804005a8 <fs_lookup>
80400866:	f52d                	bnez	a0,804007d0 <proc_spawn+0x32>
80400868:	5772                	lw	a4,60(sp)
8040086a:	475c                	lw	a5,12(a4)
8040086c:	c83a                	sw	a4,16(sp)
8040086e:	b779                	j	804007fc <proc_spawn+0x5e>
80400870:	04015703          	lhu	a4,64(sp)
80400874:	10100793          	li	a5,257
80400878:	faf716e3          	bne	a4,a5,80400824 <proc_spawn+0x86>
8040087c:	4736                	lw	a4,76(sp)
8040087e:	00f307b7          	lui	a5,0xf30
80400882:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80400884:	faf710e3          	bne	a4,a5,80400824 <proc_spawn+0x86>
80400888:	06615703          	lhu	a4,102(sp)
8040088c:	02000793          	li	a5,32
80400890:	f8f71ae3          	bne	a4,a5,80400824 <proc_spawn+0x86>
80400894:	06815783          	lhu	a5,104(sp)
80400898:	473d                	li	a4,15
8040089a:	17fd                	add	a5,a5,-1
8040089c:	07c2                	sll	a5,a5,0x10
8040089e:	83c1                	srl	a5,a5,0x10
804008a0:	f8f762e3          	bltu	a4,a5,80400824 <proc_spawn+0x86>
804008a4:	45e6                	lw	a1,88(sp)
804008a6:	47e2                	lw	a5,24(sp)
804008a8:	f6b7eee3          	bltu	a5,a1,80400824 <proc_spawn+0x86>
804008ac:	c602                	sw	zero,12(sp)
804008ae:	4b81                	li	s7,0
804008b0:	4a85                	li	s5,1
804008b2:	a811                	j	804008c6 <proc_spawn+0x128>
804008b4:	47f2                	lw	a5,28(sp)
804008b6:	0d578763          	beq	a5,s5,80400984 <proc_spawn+0x1e6>
804008ba:	06815783          	lhu	a5,104(sp)
804008be:	0b85                	add	s7,s7,1
804008c0:	02fbf463          	bgeu	s7,a5,804008e8 <proc_spawn+0x14a>
804008c4:	45e6                	lw	a1,88(sp)
804008c6:	005b9793          	sll	a5,s7,0x5
804008ca:	02000693          	li	a3,32
804008ce:	0870                	add	a2,sp,28
804008d0:	95be                	add	a1,a1,a5
804008d2:	0808                	add	a0,sp,16
804008d4:	3d8d                	jal	80400746 <image_read>
804008d6:	842a                	mv	s0,a0
804008d8:	dd71                	beqz	a0,804008b4 <proc_spawn+0x116>
804008da:	f40446e3          	bltz	s0,80400826 <proc_spawn+0x88>
804008de:	06815783          	lhu	a5,104(sp)
804008e2:	0b85                	add	s7,s7,1
804008e4:	fefbe0e3          	bltu	s7,a5,804008c4 <proc_spawn+0x126>
804008e8:	47b2                	lw	a5,12(sp)
804008ea:	df8d                	beqz	a5,80400824 <proc_spawn+0x86>
804008ec:	45d6                	lw	a1,84(sp)
804008ee:	0249a503          	lw	a0,36(s3)
804008f2:	4621                	li	a2,8
804008f4:	4e2020ef          	jal	80402dd6 <uvm_kva>
804008f8:	1e050563          	beqz	a0,80400ae2 <proc_spawn+0x344>
804008fc:	4732                	lw	a4,12(sp)
804008fe:	6785                	lui	a5,0x1
80400900:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80400902:	00f70bb3          	add	s7,a4,a5
80400906:	0249a503          	lw	a0,36(s3)
8040090a:	77fd                	lui	a5,0xfffff
8040090c:	00fbfbb3          	and	s7,s7,a5
80400910:	0379a623          	sw	s7,44(s3)
80400914:	0379a423          	sw	s7,40(s3)
80400918:	4699                	li	a3,6
8040091a:	6641                	lui	a2,0x10
8040091c:	0bfe05b7          	lui	a1,0xbfe0
80400920:	4bd6                	lw	s7,84(sp)
80400922:	31c020ef          	jal	80402c3e <uvm_alloc>
80400926:	8b2a                	mv	s6,a0
80400928:	10051c63          	bnez	a0,80400a40 <proc_spawn+0x2a2>
8040092c:	03c10c13          	add	s8,sp,60
80400930:	0bff0ab7          	lui	s5,0xbff0
80400934:	02000d13          	li	s10,32
80400938:	f401fcb7          	lui	s9,0xf401f
8040093c:	a00d                	j	8040095e <proc_spawn+0x1c0>
8040093e:	02a7ee63          	bltu	a5,a0,8040097a <proc_spawn+0x1dc>
80400942:	00092603          	lw	a2,0(s2)
80400946:	0249a503          	lw	a0,36(s3)
8040094a:	0b05                	add	s6,s6,1
8040094c:	0911                	add	s2,s2,4
8040094e:	58e020ef          	jal	80402edc <copyout>
80400952:	015c2023          	sw	s5,0(s8)
80400956:	842a                	mv	s0,a0
80400958:	0c11                	add	s8,s8,4
8040095a:	0e051763          	bnez	a0,80400a48 <proc_spawn+0x2aa>
8040095e:	00092503          	lw	a0,0(s2)
80400962:	c56d                	beqz	a0,80400a4c <proc_spawn+0x2ae>
80400964:	167010ef          	jal	804022ca <strlen>
80400968:	0505                	add	a0,a0,1
8040096a:	019a87b3          	add	a5,s5,s9
8040096e:	40aa8ab3          	sub	s5,s5,a0
80400972:	86aa                	mv	a3,a0
80400974:	85d6                	mv	a1,s5
80400976:	fdab14e3          	bne	s6,s10,8040093e <proc_spawn+0x1a0>
8040097a:	4542                	lw	a0,16(sp)
8040097c:	16051963          	bnez	a0,80400aee <proc_spawn+0x350>
80400980:	5429                	li	s0,-22
80400982:	b575                	j	8040082e <proc_spawn+0x90>
80400984:	57c2                	lw	a5,48(sp)
80400986:	db95                	beqz	a5,804008ba <proc_spawn+0x11c>
80400988:	56b2                	lw	a3,44(sp)
8040098a:	0249ab03          	lw	s6,36(s3)
8040098e:	e8d7ebe3          	bltu	a5,a3,80400824 <proc_spawn+0x86>
80400992:	5592                	lw	a1,36(sp)
80400994:	787d                	lui	a6,0xfffff
80400996:	0bfde6b7          	lui	a3,0xbfde
8040099a:	01058633          	add	a2,a1,a6
8040099e:	e8c6e3e3          	bltu	a3,a2,80400824 <proc_spawn+0x86>
804009a2:	0bfdf6b7          	lui	a3,0xbfdf
804009a6:	8e8d                	sub	a3,a3,a1
804009a8:	e6f6eee3          	bltu	a3,a5,80400824 <proc_spawn+0x86>
804009ac:	5552                	lw	a0,52(sp)
804009ae:	00b78633          	add	a2,a5,a1
804009b2:	6785                	lui	a5,0x1
804009b4:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804009b6:	963e                	add	a2,a2,a5
804009b8:	00155693          	srl	a3,a0,0x1
804009bc:	00351793          	sll	a5,a0,0x3
804009c0:	0105f5b3          	and	a1,a1,a6
804009c4:	01067633          	and	a2,a2,a6
804009c8:	8a89                	and	a3,a3,2
804009ca:	8ba1                	and	a5,a5,8
804009cc:	8909                	and	a0,a0,2
804009ce:	8e0d                	sub	a2,a2,a1
804009d0:	8edd                	or	a3,a3,a5
804009d2:	c12d                	beqz	a0,80400a34 <proc_spawn+0x296>
804009d4:	0066e693          	or	a3,a3,6
804009d8:	855a                	mv	a0,s6
804009da:	264020ef          	jal	80402c3e <uvm_alloc>
804009de:	6c05                	lui	s8,0x1
804009e0:	842a                	mv	s0,a0
804009e2:	4d01                	li	s10,0
804009e4:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009e8:	cd19                	beqz	a0,80400a06 <proc_spawn+0x268>
804009ea:	a8c5                	j	80400ada <proc_spawn+0x33c>
804009ec:	01b7f363          	bgeu	a5,s11,804009f2 <proc_spawn+0x254>
804009f0:	8dbe                	mv	s11,a5
804009f2:	3e4020ef          	jal	80402dd6 <uvm_kva>
804009f6:	5582                	lw	a1,32(sp)
804009f8:	862a                	mv	a2,a0
804009fa:	86ee                	mv	a3,s11
804009fc:	95ea                	add	a1,a1,s10
804009fe:	0808                	add	a0,sp,16
80400a00:	3399                	jal	80400746 <image_read>
80400a02:	9d6e                	add	s10,s10,s11
80400a04:	e91d                	bnez	a0,80400a3a <proc_spawn+0x29c>
80400a06:	5812                	lw	a6,36(sp)
80400a08:	56b2                	lw	a3,44(sp)
80400a0a:	4601                	li	a2,0
80400a0c:	010d05b3          	add	a1,s10,a6
80400a10:	0195f7b3          	and	a5,a1,s9
80400a14:	855a                	mv	a0,s6
80400a16:	41a68db3          	sub	s11,a3,s10
80400a1a:	40fc07b3          	sub	a5,s8,a5
80400a1e:	fcdd67e3          	bltu	s10,a3,804009ec <proc_spawn+0x24e>
80400a22:	57c2                	lw	a5,48(sp)
80400a24:	983e                	add	a6,a6,a5
80400a26:	47b2                	lw	a5,12(sp)
80400a28:	eb07f9e3          	bgeu	a5,a6,804008da <proc_spawn+0x13c>
80400a2c:	c642                	sw	a6,12(sp)
80400a2e:	ea0458e3          	bgez	s0,804008de <proc_spawn+0x140>
80400a32:	bbd5                	j	80400826 <proc_spawn+0x88>
80400a34:	f2d5                	bnez	a3,804009d8 <proc_spawn+0x23a>
80400a36:	4689                	li	a3,2
80400a38:	b745                	j	804009d8 <proc_spawn+0x23a>
80400a3a:	5812                	lw	a6,36(sp)
80400a3c:	842a                	mv	s0,a0
80400a3e:	b7d5                	j	80400a22 <proc_spawn+0x284>
80400a40:	842a                	mv	s0,a0
80400a42:	0bff0ab7          	lui	s5,0xbff0
80400a46:	4b01                	li	s6,0
80400a48:	dc044fe3          	bltz	s0,80400826 <proc_spawn+0x88>
80400a4c:	001b0693          	add	a3,s6,1
80400a50:	002b1713          	sll	a4,s6,0x2
80400a54:	0349a783          	lw	a5,52(s3)
80400a58:	068a                	sll	a3,a3,0x2
80400a5a:	0810                	add	a2,sp,16
80400a5c:	0b070713          	add	a4,a4,176
80400a60:	0249a503          	lw	a0,36(s3)
80400a64:	9732                	add	a4,a4,a2
80400a66:	40da85b3          	sub	a1,s5,a3
80400a6a:	f6072e23          	sw	zero,-132(a4)
80400a6e:	99c1                	and	a1,a1,-16
80400a70:	0367a423          	sw	s6,40(a5)
80400a74:	d7cc                	sw	a1,44(a5)
80400a76:	c78c                	sw	a1,8(a5)
80400a78:	1870                	add	a2,sp,60
80400a7a:	462020ef          	jal	80402edc <copyout>
80400a7e:	842a                	mv	s0,a0
80400a80:	4542                	lw	a0,16(sp)
80400a82:	c119                	beqz	a0,80400a88 <proc_spawn+0x2ea>
80400a84:	22d000ef          	jal	804014b0 <iput>
80400a88:	da0443e3          	bltz	s0,8040082e <proc_spawn+0x90>
80400a8c:	0349a783          	lw	a5,52(s3)
80400a90:	85a6                	mv	a1,s1
80400a92:	0977a023          	sw	s7,128(a5)
80400a96:	0004c703          	lbu	a4,0(s1)
80400a9a:	c31d                	beqz	a4,80400ac0 <proc_spawn+0x322>
80400a9c:	02f00693          	li	a3,47
80400aa0:	0014c783          	lbu	a5,1(s1)
80400aa4:	0485                	add	s1,s1,1
80400aa6:	00d70963          	beq	a4,a3,80400ab8 <proc_spawn+0x31a>
80400aaa:	cb99                	beqz	a5,80400ac0 <proc_spawn+0x322>
80400aac:	873e                	mv	a4,a5
80400aae:	0014c783          	lbu	a5,1(s1)
80400ab2:	0485                	add	s1,s1,1
80400ab4:	fed71be3          	bne	a4,a3,80400aaa <proc_spawn+0x30c>
80400ab8:	c781                	beqz	a5,80400ac0 <proc_spawn+0x322>
80400aba:	85a6                	mv	a1,s1
80400abc:	873e                	mv	a4,a5
80400abe:	bfc5                	j	80400aae <proc_spawn+0x310>
80400ac0:	4641                	li	a2,16
80400ac2:	00c98513          	add	a0,s3,12
80400ac6:	07b010ef          	jal	80402340 <strlcpy_k>
80400aca:	4789                	li	a5,2
80400acc:	0049a403          	lw	s0,4(s3)
80400ad0:	0149a423          	sw	s4,8(s3)
80400ad4:	00f9a023          	sw	a5,0(s3)
80400ad8:	b3a5                	j	80400840 <proc_spawn+0xa2>
80400ada:	5812                	lw	a6,36(sp)
80400adc:	b799                	j	80400a22 <proc_spawn+0x284>
80400ade:	5479                	li	s0,-2
80400ae0:	b385                	j	80400840 <proc_spawn+0xa2>
80400ae2:	4542                	lw	a0,16(sp)
80400ae4:	c119                	beqz	a0,80400aea <proc_spawn+0x34c>
80400ae6:	1cb000ef          	jal	804014b0 <iput>
80400aea:	5461                	li	s0,-8
80400aec:	b389                	j	8040082e <proc_spawn+0x90>
80400aee:	1c3000ef          	jal	804014b0 <iput>
80400af2:	5429                	li	s0,-22
80400af4:	bb2d                	j	8040082e <proc_spawn+0x90>

80400af6 <file_console>:
80400af6:	80427537          	lui	a0,0x80427
80400afa:	00050513          	mv	a0,a0
80400afe:	8082                	ret

80400b00 <file_alloc>:
80400b00:	1141                	add	sp,sp,-16
80400b02:	8046d7b7          	lui	a5,0x8046d
80400b06:	c606                	sw	ra,12(sp)
80400b08:	c422                	sw	s0,8(sp)
80400b0a:	89478793          	add	a5,a5,-1900 # 8046c894 <files+0x4>
80400b0e:	4701                	li	a4,0
80400b10:	08000613          	li	a2,128
80400b14:	a021                	j	80400b1c <file_alloc+0x1c>
80400b16:	0705                	add	a4,a4,1
80400b18:	02c70a63          	beq	a4,a2,80400b4c <file_alloc+0x4c>
80400b1c:	4394                	lw	a3,0(a5)
80400b1e:	07f1                	add	a5,a5,28
80400b20:	fafd                	bnez	a3,80400b16 <file_alloc+0x16>
80400b22:	00371413          	sll	s0,a4,0x3
80400b26:	8c19                	sub	s0,s0,a4
80400b28:	8046d7b7          	lui	a5,0x8046d
80400b2c:	89078793          	add	a5,a5,-1904 # 8046c890 <files>
80400b30:	040a                	sll	s0,s0,0x2
80400b32:	943e                	add	s0,s0,a5
80400b34:	8522                	mv	a0,s0
80400b36:	4671                	li	a2,28
80400b38:	4581                	li	a1,0
80400b3a:	6ee010ef          	jal	80402228 <memset>
80400b3e:	4785                	li	a5,1
80400b40:	40b2                	lw	ra,12(sp)
80400b42:	c05c                	sw	a5,4(s0)
80400b44:	8522                	mv	a0,s0
80400b46:	4422                	lw	s0,8(sp)
80400b48:	0141                	add	sp,sp,16
80400b4a:	8082                	ret
80400b4c:	4401                	li	s0,0
80400b4e:	40b2                	lw	ra,12(sp)
80400b50:	8522                	mv	a0,s0
80400b52:	4422                	lw	s0,8(sp)
80400b54:	0141                	add	sp,sp,16
80400b56:	8082                	ret

80400b58 <file_dup>:
80400b58:	4158                	lw	a4,4(a0)
80400b5a:	0705                	add	a4,a4,1
80400b5c:	c158                	sw	a4,4(a0)
80400b5e:	8082                	ret

80400b60 <file_close>:
80400b60:	415c                	lw	a5,4(a0)
80400b62:	1141                	add	sp,sp,-16
80400b64:	c606                	sw	ra,12(sp)
80400b66:	c422                	sw	s0,8(sp)
80400b68:	02f05c63          	blez	a5,80400ba0 <file_close+0x40>
80400b6c:	17fd                	add	a5,a5,-1
80400b6e:	c15c                	sw	a5,4(a0)
80400b70:	842a                	mv	s0,a0
80400b72:	ef89                	bnez	a5,80400b8c <file_close+0x2c>
80400b74:	804277b7          	lui	a5,0x80427
80400b78:	00078793          	mv	a5,a5
80400b7c:	00f50863          	beq	a0,a5,80400b8c <file_close+0x2c>
80400b80:	4118                	lw	a4,0(a0)
80400b82:	4789                	li	a5,2
80400b84:	00f70863          	beq	a4,a5,80400b94 <file_close+0x34>
80400b88:	00042023          	sw	zero,0(s0)
80400b8c:	40b2                	lw	ra,12(sp)
80400b8e:	4422                	lw	s0,8(sp)
80400b90:	0141                	add	sp,sp,16
80400b92:	8082                	ret
80400b94:	4948                	lw	a0,20(a0)
80400b96:	11b000ef          	jal	804014b0 <iput>
80400b9a:	e10ff0ef          	jal	804001aa <bio_flush>
80400b9e:	b7ed                	j	80400b88 <file_close+0x28>
80400ba0:	80405537          	lui	a0,0x80405
80400ba4:	05850513          	add	a0,a0,88 # 80405058 <__udivdi3+0xfac>
80400ba8:	0c8010ef          	jal	80401c70 <panic>

80400bac <file_read>:
80400bac:	4514                	lw	a3,8(a0)
80400bae:	c2a9                	beqz	a3,80400bf0 <file_read+0x44>
80400bb0:	8732                	mv	a4,a2
80400bb2:	4110                	lw	a2,0(a0)
80400bb4:	1141                	add	sp,sp,-16
80400bb6:	c422                	sw	s0,8(sp)
80400bb8:	c606                	sw	ra,12(sp)
80400bba:	4685                	li	a3,1
80400bbc:	842a                	mv	s0,a0
80400bbe:	87ae                	mv	a5,a1
80400bc0:	02d60163          	beq	a2,a3,80400be2 <file_read+0x36>
80400bc4:	4d14                	lw	a3,24(a0)
80400bc6:	4948                	lw	a0,20(a0)
80400bc8:	862e                	mv	a2,a1
80400bca:	4585                	li	a1,1
80400bcc:	229000ef          	jal	804015f4 <readi>
80400bd0:	00a05563          	blez	a0,80400bda <file_read+0x2e>
80400bd4:	4c1c                	lw	a5,24(s0)
80400bd6:	97aa                	add	a5,a5,a0
80400bd8:	cc1c                	sw	a5,24(s0)
80400bda:	40b2                	lw	ra,12(sp)
80400bdc:	4422                	lw	s0,8(sp)
80400bde:	0141                	add	sp,sp,16
80400be0:	8082                	ret
80400be2:	4422                	lw	s0,8(sp)
80400be4:	40b2                	lw	ra,12(sp)
80400be6:	85ba                	mv	a1,a4
80400be8:	853e                	mv	a0,a5
80400bea:	0141                	add	sp,sp,16
80400bec:	e8aff06f          	j	80400276 <console_read>
80400bf0:	555d                	li	a0,-9
80400bf2:	8082                	ret

80400bf4 <file_write>:
80400bf4:	4554                	lw	a3,12(a0)
80400bf6:	c6b1                	beqz	a3,80400c42 <file_write+0x4e>
80400bf8:	8732                	mv	a4,a2
80400bfa:	4110                	lw	a2,0(a0)
80400bfc:	1141                	add	sp,sp,-16
80400bfe:	c422                	sw	s0,8(sp)
80400c00:	c606                	sw	ra,12(sp)
80400c02:	4685                	li	a3,1
80400c04:	842a                	mv	s0,a0
80400c06:	87ae                	mv	a5,a1
80400c08:	02d60663          	beq	a2,a3,80400c34 <file_write+0x40>
80400c0c:	4914                	lw	a3,16(a0)
80400c0e:	4948                	lw	a0,20(a0)
80400c10:	ee99                	bnez	a3,80400c2e <file_write+0x3a>
80400c12:	4c14                	lw	a3,24(s0)
80400c14:	863e                	mv	a2,a5
80400c16:	4585                	li	a1,1
80400c18:	2b1000ef          	jal	804016c8 <writei>
80400c1c:	00a05563          	blez	a0,80400c26 <file_write+0x32>
80400c20:	4c1c                	lw	a5,24(s0)
80400c22:	97aa                	add	a5,a5,a0
80400c24:	cc1c                	sw	a5,24(s0)
80400c26:	40b2                	lw	ra,12(sp)
80400c28:	4422                	lw	s0,8(sp)
80400c2a:	0141                	add	sp,sp,16
80400c2c:	8082                	ret
80400c2e:	4554                	lw	a3,12(a0)
80400c30:	cc14                	sw	a3,24(s0)
80400c32:	b7cd                	j	80400c14 <file_write+0x20>
80400c34:	4422                	lw	s0,8(sp)
80400c36:	40b2                	lw	ra,12(sp)
80400c38:	85ba                	mv	a1,a4
80400c3a:	853e                	mv	a0,a5
80400c3c:	0141                	add	sp,sp,16
80400c3e:	ef0ff06f          	j	8040032e <console_write>
80400c42:	555d                	li	a0,-9
80400c44:	8082                	ret

80400c46 <file_seek>:
80400c46:	411c                	lw	a5,0(a0)
80400c48:	4709                	li	a4,2
80400c4a:	02e79963          	bne	a5,a4,80400c7c <file_seek+0x36>
80400c4e:	c21d                	beqz	a2,80400c74 <file_seek+0x2e>
80400c50:	4705                	li	a4,1
80400c52:	02e60363          	beq	a2,a4,80400c78 <file_seek+0x32>
80400c56:	02f61363          	bne	a2,a5,80400c7c <file_seek+0x36>
80400c5a:	495c                	lw	a5,20(a0)
80400c5c:	47dc                	lw	a5,12(a5)
80400c5e:	97ae                	add	a5,a5,a1
80400c60:	00b7b733          	sltu	a4,a5,a1
80400c64:	81fd                	srl	a1,a1,0x1f
80400c66:	00e59b63          	bne	a1,a4,80400c7c <file_seek+0x36>
80400c6a:	0007c963          	bltz	a5,80400c7c <file_seek+0x36>
80400c6e:	cd1c                	sw	a5,24(a0)
80400c70:	853e                	mv	a0,a5
80400c72:	8082                	ret
80400c74:	4781                	li	a5,0
80400c76:	b7e5                	j	80400c5e <file_seek+0x18>
80400c78:	4d1c                	lw	a5,24(a0)
80400c7a:	b7d5                	j	80400c5e <file_seek+0x18>
80400c7c:	5529                	li	a0,-22
80400c7e:	8082                	ret

80400c80 <bfree>:
80400c80:	804707b7          	lui	a5,0x80470
80400c84:	89078793          	add	a5,a5,-1904 # 8046f890 <sb>
80400c88:	5398                	lw	a4,32(a5)
80400c8a:	1101                	add	sp,sp,-32
80400c8c:	c84a                	sw	s2,16(sp)
80400c8e:	ce06                	sw	ra,28(sp)
80400c90:	cc22                	sw	s0,24(sp)
80400c92:	ca26                	sw	s1,20(sp)
80400c94:	c64e                	sw	s3,12(sp)
80400c96:	892a                	mv	s2,a0
80400c98:	04e56d63          	bltu	a0,a4,80400cf2 <bfree+0x72>
80400c9c:	4798                	lw	a4,8(a5)
80400c9e:	04e57a63          	bgeu	a0,a4,80400cf2 <bfree+0x72>
80400ca2:	4b98                	lw	a4,16(a5)
80400ca4:	4485                	li	s1,1
80400ca6:	00757793          	and	a5,a0,7
80400caa:	813d                	srl	a0,a0,0xf
80400cac:	00f494b3          	sll	s1,s1,a5
80400cb0:	953a                	add	a0,a0,a4
80400cb2:	01191793          	sll	a5,s2,0x11
80400cb6:	0147d413          	srl	s0,a5,0x14
80400cba:	c54ff0ef          	jal	8040010e <bread>
80400cbe:	008507b3          	add	a5,a0,s0
80400cc2:	0187c703          	lbu	a4,24(a5)
80400cc6:	0ff4f493          	zext.b	s1,s1
80400cca:	89aa                	mv	s3,a0
80400ccc:	009776b3          	and	a3,a4,s1
80400cd0:	ca85                	beqz	a3,80400d00 <bfree+0x80>
80400cd2:	fff4c493          	not	s1,s1
80400cd6:	8f65                	and	a4,a4,s1
80400cd8:	00e78c23          	sb	a4,24(a5)
80400cdc:	c92ff0ef          	jal	8040016e <bdirty>
80400ce0:	4462                	lw	s0,24(sp)
80400ce2:	40f2                	lw	ra,28(sp)
80400ce4:	44d2                	lw	s1,20(sp)
80400ce6:	4942                	lw	s2,16(sp)
80400ce8:	854e                	mv	a0,s3
80400cea:	49b2                	lw	s3,12(sp)
80400cec:	6105                	add	sp,sp,32
80400cee:	c86ff06f          	j	80400174 <brelse>
80400cf2:	80405537          	lui	a0,0x80405
80400cf6:	85ca                	mv	a1,s2
80400cf8:	07050513          	add	a0,a0,112 # 80405070 <__udivdi3+0xfc4>
80400cfc:	775000ef          	jal	80401c70 <panic>
80400d00:	80405537          	lui	a0,0x80405
80400d04:	85ca                	mv	a1,s2
80400d06:	09850513          	add	a0,a0,152 # 80405098 <__udivdi3+0xfec>
80400d0a:	767000ef          	jal	80401c70 <panic>

80400d0e <trim_indirect>:
80400d0e:	7179                	add	sp,sp,-48
80400d10:	ce4e                	sw	s3,28(sp)
80400d12:	cc52                	sw	s4,24(sp)
80400d14:	c85a                	sw	s6,16(sp)
80400d16:	c65e                	sw	s7,12(sp)
80400d18:	c266                	sw	s9,4(sp)
80400d1a:	d606                	sw	ra,44(sp)
80400d1c:	d422                	sw	s0,40(sp)
80400d1e:	d226                	sw	s1,36(sp)
80400d20:	d04a                	sw	s2,32(sp)
80400d22:	ca56                	sw	s5,20(sp)
80400d24:	c462                	sw	s8,8(sp)
80400d26:	c06a                	sw	s10,0(sp)
80400d28:	4785                	li	a5,1
80400d2a:	8cb2                	mv	s9,a2
80400d2c:	8baa                	mv	s7,a0
80400d2e:	8b2e                	mv	s6,a1
80400d30:	89b6                	mv	s3,a3
80400d32:	4a05                	li	s4,1
80400d34:	00f60463          	beq	a2,a5,80400d3c <trim_indirect+0x2e>
80400d38:	40000a13          	li	s4,1024
80400d3c:	855e                	mv	a0,s7
80400d3e:	6a85                	lui	s5,0x1
80400d40:	bceff0ef          	jal	8040010e <bread>
80400d44:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80400d46:	8c2a                	mv	s8,a0
80400d48:	01850413          	add	s0,a0,24
80400d4c:	9aaa                	add	s5,s5,a0
80400d4e:	84da                	mv	s1,s6
80400d50:	4d05                	li	s10,1
80400d52:	4008                	lw	a0,0(s0)
80400d54:	009a0933          	add	s2,s4,s1
80400d58:	cd01                	beqz	a0,80400d70 <trim_indirect+0x62>
80400d5a:	0129fb63          	bgeu	s3,s2,80400d70 <trim_indirect+0x62>
80400d5e:	86ce                	mv	a3,s3
80400d60:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b2bfff>
80400d64:	85a6                	mv	a1,s1
80400d66:	03ac8c63          	beq	s9,s10,80400d9e <trim_indirect+0x90>
80400d6a:	3755                	jal	80400d0e <trim_indirect>
80400d6c:	0334fc63          	bgeu	s1,s3,80400da4 <trim_indirect+0x96>
80400d70:	0411                	add	s0,s0,4
80400d72:	84ca                	mv	s1,s2
80400d74:	fd541fe3          	bne	s0,s5,80400d52 <trim_indirect+0x44>
80400d78:	8562                	mv	a0,s8
80400d7a:	bfaff0ef          	jal	80400174 <brelse>
80400d7e:	033b7963          	bgeu	s6,s3,80400db0 <trim_indirect+0xa2>
80400d82:	50b2                	lw	ra,44(sp)
80400d84:	5422                	lw	s0,40(sp)
80400d86:	5492                	lw	s1,36(sp)
80400d88:	5902                	lw	s2,32(sp)
80400d8a:	49f2                	lw	s3,28(sp)
80400d8c:	4a62                	lw	s4,24(sp)
80400d8e:	4ad2                	lw	s5,20(sp)
80400d90:	4b42                	lw	s6,16(sp)
80400d92:	4bb2                	lw	s7,12(sp)
80400d94:	4c22                	lw	s8,8(sp)
80400d96:	4c92                	lw	s9,4(sp)
80400d98:	4d02                	lw	s10,0(sp)
80400d9a:	6145                	add	sp,sp,48
80400d9c:	8082                	ret
80400d9e:	35cd                	jal	80400c80 <bfree>
80400da0:	fd34e8e3          	bltu	s1,s3,80400d70 <trim_indirect+0x62>
80400da4:	00042023          	sw	zero,0(s0)
80400da8:	8562                	mv	a0,s8
80400daa:	bc4ff0ef          	jal	8040016e <bdirty>
80400dae:	b7c9                	j	80400d70 <trim_indirect+0x62>
80400db0:	5422                	lw	s0,40(sp)
80400db2:	50b2                	lw	ra,44(sp)
80400db4:	5492                	lw	s1,36(sp)
80400db6:	5902                	lw	s2,32(sp)
80400db8:	49f2                	lw	s3,28(sp)
80400dba:	4a62                	lw	s4,24(sp)
80400dbc:	4ad2                	lw	s5,20(sp)
80400dbe:	4b42                	lw	s6,16(sp)
80400dc0:	4c22                	lw	s8,8(sp)
80400dc2:	4c92                	lw	s9,4(sp)
80400dc4:	4d02                	lw	s10,0(sp)
80400dc6:	855e                	mv	a0,s7
80400dc8:	4bb2                	lw	s7,12(sp)
80400dca:	6145                	add	sp,sp,48
80400dcc:	bd55                	j	80400c80 <bfree>

80400dce <iget.part.0>:
80400dce:	1141                	add	sp,sp,-16
80400dd0:	8046e7b7          	lui	a5,0x8046e
80400dd4:	c422                	sw	s0,8(sp)
80400dd6:	c226                	sw	s1,4(sp)
80400dd8:	c606                	sw	ra,12(sp)
80400dda:	84aa                	mv	s1,a0
80400ddc:	4401                	li	s0,0
80400dde:	69078513          	add	a0,a5,1680 # 8046e690 <inodes>
80400de2:	4701                	li	a4,0
80400de4:	69078793          	add	a5,a5,1680
80400de8:	04000593          	li	a1,64
80400dec:	a809                	j	80400dfe <iget.part.0+0x30>
80400dee:	4390                	lw	a2,0(a5)
80400df0:	08960263          	beq	a2,s1,80400e74 <iget.part.0+0xa6>
80400df4:	0705                	add	a4,a4,1
80400df6:	04878793          	add	a5,a5,72
80400dfa:	00b70d63          	beq	a4,a1,80400e14 <iget.part.0+0x46>
80400dfe:	43d4                	lw	a3,4(a5)
80400e00:	fed047e3          	bgtz	a3,80400dee <iget.part.0+0x20>
80400e04:	f865                	bnez	s0,80400df4 <iget.part.0+0x26>
80400e06:	f6fd                	bnez	a3,80400df4 <iget.part.0+0x26>
80400e08:	0705                	add	a4,a4,1
80400e0a:	843e                	mv	s0,a5
80400e0c:	04878793          	add	a5,a5,72
80400e10:	feb717e3          	bne	a4,a1,80400dfe <iget.part.0+0x30>
80400e14:	c43d                	beqz	s0,80400e82 <iget.part.0+0xb4>
80400e16:	804707b7          	lui	a5,0x80470
80400e1a:	8a87a783          	lw	a5,-1880(a5) # 8046f8a8 <sb+0x18>
80400e1e:	0064d513          	srl	a0,s1,0x6
80400e22:	953e                	add	a0,a0,a5
80400e24:	aeaff0ef          	jal	8040010e <bread>
80400e28:	03f4f793          	and	a5,s1,63
80400e2c:	00679693          	sll	a3,a5,0x6
80400e30:	96aa                	add	a3,a3,a0
80400e32:	01868793          	add	a5,a3,24 # bfdf018 <_entry-0x74420fe8>
80400e36:	00840713          	add	a4,s0,8
80400e3a:	05868693          	add	a3,a3,88
80400e3e:	0007a883          	lw	a7,0(a5)
80400e42:	0047a803          	lw	a6,4(a5)
80400e46:	478c                	lw	a1,8(a5)
80400e48:	47d0                	lw	a2,12(a5)
80400e4a:	01172023          	sw	a7,0(a4)
80400e4e:	01072223          	sw	a6,4(a4)
80400e52:	c70c                	sw	a1,8(a4)
80400e54:	c750                	sw	a2,12(a4)
80400e56:	07c1                	add	a5,a5,16
80400e58:	0741                	add	a4,a4,16
80400e5a:	fed792e3          	bne	a5,a3,80400e3e <iget.part.0+0x70>
80400e5e:	b16ff0ef          	jal	80400174 <brelse>
80400e62:	4785                	li	a5,1
80400e64:	c004                	sw	s1,0(s0)
80400e66:	40b2                	lw	ra,12(sp)
80400e68:	c05c                	sw	a5,4(s0)
80400e6a:	8522                	mv	a0,s0
80400e6c:	4422                	lw	s0,8(sp)
80400e6e:	4492                	lw	s1,4(sp)
80400e70:	0141                	add	sp,sp,16
80400e72:	8082                	ret
80400e74:	00371413          	sll	s0,a4,0x3
80400e78:	943a                	add	s0,s0,a4
80400e7a:	040e                	sll	s0,s0,0x3
80400e7c:	942a                	add	s0,s0,a0
80400e7e:	0685                	add	a3,a3,1
80400e80:	c054                	sw	a3,4(s0)
80400e82:	40b2                	lw	ra,12(sp)
80400e84:	8522                	mv	a0,s0
80400e86:	4422                	lw	s0,8(sp)
80400e88:	4492                	lw	s1,4(sp)
80400e8a:	0141                	add	sp,sp,16
80400e8c:	8082                	ret

80400e8e <balloc>:
80400e8e:	7179                	add	sp,sp,-48
80400e90:	d04a                	sw	s2,32(sp)
80400e92:	80470937          	lui	s2,0x80470
80400e96:	89090913          	add	s2,s2,-1904 # 8046f890 <sb>
80400e9a:	02092783          	lw	a5,32(s2)
80400e9e:	00892703          	lw	a4,8(s2)
80400ea2:	ce4e                	sw	s3,28(sp)
80400ea4:	d606                	sw	ra,44(sp)
80400ea6:	d422                	sw	s0,40(sp)
80400ea8:	d226                	sw	s1,36(sp)
80400eaa:	cc52                	sw	s4,24(sp)
80400eac:	ca56                	sw	s5,20(sp)
80400eae:	c85a                	sw	s6,16(sp)
80400eb0:	c65e                	sw	s7,12(sp)
80400eb2:	c462                	sw	s8,8(sp)
80400eb4:	c266                	sw	s9,4(sp)
80400eb6:	40f709b3          	sub	s3,a4,a5
80400eba:	08f70963          	beq	a4,a5,80400f4c <balloc+0xbe>
80400ebe:	6a05                	lui	s4,0x1
80400ec0:	4c81                	li	s9,0
80400ec2:	80427ab7          	lui	s5,0x80427
80400ec6:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80400ec8:	4b05                	li	s6,1
80400eca:	a039                	j	80400ed8 <balloc+0x4a>
80400ecc:	aa8ff0ef          	jal	80400174 <brelse>
80400ed0:	07998e63          	beq	s3,s9,80400f4c <balloc+0xbe>
80400ed4:	02092783          	lw	a5,32(s2)
80400ed8:	024aa403          	lw	s0,36(s5) # 80427024 <alloc_hint>
80400edc:	01092703          	lw	a4,16(s2)
80400ee0:	9466                	add	s0,s0,s9
80400ee2:	8c1d                	sub	s0,s0,a5
80400ee4:	03347433          	remu	s0,s0,s3
80400ee8:	0c85                	add	s9,s9,1
80400eea:	943e                	add	s0,s0,a5
80400eec:	00f45513          	srl	a0,s0,0xf
80400ef0:	00345793          	srl	a5,s0,0x3
80400ef4:	953a                	add	a0,a0,a4
80400ef6:	0147f4b3          	and	s1,a5,s4
80400efa:	a14ff0ef          	jal	8040010e <bread>
80400efe:	009507b3          	add	a5,a0,s1
80400f02:	0187c703          	lbu	a4,24(a5)
80400f06:	00747b93          	and	s7,s0,7
80400f0a:	017b1bb3          	sll	s7,s6,s7
80400f0e:	0ffbfb93          	zext.b	s7,s7
80400f12:	017776b3          	and	a3,a4,s7
80400f16:	8c2a                	mv	s8,a0
80400f18:	fad5                	bnez	a3,80400ecc <balloc+0x3e>
80400f1a:	01776733          	or	a4,a4,s7
80400f1e:	00e78c23          	sb	a4,24(a5)
80400f22:	a4cff0ef          	jal	8040016e <bdirty>
80400f26:	8562                	mv	a0,s8
80400f28:	a4cff0ef          	jal	80400174 <brelse>
80400f2c:	8522                	mv	a0,s0
80400f2e:	a1cff0ef          	jal	8040014a <bclear>
80400f32:	a42ff0ef          	jal	80400174 <brelse>
80400f36:	00892703          	lw	a4,8(s2)
80400f3a:	00140793          	add	a5,s0,1
80400f3e:	00e7e463          	bltu	a5,a4,80400f46 <balloc+0xb8>
80400f42:	02092783          	lw	a5,32(s2)
80400f46:	02faa223          	sw	a5,36(s5)
80400f4a:	a011                	j	80400f4e <balloc+0xc0>
80400f4c:	4401                	li	s0,0
80400f4e:	50b2                	lw	ra,44(sp)
80400f50:	8522                	mv	a0,s0
80400f52:	5422                	lw	s0,40(sp)
80400f54:	5492                	lw	s1,36(sp)
80400f56:	5902                	lw	s2,32(sp)
80400f58:	49f2                	lw	s3,28(sp)
80400f5a:	4a62                	lw	s4,24(sp)
80400f5c:	4ad2                	lw	s5,20(sp)
80400f5e:	4b42                	lw	s6,16(sp)
80400f60:	4bb2                	lw	s7,12(sp)
80400f62:	4c22                	lw	s8,8(sp)
80400f64:	4c92                	lw	s9,4(sp)
80400f66:	6145                	add	sp,sp,48
80400f68:	8082                	ret

80400f6a <bmap>:
80400f6a:	1101                	add	sp,sp,-32
80400f6c:	cc22                	sw	s0,24(sp)
80400f6e:	ca26                	sw	s1,20(sp)
80400f70:	c84a                	sw	s2,16(sp)
80400f72:	ce06                	sw	ra,28(sp)
80400f74:	c64e                	sw	s3,12(sp)
80400f76:	c452                	sw	s4,8(sp)
80400f78:	47ad                	li	a5,11
80400f7a:	842e                	mv	s0,a1
80400f7c:	84aa                	mv	s1,a0
80400f7e:	8932                	mv	s2,a2
80400f80:	0cb7f163          	bgeu	a5,a1,80401042 <bmap+0xd8>
80400f84:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80400f88:	3ff00793          	li	a5,1023
80400f8c:	0f37f963          	bgeu	a5,s3,8040107e <bmap+0x114>
80400f90:	4168                	lw	a0,68(a0)
80400f92:	ed01                	bnez	a0,80400faa <bmap+0x40>
80400f94:	ee1d                	bnez	a2,80400fd2 <bmap+0x68>
80400f96:	4401                	li	s0,0
80400f98:	40f2                	lw	ra,28(sp)
80400f9a:	8522                	mv	a0,s0
80400f9c:	4462                	lw	s0,24(sp)
80400f9e:	44d2                	lw	s1,20(sp)
80400fa0:	4942                	lw	s2,16(sp)
80400fa2:	49b2                	lw	s3,12(sp)
80400fa4:	4a22                	lw	s4,8(sp)
80400fa6:	6105                	add	sp,sp,32
80400fa8:	8082                	ret
80400faa:	964ff0ef          	jal	8040010e <bread>
80400fae:	bf440413          	add	s0,s0,-1036
80400fb2:	00a45793          	srl	a5,s0,0xa
80400fb6:	01850993          	add	s3,a0,24
80400fba:	078a                	sll	a5,a5,0x2
80400fbc:	99be                	add	s3,s3,a5
80400fbe:	0009aa03          	lw	s4,0(s3)
80400fc2:	84aa                	mv	s1,a0
80400fc4:	080a1a63          	bnez	s4,80401058 <bmap+0xee>
80400fc8:	02091763          	bnez	s2,80400ff6 <bmap+0x8c>
80400fcc:	9a8ff0ef          	jal	80400174 <brelse>
80400fd0:	b7d9                	j	80400f96 <bmap+0x2c>
80400fd2:	3d75                	jal	80400e8e <balloc>
80400fd4:	c0e8                	sw	a0,68(s1)
80400fd6:	d161                	beqz	a0,80400f96 <bmap+0x2c>
80400fd8:	936ff0ef          	jal	8040010e <bread>
80400fdc:	bf440413          	add	s0,s0,-1036
80400fe0:	00a45793          	srl	a5,s0,0xa
80400fe4:	01850993          	add	s3,a0,24
80400fe8:	078a                	sll	a5,a5,0x2
80400fea:	99be                	add	s3,s3,a5
80400fec:	0009aa03          	lw	s4,0(s3)
80400ff0:	84aa                	mv	s1,a0
80400ff2:	060a1363          	bnez	s4,80401058 <bmap+0xee>
80400ff6:	3d61                	jal	80400e8e <balloc>
80400ff8:	892a                	mv	s2,a0
80400ffa:	8526                	mv	a0,s1
80400ffc:	fc0908e3          	beqz	s2,80400fcc <bmap+0x62>
80401000:	0129a023          	sw	s2,0(s3)
80401004:	96aff0ef          	jal	8040016e <bdirty>
80401008:	8526                	mv	a0,s1
8040100a:	96aff0ef          	jal	80400174 <brelse>
8040100e:	854a                	mv	a0,s2
80401010:	8feff0ef          	jal	8040010e <bread>
80401014:	3ff47413          	and	s0,s0,1023
80401018:	00241793          	sll	a5,s0,0x2
8040101c:	01850993          	add	s3,a0,24
80401020:	99be                	add	s3,s3,a5
80401022:	0009a403          	lw	s0,0(s3)
80401026:	84aa                	mv	s1,a0
80401028:	e809                	bnez	s0,8040103a <bmap+0xd0>
8040102a:	3595                	jal	80400e8e <balloc>
8040102c:	842a                	mv	s0,a0
8040102e:	c511                	beqz	a0,8040103a <bmap+0xd0>
80401030:	00a9a023          	sw	a0,0(s3)
80401034:	8526                	mv	a0,s1
80401036:	938ff0ef          	jal	8040016e <bdirty>
8040103a:	8526                	mv	a0,s1
8040103c:	938ff0ef          	jal	80400174 <brelse>
80401040:	bfa1                	j	80400f98 <bmap+0x2e>
80401042:	00259413          	sll	s0,a1,0x2
80401046:	008504b3          	add	s1,a0,s0
8040104a:	4880                	lw	s0,16(s1)
8040104c:	f431                	bnez	s0,80400f98 <bmap+0x2e>
8040104e:	d629                	beqz	a2,80400f98 <bmap+0x2e>
80401050:	3d3d                	jal	80400e8e <balloc>
80401052:	842a                	mv	s0,a0
80401054:	c888                	sw	a0,16(s1)
80401056:	b789                	j	80400f98 <bmap+0x2e>
80401058:	8526                	mv	a0,s1
8040105a:	91aff0ef          	jal	80400174 <brelse>
8040105e:	8552                	mv	a0,s4
80401060:	8aeff0ef          	jal	8040010e <bread>
80401064:	3ff47413          	and	s0,s0,1023
80401068:	040a                	sll	s0,s0,0x2
8040106a:	01850993          	add	s3,a0,24
8040106e:	99a2                	add	s3,s3,s0
80401070:	0009a403          	lw	s0,0(s3)
80401074:	84aa                	mv	s1,a0
80401076:	f071                	bnez	s0,8040103a <bmap+0xd0>
80401078:	fc0901e3          	beqz	s2,8040103a <bmap+0xd0>
8040107c:	b77d                	j	8040102a <bmap+0xc0>
8040107e:	4128                	lw	a0,64(a0)
80401080:	cd11                	beqz	a0,8040109c <bmap+0x132>
80401082:	88cff0ef          	jal	8040010e <bread>
80401086:	01850793          	add	a5,a0,24
8040108a:	098a                	sll	s3,s3,0x2
8040108c:	99be                	add	s3,s3,a5
8040108e:	0009a403          	lw	s0,0(s3)
80401092:	84aa                	mv	s1,a0
80401094:	f05d                	bnez	s0,8040103a <bmap+0xd0>
80401096:	fa0902e3          	beqz	s2,8040103a <bmap+0xd0>
8040109a:	bf41                	j	8040102a <bmap+0xc0>
8040109c:	ee060de3          	beqz	a2,80400f96 <bmap+0x2c>
804010a0:	33fd                	jal	80400e8e <balloc>
804010a2:	c0a8                	sw	a0,64(s1)
804010a4:	ee0509e3          	beqz	a0,80400f96 <bmap+0x2c>
804010a8:	866ff0ef          	jal	8040010e <bread>
804010ac:	01850793          	add	a5,a0,24
804010b0:	098a                	sll	s3,s3,0x2
804010b2:	99be                	add	s3,s3,a5
804010b4:	0009a403          	lw	s0,0(s3)
804010b8:	84aa                	mv	s1,a0
804010ba:	d825                	beqz	s0,8040102a <bmap+0xc0>
804010bc:	bfbd                	j	8040103a <bmap+0xd0>

804010be <fs_init>:
804010be:	1141                	add	sp,sp,-16
804010c0:	4501                	li	a0,0
804010c2:	c606                	sw	ra,12(sp)
804010c4:	c422                	sw	s0,8(sp)
804010c6:	c226                	sw	s1,4(sp)
804010c8:	80470437          	lui	s0,0x80470
804010cc:	842ff0ef          	jal	8040010e <bread>
804010d0:	01850593          	add	a1,a0,24
804010d4:	02400613          	li	a2,36
804010d8:	84aa                	mv	s1,a0
804010da:	89040513          	add	a0,s0,-1904 # 8046f890 <sb>
804010de:	18c010ef          	jal	8040226a <memcpy>
804010e2:	8526                	mv	a0,s1
804010e4:	890ff0ef          	jal	80400174 <brelse>
804010e8:	11a020ef          	jal	80403202 <disk_capacity>
804010ec:	89040793          	add	a5,s0,-1904
804010f0:	4394                	lw	a3,0(a5)
804010f2:	53466737          	lui	a4,0x53466
804010f6:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
804010fa:	08e69363          	bne	a3,a4,80401180 <fs_init+0xc2>
804010fe:	43cc                	lw	a1,4(a5)
80401100:	4705                	li	a4,1
80401102:	06e59f63          	bne	a1,a4,80401180 <fs_init+0xc2>
80401106:	4790                	lw	a2,8(a5)
80401108:	810d                	srl	a0,a0,0x3
8040110a:	06c56b63          	bltu	a0,a2,80401180 <fs_init+0xc2>
8040110e:	4b98                	lw	a4,16(a5)
80401110:	cb25                	beqz	a4,80401180 <fs_init+0xc2>
80401112:	4bc8                	lw	a0,20(a5)
80401114:	00f51693          	sll	a3,a0,0xf
80401118:	06c6e463          	bltu	a3,a2,80401180 <fs_init+0xc2>
8040111c:	4f94                	lw	a3,24(a5)
8040111e:	972a                	add	a4,a4,a0
80401120:	06e6e063          	bltu	a3,a4,80401180 <fs_init+0xc2>
80401124:	4fc8                	lw	a0,28(a5)
80401126:	47d8                	lw	a4,12(a5)
80401128:	00651813          	sll	a6,a0,0x6
8040112c:	04e86a63          	bltu	a6,a4,80401180 <fs_init+0xc2>
80401130:	04e5f863          	bgeu	a1,a4,80401180 <fs_init+0xc2>
80401134:	539c                	lw	a5,32(a5)
80401136:	96aa                	add	a3,a3,a0
80401138:	04d7e463          	bltu	a5,a3,80401180 <fs_init+0xc2>
8040113c:	04f66263          	bltu	a2,a5,80401180 <fs_init+0xc2>
80401140:	80427737          	lui	a4,0x80427
80401144:	4505                	li	a0,1
80401146:	02f72223          	sw	a5,36(a4) # 80427024 <alloc_hint>
8040114a:	3151                	jal	80400dce <iget.part.0>
8040114c:	804277b7          	lui	a5,0x80427
80401150:	02a7a423          	sw	a0,40(a5) # 80427028 <root>
80401154:	c105                	beqz	a0,80401174 <fs_init+0xb6>
80401156:	00855703          	lhu	a4,8(a0)
8040115a:	4789                	li	a5,2
8040115c:	00f71c63          	bne	a4,a5,80401174 <fs_init+0xb6>
80401160:	40b2                	lw	ra,12(sp)
80401162:	4422                	lw	s0,8(sp)
80401164:	804277b7          	lui	a5,0x80427
80401168:	4705                	li	a4,1
8040116a:	02e7a623          	sw	a4,44(a5) # 8042702c <mounted>
8040116e:	4492                	lw	s1,4(sp)
80401170:	0141                	add	sp,sp,16
80401172:	8082                	ret
80401174:	80405537          	lui	a0,0x80405
80401178:	0e450513          	add	a0,a0,228 # 804050e4 <__udivdi3+0x1038>
8040117c:	2f5000ef          	jal	80401c70 <panic>
80401180:	80405537          	lui	a0,0x80405
80401184:	0b850513          	add	a0,a0,184 # 804050b8 <__udivdi3+0x100c>
80401188:	2e9000ef          	jal	80401c70 <panic>

8040118c <fs_mounted>:
8040118c:	804277b7          	lui	a5,0x80427
80401190:	02c7a503          	lw	a0,44(a5) # 8042702c <mounted>
80401194:	8082                	ret

80401196 <fs_root>:
80401196:	804277b7          	lui	a5,0x80427
8040119a:	0287a503          	lw	a0,40(a5) # 80427028 <root>
8040119e:	8082                	ret

804011a0 <iupdate>:
804011a0:	1141                	add	sp,sp,-16
804011a2:	c422                	sw	s0,8(sp)
804011a4:	804707b7          	lui	a5,0x80470
804011a8:	4100                	lw	s0,0(a0)
804011aa:	8a87a783          	lw	a5,-1880(a5) # 8046f8a8 <sb+0x18>
804011ae:	c226                	sw	s1,4(sp)
804011b0:	84aa                	mv	s1,a0
804011b2:	00645513          	srl	a0,s0,0x6
804011b6:	953e                	add	a0,a0,a5
804011b8:	03f47413          	and	s0,s0,63
804011bc:	c04a                	sw	s2,0(sp)
804011be:	c606                	sw	ra,12(sp)
804011c0:	041a                	sll	s0,s0,0x6
804011c2:	f4dfe0ef          	jal	8040010e <bread>
804011c6:	008507b3          	add	a5,a0,s0
804011ca:	00848713          	add	a4,s1,8
804011ce:	892a                	mv	s2,a0
804011d0:	07e1                	add	a5,a5,24
804011d2:	04848493          	add	s1,s1,72
804011d6:	4308                	lw	a0,0(a4)
804011d8:	434c                	lw	a1,4(a4)
804011da:	4710                	lw	a2,8(a4)
804011dc:	4754                	lw	a3,12(a4)
804011de:	c388                	sw	a0,0(a5)
804011e0:	c3cc                	sw	a1,4(a5)
804011e2:	c790                	sw	a2,8(a5)
804011e4:	c7d4                	sw	a3,12(a5)
804011e6:	0741                	add	a4,a4,16
804011e8:	07c1                	add	a5,a5,16
804011ea:	fe9716e3          	bne	a4,s1,804011d6 <iupdate+0x36>
804011ee:	854a                	mv	a0,s2
804011f0:	f7ffe0ef          	jal	8040016e <bdirty>
804011f4:	4422                	lw	s0,8(sp)
804011f6:	40b2                	lw	ra,12(sp)
804011f8:	4492                	lw	s1,4(sp)
804011fa:	854a                	mv	a0,s2
804011fc:	4902                	lw	s2,0(sp)
804011fe:	0141                	add	sp,sp,16
80401200:	f75fe06f          	j	80400174 <brelse>

80401204 <trim_blocks>:
80401204:	7179                	add	sp,sp,-48
80401206:	d04a                	sw	s2,32(sp)
80401208:	cc52                	sw	s4,24(sp)
8040120a:	d606                	sw	ra,44(sp)
8040120c:	d422                	sw	s0,40(sp)
8040120e:	d226                	sw	s1,36(sp)
80401210:	ce4e                	sw	s3,28(sp)
80401212:	ca56                	sw	s5,20(sp)
80401214:	c85a                	sw	s6,16(sp)
80401216:	c65e                	sw	s7,12(sp)
80401218:	47ad                	li	a5,11
8040121a:	892e                	mv	s2,a1
8040121c:	8a2a                	mv	s4,a0
8040121e:	02b7e463          	bltu	a5,a1,80401246 <trim_blocks+0x42>
80401222:	00259413          	sll	s0,a1,0x2
80401226:	942a                	add	s0,s0,a0
80401228:	03050493          	add	s1,a0,48
8040122c:	a021                	j	80401234 <trim_blocks+0x30>
8040122e:	0411                	add	s0,s0,4
80401230:	00940b63          	beq	s0,s1,80401246 <trim_blocks+0x42>
80401234:	4808                	lw	a0,16(s0)
80401236:	dd65                	beqz	a0,8040122e <trim_blocks+0x2a>
80401238:	a49ff0ef          	jal	80400c80 <bfree>
8040123c:	0411                	add	s0,s0,4
8040123e:	00042623          	sw	zero,12(s0)
80401242:	fe9419e3          	bne	s0,s1,80401234 <trim_blocks+0x30>
80401246:	040a2b83          	lw	s7,64(s4)
8040124a:	020b9263          	bnez	s7,8040126e <trim_blocks+0x6a>
8040124e:	044a2b83          	lw	s7,68(s4)
80401252:	060b9d63          	bnez	s7,804012cc <trim_blocks+0xc8>
80401256:	5422                	lw	s0,40(sp)
80401258:	50b2                	lw	ra,44(sp)
8040125a:	5492                	lw	s1,36(sp)
8040125c:	5902                	lw	s2,32(sp)
8040125e:	49f2                	lw	s3,28(sp)
80401260:	4ad2                	lw	s5,20(sp)
80401262:	4b42                	lw	s6,16(sp)
80401264:	4bb2                	lw	s7,12(sp)
80401266:	8552                	mv	a0,s4
80401268:	4a62                	lw	s4,24(sp)
8040126a:	6145                	add	sp,sp,48
8040126c:	bf15                	j	804011a0 <iupdate>
8040126e:	855e                	mv	a0,s7
80401270:	e9ffe0ef          	jal	8040010e <bread>
80401274:	8b2a                	mv	s6,a0
80401276:	01850493          	add	s1,a0,24
8040127a:	4431                	li	s0,12
8040127c:	40c00a93          	li	s5,1036
80401280:	a029                	j	8040128a <trim_blocks+0x86>
80401282:	0491                	add	s1,s1,4
80401284:	844e                	mv	s0,s3
80401286:	03598563          	beq	s3,s5,804012b0 <trim_blocks+0xac>
8040128a:	4088                	lw	a0,0(s1)
8040128c:	00140993          	add	s3,s0,1
80401290:	d96d                	beqz	a0,80401282 <trim_blocks+0x7e>
80401292:	ff3978e3          	bgeu	s2,s3,80401282 <trim_blocks+0x7e>
80401296:	9ebff0ef          	jal	80400c80 <bfree>
8040129a:	ff2464e3          	bltu	s0,s2,80401282 <trim_blocks+0x7e>
8040129e:	0004a023          	sw	zero,0(s1)
804012a2:	855a                	mv	a0,s6
804012a4:	ecbfe0ef          	jal	8040016e <bdirty>
804012a8:	0491                	add	s1,s1,4
804012aa:	844e                	mv	s0,s3
804012ac:	fd599fe3          	bne	s3,s5,8040128a <trim_blocks+0x86>
804012b0:	855a                	mv	a0,s6
804012b2:	ec3fe0ef          	jal	80400174 <brelse>
804012b6:	47b1                	li	a5,12
804012b8:	0727fc63          	bgeu	a5,s2,80401330 <trim_blocks+0x12c>
804012bc:	040a2783          	lw	a5,64(s4)
804012c0:	04fa2023          	sw	a5,64(s4)
804012c4:	044a2b83          	lw	s7,68(s4)
804012c8:	f80b87e3          	beqz	s7,80401256 <trim_blocks+0x52>
804012cc:	855e                	mv	a0,s7
804012ce:	6a85                	lui	s5,0x1
804012d0:	e3ffe0ef          	jal	8040010e <bread>
804012d4:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
804012d6:	8b2a                	mv	s6,a0
804012d8:	01850413          	add	s0,a0,24
804012dc:	9aaa                	add	s5,s5,a0
804012de:	40c00493          	li	s1,1036
804012e2:	a029                	j	804012ec <trim_blocks+0xe8>
804012e4:	0411                	add	s0,s0,4
804012e6:	84ce                	mv	s1,s3
804012e8:	03540863          	beq	s0,s5,80401318 <trim_blocks+0x114>
804012ec:	4008                	lw	a0,0(s0)
804012ee:	40048993          	add	s3,s1,1024
804012f2:	85a6                	mv	a1,s1
804012f4:	86ca                	mv	a3,s2
804012f6:	4605                	li	a2,1
804012f8:	d575                	beqz	a0,804012e4 <trim_blocks+0xe0>
804012fa:	ff3975e3          	bgeu	s2,s3,804012e4 <trim_blocks+0xe0>
804012fe:	a11ff0ef          	jal	80400d0e <trim_indirect>
80401302:	ff24e1e3          	bltu	s1,s2,804012e4 <trim_blocks+0xe0>
80401306:	00042023          	sw	zero,0(s0)
8040130a:	855a                	mv	a0,s6
8040130c:	0411                	add	s0,s0,4
8040130e:	e61fe0ef          	jal	8040016e <bdirty>
80401312:	84ce                	mv	s1,s3
80401314:	fd541ce3          	bne	s0,s5,804012ec <trim_blocks+0xe8>
80401318:	855a                	mv	a0,s6
8040131a:	e5bfe0ef          	jal	80400174 <brelse>
8040131e:	40c00793          	li	a5,1036
80401322:	0127fe63          	bgeu	a5,s2,8040133e <trim_blocks+0x13a>
80401326:	044a2783          	lw	a5,68(s4)
8040132a:	04fa2223          	sw	a5,68(s4)
8040132e:	b725                	j	80401256 <trim_blocks+0x52>
80401330:	855e                	mv	a0,s7
80401332:	94fff0ef          	jal	80400c80 <bfree>
80401336:	4781                	li	a5,0
80401338:	04fa2023          	sw	a5,64(s4)
8040133c:	b761                	j	804012c4 <trim_blocks+0xc0>
8040133e:	855e                	mv	a0,s7
80401340:	941ff0ef          	jal	80400c80 <bfree>
80401344:	4781                	li	a5,0
80401346:	04fa2223          	sw	a5,68(s4)
8040134a:	b731                	j	80401256 <trim_blocks+0x52>

8040134c <inum_valid>:
8040134c:	c901                	beqz	a0,8040135c <inum_valid+0x10>
8040134e:	804707b7          	lui	a5,0x80470
80401352:	89c7a783          	lw	a5,-1892(a5) # 8046f89c <sb+0xc>
80401356:	00f53533          	sltu	a0,a0,a5
8040135a:	8082                	ret
8040135c:	4501                	li	a0,0
8040135e:	8082                	ret

80401360 <iget>:
80401360:	85aa                	mv	a1,a0
80401362:	c909                	beqz	a0,80401374 <iget+0x14>
80401364:	804707b7          	lui	a5,0x80470
80401368:	89c7a783          	lw	a5,-1892(a5) # 8046f89c <sb+0xc>
8040136c:	00f57463          	bgeu	a0,a5,80401374 <iget+0x14>
80401370:	a5fff06f          	j	80400dce <iget.part.0>
80401374:	80405537          	lui	a0,0x80405
80401378:	1141                	add	sp,sp,-16
8040137a:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0x1060>
8040137e:	c606                	sw	ra,12(sp)
80401380:	0f1000ef          	jal	80401c70 <panic>

80401384 <istat>:
80401384:	1141                	add	sp,sp,-16
80401386:	8046e7b7          	lui	a5,0x8046e
8040138a:	c422                	sw	s0,8(sp)
8040138c:	c226                	sw	s1,4(sp)
8040138e:	c04a                	sw	s2,0(sp)
80401390:	84b2                	mv	s1,a2
80401392:	c606                	sw	ra,12(sp)
80401394:	69078613          	add	a2,a5,1680 # 8046e690 <inodes>
80401398:	842a                	mv	s0,a0
8040139a:	892e                	mv	s2,a1
8040139c:	69078793          	add	a5,a5,1680
804013a0:	4701                	li	a4,0
804013a2:	04000813          	li	a6,64
804013a6:	a031                	j	804013b2 <istat+0x2e>
804013a8:	0705                	add	a4,a4,1
804013aa:	04878793          	add	a5,a5,72
804013ae:	03070963          	beq	a4,a6,804013e0 <istat+0x5c>
804013b2:	43d4                	lw	a3,4(a5)
804013b4:	fed05ae3          	blez	a3,804013a8 <istat+0x24>
804013b8:	4394                	lw	a3,0(a5)
804013ba:	fe8697e3          	bne	a3,s0,804013a8 <istat+0x24>
804013be:	00371793          	sll	a5,a4,0x3
804013c2:	97ba                	add	a5,a5,a4
804013c4:	078e                	sll	a5,a5,0x3
804013c6:	97b2                	add	a5,a5,a2
804013c8:	0087d703          	lhu	a4,8(a5)
804013cc:	47dc                	lw	a5,12(a5)
804013ce:	40b2                	lw	ra,12(sp)
804013d0:	4422                	lw	s0,8(sp)
804013d2:	00e91023          	sh	a4,0(s2)
804013d6:	c09c                	sw	a5,0(s1)
804013d8:	4902                	lw	s2,0(sp)
804013da:	4492                	lw	s1,4(sp)
804013dc:	0141                	add	sp,sp,16
804013de:	8082                	ret
804013e0:	804707b7          	lui	a5,0x80470
804013e4:	8a87a783          	lw	a5,-1880(a5) # 8046f8a8 <sb+0x18>
804013e8:	00645513          	srl	a0,s0,0x6
804013ec:	03f47413          	and	s0,s0,63
804013f0:	953e                	add	a0,a0,a5
804013f2:	d1dfe0ef          	jal	8040010e <bread>
804013f6:	041a                	sll	s0,s0,0x6
804013f8:	01850793          	add	a5,a0,24
804013fc:	97a2                	add	a5,a5,s0
804013fe:	0007d703          	lhu	a4,0(a5)
80401402:	43dc                	lw	a5,4(a5)
80401404:	4422                	lw	s0,8(sp)
80401406:	00e91023          	sh	a4,0(s2)
8040140a:	40b2                	lw	ra,12(sp)
8040140c:	4902                	lw	s2,0(sp)
8040140e:	c09c                	sw	a5,0(s1)
80401410:	4492                	lw	s1,4(sp)
80401412:	0141                	add	sp,sp,16
80401414:	d61fe06f          	j	80400174 <brelse>

80401418 <ialloc>:
80401418:	7179                	add	sp,sp,-48
8040141a:	d226                	sw	s1,36(sp)
8040141c:	804704b7          	lui	s1,0x80470
80401420:	89048493          	add	s1,s1,-1904 # 8046f890 <sb>
80401424:	44dc                	lw	a5,12(s1)
80401426:	d422                	sw	s0,40(sp)
80401428:	d04a                	sw	s2,32(sp)
8040142a:	ce4e                	sw	s3,28(sp)
8040142c:	d606                	sw	ra,44(sp)
8040142e:	4409                	li	s0,2
80401430:	89aa                	mv	s3,a0
80401432:	892e                	mv	s2,a1
80401434:	00f47e63          	bgeu	s0,a5,80401450 <ialloc+0x38>
80401438:	0070                	add	a2,sp,12
8040143a:	00a10593          	add	a1,sp,10
8040143e:	8522                	mv	a0,s0
80401440:	3791                	jal	80401384 <istat>
80401442:	00a15783          	lhu	a5,10(sp)
80401446:	cf89                	beqz	a5,80401460 <ialloc+0x48>
80401448:	44dc                	lw	a5,12(s1)
8040144a:	0405                	add	s0,s0,1
8040144c:	fef466e3          	bltu	s0,a5,80401438 <ialloc+0x20>
80401450:	5511                	li	a0,-28
80401452:	50b2                	lw	ra,44(sp)
80401454:	5422                	lw	s0,40(sp)
80401456:	5492                	lw	s1,36(sp)
80401458:	5902                	lw	s2,32(sp)
8040145a:	49f2                	lw	s3,28(sp)
8040145c:	6145                	add	sp,sp,48
8040145e:	8082                	ret
80401460:	44dc                	lw	a5,12(s1)
80401462:	04f47063          	bgeu	s0,a5,804014a2 <ialloc+0x8a>
80401466:	8522                	mv	a0,s0
80401468:	967ff0ef          	jal	80400dce <iget.part.0>
8040146c:	842a                	mv	s0,a0
8040146e:	5521                	li	a0,-24
80401470:	d06d                	beqz	s0,80401452 <ialloc+0x3a>
80401472:	04000613          	li	a2,64
80401476:	4581                	li	a1,0
80401478:	00840513          	add	a0,s0,8
8040147c:	5ad000ef          	jal	80402228 <memset>
80401480:	4785                	li	a5,1
80401482:	01341423          	sh	s3,8(s0)
80401486:	8522                	mv	a0,s0
80401488:	00f41523          	sh	a5,10(s0)
8040148c:	3b11                	jal	804011a0 <iupdate>
8040148e:	50b2                	lw	ra,44(sp)
80401490:	00892023          	sw	s0,0(s2)
80401494:	5422                	lw	s0,40(sp)
80401496:	5492                	lw	s1,36(sp)
80401498:	5902                	lw	s2,32(sp)
8040149a:	49f2                	lw	s3,28(sp)
8040149c:	4501                	li	a0,0
8040149e:	6145                	add	sp,sp,48
804014a0:	8082                	ret
804014a2:	80405537          	lui	a0,0x80405
804014a6:	85a2                	mv	a1,s0
804014a8:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0x1060>
804014ac:	7c4000ef          	jal	80401c70 <panic>

804014b0 <iput>:
804014b0:	415c                	lw	a5,4(a0)
804014b2:	1141                	add	sp,sp,-16
804014b4:	c422                	sw	s0,8(sp)
804014b6:	c606                	sw	ra,12(sp)
804014b8:	842a                	mv	s0,a0
804014ba:	04f05263          	blez	a5,804014fe <iput+0x4e>
804014be:	4705                	li	a4,1
804014c0:	00e78863          	beq	a5,a4,804014d0 <iput+0x20>
804014c4:	17fd                	add	a5,a5,-1
804014c6:	40b2                	lw	ra,12(sp)
804014c8:	c05c                	sw	a5,4(s0)
804014ca:	4422                	lw	s0,8(sp)
804014cc:	0141                	add	sp,sp,16
804014ce:	8082                	ret
804014d0:	00a55703          	lhu	a4,10(a0)
804014d4:	fb65                	bnez	a4,804014c4 <iput+0x14>
804014d6:	4581                	li	a1,0
804014d8:	00052623          	sw	zero,12(a0)
804014dc:	3325                	jal	80401204 <trim_blocks>
804014de:	04000613          	li	a2,64
804014e2:	4581                	li	a1,0
804014e4:	00840513          	add	a0,s0,8
804014e8:	541000ef          	jal	80402228 <memset>
804014ec:	8522                	mv	a0,s0
804014ee:	394d                	jal	804011a0 <iupdate>
804014f0:	405c                	lw	a5,4(s0)
804014f2:	40b2                	lw	ra,12(sp)
804014f4:	17fd                	add	a5,a5,-1
804014f6:	c05c                	sw	a5,4(s0)
804014f8:	4422                	lw	s0,8(sp)
804014fa:	0141                	add	sp,sp,16
804014fc:	8082                	ret
804014fe:	410c                	lw	a1,0(a0)
80401500:	80405537          	lui	a0,0x80405
80401504:	12850513          	add	a0,a0,296 # 80405128 <__udivdi3+0x107c>
80401508:	768000ef          	jal	80401c70 <panic>

8040150c <itrunc>:
8040150c:	1101                	add	sp,sp,-32
8040150e:	cc22                	sw	s0,24(sp)
80401510:	ca26                	sw	s1,20(sp)
80401512:	c64e                	sw	s3,12(sp)
80401514:	ce06                	sw	ra,28(sp)
80401516:	c84a                	sw	s2,16(sp)
80401518:	c452                	sw	s4,8(sp)
8040151a:	c256                	sw	s5,4(sp)
8040151c:	89aa                	mv	s3,a0
8040151e:	00052623          	sw	zero,12(a0)
80401522:	01050413          	add	s0,a0,16
80401526:	04050493          	add	s1,a0,64
8040152a:	a021                	j	80401532 <itrunc+0x26>
8040152c:	0411                	add	s0,s0,4
8040152e:	00940b63          	beq	s0,s1,80401544 <itrunc+0x38>
80401532:	4008                	lw	a0,0(s0)
80401534:	dd65                	beqz	a0,8040152c <itrunc+0x20>
80401536:	f4aff0ef          	jal	80400c80 <bfree>
8040153a:	0411                	add	s0,s0,4
8040153c:	fe042e23          	sw	zero,-4(s0)
80401540:	fe9419e3          	bne	s0,s1,80401532 <itrunc+0x26>
80401544:	0409aa03          	lw	s4,64(s3)
80401548:	020a1063          	bnez	s4,80401568 <itrunc+0x5c>
8040154c:	0449aa83          	lw	s5,68(s3)
80401550:	040a9d63          	bnez	s5,804015aa <itrunc+0x9e>
80401554:	4462                	lw	s0,24(sp)
80401556:	40f2                	lw	ra,28(sp)
80401558:	44d2                	lw	s1,20(sp)
8040155a:	4942                	lw	s2,16(sp)
8040155c:	4a22                	lw	s4,8(sp)
8040155e:	4a92                	lw	s5,4(sp)
80401560:	854e                	mv	a0,s3
80401562:	49b2                	lw	s3,12(sp)
80401564:	6105                	add	sp,sp,32
80401566:	b92d                	j	804011a0 <iupdate>
80401568:	8552                	mv	a0,s4
8040156a:	6485                	lui	s1,0x1
8040156c:	ba3fe0ef          	jal	8040010e <bread>
80401570:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
80401572:	892a                	mv	s2,a0
80401574:	01850413          	add	s0,a0,24
80401578:	94aa                	add	s1,s1,a0
8040157a:	4008                	lw	a0,0(s0)
8040157c:	c901                	beqz	a0,8040158c <itrunc+0x80>
8040157e:	f02ff0ef          	jal	80400c80 <bfree>
80401582:	854a                	mv	a0,s2
80401584:	00042023          	sw	zero,0(s0)
80401588:	be7fe0ef          	jal	8040016e <bdirty>
8040158c:	0411                	add	s0,s0,4
8040158e:	fe9416e3          	bne	s0,s1,8040157a <itrunc+0x6e>
80401592:	854a                	mv	a0,s2
80401594:	be1fe0ef          	jal	80400174 <brelse>
80401598:	8552                	mv	a0,s4
8040159a:	ee6ff0ef          	jal	80400c80 <bfree>
8040159e:	0449aa83          	lw	s5,68(s3)
804015a2:	0409a023          	sw	zero,64(s3)
804015a6:	fa0a87e3          	beqz	s5,80401554 <itrunc+0x48>
804015aa:	8556                	mv	a0,s5
804015ac:	6905                	lui	s2,0x1
804015ae:	b61fe0ef          	jal	8040010e <bread>
804015b2:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
804015b4:	8a2a                	mv	s4,a0
804015b6:	01850413          	add	s0,a0,24
804015ba:	992a                	add	s2,s2,a0
804015bc:	40c00493          	li	s1,1036
804015c0:	4008                	lw	a0,0(s0)
804015c2:	85a6                	mv	a1,s1
804015c4:	4681                	li	a3,0
804015c6:	4605                	li	a2,1
804015c8:	c901                	beqz	a0,804015d8 <itrunc+0xcc>
804015ca:	f44ff0ef          	jal	80400d0e <trim_indirect>
804015ce:	8552                	mv	a0,s4
804015d0:	00042023          	sw	zero,0(s0)
804015d4:	b9bfe0ef          	jal	8040016e <bdirty>
804015d8:	0411                	add	s0,s0,4
804015da:	40048493          	add	s1,s1,1024
804015de:	ff2411e3          	bne	s0,s2,804015c0 <itrunc+0xb4>
804015e2:	8552                	mv	a0,s4
804015e4:	b91fe0ef          	jal	80400174 <brelse>
804015e8:	8556                	mv	a0,s5
804015ea:	e96ff0ef          	jal	80400c80 <bfree>
804015ee:	0409a223          	sw	zero,68(s3)
804015f2:	b78d                	j	80401554 <itrunc+0x48>

804015f4 <readi>:
804015f4:	715d                	add	sp,sp,-80
804015f6:	de4e                	sw	s3,60(sp)
804015f8:	00c52983          	lw	s3,12(a0)
804015fc:	c0ca                	sw	s2,64(sp)
804015fe:	c686                	sw	ra,76(sp)
80401600:	c4a2                	sw	s0,72(sp)
80401602:	c2a6                	sw	s1,68(sp)
80401604:	dc52                	sw	s4,56(sp)
80401606:	da56                	sw	s5,52(sp)
80401608:	d85a                	sw	s6,48(sp)
8040160a:	d65e                	sw	s7,44(sp)
8040160c:	d462                	sw	s8,40(sp)
8040160e:	d266                	sw	s9,36(sp)
80401610:	d06a                	sw	s10,32(sp)
80401612:	ce6e                	sw	s11,28(sp)
80401614:	c62e                	sw	a1,12(sp)
80401616:	4901                	li	s2,0
80401618:	0736f263          	bgeu	a3,s3,8040167c <readi+0x88>
8040161c:	40d989b3          	sub	s3,s3,a3
80401620:	8aaa                	mv	s5,a0
80401622:	8a36                	mv	s4,a3
80401624:	8b32                	mv	s6,a2
80401626:	09376f63          	bltu	a4,s3,804016c4 <readi+0xd0>
8040162a:	4401                	li	s0,0
8040162c:	04098763          	beqz	s3,8040167a <readi+0x86>
80401630:	6c05                	lui	s8,0x1
80401632:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
80401636:	8046dcb7          	lui	s9,0x8046d
8040163a:	008a05b3          	add	a1,s4,s0
8040163e:	01a5f933          	and	s2,a1,s10
80401642:	408984b3          	sub	s1,s3,s0
80401646:	412c07b3          	sub	a5,s8,s2
8040164a:	81b1                	srl	a1,a1,0xc
8040164c:	4601                	li	a2,0
8040164e:	8556                	mv	a0,s5
80401650:	0097f363          	bgeu	a5,s1,80401656 <readi+0x62>
80401654:	84be                	mv	s1,a5
80401656:	915ff0ef          	jal	80400f6a <bmap>
8040165a:	008b0db3          	add	s11,s6,s0
8040165e:	86a6                	mv	a3,s1
80401660:	690c8613          	add	a2,s9,1680 # 8046d690 <zero_block>
80401664:	85ee                	mv	a1,s11
80401666:	e91d                	bnez	a0,8040169c <readi+0xa8>
80401668:	4532                	lw	a0,12(sp)
8040166a:	1f9010ef          	jal	80403062 <either_copyout>
8040166e:	892a                	mv	s2,a0
80401670:	04094763          	bltz	s2,804016be <readi+0xca>
80401674:	9426                	add	s0,s0,s1
80401676:	fd3462e3          	bltu	s0,s3,8040163a <readi+0x46>
8040167a:	894e                	mv	s2,s3
8040167c:	40b6                	lw	ra,76(sp)
8040167e:	4426                	lw	s0,72(sp)
80401680:	4496                	lw	s1,68(sp)
80401682:	59f2                	lw	s3,60(sp)
80401684:	5a62                	lw	s4,56(sp)
80401686:	5ad2                	lw	s5,52(sp)
80401688:	5b42                	lw	s6,48(sp)
8040168a:	5bb2                	lw	s7,44(sp)
8040168c:	5c22                	lw	s8,40(sp)
8040168e:	5c92                	lw	s9,36(sp)
80401690:	5d02                	lw	s10,32(sp)
80401692:	4df2                	lw	s11,28(sp)
80401694:	854a                	mv	a0,s2
80401696:	4906                	lw	s2,64(sp)
80401698:	6161                	add	sp,sp,80
8040169a:	8082                	ret
8040169c:	a73fe0ef          	jal	8040010e <bread>
804016a0:	8baa                	mv	s7,a0
804016a2:	01850613          	add	a2,a0,24
804016a6:	4532                	lw	a0,12(sp)
804016a8:	964a                	add	a2,a2,s2
804016aa:	86a6                	mv	a3,s1
804016ac:	85ee                	mv	a1,s11
804016ae:	1b5010ef          	jal	80403062 <either_copyout>
804016b2:	892a                	mv	s2,a0
804016b4:	855e                	mv	a0,s7
804016b6:	abffe0ef          	jal	80400174 <brelse>
804016ba:	fa095de3          	bgez	s2,80401674 <readi+0x80>
804016be:	dc5d                	beqz	s0,8040167c <readi+0x88>
804016c0:	8922                	mv	s2,s0
804016c2:	bf6d                	j	8040167c <readi+0x88>
804016c4:	89ba                	mv	s3,a4
804016c6:	b795                	j	8040162a <readi+0x36>

804016c8 <writei>:
804016c8:	7139                	add	sp,sp,-64
804016ca:	de06                	sw	ra,60(sp)
804016cc:	dc22                	sw	s0,56(sp)
804016ce:	da26                	sw	s1,52(sp)
804016d0:	d84a                	sw	s2,48(sp)
804016d2:	d64e                	sw	s3,44(sp)
804016d4:	d452                	sw	s4,40(sp)
804016d6:	d256                	sw	s5,36(sp)
804016d8:	d05a                	sw	s6,32(sp)
804016da:	ce5e                	sw	s7,28(sp)
804016dc:	cc62                	sw	s8,24(sp)
804016de:	ca66                	sw	s9,20(sp)
804016e0:	c86a                	sw	s10,16(sp)
804016e2:	c66e                	sw	s11,12(sp)
804016e4:	1406c663          	bltz	a3,80401830 <writei+0x168>
804016e8:	800007b7          	lui	a5,0x80000
804016ec:	fff7c793          	not	a5,a5
804016f0:	8f95                	sub	a5,a5,a3
804016f2:	8b36                	mv	s6,a3
804016f4:	8aba                	mv	s5,a4
804016f6:	12e7ed63          	bltu	a5,a4,80401830 <writei+0x168>
804016fa:	8c2e                	mv	s8,a1
804016fc:	454c                	lw	a1,12(a0)
804016fe:	8baa                	mv	s7,a0
80401700:	8cb2                	mv	s9,a2
80401702:	0ad5e463          	bltu	a1,a3,804017aa <writei+0xe2>
80401706:	12070763          	beqz	a4,80401834 <writei+0x16c>
8040170a:	6d05                	lui	s10,0x1
8040170c:	4401                	li	s0,0
8040170e:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
80401712:	a80d                	j	80401744 <writei+0x7c>
80401714:	9fbfe0ef          	jal	8040010e <bread>
80401718:	01850593          	add	a1,a0,24
8040171c:	84aa                	mv	s1,a0
8040171e:	95ce                	add	a1,a1,s3
80401720:	008c8633          	add	a2,s9,s0
80401724:	86ca                	mv	a3,s2
80401726:	8562                	mv	a0,s8
80401728:	0f7010ef          	jal	8040301e <either_copyin>
8040172c:	89aa                	mv	s3,a0
8040172e:	8526                	mv	a0,s1
80401730:	a3ffe0ef          	jal	8040016e <bdirty>
80401734:	8526                	mv	a0,s1
80401736:	a3ffe0ef          	jal	80400174 <brelse>
8040173a:	0209c863          	bltz	s3,8040176a <writei+0xa2>
8040173e:	944a                	add	s0,s0,s2
80401740:	09547263          	bgeu	s0,s5,804017c4 <writei+0xfc>
80401744:	008b0a33          	add	s4,s6,s0
80401748:	01ba79b3          	and	s3,s4,s11
8040174c:	408a8933          	sub	s2,s5,s0
80401750:	413d07b3          	sub	a5,s10,s3
80401754:	4605                	li	a2,1
80401756:	00ca5593          	srl	a1,s4,0xc
8040175a:	855e                	mv	a0,s7
8040175c:	0127f363          	bgeu	a5,s2,80401762 <writei+0x9a>
80401760:	893e                	mv	s2,a5
80401762:	809ff0ef          	jal	80400f6a <bmap>
80401766:	f55d                	bnez	a0,80401714 <writei+0x4c>
80401768:	5991                	li	s3,-28
8040176a:	00cba583          	lw	a1,12(s7)
8040176e:	0145f563          	bgeu	a1,s4,80401778 <writei+0xb0>
80401772:	014ba623          	sw	s4,12(s7)
80401776:	85d2                	mv	a1,s4
80401778:	6785                	lui	a5,0x1
8040177a:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
8040177c:	95be                	add	a1,a1,a5
8040177e:	81b1                	srl	a1,a1,0xc
80401780:	855e                	mv	a0,s7
80401782:	a83ff0ef          	jal	80401204 <trim_blocks>
80401786:	c011                	beqz	s0,8040178a <writei+0xc2>
80401788:	89a2                	mv	s3,s0
8040178a:	50f2                	lw	ra,60(sp)
8040178c:	5462                	lw	s0,56(sp)
8040178e:	54d2                	lw	s1,52(sp)
80401790:	5942                	lw	s2,48(sp)
80401792:	5a22                	lw	s4,40(sp)
80401794:	5a92                	lw	s5,36(sp)
80401796:	5b02                	lw	s6,32(sp)
80401798:	4bf2                	lw	s7,28(sp)
8040179a:	4c62                	lw	s8,24(sp)
8040179c:	4cd2                	lw	s9,20(sp)
8040179e:	4d42                	lw	s10,16(sp)
804017a0:	4db2                	lw	s11,12(sp)
804017a2:	854e                	mv	a0,s3
804017a4:	59b2                	lw	s3,44(sp)
804017a6:	6121                	add	sp,sp,64
804017a8:	8082                	ret
804017aa:	6485                	lui	s1,0x1
804017ac:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
804017b0:	8c6d                	and	s0,s0,a1
804017b2:	e815                	bnez	s0,804017e6 <writei+0x11e>
804017b4:	fb39                	bnez	a4,8040170a <writei+0x42>
804017b6:	00dba623          	sw	a3,12(s7)
804017ba:	9e7ff0ef          	jal	804011a0 <iupdate>
804017be:	4401                	li	s0,0
804017c0:	89a2                	mv	s3,s0
804017c2:	b7e1                	j	8040178a <writei+0xc2>
804017c4:	00cba783          	lw	a5,12(s7)
804017c8:	9b22                	add	s6,s6,s0
804017ca:	0167f963          	bgeu	a5,s6,804017dc <writei+0x114>
804017ce:	016ba623          	sw	s6,12(s7)
804017d2:	855e                	mv	a0,s7
804017d4:	9cdff0ef          	jal	804011a0 <iupdate>
804017d8:	89a2                	mv	s3,s0
804017da:	bf45                	j	8040178a <writei+0xc2>
804017dc:	855e                	mv	a0,s7
804017de:	9c3ff0ef          	jal	804011a0 <iupdate>
804017e2:	89a2                	mv	s3,s0
804017e4:	b75d                	j	8040178a <writei+0xc2>
804017e6:	4601                	li	a2,0
804017e8:	81b1                	srl	a1,a1,0xc
804017ea:	f80ff0ef          	jal	80400f6a <bmap>
804017ee:	ed11                	bnez	a0,8040180a <writei+0x142>
804017f0:	f00a9de3          	bnez	s5,8040170a <writei+0x42>
804017f4:	00cba783          	lw	a5,12(s7)
804017f8:	0367fe63          	bgeu	a5,s6,80401834 <writei+0x16c>
804017fc:	016ba623          	sw	s6,12(s7)
80401800:	855e                	mv	a0,s7
80401802:	99fff0ef          	jal	804011a0 <iupdate>
80401806:	4401                	li	s0,0
80401808:	bf65                	j	804017c0 <writei+0xf8>
8040180a:	905fe0ef          	jal	8040010e <bread>
8040180e:	892a                	mv	s2,a0
80401810:	0561                	add	a0,a0,24
80401812:	40848633          	sub	a2,s1,s0
80401816:	4581                	li	a1,0
80401818:	9522                	add	a0,a0,s0
8040181a:	20f000ef          	jal	80402228 <memset>
8040181e:	854a                	mv	a0,s2
80401820:	94ffe0ef          	jal	8040016e <bdirty>
80401824:	854a                	mv	a0,s2
80401826:	94ffe0ef          	jal	80400174 <brelse>
8040182a:	ee0a90e3          	bnez	s5,8040170a <writei+0x42>
8040182e:	b7d9                	j	804017f4 <writei+0x12c>
80401830:	5995                	li	s3,-27
80401832:	bfa1                	j	8040178a <writei+0xc2>
80401834:	855e                	mv	a0,s7
80401836:	96bff0ef          	jal	804011a0 <iupdate>
8040183a:	4401                	li	s0,0
8040183c:	b751                	j	804017c0 <writei+0xf8>

8040183e <kalloc>:
8040183e:	1141                	add	sp,sp,-16
80401840:	804277b7          	lui	a5,0x80427
80401844:	c422                	sw	s0,8(sp)
80401846:	0347a403          	lw	s0,52(a5) # 80427034 <free_list>
8040184a:	c606                	sw	ra,12(sp)
8040184c:	c809                	beqz	s0,8040185e <kalloc+0x20>
8040184e:	4018                	lw	a4,0(s0)
80401850:	6605                	lui	a2,0x1
80401852:	4581                	li	a1,0
80401854:	8522                	mv	a0,s0
80401856:	02e7aa23          	sw	a4,52(a5)
8040185a:	1cf000ef          	jal	80402228 <memset>
8040185e:	40b2                	lw	ra,12(sp)
80401860:	8522                	mv	a0,s0
80401862:	4422                	lw	s0,8(sp)
80401864:	0141                	add	sp,sp,16
80401866:	8082                	ret

80401868 <kfree>:
80401868:	804277b7          	lui	a5,0x80427
8040186c:	0307a703          	lw	a4,48(a5) # 80427030 <nranges>
80401870:	04e05a63          	blez	a4,804018c4 <kfree+0x5c>
80401874:	804707b7          	lui	a5,0x80470
80401878:	8b478793          	add	a5,a5,-1868 # 8046f8b4 <ranges>
8040187c:	4394                	lw	a3,0(a5)
8040187e:	02d56763          	bltu	a0,a3,804018ac <kfree+0x44>
80401882:	43d4                	lw	a3,4(a5)
80401884:	4605                	li	a2,1
80401886:	00d536b3          	sltu	a3,a0,a3
8040188a:	00c70563          	beq	a4,a2,80401894 <kfree+0x2c>
8040188e:	4798                	lw	a4,8(a5)
80401890:	02e57563          	bgeu	a0,a4,804018ba <kfree+0x52>
80401894:	01451793          	sll	a5,a0,0x14
80401898:	e795                	bnez	a5,804018c4 <kfree+0x5c>
8040189a:	c68d                	beqz	a3,804018c4 <kfree+0x5c>
8040189c:	804277b7          	lui	a5,0x80427
804018a0:	0347a703          	lw	a4,52(a5) # 80427034 <free_list>
804018a4:	02a7aa23          	sw	a0,52(a5)
804018a8:	c118                	sw	a4,0(a0)
804018aa:	8082                	ret
804018ac:	4685                	li	a3,1
804018ae:	00d70b63          	beq	a4,a3,804018c4 <kfree+0x5c>
804018b2:	4798                	lw	a4,8(a5)
804018b4:	00e56863          	bltu	a0,a4,804018c4 <kfree+0x5c>
804018b8:	4681                	li	a3,0
804018ba:	47dc                	lw	a5,12(a5)
804018bc:	00f537b3          	sltu	a5,a0,a5
804018c0:	8edd                	or	a3,a3,a5
804018c2:	bfc9                	j	80401894 <kfree+0x2c>
804018c4:	85aa                	mv	a1,a0
804018c6:	80405537          	lui	a0,0x80405
804018ca:	1141                	add	sp,sp,-16
804018cc:	14050513          	add	a0,a0,320 # 80405140 <__udivdi3+0x1094>
804018d0:	c606                	sw	ra,12(sp)
804018d2:	2e79                	jal	80401c70 <panic>

804018d4 <kinit>:
804018d4:	804276b7          	lui	a3,0x80427
804018d8:	0306a703          	lw	a4,48(a3) # 80427030 <nranges>
804018dc:	1141                	add	sp,sp,-16
804018de:	c606                	sw	ra,12(sp)
804018e0:	c422                	sw	s0,8(sp)
804018e2:	c226                	sw	s1,4(sp)
804018e4:	c04a                	sw	s2,0(sp)
804018e6:	4789                	li	a5,2
804018e8:	04f70463          	beq	a4,a5,80401930 <kinit+0x5c>
804018ec:	6785                	lui	a5,0x1
804018ee:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804018f0:	953e                	add	a0,a0,a5
804018f2:	804707b7          	lui	a5,0x80470
804018f6:	767d                	lui	a2,0xfffff
804018f8:	00371813          	sll	a6,a4,0x3
804018fc:	8b478793          	add	a5,a5,-1868 # 8046f8b4 <ranges>
80401900:	97c2                	add	a5,a5,a6
80401902:	00c574b3          	and	s1,a0,a2
80401906:	00c5f433          	and	s0,a1,a2
8040190a:	0705                	add	a4,a4,1
8040190c:	c384                	sw	s1,0(a5)
8040190e:	c3c0                	sw	s0,4(a5)
80401910:	02e6a823          	sw	a4,48(a3)
80401914:	0084f863          	bgeu	s1,s0,80401924 <kinit+0x50>
80401918:	797d                	lui	s2,0xfffff
8040191a:	944a                	add	s0,s0,s2
8040191c:	8522                	mv	a0,s0
8040191e:	37a9                	jal	80401868 <kfree>
80401920:	fe84ede3          	bltu	s1,s0,8040191a <kinit+0x46>
80401924:	40b2                	lw	ra,12(sp)
80401926:	4422                	lw	s0,8(sp)
80401928:	4492                	lw	s1,4(sp)
8040192a:	4902                	lw	s2,0(sp)
8040192c:	0141                	add	sp,sp,16
8040192e:	8082                	ret
80401930:	80405537          	lui	a0,0x80405
80401934:	15450513          	add	a0,a0,340 # 80405154 <__udivdi3+0x10a8>
80401938:	2e25                	jal	80401c70 <panic>

8040193a <power_off>:
8040193a:	1141                	add	sp,sp,-16
8040193c:	c606                	sw	ra,12(sp)
8040193e:	c422                	sw	s0,8(sp)
80401940:	842a                	mv	s0,a0
80401942:	2525                	jal	80401f6a <proc_close_all>
80401944:	849ff0ef          	jal	8040118c <fs_mounted>
80401948:	e501                	bnez	a0,80401950 <power_off+0x16>
8040194a:	8522                	mv	a0,s0
8040194c:	75a010ef          	jal	804030a6 <arch_power_off>
80401950:	85bfe0ef          	jal	804001aa <bio_flush>
80401954:	bfdd                	j	8040194a <power_off+0x10>

80401956 <kernel_run>:
80401956:	7135                	add	sp,sp,-160
80401958:	cb26                	sw	s1,148(sp)
8040195a:	84ae                	mv	s1,a1
8040195c:	cd22                	sw	s0,152(sp)
8040195e:	cf06                	sw	ra,156(sp)
80401960:	842a                	mv	s0,a0
80401962:	f68fe0ef          	jal	804000ca <bio_init>
80401966:	e8c9                	bnez	s1,804019f8 <kernel_run+0xa2>
80401968:	26b1                	jal	80401cb4 <proc_init>
8040196a:	767000ef          	jal	804028d0 <timer_init>
8040196e:	00044783          	lbu	a5,0(s0)
80401972:	c7d1                	beqz	a5,804019fe <kernel_run+0xa8>
80401974:	0070                	add	a2,sp,12
80401976:	4481                	li	s1,0
80401978:	02000713          	li	a4,32
8040197c:	46a5                	li	a3,9
8040197e:	00e78463          	beq	a5,a4,80401986 <kernel_run+0x30>
80401982:	00d79863          	bne	a5,a3,80401992 <kernel_run+0x3c>
80401986:	00144783          	lbu	a5,1(s0)
8040198a:	0405                	add	s0,s0,1
8040198c:	fe040fa3          	sb	zero,-1(s0)
80401990:	b7fd                	j	8040197e <kernel_run+0x28>
80401992:	e3a9                	bnez	a5,804019d4 <kernel_run+0x7e>
80401994:	02000713          	li	a4,32
80401998:	46a5                	li	a3,9
8040199a:	00044783          	lbu	a5,0(s0)
8040199e:	00e78463          	beq	a5,a4,804019a6 <kernel_run+0x50>
804019a2:	00d79463          	bne	a5,a3,804019aa <kernel_run+0x54>
804019a6:	0405                	add	s0,s0,1
804019a8:	bfcd                	j	8040199a <kernel_run+0x44>
804019aa:	efa1                	bnez	a5,80401a02 <kernel_run+0xac>
804019ac:	00249793          	sll	a5,s1,0x2
804019b0:	09078793          	add	a5,a5,144
804019b4:	978a                	add	a5,a5,sp
804019b6:	f607ae23          	sw	zero,-132(a5)
804019ba:	c4b5                	beqz	s1,80401a26 <kernel_run+0xd0>
804019bc:	4532                	lw	a0,12(sp)
804019be:	4601                	li	a2,0
804019c0:	006c                	add	a1,sp,12
804019c2:	dddfe0ef          	jal	8040079e <proc_spawn>
804019c6:	57f9                	li	a5,-2
804019c8:	862a                	mv	a2,a0
804019ca:	04f50563          	beq	a0,a5,80401a14 <kernel_run+0xbe>
804019ce:	08054563          	bltz	a0,80401a58 <kernel_run+0x102>
804019d2:	2199                	jal	80401e18 <scheduler>
804019d4:	0485                	add	s1,s1,1
804019d6:	c200                	sw	s0,0(a2)
804019d8:	a019                	j	804019de <kernel_run+0x88>
804019da:	00d78863          	beq	a5,a3,804019ea <kernel_run+0x94>
804019de:	00144783          	lbu	a5,1(s0)
804019e2:	0405                	add	s0,s0,1
804019e4:	dbc5                	beqz	a5,80401994 <kernel_run+0x3e>
804019e6:	fee79ae3          	bne	a5,a4,804019da <kernel_run+0x84>
804019ea:	00044783          	lbu	a5,0(s0)
804019ee:	d3dd                	beqz	a5,80401994 <kernel_run+0x3e>
804019f0:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7fb0c004>
804019f2:	f8e496e3          	bne	s1,a4,8040197e <kernel_run+0x28>
804019f6:	bf79                	j	80401994 <kernel_run+0x3e>
804019f8:	ec6ff0ef          	jal	804010be <fs_init>
804019fc:	b7b5                	j	80401968 <kernel_run+0x12>
804019fe:	4481                	li	s1,0
80401a00:	bf51                	j	80401994 <kernel_run+0x3e>
80401a02:	80405537          	lui	a0,0x80405
80401a06:	1a050513          	add	a0,a0,416 # 804051a0 <__udivdi3+0x10f4>
80401a0a:	02000593          	li	a1,32
80401a0e:	2c35                	jal	80401c4a <kprintf>
80401a10:	4509                	li	a0,2
80401a12:	3725                	jal	8040193a <power_off>
80401a14:	45b2                	lw	a1,12(sp)
80401a16:	80405537          	lui	a0,0x80405
80401a1a:	1d050513          	add	a0,a0,464 # 804051d0 <__udivdi3+0x1124>
80401a1e:	2435                	jal	80401c4a <kprintf>
80401a20:	07f00513          	li	a0,127
80401a24:	3f19                	jal	8040193a <power_off>
80401a26:	80405537          	lui	a0,0x80405
80401a2a:	16c50513          	add	a0,a0,364 # 8040516c <__udivdi3+0x10c0>
80401a2e:	2c31                	jal	80401c4a <kprintf>
80401a30:	80405437          	lui	s0,0x80405
80401a34:	a031                	j	80401a40 <kernel_run+0xea>
80401a36:	438c                	lw	a1,0(a5)
80401a38:	19840513          	add	a0,s0,408 # 80405198 <__udivdi3+0x10ec>
80401a3c:	0485                	add	s1,s1,1
80401a3e:	2431                	jal	80401c4a <kprintf>
80401a40:	8526                	mv	a0,s1
80401a42:	7c8000ef          	jal	8040220a <program_at>
80401a46:	87aa                	mv	a5,a0
80401a48:	f57d                	bnez	a0,80401a36 <kernel_run+0xe0>
80401a4a:	80405537          	lui	a0,0x80405
80401a4e:	19c50513          	add	a0,a0,412 # 8040519c <__udivdi3+0x10f0>
80401a52:	2ae5                	jal	80401c4a <kprintf>
80401a54:	4509                	li	a0,2
80401a56:	35d5                	jal	8040193a <power_off>
80401a58:	45b2                	lw	a1,12(sp)
80401a5a:	80405537          	lui	a0,0x80405
80401a5e:	1e850513          	add	a0,a0,488 # 804051e8 <__udivdi3+0x113c>
80401a62:	40c00633          	neg	a2,a2
80401a66:	22d5                	jal	80401c4a <kprintf>
80401a68:	07e00513          	li	a0,126
80401a6c:	35f9                	jal	8040193a <power_off>

80401a6e <print_uint>:
80401a6e:	7179                	add	sp,sp,-48
80401a70:	ce4e                	sw	s3,28(sp)
80401a72:	89b2                	mv	s3,a2
80401a74:	80405637          	lui	a2,0x80405
80401a78:	d422                	sw	s0,40(sp)
80401a7a:	d04a                	sw	s2,32(sp)
80401a7c:	cc52                	sw	s4,24(sp)
80401a7e:	d606                	sw	ra,44(sp)
80401a80:	d226                	sw	s1,36(sp)
80401a82:	8a36                	mv	s4,a3
80401a84:	4401                	li	s0,0
80401a86:	00410913          	add	s2,sp,4
80401a8a:	20c60613          	add	a2,a2,524 # 8040520c <__udivdi3+0x1160>
80401a8e:	02b577b3          	remu	a5,a0,a1
80401a92:	0405                	add	s0,s0,1
80401a94:	008904b3          	add	s1,s2,s0
80401a98:	872a                	mv	a4,a0
80401a9a:	97b2                	add	a5,a5,a2
80401a9c:	0007c783          	lbu	a5,0(a5)
80401aa0:	02b55533          	divu	a0,a0,a1
80401aa4:	fef48fa3          	sb	a5,-1(s1)
80401aa8:	feb773e3          	bgeu	a4,a1,80401a8e <print_uint+0x20>
80401aac:	01345863          	bge	s0,s3,80401abc <print_uint+0x4e>
80401ab0:	0405                	add	s0,s0,1
80401ab2:	8552                	mv	a0,s4
80401ab4:	3ba020ef          	jal	80403e6e <arch_console_putc>
80401ab8:	fe899ce3          	bne	s3,s0,80401ab0 <print_uint+0x42>
80401abc:	fff4c503          	lbu	a0,-1(s1)
80401ac0:	14fd                	add	s1,s1,-1
80401ac2:	3ac020ef          	jal	80403e6e <arch_console_putc>
80401ac6:	fe991be3          	bne	s2,s1,80401abc <print_uint+0x4e>
80401aca:	50b2                	lw	ra,44(sp)
80401acc:	5422                	lw	s0,40(sp)
80401ace:	5492                	lw	s1,36(sp)
80401ad0:	5902                	lw	s2,32(sp)
80401ad2:	49f2                	lw	s3,28(sp)
80401ad4:	4a62                	lw	s4,24(sp)
80401ad6:	6145                	add	sp,sp,48
80401ad8:	8082                	ret

80401ada <vkprintf>:
80401ada:	7139                	add	sp,sp,-64
80401adc:	cc62                	sw	s8,24(sp)
80401ade:	de06                	sw	ra,60(sp)
80401ae0:	dc22                	sw	s0,56(sp)
80401ae2:	da26                	sw	s1,52(sp)
80401ae4:	d84a                	sw	s2,48(sp)
80401ae6:	d64e                	sw	s3,44(sp)
80401ae8:	d452                	sw	s4,40(sp)
80401aea:	d256                	sw	s5,36(sp)
80401aec:	d05a                	sw	s6,32(sp)
80401aee:	ce5e                	sw	s7,28(sp)
80401af0:	8c2a                	mv	s8,a0
80401af2:	00054503          	lbu	a0,0(a0)
80401af6:	c515                	beqz	a0,80401b22 <vkprintf+0x48>
80401af8:	80405ab7          	lui	s5,0x80405
80401afc:	89ae                	mv	s3,a1
80401afe:	02500913          	li	s2,37
80401b02:	03000a13          	li	s4,48
80401b06:	4ba5                	li	s7,9
80401b08:	4b55                	li	s6,21
80401b0a:	228a8a93          	add	s5,s5,552 # 80405228 <__udivdi3+0x117c>
80401b0e:	03250663          	beq	a0,s2,80401b3a <vkprintf+0x60>
80401b12:	35c020ef          	jal	80403e6e <arch_console_putc>
80401b16:	8462                	mv	s0,s8
80401b18:	00144503          	lbu	a0,1(s0)
80401b1c:	00140c13          	add	s8,s0,1
80401b20:	f57d                	bnez	a0,80401b0e <vkprintf+0x34>
80401b22:	50f2                	lw	ra,60(sp)
80401b24:	5462                	lw	s0,56(sp)
80401b26:	54d2                	lw	s1,52(sp)
80401b28:	5942                	lw	s2,48(sp)
80401b2a:	59b2                	lw	s3,44(sp)
80401b2c:	5a22                	lw	s4,40(sp)
80401b2e:	5a92                	lw	s5,36(sp)
80401b30:	5b02                	lw	s6,32(sp)
80401b32:	4bf2                	lw	s7,28(sp)
80401b34:	4c62                	lw	s8,24(sp)
80401b36:	6121                	add	sp,sp,64
80401b38:	8082                	ret
80401b3a:	001c4483          	lbu	s1,1(s8)
80401b3e:	001c0413          	add	s0,s8,1
80401b42:	02000693          	li	a3,32
80401b46:	01449863          	bne	s1,s4,80401b56 <vkprintf+0x7c>
80401b4a:	002c4483          	lbu	s1,2(s8)
80401b4e:	002c0413          	add	s0,s8,2
80401b52:	03000693          	li	a3,48
80401b56:	fd048713          	add	a4,s1,-48
80401b5a:	0ff77793          	zext.b	a5,a4
80401b5e:	4601                	li	a2,0
80401b60:	02fbe163          	bltu	s7,a5,80401b82 <vkprintf+0xa8>
80401b64:	00144483          	lbu	s1,1(s0)
80401b68:	00261793          	sll	a5,a2,0x2
80401b6c:	97b2                	add	a5,a5,a2
80401b6e:	0786                	sll	a5,a5,0x1
80401b70:	00f70633          	add	a2,a4,a5
80401b74:	fd048713          	add	a4,s1,-48
80401b78:	0ff77793          	zext.b	a5,a4
80401b7c:	0405                	add	s0,s0,1
80401b7e:	fefbf3e3          	bgeu	s7,a5,80401b64 <vkprintf+0x8a>
80401b82:	d0c5                	beqz	s1,80401b22 <vkprintf+0x48>
80401b84:	01248c63          	beq	s1,s2,80401b9c <vkprintf+0xc2>
80401b88:	f9d48793          	add	a5,s1,-99
80401b8c:	0ff7f793          	zext.b	a5,a5
80401b90:	00fb6b63          	bltu	s6,a5,80401ba6 <vkprintf+0xcc>
80401b94:	078a                	sll	a5,a5,0x2
80401b96:	97d6                	add	a5,a5,s5
80401b98:	439c                	lw	a5,0(a5)
80401b9a:	8782                	jr	a5
80401b9c:	02500513          	li	a0,37
80401ba0:	2ce020ef          	jal	80403e6e <arch_console_putc>
80401ba4:	bf95                	j	80401b18 <vkprintf+0x3e>
80401ba6:	02500513          	li	a0,37
80401baa:	2c4020ef          	jal	80403e6e <arch_console_putc>
80401bae:	8526                	mv	a0,s1
80401bb0:	2be020ef          	jal	80403e6e <arch_console_putc>
80401bb4:	b795                	j	80401b18 <vkprintf+0x3e>
80401bb6:	0009a503          	lw	a0,0(s3)
80401bba:	45c1                	li	a1,16
80401bbc:	0991                	add	s3,s3,4
80401bbe:	3d45                	jal	80401a6e <print_uint>
80401bc0:	bfa1                	j	80401b18 <vkprintf+0x3e>
80401bc2:	0009a503          	lw	a0,0(s3)
80401bc6:	45a9                	li	a1,10
80401bc8:	0991                	add	s3,s3,4
80401bca:	bfd5                	j	80401bbe <vkprintf+0xe4>
80401bcc:	0009a483          	lw	s1,0(s3)
80401bd0:	0991                	add	s3,s3,4
80401bd2:	e489                	bnez	s1,80401bdc <vkprintf+0x102>
80401bd4:	a0a5                	j	80401c3c <vkprintf+0x162>
80401bd6:	0485                	add	s1,s1,1
80401bd8:	296020ef          	jal	80403e6e <arch_console_putc>
80401bdc:	0004c503          	lbu	a0,0(s1)
80401be0:	f97d                	bnez	a0,80401bd6 <vkprintf+0xfc>
80401be2:	bf1d                	j	80401b18 <vkprintf+0x3e>
80401be4:	03000513          	li	a0,48
80401be8:	286020ef          	jal	80403e6e <arch_console_putc>
80401bec:	07800513          	li	a0,120
80401bf0:	27e020ef          	jal	80403e6e <arch_console_putc>
80401bf4:	0009a503          	lw	a0,0(s3)
80401bf8:	03000693          	li	a3,48
80401bfc:	0991                	add	s3,s3,4
80401bfe:	4621                	li	a2,8
80401c00:	45c1                	li	a1,16
80401c02:	bf75                	j	80401bbe <vkprintf+0xe4>
80401c04:	0009a483          	lw	s1,0(s3)
80401c08:	0991                	add	s3,s3,4
80401c0a:	0004cc63          	bltz	s1,80401c22 <vkprintf+0x148>
80401c0e:	45a9                	li	a1,10
80401c10:	8526                	mv	a0,s1
80401c12:	3db1                	jal	80401a6e <print_uint>
80401c14:	b711                	j	80401b18 <vkprintf+0x3e>
80401c16:	0009a503          	lw	a0,0(s3)
80401c1a:	0991                	add	s3,s3,4
80401c1c:	252020ef          	jal	80403e6e <arch_console_putc>
80401c20:	bde5                	j	80401b18 <vkprintf+0x3e>
80401c22:	02d00513          	li	a0,45
80401c26:	c636                	sw	a3,12(sp)
80401c28:	c432                	sw	a2,8(sp)
80401c2a:	244020ef          	jal	80403e6e <arch_console_putc>
80401c2e:	46b2                	lw	a3,12(sp)
80401c30:	4622                	lw	a2,8(sp)
80401c32:	45a9                	li	a1,10
80401c34:	40900533          	neg	a0,s1
80401c38:	3d1d                	jal	80401a6e <print_uint>
80401c3a:	bdf9                	j	80401b18 <vkprintf+0x3e>
80401c3c:	804054b7          	lui	s1,0x80405
80401c40:	02800513          	li	a0,40
80401c44:	22048493          	add	s1,s1,544 # 80405220 <__udivdi3+0x1174>
80401c48:	b779                	j	80401bd6 <vkprintf+0xfc>

80401c4a <kprintf>:
80401c4a:	7139                	add	sp,sp,-64
80401c4c:	02410313          	add	t1,sp,36
80401c50:	d22e                	sw	a1,36(sp)
80401c52:	859a                	mv	a1,t1
80401c54:	ce06                	sw	ra,28(sp)
80401c56:	d432                	sw	a2,40(sp)
80401c58:	d636                	sw	a3,44(sp)
80401c5a:	d83a                	sw	a4,48(sp)
80401c5c:	da3e                	sw	a5,52(sp)
80401c5e:	dc42                	sw	a6,56(sp)
80401c60:	de46                	sw	a7,60(sp)
80401c62:	c61a                	sw	t1,12(sp)
80401c64:	3d9d                	jal	80401ada <vkprintf>
80401c66:	220020ef          	jal	80403e86 <arch_console_flush>
80401c6a:	40f2                	lw	ra,28(sp)
80401c6c:	6121                	add	sp,sp,64
80401c6e:	8082                	ret

80401c70 <panic>:
80401c70:	7139                	add	sp,sp,-64
80401c72:	cc22                	sw	s0,24(sp)
80401c74:	da3e                	sw	a5,52(sp)
80401c76:	ce06                	sw	ra,28(sp)
80401c78:	842a                	mv	s0,a0
80401c7a:	d22e                	sw	a1,36(sp)
80401c7c:	d432                	sw	a2,40(sp)
80401c7e:	d636                	sw	a3,44(sp)
80401c80:	d83a                	sw	a4,48(sp)
80401c82:	dc42                	sw	a6,56(sp)
80401c84:	de46                	sw	a7,60(sp)
80401c86:	4789                	li	a5,2
80401c88:	1007b073          	csrc	sstatus,a5
80401c8c:	80405537          	lui	a0,0x80405
80401c90:	28050513          	add	a0,a0,640 # 80405280 <__udivdi3+0x11d4>
80401c94:	3f5d                	jal	80401c4a <kprintf>
80401c96:	104c                	add	a1,sp,36
80401c98:	8522                	mv	a0,s0
80401c9a:	c62e                	sw	a1,12(sp)
80401c9c:	3d3d                	jal	80401ada <vkprintf>
80401c9e:	4529                	li	a0,10
80401ca0:	1ce020ef          	jal	80403e6e <arch_console_putc>
80401ca4:	1e2020ef          	jal	80403e86 <arch_console_flush>
80401ca8:	414010ef          	jal	804030bc <arch_crash>

80401cac <proc_first_run>:
80401cac:	1141                	add	sp,sp,-16
80401cae:	c606                	sw	ra,12(sp)
80401cb0:	57f000ef          	jal	80402a2e <user_trap_return>

80401cb4 <proc_init>:
80401cb4:	804f06b7          	lui	a3,0x804f0
80401cb8:	660d                	lui	a2,0x3
80401cba:	c3060613          	add	a2,a2,-976 # 2c30 <_entry-0x803fd3d0>
80401cbe:	80470737          	lui	a4,0x80470
80401cc2:	804f07b7          	lui	a5,0x804f0
80401cc6:	90068693          	add	a3,a3,-1792 # 804ef900 <procs>
80401cca:	96b2                	add	a3,a3,a2
80401ccc:	90070713          	add	a4,a4,-1792 # 8046f900 <kstacks>
80401cd0:	93078793          	add	a5,a5,-1744 # 804ef930 <procs+0x30>
80401cd4:	6609                	lui	a2,0x2
80401cd6:	c398                	sw	a4,0(a5)
80401cd8:	0b078793          	add	a5,a5,176
80401cdc:	9732                	add	a4,a4,a2
80401cde:	fed79ce3          	bne	a5,a3,80401cd6 <proc_init+0x22>
80401ce2:	8082                	ret

80401ce4 <myproc>:
80401ce4:	804277b7          	lui	a5,0x80427
80401ce8:	03c7a503          	lw	a0,60(a5) # 8042703c <current>
80401cec:	8082                	ret

80401cee <proc_alloc>:
80401cee:	1101                	add	sp,sp,-32
80401cf0:	804f07b7          	lui	a5,0x804f0
80401cf4:	cc22                	sw	s0,24(sp)
80401cf6:	c84a                	sw	s2,16(sp)
80401cf8:	ce06                	sw	ra,28(sp)
80401cfa:	90078913          	add	s2,a5,-1792 # 804ef900 <procs>
80401cfe:	ca26                	sw	s1,20(sp)
80401d00:	c64e                	sw	s3,12(sp)
80401d02:	c452                	sw	s4,8(sp)
80401d04:	c256                	sw	s5,4(sp)
80401d06:	c05a                	sw	s6,0(sp)
80401d08:	90078793          	add	a5,a5,-1792
80401d0c:	4401                	li	s0,0
80401d0e:	04000693          	li	a3,64
80401d12:	4398                	lw	a4,0(a5)
80401d14:	0b078793          	add	a5,a5,176
80401d18:	e355                	bnez	a4,80401dbc <proc_alloc+0xce>
80401d1a:	0b000493          	li	s1,176
80401d1e:	029404b3          	mul	s1,s0,s1
80401d22:	751010ef          	jal	80403c72 <uvm_create>
80401d26:	009907b3          	add	a5,s2,s1
80401d2a:	d3c8                	sw	a0,36(a5)
80401d2c:	c959                	beqz	a0,80401dc2 <proc_alloc+0xd4>
80401d2e:	80427637          	lui	a2,0x80427
80401d32:	01c62703          	lw	a4,28(a2) # 8042701c <next_pid>
80401d36:	4685                	li	a3,1
80401d38:	c394                	sw	a3,0(a5)
80401d3a:	00170593          	add	a1,a4,1
80401d3e:	00b62e23          	sw	a1,28(a2)
80401d42:	c3d8                	sw	a4,4(a5)
80401d44:	8abe                	mv	s5,a5
80401d46:	00d71663          	bne	a4,a3,80401d52 <proc_alloc+0x64>
80401d4a:	80427737          	lui	a4,0x80427
80401d4e:	02f72c23          	sw	a5,56(a4) # 80427038 <init_proc>
80401d52:	0b000713          	li	a4,176
80401d56:	02e40433          	mul	s0,s0,a4
80401d5a:	89be                	mv	s3,a5
80401d5c:	6789                	lui	a5,0x2
80401d5e:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401d62:	09000613          	li	a2,144
80401d66:	4581                	li	a1,0
80401d68:	4a01                	li	s4,0
80401d6a:	4b0d                	li	s6,3
80401d6c:	944a                	add	s0,s0,s2
80401d6e:	5808                	lw	a0,48(s0)
80401d70:	953e                	add	a0,a0,a5
80401d72:	d848                	sw	a0,52(s0)
80401d74:	2955                	jal	80402228 <memset>
80401d76:	03848513          	add	a0,s1,56
80401d7a:	03800613          	li	a2,56
80401d7e:	4581                	li	a1,0
80401d80:	954a                	add	a0,a0,s2
80401d82:	215d                	jal	80402228 <memset>
80401d84:	5858                	lw	a4,52(s0)
80401d86:	804027b7          	lui	a5,0x80402
80401d8a:	cac78793          	add	a5,a5,-852 # 80401cac <proc_first_run>
80401d8e:	dc1c                	sw	a5,56(s0)
80401d90:	dc58                	sw	a4,60(s0)
80401d92:	d65fe0ef          	jal	80400af6 <file_console>
80401d96:	dc3fe0ef          	jal	80400b58 <file_dup>
80401d9a:	06a9a823          	sw	a0,112(s3)
80401d9e:	0a05                	add	s4,s4,1
80401da0:	0991                	add	s3,s3,4
80401da2:	ff6a18e3          	bne	s4,s6,80401d92 <proc_alloc+0xa4>
80401da6:	40f2                	lw	ra,28(sp)
80401da8:	4462                	lw	s0,24(sp)
80401daa:	44d2                	lw	s1,20(sp)
80401dac:	4942                	lw	s2,16(sp)
80401dae:	49b2                	lw	s3,12(sp)
80401db0:	4a22                	lw	s4,8(sp)
80401db2:	4b02                	lw	s6,0(sp)
80401db4:	8556                	mv	a0,s5
80401db6:	4a92                	lw	s5,4(sp)
80401db8:	6105                	add	sp,sp,32
80401dba:	8082                	ret
80401dbc:	0405                	add	s0,s0,1
80401dbe:	f4d41ae3          	bne	s0,a3,80401d12 <proc_alloc+0x24>
80401dc2:	4a81                	li	s5,0
80401dc4:	b7cd                	j	80401da6 <proc_alloc+0xb8>

80401dc6 <proc_free>:
80401dc6:	1141                	add	sp,sp,-16
80401dc8:	c422                	sw	s0,8(sp)
80401dca:	c226                	sw	s1,4(sp)
80401dcc:	c04a                	sw	s2,0(sp)
80401dce:	c606                	sw	ra,12(sp)
80401dd0:	892a                	mv	s2,a0
80401dd2:	07050413          	add	s0,a0,112
80401dd6:	0b050493          	add	s1,a0,176
80401dda:	4008                	lw	a0,0(s0)
80401ddc:	c509                	beqz	a0,80401de6 <proc_free+0x20>
80401dde:	d83fe0ef          	jal	80400b60 <file_close>
80401de2:	00042023          	sw	zero,0(s0)
80401de6:	0411                	add	s0,s0,4
80401de8:	fe9419e3          	bne	s0,s1,80401dda <proc_free+0x14>
80401dec:	02492503          	lw	a0,36(s2) # fffff024 <kernel_end+0x7fb0c024>
80401df0:	c119                	beqz	a0,80401df6 <proc_free+0x30>
80401df2:	5c3000ef          	jal	80402bb4 <uvm_free>
80401df6:	03092403          	lw	s0,48(s2)
80401dfa:	854a                	mv	a0,s2
80401dfc:	0b000613          	li	a2,176
80401e00:	4581                	li	a1,0
80401e02:	211d                	jal	80402228 <memset>
80401e04:	40b2                	lw	ra,12(sp)
80401e06:	02892823          	sw	s0,48(s2)
80401e0a:	4422                	lw	s0,8(sp)
80401e0c:	00092023          	sw	zero,0(s2)
80401e10:	4492                	lw	s1,4(sp)
80401e12:	4902                	lw	s2,0(sp)
80401e14:	0141                	add	sp,sp,16
80401e16:	8082                	ret

80401e18 <scheduler>:
80401e18:	7139                	add	sp,sp,-64
80401e1a:	d84a                	sw	s2,48(sp)
80401e1c:	ce5e                	sw	s7,28(sp)
80401e1e:	ba2e9937          	lui	s2,0xba2e9
80401e22:	804f0bb7          	lui	s7,0x804f0
80401e26:	da26                	sw	s1,52(sp)
80401e28:	d64e                	sw	s3,44(sp)
80401e2a:	d452                	sw	s4,40(sp)
80401e2c:	d256                	sw	s5,36(sp)
80401e2e:	d05a                	sw	s6,32(sp)
80401e30:	cc62                	sw	s8,24(sp)
80401e32:	ca66                	sw	s9,20(sp)
80401e34:	c86a                	sw	s10,16(sp)
80401e36:	c66e                	sw	s11,12(sp)
80401e38:	de06                	sw	ra,60(sp)
80401e3a:	dc22                	sw	s0,56(sp)
80401e3c:	4d81                	li	s11,0
80401e3e:	04000c13          	li	s8,64
80401e42:	900b8b93          	add	s7,s7,-1792 # 804ef900 <procs>
80401e46:	804274b7          	lui	s1,0x80427
80401e4a:	80470ab7          	lui	s5,0x80470
80401e4e:	80427a37          	lui	s4,0x80427
80401e52:	0b000d13          	li	s10,176
80401e56:	4c89                	li	s9,2
80401e58:	ba390913          	add	s2,s2,-1117 # ba2e8ba3 <kernel_end+0x39df5ba3>
80401e5c:	498d                	li	s3,3
80401e5e:	4b15                	li	s6,5
80401e60:	876e                	mv	a4,s11
80401e62:	a021                	j	80401e6a <scheduler+0x52>
80401e64:	0705                	add	a4,a4,1
80401e66:	06ec0c63          	beq	s8,a4,80401ede <scheduler+0xc6>
80401e6a:	41f75793          	sra	a5,a4,0x1f
80401e6e:	83e9                	srl	a5,a5,0x1a
80401e70:	00f70433          	add	s0,a4,a5
80401e74:	03f47413          	and	s0,s0,63
80401e78:	8c1d                	sub	s0,s0,a5
80401e7a:	03a40433          	mul	s0,s0,s10
80401e7e:	008b87b3          	add	a5,s7,s0
80401e82:	4394                	lw	a3,0(a5)
80401e84:	ff9690e3          	bne	a3,s9,80401e64 <scheduler+0x4c>
80401e88:	40445713          	sra	a4,s0,0x4
80401e8c:	03270733          	mul	a4,a4,s2
80401e90:	53c8                	lw	a0,36(a5)
80401e92:	02f4ae23          	sw	a5,60(s1) # 8042703c <current>
80401e96:	0137a023          	sw	s3,0(a5)
80401e9a:	00170793          	add	a5,a4,1
80401e9e:	41f7d713          	sra	a4,a5,0x1f
80401ea2:	8369                	srl	a4,a4,0x1a
80401ea4:	00e78db3          	add	s11,a5,a4
80401ea8:	03fdfd93          	and	s11,s11,63
80401eac:	40ed8db3          	sub	s11,s11,a4
80401eb0:	59f010ef          	jal	80403c4e <vm_switch>
80401eb4:	03840593          	add	a1,s0,56
80401eb8:	95de                	add	a1,a1,s7
80401eba:	8c4a8513          	add	a0,s5,-1852 # 8046f8c4 <scheduler_context>
80401ebe:	184020ef          	jal	80404042 <swtch>
80401ec2:	038a2783          	lw	a5,56(s4) # 80427038 <init_proc>
80401ec6:	0204ae23          	sw	zero,60(s1)
80401eca:	c781                	beqz	a5,80401ed2 <scheduler+0xba>
80401ecc:	4398                	lw	a4,0(a5)
80401ece:	01670563          	beq	a4,s6,80401ed8 <scheduler+0xc0>
80401ed2:	040d8c13          	add	s8,s11,64
80401ed6:	b769                	j	80401e60 <scheduler+0x48>
80401ed8:	4fc8                	lw	a0,28(a5)
80401eda:	a61ff0ef          	jal	8040193a <power_off>
80401ede:	733010ef          	jal	80403e10 <arch_idle>
80401ee2:	bfbd                	j	80401e60 <scheduler+0x48>

80401ee4 <yield>:
80401ee4:	804277b7          	lui	a5,0x80427
80401ee8:	03c7a503          	lw	a0,60(a5) # 8042703c <current>
80401eec:	804705b7          	lui	a1,0x80470
80401ef0:	4789                	li	a5,2
80401ef2:	c11c                	sw	a5,0(a0)
80401ef4:	8c458593          	add	a1,a1,-1852 # 8046f8c4 <scheduler_context>
80401ef8:	03850513          	add	a0,a0,56
80401efc:	1460206f          	j	80404042 <swtch>

80401f00 <sleep_on>:
80401f00:	1141                	add	sp,sp,-16
80401f02:	c422                	sw	s0,8(sp)
80401f04:	80427437          	lui	s0,0x80427
80401f08:	03c42783          	lw	a5,60(s0) # 8042703c <current>
80401f0c:	c606                	sw	ra,12(sp)
80401f0e:	4711                	li	a4,4
80401f10:	804705b7          	lui	a1,0x80470
80401f14:	d388                	sw	a0,32(a5)
80401f16:	c398                	sw	a4,0(a5)
80401f18:	03878513          	add	a0,a5,56
80401f1c:	8c458593          	add	a1,a1,-1852 # 8046f8c4 <scheduler_context>
80401f20:	122020ef          	jal	80404042 <swtch>
80401f24:	03c42783          	lw	a5,60(s0)
80401f28:	40b2                	lw	ra,12(sp)
80401f2a:	4422                	lw	s0,8(sp)
80401f2c:	0207a023          	sw	zero,32(a5)
80401f30:	0141                	add	sp,sp,16
80401f32:	8082                	ret

80401f34 <wakeup>:
80401f34:	804f07b7          	lui	a5,0x804f0
80401f38:	668d                	lui	a3,0x3
80401f3a:	90078793          	add	a5,a5,-1792 # 804ef900 <procs>
80401f3e:	c0068693          	add	a3,a3,-1024 # 2c00 <_entry-0x803fd400>
80401f42:	96be                	add	a3,a3,a5
80401f44:	4611                	li	a2,4
80401f46:	4589                	li	a1,2
80401f48:	a029                	j	80401f52 <wakeup+0x1e>
80401f4a:	0b078793          	add	a5,a5,176
80401f4e:	00f68d63          	beq	a3,a5,80401f68 <wakeup+0x34>
80401f52:	4398                	lw	a4,0(a5)
80401f54:	fec71be3          	bne	a4,a2,80401f4a <wakeup+0x16>
80401f58:	5398                	lw	a4,32(a5)
80401f5a:	fea718e3          	bne	a4,a0,80401f4a <wakeup+0x16>
80401f5e:	c38c                	sw	a1,0(a5)
80401f60:	0b078793          	add	a5,a5,176
80401f64:	fef697e3          	bne	a3,a5,80401f52 <wakeup+0x1e>
80401f68:	8082                	ret

80401f6a <proc_close_all>:
80401f6a:	1141                	add	sp,sp,-16
80401f6c:	c04a                	sw	s2,0(sp)
80401f6e:	678d                	lui	a5,0x3
80401f70:	804f0937          	lui	s2,0x804f0
80401f74:	90090913          	add	s2,s2,-1792 # 804ef900 <procs>
80401f78:	cb078793          	add	a5,a5,-848 # 2cb0 <_entry-0x803fd350>
80401f7c:	c226                	sw	s1,4(sp)
80401f7e:	c606                	sw	ra,12(sp)
80401f80:	0b090493          	add	s1,s2,176
80401f84:	c422                	sw	s0,8(sp)
80401f86:	993e                	add	s2,s2,a5
80401f88:	fc048413          	add	s0,s1,-64
80401f8c:	4008                	lw	a0,0(s0)
80401f8e:	c509                	beqz	a0,80401f98 <proc_close_all+0x2e>
80401f90:	bd1fe0ef          	jal	80400b60 <file_close>
80401f94:	00042023          	sw	zero,0(s0)
80401f98:	0411                	add	s0,s0,4
80401f9a:	fe9419e3          	bne	s0,s1,80401f8c <proc_close_all+0x22>
80401f9e:	0b040493          	add	s1,s0,176
80401fa2:	ff2493e3          	bne	s1,s2,80401f88 <proc_close_all+0x1e>
80401fa6:	40b2                	lw	ra,12(sp)
80401fa8:	4422                	lw	s0,8(sp)
80401faa:	4492                	lw	s1,4(sp)
80401fac:	4902                	lw	s2,0(sp)
80401fae:	0141                	add	sp,sp,16
80401fb0:	8082                	ret

80401fb2 <proc_exit>:
80401fb2:	1101                	add	sp,sp,-32
80401fb4:	ca26                	sw	s1,20(sp)
80401fb6:	804274b7          	lui	s1,0x80427
80401fba:	c64e                	sw	s3,12(sp)
80401fbc:	03c4a983          	lw	s3,60(s1) # 8042703c <current>
80401fc0:	cc22                	sw	s0,24(sp)
80401fc2:	c84a                	sw	s2,16(sp)
80401fc4:	c452                	sw	s4,8(sp)
80401fc6:	ce06                	sw	ra,28(sp)
80401fc8:	842a                	mv	s0,a0
80401fca:	07098913          	add	s2,s3,112
80401fce:	0b098a13          	add	s4,s3,176
80401fd2:	00092503          	lw	a0,0(s2)
80401fd6:	c509                	beqz	a0,80401fe0 <proc_exit+0x2e>
80401fd8:	b89fe0ef          	jal	80400b60 <file_close>
80401fdc:	00092023          	sw	zero,0(s2)
80401fe0:	0911                	add	s2,s2,4
80401fe2:	ff4918e3          	bne	s2,s4,80401fd2 <proc_exit+0x20>
80401fe6:	678d                	lui	a5,0x3
80401fe8:	80427737          	lui	a4,0x80427
80401fec:	804f0e37          	lui	t3,0x804f0
80401ff0:	900e0e13          	add	t3,t3,-1792 # 804ef900 <procs>
80401ff4:	c0878513          	add	a0,a5,-1016 # 2c08 <_entry-0x803fd3f8>
80401ff8:	03872803          	lw	a6,56(a4) # 80427038 <init_proc>
80401ffc:	c0078793          	add	a5,a5,-1024
80402000:	804f0737          	lui	a4,0x804f0
80402004:	90870713          	add	a4,a4,-1784 # 804ef908 <procs+0x8>
80402008:	9572                	add	a0,a0,t3
8040200a:	4315                	li	t1,5
8040200c:	00fe0633          	add	a2,t3,a5
80402010:	4591                	li	a1,4
80402012:	4889                	li	a7,2
80402014:	a029                	j	8040201e <proc_exit+0x6c>
80402016:	0b070713          	add	a4,a4,176
8040201a:	02a70b63          	beq	a4,a0,80402050 <proc_exit+0x9e>
8040201e:	ff872783          	lw	a5,-8(a4)
80402022:	dbf5                	beqz	a5,80402016 <proc_exit+0x64>
80402024:	4314                	lw	a3,0(a4)
80402026:	fed998e3          	bne	s3,a3,80402016 <proc_exit+0x64>
8040202a:	01072023          	sw	a6,0(a4)
8040202e:	fe6794e3          	bne	a5,t1,80402016 <proc_exit+0x64>
80402032:	87f2                	mv	a5,t3
80402034:	a029                	j	8040203e <proc_exit+0x8c>
80402036:	0b078793          	add	a5,a5,176
8040203a:	fcf60ee3          	beq	a2,a5,80402016 <proc_exit+0x64>
8040203e:	4394                	lw	a3,0(a5)
80402040:	feb69be3          	bne	a3,a1,80402036 <proc_exit+0x84>
80402044:	5394                	lw	a3,32(a5)
80402046:	fed818e3          	bne	a6,a3,80402036 <proc_exit+0x84>
8040204a:	0117a023          	sw	a7,0(a5)
8040204e:	b7e5                	j	80402036 <proc_exit+0x84>
80402050:	0089a503          	lw	a0,8(s3)
80402054:	4795                	li	a5,5
80402056:	0089ae23          	sw	s0,28(s3)
8040205a:	00f9a023          	sw	a5,0(s3)
8040205e:	c111                	beqz	a0,80402062 <proc_exit+0xb0>
80402060:	3dd1                	jal	80401f34 <wakeup>
80402062:	03c4a503          	lw	a0,60(s1)
80402066:	c11d                	beqz	a0,8040208c <proc_exit+0xda>
80402068:	4118                	lw	a4,0(a0)
8040206a:	478d                	li	a5,3
8040206c:	02f70063          	beq	a4,a5,8040208c <proc_exit+0xda>
80402070:	804705b7          	lui	a1,0x80470
80402074:	03850513          	add	a0,a0,56
80402078:	8c458593          	add	a1,a1,-1852 # 8046f8c4 <scheduler_context>
8040207c:	7c7010ef          	jal	80404042 <swtch>
80402080:	80405537          	lui	a0,0x80405
80402084:	2ac50513          	add	a0,a0,684 # 804052ac <__udivdi3+0x1200>
80402088:	be9ff0ef          	jal	80401c70 <panic>
8040208c:	80405537          	lui	a0,0x80405
80402090:	28850513          	add	a0,a0,648 # 80405288 <__udivdi3+0x11dc>
80402094:	bddff0ef          	jal	80401c70 <panic>

80402098 <proc_wait>:
80402098:	7179                	add	sp,sp,-48
8040209a:	c462                	sw	s8,8(sp)
8040209c:	80427c37          	lui	s8,0x80427
804020a0:	d04a                	sw	s2,32(sp)
804020a2:	03cc2903          	lw	s2,60(s8) # 8042703c <current>
804020a6:	cc52                	sw	s4,24(sp)
804020a8:	804f0a37          	lui	s4,0x804f0
804020ac:	d226                	sw	s1,36(sp)
804020ae:	ce4e                	sw	s3,28(sp)
804020b0:	ca56                	sw	s5,20(sp)
804020b2:	c85a                	sw	s6,16(sp)
804020b4:	c65e                	sw	s7,12(sp)
804020b6:	d606                	sw	ra,44(sp)
804020b8:	d422                	sw	s0,40(sp)
804020ba:	89aa                	mv	s3,a0
804020bc:	8aae                	mv	s5,a1
804020be:	900a0a13          	add	s4,s4,-1792 # 804ef900 <procs>
804020c2:	5b7d                	li	s6,-1
804020c4:	4b95                	li	s7,5
804020c6:	04000493          	li	s1,64
804020ca:	87d2                	mv	a5,s4
804020cc:	4401                	li	s0,0
804020ce:	4601                	li	a2,0
804020d0:	a031                	j	804020dc <proc_wait+0x44>
804020d2:	0405                	add	s0,s0,1
804020d4:	0b078793          	add	a5,a5,176
804020d8:	06940063          	beq	s0,s1,80402138 <proc_wait+0xa0>
804020dc:	4398                	lw	a4,0(a5)
804020de:	db75                	beqz	a4,804020d2 <proc_wait+0x3a>
804020e0:	4794                	lw	a3,8(a5)
804020e2:	ff2698e3          	bne	a3,s2,804020d2 <proc_wait+0x3a>
804020e6:	01698563          	beq	s3,s6,804020f0 <proc_wait+0x58>
804020ea:	43d4                	lw	a3,4(a5)
804020ec:	ff3693e3          	bne	a3,s3,804020d2 <proc_wait+0x3a>
804020f0:	03771e63          	bne	a4,s7,8040212c <proc_wait+0x94>
804020f4:	0b000493          	li	s1,176
804020f8:	029404b3          	mul	s1,s0,s1
804020fc:	060a9263          	bnez	s5,80402160 <proc_wait+0xc8>
80402100:	0b000793          	li	a5,176
80402104:	009a0533          	add	a0,s4,s1
80402108:	02f40433          	mul	s0,s0,a5
8040210c:	9452                	add	s0,s0,s4
8040210e:	4040                	lw	s0,4(s0)
80402110:	395d                	jal	80401dc6 <proc_free>
80402112:	50b2                	lw	ra,44(sp)
80402114:	8522                	mv	a0,s0
80402116:	5422                	lw	s0,40(sp)
80402118:	5492                	lw	s1,36(sp)
8040211a:	5902                	lw	s2,32(sp)
8040211c:	49f2                	lw	s3,28(sp)
8040211e:	4a62                	lw	s4,24(sp)
80402120:	4ad2                	lw	s5,20(sp)
80402122:	4b42                	lw	s6,16(sp)
80402124:	4bb2                	lw	s7,12(sp)
80402126:	4c22                	lw	s8,8(sp)
80402128:	6145                	add	sp,sp,48
8040212a:	8082                	ret
8040212c:	0405                	add	s0,s0,1
8040212e:	4605                	li	a2,1
80402130:	0b078793          	add	a5,a5,176
80402134:	fa9414e3          	bne	s0,s1,804020dc <proc_wait+0x44>
80402138:	c229                	beqz	a2,8040217a <proc_wait+0xe2>
8040213a:	03cc2503          	lw	a0,60(s8)
8040213e:	4791                	li	a5,4
80402140:	804705b7          	lui	a1,0x80470
80402144:	c11c                	sw	a5,0(a0)
80402146:	03252023          	sw	s2,32(a0)
8040214a:	8c458593          	add	a1,a1,-1852 # 8046f8c4 <scheduler_context>
8040214e:	03850513          	add	a0,a0,56
80402152:	6f1010ef          	jal	80404042 <swtch>
80402156:	03cc2783          	lw	a5,60(s8)
8040215a:	0207a023          	sw	zero,32(a5)
8040215e:	b7b5                	j	804020ca <proc_wait+0x32>
80402160:	02492503          	lw	a0,36(s2)
80402164:	01c48613          	add	a2,s1,28
80402168:	4691                	li	a3,4
8040216a:	9652                	add	a2,a2,s4
8040216c:	85d6                	mv	a1,s5
8040216e:	56f000ef          	jal	80402edc <copyout>
80402172:	f80557e3          	bgez	a0,80402100 <proc_wait+0x68>
80402176:	5449                	li	s0,-14
80402178:	bf69                	j	80402112 <proc_wait+0x7a>
8040217a:	5459                	li	s0,-10
8040217c:	bf59                	j	80402112 <proc_wait+0x7a>

8040217e <fd_alloc>:
8040217e:	804277b7          	lui	a5,0x80427
80402182:	03c7a583          	lw	a1,60(a5) # 8042703c <current>
80402186:	862a                	mv	a2,a0
80402188:	46c1                	li	a3,16
8040218a:	07058793          	add	a5,a1,112
8040218e:	4501                	li	a0,0
80402190:	4398                	lw	a4,0(a5)
80402192:	0791                	add	a5,a5,4
80402194:	c711                	beqz	a4,804021a0 <fd_alloc+0x22>
80402196:	0505                	add	a0,a0,1
80402198:	fed51ce3          	bne	a0,a3,80402190 <fd_alloc+0x12>
8040219c:	5521                	li	a0,-24
8040219e:	8082                	ret
804021a0:	01c50793          	add	a5,a0,28
804021a4:	078a                	sll	a5,a5,0x2
804021a6:	95be                	add	a1,a1,a5
804021a8:	c190                	sw	a2,0(a1)
804021aa:	8082                	ret

804021ac <program_find>:
804021ac:	1101                	add	sp,sp,-32
804021ae:	cc22                	sw	s0,24(sp)
804021b0:	80405437          	lui	s0,0x80405
804021b4:	ca26                	sw	s1,20(sp)
804021b6:	c84a                	sw	s2,16(sp)
804021b8:	c64e                	sw	s3,12(sp)
804021ba:	c452                	sw	s4,8(sp)
804021bc:	ce06                	sw	ra,28(sp)
804021be:	2ec40a13          	add	s4,s0,748 # 804052ec <programs>
804021c2:	892a                	mv	s2,a0
804021c4:	2ec40413          	add	s0,s0,748
804021c8:	4481                	li	s1,0
804021ca:	4999                	li	s3,6
804021cc:	4008                	lw	a0,0(s0)
804021ce:	85ca                	mv	a1,s2
804021d0:	0431                	add	s0,s0,12
804021d2:	2281                	jal	80402312 <strcmp>
804021d4:	cd09                	beqz	a0,804021ee <program_find+0x42>
804021d6:	0485                	add	s1,s1,1
804021d8:	ff349ae3          	bne	s1,s3,804021cc <program_find+0x20>
804021dc:	40f2                	lw	ra,28(sp)
804021de:	4462                	lw	s0,24(sp)
804021e0:	44d2                	lw	s1,20(sp)
804021e2:	4942                	lw	s2,16(sp)
804021e4:	49b2                	lw	s3,12(sp)
804021e6:	4a22                	lw	s4,8(sp)
804021e8:	4501                	li	a0,0
804021ea:	6105                	add	sp,sp,32
804021ec:	8082                	ret
804021ee:	40f2                	lw	ra,28(sp)
804021f0:	4462                	lw	s0,24(sp)
804021f2:	00149793          	sll	a5,s1,0x1
804021f6:	97a6                	add	a5,a5,s1
804021f8:	078a                	sll	a5,a5,0x2
804021fa:	44d2                	lw	s1,20(sp)
804021fc:	4942                	lw	s2,16(sp)
804021fe:	49b2                	lw	s3,12(sp)
80402200:	00fa0533          	add	a0,s4,a5
80402204:	4a22                	lw	s4,8(sp)
80402206:	6105                	add	sp,sp,32
80402208:	8082                	ret

8040220a <program_at>:
8040220a:	4795                	li	a5,5
8040220c:	00a7ec63          	bltu	a5,a0,80402224 <program_at+0x1a>
80402210:	00151793          	sll	a5,a0,0x1
80402214:	953e                	add	a0,a0,a5
80402216:	804057b7          	lui	a5,0x80405
8040221a:	2ec78793          	add	a5,a5,748 # 804052ec <programs>
8040221e:	050a                	sll	a0,a0,0x2
80402220:	953e                	add	a0,a0,a5
80402222:	8082                	ret
80402224:	4501                	li	a0,0
80402226:	8082                	ret

80402228 <memset>:
80402228:	00c56733          	or	a4,a0,a2
8040222c:	8b0d                	and	a4,a4,3
8040222e:	87aa                	mv	a5,a0
80402230:	cf01                	beqz	a4,80402248 <memset+0x20>
80402232:	0ff5f593          	zext.b	a1,a1
80402236:	00c50733          	add	a4,a0,a2
8040223a:	c61d                	beqz	a2,80402268 <memset+0x40>
8040223c:	00b78023          	sb	a1,0(a5)
80402240:	0785                	add	a5,a5,1
80402242:	fee79de3          	bne	a5,a4,8040223c <memset+0x14>
80402246:	8082                	ret
80402248:	0ff5f593          	zext.b	a1,a1
8040224c:	00859693          	sll	a3,a1,0x8
80402250:	96ae                	add	a3,a3,a1
80402252:	01069793          	sll	a5,a3,0x10
80402256:	96be                	add	a3,a3,a5
80402258:	d67d                	beqz	a2,80402246 <memset+0x1e>
8040225a:	00e507b3          	add	a5,a0,a4
8040225e:	c394                	sw	a3,0(a5)
80402260:	0711                	add	a4,a4,4
80402262:	fec76ce3          	bltu	a4,a2,8040225a <memset+0x32>
80402266:	8082                	ret
80402268:	8082                	ret

8040226a <memcpy>:
8040226a:	00b567b3          	or	a5,a0,a1
8040226e:	8fd1                	or	a5,a5,a2
80402270:	8b8d                	and	a5,a5,3
80402272:	cf91                	beqz	a5,8040228e <memcpy+0x24>
80402274:	87aa                	mv	a5,a0
80402276:	00c586b3          	add	a3,a1,a2
8040227a:	c60d                	beqz	a2,804022a4 <memcpy+0x3a>
8040227c:	0005c703          	lbu	a4,0(a1)
80402280:	0585                	add	a1,a1,1
80402282:	0785                	add	a5,a5,1
80402284:	fee78fa3          	sb	a4,-1(a5)
80402288:	fed59ae3          	bne	a1,a3,8040227c <memcpy+0x12>
8040228c:	8082                	ret
8040228e:	de7d                	beqz	a2,8040228c <memcpy+0x22>
80402290:	00f58733          	add	a4,a1,a5
80402294:	4314                	lw	a3,0(a4)
80402296:	00f50733          	add	a4,a0,a5
8040229a:	0791                	add	a5,a5,4
8040229c:	c314                	sw	a3,0(a4)
8040229e:	fec7e9e3          	bltu	a5,a2,80402290 <memcpy+0x26>
804022a2:	8082                	ret
804022a4:	8082                	ret

804022a6 <memcmp>:
804022a6:	c205                	beqz	a2,804022c6 <memcmp+0x20>
804022a8:	962a                	add	a2,a2,a0
804022aa:	a019                	j	804022b0 <memcmp+0xa>
804022ac:	00c50d63          	beq	a0,a2,804022c6 <memcmp+0x20>
804022b0:	00054783          	lbu	a5,0(a0)
804022b4:	0005c703          	lbu	a4,0(a1)
804022b8:	0505                	add	a0,a0,1
804022ba:	0585                	add	a1,a1,1
804022bc:	fee788e3          	beq	a5,a4,804022ac <memcmp+0x6>
804022c0:	40e78533          	sub	a0,a5,a4
804022c4:	8082                	ret
804022c6:	4501                	li	a0,0
804022c8:	8082                	ret

804022ca <strlen>:
804022ca:	00054783          	lbu	a5,0(a0)
804022ce:	872a                	mv	a4,a0
804022d0:	4501                	li	a0,0
804022d2:	cb81                	beqz	a5,804022e2 <strlen+0x18>
804022d4:	0505                	add	a0,a0,1
804022d6:	00a707b3          	add	a5,a4,a0
804022da:	0007c783          	lbu	a5,0(a5)
804022de:	fbfd                	bnez	a5,804022d4 <strlen+0xa>
804022e0:	8082                	ret
804022e2:	8082                	ret

804022e4 <strncmp>:
804022e4:	c20d                	beqz	a2,80402306 <strncmp+0x22>
804022e6:	962a                	add	a2,a2,a0
804022e8:	a021                	j	804022f0 <strncmp+0xc>
804022ea:	c385                	beqz	a5,8040230a <strncmp+0x26>
804022ec:	00c50d63          	beq	a0,a2,80402306 <strncmp+0x22>
804022f0:	0005c783          	lbu	a5,0(a1)
804022f4:	00054703          	lbu	a4,0(a0)
804022f8:	0585                	add	a1,a1,1
804022fa:	0505                	add	a0,a0,1
804022fc:	fef707e3          	beq	a4,a5,804022ea <strncmp+0x6>
80402300:	40f70533          	sub	a0,a4,a5
80402304:	8082                	ret
80402306:	4501                	li	a0,0
80402308:	8082                	ret
8040230a:	4701                	li	a4,0
8040230c:	40f70533          	sub	a0,a4,a5
80402310:	8082                	ret

80402312 <strcmp>:
80402312:	fff50693          	add	a3,a0,-1
80402316:	a021                	j	8040231e <strcmp+0xc>
80402318:	cf91                	beqz	a5,80402334 <strcmp+0x22>
8040231a:	02d50163          	beq	a0,a3,8040233c <strcmp+0x2a>
8040231e:	0005c783          	lbu	a5,0(a1)
80402322:	00054703          	lbu	a4,0(a0)
80402326:	0585                	add	a1,a1,1
80402328:	0505                	add	a0,a0,1
8040232a:	fef707e3          	beq	a4,a5,80402318 <strcmp+0x6>
8040232e:	40f70533          	sub	a0,a4,a5
80402332:	8082                	ret
80402334:	4701                	li	a4,0
80402336:	40f70533          	sub	a0,a4,a5
8040233a:	8082                	ret
8040233c:	4501                	li	a0,0
8040233e:	8082                	ret

80402340 <strlcpy_k>:
80402340:	4785                	li	a5,1
80402342:	882a                	mv	a6,a0
80402344:	02c7f563          	bgeu	a5,a2,8040236e <strlcpy_k+0x2e>
80402348:	962e                	add	a2,a2,a1
8040234a:	872a                	mv	a4,a0
8040234c:	fff60893          	add	a7,a2,-1
80402350:	87ae                	mv	a5,a1
80402352:	a801                	j	80402362 <strlcpy_k+0x22>
80402354:	00d70023          	sb	a3,0(a4)
80402358:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7fb0c001>
8040235c:	01160c63          	beq	a2,a7,80402374 <strlcpy_k+0x34>
80402360:	87b2                	mv	a5,a2
80402362:	0007c683          	lbu	a3,0(a5)
80402366:	00178613          	add	a2,a5,1
8040236a:	883a                	mv	a6,a4
8040236c:	f6e5                	bnez	a3,80402354 <strlcpy_k+0x14>
8040236e:	00080023          	sb	zero,0(a6)
80402372:	8082                	ret
80402374:	8f8d                	sub	a5,a5,a1
80402376:	0785                	add	a5,a5,1
80402378:	00f50833          	add	a6,a0,a5
8040237c:	00080023          	sb	zero,0(a6)
80402380:	8082                	ret

80402382 <syscall>:
80402382:	1141                	add	sp,sp,-16
80402384:	c422                	sw	s0,8(sp)
80402386:	c606                	sw	ra,12(sp)
80402388:	95dff0ef          	jal	80401ce4 <myproc>
8040238c:	5940                	lw	s0,52(a0)
8040238e:	4745                	li	a4,17
80402390:	fda00513          	li	a0,-38
80402394:	407c                	lw	a5,68(s0)
80402396:	fff78693          	add	a3,a5,-1
8040239a:	00d76b63          	bltu	a4,a3,804023b0 <syscall+0x2e>
8040239e:	80405737          	lui	a4,0x80405
804023a2:	078a                	sll	a5,a5,0x2
804023a4:	33470713          	add	a4,a4,820 # 80405334 <syscalls>
804023a8:	97ba                	add	a5,a5,a4
804023aa:	439c                	lw	a5,0(a5)
804023ac:	c391                	beqz	a5,804023b0 <syscall+0x2e>
804023ae:	9782                	jalr	a5
804023b0:	40b2                	lw	ra,12(sp)
804023b2:	d408                	sw	a0,40(s0)
804023b4:	4422                	lw	s0,8(sp)
804023b6:	0141                	add	sp,sp,16
804023b8:	8082                	ret

804023ba <arg_raw>:
804023ba:	7179                	add	sp,sp,-48
804023bc:	d422                	sw	s0,40(sp)
804023be:	d606                	sw	ra,44(sp)
804023c0:	842a                	mv	s0,a0
804023c2:	923ff0ef          	jal	80401ce4 <myproc>
804023c6:	595c                	lw	a5,52(a0)
804023c8:	4715                	li	a4,5
804023ca:	5b88                	lw	a0,48(a5)
804023cc:	02c7a803          	lw	a6,44(a5)
804023d0:	5bcc                	lw	a1,52(a5)
804023d2:	5f90                	lw	a2,56(a5)
804023d4:	5fd4                	lw	a3,60(a5)
804023d6:	579c                	lw	a5,40(a5)
804023d8:	c82a                	sw	a0,16(sp)
804023da:	c642                	sw	a6,12(sp)
804023dc:	c43e                	sw	a5,8(sp)
804023de:	ca2e                	sw	a1,20(sp)
804023e0:	cc32                	sw	a2,24(sp)
804023e2:	ce36                	sw	a3,28(sp)
804023e4:	4501                	li	a0,0
804023e6:	00876963          	bltu	a4,s0,804023f8 <arg_raw+0x3e>
804023ea:	040a                	sll	s0,s0,0x2
804023ec:	02040793          	add	a5,s0,32
804023f0:	00278433          	add	s0,a5,sp
804023f4:	fe842503          	lw	a0,-24(s0)
804023f8:	50b2                	lw	ra,44(sp)
804023fa:	5422                	lw	s0,40(sp)
804023fc:	6145                	add	sp,sp,48
804023fe:	8082                	ret

80402400 <arg_str>:
80402400:	1101                	add	sp,sp,-32
80402402:	ce06                	sw	ra,28(sp)
80402404:	cc22                	sw	s0,24(sp)
80402406:	ca26                	sw	s1,20(sp)
80402408:	c84a                	sw	s2,16(sp)
8040240a:	c64e                	sw	s3,12(sp)
8040240c:	84b2                	mv	s1,a2
8040240e:	842e                	mv	s0,a1
80402410:	892a                	mv	s2,a0
80402412:	8d3ff0ef          	jal	80401ce4 <myproc>
80402416:	02452983          	lw	s3,36(a0)
8040241a:	854a                	mv	a0,s2
8040241c:	3f79                	jal	804023ba <arg_raw>
8040241e:	85a2                	mv	a1,s0
80402420:	4462                	lw	s0,24(sp)
80402422:	40f2                	lw	ra,28(sp)
80402424:	4942                	lw	s2,16(sp)
80402426:	862a                	mv	a2,a0
80402428:	86a6                	mv	a3,s1
8040242a:	854e                	mv	a0,s3
8040242c:	44d2                	lw	s1,20(sp)
8040242e:	49b2                	lw	s3,12(sp)
80402430:	6105                	add	sp,sp,32
80402432:	3610006f          	j	80402f92 <copyinstr>

80402436 <sys_read>:
80402436:	1141                	add	sp,sp,-16
80402438:	4501                	li	a0,0
8040243a:	c606                	sw	ra,12(sp)
8040243c:	c422                	sw	s0,8(sp)
8040243e:	c226                	sw	s1,4(sp)
80402440:	3fad                	jal	804023ba <arg_raw>
80402442:	47bd                	li	a5,15
80402444:	02a7ec63          	bltu	a5,a0,8040247c <sys_read+0x46>
80402448:	842a                	mv	s0,a0
8040244a:	0471                	add	s0,s0,28
8040244c:	899ff0ef          	jal	80401ce4 <myproc>
80402450:	040a                	sll	s0,s0,0x2
80402452:	9522                	add	a0,a0,s0
80402454:	4104                	lw	s1,0(a0)
80402456:	c09d                	beqz	s1,8040247c <sys_read+0x46>
80402458:	4509                	li	a0,2
8040245a:	3785                	jal	804023ba <arg_raw>
8040245c:	02054663          	bltz	a0,80402488 <sys_read+0x52>
80402460:	4505                	li	a0,1
80402462:	3fa1                	jal	804023ba <arg_raw>
80402464:	842a                	mv	s0,a0
80402466:	4509                	li	a0,2
80402468:	3f89                	jal	804023ba <arg_raw>
8040246a:	85a2                	mv	a1,s0
8040246c:	4422                	lw	s0,8(sp)
8040246e:	40b2                	lw	ra,12(sp)
80402470:	862a                	mv	a2,a0
80402472:	8526                	mv	a0,s1
80402474:	4492                	lw	s1,4(sp)
80402476:	0141                	add	sp,sp,16
80402478:	f34fe06f          	j	80400bac <file_read>
8040247c:	555d                	li	a0,-9
8040247e:	40b2                	lw	ra,12(sp)
80402480:	4422                	lw	s0,8(sp)
80402482:	4492                	lw	s1,4(sp)
80402484:	0141                	add	sp,sp,16
80402486:	8082                	ret
80402488:	5529                	li	a0,-22
8040248a:	bfd5                	j	8040247e <sys_read+0x48>

8040248c <sys_write>:
8040248c:	1141                	add	sp,sp,-16
8040248e:	4501                	li	a0,0
80402490:	c606                	sw	ra,12(sp)
80402492:	c422                	sw	s0,8(sp)
80402494:	c226                	sw	s1,4(sp)
80402496:	3715                	jal	804023ba <arg_raw>
80402498:	47bd                	li	a5,15
8040249a:	02a7ec63          	bltu	a5,a0,804024d2 <sys_write+0x46>
8040249e:	842a                	mv	s0,a0
804024a0:	0471                	add	s0,s0,28
804024a2:	843ff0ef          	jal	80401ce4 <myproc>
804024a6:	040a                	sll	s0,s0,0x2
804024a8:	9522                	add	a0,a0,s0
804024aa:	4104                	lw	s1,0(a0)
804024ac:	c09d                	beqz	s1,804024d2 <sys_write+0x46>
804024ae:	4509                	li	a0,2
804024b0:	3729                	jal	804023ba <arg_raw>
804024b2:	02054663          	bltz	a0,804024de <sys_write+0x52>
804024b6:	4505                	li	a0,1
804024b8:	3709                	jal	804023ba <arg_raw>
804024ba:	842a                	mv	s0,a0
804024bc:	4509                	li	a0,2
804024be:	3df5                	jal	804023ba <arg_raw>
804024c0:	85a2                	mv	a1,s0
804024c2:	4422                	lw	s0,8(sp)
804024c4:	40b2                	lw	ra,12(sp)
804024c6:	862a                	mv	a2,a0
804024c8:	8526                	mv	a0,s1
804024ca:	4492                	lw	s1,4(sp)
804024cc:	0141                	add	sp,sp,16
804024ce:	f26fe06f          	j	80400bf4 <file_write>
804024d2:	555d                	li	a0,-9
804024d4:	40b2                	lw	ra,12(sp)
804024d6:	4422                	lw	s0,8(sp)
804024d8:	4492                	lw	s1,4(sp)
804024da:	0141                	add	sp,sp,16
804024dc:	8082                	ret
804024de:	5529                	li	a0,-22
804024e0:	bfd5                	j	804024d4 <sys_write+0x48>

804024e2 <sys_open>:
804024e2:	7171                	add	sp,sp,-176
804024e4:	4505                	li	a0,1
804024e6:	d706                	sw	ra,172(sp)
804024e8:	d522                	sw	s0,168(sp)
804024ea:	d326                	sw	s1,164(sp)
804024ec:	d14a                	sw	s2,160(sp)
804024ee:	cf4e                	sw	s3,156(sp)
804024f0:	35e9                	jal	804023ba <arg_raw>
804024f2:	84aa                	mv	s1,a0
804024f4:	08000613          	li	a2,128
804024f8:	080c                	add	a1,sp,16
804024fa:	4501                	li	a0,0
804024fc:	3711                	jal	80402400 <arg_str>
804024fe:	842a                	mv	s0,a0
80402500:	04054963          	bltz	a0,80402552 <sys_open+0x70>
80402504:	0034f913          	and	s2,s1,3
80402508:	478d                	li	a5,3
8040250a:	5429                	li	s0,-22
8040250c:	04f90363          	beq	s2,a5,80402552 <sys_open+0x70>
80402510:	0070                	add	a2,sp,12
80402512:	85a6                	mv	a1,s1
80402514:	0808                	add	a0,sp,16
80402516:	f83fd0ef          	jal	80400498 <fs_open>
8040251a:	842a                	mv	s0,a0
8040251c:	02054b63          	bltz	a0,80402552 <sys_open+0x70>
80402520:	de0fe0ef          	jal	80400b00 <file_alloc>
80402524:	89aa                	mv	s3,a0
80402526:	c131                	beqz	a0,8040256a <sys_open+0x88>
80402528:	4732                	lw	a4,12(sp)
8040252a:	fff90793          	add	a5,s2,-1
8040252e:	80a9                	srl	s1,s1,0xa
80402530:	00f037b3          	snez	a5,a5
80402534:	4689                	li	a3,2
80402536:	8885                	and	s1,s1,1
80402538:	01203933          	snez	s2,s2
8040253c:	c114                	sw	a3,0(a0)
8040253e:	c958                	sw	a4,20(a0)
80402540:	c51c                	sw	a5,8(a0)
80402542:	01252623          	sw	s2,12(a0)
80402546:	c904                	sw	s1,16(a0)
80402548:	c37ff0ef          	jal	8040217e <fd_alloc>
8040254c:	842a                	mv	s0,a0
8040254e:	00054a63          	bltz	a0,80402562 <sys_open+0x80>
80402552:	50ba                	lw	ra,172(sp)
80402554:	8522                	mv	a0,s0
80402556:	542a                	lw	s0,168(sp)
80402558:	549a                	lw	s1,164(sp)
8040255a:	590a                	lw	s2,160(sp)
8040255c:	49fa                	lw	s3,156(sp)
8040255e:	614d                	add	sp,sp,176
80402560:	8082                	ret
80402562:	854e                	mv	a0,s3
80402564:	dfcfe0ef          	jal	80400b60 <file_close>
80402568:	b7ed                	j	80402552 <sys_open+0x70>
8040256a:	4532                	lw	a0,12(sp)
8040256c:	5421                	li	s0,-24
8040256e:	f43fe0ef          	jal	804014b0 <iput>
80402572:	b7c5                	j	80402552 <sys_open+0x70>

80402574 <sys_close>:
80402574:	1141                	add	sp,sp,-16
80402576:	4501                	li	a0,0
80402578:	c606                	sw	ra,12(sp)
8040257a:	c422                	sw	s0,8(sp)
8040257c:	c226                	sw	s1,4(sp)
8040257e:	3d35                	jal	804023ba <arg_raw>
80402580:	47bd                	li	a5,15
80402582:	02a7e863          	bltu	a5,a0,804025b2 <sys_close+0x3e>
80402586:	842a                	mv	s0,a0
80402588:	0471                	add	s0,s0,28
8040258a:	f5aff0ef          	jal	80401ce4 <myproc>
8040258e:	040a                	sll	s0,s0,0x2
80402590:	9522                	add	a0,a0,s0
80402592:	4104                	lw	s1,0(a0)
80402594:	cc99                	beqz	s1,804025b2 <sys_close+0x3e>
80402596:	f4eff0ef          	jal	80401ce4 <myproc>
8040259a:	9522                	add	a0,a0,s0
8040259c:	00052023          	sw	zero,0(a0)
804025a0:	8526                	mv	a0,s1
804025a2:	dbefe0ef          	jal	80400b60 <file_close>
804025a6:	40b2                	lw	ra,12(sp)
804025a8:	4422                	lw	s0,8(sp)
804025aa:	4492                	lw	s1,4(sp)
804025ac:	4501                	li	a0,0
804025ae:	0141                	add	sp,sp,16
804025b0:	8082                	ret
804025b2:	40b2                	lw	ra,12(sp)
804025b4:	4422                	lw	s0,8(sp)
804025b6:	4492                	lw	s1,4(sp)
804025b8:	555d                	li	a0,-9
804025ba:	0141                	add	sp,sp,16
804025bc:	8082                	ret

804025be <sys_lseek>:
804025be:	1141                	add	sp,sp,-16
804025c0:	4501                	li	a0,0
804025c2:	c606                	sw	ra,12(sp)
804025c4:	c422                	sw	s0,8(sp)
804025c6:	c226                	sw	s1,4(sp)
804025c8:	3bcd                	jal	804023ba <arg_raw>
804025ca:	47bd                	li	a5,15
804025cc:	02a7e863          	bltu	a5,a0,804025fc <sys_lseek+0x3e>
804025d0:	842a                	mv	s0,a0
804025d2:	0471                	add	s0,s0,28
804025d4:	f10ff0ef          	jal	80401ce4 <myproc>
804025d8:	040a                	sll	s0,s0,0x2
804025da:	9522                	add	a0,a0,s0
804025dc:	4104                	lw	s1,0(a0)
804025de:	cc99                	beqz	s1,804025fc <sys_lseek+0x3e>
804025e0:	4505                	li	a0,1
804025e2:	3be1                	jal	804023ba <arg_raw>
804025e4:	842a                	mv	s0,a0
804025e6:	4509                	li	a0,2
804025e8:	3bc9                	jal	804023ba <arg_raw>
804025ea:	85a2                	mv	a1,s0
804025ec:	4422                	lw	s0,8(sp)
804025ee:	40b2                	lw	ra,12(sp)
804025f0:	862a                	mv	a2,a0
804025f2:	8526                	mv	a0,s1
804025f4:	4492                	lw	s1,4(sp)
804025f6:	0141                	add	sp,sp,16
804025f8:	e4efe06f          	j	80400c46 <file_seek>
804025fc:	40b2                	lw	ra,12(sp)
804025fe:	4422                	lw	s0,8(sp)
80402600:	4492                	lw	s1,4(sp)
80402602:	555d                	li	a0,-9
80402604:	0141                	add	sp,sp,16
80402606:	8082                	ret

80402608 <sys_unlink>:
80402608:	7175                	add	sp,sp,-144
8040260a:	08000613          	li	a2,128
8040260e:	858a                	mv	a1,sp
80402610:	4501                	li	a0,0
80402612:	c706                	sw	ra,140(sp)
80402614:	33f5                	jal	80402400 <arg_str>
80402616:	00054563          	bltz	a0,80402620 <sys_unlink+0x18>
8040261a:	850a                	mv	a0,sp
8040261c:	fddfd0ef          	jal	804005f8 <fs_unlink>
80402620:	40ba                	lw	ra,140(sp)
80402622:	6149                	add	sp,sp,144
80402624:	8082                	ret

80402626 <sys_readdir>:
80402626:	7179                	add	sp,sp,-48
80402628:	4501                	li	a0,0
8040262a:	d606                	sw	ra,44(sp)
8040262c:	d422                	sw	s0,40(sp)
8040262e:	d226                	sw	s1,36(sp)
80402630:	3369                	jal	804023ba <arg_raw>
80402632:	860a                	mv	a2,sp
80402634:	004c                	add	a1,sp,4
80402636:	854fe0ef          	jal	8040068a <fs_readdir>
8040263a:	02054c63          	bltz	a0,80402672 <sys_readdir+0x4c>
8040263e:	0048                	add	a0,sp,4
80402640:	c8bff0ef          	jal	804022ca <strlen>
80402644:	842a                	mv	s0,a0
80402646:	4509                	li	a0,2
80402648:	0405                	add	s0,s0,1
8040264a:	3b85                	jal	804023ba <arg_raw>
8040264c:	04856163          	bltu	a0,s0,8040268e <sys_readdir+0x68>
80402650:	e94ff0ef          	jal	80401ce4 <myproc>
80402654:	5144                	lw	s1,36(a0)
80402656:	4505                	li	a0,1
80402658:	d63ff0ef          	jal	804023ba <arg_raw>
8040265c:	85aa                	mv	a1,a0
8040265e:	86a2                	mv	a3,s0
80402660:	0050                	add	a2,sp,4
80402662:	8526                	mv	a0,s1
80402664:	079000ef          	jal	80402edc <copyout>
80402668:	02054663          	bltz	a0,80402694 <sys_readdir+0x6e>
8040266c:	4502                	lw	a0,0(sp)
8040266e:	00054763          	bltz	a0,8040267c <sys_readdir+0x56>
80402672:	50b2                	lw	ra,44(sp)
80402674:	5422                	lw	s0,40(sp)
80402676:	5492                	lw	s1,36(sp)
80402678:	6145                	add	sp,sp,48
8040267a:	8082                	ret
8040267c:	50b2                	lw	ra,44(sp)
8040267e:	5422                	lw	s0,40(sp)
80402680:	80000537          	lui	a0,0x80000
80402684:	5492                	lw	s1,36(sp)
80402686:	fff54513          	not	a0,a0
8040268a:	6145                	add	sp,sp,48
8040268c:	8082                	ret
8040268e:	fdc00513          	li	a0,-36
80402692:	b7c5                	j	80402672 <sys_readdir+0x4c>
80402694:	5549                	li	a0,-14
80402696:	bff1                	j	80402672 <sys_readdir+0x4c>

80402698 <sys_exit>:
80402698:	1141                	add	sp,sp,-16
8040269a:	4501                	li	a0,0
8040269c:	c606                	sw	ra,12(sp)
8040269e:	d1dff0ef          	jal	804023ba <arg_raw>
804026a2:	0ff57513          	zext.b	a0,a0
804026a6:	90dff0ef          	jal	80401fb2 <proc_exit>

804026aa <sys_getpid>:
804026aa:	1141                	add	sp,sp,-16
804026ac:	c606                	sw	ra,12(sp)
804026ae:	e36ff0ef          	jal	80401ce4 <myproc>
804026b2:	40b2                	lw	ra,12(sp)
804026b4:	4148                	lw	a0,4(a0)
804026b6:	0141                	add	sp,sp,16
804026b8:	8082                	ret

804026ba <sys_yield>:
804026ba:	1141                	add	sp,sp,-16
804026bc:	c606                	sw	ra,12(sp)
804026be:	827ff0ef          	jal	80401ee4 <yield>
804026c2:	40b2                	lw	ra,12(sp)
804026c4:	4501                	li	a0,0
804026c6:	0141                	add	sp,sp,16
804026c8:	8082                	ret

804026ca <sys_sleep>:
804026ca:	1141                	add	sp,sp,-16
804026cc:	4501                	li	a0,0
804026ce:	c606                	sw	ra,12(sp)
804026d0:	cebff0ef          	jal	804023ba <arg_raw>
804026d4:	2cc5                	jal	804029c4 <timer_sleep_ms>
804026d6:	40b2                	lw	ra,12(sp)
804026d8:	4501                	li	a0,0
804026da:	0141                	add	sp,sp,16
804026dc:	8082                	ret

804026de <sys_uptime>:
804026de:	a45d                	j	80402984 <uptime_ms>

804026e0 <sys_sbrk>:
804026e0:	1101                	add	sp,sp,-32
804026e2:	ce06                	sw	ra,28(sp)
804026e4:	cc22                	sw	s0,24(sp)
804026e6:	c64e                	sw	s3,12(sp)
804026e8:	c452                	sw	s4,8(sp)
804026ea:	ca26                	sw	s1,20(sp)
804026ec:	c84a                	sw	s2,16(sp)
804026ee:	df6ff0ef          	jal	80401ce4 <myproc>
804026f2:	8a2a                	mv	s4,a0
804026f4:	4501                	li	a0,0
804026f6:	cc5ff0ef          	jal	804023ba <arg_raw>
804026fa:	842a                	mv	s0,a0
804026fc:	02ca2983          	lw	s3,44(s4)
80402700:	04a05163          	blez	a0,80402742 <sys_sbrk+0x62>
80402704:	6785                	lui	a5,0x1
80402706:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80402708:	0bfdf737          	lui	a4,0xbfdf
8040270c:	00f98933          	add	s2,s3,a5
80402710:	76fd                	lui	a3,0xfffff
80402712:	41370733          	sub	a4,a4,s3
80402716:	00d97933          	and	s2,s2,a3
8040271a:	06a76a63          	bltu	a4,a0,8040278e <sys_sbrk+0xae>
8040271e:	00f50633          	add	a2,a0,a5
80402722:	964e                	add	a2,a2,s3
80402724:	8e75                	and	a2,a2,a3
80402726:	04c96563          	bltu	s2,a2,80402770 <sys_sbrk+0x90>
8040272a:	944e                	add	s0,s0,s3
8040272c:	028a2623          	sw	s0,44(s4)
80402730:	854e                	mv	a0,s3
80402732:	40f2                	lw	ra,28(sp)
80402734:	4462                	lw	s0,24(sp)
80402736:	44d2                	lw	s1,20(sp)
80402738:	4942                	lw	s2,16(sp)
8040273a:	49b2                	lw	s3,12(sp)
8040273c:	4a22                	lw	s4,8(sp)
8040273e:	6105                	add	sp,sp,32
80402740:	8082                	ret
80402742:	d565                	beqz	a0,8040272a <sys_sbrk+0x4a>
80402744:	028a2703          	lw	a4,40(s4)
80402748:	40a007b3          	neg	a5,a0
8040274c:	40e98733          	sub	a4,s3,a4
80402750:	04f76163          	bltu	a4,a5,80402792 <sys_sbrk+0xb2>
80402754:	6605                	lui	a2,0x1
80402756:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402758:	00c505b3          	add	a1,a0,a2
8040275c:	77fd                	lui	a5,0xfffff
8040275e:	95ce                	add	a1,a1,s3
80402760:	964e                	add	a2,a2,s3
80402762:	024a2503          	lw	a0,36(s4)
80402766:	8dfd                	and	a1,a1,a5
80402768:	8e7d                	and	a2,a2,a5
8040276a:	8e0d                	sub	a2,a2,a1
8040276c:	2ba1                	jal	80402cc4 <uvm_dealloc>
8040276e:	bf75                	j	8040272a <sys_sbrk+0x4a>
80402770:	024a2503          	lw	a0,36(s4)
80402774:	412604b3          	sub	s1,a2,s2
80402778:	4699                	li	a3,6
8040277a:	8626                	mv	a2,s1
8040277c:	85ca                	mv	a1,s2
8040277e:	21c1                	jal	80402c3e <uvm_alloc>
80402780:	fa0555e3          	bgez	a0,8040272a <sys_sbrk+0x4a>
80402784:	024a2503          	lw	a0,36(s4)
80402788:	8626                	mv	a2,s1
8040278a:	85ca                	mv	a1,s2
8040278c:	2b25                	jal	80402cc4 <uvm_dealloc>
8040278e:	5551                	li	a0,-12
80402790:	b74d                	j	80402732 <sys_sbrk+0x52>
80402792:	5529                	li	a0,-22
80402794:	bf79                	j	80402732 <sys_sbrk+0x52>

80402796 <sys_spawn>:
80402796:	7129                	add	sp,sp,-320
80402798:	08000613          	li	a2,128
8040279c:	006c                	add	a1,sp,12
8040279e:	4501                	li	a0,0
804027a0:	12812c23          	sw	s0,312(sp)
804027a4:	12112e23          	sw	ra,316(sp)
804027a8:	12912a23          	sw	s1,308(sp)
804027ac:	13212823          	sw	s2,304(sp)
804027b0:	13312623          	sw	s3,300(sp)
804027b4:	13412423          	sw	s4,296(sp)
804027b8:	13512223          	sw	s5,292(sp)
804027bc:	13612023          	sw	s6,288(sp)
804027c0:	11712e23          	sw	s7,284(sp)
804027c4:	11812c23          	sw	s8,280(sp)
804027c8:	c39ff0ef          	jal	80402400 <arg_str>
804027cc:	842a                	mv	s0,a0
804027ce:	02054863          	bltz	a0,804027fe <sys_spawn+0x68>
804027d2:	86cff0ef          	jal	8040183e <kalloc>
804027d6:	8a2a                	mv	s4,a0
804027d8:	c969                	beqz	a0,804028aa <sys_spawn+0x114>
804027da:	4505                	li	a0,1
804027dc:	bdfff0ef          	jal	804023ba <arg_raw>
804027e0:	e531                	bnez	a0,8040282c <sys_spawn+0x96>
804027e2:	007c                	add	a5,sp,12
804027e4:	c73e                	sw	a5,140(sp)
804027e6:	c902                	sw	zero,144(sp)
804027e8:	cfcff0ef          	jal	80401ce4 <myproc>
804027ec:	862a                	mv	a2,a0
804027ee:	016c                	add	a1,sp,140
804027f0:	0068                	add	a0,sp,12
804027f2:	fadfd0ef          	jal	8040079e <proc_spawn>
804027f6:	842a                	mv	s0,a0
804027f8:	8552                	mv	a0,s4
804027fa:	86eff0ef          	jal	80401868 <kfree>
804027fe:	13c12083          	lw	ra,316(sp)
80402802:	8522                	mv	a0,s0
80402804:	13812403          	lw	s0,312(sp)
80402808:	13412483          	lw	s1,308(sp)
8040280c:	13012903          	lw	s2,304(sp)
80402810:	12c12983          	lw	s3,300(sp)
80402814:	12812a03          	lw	s4,296(sp)
80402818:	12412a83          	lw	s5,292(sp)
8040281c:	12012b03          	lw	s6,288(sp)
80402820:	11c12b83          	lw	s7,284(sp)
80402824:	11812c03          	lw	s8,280(sp)
80402828:	6131                	add	sp,sp,320
8040282a:	8082                	ret
8040282c:	4505                	li	a0,1
8040282e:	b8dff0ef          	jal	804023ba <arg_raw>
80402832:	8b2a                	mv	s6,a0
80402834:	cb0ff0ef          	jal	80401ce4 <myproc>
80402838:	02452a83          	lw	s5,36(a0) # 80000024 <_entry-0x3fffdc>
8040283c:	4481                	li	s1,0
8040283e:	4901                	li	s2,0
80402840:	08000c13          	li	s8,128
80402844:	6b85                	lui	s7,0x1
80402846:	a831                	j	80402862 <sys_spawn+0xcc>
80402848:	74a000ef          	jal	80402f92 <copyinstr>
8040284c:	0491                	add	s1,s1,4
8040284e:	0178                	add	a4,sp,140
80402850:	842a                	mv	s0,a0
80402852:	00150793          	add	a5,a0,1
80402856:	9726                	add	a4,a4,s1
80402858:	04054363          	bltz	a0,8040289e <sys_spawn+0x108>
8040285c:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
80402860:	993e                	add	s2,s2,a5
80402862:	002c                	add	a1,sp,8
80402864:	4691                	li	a3,4
80402866:	009b0633          	add	a2,s6,s1
8040286a:	8556                	mv	a0,s5
8040286c:	2b6d                	jal	80402e26 <copyin>
8040286e:	012a09b3          	add	s3,s4,s2
80402872:	87aa                	mv	a5,a0
80402874:	412b86b3          	sub	a3,s7,s2
80402878:	85ce                	mv	a1,s3
8040287a:	8556                	mv	a0,s5
8040287c:	0007c863          	bltz	a5,8040288c <sys_spawn+0xf6>
80402880:	4622                	lw	a2,8(sp)
80402882:	c619                	beqz	a2,80402890 <sys_spawn+0xfa>
80402884:	fd8492e3          	bne	s1,s8,80402848 <sys_spawn+0xb2>
80402888:	5429                	li	s0,-22
8040288a:	b7bd                	j	804027f8 <sys_spawn+0x62>
8040288c:	5449                	li	s0,-14
8040288e:	b7ad                	j	804027f8 <sys_spawn+0x62>
80402890:	11048793          	add	a5,s1,272
80402894:	002784b3          	add	s1,a5,sp
80402898:	f604ae23          	sw	zero,-132(s1)
8040289c:	b7b1                	j	804027e8 <sys_spawn+0x52>
8040289e:	fdc00793          	li	a5,-36
804028a2:	f4f51be3          	bne	a0,a5,804027f8 <sys_spawn+0x62>
804028a6:	5429                	li	s0,-22
804028a8:	bf81                	j	804027f8 <sys_spawn+0x62>
804028aa:	5451                	li	s0,-12
804028ac:	bf89                	j	804027fe <sys_spawn+0x68>

804028ae <sys_wait>:
804028ae:	1141                	add	sp,sp,-16
804028b0:	4501                	li	a0,0
804028b2:	c606                	sw	ra,12(sp)
804028b4:	c422                	sw	s0,8(sp)
804028b6:	b05ff0ef          	jal	804023ba <arg_raw>
804028ba:	842a                	mv	s0,a0
804028bc:	4505                	li	a0,1
804028be:	afdff0ef          	jal	804023ba <arg_raw>
804028c2:	85aa                	mv	a1,a0
804028c4:	8522                	mv	a0,s0
804028c6:	4422                	lw	s0,8(sp)
804028c8:	40b2                	lw	ra,12(sp)
804028ca:	0141                	add	sp,sp,16
804028cc:	fccff06f          	j	80402098 <proc_wait>

804028d0 <timer_init>:
804028d0:	c81027f3          	rdtimeh	a5
804028d4:	c01026f3          	rdtime	a3
804028d8:	c8102773          	rdtimeh	a4
804028dc:	fee79ae3          	bne	a5,a4,804028d0 <timer_init>
804028e0:	6561                	lui	a0,0x18
804028e2:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
804028e6:	9536                	add	a0,a0,a3
804028e8:	00d535b3          	sltu	a1,a0,a3
804028ec:	80427637          	lui	a2,0x80427
804028f0:	80427737          	lui	a4,0x80427
804028f4:	95be                	add	a1,a1,a5
804028f6:	04d62823          	sw	a3,80(a2) # 80427050 <boot_time>
804028fa:	04f62a23          	sw	a5,84(a2)
804028fe:	04a72423          	sw	a0,72(a4) # 80427048 <next_tick>
80402902:	04b72623          	sw	a1,76(a4)
80402906:	51a0106f          	j	80403e20 <arch_set_timer>

8040290a <timer_intr>:
8040290a:	1141                	add	sp,sp,-16
8040290c:	c606                	sw	ra,12(sp)
8040290e:	c81027f3          	rdtimeh	a5
80402912:	c01026f3          	rdtime	a3
80402916:	c8102773          	rdtimeh	a4
8040291a:	fee79ae3          	bne	a5,a4,8040290e <timer_intr+0x4>
8040291e:	80427837          	lui	a6,0x80427
80402922:	04882703          	lw	a4,72(a6) # 80427048 <next_tick>
80402926:	6661                	lui	a2,0x18
80402928:	04c82583          	lw	a1,76(a6)
8040292c:	6a060613          	add	a2,a2,1696 # 186a0 <_entry-0x803e7960>
80402930:	963a                	add	a2,a2,a4
80402932:	00e63733          	sltu	a4,a2,a4
80402936:	972e                	add	a4,a4,a1
80402938:	8532                	mv	a0,a2
8040293a:	85ba                	mv	a1,a4
8040293c:	00e7ee63          	bltu	a5,a4,80402958 <timer_intr+0x4e>
80402940:	02f70f63          	beq	a4,a5,8040297e <timer_intr+0x74>
80402944:	6561                	lui	a0,0x18
80402946:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
8040294a:	9536                	add	a0,a0,a3
8040294c:	00d536b3          	sltu	a3,a0,a3
80402950:	00f685b3          	add	a1,a3,a5
80402954:	862a                	mv	a2,a0
80402956:	872e                	mv	a4,a1
80402958:	04e82623          	sw	a4,76(a6)
8040295c:	04c82423          	sw	a2,72(a6)
80402960:	4c0010ef          	jal	80403e20 <arch_set_timer>
80402964:	804277b7          	lui	a5,0x80427
80402968:	0407a703          	lw	a4,64(a5) # 80427040 <ticks>
8040296c:	40b2                	lw	ra,12(sp)
8040296e:	04078513          	add	a0,a5,64
80402972:	0705                	add	a4,a4,1
80402974:	04e7a023          	sw	a4,64(a5)
80402978:	0141                	add	sp,sp,16
8040297a:	dbaff06f          	j	80401f34 <wakeup>
8040297e:	fcc6ede3          	bltu	a3,a2,80402958 <timer_intr+0x4e>
80402982:	b7c9                	j	80402944 <timer_intr+0x3a>

80402984 <uptime_ms>:
80402984:	1141                	add	sp,sp,-16
80402986:	c606                	sw	ra,12(sp)
80402988:	c81027f3          	rdtimeh	a5
8040298c:	c01025f3          	rdtime	a1
80402990:	c8102773          	rdtimeh	a4
80402994:	fee79ae3          	bne	a5,a4,80402988 <uptime_ms+0x4>
80402998:	80427737          	lui	a4,0x80427
8040299c:	05072503          	lw	a0,80(a4) # 80427050 <boot_time>
804029a0:	05472703          	lw	a4,84(a4)
804029a4:	6609                	lui	a2,0x2
804029a6:	40a58533          	sub	a0,a1,a0
804029aa:	00a5b5b3          	sltu	a1,a1,a0
804029ae:	8f99                	sub	a5,a5,a4
804029b0:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
804029b4:	4681                	li	a3,0
804029b6:	40b785b3          	sub	a1,a5,a1
804029ba:	6f2010ef          	jal	804040ac <__udivdi3>
804029be:	40b2                	lw	ra,12(sp)
804029c0:	0141                	add	sp,sp,16
804029c2:	8082                	ret

804029c4 <timer_sleep_ms>:
804029c4:	1141                	add	sp,sp,-16
804029c6:	c606                	sw	ra,12(sp)
804029c8:	c422                	sw	s0,8(sp)
804029ca:	c226                	sw	s1,4(sp)
804029cc:	c04a                	sw	s2,0(sp)
804029ce:	c8102773          	rdtimeh	a4
804029d2:	c01027f3          	rdtime	a5
804029d6:	c81026f3          	rdtimeh	a3
804029da:	fed71ae3          	bne	a4,a3,804029ce <timer_sleep_ms+0xa>
804029de:	6689                	lui	a3,0x2
804029e0:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
804029e4:	02d50933          	mul	s2,a0,a3
804029e8:	804274b7          	lui	s1,0x80427
804029ec:	02d53533          	mulhu	a0,a0,a3
804029f0:	993e                	add	s2,s2,a5
804029f2:	00f937b3          	sltu	a5,s2,a5
804029f6:	972a                	add	a4,a4,a0
804029f8:	00e78433          	add	s0,a5,a4
804029fc:	c81027f3          	rdtimeh	a5
80402a00:	c01026f3          	rdtime	a3
80402a04:	c8102773          	rdtimeh	a4
80402a08:	fee79ae3          	bne	a5,a4,804029fc <timer_sleep_ms+0x38>
80402a0c:	04048513          	add	a0,s1,64 # 80427040 <ticks>
80402a10:	0087f563          	bgeu	a5,s0,80402a1a <timer_sleep_ms+0x56>
80402a14:	cecff0ef          	jal	80401f00 <sleep_on>
80402a18:	b7d5                	j	804029fc <timer_sleep_ms+0x38>
80402a1a:	00f41463          	bne	s0,a5,80402a22 <timer_sleep_ms+0x5e>
80402a1e:	ff26ebe3          	bltu	a3,s2,80402a14 <timer_sleep_ms+0x50>
80402a22:	40b2                	lw	ra,12(sp)
80402a24:	4422                	lw	s0,8(sp)
80402a26:	4492                	lw	s1,4(sp)
80402a28:	4902                	lw	s2,0(sp)
80402a2a:	0141                	add	sp,sp,16
80402a2c:	8082                	ret

80402a2e <user_trap_return>:
80402a2e:	1141                	add	sp,sp,-16
80402a30:	c606                	sw	ra,12(sp)
80402a32:	ab2ff0ef          	jal	80401ce4 <myproc>
80402a36:	4789                	li	a5,2
80402a38:	1007b073          	csrc	sstatus,a5
80402a3c:	5948                	lw	a0,52(a0)
80402a3e:	3bc010ef          	jal	80403dfa <arch_user_return>

80402a42 <user_trap>:
80402a42:	1141                	add	sp,sp,-16
80402a44:	c422                	sw	s0,8(sp)
80402a46:	c606                	sw	ra,12(sp)
80402a48:	842a                	mv	s0,a0
80402a4a:	a9aff0ef          	jal	80401ce4 <myproc>
80402a4e:	08842783          	lw	a5,136(s0)
80402a52:	0607c463          	bltz	a5,80402aba <user_trap+0x78>
80402a56:	46a1                	li	a3,8
80402a58:	08042703          	lw	a4,128(s0)
80402a5c:	04d78463          	beq	a5,a3,80402aa4 <user_trap+0x62>
80402a60:	46bd                	li	a3,15
80402a62:	4150                	lw	a2,4(a0)
80402a64:	00c50593          	add	a1,a0,12
80402a68:	04f6e463          	bltu	a3,a5,80402ab0 <user_trap+0x6e>
80402a6c:	804056b7          	lui	a3,0x80405
80402a70:	078a                	sll	a5,a5,0x2
80402a72:	52068693          	add	a3,a3,1312 # 80405520 <names.0>
80402a76:	96be                	add	a3,a3,a5
80402a78:	4294                	lw	a3,0(a3)
80402a7a:	ca9d                	beqz	a3,80402ab0 <user_trap+0x6e>
80402a7c:	08c42783          	lw	a5,140(s0)
80402a80:	80405537          	lui	a0,0x80405
80402a84:	39850513          	add	a0,a0,920 # 80405398 <syscalls+0x64>
80402a88:	9c2ff0ef          	jal	80401c4a <kprintf>
80402a8c:	08842783          	lw	a5,136(s0)
80402a90:	4709                	li	a4,2
80402a92:	02e78b63          	beq	a5,a4,80402ac8 <user_trap+0x86>
80402a96:	470d                	li	a4,3
80402a98:	02e78b63          	beq	a5,a4,80402ace <user_trap+0x8c>
80402a9c:	08b00513          	li	a0,139
80402aa0:	d12ff0ef          	jal	80401fb2 <proc_exit>
80402aa4:	0711                	add	a4,a4,4
80402aa6:	08e42023          	sw	a4,128(s0)
80402aaa:	8d9ff0ef          	jal	80402382 <syscall>
80402aae:	3741                	jal	80402a2e <user_trap_return>
80402ab0:	804056b7          	lui	a3,0x80405
80402ab4:	38068693          	add	a3,a3,896 # 80405380 <syscalls+0x4c>
80402ab8:	b7d1                	j	80402a7c <user_trap+0x3a>
80402aba:	853e                	mv	a0,a5
80402abc:	2e8010ef          	jal	80403da4 <arch_interrupt>
80402ac0:	d57d                	beqz	a0,80402aae <user_trap+0x6c>
80402ac2:	c22ff0ef          	jal	80401ee4 <yield>
80402ac6:	b7e5                	j	80402aae <user_trap+0x6c>
80402ac8:	08400513          	li	a0,132
80402acc:	bfd1                	j	80402aa0 <user_trap+0x5e>
80402ace:	08500513          	li	a0,133
80402ad2:	b7f9                	j	80402aa0 <user_trap+0x5e>

80402ad4 <kernel_trap>:
80402ad4:	87aa                	mv	a5,a0
80402ad6:	08852503          	lw	a0,136(a0)
80402ada:	1141                	add	sp,sp,-16
80402adc:	c606                	sw	ra,12(sp)
80402ade:	00055b63          	bgez	a0,80402af4 <kernel_trap+0x20>
80402ae2:	0847a783          	lw	a5,132(a5)
80402ae6:	1007f793          	and	a5,a5,256
80402aea:	cf85                	beqz	a5,80402b22 <kernel_trap+0x4e>
80402aec:	40b2                	lw	ra,12(sp)
80402aee:	0141                	add	sp,sp,16
80402af0:	2b40106f          	j	80403da4 <arch_interrupt>
80402af4:	473d                	li	a4,15
80402af6:	02a76c63          	bltu	a4,a0,80402b2e <kernel_trap+0x5a>
80402afa:	80405737          	lui	a4,0x80405
80402afe:	00251693          	sll	a3,a0,0x2
80402b02:	52070713          	add	a4,a4,1312 # 80405520 <names.0>
80402b06:	9736                	add	a4,a4,a3
80402b08:	430c                	lw	a1,0(a4)
80402b0a:	c195                	beqz	a1,80402b2e <kernel_trap+0x5a>
80402b0c:	08c7a703          	lw	a4,140(a5)
80402b10:	0807a683          	lw	a3,128(a5)
80402b14:	862a                	mv	a2,a0
80402b16:	80405537          	lui	a0,0x80405
80402b1a:	3c850513          	add	a0,a0,968 # 804053c8 <syscalls+0x94>
80402b1e:	952ff0ef          	jal	80401c70 <panic>
80402b22:	80405537          	lui	a0,0x80405
80402b26:	40450513          	add	a0,a0,1028 # 80405404 <syscalls+0xd0>
80402b2a:	946ff0ef          	jal	80401c70 <panic>
80402b2e:	804055b7          	lui	a1,0x80405
80402b32:	38058593          	add	a1,a1,896 # 80405380 <syscalls+0x4c>
80402b36:	bfd9                	j	80402b0c <kernel_trap+0x38>

80402b38 <pt_walk>:
80402b38:	0165d793          	srl	a5,a1,0x16
80402b3c:	1141                	add	sp,sp,-16
80402b3e:	078a                	sll	a5,a5,0x2
80402b40:	c04a                	sw	s2,0(sp)
80402b42:	00f50933          	add	s2,a0,a5
80402b46:	00092783          	lw	a5,0(s2)
80402b4a:	c422                	sw	s0,8(sp)
80402b4c:	c606                	sw	ra,12(sp)
80402b4e:	c226                	sw	s1,4(sp)
80402b50:	0017f713          	and	a4,a5,1
80402b54:	842e                	mv	s0,a1
80402b56:	c31d                	beqz	a4,80402b7c <pt_walk+0x44>
80402b58:	00e7f713          	and	a4,a5,14
80402b5c:	e729                	bnez	a4,80402ba6 <pt_walk+0x6e>
80402b5e:	00c5d413          	srl	s0,a1,0xc
80402b62:	00a7d513          	srl	a0,a5,0xa
80402b66:	3ff47413          	and	s0,s0,1023
80402b6a:	040a                	sll	s0,s0,0x2
80402b6c:	0532                	sll	a0,a0,0xc
80402b6e:	40b2                	lw	ra,12(sp)
80402b70:	9522                	add	a0,a0,s0
80402b72:	4422                	lw	s0,8(sp)
80402b74:	4492                	lw	s1,4(sp)
80402b76:	4902                	lw	s2,0(sp)
80402b78:	0141                	add	sp,sp,16
80402b7a:	8082                	ret
80402b7c:	c60d                	beqz	a2,80402ba6 <pt_walk+0x6e>
80402b7e:	126010ef          	jal	80403ca4 <arch_pt_alloc>
80402b82:	84aa                	mv	s1,a0
80402b84:	c10d                	beqz	a0,80402ba6 <pt_walk+0x6e>
80402b86:	8031                	srl	s0,s0,0xc
80402b88:	85aa                	mv	a1,a0
80402b8a:	3ff47413          	and	s0,s0,1023
80402b8e:	854a                	mv	a0,s2
80402b90:	13a010ef          	jal	80403cca <arch_pt_link>
80402b94:	040a                	sll	s0,s0,0x2
80402b96:	00848533          	add	a0,s1,s0
80402b9a:	40b2                	lw	ra,12(sp)
80402b9c:	4422                	lw	s0,8(sp)
80402b9e:	4492                	lw	s1,4(sp)
80402ba0:	4902                	lw	s2,0(sp)
80402ba2:	0141                	add	sp,sp,16
80402ba4:	8082                	ret
80402ba6:	40b2                	lw	ra,12(sp)
80402ba8:	4422                	lw	s0,8(sp)
80402baa:	4492                	lw	s1,4(sp)
80402bac:	4902                	lw	s2,0(sp)
80402bae:	4501                	li	a0,0
80402bb0:	0141                	add	sp,sp,16
80402bb2:	8082                	ret

80402bb4 <uvm_free>:
80402bb4:	1101                	add	sp,sp,-32
80402bb6:	c256                	sw	s5,4(sp)
80402bb8:	8aaa                	mv	s5,a0
80402bba:	c84a                	sw	s2,16(sp)
80402bbc:	c64e                	sw	s3,12(sp)
80402bbe:	c452                	sw	s4,8(sp)
80402bc0:	ce06                	sw	ra,28(sp)
80402bc2:	cc22                	sw	s0,24(sp)
80402bc4:	ca26                	sw	s1,20(sp)
80402bc6:	c05a                	sw	s6,0(sp)
80402bc8:	892a                	mv	s2,a0
80402bca:	0c0a8993          	add	s3,s5,192
80402bce:	0da010ef          	jal	80403ca8 <arch_pt_unpin>
80402bd2:	6a05                	lui	s4,0x1
80402bd4:	a021                	j	80402bdc <uvm_free+0x28>
80402bd6:	0911                	add	s2,s2,4
80402bd8:	03390d63          	beq	s2,s3,80402c12 <uvm_free+0x5e>
80402bdc:	00092783          	lw	a5,0(s2)
80402be0:	0017f713          	and	a4,a5,1
80402be4:	db6d                	beqz	a4,80402bd6 <uvm_free+0x22>
80402be6:	83a9                	srl	a5,a5,0xa
80402be8:	00c79413          	sll	s0,a5,0xc
80402bec:	8522                	mv	a0,s0
80402bee:	8b22                	mv	s6,s0
80402bf0:	0b8010ef          	jal	80403ca8 <arch_pt_unpin>
80402bf4:	014404b3          	add	s1,s0,s4
80402bf8:	4008                	lw	a0,0(s0)
80402bfa:	0411                	add	s0,s0,4
80402bfc:	00157793          	and	a5,a0,1
80402c00:	eb85                	bnez	a5,80402c30 <uvm_free+0x7c>
80402c02:	fe849be3          	bne	s1,s0,80402bf8 <uvm_free+0x44>
80402c06:	855a                	mv	a0,s6
80402c08:	0911                	add	s2,s2,4
80402c0a:	0bc010ef          	jal	80403cc6 <arch_pt_free>
80402c0e:	fd3917e3          	bne	s2,s3,80402bdc <uvm_free+0x28>
80402c12:	8556                	mv	a0,s5
80402c14:	0b2010ef          	jal	80403cc6 <arch_pt_free>
80402c18:	4462                	lw	s0,24(sp)
80402c1a:	40f2                	lw	ra,28(sp)
80402c1c:	44d2                	lw	s1,20(sp)
80402c1e:	4942                	lw	s2,16(sp)
80402c20:	49b2                	lw	s3,12(sp)
80402c22:	4a22                	lw	s4,8(sp)
80402c24:	4b02                	lw	s6,0(sp)
80402c26:	8556                	mv	a0,s5
80402c28:	4a92                	lw	s5,4(sp)
80402c2a:	6105                	add	sp,sp,32
80402c2c:	0ae0106f          	j	80403cda <arch_pt_commit>
80402c30:	8129                	srl	a0,a0,0xa
80402c32:	0532                	sll	a0,a0,0xc
80402c34:	c35fe0ef          	jal	80401868 <kfree>
80402c38:	fc8490e3          	bne	s1,s0,80402bf8 <uvm_free+0x44>
80402c3c:	b7e9                	j	80402c06 <uvm_free+0x52>

80402c3e <uvm_alloc>:
80402c3e:	1101                	add	sp,sp,-32
80402c40:	c84a                	sw	s2,16(sp)
80402c42:	c64e                	sw	s3,12(sp)
80402c44:	ce06                	sw	ra,28(sp)
80402c46:	cc22                	sw	s0,24(sp)
80402c48:	ca26                	sw	s1,20(sp)
80402c4a:	c452                	sw	s4,8(sp)
80402c4c:	c256                	sw	s5,4(sp)
80402c4e:	00c589b3          	add	s3,a1,a2
80402c52:	892a                	mv	s2,a0
80402c54:	0535f863          	bgeu	a1,s3,80402ca4 <uvm_alloc+0x66>
80402c58:	84ae                	mv	s1,a1
80402c5a:	8a36                	mv	s4,a3
80402c5c:	6a85                	lui	s5,0x1
80402c5e:	a015                	j	80402c82 <uvm_alloc+0x44>
80402c60:	bdffe0ef          	jal	8040183e <kalloc>
80402c64:	00c55593          	srl	a1,a0,0xc
80402c68:	05aa                	sll	a1,a1,0xa
80402c6a:	87aa                	mv	a5,a0
80402c6c:	0145e5b3          	or	a1,a1,s4
80402c70:	0d15e593          	or	a1,a1,209
80402c74:	8522                	mv	a0,s0
80402c76:	cb8d                	beqz	a5,80402ca8 <uvm_alloc+0x6a>
80402c78:	94d6                	add	s1,s1,s5
80402c7a:	05c010ef          	jal	80403cd6 <arch_pt_set>
80402c7e:	0334f363          	bgeu	s1,s3,80402ca4 <uvm_alloc+0x66>
80402c82:	85a6                	mv	a1,s1
80402c84:	4605                	li	a2,1
80402c86:	854a                	mv	a0,s2
80402c88:	3d45                	jal	80402b38 <pt_walk>
80402c8a:	842a                	mv	s0,a0
80402c8c:	cd11                	beqz	a0,80402ca8 <uvm_alloc+0x6a>
80402c8e:	410c                	lw	a1,0(a0)
80402c90:	0015f793          	and	a5,a1,1
80402c94:	d7f1                	beqz	a5,80402c60 <uvm_alloc+0x22>
80402c96:	0145e5b3          	or	a1,a1,s4
80402c9a:	94d6                	add	s1,s1,s5
80402c9c:	03a010ef          	jal	80403cd6 <arch_pt_set>
80402ca0:	ff34e1e3          	bltu	s1,s3,80402c82 <uvm_alloc+0x44>
80402ca4:	4401                	li	s0,0
80402ca6:	a011                	j	80402caa <uvm_alloc+0x6c>
80402ca8:	5451                	li	s0,-12
80402caa:	854a                	mv	a0,s2
80402cac:	02e010ef          	jal	80403cda <arch_pt_commit>
80402cb0:	40f2                	lw	ra,28(sp)
80402cb2:	8522                	mv	a0,s0
80402cb4:	4462                	lw	s0,24(sp)
80402cb6:	44d2                	lw	s1,20(sp)
80402cb8:	4942                	lw	s2,16(sp)
80402cba:	49b2                	lw	s3,12(sp)
80402cbc:	4a22                	lw	s4,8(sp)
80402cbe:	4a92                	lw	s5,4(sp)
80402cc0:	6105                	add	sp,sp,32
80402cc2:	8082                	ret

80402cc4 <uvm_dealloc>:
80402cc4:	712d                	add	sp,sp,-288
80402cc6:	11312623          	sw	s3,268(sp)
80402cca:	10112e23          	sw	ra,284(sp)
80402cce:	10812c23          	sw	s0,280(sp)
80402cd2:	10912a23          	sw	s1,276(sp)
80402cd6:	11212823          	sw	s2,272(sp)
80402cda:	11412423          	sw	s4,264(sp)
80402cde:	11512223          	sw	s5,260(sp)
80402ce2:	11612023          	sw	s6,256(sp)
80402ce6:	00c589b3          	add	s3,a1,a2
80402cea:	0d35f363          	bgeu	a1,s3,80402db0 <uvm_dealloc+0xec>
80402cee:	8b2e                	mv	s6,a1
80402cf0:	892a                	mv	s2,a0
80402cf2:	4401                	li	s0,0
80402cf4:	04000a93          	li	s5,64
80402cf8:	0204                	add	s1,sp,256
80402cfa:	6a05                	lui	s4,0x1
80402cfc:	a021                	j	80402d04 <uvm_dealloc+0x40>
80402cfe:	9b52                	add	s6,s6,s4
80402d00:	073b7863          	bgeu	s6,s3,80402d70 <uvm_dealloc+0xac>
80402d04:	016b5793          	srl	a5,s6,0x16
80402d08:	078a                	sll	a5,a5,0x2
80402d0a:	97ca                	add	a5,a5,s2
80402d0c:	439c                	lw	a5,0(a5)
80402d0e:	0017f713          	and	a4,a5,1
80402d12:	d775                	beqz	a4,80402cfe <uvm_dealloc+0x3a>
80402d14:	00e7f713          	and	a4,a5,14
80402d18:	f37d                	bnez	a4,80402cfe <uvm_dealloc+0x3a>
80402d1a:	00cb5713          	srl	a4,s6,0xc
80402d1e:	00a7d513          	srl	a0,a5,0xa
80402d22:	3ff77793          	and	a5,a4,1023
80402d26:	0532                	sll	a0,a0,0xc
80402d28:	078a                	sll	a5,a5,0x2
80402d2a:	953e                	add	a0,a0,a5
80402d2c:	d969                	beqz	a0,80402cfe <uvm_dealloc+0x3a>
80402d2e:	411c                	lw	a5,0(a0)
80402d30:	0017f713          	and	a4,a5,1
80402d34:	d769                	beqz	a4,80402cfe <uvm_dealloc+0x3a>
80402d36:	00241713          	sll	a4,s0,0x2
80402d3a:	83a9                	srl	a5,a5,0xa
80402d3c:	10070713          	add	a4,a4,256
80402d40:	0405                	add	s0,s0,1
80402d42:	970a                	add	a4,a4,sp
80402d44:	07b2                	sll	a5,a5,0xc
80402d46:	4581                	li	a1,0
80402d48:	f0f72023          	sw	a5,-256(a4)
80402d4c:	78b000ef          	jal	80403cd6 <arch_pt_set>
80402d50:	fb5417e3          	bne	s0,s5,80402cfe <uvm_dealloc+0x3a>
80402d54:	854a                	mv	a0,s2
80402d56:	785000ef          	jal	80403cda <arch_pt_commit>
80402d5a:	840a                	mv	s0,sp
80402d5c:	4008                	lw	a0,0(s0)
80402d5e:	0411                	add	s0,s0,4
80402d60:	b09fe0ef          	jal	80401868 <kfree>
80402d64:	fe941ce3          	bne	s0,s1,80402d5c <uvm_dealloc+0x98>
80402d68:	9b52                	add	s6,s6,s4
80402d6a:	4401                	li	s0,0
80402d6c:	f93b6ce3          	bltu	s6,s3,80402d04 <uvm_dealloc+0x40>
80402d70:	854a                	mv	a0,s2
80402d72:	769000ef          	jal	80403cda <arch_pt_commit>
80402d76:	c819                	beqz	s0,80402d8c <uvm_dealloc+0xc8>
80402d78:	890a                	mv	s2,sp
80402d7a:	4481                	li	s1,0
80402d7c:	00092503          	lw	a0,0(s2)
80402d80:	0485                	add	s1,s1,1
80402d82:	0911                	add	s2,s2,4
80402d84:	ae5fe0ef          	jal	80401868 <kfree>
80402d88:	fe941ae3          	bne	s0,s1,80402d7c <uvm_dealloc+0xb8>
80402d8c:	11c12083          	lw	ra,284(sp)
80402d90:	11812403          	lw	s0,280(sp)
80402d94:	11412483          	lw	s1,276(sp)
80402d98:	11012903          	lw	s2,272(sp)
80402d9c:	10c12983          	lw	s3,268(sp)
80402da0:	10812a03          	lw	s4,264(sp)
80402da4:	10412a83          	lw	s5,260(sp)
80402da8:	10012b03          	lw	s6,256(sp)
80402dac:	6115                	add	sp,sp,288
80402dae:	8082                	ret
80402db0:	11812403          	lw	s0,280(sp)
80402db4:	11c12083          	lw	ra,284(sp)
80402db8:	11412483          	lw	s1,276(sp)
80402dbc:	11012903          	lw	s2,272(sp)
80402dc0:	10c12983          	lw	s3,268(sp)
80402dc4:	10812a03          	lw	s4,264(sp)
80402dc8:	10412a83          	lw	s5,260(sp)
80402dcc:	10012b03          	lw	s6,256(sp)
80402dd0:	6115                	add	sp,sp,288
80402dd2:	7090006f          	j	80403cda <arch_pt_commit>

80402dd6 <uvm_kva>:
80402dd6:	0c0007b7          	lui	a5,0xc000
80402dda:	00f5e463          	bltu	a1,a5,80402de2 <uvm_kva+0xc>
80402dde:	4501                	li	a0,0
80402de0:	8082                	ret
80402de2:	0165d793          	srl	a5,a1,0x16
80402de6:	078a                	sll	a5,a5,0x2
80402de8:	953e                	add	a0,a0,a5
80402dea:	411c                	lw	a5,0(a0)
80402dec:	0017f513          	and	a0,a5,1
80402df0:	d965                	beqz	a0,80402de0 <uvm_kva+0xa>
80402df2:	00e7f513          	and	a0,a5,14
80402df6:	f565                	bnez	a0,80402dde <uvm_kva+0x8>
80402df8:	00c5d713          	srl	a4,a1,0xc
80402dfc:	83a9                	srl	a5,a5,0xa
80402dfe:	3ff77713          	and	a4,a4,1023
80402e02:	07b2                	sll	a5,a5,0xc
80402e04:	070a                	sll	a4,a4,0x2
80402e06:	97ba                	add	a5,a5,a4
80402e08:	01166613          	or	a2,a2,17
80402e0c:	dbf1                	beqz	a5,80402de0 <uvm_kva+0xa>
80402e0e:	439c                	lw	a5,0(a5)
80402e10:	00c7f733          	and	a4,a5,a2
80402e14:	fcc716e3          	bne	a4,a2,80402de0 <uvm_kva+0xa>
80402e18:	83a9                	srl	a5,a5,0xa
80402e1a:	05d2                	sll	a1,a1,0x14
80402e1c:	07b2                	sll	a5,a5,0xc
80402e1e:	81d1                	srl	a1,a1,0x14
80402e20:	00b7e533          	or	a0,a5,a1
80402e24:	8082                	ret

80402e26 <copyin>:
80402e26:	cacd                	beqz	a3,80402ed8 <copyin+0xb2>
80402e28:	7179                	add	sp,sp,-48
80402e2a:	d04a                	sw	s2,32(sp)
80402e2c:	d606                	sw	ra,44(sp)
80402e2e:	d422                	sw	s0,40(sp)
80402e30:	d226                	sw	s1,36(sp)
80402e32:	ce4e                	sw	s3,28(sp)
80402e34:	cc52                	sw	s4,24(sp)
80402e36:	ca56                	sw	s5,20(sp)
80402e38:	c85a                	sw	s6,16(sp)
80402e3a:	c65e                	sw	s7,12(sp)
80402e3c:	c462                	sw	s8,8(sp)
80402e3e:	0c0007b7          	lui	a5,0xc000
80402e42:	8932                	mv	s2,a2
80402e44:	00f66f63          	bltu	a2,a5,80402e62 <copyin+0x3c>
80402e48:	5549                	li	a0,-14
80402e4a:	50b2                	lw	ra,44(sp)
80402e4c:	5422                	lw	s0,40(sp)
80402e4e:	5492                	lw	s1,36(sp)
80402e50:	5902                	lw	s2,32(sp)
80402e52:	49f2                	lw	s3,28(sp)
80402e54:	4a62                	lw	s4,24(sp)
80402e56:	4ad2                	lw	s5,20(sp)
80402e58:	4b42                	lw	s6,16(sp)
80402e5a:	4bb2                	lw	s7,12(sp)
80402e5c:	4c22                	lw	s8,8(sp)
80402e5e:	6145                	add	sp,sp,48
80402e60:	8082                	ret
80402e62:	6b05                	lui	s6,0x1
80402e64:	8436                	mv	s0,a3
80402e66:	8a2a                	mv	s4,a0
80402e68:	8c2e                	mv	s8,a1
80402e6a:	4acd                	li	s5,19
80402e6c:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80402e70:	0c0009b7          	lui	s3,0xc000
80402e74:	01695793          	srl	a5,s2,0x16
80402e78:	078a                	sll	a5,a5,0x2
80402e7a:	97d2                	add	a5,a5,s4
80402e7c:	439c                	lw	a5,0(a5)
80402e7e:	0017f713          	and	a4,a5,1
80402e82:	00e7f693          	and	a3,a5,14
80402e86:	d369                	beqz	a4,80402e48 <copyin+0x22>
80402e88:	00c95713          	srl	a4,s2,0xc
80402e8c:	83a9                	srl	a5,a5,0xa
80402e8e:	3ff77713          	and	a4,a4,1023
80402e92:	07b2                	sll	a5,a5,0xc
80402e94:	070a                	sll	a4,a4,0x2
80402e96:	97ba                	add	a5,a5,a4
80402e98:	fac5                	bnez	a3,80402e48 <copyin+0x22>
80402e9a:	017976b3          	and	a3,s2,s7
80402e9e:	8562                	mv	a0,s8
80402ea0:	40db04b3          	sub	s1,s6,a3
80402ea4:	d3d5                	beqz	a5,80402e48 <copyin+0x22>
80402ea6:	4398                	lw	a4,0(a5)
80402ea8:	00a75793          	srl	a5,a4,0xa
80402eac:	07b2                	sll	a5,a5,0xc
80402eae:	8fd5                	or	a5,a5,a3
80402eb0:	8b4d                	and	a4,a4,19
80402eb2:	85be                	mv	a1,a5
80402eb4:	f9571ae3          	bne	a4,s5,80402e48 <copyin+0x22>
80402eb8:	dbc1                	beqz	a5,80402e48 <copyin+0x22>
80402eba:	00947363          	bgeu	s0,s1,80402ec0 <copyin+0x9a>
80402ebe:	84a2                	mv	s1,s0
80402ec0:	8626                	mv	a2,s1
80402ec2:	8c05                	sub	s0,s0,s1
80402ec4:	ba6ff0ef          	jal	8040226a <memcpy>
80402ec8:	9926                	add	s2,s2,s1
80402eca:	9c26                	add	s8,s8,s1
80402ecc:	c401                	beqz	s0,80402ed4 <copyin+0xae>
80402ece:	f7397de3          	bgeu	s2,s3,80402e48 <copyin+0x22>
80402ed2:	b74d                	j	80402e74 <copyin+0x4e>
80402ed4:	4501                	li	a0,0
80402ed6:	bf95                	j	80402e4a <copyin+0x24>
80402ed8:	4501                	li	a0,0
80402eda:	8082                	ret

80402edc <copyout>:
80402edc:	cacd                	beqz	a3,80402f8e <copyout+0xb2>
80402ede:	7179                	add	sp,sp,-48
80402ee0:	d04a                	sw	s2,32(sp)
80402ee2:	d606                	sw	ra,44(sp)
80402ee4:	d422                	sw	s0,40(sp)
80402ee6:	d226                	sw	s1,36(sp)
80402ee8:	ce4e                	sw	s3,28(sp)
80402eea:	cc52                	sw	s4,24(sp)
80402eec:	ca56                	sw	s5,20(sp)
80402eee:	c85a                	sw	s6,16(sp)
80402ef0:	c65e                	sw	s7,12(sp)
80402ef2:	c462                	sw	s8,8(sp)
80402ef4:	0c0007b7          	lui	a5,0xc000
80402ef8:	892e                	mv	s2,a1
80402efa:	00f5ef63          	bltu	a1,a5,80402f18 <copyout+0x3c>
80402efe:	5549                	li	a0,-14
80402f00:	50b2                	lw	ra,44(sp)
80402f02:	5422                	lw	s0,40(sp)
80402f04:	5492                	lw	s1,36(sp)
80402f06:	5902                	lw	s2,32(sp)
80402f08:	49f2                	lw	s3,28(sp)
80402f0a:	4a62                	lw	s4,24(sp)
80402f0c:	4ad2                	lw	s5,20(sp)
80402f0e:	4b42                	lw	s6,16(sp)
80402f10:	4bb2                	lw	s7,12(sp)
80402f12:	4c22                	lw	s8,8(sp)
80402f14:	6145                	add	sp,sp,48
80402f16:	8082                	ret
80402f18:	6b05                	lui	s6,0x1
80402f1a:	8436                	mv	s0,a3
80402f1c:	8a2a                	mv	s4,a0
80402f1e:	8c32                	mv	s8,a2
80402f20:	4ad5                	li	s5,21
80402f22:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80402f26:	0c0009b7          	lui	s3,0xc000
80402f2a:	01695793          	srl	a5,s2,0x16
80402f2e:	078a                	sll	a5,a5,0x2
80402f30:	97d2                	add	a5,a5,s4
80402f32:	439c                	lw	a5,0(a5)
80402f34:	0017f713          	and	a4,a5,1
80402f38:	00e7f693          	and	a3,a5,14
80402f3c:	d369                	beqz	a4,80402efe <copyout+0x22>
80402f3e:	00c95713          	srl	a4,s2,0xc
80402f42:	83a9                	srl	a5,a5,0xa
80402f44:	3ff77713          	and	a4,a4,1023
80402f48:	07b2                	sll	a5,a5,0xc
80402f4a:	070a                	sll	a4,a4,0x2
80402f4c:	97ba                	add	a5,a5,a4
80402f4e:	fac5                	bnez	a3,80402efe <copyout+0x22>
80402f50:	017976b3          	and	a3,s2,s7
80402f54:	85e2                	mv	a1,s8
80402f56:	40db04b3          	sub	s1,s6,a3
80402f5a:	d3d5                	beqz	a5,80402efe <copyout+0x22>
80402f5c:	4398                	lw	a4,0(a5)
80402f5e:	00a75793          	srl	a5,a4,0xa
80402f62:	07b2                	sll	a5,a5,0xc
80402f64:	8fd5                	or	a5,a5,a3
80402f66:	8b55                	and	a4,a4,21
80402f68:	853e                	mv	a0,a5
80402f6a:	f9571ae3          	bne	a4,s5,80402efe <copyout+0x22>
80402f6e:	dbc1                	beqz	a5,80402efe <copyout+0x22>
80402f70:	00947363          	bgeu	s0,s1,80402f76 <copyout+0x9a>
80402f74:	84a2                	mv	s1,s0
80402f76:	8626                	mv	a2,s1
80402f78:	8c05                	sub	s0,s0,s1
80402f7a:	af0ff0ef          	jal	8040226a <memcpy>
80402f7e:	9926                	add	s2,s2,s1
80402f80:	9c26                	add	s8,s8,s1
80402f82:	c401                	beqz	s0,80402f8a <copyout+0xae>
80402f84:	f7397de3          	bgeu	s2,s3,80402efe <copyout+0x22>
80402f88:	b74d                	j	80402f2a <copyout+0x4e>
80402f8a:	4501                	li	a0,0
80402f8c:	bf95                	j	80402f00 <copyout+0x24>
80402f8e:	4501                	li	a0,0
80402f90:	8082                	ret

80402f92 <copyinstr>:
80402f92:	c2c9                	beqz	a3,80403014 <copyinstr+0x82>
80402f94:	0c000337          	lui	t1,0xc000
80402f98:	00666463          	bltu	a2,t1,80402fa0 <copyinstr+0xe>
80402f9c:	5549                	li	a0,-14
80402f9e:	8082                	ret
80402fa0:	6e85                	lui	t4,0x1
80402fa2:	40c30333          	sub	t1,t1,a2
80402fa6:	4781                	li	a5,0
80402fa8:	4e4d                	li	t3,19
80402faa:	1efd                	add	t4,t4,-1 # fff <_entry-0x803ff001>
80402fac:	00f60833          	add	a6,a2,a5
80402fb0:	01685713          	srl	a4,a6,0x16
80402fb4:	070a                	sll	a4,a4,0x2
80402fb6:	972a                	add	a4,a4,a0
80402fb8:	4318                	lw	a4,0(a4)
80402fba:	00177893          	and	a7,a4,1
80402fbe:	00e77f13          	and	t5,a4,14
80402fc2:	fc088de3          	beqz	a7,80402f9c <copyinstr+0xa>
80402fc6:	00c85893          	srl	a7,a6,0xc
80402fca:	8329                	srl	a4,a4,0xa
80402fcc:	3ff8f893          	and	a7,a7,1023
80402fd0:	0732                	sll	a4,a4,0xc
80402fd2:	088a                	sll	a7,a7,0x2
80402fd4:	9746                	add	a4,a4,a7
80402fd6:	fc0f13e3          	bnez	t5,80402f9c <copyinstr+0xa>
80402fda:	00f58f33          	add	t5,a1,a5
80402fde:	01d878b3          	and	a7,a6,t4
80402fe2:	df4d                	beqz	a4,80402f9c <copyinstr+0xa>
80402fe4:	00072803          	lw	a6,0(a4)
80402fe8:	00a85713          	srl	a4,a6,0xa
80402fec:	0732                	sll	a4,a4,0xc
80402fee:	01387813          	and	a6,a6,19
80402ff2:	01176733          	or	a4,a4,a7
80402ff6:	fbc813e3          	bne	a6,t3,80402f9c <copyinstr+0xa>
80402ffa:	d34d                	beqz	a4,80402f9c <copyinstr+0xa>
80402ffc:	00074703          	lbu	a4,0(a4)
80403000:	00ef0023          	sb	a4,0(t5)
80403004:	cb19                	beqz	a4,8040301a <copyinstr+0x88>
80403006:	0785                	add	a5,a5,1 # c000001 <_entry-0x743fffff>
80403008:	00f68663          	beq	a3,a5,80403014 <copyinstr+0x82>
8040300c:	fa6790e3          	bne	a5,t1,80402fac <copyinstr+0x1a>
80403010:	5549                	li	a0,-14
80403012:	8082                	ret
80403014:	fdc00513          	li	a0,-36
80403018:	8082                	ret
8040301a:	853e                	mv	a0,a5
8040301c:	8082                	ret

8040301e <either_copyin>:
8040301e:	1141                	add	sp,sp,-16
80403020:	c422                	sw	s0,8(sp)
80403022:	c226                	sw	s1,4(sp)
80403024:	c04a                	sw	s2,0(sp)
80403026:	c606                	sw	ra,12(sp)
80403028:	842e                	mv	s0,a1
8040302a:	84b2                	mv	s1,a2
8040302c:	8936                	mv	s2,a3
8040302e:	ed09                	bnez	a0,80403048 <either_copyin+0x2a>
80403030:	85a6                	mv	a1,s1
80403032:	8522                	mv	a0,s0
80403034:	8636                	mv	a2,a3
80403036:	a34ff0ef          	jal	8040226a <memcpy>
8040303a:	40b2                	lw	ra,12(sp)
8040303c:	4422                	lw	s0,8(sp)
8040303e:	4492                	lw	s1,4(sp)
80403040:	4902                	lw	s2,0(sp)
80403042:	4501                	li	a0,0
80403044:	0141                	add	sp,sp,16
80403046:	8082                	ret
80403048:	c9dfe0ef          	jal	80401ce4 <myproc>
8040304c:	85a2                	mv	a1,s0
8040304e:	4422                	lw	s0,8(sp)
80403050:	40b2                	lw	ra,12(sp)
80403052:	5148                	lw	a0,36(a0)
80403054:	86ca                	mv	a3,s2
80403056:	8626                	mv	a2,s1
80403058:	4902                	lw	s2,0(sp)
8040305a:	4492                	lw	s1,4(sp)
8040305c:	0141                	add	sp,sp,16
8040305e:	dc9ff06f          	j	80402e26 <copyin>

80403062 <either_copyout>:
80403062:	1141                	add	sp,sp,-16
80403064:	c422                	sw	s0,8(sp)
80403066:	c226                	sw	s1,4(sp)
80403068:	c04a                	sw	s2,0(sp)
8040306a:	c606                	sw	ra,12(sp)
8040306c:	842e                	mv	s0,a1
8040306e:	84b2                	mv	s1,a2
80403070:	8936                	mv	s2,a3
80403072:	ed09                	bnez	a0,8040308c <either_copyout+0x2a>
80403074:	85a6                	mv	a1,s1
80403076:	8522                	mv	a0,s0
80403078:	8636                	mv	a2,a3
8040307a:	9f0ff0ef          	jal	8040226a <memcpy>
8040307e:	40b2                	lw	ra,12(sp)
80403080:	4422                	lw	s0,8(sp)
80403082:	4492                	lw	s1,4(sp)
80403084:	4902                	lw	s2,0(sp)
80403086:	4501                	li	a0,0
80403088:	0141                	add	sp,sp,16
8040308a:	8082                	ret
8040308c:	c59fe0ef          	jal	80401ce4 <myproc>
80403090:	85a2                	mv	a1,s0
80403092:	4422                	lw	s0,8(sp)
80403094:	40b2                	lw	ra,12(sp)
80403096:	5148                	lw	a0,36(a0)
80403098:	86ca                	mv	a3,s2
8040309a:	8626                	mv	a2,s1
8040309c:	4902                	lw	s2,0(sp)
8040309e:	4492                	lw	s1,4(sp)
804030a0:	0141                	add	sp,sp,16
804030a2:	e3bff06f          	j	80402edc <copyout>

804030a6 <arch_power_off>:
804030a6:	1141                	add	sp,sp,-16
804030a8:	0ff57793          	zext.b	a5,a0
804030ac:	c606                	sw	ra,12(sp)
804030ae:	4501                	li	a0,0
804030b0:	c781                	beqz	a5,804030b8 <arch_power_off+0x12>
804030b2:	f0000537          	lui	a0,0xf0000
804030b6:	8d5d                	or	a0,a0,a5
804030b8:	4b3000ef          	jal	80403d6a <sbi_shutdown>

804030bc <arch_crash>:
804030bc:	1141                	add	sp,sp,-16
804030be:	4505                	li	a0,1
804030c0:	c606                	sw	ra,12(sp)
804030c2:	4a9000ef          	jal	80403d6a <sbi_shutdown>

804030c6 <main>:
804030c6:	1141                	add	sp,sp,-16
804030c8:	c422                	sw	s0,8(sp)
804030ca:	804f2437          	lui	s0,0x804f2
804030ce:	852e                	mv	a0,a1
804030d0:	50040593          	add	a1,s0,1280 # 804f2500 <boot_info>
804030d4:	c606                	sw	ra,12(sp)
804030d6:	c226                	sw	s1,4(sp)
804030d8:	08f000ef          	jal	80403966 <fdt_parse>
804030dc:	804007b7          	lui	a5,0x80400
804030e0:	00078793          	mv	a5,a5
804030e4:	80400737          	lui	a4,0x80400
804030e8:	00e78863          	beq	a5,a4,804030f8 <main+0x32>
804030ec:	80405537          	lui	a0,0x80405
804030f0:	56050513          	add	a0,a0,1376 # 80405560 <names.0+0x40>
804030f4:	b7dfe0ef          	jal	80401c70 <panic>
804030f8:	50040493          	add	s1,s0,1280
804030fc:	4098                	lw	a4,0(s1)
804030fe:	fee7e7e3          	bltu	a5,a4,804030ec <main+0x26>
80403102:	40cc                	lw	a1,4(s1)
80403104:	804f3537          	lui	a0,0x804f3
80403108:	00050793          	mv	a5,a0
8040310c:	feb7f0e3          	bgeu	a5,a1,804030ec <main+0x26>
80403110:	00050513          	mv	a0,a0
80403114:	fc0fe0ef          	jal	804018d4 <kinit>
80403118:	50040513          	add	a0,s0,1280
8040311c:	285000ef          	jal	80403ba0 <kvm_init>
80403120:	469000ef          	jal	80403d88 <trap_init>
80403124:	3fd000ef          	jal	80403d20 <sbi_init>
80403128:	3c7000ef          	jal	80403cee <plic_init>
8040312c:	4f9000ef          	jal	80403e24 <uart_init>
80403130:	2084a783          	lw	a5,520(s1)
80403134:	eb89                	bnez	a5,80403146 <main+0x80>
80403136:	2084a583          	lw	a1,520(s1)
8040313a:	804f2537          	lui	a0,0x804f2
8040313e:	50850513          	add	a0,a0,1288 # 804f2508 <boot_info+0x8>
80403142:	815fe0ef          	jal	80401956 <kernel_run>
80403146:	20c4a503          	lw	a0,524(s1)
8040314a:	2045                	jal	804031ea <disk_init>
8040314c:	b7ed                	j	80403136 <main+0x70>

8040314e <disk_wait>:
8040314e:	804277b7          	lui	a5,0x80427
80403152:	05c7a603          	lw	a2,92(a5) # 8042705c <disk_base>
80403156:	00c60693          	add	a3,a2,12
8040315a:	429c                	lw	a5,0(a3)
8040315c:	0017f713          	and	a4,a5,1
80403160:	eb01                	bnez	a4,80403170 <disk_wait+0x22>
80403162:	0807f713          	and	a4,a5,128
80403166:	fb75                	bnez	a4,8040315a <disk_wait+0xc>
80403168:	8fe9                	and	a5,a5,a0
8040316a:	fea798e3          	bne	a5,a0,8040315a <disk_wait+0xc>
8040316e:	8082                	ret
80403170:	4a10                	lw	a2,16(a2)
80403172:	80405537          	lui	a0,0x80405
80403176:	1141                	add	sp,sp,-16
80403178:	58450513          	add	a0,a0,1412 # 80405584 <names.0+0x64>
8040317c:	c606                	sw	ra,12(sp)
8040317e:	af3fe0ef          	jal	80401c70 <panic>

80403182 <disk_command>:
80403182:	1141                	add	sp,sp,-16
80403184:	c422                	sw	s0,8(sp)
80403186:	c226                	sw	s1,4(sp)
80403188:	c606                	sw	ra,12(sp)
8040318a:	c04a                	sw	s2,0(sp)
8040318c:	fff60713          	add	a4,a2,-1
80403190:	0ff00793          	li	a5,255
80403194:	8432                	mv	s0,a2
80403196:	84ae                	mv	s1,a1
80403198:	04e7e163          	bltu	a5,a4,804031da <disk_command+0x58>
8040319c:	804277b7          	lui	a5,0x80427
804031a0:	0587a783          	lw	a5,88(a5) # 80427058 <capacity>
804031a4:	02b7eb63          	bltu	a5,a1,804031da <disk_command+0x58>
804031a8:	8f8d                	sub	a5,a5,a1
804031aa:	02c7e863          	bltu	a5,a2,804031da <disk_command+0x58>
804031ae:	804055b7          	lui	a1,0x80405
804031b2:	892a                	mv	s2,a0
804031b4:	5d058593          	add	a1,a1,1488 # 804055d0 <names.0+0xb0>
804031b8:	04000513          	li	a0,64
804031bc:	3f49                	jal	8040314e <disk_wait>
804031be:	804277b7          	lui	a5,0x80427
804031c2:	05c7a783          	lw	a5,92(a5) # 8042705c <disk_base>
804031c6:	40b2                	lw	ra,12(sp)
804031c8:	c3c0                	sw	s0,4(a5)
804031ca:	4422                	lw	s0,8(sp)
804031cc:	c784                	sw	s1,8(a5)
804031ce:	0127a623          	sw	s2,12(a5)
804031d2:	4492                	lw	s1,4(sp)
804031d4:	4902                	lw	s2,0(sp)
804031d6:	0141                	add	sp,sp,16
804031d8:	8082                	ret
804031da:	80405537          	lui	a0,0x80405
804031de:	8622                	mv	a2,s0
804031e0:	85a6                	mv	a1,s1
804031e2:	5a450513          	add	a0,a0,1444 # 804055a4 <names.0+0x84>
804031e6:	a8bfe0ef          	jal	80401c70 <panic>

804031ea <disk_init>:
804031ea:	00052c23          	sw	zero,24(a0)
804031ee:	4958                	lw	a4,20(a0)
804031f0:	804277b7          	lui	a5,0x80427
804031f4:	04a7ae23          	sw	a0,92(a5) # 8042705c <disk_base>
804031f8:	804277b7          	lui	a5,0x80427
804031fc:	04e7ac23          	sw	a4,88(a5) # 80427058 <capacity>
80403200:	8082                	ret

80403202 <disk_capacity>:
80403202:	804277b7          	lui	a5,0x80427
80403206:	0587a503          	lw	a0,88(a5) # 80427058 <capacity>
8040320a:	8082                	ret

8040320c <disk_read>:
8040320c:	1101                	add	sp,sp,-32
8040320e:	c452                	sw	s4,8(sp)
80403210:	8a2e                	mv	s4,a1
80403212:	ca26                	sw	s1,20(sp)
80403214:	85aa                	mv	a1,a0
80403216:	84b2                	mv	s1,a2
80403218:	02000513          	li	a0,32
8040321c:	8652                	mv	a2,s4
8040321e:	ce06                	sw	ra,28(sp)
80403220:	cc22                	sw	s0,24(sp)
80403222:	c84a                	sw	s2,16(sp)
80403224:	c64e                	sw	s3,12(sp)
80403226:	c256                	sw	s5,4(sp)
80403228:	3fa9                	jal	80403182 <disk_command>
8040322a:	040a0a63          	beqz	s4,8040327e <disk_read+0x72>
8040322e:	804277b7          	lui	a5,0x80427
80403232:	05c7a903          	lw	s2,92(a5) # 8042705c <disk_base>
80403236:	20048493          	add	s1,s1,512
8040323a:	4981                	li	s3,0
8040323c:	80405ab7          	lui	s5,0x80405
80403240:	5d8a8593          	add	a1,s5,1496 # 804055d8 <names.0+0xb8>
80403244:	4521                	li	a0,8
80403246:	e0048413          	add	s0,s1,-512
8040324a:	3711                	jal	8040314e <disk_wait>
8040324c:	00092783          	lw	a5,0(s2)
80403250:	0411                	add	s0,s0,4
80403252:	fef42e23          	sw	a5,-4(s0)
80403256:	fe941be3          	bne	s0,s1,8040324c <disk_read+0x40>
8040325a:	0985                	add	s3,s3,1 # c000001 <_entry-0x743fffff>
8040325c:	20048493          	add	s1,s1,512
80403260:	ff3a10e3          	bne	s4,s3,80403240 <disk_read+0x34>
80403264:	4462                	lw	s0,24(sp)
80403266:	40f2                	lw	ra,28(sp)
80403268:	44d2                	lw	s1,20(sp)
8040326a:	4942                	lw	s2,16(sp)
8040326c:	49b2                	lw	s3,12(sp)
8040326e:	4a22                	lw	s4,8(sp)
80403270:	5d8a8593          	add	a1,s5,1496
80403274:	4a92                	lw	s5,4(sp)
80403276:	4501                	li	a0,0
80403278:	6105                	add	sp,sp,32
8040327a:	ed5ff06f          	j	8040314e <disk_wait>
8040327e:	80405ab7          	lui	s5,0x80405
80403282:	b7cd                	j	80403264 <disk_read+0x58>

80403284 <disk_write>:
80403284:	1101                	add	sp,sp,-32
80403286:	c452                	sw	s4,8(sp)
80403288:	8a2e                	mv	s4,a1
8040328a:	ca26                	sw	s1,20(sp)
8040328c:	85aa                	mv	a1,a0
8040328e:	84b2                	mv	s1,a2
80403290:	03000513          	li	a0,48
80403294:	8652                	mv	a2,s4
80403296:	ce06                	sw	ra,28(sp)
80403298:	cc22                	sw	s0,24(sp)
8040329a:	c84a                	sw	s2,16(sp)
8040329c:	c64e                	sw	s3,12(sp)
8040329e:	c256                	sw	s5,4(sp)
804032a0:	ee3ff0ef          	jal	80403182 <disk_command>
804032a4:	040a0a63          	beqz	s4,804032f8 <disk_write+0x74>
804032a8:	804277b7          	lui	a5,0x80427
804032ac:	05c7a903          	lw	s2,92(a5) # 8042705c <disk_base>
804032b0:	20048493          	add	s1,s1,512
804032b4:	4981                	li	s3,0
804032b6:	80405ab7          	lui	s5,0x80405
804032ba:	5e0a8593          	add	a1,s5,1504 # 804055e0 <names.0+0xc0>
804032be:	4521                	li	a0,8
804032c0:	e0048413          	add	s0,s1,-512
804032c4:	e8bff0ef          	jal	8040314e <disk_wait>
804032c8:	401c                	lw	a5,0(s0)
804032ca:	0411                	add	s0,s0,4
804032cc:	00f92023          	sw	a5,0(s2)
804032d0:	fe941ce3          	bne	s0,s1,804032c8 <disk_write+0x44>
804032d4:	0985                	add	s3,s3,1
804032d6:	20048493          	add	s1,s1,512
804032da:	ff3a10e3          	bne	s4,s3,804032ba <disk_write+0x36>
804032de:	4462                	lw	s0,24(sp)
804032e0:	40f2                	lw	ra,28(sp)
804032e2:	44d2                	lw	s1,20(sp)
804032e4:	4942                	lw	s2,16(sp)
804032e6:	49b2                	lw	s3,12(sp)
804032e8:	4a22                	lw	s4,8(sp)
804032ea:	5e0a8593          	add	a1,s5,1504
804032ee:	4a92                	lw	s5,4(sp)
804032f0:	4501                	li	a0,0
804032f2:	6105                	add	sp,sp,32
804032f4:	e5bff06f          	j	8040314e <disk_wait>
804032f8:	80405ab7          	lui	s5,0x80405
804032fc:	b7cd                	j	804032de <disk_write+0x5a>

804032fe <disk_flush>:
804032fe:	804055b7          	lui	a1,0x80405
80403302:	1141                	add	sp,sp,-16
80403304:	5d058593          	add	a1,a1,1488 # 804055d0 <names.0+0xb0>
80403308:	04000513          	li	a0,64
8040330c:	c606                	sw	ra,12(sp)
8040330e:	e41ff0ef          	jal	8040314e <disk_wait>
80403312:	804277b7          	lui	a5,0x80427
80403316:	05c7a783          	lw	a5,92(a5) # 8042705c <disk_base>
8040331a:	40b2                	lw	ra,12(sp)
8040331c:	0e700713          	li	a4,231
80403320:	c7d8                	sw	a4,12(a5)
80403322:	804055b7          	lui	a1,0x80405
80403326:	5e858593          	add	a1,a1,1512 # 804055e8 <names.0+0xc8>
8040332a:	4501                	li	a0,0
8040332c:	0141                	add	sp,sp,16
8040332e:	e21ff06f          	j	8040314e <disk_wait>

80403332 <strlist_has>:
80403332:	1101                	add	sp,sp,-32
80403334:	c84a                	sw	s2,16(sp)
80403336:	892a                	mv	s2,a0
80403338:	8532                	mv	a0,a2
8040333a:	ca26                	sw	s1,20(sp)
8040333c:	c64e                	sw	s3,12(sp)
8040333e:	c452                	sw	s4,8(sp)
80403340:	ce06                	sw	ra,28(sp)
80403342:	cc22                	sw	s0,24(sp)
80403344:	8a32                	mv	s4,a2
80403346:	84ae                	mv	s1,a1
80403348:	f83fe0ef          	jal	804022ca <strlen>
8040334c:	89aa                	mv	s3,a0
8040334e:	4501                	li	a0,0
80403350:	c09d                	beqz	s1,80403376 <strlist_has+0x44>
80403352:	842a                	mv	s0,a0
80403354:	a021                	j	8040335c <strlist_has+0x2a>
80403356:	0405                	add	s0,s0,1
80403358:	02848863          	beq	s1,s0,80403388 <strlist_has+0x56>
8040335c:	008907b3          	add	a5,s2,s0
80403360:	0007c783          	lbu	a5,0(a5)
80403364:	fbed                	bnez	a5,80403356 <strlist_has+0x24>
80403366:	40a40633          	sub	a2,s0,a0
8040336a:	03360363          	beq	a2,s3,80403390 <strlist_has+0x5e>
8040336e:	00140513          	add	a0,s0,1
80403372:	fe9560e3          	bltu	a0,s1,80403352 <strlist_has+0x20>
80403376:	40f2                	lw	ra,28(sp)
80403378:	4462                	lw	s0,24(sp)
8040337a:	44d2                	lw	s1,20(sp)
8040337c:	4942                	lw	s2,16(sp)
8040337e:	49b2                	lw	s3,12(sp)
80403380:	4a22                	lw	s4,8(sp)
80403382:	4501                	li	a0,0
80403384:	6105                	add	sp,sp,32
80403386:	8082                	ret
80403388:	40a48633          	sub	a2,s1,a0
8040338c:	ff3611e3          	bne	a2,s3,8040336e <strlist_has+0x3c>
80403390:	85d2                	mv	a1,s4
80403392:	954a                	add	a0,a0,s2
80403394:	f13fe0ef          	jal	804022a6 <memcmp>
80403398:	f979                	bnez	a0,8040336e <strlist_has+0x3c>
8040339a:	40f2                	lw	ra,28(sp)
8040339c:	4462                	lw	s0,24(sp)
8040339e:	44d2                	lw	s1,20(sp)
804033a0:	4942                	lw	s2,16(sp)
804033a2:	49b2                	lw	s3,12(sp)
804033a4:	4a22                	lw	s4,8(sp)
804033a6:	4505                	li	a0,1
804033a8:	6105                	add	sp,sp,32
804033aa:	8082                	ret

804033ac <node_reg.isra.0>:
804033ac:	00c52303          	lw	t1,12(a0)
804033b0:	87aa                	mv	a5,a0
804033b2:	08030a63          	beqz	t1,80403446 <node_reg.isra.0+0x9a>
804033b6:	fff58813          	add	a6,a1,-1
804033ba:	4885                	li	a7,1
804033bc:	4501                	li	a0,0
804033be:	0908e563          	bltu	a7,a6,80403448 <node_reg.isra.0+0x9c>
804033c2:	4809                	li	a6,2
804033c4:	08c86263          	bltu	a6,a2,80403448 <node_reg.isra.0+0x9c>
804033c8:	4b9c                	lw	a5,16(a5)
804033ca:	00c58f33          	add	t5,a1,a2
804033ce:	0f0a                	sll	t5,t5,0x2
804033d0:	07e7ec63          	bltu	a5,t5,80403448 <node_reg.isra.0+0x9c>
804033d4:	00259793          	sll	a5,a1,0x2
804033d8:	979a                	add	a5,a5,t1
804033da:	851a                	mv	a0,t1
804033dc:	4e01                	li	t3,0
804033de:	00054583          	lbu	a1,0(a0)
804033e2:	00154883          	lbu	a7,1(a0)
804033e6:	00354e83          	lbu	t4,3(a0)
804033ea:	00254803          	lbu	a6,2(a0)
804033ee:	08c2                	sll	a7,a7,0x10
804033f0:	05e2                	sll	a1,a1,0x18
804033f2:	0115e5b3          	or	a1,a1,a7
804033f6:	01d5e5b3          	or	a1,a1,t4
804033fa:	0822                	sll	a6,a6,0x8
804033fc:	0511                	add	a0,a0,4
804033fe:	88f2                	mv	a7,t3
80403400:	0105ee33          	or	t3,a1,a6
80403404:	fca79de3          	bne	a5,a0,804033de <node_reg.isra.0+0x32>
80403408:	01c6a023          	sw	t3,0(a3)
8040340c:	0116a223          	sw	a7,4(a3)
80403410:	ce0d                	beqz	a2,8040344a <node_reg.isra.0+0x9e>
80403412:	937a                	add	t1,t1,t5
80403414:	4501                	li	a0,0
80403416:	0007c683          	lbu	a3,0(a5)
8040341a:	0017c583          	lbu	a1,1(a5)
8040341e:	0037c803          	lbu	a6,3(a5)
80403422:	0027c603          	lbu	a2,2(a5)
80403426:	05c2                	sll	a1,a1,0x10
80403428:	06e2                	sll	a3,a3,0x18
8040342a:	8ecd                	or	a3,a3,a1
8040342c:	0106e6b3          	or	a3,a3,a6
80403430:	0622                	sll	a2,a2,0x8
80403432:	0791                	add	a5,a5,4
80403434:	85aa                	mv	a1,a0
80403436:	00c6e533          	or	a0,a3,a2
8040343a:	fcf31ee3          	bne	t1,a5,80403416 <node_reg.isra.0+0x6a>
8040343e:	c308                	sw	a0,0(a4)
80403440:	c34c                	sw	a1,4(a4)
80403442:	4505                	li	a0,1
80403444:	8082                	ret
80403446:	4501                	li	a0,0
80403448:	8082                	ret
8040344a:	4501                	li	a0,0
8040344c:	4581                	li	a1,0
8040344e:	bfc5                	j	8040343e <node_reg.isra.0+0x92>

80403450 <fdt_walk>:
80403450:	dd010113          	add	sp,sp,-560
80403454:	21312e23          	sw	s3,540(sp)
80403458:	21712623          	sw	s7,524(sp)
8040345c:	89ae                	mv	s3,a1
8040345e:	8baa                	mv	s7,a0
80403460:	4671                	li	a2,28
80403462:	4581                	li	a1,0
80403464:	0848                	add	a0,sp,20
80403466:	21912223          	sw	s9,516(sp)
8040346a:	1fb12e23          	sw	s11,508(sp)
8040346e:	22112623          	sw	ra,556(sp)
80403472:	22812423          	sw	s0,552(sp)
80403476:	22912223          	sw	s1,548(sp)
8040347a:	23212023          	sw	s2,544(sp)
8040347e:	21412c23          	sw	s4,536(sp)
80403482:	21512a23          	sw	s5,532(sp)
80403486:	21612823          	sw	s6,528(sp)
8040348a:	21812423          	sw	s8,520(sp)
8040348e:	21a12023          	sw	s10,512(sp)
80403492:	d97fe0ef          	jal	80402228 <memset>
80403496:	004bac83          	lw	s9,4(s7) # 1004 <_entry-0x803feffc>
8040349a:	4789                	li	a5,2
8040349c:	008ba683          	lw	a3,8(s7)
804034a0:	cc3e                	sw	a5,24(sp)
804034a2:	4785                	li	a5,1
804034a4:	ce3e                	sw	a5,28(sp)
804034a6:	004c8d93          	add	s11,s9,4
804034aa:	49b6e063          	bltu	a3,s11,8040392a <fdt_walk+0x4da>
804034ae:	4c01                	li	s8,0
804034b0:	4485                	li	s1,1
804034b2:	490d                	li	s2,3
804034b4:	80405a37          	lui	s4,0x80405
804034b8:	80405b37          	lui	s6,0x80405
804034bc:	a00d                	j	804034de <fdt_walk+0x8e>
804034be:	0d258663          	beq	a1,s2,8040358a <fdt_walk+0x13a>
804034c2:	4789                	li	a5,2
804034c4:	0cf58b63          	beq	a1,a5,8040359a <fdt_walk+0x14a>
804034c8:	47a5                	li	a5,9
804034ca:	2ef58163          	beq	a1,a5,804037ac <fdt_walk+0x35c>
804034ce:	4791                	li	a5,4
804034d0:	0af59f63          	bne	a1,a5,8040358e <fdt_walk+0x13e>
804034d4:	8cee                	mv	s9,s11
804034d6:	004c8d93          	add	s11,s9,4
804034da:	45b6e863          	bltu	a3,s11,8040392a <fdt_walk+0x4da>
804034de:	000ba703          	lw	a4,0(s7)
804034e2:	019707b3          	add	a5,a4,s9
804034e6:	0007c583          	lbu	a1,0(a5)
804034ea:	0017c603          	lbu	a2,1(a5)
804034ee:	0037c503          	lbu	a0,3(a5)
804034f2:	0027c783          	lbu	a5,2(a5)
804034f6:	05e2                	sll	a1,a1,0x18
804034f8:	0642                	sll	a2,a2,0x10
804034fa:	8dd1                	or	a1,a1,a2
804034fc:	8dc9                	or	a1,a1,a0
804034fe:	07a2                	sll	a5,a5,0x8
80403500:	8ddd                	or	a1,a1,a5
80403502:	fa959ee3          	bne	a1,s1,804034be <fdt_walk+0x6e>
80403506:	0c05                	add	s8,s8,1
80403508:	47c1                	li	a5,16
8040350a:	4387cc63          	blt	a5,s8,80403942 <fdt_walk+0x4f2>
8040350e:	3eddfd63          	bgeu	s11,a3,80403908 <fdt_walk+0x4b8>
80403512:	846e                	mv	s0,s11
80403514:	a021                	j	8040351c <fdt_walk+0xcc>
80403516:	0405                	add	s0,s0,1
80403518:	3ed47863          	bgeu	s0,a3,80403908 <fdt_walk+0x4b8>
8040351c:	008707b3          	add	a5,a4,s0
80403520:	0007c783          	lbu	a5,0(a5)
80403524:	fbed                	bnez	a5,80403516 <fdt_walk+0xc6>
80403526:	003c1a93          	sll	s5,s8,0x3
8040352a:	418a8733          	sub	a4,s5,s8
8040352e:	00271c93          	sll	s9,a4,0x2
80403532:	085c                	add	a5,sp,20
80403534:	01978533          	add	a0,a5,s9
80403538:	4671                	li	a2,28
8040353a:	4581                	li	a1,0
8040353c:	cedfe0ef          	jal	80402228 <memset>
80403540:	000ba503          	lw	a0,0(s7)
80403544:	1f0c8793          	add	a5,s9,496
80403548:	00278733          	add	a4,a5,sp
8040354c:	4689                	li	a3,2
8040354e:	956e                	add	a0,a0,s11
80403550:	4d11                	li	s10,4
80403552:	e2a72223          	sw	a0,-476(a4) # 803ffe24 <_entry-0x1dc>
80403556:	e2d72423          	sw	a3,-472(a4)
8040355a:	e2972623          	sw	s1,-468(a4)
8040355e:	41bd0d33          	sub	s10,s10,s11
80403562:	16dc0863          	beq	s8,a3,804036d2 <fdt_walk+0x282>
80403566:	4701                	li	a4,0
80403568:	418a87b3          	sub	a5,s5,s8
8040356c:	078a                	sll	a5,a5,0x2
8040356e:	008d0333          	add	t1,s10,s0
80403572:	1f078793          	add	a5,a5,496
80403576:	978a                	add	a5,a5,sp
80403578:	ffc37313          	and	t1,t1,-4
8040357c:	008ba683          	lw	a3,8(s7)
80403580:	e2e7ae23          	sw	a4,-452(a5)
80403584:	01b30cb3          	add	s9,t1,s11
80403588:	b7b9                	j	804034d6 <fdt_walk+0x86>
8040358a:	060c1563          	bnez	s8,804035f4 <fdt_walk+0x1a4>
8040358e:	80405537          	lui	a0,0x80405
80403592:	70450513          	add	a0,a0,1796 # 80405704 <names.0+0x1e4>
80403596:	edafe0ef          	jal	80401c70 <panic>
8040359a:	fe0c0ae3          	beqz	s8,8040358e <fdt_walk+0x13e>
8040359e:	003c1a93          	sll	s5,s8,0x3
804035a2:	418a8733          	sub	a4,s5,s8
804035a6:	070a                	sll	a4,a4,0x2
804035a8:	1f070793          	add	a5,a4,496
804035ac:	002786b3          	add	a3,a5,sp
804035b0:	e3c6a683          	lw	a3,-452(a3)
804035b4:	085c                	add	a5,sp,20
804035b6:	fe470613          	add	a2,a4,-28
804035ba:	00e78433          	add	s0,a5,a4
804035be:	fffc0d13          	add	s10,s8,-1
804035c2:	00c78cb3          	add	s9,a5,a2
804035c6:	c689                	beqz	a3,804035d0 <fdt_walk+0x180>
804035c8:	0049a703          	lw	a4,4(s3)
804035cc:	24070b63          	beqz	a4,80403822 <fdt_walk+0x3d2>
804035d0:	418a87b3          	sub	a5,s5,s8
804035d4:	078a                	sll	a5,a5,0x2
804035d6:	1f078793          	add	a5,a5,496
804035da:	978a                	add	a5,a5,sp
804035dc:	e387a783          	lw	a5,-456(a5)
804035e0:	c789                	beqz	a5,804035ea <fdt_walk+0x19a>
804035e2:	2089a783          	lw	a5,520(s3)
804035e6:	20078063          	beqz	a5,804037e6 <fdt_walk+0x396>
804035ea:	008ba683          	lw	a3,8(s7)
804035ee:	8cee                	mv	s9,s11
804035f0:	8c6a                	mv	s8,s10
804035f2:	b5d5                	j	804034d6 <fdt_walk+0x86>
804035f4:	00cc8e13          	add	t3,s9,12
804035f8:	33c6ef63          	bltu	a3,t3,80403936 <fdt_walk+0x4e6>
804035fc:	01b70633          	add	a2,a4,s11
80403600:	008c8793          	add	a5,s9,8
80403604:	97ba                	add	a5,a5,a4
80403606:	00064d83          	lbu	s11,0(a2)
8040360a:	00164f03          	lbu	t5,1(a2)
8040360e:	0007cd03          	lbu	s10,0(a5)
80403612:	0017c583          	lbu	a1,1(a5)
80403616:	00364e83          	lbu	t4,3(a2)
8040361a:	00264603          	lbu	a2,2(a2)
8040361e:	0037c503          	lbu	a0,3(a5)
80403622:	0de2                	sll	s11,s11,0x18
80403624:	0027c783          	lbu	a5,2(a5)
80403628:	0f42                	sll	t5,t5,0x10
8040362a:	01ededb3          	or	s11,s11,t5
8040362e:	0d62                	sll	s10,s10,0x18
80403630:	05c2                	sll	a1,a1,0x10
80403632:	01ddedb3          	or	s11,s11,t4
80403636:	0622                	sll	a2,a2,0x8
80403638:	00bd6d33          	or	s10,s10,a1
8040363c:	00ad6d33          	or	s10,s10,a0
80403640:	07a2                	sll	a5,a5,0x8
80403642:	00cdedb3          	or	s11,s11,a2
80403646:	41c686b3          	sub	a3,a3,t3
8040364a:	00fd6d33          	or	s10,s10,a5
8040364e:	31b6e663          	bltu	a3,s11,8040395a <fdt_walk+0x50a>
80403652:	010ba603          	lw	a2,16(s7)
80403656:	30cd7263          	bgeu	s10,a2,8040395a <fdt_walk+0x50a>
8040365a:	00cba783          	lw	a5,12(s7)
8040365e:	9d3e                	add	s10,s10,a5
80403660:	963e                	add	a2,a2,a5
80403662:	2acd7363          	bgeu	s10,a2,80403908 <fdt_walk+0x4b8>
80403666:	9d3a                	add	s10,s10,a4
80403668:	87ea                	mv	a5,s10
8040366a:	963a                	add	a2,a2,a4
8040366c:	a021                	j	80403674 <fdt_walk+0x224>
8040366e:	0785                	add	a5,a5,1
80403670:	28c78c63          	beq	a5,a2,80403908 <fdt_walk+0x4b8>
80403674:	0007c683          	lbu	a3,0(a5)
80403678:	fafd                	bnez	a3,8040366e <fdt_walk+0x21e>
8040367a:	688a0593          	add	a1,s4,1672 # 80405688 <names.0+0x168>
8040367e:	856a                	mv	a0,s10
80403680:	01c70433          	add	s0,a4,t3
80403684:	c8ffe0ef          	jal	80402312 <strcmp>
80403688:	e92d                	bnez	a0,804036fa <fdt_walk+0x2aa>
8040368a:	4791                	li	a5,4
8040368c:	0afd8963          	beq	s11,a5,8040373e <fdt_walk+0x2ee>
80403690:	698b0593          	add	a1,s6,1688 # 80405698 <names.0+0x178>
80403694:	856a                	mv	a0,s10
80403696:	c7dfe0ef          	jal	80402312 <strcmp>
8040369a:	804057b7          	lui	a5,0x80405
8040369e:	70078593          	add	a1,a5,1792 # 80405700 <names.0+0x1e0>
804036a2:	856a                	mv	a0,s10
804036a4:	c6ffe0ef          	jal	80402312 <strcmp>
804036a8:	e561                	bnez	a0,80403770 <fdt_walk+0x320>
804036aa:	003c1793          	sll	a5,s8,0x3
804036ae:	418787b3          	sub	a5,a5,s8
804036b2:	078a                	sll	a5,a5,0x2
804036b4:	1f078793          	add	a5,a5,496
804036b8:	978a                	add	a5,a5,sp
804036ba:	e287a823          	sw	s0,-464(a5)
804036be:	e3b7aa23          	sw	s11,-460(a5)
804036c2:	00fc8313          	add	t1,s9,15
804036c6:	936e                	add	t1,t1,s11
804036c8:	008ba683          	lw	a3,8(s7)
804036cc:	ffc37c93          	and	s9,t1,-4
804036d0:	b519                	j	804034d6 <fdt_walk+0x86>
804036d2:	804057b7          	lui	a5,0x80405
804036d6:	63478593          	add	a1,a5,1588 # 80405634 <names.0+0x114>
804036da:	c39fe0ef          	jal	80402312 <strcmp>
804036de:	4705                	li	a4,1
804036e0:	e80504e3          	beqz	a0,80403568 <fdt_walk+0x118>
804036e4:	4536                	lw	a0,76(sp)
804036e6:	804057b7          	lui	a5,0x80405
804036ea:	461d                	li	a2,7
804036ec:	63c78593          	add	a1,a5,1596 # 8040563c <names.0+0x11c>
804036f0:	bf5fe0ef          	jal	804022e4 <strncmp>
804036f4:	00153713          	seqz	a4,a0
804036f8:	bd85                	j	80403568 <fdt_walk+0x118>
804036fa:	698b0593          	add	a1,s6,1688
804036fe:	856a                	mv	a0,s10
80403700:	c13fe0ef          	jal	80402312 <strcmp>
80403704:	f959                	bnez	a0,8040369a <fdt_walk+0x24a>
80403706:	4791                	li	a5,4
80403708:	f8fd99e3          	bne	s11,a5,8040369a <fdt_walk+0x24a>
8040370c:	00044703          	lbu	a4,0(s0)
80403710:	00144603          	lbu	a2,1(s0)
80403714:	00344583          	lbu	a1,3(s0)
80403718:	00244683          	lbu	a3,2(s0)
8040371c:	003c1793          	sll	a5,s8,0x3
80403720:	0762                	sll	a4,a4,0x18
80403722:	0642                	sll	a2,a2,0x10
80403724:	418787b3          	sub	a5,a5,s8
80403728:	8f51                	or	a4,a4,a2
8040372a:	078a                	sll	a5,a5,0x2
8040372c:	8f4d                	or	a4,a4,a1
8040372e:	06a2                	sll	a3,a3,0x8
80403730:	1f078793          	add	a5,a5,496
80403734:	978a                	add	a5,a5,sp
80403736:	8f55                	or	a4,a4,a3
80403738:	e2e7a623          	sw	a4,-468(a5)
8040373c:	b759                	j	804036c2 <fdt_walk+0x272>
8040373e:	00044703          	lbu	a4,0(s0)
80403742:	00144603          	lbu	a2,1(s0)
80403746:	00344583          	lbu	a1,3(s0)
8040374a:	00244683          	lbu	a3,2(s0)
8040374e:	003c1793          	sll	a5,s8,0x3
80403752:	0762                	sll	a4,a4,0x18
80403754:	0642                	sll	a2,a2,0x10
80403756:	418787b3          	sub	a5,a5,s8
8040375a:	8f51                	or	a4,a4,a2
8040375c:	078a                	sll	a5,a5,0x2
8040375e:	8f4d                	or	a4,a4,a1
80403760:	06a2                	sll	a3,a3,0x8
80403762:	1f078793          	add	a5,a5,496
80403766:	978a                	add	a5,a5,sp
80403768:	8f55                	or	a4,a4,a3
8040376a:	e2e7a423          	sw	a4,-472(a5)
8040376e:	bf91                	j	804036c2 <fdt_walk+0x272>
80403770:	804057b7          	lui	a5,0x80405
80403774:	6a478593          	add	a1,a5,1700 # 804056a4 <names.0+0x184>
80403778:	856a                	mv	a0,s10
8040377a:	b99fe0ef          	jal	80402312 <strcmp>
8040377e:	e57d                	bnez	a0,8040386c <fdt_walk+0x41c>
80403780:	80405637          	lui	a2,0x80405
80403784:	6b060613          	add	a2,a2,1712 # 804056b0 <names.0+0x190>
80403788:	85ee                	mv	a1,s11
8040378a:	8522                	mv	a0,s0
8040378c:	ba7ff0ef          	jal	80403332 <strlist_has>
80403790:	003c1793          	sll	a5,s8,0x3
80403794:	418787b3          	sub	a5,a5,s8
80403798:	078a                	sll	a5,a5,0x2
8040379a:	1f078793          	add	a5,a5,496
8040379e:	978a                	add	a5,a5,sp
804037a0:	e387a703          	lw	a4,-456(a5)
804037a4:	8f49                	or	a4,a4,a0
804037a6:	e2e7ac23          	sw	a4,-456(a5)
804037aa:	bf21                	j	804036c2 <fdt_walk+0x272>
804037ac:	22c12083          	lw	ra,556(sp)
804037b0:	22812403          	lw	s0,552(sp)
804037b4:	22412483          	lw	s1,548(sp)
804037b8:	22012903          	lw	s2,544(sp)
804037bc:	21c12983          	lw	s3,540(sp)
804037c0:	21812a03          	lw	s4,536(sp)
804037c4:	21412a83          	lw	s5,532(sp)
804037c8:	21012b03          	lw	s6,528(sp)
804037cc:	20c12b83          	lw	s7,524(sp)
804037d0:	20812c03          	lw	s8,520(sp)
804037d4:	20412c83          	lw	s9,516(sp)
804037d8:	20012d03          	lw	s10,512(sp)
804037dc:	1fc12d83          	lw	s11,508(sp)
804037e0:	23010113          	add	sp,sp,560
804037e4:	8082                	ret
804037e6:	008ca603          	lw	a2,8(s9)
804037ea:	004ca583          	lw	a1,4(s9)
804037ee:	0038                	add	a4,sp,8
804037f0:	868a                	mv	a3,sp
804037f2:	8522                	mv	a0,s0
804037f4:	bb9ff0ef          	jal	804033ac <node_reg.isra.0>
804037f8:	de0509e3          	beqz	a0,804035ea <fdt_walk+0x19a>
804037fc:	4712                	lw	a4,4(sp)
804037fe:	4782                	lw	a5,0(sp)
80403800:	de0715e3          	bnez	a4,804035ea <fdt_walk+0x19a>
80403804:	777d                	lui	a4,0xfffff
80403806:	dee7f2e3          	bgeu	a5,a4,804035ea <fdt_walk+0x19a>
8040380a:	4732                	lw	a4,12(sp)
8040380c:	e709                	bnez	a4,80403816 <fdt_walk+0x3c6>
8040380e:	46a2                	lw	a3,8(sp)
80403810:	6705                	lui	a4,0x1
80403812:	dce6ece3          	bltu	a3,a4,804035ea <fdt_walk+0x19a>
80403816:	4705                	li	a4,1
80403818:	20e9a423          	sw	a4,520(s3)
8040381c:	20f9a623          	sw	a5,524(s3)
80403820:	b3e9                	j	804035ea <fdt_walk+0x19a>
80403822:	008ca603          	lw	a2,8(s9)
80403826:	004ca583          	lw	a1,4(s9)
8040382a:	0038                	add	a4,sp,8
8040382c:	868a                	mv	a3,sp
8040382e:	8522                	mv	a0,s0
80403830:	b7dff0ef          	jal	804033ac <node_reg.isra.0>
80403834:	d8050ee3          	beqz	a0,804035d0 <fdt_walk+0x180>
80403838:	4682                	lw	a3,0(sp)
8040383a:	4622                	lw	a2,8(sp)
8040383c:	4e12                	lw	t3,4(sp)
8040383e:	4532                	lw	a0,12(sp)
80403840:	00c68733          	add	a4,a3,a2
80403844:	00d735b3          	sltu	a1,a4,a3
80403848:	00ae0eb3          	add	t4,t3,a0
8040384c:	95f6                	add	a1,a1,t4
8040384e:	100e1063          	bnez	t3,8040394e <fdt_walk+0x4fe>
80403852:	7e7d                	lui	t3,0xfffff
80403854:	0fc6fd63          	bgeu	a3,t3,8040394e <fdt_walk+0x4fe>
80403858:	8e49                	or	a2,a2,a0
8040385a:	0e060a63          	beqz	a2,8040394e <fdt_walk+0x4fe>
8040385e:	00d9a023          	sw	a3,0(s3)
80403862:	cd9d                	beqz	a1,804038a0 <fdt_walk+0x450>
80403864:	777d                	lui	a4,0xfffff
80403866:	00e9a223          	sw	a4,4(s3)
8040386a:	b39d                	j	804035d0 <fdt_walk+0x180>
8040386c:	804055b7          	lui	a1,0x80405
80403870:	6c458593          	add	a1,a1,1732 # 804056c4 <names.0+0x1a4>
80403874:	856a                	mv	a0,s10
80403876:	a9dfe0ef          	jal	80402312 <strcmp>
8040387a:	872a                	mv	a4,a0
8040387c:	e51d                	bnez	a0,804038aa <fdt_walk+0x45a>
8040387e:	4789                	li	a5,2
80403880:	08fc0a63          	beq	s8,a5,80403914 <fdt_walk+0x4c4>
80403884:	003c1793          	sll	a5,s8,0x3
80403888:	418787b3          	sub	a5,a5,s8
8040388c:	078a                	sll	a5,a5,0x2
8040388e:	1f078793          	add	a5,a5,496
80403892:	978a                	add	a5,a5,sp
80403894:	e3c7a683          	lw	a3,-452(a5)
80403898:	8f55                	or	a4,a4,a3
8040389a:	e2e7ae23          	sw	a4,-452(a5)
8040389e:	b515                	j	804036c2 <fdt_walk+0x272>
804038a0:	76fd                	lui	a3,0xfffff
804038a2:	fce6f2e3          	bgeu	a3,a4,80403866 <fdt_walk+0x416>
804038a6:	777d                	lui	a4,0xfffff
804038a8:	bf7d                	j	80403866 <fdt_walk+0x416>
804038aa:	804055b7          	lui	a1,0x80405
804038ae:	6d058593          	add	a1,a1,1744 # 804056d0 <names.0+0x1b0>
804038b2:	856a                	mv	a0,s10
804038b4:	a5ffe0ef          	jal	80402312 <strcmp>
804038b8:	e00515e3          	bnez	a0,804036c2 <fdt_walk+0x272>
804038bc:	4789                	li	a5,2
804038be:	e0fc12e3          	bne	s8,a5,804036c2 <fdt_walk+0x272>
804038c2:	4536                	lw	a0,76(sp)
804038c4:	804055b7          	lui	a1,0x80405
804038c8:	6dc58593          	add	a1,a1,1756 # 804056dc <names.0+0x1bc>
804038cc:	a47fe0ef          	jal	80402312 <strcmp>
804038d0:	de0519e3          	bnez	a0,804036c2 <fdt_walk+0x272>
804038d4:	4d01                	li	s10,0
804038d6:	1ff00793          	li	a5,511
804038da:	000d9863          	bnez	s11,804038ea <fdt_walk+0x49a>
804038de:	a819                	j	804038f4 <fdt_walk+0x4a4>
804038e0:	0d05                	add	s10,s10,1
804038e2:	01ad8963          	beq	s11,s10,804038f4 <fdt_walk+0x4a4>
804038e6:	00fd0763          	beq	s10,a5,804038f4 <fdt_walk+0x4a4>
804038ea:	01a40733          	add	a4,s0,s10
804038ee:	00074703          	lbu	a4,0(a4) # fffff000 <kernel_end+0x7fb0c000>
804038f2:	f77d                	bnez	a4,804038e0 <fdt_walk+0x490>
804038f4:	866a                	mv	a2,s10
804038f6:	85a2                	mv	a1,s0
804038f8:	00898513          	add	a0,s3,8
804038fc:	9d4e                	add	s10,s10,s3
804038fe:	96dfe0ef          	jal	8040226a <memcpy>
80403902:	000d0423          	sb	zero,8(s10)
80403906:	bb75                	j	804036c2 <fdt_walk+0x272>
80403908:	80405537          	lui	a0,0x80405
8040390c:	61450513          	add	a0,a0,1556 # 80405614 <names.0+0xf4>
80403910:	b60fe0ef          	jal	80401c70 <panic>
80403914:	80405637          	lui	a2,0x80405
80403918:	63460613          	add	a2,a2,1588 # 80405634 <names.0+0x114>
8040391c:	85ee                	mv	a1,s11
8040391e:	8522                	mv	a0,s0
80403920:	a13ff0ef          	jal	80403332 <strlist_has>
80403924:	00a03733          	snez	a4,a0
80403928:	bfb1                	j	80403884 <fdt_walk+0x434>
8040392a:	80405537          	lui	a0,0x80405
8040392e:	71c50513          	add	a0,a0,1820 # 8040571c <names.0+0x1fc>
80403932:	b3efe0ef          	jal	80401c70 <panic>
80403936:	80405537          	lui	a0,0x80405
8040393a:	64450513          	add	a0,a0,1604 # 80405644 <names.0+0x124>
8040393e:	b32fe0ef          	jal	80401c70 <panic>
80403942:	80405537          	lui	a0,0x80405
80403946:	5f050513          	add	a0,a0,1520 # 804055f0 <names.0+0xd0>
8040394a:	b26fe0ef          	jal	80401c70 <panic>
8040394e:	80405537          	lui	a0,0x80405
80403952:	6e450513          	add	a0,a0,1764 # 804056e4 <names.0+0x1c4>
80403956:	b1afe0ef          	jal	80401c70 <panic>
8040395a:	80405537          	lui	a0,0x80405
8040395e:	66450513          	add	a0,a0,1636 # 80405664 <names.0+0x144>
80403962:	b0efe0ef          	jal	80401c70 <panic>

80403966 <fdt_parse>:
80403966:	7139                	add	sp,sp,-64
80403968:	da26                	sw	s1,52(sp)
8040396a:	84ae                	mv	s1,a1
8040396c:	dc22                	sw	s0,56(sp)
8040396e:	21000613          	li	a2,528
80403972:	842a                	mv	s0,a0
80403974:	4581                	li	a1,0
80403976:	8526                	mv	a0,s1
80403978:	de06                	sw	ra,60(sp)
8040397a:	d84a                	sw	s2,48(sp)
8040397c:	d64e                	sw	s3,44(sp)
8040397e:	d452                	sw	s4,40(sp)
80403980:	d256                	sw	s5,36(sp)
80403982:	8a7fe0ef          	jal	80402228 <memset>
80403986:	12040c63          	beqz	s0,80403abe <fdt_parse+0x158>
8040398a:	00347793          	and	a5,s0,3
8040398e:	12079863          	bnez	a5,80403abe <fdt_parse+0x158>
80403992:	00044783          	lbu	a5,0(s0)
80403996:	00144683          	lbu	a3,1(s0)
8040399a:	00344603          	lbu	a2,3(s0)
8040399e:	00244703          	lbu	a4,2(s0)
804039a2:	07e2                	sll	a5,a5,0x18
804039a4:	06c2                	sll	a3,a3,0x10
804039a6:	8fd5                	or	a5,a5,a3
804039a8:	0722                	sll	a4,a4,0x8
804039aa:	8fd1                	or	a5,a5,a2
804039ac:	8fd9                	or	a5,a5,a4
804039ae:	d00e0737          	lui	a4,0xd00e0
804039b2:	eed70713          	add	a4,a4,-275 # d00dfeed <kernel_end+0x4fbeceed>
804039b6:	10e79463          	bne	a5,a4,80403abe <fdt_parse+0x158>
804039ba:	00444583          	lbu	a1,4(s0)
804039be:	00544903          	lbu	s2,5(s0)
804039c2:	00844703          	lbu	a4,8(s0)
804039c6:	00944a83          	lbu	s5,9(s0)
804039ca:	00c44603          	lbu	a2,12(s0)
804039ce:	00d44283          	lbu	t0,13(s0)
804039d2:	02044683          	lbu	a3,32(s0)
804039d6:	02144f03          	lbu	t5,33(s0)
804039da:	02444783          	lbu	a5,36(s0)
804039de:	02544e83          	lbu	t4,37(s0)
804039e2:	00744a03          	lbu	s4,7(s0)
804039e6:	00644e03          	lbu	t3,6(s0)
804039ea:	0942                	sll	s2,s2,0x10
804039ec:	00b44983          	lbu	s3,11(s0)
804039f0:	00a44303          	lbu	t1,10(s0)
804039f4:	00f44083          	lbu	ra,15(s0)
804039f8:	00e44883          	lbu	a7,14(s0)
804039fc:	02344383          	lbu	t2,35(s0)
80403a00:	02244803          	lbu	a6,34(s0)
80403a04:	02744f83          	lbu	t6,39(s0)
80403a08:	02644503          	lbu	a0,38(s0)
80403a0c:	05e2                	sll	a1,a1,0x18
80403a0e:	0125e5b3          	or	a1,a1,s2
80403a12:	0762                	sll	a4,a4,0x18
80403a14:	010a9913          	sll	s2,s5,0x10
80403a18:	0662                	sll	a2,a2,0x18
80403a1a:	02c2                	sll	t0,t0,0x10
80403a1c:	06e2                	sll	a3,a3,0x18
80403a1e:	0f42                	sll	t5,t5,0x10
80403a20:	07e2                	sll	a5,a5,0x18
80403a22:	0ec2                	sll	t4,t4,0x10
80403a24:	0e22                	sll	t3,t3,0x8
80403a26:	0145e5b3          	or	a1,a1,s4
80403a2a:	01276733          	or	a4,a4,s2
80403a2e:	00566633          	or	a2,a2,t0
80403a32:	01e6e6b3          	or	a3,a3,t5
80403a36:	01d7e7b3          	or	a5,a5,t4
80403a3a:	01376733          	or	a4,a4,s3
80403a3e:	0322                	sll	t1,t1,0x8
80403a40:	00166633          	or	a2,a2,ra
80403a44:	08a2                	sll	a7,a7,0x8
80403a46:	0076e6b3          	or	a3,a3,t2
80403a4a:	0822                	sll	a6,a6,0x8
80403a4c:	01f7e7b3          	or	a5,a5,t6
80403a50:	0522                	sll	a0,a0,0x8
80403a52:	01c5e5b3          	or	a1,a1,t3
80403a56:	01000e37          	lui	t3,0x1000
80403a5a:	00676733          	or	a4,a4,t1
80403a5e:	01166633          	or	a2,a2,a7
80403a62:	0106e6b3          	or	a3,a3,a6
80403a66:	8fc9                	or	a5,a5,a0
80403a68:	04be6563          	bltu	t3,a1,80403ab2 <fdt_parse+0x14c>
80403a6c:	04e5e363          	bltu	a1,a4,80403ab2 <fdt_parse+0x14c>
80403a70:	40e58533          	sub	a0,a1,a4
80403a74:	02f56f63          	bltu	a0,a5,80403ab2 <fdt_parse+0x14c>
80403a78:	02c5ed63          	bltu	a1,a2,80403ab2 <fdt_parse+0x14c>
80403a7c:	8d91                	sub	a1,a1,a2
80403a7e:	02d5ea63          	bltu	a1,a3,80403ab2 <fdt_parse+0x14c>
80403a82:	00377593          	and	a1,a4,3
80403a86:	e595                	bnez	a1,80403ab2 <fdt_parse+0x14c>
80403a88:	97ba                	add	a5,a5,a4
80403a8a:	85a6                	mv	a1,s1
80403a8c:	0068                	add	a0,sp,12
80403a8e:	ca3e                	sw	a5,20(sp)
80403a90:	c622                	sw	s0,12(sp)
80403a92:	c83a                	sw	a4,16(sp)
80403a94:	cc32                	sw	a2,24(sp)
80403a96:	ce36                	sw	a3,28(sp)
80403a98:	9b9ff0ef          	jal	80403450 <fdt_walk>
80403a9c:	40dc                	lw	a5,4(s1)
80403a9e:	c79d                	beqz	a5,80403acc <fdt_parse+0x166>
80403aa0:	50f2                	lw	ra,60(sp)
80403aa2:	5462                	lw	s0,56(sp)
80403aa4:	54d2                	lw	s1,52(sp)
80403aa6:	5942                	lw	s2,48(sp)
80403aa8:	59b2                	lw	s3,44(sp)
80403aaa:	5a22                	lw	s4,40(sp)
80403aac:	5a92                	lw	s5,36(sp)
80403aae:	6121                	add	sp,sp,64
80403ab0:	8082                	ret
80403ab2:	80405537          	lui	a0,0x80405
80403ab6:	75850513          	add	a0,a0,1880 # 80405758 <names.0+0x238>
80403aba:	9b6fe0ef          	jal	80401c70 <panic>
80403abe:	80405537          	lui	a0,0x80405
80403ac2:	85a2                	mv	a1,s0
80403ac4:	73850513          	add	a0,a0,1848 # 80405738 <names.0+0x218>
80403ac8:	9a8fe0ef          	jal	80401c70 <panic>
80403acc:	80405537          	lui	a0,0x80405
80403ad0:	77450513          	add	a0,a0,1908 # 80405774 <names.0+0x254>
80403ad4:	99cfe0ef          	jal	80401c70 <panic>

80403ad8 <kvm_map>:
80403ad8:	7179                	add	sp,sp,-48
80403ada:	d226                	sw	s1,36(sp)
80403adc:	d606                	sw	ra,44(sp)
80403ade:	d422                	sw	s0,40(sp)
80403ae0:	d04a                	sw	s2,32(sp)
80403ae2:	ce4e                	sw	s3,28(sp)
80403ae4:	cc52                	sw	s4,24(sp)
80403ae6:	ca56                	sw	s5,20(sp)
80403ae8:	c85a                	sw	s6,16(sp)
80403aea:	c65e                	sw	s7,12(sp)
80403aec:	00c504b3          	add	s1,a0,a2
80403af0:	04957763          	bgeu	a0,s1,80403b3e <kvm_map+0x66>
80403af4:	00400ab7          	lui	s5,0x400
80403af8:	842a                	mv	s0,a0
80403afa:	8b2e                	mv	s6,a1
80403afc:	8936                	mv	s2,a3
80403afe:	80427a37          	lui	s4,0x80427
80403b02:	fffa8993          	add	s3,s5,-1 # 3fffff <_entry-0x80000001>
80403b06:	6b85                	lui	s7,0x1
80403b08:	008b67b3          	or	a5,s6,s0
80403b0c:	0137f7b3          	and	a5,a5,s3
80403b10:	064a2503          	lw	a0,100(s4) # 80427064 <kernel_pagetable>
80403b14:	c3a1                	beqz	a5,80403b54 <kvm_map+0x7c>
80403b16:	4605                	li	a2,1
80403b18:	85a2                	mv	a1,s0
80403b1a:	81eff0ef          	jal	80402b38 <pt_walk>
80403b1e:	c13d                	beqz	a0,80403b84 <kvm_map+0xac>
80403b20:	411c                	lw	a5,0(a0)
80403b22:	8b85                	and	a5,a5,1
80403b24:	e3a5                	bnez	a5,80403b84 <kvm_map+0xac>
80403b26:	00cb5793          	srl	a5,s6,0xc
80403b2a:	07aa                	sll	a5,a5,0xa
80403b2c:	0127e7b3          	or	a5,a5,s2
80403b30:	0c17e793          	or	a5,a5,193
80403b34:	c11c                	sw	a5,0(a0)
80403b36:	945e                	add	s0,s0,s7
80403b38:	9b5e                	add	s6,s6,s7
80403b3a:	fc9467e3          	bltu	s0,s1,80403b08 <kvm_map+0x30>
80403b3e:	50b2                	lw	ra,44(sp)
80403b40:	5422                	lw	s0,40(sp)
80403b42:	5492                	lw	s1,36(sp)
80403b44:	5902                	lw	s2,32(sp)
80403b46:	49f2                	lw	s3,28(sp)
80403b48:	4a62                	lw	s4,24(sp)
80403b4a:	4ad2                	lw	s5,20(sp)
80403b4c:	4b42                	lw	s6,16(sp)
80403b4e:	4bb2                	lw	s7,12(sp)
80403b50:	6145                	add	sp,sp,48
80403b52:	8082                	ret
80403b54:	408487b3          	sub	a5,s1,s0
80403b58:	fb57efe3          	bltu	a5,s5,80403b16 <kvm_map+0x3e>
80403b5c:	01645793          	srl	a5,s0,0x16
80403b60:	078a                	sll	a5,a5,0x2
80403b62:	953e                	add	a0,a0,a5
80403b64:	411c                	lw	a5,0(a0)
80403b66:	8b85                	and	a5,a5,1
80403b68:	e78d                	bnez	a5,80403b92 <kvm_map+0xba>
80403b6a:	00cb5793          	srl	a5,s6,0xc
80403b6e:	07aa                	sll	a5,a5,0xa
80403b70:	0127e7b3          	or	a5,a5,s2
80403b74:	0c17e793          	or	a5,a5,193
80403b78:	c11c                	sw	a5,0(a0)
80403b7a:	9456                	add	s0,s0,s5
80403b7c:	9b56                	add	s6,s6,s5
80403b7e:	f89465e3          	bltu	s0,s1,80403b08 <kvm_map+0x30>
80403b82:	bf75                	j	80403b3e <kvm_map+0x66>
80403b84:	80405537          	lui	a0,0x80405
80403b88:	85a2                	mv	a1,s0
80403b8a:	7ac50513          	add	a0,a0,1964 # 804057ac <names.0+0x28c>
80403b8e:	8e2fe0ef          	jal	80401c70 <panic>
80403b92:	80405537          	lui	a0,0x80405
80403b96:	85a2                	mv	a1,s0
80403b98:	79050513          	add	a0,a0,1936 # 80405790 <names.0+0x270>
80403b9c:	8d4fe0ef          	jal	80401c70 <panic>

80403ba0 <kvm_init>:
80403ba0:	1141                	add	sp,sp,-16
80403ba2:	c422                	sw	s0,8(sp)
80403ba4:	c226                	sw	s1,4(sp)
80403ba6:	c606                	sw	ra,12(sp)
80403ba8:	842a                	mv	s0,a0
80403baa:	804274b7          	lui	s1,0x80427
80403bae:	c91fd0ef          	jal	8040183e <kalloc>
80403bb2:	06a4a223          	sw	a0,100(s1) # 80427064 <kernel_pagetable>
80403bb6:	c551                	beqz	a0,80403c42 <kvm_init+0xa2>
80403bb8:	405c                	lw	a5,4(s0)
80403bba:	7fc00637          	lui	a2,0x7fc00
80403bbe:	46b9                	li	a3,14
80403bc0:	963e                	add	a2,a2,a5
80403bc2:	804005b7          	lui	a1,0x80400
80403bc6:	80400537          	lui	a0,0x80400
80403bca:	f0fff0ef          	jal	80403ad8 <kvm_map>
80403bce:	4699                	li	a3,6
80403bd0:	00600637          	lui	a2,0x600
80403bd4:	0c0005b7          	lui	a1,0xc000
80403bd8:	0c000537          	lui	a0,0xc000
80403bdc:	efdff0ef          	jal	80403ad8 <kvm_map>
80403be0:	4699                	li	a3,6
80403be2:	6605                	lui	a2,0x1
80403be4:	100005b7          	lui	a1,0x10000
80403be8:	10000537          	lui	a0,0x10000
80403bec:	eedff0ef          	jal	80403ad8 <kvm_map>
80403bf0:	20842783          	lw	a5,520(s0)
80403bf4:	eb8d                	bnez	a5,80403c26 <kvm_init+0x86>
80403bf6:	804276b7          	lui	a3,0x80427
80403bfa:	0644a783          	lw	a5,100(s1)
80403bfe:	0606a703          	lw	a4,96(a3) # 80427060 <active_pagetable>
80403c02:	00e78d63          	beq	a5,a4,80403c1c <kvm_init+0x7c>
80403c06:	00c7d713          	srl	a4,a5,0xc
80403c0a:	80000637          	lui	a2,0x80000
80403c0e:	8f51                	or	a4,a4,a2
80403c10:	18071073          	csrw	satp,a4
80403c14:	12000073          	sfence.vma
80403c18:	06f6a023          	sw	a5,96(a3)
80403c1c:	40b2                	lw	ra,12(sp)
80403c1e:	4422                	lw	s0,8(sp)
80403c20:	4492                	lw	s1,4(sp)
80403c22:	0141                	add	sp,sp,16
80403c24:	8082                	ret
80403c26:	20c42583          	lw	a1,524(s0)
80403c2a:	6609                	lui	a2,0x2
80403c2c:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
80403c2e:	77fd                	lui	a5,0xfffff
80403c30:	962e                	add	a2,a2,a1
80403c32:	8e7d                	and	a2,a2,a5
80403c34:	8dfd                	and	a1,a1,a5
80403c36:	4699                	li	a3,6
80403c38:	8e0d                	sub	a2,a2,a1
80403c3a:	852e                	mv	a0,a1
80403c3c:	e9dff0ef          	jal	80403ad8 <kvm_map>
80403c40:	bf5d                	j	80403bf6 <kvm_init+0x56>
80403c42:	80405537          	lui	a0,0x80405
80403c46:	7c450513          	add	a0,a0,1988 # 804057c4 <names.0+0x2a4>
80403c4a:	826fe0ef          	jal	80401c70 <panic>

80403c4e <vm_switch>:
80403c4e:	80427737          	lui	a4,0x80427
80403c52:	06072783          	lw	a5,96(a4) # 80427060 <active_pagetable>
80403c56:	00a78d63          	beq	a5,a0,80403c70 <vm_switch+0x22>
80403c5a:	00c55793          	srl	a5,a0,0xc
80403c5e:	800006b7          	lui	a3,0x80000
80403c62:	8fd5                	or	a5,a5,a3
80403c64:	18079073          	csrw	satp,a5
80403c68:	12000073          	sfence.vma
80403c6c:	06a72023          	sw	a0,96(a4)
80403c70:	8082                	ret

80403c72 <uvm_create>:
80403c72:	1141                	add	sp,sp,-16
80403c74:	c422                	sw	s0,8(sp)
80403c76:	c606                	sw	ra,12(sp)
80403c78:	bc7fd0ef          	jal	8040183e <kalloc>
80403c7c:	842a                	mv	s0,a0
80403c7e:	cd11                	beqz	a0,80403c9a <uvm_create+0x28>
80403c80:	804277b7          	lui	a5,0x80427
80403c84:	0647a583          	lw	a1,100(a5) # 80427064 <kernel_pagetable>
80403c88:	6605                	lui	a2,0x1
80403c8a:	f4060613          	add	a2,a2,-192 # f40 <_entry-0x803ff0c0>
80403c8e:	0c058593          	add	a1,a1,192 # 100000c0 <_entry-0x703fff40>
80403c92:	0c050513          	add	a0,a0,192
80403c96:	dd4fe0ef          	jal	8040226a <memcpy>
80403c9a:	40b2                	lw	ra,12(sp)
80403c9c:	8522                	mv	a0,s0
80403c9e:	4422                	lw	s0,8(sp)
80403ca0:	0141                	add	sp,sp,16
80403ca2:	8082                	ret

80403ca4 <arch_pt_alloc>:
80403ca4:	b9bfd06f          	j	8040183e <kalloc>

80403ca8 <arch_pt_unpin>:
80403ca8:	804277b7          	lui	a5,0x80427
80403cac:	0607a783          	lw	a5,96(a5) # 80427060 <active_pagetable>
80403cb0:	00a78363          	beq	a5,a0,80403cb6 <arch_pt_unpin+0xe>
80403cb4:	8082                	ret
80403cb6:	80405537          	lui	a0,0x80405
80403cba:	1141                	add	sp,sp,-16
80403cbc:	7dc50513          	add	a0,a0,2012 # 804057dc <names.0+0x2bc>
80403cc0:	c606                	sw	ra,12(sp)
80403cc2:	faffd0ef          	jal	80401c70 <panic>

80403cc6 <arch_pt_free>:
80403cc6:	ba3fd06f          	j	80401868 <kfree>

80403cca <arch_pt_link>:
80403cca:	81b1                	srl	a1,a1,0xc
80403ccc:	05aa                	sll	a1,a1,0xa
80403cce:	0015e593          	or	a1,a1,1
80403cd2:	c10c                	sw	a1,0(a0)
80403cd4:	8082                	ret

80403cd6 <arch_pt_set>:
80403cd6:	c10c                	sw	a1,0(a0)
80403cd8:	8082                	ret

80403cda <arch_pt_commit>:
80403cda:	804277b7          	lui	a5,0x80427
80403cde:	0607a783          	lw	a5,96(a5) # 80427060 <active_pagetable>
80403ce2:	00a78363          	beq	a5,a0,80403ce8 <arch_pt_commit+0xe>
80403ce6:	8082                	ret
80403ce8:	12000073          	sfence.vma
80403cec:	8082                	ret

80403cee <plic_init>:
80403cee:	0c0007b7          	lui	a5,0xc000
80403cf2:	4705                	li	a4,1
80403cf4:	d798                	sw	a4,40(a5)
80403cf6:	0c002737          	lui	a4,0xc002
80403cfa:	08072783          	lw	a5,128(a4) # c002080 <_entry-0x743fdf80>
80403cfe:	4007e793          	or	a5,a5,1024
80403d02:	08f72023          	sw	a5,128(a4)
80403d06:	0c2017b7          	lui	a5,0xc201
80403d0a:	0007a023          	sw	zero,0(a5) # c201000 <_entry-0x741ff000>
80403d0e:	8082                	ret

80403d10 <plic_claim>:
80403d10:	0c2017b7          	lui	a5,0xc201
80403d14:	43c8                	lw	a0,4(a5)
80403d16:	8082                	ret

80403d18 <plic_complete>:
80403d18:	0c2017b7          	lui	a5,0xc201
80403d1c:	c3c8                	sw	a0,4(a5)
80403d1e:	8082                	ret

80403d20 <sbi_init>:
80403d20:	54495537          	lui	a0,0x54495
80403d24:	d4550513          	add	a0,a0,-699 # 54494d45 <_entry-0x2bf6b2bb>
80403d28:	4581                	li	a1,0
80403d2a:	4601                	li	a2,0
80403d2c:	480d                	li	a6,3
80403d2e:	48c1                	li	a7,16
80403d30:	00000073          	ecall
80403d34:	4781                	li	a5,0
80403d36:	e119                	bnez	a0,80403d3c <sbi_init+0x1c>
80403d38:	00b037b3          	snez	a5,a1
80403d3c:	80427737          	lui	a4,0x80427
80403d40:	06f72423          	sw	a5,104(a4) # 80427068 <have_time_ext>
80403d44:	8082                	ret

80403d46 <sbi_set_timer>:
80403d46:	804277b7          	lui	a5,0x80427
80403d4a:	0687a783          	lw	a5,104(a5) # 80427068 <have_time_ext>
80403d4e:	4601                	li	a2,0
80403d50:	4801                	li	a6,0
80403d52:	cb81                	beqz	a5,80403d62 <sbi_set_timer+0x1c>
80403d54:	544958b7          	lui	a7,0x54495
80403d58:	d4588893          	add	a7,a7,-699 # 54494d45 <_entry-0x2bf6b2bb>
80403d5c:	00000073          	ecall
80403d60:	8082                	ret
80403d62:	4881                	li	a7,0
80403d64:	00000073          	ecall
80403d68:	8082                	ret

80403d6a <sbi_shutdown>:
80403d6a:	535258b7          	lui	a7,0x53525
80403d6e:	85aa                	mv	a1,a0
80403d70:	4601                	li	a2,0
80403d72:	4501                	li	a0,0
80403d74:	4801                	li	a6,0
80403d76:	35488893          	add	a7,a7,852 # 53525354 <_entry-0x2cedacac>
80403d7a:	00000073          	ecall
80403d7e:	10500073          	wfi
80403d82:	10500073          	wfi
80403d86:	bfe5                	j	80403d7e <sbi_shutdown+0x14>

80403d88 <trap_init>:
80403d88:	4781                	li	a5,0
80403d8a:	14079073          	csrw	sscratch,a5
80403d8e:	804047b7          	lui	a5,0x80404
80403d92:	ea478793          	add	a5,a5,-348 # 80403ea4 <trap_vector>
80403d96:	10579073          	csrw	stvec,a5
80403d9a:	22000793          	li	a5,544
80403d9e:	1047a073          	csrs	sie,a5
80403da2:	8082                	ret

80403da4 <arch_interrupt>:
80403da4:	1101                	add	sp,sp,-32
80403da6:	cc22                	sw	s0,24(sp)
80403da8:	00151413          	sll	s0,a0,0x1
80403dac:	ce06                	sw	ra,28(sp)
80403dae:	8005                	srl	s0,s0,0x1
80403db0:	4795                	li	a5,5
80403db2:	00f40d63          	beq	s0,a5,80403dcc <arch_interrupt+0x28>
80403db6:	47a5                	li	a5,9
80403db8:	02f40463          	beq	s0,a5,80403de0 <arch_interrupt+0x3c>
80403dbc:	40f2                	lw	ra,28(sp)
80403dbe:	ffb40513          	add	a0,s0,-5
80403dc2:	4462                	lw	s0,24(sp)
80403dc4:	00153513          	seqz	a0,a0
80403dc8:	6105                	add	sp,sp,32
80403dca:	8082                	ret
80403dcc:	b3ffe0ef          	jal	8040290a <timer_intr>
80403dd0:	40f2                	lw	ra,28(sp)
80403dd2:	ffb40513          	add	a0,s0,-5
80403dd6:	4462                	lw	s0,24(sp)
80403dd8:	00153513          	seqz	a0,a0
80403ddc:	6105                	add	sp,sp,32
80403dde:	8082                	ret
80403de0:	f31ff0ef          	jal	80403d10 <plic_claim>
80403de4:	47a9                	li	a5,10
80403de6:	00f50663          	beq	a0,a5,80403df2 <arch_interrupt+0x4e>
80403dea:	d969                	beqz	a0,80403dbc <arch_interrupt+0x18>
80403dec:	f2dff0ef          	jal	80403d18 <plic_complete>
80403df0:	b7f1                	j	80403dbc <arch_interrupt+0x18>
80403df2:	c62a                	sw	a0,12(sp)
80403df4:	2835                	jal	80403e30 <uart_intr>
80403df6:	4532                	lw	a0,12(sp)
80403df8:	bfd5                	j	80403dec <arch_interrupt+0x48>

80403dfa <arch_user_return>:
80403dfa:	1141                	add	sp,sp,-16
80403dfc:	c606                	sw	ra,12(sp)
80403dfe:	10000793          	li	a5,256
80403e02:	1007b073          	csrc	sstatus,a5
80403e06:	02000793          	li	a5,32
80403e0a:	1007a073          	csrs	sstatus,a5
80403e0e:	2a65                	jal	80403fc6 <user_return>

80403e10 <arch_idle>:
80403e10:	10500073          	wfi
80403e14:	4789                	li	a5,2
80403e16:	1007a073          	csrs	sstatus,a5
80403e1a:	1007b073          	csrc	sstatus,a5
80403e1e:	8082                	ret

80403e20 <arch_set_timer>:
80403e20:	f27ff06f          	j	80403d46 <sbi_set_timer>

80403e24 <uart_init>:
80403e24:	100007b7          	lui	a5,0x10000
80403e28:	4705                	li	a4,1
80403e2a:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
80403e2e:	8082                	ret

80403e30 <uart_intr>:
80403e30:	1141                	add	sp,sp,-16
80403e32:	c422                	sw	s0,8(sp)
80403e34:	c606                	sw	ra,12(sp)
80403e36:	10000437          	lui	s0,0x10000
80403e3a:	a809                	j	80403e4c <uart_intr+0x1c>
80403e3c:	00544783          	lbu	a5,5(s0) # 10000005 <_entry-0x703ffffb>
80403e40:	8b85                	and	a5,a5,1
80403e42:	c395                	beqz	a5,80403e66 <uart_intr+0x36>
80403e44:	00044503          	lbu	a0,0(s0)
80403e48:	c08fc0ef          	jal	80400250 <console_input>
80403e4c:	beafc0ef          	jal	80400236 <console_room>
80403e50:	fea046e3          	bgtz	a0,80403e3c <uart_intr+0xc>
80403e54:	804277b7          	lui	a5,0x80427
80403e58:	4705                	li	a4,1
80403e5a:	06e7a623          	sw	a4,108(a5) # 8042706c <rx_paused>
80403e5e:	100007b7          	lui	a5,0x10000
80403e62:	000780a3          	sb	zero,1(a5) # 10000001 <_entry-0x703fffff>
80403e66:	40b2                	lw	ra,12(sp)
80403e68:	4422                	lw	s0,8(sp)
80403e6a:	0141                	add	sp,sp,16
80403e6c:	8082                	ret

80403e6e <arch_console_putc>:
80403e6e:	10000737          	lui	a4,0x10000
80403e72:	00574783          	lbu	a5,5(a4) # 10000005 <_entry-0x703ffffb>
80403e76:	0207f793          	and	a5,a5,32
80403e7a:	dfe5                	beqz	a5,80403e72 <arch_console_putc+0x4>
80403e7c:	0ff57513          	zext.b	a0,a0
80403e80:	00a70023          	sb	a0,0(a4)
80403e84:	8082                	ret

80403e86 <arch_console_flush>:
80403e86:	8082                	ret

80403e88 <arch_console_rx_resume>:
80403e88:	804277b7          	lui	a5,0x80427
80403e8c:	06c7a703          	lw	a4,108(a5) # 8042706c <rx_paused>
80403e90:	cb01                	beqz	a4,80403ea0 <arch_console_rx_resume+0x18>
80403e92:	0607a623          	sw	zero,108(a5)
80403e96:	4705                	li	a4,1
80403e98:	100007b7          	lui	a5,0x10000
80403e9c:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
80403ea0:	8082                	ret
	...

80403ea4 <trap_vector>:
80403ea4:	14011173          	csrrw	sp,sscratch,sp
80403ea8:	06010563          	beqz	sp,80403f12 <from_kernel>
80403eac:	c206                	sw	ra,4(sp)
80403eae:	c60e                	sw	gp,12(sp)
80403eb0:	c812                	sw	tp,16(sp)
80403eb2:	ca16                	sw	t0,20(sp)
80403eb4:	cc1a                	sw	t1,24(sp)
80403eb6:	ce1e                	sw	t2,28(sp)
80403eb8:	d022                	sw	s0,32(sp)
80403eba:	d226                	sw	s1,36(sp)
80403ebc:	d42a                	sw	a0,40(sp)
80403ebe:	d62e                	sw	a1,44(sp)
80403ec0:	d832                	sw	a2,48(sp)
80403ec2:	da36                	sw	a3,52(sp)
80403ec4:	dc3a                	sw	a4,56(sp)
80403ec6:	de3e                	sw	a5,60(sp)
80403ec8:	c0c2                	sw	a6,64(sp)
80403eca:	c2c6                	sw	a7,68(sp)
80403ecc:	c4ca                	sw	s2,72(sp)
80403ece:	c6ce                	sw	s3,76(sp)
80403ed0:	c8d2                	sw	s4,80(sp)
80403ed2:	cad6                	sw	s5,84(sp)
80403ed4:	ccda                	sw	s6,88(sp)
80403ed6:	cede                	sw	s7,92(sp)
80403ed8:	d0e2                	sw	s8,96(sp)
80403eda:	d2e6                	sw	s9,100(sp)
80403edc:	d4ea                	sw	s10,104(sp)
80403ede:	d6ee                	sw	s11,108(sp)
80403ee0:	d8f2                	sw	t3,112(sp)
80403ee2:	daf6                	sw	t4,116(sp)
80403ee4:	dcfa                	sw	t5,120(sp)
80403ee6:	defe                	sw	t6,124(sp)
80403ee8:	140022f3          	csrr	t0,sscratch
80403eec:	c416                	sw	t0,8(sp)
80403eee:	14001073          	csrw	sscratch,zero
80403ef2:	141022f3          	csrr	t0,sepc
80403ef6:	c116                	sw	t0,128(sp)
80403ef8:	100022f3          	csrr	t0,sstatus
80403efc:	c316                	sw	t0,132(sp)
80403efe:	142022f3          	csrr	t0,scause
80403f02:	c516                	sw	t0,136(sp)
80403f04:	143022f3          	csrr	t0,stval
80403f08:	c716                	sw	t0,140(sp)
80403f0a:	850a                	mv	a0,sp
80403f0c:	b37fe0ef          	jal	80402a42 <user_trap>
80403f10:	a001                	j	80403f10 <trap_vector+0x6c>

80403f12 <from_kernel>:
80403f12:	14011173          	csrrw	sp,sscratch,sp
80403f16:	7175                	add	sp,sp,-144
80403f18:	c206                	sw	ra,4(sp)
80403f1a:	c60e                	sw	gp,12(sp)
80403f1c:	c812                	sw	tp,16(sp)
80403f1e:	ca16                	sw	t0,20(sp)
80403f20:	cc1a                	sw	t1,24(sp)
80403f22:	ce1e                	sw	t2,28(sp)
80403f24:	d022                	sw	s0,32(sp)
80403f26:	d226                	sw	s1,36(sp)
80403f28:	d42a                	sw	a0,40(sp)
80403f2a:	d62e                	sw	a1,44(sp)
80403f2c:	d832                	sw	a2,48(sp)
80403f2e:	da36                	sw	a3,52(sp)
80403f30:	dc3a                	sw	a4,56(sp)
80403f32:	de3e                	sw	a5,60(sp)
80403f34:	c0c2                	sw	a6,64(sp)
80403f36:	c2c6                	sw	a7,68(sp)
80403f38:	c4ca                	sw	s2,72(sp)
80403f3a:	c6ce                	sw	s3,76(sp)
80403f3c:	c8d2                	sw	s4,80(sp)
80403f3e:	cad6                	sw	s5,84(sp)
80403f40:	ccda                	sw	s6,88(sp)
80403f42:	cede                	sw	s7,92(sp)
80403f44:	d0e2                	sw	s8,96(sp)
80403f46:	d2e6                	sw	s9,100(sp)
80403f48:	d4ea                	sw	s10,104(sp)
80403f4a:	d6ee                	sw	s11,108(sp)
80403f4c:	d8f2                	sw	t3,112(sp)
80403f4e:	daf6                	sw	t4,116(sp)
80403f50:	dcfa                	sw	t5,120(sp)
80403f52:	defe                	sw	t6,124(sp)
80403f54:	09010293          	add	t0,sp,144
80403f58:	c416                	sw	t0,8(sp)
80403f5a:	141022f3          	csrr	t0,sepc
80403f5e:	c116                	sw	t0,128(sp)
80403f60:	100022f3          	csrr	t0,sstatus
80403f64:	c316                	sw	t0,132(sp)
80403f66:	142022f3          	csrr	t0,scause
80403f6a:	c516                	sw	t0,136(sp)
80403f6c:	143022f3          	csrr	t0,stval
80403f70:	c716                	sw	t0,140(sp)
80403f72:	850a                	mv	a0,sp
80403f74:	b61fe0ef          	jal	80402ad4 <kernel_trap>
80403f78:	428a                	lw	t0,128(sp)
80403f7a:	14129073          	csrw	sepc,t0
80403f7e:	429a                	lw	t0,132(sp)
80403f80:	10029073          	csrw	sstatus,t0
80403f84:	4092                	lw	ra,4(sp)
80403f86:	41b2                	lw	gp,12(sp)
80403f88:	4242                	lw	tp,16(sp)
80403f8a:	42d2                	lw	t0,20(sp)
80403f8c:	4362                	lw	t1,24(sp)
80403f8e:	43f2                	lw	t2,28(sp)
80403f90:	5402                	lw	s0,32(sp)
80403f92:	5492                	lw	s1,36(sp)
80403f94:	5522                	lw	a0,40(sp)
80403f96:	55b2                	lw	a1,44(sp)
80403f98:	5642                	lw	a2,48(sp)
80403f9a:	56d2                	lw	a3,52(sp)
80403f9c:	5762                	lw	a4,56(sp)
80403f9e:	57f2                	lw	a5,60(sp)
80403fa0:	4806                	lw	a6,64(sp)
80403fa2:	4896                	lw	a7,68(sp)
80403fa4:	4926                	lw	s2,72(sp)
80403fa6:	49b6                	lw	s3,76(sp)
80403fa8:	4a46                	lw	s4,80(sp)
80403faa:	4ad6                	lw	s5,84(sp)
80403fac:	4b66                	lw	s6,88(sp)
80403fae:	4bf6                	lw	s7,92(sp)
80403fb0:	5c06                	lw	s8,96(sp)
80403fb2:	5c96                	lw	s9,100(sp)
80403fb4:	5d26                	lw	s10,104(sp)
80403fb6:	5db6                	lw	s11,108(sp)
80403fb8:	5e46                	lw	t3,112(sp)
80403fba:	5ed6                	lw	t4,116(sp)
80403fbc:	5f66                	lw	t5,120(sp)
80403fbe:	5ff6                	lw	t6,124(sp)
80403fc0:	6149                	add	sp,sp,144
80403fc2:	10200073          	sret

80403fc6 <user_return>:
80403fc6:	14051073          	csrw	sscratch,a0
80403fca:	08052283          	lw	t0,128(a0)
80403fce:	14129073          	csrw	sepc,t0
80403fd2:	00452083          	lw	ra,4(a0)
80403fd6:	00852103          	lw	sp,8(a0)
80403fda:	00c52183          	lw	gp,12(a0)
80403fde:	01052203          	lw	tp,16(a0)
80403fe2:	01452283          	lw	t0,20(a0)
80403fe6:	01852303          	lw	t1,24(a0)
80403fea:	01c52383          	lw	t2,28(a0)
80403fee:	5100                	lw	s0,32(a0)
80403ff0:	5144                	lw	s1,36(a0)
80403ff2:	554c                	lw	a1,44(a0)
80403ff4:	5910                	lw	a2,48(a0)
80403ff6:	5954                	lw	a3,52(a0)
80403ff8:	5d18                	lw	a4,56(a0)
80403ffa:	5d5c                	lw	a5,60(a0)
80403ffc:	04052803          	lw	a6,64(a0)
80404000:	04452883          	lw	a7,68(a0)
80404004:	04852903          	lw	s2,72(a0)
80404008:	04c52983          	lw	s3,76(a0)
8040400c:	05052a03          	lw	s4,80(a0)
80404010:	05452a83          	lw	s5,84(a0)
80404014:	05852b03          	lw	s6,88(a0)
80404018:	05c52b83          	lw	s7,92(a0)
8040401c:	06052c03          	lw	s8,96(a0)
80404020:	06452c83          	lw	s9,100(a0)
80404024:	06852d03          	lw	s10,104(a0)
80404028:	06c52d83          	lw	s11,108(a0)
8040402c:	07052e03          	lw	t3,112(a0)
80404030:	07452e83          	lw	t4,116(a0)
80404034:	07852f03          	lw	t5,120(a0)
80404038:	07c52f83          	lw	t6,124(a0)
8040403c:	5508                	lw	a0,40(a0)
8040403e:	10200073          	sret

80404042 <swtch>:
80404042:	00152023          	sw	ra,0(a0)
80404046:	00252223          	sw	sp,4(a0)
8040404a:	c500                	sw	s0,8(a0)
8040404c:	c544                	sw	s1,12(a0)
8040404e:	01252823          	sw	s2,16(a0)
80404052:	01352a23          	sw	s3,20(a0)
80404056:	01452c23          	sw	s4,24(a0)
8040405a:	01552e23          	sw	s5,28(a0)
8040405e:	03652023          	sw	s6,32(a0)
80404062:	03752223          	sw	s7,36(a0)
80404066:	03852423          	sw	s8,40(a0)
8040406a:	03952623          	sw	s9,44(a0)
8040406e:	03a52823          	sw	s10,48(a0)
80404072:	03b52a23          	sw	s11,52(a0)
80404076:	0005a083          	lw	ra,0(a1)
8040407a:	0045a103          	lw	sp,4(a1)
8040407e:	4580                	lw	s0,8(a1)
80404080:	45c4                	lw	s1,12(a1)
80404082:	0105a903          	lw	s2,16(a1)
80404086:	0145a983          	lw	s3,20(a1)
8040408a:	0185aa03          	lw	s4,24(a1)
8040408e:	01c5aa83          	lw	s5,28(a1)
80404092:	0205ab03          	lw	s6,32(a1)
80404096:	0245ab83          	lw	s7,36(a1)
8040409a:	0285ac03          	lw	s8,40(a1)
8040409e:	02c5ac83          	lw	s9,44(a1)
804040a2:	0305ad03          	lw	s10,48(a1)
804040a6:	0345ad83          	lw	s11,52(a1)
804040aa:	8082                	ret

804040ac <__udivdi3>:
804040ac:	88aa                	mv	a7,a0
804040ae:	832e                	mv	t1,a1
804040b0:	8732                	mv	a4,a2
804040b2:	882a                	mv	a6,a0
804040b4:	87ae                	mv	a5,a1
804040b6:	20069663          	bnez	a3,804042c2 <__udivdi3+0x216>
804040ba:	00023597          	auipc	a1,0x23
804040be:	af658593          	add	a1,a1,-1290 # 80426bb0 <__clz_tab>
804040c2:	0cc37163          	bgeu	t1,a2,80404184 <__udivdi3+0xd8>
804040c6:	66c1                	lui	a3,0x10
804040c8:	0ad67763          	bgeu	a2,a3,80404176 <__udivdi3+0xca>
804040cc:	10063693          	sltiu	a3,a2,256
804040d0:	0016c693          	xor	a3,a3,1
804040d4:	068e                	sll	a3,a3,0x3
804040d6:	00d65533          	srl	a0,a2,a3
804040da:	95aa                	add	a1,a1,a0
804040dc:	0005c583          	lbu	a1,0(a1)
804040e0:	02000513          	li	a0,32
804040e4:	96ae                	add	a3,a3,a1
804040e6:	40d505b3          	sub	a1,a0,a3
804040ea:	00d50b63          	beq	a0,a3,80404100 <__udivdi3+0x54>
804040ee:	00b317b3          	sll	a5,t1,a1
804040f2:	00d8d6b3          	srl	a3,a7,a3
804040f6:	00b61733          	sll	a4,a2,a1
804040fa:	8fd5                	or	a5,a5,a3
804040fc:	00b89833          	sll	a6,a7,a1
80404100:	01075593          	srl	a1,a4,0x10
80404104:	02b7d333          	divu	t1,a5,a1
80404108:	01071613          	sll	a2,a4,0x10
8040410c:	8241                	srl	a2,a2,0x10
8040410e:	02b7f7b3          	remu	a5,a5,a1
80404112:	851a                	mv	a0,t1
80404114:	026608b3          	mul	a7,a2,t1
80404118:	01079693          	sll	a3,a5,0x10
8040411c:	01085793          	srl	a5,a6,0x10
80404120:	8fd5                	or	a5,a5,a3
80404122:	0117fc63          	bgeu	a5,a7,8040413a <__udivdi3+0x8e>
80404126:	97ba                	add	a5,a5,a4
80404128:	fff30513          	add	a0,t1,-1 # bffffff <_entry-0x74400001>
8040412c:	00e7e763          	bltu	a5,a4,8040413a <__udivdi3+0x8e>
80404130:	0117f563          	bgeu	a5,a7,8040413a <__udivdi3+0x8e>
80404134:	ffe30513          	add	a0,t1,-2
80404138:	97ba                	add	a5,a5,a4
8040413a:	411787b3          	sub	a5,a5,a7
8040413e:	02b7d8b3          	divu	a7,a5,a1
80404142:	0842                	sll	a6,a6,0x10
80404144:	01085813          	srl	a6,a6,0x10
80404148:	02b7f7b3          	remu	a5,a5,a1
8040414c:	031606b3          	mul	a3,a2,a7
80404150:	07c2                	sll	a5,a5,0x10
80404152:	00f86833          	or	a6,a6,a5
80404156:	87c6                	mv	a5,a7
80404158:	00d87b63          	bgeu	a6,a3,8040416e <__udivdi3+0xc2>
8040415c:	983a                	add	a6,a6,a4
8040415e:	fff88793          	add	a5,a7,-1
80404162:	00e86663          	bltu	a6,a4,8040416e <__udivdi3+0xc2>
80404166:	00d87463          	bgeu	a6,a3,8040416e <__udivdi3+0xc2>
8040416a:	ffe88793          	add	a5,a7,-2
8040416e:	0542                	sll	a0,a0,0x10
80404170:	8d5d                	or	a0,a0,a5
80404172:	4581                	li	a1,0
80404174:	8082                	ret
80404176:	01000537          	lui	a0,0x1000
8040417a:	46c1                	li	a3,16
8040417c:	f4a66de3          	bltu	a2,a0,804040d6 <__udivdi3+0x2a>
80404180:	46e1                	li	a3,24
80404182:	bf91                	j	804040d6 <__udivdi3+0x2a>
80404184:	4681                	li	a3,0
80404186:	ca09                	beqz	a2,80404198 <__udivdi3+0xec>
80404188:	67c1                	lui	a5,0x10
8040418a:	08f67f63          	bgeu	a2,a5,80404228 <__udivdi3+0x17c>
8040418e:	10063693          	sltiu	a3,a2,256
80404192:	0016c693          	xor	a3,a3,1
80404196:	068e                	sll	a3,a3,0x3
80404198:	00d657b3          	srl	a5,a2,a3
8040419c:	95be                	add	a1,a1,a5
8040419e:	0005c783          	lbu	a5,0(a1)
804041a2:	97b6                	add	a5,a5,a3
804041a4:	02000693          	li	a3,32
804041a8:	40f685b3          	sub	a1,a3,a5
804041ac:	08f69563          	bne	a3,a5,80404236 <__udivdi3+0x18a>
804041b0:	40c307b3          	sub	a5,t1,a2
804041b4:	4585                	li	a1,1
804041b6:	01075893          	srl	a7,a4,0x10
804041ba:	0317de33          	divu	t3,a5,a7
804041be:	01071613          	sll	a2,a4,0x10
804041c2:	8241                	srl	a2,a2,0x10
804041c4:	01085693          	srl	a3,a6,0x10
804041c8:	0317f7b3          	remu	a5,a5,a7
804041cc:	8572                	mv	a0,t3
804041ce:	03c60333          	mul	t1,a2,t3
804041d2:	07c2                	sll	a5,a5,0x10
804041d4:	8fd5                	or	a5,a5,a3
804041d6:	0067fc63          	bgeu	a5,t1,804041ee <__udivdi3+0x142>
804041da:	97ba                	add	a5,a5,a4
804041dc:	fffe0513          	add	a0,t3,-1 # ffffff <_entry-0x7f400001>
804041e0:	00e7e763          	bltu	a5,a4,804041ee <__udivdi3+0x142>
804041e4:	0067f563          	bgeu	a5,t1,804041ee <__udivdi3+0x142>
804041e8:	ffee0513          	add	a0,t3,-2
804041ec:	97ba                	add	a5,a5,a4
804041ee:	406787b3          	sub	a5,a5,t1
804041f2:	0317d333          	divu	t1,a5,a7
804041f6:	0842                	sll	a6,a6,0x10
804041f8:	01085813          	srl	a6,a6,0x10
804041fc:	0317f7b3          	remu	a5,a5,a7
80404200:	026606b3          	mul	a3,a2,t1
80404204:	07c2                	sll	a5,a5,0x10
80404206:	00f86833          	or	a6,a6,a5
8040420a:	879a                	mv	a5,t1
8040420c:	00d87b63          	bgeu	a6,a3,80404222 <__udivdi3+0x176>
80404210:	983a                	add	a6,a6,a4
80404212:	fff30793          	add	a5,t1,-1
80404216:	00e86663          	bltu	a6,a4,80404222 <__udivdi3+0x176>
8040421a:	00d87463          	bgeu	a6,a3,80404222 <__udivdi3+0x176>
8040421e:	ffe30793          	add	a5,t1,-2
80404222:	0542                	sll	a0,a0,0x10
80404224:	8d5d                	or	a0,a0,a5
80404226:	8082                	ret
80404228:	010007b7          	lui	a5,0x1000
8040422c:	46c1                	li	a3,16
8040422e:	f6f665e3          	bltu	a2,a5,80404198 <__udivdi3+0xec>
80404232:	46e1                	li	a3,24
80404234:	b795                	j	80404198 <__udivdi3+0xec>
80404236:	00b61733          	sll	a4,a2,a1
8040423a:	00f356b3          	srl	a3,t1,a5
8040423e:	01075513          	srl	a0,a4,0x10
80404242:	00b31333          	sll	t1,t1,a1
80404246:	00f8d7b3          	srl	a5,a7,a5
8040424a:	0067e7b3          	or	a5,a5,t1
8040424e:	02a6d333          	divu	t1,a3,a0
80404252:	01071613          	sll	a2,a4,0x10
80404256:	8241                	srl	a2,a2,0x10
80404258:	00b89833          	sll	a6,a7,a1
8040425c:	02a6f6b3          	remu	a3,a3,a0
80404260:	026608b3          	mul	a7,a2,t1
80404264:	01069593          	sll	a1,a3,0x10
80404268:	0107d693          	srl	a3,a5,0x10
8040426c:	8ecd                	or	a3,a3,a1
8040426e:	859a                	mv	a1,t1
80404270:	0116fc63          	bgeu	a3,a7,80404288 <__udivdi3+0x1dc>
80404274:	96ba                	add	a3,a3,a4
80404276:	fff30593          	add	a1,t1,-1
8040427a:	00e6e763          	bltu	a3,a4,80404288 <__udivdi3+0x1dc>
8040427e:	0116f563          	bgeu	a3,a7,80404288 <__udivdi3+0x1dc>
80404282:	ffe30593          	add	a1,t1,-2
80404286:	96ba                	add	a3,a3,a4
80404288:	411686b3          	sub	a3,a3,a7
8040428c:	02a6d8b3          	divu	a7,a3,a0
80404290:	07c2                	sll	a5,a5,0x10
80404292:	83c1                	srl	a5,a5,0x10
80404294:	02a6f6b3          	remu	a3,a3,a0
80404298:	03160633          	mul	a2,a2,a7
8040429c:	06c2                	sll	a3,a3,0x10
8040429e:	8fd5                	or	a5,a5,a3
804042a0:	86c6                	mv	a3,a7
804042a2:	00c7fc63          	bgeu	a5,a2,804042ba <__udivdi3+0x20e>
804042a6:	97ba                	add	a5,a5,a4
804042a8:	fff88693          	add	a3,a7,-1
804042ac:	00e7e763          	bltu	a5,a4,804042ba <__udivdi3+0x20e>
804042b0:	00c7f563          	bgeu	a5,a2,804042ba <__udivdi3+0x20e>
804042b4:	ffe88693          	add	a3,a7,-2
804042b8:	97ba                	add	a5,a5,a4
804042ba:	05c2                	sll	a1,a1,0x10
804042bc:	8f91                	sub	a5,a5,a2
804042be:	8dd5                	or	a1,a1,a3
804042c0:	bddd                	j	804041b6 <__udivdi3+0x10a>
804042c2:	14d5e163          	bltu	a1,a3,80404404 <__udivdi3+0x358>
804042c6:	67c1                	lui	a5,0x10
804042c8:	02f6ff63          	bgeu	a3,a5,80404306 <__udivdi3+0x25a>
804042cc:	1006b713          	sltiu	a4,a3,256
804042d0:	00174713          	xor	a4,a4,1
804042d4:	070e                	sll	a4,a4,0x3
804042d6:	00e6d5b3          	srl	a1,a3,a4
804042da:	00023797          	auipc	a5,0x23
804042de:	8d678793          	add	a5,a5,-1834 # 80426bb0 <__clz_tab>
804042e2:	97ae                	add	a5,a5,a1
804042e4:	0007c783          	lbu	a5,0(a5)
804042e8:	97ba                	add	a5,a5,a4
804042ea:	02000713          	li	a4,32
804042ee:	40f705b3          	sub	a1,a4,a5
804042f2:	02f71163          	bne	a4,a5,80404314 <__udivdi3+0x268>
804042f6:	4505                	li	a0,1
804042f8:	e666eee3          	bltu	a3,t1,80404174 <__udivdi3+0xc8>
804042fc:	00c8b533          	sltu	a0,a7,a2
80404300:	00154513          	xor	a0,a0,1
80404304:	8082                	ret
80404306:	010007b7          	lui	a5,0x1000
8040430a:	4741                	li	a4,16
8040430c:	fcf6e5e3          	bltu	a3,a5,804042d6 <__udivdi3+0x22a>
80404310:	4761                	li	a4,24
80404312:	b7d1                	j	804042d6 <__udivdi3+0x22a>
80404314:	00f65733          	srl	a4,a2,a5
80404318:	00b696b3          	sll	a3,a3,a1
8040431c:	8ed9                	or	a3,a3,a4
8040431e:	00f35733          	srl	a4,t1,a5
80404322:	00b31333          	sll	t1,t1,a1
80404326:	00f8d7b3          	srl	a5,a7,a5
8040432a:	0067e7b3          	or	a5,a5,t1
8040432e:	0106d313          	srl	t1,a3,0x10
80404332:	02675eb3          	divu	t4,a4,t1
80404336:	01069813          	sll	a6,a3,0x10
8040433a:	01085813          	srl	a6,a6,0x10
8040433e:	00b61633          	sll	a2,a2,a1
80404342:	02677733          	remu	a4,a4,t1
80404346:	03d80e33          	mul	t3,a6,t4
8040434a:	01071513          	sll	a0,a4,0x10
8040434e:	0107d713          	srl	a4,a5,0x10
80404352:	8f49                	or	a4,a4,a0
80404354:	8576                	mv	a0,t4
80404356:	01c77c63          	bgeu	a4,t3,8040436e <__udivdi3+0x2c2>
8040435a:	9736                	add	a4,a4,a3
8040435c:	fffe8513          	add	a0,t4,-1
80404360:	00d76763          	bltu	a4,a3,8040436e <__udivdi3+0x2c2>
80404364:	01c77563          	bgeu	a4,t3,8040436e <__udivdi3+0x2c2>
80404368:	ffee8513          	add	a0,t4,-2
8040436c:	9736                	add	a4,a4,a3
8040436e:	41c70733          	sub	a4,a4,t3
80404372:	02675e33          	divu	t3,a4,t1
80404376:	07c2                	sll	a5,a5,0x10
80404378:	83c1                	srl	a5,a5,0x10
8040437a:	02677733          	remu	a4,a4,t1
8040437e:	03c80833          	mul	a6,a6,t3
80404382:	0742                	sll	a4,a4,0x10
80404384:	8fd9                	or	a5,a5,a4
80404386:	8772                	mv	a4,t3
80404388:	0107fc63          	bgeu	a5,a6,804043a0 <__udivdi3+0x2f4>
8040438c:	97b6                	add	a5,a5,a3
8040438e:	fffe0713          	add	a4,t3,-1
80404392:	00d7e763          	bltu	a5,a3,804043a0 <__udivdi3+0x2f4>
80404396:	0107f563          	bgeu	a5,a6,804043a0 <__udivdi3+0x2f4>
8040439a:	ffee0713          	add	a4,t3,-2
8040439e:	97b6                	add	a5,a5,a3
804043a0:	0542                	sll	a0,a0,0x10
804043a2:	6e41                	lui	t3,0x10
804043a4:	8d59                	or	a0,a0,a4
804043a6:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
804043aa:	00d57733          	and	a4,a0,a3
804043ae:	410787b3          	sub	a5,a5,a6
804043b2:	8ef1                	and	a3,a3,a2
804043b4:	01055813          	srl	a6,a0,0x10
804043b8:	8241                	srl	a2,a2,0x10
804043ba:	02d70333          	mul	t1,a4,a3
804043be:	02d806b3          	mul	a3,a6,a3
804043c2:	02c70733          	mul	a4,a4,a2
804043c6:	02c80833          	mul	a6,a6,a2
804043ca:	00d70633          	add	a2,a4,a3
804043ce:	01035713          	srl	a4,t1,0x10
804043d2:	9732                	add	a4,a4,a2
804043d4:	00d77363          	bgeu	a4,a3,804043da <__udivdi3+0x32e>
804043d8:	9872                	add	a6,a6,t3
804043da:	01075693          	srl	a3,a4,0x10
804043de:	96c2                	add	a3,a3,a6
804043e0:	02d7e063          	bltu	a5,a3,80404400 <__udivdi3+0x354>
804043e4:	d8d797e3          	bne	a5,a3,80404172 <__udivdi3+0xc6>
804043e8:	67c1                	lui	a5,0x10
804043ea:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
804043ec:	8f7d                	and	a4,a4,a5
804043ee:	0742                	sll	a4,a4,0x10
804043f0:	00f37333          	and	t1,t1,a5
804043f4:	00b898b3          	sll	a7,a7,a1
804043f8:	971a                	add	a4,a4,t1
804043fa:	4581                	li	a1,0
804043fc:	d6e8fce3          	bgeu	a7,a4,80404174 <__udivdi3+0xc8>
80404400:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
80404402:	bb85                	j	80404172 <__udivdi3+0xc6>
80404404:	4581                	li	a1,0
80404406:	4501                	li	a0,0
80404408:	8082                	ret
