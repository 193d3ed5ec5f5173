
build/kernel.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	10401073          	csrw	sie,zero
80400004:	14001073          	csrw	sscratch,zero
80400008:	0002b117          	auipc	sp,0x2b
8040000c:	08810113          	add	sp,sp,136 # 8042b090 <lru>
80400010:	00027297          	auipc	t0,0x27
80400014:	01028293          	add	t0,t0,16 # 80427020 <unflushed>
80400018:	000ff317          	auipc	t1,0xff
8040001c:	51830313          	add	t1,t1,1304 # 804ff530 <bss_end>
80400020:	0062f663          	bgeu	t0,t1,8040002c <_entry+0x2c>
80400024:	0002a023          	sw	zero,0(t0)
80400028:	0291                	add	t0,t0,4
8040002a:	bfdd                	j	80400020 <_entry+0x20>
8040002c:	4fa030ef          	jal	80403526 <main>
80400030:	10500073          	wfi
80400034:	bff5                	j	80400030 <_entry+0x30>

80400036 <bget>:
80400036:	8042b7b7          	lui	a5,0x8042b
8040003a:	1141                	add	sp,sp,-16
8040003c:	09078793          	add	a5,a5,144 # 8042b090 <lru>
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
80400098:	668030ef          	jal	80403700 <disk_write>
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
804000c6:	617010ef          	jal	80401edc <panic>

804000ca <bio_init>:
804000ca:	8042b6b7          	lui	a3,0x8042b
804000ce:	8042c7b7          	lui	a5,0x8042c
804000d2:	00040637          	lui	a2,0x40
804000d6:	09068713          	add	a4,a3,144 # 8042b090 <lru>
804000da:	0a878793          	add	a5,a5,168 # 8042c0a8 <bufs>
804000de:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000e2:	6585                	lui	a1,0x1
804000e4:	09068513          	add	a0,a3,144
804000e8:	cb18                	sw	a4,16(a4)
804000ea:	963e                	add	a2,a2,a5
804000ec:	09068693          	add	a3,a3,144
804000f0:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000f2:	cbd4                	sw	a3,20(a5)
804000f4:	8736                	mv	a4,a3
804000f6:	cb88                	sw	a0,16(a5)
804000f8:	86be                	mv	a3,a5
804000fa:	cb1c                	sw	a5,16(a4)
804000fc:	97ae                	add	a5,a5,a1
804000fe:	fec79ae3          	bne	a5,a2,804000f2 <bio_init+0x28>
80400102:	8046b7b7          	lui	a5,0x8046b
80400106:	69078793          	add	a5,a5,1680 # 8046b690 <bufs+0x3f5e8>
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
8040012c:	01850613          	add	a2,a0,24 # 80405018 <__udivdi3+0x780>
80400130:	45a1                	li	a1,8
80400132:	00349513          	sll	a0,s1,0x3
80400136:	54e030ef          	jal	80403684 <disk_read>
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
8040015a:	50e020ef          	jal	80402668 <memset>
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
80400188:	09078793          	add	a5,a5,144 # 8042b090 <lru>
8040018c:	4bd8                	lw	a4,20(a5)
8040018e:	ca90                	sw	a2,16(a3)
80400190:	c91c                	sw	a5,16(a0)
80400192:	c958                	sw	a4,20(a0)
80400194:	cb08                	sw	a0,16(a4)
80400196:	cbc8                	sw	a0,20(a5)
80400198:	8082                	ret
8040019a:	80405537          	lui	a0,0x80405
8040019e:	1141                	add	sp,sp,-16
804001a0:	02050513          	add	a0,a0,32 # 80405020 <__udivdi3+0x788>
804001a4:	c606                	sw	ra,12(sp)
804001a6:	537010ef          	jal	80401edc <panic>

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
804001c4:	0a898993          	add	s3,s3,168 # 8042c0a8 <bufs>
804001c8:	6a848493          	add	s1,s1,1704 # 8046c6a8 <cons>
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
80400206:	4fa030ef          	jal	80403700 <disk_write>
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
8040022c:	54e030ef          	jal	8040377a <disk_flush>
80400230:	020a2023          	sw	zero,32(s4)
80400234:	b7dd                	j	8040021a <bio_flush+0x70>

80400236 <console_room>:
80400236:	8046c7b7          	lui	a5,0x8046c
8040023a:	6a878793          	add	a5,a5,1704 # 8046c6a8 <cons>
8040023e:	2007a703          	lw	a4,512(a5)
80400242:	2047a503          	lw	a0,516(a5)
80400246:	20070713          	add	a4,a4,512
8040024a:	40a70533          	sub	a0,a4,a0
8040024e:	8082                	ret

80400250 <console_input>:
80400250:	8046c737          	lui	a4,0x8046c
80400254:	6a870693          	add	a3,a4,1704 # 8046c6a8 <cons>
80400258:	2046a783          	lw	a5,516(a3)
8040025c:	862a                	mv	a2,a0
8040025e:	6a870513          	add	a0,a4,1704
80400262:	1ff7f713          	and	a4,a5,511
80400266:	9736                	add	a4,a4,a3
80400268:	0785                	add	a5,a5,1
8040026a:	20f6a223          	sw	a5,516(a3)
8040026e:	00c70023          	sb	a2,0(a4)
80400272:	7bb0106f          	j	8040222c <wakeup>

80400276 <console_read>:
80400276:	cdc9                	beqz	a1,80400310 <console_read+0x9a>
80400278:	7179                	add	sp,sp,-48
8040027a:	d226                	sw	s1,36(sp)
8040027c:	8046c4b7          	lui	s1,0x8046c
80400280:	d422                	sw	s0,40(sp)
80400282:	6a848413          	add	s0,s1,1704 # 8046c6a8 <cons>
80400286:	20042783          	lw	a5,512(s0)
8040028a:	20442683          	lw	a3,516(s0)
8040028e:	d04a                	sw	s2,32(sp)
80400290:	ce4e                	sw	s3,28(sp)
80400292:	d606                	sw	ra,44(sp)
80400294:	cc52                	sw	s4,24(sp)
80400296:	892e                	mv	s2,a1
80400298:	89aa                	mv	s3,a0
8040029a:	00f69c63          	bne	a3,a5,804002b2 <console_read+0x3c>
8040029e:	6a848513          	add	a0,s1,1704
804002a2:	6cf010ef          	jal	80402170 <sleep_on>
804002a6:	20042783          	lw	a5,512(s0)
804002aa:	20442683          	lw	a3,516(s0)
804002ae:	fed788e3          	beq	a5,a3,8040029e <console_read+0x28>
804002b2:	4481                	li	s1,0
804002b4:	4a11                	li	s4,4
804002b6:	a82d                	j	804002f0 <console_read+0x7a>
804002b8:	00074703          	lbu	a4,0(a4)
804002bc:	00e107a3          	sb	a4,15(sp)
804002c0:	05470a63          	beq	a4,s4,80400314 <console_read+0x9e>
804002c4:	48d010ef          	jal	80401f50 <myproc>
804002c8:	5908                	lw	a0,48(a0)
804002ca:	009985b3          	add	a1,s3,s1
804002ce:	4685                	li	a3,1
804002d0:	00f10613          	add	a2,sp,15
804002d4:	05c030ef          	jal	80403330 <copyout>
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
804002fa:	37c040ef          	jal	80404676 <arch_console_rx_resume>
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
8040031e:	358040ef          	jal	80404676 <arch_console_rx_resume>
80400322:	bff1                	j	804002fe <console_read+0x88>
80400324:	f8f9                	bnez	s1,804002fa <console_read+0x84>
80400326:	350040ef          	jal	80404676 <arch_console_rx_resume>
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
80400358:	3f9010ef          	jal	80401f50 <myproc>
8040035c:	5908                	lw	a0,48(a0)
8040035e:	86ce                	mv	a3,s3
80400360:	012a8633          	add	a2,s5,s2
80400364:	858a                	mv	a1,sp
80400366:	715020ef          	jal	8040327a <copyin>
8040036a:	02054163          	bltz	a0,8040038c <console_write+0x5e>
8040036e:	840a                	mv	s0,sp
80400370:	013104b3          	add	s1,sp,s3
80400374:	012a0963          	beq	s4,s2,80400386 <console_write+0x58>
80400378:	00044503          	lbu	a0,0(s0)
8040037c:	0405                	add	s0,s0,1
8040037e:	2c0040ef          	jal	8040463e <arch_console_putc>
80400382:	fe849be3          	bne	s1,s0,80400378 <console_write+0x4a>
80400386:	994e                	add	s2,s2,s3
80400388:	fd4962e3          	bltu	s2,s4,8040034c <console_write+0x1e>
8040038c:	2ca040ef          	jal	80404656 <arch_console_flush>
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
804003ac:	2aa040ef          	jal	80404656 <arch_console_flush>
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
8040045e:	2c6020ef          	jal	80402724 <strncmp>
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
80400490:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0x7a0>
80400494:	249010ef          	jal	80401edc <panic>

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
8040052a:	13e020ef          	jal	80402668 <memset>
8040052e:	4671                	li	a2,28
80400530:	084c                	add	a1,sp,20
80400532:	1848                	add	a0,sp,52
80400534:	d856                	sw	s5,48(sp)
80400536:	24a020ef          	jal	80402780 <strlcpy_k>
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
804005a0:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0x7a0>
804005a4:	139010ef          	jal	80401edc <panic>

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
80400664:	004020ef          	jal	80402668 <memset>
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
8040072e:	77d010ef          	jal	804026aa <memcpy>
80400732:	4501                	li	a0,0
80400734:	000a8da3          	sb	zero,27(s5)
80400738:	bff9                	j	80400716 <fs_readdir+0x8c>
8040073a:	80405537          	lui	a0,0x80405
8040073e:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0x7a0>
80400742:	79a010ef          	jal	80401edc <panic>

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
80400788:	723010ef          	jal	804026aa <memcpy>
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
804007c6:	6a3010ef          	jal	80402668 <memset>
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
804007ec:	4ad010ef          	jal	80402498 <program_find>
804007f0:	2e050763          	beqz	a0,80400ade <proc_spawn+0x340>
804007f4:	4158                	lw	a4,4(a0)
804007f6:	451c                	lw	a5,8(a0)
804007f8:	ca3a                	sw	a4,20(sp)
804007fa:	8f99                	sub	a5,a5,a4
804007fc:	cc3e                	sw	a5,24(sp)
804007fe:	75c010ef          	jal	80401f5a <proc_alloc>
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
80400830:	009010ef          	jal	80402038 <proc_free>
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
804008ee:	0309a503          	lw	a0,48(s3)
804008f2:	4621                	li	a2,8
804008f4:	137020ef          	jal	8040322a <uvm_kva>
804008f8:	1e050563          	beqz	a0,80400ae2 <proc_spawn+0x344>
804008fc:	4732                	lw	a4,12(sp)
804008fe:	6785                	lui	a5,0x1
80400900:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80400902:	00f70bb3          	add	s7,a4,a5
80400906:	0309a503          	lw	a0,48(s3)
8040090a:	77fd                	lui	a5,0xfffff
8040090c:	00fbfbb3          	and	s7,s7,a5
80400910:	0379ac23          	sw	s7,56(s3)
80400914:	0379aa23          	sw	s7,52(s3)
80400918:	4699                	li	a3,6
8040091a:	6641                	lui	a2,0x10
8040091c:	0bfe05b7          	lui	a1,0xbfe0
80400920:	4bd6                	lw	s7,84(sp)
80400922:	76e020ef          	jal	80403090 <uvm_alloc>
80400926:	8b2a                	mv	s6,a0
80400928:	10051c63          	bnez	a0,80400a40 <proc_spawn+0x2a2>
8040092c:	03c10c13          	add	s8,sp,60
80400930:	0bff0ab7          	lui	s5,0xbff0
80400934:	02000d13          	li	s10,32
80400938:	f401fcb7          	lui	s9,0xf401f
8040093c:	a00d                	j	8040095e <proc_spawn+0x1c0>
8040093e:	02a7ee63          	bltu	a5,a0,8040097a <proc_spawn+0x1dc>
80400942:	00092603          	lw	a2,0(s2)
80400946:	0309a503          	lw	a0,48(s3)
8040094a:	0b05                	add	s6,s6,1
8040094c:	0911                	add	s2,s2,4
8040094e:	1e3020ef          	jal	80403330 <copyout>
80400952:	015c2023          	sw	s5,0(s8)
80400956:	842a                	mv	s0,a0
80400958:	0c11                	add	s8,s8,4
8040095a:	0e051763          	bnez	a0,80400a48 <proc_spawn+0x2aa>
8040095e:	00092503          	lw	a0,0(s2)
80400962:	c56d                	beqz	a0,80400a4c <proc_spawn+0x2ae>
80400964:	5a7010ef          	jal	8040270a <strlen>
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
8040098a:	0309ab03          	lw	s6,48(s3)
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
804009da:	6b6020ef          	jal	80403090 <uvm_alloc>
804009de:	6c05                	lui	s8,0x1
804009e0:	842a                	mv	s0,a0
804009e2:	4d01                	li	s10,0
804009e4:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009e8:	cd19                	beqz	a0,80400a06 <proc_spawn+0x268>
804009ea:	a8c5                	j	80400ada <proc_spawn+0x33c>
804009ec:	01b7f363          	bgeu	a5,s11,804009f2 <proc_spawn+0x254>
804009f0:	8dbe                	mv	s11,a5
804009f2:	039020ef          	jal	8040322a <uvm_kva>
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
80400a54:	0409a783          	lw	a5,64(s3)
80400a58:	068a                	sll	a3,a3,0x2
80400a5a:	0810                	add	a2,sp,16
80400a5c:	0b070713          	add	a4,a4,176
80400a60:	0309a503          	lw	a0,48(s3)
80400a64:	9732                	add	a4,a4,a2
80400a66:	40da85b3          	sub	a1,s5,a3
80400a6a:	f6072e23          	sw	zero,-132(a4)
80400a6e:	99c1                	and	a1,a1,-16
80400a70:	0367a423          	sw	s6,40(a5)
80400a74:	d7cc                	sw	a1,44(a5)
80400a76:	c78c                	sw	a1,8(a5)
80400a78:	1870                	add	a2,sp,60
80400a7a:	0b7020ef          	jal	80403330 <copyout>
80400a7e:	842a                	mv	s0,a0
80400a80:	4542                	lw	a0,16(sp)
80400a82:	c119                	beqz	a0,80400a88 <proc_spawn+0x2ea>
80400a84:	22d000ef          	jal	804014b0 <iput>
80400a88:	da0443e3          	bltz	s0,8040082e <proc_spawn+0x90>
80400a8c:	0409a783          	lw	a5,64(s3)
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
80400ac6:	4bb010ef          	jal	80402780 <strlcpy_k>
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
80400b0a:	8b478793          	add	a5,a5,-1868 # 8046c8b4 <files+0x4>
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
80400b2c:	8b078793          	add	a5,a5,-1872 # 8046c8b0 <files>
80400b30:	040a                	sll	s0,s0,0x2
80400b32:	943e                	add	s0,s0,a5
80400b34:	8522                	mv	a0,s0
80400b36:	4671                	li	a2,28
80400b38:	4581                	li	a1,0
80400b3a:	32f010ef          	jal	80402668 <memset>
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
80400ba4:	05850513          	add	a0,a0,88 # 80405058 <__udivdi3+0x7c0>
80400ba8:	334010ef          	jal	80401edc <panic>

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
80400c84:	8b078793          	add	a5,a5,-1872 # 8046f8b0 <sb>
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
80400cf8:	07050513          	add	a0,a0,112 # 80405070 <__udivdi3+0x7d8>
80400cfc:	1e0010ef          	jal	80401edc <panic>
80400d00:	80405537          	lui	a0,0x80405
80400d04:	85ca                	mv	a1,s2
80400d06:	09850513          	add	a0,a0,152 # 80405098 <__udivdi3+0x800>
80400d0a:	1d2010ef          	jal	80401edc <panic>

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
80400d60:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b1efff>
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
80400dde:	6b078513          	add	a0,a5,1712 # 8046e6b0 <inodes>
80400de2:	4701                	li	a4,0
80400de4:	6b078793          	add	a5,a5,1712
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
80400e1a:	8c87a783          	lw	a5,-1848(a5) # 8046f8c8 <sb+0x18>
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
80400e96:	8b090913          	add	s2,s2,-1872 # 8046f8b0 <sb>
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
804010da:	8b040513          	add	a0,s0,-1872 # 8046f8b0 <sb>
804010de:	5cc010ef          	jal	804026aa <memcpy>
804010e2:	8526                	mv	a0,s1
804010e4:	890ff0ef          	jal	80400174 <brelse>
804010e8:	592020ef          	jal	8040367a <disk_capacity>
804010ec:	8b040793          	add	a5,s0,-1872
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
80401178:	0e450513          	add	a0,a0,228 # 804050e4 <__udivdi3+0x84c>
8040117c:	561000ef          	jal	80401edc <panic>
80401180:	80405537          	lui	a0,0x80405
80401184:	0b850513          	add	a0,a0,184 # 804050b8 <__udivdi3+0x820>
80401188:	555000ef          	jal	80401edc <panic>

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
804011aa:	8c87a783          	lw	a5,-1848(a5) # 8046f8c8 <sb+0x18>
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
80401352:	8bc7a783          	lw	a5,-1860(a5) # 8046f8bc <sb+0xc>
80401356:	00f53533          	sltu	a0,a0,a5
8040135a:	8082                	ret
8040135c:	4501                	li	a0,0
8040135e:	8082                	ret

80401360 <iget>:
80401360:	85aa                	mv	a1,a0
80401362:	c909                	beqz	a0,80401374 <iget+0x14>
80401364:	804707b7          	lui	a5,0x80470
80401368:	8bc7a783          	lw	a5,-1860(a5) # 8046f8bc <sb+0xc>
8040136c:	00f57463          	bgeu	a0,a5,80401374 <iget+0x14>
80401370:	a5fff06f          	j	80400dce <iget.part.0>
80401374:	80405537          	lui	a0,0x80405
80401378:	1141                	add	sp,sp,-16
8040137a:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0x874>
8040137e:	c606                	sw	ra,12(sp)
80401380:	35d000ef          	jal	80401edc <panic>

80401384 <istat>:
80401384:	1141                	add	sp,sp,-16
80401386:	8046e7b7          	lui	a5,0x8046e
8040138a:	c422                	sw	s0,8(sp)
8040138c:	c226                	sw	s1,4(sp)
8040138e:	c04a                	sw	s2,0(sp)
80401390:	84b2                	mv	s1,a2
80401392:	c606                	sw	ra,12(sp)
80401394:	6b078613          	add	a2,a5,1712 # 8046e6b0 <inodes>
80401398:	842a                	mv	s0,a0
8040139a:	892e                	mv	s2,a1
8040139c:	6b078793          	add	a5,a5,1712
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
804013e4:	8c87a783          	lw	a5,-1848(a5) # 8046f8c8 <sb+0x18>
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
80401420:	8b048493          	add	s1,s1,-1872 # 8046f8b0 <sb>
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
8040147c:	1ec010ef          	jal	80402668 <memset>
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
804014a8:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0x874>
804014ac:	231000ef          	jal	80401edc <panic>

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
804014e8:	180010ef          	jal	80402668 <memset>
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
80401504:	12850513          	add	a0,a0,296 # 80405128 <__udivdi3+0x890>
80401508:	1d5000ef          	jal	80401edc <panic>

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
80401660:	6b0c8613          	add	a2,s9,1712 # 8046d6b0 <zero_block>
80401664:	85ee                	mv	a1,s11
80401666:	e91d                	bnez	a0,8040169c <readi+0xa8>
80401668:	4532                	lw	a0,12(sp)
8040166a:	64d010ef          	jal	804034b6 <either_copyout>
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
804016ae:	609010ef          	jal	804034b6 <either_copyout>
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
80401728:	54b010ef          	jal	80403472 <either_copyin>
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
8040181a:	64f000ef          	jal	80402668 <memset>
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
8040185a:	60f000ef          	jal	80402668 <memset>
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
80401878:	8d478793          	add	a5,a5,-1836 # 8046f8d4 <ranges>
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
804018cc:	14050513          	add	a0,a0,320 # 80405140 <__udivdi3+0x8a8>
804018d0:	c606                	sw	ra,12(sp)
804018d2:	2529                	jal	80401edc <panic>

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
804018fc:	8d478793          	add	a5,a5,-1836 # 8046f8d4 <ranges>
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
80401934:	15450513          	add	a0,a0,340 # 80405154 <__udivdi3+0x8bc>
80401938:	2355                	jal	80401edc <panic>

8040193a <power_off>:
8040193a:	1141                	add	sp,sp,-16
8040193c:	c606                	sw	ra,12(sp)
8040193e:	c422                	sw	s0,8(sp)
80401940:	842a                	mv	s0,a0
80401942:	11d000ef          	jal	8040225e <proc_close_all>
80401946:	847ff0ef          	jal	8040118c <fs_mounted>
8040194a:	e501                	bnez	a0,80401952 <power_off+0x18>
8040194c:	8522                	mv	a0,s0
8040194e:	3ad010ef          	jal	804034fa <arch_power_off>
80401952:	859fe0ef          	jal	804001aa <bio_flush>
80401956:	bfdd                	j	8040194c <power_off+0x12>

80401958 <kernel_run>:
80401958:	7135                	add	sp,sp,-160
8040195a:	cb26                	sw	s1,148(sp)
8040195c:	84ae                	mv	s1,a1
8040195e:	cd22                	sw	s0,152(sp)
80401960:	cf06                	sw	ra,156(sp)
80401962:	842a                	mv	s0,a0
80401964:	f66fe0ef          	jal	804000ca <bio_init>
80401968:	e8c9                	bnez	s1,804019fa <kernel_run+0xa2>
8040196a:	2b5d                	jal	80401f20 <proc_init>
8040196c:	3a8010ef          	jal	80402d14 <timer_init>
80401970:	00044783          	lbu	a5,0(s0)
80401974:	c7d1                	beqz	a5,80401a00 <kernel_run+0xa8>
80401976:	0070                	add	a2,sp,12
80401978:	4481                	li	s1,0
8040197a:	02000713          	li	a4,32
8040197e:	46a5                	li	a3,9
80401980:	00e78463          	beq	a5,a4,80401988 <kernel_run+0x30>
80401984:	00d79863          	bne	a5,a3,80401994 <kernel_run+0x3c>
80401988:	00144783          	lbu	a5,1(s0)
8040198c:	0405                	add	s0,s0,1
8040198e:	fe040fa3          	sb	zero,-1(s0)
80401992:	b7fd                	j	80401980 <kernel_run+0x28>
80401994:	e3a9                	bnez	a5,804019d6 <kernel_run+0x7e>
80401996:	02000713          	li	a4,32
8040199a:	46a5                	li	a3,9
8040199c:	00044783          	lbu	a5,0(s0)
804019a0:	00e78463          	beq	a5,a4,804019a8 <kernel_run+0x50>
804019a4:	00d79463          	bne	a5,a3,804019ac <kernel_run+0x54>
804019a8:	0405                	add	s0,s0,1
804019aa:	bfcd                	j	8040199c <kernel_run+0x44>
804019ac:	efa1                	bnez	a5,80401a04 <kernel_run+0xac>
804019ae:	00249793          	sll	a5,s1,0x2
804019b2:	09078793          	add	a5,a5,144
804019b6:	978a                	add	a5,a5,sp
804019b8:	f607ae23          	sw	zero,-132(a5)
804019bc:	c4b5                	beqz	s1,80401a28 <kernel_run+0xd0>
804019be:	4532                	lw	a0,12(sp)
804019c0:	4601                	li	a2,0
804019c2:	006c                	add	a1,sp,12
804019c4:	ddbfe0ef          	jal	8040079e <proc_spawn>
804019c8:	57f9                	li	a5,-2
804019ca:	862a                	mv	a2,a0
804019cc:	04f50563          	beq	a0,a5,80401a16 <kernel_run+0xbe>
804019d0:	08054563          	bltz	a0,80401a5a <kernel_run+0x102>
804019d4:	2d5d                	jal	8040208a <scheduler>
804019d6:	0485                	add	s1,s1,1
804019d8:	c200                	sw	s0,0(a2)
804019da:	a019                	j	804019e0 <kernel_run+0x88>
804019dc:	00d78863          	beq	a5,a3,804019ec <kernel_run+0x94>
804019e0:	00144783          	lbu	a5,1(s0)
804019e4:	0405                	add	s0,s0,1
804019e6:	dbc5                	beqz	a5,80401996 <kernel_run+0x3e>
804019e8:	fee79ae3          	bne	a5,a4,804019dc <kernel_run+0x84>
804019ec:	00044783          	lbu	a5,0(s0)
804019f0:	d3dd                	beqz	a5,80401996 <kernel_run+0x3e>
804019f2:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7faff004>
804019f4:	f8e496e3          	bne	s1,a4,80401980 <kernel_run+0x28>
804019f8:	bf79                	j	80401996 <kernel_run+0x3e>
804019fa:	ec4ff0ef          	jal	804010be <fs_init>
804019fe:	b7b5                	j	8040196a <kernel_run+0x12>
80401a00:	4481                	li	s1,0
80401a02:	bf51                	j	80401996 <kernel_run+0x3e>
80401a04:	80405537          	lui	a0,0x80405
80401a08:	1a050513          	add	a0,a0,416 # 804051a0 <__udivdi3+0x908>
80401a0c:	02000593          	li	a1,32
80401a10:	215d                	jal	80401eb6 <kprintf>
80401a12:	4509                	li	a0,2
80401a14:	371d                	jal	8040193a <power_off>
80401a16:	45b2                	lw	a1,12(sp)
80401a18:	80405537          	lui	a0,0x80405
80401a1c:	1d050513          	add	a0,a0,464 # 804051d0 <__udivdi3+0x938>
80401a20:	2959                	jal	80401eb6 <kprintf>
80401a22:	07f00513          	li	a0,127
80401a26:	3f11                	jal	8040193a <power_off>
80401a28:	80405537          	lui	a0,0x80405
80401a2c:	16c50513          	add	a0,a0,364 # 8040516c <__udivdi3+0x8d4>
80401a30:	2159                	jal	80401eb6 <kprintf>
80401a32:	80405437          	lui	s0,0x80405
80401a36:	a031                	j	80401a42 <kernel_run+0xea>
80401a38:	438c                	lw	a1,0(a5)
80401a3a:	19840513          	add	a0,s0,408 # 80405198 <__udivdi3+0x900>
80401a3e:	0485                	add	s1,s1,1
80401a40:	299d                	jal	80401eb6 <kprintf>
80401a42:	8526                	mv	a0,s1
80401a44:	2b3000ef          	jal	804024f6 <program_at>
80401a48:	87aa                	mv	a5,a0
80401a4a:	f57d                	bnez	a0,80401a38 <kernel_run+0xe0>
80401a4c:	80405537          	lui	a0,0x80405
80401a50:	19c50513          	add	a0,a0,412 # 8040519c <__udivdi3+0x904>
80401a54:	218d                	jal	80401eb6 <kprintf>
80401a56:	4509                	li	a0,2
80401a58:	35cd                	jal	8040193a <power_off>
80401a5a:	45b2                	lw	a1,12(sp)
80401a5c:	80405537          	lui	a0,0x80405
80401a60:	1e850513          	add	a0,a0,488 # 804051e8 <__udivdi3+0x950>
80401a64:	40c00633          	neg	a2,a2
80401a68:	21b9                	jal	80401eb6 <kprintf>
80401a6a:	07e00513          	li	a0,126
80401a6e:	35f1                	jal	8040193a <power_off>

80401a70 <net_input>:
80401a70:	fff58713          	add	a4,a1,-1
80401a74:	5e900793          	li	a5,1513
80401a78:	08e7e963          	bltu	a5,a4,80401b0a <net_input+0x9a>
80401a7c:	1101                	add	sp,sp,-32
80401a7e:	c64e                	sw	s3,12(sp)
80401a80:	c452                	sw	s4,8(sp)
80401a82:	804279b7          	lui	s3,0x80427
80401a86:	80427a37          	lui	s4,0x80427
80401a8a:	03c9a783          	lw	a5,60(s3) # 8042703c <rxq_tail>
80401a8e:	040a2703          	lw	a4,64(s4) # 80427040 <rxq_head>
80401a92:	ce06                	sw	ra,28(sp)
80401a94:	cc22                	sw	s0,24(sp)
80401a96:	ca26                	sw	s1,20(sp)
80401a98:	c84a                	sw	s2,16(sp)
80401a9a:	46fd                	li	a3,31
80401a9c:	40e78733          	sub	a4,a5,a4
80401aa0:	02e6f163          	bgeu	a3,a4,80401ac2 <net_input+0x52>
80401aa4:	80427737          	lui	a4,0x80427
80401aa8:	03872783          	lw	a5,56(a4) # 80427038 <rxq_dropped>
80401aac:	40f2                	lw	ra,28(sp)
80401aae:	4462                	lw	s0,24(sp)
80401ab0:	0785                	add	a5,a5,1
80401ab2:	02f72c23          	sw	a5,56(a4)
80401ab6:	44d2                	lw	s1,20(sp)
80401ab8:	4942                	lw	s2,16(sp)
80401aba:	49b2                	lw	s3,12(sp)
80401abc:	4a22                	lw	s4,8(sp)
80401abe:	6105                	add	sp,sp,32
80401ac0:	8082                	ret
80401ac2:	8bfd                	and	a5,a5,31
80401ac4:	5f000713          	li	a4,1520
80401ac8:	02e784b3          	mul	s1,a5,a4
80401acc:	80470937          	lui	s2,0x80470
80401ad0:	842e                	mv	s0,a1
80401ad2:	ed090913          	add	s2,s2,-304 # 8046fed0 <rxq>
80401ad6:	862e                	mv	a2,a1
80401ad8:	85aa                	mv	a1,a0
80401ada:	00448513          	add	a0,s1,4
80401ade:	954a                	add	a0,a0,s2
80401ae0:	3cb000ef          	jal	804026aa <memcpy>
80401ae4:	03c9a783          	lw	a5,60(s3)
80401ae8:	9926                	add	s2,s2,s1
80401aea:	00892023          	sw	s0,0(s2)
80401aee:	0785                	add	a5,a5,1
80401af0:	4462                	lw	s0,24(sp)
80401af2:	40f2                	lw	ra,28(sp)
80401af4:	44d2                	lw	s1,20(sp)
80401af6:	4942                	lw	s2,16(sp)
80401af8:	02f9ae23          	sw	a5,60(s3)
80401afc:	040a0513          	add	a0,s4,64
80401b00:	49b2                	lw	s3,12(sp)
80401b02:	4a22                	lw	s4,8(sp)
80401b04:	6105                	add	sp,sp,32
80401b06:	7260006f          	j	8040222c <wakeup>
80401b0a:	80427737          	lui	a4,0x80427
80401b0e:	03872783          	lw	a5,56(a4) # 80427038 <rxq_dropped>
80401b12:	0785                	add	a5,a5,1
80401b14:	02f72c23          	sw	a5,56(a4)
80401b18:	8082                	ret

80401b1a <sys_netinfo>:
80401b1a:	1141                	add	sp,sp,-16
80401b1c:	c606                	sw	ra,12(sp)
80401b1e:	c422                	sw	s0,8(sp)
80401b20:	c226                	sw	s1,4(sp)
80401b22:	1f3000ef          	jal	80402514 <genid_check>
80401b26:	041020ef          	jal	80404366 <arch_net_mac>
80401b2a:	c905                	beqz	a0,80401b5a <sys_netinfo+0x40>
80401b2c:	842a                	mv	s0,a0
80401b2e:	210d                	jal	80401f50 <myproc>
80401b30:	5904                	lw	s1,48(a0)
80401b32:	4501                	li	a0,0
80401b34:	4c7000ef          	jal	804027fa <arg_raw>
80401b38:	85aa                	mv	a1,a0
80401b3a:	4699                	li	a3,6
80401b3c:	8622                	mv	a2,s0
80401b3e:	8526                	mv	a0,s1
80401b40:	7f0010ef          	jal	80403330 <copyout>
80401b44:	87aa                	mv	a5,a0
80401b46:	4501                	li	a0,0
80401b48:	0007c763          	bltz	a5,80401b56 <sys_netinfo+0x3c>
80401b4c:	40b2                	lw	ra,12(sp)
80401b4e:	4422                	lw	s0,8(sp)
80401b50:	4492                	lw	s1,4(sp)
80401b52:	0141                	add	sp,sp,16
80401b54:	8082                	ret
80401b56:	5549                	li	a0,-14
80401b58:	bfd5                	j	80401b4c <sys_netinfo+0x32>
80401b5a:	5535                	li	a0,-19
80401b5c:	bfc5                	j	80401b4c <sys_netinfo+0x32>

80401b5e <sys_netsend>:
80401b5e:	1141                	add	sp,sp,-16
80401b60:	c606                	sw	ra,12(sp)
80401b62:	c422                	sw	s0,8(sp)
80401b64:	c226                	sw	s1,4(sp)
80401b66:	c04a                	sw	s2,0(sp)
80401b68:	7fe020ef          	jal	80404366 <arch_net_mac>
80401b6c:	c931                	beqz	a0,80401bc0 <sys_netsend+0x62>
80401b6e:	4505                	li	a0,1
80401b70:	48b000ef          	jal	804027fa <arg_raw>
80401b74:	ff250713          	add	a4,a0,-14
80401b78:	5dc00793          	li	a5,1500
80401b7c:	842a                	mv	s0,a0
80401b7e:	04e7e363          	bltu	a5,a4,80401bc4 <sys_netsend+0x66>
80401b82:	26f9                	jal	80401f50 <myproc>
80401b84:	03052903          	lw	s2,48(a0)
80401b88:	4501                	li	a0,0
80401b8a:	471000ef          	jal	804027fa <arg_raw>
80401b8e:	804704b7          	lui	s1,0x80470
80401b92:	862a                	mv	a2,a0
80401b94:	86a2                	mv	a3,s0
80401b96:	8e448593          	add	a1,s1,-1820 # 8046f8e4 <tx_frame>
80401b9a:	854a                	mv	a0,s2
80401b9c:	6de010ef          	jal	8040327a <copyin>
80401ba0:	02054463          	bltz	a0,80401bc8 <sys_netsend+0x6a>
80401ba4:	85a2                	mv	a1,s0
80401ba6:	8e448513          	add	a0,s1,-1820
80401baa:	7d2020ef          	jal	8040437c <arch_net_send>
80401bae:	00054963          	bltz	a0,80401bc0 <sys_netsend+0x62>
80401bb2:	8522                	mv	a0,s0
80401bb4:	40b2                	lw	ra,12(sp)
80401bb6:	4422                	lw	s0,8(sp)
80401bb8:	4492                	lw	s1,4(sp)
80401bba:	4902                	lw	s2,0(sp)
80401bbc:	0141                	add	sp,sp,16
80401bbe:	8082                	ret
80401bc0:	5535                	li	a0,-19
80401bc2:	bfcd                	j	80401bb4 <sys_netsend+0x56>
80401bc4:	5529                	li	a0,-22
80401bc6:	b7fd                	j	80401bb4 <sys_netsend+0x56>
80401bc8:	5549                	li	a0,-14
80401bca:	b7ed                	j	80401bb4 <sys_netsend+0x56>

80401bcc <sys_netrecv>:
80401bcc:	1101                	add	sp,sp,-32
80401bce:	ce06                	sw	ra,28(sp)
80401bd0:	cc22                	sw	s0,24(sp)
80401bd2:	ca26                	sw	s1,20(sp)
80401bd4:	c84a                	sw	s2,16(sp)
80401bd6:	c64e                	sw	s3,12(sp)
80401bd8:	c452                	sw	s4,8(sp)
80401bda:	c256                	sw	s5,4(sp)
80401bdc:	78a020ef          	jal	80404366 <arch_net_mac>
80401be0:	0e050b63          	beqz	a0,80401cd6 <sys_netrecv+0x10a>
80401be4:	4501                	li	a0,0
80401be6:	415000ef          	jal	804027fa <arg_raw>
80401bea:	89aa                	mv	s3,a0
80401bec:	4505                	li	a0,1
80401bee:	40d000ef          	jal	804027fa <arg_raw>
80401bf2:	8a2a                	mv	s4,a0
80401bf4:	c8102473          	rdtimeh	s0
80401bf8:	c01024f3          	rdtime	s1
80401bfc:	c81027f3          	rdtimeh	a5
80401c00:	fef41ae3          	bne	s0,a5,80401bf4 <sys_netrecv+0x28>
80401c04:	4509                	li	a0,2
80401c06:	3f5000ef          	jal	804027fa <arg_raw>
80401c0a:	6689                	lui	a3,0x2
80401c0c:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80401c10:	02d507b3          	mul	a5,a0,a3
80401c14:	80427937          	lui	s2,0x80427
80401c18:	80427ab7          	lui	s5,0x80427
80401c1c:	04092703          	lw	a4,64(s2) # 80427040 <rxq_head>
80401c20:	03caa603          	lw	a2,60(s5) # 8042703c <rxq_tail>
80401c24:	02d536b3          	mulhu	a3,a0,a3
80401c28:	94be                	add	s1,s1,a5
80401c2a:	00f4b7b3          	sltu	a5,s1,a5
80401c2e:	96a2                	add	a3,a3,s0
80401c30:	00d78433          	add	s0,a5,a3
80401c34:	02c71763          	bne	a4,a2,80401c62 <sys_netrecv+0x96>
80401c38:	c81027f3          	rdtimeh	a5
80401c3c:	c01026f3          	rdtime	a3
80401c40:	c8102773          	rdtimeh	a4
80401c44:	fee79ae3          	bne	a5,a4,80401c38 <sys_netrecv+0x6c>
80401c48:	85a6                	mv	a1,s1
80401c4a:	8622                	mv	a2,s0
80401c4c:	04090513          	add	a0,s2,64
80401c50:	0487fc63          	bgeu	a5,s0,80401ca8 <sys_netrecv+0xdc>
80401c54:	2b81                	jal	804021a4 <sleep_until>
80401c56:	04092703          	lw	a4,64(s2)
80401c5a:	03caa783          	lw	a5,60(s5)
80401c5e:	fcf70de3          	beq	a4,a5,80401c38 <sys_netrecv+0x6c>
80401c62:	01f77413          	and	s0,a4,31
80401c66:	5f000793          	li	a5,1520
80401c6a:	02f407b3          	mul	a5,s0,a5
80401c6e:	80470ab7          	lui	s5,0x80470
80401c72:	ed0a8a93          	add	s5,s5,-304 # 8046fed0 <rxq>
80401c76:	97d6                	add	a5,a5,s5
80401c78:	4384                	lw	s1,0(a5)
80401c7a:	0344e363          	bltu	s1,s4,80401ca0 <sys_netrecv+0xd4>
80401c7e:	020a1b63          	bnez	s4,80401cb4 <sys_netrecv+0xe8>
80401c82:	04092783          	lw	a5,64(s2)
80401c86:	8526                	mv	a0,s1
80401c88:	0785                	add	a5,a5,1
80401c8a:	04f92023          	sw	a5,64(s2)
80401c8e:	40f2                	lw	ra,28(sp)
80401c90:	4462                	lw	s0,24(sp)
80401c92:	44d2                	lw	s1,20(sp)
80401c94:	4942                	lw	s2,16(sp)
80401c96:	49b2                	lw	s3,12(sp)
80401c98:	4a22                	lw	s4,8(sp)
80401c9a:	4a92                	lw	s5,4(sp)
80401c9c:	6105                	add	sp,sp,32
80401c9e:	8082                	ret
80401ca0:	8a26                	mv	s4,s1
80401ca2:	fe0a00e3          	beqz	s4,80401c82 <sys_netrecv+0xb6>
80401ca6:	a039                	j	80401cb4 <sys_netrecv+0xe8>
80401ca8:	00f41463          	bne	s0,a5,80401cb0 <sys_netrecv+0xe4>
80401cac:	fa96e4e3          	bltu	a3,s1,80401c54 <sys_netrecv+0x88>
80401cb0:	4501                	li	a0,0
80401cb2:	bff1                	j	80401c8e <sys_netrecv+0xc2>
80401cb4:	2c71                	jal	80401f50 <myproc>
80401cb6:	5f000793          	li	a5,1520
80401cba:	02f40733          	mul	a4,s0,a5
80401cbe:	5908                	lw	a0,48(a0)
80401cc0:	86d2                	mv	a3,s4
80401cc2:	85ce                	mv	a1,s3
80401cc4:	0711                	add	a4,a4,4
80401cc6:	00ea8633          	add	a2,s5,a4
80401cca:	666010ef          	jal	80403330 <copyout>
80401cce:	fa055ae3          	bgez	a0,80401c82 <sys_netrecv+0xb6>
80401cd2:	5549                	li	a0,-14
80401cd4:	bf6d                	j	80401c8e <sys_netrecv+0xc2>
80401cd6:	5535                	li	a0,-19
80401cd8:	bf5d                	j	80401c8e <sys_netrecv+0xc2>

80401cda <print_uint>:
80401cda:	7179                	add	sp,sp,-48
80401cdc:	ce4e                	sw	s3,28(sp)
80401cde:	89b2                	mv	s3,a2
80401ce0:	80405637          	lui	a2,0x80405
80401ce4:	d422                	sw	s0,40(sp)
80401ce6:	d04a                	sw	s2,32(sp)
80401ce8:	cc52                	sw	s4,24(sp)
80401cea:	d606                	sw	ra,44(sp)
80401cec:	d226                	sw	s1,36(sp)
80401cee:	8a36                	mv	s4,a3
80401cf0:	4401                	li	s0,0
80401cf2:	00410913          	add	s2,sp,4
80401cf6:	20c60613          	add	a2,a2,524 # 8040520c <__udivdi3+0x974>
80401cfa:	02b577b3          	remu	a5,a0,a1
80401cfe:	0405                	add	s0,s0,1
80401d00:	008904b3          	add	s1,s2,s0
80401d04:	872a                	mv	a4,a0
80401d06:	97b2                	add	a5,a5,a2
80401d08:	0007c783          	lbu	a5,0(a5)
80401d0c:	02b55533          	divu	a0,a0,a1
80401d10:	fef48fa3          	sb	a5,-1(s1)
80401d14:	feb773e3          	bgeu	a4,a1,80401cfa <print_uint+0x20>
80401d18:	01345863          	bge	s0,s3,80401d28 <print_uint+0x4e>
80401d1c:	0405                	add	s0,s0,1
80401d1e:	8552                	mv	a0,s4
80401d20:	11f020ef          	jal	8040463e <arch_console_putc>
80401d24:	fe899ce3          	bne	s3,s0,80401d1c <print_uint+0x42>
80401d28:	fff4c503          	lbu	a0,-1(s1)
80401d2c:	14fd                	add	s1,s1,-1
80401d2e:	111020ef          	jal	8040463e <arch_console_putc>
80401d32:	fe991be3          	bne	s2,s1,80401d28 <print_uint+0x4e>
80401d36:	50b2                	lw	ra,44(sp)
80401d38:	5422                	lw	s0,40(sp)
80401d3a:	5492                	lw	s1,36(sp)
80401d3c:	5902                	lw	s2,32(sp)
80401d3e:	49f2                	lw	s3,28(sp)
80401d40:	4a62                	lw	s4,24(sp)
80401d42:	6145                	add	sp,sp,48
80401d44:	8082                	ret

80401d46 <vkprintf>:
80401d46:	7139                	add	sp,sp,-64
80401d48:	cc62                	sw	s8,24(sp)
80401d4a:	de06                	sw	ra,60(sp)
80401d4c:	dc22                	sw	s0,56(sp)
80401d4e:	da26                	sw	s1,52(sp)
80401d50:	d84a                	sw	s2,48(sp)
80401d52:	d64e                	sw	s3,44(sp)
80401d54:	d452                	sw	s4,40(sp)
80401d56:	d256                	sw	s5,36(sp)
80401d58:	d05a                	sw	s6,32(sp)
80401d5a:	ce5e                	sw	s7,28(sp)
80401d5c:	8c2a                	mv	s8,a0
80401d5e:	00054503          	lbu	a0,0(a0)
80401d62:	c515                	beqz	a0,80401d8e <vkprintf+0x48>
80401d64:	80405ab7          	lui	s5,0x80405
80401d68:	89ae                	mv	s3,a1
80401d6a:	02500913          	li	s2,37
80401d6e:	03000a13          	li	s4,48
80401d72:	4ba5                	li	s7,9
80401d74:	4b55                	li	s6,21
80401d76:	228a8a93          	add	s5,s5,552 # 80405228 <__udivdi3+0x990>
80401d7a:	03250663          	beq	a0,s2,80401da6 <vkprintf+0x60>
80401d7e:	0c1020ef          	jal	8040463e <arch_console_putc>
80401d82:	8462                	mv	s0,s8
80401d84:	00144503          	lbu	a0,1(s0)
80401d88:	00140c13          	add	s8,s0,1
80401d8c:	f57d                	bnez	a0,80401d7a <vkprintf+0x34>
80401d8e:	50f2                	lw	ra,60(sp)
80401d90:	5462                	lw	s0,56(sp)
80401d92:	54d2                	lw	s1,52(sp)
80401d94:	5942                	lw	s2,48(sp)
80401d96:	59b2                	lw	s3,44(sp)
80401d98:	5a22                	lw	s4,40(sp)
80401d9a:	5a92                	lw	s5,36(sp)
80401d9c:	5b02                	lw	s6,32(sp)
80401d9e:	4bf2                	lw	s7,28(sp)
80401da0:	4c62                	lw	s8,24(sp)
80401da2:	6121                	add	sp,sp,64
80401da4:	8082                	ret
80401da6:	001c4483          	lbu	s1,1(s8)
80401daa:	001c0413          	add	s0,s8,1
80401dae:	02000693          	li	a3,32
80401db2:	01449863          	bne	s1,s4,80401dc2 <vkprintf+0x7c>
80401db6:	002c4483          	lbu	s1,2(s8)
80401dba:	002c0413          	add	s0,s8,2
80401dbe:	03000693          	li	a3,48
80401dc2:	fd048713          	add	a4,s1,-48
80401dc6:	0ff77793          	zext.b	a5,a4
80401dca:	4601                	li	a2,0
80401dcc:	02fbe163          	bltu	s7,a5,80401dee <vkprintf+0xa8>
80401dd0:	00144483          	lbu	s1,1(s0)
80401dd4:	00261793          	sll	a5,a2,0x2
80401dd8:	97b2                	add	a5,a5,a2
80401dda:	0786                	sll	a5,a5,0x1
80401ddc:	00f70633          	add	a2,a4,a5
80401de0:	fd048713          	add	a4,s1,-48
80401de4:	0ff77793          	zext.b	a5,a4
80401de8:	0405                	add	s0,s0,1
80401dea:	fefbf3e3          	bgeu	s7,a5,80401dd0 <vkprintf+0x8a>
80401dee:	d0c5                	beqz	s1,80401d8e <vkprintf+0x48>
80401df0:	01248c63          	beq	s1,s2,80401e08 <vkprintf+0xc2>
80401df4:	f9d48793          	add	a5,s1,-99
80401df8:	0ff7f793          	zext.b	a5,a5
80401dfc:	00fb6b63          	bltu	s6,a5,80401e12 <vkprintf+0xcc>
80401e00:	078a                	sll	a5,a5,0x2
80401e02:	97d6                	add	a5,a5,s5
80401e04:	439c                	lw	a5,0(a5)
80401e06:	8782                	jr	a5
80401e08:	02500513          	li	a0,37
80401e0c:	033020ef          	jal	8040463e <arch_console_putc>
80401e10:	bf95                	j	80401d84 <vkprintf+0x3e>
80401e12:	02500513          	li	a0,37
80401e16:	029020ef          	jal	8040463e <arch_console_putc>
80401e1a:	8526                	mv	a0,s1
80401e1c:	023020ef          	jal	8040463e <arch_console_putc>
80401e20:	b795                	j	80401d84 <vkprintf+0x3e>
80401e22:	0009a503          	lw	a0,0(s3)
80401e26:	45c1                	li	a1,16
80401e28:	0991                	add	s3,s3,4
80401e2a:	3d45                	jal	80401cda <print_uint>
80401e2c:	bfa1                	j	80401d84 <vkprintf+0x3e>
80401e2e:	0009a503          	lw	a0,0(s3)
80401e32:	45a9                	li	a1,10
80401e34:	0991                	add	s3,s3,4
80401e36:	bfd5                	j	80401e2a <vkprintf+0xe4>
80401e38:	0009a483          	lw	s1,0(s3)
80401e3c:	0991                	add	s3,s3,4
80401e3e:	e489                	bnez	s1,80401e48 <vkprintf+0x102>
80401e40:	a0a5                	j	80401ea8 <vkprintf+0x162>
80401e42:	0485                	add	s1,s1,1
80401e44:	7fa020ef          	jal	8040463e <arch_console_putc>
80401e48:	0004c503          	lbu	a0,0(s1)
80401e4c:	f97d                	bnez	a0,80401e42 <vkprintf+0xfc>
80401e4e:	bf1d                	j	80401d84 <vkprintf+0x3e>
80401e50:	03000513          	li	a0,48
80401e54:	7ea020ef          	jal	8040463e <arch_console_putc>
80401e58:	07800513          	li	a0,120
80401e5c:	7e2020ef          	jal	8040463e <arch_console_putc>
80401e60:	0009a503          	lw	a0,0(s3)
80401e64:	03000693          	li	a3,48
80401e68:	0991                	add	s3,s3,4
80401e6a:	4621                	li	a2,8
80401e6c:	45c1                	li	a1,16
80401e6e:	bf75                	j	80401e2a <vkprintf+0xe4>
80401e70:	0009a483          	lw	s1,0(s3)
80401e74:	0991                	add	s3,s3,4
80401e76:	0004cc63          	bltz	s1,80401e8e <vkprintf+0x148>
80401e7a:	45a9                	li	a1,10
80401e7c:	8526                	mv	a0,s1
80401e7e:	3db1                	jal	80401cda <print_uint>
80401e80:	b711                	j	80401d84 <vkprintf+0x3e>
80401e82:	0009a503          	lw	a0,0(s3)
80401e86:	0991                	add	s3,s3,4
80401e88:	7b6020ef          	jal	8040463e <arch_console_putc>
80401e8c:	bde5                	j	80401d84 <vkprintf+0x3e>
80401e8e:	02d00513          	li	a0,45
80401e92:	c636                	sw	a3,12(sp)
80401e94:	c432                	sw	a2,8(sp)
80401e96:	7a8020ef          	jal	8040463e <arch_console_putc>
80401e9a:	46b2                	lw	a3,12(sp)
80401e9c:	4622                	lw	a2,8(sp)
80401e9e:	45a9                	li	a1,10
80401ea0:	40900533          	neg	a0,s1
80401ea4:	3d1d                	jal	80401cda <print_uint>
80401ea6:	bdf9                	j	80401d84 <vkprintf+0x3e>
80401ea8:	804054b7          	lui	s1,0x80405
80401eac:	02800513          	li	a0,40
80401eb0:	22048493          	add	s1,s1,544 # 80405220 <__udivdi3+0x988>
80401eb4:	b779                	j	80401e42 <vkprintf+0xfc>

80401eb6 <kprintf>:
80401eb6:	7139                	add	sp,sp,-64
80401eb8:	02410313          	add	t1,sp,36
80401ebc:	d22e                	sw	a1,36(sp)
80401ebe:	859a                	mv	a1,t1
80401ec0:	ce06                	sw	ra,28(sp)
80401ec2:	d432                	sw	a2,40(sp)
80401ec4:	d636                	sw	a3,44(sp)
80401ec6:	d83a                	sw	a4,48(sp)
80401ec8:	da3e                	sw	a5,52(sp)
80401eca:	dc42                	sw	a6,56(sp)
80401ecc:	de46                	sw	a7,60(sp)
80401ece:	c61a                	sw	t1,12(sp)
80401ed0:	3d9d                	jal	80401d46 <vkprintf>
80401ed2:	784020ef          	jal	80404656 <arch_console_flush>
80401ed6:	40f2                	lw	ra,28(sp)
80401ed8:	6121                	add	sp,sp,64
80401eda:	8082                	ret

80401edc <panic>:
80401edc:	7139                	add	sp,sp,-64
80401ede:	cc22                	sw	s0,24(sp)
80401ee0:	da3e                	sw	a5,52(sp)
80401ee2:	ce06                	sw	ra,28(sp)
80401ee4:	842a                	mv	s0,a0
80401ee6:	d22e                	sw	a1,36(sp)
80401ee8:	d432                	sw	a2,40(sp)
80401eea:	d636                	sw	a3,44(sp)
80401eec:	d83a                	sw	a4,48(sp)
80401eee:	dc42                	sw	a6,56(sp)
80401ef0:	de46                	sw	a7,60(sp)
80401ef2:	4789                	li	a5,2
80401ef4:	1007b073          	csrc	sstatus,a5
80401ef8:	80405537          	lui	a0,0x80405
80401efc:	28050513          	add	a0,a0,640 # 80405280 <__udivdi3+0x9e8>
80401f00:	3f5d                	jal	80401eb6 <kprintf>
80401f02:	104c                	add	a1,sp,36
80401f04:	8522                	mv	a0,s0
80401f06:	c62e                	sw	a1,12(sp)
80401f08:	3d3d                	jal	80401d46 <vkprintf>
80401f0a:	4529                	li	a0,10
80401f0c:	732020ef          	jal	8040463e <arch_console_putc>
80401f10:	746020ef          	jal	80404656 <arch_console_flush>
80401f14:	604010ef          	jal	80403518 <arch_crash>

80401f18 <proc_first_run>:
80401f18:	1141                	add	sp,sp,-16
80401f1a:	c606                	sw	ra,12(sp)
80401f1c:	765000ef          	jal	80402e80 <user_trap_return>

80401f20 <proc_init>:
80401f20:	804fc6b7          	lui	a3,0x804fc
80401f24:	660d                	lui	a2,0x3
80401f26:	03c60613          	add	a2,a2,60 # 303c <_entry-0x803fcfc4>
80401f2a:	8047c737          	lui	a4,0x8047c
80401f2e:	804fc7b7          	lui	a5,0x804fc
80401f32:	d1068693          	add	a3,a3,-752 # 804fbd10 <procs>
80401f36:	96b2                	add	a3,a3,a2
80401f38:	d1070713          	add	a4,a4,-752 # 8047bd10 <kstacks>
80401f3c:	d4c78793          	add	a5,a5,-692 # 804fbd4c <procs+0x3c>
80401f40:	6609                	lui	a2,0x2
80401f42:	c398                	sw	a4,0(a5)
80401f44:	0c078793          	add	a5,a5,192
80401f48:	9732                	add	a4,a4,a2
80401f4a:	fed79ce3          	bne	a5,a3,80401f42 <proc_init+0x22>
80401f4e:	8082                	ret

80401f50 <myproc>:
80401f50:	804277b7          	lui	a5,0x80427
80401f54:	0487a503          	lw	a0,72(a5) # 80427048 <current>
80401f58:	8082                	ret

80401f5a <proc_alloc>:
80401f5a:	1101                	add	sp,sp,-32
80401f5c:	804fc7b7          	lui	a5,0x804fc
80401f60:	cc22                	sw	s0,24(sp)
80401f62:	c64e                	sw	s3,12(sp)
80401f64:	ce06                	sw	ra,28(sp)
80401f66:	d1078993          	add	s3,a5,-752 # 804fbd10 <procs>
80401f6a:	ca26                	sw	s1,20(sp)
80401f6c:	c84a                	sw	s2,16(sp)
80401f6e:	c452                	sw	s4,8(sp)
80401f70:	d1078793          	add	a5,a5,-752
80401f74:	4401                	li	s0,0
80401f76:	04000693          	li	a3,64
80401f7a:	4398                	lw	a4,0(a5)
80401f7c:	0c078793          	add	a5,a5,192
80401f80:	e75d                	bnez	a4,8040202e <proc_alloc+0xd4>
80401f82:	2d0020ef          	jal	80404252 <uvm_create>
80401f86:	00141793          	sll	a5,s0,0x1
80401f8a:	008784b3          	add	s1,a5,s0
80401f8e:	049a                	sll	s1,s1,0x6
80401f90:	00998933          	add	s2,s3,s1
80401f94:	02a92823          	sw	a0,48(s2)
80401f98:	cd51                	beqz	a0,80402034 <proc_alloc+0xda>
80401f9a:	80427637          	lui	a2,0x80427
80401f9e:	01c62703          	lw	a4,28(a2) # 8042701c <next_pid>
80401fa2:	4685                	li	a3,1
80401fa4:	4801                	li	a6,0
80401fa6:	00170593          	add	a1,a4,1
80401faa:	4881                	li	a7,0
80401fac:	00d92023          	sw	a3,0(s2)
80401fb0:	03092423          	sw	a6,40(s2)
80401fb4:	03192623          	sw	a7,44(s2)
80401fb8:	00b62e23          	sw	a1,28(a2)
80401fbc:	00e92223          	sw	a4,4(s2)
80401fc0:	8a4a                	mv	s4,s2
80401fc2:	00d71663          	bne	a4,a3,80401fce <proc_alloc+0x74>
80401fc6:	80427737          	lui	a4,0x80427
80401fca:	05272223          	sw	s2,68(a4) # 80427044 <init_proc>
80401fce:	943e                	add	s0,s0,a5
80401fd0:	041a                	sll	s0,s0,0x6
80401fd2:	944e                	add	s0,s0,s3
80401fd4:	5c48                	lw	a0,60(s0)
80401fd6:	6789                	lui	a5,0x2
80401fd8:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401fdc:	953e                	add	a0,a0,a5
80401fde:	09000613          	li	a2,144
80401fe2:	4581                	li	a1,0
80401fe4:	c028                	sw	a0,64(s0)
80401fe6:	2549                	jal	80402668 <memset>
80401fe8:	04448513          	add	a0,s1,68
80401fec:	03800613          	li	a2,56
80401ff0:	4581                	li	a1,0
80401ff2:	954e                	add	a0,a0,s3
80401ff4:	2d95                	jal	80402668 <memset>
80401ff6:	4038                	lw	a4,64(s0)
80401ff8:	804027b7          	lui	a5,0x80402
80401ffc:	f1878793          	add	a5,a5,-232 # 80401f18 <proc_first_run>
80402000:	c07c                	sw	a5,68(s0)
80402002:	c438                	sw	a4,72(s0)
80402004:	448d                	li	s1,3
80402006:	4401                	li	s0,0
80402008:	aeffe0ef          	jal	80400af6 <file_console>
8040200c:	b4dfe0ef          	jal	80400b58 <file_dup>
80402010:	06a92e23          	sw	a0,124(s2)
80402014:	0405                	add	s0,s0,1
80402016:	0911                	add	s2,s2,4
80402018:	fe9418e3          	bne	s0,s1,80402008 <proc_alloc+0xae>
8040201c:	40f2                	lw	ra,28(sp)
8040201e:	4462                	lw	s0,24(sp)
80402020:	44d2                	lw	s1,20(sp)
80402022:	4942                	lw	s2,16(sp)
80402024:	49b2                	lw	s3,12(sp)
80402026:	8552                	mv	a0,s4
80402028:	4a22                	lw	s4,8(sp)
8040202a:	6105                	add	sp,sp,32
8040202c:	8082                	ret
8040202e:	0405                	add	s0,s0,1
80402030:	f4d415e3          	bne	s0,a3,80401f7a <proc_alloc+0x20>
80402034:	4a01                	li	s4,0
80402036:	b7dd                	j	8040201c <proc_alloc+0xc2>

80402038 <proc_free>:
80402038:	1141                	add	sp,sp,-16
8040203a:	c422                	sw	s0,8(sp)
8040203c:	c226                	sw	s1,4(sp)
8040203e:	c04a                	sw	s2,0(sp)
80402040:	c606                	sw	ra,12(sp)
80402042:	892a                	mv	s2,a0
80402044:	07c50413          	add	s0,a0,124
80402048:	0bc50493          	add	s1,a0,188
8040204c:	4008                	lw	a0,0(s0)
8040204e:	c509                	beqz	a0,80402058 <proc_free+0x20>
80402050:	b11fe0ef          	jal	80400b60 <file_close>
80402054:	00042023          	sw	zero,0(s0)
80402058:	0411                	add	s0,s0,4
8040205a:	fe9419e3          	bne	s0,s1,8040204c <proc_free+0x14>
8040205e:	03092503          	lw	a0,48(s2)
80402062:	c119                	beqz	a0,80402068 <proc_free+0x30>
80402064:	7a3000ef          	jal	80403006 <uvm_free>
80402068:	03c92403          	lw	s0,60(s2)
8040206c:	854a                	mv	a0,s2
8040206e:	0c000613          	li	a2,192
80402072:	4581                	li	a1,0
80402074:	2bd5                	jal	80402668 <memset>
80402076:	40b2                	lw	ra,12(sp)
80402078:	02892e23          	sw	s0,60(s2)
8040207c:	4422                	lw	s0,8(sp)
8040207e:	00092023          	sw	zero,0(s2)
80402082:	4492                	lw	s1,4(sp)
80402084:	4902                	lw	s2,0(sp)
80402086:	0141                	add	sp,sp,16
80402088:	8082                	ret

8040208a <scheduler>:
8040208a:	7179                	add	sp,sp,-48
8040208c:	d04a                	sw	s2,32(sp)
8040208e:	c65e                	sw	s7,12(sp)
80402090:	aaaab937          	lui	s2,0xaaaab
80402094:	804fcbb7          	lui	s7,0x804fc
80402098:	d226                	sw	s1,36(sp)
8040209a:	ce4e                	sw	s3,28(sp)
8040209c:	cc52                	sw	s4,24(sp)
8040209e:	ca56                	sw	s5,20(sp)
804020a0:	c85a                	sw	s6,16(sp)
804020a2:	c462                	sw	s8,8(sp)
804020a4:	c266                	sw	s9,4(sp)
804020a6:	c06a                	sw	s10,0(sp)
804020a8:	d606                	sw	ra,44(sp)
804020aa:	d422                	sw	s0,40(sp)
804020ac:	4d01                	li	s10,0
804020ae:	04000c13          	li	s8,64
804020b2:	d10b8b93          	add	s7,s7,-752 # 804fbd10 <procs>
804020b6:	804274b7          	lui	s1,0x80427
804020ba:	8047cab7          	lui	s5,0x8047c
804020be:	80427a37          	lui	s4,0x80427
804020c2:	4c89                	li	s9,2
804020c4:	aab90913          	add	s2,s2,-1365 # aaaaaaab <kernel_end+0x2a5aaaab>
804020c8:	498d                	li	s3,3
804020ca:	4b15                	li	s6,5
804020cc:	86ea                	mv	a3,s10
804020ce:	a021                	j	804020d6 <scheduler+0x4c>
804020d0:	0685                	add	a3,a3,1
804020d2:	06dc0e63          	beq	s8,a3,8040214e <scheduler+0xc4>
804020d6:	41f6d713          	sra	a4,a3,0x1f
804020da:	8369                	srl	a4,a4,0x1a
804020dc:	00e687b3          	add	a5,a3,a4
804020e0:	03f7f793          	and	a5,a5,63
804020e4:	8f99                	sub	a5,a5,a4
804020e6:	00179413          	sll	s0,a5,0x1
804020ea:	943e                	add	s0,s0,a5
804020ec:	041a                	sll	s0,s0,0x6
804020ee:	008b87b3          	add	a5,s7,s0
804020f2:	4398                	lw	a4,0(a5)
804020f4:	fd971ee3          	bne	a4,s9,804020d0 <scheduler+0x46>
804020f8:	40645713          	sra	a4,s0,0x6
804020fc:	03270733          	mul	a4,a4,s2
80402100:	5b88                	lw	a0,48(a5)
80402102:	04f4a423          	sw	a5,72(s1) # 80427048 <current>
80402106:	0137a023          	sw	s3,0(a5)
8040210a:	00170793          	add	a5,a4,1
8040210e:	41f7d713          	sra	a4,a5,0x1f
80402112:	8369                	srl	a4,a4,0x1a
80402114:	00e78d33          	add	s10,a5,a4
80402118:	03fd7d13          	and	s10,s10,63
8040211c:	40ed0d33          	sub	s10,s10,a4
80402120:	10e020ef          	jal	8040422e <vm_switch>
80402124:	04440593          	add	a1,s0,68
80402128:	95de                	add	a1,a1,s7
8040212a:	cd0a8513          	add	a0,s5,-816 # 8047bcd0 <scheduler_context>
8040212e:	700020ef          	jal	8040482e <swtch>
80402132:	044a2783          	lw	a5,68(s4) # 80427044 <init_proc>
80402136:	0404a423          	sw	zero,72(s1)
8040213a:	c781                	beqz	a5,80402142 <scheduler+0xb8>
8040213c:	4398                	lw	a4,0(a5)
8040213e:	01670563          	beq	a4,s6,80402148 <scheduler+0xbe>
80402142:	040d0c13          	add	s8,s10,64
80402146:	b759                	j	804020cc <scheduler+0x42>
80402148:	4fc8                	lw	a0,28(a5)
8040214a:	ff0ff0ef          	jal	8040193a <power_off>
8040214e:	492020ef          	jal	804045e0 <arch_idle>
80402152:	bfad                	j	804020cc <scheduler+0x42>

80402154 <yield>:
80402154:	804277b7          	lui	a5,0x80427
80402158:	0487a503          	lw	a0,72(a5) # 80427048 <current>
8040215c:	8047c5b7          	lui	a1,0x8047c
80402160:	4789                	li	a5,2
80402162:	c11c                	sw	a5,0(a0)
80402164:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
80402168:	04450513          	add	a0,a0,68
8040216c:	6c20206f          	j	8040482e <swtch>

80402170 <sleep_on>:
80402170:	1141                	add	sp,sp,-16
80402172:	c422                	sw	s0,8(sp)
80402174:	80427437          	lui	s0,0x80427
80402178:	04842783          	lw	a5,72(s0) # 80427048 <current>
8040217c:	c606                	sw	ra,12(sp)
8040217e:	4711                	li	a4,4
80402180:	8047c5b7          	lui	a1,0x8047c
80402184:	d388                	sw	a0,32(a5)
80402186:	c398                	sw	a4,0(a5)
80402188:	04478513          	add	a0,a5,68
8040218c:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
80402190:	69e020ef          	jal	8040482e <swtch>
80402194:	04842783          	lw	a5,72(s0)
80402198:	40b2                	lw	ra,12(sp)
8040219a:	4422                	lw	s0,8(sp)
8040219c:	0207a023          	sw	zero,32(a5)
804021a0:	0141                	add	sp,sp,16
804021a2:	8082                	ret

804021a4 <sleep_until>:
804021a4:	1141                	add	sp,sp,-16
804021a6:	c422                	sw	s0,8(sp)
804021a8:	80427437          	lui	s0,0x80427
804021ac:	04842783          	lw	a5,72(s0) # 80427048 <current>
804021b0:	c606                	sw	ra,12(sp)
804021b2:	4711                	li	a4,4
804021b4:	d78c                	sw	a1,40(a5)
804021b6:	8047c5b7          	lui	a1,0x8047c
804021ba:	d388                	sw	a0,32(a5)
804021bc:	c398                	sw	a4,0(a5)
804021be:	d7d0                	sw	a2,44(a5)
804021c0:	04478513          	add	a0,a5,68
804021c4:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
804021c8:	666020ef          	jal	8040482e <swtch>
804021cc:	04842783          	lw	a5,72(s0)
804021d0:	40b2                	lw	ra,12(sp)
804021d2:	4422                	lw	s0,8(sp)
804021d4:	4681                	li	a3,0
804021d6:	4701                	li	a4,0
804021d8:	0207a023          	sw	zero,32(a5)
804021dc:	d794                	sw	a3,40(a5)
804021de:	d7d8                	sw	a4,44(a5)
804021e0:	0141                	add	sp,sp,16
804021e2:	8082                	ret

804021e4 <wakeup_expired>:
804021e4:	804fc7b7          	lui	a5,0x804fc
804021e8:	d1078793          	add	a5,a5,-752 # 804fbd10 <procs>
804021ec:	668d                	lui	a3,0x3
804021ee:	96be                	add	a3,a3,a5
804021f0:	4611                	li	a2,4
804021f2:	4309                	li	t1,2
804021f4:	a029                	j	804021fe <wakeup_expired+0x1a>
804021f6:	0c078793          	add	a5,a5,192
804021fa:	02f68863          	beq	a3,a5,8040222a <wakeup_expired+0x46>
804021fe:	4398                	lw	a4,0(a5)
80402200:	fec71be3          	bne	a4,a2,804021f6 <wakeup_expired+0x12>
80402204:	57d8                	lw	a4,44(a5)
80402206:	0287a803          	lw	a6,40(a5)
8040220a:	00e868b3          	or	a7,a6,a4
8040220e:	fe0884e3          	beqz	a7,804021f6 <wakeup_expired+0x12>
80402212:	fee5e2e3          	bltu	a1,a4,804021f6 <wakeup_expired+0x12>
80402216:	00b71463          	bne	a4,a1,8040221e <wakeup_expired+0x3a>
8040221a:	fd056ee3          	bltu	a0,a6,804021f6 <wakeup_expired+0x12>
8040221e:	0067a023          	sw	t1,0(a5)
80402222:	0c078793          	add	a5,a5,192
80402226:	fcf69ce3          	bne	a3,a5,804021fe <wakeup_expired+0x1a>
8040222a:	8082                	ret

8040222c <wakeup>:
8040222c:	804fc7b7          	lui	a5,0x804fc
80402230:	d1078793          	add	a5,a5,-752 # 804fbd10 <procs>
80402234:	668d                	lui	a3,0x3
80402236:	96be                	add	a3,a3,a5
80402238:	4611                	li	a2,4
8040223a:	4589                	li	a1,2
8040223c:	a029                	j	80402246 <wakeup+0x1a>
8040223e:	0c078793          	add	a5,a5,192
80402242:	00f68d63          	beq	a3,a5,8040225c <wakeup+0x30>
80402246:	4398                	lw	a4,0(a5)
80402248:	fec71be3          	bne	a4,a2,8040223e <wakeup+0x12>
8040224c:	5398                	lw	a4,32(a5)
8040224e:	fea718e3          	bne	a4,a0,8040223e <wakeup+0x12>
80402252:	c38c                	sw	a1,0(a5)
80402254:	0c078793          	add	a5,a5,192
80402258:	fef697e3          	bne	a3,a5,80402246 <wakeup+0x1a>
8040225c:	8082                	ret

8040225e <proc_close_all>:
8040225e:	1141                	add	sp,sp,-16
80402260:	c04a                	sw	s2,0(sp)
80402262:	678d                	lui	a5,0x3
80402264:	804fc937          	lui	s2,0x804fc
80402268:	d1090913          	add	s2,s2,-752 # 804fbd10 <procs>
8040226c:	0bc78793          	add	a5,a5,188 # 30bc <_entry-0x803fcf44>
80402270:	c226                	sw	s1,4(sp)
80402272:	c606                	sw	ra,12(sp)
80402274:	0bc90493          	add	s1,s2,188
80402278:	c422                	sw	s0,8(sp)
8040227a:	993e                	add	s2,s2,a5
8040227c:	fc048413          	add	s0,s1,-64
80402280:	4008                	lw	a0,0(s0)
80402282:	c509                	beqz	a0,8040228c <proc_close_all+0x2e>
80402284:	8ddfe0ef          	jal	80400b60 <file_close>
80402288:	00042023          	sw	zero,0(s0)
8040228c:	0411                	add	s0,s0,4
8040228e:	fe9419e3          	bne	s0,s1,80402280 <proc_close_all+0x22>
80402292:	0c040493          	add	s1,s0,192
80402296:	ff2493e3          	bne	s1,s2,8040227c <proc_close_all+0x1e>
8040229a:	40b2                	lw	ra,12(sp)
8040229c:	4422                	lw	s0,8(sp)
8040229e:	4492                	lw	s1,4(sp)
804022a0:	4902                	lw	s2,0(sp)
804022a2:	0141                	add	sp,sp,16
804022a4:	8082                	ret

804022a6 <proc_exit>:
804022a6:	1101                	add	sp,sp,-32
804022a8:	c84a                	sw	s2,16(sp)
804022aa:	80427937          	lui	s2,0x80427
804022ae:	c64e                	sw	s3,12(sp)
804022b0:	04892983          	lw	s3,72(s2) # 80427048 <current>
804022b4:	cc22                	sw	s0,24(sp)
804022b6:	ca26                	sw	s1,20(sp)
804022b8:	c452                	sw	s4,8(sp)
804022ba:	ce06                	sw	ra,28(sp)
804022bc:	84aa                	mv	s1,a0
804022be:	07c98413          	add	s0,s3,124
804022c2:	0bc98a13          	add	s4,s3,188
804022c6:	4008                	lw	a0,0(s0)
804022c8:	c509                	beqz	a0,804022d2 <proc_exit+0x2c>
804022ca:	897fe0ef          	jal	80400b60 <file_close>
804022ce:	00042023          	sw	zero,0(s0)
804022d2:	0411                	add	s0,s0,4
804022d4:	ff4419e3          	bne	s0,s4,804022c6 <proc_exit+0x20>
804022d8:	660d                	lui	a2,0x3
804022da:	804fce37          	lui	t3,0x804fc
804022de:	d10e0e13          	add	t3,t3,-752 # 804fbd10 <procs>
804022e2:	00860513          	add	a0,a2,8 # 3008 <_entry-0x803fcff8>
804022e6:	804277b7          	lui	a5,0x80427
804022ea:	804fc737          	lui	a4,0x804fc
804022ee:	0447a803          	lw	a6,68(a5) # 80427044 <init_proc>
804022f2:	d1870713          	add	a4,a4,-744 # 804fbd18 <procs+0x8>
804022f6:	9572                	add	a0,a0,t3
804022f8:	4315                	li	t1,5
804022fa:	9672                	add	a2,a2,t3
804022fc:	4591                	li	a1,4
804022fe:	4889                	li	a7,2
80402300:	a029                	j	8040230a <proc_exit+0x64>
80402302:	0c070713          	add	a4,a4,192
80402306:	02a70b63          	beq	a4,a0,8040233c <proc_exit+0x96>
8040230a:	ff872783          	lw	a5,-8(a4)
8040230e:	dbf5                	beqz	a5,80402302 <proc_exit+0x5c>
80402310:	4314                	lw	a3,0(a4)
80402312:	fed998e3          	bne	s3,a3,80402302 <proc_exit+0x5c>
80402316:	01072023          	sw	a6,0(a4)
8040231a:	fe6794e3          	bne	a5,t1,80402302 <proc_exit+0x5c>
8040231e:	87f2                	mv	a5,t3
80402320:	a029                	j	8040232a <proc_exit+0x84>
80402322:	0c078793          	add	a5,a5,192
80402326:	fcf60ee3          	beq	a2,a5,80402302 <proc_exit+0x5c>
8040232a:	4394                	lw	a3,0(a5)
8040232c:	feb69be3          	bne	a3,a1,80402322 <proc_exit+0x7c>
80402330:	5394                	lw	a3,32(a5)
80402332:	fed818e3          	bne	a6,a3,80402322 <proc_exit+0x7c>
80402336:	0117a023          	sw	a7,0(a5)
8040233a:	b7e5                	j	80402322 <proc_exit+0x7c>
8040233c:	0089a503          	lw	a0,8(s3)
80402340:	4795                	li	a5,5
80402342:	0099ae23          	sw	s1,28(s3)
80402346:	00f9a023          	sw	a5,0(s3)
8040234a:	c111                	beqz	a0,8040234e <proc_exit+0xa8>
8040234c:	35c5                	jal	8040222c <wakeup>
8040234e:	04892503          	lw	a0,72(s2)
80402352:	c11d                	beqz	a0,80402378 <proc_exit+0xd2>
80402354:	4118                	lw	a4,0(a0)
80402356:	478d                	li	a5,3
80402358:	02f70063          	beq	a4,a5,80402378 <proc_exit+0xd2>
8040235c:	8047c5b7          	lui	a1,0x8047c
80402360:	04450513          	add	a0,a0,68
80402364:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
80402368:	4c6020ef          	jal	8040482e <swtch>
8040236c:	80405537          	lui	a0,0x80405
80402370:	2ac50513          	add	a0,a0,684 # 804052ac <__udivdi3+0xa14>
80402374:	b69ff0ef          	jal	80401edc <panic>
80402378:	80405537          	lui	a0,0x80405
8040237c:	28850513          	add	a0,a0,648 # 80405288 <__udivdi3+0x9f0>
80402380:	b5dff0ef          	jal	80401edc <panic>

80402384 <proc_wait>:
80402384:	7179                	add	sp,sp,-48
80402386:	c462                	sw	s8,8(sp)
80402388:	80427c37          	lui	s8,0x80427
8040238c:	d04a                	sw	s2,32(sp)
8040238e:	048c2903          	lw	s2,72(s8) # 80427048 <current>
80402392:	cc52                	sw	s4,24(sp)
80402394:	804fca37          	lui	s4,0x804fc
80402398:	d226                	sw	s1,36(sp)
8040239a:	ce4e                	sw	s3,28(sp)
8040239c:	ca56                	sw	s5,20(sp)
8040239e:	c85a                	sw	s6,16(sp)
804023a0:	c65e                	sw	s7,12(sp)
804023a2:	d606                	sw	ra,44(sp)
804023a4:	d422                	sw	s0,40(sp)
804023a6:	89aa                	mv	s3,a0
804023a8:	8aae                	mv	s5,a1
804023aa:	d10a0a13          	add	s4,s4,-752 # 804fbd10 <procs>
804023ae:	5b7d                	li	s6,-1
804023b0:	4b95                	li	s7,5
804023b2:	04000493          	li	s1,64
804023b6:	87d2                	mv	a5,s4
804023b8:	4401                	li	s0,0
804023ba:	4601                	li	a2,0
804023bc:	a031                	j	804023c8 <proc_wait+0x44>
804023be:	0405                	add	s0,s0,1
804023c0:	0c078793          	add	a5,a5,192
804023c4:	06940063          	beq	s0,s1,80402424 <proc_wait+0xa0>
804023c8:	4398                	lw	a4,0(a5)
804023ca:	db75                	beqz	a4,804023be <proc_wait+0x3a>
804023cc:	4794                	lw	a3,8(a5)
804023ce:	ff2698e3          	bne	a3,s2,804023be <proc_wait+0x3a>
804023d2:	01698563          	beq	s3,s6,804023dc <proc_wait+0x58>
804023d6:	43d4                	lw	a3,4(a5)
804023d8:	ff3693e3          	bne	a3,s3,804023be <proc_wait+0x3a>
804023dc:	03771e63          	bne	a4,s7,80402418 <proc_wait+0x94>
804023e0:	00141493          	sll	s1,s0,0x1
804023e4:	008489b3          	add	s3,s1,s0
804023e8:	099a                	sll	s3,s3,0x6
804023ea:	060a9163          	bnez	s5,8040244c <proc_wait+0xc8>
804023ee:	94a2                	add	s1,s1,s0
804023f0:	049a                	sll	s1,s1,0x6
804023f2:	94d2                	add	s1,s1,s4
804023f4:	013a0533          	add	a0,s4,s3
804023f8:	40c0                	lw	s0,4(s1)
804023fa:	c3fff0ef          	jal	80402038 <proc_free>
804023fe:	50b2                	lw	ra,44(sp)
80402400:	8522                	mv	a0,s0
80402402:	5422                	lw	s0,40(sp)
80402404:	5492                	lw	s1,36(sp)
80402406:	5902                	lw	s2,32(sp)
80402408:	49f2                	lw	s3,28(sp)
8040240a:	4a62                	lw	s4,24(sp)
8040240c:	4ad2                	lw	s5,20(sp)
8040240e:	4b42                	lw	s6,16(sp)
80402410:	4bb2                	lw	s7,12(sp)
80402412:	4c22                	lw	s8,8(sp)
80402414:	6145                	add	sp,sp,48
80402416:	8082                	ret
80402418:	0405                	add	s0,s0,1
8040241a:	4605                	li	a2,1
8040241c:	0c078793          	add	a5,a5,192
80402420:	fa9414e3          	bne	s0,s1,804023c8 <proc_wait+0x44>
80402424:	c229                	beqz	a2,80402466 <proc_wait+0xe2>
80402426:	048c2503          	lw	a0,72(s8)
8040242a:	4791                	li	a5,4
8040242c:	8047c5b7          	lui	a1,0x8047c
80402430:	c11c                	sw	a5,0(a0)
80402432:	03252023          	sw	s2,32(a0)
80402436:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
8040243a:	04450513          	add	a0,a0,68
8040243e:	3f0020ef          	jal	8040482e <swtch>
80402442:	048c2783          	lw	a5,72(s8)
80402446:	0207a023          	sw	zero,32(a5)
8040244a:	b7b5                	j	804023b6 <proc_wait+0x32>
8040244c:	03092503          	lw	a0,48(s2)
80402450:	01c98613          	add	a2,s3,28
80402454:	4691                	li	a3,4
80402456:	9652                	add	a2,a2,s4
80402458:	85d6                	mv	a1,s5
8040245a:	6d7000ef          	jal	80403330 <copyout>
8040245e:	f80558e3          	bgez	a0,804023ee <proc_wait+0x6a>
80402462:	5449                	li	s0,-14
80402464:	bf69                	j	804023fe <proc_wait+0x7a>
80402466:	5459                	li	s0,-10
80402468:	bf59                	j	804023fe <proc_wait+0x7a>

8040246a <fd_alloc>:
8040246a:	804277b7          	lui	a5,0x80427
8040246e:	0487a583          	lw	a1,72(a5) # 80427048 <current>
80402472:	862a                	mv	a2,a0
80402474:	46c1                	li	a3,16
80402476:	07c58793          	add	a5,a1,124
8040247a:	4501                	li	a0,0
8040247c:	4398                	lw	a4,0(a5)
8040247e:	0791                	add	a5,a5,4
80402480:	c711                	beqz	a4,8040248c <fd_alloc+0x22>
80402482:	0505                	add	a0,a0,1
80402484:	fed51ce3          	bne	a0,a3,8040247c <fd_alloc+0x12>
80402488:	5521                	li	a0,-24
8040248a:	8082                	ret
8040248c:	01c50793          	add	a5,a0,28
80402490:	078a                	sll	a5,a5,0x2
80402492:	95be                	add	a1,a1,a5
80402494:	c5d0                	sw	a2,12(a1)
80402496:	8082                	ret

80402498 <program_find>:
80402498:	1101                	add	sp,sp,-32
8040249a:	cc22                	sw	s0,24(sp)
8040249c:	80405437          	lui	s0,0x80405
804024a0:	ca26                	sw	s1,20(sp)
804024a2:	c84a                	sw	s2,16(sp)
804024a4:	c64e                	sw	s3,12(sp)
804024a6:	c452                	sw	s4,8(sp)
804024a8:	ce06                	sw	ra,28(sp)
804024aa:	2ec40a13          	add	s4,s0,748 # 804052ec <programs>
804024ae:	892a                	mv	s2,a0
804024b0:	2ec40413          	add	s0,s0,748
804024b4:	4481                	li	s1,0
804024b6:	4999                	li	s3,6
804024b8:	4008                	lw	a0,0(s0)
804024ba:	85ca                	mv	a1,s2
804024bc:	0431                	add	s0,s0,12
804024be:	2c51                	jal	80402752 <strcmp>
804024c0:	cd09                	beqz	a0,804024da <program_find+0x42>
804024c2:	0485                	add	s1,s1,1
804024c4:	ff349ae3          	bne	s1,s3,804024b8 <program_find+0x20>
804024c8:	40f2                	lw	ra,28(sp)
804024ca:	4462                	lw	s0,24(sp)
804024cc:	44d2                	lw	s1,20(sp)
804024ce:	4942                	lw	s2,16(sp)
804024d0:	49b2                	lw	s3,12(sp)
804024d2:	4a22                	lw	s4,8(sp)
804024d4:	4501                	li	a0,0
804024d6:	6105                	add	sp,sp,32
804024d8:	8082                	ret
804024da:	40f2                	lw	ra,28(sp)
804024dc:	4462                	lw	s0,24(sp)
804024de:	00149793          	sll	a5,s1,0x1
804024e2:	97a6                	add	a5,a5,s1
804024e4:	078a                	sll	a5,a5,0x2
804024e6:	44d2                	lw	s1,20(sp)
804024e8:	4942                	lw	s2,16(sp)
804024ea:	49b2                	lw	s3,12(sp)
804024ec:	00fa0533          	add	a0,s4,a5
804024f0:	4a22                	lw	s4,8(sp)
804024f2:	6105                	add	sp,sp,32
804024f4:	8082                	ret

804024f6 <program_at>:
804024f6:	4795                	li	a5,5
804024f8:	00a7ec63          	bltu	a5,a0,80402510 <program_at+0x1a>
804024fc:	00151793          	sll	a5,a0,0x1
80402500:	953e                	add	a0,a0,a5
80402502:	804057b7          	lui	a5,0x80405
80402506:	2ec78793          	add	a5,a5,748 # 804052ec <programs>
8040250a:	050a                	sll	a0,a0,0x2
8040250c:	953e                	add	a0,a0,a5
8040250e:	8082                	ret
80402510:	4501                	li	a0,0
80402512:	8082                	ret

80402514 <genid_check>:
80402514:	1101                	add	sp,sp,-32
80402516:	850a                	mv	a0,sp
80402518:	ce06                	sw	ra,28(sp)
8040251a:	335010ef          	jal	8040404e <arch_genid>
8040251e:	c539                	beqz	a0,8040256c <genid_check+0x58>
80402520:	804277b7          	lui	a5,0x80427
80402524:	04c7a703          	lw	a4,76(a5) # 8042704c <generation_seen>
80402528:	00a71663          	bne	a4,a0,80402534 <genid_check+0x20>
8040252c:	4501                	li	a0,0
8040252e:	40f2                	lw	ra,28(sp)
80402530:	6105                	add	sp,sp,32
80402532:	8082                	ret
80402534:	804ff737          	lui	a4,0x804ff
80402538:	04a7a623          	sw	a0,76(a5)
8040253c:	080c                	add	a1,sp,16
8040253e:	d1070513          	add	a0,a4,-752 # 804fed10 <rng>
80402542:	878a                	mv	a5,sp
80402544:	d1070713          	add	a4,a4,-752
80402548:	4601                	li	a2,0
8040254a:	4394                	lw	a3,0(a5)
8040254c:	0791                	add	a5,a5,4
8040254e:	0711                	add	a4,a4,4
80402550:	fed72e23          	sw	a3,-4(a4)
80402554:	8e55                	or	a2,a2,a3
80402556:	feb79ae3          	bne	a5,a1,8040254a <genid_check+0x36>
8040255a:	e611                	bnez	a2,80402566 <genid_check+0x52>
8040255c:	9e3787b7          	lui	a5,0x9e378
80402560:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <kernel_end+0x1de779b9>
80402564:	c11c                	sw	a5,0(a0)
80402566:	5b5010ef          	jal	8040431a <arch_net_refresh>
8040256a:	b7c9                	j	8040252c <genid_check+0x18>
8040256c:	557d                	li	a0,-1
8040256e:	b7c1                	j	8040252e <genid_check+0x1a>

80402570 <sys_getrandom>:
80402570:	716d                	add	sp,sp,-272
80402572:	4505                	li	a0,1
80402574:	10112623          	sw	ra,268(sp)
80402578:	10812423          	sw	s0,264(sp)
8040257c:	10912223          	sw	s1,260(sp)
80402580:	11212023          	sw	s2,256(sp)
80402584:	2c9d                	jal	804027fa <arg_raw>
80402586:	10000793          	li	a5,256
8040258a:	0ca7e963          	bltu	a5,a0,8040265c <sys_getrandom+0xec>
8040258e:	842a                	mv	s0,a0
80402590:	3751                	jal	80402514 <genid_check>
80402592:	0c054963          	bltz	a0,80402664 <sys_getrandom+0xf4>
80402596:	848a                	mv	s1,sp
80402598:	c849                	beqz	s0,8040262a <sys_getrandom+0xba>
8040259a:	804ff637          	lui	a2,0x804ff
8040259e:	d1060393          	add	t2,a2,-752 # 804fed10 <rng>
804025a2:	0043a583          	lw	a1,4(t2)
804025a6:	0083a303          	lw	t1,8(t2)
804025aa:	d1062683          	lw	a3,-752(a2)
804025ae:	00c3ae83          	lw	t4,12(t2)
804025b2:	848a                	mv	s1,sp
804025b4:	00341e13          	sll	t3,s0,0x3
804025b8:	8fa6                	mv	t6,s1
804025ba:	4f01                	li	t5,0
804025bc:	4561                	li	a0,24
804025be:	00259793          	sll	a5,a1,0x2
804025c2:	97ae                	add	a5,a5,a1
804025c4:	00779713          	sll	a4,a5,0x7
804025c8:	83e5                	srl	a5,a5,0x19
804025ca:	01d5c833          	xor	a6,a1,t4
804025ce:	8f5d                	or	a4,a4,a5
804025d0:	00371893          	sll	a7,a4,0x3
804025d4:	0066c7b3          	xor	a5,a3,t1
804025d8:	00b81293          	sll	t0,a6,0xb
804025dc:	00959313          	sll	t1,a1,0x9
804025e0:	01585e93          	srl	t4,a6,0x15
804025e4:	98ba                	add	a7,a7,a4
804025e6:	8dbd                	xor	a1,a1,a5
804025e8:	00f34333          	xor	t1,t1,a5
804025ec:	0106c6b3          	xor	a3,a3,a6
804025f0:	005eeeb3          	or	t4,t4,t0
804025f4:	877e                	mv	a4,t6
804025f6:	4781                	li	a5,0
804025f8:	008f7c63          	bgeu	t5,s0,80402610 <sys_getrandom+0xa0>
804025fc:	00f8d833          	srl	a6,a7,a5
80402600:	01070023          	sb	a6,0(a4)
80402604:	00a78663          	beq	a5,a0,80402610 <sys_getrandom+0xa0>
80402608:	07a1                	add	a5,a5,8
8040260a:	0705                	add	a4,a4,1
8040260c:	fefe18e3          	bne	t3,a5,804025fc <sys_getrandom+0x8c>
80402610:	0f11                	add	t5,t5,4
80402612:	1e01                	add	t3,t3,-32
80402614:	0f91                	add	t6,t6,4
80402616:	fa8f64e3          	bltu	t5,s0,804025be <sys_getrandom+0x4e>
8040261a:	01d3a623          	sw	t4,12(t2)
8040261e:	d0d62823          	sw	a3,-752(a2)
80402622:	0063a423          	sw	t1,8(t2)
80402626:	00b3a223          	sw	a1,4(t2)
8040262a:	927ff0ef          	jal	80401f50 <myproc>
8040262e:	03052903          	lw	s2,48(a0)
80402632:	4501                	li	a0,0
80402634:	22d9                	jal	804027fa <arg_raw>
80402636:	85aa                	mv	a1,a0
80402638:	86a2                	mv	a3,s0
8040263a:	8626                	mv	a2,s1
8040263c:	854a                	mv	a0,s2
8040263e:	4f3000ef          	jal	80403330 <copyout>
80402642:	00054f63          	bltz	a0,80402660 <sys_getrandom+0xf0>
80402646:	8522                	mv	a0,s0
80402648:	10c12083          	lw	ra,268(sp)
8040264c:	10812403          	lw	s0,264(sp)
80402650:	10412483          	lw	s1,260(sp)
80402654:	10012903          	lw	s2,256(sp)
80402658:	6151                	add	sp,sp,272
8040265a:	8082                	ret
8040265c:	5529                	li	a0,-22
8040265e:	b7ed                	j	80402648 <sys_getrandom+0xd8>
80402660:	5549                	li	a0,-14
80402662:	b7dd                	j	80402648 <sys_getrandom+0xd8>
80402664:	5535                	li	a0,-19
80402666:	b7cd                	j	80402648 <sys_getrandom+0xd8>

80402668 <memset>:
80402668:	00c56733          	or	a4,a0,a2
8040266c:	8b0d                	and	a4,a4,3
8040266e:	87aa                	mv	a5,a0
80402670:	cf01                	beqz	a4,80402688 <memset+0x20>
80402672:	0ff5f593          	zext.b	a1,a1
80402676:	00c50733          	add	a4,a0,a2
8040267a:	c61d                	beqz	a2,804026a8 <memset+0x40>
8040267c:	00b78023          	sb	a1,0(a5)
80402680:	0785                	add	a5,a5,1
80402682:	fee79de3          	bne	a5,a4,8040267c <memset+0x14>
80402686:	8082                	ret
80402688:	0ff5f593          	zext.b	a1,a1
8040268c:	00859693          	sll	a3,a1,0x8
80402690:	96ae                	add	a3,a3,a1
80402692:	01069793          	sll	a5,a3,0x10
80402696:	96be                	add	a3,a3,a5
80402698:	d67d                	beqz	a2,80402686 <memset+0x1e>
8040269a:	00e507b3          	add	a5,a0,a4
8040269e:	c394                	sw	a3,0(a5)
804026a0:	0711                	add	a4,a4,4
804026a2:	fec76ce3          	bltu	a4,a2,8040269a <memset+0x32>
804026a6:	8082                	ret
804026a8:	8082                	ret

804026aa <memcpy>:
804026aa:	00b567b3          	or	a5,a0,a1
804026ae:	8fd1                	or	a5,a5,a2
804026b0:	8b8d                	and	a5,a5,3
804026b2:	cf91                	beqz	a5,804026ce <memcpy+0x24>
804026b4:	87aa                	mv	a5,a0
804026b6:	00c586b3          	add	a3,a1,a2
804026ba:	c60d                	beqz	a2,804026e4 <memcpy+0x3a>
804026bc:	0005c703          	lbu	a4,0(a1)
804026c0:	0585                	add	a1,a1,1
804026c2:	0785                	add	a5,a5,1
804026c4:	fee78fa3          	sb	a4,-1(a5)
804026c8:	fed59ae3          	bne	a1,a3,804026bc <memcpy+0x12>
804026cc:	8082                	ret
804026ce:	de7d                	beqz	a2,804026cc <memcpy+0x22>
804026d0:	00f58733          	add	a4,a1,a5
804026d4:	4314                	lw	a3,0(a4)
804026d6:	00f50733          	add	a4,a0,a5
804026da:	0791                	add	a5,a5,4
804026dc:	c314                	sw	a3,0(a4)
804026de:	fec7e9e3          	bltu	a5,a2,804026d0 <memcpy+0x26>
804026e2:	8082                	ret
804026e4:	8082                	ret

804026e6 <memcmp>:
804026e6:	c205                	beqz	a2,80402706 <memcmp+0x20>
804026e8:	962a                	add	a2,a2,a0
804026ea:	a019                	j	804026f0 <memcmp+0xa>
804026ec:	00c50d63          	beq	a0,a2,80402706 <memcmp+0x20>
804026f0:	00054783          	lbu	a5,0(a0)
804026f4:	0005c703          	lbu	a4,0(a1)
804026f8:	0505                	add	a0,a0,1
804026fa:	0585                	add	a1,a1,1
804026fc:	fee788e3          	beq	a5,a4,804026ec <memcmp+0x6>
80402700:	40e78533          	sub	a0,a5,a4
80402704:	8082                	ret
80402706:	4501                	li	a0,0
80402708:	8082                	ret

8040270a <strlen>:
8040270a:	00054783          	lbu	a5,0(a0)
8040270e:	872a                	mv	a4,a0
80402710:	4501                	li	a0,0
80402712:	cb81                	beqz	a5,80402722 <strlen+0x18>
80402714:	0505                	add	a0,a0,1
80402716:	00a707b3          	add	a5,a4,a0
8040271a:	0007c783          	lbu	a5,0(a5)
8040271e:	fbfd                	bnez	a5,80402714 <strlen+0xa>
80402720:	8082                	ret
80402722:	8082                	ret

80402724 <strncmp>:
80402724:	c20d                	beqz	a2,80402746 <strncmp+0x22>
80402726:	962a                	add	a2,a2,a0
80402728:	a021                	j	80402730 <strncmp+0xc>
8040272a:	c385                	beqz	a5,8040274a <strncmp+0x26>
8040272c:	00c50d63          	beq	a0,a2,80402746 <strncmp+0x22>
80402730:	0005c783          	lbu	a5,0(a1)
80402734:	00054703          	lbu	a4,0(a0)
80402738:	0585                	add	a1,a1,1
8040273a:	0505                	add	a0,a0,1
8040273c:	fef707e3          	beq	a4,a5,8040272a <strncmp+0x6>
80402740:	40f70533          	sub	a0,a4,a5
80402744:	8082                	ret
80402746:	4501                	li	a0,0
80402748:	8082                	ret
8040274a:	4701                	li	a4,0
8040274c:	40f70533          	sub	a0,a4,a5
80402750:	8082                	ret

80402752 <strcmp>:
80402752:	fff50693          	add	a3,a0,-1
80402756:	a021                	j	8040275e <strcmp+0xc>
80402758:	cf91                	beqz	a5,80402774 <strcmp+0x22>
8040275a:	02d50163          	beq	a0,a3,8040277c <strcmp+0x2a>
8040275e:	0005c783          	lbu	a5,0(a1)
80402762:	00054703          	lbu	a4,0(a0)
80402766:	0585                	add	a1,a1,1
80402768:	0505                	add	a0,a0,1
8040276a:	fef707e3          	beq	a4,a5,80402758 <strcmp+0x6>
8040276e:	40f70533          	sub	a0,a4,a5
80402772:	8082                	ret
80402774:	4701                	li	a4,0
80402776:	40f70533          	sub	a0,a4,a5
8040277a:	8082                	ret
8040277c:	4501                	li	a0,0
8040277e:	8082                	ret

80402780 <strlcpy_k>:
80402780:	4785                	li	a5,1
80402782:	882a                	mv	a6,a0
80402784:	02c7f563          	bgeu	a5,a2,804027ae <strlcpy_k+0x2e>
80402788:	962e                	add	a2,a2,a1
8040278a:	872a                	mv	a4,a0
8040278c:	fff60893          	add	a7,a2,-1
80402790:	87ae                	mv	a5,a1
80402792:	a801                	j	804027a2 <strlcpy_k+0x22>
80402794:	00d70023          	sb	a3,0(a4)
80402798:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7faff001>
8040279c:	01160c63          	beq	a2,a7,804027b4 <strlcpy_k+0x34>
804027a0:	87b2                	mv	a5,a2
804027a2:	0007c683          	lbu	a3,0(a5)
804027a6:	00178613          	add	a2,a5,1
804027aa:	883a                	mv	a6,a4
804027ac:	f6e5                	bnez	a3,80402794 <strlcpy_k+0x14>
804027ae:	00080023          	sb	zero,0(a6)
804027b2:	8082                	ret
804027b4:	8f8d                	sub	a5,a5,a1
804027b6:	0785                	add	a5,a5,1
804027b8:	00f50833          	add	a6,a0,a5
804027bc:	00080023          	sb	zero,0(a6)
804027c0:	8082                	ret

804027c2 <syscall>:
804027c2:	1141                	add	sp,sp,-16
804027c4:	c422                	sw	s0,8(sp)
804027c6:	c606                	sw	ra,12(sp)
804027c8:	f88ff0ef          	jal	80401f50 <myproc>
804027cc:	4120                	lw	s0,64(a0)
804027ce:	4749                	li	a4,18
804027d0:	fda00513          	li	a0,-38
804027d4:	407c                	lw	a5,68(s0)
804027d6:	fff78693          	add	a3,a5,-1
804027da:	00d76b63          	bltu	a4,a3,804027f0 <syscall+0x2e>
804027de:	80405737          	lui	a4,0x80405
804027e2:	078a                	sll	a5,a5,0x2
804027e4:	33470713          	add	a4,a4,820 # 80405334 <syscalls>
804027e8:	97ba                	add	a5,a5,a4
804027ea:	439c                	lw	a5,0(a5)
804027ec:	c391                	beqz	a5,804027f0 <syscall+0x2e>
804027ee:	9782                	jalr	a5
804027f0:	40b2                	lw	ra,12(sp)
804027f2:	d408                	sw	a0,40(s0)
804027f4:	4422                	lw	s0,8(sp)
804027f6:	0141                	add	sp,sp,16
804027f8:	8082                	ret

804027fa <arg_raw>:
804027fa:	7179                	add	sp,sp,-48
804027fc:	d422                	sw	s0,40(sp)
804027fe:	d606                	sw	ra,44(sp)
80402800:	842a                	mv	s0,a0
80402802:	f4eff0ef          	jal	80401f50 <myproc>
80402806:	413c                	lw	a5,64(a0)
80402808:	4715                	li	a4,5
8040280a:	5b88                	lw	a0,48(a5)
8040280c:	02c7a803          	lw	a6,44(a5)
80402810:	5bcc                	lw	a1,52(a5)
80402812:	5f90                	lw	a2,56(a5)
80402814:	5fd4                	lw	a3,60(a5)
80402816:	579c                	lw	a5,40(a5)
80402818:	c82a                	sw	a0,16(sp)
8040281a:	c642                	sw	a6,12(sp)
8040281c:	c43e                	sw	a5,8(sp)
8040281e:	ca2e                	sw	a1,20(sp)
80402820:	cc32                	sw	a2,24(sp)
80402822:	ce36                	sw	a3,28(sp)
80402824:	4501                	li	a0,0
80402826:	00876963          	bltu	a4,s0,80402838 <arg_raw+0x3e>
8040282a:	040a                	sll	s0,s0,0x2
8040282c:	02040793          	add	a5,s0,32
80402830:	00278433          	add	s0,a5,sp
80402834:	fe842503          	lw	a0,-24(s0)
80402838:	50b2                	lw	ra,44(sp)
8040283a:	5422                	lw	s0,40(sp)
8040283c:	6145                	add	sp,sp,48
8040283e:	8082                	ret

80402840 <arg_str>:
80402840:	1101                	add	sp,sp,-32
80402842:	ce06                	sw	ra,28(sp)
80402844:	cc22                	sw	s0,24(sp)
80402846:	ca26                	sw	s1,20(sp)
80402848:	c84a                	sw	s2,16(sp)
8040284a:	c64e                	sw	s3,12(sp)
8040284c:	84b2                	mv	s1,a2
8040284e:	842e                	mv	s0,a1
80402850:	892a                	mv	s2,a0
80402852:	efeff0ef          	jal	80401f50 <myproc>
80402856:	03052983          	lw	s3,48(a0)
8040285a:	854a                	mv	a0,s2
8040285c:	3f79                	jal	804027fa <arg_raw>
8040285e:	85a2                	mv	a1,s0
80402860:	4462                	lw	s0,24(sp)
80402862:	40f2                	lw	ra,28(sp)
80402864:	4942                	lw	s2,16(sp)
80402866:	862a                	mv	a2,a0
80402868:	86a6                	mv	a3,s1
8040286a:	854e                	mv	a0,s3
8040286c:	44d2                	lw	s1,20(sp)
8040286e:	49b2                	lw	s3,12(sp)
80402870:	6105                	add	sp,sp,32
80402872:	3750006f          	j	804033e6 <copyinstr>

80402876 <sys_read>:
80402876:	1141                	add	sp,sp,-16
80402878:	4501                	li	a0,0
8040287a:	c606                	sw	ra,12(sp)
8040287c:	c422                	sw	s0,8(sp)
8040287e:	c226                	sw	s1,4(sp)
80402880:	3fad                	jal	804027fa <arg_raw>
80402882:	47bd                	li	a5,15
80402884:	02a7ec63          	bltu	a5,a0,804028bc <sys_read+0x46>
80402888:	842a                	mv	s0,a0
8040288a:	0471                	add	s0,s0,28
8040288c:	ec4ff0ef          	jal	80401f50 <myproc>
80402890:	040a                	sll	s0,s0,0x2
80402892:	9522                	add	a0,a0,s0
80402894:	4544                	lw	s1,12(a0)
80402896:	c09d                	beqz	s1,804028bc <sys_read+0x46>
80402898:	4509                	li	a0,2
8040289a:	3785                	jal	804027fa <arg_raw>
8040289c:	02054663          	bltz	a0,804028c8 <sys_read+0x52>
804028a0:	4505                	li	a0,1
804028a2:	3fa1                	jal	804027fa <arg_raw>
804028a4:	842a                	mv	s0,a0
804028a6:	4509                	li	a0,2
804028a8:	3f89                	jal	804027fa <arg_raw>
804028aa:	85a2                	mv	a1,s0
804028ac:	4422                	lw	s0,8(sp)
804028ae:	40b2                	lw	ra,12(sp)
804028b0:	862a                	mv	a2,a0
804028b2:	8526                	mv	a0,s1
804028b4:	4492                	lw	s1,4(sp)
804028b6:	0141                	add	sp,sp,16
804028b8:	af4fe06f          	j	80400bac <file_read>
804028bc:	555d                	li	a0,-9
804028be:	40b2                	lw	ra,12(sp)
804028c0:	4422                	lw	s0,8(sp)
804028c2:	4492                	lw	s1,4(sp)
804028c4:	0141                	add	sp,sp,16
804028c6:	8082                	ret
804028c8:	5529                	li	a0,-22
804028ca:	bfd5                	j	804028be <sys_read+0x48>

804028cc <sys_write>:
804028cc:	1141                	add	sp,sp,-16
804028ce:	4501                	li	a0,0
804028d0:	c606                	sw	ra,12(sp)
804028d2:	c422                	sw	s0,8(sp)
804028d4:	c226                	sw	s1,4(sp)
804028d6:	3715                	jal	804027fa <arg_raw>
804028d8:	47bd                	li	a5,15
804028da:	02a7ec63          	bltu	a5,a0,80402912 <sys_write+0x46>
804028de:	842a                	mv	s0,a0
804028e0:	0471                	add	s0,s0,28
804028e2:	e6eff0ef          	jal	80401f50 <myproc>
804028e6:	040a                	sll	s0,s0,0x2
804028e8:	9522                	add	a0,a0,s0
804028ea:	4544                	lw	s1,12(a0)
804028ec:	c09d                	beqz	s1,80402912 <sys_write+0x46>
804028ee:	4509                	li	a0,2
804028f0:	3729                	jal	804027fa <arg_raw>
804028f2:	02054663          	bltz	a0,8040291e <sys_write+0x52>
804028f6:	4505                	li	a0,1
804028f8:	3709                	jal	804027fa <arg_raw>
804028fa:	842a                	mv	s0,a0
804028fc:	4509                	li	a0,2
804028fe:	3df5                	jal	804027fa <arg_raw>
80402900:	85a2                	mv	a1,s0
80402902:	4422                	lw	s0,8(sp)
80402904:	40b2                	lw	ra,12(sp)
80402906:	862a                	mv	a2,a0
80402908:	8526                	mv	a0,s1
8040290a:	4492                	lw	s1,4(sp)
8040290c:	0141                	add	sp,sp,16
8040290e:	ae6fe06f          	j	80400bf4 <file_write>
80402912:	555d                	li	a0,-9
80402914:	40b2                	lw	ra,12(sp)
80402916:	4422                	lw	s0,8(sp)
80402918:	4492                	lw	s1,4(sp)
8040291a:	0141                	add	sp,sp,16
8040291c:	8082                	ret
8040291e:	5529                	li	a0,-22
80402920:	bfd5                	j	80402914 <sys_write+0x48>

80402922 <sys_open>:
80402922:	7171                	add	sp,sp,-176
80402924:	4505                	li	a0,1
80402926:	d706                	sw	ra,172(sp)
80402928:	d522                	sw	s0,168(sp)
8040292a:	d326                	sw	s1,164(sp)
8040292c:	d14a                	sw	s2,160(sp)
8040292e:	cf4e                	sw	s3,156(sp)
80402930:	35e9                	jal	804027fa <arg_raw>
80402932:	84aa                	mv	s1,a0
80402934:	08000613          	li	a2,128
80402938:	080c                	add	a1,sp,16
8040293a:	4501                	li	a0,0
8040293c:	3711                	jal	80402840 <arg_str>
8040293e:	842a                	mv	s0,a0
80402940:	04054963          	bltz	a0,80402992 <sys_open+0x70>
80402944:	0034f913          	and	s2,s1,3
80402948:	478d                	li	a5,3
8040294a:	5429                	li	s0,-22
8040294c:	04f90363          	beq	s2,a5,80402992 <sys_open+0x70>
80402950:	0070                	add	a2,sp,12
80402952:	85a6                	mv	a1,s1
80402954:	0808                	add	a0,sp,16
80402956:	b43fd0ef          	jal	80400498 <fs_open>
8040295a:	842a                	mv	s0,a0
8040295c:	02054b63          	bltz	a0,80402992 <sys_open+0x70>
80402960:	9a0fe0ef          	jal	80400b00 <file_alloc>
80402964:	89aa                	mv	s3,a0
80402966:	c131                	beqz	a0,804029aa <sys_open+0x88>
80402968:	4732                	lw	a4,12(sp)
8040296a:	fff90793          	add	a5,s2,-1
8040296e:	80a9                	srl	s1,s1,0xa
80402970:	00f037b3          	snez	a5,a5
80402974:	4689                	li	a3,2
80402976:	8885                	and	s1,s1,1
80402978:	01203933          	snez	s2,s2
8040297c:	c114                	sw	a3,0(a0)
8040297e:	c958                	sw	a4,20(a0)
80402980:	c51c                	sw	a5,8(a0)
80402982:	01252623          	sw	s2,12(a0)
80402986:	c904                	sw	s1,16(a0)
80402988:	ae3ff0ef          	jal	8040246a <fd_alloc>
8040298c:	842a                	mv	s0,a0
8040298e:	00054a63          	bltz	a0,804029a2 <sys_open+0x80>
80402992:	50ba                	lw	ra,172(sp)
80402994:	8522                	mv	a0,s0
80402996:	542a                	lw	s0,168(sp)
80402998:	549a                	lw	s1,164(sp)
8040299a:	590a                	lw	s2,160(sp)
8040299c:	49fa                	lw	s3,156(sp)
8040299e:	614d                	add	sp,sp,176
804029a0:	8082                	ret
804029a2:	854e                	mv	a0,s3
804029a4:	9bcfe0ef          	jal	80400b60 <file_close>
804029a8:	b7ed                	j	80402992 <sys_open+0x70>
804029aa:	4532                	lw	a0,12(sp)
804029ac:	5421                	li	s0,-24
804029ae:	b03fe0ef          	jal	804014b0 <iput>
804029b2:	b7c5                	j	80402992 <sys_open+0x70>

804029b4 <sys_close>:
804029b4:	1141                	add	sp,sp,-16
804029b6:	4501                	li	a0,0
804029b8:	c606                	sw	ra,12(sp)
804029ba:	c422                	sw	s0,8(sp)
804029bc:	c226                	sw	s1,4(sp)
804029be:	3d35                	jal	804027fa <arg_raw>
804029c0:	47bd                	li	a5,15
804029c2:	02a7e863          	bltu	a5,a0,804029f2 <sys_close+0x3e>
804029c6:	842a                	mv	s0,a0
804029c8:	0471                	add	s0,s0,28
804029ca:	d86ff0ef          	jal	80401f50 <myproc>
804029ce:	040a                	sll	s0,s0,0x2
804029d0:	9522                	add	a0,a0,s0
804029d2:	4544                	lw	s1,12(a0)
804029d4:	cc99                	beqz	s1,804029f2 <sys_close+0x3e>
804029d6:	d7aff0ef          	jal	80401f50 <myproc>
804029da:	9522                	add	a0,a0,s0
804029dc:	00052623          	sw	zero,12(a0)
804029e0:	8526                	mv	a0,s1
804029e2:	97efe0ef          	jal	80400b60 <file_close>
804029e6:	40b2                	lw	ra,12(sp)
804029e8:	4422                	lw	s0,8(sp)
804029ea:	4492                	lw	s1,4(sp)
804029ec:	4501                	li	a0,0
804029ee:	0141                	add	sp,sp,16
804029f0:	8082                	ret
804029f2:	40b2                	lw	ra,12(sp)
804029f4:	4422                	lw	s0,8(sp)
804029f6:	4492                	lw	s1,4(sp)
804029f8:	555d                	li	a0,-9
804029fa:	0141                	add	sp,sp,16
804029fc:	8082                	ret

804029fe <sys_lseek>:
804029fe:	1141                	add	sp,sp,-16
80402a00:	4501                	li	a0,0
80402a02:	c606                	sw	ra,12(sp)
80402a04:	c422                	sw	s0,8(sp)
80402a06:	c226                	sw	s1,4(sp)
80402a08:	3bcd                	jal	804027fa <arg_raw>
80402a0a:	47bd                	li	a5,15
80402a0c:	02a7e863          	bltu	a5,a0,80402a3c <sys_lseek+0x3e>
80402a10:	842a                	mv	s0,a0
80402a12:	0471                	add	s0,s0,28
80402a14:	d3cff0ef          	jal	80401f50 <myproc>
80402a18:	040a                	sll	s0,s0,0x2
80402a1a:	9522                	add	a0,a0,s0
80402a1c:	4544                	lw	s1,12(a0)
80402a1e:	cc99                	beqz	s1,80402a3c <sys_lseek+0x3e>
80402a20:	4505                	li	a0,1
80402a22:	3be1                	jal	804027fa <arg_raw>
80402a24:	842a                	mv	s0,a0
80402a26:	4509                	li	a0,2
80402a28:	3bc9                	jal	804027fa <arg_raw>
80402a2a:	85a2                	mv	a1,s0
80402a2c:	4422                	lw	s0,8(sp)
80402a2e:	40b2                	lw	ra,12(sp)
80402a30:	862a                	mv	a2,a0
80402a32:	8526                	mv	a0,s1
80402a34:	4492                	lw	s1,4(sp)
80402a36:	0141                	add	sp,sp,16
80402a38:	a0efe06f          	j	80400c46 <file_seek>
80402a3c:	40b2                	lw	ra,12(sp)
80402a3e:	4422                	lw	s0,8(sp)
80402a40:	4492                	lw	s1,4(sp)
80402a42:	555d                	li	a0,-9
80402a44:	0141                	add	sp,sp,16
80402a46:	8082                	ret

80402a48 <sys_unlink>:
80402a48:	7175                	add	sp,sp,-144
80402a4a:	08000613          	li	a2,128
80402a4e:	858a                	mv	a1,sp
80402a50:	4501                	li	a0,0
80402a52:	c706                	sw	ra,140(sp)
80402a54:	33f5                	jal	80402840 <arg_str>
80402a56:	00054563          	bltz	a0,80402a60 <sys_unlink+0x18>
80402a5a:	850a                	mv	a0,sp
80402a5c:	b9dfd0ef          	jal	804005f8 <fs_unlink>
80402a60:	40ba                	lw	ra,140(sp)
80402a62:	6149                	add	sp,sp,144
80402a64:	8082                	ret

80402a66 <sys_readdir>:
80402a66:	7179                	add	sp,sp,-48
80402a68:	4501                	li	a0,0
80402a6a:	d606                	sw	ra,44(sp)
80402a6c:	d422                	sw	s0,40(sp)
80402a6e:	d226                	sw	s1,36(sp)
80402a70:	d8bff0ef          	jal	804027fa <arg_raw>
80402a74:	860a                	mv	a2,sp
80402a76:	004c                	add	a1,sp,4
80402a78:	c13fd0ef          	jal	8040068a <fs_readdir>
80402a7c:	02054d63          	bltz	a0,80402ab6 <sys_readdir+0x50>
80402a80:	0048                	add	a0,sp,4
80402a82:	c89ff0ef          	jal	8040270a <strlen>
80402a86:	842a                	mv	s0,a0
80402a88:	4509                	li	a0,2
80402a8a:	0405                	add	s0,s0,1
80402a8c:	d6fff0ef          	jal	804027fa <arg_raw>
80402a90:	04856163          	bltu	a0,s0,80402ad2 <sys_readdir+0x6c>
80402a94:	cbcff0ef          	jal	80401f50 <myproc>
80402a98:	5904                	lw	s1,48(a0)
80402a9a:	4505                	li	a0,1
80402a9c:	d5fff0ef          	jal	804027fa <arg_raw>
80402aa0:	85aa                	mv	a1,a0
80402aa2:	86a2                	mv	a3,s0
80402aa4:	0050                	add	a2,sp,4
80402aa6:	8526                	mv	a0,s1
80402aa8:	089000ef          	jal	80403330 <copyout>
80402aac:	02054663          	bltz	a0,80402ad8 <sys_readdir+0x72>
80402ab0:	4502                	lw	a0,0(sp)
80402ab2:	00054763          	bltz	a0,80402ac0 <sys_readdir+0x5a>
80402ab6:	50b2                	lw	ra,44(sp)
80402ab8:	5422                	lw	s0,40(sp)
80402aba:	5492                	lw	s1,36(sp)
80402abc:	6145                	add	sp,sp,48
80402abe:	8082                	ret
80402ac0:	50b2                	lw	ra,44(sp)
80402ac2:	5422                	lw	s0,40(sp)
80402ac4:	80000537          	lui	a0,0x80000
80402ac8:	5492                	lw	s1,36(sp)
80402aca:	fff54513          	not	a0,a0
80402ace:	6145                	add	sp,sp,48
80402ad0:	8082                	ret
80402ad2:	fdc00513          	li	a0,-36
80402ad6:	b7c5                	j	80402ab6 <sys_readdir+0x50>
80402ad8:	5549                	li	a0,-14
80402ada:	bff1                	j	80402ab6 <sys_readdir+0x50>

80402adc <sys_exit>:
80402adc:	1141                	add	sp,sp,-16
80402ade:	4501                	li	a0,0
80402ae0:	c606                	sw	ra,12(sp)
80402ae2:	d19ff0ef          	jal	804027fa <arg_raw>
80402ae6:	0ff57513          	zext.b	a0,a0
80402aea:	fbcff0ef          	jal	804022a6 <proc_exit>

80402aee <sys_getpid>:
80402aee:	1141                	add	sp,sp,-16
80402af0:	c606                	sw	ra,12(sp)
80402af2:	c5eff0ef          	jal	80401f50 <myproc>
80402af6:	40b2                	lw	ra,12(sp)
80402af8:	4148                	lw	a0,4(a0)
80402afa:	0141                	add	sp,sp,16
80402afc:	8082                	ret

80402afe <sys_yield>:
80402afe:	1141                	add	sp,sp,-16
80402b00:	c606                	sw	ra,12(sp)
80402b02:	e52ff0ef          	jal	80402154 <yield>
80402b06:	40b2                	lw	ra,12(sp)
80402b08:	4501                	li	a0,0
80402b0a:	0141                	add	sp,sp,16
80402b0c:	8082                	ret

80402b0e <sys_sleep>:
80402b0e:	1141                	add	sp,sp,-16
80402b10:	4501                	li	a0,0
80402b12:	c606                	sw	ra,12(sp)
80402b14:	ce7ff0ef          	jal	804027fa <arg_raw>
80402b18:	2cfd                	jal	80402e16 <timer_sleep_ms>
80402b1a:	40b2                	lw	ra,12(sp)
80402b1c:	4501                	li	a0,0
80402b1e:	0141                	add	sp,sp,16
80402b20:	8082                	ret

80402b22 <sys_uptime>:
80402b22:	ac55                	j	80402dd6 <uptime_ms>

80402b24 <sys_sbrk>:
80402b24:	1101                	add	sp,sp,-32
80402b26:	ce06                	sw	ra,28(sp)
80402b28:	cc22                	sw	s0,24(sp)
80402b2a:	c64e                	sw	s3,12(sp)
80402b2c:	c452                	sw	s4,8(sp)
80402b2e:	ca26                	sw	s1,20(sp)
80402b30:	c84a                	sw	s2,16(sp)
80402b32:	c1eff0ef          	jal	80401f50 <myproc>
80402b36:	8a2a                	mv	s4,a0
80402b38:	4501                	li	a0,0
80402b3a:	cc1ff0ef          	jal	804027fa <arg_raw>
80402b3e:	842a                	mv	s0,a0
80402b40:	038a2983          	lw	s3,56(s4)
80402b44:	04a05163          	blez	a0,80402b86 <sys_sbrk+0x62>
80402b48:	6785                	lui	a5,0x1
80402b4a:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80402b4c:	0bfdf737          	lui	a4,0xbfdf
80402b50:	00f98933          	add	s2,s3,a5
80402b54:	76fd                	lui	a3,0xfffff
80402b56:	41370733          	sub	a4,a4,s3
80402b5a:	00d97933          	and	s2,s2,a3
80402b5e:	06a76a63          	bltu	a4,a0,80402bd2 <sys_sbrk+0xae>
80402b62:	00f50633          	add	a2,a0,a5
80402b66:	964e                	add	a2,a2,s3
80402b68:	8e75                	and	a2,a2,a3
80402b6a:	04c96563          	bltu	s2,a2,80402bb4 <sys_sbrk+0x90>
80402b6e:	944e                	add	s0,s0,s3
80402b70:	028a2c23          	sw	s0,56(s4)
80402b74:	854e                	mv	a0,s3
80402b76:	40f2                	lw	ra,28(sp)
80402b78:	4462                	lw	s0,24(sp)
80402b7a:	44d2                	lw	s1,20(sp)
80402b7c:	4942                	lw	s2,16(sp)
80402b7e:	49b2                	lw	s3,12(sp)
80402b80:	4a22                	lw	s4,8(sp)
80402b82:	6105                	add	sp,sp,32
80402b84:	8082                	ret
80402b86:	d565                	beqz	a0,80402b6e <sys_sbrk+0x4a>
80402b88:	034a2703          	lw	a4,52(s4)
80402b8c:	40a007b3          	neg	a5,a0
80402b90:	40e98733          	sub	a4,s3,a4
80402b94:	04f76163          	bltu	a4,a5,80402bd6 <sys_sbrk+0xb2>
80402b98:	6605                	lui	a2,0x1
80402b9a:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402b9c:	00c505b3          	add	a1,a0,a2
80402ba0:	77fd                	lui	a5,0xfffff
80402ba2:	95ce                	add	a1,a1,s3
80402ba4:	964e                	add	a2,a2,s3
80402ba6:	030a2503          	lw	a0,48(s4)
80402baa:	8dfd                	and	a1,a1,a5
80402bac:	8e7d                	and	a2,a2,a5
80402bae:	8e0d                	sub	a2,a2,a1
80402bb0:	23a5                	jal	80403118 <uvm_dealloc>
80402bb2:	bf75                	j	80402b6e <sys_sbrk+0x4a>
80402bb4:	030a2503          	lw	a0,48(s4)
80402bb8:	412604b3          	sub	s1,a2,s2
80402bbc:	4699                	li	a3,6
80402bbe:	8626                	mv	a2,s1
80402bc0:	85ca                	mv	a1,s2
80402bc2:	21f9                	jal	80403090 <uvm_alloc>
80402bc4:	fa0555e3          	bgez	a0,80402b6e <sys_sbrk+0x4a>
80402bc8:	030a2503          	lw	a0,48(s4)
80402bcc:	8626                	mv	a2,s1
80402bce:	85ca                	mv	a1,s2
80402bd0:	23a1                	jal	80403118 <uvm_dealloc>
80402bd2:	5551                	li	a0,-12
80402bd4:	b74d                	j	80402b76 <sys_sbrk+0x52>
80402bd6:	5529                	li	a0,-22
80402bd8:	bf79                	j	80402b76 <sys_sbrk+0x52>

80402bda <sys_spawn>:
80402bda:	7129                	add	sp,sp,-320
80402bdc:	08000613          	li	a2,128
80402be0:	006c                	add	a1,sp,12
80402be2:	4501                	li	a0,0
80402be4:	12812c23          	sw	s0,312(sp)
80402be8:	12112e23          	sw	ra,316(sp)
80402bec:	12912a23          	sw	s1,308(sp)
80402bf0:	13212823          	sw	s2,304(sp)
80402bf4:	13312623          	sw	s3,300(sp)
80402bf8:	13412423          	sw	s4,296(sp)
80402bfc:	13512223          	sw	s5,292(sp)
80402c00:	13612023          	sw	s6,288(sp)
80402c04:	11712e23          	sw	s7,284(sp)
80402c08:	11812c23          	sw	s8,280(sp)
80402c0c:	c35ff0ef          	jal	80402840 <arg_str>
80402c10:	842a                	mv	s0,a0
80402c12:	02054863          	bltz	a0,80402c42 <sys_spawn+0x68>
80402c16:	c29fe0ef          	jal	8040183e <kalloc>
80402c1a:	8a2a                	mv	s4,a0
80402c1c:	c969                	beqz	a0,80402cee <sys_spawn+0x114>
80402c1e:	4505                	li	a0,1
80402c20:	bdbff0ef          	jal	804027fa <arg_raw>
80402c24:	e531                	bnez	a0,80402c70 <sys_spawn+0x96>
80402c26:	007c                	add	a5,sp,12
80402c28:	c73e                	sw	a5,140(sp)
80402c2a:	c902                	sw	zero,144(sp)
80402c2c:	b24ff0ef          	jal	80401f50 <myproc>
80402c30:	862a                	mv	a2,a0
80402c32:	016c                	add	a1,sp,140
80402c34:	0068                	add	a0,sp,12
80402c36:	b69fd0ef          	jal	8040079e <proc_spawn>
80402c3a:	842a                	mv	s0,a0
80402c3c:	8552                	mv	a0,s4
80402c3e:	c2bfe0ef          	jal	80401868 <kfree>
80402c42:	13c12083          	lw	ra,316(sp)
80402c46:	8522                	mv	a0,s0
80402c48:	13812403          	lw	s0,312(sp)
80402c4c:	13412483          	lw	s1,308(sp)
80402c50:	13012903          	lw	s2,304(sp)
80402c54:	12c12983          	lw	s3,300(sp)
80402c58:	12812a03          	lw	s4,296(sp)
80402c5c:	12412a83          	lw	s5,292(sp)
80402c60:	12012b03          	lw	s6,288(sp)
80402c64:	11c12b83          	lw	s7,284(sp)
80402c68:	11812c03          	lw	s8,280(sp)
80402c6c:	6131                	add	sp,sp,320
80402c6e:	8082                	ret
80402c70:	4505                	li	a0,1
80402c72:	b89ff0ef          	jal	804027fa <arg_raw>
80402c76:	8b2a                	mv	s6,a0
80402c78:	ad8ff0ef          	jal	80401f50 <myproc>
80402c7c:	03052a83          	lw	s5,48(a0) # 80000030 <_entry-0x3fffd0>
80402c80:	4481                	li	s1,0
80402c82:	4901                	li	s2,0
80402c84:	08000c13          	li	s8,128
80402c88:	6b85                	lui	s7,0x1
80402c8a:	a831                	j	80402ca6 <sys_spawn+0xcc>
80402c8c:	75a000ef          	jal	804033e6 <copyinstr>
80402c90:	0491                	add	s1,s1,4
80402c92:	0178                	add	a4,sp,140
80402c94:	842a                	mv	s0,a0
80402c96:	00150793          	add	a5,a0,1
80402c9a:	9726                	add	a4,a4,s1
80402c9c:	04054363          	bltz	a0,80402ce2 <sys_spawn+0x108>
80402ca0:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
80402ca4:	993e                	add	s2,s2,a5
80402ca6:	002c                	add	a1,sp,8
80402ca8:	4691                	li	a3,4
80402caa:	009b0633          	add	a2,s6,s1
80402cae:	8556                	mv	a0,s5
80402cb0:	23e9                	jal	8040327a <copyin>
80402cb2:	012a09b3          	add	s3,s4,s2
80402cb6:	87aa                	mv	a5,a0
80402cb8:	412b86b3          	sub	a3,s7,s2
80402cbc:	85ce                	mv	a1,s3
80402cbe:	8556                	mv	a0,s5
80402cc0:	0007c863          	bltz	a5,80402cd0 <sys_spawn+0xf6>
80402cc4:	4622                	lw	a2,8(sp)
80402cc6:	c619                	beqz	a2,80402cd4 <sys_spawn+0xfa>
80402cc8:	fd8492e3          	bne	s1,s8,80402c8c <sys_spawn+0xb2>
80402ccc:	5429                	li	s0,-22
80402cce:	b7bd                	j	80402c3c <sys_spawn+0x62>
80402cd0:	5449                	li	s0,-14
80402cd2:	b7ad                	j	80402c3c <sys_spawn+0x62>
80402cd4:	11048793          	add	a5,s1,272
80402cd8:	002784b3          	add	s1,a5,sp
80402cdc:	f604ae23          	sw	zero,-132(s1)
80402ce0:	b7b1                	j	80402c2c <sys_spawn+0x52>
80402ce2:	fdc00793          	li	a5,-36
80402ce6:	f4f51be3          	bne	a0,a5,80402c3c <sys_spawn+0x62>
80402cea:	5429                	li	s0,-22
80402cec:	bf81                	j	80402c3c <sys_spawn+0x62>
80402cee:	5451                	li	s0,-12
80402cf0:	bf89                	j	80402c42 <sys_spawn+0x68>

80402cf2 <sys_wait>:
80402cf2:	1141                	add	sp,sp,-16
80402cf4:	4501                	li	a0,0
80402cf6:	c606                	sw	ra,12(sp)
80402cf8:	c422                	sw	s0,8(sp)
80402cfa:	b01ff0ef          	jal	804027fa <arg_raw>
80402cfe:	842a                	mv	s0,a0
80402d00:	4505                	li	a0,1
80402d02:	af9ff0ef          	jal	804027fa <arg_raw>
80402d06:	85aa                	mv	a1,a0
80402d08:	8522                	mv	a0,s0
80402d0a:	4422                	lw	s0,8(sp)
80402d0c:	40b2                	lw	ra,12(sp)
80402d0e:	0141                	add	sp,sp,16
80402d10:	e74ff06f          	j	80402384 <proc_wait>

80402d14 <timer_init>:
80402d14:	c81027f3          	rdtimeh	a5
80402d18:	c01026f3          	rdtime	a3
80402d1c:	c8102773          	rdtimeh	a4
80402d20:	fee79ae3          	bne	a5,a4,80402d14 <timer_init>
80402d24:	6561                	lui	a0,0x18
80402d26:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402d2a:	9536                	add	a0,a0,a3
80402d2c:	00d535b3          	sltu	a1,a0,a3
80402d30:	80427637          	lui	a2,0x80427
80402d34:	80427737          	lui	a4,0x80427
80402d38:	95be                	add	a1,a1,a5
80402d3a:	06d62023          	sw	a3,96(a2) # 80427060 <boot_time>
80402d3e:	06f62223          	sw	a5,100(a2)
80402d42:	04a72c23          	sw	a0,88(a4) # 80427058 <next_tick>
80402d46:	04b72e23          	sw	a1,92(a4)
80402d4a:	0a70106f          	j	804045f0 <arch_set_timer>

80402d4e <timer_intr>:
80402d4e:	1141                	add	sp,sp,-16
80402d50:	c606                	sw	ra,12(sp)
80402d52:	c422                	sw	s0,8(sp)
80402d54:	c226                	sw	s1,4(sp)
80402d56:	c8102473          	rdtimeh	s0
80402d5a:	c01024f3          	rdtime	s1
80402d5e:	c81027f3          	rdtimeh	a5
80402d62:	fef41ae3          	bne	s0,a5,80402d56 <timer_intr+0x8>
80402d66:	804276b7          	lui	a3,0x80427
80402d6a:	0586a783          	lw	a5,88(a3) # 80427058 <next_tick>
80402d6e:	6761                	lui	a4,0x18
80402d70:	05c6a603          	lw	a2,92(a3)
80402d74:	6a070713          	add	a4,a4,1696 # 186a0 <_entry-0x803e7960>
80402d78:	973e                	add	a4,a4,a5
80402d7a:	00f737b3          	sltu	a5,a4,a5
80402d7e:	97b2                	add	a5,a5,a2
80402d80:	853a                	mv	a0,a4
80402d82:	85be                	mv	a1,a5
80402d84:	00f46d63          	bltu	s0,a5,80402d9e <timer_intr+0x50>
80402d88:	04878463          	beq	a5,s0,80402dd0 <timer_intr+0x82>
80402d8c:	6561                	lui	a0,0x18
80402d8e:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402d92:	9526                	add	a0,a0,s1
80402d94:	009535b3          	sltu	a1,a0,s1
80402d98:	95a2                	add	a1,a1,s0
80402d9a:	872a                	mv	a4,a0
80402d9c:	87ae                	mv	a5,a1
80402d9e:	04e6ac23          	sw	a4,88(a3)
80402da2:	04f6ae23          	sw	a5,92(a3)
80402da6:	04b010ef          	jal	804045f0 <arch_set_timer>
80402daa:	804277b7          	lui	a5,0x80427
80402dae:	0507a703          	lw	a4,80(a5) # 80427050 <ticks>
80402db2:	05078513          	add	a0,a5,80
80402db6:	0705                	add	a4,a4,1
80402db8:	04e7a823          	sw	a4,80(a5)
80402dbc:	c70ff0ef          	jal	8040222c <wakeup>
80402dc0:	85a2                	mv	a1,s0
80402dc2:	4422                	lw	s0,8(sp)
80402dc4:	40b2                	lw	ra,12(sp)
80402dc6:	8526                	mv	a0,s1
80402dc8:	4492                	lw	s1,4(sp)
80402dca:	0141                	add	sp,sp,16
80402dcc:	c18ff06f          	j	804021e4 <wakeup_expired>
80402dd0:	fce4e7e3          	bltu	s1,a4,80402d9e <timer_intr+0x50>
80402dd4:	bf65                	j	80402d8c <timer_intr+0x3e>

80402dd6 <uptime_ms>:
80402dd6:	1141                	add	sp,sp,-16
80402dd8:	c606                	sw	ra,12(sp)
80402dda:	c81027f3          	rdtimeh	a5
80402dde:	c01025f3          	rdtime	a1
80402de2:	c8102773          	rdtimeh	a4
80402de6:	fee79ae3          	bne	a5,a4,80402dda <uptime_ms+0x4>
80402dea:	80427737          	lui	a4,0x80427
80402dee:	06072503          	lw	a0,96(a4) # 80427060 <boot_time>
80402df2:	06472703          	lw	a4,100(a4)
80402df6:	6609                	lui	a2,0x2
80402df8:	40a58533          	sub	a0,a1,a0
80402dfc:	00a5b5b3          	sltu	a1,a1,a0
80402e00:	8f99                	sub	a5,a5,a4
80402e02:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80402e06:	4681                	li	a3,0
80402e08:	40b785b3          	sub	a1,a5,a1
80402e0c:	28d010ef          	jal	80404898 <__udivdi3>
80402e10:	40b2                	lw	ra,12(sp)
80402e12:	0141                	add	sp,sp,16
80402e14:	8082                	ret

80402e16 <timer_sleep_ms>:
80402e16:	1141                	add	sp,sp,-16
80402e18:	c606                	sw	ra,12(sp)
80402e1a:	c422                	sw	s0,8(sp)
80402e1c:	c226                	sw	s1,4(sp)
80402e1e:	c04a                	sw	s2,0(sp)
80402e20:	c8102773          	rdtimeh	a4
80402e24:	c01027f3          	rdtime	a5
80402e28:	c81026f3          	rdtimeh	a3
80402e2c:	fed71ae3          	bne	a4,a3,80402e20 <timer_sleep_ms+0xa>
80402e30:	6689                	lui	a3,0x2
80402e32:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80402e36:	02d50933          	mul	s2,a0,a3
80402e3a:	804274b7          	lui	s1,0x80427
80402e3e:	02d53533          	mulhu	a0,a0,a3
80402e42:	993e                	add	s2,s2,a5
80402e44:	00f937b3          	sltu	a5,s2,a5
80402e48:	972a                	add	a4,a4,a0
80402e4a:	00e78433          	add	s0,a5,a4
80402e4e:	c81027f3          	rdtimeh	a5
80402e52:	c01026f3          	rdtime	a3
80402e56:	c8102773          	rdtimeh	a4
80402e5a:	fee79ae3          	bne	a5,a4,80402e4e <timer_sleep_ms+0x38>
80402e5e:	05048513          	add	a0,s1,80 # 80427050 <ticks>
80402e62:	0087f563          	bgeu	a5,s0,80402e6c <timer_sleep_ms+0x56>
80402e66:	b0aff0ef          	jal	80402170 <sleep_on>
80402e6a:	b7d5                	j	80402e4e <timer_sleep_ms+0x38>
80402e6c:	00f41463          	bne	s0,a5,80402e74 <timer_sleep_ms+0x5e>
80402e70:	ff26ebe3          	bltu	a3,s2,80402e66 <timer_sleep_ms+0x50>
80402e74:	40b2                	lw	ra,12(sp)
80402e76:	4422                	lw	s0,8(sp)
80402e78:	4492                	lw	s1,4(sp)
80402e7a:	4902                	lw	s2,0(sp)
80402e7c:	0141                	add	sp,sp,16
80402e7e:	8082                	ret

80402e80 <user_trap_return>:
80402e80:	1141                	add	sp,sp,-16
80402e82:	c606                	sw	ra,12(sp)
80402e84:	8ccff0ef          	jal	80401f50 <myproc>
80402e88:	4789                	li	a5,2
80402e8a:	1007b073          	csrc	sstatus,a5
80402e8e:	4128                	lw	a0,64(a0)
80402e90:	73a010ef          	jal	804045ca <arch_user_return>

80402e94 <user_trap>:
80402e94:	1141                	add	sp,sp,-16
80402e96:	c422                	sw	s0,8(sp)
80402e98:	c606                	sw	ra,12(sp)
80402e9a:	842a                	mv	s0,a0
80402e9c:	8b4ff0ef          	jal	80401f50 <myproc>
80402ea0:	08842783          	lw	a5,136(s0)
80402ea4:	0607c463          	bltz	a5,80402f0c <user_trap+0x78>
80402ea8:	46a1                	li	a3,8
80402eaa:	08042703          	lw	a4,128(s0)
80402eae:	04d78463          	beq	a5,a3,80402ef6 <user_trap+0x62>
80402eb2:	46bd                	li	a3,15
80402eb4:	4150                	lw	a2,4(a0)
80402eb6:	00c50593          	add	a1,a0,12
80402eba:	04f6e463          	bltu	a3,a5,80402f02 <user_trap+0x6e>
80402ebe:	804056b7          	lui	a3,0x80405
80402ec2:	078a                	sll	a5,a5,0x2
80402ec4:	52468693          	add	a3,a3,1316 # 80405524 <names.0>
80402ec8:	96be                	add	a3,a3,a5
80402eca:	4294                	lw	a3,0(a3)
80402ecc:	ca9d                	beqz	a3,80402f02 <user_trap+0x6e>
80402ece:	08c42783          	lw	a5,140(s0)
80402ed2:	80405537          	lui	a0,0x80405
80402ed6:	39c50513          	add	a0,a0,924 # 8040539c <syscalls+0x68>
80402eda:	fddfe0ef          	jal	80401eb6 <kprintf>
80402ede:	08842783          	lw	a5,136(s0)
80402ee2:	4709                	li	a4,2
80402ee4:	02e78b63          	beq	a5,a4,80402f1a <user_trap+0x86>
80402ee8:	470d                	li	a4,3
80402eea:	02e78b63          	beq	a5,a4,80402f20 <user_trap+0x8c>
80402eee:	08b00513          	li	a0,139
80402ef2:	bb4ff0ef          	jal	804022a6 <proc_exit>
80402ef6:	0711                	add	a4,a4,4
80402ef8:	08e42023          	sw	a4,128(s0)
80402efc:	8c7ff0ef          	jal	804027c2 <syscall>
80402f00:	3741                	jal	80402e80 <user_trap_return>
80402f02:	804056b7          	lui	a3,0x80405
80402f06:	38468693          	add	a3,a3,900 # 80405384 <syscalls+0x50>
80402f0a:	b7d1                	j	80402ece <user_trap+0x3a>
80402f0c:	853e                	mv	a0,a5
80402f0e:	648010ef          	jal	80404556 <arch_interrupt>
80402f12:	d57d                	beqz	a0,80402f00 <user_trap+0x6c>
80402f14:	a40ff0ef          	jal	80402154 <yield>
80402f18:	b7e5                	j	80402f00 <user_trap+0x6c>
80402f1a:	08400513          	li	a0,132
80402f1e:	bfd1                	j	80402ef2 <user_trap+0x5e>
80402f20:	08500513          	li	a0,133
80402f24:	b7f9                	j	80402ef2 <user_trap+0x5e>

80402f26 <kernel_trap>:
80402f26:	87aa                	mv	a5,a0
80402f28:	08852503          	lw	a0,136(a0)
80402f2c:	1141                	add	sp,sp,-16
80402f2e:	c606                	sw	ra,12(sp)
80402f30:	00055b63          	bgez	a0,80402f46 <kernel_trap+0x20>
80402f34:	0847a783          	lw	a5,132(a5)
80402f38:	1007f793          	and	a5,a5,256
80402f3c:	cf85                	beqz	a5,80402f74 <kernel_trap+0x4e>
80402f3e:	40b2                	lw	ra,12(sp)
80402f40:	0141                	add	sp,sp,16
80402f42:	6140106f          	j	80404556 <arch_interrupt>
80402f46:	473d                	li	a4,15
80402f48:	02a76c63          	bltu	a4,a0,80402f80 <kernel_trap+0x5a>
80402f4c:	80405737          	lui	a4,0x80405
80402f50:	00251693          	sll	a3,a0,0x2
80402f54:	52470713          	add	a4,a4,1316 # 80405524 <names.0>
80402f58:	9736                	add	a4,a4,a3
80402f5a:	430c                	lw	a1,0(a4)
80402f5c:	c195                	beqz	a1,80402f80 <kernel_trap+0x5a>
80402f5e:	08c7a703          	lw	a4,140(a5)
80402f62:	0807a683          	lw	a3,128(a5)
80402f66:	862a                	mv	a2,a0
80402f68:	80405537          	lui	a0,0x80405
80402f6c:	3cc50513          	add	a0,a0,972 # 804053cc <syscalls+0x98>
80402f70:	f6dfe0ef          	jal	80401edc <panic>
80402f74:	80405537          	lui	a0,0x80405
80402f78:	40850513          	add	a0,a0,1032 # 80405408 <syscalls+0xd4>
80402f7c:	f61fe0ef          	jal	80401edc <panic>
80402f80:	804055b7          	lui	a1,0x80405
80402f84:	38458593          	add	a1,a1,900 # 80405384 <syscalls+0x50>
80402f88:	bfd9                	j	80402f5e <kernel_trap+0x38>

80402f8a <pt_walk>:
80402f8a:	0165d793          	srl	a5,a1,0x16
80402f8e:	1141                	add	sp,sp,-16
80402f90:	078a                	sll	a5,a5,0x2
80402f92:	c04a                	sw	s2,0(sp)
80402f94:	00f50933          	add	s2,a0,a5
80402f98:	00092783          	lw	a5,0(s2)
80402f9c:	c422                	sw	s0,8(sp)
80402f9e:	c606                	sw	ra,12(sp)
80402fa0:	c226                	sw	s1,4(sp)
80402fa2:	0017f713          	and	a4,a5,1
80402fa6:	842e                	mv	s0,a1
80402fa8:	c31d                	beqz	a4,80402fce <pt_walk+0x44>
80402faa:	00e7f713          	and	a4,a5,14
80402fae:	e729                	bnez	a4,80402ff8 <pt_walk+0x6e>
80402fb0:	00c5d413          	srl	s0,a1,0xc
80402fb4:	00a7d513          	srl	a0,a5,0xa
80402fb8:	3ff47413          	and	s0,s0,1023
80402fbc:	040a                	sll	s0,s0,0x2
80402fbe:	0532                	sll	a0,a0,0xc
80402fc0:	40b2                	lw	ra,12(sp)
80402fc2:	9522                	add	a0,a0,s0
80402fc4:	4422                	lw	s0,8(sp)
80402fc6:	4492                	lw	s1,4(sp)
80402fc8:	4902                	lw	s2,0(sp)
80402fca:	0141                	add	sp,sp,16
80402fcc:	8082                	ret
80402fce:	c60d                	beqz	a2,80402ff8 <pt_walk+0x6e>
80402fd0:	2b4010ef          	jal	80404284 <arch_pt_alloc>
80402fd4:	84aa                	mv	s1,a0
80402fd6:	c10d                	beqz	a0,80402ff8 <pt_walk+0x6e>
80402fd8:	8031                	srl	s0,s0,0xc
80402fda:	85aa                	mv	a1,a0
80402fdc:	3ff47413          	and	s0,s0,1023
80402fe0:	854a                	mv	a0,s2
80402fe2:	2c8010ef          	jal	804042aa <arch_pt_link>
80402fe6:	040a                	sll	s0,s0,0x2
80402fe8:	00848533          	add	a0,s1,s0
80402fec:	40b2                	lw	ra,12(sp)
80402fee:	4422                	lw	s0,8(sp)
80402ff0:	4492                	lw	s1,4(sp)
80402ff2:	4902                	lw	s2,0(sp)
80402ff4:	0141                	add	sp,sp,16
80402ff6:	8082                	ret
80402ff8:	40b2                	lw	ra,12(sp)
80402ffa:	4422                	lw	s0,8(sp)
80402ffc:	4492                	lw	s1,4(sp)
80402ffe:	4902                	lw	s2,0(sp)
80403000:	4501                	li	a0,0
80403002:	0141                	add	sp,sp,16
80403004:	8082                	ret

80403006 <uvm_free>:
80403006:	1101                	add	sp,sp,-32
80403008:	c256                	sw	s5,4(sp)
8040300a:	8aaa                	mv	s5,a0
8040300c:	c84a                	sw	s2,16(sp)
8040300e:	c64e                	sw	s3,12(sp)
80403010:	c452                	sw	s4,8(sp)
80403012:	ce06                	sw	ra,28(sp)
80403014:	cc22                	sw	s0,24(sp)
80403016:	ca26                	sw	s1,20(sp)
80403018:	c05a                	sw	s6,0(sp)
8040301a:	892a                	mv	s2,a0
8040301c:	0c0a8993          	add	s3,s5,192
80403020:	268010ef          	jal	80404288 <arch_pt_unpin>
80403024:	6a05                	lui	s4,0x1
80403026:	a021                	j	8040302e <uvm_free+0x28>
80403028:	0911                	add	s2,s2,4
8040302a:	03390d63          	beq	s2,s3,80403064 <uvm_free+0x5e>
8040302e:	00092783          	lw	a5,0(s2)
80403032:	0017f713          	and	a4,a5,1
80403036:	db6d                	beqz	a4,80403028 <uvm_free+0x22>
80403038:	83a9                	srl	a5,a5,0xa
8040303a:	00c79413          	sll	s0,a5,0xc
8040303e:	8522                	mv	a0,s0
80403040:	8b22                	mv	s6,s0
80403042:	246010ef          	jal	80404288 <arch_pt_unpin>
80403046:	014404b3          	add	s1,s0,s4
8040304a:	4008                	lw	a0,0(s0)
8040304c:	0411                	add	s0,s0,4
8040304e:	00157793          	and	a5,a0,1
80403052:	eb85                	bnez	a5,80403082 <uvm_free+0x7c>
80403054:	fe849be3          	bne	s1,s0,8040304a <uvm_free+0x44>
80403058:	855a                	mv	a0,s6
8040305a:	0911                	add	s2,s2,4
8040305c:	24a010ef          	jal	804042a6 <arch_pt_free>
80403060:	fd3917e3          	bne	s2,s3,8040302e <uvm_free+0x28>
80403064:	8556                	mv	a0,s5
80403066:	240010ef          	jal	804042a6 <arch_pt_free>
8040306a:	4462                	lw	s0,24(sp)
8040306c:	40f2                	lw	ra,28(sp)
8040306e:	44d2                	lw	s1,20(sp)
80403070:	4942                	lw	s2,16(sp)
80403072:	49b2                	lw	s3,12(sp)
80403074:	4a22                	lw	s4,8(sp)
80403076:	4b02                	lw	s6,0(sp)
80403078:	8556                	mv	a0,s5
8040307a:	4a92                	lw	s5,4(sp)
8040307c:	6105                	add	sp,sp,32
8040307e:	23c0106f          	j	804042ba <arch_pt_commit>
80403082:	8129                	srl	a0,a0,0xa
80403084:	0532                	sll	a0,a0,0xc
80403086:	fe2fe0ef          	jal	80401868 <kfree>
8040308a:	fc8490e3          	bne	s1,s0,8040304a <uvm_free+0x44>
8040308e:	b7e9                	j	80403058 <uvm_free+0x52>

80403090 <uvm_alloc>:
80403090:	1101                	add	sp,sp,-32
80403092:	c84a                	sw	s2,16(sp)
80403094:	c64e                	sw	s3,12(sp)
80403096:	ce06                	sw	ra,28(sp)
80403098:	cc22                	sw	s0,24(sp)
8040309a:	ca26                	sw	s1,20(sp)
8040309c:	c452                	sw	s4,8(sp)
8040309e:	c256                	sw	s5,4(sp)
804030a0:	00c589b3          	add	s3,a1,a2
804030a4:	892a                	mv	s2,a0
804030a6:	0535f963          	bgeu	a1,s3,804030f8 <uvm_alloc+0x68>
804030aa:	84ae                	mv	s1,a1
804030ac:	8a36                	mv	s4,a3
804030ae:	6a85                	lui	s5,0x1
804030b0:	a015                	j	804030d4 <uvm_alloc+0x44>
804030b2:	f8cfe0ef          	jal	8040183e <kalloc>
804030b6:	00c55593          	srl	a1,a0,0xc
804030ba:	05aa                	sll	a1,a1,0xa
804030bc:	87aa                	mv	a5,a0
804030be:	0145e5b3          	or	a1,a1,s4
804030c2:	0d15e593          	or	a1,a1,209
804030c6:	8522                	mv	a0,s0
804030c8:	cb95                	beqz	a5,804030fc <uvm_alloc+0x6c>
804030ca:	94d6                	add	s1,s1,s5
804030cc:	1ea010ef          	jal	804042b6 <arch_pt_set>
804030d0:	0334f463          	bgeu	s1,s3,804030f8 <uvm_alloc+0x68>
804030d4:	85a6                	mv	a1,s1
804030d6:	4605                	li	a2,1
804030d8:	854a                	mv	a0,s2
804030da:	eb1ff0ef          	jal	80402f8a <pt_walk>
804030de:	842a                	mv	s0,a0
804030e0:	cd11                	beqz	a0,804030fc <uvm_alloc+0x6c>
804030e2:	410c                	lw	a1,0(a0)
804030e4:	0015f793          	and	a5,a1,1
804030e8:	d7e9                	beqz	a5,804030b2 <uvm_alloc+0x22>
804030ea:	0145e5b3          	or	a1,a1,s4
804030ee:	94d6                	add	s1,s1,s5
804030f0:	1c6010ef          	jal	804042b6 <arch_pt_set>
804030f4:	ff34e0e3          	bltu	s1,s3,804030d4 <uvm_alloc+0x44>
804030f8:	4401                	li	s0,0
804030fa:	a011                	j	804030fe <uvm_alloc+0x6e>
804030fc:	5451                	li	s0,-12
804030fe:	854a                	mv	a0,s2
80403100:	1ba010ef          	jal	804042ba <arch_pt_commit>
80403104:	40f2                	lw	ra,28(sp)
80403106:	8522                	mv	a0,s0
80403108:	4462                	lw	s0,24(sp)
8040310a:	44d2                	lw	s1,20(sp)
8040310c:	4942                	lw	s2,16(sp)
8040310e:	49b2                	lw	s3,12(sp)
80403110:	4a22                	lw	s4,8(sp)
80403112:	4a92                	lw	s5,4(sp)
80403114:	6105                	add	sp,sp,32
80403116:	8082                	ret

80403118 <uvm_dealloc>:
80403118:	712d                	add	sp,sp,-288
8040311a:	11312623          	sw	s3,268(sp)
8040311e:	10112e23          	sw	ra,284(sp)
80403122:	10812c23          	sw	s0,280(sp)
80403126:	10912a23          	sw	s1,276(sp)
8040312a:	11212823          	sw	s2,272(sp)
8040312e:	11412423          	sw	s4,264(sp)
80403132:	11512223          	sw	s5,260(sp)
80403136:	11612023          	sw	s6,256(sp)
8040313a:	00c589b3          	add	s3,a1,a2
8040313e:	0d35f363          	bgeu	a1,s3,80403204 <uvm_dealloc+0xec>
80403142:	8b2e                	mv	s6,a1
80403144:	892a                	mv	s2,a0
80403146:	4401                	li	s0,0
80403148:	04000a93          	li	s5,64
8040314c:	0204                	add	s1,sp,256
8040314e:	6a05                	lui	s4,0x1
80403150:	a021                	j	80403158 <uvm_dealloc+0x40>
80403152:	9b52                	add	s6,s6,s4
80403154:	073b7863          	bgeu	s6,s3,804031c4 <uvm_dealloc+0xac>
80403158:	016b5793          	srl	a5,s6,0x16
8040315c:	078a                	sll	a5,a5,0x2
8040315e:	97ca                	add	a5,a5,s2
80403160:	439c                	lw	a5,0(a5)
80403162:	0017f713          	and	a4,a5,1
80403166:	d775                	beqz	a4,80403152 <uvm_dealloc+0x3a>
80403168:	00e7f713          	and	a4,a5,14
8040316c:	f37d                	bnez	a4,80403152 <uvm_dealloc+0x3a>
8040316e:	00cb5713          	srl	a4,s6,0xc
80403172:	00a7d513          	srl	a0,a5,0xa
80403176:	3ff77793          	and	a5,a4,1023
8040317a:	0532                	sll	a0,a0,0xc
8040317c:	078a                	sll	a5,a5,0x2
8040317e:	953e                	add	a0,a0,a5
80403180:	d969                	beqz	a0,80403152 <uvm_dealloc+0x3a>
80403182:	411c                	lw	a5,0(a0)
80403184:	0017f713          	and	a4,a5,1
80403188:	d769                	beqz	a4,80403152 <uvm_dealloc+0x3a>
8040318a:	00241713          	sll	a4,s0,0x2
8040318e:	83a9                	srl	a5,a5,0xa
80403190:	10070713          	add	a4,a4,256
80403194:	0405                	add	s0,s0,1
80403196:	970a                	add	a4,a4,sp
80403198:	07b2                	sll	a5,a5,0xc
8040319a:	4581                	li	a1,0
8040319c:	f0f72023          	sw	a5,-256(a4)
804031a0:	116010ef          	jal	804042b6 <arch_pt_set>
804031a4:	fb5417e3          	bne	s0,s5,80403152 <uvm_dealloc+0x3a>
804031a8:	854a                	mv	a0,s2
804031aa:	110010ef          	jal	804042ba <arch_pt_commit>
804031ae:	840a                	mv	s0,sp
804031b0:	4008                	lw	a0,0(s0)
804031b2:	0411                	add	s0,s0,4
804031b4:	eb4fe0ef          	jal	80401868 <kfree>
804031b8:	fe941ce3          	bne	s0,s1,804031b0 <uvm_dealloc+0x98>
804031bc:	9b52                	add	s6,s6,s4
804031be:	4401                	li	s0,0
804031c0:	f93b6ce3          	bltu	s6,s3,80403158 <uvm_dealloc+0x40>
804031c4:	854a                	mv	a0,s2
804031c6:	0f4010ef          	jal	804042ba <arch_pt_commit>
804031ca:	c819                	beqz	s0,804031e0 <uvm_dealloc+0xc8>
804031cc:	890a                	mv	s2,sp
804031ce:	4481                	li	s1,0
804031d0:	00092503          	lw	a0,0(s2)
804031d4:	0485                	add	s1,s1,1
804031d6:	0911                	add	s2,s2,4
804031d8:	e90fe0ef          	jal	80401868 <kfree>
804031dc:	fe941ae3          	bne	s0,s1,804031d0 <uvm_dealloc+0xb8>
804031e0:	11c12083          	lw	ra,284(sp)
804031e4:	11812403          	lw	s0,280(sp)
804031e8:	11412483          	lw	s1,276(sp)
804031ec:	11012903          	lw	s2,272(sp)
804031f0:	10c12983          	lw	s3,268(sp)
804031f4:	10812a03          	lw	s4,264(sp)
804031f8:	10412a83          	lw	s5,260(sp)
804031fc:	10012b03          	lw	s6,256(sp)
80403200:	6115                	add	sp,sp,288
80403202:	8082                	ret
80403204:	11812403          	lw	s0,280(sp)
80403208:	11c12083          	lw	ra,284(sp)
8040320c:	11412483          	lw	s1,276(sp)
80403210:	11012903          	lw	s2,272(sp)
80403214:	10c12983          	lw	s3,268(sp)
80403218:	10812a03          	lw	s4,264(sp)
8040321c:	10412a83          	lw	s5,260(sp)
80403220:	10012b03          	lw	s6,256(sp)
80403224:	6115                	add	sp,sp,288
80403226:	0940106f          	j	804042ba <arch_pt_commit>

8040322a <uvm_kva>:
8040322a:	0c0007b7          	lui	a5,0xc000
8040322e:	00f5e463          	bltu	a1,a5,80403236 <uvm_kva+0xc>
80403232:	4501                	li	a0,0
80403234:	8082                	ret
80403236:	0165d793          	srl	a5,a1,0x16
8040323a:	078a                	sll	a5,a5,0x2
8040323c:	953e                	add	a0,a0,a5
8040323e:	411c                	lw	a5,0(a0)
80403240:	0017f513          	and	a0,a5,1
80403244:	d965                	beqz	a0,80403234 <uvm_kva+0xa>
80403246:	00e7f513          	and	a0,a5,14
8040324a:	f565                	bnez	a0,80403232 <uvm_kva+0x8>
8040324c:	00c5d713          	srl	a4,a1,0xc
80403250:	83a9                	srl	a5,a5,0xa
80403252:	3ff77713          	and	a4,a4,1023
80403256:	07b2                	sll	a5,a5,0xc
80403258:	070a                	sll	a4,a4,0x2
8040325a:	97ba                	add	a5,a5,a4
8040325c:	01166613          	or	a2,a2,17
80403260:	dbf1                	beqz	a5,80403234 <uvm_kva+0xa>
80403262:	439c                	lw	a5,0(a5)
80403264:	00c7f733          	and	a4,a5,a2
80403268:	fcc716e3          	bne	a4,a2,80403234 <uvm_kva+0xa>
8040326c:	83a9                	srl	a5,a5,0xa
8040326e:	05d2                	sll	a1,a1,0x14
80403270:	07b2                	sll	a5,a5,0xc
80403272:	81d1                	srl	a1,a1,0x14
80403274:	00b7e533          	or	a0,a5,a1
80403278:	8082                	ret

8040327a <copyin>:
8040327a:	cacd                	beqz	a3,8040332c <copyin+0xb2>
8040327c:	7179                	add	sp,sp,-48
8040327e:	d04a                	sw	s2,32(sp)
80403280:	d606                	sw	ra,44(sp)
80403282:	d422                	sw	s0,40(sp)
80403284:	d226                	sw	s1,36(sp)
80403286:	ce4e                	sw	s3,28(sp)
80403288:	cc52                	sw	s4,24(sp)
8040328a:	ca56                	sw	s5,20(sp)
8040328c:	c85a                	sw	s6,16(sp)
8040328e:	c65e                	sw	s7,12(sp)
80403290:	c462                	sw	s8,8(sp)
80403292:	0c0007b7          	lui	a5,0xc000
80403296:	8932                	mv	s2,a2
80403298:	00f66f63          	bltu	a2,a5,804032b6 <copyin+0x3c>
8040329c:	5549                	li	a0,-14
8040329e:	50b2                	lw	ra,44(sp)
804032a0:	5422                	lw	s0,40(sp)
804032a2:	5492                	lw	s1,36(sp)
804032a4:	5902                	lw	s2,32(sp)
804032a6:	49f2                	lw	s3,28(sp)
804032a8:	4a62                	lw	s4,24(sp)
804032aa:	4ad2                	lw	s5,20(sp)
804032ac:	4b42                	lw	s6,16(sp)
804032ae:	4bb2                	lw	s7,12(sp)
804032b0:	4c22                	lw	s8,8(sp)
804032b2:	6145                	add	sp,sp,48
804032b4:	8082                	ret
804032b6:	6b05                	lui	s6,0x1
804032b8:	8436                	mv	s0,a3
804032ba:	8a2a                	mv	s4,a0
804032bc:	8c2e                	mv	s8,a1
804032be:	4acd                	li	s5,19
804032c0:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
804032c4:	0c0009b7          	lui	s3,0xc000
804032c8:	01695793          	srl	a5,s2,0x16
804032cc:	078a                	sll	a5,a5,0x2
804032ce:	97d2                	add	a5,a5,s4
804032d0:	439c                	lw	a5,0(a5)
804032d2:	0017f713          	and	a4,a5,1
804032d6:	00e7f693          	and	a3,a5,14
804032da:	d369                	beqz	a4,8040329c <copyin+0x22>
804032dc:	00c95713          	srl	a4,s2,0xc
804032e0:	83a9                	srl	a5,a5,0xa
804032e2:	3ff77713          	and	a4,a4,1023
804032e6:	07b2                	sll	a5,a5,0xc
804032e8:	070a                	sll	a4,a4,0x2
804032ea:	97ba                	add	a5,a5,a4
804032ec:	fac5                	bnez	a3,8040329c <copyin+0x22>
804032ee:	017976b3          	and	a3,s2,s7
804032f2:	8562                	mv	a0,s8
804032f4:	40db04b3          	sub	s1,s6,a3
804032f8:	d3d5                	beqz	a5,8040329c <copyin+0x22>
804032fa:	4398                	lw	a4,0(a5)
804032fc:	00a75793          	srl	a5,a4,0xa
80403300:	07b2                	sll	a5,a5,0xc
80403302:	8fd5                	or	a5,a5,a3
80403304:	8b4d                	and	a4,a4,19
80403306:	85be                	mv	a1,a5
80403308:	f9571ae3          	bne	a4,s5,8040329c <copyin+0x22>
8040330c:	dbc1                	beqz	a5,8040329c <copyin+0x22>
8040330e:	00947363          	bgeu	s0,s1,80403314 <copyin+0x9a>
80403312:	84a2                	mv	s1,s0
80403314:	8626                	mv	a2,s1
80403316:	8c05                	sub	s0,s0,s1
80403318:	b92ff0ef          	jal	804026aa <memcpy>
8040331c:	9926                	add	s2,s2,s1
8040331e:	9c26                	add	s8,s8,s1
80403320:	c401                	beqz	s0,80403328 <copyin+0xae>
80403322:	f7397de3          	bgeu	s2,s3,8040329c <copyin+0x22>
80403326:	b74d                	j	804032c8 <copyin+0x4e>
80403328:	4501                	li	a0,0
8040332a:	bf95                	j	8040329e <copyin+0x24>
8040332c:	4501                	li	a0,0
8040332e:	8082                	ret

80403330 <copyout>:
80403330:	cacd                	beqz	a3,804033e2 <copyout+0xb2>
80403332:	7179                	add	sp,sp,-48
80403334:	d04a                	sw	s2,32(sp)
80403336:	d606                	sw	ra,44(sp)
80403338:	d422                	sw	s0,40(sp)
8040333a:	d226                	sw	s1,36(sp)
8040333c:	ce4e                	sw	s3,28(sp)
8040333e:	cc52                	sw	s4,24(sp)
80403340:	ca56                	sw	s5,20(sp)
80403342:	c85a                	sw	s6,16(sp)
80403344:	c65e                	sw	s7,12(sp)
80403346:	c462                	sw	s8,8(sp)
80403348:	0c0007b7          	lui	a5,0xc000
8040334c:	892e                	mv	s2,a1
8040334e:	00f5ef63          	bltu	a1,a5,8040336c <copyout+0x3c>
80403352:	5549                	li	a0,-14
80403354:	50b2                	lw	ra,44(sp)
80403356:	5422                	lw	s0,40(sp)
80403358:	5492                	lw	s1,36(sp)
8040335a:	5902                	lw	s2,32(sp)
8040335c:	49f2                	lw	s3,28(sp)
8040335e:	4a62                	lw	s4,24(sp)
80403360:	4ad2                	lw	s5,20(sp)
80403362:	4b42                	lw	s6,16(sp)
80403364:	4bb2                	lw	s7,12(sp)
80403366:	4c22                	lw	s8,8(sp)
80403368:	6145                	add	sp,sp,48
8040336a:	8082                	ret
8040336c:	6b05                	lui	s6,0x1
8040336e:	8436                	mv	s0,a3
80403370:	8a2a                	mv	s4,a0
80403372:	8c32                	mv	s8,a2
80403374:	4ad5                	li	s5,21
80403376:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
8040337a:	0c0009b7          	lui	s3,0xc000
8040337e:	01695793          	srl	a5,s2,0x16
80403382:	078a                	sll	a5,a5,0x2
80403384:	97d2                	add	a5,a5,s4
80403386:	439c                	lw	a5,0(a5)
80403388:	0017f713          	and	a4,a5,1
8040338c:	00e7f693          	and	a3,a5,14
80403390:	d369                	beqz	a4,80403352 <copyout+0x22>
80403392:	00c95713          	srl	a4,s2,0xc
80403396:	83a9                	srl	a5,a5,0xa
80403398:	3ff77713          	and	a4,a4,1023
8040339c:	07b2                	sll	a5,a5,0xc
8040339e:	070a                	sll	a4,a4,0x2
804033a0:	97ba                	add	a5,a5,a4
804033a2:	fac5                	bnez	a3,80403352 <copyout+0x22>
804033a4:	017976b3          	and	a3,s2,s7
804033a8:	85e2                	mv	a1,s8
804033aa:	40db04b3          	sub	s1,s6,a3
804033ae:	d3d5                	beqz	a5,80403352 <copyout+0x22>
804033b0:	4398                	lw	a4,0(a5)
804033b2:	00a75793          	srl	a5,a4,0xa
804033b6:	07b2                	sll	a5,a5,0xc
804033b8:	8fd5                	or	a5,a5,a3
804033ba:	8b55                	and	a4,a4,21
804033bc:	853e                	mv	a0,a5
804033be:	f9571ae3          	bne	a4,s5,80403352 <copyout+0x22>
804033c2:	dbc1                	beqz	a5,80403352 <copyout+0x22>
804033c4:	00947363          	bgeu	s0,s1,804033ca <copyout+0x9a>
804033c8:	84a2                	mv	s1,s0
804033ca:	8626                	mv	a2,s1
804033cc:	8c05                	sub	s0,s0,s1
804033ce:	adcff0ef          	jal	804026aa <memcpy>
804033d2:	9926                	add	s2,s2,s1
804033d4:	9c26                	add	s8,s8,s1
804033d6:	c401                	beqz	s0,804033de <copyout+0xae>
804033d8:	f7397de3          	bgeu	s2,s3,80403352 <copyout+0x22>
804033dc:	b74d                	j	8040337e <copyout+0x4e>
804033de:	4501                	li	a0,0
804033e0:	bf95                	j	80403354 <copyout+0x24>
804033e2:	4501                	li	a0,0
804033e4:	8082                	ret

804033e6 <copyinstr>:
804033e6:	c2c9                	beqz	a3,80403468 <copyinstr+0x82>
804033e8:	0c000337          	lui	t1,0xc000
804033ec:	00666463          	bltu	a2,t1,804033f4 <copyinstr+0xe>
804033f0:	5549                	li	a0,-14
804033f2:	8082                	ret
804033f4:	6e85                	lui	t4,0x1
804033f6:	40c30333          	sub	t1,t1,a2
804033fa:	4781                	li	a5,0
804033fc:	4e4d                	li	t3,19
804033fe:	1efd                	add	t4,t4,-1 # fff <_entry-0x803ff001>
80403400:	00f60833          	add	a6,a2,a5
80403404:	01685713          	srl	a4,a6,0x16
80403408:	070a                	sll	a4,a4,0x2
8040340a:	972a                	add	a4,a4,a0
8040340c:	4318                	lw	a4,0(a4)
8040340e:	00177893          	and	a7,a4,1
80403412:	00e77f13          	and	t5,a4,14
80403416:	fc088de3          	beqz	a7,804033f0 <copyinstr+0xa>
8040341a:	00c85893          	srl	a7,a6,0xc
8040341e:	8329                	srl	a4,a4,0xa
80403420:	3ff8f893          	and	a7,a7,1023
80403424:	0732                	sll	a4,a4,0xc
80403426:	088a                	sll	a7,a7,0x2
80403428:	9746                	add	a4,a4,a7
8040342a:	fc0f13e3          	bnez	t5,804033f0 <copyinstr+0xa>
8040342e:	00f58f33          	add	t5,a1,a5
80403432:	01d878b3          	and	a7,a6,t4
80403436:	df4d                	beqz	a4,804033f0 <copyinstr+0xa>
80403438:	00072803          	lw	a6,0(a4)
8040343c:	00a85713          	srl	a4,a6,0xa
80403440:	0732                	sll	a4,a4,0xc
80403442:	01387813          	and	a6,a6,19
80403446:	01176733          	or	a4,a4,a7
8040344a:	fbc813e3          	bne	a6,t3,804033f0 <copyinstr+0xa>
8040344e:	d34d                	beqz	a4,804033f0 <copyinstr+0xa>
80403450:	00074703          	lbu	a4,0(a4)
80403454:	00ef0023          	sb	a4,0(t5)
80403458:	cb19                	beqz	a4,8040346e <copyinstr+0x88>
8040345a:	0785                	add	a5,a5,1 # c000001 <_entry-0x743fffff>
8040345c:	00f68663          	beq	a3,a5,80403468 <copyinstr+0x82>
80403460:	fa6790e3          	bne	a5,t1,80403400 <copyinstr+0x1a>
80403464:	5549                	li	a0,-14
80403466:	8082                	ret
80403468:	fdc00513          	li	a0,-36
8040346c:	8082                	ret
8040346e:	853e                	mv	a0,a5
80403470:	8082                	ret

80403472 <either_copyin>:
80403472:	1141                	add	sp,sp,-16
80403474:	c422                	sw	s0,8(sp)
80403476:	c226                	sw	s1,4(sp)
80403478:	c04a                	sw	s2,0(sp)
8040347a:	c606                	sw	ra,12(sp)
8040347c:	842e                	mv	s0,a1
8040347e:	84b2                	mv	s1,a2
80403480:	8936                	mv	s2,a3
80403482:	ed09                	bnez	a0,8040349c <either_copyin+0x2a>
80403484:	85a6                	mv	a1,s1
80403486:	8522                	mv	a0,s0
80403488:	8636                	mv	a2,a3
8040348a:	a20ff0ef          	jal	804026aa <memcpy>
8040348e:	40b2                	lw	ra,12(sp)
80403490:	4422                	lw	s0,8(sp)
80403492:	4492                	lw	s1,4(sp)
80403494:	4902                	lw	s2,0(sp)
80403496:	4501                	li	a0,0
80403498:	0141                	add	sp,sp,16
8040349a:	8082                	ret
8040349c:	ab5fe0ef          	jal	80401f50 <myproc>
804034a0:	85a2                	mv	a1,s0
804034a2:	4422                	lw	s0,8(sp)
804034a4:	40b2                	lw	ra,12(sp)
804034a6:	5908                	lw	a0,48(a0)
804034a8:	86ca                	mv	a3,s2
804034aa:	8626                	mv	a2,s1
804034ac:	4902                	lw	s2,0(sp)
804034ae:	4492                	lw	s1,4(sp)
804034b0:	0141                	add	sp,sp,16
804034b2:	dc9ff06f          	j	8040327a <copyin>

804034b6 <either_copyout>:
804034b6:	1141                	add	sp,sp,-16
804034b8:	c422                	sw	s0,8(sp)
804034ba:	c226                	sw	s1,4(sp)
804034bc:	c04a                	sw	s2,0(sp)
804034be:	c606                	sw	ra,12(sp)
804034c0:	842e                	mv	s0,a1
804034c2:	84b2                	mv	s1,a2
804034c4:	8936                	mv	s2,a3
804034c6:	ed09                	bnez	a0,804034e0 <either_copyout+0x2a>
804034c8:	85a6                	mv	a1,s1
804034ca:	8522                	mv	a0,s0
804034cc:	8636                	mv	a2,a3
804034ce:	9dcff0ef          	jal	804026aa <memcpy>
804034d2:	40b2                	lw	ra,12(sp)
804034d4:	4422                	lw	s0,8(sp)
804034d6:	4492                	lw	s1,4(sp)
804034d8:	4902                	lw	s2,0(sp)
804034da:	4501                	li	a0,0
804034dc:	0141                	add	sp,sp,16
804034de:	8082                	ret
804034e0:	a71fe0ef          	jal	80401f50 <myproc>
804034e4:	85a2                	mv	a1,s0
804034e6:	4422                	lw	s0,8(sp)
804034e8:	40b2                	lw	ra,12(sp)
804034ea:	5908                	lw	a0,48(a0)
804034ec:	86ca                	mv	a3,s2
804034ee:	8626                	mv	a2,s1
804034f0:	4902                	lw	s2,0(sp)
804034f2:	4492                	lw	s1,4(sp)
804034f4:	0141                	add	sp,sp,16
804034f6:	e3bff06f          	j	80403330 <copyout>

804034fa <arch_power_off>:
804034fa:	1141                	add	sp,sp,-16
804034fc:	c422                	sw	s0,8(sp)
804034fe:	c606                	sw	ra,12(sp)
80403500:	842a                	mv	s0,a0
80403502:	156010ef          	jal	80404658 <uart_drain>
80403506:	0ff47793          	zext.b	a5,s0
8040350a:	4501                	li	a0,0
8040350c:	c781                	beqz	a5,80403514 <arch_power_off+0x1a>
8040350e:	f0000537          	lui	a0,0xf0000
80403512:	8d5d                	or	a0,a0,a5
80403514:	002010ef          	jal	80404516 <sbi_shutdown>

80403518 <arch_crash>:
80403518:	1141                	add	sp,sp,-16
8040351a:	c606                	sw	ra,12(sp)
8040351c:	13c010ef          	jal	80404658 <uart_drain>
80403520:	4505                	li	a0,1
80403522:	7f5000ef          	jal	80404516 <sbi_shutdown>

80403526 <main>:
80403526:	1141                	add	sp,sp,-16
80403528:	c422                	sw	s0,8(sp)
8040352a:	804ff437          	lui	s0,0x804ff
8040352e:	852e                	mv	a0,a1
80403530:	d2040593          	add	a1,s0,-736 # 804fed20 <boot_info>
80403534:	c606                	sw	ra,12(sp)
80403536:	c226                	sw	s1,4(sp)
80403538:	19b000ef          	jal	80403ed2 <fdt_parse>
8040353c:	804007b7          	lui	a5,0x80400
80403540:	00078793          	mv	a5,a5
80403544:	80400737          	lui	a4,0x80400
80403548:	00e78863          	beq	a5,a4,80403558 <main+0x32>
8040354c:	80405537          	lui	a0,0x80405
80403550:	56450513          	add	a0,a0,1380 # 80405564 <names.0+0x40>
80403554:	989fe0ef          	jal	80401edc <panic>
80403558:	d2040493          	add	s1,s0,-736
8040355c:	4098                	lw	a4,0(s1)
8040355e:	fee7e7e3          	bltu	a5,a4,8040354c <main+0x26>
80403562:	40cc                	lw	a1,4(s1)
80403564:	80500537          	lui	a0,0x80500
80403568:	00050793          	mv	a5,a0
8040356c:	feb7f0e3          	bgeu	a5,a1,8040354c <main+0x26>
80403570:	00050513          	mv	a0,a0
80403574:	b60fe0ef          	jal	804018d4 <kinit>
80403578:	d2040513          	add	a0,s0,-736
8040357c:	3bd000ef          	jal	80404138 <kvm_init>
80403580:	7b5000ef          	jal	80404534 <trap_init>
80403584:	749000ef          	jal	804044cc <sbi_init>
80403588:	713000ef          	jal	8040449a <plic_init>
8040358c:	068010ef          	jal	804045f4 <uart_init>
80403590:	2084a783          	lw	a5,520(s1)
80403594:	e385                	bnez	a5,804035b4 <main+0x8e>
80403596:	2104a783          	lw	a5,528(s1)
8040359a:	e38d                	bnez	a5,804035bc <main+0x96>
8040359c:	2184a503          	lw	a0,536(s1)
804035a0:	2a5000ef          	jal	80404044 <genid_init>
804035a4:	2084a583          	lw	a1,520(s1)
804035a8:	804ff537          	lui	a0,0x804ff
804035ac:	d2850513          	add	a0,a0,-728 # 804fed28 <boot_info+0x8>
804035b0:	ba8fe0ef          	jal	80401958 <kernel_run>
804035b4:	20c4a503          	lw	a0,524(s1)
804035b8:	206d                	jal	80403662 <disk_init>
804035ba:	bff1                	j	80403596 <main+0x70>
804035bc:	2144a503          	lw	a0,532(s1)
804035c0:	50f000ef          	jal	804042ce <net_init>
804035c4:	bfe1                	j	8040359c <main+0x76>

804035c6 <disk_wait>:
804035c6:	804277b7          	lui	a5,0x80427
804035ca:	06c7a603          	lw	a2,108(a5) # 8042706c <disk_base>
804035ce:	00c60693          	add	a3,a2,12
804035d2:	429c                	lw	a5,0(a3)
804035d4:	0017f713          	and	a4,a5,1
804035d8:	eb01                	bnez	a4,804035e8 <disk_wait+0x22>
804035da:	0807f713          	and	a4,a5,128
804035de:	fb75                	bnez	a4,804035d2 <disk_wait+0xc>
804035e0:	8fe9                	and	a5,a5,a0
804035e2:	fea798e3          	bne	a5,a0,804035d2 <disk_wait+0xc>
804035e6:	8082                	ret
804035e8:	4a10                	lw	a2,16(a2)
804035ea:	80405537          	lui	a0,0x80405
804035ee:	1141                	add	sp,sp,-16
804035f0:	58850513          	add	a0,a0,1416 # 80405588 <names.0+0x64>
804035f4:	c606                	sw	ra,12(sp)
804035f6:	8e7fe0ef          	jal	80401edc <panic>

804035fa <disk_command>:
804035fa:	1141                	add	sp,sp,-16
804035fc:	c422                	sw	s0,8(sp)
804035fe:	c226                	sw	s1,4(sp)
80403600:	c606                	sw	ra,12(sp)
80403602:	c04a                	sw	s2,0(sp)
80403604:	fff60713          	add	a4,a2,-1
80403608:	0ff00793          	li	a5,255
8040360c:	8432                	mv	s0,a2
8040360e:	84ae                	mv	s1,a1
80403610:	04e7e163          	bltu	a5,a4,80403652 <disk_command+0x58>
80403614:	804277b7          	lui	a5,0x80427
80403618:	0687a783          	lw	a5,104(a5) # 80427068 <capacity>
8040361c:	02b7eb63          	bltu	a5,a1,80403652 <disk_command+0x58>
80403620:	8f8d                	sub	a5,a5,a1
80403622:	02c7e863          	bltu	a5,a2,80403652 <disk_command+0x58>
80403626:	804055b7          	lui	a1,0x80405
8040362a:	892a                	mv	s2,a0
8040362c:	5d458593          	add	a1,a1,1492 # 804055d4 <names.0+0xb0>
80403630:	04000513          	li	a0,64
80403634:	3f49                	jal	804035c6 <disk_wait>
80403636:	804277b7          	lui	a5,0x80427
8040363a:	06c7a783          	lw	a5,108(a5) # 8042706c <disk_base>
8040363e:	40b2                	lw	ra,12(sp)
80403640:	c3c0                	sw	s0,4(a5)
80403642:	4422                	lw	s0,8(sp)
80403644:	c784                	sw	s1,8(a5)
80403646:	0127a623          	sw	s2,12(a5)
8040364a:	4492                	lw	s1,4(sp)
8040364c:	4902                	lw	s2,0(sp)
8040364e:	0141                	add	sp,sp,16
80403650:	8082                	ret
80403652:	80405537          	lui	a0,0x80405
80403656:	8622                	mv	a2,s0
80403658:	85a6                	mv	a1,s1
8040365a:	5a850513          	add	a0,a0,1448 # 804055a8 <names.0+0x84>
8040365e:	87ffe0ef          	jal	80401edc <panic>

80403662 <disk_init>:
80403662:	00052c23          	sw	zero,24(a0)
80403666:	4958                	lw	a4,20(a0)
80403668:	804277b7          	lui	a5,0x80427
8040366c:	06a7a623          	sw	a0,108(a5) # 8042706c <disk_base>
80403670:	804277b7          	lui	a5,0x80427
80403674:	06e7a423          	sw	a4,104(a5) # 80427068 <capacity>
80403678:	8082                	ret

8040367a <disk_capacity>:
8040367a:	804277b7          	lui	a5,0x80427
8040367e:	0687a503          	lw	a0,104(a5) # 80427068 <capacity>
80403682:	8082                	ret

80403684 <disk_read>:
80403684:	1101                	add	sp,sp,-32
80403686:	c452                	sw	s4,8(sp)
80403688:	8a2e                	mv	s4,a1
8040368a:	ca26                	sw	s1,20(sp)
8040368c:	85aa                	mv	a1,a0
8040368e:	84b2                	mv	s1,a2
80403690:	02000513          	li	a0,32
80403694:	8652                	mv	a2,s4
80403696:	ce06                	sw	ra,28(sp)
80403698:	cc22                	sw	s0,24(sp)
8040369a:	c84a                	sw	s2,16(sp)
8040369c:	c64e                	sw	s3,12(sp)
8040369e:	c256                	sw	s5,4(sp)
804036a0:	f5bff0ef          	jal	804035fa <disk_command>
804036a4:	040a0b63          	beqz	s4,804036fa <disk_read+0x76>
804036a8:	804277b7          	lui	a5,0x80427
804036ac:	06c7a903          	lw	s2,108(a5) # 8042706c <disk_base>
804036b0:	20048493          	add	s1,s1,512
804036b4:	4981                	li	s3,0
804036b6:	80405ab7          	lui	s5,0x80405
804036ba:	5dca8593          	add	a1,s5,1500 # 804055dc <names.0+0xb8>
804036be:	4521                	li	a0,8
804036c0:	e0048413          	add	s0,s1,-512
804036c4:	f03ff0ef          	jal	804035c6 <disk_wait>
804036c8:	00092783          	lw	a5,0(s2)
804036cc:	0411                	add	s0,s0,4
804036ce:	fef42e23          	sw	a5,-4(s0)
804036d2:	fe941be3          	bne	s0,s1,804036c8 <disk_read+0x44>
804036d6:	0985                	add	s3,s3,1 # c000001 <_entry-0x743fffff>
804036d8:	20048493          	add	s1,s1,512
804036dc:	fd3a1fe3          	bne	s4,s3,804036ba <disk_read+0x36>
804036e0:	4462                	lw	s0,24(sp)
804036e2:	40f2                	lw	ra,28(sp)
804036e4:	44d2                	lw	s1,20(sp)
804036e6:	4942                	lw	s2,16(sp)
804036e8:	49b2                	lw	s3,12(sp)
804036ea:	4a22                	lw	s4,8(sp)
804036ec:	5dca8593          	add	a1,s5,1500
804036f0:	4a92                	lw	s5,4(sp)
804036f2:	4501                	li	a0,0
804036f4:	6105                	add	sp,sp,32
804036f6:	ed1ff06f          	j	804035c6 <disk_wait>
804036fa:	80405ab7          	lui	s5,0x80405
804036fe:	b7cd                	j	804036e0 <disk_read+0x5c>

80403700 <disk_write>:
80403700:	1101                	add	sp,sp,-32
80403702:	c452                	sw	s4,8(sp)
80403704:	8a2e                	mv	s4,a1
80403706:	ca26                	sw	s1,20(sp)
80403708:	85aa                	mv	a1,a0
8040370a:	84b2                	mv	s1,a2
8040370c:	03000513          	li	a0,48
80403710:	8652                	mv	a2,s4
80403712:	ce06                	sw	ra,28(sp)
80403714:	cc22                	sw	s0,24(sp)
80403716:	c84a                	sw	s2,16(sp)
80403718:	c64e                	sw	s3,12(sp)
8040371a:	c256                	sw	s5,4(sp)
8040371c:	edfff0ef          	jal	804035fa <disk_command>
80403720:	040a0a63          	beqz	s4,80403774 <disk_write+0x74>
80403724:	804277b7          	lui	a5,0x80427
80403728:	06c7a903          	lw	s2,108(a5) # 8042706c <disk_base>
8040372c:	20048493          	add	s1,s1,512
80403730:	4981                	li	s3,0
80403732:	80405ab7          	lui	s5,0x80405
80403736:	5e4a8593          	add	a1,s5,1508 # 804055e4 <names.0+0xc0>
8040373a:	4521                	li	a0,8
8040373c:	e0048413          	add	s0,s1,-512
80403740:	e87ff0ef          	jal	804035c6 <disk_wait>
80403744:	401c                	lw	a5,0(s0)
80403746:	0411                	add	s0,s0,4
80403748:	00f92023          	sw	a5,0(s2)
8040374c:	fe941ce3          	bne	s0,s1,80403744 <disk_write+0x44>
80403750:	0985                	add	s3,s3,1
80403752:	20048493          	add	s1,s1,512
80403756:	ff3a10e3          	bne	s4,s3,80403736 <disk_write+0x36>
8040375a:	4462                	lw	s0,24(sp)
8040375c:	40f2                	lw	ra,28(sp)
8040375e:	44d2                	lw	s1,20(sp)
80403760:	4942                	lw	s2,16(sp)
80403762:	49b2                	lw	s3,12(sp)
80403764:	4a22                	lw	s4,8(sp)
80403766:	5e4a8593          	add	a1,s5,1508
8040376a:	4a92                	lw	s5,4(sp)
8040376c:	4501                	li	a0,0
8040376e:	6105                	add	sp,sp,32
80403770:	e57ff06f          	j	804035c6 <disk_wait>
80403774:	80405ab7          	lui	s5,0x80405
80403778:	b7cd                	j	8040375a <disk_write+0x5a>

8040377a <disk_flush>:
8040377a:	804055b7          	lui	a1,0x80405
8040377e:	1141                	add	sp,sp,-16
80403780:	5d458593          	add	a1,a1,1492 # 804055d4 <names.0+0xb0>
80403784:	04000513          	li	a0,64
80403788:	c606                	sw	ra,12(sp)
8040378a:	e3dff0ef          	jal	804035c6 <disk_wait>
8040378e:	804277b7          	lui	a5,0x80427
80403792:	06c7a783          	lw	a5,108(a5) # 8042706c <disk_base>
80403796:	40b2                	lw	ra,12(sp)
80403798:	0e700713          	li	a4,231
8040379c:	c7d8                	sw	a4,12(a5)
8040379e:	804055b7          	lui	a1,0x80405
804037a2:	5ec58593          	add	a1,a1,1516 # 804055ec <names.0+0xc8>
804037a6:	4501                	li	a0,0
804037a8:	0141                	add	sp,sp,16
804037aa:	e1dff06f          	j	804035c6 <disk_wait>

804037ae <strlist_has>:
804037ae:	1101                	add	sp,sp,-32
804037b0:	c84a                	sw	s2,16(sp)
804037b2:	892a                	mv	s2,a0
804037b4:	8532                	mv	a0,a2
804037b6:	ca26                	sw	s1,20(sp)
804037b8:	c64e                	sw	s3,12(sp)
804037ba:	c452                	sw	s4,8(sp)
804037bc:	ce06                	sw	ra,28(sp)
804037be:	cc22                	sw	s0,24(sp)
804037c0:	8a32                	mv	s4,a2
804037c2:	84ae                	mv	s1,a1
804037c4:	f47fe0ef          	jal	8040270a <strlen>
804037c8:	89aa                	mv	s3,a0
804037ca:	4501                	li	a0,0
804037cc:	c09d                	beqz	s1,804037f2 <strlist_has+0x44>
804037ce:	842a                	mv	s0,a0
804037d0:	a021                	j	804037d8 <strlist_has+0x2a>
804037d2:	0405                	add	s0,s0,1
804037d4:	02848863          	beq	s1,s0,80403804 <strlist_has+0x56>
804037d8:	008907b3          	add	a5,s2,s0
804037dc:	0007c783          	lbu	a5,0(a5)
804037e0:	fbed                	bnez	a5,804037d2 <strlist_has+0x24>
804037e2:	40a40633          	sub	a2,s0,a0
804037e6:	03360363          	beq	a2,s3,8040380c <strlist_has+0x5e>
804037ea:	00140513          	add	a0,s0,1
804037ee:	fe9560e3          	bltu	a0,s1,804037ce <strlist_has+0x20>
804037f2:	40f2                	lw	ra,28(sp)
804037f4:	4462                	lw	s0,24(sp)
804037f6:	44d2                	lw	s1,20(sp)
804037f8:	4942                	lw	s2,16(sp)
804037fa:	49b2                	lw	s3,12(sp)
804037fc:	4a22                	lw	s4,8(sp)
804037fe:	4501                	li	a0,0
80403800:	6105                	add	sp,sp,32
80403802:	8082                	ret
80403804:	40a48633          	sub	a2,s1,a0
80403808:	ff3611e3          	bne	a2,s3,804037ea <strlist_has+0x3c>
8040380c:	85d2                	mv	a1,s4
8040380e:	954a                	add	a0,a0,s2
80403810:	ed7fe0ef          	jal	804026e6 <memcmp>
80403814:	f979                	bnez	a0,804037ea <strlist_has+0x3c>
80403816:	40f2                	lw	ra,28(sp)
80403818:	4462                	lw	s0,24(sp)
8040381a:	44d2                	lw	s1,20(sp)
8040381c:	4942                	lw	s2,16(sp)
8040381e:	49b2                	lw	s3,12(sp)
80403820:	4a22                	lw	s4,8(sp)
80403822:	4505                	li	a0,1
80403824:	6105                	add	sp,sp,32
80403826:	8082                	ret

80403828 <node_reg.isra.0>:
80403828:	00c52303          	lw	t1,12(a0)
8040382c:	87aa                	mv	a5,a0
8040382e:	08030a63          	beqz	t1,804038c2 <node_reg.isra.0+0x9a>
80403832:	fff58813          	add	a6,a1,-1
80403836:	4885                	li	a7,1
80403838:	4501                	li	a0,0
8040383a:	0908e563          	bltu	a7,a6,804038c4 <node_reg.isra.0+0x9c>
8040383e:	4809                	li	a6,2
80403840:	08c86263          	bltu	a6,a2,804038c4 <node_reg.isra.0+0x9c>
80403844:	4b9c                	lw	a5,16(a5)
80403846:	00c58f33          	add	t5,a1,a2
8040384a:	0f0a                	sll	t5,t5,0x2
8040384c:	07e7ec63          	bltu	a5,t5,804038c4 <node_reg.isra.0+0x9c>
80403850:	00259793          	sll	a5,a1,0x2
80403854:	979a                	add	a5,a5,t1
80403856:	851a                	mv	a0,t1
80403858:	4e01                	li	t3,0
8040385a:	00054583          	lbu	a1,0(a0)
8040385e:	00154883          	lbu	a7,1(a0)
80403862:	00354e83          	lbu	t4,3(a0)
80403866:	00254803          	lbu	a6,2(a0)
8040386a:	08c2                	sll	a7,a7,0x10
8040386c:	05e2                	sll	a1,a1,0x18
8040386e:	0115e5b3          	or	a1,a1,a7
80403872:	01d5e5b3          	or	a1,a1,t4
80403876:	0822                	sll	a6,a6,0x8
80403878:	0511                	add	a0,a0,4
8040387a:	88f2                	mv	a7,t3
8040387c:	0105ee33          	or	t3,a1,a6
80403880:	fca79de3          	bne	a5,a0,8040385a <node_reg.isra.0+0x32>
80403884:	01c6a023          	sw	t3,0(a3)
80403888:	0116a223          	sw	a7,4(a3)
8040388c:	ce0d                	beqz	a2,804038c6 <node_reg.isra.0+0x9e>
8040388e:	937a                	add	t1,t1,t5
80403890:	4501                	li	a0,0
80403892:	0007c683          	lbu	a3,0(a5)
80403896:	0017c583          	lbu	a1,1(a5)
8040389a:	0037c803          	lbu	a6,3(a5)
8040389e:	0027c603          	lbu	a2,2(a5)
804038a2:	05c2                	sll	a1,a1,0x10
804038a4:	06e2                	sll	a3,a3,0x18
804038a6:	8ecd                	or	a3,a3,a1
804038a8:	0106e6b3          	or	a3,a3,a6
804038ac:	0622                	sll	a2,a2,0x8
804038ae:	0791                	add	a5,a5,4
804038b0:	85aa                	mv	a1,a0
804038b2:	00c6e533          	or	a0,a3,a2
804038b6:	fcf31ee3          	bne	t1,a5,80403892 <node_reg.isra.0+0x6a>
804038ba:	c308                	sw	a0,0(a4)
804038bc:	c34c                	sw	a1,4(a4)
804038be:	4505                	li	a0,1
804038c0:	8082                	ret
804038c2:	4501                	li	a0,0
804038c4:	8082                	ret
804038c6:	4501                	li	a0,0
804038c8:	4581                	li	a1,0
804038ca:	bfc5                	j	804038ba <node_reg.isra.0+0x92>

804038cc <fdt_walk>:
804038cc:	d4010113          	add	sp,sp,-704
804038d0:	2b412423          	sw	s4,680(sp)
804038d4:	29812c23          	sw	s8,664(sp)
804038d8:	8a2e                	mv	s4,a1
804038da:	8c2a                	mv	s8,a0
804038dc:	02400613          	li	a2,36
804038e0:	4581                	li	a1,0
804038e2:	0868                	add	a0,sp,28
804038e4:	29a12823          	sw	s10,656(sp)
804038e8:	29b12623          	sw	s11,652(sp)
804038ec:	2a112e23          	sw	ra,700(sp)
804038f0:	2a812c23          	sw	s0,696(sp)
804038f4:	2a912a23          	sw	s1,692(sp)
804038f8:	2b212823          	sw	s2,688(sp)
804038fc:	2b312623          	sw	s3,684(sp)
80403900:	2b512223          	sw	s5,676(sp)
80403904:	2b612023          	sw	s6,672(sp)
80403908:	29712e23          	sw	s7,668(sp)
8040390c:	29912a23          	sw	s9,660(sp)
80403910:	d59fe0ef          	jal	80402668 <memset>
80403914:	004c2d03          	lw	s10,4(s8)
80403918:	4709                	li	a4,2
8040391a:	008c2683          	lw	a3,8(s8)
8040391e:	d03a                	sw	a4,32(sp)
80403920:	4705                	li	a4,1
80403922:	d23a                	sw	a4,36(sp)
80403924:	004d0d93          	add	s11,s10,4
80403928:	57b6e763          	bltu	a3,s11,80403e96 <fdt_walk+0x5ca>
8040392c:	4c81                	li	s9,0
8040392e:	4905                	li	s2,1
80403930:	498d                	li	s3,3
80403932:	80405ab7          	lui	s5,0x80405
80403936:	80405bb7          	lui	s7,0x80405
8040393a:	a00d                	j	8040395c <fdt_walk+0x90>
8040393c:	0d358763          	beq	a1,s3,80403a0a <fdt_walk+0x13e>
80403940:	4789                	li	a5,2
80403942:	0cf58c63          	beq	a1,a5,80403a1a <fdt_walk+0x14e>
80403946:	47a5                	li	a5,9
80403948:	34f58663          	beq	a1,a5,80403c94 <fdt_walk+0x3c8>
8040394c:	4791                	li	a5,4
8040394e:	0cf59063          	bne	a1,a5,80403a0e <fdt_walk+0x142>
80403952:	8d6e                	mv	s10,s11
80403954:	004d0d93          	add	s11,s10,4
80403958:	53b6ef63          	bltu	a3,s11,80403e96 <fdt_walk+0x5ca>
8040395c:	000c2703          	lw	a4,0(s8)
80403960:	01a70633          	add	a2,a4,s10
80403964:	00064583          	lbu	a1,0(a2)
80403968:	00164503          	lbu	a0,1(a2)
8040396c:	00364303          	lbu	t1,3(a2)
80403970:	00264603          	lbu	a2,2(a2)
80403974:	05e2                	sll	a1,a1,0x18
80403976:	0542                	sll	a0,a0,0x10
80403978:	8dc9                	or	a1,a1,a0
8040397a:	0065e5b3          	or	a1,a1,t1
8040397e:	0622                	sll	a2,a2,0x8
80403980:	8dd1                	or	a1,a1,a2
80403982:	fb259de3          	bne	a1,s2,8040393c <fdt_walk+0x70>
80403986:	0c85                	add	s9,s9,1
80403988:	47c1                	li	a5,16
8040398a:	5397c263          	blt	a5,s9,80403eae <fdt_walk+0x5e2>
8040398e:	4cddfc63          	bgeu	s11,a3,80403e66 <fdt_walk+0x59a>
80403992:	846e                	mv	s0,s11
80403994:	a021                	j	8040399c <fdt_walk+0xd0>
80403996:	0405                	add	s0,s0,1
80403998:	4cd47763          	bgeu	s0,a3,80403e66 <fdt_walk+0x59a>
8040399c:	008707b3          	add	a5,a4,s0
804039a0:	0007c783          	lbu	a5,0(a5)
804039a4:	fbed                	bnez	a5,80403996 <fdt_walk+0xca>
804039a6:	003c9b13          	sll	s6,s9,0x3
804039aa:	019b0733          	add	a4,s6,s9
804039ae:	00271d13          	sll	s10,a4,0x2
804039b2:	087c                	add	a5,sp,28
804039b4:	01a78533          	add	a0,a5,s10
804039b8:	02400613          	li	a2,36
804039bc:	4581                	li	a1,0
804039be:	cabfe0ef          	jal	80402668 <memset>
804039c2:	000c2503          	lw	a0,0(s8)
804039c6:	280d0793          	add	a5,s10,640
804039ca:	00278733          	add	a4,a5,sp
804039ce:	4689                	li	a3,2
804039d0:	956e                	add	a0,a0,s11
804039d2:	4491                	li	s1,4
804039d4:	d8a72e23          	sw	a0,-612(a4) # 803ffd9c <_entry-0x264>
804039d8:	dad72023          	sw	a3,-608(a4)
804039dc:	db272223          	sw	s2,-604(a4)
804039e0:	41b484b3          	sub	s1,s1,s11
804039e4:	1adc8063          	beq	s9,a3,80403b84 <fdt_walk+0x2b8>
804039e8:	4601                	li	a2,0
804039ea:	019b0733          	add	a4,s6,s9
804039ee:	070a                	sll	a4,a4,0x2
804039f0:	009407b3          	add	a5,s0,s1
804039f4:	28070713          	add	a4,a4,640
804039f8:	970a                	add	a4,a4,sp
804039fa:	9bf1                	and	a5,a5,-4
804039fc:	008c2683          	lw	a3,8(s8)
80403a00:	dac72e23          	sw	a2,-580(a4)
80403a04:	01b78d33          	add	s10,a5,s11
80403a08:	b7b1                	j	80403954 <fdt_walk+0x88>
80403a0a:	0a0c9063          	bnez	s9,80403aaa <fdt_walk+0x1de>
80403a0e:	80405537          	lui	a0,0x80405
80403a12:	72850513          	add	a0,a0,1832 # 80405728 <names.0+0x204>
80403a16:	cc6fe0ef          	jal	80401edc <panic>
80403a1a:	fe0c8ae3          	beqz	s9,80403a0e <fdt_walk+0x142>
80403a1e:	003c9b13          	sll	s6,s9,0x3
80403a22:	019b0433          	add	s0,s6,s9
80403a26:	040a                	sll	s0,s0,0x2
80403a28:	28040793          	add	a5,s0,640
80403a2c:	00278733          	add	a4,a5,sp
80403a30:	dbc72703          	lw	a4,-580(a4)
80403a34:	fdc40313          	add	t1,s0,-36
80403a38:	087c                	add	a5,sp,28
80403a3a:	943e                	add	s0,s0,a5
80403a3c:	fffc8493          	add	s1,s9,-1
80403a40:	00678d33          	add	s10,a5,t1
80403a44:	c709                	beqz	a4,80403a4e <fdt_walk+0x182>
80403a46:	004a2703          	lw	a4,4(s4) # 1004 <_entry-0x803feffc>
80403a4a:	32070b63          	beqz	a4,80403d80 <fdt_walk+0x4b4>
80403a4e:	019b0733          	add	a4,s6,s9
80403a52:	070a                	sll	a4,a4,0x2
80403a54:	28070793          	add	a5,a4,640
80403a58:	00278733          	add	a4,a5,sp
80403a5c:	db072703          	lw	a4,-592(a4)
80403a60:	c709                	beqz	a4,80403a6a <fdt_walk+0x19e>
80403a62:	208a2703          	lw	a4,520(s4)
80403a66:	2a070163          	beqz	a4,80403d08 <fdt_walk+0x43c>
80403a6a:	019b0733          	add	a4,s6,s9
80403a6e:	070a                	sll	a4,a4,0x2
80403a70:	28070793          	add	a5,a4,640
80403a74:	00278733          	add	a4,a5,sp
80403a78:	db472703          	lw	a4,-588(a4)
80403a7c:	c709                	beqz	a4,80403a86 <fdt_walk+0x1ba>
80403a7e:	210a2703          	lw	a4,528(s4)
80403a82:	2c070163          	beqz	a4,80403d44 <fdt_walk+0x478>
80403a86:	019b07b3          	add	a5,s6,s9
80403a8a:	078a                	sll	a5,a5,0x2
80403a8c:	28078793          	add	a5,a5,640
80403a90:	978a                	add	a5,a5,sp
80403a92:	db87a783          	lw	a5,-584(a5)
80403a96:	c789                	beqz	a5,80403aa0 <fdt_walk+0x1d4>
80403a98:	218a2783          	lw	a5,536(s4)
80403a9c:	22078963          	beqz	a5,80403cce <fdt_walk+0x402>
80403aa0:	008c2683          	lw	a3,8(s8)
80403aa4:	8d6e                	mv	s10,s11
80403aa6:	8ca6                	mv	s9,s1
80403aa8:	b575                	j	80403954 <fdt_walk+0x88>
80403aaa:	00cd0313          	add	t1,s10,12
80403aae:	3e66ea63          	bltu	a3,t1,80403ea2 <fdt_walk+0x5d6>
80403ab2:	01b705b3          	add	a1,a4,s11
80403ab6:	008d0613          	add	a2,s10,8
80403aba:	963a                	add	a2,a2,a4
80403abc:	0005cd83          	lbu	s11,0(a1)
80403ac0:	0015cf03          	lbu	t5,1(a1)
80403ac4:	00064483          	lbu	s1,0(a2)
80403ac8:	00164503          	lbu	a0,1(a2)
80403acc:	0035ce83          	lbu	t4,3(a1)
80403ad0:	0025c583          	lbu	a1,2(a1)
80403ad4:	00364e03          	lbu	t3,3(a2)
80403ad8:	0de2                	sll	s11,s11,0x18
80403ada:	00264603          	lbu	a2,2(a2)
80403ade:	0f42                	sll	t5,t5,0x10
80403ae0:	01ededb3          	or	s11,s11,t5
80403ae4:	04e2                	sll	s1,s1,0x18
80403ae6:	0542                	sll	a0,a0,0x10
80403ae8:	01ddedb3          	or	s11,s11,t4
80403aec:	05a2                	sll	a1,a1,0x8
80403aee:	8cc9                	or	s1,s1,a0
80403af0:	01c4e4b3          	or	s1,s1,t3
80403af4:	0622                	sll	a2,a2,0x8
80403af6:	00bdedb3          	or	s11,s11,a1
80403afa:	406686b3          	sub	a3,a3,t1
80403afe:	8cd1                	or	s1,s1,a2
80403b00:	3db6e363          	bltu	a3,s11,80403ec6 <fdt_walk+0x5fa>
80403b04:	010c2583          	lw	a1,16(s8)
80403b08:	3ab4ff63          	bgeu	s1,a1,80403ec6 <fdt_walk+0x5fa>
80403b0c:	00cc2683          	lw	a3,12(s8)
80403b10:	94b6                	add	s1,s1,a3
80403b12:	95b6                	add	a1,a1,a3
80403b14:	34b4f963          	bgeu	s1,a1,80403e66 <fdt_walk+0x59a>
80403b18:	94ba                	add	s1,s1,a4
80403b1a:	86a6                	mv	a3,s1
80403b1c:	95ba                	add	a1,a1,a4
80403b1e:	a021                	j	80403b26 <fdt_walk+0x25a>
80403b20:	0685                	add	a3,a3,1
80403b22:	34b68263          	beq	a3,a1,80403e66 <fdt_walk+0x59a>
80403b26:	0006c603          	lbu	a2,0(a3)
80403b2a:	fa7d                	bnez	a2,80403b20 <fdt_walk+0x254>
80403b2c:	68ca8593          	add	a1,s5,1676 # 8040568c <names.0+0x168>
80403b30:	8526                	mv	a0,s1
80403b32:	00670433          	add	s0,a4,t1
80403b36:	c1dfe0ef          	jal	80402752 <strcmp>
80403b3a:	e92d                	bnez	a0,80403bac <fdt_walk+0x2e0>
80403b3c:	4711                	li	a4,4
80403b3e:	0aed8963          	beq	s11,a4,80403bf0 <fdt_walk+0x324>
80403b42:	69cb8593          	add	a1,s7,1692 # 8040569c <names.0+0x178>
80403b46:	8526                	mv	a0,s1
80403b48:	c0bfe0ef          	jal	80402752 <strcmp>
80403b4c:	804057b7          	lui	a5,0x80405
80403b50:	72478593          	add	a1,a5,1828 # 80405724 <names.0+0x200>
80403b54:	8526                	mv	a0,s1
80403b56:	bfdfe0ef          	jal	80402752 <strcmp>
80403b5a:	e561                	bnez	a0,80403c22 <fdt_walk+0x356>
80403b5c:	003c9713          	sll	a4,s9,0x3
80403b60:	9766                	add	a4,a4,s9
80403b62:	070a                	sll	a4,a4,0x2
80403b64:	28070793          	add	a5,a4,640
80403b68:	00278733          	add	a4,a5,sp
80403b6c:	da872423          	sw	s0,-600(a4)
80403b70:	dbb72623          	sw	s11,-596(a4)
80403b74:	00fd0793          	add	a5,s10,15
80403b78:	97ee                	add	a5,a5,s11
80403b7a:	008c2683          	lw	a3,8(s8)
80403b7e:	ffc7fd13          	and	s10,a5,-4
80403b82:	bbc9                	j	80403954 <fdt_walk+0x88>
80403b84:	804057b7          	lui	a5,0x80405
80403b88:	63878593          	add	a1,a5,1592 # 80405638 <names.0+0x114>
80403b8c:	bc7fe0ef          	jal	80402752 <strcmp>
80403b90:	4605                	li	a2,1
80403b92:	e4050ce3          	beqz	a0,804039ea <fdt_walk+0x11e>
80403b96:	5516                	lw	a0,100(sp)
80403b98:	804057b7          	lui	a5,0x80405
80403b9c:	461d                	li	a2,7
80403b9e:	64078593          	add	a1,a5,1600 # 80405640 <names.0+0x11c>
80403ba2:	b83fe0ef          	jal	80402724 <strncmp>
80403ba6:	00153613          	seqz	a2,a0
80403baa:	b581                	j	804039ea <fdt_walk+0x11e>
80403bac:	69cb8593          	add	a1,s7,1692
80403bb0:	8526                	mv	a0,s1
80403bb2:	ba1fe0ef          	jal	80402752 <strcmp>
80403bb6:	f959                	bnez	a0,80403b4c <fdt_walk+0x280>
80403bb8:	4711                	li	a4,4
80403bba:	f8ed99e3          	bne	s11,a4,80403b4c <fdt_walk+0x280>
80403bbe:	00044683          	lbu	a3,0(s0)
80403bc2:	00144583          	lbu	a1,1(s0)
80403bc6:	00344503          	lbu	a0,3(s0)
80403bca:	00244603          	lbu	a2,2(s0)
80403bce:	003c9713          	sll	a4,s9,0x3
80403bd2:	06e2                	sll	a3,a3,0x18
80403bd4:	05c2                	sll	a1,a1,0x10
80403bd6:	9766                	add	a4,a4,s9
80403bd8:	070a                	sll	a4,a4,0x2
80403bda:	8ecd                	or	a3,a3,a1
80403bdc:	8ec9                	or	a3,a3,a0
80403bde:	0622                	sll	a2,a2,0x8
80403be0:	28070793          	add	a5,a4,640
80403be4:	00278733          	add	a4,a5,sp
80403be8:	8ed1                	or	a3,a3,a2
80403bea:	dad72223          	sw	a3,-604(a4)
80403bee:	b759                	j	80403b74 <fdt_walk+0x2a8>
80403bf0:	00044683          	lbu	a3,0(s0)
80403bf4:	00144583          	lbu	a1,1(s0)
80403bf8:	00344503          	lbu	a0,3(s0)
80403bfc:	00244603          	lbu	a2,2(s0)
80403c00:	003c9713          	sll	a4,s9,0x3
80403c04:	06e2                	sll	a3,a3,0x18
80403c06:	05c2                	sll	a1,a1,0x10
80403c08:	9766                	add	a4,a4,s9
80403c0a:	070a                	sll	a4,a4,0x2
80403c0c:	8ecd                	or	a3,a3,a1
80403c0e:	8ec9                	or	a3,a3,a0
80403c10:	0622                	sll	a2,a2,0x8
80403c12:	28070793          	add	a5,a4,640
80403c16:	00278733          	add	a4,a5,sp
80403c1a:	8ed1                	or	a3,a3,a2
80403c1c:	dad72023          	sw	a3,-608(a4)
80403c20:	bf91                	j	80403b74 <fdt_walk+0x2a8>
80403c22:	804057b7          	lui	a5,0x80405
80403c26:	6a878593          	add	a1,a5,1704 # 804056a8 <names.0+0x184>
80403c2a:	8526                	mv	a0,s1
80403c2c:	b27fe0ef          	jal	80402752 <strcmp>
80403c30:	18051d63          	bnez	a0,80403dca <fdt_walk+0x4fe>
80403c34:	80405637          	lui	a2,0x80405
80403c38:	003c9493          	sll	s1,s9,0x3
80403c3c:	6b460613          	add	a2,a2,1716 # 804056b4 <names.0+0x190>
80403c40:	85ee                	mv	a1,s11
80403c42:	8522                	mv	a0,s0
80403c44:	94e6                	add	s1,s1,s9
80403c46:	b69ff0ef          	jal	804037ae <strlist_has>
80403c4a:	048a                	sll	s1,s1,0x2
80403c4c:	28048793          	add	a5,s1,640
80403c50:	002784b3          	add	s1,a5,sp
80403c54:	db04a703          	lw	a4,-592(s1)
80403c58:	80405637          	lui	a2,0x80405
80403c5c:	6c860613          	add	a2,a2,1736 # 804056c8 <names.0+0x1a4>
80403c60:	8f49                	or	a4,a4,a0
80403c62:	85ee                	mv	a1,s11
80403c64:	8522                	mv	a0,s0
80403c66:	dae4a823          	sw	a4,-592(s1)
80403c6a:	b45ff0ef          	jal	804037ae <strlist_has>
80403c6e:	db44a703          	lw	a4,-588(s1)
80403c72:	80405637          	lui	a2,0x80405
80403c76:	6d860613          	add	a2,a2,1752 # 804056d8 <names.0+0x1b4>
80403c7a:	8f49                	or	a4,a4,a0
80403c7c:	85ee                	mv	a1,s11
80403c7e:	8522                	mv	a0,s0
80403c80:	dae4aa23          	sw	a4,-588(s1)
80403c84:	b2bff0ef          	jal	804037ae <strlist_has>
80403c88:	db84a703          	lw	a4,-584(s1)
80403c8c:	8f49                	or	a4,a4,a0
80403c8e:	dae4ac23          	sw	a4,-584(s1)
80403c92:	b5cd                	j	80403b74 <fdt_walk+0x2a8>
80403c94:	2bc12083          	lw	ra,700(sp)
80403c98:	2b812403          	lw	s0,696(sp)
80403c9c:	2b412483          	lw	s1,692(sp)
80403ca0:	2b012903          	lw	s2,688(sp)
80403ca4:	2ac12983          	lw	s3,684(sp)
80403ca8:	2a812a03          	lw	s4,680(sp)
80403cac:	2a412a83          	lw	s5,676(sp)
80403cb0:	2a012b03          	lw	s6,672(sp)
80403cb4:	29c12b83          	lw	s7,668(sp)
80403cb8:	29812c03          	lw	s8,664(sp)
80403cbc:	29412c83          	lw	s9,660(sp)
80403cc0:	29012d03          	lw	s10,656(sp)
80403cc4:	28c12d83          	lw	s11,652(sp)
80403cc8:	2c010113          	add	sp,sp,704
80403ccc:	8082                	ret
80403cce:	008d2603          	lw	a2,8(s10)
80403cd2:	004d2583          	lw	a1,4(s10)
80403cd6:	0818                	add	a4,sp,16
80403cd8:	0034                	add	a3,sp,8
80403cda:	8522                	mv	a0,s0
80403cdc:	b4dff0ef          	jal	80403828 <node_reg.isra.0>
80403ce0:	dc0500e3          	beqz	a0,80403aa0 <fdt_walk+0x1d4>
80403ce4:	47a2                	lw	a5,8(sp)
80403ce6:	4632                	lw	a2,12(sp)
80403ce8:	0017b713          	seqz	a4,a5
80403cec:	fff78693          	add	a3,a5,-1
80403cf0:	dae618e3          	bne	a2,a4,80403aa0 <fdt_walk+0x1d4>
80403cf4:	777d                	lui	a4,0xfffff
80403cf6:	1779                	add	a4,a4,-2 # ffffeffe <kernel_end+0x7fafeffe>
80403cf8:	dad764e3          	bltu	a4,a3,80403aa0 <fdt_walk+0x1d4>
80403cfc:	4752                	lw	a4,20(sp)
80403cfe:	18070563          	beqz	a4,80403e88 <fdt_walk+0x5bc>
80403d02:	20fa2c23          	sw	a5,536(s4)
80403d06:	bb69                	j	80403aa0 <fdt_walk+0x1d4>
80403d08:	008d2603          	lw	a2,8(s10)
80403d0c:	004d2583          	lw	a1,4(s10)
80403d10:	0818                	add	a4,sp,16
80403d12:	0034                	add	a3,sp,8
80403d14:	8522                	mv	a0,s0
80403d16:	b13ff0ef          	jal	80403828 <node_reg.isra.0>
80403d1a:	d40508e3          	beqz	a0,80403a6a <fdt_walk+0x19e>
80403d1e:	46b2                	lw	a3,12(sp)
80403d20:	4722                	lw	a4,8(sp)
80403d22:	d40694e3          	bnez	a3,80403a6a <fdt_walk+0x19e>
80403d26:	76fd                	lui	a3,0xfffff
80403d28:	d4d771e3          	bgeu	a4,a3,80403a6a <fdt_walk+0x19e>
80403d2c:	46d2                	lw	a3,20(sp)
80403d2e:	e689                	bnez	a3,80403d38 <fdt_walk+0x46c>
80403d30:	4642                	lw	a2,16(sp)
80403d32:	6685                	lui	a3,0x1
80403d34:	d2d66be3          	bltu	a2,a3,80403a6a <fdt_walk+0x19e>
80403d38:	4685                	li	a3,1
80403d3a:	20da2423          	sw	a3,520(s4)
80403d3e:	20ea2623          	sw	a4,524(s4)
80403d42:	b325                	j	80403a6a <fdt_walk+0x19e>
80403d44:	008d2603          	lw	a2,8(s10)
80403d48:	004d2583          	lw	a1,4(s10)
80403d4c:	0818                	add	a4,sp,16
80403d4e:	0034                	add	a3,sp,8
80403d50:	8522                	mv	a0,s0
80403d52:	ad7ff0ef          	jal	80403828 <node_reg.isra.0>
80403d56:	d20508e3          	beqz	a0,80403a86 <fdt_walk+0x1ba>
80403d5a:	46b2                	lw	a3,12(sp)
80403d5c:	4722                	lw	a4,8(sp)
80403d5e:	d20694e3          	bnez	a3,80403a86 <fdt_walk+0x1ba>
80403d62:	76fd                	lui	a3,0xfffff
80403d64:	d2d771e3          	bgeu	a4,a3,80403a86 <fdt_walk+0x1ba>
80403d68:	46d2                	lw	a3,20(sp)
80403d6a:	e689                	bnez	a3,80403d74 <fdt_walk+0x4a8>
80403d6c:	4642                	lw	a2,16(sp)
80403d6e:	6685                	lui	a3,0x1
80403d70:	d0d66be3          	bltu	a2,a3,80403a86 <fdt_walk+0x1ba>
80403d74:	4685                	li	a3,1
80403d76:	20da2823          	sw	a3,528(s4)
80403d7a:	20ea2a23          	sw	a4,532(s4)
80403d7e:	b321                	j	80403a86 <fdt_walk+0x1ba>
80403d80:	008d2603          	lw	a2,8(s10)
80403d84:	004d2583          	lw	a1,4(s10)
80403d88:	0818                	add	a4,sp,16
80403d8a:	0034                	add	a3,sp,8
80403d8c:	8522                	mv	a0,s0
80403d8e:	a9bff0ef          	jal	80403828 <node_reg.isra.0>
80403d92:	ca050ee3          	beqz	a0,80403a4e <fdt_walk+0x182>
80403d96:	46a2                	lw	a3,8(sp)
80403d98:	4642                	lw	a2,16(sp)
80403d9a:	4e32                	lw	t3,12(sp)
80403d9c:	4552                	lw	a0,20(sp)
80403d9e:	00c68733          	add	a4,a3,a2
80403da2:	00d735b3          	sltu	a1,a4,a3
80403da6:	00ae0eb3          	add	t4,t3,a0
80403daa:	95f6                	add	a1,a1,t4
80403dac:	100e1763          	bnez	t3,80403eba <fdt_walk+0x5ee>
80403db0:	7e7d                	lui	t3,0xfffff
80403db2:	11c6f463          	bgeu	a3,t3,80403eba <fdt_walk+0x5ee>
80403db6:	8e49                	or	a2,a2,a0
80403db8:	10060163          	beqz	a2,80403eba <fdt_walk+0x5ee>
80403dbc:	00da2023          	sw	a3,0(s4)
80403dc0:	cd9d                	beqz	a1,80403dfe <fdt_walk+0x532>
80403dc2:	777d                	lui	a4,0xfffff
80403dc4:	00ea2223          	sw	a4,4(s4)
80403dc8:	b159                	j	80403a4e <fdt_walk+0x182>
80403dca:	804055b7          	lui	a1,0x80405
80403dce:	6e858593          	add	a1,a1,1768 # 804056e8 <names.0+0x1c4>
80403dd2:	8526                	mv	a0,s1
80403dd4:	97ffe0ef          	jal	80402752 <strcmp>
80403dd8:	86aa                	mv	a3,a0
80403dda:	e51d                	bnez	a0,80403e08 <fdt_walk+0x53c>
80403ddc:	4709                	li	a4,2
80403dde:	08ec8a63          	beq	s9,a4,80403e72 <fdt_walk+0x5a6>
80403de2:	003c9713          	sll	a4,s9,0x3
80403de6:	9766                	add	a4,a4,s9
80403de8:	070a                	sll	a4,a4,0x2
80403dea:	28070793          	add	a5,a4,640 # fffff280 <kernel_end+0x7faff280>
80403dee:	00278733          	add	a4,a5,sp
80403df2:	dbc72603          	lw	a2,-580(a4)
80403df6:	8ed1                	or	a3,a3,a2
80403df8:	dad72e23          	sw	a3,-580(a4)
80403dfc:	bba5                	j	80403b74 <fdt_walk+0x2a8>
80403dfe:	76fd                	lui	a3,0xfffff
80403e00:	fce6f2e3          	bgeu	a3,a4,80403dc4 <fdt_walk+0x4f8>
80403e04:	777d                	lui	a4,0xfffff
80403e06:	bf7d                	j	80403dc4 <fdt_walk+0x4f8>
80403e08:	804055b7          	lui	a1,0x80405
80403e0c:	6f458593          	add	a1,a1,1780 # 804056f4 <names.0+0x1d0>
80403e10:	8526                	mv	a0,s1
80403e12:	941fe0ef          	jal	80402752 <strcmp>
80403e16:	d4051fe3          	bnez	a0,80403b74 <fdt_walk+0x2a8>
80403e1a:	4709                	li	a4,2
80403e1c:	d4ec9ce3          	bne	s9,a4,80403b74 <fdt_walk+0x2a8>
80403e20:	5516                	lw	a0,100(sp)
80403e22:	804055b7          	lui	a1,0x80405
80403e26:	70058593          	add	a1,a1,1792 # 80405700 <names.0+0x1dc>
80403e2a:	929fe0ef          	jal	80402752 <strcmp>
80403e2e:	d40513e3          	bnez	a0,80403b74 <fdt_walk+0x2a8>
80403e32:	4481                	li	s1,0
80403e34:	1ff00713          	li	a4,511
80403e38:	000d9863          	bnez	s11,80403e48 <fdt_walk+0x57c>
80403e3c:	a819                	j	80403e52 <fdt_walk+0x586>
80403e3e:	0485                	add	s1,s1,1
80403e40:	009d8963          	beq	s11,s1,80403e52 <fdt_walk+0x586>
80403e44:	00e48763          	beq	s1,a4,80403e52 <fdt_walk+0x586>
80403e48:	009406b3          	add	a3,s0,s1
80403e4c:	0006c683          	lbu	a3,0(a3) # fffff000 <kernel_end+0x7faff000>
80403e50:	f6fd                	bnez	a3,80403e3e <fdt_walk+0x572>
80403e52:	8626                	mv	a2,s1
80403e54:	85a2                	mv	a1,s0
80403e56:	008a0513          	add	a0,s4,8
80403e5a:	94d2                	add	s1,s1,s4
80403e5c:	84ffe0ef          	jal	804026aa <memcpy>
80403e60:	00048423          	sb	zero,8(s1)
80403e64:	bb01                	j	80403b74 <fdt_walk+0x2a8>
80403e66:	80405537          	lui	a0,0x80405
80403e6a:	61850513          	add	a0,a0,1560 # 80405618 <names.0+0xf4>
80403e6e:	86efe0ef          	jal	80401edc <panic>
80403e72:	80405637          	lui	a2,0x80405
80403e76:	63860613          	add	a2,a2,1592 # 80405638 <names.0+0x114>
80403e7a:	85ee                	mv	a1,s11
80403e7c:	8522                	mv	a0,s0
80403e7e:	931ff0ef          	jal	804037ae <strlist_has>
80403e82:	00a036b3          	snez	a3,a0
80403e86:	bfb1                	j	80403de2 <fdt_walk+0x516>
80403e88:	46c2                	lw	a3,16(sp)
80403e8a:	6705                	lui	a4,0x1
80403e8c:	c0e6eae3          	bltu	a3,a4,80403aa0 <fdt_walk+0x1d4>
80403e90:	20fa2c23          	sw	a5,536(s4)
80403e94:	b131                	j	80403aa0 <fdt_walk+0x1d4>
80403e96:	80405537          	lui	a0,0x80405
80403e9a:	74050513          	add	a0,a0,1856 # 80405740 <names.0+0x21c>
80403e9e:	83efe0ef          	jal	80401edc <panic>
80403ea2:	80405537          	lui	a0,0x80405
80403ea6:	64850513          	add	a0,a0,1608 # 80405648 <names.0+0x124>
80403eaa:	832fe0ef          	jal	80401edc <panic>
80403eae:	80405537          	lui	a0,0x80405
80403eb2:	5f450513          	add	a0,a0,1524 # 804055f4 <names.0+0xd0>
80403eb6:	826fe0ef          	jal	80401edc <panic>
80403eba:	80405537          	lui	a0,0x80405
80403ebe:	70850513          	add	a0,a0,1800 # 80405708 <names.0+0x1e4>
80403ec2:	81afe0ef          	jal	80401edc <panic>
80403ec6:	80405537          	lui	a0,0x80405
80403eca:	66850513          	add	a0,a0,1640 # 80405668 <names.0+0x144>
80403ece:	80efe0ef          	jal	80401edc <panic>

80403ed2 <fdt_parse>:
80403ed2:	7139                	add	sp,sp,-64
80403ed4:	da26                	sw	s1,52(sp)
80403ed6:	84ae                	mv	s1,a1
80403ed8:	dc22                	sw	s0,56(sp)
80403eda:	21c00613          	li	a2,540
80403ede:	842a                	mv	s0,a0
80403ee0:	4581                	li	a1,0
80403ee2:	8526                	mv	a0,s1
80403ee4:	de06                	sw	ra,60(sp)
80403ee6:	d84a                	sw	s2,48(sp)
80403ee8:	d64e                	sw	s3,44(sp)
80403eea:	d452                	sw	s4,40(sp)
80403eec:	d256                	sw	s5,36(sp)
80403eee:	f7afe0ef          	jal	80402668 <memset>
80403ef2:	12040c63          	beqz	s0,8040402a <fdt_parse+0x158>
80403ef6:	00347793          	and	a5,s0,3
80403efa:	12079863          	bnez	a5,8040402a <fdt_parse+0x158>
80403efe:	00044783          	lbu	a5,0(s0)
80403f02:	00144683          	lbu	a3,1(s0)
80403f06:	00344603          	lbu	a2,3(s0)
80403f0a:	00244703          	lbu	a4,2(s0)
80403f0e:	07e2                	sll	a5,a5,0x18
80403f10:	06c2                	sll	a3,a3,0x10
80403f12:	8fd5                	or	a5,a5,a3
80403f14:	0722                	sll	a4,a4,0x8
80403f16:	8fd1                	or	a5,a5,a2
80403f18:	8fd9                	or	a5,a5,a4
80403f1a:	d00e0737          	lui	a4,0xd00e0
80403f1e:	eed70713          	add	a4,a4,-275 # d00dfeed <kernel_end+0x4fbdfeed>
80403f22:	10e79463          	bne	a5,a4,8040402a <fdt_parse+0x158>
80403f26:	00444583          	lbu	a1,4(s0)
80403f2a:	00544903          	lbu	s2,5(s0)
80403f2e:	00844703          	lbu	a4,8(s0)
80403f32:	00944a83          	lbu	s5,9(s0)
80403f36:	00c44603          	lbu	a2,12(s0)
80403f3a:	00d44283          	lbu	t0,13(s0)
80403f3e:	02044683          	lbu	a3,32(s0)
80403f42:	02144f03          	lbu	t5,33(s0)
80403f46:	02444783          	lbu	a5,36(s0)
80403f4a:	02544e83          	lbu	t4,37(s0)
80403f4e:	00744a03          	lbu	s4,7(s0)
80403f52:	00644e03          	lbu	t3,6(s0)
80403f56:	0942                	sll	s2,s2,0x10
80403f58:	00b44983          	lbu	s3,11(s0)
80403f5c:	00a44303          	lbu	t1,10(s0)
80403f60:	00f44083          	lbu	ra,15(s0)
80403f64:	00e44883          	lbu	a7,14(s0)
80403f68:	02344383          	lbu	t2,35(s0)
80403f6c:	02244803          	lbu	a6,34(s0)
80403f70:	02744f83          	lbu	t6,39(s0)
80403f74:	02644503          	lbu	a0,38(s0)
80403f78:	05e2                	sll	a1,a1,0x18
80403f7a:	0125e5b3          	or	a1,a1,s2
80403f7e:	0762                	sll	a4,a4,0x18
80403f80:	010a9913          	sll	s2,s5,0x10
80403f84:	0662                	sll	a2,a2,0x18
80403f86:	02c2                	sll	t0,t0,0x10
80403f88:	06e2                	sll	a3,a3,0x18
80403f8a:	0f42                	sll	t5,t5,0x10
80403f8c:	07e2                	sll	a5,a5,0x18
80403f8e:	0ec2                	sll	t4,t4,0x10
80403f90:	0e22                	sll	t3,t3,0x8
80403f92:	0145e5b3          	or	a1,a1,s4
80403f96:	01276733          	or	a4,a4,s2
80403f9a:	00566633          	or	a2,a2,t0
80403f9e:	01e6e6b3          	or	a3,a3,t5
80403fa2:	01d7e7b3          	or	a5,a5,t4
80403fa6:	01376733          	or	a4,a4,s3
80403faa:	0322                	sll	t1,t1,0x8
80403fac:	00166633          	or	a2,a2,ra
80403fb0:	08a2                	sll	a7,a7,0x8
80403fb2:	0076e6b3          	or	a3,a3,t2
80403fb6:	0822                	sll	a6,a6,0x8
80403fb8:	01f7e7b3          	or	a5,a5,t6
80403fbc:	0522                	sll	a0,a0,0x8
80403fbe:	01c5e5b3          	or	a1,a1,t3
80403fc2:	01000e37          	lui	t3,0x1000
80403fc6:	00676733          	or	a4,a4,t1
80403fca:	01166633          	or	a2,a2,a7
80403fce:	0106e6b3          	or	a3,a3,a6
80403fd2:	8fc9                	or	a5,a5,a0
80403fd4:	04be6563          	bltu	t3,a1,8040401e <fdt_parse+0x14c>
80403fd8:	04e5e363          	bltu	a1,a4,8040401e <fdt_parse+0x14c>
80403fdc:	40e58533          	sub	a0,a1,a4
80403fe0:	02f56f63          	bltu	a0,a5,8040401e <fdt_parse+0x14c>
80403fe4:	02c5ed63          	bltu	a1,a2,8040401e <fdt_parse+0x14c>
80403fe8:	8d91                	sub	a1,a1,a2
80403fea:	02d5ea63          	bltu	a1,a3,8040401e <fdt_parse+0x14c>
80403fee:	00377593          	and	a1,a4,3
80403ff2:	e595                	bnez	a1,8040401e <fdt_parse+0x14c>
80403ff4:	97ba                	add	a5,a5,a4
80403ff6:	85a6                	mv	a1,s1
80403ff8:	0068                	add	a0,sp,12
80403ffa:	ca3e                	sw	a5,20(sp)
80403ffc:	c622                	sw	s0,12(sp)
80403ffe:	c83a                	sw	a4,16(sp)
80404000:	cc32                	sw	a2,24(sp)
80404002:	ce36                	sw	a3,28(sp)
80404004:	8c9ff0ef          	jal	804038cc <fdt_walk>
80404008:	40dc                	lw	a5,4(s1)
8040400a:	c79d                	beqz	a5,80404038 <fdt_parse+0x166>
8040400c:	50f2                	lw	ra,60(sp)
8040400e:	5462                	lw	s0,56(sp)
80404010:	54d2                	lw	s1,52(sp)
80404012:	5942                	lw	s2,48(sp)
80404014:	59b2                	lw	s3,44(sp)
80404016:	5a22                	lw	s4,40(sp)
80404018:	5a92                	lw	s5,36(sp)
8040401a:	6121                	add	sp,sp,64
8040401c:	8082                	ret
8040401e:	80405537          	lui	a0,0x80405
80404022:	77c50513          	add	a0,a0,1916 # 8040577c <names.0+0x258>
80404026:	eb7fd0ef          	jal	80401edc <panic>
8040402a:	80405537          	lui	a0,0x80405
8040402e:	85a2                	mv	a1,s0
80404030:	75c50513          	add	a0,a0,1884 # 8040575c <names.0+0x238>
80404034:	ea9fd0ef          	jal	80401edc <panic>
80404038:	80405537          	lui	a0,0x80405
8040403c:	79850513          	add	a0,a0,1944 # 80405798 <names.0+0x274>
80404040:	e9dfd0ef          	jal	80401edc <panic>

80404044 <genid_init>:
80404044:	804277b7          	lui	a5,0x80427
80404048:	06a7a823          	sw	a0,112(a5) # 80427070 <genid_base>
8040404c:	8082                	ret

8040404e <arch_genid>:
8040404e:	804277b7          	lui	a5,0x80427
80404052:	0707a783          	lw	a5,112(a5) # 80427070 <genid_base>
80404056:	cb99                	beqz	a5,8040406c <arch_genid+0x1e>
80404058:	4394                	lw	a3,0(a5)
8040405a:	43d8                	lw	a4,4(a5)
8040405c:	c118                	sw	a4,0(a0)
8040405e:	4798                	lw	a4,8(a5)
80404060:	c158                	sw	a4,4(a0)
80404062:	47d8                	lw	a4,12(a5)
80404064:	c518                	sw	a4,8(a0)
80404066:	4b98                	lw	a4,16(a5)
80404068:	87b6                	mv	a5,a3
8040406a:	c558                	sw	a4,12(a0)
8040406c:	853e                	mv	a0,a5
8040406e:	8082                	ret

80404070 <kvm_map>:
80404070:	7179                	add	sp,sp,-48
80404072:	d226                	sw	s1,36(sp)
80404074:	d606                	sw	ra,44(sp)
80404076:	d422                	sw	s0,40(sp)
80404078:	d04a                	sw	s2,32(sp)
8040407a:	ce4e                	sw	s3,28(sp)
8040407c:	cc52                	sw	s4,24(sp)
8040407e:	ca56                	sw	s5,20(sp)
80404080:	c85a                	sw	s6,16(sp)
80404082:	c65e                	sw	s7,12(sp)
80404084:	00c504b3          	add	s1,a0,a2
80404088:	04957763          	bgeu	a0,s1,804040d6 <kvm_map+0x66>
8040408c:	00400ab7          	lui	s5,0x400
80404090:	842a                	mv	s0,a0
80404092:	8b2e                	mv	s6,a1
80404094:	8936                	mv	s2,a3
80404096:	80427a37          	lui	s4,0x80427
8040409a:	fffa8993          	add	s3,s5,-1 # 3fffff <_entry-0x80000001>
8040409e:	6b85                	lui	s7,0x1
804040a0:	008b67b3          	or	a5,s6,s0
804040a4:	0137f7b3          	and	a5,a5,s3
804040a8:	078a2503          	lw	a0,120(s4) # 80427078 <kernel_pagetable>
804040ac:	c3a1                	beqz	a5,804040ec <kvm_map+0x7c>
804040ae:	4605                	li	a2,1
804040b0:	85a2                	mv	a1,s0
804040b2:	ed9fe0ef          	jal	80402f8a <pt_walk>
804040b6:	c13d                	beqz	a0,8040411c <kvm_map+0xac>
804040b8:	411c                	lw	a5,0(a0)
804040ba:	8b85                	and	a5,a5,1
804040bc:	e3a5                	bnez	a5,8040411c <kvm_map+0xac>
804040be:	00cb5793          	srl	a5,s6,0xc
804040c2:	07aa                	sll	a5,a5,0xa
804040c4:	0127e7b3          	or	a5,a5,s2
804040c8:	0c17e793          	or	a5,a5,193
804040cc:	c11c                	sw	a5,0(a0)
804040ce:	945e                	add	s0,s0,s7
804040d0:	9b5e                	add	s6,s6,s7
804040d2:	fc9467e3          	bltu	s0,s1,804040a0 <kvm_map+0x30>
804040d6:	50b2                	lw	ra,44(sp)
804040d8:	5422                	lw	s0,40(sp)
804040da:	5492                	lw	s1,36(sp)
804040dc:	5902                	lw	s2,32(sp)
804040de:	49f2                	lw	s3,28(sp)
804040e0:	4a62                	lw	s4,24(sp)
804040e2:	4ad2                	lw	s5,20(sp)
804040e4:	4b42                	lw	s6,16(sp)
804040e6:	4bb2                	lw	s7,12(sp)
804040e8:	6145                	add	sp,sp,48
804040ea:	8082                	ret
804040ec:	408487b3          	sub	a5,s1,s0
804040f0:	fb57efe3          	bltu	a5,s5,804040ae <kvm_map+0x3e>
804040f4:	01645793          	srl	a5,s0,0x16
804040f8:	078a                	sll	a5,a5,0x2
804040fa:	953e                	add	a0,a0,a5
804040fc:	411c                	lw	a5,0(a0)
804040fe:	8b85                	and	a5,a5,1
80404100:	e78d                	bnez	a5,8040412a <kvm_map+0xba>
80404102:	00cb5793          	srl	a5,s6,0xc
80404106:	07aa                	sll	a5,a5,0xa
80404108:	0127e7b3          	or	a5,a5,s2
8040410c:	0c17e793          	or	a5,a5,193
80404110:	c11c                	sw	a5,0(a0)
80404112:	9456                	add	s0,s0,s5
80404114:	9b56                	add	s6,s6,s5
80404116:	f89465e3          	bltu	s0,s1,804040a0 <kvm_map+0x30>
8040411a:	bf75                	j	804040d6 <kvm_map+0x66>
8040411c:	80405537          	lui	a0,0x80405
80404120:	85a2                	mv	a1,s0
80404122:	7d050513          	add	a0,a0,2000 # 804057d0 <names.0+0x2ac>
80404126:	db7fd0ef          	jal	80401edc <panic>
8040412a:	80405537          	lui	a0,0x80405
8040412e:	85a2                	mv	a1,s0
80404130:	7b450513          	add	a0,a0,1972 # 804057b4 <names.0+0x290>
80404134:	da9fd0ef          	jal	80401edc <panic>

80404138 <kvm_init>:
80404138:	1141                	add	sp,sp,-16
8040413a:	c422                	sw	s0,8(sp)
8040413c:	c226                	sw	s1,4(sp)
8040413e:	c606                	sw	ra,12(sp)
80404140:	842a                	mv	s0,a0
80404142:	804274b7          	lui	s1,0x80427
80404146:	ef8fd0ef          	jal	8040183e <kalloc>
8040414a:	06a4ac23          	sw	a0,120(s1) # 80427078 <kernel_pagetable>
8040414e:	c971                	beqz	a0,80404222 <kvm_init+0xea>
80404150:	405c                	lw	a5,4(s0)
80404152:	7fc00637          	lui	a2,0x7fc00
80404156:	46b9                	li	a3,14
80404158:	963e                	add	a2,a2,a5
8040415a:	804005b7          	lui	a1,0x80400
8040415e:	80400537          	lui	a0,0x80400
80404162:	f0fff0ef          	jal	80404070 <kvm_map>
80404166:	4699                	li	a3,6
80404168:	00600637          	lui	a2,0x600
8040416c:	0c0005b7          	lui	a1,0xc000
80404170:	0c000537          	lui	a0,0xc000
80404174:	efdff0ef          	jal	80404070 <kvm_map>
80404178:	4699                	li	a3,6
8040417a:	6605                	lui	a2,0x1
8040417c:	100005b7          	lui	a1,0x10000
80404180:	10000537          	lui	a0,0x10000
80404184:	eedff0ef          	jal	80404070 <kvm_map>
80404188:	20842783          	lw	a5,520(s0)
8040418c:	ef9d                	bnez	a5,804041ca <kvm_init+0x92>
8040418e:	21842583          	lw	a1,536(s0)
80404192:	eda1                	bnez	a1,804041ea <kvm_init+0xb2>
80404194:	21042783          	lw	a5,528(s0)
80404198:	e7bd                	bnez	a5,80404206 <kvm_init+0xce>
8040419a:	804276b7          	lui	a3,0x80427
8040419e:	0784a783          	lw	a5,120(s1)
804041a2:	0746a703          	lw	a4,116(a3) # 80427074 <active_pagetable>
804041a6:	00e78d63          	beq	a5,a4,804041c0 <kvm_init+0x88>
804041aa:	00c7d713          	srl	a4,a5,0xc
804041ae:	80000637          	lui	a2,0x80000
804041b2:	8f51                	or	a4,a4,a2
804041b4:	18071073          	csrw	satp,a4
804041b8:	12000073          	sfence.vma
804041bc:	06f6aa23          	sw	a5,116(a3)
804041c0:	40b2                	lw	ra,12(sp)
804041c2:	4422                	lw	s0,8(sp)
804041c4:	4492                	lw	s1,4(sp)
804041c6:	0141                	add	sp,sp,16
804041c8:	8082                	ret
804041ca:	20c42583          	lw	a1,524(s0)
804041ce:	6609                	lui	a2,0x2
804041d0:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
804041d2:	77fd                	lui	a5,0xfffff
804041d4:	962e                	add	a2,a2,a1
804041d6:	8e7d                	and	a2,a2,a5
804041d8:	8dfd                	and	a1,a1,a5
804041da:	8e0d                	sub	a2,a2,a1
804041dc:	852e                	mv	a0,a1
804041de:	4699                	li	a3,6
804041e0:	e91ff0ef          	jal	80404070 <kvm_map>
804041e4:	21842583          	lw	a1,536(s0)
804041e8:	d5d5                	beqz	a1,80404194 <kvm_init+0x5c>
804041ea:	6609                	lui	a2,0x2
804041ec:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
804041ee:	77fd                	lui	a5,0xfffff
804041f0:	962e                	add	a2,a2,a1
804041f2:	8e7d                	and	a2,a2,a5
804041f4:	8dfd                	and	a1,a1,a5
804041f6:	4699                	li	a3,6
804041f8:	8e0d                	sub	a2,a2,a1
804041fa:	852e                	mv	a0,a1
804041fc:	e75ff0ef          	jal	80404070 <kvm_map>
80404200:	21042783          	lw	a5,528(s0)
80404204:	dbd9                	beqz	a5,8040419a <kvm_init+0x62>
80404206:	21442583          	lw	a1,532(s0)
8040420a:	6609                	lui	a2,0x2
8040420c:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
8040420e:	77fd                	lui	a5,0xfffff
80404210:	962e                	add	a2,a2,a1
80404212:	8e7d                	and	a2,a2,a5
80404214:	8dfd                	and	a1,a1,a5
80404216:	4699                	li	a3,6
80404218:	8e0d                	sub	a2,a2,a1
8040421a:	852e                	mv	a0,a1
8040421c:	e55ff0ef          	jal	80404070 <kvm_map>
80404220:	bfad                	j	8040419a <kvm_init+0x62>
80404222:	80405537          	lui	a0,0x80405
80404226:	7e850513          	add	a0,a0,2024 # 804057e8 <names.0+0x2c4>
8040422a:	cb3fd0ef          	jal	80401edc <panic>

8040422e <vm_switch>:
8040422e:	80427737          	lui	a4,0x80427
80404232:	07472783          	lw	a5,116(a4) # 80427074 <active_pagetable>
80404236:	00a78d63          	beq	a5,a0,80404250 <vm_switch+0x22>
8040423a:	00c55793          	srl	a5,a0,0xc
8040423e:	800006b7          	lui	a3,0x80000
80404242:	8fd5                	or	a5,a5,a3
80404244:	18079073          	csrw	satp,a5
80404248:	12000073          	sfence.vma
8040424c:	06a72a23          	sw	a0,116(a4)
80404250:	8082                	ret

80404252 <uvm_create>:
80404252:	1141                	add	sp,sp,-16
80404254:	c422                	sw	s0,8(sp)
80404256:	c606                	sw	ra,12(sp)
80404258:	de6fd0ef          	jal	8040183e <kalloc>
8040425c:	842a                	mv	s0,a0
8040425e:	cd11                	beqz	a0,8040427a <uvm_create+0x28>
80404260:	804277b7          	lui	a5,0x80427
80404264:	0787a583          	lw	a1,120(a5) # 80427078 <kernel_pagetable>
80404268:	6605                	lui	a2,0x1
8040426a:	f4060613          	add	a2,a2,-192 # f40 <_entry-0x803ff0c0>
8040426e:	0c058593          	add	a1,a1,192 # 100000c0 <_entry-0x703fff40>
80404272:	0c050513          	add	a0,a0,192
80404276:	c34fe0ef          	jal	804026aa <memcpy>
8040427a:	40b2                	lw	ra,12(sp)
8040427c:	8522                	mv	a0,s0
8040427e:	4422                	lw	s0,8(sp)
80404280:	0141                	add	sp,sp,16
80404282:	8082                	ret

80404284 <arch_pt_alloc>:
80404284:	dbafd06f          	j	8040183e <kalloc>

80404288 <arch_pt_unpin>:
80404288:	804277b7          	lui	a5,0x80427
8040428c:	0747a783          	lw	a5,116(a5) # 80427074 <active_pagetable>
80404290:	00a78363          	beq	a5,a0,80404296 <arch_pt_unpin+0xe>
80404294:	8082                	ret
80404296:	80406537          	lui	a0,0x80406
8040429a:	1141                	add	sp,sp,-16
8040429c:	80050513          	add	a0,a0,-2048 # 80405800 <names.0+0x2dc>
804042a0:	c606                	sw	ra,12(sp)
804042a2:	c3bfd0ef          	jal	80401edc <panic>

804042a6 <arch_pt_free>:
804042a6:	dc2fd06f          	j	80401868 <kfree>

804042aa <arch_pt_link>:
804042aa:	81b1                	srl	a1,a1,0xc
804042ac:	05aa                	sll	a1,a1,0xa
804042ae:	0015e593          	or	a1,a1,1
804042b2:	c10c                	sw	a1,0(a0)
804042b4:	8082                	ret

804042b6 <arch_pt_set>:
804042b6:	c10c                	sw	a1,0(a0)
804042b8:	8082                	ret

804042ba <arch_pt_commit>:
804042ba:	804277b7          	lui	a5,0x80427
804042be:	0747a783          	lw	a5,116(a5) # 80427074 <active_pagetable>
804042c2:	00a78363          	beq	a5,a0,804042c8 <arch_pt_commit+0xe>
804042c6:	8082                	ret
804042c8:	12000073          	sfence.vma
804042cc:	8082                	ret

804042ce <net_init>:
804042ce:	4118                	lw	a4,0(a0)
804042d0:	ff0105b7          	lui	a1,0xff010
804042d4:	15fd                	add	a1,a1,-1 # ff00ffff <kernel_end+0x7eb0ffff>
804042d6:	00875613          	srl	a2,a4,0x8
804042da:	0ff67613          	zext.b	a2,a2
804042de:	0622                	sll	a2,a2,0x8
804042e0:	0ff77793          	zext.b	a5,a4
804042e4:	8fd1                	or	a5,a5,a2
804042e6:	00ff0637          	lui	a2,0xff0
804042ea:	8e79                	and	a2,a2,a4
804042ec:	8fed                	and	a5,a5,a1
804042ee:	8fd1                	or	a5,a5,a2
804042f0:	414c                	lw	a1,4(a0)
804042f2:	8361                	srl	a4,a4,0x18
804042f4:	07a2                	sll	a5,a5,0x8
804042f6:	80427637          	lui	a2,0x80427
804042fa:	0762                	sll	a4,a4,0x18
804042fc:	83a1                	srl	a5,a5,0x8
804042fe:	86aa                	mv	a3,a0
80404300:	8fd9                	or	a5,a5,a4
80404302:	80427837          	lui	a6,0x80427
80404306:	07c60713          	add	a4,a2,124 # 8042707c <mac>
8040430a:	4535                	li	a0,13
8040430c:	08d82223          	sw	a3,132(a6) # 80427084 <net_base>
80404310:	06f62e23          	sw	a5,124(a2)
80404314:	00b71223          	sh	a1,4(a4)
80404318:	aaa1                	j	80404470 <plic_enable>

8040431a <arch_net_refresh>:
8040431a:	804277b7          	lui	a5,0x80427
8040431e:	0847a683          	lw	a3,132(a5) # 80427084 <net_base>
80404322:	e291                	bnez	a3,80404326 <arch_net_refresh+0xc>
80404324:	8082                	ret
80404326:	4298                	lw	a4,0(a3)
80404328:	ff0105b7          	lui	a1,0xff010
8040432c:	15fd                	add	a1,a1,-1 # ff00ffff <kernel_end+0x7eb0ffff>
8040432e:	00875613          	srl	a2,a4,0x8
80404332:	0ff67613          	zext.b	a2,a2
80404336:	0622                	sll	a2,a2,0x8
80404338:	0ff77793          	zext.b	a5,a4
8040433c:	8fd1                	or	a5,a5,a2
8040433e:	00ff0637          	lui	a2,0xff0
80404342:	8e79                	and	a2,a2,a4
80404344:	8fed                	and	a5,a5,a1
80404346:	8fd1                	or	a5,a5,a2
80404348:	8361                	srl	a4,a4,0x18
8040434a:	42d0                	lw	a2,4(a3)
8040434c:	07a2                	sll	a5,a5,0x8
8040434e:	804276b7          	lui	a3,0x80427
80404352:	0762                	sll	a4,a4,0x18
80404354:	83a1                	srl	a5,a5,0x8
80404356:	8fd9                	or	a5,a5,a4
80404358:	07c68713          	add	a4,a3,124 # 8042707c <mac>
8040435c:	06f6ae23          	sw	a5,124(a3)
80404360:	00c71223          	sh	a2,4(a4)
80404364:	8082                	ret

80404366 <arch_net_mac>:
80404366:	804277b7          	lui	a5,0x80427
8040436a:	0847a783          	lw	a5,132(a5) # 80427084 <net_base>
8040436e:	4501                	li	a0,0
80404370:	c789                	beqz	a5,8040437a <arch_net_mac+0x14>
80404372:	80427537          	lui	a0,0x80427
80404376:	07c50513          	add	a0,a0,124 # 8042707c <mac>
8040437a:	8082                	ret

8040437c <arch_net_send>:
8040437c:	804277b7          	lui	a5,0x80427
80404380:	0847a303          	lw	t1,132(a5) # 80427084 <net_base>
80404384:	04030163          	beqz	t1,804043c6 <arch_net_send+0x4a>
80404388:	00b32423          	sw	a1,8(t1) # c000008 <_entry-0x743ffff8>
8040438c:	c985                	beqz	a1,804043bc <arch_net_send+0x40>
8040438e:	4801                	li	a6,0
80404390:	87c2                	mv	a5,a6
80404392:	4681                	li	a3,0
80404394:	4601                	li	a2,0
80404396:	48e1                	li	a7,24
80404398:	00f50733          	add	a4,a0,a5
8040439c:	00074703          	lbu	a4,0(a4)
804043a0:	0785                	add	a5,a5,1
804043a2:	00d71733          	sll	a4,a4,a3
804043a6:	8e59                	or	a2,a2,a4
804043a8:	01168563          	beq	a3,a7,804043b2 <arch_net_send+0x36>
804043ac:	06a1                	add	a3,a3,8
804043ae:	feb7e5e3          	bltu	a5,a1,80404398 <arch_net_send+0x1c>
804043b2:	00c32623          	sw	a2,12(t1)
804043b6:	0811                	add	a6,a6,4
804043b8:	fcb86ce3          	bltu	a6,a1,80404390 <arch_net_send+0x14>
804043bc:	4785                	li	a5,1
804043be:	00f32823          	sw	a5,16(t1)
804043c2:	4501                	li	a0,0
804043c4:	8082                	ret
804043c6:	557d                	li	a0,-1
804043c8:	8082                	ret

804043ca <net_intr>:
804043ca:	1101                	add	sp,sp,-32
804043cc:	c452                	sw	s4,8(sp)
804043ce:	80427a37          	lui	s4,0x80427
804043d2:	084a2503          	lw	a0,132(s4) # 80427084 <net_base>
804043d6:	ce06                	sw	ra,28(sp)
804043d8:	cc22                	sw	s0,24(sp)
804043da:	ca26                	sw	s1,20(sp)
804043dc:	c84a                	sw	s2,16(sp)
804043de:	c64e                	sw	s3,12(sp)
804043e0:	c256                	sw	s5,4(sp)
804043e2:	cd35                	beqz	a0,8040445e <net_intr+0x94>
804043e4:	7941                	lui	s2,0xffff0
804043e6:	ff0104b7          	lui	s1,0xff010
804043ea:	01000437          	lui	s0,0x1000
804043ee:	5ea00a93          	li	s5,1514
804043f2:	804ff9b7          	lui	s3,0x804ff
804043f6:	0ff90913          	add	s2,s2,255 # ffff00ff <kernel_end+0x7faf00ff>
804043fa:	14fd                	add	s1,s1,-1 # ff00ffff <kernel_end+0x7eb0ffff>
804043fc:	147d                	add	s0,s0,-1 # ffffff <_entry-0x7f400001>
804043fe:	494c                	lw	a1,20(a0)
80404400:	cdb9                	beqz	a1,8040445e <net_intr+0x94>
80404402:	04bae963          	bltu	s5,a1,80404454 <net_intr+0x8a>
80404406:	f3c98613          	add	a2,s3,-196 # 804fef3c <rx_frame>
8040440a:	fff58813          	add	a6,a1,-1
8040440e:	ffc87813          	and	a6,a6,-4
80404412:	00460793          	add	a5,a2,4 # ff0004 <_entry-0x7f40fffc>
80404416:	0561                	add	a0,a0,24
80404418:	983e                	add	a6,a6,a5
8040441a:	4118                	lw	a4,0(a0)
8040441c:	0611                	add	a2,a2,4
8040441e:	00875693          	srl	a3,a4,0x8
80404422:	0ff77793          	zext.b	a5,a4
80404426:	0ff6f693          	zext.b	a3,a3
8040442a:	06a2                	sll	a3,a3,0x8
8040442c:	0127f7b3          	and	a5,a5,s2
80404430:	8fd5                	or	a5,a5,a3
80404432:	00ff06b7          	lui	a3,0xff0
80404436:	8ef9                	and	a3,a3,a4
80404438:	8fe5                	and	a5,a5,s1
8040443a:	8fd5                	or	a5,a5,a3
8040443c:	8361                	srl	a4,a4,0x18
8040443e:	0762                	sll	a4,a4,0x18
80404440:	8fe1                	and	a5,a5,s0
80404442:	8fd9                	or	a5,a5,a4
80404444:	fef62e23          	sw	a5,-4(a2)
80404448:	fcc819e3          	bne	a6,a2,8040441a <net_intr+0x50>
8040444c:	f3c98513          	add	a0,s3,-196
80404450:	e20fd0ef          	jal	80401a70 <net_input>
80404454:	084a2503          	lw	a0,132(s4)
80404458:	4789                	li	a5,2
8040445a:	c91c                	sw	a5,16(a0)
8040445c:	f14d                	bnez	a0,804043fe <net_intr+0x34>
8040445e:	40f2                	lw	ra,28(sp)
80404460:	4462                	lw	s0,24(sp)
80404462:	44d2                	lw	s1,20(sp)
80404464:	4942                	lw	s2,16(sp)
80404466:	49b2                	lw	s3,12(sp)
80404468:	4a22                	lw	s4,8(sp)
8040446a:	4a92                	lw	s5,4(sp)
8040446c:	6105                	add	sp,sp,32
8040446e:	8082                	ret

80404470 <plic_enable>:
80404470:	6705                	lui	a4,0x1
80404472:	82070713          	add	a4,a4,-2016 # 820 <_entry-0x803ff7e0>
80404476:	00555793          	srl	a5,a0,0x5
8040447a:	0c000637          	lui	a2,0xc000
8040447e:	97ba                	add	a5,a5,a4
80404480:	00251693          	sll	a3,a0,0x2
80404484:	4705                	li	a4,1
80404486:	96b2                	add	a3,a3,a2
80404488:	078a                	sll	a5,a5,0x2
8040448a:	c298                	sw	a4,0(a3)
8040448c:	97b2                	add	a5,a5,a2
8040448e:	4394                	lw	a3,0(a5)
80404490:	00a71733          	sll	a4,a4,a0
80404494:	8f55                	or	a4,a4,a3
80404496:	c398                	sw	a4,0(a5)
80404498:	8082                	ret

8040449a <plic_init>:
8040449a:	0c0007b7          	lui	a5,0xc000
8040449e:	4705                	li	a4,1
804044a0:	d798                	sw	a4,40(a5)
804044a2:	0c002737          	lui	a4,0xc002
804044a6:	08072783          	lw	a5,128(a4) # c002080 <_entry-0x743fdf80>
804044aa:	4007e793          	or	a5,a5,1024
804044ae:	08f72023          	sw	a5,128(a4)
804044b2:	0c2017b7          	lui	a5,0xc201
804044b6:	0007a023          	sw	zero,0(a5) # c201000 <_entry-0x741ff000>
804044ba:	8082                	ret

804044bc <plic_claim>:
804044bc:	0c2017b7          	lui	a5,0xc201
804044c0:	43c8                	lw	a0,4(a5)
804044c2:	8082                	ret

804044c4 <plic_complete>:
804044c4:	0c2017b7          	lui	a5,0xc201
804044c8:	c3c8                	sw	a0,4(a5)
804044ca:	8082                	ret

804044cc <sbi_init>:
804044cc:	54495537          	lui	a0,0x54495
804044d0:	d4550513          	add	a0,a0,-699 # 54494d45 <_entry-0x2bf6b2bb>
804044d4:	4581                	li	a1,0
804044d6:	4601                	li	a2,0
804044d8:	480d                	li	a6,3
804044da:	48c1                	li	a7,16
804044dc:	00000073          	ecall
804044e0:	4781                	li	a5,0
804044e2:	e119                	bnez	a0,804044e8 <sbi_init+0x1c>
804044e4:	00b037b3          	snez	a5,a1
804044e8:	80427737          	lui	a4,0x80427
804044ec:	08f72423          	sw	a5,136(a4) # 80427088 <have_time_ext>
804044f0:	8082                	ret

804044f2 <sbi_set_timer>:
804044f2:	804277b7          	lui	a5,0x80427
804044f6:	0887a783          	lw	a5,136(a5) # 80427088 <have_time_ext>
804044fa:	4601                	li	a2,0
804044fc:	4801                	li	a6,0
804044fe:	cb81                	beqz	a5,8040450e <sbi_set_timer+0x1c>
80404500:	544958b7          	lui	a7,0x54495
80404504:	d4588893          	add	a7,a7,-699 # 54494d45 <_entry-0x2bf6b2bb>
80404508:	00000073          	ecall
8040450c:	8082                	ret
8040450e:	4881                	li	a7,0
80404510:	00000073          	ecall
80404514:	8082                	ret

80404516 <sbi_shutdown>:
80404516:	535258b7          	lui	a7,0x53525
8040451a:	85aa                	mv	a1,a0
8040451c:	4601                	li	a2,0
8040451e:	4501                	li	a0,0
80404520:	4801                	li	a6,0
80404522:	35488893          	add	a7,a7,852 # 53525354 <_entry-0x2cedacac>
80404526:	00000073          	ecall
8040452a:	10500073          	wfi
8040452e:	10500073          	wfi
80404532:	bfe5                	j	8040452a <sbi_shutdown+0x14>

80404534 <trap_init>:
80404534:	4781                	li	a5,0
80404536:	14079073          	csrw	sscratch,a5
8040453a:	479d                	li	a5,7
8040453c:	10679073          	csrw	scounteren,a5
80404540:	804047b7          	lui	a5,0x80404
80404544:	69078793          	add	a5,a5,1680 # 80404690 <trap_vector>
80404548:	10579073          	csrw	stvec,a5
8040454c:	22000793          	li	a5,544
80404550:	1047a073          	csrs	sie,a5
80404554:	8082                	ret

80404556 <arch_interrupt>:
80404556:	1101                	add	sp,sp,-32
80404558:	cc22                	sw	s0,24(sp)
8040455a:	00151413          	sll	s0,a0,0x1
8040455e:	ce06                	sw	ra,28(sp)
80404560:	8005                	srl	s0,s0,0x1
80404562:	4795                	li	a5,5
80404564:	00f40d63          	beq	s0,a5,8040457e <arch_interrupt+0x28>
80404568:	47a5                	li	a5,9
8040456a:	02f40463          	beq	s0,a5,80404592 <arch_interrupt+0x3c>
8040456e:	40f2                	lw	ra,28(sp)
80404570:	ffb40513          	add	a0,s0,-5
80404574:	4462                	lw	s0,24(sp)
80404576:	00153513          	seqz	a0,a0
8040457a:	6105                	add	sp,sp,32
8040457c:	8082                	ret
8040457e:	fd0fe0ef          	jal	80402d4e <timer_intr>
80404582:	40f2                	lw	ra,28(sp)
80404584:	ffb40513          	add	a0,s0,-5
80404588:	4462                	lw	s0,24(sp)
8040458a:	00153513          	seqz	a0,a0
8040458e:	6105                	add	sp,sp,32
80404590:	8082                	ret
80404592:	f2bff0ef          	jal	804044bc <plic_claim>
80404596:	47a9                	li	a5,10
80404598:	02f50063          	beq	a0,a5,804045b8 <arch_interrupt+0x62>
8040459c:	47b5                	li	a5,13
8040459e:	02f50163          	beq	a0,a5,804045c0 <arch_interrupt+0x6a>
804045a2:	d571                	beqz	a0,8040456e <arch_interrupt+0x18>
804045a4:	f21ff0ef          	jal	804044c4 <plic_complete>
804045a8:	40f2                	lw	ra,28(sp)
804045aa:	ffb40513          	add	a0,s0,-5
804045ae:	4462                	lw	s0,24(sp)
804045b0:	00153513          	seqz	a0,a0
804045b4:	6105                	add	sp,sp,32
804045b6:	8082                	ret
804045b8:	c62a                	sw	a0,12(sp)
804045ba:	2099                	jal	80404600 <uart_intr>
804045bc:	4532                	lw	a0,12(sp)
804045be:	b7dd                	j	804045a4 <arch_interrupt+0x4e>
804045c0:	c62a                	sw	a0,12(sp)
804045c2:	e09ff0ef          	jal	804043ca <net_intr>
804045c6:	4532                	lw	a0,12(sp)
804045c8:	bff1                	j	804045a4 <arch_interrupt+0x4e>

804045ca <arch_user_return>:
804045ca:	1141                	add	sp,sp,-16
804045cc:	c606                	sw	ra,12(sp)
804045ce:	10000793          	li	a5,256
804045d2:	1007b073          	csrc	sstatus,a5
804045d6:	02000793          	li	a5,32
804045da:	1007a073          	csrs	sstatus,a5
804045de:	2ad1                	jal	804047b2 <user_return>

804045e0 <arch_idle>:
804045e0:	10500073          	wfi
804045e4:	4789                	li	a5,2
804045e6:	1007a073          	csrs	sstatus,a5
804045ea:	1007b073          	csrc	sstatus,a5
804045ee:	8082                	ret

804045f0 <arch_set_timer>:
804045f0:	f03ff06f          	j	804044f2 <sbi_set_timer>

804045f4 <uart_init>:
804045f4:	100007b7          	lui	a5,0x10000
804045f8:	4705                	li	a4,1
804045fa:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
804045fe:	8082                	ret

80404600 <uart_intr>:
80404600:	1141                	add	sp,sp,-16
80404602:	c422                	sw	s0,8(sp)
80404604:	c606                	sw	ra,12(sp)
80404606:	10000437          	lui	s0,0x10000
8040460a:	a809                	j	8040461c <uart_intr+0x1c>
8040460c:	00544783          	lbu	a5,5(s0) # 10000005 <_entry-0x703ffffb>
80404610:	8b85                	and	a5,a5,1
80404612:	c395                	beqz	a5,80404636 <uart_intr+0x36>
80404614:	00044503          	lbu	a0,0(s0)
80404618:	c39fb0ef          	jal	80400250 <console_input>
8040461c:	c1bfb0ef          	jal	80400236 <console_room>
80404620:	fea046e3          	bgtz	a0,8040460c <uart_intr+0xc>
80404624:	804277b7          	lui	a5,0x80427
80404628:	4705                	li	a4,1
8040462a:	08e7a623          	sw	a4,140(a5) # 8042708c <rx_paused>
8040462e:	100007b7          	lui	a5,0x10000
80404632:	000780a3          	sb	zero,1(a5) # 10000001 <_entry-0x703fffff>
80404636:	40b2                	lw	ra,12(sp)
80404638:	4422                	lw	s0,8(sp)
8040463a:	0141                	add	sp,sp,16
8040463c:	8082                	ret

8040463e <arch_console_putc>:
8040463e:	10000737          	lui	a4,0x10000
80404642:	00574783          	lbu	a5,5(a4) # 10000005 <_entry-0x703ffffb>
80404646:	0207f793          	and	a5,a5,32
8040464a:	dfe5                	beqz	a5,80404642 <arch_console_putc+0x4>
8040464c:	0ff57513          	zext.b	a0,a0
80404650:	00a70023          	sb	a0,0(a4)
80404654:	8082                	ret

80404656 <arch_console_flush>:
80404656:	8082                	ret

80404658 <uart_drain>:
80404658:	000f4737          	lui	a4,0xf4
8040465c:	24070713          	add	a4,a4,576 # f4240 <_entry-0x8030bdc0>
80404660:	100006b7          	lui	a3,0x10000
80404664:	a011                	j	80404668 <uart_drain+0x10>
80404666:	c719                	beqz	a4,80404674 <uart_drain+0x1c>
80404668:	0056c783          	lbu	a5,5(a3) # 10000005 <_entry-0x703ffffb>
8040466c:	177d                	add	a4,a4,-1
8040466e:	0407f793          	and	a5,a5,64
80404672:	dbf5                	beqz	a5,80404666 <uart_drain+0xe>
80404674:	8082                	ret

80404676 <arch_console_rx_resume>:
80404676:	804277b7          	lui	a5,0x80427
8040467a:	08c7a703          	lw	a4,140(a5) # 8042708c <rx_paused>
8040467e:	cb01                	beqz	a4,8040468e <arch_console_rx_resume+0x18>
80404680:	0807a623          	sw	zero,140(a5)
80404684:	4705                	li	a4,1
80404686:	100007b7          	lui	a5,0x10000
8040468a:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
8040468e:	8082                	ret

80404690 <trap_vector>:
80404690:	14011173          	csrrw	sp,sscratch,sp
80404694:	06010563          	beqz	sp,804046fe <from_kernel>
80404698:	c206                	sw	ra,4(sp)
8040469a:	c60e                	sw	gp,12(sp)
8040469c:	c812                	sw	tp,16(sp)
8040469e:	ca16                	sw	t0,20(sp)
804046a0:	cc1a                	sw	t1,24(sp)
804046a2:	ce1e                	sw	t2,28(sp)
804046a4:	d022                	sw	s0,32(sp)
804046a6:	d226                	sw	s1,36(sp)
804046a8:	d42a                	sw	a0,40(sp)
804046aa:	d62e                	sw	a1,44(sp)
804046ac:	d832                	sw	a2,48(sp)
804046ae:	da36                	sw	a3,52(sp)
804046b0:	dc3a                	sw	a4,56(sp)
804046b2:	de3e                	sw	a5,60(sp)
804046b4:	c0c2                	sw	a6,64(sp)
804046b6:	c2c6                	sw	a7,68(sp)
804046b8:	c4ca                	sw	s2,72(sp)
804046ba:	c6ce                	sw	s3,76(sp)
804046bc:	c8d2                	sw	s4,80(sp)
804046be:	cad6                	sw	s5,84(sp)
804046c0:	ccda                	sw	s6,88(sp)
804046c2:	cede                	sw	s7,92(sp)
804046c4:	d0e2                	sw	s8,96(sp)
804046c6:	d2e6                	sw	s9,100(sp)
804046c8:	d4ea                	sw	s10,104(sp)
804046ca:	d6ee                	sw	s11,108(sp)
804046cc:	d8f2                	sw	t3,112(sp)
804046ce:	daf6                	sw	t4,116(sp)
804046d0:	dcfa                	sw	t5,120(sp)
804046d2:	defe                	sw	t6,124(sp)
804046d4:	140022f3          	csrr	t0,sscratch
804046d8:	c416                	sw	t0,8(sp)
804046da:	14001073          	csrw	sscratch,zero
804046de:	141022f3          	csrr	t0,sepc
804046e2:	c116                	sw	t0,128(sp)
804046e4:	100022f3          	csrr	t0,sstatus
804046e8:	c316                	sw	t0,132(sp)
804046ea:	142022f3          	csrr	t0,scause
804046ee:	c516                	sw	t0,136(sp)
804046f0:	143022f3          	csrr	t0,stval
804046f4:	c716                	sw	t0,140(sp)
804046f6:	850a                	mv	a0,sp
804046f8:	f9cfe0ef          	jal	80402e94 <user_trap>
804046fc:	a001                	j	804046fc <trap_vector+0x6c>

804046fe <from_kernel>:
804046fe:	14011173          	csrrw	sp,sscratch,sp
80404702:	7175                	add	sp,sp,-144
80404704:	c206                	sw	ra,4(sp)
80404706:	c60e                	sw	gp,12(sp)
80404708:	c812                	sw	tp,16(sp)
8040470a:	ca16                	sw	t0,20(sp)
8040470c:	cc1a                	sw	t1,24(sp)
8040470e:	ce1e                	sw	t2,28(sp)
80404710:	d022                	sw	s0,32(sp)
80404712:	d226                	sw	s1,36(sp)
80404714:	d42a                	sw	a0,40(sp)
80404716:	d62e                	sw	a1,44(sp)
80404718:	d832                	sw	a2,48(sp)
8040471a:	da36                	sw	a3,52(sp)
8040471c:	dc3a                	sw	a4,56(sp)
8040471e:	de3e                	sw	a5,60(sp)
80404720:	c0c2                	sw	a6,64(sp)
80404722:	c2c6                	sw	a7,68(sp)
80404724:	c4ca                	sw	s2,72(sp)
80404726:	c6ce                	sw	s3,76(sp)
80404728:	c8d2                	sw	s4,80(sp)
8040472a:	cad6                	sw	s5,84(sp)
8040472c:	ccda                	sw	s6,88(sp)
8040472e:	cede                	sw	s7,92(sp)
80404730:	d0e2                	sw	s8,96(sp)
80404732:	d2e6                	sw	s9,100(sp)
80404734:	d4ea                	sw	s10,104(sp)
80404736:	d6ee                	sw	s11,108(sp)
80404738:	d8f2                	sw	t3,112(sp)
8040473a:	daf6                	sw	t4,116(sp)
8040473c:	dcfa                	sw	t5,120(sp)
8040473e:	defe                	sw	t6,124(sp)
80404740:	09010293          	add	t0,sp,144
80404744:	c416                	sw	t0,8(sp)
80404746:	141022f3          	csrr	t0,sepc
8040474a:	c116                	sw	t0,128(sp)
8040474c:	100022f3          	csrr	t0,sstatus
80404750:	c316                	sw	t0,132(sp)
80404752:	142022f3          	csrr	t0,scause
80404756:	c516                	sw	t0,136(sp)
80404758:	143022f3          	csrr	t0,stval
8040475c:	c716                	sw	t0,140(sp)
8040475e:	850a                	mv	a0,sp
80404760:	fc6fe0ef          	jal	80402f26 <kernel_trap>
80404764:	428a                	lw	t0,128(sp)
80404766:	14129073          	csrw	sepc,t0
8040476a:	429a                	lw	t0,132(sp)
8040476c:	10029073          	csrw	sstatus,t0
80404770:	4092                	lw	ra,4(sp)
80404772:	41b2                	lw	gp,12(sp)
80404774:	4242                	lw	tp,16(sp)
80404776:	42d2                	lw	t0,20(sp)
80404778:	4362                	lw	t1,24(sp)
8040477a:	43f2                	lw	t2,28(sp)
8040477c:	5402                	lw	s0,32(sp)
8040477e:	5492                	lw	s1,36(sp)
80404780:	5522                	lw	a0,40(sp)
80404782:	55b2                	lw	a1,44(sp)
80404784:	5642                	lw	a2,48(sp)
80404786:	56d2                	lw	a3,52(sp)
80404788:	5762                	lw	a4,56(sp)
8040478a:	57f2                	lw	a5,60(sp)
8040478c:	4806                	lw	a6,64(sp)
8040478e:	4896                	lw	a7,68(sp)
80404790:	4926                	lw	s2,72(sp)
80404792:	49b6                	lw	s3,76(sp)
80404794:	4a46                	lw	s4,80(sp)
80404796:	4ad6                	lw	s5,84(sp)
80404798:	4b66                	lw	s6,88(sp)
8040479a:	4bf6                	lw	s7,92(sp)
8040479c:	5c06                	lw	s8,96(sp)
8040479e:	5c96                	lw	s9,100(sp)
804047a0:	5d26                	lw	s10,104(sp)
804047a2:	5db6                	lw	s11,108(sp)
804047a4:	5e46                	lw	t3,112(sp)
804047a6:	5ed6                	lw	t4,116(sp)
804047a8:	5f66                	lw	t5,120(sp)
804047aa:	5ff6                	lw	t6,124(sp)
804047ac:	6149                	add	sp,sp,144
804047ae:	10200073          	sret

804047b2 <user_return>:
804047b2:	14051073          	csrw	sscratch,a0
804047b6:	08052283          	lw	t0,128(a0)
804047ba:	14129073          	csrw	sepc,t0
804047be:	00452083          	lw	ra,4(a0)
804047c2:	00852103          	lw	sp,8(a0)
804047c6:	00c52183          	lw	gp,12(a0)
804047ca:	01052203          	lw	tp,16(a0)
804047ce:	01452283          	lw	t0,20(a0)
804047d2:	01852303          	lw	t1,24(a0)
804047d6:	01c52383          	lw	t2,28(a0)
804047da:	5100                	lw	s0,32(a0)
804047dc:	5144                	lw	s1,36(a0)
804047de:	554c                	lw	a1,44(a0)
804047e0:	5910                	lw	a2,48(a0)
804047e2:	5954                	lw	a3,52(a0)
804047e4:	5d18                	lw	a4,56(a0)
804047e6:	5d5c                	lw	a5,60(a0)
804047e8:	04052803          	lw	a6,64(a0)
804047ec:	04452883          	lw	a7,68(a0)
804047f0:	04852903          	lw	s2,72(a0)
804047f4:	04c52983          	lw	s3,76(a0)
804047f8:	05052a03          	lw	s4,80(a0)
804047fc:	05452a83          	lw	s5,84(a0)
80404800:	05852b03          	lw	s6,88(a0)
80404804:	05c52b83          	lw	s7,92(a0)
80404808:	06052c03          	lw	s8,96(a0)
8040480c:	06452c83          	lw	s9,100(a0)
80404810:	06852d03          	lw	s10,104(a0)
80404814:	06c52d83          	lw	s11,108(a0)
80404818:	07052e03          	lw	t3,112(a0)
8040481c:	07452e83          	lw	t4,116(a0)
80404820:	07852f03          	lw	t5,120(a0)
80404824:	07c52f83          	lw	t6,124(a0)
80404828:	5508                	lw	a0,40(a0)
8040482a:	10200073          	sret

8040482e <swtch>:
8040482e:	00152023          	sw	ra,0(a0)
80404832:	00252223          	sw	sp,4(a0)
80404836:	c500                	sw	s0,8(a0)
80404838:	c544                	sw	s1,12(a0)
8040483a:	01252823          	sw	s2,16(a0)
8040483e:	01352a23          	sw	s3,20(a0)
80404842:	01452c23          	sw	s4,24(a0)
80404846:	01552e23          	sw	s5,28(a0)
8040484a:	03652023          	sw	s6,32(a0)
8040484e:	03752223          	sw	s7,36(a0)
80404852:	03852423          	sw	s8,40(a0)
80404856:	03952623          	sw	s9,44(a0)
8040485a:	03a52823          	sw	s10,48(a0)
8040485e:	03b52a23          	sw	s11,52(a0)
80404862:	0005a083          	lw	ra,0(a1)
80404866:	0045a103          	lw	sp,4(a1)
8040486a:	4580                	lw	s0,8(a1)
8040486c:	45c4                	lw	s1,12(a1)
8040486e:	0105a903          	lw	s2,16(a1)
80404872:	0145a983          	lw	s3,20(a1)
80404876:	0185aa03          	lw	s4,24(a1)
8040487a:	01c5aa83          	lw	s5,28(a1)
8040487e:	0205ab03          	lw	s6,32(a1)
80404882:	0245ab83          	lw	s7,36(a1)
80404886:	0285ac03          	lw	s8,40(a1)
8040488a:	02c5ac83          	lw	s9,44(a1)
8040488e:	0305ad03          	lw	s10,48(a1)
80404892:	0345ad83          	lw	s11,52(a1)
80404896:	8082                	ret

80404898 <__udivdi3>:
80404898:	88aa                	mv	a7,a0
8040489a:	832e                	mv	t1,a1
8040489c:	8732                	mv	a4,a2
8040489e:	882a                	mv	a6,a0
804048a0:	87ae                	mv	a5,a1
804048a2:	20069663          	bnez	a3,80404aae <__udivdi3+0x216>
804048a6:	00022597          	auipc	a1,0x22
804048aa:	32e58593          	add	a1,a1,814 # 80426bd4 <__clz_tab>
804048ae:	0cc37163          	bgeu	t1,a2,80404970 <__udivdi3+0xd8>
804048b2:	66c1                	lui	a3,0x10
804048b4:	0ad67763          	bgeu	a2,a3,80404962 <__udivdi3+0xca>
804048b8:	10063693          	sltiu	a3,a2,256
804048bc:	0016c693          	xor	a3,a3,1
804048c0:	068e                	sll	a3,a3,0x3
804048c2:	00d65533          	srl	a0,a2,a3
804048c6:	95aa                	add	a1,a1,a0
804048c8:	0005c583          	lbu	a1,0(a1)
804048cc:	02000513          	li	a0,32
804048d0:	96ae                	add	a3,a3,a1
804048d2:	40d505b3          	sub	a1,a0,a3
804048d6:	00d50b63          	beq	a0,a3,804048ec <__udivdi3+0x54>
804048da:	00b317b3          	sll	a5,t1,a1
804048de:	00d8d6b3          	srl	a3,a7,a3
804048e2:	00b61733          	sll	a4,a2,a1
804048e6:	8fd5                	or	a5,a5,a3
804048e8:	00b89833          	sll	a6,a7,a1
804048ec:	01075593          	srl	a1,a4,0x10
804048f0:	02b7d333          	divu	t1,a5,a1
804048f4:	01071613          	sll	a2,a4,0x10
804048f8:	8241                	srl	a2,a2,0x10
804048fa:	02b7f7b3          	remu	a5,a5,a1
804048fe:	851a                	mv	a0,t1
80404900:	026608b3          	mul	a7,a2,t1
80404904:	01079693          	sll	a3,a5,0x10
80404908:	01085793          	srl	a5,a6,0x10
8040490c:	8fd5                	or	a5,a5,a3
8040490e:	0117fc63          	bgeu	a5,a7,80404926 <__udivdi3+0x8e>
80404912:	97ba                	add	a5,a5,a4
80404914:	fff30513          	add	a0,t1,-1
80404918:	00e7e763          	bltu	a5,a4,80404926 <__udivdi3+0x8e>
8040491c:	0117f563          	bgeu	a5,a7,80404926 <__udivdi3+0x8e>
80404920:	ffe30513          	add	a0,t1,-2
80404924:	97ba                	add	a5,a5,a4
80404926:	411787b3          	sub	a5,a5,a7
8040492a:	02b7d8b3          	divu	a7,a5,a1
8040492e:	0842                	sll	a6,a6,0x10
80404930:	01085813          	srl	a6,a6,0x10
80404934:	02b7f7b3          	remu	a5,a5,a1
80404938:	031606b3          	mul	a3,a2,a7
8040493c:	07c2                	sll	a5,a5,0x10
8040493e:	00f86833          	or	a6,a6,a5
80404942:	87c6                	mv	a5,a7
80404944:	00d87b63          	bgeu	a6,a3,8040495a <__udivdi3+0xc2>
80404948:	983a                	add	a6,a6,a4
8040494a:	fff88793          	add	a5,a7,-1
8040494e:	00e86663          	bltu	a6,a4,8040495a <__udivdi3+0xc2>
80404952:	00d87463          	bgeu	a6,a3,8040495a <__udivdi3+0xc2>
80404956:	ffe88793          	add	a5,a7,-2
8040495a:	0542                	sll	a0,a0,0x10
8040495c:	8d5d                	or	a0,a0,a5
8040495e:	4581                	li	a1,0
80404960:	8082                	ret
80404962:	01000537          	lui	a0,0x1000
80404966:	46c1                	li	a3,16
80404968:	f4a66de3          	bltu	a2,a0,804048c2 <__udivdi3+0x2a>
8040496c:	46e1                	li	a3,24
8040496e:	bf91                	j	804048c2 <__udivdi3+0x2a>
80404970:	4681                	li	a3,0
80404972:	ca09                	beqz	a2,80404984 <__udivdi3+0xec>
80404974:	67c1                	lui	a5,0x10
80404976:	08f67f63          	bgeu	a2,a5,80404a14 <__udivdi3+0x17c>
8040497a:	10063693          	sltiu	a3,a2,256
8040497e:	0016c693          	xor	a3,a3,1
80404982:	068e                	sll	a3,a3,0x3
80404984:	00d657b3          	srl	a5,a2,a3
80404988:	95be                	add	a1,a1,a5
8040498a:	0005c783          	lbu	a5,0(a1)
8040498e:	97b6                	add	a5,a5,a3
80404990:	02000693          	li	a3,32
80404994:	40f685b3          	sub	a1,a3,a5
80404998:	08f69563          	bne	a3,a5,80404a22 <__udivdi3+0x18a>
8040499c:	40c307b3          	sub	a5,t1,a2
804049a0:	4585                	li	a1,1
804049a2:	01075893          	srl	a7,a4,0x10
804049a6:	0317de33          	divu	t3,a5,a7
804049aa:	01071613          	sll	a2,a4,0x10
804049ae:	8241                	srl	a2,a2,0x10
804049b0:	01085693          	srl	a3,a6,0x10
804049b4:	0317f7b3          	remu	a5,a5,a7
804049b8:	8572                	mv	a0,t3
804049ba:	03c60333          	mul	t1,a2,t3
804049be:	07c2                	sll	a5,a5,0x10
804049c0:	8fd5                	or	a5,a5,a3
804049c2:	0067fc63          	bgeu	a5,t1,804049da <__udivdi3+0x142>
804049c6:	97ba                	add	a5,a5,a4
804049c8:	fffe0513          	add	a0,t3,-1 # ffffff <_entry-0x7f400001>
804049cc:	00e7e763          	bltu	a5,a4,804049da <__udivdi3+0x142>
804049d0:	0067f563          	bgeu	a5,t1,804049da <__udivdi3+0x142>
804049d4:	ffee0513          	add	a0,t3,-2
804049d8:	97ba                	add	a5,a5,a4
804049da:	406787b3          	sub	a5,a5,t1
804049de:	0317d333          	divu	t1,a5,a7
804049e2:	0842                	sll	a6,a6,0x10
804049e4:	01085813          	srl	a6,a6,0x10
804049e8:	0317f7b3          	remu	a5,a5,a7
804049ec:	026606b3          	mul	a3,a2,t1
804049f0:	07c2                	sll	a5,a5,0x10
804049f2:	00f86833          	or	a6,a6,a5
804049f6:	879a                	mv	a5,t1
804049f8:	00d87b63          	bgeu	a6,a3,80404a0e <__udivdi3+0x176>
804049fc:	983a                	add	a6,a6,a4
804049fe:	fff30793          	add	a5,t1,-1
80404a02:	00e86663          	bltu	a6,a4,80404a0e <__udivdi3+0x176>
80404a06:	00d87463          	bgeu	a6,a3,80404a0e <__udivdi3+0x176>
80404a0a:	ffe30793          	add	a5,t1,-2
80404a0e:	0542                	sll	a0,a0,0x10
80404a10:	8d5d                	or	a0,a0,a5
80404a12:	8082                	ret
80404a14:	010007b7          	lui	a5,0x1000
80404a18:	46c1                	li	a3,16
80404a1a:	f6f665e3          	bltu	a2,a5,80404984 <__udivdi3+0xec>
80404a1e:	46e1                	li	a3,24
80404a20:	b795                	j	80404984 <__udivdi3+0xec>
80404a22:	00b61733          	sll	a4,a2,a1
80404a26:	00f356b3          	srl	a3,t1,a5
80404a2a:	01075513          	srl	a0,a4,0x10
80404a2e:	00b31333          	sll	t1,t1,a1
80404a32:	00f8d7b3          	srl	a5,a7,a5
80404a36:	0067e7b3          	or	a5,a5,t1
80404a3a:	02a6d333          	divu	t1,a3,a0
80404a3e:	01071613          	sll	a2,a4,0x10
80404a42:	8241                	srl	a2,a2,0x10
80404a44:	00b89833          	sll	a6,a7,a1
80404a48:	02a6f6b3          	remu	a3,a3,a0
80404a4c:	026608b3          	mul	a7,a2,t1
80404a50:	01069593          	sll	a1,a3,0x10
80404a54:	0107d693          	srl	a3,a5,0x10
80404a58:	8ecd                	or	a3,a3,a1
80404a5a:	859a                	mv	a1,t1
80404a5c:	0116fc63          	bgeu	a3,a7,80404a74 <__udivdi3+0x1dc>
80404a60:	96ba                	add	a3,a3,a4
80404a62:	fff30593          	add	a1,t1,-1
80404a66:	00e6e763          	bltu	a3,a4,80404a74 <__udivdi3+0x1dc>
80404a6a:	0116f563          	bgeu	a3,a7,80404a74 <__udivdi3+0x1dc>
80404a6e:	ffe30593          	add	a1,t1,-2
80404a72:	96ba                	add	a3,a3,a4
80404a74:	411686b3          	sub	a3,a3,a7
80404a78:	02a6d8b3          	divu	a7,a3,a0
80404a7c:	07c2                	sll	a5,a5,0x10
80404a7e:	83c1                	srl	a5,a5,0x10
80404a80:	02a6f6b3          	remu	a3,a3,a0
80404a84:	03160633          	mul	a2,a2,a7
80404a88:	06c2                	sll	a3,a3,0x10
80404a8a:	8fd5                	or	a5,a5,a3
80404a8c:	86c6                	mv	a3,a7
80404a8e:	00c7fc63          	bgeu	a5,a2,80404aa6 <__udivdi3+0x20e>
80404a92:	97ba                	add	a5,a5,a4
80404a94:	fff88693          	add	a3,a7,-1
80404a98:	00e7e763          	bltu	a5,a4,80404aa6 <__udivdi3+0x20e>
80404a9c:	00c7f563          	bgeu	a5,a2,80404aa6 <__udivdi3+0x20e>
80404aa0:	ffe88693          	add	a3,a7,-2
80404aa4:	97ba                	add	a5,a5,a4
80404aa6:	05c2                	sll	a1,a1,0x10
80404aa8:	8f91                	sub	a5,a5,a2
80404aaa:	8dd5                	or	a1,a1,a3
80404aac:	bddd                	j	804049a2 <__udivdi3+0x10a>
80404aae:	14d5e163          	bltu	a1,a3,80404bf0 <__udivdi3+0x358>
80404ab2:	67c1                	lui	a5,0x10
80404ab4:	02f6ff63          	bgeu	a3,a5,80404af2 <__udivdi3+0x25a>
80404ab8:	1006b713          	sltiu	a4,a3,256
80404abc:	00174713          	xor	a4,a4,1
80404ac0:	070e                	sll	a4,a4,0x3
80404ac2:	00e6d5b3          	srl	a1,a3,a4
80404ac6:	00022797          	auipc	a5,0x22
80404aca:	10e78793          	add	a5,a5,270 # 80426bd4 <__clz_tab>
80404ace:	97ae                	add	a5,a5,a1
80404ad0:	0007c783          	lbu	a5,0(a5)
80404ad4:	97ba                	add	a5,a5,a4
80404ad6:	02000713          	li	a4,32
80404ada:	40f705b3          	sub	a1,a4,a5
80404ade:	02f71163          	bne	a4,a5,80404b00 <__udivdi3+0x268>
80404ae2:	4505                	li	a0,1
80404ae4:	e666eee3          	bltu	a3,t1,80404960 <__udivdi3+0xc8>
80404ae8:	00c8b533          	sltu	a0,a7,a2
80404aec:	00154513          	xor	a0,a0,1
80404af0:	8082                	ret
80404af2:	010007b7          	lui	a5,0x1000
80404af6:	4741                	li	a4,16
80404af8:	fcf6e5e3          	bltu	a3,a5,80404ac2 <__udivdi3+0x22a>
80404afc:	4761                	li	a4,24
80404afe:	b7d1                	j	80404ac2 <__udivdi3+0x22a>
80404b00:	00f65733          	srl	a4,a2,a5
80404b04:	00b696b3          	sll	a3,a3,a1
80404b08:	8ed9                	or	a3,a3,a4
80404b0a:	00f35733          	srl	a4,t1,a5
80404b0e:	00b31333          	sll	t1,t1,a1
80404b12:	00f8d7b3          	srl	a5,a7,a5
80404b16:	0067e7b3          	or	a5,a5,t1
80404b1a:	0106d313          	srl	t1,a3,0x10
80404b1e:	02675eb3          	divu	t4,a4,t1
80404b22:	01069813          	sll	a6,a3,0x10
80404b26:	01085813          	srl	a6,a6,0x10
80404b2a:	00b61633          	sll	a2,a2,a1
80404b2e:	02677733          	remu	a4,a4,t1
80404b32:	03d80e33          	mul	t3,a6,t4
80404b36:	01071513          	sll	a0,a4,0x10
80404b3a:	0107d713          	srl	a4,a5,0x10
80404b3e:	8f49                	or	a4,a4,a0
80404b40:	8576                	mv	a0,t4
80404b42:	01c77c63          	bgeu	a4,t3,80404b5a <__udivdi3+0x2c2>
80404b46:	9736                	add	a4,a4,a3
80404b48:	fffe8513          	add	a0,t4,-1
80404b4c:	00d76763          	bltu	a4,a3,80404b5a <__udivdi3+0x2c2>
80404b50:	01c77563          	bgeu	a4,t3,80404b5a <__udivdi3+0x2c2>
80404b54:	ffee8513          	add	a0,t4,-2
80404b58:	9736                	add	a4,a4,a3
80404b5a:	41c70733          	sub	a4,a4,t3
80404b5e:	02675e33          	divu	t3,a4,t1
80404b62:	07c2                	sll	a5,a5,0x10
80404b64:	83c1                	srl	a5,a5,0x10
80404b66:	02677733          	remu	a4,a4,t1
80404b6a:	03c80833          	mul	a6,a6,t3
80404b6e:	0742                	sll	a4,a4,0x10
80404b70:	8fd9                	or	a5,a5,a4
80404b72:	8772                	mv	a4,t3
80404b74:	0107fc63          	bgeu	a5,a6,80404b8c <__udivdi3+0x2f4>
80404b78:	97b6                	add	a5,a5,a3
80404b7a:	fffe0713          	add	a4,t3,-1
80404b7e:	00d7e763          	bltu	a5,a3,80404b8c <__udivdi3+0x2f4>
80404b82:	0107f563          	bgeu	a5,a6,80404b8c <__udivdi3+0x2f4>
80404b86:	ffee0713          	add	a4,t3,-2
80404b8a:	97b6                	add	a5,a5,a3
80404b8c:	0542                	sll	a0,a0,0x10
80404b8e:	6e41                	lui	t3,0x10
80404b90:	8d59                	or	a0,a0,a4
80404b92:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
80404b96:	00d57733          	and	a4,a0,a3
80404b9a:	410787b3          	sub	a5,a5,a6
80404b9e:	8ef1                	and	a3,a3,a2
80404ba0:	01055813          	srl	a6,a0,0x10
80404ba4:	8241                	srl	a2,a2,0x10
80404ba6:	02d70333          	mul	t1,a4,a3
80404baa:	02d806b3          	mul	a3,a6,a3
80404bae:	02c70733          	mul	a4,a4,a2
80404bb2:	02c80833          	mul	a6,a6,a2
80404bb6:	00d70633          	add	a2,a4,a3
80404bba:	01035713          	srl	a4,t1,0x10
80404bbe:	9732                	add	a4,a4,a2
80404bc0:	00d77363          	bgeu	a4,a3,80404bc6 <__udivdi3+0x32e>
80404bc4:	9872                	add	a6,a6,t3
80404bc6:	01075693          	srl	a3,a4,0x10
80404bca:	96c2                	add	a3,a3,a6
80404bcc:	02d7e063          	bltu	a5,a3,80404bec <__udivdi3+0x354>
80404bd0:	d8d797e3          	bne	a5,a3,8040495e <__udivdi3+0xc6>
80404bd4:	67c1                	lui	a5,0x10
80404bd6:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80404bd8:	8f7d                	and	a4,a4,a5
80404bda:	0742                	sll	a4,a4,0x10
80404bdc:	00f37333          	and	t1,t1,a5
80404be0:	00b898b3          	sll	a7,a7,a1
80404be4:	971a                	add	a4,a4,t1
80404be6:	4581                	li	a1,0
80404be8:	d6e8fce3          	bgeu	a7,a4,80404960 <__udivdi3+0xc8>
80404bec:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
80404bee:	bb85                	j	8040495e <__udivdi3+0xc6>
80404bf0:	4581                	li	a1,0
80404bf2:	4501                	li	a0,0
80404bf4:	8082                	ret
